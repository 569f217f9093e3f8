"""Those who discuss a war are not guessed as its agents (real pipeline)."""

from __future__ import annotations

import pytest

_CALL = "President Macron spoke today with President Erdogan of Turkiye. "


@pytest.mark.model
@pytest.mark.parametrize("text,pair", [
    (_CALL + "The two leaders also discussed the war in Gaza, and President Macron stressed the need for aid.",
     ("France", "Gaza")),
    (_CALL + "The two leaders also discussed the war in Gaza, and President Macron stressed the need for aid.",
     ("Turkey", "Gaza")),
])
def test_screens_discussed_war(text, pair, extract_statements):
    assert not [s for s in extract_statements(text) if s.relation == "attacks"
                and (s.subject.label, s.object.label) == pair]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    _CALL + "The two leaders also discussed the war in Gaza, and President Macron stressed the need for aid.",
])
def test_screens_discussed_war_keeps_the_call(text, extract_statements):
    assert any(s.relation == "meets" and s.subject.label == "France" for s in extract_statements(text))
