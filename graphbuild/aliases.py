"""Aliases and pieces of designees' names: identifying brackets, glued headings, names NER cuts.

* "X (a.k.a. Y; DOB ...; nationality Z)", "X, also known as Y,": the alias is X, the other names in
  the bracket are no actors; a name NER runs into the bracket ends there, and a name NER cuts into
  pieces before it is one person (:func:`alias_mentions`).
* "Iyad Nazmi Salih Khalil Khalil was designated": a heading glued to a sentence that opens with
  the short name is the full name and the short name of one person.
* "Talib \u2018Ali Husayn al-Rawi": a name cut at an ayn mark is one name; a bare legal form
  ("(L.L.C)") names no one.
"""

from __future__ import annotations

import re

from .designees import LEGAL_FORMS
from .names import canonical_label, ner_actor_id
from .prose import doc_text
from .sentences import _ID_BRACKET  # the one opening of an identifying bracket
from .statement import Actor, Mention

__all__ = ["alias_mentions", "designee_aliases"]

_ALIAS_CUE = r"(?:a\.k\.a\.?|aka|f\.k\.a\.?|also known as|formerly known as|also spelled)"
_ALIAS_CLAUSE = re.compile(r"(?:^|[;,(])\s*" + _ALIAS_CUE + r"\s+\W*$")
_COMMA_ALIAS = re.compile(r",\s*" + _ALIAS_CUE + r"\s+")


def _glued_heading(mentions, text: str) -> list:
    """Mentions with a heading's full name glued to a sentence that opens with the short name split
    in two: "Iyad Nazmi Salih Khalil Khalil was designated" (the heading "Iyad Nazmi Salih Khalil",
    then "Khalil was designated") names one person twice, and NER reads "Khalil Khalil", or "Bassam
    Ahmad al-Hasri Al-Hasri", as one name. The full name is found where the text wrote it before, or
    as a person's name whose last word repeats.

    Examples:
        >>> from graphbuild.statement import Actor
        >>> text = "Omar Farid Nadim (Nadim) was named. Omar Farid Nadim Nadim was listed."
        >>> full = Mention(Actor("ner-omar-farid-nadim", "Omar Farid Nadim", "Person"), "Omar Farid Nadim", 0, 16)
        >>> glued = Mention(Actor("ner-nadim-nadim", "Nadim Nadim", "Person"), "Nadim Nadim", 47, 58)
        >>> [(m.text, m.start) for m in _glued_heading([full, glued], text)]
        [('Omar Farid Nadim', 0), ('Omar Farid Nadim', 36), ('Nadim', 53)]
        >>> {m.actor.id for m in _glued_heading([full, glued], text)}
        {'ner-omar-farid-nadim'}
    """
    out = list(mentions)
    names: dict = {}
    for m in mentions:
        words = m.text.split()
        if m.actor.type != "Person" or len(words) < 2:
            continue
        if words[-1].lower() == words[-2].lower() and len(words) > 2:
            names.setdefault(" ".join(words[:-1]), None)  # "Bassam Ahmad al-Hasri Al-Hasri"
        elif words[-1].lower() != words[-2].lower():
            names[m.text] = names.get(m.text) or m.actor
    for name, actor in names.items():
        last = name.split()[-1]
        if not _repeats_last(text, name, last):
            continue  # the cheap test first: most names are never followed by their last word
        double = re.escape(last) + r"\s+" + re.escape(last)
        if re.search(r"\(\s*" + double + r"\s*\)|" + re.escape(name) + r"\s+" + re.escape(last) + r"\s*\(", text):
            continue  # "Jose Gonzalo Sanchez Sanchez (Sanchez Sanchez)": the surname is double
        pattern = re.compile(r"(?<![\w-])" + re.escape(name) + r"\s+((?i:" + re.escape(last) + r"))(?![\w-])")
        for hit in pattern.finditer(text):
            if not hit.group(1)[:1].isupper() or not _opens_sentence(text, hit.start()) \
                    or text[hit.end():].lstrip().startswith("("):
                continue  # "sanctioning Jose Gonzalo Sanchez Sanchez (Sanchez Sanchez)": a double surname
            start, end = hit.start(), hit.end()
            if actor is None:
                label = canonical_label(name)
                actor = Actor(ner_actor_id(label), label, "Person")
            out = [m for m in out if m.end <= start or m.start >= end]
            out += [Mention(actor, name, start, start + len(name)), Mention(actor, hit.group(1), hit.start(1), end)]
    return sorted(out, key=lambda m: (m.start, m.end))


