""""X, its affiliates and subsidiaries": the pronoun is X, so X is nobody else's partner there."""

import pytest

from graphbuild.extract import extract_from_doc
from graphbuild.statement import Document


@pytest.mark.model
@pytest.mark.parametrize("text,absent", [
    ("Commerce Bars Software Maker\n"
     "Yesterday, the Department of Commerce issued a final rule prohibiting Orion Soft, Inc., its affiliates, "
     "subsidiaries and parent companies from selling software in the United States.\n",
     ("United States", "cooperates", "Orion Soft Inc.")),
])
def test_possessives_own(nlp, text, absent):
    doc = Document(id="t", text=text, title=text.split("\n")[0], source="U.S. Department of the Treasury")
    ex = extract_from_doc(nlp(text), doc)
    edges = {(s.subject.label, s.relation, s.object.label) for s in ex.statements if s.is_plain_edge}
    assert absent not in edges
