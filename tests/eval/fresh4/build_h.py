"""Writer h, fresh4 set: 30 full news pages (Africa, Latin America) with gold incidents.
All texts and gold live in the table DOCS below; run `python3 build_h.py` to (re)write fresh4-h001..h030.gold.json.
Texts are the writer's own wording; events and people are invented or loosely modelled on real events."""
import json, os

SRC = "incidentwire fresh4 set (written 2026-12-06)"
ORIGIN = "written for incidentwire"
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = []


def I(primary, event_type, date, country, admin1, city, killed, injured, perps, targets, unscored=()):
    return {"primary": primary, "event_type": event_type, "date": date, "country": country, "admin1": admin1,
            "city": city, "killed": killed, "injured": injured, "perpetrators": list(perps),
            "targets": list(targets), "weapons": None, "unscored": ["weapons"] + list(unscored)}


def D(n, url, title, published, text, incidents, notes):
    DOCS.append({"id": "fresh4-h%03d" % n, "source": SRC, "url": url, "title": title, "published": published,
                 "text": text.strip("\n"), "origin": ORIGIN, "incidents": incidents, "notes": notes})


# ---------------------------------------------------------------- h001 Nigeria, Punch style, boilerplate
D(1, "https://punchng.com/bandits-kill-23-abduct-villagers-in-zamfara-community/",
  "Bandits kill 23, abduct villagers in Zamfara community", "2022-06-14", """
Home | News | Metro Plus | Politics | Sports

Bandits kill 23, abduct villagers in Zamfara community

By Aminu Garba, Gusau

Published 14 June 2022

Bandits have killed 23 people in Dan Kurmi village in the Maru Local Government Area of Zamfara State.

The assailants, said to be more than 100 on motorcycles, stormed the community around 4pm on Sunday, shooting sporadically and setting houses and food stores ablaze. An unspecified number of women and children were taken away into the forest.

A resident, Malam Sani Bello, told PUNCH Metro on the telephone that 23 corpses had been recovered and buried according to Islamic rites on Monday, while eight injured persons were receiving treatment at the General Hospital in Maru.

"They came in their numbers and started shooting at anyone they saw. Some of us ran into the bush and we only came back in the morning to pick up the dead," Bello said.

The Police Public Relations Officer in the state, SP Mohammed Shehu, confirmed the attack, adding that a joint team of police and military had been deployed to the area to forestall further attacks.

Also Read: Gunmen kill two policemen at Imo checkpoint

The latest attack came barely a month after bandits killed 12 farmers in Kadawa village in the Gusau Local Government Area on May 8.

In January, over 200 villagers were killed in coordinated attacks on communities in the Anka and Bukkuyum LGAs of the state, one of the deadliest episodes since the crisis began more than a decade ago.

Residents of Maru have repeatedly called on the state government to equip local vigilantes, saying the military presence in the area was thin.

Most Read
1. Kidnappers abduct 30 passengers on Abuja-Kaduna road
2. Senate passes electoral amendment bill
3. Super Eagles coach names squad for AFCON qualifiers
4. Soldiers repel ISWAP attack on Borno base

Copyright PUNCH. All rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission from PUNCH.
""", [
    I(True, "attack", "2022-06-12", "Nigeria", "Zamfara", "Dan Kurmi", 23, 8, ["bandits"], ["civilians"]),
    I(False, "attack", "2022-05-08", "Nigeria", "Zamfara", "Kadawa", 12, None, ["bandits"], ["civilians"]),
    I(False, "attack", "2022-01", "Nigeria", "Zamfara", None, 200, None, [], ["civilians"], ["city"]),
  ], "Primary: Sunday (12 June) raid on Dan Kurmi, Maru LGA (village as city); women and children taken are part of the same raid. "
     "Background: Kadawa 8 May (12 farmers); January attacks in Anka and Bukkuyum ('over 200' -> 200, two LGAs so city unscored, doer unnamed in that sentence). "
     "Also Read and Most Read headlines are boilerplate, not annotated.")

# ---------------------------------------------------------------- h002 Nigeria, Premium Times style, boilerplate
D(2, "https://www.premiumtimesng.com/news/headlines/iswap-attack-marte-military-base.html",
  "Troops repel ISWAP attack on Marte base, 17 insurgents killed - Army", "2021-03-23", """
Headlines | Nigeria | Borno

Troops repel ISWAP attack on Marte base, 17 insurgents killed - Army

Four soldiers died in the fighting, which lasted nearly three hours, the army said.

By Hamza Idris, Maiduguri

March 23, 2021

Nigerian troops on Monday repelled an attack by fighters of the Islamic State West Africa Province (ISWAP) on a military base in Marte, northern Borno State, the army has said.

The insurgents, who arrived in gun trucks mounted with anti-aircraft guns, attacked the base of the 153 Task Force Battalion at about 5:30 p.m. and were engaged by troops backed by the Air Task Force.

"Our gallant troops neutralised 17 of the terrorists and recovered three gun trucks," the army spokesperson, Mohammed Yerima, said in a statement on Tuesday. "Unfortunately, four soldiers paid the supreme price while seven others were wounded and have been evacuated for treatment."

ISWAP, in a claim circulated on its Telegram channels, said it had killed "dozens" of soldiers. PREMIUM TIMES could not independently verify either account.

The attack on Marte is the latest in a string of assaults on garrison towns in the north of the state. On March 1, ISWAP fighters overran Dikwa, attacked a military base and set fire to the UN humanitarian hub in the town, forcing aid workers to shelter in a bunker for hours.

In November 2020, Boko Haram fighters killed 43 rice farmers at Koshobe near Zabarmari, in the Jere area outside Maiduguri, in one of the worst attacks on civilians in the conflict.

The insurgency, now in its 12th year, has killed tens of thousands of people and displaced more than two million in the North-east.

Support PREMIUM TIMES' journalism of integrity and credibility

Good journalism costs a lot of money. Yet only good journalism can ensure the possibility of a good society, an accountable democracy, and a transparent government.

TEXT AD: Call Willie - +2348098788999

PT Mag Campaign AD
""", [
    I(True, "armed_clash", "2021-03-22", "Nigeria", "Borno", "Marte", 21, 7, ["Islamic State West Africa Province"], ["military"]),
    I(False, "attack", "2021-03-01", "Nigeria", "Borno", "Dikwa", None, None, ["Islamic State West Africa Province"], ["military", "aid workers"]),
    I(False, "attack", "2020-11", "Nigeria", "Borno", "Koshobe", 43, None, ["Boko Haram"], ["civilians"]),
  ], "Primary: Monday 22 March attack on the Marte base, fought off by troops: armed_clash, killed = 17 insurgents + 4 soldiers = 21 (sum), 7 wounded. "
     "Background: Dikwa overrun on 1 March (no toll); Koshobe rice farmers November 2020 (43). The 'tens of thousands' aggregate is not an incident.")

# ---------------------------------------------------------------- h003 Nigeria, Channels TV style, abduction
D(3, "https://www.channelstv.com/2021/02/27/gunmen-abduct-worshippers-from-church-in-niger-state/",
  "Gunmen Abduct 14 Worshippers From Church In Niger State", "2021-02-27", """
Gunmen Abduct 14 Worshippers From Church In Niger State

Updated February 27, 2021

Gunmen have abducted 14 worshippers from a church in Gwada, a community in the Shiroro Local Government Area of Niger State.

The gunmen, described by residents as bandits, invaded the Evangelical Church Winning All (ECWA) in the community during a vigil on Friday night, shooting into the air before herding the worshippers into the bush.

According to the Chairman of Shiroro Local Government, Suleiman Chukuba, two members of the congregation who tried to escape were injured by gunshots and are receiving treatment at a hospital in Kuta. No one was killed in the attack, he said.

"The bandits came on foot, about 20 of them. They took the pastor's wife and 13 others. We are appealing to security agencies to rescue them unhurt," Chukuba told Channels Television.

The Police Public Relations Officer in the state, Wasiu Abiodun, confirmed the incident and said a tactical team had been deployed to comb the forests around Gwada.

The latest abduction comes barely 10 days after gunmen stormed the Government Science College in Kagara, in the neighbouring Rafi Local Government Area, on February 17, killing a student and abducting 42 people, among them 27 students.

The Kagara students and staff are yet to be released, and Governor Abubakar Bello has said the state is negotiating with the abductors without paying ransom.

Watch the report below:

Channels Television | Kagara Abduction: Niger Govt Says Talks With Bandits Ongoing

Share on Facebook | Share on Twitter | WhatsApp
""", [
    I(True, "abduction", "2021-02-26", "Nigeria", "Niger", "Gwada", 0, 2, ["bandits"], ["civilians"]),
    I(False, "abduction", "2021-02-17", "Nigeria", "Niger", "Kagara", 1, None, [], ["civilians"]),
  ], "Primary: Friday-night (26 Feb) church abduction in Gwada, Shiroro LGA; the text says explicitly 'No one was killed' -> killed 0, two injured; "
     "targets civilians (worshippers, incl. the pastor's wife, are civilians). Background: Kagara school abduction 17 Feb (one student killed, 42 abducted; doers 'gunmen' -> []).")

