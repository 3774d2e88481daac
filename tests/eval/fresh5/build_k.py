"""Writer k of the fresh5 set: 30 full news pages (20 with no security incident, 10 with a buried or mildly worded
incident), texts and gold in one table. Run: python3 tests/eval/fresh5/build_k.py  (writes fresh5-k001..k030.gold.json
next to this script). Texts are invented in the style of real outlets; do not treat them as factual reporting."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "incidentwire fresh5 set (written 2026-12-07)"
DOCS = []


def I(primary, event_type, date, country, admin1, city, killed, injured, perpetrators, targets, unscored=()):
    return {"primary": primary, "event_type": event_type, "date": date, "country": country, "admin1": admin1,
            "city": city, "killed": killed, "injured": injured, "perpetrators": list(perpetrators),
            "targets": list(targets), "weapons": None, "unscored": ["weapons"] + list(unscored)}


def D(n, url, title, published, text, incidents, notes):
    DOCS.append({"id": f"fresh5-k{n:03d}", "source": SOURCE, "url": url, "title": title, "published": published,
                 "text": text.strip("\n"), "origin": "written for incidentwire", "incidents": incidents, "notes": notes})


# ---------------------------------------------------------------- 001 bus crash (Bolivia), boilerplate
D(1, "https://apnews.com/article/bolivia-bus-crash-potosi-oruro-highway", "Bus plunges into ravine in Bolivia's Potosí, killing 19", "2019-02-12", """
World News | Latin America | Bolivia

Bus plunges into ravine in Bolivia's Potosí, killing 19

By AP staff
February 12, 2019

LA PAZ, Bolivia (AP) — A long-distance bus veered off a mountain highway and plunged about 150 meters (500 feet) into a ravine in southern Bolivia on Monday, killing 19 people and leaving 22 wounded, police said.

The bus was travelling overnight from the city of Potosí to Oruro when it left the road near the town of Yocalla, Potosí department, shortly before dawn. Survivors told rescuers that the driver had been at the wheel for more than 10 hours and appeared to be struggling to stay awake.

"It was like an explosion, then everything was turning," one passenger, a 34-year-old miner, told the Unitel television channel from his hospital bed in Potosí. "When it stopped, the dead were all around me."

Police Col. Freddy Ríos said the victims included four children. Firefighters and soldiers worked for hours with ropes to bring the bodies up the steep slope. The wounded were taken to hospitals in Potosí and Oruro, where six remained in serious condition on Tuesday.

Bolivia's transport authority said the company that ran the bus had been fined twice last year for overloading. Its offices in Potosí were closed on Tuesday, and prosecutors said they had opened an investigation for manslaughter.

Road accidents kill about 1,000 people a year in the Andean nation, where many highways wind along unguarded cliffs. Officials have repeatedly promised tougher inspections and rest rules for drivers.

President Evo Morales sent condolences to the families on social media and ordered the government to cover funeral costs.

___
RELATED COVERAGE
Gunmen attack police post on Brazil-Bolivia border
Peru: 35 killed as bus falls off cliff near Lima

Copyright 2019 The Associated Press. All rights reserved.
""", [], "Road crash with 19 dead and 22 wounded: an accident, no security incident. The related-link headlines (a gunmen attack, another bus crash) are boilerplate and not annotated.")

# ---------------------------------------------------------------- 002 light aircraft crash (New Zealand)
D(2, "https://www.rnz.co.nz/news/national/plane-crash-near-wanaka-two-dead", "Two dead after light plane crashes near Wānaka", "2023-10-17", """
Two people have died after a light aircraft crashed in farmland near Wānaka on Sunday afternoon.

Police said they were called to the crash on a property off Cardrona Valley Road just after 3pm. The plane, a two-seater Piper Cub, was found on fire in a paddock, and both people on board were dead when emergency services arrived.

Witnesses said the aircraft had been circling over the valley before it dropped suddenly. A farm worker who ran to the wreckage said there was "a bang like a gunshot and then the whole thing went up".

Fire and Emergency NZ said two crews from Wānaka put out the fire, which also burned about a hectare of dry grass.

The victims have not yet been formally named, but police said they were a man in his 60s from Otago and a woman in her 50s from Canterbury. The Transport Accident Investigation Commission (TAIC) has sent two investigators to the site.

A TAIC spokesperson said it was too early to say what caused the crash. "We will be looking at the aircraft, the weather, and the pilot's history. The wreckage will be taken to our facility in Wellington."

The crash is the third fatal light-aircraft accident in Otago this year. Recreational aviation groups have called for more training on low-level flying in mountain terrain, which instructors describe as unforgiving.

The Queenstown Lakes mayor said the community was shocked. "This is a small place and people will know these two. Our thoughts are with their families."

Police will prepare a report for the coroner.
""", [], "Fatal light-aircraft crash (two dead, fire, 'bang like a gunshot'): an accident, no security incident.")

# ---------------------------------------------------------------- 003 gas explosion (China), boilerplate
D(3, "https://www.scmp.com/news/china/society/article/2006112/gas-blast-restaurant-shaanxi", "Gas blast rips through restaurant in Xian, killing 6", "2016-08-23", """
News / China / Society

Gas blast rips through restaurant in Xian, killing 6

Leaking cylinder suspected as dozens of diners hurt in evening rush

PUBLISHED : Tuesday, 23 August, 2016

An explosion tore through a busy noodle restaurant in the northwestern Chinese city of Xian on Monday evening, killing six people and injuring 31, local authorities said.

The blast happened at about 7pm in Yanta district, Shaanxi province, as the restaurant was filling with diners, according to a statement from the district government. The force of the explosion blew out the front of the two-storey building and shattered windows in flats across the street.

Investigators said a liquefied petroleum gas cylinder in the kitchen was leaking before the explosion. The restaurant has been sealed off while the investigation continues.

"It sounded like a bomb had gone off. People were running out covered in dust and blood," a shopkeeper named Zhang told the Huashang Daily.

State broadcaster CCTV showed rescuers pulling debris from the site into the night. Of the injured, four were in critical condition on Tuesday.

The accident is the latest in a series of gas explosions at eateries in China. The Ministry of Emergency Management has ordered a nationwide inspection of gas cylinders in restaurants, which it said were "a hidden killer" in crowded urban areas.

Safety experts say many small restaurants use bottled gas because pipelines are not available, and that cylinders are often refilled illegally or stored next to stoves.

Shaanxi's work safety bureau said it would hold those responsible to account.

Most Read
1. Hong Kong police fire tear gas as protesters clash in Mong Kok
2. Tianjin blast: one year on, families still waiting for answers
3. Why China's property war is only just beginning

Share: Facebook | Twitter | Email
""", [], "Industrial/gas-cylinder explosion in a restaurant (6 killed, 31 injured): an accident, not a bombing. 'Most Read' headlines (tear gas, Tianjin blast) are boilerplate.")

# ---------------------------------------------------------------- 004 mine fire (Kazakhstan)
D(4, "https://www.reuters.com/world/asia-pacific/fire-kazakh-coal-mine-kills-five-2021-10-29/", "Fire at Kazakh coal mine kills five, 41 evacuated", "2021-10-29", """
NUR-SULTAN, Oct 29 (Reuters) - A fire in a coal mine in central Kazakhstan killed five miners on Thursday and forced the evacuation of 41 others, the country's emergencies ministry said.

