"""Thanks the tagger read as a noun: "The United States thanks Ruritania for its leadership".

Statements open with "X thanks Y for ...", and the tagger often takes "thanks" for a plural noun
even though the parse gives it a subject and an object, so the verb rule of ``praises`` (which starts
at verbs) never sees it. :func:`thanks_candidates` reads such a "thanks" with the verb rule of
"thank" (``data/triggers.yaml``): X praises Y. A noun "thanks" without a subject and an object of its
own ("thanks to X's help", "our thanks go to X") is left to the other rules.

:func:`gapped_thanks_candidates` reads the second thanked party of a gapped list, "we thank X for A,
and Y for B" (the parser hangs Y on the verb or on A, and the verb rule sees only X): Y is praised
too when a "for" phrase of its own follows it.
"""

from __future__ import annotations

import re

from .listings import doc_mentions_any
from .prose import doc_text
__all__ = ["thanks_candidates", "gapped_thanks_candidates"]

#: Verbs of praise that take the reason in a "for" phrase ("commend X for A and Y for B").
_FOR_VERBS = frozenset({"thank", "thanks", "commend", "congratulate", "praise", "applaud", "salute", "laud"})
_NAMES = frozenset({"PROPN", "NOUN"})

_GATE = re.compile(r"\bthanks\b")
_BREAKS = frozenset({":", ";", "\u201c", "\u201d", '"', "(", ")"})


def thanks_candidates(ctx, sent) -> list:
    """``praises`` candidates of a "thanks" tagged as a noun that has a subject and an object.

    Args:
        ctx: The document context of :mod:`graphbuild.relations`.
        sent: A sentence span.

    Returns:
        Candidates from the thanker to the thanked.
    """
    if not doc_mentions_any(ctx.doc, "thanks", _GATE):
        return []
    from .verbs import verb_candidates

    out = []
    for t in sent:
        if t.lower_ != "thanks" or t.pos_ in ("VERB", "AUX"):
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
        if subj is None or not any(c.dep_ == "dobj" and c.i > t.i for c in t.children) or any(
                x.text in _BREAKS for x in sent.doc[subj.i:t.i]):
            continue  # 'Council head X: "The Council thanks Y"': the subject the parse gives is the quote's speaker
        sent_low = doc_text(sent.doc)[sent.start_char:sent.end_char].lower()
        for rel, opts in ctx.lex.verbs.get("thank", ()):
            if rel == "praises":
                out += verb_candidates(ctx, t, rel, opts, sent_low)
    return out


def _gapped(v, first_for) -> list:
    """The tokens that start a further "Y for B" pair after the first "for" phrase of ``v``: a noun
    hung on the verb, or on the object of that "for" phrase, with a "for" phrase of its own or of the
    verb after it."""
    later = [c.i for c in v.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > first_for.i]
    heads = [v] + [p for p in first_for.children if p.dep_ in ("pobj", "pcomp")]
    out = []
    for h in heads:
        todo = [c for c in h.children if c.dep_ == "conj"]
        while todo:
            y = todo.pop()
            todo += [c for c in y.children if c.dep_ == "conj"]
            if y.pos_ not in _NAMES or y.i < first_for.i:
                continue
            if any(c.dep_ == "prep" and c.lower_ == "for" for c in y.children) or any(i > y.i for i in later):
                out.append(y)
    return out


def gapped_thanks_candidates(ctx, sent, found) -> list:
    """``praises`` candidates of the further parties of "X thanks Y for A, and Z for B".

    Args:
        ctx: The document context of :mod:`graphbuild.relations`.
        sent: A sentence span.
        found: The candidates the other rules found in the sentence (read, not changed).

    Returns:
        Candidates from each thanker to each further party thanked.
    """
    praised = [c for c in found if c.relation == "praises" and c.trigger.lemma_.lower() in _FOR_VERBS
               and sent.start <= c.trigger.i < sent.end]
    if not praised:
        return []
    from .arguments import phrase_args
    from .relations import Candidate, _dedupe

    out = []
    for i in sorted({c.trigger.i for c in praised}):
        v = sent.doc[i]
        fors = [c for c in v.children if c.dep_ == "prep" and c.lower_ == "for"]
        if not fors:
            continue
        mine = [c for c in praised if c.trigger.i == i]
        subs = _dedupe([c.subject for c in mine])
        have = {c.object.actor.id for c in mine} | {a.actor.id for a in subs}
        for y in _gapped(v, fors[0]):
            for a in phrase_args(ctx, y, conj=False):
                if a.actor.id not in have:
                    have.add(a.actor.id)
                    out += [Candidate("praises", s, a, v, mine[0].kind, mine[0].hops, modality=mine[0].modality,
                                      exempt=mine[0].exempt) for s in subs]
    return out
