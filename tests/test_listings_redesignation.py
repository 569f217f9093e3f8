"""A re-designation ("redesignated X", "the redesignation of X") is a designation."""

import pytest

from graphbuild.extract import extract_from_doc
from graphbuild.statement import Document


@pytest.mark.model
@pytest.mark.parametrize("text,designee", [
    ("The U.S. State Department redesignated the Kobar Brigade as a Foreign Terrorist Organization.", "Kobar Brigade"),
    ("The State Department announced the redesignation of Cuba as a State Sponsor of Terrorism.", "Cuba"),
])
def test_listings_redesignation(nlp, text, designee):
    ex = extract_from_doc(nlp(text), Document(id="t", text=text))
    assert designee in {s.object.label for s in ex.statements if s.relation == "designates"}