The fire broke out at a depth of about 500 metres at the Kostenko mine near the city of Karaganda, the ministry said, adding that rescue teams had recovered the bodies of all five victims by Friday morning. Three miners were taken to hospital with smoke poisoning.

Preliminary findings pointed to a methane flash ignited by faulty equipment, a ministry spokesperson said. A government commission has been set up to investigate.

Mines in the Karaganda region, the heart of the former Soviet republic's coal industry, have a record of deadly accidents. Unions have accused operators of cutting spending on ventilation and gas monitoring while output targets rise.

"Every year we bury our comrades and every year we hear that lessons will be learned," said a miner who declined to be named for fear of losing his job. "Underground it is a war against the gas."

Authorities declared Saturday a day of mourning in the region. President Kassym-Jomart Tokayev ordered the government to pay compensation to the families and to review the safety licences of all underground mines in the country.

Kazakhstan is one of the world's top 10 coal producers, and coal still generates about 70% of its electricity.

(Reporting by Aidos Zhakupov; Editing by Martin Hale)
""", [], "Mine fire (methane flash, five killed): an industrial accident; 'a war against the gas' is figurative. No security incident.")

# ---------------------------------------------------------------- 005 flash flood (Spain), boilerplate
D(5, "https://www.theguardian.com/world/2022/apr/25/spain-flash-floods-catalonia-dead", "Three dead as flash floods sweep through Catalan towns", "2022-04-25", """
Skip to main content | Skip to navigation
World | Europe | Spain

Three dead as flash floods sweep through Catalan towns

Torrential rain turned streets into rivers in Girona province; mayor says town looks 'like a war zone'

Lucía Ferrer in Madrid
Mon 25 Apr 2022 10.41 BST

At least three people have died and dozens have been rescued from cars and rooftops after flash floods swept through towns in north-east Spain.

More than 180 litres of rain per square metre fell in a few hours on Saturday on parts of Girona province, in Catalonia, sending torrents of mud through the streets of Olot and neighbouring villages.

Two of the dead were an elderly couple whose car was swept off a bridge; the third was a man whose body was found by firefighters in a flooded garage on Sunday. Eleven people were treated for injuries.

"It looks like a war zone. The water came down the hill like an avalanche and took everything," said Olot's mayor. Footage posted on social media showed cars piled against shopfronts and a footbridge torn from its supports.

Catalonia's emergency service said 600 calls were received in three hours. Soldiers from the Military Emergencies Unit (UME) were deployed to help clear roads.

Spain's environment ministry said the storm was "another warning" of how the climate crisis was making extreme rainfall more frequent in the Mediterranean.

Meteorologists said a "cold drop" weather system had stalled over the region. Further heavy rain is forecast for Valencia later in the week.

Topics: Spain | Floods | Extreme weather | Europe

Reuse this content

Most viewed
Ukraine war: Russian strikes hit five railway stations
Far-right gunman jailed over attack plan
""", [], "Natural disaster (flash flood, three dead, eleven injured; 'like a war zone'). Soldiers' deployment is disaster relief. Most-viewed headlines are boilerplate.")

# ---------------------------------------------------------------- 006 earthquake (Japan)
D(6, "https://www.japantimes.co.jp/news/2024/03/15/national/iwate-earthquake-two-dead/", "Two dead, dozens hurt as strong quake jolts Iwate", "2024-03-15", """
MORIOKA, Iwate Pref. – Two people were killed and 37 injured after a strong earthquake struck northeastern Japan on Wednesday night, the Fire and Disaster Management Agency said Friday.

The magnitude 6.8 quake hit at 11:14 p.m. with its epicenter off the coast of Iwate Prefecture at a depth of 50 kilometers, the Japan Meteorological Agency said. It registered upper 6 on the Japanese seismic intensity scale in the town of Otsuchi.

One of the dead, a woman in her 80s in Otsuchi, was crushed when a wardrobe fell on her as she slept. A man in his 70s in the city of Kamaishi died after falling from a ladder while trying to secure roof tiles in the dark, police said.

Residents described a violent shaking that lasted more than a minute. "It felt like the house had been hit by a truck, then came a second blast of shaking," said a 52-year-old fisherman in Otsuchi.

The agency issued a tsunami advisory, which was lifted early Thursday after waves of around 20 centimeters were observed.

Tohoku Electric Power Co. said about 43,000 households lost power. The Tohoku Shinkansen line was suspended for most of Thursday while tracks were inspected.

The area was devastated by the March 2011 earthquake and tsunami, and many residents spent the night in evacuation centers out of fear of aftershocks. The meteorological agency warned that shaking of similar strength could occur over the coming week.

The chief Cabinet secretary told reporters the government would do its utmost to support those affected.
""", [], "Earthquake with two deaths and 37 injuries; 'blast of shaking' is figurative. The 2011 disaster reference is a natural disaster, not a security incident.")

# ---------------------------------------------------------------- 007 dengue outbreak (Argentina), boilerplate
D(7, "https://en.mercopress.com/2020/03/04/argentina-dengue-deaths-rise", "Argentina: dengue outbreak claims ninth victim as cases soar", "2020-03-04", """
MercoPress, South Atlantic News Agency
Home | Argentina | Brazil | Uruguay | Falklands/Malvinas

Argentina: dengue outbreak claims ninth victim as cases soar

Wednesday, March 4th 2020 - 08:52 UTC

Argentina's health ministry confirmed on Tuesday that dengue had killed nine people since the start of the season, as the number of confirmed infections passed 5,000, the worst outbreak since 2016.

Most of the dead were elderly patients in the northern provinces of Salta, Misiones and Tucumán, where the Aedes aegypti mosquito thrives in the summer heat and humidity. A 17-year-old student in Tucumán was among the victims.

The national health minister said the government had declared "a war on the mosquito" and that fumigation brigades had been deployed to 200 neighbourhoods. "Every container of standing water is an enemy base," he told reporters.

Doctors in Salta said hospitals were overwhelmed. "We have patients on chairs in the corridors; the virus is attacking whole families at once," said one physician at the San Bernardo hospital.

Neighbouring Paraguay has reported more than 40,000 suspected cases this season, and Brazil's health ministry has warned of a sharp rise in the south of that country.

The outbreak comes as health authorities prepare for the arrival of the new coronavirus. Argentina confirmed its first Covid-19 case on Tuesday, a man who had returned from Italy.

Experts warn that dengue is often underreported because many infections are mild.

Tags: Argentina, dengue, health
Comments

Related: Falklands veterans mark anniversary of sinking of General Belgrano
""", [], "Disease outbreak (dengue, nine dead); 'war on the mosquito', 'enemy base', 'attacking whole families' are figurative. The Belgrano related link is boilerplate.")

# ---------------------------------------------------------------- 008 crocodile attack (Australia)
D(8, "https://www.abc.net.au/news/2017-01-20/crocodile-attack-kakadu-fisherman-killed/8197456", "Fisherman killed in crocodile attack in Arnhem Land", "2017-01-20", """
A man has been killed by a saltwater crocodile while fishing from a riverbank in West Arnhem Land, Northern Territory Police say.

The 47-year-old was fishing with relatives near Gunbalanya on Thursday afternoon when the crocodile, estimated at about 4 metres long, lunged from the water and dragged him under.

Family members tried to pull him free and threw rocks at the animal, but it disappeared into the East Alligator River.

Police and rangers searched the river overnight and recovered the man's remains on Friday morning. A ranger later shot the crocodile, which was found near the attack site.

