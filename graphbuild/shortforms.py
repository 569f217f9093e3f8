"""Short forms in brackets: an acronym after an organization's name ("North American Aerospace
Defense Command (NORAD)") and a short name or nickname after a person's full name are that
actor wherever they recur. Steps of :func:`graphbuild.actors.find_mentions`.
"""

from __future__ import annotations

from .names import actor_slug
from .prose import tokens_with
from .statement import Actor

__all__ = ["abbreviates", "resolve_short_forms", "resolve_bracketed_names"]


def abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` can be an abbreviation of ``name``: an upper-case word whose letters occur
    in the name in order, the first being the name's initial ("NORAD" of "North American Aerospace
    Defense Command"). Used only for a short form in brackets right after the name.

    Examples:
        >>> abbreviates("NORAD", "North American Aerospace Defense Command")
        True
        >>> abbreviates("ISIS", "Islamic State of Iraq and Syria"), abbreviates("UN", "NATO")
        (True, False)
        >>> abbreviates("GoR", "Government of the Russian Federation"), abbreviates("Gulf", "Gulf War")
        (True, False)
    """
    letters = [c for c in short if c.isalpha()]
    if not short.isupper():  # "GoR" of "Government of Russia": the capitals carry the name
        letters = [c for c in short if c.isupper()] if short[:1].isupper() else []
    if len(letters) < 2 or not name[:1].isupper():
        return False
    if letters[0] != name[0].upper():
        return False
    rest = iter(name[1:].upper())
    return all(ch in rest for ch in letters[1:])


def resolve_short_forms(finder):
    """Acronyms ("X (ABC)") and shortened names ("House" after "House of Representatives") of
    organizations refer to the most recent full name in the document.

    Args:
        finder: The candidate spans of :func:`graphbuild.actors.find_mentions` (a ``_Finder``);
            updated in place.
    """
    doc = finder.doc
    longs = [c for c in finder.cands if c[1] - c[0] > 1 and (c[4] == "ner" or (
        c[4] == "gazetteer" and c[2].type in {"Organization", "GovernmentOrgan", "ArmedGroup"}))]
    defined: dict[str, tuple[int, Actor]] = {}
    covered = {i for c in finder.cands for i in range(c[0], c[1])}
    states = [c for c in finder.cands if c[2].type == "State"]
    for lc in longs + states:  # "Syrian Observatory for Human Rights (SOHR)" where NER missed SOHR
        k = lc[1] + 1
        if not (k + 1 < len(doc) and doc[lc[1]].text == "(" and doc[k + 1].text == ")"):
            continue
        start = lc[0]
        if lc in states:  # "Government of the Russian Federation (GoR)"
            j = start - 1 if start > 0 and doc[start - 1].lower_ == "the" else start
            if j >= 2 and doc[j - 1].lower_ == "of" and doc[j - 2].lower_ == "government":
                start = j - 2
            elif lc[1] - lc[0] < 2:
                continue
        if not abbreviates(doc[k].text, doc[start:lc[1]].text):
            continue
        if k in covered:
            for c in finder.cands:
                if c[0] == k and c[1] == k + 1 and c[4] == "ner":
                    c[2] = lc[2]
        else:
            finder.add(k, k + 1, lc[2], 2, "ner")
        defined.setdefault(doc[k].text, (k, lc[2]))
    forms = {}  # a full name's words and initials, made once (every short name looks at every full name)
    for c in finder.cands:
        if c[4] != "ner" or c[1] - c[0] > 2:
            continue
        text = doc[c[0]:c[1]].text
        words = [t.text for t in doc[c[0]:c[1]]]
        for lc in reversed(longs):  # the most recent full name first
            if lc is c or lc[0] >= c[0]:
                continue
            if id(lc) not in forms:
                toks = [t.text for t in doc[lc[0]:lc[1]]]
                forms[id(lc)] = (toks, "".join(w[0] for w in toks if w[:1].isupper()))
            ltoks, initials = forms[id(lc)]
            inside = any(ltoks[k:k + len(words)] == words for k in range(len(ltoks)))
            bracketed = lc[1] + 1 == c[0] and doc[lc[1]].text == "(" and \
                c[1] < len(doc) and doc[c[1]].text == ")" and abbreviates(text, " ".join(ltoks))
            if (text.isupper() and len(text) >= 2 and text.replace("-", "") == initials) or \
                    (inside and not text.isupper()) or bracketed:
                c[2] = lc[2]
                if bracketed:
                    defined.setdefault(text, (c[0], lc[2]))
                break
    # a short form defined in brackets names the same actor wherever it recurs
    covered = {i for c in finder.cands for i in range(c[0], c[1])}
    for c in finder.cands:
        hit = defined.get(doc[c[0]:c[1]].text) if c[4] == "ner" else None
        if hit is not None and c[0] > hit[0]:
            c[2] = hit[1]
    for t in tokens_with(doc, set(defined), "ORTH"):
        hit = defined[t.text]
        if t.i > hit[0] and t.i not in covered:
            finder.add(t.i, t.i + 1, hit[1], 2, "ner")


def resolve_bracketed_names(finder):
    """"Kamal Imad al-Din al-Madani (Kamal al-Madani)", "Elena Petrova (Lena)": a person's short
    name or one-word nickname in brackets right after the full name is the same person, here
    and wherever it recurs.

    Args:
        finder: The candidate spans of :func:`graphbuild.actors.find_mentions` (a ``_Finder``);
            updated in place.
    """
    doc = finder.doc
    persons = sorted((c for c in finder.cands if c[2].type == "Person"), key=lambda c: c[0])
    short: dict[str, Actor] = {}
    for full, c in zip(persons, persons[1:]):
        if c[0] != full[1] + 1 or doc[full[1]].text != "(" or c[1] >= len(doc) or doc[c[1]].text != ")":
            continue
        words = {actor_slug(t.text) for t in doc[c[0]:c[1]]} - {"al", "el", "bin", "ibn"}
        nickname = c[1] - c[0] == 1 and full[1] - full[0] > 1 and c[2].id.startswith("ner-")
        if words and (words <= {actor_slug(t.text) for t in doc[full[0]:full[1]]} or nickname):
            c[2], c[4] = full[2], "person"
            short[doc[c[0]:c[1]].text] = full[2]
    for c in finder.cands:
        if c[2].type == "Person" and doc[c[0]:c[1]].text in short:
            c[2] = short[doc[c[0]:c[1]].text]
