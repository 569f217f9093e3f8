"""Attacks read from what an attacker did, is charged with or is called (graphbuild.attackers): the
real pipeline on sentences written for the tests, each with what must be found and what must not."""

from __future__ import annotations

import pytest


def _attacks(statements, subject, obj):
    return [s for s in statements if s.relation == "attacks" and s.subject.label == subject and s.object.label == obj]


@pytest.mark.model
@pytest.mark.parametrize("text,subject,obj,modality", [
    # a vehicle driven into people is an attack on the place
    ("Police say Mark Doyle drove a rented van into a crowd of shoppers in Chicago, killing five people.",
     "Mark Doyle", "Chicago", {"reported", "asserted", "hedged"}),
    ("Mark Doyle allegedly plowed a pickup truck down a busy Chicago bike path, injuring nine people.",
     "Mark Doyle", "Chicago", {"hedged"}),
    # explosives set off, planted or detonated somewhere
    ("Mark Doyle was convicted on Monday of setting off bombs in Chicago and Detroit.",
     "Mark Doyle", "Detroit", {"asserted"}),
    ("Last spring Mark Doyle detonated a bomb outside a stadium in Detroit.", "Mark Doyle", "Detroit", {"asserted"}),
])
def test_extract_attacks_instrument_acts(text, subject, obj, modality, extract_statements):
    found = _attacks(extract_statements(text), subject, obj)
    assert found and found[0].modality in modality, [(s.subject.label, s.object.label, s.modality)
                                                     for s in extract_statements(text)]


@pytest.mark.model
@pytest.mark.parametrize("text,subject,obj,modality", [
    ("John Carter is the second Ohio man accused of a Chicago attack this year.", "John Carter", "Chicago", "hedged"),
    ("Prosecutors accused John Carter of the Chicago bombing.", "John Carter", "Chicago", "hedged"),
    ("John Carter was charged with the 2016 bombing of a police station in Chicago.",
     "John Carter", "Chicago", "hedged"),
    ("John Carter, who is charged with driving a truck into a crowd in Chicago, pleaded not guilty.",
     "John Carter", "Chicago", "hedged"),
    ("John Carter was not charged with the Chicago attack.", "John Carter", "Chicago", "negated"),
])
def test_extract_attacks_charged_person_is_hedged_attacker(text, subject, obj, modality, extract_statements):
    found = _attacks(extract_statements(text), subject, obj)
    assert [s.modality for s in found] == [modality], [(s.subject.label, s.object.label, s.modality)
                                                       for s in extract_statements(text)]


@pytest.mark.model
@pytest.mark.parametrize("text,subject,obj,modality", [
    ("Mark Doyle, the suspect in the Chicago truck attack, appeared in court.", "Mark Doyle", "Chicago", "hedged"),
    ("Police arrested Mark Doyle, the alleged Chicago bomber.", "Mark Doyle", "Chicago", "hedged"),
    # the target of the attack just reported
    ("Gunmen attacked a hotel in Chicago on Friday. Officers arrested the attacker, Mark Doyle, at his home.",
     "Mark Doyle", "Chicago", "asserted"),
])
def test_extract_attacks_agent_noun_names_attacker(text, subject, obj, modality, extract_statements):
    found = _attacks(extract_statements(text), subject, obj)
    assert found and found[0].modality == modality, [(s.subject.label, s.object.label, s.modality)
                                                     for s in extract_statements(text)]


