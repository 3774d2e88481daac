"""Writer g, fresh4 set: 30 full news pages (South Asia / Middle East) with gold incidents.
Texts and gold live in the table DOCS below; running this script writes fresh4-g001.gold.json ... fresh4-g030.gold.json
next to it (json.dump, ensure_ascii=False, indent=1). Weekday dates are computed with last_wd() (the last such weekday
on or before `published`) so that gold and text agree; check_g.py verifies them independently."""
import json, os, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "incidentwire fresh4 set (written 2026-12-06)"
ORIGIN = "written for incidentwire"
WD = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def last_wd(pub, name, weeks_back=0):
    """The last `name` weekday on or before `pub` (ISO string), minus weeks_back weeks."""
    p = datetime.date.fromisoformat(pub)
    delta = (p.weekday() - WD.index(name)) % 7 + 7 * weeks_back
    return (p - datetime.timedelta(days=delta)).isoformat()


def inc(primary, event_type, date, country, admin1, city, killed, injured, perps, targets, unscored=()):
    return {"primary": primary, "event_type": event_type, "date": date, "country": country, "admin1": admin1,
            "city": city, "killed": killed, "injured": injured, "perpetrators": list(perps), "targets": list(targets),
            "weapons": None, "unscored": ["weapons"] + list(unscored)}


DOCS = []


def doc(n, url, title, published, text, incidents, notes):
    DOCS.append({"id": f"fresh4-g{n:03d}", "source": SOURCE, "url": url, "title": title, "published": published,
                 "text": text.strip('\n'), "origin": ORIGIN, "incidents": incidents, "notes": notes})


# ---------------------------------------------------------------- 001 Pakistan, Dawn, primary + 2 background, boilerplate
P = "2023-08-22"
doc(1, "https://www.dawn.com/news/1771046/six-policemen-martyred-in-roadside-bombing-in-di-khan",
    "Six policemen martyred in roadside bombing in DI Khan", P, """
Home | Pakistan | Khyber Pakhtunkhwa

Six policemen martyred in roadside bombing in DI Khan

Ghulam Mustafa | Published August 22, 2023 | Updated about 5 hours ago

DERA ISMAIL KHAN: Six policemen were martyred and 11 others injured when a roadside bomb struck a police van on the Indus Highway in Dera Ismail Khan district late on Monday night, officials said.

According to District Police Officer Naveed Akhtar, the van was carrying a quick response team back to the Kotla Saidan police post when the explosive device, planted in a culvert, was detonated by remote control at around 11:40pm. The blast overturned the vehicle and left a deep crater in the road.

The injured were shifted to the District Headquarters Hospital, where a medical officer said the condition of three of them was critical.

The banned Tehreek-e-Taliban Pakistan (TTP) claimed responsibility for the attack in a statement sent to journalists.

Also Read: Two soldiers martyred in North Waziristan exchange of fire

The caretaker chief minister condemned the bombing and directed the inspector general of police to submit a report within 24 hours.

It was the second major attack on police in the southern districts of Khyber Pakhtunkhwa this month. On August 3, militants armed with heavy weapons stormed the Gomal police station in neighbouring Tank district, killing three policemen before escaping into the hills.

Last month, a suicide bomber killed at least 54 people at a Jamiat Ulema-e-Islam-Fazl workers' convention in Khar, the headquarters of Bajaur district, in an attack later claimed by the Islamic State Khorasan Province (IS-K).

Police officials say more than 170 personnel have been killed in the province since the start of the year.

Related: Police station attacked in Lakki Marwat, four injured

Opinion

Editorial

Power tariffs
Updated 22 Aug, 2023
The caretaker set-up must weigh the social cost of another increase before it signs off on it.

Second thoughts
22 Aug, 2023
A fresh look at the country's counterterrorism strategy is overdue.
""", [
    inc(True, "bombing", last_wd(P, "Monday"), "Pakistan", "Khyber Pakhtunkhwa", "Dera Ismail Khan", 6, 11,
        ["Tehreek-e-Taliban Pakistan"], ["police"]),
    inc(False, "attack", "2023-08-03", "Pakistan", "Khyber Pakhtunkhwa", "Tank", 3, None, [], ["police"]),
    inc(False, "suicide_bombing", "2023-07", "Pakistan", "Khyber Pakhtunkhwa", "Khar", 54, None,
        ["Islamic State Khorasan Province"], ["politicians", "civilians"], ["targets"]),
], "Primary: remote-controlled roadside bomb on a police van, Monday night = 2023-08-21. Background: Gomal police station attack in Tank (Aug 3, 3 killed) and last month's Bajaur convention suicide bombing in Khar (2023-07, 54; targets unscored: party workers). Not annotated: the 'Also Read'/'Related' headlines, the 170-personnel aggregate.")

# ---------------------------------------------------------------- 002 Pakistan, Express Tribune, abduction (non-lethal)
P = "2019-03-14"
doc(2, "https://tribune.com.pk/story/1929310/gunmen-abduct-four-labourers-kech",
    "Gunmen abduct four labourers in Kech", P, """
QUETTA: Unidentified armed men abducted four labourers working on a road construction project in the Hoshab area of Kech district on Wednesday, Levies officials said.

According to the officials, around a dozen gunmen riding motorcycles arrived at the camp of a private construction company on the M-8 motorway early in the morning, rounded up the workers and took four of them away at gunpoint. The assailants also set fire to an excavator and a water tanker before leaving.

"The workers were unarmed and there was no security guard at the camp at the time," a Levies official told The Express Tribune on condition of anonymity. He said the abducted men belonged to Dera Ghazi Khan and Rahim Yar Khan in Punjab and had been working at the site for about three months.

Levies and Frontier Corps personnel cordoned off the area and launched a search operation in the surrounding hills, but no arrests had been made by the evening. No group had claimed responsibility for the abduction till the filing of this report.

The company's site manager, reached by telephone in Turbat, said work on the stretch had been suspended and the remaining 30 workers had been moved to the district headquarters.

Construction crews on the M-8 have faced repeated threats in recent years, and contractors say they have had to hire private guards or stop work in some sections. Officials in Quetta said the provincial government would review security arrangements for development projects in the Makran division.

Balochistan Home Minister Mir Ziaullah Langove took notice of the incident and directed the deputy commissioner of Kech to ensure the safe recovery of the labourers.

The construction of the motorway, which is meant to link Gwadar with the rest of the country, has been delayed several times because of the security situation.
""", [
    inc(True, "abduction", last_wd(P, "Wednesday"), "Pakistan", "Balochistan", "Hoshab", None, None, [], ["civilians"]),
], "Abduction of four labourers, Wednesday = 2019-03-13; no deaths or injuries given (killed/injured null). City coded as Hoshab (the area of Kech district where it happened); Turbat and Quetta are only where people spoke. Balochistan is named only in the minister's title.")

# ---------------------------------------------------------------- 003 Pakistan, Geo, roundup of separate incidents, boilerplate
P = "2022-11-09"
doc(3, "https://www.geo.tv/latest/452711-two-fc-personnel-martyred-in-panjgur-attack",
    "Two FC personnel martyred in Panjgur attack, four hurt in Quetta grenade blast", P, """
Latest | Pakistan | Balochistan

Two FC personnel martyred in Panjgur attack, four hurt in Quetta grenade blast

By Web Desk | November 09, 2022

QUETTA: Two personnel of the Frontier Corps (FC) were martyred and three others injured when terrorists ambushed their convoy near Panjgur on Tuesday, while violence was also reported from Quetta and Turbat, officials said.

According to the Inter-Services Public Relations (ISPR), the convoy was returning from a routine patrol when it came under fire from the surrounding hills. The troops responded effectively and the attackers fled, the military's media wing said, adding that a clearance operation was under way in the area.

The proscribed Balochistan Liberation Front (BLF) claimed responsibility for the Panjgur ambush in a message on social media.

In a separate incident, unidentified men on a motorcycle hurled a hand grenade at a mobile phone shop on Quetta's Sariab Road on Tuesday evening, injuring four people, including the shop owner. Police said the motive for the attack was yet to be ascertained.

Meanwhile, gunmen shot dead a shopkeeper, identified as Abdul Ghani, near the main bazaar in Turbat on the same day. His body was shifted to the Teaching Hospital Turbat for legal formalities. Police said they were investigating whether the killing was linked to a personal dispute.

Chief Minister Mir Abdul Qudoos Bizenjo condemned the attacks and paid tribute to the FC personnel.

"The nation salutes the sacrifices of its brave sons," he said in a statement.

Read more: Security forces kill five terrorists in Khyber operation

Watch: Geo News special report on Gwadar port

Most Read
1. PM to chair NSC meeting today
2. Dollar slips against rupee in interbank trade
3. Three killed as passenger coach overturns near Khuzdar

Share on Facebook | Share on Twitter | Share on WhatsApp
""", [
    inc(True, "attack", last_wd(P, "Tuesday"), "Pakistan", "Balochistan", "Panjgur", 2, 3,
        ["Balochistan Liberation Front"], ["paramilitary"]),
    inc(False, "bombing", last_wd(P, "Tuesday"), "Pakistan", "Balochistan", "Quetta", None, 4, [], ["civilians"]),
    inc(False, "targeted_killing", last_wd(P, "Tuesday"), "Pakistan", "Balochistan", "Turbat", 1, None, [], ["civilians"]),
], "Three separate same-day (Tuesday = 2022-11-08) incidents; the Panjgur ambush (FC = paramilitary) is the most prominent and is primary. Quetta grenade (bombing, 4 injured) and the shooting of the named shopkeeper in Turbat (targeted_killing). Not annotated: 'Read more' headline, 'Most Read' (a road accident).")

