"""From a relation candidate to a :class:`~graphbuild.statement.Statement`: who acts for whom, which
pairs are internal to one actor, modality and reported speech, evidence and confidence.

Confidence starts from how directly the text links the two actors and is lowered by
indirection:

========================================  =====
pattern                                    base
========================================  =====
verb with its own subject and object       0.85
passive with a "by" agent                  0.80
nominalization ("X's attack on Y")         0.75
coordination ("X and Y met")               0.70
attribution ("held X accountable")         0.65
presupposition ("remove X from its list")  0.60
earlier sentence (event memory)            0.55
implicit designator (passive, no agent)    0.50
subject guessed in a hypothetical clause   0.35
a sense trap ("recognize its ties")        0.30
========================================  =====

Each hop of climbing to a governing verb for the subject takes 0.04 off; a pronoun or "the group"
(coreference) multiplies by 0.9, hedging by 0.8, reported speech by 0.95, and arguments more than
20 (40) tokens from the trigger by 0.9 (0.8).

Examples:
    >>> confidence("verb", hops=0, coref=False, modality="asserted", distance=3)
    0.85
    >>> confidence("noun", hops=1, coref=True, modality="hedged", distance=25)
    0.46
"""

from __future__ import annotations

from .prose import doc_text, sentence_ents
from .speakers import according_to
from .statement import Actor, Evidence, Statement

__all__ = ["BASE_CONFIDENCE", "acting", "confidence", "to_statement"]

BASE_CONFIDENCE = {
    "verb": 0.85, "passive": 0.8, "noun": 0.75, "coordination": 0.7, "noun-coordination": 0.7,
    "attribution": 0.65, "presupposition": 0.6, "memory": 0.55, "default-agent": 0.5, "loose": 0.35,
    "trap": 0.3,
}
_MODIFIER_DEPS = frozenset({"compound", "npadvmod", "amod", "nmod", "poss"})


def confidence(kind: str, hops: int, coref: bool, modality: str, distance: int) -> float:
    """Confidence of one statement from its evidence features (see the module docstring)."""
    c = BASE_CONFIDENCE.get(kind, 0.6) - 0.04 * max(0, hops)
    if coref:
        c *= 0.9
    if modality == "hedged":
        c *= 0.8
    elif modality == "reported":
        c *= 0.95
    if distance > 40:
        c *= 0.8
    elif distance > 20:
        c *= 0.9
    return round(min(0.99, max(0.05, c)), 2)


def acting(actor: Actor, by_id: dict, when: tuple = (None, None)) -> Actor:
    """The actor a person or organ acts for (followed up to three steps), else itself; an actor
    that acts in its own name (``own_name`` in the gazetteer: the IRGC) stops the climb, and so does
    a person out of office (``in_office`` in the gazetteer) at the sentence's own date ("in 2005,
    Trump met ..."), or in a document written before the person's first term (Trump as a candidate in
    2016; a later document may tell of a former president's acts in office without a date).

    Args:
        actor: The actor named.
        by_id: Actor id -> actor of the document's mentions.
        when: The sentence's explicit date and the document's date (ISO, either may be None).
    """
    try:
        from .gazetteer import in_office, load_gazetteer

        gaz = load_gazetteer()
    except Exception:  # noqa: BLE001 - a missing gazetteer only loses the links
        gaz = None
    terms = gaz.terms.get(actor.id) if gaz is not None else None
    said, written = when
    if terms and (not in_office(terms, said) or (not said and written and written[:10] < terms[0][0])):
        return actor
    seen = 0
    while actor.acts_for and seen < 3 and not (gaz is not None and actor.id in gaz.own_name):
        nxt = by_id.get(actor.acts_for)
        if nxt is None and gaz is not None:
            nxt = gaz.actors.get(actor.acts_for)
        if nxt is None:
            break
        actor, seen = nxt, seen + 1
    return actor


