"""Builds the 30 fresh5 documents of writer j (fresh5-j001 ... fresh5-j030).
Texts and gold in one table (DOCS). Run: python3 tests/eval/fresh5/build_j.py"""
import json, os

OUT = os.path.dirname(os.path.abspath(__file__))
SOURCE = "incidentwire fresh5 set (written 2026-12-07)"


def I(primary, event_type, date, country, admin1, city, killed, injured, perpetrators, targets, unscored=()):
    return {"primary": primary, "event_type": event_type, "date": date, "country": country, "admin1": admin1,
            "city": city, "killed": killed, "injured": injured, "perpetrators": list(perpetrators),
            "targets": list(targets), "weapons": None, "unscored": ["weapons"] + list(unscored)}


DOCS = []


def D(n, kind, url, title, published, text, incidents, notes):
    DOCS.append({"n": n, "kind": kind, "doc": {
        "id": "fresh5-j%03d" % n, "source": SOURCE, "url": url, "title": title, "published": published,
        "text": text.strip("\n"), "origin": "written for incidentwire", "incidents": incidents, "notes": notes}})


# ---------------------------------------------------------------- 20 negatives
D(1, "road crash", "https://kathmandupost.com/gandaki-province/2019/08/12/bus-plunges-off-highway-in-tanahun",
  "Eleven dead as bus veers off Prithvi Highway in Tanahun",
  "2019-08-12", """
Gandaki Province

Eleven dead as bus veers off Prithvi Highway in Tanahun

Survivors say the driver was overtaking a truck on a blind curve when the bus skidded on the wet road.

Post Report

Published at : August 12, 2019

TANAHUN, Aug 12 - Eleven people were killed and 23 others injured when a passenger bus heading from Kathmandu to Pokhara veered off the Prithvi Highway and plunged around 150 metres towards the Marsyangdi river at Bimalnagar on Sunday afternoon.

According to the District Police Office, Tanahun, nine passengers died on the spot and two succumbed to their injuries while being taken to Bharatpur. The injured have been admitted to hospitals in Chitwan and Damauli.

"It was like an explosion of glass and metal. People were thrown out of the windows," said Ram Bahadur Gurung, 46, who was travelling with his daughter and escaped with a fractured arm.

Police said the bus was carrying at least 40 passengers, more than its permitted capacity, as the monsoon had cancelled several services the previous day. The driver, who survived, has been taken into custody for questioning.

The Prithvi Highway has been dubbed a 'killer road' by transport experts. Road accidents claimed more than 2,500 lives across the country in the last fiscal year, according to Nepal Police data. Rights groups have repeatedly called for speed governors and mandatory rest for drivers on long routes.

The victims have been identified, and the bodies handed over to their families after post-mortem at the district hospital, police said.

Related News
Police raid bus park, fine 14 operators for overloading
Flood victims in Saptari still waiting for relief
Two killed as jeep falls off road in Jajarkot

Most Read from Gandaki Province
""", [], "Road accident (bus off the highway): deaths but no security incident; the related-link headlines are also accidents/regulation, and the 'raid' is a traffic inspection headline in boilerplate. Crash on Sunday = 2019-08-11.")

D(2, "gas-cylinder explosion", "https://www.dawn.com/news/1611873/cylinder-blast-at-eatery-in-karachis-gulshan-kills-three",
  "Cylinder blast at eatery in Karachi's Gulshan kills three",
  "2021-03-09", """
KARACHI: Three people were killed and seven others wounded when a gas cylinder exploded at a roadside eatery in Gulshan-i-Iqbal on Monday night, police and rescue officials said.

The blast occurred around 10:30pm at a small restaurant near Nipa Chowrangi, where the cook was reheating food on a stove attached to a liquefied petroleum gas cylinder, said SHO Mohammad Naeem.

"The explosion was so powerful that it blew out the shutters of four adjacent shops," he said. A bomb disposal squad was called to the scene as a routine measure and confirmed that the explosion was caused by the leaking cylinder and that no explosive material was found.

The dead included the cook and two customers. The wounded were shifted to the Jinnah Postgraduate Medical Centre, where two were stated to be in critical condition.

Karachi has witnessed a string of such accidents in recent months. Traders blamed low gas pressure in the winter for the growing use of substandard cylinders, many of which are refilled at illegal decanting shops.

Sindh Civil Defence officials said a crackdown against illegal refilling points would be launched across the city.

Published in Dawn, March 9th, 2021
""", [], "Accidental LPG cylinder explosion; the bomb disposal squad ruled out explosives. No security incident. Monday night = 2021-03-08.")

D(3, "landslide / flood", "https://www.thehindu.com/news/national/kerala/landslide-buries-houses-in-wayanad/article28968011.ece",
  "Landslide buries houses in Wayanad; 9 dead, several missing",
  "2019-08-10", """
Kerala

Landslide buries houses in Wayanad; 9 dead, several missing

Rescue operations hampered by heavy rain; over 1.2 lakh people moved to relief camps across Kerala

KALPETTA

Nine people were confirmed dead and at least 15 others feared trapped after a massive landslide struck a plantation settlement at Meppadi in Wayanad district on Thursday evening, officials said on Saturday.

A stretch of hill above the settlement gave way after three days of incessant rain, burying a mosque, a temple, several line houses of estate workers and a canteen. Teams of the National Disaster Response Force (NDRF), Fire and Rescue Services and volunteers recovered two more bodies on Saturday morning.

"We heard a sound like a blast and within seconds the whole hill came down," said a plantation worker who lost two relatives.

The Chief Minister, who chaired a review meeting, said the State was facing a situation similar to the deluge of last year. The death toll in rain-related incidents across Kerala since Wednesday has risen to 42, according to the State Disaster Management Authority.

The India Meteorological Department has issued a red alert for Wayanad, Kozhikode, Malappuram and Kannur districts for Sunday.

The victims' families will receive an ex gratia of ₹4 lakh each, the government said.

Also Read
Rain fury: trains cancelled, Kochi airport shut till Sunday
Army called in as rivers breach banks

Printable version | Aug 10, 2019
""", [], "Natural disaster (landslide after rain): deaths, 'blast' simile; 'Army called in' headline is disaster relief. No security incident. Landslide Thursday = 2019-08-08; toll 'since Wednesday' = 2019-08-07; red alert 'for Sunday' = 2019-08-11 (future).")