# ---------------------------------------------------------------- h004 Nigeria, Daily Trust style, separate same-day attacks
D(4, "https://dailytrust.com/27-killed-in-fresh-plateau-attacks/",
  "27 killed in fresh Plateau attacks", "2023-05-18", """
27 killed in fresh Plateau attacks

By Ado Abubakar Musa, Jos
Thu, 18 May 2023

At least 27 people were killed in separate attacks on communities in three local government areas of Plateau State on Tuesday, residents and officials said.

The worst hit was Kubwat village in Mangu LGA, where armed herders stormed the community at dusk, shooting residents and burning houses. The village head, Da Yakubu Dagwom, told Daily Trust that 21 people were killed and six others injured.

"They came from two directions and cut off the road to Mangu town. Many of the dead were women and children who could not run," he said.

In Bokkos LGA, four people were killed when attackers invaded Daffo, a farming settlement, in the afternoon. A youth leader in the area, Istifanus Dung, said the victims were returning from a market.

In a separate incident, two farmers were shot dead by unknown gunmen on their farm at Jol in Riyom LGA, according to the chairman of the council, Mr Markus Nyam.

The spokesman of the Plateau State Police Command, DSP Alfred Alabo, confirmed the attacks but gave no figures. He said the Commissioner of Police had ordered the deployment of additional personnel to the affected areas.

The Commander of Operation Safe Haven, Major General Abdulsalam Abubakar, said troops had arrested eight suspects in connection with the Kubwat killings.

Mangu has witnessed renewed violence since the beginning of the year, with dozens of villages deserted.

Related Stories
- Plateau: Youths block Jos-Abuja road over killings
- Gunmen kill vigilante commander in Bassa
""", [
    I(True, "attack", "2023-05-16", "Nigeria", "Plateau", "Kubwat", 21, 6, ["herders"], ["civilians"]),
    I(False, "attack", "2023-05-16", "Nigeria", "Plateau", "Daffo", 4, None, [], ["civilians"]),
    I(False, "attack", "2023-05-16", "Nigeria", "Plateau", "Jol", 2, None, [], ["civilians"]),
  ], "Three separate same-day (Tuesday 16 May) attacks; Kubwat is the largest and is primary; 21+4+2 = the headline 27. "
     "'armed herders' is the text's identity label (kept); Daffo 'attackers' and Jol 'unknown gunmen' -> []. The arrests by troops are follow-up, not a separate incident. Related Stories are boilerplate.")

# ---------------------------------------------------------------- h005 Burkina Faso, RFI English style, boilerplate
D(5, "https://www.rfi.fr/en/africa/20220927-burkina-faso-eleven-soldiers-killed-convoy-attack-djibo",
  "Burkina Faso: eleven soldiers killed, dozens missing in attack on Djibo supply convoy", "2022-09-27", """
Africa | Burkina Faso

Burkina Faso: eleven soldiers killed, dozens missing in attack on Djibo supply convoy

Issued on: 27/09/2022

Eleven soldiers were killed and about fifty civilians are missing after a supply convoy bound for the besieged northern town of Djibo was attacked on Monday, Burkina Faso's government said.

The convoy of some 150 vehicles, escorted by the army, was ambushed near Gaskindé, in Soum province in the Sahel region, by gunmen who opened fire from both sides of the road and set several trucks alight.

"Eleven bodies of soldiers have been recovered. Twenty-eight people, including 20 soldiers, were wounded," government spokesman Lionel Bilgo said in a statement read on national television.

The attack was claimed late on Tuesday by the Group to Support Islam and Muslims (JNIM), the Sahel's al-Qaeda affiliate, according to the SITE Intelligence Group.

Djibo, home to tens of thousands of displaced people, has been under a blockade by jihadists for months and depends on convoys and airlifts for food.

Read also: Mali: army says it killed jihadist commander in Mopti region

The Sahel region has borne the brunt of the violence. In June, gunmen killed at least 86 civilians in Seytenga, also in the Sahel region, close to the border with Niger.

The attack on Seytenga came a year after the June 2021 massacre in Solhan, in Yagha province, where about 160 villagers were killed in the deadliest attack since the insurgency spread from Mali in 2015.

Jihadist violence has killed thousands and forced nearly two million people from their homes in Burkina Faso.

(With AFP)

Newsletter: Receive all the international news directly in your inbox
""", [
    I(True, "attack", "2022-09-26", "Burkina Faso", "Sahel", "Gaskindé", 11, 28, ["Jamaat Nusrat al-Islam wal-Muslimin"], ["military", "civilians"]),
    I(False, "attack", "2022-06", "Burkina Faso", "Sahel", "Seytenga", 86, None, [], ["civilians"]),
    I(False, "attack", "2021-06", "Burkina Faso", "Sahel", "Solhan", 160, None, [], ["civilians"]),
  ], "Primary: Monday (26 Sept) ambush near Gaskindé (Soum province, Sahel region; province is admin2 so admin1 = Sahel); JNIM claimed it. "
     "The ~50 missing civilians are not counted as killed. Background: Seytenga June ('at least 86'); Solhan June 2021 ('about 160' -> 160; Sahel region implied by Yagha/'also'). 'Read also' Mali line is boilerplate.")

# ---------------------------------------------------------------- h006 Mali, AFP style
D(6, None, "Mali: drone strike kills 14 in Kidal region, rebels say", "2023-11-08", """
Mali: drone strike kills 14 in Kidal region, rebels say

BAMAKO (AFP) - A drone strike carried out by the Malian army killed 14 people, including several children, in the northern Kidal region on Sunday, a coalition of mainly Tuareg rebel groups said.

The strike hit a gathering near a well at Amasrakad, a hamlet about 30 kilometres from Anefis, the Permanent Strategic Framework (CSP) said in a statement, adding that all the victims were civilians.

The Malian army said on its social media accounts that it had carried out "precise strikes" on "terrorist" targets in the area, without giving a toll. AFP was unable to independently verify the claims.

Mali's ruling junta launched an offensive in the north in August as UN peacekeepers began handing over their camps, and the army is advancing towards the rebel stronghold of Kidal.

The fighting has drawn in both the rebels and jihadists. On September 12, CSP fighters attacked an army camp at Bourem, in the Gao region. The army said ten soldiers and 46 assailants died in the fighting there.

Days earlier, on September 7, the passenger boat Tombouctou was hit by at least three rockets on the Niger River near Bamba, also in the Gao region, killing 49 civilians and 15 soldiers. The government blamed the attack on the al-Qaeda-linked Group to Support Islam and Muslims (JNIM).

Mali has been ruled by the military since coups in 2020 and 2021. The junta has broken with former colonial power France and turned to Russia for military support, including from the Wagner group.

The violence has killed thousands of civilians and combatants across the Sahel since 2012 and displaced millions.

afp/br/ach
""", [
    I(True, "air_strike", "2023-11-05", "Mali", "Kidal", "Amasrakad", 14, None, ["Malian army"], ["civilians"], ["perpetrators", "targets"]),
    I(False, "armed_clash", "2023-09-12", "Mali", "Gao", "Bourem", 56, None, ["Permanent Strategic Framework"], ["military"], ["perpetrators"]),
    I(False, "shelling", "2023-09-07", "Mali", "Gao", "Bamba", 64, None, ["Jamaat Nusrat al-Islam wal-Muslimin"], ["civilians", "military"]),
  ], "Primary: Sunday (5 Nov) drone strike at Amasrakad (drone = air_strike); doer is the state force, written 'Malian army' (unscored); victims civilians per the CSP, 'terrorists' per the army (targets unscored). "
     "Background: Bourem camp 12 Sept (10 soldiers + 46 assailants = 56; CSP has no settled canonical name -> perps unscored); boat Tombouctou 7 Sept hit by rockets (launched = shelling), 49 + 15 = 64, blamed on JNIM.")

# ---------------------------------------------------------------- h007 Niger, AFP style, updated toll
D(7, None, "Niger: toll from attack on soldiers in Tillaberi rises to 17", "2023-12-13", """
Niger: toll from attack on soldiers in Tillaberi rises to 17

NIAMEY (AFP) - Seventeen Nigerien soldiers were killed in an attack by suspected jihadists in the southwestern Tillaberi region on Monday, the defence ministry said, revising upwards an earlier toll.

An army unit was ambushed near the village of Tassia, in the Tera department, by "more than a hundred terrorists" on motorcycles, the ministry said in a first statement on Monday evening, which reported 12 soldiers killed.

Troops fought back and called in air support, forcing the assailants to withdraw towards the border with Burkina Faso, it said.

In a second statement read on state television on Tuesday evening, the ministry said the toll had risen to 17 dead after five of the wounded died of their injuries. Twenty other soldiers were wounded and evacuated to Niamey, it added.

The ministry did not say whether any of the assailants had been killed.

The attack was not immediately claimed. The area where Niger, Burkina Faso and Mali meet is a stronghold of both the Islamic State group's Sahel affiliate and the al-Qaeda-linked JNIM.

Niger's military regime, which seized power in a coup in July, has justified its takeover by pointing to the deteriorating security situation. It has since ordered French troops out of the country.

Attacks have continued unabated in the region, with hundreds of soldiers and civilians killed since the start of the year, according to the conflict monitoring group ACLED.

burs-sst/cw
""", [
    I(True, "armed_clash", "2023-12-11", "Niger", "Tillaberi", "Tassia", 17, 20, [], ["military"]),
  ], "Updated toll: first statement 12 killed, revised to 17 (gold = final figure); 20 wounded. Ambush with troops fighting back -> armed_clash. "
     "No claim; IS Sahel and JNIM are only mentioned as present in the area, so perpetrators []. 'hundreds ... since the start of the year' is an aggregate.")

