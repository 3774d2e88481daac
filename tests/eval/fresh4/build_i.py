"""fresh4 / writer i: builds fresh4-i001 ... fresh4-i030.gold.json from the table DOCS below.
Usage: python3 tests/eval/fresh4/build_i.py   (writes next to this file)."""
import json, os

SOURCE = "incidentwire fresh4 set (written 2026-12-06)"
ORIGIN = "written for incidentwire"
HERE = os.path.dirname(os.path.abspath(__file__))


def I(primary, event_type, date, country, admin1, city, killed, injured, perps, targets, unscored=()):
    return {"primary": primary, "event_type": event_type, "date": date, "country": country,
            "admin1": admin1, "city": city, "killed": killed, "injured": injured,
            "perpetrators": list(perps), "targets": list(targets), "weapons": None,
            "unscored": ["weapons"] + list(unscored)}


DOCS = []


def D(n, url, title, published, text, incidents, notes):
    DOCS.append({"n": n, "url": url, "title": title, "published": published, "text": text.strip("\n"),
                 "incidents": incidents, "notes": notes})


# ---------------------------------------------------------------- 001 United States, Chicago weekend roundup (D)
D(1, "https://chicago.suntimes.com/crime/2023/7/10/weekend-shootings-chicago-englewood-austin",
  "2 killed, 6 wounded in weekend shootings across Chicago",
  "2023-07-10", """
News | Crime | Chicago

2 killed, 6 wounded in weekend shootings across Chicago

By Sun-Times Wire  Jul 10, 2023, 6:05am CDT

Share this story: Facebook | Twitter | Email

At least two people were killed and six others wounded in shootings across Chicago over the weekend, police said.

The weekend's deadliest attack happened Saturday night in Englewood on the South Side. A man, 24, was standing on the sidewalk in the 6900 block of South Halsted Street about 11:40 p.m. when someone in a passing gray sedan opened fire, Chicago police said. He was struck in the chest and head and pronounced dead at the University of Chicago Medical Center. Two women, 22 and 27, who were standing with him were each shot in the legs and taken to the same hospital in fair condition.

Early Sunday, a 31-year-old man was found shot to death inside a parked SUV in the 4900 block of West Division Street in Austin on the West Side, police said. Officers responding to a ShotSpotter alert about 2:15 a.m. found him slumped in the driver's seat with multiple gunshot wounds. He died at the scene.

The weekend's first shooting happened Friday about 9 p.m. in Little Village, where three people were wounded when a gunman walked up to a backyard party in the 2600 block of South Trumbull Avenue and fired into the crowd. A man, 19, and two teenage girls, 16 and 17, were hospitalized; all were expected to survive.

Sunday afternoon, a 15-year-old boy was shot in the arm while riding his bike in the 11200 block of South Michigan Avenue in Roseland. He was taken to Comer Children's Hospital in good condition.

No arrests were reported in any of the shootings. Area detectives are investigating.

Last weekend, 4 people were killed and 29 others wounded in shootings across the city.

Read more on crime, and track the city's homicides.

MOST READ
1. Man charged in Loop carjacking that left rideshare driver hurt
2. Bears camp preview: five questions facing the defense
3. Woman killed in Dan Ryan crash identified

Chicago Sun-Times, 30 N. Racine Ave., Chicago, Illinois 60607 | Comments are closed on this story.
""", [
    I(True, "attack", "2023-07-08", "United States", "Illinois", "Chicago", 1, 2, [], ["civilians"]),
    I(False, "attack", "2023-07-09", "United States", "Illinois", "Chicago", 1, None, [], ["civilians"]),
    I(False, "attack", "2023-07-07", "United States", "Illinois", "Chicago", None, 3, [], ["civilians"]),
    I(False, "attack", "2023-07-09", "United States", "Illinois", "Chicago", None, 1, [], ["civilians"]),
  ], "Weekend roundup: four separate shootings, each its own incident; the fatal Englewood drive-by (1 killed, 2 wounded) is primary as the weekend's deadliest. 'Last weekend' totals and the Most Read headlines are aggregates/boilerplate, not incidents; Illinois appears only in the footer address but is implied by Chicago.")

# ---------------------------------------------------------------- 002 United States, Memphis park shooting (A)
D(2, "https://apnews.com/article/memphis-shooting-orange-mound-park-basketball",
  "1 dead, 9 wounded in shooting at Memphis park basketball tournament",
  "2024-06-16", """
MEMPHIS, Tenn. (AP) — One person was killed and nine others were wounded when gunfire erupted at a youth basketball tournament in a Memphis park late Saturday, police said.

Officers were called to Orange Mound Park shortly before 10 p.m. after several people opened fire during an argument near the outdoor courts, the Memphis Police Department said in a statement. Hundreds of people, many of them teenagers, had gathered for the final games of a weekend tournament.

A 20-year-old man died at the scene. Nine other people, including three teenagers, were taken to Regional One Health and Le Bonheur Children's Hospital. Two were in critical condition Sunday, police said.

"You had children out here playing ball, families in the stands, and somebody decided to settle a beef with a gun," Police Chief Cerelyn Davis told reporters near the park. Investigators believe at least two shooters were involved and recovered more than 40 shell casings. No arrests had been made by Sunday afternoon.

Mayor Paul Young called the shooting "heartbreaking" and said the city would add lighting and patrols at parks over the summer.

It was the second mass shooting at a community gathering in Memphis this year. In April, two people were killed and 14 wounded when gunfire broke out at a block party in the city's Orange Mound neighborhood, not far from the park.

Tennessee has been at the center of a national debate over gun laws since March 27, 2023, when a shooter killed three 9-year-old children and three adults at The Covenant School in Nashville before being shot dead by police. Lawmakers in the Republican-controlled legislature have rejected most proposals to restrict firearms since then, though they passed a measure to expand school security.

Memphis recorded more than 390 homicides last year, a record, according to police data.
""", [
    I(True, "attack", "2024-06-15", "United States", "Tennessee", "Memphis", 1, 9, [], ["civilians"]),
    I(False, "attack", "2024-04", "United States", "Tennessee", "Memphis", 2, 14, [], ["civilians"]),
    I(False, "attack", "2023-03-27", "United States", "Tennessee", "Nashville", 7, None, [], ["civilians"]),
  ], "Primary: Orange Mound Park shooting late Saturday (1 killed, 9 wounded). Background: April block-party shooting (2 killed, 14 wounded, month only) and the Covenant School shooting (3 children + 3 adults + the shooter shot dead by police = 7 deaths). The 390 homicides figure is an aggregate.")

# ---------------------------------------------------------------- 003 United States, Phoenix officer shot (A)
D(3, "https://www.abc15.com/news/region-phoenix-metro/central-phoenix/phoenix-officer-shot-suspect-killed-35th-avenue-thomas",
  "Phoenix officer shot during traffic stop; suspect killed",
  "2023-11-20", """
Home | News | Region Phoenix Metro | Central Phoenix

Phoenix officer shot during traffic stop; suspect killed

Posted 5:42 AM, Nov 20, 2023 | By: ABC15 Staff

Watch ABC15 Mornings live at 4:30 a.m.

PHOENIX — A Phoenix police officer is recovering after being shot during a traffic stop Sunday night, and the man who opened fire is dead, police say.

According to Phoenix police, officers stopped a pickup truck near 35th Avenue and Thomas Road around 9:30 p.m. for a traffic violation. As one officer approached, the driver got out and fired several rounds, hitting the officer in the leg.

Officers returned fire, striking the driver. He was pronounced dead at the scene. His name has not been released.

The wounded officer, a seven-year veteran of the department, was taken to a hospital and is expected to survive, Sgt. Brian Bower said at an overnight briefing.

"Our officer did nothing more than walk up to a car, and he was met with gunfire," Bower said.

PHOTO: Police tape blocks off the intersection of 35th Avenue and Thomas Road in Phoenix, Arizona, on Monday morning. (ABC15)

It is the second time this month a Phoenix officer has been shot. On Nov. 7, an officer was wounded in a shootout with a burglary suspect near 59th Avenue and Indian School Road in Maryvale. That suspect was arrested after a short standoff.

Phoenix police have been involved in 17 shootings so far this year, according to department data.

Thomas Road remained closed between 35th and 39th avenues for much of the night while detectives investigated.

RELATED: Man killed in west Phoenix road rage shooting, police say
RELATED: Two teens hurt in shooting near Glendale mall

Copyright 2023 Scripps Media, Inc. All rights reserved.
""", [
    I(True, "armed_clash", "2023-11-19", "United States", "Arizona", "Phoenix", 1, 1, [], ["police"]),
    I(False, "armed_clash", "2023-11-07", "United States", "Arizona", "Phoenix", None, 1, [], ["police"]),
  ], "Primary: gunman fired at officer (wounded), officers shot him dead: exchange of fire = armed_clash, killed 1, injured 1. Background: Nov. 7 Maryvale shootout (officer wounded, suspect arrested). Arizona appears only in the photo caption. RELATED headlines are boilerplate.")

