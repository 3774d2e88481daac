"""Builds the 30 fresh6 documents of writer "l" (fresh6-l001 ... fresh6-l030).

Every document is one D(...) call below: file number, url, title, published, text, incidents (I(...) calls),
notes. Run: python3 tests/eval/fresh6/build_l.py   (writes the JSON files next to this script).
Texts are invented news pages in the style of Indian/Pakistani dailies, the Philippine Daily Inquirer, Reuters
and AFP wires and Mexican/Colombian outlets in English translation. Places and organisations are real; the
events, people and quotes are invented."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "incidentwire fresh6 set (written 2026-12-07)"
ORIGIN = "written for incidentwire"
DOCS = []


def I(primary, event_type, date, country, admin1, city, killed, injured, perpetrators, targets, unscored=()):
    return {"primary": primary, "event_type": event_type, "date": date, "country": country, "admin1": admin1,
            "city": city, "killed": killed, "injured": injured, "perpetrators": list(perpetrators),
            "targets": list(targets), "weapons": None, "unscored": ["weapons"] + list(unscored)}


def D(n, url, title, published, text, incidents, notes):
    DOCS.append({"id": "fresh6-l%03d" % n, "source": SOURCE, "url": url, "title": title, "published": published,
                 "text": text.strip("\n"), "origin": ORIGIN, "incidents": incidents, "notes": notes})


# ---------------------------------------------------------------- 001 negative: bootleg liquor deaths (India)
D(1, "https://timesofindia.indiatimes.com/city/chennai/toll-in-marakkanam-arrack-deaths-climbs-to-11/articleshow/70745512.cms",
  "Toll in Marakkanam arrack deaths climbs to 11", "2019-08-20", """
News » City News » Chennai News » Toll in Marakkanam arrack deaths climbs to 11
TNN | Updated: Aug 20, 2019, 08:14 IST
Share | AA | Text Size

VILLUPURAM: Two more men who had drunk from the same batch of illicit arrack at Anumandai, a fishing hamlet near Marakkanam, died at Jipmer in Puducherry on Monday, taking the number of dead to 11. Seventeen others remain in hospital, four of them on ventilator support.

Doctors said the liquid, sold in 200ml plastic sachets for Rs 50 each from a thatched shed behind the hamlet's boat yard, carried a lethal share of methanol. "Most of them came in with blurred vision and a burning stomach. By the time the acidosis set in, the poison had already done its work," a senior toxicologist at the hospital said.

The first victims, three net-menders in their forties, collapsed on Friday night after a wedding feast. Relatives initially took them to a private clinic in Tindivanam, assuming food poisoning. It was only when a fourth man turned blind on Saturday morning that health officials linked the cases to the sachets.

Villupuram collector said a team from the Prohibition Enforcement Wing had sealed the shed and sent samples to the forensic laboratory in Chennai. Families of the dead will receive a solatium of Rs 2 lakh each from the chief minister's public relief fund.

Opposition parties were quick to turn the deaths into a political attack on the government. "This is not a tragedy, it is a slow massacre by negligence. The poison was sold 300 metres from a police outpost," a PMK legislator told reporters outside the hospital mortuary.

A retired excise official said the spirit was likely diverted from an industrial unit in Puducherry, where methanol is used as a solvent. "These sachets are a lottery. One batch makes you drunk, the next one kills you," he said.

Also Read
Rowdy hacked to death near Tindivanam; police form special teams
Two held for firing at DMK functionary's car in Cuddalore
Photo: Relatives wait outside the mortuary at Jipmer on Monday. (TOI photo)

Most Read
Chennai Metro phase II: tunnelling to begin in Madhavaram
Heavy rain likely in north coastal districts for next 48 hours
""", [], "Methanol-laced illicit arrack deaths (11 dead): a poisoning, not a security incident. The only violent events (a hacking near Tindivanam, firing at a car in Cuddalore) are 'Also Read' boilerplate and are not annotated; 'political attack' and 'massacre by negligence' are figures of speech.")

# ---------------------------------------------------------------- 002 positive: suicide bombing (Pakistan, KP)
D(2, "https://www.dawn.com/news/1775436/four-policemen-passer-by-martyred-in-suicide-attack-on-lakki-marwat-checkpost",
  "Four policemen, passer-by martyred in suicide attack on Lakki Marwat checkpost", "2023-09-13", """
LAKKI MARWAT: Four policemen and a passer-by were martyred and seven other people were injured when a suicide bomber blew himself up near a police checkpost in Serai Naurang town on Tuesday morning, police said.

District Police Officer Asif Khattak told Dawn that the attacker, who was on foot, walked towards the checkpost on the Indus Highway at around 7:40am and detonated his explosives vest when constables on duty asked him to stop for a body search.

The bomber also died on the spot, he said, which took the number of dead to six.

The injured, including two schoolchildren who were waiting for a van across the road, were first taken to the tehsil headquarters hospital and later shifted to the District Headquarters Hospital in Bannu. Doctors said the condition of one constable was critical.

Also Read: Two soldiers martyred in North Waziristan gunfight

The bomb disposal squad said the vest contained six to eight kilogrammes of explosives packed with ball bearings. The personnel of the checkpost had been put on alert a week earlier after the counter-terrorism department warned of possible attacks on police posts in the southern districts.

Khyber Pakhtunkhwa caretaker Chief Minister strongly condemned the attack and directed the inspector general of police to submit a report. "The sacrifices of our police will not go in vain," he said in a statement issued from Peshawar.

The district has seen a string of attacks on police this year. In June, two policemen were martyred when a roadside bomb struck their van in the Pezu area of the district.

Late in the evening, the outlawed Tehreek-e-Taliban Pakistan (TTP) claimed responsibility for Tuesday's bombing in a statement sent to journalists.

Funeral prayers of the martyred policemen were offered at the police lines in Lakki Marwat city and attended by senior officials.

Related: KP police demand armoured vehicles for southern districts
""", [
    I(True, "suicide_bombing", "2023-09-12", "Pakistan", "Khyber Pakhtunkhwa", "Serai Naurang", 6, 7,
      ["Tehreek-e-Taliban Pakistan"], ["police", "civilians"]),
    I(False, "bombing", "2023-06", "Pakistan", "Khyber Pakhtunkhwa", "Pezu", 2, None, [], ["police"]),
], "Primary: Tuesday (12 Sep) suicide bombing at the Serai Naurang checkpost; killed 6 = four policemen + a passer-by + the bomber (sum stated in the text: 'took the number of dead to six'); seven injured; TTP claim named late. Background: June roadside bomb in Pezu (2 policemen). 'Also Read' North Waziristan gunfight is boilerplate, not annotated.")

# ---------------------------------------------------------------- 003 negative: cricket (Pakistan)
D(3, "https://www.dawn.com/news/1649823/ahsan-wahab-blows-away-southern-punjab-as-khyber-pakhtunkhwa-stay-unbeaten",
  "Ahsan Wahab blows away Southern Punjab as Khyber Pakhtunkhwa stay unbeaten", "2021-10-05", """
Sport | Cricket
Ahsan Wahab blows away Southern Punjab as Khyber Pakhtunkhwa stay unbeaten
Faizan Qureshi | Published October 5, 2021

RAWALPINDI: Left-arm quick Ahsan Wahab produced a new-ball assault that reduced Southern Punjab to 19 for four inside three overs, and Khyber Pakhtunkhwa cruised to a nine-wicket win in the National T20 Cup at the Pindi Cricket Stadium on Monday.

In a clash of the two sides still unbeaten in the tournament, Southern Punjab had chosen to bat on a greenish surface, a decision their captain admitted later had "walked us straight into the line of fire".

Wahab executed three yorkers in his first over, uprooting the off stump of the opener with the second of them, and then bombed the middle order with short deliveries. He finished with 4-17, his best figures in the format.

"When the ball is swinging like that you just keep attacking the stumps. There was no need to try anything fancy," the 22-year-old said.

Only a late counter-attack by wicketkeeper Umair Saleem, who shot 41 off 27 balls with three sixes over midwicket, took Southern Punjab to 118 for nine. The tail was slaughtered in the final two overs as four wickets fell for six runs.

The chase was never a contest. Opener Sohaib Khan fired from the first ball and raced to an unbeaten 67 off 39 balls, and the match was killed off with 29 balls to spare.

Southern Punjab's head coach said his batsmen had "surrendered without a fight" and that the dressing room would have a frank conversation before Wednesday's game against Sindh.

Khyber Pakhtunkhwa top the table with eight points from four matches. Central Punjab, who beat Balochistan by 22 runs in the day's second fixture, are second.

