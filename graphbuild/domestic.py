"""U.S. domestic politics is no relation between actors: "In Virginia, Ralph Northam denounced Trump",
"Trump has backed Moore", "Zervos has accused Trump of groping her", "Corker said he told Trump ...".

In a news story a person the text ties to no actor (no office of a state or group, no gazetteer entry)
who praises, criticises, backs, meets or accuses the United States' president, government or organs
is almost always an American: a senator, a candidate, a donor, an accuser, a business chief. The
edge between that person and the United States is then politics inside one state, which the gold
conventions leave out ("Nunes, Trump, Obama, the Ethics panel are all U.S. actors; no edge between
them"). A person the text ties to another state is kept: a nationality adjective or a state named
next to any mention of the person's name ("Russian lawyer Natalia Veselnitskaya", "North Korean
leader Kim Jong Un ... Kim described Trump as ...", "Juan Orlando Hernandez, Honduras' president").

Attacks are left alone (a gunman's attack on Americans is no domestic politics), and so is a witness
agreeing to "cooperate" with a U.S. inquiry (gold/final4 keeps Flynn's), and texts a government issues
in the first person (their readouts name foreign guests the gazetteer may not know).

Called from :func:`graphbuild.brands.drop_name_parts` on each sentence's candidates; it looks at a
candidate only when one side is such a person and the other side is the United States, so most
sentences cost one test per candidate.

Examples:
    >>> name_words("Kim Jong Un") & name_words("Kim")
    {'kim'}
"""

from __future__ import annotations

__all__ = ["drop_domestic_politics", "name_words", "US_ID"]

US_ID = "united-states"
#: Relations of politics between persons and a government (not ``attacks``: a gunman is no politician).
_POLITICS = frozenset({"condemns", "blames", "praises", "warns", "meets", "cooperates"})
_STATEISH = frozenset({"State", "GovernmentOrgan", "ArmedGroup"})
#: Titles of a head of state or government right before a name: the gazetteer knows the U.S. ones, so an
#: unknown person so titled leads another state ("President Juan Orlando Hernandez", "Emperor Akihito").
_FOREIGN_TITLES = frozenset({"president", "emperor", "king", "queen", "premier", "chancellor", "sheikh", "emir",
                             "sultan", "ayatollah", "prince"})
_TIES: list = [None, {}]  # the last Doc and its answers: actor id -> tied to a state other than the U.S.


def name_words(label: str) -> set:
    """The lower-case words of a person's name that can identify it (two letters or more)."""
    return {w.lower().strip(".,") for w in label.split() if len(w.strip(".,")) > 1}


def _state_of(actor):
    """The id of the state (or group) an actor acts for, following ``acts_for`` in the gazetteer."""
    from .gazetteer import load_gazetteer

    gaz, seen = load_gazetteer(), 0
    while actor is not None and actor.acts_for and seen < 4:
        nxt = gaz.actors.get(actor.acts_for)
        if nxt is None:
            return actor.acts_for
        actor, seen = nxt, seen + 1
    return actor.id if actor is not None else None


def _american(arg) -> bool:
    """The United States, or an organ or official acting for it."""
    a = arg.actor
    return a.id == US_ID or (bool(a.acts_for) and _state_of(a) == US_ID)


def _loose_person(arg) -> bool:
    """A person of no office the gazetteer knows, named by a full name (a lone "Abdullah" may be a king)."""
    return arg.actor.type == "Person" and not arg.actor.acts_for and len(arg.actor.label.split()) > 1


def _foreign_token(ctx, t) -> bool:
    """A token naming a state other than the U.S., or an organ or group of one ("Russian", "Honduras")."""
    m = ctx.index.get(t.i)
    if m is not None:
        return m.actor.type in _STATEISH and _state_of(m.actor) != US_ID
    if t.ent_type_ in ("NORP", "GPE") and t.is_title:
        from .gazetteer import load_gazetteer

        gaz = load_gazetteer()
        entry = gaz.entry(t.text)
        actor = gaz.actors.get(entry.actor_id) if entry is not None else None
        return actor is not None and actor.type in _STATEISH and _state_of(actor) != US_ID
    return False


def _tied_abroad(ctx, person) -> bool:
    """Whether any mention of the person's name has a foreign state next to it: in the six words
    before it or in an apposition after it ("Kim Jong Un, North Korea's leader")."""
    doc = ctx.doc
    if _TIES[0] is not doc:
        _TIES[0], _TIES[1] = doc, {}
    known = _TIES[1].get(person.id)
    if known is not None:
        return known
    words = name_words(person.label)
    tied = False
    seen = set()
    for m in ctx.index.values():
        if id(m) in seen or m.actor.type != "Person" or not (name_words(m.actor.label) & words):
            continue
        seen.add(id(m))
        if m.actor.acts_for and _state_of(m.actor) != US_ID:  # "North Korean leader Kim Jong Un ... Kim"
            tied = True
            break
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        window = list(doc[max(sent.start, span.start - 6):span.start])
        if (window and window[-1].lower_ in _FOREIGN_TITLES) or m.text.split()[0].lower() in _FOREIGN_TITLES:  # "President Juan Orlando Hernandez": not
            tied = True                                       # the U.S. president, whom the gazetteer knows
            break
        if span.end < sent.end and doc[span.end].text == ",":
            window += list(doc[span.end + 1:min(sent.end, span.end + 10)])
        if any(_foreign_token(ctx, t) for t in window):
            tied = True
            break
    _TIES[1][person.id] = tied
    return tied


def drop_domestic_politics(ctx, candidates: list) -> list:
    """``candidates`` without politics between the United States and a person of no foreign tie.

    Args:
        ctx: The document context of :mod:`graphbuild.relations`.
        candidates: One sentence's candidates.
    """
    if not candidates or ctx.first_person(None) is not None:
        return candidates
    out = []
    for c in candidates:
        if c.relation in _POLITICS and c.trigger.lemma_ != "cooperate":  # "agreed to cooperate with the
            # special counsel": a witness's cooperation with a U.S. inquiry is a relation (gold/final4)
            if _loose_person(c.subject) and _american(c.object):
                person = c.subject.actor
            elif _loose_person(c.object) and _american(c.subject):
                person = c.object.actor
            else:
                person = None
            if person is not None and not _tied_abroad(ctx, person):
                continue
        out.append(c)
    return out
