"""Token patterns of the gazetteer: a leading "the" is optional, except where the name alone is a
common word ("The Guardian": "Operation Prosperity Guardian" names no newspaper)."""

import pytest


@pytest.mark.parametrize("actor_id, first_tokens", [
    ("the-guardian", {"the"}),  # required
    ("russia", {"russia", "Russia", "Kremlin"}),  # "the Kremlin" matches as "Kremlin" too
])
def test_gazetteer_patterns_leading_the(actor_id, first_tokens):
    from graphbuild.gazetteer import load_gazetteer

    pats = [p["pattern"] for p in load_gazetteer().ruler_patterns() if p["id"] == actor_id]
    firsts = set()
    for pattern in pats:
        tok = pattern[0]
        firsts.add(tok.get("LOWER") or tok.get("ORTH"))
    assert pats and firsts & first_tokens
    if actor_id == "the-guardian":
        assert firsts == {"the"}
