"""Writer m of the fresh6 set: builds fresh6-m001 ... fresh6-m030.gold.json from the table DOCS below.
Every document is a whole news page (texts invented; places, organisations and armed groups real).
Run: python3 tests/eval/fresh6/build_m.py   (writes next to this file)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "incidentwire fresh6 set (written 2026-12-07)"
DOCS = []


def I(primary, event_type, date, country, admin1, city, killed, injured, perpetrators, targets, unscored=()):
    return {"primary": primary, "event_type": event_type, "date": date, "country": country, "admin1": admin1,
            "city": city, "killed": killed, "injured": injured, "perpetrators": list(perpetrators),
            "targets": list(targets), "weapons": None, "unscored": ["weapons"] + list(unscored)}


def D(n, url, title, published, text, incidents, notes):
    DOCS.append({"id": f"fresh6-m{n:03d}", "source": SOURCE, "url": url, "title": title, "published": published,
                 "text": text.strip("\n"), "origin": "written for incidentwire", "incidents": incidents,
                 "notes": notes})

# ---------------------------------------------------------------- 001 (negative: wildlife, Kenya, Nation)
D(1, "https://nation.africa/kenya/counties/nakuru/hippo-overturns-canoe-fisherman-dies-lake-naivasha-4331902",
  "Hippo overturns canoe, fisherman dies on Lake Naivasha", "2023-08-14", """
Home  News  Counties  Nakuru
Hippo overturns canoe, fisherman dies on Lake Naivasha
By Macharia Mwangi
Nation Media Group
Monday, August 14, 2023

A fisherman died on Lake Naivasha on Saturday night after a hippo rose beneath his wooden canoe, tipped it over and pulled him into the papyrus, the third life the lake's hippos have taken since June.

John Njoroge Kimani, 34, had paddled out with two colleagues from the Kamere landing beach to lift tilapia nets when, witnesses said, a lone bull surfaced under the stern. The two others clung to the upturned hull until a passing boat reached them. Kimani's body, bearing deep bite wounds, was recovered on Sunday morning by Kenya Wildlife Service (KWS) rangers working with divers from the local Beach Management Unit.

"It was not even charging. It was just there, and then the canoe was in the air," said Peter Otieno, one of the survivors, who was treated for shock at Naivasha Sub-County Hospital.

Naivasha police commander Stephen Kirui said the death was being handled as a human-wildlife conflict case and that no foul play was suspected.

Residents say the lake's swelling shoreline and night fishing, which is banned during the breeding months, have pushed fishermen and the animals into the same few hundred metres of water. "These animals have killed more of our people than any gang ever did," said Beach Management Unit chairman David Kilo. "We are asking KWS to move the bulls or give us a safe corridor."

A KWS official in the Central Rift said compensation forms had been given to the family under the Wildlife Conservation and Management Act, which provides Sh5 million for a death. He urged fishermen to stay off the water after dark.

Hippos are blamed for more human deaths in Kenya than any other large animal, and Naivasha, home to an estimated 1,500 of them, records several attacks on fishermen every year.

Also Read
Two killed as bandits raid Baragoi village
Police officer shot dead in Isiolo robbery

Advertisement
Share this article
""", [], "Wildlife death (hippo tips a canoe): no security incident. The 'Also Read' headlines (Baragoi raid, Isiolo robbery) are boilerplate and not annotated.")

# ---------------------------------------------------------------- 002 (abduction, Nigeria, Premium Times)
D(2, "https://www.premiumtimesng.com/news/headlines/517604-bandits-abduct-27-worshippers-kill-one-in-zamfara-mosque.html",
  "Bandits abduct 27 worshippers, kill one in Zamfara mosque", "2022-03-08", """
Bandits on Sunday abducted at least 27 worshippers during evening prayers at a mosque in Kanoma, a farming community in Maru Local Government Area of Zamfara State, residents and the police have said.

One worshipper who tried to escape through a window was shot dead by the attackers, who arrived on about 40 motorcycles shortly after Maghrib prayers, according to a resident, Sani Abdullahi.

"They surrounded the mosque from all sides and ordered everybody to lie down. The imam was among those they took away, with two of his sons," Mr Abdullahi told PREMIUM TIMES by phone on Monday.

He said the gunmen marched the captives towards the forest that links Maru with Bungudu and Tsafe, firing into the air to keep other residents indoors.

The police spokesperson in the state, Ibrahim Garba, confirmed the abduction in a statement. He said a tactical team had been deployed to Kanoma and that "efforts are on to rescue the victims unhurt and arrest the perpetrators." He put the number of those abducted at 27, while local sources said more than 30 people were missing.

Kanoma lies about 20 kilometres from Maru town and has been raided several times since 2019. Residents said many farmers had stopped going to their farms for fear of being kidnapped for ransom.

The abduction is the latest in a string of mass kidnappings in the North-west. In February last year, bandits stormed the Government Girls Secondary School, Jangebe, in Talata Mafara LGA of the state, and carted away 279 students, who were released days later after negotiations with the state government.

Security analysts say the armed groups, who operate from forests straddling Zamfara, Katsina, Sokoto and Niger states, have grown bolder despite military operations and a partial shutdown of telecommunications services in the state last year.

The Zamfara State Government has yet to comment on the latest attack.
""", [
    I(True, "abduction", "2022-03-06", "Nigeria", "Zamfara", "Kanoma", 1, None, ["bandits"], ["civilians", "clergy"]),
    I(False, "abduction", "2021-02", "Nigeria", "Zamfara", "Jangebe", None, None, ["bandits"], ["civilians"]),
], "Primary: Sunday (6 March 2022) mass abduction at a Kanoma mosque, one worshipper shot dead (killed 1), the imam among the captives (clergy). Background: the Jangebe schoolgirls abduction, 'February last year' = 2021-02.")

# ---------------------------------------------------------------- 003 (attack, Niger, AFP)
D(3, "https://www.france24.com/en/live-news/20211116-eleven-soldiers-killed-in-ambush-in-southwest-niger",
  "Eleven soldiers killed in ambush in southwest Niger", "2021-11-16", """
Niamey (AFP) - Eleven Nigerien soldiers were killed and nine wounded when their patrol was ambushed in the west of the country near the border with Burkina Faso, the defence ministry said Tuesday.

The attack took place on Sunday about 20 kilometres from Bankilare, a rural commune in the Tillaberi region, when "heavily armed terrorists on board several vehicles and dozens of motorbikes" opened fire on a unit escorting a fuel convoy, the ministry said in a statement read on state television.

Reinforcements sent from the nearby garrison town of Tera and air support "made it possible to repel the enemy, who suffered heavy losses", the statement said, without giving a figure. Three army vehicles were destroyed and a search of the area was under way.

No group had claimed responsibility by Tuesday.

A local official in Bankilare, who asked not to be named, told AFP that the wounded had been flown to the capital and that the bodies of the soldiers had been brought back to the garrison.

The vast Tillaberi region lies in the so-called "three borders" zone where Niger, Mali and Burkina Faso meet, which has for years been the theatre of attacks by jihadists linked to Al-Qaeda and the Islamic State group.

In March, gunmen on motorbikes killed 141 people in a series of raids on villages near Tillia, in the neighbouring Tahoua region, one of the deadliest massacres in the country's history.

Niger, one of the poorest countries in the world, is also facing Boko Haram and its offshoot Islamic State West Africa Province (ISWAP) in the southeast near the Nigerian border.

President Mohamed Bazoum, who took office in April, has called for greater regional cooperation and said his government was open to dialogue with some armed fighters.

bur/fb/jj
""", [
    I(True, "attack", "2021-11-14", "Niger", "Tillaberi", "Bankilare", 11, 9, [], ["military"]),
    I(False, "attack", "2021-03", "Niger", "Tahoua", "Tillia", 141, None, [], ["civilians"]),
], "Primary: Sunday (14 Nov 2021) ambush near Bankilare: 11 soldiers killed, 9 wounded; attackers' losses given only as 'heavy' so killed is the lower bound 11; no claim, so perpetrators []. Background: March 2021 raids near Tillia (141 killed). The Boko Haram/ISWAP and IS/Al-Qaeda lines are context.")

# ---------------------------------------------------------------- 004 (negative: generator fumes, Nigeria, Punch)
D(4, "https://punchng.com/generator-fumes-couple-three-children-found-dead-in-ibadan-home/",
  "Generator fumes: Couple, three children found dead in Ibadan home", "2019-01-07", """
Home | News | Metro Plus | Politics | Sports | Entertainment
Generator fumes: Couple, three children found dead in Ibadan home
By Ademola Babalola
7th January 2019

A family of five was on Sunday found dead in their bungalow in the Olunloyo area of Ibadan, the Oyo State capital, with a petrol generator standing in the parlour beside them.

Neighbours said the man, identified only as Tunde, his wife and their three children, aged four, nine and 13, had wheeled the generator indoors on Saturday night because two machines had been stolen from verandahs on the same street in December. They had locked out the thieves, one neighbour said, and locked in the fumes.

