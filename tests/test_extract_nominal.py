"""Relations a noun, a co-agent phrase or a participle carries (real pipeline, sentences written
for these tests): "operations against X", "her support for X", "proxies, including X",
"together with X", "provided X with equipment", "killed in X attacks"; and the readings that
must not give an edge."""

from __future__ import annotations

import pytest


def _either_way(found):
    return found | {(o, r, s) for s, r, o in found if r in ("cooperates", "meets")}


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("French soldiers, together with Chad, raided jihadist camps run by Boko Haram.",
     {("France", "attacks", "Boko Haram"), ("Chad", "attacks", "Boko Haram"), ("France", "cooperates", "Chad")}),
    ("Kenya bombed al-Shabaab positions alongside Ethiopia last spring.",
     {("Kenya", "attacks", "al-Shabaab"), ("Ethiopia", "attacks", "al-Shabaab"), ("Kenya", "cooperates", "Ethiopia")}),
    ("Turkey, in coordination with Azerbaijan, condemned Armenia on Monday.",
     {("Turkey", "condemns", "Armenia"), ("Azerbaijan", "condemns", "Armenia"), ("Turkey", "cooperates", "Azerbaijan")}),
    ("With help from Iran, the Houthis struck Saudi Arabia again.", {("Houthis", "cooperates", "Iran")}),
])
def test_extract_co_agent_shares_the_act(text, expected, plain_edges):
    found = _either_way(plain_edges(text))
    assert expected <= found, found


