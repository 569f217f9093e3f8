"""The cue lists of ``data/modality.yaml`` (:class:`ModalityCues`), read once (moved from
:mod:`graphbuild.modality`, which re-exports them).

Examples:
    >>> "deny" in load_modality_cues().neg_verbs
    True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["DATA", "ModalityCues", "load_modality_cues"]

DATA = Path(__file__).parent / "data" / "modality.yaml"


@dataclass(frozen=True)
class ModalityCues:
    """The cue lists of ``modality.yaml`` as frozensets."""

    neg_words: frozenset
    neg_determiners: frozenset
    neg_verbs: frozenset
    neg_particles: dict
    neg_nouns: frozenset
    neg_adjectives: frozenset
    modals: frozenset
    conditional_marks: frozenset
    hyp_verbs: frozenset
    hyp_nouns: frozenset
    hyp_adjectives: frozenset
    hyp_phrases: tuple
    hedge_adverbs: frozenset
    hedge_adjectives: frozenset
    hedge_verbs: frozenset
    vague_speakers: frozenset
    speech_verbs: frozenset
    hyp_marks: frozenset = frozenset()
    claim_nouns: frozenset = frozenset()
    dismissal_words: frozenset = frozenset()
    dismissal_verbs: frozenset = frozenset()
    hyp_complement_verbs: frozenset = frozenset()
    hyp_modifiers: frozenset = frozenset()
    deterrence_verbs: frozenset = frozenset()
    deterrence_preps: frozenset = frozenset()
    event_predicates: frozenset = frozenset()
    instruments: frozenset = frozenset()
    hedge_nouns: frozenset = frozenset()
    future_marks: frozenset = frozenset()
    legislative_acts: frozenset = frozenset()
    legislators: frozenset = frozenset()
    double_negatives: frozenset = frozenset()
    against_verbs: frozenset = frozenset()
    neg_quantities: frozenset = frozenset()
    open_conditions: frozenset = frozenset()
    future_times: tuple = ()
    presupposing_verbs: frozenset = frozenset()
    hyp_determiners: frozenset = frozenset()
    neg_pronouns: frozenset = frozenset()
    planned_events: frozenset = frozenset()
    carrying_verbs: frozenset = frozenset()
    topic_verbs: frozenset = frozenset()
    unconfirmed_verbs: frozenset = frozenset()
    condition_nouns: frozenset = frozenset()
    reliance_verbs: frozenset = frozenset()
    fear_verbs: frozenset = frozenset()
    naming_verbs: frozenset = frozenset()
    ending_verbs: frozenset = frozenset()
    avoidance: dict = None  # verb lemma -> the words that make it negating ("steer" -> "clear")


@lru_cache(maxsize=4)
def load_modality_cues(path: str | Path = DATA) -> ModalityCues:
    """Read ``modality.yaml``."""
    from .datafile import load_yaml

    d = load_yaml(Path(path).read_text(encoding="utf-8"))
    f = frozenset
    neg, hyp, hedge, rep = d["negated"], d["hypothetical"], d["hedged"], d["reported"]
    return ModalityCues(
        f(neg["neg_words"]), f(neg["determiners"]), f(neg["verbs"]), dict(neg.get("particles", {})),
        f(neg["nouns"]), f(neg["adjectives"]),
        f(hyp["modals"]), f(hyp["conditional_marks"]), f(hyp["verbs"]), f(hyp["nouns"]),
        f(hyp["adjectives"]), tuple(hyp["phrases"]),
        f(hedge["adverbs"]), f(hedge["adjectives"]), f(hedge["verbs"]), f(hedge["vague_speakers"]),
        f(rep["verbs"]), f(hyp.get("marks", ())),
        f(neg.get("claim_nouns", ())), f(neg.get("dismissal_words", ())), f(neg.get("dismissal_verbs", ())),
        f(hyp.get("complement_verbs", ())), f(hyp.get("modifiers", ())), f(hyp.get("deterrence_verbs", ())),
        f(hyp.get("deterrence_preps", ())), f(neg.get("event_predicates", ())), f(hyp.get("instruments", ())),
        f(hedge.get("nouns", ())), f(hyp.get("future_marks", ())),
        f(hyp.get("legislative_acts", ())), f(hyp.get("legislators", ())),
        f(neg.get("double_negatives", ())), f(neg.get("against_verbs", ())), f(neg.get("quantities", ())),
        f(hyp.get("open_conditions", ())), tuple(hyp.get("future_times", ())),
        f(hyp.get("presupposing_verbs", ())), f(hyp.get("determiners", ())), f(neg.get("pronouns", ())),
        f(hyp.get("planned_events", ())), f(neg.get("carrying_verbs", ())),
        f(neg.get("topic_verbs", ())), f(neg.get("unconfirmed_verbs", ())), f(hyp.get("condition_nouns", ())),
        f(hyp.get("reliance_verbs", ())), f(hyp.get("fear_verbs", ())), f(hyp.get("naming_verbs", ())),
        f(neg.get("ending_verbs", ())),
        {k: f(v) for k, v in (neg.get("avoidance") or {}).items()},
    )
