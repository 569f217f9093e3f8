"""Bare armed-men nouns are one unnamed armed group of the document when no group is named nearby; an
attack's unnamed agent ("the ringleader of the attack") is an unnamed person."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("word, label", [("Insurgents", "insurgents"), ("gunmen", "gunmen"), ("troops", None)])
def test_generics_unnamed_label(word, label):
    from graphbuild.generics import unnamed_label

    assert unnamed_label(word) == label


@pytest.mark.model
@pytest.mark.parametrize("text, expected, absent", [
    ("Insurgents attacked an army base near Qaryat, killing 12 Ruritanian soldiers.",
     ("insurgents", "attacks", "Qaryat"), None),
    ("Gunmen stormed a hotel in Mogadishu on Friday.", ("gunmen", "attacks", "Mogadishu"), None),
    # a group named just before: its men, not an unnamed group
    ("The Taliban said its fighters attacked Kabul. Militants also struck a police post in Ghazni.",
     None, ("militants", "attacks", "Ghazni")),
    # "terrorists" in political speech is no group
    ("The President said Canada would fight terrorists in Kandahar.", None, ("Canada", "attacks", "terrorists")),
])
def test_generics_unnamed_armed(assert_edges, text, expected, absent):
    assert_edges(text, expected=expected, absent=absent)


@pytest.mark.model
@pytest.mark.parametrize("text, expected, absent", [
    ("The bomber behind the attack in Manchester was known to police.", ("bomber", "attacks", "Manchester"), None),
    ("The ringleader of Saturday's terror attack in the heart of London was known to police.",
     ("ringleader", "attacks", "London"), None),
    # a person named in the next sentence may be the suspect: no unnamed one
    ("Paterson was a quiet home for the suspect in the New York City truck attack. Tom Ruritan, 29, lived there "
     "with his wife.", None, ("suspect", "attacks", "New York City")),
    # a named bomber stays the attacker
    ("Salman Abedi, the bomber behind the attack in Manchester, was known to police.",
     ("Salman Abedi", "attacks", "Manchester"), ("bomber", "attacks", "Manchester")),
])
def test_generics_unnamed_agent(assert_edges, text, expected, absent):
    assert_edges(text, expected=expected, absent=absent)