def _repeats_last(text: str, name: str, last: str) -> bool:
    """Whether ``name`` is somewhere followed by white space and ``last`` (any case).

    Examples:
        >>> _repeats_last("Omar Nadim  Nadim was listed", "Omar Nadim", "Nadim")
        True
        >>> _repeats_last("Omar Nadim was listed", "Omar Nadim", "Nadim")
        False
    """
    last = last.lower()
    i = text.find(name)
    while i != -1:
        j = i + len(name)
        k = j
        while k < len(text) and text[k].isspace():
            k += 1
        if k > j and text[k:k + len(last)].lower() == last:
            return True
        i = text.find(name, i + 1)
    return False


_BARE_FORMS = frozenset(f.replace(".", "").upper() for f in LEGAL_FORMS)
_AYN = frozenset("\u2018\u2019'\u02bf\u02bb`")
_WORD_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w-]* $")
_NOT_FIRST_NAMES = frozenset({"the", "a", "an", "and", "or", "of", "by", "with", "for", "from", "to", "in", "on", "at",
                              "as", "said", "says", "president", "minister", "king", "prince", "sheikh", "emir",
                              "general", "colonel", "commander", "leader", "chairman", "director", "deputy",
                              "governor", "judge", "senator", "ambassador", "mr", "mrs", "dr", "imam", "mullah"})


def _name_pieces(mentions, text: str) -> list:
    """Mentions with a bare legal form dropped ("Abu Sumbol General Trading (L.L.C)": "L.L.C" names no
    one) and a person's name cut at an ayn mark joined ("Talib \u2018Ali Husayn al-Rawi": NER reads
    "Talib" and "Ali Husayn al-Rawi"; every mention of either piece becomes the whole name).

    Examples:
        >>> from graphbuild.statement import Actor
        >>> text = "Sami \u2018Adil Nasr and Nasr Trading (L.L.C) were listed."
        >>> a = Mention(Actor("ner-sami", "Sami", "Person"), "Sami", 0, 4)
        >>> b = Mention(Actor("ner-adil-nasr", "Adil Nasr", "Person"), "Adil Nasr", 6, 15)
        >>> c = Mention(Actor("ner-l-l-c", "L.L.C", "Organization"), "L.L.C", 33, 38)
        >>> [(m.text, m.actor.label) for m in _name_pieces([a, b, c], text)]
        [('Sami \u2018Adil Nasr', 'Sami \u2018Adil Nasr')]
    """
    out = [m for m in mentions
           if not (m.actor.id.startswith("ner-") and m.text.replace(".", "").upper() in _BARE_FORMS)]
    joined: dict = {}
    for b in out:
        if b.actor.type != "Person" or not b.actor.id.startswith("ner-") or text[b.start - 1:b.start] not in _AYN:
            continue
        word = _WORD_BEFORE.search(text, 0, b.start - 1)
        if word is None or word.group().strip().lower() in _NOT_FIRST_NAMES:
            continue  # "President \u2018Abd Rabbuh Hadi": a title, not a first name
        name = text[word.start():b.end]
        label = canonical_label(name)
        whole = Actor(ner_actor_id(label), label, "Person")
        joined[(word.start(), b.end)] = Mention(whole, name, word.start(), b.end)
        joined.setdefault(b.actor.id, whole)
        joined.update({a.actor.id: whole for a in out if a.actor.id.startswith("ner-") and a.actor.type == "Person"
                       and word.start() <= a.start and a.end <= word.end()})
    if not joined:
        return out
    spans = [k for k in joined if isinstance(k, tuple)]
    out = [m for m in out if not any(s <= m.start and m.end <= e for s, e in spans)]
    out = [Mention(joined[m.actor.id], m.text, m.start, m.end) if m.actor.id in joined else m for m in out]
    out += [joined[k] for k in spans]
    return sorted(out, key=lambda m: (m.start, m.end))


