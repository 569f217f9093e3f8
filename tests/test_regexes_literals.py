"""The literals a pattern needs, and the gate that asks for them first, agree with ``re``."""

import re

import pytest

from graphbuild.regexes import may_match, required_literals

PATTERNS = [
    r"\b(?:plac|put|includ)\w*\b[^.]{0,120}\b(?:on|in)\b[^.]{0,80}\blist\b",
    r"designat|sanction|blacklist|target|block|identif|declar",
    r"\bby (?:\S+ ){0,3}(?:aid|assistance|backing|financing|funding|help|support)\b",
    r"\bOFAC\b|\bE\.O\.|Executive Order \d",
    r"(?:coordination|tandem)\s+with\b|\balongside\b",
    r"\bco-[a-z]",
    r"(?:ab)+c?",
    r"x*y?",
]
TEXTS = [
    "they put the bank on the list", "they put the bank on the agenda", "under E.O. 13224 today",
    "backed by Iranian military aid", "acting in tandem  with the army", "a co-chair said", "abab", "",
    "the OFAC listing", "Executive Order 14024",
]


@pytest.mark.parametrize("pattern", PATTERNS)
@pytest.mark.parametrize("text", TEXTS)
def test_regexes_gate_never_hides_a_match(pattern, text):
    compiled = re.compile(pattern)
    if compiled.search(text):
        assert may_match(compiled, text)


@pytest.mark.parametrize("pattern,literals", [
    (PATTERNS[0], ("list",)),
    (PATTERNS[3], ("E.O.", "Executive Order ", "OFAC")),
    (r"(?:ab)+c?", ("ab",)),
    (r"x*y?", None),
    (r"(?i:ofac) list", (" list",)),
])
def test_regexes_required_literals_of_a_pattern(pattern, literals):
    assert required_literals(re.compile(pattern)) == literals


@pytest.mark.parametrize("pattern", [r"ofac"])
def test_regexes_case_insensitive_pattern_has_no_literals(pattern):
    assert required_literals(re.compile(pattern, re.IGNORECASE)) is None
