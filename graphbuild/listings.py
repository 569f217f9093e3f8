"""Designations of listed names: colon lists, "including" lists, misparsed conjuncts.

Sanctions releases name their targets in lists that the parser handles poorly (the names
themselves are fixed first by :mod:`graphbuild.designees` and :mod:`graphbuild.aliases`):

* "OFAC designated five firms owned by X: A, B, C and D." The items after the colon of a
  designation verb are its objects (:func:`listing_candidates`); so are the items of "were
  designated today, including A and B" and of "the firms designated today are A and B". An item
  names the mention it starts with, or the person after a title ("FSB Director X"); bracketed
  parts are skipped, so "A (registered in Panama)" never makes Panama a designee.
* "sanctioned A for ..., and General B for ...": a second object after a long reason clause is
  often attached to the verb as ``dep`` or ``conj``; a person or organization there is an object.
* "X is listed in the Annex and is sanctioned by the UN": the second passive shares the subject.
* "designated A (a.k.a. X; DOB ...) and B (a.k.a. Y; ...) for ...": the names between identifying
  brackets are the verb's objects, however the parser read the brackets.
* "Declaring the X gang a terrorist organization" as a line of a government's text: the issuer.

:func:`membership_pair` keeps a membership list ("cooperation among seven countries - A, B, C ...")
from making every two members partners.

:func:`nationality_modifier` tells a state named before a designee ("Ruritania Senator X") from a
designee; :func:`graphbuild.designators.designator_climb` keeps a designee's
support from being read as the designator's.
All rules are gated on a designation verb in the document text (one scan per document).
"""

from __future__ import annotations

import re

from .designators import DESIGNATE_LEMMAS, owner_as_agent
from .headings import _RELEASE_MARKS, heading_candidates
from .memberships import membership_pair
from .prose import doc_text, sentence_tokens_with

__all__ = ["listing_candidates", "nationality_modifier", "doc_mentions_any", "membership_pair",
           "default_designator"]

#: Actor types that can be a designee in a list.
_DESIGNEE_TYPES = frozenset({"Person", "Organization", "ArmedGroup", "GovernmentOrgan"})
_SEPARATORS = frozenset({",", ";", "and", "or", "as", "well"})
_TITLE_LINKS = frozenset({"of", "the", "for", "-", "’s", "'s", "and"})
#: Role words written in lower case inside a title ("the FSIN director X", "Hamas leader X").
_ROLE_WORDS = frozenset({"director", "chief", "head", "chairman", "deputy", "minister", "officer", "member",
                         "leader", "commander", "spokesman", "owner", "founder", "president", "secretary",
                         "adviser", "advisor", "manager", "official", "financier", "facilitator", "operative"})
_TITLE_WORDS = frozenset({"senator", "general", "minister", "president", "governor", "colonel", "judge",
                          "mayor", "commander", "official", "businessman", "businesswoman", "national",
                          "nationals", "citizen", "lawmaker", "deputy", "ambassador", "prosecutor"})


def nationality_modifier(tok, index) -> bool:
    """A state named right before a person or title in one name ("Ruritania Senator Ana Vidal"):
    the designee's nationality, not a designee.

    Args:
        tok: The token of the state mention the relation found.
        index: Token index -> mention.
    """
    m = index.get(tok.i)
    if m is None or m.actor.type not in ("State", "Place"):
        return False
    j = tok.i
    doc = tok.doc
    while j + 1 < len(doc) and index.get(j + 1) is m:
        j += 1
    if j + 1 >= len(doc):
        return False
    nxt = doc[j + 1]
    if not nxt.text[:1].isupper():
        return False
    if nxt.lower_ in _TITLE_WORDS:
        return True
    other = index.get(nxt.i)
    return other is not None and other is not m and other.actor.type in ("Person", "Organization")


def _segments(doc, first: int, end: int) -> list:
    """The items of a list from token ``first`` to ``end``: runs of tokens outside brackets between
    separators, each with the number of its group (a colon or semicolon opens a new group)."""
    out, cur, depth, group = [], [], 0, 0
    for t in doc[first:end]:
        if t.text in ("(", "["):
            depth += 1
        elif t.text in (")", "]"):
            depth = max(0, depth - 1)
        elif depth or t.is_space:
            continue
        elif t.text in (":", ";") or t.lower_ in _SEPARATORS:
            if cur:
                out.append((group, cur))
            cur = []
            group += t.text in (":", ";")
        else:
            cur.append(t)
    if cur:
        out.append((group, cur))
    return out