# ---------------------------------------------------------------- 004 United States, Birmingham toll rises (E)
D(4, "https://apnews.com/article/birmingham-alabama-shooting-lakeview-bar",
  "Death toll rises to 4 in Birmingham bar district shooting; 17 wounded",
  "2024-09-22", """
BIRMINGHAM, Ala. (AP) — Four people were killed and 17 wounded when gunmen opened fire on a crowd outside a bar in Birmingham's Lakeview entertainment district late Saturday, police said, after one of the wounded died overnight.

Police initially said three people had been killed and 18 wounded. A woman who was among the wounded died at UAB Hospital early Sunday, raising the toll to four dead, Birmingham police Officer Truman Fitzgerald said at a news conference.

Fitzgerald said at least two shooters got out of a vehicle shortly before 11 p.m. and fired into a group of people standing on the sidewalk, then fled. Investigators believe the attack may have been a targeted hit on one person in the crowd and that the others were caught in the crossfire.

"This was not a random act. But the people who paid the price were just out enjoying a Saturday night," Police Chief Scott Thurmond said.

Among the dead were two men, ages 21 and 27, and two women, ages 19 and 32. Several of the wounded were in critical condition Sunday. Police had made no arrests and appealed for cellphone video from bystanders.

Mayor Randall Woodfin said the city would seek federal help with the investigation. Birmingham has recorded more than 100 homicides this year, putting it on pace to approach last year's record.

The shooting was one of the deadliest in Alabama in recent years. Businesses in the district, popular with college students, were closed on Sunday as crime scene tape ringed a two-block area.
""", [
    I(True, "attack", "2024-09-21", "United States", "Alabama", "Birmingham", 4, 17, [], ["civilians"]),
  ], "Updated toll: initially 3 killed / 18 wounded, one wounded woman died -> final 4 killed, 17 wounded (gold = final). 'More than 100 homicides this year' is an aggregate.")

# ---------------------------------------------------------------- 005 United Kingdom, Ballymena riot (B)
D(5, "https://www.bbc.co.uk/news/articles/ballymena-second-night-disorder",
  "Ballymena: 15 police officers injured in second night of disorder",
  "2025-06-11", """
Home | News | Northern Ireland | Local news

Ballymena: 15 police officers injured in second night of disorder

11 June 2025 | Share | Save

Fifteen police officers have been injured during a second night of violent disorder in Ballymena, County Antrim, the Police Service of Northern Ireland (PSNI) has said.

Petrol bombs, bricks and fireworks were thrown at lines of riot police in the Clonavon Terrace area on Tuesday night, and water cannon was deployed for the first time this year.

Several homes were attacked and two families were forced to flee after windows were smashed and a car was set alight in a driveway. No-one was seriously hurt, police said.

Four men were arrested. Assistant Chief Constable Ryan Henderson said the violence was "racially motivated thuggery" and that it was "sheer luck" that no officer or resident had been killed.

The disorder followed a peaceful vigil on Monday in support of a teenage girl who was allegedly sexually assaulted in the town at the weekend. Two teenage boys have appeared in court charged in connection with that case.

After the vigil on Monday, a group broke away and attacked houses and police in the same area. Seventeen officers were injured on Monday night, police said.

Image caption: A burnt-out car in a street in Ballymena on Wednesday morning

First Minister Michelle O'Neill condemned the violence and appealed for calm.

Related topics: Ballymena | PSNI | Racism

More on this story
- Disorder spreads to Larne as leisure centre set alight
- Man charged after petrol bomb thrown at house in Coleraine
""", [
    I(True, "riot", "2025-06-10", "United Kingdom", "Northern Ireland", "Ballymena", 0, 15, [], ["police", "civilians"]),
    I(False, "riot", "2025-06-09", "United Kingdom", "Northern Ireland", "Ballymena", None, 17, [], ["police", "civilians"]),
  ], "Primary: Tuesday-night rioting in Ballymena, 15 officers injured (killed 0: 'no-one was seriously hurt', 'no officer or resident had been killed'), homes attacked, 4 arrests (part of the riot). Background: Monday-night disorder after the vigil (17 officers injured). 'Rioters' are not a named group: perpetrators []. The alleged sexual assault (a crime, not a security incident) and the 'More on this story' links (Larne, Coleraine) are not annotated.")

# ---------------------------------------------------------------- 006 United Kingdom, Strabane device defused (B)
D(6, "https://www.bbc.co.uk/news/uk-northern-ireland-strabane-device-officer-car",
  "Strabane: 'Viable device' found under police officer's car",
  "2021-06-01", """
A viable explosive device has been found under the car of an off-duty police officer in Strabane, County Tyrone, police have said.

The officer discovered the device when checking the vehicle outside a house in the Ballycolman area on Monday morning. It was made safe by Army technical officers later in the day. No one was injured.

About 20 homes were evacuated for several hours while the area was sealed off. Residents were allowed to return on Monday night.

Det Ch Supt Barry Ellison of the PSNI's Terrorism Investigation Unit said the main line of inquiry was that the New IRA was responsible.

"This was a deliberate attempt to murder a police officer and anyone who happened to be near that car, including children," he said.

"Those behind it have nothing to offer the community in Strabane but fear and destruction."

The device has been taken away for forensic examination. No arrests have been made.

The Police Federation for Northern Ireland said the attack showed that the threat to officers remained "severe".

It is the latest in a series of attacks linked to dissident republicans in the north-west. In January 2019, a car bomb exploded outside the courthouse on Bishop Street in Londonderry; no one was hurt after the area was cleared following a warning. Police also blamed that attack on the New IRA.

The threat level from Northern Ireland-related terrorism in Northern Ireland is currently assessed as "severe", meaning an attack is highly likely.

Politicians from all the main parties condemned the attempted attack. SDLP MLA Daniel McCrossan said people in Strabane "reject this utterly".
""", [
    I(True, "other", "2021-05-31", "United Kingdom", "Northern Ireland", "Strabane", 0, 0, ["New IRA"], ["police"]),
    I(False, "bombing", "2019-01", "United Kingdom", "Northern Ireland", "Londonderry", 0, 0, ["New IRA"], ["civilians"], ["targets"]),
  ], "Primary: bomb found under an officer's car and made safe = other; New IRA named as main line of inquiry; no one hurt (killed/injured 0, as the defuse is explicit that no one was harmed). Background: January 2019 Bishop Street courthouse car bomb, no one hurt; target (a courthouse) fits no category well, so targets unscored.")

# ---------------------------------------------------------------- 007 United Kingdom, court verdict, no incident (C)
D(7, "https://www.theguardian.com/uk-news/2022/mar/16/man-guilty-preparing-terrorist-attack-old-bailey",
  "Man found guilty of preparing terrorist attack after jury hears of bomb-making research",
  "2022-03-16", """
UK news | Crime | Counter-terrorism policy

Man found guilty of preparing terrorist attack after jury hears of bomb-making research

Old Bailey jury convicts 27-year-old who researched targets and said he wanted to 'kill as many as possible'

Wed 16 Mar 2022 14.20 GMT | Share

A man who researched how to make explosives and told an online contact he wanted to "kill as many as possible" has been found guilty of preparing acts of terrorism.

Adam Karimi, 27, from Luton, was convicted by a jury at the Old Bailey after a six-week trial. He had denied the charge, claiming his online searches were driven by "curiosity" and that he had never intended to hurt anyone.

The court heard that Karimi downloaded bomb-making manuals, watched videos of attacks carried out by Islamic State supporters in Europe, and searched for crowded events in London, including concerts and a Christmas market. He also researched how to obtain a shotgun licence and asked an undercover officer posing as a sympathiser whether a vehicle could be "used as a weapon".

Prosecutors said Karimi had been "on the cusp" of acting when counter-terrorism officers were alerted. No attack took place and nobody was hurt.

Commander Richard Smith, head of the Met's counter-terrorism command, said: "This is a case where early intervention almost certainly saved lives."

Karimi will be sentenced on 22 April.

The case is one of a growing number involving young men radicalised online. Counter-terrorism police say they have disrupted 32 late-stage attack plots since 2017, the year in which a wave of attacks struck Britain.

Most viewed
- Russia steps up shelling of Kharkiv as talks stall
- Teenager stabbed to death in south London named by police
- Energy bills: what the price cap rise means for you

Related: Teenager jailed for plotting attack on synagogue
""", [], "No incident: a conviction for preparing terrorism (no attack took place, no specific arrest scene). 'A wave of attacks' in 2017 and '32 plots disrupted' are vague/aggregate; Most viewed and Related headlines are boilerplate.")