# ---------------------------------------------------------------- h008 Somalia, Garowe Online style, attacker among the dead
D(8, "https://www.garoweonline.com/en/news/somalia/suicide-bomber-kills-seven-at-mogadishu-restaurant",
  "Suicide bomber kills seven at Mogadishu restaurant near police academy", "2022-11-22", """
Suicide bomber kills seven at Mogadishu restaurant near police academy

MOGADISHU, Somalia - At least seven people, including the attacker, were killed when a suicide bomber blew himself up inside a busy restaurant near the General Kahiye police academy in Mogadishu on Monday evening, police and witnesses said.

The blast tore through the Hassan Lafoole restaurant in Hodan district as patrons, many of them off-duty police officers, were having dinner, police spokesman Abdifatah Aden Hassan told reporters.

"The terrorist entered the restaurant wearing an explosive vest and detonated it among the customers. Six people lost their lives together with the bomber himself, and 11 others were wounded," he said.

Witnesses said three of the dead were police officers. Ambulance services said the wounded were taken to Madina and Erdogan hospitals.

Al-Shabaab claimed responsibility for the attack through its Andalus radio station, saying it had targeted "apostate police officers".

The attack comes less than a month after the October 29 twin car bombings at the Education Ministry junction in Mogadishu, which killed more than 120 people in the deadliest attack in the Banadir region since 2017. Al-Shabaab also claimed that attack.

President Hassan Sheikh Mohamud has declared "total war" on the militant group, and government forces backed by clan militias have retaken several towns in Hiiraan and Middle Shabelle regions in recent months.

Al-Shabaab, which is allied to al-Qaeda, has fought for more than 15 years to topple Somalia's internationally backed federal government.

Related: Somali forces retake strategic town in Middle Shabelle
""", [
    I(True, "suicide_bombing", "2022-11-21", "Somalia", "Banadir", "Mogadishu", 7, 11, ["al-Shabaab"], ["civilians", "police"]),
    I(False, "bombing", "2022-10-29", "Somalia", "Banadir", "Mogadishu", 120, None, ["al-Shabaab"], ["civilians"]),
  ], "Primary: Monday (21 Nov) restaurant suicide bombing; 'seven, including the attacker' -> killed 7 (six victims + bomber), 11 wounded; patrons incl. off-duty police -> civilians + police. "
     "Background: 29 Oct twin car bombings ('more than 120' -> 120; car bombs, not stated as suicide -> bombing). The 2017 reference is only a comparison.")

# ---------------------------------------------------------------- h009 Somalia, Hiiraan Online style, NO incident (disease outbreak)
D(9, "https://www.hiiraan.com/news4/2017/Apr/cholera_outbreak_kills_34_in_baidoa_camps.aspx",
  "Cholera outbreak kills 34 in Baidoa camps as drought deepens", "2017-04-11", """
Hiiraan Online | News | Somali News | Opinion | Sports

Cholera outbreak kills 34 in Baidoa camps as drought deepens

Tuesday April 11, 2017

Baidoa (HOL) - At least 34 people, most of them children under five, have died of acute watery diarrhoea and cholera in camps for displaced people around Baidoa over the past two weeks, health officials in South West State said.

The outbreak has hit hardest in settlements on the outskirts of the town, where tens of thousands of families who fled the drought in Bay and Bakool regions have arrived since January with little more than the clothes they were wearing.

"The disease attacks the weakest first. Children who are already malnourished die within hours if they do not reach a clinic," said Dr Abdirahman Mohamed Nur, who runs a cholera treatment centre in the town. He said the centre had received more than 600 patients this month alone.

The World Health Organization has warned that the killer disease could spread further once the Gu rains begin, as latrines overflow and water sources are contaminated.

Aid agencies say their response is hampered by insecurity, with al-Shabaab controlling many of the roads linking Baidoa to surrounding districts, and by a shortfall in funding. A UN appeal for Somalia is less than half funded.

The Somali government declared the drought a national disaster in February. Officials fear a repeat of the 2011 famine, which killed more than a quarter of a million people.

Residents of the camps say they are running out of clean water. "We buy a jerrycan for half a dollar, and most of us have nothing," said Halima Aden, a mother of six from Burhakaba district.

Related Stories
- Al-Shabaab fighters attack army base in Lower Shabelle
- Puntland forces clash with militants in Galgala hills
- Drought: Somali PM appeals for international aid

Copyright (c) 2017 Hiiraan Online
""", [], "No security incident: disease deaths and the 2011 famine toll are not incidents; the al-Shabaab road control is generic context. "
         "Related Stories headlines (attack, clash) are boilerplate and not annotated. 'The disease attacks' and 'killer disease' are decoys.")

# ---------------------------------------------------------------- h010 DR Congo, Radio Okapi English style
D(10, "https://www.radiookapi.net/en/2020/11/12/beni-16-civilians-killed-adf-attack-kisima",
  "Beni: 16 civilians killed in ADF attack on Kisima", "2020-11-12", """
Beni: 16 civilians killed in ADF attack on Kisima

Sixteen civilians were killed on Tuesday evening in an attack attributed to the ADF rebels in Kisima village, in the Beni-Mbau sector of Beni territory (North Kivu). Three other people were wounded and several are missing, local sources said on Thursday.

According to the president of civil society in the sector, Kinos Katuho, the assailants entered the village at around 7 p.m. and attacked residents with machetes and firearms before setting fire to about ten houses.

"We have buried 16 bodies. Among them are women and children. The three wounded are at the Oicha general referral hospital," he told Radio Okapi.

The army spokesman for operations in the region, Captain Antony Mwalushayi, confirmed the attack and said FARDC troops had been deployed in pursuit of the assailants, whom he identified as Allied Democratic Forces (ADF) rebels.

This attack comes less than a month after the ADF attacked the Kangbayi central prison in the city of Beni on October 20, killing two police officers who guarded it and freeing more than 1,300 inmates. Only a few hundred of the escapees have since been recaptured.

Civil society organisations in Beni territory say more than 1,000 civilians have been killed by the ADF since the army launched large-scale operations against the group at the end of October 2019.

The local population is calling for the reinforcement of military positions along the Mbau-Kamango road, which the rebels regularly cross.
""", [
    I(True, "attack", "2020-11-10", "Democratic Republic of the Congo", "North Kivu", "Kisima", 16, 3, ["Allied Democratic Forces"], ["civilians"]),
    I(False, "attack", "2020-10-20", "Democratic Republic of the Congo", "North Kivu", "Beni", 2, None, ["Allied Democratic Forces"], ["police", "prisoners"], ["targets"]),
  ], "Primary: Tuesday-evening (10 Nov) attack on Kisima, Beni territory; Oicha is only where the wounded were taken. "
     "Background: Kangbayi prison attack in Beni city on 20 Oct (two police guards killed, jailbreak; targets police, prisoners freed -> targets unscored). 'more than 1,000 ... since 2019' is an aggregate.")

# ---------------------------------------------------------------- h011 DR Congo, Actualite.cd style, separate incidents, boilerplate
D(11, "https://actualite.cd/2024/02/08/nord-kivu-bombs-fall-sake-four-civilians-killed",
  "North Kivu: four civilians killed as bombs fall on Sake, fighting in Masisi and Rutshuru", "2024-02-08", """
ACTUALITE.CD | Politics | Security | Economy | Provinces

North Kivu: four civilians killed as bombs fall on Sake, fighting in Masisi and Rutshuru

Published on 8 February 2024

Four civilians were killed and 11 others wounded on Wednesday when shells fired from M23 positions on the hills above Sake fell on the Zaina neighbourhood of the town, 25 kilometres west of Goma, local sources told ACTUALITE.CD.

"The bombs fell at around 10 a.m. on houses and on the market. Two children are among the dead," said a member of Sake's civil society, who asked not to be named. The wounded were evacuated to the CBCA Ndosho hospital in Goma.

On the same day, in Masisi territory, the FARDC and the M23 rebels clashed for several hours around Ngungu. A military source reported two soldiers killed on the government side, without giving a figure for the rebels.

Further north, in Rutshuru territory, unidentified armed men abducted three farmers in their fields at Kisharo on Wednesday afternoon, according to the local chief, who said no ransom demand had yet been received.

Read also: Ituri: CODECO militiamen accused of killing 12 displaced people in Djugu

The M23, which has been fighting the Congolese army since late 2021, has tightened its grip around Goma in recent weeks. Hundreds of thousands of people have fled the area around Sake towards the provincial capital.

The provincial authorities have called on residents to remain calm, assuring them that the FARDC and their allies control the situation.

Tags: M23, Sake, Masisi, Rutshuru, North Kivu

Comments (0) | Share: Facebook | X | WhatsApp
""", [
    I(True, "shelling", "2024-02-07", "Democratic Republic of the Congo", "North Kivu", "Sake", 4, 11, ["M23"], ["civilians"]),
    I(False, "armed_clash", "2024-02-07", "Democratic Republic of the Congo", "North Kivu", "Ngungu", 2, None, ["M23"], ["military"]),
    I(False, "abduction", "2024-02-07", "Democratic Republic of the Congo", "North Kivu", "Kisharo", None, None, [], ["civilians"]),
  ], "Three same-day (Wednesday 7 Feb) incidents in North Kivu: shelling of Sake (launched shells = shelling; 'bombs' in the quote are shells), FARDC-M23 clash at Ngungu (2 soldiers; rebel losses not given), abduction of three farmers at Kisharo (no deaths). "
     "Goma is only where the wounded went. The Ituri 'Read also' line is boilerplate.")