D(4, "food poisoning", "https://www.thedailystar.net/news/bangladesh/news/food-poisoning-wedding-feast-3047521",
  "Food poisoning at wedding feast: 4 dead, over 150 hospitalised in Bogura",
  "2022-06-15", """
Food poisoning at wedding feast: 4 dead, over 150 hospitalised in Bogura

Our Correspondent, Bogura

Four people, including two children, have died and more than 150 others were taken to hospitals after eating at a wedding feast in Bogura's Sherpur upazila.

The guests fell ill hours after the feast on Monday afternoon, complaining of vomiting, diarrhoea and stomach cramps, said Dr Shamsul Alam, resident medical officer of Sherpur Upazila Health Complex. Two children died on Monday night and two elderly guests died at Shaheed Ziaur Rahman Medical College Hospital yesterday.

"The health complex was overwhelmed. It was like a war zone, with patients lying in the corridors," said a local Union Parishad member.

A team from the Institute of Epidemiology, Disease Control and Research (IEDCR) collected samples of the beef curry, yogurt and water served at the feast. Preliminary findings suggest bacterial contamination of food that had been cooked the night before and left in the heat, officials said.

The upazila administration has formed a three-member probe committee and asked it to submit a report within seven working days.

Police said no case had been filed so far. The family of the groom, who had hired a local catering service, said they were devastated. "We invited people to share our joy. Now we are mourning with them," said the groom's father.

Doctors urged people not to consume food kept at room temperature for long hours during the summer.
""", [], "Food poisoning deaths; 'war zone' simile; no security incident. Weekdays: Monday = 2022-06-13, 'yesterday' = 2022-06-14.")

D(5, "animal attack", "https://timesofindia.indiatimes.com/city/kolkata/tiger-kills-crab-collector-in-sundarbans/articleshow/79274460.cms",
  "Tiger kills crab collector in Sundarbans, third death this year",
  "2020-11-18", """
City News / Kolkata News

Tiger kills crab collector in Sundarbans, third death this year

KOLKATA: A 38-year-old crab collector was killed by a tiger in the Sundarbans on Tuesday, forest officials said, the third such death in the mangrove delta this year.

The man, a resident of Kultali in South 24 Parganas, had gone into a creek near the Jhila forest block with two companions on a small boat on Monday. The tiger attacked him while he was laying nets on the bank early on Tuesday morning and dragged him into the forest, the companions told police. They raised an alarm and beat the bushes with sticks, and the animal fled, leaving the body.

The boat did not have a valid permit to enter the core area of the Sundarban Tiger Reserve, officials said. "The victims are often forced by poverty to venture into prohibited areas, and the families then get no compensation," said an activist working with fishing communities in Gosaba.

Forest department figures show that more than 20 people have been killed by tigers in the Indian Sundarbans in the last five years, though activists say the actual number is higher since many deaths in restricted zones go unreported.

The lockdown has pushed more people from the islands into the forest to earn a living, experts said.

Also read:
Poachers held with deer meat in Sundarbans
Elephant herd tramples crops in Jhargram
""", [], "Animal attack (tiger). Aggregates only ('more than 20 ... in five years'). No security incident; 'Poachers held' is a boilerplate headline. Monday = 2020-11-16 (went into the creek), Tuesday = 2020-11-17 (death).")

D(6, "festival drowning / stampede", "https://www.thedailystar.net/news/bangladesh/news/langalbandh-holy-bath-3281409",
  "Langalbandh holy bath: 3 drown, 2 die in crush at ghat",
  "2023-03-29", """
Home / News / Bangladesh

Langalbandh holy bath: 3 drown, 2 die in crush at ghat

Staff Correspondent, Narayanganj

Five devotees died during the Ashtami Snan, the holy bath in the Old Brahmaputra river at Langalbandh in Narayanganj's Bandar upazila, yesterday.

Three of them, including a teenage boy, drowned after being swept away by the current, while two elderly women died in a crush as thousands of devotees rushed down the narrow steps of the Raj Ghat at the auspicious hour, officials said.

Around 10 lakh devotees from across the country and from India and Nepal took part in the two-day festival, organisers said.

Fire Service and Civil Defence divers recovered the bodies of the three drowned devotees in the afternoon. At least 12 people were treated for injuries at a medical camp after the crush.

"There were not enough volunteers at the ghat. When the auspicious moment came, everyone pushed at once," said a devotee from Sylhet.

The district administration said over 2,000 members of police, Rab and Ansar were deployed, along with CCTV cameras and watchtowers, and that the festival had otherwise passed off peacefully. A four-member committee has been formed to investigate the deaths.

Related
Chattogram building fire: Rescuers recover 3 bodies
Rab arrests 2 'extortionists' in Narayanganj

Share this article
""", [], "Festival drowning and crush; police deployment is routine. No security incident. 'yesterday' = 2023-03-28.")

D(7, "court ruling", "https://nation.africa/kenya/news/appeal-court-commutes-death-sentence-of-convict-1234567",
  "Appeal court commutes death sentence, cites Muruatetu ruling",
  "2018-10-24", """
News

Appeal court commutes death sentence, cites Muruatetu ruling

By NATION REPORTER

The Court of Appeal in Nyeri has commuted a death sentence handed to a man convicted of murder and substituted it with a 30-year jail term, in one of a growing number of re-sentencing decisions since the Supreme Court outlawed the mandatory death penalty last year.

Justices Agnes Wanjiru, Peter Odhiambo and Hassan Farah said on Tuesday that the trial court had not considered mitigating circumstances, including the appellant's age at the time of the offence and his remorse.

The appellant had been found guilty by the High Court of killing a relative in a dispute over land. The judges said they found no reason to disturb the conviction, noting that the prosecution had proved its case beyond reasonable doubt, but that a mandatory death sentence was "a blunt instrument that denies the court its discretion".

"The Supreme Court's decision was not an invitation to set free those who have committed grave crimes. It is a call to individualise punishment," the bench said.

Kenya has not executed anyone since 1987, but courts continue to impose death sentences for murder and robbery with violence. The Kenya Prisons Service says hundreds of convicts are on death row.

Lawyers say the flood of re-sentencing applications has strained the courts. Last month, the Attorney-General formed a task force to review sentencing guidelines.

MORE FROM THIS SECTION
Murder suspects freed as witnesses fail to show up
Teachers down tools over pay deal
""", [], "Appeal/sentencing story; the murder is not described with place or date. No incident. Judges and case are invented. Ruling 'on Tuesday' = 2018-10-23.")

D(8, "crime statistics", "https://www.news24.com/news24/southafrica/news/crime-stats-murders-drop-slightly-20240216",
  "Crime stats: Murders drop slightly, but 80 people still killed every day",
  "2024-02-16", """
News24 | South Africa | News

Crime stats: Murders drop slightly, but 80 people still killed every day

The Police Ministry on Friday released the crime statistics for the third quarter of the 2023/24 financial year, showing a small decline in murders but persistently high levels of violent crime.

Between October and December 2023, 7 710 people were murdered in South Africa, 345 fewer than in the same period the year before, a decrease of 4.3%. That still amounts to roughly 80 killings a day.

Firearms remained the leading instrument of murder, followed by knives and other sharp objects. Arguments, misunderstandings and road rage were cited as the main causes, along with gang violence, robberies and taxi violence.

The Eastern Cape recorded the highest number of murders among the provinces, followed by KwaZulu-Natal and Gauteng. Nyanga in Cape Town and Inanda in Durban remained among the stations with the most murders.

Attempted murder rose by 1.5%, while carjackings dropped by 6.8%. Kidnappings, however, increased sharply, with 4 013 cases recorded in the quarter.

"We are not where we want to be. But the decline shows that our operations are yielding results," the minister said, pointing to Operation Shanela, under which police conducted thousands of raids and roadblocks across the country.

Opposition parties launched an attack on the minister, saying the figures were "a war we are losing".

Read more:
SAPS: 1 800 arrests in weekend Operation Shanela sweep
Taxi violence: Santaco calls for calm on routes
""", [], "Quarterly crime statistics: aggregates only, no specific incident. 'launched an attack' is political. Published Friday 2024-02-16 ('on Friday').")

