"""Unnamed armed men: "Insurgents attacked a military base", "gunmen stormed the hotel".

A report of fighting often never names the group behind an attack: the attackers are "insurgents",
"militants" or "gunmen" throughout. When no armed group is named in the noun's sentence, the three
before it or the two after it (so that the words cannot stand for one the reader was just told of,
or is about to be told claimed the attack), such a plural noun is a mention of one unnamed
``ArmedGroup`` of the document, labelled by the first noun used ("insurgents"); every later such
noun of the document is the same actor. A noun with a possessor ("its militants"), with a people or
place of its own ("militants from Chechnya", "Syrian rebels", read by :mod:`graphbuild.entities`),
or used as a modifier ("militant attacks") is left alone, and so is
"terrorists" (a word of political speech more often than of a report: "we will defeat terrorists").

An attack's unnamed agent is a person of its own: "the ringleader of Saturday's attack in London",
"the alleged killer in the Strasbourg market attack" (an agent noun of ``triggers.yaml`` with an
attack noun in its "of / in / behind" phrase, no name beside it, no earlier mention that
coreference gave it, and no person acting for no one named in its sentence or the one before or
after, who may be the agent: "the suspect in the X attack. Y, 29, lived ...") is a mention of one
unnamed ``Person`` per noun and document ("ringleader"), so that
:func:`graphbuild.culprits.agent_candidates` can read the attack (:func:`unnamed_agent_mentions`).

Both run at the end of :func:`graphbuild.coref.resolve_coreference`, once per document.

Examples:
    >>> unnamed_label("Gunmen"), unnamed_label("troops")
    ('gunmen', None)
"""

from __future__ import annotations

import hashlib

from .prose import tokens_with
from .statement import Actor, Mention

__all__ = ["ARMED_MEN", "unnamed_label", "unnamed_armed_mentions", "unnamed_agent_mentions"]

#: Plural nouns for armed men that a report uses when it names no group.
ARMED_MEN = frozenset({"insurgents", "militants", "gunmen", "rebels", "extremists", "jihadists", "guerrillas",
                       "guerillas", "militiamen"})
#: Children that tie the men to a people, place or group the text names ("militants from X", "of X").
_TIES = frozenset({"from", "of", "with", "loyal", "linked", "allied", "backed"})
#: Sentences back and ahead in which a named armed group makes the noun its men, not an unnamed group.
_WINDOW = (3, 2)


def unnamed_label(word: str) -> str | None:
    """The label of an unnamed group named by ``word``, or None when it is no armed-men noun."""
    low = word.lower()
    return low if low in ARMED_MEN else None


def _bare(tok) -> bool:
    """A plural armed noun that stands on its own: no possessor, no name or people before it, no tie
    after it, not a modifier of another noun."""
    if tok.pos_ != "NOUN" or tok.dep_ in ("compound", "amod", "poss", "nmod"):
        return False
    for c in tok.children:
        if c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and (c.is_title or c.ent_type_)
                                and c.i < tok.i and not c.is_sent_start):
            return False
        if c.dep_ in ("prep", "acl", "amod") and c.lower_ in _TIES:
            return False
    return True


def unnamed_armed_mentions(doc, mentions) -> tuple:
    """``mentions`` plus one mention per bare armed-men noun not yet covered, all of one unnamed
    ``ArmedGroup`` of the document, when the document names no armed group.

    Args:
        doc: A parsed ``Doc``.
        mentions: The document's mentions, sorted and non-overlapping.

    Returns:
        The mentions, sorted by start.
    """
    hits = tokens_with(doc, ARMED_MEN)
    if not hits:
        return tuple(mentions)
    from bisect import bisect_right

    from .sentences import sentence_bounds

    starts = [doc[s].idx for s, _ in sentence_bounds(doc)]
    named = {bisect_right(starts, m.start) - 1 for m in mentions if m.actor.type == "ArmedGroup"}
    taken = [(m.start, m.end) for m in mentions]
    actor, out = None, list(mentions)
    for tok in hits:
        start, end = tok.idx, tok.idx + len(tok.text)
        k = bisect_right(starts, start) - 1
        near = set(range(k - _WINDOW[0], k + _WINDOW[1] + 1))
        if any(s < end and start < e for s, e in taken) or not _bare(tok) or named & near:
            continue
        if actor is None:
            label = unnamed_label(tok.text)
            key = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()[:10]
            actor = Actor(f"ner-unnamed-{label}-{key}", label, "ArmedGroup")
        out.append(Mention(actor, tok.text, start, end))
    return tuple(sorted(out, key=lambda m: (m.start, m.end)))


def _agent_of_event(tok, agents, events) -> bool:
    """A singular agent noun with an attack noun in its "of / in / behind" phrase and no name of its own
    beside it ("the ringleader of the attack", not "X, the ringleader of the attack", nor "the Hamas
    bomber")."""
    if tok.lemma_ not in agents or tok.tag_ != "NN" or tok.dep_ in ("compound", "appos", "attr"):
        return False
    if any(c.dep_ in ("appos", "compound", "nmod", "poss") and (c.ent_type_ or c.pos_ in ("PROPN", "PRON"))
           for c in tok.children):
        return False
    if tok.head.dep_ == "appos" or any(c.dep_ == "appos" for c in tok.head.children if c.i == tok.i):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("of", "in", "behind") and any(
        p.dep_ == "pobj" and p.lemma_ in events for p in c.children) for c in tok.children)


def unnamed_agent_mentions(doc, mentions, agents, events) -> tuple:
    """``mentions`` plus one mention per unnamed agent of an attack (see the module docstring).

    Args:
        doc: A parsed ``Doc``.
        mentions: The document's mentions, sorted and non-overlapping.
        agents: Agent nouns ("bomber", "ringleader").
        events: Attack event nouns ("attack", "bombing").

    Returns:
        The mentions, sorted by start.
    """
    hits = tokens_with(doc, agents)
    if not hits:
        return tuple(mentions)
    from bisect import bisect_right

    from .sentences import sentence_bounds

    starts = [doc[s].idx for s, _ in sentence_bounds(doc)]
    named = {bisect_right(starts, m.start) - 1 for m in mentions if m.actor.type == "Person" and not m.actor.acts_for}
    taken = [(m.start, m.end) for m in mentions]
    out, actors = list(mentions), {}
    for tok in hits:
        start, end = tok.idx, tok.idx + len(tok.text)
        k = bisect_right(starts, start) - 1
        if any(s < end and start < e for s, e in taken) or not _agent_of_event(tok, agents, events) \
                or named & {k - 1, k, k + 1}:
            continue  # a person named next to it may be the one ("the suspect in the X attack. Y, 29, ...")
        if tok.lemma_ not in actors:
            key = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()[:10]
            actors[tok.lemma_] = Actor(f"ner-unnamed-{tok.lemma_}-{key}", tok.lemma_, "Person")
        out.append(Mention(actors[tok.lemma_], tok.text, start, end))
    return tuple(sorted(out, key=lambda m: (m.start, m.end)))