# ---------------------------------------------------------------- h012 Sudan, Sudan Tribune style, boilerplate
D(12, "https://sudantribune.com/article284010/",
  "RSF shelling kills nine in El Fasher displacement camp", "2024-06-03", """
Home | Sudan | Darfur | South Sudan | Politics

RSF shelling kills nine in El Fasher displacement camp

June 3, 2024 (EL FASHER) - Nine people were killed and 23 others injured on Sunday when shells fired by the Rapid Support Forces (RSF) struck the Abu Shouk camp for displaced people on the northern edge of El Fasher, the capital of North Darfur state, a camp official said.

Mohamed Adam Hassan, a spokesperson for the camp's coordination committee, told Sudan Tribune that the shells landed near a water point and a Quranic school in the morning, when the area was crowded with women and children.

"The injured were taken to the Saudi Hospital, which is itself barely working. We do not have enough medicine to treat them," he said.

The Sudanese Armed Forces (SAF) and allied armed movements have been defending El Fasher, the last major city in Darfur outside RSF control, against an RSF siege since early May.

In April, RSF fighters stormed the town of Mellit, about 60 kilometres north of El Fasher, killing at least 12 people and looting the market, according to local activists.

The fighting in Darfur has revived memories of the violence in El Geneina, West Darfur, where governor Khamis Abakar was killed in June 2023 hours after he accused the paramilitary group of genocide in a television interview. The army blamed the RSF, which denied any role.

The UN Security Council has called for an end to the siege of El Fasher, home to more than 1.5 million people, many of them displaced from earlier waves of fighting.

Read more:
- Sudan: army says it repulsed RSF attack on Babanusa
- Drone strike hits fuel depot in Port Sudan

Sudan Tribune - Plural news and views on Sudan
""", [
    I(True, "shelling", "2024-06-02", "Sudan", "North Darfur", "El Fasher", 9, 23, ["Rapid Support Forces"], ["civilians"]),
    I(False, "attack", "2024-04", "Sudan", "North Darfur", "Mellit", 12, None, ["Rapid Support Forces"], ["civilians"]),
    I(False, "targeted_killing", "2023-06", "Sudan", "West Darfur", "El Geneina", 1, None, ["Rapid Support Forces"], ["government officials"], ["perpetrators"]),
  ], "Primary: Sunday (2 June) RSF shelling of Abu Shouk camp 'on the northern edge of El Fasher': city coded El Fasher (a scorer might take Abu Shouk). "
     "Background: Mellit April (12); killing of West Darfur governor Khamis Abakar, June 2023 (army blamed RSF, RSF denied -> perps unscored). "
     "The siege since May is context. Read more headlines are boilerplate.")

# ---------------------------------------------------------------- h013 South Sudan, Radio Tamazuj style
D(13, "https://www.radiotamazuj.org/en/news/article/11-killed-in-cattle-raid-in-jonglei-s-duk-county",
  "11 killed in cattle raid in Jonglei's Duk County", "2025-01-20", """
11 killed in cattle raid in Jonglei's Duk County

DUK - At least eleven people were killed and seven others wounded when armed youth attacked a cattle camp in Duk County of Jonglei State on Saturday, a local official said.

Duk County Commissioner Gai Mabior told Radio Tamazuj on Sunday that the attackers, who he said came from the Greater Pibor Administrative Area, raided the Pajut cattle camp at dawn and drove away more than 2,000 head of cattle.

"Among the dead are two women and a child. The youth of Pajut pursued the raiders and managed to recover some of the cattle," he said. The wounded were flown to Bor for treatment, he added.

The Chief Administrator of the Greater Pibor Administrative Area could not be reached for comment.

The attack is the second of its kind in the area in less than two months. In December, a similar raid in the Pakeer area of Twic East County left 17 people dead, according to local authorities.

Jonglei State Information Minister Akuot Chol said the state government was working with the national authorities to deploy more forces along the border with the Greater Pibor Administrative Area to prevent revenge attacks.

Cattle raiding and revenge attacks between communities in Jonglei and the Greater Pibor Administrative Area have killed hundreds of people in recent years, despite repeated peace conferences.

Radio Tamazuj is an independent news service for Sudan and South Sudan.
""", [
    I(True, "attack", "2025-01-18", "South Sudan", "Jonglei", "Pajut", 11, 7, [], ["civilians"]),
    I(False, "attack", "2024-12", "South Sudan", "Jonglei", "Pakeer", 17, None, [], ["civilians"], ["targets"]),
  ], "Primary: Saturday (18 Jan) raid on Pajut cattle camp, Duk County (camp name as city; a scorer may prefer Duk). 'armed youth' is not a named group -> []. "
     "Background: December raid in Pakeer, Twic East (17 dead; victims not described -> targets unscored). Bor is only where the wounded went.")

# ---------------------------------------------------------------- h014 Ethiopia, Addis Standard style, arrest
D(14, "https://addisstandard.com/news-police-detain-three-journalists-in-addis-abeba/",
  "News: Police detain three journalists in Addis Abeba, whereabouts unknown", "2023-03-30", """
News: Police detain three journalists in Addis Abeba, whereabouts unknown

Addis Abeba - Members of the Federal Police detained three journalists working for a privately owned online outlet on Tuesday, colleagues and family members told Addis Standard.

The journalists, Meskerem Abera, Dawit Begashaw and Tesfaye Lemma of Ethio Mereja Media, were taken from the outlet's office in the Bole area of Addis Abeba in the afternoon. Witnesses said about ten officers, some in civilian clothes, took computers and cameras from the office. No one was hurt, they said.

"We went to several police stations on Wednesday but nobody could tell us where they are being held," a relative of one of the journalists said.

The Federal Police have not commented on the arrests. Government officials have in recent months accused some media outlets of "disseminating hate speech" and "inciting violence" in connection with the conflict in the Amhara region.

The Ethiopian Media Authority said it was not informed of the detentions.

In November last year, two journalists of Ethio News were detained by regional security forces in Bahir Dar, the capital of the Amhara region, and held for three weeks without charge.

The Committee to Protect Journalists (CPJ) said Ethiopia was one of the worst jailers of journalists in sub-Saharan Africa, with at least ten reporters behind bars at the end of last year.

The arrests come as the government and the Tigray People's Liberation Front (TPLF) implement the peace agreement signed in Pretoria in November.
""", [
    I(True, "arrest", "2023-03-28", "Ethiopia", "Addis Abeba", "Addis Abeba", None, None, ["Federal Police"], ["journalists"], ["perpetrators"]),
    I(False, "arrest", "2022-11", "Ethiopia", "Amhara", "Bahir Dar", None, None, ["regional security forces"], ["journalists"], ["perpetrators"]),
  ], "Primary: Tuesday (28 March) detention of three journalists in Addis Abeba (chartered city = its own first-level unit, so admin1 = city, text spelling 'Addis Abeba'). "
     "'No one was hurt' is said of a raid that was not an attack; killed/injured left null (no casualty count for an arrest). State doer kept as named, unscored. "
     "Background: November 2022 detention of two journalists in Bahir Dar. The Pretoria agreement and CPJ count are context.")

# ---------------------------------------------------------------- h015 Mozambique, Cabo Ligado weekly style, several incidents
D(15, "https://www.caboligado.com/reports/cabo-ligado-weekly-8-14-august-2022",
  "Cabo Ligado Weekly: 8-14 August 2022", "2022-08-17", """
Cabo Ligado Weekly: 8-14 August 2022

Figures at a Glance
- Total organized political violence events in Mozambique since October 2017: 1,610
- Total reported fatalities from organized political violence since October 2017: 4,200

Situation Summary

Insurgent activity picked up in Macomia district last week, while violence spread again across the provincial border into Niassa.

The most significant event of the week took place on 12 August, when insurgents attacked Mucojo, a coastal town in Macomia district, killing four civilians and burning around 40 homes. Islamic State claimed the attack through its Amaq outlet two days later, posting photographs of burning houses.

On 9 August, Rwandan forces clashed with insurgents near Mbau, in Mocimboa da Praia district. The Rwanda Defence Force said its troops killed five insurgents and recovered weapons; it reported no losses of its own.

On 13 August, insurgents beheaded two farmers near Nkonga, in Nangade district, according to local sources. The victims had returned to their fields a week earlier after two years in a displacement camp.

In Niassa province, insurgents raided a village in Mecula district on 14 August, killing one man and looting food stores, before moving south towards the Niassa Special Reserve. It is the first insurgent attack in Niassa since December.

Government Response

The Mozambican Defence Armed Forces (FADM) announced the deployment of additional troops to Macomia, and Cabo Delgado's governor visited Mucojo on 15 August to meet displaced residents.

Cabo Ligado - or 'connected Cabo' - is a conflict observatory launched in partnership with Zitamar News, Mediafax and ACLED.
""", [
    I(True, "attack", "2022-08-12", "Mozambique", "Cabo Delgado", "Mucojo", 4, None, ["Islamic State"], ["civilians"]),
    I(False, "armed_clash", "2022-08-09", "Mozambique", "Cabo Delgado", "Mbau", 5, None, [], ["military"]),
    I(False, "attack", "2022-08-13", "Mozambique", "Cabo Delgado", "Nkonga", 2, None, [], ["civilians"]),
    I(False, "attack", "2022-08-14", "Mozambique", "Niassa", "Mecula", 1, None, [], ["civilians"]),
  ], "Weekly roundup: four separate incidents in one week; the text calls Mucojo the most significant -> primary. Cabo Delgado is named only in the 'Government Response' section; Niassa incident has its own admin1; Mecula is a district (no village named). "
     "The 'Figures at a Glance' totals are aggregates. Insurgents not named except for the IS claim of Mucojo.")