def _item_designee(ctx, item):
    """The designee an item of a list names: a person after a title ("Deputy Minister of Defense
    Pavel Orlov", "FSB Director Ivan Petrov"), else a mention the item starts with; ``None`` for an
    item that names no one."""
    from .relations import Arg

    while item and item[0].lower_ in ("the", "a", "an"):
        item = item[1:]
    if not item:
        return None
    lead = []  # the run of name and title words the item opens with
    for t in item[:16]:
        m = ctx.index.get(t.i)
        if m is None and not (t.is_title or t.is_upper or t.lower_ in _TITLE_LINKS or t.lower_ in _ROLE_WORDS):
            break
        lead.append((t, m))
    person = next(((t, m) for t, m in lead if m is not None and m.actor.type == "Person"), None)
    if person is not None:
        return Arg(person[1].actor, person[0])
    m = ctx.index.get(item[0].i)
    if m is not None and m.actor.type in _DESIGNEE_TYPES and ctx.index.get(item[0].i - 1) is not m:
        from .arguments import _hyphen_modifier

        last = item[0].i
        while ctx.index.get(last + 1) is m:
            last += 1
        if _hyphen_modifier(ctx.doc[last]):
            return None  # "RSF-affiliated companies": the companies are listed, not the RSF
        return Arg(m.actor, item[0])
    return None


def _items_after(ctx, first: int, end: int) -> list:
    """The designees of a list running from token ``first``: one per item (see ``_item_designee``);
    bracketed parts are skipped; an item that names no one ends the list, unless a new colon or
    semicolon opens another group ("two firms in Texas: A and B; three firms in Ohio: C")."""
    out, stopped = [], None
    for group, item in _segments(ctx.doc, first, end):
        if group == stopped:
            continue
        arg = _item_designee(ctx, item)
        if arg is not None:
            out.append(arg)
        elif item[0].is_lower:
            stopped = group  # "..., for supporting X and Y": the list has ended
    return out


def _colon_items(ctx, v, sent) -> list:
    """The actors listed after a colon that ends the clause of the designation verb ``v``."""
    colon = next((t for t in sent[v.i - sent.start + 1:] if t.text == ":"), None)
    if colon is None:
        return []
    # the colon must close v's own clause: nothing between them is another finite verb
    if any(t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP")
           and t.dep_ not in ("relcl", "conj", "aux", "auxpass") for t in sent.doc[v.i + 1:colon.i]):
        return []
    end = sent.end
    if end < len(ctx.doc) and all(t.is_space for t in ctx.doc[colon.i + 1:end]):
        end = ctx.doc[end].sent.end  # the sentence splitter cut after the colon
    return _items_after(ctx, colon.i + 1, end)


def _bracketed_items(ctx, v, sent) -> list:
    """"designated A (a.k.a. X; DOB 4 Feb. 1971; ...) and B (a.k.a. Y; ...) for ...": identifying
    brackets break the parse, so the names between them (read at bracket level, see ``_items_after``)
    are the verb's objects when its first object is followed by such a bracket."""
    from .sentences import _ID_BRACKET

    obj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i), None)
    if obj is None or obj.i + 1 >= len(ctx.doc) or ctx.doc[obj.i + 1].text != "(":
        return []
    text = doc_text(ctx.doc)
    if not _ID_BRACKET.match(text, ctx.doc[obj.i + 1].idx):
        return []
    return _items_after(ctx, obj.left_edge.i, sent.end)


def _copula_items(ctx, v, sent) -> list:
    """"The two firms designated today are A and B": the names after "be" whose subject the
    designation participle describes."""
    if v.dep_ != "acl" or v.tag_ != "VBN" or v.head.dep_ != "nsubj" or v.head.head.lemma_ != "be":
        return []
    be = v.head.head
    attr = next((c for c in be.children if c.dep_ == "attr" and c.i > be.i), None)
    return _items_after(ctx, be.i + 1, sent.end) if attr is not None else []


def _including_items(ctx, v, sent) -> list:
    """"were designated today, including A (registered in X), B and C": the "including" phrase of
    the verb, of its object or of its subject."""
    holders = {v.i} | {c.i for c in v.children if c.dep_ in ("dobj", "nsubjpass")}
    inc = next((t for t in sent[v.i - sent.start + 1:] if t.lower_ == "including" and t.head.i in holders), None)
    return _items_after(ctx, inc.i + 1, sent.end) if inc is not None else []


