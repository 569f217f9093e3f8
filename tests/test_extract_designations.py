"""Designees named in lists of a sanctions release (real pipeline, sentences written for these
tests): firms with a legal form, colon lists, a second object after a long reason clause, and the
nationalities, places and aliases that must not become designees."""

from __future__ import annotations

import pytest

TREASURY = "U.S. Department of the Treasury press release"


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("The Treasury Department designated three firms owned by the Velde family: Verano Holdings S.A., "
     "Blue Harbor Shipping, LLC, and Kestrel Trading GmbH.",
     {("United States", "designates", "Verano Holdings S.A."),
      ("United States", "designates", "Blue Harbor Shipping LLC"),
      ("United States", "designates", "Kestrel Trading GmbH")}),
    ("Today OFAC designated four Gaza-based money changers: Omar Zayed, Karim Haddad, Sami Nasr and Yusuf Barakat.",
     {("United States", "designates", "Omar Zayed"), ("United States", "designates", "Yusuf Barakat")}),
])
def test_extract_designations_colon_list(text, expected, plain_edges):
    found = plain_edges(text, source=TREASURY)
    assert expected <= found, found


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    ("OFAC sanctioned Paraguay Senator Ana Vidal Costa for taking bribes on public works contracts, and "
     "Colonel Petr Halek (Halek) for leading a unit that beat protesters, pursuant to E.O. 13818.",
     {("United States", "designates", "Ana Vidal Costa"), ("United States", "designates", "Petr Halek")},
     ("United States", "designates", "Paraguay")),
])
def test_extract_designations_second_object(text, expected, absent, plain_edges):
    found = plain_edges(text, source=TREASURY)
    assert expected <= found and absent not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    # a place in brackets after a listed firm is where it is registered, not a designee
    ("OFAC also designated two companies: Norte Azul S.A. (registered in Panama) and Delta Verde Ltd. "
     "(registered in Cyprus).",
     {("United States", "designates", "Norte Azul S.A."), ("United States", "designates", "Delta Verde Ltd.")},
     {("United States", "designates", "Panama"), ("United States", "designates", "Cyprus")}),
    # a firm's bracketed short name stays the firm, not the country inside it
    ("Kovalevskij also runs Nordic Finland OY (Nordic Finland). Nordic Finland is being designated for "
     "being owned or controlled by Kovalevskij.",
     {("United States", "designates", "Nordic Finland OY")},
     {("United States", "designates", "Finland")}),
])
def test_extract_designations_no_place_designees(text, expected, absent, plain_edges):
    found = plain_edges(text, source=TREASURY)
    assert expected <= found and not (absent & found), found


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    # legal forms written before the name, and a full stop that ends the sentence before a firm
    ("OFAC also designated three Russia-based companies, Zalog OOO, Limited Liability Company Vega-Invest, and "
     "Joint Stock Company Orel Finance Company. Kurov acted for the GoR. EMC Nord Limited was designated too.",
     {("United States", "designates", "Limited Liability Company Vega-Invest"),
      ("United States", "designates", "Joint Stock Company Orel Finance Company"),
      ("United States", "designates", "EMC Nord Limited")},
     {("United States", "designates", "Limited Liability Company"),
      ("United States", "designates", "GoR. EMC Nord Limited")}),
])
def test_extract_designations_prefix_legal_forms(text, expected, absent, plain_edges):
    found = plain_edges(text, source=TREASURY)
    assert expected <= found and not (absent & found), found


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    # "including" after an agentless passive: the issuing state designates each listed firm
    ("Several firms of the Arrow network were designated today, including Arrow Pay S.A. (registered in Peru) and "
     "Arrow Cargo Ltd. (registered in Malta).",
     {("United States", "designates", "Arrow Pay S.A."), ("United States", "designates", "Arrow Cargo Ltd.")}),
    # a list after "the individuals designated today ...:" (the sentence splitter may cut at the colon)
    ("Three of the men designated today were charged in a federal court in Ohio for the scheme:  Tomas Ferro, "
     "Diego Lanza, and Pablo Serra.",
     {("United States", "designates", "Tomas Ferro"), ("United States", "designates", "Pablo Serra")}),
])
def test_extract_designations_including_and_participle(text, expected, plain_edges):
    found = plain_edges(text, source=TREASURY)
    assert expected <= found, found


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    # a line of a government's list of its own acts, with no subject
    ("Designating the ruthless Sinaloa Cartel as a Foreign Terrorist Organization\n",
     {("United States", "designates", "Sinaloa Cartel")}),
])
def test_extract_designations_bare_gerund_line(text, expected, plain_edges):
    found = plain_edges(text, source="The White House (briefing room)")
    assert expected <= found, found


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    # the support named in the reason for a designation is the designee's, not the designator's
    ("Omar Haddad was designated by OFAC in 2016 for acting on behalf of, and providing financial support to, Hamas.",
     set(), {("United States", "cooperates", "Hamas")}),
    ("This month, Treasury sanctioned six Hamas financiers; issued an alert to help banks in identifying money "
     "streams supporting the terrorist group Hamas; and proposed a new rule.",
     set(), {("United States", "cooperates", "Hamas")}),
])
def test_extract_designations_support_stays_with_designee(text, expected, absent, plain_edges):
    found = plain_edges(text, source=TREASURY)
    assert expected <= found and not (absent & found), found


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    # a flow of money from a source through an intermediary to a recipient
    ("Couriers moved millions of dollars from Iran's Qods Force through Hezbollah to Hamas last year.",
     {("Quds Force", "cooperates", "Hamas"), ("Hezbollah", "cooperates", "Hamas")}),
    ("Over three years the Qods Force transferred $90 million to Hamas.", {("Quds Force", "cooperates", "Hamas")}),
])
def test_extract_designations_money_flow(text, expected, plain_edges):
    found = plain_edges(text)
    assert expected <= found, found


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    # a group named only by its backer is an actor of its own, not the backer
    ("U.S. Secretary of Defense Lloyd Austin condemned last week's rocket attacks by Iranian-backed militias on "
     "the base.",
     {("United States", "condemns", "Iran-backed militias")}),
    # the technology companies as one party
    ("U.S. Attorney General Merrick Garland accused tech companies of shielding criminals behind encryption.",
     {("United States", "blames", "Technology sector")}),
])
def test_extract_designations_unnamed_parties(text, expected, plain_edges):
    found = plain_edges(text, source="U.S. Department of State press release")
    assert expected <= found, found


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    ("Angry exchanges between India and Pakistan continued at the UN on Tuesday.",
     {("India", "warns", "Pakistan"), ("Pakistan", "warns", "India")}, set()),
    ("A war of words between Turkey and Greece escalated on Monday.",
     {("Turkey", "warns", "Greece"), ("Greece", "warns", "Turkey")}, set()),
    # trade is no threat, and a real war is no war of words
    ("Trade exchanges between China and Vietnam grew last year.", set(), {("China", "warns", "Vietnam")}),
    ("The war between Russia and Ukraine entered its third year.", set(), {("Russia", "warns", "Ukraine")}),
])
def test_extract_designations_hostile_exchanges_warn(text, expected, absent, plain_edges):
    found = plain_edges(text)
    assert expected <= found and not (absent & found), found


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    # a firm named "... Industries" is one organization, not the person whose surname it contains
    ("Shahid Karimi Industries and Shahid Omidi Industries were designated for being owned or controlled by SHIG.",
     {("United States", "designates", "Shahid Karimi Industries")}, {("United States", "designates", "Bilal Karimi")}),
    # a second passive designation with its own agents shares the first verb's subject
    ("The Orion Group is listed in the Annex to E.O. 13382 and is sanctioned by the United Nations and the "
     "European Union.",
     {("United Nations", "designates", "Orion Group"), ("European Union", "designates", "Orion Group")}, set()),
])
def test_extract_designations_named_firms_and_shared_subject(text, expected, absent, plain_edges):
    found = plain_edges(text, source=TREASURY)
    assert expected <= found and not (absent & found), found


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    # a damning adjective on someone's deed: the speaking government condemns the doer
    ("\"Hezbollah's cowardly attack on the village shocked the world,\" the Secretary of State said.",
     {("United States", "condemns", "Hezbollah")}),
    ("Iraq is still recovering from the horrific bombings by ISIS in 2016.", {("United States", "condemns", "ISIS")}),
])
def test_extract_designations_damning_adjective_condemns(text, expected, plain_edges):
    found = plain_edges(text, source="U.S. Department of State press release")
    assert expected <= found, found


