"""Rule-based coreference for actor mentions: definite descriptions, pronouns, quoted "we".

Why rules: the maintained neural resolvers need model weights from a hub (``coreferee`` needs a
model package from GitHub; ``fastcoref``/``maverick`` need Hugging Face weights), which cannot be
installed here from PyPI alone. The rules below are deliberately conservative: a wrong antecedent
creates a wrong edge, a missing one only loses recall.

* Definite descriptions ("the group", "the militants", "the jihadist group", "the country",
  "the regime", "the military") refer to the most recent compatible actor within a few
  sentences: armed-group nouns to an ``ArmedGroup`` (``group``/``organization`` also to an
  ``Organization``), state nouns to a ``State`` or to the state of the most recent person or organ
  acting for one. Locative uses ("an attack in the country") are left alone. "The suspect",
  "the attacker", "the gunman" refer to the most recent person named within two sentences.
* Pronouns refer to the most salient compatible actor of the same or the previous sentence:
  subjects first, then recency. "it"/"its" need a State, ArmedGroup, Organization or organ;
  "they"/"them"/"their" an ArmedGroup or a plural mention ("Pakistani officials"); "he" as
  subject a Person ("she" a person whose role says so, "spokeswoman", or else the one person
  named before it in its sentence, as a subject: no gender data). A pronoun is left alone when a
  non-actor subject noun stands between it and the candidate ("Gunmen opened fire ... they"),
  "it"/"its" also when a text in an earlier sentence does ("Congress passed the law in May. It
  targets X": the law), and pleonastic "it" ("it is clear that") is skipped.
* A title with "the" ("the Vice President", "the Secretary") refers to the one person named
  within six sentences with exactly that role, or with a role holding that one word; with two
  such persons ("the President" after two presidents) nothing is resolved.
* "we"/"us"/"our" inside a quotation refer to the actor the speaker acts for, when a speech verb
  ("said", "told") attributes the quotation to a known mention.
* "I"/"me"/"my" outside quotes, in a statement or remarks of one official ("Statement from
  President X"), are the state that issued it (:func:`graphbuild.authors.author_mentions`).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .anaphors import (ARMED_NOUNS, BARE_ONLY, DEF_WINDOW, MALE_ROLE, ORG_OK, PART_NOUNS, PERSON_NOUNS,
                       PERSONAL, PLURAL, QUOTE_PAIRS, SAY, SINGULAR, STATE_NOUNS, STYLED, SUBJ, TEXT_NOUNS,
                       WE, compatible, is_pleonastic, state_of, styled)
from .prose import doc_text, token_column, tokens_with
from .sentences import sentences
from .statement import Mention

__all__ = ["resolve_coreference", "ARMED_NOUNS", "STATE_NOUNS", "TEXT_NOUNS"]

_ANAPHOR_WORDS = SINGULAR | PLURAL | PERSONAL | ARMED_NOUNS | STATE_NOUNS | PERSON_NOUNS
_START_WORDS: list = [None, frozenset()]


class _Resolver:
    def __init__(self, doc, mentions):
        from .lexicon import is_news_source
        from .prose import is_prose

        self.doc = doc
        self.text = doc_text(doc)
        self.token_starts = token_column(doc, "IDX").tolist() if len(doc) else []
        self.mentions = list(mentions)
        self.is_news_source = is_news_source
        self.sents = sentences(doc)
        self.prose = [is_prose(s) for s in self.sents]
        self.sent_of = {}
        for k, s in enumerate(self.sents):
            for i in range(s.start, s.end):
                self.sent_of[i] = k
        self.covered = {}
        for m in self.mentions:
            for tok in doc.char_span(m.start, m.end, alignment_mode="expand") or ():
                self.covered[tok.i] = m
        self.new: list[Mention] = []

    # -- candidates ----------------------------------------------------------------------------
    def _mention_tokens(self, m):
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return span

    def candidates(self, tok, sentences_back: int):
        """Mentions before ``tok`` in its sentence and the ``sentences_back`` before, latest first."""
        k = self.sent_of.get(tok.i, 0)
        lo = self.sents[max(0, k - sentences_back)].start_char
        found = [m for m in self.mentions + self.new if lo <= m.start and m.end <= tok.idx]
        return sorted(found, key=lambda m: -m.start)

    def blocked(self, tok, mention, kind) -> bool:
        """A non-actor subject noun between the candidate and the pronoun blocks the link."""
        doc = self.doc
        start = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if start is None:
            return True
        for t in doc[start.end:tok.i]:
            if kind in {"person", "female"} and t.dep_ in SUBJ and t.pos_ in {"NOUN", "PROPN"}:
                other = self.covered.get(t.i)
                if other is None or other.actor.id != mention.actor.id:
                    return True  # "he" takes the nearest subject; another name or noun stands between
            if t.dep_ not in SUBJ or t.i in self.covered or t.pos_ not in {"NOUN", "PROPN"} \
                    or t.i == start.root.i:
                continue
            if kind == "plural" and t.tag_ in {"NNS", "NNPS"}:
                return True
            if kind in {"singular", "person"} and t.tag_ in {"NN", "NNP"}:
                return True
        if tok.lower_ in ("it", "its") and any(
                t.lemma_.lower() in TEXT_NOUNS and t.tag_ == "NN" and t.i not in self.covered
                and self.sent_of.get(t.i) != self.sent_of.get(tok.i)
                and (t.dep_ in {"nsubj", "nsubjpass", "dobj", "attr", "appos"} or t.dep_ == "pobj" and t.head.lower_
                     not in {"in", "under", "by", "through", "via", "with"}) for t in doc[start.end:tok.i]):
            return True  # "Congress passed the law in May. It targets X": the law (not "issued a ruling on a bank it
            # accused", "said in a statement that it": the same sentence)
        if tok.lower_ == "it" and (tok.dep_ not in SUBJ or tok.head.pos_ == "NOUN"
                                   or tok.head.lemma_ == "be"):
            # "condemns the attack and considers it a violation": a thing is nearer
            for t in doc[start.end:tok.i]:
                if t.dep_ in {"dobj", "pobj"} and t.tag_ == "NN" and t.i not in self.covered:
                    return True
        return False

    def salient(self, tok, kind):
        best, best_score = None, None
        for m in self.candidates(tok, 1):
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or self.is_news_source(m.actor):
                continue
            plural = span[-1].tag_ in {"NNS", "NNPS"} if span[-1].tag_ else None
            if not compatible(m.actor, m.text, kind, plural):
                continue
            same = self.sent_of.get(span.start) == self.sent_of.get(tok.i)
            subject = span.root.dep_ in SUBJ or (span.root.dep_ == "conj" and span.root.head.dep_ in SUBJ)
            score = (2 if subject else 0) + (1 if same else 0) - (tok.idx - m.start) / 10000
            if best_score is None or score > best_score:
                best, best_score = m, score
        if best is None or self.blocked(tok, best, kind):
            return None
        return best

    def add(self, start_tok, end_tok, actor):
        doc = self.doc
        start, end = doc[start_tok].idx, doc[end_tok - 1].idx + len(doc[end_tok - 1].text)
        m = Mention(actor=actor, text=self.text[start:end], start=start, end=end)
        self.new.append(m)
        for i in range(start_tok, end_tok):
            self.covered[i] = m

    # -- rules -----------------------------------------------------------------------------------
    def definite(self, tok):
        low = tok.lower_
        if low in ARMED_NOUNS:
            kind = "group" if low in ORG_OK else "armed"
        elif low in STATE_NOUNS:
            kind = "state"
        elif low in PERSON_NOUNS:
            kind = "person"
        else:
            return
        if tok.pos_ == "PROPN" and tok.ent_type_ in {"", "GPE", "LOC", "ORG"} and tok.is_title and \
                low in STATE_NOUNS | ARMED_NOUNS:
            pass  # "the Military", "the Group" written with a capital
        elif tok.pos_ != "NOUN":
            return
        if any(c.dep_ == "prep" and c.lower_ in {"of", "in", "for"} for c in tok.children):
            return
        if kind == "state" and tok.head.lower_ in {"in", "across", "around", "throughout", "inside",
                                                   "into", "within", "outside"}:
            return  # "the worst attack in the country": a place, not an actor
        if low in BARE_ONLY and tok.i - 1 >= 0 and self.doc[tok.i - 1].lower_ != "the":
            return
        if tok.head.lower_ == "of" and tok.head.head.lower_ in PART_NOUNS:
            return  # "the Afghan wing of the group", "a branch of the organization": another actor
        if tok.dep_ in {"compound", "amod", "appos", "attr", "oprd"} or tok.head.lower_ == "as":
            return  # "the group ISIS", "X is the group", "recognize X as the government"
        dets = [c for c in tok.lefts if c.dep_ == "det"]
        if not dets and tok.i > 0 and self.doc[tok.i - 1].lower_ == "the" and any(
                c.dep_ == "case" for c in tok.children):
            dets = [self.doc[tok.i - 1]]  # "the military's actions": "the" parsed as the head's determiner
        if not dets or dets[0].lower_ != "the":
            return
        start = dets[0].i
        for t in self.doc[start + 1:tok.i]:
            if t.i in self.covered or t.pos_ not in {"ADJ", "NOUN", "PROPN", "PUNCT", "ADV"}:
                return
            if t.ent_type_ and (t.ent_type_ != "NORP" or kind == "state"):
                return  # "the Norwegian government" names a state of its own
        if any(c.dep_ in {"relcl", "acl", "appos"} for c in tok.rights):
            return  # "the group that claimed ...", "the group, X," introduce rather than refer
        own_subjects = self.clause_subjects(tok) if tok.dep_ not in SUBJ else set()
        for m in self.candidates(tok, 2 if kind == "person" else DEF_WINDOW):
            if compatible(m.actor, m.text, kind) and not self.is_news_source(m.actor):
                actor = state_of(m.actor) if kind == "state" else m.actor
                if self.char_tokens(m) & own_subjects:
                    continue  # "the United States thanked the Kingdom": not the subject itself
                if low in STYLED and not styled(actor, low):
                    continue  # "the Kingdom" only for a state styled "Kingdom of ..."
                if kind == "state":  # "two Turkish ministries and the country's officials"
                    actor = self.demonym_between(m.end, start) or actor
                self.add(start, tok.i + 1, actor)
                return

    def char_tokens(self, m) -> set:
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return set() if span is None else {t.i for t in span}

    def clause_subjects(self, tok) -> set:
        """Tokens of the subjects of the verb that governs ``tok`` (through prepositions)."""
        head = tok.head
        while head.pos_ not in {"VERB", "AUX"} and head.dep_ in {"pobj", "prep", "dobj", "conj"} \
                and head.head is not head:
            head = head.head
        if head.pos_ not in {"VERB", "AUX"}:
            return set()
        return {t.i for c in head.children if c.dep_ in SUBJ for t in c.subtree}

    def demonym_between(self, start_char: int, end_tok: int):
        """The state of the last demonym adjective ("Turkish") after ``start_char`` and before token
        ``end_tok`` in the same sentence, outside any mention."""
        from .gazetteer import load_gazetteer

        gaz = load_gazetteer()
        k = self.sent_of.get(end_tok)
        for t in reversed(self.doc[:end_tok]):
            if t.idx < start_char or self.sent_of.get(t.i) != k:
                return None
            if t.i in self.covered or not t.is_title or t.pos_ not in {"ADJ", "PROPN"}:
                continue
            actor = gaz.demonym(t.text)
            if actor is not None and actor.type == "State":
                return actor
        return None

    def pronoun(self, tok):
        low = tok.lower_
        if low in SINGULAR:
            kind = "singular"
        elif low in PLURAL:
            kind = "plural"
        elif low in PERSONAL and tok.dep_ in SUBJ:
            kind = "person" if low == "he" else "female"
        else:
            return
        if is_pleonastic(tok):
            return
        m = self.salient(tok, kind)
        if m is None and kind == "female":
            m = self.only_person(tok)
        if m is not None:
            self.add(tok.i, tok.i + 1, m.actor)

    def only_person(self, tok):
        """"she" without gender data: the one person named before it in its sentence, when that
        person is a subject there and no role marks a man."""
        persons = {m.actor.id: m for m in self.candidates(tok, 0) if m.actor.type == "Person"}
        if len(persons) != 1:
            return None
        (m,) = persons.values()
        if MALE_ROLE.search(m.actor.role or ""):
            return None
        k = self.sent_of.get(tok.i)
        for other in self.mentions + self.new:
            span = self.doc.char_span(other.start, other.end, alignment_mode="expand")
            if other.actor.id == m.actor.id and span is not None and other.end <= tok.idx and \
                    self.sent_of.get(span.root.i) == k and span.root.dep_ in SUBJ:
                return m
        return None

    def title(self, tok):
        """"the Vice President", "the Secretary": the one person named in the last sentences with
        exactly that role, or with a role holding that one word ("secretary of state")."""
        from .lexicon import load_lexicon

        words = load_lexicon().role_words
        doc = self.doc
        if tok.lower_ not in words or tok.i + 1 < len(doc) and (
                doc[tok.i + 1].lower_ in words | {"of", "for"} or doc[tok.i + 1].pos_ == "PROPN"):
            return
        start = tok.i
        while start > 0 and tok.i - start < 3 and doc[start - 1].is_alpha and \
                doc[start - 1].lower_ != "the" and doc[start - 1].i not in self.covered and \
                doc[start - 1].pos_ in {"PROPN", "NOUN", "ADJ"}:
            start -= 1
        if start == 0 or doc[start - 1].lower_ != "the":
            return
        phrase = " ".join(t.lower_ for t in doc[start:tok.i + 1])
        holders = {}
        for m in self.candidates(doc[start - 1], DEF_WINDOW + 2):
            role = (m.actor.role or "").lower()
            if m.actor.type == "Person" and (role == phrase or (
                    " " not in phrase and phrase in role.split() and phrase not in {"vice", "deputy"}
                    and not role.startswith(("vice ", "deputy ")))):
                holders.setdefault(m.actor.id, m.actor)
        if len(holders) == 1:  # "the Secretary" after "Secretary of State X"; two presidents: nobody
            self.add(start - 1, tok.i + 1, next(iter(holders.values())))

    def quotes(self):
        """"we" inside a quotation -> the actor the attributed speaker acts for."""
        from .actors import acting_actor

        text = self.text
        for open_q, close_q in QUOTE_PAIRS.items():
            pattern = re.escape(open_q) + r"([^" + re.escape(close_q) + r"]{2,2000})" + re.escape(close_q)
            for qm in re.finditer(pattern, text):
                qs, qe = qm.start(), qm.end()
                inside = [t for t in self.tokens_between(qs + 1, qe) if t.lower_ in WE
                          and t.pos_ == "PRON" and t.i not in self.covered]
                if not inside:
                    continue
                speaker = self.speaker(qs, qe)
                if speaker is None:
                    continue
                actor = acting_actor(speaker.actor, [m.actor for m in self.mentions])
                if actor.type in {"Person", "Place"} or self.is_news_source(actor):
                    continue
                for t in inside:
                    k = self.sent_of.get(t.i)
                    if k is not None and self.prose[k]:
                        self.add(t.i, t.i + 1, actor)

    def tokens_between(self, start: int, end: int) -> list:
        """Tokens whose first character lies in ``start:end``."""
        lo = bisect_left(self.token_starts, max(0, start))
        hi = bisect_left(self.token_starts, end)
        return [self.doc[i] for i in range(lo, hi)]

    def speaker(self, qs, qe):
        near = [t for t in self.tokens_between(qe, qe + 80) + self.tokens_between(qs - 120, qs)
                if t.lemma_ in SAY and t.pos_ == "VERB"]
        for verb in near:
            for c in verb.children:
                if c.dep_ in SUBJ:
                    m = self.covered.get(c.i)
                    if m is None:
                        m = next((self.covered[t.i] for t in c.subtree if t.i in self.covered), None)
                    if m is not None:
                        return m
        return None

    def run(self):
        from .lexicon import load_lexicon

        roles = load_lexicon().role_words
        if _START_WORDS[0] is not roles:  # every word pronoun(), definite() and title() can start at
            _START_WORDS[0], _START_WORDS[1] = roles, _ANAPHOR_WORDS | roles
        for tok in tokens_with(self.doc, _START_WORDS[1]):
            k = self.sent_of.get(tok.i)
            if k is None or not self.prose[k] or tok.i in self.covered:
                continue
            if tok.pos_ == "PRON":
                self.pronoun(tok)
            elif tok.pos_ in {"NOUN", "PROPN"}:
                self.definite(tok)
                if tok.i not in self.covered:
                    self.title(tok)
        self.quotes()
        return tuple(sorted(self.mentions + self.new, key=lambda m: m.start))


def resolve_coreference(doc, mentions) -> tuple[Mention, ...]:
    """Add mentions for anaphora that refer to actors already mentioned.

    Args:
        doc: A parsed ``Doc`` (needs sentences and a dependency parse; otherwise nothing is added).
        mentions: The document's mentions, sorted and non-overlapping (:func:`find_mentions`).

    Returns:
        The mentions plus one new mention per resolved anaphor (its ``text`` is the surface form,
        e.g. "the jihadists"), sorted by start, still non-overlapping.
    """
    if not doc.has_annotation("DEP") or not doc.has_annotation("SENT_START"):
        return tuple(mentions)
    from .generics import unnamed_agent_mentions, unnamed_armed_mentions
    from .relations import load_lexicon

    spec = load_lexicon().raw["attacks"]
    out = unnamed_armed_mentions(doc, _Resolver(doc, mentions).run())  # "Insurgents attacked ..."
    return unnamed_agent_mentions(doc, out, frozenset(spec.get("agent_nouns", ())),  # "the ringleader of the attack"
                                  frozenset(spec.get("event_nouns", ())))
