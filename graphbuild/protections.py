"""A humanitarian "designation" is no sanctions listing: Temporary Protected Status (TPS).

The United States "designates" a country for Temporary Protected Status when its nationals may not be
sent home (after a war or a disaster), and "terminates" that designation later. The words are those of
a sanctions listing, the sense is the opposite: a protection. As the other sense traps
(:mod:`graphbuild.traps`), each such act keeps a negated statement node of the listing sense, so that
nobody reads it as a listing:

* granting, offering, extending or designating TPS for a country ("offered TPS to Haitians", "extended
  Haiti's TPS designation", "designated El Salvador for TPS"): a negated ``designates``;
* ending it ("would end TPS for Haiti", "terminated the TPS designation for Nicaragua"): a negated
  ``delists`` (the country is on no sanctions list).

The designator is the United States (the only state with TPS), or the subject's state when it is one of
its organs or officials (another state that grants a status of its own, "Ecuador granted temporary
protected status to Venezuelans", gives no reading); the country is the one the TPS phrase names ("for
Haiti", "to Haitians", "Haiti's designation").

Examples:
    >>> bool(TPS.search("ended Temporary Protected Status for Haitians")), bool(TPS.search("a tip"))
    (True, False)
"""

from __future__ import annotations

import re

from .relations import Arg, Candidate, _is_verb

__all__ = ["TPS", "protection_candidates"]

#: The program's names.
TPS = re.compile(r"temporary protected status|\bTPS\b", re.I)
_ENDING = frozenset({"end", "terminate", "cancel", "rescind", "revoke", "discontinue", "withdraw", "strip", "scrap"})
_PEOPLE_WORDS = frozenset({"for", "to", "of"})


def _program_token(sent):
    """The token that names the program ("TPS", or "status" of "temporary protected status")."""
    for t in sent:
        if t.text == "TPS":
            return t
        if t.lower_ == "status" and t.i >= 2 and t.doc[t.i - 1].lower_ == "protected":
            return t
    return None


def _country(ctx, sent, prog):
    """The country the TPS phrase names: its "for/to" phrase (a state or its people), a possessor, else a
    state named in the sentence."""
    from .arguments import _pobjs, arg_of_token, phrase_args
    from .partners import demonym_arg

    heads = [prog, prog.head] + ([prog.head.head] if prog.head.dep_ in ("dobj", "pobj", "compound") else [])
    for h in heads:
        for p in _pobjs(h, tuple(_PEOPLE_WORDS)):
            found = [a for a in phrase_args(ctx, p) if a.actor.type == "State"]
            found = found or [a for a in [arg_of_token(ctx, p) or demonym_arg(p)] if a and a.actor.type == "State"]
            if found:
                return found[0]
        for c in h.children:
            if c.dep_ == "poss":
                a = arg_of_token(ctx, c)
                if a is not None and a.actor.type == "State":
                    return a
    return None


def protection_candidates(ctx, sent) -> list:
    """The negated listing readings of a sentence that tells of Temporary Protected Status (see the module
    docstring); the caller has checked that the sentence names the program."""
    from .actors import acting_actor
    from .gazetteer import load_gazetteer
    from .subjects import verb_subjects

    prog = _program_token(sent)
    if prog is None:
        return []
    country = _country(ctx, sent, prog)
    if country is None or country.actor.id == "united-states":
        return []
    verb = prog
    for _ in range(4):
        if _is_verb(verb) or verb.head.i == verb.i:
            break
        verb = verb.head
    ending = _is_verb(verb) and verb.lemma_.lower() in _ENDING
    found = verb_subjects(ctx, verb)[0] if _is_verb(verb) else []
    if any(acting_actor(a.actor).type == "State" and acting_actor(a.actor).id != "united-states" for a in found):
        return []  # "Ecuador has set the example by granting Temporary Protected Status to Venezuelans": its own
    subs = [a for a in found if acting_actor(a.actor).id == "united-states"]
    if not subs:
        us = load_gazetteer().actors.get("united-states")
        if us is None:
            return []
        subs = [Arg(us, None, False, "context")]
    relation = "delists" if ending else "designates"
    return [Candidate(relation, subs[0], country, verb if _is_verb(verb) else prog, "trap", 1, modality="negated")]