D(9, "sports (cricket)", "https://www.dawn.com/news/1666012/khyber-pakhtunkhwa-pacers-blow-central-punjab-away",
  "Khyber Pakhtunkhwa pacers blow Central Punjab away on day one of final",
  "2021-12-27", """
Sport

Khyber Pakhtunkhwa pacers blow Central Punjab away on day one of final

Imran Siddiqui | Published December 27, 2021

KARACHI: It was a massacre under the National Stadium lights as Khyber Pakhtunkhwa's pace attack bombed out Central Punjab for 142 on the opening day of the Quaid-e-Azam Trophy final on Monday.

Left-arm quick Zeeshan Afridi fired in a spell of five for 38, killing off the contest inside the first session with three wickets in 11 balls. Central Punjab's top order was shot out for 41 for five, the openers both caught at slip chasing deliveries they could have left alone.

"We knew if we attacked the stumps with the new ball, we would get rewards. The boys were ruthless," Afridi said after stumps.

Central Punjab's captain Usman Bashir, who top-scored with 51, admitted his side had "committed suicide with the bat", playing too many shots on a surface offering seam movement.

In reply, Khyber Pakhtunkhwa were 97 for two at stumps, with opener Kamran Yousuf unbeaten on 48. He hit two sixes off the spinners, one of which landed in the empty enclosure and sent a groundsman scurrying for cover.

The clash between the two sides has become the fiercest rivalry of the domestic season; Central Punjab won the league-stage meeting by an innings.

Day two begins at 1:30pm. The match is being played without spectators under the Covid-19 protocols.

Also Read
PCB announces squad for West Indies T20Is
Sarfaraz fires warning shot to selectors with century
""", [], "Cricket report: 'massacre', 'bombed out', 'fired', 'killing off', 'shot out', 'attacked', 'committed suicide with the bat', 'clash'. No incident. 'on Monday' = published.")

D(10, "sports (football)", "https://punchng.com/npfl-enyimba-pip-pillars-in-aba-thriller/",
  "NPFL: Enyimba pip Pillars in Aba thriller",
  "2017-05-15", """
NPFL: Enyimba pip Pillars in Aba thriller

Femi Ogundele

Enyimba moved to within two points of the Nigeria Professional Football League leaders after a 3-2 win over Kano Pillars in an eventful clash at the Enyimba International Stadium, Aba, on Sunday.

The hosts fired the first shot after only six minutes when striker Chinedu Okeke drilled a low shot past the Pillars goalkeeper from the edge of the box. The visitors, who had not lost away in six matches, hit back through a header from Rabiu Musa on 24 minutes.

Pillars launched wave after wave of attacks after the break and were rewarded when Musa struck again, shooting through a crowded area on 58 minutes. But Enyimba's substitutes killed it. Emeka Nwosu, introduced on the hour, bombed down the left to set up the equaliser and then fired home the winner from a tight angle three minutes from time.

"We were dead and buried at 2-1, but the boys showed character. This win is a statement," Enyimba coach Uche Ibe said.

His Pillars counterpart Musa Garba complained about the officiating. "The referee killed the game with his whistle. There were two clear fouls before the winning goal," he said.

The match was played before a capacity crowd, and there was a brief stoppage when fans threw water sachets onto the pitch after the winner. Calm was quickly restored.

Enyimba travel to Katsina next week, while Pillars host Rangers in Kano.
""", [], "Football report: 'clash', 'fired the first shot', 'attacks', 'killed it', 'bombed down', 'dead and buried'. Sachets thrown and calm restored: not a riot. No incident. Match on Sunday = 2017-05-14.")

D(11, "business", "https://nation.africa/kenya/business/data-price-war-hostile-takeover-4000123",
  "Data price war bites as telco shares slump, insurer rebuffs hostile bid",
  "2022-09-21", """
Business

Data price war bites as telco shares slump, insurer rebuffs hostile bid

By JOSEPH KIMATHI

A price war in mobile data has wiped billions off the value of Kenya's listed telecoms stock, with Safaricom shares hitting their lowest level in three years at the Nairobi Securities Exchange yesterday.

The shares bombed 6.2 per cent to Sh27.50 after Airtel Kenya on Monday cut the price of its daily data bundles by up to half, the third round of cuts since June. Analysts said the move would squeeze margins across the industry in a year when inflation has already eaten into household budgets.

"This is a war of attrition. The customers will be the only winners in the short term," said Faith Atieno, an analyst at a Nairobi brokerage.

Elsewhere on the bourse, a listed insurer said its board had rejected an unsolicited offer from a Mauritius-based investment fund, describing it as a hostile takeover attempt that "grossly undervalues" the company. The fund had built a 24 per cent stake over the past year.

Market sources said the board had killed the deal after the fund declined to raise its offer price. The Capital Markets Authority said it was monitoring the matter.

The NSE 20 share index closed 1.1 per cent lower. Foreign investors were net sellers for the ninth straight week, amid a strong dollar that has hit emerging markets across the continent.

Traders said they expected further volatility ahead of the Central Bank of Kenya's rate decision next week.
""", [], "Markets story: 'price war', 'shares bombed', 'hostile takeover', 'killed the deal', 'war of attrition', 'hit'. No incident. 'Monday' = 2022-09-19; 'yesterday' = 2022-09-20.")

D(12, "politics", "https://kathmandupost.com/politics/2023/07/04/opposition-launches-blistering-attack-on-government",
  "Opposition launches blistering attack on government over gold smuggling probe",
  "2023-07-04", """
Politics

Opposition launches blistering attack on government over gold smuggling probe

UML lawmakers obstruct the House for the second day, demanding a high-level commission

Post Report

Published at : July 4, 2023

KATHMANDU, July 4 - Main opposition CPN-UML launched a blistering attack on the ruling coalition in the House of Representatives on Monday, accusing the government of shielding powerful people named in the gold smuggling investigation.

Speaking in the House, UML deputy leader Bishnu Prasad Adhikari called the probe "a cover-up of a crime that has shot holes through the credibility of this government". He said a leaked internal report was "a bombshell" showing that senior officials had been warned about the smuggling ring months before the seizure at Tribhuvan International Airport.

The remarks sparked a firestorm in the House. Ruling party lawmakers accused the UML of a "political assassination of the character" of a former minister, who has denied any involvement.

"We will not allow the opposition to hold Parliament hostage for partisan gains," said Nepali Congress chief whip Ramesh Karki. The session was adjourned until Wednesday.

The UML has obstructed the House since Sunday, demanding the formation of a high-level judicial commission.

Political analysts said the standoff could derail the budget process. "Both sides are firing from the hip. Neither wants a ceasefire before the monsoon session ends," said a political science professor at Tribhuvan University.

Related News
Gold smuggling case: Court remands six more suspects
Leaders trade barbs at party convention
""", [], "Politics: 'blistering attack', 'bombshell', 'firestorm', 'political assassination', 'hold Parliament hostage', 'firing', 'ceasefire'. No incident. Monday = 2023-07-03, Sunday = 2023-07-02, 'until Wednesday' is a future date (2023-07-05).")

