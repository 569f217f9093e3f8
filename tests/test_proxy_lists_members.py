"""Groups listed as a patron's proxies or as the groups it backs cooperate with the patron."""

import pytest

from graphbuild.extract import extract_from_doc
from graphbuild.statement import Document


def _ties(nlp, text):
    ex = extract_from_doc(nlp(text), Document(id="t", text=text))
    return {(s.subject.label, s.object.label, s.modality) for s in ex.statements if s.relation == "cooperates"}


@pytest.mark.model
@pytest.mark.parametrize("text,tie", [
    ("The talks covered threats from Iran and its proxies, including Hamas and the Houthis.",
     ("Iran", "Houthis", "asserted")),
    ("Iranian-backed militias such as Kata'ib Hizballah fired rockets at the base.",
     ("Iran", "Kata'ib Hezbollah", "asserted")),
    ("Iran does not have proxies such as Hamas.", ("Iran", "Hamas", "negated")),
])
def test_proxy_lists_members(nlp, text, tie):
    assert tie in _ties(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text,subject", [
    ("Treasury has imposed sanctions on Iran and its terrorist proxies, such as Hizballah and the Houthis.",
     "United States"),
])
def test_proxy_lists_not_the_issuer(nlp, text, subject):
    text = "Treasury Targets Financiers\n" + text
    assert not [t for t in _ties(nlp, text) if t[0] == subject]
