"""A state's people helped stands for the state (populations.supported_people_mentions)."""

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    ("Canada sent humanitarian aid to the Sudanese people last week.", ("Canada", "cooperates", "Sudan")),
    ("Norway reaffirmed its support for the Yemeni people.", ("Norway", "cooperates", "Yemen")),
])
def test_populations_supported_people(plain_edges, text, expected):
    found = plain_edges(text)
    assert expected in found, found


@pytest.mark.parametrize("text, phrase, state", [
    ("Norway reaffirmed its support for the Yemeni people.", "Yemeni people", "yemen"),
    ("Russia's brutal war against the Ukrainian people has killed thousands.", "Ukrainian people", None),
    ("The Ukrainian people voted in large numbers.", "Ukrainian people", None),
])
def test_populations_supported_people_only_when_helped(nlp, text, phrase, state):
    from graphbuild.populations import supported_people_mentions

    made = {m.text: m.actor.id for m in supported_people_mentions(nlp(text), ())}
    assert made.get(phrase) == state, made