Related
PCB announces revised schedule for Quaid-i-Azam Trophy
Fans baton-charged outside Multan stadium as ticket sale turns chaotic
Share | Tweet | Comments (4)
""", [], "Cricket report full of violent metaphors (new-ball assault, executed yorkers, bombed, counter-attack, slaughtered, killed off, line of fire, clash). The 'baton-charged fans' line is a Related headline (boilerplate), not annotated.")

# ---------------------------------------------------------------- 004 positive: armed clash (India, Chhattisgarh)
D(4, "https://www.thehindu.com/news/national/other-states/three-maoists-killed-in-encounter-in-chhattisgarhs-bijapur/article67890123.ece",
  "Three Maoists killed in encounter in Chhattisgarh's Bijapur", "2024-02-27", """
RAIPUR

Three Maoists, including a woman cadre who carried a reward of ₹5 lakh on her head, were killed in an exchange of fire with security forces in the forests near Pusnar village in Chhattisgarh's Bijapur district on Monday, the police said.

One jawan of the District Reserve Guard (DRG) suffered a bullet injury in his thigh and was airlifted to Raipur, where his condition was stated to be stable.

Bastar Inspector-General of Police said a joint team of the DRG, the Special Task Force and the CRPF's Commando Battalion for Resolute Action (CoBRA) had set out from the Gangaloor camp on Sunday night on information that cadres of the Maoists' Gangaloor area committee had assembled in the area.

"The Maoists opened fire as soon as they spotted our teams around 6 a.m. The exchange continued intermittently for nearly two hours. When the firing stopped, the bodies of three uniformed cadres were recovered," he said. An INSAS rifle, a .303 rifle, a muzzle-loading gun and a quantity of explosives were seized from the spot.

Two of the dead were identified as a member of the outlawed CPI (Maoist)'s platoon number 2 and the woman cadre, a section commander. Efforts were on to identify the third.

The forests around Pusnar have long been considered a stronghold of the banned outfit. Last month, two CoBRA commandos were injured in a pressure IED blast near Tarrem while they were on a road-opening patrol; the police had then blamed the same area committee for planting the device.

With Monday's operation, the police said, 15 Maoists had been killed in encounters in the Bastar division since January 1. Human rights groups in the region have questioned several of these operations and demanded independent inquiries.

A search operation was continuing in the area, officials added.
""", [
    I(True, "armed_clash", "2024-02-26", "India", "Chhattisgarh", "Pusnar", 3, 1, ["CPI (Maoist)"], ["police", "paramilitary"]),
    I(False, "bombing", "2024-01", "India", "Chhattisgarh", "Tarrem", None, 2, ["CPI (Maoist)"], ["paramilitary"]),
], "Primary: Monday (26 Feb) encounter near Pusnar village, Bijapur district: three Maoists killed, one DRG jawan injured; targets = the DRG (police) and CRPF CoBRA (paramilitary). Background: 'last month' (January 2024) pressure-IED blast near Tarrem, two CoBRA commandos injured, no deaths stated (killed null). The '15 Maoists killed since January 1' is an aggregate, not annotated.")

# ---------------------------------------------------------------- 005 negative: rain-triggered slope failure (Philippines)
D(5, "https://newsinfo.inquirer.net/1038271/hillside-gives-way-on-tinoc-sitio-7-dead-4-missing",
  "Hillside gives way on Tinoc sitio; 7 dead, 4 missing", "2018-10-03", """
NEWS / REGIONS
Hillside gives way on Tinoc sitio; 7 dead, 4 missing
By Ma. Theresa Bautista - Northern Luzon Bureau / Philippine Daily Inquirer / 05:12 AM October 03, 2018

TINOC, IFUGAO — Seven people are dead and four others are still unaccounted for after a rain-soaked slope above Sitio Wangwang in Barangay Impugong let go late Monday night, pushing a river of mud, pine trunks and boulders over six houses, officials said on Tuesday.

Residents said the rumble woke them shortly before midnight. "It sounded like a bomb going off up the mountain, then the lights died and the whole row was gone," said a vegetable farmer who lost his wife and two grandchildren.

The municipal disaster risk reduction office turned the session hall into a war room on Tuesday morning, coordinating around 200 rescuers, among them troops of the Army's 54th Infantry Battalion, policemen, firefighters and volunteers from neighboring Hungduan and Kiangan. They dug with shovels and bare hands because the only road into the sitio was cut by a second slide.

The bodies of the victims were laid out at the barangay chapel. Four of the seven dead were children, according to the provincial health office.

Mayor said the area had received nearly 400 millimeters of rain in three days as the southwest monsoon was enhanced by a tropical depression east of Luzon. Mines and Geosciences Bureau geologists had tagged parts of the barangay as highly susceptible to mass movement in 2016, but families stayed because their terraces and vegetable plots were there.

The Department of Social Welfare and Development said 83 families from three sitios had been moved to the town gymnasium.

READ: NPA rebel killed in clash with soldiers in Abra
READ: Benguet town under state of calamity

Subscribe to INQUIRER PLUS to get access to The Philippine Daily Inquirer & other 70+ titles, share up to 5 gadgets, listen to the news, download as early as 4am & share articles on social media. Call 896 6000.
Read Next
Don't miss out on the latest news and information.
""", [], "Rain-triggered slope failure in Tinoc, Ifugao (7 dead): a natural disaster. Trap words: 'like a bomb going off', 'war room', 'troops', 'victims', 'dead'. The Abra clash appears only as a 'READ:' boilerplate line and is not annotated.")

# ---------------------------------------------------------------- 006 positive: air strike (Myanmar, Sagaing)
D(6, "https://www.france24.com/en/live-news/20240806-myanmar-junta-air-strike-kills-nine-in-sagaing-village-residents",
  "Myanmar junta air strike kills nine in Sagaing village: residents", "2024-08-06", """
Bangkok (AFP) – At least nine people, including four children, were killed when a Myanmar military jet bombed a village in the country's northwestern Sagaing region, residents and a local resistance official said Tuesday.

The strike hit Nyaung Pin Thar village in Kanbalu township around midday Sunday, as families gathered at a monastery compound for a novice-ordination ceremony, a villager who helped pull bodies from the rubble told AFP by phone.

"The plane came low twice. The second time it dropped two bombs, one of them on the monastery kitchen where the women were cooking," said the man, who asked not to be named for security reasons.

More than a dozen others were wounded, some of them seriously, and were being treated at a makeshift clinic in a neighbouring village because the hospital in Kanbalu town is under junta control, he added.

A spokesman for the local People's Defence Force, an anti-junta militia, said there were no fighters in the village at the time. "It was a religious ceremony. Everybody in the township knew about it," he said.

AFP was unable to independently verify the toll. The junta's information team did not respond to a request for comment. It has previously said its aircraft target only the positions of "terrorist" groups, a term it uses for armed opponents.

In May, an air strike on a monastery school in the same township killed five students, according to the local administration set up by opponents of the military.

The military has increasingly relied on air power and artillery as it struggles to contain armed resistance to its 2021 coup, which ended a brief democratic experiment. A local monitoring group says more than 5,000 civilians have been killed by the security forces since the takeover.

Sagaing region, a mostly rural area of the central dry zone, has become a heartland of the resistance, and thousands of its villages have been partially or entirely burned, according to rights groups.
""", [
    I(True, "air_strike", "2024-08-04", "Myanmar", "Sagaing", "Nyaung Pin Thar", 9, 12, ["Myanmar military"], ["civilians"]),
    I(False, "air_strike", "2024-05", "Myanmar", "Sagaing", "Kanbalu", 5, None, ["Myanmar military"], ["civilians"], ["perpetrators"]),
], "Primary: Sunday (4 Aug) jet strike on Nyaung Pin Thar village, Kanbalu township: at least nine killed, 'more than a dozen' wounded (12). Background: May 2024 air strike on a monastery school in the same township (Kanbalu), five killed; the text does not say who flew it, so perpetrators unscored (Myanmar military is the only air force in play). The 5,000 civilians since the coup is an aggregate.")

# ---------------------------------------------------------------- 007 negative: markets and a hostile bid (Mexico)
D(7, "https://www.reuters.com/article/mexico-markets-peso-idUSL2N1F906Q",
  "Mexican peso hits record low in markets rout; Aceros Potosinos investors shoot down hostile bid", "2016-01-19", """
Markets | Tue Jan 19, 2016 | 6:42pm EST
Mexican peso hits record low in markets rout; Aceros Potosinos investors shoot down hostile bid

MEXICO CITY, Jan 19 (Reuters) - Mexico's peso tumbled to a record low on Tuesday as another slide in crude prices turned emerging markets into what one trader called "a bloodbath", while shareholders of steelmaker Aceros Potosinos shot down a hostile bid from a Monterrey rival.

The peso weakened as much as 1.6 percent to 18.62 per dollar before the central bank stepped in with its second dollar auction of the day. Traders said the bank was rationing its ammunition. "They are firing in short bursts to slow the fall. Nobody believes there is a silver bullet," said a currency strategist at a Mexico City brokerage.