@pytest.mark.model
@pytest.mark.parametrize("text,absent", [
    # two officials of one side acting together are not a political partnership
    ("Ali Hassan, alongside Omar Saleh, toured the port of Hodeidah.", ("Ali Hassan", "cooperates", "Omar Saleh")),
    # a co-agent phrase without an actor adds nobody
    ("Egypt, together with its neighbours, condemned Israel.", ("Egypt", "cooperates", "Israel")),
])
def test_extract_co_agent_traps(text, absent, plain_edges):
    assert absent not in _either_way(plain_edges(text))


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    # "along with" says who else was there: a partner only in a fight or a joint act
    ("Egypt, along with Jordan, attended the Cairo summit.", None, ("Egypt", "cooperates", "Jordan")),
    ("The Rolling Stones will play at a festival in Ohio, along with Coldplay and Oasis.", None,
     ("Rolling Stones", "cooperates", "Coldplay")),
    ("Egypt, along with Jordan, condemned Israel on Monday.", ("Jordan", "condemns", "Israel"),
     ("Egypt", "cooperates", "Jordan")),
    ("Egypt, along with Jordan, bombed ISIS positions in Sinai.", ("Egypt", "cooperates", "Jordan"), None),
    ("Japan, along with Vietnam, is collaborating on a new port in Laos.", ("Japan", "cooperates", "Vietnam"), None),
])
def test_extract_co_agent_along_with(text, expected, absent, plain_edges):
    found = _either_way(plain_edges(text))
    assert expected is None or expected in found, found
    assert absent is None or not any(e[:3] == absent for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("Colombian and U.S. troops have stepped up operations against ELN commanders.",
     {("Colombia", "attacks", "National Liberation Army"), ("United States", "attacks", "National Liberation Army")}),
    ("Israeli jets carried out strikes on a number of depots in Lebanon used by Hezbollah.",
     {("Israel", "attacks", "Hezbollah")}),
    ("Nine Nigerian soldiers were killed in Boko Haram attacks near Maiduguri.", {("Boko Haram", "attacks", "Nigeria")}),
])
def test_extract_attack_noun_and_targets(text, expected, plain_edges):
    found = plain_edges(text)
    assert expected <= found, found


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("Prime Minister Fumio Kishida reaffirmed his firm support for Ukraine.", ("Japan", "cooperates", "Ukraine")),
    ("Canada restated its commitment to the security of Estonia.", ("Canada", "cooperates", "Estonia")),
    ("Russia's activities in Africa through mercenary proxies, including the Wagner Group, must end.",
     ("Russia", "cooperates", "Wagner Group")),
    ("Washington said Iran had broken the accord reached among Tehran, Paris and Berlin in 2015.",
     ("Iran", "cooperates", "France")),
    ("Today's joint action with Australia shows our resolve, the Treasury said.",
     ("United States", "cooperates", "Australia")),
    ("The Pentagon provided Ukrainian forces with armored vehicles and other equipment.",
     ("United States", "cooperates", "Ukraine")),
    ("Moscow shipped ammunition to Belarus and Armenia for the Wagner Group.", ("Russia", "cooperates", "Wagner Group")),
])
def test_extract_cooperation_carried_by_a_noun(text, expected, plain_edges):
    found = _either_way(plain_edges(text))
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize("text,absent", [
    # the thing supported or committed to is a measure against X, or a cause concerning X
    ("Germany voiced strong support for sanctions on Russia.", ("Germany", "cooperates", "Russia")),
    ("China stated its commitment to the denuclearization of North Korea.", ("China", "cooperates", "North Korea")),
    # a possessive pronoun under a verb of criticism is someone else's
    ("Senator Marco Rubio criticized his support for Hamas.", ("Marco Rubio", "cooperates", "Hamas")),
    # places the goods pass through are destinations, not partners
    ("Moscow shipped ammunition to Belarus and Armenia for the Wagner Group.", ("Russia", "cooperates", "Belarus")),
])
def test_extract_cooperation_noun_traps(text, absent, plain_edges):
    assert absent not in _either_way(plain_edges(text))


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    ("Along with nine partners, France issued a stern warning that Iran would bear the consequences.",
     ("France", "warns", "Iran"), None),
    ("Egypt sent a clear message that Hamas would face severe consequences.", ("Egypt", "warns", "Hamas"), None),
    ("Egypt received a report that Hamas would face severe consequences.", None, ("Egypt", "warns", "Hamas")),
])
def test_extract_warning_noun_names_the_warned(text, expected, absent, plain_edges):
    found = plain_edges(text)
    assert expected is None or expected in found, found
    assert absent not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    # a fronted object in a relative clause is its antecedent
    ("Washington wants the release of Paul Whelan, a former marine whom Moscow accuses of espionage.",
     ("Russia", "blames", "Paul Whelan")),
    # "the two countries" with no pair in its own sentence: the last two states named before
    ("Chile and Peru held elections in May. The two countries have deepened their partnership since then.",
     ("Chile", "cooperates", "Peru")),
    ("Al-Shabaab kidnapped two Kenyan officials near the border.", ("al-Shabaab", "attacks", "Kenya")),
    # a collective noun's "including" phrase lists its members
    ("Iran gave money to several armed groups, including Hezbollah and Hamas.", ("Iran", "cooperates", "Hamas")),
])
def test_extract_antecedents_and_members(text, expected, plain_edges):
    found = _either_way(plain_edges(text))
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a count with no article names nobody mentioned before it
    "Kim said the Houthis would strike any ship sent by the European force, a coalition of ten nations.",
    # a list of weapons is no list of actors
    "North Korea test-fired a volley of missiles, including ICBMs, on Sunday.",
])
def test_extract_no_members_from_counts_or_weapons(text, plain_edges):
    found = plain_edges(text)
    assert not any(r == "cooperates" for _, r, _ in found), found
    assert not any(o.endswith("ICBMs") for _, _, o in found), found


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    # "X called Y <insult>" and "X called Y's act <wrong>": X condemns Y (or the one who acted)
    ("Moscow called the French seizure of the tanker illegal.", ("Russia", "condemns", "France")),
    ("Iran branded Israel a terrorist state on Sunday.", ("Iran", "condemns", "Israel")),
    ("Beijing described the Japanese move as reckless and dangerous.", ("China", "condemns", "Japan")),
    # an attack enabled or sponsored by X: X backs the attackers
    ("Hezbollah rocket attacks on Israel, enabled by Iran, have grown.", ("Iran", "cooperates", "Hezbollah")),
])
def test_extract_labels_and_backing(text, expected, plain_edges):
    found = _either_way(plain_edges(text))
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize("text,absent", [
    ("Iran called the talks with France a success.", ("Iran", "condemns", "France")),
    ("Moscow called the French proposal interesting.", ("Russia", "condemns", "France")),
    ("Russia called on Ukraine to stop the illegal shelling.", ("Russia", "condemns", "Ukraine")),
])
def test_extract_labels_need_a_condemning_word(text, absent, plain_edges):
    assert absent not in plain_edges(text)


