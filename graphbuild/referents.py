"""What a class noun stands for: its listed examples, its seat, or neither.

"U.S. adversaries such as Syria and Venezuela" stands for Syria and Venezuela (not the U.S., whom they
oppose); "leaders such as Xi and Putin" for the two persons; "the regime in Pyongyang" for North Korea
(a capital: its state); "Trump's critics" and "Iran's enemies" for neither Trump nor Iran. Used by
:func:`graphbuild.arguments.phrase_args`.

Examples:
    >>> "adversary" in EXAMPLE_HEADS, "regime" in SEAT_HEADS, "critic" in OPPONENT_NOUNS
    (True, True, True)
"""

from __future__ import annotations

__all__ = ["EXAMPLE_HEADS", "LEADER_HEADS", "SEAT_HEADS", "OPPONENT_NOUNS", "examples", "seated"]

#: Nouns for a kind of leader whose "such as" phrase lists the persons they stand for.
LEADER_HEADS = frozenset({"leader", "strongman", "autocrat", "dictator", "ruler", "head", "president",
                          "counterpart"})
#: Government nouns whose "in" phrase names their state ("the regime in Pyongyang").
SEAT_HEADS = frozenset({"regime", "government", "authority", "leadership", "junta", "administration"})
#: People or states named by whom they oppose: "Trump's critics", "Iran's enemies" are not Trump or Iran.
OPPONENT_NOUNS = frozenset({"critic", "opponent", "detractor", "enemy", "foe", "adversary", "rival", "challenger",
                            "accuser"})
#: Nouns for a kind of state whose "such as" / "like" / "including" phrase lists the states they stand
#: for ("U.S. adversaries such as Syria"; groups and firms so listed are left to their own rules).
EXAMPLE_HEADS = frozenset({"adversary", "enemy", "foe", "rival", "neighbor", "neighbour", "regime", "power",
                           "democracy", "autocracy", "dictatorship", "nation", "country", "state", "ally",
                           "government", "economy"})


def seated(ctx, tok, kids) -> list:
    """The state a government noun sits in: "the regime in Pyongyang" (a capital: its state), "the
    government in Kabul", "the authorities in Iran"; a province or city that is no capital is where an
    office sits, not a state ("the authorities in Idlib")."""
    from .arguments import arg_of_token
    from .trips import capital_state

    out = []
    after = [c for c in tok.head.children if c.dep_ == "prep" and c.i == tok.right_edge.i + 1]  # on the verb
    for c in list(kids) + after:
        if c.dep_ == "prep" and c.lower_ == "in":
            for p in c.children:
                a = arg_of_token(ctx, p) if p.dep_ == "pobj" else None
                a = capital_state(ctx, a) if a is not None else None
                if a is not None and a.actor.type == "State":
                    out.append(a)
    return out


def examples(ctx, tok, kids, depth) -> list:
    """The actors a class noun names as its examples: "adversaries such as X and Y", "rivals like X",
    "countries including X" (the examples stand for the phrase; a modifier such as "U.S." in "U.S.
    adversaries such as X" names whom they oppose, not them)."""
    from .arguments import phrase_args

    out = []
    for c in kids:
        if c.dep_ != "prep" or not (c.lower_ in ("like", "including") or (
                c.lower_ == "as" and any(g.lower_ == "such" for g in c.children))):
            continue
        out += [a for p in c.children if p.dep_ == "pobj" for a in phrase_args(ctx, p, depth + 1)]
    kind = "Person" if tok.lemma_ in LEADER_HEADS else "State"  # "leaders such as Xi and Putin"
    return [a for a in out if a.actor.type == kind]
