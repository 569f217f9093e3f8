"""A claimed attack is arms, whatever channel the claim went out on (real pipeline)."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,pair", [
    ("Gunmen stormed the Bataclan concert hall in Paris on Friday night. The Islamic State claimed "
     "responsibility for the attack in a statement posted online.", ("ISIS", "Bataclan")),
    ("Gunmen opened fire at the Westgate shopping mall in Nairobi. Al-Shabaab claimed responsibility for "
     "the attack in a statement on Twitter.", ("al-Shabaab", "Westgate")),
])
def test_verbal_claimed_attack_stays_attack(text, pair, extract_statements):
    found = extract_statements(text)
    pairs = {(s.subject.label, s.relation, s.object.label) for s in found}
    assert (pair[0], "attacks", pair[1]) in pairs, found
    assert (pair[0], "condemns", pair[1]) not in pairs, found