Acting Superintendent Jodie Ryan said the community was devastated. "This is a terrible tragedy for the family, who witnessed the attack," she said.

It is the first fatal crocodile attack in the Territory in more than a year. Rangers say saltwater crocodile numbers have grown strongly since hunting was banned in 1971, and estimate there are now about 100,000 in the wild in the NT.

Wildlife officers urged people to stay at least five metres from the water's edge in the wet season, when crocodiles move through floodplains and are harder to spot.

"Be crocwise. Assume that any body of water in the Top End has a crocodile in it," a Parks and Wildlife spokesman said.

The death will be reported to the coroner.

Posted 20 Jan 2017, 4:12pm
""", [], "Animal attack (crocodile kills a fisherman; a ranger shot the crocodile): no security incident.")

# ---------------------------------------------------------------- 009 Epiphany drownings (Russia), boilerplate
D(9, "https://www.themoscowtimes.com/2021/01/20/epiphany-dips-drownings", "Four Drown as Russians Brave Frost for Epiphany Dips", "2021-01-20", """
The Moscow Times
News | Business | Opinion | Arts and Life

Four Drown as Russians Brave Frost for Epiphany Dips

Jan. 20, 2021

Four people drowned during Orthodox Epiphany celebrations across Russia as millions plunged into icy rivers and lakes despite temperatures below minus 20 degrees Celsius, the Emergency Situations Ministry said Wednesday.

The victims included two men who were swept under the ice by the current in a river in the Tver region and a man who went into the water at an unofficial spot near Novosibirsk. A woman died of heart failure after bathing in a lake in the Sverdlovsk region.

Officials had set up more than 3,000 supervised bathing sites, known as ice holes, for Tuesday night's celebrations, with lifeguards and ambulances on hand. Many worshippers shunned the official sites to avoid crowds during the coronavirus pandemic.

"People think they are heroes, but the cold kills faster than you think," a rescuer in Tver told the state-run RIA Novosti news agency.

The ritual commemorates the baptism of Jesus Christ in the Jordan River. Believers dunk themselves three times in water blessed by priests, and Russian Orthodox Church leaders say it washes away sins.

President Vladimir Putin, who has taken the dip on camera in previous years, did not appear publicly this year.

The ministry said about 1.8 million people had taken part nationwide, fewer than last year.

Read more:
Navalny Supporters Detained at Moscow Airport
Blast at Ryazan Gunpowder Factory Kills 16
""", [], "Drownings during a religious festival (four dead): not a security incident. 'Read more' headlines (detentions, factory blast) are boilerplate.")

# ---------------------------------------------------------------- 010 Supreme Court firearm sentencing (Canada)
D(10, "https://www.cbc.ca/news/politics/supreme-court-firearm-mandatory-minimum-ruling-1.7471203", "Supreme Court strikes down mandatory minimum for reckless discharge of a firearm", "2025-02-27", """
The Supreme Court of Canada ruled on Thursday that a mandatory minimum prison sentence for recklessly discharging a firearm is unconstitutional, in a 5-4 decision that sharply divided the country's top judges.

The majority found that the four-year minimum for the offence amounts to "cruel and unusual punishment" under Section 12 of the Charter of Rights and Freedoms, because it could apply to people whose conduct posed little danger to anyone.

Writing for the majority, one of the five justices gave the example of a young person who fires a rifle at an abandoned building in a remote area. "Such an offender could be imprisoned for four years although no one was, or could have been, hurt," the majority wrote.

In a strongly worded dissent, the four other justices said the ruling would weaken Parliament's effort to deter gun violence. "Firing a gun at or near a dwelling is inherently dangerous. People are killed and wounded by bullets that were not meant for them," they wrote.

The appellant, whose name is protected by a publication ban, had been convicted of the offence and sentenced to the minimum term. The court sent his case back for resentencing.

The federal justice minister's office said the government respected the decision and would study it. The Conservative justice critic called it "a shot in the foot for public safety" and said his party would bring back tougher penalties.

Defence lawyers welcomed the ruling. "Mandatory minimums take away a judge's ability to look at the person in front of them," said a spokesperson for the Criminal Lawyers' Association.

The decision is the latest in a string of rulings in which the court has struck down mandatory minimum sentences for firearm offences, which were introduced in the late 2000s.
""", [], "Court ruling on a sentencing rule; the offence is described generically (no place, date or victim), so no incident. 'A shot in the foot' is figurative.")

# ---------------------------------------------------------------- 011 homicide statistics (UK), boilerplate
D(11, "https://www.bbc.co.uk/news/uk-64574203", "Homicides in England and Wales fall to lowest level in decade", "2023-02-09", """
BBC Home | News | Sport | Weather | iPlayer
UK | England | N. Ireland | Scotland | Wales

Homicides in England and Wales fall to lowest level in decade

9 February 2023

The number of people killed in homicides in England and Wales has fallen to its lowest level for almost a decade, according to figures from the Office for National Statistics (ONS).

Police recorded 602 homicides in the year to March 2022, down from 696 the year before, the ONS said on Thursday.

Knives or other sharp instruments were used in 282 of the killings, making them again the most common method. Twenty-four people were shot dead, one of the lowest totals since records began.

Men made up about seven in ten of all victims. Among women killed, more than half were killed by a partner or former partner, the figures show.

The number of offences involving a knife recorded by police rose 9%, however, and hospital admissions for assault with a sharp object remained well above levels seen a decade ago.

The policing minister said the figures showed that "the government's war on knife crime is working". Labour's shadow home secretary launched an attack on the government's record, saying 20,000 fewer neighbourhood officers were on the beat than in 2010.

Campaigners said the figures hid huge regional differences. "Tell the families in the West Midlands that the problem is solved," said the mother of a knife-crime victim, who now runs a youth charity.

The ONS cautioned that the pandemic had affected crime patterns, with lockdowns reducing violence in public spaces.

Related Topics
Knife crime | Crime statistics
More on this story
Man charged with murder after stabbing in Wolverhampton
""", [], "Crime statistics with aggregate tolls only; the bereaved mother is quoted without any specific killing. 'More on this story' headline is boilerplate.")

# ---------------------------------------------------------------- 012 rugby (New Zealand)
D(12, "https://www.rnz.co.nz/news/sport/all-blacks-pumas-nelson", "All Blacks blow Pumas away in Nelson", "2018-09-10", """
The All Blacks have kept their Rugby Championship campaign on track, running in eight tries to beat Argentina 46-24 at Trafalgar Park in Nelson on Saturday night.

The Pumas came out firing and led 17-13 after half an hour, their forwards winning the early clash at the breakdown and their backs launching a wave of attacks down the left.

But the home side killed the contest in a devastating 10-minute spell either side of halftime. First-five Tomasi Vaega shot through a gap from a scrum to set up wing Jordan Hapuku, and then put up a bomb that the Pumas fullback spilled for hooker Sam Whitcombe to score.

"We were a bit shot in that first half, we weren't getting off the line," coach Ian Fairlie said. "The boys found their legs and after that it was a bit of a massacre, to be honest. But Argentina are a dangerous side and they made us pay for every mistake."

Hapuku finished with a hat-trick, his third try coming after a 60-metre raid that began with a turnover on the All Blacks' own line.