D(13, "entertainment review", "https://www.thehindu.com/entertainment/movies/the-last-post-movie-review/article68639412.ece",
  "'The Last Post' movie review: A war film that finds its heart in the silences",
  "2024-09-13", """
'The Last Post' movie review: A war film that finds its heart in the silences

Director Kabir Sethi's war drama, starring Aditya Rao and Meera Kulkarni, is a bruising, patient look at soldiers waiting for an enemy who never quite arrives

The first shot of The Last Post is of a mule, standing in snow, refusing to move. It is a fitting opening for a war film that spends most of its 148 minutes waiting.

Set in a fictional border outpost in the winter of 1971, the film follows a platoon of eleven men cut off by a blizzard. Major Rawat (Aditya Rao, in a career-best turn) has orders to hold the post at any cost. The radio crackles with news of the war raging elsewhere; the enemy, for long stretches, is only a rumour.

When the attack finally comes, in a 20-minute sequence shot in near darkness, Sethi refuses the triumphalism of the genre. Mortar shells explode in bursts of white; men are killed without ceremony; a young signaller (a terrific debutant, Rohan Bisht) is wounded and spends the rest of the film trying to fix the radio with one hand. The massacre the men fear never happens, and the film is braver for it.

Not everything works. A romantic subplot involving Meera Kulkarni's army nurse feels bolted on, and the background score bombs in the quieter scenes, telling us what to feel.

But the craft is undeniable. The cinematography makes the snow feel like another enemy, and the sound design, with its distant explosions and creaking timber, is the best in a Hindi film this year.

The Last Post is currently running in theatres

Rating: 3.5/5
""", [], "Review of an invented war film: 'attack', 'killed', 'wounded', 'explode', 'massacre' all fictional; the 1971 war only as setting. No incident.")

D(14, "weapons test", "https://www.dawn.com/news/1479221/pakistan-conducts-training-launch-of-surface-to-surface-missile",
  "Pakistan conducts training launch of surface-to-surface missile",
  "2019-04-30", """
Pakistan

Pakistan conducts training launch of surface-to-surface missile

Dawn.com | Published April 30, 2019

Pakistan on Tuesday successfully conducted a training launch of the Ghaznavi surface-to-surface ballistic missile, capable of delivering nuclear and conventional warheads up to a range of 290 kilometres, the military's media wing said.

According to the Inter-Services Public Relations (ISPR), the launch was aimed at testing the operational readiness of the Army Strategic Forces Command. The missile was fired from an undisclosed location and hit its target in the Arabian Sea with high accuracy, the ISPR said.

The launch was witnessed by senior officers of the Strategic Plans Division and scientists and engineers of the strategic organisations.

The president and the prime minister congratulated the troops and scientists, saying the test demonstrated the country's "credible minimum deterrence" capability.

The test came amid heightened tensions with India earlier in the year. Defence analysts said the launch was also a signal that Pakistan's deterrence remained intact despite its economic difficulties.

"A missile test is a message, not an act of war," said a retired air marshal. "Both sides need to lower the temperature."

Earlier this year, the army also staged a large-scale exercise in the Cholistan desert involving tanks, artillery and helicopter gunships firing live ammunition.

Also Read
Army, FC hold joint exercise near Quetta
Strategic restraint: why deterrence works
Most Popular
1. Rupee slides against dollar in interbank market
2. PM orders crackdown on hoarders
""", [], "Weapons test and exercises; tensions with India are mentioned only vaguely (no event, place, date or toll). Kept as a clean negative; 'on Tuesday' = published.")

D(15, "memorial / anniversary", "https://www.aljazeera.com/news/2024/4/8/rwanda-marks-30-years-since-genocide",
  "Rwanda marks 30 years since genocide with call to remember",
  "2024-04-08", """
News | Genocide

Rwanda marks 30 years since genocide with call to remember

Thousands gathered in Kigali as the country began a week of mourning for the more than 800,000 people killed in 100 days.

Rwanda has begun a week of national mourning to mark 30 years since the start of the 1994 genocide, in which more than 800,000 people, mostly ethnic Tutsi and moderate Hutu, were killed over about 100 days.

At the Kigali Genocide Memorial on Sunday, where more than 250,000 victims are buried, the president laid wreaths and lit a flame of remembrance that will burn for 100 days. Foreign dignitaries, including several former heads of state, attended the ceremony.

"Our people were slaughtered by their neighbours while the world looked away," a survivor, Jeanne Mukamana, told the gathering at BK Arena later in the day. "We remember so that it never happens again, anywhere."

The commemoration, known as Kwibuka, meaning "remember" in Kinyarwanda, is marked with vigils and testimonies across the country. Survivors' groups say they continue to find mass graves, with the remains of thousands of victims recovered in recent years.

Rwanda has prosecuted tens of thousands of suspects through its national courts and the community-based gacaca courts, while the UN tribunal in Arusha convicted dozens of organisers.

Critics say the government has used the memory of the genocide to stifle dissent, a charge officials reject.

Source: Al Jazeera and news agencies
""", [], "Memorial piece with aggregate tolls only (800,000 in 100 days); no single massacre with place/date. No incident. 'on Sunday' = 2024-04-07.")

D(16, "hunting accident", "https://www.news24.com/news24/southafrica/news/hunter-killed-in-accidental-shooting-on-limpopo-game-farm-20160627",
  "Hunter killed in accidental shooting on Limpopo game farm",
  "2016-06-27", """
News24 | South Africa | Local

Hunter killed in accidental shooting on Limpopo game farm

A 52-year-old hunter from Pretoria died after he was accidentally shot by a fellow hunter on a game farm near Thabazimbi, Limpopo police said.

The man was part of a group of five hunters who had been stalking kudu on the farm early on Saturday morning, police spokesperson Lieutenant Colonel Thabo Maluleke said.

"It is alleged that one of the hunters fired at what he thought was an animal moving in the thick bush. When the group went to check, they found that their companion had been shot in the chest," Maluleke said.

The group rushed him to a hospital in Thabazimbi, where he was declared dead on arrival.

An inquest docket has been opened, and police will investigate whether a charge of culpable homicide should be added. The 47-year-old hunter who fired the shot was not arrested. Alcohol did not appear to have played a role, police said.

The Professional Hunters' Association of South Africa said the hunting season, which runs through the winter months, saw a handful of such accidents every year. It urged hunters to wear blaze orange clothing and never to fire at a target they could not clearly identify.

"This is a tragedy for two families. The man who fired will carry this for the rest of his life," said a member of the hunting club.

Related Links
Farm attack: Elderly couple tied up and robbed
Game farmer fined for illegal rhino horn possession

Share | Comment
""", [], "Hunting accident: 'shot', 'fired', 'killed'. No security incident; the 'Farm attack' headline is in boilerplate only. Saturday = 2016-06-25.")