The benchmark IPC stock index lost 2.3 percent, its steepest drop in five months, with miners and airport operators among the biggest casualties.

At Aceros Potosinos, investors holding 71 percent of the shares rejected an offer of 38 pesos per share from Grupo Siderúrgico Regiomontano, which had launched a dawn raid on the stock in December and built a 19 percent stake. The San Luis Potosí-based company's board had called the bid "an assault on minority holders" that undervalued its new galvanizing line.

"The war chest was there but the price was not," said an analyst who covers Mexican steelmakers. "They will probably regroup and come back with better ammunition in the second quarter."

The bidder said in a statement it was "evaluating all options" and would not withdraw its stake. Its shares fell 4 percent.

Finance Minister said in an interview with a local broadcaster that Mexico's public finances were strong enough to withstand the turmoil and that the government would not "panic and pull the trigger" on new spending cuts beyond those already announced.

(Reporting by Elena Ruvalcaba and Daniel Ordóñez; Editing by Mark Henderson)

Read Next
Gunmen kill five at bar in Veracruz port city
Oil extends slide as Iran sanctions end
Our Standards: The Thomson Reuters Trust Principles.
""", [], "Markets and M&A story: 'bloodbath', 'shot down', 'dawn raid', 'assault on minority holders', 'ammunition', 'casualties', 'war chest', 'pull the trigger'. The Veracruz bar shooting is only a 'Read Next' headline (boilerplate), not annotated.")

# ---------------------------------------------------------------- 008 positive: attack (Mexico, Guanajuato)
D(8, "https://www.reuters.com/world/americas/gunmen-kill-12-family-party-central-mexicos-guanajuato-state-2024-10-23/",
  "Gunmen kill 12 at family party in central Mexico's Guanajuato state", "2024-10-23", """
Americas
Gunmen kill 12 at family party in central Mexico's Guanajuato state
By Lizbeth Carrasco
October 23, 2024 7:18 PM UTC Updated ago

TARIMORO, Mexico, Oct 23 (Reuters) - Armed men burst into a birthday party at a house on the edge of the farming town of Tarimoro late on Monday and opened fire on the guests, killing 11 people, authorities said, in the latest massacre to hit central Mexico.

On Wednesday, the Guanajuato state prosecutor's office said a 17-year-old girl who had been among the wounded had died in hospital, raising the death toll to 12. Fifteen other people remain in hospital, three of them in serious condition.

Witnesses told local media that at least six men arrived in two pickup trucks shortly before 11 p.m., asked for a man by his nickname and began shooting when the host said he was not there.

Related coverage
Mexico's army kills 19 suspected cartel gunmen in Sinaloa shootout

The prosecutor's office did not name a suspect group. But Guanajuato's governor told reporters in the state capital, Guanajuato city, that initial evidence pointed to the Santa Rosa de Lima Cartel, a local gang built on fuel theft that has been fighting the Jalisco New Generation Cartel for control of the state's south.

"These are criminals who want to terrorize families so that nobody dares to speak," she said, promising reinforcements from the National Guard.

It was the second mass killing in the area this year. In March, gunmen killed seven people at a bar in the neighbouring municipality of Apaseo el Grande.

Guanajuato, an industrial hub home to car plants of several global automakers, has recorded more homicides than any other Mexican state for six straight years, according to official data.

(Reporting by Lizbeth Carrasco; Additional reporting by Héctor Trejo in Mexico City; Editing by Laura Whitcombe)

Sign up here.
Our Standards: The Thomson Reuters Trust Principles.
""", [
    I(True, "attack", "2024-10-21", "Mexico", "Guanajuato", "Tarimoro", 12, 15, ["Santa Rosa de Lima Cartel"], ["civilians"]),
    I(False, "attack", "2024-03", "Mexico", "Guanajuato", "Apaseo el Grande", 7, None, [], ["civilians"]),
], "Primary: Monday-night (21 Oct) shooting at a party in Tarimoro; toll updated in the text from 11 to 12 (a wounded girl died), 15 still in hospital (injured 15). Doer named only as the governor's accusation (Santa Rosa de Lima Cartel). Background: March 2024 bar shooting in Apaseo el Grande, 7 killed. The Sinaloa shootout is a 'Related coverage' headline (boilerplate); the homicide ranking is an aggregate.")

# ---------------------------------------------------------------- 009 negative: a war novel (Colombia)
D(9, "https://www.elespectador.com/cultura/la-tierra-que-ardia-the-novel-that-turns-colombias-war-into-a-family-quarrel/",
  "'La tierra que ardía': the novel that turns Colombia's war into a family quarrel", "2022-02-01", """
Translated from the Spanish edition of El Espectador.

BOGOTÁ — The first chapter of "La tierra que ardía" (The Land That Burned) ends with a massacre that never happened: in an invented river town called San Isidro del Guamo, a militia commander executes the schoolteacher in front of the pupils, and the narrator, then nine, hides in a rice sack until the troops leave.

Marcela Quintero, the Tolima-born author of the novel, published last week by Alfaguara, says that scene came to her before she had any characters. "Every Colombian of my generation carries an ambush or a burned bus somewhere in the family memory, even if they never saw one. I wanted a town that belongs to nobody so that it could belong to everybody," she told El Espectador in an interview at a café in Chapinero.

The book follows three siblings over four decades. One joins the guerrilla at 15, another becomes an army officer, and the youngest, the narrator, becomes a forensic anthropologist who spends her life identifying the dead from a war whose fighters were, in many cases, her neighbours. The siblings meet only once, at their mother's funeral, in a long chapter written almost entirely in dialogue that critics have compared to a hostage negotiation.

Quintero avoids the set pieces of the genre. There are no heroic shootouts; the violence happens mostly off the page and arrives as rumours, radio bulletins and the smell of a house set on fire. "The war in my book is a weather system. It rains on everybody," she said.

The novel arrives as Colombia debates how to tell the story of the armed conflict five years after the 2016 peace agreement with the FARC. The Truth Commission will deliver its final report this year, and the novel's acknowledgments thank the victims' associations that lent Quintero testimonies, which she rewrote so that no real person or place can be recognised.

Critics have been mostly kind. One reviewer called the closing pages, in which the former guerrilla returns to San Isidro del Guamo to plant cacao, "the most devastating act of forgiveness in recent Colombian fiction".

Quintero will present the book at the Bogotá book fair in April.
""", [], "Culture story about a novel; the massacre, execution and ambush happen in an invented town and are fiction. The 2016 peace agreement and the Truth Commission are context, not incidents.")

# ---------------------------------------------------------------- 010 positive: drone air strike (Colombia, Cauca)
D(10, "https://www.eltiempo.com/justicia/conflicto-y-narcotrafico/ataque-con-drones-a-estacion-de-policia-de-suarez-cauca-deja-un-patrullero-muerto",
  "Drone attack on Suárez police station in Cauca leaves one patrolman dead", "2025-03-19", """
This article was translated from the Spanish edition of El Tiempo.

A police patrolman was killed and five other people were injured, among them a nine-year-old girl, after FARC dissidents dropped explosives from drones on the police station in Suárez, in the north of the department of Cauca, on Monday night.

According to the Cauca police command, at least four explosive charges fell on the town between 8:40 and 9:15 p.m. Two hit the roof and the courtyard of the station, one landed in the street in front of the parish church and the fourth failed to detonate and was later destroyed in a controlled explosion by bomb-disposal experts.

The dead officer was identified as Patrolman Julián Andrés Muñoz, 24, a native of Popayán who had been posted to Suárez for eight months. Four of his colleagues suffered shrapnel wounds. The girl, who was in a neighbouring house, was taken to the hospital in Santander de Quilichao and later transferred to Cali, where doctors said she was out of danger.

Authorities attributed the attack to the Jaime Martínez front of the Estado Mayor Central (EMC), the largest dissident faction that rejected the 2016 peace agreement. The group has been fighting for the mountainous corridor that links the coca fields of the Naya river with the Pacific coast.

"This is narco-terrorism against a town of peasants, and it will not go unanswered," the governor of Cauca said on Tuesday at a security council in Popayán, where he asked the national government for anti-drone equipment for the department's police stations.

Residents said they heard the buzzing of the devices minutes before the first blast. Many families spent the night in the church.

So far this year the police have recorded more than 80 attacks with drones in Cauca, according to figures released last month, most of them against stations and army bases in the north of the department.
""", [
    I(True, "air_strike", "2025-03-17", "Colombia", "Cauca", "Suárez", 1, 5, ["Estado Mayor Central"], ["police", "civilians"]),
], "Drone-dropped explosives on the Suárez police station on Monday night (17 Mar) = air_strike under the method rule; 1 killed, 5 injured (4 police + the girl, the text says 'five other people'). EMC named as the authorities' attribution. 'More than 80 drone attacks this year' is an aggregate; the unexploded charge destroyed is part of the same incident.")

# ---------------------------------------------------------------- 011 negative: industrial explosion (Bangladesh)
D(11, "https://www.france24.com/en/20190410-bangladesh-steam-tank-rupture-kills-eight-knitwear-workers",
  "Steam tank rupture kills eight Bangladesh knitwear workers", "2019-04-10", """