@pytest.mark.model
@pytest.mark.parametrize("text,title,expected", [
    # "I" in a statement one official gives is the state that issues it
    ("This afternoon, I spoke with President Zelenskyy about the missile strikes on Kyiv. My Administration's "
     "support for Ukraine will not waver.", "Statement from President Joe Biden on Attacks in Ukraine",
     {("United States", "meets", "Ukraine"), ("United States", "cooperates", "Ukraine")}),
])
def test_extract_designations_author_is_issuer(text, title, expected, plain_edges):
    found = plain_edges(text, title=title, source="The White House (briefing room)")
    assert expected <= found, found


@pytest.mark.model
@pytest.mark.parametrize("text,title,absent", [
    # in a joint press conference "I" may be either leader; in a news story it is no one's
    ("I spoke with President Zelenskyy this morning.", "Remarks by President Biden and President Duda in Joint "
     "Press Conference", ("United States", "meets", "Ukraine")),
])
def test_extract_designations_author_traps(text, title, absent, plain_edges):
    assert absent not in plain_edges(text, title=title, source="The White House (briefing room)")


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    # someone's conduct called provocative or threatening by the issuing government
    ("OFAC acted today in response to North Korea's continued provocative actions, such as last week's launch.",
     {("United States", "condemns", "North Korea")}, set()),
    # the target of the deed is not its doer
    ("The Ambassador said the violent response against Chad was unacceptable.", set(),
     {("United States", "condemns", "Chad")}),
])
def test_extract_designations_conduct_condemned(text, expected, absent, plain_edges):
    found = plain_edges(text, source="U.S. Department of the Treasury press release")
    assert expected <= found and not (absent & found), found


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    # "the military's actions" refers back to the state named before; calling them ethnic cleansing condemns it
    ("Troops of Sudan razed villages in Darfur. A senior UN official described the military's actions as a "
     "textbook case of ethnic cleansing.", {("United Nations", "condemns", "Sudan")}),
])
def test_extract_designations_label_of_the_military(text, expected, plain_edges):
    found = plain_edges(text)
    assert expected <= found, found