D(17, "medical death", "https://nation.africa/kenya/counties/nakuru/family-demands-answers-after-mother-dies-following-surgery-4396712",
  "Family demands answers after mother dies following routine surgery",
  "2023-10-11", """
Counties / Nakuru

Family demands answers after mother dies following routine surgery

By JANE WANJIKU

A Nakuru hospital has come under fire after a 34-year-old mother of two died hours after what her family says was a routine operation to remove fibroids.

Ms Grace Wambui was admitted to the private facility on Thursday and underwent surgery the following morning. Her husband, Mr Peter Kariuki, said she developed complications in the recovery room and was pronounced dead on Friday evening.

"She walked into that hospital on her own feet. They killed her through negligence, and nobody wants to tell us what happened," he told the Nation on Monday.

A post-mortem examination conducted at the Nakuru Level Five Hospital mortuary on Tuesday found that she died of severe internal bleeding, according to the family's pathologist. The hospital said in a statement that it was "deeply saddened" and had launched an internal audit, adding that the patient had been informed of the risks.

The case has sparked a firestorm on social media, with hundreds sharing their own experiences of medical negligence under the hashtag #JusticeForGrace.

The Kenya Medical Practitioners and Dentists Council said it had received a complaint from the family and would investigate. The council's chief executive said findings in such cases could lead to the suspension of a doctor's licence or of a facility's operating permit.

Patient rights activists say the council has been slow to act, and that families often wait years for answers. "Every year we bury victims of preventable medical errors," said an official of a patients' lobby group.
""", [], "Medical death: 'came under fire', 'killed her through negligence', 'firestorm', 'victims'. No incident. Thursday 2023-10-05, Friday 2023-10-06, Monday 2023-10-09, Tuesday 2023-10-10.")

D(18, "building collapse", "https://punchng.com/four-dead-as-three-storey-building-collapses-in-lagos/",
  "Four dead as three-storey building collapses in Lagos",
  "2019-10-02", """
Metro Plus

Four dead as three-storey building collapses in Lagos

Kunle Adebayo

Four persons were confirmed dead and nine others rescued alive after a three-storey building collapsed in the Mushin area of Lagos State on Tuesday.

The building, which had shops on the ground floor and residential flats above, caved in at about 2pm, trapping traders and residents.

An eyewitness, Mrs Bukola Adeyemi, said the collapse sounded "like a bomb blast". She said, "We heard a loud explosion, and everywhere was covered in dust. People were screaming from under the rubble."

The Lagos State Emergency Management Agency said its officials, along with the Lagos State Fire Service and the police, combed the debris into the night. Three of the rescued victims were in a critical condition at the Lagos State University Teaching Hospital, Ikeja.

The General Manager of the Lagos State Building Control Agency said the building had been marked for demolition last year because of structural defects, but the owner had resisted the order. "The owner will be prosecuted. We cannot continue to lose lives to greed," he said.

Residents said the building had developed cracks and that the occupants had been warned several times to vacate it.

Nigeria has recorded dozens of building collapses in recent years, with experts blaming substandard materials, weak enforcement and the conversion of residential buildings into commercial use without approval.

RELATED NEWS
Gas explosion: Death toll rises to six in Abule Ado
Police rescue kidnapped trader in Ikorodu
Fire guts Balogun market shops
""", [], "Building collapse: 'bomb blast', 'explosion' similes. No security incident; the kidnapping headline is boilerplate only. Collapse on Tuesday = 2019-10-01.")

D(19, "earthquake", "https://www.aljazeera.com/news/2017/8/13/earthquake-in-irans-kerman-province-kills-six",
  "Earthquake in Iran's Kerman province kills six",
  "2017-08-13", """
News | Earthquakes

Earthquake in Iran's Kerman province kills six

Dozens injured as 5.9-magnitude quake flattens mud-brick houses in villages near Ravar.

A 5.9-magnitude earthquake struck southeastern Iran on Saturday, killing six people and injuring at least 60 in villages in Kerman province, state media reported.

The quake hit at 10:42pm local time at a depth of 10km, about 35km northwest of the town of Ravar, according to the United States Geological Survey. It was followed by more than 20 aftershocks.

"It felt like an explosion under the ground. The whole house shook and the walls came down," a resident told state television from a village near the epicentre.

The Iranian Red Crescent said it had sent rescue teams and tents to the area, where many homes are built of mud brick. Most of the victims were killed when their houses collapsed while they were sleeping, officials said.

Iran sits on major fault lines and is prone to frequent earthquakes. Kerman province has been struck several times in the past decades, and officials have repeatedly warned that much of the rural housing stock would not survive a strong tremor.

Schools in the affected area will remain closed on Sunday while engineers inspect buildings, the provincial governor said.

Source: Al Jazeera and news agencies
""", [], "Earthquake deaths; 'explosion' simile; past quakes only as aggregate. No incident. Saturday = 2017-08-12; 'on Sunday' = published day 2017-08-13 (future sense).")

D(20, "rail crash", "https://www.reuters.com/article/us-egypt-train-crash-minya-idUSKBN1GH0XY",
  "Nine killed as trains collide in Egypt's Minya",
  "2018-03-05", """
World News

Nine killed as trains collide in Egypt's Minya

CAIRO (Reuters) - Two trains collided in Egypt's Minya province on Sunday, killing nine people and injuring 34, the health ministry said, the latest in a series of deadly accidents on the country's ageing railway network.

A passenger train travelling from Cairo to Aswan crashed into the back of a stationary local train near the town of Samalut, overturning two carriages, security sources said.

Television footage showed rescuers pulling victims from twisted wreckage as crowds gathered along the tracks. The injured were taken to hospitals in Minya and Samalut, and 25 ambulances were sent to the scene.

The public prosecutor ordered the arrest of the driver of the passenger train and two signalmen pending an investigation. Initial findings indicated that a signal had malfunctioned, a railway official said, speaking on condition of anonymity.

Egypt's railway system has a poor safety record, with hundreds of people dying in train accidents every year due to poor maintenance and management. The government has pledged billions of dollars to upgrade tracks and signalling.

The transport minister came under fire from lawmakers, who called for him to be questioned in parliament over what one described as "a massacre of the poor on the railways".

(Reporting by Ahmed Fathy; Writing by Nadia Saleh; Editing by Paul Grant)
""", [], "Rail accident with deaths; arrests of the driver/signalmen are a prosecution step, not a security raid; 'massacre' is rhetorical. No incident. Sunday = 2018-03-04.")


