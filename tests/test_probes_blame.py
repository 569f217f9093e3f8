"""An inquiry into, or a penalty for, a state's interference in another's affairs blames the doer."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text, expected, absent", [
    # the state whose election it was blames the doer named by a nationality adjective
    ("The panel is leading an investigation into Russian meddling in the 2020 Canadian election.",
     ("Canada", "blames", "Russia"), None),
    # the doer of a "that" clause under an allegation the inquiry examines
    ("Lawmakers raised the matter during the probe of allegations that China sought to sway the 2019 "
     "Australian vote.", ("Australia", "blames", "China"), None),
    # no owner of the election: the official leading the inquiry, who acts for a state
    ("Mueller is leading an investigation into Iranian meddling in the election.",
     ("United States", "blames", "Iran"), None),
    # punished for the deed: the punisher blames the punished
    ("Washington moved to sanction Russia for allegedly hacking the French election.",
     ("United States", "blames", "Russia"), None),
    # an inquiry denied around it still exists: the blame stays a plain edge
    ("The aide pleaded not guilty to charges brought in the investigation into alleged Russian "
     "meddling in the 2016 U.S. election.", ("United States", "blames", "Russia"), None),
    # a capital read as a place is its government when it interferes
    ("Washington sanctioned the company, saying it had a part in Moscow's interference in the 2018 U.S. "
     "midterm election.", ("United States", "blames", "Russia"), None),
    # interference with no inquiry or penalty over it names no blamer
    ("Lavrov said allegations of Russian meddling in elections in the United States were fantasies.",
     None, ("United States", "blames", "Russia")),
])
def test_probes_blame(assert_edges, text, expected, absent):
    assert_edges(text, expected=expected, absent=absent)


@pytest.mark.parametrize("low, expected", [
    ("the probe into russian meddling", True),
    ("investigators examined the hacking", True),
    ("russia denied meddling in the election", False),
    ("the investigation into the crash", False),
])
def test_probes_blame_pretest(low, expected):
    from graphbuild.probes import probe_words_in

    assert probe_words_in(low) is expected
