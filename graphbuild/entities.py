"""Entities as mention candidates: gazetteer matches and NER entities, typed, with the ones
that are no actors dropped (credits, bare titles, adjectives). A step of
:func:`graphbuild.actors.find_mentions`.
"""

from __future__ import annotations

import re

from .names import canonical_label, ner_actor_id
from .prose import doc_ents, doc_text, tokens_with
from .statement import Actor

__all__ = ["find_entities"]


_LOCATIVE = frozenset({"in", "near", "at", "outside", "around", "inside", "into", "throughout",
                       "across", "of"})
_STRIP_LEFT = frozenset({"the", "a", "an", "’s", "'s", "’", "'", '"', "“", "”", "‘", "(", "[", "-",
                         "—", "–"})
_DESCRIPTION_NOUNS = frozenset({"kingdom", "republic", "country", "nation", "government", "regime",
                                "group", "organization", "organisation", "movement", "militia"})
_NER_LABELS = {"ORG": "Organization", "GPE": "Place", "LOC": "Place", "FAC": "Place",
               "PERSON": "Person", "NORP": None}
#: "Dobbs v. Jackson": the parties of a court case's name (news writes "Israel vs. Hamas" for a conflict).
_CASE_SEPARATORS = frozenset({"v.", "v"})
#: "a Soleimani-class warship", "a Hamas-style raid": a name as a kind of thing, not an actor.
_KIND_SUFFIXES = frozenset({"class", "type", "style", "era", "like", "esque", "size", "sized"})


def find_entities(finder):
    """Gazetteer matches and NER entities, cut into pieces at line breaks, as candidates.

    Args:
        finder: The candidate spans of :func:`graphbuild.actors.find_mentions` (a ``_Finder``);
            updated in place.
    """
    for ent in doc_ents(finder.doc):
        for s, e in _pieces(finder, ent):
            _entity(finder, ent, s, e)
    _armed_people_of_states(finder)


