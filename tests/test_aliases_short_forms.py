"""A person's name that NER cuts before its short-form bracket ("Ivan Petrovich Samara (Samara)": a
person and a city) is one person, and the short form in a later list is that person."""

import pytest

from graphbuild.extract import extract_from_doc
from graphbuild.statement import Document


@pytest.mark.model
@pytest.mark.parametrize("text,designee", [
    ("Treasury Sanctions Software Executives\n"
     "Oleg Vadimovich Karpov (Karpov) is the firm's chief financial officer. "
     "Kirill Andreevich Astrakhan ( Astrakhan) is the firm's vice president for sales. "
     "Karpov and Astrakhan are designated pursuant to E.O. 14024 for operating in the technology sector of the "
     "Russian Federation economy.\n", "Kirill Andreevich Astrakhan"),
])
def test_aliases_short_forms(nlp, text, designee):
    doc = Document(id="t", text=text, title=text.split("\n")[0], source="U.S. Department of the Treasury")
    ex = extract_from_doc(nlp(text), doc)
    designees = {s.object.label for s in ex.statements if s.relation == "designates" and s.is_plain_edge}
    assert designee in designees
