"""A pronoun inside a designation's object that names the designator gives no support edge to the designator."""

import pytest

from graphbuild.extract import extract_from_doc
from graphbuild.statement import Document


@pytest.mark.model
@pytest.mark.parametrize("sentence,subject", [
    ("Today, the Office of Foreign Assets Control (OFAC) designated Ruritanian carrier Kobar Air Lines LLC and its "
     "chief executive for providing assistance to the Islamic Revolutionary Guard Corps-Qods Force (IRGC-QF).",
     "Kobar Air Lines LLC"),
])
def test_listings_designator_pronoun(nlp, sentence, subject):
    text = "Treasury Targets an Airline\n" + sentence + "\n"
    ex = extract_from_doc(nlp(text), Document(id="t", text=text, title="Treasury Targets an Airline"))
    helpers = {s.subject.label for s in ex.statements if s.relation == "cooperates"}
    assert "United States" not in helpers
