"""Shared roles written with "co-": "the group, co-chaired by A and B", "A and B co-hosted the
summit", "A co-led the review with B". Whoever shares the chair, the lead or the hosting works
with the others: every pair of co-agents cooperates, and so does each agent with a "with" partner
and with the known organization whose body it co-chairs ("the FATF's Contact Group, co-chaired by A
and B").

The parser splits "co-chaired" into three tokens ("co", "-", "chaired") and hangs them oddly; the
rule reads the verb after the hyphen, its "by" phrase (on any of the three tokens) and the subject
of the first. :func:`joint_agent_candidates` reads the same shared role without "co-", when a
participle of a role verb has two or more agents in its "by" phrase ("the group, chaired by A and
B", "the summit hosted by A and B").
"""

from __future__ import annotations

import re

from .arguments import _pobjs, phrase_args, verb_subjects
from .relations import _dedupe, Candidate
from .listings import doc_mentions_any
from .prose import doc_text, sentence_tokens_with

__all__ = ["co_role_candidates", "joint_agent_candidates", "SHARED_ROLES"]

#: Verbs whose "co-" form says the agents share the act.
SHARED_ROLES = frozenset({"chair", "lead", "host", "sponsor", "organize", "organise", "convene", "found",
                          "author", "facilitate", "fund", "finance", "moderate", "manage", "coordinate",
                          "develop", "draft", "head", "preside", "launch", "design", "establish"})

_GATE = re.compile(r"\bco-[a-z]", re.IGNORECASE)
_TYPES = ("State", "Organization", "ArmedGroup", "GovernmentOrgan", "Person")


def co_role_candidates(ctx, sent) -> list:
    """Cooperation among the agents of a "co-" verb in ``sent`` (see the module docstring).

    Args:
        ctx: The document context of :mod:`graphbuild.relations`.
        sent: A sentence span.

    Returns:
        ``cooperates`` candidates: each pair of agents ("coordination"), each agent with each "with"
        partner ("verb").
    """

    if not doc_mentions_any(ctx.doc, "co-role", _GATE) or not _GATE.search(sent.text):
        return []
    out = []
    doc = sent.doc
    for t in sent:
        if t.lower_ != "co" or t.i + 2 >= sent.end or doc[t.i + 1].text != "-":
            continue
        verb = doc[t.i + 2]
        if verb.lemma_.lower() not in SHARED_ROLES and verb.lower_.rstrip("eds") not in SHARED_ROLES:
            continue
        parts = (t, doc[t.i + 1], verb)
        agents = [a for h in parts for p in _pobjs(h, ("by",)) for a in phrase_args(ctx, p)]
        if not agents:
            for h in parts:
                subs, hops = verb_subjects(ctx, h)
                if subs and hops == 0:
                    agents = subs
                    break
        if not agents and t.i > sent.start and ctx.index.get(t.i - 1) is not None:
            agents = phrase_args(ctx, doc[t.i - 1])  # "Japan co-hosted" with "Japan" misparsed as a compound
        agents = _dedupe([a for a in agents if a.actor.type in _TYPES and not _describes(a)])
        heads = list(parts) + [c for h in parts for c in h.children if c.dep_ == "dobj"]
        partners = _dedupe([a for h in heads for p in _pobjs(h, ("with", "alongside")) for a in phrase_args(ctx, p)
                            if a.actor.type in _TYPES])
        home = ctx.first_person(None)
        partners += [o for o in _body_owners(ctx, parts) if o.actor.id not in {a.actor.id for a in agents}]
        for i, a in enumerate(agents):
            for b in agents[i + 1:]:
                if a.actor.id != b.actor.id and _between_actors(a.actor, b.actor, home):
                    out.append(Candidate("cooperates", a, b, verb, "coordination"))
            for b in partners:
                if a.actor.id != b.actor.id and _between_actors(a.actor, b.actor, home):
                    out.append(Candidate("cooperates", a, b, verb, "verb"))
    return out


