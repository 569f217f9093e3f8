"""First person plural resolved to the speaker the text itself names ("We, the Leaders of ...")."""

from __future__ import annotations

import pytest



@pytest.mark.model
@pytest.mark.parametrize("text,source,expected,absent", [
    # the publisher is a U.S. organ, but the text says who "we" are
    ("We, the foreign ministers of the G7, condemned Russia for its invasion of Ukraine on Tuesday.",
     "The White House", {("G7", "condemns", "Russia")}, ("United States", "condemns", "Russia")),
    # several named governments: each of them
    ("We, the Leaders of Canada, France, Japan and the United Kingdom, condemn the attack by Hamas "
     "on Israel.", "The White House",
     {("Canada", "condemns", "Hamas"), ("Japan", "condemns", "Hamas")},
     ("United States", "condemns", "Hamas")),
    # no apposition: "we" stays the publisher
    ("We strongly condemn Russia for its attacks on Ukraine.",
     "U.S. Department of State", {("United States", "condemns", "Russia")}, None),
])
def test_extract_we_is_the_declared_speaker(text, source, expected, absent, plain_edges):
    found = plain_edges(text, source=source)
    assert expected <= found
    assert absent is None or absent not in found


@pytest.mark.model
@pytest.mark.parametrize("text,word", [
    ("Leaders of the two countries met in Tokyo.", "Leaders"),
])
def test_actors_bare_plural_title_is_no_actor(nlp, text, word):
    from graphbuild.actors import find_mentions

    assert word not in {m.text for m in find_mentions(nlp(text))}


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("We, the governments of Chile, Kenya and Norway, are partnering to fight piracy, and we condemn "
     "the Houthis for their attacks.", {("Chile", "condemns", "Houthis"), ("Kenya", "condemns", "Houthis")}),
    ("We, the governments of Chile, Kenya and Norway, condemn the Houthis. To that end, we are "
     "partnering to counter piracy.", {("Chile", "condemns", "Houthis"), ("Norway", "condemns", "Houthis")}),
])
def test_extract_declared_speakers_not_paired_among_themselves(text, expected, plain_edges):
    found = plain_edges(text, source="The White House")
    assert expected <= found
    names = {"Chile", "Kenya", "Norway"}
    assert not any(s in names and o in names for s, _, o in found), found