# ---------------------------------------------------------------- 008 France, Corsica night bombings (D)
D(8, "https://www.reuters.com/world/europe/explosions-damage-holiday-homes-corsica-2024-03-11/",
  "Explosions damage holiday homes across Corsica, separatists claim attacks",
  "2024-03-11", """
AJACCIO, France, March 11 (Reuters) - Bombs damaged two holiday villas and a construction site across the French Mediterranean island of Corsica in the early hours of Monday, and the separatist National Liberation Front of Corsica (FLNC) claimed the attacks in a statement to a local newspaper, prosecutors and police said.

No one was injured in any of the blasts, authorities said.

The largest explosion tore through a villa owned by a Paris-based businessman near Porto-Vecchio in the south of the island shortly after 3 a.m., destroying its ground floor. The house was empty at the time.

About half an hour later, a second villa was damaged by an explosive charge in Lumio, near Calvi in the north-west. A third device went off at a building site for a holiday residence in Bonifacio, damaging two cranes.

In a statement sent to Corse-Matin, the FLNC said it had targeted "speculators" and warned against the sale of land on the island to non-residents. The anti-terrorism prosecutor's office in Paris said it had opened an investigation.

The FLNC, which waged a bombing campaign for decades before announcing in 2014 that it was laying down its arms, has periodically claimed attacks on second homes since a resurgence of nationalist anger on the island in 2022.

Nationalist politicians, who control Corsica's regional assembly, are negotiating with Paris on a form of autonomy for the island. Interior Minister Gerald Darmanin condemned what he called "cowardly" attacks.

(Reporting by Julien Pretot; writing by Tassilo Hummel; editing by Andrew Heavens)
""", [
    I(True, "bombing", "2024-03-11", "France", "Corsica", "Porto-Vecchio", 0, 0, ["National Liberation Front of Corsica"], ["civilians"]),
    I(False, "bombing", "2024-03-11", "France", "Corsica", "Lumio", 0, 0, ["National Liberation Front of Corsica"], ["civilians"]),
    I(False, "bombing", "2024-03-11", "France", "Corsica", "Bonifacio", 0, 0, ["National Liberation Front of Corsica"], ["civilians"]),
  ], "Three same-night bombings in three places, one claim: three incidents, the Porto-Vecchio villa (largest) primary. 'No one was injured in any of the blasts' -> killed 0, injured 0 for each. Targets are private property: coded civilians. The 2014 disarmament and 2022 unrest are context.")

# ---------------------------------------------------------------- 009 France, Lyon knife attack (A)
D(9, "https://www.france24.com/en/france/20230524-one-dead-three-wounded-knife-attack-lyon-tram-stop",
  "One dead, three wounded in knife attack at Lyon tram stop",
  "2023-05-24", """
France | Society

One dead, three wounded in knife attack at Lyon tram stop

Issued on: 24/05/2023 - 10:12

Text by: FRANCE 24

A man stabbed four people at a tram stop in the French city of Lyon on Tuesday evening, killing one of them, before being overpowered by passers-by and arrested, police and prosecutors said.

The attack took place shortly after 7 pm at a busy stop on Avenue Jean-Jaurès in the city's 7th arrondissement. A 58-year-old man died of his wounds at the scene despite efforts by paramedics. Three other people, including a 16-year-old girl, were taken to Édouard-Herriot hospital; one of them was in a serious condition on Wednesday.

The suspect, a 34-year-old man known to police for psychiatric problems and minor offences, was disarmed by two bus drivers and a student before officers arrived. The Lyon prosecutor's office said it had opened a murder investigation and that the national anti-terrorism prosecutor's office (PNAT) was "assessing" the case but had not taken it over.

"Nothing at this stage points to a terrorist motive," the prosecutor told reporters.

A spokesperson for the Auvergne-Rhône-Alpes regional council said additional security staff would be deployed on the tram network.

READ MORE: French parliament debates new security bill

Knife attacks have revived memories of several killings that shocked France. On October 29, 2020, an attacker stabbed three people to death inside the Notre-Dame basilica in Nice. Two weeks earlier, teacher Samuel Paty was beheaded near his school in Conflans-Sainte-Honorine by a young man who was then shot dead by police.

Photo caption: Police cordon off a tram stop on Avenue Jean-Jaurès in Lyon, on May 23, 2023. © AFP

Share | Tweet | Comment
""", [
    I(True, "attack", "2023-05-23", "France", "Auvergne-Rhône-Alpes", "Lyon", 1, 3, [], ["civilians"]),
    I(False, "attack", "2020-10-29", "France", "Provence-Alpes-Côte d'Azur", "Nice", 3, None, [], ["civilians"], ["admin1"]),
    I(False, "targeted_killing", "2020-10", "France", "Île-de-France", "Conflans-Sainte-Honorine", 2, None, [], ["civilians"], ["admin1"]),
  ], "Primary: Tuesday-evening stabbing in Lyon (1 killed, 3 wounded, suspect detained). Background: Nice basilica attack 29 Oct 2020 (3 killed inside the basilica, no group named) and the beheading of Samuel Paty 'two weeks earlier' (named victim -> targeted_killing; the attacker was shot dead by police -> killed 2; month only). Regions of Nice and Conflans are not named in the text: admin1 given but unscored.")

# ---------------------------------------------------------------- 010 Sweden, Uppsala shooting (A)
D(10, "https://www.thelocal.se/20240430/three-killed-in-uppsala-shooting",
  "Three killed in Uppsala shooting as police link attack to gang conflict",
  "2024-04-30", """
Three men were shot dead and a fourth was seriously wounded in a shooting at a hair salon in central Uppsala on Monday evening, Swedish police said, in what they believe is the latest flare-up of a conflict between rival criminal networks.

Police were alerted at around 5.20pm to shots fired at a salon close to Vaksala square in the university city, about 70 kilometres north of Stockholm. Officers found three men, aged between 15 and 20, dead inside. A fourth man was taken to Uppsala University Hospital with gunshot wounds.

"We are looking at a conflict within a criminal network that has been going on for some time," police spokesperson Magnus Jansson Klarin told reporters late on Monday. Police did not say who they suspected. Nobody had been arrested by Tuesday morning.

Prime Minister Ulf Kristersson called the killings "deeply worrying" and said the government would press ahead with plans to give police new powers.

Uppsala has been hit repeatedly by gang violence. In September last year, a woman in her twenties was killed when an explosion tore through a residential building in the city's Kvarngärdet district. Police said she was not the intended target and that the blast was linked to the same feud.

Sweden has one of the highest rates of deadly gun violence in the European Union. Police data show that 53 people were killed in shootings in 2023, down from a record 62 the year before.

Police in Uppsala County raised their alert level and said extra patrols would be deployed around the city centre throughout the week.
""", [
    I(True, "attack", "2024-04-29", "Sweden", "Uppsala", "Uppsala", 3, 1, [], ["civilians"]),
    I(False, "bombing", "2023-09", "Sweden", "Uppsala", "Uppsala", 1, None, [], ["civilians"]),
  ], "Primary: Monday-evening salon shooting in Uppsala (3 killed, 1 wounded). Background: September 2023 explosion in Kvarngärdet killing a woman (planted explosive -> bombing; city coded Uppsala, Kvarngärdet being a district). Admin1 is Uppsala County, written 'Uppsala'. National 2023/2022 gun-death totals are aggregates.")

# ---------------------------------------------------------------- 011 Sweden, policy story, no incident (C)
D(11, "https://www.thelocal.se/20240321/sweden-government-proposes-stop-and-search-zones",
  "Swedish government proposes stop-and-search zones to tackle gang violence",
  "2024-03-21", """
News | Politics | Crime

Swedish government proposes stop-and-search zones to tackle gang violence

Published: 21 March 2024 09:14 CET

The Swedish government on Thursday presented a bill that would let police designate "security zones" in which officers could search people and vehicles without suspicion of a crime, the latest step in a crackdown on the gang violence that has shaken the country.

Justice Minister Gunnar Strömmer said the measure would help police "get ahead" of criminal networks that recruit children to carry out shootings and bombings. "We are going to hit these networks where it hurts," he told a press conference in Stockholm.

According to police figures, 53 people were shot dead in Sweden in 2023 and 109 were wounded in 363 shootings. Police also recorded 149 detonations, most of them targeting apartment buildings and homes of gang members' relatives. The number of fatal shootings fell for the first time in several years, but bomb attacks rose sharply in the autumn.

The opposition Social Democrats said they supported the principle but warned that the zones risked stigmatising immigrant-heavy suburbs. The Left Party called the bill "an attack on the rule of law".

Critics also pointed to the cost. The Swedish Police Authority says it needs 10,000 more employees by 2027, and police unions say officers are already stretched.

If approved by parliament, the law would take effect on October 1.

Also read:
- Teenager arrested after explosion in Stockholm suburb
- Man shot dead outside gym in Malmö, police say
- Sweden's Nato membership: what changes now?

Join the conversation: 12 comments
""", [], "No incident: a policy story with national statistics (53 shot dead, 363 shootings, 149 detonations) that are aggregates; 'an attack on the rule of law' is figurative. The Also-read headlines are boilerplate and not annotated.")