"Nobody saw them come out for church. When we forced the door around noon, the smell of smoke still hung in the house and all of them were lying as if they were asleep," a neighbour, Mrs Bisi Adeyemi, told our correspondent.

The Police Public Relations Officer in Oyo State, Olugbenga Fadeyi, confirmed the incident, saying the bodies had been deposited at the mortuary of the University College Hospital, Ibadan.

"There was no sign of forced entry and no injury on any of the victims. Preliminary findings point to carbon monoxide from the generator. We are not treating it as a murder case," he said.

The Director of the Oyo State Fire Service, Moshood Adewole, described generator fumes as a silent killer that claims whole households every dry season, when power supply drops and windows are shut against the harmattan. He urged residents to keep generators at least five metres from any door or window and never to run them in a room where people are sleeping.

The Chairman of the Akinyele Local Government, where the family worshipped, said the council would bear the cost of the burial, which is expected to take place on Wednesday.

Also Read:
Gunmen kill vigilante, abduct farmer in Ogun
Police arrest three over Oyo bank robbery
Trending: Why I left my husband after 20 years — Actress

Copyright PUNCH. All rights reserved.
""", [], "Accidental carbon-monoxide deaths (generator indoors); police rule out crime. 'Also Read' headlines are boilerplate, not annotated.")

# ---------------------------------------------------------------- 005 (negative: mine rockfall, South Africa, AFP)
D(5, "https://www.barrons.com/news/four-miners-die-after-rockfall-at-south-african-gold-mine-2d8a1c44",
  "Four miners die after rockfall at South African gold mine", "2024-05-22", """
Johannesburg (AFP) - Four men working more than two kilometres underground died when a tremor brought down the hanging wall of a stope at a gold mine west of Johannesburg, the company and unions said Wednesday.

The seismic event struck late on Tuesday at a shaft near Carletonville, in Gauteng province, shortly after the shift's blasting had been completed and a team had gone back in to make the face safe, the National Union of Mineworkers (NUM) said.

"The rock simply let go above them," NUM regional secretary Thabo Mokoena told AFP. "Their colleagues dug with their hands until the rescue teams arrived, but it was already too late."

Proto rescue teams recovered the last of the bodies early Wednesday. A fifth worker was brought to surface with leg injuries and was in a stable condition, the mine's owner said in a statement, adding that operations at the shaft had been halted.

The Department of Mineral Resources and Energy said inspectors had been sent to the site and that a section 54 safety stoppage had been issued while an inquiry was held.

South Africa's deep-level gold mines, some of the deepest in the world, are prone to seismic tremors set off by the removal of rock under enormous pressure. Falls of ground remain the leading cause of deaths in the industry.

The country's mines recorded 55 deaths in 2023, the lowest annual figure on record, the department said in January, but unions said the improvement had stalled this year.

"Every one of these men went down to feed a family. We will not accept that dying is part of the job," said Amcu, the rival Association of Mineworkers and Construction Union, which called for a day of mourning at the operation.

The mine's share price fell more than four percent in Johannesburg trading.

str-br/cld
""", [], "Mining accident (seismic rockfall): no security incident; 'blasting' is routine mine blasting. The 2023 death figure is an aggregate.")
# ---------------------------------------------------------------- 006 (air_strike, Mali, AFP)
D(6, "https://www.france24.com/en/live-news/20221220-drone-strike-on-central-mali-market-kills-civilians-locals",
  "Drone strike on central Mali market kills civilians, locals say", "2022-12-20", """
Bamako (AFP) - At least 13 civilians were killed on Sunday when a drone struck a weekly livestock market in central Mali, local officials and residents told AFP, blaming the Malian army.

The strike hit the market of Kouakourou, a commune on the Niger River in the Djenne district of the Mopti region, in the early afternoon, when it was crowded with herders and traders from surrounding villages, two residents said.

"The first explosion fell among the cattle pens, the second near the place where women sell fish," said one of them, who asked not to be named for his safety. "People were running everywhere."

A local elected official said on Tuesday that the toll had risen to 17 dead after four of the wounded died overnight, and that about 20 other people were still being treated in Djenne and Mopti.

The army, in a statement on Monday, said it had carried out "precision air strikes" against "terrorist" targets in the Kouakourou area and had "neutralised" several fighters, but it did not mention civilian casualties. AFP could not independently verify the accounts, as access to the area is heavily restricted.

Central Mali has been at the heart of the violence that began in the north in 2012 and has since spread to Burkina Faso and Niger. Jihadist groups linked to Al-Qaeda control large parts of the countryside around Djenne.

The ruling junta, which took power in 2020, has turned away from former ally France and towards Russia, and has acquired Turkish-made drones and new helicopters.

Rights groups have repeatedly accused the army of abuses against civilians. In March, Malian troops and foreign fighters killed around 300 civilians over several days in Moura, also in the Mopti region, according to Human Rights Watch, which said the foreigners were believed to be Russians from the Wagner group. The junta said it had killed "terrorists" there.

sd/lp/ach
""", [
    I(True, "air_strike", "2022-12-18", "Mali", "Mopti", "Kouakourou", 17, 20, ["Malian army"], ["civilians"]),
    I(False, "attack", "2022-03", "Mali", "Mopti", "Moura", 300, None, ["Malian army", "Wagner Group"], ["civilians"]),
], "Primary: Sunday (18 Dec 2022) drone strike on the Kouakourou market; toll updated from 'at least 13' to 17 dead (four of the wounded died), about 20 still treated. Doer: the army (accused by locals, it admits air strikes there; one-sided state action). Background: Moura, March 2022 (around 300 killed by troops and Wagner per HRW; killings on the ground = attack).")

# ---------------------------------------------------------------- 007 (negative: hunting accident, USA, local TV)
D(7, "https://www.wsaw.com/content/news/Marathon-County-hunter-dies-after-being-hit-by-round-from-own-party-500892711.html",
  "Marathon County hunter dies after being hit by round fired by member of his own party", "2018-11-20", """
LIVE | WATCH | Weather | First Alert | Sports | Community
Marathon County hunter dies after being hit by round fired by member of his own party
By WSAW Staff | Posted: Tue 11:42 AM, Nov 20, 2018

TOWN OF HEWITT, Wis. (WSAW) -- A 61-year-old man from Wausau died over the opening weekend of the gun deer season in what the Department of Natural Resources is calling a hunting accident.

According to the DNR, the man was taking part in a deer drive with five members of his party on Saturday afternoon on private land in the Town of Hewitt. A 24-year-old member of the group fired at a running buck. The bullet passed the deer and struck the older man, who was wearing blaze orange about 150 yards away behind a line of young aspen.

Members of the party called 911 and started CPR. He was pronounced dead at the scene.

"This is every hunter's nightmare," said DNR Conservation Warden Lisa Brandt. "Know your target and what is beyond it. That rule exists because of days like this one."

The Marathon County Sheriff's Office says there is no indication the shooting was anything other than an accident. The DNR is investigating and will forward its report to the district attorney, as is standard for any fatal hunting incident. Neither man's name has been released.

It is the first fatal hunting incident of this year's nine-day season in Wisconsin, which opened Saturday. The state recorded seven hunting-related shooting incidents last year, two of them fatal, most of them self-inflicted or involving members of the same party.

The DNR reminds hunters to treat every firearm as if it is loaded, to keep the muzzle pointed in a safe direction and to keep their finger outside the trigger guard until ready to shoot.

Copyright 2018 WSAW. All rights reserved.

Related Stories
Wausau man charged after tavern shooting
Schofield police investigate armed robbery at gas station
""", [], "Hunting accident (a member of the same party hit him while shooting at a deer); the sheriff and DNR treat it as an accident. The tavern shooting and armed robbery are boilerplate headlines.")

# ---------------------------------------------------------------- 008 (targeted_killing, Cameroon, AFP)
D(8, "https://www.barrons.com/news/cameroon-separatists-kill-chief-in-restive-northwest-01631548207",
  "Cameroon separatists kill chief in restive Northwest", "2021-09-13", """
Yaounde (AFP) - Armed separatists shot dead a traditional chief who also served as a mayor in Cameroon's restive Northwest region on Saturday, along with his nephew, local officials told AFP.

Emmanuel Tabe Nkwenti, 63, the mayor of Batibo council and a second-class chief, was at his compound in Batibo when a group of gunmen burst in and opened fire, a municipal councillor said. His nephew was hit as he tried to shield him and died on the way to hospital. One of the chief's wives was wounded.

In a video circulated on social media, a man presenting himself as a commander of the Ambazonia Defence Forces (ADF), one of the main separatist militias, claimed the killing and accused the mayor of "collaborating with Yaounde".

"He refused to leave his people even when he was threatened many times," a relative said by telephone. "They came for him because he organised the school reopening."

The regional governor condemned the "cowardly assassination" and said security forces had launched a search for the attackers.

The English-speaking Northwest and Southwest regions have been gripped by conflict since separatists declared an independent state they call Ambazonia in 2017, following a crackdown on peaceful protests against perceived discrimination by the French-speaking majority. The violence has killed more than 6,000 people and forced over a million to flee their homes, according to the International Crisis Group.

