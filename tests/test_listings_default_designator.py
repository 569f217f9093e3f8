"""In a sanctions release, an agentless designation is the publishing government's, not a foreign
state's that an earlier sentence was misread to make the designator."""

import pytest

from graphbuild.extract import extract_from_doc
from graphbuild.statement import Document


@pytest.mark.model
@pytest.mark.parametrize("text,designee", [
    ("Treasury Targets Suppliers\n"
     "WASHINGTON - Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) is taking "
     "action to degrade the Russian Federation's capacity to wage war by sanctioning eight individuals.\n"
     "Orion Trading LLC is being designated pursuant to E.O. 14024 for operating in the technology sector of the "
     "Russian Federation economy.\n", "Orion Trading LLC"),
])
def test_listings_default_designator(nlp, text, designee):
    doc = Document(id="t", text=text, title=text.split("\n")[0], source="U.S. Department of the Treasury")
    ex = extract_from_doc(nlp(text), doc)
    designators = {s.subject.label for s in ex.statements if s.relation == "designates" and s.object.label == designee}
    assert designators == {"United States"}