@pytest.mark.model
@pytest.mark.parametrize("text,absent", [
    # driving is no attack without harm or people in the way
    ("Mark Doyle drove his car through Chicago on Sunday.", ("Mark Doyle", "attacks", "Chicago")),
    ("The governor drove a truck to Detroit to deliver supplies.", ("Detroit",)),
    # a place of origin is not the one charged
    ("John Carter is the second Ohio man accused of a Chicago attack this year.", ("Ohio", "attacks", "Chicago")),
    # a subject far up a garbled sentence is not the bomber
    ("The minister was not home when the men threw a bomb into his window in Leeds, and the gang later planted "
     "a bomb in a pub in Leeds.", ("attacks",)),
])
def test_extract_attacks_no_attack_without_attacker(text, absent, plain_edges):
    found = plain_edges(text)
    assert not any(all(part in edge for part in absent) for edge in found), found


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    # the armed men of a people that is no state are an armed group of their own, one per people
    ("Kurdish rebels attacked an army outpost in Hakkari.", ("Kurdish Militants", "attacks", "Hakkari"), None),
    ("Pakistani troops attacked Baloch separatists near the border.",
     ("Pakistan", "attacks", "Baloch Militants"), None),
    ("Moscow blamed the train bombing on Chechen fighters.", ("Russia", "blames", "Chechen Militants"), None),
    ("Moscow blames the unrest on Chechen-based separatism.", ("Russia", "blames", "Chechen Militants"), None),
    # a state's militants are left to the state rules; a people's style is no actor
    ("Afghan militants attacked a checkpoint in Kandahar.", None, ("Afghan Militants", "attacks", "Kandahar")),
    ("The region steered clear of Chechen-style separatism.", None, None),
])
def test_extract_attacks_people_armed_group(text, expected, absent, plain_edges, extract_statements):
    found = plain_edges(text)
    if expected:
        assert expected in found, found
    if absent:
        assert absent not in found, found
    if "Chechen-style" in text:
        assert not any("Chechen" in e[0] or "Chechen" in e[2] for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    # a violent campaign, or one against an armed group, is an attack; others are not
    ("Hamas's continued violent campaign against civilians and the state of Israel must end.",
     ("Hamas", "attacks", "Israel"), None),
    ("Saudi Arabia's campaign against the Houthis has killed thousands.", ("Saudi Arabia", "attacks", "Houthis"), None),
    ("Trump's campaign against Clinton was bitter.", None, ("United States", "attacks", "Hillary Clinton")),
    ("Treasury's campaign against Hezbollah's financial networks continues.", None,
     ("United States", "attacks", "Hezbollah")),
])
def test_extract_attacks_violent_campaign(text, expected, absent, plain_edges):
    found = plain_edges(text)
    if expected:
        assert expected in found, found
    if absent:
        assert not any(e[1] == "attacks" for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    # "Russia's war" refers to Russia's own last target, not to the last target named
    ("Russia invaded Ukraine in 2022. Hamas attacked Israel last week. Despite the damage Russia's war has done, "
     "Ukraine is growing.", ("Russia", "attacks", "Ukraine"), ("Russia", "attacks", "Israel")),
    ("Hamas attacked Israel on Saturday. Iran's war has gone on for years.", None, ("Iran", "attacks", "Israel")),
    ("Hamas attacked Israel on Saturday. The group's attack killed hundreds.", ("Hamas", "attacks", "Israel"), None),
    # attacks no attacker was named for are claimed with them
    ("A bomb exploded in Kabul on Monday. A second blast hit Jalalabad. The Taliban claimed both attacks.",
     ("Taliban", "attacks", "Jalalabad"), None),
    # "the bomber" that coreference links to the last person named is not trusted as the attacker
    ("President Ghani spoke at a rally in Charikar. A bomber drove into the crowd and 26 people and the bomber "
     "were killed.", None, ("Ashraf Ghani", "attacks", "Charikar")),
])
def test_extract_attacks_memory_follows_attacker(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent)


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    # the armed men of a people as a modifier of another noun
    ("Kurdish militant attacks on Diyarbakir have killed dozens.",
     ("Kurdish Militants", "attacks", "Diyarbakir"), None),
    # a claim in a relative clause is asserted, whatever the sentence says of the attack
    ("The Taliban said they were not behind the blast, unlike the 2015 bombing in Lahore that they claimed "
     "responsibility for.", ("Taliban", "attacks", "Lahore"), None),
    ("ISIS denied the new attack, unlike the bombing in Kabul that it claimed last year.", ("ISIS", "attacks", "Kabul"),
     None),
    # "claimed 30 lives" is no claim of responsibility
    ("The bombing in Kabul, which claimed 30 lives, shocked the country.", None, ("attacks",)),
])
def test_extract_attacks_claims_and_group_modifiers(text, expected, absent, plain_edges):
    found = plain_edges(text)
    if expected:
        assert expected in found, found
    if absent:
        assert not any(absent[0] in e for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    # a violent operation or raid in or into a state or place attacks it; leading one is doing it
    ("Turkey's military operations in Syria are now paused.", ("Turkey", "attacks", "Syria"), None),
    ("Hezbollah fighters led armed raids into Lebanon.", ("Hezbollah", "attacks", "Lebanon"), None),
    ("The police operation in Chicago netted 20 arrests.", None, ("attacks",)),
    # the armed men "from" a people, and a people's name where only a place can be
    ("Militants from neighbouring Chechnya raided villages in Dagestan.", ("Chechnya Militants", "attacks", "Dagestan"),
     None),
])
def test_extract_attacks_operations_in_a_state(text, expected, absent, plain_edges):
    found = plain_edges(text)
    if expected:
        assert expected in found, found
    if absent:
        assert not any(absent[0] in e for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    # a defence going on is a fight both ways
    ("Israel is defending its citizens against Hamas terrorism.",
     {("Hamas", "attacks", "Israel"), ("Israel", "attacks", "Hamas")}),
    ("Ukraine defended itself against Russia in 2022.",
     {("Russia", "attacks", "Ukraine"), ("Ukraine", "attacks", "Russia")}),
    # a general claim, a policy defended, a right: no plain attack
    ("NATO defends its members against Russia.", set()),
    ("The minister defended the policy against critics from Germany.", set()),
    ("Israel has the right to defend itself against Hamas.", set()),
])
def test_extract_attacks_defence_is_a_fight(text, expected, plain_edges):
    found = {e for e in plain_edges(text) if e[1] == "attacks"}
    assert found == expected, found


