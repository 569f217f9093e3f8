"""Punitive tariffs still to come: a hypothetical designation of the state whose goods they hit.

"The administration is due to slap 100 pct tariffs on Ruritanian goods on Friday", "Washington will
impose punitive duties on imports from Ruritania", "X may levy tariffs on Ruritania": trade
retaliation against a state that is announced, threatened or weighed is a measure against that
state, not yet in force. Each reading is a ``designates`` statement node that is hypothetical (or
negated: "decided not to impose tariffs on X"), never a plain edge; tariffs already in force are
left alone (they are trade policy, not a listing).

The clause counts as open when :func:`graphbuild.modality.modality_of` says so, and also when the
imposing verb has "will" or is the infinitive of "plan/be due/be set" (an announced measure is still
to come). The state is named in the "on/against" phrase: an actor ("on Ruritania"), or the adjective
of the goods ("on a range of Ruritanian products"), or "imports from Ruritania".

Examples:
    >>> "tariff" in TARIFF_NOUNS and "slap" in IMPOSING_VERBS
    True
"""

from __future__ import annotations

from .arguments import _pobjs, arg_of_token, phrase_args
from .patterns import _pairs
from .relations import _is_noun, _is_verb
from .subjects import verb_subjects

__all__ = ["TARIFF_NOUNS", "IMPOSING_VERBS", "tariff_candidates"]

#: Nouns of punitive trade measures.
TARIFF_NOUNS = frozenset({"tariff", "duty", "levy", "surcharge"})
#: Verbs that put such a measure on someone: "impose / slap / levy tariffs on X".
IMPOSING_VERBS = frozenset({"impose", "slap", "levy", "place", "put", "apply", "set", "raise", "announce",
                            "threaten", "order"})
#: Words that make a "duty" a trade measure (not a task): "punitive duties", "import duties".
_TRADE_MODIFIERS = frozenset({"punitive", "retaliatory", "import", "anti-dumping", "antidumping", "countervailing",
                              "pct", "percent", "%", "additional", "new", "higher", "steep", "stiff", "heavy"})
_GOODS_PREPS = ("on", "against")


def _trade_measure(n) -> bool:
    if n.lemma_.lower() == "tariff":
        return True
    return any(c.lower_ in _TRADE_MODIFIERS or c.lemma_.lower() in _TRADE_MODIFIERS for c in n.subtree if c.i < n.i)


def _targets(ctx, n) -> list:
    """The states a tariff phrase hits: "on X", "on Ruritanian products", "on imports from X"."""
    from .partners import demonym_arg

    out = []
    for p in _pobjs(n, _GOODS_PREPS):
        found = [a for a in phrase_args(ctx, p) if a.actor.type == "State"]
        if not found:
            for t in p.subtree:
                a = arg_of_token(ctx, t) or (demonym_arg(t) if t.dep_ in ("amod", "compound") else None)
                if a is not None and a.actor.type == "State":
                    found.append(a)
                    break
        out += found
    return out


def _announced(v) -> bool:
    """An imposing verb with "will", or the infinitive of a plan ("is due to slap", "plans to impose")."""
    if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in v.children):
        return True
    h = v.head
    return v.dep_ == "xcomp" and (h.lemma_.lower() in ("plan", "due", "set", "prepare", "intend", "aim")
                                  or h.lower_ in ("due", "set"))


def tariff_candidates(ctx, n) -> list:
    """The open designations of a tariff noun ``n`` that is the object of an imposing verb (see the module
    docstring); [] when the measure is in force, names no state, or no one imposes it."""
    if not _is_noun(n) or n.lemma_.lower() not in TARIFF_NOUNS or not _trade_measure(n):
        return []
    if n.dep_ != "dobj" or not _is_verb(n.head) or n.head.lemma_.lower() not in IMPOSING_VERBS:
        return []
    v = n.head
    objs = _targets(ctx, n) or _targets(ctx, v)
    if not objs:
        return []
    from .modality import modality_of

    modality, _ = modality_of(v)
    if modality not in ("hypothetical", "negated"):
        if modality != "asserted" or not _announced(v):
            return []
        modality = "hypothetical"
    subs = verb_subjects(ctx, v)[0]
    own = {a.actor.id for a in subs}
    return _pairs("designates", subs, [o for o in objs if o.actor.id not in own], n, "loose", 1, modality=modality)