# ---------------------------------------------------------------- 012 Germany, Bielefeld car ramming (A)
D(12, "https://www.theguardian.com/world/2025/mar/04/bielefeld-car-driven-into-crowd-germany",
  "Two dead after car driven into pedestrians in Bielefeld",
  "2025-03-04", """
World | Europe | Germany

Two dead after car driven into pedestrians in Bielefeld

Police say 40-year-old German driver arrested at scene; no indication of political motive

Tue 4 Mar 2025 08.30 GMT | Share | 38 comments

Two people have been killed and 11 injured after a man drove a car into pedestrians in the centre of the German city of Bielefeld, police said.

The driver, a 40-year-old German citizen from the area, steered a black SUV into people walking along the Bahnhofstraße shopping street shortly after midday on Monday before crashing into a shop front. He was arrested at the scene after a brief struggle with officers.

A 66-year-old woman and a 31-year-old man died. Five of the injured were in a serious condition, according to the city's fire service.

Investigators said on Tuesday they had found "no indications of an extremist or religious motive" and were examining the suspect's mental health. The interior minister of North Rhine-Westphalia, Herbert Reul, said the state would review security at pedestrian zones.

The attack is the latest in a series of car rammings in Germany. In December, six people were killed and more than 200 injured when a man drove into a Christmas market in Magdeburg, in the state of Saxony-Anhalt. In April 2018, a man drove a camper van into people sitting outside a restaurant in Münster, also in North Rhine-Westphalia, killing four and injuring about 20, before shooting himself.

Most viewed
- Trump pauses military aid to Ukraine
- Gaza ceasefire talks stall as aid blocked
- Knife attack at Hamburg station leaves 18 hurt, suspect held
""", [
    I(True, "attack", "2025-03-03", "Germany", "North Rhine-Westphalia", "Bielefeld", 2, 11, [], ["civilians"]),
    I(False, "attack", "2024-12", "Germany", "Saxony-Anhalt", "Magdeburg", 6, 200, [], ["civilians"]),
    I(False, "attack", "2018-04", "Germany", "North Rhine-Westphalia", "Münster", 5, 20, [], ["civilians"]),
  ], "Primary: Monday car ramming in Bielefeld (2 killed, 11 injured, driver arrested). Background: Magdeburg Christmas market, December (2024) (6 killed, 'more than 200' -> 200) and Münster, April 2018: four killed plus the driver who shot himself = 5 deaths (a sum), 'about 20' injured. The Hamburg headline in Most viewed is boilerplate.")

# ---------------------------------------------------------------- 013 Belgium, Anderlecht shooting (A)
D(13, "https://www.brusselstimes.com/anderlecht-shooting-one-dead-clemenceau",
  "One dead, one injured in Anderlecht shooting as drug violence grips capital",
  "2025-02-24", """
A man was shot dead and another seriously injured in Anderlecht on Sunday evening, the Brussels public prosecutor's office said on Monday, the latest in a string of shootings linked to drug trafficking in the Brussels-Capital Region.

The shooting happened at around 21:00 near the Clemenceau metro station. Two men were approached by a gunman who fired several shots at close range before fleeing on foot towards the Rue Eloy. One victim, a 24-year-old man, died at the scene. The second, aged 29, was taken to hospital with gunshot wounds to the stomach; his life is no longer in danger.

"The investigation is focusing on the drug milieu," the prosecutor's office said, adding that the suspect was still on the run. Police carried out several searches in the neighbourhood overnight.

Residents said they were tired of the violence. "We hear shots almost every week now. The children are scared to go to school," a shopkeeper near the station told The Brussels Times.

Brussels has recorded more than a dozen shootings since the start of the year, most of them in Anderlecht, Molenbeek and Saint-Gilles. Federal Interior Minister Bernard Quintin announced that extra federal police would be deployed in the area.

The capital has not experienced such a sense of insecurity since 16 October 2023, when a gunman shot dead two Swedish football supporters near the Place Sainctelette in central Brussels on the evening of a Belgium-Sweden match. A third Swede was seriously injured in that attack, which the federal prosecutor treated as terrorism.
""", [
    I(True, "attack", "2025-02-23", "Belgium", "Brussels-Capital Region", "Anderlecht", 1, 1, [], ["civilians"]),
    I(False, "attack", "2023-10-16", "Belgium", "Brussels-Capital Region", "Brussels", 2, 1, [], ["civilians"]),
  ], "Primary: Sunday-evening shooting near Clemenceau metro in Anderlecht (1 killed, 1 injured). Background: 16 October 2023 terrorist shooting of Swedish fans in central Brussels (2 killed, 1 injured; no group named). 'More than a dozen shootings since the start of the year' is an aggregate.")

# ---------------------------------------------------------------- 014 Ukraine, Kyiv missile strike (A)
D(14, "https://kyivindependent.com/russian-missile-attack-kyiv-kills-3-injures-9/",
  "Russian missile attack on Kyiv kills 3, injures 9",
  "2024-08-26", """
Ukraine war latest | News Feed | Politics | Business

Russian missile attack on Kyiv kills 3, injures 9

by Kateryna Hodunova | August 26, 2024 1:47 PM | 2 min read

Russia launched a missile attack on Kyiv early on Aug. 26, killing three people and injuring nine, Kyiv Mayor Vitali Klitschko and the city military administration reported.

Debris from a downed cruise missile and a direct hit on a warehouse in the Holosiivskyi district killed two security guards and a truck driver, according to Serhii Popko, head of the Kyiv City Military Administration. Nine people were injured, including a 12-year-old girl who was hurt by broken glass in a nearby apartment block.

Air raid sirens sounded in the capital for nearly four hours. Air defense units shot down most of the missiles targeting the city, Popko said.

The Ukrainian Air Force said Russia had launched ballistic and cruise missiles at several regions overnight. Power outages were reported in parts of Kyiv Oblast after strikes on energy infrastructure.

"Russia continues its terror against our cities," President Volodymyr Zelensky wrote on Telegram, renewing his call for Western partners to provide more air defense systems.

The attack came months after one of the deadliest strikes on the capital. On Dec. 29 last year, Russia's largest combined air attack of the full-scale war killed at least 30 people in Kyiv, many of them when a missile hit a warehouse in the Podilskyi district.

Read also: Russian drone strike on Sumy kills 2, injures 5

We've been covering the war since day one. Support independent journalism: become a member of the Kyiv Independent today.
""", [
    I(True, "shelling", "2024-08-26", "Ukraine", "Kyiv", "Kyiv", 3, 9, ["Russian forces"], ["civilians"], ["perpetrators"]),
    I(False, "shelling", "2023-12-29", "Ukraine", "Kyiv", "Kyiv", 30, None, ["Russian forces"], ["civilians"], ["perpetrators", "event_type"]),
  ], "Primary: Aug. 26 missile strike on Kyiv (3 killed, 9 injured); missiles launched = shelling; Kyiv is its own first-level unit so admin1 = city = Kyiv; the state doer is written 'Russian forces' and unscored. Background: Dec. 29, 2023 attack, 'at least 30' killed in Kyiv; it was a combined missile-and-drone attack, so the type (shelling vs air_strike) is unscored. The Sumy headline is boilerplate.")

# ---------------------------------------------------------------- 015 Ukraine, Kherson region roundup (D)
D(15, "https://www.ukrinform.net/rubric-ato/kherson-region-russian-attacks-two-killed",
  "Russian attacks in Kherson region kill two, injure nine over past day",
  "2024-05-15", """
Ukrinform | War | Kherson

Russian attacks in Kherson region kill two, injure nine over past day

15.05.2024 09:02

Over the past day, Russian troops carried out 48 attacks on Kherson region, firing 286 shells from artillery, mortars, multiple rocket launchers, drones and aircraft. Two people were killed and nine were injured.

Head of the Kherson Regional Military Administration Oleksandr Prokudin reported this on Telegram, Ukrinform reports.

In Kherson, Russian artillery hit a residential area of the Korabelnyi district on Tuesday afternoon, killing a 67-year-old man and injuring three other residents, among them a 15-year-old boy. Several private houses and a grocery store were damaged.

In Bilozerka, a 54-year-old woman was killed on Tuesday evening when a Russian shell exploded in the yard of her house.

In Beryslav, a Russian drone dropped an explosive device on a car on Tuesday, injuring two municipal workers who were on their way to repair a water pipe. They were taken to hospital with shrapnel wounds.

Russian troops also attacked the critical infrastructure and private houses in the settlements of Antonivka, Komyshany and Dniprovske, Prokudin said.

As Ukrinform reported earlier, a Russian drone attack on Kherson on May 10 damaged a bus and injured two passengers.

Photo: Kherson Regional Military Administration

Read also: In Zaporizhzhia region, Russians launch 400 strikes on 8 settlements in past day
""", [
    I(True, "shelling", "2024-05-14", "Ukraine", "Kherson", "Kherson", 1, 3, ["Russian forces"], ["civilians"], ["perpetrators"]),
    I(False, "shelling", "2024-05-14", "Ukraine", "Kherson", "Bilozerka", 1, None, ["Russian forces"], ["civilians"], ["perpetrators"]),
    I(False, "air_strike", "2024-05-14", "Ukraine", "Kherson", "Beryslav", None, 2, ["Russian forces"], ["civilians"], ["perpetrators"]),
    I(False, "air_strike", "2024-05-10", "Ukraine", "Kherson", "Kherson", None, 2, ["Russian forces"], ["civilians"], ["perpetrators"]),
  ], "Daily roundup: the regional total (2 killed, 9 injured in 48 attacks) is an aggregate; annotated are the three specific Tuesday incidents (Kherson artillery 1+3, Bilozerka shell 1, Beryslav drone-dropped explosive 2 injured = air_strike) plus the recalled May 10 Kherson drone attack on a bus. Only 5 of the 9 injured are placed; the rest stay in the aggregate. State doer unscored.")

