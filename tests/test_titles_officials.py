"""An official named with a bare staff title in a government's own release acts for that
government; a title that names a state ties the person to it; foreign leaders' titles do not."""

import pytest

WH = "The White House (briefing room)"

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, source, expected, absent", [
    # a staff title with no country, in the government's own readout: the publisher's official
    ("Today, Deputy National Security Advisor Marta Quillan met with Egyptian Foreign Minister "
     "Sameh Shoukry in Washington.", WH, ("United States", "meets", "Egypt"), None),
    ("Today, Homeland Security Advisor Dana Whitcombe hosted her Mexican counterpart at the "
     "White House.", WH, ("United States", "meets", "Mexico"), None),
    # the same words in a news story: nobody publishes for the official, no US edge is made up
    ("Deputy National Security Advisor Marta Quillan met with Egyptian Foreign Minister "
     "Sameh Shoukry in Washington.", "Reuters", None, ("United States", "meets", "Egypt")),
])
def test_titles_officials_staff_title_in_a_government_release(plain_edges, text, source, expected, absent):
    edges = plain_edges(text, source=source)
    if expected is not None:
        assert expected in edges
    if absent is not None:
        assert absent not in edges


@pytest.mark.parametrize("text, person, acts_for", [
    # a state inside the title ties the person to it, even when NER made an organization of it
    ("National Security Advisor Jake Sullivan spoke today with Afghan National Security Advisor "
     "Karim Dostani.", "Karim Dostani", "afghanistan"),
    # "for Yemen" is the envoy's brief, not his side: the publisher's envoy
    ("Special Envoy for Yemen Walter Brandt traveled to Riyadh this week.", "Walter Brandt", "united-states"),
    # a foreign leader's title says nothing about whose he is: left alone
    ("Vice President Kamala Harris met with President Tomas Verhoeven at the Vice President's "
     "Residence.", "Tomas Verhoeven", None),
])
def test_titles_officials_whose_official(nlp, text, person, acts_for):
    from graphbuild.extract import extract_from_doc
    from graphbuild.statement import Document

    x = extract_from_doc(nlp(text), Document(id="t", text=text, source=WH))
    found = [m.actor for m in x.mentions if m.text == person]
    assert found, f"{person} is not a mention"
    assert found[0].acts_for == acts_for


@pytest.mark.parametrize("mentions_in, expected", [([], [])])
def test_titles_officials_no_mentions_is_a_no_op(nlp, mentions_in, expected):
    from graphbuild.titles import titled_officials

    assert titled_officials(nlp("Nothing here."), mentions_in, None) == expected
