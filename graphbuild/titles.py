"""Officials named with a title that NER left unaffiliated: "Israeli National Security Advisor
[name]" acts for Israel, and in a government's own release "Deputy National Security Advisor
[name]" or "Homeland Security Advisor [name]" acts for that government.

spaCy often tags the title ("National Security Advisor", "Homeland Security") as an organization
of its own, so the person was tied to no one, or to that made-up organization, and the readout's
meeting became one of the title rather than of the state. Here the capitalized title words right
before a person's name (with "the" or "of" between them; what follows "to" or "for" is the
superior or the brief: "Advisor to the Vice President", "Envoy for Yemen") decide:

- a title that names one known actor (a demonym, a state, an organ, the UN) ties the person to it
  ("UN Special Envoy for Yemen [name]" to the United Nations);
- a title that names none ties the person to the publishing government only for staff titles of a
  government's own officials (advisor, secretary, ambassador, envoy, coordinator, administrator,
  counselor, director, spokesperson, senator, representative) and never for titles that a foreign
  leader carries in the same release ("President [name]", "Foreign Minister [name]", "Secretary
  General [name]");
- an organization NER made of title words inside such a title is a mention of the person;
- a sentence that designates, sanctions or charges is left to the designation rules (the titles
  there are designees' titles: "OFAC designated FSB Director [name]").
"""

from __future__ import annotations

import re
from dataclasses import replace

from .prose import doc_text
from .statement import Mention

__all__ = ["titled_officials"]

#: Title words of a government's own staff: with no country named, the publisher's officials.
STAFF_HEADS = frozenset({
    "advisor", "adviser", "secretary", "ambassador", "envoy", "coordinator", "administrator",
    "counselor", "counsellor", "director", "spokesperson", "spokesman", "spokeswoman", "senator",
    "congressman", "congresswoman", "representative", "assistant",
})
#: Title words a foreign official carries as well: with no country named, nobody's.
FOREIGN_HEADS = frozenset({
    "president", "minister", "king", "queen", "prince", "princess", "chancellor", "premier", "emir",
    "sultan", "general", "commander", "chairman", "chairwoman", "chair", "leader", "governor", "mayor",
    "speaker", "sheikh", "crown", "marshal", "colonel", "majesty", "highness",
})
_HEADS = STAFF_HEADS | FOREIGN_HEADS
_LISTING = re.compile(r"designat|sanction|OFAC|E\.O\.|Executive Order|blocked|indict|charged", re.IGNORECASE)
_LINKS = frozenset({"to", "the", "of", "for", "on"})  # not "and": "the Vice President and President X"


def _title_tokens(doc, span) -> list:
    """The capitalized title words right before ``span`` in its sentence (links between them)."""
    out = []
    i = span.start - 1
    sent_start = span.sent.start
    while i >= sent_start:
        t = doc[i]
        if t.is_title or (t.is_upper and t.is_alpha) or (t.lower_ in _LINKS and out):
            out.append(t)
            i -= 1
        else:
            break
    while out and out[-1].lower_ in _LINKS:  # "... of the" at the far end is no title
        out.pop()
    return out[::-1]


def _demonym_states(tokens) -> set:
    """States named by demonyms inside a made-up organization ("Afghan National Security Advisor")."""
    from .gazetteer import load_gazetteer

    gaz = load_gazetteer()
    out = set()
    for t in tokens:
        actor = gaz.demonym(t.text)
        if actor is not None and actor.type == "State":
            out.add(actor.id)
    return out


def titled_officials(doc, mentions, publisher=None) -> list:
    """``mentions`` with unaffiliated officials tied to the actor their title names (see the module).

    Args:
        doc: The parsed ``Doc``.
        mentions: The document's mentions.
        publisher: The state publishing the document (``speakers.publisher``), or ``None``.

    Returns:
        The mentions, with such persons' actors given ``acts_for`` (every mention of the person), and
        organizations NER made of the words of their titles turned into mentions of the person.
    """
    mentions = list(mentions)
    spans = {}
    by_tok = {}
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        spans[id(m)] = span
        for t in span:
            by_tok.setdefault(t.i, m)
    tied, titles = {}, {}  # person id -> the actor it acts for; title mention -> person id
    for m in mentions:
        a = m.actor
        span = spans.get(id(m))
        if span is None or a.type != "Person" or not a.id.startswith("ner-") or a.id in tied:
            continue
        if a.acts_for and not a.acts_for.startswith("ner-"):
            continue  # already someone's official
        if _LISTING.search(doc_text(doc)[span.sent.start_char:span.sent.end_char]):
            continue  # "OFAC designated Director X": a designee's title; the designation rules read it
        inner = [t for t in span if t.lower_ in _HEADS]  # "National Security Advisor X"
        title = _title_tokens(doc, span)
        # "Advisor to the Vice President", "Special Envoy for Yemen": what follows "to" or "for" is
        # the superior or the brief, not the title nor the official's side ("of Japan" is)
        cut = next((k for k, t in enumerate(title) if t.lower_ in ("to", "for")), len(title))
        title = title[:cut]
        words = {t.lower_ for t in title + inner}
        if not words & _HEADS:
            continue
        named = {by_tok[t.i] for t in title if t.i in by_tok}
        if any(n.actor.type == "Person" for n in named):
            continue  # another person's name: the words are not this one's title
        known = {n.actor.acts_for if n.actor.type == "GovernmentOrgan" and n.actor.acts_for else n.actor.id
                 for n in named if not n.actor.id.startswith("ner-")}
        known |= _demonym_states(t for t in title if t.i in by_tok and by_tok[t.i].actor.id.startswith("ner-"))
        if len(known) == 1:
            target = known.pop()
        elif not known and publisher is not None and words & STAFF_HEADS and not words & FOREIGN_HEADS:
            target = publisher.id
        else:
            continue
        tied[a.id] = target
        for n in named:  # the title's words name the person, not an organization
            if n.actor.id.startswith("ner-") and n.actor.type == "Organization":
                titles[id(n)] = a.id
    if not tied:
        return mentions
    actors = {m.actor.id: replace(m.actor, acts_for=tied[m.actor.id]) for m in mentions if m.actor.id in tied}
    out = []
    for m in mentions:
        if id(m) in titles:
            m = Mention(actors[titles[id(m)]], m.text, m.start, m.end)
        elif m.actor.id in tied:
            m = Mention(actors[m.actor.id], m.text, m.start, m.end)
        out.append(m)
    return out
