"""Targets that name no actor: a people ("the crackdown against the Rohingya"), a state's
security forces ("attacks on 30 police posts and an army base") and a city named before ("the
bombing in the city").

A people that is no state in the gazetteer ("the Rohingya", "Rohingya Muslims", "the Yazidi
minority") has no actor of its own; when a violent act is aimed at it, it becomes one target, one
per people, so that "the army's operations against the Rohingya" is an attack on the Rohingya.
A people that names a state ("Syrians") is left to the actor module, and a faith alone
("Muslims", "Christians") is no people.

Posts, bases, soldiers or police with no owner named stand for the state whose military, army or
security forces the sentence or the two before name ("Myanmar's military ... after militants'
attacks on 30 police posts and an army base": an attack on Myanmar's military).

"The city", "the town" or "the capital" in an attack's place phrase is the last city named in the
sentence or the two before ("... in Leeds. X carried out the bombing in the city": Leeds).

Examples:
    >>> people_label("Rohingya Muslims")
    'Rohingya'
    >>> people_label("Christians") is None
    True
"""

from __future__ import annotations

from .relations import Arg

__all__ = ["people_args", "people_label", "place_anaphor_args", "security_owner_args"]

#: Faiths and generic words: never the name of a people on their own.
_FAITHS = frozenset({
    "muslim", "muslims", "christian", "christians", "jew", "jews", "jewish", "hindu", "hindus", "buddhist",
    "buddhists", "sunni", "sunnis", "shia", "shiite", "shiites", "shi'ite", "shi'ites", "sikh", "sikhs",
    "catholic", "catholics", "protestant", "protestants", "islamic", "islamist", "islamists", "western",
    "westerners", "arab", "arabs", "european", "europeans", "african", "africans", "asian", "asians",
    "democrat", "democrats", "republican", "republicans", "communist", "communists"})


def people_label(text: str) -> str | None:
    """The people a name stands for: its first word unless that is a faith or generic word.

    Args:
        text: The words naming the people ("Rohingya Muslims").

    Returns:
        The label ("Rohingya"), or ``None``.
    """
    words = text.split()
    if not words or words[0].lower() in _FAITHS or not words[0][:1].isupper():
        return None
    return words[0]


def _name_token(tok):
    """The proper name of a people heading or modifying ``tok``: "the Rohingya", "Rohingya Muslims",
    "the Rohingya population" (also when the parser chains the modifiers as compounds)."""
    chain, t = [tok], tok
    for _ in range(2):
        mods = [c for c in t.children if c.dep_ in ("compound", "amod", "nmod") and c.i < t.i]
        if not mods:
            break
        t = mods[0]
        chain.append(t)
    for t in reversed(chain):  # leftmost first: "Rohingya" before "Muslims"
        if t.ent_type_ == "NORP" and people_label(t.text) is not None:
            return t
    if tok.pos_ == "PROPN" and tok.ent_type_ not in ("GPE", "PERSON", "ORG", "FAC", "LOC", "DATE"):
        return tok
    return None


def people_args(ctx, tok) -> list:
    """A people named by the phrase headed by ``tok`` (a target phrase of an attack), as an actor.

    Args:
        ctx: The document context of :mod:`graphbuild.relations`.
        tok: The head of the phrase ("Rohingya" in "against the Rohingya").

    Returns:
        One :class:`~graphbuild.relations.Arg` per people named (with coordination), else none.
    """
    from .names import ner_actor_id

    out = []
    for t in [tok, *tok.conjuncts]:
        name = _name_token(t)
        if name is None or name.i in ctx.index or name.ent_type_ not in ("NORP", "PRODUCT", ""):
            continue
        if name.ent_type_ != "NORP" and not (name.i > 0 and name.doc[name.i - 1].lower_ == "the"):
            continue  # an unknown proper noun is a people only as "the X"
        label = people_label(name.text)
        if label is None or _state_people(label):
            continue
        from .statement import Actor

        out.append(Arg(Actor(ner_actor_id(label), label, "Organization"), name, via="people"))
    return out


