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
    I(True, "riot", "2025-06-10", "United Kingdom", "Northern Ireland", "Ballymena", None, 15, [], ["police", "civilians"]),
    I(False, "riot", "2025-06-09", "United Kingdom", "Northern Ireland", "Ballymena", None, 17, [], ["police", "civilians"]),
  ], "Primary: Tuesday-night rioting in Ballymena, 15 officers injured, homes attacked, 4 arrests (part of the riot). Background: Monday-night disorder after the vigil (17 officers injured). 'Rioters' are not a named group: perpetrators []. The alleged sexual assault (a crime, not a security incident) and the 'More on this story' links (Larne, Coleraine) are not annotated.")

# ---------------------------------------------------------------- 006 United Kingdom, Strabane device defused (B)
D(6, "https://www.bbc.co.uk/news/uk-northern-ireland-strabane-device-officer-car",
  "Strabane: 'Viable device' found under police officer's car",
  "2021-06-01", """
A viable explosive device has been found under the car of an off-duty police officer in Strabane, County Tyrone, police have said.

The officer discovered the device when checking the vehicle outside a house in the Ballycolman area on Monday morning. It was made safe by Army technical officers later in the day.

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
    I(False, "attack", "2020-10-29", "France", "Provence-Alpes-Côte d'Azur", "Nice", 3, None, [], ["civilians", "clergy"], ["admin1", "targets"]),
    I(False, "targeted_killing", "2020-10", "France", "Île-de-France", "Conflans-Sainte-Honorine", 2, None, [], ["civilians"], ["admin1"]),
  ], "Primary: Tuesday-evening stabbing in Lyon (1 killed, 3 wounded, suspect detained). Background: Nice basilica attack 29 Oct 2020 (3 killed; the victims include a sacristan, so targets unscored) and the beheading of Samuel Paty 'two weeks earlier' (named victim -> targeted_killing; the attacker was shot dead by police -> killed 2; month only). Regions of Nice and Conflans are not named in the text: admin1 given but unscored.")

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
