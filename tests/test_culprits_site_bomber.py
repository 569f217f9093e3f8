"""An agent noun named by the venue or event it struck (real pipeline): "the Boston Marathon bomber X"
attacks the Marathon; a known group before the noun is the attacker's side, not a site."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,attacker,site,expected", [
    ("Boston Marathon bomber Dzhokhar Tsarnaev apologized to the victims on Wednesday.",
     "Dzhokhar Tsarnaev", "Boston Marathon", True),
    ("Hamas bomber Ahmed Yassin was killed on Sunday.", "Ahmed Yassin", "Hamas", False),
])
def test_culprits_site_bomber(text, attacker, site, expected, extract_statements):
    found = {(s.subject.label, s.object.label) for s in extract_statements(text) if s.relation == "attacks"}
    assert ((attacker, site) in found) is expected, found
