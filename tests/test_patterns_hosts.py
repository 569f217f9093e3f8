"""Meeting and aid verbs with a non-actor object (real pipeline): hosting a gathering meets its guests,
not its topic; receiving aid from X is cooperation with X, receiving a letter is not."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    ("Kenya hosted a conference on Somalia in Nairobi.", None, ("Kenya", "meets", "Somalia")),
    ("Kenya will host a summit about Ethiopia next week.", None, ("Kenya", "meets", "Ethiopia")),
    ("Kenya hosted talks with the Somali government in Nairobi.", ("Kenya", "meets", "Somalia"), None),
])
def test_patterns_hosts_gathering_topic(text, expected, absent, assert_edges, extract_statements):
    assert_edges(text, expected, absent)
    if absent:
        assert not any(s.relation == "meets" and {s.subject.label, s.object.label} == {absent[0], absent[2]}
                       for s in extract_statements(text))


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    ("Sudan received weapons from Iran in 2023.", ("Sudan", "cooperates", "Iran"), None),
    ("Venezuela received military aid from Russia last year.", ("Venezuela", "cooperates", "Russia"), None),
    ("Venezuela received a letter from Russia last year.", None, ("Venezuela", "cooperates", "Russia")),
])
def test_patterns_hosts_received_aid(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent)


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    ("The sanctions target Iran's support to the Houthi missile attacks.", ("Iran", "cooperates", "Houthis"), None),
    ("Iran's support to the attacks on shipping is documented.", None, ("Iran", "cooperates", "Houthis")),
])
def test_patterns_hosts_backed_attackers(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent)


@pytest.mark.model
@pytest.mark.parametrize("text,pair,modality", [
    ("Germany ruled out sending tanks to Ukraine.", {"Germany", "Ukraine"}, "negated"),
    ("Britain sent tanks to Ukraine.", {"United Kingdom", "Ukraine"}, "asserted"),
])
def test_patterns_hosts_sent_tanks(text, pair, modality, extract_statements):
    found = {s.modality for s in extract_statements(text) if s.relation == "cooperates"
             and {s.subject.label, s.object.label} == pair}
    assert found == {modality}, found


@pytest.mark.model
@pytest.mark.parametrize("text", ["Russia sent tanks into Ukraine."])
def test_patterns_hosts_tanks_into_is_no_aid(text, extract_statements):
    assert not any(s.relation == "cooperates" for s in extract_statements(text))