_NAME_RUN = re.compile(r"(?<![\w-])(?:[A-Z][\w'\u2019-]*[ ]){2,8}$")


def _whole_name_before(mentions: list, text: str, bracket: int) -> list:
    """Mentions with the name right before a designee's identifying bracket made one person when NER
    cut it into pieces ("Julio Cesar Montero Pinzon (a.k.a. ...)": "Julio Cesar" a person, "Pinzon" a
    place): the capitalized words from the first person piece up to the bracket.

    Examples:
        >>> from graphbuild.statement import Actor
        >>> text = "the listed Rafael Ortiz Mena Lago (a.k.a. El Toro) was"
        >>> a = Mention(Actor("ner-rafael-ortiz", "Rafael Ortiz", "Person"), "Rafael Ortiz", 11, 23)
        >>> b = Mention(Actor("ner-lago", "Lago", "Place"), "Lago", 29, 33)
        >>> [(m.text, m.actor.type) for m in _whole_name_before([a, b], text, 34)]
        [('Rafael Ortiz Mena Lago', 'Person')]
    """
    run = _NAME_RUN.search(text, 0, bracket)
    if run is None:
        return mentions
    end = run.end() - 1
    inside = [m for m in mentions if run.start() <= m.start and m.end <= end]
    person = next((m for m in inside if m.actor.type == "Person"), None)
    if person is None or not all(m.actor.id.startswith("ner-") for m in inside if m.start >= person.start) or (
            len([m for m in inside if m.start >= person.start]) < 2 and person.end == end):
        return mentions  # one mention of the whole name, or a known actor inside: nothing to join
    name = text[person.start:end]
    label = canonical_label(name)
    whole = Mention(Actor(ner_actor_id(label), label, "Person"), name, person.start, end)
    out = [m for m in mentions if not (person.start <= m.start < end and (
        m.end <= end or m.actor.id.startswith("ner-")))] + [whole]  # "Pinzon (a.k.a" runs into the bracket
    return sorted(out, key=lambda m: (m.start, m.end))


_SHORT_FORM = re.compile(r"\(\s?([A-Z][\w'\u2019-]+)\s?\)")