def _act_date(sent, trigger, doc_date: str | None) -> str | None:
    """The date the sentence gives the act itself: a date on the trigger or on the verb of its clause,
    directly or through a preposition ("In 2005, Trump met ...", "his visit in May 2005"), not one
    elsewhere in the sentence ("... since the war of 1950")."""
    from .dates import normalize_date

    clause = trigger
    for _ in range(3):
        if clause.pos_ in ("VERB", "AUX") or clause.head.i == clause.i:
            break
        clause = clause.head
    owners = {trigger.i, clause.i} | {g.i for t in (trigger, clause) for p in t.children if p.dep_ == "prep"
                                      for g in p.children if g.dep_ == "pcomp"}  # "accused X of doing Y in 2006"
    for ent in sentence_ents(sent):
        root = ent.root
        if ent.label_ == "DATE" and (root.head.i in owners or (
                root.head.dep_ == "prep" and root.head.head.i in owners)):
            iso = normalize_date(ent.text, doc_date)
            if iso is not None:
                return iso
    return None


def _member_of(actor: Actor, state: Actor, by_id: dict) -> bool:
    """True when ``actor`` is an organ or person of ``state`` that acts in its own name (the IRGC
    and Iran): a relation between the two is internal, not one between actors.

    Examples:
        >>> iran = Actor("iran", "Iran", "State")
        >>> irgc = Actor("irgc", "IRGC", "GovernmentOrgan", acts_for="iran")
        >>> _member_of(irgc, iran, {"iran": iran}), _member_of(iran, irgc, {})
        (True, False)
    """
    if state.type != "State" or actor.id == state.id or not actor.acts_for:
        return False
    from .actors import acting_actor

    return acting_actor(actor, by_id).id == state.id


def _unaffiliated_with_official(a: Actor, b: Actor) -> bool:
    """Two co-agents of one act ("X and Y agreed"), one a state's official and the other a person
    the text ties to no actor: most often colleagues of one side (two senators), not two parties.

    Examples:
        >>> _unaffiliated_with_official(Actor("ner-a", "A", "Person", acts_for="united-states"),
        ...                             Actor("ner-b", "B", "Person"))
        True
        >>> _unaffiliated_with_official(Actor("russia", "Russia", "State"), Actor("ner-b", "B", "Person"))
        False
    """
    def loose(x):
        return x.type == "Person" and not x.acts_for

    def official(x):
        return x.type in {"Person", "GovernmentOrgan"} and bool(x.acts_for)

    return (loose(a) and official(b)) or (loose(b) and official(a))


def _issuer_arg(arg) -> bool:
    """An argument that is one of the text's own speakers: "we" resolved to an issuer, or an actor
    in the apposition of "we" ("We, the governments of A, B and C, ...")."""
    if getattr(arg, "via", None) in ("first-person", "issuer"):
        return True
    tok = getattr(arg, "token", None)
    for _ in range(8):
        if tok is None or tok.dep_ not in ("conj", "pobj", "prep", "appos", "compound", "cc"):
            return False
        if tok.dep_ == "appos" and tok.head.lower_ in ("we", "us"):
            return True
        tok = tok.head
    return False


def _place_modifier(tok) -> bool:
    """A place name that modifies the real target: "a Dubai firm", "Kobe-based", "Kobe, Japan-based"."""
    if tok.dep_ in _MODIFIER_DEPS or tok.head.lemma_ == "base":
        return True
    after = tok.doc[tok.i + 1:tok.i + 5]
    return len(after) > 1 and after[0].text in {",", "-"} and any(t.lower_ == "based" for t in after)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_UNDESIGNATED_TYPES = ("Person", "Organization", "ArmedGroup")