@pytest.mark.model
@pytest.mark.parametrize("text,absent", [
    # "its" after an organization subject is too loose a doer for a judgment
    ("\"The task force is acting to deny al-Shabaab the funds to enable its violent activities,\" the Secretary said.",
     ("United States", "condemns", "Terrorist Financing Task Force")),
])
def test_extract_designations_judgment_pronoun_trap(text, absent, plain_edges):
    found = plain_edges(text, source="U.S. Department of the Treasury press release")
    assert absent not in found and not any(r == "condemns" and o != "al-Shabaab" for _, r, o in found), found


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    # a measure held out on a condition the target must meet warns the target now
    ("President Biden and Chancellor Scholz stressed their readiness to impose severe costs on Belarus should it "
     "join the invasion.", {("United States", "warns", "Belarus"), ("Germany", "warns", "Belarus")}, set()),
    ("Washington will impose new sanctions on Iran if it enriches uranium further.",
     {("United States", "warns", "Iran")}, set()),
    # a decision still to be taken is no threat to anyone
    ("The President must decide next month whether to reimpose sanctions on Iran.", set(),
     {("United States", "warns", "Iran")}),
])
def test_extract_designations_conditional_threat_warns(text, expected, absent, plain_edges):
    found = plain_edges(text, source="The White House (briefing room)")
    assert expected <= found and not (absent & found), found


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    # a list of officials written with their titles: the person, not the office before the name
    ("Specifically, OFAC designated three officials: Federal Security Service (FSB) Director Ivan Orlov (Orlov), "
     "Deputy Minister of Finance Anna Volkova (Volkova), and Prosecutor General Boris Lebedev (Lebedev) for "
     "serving as officials.",
     {("United States", "designates", "Ivan Orlov"), ("United States", "designates", "Boris Lebedev")},
     {("United States", "designates", "Federal Security Service")}),
])
def test_extract_designations_titled_officials(text, expected, absent, plain_edges):
    found = plain_edges(text, source=TREASURY)
    assert expected <= found and not (absent & found), found


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    # "the firms designated today are A and B"; a Mexican legal form after a comma
    ("OFAC designated two Mexican firms today. The two companies designated today are Vela Inmobiliaria SA and "
     "Grupo Norte, S.A. de C.V.",
     {("United States", "designates", "Vela Inmobiliaria SA"),
      ("United States", "designates", "Grupo Norte S.A. de C.V.")}),
])
def test_extract_designations_copula_list(text, expected, plain_edges):
    found = plain_edges(text, source=TREASURY)
    assert expected <= found, found


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    # the list noun types the names it introduces
    # (the tagger reads "Lucas Daniel Paurano" alone as a firm)
    ("Today OFAC designated four Argentine individuals: Conrado Adolfo Frenzen, Lucas Daniel Paurano, Santiago "
     "Videmar, and Ramona Benitez.", {"Lucas Daniel Paurano": "Person", "Santiago Videmar": "Person"}),
])
def test_extract_designations_list_noun_types_names(text, expected, extract_statements):
    found = {s.object.label: s.object.type for s in extract_statements(text, source=TREASURY)
             if s.relation == "designates"}
    assert all(found.get(k) == v for k, v in expected.items()), found


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    # an alias belongs to its designee; identifying details in the bracket name no one
    ("OFAC designated Ali Hassan Karimi (a.k.a. Abu Omar) and Sami Nasr for supporting Hamas.",
     {("United States", "designates", "Ali Hassan Karimi"), ("United States", "designates", "Sami Nasr")},
     {("United States", "designates", "Abu Omar")}),
    ("Ali Hassan Karimi, also known as Abu Omar, was designated today for supporting Hamas.",
     {("United States", "designates", "Ali Hassan Karimi")}, {("United States", "designates", "Abu Omar")}),
    ("OFAC designated Karim Haddad (nationality Lebanon; Passport 12345) for financing Hizballah.",
     {("United States", "designates", "Karim Haddad")}, {("United States", "designates", "Lebanon")}),
])
def test_extract_designations_aliases_stay_with_designee(text, expected, absent, plain_edges):
    found = plain_edges(text, source=TREASURY)
    assert expected <= found and not (absent & found), found


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    # the provider of help named as the agent of a helping participle backs the one helped
    ("Moldova has completed major reforms, aided by the economic assistance provided by Japan.",
     {("Japan", "cooperates", "Moldova")}),
    ("Kyiv was supported by funding from the European Union and Canada.",
     {("European Union", "cooperates", "Ukraine"), ("Canada", "cooperates", "Ukraine")}),
])
def test_extract_designations_backed_by_help(text, expected, plain_edges):
    found = plain_edges(text)
    assert expected <= found, found


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    # calling someone's deed a moral wrong condemns the doer; calling it aggression blames
    ("\"Turkey's blockade of the port constitutes genocide,\" the Armenian foreign ministry said.",
     {("Armenia", "condemns", "Turkey")}, {("Armenia", "blames", "Turkey")}),
    ("\"Azerbaijan's shelling of the villages was an act of aggression,\" the Armenian foreign ministry said.",
     {("Armenia", "blames", "Azerbaijan")}, set()),
])
def test_extract_designations_wrongs_condemn(text, expected, absent, plain_edges):
    found = plain_edges(text)
    assert expected <= found and not (absent & found), found


