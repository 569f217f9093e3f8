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

Confidence (:mod:`graphbuild.assemble`) starts from how directly the text links the two actors
and is lowered by indirection.
"""

from __future__ import annotations

from .prose import doc_ents, is_prose, known_text
from .sentences import sentence_of, sentences
from .speakers import (
    according_to,
    co_issuers,
    declared_speakers,
    first_person_resolver,
    publisher,
    speaker_args,
)
from .assemble import acting, BASE_CONFIDENCE, confidence, to_statement
from .statement import Extraction, Mention
from .aliases import alias_mentions
from .authors import author_mentions
from .designees import company_mentions, typed_list_mentions
from .judgments import conditional_threats
from .listings import listing_candidates
from .modality import load_modality_cues, modality_of, sentence_date, speech_verb
from .nominal import backed_by_candidates, exchange_candidates, flow_candidates
from .patterns import sentence_candidates
from .prospects import context_candidates
from .proxies import backed_group_mentions
from .relations import Context, load_lexicon, Memory
from .releases import release_candidates
from .repairs import repair_parse
from .screens import screened
from .titles import titled_officials

__all__ = ["extract_from_doc", "confidence", "BASE_CONFIDENCE"]

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

        sp = speech_verb(tok, cues)
        return speaker_args(ctx, sp) if sp is not None else according_to(ctx, sentence_of(tok))

    ctx.speaker_of = speaker_of

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
            state["speaker"] = acting(sp[0].actor, by_id) if sp else None
        try:
            candidates = sentence_candidates(sent, ctx) + listing_candidates(sent, ctx) + flow_candidates(ctx, sent)
            candidates += exchange_candidates(ctx, sent) + backed_by_candidates(ctx, sent)
            candidates += release_candidates(ctx, sent, candidates)  # readouts and releases (graphbuild.releases)
            candidates += context_candidates(sent, ctx, candidates)  # hypothetical/negated only
            candidates = screened(candidates, ctx.index)  # no guessed actor the sentence rules out
        except RecursionError:  # a pathological parse; lose one sentence, not the document
            candidates = []
        for cand in candidates:
            st = to_statement(cand, sent, ctx, document, by_id, cues, modality_of, sentence_date)
            if st is None:
                continue
            key = (st.key, st.evidence.start, st.evidence.trigger_start)
            if key not in statements or statements[key].confidence < st.confidence:
                statements[key] = st

    for st in conditional_threats(list(statements.values()), doc, index):  # "ready to impose costs on X if ..."
        statements.setdefault((st.key, st.evidence.start, st.evidence.trigger_start), st)
    ordered = sorted(statements.values(), key=lambda s: (s.evidence.start, s.evidence.trigger_start, s.key))
    return Extraction(document, tuple(mentions), tuple(ordered))