@pytest.mark.model
@pytest.mark.parametrize("text,absent", [
    # "whom" stands for a person: the cleric, not the country the clause was attached to
    ("The row concerns a Turkish cleric living in the United States whom Ankara accuses of plotting a coup.",
     ("Turkey", "blames", "United States")),
])
def test_extract_whom_is_a_person(text, absent, plain_edges):
    assert absent not in plain_edges(text)


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    # a list whose members carry appositions goes on after each apposition
    ("OFAC designated Ali Reza, Minister of Defence, Omid Farahani, the Minister of Interior, and Reza Tehrani, "
     "the Minister of Energy, for their roles.", ("United States", "designates", "Reza Tehrani")),
    # "X-aligned / X-backed Y": the two cooperate
    ("The al-Qaida-aligned terrorist group JNIM kidnapped a French aid worker.", ("al-Qaeda", "cooperates", "JNIM")),
    ("Iran-backed Houthi rebels fired missiles at a tanker.", ("Iran", "cooperates", "Houthis")),
    # "these acts": the attacker just named
    ("Houthi rebels attacked a ship on Monday. Britain condemned these acts.", ("United Kingdom", "condemns", "Houthis")),
])
def test_extract_lists_hyphens_and_acts(text, expected, plain_edges):
    found = _either_way(plain_edges(text))
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Houthi-controlled areas of Yemen were hit by airstrikes.",
    "The Iran-based company sold parts to a trading firm.",
])
def test_extract_hyphen_place_or_control_is_no_partner(text, plain_edges):
    assert not any(r == "cooperates" for _, r, _ in plain_edges(text))


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("Moscow's war in Georgia lasted five days.", ("Russia", "attacks", "Georgia")),
    ("Tehran has long backed Hezbollah in Lebanon.", ("Iran", "cooperates", "Hezbollah")),
    ("Hungary sided with Turkey in the dispute.", ("Hungary", "cooperates", "Turkey")),
    ("France sold fighter jets to Egypt last year.", ("France", "cooperates", "Egypt")),
    ("The United Kingdom attributed the cyberattack to China.", ("United Kingdom", "blames", "China")),
    ("Beijing lambasted Canada over the arrest.", ("China", "condemns", "Canada")),
    ("Taliban-ruled Afghanistan faces a harsh winter.", ("Taliban", "governs", "Afghanistan")),
    ("Israel came under rocket attack from Hezbollah on Sunday.", ("Hezbollah", "attacks", "Israel")),
    ("A Malian soldier was shot dead by JNIM gunmen.", ("JNIM", "attacks", "Mali")),
    ("Ethiopia joined forces with Eritrea against the rebels.", ("Ethiopia", "cooperates", "Eritrea")),
    # "its" after a conjunction is the first conjunct
    ("Washington sanctioned financiers of the Iranian regime and its proxies, including Hamas.",
     ("Iran", "cooperates", "Hamas")),
])
def test_extract_everyday_triggers(text, expected, plain_edges):
    found = _either_way(plain_edges(text))
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize("text,absent", [
    ("The President of Angola reaffirmed his commitment to Africa.", ("Angola", "cooperates", "Africa")),
    ("Houthi-controlled areas of Yemen were hit by airstrikes.", ("Houthis", "governs", "Yemen")),
    ("The minister came under fire from critics in Brazil.", ("Brazil", "attacks", "Brazil")),
    ("Washington sanctioned financiers of the Iranian regime and its proxies, including Hamas.",
     ("United States", "cooperates", "Hamas")),
])
def test_extract_everyday_trigger_traps(text, absent, plain_edges):
    assert absent not in _either_way(plain_edges(text))


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("Blinken sat down with his Chinese counterpart Wang Yi in Bali.", ("United States", "meets", "China")),
    ("Morocco and Mauritania signed a defense pact.", ("Morocco", "cooperates", "Mauritania")),
    ("Bahrain restored diplomatic ties with Qatar.", ("Bahrain", "cooperates", "Qatar")),
])
def test_extract_meeting_and_pact_phrases(text, expected, plain_edges):
    assert expected in _either_way(plain_edges(text))