def to_statement(cand, sent, ctx, document, by_id, cues, modality_of, sentence_date):
    """The statement a candidate makes in sentence ``sent``, or ``None`` when it is no relation
    between two actors (a news outlet, a pair inside one state, a place modifying the target ...)."""
    from .lexicon import is_news_source
    from .designators import designator_climb
    from .listings import membership_pair, nationality_modifier

    # a news outlet is a source, not a party ("Iran told Reuters that Israel attacked its embassy");
    # state media (a GovernmentOrgan such as KCNA) may still speak for its state as a subject
    if is_news_source(cand.object.actor) or (
            is_news_source(cand.subject.actor) and cand.subject.actor.type != "GovernmentOrgan"):
        return None
    subj_actor = cand.subject.actor
    when = (_act_date(sent, cand.trigger, document.date), document.date)  # who held office then
    # a personal act (a charge: "bin Laden is charged with the Y bombings") stays the person's
    subject = subj_actor if "personal" in cand.extra and subj_actor.type == "Person" else acting(
        subj_actor, by_id, when)
    agent = subj_actor if subject is not subj_actor else None
    obj_actor = cand.object.actor
    if cand.relation in ("designates", "delists") and obj_actor.type in _UNDESIGNATED_TYPES:
        obj = obj_actor
    else:
        obj = acting(obj_actor, by_id, when)
    if subject.id == obj.id or _member_of(subject, obj, by_id) or _member_of(obj, subject, by_id):
        return None
    if cand.kind == "coordination" and _unaffiliated_with_official(cand.subject.actor, cand.object.actor):
        return None
    if cand.kind == "coordination" and _issuer_arg(cand.subject) and _issuer_arg(cand.object):
        return None  # "we (the signatories) are partnering": the issuers among themselves, every pair
    if cand.relation in ("designates", "delists") and obj.type == "Place" and obj.id.startswith("ner-") \
            and cand.object.token is not None and _place_modifier(cand.object.token):
        return None  # "two Kobe-based companies", "a Dubai firm": a city modifying the target
    if cand.relation == "designates" and cand.object.token is not None and nationality_modifier(
            cand.object.token, ctx.index):
        return None  # "sanctioned Ruritania Senator X": the designee's country, not a designee
    if designator_climb(cand):
        return None  # "X was designated by OFAC for ... and providing support to Y": X's support
    if membership_pair(cand, ctx.first_person(None)):
        return None  # "cooperation among seven countries - A, B, C ...": members of a body, not partners
    if cand.subject.token is not None and cand.subject.token.lower_ in ("i", "me", "my") \
            and obj.type == "Person" and not obj.acts_for:
        return None  # "I spoke with Senator X / with Mark's sister": the author's own people, no party
    trigger = cand.trigger
    if cand.modality is not None:
        modality, speech = cand.modality, None
        if cand.modality == "asserted":
            _, speech = modality_of(trigger, cues, exempt=frozenset({"hypothetical", "negated"}))
    else:
        subj_tok = cand.subject.token if cand.subject.token is not None and cand.kind in ("verb", "noun") else None
        modality, speech = modality_of(trigger, cues, subject_token=subj_tok, exempt=cand.exempt)
    according = None
    speakers = [cand.speaker] if cand.speaker is not None else ctx.speaker_of(trigger) if speech is not None else []
    if not speakers:
        speakers = []
    if speakers:
        according = acting(speakers[0].actor, by_id)
    elif modality == "asserted":
        acc = according_to(ctx, sent)
        if acc:
            according = acting(acc[0].actor, by_id)
            modality = "reported"
    toks = [t for t in (cand.subject.token, cand.object.token) if t is not None]
    distance = max((abs(t.i - trigger.i) for t in toks), default=0)
    coref = cand.subject.coref or cand.object.coref
    conf = confidence(cand.kind, cand.hops, coref, modality, distance)
    text = doc_text(ctx.doc)
    start, end = _strip(text, sent.start_char, sent.end_char)
    ev = Evidence(
        doc_id=document.id, sentence=text[start:end], start=start, end=end,
        trigger=trigger.text, trigger_start=trigger.idx, trigger_end=trigger.idx + len(trigger.text),
    )
    return Statement(
        subject=subject, relation=cand.relation, object=obj, evidence=ev, modality=modality,
        confidence=conf, agent=agent, according_to=according,
        event_date=sentence_date(sent, trigger, document.date),
    )