Dhaka (AFP) - A pressurised steam tank burst apart inside a knitwear dyeing plant on the outskirts of Bangladesh's capital, killing eight workers and scalding at least 23 others, fire officials said Wednesday.

The explosion, shortly after 10 pm on Tuesday, tore the roof off the ground-floor dyeing section of the five-storey factory in the Kanchpur industrial belt of Narayanganj district, just as the night shift was changing.

"The boiler room wall came down on the men who were standing in the corridor. Some of them were thrown across the floor by the hot water," a fire service official at the scene told AFP. Firefighters needed three hours to reach the last of the bodies under the collapsed concrete.

Most of the wounded suffered burns over large parts of their bodies and were taken to the burn unit of Dhaka Medical College Hospital, where doctors said six were critical.

A worker who escaped with burns on his arms said the tank had been "hissing like a bomb" for two days and that supervisors had told the operators to keep it running to meet an export order for a European retailer.

Labour leaders called the deaths "industrial murder" and demanded the arrest of the factory owners. The owners could not be reached for comment. The government's inspection department said it had formed a five-member committee to investigate and that the plant's boiler certificate had expired in January.

Bangladesh's $30 billion garment industry, the world's second-largest after China's, has been under pressure to improve safety since the 2013 collapse of the Rana Plaza factory complex, which killed more than 1,100 workers.

But unions say the checks agreed with Western brands after that disaster have focused on large exporters, leaving thousands of subcontracting units such as dyeing and washing plants largely unmonitored.
""", [], "An industrial steam-tank explosion (8 killed, 23 scalded) and the 2013 Rana Plaza collapse: accidents, not security incidents. Trap words: 'explosion', 'killing', 'wounded', 'hissing like a bomb', 'industrial murder', 'arrest' (demanded, not made).")

# ---------------------------------------------------------------- 012 positive: arrest raid (Bangladesh, Rangpur division)
D(12, "https://www.reuters.com/world/asia-pacific/bangladesh-elite-force-arrests-five-suspected-jmb-militants-2023-04-18/",
  "Bangladesh elite force arrests five suspected JMB militants in northern raid", "2023-04-18", """
DHAKA, April 18 (Reuters) - Bangladesh's elite Rapid Action Battalion (RAB) said on Tuesday it had arrested five suspected members of a banned Islamist militant group in a pre-dawn raid in the north of the country and seized explosives and detonators.

The five men, including the alleged regional commander of Jama'atul Mujahideen Bangladesh (JMB), were detained early on Monday at a rented house near a brick kiln in Gobindaganj, a sub-district of Gaibandha in the northern Rangpur division, a RAB spokesman told reporters in Dhaka.

"They were asleep when our team surrounded the house. They surrendered and no shots were fired," he said, adding that the team recovered three kilograms of explosive powder, 11 detonators, two locally made pistols and what he called jihadist literature.

He said the group had been trying to recruit students from madrasas in the region and was planning attacks on police stations and Hindu temples in the region, a claim Reuters could not independently verify. Relatives of two of the men told local media they were day labourers with no links to militancy.

The JMB, which seeks to establish Islamic rule in the Muslim-majority country of about 170 million people, was banned in 2005. On Aug. 17 that year, the group set off nearly 500 small bombs almost simultaneously across 63 of Bangladesh's 64 districts, killing two people and injuring more than 100.

Security forces have killed or arrested hundreds of suspected militants since 2016. Rights groups have accused RAB, which was sanctioned by the United States in 2021 over alleged extrajudicial killings, of staging some of its operations. The force denies the accusations.

(Reporting by Tanvir Hasan; Editing by Neil Farrow)
""", [
    I(True, "arrest", "2023-04-17", "Bangladesh", "Rangpur", "Gobindaganj", None, None, ["Rapid Action Battalion"], ["militants"]),
    I(False, "bombing", "2005-08-17", "Bangladesh", None, None, 2, 100, ["Jama'atul Mujahideen Bangladesh"], ["civilians"], ["admin1", "city", "targets"]),
], "Primary: Monday (17 Apr) RAB raid in Gobindaganj, Gaibandha (Rangpur division), five arrested, 'no shots were fired' (no death/injury count given, so null). Background: the 17 Aug 2005 nationwide JMB serial bombings, 2 killed, 'more than 100' injured; spread over 63 districts, so admin1/city null and unscored; targets not stated (unscored). The 'hundreds killed or arrested since 2016' is an aggregate.")

# ---------------------------------------------------------------- 013 negative: wildlife attack (Nepal)
D(13, "https://www.barrons.com/news/tiger-drags-woman-from-riverbank-in-nepal-s-bardiya-7f3a2c1e",
  "Tiger drags woman from riverbank in Nepal's Bardiya", "2024-07-03", """
Home | World | Asia
Tiger drags woman from riverbank in Nepal's Bardiya
By AFP - Agence France Presse
Jul 3, 2024 4:51 AM

A tiger pulled a 52-year-old woman into the tall grass while she was gathering fodder on the banks of the Karnali river in western Nepal, the latest of a run of deadly encounters that has left villagers furious with conservation officials.

Villagers found her body about 400 metres from where she had been cutting grass on Tuesday afternoon, on the edge of Bardiya National Park, police said.

"Her sickle was still in the bundle. The animal must have come from behind," a neighbour told AFP.

It was the third person killed by a big cat in the district since April. At a meeting with park officials on Tuesday evening, ward leaders demanded that the tiger be captured or shot and that the government raise compensation for the families of victims.

Park authorities said a team of rangers and army troops, who guard Nepal's protected areas, had set up camera traps and two cages baited with goats. "Our priority is to identify the individual. We do not kill tigers on suspicion," a park official said, adding that an older male pushed out of its territory by younger rivals was the likely culprit.

Nepal nearly tripled its wild tiger population to 355 in the 12 years to 2022, a rare conservation success. But the recovery has brought the animals closer to farms and forests where people cut grass and collect firewood. Government data show tigers killed 16 people in the year to mid-July 2023, most of them in the western lowlands.

Some lawmakers have suggested relocating tigers to other countries, while farmers' groups want the animals removed from the community forests that border the park.

Related
Nepal police fire tear gas at royalist protesters in Kathmandu
Elephant tramples man in Chitwan buffer zone
© 2024 AFP
""", [], "Tiger attack on a woman in Bardiya (1 death) and aggregate tiger-death statistics: wildlife, not a security incident (no protest or blockade is reported). The tear-gas line is a 'Related' headline (boilerplate), not annotated.")

# ---------------------------------------------------------------- 014 positive: targeted killing (Pakistan, Balochistan)
D(14, "https://www.dawn.com/news/1835517/journalist-shot-dead-in-khuzdars-wadh",
  "Journalist shot dead in Khuzdar's Wadh", "2024-05-22", """
Journalist shot dead in Khuzdar's Wadh
Nadeem Kakar | Published May 22, 2024

QUETTA: A local journalist was shot dead and his nephew injured by unidentified armed men in Wadh tehsil of Khuzdar district yesterday.

Police said Abdul Wahid Bazai, who reported for an Urdu-language daily and a private TV channel from Wadh, was returning home from the press club on his motorcycle with his nephew when two men riding another motorcycle opened fire on them near the main bazaar. Mr Bazai received three bullets in the chest and died on the spot. His nephew, a college student, was wounded in the shoulder and was taken to the Khuzdar teaching hospital.

The assailants fled. Police registered a case against unknown persons and said they were looking into the journalist's recent reporting on land disputes and the smuggling of Iranian fuel in the area.

Also Read: Four Levies personnel martyred in Kech ambush

The Balochistan Union of Journalists announced three days of mourning and demanded that the provincial government arrest the killers within a week. "Journalists in Khuzdar work with a gun on one side and a tribal chief on the other," a senior member of the union said.

This is not the first killing of a journalist in the district. In 2022, a reporter of a Sindhi newspaper was gunned down outside his house in Khuzdar city; no one has been convicted for that murder.

Chief Minister of Balochistan condemned the killing and ordered an inquiry.

Opinion

Editorial

Budget numbers
Updated 21 May, 2024

The IMF wants a credible plan, not another round of one-off measures.

Heatwave warning
21 May, 2024