def _short_form_names(mentions: list, text: str) -> list:
    """Mentions with a person's name that NER cut before its short-form bracket made one person:
    "Kirill Andreevich Samara (Samara)" (NER: a person "Kirill Andreevich" and the city "Samara") is
    one person, and so is every mention of the last piece read as that short form ("Samara is ...").

    Examples:
        >>> from graphbuild.statement import Actor
        >>> text = "Ivan Petrovich Samara (Samara) heads sales. Samara was listed."
        >>> a = Mention(Actor("ner-ivan-petrovich", "Ivan Petrovich", "Person"), "Ivan Petrovich", 0, 14)
        >>> b = Mention(Actor("ner-samara", "Samara", "Place"), "Samara", 15, 21)
        >>> c = Mention(Actor("ner-samara", "Samara", "Place"), "Samara", 23, 29)
        >>> d = Mention(Actor("ner-samara", "Samara", "Place"), "Samara", 44, 50)
        >>> [(m.text, m.actor.label) for m in _short_form_names([a, b, c, d], text)]
        [('Ivan Petrovich Samara', 'Ivan Petrovich Samara'), ('Samara', 'Ivan Petrovich Samara'), \
('Samara', 'Ivan Petrovich Samara')]
    """
    if "(" not in text:
        return mentions
    for b in _SHORT_FORM.finditer(text):
        word = b.group(1)
        if not text.endswith(word + " ", 0, b.start()):
            continue
        end = b.start() - 1
        piece = next((m for m in mentions if m.end == end and m.text == word), None)
        if piece is None:  # NER left the last word out: "Kirill Andreevich" a person, "Samara" nothing
            person = next((m for m in mentions if m.end == end - len(word) - 1 and m.actor.type == "Person"
                           and m.actor.id.startswith("ner-") and len(m.text.split()) >= 2), None)
            if person is None:
                continue
            label = canonical_label(text[person.start:end])
            whole = Mention(Actor(ner_actor_id(label), label, "Person"), text[person.start:end], person.start, end)
            joined = [m for m in mentions if m is not person] + [whole]
            old = {person.actor.id}
        elif piece.actor.type == "Person" or not piece.actor.id.startswith("ner-"):
            continue  # the name is whole, or its last word is a known actor
        else:
            joined = _whole_name_before(mentions, text, b.start())
            whole = next((m for m in joined if m.start < piece.start and m.end == end and m.actor.type == "Person"),
                         None)
            if whole is None:
                continue
            old = {piece.actor.id}
        mentions = sorted((Mention(whole.actor, m.text, m.start, m.end)
                           if m.actor.id in old or (m.text == word and m.actor.id.startswith("ner-")) else m
                           for m in joined), key=lambda m: (m.start, m.end))
    return mentions


def _open_brackets(mentions) -> list:
    """Mentions with a name that NER ran into its short form's bracket cut there: "Alexander Ermakov
    (Ermakov" is "Alexander Ermakov", and the short form in the bracket is the same person; every other
    mention of the cut name's actor is remapped.

    Examples:
        >>> from graphbuild.statement import Actor
        >>> a = Actor("ner-ivan-pekar-pekar", "Ivan Pekar (Pekar", "Person")
        >>> out = _open_brackets([Mention(a, "Ivan Pekar (Pekar", 0, 17), Mention(a, "Pekar", 30, 35)])
        >>> [(m.text, m.start, m.end, m.actor.label) for m in out]
        [('Ivan Pekar', 0, 10, 'Ivan Pekar'), ('Pekar', 12, 17, 'Ivan Pekar'), ('Pekar', 30, 35, 'Ivan Pekar')]
    """
    fixed: dict = {}
    for m in mentions:
        cut = m.text.find(" (")
        if cut <= 0 or ")" in m.text[cut:] or not m.actor.id.startswith("ner-") or m.actor.id in fixed:
            continue
        label = canonical_label(m.text[:cut].rstrip())
        fixed[m.actor.id] = Actor(ner_actor_id(label), label, m.actor.type)
    if not fixed:
        return list(mentions)
    out = []
    for m in mentions:
        actor = fixed.get(m.actor.id, m.actor)
        cut = m.text.find(" (")
        if m.actor.id in fixed and cut > 0 and ")" not in m.text[cut:]:
            name = m.text[:cut].rstrip()
            out.append(Mention(actor, name, m.start, m.start + len(name)))
            short = m.text[cut + 2:].strip()
            if short and set(short.lower().split()) <= set(name.lower().split()):
                pos = m.start + m.text.index(short, cut)
                out.append(Mention(actor, short, pos, pos + len(short)))
        else:
            out.append(Mention(actor, m.text, m.start, m.end) if actor is not m.actor else m)
    return sorted(out, key=lambda m: (m.start, m.end))


def _opens_sentence(text: str, start: int) -> bool:
    """Whether a name at ``start`` opens a sentence or a line (where a glued heading stands).

    Examples:
        >>> _opens_sentence("It was blocked. Omar Nadim Nadim was listed.", 16)
        True
        >>> _opens_sentence("OFAC is sanctioning Jose Sanchez Sanchez today.", 20)
        False
    """
    before = text[:start]
    head = before.rstrip()
    return not head or "\n" in before[len(head):] or head[-1] in ".!?:;\u201d\""