Argentina coach Martín Echeverría said his team had "shot themselves in the foot" with discipline, conceding 14 penalties. Flanker Tomás Lavalle was sin-binned for a dangerous tackle on lock Brad Ainsley, who was later cleared after a head injury assessment.

Prop Kane Rerekura came off with a knee injury in the second half and will have a scan this week.

The All Blacks travel to Wellington to face South Africa next, where a win would all but wrap up the title.

The crowd of 18,000 was the biggest for a test in Nelson.
""", [], "Sports report full of 'firing', 'clash', 'attacks', 'killed the contest', 'bomb', 'massacre', 'shot', 'raid'; no incident.")

# ---------------------------------------------------------------- 013 football derby (Italy), boilerplate
D(13, "https://www.reuters.com/sports/soccer/inter-edge-milan-derby-2023-04-10/", "Soccer-Correa double fires Inter past Milan in derby", "2023-04-11", """
Sports | Soccer

Soccer-Correa double fires Inter past Milan in derby

April 11, 2023

MILAN, April 11 (Reuters) - Nahuel Correa scored twice as Inter Milan beat AC Milan 3-1 in a fiery derby at San Siro on Sunday, firing themselves back into the top four of Serie A.

The Argentine striker opened the scoring with a shot from the edge of the box in the ninth minute and killed off the game with a header after the break, his 17th league goal of the season.

Milan's attack looked toothless without their injured top scorer, and their frustration boiled over in a clash between full backs Luca Ferraris and Jonas Vermeer that led to a melee on the touchline. The referee booked five players.

"We were shot to pieces in the first half," Milan coach Paolo Gentile said. "Inter punished every mistake. It's a defeat that hurts, but the season is not dead."

Inter coach Marco Bellandi praised his side's aggression. "We attacked them from the first minute and the fans were a bomb behind us," he said.

Striker Ousmane Diakhaby pulled one back for Milan, but Matteo Rinaldi's free kick against his former club in stoppage time completed the rout, which Italian newspaper Gazzetta dello Sport described as "a massacre in the fog".

Inter are fourth, two points ahead of Milan, with nine games left. The two sides could meet again in the Champions League.

Reporting by Chiara Valsecchi; Editing by Tom Aldred

Read Next
Sports: Police fire tear gas at fans before Marseille match
""", [], "Football report ('fires', 'shot', 'killed off the game', 'attack', 'clash', 'melee', 'bomb', 'massacre'); the touchline melee is a sporting scuffle, not an incident. 'Read Next' headline is boilerplate.")

# ---------------------------------------------------------------- 014 takeover battle (Japan)
D(14, "https://www.japantimes.co.jp/business/2021/06/03/corporate/hostile-bid-shares-plunge/", "Shibaura Machine shares plunge as hostile bid collapses", "2021-06-03", """
Shares of Tokyo-listed machinery maker Shibaura Machine plunged 18% on Thursday after an activist fund abandoned its hostile takeover bid, a move analysts said had killed the deal that investors were betting on.

Tokyo-based City Index Eleventh, a vehicle of a veteran Tokyo activist investor, said in a filing that it was withdrawing its tender offer after Shibaura's shareholders approved a poison pill defense at an extraordinary meeting.

"The poison pill was a bomb thrown into the middle of the negotiations," said Kenji Moriyama, a strategist at a Tokyo asset manager. "Once it passed, the bid was dead."

The battle had become one of the most closely watched tests of Japan's push for better corporate governance. Shibaura's management had accused the fund of launching "a raid on the company's cash" and warned that the bid would destroy value for long-term shareholders.

The fund's representative fired back in a statement, saying management had "declared war on its own shareholders" and that the company was "hostage to a board that has failed for a decade."

The Nikkei 225 average closed 0.4% higher on the day, led by exporters on the back of a weaker yen.

Analysts said the outcome could embolden other Japanese companies to adopt takeover defences, after years in which they had been dismantled under pressure from foreign investors.

Shibaura Machine said it would announce a new medium-term plan, including higher dividends, in July.
""", [], "Business story: 'hostile takeover', 'killed the deal', 'bomb', 'raid', 'declared war', 'hostage'. No incident.")

# ---------------------------------------------------------------- 015 politics (Australia), boilerplate
D(15, "https://www.abc.net.au/news/2018-11-19/victoria-election-andrews-guy-attack/10510232", "Opposition launches blistering attack on Premier as campaign enters final week", "2018-11-19", """
ABC News
Just In | Australia | World | Business | Politics | Analysis

Opposition launches blistering attack on Premier as campaign enters final week

By state political reporter

Updated Mon 19 Nov 2018

The Victorian Opposition Leader has launched a blistering attack on the Premier over law and order, as the state election campaign enters its final week amid a firestorm over leaked emails.

Speaking at a rally in Melbourne's east on Sunday, the Opposition Leader accused the Premier of having "waged a war on common sense" and of presiding over a "crime wave" in the suburbs.

The Government hit back, with the Premier describing the Liberal campaign as "a political assassination of Victoria's reputation" and calling the Opposition's policies "a bomb waiting to go off under the state budget".

The exchange followed a bombshell report in The Age that a senior Liberal adviser had discussed ways to "kill off" a rival candidate's preselection, which the party has denied.

"This is a dead campaign walking," one Labor strategist said.

Polls show Labor ahead on a two-party-preferred basis, with voters in marginal seats in the south-east likely to decide the outcome. Both leaders will spend the final days of the campaign in Frankston and Carrum, where the margins are razor thin.

The Opposition Leader has promised to introduce mandatory minimum sentences for violent offenders and to give police more powers to stop and search, pledges that lawyers have criticised as "a shot in the dark".

Victorians go to the polls on Saturday.

Topics: elections, state-parliament, vic

Top Stories
Man shot by police after Bourke Street stabbing
""", [], "Politics: 'blistering attack', 'firestorm', 'war', 'political assassination', 'bomb', 'bombshell', 'kill off', 'shot in the dark'. 'Top Stories' headline is boilerplate. The weekday 'Saturday' is the upcoming polling day (not checked against a past date).")

# ---------------------------------------------------------------- 016 crime series review (South Korea)
D(16, "https://www.straitstimes.com/life/entertainment/review-korean-crime-thriller-series", "Review: Brutal Korean crime thriller is a killer binge", "2024-05-14", """
Life | Entertainment

Review: Brutal Korean crime thriller is a killer binge

Bloodline Blues (M18)
10 episodes, streaming on Netflix
4 out of 5 stars

SINGAPORE - The body count in Bloodline Blues climbs so fast that by the end of the first episode, viewers may lose track of who has been shot, stabbed or blown up.

The new South Korean series, directed by Yoon Sang-woo, follows a detective in Busan (played by Choi Dae-hyun) who goes undercover in a crime syndicate after his partner is gunned down during a botched raid. What follows is a war between two gangs for control of the port, told with the operatic violence Korean cinema does so well.

The centrepiece is an extended massacre in a fish market in episode four, staged in a single unbroken take that ends in a warehouse explosion. It is thrilling, grotesque and very hard to watch.

Choi, who has built a career on playing the hulking cop who punches first, gives his most vulnerable performance yet. His scenes with a hostage teenager, played by newcomer Kim Si-eun, give the show a beating heart amid the carnage.

Where the series falters is its villain, a smirking heir who kills with a fountain pen and monologues about chess. By the seventh episode, his threats land like blanks.

The writing also stumbles in its final stretch, when a late twist about a corrupt prosecutor feels bolted on.

