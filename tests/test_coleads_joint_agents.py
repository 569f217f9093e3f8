"""A role participle with two agents ("chaired by A and B", "hosted by A and B") is their cooperation;
two participles with one agent each, or one agent, are not."""

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text,expected,absent", [
    ("The forum, hosted by Kenya and Norway, ended on Friday.", ("Kenya", "cooperates", "Norway"), None),
    ("The working group will be chaired by Japan and Australia.", ("Japan", "cooperates", "Australia"), None),
    ("The talks were hosted by Qatar and mediated by Egypt.", None, ("Qatar", "cooperates", "Egypt")),
])
def test_coleads_joint_agents(text, expected, absent, assert_edges):
    assert_edges(text, expected, absent, source="The White House")
