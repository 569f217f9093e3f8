"""Acts placed after the text's own time (real pipeline): awaited visits and foretold attacks are open."""

from __future__ import annotations

import pytest


def _modalities(statements, rel, pair):
    return {s.modality for s in statements if s.relation == rel and (s.subject.label, s.object.label) == pair}


@pytest.mark.model
@pytest.mark.parametrize("text,rel,pair,modalities", [
    ("The talks come ahead of Vladimir Putin's visit to India.", "meets", ("Russia", "India"), {"hypothetical"}),
    ("Japan made an offer in advance of Emmanuel Macron's state visit to Tokyo next month.", "meets",
     ("France", "Japan"), {"hypothetical"}),
    ("Officials warned that Russia will invade Georgia within days.", "attacks", ("Russia", "Georgia"),
     {"hypothetical"}),
    ("Analysts fear that Iran will attack Israel.", "attacks", ("Iran", "Israel"), {"hypothetical"}),
    ("An Iranian attack on Israel could come at any moment.", "attacks", ("Iran", "Israel"), {"hypothetical"}),
    ("Diplomats discussed the potential for further Russian aggression against Georgia.", "attacks",
     ("Russia", "Georgia"), {"hypothetical"}),
    # a meeting held ahead of something, a commitment with "will": as they are
    ("Vladimir Putin met Narendra Modi ahead of the summit.", "meets", ("Russia", "India"), {"asserted"}),
    ("France will continue to support Ukraine.", "cooperates", ("France", "Ukraine"), {"asserted"}),
])
def test_upcoming_future(text, rel, pair, modalities, extract_statements):
    assert _modalities(extract_statements(text), rel, pair) == modalities


@pytest.mark.model
@pytest.mark.parametrize("text,rel,pair,modalities", [
    ("A Turkish attack on Greece would trigger a wider war.", "attacks", ("Turkey", "Greece"), {"hypothetical"}),
    ("An Iranian strike on Israel could spark a regional war.", "attacks", ("Iran", "Israel"), {"hypothetical"}),
    # a definite event, or a past outcome ("could have"), took place
    ("Russia's invasion of Georgia could cause food shortages.", "attacks", ("Russia", "Georgia"), {"asserted"}),
])
def test_upcoming_supposed(text, rel, pair, modalities, extract_statements):
    assert _modalities(extract_statements(text), rel, pair) == modalities


@pytest.mark.model
@pytest.mark.parametrize("text,modalities", [
    ("Egypt is working to revive talks between Israel and Hamas.", {"hypothetical"}),
    ("The plan is aimed at resuming talks between Israel and Hamas.", {"hypothetical"}),
    ("The move may hurt a fledgling effort to restart talks between Israel and Hamas.", {"hypothetical"}),
    ("Israel and Hamas resumed talks in Cairo.", {"asserted"}),
])
def test_upcoming_revived(text, modalities, extract_statements):
    assert _modalities(extract_statements(text), "meets", ("Israel", "Hamas")) == modalities


@pytest.mark.model
@pytest.mark.parametrize("text,modalities", [
    ("The allies are ready to impose costs in response to further Russian aggression against Georgia.",
     {"hypothetical"}),
    ("They want to avoid shocks that could result from a further Russian invasion of Georgia.", {"hypothetical"}),
    # an owned event, or a response told in the past: the act took place
    ("The allies imposed costs in response to Russia's invasion of Georgia.", {"asserted"}),
    ("The EU imposed sanctions in response to further Russian aggression against Georgia.", {"asserted"}),
])
def test_upcoming_answered(text, modalities, extract_statements):
    assert _modalities(extract_statements(text), "attacks", ("Russia", "Georgia")) == modalities


@pytest.mark.model
@pytest.mark.parametrize("text,rel,pair,modalities", [
    ("North Korea said it will attack Guam.", "attacks", ("North Korea", "Guam"), {"hypothetical"}),
    ("Iran will retaliate against Israel, its foreign minister said.", "attacks", ("Iran", "Israel"),
     {"hypothetical"}),
    ("France will recognize Palestine in September.", "recognizes", ("France", "Palestine"), {"hypothetical"}),
    # an attack that goes on, promised cooperation, and the day's sanctions told with "will": as they are
    ("Hamas said it will continue to attack Israel.", "attacks", ("Hamas", "Israel"), {"reported"}),
    ("Japan will work with India on ports.", "cooperates", ("Japan", "India"), {"asserted"}),
    ("Today, the United States will sanction Cuba.", "designates", ("United States", "Cuba"), {"asserted"}),
])
def test_upcoming_announced(text, rel, pair, modalities, extract_statements):
    assert _modalities(extract_statements(text), rel, pair) == modalities
