"""Who speaks in a document: its declared "we", its publisher, the speaker of a quote or of a
reported clause.

"We" outside quotes is the speaker the text names ("We, the Leaders of the G7"), else the
publishing government (a government source, a statement or readout title, the states in a joint
statement's title); inside quotes, the quoted speaker. Used by :mod:`graphbuild.extract`.

Examples:
    >>> bool(_JOINT_TITLE.match("A Joint Statement from the Governments of A and B"))
    True
"""

from __future__ import annotations

import re

from .prose import doc_text, tokens_with
from .sentences import sentence_of
from .statement import Actor

_WE = frozenset({"we"})

__all__ = ["in_quotes", "declared_speakers", "first_person_resolver", "co_issuers", "publisher", "speaker_args",
           "according_to"]

_GOV_SOURCE = re.compile(r"White House|Department|Treasury|Ministry|Government|Embassy|Mission|"
                         r"Office of|Secretary|Prime Minister", re.IGNORECASE)
_QUOTES = "\"\u201c\u201d"


def acting(actor: Actor, by_id: dict) -> Actor:
    """The actor a person or organ acts for (:func:`graphbuild.assemble.acting`)."""
    from .assemble import acting as _acting

    return _acting(actor, by_id)


def in_quotes(tok) -> bool:
    sent = sentence_of(tok)
    before = doc_text(tok.doc)[sent.start_char:tok.idx]
    return sum(before.count(q) for q in _QUOTES) % 2 == 1


def declared_speakers(doc, index, by_id) -> tuple:
    """The actors a text names as its "we" ("We, the Leaders of the G7, condemn ..."): the actors
    in the apposition of the first "we" outside quotes that has one, in text order.

    Args:
        doc: The parsed document.
        index: Token index -> mention (see ``_index``).
        by_id: Actor id -> actor of the document's mentions.

    Returns:
        The declared speakers (persons and organs counted for the actor they act for), or ``()``.
    """
    if not doc.has_annotation("DEP"):
        return ()
    for tok in tokens_with(doc, _WE):
        if in_quotes(tok):
            continue
        appos = [c for c in tok.children if c.dep_ == "appos"]
        if not appos:
            continue
        out: dict = {}
        for c in appos:
            for t in c.subtree:
                m = index.get(t.i)
                if m is None or m.actor.type == "Place":
                    continue
                a = acting(m.actor, by_id)
                if a.type != "Place" and (a.type != "Person" or a is not m.actor):
                    out.setdefault(a.id, a)
        if out:
            return tuple(out.values())
    return ()


def first_person_resolver(doc, document, mentions, by_id, state, declared=()):
    """Resolve "we"/"our" outside quotes to the speaker the text declares ("We, the Leaders of
    the G7"), else the publishing government; inside quotes to the quoted speaker."""
    issuer = declared[0] if declared else publisher(document.source, by_id)
    if issuer is None and (document.source and _GOV_SOURCE.search(document.source) or (
            document.title and document.title.lower().startswith(("statement", "readout", "joint statement")))):
        for m in mentions:
            a = acting(m.actor, by_id)
            if a.type == "State":
                issuer = a
                break

    def resolve(tok):
        if tok is None:
            return issuer
        if in_quotes(tok) or state.get("speaker_for_quotes"):
            speaker = state.get("speaker")
            return speaker
        return issuer

    return resolve


_JOINT_TITLE = re.compile(r"^\W*(?:an?\s+)?joint\s+statement\b", re.IGNORECASE)


def co_issuers(document, mentions, by_id) -> tuple:
    """The states named in the title of a joint statement ("A Joint Statement from the Governments
    of A, B and C"), in title order; empty for any other document."""
    title = (document.title or "").strip()
    if not title or not _JOINT_TITLE.match(title) or not document.text.startswith(title):
        return ()
    out: dict = {}
    for m in mentions:
        if m.end <= len(title):
            a = acting(m.actor, by_id)
            if a.type == "State":
                out.setdefault(a.id, a)
    return tuple(out.values())


def publisher(source: str | None, by_id: dict) -> Actor | None:
    """The state whose organ published the document ("U.S. Department of the Treasury press release")."""
    if not source:
        return None
    name = re.split(r"\s*[(;,]|\s+press\b|\s+via\b", source, maxsplit=1)[0].strip()
    try:
        from .gazetteer import load_gazetteer

        actor = load_gazetteer().lookup(name)
    except Exception:  # noqa: BLE001 - no gazetteer, no publisher
        return None
    if actor is None or actor.type not in ("State", "GovernmentOrgan"):
        return None
    state = acting(actor, by_id)
    return state if state.type == "State" else None


def speaker_args(ctx, speech) -> list:
    from .arguments import verb_subjects

    if speech is None:
        return []
    try:
        subs, _ = verb_subjects(ctx, speech)
    except RecursionError:
        return []
    return subs


def according_to(ctx, sent) -> list:
    from .arguments import phrase_args

    for t in sent:
        if t.lower_ == "according":
            for c in t.children:
                if c.lower_ == "to":
                    return [a for p in c.children if p.dep_ == "pobj" for a in phrase_args(ctx, p)]
    return []
