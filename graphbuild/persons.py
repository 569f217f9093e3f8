"""Persons: namesakes inside longer names, roles and the actor a person acts for ("Russian
President X", "X, the Kremlin spokesman"), and bare surnames resolved to the full name.
Steps of :func:`graphbuild.actors.find_mentions`.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .names import canonical_label, ner_actor_id
from .prose import tokens_with
from .statement import Actor

__all__ = ["find_namesakes", "resolve_persons", "titled_organizations"]


def _name_token(finder, t) -> bool:
    taken = any(c[0] <= t.i < c[1] and c[2].type != "Person" for c in finder.cands)
    particle = re.match(r"^(?:al|el|ad|as|bin|ibn|abu|abd)(?:-|$)", t.text) is not None or (
        t.text in ("-", "‐") and 0 < t.i < len(t.doc) - 1 and t.doc[t.i + 1].pos_ == "PROPN")
    return (t.pos_ == "PROPN" and (t.text[:1].isupper() or particle) and not taken
            and t.lower_ not in finder.lex.role_words and t.lower_ not in finder.lex.government_nouns)


def find_namesakes(finder):
    """A known person's name inside a longer personal name is another person: "Muhammad Hadi
    al-Anizi" is not President Hadi. The longer name becomes a person of its own.

    Args:
        finder: The candidate spans of :func:`graphbuild.actors.find_mentions` (a ``_Finder``);
            updated in place.
    """
    doc = finder.doc
    for c in [c for c in finder.cands if c[4] == "gazetteer" and c[2].type == "Person" and c[1] - c[0] == 1]:
        s, e = c[0], c[1]
        words = {doc[s].lower_}  # a name repeated in a run-in heading ends the run
        while s > 0 and _name_token(finder, doc[s - 1]) and doc[s - 1].lower_ not in words:
            s -= 1
            words.add(doc[s].lower_)
        while e < len(doc) and _name_token(finder, doc[e]) and doc[e].lower_ not in words:
            words.add(doc[e].lower_)
            e += 1
        if (s, e) == (c[0], c[1]) or finder.lookup(doc[s:e].text) is not None:
            continue
        named = any(t.ent_type_ == "PERSON" for t in doc[s:e] if not c[0] <= t.i < c[1]) or \
            any(re.match(r"^(?:al|el|bin|ibn|abu|abd)\b", t.lower_) for t in doc[s:e])
        if not named:
            continue  # "Trump Tower", a headline in title case
        text = doc[s:e].text
        finder.cands = [x for x in finder.cands if not (x[2].type == "Person" and s <= x[0] and x[1] <= e)]
        finder.add(s, e, Actor(ner_actor_id(text), canonical_label(text), "Person"), 4, "person")


def resolve_persons(finder):
    """Give NER persons their role and the actor they act for; bare surnames to full names.

    Args:
        finder: The candidate spans of :func:`graphbuild.actors.find_mentions` (a ``_Finder``);
            updated in place.
    """
    titled_organizations(finder)
    full: dict[str, Actor] = {}  # surname -> person (multi-token names)
    first: dict[str, dict] = {}  # first word -> persons ("Zheng" of "Zheng Zeguang")
    person_cands = [c for c in finder.cands if c[4] == "person" or c[2].type == "Person"]
    for c in person_cands:
        s, e, actor = c[0], c[1], c[2]
        if actor.id.startswith("ner-"):
            role, boss = _role_of(finder, s, e)
            if boss is not None or role is not None:
                known = finder.persons.get(actor.id)
                if known is None or known.acts_for is None:
                    finder.persons[actor.id] = Actor(actor.id, actor.label, "Person",
                                                   acts_for=boss.id if boss else None,
                                                   role=role)
        if e - s > 1:
            full.setdefault(finder.doc[e - 1].text, finder.persons.get(actor.id, actor))
            if actor.id.startswith("ner-") and finder.doc[s].is_title:
                first.setdefault(finder.doc[s].text, {})[actor.id] = actor
            elif not actor.id.startswith("ner-") and " " in actor.label:  # "Kim Jong Un" ... "Kim said"
                first.setdefault(actor.label.split()[0], {})[actor.id] = actor
    for c in person_cands:
        s, e, actor = c[0], c[1], c[2]
        if not actor.id.startswith("ner-"):
            # a bare surname is the full name used in this document before a famous namesake
            target = full.get(finder.doc[s].text) if e - s == 1 else None
            if target is not None and target.id != actor.id and c[4] == "gazetteer":
                c[2], c[4] = finder.persons.get(target.id, target), "person"
            continue
        word = finder.doc[s].text
        if e - s == 1 and word in full and not _inside_name(finder, finder.doc[s]):
            target = full[word]
            c[2] = finder.persons.get(target.id, target)
        elif e - s == 1 and len(first.get(word, ())) == 1 and not _inside_name(finder, finder.doc[s]):
            # a family name written first ("Zheng Zeguang" ... "Zheng said"): the one such person
            target = next(iter(first[word].values()))
            c[2] = finder.persons.get(target.id, target)
        else:
            c[2] = finder.persons.get(actor.id, actor)
    # a surname NER missed ("Al-Anizi is based in Kuwait"): the person named before it
    lower_full = {k.lower(): v for k, v in full.items() if len(k) > 3}
    doc = finder.doc
    for t in tokens_with(doc, set(lower_full)):
        if t.pos_ == "PROPN" and not any(c[0] <= t.i < c[1] for c in finder.cands) \
                and not _inside_name(finder, t):
            target = lower_full[t.lower_]
            finder.add(t.i, t.i + 1, finder.persons.get(target.id, target), 3, "person")
    # NER sometimes labels a bare surname ORG or GPE ("Azar said"): the person named before
    for c in finder.cands:
        if c[4] == "ner" and c[1] - c[0] == 1 and finder.doc[c[0]].text in full \
                and not _inside_name(finder, finder.doc[c[0]]):
            target = full[finder.doc[c[0]].text]
            c[2], c[4] = finder.persons.get(target.id, target), "person"


def _name_like(finder, toks) -> bool:
    """Whether tokens look like a personal name: one to four capitalized proper nouns, none a word
    of organizations, governments or titles."""
    lex = finder.lex
    return 1 <= len(toks) <= 4 and all(
        t.pos_ == "PROPN" and t.text[:1].isupper() and not t.is_upper and t.is_alpha is not False
        and t.lower_ not in lex.generic_org_words and t.lower_ not in lex.government_nouns
        and t.lower_ not in lex.role_words for t in toks if t.text not in ("-", "‐"))


def titled_organizations(finder):
    """An unknown name that NER took for an organization is a person when a title stands right
    before it ("Federal Minister of Defense Annegret K-K of Germany", the first name may lie outside
    the span) or a title follows in apposition (", Secretary General of X's Secretariat,"); the
    candidate becomes a person, so that :func:`resolve_persons` finds whom it acts for. A name of two
    words or more met "with" and followed by "of <state>" ("with Taoiseach Leo Varadkar of
    Ireland") is that state's person.

    Args:
        finder: The candidate spans of :func:`graphbuild.actors.find_mentions`; updated in place.
    """
    doc, words = finder.doc, finder.lex.role_words
    for c in finder.cands:
        s, e, actor = c[0], c[1], c[2]
        if c[4] != "ner" or actor.type != "Organization" or not actor.id.startswith("ner-") \
                or not _name_like(finder, doc[s:e]):
            continue
        titled, i = False, s - 1
        while not titled and i >= max(0, s - 6) and not doc[i].ent_type_ and (
                doc[i].lower_ in ("of", "for") or (doc[i].is_title and doc[i].pos_ == "PROPN")):
            titled = doc[i].is_title and doc[i].lower_ in words  # "Minister of Defense [Annegret] K-K"
            i -= 1
        if not titled and e + 3 < len(doc) and doc[e].text == "," and (s == 0 or doc[s - 1].text not in (
                ",", ";", "and", "or")) and doc[e + 1].lower_ in words:  # not an item of a list
            role, boss = _apposition_role(finder, e)
            n = e + 1 + len(role.split()) if role else e
            titled = boss is not None and role is not None and role.split()[-1] != "mouthpiece" \
                and n < len(doc) and doc[n].lower_ not in ("’s", "'s")  # not ", Attorney General's Office"
        if titled:
            c[2], c[4] = Actor(actor.id, actor.label, "Person"), "person"
            continue
        state = _met_of_state(finder, s, e)
        if state is not None and e - s >= 2:  # "met with Taoiseach Leo Varadkar of Ireland"
            person = Actor(actor.id, actor.label, "Person", acts_for=state.id)
            c[2], c[4] = person, "person"
            finder.persons[actor.id] = person


def _met_of_state(finder, s, e):
    """The state of "with <name> of <state>" (a meeting's or call's partner named with a title NER
    read as part of an organization's name), else None."""
    doc = finder.doc
    if s == 0 or doc[s - 1].lower_ != "with" or e + 1 >= len(doc) or doc[e].lower_ != "of":
        return None
    j = e + 2 if doc[e + 1].lower_ == "the" and e + 2 < len(doc) else e + 1
    state = finder.actor_at(j)
    return state if state is not None and state.type == "State" else None


def _inside_name(finder, t) -> bool:
    """A capitalized name word next to the token: it is part of another name ("Ansarul Islam")."""
    doc, words = finder.doc, finder.lex.role_words
    return any(0 <= j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper()
               and doc[j].lower_ not in words and doc[j].lower_.removesuffix("s") not in words
               and not doc[j].text.endswith(".") and doc[j].ent_type_ != "PERSON"
               for j in (t.i - 1, t.i + 1))


def _acting(finder, actor: Actor | None) -> Actor | None:
    """Whom a candidate's words are said for: a person's state or group (``None`` without
    one), nothing for a place, the actor itself otherwise."""
    if actor is None:
        return None
    if actor.type == "Person":
        boss = actor.acts_for and (finder.gaz_actor(actor.acts_for) or finder.persons.get(actor.acts_for))
        return boss or None
    return None if actor.type == "Place" else actor


def _role_of(finder, s, e) -> tuple[str | None, Actor | None]:
    """Role and acting-for actor of the person at tokens s:e, from its left or apposition."""
    doc = finder.doc
    sent_start = finder.sent_starts[max(0, bisect_right(finder.sent_starts, s) - 1)]
    # left: "<actor> ['s] <role words> NAME"
    roles, boss, i = [], None, s - 1
    while i >= max(sent_start, s - 8):
        tok = doc[i]
        actor = finder.actor_at(i)
        if actor is None and roles and tok.text in (finder.lex.party_states or {}):
            actor = finder.gaz_actor(finder.lex.party_states[tok.text])  # "Democratic Senator X"
        if actor is not None:
            if roles:
                boss = _acting(finder, actor)
            break
        low = tok.lower_
        if low in finder.lex.role_words or low.rstrip("s") in finder.lex.role_words:
            roles.insert(0, tok)
        elif low in {"’s", "'s", "of", "for", "-", "top", "then", "former", "acting", "senior",
                     "deputy", "foreign", "press", "defense", "defence", "interior", "prime",
                     "presidential", "political", "army", "military", "national", "security",
                     "chief", "state", "affairs", "finance", "intelligence", "the", "vice"}:
            roles.insert(0, tok) if low not in {"’s", "'s", "the", "-"} else None
        elif tok.is_title and tok.pos_ in {"PROPN", "NOUN", "ADJ"} and not tok.ent_type_:
            roles.insert(0, tok)
        else:
            break
        i -= 1
    words = finder.lex.role_words
    role_words = [t for t in roles if t.lower_ in words or t.lower_.rstrip("s") in words]
    while roles and (roles[0].lower_ in {"of", "for"} or "." in roles[0].text):
        roles.pop(0)
    roles = [t for t in roles if "." not in t.text]
    role = " ".join(t.lower_ for t in roles) if role_words and roles else None
    if role is None:
        boss = None
    if role is not None and boss is None and e + 1 < len(doc) and doc[e].lower_ == "of":
        # "Deputy Prime Minister Chrystia Freeland of Canada", "President Herzog of Israel"
        j = e + 2 if doc[e + 1].lower_ == "the" and e + 2 < len(doc) else e + 1
        right = finder.actor_at(j)
        if right is not None and right.type in {"State", "Organization", "ArmedGroup", "GovernmentOrgan"}:
            boss = _acting(finder, right)
    if boss is None:
        r2, b2 = _apposition_role(finder, e)
        if b2 is None and finder.doc.has_annotation("DEP"):
            r2, b2 = _left_apposition_role(finder, s, e) if b2 is None else (r2, b2)
        if b2 is not None or (role is None and r2 is not None):
            return (role or r2) if b2 is not None and r2 is None else r2, b2
    return role, boss


_APPOSITION_STARTS = frozenset({"the", "a", "an", "his", "her", "their"})
# Role nouns that take "at" for the body a person serves in ("counterpart at the ministry").
_POSTED_AT = frozenset({"counterpart", "director", "official", "head", "chief", "officer",
                        "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor"})


def _apposition_role(finder, e) -> tuple[str | None, Actor | None]:
    """", the Kremlin spokesman," / ", the head of the X agency"."""
    doc = finder.doc
    if e + 2 >= len(doc) or doc[e].text != ",":
        return None, None
    j, stop = e + 1, min(len(doc), e + 14)
    if doc[j].lower_ not in _APPOSITION_STARTS and not doc[j].is_title and not doc[j].is_upper \
            and doc[j].lower_ not in finder.lex.role_words:
        return None, None  # ", OFAC Director," starts with an acronym; ", chairman of X,"
    boss, words, last_role = None, [], None
    while j < stop:
        tok = doc[j]
        if tok.lower_ == "at" and last_role is not None and words[last_role - 1] in _POSTED_AT:
            j += 1  # ", his counterpart at the Korean National Security Office,"
            continue
        if tok.text in {",", ".", ";", "(", ")", "—", "–"} or tok.pos_ in {"VERB", "AUX"} \
                or tok.lower_ in {"who", "which", "said", "says", "in", "on", "at"}:
            break
        actor = finder.actor_at(j)
        if actor is not None and actor.type != "Person":
            boss = boss or _acting(finder, actor)
            if last_role is not None:
                break
            words = []
        elif tok.lower_ in {"the", "a", "an", "’s", "'s", "for", "of", "his", "her", "their"}:
            if last_role is not None and tok.lower_ in {"for", "of"}:
                j += 1
                continue
            words = [] if last_role is None else words
        elif tok.is_alpha and (last_role is None or tok.is_lower):
            words.append(tok.lower_)
            if tok.lower_ in finder.lex.role_words:
                last_role = len(words)
        j += 1
    role = " ".join(words[:last_role]) if last_role else None
    return (role, boss) if role else (None, None)


def _left_apposition_role(finder, s, e) -> tuple[str | None, Actor | None]:
    """"A spokesman for the Pakistani army, Major General X, said": the name is an apposition."""
    doc = finder.doc
    root = doc[s:e].root
    head = root.head
    if root.dep_ != "appos" or head.i >= s or head.lower_ not in finder.lex.role_words:
        return None, None
    for t in head.subtree:
        if s <= t.i < e:
            continue
        actor = finder.actor_at(t.i)
        if actor is not None and actor.type != "Person":
            return head.lower_, _acting(finder, actor)
    return None, None