Both sides have been accused of atrocities. Separatists have frequently targeted schools, teachers and local officials seen as loyal to the government of President Paul Biya, who has ruled Cameroon since 1982.

In October 2020, gunmen stormed a school in Kumba, in the Southwest region, killing seven children and wounding 13 others. The government blamed separatists, who denied any involvement.

mbs/cl/kjm
""", [
    I(True, "targeted_killing", "2021-09-11", "Cameroon", "Northwest", "Batibo", 2, 1, ["Ambazonia Defence Forces"], ["government officials", "civilians"]),
    I(False, "attack", "2020-10", "Cameroon", "Southwest", "Kumba", 7, 13, ["separatists"], ["civilians"], ["perpetrators"]),
], "Primary: Saturday (11 Sep 2021) shooting of the named mayor/chief in his Batibo compound (targeted_killing), killed 2 (chief + nephew), injured 1 (a wife); claimed by the Ambazonia Defence Forces. Background: Kumba school attack, October 2020 (7 killed, 13 wounded); blamed on separatists by the government, denied by them, so perpetrators unscored. The 6,000 toll is an aggregate.")
# ---------------------------------------------------------------- 009 (negative: hoax threat, UK, BBC)
D(9, "https://www.bbc.co.uk/news/uk-scotland-edinburgh-east-fife-41497230",
  "Kirkcaldy school evacuated after emailed bomb threat proves hoax", "2017-10-04", """
Home | News | Sport | Weather | iPlayer | Sounds
NEWS
Home | UK | World | Business | Politics | Tech | Science | Health
Scotland | Scotland Politics | Edinburgh, Fife & East

Kirkcaldy school evacuated after emailed bomb threat proves hoax

4 October 2017

More than 1,200 pupils and staff were moved out of a Fife secondary school after an email warned that an explosive device had been hidden in the building.

Police Scotland said the message arrived in Balwearie High School's general inbox shortly after 09:00 on Tuesday and claimed that a device "would go off before lunch".

Officers, including specialist search teams and a dog unit, worked through the school and its playing fields for nearly four hours. Nothing suspicious was found and the building was declared safe at about 13:30.

Pupils were walked to a nearby sports centre, where many were collected by parents. Some said they had learned of the threat from social media before teachers told them anything.

"My daughter texted me that there was going to be an attack and that she was scared to move," said one mother waiting at the gates. "In the end it was nothing, but you don't know that at the time."

Ch Insp Derek McEwan said: "We are treating this as a malicious communication. There was never any danger to pupils or staff, but we will always take threats of this nature seriously."

Police said similar emails, which appear to have been sent from an address abroad, were received by at least a dozen other schools across the UK on the same day. All were found to be hoaxes.

Fife Council said the school reopened as normal on Wednesday and that the headteacher had written to families.

Anyone with information is asked to contact Police Scotland on 101.

Related Topics
Kirkcaldy
Police Scotland

More on this story
Man jailed over hoax bomb calls to Edinburgh Airport
Armed police called to Dunfermline street after reports of gunman

Share this page
""", [], "False alarm: an emailed bomb threat, search found nothing. The 'More on this story' headlines are boilerplate.")

# ---------------------------------------------------------------- 010 (bombing, Kenya, Nation)
D(10, "https://nation.africa/kenya/counties/mandera/three-police-officers-killed-in-ied-blast-on-lafey-road-251894",
  "Three police officers killed in IED blast on Lafey road", "2020-01-28", """
Home  News  Counties  Mandera
Three police officers killed in IED blast on Lafey road
Tuesday January 28 2020
By Manase Otsialo

MANDERA

Three police officers were killed and two others seriously injured yesterday when their vehicle ran over an improvised explosive device near Lafey town in Mandera County.

The officers, from the Rural Border Patrol Unit, were on a routine patrol along the road to Elwak when the Land Cruiser hit the explosive about 15 kilometres from Lafey, according to a police report seen by the Nation.

North Eastern regional police commander Rono Bunei said the device had been planted on the road overnight. "We suspect al-Shabaab militants who have been crossing from Somalia to plant these devices and then retreat," he said.

The two injured officers were airlifted to Nairobi for specialised treatment. The vehicle was extensively damaged.

Residents of Lafey said movement on the road had been suspended and that security officers had sealed off the area as bomb disposal experts combed it for other devices.

The blast is the latest in a string of attacks in the north-east and the coast this month. On January 13, suspected al-Shabaab militants raided Kamuthe in Garissa County at night and killed three teachers at a primary school.

On January 5, al-Shabaab fighters stormed the Camp Simba military base at Manda Bay in Lamu County, killing a US soldier and two American contractors, the first attack on US forces in Kenya. The three Americans died as the militants tried to breach the airfield.

Mandera Governor Ali Roba called on the national government to deploy more officers along the border. "Our people can no longer travel, teachers are leaving, the county is being emptied," he said.

Also Read
Teachers flee North Eastern after Kamuthe killings
KDF soldiers killed in Lamu roadside ambush

Most Read
1. Court freezes Sh2bn in assets of ex-county officials
2. Matiang'i orders crackdown on illegal guns in Baringo
""", [
    I(True, "bombing", "2020-01-27", "Kenya", "Mandera", "Lafey", 3, 2, ["al-Shabaab"], ["police"]),
    I(False, "attack", "2020-01-13", "Kenya", "Garissa", "Kamuthe", 3, None, ["al-Shabaab"], ["civilians"]),
    I(False, "attack", "2020-01-05", "Kenya", "Lamu", "Manda Bay", 3, None, ["al-Shabaab"], ["military", "civilians"]),
], "Primary: 'yesterday' = 27 Jan 2020, IED under a police vehicle near Lafey (3 killed, 2 injured); police suspect al-Shabaab. Background: Kamuthe 13 Jan (3 teachers killed); Manda Bay 5 Jan (US soldier + 2 contractors = 3, also written 'three Americans'). The 'Also Read' headlines (incl. a Lamu ambush) are boilerplate.")
# ---------------------------------------------------------------- 011 (negative: sport, cycling, France, AFP)
D(11, "https://www.france24.com/en/sport/20240711-velthuis-ambush-on-the-puy-mary-blows-tour-wide-open",
  "Velthuis ambush on the Puy Mary blows Tour wide open", "2024-07-11", """
Le Lioran (France) (AFP) - Dutch climber Bram Velthuis launched the attack nobody saw coming on the slopes of the Puy Mary on Wednesday, leaving the favourites scattered across the Cantal mountains and blowing the Tour de France wide open.

Velthuis, 26, waited until the peloton had been thinned to barely 20 riders before he jumped on the steepest ramp, 700 metres from the pass, and was never seen again by most of his rivals. He crossed the line in Le Lioran alone, 38 seconds clear of Frenchman Lucas Dorival.

"I knew the descent was my weapon," said Velthuis, who took 20 seconds on the twisting drop from the Pas de Peyrol alone. "When I looked back and saw nobody, I just kept firing."

Behind him the stage turned into what his directeur sportif called "a massacre in slow motion". The yellow jersey's troops had set a brutal tempo on the Col de Néronne, but two of his team-mates were shot out of the back on the Puy Mary and the race leader was left to chase on his own.

He limited the damage to 51 seconds and keeps the jersey, but his lead has been cut to 14 seconds.

"We wanted a war of attrition and we got one. We just were not the ones who won it," the leader's team manager said.

It was carnage further down the standings. Three riders who started the day in the top ten lost more than four minutes, and the Belgian sprinter who had survived the first week finished 29 minutes down, inside the time limit by less than a minute.

French fans lining the final climb cheered Dorival, who bombed down the last descent to take second and is now fourth overall. "I had nothing left to fight with on the top, but on the way down I took some risks," he said. "Tomorrow I will try again."

Thursday's 11th stage is a flat run towards the Lot, with crosswinds forecast that could set up another ambush.

dr/bc
""", [], "Cycling stage report: 'attack', 'ambush', 'massacre in slow motion', 'shot out of the back', 'carnage', 'troops', 'weapon' are race metaphors. Riders invented.")

# ---------------------------------------------------------------- 012 (negative: business, hostile bid, Germany, AFP)
D(12, "https://www.barrons.com/news/rhenania-kabel-board-shoots-down-hostile-bid-01456224000",
  "Rhenania Kabel board shoots down hostile bid as shares slump", "2016-02-23", """
Frankfurt (AFP) - The board of German cable maker Rhenania Kabelwerke on Monday shot down a hostile takeover bid from Swedish rival Nordvolt Industrier, calling the 1.9-billion-euro offer "a raid on our shareholders' pockets" and vowing to fight it "to the last share".

The Cologne-based group said the offer of 41 euros per share, which Nordvolt took directly to investors last week after two approaches were rebuffed in private, "grossly undervalues" the company and its order book for high-voltage cable linking North Sea wind farms to the grid.

"This is a hostile bid in the truest sense. They are trying to capture the company at the bottom of a market bloodbath," chief executive Katrin Obermeier told a news conference in Cologne.

