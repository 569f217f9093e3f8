"""A designation's legal reason ties the designee to the actor it names."""

import pytest

from graphbuild.extract import extract_from_doc
from graphbuild.reasons import reason_kind
from graphbuild.statement import Document

_OPENING = "Treasury Targets Financiers\nToday, OFAC designated four persons pursuant to E.O. 13224.\n"


@pytest.mark.parametrize("text,kind", [
    ("for having materially assisted, sponsored, or provided financial support for", "support"),
    ("for being owned, controlled, or directed by", "support"),
    ("for being a leader or official of", None),
])
def test_reasons_kind(text, kind):
    assert reason_kind(text) == kind


@pytest.mark.model
@pytest.mark.parametrize("sentence,pair", [
    ("Kobar Air LLC is being designated pursuant to E.O. 13224 for having materially assisted, sponsored, or "
     "provided financial, material, or technological support for, or goods or services to or in support of, "
     "Hizballah.", ("Kobar Air LLC", "Hezbollah")),
    ("Ali Kobari is being designated for acting for or on behalf of Hamas.", ("Ali Kobari", "Hamas")),
    ("Ali Kobari is being designated for being responsible for actions that threaten the peace of Burma.", None),
])
def test_reasons_ties(nlp, sentence, pair):
    text = _OPENING + sentence + "\n"
    ex = extract_from_doc(nlp(text), Document(id="t", text=text, title="Treasury Targets Financiers"))
    pairs = {(s.subject.label, s.object.label) for s in ex.statements if s.relation == "cooperates"}
    assert (pair in pairs) if pair else not pairs
