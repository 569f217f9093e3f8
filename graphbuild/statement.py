"""The immutable types that pass between NLP and RDF.

Text comes in as a :class:`Document`; extraction yields an :class:`Extraction` holding the
actor :class:`Mention` s and the :class:`Statement` s of that document; :mod:`graphbuild.rdf`
turns extractions into RDF.

Examples:
    >>> russia = Actor(id="russia", label="Russia", type="State", wikidata="Q159")
    >>> taliban = Actor(id="taliban", label="Taliban", type="ArmedGroup", wikidata="Q42418")
    >>> ev = Evidence(doc_id="d1", sentence="Russia met the Taliban.", start=0, end=23,
    ...               trigger="met", trigger_start=7, trigger_end=10)
    >>> s = Statement(subject=russia, relation="meets", object=taliban, evidence=ev)
    >>> s.is_plain_edge
    True
    >>> s.key
    ('russia', 'meets', 'taliban', 'asserted')
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from .namespace import ACTOR_TYPES, MODALITIES, PLAIN_EDGE_MODALITIES, RELATIONS

__all__ = ["Actor", "Mention", "Evidence", "Statement", "Document", "Extraction"]


@dataclass(frozen=True)
class Actor:
    """A canonical actor.

    Attributes:
        id: Stable key; the actor IRI is derived from it (``russia``, ``ner-abdul-qahar-balkhi``).
        label: Canonical label.
        type: Ontology class local name, one of ``ACTOR_TYPES``.
        wikidata: Wikidata item id (``Q159``) when known.
        acts_for: ``id`` of the actor a person or organ acts for.
        role: The role in which it acts (``spokesman``), when the text gives it.
    """

    id: str
    label: str
    type: str = "Organization"
    wikidata: str | None = None
    acts_for: str | None = None
    role: str | None = None

    def __post_init__(self):
        if self.type not in ACTOR_TYPES:
            raise ValueError(f"unknown actor type {self.type!r}; expected one of {ACTOR_TYPES}")


@dataclass(frozen=True)
class Mention:
    """A surface form of an actor in a document (code-point offsets, end exclusive)."""

    actor: Actor
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Evidence:
    """Where a statement was read: the sentence and the trigger, as offsets into the document text."""

    doc_id: str
    sentence: str
    start: int
    end: int
    trigger: str
    trigger_start: int
    trigger_end: int


@dataclass(frozen=True)
class Statement:
    """One relation between two actors as the text puts it.

    Attributes:
        subject: The actor that acts (a state when a person or organ acted for it).
        relation: One of ``RELATIONS``.
        object: The actor acted upon.
        evidence: The sentence and trigger it was read from.
        modality: One of ``MODALITIES``; hypothetical and negated statements never become plain edges.
        confidence: 0..1, how sure the extractor is that the text says this.
        agent: The person or organ that acted for the subject, when not the subject itself.
        according_to: Who the text says said it (reported speech).
        event_date: An explicit ISO date (``2024-03-22``, ``2024-03``, ``2024``) the sentence gives.
    """

    subject: Actor
    relation: str
    object: Actor
    evidence: Evidence
    modality: str = "asserted"
    confidence: float = 0.5
    agent: Actor | None = None
    according_to: Actor | None = None
    event_date: str | None = None

    def __post_init__(self):
        if self.relation not in RELATIONS:
            raise ValueError(f"unknown relation {self.relation!r}; expected one of {RELATIONS}")
        if self.modality not in MODALITIES:
            raise ValueError(f"unknown modality {self.modality!r}; expected one of {MODALITIES}")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence {self.confidence} is outside 0..1")

    @property
    def is_plain_edge(self) -> bool:
        """True when the statement also becomes a plain ``actor :relation actor`` edge."""
        return self.modality in PLAIN_EDGE_MODALITIES and self.subject.id != self.object.id

    @property
    def key(self) -> tuple[str, str, str, str]:
        """The identity of the claim across documents: subject, relation, object, modality."""
        return (self.subject.id, self.relation, self.object.id, self.modality)


#: Unicode spaces read as a plain space: no-break, figure, narrow no-break, en, em, thin, hair ...
_SPACES = {c: " " for c in (0xA0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
                            0x2009, 0x200A, 0x202F, 0x205F, 0x3000)}


@dataclass(frozen=True)
class Document:
    """A text to extract from, with the metadata the corpus gives.

    Examples:
        >>> Document(id="d1", text="abc").sha256[:12]
        'ba7816bf8f01'
        >>> Document(id="d2", text="designated\xa0two firms").text
        'designated two firms'
    """

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None

    def __post_init__(self):
        # no-break and other fixed-width spaces ("designated\xa0two firms", in 7,141 of the 10,778
        # U.S. government texts) become plain spaces, which the parser was trained on; one character
        # for one, so every offset into the text stays the same
        if not self.text.isascii():
            object.__setattr__(self, "text", self.text.translate(_SPACES))

    @property
    def sha256(self) -> str:
        """Hex SHA-256 of the UTF-8 text."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document."""

    document: Document
    mentions: tuple[Mention, ...] = field(default_factory=tuple)
    statements: tuple[Statement, ...] = field(default_factory=tuple)

    @property
    def actors(self) -> tuple[Actor, ...]:
        """Distinct actors mentioned or related, in first-seen order."""
        seen: dict[str, Actor] = {}
        for m in self.mentions:
            seen.setdefault(m.actor.id, m.actor)
        for s in self.statements:
            for a in (s.subject, s.object, s.agent, s.according_to):
                if a is not None:
                    seen.setdefault(a.id, a)
        return tuple(seen.values())