# ---------------------------------------------------------------- h016 Cameroon, Anglophone regions, Mimi Mefo Info style
D(16, "https://mimimefoinfos.com/bali-nyonga-three-soldiers-killed-separatist-ambush/",
  "Bali Nyonga: Three soldiers killed in separatist ambush", "2022-10-11", """
Bali Nyonga: Three soldiers killed in separatist ambush

By MMI Newsroom | North West | 11 October 2022

Three soldiers were killed on Sunday when separatist fighters ambushed a military patrol at the entrance of Bali Nyonga in Mezam division of the North West region, sources in the town told MMI.

According to the sources, the fighters opened fire on the patrol vehicle from the bushes along the Bamenda-Bali road. The soldiers returned fire, killing one of the attackers, before reinforcements arrived from Bamenda.

The Ambazonia Defence Forces (ADF) claimed the ambush in a video shared on social media, showing weapons they said were seized from the soldiers. A military source confirmed the death of three soldiers but said the "terrorists" had fled with heavy losses.

Bali Nyonga has been a flashpoint in the Anglophone crisis since 2018, with residents frequently caught in the crossfire.

Last month, suspected separatist fighters abducted seven students from a secondary school in Bafut, also in Mezam division. The students were released after four days.

The crisis, which began in 2016 as peaceful protests by lawyers and teachers, has since claimed more than 6,000 lives. One of its darkest days was the October 2020 attack on a school in Kumba, in the South West region, in which gunmen killed seven schoolchildren.

Separatists have imposed lockdowns and school boycotts in the two English-speaking regions, which the government says it is countering with a strong military presence and a programme of disarmament.
""", [
    I(True, "armed_clash", "2022-10-09", "Cameroon", "North West", "Bali Nyonga", 4, None, ["Ambazonia Defence Forces"], ["military"]),
    I(False, "abduction", "2022-09", "Cameroon", "North West", "Bafut", None, None, ["separatists"], ["civilians"], ["perpetrators"]),
    I(False, "attack", "2020-10", "Cameroon", "South West", "Kumba", 7, None, [], ["civilians"]),
  ], "Primary: Sunday (9 Oct) ambush at Bali Nyonga; soldiers returned fire -> armed_clash; killed = 3 soldiers + 1 attacker = 4 (sum). "
     "ADF here is the Ambazonia Defence Forces, not the Congolese ADF. Background: Bafut school abduction last month ('suspected' -> perps unscored); Kumba school attack, October 2020 (7). '6,000 lives' is an aggregate.")

# ---------------------------------------------------------------- h017 Kenya, Nation style, injured only
D(17, "https://nation.africa/kenya/counties/lamu/four-police-officers-injured-as-vehicle-hits-ied-in-lamu",
  "Four police officers injured as vehicle hits IED in Lamu", "2021-09-23", """
Four police officers injured as vehicle hits IED in Lamu

LAMU - Four police officers were injured on Wednesday when their vehicle ran over an improvised explosive device near Basuba in Lamu East sub-county.

The officers, attached to the General Service Unit (GSU) camp at Basuba, were on a routine patrol along the Basuba-Milimani road when the explosive went off at about 10am, Lamu County Police Commander Moses Murithi said.

"Four officers sustained injuries, two of them serious. They were airlifted to Nairobi for specialised treatment. No officer was killed," Mr Murithi said.

He blamed the attack on al-Shabaab militants who he said were hiding in the Boni forest, which straddles the Kenya-Somalia border, and said a security operation was under way in the area.

Lamu County has suffered a series of attacks by the Somalia-based militants over the past decade.

In January 2020, al-Shabaab fighters attacked the Camp Simba military base at Manda Bay, killing three Americans - a US soldier and two contractors - and destroying several aircraft.

Residents of Basuba, Milimani and Mangai villages have complained that the attacks have cut them off from markets and health services, with teachers and nurses refusing postings to the area.

Security experts say the militants have increasingly relied on roadside bombs since the launch of the Linda Boni operation in 2015, which pushed them out of many of their forest hideouts.

Also read:
- Police officer shot dead in Mandera
- Eight arrested over Garissa University attack anniversary threats
""", [
    I(True, "bombing", "2021-09-22", "Kenya", "Lamu", "Basuba", 0, 4, ["al-Shabaab"], ["police"]),
    I(False, "attack", "2020-01", "Kenya", "Lamu", "Manda Bay", 3, None, ["al-Shabaab"], ["military", "civilians"]),
  ], "Primary: Wednesday (22 Sept) IED strike on a police vehicle near Basuba; 4 injured; the text says 'No officer was killed' -> killed 0 (explicit zero, coded as a count). Police blame al-Shabaab (kept). "
     "Background: Camp Simba/Manda Bay, January 2020 (3 Americans: soldier + two contractors -> military + civilians). Also read headlines are boilerplate.")

# ---------------------------------------------------------------- h018 Mexico, Mexico News Daily style, boilerplate
D(18, "https://mexiconewsdaily.com/news/six-killed-in-irapuato-bar-attack/",
  "Six killed in armed attack on Irapuato bar", "2024-03-28", """
News | Crime & Security

Six killed in armed attack on Irapuato bar

Published on Thursday, March 28, 2024

Armed men opened fire inside a bar in Irapuato, Guanajuato, late on Tuesday, killing six people and wounding three, state authorities said.

The attackers arrived in two vehicles at around 11:30 p.m., entered the bar on Guerrero Avenue in the city's center and shot at customers and staff before fleeing, according to the Guanajuato Attorney General's Office (FGE).

Five men and one woman died at the scene. The three wounded were taken to the Irapuato General Hospital, where one was reported in serious condition.

The FGE said it had opened an investigation into homicide and was examining security camera footage. No arrests had been made by Wednesday night.

Guanajuato has been Mexico's most violent state for much of the past five years, as the Jalisco New Generation Cartel (CJNG) and the Santa Rosa de Lima Cartel fight for control of fuel theft and drug dealing.

Bars have frequently been targeted. In October 2022, gunmen killed 12 people at a bar in Irapuato in one of the deadliest attacks of that year.

Earlier this month, on March 9, two municipal police officers were killed when they were ambushed while on patrol in Celaya, a city of 500,000 that has the highest number of police killings in the country.

Irapuato Mayor Lorena Alfaro said the municipality would reinforce patrols in the center and called on federal authorities to send more National Guard troops to the state.

With reports from El Sol de Irapuato and Milenio

Related: Guanajuato: Bodies of seven found in clandestine grave in Salvatierra

MND Daily Newsletter - Sign up for free
""", [
    I(True, "attack", "2024-03-26", "Mexico", "Guanajuato", "Irapuato", 6, 3, [], ["civilians"]),
    I(False, "attack", "2022-10", "Mexico", "Guanajuato", "Irapuato", 12, None, [], ["civilians"]),
    I(False, "attack", "2024-03-09", "Mexico", "Guanajuato", "Celaya", 2, None, [], ["police"]),
  ], "Primary: late-Tuesday (26 March) bar shooting in Irapuato (6 dead, 3 wounded); CJNG and Santa Rosa de Lima are named only as rivals in the state -> perpetrators []. "
     "Background: Irapuato bar, October 2022 (12); Celaya police ambush 9 March (2). The Salvatierra grave is a related-link headline (boilerplate).")

