"""Money given to an actor, and a joint launch, are cooperation (contributions.contribution_candidates)."""

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected, absent", [
    ("Norway's contribution to the World Bank doubled this year.", ("Norway", "cooperates", "World Bank"),
     None),
    ("Since 2015 Japan has contributed $300 million to UNICEF for vaccines.", ("Japan", "cooperates", "UNICEF"), None),
    ("The strategy builds on the partnership France launched with Kenya in March.", ("France", "cooperates", "Kenya"),
     None),
    ("Cheap oil contributed $2 million to Germany's trade deficit last year.", None,
     ("Cheap oil", "cooperates", "Germany")),
    ("In 2003 the United States launched a war with Iraq.", None, ("United States", "cooperates", "Iraq")),
])
def test_contributions_money_and_launches(plain_edges, text, expected, absent):
    found = plain_edges(text)
    if expected:
        assert expected in found, found
    if absent:
        assert not any(e[1] == "cooperates" and absent[2] == e[2] for e in found), found
