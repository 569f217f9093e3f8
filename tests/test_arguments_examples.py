""""adversaries such as X", "rivals like X", "countries including X": the examples are the actors the
phrase stands for, not the state named as its modifier; an adverbial gerund misattached to a noun
("said little beyond criticizing X") is done by the clause's subject."""

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected, absent", [
    ("U.S. Secretary of State Antony Blinken denounced American adversaries like Cuba and Iran on Monday.",
     ("United States", "condemns", "Cuba"), None),
    ("President Joe Biden criticized U.S. rivals such as China over their trade practices.",
     ("United States", "condemns", "China"), None),
    ("Germany condemned regimes such as Belarus for jailing journalists.",
     ("Germany", "condemns", "Belarus"), None),
    ("The chancellor has offered few words on the crisis beyond criticizing Iran for its missile tests.",
     None, None),
])
def test_arguments_examples_stand_for_the_phrase(assert_edges, text, expected, absent):
    found = assert_edges(text, expected, absent)
    if expected is None:
        assert not any(r == "condemns" and o == "United States" for _, r, o in found), found


@pytest.mark.parametrize("text, expected", [
    ("French President Emmanuel Macron has said little on the dispute beyond condemning Russia for its "
     "cyberattacks.", ("France", "condemns", "Russia")),
    ("President Joe Biden said little about the summit besides criticizing China over its trade practices.",
     ("United States", "condemns", "China")),
])
def test_arguments_examples_adverbial_gerund_subject(assert_edges, text, expected):
    assert_edges(text, expected)
