"""Requests for help: the one who asks and the one asked, as a cooperation not yet given.

"Kuwait asked Washington to protect its tankers", "Kuwait has asked four countries, including X and Y,
for the use of their flags", "Baghdad appealed to Tehran to send troops", "X asked Y for weapons":
the asker's requested cooperation with the one asked. Help asked for is not help given, so every
reading is hypothetical (or negated: "X has not asked Y to intervene"), never a plain edge; it is
kept only when :func:`graphbuild.modality.modality_of` finds the requested act open. Requests whose
object is a help noun ("asked X for help / support") are read by :mod:`graphbuild.implicit`.

Only a request for something the one asked would give or do for the asker counts: a helping verb
("to protect / help / defend / escort / supply / send ...") or a noun of means ("for the use of its
flags", "for weapons", "for troops"); "asked X to leave" or "asked X about Y" is no cooperation.

Examples:
    >>> sorted(REQUEST_VERBS)[:3]
    ['appeal', 'ask', 'beg']
"""

from __future__ import annotations

from .arguments import _pobjs, phrase_args
from .patterns import _pairs
from .relations import _is_noun, _is_verb
from .subjects import verb_subjects

__all__ = ["REQUEST_VERBS", "HELPING_VERBS", "MEANS_NOUNS", "appeal_candidates"]

#: Verbs of asking: the one asked is their object ("asked X"), or their "to/on" phrase ("appealed to X").
REQUEST_VERBS = frozenset({"ask", "request", "appeal", "beg", "implore", "petition", "call", "turn"})
#: What the one asked would do for the asker: "asked X to protect its tankers".
HELPING_VERBS = frozenset({"protect", "help", "assist", "defend", "escort", "guard", "supply", "provide", "send",
                           "arm", "train", "fund", "finance", "shelter", "lend", "aid", "back", "support", "deploy",
                           "deliver", "reflag", "secure", "evacuate", "rescue", "cooperate", "join", "intervene"})
#: What the one asked would give: "asked X for the use of its flags", "for weapons".
MEANS_NOUNS = frozenset({"use", "flag", "tanker", "escort", "protection", "weapon", "arm", "troop", "loan", "credit",
                         "fund", "funding", "equipment", "ammunition", "shelter", "asylum", "intervention",
                         "reinforcement", "cooperation", "backing", "security", "guarantee", "mediation", "ship",
                         "tank", "artillery",
                         "warship", "aircraft", "jet", "missile", "air", "defense", "defence", "vaccine", "supply"})

#: Helping verbs that hand something over: what they give must be means ("to send troops").
_GIVING = frozenset({"send", "provide", "supply", "deliver", "deploy", "lend", "fund", "finance", "arm", "train"})
_AID_WORDS = frozenset({"aid", "assistance", "help", "support", "money", "financing", "troop", "soldier", "force",
                        "personnel", "expert", "adviser", "advisor", "relief", "food", "fuel"})


def _asked(ctx, v) -> list:
    """The ones ``v`` asks: its object, its "to/on" phrase ("appealed to X", "called on X")."""
    if v.lemma_.lower() in ("call", "turn", "appeal"):
        return [a for p in _pobjs(v, ("on", "upon", "to")) for a in phrase_args(ctx, p)]
    return [a for c in v.children if c.dep_ in ("dobj", "dative") for a in phrase_args(ctx, c)]


def _requested(v) -> list:
    """The words that say what is asked for: a helping infinitive, or a "for" noun of means (with the
    helping infinitive that may hang on it: "for the use of their flags to protect ...")."""
    out = [c for c in v.children if c.dep_ in ("xcomp", "ccomp", "advcl") and c.lemma_.lower() in HELPING_VERBS
           and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and _for_asker(c)]
    for n in _pobjs(v, ("for",)):
        if _is_noun(n) and n.lemma_.lower() in MEANS_NOUNS and not _pobjs(n, ("with",)):
            out.append(n)
    return out


def _for_asker(h) -> bool:
    """A helping verb whose help goes to the asker: no third party "with" it ("to cooperate with the
    ministries"), a giving verb that gives means ("to send troops", not "to send its dispute to an
    arbitrator"), a guarding verb that guards the asker's own ("to protect its tankers", "to help us",
    not "to protect access to care", "to help Y stay in power")."""
    if _pobjs(h, ("with",)) or any(c.dep_ in ("ccomp", "xcomp") and any(
            g.dep_ == "nsubj" and g.pos_ != "PRON" for g in c.children) for c in h.children):
        return False  # not "to help Y stay in power"
    objs = [c for c in h.children if c.dep_ == "dobj"]
    if not objs:
        return True
    o = objs[0]
    if h.lemma_.lower() in _GIVING:
        return o.lemma_.lower() in MEANS_NOUNS or o.lemma_.lower() in _AID_WORDS
    return o.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children)


def appeal_candidates(ctx, v) -> list:
    """The requested cooperations of one request verb ``v`` (see the module docstring).

    Args:
        ctx: The document's :class:`~graphbuild.relations.Context`.
        v: A token whose lemma is in :data:`REQUEST_VERBS`.

    Returns:
        ``cooperates`` candidates, asker -> asked, hypothetical or negated.
    """
    from .prospects import _open_modality

    if not _is_verb(v) or v.lemma_.lower() not in REQUEST_VERBS:
        return []
    if _also_asked(v):
        return _ellipsis_candidates(ctx, v)
    requested = _requested(v)
    if not requested:
        return []
    asked = [a for a in _asked(ctx, v) if a.actor.type != "Place"]  # not "asked Frankfurt prosecutors"
    if not asked:
        return []
    askers = verb_subjects(ctx, v)[0]
    if not askers:
        return []
    modality = _open_modality(requested[0])
    if modality is None:
        return []
    own = {a.actor.id for a in askers}
    return _pairs("cooperates", askers, [a for a in asked if a.actor.id not in own], requested[0], "loose", 2,
                  modality=modality)


def _also_asked(v) -> bool:
    """A passive request with no agent and nothing asked for, said again: "Britain and China were also asked"."""
    return any(c.dep_ == "nsubjpass" for c in v.children) and any(
        c.dep_ == "advmod" and c.lower_ in ("also", "too", "likewise") for c in v.children) and not any(
        c.dep_ == "agent" for c in v.children) and not _requested(v)


def _ellipsis_candidates(ctx, v) -> list:
    """"Kuwait asked X for the use of its flags. Y and Z were also asked": the asker and what is asked
    for come from the last request of the same verb in this or the two sentences before."""
    from .prospects import _open_modality
    from .sentences import sentences_before

    before = sentences_before(v)
    lo = before[-3].start if len(before) >= 3 else 0
    asked = [a for c in v.children if c.dep_ == "nsubjpass" for a in phrase_args(ctx, c)]
    for w in reversed(v.doc[lo:v.i]):
        if w.lemma_ != v.lemma_ or not _is_verb(w) or w.i == v.i:
            continue
        requested = _requested(w)
        askers = verb_subjects(ctx, w)[0] if requested else []
        if not askers:
            continue
        modality = _open_modality(requested[0])
        if modality is None:
            return []
        own = {a.actor.id for a in askers}
        return _pairs("cooperates", askers, [a for a in asked if a.actor.id not in own], v, "loose", 3,
                      modality=modality)
    return []