# ---------------------------------------------------------------- 016 Ukraine, Chornomorsk drone strike (A)
D(16, "https://www.ukrinform.net/rubric-ato/chornomorsk-port-drone-attack-odesa-region",
  "Russian drones hit Chornomorsk port, one killed, five injured",
  "2024-10-08", """
ODESA, Oct. 8 - Russian attack drones struck port infrastructure in Chornomorsk, Odesa Oblast, overnight on Tuesday, killing one person and injuring five, regional authorities said.

According to Odesa Oblast Governor Oleh Kiper, the drones hit a grain terminal and a civilian vessel moored at the port. A 43-year-old port worker was killed. Five more people, including two crew members of the Panama-flagged ship, were injured and taken to hospital.

"The enemy once again attacked the port infrastructure of Odesa region, trying to disrupt the grain corridor," Kiper wrote on Telegram.

Ukraine's Air Force said it had shot down 17 of 23 Shahed-type drones launched by Russia overnight, most of them over Odesa and Mykolaiv oblasts.

Since Russia quit the Black Sea Grain Initiative in July 2023, its forces have repeatedly targeted the ports of Odesa, Chornomorsk and Pivdennyi, which handle most of Ukraine's seaborne grain exports. Kiper said more than 20 civilian ships had been damaged in the ports since then.

The deadliest Russian strike on Odesa this year came on March 2, when a Shahed drone hit a nine-story apartment building in the city's Kyivskyi district, killing 12 people, including five children.

On Sept. 9, a Russian missile strike on Odesa port damaged a grain ship flying the flag of Palau; no one was injured.

Ukrinform
""", [
    I(True, "air_strike", "2024-10-08", "Ukraine", "Odesa", "Chornomorsk", 1, 5, ["Russian forces"], ["civilians"], ["perpetrators"]),
    I(False, "air_strike", "2024-03-02", "Ukraine", "Odesa", "Odesa", 12, None, ["Russian forces"], ["civilians"], ["perpetrators"]),
    I(False, "shelling", "2024-09-09", "Ukraine", "Odesa", "Odesa", 0, 0, ["Russian forces"], ["civilians"], ["perpetrators"]),
  ], "Primary: overnight Shahed drone strike on Chornomorsk port (drone = air_strike; 1 killed, 5 injured), dated Tuesday Oct. 8 as the text says. Background: March 2 drone strike on an Odesa apartment block (12 killed) and the Sept. 9 missile strike on Odesa port (missile = shelling; no one injured -> 0/0). 'More than 20 ships damaged since then' is an aggregate.")

# ---------------------------------------------------------------- 017 Russia, Belgorod shelling (A)
D(17, "https://www.reuters.com/world/europe/ukrainian-shelling-kills-woman-belgorod-2024-03-22/",
  "Ukrainian shelling kills woman, wounds seven in Russia's Belgorod, governor says",
  "2024-03-22", """
MOSCOW, March 22 (Reuters) - Ukrainian rocket fire killed a woman and wounded seven other people, among them two children, in the Russian border city of Belgorod on Friday, the regional governor said.

Governor Vyacheslav Gladkov said on the Telegram messaging app that rockets fired from a multiple launch rocket system struck a residential neighbourhood in the city's east around midday. A woman was killed in her car, and seven people were taken to hospital with shrapnel wounds, two of them in serious condition.

Russia's defence ministry said air defence systems had shot down 10 rockets over the Belgorod region, and that falling debris had damaged several apartment blocks and a school.

Reuters could not independently verify the reports. There was no immediate comment from Kyiv, which does not usually comment on attacks inside Russia.

Belgorod, a city of about 340,000 people some 40 km (25 miles) from the Ukrainian border, has come under frequent attack since Russia launched its full-scale invasion of Ukraine in February 2022. Authorities have closed schools and shopping centres in the city this week and offered to move children to other regions.

The deadliest attack on the city came on Dec. 30, when shelling of the city centre killed 25 people, including five children, and injured more than 100, according to Russian officials. Moscow responded with some of the heaviest missile strikes of the war on Ukrainian cities.

(Reporting by Reuters; Editing by Andrew Osborn)
""", [
    I(True, "shelling", "2024-03-22", "Russia", "Belgorod", "Belgorod", 1, 7, ["Ukrainian forces"], ["civilians"], ["perpetrators"]),
    I(False, "shelling", "2023-12-30", "Russia", "Belgorod", "Belgorod", 25, 100, ["Ukrainian forces"], ["civilians"], ["perpetrators"]),
  ], "Primary: Friday rocket fire on Belgorod (1 killed, 7 wounded); state doer written 'Ukrainian forces' and unscored (the text says 'Ukrainian rocket fire'). Background: Dec. 30 (2023) shelling of central Belgorod (25 killed, 'more than 100' injured -> 100). The 10 rockets shot down and the invasion are context.")

# ---------------------------------------------------------------- 018 Russia, Dagestan suicide bombing (E)
D(18, "https://www.themoscowtimes.com/2023/04/11/suicide-bomber-kills-three-police-dagestan",
  "Suicide Bomber Kills Three Police Officers in Dagestan",
  "2023-04-11", """
News | Dagestan | Terrorism

Suicide Bomber Kills Three Police Officers in Dagestan

April 11, 2023 | The Moscow Times

A suicide bomber blew himself up at a traffic police checkpoint in the North Caucasus republic of Dagestan on Monday, killing three police officers, investigators said.

Four people, including the attacker, died in the blast on the federal highway near the village of Manaskent in the Karabudakhkent district, about 30 kilometers south of the regional capital Makhachkala, Russia's Investigative Committee said. Five other people, two officers and three motorists waiting at the checkpoint, were injured.

According to the regional Interior Ministry, the attacker approached the checkpoint on foot and detonated an explosive belt when officers asked him for identification.

The Islamic State claimed the attack through its Amaq news agency late on Monday, publishing a photograph of a man it said was the bomber. The claim could not be verified.

Investigators have opened a criminal case into a terrorist act and the attempted murder of law enforcement officers.

Read more: Gunmen Kill Two in Ingushetia Shootout With Police

Dagestan, a mostly Muslim region bordering Chechnya, was for years the center of an Islamist insurgency that has since largely subsided. Attacks claimed by the Islamic State have nevertheless continued sporadically. In February 2018, a gunman killed five women outside a church in the town of Kizlyar as worshippers left a church service, before being shot dead by police. The Islamic State claimed that attack too.

Read more: Russia Raises Terror Threat Level in North Caucasus

Support The Moscow Times! Your donation helps us stay independent.
""", [
    I(True, "suicide_bombing", "2023-04-10", "Russia", "Dagestan", "Manaskent", 4, 5, ["Islamic State"], ["police"]),
    I(False, "attack", "2018-02", "Russia", "Dagestan", "Kizlyar", 6, None, ["Islamic State"], ["civilians"]),
  ], "Primary: Monday suicide bombing at a checkpoint near Manaskent, Karabudakhkent district: three officers killed, 'four people, including the attacker' -> killed 4; injured 5 (2 officers + 3 motorists); IS claimed. The text names both the village and the district: city = the village, Manaskent. Background: Kizlyar church shooting Feb 2018 (5 women + the gunman shot dead = 6, a sum). The 'Read more' Ingushetia headline is boilerplate.")

# ---------------------------------------------------------------- 019 Philippines, Negros NPA clash (A)
D(19, "https://newsinfo.inquirer.net/1785512/3-npa-rebels-killed-in-negros-occidental-clash",
  "3 NPA rebels killed, soldier hurt in Negros Occidental clash",
  "2023-06-06", """
NEWSINFO / Regions

3 NPA rebels killed, soldier hurt in Negros Occidental clash

By: Carla P. Gomez - Inquirer Visayas | June 06, 2023

BACOLOD CITY — Three suspected members of the New People's Army (NPA) were killed while a soldier was wounded in a clash in Himamaylan City, Negros Occidental, on Monday morning, the military said.

Lt. Col. Van Donald Almonte, commander of the Army's 94th Infantry Battalion, said soldiers were checking reports of extortion activities by rebels in Sitio Kangkiling, Barangay Buenavista, when they were fired upon by about 15 NPA members at around 6:30 a.m.

The firefight lasted about 20 minutes. The bodies of three rebels, along with two M16 rifles and a grenade, were recovered after the rebels withdrew toward the mountains, Almonte said.

The wounded soldier, a private, was brought to a hospital in Kabankalan City and was in stable condition.

Almonte said the rebels belonged to a unit of the NPA's Komiteng Rehiyon-Negros that was also behind an ambush that killed two soldiers in Barangay Camansi, Kabankalan City, in April.

The communist rebels have been waging a rural insurgency since 1969, one of Asia's longest-running. The military claims the NPA's strength has fallen to fewer than 2,000 fighters nationwide.

READ: Negros' last rebel front 'dismantled,' Army says

Don't miss out on the latest news and information.
Subscribe to INQUIRER PLUS to get access to The Philippine Daily Inquirer & other 70+ titles.

For feedback, complaints, or inquiries, contact us.
""", [
    I(True, "armed_clash", "2023-06-05", "Philippines", "Negros Occidental", "Himamaylan", 3, 1, ["New People's Army"], ["military"]),
    I(False, "attack", "2023-04", "Philippines", "Negros Occidental", "Kabankalan", 2, None, ["New People's Army"], ["military"]),
  ], "Primary: Monday firefight soldiers vs NPA in Himamaylan City (3 rebels killed, 1 soldier wounded) = armed_clash, perpetrators the NPA, target military. Background: April NPA ambush in Kabankalan City (2 soldiers killed; ambush = one-sided attack). Kabankalan also appears as where the soldier was treated (not the event place of the primary). The 'Negros' last rebel front' headline is boilerplate.")