Still, Bloodline Blues is a killer binge for fans of Korean noir. Just do not eat while watching.

Bloodline Blues is streaming on Netflix.
""", [], "Entertainment review of a fictional crime series (shot, gunned down, raid, war, massacre, explosion, hostage): no real event.")

# ---------------------------------------------------------------- 017 military exercise (Taiwan)
D(17, "https://www.reuters.com/world/asia-pacific/taiwan-holds-live-fire-drills-han-kuang-2022-07-28/", "Taiwan fires missiles in drills to repel simulated Chinese invasion", "2022-07-28", """
TAIPEI, July 28 (Reuters) - Taiwan's military fired missiles and artillery on Thursday in live-fire drills simulating an attack by China's armed forces on the island's east coast, the final day of its annual Han Kuang exercises.

Fighter jets, attack helicopters and warships took part in the drills off Hualien county, where troops practised repelling an amphibious landing. Tanks fired on floating targets offshore, and HIMARS-style rocket launchers blasted simulated beachheads.

President Tsai Ing-wen watched the exercise from a navy ship. "Our determination to defend ourselves is unwavering," a defence ministry spokesperson said afterwards. "We do not seek war, but we will not shy away from it."

The five-day exercise, which also included air raid drills that cleared streets in Taipei and other cities for 30 minutes on Monday, has this year drawn on lessons from Russia's invasion of Ukraine, Taiwan's defence ministry said.

Officials said the drills would focus more on mobile weapons, such as portable missiles, that could survive a first strike. A ministry spokesperson said no casualties or accidents had been reported during the exercises.

China, which claims Taiwan as its own territory, has stepped up military activity around the island, sending warplanes into its air defence identification zone almost daily.

Beijing's Taiwan Affairs Office said the drills were "a futile attempt to resist reunification by force".

The exercises come as U.S. House Speaker Nancy Pelosi is considering a visit to Taiwan, which China has warned would be met with "forceful measures".

(Reporting by Chen Wei-ting; Editing by Paul Garner)
""", [], "Military exercise (live fire, simulated attack, air raid drills): no real attack. Monday = 2022-07-25, start of the air raid drills (exercise, not an incident).")

# ---------------------------------------------------------------- 018 police memorial (United States)
D(18, "https://apnews.com/article/police-memorial-vigil-washington-names-added", "Names of 371 fallen officers added to national memorial", "2019-05-14", """
WASHINGTON (AP) — Thousands of police officers and relatives gathered on the National Mall on Monday evening for a candlelight vigil honoring law enforcement officers who died in the line of duty, as the names of 371 fallen officers were added to the National Law Enforcement Officers Memorial.

The new names include 158 officers who died last year and 213 who died in earlier years but whose deaths were only recently documented, organizers said.

Of the officers who died in 2018, 52 were shot and killed, making gunfire the leading cause of death, according to the National Law Enforcement Officers Memorial Fund. Traffic-related incidents killed 50, and others died of illnesses linked to their work, including cancers contracted at disaster sites.

"Each of these names is a life, a family, a department that will never be the same," the fund's chief executive told the crowd as candles were lit across the mall.

A senior Justice Department official said officers faced "a war of attrition" from violent criminals and promised more federal support.

The memorial, dedicated in 1991, now bears more than 21,900 names dating back to 1786.

The vigil is part of National Police Week, which brings tens of thousands of officers to Washington each May. The president is scheduled to speak at a memorial service at the U.S. Capitol on Wednesday.

Many families said the ceremony helped them cope. "Seeing his name carved in stone means the country remembers," said the widow of a Texas sheriff's deputy who died in a crash while responding to a call.
""", [], "Memorial with aggregate tolls only (52 officers shot and killed in 2018, etc.). 'Wednesday' is the scheduled service (future, not checked).")

# ---------------------------------------------------------------- 019 hunting accident (France), boilerplate
D(19, "https://www.france24.com/en/20171108-france-hunter-shot-dead-hunting-accident-dordogne", "Hunter shot dead by companion in Dordogne as accidents spark debate", "2017-11-08", """
FRANCE 24
France | Europe | Africa | Americas

Hunter shot dead by companion in Dordogne as accidents spark debate

Latest update: 08/11/2017

A 63-year-old hunter was killed on Sunday when another member of his party mistook him for a wild boar and fired, in the latest in a series of hunting accidents that have reignited debate over safety rules in France.

The accident happened during a drive hunt in woodland near the village of Sarlat-la-Canéda, in the Dordogne department of south-western France. The victim was hit in the chest by a single bullet and died at the scene despite efforts by paramedics.

The 25-year-old shooter, who was in shock, was questioned by gendarmes and could face charges of involuntary manslaughter, prosecutors said.

According to the French Office for Biodiversity, 13 people were killed and 113 wounded in hunting accidents in France last season. Critics say the figures are too high and that walkers and cyclists are increasingly caught in the line of fire.

"Every weekend from September to February, the countryside becomes a shooting range," said a spokesperson for an anti-hunting campaign group, which is calling for a ban on hunting on Sundays.

France's national hunting federation said accidents had halved over two decades and blamed "individual errors". Its president called the critics' campaign "an attack on rural traditions".

About 1 million people hold hunting licences in France, one of the highest numbers in Europe.

Share | Tweet | Email

Also read:
Paris attacks trial: court hears from survivors of Bataclan massacre
""", [], "Hunting accident (hunter mistaken for a boar, shot dead) plus aggregate statistics; no security incident. The 'Also read' headline (Bataclan) is boilerplate.")

# ---------------------------------------------------------------- 020 medical death inquest (Ireland)
D(20, "https://www.irishtimes.com/news/health/inquest-woman-died-trolley-limerick-hospital", "Woman died after 30 hours on hospital trolley, inquest hears", "2016-03-02", """
A woman who died after spending more than 30 hours on a trolley in an overcrowded emergency department was the victim of "a system at breaking point", an inquest has heard.

Mary Fennelly (79) from Castleconnell, Co Limerick, was admitted to University Hospital Limerick with a chest infection and died of sepsis two days later. The coroner's court in Limerick on Tuesday returned a verdict of medical misadventure.

Her daughter told the inquest that her mother had been "left like a casualty on a battlefield" in a corridor, without a call bell, while nurses "fought a war on every front" to care for dozens of patients.

A consultant in emergency medicine said the department had been operating at twice its capacity. "We are firefighting every day. The staff are wounded by what they see," he said.

Coroner Patrick Hanlon said there was no evidence that any individual member of staff had been negligent, but that the delay in finding Ms Fennelly a bed "may have contributed" to her death. He recommended that the Health Service Executive review its escalation policy.

The Irish Nurses and Midwives Organisation said 484 patients were waiting on trolleys across the country on Tuesday morning, with 58 at University Hospital Limerick alone.

A spokesperson for the hospital apologised to the family and said a new 60-bed block would open next year.

The Minister for Health said he would not "shoot the messenger" and that the inquest findings would be considered.
""", [], "Medical death and inquest; battlefield, war, firefighting, wounded, shoot the messenger are figurative. No incident.")

# ================================================================ positives: incident buried or worded mildly
# ---------------------------------------------------------------- 021 flood report (Colombia) + ELN ambush
D(21, "https://www.reuters.com/world/americas/floods-colombias-choco-leave-thousands-homeless-2021-10-19/", "Floods in Colombia's Choco leave thousands homeless", "2021-10-19", """
BOGOTA, Oct 19 (Reuters) - Heavy rains have flooded large parts of Colombia's Pacific department of Choco, leaving more than 12,000 families homeless and cutting off river towns that depend on boats for food and fuel, disaster authorities said on Tuesday.

