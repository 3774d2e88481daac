"""Pages with no security incident give none: a sports page's violent idiom ("the innings bombed", "a brutal assault
on the bowling attack"), a crash told with a simile, a statistics story's rates, an anniversary piece, a court story's
old arrest; a sports page that tells real violence (a bomb near the stadium, fans and police, gunmen on a team bus)
still gives its incident. Every page is written for these tests (real places, invented events)."""
from __future__ import annotations

import pytest

from worker.evaluation import flatten
from worker.extract import sport_pages, types
from worker.pipeline import incidents

FOOTBALL = (
    'Sport | Football\n'
    '\n'
    "Striker's late strike sinks Enyimba in Aba derby\n"
    '\n'
    'By our Sports Correspondent | Published March 10, 2024\n'
    '\n'
    'ABA: Kano Pillars shot themselves in the foot for an hour before a late goal from their striker Musa Danladi killed off Enyimba\'s hopes in the Nigeria Premier Football League match at the Enyimba International Stadium on Sunday. The visitors\' attack had misfired all afternoon, and the home side\'s defence looked comfortable. Danladi, who bombed two clear chances in the first half, finally fired home in the 87th minute after a swift counter-attack down the left flank. "We attacked them from the first whistle and the boys never stopped fighting," coach Usman Abd said after the match. The clash between the two sides had drawn a crowd of about 15,000 fans, and the atmosphere was electric from kick-off. Enyimba\'s midfield was brutal in the tackle, and two of their players were booked for late challenges. Their captain admitted the team had been killed on the break. "They shot out of the traps and we never recovered," he told reporters. The result lifts Pillars to third in the league table, two points behind Rivers United, while Enyimba remain sixth with a game in hand. The two teams meet again in the Federation Cup semi-final next month, when the striker hopes to keep his goal streak alive. The league resumes on Wednesday with six matches.\n'
)

CRICKET = (
    'Sports | Cricket\n'
    '\n'
    "Babar's blitz destroys Sri Lanka attack in Colombo Test\n"
    '\n'
    'Cricket Correspondent | Published July 18, 2023\n'
    '\n'
    'COLOMBO: Babar Azam launched a savage assault on the Sri Lankan bowling attack on the second day of the first Test at the R. Premadasa Stadium on Tuesday, smashing 131 as Pakistan took a firm grip on the match. The Pakistan captain shot out of the blocks after lunch, hitting four boundaries in an over off the spinner, and the home side\'s plans were blown apart. "We wanted to attack their spinners and take the game to them," Babar said at the post-match press conference. Sri Lanka\'s innings had bombed on the first day, when they were bowled out for 166 in just 48 overs; the seamers ripped through the middle order and killed the contest off before tea. The clash between the two sides is the first of a two-match series for the World Test Championship. The Sri Lankan coach admitted his batsmen had shot themselves in the foot. "We threw our wickets away. That collapse killed us," he said. Naseem Shah finished with four wickets for 41 and the all-rounder Agha Salman chipped in with two. The tournament standings will be updated after the second Test in Colombo, which begins next Monday. Tickets for the match sold out in a day, and a crowd of 12,000 is expected at the ground.\n'
)

BASKETBALL = (
    'Sport\n'
    '\n'
    'Celtics demolish Knicks as Tatum fires 40 in Boston rout\n'
    '\n'
    'Basketball Desk | Published January 5, 2024\n'
    '\n'
    'BOSTON: Jayson Tatum fired 40 points and the Boston Celtics crushed the New York Knicks 128-101 at TD Garden on Thursday night, their eighth straight win of the NBA season. The Knicks\' offence was shot to pieces in the third quarter, when Boston went on a 22-4 run that killed the game. "Our defence just attacked every possession tonight," coach Joe Mazzulla said. The Knicks\' shooting bombed from beyond the arc, where they made only 9 of 38 attempts, and their starting guard left the court in the second half with an ankle injury. The clash between the two Eastern Conference rivals had been billed as a test for the league leaders, and a sell-out crowd of 19,156 watched the home team execute the game plan to perfection. Tatum, who was named player of the week, said the team "killed it" on the defensive end. The Knicks\' coach Tom Thibodeau admitted his players had been beaten up on the boards. "They outfought us for every rebound. That third quarter was a massacre," he said. Boston next host the Milwaukee Bucks on Saturday, while the Knicks travel to Chicago for the second game of a back-to-back. The Celtics lead the Eastern Conference by four games with the season at its halfway point.\n'
)