# ---------------------------------------------------------------- 004 Pakistan, Dawn sport, no incident (misleading words)
P = "2021-02-25"
doc(4, "https://www.dawn.com/news/1609342/sharjeel-blitz-powers-karachi-kings-past-qalandars",
    "Sharjeel blitz powers Karachi Kings past Qalandars", P, """
Home | Sport

Sharjeel blitz powers Karachi Kings past Qalandars

Sports Reporter | Published February 25, 2021

KARACHI: Sharjeel Khan's brutal assault on the Lahore Qalandars' bowling attack set up a comfortable seven-wicket win for defending champions Karachi Kings in the Pakistan Super League at the National Stadium on Wednesday night.

The left-hander shot out of the blocks, taking 22 runs off the third over bowled by Shaheen Shah Afridi, and raced to a 28-ball half-century. He eventually fell for 71, holing out to long-on, but by then the chase of 158 had been all but killed off.

"I just wanted to attack from ball one. The wicket was good and I backed my shots," Sharjeel said at the post-match press conference.

Earlier, Qalandars' innings bombed after a bright start. Fakhar Zaman and Mohammad Hafeez put on 61 for the second wicket before Imad Wasim triggered a collapse in which five wickets fell for 19 runs. Arshad Iqbal, the young fast bowler from Khyber Pakhtunkhwa, was the pick of the bowlers with three for 27.

The clash between the two sides had been billed as the match of the week, and a crowd of around 9,000, the maximum allowed under Covid-19 rules, turned up despite the cold evening.

Kings captain Imad said his bowlers "absolutely killed it in the middle overs". Qalandars coach Aqib Javed admitted his batsmen had shot themselves in the foot. "We threw away a position of strength. That collapse hurt us badly," he said.

Kings will next face Peshawar Zalmi on Friday, while the Qalandars travel to Lahore for their home leg.

Also Read: Babar fires Kings to victory in PSL opener

Also Read: Three policemen martyred in Quetta blast

Comments (4)
Closed
""", [], "Sport report full of violent idiom ('assault', 'shot', 'attack', 'killed it', 'bombed', 'clash', 'hurt'); no security incident. The Quetta blast appears only in an 'Also Read' headline and is not annotated.")

# ---------------------------------------------------------------- 005 India, The Hindu, Maoist IED + 2 background, boilerplate
P = "2023-06-13"
doc(5, "https://www.thehindu.com/news/national/other-states/five-drg-jawans-driver-killed-in-maoist-ied-blast-in-bijapur/article66963512.ece",
    "Five DRG jawans, driver killed in Maoist IED blast in Chhattisgarh's Bijapur", P, """
NEWS | National | Other States

Five DRG jawans, driver killed in Maoist IED blast in Chhattisgarh's Bijapur

Ritesh Mishra | RAIPUR | June 13, 2023 | Updated 01:15 IST

Six people — five personnel of the District Reserve Guard (DRG) and the civilian driver of their vehicle — were killed when Maoists blew up a pick-up van with an improvised explosive device (IED) near Mirtur in Chhattisgarh's Bijapur district on Monday afternoon, the police said.

Two other jawans sustained injuries and were airlifted to Raipur, Inspector-General of Police (Bastar Range) P. Sundarraj said. The team was returning to base after an anti-Maoist operation in the forests between Mirtur and Gangaloor.

"The IED, weighing around 40 kg, was planted under the road well in advance. Search operations have been intensified in the area," Mr. Sundarraj said. A pamphlet found near the site was attributed to the Communist Party of India (Maoist).

Chief Minister Bhupesh Baghel condemned the attack and said the sacrifice of the jawans would not go in vain.

Also read | Two Maoists killed in encounter in Dantewada

The blast comes two months after 11 people — ten DRG jawans and their driver — were killed when Maoists targeted their vehicle at Aranpur in Dantewada district in April.

Bastar has seen some of the deadliest attacks on security forces in the country. On April 3, 2021, 22 security personnel, including CoBRA commandos of the CRPF and DRG men, were killed in a gunfight with Maoists near Tekalguda on the Bijapur-Sukma border.

The DRG, drawn largely from local youth and surrendered Maoists, has spearheaded operations in south Bastar since 2015.

Related Topics
Chhattisgarh / Maoists / terrorism (crime) / police
""", [
    inc(True, "bombing", last_wd(P, "Monday"), "India", "Chhattisgarh", "Mirtur", 6, 2, ["CPI (Maoist)"], ["police", "civilians"]),
    inc(False, "bombing", "2023-04", "India", "Chhattisgarh", "Aranpur", 11, None, ["CPI (Maoist)"], ["police", "civilians"]),
    inc(False, "armed_clash", "2021-04-03", "India", "Chhattisgarh", "Tekalguda", 22, None, ["CPI (Maoist)"], ["paramilitary", "police"]),
], "Primary: IED on a DRG van near Mirtur, Bijapur, Monday = 2023-06-12; six killed (5 DRG + civilian driver; the text gives the total 'Six'). City = Mirtur (the village named; Bijapur is the district). Background: Aranpur, Dantewada (April 2023, 11 killed) and Tekalguda gunfight (2021-04-03, 22; CRPF CoBRA = paramilitary, DRG = police). Not annotated: 'Also read' headline.")

# ---------------------------------------------------------------- 006 India, NDTV, Manipur riot with injured only
P = "2023-07-24"
doc(6, "https://www.ndtv.com/india-news/25-injured-as-mob-clashes-with-security-forces-in-manipurs-moirang-4234817",
    "25 Injured As Mob Clashes With Security Forces In Manipur's Moirang, Houses Torched", P, """
Imphal:

At least 25 people, including six policemen, were injured when a mob of several hundred people clashed with security forces in Manipur's Bishnupur district on Sunday, officials said.

The mob had gathered near Moirang town in the afternoon and tried to move towards the buffer zone separating the valley from the foothills, a senior police officer said. When security personnel stopped them, the crowd pelted stones, set fire to two vehicles and torched at least five abandoned houses on the outskirts of the town.

Security forces fired tear gas shells and mock bombs to disperse the crowd. "Some rounds of rubber bullets were also fired. No live ammunition was used," the officer said on condition of anonymity.

The injured were taken to hospitals in Moirang and Imphal. Two of them, both civilians, were in a serious condition, doctors said.

A curfew has been reimposed in Bishnupur and the neighbouring Churachandpur district, and internet services remain suspended across the state.

Manipur has been on the boil since ethnic violence broke out between the Meitei and Kuki communities on May 3. More than 150 people have been killed and over 50,000 displaced in the clashes so far, according to official figures.

Chief Minister N Biren Singh appealed for calm and said "anti-social elements" were trying to disrupt efforts to restore normalcy. Opposition parties have demanded that Prime Minister Narendra Modi speak on the situation in Parliament.

(With inputs from PTI)
""", [
    inc(True, "riot", last_wd(P, "Sunday"), "India", "Manipur", "Moirang", None, 25, [], ["police", "civilians"], ["targets"]),
], "Riot (mob vs security forces, houses torched) with 25 injured and no deaths given, Sunday = 2023-07-23. Targets unscored: the injured are policemen and others, the mob torched houses. Not annotated: the aggregate since May 3 ('more than 150 killed').")

# ---------------------------------------------------------------- 007 India, Times of India, J&K encounter, toll rises
P = "2020-10-20"
doc(7, "https://timesofindia.indiatimes.com/city/srinagar/three-let-terrorists-jawan-killed-in-kulgam-encounter/articleshow/78770412.cms",
    "Three LeT terrorists, jawan killed in Kulgam encounter", P, """
SRINAGAR: Three Lashkar-e-Taiba (LeT) terrorists and an Army jawan were killed in an encounter in south Kashmir's Kulgam district on Tuesday, police said.

Security forces launched a cordon and search operation in Chingam village early in the morning after receiving specific input about the presence of terrorists in a house. As the forces closed in, the hiding terrorists opened fire, triggering a gunfight.

Two terrorists were killed in the initial exchange, a Jammu and Kashmir Police spokesman said. Three soldiers were injured and shifted to the Army's 92 Base Hospital in Srinagar, where one of them, Sepoy Rakesh Kumar, succumbed to his injuries in the afternoon.

Later in the day, the body of a third terrorist was recovered from the debris of the house, which was damaged during the operation, raising the toll to four.

"The killed terrorists were affiliated with the proscribed LeT outfit. Two of them were locals and one is believed to be a Pakistani national," Inspector General of Police (Kashmir) Vijay Kumar said. Two AK-47 rifles and a pistol were recovered from the site.

Mobile internet was suspended in Kulgam as a precaution, and a few youths who gathered near the site were dispersed.

With this, 190 terrorists have been killed in the Kashmir valley so far this year, police said.

Sepoy Kumar, 26, hailed from Himachal Pradesh. A wreath-laying ceremony will be held at the Badamibagh Cantonment later this week.
""", [
    inc(True, "armed_clash", P, "India", "Jammu and Kashmir", "Chingam", 4, 2, ["Lashkar-e-Taiba"], ["military"], ["city"]),
], "Counts spread over the text: two militants, then a soldier who died of injuries, then a third militant's body -> 'raising the toll to four' (killed 4). Three soldiers injured, one of whom died -> injured 2. City: Chingam village in Kulgam district; unscored because a scorer may code the district. Admin1 Jammu and Kashmir (named in 'Jammu and Kashmir Police').")

