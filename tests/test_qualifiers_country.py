"""A country that only qualifies a name (in brackets after it, as its seat, as the nationality of a
private firm) is neither a designee nor a partner; the named designees stay."""

import pytest

from graphbuild.extract import extract_from_doc
from graphbuild.statement import Document

_SOURCE = "U.S. Department of the Treasury"


def _edges(nlp, text):
    doc = Document(id="t", text=text, title=text.split("\n")[0], source=_SOURCE)
    ex = extract_from_doc(nlp(text), doc)
    return {(s.subject.label, s.relation, s.object.label) for s in ex.statements if s.is_plain_edge}


@pytest.mark.model
@pytest.mark.parametrize("text,absent,present", [
    ("Treasury Sanctions Software Firms\n"
     "The Department of Commerce has designated Orion Soft Limited (United Kingdom) and Delta Labs Group (Russia) "
     "on the Entity List for their cooperation with Iranian intelligence authorities.\n",
     {("United States", "designates", "United Kingdom"), ("United States", "designates", "Russia"),
      ("United Kingdom", "cooperates", "Iran"), ("Russia", "cooperates", "Iran")},
     {("United States", "designates", "Orion Soft Limited")}),
    ("Treasury Targets Weapons Procurement\n"
     "OFAC sanctioned Falcon Trading LLC for acting on behalf of Omar Haddad, the Moscow-based representative "
     "of the Syrian Scientific Studies and Research Center.\n",
     {("Falcon Trading LLC", "cooperates", "Russia")},
     {("United States", "designates", "Falcon Trading LLC")}),
    ("Treasury Targets Sanctions Evasion\n"
     "WASHINGTON - Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned a "
     "Russian bank for knowingly processing payments for a designated Iranian firm.\n",
     {("United States", "designates", "Russia")}, set()),
    ("Treasury Sanctions Traffickers\n"
     "Today, OFAC sanctioned three Belgian nationals. Their networks are linked to businesses based in the People's "
     "Republic of China and the United Arab Emirates. They were designated by OFAC pursuant to E.O. 14059 for having "
     "engaged in the international proliferation of illicit drugs.\n",
     {("United States", "designates", "United Arab Emirates")}, set()),
])
def test_qualifiers_country(nlp, text, absent, present):
    edges = _edges(nlp, text)
    assert not edges & absent
    assert present <= edges


@pytest.mark.model
@pytest.mark.parametrize("text,present", [
    ("Treasury Sanctions Officials\n"
     "Today, OFAC designated three Ruritanian government officials and a Russian state bank for their role in the "
     "crackdown.\n", ("United States", "designates", "Russia")),
])
def test_qualifiers_country_state_kept(nlp, text, present):
    assert present in _edges(nlp, text)