# ---------------------------------------------------------------- 10 hard positives
D(21, "flood report + bandit killings", "https://punchng.com/flood-15-dead-4000-displaced-in-zamfara-communities/",
  "Flood: 15 dead, 4,000 displaced in Zamfara communities",
  "2024-09-06", """
Flood: 15 dead, 4,000 displaced in Zamfara communities

Abdulkareem Musa, Gusau

No fewer than 15 persons have died and over 4,000 others have been displaced after torrential rainfall caused flooding in several communities in Zamfara State.

The Executive Secretary of the Zamfara State Emergency Management Agency, Alhaji Sani Dauran, told our correspondent in Gusau on Thursday that the floods destroyed more than 1,200 houses and farmland in Maru, Bungudu and Anka local government areas.

He said, "Most of the victims were swept away while trying to cross flooded streams. Entire farms have been wiped out weeks before harvest, and we fear a food crisis."

The displaced persons are currently taking shelter in schools and mosques, and the agency has appealed to the National Emergency Management Agency for relief materials.

Residents said the disaster had compounded the suffering of communities already living in fear of bandits. In Anka, two farmers were killed by bandits on Wednesday at Bagega village, where residents had returned to check on their flooded farms, the state police command spokesman confirmed.

The spokesman added that a police tactical team had on Monday engaged bandits in a gun duel near Tsafe, neutralising three of them, while an officer sustained a gunshot injury.

The Nigerian Hydrological Services Agency had earlier warned that states along the Sokoto-Rima river basin faced a high risk of flooding this year.

RELATED NEWS
Flood: Borno govt relocates 3,000 residents
Gunmen kill five worshippers in Katsina mosque
Zamfara: Bandits abduct 20 passengers on Gusau road
""", [
    I(True, "attack", "2024-09-04", "Nigeria", "Zamfara", "Bagega", 2, None, ["bandits"], ["civilians"]),
    I(False, "armed_clash", "2024-09-02", "Nigeria", "Zamfara", "Tsafe", 3, 1, ["bandits"], ["police"]),
], "Flood report (deaths are natural, not annotated) with two security incidents told in passing: two farmers killed by bandits at Bagega (Anka) on Wednesday 2024-09-04 (primary: first told) and a police-bandit gun duel near Tsafe on Monday 2024-09-02 (3 bandits 'neutralised' = killed, 1 officer injured). 'Thursday' = 2024-09-05 is the interview day. Related-link headlines (Katsina mosque, Gusau road abduction) are boilerplate, not annotated.")

D(22, "match report + fan riot", "https://nation.africa/kenya/sports/football/leopards-stun-gor-in-mashemeji-derby-3830011",
  "Leopards stun Gor in Mashemeji derby as fan dies in post-match chaos",
  "2022-05-30", """
Sports / Football

Leopards stun Gor in Mashemeji derby as fan dies in post-match chaos

By BRIAN OTIENO

AFC Leopards ended a three-year wait for a derby win after edging bitter rivals Gor Mahia 2-1 in a pulsating Mashemeji derby at Nyayo National Stadium in Nairobi on Sunday.

Ingwe took the lead through a thunderous shot from midfielder Brian Wekesa in the 17th minute, before K'Ogalo levelled through a penalty by Samuel Otieno on the stroke of half-time.

Gor, chasing the league title, laid siege on the Leopards goal after the break and hit the crossbar twice. But it was Leopards who delivered the killer blow in the 81st minute, when substitute Dennis Wanyama headed home a corner.

"The boys fought like soldiers. We knew we had to defend with our lives today," said Leopards coach Tom Juma.

Gor coach Ali Mwinyi blamed his strikers. "We created enough chances to win two matches. You cannot miss chances like that in a derby and expect to survive," he said.

The result leaves Gor two points behind leaders Tusker with three matches to play.

However, the celebrations were marred by violence outside the stadium after the final whistle. Rival fans fought running battles along Lang'ata Road, pelting each other and police officers with stones. One fan was stabbed to death and four other people, including a police officer, were injured, Nairobi police commander Peter Mwangi said. Police used teargas to disperse the groups, and eight people were arrested.

The Football Kenya Federation said it would review the security arrangements for the match.
""", [
    I(True, "riot", "2022-05-29", "Kenya", "Nairobi", "Nairobi", 1, 4, [], ["civilians", "police"], ["perpetrators"]),
], "Match report ending with post-match fan violence outside Nyayo Stadium on Sunday 2022-05-29: crowd violence = riot; 1 fan stabbed to death, 4 injured incl. a police officer; the 8 arrests are part of the dispersal. Perpetrators unscored: 'rival fans' is not an armed group, and whether it should be kept as an identity label is undecidable. admin1 Nairobi (county = city).")

D(23, "crash report + shootout", "https://www.news24.com/news24/southafrica/news/three-killed-as-suspects-car-slams-into-taxi-20230523",
  "Three killed as car driven by fleeing suspects slams into taxi",
  "2023-05-23", """
News24 | South Africa | Local

Three killed as car driven by fleeing suspects slams into taxi

Three minibus taxi passengers were killed and 11 others injured when a car allegedly driven by suspects fleeing from police crashed into the taxi on the R80 near Pretoria on Monday evening.

Gauteng emergency services spokesperson Nana Dlamini said the taxi, which was carrying commuters home from work, overturned on impact. Three passengers were declared dead at the scene. The injured were taken to Dr George Mukhari Academic Hospital.

Police said the white hatchback had earlier been involved in a shootout with officers in Soshanguve.

"Officers from the Tshwane district tracing team were following up on information about suspects linked to a spate of business robberies. When they approached the vehicle in Soshanguve, the occupants opened fire. The officers returned fire, fatally wounding one suspect. A constable was wounded in the leg," said police spokesperson Captain Lerato Molefe.

The two remaining suspects sped off and evaded a roadblock before losing control of the car about 40 minutes later. Both were injured in the crash and were arrested at the scene, Molefe said. A pistol and a revolver were recovered.

The Independent Police Investigative Directorate has been notified, as is standard when a suspect is killed by police.

Taxi association leaders called for harsher sentences for reckless driving and for police to review high-speed pursuits on busy routes. "Our passengers are paying with their lives for chases they have nothing to do with," said a Santaco official.

Read more:
Crash on N4: Truck driver dies, five hurt
Cash-in-transit heist: Guards shot in Limpopo
""", [
    I(True, "armed_clash", "2023-05-22", "South Africa", "Gauteng", "Soshanguve", 1, 1, [], ["police"]),
], "Crash report (3 taxi passengers killed, 11 injured: a road accident 40 minutes later, not counted in the security incident). The buried incident: exchange of fire between police and robbery suspects in Soshanguve on Monday 2023-05-22 (suspects fired first) = armed_clash; 1 suspect killed, 1 constable wounded; the two suspects injured in the later crash are not counted. Same-day time: evening, day of the crash.")