# ---------------------------------------------------------------- 008 India, PTI/NDTV, policy story with statistics, no incident
P = "2022-03-30"
doc(8, "https://www.ndtv.com/india-news/left-wing-extremism-violence-down-77-per-cent-since-2010-centre-tells-rajya-sabha-2851963",
    "Left-Wing Extremism Violence Down 77 Per Cent Since 2010, Centre Tells Rajya Sabha", P, """
New Delhi:

Incidents of violence by Left-wing extremists have declined by 77 per cent since their peak in 2010, and deaths of civilians and security forces in such violence have come down by 85 per cent over the same period, the government told Parliament on Tuesday.

In a written reply in the Rajya Sabha, Minister of State for Home Nityanand Rai said the number of violent incidents fell from 2,213 in 2010 to 509 in 2021, while the resulting deaths declined from 1,005 to 147.

The geographical spread of the violence has also shrunk, the minister said. Only 46 districts reported Left-wing extremism related violence in 2021, compared with 96 districts in 2010. Chhattisgarh, Jharkhand, Odisha and Maharashtra together accounted for nearly 90 per cent of the incidents last year.

"The credit for this goes to the holistic approach of security operations, development interventions and ensuring the rights and entitlements of local communities," Mr Rai said.

The minister said the Centre had sanctioned new camps for the Central Reserve Police Force (CRPF) in the "core areas" of Bastar and was funding roads, mobile towers and schools in the most affected districts under special schemes.

Opposition members, however, pointed out that security personnel continued to bear the brunt of ambushes and IED attacks in south Chhattisgarh, and sought details of compensation paid to the families of those killed.

In a separate reply, the minister said 33 Maoist cadres had surrendered in Jharkhand in the first two months of this year and that the Centre was in talks with state governments on a revised surrender-and-rehabilitation policy.

(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)
""", [], "Policy story with aggregate statistics (deaths 1,005 -> 147, incidents 2,213 -> 509) and generic 'ambushes and IED attacks'; no specific incident, so incidents is empty.")

# ---------------------------------------------------------------- 009 Afghanistan, TOLOnews, suicide bombing + 2 background, boilerplate
P = "2022-04-22"
doc(9, "https://tolonews.com/afghanistan-177612",
    "15 Killed in Explosion at Mazar-i-Sharif Mosque", P, """
TOLOnews | Afghanistan

15 Killed in Explosion at Mazar-i-Sharif Mosque

Sharif Amiry | 22 April 2022

A suicide bomber blew himself up inside a Shia mosque in Mazar-i-Sharif, the capital of Balkh province, during midday prayers on Thursday, killing 15 people, including the bomber, and wounding 37 others, local officials said.

The spokesman for the Balkh police, Asif Waziri, said the attacker entered the Sai Doken mosque among the worshippers and detonated his explosives in the main prayer hall.

"Most of the victims were elderly men and young boys who had come for prayers," said a worshipper who was injured in the explosion.

The Islamic State Khorasan Province (ISKP) claimed responsibility for the attack in a statement released on its Amaq news agency late on Thursday.

The Islamic Emirate condemned the attack and said the perpetrators would be brought to justice.

Related: Blast in Kabul's Dasht-e-Barchi school leaves students dead

The attack is the deadliest on the Shia Hazara community since October last year, when an ISKP suicide bomber killed more than 50 worshippers at the Gozar-e-Sayed Abad mosque in Kunduz city during Friday prayers. A week later, two bombers struck the Imam Bargah mosque in Kandahar city, killing at least 41 people in an attack also claimed by the group.

Residents of Mazar-i-Sharif called on the Islamic Emirate to step up security around mosques and religious centres during the month of Ramadan.

"We are not safe even in our mosques. We ask the Islamic Emirate to take this seriously," said Mohammad Ali, a resident.

Most Read
- Pakistani Forces Fire Rockets Into Kunar, Residents Say
- Afghani Gains Value Against Dollar
- UN: 24 Million Afghans Need Humanitarian Aid
""", [
    inc(True, "suicide_bombing", last_wd(P, "Thursday"), "Afghanistan", "Balkh", "Mazar-i-Sharif", 15, 37,
        ["Islamic State Khorasan Province"], ["civilians"]),
    inc(False, "suicide_bombing", "2021-10", "Afghanistan", "Kunduz", "Kunduz", 50, None,
        ["Islamic State Khorasan Province"], ["civilians"]),
    inc(False, "suicide_bombing", "2021-10", "Afghanistan", "Kandahar", "Kandahar", 41, None,
        ["Islamic State Khorasan Province"], ["civilians"]),
], "Primary: Thursday = 2022-04-21, 15 killed 'including the bomber', 37 wounded. Background: Kunduz mosque (October last year = 2021-10, 'more than 50' -> 50) and Kandahar mosque a week later (2021-10, 41); admin1 Kunduz/Kandahar implied by the city names. Not annotated: 'Related' and 'Most Read' headlines.")

# ---------------------------------------------------------------- 010 Afghanistan, Pajhwok, arrest (non-lethal) + background
P = "2023-02-07"
doc(10, "https://pajhwok.com/2023/02/07/6-daesh-suspects-detained-in-jalalabad/",
    "6 Daesh suspects detained in Jalalabad", P, """
JALALABAD (Pajhwok): Security forces of the Islamic Emirate have detained six alleged members of the Daesh group in a night raid in Jalalabad, the capital of eastern Nangarhar province, an official said on Tuesday.

Nangarhar police spokesman Qari Abdul Wahid Sahim told Pajhwok Afghan News the raid was carried out by the General Directorate of Intelligence (GDI) and police on a house in the city's fourth police district on Monday night.

He said the suspects surrendered without resistance and that two Kalashnikovs, a pistol, a number of hand grenades and material for making magnetic bombs were seized from the house.

"According to initial information, this group was involved in the magnetic bomb attack on a rickshaw in the fourth district last month, in which two civilians were killed," Sahim said. He said the detainees had been transferred to Kabul for further investigation.

No casualties were reported during the operation.

Residents of the area welcomed the arrests and said the security situation in the city had improved, but asked the authorities to clear the markets of illegal vendors who they said blocked the roads and gave criminals a place to hide.

Daesh, also known as the Islamic State Khorasan Province (ISKP), has carried out a series of deadly attacks in Nangarhar and Kabul since the Islamic Emirate took over the country in August 2021. The Islamic Emirate says the group has been largely defeated.

Several Daesh hideouts were destroyed in Nangarhar and Kunar provinces in operations last year, officials claim.
""", [
    inc(True, "arrest", last_wd(P, "Monday"), "Afghanistan", "Nangarhar", "Jalalabad", None, None,
        ["Taliban"], ["militants"], ["perpetrators"]),
    inc(False, "bombing", "2023-01", "Afghanistan", "Nangarhar", "Jalalabad", 2, None,
        ["Islamic State Khorasan Province"], ["civilians"], ["perpetrators"]),
], "Primary: raid ending in six arrests, Monday night = 2023-02-06 (reported Tuesday). Doer is the Islamic Emirate's GDI and police: coded 'Taliban' but unscored. Background: last month's magnetic-bomb attack on a rickshaw in Jalalabad's fourth district (2023-01, 2 civilians); the doer is only alleged, so perpetrators unscored. 'No casualties' in the raid: killed/injured null.")

# ---------------------------------------------------------------- 011 Afghanistan, TOLOnews, roadside bomb, toll rises, boilerplate
P = "2017-10-16"
doc(11, "https://tolonews.com/afghanistan/death-toll-kabul-minibus-blast-rises-seven",
    "Death Toll In Kabul Minibus Blast Rises To Seven", P, """
Home > Afghanistan

Death Toll In Kabul Minibus Blast Rises To Seven

The roadside bomb targeted a minibus carrying employees of a private university in the west of the city.

Kabul police said Monday that the death toll from a roadside bomb blast in Kabul's Dasht-e-Barchi area on Sunday has risen to seven.

The explosion, which happened at around 7:30am on Sunday, hit a minibus carrying staff of a private university to work. Police initially said three people had been killed.

"Four of the wounded died in hospital overnight, so the number of martyrs has now reached seven. Twelve others are still being treated," said Kabul police spokesman Basir Mujahid.

Officials said the bomb had been planted on the side of the road and was detonated as the bus passed. The windows of nearby shops were shattered by the blast.

No group has so far claimed responsibility for the attack. The Taliban in a message to reporters denied involvement.

"My brother was on his way to work like every day. He was not a soldier, he was a teacher," said Hamid, whose brother was among the dead.

The Ministry of Interior said an investigation had been launched.

Dasht-e-Barchi, home to a large number of Hazaras, has frequently been targeted by militants in the past.

RELATED STORIES
- Suicide Bomber Kills 6 Outside Supreme Court In Kabul
- 3 Policemen Killed In Kandahar Checkpoint Attack

Share this story: Facebook | Twitter

Most Viewed
Afghanistan, Pakistan Agree To Reopen Torkham Crossing
""", [
    inc(True, "bombing", last_wd(P, "Sunday"), "Afghanistan", "Kabul", "Kabul", 7, 12, [], ["civilians"]),
], "Updated toll: first three killed, then 'risen to seven' (killed 7, twelve still treated = injured 12; the four who died are not counted as injured). Sunday = 2017-10-15, reported Monday. Perpetrators []: no claim, Taliban denied. Not annotated: 'RELATED STORIES' headlines.")

