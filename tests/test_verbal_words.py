"""Words as weapons (real pipeline): an attack by words (on a channel, on a decision, a scathing attack
noun, an attack framing a speech) condemns; a rebuke, a denunciation or lashing out condemns; a siege
attacks. An armed attack stays an attack."""

from __future__ import annotations

import pytest


def _pairs(statements, relation):
    return {(s.subject.label, s.object.label) for s in statements if s.relation == relation}


@pytest.mark.model
@pytest.mark.parametrize("text,pair", [
    ("The Russian president attacked Germany on Twitter, calling its leaders weak.", ("Russia", "Germany")),
    ("Iran attacked the decision by Saudi Arabia to cut oil output.", ("Iran", "Saudi Arabia")),
    ("In a scathing attack on Germany, the Russian foreign minister said Berlin had lied.", ("Russia", "Germany")),
    ("Russia, in an unprecedented attack on Germany, replied with an angry message.", ("Russia", "Germany")),
    ("The president of the United States issued a sharp rebuke of German Chancellor Angela Merkel.",
     ("United States", "Germany")),
    ("Iraq lashed out at the United States for the strikes.", ("Iraq", "United States")),
    ("Senator Jones attacked Russia's record on human rights.", ("Jones", "Russia")),
])
def test_verbal_words_condemn(text, pair, extract_statements):
    found = extract_statements(text)
    assert pair in _pairs(found, "condemns"), found
    assert pair not in _pairs(found, "attacks"), found


@pytest.mark.model
@pytest.mark.parametrize("text,pair", [
    ("Hezbollah besieged the town of Madaya in Syria.", ("Hezbollah", "Madaya")),
    ("Russia attacked Georgia with missiles on Twitter's busiest day, killing six soldiers.", ("Russia", "Georgia")),
])
def test_verbal_words_arms_stay_attacks(text, pair, extract_statements):
    found = extract_statements(text)
    assert pair in _pairs(found, "attacks"), found
    assert pair not in _pairs(found, "condemns"), found
