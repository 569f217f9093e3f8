"""Avoidance idioms: "steered clear of criticizing X", "shied away from blaming X", "stopped short of".

A verb of avoidance negates the act in its "of/from" phrase only together with its word ("steer" with
"clear", "shy" with "away", "back" with "away/off/down"); the pairs are the ``avoidance`` cue list of
``data/modality.yaml``, read by :func:`graphbuild.modality.modality_of` through :func:`avoided`.
"""

from __future__ import annotations

__all__ = ["avoided"]


def avoided(t, below, cues) -> bool:
    """``t`` is an avoidance verb with its word ("steer clear", "shy away", "stop short") and the path
    comes up to it through that word's or the verb's "of/from" phrase.

    Examples:
        >>> import spacy
        >>> from graphbuild.cues import load_modality_cues
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("en").vocab, words=["X", "shied", "away", "from", "blaming", "Y"],
        ...           heads=[1, 1, 1, 2, 3, 4], deps=["nsubj", "ROOT", "advmod", "prep", "pcomp", "dobj"],
        ...           lemmas=["X", "shy", "away", "from", "blame", "Y"])
        >>> avoided(doc[1], doc[2], load_modality_cues()), avoided(doc[1], doc[0], load_modality_cues())
        (True, False)
    """
    words = (cues.avoidance or {}).get(t.lemma_.lower())
    if not words or not any(c.lower_ in words for c in t.children):
        return False
    return below.lower_ in words or (below.dep_ == "prep" and below.lower_ in ("of", "from"))
