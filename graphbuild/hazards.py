"""A storm is no attacker: "Hurricanes Harvey, Irma and Maria, which struck Texas and Florida", "the
typhoon hit the Philippines", "an earthquake struck Iran".

The named-entity tagger takes a hurricane's name for a person or a place, and "struck", "hit" and
"battered" are attack verbs, so a natural disaster became an attack on the place it hit. An attack
whose attacker is named with a hazard word (in its name, as its head noun or a modifier, or as the
head of the list it is in) is dropped, and so is any other candidate with a hazard as a side (two
storms that "struck" together are no partners).

Called from :func:`graphbuild.brands.drop_name_parts` on each sentence's candidates.

Examples:
    >>> import spacy
    >>> doc = spacy.blank("en")("Hurricane Irma struck Florida.")
    >>> doc[0].dep_, doc[0].head = "compound", doc[1]
    >>> hazard_named(doc[1])
    True
"""

from __future__ import annotations

__all__ = ["HAZARDS", "hazard_named", "drop_hazard_attacks"]

#: Natural hazards that "strike" and "hit" (lower case; plural forms by lemma or an added "s").
HAZARDS = frozenset({"hurricane", "storm", "typhoon", "cyclone", "tornado", "earthquake", "quake", "tsunami",
                     "flood", "flooding", "wildfire", "blizzard", "drought", "landslide", "mudslide", "avalanche",
                     "eruption", "volcano", "monsoon", "heatwave", "epidemic", "pandemic", "outbreak"})


#: What the tagger takes a hazard's name for (a state, organ or armed group is never one: "Japan's forces
#: and U.S. forces", misparsed as a list with the tsunami, stay).
_NAMED_AS = frozenset({"Person", "Place", "Organization"})


def _hazard_word(t) -> bool:
    low = t.lower_
    return low in HAZARDS or low.rstrip("s") in HAZARDS or t.lemma_.lower() in HAZARDS


def hazard_named(tok) -> bool:
    """Whether the phrase of ``tok`` names a hazard: the token, its compound or modifier words, or those
    of the heads it is coordinated with or attached to ("Hurricanes Harvey, Irma and Maria")."""
    t = tok
    for _ in range(4):
        if _hazard_word(t) or any(c.dep_ in ("compound", "amod", "nmod") and _hazard_word(c) for c in t.children):
            return True
        if t.dep_ not in ("conj", "compound", "appos", "flat") or t.head.i == t.i:
            return False
        t = t.head
    return False


def drop_hazard_attacks(candidates: list) -> list:
    """``candidates`` without those of which a natural hazard is a side (an attack it "struck", or the
    partnership of two storms "striking" together)."""
    return [c for c in candidates if not any(a.token is not None and a.actor.type in _NAMED_AS
                                             and hazard_named(a.token) for a in (c.subject, c.object))]