# ---------------------------------------------------------------- 012 Bangladesh, Daily Star, bomb defused (other) + background
P = "2019-10-08"
doc(12, "https://www.thedailystar.net/city/news/ied-found-near-puja-mandap-chattogram-defused-1810532",
    "IED found near puja mandap in Chattogram, defused", P, """
Staff Correspondent, Chattogram

A bomb disposal unit of Chattogram Metropolitan Police (CMP) yesterday defused an improvised explosive device (IED) found near a Durga Puja mandap in the port city's Patharghata area.

Volunteers of the mandap spotted a suspicious bag tied to the iron gate of an adjacent building around 6:00am and informed the police, said Mohammad Mahbubur Rahman, commissioner of CMP. Police cordoned off the area and evacuated around 200 devotees before the bomb disposal team arrived.

The device, made with a pressure cooker, iron nails and a timer, was defused in a controlled operation around 10:30am, he said. "It was powerful enough to cause heavy casualties if it had gone off," the commissioner told reporters at the spot.

Puja celebrations at the mandap resumed in the afternoon under tight security. No one has been arrested yet, but police have collected footage from CCTV cameras in the area.

Leaders of the Bangladesh Hindu Buddhist Christian Unity Council demanded that those behind the attempt be identified and punished.

Counter-terrorism officials said they were examining whether the device bore the signature of militant outfits that have targeted religious minorities and foreigners in the past. Bangladesh has cracked down hard on militants since July 2016, when gunmen of the banned Jamaat-ul-Mujahideen Bangladesh stormed the Holey Artisan Bakery in Dhaka's Gulshan and killed 22 people, most of them foreigners.

This year, more than 32,000 mandaps were set up across the country, according to the Puja Udjapon Parishad.
""", [
    inc(True, "other", last_wd(P, "Monday"), "Bangladesh", "Chattogram", "Chattogram", None, None, [], ["civilians"], ["targets"]),
    inc(False, "attack", "2016-07", "Bangladesh", "Dhaka", "Dhaka", 22, None, ["Jamaat-ul-Mujahideen Bangladesh"], ["civilians"]),
], "Primary: IED defused near a puja mandap 'yesterday' = 2019-10-07 (published Tuesday 2019-10-08); bomb defused = other, no casualties, doer unknown; targets (devotees) unscored. Admin1 Chattogram = the division, implied by the city. Background: Holey Artisan Bakery attack, July 2016, Dhaka, 22 killed, JMB as the text names it.")

# ---------------------------------------------------------------- 013 Bangladesh, Daily Star, road accident, no incident, boilerplate
P = "2021-03-03"
doc(13, "https://www.thedailystar.net/country/news/9-killed-bus-plunges-ditch-barishal-2054321",
    "9 killed as bus plunges into ditch in Barishal", P, """
Home / Country

9 killed as bus plunges into ditch in Barishal

Our Correspondent, Barishal | Wed Mar 3, 2021 12:00 AM

At least nine people were killed and 23 injured when a passenger bus skidded off the road and plunged into a roadside ditch in Barishal's Gournadi upazila yesterday.

The accident took place around 11:00am at Mahilara on the Dhaka-Barishal highway when the driver of the Dhaka-bound bus lost control while trying to overtake a covered van, said Afzal Hossain, officer-in-charge of Gournadi Police Station.

Fire service personnel and locals rescued the passengers after breaking the windows of the bus, which was lying upside down in waist-deep water. Seven passengers died on the spot, and two others died at Sher-e-Bangla Medical College Hospital, the OC said.

One of the dead, a 60-year-old man, had suffered a heart attack when the bus overturned, doctors said.

Passengers alleged that the driver had been speeding and was talking on his mobile phone. He fled the scene and police are trying to arrest him. A case has been filed.

According to the Road Safety Foundation, at least 6,686 people were killed in 4,891 road crashes across the country last year.

Related News
- Two killed in clash over land dispute in Bhola
- Motorcyclist crushed under truck in Faridpur

Most Viewed
- Covid-19: Bangladesh logs 12 more deaths
- Dhaka's air quality 'very unhealthy' again
""", [], "Road accident (nine killed, 23 injured) and road-crash statistics: not security incidents. The Bhola clash appears only in a 'Related News' headline and is not annotated.")

# ---------------------------------------------------------------- 014 Iraq, Rudaw, Turkish drone strike + 2 background, boilerplate
P = "2022-06-16"
doc(14, "https://www.rudaw.net/english/middleeast/iraq/16062022",
    "Turkish drone strike kills two YBS fighters in Sinjar", P, """
Rudaw English | Middle East | Iraq

Turkish drone strike kills two YBS fighters in Sinjar

Rudaw | 16-06-2022

ERBIL, Kurdistan Region - A Turkish drone struck a vehicle in the centre of Sinjar town on Wednesday, killing two members of the Sinjar Resistance Units (YBS) and wounding a civilian passerby, a local official told Rudaw English.

The strike hit the car near the town's main market at around 4pm, Sinjar mayor Nayef Sido said. "The two men in the car were killed instantly. A shop owner nearby was wounded by shrapnel and taken to hospital," he said.

The YBS, an Ezidi armed group that Ankara says is affiliated with the Kurdistan Workers' Party (PKK), confirmed the deaths in a statement. The Turkish defence ministry did not comment on the strike.

Read also: Iraqi army, YBS clash in Sinuni

Turkey has carried out dozens of drone strikes in Sinjar, part of Nineveh province, in the past two years. Last month, a drone targeted a car near Khanasor, north of the mountain, killing a senior YBS commander.

In August 2021, a Turkish strike on a clinic in the village of Sikeniye killed eight people, four of them medical staff, in one of the deadliest attacks in the district.

Residents say the strikes have scared away Ezidi families who had been considering returning to Sinjar from displacement camps in the Kurdistan Region.

"People ask us: how can we come back when drones are in the sky every day?" said Sido.

Baghdad has repeatedly condemned the Turkish strikes as violations of Iraqi sovereignty, while Ankara says it is targeting the PKK.

Tags: Sinjar / Turkey / YBS / PKK / Nineveh
""", [
    inc(True, "air_strike", last_wd(P, "Wednesday"), "Iraq", "Nineveh", "Sinjar", 2, 1, ["Turkish military"], ["militants"],
        ["perpetrators"]),
    inc(False, "air_strike", "2022-05", "Iraq", "Nineveh", "Khanasor", 1, None, ["Turkish military"], ["militants"],
        ["perpetrators"]),
    inc(False, "air_strike", "2021-08", "Iraq", "Nineveh", "Sikeniye", 8, None, ["Turkish military"], ["civilians"],
        ["perpetrators", "targets"]),
], "Primary: drone strike Wednesday = 2022-06-15; doer is the Turkish military as the text implies ('Turkish drone'), written 'Turkish military' and unscored. Background: last month's Khanasor drone strike (last month = 2022-05, 1 killed) and the August 2021 Sikeniye clinic strike (8; targets unscored: medical staff + others). Not annotated: 'Read also' headline; 'dozens of drone strikes' aggregate.")

# ---------------------------------------------------------------- 015 Iraq, Kurdistan24, attack with injured only
P = "2023-12-04"
doc(15, "https://www.kurdistan24.net/en/story/33012-four-federal-police-wounded-in-isis-attack-in-kirkuk",
    "Four federal police wounded in ISIS attack in Kirkuk", P, """
ERBIL (Kurdistan24) – Four members of the Iraqi federal police were wounded late on Sunday when Islamic State (ISIS) militants attacked a checkpoint in Kirkuk province's Daquq district, a security source said.

The source told Kurdistan24 that a group of militants opened fire on the checkpoint on the southern outskirts of Daquq town with machine guns and threw hand grenades at the position before withdrawing toward the Wadi al-Shay valley under the cover of darkness.

"Four policemen were wounded, one of them seriously. They were transferred to Kirkuk General Hospital," the source said. Federal police reinforcements were sent to the area and a search was launched in the surrounding orchards.

ISIS did not immediately claim the attack, but Iraqi security officials said the group's remnants were active in the area between Kirkuk, Salahuddin and Diyala provinces.

Kurdish officials have repeatedly warned that the security vacuum in the disputed territories between the Peshmerga and Iraqi forces allows the extremist group to regroup.

"These areas need joint coordination. Without it, ISIS will continue to exploit the gaps," Peshmerga Ministry spokesperson Sarbast Lazgin told Kurdistan24 on Monday.

The Peshmerga and the Iraqi army have set up joint brigades to fill the gaps along the line separating their forces, but officials say only two of the planned brigades are operational so far.

ISIS militants still carry out hit-and-run attacks on security forces and villagers in rural areas of Kirkuk, Diyala and Salahuddin, although the group was territorially defeated in Iraq in 2017.
""", [
    inc(True, "attack", last_wd(P, "Sunday"), "Iraq", "Kirkuk", "Daquq", None, 4, ["Islamic State"], ["police"]),
], "IS attack on a federal police checkpoint, late Sunday = 2023-12-03 (published Monday); four injured, no deaths mentioned (killed null). City Daquq (the checkpoint is on the outskirts of Daquq town). 'ISIS did not immediately claim', but the text attributes the attack to IS militants, so Islamic State is coded.")