@pytest.mark.model
@pytest.mark.parametrize("text", ["The minister sat in the front row next to Senator Lindsey Graham."])
def test_extract_sitting_is_no_meeting(text, plain_edges):
    assert not any(r == "meets" for _, r, _ in plain_edges(text))


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    # the agent phrase holds an instrument; its source hangs on the verb
    ("Syrian troops were killed by mortar fire from the Islamic State.", ("ISIS", "attacks", "Syria")),
    # a passive light verb with the object's phrase on the verb
    ("Sanctions were imposed on Iran by the European Union.", ("European Union", "designates", "Iran")),
    # a passive relative clause names the actor of the noun it hangs on
    ("The sanctions on Cuba, which were imposed by the United States, remain.", ("United States", "designates", "Cuba")),
])
def test_extract_passive_agents_in_phrases(text, expected, plain_edges):
    assert expected in plain_edges(text)


@pytest.mark.model
@pytest.mark.parametrize("text", ["Two Afghan soldiers were killed by gunmen from Kandahar."])
def test_extract_place_of_origin_is_no_agent(text, plain_edges):
    assert not any(s == "Kandahar" for s, _, _ in plain_edges(text))


@pytest.mark.model
@pytest.mark.parametrize("text,absent", [
    # business operations are no attack, not even on an attacked state named before
    ("Houthi missiles struck Yemen's ports. Proceeds from Ali Hassan's operations are moved through Dubai.",
     ("Ali Hassan", "attacks", "Yemen")),
    # the "on" phrase of a group backed by X is the group's target, not X's partner
    ("Attacks by Iran-backed militia groups on U.S. forces have grown.", ("Iran", "cooperates", "United States")),
    # enabling something that is not an attack
    ("Ukraine worked to enable a successful review of its IMF program.", ("Ukraine", "cooperates", "International Monetary Fund")),
])
def test_extract_trigger_sense_traps(text, absent, plain_edges):
    assert absent not in _either_way(plain_edges(text))


@pytest.mark.model
@pytest.mark.parametrize("text,absent", [
    # "for X" names a beneficiary only in place of a "to" destination
    ("Oman provided financial services for a shipping firm owned by the Houthis.", ("Oman", "cooperates", "Houthis")),
])
def test_extract_for_phrase_alone_is_no_recipient(text, absent, plain_edges):
    assert absent not in _either_way(plain_edges(text))


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    ("Japan and the Philippines held joint naval exercises.", ("Japan", "cooperates", "Philippines"), None),
    ("A joint statement by Kenya and Uganda condemned the attack.", ("Kenya", "cooperates", "Uganda"), None),
    # one actor alone has no partner
    ("Russia held joint drills near the border.", None, "cooperates"),
])
def test_extract_joint_act_of_a_group(text, expected, absent, plain_edges):
    found = _either_way(plain_edges(text))
    assert expected is None or expected in found, found
    assert absent is None or not any(r == absent for _, r, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    # the reason phrase belongs to the nearer designation, a relative clause just before it
    ("OFAC designated Mahan Air today for its services to the Quds Force (QF), which was designated pursuant to "
     "E.O. 13224 on May 3, 2011, for providing weapons to several armed groups, including Hezbollah and Hamas.",
     ("Quds Force", "cooperates", "Hamas"), ("Mahan Air", "cooperates", "Hamas")),
    ("Treasury designated Ali Musa, who was sanctioned by the EU in 2019, for financing Hezbollah.",
     ("Ali Musa", "cooperates", "Hezbollah"), None),
])
def test_extract_reason_of_the_nearer_designation(text, expected, absent, plain_edges):
    found = plain_edges(text)
    assert expected is None or expected in found, found
    assert absent is None or absent not in found, found