COURT = (
    'Courts\n'
    '\n'
    'Court upholds sentence of man convicted over attacks\n'
    '\n'
    'Court Reporter | Published September 12, 2023\n'
    '\n'
    "ISLAMABAD: The Supreme Court on Tuesday upheld the life sentence of a man convicted of involvement in a series of attacks in the early 2010s, rejecting his appeal against a ruling of the Lahore High Court. A three-member bench headed by the Chief Justice dismissed the appeal after hearing arguments from both sides. The man's lawyer argued that the prosecution had relied on a confession obtained under duress and that no witness had placed his client at the scene of any attack. The prosecutor said the evidence of his involvement was overwhelming and included phone records and the testimony of a co-accused. The convict was arrested in 2014 and sentenced by an anti-terrorism court in 2016 for his role in the planning of attacks that killed several people, according to the charge sheet. His co-accused was acquitted in 2018 for lack of evidence. The bench said the trial court had weighed the evidence correctly and that the confession had been recorded before a magistrate in accordance with the law. The convict's family said they would file a review petition. Human rights groups have criticised the anti-terrorism courts for the length of their trials and for relying on confessions.\n"
)

ANNIVERSARY = (
    'Anniversary\n'
    '\n'
    'Ten years on, survivors remember the Westgate siege\n'
    '\n'
    'By our Correspondent | Published September 21, 2023\n'
    '\n'
    'NAIROBI: Survivors and relatives of the victims gathered at the Westgate shopping mall in Nairobi on Thursday to mark ten years since the siege in which 67 people were killed. A wreath was laid at a memorial plaque near the main entrance, and the names of the dead were read out by a pastor and an imam. "We remember those we lost and the heroes who saved lives that day," the interior minister told the gathering. Several survivors spoke of their long recovery and of the counselling they had received in the years since. One woman, who was shopping with her two children when the siege began, said she still could not enter a shopping mall without fear. The mall reopened in 2015 after a reconstruction, and security at its entrances has been tightened. The anniversary comes as the government marks a decade of reforms in the security services, including a new anti-terror unit and better coordination between the police and the intelligence service. Relatives of some victims said they were still waiting for compensation and for the full report of the inquiry into the police and army response. A minute of silence was observed at noon, and a service will be held at the Holy Family Basilica on Sunday.\n'
)

STATISTICS = (
    'Statistics\n'
    '\n'
    'Homicide rate in Cape Town falls for the third straight quarter\n'
    '\n'
    'Staff Writer | Published February 20, 2024\n'
    '\n'
    'CAPE TOWN: The murder rate in Cape Town fell for the third consecutive quarter, according to crime statistics released by the police minister on Tuesday. An average of 11 people were killed each day in the metro between October and December, compared with 13 a day in the same period a year earlier. The minister said the decline reflected the deployment of more officers in hotspots such as Khayelitsha, Nyanga and Mitchells Plain. "We are attacking the causes of crime, not only its symptoms," he said. Opposition parties said the figures were still among the highest in the world and that gang violence in the Cape Flats had not been brought under control. Attempted murders rose by 4 per cent, while car hijackings fell by 9 per cent over the quarter. The provincial community safety department said its violence prevention programme had reached 20,000 young people. Analysts warned that one quarter\'s figures were not a trend and that the numbers could shoot up again in the holiday season. The police ministry will publish the annual statistics in September.\n'
)

TENNIS = (
    'Sport | Tennis\n'
    '\n'
    'Sabalenka blasts past Gauff to reach Melbourne final\n'
    '\n'
    'By our Tennis Correspondent | Published January 25, 2024\n'
    '\n'
    'MELBOURNE: Aryna Sabalenka blasted her way into the Australian Open final on Thursday, crushing the American fourth seed in straight sets at Rod Laver Arena. The defending champion attacked from the first point, firing 28 winners and breaking serve four times as she took the semi-final 7-6, 6-4. Her opponent\'s forehand misfired throughout the first-set tiebreak, and her serve was shot to pieces in the second set, when she made six double faults. "I just tried to go for my shots and be aggressive. She killed me on the big points last year, so I had to take the initiative," Sabalenka said. The clash between the two players was a rematch of last year\'s US Open final, and the crowd of 15,000 packed the arena for the late match. The Grand Slam champion will face China\'s Zheng Qinwen in Saturday\'s final, after Zheng\'s quarter-final opponent was shot down in three sets. Coach Anton Dubrov said his player\'s return game had been "deadly" for two weeks. Her ranking points will keep her at number two in the world whatever the result, while the tournament\'s prize money rises to a record level this year. The men\'s semi-finals are played on Friday.\n'
)