# ---------------------------------------------------------------- 016 Iraq, wire roundup of separate incidents, boilerplate
P = "2020-01-13"
doc(16, "https://www.kurdistan24.net/en/story/21377-two-iraqi-soldiers-killed-in-tarmiyah-bombing-rockets-hit-green-zone",
    "Two Iraqi soldiers killed in Tarmiyah bombing, rockets hit Green Zone", P, """
Kurdistan24 | Iraq

Two Iraqi soldiers killed in Tarmiyah bombing, rockets hit Green Zone

ERBIL (Kurdistan24) – Two Iraqi soldiers were killed and three others wounded on Sunday when a roadside bomb struck their patrol in Tarmiyah, about 50 kilometers north of Baghdad, in one of several security incidents reported in and around the capital on the same day.

According to a statement by Iraq's Security Media Cell, the improvised explosive device targeted an army Humvee on a rural road near the Tigris river. The wounded were taken to a military hospital in Baghdad. The statement blamed "Daesh terrorist remnants" for the attack, but no group claimed responsibility.

Later on Sunday evening, two Katyusha rockets landed inside Baghdad's heavily fortified Green Zone, which houses government buildings and foreign embassies, including that of the United States. The Security Media Cell said the rockets caused no casualties. Sirens sounded inside the US embassy compound.

In a separate incident, a sticky bomb attached to a car exploded in Baghdad's Sadr City district, killing the driver, police sources said. The motive was not immediately clear.

Tensions have been running high in Iraq since a US drone strike near Baghdad airport killed Iranian general Qassem Soleimani and Iraqi militia leader Abu Mahdi al-Muhandis on January 3.

Tarmiyah, a mostly Sunni area with dense orchards, has long been a hideout for remnants of the Islamic State (ISIS) group.

@K24English
Two Katyusha rockets land inside Baghdad's Green Zone, no casualties reported – Security Media Cell
7:48 PM · Jan 12, 2020

Related: Iraqi protesters block roads in Nasiriyah, Basra

Share: Facebook | Twitter | Email
""", [
    inc(True, "bombing", last_wd(P, "Sunday"), "Iraq", "Baghdad", "Tarmiyah", 2, 3, [], ["military"], ["perpetrators"]),
    inc(False, "shelling", last_wd(P, "Sunday"), "Iraq", "Baghdad", "Baghdad", 0, 0, [], ["government officials"],
        ["killed", "injured", "targets"]),
    inc(False, "bombing", last_wd(P, "Sunday"), "Iraq", "Baghdad", "Baghdad", 1, None, [], ["civilians"]),
    inc(False, "air_strike", "2020-01-03", "Iraq", "Baghdad", "Baghdad", 2, None, ["United States military"], ["military"],
        ["perpetrators", "killed", "targets"]),
], "Same-day roundup, Sunday = 2020-01-12: Tarmiyah IED on an army patrol (primary, most lethal; admin1 Baghdad implied, Tarmiyah is in Baghdad governorate; perpetrators unscored: blamed on 'Daesh remnants' but no claim), Green Zone rockets (shelling, 'no casualties' = 0/0, unscored), Sadr City sticky bomb (1 killed; city coded Baghdad). Background: the Jan 3 US drone strike near Baghdad airport (air_strike); only two named dead, real toll larger, so killed unscored. Tweet embed repeats the rocket news.")

# ---------------------------------------------------------------- 017 Syria, Al Jazeera, Russian air strikes + 2 background
P = "2021-11-11"
doc(17, "https://www.aljazeera.com/news/2021/11/11/russian-air-strikes-kill-five-civilians-in-syrias-idlib",
    "Russian air strikes kill five civilians in Syria's Idlib", P, """
Children among the dead as strikes hit the outskirts of the town of Ariha, rescuers say.

Air strikes by Russian warplanes have killed five civilians, including three children, on the outskirts of the town of Ariha in Syria's northwestern Idlib province, according to rescue workers.

The strikes on Thursday morning hit a poultry farm and several houses on the southern edge of the town, the Syria Civil Defence, also known as the White Helmets, said. Nine other people were wounded, two of them critically.

"We pulled a father and his two sons out of the rubble. The third child died on the way to hospital," a White Helmets volunteer told Al Jazeera by phone.

Russia, a key ally of President Bashar al-Assad, did not comment on the strikes. The Syrian government and Moscow say they target "terrorists" in Idlib, the last major rebel-held area of the country.

Ariha has been hit repeatedly in recent weeks. On October 20, artillery shells fired by government forces slammed into a residential area of the town as children were heading to school, killing 11 people, including four children.

Thursday's strikes were the deadliest in Idlib province since a March 2020 ceasefire brokered by Russia and Turkey, which back opposing sides in the war, according to the White Helmets. Violations of the truce have increased since the summer.

Idlib is home to about three million people, many of whom have fled fighting in other parts of Syria. Rights groups say the worst single attack in the area came in July 2019, when air strikes on a crowded vegetable market in Maarat al-Numan killed 39 people.

The United Nations has warned that any major offensive on Idlib would cause a humanitarian catastrophe.

Source: Al Jazeera and news agencies
""", [
    inc(True, "air_strike", P, "Syria", "Idlib", "Ariha", 5, 9, ["Russian military"], ["civilians"], ["perpetrators"]),
    inc(False, "shelling", "2021-10-20", "Syria", "Idlib", "Ariha", 11, None, ["Syrian government forces"], ["civilians"],
        ["perpetrators"]),
    inc(False, "air_strike", "2019-07", "Syria", "Idlib", "Maarat al-Numan", 39, None, [], ["civilians"], ["perpetrators"]),
], "Primary: Russian strikes on Ariha, Thursday = published day 2021-11-11; doer written 'Russian military', unscored. Background: Oct 20 government shelling of Ariha (11 killed; 'government forces', unscored) and the July 2019 Maarat al-Numan market strikes (39; no doer named, unscored). Not annotated: the March 2020 ceasefire (not an incident).")

# ---------------------------------------------------------------- 018 Syria, car bomb, toll rises, boilerplate
P = "2022-07-19"
doc(18, "https://www.aa.com.tr/en/middle-east/car-bomb-kills-11-in-northern-syria-s-azaz/2641123",
    "Car bomb kills 11 in northern Syria's Azaz", P, """
Middle East | Syria

Car bomb kills 11 in northern Syria's Azaz

Civilians, including two children, among victims of blast in crowded market

AZAZ, Syria

At least 11 civilians were killed and 30 others injured on Tuesday when a car bomb exploded in a crowded market in Azaz, a town in the north of Aleppo province near the Turkish border, according to local officials.

The explosion went off at around 11am local time (0800GMT) near the vegetable market in the town centre, as residents were shopping ahead of the Eid al-Adha holiday, the local council said.

Civil defence teams initially reported six dead, but the toll rose in the afternoon as more bodies were pulled from the rubble of two shops and several of the wounded died in hospital. Two children were among the dead.

Several of the injured were transferred to hospitals in Kilis across the border in Türkiye.

No group claimed responsibility for the attack. Officials of the Syrian Interim Government blamed the YPG/PKK terror group, which did not comment.

Azaz has been under the control of the Syrian National Army since 2016 and has been hit by several bombings in recent years.

"We were buying clothes for the children for Eid. Suddenly there was fire everywhere," said a woman who was wounded in the hand.

Related news
- Rocket attack on Afrin kills 3 civilians
- Türkiye neutralises 4 PKK terrorists in northern Iraq

Tags: Syria, Azaz, car bomb, Aleppo
""", [
    inc(True, "bombing", P, "Syria", "Aleppo", "Azaz", 11, 30, [], ["civilians"], ["perpetrators"]),
], "Updated toll: initially six dead, final 'At least 11' (killed 11), 30 injured; Tuesday = published day 2022-07-19. Perpetrators unscored: no claim, blame by the local authorities only (gold []). Kilis is where the injured were taken. Not annotated: 'Related news' headlines.")

# ---------------------------------------------------------------- 019 Syria, AFP style, IS bus ambush + background
P = "2022-02-10"
doc(19, None, "IS ambush on army bus kills 13 Syrian soldiers near Palmyra", P, """
BEIRUT (AFP) - Islamic State group jihadists ambushed a bus carrying Syrian soldiers in the central desert on Wednesday, killing 13 of them, state media and a war monitor said.

The attack targeted the bus on the highway between Palmyra and Deir Ezzor, around 40 kilometres east of Palmyra in Homs province, the official SANA news agency reported, citing a military source. It said 18 other soldiers were wounded.

"A terrorist attack targeted a bus in the Palmyra desert, leaving 13 martyrs and 18 wounded," the source was quoted as saying.

The Britain-based Syrian Observatory for Human Rights said IS fighters had blocked the road with a burning truck and then opened fire on the bus with machine guns from two sides.

IS claimed responsibility for the ambush in a statement on its Amaq propaganda agency late Wednesday.

Although the jihadist group lost the last scraps of its self-declared "caliphate" in Syria in March 2019, its remnants have continued to wage a low-level insurgency from hideouts in the vast Badia desert.

The group has repeatedly targeted military buses on desert roads. In December 2020, IS fighters attacked a bus carrying soldiers near Mayadeen in Deir Ezzor province, killing 37 people, in one of the deadliest such attacks in recent years.

The Observatory says more than 1,600 soldiers and pro-government fighters have been killed in IS attacks in the desert since March 2019.

Russian warplanes regularly strike suspected IS positions in the desert in support of government forces.

The war in Syria has killed nearly half a million people since it broke out in 2011 with the brutal repression of anti-government protests.

sk/ami/jsa
""", [
    inc(True, "attack", last_wd(P, "Wednesday"), "Syria", "Homs", "Palmyra", 13, 18, ["Islamic State"], ["military"], ["city"]),
    inc(False, "attack", "2020-12", "Syria", "Deir Ezzor", "Mayadeen", 37, None, ["Islamic State"], ["military"]),
], "Primary: IS gun ambush (attack) on an army bus 40 km east of Palmyra, Wednesday = 2022-02-09; city Palmyra unscored (the site is on the highway, not in the town). Background: Dec 2020 bus attack near Mayadeen (37); admin1 in the text's AFP spelling 'Deir Ezzor'. Not annotated: aggregates (1,600 since 2019, half a million since 2011).")

