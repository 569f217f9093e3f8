"""From a parsed spaCy ``Doc`` to an :class:`~graphbuild.statement.Extraction`.

``extract_from_doc`` is a pure function of the parse: actor mentions come from
:mod:`graphbuild.actors`, relation candidates from :mod:`graphbuild.patterns` (dependency
patterns driven by ``data/triggers.yaml``), modality, reported speech and dates from
:mod:`graphbuild.modality` (``data/modality.yaml``). Captions, credits and boilerplate are
skipped (:func:`graphbuild.prose.is_prose`).

Persons and organs count for the actor they act for (an organ marked ``own_name`` in the
gazetteer, such as the IRGC, stops that climb). No edge is made inside one state: between a state
and its own organ or person, between two co-agents of one act when one is a state's official and
the other a person tied to no actor, or among the co-issuers of a statement ("We, the governments
of A, B and C, are partnering"). "We" outside quotes is the speaker the text names ("We, the
Leaders of the G7"), else the publishing government (:mod:`graphbuild.speakers`).

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

from .prose import doc_ents, doc_text, sentence_ents
from .sentences import sentence_of, sentences
from .speakers import (
    according_to,
    co_issuers,
    declared_speakers,
    first_person_resolver,
    publisher,
    speaker_args,
)
from .statement import Actor, Evidence, Extraction, Mention, Statement

__all__ = ["extract_from_doc", "confidence", "BASE_CONFIDENCE"]

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


def _find_mentions(doc) -> tuple[Mention, ...]:
    try:
        from .actors import find_mentions
    except ImportError:  # the actor module is not installed: named entities via the gazetteer
        return _gazetteer_mentions(doc)
    return tuple(find_mentions(doc))


def _gazetteer_mentions(doc) -> tuple[Mention, ...]:
    from .gazetteer import load_gazetteer

    gaz = load_gazetteer()
    out = []
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "NORP", "ORG", "PERSON", "FAC", "LOC"):
            continue
        actor = gaz.lookup(ent.text)
        if actor is None:
            continue
        out.append(Mention(actor, ent.text, ent.start_char, ent.end_char))
    return tuple(sorted(out, key=lambda m: (m.start, m.end)))


def _index(doc, mentions) -> dict:
    """Token index -> the mention covering it."""
    index = {}
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        for t in span:
            index.setdefault(t.i, m)
    return index


def _actors_by_id(mentions) -> dict:
    out = {}
    for m in mentions:
        out.setdefault(m.actor.id, m.actor)
    return out


def _acting(actor: Actor, by_id: dict, when: tuple = (None, None)) -> Actor:
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


def idle(ctx) -> bool:
    """Nothing outside a sentence can give it an actor: no issuer speaks as "we", and no designator,
    designee, attack target, recent attacker or recent meeting is remembered."""
    m = ctx.memory
    return (m.designator is None and not m.designated and not m.targets and m.sentence - m.attackers_at > 2
            and m.sentence - m.parties_at > 2 and ctx.first_person(None) is None)


def _has_mention(marks: list, start: int, end: int) -> bool:
    """Whether a sorted list of token indices has one in ``[start, end)``.

    Examples:
        >>> _has_mention([3, 9], 4, 9), _has_mention([3, 9], 4, 10)
        (False, True)
    """
    from bisect import bisect_left

    i = bisect_left(marks, start)
    return i < len(marks) and marks[i] < end


def extract_from_doc(doc, document) -> Extraction:
    """Extract actor mentions and relation statements from one parsed document.

    Args:
        doc: A spaCy ``Doc`` of ``document.text`` (from ``nlp(text)`` or ``nlp.pipe``).
        document: The :class:`~graphbuild.statement.Document` it was parsed from.

    Returns:
        An ``Extraction`` with the mentions and statements, in text order.
    """
    from .aliases import alias_mentions
    from .authors import author_mentions
    from .designees import company_mentions, typed_list_mentions
    from .listings import listing_candidates
    from .modality import load_modality_cues, modality_of, sentence_date
    from .nominal import backed_by_candidates, exchange_candidates, flow_candidates
    from .prose import is_prose, known_text
    from .proxies import backed_group_mentions
    from .relations import Context, Memory, load_lexicon
    from .titles import titled_officials
    from .releases import release_candidates
    from .repairs import repair_parse

    known_text(doc, document.text)
    repair_parse(doc)  # before any rule reads the parse
    mentions = typed_list_mentions(doc, alias_mentions(doc, company_mentions(doc, _find_mentions(doc))))
    mentions = backed_group_mentions(doc, mentions, load_lexicon().raw["cooperates"].get("backed_groups", {}))
    mentions = author_mentions(doc, mentions, document.title, publisher(document.source, {}))
    mentions = titled_officials(doc, mentions, publisher(document.source, {}))  # "Deputy NSA [name]"
    by_id = _actors_by_id(mentions)
    state: dict = {}
    cues = load_modality_cues()
    index = _index(doc, mentions)
    declared = declared_speakers(doc, index, by_id)
    issuers = declared if len(declared) > 1 else co_issuers(document, mentions, by_id)
    ctx = Context(doc, index, load_lexicon(),
                  first_person_resolver(doc, document, mentions, by_id, state, declared), Memory(),
                  lambda tok: None, issuers)

    def speaker_of(tok):
        from .modality import speech_verb

        sp = speech_verb(tok, cues)
        return speaker_args(ctx, sp) if sp is not None else according_to(ctx, sentence_of(tok))

    ctx.speaker_of = speaker_of
    from .patterns import sentence_candidates
    from .prospects import context_candidates
    from .screens import screened

    statements: dict = {}
    if not (doc.has_annotation("DEP") or doc.has_annotation("SENT_START")):
        return Extraction(document, tuple(mentions), ())  # no sentences, no relations
    marks = sorted(set(index).union(*(range(e.start, e.end) for e in doc_ents(doc))))  # mentions and NER names
    starts = [0, 0]
    for sent in sentences(doc):
        starts.append(sent.start)
        if not is_prose(sent):
            continue
        if not _has_mention(marks, starts[-3], sent.end) and idle(ctx):
            # no actor or name in the sentence or the two before it ("the two countries", "the
            # group" look back that far) and none to carry over: no rule can pair two actors here
            # (778 news, government and gold documents gave the same statements with and without
            # this skip)
            ctx.memory.sentence += 1
            continue
        root_speech = sent.root if sent.root.lemma_ in cues.speech_verbs else None
        state["speaker"] = None
        if root_speech is not None:
            sp = speaker_args(ctx, root_speech)
            state["speaker"] = _acting(sp[0].actor, by_id) if sp else None
        try:
            candidates = sentence_candidates(sent, ctx) + listing_candidates(sent, ctx) + flow_candidates(ctx, sent)
            candidates += exchange_candidates(ctx, sent) + backed_by_candidates(ctx, sent)
            candidates += release_candidates(ctx, sent, candidates)  # readouts and releases (graphbuild.releases)
            candidates += context_candidates(sent, ctx, candidates)  # hypothetical/negated only
            candidates = screened(candidates, ctx.index)  # no guessed actor the sentence rules out
        except RecursionError:  # a pathological parse; lose one sentence, not the document
            candidates = []
        for cand in candidates:
            st = _statement(cand, sent, ctx, document, by_id, cues, modality_of, sentence_date)
            if st is None:
                continue
            key = (st.key, st.evidence.start, st.evidence.trigger_start)
            if key not in statements or statements[key].confidence < st.confidence:
                statements[key] = st
    from .judgments import conditional_threats

    for st in conditional_threats(list(statements.values()), doc, index):  # "ready to impose costs on X if ..."
        statements.setdefault((st.key, st.evidence.start, st.evidence.trigger_start), st)
    ordered = sorted(statements.values(), key=lambda s: (s.evidence.start, s.evidence.trigger_start, s.key))
    return Extraction(document, tuple(mentions), tuple(ordered))


_UNDESIGNATED_TYPES = ("Person", "Organization", "ArmedGroup")


def _statement(cand, sent, ctx, document, by_id, cues, modality_of, sentence_date):
    from .lexicon import is_news_source
    from .listings import designator_climb, membership_pair, nationality_modifier

    # a news outlet is a source, not a party ("Iran told Reuters that Israel attacked its embassy");
    # state media (a GovernmentOrgan such as KCNA) may still speak for its state as a subject
    if is_news_source(cand.object.actor) or (
            is_news_source(cand.subject.actor) and cand.subject.actor.type != "GovernmentOrgan"):
        return None
    subj_actor = cand.subject.actor
    when = (_act_date(sent, cand.trigger, document.date), document.date)  # who held office then
    # a personal act (a charge: "bin Laden is charged with the Y bombings") stays the person's
    subject = subj_actor if "personal" in cand.extra and subj_actor.type == "Person" else _acting(
        subj_actor, by_id, when)
    agent = subj_actor if subject is not subj_actor else None
    obj_actor = cand.object.actor
    if cand.relation in ("designates", "delists") and obj_actor.type in _UNDESIGNATED_TYPES:
        obj = obj_actor
    else:
        obj = _acting(obj_actor, by_id, when)
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
        according = _acting(speakers[0].actor, by_id)
    elif modality == "asserted":
        acc = according_to(ctx, sent)
        if acc:
            according = _acting(acc[0].actor, by_id)
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
