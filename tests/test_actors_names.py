"""Names written in more than one way, and name words that belong to another name."""

from __future__ import annotations

import pytest

from graphbuild.actors import find_mentions


def _mentions(nlp, text):
    return [(m.text, m.actor.id) for m in find_mentions(nlp(text))]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    # the gazetteer writes a straight apostrophe, the article a curly one
    ("Gunmen of Jama\u2019at Nusrat al-Islam wal-Muslimin attacked an army post near Djibo.",
     ("Jama\u2019at Nusrat al-Islam wal-Muslimin", "jnim")),
    ("Fighters of Jama'at Nusrat al-Islam wal-Muslimin attacked an army post near Djibo.",
     ("Jama'at Nusrat al-Islam wal-Muslimin", "jnim")),
])
def test_actors_apostrophe_variants_match(nlp, text, expected):
    assert expected in _mentions(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text,word,person", [
    # "Islam" ends a person's name named before, but here it is part of another name
    ("Police named Omar al-Islam as the driver. He once led Ansarul Islam, a militant group in "
     "Burkina Faso.", "Islam", "ner-omar-al-islam"),
])
def test_actors_surname_inside_another_name_is_not_the_person(nlp, text, word, person):
    found = _mentions(nlp, text)
    later = [actor for surface, actor in found[1:] if surface == word]
    assert person not in later


@pytest.mark.model
@pytest.mark.parametrize("text,word,person", [
    ("Karim Musa was named on Monday. Police said Musa fled.", "Musa", "ner-karim-musa"),
    ("Karim Musa was named on Monday. Later, Minister Musa resigned.", "Musa", "ner-karim-musa"),
])
def test_actors_bare_surname_still_the_person(nlp, text, word, person):
    found = _mentions(nlp, text)
    assert (word, person) in found[1:]


@pytest.mark.model
@pytest.mark.parametrize("text,short,full_id", [
    ("Treasury named Rashid Imad al-Din al-Harbi (Rashid al-Harbi) and his partner. Rashid al-Harbi "
     "runs a shipping firm.", "Rashid al-Harbi", "ner-rashid-imad-al-din-al-harbi"),
])
def test_actors_bracketed_short_name_is_the_person(nlp, text, short, full_id):
    shorts = [actor for surface, actor in _mentions(nlp, text) if surface == short]
    assert shorts and set(shorts) == {full_id}


@pytest.mark.model
@pytest.mark.parametrize("text,absent", [
    ("The firm was designated pursuant to E.O. 13582, \u201cBlocking Property of the Government of "
     "Syria and Prohibiting Certain Transactions With Respect to Syria.\u201d", "syria"),
])
def test_actors_names_in_an_order_title_are_no_mentions(nlp, text, absent):
    assert absent not in {actor for _, actor in _mentions(nlp, text)}


@pytest.mark.model
@pytest.mark.parametrize("text,short,full_id", [
    ("OFAC also designated Viktor Ivanovich Sorokin (Vitya), a banker.", "Vitya",
     "ner-viktor-ivanovich-sorokin"),
])
def test_actors_bracketed_nickname_is_the_person(nlp, text, short, full_id):
    assert (short, full_id) in _mentions(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text,surname,person", [
    # a transliteration in the gazetteer (curly apostrophe in the text), then the bare surname
    ("He acted for Soleimani and his successor, Esma\u2019il Ghani. Allahdad and Ghani were designated "
     "in 2012.", "Ghani", "esmail-qaani"),
])
def test_actors_bare_surname_follows_the_full_name_not_a_namesake(nlp, text, surname, person):
    found = _mentions(nlp, text)
    assert [a for s, a in found if s == surname] == [person]


@pytest.mark.model
@pytest.mark.parametrize("text,surface,expected", [
    ("Donald Trump Jr. will meet with the House Intelligence Committee next week.", "Donald Trump Jr.",
     "ner-donald-trump-jr"),
    ("President Joseph R. Biden Jr. spoke with Prime Minister Kishida.", "President Joseph R. Biden Jr.",
     "joe-biden"),
])
def test_actors_junior_is_not_the_father(nlp, text, surface, expected):
    assert (surface, expected) in _mentions(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text,surface,organ", [
    ("The Senate Judiciary Committee questioned the lawyer on Tuesday.", "Senate Judiciary Committee",
     "senate-judiciary-committee"),
])
def test_actors_congressional_committee_is_a_us_organ(nlp, text, surface, organ):
    from graphbuild.actors import acting_actor, find_mentions

    ms = [m for m in find_mentions(nlp(text)) if m.text == surface]
    assert ms and ms[0].actor.id == organ and acting_actor(ms[0].actor).id == "united-states"


@pytest.mark.model
@pytest.mark.parametrize("text,word,person", [
    ("Vice Foreign Minister Zheng Zeguang spoke on Friday. Zheng said the talks would go ahead.",
     "Zheng", "ner-zheng-zeguang"),
])
def test_actors_family_name_written_first(nlp, text, word, person):
    assert (word, person) in _mentions(nlp, text)[1:]


@pytest.mark.model
@pytest.mark.parametrize("text,surface,actor", [
    # a state's name that only names a town of a US state or Canadian province is that town
    ("A chemical plant caught fire in East Palestine, Ohio, on Friday. Families in East Palestine were evacuated.",
     "East Palestine", "ner-east-palestine"),
    ("The senator visited a factory in Lebanon, Tennessee.", "Lebanon", "ner-lebanon"),
])
def test_actors_namesake_town_is_a_place(nlp, text, surface, actor):
    found = _mentions(nlp, text)
    assert [a for s, a in found if s == surface] and all(a == actor for s, a in found if s == surface), found
    assert not any(a in ("palestine", "lebanon") for _, a in found), found


@pytest.mark.model
@pytest.mark.parametrize("text,actor", [
    # the state itself, and a prefixed name never seen as a town, stay as they are
    ("Lebanon and Israel exchanged fire in the south.", "lebanon"),
    ("Palestinians in East Jerusalem protested on Friday.", "israel"),
])
def test_actors_state_names_stay_states(nlp, text, actor):
    assert actor in [a for _, a in _mentions(nlp, text)]


@pytest.mark.model
@pytest.mark.parametrize("text,surface,actor", [
    # a title before a bare surname picks the one gazetteer person of that surname with that role
    ("In Riyadh, Under Secretary Nelson pressed Gulf officials on terrorist financing.", "Nelson", "brian-nelson"),
    # without a title, or with a title the person does not hold, the surname stays a person of its own
    ("In Riyadh, Nelson pressed Gulf officials on terrorist financing.", "Nelson", "ner-nelson"),
    ("In Riyadh, General Nelson pressed Gulf officials on terrorist financing.", "Nelson", "ner-nelson"),
])
def test_actors_titled_surname(nlp, text, surface, actor):
    assert (surface, actor) in _mentions(nlp, text)