def _pieces(finder, ent):
    """Token ranges of an entity, cut at line breaks, trimmed of articles and punctuation."""
    doc, pieces, start = finder.doc, [], ent.start
    if "\n" not in doc_text(doc)[ent.start_char:ent.end_char]:  # the common case: one piece
        pieces.append((ent.start, ent.end))
    else:
        for i in range(ent.start, ent.end + 1):
            if i == ent.end or (doc[i].is_space and "\n" in doc[i].text) or "\n" in doc[i].text:
                pieces.append((start, i))
                start = i + 1
    out = []
    for s, e in pieces:
        while s < e and (doc[s].is_space or doc[s].is_punct or doc[s].lower_ in _STRIP_LEFT):
            s += 1
        while e > s and (doc[e - 1].is_space or (doc[e - 1].is_punct and doc[e - 1].text != ".")
                         or doc[e - 1].lower_ in {"’s", "'s", "&", "-", "of", "and", "the", "for"}):
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _entity(finder, ent, s, e):
    """One piece (tokens s:e) of an entity: a gazetteer actor, else a typed NER actor, unless
    it is no actor (a credit, a bare title, an adjective, a description)."""
    doc = finder.doc
    if _names_no_actor(doc, s, e):
        return
    text = doc[s:e].text
    actor = finder.gaz_actor(ent.ent_id_) if ent.ent_id_ and (s, e) == (ent.start, ent.end) else None
    entry = finder.gaz.entry(text)
    if actor is None and entry is not None:
        if entry.kind == "demonym":
            # "the Pakistanis" stands for the state; a bare "Russian" only with a government noun
            if not (s > 0 and doc[s - 1].lower_ == "the" and text.endswith("s")
                    and doc[s:e].root.pos_ in {"NOUN", "PROPN"}
                    and doc[s:e].root.dep_ not in {"amod", "compound"}):
                return
        actor = finder.gaz_actor(entry.actor_id)
    if actor is not None:
        if _is_name_modifier(finder, s, e, actor):
            return
        if actor.type == "Person" and e < len(doc) and doc[e].text in {"Jr.", "Jr"}:
            # "Donald Trump Jr.", "Trump Jr.": the son, not the namesake of the gazetteer
            label = actor.label + " Jr."
            finder.add(s, e + 1, Actor(ner_actor_id(label), label, "Person"), 4, "person")
            return
        if entry is not None and entry.kind == "metonym" and s > 0 and \
                doc[s - 1 if doc[s - 1].lower_ != "the" else max(0, s - 2)].lower_ in _LOCATIVE:
            actor = Actor(ner_actor_id(text), canonical_label(text), "Place")  # "an attack in Moscow"
        finder.add(s, e, actor, 4, "gazetteer")
        return
    label = ent.label_
    if label in ("NORP", "GPE") and (_armed_people(finder, s, e) or _armed_people_from(finder, s, e)):
        return
    if label == "NORP" and _named_as_place(finder, s, e):
        finder.add(s, e, Actor(ner_actor_id(text), canonical_label(text), "Place"), 2, "ner")
        return
    if label not in _NER_LABELS or label == "NORP":
        return
    if any(c in text for c in "/@") or "http" in text or text.lower() in finder.lex.noise:
        return
    if e - s == 1 and (text.lower() in finder.lex.role_words or
                       text.lower().removesuffix("s") in finder.lex.role_words):
        return  # a bare title in a headline ("Spokesperson", "Minister", "Leaders")
    if not any(c.isalpha() for c in text) or not text[:1].isupper() and not text[:1].isdigit():
        if not (label == "ORG" and re.match(r"^(?:al|el|ad|ar|as|an)-", text)):
            return
    if e - s == 1 and label in {"GPE", "LOC", "ORG"} and s > 0 and doc[s - 1].lower_ == "the" and \
            text.lower() in _DESCRIPTION_NOUNS:
        return  # "the Kingdom", "the Group": a description coreference resolves
    if e - s == 1 and (doc[s].pos_ in {"ADV", "ADJ", "VERB", "ADP", "PRON", "DET", "AUX", "SCONJ"}
                       or (doc[s].pos_ == "NOUN" and not doc[s].is_upper)):
        return  # "Specifically", "Counties" tagged ORG at the start of a sentence
    if label == "PERSON" and e < len(doc) and doc[e].lower_ in _MILITIA_NOUNS:
        # "the Amal militia", "Kaniyat militiamen": a name the tagger took for a person heads an armed group
        finder.add(s, e, Actor(ner_actor_id(text), canonical_label(text), "ArmedGroup"), 3, "ner")
        return
    if label == "PERSON":
        finder.add(s, e, Actor(ner_actor_id(text), canonical_label(text), "Person"), 3, "person")
        return
    generic = finder.lex.generic_org_words
    if label == "ORG" and (len(text) <= 1 or all(t.lower_ in generic for t in doc[s:e])):
        return
    type_ = _NER_LABELS[label]
    if label == "ORG" and _armed_context(finder, s, e):
        type_ = "ArmedGroup"
    finder.add(s, e, Actor(ner_actor_id(text), canonical_label(text), type_), 2, "ner")


def _names_no_actor(doc, s, e) -> bool:
    """A name used for something else: a party of a court case's name ("Dobbs v. Jackson") or the
    model of a kind of thing ("a Soleimani-class warship")."""
    if (s > 0 and doc[s - 1].lower_ in _CASE_SEPARATORS) or \
            (e < len(doc) and doc[e].lower_ in _CASE_SEPARATORS and e + 1 < len(doc) and doc[e + 1].text[:1].isupper()):
        return True
    return e + 1 < len(doc) and doc[e].text == "-" and not doc[e].whitespace_ and \
        doc[e + 1].lower_ in _KIND_SUFFIXES


#: Nouns after a name that make it an armed group's ("the Amal militia"), whatever the tagger said.
_MILITIA_NOUNS = frozenset({"militia", "militias", "militiamen"})
#: Plural nouns for the armed men of a people ("Chechen militants", "Rohingya rebels").
_ARMED_PEOPLE = frozenset({"militants", "rebels", "separatists", "fighters", "insurgents", "guerrillas",
                           "guerillas", "jihadists", "extremists", "warlords", "gunmen", "militiamen",
                           "separatism", "insurgency", "militancy"})