The Atrato and San Juan rivers burst their banks after a week of downpours, and water stood more than a metre deep in parts of the departmental capital Quibdo. One child drowned and two people were missing after a canoe capsized, the national disaster risk management agency (UNGRD) said.

"We have lost everything: the house, the crops, the pigs," said Yolanda Mosquera, 52, who was sheltering with her grandchildren in a school in Quibdo.

The government declared a state of emergency and said the navy and air force would fly in food, drinking water and medicines. Aid groups warned that the flooding raised the risk of diarrhoea and malaria.

Relief work has been complicated by the presence of armed groups. In the south of the department, two soldiers were killed and three wounded on Sunday when National Liberation Army (ELN) rebels attacked an army patrol escorting a humanitarian convoy in the municipality of Alto Baudo, the army's 15th Brigade said. The ELN did not comment.

Choco, one of Colombia's poorest regions, has been hit by a wave of displacement as the ELN and the Gulf Clan drug gang fight over coca routes to the Pacific coast.

The UN's humanitarian office said it was preparing an emergency appeal. Forecasters expect rains to continue through November as the La Nina weather pattern strengthens.

(Reporting by Andrés Cárdenas; Writing by Laura Quintero; Editing by Richard Bell)
""", [I(True, "attack", "2021-10-17", "Colombia", "Choco", "Alto Baudo", 2, 3, ["National Liberation Army"], ["military"])],
  "Flood report; one paragraph tells an ELN attack on an army patrol in Alto Baudo, Choco, on Sunday (2021-10-17): 2 soldiers killed, 3 wounded. The drowning is an accident; the ELN/Gulf Clan fighting is generic context. Place names are written without accents as Reuters does.")

# ---------------------------------------------------------------- 022 football report (Chile) + stabbing, boilerplate
D(22, "https://en.mercopress.com/2023/08/22/colo-colo-win-superclasico-fan-killed", "Colo-Colo edge La U in Superclásico marred by death of fan", "2023-08-22", """
MercoPress, South Atlantic News Agency
Home | Chile | Sports

Colo-Colo edge La U in Superclásico marred by death of fan

Tuesday, August 22nd 2023 - 09:15 UTC

Colo-Colo beat Universidad de Chile 2-1 in Sunday's Superclásico at the Estadio Monumental, firing themselves to within three points of the top of the Chilean Primera División, but the result was overshadowed by the death of a visiting supporter after the match.

On the pitch, the home side started with an aggressive press and were rewarded in the 14th minute when striker Matías Carrasco shot low past the La U goalkeeper. La U equalised through a header from Diego Fuenzalida before the break, and the game turned into a bruising clash, with the referee showing eight yellow cards.

Substitute Bastián Urrutia settled it with 12 minutes left, curling a free kick into the top corner. "We killed them with our attitude," the Colo-Colo coach said. "The fans were a bomb behind us."

The mood changed after the final whistle. A 22-year-old Universidad de Chile supporter died in hospital after he was stabbed by a group of men who attacked him as he walked to a bus stop on Avenida Departamental, outside the stadium in the commune of Macul, about an hour after the final whistle. Carabineros said two suspects wearing Colo-Colo shirts were detained later that night.

The Santiago Metropolitan Region prosecutor's office said it had opened a homicide investigation. Both clubs condemned the killing, and the National Professional Football Association (ANFP) said away fans could again be banned from Superclásicos.

Chile has struggled for years with violence by organised supporters' groups, known as barras bravas.

Related news:
Argentina: Boca fans clash with police in La Plata
""", [I(True, "attack", "2023-08-20", "Chile", "Santiago Metropolitan Region", "Macul", 1, None, [], ["civilians"])],
  "Match report ending with a fatal stabbing outside the stadium after Sunday's match (2023-08-20): one fan killed, two suspects detained (part of the same event). Coded attack (a group attacked one man), not riot. City = the commune Macul (the text's most specific place); admin1 = Santiago Metropolitan Region, written in the text. The related-link clash is boilerplate.")

# ---------------------------------------------------------------- 023 bus crash (Mexico), driver fleeing a shootout
D(23, "https://www.eluniversal.com.mx/english/bus-crash-sinaloa-highway-shootout", "Four dead as bus overturns on Culiacán highway", "2024-09-10", """
Four people were killed and 17 injured when a passenger bus overturned on the Mexico 15 highway on the southern outskirts of Culiacán, Sinaloa, on Monday evening, state civil protection authorities said.

The bus, operated by Transportes del Pacífico, was travelling from Mazatlán to Los Mochis with 38 passengers when it left the road and rolled down an embankment near the Costa Rica turnoff, according to a preliminary report.

Survivors told local media that the driver had swerved and accelerated sharply after shots rang out ahead of the bus. The Sinaloa Public Security Ministry later confirmed that gunmen travelling in two pickup trucks had exchanged fire with state police officers at a checkpoint on the highway a few minutes earlier. No one was hit in the exchange of fire, the ministry said, and the attackers fled toward the Sierra.

"We heard the bullets and then the driver lost control. People were screaming, there was glass everywhere," said a woman who was travelling with her two children.

The four dead, three women and a man, were passengers. The injured were taken to the General Hospital and the IMSS hospital in Culiacán; three were reported in serious condition. The driver was among the injured and is under police guard.

Culiacán has been on edge for weeks, with schools closing early and shops shuttering at dusk amid a rise in violence linked to organized crime. The state prosecutor's office has reported dozens of homicides in the municipality since the start of the month.

The federal Ministry of Infrastructure, Communications and Transportation said it would review the bus company's permits, and the National Guard increased patrols on the highway on Tuesday.
""", [I(True, "armed_clash", "2024-09-09", "Mexico", "Sinaloa", "Culiacán", 0, 0, [], ["police"], ["killed", "injured"])],
  "Crash report (4 killed, 17 injured in the bus crash); the security incident is the exchange of fire between gunmen and state police at a checkpoint on Monday (2024-09-09), in which 'no one was hit'. Whether the crash victims belong to the clash's toll is undecidable, so killed/injured (given as 0/0 for the exchange itself) are unscored. The month's homicides are an aggregate.")

# ---------------------------------------------------------------- 024 mining business story (Peru) + attack on camp, boilerplate
D(24, "https://www.reuters.com/article/peru-gold-poderosa-output-idUSL1N1Y90PX", "Peru's Poderosa cuts gold output forecast after attack on camp", "2018-12-05", """
Business News | Commodities

Peru's Poderosa cuts gold output forecast after attack on camp

December 5, 2018

LIMA, Dec 5 (Reuters) - Peruvian gold miner Compañía Minera Poderosa on Wednesday cut its 2018 production forecast by about 8 percent, citing the suspension of work at part of its operations in the northern Andes and lower ore grades.

The privately held company said it now expected to produce about 265,000 ounces this year, down from an earlier target of 290,000 ounces. Poderosa is one of the largest gold producers in Peru, the world's sixth-biggest gold-producing country.

Work at the company's Santa María unit has been suspended since Saturday, when armed illegal miners attacked a workers' camp there in Pataz province, in the La Libertad region, killing two security guards and wounding four workers, the company said in a statement to the stock market regulator SMV.

