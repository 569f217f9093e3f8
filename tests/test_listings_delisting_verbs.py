"""Taking a country off a government's list is a delisting ("exclude X from the list")."""

import pytest

from graphbuild.extract import extract_from_doc
from graphbuild.statement import Document


@pytest.mark.model
@pytest.mark.parametrize("text,delisted", [
    ("The State Department decided in May to exclude Chad and Niger from its annual list of countries that "
     "recruit child soldiers.", {"Chad", "Niger"}),
    ("The ministry excluded the firm from the tender for the new port.", set()),
])
def test_listings_delisting_verbs(nlp, text, delisted):
    ex = extract_from_doc(nlp(text), Document(id="t", text=text))
    assert {s.object.label for s in ex.statements if s.relation == "delists"} == delisted