Cities must open cooling centres before the mercury crosses 45°C again.
""", [
    I(True, "targeted_killing", "2024-05-21", "Pakistan", "Balochistan", "Wadh", 1, 1, [], ["journalists", "civilians"]),
    I(False, "targeted_killing", "2022", "Pakistan", "Balochistan", "Khuzdar", 1, None, [], ["journalists"]),
], "Primary: journalist shot dead 'yesterday' (published 22 May -> 21 May) in Wadh tehsil, Khuzdar district; 1 killed, his nephew (a student) injured; unidentified gunmen -> []. Background: 2022 killing of a reporter in Khuzdar city (1 killed, unknown doers). The 'Also Read' Kech ambush and the Opinion/Editorial sidebar are boilerplate.")

# ---------------------------------------------------------------- 015 negative: rail accident (Sri Lanka)
D(15, "https://www.france24.com/en/20180627-sri-lanka-night-mail-train-leaves-rails-five-dead",
  "Five dead as Sri Lankan night mail train leaves the rails", "2018-06-27", """
Colombo (AFP) - Five passengers died and at least 40 were hurt when three carriages of an overnight mail train left the rails and folded against a paddy embankment in Sri Lanka's North Western province, railway officials said Wednesday.

The train, carrying about 600 people from Colombo Fort to Talaimannar, came off the line near Polgahawela junction shortly before 1:00 am, when most passengers were asleep.

"There was a shudder, then a sound like a blast, and everyone in our compartment was thrown onto one side," said a passenger who was travelling to Anuradhapura with his family. "People were shouting in the dark for their children."

Troops from a nearby army camp joined police and villagers in cutting open the overturned carriages, and the injured were taken to hospitals in Kurunegala and Polgahawela. The bodies of the dead, including two women, were handed over to relatives after post-mortem examinations.

The general manager of Sri Lanka Railways told reporters that a broken rail joint was the most likely cause and that a three-member committee would report within two weeks. Train unions said the track on the northern line had not been fully renewed since it was relaid after the end of the war in 2009, and that maintenance gangs were short of staff.

The railway, built during British colonial rule, carries about 300,000 passengers a day. Accidents at unprotected level crossings kill dozens of people every year, but derailments with this many casualties are rare.

Services on the northern line were suspended until Thursday.
""", [], "Rail derailment with 5 dead: an accident. Trap words: 'sound like a blast', 'troops', 'casualties', 'the war' (ended 2009, context only). Wednesday is the publication day; 'until Thursday' is future.")

# ---------------------------------------------------------------- 016 positive: bombing (Afghanistan, Nangarhar)
D(16, "https://www.france24.com/en/live-news/20221108-bomb-on-minibus-kills-four-in-eastern-afghanistan",
  "Bomb on minibus kills four in eastern Afghanistan", "2022-11-08", """
Jalalabad (Afghanistan) (AFP) – A bomb fixed under a minibus carrying day labourers exploded in eastern Afghanistan, killing four passengers and wounding nine, a provincial official said Tuesday.

The explosion happened at around 7:30 am on Monday as the vehicle left a bus stand in Behsud district, across the river from Jalalabad, the capital of Nangarhar province, the Taliban-appointed spokesman for the provincial police told AFP.

"It was a sticky bomb, placed under the seats at the back. The workers were going to a construction site in the city," he said.

Photos shared on social media showed the burnt-out shell of the white minibus and bloodstains on the road. Two of the wounded were in critical condition at the regional hospital, a doctor said.

Late on Monday the Islamic State group's regional affiliate, the Islamic State-Khorasan Province (IS-K), claimed responsibility in a statement carried by its propaganda channels, saying it had targeted "Taliban militiamen". Residents said the passengers were civilians.

The Taliban have repeatedly claimed to have defeated IS-K since they returned to power in August 2021, but the group has kept up a campaign of bombings and assassinations, particularly in Nangarhar, which was once its stronghold.

The overall level of violence in Afghanistan has fallen sharply since the end of the war between the Taliban and the former US-backed government, but the United Nations says attacks claimed by IS-K still kill or wound hundreds of civilians every year.
""", [
    I(True, "bombing", "2022-11-07", "Afghanistan", "Nangarhar", "Behsud", 4, 9, ["Islamic State Khorasan Province"], ["civilians"]),
], "Sticky bomb under a minibus on Monday (7 Nov) in Behsud district across the river from Jalalabad: 4 killed, 9 wounded; IS-K claim named in the fifth paragraph. The claim says it targeted 'Taliban militiamen', residents say civilians: coded civilians as the text reports. UN yearly figures are aggregates.")

# ---------------------------------------------------------------- 017 negative: military exercise (Indonesia)
D(17, "https://www.reuters.com/world/asia-pacific/us-indonesia-launch-biggest-war-games-sumatra-2022-08-10/",
  "U.S., Indonesian troops stage airborne assault as Sumatra war games peak", "2022-08-10", """
BATURAJA, Indonesia, Aug 10 (Reuters) - Hundreds of U.S. and Indonesian paratroopers jumped over the jungle of southern Sumatra on Wednesday and seized a mock enemy airfield, as the largest edition of the annual Garuda Shield exercise reached its live-fire phase.

More than 4,000 troops from the United States and Indonesia, joined this year for the first time by soldiers from Australia, Japan and Singapore, are taking part in the two-week drills, which the organisers have renamed Super Garuda Shield.

In the morning, Indonesian attack helicopters fired rockets at targets painted on hillsides of the army's training area near Baturaja, in South Sumatra province, before marines staged an amphibious assault on a lake shore. U.S. HIMARS rocket launchers, flown in on transport aircraft, struck targets more than 30 km away, an Indonesian military spokesman said.

"The scenario is a joint operation to retake territory from an invading force. No live round is fired without a safety officer watching," he told reporters at the observation post.

The exercise comes as Washington seeks to deepen defence ties in Southeast Asia amid tension with China over Taiwan, which Beijing surrounded with its own large-scale drills last week. Indonesian officials stressed that the war games were not aimed at any third country.

An Indonesian army officer said two soldiers had sprained ankles during the parachute drop, the only casualties so far. Villagers living near the training area had been told to keep away from the range and their buffalo herds had been moved.

The drills end on Sunday with a closing ceremony attended by the commanders of both armies.

(Reporting by Dimas Prakoso; Editing by Rachel Morton)
""", [], "Military exercise: 'airborne assault', 'troops', 'attack helicopters fired rockets', 'struck targets', 'war games', 'casualties' (two sprained ankles, training injuries, not an incident). Sunday is the future closing day.")

# ---------------------------------------------------------------- 018 positive: bombing (Thailand, Narathiwat)
D(18, "https://www.reuters.com/world/asia-pacific/roadside-bomb-wounds-four-thailands-deep-south-2025-01-15/",
  "Roadside bomb wounds four in Thailand's deep south", "2025-01-15", """
BANGKOK, Jan 15 (Reuters) - A bomb hidden in a parked motorcycle exploded as a ranger patrol passed along a rural road in Thailand's southern Narathiwat province on Tuesday, wounding four people, three rangers and a rubber tapper, police said.

No one was killed in the blast, which happened at about 8 a.m. in Rueso district as the rangers were escorting teachers to a village school, a police officer from the district told Reuters by telephone. The teachers were in a pickup truck about 100 metres behind the patrol and were unhurt.

"The device was triggered by a mobile phone from the rubber plantation," the officer said, adding that one ranger had lost part of his leg.

Police blamed insurgents from the Barisan Revolusi Nasional (BRN), the main separatist group in the Muslim-majority border provinces, which rarely claims attacks. The BRN has been holding on-and-off peace talks with the Thai government, mediated by Malaysia.

In December, a similar motorcycle bomb killed two defence volunteers guarding a market in Tak Bai district of the same province.

More than 7,000 people have been killed since the separatist insurgency reignited in 2004 in the provinces of Narathiwat, Pattani and Yala, which were part of an independent Malay Muslim sultanate before Thailand annexed them in 1909, according to Deep South Watch, a monitoring group.

Security forces had stepped up checkpoints across the region this week ahead of a visit by the prime minister.

(Reporting by Somchai Rattanakorn; Editing by Ritu Menon)
""", [
    I(True, "bombing", "2025-01-14", "Thailand", "Narathiwat", "Rueso", 0, 4, ["Barisan Revolusi Nasional"], ["paramilitary", "civilians"]),
    I(False, "bombing", "2024-12", "Thailand", "Narathiwat", "Tak Bai", 2, None, [], ["paramilitary"]),
], "Primary: Tuesday (14 Jan) motorcycle bomb on a ranger patrol in Rueso district; 'No one was killed' -> killed 0; injured 4 ('four people, three rangers and a rubber tapper'); police blame the BRN. Background: December 2024 motorcycle bomb in Tak Bai district, two defence volunteers killed (paramilitary), no doer named. 7,000 since 2004 is an aggregate.")

# ---------------------------------------------------------------- 019 negative: politics (Brazil)
D(19, "https://www.reuters.com/world/americas/brazil-finance-chief-executes-u-turn-fuel-tax-after-allies-revolt-2025-08-27/",
  "Brazil finance chief executes U-turn on fuel tax after allies revolt", "2025-08-27", """