"We cannot ask our people to go into tunnels that are being fought over with explosives," a company executive told Reuters, asking not to be named. He said the illegal miners had blasted their way into the company's galleries several times this year.

Peru's mining industry association SNMPE has called on the government to send more police to Pataz, saying informal mining had turned the province into "a war zone" as gold prices rose.

Gold prices were little changed on Wednesday at around $1,237 an ounce. Shares of listed Peruvian miners Buenaventura and Minsur were flat in Lima.

(Reporting by Renzo Villanueva; Editing by Anna Clarke)

Our Standards: The Thomson Reuters Trust Principles.
""", [I(True, "attack", "2018-12-01", "Peru", "La Libertad", "Pataz", 2, 4, ["illegal miners"], ["civilians"])],
  "Business story on output cuts; the incident is Saturday's (2018-12-01) attack by armed illegal miners on a workers' camp in Pataz province, La Libertad: 2 guards killed, 4 workers wounded. 'Illegal miners' is an identity label the text uses. The repeated blasting of galleries 'several times this year' is too vague to annotate. City = Pataz (a province, the text's most specific place).")

# ---------------------------------------------------------------- 025 humanitarian appeal (Haiti) + abduction
D(25, "https://apnews.com/article/haiti-un-appeal-hunger-gangs-aid-workers", "UN seeks $908 million for Haiti as hunger deepens", "2025-01-16", """
PORT-AU-PRINCE, Haiti (AP) — The United Nations on Thursday appealed for $908 million to help 3.9 million people in Haiti this year, warning that nearly half the population faces acute hunger as gangs tighten their grip on the capital and the roads out of it.

More than 1 million Haitians have been displaced, according to the International Organization for Migration, many of them sleeping in schools and public squares in Port-au-Prince. The UN humanitarian coordinator said aid convoys had to be replaced by helicopters on several routes.

"The needs are enormous and our access is shrinking by the week," the coordinator told reporters.

Aid groups said the risks to their staff were growing. Two Haitian employees of a local medical charity were abducted on Tuesday while driving to a clinic in the capital, Port-au-Prince, in the Ouest department, the charity said in a statement. Haitian National Police attributed the kidnapping to members of the Viv Ansanm gang coalition. No ransom demand had been made public.

Last year's appeal was only about 40% funded. Donors have been slow to give amid fatigue with Haiti's crises and doubts over how aid can be delivered, officials said.

A Kenyan-led multinational security support mission, deployed to back Haiti's police, has fewer than half of the 2,500 officers it was promised. Its commanders say they are fighting a war against gangs with too few armored vehicles.

The World Food Programme said it had reached 1.2 million people with food assistance in December, but that the cost of moving supplies by air had tripled.
""", [I(True, "abduction", "2025-01-14", "Haiti", "Ouest", "Port-au-Prince", None, None, ["Viv Ansanm"], ["aid workers"])],
  "Appeal story; the incident is the abduction of two local charity employees in Port-au-Prince on Tuesday (2025-01-14), attributed by police to Viv Ansanm. No killed/injured counts (null). Displacement figures and the mission's 'war against gangs' are generic context.")

# ---------------------------------------------------------------- 026 deforestation figures (Brazil) + union leader found shot, boilerplate
D(26, "https://www.theguardian.com/environment/2020/nov/26/amazon-deforestation-highest-level-12-years", "Amazon deforestation hits highest level in 12 years", "2020-11-26", """
Skip to main content
Environment | Climate crisis | Wildlife | Energy | Pollution

Amazon deforestation hits highest level in 12 years

Satellite data shows 11,100 sq km cleared in a year, as activists warn of growing violence over land

Daniel Costa in Belém
Thu 26 Nov 2020 14.02 GMT

Destruction of the Brazilian Amazon has soared to its highest level in 12 years, according to official satellite data, prompting environmentalists to accuse Jair Bolsonaro's government of waging war on the rainforest.

Brazil's space research agency, INPE, said about 11,100 sq km of forest had been cleared between August 2019 and July 2020, an area roughly seven times the size of London and a 9.5% rise on the previous year.

A spokesperson for the government's Amazon council said the figures were "not a reason to celebrate" but claimed the army's presence in the region had slowed the rate of increase.

The state of Pará accounted for almost half of the destruction. It is also where conflict over land is most violent. On Wednesday, the rural workers' union leader João Batista Ferreira, 54, was found dead with gunshot wounds on a dirt road outside Anapu, the union said. Ferreira had reported receiving threats after denouncing illegal logging on a public settlement. Pará's civil police said they were investigating.

"Every hectare of forest that falls has a price, and sometimes that price is a human life," said the Catholic Church's Pastoral Land Commission.

Climate scientists warn that the forest is approaching a tipping point beyond which large parts could turn into savannah.

Topics: Amazon rainforest | Deforestation | Brazil | Jair Bolsonaro

Most viewed
Nigeria: dozens of farmers killed in Borno state attack
""", [I(True, "targeted_killing", "2020-11-25", "Brazil", "Pará", "Anapu", 1, None, [], ["civilians"])],
  "Deforestation story; the incident is a union leader found dead with gunshot wounds near Anapu, Pará, on Wednesday (2020-11-25; the text gives only the day the body was found, used as the event date). Named person shot -> targeted_killing; no perpetrator named. The 'Most viewed' Borno headline is boilerplate.")

# ---------------------------------------------------------------- 027 Christmas markets (Germany) + raid arrests + recalled Berlin attack
D(27, "https://www.dw.com/en/germany-christmas-markets-open-under-tight-security/a-46469012", "Germany's Christmas markets open under tight security", "2018-11-27", """
Germany's Christmas markets opened their doors this week with concrete barriers, armed police patrols and bag checks, as authorities warned that the threat of an Islamist attack remained high.

In North Rhine-Westphalia, three men aged 21 to 30 were picked up by police in raids on flats in Duisburg on Monday, on suspicion of having discussed an attack on a crowded event, prosecutors in Düsseldorf said. Officers seized mobile phones and computers but no weapons, and investigators stressed there was no concrete threat to any market. A judge was to decide on Tuesday whether to remand the men in custody.

An Interior Ministry spokesperson said Germany faced "an abstract but serious danger" and urged visitors not to be deterred. "We will not let fear take away our traditions," he said.

The security measures are most visible in Berlin, where the Breitscheidplatz market reopened with steel-reinforced bollards. In December 2016, a Tunisian asylum seeker drove a hijacked truck into the crowd there, killing 12 people. The attack was claimed by the Islamic State group.

Market organisers complain that the cost of barriers and private security has exploded, with some smaller towns cancelling their markets altogether. The German Showmen's Association said traders were "being killed by bills" for protection that the state should pay for.

Visitor numbers are expected to reach about 160 million nationwide over the season. At Cologne's cathedral market, mulled wine stalls were doing brisk business on Monday evening despite the rain.