# ---------------------------------------------------------------- 020 Yemen, Al Jazeera, Houthi missile + 2 background, boilerplate
P = "2021-08-24"
doc(20, "https://www.aljazeera.com/news/2021/8/24/houthi-missile-attack-kills-eight-in-yemens-marib",
    "Houthi missile attack kills eight in Yemen's Marib", P, """
News | Houthis

Houthi missile attack kills eight in Yemen's Marib

Two children among those killed after missile hits residential neighbourhood in the government-held city, officials say.

Published On 24 Aug 2021

A ballistic missile fired by Yemen's Houthi rebels has struck a residential neighbourhood in the government-held city of Marib, killing eight civilians, including two children, according to local officials.

The missile hit the al-Rawdha neighbourhood on Monday evening, destroying two houses, the governor of Marib province, Sultan al-Arada, said in a statement. Another 27 people were wounded.

There was no immediate comment from the Houthis, who have been waging an offensive since February to seize Marib, the internationally recognised government's last stronghold in the north.

"The Houthi militia is deliberately targeting civilians and displacement camps," Information Minister Moammar al-Eryani said on Twitter.

Keep reading
- Saudi-led coalition says it intercepted Houthi drone over Abha
- UN envoy urges end to Marib offensive

The city has been hit by missiles repeatedly since the offensive began. In June, a missile attack on a petrol station in the city killed 17 people, including a five-year-old girl.

The Houthis have also used drones against government forces. In January 2019, a Houthi drone attack on a military parade at the al-Anad air base in Lahj province killed six soldiers, including the head of military intelligence.

Marib is home to more than a million people who have fled fighting elsewhere in Yemen, many of them living in crowded camps around the city.

The war, which escalated in 2015 when a Saudi-led coalition intervened to restore the government, has killed tens of thousands of people and pushed millions to the brink of famine.

Source: Al Jazeera and news agencies
""", [
    inc(True, "shelling", last_wd(P, "Monday"), "Yemen", "Marib", "Marib", 8, 27, ["Houthis"], ["civilians"]),
    inc(False, "shelling", "2021-06", "Yemen", "Marib", "Marib", 17, None, ["Houthis"], ["civilians"], ["perpetrators"]),
    inc(False, "air_strike", "2019-01", "Yemen", "Lahj", None, 6, None, ["Houthis"], ["military"], ["city"]),
], "Primary: missile on Marib, Monday = 2021-08-23 (missile launched = shelling). Background: June petrol-station missile attack in Marib (2021-06, 17; doer implied only by context, unscored) and the January 2019 al-Anad drone attack (drone = air_strike; no town, city null unscored). Not annotated: 'Keep reading' headlines, war aggregates.")

# ---------------------------------------------------------------- 021 Yemen, Reuters style, separate incidents
P = "2023-03-21"
doc(21, None, "Al Qaeda attack kills four southern Yemeni soldiers in Abyan", P, """
ADEN, March 21 (Reuters) - Suspected al Qaeda militants killed four soldiers of the Security Belt forces in an attack on a checkpoint in Yemen's southern Abyan province on Monday, a military official said, one of three deadly incidents reported in the country that day.

The militants attacked the checkpoint in the Mudiyah district with rocket-propelled grenades and machine guns before dawn, the official with the Security Belt, which is aligned with the separatist Southern Transitional Council (STC), told Reuters. Two other soldiers were wounded.

Al Qaeda in the Arabian Peninsula (AQAP) later claimed the attack in a statement circulated on Telegram, saying it had targeted "the militias of the UAE".

Separately, two children were killed when a landmine exploded as they were herding sheep in the Hays district of the Red Sea province of Hodeidah, a local health official said. A third child was injured. The government blamed the Houthis for laying the mine; the movement did not comment.

In the southwestern city of Taiz, a woman was shot dead by a sniper while fetching water in the Osaifera neighbourhood, a medical source said. The city's government-held centre is besieged by the Houthis, whose snipers are positioned on the surrounding hills, residents say.

The STC and AQAP have fought for control of parts of Abyan and neighbouring Shabwa since last year, when the separatist forces launched an operation they called "Arrows of the East" to clear the provinces of the militants.

A truce brokered by the United Nations between the Houthis and a Saudi-led coalition expired in October, but has largely held, with both sides exchanging prisoners and holding talks.

(Reporting by Mohammed Mukhashaf; Writing by Aziz El Yaakoubi; Editing by Alex Richardson)
""", [
    inc(True, "attack", last_wd(P, "Monday"), "Yemen", "Abyan", "Mudiyah", 4, 2, ["al-Qaeda in the Arabian Peninsula"], ["military"]),
    inc(False, "bombing", last_wd(P, "Monday"), "Yemen", "Hodeidah", "Hays", 2, 1, [], ["civilians"], ["perpetrators"]),
    inc(False, "attack", last_wd(P, "Monday"), "Yemen", "Taiz", "Taiz", 1, None, [], ["civilians"], ["perpetrators"]),
], "Three same-day incidents (Monday = 2023-03-20): AQAP attack on a Security Belt checkpoint in Mudiyah (primary; STC forces coded military), landmine in Hays, Hodeidah (bombing; blamed on the Houthis by the government only -> perps [] unscored), sniper killing of an unnamed woman in Taiz (attack; Houthi snipers implied but not said -> unscored). Admin1 Taiz is implied by the city. 'March 21' dateline = published.")

# ---------------------------------------------------------------- 022 Yemen, cholera outbreak, no incident
P = "2019-09-24"
doc(22, None, "Cholera deaths climb in Yemen's Ibb and Dhamar as rains spread outbreak", P, """
SANAA, Sept 24 (Xinhua) -- At least 43 people have died of suspected cholera in Yemen's central provinces of Ibb and Dhamar over the past three weeks, health officials said on Tuesday, as heavy seasonal rains contaminated water sources.

More than 6,800 suspected cases have been recorded in the two provinces since the beginning of September, according to the health office in Ibb, which said hospitals were overwhelmed and short of intravenous fluids.

"The disease is attacking the weakest first: children and the elderly who are already malnourished," said a doctor at al-Thawra hospital in Ibb city, who asked not to be named.

The World Health Organization said it had sent medical supplies and oral rehydration salts to treatment centres in the affected districts and was supporting a vaccination campaign that is due to start next month.

Yemen suffered the world's worst cholera outbreak in recent history in 2017, when more than a million suspected cases were recorded and about 2,500 people died.

Health workers say the war has destroyed much of the water and sanitation infrastructure, leaving millions dependent on wells and water trucks. Fuel shortages have also shut down pumping stations in several cities.

The conflict between the Houthis and the Saudi-backed government, which escalated in March 2015, has killed tens of thousands of people, most of them civilians, according to aid agencies, and displaced more than three million.

Aid agencies have repeatedly appealed for funds, saying the humanitarian response plan for this year is less than half funded.

The United Nations describes Yemen as the world's worst humanitarian crisis, with about 80 percent of the population in need of some form of assistance.
""", [], "Disease outbreak with deaths (43 cholera deaths) plus war aggregates ('tens of thousands' killed, 2017 outbreak): no security incident. 'attacking' is said of the disease.")

# ---------------------------------------------------------------- 023 Israel, Times of Israel, ramming-stabbing, attacker among dead, 2 background, boilerplate
P = "2023-07-31"
doc(23, "https://www.timesofisrael.com/two-killed-in-beersheba-ramming-and-stabbing-attack-terrorist-shot-dead/",
    "Two killed in Beersheba ramming and stabbing attack; terrorist shot dead", P, """
Two killed in Beersheba ramming and stabbing attack; terrorist shot dead

Assailant, a resident of a nearby Bedouin town, rammed his car into pedestrians at a bus stop, then stabbed a passerby before being shot by an off-duty soldier; four others wounded

By Emanuel Fabian | Today, 3:12 pm

A ramming and stabbing attack in the southern city of Beersheba on Monday left three people dead, including the assailant, and four others wounded, police and medics said.

According to police, the attacker drove his car into a group of people waiting at a bus stop on Rager Boulevard shortly after 1 p.m., then got out of the vehicle and stabbed a man on the sidewalk. He was shot dead by an off-duty soldier who was at the scene.

The Magen David Adom ambulance service said a woman in her 60s and a man in his 40s were pronounced dead at the scene. Of the four wounded, one was in serious condition and three were lightly hurt, medics said.

Police identified the assailant as a 31-year-old resident of the Bedouin town of Hura who had served a prison sentence for security offenses. No group claimed responsibility, though Hamas praised the attack.

Related: Hamas terrorist killed in IDF raid in Jenin, army says

It was the deadliest attack in Beersheba since March 2022, when a Bedouin man killed four people in a stabbing and ramming rampage at a shopping center and a gas station in the city.

The attack came less than a week after a gunman opened fire at a bus stop in Tel Aviv last Tuesday, wounding six people before fleeing the scene. Police are still searching for the shooter.

Prime Minister Benjamin Netanyahu said in a statement that security forces would "reach anyone who helped the murderer."

Join our WhatsApp group | Read more: Israel at war with itself? The judicial overhaul debate
""", [
    inc(True, "attack", P, "Israel", None, "Beersheba", 3, 4, [], ["civilians"], ["admin1"]),
    inc(False, "attack", "2022-03", "Israel", None, "Beersheba", 4, None, [], ["civilians"], ["admin1"]),
    inc(False, "attack", last_wd(P, "Tuesday"), "Israel", None, "Tel Aviv", None, 6, [], ["civilians"], ["admin1"]),
], "Primary: Monday = published day 2023-07-31; killed 3 'including the assailant', 4 wounded; Hamas only praised it, so perpetrators []. Admin1 (Southern District) is not named: null, unscored (same for the background). Background: March 2022 Beersheba rampage (4) and 'last Tuesday' Tel Aviv bus-stop shooting = 2023-07-25 (6 wounded). Not annotated: 'Related' headline (Jenin raid).")