def _state_people(word: str) -> bool:
    """Whether the gazetteer knows ``word`` as a state's people or as an actor ("Syrians")."""
    try:
        from .gazetteer import load_gazetteer

        gaz = load_gazetteer()
    except Exception:  # noqa: BLE001 - without a gazetteer no people is known
        return False
    return gaz.demonym(word) is not None or gaz.lookup(word) is not None


#: Heads that are security forces or their sites; the ambiguous ones need a security modifier.
_FORCES = frozenset({"soldier", "troop", "policeman", "policemen", "guard", "army", "military", "police",
                     "force", "serviceman", "servicemen", "officer", "barracks", "checkpoint", "outpost"})
_SITES = frozenset({"post", "base", "station", "convoy", "patrol", "camp", "headquarters", "academy", "unit"})
_SECURITY = frozenset({"police", "army", "military", "security", "border", "naval", "air", "paramilitary",
                       "government", "troop", "soldier"})
#: Last words of a mention that name a state's forces ("Myanmar's military").
_FORCE_MENTIONS = frozenset({"military", "army", "forces", "troops", "police", "soldiers", "junta", "armed"})


def _security_head(tok) -> bool:
    lemma = tok.lemma_.lower()
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
    if lemma == "force":
        return bool(mods & _SECURITY)
    return lemma in _FORCES or (lemma in _SITES and bool(mods & _SECURITY))


def security_owner_args(ctx, tok, attackers=()) -> list:
    """The state whose forces an unowned security target stands for (see the module docstring).

    Args:
        ctx: The document context of :mod:`graphbuild.relations`.
        tok: The head of the target phrase ("posts" in "attacks on 30 police posts").
        attackers: The attackers' arguments (never their own target).

    Returns:
        One argument for the owning state, else none.
    """
    if not any(_security_head(t) for t in [tok, *tok.conjuncts]):
        return []
    if any(t.i in ctx.index for t in tok.subtree):
        return []  # "a Russian base", "Israeli soldiers": the actor module names the owner
    from .sentences import sentences_before

    own = {a.actor.id for a in attackers}
    starts = [s.start for s in sentences_before(tok)]
    lower = starts[-3] if len(starts) >= 3 else 0
    for i in range(tok.i - 1, lower - 1, -1):
        m = ctx.index.get(i)
        if m is None or m.actor.type != "State" or m.actor.id in own:
            continue
        if m.text.lower().replace("’", "'").rsplit(" ", 1)[-1] in _FORCE_MENTIONS:
            return [Arg(m.actor, tok, coref=True, via="security-owner")]
    return []


_PLACE_NOUNS = frozenset({"city", "town", "capital", "village"})


def place_anaphor_args(ctx, q) -> list:
    """The city "the city" / "the town" / "the capital" inside the phrase ``q`` refers back to.

    Args:
        ctx: The document context of :mod:`graphbuild.relations`.
        q: The head of an attack's place phrase ("city" in "the bombing in the city").

    Returns:
        One argument for the place named last before it, else none.
    """
    from .arguments import _is_place_name
    from .sentences import sentences_before

    tok = next((t for t in q.subtree if t.lemma_.lower() in _PLACE_NOUNS and t.i not in ctx.index
                and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
                and not any(c.dep_ in ("poss", "compound", "amod", "prep") for c in t.children)), None)
    if tok is None:
        return []
    starts = [s.start for s in sentences_before(tok)]
    lower = starts[-3] if len(starts) >= 3 else 0
    for i in range(tok.i - 1, lower - 1, -1):
        m = ctx.index.get(i)
        if m is None:
            continue
        a = Arg(m.actor, tok, coref=True, via="place-anaphor")
        if m.actor.type == "Place" or (m.actor.type == "State" and _is_place_name(ctx, tok.doc[i], a)):
            return [a]
    return []
