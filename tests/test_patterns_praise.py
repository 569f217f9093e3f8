"""Praise said through thanks and appreciation (real pipeline): the one praised is the named owner of
what is thanked for when the one thanked is no actor, and appreciation of an actor's deed praises it."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    ("Abdullah thanked the President for U.S. support to his kingdom.",
     ("Abdullah", "praises", "United States"), None),
    ("Scholz thanked the Chancellor for Austria's help with the evacuation.",
     ("Germany", "praises", "Austria"), None),
    # near miss: what is thanked for has no named owner
    ("Scholz thanked the staff for their work on the summit in Vienna.",
     None, ("Germany", "praises", "Austria")),
])
def test_patterns_praise_thanked_for_owner(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent)


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    ("Biden appreciated Kenya's role in the talks.", ("United States", "praises", "Kenya"), None),
    ("Biden expressed appreciation for Poland's generous hosting of refugees.",
     ("United States", "praises", "Poland"), None),
    # near miss: appreciating a chance names no one praised
    ("Biden appreciated the chance to speak about the economy.", None, ("United States", "praises", "Poland")),
])
def test_patterns_praise_appreciation(text, expected, absent, assert_edges):
    found = assert_edges(text, expected, absent)
    if expected is None:
        assert not any(rel == "praises" for _, rel, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    ("President Biden welcomed Ghana's leadership in the regional talks.", ("United States", "praises", "Ghana"),
     ("United States", "meets", "Ghana")),
    # near miss: leaders welcomed as guests
    ("Putin welcomed Iran's leadership to Moscow.", ("Russia", "meets", "Iran"), ("Russia", "praises", "Iran")),
])
def test_patterns_praise_welcomed_leadership(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent)