Nordvolt has built a war chest of 2.4 billion euros, including a bridge loan from Nordic banks, and already holds just under ten percent of Rhenania's shares after what traders described as a stealth raid on the stock in January.

Analysts said the Swedish group may have to raise its price to win over investors. "Nordvolt fired the first shot, Rhenania has fired back. The question is who blinks," said Jens Hollmann, an analyst at a Frankfurt brokerage.

Rhenania's shares fell 3.2 percent to 38.90 euros on Monday, dragged down with the rest of the DAX and the MDAX in another session of heavy selling across European markets, which traders blamed on oil prices and fears for the banking sector. The Frankfurt exchange has lost nearly a fifth of its value since the start of the year.

Rhenania's management is reported to be sounding out a white knight, possibly a private equity fund, and has not ruled out a poison pill in the form of a capital increase reserved for a friendly investor. Employee representatives on the supervisory board backed the rejection, warning of job cuts at its plants in Cologne and Bremerhaven.

Nordvolt declined to comment, but a person close to the company said the Swedes were "not going away".

mfp/jmm/fg
""", [], "Business story (hostile bid): 'shot down', 'raid', 'war chest', 'fired the first shot', 'bloodbath', 'poison pill' are market metaphors. Companies invented.")

# ---------------------------------------------------------------- 013 (armed_clash, Somalia, Garowe Online)
D(13, "https://www.garoweonline.com/en/news/puntland/puntland-forces-kill-isis-fighters-in-cal-miskaad-battle",
  "Puntland forces kill ISIS fighters in Cal Miskaad battle", "2019-06-04", """
Home | Puntland | Somalia | Somaliland | World | Opinion | Contact
Puntland forces kill ISIS fighters in Cal Miskaad battle
Tuesday June 4, 2019 - 10:21:07

BOSASO, Puntland - Puntland forces killed eight ISIS fighters in heavy fighting in the Cal Miskaad mountains on Monday, officials said, in one of the fiercest battles against the Islamic State affiliate in northern Somalia this year.

Two Puntland soldiers were also killed and four others wounded in the fighting near Balidhidin village, about 100km southwest of Bosaso in Bari region, a military commander told Garowe Online.

"Our forces moved on the militants' hideouts at dawn and the exchange of fire lasted more than five hours," said Col. Abdirizak Mohamed Farah. "Eight of them died, and we lost two brave men. The wounded have been taken to Bosaso General Hospital."

The commander said the troops had seized weapons, ammunition and a vehicle, and that the remaining militants had fled deeper into the mountains. The figures could not be independently verified.

Puntland's security minister said the operation would continue "until the last hideout is cleared" and called on residents of the area to report any strangers.

The ISIS faction in Somalia, led by Abdulqadir Mumin, broke away from Al-Shabaab in 2015 and is believed to have a few hundred fighters, mostly in the rugged hills of Bari. The group has carried out assassinations and extortion against businesses in Bosaso, the region's commercial hub.

The United States military has conducted several airstrikes against the group in the region this year.

Puntland has also been fighting Al-Shabaab in the Galgala hills, while tensions with Somaliland persist over the disputed Sool and Sanaag regions.

RELATED
Al-Shabaab fighters storm military base in Lower Shabelle
Puntland president sacks Bari governor
Somalia: Car bomb rocks Mogadishu checkpoint

(c) Garowe Online
""", [
    I(True, "armed_clash", "2019-06-03", "Somalia", "Bari", "Balidhidin", 10, 4, ["Islamic State"], ["military"]),
], "Primary: Monday (3 Jun 2019) Puntland forces vs ISIS near Balidhidin, Bari; killed 10 = 8 militants + 2 soldiers (a sum, not written); 4 soldiers wounded. The forces attacked first, but it is an exchange of fire between state and armed group: armed_clash, perpetrators = the non-state side. US airstrikes 'this year' are generic; RELATED headlines are boilerplate.")

# ---------------------------------------------------------------- 014 (attack, DR Congo, Al Jazeera)
D(14, "https://www.aljazeera.com/news/2023/6/14/suspected-rebels-kill-at-least-23-in-eastern-dr-congo-village",
  "Suspected rebels kill at least 23 in eastern DR Congo village", "2023-06-14", """
Attackers armed with guns and machetes killed at least 19 people late on Monday in a village in the Democratic Republic of the Congo's North Kivu province, local officials said, before the toll rose as more bodies were found.

The assailants arrived at about 8pm in Mamove, in Beni territory, as residents were returning from their fields, said Jean-Paul Kambale, the head of a local civil society group.

"They went from house to house. Some were killed in their beds, others as they tried to reach the bush," he told Al Jazeera by phone. Several houses and a health post were set on fire.

By Wednesday, the toll had risen to 23, after search teams found four more bodies in the surrounding forest, the administrator of Beni territory said. Six wounded people were taken to hospital in Oicha, the main town of the area.

Hundreds of residents fled towards Oicha and Beni the next morning, carrying what they could.

An army spokesman in the region, Captain Antony Mwalushayi, blamed the Allied Democratic Forces (ADF), a group with roots in Uganda that has pledged allegiance to ISIL (ISIS). He said troops were pursuing the attackers.

The ADF has killed thousands of civilians in eastern DRC since 2014, despite joint operations by the Congolese and Ugandan armies launched in late 2021.

On January 15, a bomb ripped through a Pentecostal church during a Sunday service in Kasindi, also in North Kivu, on the border with Uganda, killing 17 people and wounding more than 60. The attack was claimed by ISIL.

More than 100 armed groups are active in eastern DRC, where the M23 rebellion in the neighbouring territories of Rutshuru and Masisi has displaced more than a million people.

SOURCE: Al Jazeera and news agencies
""", [
    I(True, "attack", "2023-06-12", "Democratic Republic of the Congo", "North Kivu", "Mamove", 23, 6, ["Allied Democratic Forces"], ["civilians"]),
    I(False, "bombing", "2023-01-15", "Democratic Republic of the Congo", "North Kivu", "Kasindi", 17, 60, ["Islamic State"], ["civilians"]),
], "Primary: Monday night (12 Jun 2023) attack on Mamove, Beni territory; toll updated 19 -> 23; 6 wounded; army blames the ADF (named only in the sixth paragraph). Background: Kasindi church bomb, 15 January 2023 (a Sunday, as the text says), 17 killed, 'more than 60' wounded, claimed by ISIL (Islamic State). M23 displacement and ADF 'thousands' are aggregates.")
# ---------------------------------------------------------------- 015 (negative: culture, stage play, Ukraine, Kyiv Independent)
D(15, "https://kyivindependent.com/theater-review-the-forty-third-day-puts-the-trench-on-stage/",
  "Theater review: 'The Forty-Third Day' puts the trench on stage, and the audience in it", "2024-01-18", """
Ukraine War Latest | Business | Culture | Opinion | Investigations | Support Us
Culture
Theater review: 'The Forty-Third Day' puts the trench on stage, and the audience in it
by Olena Hrytsenko
January 18, 2024 4:12 PM

Nobody in the hall of the Ivan Franko National Academic Drama Theater laughs at the first joke of "The Forty-Third Day," and that is the point. The joke is told by a machine gunner to four other fighters of an assault platoon who have been waiting in the same dugout for six weeks, and it is the same joke he told on day one.

Director Taras Melnychuk, who served as a combat medic in 2022 and 2023, has built a play in which almost nothing happens and everything is about to. The shelling is never seen, only felt: the sound designers put subwoofers under the seats, and each incoming round arrives through the floor a fraction of a second before the flash of light on the back wall.

The five men argue about borscht, about a girlfriend in Lviv, about whether the commander who sent them forward is a fool. One of them is wounded in the second act by a drone we never see; he lies on the bench for the rest of the evening, and the others take turns keeping him awake. Whether he is dead by the blackout is left to the audience.

Melnychuk avoids the two traps of Ukrainian war drama since 2022, the poster and the funeral. There is no speech about the Motherland, and no one is executed, martyred or redeemed. The troops simply wait, and the waiting is the enemy.

On the night this reviewer attended, an air raid alert interrupted the performance for 40 minutes. The actors walked down to the shelter with the audience, still in costume, and the machine gunner told his joke again to the people sitting on the shelter floor. This time everyone laughed.

Many of those in the seats were veterans and the families of soldiers. Several left during the second act. "It is too close," one woman in her fifties said in the foyer. "My son writes to me exactly like that."

The production runs until the end of February. Part of the ticket revenue goes to a fund buying tourniquets for front-line units.

Read also: Russian missile attack on Kharkiv injures 17, damages hotel
Read also: Ukraine's film industry shoots on between air raids

We've been covering the war since day one. Help us keep going.
""", [], "Theatre review: shelling, wounded, drone, 'executed', troops are on stage; the air raid alert is not a strike. The 'Read also' Kharkiv missile headline is boilerplate. Play, director and reviewer invented.")

# ---------------------------------------------------------------- 016 (shelling, Sudan, Al Jazeera)
D(16, "https://www.aljazeera.com/news/2024/6/17/rsf-shelling-kills-15-civilians-in-besieged-sudan-town-medics",
  "RSF shelling kills 15 civilians in besieged Sudan town, medics say", "2024-06-17", """
