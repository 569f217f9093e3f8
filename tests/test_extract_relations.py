"""Relation patterns: hand-built parses with a hand-made mention index (fast) and real prose (model)."""

from __future__ import annotations

import pytest

from graphbuild.namespace import RELATIONS
from graphbuild.statement import Actor, Mention

ACTORS = {
    "United States": Actor("united-states", "United States", "State"),
    "Japan": Actor("japan", "Japan", "State"),
    "Hamas": Actor("hamas", "Hamas", "ArmedGroup"),
    "Russia": Actor("russia", "Russia", "State"),
    "Taliban": Actor("taliban", "Taliban", "ArmedGroup"),
}


def _context(doc, names):
    from graphbuild.relations import Context, Memory, load_lexicon

    index = {t.i: Mention(ACTORS[names[t.i]], t.text, t.idx, t.idx + len(t)) for t in doc if t.i in names}
    return Context(doc, index, load_lexicon(), lambda tok: None, Memory(), lambda tok: [])


@pytest.mark.parametrize("words,heads,deps,pos,tags,lemmas,names,expected", [
    # "Japan and Hamas ... designated": coordination of subjects
    (["Washington", "and", "Tokyo", "designated", "Hamas", "."], [3, 0, 0, 3, 3, 3],
     ["nsubj", "cc", "conj", "ROOT", "dobj", "punct"], ["PROPN", "CCONJ", "PROPN", "VERB", "PROPN", "PUNCT"],
     ["NNP", "CC", "NNP", "VBD", "NNP", "."], ["Washington", "and", "Tokyo", "designate", "Hamas", "."],
     {0: "United States", 2: "Japan", 4: "Hamas"},
     {("designates", "united-states", "hamas"), ("designates", "japan", "hamas")}),
    # passive with a by-agent
    (["Hamas", "was", "designated", "by", "Japan", "."], [2, 2, 2, 2, 3, 2],
     ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct"],
     ["PROPN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"], ["NNP", "VBD", "VBN", "IN", "NNP", "."],
     ["Hamas", "be", "designate", "by", "Japan", "."], {0: "Hamas", 4: "Japan"},
     {("designates", "japan", "hamas")}),
    # nominalization with a possessor: "Russia's meeting with the Taliban"
    (["Russia", "'s", "meeting", "with", "Taliban", "ended", "."], [2, 0, 5, 2, 3, 5, 5],
     ["poss", "case", "nsubj", "prep", "pobj", "ROOT", "punct"],
     ["PROPN", "PART", "NOUN", "ADP", "PROPN", "VERB", "PUNCT"], ["NNP", "POS", "NN", "IN", "NNP", "VBD", "."],
     ["Russia", "'s", "meeting", "with", "Taliban", "end", "."], {0: "Russia", 4: "Taliban"},
     {("meets", "russia", "taliban")}),
    # "recognize its ties": a sense trap, kept as a negated statement
    (["Taliban", "recognized", "ties", "to", "Russia", "."], [1, 1, 1, 2, 3, 1],
     ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"], ["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
     ["NNP", "VBD", "NNS", "IN", "NNP", "."], ["Taliban", "recognize", "tie", "to", "Russia", "."],
     {0: "Taliban", 4: "Russia"}, {("recognizes", "taliban", "russia")}),
])
def test_extract_patterns_hand_built(words, heads, deps, pos, tags, lemmas, names, expected):
    import spacy
    from spacy.tokens import Doc

    from graphbuild.patterns import sentence_candidates

    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    cands = sentence_candidates(next(iter(doc.sents)), _context(doc, names))
    assert {(c.relation, c.subject.actor.id, c.object.actor.id) for c in cands} == expected
    traps = [c for c in cands if c.relation == "recognizes"]
    assert all(c.modality == "negated" for c in traps)


@pytest.mark.parametrize("section", ["triggers", "modality"])
def test_extract_data_files_are_strings(section):
    """YAML reads bare on/no/yes as booleans; every listed cue must stay a word."""
    from pathlib import Path

    import yaml

    data = yaml.safe_load((Path(__file__).parent.parent / "graphbuild" / "data" / f"{section}.yaml").read_text())

    def leaves(x, listed=False):
        if isinstance(x, dict):
            for v in x.values():
                yield from leaves(v)
        elif isinstance(x, list):
            for v in x:
                yield from leaves(v, True)
        elif listed:
            yield x

    assert all(not isinstance(v, bool) for v in leaves(data))
    if section == "triggers":
        assert set(data) == set(RELATIONS)


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("The United States, South Korea and Japan issued designations targeting officials of North Korea.",
     {("United States", "designates", "North Korea"), ("South Korea", "designates", "North Korea"),
      ("Japan", "designates", "North Korea")}),
    ("Hamas was designated by the State Department in 1997.", {("United States", "designates", "Hamas")}),
    ("The United States, which had warned Russia about the plot, blamed the Islamic State.",
     {("United States", "warns", "Russia"), ("United States", "blames", "ISIS")}),
    ("The Islamic State claimed responsibility for the attack on Moscow.", {("ISIS", "attacks", "Russia")}),
    ("Iran's cyberattack against Albania destroyed government data.", {("Iran", "attacks", "Albania")}),
    ("Colombia blamed the ELN for the bombing of a police academy in Bogota.",
     {("Colombia", "blames", "National Liberation Army")}),
    ("Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing.", {("Russia", "meets", "China")}),
    ("The Taliban has governed Afghanistan since 2021.", {("Taliban", "governs", "Afghanistan")}),
    ("Russia praised China for its mediation.", {("Russia", "praises", "China")}),
    ("Cuba hosted peace talks between Colombia and the ELN.", {("Colombia", "meets", "National Liberation Army")}),
    ("Saudi Arabia said Iran's supply of rockets to the Houthis was an act of aggression.",
     {("Saudi Arabia", "blames", "Iran")}),
    ("North Korea threatened to retaliate against South Korea.", {("North Korea", "warns", "South Korea")}),
    ("Al-Shabaab militants stormed a hotel in Mogadishu.", {("al-Shabaab", "attacks", "Mogadishu")}),
    ("President Biden recognized Prime Minister Trudeau for his leadership.", {("United States", "praises", "Canada")}),
    ("The United Nations imposed new sanctions on Russia over its invasion of Ukraine.",
     {("United Nations", "designates", "Russia"), ("Russia", "attacks", "Ukraine")}),
])
def test_extract_relations_model(text, expected, plain_edges):
    found = plain_edges(text)
    assert expected <= found, found


@pytest.mark.model
@pytest.mark.parametrize("text,absent", [
    ("Russia is considering removing the Taliban from its terrorist list.", ("Russia", "delists", "Taliban")),
    ("No state has recognized the Taliban, and China has not recognized the Taliban either.",
     ("China", "recognizes", "Taliban")),
    ("The Taliban recognized its friendly ties to Russia.", ("Taliban", "recognizes", "Russia")),
    ("The Taliban claims that the Islamic State has been weakened.", ("Taliban", "attacks", "ISIS")),
    ("Taliban spokesman speaks at a news conference in Kabul. (AP Photo/Rahmat Gul)",
     ("Taliban", "meets", "Afghanistan")),
])
def test_extract_traps_model(text, absent, plain_edges):
    assert absent not in plain_edges(text)
