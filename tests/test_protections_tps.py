"""Temporary Protected Status is a protection, not a listing: only negated listing readings (real pipeline)."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,relation,pair", [
    ("The United States granted Temporary Protected Status to Nepalis after the 2015 earthquake.", "designates",
     ("United States", "Nepal")),
    ("The administration said it would terminate TPS for Sudan next year.", "delists", ("United States", "Sudan")),
    ("Lawmakers urged the administration to renew Yemen's TPS designation.", "designates", ("United States", "Yemen")),
])
def test_protections_tps(text, relation, pair, extract_statements):
    found = {s.modality for s in extract_statements(text) if s.relation == relation
             and (s.subject.label, s.object.label) == pair}
    assert found == {"negated"}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ecuador set an example by granting temporary protected status to Venezuelans.",
])
def test_protections_tps_other_states(text, extract_statements):
    assert not [s for s in extract_statements(text) if s.relation in ("designates", "delists")]
