"""Designees named in a heading line over the paragraph that describes them.

"Omar Farid" (or "OMAR FARID") on a line of its own, then "Omar Farid (Farid) has materially assisted
..." or "Farid is a financier ...": in a sanctions release (one that cites OFAC or an executive order)
the issuer designates the name (:func:`heading_candidates`), also when NER does not read the name.
"""

from __future__ import annotations

import re

from .prose import doc_text

__all__ = ["heading_candidates"]

_RELEASE_MARKS = re.compile(r"\bOFAC\b|\bE\.O\.|Executive Order \d")


def heading_candidates(sent, ctx) -> list:
    """A designee named in a line of its own, the heading of the paragraph that describes it: "Omar
    Farid" on one line, then "Omar Farid (Farid) has materially assisted ..." or "Farid is a financier
    ..." (the next line opens with the name or its last word). In a sanctions release (one that cites
    OFAC or an executive order) the issuer designates it.

    Args:
        sent: One sentence ``Span``.
        ctx: The extraction :class:`~graphbuild.relations.Context`.

    Returns:
        At most one ``designates`` candidate (kind ``default-agent``, asserted).
    """
    from .listings import doc_mentions_any
    from .relations import Arg, Candidate

    doc = sent.doc
    text = doc_text(doc)  # once per document, not a join of all tokens per sentence
    start = sent.start_char
    if start > 0 and text[start - 1] != "\n" or not doc_mentions_any(doc, "release", _RELEASE_MARKS):
        return []
    body = sent.text.lstrip()
    first_line = body.split("\n", 1)[0]
    line = first_line.strip().lstrip("\u2018\u2019'`\u02bf")  # "\u2018Adnan ...": an ayn opens the name
    line_end = sent.start_char + (len(sent.text) - len(body)) + len(first_line)
    words = [t for t in sent if not t.is_space and t.idx < line_end
             and t.text not in ("\u2018", "\u2019", "'", "`", "\u02bf")]
    if not words or len(words) > 10 or line[-1:] in ".:;,!?":
        return []
    m = ctx.index.get(words[0].i)
    if m is None and all(t.is_title or t.is_upper or t.lower_ in ("al", "bin", "ibn", "-") for t in words):
        # a heading NER left alone (or wrote in capitals), a name it reads in the paragraph
        m = _named_elsewhere(ctx).get(line.lower())
        line = m.text if m is not None and line.isupper() else line
    rest = text[line_end:].lstrip()
    after = rest.split("\n", 1)[0]
    if m is None and 2 <= len(words) <= 7 and all(t.is_title or t.is_upper or t.lower_ in ("al", "bin", "de", "-")
                                                  for t in words):
        m = _unread_name(line, after)  # "ERNESTO LEONEL RUIZ MEJIA" over "Ernesto Leonel Ruiz Mejia (Ruiz) was ..."
        line = m.text if m is not None else line
    if m is None or m.text != line or m.actor.type not in ("Person", "Organization") \
            or not m.actor.id.startswith("ner-"):
        return []  # the line is not one name and nothing else
    last = line.split()[-1]
    if not (after.startswith(line) or re.match(r"(?:The\s+)?" + re.escape(last) + r"\b", after)) or len(after) < 40:
        return []  # the next line does not describe the same name
    from .listings import default_designator

    issuer = default_designator(ctx)
    if issuer is None or issuer.actor.id in (m.actor.id, m.actor.acts_for):
        return []
    return [Candidate("designates", issuer, Arg(m.actor, words[0]), words[0], "default-agent", 0,
                      modality="asserted")]


def _unread_name(line: str, after: str):
    """A name NER missed, written as a heading and again at the start of the next line, before its short
    form or a verb; a ``Person`` unless the name has a firm's legal form.

    Examples:
        >>> _unread_name("OMAR NADIM FARID", "Omar Nadim Farid (Farid) was designated for ...").actor.label
        'Omar Nadim Farid'
        >>> _unread_name("OMAR NADIM FARID", "The camp holds thousands of people.") is None
        True
    """
    from .designators import FIRM_FORM as _FIRM_FORM
    from .names import canonical_label, ner_actor_id
    from .statement import Actor, Mention

    hit = re.match(re.escape(line) + r"(?=\s*\(|\s+(?:is|was|has|had|also|served|serves)\b)", after, re.IGNORECASE)
    if hit is None:
        return None
    name = hit.group()
    kind = "Organization" if _FIRM_FORM.search(name) else "Person"
    label = canonical_label(name)
    return Mention(Actor(ner_actor_id(label), label, kind), name, 0, len(name))


def _named_elsewhere(ctx) -> dict:
    """Mention text -> a mention of it, for the whole document (remembered in ``doc.user_data``)."""
    known = ctx.doc.user_data.setdefault("graphbuild.mention_texts", {})
    if not known:
        for m in ctx.index.values():
            known.setdefault(m.text.lower(), m)
        known.setdefault("", None)
    return known