# ---------------------------------------------------------------- 024 Palestine, WAFA, protest fired on + background
P = "2021-08-13"
doc(24, "https://english.wafa.ps/Pages/Details/125843",
    "Young man killed, 31 injured by Israeli forces' fire in Beita, south of Nablus", P, """
NABLUS, Friday, August 13, 2021 (WAFA) – A Palestinian young man was killed and 31 others were injured today by Israeli occupation forces' fire during the weekly protest against the illegal settlement outpost on Mount Sabih in the town of Beita, south of Nablus.

Ahmad Jibril, head of the Palestine Red Crescent Society (PRCS) emergency services in Nablus, told WAFA that Israeli soldiers shot a 22-year-old man, identified as Mahmoud Fathi Bani Odeh, with a live bullet in the chest. He was rushed to Rafidia hospital in Nablus, where doctors pronounced him dead shortly after.

Jibril said 31 other protesters were injured, four by live bullets, 19 by rubber-coated steel bullets and eight by tear gas canisters, while dozens suffered from tear gas inhalation and were treated at the scene.

Hundreds of citizens took part in the march after Friday prayers, which set off from the centre of the town towards the mountain, where the occupation forces fired live ammunition, rubber-coated bullets and tear gas at them.

The town has been holding daily protests since May against the outpost, which settlers set up on land belonging to Beita and the neighbouring villages of Qabalan and Yatma.

Last Friday, Israeli forces shot dead another man from the town, Emad Ali Dweikat, 37, during a similar protest at the mountain.

The Palestinian Ministry of Foreign Affairs condemned the killing, describing it as a "field execution", and called on the International Criminal Court to speed up its investigation into crimes committed by the occupation.

The funeral of the martyr is expected to take place tomorrow morning in Beita.
""", [
    inc(True, "protest", P, "Palestine", "Nablus", "Beita", 1, 31, ["Israeli forces"], ["protesters"], ["perpetrators"]),
    inc(False, "protest", last_wd(P, "Friday", 1), "Palestine", "Nablus", "Beita", 1, None, ["Israeli forces"], ["protesters"],
        ["perpetrators"]),
], "Protesters shot by forces = protest. Primary 'today' = Friday 2021-08-13 (the dateline). Background: 'Last Friday' = one week earlier, 2021-08-06, one killed at the same place. Perpetrators written 'Israeli forces' as the text says, unscored. Admin1 Nablus governorate implied by 'south of Nablus'. Not annotated: the daily protests since May (generic).")

# ---------------------------------------------------------------- 025 Palestine (Gaza), Al Jazeera, air strike + background in Israel, boilerplate
P = "2023-05-10"
doc(25, "https://www.aljazeera.com/news/2023/5/10/israeli-strike-on-khan-younis-home-kills-five",
    "Israeli strike on Khan Younis home kills five, including Islamic Jihad commander", P, """
News | Israel-Palestine conflict

Israeli strike on Khan Younis home kills five, including Islamic Jihad commander

Health officials in Gaza say two women and a child are among the dead as the Israeli army says it targeted a rocket unit chief.

Published On 10 May 2023

An Israeli air strike on a house in Khan Younis in the southern Gaza Strip has killed five Palestinians, including a senior commander of the Palestinian Islamic Jihad (PIJ) armed group, according to the Gaza health ministry.

The strike hit the three-storey building in the Bani Suheila roundabout area of the city shortly after midnight on Tuesday. Two women and a seven-year-old boy were among those killed, and at least seven other people were wounded, the ministry said.

The Israeli military said its fighter jets had targeted Ali Hassan Ghali, whom it described as the commander of the PIJ's rocket launching unit in the southern Gaza Strip.

Keep reading
- Palestinian killed by Israeli forces in raid on Jenin refugee camp
- Thousands mourn Khader Adnan after death in Israeli prison

The al-Quds Brigades, the PIJ's armed wing, vowed to respond. Hours after the strike, air raid sirens sounded in several Israeli communities near Gaza.

Tensions have been rising since May 2, when rockets fired from Gaza hit a house in the Israeli town of Sderot, injuring two people. The al-Quds Brigades claimed that barrage, saying it was a response to the death of Khader Adnan, a PIJ member who died after an 87-day hunger strike in Israeli custody.

Egypt and Qatar were trying to mediate a ceasefire, diplomatic sources told Al Jazeera.

"We were asleep when the house collapsed over us," said Umm Ahmed, a neighbour whose home was damaged. "There are children in this building. What did they do?"

Source: Al Jazeera and news agencies
""", [
    inc(True, "air_strike", last_wd(P, "Tuesday"), "Palestine", "Khan Younis", "Khan Younis", 5, 7, ["Israeli military"],
        ["militants", "civilians"], ["perpetrators", "admin1"]),
    inc(False, "shelling", "2023-05-02", "Israel", None, "Sderot", None, 2, ["Palestinian Islamic Jihad"], ["civilians"], ["admin1"]),
], "Primary: strike 'shortly after midnight on Tuesday' = 2023-05-09 (published Wednesday); 5 killed incl. a PIJ commander and civilians; 'Israeli military' as the text writes it, unscored; admin1 (Khan Younis governorate vs Gaza Strip) unscored. Background: May 2 rockets on Sderot (shelling, 2 injured, claimed by PIJ's al-Quds Brigades). Not annotated: 'Keep reading' headlines; Khader Adnan's death in custody (not a violent incident).")

# ---------------------------------------------------------------- 026 Lebanon, drone strike + 2 background
P = "2024-05-28"
doc(26, None, "Israeli drone strike on car kills two Hezbollah fighters near Nabatieh", P, """
BEIRUT, May 28 (Reuters) - An Israeli drone strike on a car on the outskirts of the southern Lebanese city of Nabatieh killed two Hezbollah fighters on Tuesday, security sources said, in one of the deepest strikes inside Lebanon in recent weeks.

The strike hit the car on the road linking Nabatieh to the village of Kfar Roummane, setting it on fire, according to witnesses. Hezbollah announced the deaths of two of its members later in the day without saying where they were killed.

The Israeli military said in a statement that its aircraft had struck "Hezbollah terrorists" in the Nabatieh area who were involved in launching rockets at northern Israel.

Hezbollah and Israel have been exchanging fire across the border almost daily since the war in Gaza began in October. On Sunday, a barrage of rockets launched by Hezbollah hit Kiryat Shmona, wounding two people and damaging several buildings, Israeli medics said. The group said it had targeted an Israeli army position in the town.

Last week, an Israeli strike on a house in the border village of Aitaroun killed four people, including a Hezbollah field commander, according to the Lebanese state news agency NNA.

More than 400 people have been killed in Lebanon since October, most of them Hezbollah fighters, but also more than 80 civilians, according to a Reuters tally. On the Israeli side, at least 14 soldiers and 11 civilians have been killed, according to Israeli authorities.

Tens of thousands of people have been displaced on both sides of the frontier.

Diplomats from France and the United States have been trying to broker a deal to calm the border, so far without success.

(Reporting by Laila Bassam and Maya Gebeily; Editing by Toby Chopra)
""", [
    inc(True, "air_strike", P, "Lebanon", "Nabatieh", "Nabatieh", 2, None, ["Israel Defense Forces"], ["militants"], ["perpetrators"]),
    inc(False, "shelling", last_wd(P, "Sunday"), "Israel", None, "Kiryat Shmona", None, 2, ["Hezbollah"], ["civilians"],
        ["admin1", "targets"]),
    inc(False, "air_strike", "2024-05", "Lebanon", "Nabatieh", "Aitaroun", 4, None, ["Israel Defense Forces"], ["militants", "civilians"],
        ["perpetrators", "admin1", "targets"]),
], "Primary: drone strike Tuesday = published day 2024-05-28 (drone = air_strike), 'Israel Defense Forces' (canonical, unscored). Background: Sunday = 2024-05-26 Hezbollah rockets on Kiryat Shmona (shelling, 2 wounded; targets unscored: Hezbollah says an army position), and last week's Aitaroun house strike (2024-05, 4 killed incl. a commander; Aitaroun is in Nabatieh governorate, not named: admin1 unscored). Not annotated: the tallies since October.")

