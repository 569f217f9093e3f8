"""Names listed before a passive designation verb are designees (graphbuild.namelists)."""

import pytest

from graphbuild.extract import extract_from_doc
from graphbuild.namelists import split_name_list
from graphbuild.statement import Document

_OPENING = ("Treasury Targets Officials of Ruritania\n"
            "WASHINGTON - Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) is "
            "designating three individuals and three entities pursuant to Executive Order (E.O.) 14999.\n")


@pytest.mark.parametrize("text,names", [
    ("The RVB, Copper Works No 3, and Copper Works No 4", ["RVB", "Copper Works No 3", "Copper Works No 4"]),
    ("Tun Lwin (Lwin), Kyaw Sein and Than Htike", ["Tun Lwin", "Kyaw Sein", "Than Htike"]),
    ("Additionally, Orel Shipping", ["Orel Shipping"]),
    ("He", None),
    ("In addition, the firm", None),
])
def test_namelists_split(text, names):
    assert split_name_list(text) == names


@pytest.mark.model
@pytest.mark.parametrize("sentence,designees", [
    ("The Ruritanian Voting Board oversees elections. The RVB, Copper Works No 3, and Copper Works No 4 are being "
     "designated pursuant to E.O. 14999 for being agencies of the Government of Ruritania.",
     {"Copper Works No 3", "Copper Works No 4"}),
    ("Kyaw Sein is the deputy director of the port. Tun Lwin, Kyaw Sein, and Than Htike are being designated "
     "pursuant to E.O. 14999 for being officials of the Government of Ruritania.",
     {"Tun Lwin", "Kyaw Sein", "Than Htike"}),
    ("Fly Kobar carried weapons for the militia. Fly Kobar is being designated pursuant to E.O. 14999 for "
     "having materially assisted the militia.", {"Fly Kobar"}),
])
def test_namelists_passive_lists(nlp, sentence, designees):
    text = _OPENING + sentence + "\n"
    ex = extract_from_doc(nlp(text), Document(id="t", text=text, title=text.split("\n")[0]))
    found = {s.object.label for s in ex.statements if s.relation == "designates" and s.modality == "asserted"}
    assert designees <= found
    assert not {"Ruritania", "Kobar"} & found


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "Tun Lwin was a mayor. He was removed from his post as mayor in 2019 after a conviction.",
])
def test_namelists_no_delisting_from_a_post(nlp, sentence):
    text = _OPENING + sentence + "\n"
    ex = extract_from_doc(nlp(text), Document(id="t", text=text, title=text.split("\n")[0]))
    assert not [s for s in ex.statements if s.relation == "delists"]