CRASH = (
    'Local news\n'
    '\n'
    'Five dead as lorry and minibus collide on Kano highway\n'
    '\n'
    'Staff Reporter | Published June 11, 2024\n'
    '\n'
    'KANO: Five people were killed and nine others injured on Monday when a lorry and a minibus collided head-on on the Kano-Zaria highway near the town of Kura, the Federal Road Safety Corps said. The sector commander said the crash happened at about 6pm when the minibus tried to overtake another vehicle at high speed and smashed into the oncoming lorry. The injured were taken to the Murtala Mohammed Specialist Hospital in Kano, and the bodies were deposited at the hospital\'s mortuary. A witness said the impact was like an explosion and that the minibus was destroyed. "The driver was speeding and shot out into the other lane without looking," he said. The corps urged motorists to avoid dangerous overtaking and to respect speed limits, especially during the rainy season when roads become slippery. It said 62 people had died in road accidents on the highway since January. The state government said it would repair the worst sections of the road before the end of the year and install more warning signs near the bends at Kura and Bebeji.\n'
)

CHOLERA = (
    'Health\n'
    '\n'
    'Cholera outbreak kills 14 in Borno camps as rains worsen sanitation\n'
    '\n'
    'Health Desk | Published August 30, 2024\n'
    '\n'
    'MAIDUGURI: A cholera outbreak has killed 14 people and left more than 300 others in hospital in camps for displaced people in Borno State, health officials said on Thursday. The outbreak was first detected in the Muna Garage camp on the outskirts of Maiduguri last week, and new cases have since been recorded in the Dalori and Bakassi camps. The state Commissioner for Health said the deaths occurred mostly among children under five and elderly people. "The situation is serious but under control. We have deployed rapid response teams and set up treatment centres," he said. Aid agencies said heavy rains had flooded latrines and contaminated wells in the camps, which host tens of thousands of people who fled their homes during years of conflict. The World Health Organization said it had sent oral rehydration supplies and was supporting a vaccination campaign that will begin on Monday. Doctors Without Borders said its clinic in the Muna camp had treated 120 patients in two days. Health workers warned that the outbreak could spread to Jere and Konduga local government areas unless water supplies improved quickly. Last year cholera killed more than 200 people across the north-east, according to the Nigeria Centre for Disease Control.\n'
)

STADIUM_BLAST = (
    'Sport | Cricket\n'
    '\n'
    'Match abandoned after blast near Quetta stadium kills three\n'
    '\n'
    'Sports Reporter | Published March 4, 2024\n'
    '\n'
    'QUETTA: A domestic T20 match at the Bugti Stadium in Quetta was abandoned on Sunday afternoon after a bomb exploded near the stadium\'s main gate, killing three people and wounding eleven, police said. The blast went off at about 3.30pm as spectators were queuing to enter the ground for the second innings of the match between Quetta Gladiators\' academy side and a team from Karachi. Police said the explosive device had been planted on a motorcycle parked outside the gate. The players were taken to the dressing rooms and later escorted to their hotel under police protection. No group immediately claimed responsibility. The Pakistan Cricket Board said the remaining matches of the tournament would be moved to Karachi. "The safety of players and fans comes first," the board\'s chairman said. The wounded were taken to the Civil Hospital, where two were said to be in critical condition. The league\'s coach and captains condemned the attack and observed a minute of silence at the next fixture. Security at stadiums across Balochistan has been tightened.\n'
)

FANS_CLASH = (
    'Sport | Football\n'
    '\n'
    'Two killed as fans clash with police after derby in Lagos\n'
    '\n'
    'Sports Desk | Published May 12, 2024\n'
    '\n'
    "LAGOS: Two people were killed and several others injured when football fans clashed with police outside the Teslim Balogun Stadium in Lagos on Saturday evening after a league match between two local clubs. Police said officers fired tear gas to disperse hundreds of supporters who threw stones and set a police vehicle on fire after the home team lost the derby 2-1 in stoppage time. A police spokesman said one of the dead was a young man who was hit by a stray bullet, and a second man was trampled in the stampede. The league suspended the home club's next two matches and ordered an inquiry into the violence. The club's coach appealed for calm and said the team's players were shocked by what had happened outside the ground. The striker who scored the winning goal said he had been escorted out of the stadium by security guards. The state governor promised that those responsible for the deaths would be punished, and the police commissioner said 14 people had been arrested.\n"
)