# ---------------------------------------------------------------- h019 Mexico, El Universal English style, NO incident (policy / statistics)
D(19, "https://www.eluniversal.com.mx/english/homicides-fell-in-2024-says-security-cabinet/",
  "Homicides fell in 2024, says Security Cabinet; critics question figures", "2025-02-04", """
Homicides fell in 2024, says Security Cabinet; critics question figures

MEXICO CITY - Intentional homicides in Mexico fell by 16% in the last four months compared with the same period a year earlier, Security Secretary Omar García Harfuch said on Tuesday at President Claudia Sheinbaum's morning press conference.

According to figures from the National Public Security System (SESNSP), an average of 71 people were killed per day in January, compared with 86 in September, when the new administration took office.

"These are not just numbers. Behind each figure there is a family, and that is why we are working on the causes and on intelligence, not on improvised clashes," García Harfuch said.

The president said the strategy, which combines social programs for young people with more investigations and arrests, would "attack the roots" of violence. She said more than 10,000 suspects had been detained since October.

Critics, however, say the figures understate the violence. The civil organization Causa en Común said the number of missing persons and of bodies found in clandestine graves had risen, and that homicides in states such as Sinaloa, Guanajuato and Baja California remained at historic highs.

"You cannot claim a drop in homicides while disappearances shoot up," said the group's director, María Elena Morera. "The government is counting the dead selectively."

The opposition PAN said the announcement was a "media shot" aimed at the United States, which has threatened tariffs unless Mexico does more to stop fentanyl trafficking.

Analysts also noted that the first weeks of the year are traditionally less violent and that year-on-year comparisons would be more telling by mid-2025.

Mexico recorded more than 30,000 homicides in 2024, according to SESNSP, making it one of the most violent countries in the world.
""", [], "No incident: national homicide statistics, arrests in aggregate and a policy debate. Decoys: 'killed per day', 'clashes', 'attack the roots', 'shoot up', 'media shot'.")

# ---------------------------------------------------------------- h020 Mexico, arrest
D(20, None, "Navy arrests alleged CJNG plaza boss in Zapopan raid", "2022-04-26", """
Navy arrests alleged CJNG plaza boss in Zapopan raid

GUADALAJARA, Jalisco - Navy marines arrested a man identified as a regional leader of the Jalisco New Generation Cartel (CJNG) and four of his alleged bodyguards in a raid on a house in Zapopan on Sunday, federal authorities said.

The Navy Secretariat (Semar) said the operation in the Colinas de San Javier neighborhood was carried out without a shot being fired. The marines seized four rifles, two handguns, more than 2 kilograms of methamphetamine and 1.2 million pesos in cash.

The main suspect, identified only as Ricardo "N," alias "El Chaparro," allegedly controlled drug sales and extortion in the northern part of the Guadalajara metropolitan area, according to the federal Attorney General's Office (FGR), which will seek his pre-trial detention.

After the arrest, alleged cartel members set fire to two vehicles on roads in Zapopan and Tlaquepaque, the state Civil Protection unit said. No injuries were reported.

The CJNG, led by Nemesio Oseguera, alias "El Mencho," is considered one of the most powerful criminal groups in Mexico. It has repeatedly shown its capacity to strike back at the authorities.

In June 2020, CJNG gunmen ambushed Mexico City police chief Omar García Harfuch in the capital's Lomas de Chapultepec neighborhood, killing two of his bodyguards and a woman passing by. García Harfuch was shot three times but survived.

Jalisco Governor Enrique Alfaro said the state police would support federal forces in preventing further road blockades.
""", [
    I(True, "arrest", "2022-04-24", "Mexico", "Jalisco", "Zapopan", None, None, ["navy"], ["militants"], ["perpetrators", "targets"]),
    I(False, "targeted_killing", "2020-06", "Mexico", "Mexico City", "Mexico City", 3, 1, ["Jalisco New Generation Cartel"], ["police", "civilians"]),
  ], "Primary: Sunday (24 April) Navy raid in Zapopan ending in five arrests; no casualties reported (null). State doer (marines/Navy) unscored; cartel suspects as 'militants' is a convention guess -> targets unscored. "
     "The vehicle burnings after the arrest are follow-up without casualties, not coded separately. Background: June 2020 attack on García Harfuch (named person shot -> targeted_killing; 3 killed, he was wounded -> injured 1).")

# ---------------------------------------------------------------- h021 Colombia, Colombia Reports style
D(21, "https://colombiareports.com/eln-drone-attack-saravena-army-base/",
  "ELN drone attack on Saravena army base kills soldier, wounds nine", "2023-08-15", """
ELN drone attack on Saravena army base kills soldier, wounds nine

Colombia's largest remaining guerrilla group, the ELN, attacked an army base in the eastern Arauca province with explosives dropped from drones on Sunday, killing one soldier and wounding nine, the military said.

According to the army's 18th Brigade, at least three drones flew over the battalion's base in Saravena shortly after midnight and released improvised explosive charges onto the barracks.

"This is a cowardly act by the ELN that puts the peace talks at risk," Defense Minister Ivan Velasquez said on X.

The attack came less than two weeks after the government and the National Liberation Army (ELN) began a six-month bilateral ceasefire, and the guerrillas' central command did not immediately comment. Local ELN fronts have a history of acting with a great deal of autonomy.

Saravena has been at the center of a turf war between the ELN and FARC dissidents since early 2022. In January 2022, a car bomb outside a building housing human rights organizations in Saravena killed a security guard and injured five people. Authorities blamed FARC dissidents.

The ELN's deadliest attack in recent years was the suicide car bomb that struck the General Santander police academy in Bogota on January 17, 2019, killing 22 people, including the bomber. President Ivan Duque broke off peace talks with the group after the attack.

President Gustavo Petro has made "total peace" with illegal armed groups the centerpiece of his government, but critics say the talks have allowed the groups to expand their territory.

Related
- Cauca: FARC dissidents kill two police officers in Jamundi
- Petro government and ELN agree on civil society participation

Colombia Reports is supported by its readers.
""", [
    I(True, "air_strike", "2023-08-13", "Colombia", "Arauca", "Saravena", 1, 9, ["National Liberation Army"], ["military"]),
    I(False, "bombing", "2022-01", "Colombia", "Arauca", "Saravena", 1, 5, ["FARC dissidents"], ["civilians"]),
    I(False, "suicide_bombing", "2019-01-17", "Colombia", "Bogota", "Bogota", 22, None, ["National Liberation Army"], ["police"], ["admin1"]),
  ], "Primary: Sunday (13 Aug) drone-dropped explosives on the Saravena base: a drone strike -> air_strike even though the doer is a guerrilla group (hard case). "
     "Background: Saravena car bomb, January 2022 (1 killed, 5 injured, blamed on FARC dissidents); Bogota police academy suicide car bomb, 17 Jan 2019 (22 incl. bomber). "
     "Bogota is a capital district, not a department -> admin1 unscored. Related headlines are boilerplate.")

# ---------------------------------------------------------------- h022 Colombia, El Tiempo English style
D(22, "https://www.eltiempo.com/english/indigenous-guard-leader-killed-in-toribio-cauca",
  "Indigenous guard leader shot dead in Toribío, Cauca", "2024-10-30", """
Home > English > Justice

Indigenous guard leader shot dead in Toribío, Cauca

Updated October 30, 2024

The Association of Indigenous Councils of Northern Cauca (ACIN) denounced the murder of Hernán Yatacué Pito, 41, a coordinator of the Indigenous Guard, who was shot dead on Monday in the village of Tacueyó, in the municipality of Toribío, Cauca.

According to the organization, Yatacué was leaving a community assembly when two men on a motorcycle shot at him several times. He died before he could be taken to the hospital in Santander de Quilichao.

ACIN blamed the Dagoberto Ramos column, a FARC dissident group that belongs to the so-called Estado Mayor Central (EMC) and has threatened indigenous leaders who oppose the recruitment of minors.

"They are killing those of us who defend our territory. We will not be silenced," the association said in a statement.

Also read: Army reports combat with dissidents in Argelia, Cauca

The killing is the second of an indigenous authority in northern Cauca this year. In March, the governor of the Nasa reservation of Huellas, Edilma Yule Campo, was shot dead in Caloto by men whom the community identified as members of the same column.

The peace think tank Indepaz has counted 147 social leaders killed in Colombia so far this year, 29 of them in Cauca, the department with the highest number of such killings.

The Ombudsman's Office has issued early warnings for Toribío, Caldono and Jambaló over the risk of forced recruitment and attacks on community leaders.

You may also be interested in:
- Car bomb damages police station in Jamundí
- Government suspends talks with EMC faction
""", [
    I(True, "targeted_killing", "2024-10-28", "Colombia", "Cauca", "Tacueyó", 1, None, ["FARC dissidents"], ["civilians"]),
    I(False, "targeted_killing", "2024-03", "Colombia", "Cauca", "Caloto", 1, None, ["FARC dissidents"], ["civilians"], ["perpetrators"]),
  ], "Primary: Monday (28 Oct) shooting of a named Indigenous Guard coordinator in the village of Tacueyó, municipality of Toribío (city = the village, as elsewhere in this set). "
     "ACIN blames the Dagoberto Ramos column (EMC) -> canonical 'FARC dissidents'. Background: March killing of governor Edilma Yule Campo in Caloto (community identification only -> perps unscored). "
     "Indepaz count (147 / 29) is an aggregate; 'Also read' and related headlines are boilerplate.")