def _body_owners(ctx, parts) -> list:
    """The organization whose body the agents co-chair: "the FATF's Contact Group, the body which is
    co-chaired by A and B" (the noun the "co-" verb qualifies, through an apposition, owned by a
    known organization)."""
    noun = next((h.head for h in parts if h.dep_ in ("acl", "relcl") and h.head.pos_ in ("NOUN", "PROPN")), None)
    out = []
    for _ in range(2):
        if noun is None:
            break
        out += [a for c in noun.children if c.dep_ in ("poss", "compound") for a in phrase_args(ctx, c)
                if a.actor.type == "Organization" and not _unknown(a.actor)]
        out += [a for p in _pobjs(noun, ("of",)) for a in phrase_args(ctx, p)
                if a.actor.type == "Organization" and not _unknown(a.actor)]
        noun = noun.head if noun.dep_ == "appos" else None
    return _dedupe(out)


def _describes(arg) -> bool:
    """An actor inside an apposition that describes another agent ("X, a citizen of Russia, co-founded")."""
    tok = arg.token
    for _ in range(4):
        if tok is None or tok.dep_ == "appos":
            return tok is not None
        if tok.dep_ not in ("pobj", "prep", "compound", "conj"):
            return False
        tok = tok.head
    return False


def _unknown(actor) -> bool:
    """An actor only NER found, tied to no known actor ("HHS", "the Gender Policy Council", a
    private person)."""
    return actor.id.startswith("ner-") and not actor.acts_for


def _between_actors(a, b, home) -> bool:
    """Whether two co-agents are two parties rather than colleagues at home: two actors the text
    ties to nothing ("co-led by HHS, NOAA and EPA", "co-chaired by Chef A and B") are most often
    offices or people of one government, and so is an unknown one beside the publishing government
    ("co-chaired by the Gender Policy Council and the National Security Council").

    Examples:
        >>> from graphbuild.statement import Actor
        >>> us, hhs = Actor("united-states", "United States", "State"), Actor("ner-hhs", "HHS", "Organization")
        >>> _between_actors(us, Actor("japan", "Japan", "State"), us), _between_actors(us, hhs, us)
        (True, False)
        >>> _between_actors(hhs, Actor("ner-noaa", "NOAA", "Organization"), None)
        False
    """
    if _unknown(a) and _unknown(b):
        return False
    home_id = getattr(home, "id", None)

    def at_home(x) -> bool:
        return home_id is not None and home_id in (x.id, x.acts_for)

    return not ((_unknown(a) and at_home(b)) or (_unknown(b) and at_home(a)))


_JOINT_GATE = re.compile(r"\b(?:chaired|hosted|led|sponsored|convened|organi[sz]ed|founded|facilitated) by\b")
_BY = frozenset({"by"})
_JOINT_ROLES = frozenset({"chair", "host", "lead", "sponsor", "convene", "organize", "organise", "found",
                          "facilitate"})


def joint_agent_candidates(ctx, sent) -> list:
    """Cooperation among two or more agents of one role participle ("chaired by A and B").

    Args:
        ctx: The document context of :mod:`graphbuild.relations`.
        sent: A sentence span.

    Returns:
        ``cooperates`` candidates between each pair of agents.
    """

    if not doc_mentions_any(ctx.doc, "joint-agents", _JOINT_GATE) or not _JOINT_GATE.search(
            doc_text(sent.doc), sent.start_char, sent.end_char):
        return []
    out = []
    home = ctx.first_person(None)
    for by in sentence_tokens_with(sent, _BY):
        v = by.head
        if by.dep_ != "agent" and not (by.dep_ == "prep" and v.tag_ == "VBN"):
            continue
        if v.lemma_.lower() not in _JOINT_ROLES or v.tag_ != "VBN" or v.i > 0 and v.doc[v.i - 1].text == "-":
            continue  # "co-chaired by": the co- rule reads it
        agents = _dedupe([a for p in by.children if p.dep_ == "pobj" for a in phrase_args(ctx, p)
                          if a.actor.type in _TYPES])
        for i, a in enumerate(agents):
            for b in agents[i + 1:]:
                if a.actor.id != b.actor.id and _between_actors(a.actor, b.actor, home):
                    out.append(Candidate("cooperates", a, b, v, "coordination", 0))
    return out