def _shared_subject(ctx, v, phrase_args) -> list:
    """"X is listed in the Annex and is sanctioned by the UN and the EU": a passive designation with
    its own agent, coordinated with a verb whose passive subject it shares."""
    if v.dep_ != "conj" or not any(c.dep_ == "auxpass" for c in v.children) or not any(
            c.dep_ == "agent" for c in v.children) or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return []
    return [a for c in v.head.children if c.dep_ == "nsubjpass" for a in phrase_args(ctx, c)]


def _stray_objects(ctx, v) -> list:
    """"sanctioned A for ..., and B (B) for ...": names attached to the verb as ``dep`` after its "and"."""
    from .relations import Arg

    if not any(c.dep_ == "dobj" for c in v.children):
        return []
    ccs = [c.i for c in v.children if c.dep_ == "cc" and c.i > v.i]
    if not ccs:
        return []
    out = []
    for c in v.children:
        if c.dep_ in ("dep", "npadvmod", "conj") and c.i > min(ccs) and c.pos_ == "PROPN":
            m = ctx.index.get(c.i)
            if m is not None and m.actor.type in _DESIGNEE_TYPES:
                out.append(Arg(m.actor, c))
    return out


_DESIGNATE_STEMS = re.compile(r"designat|sanction|blacklist|target|block|identif|declar", re.IGNORECASE)


def doc_mentions_any(doc, key: str, pattern) -> bool:
    """Whether the document text matches ``pattern`` (searched once per document, remembered in
    ``doc.user_data``): the cheap gate of the rules that read whole sentences."""
    known = doc.user_data.setdefault("graphbuild.gates", {})
    if key not in known:
        from .regexes import may_match

        folded = _folded(pattern)
        if folded is pattern:
            text = doc_text(doc)
        else:
            if "graphbuild.lower" not in doc.user_data:
                doc.user_data["graphbuild.lower"] = doc_text(doc).lower()
            text = doc.user_data["graphbuild.lower"]
        # the literals a match needs, looked up first (str.find is far faster than re on a long text)
        known[key] = may_match(folded, text) and folded.search(text) is not None
    return known[key]


_FOLDED: dict = {}


def _folded(pattern):
    """A case-insensitive pattern as a case-sensitive one for lower-cased text, when its text allows
    (no escape such as ``\\S`` that lower case would change); else ``pattern`` itself. Python's
    ``re`` searches an alternation of words about six times faster without ``IGNORECASE``.

    Examples:
        >>> _folded(re.compile("Designat|SANCTION", re.I)).pattern
        'designat|sanction'
        >>> p = re.compile(r"\\bE\\.O\\.")
        >>> _folded(p) is p
        True
    """
    if pattern not in _FOLDED:
        plain = pattern.flags & re.IGNORECASE and not re.search(r"\\[A-Z]", pattern.pattern) \
            and not re.search(r"\(\?[a-z]*i", pattern.pattern)
        _FOLDED[pattern] = re.compile(pattern.pattern.lower(), pattern.flags & ~re.IGNORECASE) if plain else pattern
    return _FOLDED[pattern]


def default_designator(ctx):
    """The designator of a designation the sentence gives no agent: in a sanctions release with a
    publishing government, that government, unless the designator remembered from earlier sentences
    is one of its own organs (a remembered foreign state is a misreading: "OFAC is acting to degrade
    Russia's capacity by sanctioning X" is no Russian designation); else the remembered designator, else
    the issuer of the text, else ``None``."""
    from .relations import Arg

    issuer = ctx.first_person(None)
    mem = ctx.memory.designator
    if issuer is not None and issuer.type == "State" and mem is not None and issuer.id not in (
            mem.actor.id, mem.actor.acts_for) and doc_mentions_any(ctx.doc, "release", _RELEASE_MARKS):
        return Arg(issuer, None, True, "issuer")
    return mem or (Arg(issuer, None, True, "issuer") if issuer is not None else None)


def _bare_gerund(v, sent) -> bool:
    """A line that opens with a gerund and has no subject ("Sanctioning X for ...")."""
    first = next((t for t in sent if not t.is_space and not t.is_punct), None)
    return (first is not None and first.i == v.i and v.tag_ == "VBG" and v.dep_ == "ROOT"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children))


