"""More verbs of blame and praise (real pipeline): chided, mocked, faulted, ridiculed, "hit out at"
condemn; saluted and "paid tribute to" praise; "hit back at X with drone strikes" is no condemnation."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,triple,expected", [
    ("Russia hit out at Britain over the expulsions.", ("Russia", "condemns", "United Kingdom"), True),
    ("Turkey faulted Washington for the delay.", ("Turkey", "condemns", "United States"), True),
    ("Iran ridiculed the United States.", ("Iran", "condemns", "United States"), True),
    ("Obama saluted Canada for its contribution.", ("United States", "praises", "Canada"), True),
    ("Ukraine hit back at Russia with drone strikes.", ("Ukraine", "condemns", "Russia"), False),
])
def test_patterns_judgment_verbs(text, triple, expected, extract_statements):
    found = {(s.subject.label, s.relation, s.object.label) for s in extract_statements(text)}
    assert (triple in found) is expected, found