@pytest.mark.model
@pytest.mark.parametrize("text,title,absent", [
    # the author speaking with a private person or a colleague meets no party
    ("This afternoon, I spoke with Senator Tom Hadley about the bill.", "Statement from President Joe Biden on the Bill",
     ("United States", "meets", "Tom Hadley")),
])
def test_extract_designations_author_meets_no_private_person(text, title, absent, plain_edges):
    assert absent not in plain_edges(text, title=title, source="The White House (briefing room)")


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    # a task someone is responsible for is no blame; a hostile act is
    ("\"Karim Haddad is responsible for providing funds to Hamas,\" the Treasury said.", set(),
     {("United States", "blames", "Karim Haddad")}),
    ("The Kremlin said Kyiv was responsible for attacking the bridge.", {("Russia", "blames", "Ukraine")}, set()),
])
def test_extract_designations_responsible_for_a_task(text, expected, absent, plain_edges):
    found = plain_edges(text, source=TREASURY)
    assert expected <= found and not (absent & found), found


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    # the full stops of an identifying bracket end no sentence: both designees are objects of one verb
    ("OFAC today designated Tarek Mansour (a.k.a. Abu Bilal; a.k.a. Tareq Al-Mansour; DOB 04 Feb. 1971; POB Homs, "
     "Syria; nationality Syria; Gender Male) and Nabil Qassem (a.k.a. Abu Karim; DOB 19 Aug. 1983; nationality "
     "Jordan) for acting for or on behalf of ISIS.",
     {("United States", "designates", "Tarek Mansour"), ("United States", "designates", "Nabil Qassem")}),
    ("The Treasury also sanctioned Orchid Freight Co. (a.k.a. Orchid Logistics Company; Website www.orchid.example; "
     "Registration ID 556677 (Turkey)) for its support to Hezbollah.",
     {("United States", "designates", "Orchid Freight Co."), ("Orchid Freight Co.", "cooperates", "Hezbollah")}),
])
def test_extract_designations_id_bracket_one_sentence(text, expected, plain_edges):
    found = plain_edges(text, source=TREASURY)
    assert expected <= found, found