@pytest.mark.model
@pytest.mark.parametrize("text,expected,modality", [
    # killing or stabbing people somewhere attacks the place
    ("Omar Khalid stabbed three people in Paris.", ("Omar Khalid", "Paris"), "asserted"),
    ("Omar Khalid, 29, is accused of killing 49 people at a nightclub in Orlando.", ("Omar Khalid", "Orlando"),
     "hedged"),
    # a shooting at a place inside a town, and a guilty plea or a confession
    ("Police said Omar Khalid carried out the shooting at a synagogue in Pittsburgh.", ("Omar Khalid", "Pittsburgh"),
     "reported"),
    ("Omar Khalid pleaded guilty to the 2017 bombing of a subway station in Manhattan.",
     ("Omar Khalid", "New York City"), "asserted"),
    ("Omar Khalid confessed to the bombing of a church in Lahore.", ("Omar Khalid", "Lahore"), "asserted"),
])
def test_extract_attacks_killings_and_pleas(text, expected, modality, extract_statements):
    found = _attacks(extract_statements(text), *expected)
    assert found and found[0].modality == modality, [(s.subject.label, s.object.label, s.modality)
                                                     for s in extract_statements(text)]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "An earthquake killed 300 people in Turkey.",
    "Omar Khalid admitted to police that he had lied about his trip to Lahore.",
])
def test_extract_attacks_no_attacker_in_killings(text, plain_edges):
    assert not any(e[1] == "attacks" for e in plain_edges(text)), plain_edges(text)


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    # a captor attacks its captives; a people's citizens stand for their state; else the place
    ("JNIM took two American citizens hostage in Burkina Faso.", ("JNIM", "attacks", "United States")),
    ("Hamas held Israeli hostages in Gaza.", ("Hamas", "attacks", "Israel")),
    ("Hamas took 240 people hostage in Israel.", ("Hamas", "attacks", "Israel")),
    # taking or holding with no hostage is nothing
    ("He took the children to school in Paris.", None),
    ("The company holds a stake in a bank in Paris.", None),
])
def test_extract_attacks_hostage_taking(text, expected, plain_edges):
    found = {e for e in plain_edges(text) if e[1] == "attacks"}
    assert (expected in found) if expected else not found, found


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    # "its" in a fronted phrase is the clause's subject, not an actor named before
    ("Mexico has many cartels. In its fight against CJNG, the Sinaloa Cartel has allied itself with the Gulf Cartel.",
     ("Sinaloa Cartel", "attacks", "CJNG"), ("Mexico", "attacks", "CJNG")),
])
def test_extract_attacks_fronted_possessive(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent)


