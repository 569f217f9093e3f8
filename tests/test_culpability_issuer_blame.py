""""X is to blame", "X is responsible for the killings" in a government text's own voice: the issuer
blames X; "responsible for the company's operations / for building roads" is a duty, no blame."""

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    ("Make no mistake: Belarus is to blame for this.", ("United States", "blames", "Belarus"), None),
    ("Syria is responsible for the deaths of the aid workers and the destruction of the convoy.",
     ("United States", "blames", "Syria"), None),
    ("Hamas alone is responsible for the suffering it has brought on the people of Gaza.",
     ("United States", "blames", "Hamas"), None),
    ("Iran is responsible for the day-to-day operations of the port.", None, ("United States", "blames", "Iran")),
    ("Egypt is responsible for the development of the new canal.", None, ("United States", "blames", "Egypt")),
])
def test_culpability_issuer_blame(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent, source="The White House")