def listing_candidates(sent, ctx) -> list:
    """Designations of listed names the verb patterns miss (see the module docstring).

    Args:
        sent: One sentence ``Span``.
        ctx: The extraction :class:`~graphbuild.relations.Context`.

    Returns:
        ``designates`` candidates, subject the verb's subject (the issuing state for an agentless
        passive), one per listed designee.
    """
    from .arguments import _passive, phrase_args, verb_subjects
    from .joint_actions import joint_action_candidates
    from .placements import placement_candidates
    from .proxy_lists import proxy_list_candidates
    from .relations import Arg, Candidate

    # each with its own gate: "this action was taken in coordination with X", "X and its proxies, including A",
    # "X was placed on the SDN List"
    joint = joint_action_candidates(sent, ctx) + proxy_list_candidates(sent, ctx) + placement_candidates(sent, ctx)
    if not doc_mentions_any(sent.doc, "listings", _DESIGNATE_STEMS):
        return joint  # one scan of the text per document: no designation verb, nothing to read
    if ctx.memory.designator is not None:  # a foreign state remembered in a release is a misreading
        ctx.memory.designator = default_designator(ctx)
    from .codesignations import partner_candidates
    from .namelists import name_list_candidates
    from .reasons import reason_candidates

    out = joint + partner_candidates(sent, ctx) + heading_candidates(sent, ctx) + name_list_candidates(sent, ctx)
    out += reason_candidates(sent, ctx)  # "designated for having provided support to Y": the designee's tie
    verbs = [t for t in sentence_tokens_with(sent, DESIGNATE_LEMMAS, "LEMMA") if t.pos_ == "VERB"]
    if not verbs:
        return out
    for v in verbs:
        if v.lemma_ in ("target", "block", "identify") and not any(
                w in sent.text.lower() for w in ("sanction", "designat", "ofac", "e.o.", "treasury")):
            continue
        if v.lemma_ == "declare" and "terrorist" not in sent.text.lower():
            continue
        if _bare_gerund(v, sent) and ctx.first_person(None) is not None:
            # a line of a government's list of its own acts: "Designating the X gang as a terrorist group"
            issuer = Arg(ctx.first_person(None), None, True, "issuer")
            objs = [a for c in v.children if c.dep_ == "dobj" for a in phrase_args(ctx, c)]
            out += [Candidate("designates", issuer, o, v, "default-agent", 0) for o in objs
                    if o.actor.id != issuer.actor.id and o.actor.type in _DESIGNEE_TYPES]
            continue
        if _orphan_designation(v) and doc_mentions_any(sent.doc, "release", _RELEASE_MARKS) and not verb_subjects(
                ctx, v)[0]:
            # "OFAC, pursuant to Section 4 of E.O. 13810, today sanctioned X": the parser cut the subject off
            issuer = default_designator(ctx)
            objs = [a for c in v.children if c.dep_ == "dobj" for a in phrase_args(ctx, c)]
            out += [Candidate("designates", issuer, o, v, "default-agent", 0) for o in objs
                    if issuer is not None and o.actor.id != issuer.actor.id and o.actor.type in _DESIGNEE_TYPES]
            continue
        if owner_as_agent(v):
            # "X is being designated ... for being owned or controlled by Y": the issuer designates X
            issuer = default_designator(ctx)
            objs = [a for c in v.children if c.dep_ == "nsubjpass" for a in phrase_args(ctx, c)]
            out += [Candidate("designates", issuer, o, v, "default-agent", 0) for o in objs
                    if issuer is not None and o.actor.id != issuer.actor.id and o.actor.type in _DESIGNEE_TYPES]
            continue
        objs = _colon_items(ctx, v, sent) + _including_items(ctx, v, sent) + _stray_objects(ctx, v)
        objs += _copula_items(ctx, v, sent) + _bracketed_items(ctx, v, sent)
        objs += _shared_subject(ctx, v, phrase_args)
        if not objs:
            continue
        # "the individuals designated today ...: A, B": a participle is a passive without agent
        passive = _passive(v) or (v.dep_ == "acl" and v.tag_ == "VBN")
        subs, hops = verb_subjects(ctx, v) if not (v.dep_ == "acl" and v.tag_ == "VBN") else ([], 0)
        kind = "passive" if passive else "verb"
        if not subs and passive:
            issuer = default_designator(ctx)
            subs, kind = ([issuer], "default-agent") if issuer is not None else ([], kind)
        for s in subs:
            for o in objs:
                if s.actor.id != o.actor.id:
                    out.append(Candidate("designates", s, o, v, kind, hops))
    return out


def _orphan_designation(v) -> bool:
    """A designation verb in the past or present tense at the root of its sentence, with an object and
    no subject of its own (the parser took the subject for a sentence of its own)."""
    return (v.dep_ == "ROOT" and v.tag_ in ("VBD", "VBZ", "VBP") and v.lemma_ in ("designate", "sanction")
            and any(c.dep_ == "dobj" for c in v.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in v.children))
