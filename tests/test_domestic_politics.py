"""Politics between the United States and a person the text ties to no other state is domestic: no edge."""

from __future__ import annotations

import pytest

#: A lead that makes the United States the text's home state (named five times, no other state).
US_LEAD = ("The White House, the State Department, the Pentagon and Congress argued over the U.S. budget "
           "all week. ")


@pytest.mark.model
@pytest.mark.parametrize("text, expected, absent", [
    # a state politician criticising the president
    (US_LEAD + "In Ohio, Gregory Maltby denounced Trump as reckless while he sought the Democratic nomination "
     "for governor.", None, ("Gregory Maltby", "condemns", "United States")),
    # the president backing a candidate
    (US_LEAD + "Trump has backed Harriet Quell, a former judge, in the Senate race.", None,
     ("United States", "cooperates", "Harriet Quell")),
    # an accuser of the president
    (US_LEAD + "Dana Whitcombe has accused Trump of lying about the deal.", None,
     ("Dana Whitcombe", "blames", "United States")),
    # two persons of no foreign tie: private or party affairs
    (US_LEAD + "Janet Pruitt accused Roy Moore of assaulting her.", None, ("Janet Pruitt", "blames", "Roy Moore")),
    # a politician's "attack" on a rival or the president's on a senator is words
    (US_LEAD + "Trump's attack on Senator Marla Quist was nasty, a Democrat said.", None,
     ("United States", "attacks", "Marla Quist")),
    # a person tied to another state by a nationality adjective is kept
    (US_LEAD + "Russian lawyer Irina Volkova criticized Trump for the new sanctions.",
     ("Irina Volkova", "condemns", "United States"), None),
    # an unknown head of state is foreign: the gazetteer knows the American ones
    (US_LEAD + "Trump praised President Tomas Albarran for the trade deal.",
     ("United States", "praises", "Tomas Albarran"), None),
    # a text whose home is not the United States: its unknown persons may be British
    ("Britain and India pledged aid. Former minister Clare Westby criticised the U.S.-led coalition and "
     "Bush.", ("Clare Westby", "condemns", "United States"), None),
])
def test_domestic_politics(assert_edges, text, expected, absent):
    assert_edges(text, expected=expected, absent=absent)


@pytest.mark.model
@pytest.mark.parametrize("text, absent", [
    # a campaign's ties are the campaign's, not the state's (dev-gold's TCAMP)
    (US_LEAD + "Investigators looked at the Trump election campaign's ties to Russia.",
     ("United States", "cooperates", "Russia")),
])
def test_domestic_politics_campaign(assert_edges, text, absent):
    assert_edges(text, absent=absent)


@pytest.mark.parametrize("a, b, overlap", [
    ("Kim Jong Un", "Kim", {"kim"}),
    ("Ralph Northam", "Doug Jones", set()),
])
def test_domestic_politics_name_words(a, b, overlap):
    from graphbuild.domestic import name_words

    assert name_words(a) & name_words(b) == overlap