def alias_mentions(doc, mentions) -> tuple:
    """Mentions with a designee's aliases made the designee (:func:`designee_aliases`), and "the
    <demonym> people" helped made its state (:func:`graphbuild.populations.supported_people_mentions`).

    Args:
        doc: The parsed document.
        mentions: Sorted, non-overlapping mentions.

    Returns:
        The mentions, sorted by start.
    """
    from .populations import supported_people_mentions

    return supported_people_mentions(doc, designee_aliases(doc, mentions))


def designee_aliases(doc, mentions) -> tuple:
    """Mentions with a designee's aliases made the designee, and the other names in its identifying
    bracket dropped: "Ali Karimi (a.k.a. Abu Omar; DOB 1 Jan 1970; nationality Lebanon)" names one
    person, not three actors; "X, also known as Y," too.

    Args:
        doc: The parsed document.
        mentions: Sorted, non-overlapping mentions.

    Returns:
        The mentions, sorted by start.

    Examples:
        >>> import spacy
        >>> from graphbuild.statement import Actor
        >>> doc = spacy.blank("en")("Ali Karimi (a.k.a. Abu Omar; nationality Lebanon) was listed.")
        >>> ali = Mention(Actor("ner-ali-karimi", "Ali Karimi", "Person"), "Ali Karimi", 0, 10)
        >>> abu = Mention(Actor("ner-abu-omar", "Abu Omar", "Person"), "Abu Omar", 19, 27)
        >>> leb = Mention(Actor("lebanon", "Lebanon", "State"), "Lebanon", 41, 48)
        >>> [(m.text, m.actor.id) for m in designee_aliases(doc, (ali, abu, leb))]
        [('Ali Karimi', 'ner-ali-karimi'), ('Abu Omar', 'ner-ali-karimi')]
    """
    text = doc_text(doc)
    mentions = _glued_heading(_name_pieces(_open_brackets(mentions), text), text)
    mentions = _short_form_names(mentions, text)
    brackets = list(_ID_BRACKET.finditer(text))
    commas = list(_COMMA_ALIAS.finditer(text))
    if not brackets and not commas:
        return tuple(mentions)
    out = list(mentions)

    def owner_before(pos: int):
        return next((m for m in reversed(out) if m.end <= pos and not text[m.end:pos].strip(" ,")), None)

    for b in brackets:
        out = _whole_name_before(out, text, b.start())
    for b in brackets:  # "Ali Omar (a.k.a" read by NER as one name: the name ends at the bracket
        cut = next((m for m in out if m.start < b.start() < m.end and m.actor.id.startswith("ner-")), None)
        if cut is not None and text[cut.start:b.start()].strip():
            name = text[cut.start:b.start()].rstrip()
            label = canonical_label(name)
            trimmed = Actor(ner_actor_id(label), label, cut.actor.type)
            out = [Mention(trimmed, name, cut.start, cut.start + len(name)) if m is cut else m for m in out]
    for b in brackets:
        close = text.find(")", b.start(), b.start() + 400)
        owner = owner_before(b.start())
        if close < 0 or owner is None:
            continue
        keep = []
        for m in out:
            if not (b.start() < m.start and m.end <= close):
                keep.append(m)
            elif _ALIAS_CLAUSE.search(text[b.start():m.start]):
                keep.append(Mention(owner.actor, m.text, m.start, m.end))  # an alias of the owner
        out = keep
    for c in commas:
        owner = owner_before(c.start())
        alias = next((m for m in out if m.start == c.end()), None)
        if owner is not None and alias is not None:
            out = [Mention(owner.actor, m.text, m.start, m.end) if m is alias else m for m in out]
    return tuple(sorted(out, key=lambda m: (m.start, m.end)))