At least 15 civilians, among them six children, have been killed after shells fired by Sudan's paramilitary Rapid Support Forces (RSF) struck residential neighbourhoods of Babanusa in West Kordofan state, a medical source and local activists said.

More than 40 people were wounded in the bombardment on Saturday, which hit a market area and homes near the town's railway station, the source at Babanusa's main hospital told Al Jazeera. The hospital, itself damaged in earlier fighting, was running short of blood and surgical supplies.

"The shells came one after the other for almost an hour. People who ran to the market to help were hit by the next ones," said Adam Ismail, a member of the local resistance committee.

The RSF has besieged Babanusa, home to the Sudanese army's 22nd Infantry Division, for months and has repeatedly tried to overrun the garrison. In a statement on Telegram, the paramilitary group said its fighters had targeted "military positions of the Burhan militias" and denied hitting civilians.

Al Jazeera could not independently verify the toll.

The war between the army and the RSF, which erupted in April last year, has killed tens of thousands of people and displaced more than 10 million, according to United Nations agencies, creating what aid groups describe as the world's largest displacement crisis.

Rights groups have accused both sides of indiscriminate attacks on civilians. On June 5, RSF fighters stormed the village of Wad al-Noura in Gezira state, killing more than 100 people, according to activists and the army-aligned government. The RSF said it had attacked army positions nearby.

Kordofan has become an increasingly important front as the RSF seeks to extend its control from Darfur towards the centre of the country.

Keep reading
list of 3 items
UN warns of famine across Sudan as rains approach
Sudan's army says it repelled RSF attack on El-Fasher
Who are the Rapid Support Forces?
end of list

SOURCE: Al Jazeera
""", [
    I(True, "shelling", "2024-06-15", "Sudan", "West Kordofan", "Babanusa", 15, 40, ["Rapid Support Forces"], ["civilians"]),
    I(False, "attack", "2024-06-05", "Sudan", "Gezira", "Wad al-Noura", 100, None, ["Rapid Support Forces"], ["civilians"]),
], "Primary: Saturday (15 Jun 2024) RSF shelling of Babanusa: 'at least 15' killed, 'more than 40' wounded; RSF denies hitting civilians but admits firing (doer kept). Background: Wad al-Noura, 5 June 2024, 'more than 100' killed. The war's tolls are aggregates; 'Keep reading' links (El-Fasher) are boilerplate.")

# ---------------------------------------------------------------- 017 (negative: landslide, Turkey, AFP)
D(17, "https://www.barrons.com/news/landslide-buries-homes-in-turkey-s-black-sea-rize-province-01689750000",
  "Landslide buries homes in Turkey's Black Sea province of Rize", "2023-07-19", """
Ankara (AFP) - A mountainside of tea terraces came away above a village in Turkey's Black Sea province of Rize after days of torrential rain, sweeping three houses into the valley and leaving five people dead, officials said Wednesday.

The slope above the hamlet of Güneysu's Ortaköy neighbourhood gave way before dawn on Tuesday, when most residents were asleep, the Rize governor's office said in a statement. Two people were pulled alive from the mud and taken to hospital.

Rescue teams from the disaster agency AFAD, the gendarmerie and volunteers worked through the night with dogs and thermal cameras, and recovered the last body, that of a 70-year-old woman, on Wednesday morning.

"The earth walked," said Mehmet Yilmaz, 52, whose brother's house was among those carried away. "First a sound like a train, then the lights went out, and when we came outside there was nothing where the houses had been."

Television footage showed a brown scar several hundred metres long cutting across the green hillside, and the roofs of buildings lying in a stream bed below.

The region's steep valleys, planted with tea up to the ridges, are regularly hit by landslides and flash floods in summer. Meteorologists had issued an orange warning for Rize and neighbouring Artvin, where several roads were cut by smaller slides.

Interior Minister Ali Yerlikaya said 40 houses in the area had been evacuated as a precaution and that geologists were examining whether the slope remained unstable.

Environmental groups have blamed unchecked road building and the spread of quarries and hydroelectric plants in the region for destabilising hillsides, a charge the government rejects.

Turkey is still recovering from the February earthquakes in the south of the country, which killed more than 50,000 people.

Related
Floods kill two in northwestern Turkey
Wildfire near Antalya forces evacuation of hotels

burs-fo/rlp
""", [], "Landslide after rain: no security incident; the earthquake toll is an aggregate of a natural disaster. Related links (floods, wildfire) are boilerplate.")

# ---------------------------------------------------------------- 018 (negative: crowd crush, Iraq, AP)
D(18, "https://apnews.com/article/iraq-basra-stadium-crush-soccer-0f9a6d3e7b2c4a11",
  "Two fans die in crush at gates of Iraq's Basra stadium", "2021-10-04", """
BASRA, Iraq (AP) - Two soccer fans died and dozens were hurt when a crowd without tickets pushed against the gates of Basra International Stadium before a match on Sunday evening, Iraqi health officials said.

Thousands of people had gathered outside the stadium for a friendly between Basra club Al-Minaa and a visiting side from the Gulf, and the crowd pressed forward when one of the gates was opened to let in a group of ticket holders, witnesses said.

"The people in the back did not know the people in the front were falling," said Ali Hussein, a 23-year-old student who was pulled over a barrier by a police officer. "I felt my feet leave the ground. It was like being carried by the sea."

A spokesman for the Basra health directorate said two men, aged 17 and 31, were pronounced dead on arrival at hospital and that 47 others were treated, most for bruises, fractures and breathing problems. All but five were discharged by Monday.

Video shared on social media showed fans climbing the stadium's outer fence and people being passed over the heads of the crowd. Security forces later closed the gates and the match was played in front of a half-empty stand.

Prime Minister Mustafa al-Kadhimi ordered an investigation, and the provincial governor said the stadium's management and the organizers would be questioned about ticketing and the number of gates opened.

Basra, Iraq's oil capital and second-largest city, hosts the country's biggest stadium, a 65,000-seat venue opened in 2013. Iraqi soccer has long drawn huge crowds, and the country only recently won the right to host international matches after years of restrictions imposed because of security concerns.

Fans' associations said they had warned about the chaos at the gates for years. "We are not victims of fate. We are victims of one gate for 20,000 people," one association wrote on Facebook.
""", [], "Crowd crush at a football stadium: accidental deaths, no security incident ('security forces' only close the gates; 'victims', 'chaos').")
# ---------------------------------------------------------------- 019 (protest, Iraq, AFP)
D(19, "https://www.france24.com/en/live-news/20220727-two-killed-as-iraq-forces-fire-on-power-cut-protesters",
  "Two killed as Iraq forces fire on power-cut protesters", "2022-07-27", """
Nasiriyah (Iraq) (AFP) - Two protesters were killed when Iraqi security forces opened fire on demonstrators angry over power cuts and water shortages in the south of the country, medical and security sources said Wednesday.

The shooting happened on Tuesday evening in Suq al-Shuyukh, a district south of Nasiriyah, the capital of Dhi Qar province, as several hundred people tried to storm the district administration building in temperatures of close to 50 degrees Celsius.

Protesters threw stones and set tyres alight outside the building, and security forces responded first with tear gas and then with live rounds, according to a security official who asked not to be named.

A medical source at Suq al-Shuyukh hospital said the two dead, aged 19 and 26, had been hit by bullets in the chest. Eleven people were wounded, among them four members of the security forces who were struck by stones.

The provincial governor ordered an investigation and declared a curfew in the district overnight. The interior ministry said officers who "violated the rules of engagement" would be held to account.

Protests over electricity and water break out every summer in southern Iraq, where the grid collapses under the demand for air conditioning while the oil-rich country's politicians remain locked in a months-long deadlock over the formation of a government.

Dhi Qar was one of the epicentres of the 2019 protest movement against corruption and the political class. In November 2019, more than 30 protesters were killed in a single day of shooting by security forces in Nasiriyah, a crackdown that led to the resignation of then prime minister Adel Abdel Mahdi.

In all, some 600 people died in the months of unrest that followed.

wd/sbh/rs
""", [
    I(True, "protest", "2022-07-26", "Iraq", "Dhi Qar", "Suq al-Shuyukh", 2, 11, ["security forces"], ["protesters"]),
    I(False, "protest", "2019-11", "Iraq", "Dhi Qar", "Nasiriyah", 30, None, ["security forces"], ["protesters"]),
], "Primary: Tuesday (26 Jul 2022) security forces fire on protesters in Suq al-Shuyukh (dateline Nasiriyah is where the story was filed): 2 killed, 11 wounded (including four security-force members hit by stones). Protesters killed by forces = protest; doer = 'security forces' as the text names them. Background: Nasiriyah, November 2019, 'more than 30' killed. The '600' is an aggregate.")

# ---------------------------------------------------------------- 020 (negative: cholera, Somalia, Garowe Online)
D(20, "https://www.garoweonline.com/en/news/somalia/cholera-outbreak-claims-23-lives-in-baidoa-camps",
  "Cholera outbreak claims 23 lives in Baidoa camps", "2020-12-08", """
