"""An act done "in coordination with" a partner, its doer unnamed, is the issuer's cooperation."""

import pytest

from graphbuild.extract import extract_from_doc
from graphbuild.statement import Document

_OPENING = ("Treasury Targets Smugglers\n"
            "WASHINGTON - Today, the Office of Foreign Assets Control (OFAC) designated four smugglers pursuant to "
            "E.O. 13224.\n")


@pytest.mark.model
@pytest.mark.parametrize("sentence,partners", [
    ("Today's action was taken in close coordination with Norway.", {"Norway"}),
    ("This action will occur in conjunction with actions taken by both Japan and Australia.", {"Japan", "Australia"}),
    ("These designations were coordinated with New Zealand.", {"New Zealand"}),
    ("The measures were prepared in coordination with the private sector.", set()),
    ("Norway took its own action against the network.", set()),
])
def test_joint_actions_partners(nlp, sentence, partners):
    text = _OPENING + sentence + "\n"
    ex = extract_from_doc(nlp(text), Document(id="t", text=text, title="Treasury Targets Smugglers"))
    found = {s.object.label for s in ex.statements if s.relation == "cooperates" and s.subject.label == "United States"
             and s.modality == "asserted"}
    assert found == partners
