"""Raising or laundering money for an armed group or organization is cooperation with it."""

import pytest

from graphbuild.extract import extract_from_doc
from graphbuild.statement import Document


@pytest.mark.model
@pytest.mark.parametrize("text,pair", [
    ("The Kobar Foundation raised funds for Hezbollah.", ("Kobar Foundation", "Hezbollah")),
    ("The Orion Exchange Company has laundered money for Hamas.", ("Orion Exchange Company", "Hamas")),
    ("The Kobar Foundation raised concerns for Hezbollah.", None),
])
def test_listings_fundraising(nlp, text, pair):
    ex = extract_from_doc(nlp(text), Document(id="t", text=text))
    pairs = {(s.subject.label, s.object.label) for s in ex.statements if s.relation == "cooperates"}
    assert (pair in pairs) if pair else not pairs