D(24, "business story + insurgent attack near mine", "https://www.reuters.com/markets/commodities/syrah-shares-slide-after-insurgent-attack-near-mozambique-mine-2022-01-31/",
  "Syrah shares slide after insurgent attack near Mozambique graphite mine",
  "2022-01-31", """
Commodities

Syrah shares slide after insurgent attack near Mozambique graphite mine

SYDNEY/MAPUTO, Jan 31 (Reuters) - Shares in Australia's Syrah Resources fell as much as 9% on Monday after an insurgent attack near its Balama graphite operation in northern Mozambique raised fresh concerns about security in Cabo Delgado province.

The company said in a statement to the Australian Securities Exchange that the mine was operating normally and that none of its employees or contractors had been harmed. It said it had "temporarily restricted non-essential road movements" as a precaution.

Insurgents attacked a village in the neighbouring Ancuabe district on Friday, killing three civilians and burning dozens of homes, according to a local administrator and two security sources. Islamic State claimed the attack through its Amaq news agency.

It was the closest raid to the mine since October, when a convoy of trucks carrying contractors was ambushed on the road to Montepuez, wounding two drivers.

Balama is one of the world's largest graphite mines and a key supplier of the mineral for electric-vehicle batteries. Syrah resumed production last year after halting it during the pandemic.

"Investors had priced in the security risk in Cabo Delgado as contained to the north-east coast. This suggests it is moving inland," said a Melbourne-based resources analyst.

Rwandan and Southern African troops deployed last year have pushed the militants out of several coastal towns, but analysts say small groups have scattered into forested areas further west.

Syrah shares closed down 6.4% at A$1.32.

(Reporting by Sonali Rao in Sydney and Manuel Chissano in Maputo; Editing by Richard Holt)
""", [
    I(True, "attack", "2022-01-28", "Mozambique", "Cabo Delgado", "Ancuabe", 3, None, ["Islamic State"], ["civilians"]),
    I(False, "attack", "2021-10", "Mozambique", "Cabo Delgado", "Montepuez", None, 2, [], ["civilians"], ["city"]),
], "Markets story; buried: Friday 2022-01-28 insurgent raid on a village in Ancuabe district (3 civilians killed, claimed by Islamic State) and the October 2021 ambush of a contractors' convoy on the road to Montepuez (2 drivers wounded; 'insurgents' unattributed -> []). The Montepuez ambush happened on the road to the town, so its city is coded Montepuez but unscored (the place is a stretch of road, not the town). The company, mine and forces are real; the attacks invented.")

D(25, "school-reopening story + abduction", "https://punchng.com/kaduna-schools-reopen-amid-fears-as-teachers-abducted/",
  "Kaduna schools reopen amid fears as two teachers, pupil abducted",
  "2021-06-21", """
Kaduna schools reopen amid fears as two teachers, pupil abducted

Musa Idris, Kaduna

Public schools in Kaduna State resumed on Monday after a two-week break, but attendance was low in several rural areas as parents kept their children at home over security concerns.

Our correspondent who visited some schools in Kaduna metropolis observed that pupils were screened at the gates and that vigilantes had been stationed in some premises.

The Kaduna State Ministry of Education said it had directed head teachers to report any suspicious movement around schools and that it was working with security agencies on a safe-schools plan.

The fears were heightened after two teachers and a pupil were abducted from a primary school in Kajuru Local Government Area on Thursday. The state Ministry of Internal Security and Home Affairs confirmed the incident in a statement, saying security forces were on the trail of the abductors and that no ransom had been paid.

A parent in Kajuru, who gave his name only as Ishaku, said, "How can I send my child to school when teachers themselves are not safe? We are living in fear."

The state chapter of the Nigeria Union of Teachers called on the government to provide perimeter fencing and security personnel in schools, noting that a string of school abductions across the North-West this year had forced thousands of pupils out of classrooms.

Meanwhile, the ministry said pupils in the final year of primary school would sit their common entrance examination next month as scheduled.

Most Read
Gunmen attack Kaduna community, kill seven
Senate passes Electoral Act amendment bill
Tinubu meets APC governors in Lagos
""", [
    I(True, "abduction", "2021-06-17", "Nigeria", "Kaduna", "Kajuru", None, None, [], ["civilians"]),
], "School-reopening story; the security incident is worded mildly: two teachers and a pupil 'were abducted' from a primary school in Kajuru LGA on Thursday 2021-06-17; abductors unnamed -> []. The 'string of school abductions' is an aggregate; 'Most Read' headlines are boilerplate.")

D(26, "press-freedom story + journalist found shot", "https://www.dawn.com/news/1807744/journalists-bodies-demand-probe-into-khuzdar-reporters-death",
  "Journalists' bodies demand probe into Khuzdar reporter's death",
  "2024-01-22", """
Pakistan

Journalists' bodies demand probe into Khuzdar reporter's death

Ghulam Nabi | Published January 22, 2024

QUETTA: Journalists' organisations on Monday demanded a judicial inquiry into the death of a local reporter in Balochistan's Khuzdar district, saying that threats against the press in the province were going unpunished.

Abdul Wahid Baloch, 41, who reported for an Urdu-language daily and ran a local news page on Facebook, was found dead with gunshot wounds on the outskirts of Khuzdar on Sunday, about an hour after he left home to buy groceries, his brother told Dawn.

Police said the body had been shifted to the district headquarters hospital for a post-mortem, and that a case had been registered against unidentified persons. "We are investigating all angles, including a personal enmity," a senior police officer said.

His colleagues said Baloch had recently reported on the illegal sale of smuggled fuel in the district and had told friends he was receiving threatening calls.

The Pakistan Federal Union of Journalists (PFUJ) and the Balochistan Union of Journalists said in a joint statement that Pakistan remained among the most dangerous countries in the world for journalists, and that the killers of media workers were rarely brought to justice.

According to the Freedom Network, a media watchdog, dozens of journalists have been killed in Pakistan over the past decade, with convictions in only a handful of cases.

The Balochistan government announced compensation for the family and said the chief minister had taken notice of the incident.

Also Read
Traders observe strike in Khuzdar against power cuts
Levies official martyred in Kalat ambush
""", [
    I(True, "targeted_killing", "2024-01-21", "Pakistan", "Balochistan", "Khuzdar", 1, None, [], ["journalists"]),
], "Press-freedom story; the killing is told mildly ('was found dead with gunshot wounds'). A named journalist shot -> targeted_killing; found on Sunday 2024-01-21 an hour after leaving home, so that day. Perpetrators unknown -> []. The Kalat ambush is a boilerplate headline, not annotated; Freedom Network figures are aggregates.")

D(27, "security plan briefing + arrest raid", "https://www.thedailystar.net/city/news/eid-cattle-markets-dmp-security-plan-1927311",
  "Cattle markets to open under tight health, security rules",
  "2020-07-09", """
City

Cattle markets to open under tight health, security rules

Staff Correspondent

Dhaka's makeshift cattle markets ahead of Eid-ul-Azha will operate under strict health guidelines and tight security, Dhaka Metropolitan Police (DMP) Commissioner told reporters at a briefing at DMP headquarters yesterday.

Buyers and traders will have to wear masks, and no more than one person from a family will be allowed to enter a market, he said. Police control rooms, watchtowers and CCTV cameras will be set up at each of the 21 markets in the capital, while mobile courts will act against extortion and counterfeit notes.

"We have to fight two wars this Eid, one against coronavirus and another against criminals who target cattle traders," he said, adding that the DMP would provide free escorts to traders carrying large amounts of cash.

Asked about threats during the festival, he said there was no specific threat, but that law enforcers remained on alert.

Separately, Rapid Action Battalion (Rab) said four suspected members of the banned militant outfit Ansar Al Islam were picked up in a raid on a rented house in Gazipur's Tongi on Tuesday night. Rab officials said the four had been collecting funds online and that leaflets and laptops were seized. A case was filed under the Anti-Terrorism Act.

Meanwhile, the DMP urged buyers to use digital payment services wherever possible, as traders last year reported losses to fake notes and robberies on highways.

Health experts, however, have warned that the markets could become hotspots for coronavirus transmission, and urged the government to encourage online sales.
""", [
    I(True, "arrest", "2020-07-07", "Bangladesh", "Dhaka", "Tongi", None, None, ["Rapid Action Battalion"], ["militants"], ["admin1"]),
], "Eid security briefing; the only security incident is worded mildly: four suspected Ansar Al Islam members 'were picked up in a raid' in Tongi (Gazipur) on Tuesday night 2020-07-07 -> arrest by Rab (one-sided state action: perpetrator the force as named). 'Dhaka' in the text is the capital, not the division; admin1 given as Dhaka (division of Gazipur) but unscored. 'yesterday' = 2020-07-08 is the briefing, not an incident.")

