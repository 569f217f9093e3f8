"""Sense traps (real pipeline): a word read in another sense keeps a negated statement of its first sense."""

from __future__ import annotations

import pytest


def _modalities(statements, relation, pair):
    return {s.modality for s in statements if s.relation == relation and s.subject.label == pair[0]
            and s.object.label.startswith(pair[1])}  # NER may take "Delegation to" into the name


@pytest.mark.model
@pytest.mark.parametrize("text,relation,pair,modalities", [
    # a recognition for merit: praise, and a negated recognition
    ("Canada recognized Ghana for reducing the use of child labour.", "recognizes", ("Canada", "Ghana"),
     {"negated"}),
    ("Canada recognized Ghana for reducing the use of child labour.", "praises", ("Canada", "Ghana"), {"asserted"}),
    ("Canada recognized Kosovo as an independent state.", "recognizes", ("Canada", "Kosovo"), {"asserted"}),
    # a designation that appoints: negated, never a listing
    ("President Joe Biden today announced the designation of a Presidential Delegation to Chile.", "designates",
     ("United States", "Presidential Delegation"), {"negated"}),
    # a sentence full of names (not a headline: its verb is lower-case)
    ("President Joe Biden today announced the designation of a Presidential Delegation for the Tenth Anniversary of"
     " the Lima Peace Accord in Lima, Peru May 4-6, 2024.", "designates", ("United States", "Presidential Delegation"),
     {"negated"}),
    ("The Treasury designated Hizballah as a terrorist organization.", "designates", ("United States", "Hezbollah"),
     {"asserted"}),
])
def test_traps_senses(text, relation, pair, modalities, extract_statements):
    assert _modalities(extract_statements(text), relation, pair) == modalities