Home | Puntland | Somalia | Somaliland | World | Opinion | Contact
Cholera outbreak claims 23 lives in Baidoa camps
Tuesday December 8, 2020 - 09:14:52

BAIDOA, Somalia - An outbreak of acute watery diarrhoea and cholera has killed 23 people in camps for displaced families on the outskirts of Baidoa over the past three weeks, health officials in South West State said on Tuesday.

Most of the victims were children under five and elderly people who reached the health centres too late, said Dr Hassan Aden Nur, the state's director of public health. More than 600 suspected cases have been recorded since mid-November in the Bay region, he said.

"The disease is moving faster than we are. Families are drinking from open shallow wells because the water trucks cannot reach all the sites," Nur told Garowe Online.

The World Health Organization and partners have set up two cholera treatment centres in Baidoa and were preparing an oral vaccination campaign, but aid workers said supplies were running short.

Baidoa hosts more than 400,000 displaced people, many of whom fled drought and fighting in the surrounding countryside, where al-Shabaab controls most of the roads. Humanitarian agencies say the group's blockade of the town and illegal checkpoints on supply routes have driven up the price of food and fuel.

The outbreak comes after heavy Deyr rains flooded several settlements in October, and as Somalia prepares for parliamentary elections already clouded by disputes between the federal government and opposition leaders.

"We are fighting on two fronts, the water and the money," said a camp leader, Fadumo Ibrahim, who said two of her grandchildren had been treated in the past week. "The disease does not wait for elections."

Health officials urged residents to boil drinking water and to bring anyone with diarrhoea to the nearest centre without delay.

RELATED
Al-Shabaab militants attack army base near Baidoa
Federal troops clash with Jubaland forces in Gedo
US airstrike targets al-Shabaab commanders in Middle Juba

(c) Garowe Online
""", [], "Cholera deaths (aggregate over three weeks): no security incident; 'killed', 'victims', 'fighting on two fronts', al-Shabaab blockade as context. RELATED headlines are boilerplate.")
# ---------------------------------------------------------------- 021 (arrest, Palestine, AFP)
D(21, "https://www.france24.com/en/live-news/20190530-israeli-forces-arrest-14-palestinians-in-raids-near-jenin",
  "Israeli forces arrest 14 Palestinians in raids near Jenin", "2019-05-30", """
Jenin (Palestinian Territories) (AFP) - Israeli troops arrested 14 Palestinians in overnight raids on the town of Qabatiya in the occupied West Bank, Palestinian officials and the Israeli army said Thursday.

Dozens of soldiers backed by armoured jeeps entered the town, south of Jenin, shortly after 2:00 am (2300 GMT Wednesday) and searched more than 20 homes before withdrawing at dawn, residents said.

No one was killed or wounded in the raids, which took place in the final days of the Muslim holy month of Ramadan, according to the Palestinian Red Crescent and residents.

The Israeli army said in a statement that its forces had detained "wanted suspects involved in terror activities", without naming any organisation, and had seized weapons and funds in one of the houses.

The Palestinian Prisoners' Society, an advocacy group, said those arrested included three university students, a former prisoner who had been released last year and the brother of a man serving a life sentence in an Israeli jail.

"They broke the doors and took the young men in front of their mothers, at suhoor time," said Qabatiya municipal council member Ahmad Kamil. "Then they left as if nothing happened."

Qabatiya, a town of about 25,000 people in the Jenin governorate, has been the target of repeated Israeli raids since a wave of Palestinian knife and gun attacks in 2015 and 2016, several of them carried out by young men from the town.

The Israeli army conducts near-nightly arrest raids across the West Bank, which it has occupied since the 1967 Six-Day War. According to the Prisoners' Society, more than 5,000 Palestinians are held in Israeli jails.

The raids came a week before Eid al-Fitr, as Israel prepares for a repeat general election in September after Prime Minister Benjamin Netanyahu failed to form a coalition.

jod/hc/kir
""", [
    I(True, "arrest", "2019-05-30", "Palestine", "Jenin", "Qabatiya", 0, 0, ["Israel Defense Forces"], ["civilians"], ["targets"]),
], "Primary: overnight Wednesday-Thursday arrest raid in Qabatiya, 'shortly after 2:00 am' Thursday = 30 May 2019 (published day); 0/0 as the text says 'No one was killed or wounded'. Doer: the Israeli army (canonical Israel Defense Forces). Targets unscored: the army says 'wanted suspects', the Prisoners' Society students and a former prisoner. The 2015-2016 'wave of knife and gun attacks' is generic (no single attack, place or toll) and not annotated.")

# ---------------------------------------------------------------- 022 (negative: military exercise / missile drill, Iran, Al Jazeera)
D(22, "https://www.aljazeera.com/news/2025/2/14/iran-s-irgc-ends-war-games-near-strait-of-hormuz-with-missile-barrage",
  "Iran's IRGC ends war games near Strait of Hormuz with missile barrage", "2025-02-14", """
Iran's Islamic Revolutionary Guard Corps (IRGC) has wrapped up three days of war games near the Strait of Hormuz, firing ballistic and cruise missiles at mock targets and sending drones to bomb a replica of an enemy air base, according to state media.

The exercise, held in Hormozgan province and the waters off its coast, ended on Thursday with what state television called a "combined strike" in which missiles launched from the mainland and from ships hit floating targets at sea and a dummy radar site in the desert.

Footage broadcast by state TV showed missiles rising from mobile launchers hidden in hillsides, and explosions on a plywood runway built to resemble a foreign base. Fast attack boats swarmed a decommissioned cargo ship that had been set up as a target.

"Our forces demonstrated that any aggressor will be answered with a crushing and immediate blow," the IRGC's ground forces commander told reporters in Bandar Abbas, where the troops paraded after the drill.

No casualties or damage outside the exercise zone were reported, and Iranian officials said neighbouring states and international shipping had been notified in advance.

The manoeuvres come as Tehran faces renewed pressure over its nuclear programme and the return of US President Donald Trump's "maximum pressure" policy. Iranian officials have repeatedly warned that any attack on the country's nuclear facilities would be met with force.

Analysts said the drill was aimed as much at a domestic audience as at Iran's rivals. "They are showing that the missile force is intact and that they can still close the strait if they want to," said a Gulf-based security analyst.

About a fifth of the world's oil passes through the Strait of Hormuz, the narrow waterway between Iran and Oman.

The US Navy's Fifth Fleet, based in Bahrain, said it was monitoring the exercise and that it had not been affected.

SOURCE: Al Jazeera and news agencies
""", [], "Military exercise: missiles, drones 'bomb a replica', 'combined strike', troops parade; 'No casualties' outside the drill; no incident.")

# ---------------------------------------------------------------- 023 (riot, South Africa, AFP)
D(23, "https://www.barrons.com/news/two-dead-as-mob-loots-foreign-owned-shops-in-south-african-town-01537866000",
  "Two dead as mob loots foreign-owned shops in South African town", "2018-09-25", """
Johannesburg (AFP) - Two people were killed and dozens of foreign-owned shops looted and torched when residents went on the rampage in a small town in South Africa's Mpumalanga province, police said Tuesday.

The violence broke out on Monday in Mkhondo, formerly known as Piet Retief, near the border with Eswatini, after rumours spread on social media that a local girl had been abducted by a foreign shopkeeper, police spokesman Brigadier Leonard Hlathi said. The girl was later found safe with relatives.

"Groups of people moved from shop to shop, breaking doors and carrying out goods, and some of the shops were set alight," Hlathi said. "Police used rubber bullets and stun grenades to disperse the crowds."

A Pakistani shopkeeper was stabbed to death as he tried to stop looters entering his store, and a local man was found dead in the ruins of a burnt spaza shop, Hlathi said. Five other people were injured, among them two police officers hit by stones.

Thirty-one people were arrested for public violence, looting and murder and would appear in the Piet Retief Magistrate's Court on Wednesday.

Dozens of foreign nationals, mainly from Pakistan, Bangladesh, Ethiopia and Somalia, took refuge at the police station overnight with what belongings they could carry.

"We have been here 12 years. In one night we lost everything," said Muhammad Arif, who runs a grocery store on the main road. "The police came when it was already burning."

South Africa has suffered repeated outbreaks of xenophobic violence, often in poor communities where foreigners are blamed for crime and for taking jobs in a country where more than a quarter of the workforce is unemployed.

Police Minister Bheki Cele said in a statement that "criminality dressed up as anger" would not be tolerated and that additional public order units had been sent to the town.

Calm had returned to the town centre by Tuesday morning, though many shops remained shut.