D(28, "tourism story + defused device", "https://www.thehindu.com/news/national/other-states/gulmarg-sees-record-footfall-as-winter-tourism-booms/article66525124.ece",
  "Gulmarg sees record footfall as winter tourism booms in Kashmir",
  "2023-02-18", """
Gulmarg sees record footfall as winter tourism booms in Kashmir

Hotels fully booked till March; Khelo India Winter Games draw crowds to the ski resort

SRINAGAR

The ski resort of Gulmarg is witnessing record tourist arrivals this winter, with hotels fully booked until the first week of March, officials of the Jammu and Kashmir Tourism Department said on Saturday.

Over 1.1 lakh tourists visited Gulmarg in January alone, the highest for the month in a decade, officials said. The gondola, one of the highest cable cars in the world, recorded long queues through the week.

"This is a dream season. Snow came late, but it came in plenty," said a hotelier who has run a guest house in Gulmarg for three decades.

The third edition of the Khelo India Winter Games, held at the resort this month, also drew large crowds, with skiers and snowboarders from across the country.

Security has been stepped up on the roads leading to the resort. On Friday, an improvised explosive device was found near the Srinagar-Baramulla highway at Pattan and was defused by a bomb disposal squad of the Army, officials said. Police said the device, concealed in a gas cylinder, appeared to have been planted to target an Army convoy. Traffic was suspended for two hours.

Travel agents said such incidents had not dented demand. "Tourists today check the weather, not the headlines," said a travel operator at Srinagar's Boulevard Road.

The Tourism Department is planning a snow festival and night skiing later this month.
""", [
    I(True, "other", "2023-02-17", "India", "Jammu and Kashmir", "Pattan", None, None, [], ["military"]),
], "Tourism story with one security incident: an IED found and defused near Pattan on Friday 2023-02-17 -> 'other' (defused bomb); planted to target an Army convoy -> military. No casualties are stated, so killed/injured null. 'on Saturday' = published.")

D(29, "earthquake-relief story + shelling", "https://www.aljazeera.com/news/2023/2/21/aid-trickles-into-northwest-syria-two-weeks-after-quake",
  "Aid trickles into northwest Syria two weeks after quake",
  "2023-02-21", """
News | Earthquakes

Aid trickles into northwest Syria two weeks after quake

Survivors in opposition-held areas say help has been too little and too late, while shelling adds to their misery.

Idlib, Syria - Two weeks after the earthquake that devastated southern Turkey and northern Syria, aid convoys are finally crossing into the opposition-held northwest in greater numbers, but survivors say the help has come too late.

The United Nations said 143 trucks had crossed through the Bab al-Hawa and Bab al-Salam crossings since the disaster, carrying tents, blankets, food and medical supplies. The combined death toll from the earthquake in Turkey and Syria has passed 47,000.

"We pulled our neighbours out with our hands. Nobody came for days," said Abu Khaled, who lost his wife and two sons when their building collapsed in the town of Jindires.

Survivors are sheltering in tents and cars in freezing temperatures. Aid workers warn of outbreaks of cholera and other diseases in overcrowded camps.

The disaster has not halted the fighting. On Sunday, Syrian government forces shelled the outskirts of the town of Atarib in the western Aleppo countryside, killing two civilians and wounding five others who were living in tents after their homes were damaged, according to the Syria Civil Defence, also known as the White Helmets.

The UN's humanitarian chief has called for a ceasefire across Syria to allow relief work to proceed.

A magnitude 6.3 aftershock struck the Turkey-Syria border region late on Monday, causing panic and further collapses.

Source: Al Jazeera
""", [
    I(True, "shelling", "2023-02-19", "Syria", "Aleppo", "Atarib", 2, 5, ["Syrian government forces"], ["civilians"]),
], "Earthquake-relief story (quake deaths are natural). The security incident: Syrian government shelling of the outskirts of Atarib on Sunday 2023-02-19, 2 civilians killed, 5 wounded. admin1 'Aleppo' from 'western Aleppo countryside'. 'late on Monday' = 2023-02-20, the aftershock (not an incident).")

D(30, "heatwave / power-cut story + protest shooting", "https://www.thenationalnews.com/mena/iraq/2019/07/22/basra-swelters-as-power-cuts-return/",
  "Basra swelters as power cuts return in 50°C heat",
  "2019-07-22", """
MENA | Iraq

Basra swelters as power cuts return in 50°C heat

Residents of Iraq's oil capital say they get as little as eight hours of electricity a day

Rasha Karim
July 22, 2019

Residents of Basra are enduring daily power cuts of up to 16 hours as temperatures climb above 50°C, reviving anger over poor public services in Iraq's oil-rich south.

The Ministry of Electricity blamed the shortfall on reduced gas imports from neighbouring Iran and on damage to transmission lines. It said it had added 1,500 megawatts to the national grid since last summer, but demand had risen faster.

"My children sleep on the roof. My father is sick and we cannot keep his medicine cool," said Hussein Jabbar, a teacher in the city's Al Hayyaniyah district.

Anger has spilled onto the streets. On Saturday, a protester was killed and 11 others were wounded when security forces opened fire to disperse demonstrators trying to storm the provincial council building in Basra, a medical source said. The provincial governor ordered an investigation.

Protests over electricity, water and jobs have broken out in Basra almost every summer since 2015, and analysts warn of a repeat of last year's unrest.

The government has promised to sign deals with international firms to build new power stations and to cut the country's dependence on Iranian gas, but residents are sceptical.

"Every summer they promise. Every summer we burn," said Mr Jabbar.

Read More
Iraq's parliament approves 2019 budget after months of delay
Oil exports from Basra hit record high
""", [
    I(True, "protest", "2019-07-20", "Iraq", "Basra", "Basra", 1, 11, ["security forces"], ["protesters"]),
], "Heatwave/power-cut story; buried: security forces fired on demonstrators trying to storm the Basra provincial council on Saturday 2019-07-20, 1 killed, 11 wounded -> protest (protesters killed by forces), perpetrator the force as named. 'last year's unrest' is vague (no place/date/toll) and not annotated.")


def main():
    for e in DOCS:
        d = e["doc"]
        with open(os.path.join(OUT, d["id"] + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(len(DOCS), "documents written")


if __name__ == "__main__":
    main()