Americas
Brazil finance chief executes U-turn on fuel tax after allies revolt
By Camila Moreira and Tiago Bastos
August 27, 2025 9:04 PM UTC

BRASILIA, Aug 27 (Reuters) - Brazil's finance minister on Wednesday executed an abrupt U-turn on a planned increase in diesel taxes, a day after the government's own allies in Congress shot down the measure in a committee vote that officials described as an ambush.

Leaving a meeting at the presidential palace, the minister was ambushed by reporters on the ramp and admitted the government had "lost the battle but not the war" over its fiscal targets for next year.

The proposal, meant to raise 18 billion reais, was killed on Tuesday when centrist parties that hold key ministries joined the opposition, 21 votes to 9. Government whips had set up a war room in the lower house to count votes, but several deputies whose troops of local mayors depend on diesel prices for farm transport defected at the last minute.

"It was friendly fire. Our own side pulled the trigger," a government lawmaker said on condition of anonymity.

Truckers' unions, which paralysed Brazil with a strike in 2018, had threatened to stop work on Monday if the increase went ahead. Their leaders welcomed the retreat but said they would keep "our weapons on the table" until the government promises not to revisit the issue.

Markets were less pleased. The real weakened 1.2 percent against the dollar and long-dated interest rate futures jumped, as investors read the episode as another casualty of the government's dwindling support in Congress ahead of next year's general election.

Related
Police operation in Rio's Maré favela complex leaves three dead
Bolsonaro allies rally on Paulista Avenue
""", [], "Politics: 'executed a U-turn', 'shot down', 'ambush', 'ambushed by reporters', 'killed', 'war room', 'troops' of mayors, 'friendly fire', 'pulled the trigger', 'weapons on the table', 'casualty', a 2018 truckers' strike. The Maré police operation is a 'Related' headline (boilerplate), not annotated.")

# ---------------------------------------------------------------- 020 positive: shelling (Myanmar, Rakhine)
D(20, "https://www.reuters.com/world/asia-pacific/shelling-hits-monastery-sheltering-displaced-myanmars-rakhine-2024-03-13/",
  "Shelling hits monastery sheltering displaced in Myanmar's Rakhine, seven dead", "2024-03-13", """
March 13 (Reuters) - Artillery shells slammed into a Buddhist monastery sheltering displaced families in Myanmar's western Rakhine state late on Monday, killing seven people including three novice monks, the Arakan Army and residents said.

About 20 people were wounded when at least three shells landed in the compound of the monastery on the northern edge of Kyauktaw town, where some 300 people who had fled fighting in nearby villages had been staying since November, a resident said.

"We were preparing to sleep. The first shell hit the dining hall and the second one the monks' quarters," the man told Reuters by telephone, asking not to be named.

The Arakan Army (AA), an ethnic armed group that has seized large parts of Rakhine since breaking a ceasefire with the junta in November, said in a statement the shells were fired from a military battalion base south of the town. A spokesman for the ruling military did not answer calls seeking comment.

Reuters could not independently verify the accounts. Internet and phone connections in much of Rakhine have been cut for months.

It was the deadliest shelling of civilians in the state since January, when shells fired by navy ships killed four villagers in Pauktaw township, according to the AA.

The United Nations has warned that Rakhine, home to the persecuted Rohingya Muslim minority, is sliding towards famine as fighting blocks roads and river transport.

(Reporting by Reuters Staff; Editing by Alan Tremont)
""", [
    I(True, "shelling", "2024-03-11", "Myanmar", "Rakhine", "Kyauktaw", 7, 20, ["Myanmar military"], ["civilians", "clergy"]),
    I(False, "shelling", "2024-01", "Myanmar", "Rakhine", "Pauktaw", 4, None, ["Myanmar military"], ["civilians"]),
], "Primary: late-Monday (11 Mar) artillery hit on a monastery at Kyauktaw town, 7 killed incl. three novice monks (clergy), 'about 20' wounded; the military is named as the shooter by the AA and residents (accusation; the junta did not comment). Background: January 2024 naval shelling in Pauktaw township, 4 villagers killed (navy = Myanmar military).")

# ---------------------------------------------------------------- 021 negative: mine gallery cave-in (Peru)
D(21, "https://www.france24.com/en/20201229-six-informal-miners-die-as-gallery-caves-in-southern-peru",
  "Six informal miners die as gallery caves in in southern Peru", "2020-12-29", """
Lima (AFP) - Six informal gold miners died when the roof of the gallery they were digging gave way some 200 metres inside a mountain in southern Peru's Arequipa region, officials said Tuesday.

The men had entered the tunnel at the Mollehuaca diggings, in the Chala area, on Sunday night and were working the quartz seam by hand when the rock above them sagged and came down early on Monday, a police commander told AFP. A seventh miner who was pushing a wheelbarrow near the entrance escaped with a broken arm.

Rescue crews made up of police, firefighters and miners from neighbouring claims took more than 20 hours to dig through the debris with picks and compressed-air drills. The last two bodies were brought out late on Monday and taken to the morgue in Chala.

Workmates said a blast set off by another crew to widen a parallel shaft may have loosened the rock. "Everyone here uses dynamite, and nobody props the galleries properly. The mountain is like a cheese full of holes," said a miner who helped carry out the dead.

The regional energy and mines office said the operation did not appear on the official register of small-scale miners being formalised under a scheme that the government has extended several times since 2012.

An estimated 500,000 Peruvians depend on informal or illegal gold mining, which has boomed as bullion prices hit record highs during the coronavirus pandemic. Accidents kill dozens of miners every year, but many deaths in remote diggings are never reported, according to labour groups.

Peru is the world's sixth-largest gold producer.
""", [], "Mine cave-in with six dead (accident). Trap words: 'a blast set off by another crew', 'dynamite', 'bodies', 'the dead', 'police commander'. Sunday night and Monday are the accident days (no incident coded).")

# ---------------------------------------------------------------- 022 positive: protest with deaths (Peru, Puno)
D(22, "https://www.reuters.com/world/americas/two-killed-peru-police-clear-aymara-road-blockade-puno-2025-06-11/",
  "Two killed as Peru police clear Aymara road blockade in Puno", "2025-06-11", """
LIMA, June 11 (Reuters) - Two protesters were shot dead and at least 14 people were injured, among them five police officers, when police moved to clear a bridge blocked by Aymara farmers in Peru's southern Puno region on Tuesday, the national ombudsman's office said.

The clashes broke out in the morning at the bridge over the Ilave river, on the highway that links Puno city with the Bolivian border, after about 2,000 residents of Ilave and surrounding communities had blocked it for nine days to demand the closure of mining concessions they blame for polluting their water.

Police said officers fired tear gas and "non-lethal ammunition" after protesters threw stones and set fire to a patrol truck. Relatives of the two dead men, a 19-year-old student and a 46-year-old farmer, said they were killed by bullets fired by police from the road above the river.

The ombudsman's office, which monitors social conflicts, called on the government to "stop the use of firearms against demonstrators" and to open an investigation. The interior ministry said the use of force had been "proportionate" and that officers had been attacked with slingshots.

By nightfall the bridge had been reopened, but local leaders said they would resume the blockade on Thursday.

The deaths raise tensions in a region where anger against the central government runs deep. In April, one protester died in the border town of Desaguadero after being hit in the head by a tear gas canister fired by police during a strike against a customs crackdown.

Peru's Congress has approved a law extending a programme that allows small miners to keep working while they seek permits, a measure environmentalists say encourages pollution of the highlands' rivers and lakes.

(Reporting by Javier Quispe; Editing by Helen Bracken)
""", [
    I(True, "protest", "2025-06-10", "Peru", "Puno", "Ilave", 2, 14, ["police"], ["protesters"]),
    I(False, "protest", "2025-04", "Peru", "Puno", "Desaguadero", 1, None, ["police"], ["protesters"]),
], "Primary: Tuesday (10 Jun) clearance of the Ilave bridge blockade by police, 2 protesters shot dead, 'at least 14' injured (five of them police officers, counted in the total as the text gives it); protesters killed by forces -> protest, perpetrators = police. Background: April 2025 protest in Desaguadero, one protester killed by a tear gas canister fired by police.")

# ---------------------------------------------------------------- 023 negative: cold wave (Afghanistan)
D(23, "https://www.barrons.com/news/freezing-temperatures-claim-27-lives-in-afghanistan-5b21c9aa",
  "Freezing temperatures claim 27 lives in Afghanistan", "2024-01-23", """
Home | News | World
Freezing temperatures claim 27 lives in Afghanistan
By AFP - Agence France Presse
Jan 23, 2024 7:02 AM

