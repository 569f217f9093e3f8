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

Persons are read so only in a text whose home state is the United States (named, with its organs and
officials, at least five times and twice as often as any other state: a British story on the U.S.-led
aid effort is not one); two such persons between themselves also in a text that names no other state
("Nelson accused Moore of ..."), except as partners. An "attack" between such sides is words ("Trump's
attack on Gillibrand", a campaign ad attacking a rival) or a dismissal ("fired Comey"); a gunman's attack
on a city or on Americans has no such person as its target and stays. Left alone are a witness
agreeing to "cooperate" with a U.S. inquiry (gold/final4 keeps Flynn's), and texts a government issues
in the first person (their readouts name foreign guests the gazetteer may not know). In any news text, an American named only as the owner of a
campaign or entourage ("the Trump campaign's ties to Russia", "contacts between Trump associates and
Russia") is no party to the ties or contacts a noun names: the campaign is an actor of its own
(dev-gold's TCAMP), not the state.

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
#: Relations of politics between persons and a government; an "attack" between a U.S. official and a
#: U.S. politician is words ("Trump's attack on Gillibrand", "fired Comey"), a campaign ad's "attack"
#: on a rival no attack at all (gold/final6's Jones and Moore).
_POLITICS = frozenset({"condemns", "blames", "praises", "warns", "meets", "cooperates", "attacks"})
_STATEISH = frozenset({"State", "GovernmentOrgan", "ArmedGroup"})
#: Titles of a head of state or government right before a name: the gazetteer knows the U.S. ones, so an
#: unknown person so titled leads another state ("President Juan Orlando Hernandez", "Emperor Akihito").
_FOREIGN_TITLES = frozenset({"president", "emperor", "king", "queen", "premier", "chancellor", "sheikh", "emir",
                             "sultan", "ayatollah", "prince"})
#: Offices the United States does not have: a person holding one serves another state.
_FOREIGN_ROLES = frozenset({"prime minister", "premier", "chancellor", "king", "queen", "emperor", "emir", "sultan",
                            "crown prince", "supreme leader"})
#: Nouns naming a person as one running for office.
_CANDIDACY = frozenset({"candidate", "nominee", "hopeful", "contender"})
#: What a person's name can own that is not the state the person serves ("the Trump campaign").
_ENTOURAGE = frozenset({"campaign", "associate", "aide", "adviser", "advisor", "team", "transition", "camp",
                        "family", "son", "daughter", "business", "organization", "company", "tower", "ally",
                        "lawyer", "attorney", "loyalist", "supporter", "circle", "confidant", "donor"})
#: Nouns of ties and contacts whose owner the campaign rule checks (a verb such as "colluded" keeps its
#: statement: its modality is what matters there, a node even when denied).
_TIE_NOUNS = frozenset({"tie", "ties", "link", "links", "contact", "contacts", "connection", "relationship",
                        "meeting", "conversation", "communication", "dealing", "dealings"})
_SIDES = frozenset({"Person", "GovernmentOrgan"})  # a side each reading needs
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


def _modifiers_before(doc, span, sent) -> list:
    """The up to six words before a name that belong to its noun phrase ("North Korean leader", "Honduras'
    President"), not those of an earlier phrase ("after a trip to Beijing, Blankfein said")."""
    inside = set(range(span.start, span.end))
    out = []
    for i in range(span.start - 1, max(sent.start, span.start - 6) - 1, -1):
        t = doc[i]
        if t.head.i not in inside:
            break
        inside.add(i)
        out.append(t)
    return out[::-1]


def _tied_abroad(ctx, person) -> bool:
    """Whether any mention of the person's name has a foreign state next to it: in its noun phrase
    before it or in an apposition after it ("Kim Jong Un, North Korea's leader")."""
    doc = ctx.doc
    if _TIES[0] is not doc:
        _TIES[0], _TIES[1] = doc, {}
    known = _TIES[1].get(person.id)
    if known is not None:
        return known
    words = name_words(person.label)
    tied = (person.role or "").lower() in _FOREIGN_ROLES  # "Prime Minister Hun Sen": no U.S. office
    seen = set()
    for m in ctx.index.values():
        if tied or id(m) in seen or m.actor.type != "Person" or not (name_words(m.actor.label) & words):
            continue
        seen.add(id(m))
        if m.actor.acts_for and _state_of(m.actor) != US_ID:  # "North Korean leader Kim Jong Un ... Kim"
            tied = True
            break
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        window = _modifiers_before(doc, span, sent)
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


def _campaign_side(arg) -> bool:
    """An American named only as the owner of a campaign or entourage ("the Trump campaign's ties to
    Russia", "Trump associates"): the campaign is an actor of its own (dev-gold's TCAMP), not the state."""
    tok = arg.token
    if tok is None or not _american(arg) or arg.actor.id == US_ID:
        return False
    head = tok
    while head.dep_ in ("compound", "flat") and head.head.i != head.i and head.head.pos_ == "PROPN":
        head = head.head  # "Donald Trump"
    if head.dep_ not in ("poss", "compound", "nmod"):
        return False
    noun = head.head
    while noun.dep_ == "compound" and noun.head.i != noun.i and noun.head.i > noun.i:
        noun = noun.head  # "the Trump election campaign"
    return noun.lemma_.lower() in _ENTOURAGE


def _candidate_side(arg) -> bool:
    """An American official named in the sentence as a candidate for office ("Trump, then the Republican
    candidate", "then-candidate Trump", "candidate Trump"): what he did then was his campaign's, not the
    state's."""
    tok = arg.token
    if tok is None or not _american(arg) or arg.actor.id == US_ID or arg.actor.type != "Person":
        return False
    head = tok
    while head.dep_ in ("compound", "flat") and head.head.i != head.i and head.head.pos_ == "PROPN":
        head = head.head  # "Donald Trump"
    words = [c for c in head.children if c.dep_ == "appos" or (c.i < head.i and c.dep_ in ("compound", "amod", "nmod"))]
    return any(c.lemma_.lower() in _CANDIDACY or c.lower_.endswith("-candidate") for c in words)


def _us_home(ctx) -> tuple[bool, bool]:
    """Whether the United States is the text's home state: named (with its organs and officials) at
    least five times and at least twice as often as any other state (a British text on the U.S.-led
    aid effort is not one: its unknown persons are more likely British than American); and whether
    the text names no other state at all."""
    doc = ctx.doc
    if _TIES[0] is not doc:
        _TIES[0], _TIES[1] = doc, {}
    known = _TIES[1].get(" home")
    if known is None:
        counts: dict = {}
        for m in {id(m): m for m in ctx.index.values()}.values():
            if m.actor.type in _STATEISH or (m.actor.type == "Person" and m.actor.acts_for):
                key = _state_of(m.actor) if m.actor.acts_for else m.actor.id
                counts[key] = counts.get(key, 0) + 1
        us, other = counts.pop(US_ID, 0), max(counts.values(), default=0)
        known = _TIES[1][" home"] = (us >= 5 and us >= 2 * other, other == 0)
    return known


def _domestic_pair(ctx, c) -> bool:
    """Politics between the United States and a person of no foreign tie, or between two such persons."""
    subj, obj = c.subject, c.object
    home, alone = _us_home(ctx)
    if home and _loose_person(subj) and _american(obj):
        persons = [subj.actor]
    elif home and _loose_person(obj) and _american(subj):
        persons = [obj.actor]
    elif (home or alone) and _loose_person(subj) and _loose_person(obj) and c.relation != "cooperates":
        persons = [subj.actor, obj.actor]  # "Nelson accused Moore of ...", "X met Moore at a courthouse"
    else:
        return False
    return not any(_tied_abroad(ctx, p) for p in persons)


def drop_domestic_politics(ctx, candidates: list) -> list:
    """``candidates`` without politics between the United States and a person of no foreign tie,
    between two such persons, or with a campaign's owner standing for the state.

    Args:
        ctx: The document context of :mod:`graphbuild.relations`.
        candidates: One sentence's candidates.
    """
    if not any(c.subject.actor.type in _SIDES or c.object.actor.type in _SIDES for c in candidates) \
            or ctx.first_person(None) is not None:
        return candidates  # every reading below has a person (or a U.S. organ owning a campaign) on one side
    out = []
    for c in candidates:
        if c.relation in _POLITICS and c.trigger.lemma_ != "cooperate":  # "agreed to cooperate with the
            # special counsel": a witness's cooperation with a U.S. inquiry is a relation (gold/final4)
            if _domestic_pair(ctx, c):
                continue
        if c.relation in ("cooperates", "meets") and c.trigger.lemma_.lower() in _TIE_NOUNS and (
                _campaign_side(c.subject) or _campaign_side(c.object)):
            continue
        if c.relation in _POLITICS and (_candidate_side(c.subject) or _candidate_side(c.object)):
            continue  # "Trump, then the Republican candidate, supported X": a campaign's act, not the state's
        out.append(c)
    return out
