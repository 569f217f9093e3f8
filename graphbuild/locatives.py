"""A state that only locates a place: "met X in Dubai, the United Arab Emirates", "talks in Kobe,
Japan". A list goes on with "and"/"or" ("in Gaza, Lebanon and Syria") and is left alone.

The parser often takes the country after "City," for a conjunct of the phrase before it, so the
country became a party of the meeting. A state named right after a place and a comma (with at most
"the" between) says where the place is; it is no argument.

Examples:
    >>> import spacy
    >>> doc = spacy.blank("en")("He met Sisi in Dubai, the United Arab Emirates, on Friday.")
    >>> after_place_comma(doc[8], lambda t: t.i == 4)
    True
    >>> after_place_comma(doc[4], lambda t: False)
    False
"""

from __future__ import annotations

__all__ = ["after_place_comma", "drop_locating_states"]


def after_place_comma(tok, is_place) -> bool:
    """Whether the name ending at ``tok`` follows "<place>, (the)" with its first word.

    Args:
        tok: Any token of the state's name (the name's first word is found by walking back over
            capitalised words).
        is_place: Whether a token is (part of) a place name.
    """
    doc = tok.doc
    i = tok.i
    while i > 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].text.lower() != "the" and doc[i - 1].is_alpha:
        i -= 1
    if i > 0 and doc[i - 1].lower_ == "the":
        i -= 1
    if i < 2 or doc[i - 1].text != ",":
        return False
    return bool(is_place(doc[i - 2]))


def drop_locating_states(ctx, candidates: list) -> list:
    """``candidates`` without those whose subject or object is a state that locates the place named just
    before it ("in Dubai, the United Arab Emirates"). An attack keeps it: "the attack in Moscow, Russia"
    is one on Russia."""
    def locating(arg) -> bool:
        tok = arg.token
        if tok is None or arg.actor.type != "State" or tok.dep_ not in ("conj", "appos", "npadvmod"):
            return False
        if any(c.dep_ in ("cc", "conj") for c in (*tok.children, *tok.head.children) if c.i != tok.i):
            return False  # a list: "in Gaza, Lebanon and Syria"
        return after_place_comma(tok, lambda t: (ctx.index.get(t.i) is not None
                                                 and ctx.index[t.i].actor.type == "Place"))

    return [c for c in candidates if c.relation == "attacks" or not (locating(c.object) or locating(c.subject))]