@pytest.mark.model
@pytest.mark.parametrize("text,sentences", [
    ("OFAC listed Samir Awad (a.k.a. Abu Omar; DOB 02 Mar. 1969; nationality Iraq) today. Iraq was informed.", 2),
])
def test_extract_designations_id_bracket_sentences(text, sentences, nlp):
    from graphbuild.sentences import sentence_bounds

    doc = nlp(text)
    assert len(sentence_bounds(doc)) == sentences, [s.text for s in doc.sents]


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    # a capitalized word that also opens the short name in brackets belongs to the firm's name
    ("Air Vega flies to Syria.\n\nMy Cargo\n\nMy Cargo Company Limited (My Cargo), based in Bangkok, is being "
     "designated for acting for or on behalf of Air Vega.",
     ("United States", "designates", "My Cargo Company Limited"),
     ("United States", "designates", "Cargo Company Limited")),
])
def test_extract_designations_short_form_opens_name(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent, source=TREASURY)


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    # a Mexican legal form with an initial ("S. de R.L. de C.V.") stays with the firm's name
    ("OFAC sanctioned Constructora Lomas, S. de R.L. de C.V. (Lomas), a builder in Guadalajara, for laundering "
     "cartel money.",
     ("United States", "designates", "Constructora Lomas S. de R.L. de C.V."),
     ("United States", "designates", "S. de R.L. de C.V.")),
])
def test_extract_designations_mexican_legal_form(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent, source=TREASURY)
