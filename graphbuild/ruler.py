"""The gazetteer as a fast entity ruler: spaCy's ``PhraseMatcher`` instead of token patterns.

The gazetteer gives token patterns (:meth:`graphbuild.gazetteer.Gazetteer.ruler_patterns`), each
token either an exact ``ORTH`` (case-sensitive forms), a ``LOWER`` form, or a small ``IN`` set
(dash and apostrophe variants). spaCy's token ``Matcher`` tests every pattern at every token, so
four thousand of them cost more than the parser. Every such pattern is a finite set of exact
phrases, so :class:`ActorRuler` expands each into its phrases and matches them with two
``PhraseMatcher``\\ s, one on ``LOWER`` (forms matched in any case) and one on ``ORTH``
(case-sensitive forms), whose cost does not grow with the number of patterns. The matches are
turned into entities exactly as spaCy's ``entity_ruler`` does: the longest match wins, existing
entities are kept, and each entity's ``ent_id_`` is the actor id.

Examples:
    >>> phrases([{"ORTH": "Hamas"}])
    ('ORTH', [('Hamas',)])
    >>> phrases([{"LOWER": "al"}, {"ORTH": {"IN": ["-", "\\u2013"]}}, {"LOWER": "qaeda"}])
    ('LOWER', [('al', '-', 'qaeda'), ('al', '\\u2013', 'qaeda')])
"""

from __future__ import annotations

from itertools import product

__all__ = ["ActorRuler", "phrases"]


def phrases(pattern: list[dict]) -> tuple[str, list[tuple[str, ...]]]:
    """The attribute (``ORTH`` or ``LOWER``) and the exact phrases a token pattern matches.

    A pattern with any exact ``ORTH`` word is case-sensitive (its ``IN`` tokens are dashes and
    apostrophes, which have no case); any other pattern is matched on ``LOWER``.

    Raises:
        ValueError: A token uses another attribute or operator (not a gazetteer pattern).
    """
    cased = any(isinstance(t.get("ORTH"), str) for t in pattern)
    choices = []
    for token in pattern:
        if len(token) != 1 or not set(token) <= {"ORTH", "LOWER"}:
            raise ValueError(f"not a gazetteer token pattern: {token!r}")
        value = next(iter(token.values()))
        if isinstance(value, dict) and set(value) != {"IN"}:
            raise ValueError(f"not a gazetteer token pattern: {token!r}")
        options = value["IN"] if isinstance(value, dict) else [value]
        choices.append(options if cased else [o.lower() for o in options])
    return ("ORTH" if cased else "LOWER"), list(dict.fromkeys(product(*choices)))


class ActorRuler:
    """A pipeline component that marks gazetteer forms as entities (label: actor type, id: actor id).

    Args:
        vocab: The pipeline's vocabulary.
        patterns: ``{"label", "pattern", "id"}`` token patterns as the gazetteer gives them.
    """

    def __init__(self, vocab, patterns: list[dict]):
        from spacy.matcher import PhraseMatcher
        from spacy.tokens import Doc

        self.vocab = vocab
        self.matchers = {"LOWER": PhraseMatcher(vocab, attr="LOWER"), "ORTH": PhraseMatcher(vocab, attr="ORTH")}
        self.keys: dict[int, tuple[str, str]] = {}
        for p in patterns:
            attr, forms = phrases(p["pattern"])
            key = f"{p['label']}\x1f{p.get('id') or ''}"
            self.keys[vocab.strings.add(key)] = (p["label"], p.get("id") or "")
            self.matchers[attr].add(key, [Doc(vocab, words=list(words)) for words in forms])

    def __call__(self, doc):
        from spacy.pipeline.span_ruler import prioritize_existing_ents_filter
        from spacy.tokens import Span

        matches = {Span(doc, start, end, label=self.keys[key][0], span_id=self.keys[key][1])
                   for matcher in self.matchers.values() for key, start, end in matcher(doc)}
        doc.ents = sorted(prioritize_existing_ents_filter(list(doc.ents), sorted(matches)))
        return doc

    def __len__(self) -> int:
        return sum(len(m) for m in self.matchers.values())
