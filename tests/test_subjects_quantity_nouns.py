""""X has approved a variety of sanctions against Y", "X adopted a new round of sanctions on Y": the
quantity noun stands between the light verb and the act."""

import pytest

import graphbuild.arguments  # noqa: F401 (subjects is imported through arguments)
from graphbuild.subjects import QUANTITY_NOUNS

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    ("Canada has approved a variety of sanctions against Belarus.", ("Canada", "designates", "Belarus")),
    ("The European Union adopted a new round of sanctions on Iran on Monday.", ("European Union", "designates", "Iran")),
])
def test_subjects_quantity_nouns(plain_edges, text, expected):
    assert expected in plain_edges(text)


@pytest.mark.parametrize("word", ["variety", "round", "package"])
def test_subjects_quantity_nouns_listed(word):
    assert word in QUANTITY_NOUNS