TEAM_BUS = (
    'Sport | Football\n'
    '\n'
    'Gunmen attack team bus on highway in Cameroon, driver killed\n'
    '\n'
    'Sports Reporter | Published October 2, 2023\n'
    '\n'
    'BUEA: Gunmen attacked a bus carrying the players and coaching staff of a Cameroonian football club on a highway near Buea on Monday, killing the driver and wounding two players, the club said. The team was travelling to Limbe for a league match when armed men opened fire on the bus from the roadside, according to the club\'s spokesman. The wounded players were taken to the regional hospital in Buea and were said to be in a stable condition. No group claimed the attack, but separatist fighters have attacked travellers on roads in the South West region in recent months. The football federation postponed the match and the league\'s remaining fixtures in the region. The club\'s coach said the players were traumatised. "We came to play football, not to be shot at," he said. The team\'s striker and goalkeeper were among those who escaped unhurt. The club said it would pay for the driver\'s funeral in Kumba on Friday.\n'
)

VILLAGE_MATCH = (
    'National\n'
    '\n'
    'Gunmen kill three in attack on football fans in Borno village\n'
    '\n'
    'Staff Reporter | Published February 6, 2024\n'
    '\n'
    "MAIDUGURI: Gunmen suspected to be Boko Haram fighters opened fire on a crowd of young men watching a football match in a village in Borno State on Sunday, killing three and wounding five, residents said. The attack happened at about 4pm in Kwajafa village in Hawul local government area, when the attackers arrived on motorcycles and began shooting at the spectators on the edge of the pitch. A local vigilante leader said the gunmen fled into the bush after soldiers arrived. The wounded were taken to a hospital in Biu. The village's youth league had resumed its matches last month after a year-long break because of insecurity. The state police command confirmed the attack and said officers had been deployed to the area. Residents said the fighters had attacked the village twice last year and that many families had already left for Biu and Maiduguri. The state governor condemned the attack and promised more troops for the area.\n"
)


LEAGUE_MATCH = (
    'Sport | Football\n'
    '\n'
    'Mbappe runs riot as PSG storm past Lens\n'
    '\n'
    'By our Football Writer | Published October 15, 2023\n'
    '\n'
    'PARIS: Kylian Mbappe ran riot at the Parc des Princes on Saturday, scoring a hat-trick as Paris Saint-Germain stormed past Lens 4-1 to go top of Ligue 1. The France captain fired PSG ahead after 12 minutes with a shot into the bottom corner and doubled the lead before half-time when he raided down the left and beat the goalkeeper at his near post. Lens had invaded the PSG half early on, and their striker executed a perfect volley to equalise, but the visitors were massacred in the second half. "We battled for an hour, then they killed the game with two goals in five minutes," the Lens coach said. Ousmane Dembele set up the third with a cross that the defence failed to clear, and Mbappe completed his hat-trick from the penalty spot after a foul in the box. The home fans let off flares in celebration and the referee briefly stopped the match while the smoke cleared. PSG\'s coach Luis Enrique said his team had hijacked the game with their pressing. "We attacked with courage and we defended as a team," he said. The win leaves PSG a point clear of Monaco, who play at Nice on Sunday. Lens, last season\'s runners-up, are 14th after eight matches and host Arsenal in the Champions League on Tuesday.\n'
)
MEMORIAL = (
    'National\n'
    '\n'
    'Five years after the Christchurch attacks, a city remembers\n'
    '\n'
    'By our Correspondent | Published March 15, 2024\n'
    '\n'
    'CHRISTCHURCH: Hundreds of people gathered at the Al Noor mosque in Christchurch on Friday to mark five years since the attacks on two mosques in which 51 worshippers were killed. Survivors, relatives and community leaders laid flowers at a memorial and read the names of the dead. The prime minister said the country had changed since the attacks and praised the Muslim community for its grace and resilience. "We will never forget the 51 shuhada," the imam of the mosque told the crowd. A survivor who was wounded in the attack said he still lived with the pain but had found strength in his faith. The city council unveiled a new garden of remembrance near the Linwood mosque, and schools held a minute of silence at 1.40pm, the time the attack began five years ago. The government\'s gun buyback scheme, introduced after the attacks, has removed more than 50,000 firearms from circulation. Community leaders said hate speech online remained a concern and called for stronger action against extremist content. The memorial events will continue on Sunday with an interfaith service in the Botanic Gardens.\n'
)
BACKDROP_THEN_RAID = (
    "Southern Kaduna\n\nFear grips Kauru villages\n\nStaff Reporter | Published March 12, 2024\n\n"
    "KADUNA: Fear has gripped villages in southern Kaduna amid a wave of attacks by bandits in recent weeks, "
    "community leaders said on Tuesday.\n\nGunmen killed seven people in Kauru on Monday night, residents said. "
    "The attackers arrived on motorcycles at about 10pm and shot at villagers as they fled, a youth leader told "
    "reporters. Police confirmed the attack and said officers had been deployed to the area, where farmers have "
    "abandoned their fields since January. The state government condemned the killings and promised to rebuild the "
    "homes burned in the attack. Community leaders said the attackers had also stolen cattle and that two women were "
    "missing. A curfew was imposed on Kauru and two neighbouring districts, and schools in the area were closed "
    "until further notice. The state assembly will debate the security situation on Thursday."
)


