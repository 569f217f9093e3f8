"""Names that stand for something other than an actor: court cases, kinds of things."""

from __future__ import annotations

import pytest

from graphbuild.actors import find_mentions


def _mentioned(nlp, text) -> set[str]:
    return {m.text for m in find_mentions(nlp(text))}


@pytest.mark.model
@pytest.mark.parametrize("text, absent, present", [
    ("Weeks after the ruling in Dobbs v. Jackson, White House officials met with state lawmakers.",
     {"Jackson", "Dobbs"}, {"White House"}),
    ("The navy showed off a Soleimani-class corvette in the Gulf, Iran said.", {"Soleimani"}, {"Iran"}),
    ("Critics called it a Hamas-style raid on the border town, Israel said.", {"Hamas"}, {"Israel"}),
    # the near misses: a conflict written with "vs.", an actor leading or backing an act
    ("Israel vs. Hamas: the fighting in Gaza entered its third week.", set(), {"Israel", "Hamas"}),
    ("A Hamas-led assault killed dozens in southern Israel.", set(), {"Hamas", "Israel"}),
    ("Iran-backed militias fired rockets at the base.", set(), {"Iran"}),
])
def test_entities_court_cases_and_kinds_name_no_actor(nlp, text, absent, present):
    mentioned = _mentioned(nlp, text)
    assert not {name for name in absent if any(name in m for m in mentioned)}
    assert {name for name in present if any(name in m for m in mentioned)} == present