# ---------------------------------------------------------------- h023 Colombia, NO incident (anniversary)
D(23, None, "Seven years on, Colombia's peace deal signatories fear for their lives", "2023-11-24", """
Seven years on, Colombia's peace deal signatories fear for their lives

BOGOTA (AFP) - Seven years after the FARC guerrillas signed a historic peace agreement with the Colombian state, former fighters who laid down their weapons say they feel abandoned and hunted.

Some 13,000 members of the Revolutionary Armed Forces of Colombia (FARC) demobilized under the accord signed at the Colon Theater in Bogota on November 24, 2016, ending more than half a century of war that left more than 450,000 dead.

Since then, more than 400 signatories of the agreement have been killed, according to the UN Verification Mission, most of them by dissident factions that rejected the deal, by drug trafficking gangs or by the ELN guerrilla.

"We came out of the jungle to fight with words, not with rifles. Now we are the ones being shot," said Diana, a former commander who runs a coffee cooperative in a reincorporation area in the southwest. She asked that her surname not be used.

The Special Jurisdiction for Peace (JEP), the transitional justice court created by the accord, has charged former FARC leaders with kidnapping and war crimes and military officers with thousands of extrajudicial executions known as "false positives." It has not yet handed down its first sentences.

President Gustavo Petro, himself a former guerrilla, says his "total peace" policy will finish what the 2016 deal began. But talks with the ELN and with dissident groups have been repeatedly interrupted by clashes in rural areas.

"The state arrived with soldiers, but not with roads or schools," said Diana. "Where the state does not arrive, the armed groups do."

The UN Security Council is due to renew the mandate of the Verification Mission next year.
""", [], "No incident: anniversary piece; the 450,000 war dead and 400+ killed signatories are aggregates; JEP charges and 'false positives' are generic, with no place, date or toll for a specific event; clashes are unspecified.")

# ---------------------------------------------------------------- h024 Brazil, Agência Brasil style, counts split across clauses
D(24, None, "Police operation in Rio's Maré complex leaves dead and wounded", "2024-10-04", """
Police operation in Rio's Maré complex leaves dead and wounded

RIO DE JANEIRO (Agência Brasil) - A police operation against drug traffickers in the Complexo da Maré, a group of favelas in the north zone of Rio de Janeiro, left several people dead on Thursday, according to the state Military Police.

Six suspects identified by the police as members of the Comando Vermelho (CV) faction were killed in shootouts with officers who entered the community at dawn with armored vehicles and helicopter support, the corporation said.

Two residents, a 14-year-old boy on his way to school and a 52-year-old street vendor, were also killed by stray bullets, according to residents and the NGO Redes da Maré. A military police officer was shot in the leg, and three residents were wounded.

The Military Police said the operation aimed to remove barricades and to serve arrest warrants against leaders of the faction. Five rifles and a large quantity of drugs were seized, and four suspects were arrested.

Forty-four schools and six health clinics in the area closed during the operation, affecting more than 15,000 students, the municipal education department said.

Redes da Maré criticized the action, saying the police once again put the lives of residents at risk. "Children had to lie on the floor of their classrooms," said one of the organization's coordinators.

Police operations in Rio de Janeiro have frequently resulted in high death tolls. The deadliest, in the Jacarezinho favela in May 2021, left 28 people dead, among them a police officer.

The Rio de Janeiro Public Prosecutor's Office said it would investigate the circumstances of the deaths.
""", [
    I(True, "armed_clash", "2024-10-03", "Brazil", "Rio de Janeiro", "Rio de Janeiro", 8, 4, ["Comando Vermelho"], ["police"]),
    I(False, "armed_clash", "2021-05", "Brazil", "Rio de Janeiro", "Rio de Janeiro", 28, None, [], ["police"], ["perpetrators"]),
  ], "Primary: Thursday (3 Oct) Maré operation; counts split across clauses: killed = 6 suspects + 2 residents = 8, injured = 1 officer + 3 residents = 4 (sums checked by hand). "
     "Convention for clashes: perpetrators = CV (non-state side), targets = police. Background: Jacarezinho, May 2021 (28 incl. one officer; opposing faction not named -> perps unscored). Favelas are neighbourhoods of Rio de Janeiro, so city = Rio de Janeiro.")

# ---------------------------------------------------------------- h025 Haiti, Haitian Times style, boilerplate
D(25, "https://haitiantimes.com/2025/03/07/viv-ansanm-gangs-attack-kenscoff/",
  "Gangs kill nine in Kenscoff as Viv Ansanm pushes into the mountains above Port-au-Prince", "2025-03-07", """
NEWS | HAITI | SECURITY

Gangs kill nine in Kenscoff as Viv Ansanm pushes into the mountains above Port-au-Prince

By Jeanty Junior Augustin | March 7, 2025

PORT-AU-PRINCE - Gunmen from the Viv Ansanm gang coalition attacked several neighborhoods of Kenscoff on Wednesday, killing at least nine people, including a police officer, and setting fire to houses, local officials and residents said.

The attack began before dawn in the Belot and Obléon areas, where armed men went from house to house, residents told The Haitian Times. Hundreds of families fled on foot towards Pétion-Ville.

"They came with heavy weapons and burned everything. We found bodies on the road," said a farmer who gave only his first name, Wilner, for fear of reprisals.

Kenscoff Mayor Massillon Jean said the police and the Kenyan-led Multinational Security Support mission (MSS) were sent to the area in the afternoon and pushed the gunmen back, but that some zones remained under gang control.

Kenscoff, a farming town in the hills of the Ouest department, had been spared for years but has been attacked repeatedly since January.

The escalation follows some of the deadliest massacres in recent Haitian history. On October 3, members of the Gran Grif gang killed 115 people in Pont-Sondé, in the Artibonite, in a pre-dawn assault on the farming town.

In December, at least 184 people were killed in the Wharf Jérémie area of Cité Soleil, most of them elderly people accused by a local gang leader of practising voodoo against his sick child, according to the UN.

RELATED
- Haitian National Police: Officer killed in Delmas ambush
- Opinion: Haiti's transition council must act now

SUPPORT THE HAITIAN TIMES - Your donation keeps our newsroom going.
""", [
    I(True, "attack", "2025-03-05", "Haiti", "Ouest", "Kenscoff", 9, None, ["Viv Ansanm"], ["civilians", "police"]),
    I(False, "attack", "2024-10-03", "Haiti", "Artibonite", "Pont-Sondé", 115, None, ["Gran Grif"], ["civilians"]),
    I(False, "attack", "2024-12", "Haiti", "Ouest", "Cité Soleil", 184, None, [], ["civilians"], ["perpetrators", "admin1"]),
  ], "Primary: Wednesday (5 March) Viv Ansanm attack on Kenscoff (9 incl. a police officer); Belot/Obléon are areas of Kenscoff, Pétion-Ville only where people fled. "
     "Background: Pont-Sondé 3 Oct 2024 (Gran Grif, 115); Wharf Jérémie/Cité Soleil, December (184; the doer is 'a local gang leader', unnamed gang -> perps unscored; Ouest not said for that sentence -> admin1 unscored). RELATED items are boilerplate.")

# ---------------------------------------------------------------- h026 Haiti, AP style, separate incidents of one day
D(26, None, "Violence flares across Port-au-Prince area, leaving at least nine dead", "2023-07-19", """
Violence flares across Port-au-Prince area, leaving at least nine dead

PORT-AU-PRINCE, Haiti (AP) - Gangs and vigilantes killed at least nine people in separate attacks across Haiti's capital region on Tuesday, police and human rights groups said, as a wave of violence continued to engulf the metropolitan area.

In the hillside neighborhood of Carrefour-Feuilles in Port-au-Prince, members of the Grand Ravine gang shot dead five people, including a mother and her teenage son, and burned several homes, according to the National Network for the Defense of Human Rights (RNDDH). Residents have been fleeing the area for weeks.

In Pétion-Ville, police officer Jean-Robert Exantus was shot dead by gunmen on a motorcycle as he left his home in the morning, a police union said. He was the 17th officer killed this year, according to the union.

In Delmas, residents taking part in the "Bwa Kale" vigilante movement seized three men they accused of being gang members, beat them and set them on fire, a police spokesman said. Two passers-by were injured in the chaos.

Separately, gunmen of the 400 Mawozo gang abducted a nurse on her way to a clinic in Croix-des-Bouquets, her family told local radio. No ransom demand had been made by Tuesday evening.

Gangs are estimated to control 80% of Port-au-Prince. Prime Minister Ariel Henry has asked the international community to send a specialized armed force to help the overwhelmed police, and Kenya has offered to lead such a mission.

The United Nations says more than 2,000 people were killed in Haiti in the first six months of the year.
""", [
    I(True, "attack", "2023-07-18", "Haiti", None, "Port-au-Prince", 5, None, ["Grand Ravine"], ["civilians"], ["admin1"]),
    I(False, "targeted_killing", "2023-07-18", "Haiti", None, "Pétion-Ville", 1, None, [], ["police"], ["admin1"]),
    I(False, "riot", "2023-07-18", "Haiti", None, "Delmas", 3, 2, ["Bwa Kale"], ["militants"], ["admin1", "targets"]),
    I(False, "abduction", "2023-07-18", "Haiti", None, "Croix-des-Bouquets", None, None, ["400 Mawozo"], ["civilians"], ["admin1"]),
  ], "Four same-day (Tuesday 18 July) incidents; the Carrefour-Feuilles killings (5) are the largest and first -> primary; the headline 9 = 5 + 1 + 3. "
     "The department (Ouest) is not named -> admin1 null, unscored. Named officer shot -> targeted_killing. Vigilante lynching = crowd violence -> riot, doer label 'Bwa Kale'; victims accused gang members (targets unscored). "
     "'17th officer killed this year' and the UN 2,000 are aggregates.")

