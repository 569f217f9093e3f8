"""A stance two actors take together: "Both X and Y expressed support for peace in the region",
"Both leaders also support a negotiated settlement", "A and B back a political solution".

Two or more actors that are the subjects of one supporting verb ("support", "back", "endorse"), or
of a verb that states their support ("expressed / voiced / reaffirmed support for ..."), take a
shared position: each pair cooperates, as the parties of a joint statement do. What they support
must be a cause, not an actor: "A and B backed the Syrian government" is support for that
government (read by the verb rules), not a tie between A and B. "The two leaders" or "both sides"
right after a meeting stand for its two parties (:func:`graphbuild.arguments.phrase_args`).
Persons who act for no actor ("Senators A and B") make no pair, nor do officials of one side
(:mod:`graphbuild.extract`); a denied support ("A and B do not support X") is read as nothing.

Called once per sentence from :func:`graphbuild.nominal.co_agent_candidates`; a sentence without
one of the words costs a substring test.

Examples:
    >>> "support" in STANCE_VERBS, "express" in STATING_VERBS
    (True, True)
"""

from __future__ import annotations

from .arguments import _pobjs, arg_of_token, verb_subjects
from .relations import Candidate, _dedupe, _is_verb

__all__ = ["STANCE_VERBS", "STATING_VERBS", "shared_stance_candidates"]

#: Verbs whose coordinated subjects take one position on a cause.
STANCE_VERBS = frozenset({"support", "back", "endorse", "favor", "favour"})
#: Verbs that state a support noun ("expressed support for").
STATING_VERBS = frozenset({"express", "voice", "reaffirm", "reiterate", "affirm", "restate", "declare", "pledge"})
_NOUNS = frozenset({"support", "backing", "commitment"})
_WORDS = ("support", "back", "endorse", "favo", "commitment")


def _names_actor(ctx, tok) -> bool:
    """The phrase at ``tok`` is an actor, or an actor's ("the Syrian government", "Iran's proxies");
    a place deeper inside it is not ("peace in the South China Sea")."""
    heads = [tok] + [c for c in tok.children if c.dep_ == "conj"]
    return any(arg_of_token(ctx, t) is not None for h in heads
               for t in [h, *(c for c in h.children if c.dep_ in ("poss", "compound", "amod"))])


def _cause(ctx, v):
    """What the verb at ``v`` supports, when it names no actor: the object of a stance verb, or the
    "for"/"to" phrase of a stated support noun; None when there is none or it names an actor."""
    if v.lemma_ in STANCE_VERBS:
        objs = [c for c in v.children if c.dep_ in ("dobj", "ccomp", "xcomp")]
    else:
        nouns = [c for c in v.children if c.dep_ == "dobj" and c.lemma_ in _NOUNS]
        objs = [p for n in nouns for p in _pobjs(n, ("for", "to"))] + [p for p in _pobjs(v, ("for", "to"))
                                                                       if nouns]
    if not objs or any(_names_actor(ctx, o) for o in objs):
        return None
    return objs[0]


def _own_subject(arg, v) -> bool:
    """The argument is the verb's own subject, or coordinated with it ("X and Y support"), or the two
    parties of a meeting just reported ("the two leaders"); not an actor found inside a participle
    clause before it ("Recalling resolutions demanding that X withdraw from Y, the leaders reaffirmed")."""
    if getattr(arg, "via", None) == "parties":
        return True
    tok = arg.token
    for _ in range(6):
        if tok is None:
            return False
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i == v.i:
            return True
        if tok.dep_ not in ("conj", "compound", "poss", "appos", "preconj", "cc"):
            return False
        tok = tok.head
    return False


def shared_stance_candidates(ctx, sent, low: str) -> list:
    """``cooperates`` candidates between the co-subjects of a supporting verb whose object is a cause.

    Args:
        ctx: The document context of :mod:`graphbuild.relations`.
        sent: The sentence span.
        low: The sentence text in lower case.

    Returns:
        The candidates (possibly none).
    """
    if not any(w in low for w in _WORDS):
        return []
    out = []
    for v in sent:
        if not _is_verb(v) or v.lemma_ not in STANCE_VERBS | STATING_VERBS or v.dep_ in ("amod", "acl", "relcl"):
            continue
        if _cause(ctx, v) is None or any(c.dep_ == "neg" for c in v.children):
            continue  # "A and B do not support X": no cooperation to read, asserted or denied
        subs, hops = verb_subjects(ctx, v)
        subs = [a for a in _dedupe(subs) if (a.actor.type != "Person" or a.actor.acts_for)  # not two senators
                and _own_subject(a, v)]
        if hops or len(subs) < 2:
            continue
        out += [Candidate("cooperates", a, b, v, "coordination", hops)
                for i, a in enumerate(subs) for b in subs[i + 1:]]
    return out

