"""Thanks the tagger read as a noun: "The United States thanks Ruritania for its leadership".

Statements open with "X thanks Y for ...", and the tagger often takes "thanks" for a plural noun
even though the parse gives it a subject and an object, so the verb rule of ``praises`` (which starts
at verbs) never sees it. :func:`thanks_candidates` reads such a "thanks" with the verb rule of
"thank" (``data/triggers.yaml``): X praises Y. A noun "thanks" without a subject and an object of its
own ("thanks to X's help", "our thanks go to X") is left to the other rules.
"""

from __future__ import annotations

import re

from .listings import doc_mentions_any
from .prose import doc_text
__all__ = ["thanks_candidates"]

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