@pytest.mark.model
@pytest.mark.parametrize("text,absent", [
    # the people or place named alone later is not its armed group
    ("Rohingya militants attacked police posts in Rakhine. Myanmar's army then attacked the Rohingya in their "
     "villages.", "Rohingya Militants"),
    ("Gaza-based militants fired rockets. Israel struck Gaza on Monday.", "Gaza Militants"),
])
def test_extract_attacks_people_alone_is_no_armed_group(text, absent, plain_edges):
    found = plain_edges(text)
    assert not any(e[2] == absent for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    # a people with no state of its own is the target of a violent act aimed at it
    ("Laos's army launched a brutal crackdown against the Hmong.", ("Laos", "attacks", "Hmong"), None),
    ("The Iraqi army launched an offensive against the Yazidis last year.", ("Iraq", "attacks", "Yazidis"), None),
    ("Myanmar's soldiers carried out an attack on the Rohingya refugee camps.", ("Myanmar", "attacks", "Rohingya"),
     None),
    # a faith alone is no people, and a people that names a state is left to the actor module
    ("Laos's army launched a brutal crackdown against Christians.", None, ("Laos", "attacks", "Christians")),
    ("The army launched an offensive against Syrians in the north.", None, ("attacks", "Syrians")),
    # nor by its own armed men, when a later attack noun refers back to it
    ("Laos's army launched a crackdown against the Hmong in May. Thousands of Hmong have fled since soldiers "
     "responded to Hmong militants' attacks in May with a crackdown.", ("Laos", "attacks", "Hmong"),
     ("Hmong Militants", "attacks", "Hmong")),
])
def test_extract_attacks_people_as_target(text, expected, absent, assert_edges):
    found = assert_edges(text, expected, absent)
    assert not any(edge[-1] in ("Christians", "Syrians") for edge in found), found


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    # an attack with a reason or a verdict and no violence in sight is a verbal attack
    ("Philippine President Rodrigo Duterte attacked Canada's prime minister at the forum for raising questions about his policies.",
     ("Philippines", "condemns", "Canada"), ("Philippines", "attacks", "Canada")),
    ("Duterte attacked Trudeau's remarks as an insult.", ("Philippines", "condemns", "Canada"),
     ("Philippines", "attacks", "Canada")),
    # a duration, a count or violence nearby keep it an attack
    ("Russia attacked Ukraine for the second time.", ("Russia", "attacks", "Ukraine"), ("Russia", "condemns", "Ukraine")),
    ("Israel attacked Hamas in Gaza for firing rockets.", ("Israel", "attacks", "Hamas"), ("Israel", "condemns", "Hamas")),
])
def test_extract_attacks_verbal_attack_condemns(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent)


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    # a state's military operations in another state attack it
    ("Turkey's military operations in northern Syria continued.", ("Turkey", "attacks", "Syria"), None),
    # an armed group's operations in a state are where it fights
    ("As emir, he oversaw the Nusra Front's military operations in southern Syria.", None,
     ("al-Nusra Front", "attacks", "Syria")),
    # but its armed operations in a place are raids on it
    ("In the 1990s, warlords from Chechnya led armed operations in Dagestan.", ("Chechnya Militants", "attacks", "Dagestan"),
     None),
])
def test_extract_attacks_armed_group_operations_are_where_it_fights(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent)


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    # police posts and army bases with no owner named are the forces of the state named for its forces
    ("Afghanistan's army denied the reports. Taliban fighters attacked two police posts and an army base overnight.",
     ("Taliban", "attacks", "Afghanistan"), None),
    ("Mali's army held talks with France. JNIM attacked an army convoy.", ("JNIM", "attacks", "Mali"),
     ("JNIM", "attacks", "France")),
    ("Rights groups accused Myanmar's military of abuses after Taliban attacks on police posts and an army base.",
     ("Taliban", "attacks", "Myanmar"), None),
    # a state named only as a place, not for its forces, owns no unowned post
    ("France held talks with Mali. JNIM attacked an army convoy.", None, ("JNIM", "attacks", "France")),
    ("France held talks with Mali. JNIM attacked an army convoy.", None, ("JNIM", "attacks", "Mali")),
])
def test_extract_attacks_security_target_owner(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent)


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    # "the city" in an attack's place phrase is the city named just before
    ("Residents in Leeds criticised the police. John Harker, the Briton who carried out the May 2 concert bombing "
     "in the city, had been reported twice.", ("John Harker", "attacks", "Leeds"), None),
    # a killer in an attack is its attacker; a killer of a person is no attacker of a place named before
    ("John Harker, the alleged killer in the Berlin market attack, was shot dead by police.",
     ("John Harker", "attacks", "Berlin"), None),
    ("Gunmen attacked a hotel in Berlin. John Harker, the killer of his neighbour, was also arrested.", None,
     ("John Harker", "attacks", "Berlin")),
])
def test_extract_attacks_city_and_killer(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent)


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    # beginning or starting an offensive is waging it
    ("Israel started a ground offensive against Hamas in October.", ("Israel", "attacks", "Hamas")),
    ("Laos's army began operations against the Hmong in the north.", ("Laos", "attacks", "Hmong")),
])
def test_extract_attacks_begun_offensive(text, expected, assert_edges):
    assert_edges(text, expected)


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    # a condemnation of attacks condemns their attackers: named by "by", or the ones just reported
    ("Norway voiced strong condemnation of the attacks by Hamas.", ("Norway", "condemns", "Hamas"), None),
    ("Hamas attacked Israel on Saturday. Norway repeated its condemnation of the attacks.",
     ("Norway", "condemns", "Hamas"), None),
    # attacks with no attacker named condemn no one
    ("A hotel in Kabul was attacked on Friday. Norway voiced its condemnation of the attack.", None,
     ("Norway", "condemns")),
])
def test_extract_attacks_condemnation_of_attacks(text, expected, absent, plain_edges):
    found = plain_edges(text)
    assert expected is None or expected in found, found
    assert absent is None or not any(edge[:2] == absent for edge in found), found


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    # one said to be to blame for, responsible for or behind an attack is its attacker
    ("A UN panel concluded that Eritrea was to blame for a rocket attack on the city of Mekele.",
     ("Eritrea", "attacks", "Mekele"), None),
    ("Prosecutors said Hezbollah was behind the 1994 bombing of a community centre in Buenos Aires.",
     ("Hezbollah", "attacks", "Buenos Aires"), None),
    ("A car bomb exploded near an army checkpoint in Herat on Sunday. A Taliban spokesman said they were "
     "responsible for the attack.", ("Taliban", "attacks", "Herat"), None),
    # a denial is no attack; a duty is no culprit; a named earlier attack is not the one just reported
    ("Eritrea said it was not responsible for the rocket attack on Mekele.", None, ("Eritrea", "attacks", "Mekele")),
    ("The Eritrean defence ministry is responsible for the attack helicopters based in Mekele.", None,
     ("Eritrea", "attacks", "Mekele")),
    ("A bomb went off in Herat. Officials said the Taliban were behind the Bamiyan attack of 2001.", None,
     ("Taliban", "attacks", "Herat")),
])
def test_extract_attacks_culprit_of_attack(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent)


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    # "a series / wave / string of attacks": the light verb's subject attacks the target, wherever the
    # parser hangs the target phrase
    ("Since 2019 al-Shabaab has launched a wave of attacks across Mogadishu.", ("al-Shabaab", "attacks", "Mogadishu"),
     None),
    ("Last winter Hamas carried out a string of bombings in Haifa.", ("Hamas", "attacks", "Haifa"), None),
    ("In May al-Shabaab mounted a series of raids on Kenya.", ("al-Shabaab", "attacks", "Kenya"), None),
    # a series of talks is no attack
    ("Kenya held a series of talks in Mogadishu.", None, ("Kenya", "attacks", "Mogadishu")),
])
def test_extract_attacks_series_of_attacks(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent)


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    # the target hung on the participle that names the attacker
    ("Donors met after the rocket attack conducted by Hezbollah against Israel in July.",
     ("Hezbollah", "attacks", "Israel"), None),
    ("Mourners recalled the massacre perpetrated by ISIS on Yazidis in Sinjar.", ("ISIS", "attacks", "Sinjar"), None),
    # a report written by X about attacks on Y makes X no attacker
    ("The attack report compiled by Amnesty International on Israel was released.", None,
     ("Amnesty International", "attacks", "Israel")),
])
def test_extract_attacks_participle_target(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent)


