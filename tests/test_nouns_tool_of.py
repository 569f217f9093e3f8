""""X is a proxy of Y", "X, a pawn of Y", "X, a man believed to be a puppet of Y": the "of" phrase of an
appositive noun of a tool or part names its owner, as in "Y's proxy X" (a peer noun such as "partner"
keeps its object reading)."""

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, pair", [
    ("Hezbollah is a proxy of Iran.", ("Iran", "Hezbollah")),
    ("Hamas, a longtime proxy of Iran, fired rockets at Israel.", ("Iran", "Hamas")),
    ("Israeli officials say Hamas is a puppet of Iran.", ("Iran", "Hamas")),
])
def test_nouns_tool_of_owner(plain_edges, text, pair):
    found = plain_edges(text)
    assert (pair[0], "cooperates", pair[1]) in found or (pair[1], "cooperates", pair[0]) in found, found


@pytest.mark.parametrize("text, pair", [
    ("WikiLeaks founder Julian Assange, a man believed by some U.S. officials to be a pawn of Russian President "
     "Vladimir Putin, spoke to reporters.", ("Russia", "WikiLeaks")),
])
def test_nouns_tool_of_hedged(extract_statements, text, pair):
    found = {(s.subject.label, s.relation, s.object.label, s.modality) for s in extract_statements(text)}
    assert (pair[0], "cooperates", pair[1], "hedged") in found, found