# ---------------------------------------------------------------- 020 Philippines, Datu Piang market bomb (A)
D(20, "https://www.rappler.com/philippines/mindanao/datu-piang-market-explosion-february-2024/",
  "2 dead, 11 hurt in Datu Piang market explosion",
  "2024-02-20", """
MAGUINDANAO DEL SUR, Philippines – An improvised explosive device went off at a crowded public market in Datu Piang town, Maguindanao del Sur, on Monday, February 19, killing two people and wounding 11 others, police said.

The bomb, hidden in a bag left beside a fish stall, exploded at around 7:40 am, when the market was packed with shoppers and vendors, according to Lieutenant Colonel Jopy Ventura, the town's police chief. A 45-year-old fish vendor and a 9-year-old girl died on the spot. Eleven people were brought to hospitals in Datu Piang and Cotabato City; three of them were in critical condition.

No group has claimed responsibility. Ventura said investigators were looking at several possibilities, including extortion by armed groups that have been demanding "protection money" from traders in the area.

The military's 6th Infantry Division said it had placed its units in Maguindanao del Sur on heightened alert and set up additional checkpoints on the highway between Datu Piang and Cotabato City.

Bangsamoro Chief Minister Ahod Ebrahim condemned the attack, calling it "an act of cowardice that has no place in the Bangsamoro."

The blast came less than three months after the bombing of a Catholic Mass at the Mindanao State University gymnasium in Marawi City, Lanao del Sur, on December 3, 2023. That explosion killed four worshippers and wounded more than 40. The Islamic State group claimed responsibility, and the military blamed local militants allied with it.

Soldiers have since killed several suspects in the Marawi bombing in operations in Lanao del Sur. – Rappler.com
""", [
    I(True, "bombing", "2024-02-19", "Philippines", "Maguindanao del Sur", "Datu Piang", 2, 11, [], ["civilians"]),
    I(False, "bombing", "2023-12-03", "Philippines", "Lanao del Sur", "Marawi City", 4, 40, ["Islamic State"], ["civilians"]),
  ], "Primary: IED at Datu Piang market on Monday, February 19 (2 killed, 11 wounded); no claim -> []. Background: Marawi MSU gymnasium bombing, December 3, 2023 (4 killed, 'more than 40' wounded -> 40; IS claimed). Cotabato City is where the wounded were taken. The later operations that killed 'several suspects' are vague (no place/date/toll) and not annotated.")

# ---------------------------------------------------------------- 021 Philippines, Basilan abduction (B)
D(21, "https://newsinfo.inquirer.net/888211/abu-sayyaf-abducts-village-official-son-basilan",
  "Abu Sayyaf abducts village official, son in Basilan",
  "2017-04-11", """
ZAMBOANGA CITY — Suspected Abu Sayyaf bandits abducted a village councilor and his teenage son from their home in Sumisip town, Basilan province, before dawn on Sunday, police and military officials said.

Senior Supt. Nickson Muksan, Basilan police director, said about 10 armed men barged into the house of Barangay Cabengbeng councilor Hadji Isnain Sali, 54, at around 3 a.m. and took him and his 17-year-old son, Jamil, toward the forested hinterlands of the neighboring town of Tipo-Tipo.

Sali's wife and two younger children were left unharmed. No shots were fired during the abduction, Muksan said.

"We believe this is the work of the Abu Sayyaf group under a sub-leader operating in the area. They may be after ransom," said Col. Juvymax Uy, commander of the Army's 104th Infantry Brigade.

Troops and police launched pursuit operations and blocked possible exit points along the coast, Uy said. No ransom demand had been received as of Tuesday morning.

The Abu Sayyaf, a small but brutal group notorious for kidnappings for ransom and beheadings, has carried out a string of abductions in Basilan and Sulu in recent months, including several foreign sailors seized from ships off Sulu.

Last month, Abu Sayyaf gunmen ambushed an Army patrol in Barangay Baguindan, Tipo-Tipo, killing two soldiers and wounding three others, according to the military.

The military says the Abu Sayyaf is holding at least 30 captives, most of them foreign seamen.
""", [
    I(True, "abduction", "2017-04-09", "Philippines", "Basilan", "Sumisip", None, None, ["Abu Sayyaf"], ["government officials", "civilians"]),
    I(False, "attack", "2017-03", "Philippines", "Basilan", "Tipo-Tipo", 2, 3, ["Abu Sayyaf"], ["military"]),
  ], "Primary: abduction of a barangay councilor and his son in Sumisip, Basilan, before dawn on Sunday (no one hurt: killed/injured null, as the text gives no toll); 'suspected Abu Sayyaf' kept as the named group. Background: last month's Abu Sayyaf ambush in Tipo-Tipo (2 soldiers killed, 3 wounded). The string of abductions of foreign sailors and the 30 captives are vague/aggregate.")

# ---------------------------------------------------------------- 022 Kyrgyzstan, road accident, no incident (C)
D(22, "https://24.kg/english/bus_crash_kara_balta_nine_dead",
  "Nine dead, 12 injured as minibus collides with truck on Bishkek-Osh highway",
  "2019-07-18", """
Home | Society | Incidents

Nine dead, 12 injured as minibus collides with truck on Bishkek-Osh highway

BISHKEK, July 18 - Nine people were killed and 12 injured when a passenger minibus collided head-on with a truck on the Bishkek-Osh highway near Kara-Balta in Chui region on Wednesday evening, the Ministry of Emergency Situations said.

The minibus, travelling from Bishkek to Talas, was carrying 21 passengers. According to witnesses, the driver tried to overtake a line of cars on a bend and "shot out into the oncoming lane" just as the truck appeared. One witness said the impact sounded "like an explosion".

Rescuers needed more than two hours to free passengers trapped in the wreckage. Seven people, including the minibus driver, died at the scene and two more died in hospital in Kara-Balta. Three children are among the injured.

The Interior Ministry has opened a criminal case for violation of traffic rules resulting in death. The truck driver was detained.

Deputy Prime Minister Kubatbek Boronov visited the injured and ordered an inspection of all passenger transport companies on the route, which he called "a killer road".

According to the traffic police, 1,015 people were killed in road accidents in Kyrgyzstan last year.

Related:
- Border clash: two Kyrgyz border guards wounded in Batken region
- Deadly mudflow hits village in Jalal-Abad region

Share: Facebook | Twitter | Telegram
""", [], "No incident: a road accident (9 dead, 12 injured) with misleading words ('shot out', 'like an explosion', 'killer road', a detention of the truck driver as part of a traffic case). The Related headline on a Batken border clash is boilerplate and not annotated.")

# ---------------------------------------------------------------- 023 Myanmar, Kani air strike (A)
D(23, "https://www.irrawaddy.com/news/burma/junta-airstrike-kills-11-villagers-in-sagaings-kani-township.html",
  "Junta Airstrike Kills 11 Villagers in Sagaing's Kani Township",
  "2024-04-02", """
Burma | Conflict

Junta Airstrike Kills 11 Villagers in Sagaing's Kani Township

By The Irrawaddy 2 April 2024

A junta airstrike killed 11 civilians, including four children, and injured nine others in Let Yet Kone village in Sagaing Region's Kani Township on Sunday, according to residents and local resistance groups.

A fighter jet dropped two bombs on the village at around 2 pm while residents were gathering at a monastery for a novitiation ceremony, a villager told The Irrawaddy. "There were no resistance fighters in the village. It was just people at a religious event," he said.

The injured were taken to a clinic run by the civilian National Unity Government (NUG), but some needed surgery that the clinic could not provide, residents said.

The junta has not commented on the attack. Regime spokesman Major General Zaw Min Tun has previously said the military only targets "terrorists", the term it uses for resistance forces.

Sagaing Region, a stronghold of the People's Defense Forces (PDFs), has been hit by frequent junta airstrikes and arson attacks since the 2021 coup. In April last year, a junta airstrike on a ceremony to open a local administration office in Pazigyi village in Kanbalu Township killed more than 160 people, including many children, in the deadliest single attack since the coup.

Photo: Villagers gather at the damaged monastery in Let Yet Kone village, Kani Township. / CJ

Topics: Airstrikes, Sagaing Region, Civilian Deaths, Military Regime

You may like these stories too:
- Resistance Forces Seize Junta Camp in Magwe Region
- Regime Troops Torch Over 200 Houses in Sagaing's Myinmu
""", [
    I(True, "air_strike", "2024-03-31", "Myanmar", "Sagaing", "Let Yet Kone", 11, 9, ["Myanmar military"], ["civilians"], ["perpetrators"]),
    I(False, "air_strike", "2023-04", "Myanmar", "Sagaing", "Pazigyi", 160, None, ["Myanmar military"], ["civilians"], ["perpetrators"]),
  ], "Primary: Sunday junta air strike on Let Yet Kone village, Kani Township (11 killed, 9 injured); city = the village as written; state doer 'Myanmar military' unscored (text says 'junta'). Background: Pazigyi, Kanbalu Township, April 2023 ('more than 160' -> 160). The 'You may like' headlines (Magwe camp seizure, Myinmu arson) are boilerplate.")