str/jcb/rbu
""", [
    I(True, "riot", "2018-09-24", "South Africa", "Mpumalanga", "Mkhondo", 2, 5, [], ["civilians", "police"]),
], "Primary: Monday (24 Sep 2018) xenophobic rioting in Mkhondo (Piet Retief): 2 killed (a shopkeeper stabbed, a man found in a burnt shop), 5 injured incl. two police officers; mob violence = riot, no named group so perpetrators []; 31 arrests are part of the riot. The rumoured abduction turned out false (no incident). The court appearance 'on Wednesday' (26 Sep) is a scheduled event.")
# ---------------------------------------------------------------- 024 (negative: police officer dies of illness, Canada, local TV)
D(24, "https://edmonton.ctvnews.ca/rcmp-corporal-who-fought-brain-cancer-for-18-months-to-be-honoured-with-regimental-funeral-1.3529871",
  "RCMP corporal who fought brain cancer for 18 months to be honoured with regimental funeral", "2017-08-02", """
CTV News Edmonton | Local News | Weather | Video | Contests
RCMP corporal who fought brain cancer for 18 months to be honoured with regimental funeral
CTVNews.ca Staff
Published Wednesday, August 2, 2017 1:35PM MDT

An RCMP officer from the Whitecourt detachment who spent 18 months battling brain cancer will be laid to rest with full regimental honours on Friday.

Cpl. Darren Lavallee, 44, died on Sunday at the University of Alberta Hospital surrounded by his wife and two daughters, Alberta RCMP said in a statement.

Lavallee joined the force in 2001 and served in Nunavut and in several rural Alberta detachments before moving to Whitecourt, where he led the local crime reduction unit and coached minor hockey. He was diagnosed in early 2016 after collapsing at the end of a night shift.

"Darren fought this disease the way he did his job, with stubbornness and a sense of humour," said his detachment commander, Staff Sgt. Karen Olsen. "He was still sending us texts about files from his hospital bed."

Members of the force from across western Canada are expected to march in the procession, which will be followed by a service at the Whitecourt Allan & Jean Millar Centre. An honour guard will escort the casket, and a ceremonial firing party will mark the end of the graveside service.

His name will not be added to the RCMP Honour Roll, which is reserved for members killed on duty, but the force said a memorial bench would be placed outside the detachment.

Lavallee's family has asked that donations be made to the Alberta Cancer Foundation.

"He was not a fallen officer in the way the word is usually used," Olsen said. "But he gave this town 11 years, and we are going to send him off like one of our own."

The funeral is open to the public. Organisers have asked people who plan to attend to arrive early because parking will be limited.

Related stories
Man charged after shots fired at Edson RCMP officers
Two dead after highway crash near Mayerthorpe
""", [], "An RCMP officer's death from cancer and his funeral (firing party, honour guard, 'fallen officer'): no incident. Related links (shots at officers, crash) are boilerplate. Officer invented.")

# ---------------------------------------------------------------- 025 (shelling, Ukraine, Kyiv Independent)
D(25, "https://kyivindependent.com/russian-shelling-kills-2-injures-4-in-kharkiv-oblast-border-village/",
  "Russian shelling kills 2, injures 4 in Kharkiv Oblast border village", "2024-09-23", """
Russian shelling kills 2, injures 4 in Kharkiv Oblast border village
by Daria Melnyk
September 23, 2024 10:48 AM

Russian artillery shelled the village of Kozacha Lopan on Sept. 22, killing two women and injuring four other people, the Kharkiv Oblast Military Administration reported.

The women, aged 64 and 71, were killed when a shell hit the yard of a private house where they were sitting, the administration said. Two men and two women, aged between 38 and 80, were injured and taken to a hospital in Kharkiv.

Kozacha Lopan lies in Kharkiv district, about 5 kilometers from the Russian border, and has been under almost daily fire since Ukrainian forces liberated it in September 2022. Fewer than a thousand of its prewar residents remain.

Russian troops also attacked the Kupiansk district on Sept. 22. A Russian first-person-view (FPV) drone struck a civilian car near the village of Kivsharivka, injuring a 47-year-old man, the administration said.

The border areas of Kharkiv Oblast have seen an increase in attacks since Russia launched a cross-border offensive in May, which Ukrainian forces halted near the town of Vovchansk.

Kharkiv, Ukraine's second-largest city, is also regularly hit by missiles and glide bombs. On Aug. 30, a Russian guided aerial bomb struck a residential building in the city, killing seven people, including a 14-year-old girl, and injuring more than 90.

Authorities have ordered the mandatory evacuation of families with children from dozens of settlements in the oblast.

Read also: Russian attacks kill 5, injure 29 in Ukraine over past day
Read also: Zaporizhzhia hit by guided bombs, 16 injured

Ukraine war latest: Ukraine repels assaults near Pokrovsk as Russia presses east
""", [
    I(True, "shelling", "2024-09-22", "Ukraine", "Kharkiv", "Kozacha Lopan", 2, 4, ["Russian forces"], ["civilians"]),
    I(False, "air_strike", "2024-09-22", "Ukraine", "Kharkiv", "Kivsharivka", None, 1, ["Russian forces"], ["civilians"]),
    I(False, "air_strike", "2024-08-30", "Ukraine", "Kharkiv", "Kharkiv", 7, 90, ["Russian forces"], ["civilians"]),
], "Primary: Kozacha Lopan artillery shelling, Sept. 22 (2 killed, 4 injured). Same-day separate incident: FPV drone hits a car near Kivsharivka (drone = air_strike; 1 injured, killed null: no statement). Background: Aug. 30 glide bomb on a Kharkiv residential building (7 killed, 'more than 90' injured; a dropped aerial bomb = air_strike). Doer written 'Russian forces' (the text: 'Russian artillery', 'Russian troops'). 'Read also' headlines are boilerplate; the May offensive is context.")

# ---------------------------------------------------------------- 026 (negative: labour strike, Nigeria, Premium Times)
D(26, "https://www.premiumtimesng.com/news/headlines/522731-asuu-extends-strike-students-say-they-are-hostages.html",
  "ASUU extends strike, students say they are 'hostages' in FG-lecturers war", "2022-04-12", """
HOME | NEWS | HEADLINES | POLITICS | BUSINESS | SPORTS | OPINION
ASUU extends strike, students say they are 'hostages' in FG-lecturers war

The Academic Staff Union of Universities (ASUU) has extended its ongoing strike by another eight weeks, dashing hopes that public universities across the country would reopen before the end of the month.

The union's National Executive Council (NEC) took the decision at a meeting that ended in the early hours of Monday at the University of Abuja, ASUU President Emmanuel Osodeke told journalists.

Mr Osodeke accused the federal government of "killing public universities by a thousand cuts" and of using the negotiation process as a delaying weapon. "We did not start this war. The government has had since 2009 to implement the agreement it signed," he said.

The lecturers began what was announced as a one-month "warning strike" on February 14 over the funding of universities, the payment of earned allowances and the government's insistence on paying them through the Integrated Payroll and Personnel Information System (IPPIS), which the union rejects.

The Minister of Labour and Employment, Chris Ngige, who has been leading the government's team, said the union had "ambushed" a meeting scheduled for next week by announcing the extension, and warned that the government would enforce the "no work, no pay" rule.

Students' leaders described themselves as hostages of the dispute. "Our session has been dead since February. Some of our members have taken to the streets to hawk, some have gone back to the village," the National Association of Nigerian Students (NANS) said in a statement, threatening to "mobilise our troops" to block major highways if the strike is not called off.

Other unions in the sector, including the Senior Staff Association of Nigerian Universities (SSANU), have also threatened to down tools, raising fears of a total shutdown.

Since 1999, ASUU has gone on strike more than 15 times, with the longest, in 2020, lasting about nine months.

Also Read:
Gunmen abduct UNIABUJA lecturers, children from staff quarters
Court sentences ex-bank manager to 14 years for fraud

PREMIUM TIMES is committed to independent journalism. Support us.
""", [], "Labour strike story: 'war', 'hostages', 'killing ... by a thousand cuts', 'weapon', 'ambushed', 'troops', 'dead' session are figurative. The 'Also Read' abduction headline is boilerplate. The strike-extension details are invented.")
# ---------------------------------------------------------------- 027 (attack, USA, local TV)
D(27, "https://www.walb.com/2025/06/03/update-third-victim-dies-after-cordele-house-party-shooting-gbi-asks-help/",
  "UPDATE: Third victim dies after Cordele house party shooting; GBI asks for help", "2025-06-03", """
WALB News 10 | Watch Live | First Alert Weather | Local News | Sports | Contests
UPDATE: Third victim dies after Cordele house party shooting; GBI asks for help
By WALB Digital Team
Published: Jun. 3, 2025 at 5:02 PM EDT

CORDELE, Ga. (WALB) - A third person has died after a shooting at a crowded house party in Cordele early Sunday, bringing the death toll to three, the Georgia Bureau of Investigation (GBI) said Tuesday.

The GBI said a 19-year-old man who had been in critical condition died at Atrium Health Navicent in Macon. His name has not been released. The four other victims are expected to survive, agents said.

Original story: Two people were killed and five others were hurt when someone opened fire into a crowd gathered in the backyard of a home on 13th Avenue East around 1:30 a.m. Sunday, according to the Cordele Police Department.