"You think about it for a moment, then you buy your Glühwein," said one visitor from Bonn.
""", [I(True, "arrest", "2018-11-26", "Germany", "North Rhine-Westphalia", "Duisburg", None, None, ["police"], ["militants"], ["targets"]),
      I(False, "attack", "2016-12", "Germany", "Berlin", "Berlin", 12, None, ["Islamic State"], ["civilians"])],
  "Feature on market security; first incident told: three men 'picked up by police in raids' in Duisburg on Monday (2018-11-26) -> arrest by police (targets unscored: suspects, not established militants). Background: the December 2016 Breitscheidplatz truck attack in Berlin, 12 killed, claimed by Islamic State (Berlin is both admin1 and city). The 'abstract danger' and 'killed by bills' are not incidents.")

# ---------------------------------------------------------------- 028 jazz festival (UK, Northern Ireland) + device made safe, boilerplate
D(28, "https://www.bbc.co.uk/news/uk-northern-ireland-foyle-west-48183902", "Derry jazz festival draws record crowds", "2019-05-07", """
BBC News NI
Home | UK | Northern Ireland | Foyle & West

Derry jazz festival draws record crowds

7 May 2019

Organisers of the City of Derry Jazz and Big Band Festival say a record 60,000 people attended this year's event over the bank holiday weekend.

More than 100 bands played in bars, hotels and on outdoor stages across Londonderry, with brass bands marching through the city centre on Saturday afternoon.

"The crowds were huge and the bands absolutely killed it," said festival director Ciara McGinley. "You could hear the blast of trumpets from one end of Shipquay Street to the other."

The festival's Sunday night programme was briefly disrupted by a security alert in the Creggan area, where a suspicious object found outside the home of a police officer was later declared a viable device and made safe by Army technical officers. No one was hurt. Several families were moved from their homes for a number of hours. The Police Service of Northern Ireland (PSNI) said it was keeping an open mind about who was responsible and appealed for information.

Hotels reported occupancy of over 90% for the weekend, and the city council said early estimates suggested the event was worth more than £3m to the local economy.

The mayor said the festival showed "the real face of Derry" and thanked volunteers, stewards and the emergency services.

Next year's festival will mark its 20th anniversary.

Related Topics
Londonderry | Music
More on this story
Journalist shot dead during rioting in Creggan
""", [I(True, "other", "2019-05-05", "United Kingdom", "Northern Ireland", "Londonderry", 0, 0, [], ["police"])],
  "Festival story; the incident is a viable device left outside a police officer's home in the Creggan area on Sunday (2019-05-05), made safe by the Army ('No one was hurt' -> 0/0). Defused device -> other. City coded as Londonderry (Creggan is an area of the city). The 'More on this story' headline is boilerplate and not annotated.")

# ---------------------------------------------------------------- 029 harvest (Ukraine) + drone strike + shelling, boilerplate
D(29, "https://kyivindependent.com/ukraine-begins-2025-grain-harvest-amid-russian-attacks-on-fields/", "Ukraine begins grain harvest as farmers count cost of war", "2025-06-17", """
Kyiv Independent
News Feed | Ukraine | Russia's war | Business | Opinion

Ukraine begins grain harvest as farmers count cost of war

June 17, 2025 4:05 PM

Ukrainian farmers have started harvesting winter barley in the south of the country, kicking off a season that the Agrarian Policy Ministry expects to bring in about 56 million tons of grain, roughly the same as last year.

Exports through Ukraine's Black Sea ports have held up despite Russian attacks on port infrastructure, and traders expect shipments of wheat to Asia and North Africa to rise in the new season, the ministry said.

But for farmers near the front line, the harvest has become a dangerous job. On Monday, a drone launched by Russian forces struck a combine harvester working in a field near the town of Zolochiv in Kharkiv Oblast, killing its driver and injuring a second farm worker, the regional military administration said.

A day earlier, Russian forces shelled farmland in the Nikopol district of Dnipropetrovsk Oblast with artillery, setting fire to about 40 hectares of ripening wheat. No casualties were reported, according to regional authorities.

The UN's Food and Agriculture Organization estimates that about a fifth of Ukraine's farmland is either occupied, mined or too close to the fighting to work safely. Demining teams have cleared around 3,000 square kilometers of fields since 2022.

"Every season we plant, we do not know if we will harvest or if it will burn," said Viktor Oliinyk, who farms 800 hectares in the Sumy region. "It's a war economy, but the land still has to feed people."

Prices for Ukrainian milling wheat rose slightly last week amid dry weather in the south.

Read also: Russian missile attack on Kyiv kills 28, injures over 130
""", [I(True, "air_strike", "2025-06-16", "Ukraine", "Kharkiv", "Zolochiv", 1, 1, ["Russian forces"], ["civilians"]),
      I(False, "shelling", "2025-06-15", "Ukraine", "Dnipropetrovsk", "Nikopol", 0, 0, ["Russian forces"], ["civilians"])],
  "Harvest story; first incident: Russian drone strike on a combine near Zolochiv, Kharkiv Oblast, on Monday (2025-06-16), 1 killed, 1 injured (drone -> air_strike). Second: artillery shelling of farmland in Nikopol district, Dnipropetrovsk Oblast, 'a day earlier' (2025-06-15), 'No casualties' -> 0/0; target = civilian farmland. Perpetrator written as the text names the state force. The 'Read also' Kyiv missile headline is boilerplate.")

# ---------------------------------------------------------------- 030 election campaign (South Korea) + knife attack on candidate, boilerplate
D(30, "https://www.koreaherald.com/view.php?ud=20180605000712", "Parties fire final salvos as local election race tightens", "2018-06-05", """
The Korea Herald
National | Politics | Social Affairs | Defense

Parties fire final salvos as local election race tightens

Published : Jun 5, 2018 - 17:32

With eight days left before the June 13 local elections, the ruling Democratic Party and the main opposition Liberty Korea Party stepped up attacks on each other on Tuesday, as polls showed tighter races in the southeastern Yeongnam region.

The Liberty Korea Party chairman accused the government of "bombing the economy" with its minimum wage increase, while the Democratic Party called the opposition's campaign "a firestorm of fake news."

The campaign was shaken in Daegu, where a Democratic Party candidate for the city council, Kim Jae-ho, 46, was attacked by a man wielding a box cutter while greeting commuters near a subway station on Monday morning. Kim was treated in hospital for a cut to his neck that was not life-threatening, his campaign said. Police detained the 58-year-old suspect at the scene and said he appeared to have acted alone over a personal grievance against the party.

Politicians from both parties condemned the attack and police said they would increase protection for candidates at public events.

The Democratic Party is riding high on President Moon Jae-in's approval ratings of over 70 percent ahead of the June 12 summit between US President Donald Trump and North Korean leader Kim Jong-un in Singapore. But the conservatives hope to hold on to Daegu and North Gyeongsang Province, their traditional strongholds.

The National Election Commission said early voting will be held on Friday and Saturday.

By Park Min-jun (minjun@heraldcorp.com)

Most Popular
Military bolsters border guard after North Korean soldier defects
""", [I(True, "attack", "2018-06-04", "South Korea", "Daegu", "Daegu", None, 1, [], ["politicians"])],
  "Election story; the incident is the box-cutter attack on a council candidate near a subway station in Daegu on Monday (2018-06-04): 1 injured; killed null (the text gives no death count; 'not life-threatening'). Injured, not killed -> attack rather than targeted_killing. Daegu is a metropolitan city (first-level unit), so admin1 = city. 'Friday and Saturday' are the future early-voting days; 'June 13' and 'June 12' are future dates (election, summit).")


def main():
    assert len(DOCS) == 30 and len({d["id"] for d in DOCS}) == 30
    for d in DOCS:
        with open(os.path.join(HERE, d["id"] + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"wrote {len(DOCS)} files to {HERE}")


if __name__ == "__main__":
    main()