# ---------------------------------------------------------------- 024 Myanmar, Yangon separate incidents (D)
D(24, "https://www.irrawaddy.com/news/burma/ward-administrator-shot-dead-bomb-hits-office-in-yangon.html",
  "Ward Administrator Shot Dead, Bomb Hits Junta Office in Yangon",
  "2021-11-10", """
A junta-appointed ward administrator was shot dead in Yangon's Thaketa Township on Tuesday morning, while a bomb exploded outside another regime-controlled ward office in Hlaing Tharyar Township on the same day, residents said.

U Aung Myint Thein, 52, the administrator of Ward 7 in Thaketa, was shot twice in the head by two men on a motorbike as he left his home at around 7 am. He died on the way to hospital. Residents said he had been appointed by the military regime after the February coup and had reported residents to the authorities.

No group had claimed responsibility for the killing by Wednesday. Local resistance groups in Yangon have killed dozens of junta-appointed administrators and suspected informants in recent months.

In the afternoon, a bomb planted near the gate of the administration office of Ward 17 in Hlaing Tharyar exploded, injuring two office staff, according to residents. The blast also shattered windows of nearby houses.

Soon after the explosion, regime troops raided houses in the ward and arrested five young men, who were accused of links to the People's Defense Force, residents said. Their whereabouts were unknown on Wednesday.

Separately, junta forces arrested three people, including a woman, during a raid on an apartment in North Okkalapa Township on Tuesday night, accusing them of hiding explosives. The regime-controlled newspaper Global New Light of Myanmar said the three were members of "a terrorist group".

More than 1,200 civilians have been killed by the regime since the coup, according to the Assistance Association for Political Prisoners.
""", [
    I(True, "targeted_killing", "2021-11-09", "Myanmar", "Yangon", "Thaketa", 1, None, [], ["government officials"]),
    I(False, "bombing", "2021-11-09", "Myanmar", "Yangon", "Hlaing Tharyar", None, 2, [], ["government officials"]),
    I(False, "arrest", "2021-11-09", "Myanmar", "Yangon", "Hlaing Tharyar", None, None, ["Myanmar military"], ["civilians"], ["perpetrators", "targets"]),
    I(False, "arrest", "2021-11-09", "Myanmar", "Yangon", "North Okkalapa", None, None, ["Myanmar military"], ["civilians"], ["perpetrators", "targets"]),
  ], "Same-day Yangon incidents: the shooting of a named ward administrator in Thaketa (targeted_killing, primary), the bomb at the Hlaing Tharyar ward office (2 injured), the raid arresting five men after it, and the North Okkalapa raid arresting three. Townships are coded as the city field, admin1 Yangon (Region) as implied by the city. The Hlaing Tharyar raid is a separate incident from the bombing (different actor and act). State doer and the arrested people's category are unscored. AAPP's 1,200 figure is an aggregate.")

# ---------------------------------------------------------------- 025 Thailand, Rueso roadside bomb, injured only (B)
D(25, "https://www.bangkokpost.com/thailand/general/2790412/four-rangers-hurt-in-narathiwat-roadside-bomb",
  "Four rangers hurt in Narathiwat roadside bomb",
  "2024-05-08", """
Home | Thailand | General

Four rangers hurt in Narathiwat roadside bomb

PUBLISHED : 8 May 2024 at 11:25 | Newspaper section: News | Writer: Waedao Harai

NARATHIWAT: Four paramilitary rangers were injured when a bomb exploded beside a road as their patrol truck passed in Rueso district on Tuesday, police said.

The bomb, hidden in a plastic container buried on the roadside in tambon Rueso Ok, went off at about 8.30am as the rangers from Ranger Task Force 4816 were returning from escorting teachers to a school. No one was killed.

Two of the rangers suffered serious shrapnel wounds and were taken to Rueso Hospital before being transferred to Narathiwat Hospital. The blast left a crater about one metre wide and damaged the pickup truck.

Pol Col Sommai Kaewkan, chief of Rueso police, said insurgents had detonated the bomb with a mobile phone from a rubber plantation nearby. Security forces later found a second device about 50 metres away and defused it.

Related: Defence volunteer shot dead in Pattani's Nong Chik

The attack came less than a month after two defence volunteers were killed in a roadside bombing in Bannang Sata district of Yala on April 12.

More than 7,300 people have been killed in violence in the southern border provinces of Yala, Pattani and Narathiwat since the insurgency flared in January 2004, according to Deep South Watch. Peace talks between the government and the Barisan Revolusi Nasional (BRN), the main insurgent group, resumed in February.

Most Popular
- Boy, 14, held over Bangkok mall shooting
- Monsoon to bring heavy rain from next week
- Thai Airways orders new jets
""", [
    I(True, "bombing", "2024-05-07", "Thailand", "Narathiwat", "Rueso", 0, 4, [], ["paramilitary"]),
    I(False, "bombing", "2024-04-12", "Thailand", "Yala", "Bannang Sata", 2, None, [], ["paramilitary"]),
  ], "Primary: Tuesday roadside bomb against a ranger patrol in Rueso district (0 killed, stated; 4 injured); 'insurgents' -> [] (BRN is named only as party to talks, not as the doer). The second device found nearby and defused is part of the same incident, not a separate one. Background: April 12 roadside bomb in Bannang Sata, Yala (2 defence volunteers killed; volunteers coded paramilitary). Deep South Watch's 7,300 is an aggregate; the Related and Most Popular headlines are boilerplate.")

# ---------------------------------------------------------------- 026 Indonesia, Intan Jaya TPNPB ambush (A)
D(26, "https://www.thejakartapost.com/indonesia/2025/04/21/two-soldiers-killed-in-intan-jaya-ambush.html",
  "Two soldiers killed in Intan Jaya ambush, TPNPB claims responsibility",
  "2025-04-21", """
JAKARTA — Two soldiers were killed and another injured when members of the West Papua National Liberation Army (TPNPB) ambushed a military patrol in Sugapa district, Intan Jaya regency, Central Papua, on Sunday, the military said.

The patrol, from an Army battalion deployed to secure the regency, was fired upon while crossing a bridge near Bilogai village in the afternoon, said Cenderawasih Military Command spokesman Lt. Col. Candra Kurniawan. The injured soldier was evacuated by helicopter to Timika, Central Papua.

TPNPB spokesman Sebby Sambom claimed responsibility for the attack in a statement on Monday, saying that the group would continue fighting "until the Indonesian military leaves the land of Papua".

The armed group, which the government calls an "armed criminal group" (KKB), has stepped up attacks in the highlands in recent years. Intan Jaya has been one of the hardest-hit areas, with thousands of residents displaced by fighting.

The group's most high-profile action was the abduction of New Zealand pilot Philip Mehrtens in February 2023. Fighters set fire to his small Susi Air plane after it landed in Paro, Nduga regency, in what is now Highland Papua province, and held him for more than 19 months before releasing him in September last year.

In April 2023, at least six soldiers were killed when TPNPB fighters attacked troops searching for the pilot in Mugi district, Nduga, according to the military.

Rights groups have called on both sides to protect civilians, saying that military operations and rebel attacks have displaced tens of thousands of people in Papua's highlands since 2018.
""", [
    I(True, "attack", "2025-04-20", "Indonesia", "Central Papua", "Sugapa", 2, 1, ["West Papua National Liberation Army"], ["military"]),
    I(False, "abduction", "2023-02", "Indonesia", "Highland Papua", "Paro", None, None, ["West Papua National Liberation Army"], ["civilians"]),
    I(False, "attack", "2023-04", "Indonesia", "Highland Papua", "Mugi", 6, None, ["West Papua National Liberation Army"], ["military"]),
  ], "Primary: Sunday ambush of a patrol in Sugapa district, Intan Jaya (2 soldiers killed, 1 injured), TPNPB claimed (canonical: West Papua National Liberation Army). Timika is where the wounded soldier was flown. Background: abduction of pilot Philip Mehrtens in Paro, Nduga, Feb 2023 (Highland Papua named 'what is now'); April 2023 attack in Mugi district ('at least six' soldiers killed -> 6). His release in September 2024 is not a violent incident.")