@pytest.mark.model
@pytest.mark.parametrize("text,attacker", [
    # an abbreviated month with its day starts no sentence after a possessive ("militants' Aug. 25 attacks")
    ("Human rights groups blamed Laos for abuses after Hmong militants’ Aug. 25 attacks on Vientiane.", True),
    ("The army took the town in the spring. Aug. 25 was the day ISIS attacked Vientiane.", False),
])
def test_extract_attacks_month_abbreviation_keeps_sentence(text, attacker, nlp):
    doc = nlp(text)
    month = next(t for t in doc if t.text == "Aug.")
    assert (not month.is_sent_start) is attacker, [s.text for s in doc.sents]


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    # "this attack on X" with no attacker of its own: the attacker just reported
    ("ISIS fighters ambushed a patrol near Mosul. Canada condemned this cowardly attack on Iraqi and Kurdish troops.",
     ("ISIS", "attacks", "Iraq"), None),
    # "the attack on Y" is that attack only when Y was its target; an attacker is never its own target
    ("Hamas attacked Israel on Saturday. Canada later criticised the attack on Gaza.", None,
     ("Hamas", "attacks", "Gaza")),
    ("Hamas attacked Israel on Saturday. Canada condemned this attack on Hamas.", None, ("Hamas", "attacks", "Hamas")),
    # an attacker named long before is not the attacker of this one
    ("Hamas attacked Israel on Saturday. Talks resumed. Ministers met. Prices rose. Canada condemned this attack on "
     "Egypt.", None, ("Hamas", "attacks", "Egypt")),
])
def test_extract_attacks_anaphoric_attacker(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent)


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    # a claim of "the bombing" after a blast with no attacker read yet: the blast's place
    ("A truck bomb went off near a market in Baidoa on Friday. Al-Shabaab claimed the bombing.",
     ("al-Shabaab", "attacks", "Baidoa"), None),
    ("A parcel bomb exploded outside a bakery in Nice. Police said ISIS claimed responsibility for the attack.",
     ("ISIS", "attacks", "Nice"), None),
    # no blast named: no target
    ("Ministers met in Baidoa on Friday. Al-Shabaab claimed the bombing.", None, ("al-Shabaab", "attacks", "Baidoa")),
])
def test_extract_attacks_claimed_blast(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent)


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    # a charge is personal: the person charged attacks, not the group the gazetteer ties the person to
    ("Osama bin Laden was charged with orchestrating the bombing of the U.S. consulate in Karachi.",
     ("Osama bin Laden", "attacks", "United States"), ("al-Qaeda", "attacks", "United States")),
    ("A court convicted Osama bin Laden of the 1995 bombing of a market in Kenya.",
     ("Osama bin Laden", "attacks", "Kenya"), ("al-Qaeda", "attacks", "Kenya")),
    # an act the text does not charge him with stays his group's act
    ("Osama bin Laden led attacks on Kenya in the 1990s.", ("al-Qaeda", "attacks", "Kenya"),
     ("Osama bin Laden", "attacks", "Kenya")),
])
def test_extract_attacks_charge_is_personal(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent)


