"""Politics between the United States and a person the text ties to no other state is domestic: no edge."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text, expected, absent", [
    # a state politician criticising the president
    ("In Ohio, Gregory Maltby denounced Trump as reckless while he sought the Democratic nomination for "
     "governor.", None, ("Gregory Maltby", "condemns", "United States")),
    # the president backing a candidate
    ("Trump has backed Harriet Quell, a former judge, in the Senate race.", None,
     ("United States", "cooperates", "Harriet Quell")),
    # an accuser of the president
    ("Dana Whitcombe has accused Trump of lying about the deal.", None, ("Dana Whitcombe", "blames", "United States")),
    # a person tied to another state by a nationality adjective is kept
    ("Russian lawyer Irina Volkova criticized Trump for the new sanctions.",
     ("Irina Volkova", "condemns", "United States"), None),
    # an unknown head of state is foreign: the gazetteer knows the American ones
    ("Trump praised President Tomas Albarran for the trade deal.", ("United States", "praises", "Tomas Albarran"), None),
])
def test_domestic_politics(assert_edges, text, expected, absent):
    assert_edges(text, expected=expected, absent=absent)


@pytest.mark.parametrize("a, b, overlap", [
    ("Kim Jong Un", "Kim", {"kim"}),
    ("Ralph Northam", "Doug Jones", set()),
])
def test_domestic_politics_name_words(a, b, overlap):
    from graphbuild.domestic import name_words

    assert name_words(a) & name_words(b) == overlap
