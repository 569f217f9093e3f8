"""Subheadings glued to the sentence after them.

News texts scraped without their layout run a subheading in capitals into the next sentence
("TRUMP AND MAY ONCE HAND-IN-HAND Islamist militants have carried out ..."); the parser then takes
the heading's names for parts of the sentence (a co-subject of "carried out"). A name inside such a
leading run of capitalised words is no argument of the sentence's relations.

Examples:
    >>> import spacy
    >>> doc = spacy.blank("en")("LEADERS AT ODDS AGAIN Rebels attacked the town.")
    >>> heading_run(doc[:])
    4
    >>> heading_run(spacy.blank("en")("NEW YORK (Reuters) - Rebels attacked the town.")[:])
    0
"""

from __future__ import annotations

__all__ = ["heading_run", "drop_heading_arguments"]

#: Capitalised words a subheading needs before it counts as one (a dateline has one or two).
_MIN_WORDS = 3


def heading_run(sent) -> int:
    """The number of tokens of the leading run of words in capitals (with hyphens and "&"), when it has
    at least three words and text in ordinary case follows; else 0."""
    words, end = 0, 0
    for t in sent:
        if t.is_alpha and t.text.isupper() or (t.text in ("-", "&", "'") and words):
            words += t.is_alpha
            end = t.i - sent.start + 1
            continue
        if t.is_alpha and t.text[0].isupper() and not t.text.isupper() and words >= _MIN_WORDS:
            return end
        return 0
    return 0


def drop_heading_arguments(sent, candidates: list) -> list:
    """``candidates`` without those whose subject or object is a name in the sentence's leading subheading."""
    if not candidates or not sent[0].text.isupper():
        return candidates
    run = heading_run(sent)
    if not run:
        return candidates
    end = sent.start + run

    def inside(arg) -> bool:
        return arg.token is not None and sent.start <= arg.token.i < end

    return [c for c in candidates if not (inside(c.subject) or inside(c.object))]