# ---------------------------------------------------------------- 027 Turkey, Kahramankazan attack (A, attackers among the dead)
D(27, "https://www.hurriyetdailynews.com/five-killed-22-injured-in-terror-attack-on-defense-firm-near-ankara-201133",
  "Five killed, 22 injured in terror attack on defense firm near Ankara",
  "2024-10-24", """
Türkiye | Politics

Five killed, 22 injured in terror attack on defense firm near Ankara

ANKARA | October 24, 2024

Five people were killed and 22 others wounded when two assailants armed with rifles and explosives attacked the headquarters of a state-owned defense company in Ankara's Kahramankazan district on Wednesday, officials said.

Interior Minister Ali Yerlikaya said the attackers, a man and a woman, arrived in a taxi at about 3.30 p.m., opened fire at the gate and set off explosives before entering the compound. Both attackers were "neutralized" by security forces after a gunfight that lasted more than an hour.

The dead included a security guard, an engineer and the taxi driver, whom the assailants had killed before the attack. Three of the wounded remained in intensive care on Thursday.

Yerlikaya said the attackers were members of the outlawed Kurdistan Workers' Party (PKK). The PKK later claimed the attack in a statement carried by a news agency close to the group.

Hours after the attack, Turkish warplanes struck what the Defense Ministry called PKK targets in northern Iraq and Syria.

Related: Türkiye's defense exports hit record high

The attack was the first deadly attack in the capital in recent years. On Oct. 1 last year, two PKK militants carried out a suicide bombing outside the Interior Ministry in Ankara; both attackers died and two police officers were slightly injured. In the deadliest bombing in Istanbul in years, six people were killed and 81 wounded on Istiklal Avenue on Nov. 13, 2022. Authorities blamed the PKK, which denied involvement.

Share: Facebook | X | WhatsApp | Comment
""", [
    I(True, "attack", "2024-10-23", "Turkey", "Ankara", "Kahramankazan", 7, 22, ["Kurdistan Workers' Party"], ["civilians"]),
    I(False, "suicide_bombing", "2023-10-01", "Turkey", "Ankara", "Ankara", 2, 2, ["Kurdistan Workers' Party"], ["police"]),
    I(False, "bombing", "2022-11-13", "Turkey", None, "Istanbul", 6, 81, ["Kurdistan Workers' Party"], ["civilians"], ["perpetrators", "admin1"]),
  ], "Primary: Wednesday attack on a defence firm in Kahramankazan: 5 killed + the 2 attackers 'neutralized' = 7 (a sum; the taxi driver killed beforehand is counted among the five); 22 wounded; PKK named and claimed. The same-day retaliatory air strikes in Iraq/Syria are stated without place or toll and are not annotated. Background: Oct. 1, 2023 suicide bombing at the Interior Ministry in Ankara (both attackers dead, 2 police injured) and Istiklal Avenue, Istanbul, Nov. 13, 2022 (6 killed, 81 wounded; PKK blamed but denied -> perpetrators unscored; Istanbul province not written separately, admin1 null unscored).")

# ---------------------------------------------------------------- 028 Turkey, football derby, no incident (C)
D(28, "https://www.hurriyetdailynews.com/galatasaray-edge-fenerbahce-in-derby-thriller-title-race-201877",
  "Galatasaray edge Fenerbahçe in derby thriller to take control of title race",
  "2025-05-19", """
Sports | Football

Galatasaray edge Fenerbahçe in derby thriller to take control of title race

ISTANBUL | May 19, 2025

Galatasaray beat Fenerbahçe 3-2 at RAMS Park on Sunday in a derby that had everything: five goals, two disallowed goals, a red card and a late winner that all but settled the Süper Lig title race.

The hosts' attack killed it in the first half. Their Nigerian striker shot the home side ahead after 11 minutes with a low drive, and the captain doubled the lead from the penalty spot before the half-hour mark. "We bombed forward from the first whistle. That was the plan," the Galatasaray coach said afterwards.

Fenerbahçe hit back after the break, scoring twice in eight minutes as they took shot after shot at the home goal. But a header in the 88th minute, after a clash of heads in the box that left the Fenerbahçe centre-back needing stitches, sent the stadium into delirium.

The visiting coach, who was shown a yellow card for his protests on the touchline, said his team had been "killed by one moment of bad defending" and accused the referee of "destroying" the match.

Fenerbahçe fans were banned from the stadium under a security decision by the Istanbul governor's office, and some 3,500 police officers were on duty around the ground. The match passed without major incidents, police said.

Galatasaray now lead by seven points with two games left.

Related:
- Beşiktaş sack coach after cup exit
- Turkish basketball side reach EuroLeague Final Four

Share | Comment
""", [], "No incident: a football report with 'attack killed it', 'shot', 'bombed forward', 'clash of heads', 'killed by one moment', 'destroying' and a police deployment; the match passed without incidents.")

# ---------------------------------------------------------------- 029 Uzbekistan, Karakalpakstan protests, revised toll (E)
D(29, "https://www.rferl.org/a/uzbekistan-karakalpakstan-protest-death-toll-21/31926140.html",
  "Uzbekistan Raises Death Toll From Karakalpakstan Unrest To 21",
  "2022-07-04", """
TASHKENT -- Uzbek authorities have raised the death toll from the unrest in the autonomous Republic of Karakalpakstan to 21, after earlier saying that 18 people were killed when security forces dispersed protesters in the regional capital, Nukus.

The Prosecutor-General's Office said on Monday that three more people had died of their wounds in the hospital. Four members of the security forces were among the dead, it said. A total of 243 people were injured, including 38 law enforcement officers, and 516 people were detained.

The violence erupted on Friday, July 1, when thousands of people gathered in Nukus to protest against proposed constitutional amendments that would have stripped Karakalpakstan of its autonomous status and its right to secede. Witnesses and videos shared on social media showed security forces using stun grenades and firing weapons as they broke up the crowds, and the clashes continued into the next day.

Authorities accused "criminal groups" of trying to seize government buildings. Protesters said they had been peaceful.

President Shavkat Mirziyoev travelled to Nukus and announced that the amendments concerning Karakalpakstan would be dropped. He declared a monthlong state of emergency in the region, and Internet access there remains blocked.

The United Nations and the European Union called for an independent investigation into the deaths. Human Rights Watch said that security forces appeared to have used unjustified lethal force.

The Karakalpaks, a Turkic people closer to Kazakhs than to Uzbeks, number about 2 million in a region of nearly 2 million inhabitants.
""", [
    I(True, "protest", "2022-07-01", "Uzbekistan", "Karakalpakstan", "Nukus", 21, 243, ["security forces"], ["protesters"], ["perpetrators"]),
  ], "Revised toll: 18 -> 21 (gold = 21), 243 injured. Protesters killed by security forces = protest; the four security members among the dead are included in 21. The unrest began Friday, July 1 and continued the next day; date coded as July 1. State doer unscored; the 516 detentions are part of the same event.")

# ---------------------------------------------------------------- 030 Tajikistan, arrests after Crocus (B)
D(30, "https://rus.ozodi.org/a/tajikistan-detains-nine-crocus-suspects-links/32887341.html",
  "Tajikistan Detains Nine People Suspected Of Links To Crocus Attackers",
  "2024-04-02", """
DUSHANBE -- Tajikistan's State Committee for National Security (GKNB) detained nine people in the town of Vahdat on Monday on suspicion of links to the gunmen accused of carrying out last month's attack on a concert hall near Moscow, sources in the security services told RFE/RL's Tajik Service.

The sources said the men, aged between 19 and 35, were detained during overnight raids on several homes in Vahdat, about 20 kilometers east of the capital, Dushanbe. Some of them were relatives or former neighbors of one of the suspects. Officials have not commented publicly.

Relatives of two of the detained men told RFE/RL they had no ties to any extremist group. "He drives a taxi; he has never even been to Russia," the mother of one of them said.

On March 22, gunmen opened fire on concertgoers at the Crocus City Hall in Krasnogorsk in the Moscow region before setting the building on fire, killing 145 people and injuring more than 500. Islamic State Khorasan Province (IS-K), the group's Afghan affiliate, claimed responsibility. Four Tajik citizens have been charged with carrying out the attack.

Tajik citizens have been linked to a number of attacks claimed by the Islamic State group. In July 2018, attackers who pledged allegiance to IS ran over and stabbed a group of foreign cyclists in Danghara district, in the southern Khatlon region, killing four of them; the Islamic State claimed responsibility.

Human rights groups say Tajik migrants in Russia have faced a wave of harassment and detentions since the Crocus attack.
""", [
    I(True, "arrest", "2024-04-01", "Tajikistan", None, "Vahdat", None, None, ["State Committee for National Security"], ["militants"], ["perpetrators", "targets", "admin1"]),
    I(False, "attack", "2024-03-22", "Russia", "Moscow", "Krasnogorsk", 145, 500, ["Islamic State Khorasan Province"], ["civilians"]),
    I(False, "attack", "2018-07", "Tajikistan", "Khatlon", "Danghara", 4, None, ["Islamic State"], ["civilians"]),
  ], "Primary: GKNB raids in Vahdat on Monday, nine detained (arrest); state doer and the detainees' category (suspected militants vs civilians, as relatives insist) unscored; Vahdat is a city of republican subordination, so admin1 null and unscored. Background: Crocus City Hall attack, March 22, Krasnogorsk, Moscow region (admin1 written 'Moscow'; 145 killed, 'more than 500' injured -> 500; IS-K claimed) and the July 2018 attack on cyclists in Danghara, Khatlon (4 killed, IS claimed). The harassment of migrants is vague context.")


def main():
    for d in DOCS:
        doc = {"id": f"fresh4-i{d['n']:03d}", "source": SOURCE, "url": d["url"], "title": d["title"],
               "published": d["published"], "text": d["text"], "origin": ORIGIN,
               "incidents": d["incidents"], "notes": d["notes"]}
        with open(os.path.join(HERE, f"fresh4-i{d['n']:03d}.gold.json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"wrote {len(DOCS)} documents")


if __name__ == "__main__":
    main()