# ---------------------------------------------------------------- 027 Lebanon, army raid / armed clash + background
P = "2022-09-27"
doc(27, None, "Three wanted men killed, two soldiers wounded in army raid in Lebanon's Brital", P, """
BAALBEK, Lebanon (AP) — Lebanese troops killed three wanted men in a shootout during a raid in the eastern town of Brital on Tuesday, the army said, in the latest in a series of operations against drug traffickers and car thieves in the Baalbek-Hermel region.

An army statement said a patrol came under fire from gunmen as it moved to arrest a man wanted on more than 40 warrants for drug trafficking, kidnapping for ransom and shooting at troops. Soldiers returned fire, killing the suspect and two of his companions. Two soldiers were wounded and taken to a hospital in Baalbek.

The army said it had seized machine guns, rocket-propelled grenades and quantities of captagon pills in the raid. Residents said helicopters flew over the town during the operation, which lasted several hours.

The Bekaa Valley, where Brital lies, is a center of Lebanon's illicit hashish and captagon trade. Powerful clans in the area have long resisted attempts by the state to impose its authority, and shootouts with security forces are frequent.

In September 2021, two soldiers were killed when gunmen opened fire on an army patrol in the Sharawneh neighborhood of the city of Baalbek, an attack the army blamed on members of a local clan.

Lebanon's economic meltdown, which began in late 2019, has led to a surge in crime across the country, and the army, whose soldiers have seen the value of their salaries collapse, has been stretched thin.

Gulf countries have repeatedly complained about smuggling of captagon pills from Lebanon and Syria, and Saudi Arabia banned imports of Lebanese produce in 2021 after millions of pills were found hidden in a shipment of pomegranates.

Lebanese officials have vowed to crack down on the smuggling networks.
""", [
    inc(True, "armed_clash", P, "Lebanon", "Baalbek-Hermel", "Brital", 3, 2, [], ["military"]),
    inc(False, "attack", "2021-09", "Lebanon", "Baalbek-Hermel", "Baalbek", 2, None, [], ["military"]),
], "Primary: army raid met with fire, exchange of fire = armed_clash, Tuesday = published day 2022-09-27; 3 wanted men killed, 2 soldiers wounded; gunmen unnamed -> []. Background: Sept 2021 attack on an army patrol in Baalbek's Sharawneh (2 soldiers killed; 'members of a local clan' is not a named group -> []). Not annotated: the 2021 captagon seizure (not violent).")

# ---------------------------------------------------------------- 028 Iran, Jaish al-Adl attack, split counts + background, boilerplate
P = "2023-12-15"
doc(28, "https://www.iranintl.com/en/202312150412",
    "Nine police killed in Jaish al-Adl attack on Rask police station", P, """
Iran International | Iran

Nine police killed in Jaish al-Adl attack on Rask police station

Friday, 12/15/2023

Militants attacked a police station in the town of Rask in Iran's southeastern Sistan and Baluchestan province early on Friday, in a gun battle that lasted several hours and left 13 people dead — nine police officers and four of the assailants — state media reported.

The deputy interior minister for security affairs, Majid Mirahmadi, told state TV that the attackers, armed with machine guns and grenades, tried to seize the station at around 2am. Seven other officers were wounded, he said.

The Sunni militant group Jaish al-Adl claimed responsibility in a statement on its Telegram channel, saying it had attacked the station in response to the "killing of Baluch people" by security forces.

Related: Two IRGC members shot dead in Saravan

Jaish al-Adl, which Tehran designates as a terrorist group and says operates from bases in Pakistan, has carried out several deadly attacks on security forces in the province, one of Iran's poorest.

The group's deadliest attack came in February 2019, when a suicide car bomber struck a bus carrying members of the Revolutionary Guards on the road between Khash and Zahedan, killing 27 of them.

Rights groups say Baluch people, who are mostly Sunni Muslims, face discrimination in the Shia-majority country. The province saw some of the bloodiest crackdowns of the 2022 protest movement.

Iran's interior minister Ahmad Vahidi said the attackers had entered from across the border and vowed that they would be "punished severely".

Pakistan's foreign ministry condemned the attack and said it was ready to cooperate with Iran.

Most viewed
- Toomaj Salehi's sentence overturned by Supreme Court
- Rial falls to new low against dollar

Share | Comment
""", [
    inc(True, "armed_clash", P, "Iran", "Sistan and Baluchestan", "Rask", 13, 7, ["Jaish al-Adl"], ["police"]),
    inc(False, "suicide_bombing", "2019-02", "Iran", "Sistan and Baluchestan", None, 27, None, ["Jaish al-Adl"], ["military"],
        ["city"]),
], "Primary: attack on a police station that became a gun battle (coded armed_clash; 'attack' would also be defensible), Friday = published day 2023-12-15; killed 13 = nine police + four attackers (the text gives the total). Background: Feb 2019 suicide car bombing of an IRGC bus on the Khash-Zahedan road (27 killed; IRGC coded military; no single town: city null, unscored). Not annotated: 'Related' headline (Saravan), 2022 crackdown (generic).")

# ---------------------------------------------------------------- 029 Iran, IRNA/Tasnim style, separate incidents in one province
P = "2025-05-27"
doc(29, None, "Two IRGC Basij members martyred in Saravan; police officer killed in Zahedan", P, """
TEHRAN, May 27 (IRNA) - Two members of the Basij volunteer force of the Islamic Revolution Guards Corps (IRGC) were martyred on Monday when terrorists opened fire on their vehicle near the city of Saravan in Sistan and Baluchestan province, the IRGC's Quds Base said in a statement.

The statement said the two Basij members were on their way back from a mission to distribute aid in the villages around Saravan when they were targeted by "armed terrorists linked to foreign intelligence services". The attackers fled towards the border.

The Jaish al-Adl terrorist group claimed responsibility for the attack, Tasnim news agency reported.

In a separate incident on the same day, a police officer, identified as Sergeant Hamid Rigi, was shot dead by unknown gunmen riding a motorcycle in front of his home in Zahedan, the provincial capital, the province's police said.

Also on Monday, a hand grenade was thrown into the courtyard of a police station in Iranshahr, injuring three officers, Tasnim reported. Police said two suspects had been identified.

The deputy governor of Sistan and Baluchestan for security affairs, Alireza Marhamati, said security forces were pursuing the perpetrators of the attacks and that "the terrorists will not escape justice".

Sistan and Baluchestan, which borders Pakistan and Afghanistan, has for years been the scene of clashes between security forces and Baluch militants, as well as drug smugglers.

The province's officials say security has improved significantly in recent years, but sporadic attacks on security forces continue.

The funeral of the martyrs will be held in Saravan on Wednesday, IRNA said.
""", [
    inc(True, "attack", last_wd(P, "Monday"), "Iran", "Sistan and Baluchestan", "Saravan", 2, None, ["Jaish al-Adl"], ["paramilitary"],
        ["targets"]),
    inc(False, "targeted_killing", last_wd(P, "Monday"), "Iran", "Sistan and Baluchestan", "Zahedan", 1, None, [], ["police"]),
    inc(False, "bombing", last_wd(P, "Monday"), "Iran", "Sistan and Baluchestan", "Iranshahr", None, 3, [], ["police"]),
], "Three same-day incidents (Monday = 2025-05-26): Saravan ambush on two Basij members (primary; Basij coded paramilitary, unscored: military also defensible), named police officer shot dead in Zahedan (targeted_killing), grenade into an Iranshahr police station (bombing, 3 injured). 'Wednesday' in the last line is the coming funeral, after publication.")

# ---------------------------------------------------------------- 030 Egypt, Ahram Online style, Sinai clash with split counts + background, boilerplate
P = "2016-07-25"
doc(30, "https://english.ahram.org.eg/NewsContent/1/64/234122/Egypt/Politics-/Five-soldiers-killed-in-militant-attack-on-Arish-ch.aspx",
    "Five soldiers killed in militant attack on Arish checkpoint; seven attackers killed: army", P, """
Egypt | Politics

Five soldiers killed in militant attack on Arish checkpoint; seven attackers killed: army

Ahram Online , Monday 25 Jul 2016

Five Egyptian soldiers were killed and six injured when militants attacked an army checkpoint south of El-Arish in North Sinai on Sunday, the army spokesman said in a statement.

The soldiers at the checkpoint exchanged fire with the attackers, killing seven of them, the statement added. The attackers had used rocket-propelled grenades and heavy machine guns, and a car packed with explosives was found and destroyed near the site.

Sinai Province, the Egyptian affiliate of the Islamic State group, claimed responsibility for the attack in a statement posted online.

Short link: english.ahram.org.eg/News/234122.aspx

The attack is the deadliest on security forces in North Sinai in several weeks. Militants in the restive peninsula have killed hundreds of soldiers and policemen since the ouster of president Mohamed Morsi in 2013.

In October 2015, the group claimed the downing of a Russian passenger plane over Sinai, which killed all 224 people on board shortly after take-off from Sharm El-Sheikh.

The army launched a wide-scale operation, dubbed "Martyr's Right", in September 2015 to root out militants in the north of the peninsula. Authorities have imposed a curfew in parts of North Sinai, including El-Arish, Sheikh Zuweid and Rafah.

RELATED
- Sisi meets top military commanders to discuss Sinai security
- Two policemen killed in Sheikh Zuweid roadside bomb

Search Keywords: Sinai / militants / Islamic State / El-Arish
""", [
    inc(True, "armed_clash", last_wd(P, "Sunday"), "Egypt", "North Sinai", "El-Arish", 12, 6,
        ["Islamic State Sinai Province"], ["military"]),
    inc(False, "bombing", "2015-10", "Egypt", None, None, 224, None, ["Islamic State Sinai Province"], ["civilians"],
        ["admin1", "city"]),
], "Primary: checkpoint attack with exchange of fire = armed_clash, Sunday = 2016-07-24; killed 12 = five soldiers + seven attackers (a sum: listed in check_g.py SUMS), six injured. Perpetrator 'Islamic State Sinai Province' (the text: 'Sinai Province, the Egyptian affiliate of the Islamic State group'). Background: the October 2015 downing of the Russian airliner over Sinai (224 killed; bomb on a plane = bombing; no place on the ground given: admin1/city null, unscored). Not annotated: 'RELATED' headlines, the September 2015 operation (campaign, no toll), 'hundreds' aggregate.")


if __name__ == "__main__":
    assert len(DOCS) == 30, len(DOCS)
    for d in DOCS:
        with open(os.path.join(HERE, d["id"] + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"wrote {len(DOCS)} files")