@pytest.mark.model
@pytest.mark.parametrize("text,attacker,warner,target", [
    # the one warned off an attack would be its attacker (a hypothetical statement), not the warner
    ("Macron warned Erdogan against a ground offensive on Kobani.", "Turkey", "France", "Kobani"),
    ("Norway tried to dissuade Russia from an invasion of Finland.", "Russia", "Norway", "Finland"),
])
def test_extract_attacks_warned_off_attacker(text, attacker, warner, target, extract_statements):
    found = extract_statements(text)
    assert [s.modality for s in _attacks(found, attacker, target)] == ["hypothetical"], found
    assert not _attacks(found, warner, target), found


@pytest.mark.model
@pytest.mark.parametrize("text,date,expected,absent", [
    # a president out of office at the act's own date, or before his first term, acts for no state
    ("In 2006, Donald Trump met Kazakhstan's finance minister in Almaty about a hotel tower.", "2017-11-02",
     ("Donald Trump", "meets", "Kazakhstan"), ("United States", "meets", "Kazakhstan")),
    ("Donald Trump met Kazakhstan's finance minister in Almaty about a hotel tower.", "2014-05-02",
     ("Donald Trump", "meets", "Kazakhstan"), ("United States", "meets", "Kazakhstan")),
    # in office, or a later document telling of his acts without a date: the state's act
    ("Donald Trump met Kazakhstan's president in Washington.", "2018-01-16",
     ("United States", "meets", "Kazakhstan"), None),
    ("Barack Obama imposed sanctions on Belarus, officials recalled.", "2019-04-01",
     ("United States", "designates", "Belarus"), None),
])
def test_extract_attacks_person_out_of_office(text, date, expected, absent, extract_statements):
    found = {(s.subject.label, s.relation, s.object.label) for s in extract_statements(text, date=date)
             if s.is_plain_edge}
    assert expected in found, found
    assert absent is None or absent not in found, found