#: The same as modifiers of another noun ("Rohingya militant attacks", "a Chechen rebel commander").
_ARMED_MODIFIERS = frozenset({"militant", "rebel", "insurgent", "separatist", "jihadist", "guerrilla", "guerilla"})


def _armed_people(finder, s, e) -> bool:
    """"Chechen militants", "Rohingya militant attacks", "Chechen-based separatism": the armed men of a people
    or region that is no state in the gazetteer are an armed group of their own, one per people
    whatever noun names them ("Chechen Militants"); a state's ("Afghan militants") are left to the
    state rules. True when the group was added."""
    doc = finder.doc
    j = e
    if j + 2 < len(doc) and doc[j].text == "-" and doc[j + 1].lower_ == "based":
        j += 2  # "Chechen-based separatism"; not "Chechen-style separatism"
    elif j + 1 < len(doc) and doc[j].is_lower and doc[j].pos_ in {"ADJ", "NOUN"} \
            and doc[j].lower_ not in _ARMED_PEOPLE \
            and not (doc[j].lower_ in _ARMED_MODIFIERS and doc[j + 1].lower_ not in _ARMED_PEOPLE):
        j += 1  # one modifier: "Chechen separatist warlords", "Rohingya armed fighters"
    singular = j + 1 < len(doc) and doc[j].lower_ in _ARMED_MODIFIERS and doc[j + 1].pos_ == "NOUN"
    if j >= len(doc) or e - s > 2 or not singular and (doc[j].lower_ not in _ARMED_PEOPLE or doc[j].pos_ != "NOUN"):
        return False
    if not _no_state(finder, s, e):
        return False
    label = f"{doc[s:e].text} Militants"
    finder.add(s, j + 1, Actor(ner_actor_id(label), label, "ArmedGroup"), 2, "people")
    return True


#: Armed men of a people ("Sikh extremists", "Kurdish militants"). Not "fighters" or "troops"
#: ("Iraqi fighters" are as often the state's own forces).
_NON_STATE_ARMED = frozenset({"militants", "rebels", "insurgents", "separatists", "guerrillas", "guerillas",
                              "jihadists", "extremists", "militiamen"})
#: The ones that fight a state by name, so that a state's demonym only says whose people they are
#: ("Syrian rebels", "Afghan insurgents"); "Afghan militants" is left to the state rules (a text
#: may mean the state's own forces or a group it names).
_REBELS = frozenset({"rebels", "insurgents", "separatists", "guerrillas", "guerillas"})


def _armed_people_of_states(finder) -> None:
    """"Syrian rebels", "Sikh extremists": a capitalised people word right before a plural armed noun
    names an armed group of that people ("Syrian Militants"), also when the tagger gave it no entity or
    the word is a state's demonym before a noun of men who fight a state (rebels of a country are no
    organ of its state). A word that is capitalised only because it opens its sentence ("Armed militants") is no
    people; nor is a name already part of a longer name ("Islamic State militants")."""
    doc = finder.doc
    for tok in tokens_with(doc, _NON_STATE_ARMED):
        if tok.pos_ != "NOUN" or tok.i == 0:
            continue
        mod = doc[tok.i - 1]
        if not mod.is_title or mod.pos_ not in ("ADJ", "PROPN", "NOUN") \
                or (mod.i > 0 and doc[mod.i - 1].is_title and doc[mod.i - 1].pos_ == "PROPN"):
            continue
        entry = finder.gaz.entry(mod.text)
        if entry is None and mod.ent_type_ != "NORP" and (mod.is_sent_start or mod.i == 0):
            continue  # "Armed militants" opening a sentence
        if entry is not None and entry.kind != "demonym":
            continue  # a name of its own ("Taliban militants", "Hamas gunmen"): the name's rules
        if entry is not None:
            actor = finder.gaz_actor(entry.actor_id)
            if actor is None or actor.type != "State" or tok.lower_ not in _REBELS:
                continue
        if mod.ent_type_ and mod.ent_type_ not in ("NORP", "GPE"):
            continue  # "the Monday militants": no people
        if any(c[0] <= mod.i < c[1] and c[2].type != "State" for c in finder.cands):
            continue
        label = f"{mod.text} Militants"
        finder.add(mod.i, tok.i + 1, Actor(ner_actor_id(label), label, "ArmedGroup"), 3, "people")