def _run(nlp, text: str, published: str = "2024-03-12") -> list[dict]:
    art = {"id": "t", "url": "", "title": None, "published": published, "text": text,
           "fetched_at": published + "T12:00:00Z"}
    return [flatten(m) for m in incidents([art], nlp)[0]]


@pytest.mark.parametrize("page", [FOOTBALL, BASKETBALL, TENNIS, LEAGUE_MATCH, COURT, ANNIVERSARY, STATISTICS, CRASH,
                                  MEMORIAL],
                         ids=["football", "basketball", "tennis", "league-match", "court", "anniversary", "statistics",
                              "crash", "memorial"])
def test_page_with_no_incident_gives_none(nlp, page: str) -> None:
    assert _run(nlp, page) == []


# guards: a sports page that tells real violence keeps its incident
@pytest.mark.parametrize("page,event_type,killed", [
    (STADIUM_BLAST, "bombing", 3), (FANS_CLASH, "riot", 2), (TEAM_BUS, "attack", 1), (VILLAGE_MATCH, "attack", 3)],
    ids=["stadium-blast", "fans-clash", "team-bus", "village-match"])
def test_sports_page_with_real_violence_keeps_it(nlp, page: str, event_type: str, killed: int) -> None:
    primary = [f for f in _run(nlp, page) if f["primary"]]
    assert primary and primary[0]["event_type"] == event_type and primary[0]["killed"] == killed


@pytest.mark.parametrize("page,sport", [(FOOTBALL, True), (CRICKET, True), (BASKETBALL, True), (TENNIS, True),
                                        (STADIUM_BLAST, True), (CHOLERA, False), (CRASH, False), (COURT, False),
                                        (VILLAGE_MATCH, False)])
def test_sports_page_is_told_by_its_words(page: str, sport: bool) -> None:
    assert sport_pages.sports_page(page) is sport


def test_idiom_on_a_sports_page_and_real_violence_beside_it() -> None:
    with sport_pages.reading(STADIUM_BLAST):
        assert types.classify("The league's coach and captains condemned the attack at the next fixture.") is None
        assert types.classify("A bomb exploded near the stadium's main gate, killing three people.") is not None
    with sport_pages.reading(CHOLERA):  # no sports page: the same words are read as ever
        assert types.classify("The league's coach and captains condemned the attack at the next fixture.") is not None


@pytest.mark.parametrize("sentence", [
    "The driver was speeding and shot out into the other lane without looking.",
    "A witness said the impact was like an explosion and the minibus was destroyed.",
    "The opposition admitted it had shot itself in the foot over the budget.",
    "An average of 11 people were killed each day in the metro between October and December.",
    "She said more than 10,000 suspects had been detained since October.",
    "The convict was arrested in 2014 and sentenced by an anti-terrorism court in 2016.",
])
def test_idiom_or_record_is_no_event(sentence: str) -> None:
    tm = types.classify(sentence)
    assert tm is None


# guards: real events told near the new idioms and records keep their trigger
@pytest.mark.parametrize("sentence", [
    "Troops killed off the last of the militants in the forest near Sambisa on Monday.",
    "Two soldiers were killed off the coast of Somalia when their boat was attacked.",
    "Gunmen shot into the crowd at the market in Zaria on Tuesday.",
    "Police arrested two men in Kano on Monday over the bombing.",
    "Tennessee has debated gun laws since March 27, 2023, when a shooter killed six people at a school in Nashville.",
])
def test_real_event_stays(sentence: str) -> None:
    assert types.classify(sentence) is not None


def test_anniversary_in_words_is_a_backdrop() -> None:
    assert types.context("Survivors gathered on Thursday to mark ten years since the siege in which 67 people were "
                         "killed.")


def test_event_told_after_a_backdrop_stays(nlp) -> None:
    primary = [f for f in _run(nlp, BACKDROP_THEN_RAID) if f["primary"]]
    assert primary and primary[0]["killed"] == 7 and primary[0]["date"] == "2024-03-11"
