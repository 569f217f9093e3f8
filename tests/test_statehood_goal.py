"""Support for a two-state solution is an open recognition of Palestine, never a plain edge (real pipeline)."""

from __future__ import annotations

import pytest

_WH = "The White House (briefing room)"


def _recognitions(statements):
    return {(s.subject.label, s.object.label, s.modality) for s in statements if s.relation == "recognizes"}


@pytest.mark.model
@pytest.mark.parametrize("text,source,expected", [
    ("President Biden restated his backing for a two-state solution between Israelis and Palestinians.", None,
     {("United States", "Palestine", "hypothetical")}),
    ("Kamala Harris spoke of peace for Israelis and Palestinians and said the surest road to it runs through two"
     " states.", None, {("United States", "Palestine", "hypothetical")}),
    ("Benjamin Netanyahu rejected a Palestinian state during his talks with Palestinian officials.", None,
     {("Israel", "Palestine", "negated")}),
    # in a government's text, only the issuer's stand; Palestinians back no recognition of themselves; a
    # description is no stand; "two states" with no Palestine near is another dispute
    ("President Biden and King Abdullah renewed their pledge to work toward a Palestinian state.", _WH,
     {("United States", "Palestine", "hypothetical")}),
    ("Mahmoud Abbas said Palestinians still want a two-state solution.", None, set()),
    ("Israel took the hills, seen as part of any future Palestinian state, in 1967.", None, set()),
    ("Recep Tayyip Erdogan called for a two-state solution on the island of Cyprus.", None, set()),
])
def test_statehood_goal(text, source, expected, extract_statements):
    assert _recognitions(extract_statements(text, source=source)) == expected