Twenty-seven people have died in Afghanistan as temperatures plunged to minus 28 degrees Celsius in the central highlands over the past week, the Taliban government's disaster management ministry said Tuesday.

Most of the dead were shepherds and travellers caught outside when the cold hit, or children in poorly heated homes, a ministry spokesman said. In Ghor province, four members of one family died overnight on Monday after they burned coal in a closed room to keep warm.

The freeze has also killed more than 14,000 head of livestock, the main source of income for many households in Ghor, Daikundi and Bamiyan, where snow has closed mountain roads for days.

"Families are burning plastic and dried dung because firewood has become too expensive. The cold is a silent enemy that attacks the poorest first," said an official of an international aid group in Kabul.

Aid agencies warned that the crisis could worsen, as cuts in foreign funding have left them able to reach only a fraction of the 23 million Afghans they estimate need help this winter.

Decades of war, a collapsing economy since the Taliban returned to power in 2021 and the withdrawal of most development aid have left millions without savings to buy fuel or warm clothing.

Last January, one of the harshest winters in years killed more than 160 people, according to the authorities.

Related
Blast at Kabul money exchange market wounds several
Pakistan expels thousands of Afghans ahead of deadline
© 2024 AFP
""", [], "Cold wave and carbon-monoxide deaths (27, aggregate over a week; 160 last winter): weather, not a security incident. Trap words: 'killed', 'the dead', 'silent enemy that attacks', 'decades of war'. The Kabul blast is a 'Related' headline (boilerplate), not annotated.")

# ---------------------------------------------------------------- 024 positive: riot (India, Uttar Pradesh)
D(24, "https://timesofindia.indiatimes.com/city/varanasi/youth-dies-17-hurt-as-wedding-dj-row-turns-into-clash-in-ballias-rasra/articleshow/116012345.cms",
  "Youth dies, 17 hurt as wedding DJ row turns into clash in Ballia's Rasra", "2024-12-04", """
News » City News » Varanasi News » Youth dies, 17 hurt as wedding DJ row turns into clash in Ballia's Rasra
TNN | Dec 4, 2024, 05.41 IST
Share | AA | Follow us

VARANASI: One man died and 17 people, including four policemen, were injured when two groups clashed with sticks, stones and bricks after an argument over loud music at a wedding procession in Rasra town of Uttar Pradesh's Ballia district on Tuesday night.

Police said the baraat was passing through a narrow lane of the Nagra road locality around 10.30pm when residents objected to the volume of the DJ. Within minutes, people on both sides had gathered and began pelting stones from rooftops. Two motorcycles and a pick-up van were set on fire.

The victim, a 22-year-old member of the wedding party, suffered a head injury from a brick and was declared dead on arrival at the community health centre. The injured were referred to the district hospital in Ballia.

"The situation is under control. Additional force including a company of the PAC has been deployed and 23 people have been detained. Strict action will be taken against those spreading rumours on social media," the Ballia superintendent of police said on Wednesday.

Mobile internet services were suspended in Rasra tehsil for 24 hours as a precaution. Shops in the main market remained shut on Wednesday.

Also Read
Man shot dead over land dispute in Ghazipur
Two killed as truck rams auto-rickshaw on Purvanchal Expressway

District magistrate said a magisterial inquiry had been ordered and that compensation would be given to the family of the deceased.

Photo: Policemen stand guard in Rasra on Wednesday. (TOI photo)
""", [
    I(True, "riot", "2024-12-03", "India", "Uttar Pradesh", "Rasra", 1, 17, [], ["civilians", "police"]),
], "Clash between two groups over wedding music on Tuesday night (3 Dec) in Rasra, Ballia district: 1 killed, 17 injured incl. four policemen; crowd violence -> riot, no named group. The detentions are part of the same event. 'Also Read' Ghazipur shooting and the road crash are boilerplate, not annotated.")

# ---------------------------------------------------------------- 025 negative: hoax bomb threat (Thailand)
D(25, "https://www.bangkokpost.com/thailand/general/1285612/phuket-flight-turned-back-over-lavatory-bomb-note",
  "Phuket flight turned back over lavatory bomb note", "2017-07-12", """
Phuket flight turned back over lavatory bomb note
PUBLISHED : 12 JUL 2017 AT 06:12
NEWSPAPER SECTION: NEWS
WRITER: Pattarapong Srisuk

A Bangkok-bound flight carrying 181 passengers and crew turned back to Phuket International Airport shortly after take-off on Tuesday evening after a flight attendant found the words "BOMB ON BOARD" written in lipstick on a lavatory mirror.

The aircraft landed safely at 8.05pm and was towed to a remote parking bay, where passengers were evacuated down the stairs and their baggage was unloaded and screened. Explosive ordnance disposal officers from Phuket provincial police and navy personnel from the nearby Third Naval Area Command searched the plane with sniffer dogs for nearly four hours.

No explosive device or suspicious object was found, the airport director said. Police said there was no sign of a planned attack and no weapon was found on any passenger.

"We treat every threat as real until it is proven false. The passengers were inconvenienced, but safety comes first," he said.

Passengers, many of them Chinese tourists, were put up in hotels and flew to Bangkok on Wednesday morning. "We felt like hostages in the terminal. Nobody told us anything for three hours," one passenger wrote on social media.

Police said they were checking closed-circuit camera footage and the passenger list to identify the person who wrote the message. Making a false bomb threat that endangers an aircraft carries a penalty of up to five years in prison.

It was the second hoax involving a flight from Phuket this year.

RELATED
Bomb at Bangkok military hospital wounds 24
Bangkok police ramp up security at Victory Monument
Do you like the content of this article?
""", [], "Hoax bomb threat on a flight, no device found: not a security incident under the brief (false alarm, no attack). Trap words: 'bomb', 'explosive ordnance disposal', 'threat', 'hostages' (figurative). The hospital bomb is a 'RELATED' headline (boilerplate), not annotated.")

# ---------------------------------------------------------------- 026 positive: armed clash (Philippines, Northern Samar)
D(26, "https://newsinfo.inquirer.net/1787432/3-npa-rebels-soldier-killed-in-northern-samar-clash",
  "3 NPA rebels, soldier killed in Northern Samar clash", "2023-06-14", """
NEWS / REGIONS
3 NPA rebels, soldier killed in Northern Samar clash
By Romeo Labrador - Visayas Bureau / Philippine Daily Inquirer / 04:30 AM June 14, 2023

TACLOBAN CITY — Four people — three suspected New People's Army (NPA) rebels and an Army corporal — were killed in a gunfight in the hinterlands of Las Navas town, Northern Samar, on Tuesday morning, the military said.

Two other soldiers were wounded and were evacuated by helicopter to a hospital in Catarman, the provincial capital.

Lt. Col. Rommel Sabado, commander of the Army's 20th Infantry Battalion, said his men were checking reports from residents that armed men were asking villagers for food and "revolutionary taxes" when they came under fire at around 6:15 a.m. in a forested area of Barangay Epaw.

The firefight lasted about 30 minutes. Troops later recovered the bodies of the three rebels, four high-powered rifles and a landmine, the Army said.

READ: Soldier hurt in Samar ambush; NPA blamed

The 8th Infantry Division said the fighters belonged to a guerrilla front that has been weakened by surrenders but remains active in the mountain villages between Las Navas and Catubig.

In April, two soldiers were killed in Catubig when a landmine blamed on the NPA exploded as their patrol passed.

The Communist Party of the Philippines, which leads the NPA, did not immediately issue a statement.

The NPA has been waging a Maoist-inspired rebellion since 1969, one of Asia's longest-running insurgencies.

Subscribe to INQUIRER PLUS to get access to The Philippine Daily Inquirer & other 70+ titles, share up to 5 gadgets, listen to the news, download as early as 4am & share articles on social media. Call 896 6000.
Read Next
""", [
    I(True, "armed_clash", "2023-06-13", "Philippines", "Northern Samar", "Las Navas", 4, 2, ["New People's Army"], ["military"]),
    I(False, "bombing", "2023-04", "Philippines", "Northern Samar", "Catubig", 2, None, ["New People's Army"], ["military"]),
], "Primary: Tuesday (13 Jun) firefight in Barangay Epaw, Las Navas: 4 killed (3 NPA + 1 corporal, the text gives 'Four people'), two soldiers wounded. city = the town Las Navas (the barangay is a subdivision). Background: April 2023 landmine in Catubig, 2 soldiers killed, blamed on the NPA -> bombing. The 'READ:' Samar ambush line is boilerplate.")

# ---------------------------------------------------------------- 027 negative: crime statistics and policy (Honduras)
D(27, "https://www.reuters.com/world/americas/honduras-murder-rate-falls-lowest-two-decades-emergency-powers-2024-01-03/",
  "Honduras murder rate falls to lowest in two decades under emergency powers", "2024-01-03", """
