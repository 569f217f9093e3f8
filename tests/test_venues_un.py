"""A designation made "at the UN" is not the publishing government's; today's own designation stays."""

import pytest

from graphbuild.extract import extract_from_doc
from graphbuild.statement import Document


@pytest.mark.model
@pytest.mark.parametrize("text,absent,present", [
    ("Treasury Targets Bank\nToday, OFAC sanctioned Orion Bank for facilitating a transaction on behalf of Kim "
     "Song Il. On August 5, 2017, Kim Song Il was designated at the UN.",
     ("United States", "designates", "Kim Song Il"), ("United States", "designates", "Orion Bank")),
])
def test_venues_un(nlp, text, absent, present):
    doc = Document(id="t", text=text, title=text.split("\n")[0], source="U.S. Department of the Treasury")
    edges = {(s.subject.label, s.relation, s.object.label) for s in extract_from_doc(nlp(text), doc).statements
             if s.is_plain_edge}
    assert absent not in edges
    assert present in edges