# ---------------------------------------------------------------- h027 Ecuador, prison riot
D(27, None, "Death toll in Guayaquil prison riot rises to 116", "2021-10-01", """
Death toll in Guayaquil prison riot rises to 116

GUAYAQUIL, Ecuador - The death toll from a riot between rival gangs at the Litoral Penitentiary in Guayaquil rose to 116 on Thursday, making it the worst prison massacre in Ecuador's history, authorities said.

Police had initially reported 30 dead after inmates belonging to Los Lobos and Los Choneros fought with guns, explosives and machetes in several pavilions of the prison on Tuesday. As police and soldiers regained control of the pavilions, more bodies were found, some of them decapitated. At least 80 inmates were wounded.

"It is regrettable that the prisons are being turned into a territory of power disputes by criminal gangs," President Guillermo Lasso said. He declared a 60-day state of emergency in the prison system.

Families gathered outside the morgue in Guayaquil, the capital of Guayas province, waiting for news of their relatives. "Nobody tells us anything. We only know he was in pavilion 5," said a woman whose son was serving a sentence for robbery.

It was the third deadly riot in Ecuador's prisons this year. In February, simultaneous riots in prisons in Guayaquil, Cuenca and Latacunga left 79 inmates dead. In July, 22 inmates were killed in clashes at the Latacunga prison in Cotopaxi province.

Human rights groups say the prison system, designed for about 30,000 inmates, holds more than 39,000, and that the state has lost control of many facilities to gangs linked to Mexican drug cartels.

The government said it would allocate $75 million to the prison system and deploy the army to patrol the perimeter of the prisons.
""", [
    I(True, "riot", "2021-09-28", "Ecuador", "Guayas", "Guayaquil", 116, 80, ["Los Lobos", "Los Choneros"], ["prisoners"]),
    I(False, "riot", "2021-02", "Ecuador", None, None, 79, None, [], ["prisoners"], ["admin1", "city"]),
    I(False, "riot", "2021-07", "Ecuador", "Cotopaxi", "Latacunga", 22, None, [], ["prisoners"]),
  ], "Primary: Tuesday (28 Sept) riot at the Litoral Penitentiary; toll rose from 30 to 116 (gold = final); 80 wounded; both gangs named as fighting -> both perpetrators. Prison gang battle -> riot. "
     "Background: February simultaneous riots in three cities/provinces (one incident as reported, place unscored, 79); Latacunga July (22).")

# ---------------------------------------------------------------- h028 Peru, Andina/AP style
D(28, None, "Shining Path ambush kills 10 in Peru's VRAEM days before election", "2016-04-12", """
Shining Path ambush kills 10 in Peru's VRAEM days before election

LIMA, Peru - Remnants of the Shining Path guerrilla group ambushed a military convoy carrying election materials in the Valley of the Apurimac, Ene and Mantaro Rivers (VRAEM) on Saturday, killing eight soldiers and two civilian drivers, the Joint Command of the Armed Forces said.

The attack took place in the district of Santo Domingo de Acobamba, in Huancayo province in the central Junin region, as the convoy was taking ballot boxes and voting booths to remote communities for Sunday's general election. Six other soldiers were wounded.

The attackers opened fire from high ground with rifles and threw explosives at the trucks, the Joint Command said, adding that special forces had been sent in pursuit.

President Ollanta Humala condemned the attack and said the election would go ahead as planned in the VRAEM, the country's main coca-growing area.

Security analysts said the remaining Shining Path column, led by brothers Victor and Jorge Quispe Palomino, was trying to show it was still active. The group, now involved in drug trafficking, has an estimated 60 to 80 armed members.

The ambush was the deadliest since October 2008, when the group killed 12 soldiers and seven civilians in an attack on a military convoy near Tintaypunco in Huancavelica.

In April 2012, the group kidnapped 36 workers of a gas project in Kepashiato, in the Cusco region, releasing them days later.

The Shining Path's insurgency in the 1980s and 1990s left nearly 70,000 people dead, according to the Truth and Reconciliation Commission.
""", [
    I(True, "attack", "2016-04-09", "Peru", "Junin", "Santo Domingo de Acobamba", 10, 6, ["Shining Path"], ["military", "civilians"]),
    I(False, "attack", "2008-10", "Peru", "Huancavelica", "Tintaypunco", 19, None, ["Shining Path"], ["military", "civilians"]),
    I(False, "abduction", "2012-04", "Peru", "Cusco", "Kepashiato", None, None, ["Shining Path"], ["civilians"]),
  ], "Primary: Saturday (9 April) ambush in Santo Domingo de Acobamba district (Junin region, text spelling without accent): 8 soldiers + 2 drivers = 10 (sum), 6 wounded. "
     "'Sunday's general election' is a later event, not an incident. Background: Tintaypunco October 2008 (12 + 7 = 19, sum); Kepashiato kidnapping April 2012 (no deaths given). 70,000 is an aggregate.")

# ---------------------------------------------------------------- h029 Kenya, Nation sports style, NO incident
D(29, "https://nation.africa/kenya/sports/football/harambee-stars-shoot-down-ethiopia",
  "Harambee Stars shoot down Ethiopia to revive Afcon dream", "2018-10-15", """
Home | Sports | Football | Athletics | Rugby

Harambee Stars shoot down Ethiopia to revive Afcon dream

Monday October 15 2018

Harambee Stars blew Ethiopia away 3-0 at a packed Moi International Sports Centre, Kasarani, on Sunday to move to the top of Group F in the 2019 Africa Cup of Nations qualifiers.

Captain Victor Wanyama marshalled the midfield, but it was the attack that killed it. Michael Olunga shot Kenya ahead in the 12th minute after a clash in the box left the Ethiopian goalkeeper stranded, and Eric Johanna doubled the lead before the break with a thunderbolt from 25 yards.

Ethiopia's defence was bombed with long balls after the interval, and substitute Ovella Ochieng wrapped up the win in stoppage time, firing home from close range.

"We were dead and buried after the draw in Ghana, but the boys fought like soldiers today," coach Sebastien Migne said. "This is a massacre in football terms, but we keep our feet on the ground."

The result leaves Kenya needing a draw in the return leg in Bahir Dar to keep their destiny in their own hands. Sierra Leone, who were suspended by Fifa this month, may yet be thrown out of the group.

The 30,000 fans in the stands were in fine voice, and police said there were no incidents of crowd trouble, unlike the stampede at the same venue in 2016.

Also read:
- Two police officers killed in Garissa roadside blast
- Kipchoge's world record: what next for marathon king?

Nation Media Group - All rights reserved
""", [], "No incident: football report with decoys (shoot down, killed it, shot, clash, bombed, firing, dead and buried, soldiers, massacre). "
         "'No incidents of crowd trouble' and a 2016 stampede mention (no toll) are not security incidents; the Garissa headline is boilerplate.")

# ---------------------------------------------------------------- h030 Cameroon, bomb defused
D(30, None, "Army bomb squad defuses explosive device near Bamenda checkpoint", "2019-08-06", """
Army bomb squad defuses explosive device near Bamenda checkpoint

BAMENDA - A bomb disposal team of the Cameroonian army on Monday defused an improvised explosive device planted near a military checkpoint at Up Station in Bamenda, the capital of the North West region, military sources said.

The device, made from a gas cylinder packed with nails and connected to a mobile phone, was spotted by a taxi driver at around 6 a.m. a few metres from the checkpoint, which controls access to the regional governor's office.

Soldiers cordoned off the area and evacuated nearby shops for about three hours while the device was dismantled. Traffic on the road to the Up Station administrative quarter was diverted.

A military officer who spoke on condition of anonymity said the device bore the hallmarks of the separatist fighters who have been battling government forces in the English-speaking regions since 2017. "They wanted to hit our men at the checkpoint," he said.

The incident came a week after an explosive device went off at the Nkwen market in Bamenda on July 30, injuring nine traders. The authorities blamed that blast on separatists, who denied responsibility.

Separatists, who seek an independent state they call Ambazonia, have increasingly used homemade explosives in Bamenda since last year.

The government has deployed additional troops to the city ahead of the new school year, which separatists have vowed to disrupt.
""", [
    I(True, "other", "2019-08-05", "Cameroon", "North West", "Bamenda", None, None, ["separatists"], ["military"], ["perpetrators"]),
    I(False, "bombing", "2019-07-30", "Cameroon", "North West", "Bamenda", None, 9, ["separatists"], ["civilians"], ["perpetrators"]),
  ], "Primary: Monday (5 Aug) IED found and defused at Up Station, Bamenda -> other; no casualties mentioned (null). Doer only by 'hallmarks' -> 'separatists', unscored. "
     "Background: Nkwen market blast 30 July (9 injured, no deaths given; blamed on separatists, denied -> perps unscored).")


if __name__ == "__main__":
    assert len(DOCS) == 30 and len({d["id"] for d in DOCS}) == 30
    for d in DOCS:
        with open(os.path.join(HERE, d["id"] + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("wrote", len(DOCS), "files")
