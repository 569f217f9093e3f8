"""Organs that act in their own name (gazetteer ``own_name``) and relations inside one state."""

from __future__ import annotations

import pytest

from graphbuild.gazetteer import load_gazetteer


@pytest.mark.parametrize("surface,edge_id,acts_for", [
    ("IRGC", "irgc", "iran"),
    ("Qods Force", "irgc-quds-force", "irgc"),
    ("Basij", "irgc-basij", "irgc"),
    ("OFAC", "united-states", "united-states"),
    ("Kremlin", "russia", None),
])
def test_gazetteer_edge_actor_stops_at_own_name(surface, edge_id, acts_for):
    gaz = load_gazetteer()
    actor = gaz.lookup(surface)
    assert gaz.edge_actor(actor).id == edge_id
    assert actor.acts_for == acts_for


@pytest.mark.parametrize("yaml_text,message", [
    ("- {id: x-state, label: X, type: State, own_name: yes please}\n", "own_name"),
])
def test_gazetteer_own_name_must_be_boolean(tmp_path, yaml_text, message):
    from graphbuild.errors import GraphbuildError

    path = tmp_path / "bad.yaml"
    path.write_text(yaml_text, encoding="utf-8")
    with pytest.raises(GraphbuildError, match=message):
        load_gazetteer([path])


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    ("The Treasury Department sanctioned the IRGC on Monday for its missile work.",
     ("United States", "designates", "Islamic Revolutionary Guard Corps"),
     ("United States", "designates", "Iran")),
    ("The Quds Force armed Hezbollah with rockets, officials in Washington said.",
     ("Quds Force", "cooperates", "Hezbollah"), ("Iran", "cooperates", "Hezbollah")),
    ("For years the IRGC has provided material support to the Quds Force.",
     ("Islamic Revolutionary Guard Corps", "cooperates", "Quds Force"), None),
])
def test_extract_own_name_organ_keeps_its_edges(text, expected, absent, plain_edges):
    found = plain_edges(text)
    assert expected in found or expected[::-1] in found
    assert absent is None or absent not in found


@pytest.mark.model
@pytest.mark.parametrize("text,absent", [
    # an own-name organ and its own state: internal, no edge
    ("Tehran backed the IRGC with new funding this year.", "Iran"),
    # an organ of a state and the state: internal, no edge (lifted to the same actor)
    ("The State Department praised the United States Navy for the rescue.", "United States"),
])
def test_extract_no_edge_inside_one_state(text, absent, plain_edges):
    found = plain_edges(text)
    assert not any(absent in (s, o) for s, _, o in found)


@pytest.mark.model
@pytest.mark.parametrize("text,short,long_label", [
    ("The Committee to Protect Journalists (CPJ) criticized the arrest. CPJ said it was worried.",
     "CPJ", "Committee to Protect Journalists"),
    ("The Syrian Observatory for Human Rights (SOHR) counted the dead. SOHR later said more died.",
     "SOHR", "Syrian Observatory for Human Rights"),
])
def test_actors_bracketed_short_form_is_the_name(nlp, text, short, long_label):
    from graphbuild.actors import find_mentions

    ms = find_mentions(nlp(text))
    shorts = [m for m in ms if m.text == short]
    assert shorts and all(m.actor.label == long_label for m in shorts)


@pytest.mark.parametrize("short,name,expected", [
    ("NORAD", "North American Aerospace Defense Command", True),
    ("JIATF", "Joint Interagency Coordination Group", False),
    ("UN", "NATO", False),
])
def test_actors_abbreviation_letters_in_order(short, name, expected):
    from graphbuild.actors import _abbreviates

    assert _abbreviates(short, name) is expected


@pytest.mark.model
@pytest.mark.parametrize("text,person,state", [
    ("Republican Senator Jane Doakes criticized the plan on Friday.", "Jane Doakes", "united-states"),
    ("Democratic lawmaker Tom Haverly voted against the measure.", "Tom Haverly", "united-states"),
    ("Tom Haverly, chairman of the House Foreign Affairs Committee, voted against it.", "Tom Haverly",
     "united-states"),
])
def test_actors_party_or_committee_title_gives_the_state(nlp, text, person, state):
    from graphbuild.actors import acting_actor, find_mentions

    ms = [m for m in find_mentions(nlp(text)) if m.text == person]
    assert ms and acting_actor(ms[0].actor).id == state


@pytest.mark.model
@pytest.mark.parametrize("text,absent", [
    # two senators (one of them tied to the U.S. by party) meeting a U.S. official: one state
    ("Republican Senator Jane Doakes and Democratic Senator Tom Haverly met national security adviser "
     "H.R. McMaster on Tuesday.", "United States"),
    # a secretary visiting commands of his own country
    ("Defense Secretary Jim Mattis will visit U.S. Northern Command and NORAD next week.",
     "United States"),
    # co-agents of one act, a state's official and an unaffiliated colleague
    ("The bill was agreed by Republican Senator Jane Doakes and Tom Haverly, its co-author.",
     "United States"),
])
def test_extract_no_edge_between_colleagues_of_one_state(text, absent, plain_edges):
    found = plain_edges(text)
    assert not any(absent in (s, o) for s, _, o in found), found


@pytest.mark.model
@pytest.mark.parametrize("text,absent", [
    ("Two Nagoya, Japan-based firms, Hanshin Kogyo and Tsubame Trading, were designated by OFAC today.",
     "Nagoya"),
    ("Treasury sanctioned a Dubai firm and its owner.", "Dubai"),
])
def test_extract_no_designation_of_a_city_named_in_passing(text, absent, plain_edges):
    found = plain_edges(text)
    assert not any(o == absent for _, r, o in found if r == "designates"), found


@pytest.mark.model
@pytest.mark.parametrize("text,short,state", [
    ("Ivan Petrovsky served the Government of the Russian Federation (GoR) for years. Senior GoR "
     "officials praised him.", "GoR", "russia"),
    ("The Government of Belarus (GoB) hosted the troops.", "GoB", "belarus"),
])
def test_actors_government_abbreviation_is_the_state(nlp, text, short, state):
    from graphbuild.actors import find_mentions

    found = [(m.text, m.actor.id) for m in find_mentions(nlp(text))]
    assert any(surface.startswith(short) and actor == state for surface, actor in found), found


@pytest.mark.model
@pytest.mark.parametrize("text,person,state", [
    ("First Lady Jill Biden met Queen Camilla in London.", "Queen Camilla", "united-kingdom"),
    ("First Lady Jill Biden met Queen Camilla in London.", "First Lady Jill Biden", "united-states"),
])
def test_actors_royals_and_first_ladies_act_for_their_state(nlp, text, person, state):
    from graphbuild.actors import acting_actor, find_mentions

    ms = [m for m in find_mentions(nlp(text)) if m.text == person]
    assert ms and acting_actor(ms[0].actor).id == state


@pytest.mark.model
@pytest.mark.parametrize("text,word", [
    ("Principal Deputy National Security Advisor Ola Brandt traveled to Lagos.", "Principal"),
])
def test_actors_title_word_is_no_organization(nlp, text, word):
    from graphbuild.actors import find_mentions

    assert word not in {m.text for m in find_mentions(nlp(text))}
