"""Names placed on a sanctions or terrorist list are designated; other lists designate no one."""

import pytest

from graphbuild.extract import extract_from_doc
from graphbuild.statement import Document


@pytest.mark.model
@pytest.mark.parametrize("text,designees", [
    ("The Department of Commerce placed Orion Trading LLC on the Entity List.", {"Orion Trading LLC"}),
    ("The U.S. State Department placed the Kobar Brigade on its list of Foreign Terrorist Organizations.",
     {"Kobar Brigade"}),
    ("The U.S. State Department placed the Kobar Brigade on a list of its favourite restaurants.", set()),
    ("Interpol placed Ali Kobar on a most wanted list.", set()),
])
def test_placements_lists(nlp, text, designees):
    ex = extract_from_doc(nlp(text), Document(id="t", text=text))
    assert {s.object.label for s in ex.statements if s.relation == "designates"} == designees