Americas
Honduras murder rate falls to lowest in two decades under emergency powers
By Ernesto Zelaya
January 3, 2024 10:22 PM UTC

TEGUCIGALPA, Jan 3 (Reuters) - Honduras recorded its lowest murder rate in two decades in 2023, the national police said on Wednesday, crediting a year-old state of emergency that suspends some constitutional rights in areas where street gangs operate.

Police counted 3,029 homicides last year, or 31.1 per 100,000 inhabitants, down from 35.8 in 2022 and far below the peak of 86.5 in 2011, when the Central American country was considered the most violent in the world outside a war zone.

The number of massacres, defined by the authorities as killings of three or more people at once, fell to 53 from 69, according to the figures. Most victims were young men killed with firearms in the cities of San Pedro Sula and Tegucigalpa, the police said.

The government has deployed military police troops alongside regular officers in the emergency zones and carried out thousands of raids against the Mara Salvatrucha (MS-13) and Barrio 18 gangs, which extort bus drivers, shopkeepers and market vendors. The security minister said the "war on extortion" would continue in 2024.

Human rights groups say the emergency powers have led to arbitrary detentions and that the decline in murders began years before the measure. The Honduran human rights commissioner's office registered hundreds of complaints of abuse by security forces in 2023.

"Fewer bodies in the street is good news, but extortion has not gone away. People just pay and stay quiet," said a researcher at the violence observatory of the National Autonomous University of Honduras.

Extortion, which drives many Hondurans to migrate north, generated an estimated $737 million a year for criminal groups, according to a business association.

Most Read
Ecuador declares state of emergency after jail riots
Gunmen kill four at football pitch in Guatemala City
Mexico's peso firms as Fed cut bets grow
""", [], "Crime statistics and policy (homicide rates, 'massacres' counted in aggregate, raids in general, 'war on extortion'): no single incident. The Ecuador jail riots and Guatemala City shooting are 'Most Read' boilerplate, not annotated.")

# ---------------------------------------------------------------- 028 positive: abduction (Haiti, Artibonite)
D(28, "https://www.france24.com/en/live-news/20240220-gang-abducts-six-nurses-in-central-haiti-driver-killed",
  "Gang abducts six nurses in central Haiti, driver killed", "2024-02-20", """
Port-au-Prince (AFP) – Gang members abducted six nurses and killed their driver on a highway in Haiti's Artibonite department, health officials and a local rights group said Tuesday, the latest in a wave of kidnappings paralysing the country's main rice-growing region.

The nurses, who work at the state hospital in Saint-Marc, were travelling in an ambulance to a vaccination campaign on Saturday morning when armed men blocked National Road 1 near Pont-Sondé with a burning truck, according to the hospital's director.

"They shot the driver when he tried to turn around, then took the six women into the rice fields," the director told AFP by phone. The driver died at the scene.

A local human rights group said the kidnappers belonged to Gran Grif, a gang based in the town of Savien that controls much of the lower Artibonite valley, and that they had demanded $300,000 for the nurses' release. The gang did not claim the abduction publicly.

Police said a unit had been sent to the area but acknowledged that officers rarely venture off the main road, where the gang has dug trenches and set up checkpoints.

It was the second attack on the hospital's staff this year. In January, a doctor was seized from his car outside the same hospital and freed after his family paid a ransom, his colleagues said.

Haiti's health workers' union called a two-day strike to demand protection. "We cannot vaccinate children with a gun to our heads," a union spokeswoman said in Port-au-Prince.

More than 2,400 kidnappings were reported in Haiti last year, according to the United Nations, which has been waiting for months for a Kenyan-led security mission to deploy.
""", [
    I(True, "abduction", "2024-02-17", "Haiti", "Artibonite", "Pont-Sondé", 1, None, ["Gran Grif"], ["civilians"]),
    I(False, "abduction", "2024-01", "Haiti", "Artibonite", "Saint-Marc", None, None, [], ["civilians"]),
], "Primary: Saturday (17 Feb) abduction of six nurses and killing of their driver near Pont-Sondé on National Road 1 (1 killed, no injured count); the gang is named by a rights group, not a claim. Background: January 2024 abduction of a doctor outside the Saint-Marc hospital (no doer named, no casualties). 'More than 2,400 kidnappings last year' is an aggregate.")

# ---------------------------------------------------------------- 029 negative: drownings at a festival immersion (India)
D(29, "https://timesofindia.indiatimes.com/city/nashik/seven-drown-as-immersion-day-turns-tragic-in-jalgaon-and-dhule/articleshow/103989765.cms",
  "Seven drown as immersion day turns tragic in Jalgaon and Dhule", "2023-09-29", """
News » City News » Nashik News » Seven drown as immersion day turns tragic in Jalgaon and Dhule
TNN | Sep 29, 2023, 04.12 IST
Share | AA | Follow us

NASHIK: Seven young men, the youngest of them 15, lost their lives in the swollen waters of the Girna and Panzara rivers while taking Ganesh idols for immersion in Jalgaon and Dhule districts of north Maharashtra on Thursday.

In Jalgaon's Chalisgaon taluka, four friends waded into the Girna to push a four-foot idol away from the bank and were carried off by the current, which had picked up after dam gates upstream were opened on Wednesday. Villagers formed a human chain but could reach only one of them. The bodies of three were found late at night, about 2 km downstream.

In Dhule district, three youths slipped off the steps of a temple ghat on the Panzara at Sakri. Their bodies were recovered by the fire brigade and swimmers of a local mandal.

"The victims ignored the barricades. We had put up warning boards and lifeguards at designated immersion spots, but some mandals want their idol to go into the main river," a Jalgaon district official said.

Police had deployed more than 3,000 personnel across the two districts for the procession, which passed off peacefully. Officers said the main worry this year was the sonic assault of DJ systems, and cases were registered against 19 mandals for exceeding decibel limits.

Also Read
Man hacked to death in Malegaon, three detained
Army jawan from Nashik killed in Kashmir encounter

The district administrations have announced Rs 4 lakh each to the families of the dead under the natural calamity relief norms.

Photo: Fire brigade personnel search the Girna river near Chalisgaon on Thursday. (TOI photo)
""", [], "Festival drownings (7 dead) at idol immersion: accidents. Trap words: 'bodies', 'victims', 'the dead', 'sonic assault', 'police deployed'. The Malegaon hacking and the Kashmir encounter are 'Also Read' headlines (boilerplate), not annotated.")

# ---------------------------------------------------------------- 030 positive: attack (Ecuador, El Oro)
D(30, "https://www.france24.com/en/live-news/20250407-gunmen-in-police-uniforms-kill-eight-at-ecuador-pool-hall",
  "Gunmen in police uniforms kill eight at Ecuador pool hall", "2025-04-07", """
Quito (AFP) – Gunmen wearing police uniforms burst into a pool hall in southern Ecuador early Sunday and opened fire on the players, killing seven people on the spot, officials said.

An eighth victim, a 31-year-old taxi driver, died in hospital on Sunday afternoon, bringing the toll to eight, and five other people were still being treated for gunshot wounds, the police said Monday.

The attack happened shortly after 1:00 am in Pasaje, a banana-growing town of about 80,000 people in El Oro province, near the port city of Machala. Witnesses said about six men arrived in a car and a pickup truck, ordered everyone to lie on the floor and then started shooting.

"They came in shouting 'police' and we thought it was a raid. Then they started firing," a survivor told local television.

Police did not say who was behind the killing. Officers recovered more than 50 shell casings from 9mm and rifle rounds and said they were investigating whether the attack was linked to a dispute between drug gangs that use El Oro's ports to ship cocaine to Europe.

The government declared an "internal armed conflict" in January 2024 and deployed soldiers to the streets and prisons against some 20 gangs he has designated as "terrorist" organisations. Homicides fell in 2024 but have risen again sharply this year, and El Oro is among the provinces with the highest murder rates.

The government extended a state of emergency in seven provinces, including El Oro, last month.
""", [
    I(True, "attack", "2025-04-06", "Ecuador", "El Oro", "Pasaje", 8, 5, [], ["civilians"]),
], "Early-Sunday (6 Apr) shooting at a pool hall in Pasaje, El Oro province: 7 killed on the spot + 1 in hospital (toll 8 stated), 5 wounded; doers unnamed (gangs only as a hypothesis) -> []. The 2024 'internal armed conflict' declaration and homicide trends are context.")


def main():
    assert len(DOCS) == 30 and [d["id"] for d in DOCS] == ["fresh6-l%03d" % n for n in range(1, 31)], "numbering"
    for d in DOCS:
        with open(os.path.join(HERE, d["id"] + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("wrote %d documents to %s" % (len(DOCS), HERE))


if __name__ == "__main__":
    main()
