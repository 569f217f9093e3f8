"""A person holding an office the United States does not have (a prime minister, a king) serves
another state: words between that person and the United States are not U.S. domestic politics."""

import pytest

from graphbuild.domestic import _FOREIGN_ROLES

pytestmark = pytest.mark.model

_US_HOME = ("The State Department said on Monday that the United States was concerned about the vote. "
            "Washington has urged restraint, U.S. officials said. The U.S. Embassy issued a statement. ")


@pytest.mark.parametrize("text, subject", [
    (_US_HOME + "Prime Minister Tran Van Loc denounced the United States on Friday.", "Tran Van Loc"),
    (_US_HOME + "King Ardan Solvei criticized the United States on Friday.", "Ardan Solvei"),
])
def test_domestic_foreign_roles_kept(extract_statements, text, subject):
    found = {(s.subject.label, s.relation, s.object.label) for s in extract_statements(text)}
    assert (subject, "condemns", "United States") in found, found


@pytest.mark.parametrize("role", ["prime minister", "king"])
def test_domestic_foreign_roles_listed(role):
    assert role in _FOREIGN_ROLES