Officers arriving at the scene found more than 100 people running from the yard, police said. Investigators recovered more than 40 shell casings of at least two different calibers, which Chief Jerry Dunn said suggests more than one person fired.

"This was a birthday party. A lot of these kids were just there to dance," Dunn said. "Somebody brought a fight to it and somebody else brought a gun."

The Cordele Police Department asked the GBI to lead the investigation. No arrests had been made as of Tuesday afternoon.

Crisp County Schools said counselors would be available at the high school this week for students affected by the shooting.

Anyone with information is asked to call the GBI tip line at 1-800-597-8477 or Crisp County Crime Stoppers. Tips can be anonymous.

Copyright 2025 WALB. All rights reserved.

Most Read
1. Albany man dies in crash on Highway 19 South
2. Dougherty County deputies searching for escaped inmate
3. Tifton restaurant closes after 40 years
""", [
    I(True, "attack", "2025-06-01", "United States", "Georgia", "Cordele", 3, 4, [], ["civilians"]),
], "Primary: Sunday (1 Jun 2025) house-party shooting in Cordele, Georgia; toll updated from two to three killed (one of the five wounded died), so injured = the four other victims. Shooter(s) unknown: perpetrators []. 'Most Read' items are boilerplate.")

# ---------------------------------------------------------------- 028 (negative: boat accident, DR Congo, AFP)
D(28, "https://www.barrons.com/news/dozens-missing-after-overloaded-boat-sinks-on-dr-congo-lake-01687708800",
  "Dozens missing after overloaded boat goes down on DR Congo lake", "2023-06-25", """
Kinshasa (AFP) - At least 31 people are dead and dozens more missing after an overloaded wooden boat went down at night on Lake Mai-Ndombe in western Democratic Republic of Congo, local authorities said Sunday.

The vessel, a long whaleboat carrying passengers seated on sacks of cassava flour, charcoal and smoked fish, left the port of Inongo on Friday evening for villages on the northern shore. It took on water in a squall about two hours later and turned over within minutes, according to a survivor quoted by a local radio station.

"The wind came from the side, and the water simply climbed in," said the survivor, a trader named Jeanne Mboyo. "Those who were under the tarpaulin never came up."

Provincial transport minister Nestor Mputu told AFP by phone that 31 bodies had been recovered by Sunday morning and that 44 people had been found alive. The boat carried more than 100 passengers, he said, although no list had been kept.

Fishermen from lakeside villages did most of the rescue work in their own canoes, as the provincial authorities in Mai-Ndombe have no rescue boats.

Boat disasters are frequent on the DRC's rivers and lakes, where vessels are routinely loaded beyond capacity and few passengers can swim or have life jackets. Roads across much of the vast central African country are impassable, leaving waterways as the only means of moving goods and people.

President Felix Tshisekedi's government has repeatedly banned night sailing and overloading, but the rules are rarely enforced.

"We count the dead every year and then we start again," said a civil society leader in Inongo. "Nobody controls what goes on the boats."

The toll is expected to rise as searches resume on Sunday, the provincial minister said.

str-clb/es
""", [], "Boat sinking (weather and overloading): accidental deaths, no security incident; 'dead', 'bodies', 'disasters'. Names invented.")
# ---------------------------------------------------------------- 029 (air_strike, Lebanon, Al Jazeera)
D(29, "https://www.aljazeera.com/news/2024/3/4/israeli-drone-strike-kills-two-hezbollah-fighters-in-south-lebanon",
  "Israeli drone strike kills two Hezbollah fighters in south Lebanon", "2024-03-04", """
An Israeli drone strike on a car near the southern Lebanese town of Nabatieh has killed two members of Hezbollah, the group and Lebanese security sources said, in the latest escalation along the border.

The strike on Sunday afternoon hit a car at the entrance of Kfar Roummane, a village on the outskirts of Nabatieh in Lebanon's Nabatieh governorate, setting it on fire, a Lebanese security source told Al Jazeera. Three people in a nearby car were wounded by shrapnel and taken to hospital in Nabatieh.

Hezbollah mourned two of its fighters, Ali Hassan Jaber and Hussein Mahmoud Fakih, without saying where they had been killed, as is customary for the group.

The Israeli military said its aircraft had struck "a Hezbollah terrorist cell" that had been preparing to launch rockets at northern Israel.

On Monday morning, Hezbollah said it had fired a salvo of Katyusha rockets at an Israeli army air surveillance base on Mount Meron "in response to the assassination" in Nabatieh. The Israeli army said the rockets fell in open areas and caused no casualties.

Nabatieh, about 12km from the border, had been largely spared during the first months of the fighting, which erupted on October 8 when Hezbollah opened a front in support of Hamas after the group's attack on southern Israel.

Since then, more than 300 people have been killed in Lebanon, most of them Hezbollah fighters, along with dozens of civilians, according to an Al Jazeera tally. On the Israeli side, at least 10 soldiers and seven civilians have been killed.

Tens of thousands of people have been displaced on both sides of the border, and diplomats from the United States and France have been trying to negotiate an arrangement that would push Hezbollah's fighters back from the frontier.

Israeli Defence Minister Yoav Gallant has warned that Israel could escalate its operations even if a ceasefire is agreed in Gaza.

SOURCE: Al Jazeera and news agencies
""", [
    I(True, "air_strike", "2024-03-03", "Lebanon", "Nabatieh", "Kfar Roummane", 2, 3, ["Israel Defense Forces"], ["militants"]),
    I(False, "shelling", "2024-03-04", "Israel", None, "Meron", 0, 0, ["Hezbollah"], ["military"], ["admin1"]),
], "Primary: Sunday (3 Mar 2024) Israeli drone strike on a car at Kfar Roummane on the outskirts of Nabatieh (drone = air_strike even with named victims): 2 Hezbollah fighters killed, 3 wounded; city = the village hit, Nabatieh being the nearby town named in the lead and the governorate. Non-primary: Monday (published day) Hezbollah rocket salvo at the Meron base, 'no casualties' -> 0/0; admin1 not named (unscored). The Oct 8 front opening and the tolls since are aggregates; the Hamas attack is named without place or toll.")

# ---------------------------------------------------------------- 030 (suicide_bombing, Nigeria, Punch)
D(30, "https://punchng.com/female-suicide-bomber-kills-12-in-borno-fish-market/",
  "Female suicide bomber kills 12 in Borno fish market", "2025-04-28", """
Home | News | Metro Plus | Politics | Sports | Editorial
Female suicide bomber kills 12 in Borno fish market
By Kayode Oyero
28th April 2025

A suspected female suicide bomber on Saturday detonated explosives strapped to her body at a busy fish market in Konduga, killing 12 people, including herself.

Nineteen others were injured in the explosion, which occurred at about 5pm when traders from Maiduguri and nearby villages were packing up for the day, residents and security sources said.

The Police Public Relations Officer of the Borno State Police Command, DSP Musa Ibrahim, confirmed the attack in a statement on Sunday. He said the injured had been taken to the University of Maiduguri Teaching Hospital, while the area had been cordoned off by the police Explosive Ordnance Disposal unit.

A member of the Civilian Joint Task Force in Konduga, Babagana Modu, told our correspondent that the woman, who wore a long hijab, had tried to enter the market through the fish section but was stopped by a vigilante.

"She pressed the device while he was questioning her. The vigilante died on the spot with the traders around him," Modu said.

Konduga, about 35 kilometres southeast of Maiduguri, the state capital, has been attacked several times by Boko Haram since the insurgency began in 2009.

Security sources blamed the Jama'atu Ahlis Sunna Lidda'awati wal-Jihad faction of Boko Haram, which has repeatedly used women and girls as suicide bombers.

On June 29 last year, women suicide bombers struck a wedding, a funeral and a hospital in Gwoza, also in Borno, in coordinated attacks that killed 32 people and injured dozens.

The Borno State Governor, Babagana Zulum, condemned the attack and directed the state emergency management agency to provide support for the victims' families.

Also Read:
Troops neutralise 15 terrorists in Sambisa
Bandits kill farmer, abduct 10 in Katsina

Copyright PUNCH.
All rights reserved.
""", [
    I(True, "suicide_bombing", "2025-04-26", "Nigeria", "Borno", "Konduga", 12, 19, ["Boko Haram"], ["civilians"]),
    I(False, "suicide_bombing", "2024-06-29", "Nigeria", "Borno", "Gwoza", 32, None, [], ["civilians"]),
], "Primary: Saturday (26 Apr 2025) suicide bombing in Konduga: 12 killed 'including herself' (the bomber counted), 19 injured; security sources blame the JAS faction of Boko Haram (named late). Admin1 Borno is written only as 'Borno State Police Command' and 'Borno State Governor'. Background: Gwoza coordinated suicide bombings of 29 June 2024 treated as one incident (32 killed, 'dozens' injured -> null); no doer named. The vigilante is one of the 12. 'Also Read' items are boilerplate.")


if __name__ == "__main__":
    assert len(DOCS) == 30, len(DOCS)
    for d in DOCS:
        with open(os.path.join(HERE, d["id"] + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"wrote {len(DOCS)} documents to {HERE}")