def _armed_people_from(finder, s, e) -> bool:
    """"separatist warlords from neighbouring Chechen", "militants from Chechnya": the armed men
    before "from" a people or region are its armed group (as in :func:`_armed_people`)."""
    doc = finder.doc
    k = s - 1
    if k >= 0 and doc[k].is_lower and (doc[k].pos_ == "ADJ" or doc[k].tag_ == "VBG"):
        k -= 1  # "from neighbouring X"
    if k < 1 or doc[k].lower_ != "from" or doc[k - 1].lower_ not in _ARMED_PEOPLE or not _no_state(finder, s, e):
        return False
    start = k - 1
    if start > 0 and doc[start - 1].is_lower and doc[start - 1].pos_ in {"ADJ", "NOUN"}:
        start -= 1  # "separatist warlords"
    label = f"{doc[s:e].text} Militants"
    finder.add(start, e, Actor(ner_actor_id(label), label, "ArmedGroup"), 2, "people")
    return True


def _no_state(finder, s, e) -> bool:
    """A capitalised name that is not the demonym of a state in the gazetteer."""
    text = finder.doc[s:e].text
    entry = finder.gaz.entry(text)
    if entry is not None and entry.kind == "demonym":
        actor = finder.gaz_actor(entry.actor_id)
        if actor is not None and actor.type == "State":
            return False
    return text[:1].isupper() and all(w[:1].isupper() for w in text.split())


_PLACE_PREPS = frozenset({"in", "into", "across", "throughout", "inside", "near", "to"})


def _named_as_place(finder, s, e) -> bool:
    """A name the tagger took for a people where it can only be a place: a singular proper noun
    after a place preposition ("raids into Dagestan"; a people's adjective never heads such a phrase)."""
    doc = finder.doc
    root = doc[s:e].root
    return (root.tag_ == "NNP" and root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPS
            and root.i == e - 1 and _no_state(finder, s, e) and finder.gaz.entry(doc[s:e].text) is None)


def _is_name_modifier(finder, s, e, actor) -> bool:
    """A capital used in another name: "Washington Post", "Moscow Times", "Kabul University"."""
    doc = finder.doc
    if e >= len(doc) or actor.type != "State":
        return False
    entry = finder.gaz.entry(doc[s:e].text)
    if entry is None or entry.kind != "metonym":
        return False
    nxt = doc[e]
    return (nxt.is_title and nxt.pos_ == "PROPN" and nxt.lower_ not in finder.lex.role_words
            and nxt.lower_ not in finder.lex.government_nouns and nxt.ent_type_ not in {"PERSON"})


def _armed_context(finder, s, e) -> bool:
    """The organization at tokens s:e is armed: its name or its context says militant,
    rebel or terrorist group."""
    doc = finder.doc
    if finder.lex.armed_name_cues.search(doc[s:e].text):
        return True
    before = [t.lower_ for t in doc[max(0, s - 3):s] if t.lower_ not in {"the", "a", "an"}]
    # "militant group X", "the jihadist organization X"
    if len(before) >= 2 and before[-1] in finder.lex.group_nouns and before[-2] in finder.lex.armed_cues:
        return True
    # "X militants", "X rebels"
    if e < len(doc) and doc[e].lower_ in finder.lex.armed_cues and doc[e].pos_ == "NOUN":
        return True
    # "X, a militant group", "X, an armed group that ..."
    after = [t.lower_ for t in doc[e:e + 6]]
    return bool(after and after[0] == "," and any(w in finder.lex.armed_cues for w in after[1:4])
                and any(w in finder.lex.group_nouns | finder.lex.armed_cues for w in after[2:6]))
