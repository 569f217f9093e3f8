"""A state's name inside another name: "Britain First welcomed ...", "China Daily said ...", "Iran Air".

When the named-entity tagger keeps only the state's name of a longer proper name, the state became
the subject or object of what the party, paper or airline did. A state name that modifies, as a
compound, a capitalised word outside every actor mention that heads the subject is part of another
name, unless that word is an acronym ("U.S. AI exports"), a government noun, a role or an institution
("U.S. Embassy", "UK Parliament", "the U.S. House"); as an object it stays the state ("shot down a U.S.
Chinook"). Nor is a state named in the apposition of such a name an argument ("Britain First, a party
on the periphery of UK politics, welcomed ...").

Examples:
    >>> import spacy
    >>> doc = spacy.blank("en")("Britain First welcomed the retweets.")
    >>> doc[0].dep_, doc[0].head = "compound", doc[1]
    >>> doc[1].pos_, doc[1].dep_, doc[1].head = "PROPN", "nsubj", doc[2]
    >>> name_part(doc[0], lambda t: t.i == 0, frozenset())
    True
    >>> name_part(doc[0], lambda t: t.i in (0, 1), frozenset())
    False
"""

from __future__ import annotations

from .domestic import drop_domestic_politics
from .hazards import drop_hazard_attacks
from .lexicon import load_lexicon as load_actor_words

__all__ = ["name_part", "in_unknown_apposition", "drop_name_parts"]


#: Institutions a state's name may head besides the actor words ("the U.S. House", "U.S. Coast Guard").
_INSTITUTIONS = frozenset({"house", "senate", "congress", "capitol", "consulate", "mission", "guard", "marines",
                           "corps", "command", "court", "legislature", "assembly", "delegation", "special",
                           "white", "joint", "federal", "central", "supreme", "coast", "border", "customs",
                           "armed", "naval", "military", "navy", "army"})


def name_part(tok, in_mention, keep_words) -> bool:
    """Whether the state name at ``tok`` modifies a capitalised word that is not in a mention.

    Args:
        tok: The state name's token.
        in_mention: Whether a token belongs to the same actor mention as ``tok`` or to any mention.
        keep_words: Lower-case head words that keep the state reading ("embassy", "minister").
    """
    head = tok.head
    if tok.dep_ != "compound" or head.i == tok.i or head.i < tok.i or head.pos_ != "PROPN":
        return False
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False  # "shot down a U.S. Chinook (helicopter)": a thing of the state's, not a name for a doer
    if not head.is_title or head.lower_ in keep_words or head.lemma_.lower() in keep_words:
        return False
    return not in_mention(head)


def in_unknown_apposition(tok, in_mention) -> bool:
    """Whether ``tok`` sits in the apposition of a proper name outside every mention ("Britain First,
    a party on the periphery of UK politics, welcomed ...": "UK" describes the party, it is not it).

    Examples:
        >>> import spacy
        >>> doc = spacy.blank("en")("Acme, a firm in Japan, said so.")
        >>> for i, (h, d) in enumerate([(5, "nsubj"), (0, "punct"), (3, "det"), (0, "appos"), (3, "prep"),
        ...                             (4, "pobj"), (5, "punct"), (5, "ROOT"), (7, "advmod"), (7, "punct")]):
        ...     doc[i].head, doc[i].dep_ = doc[h], d
        >>> doc[0].pos_ = "PROPN"
        >>> in_unknown_apposition(doc[5], lambda t: t.i == 5)
        True
    """
    t, through, nested = tok, False, False
    for _ in range(8):
        if t.head.i == t.i:
            return False
        nested = nested or t.dep_ in ("pobj", "prep")  # "our NATO Ally, Albania": the apposition is the state
        through = through or (t.dep_ == "appos" and nested)
        t = t.head
        if through and t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and not in_mention(t):
            return True
        if through and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            return False  # the apposition of a known name, or of a common noun
    return False


def drop_name_parts(ctx, candidates: list) -> list:
    """``candidates`` without those whose subject or object is a state named inside another name."""

    words = None

    def part(arg) -> bool:
        nonlocal words
        tok = arg.token
        if tok is None or arg.actor.type != "State":
            return False
        if in_unknown_apposition(tok, lambda t: ctx.index.get(t.i) is not None):
            return True
        if tok.dep_ != "compound":
            return False
        if words is None:
            lex = load_actor_words()
            words = frozenset(lex.government_nouns | lex.role_words | lex.generic_org_words | _INSTITUTIONS)
        return name_part(tok, lambda t: ctx.index.get(t.i) is not None, words)

    # "In Virginia, X denounced Trump": politics inside the United States (graphbuild.domestic); "Hurricane
    # Irma struck Florida": no attacker (graphbuild.hazards)
    kept = [c for c in candidates if not (part(c.subject) or part(c.object))]
    return drop_hazard_attacks(drop_domestic_politics(ctx, kept))
