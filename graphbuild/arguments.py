"""Finding the actors a phrase stands for, and the subjects of verbs and nominalizations.

Used by :mod:`graphbuild.patterns`: a token names an actor through its mention, a relative
pronoun, a possessive or group anaphor the actor module left open, or a nationality adjective on
a state noun; a phrase through appositions, coordination, modifiers and "of" phrases; a verb's
subject through passive agents, control, coordination and participles; a nominal trigger's
subject through its possessor, modifiers, "by" phrase or the light verb that governs it.
"""

from __future__ import annotations

from .relations import (
    CHARGE_VERBS, FIRST_PERSON, GROUP_ANAPHORS, GROUP_NOUNS, OBJECT_CONTROL, RELATIVE, _AGREE, Arg,
    Context, _dedupe, _is_noun, _is_verb,
)
from .sentences import sentences_before

__all__ = ["arg_of_token", "led_by", "nearest_antecedent", "phrase_args", "verb_subjects", "noun_subjects", "STATE_HEADS"]


STATE_HEADS = {"official", "government", "military", "force", "troop", "army", "navy", "authority", "regime",
               "ministry", "leader", "diplomat", "warship", "ship", "vessel", "jet", "aircraft", "drone", "missile",
               "soldier", "individual", "entity", "company", "firm", "bank", "embassy", "president", "minister",
               "delegation", "envoy", "counterpart", "side", "state", "officer", "agency", "intelligence", "navy",
               "airstrike", "strike", "attack", "sanction", "administration", "unmanned", "uav", "weapon",
               "base", "airbase", "facility", "position", "target", "warplane", "plane", "warship",
               "town", "city", "village", "territory", "soil", "border", "civilian", "tanker", "capital",
               "post", "outpost", "convoy", "patrol", "proxy", "ally", "partner", "client", "mission", "interest"}
#: People a nationality adjective does not turn into the state ("Afghan militants").
NON_STATE_PEOPLE = {"militants", "rebels", "fighters", "insurgents", "jihadists", "extremists", "gunmen",
                    "militant", "rebel", "fighter", "insurgent", "jihadist", "extremist", "gunman", "lawyer",
                    "immigrant", "immigrants", "nationals", "national", "citizen", "citizens", "tourists"}
#: Acts whose "by" phrase names the actor ("welcomed the decision by Sudan").
DECISION_NOUNS = {"decision", "move", "step", "announcement", "efforts", "effort", "role", "commitment",
                  "offer", "pledge", "initiative", "proposal", "leadership", "action", "restraint"}
#: Votes whose "in" phrase names the state they belong to ("meddling in elections in the United States").
VOTE_NOUNS = {"election", "vote", "referendum", "poll", "campaign", "politics", "affair"}
#: Collective nouns whose "including" phrase lists actors ("terrorist groups, including X and Y").
MEMBER_HEADS = {"group", "organization", "organisation", "country", "nation", "state", "government", "proxy",
                "militia", "faction", "ally", "partner", "entity", "party", "actor", "network", "affiliate",
                "movement", "force", "company", "firm", "bank", "individual", "person", "official", "leader",
                "member", "terrorist", "militant", "insurgent", "rebel", "outfit"}
HYPHEN_PARTICIPLES = {"based", "backed", "linked", "owned", "affiliated", "aligned", "related",
                      "controlled", "funded", "sponsored", "supported", "allied", "made", "born"}


def _hyphen_modifier(tok) -> bool:
    """"Vietnam-based", "Iran-backed": the actor only qualifies the phrase."""
    doc = tok.doc
    return (tok.i + 2 < len(doc) and doc[tok.i + 1].text in ("-", "–", "‐")
            and doc[tok.i + 2].lower_ in HYPHEN_PARTICIPLES)


def arg_of_token(ctx: Context, tok) -> Arg | None:
    """The actor a single token names, if any (mentions, relative pronouns, first person)."""
    if _hyphen_modifier(tok):
        return None
    m = ctx.index.get(tok.i)
    if m is not None and m.actor.type == "State" and m.text.lower().rsplit(" ", 1)[-1] in NON_STATE_PEOPLE:
        return None  # "Afghan militants" are not Afghanistan
    if m is not None:
        coref = tok.pos_ == "PRON" or (m.text[:1].islower() or m.text.lower().startswith(("the group", "the mil")))
        return Arg(m.actor, tok, coref=coref)
    if tok.lemma_ in GROUP_ANAPHORS and any(c.lower_ in ("the", "these", "those") for c in tok.children):
        return _group_antecedent(ctx, tok)
    if (tok.ent_type_ == "NORP" and tok.dep_ in ("amod", "compound", "nmod") and tok.head.ent_type_ != "NORP"
            and tok.head.lemma_.lower() in STATE_HEADS):
        if _qualifies_group(ctx, tok):
            return None  # "Yemeni Houthi missile attacks": the group's people, not the state
        return _demonym(tok)  # "North Korean officials", not "a Russian lawyer"
    if tok.lower_ in ("its", "their") and tok.dep_ == "poss":
        return _possessive_antecedent(ctx, tok)
    if tok.lower_ in FIRST_PERSON:
        actor = ctx.first_person(tok)
        if actor is not None:
            return Arg(actor, tok, coref=True, via="first-person")
    return None


def _qualifies_group(ctx, tok) -> bool:
    """A nationality adjective right before an armed group's name ("Yemeni Houthi attacks") names
    the group's people, not a second actor."""
    following = ctx.index.get(tok.i + 1)
    return following is not None and following.actor.type == "ArmedGroup"


def _group_antecedent(ctx, tok) -> Arg | None:
    """"the jihadists", "the group" that the actor module left unresolved: the nearest armed group
    named in this or the two sentences before."""
    sent_starts = [s.start for s in sentences_before(tok)]
    lower = sent_starts[-3] if len(sent_starts) >= 3 else 0
    for i in range(tok.i - 1, lower - 1, -1):
        m = ctx.index.get(i)
        if m is not None and m.actor.type == "ArmedGroup":
            return Arg(m.actor, tok, coref=True, via="group-anaphor")
    return None


def _demonym(tok) -> Arg | None:
    """A nationality adjective the actor module did not link ("seven North Korean individuals")."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is None:
        return None
    try:
        from .gazetteer import load_gazetteer

        actor = load_gazetteer().demonym(ent.text)
    except Exception:  # noqa: BLE001 - without a gazetteer there are no demonyms
        return None
    return Arg(actor, tok, coref=False, via="demonym") if actor is not None else None


def _is_place_name(ctx, tok, arg) -> bool:
    """A place named as such ("the Moscow slaughter"): a Place actor or a capital used as metonym."""
    if arg.actor.type == "Place":
        return True
    m = ctx.index.get(tok.i)
    if m is None:
        return False
    try:
        from .gazetteer import load_gazetteer

        entry = load_gazetteer().entry(m.text)
    except Exception:  # noqa: BLE001 - without a gazetteer, treat it as the actor
        return False
    return entry is not None and entry.kind == "metonym"


def _possessive_antecedent(ctx, tok) -> Arg | None:
    """"its"/"their" the actor modules left unresolved: the nearest earlier actor of the sentence
    that is not the subject of the clause ("Russia ... with the Taliban, welcoming its envoys")."""
    gov = tok
    for _ in range(6):
        if _is_verb(gov) or gov.head.i == gov.i:
            break
        gov = gov.head
    subject_ids = set()
    if _is_verb(gov):  # direct mentions only: resolving the subject could come back here
        subject_ids = {ctx.index[t.i].actor.id for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")
                       for t in c.subtree if t.i in ctx.index}
    for t in reversed(tok.doc[tok.sent.start:tok.i]):
        m = ctx.index.get(t.i)
        if m is not None and t.pos_ != "PRON" and m.actor.id not in subject_ids and m.actor.type in (
                "State", "ArmedGroup", "Organization") and not _news_source(m.actor):
            return Arg(m.actor, tok, coref=True, via="possessive")
    return None


#: Plural words for the two sides of a meeting or call just reported.
_PARTY_WORDS = {"they", "them", "their", "leaders", "two", "sides", "presidents", "ministers", "officials"}


def _refers_to_parties(ctx, tok) -> bool:
    """"They"/"their"/"the leaders"/"the two" in the two sentences after a meeting or call
    between two actors, when coreference left them open, stand for both sides."""
    memory = getattr(ctx, "memory", None)
    if memory is None or len(memory.parties) != 2 or memory.sentence - memory.parties_at > 2:
        return False
    if tok.lower_ not in _PARTY_WORDS or tok.i in ctx.index:
        return False
    if tok.pos_ == "PRON":
        return tok.dep_ in ("nsubj", "nsubjpass", "poss")
    dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "predet", "nummod")}
    return tok.dep_ in ("nsubj", "nsubjpass") and bool(dets & {"the", "both", "two"}) and not any(
        c.dep_ in ("prep", "amod", "compound") for c in tok.children)


def _news_source(actor) -> bool:
    from .actors import is_news_source

    return is_news_source(actor)


def nearest_antecedent(ctx, tok) -> Arg | None:
    """The nearest actor named before ``tok`` in its sentence, subject or not: a possessive in a
    reason phrase is its nearest actor ("shipped drones to Russia for its war", "make the Russian
    government pay for its invasion")."""
    for t in reversed(tok.doc[tok.sent.start:tok.i]):
        m = ctx.index.get(t.i)
        if m is not None and t.pos_ != "PRON" and m.actor.type in ("State", "ArmedGroup", "Organization", "Person"):
            if not _hyphen_modifier(t) and not _news_source(m.actor):
                return Arg(m.actor, tok, coref=True, via="possessive")
    return None


def led_by(ctx, n) -> list:
    """"the US-led coalition", "Saudi-led strikes": the leader stands for the phrase."""
    out = []
    for c in n.children:
        if c.dep_ == "amod" and c.lemma_ == "lead" and c.i < n.i and c.tag_ == "VBN":
            for g in c.children:
                if g.i < c.i and g.dep_ in ("npadvmod", "compound", "nmod", "amod", "advmod"):
                    a = arg_of_token(ctx, g) or (_demonym(g) if g.ent_type_ == "NORP" else None)
                    if a:
                        out.append(a)
    return out


def _np_up(ctx, tok) -> list:
    """Actors of a noun phrase, also looking at what an apposition or relative pronoun stands for."""
    if tok.dep_ == "appos" and arg_of_token(ctx, tok) is None:
        args = phrase_args(ctx, tok.head, conj=False)
        if args:
            return args
    return phrase_args(ctx, tok)


def _apposition_follows(tok, c) -> bool:
    """Whether an apposition ``c`` of ``tok`` follows it: only ``tok``'s own dependents (earlier
    appositions too) and punctuation lie between them ("OFAC is designating A ... on behalf of X, a person whose ..." with X misparsed
    as an apposition of OFAC does not)."""
    if c.i < tok.i:
        return True
    own = {t.i for ch in tok.children if tok.i < ch.i < c.i for t in ch.subtree}  # "A (a), B (b)"
    return all(t.i in own or t.is_punct for t in tok.doc[tok.i + 1:c.left_edge.i])


def phrase_args(ctx: Context, tok, depth: int = 0, conj: bool = True) -> list:
    """The actors a phrase headed by ``tok`` stands for (with coordination and appositions)."""
    if depth > 4:
        return []
    if tok.lower_ in RELATIVE and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and tok.tag_ in ("WDT", "WP", "WP$"):
        h = tok.head
        for _ in range(3):
            if h.dep_ == "relcl" and tok.lower_ in ("who", "whom"):
                ante = _animate_antecedent(ctx, h.head)
                found = _np_up(ctx, ante)
                if found or ante.i != h.head.i:
                    return found
                # not a country or place: "a cleric living in the United States whom Ankara accuses"
                return [a for a in _adjacent_antecedent(ctx, tok) if a.actor.type not in ("State", "Place")]
            if h.dep_ == "relcl":
                return _np_up(ctx, h.head)
            if h.dep_ not in ("ccomp", "xcomp", "conj"):
                break
            h = h.head
    if tok.pos_ == "PRON":
        listed = [a for c in tok.children if c.dep_ == "appos" for a in phrase_args(ctx, c, depth + 1)]
        if listed:  # "we — President Macron of France, ..., and President Biden — express ..."
            return _dedupe(listed)
    if _refers_to_parties(ctx, tok):
        ctx.memory.parties_at = ctx.memory.sentence  # "The leaders discussed ... They also ... They ...": a chain
        return [Arg(a.actor, tok, coref=True, via="parties") for a in ctx.memory.parties]
    if tok.lower_ in FIRST_PERSON and len(getattr(ctx, "co_issuers", ())) > 1:
        own = arg_of_token(ctx, tok)
        if own is not None and any(own.actor.id == a.id for a in ctx.co_issuers):
            return [Arg(a, tok, coref=True, via="first-person") for a in ctx.co_issuers]
    direct = arg_of_token(ctx, tok)
    res = [direct] if direct else []
    kids = [c for c in tok.children if c.dep_ != "appos" or _apposition_follows(tok, c)]
    if direct:
        for c in kids:
            if c.dep_ == "appos" and arg_of_token(ctx, c):
                res += phrase_args(ctx, c, depth + 1)
            elif c.dep_ == "appos" and conj:  # "A, Minister of X, B, the Minister of Y, and C, ...": the list
                res += [a for g in c.children if g.dep_ == "conj" and arg_of_token(ctx, g)  # goes on
                        for a in phrase_args(ctx, g, depth + 1)]
        for c in kids:
            if c.dep_ in ("nmod", "compound", "amod") and any(g.dep_ == "conj" for g in c.children):
                a = arg_of_token(ctx, c)
                if a and a.actor.id != direct.actor.id:
                    res.append(a)
                    res += [x for g in c.children if g.dep_ == "conj" for x in [arg_of_token(ctx, g)] if x]
    if not res and _is_noun(tok) and tok.pos_ != "PROPN":
        for c in kids:
            if c.dep_ in ("compound", "nmod") and c.i < tok.i and c.pos_ == "PROPN":
                a = arg_of_token(ctx, c)
                if a:
                    res.append(a)  # "the Houthis, Hezbollah and Hamas groups"
                    res += [x for g in c.conjuncts if g.i > c.i for x in [arg_of_token(ctx, g)] if x]
    if not res and _is_noun(tok):
        res += led_by(ctx, tok)
    if not res:
        for c in kids:
            if c.dep_ == "appos":
                sub = phrase_args(ctx, c, depth + 1)
                if any(n.dep_ == "neg" and tok.i < n.i < c.i for n in kids):  # "his predecessors, not China"
                    sub = [Arg(a.actor, a.token, a.coref, a.via, True) for a in sub]
                res += sub
    if not res:
        for c in kids:
            if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < tok.i and not c.tag_.startswith("VB"):
                a = arg_of_token(ctx, c)
                if a is None and c.dep_ == "compound":
                    a = next((arg_of_token(ctx, g) for g in c.children if arg_of_token(ctx, g)), None)
                if a:
                    res.append(a)
                    res += [arg_of_token(ctx, g) for g in c.children if g.dep_ == "conj" and arg_of_token(ctx, g)]
    if not res and _is_noun(tok):
        for c in kids:
            if c.dep_ == "prep" and (c.lower_ in ("of", "on", "from") or (
                    c.lower_ == "including" and tok.lemma_ in MEMBER_HEADS) or (
                    c.lower_ == "with" and tok.lemma_ in ("side", "part")) or (
                    c.lower_ == "by" and tok.lemma_ in DECISION_NOUNS) or (
                    c.lower_ == "in" and tok.lemma_ in VOTE_NOUNS)):
                for p in c.children:
                    if p.dep_ == "pobj":
                        res += phrase_args(ctx, p, depth + 1)
            if c.dep_ == "acl" and (c.lemma_ in ("control", "hold", "occupy", "run", "seize") or (
                    c.lemma_ in ("use", "operate", "own", "man") and tok.lemma_ in _assets(ctx))):
                # "areas held by X", "targets used by X": the phrase stands for X
                res += [a for p in _pobjs(c, ("by",)) for a in phrase_args(ctx, p, depth + 1)]
            # "individuals based in X" are located there, not X's; "a gunman identified as X" is X
            if c.dep_ == "acl" and c.lemma_ in ("associate", "affiliate", "link", "connect", "tie", "identify"):
                for p in c.children:
                    if p.dep_ == "prep":
                        for q in p.children:
                            if q.dep_ == "pobj":
                                res += phrase_args(ctx, q, depth + 1)
    if not res and tok.lemma_ in GROUP_NOUNS and tok.tag_ == "NNS":
        res = _group(ctx, tok)
    if conj:
        for c in kids:
            if c.dep_ == "conj":
                sub = phrase_args(ctx, c, depth)
                if any(g.dep_ == "neg" for g in c.children):  # "the Houthis and not the people of Yemen"
                    sub = [Arg(a.actor, a.token, a.coref, a.via, True) for a in sub]
                res += sub
    return _dedupe(res)


def _animate_antecedent(ctx, n):
    """"who"/"whom" stand for people: "a cleric living in the United States whom Ankara accuses" is
    the cleric (a relative clause misattached to the nearest noun, a country, climbs to the person)."""
    a = arg_of_token(ctx, n)
    if a is None or a.actor.type not in ("State", "Place"):
        return n
    t = n
    for _ in range(4):
        if t.dep_ not in ("pobj", "prep", "acl") or t.head.i == t.i:
            break
        t = t.head
        if _is_noun(t) and t.dep_ != "pobj":
            return t
    return n


def _assets(ctx) -> frozenset:
    """Sites and equipment that stand for whoever uses them ("targets used by X"; ``asset_nouns``)."""
    return frozenset(ctx.lex.raw["attacks"].get("asset_nouns", ()))


def _adjacent_antecedent(ctx, tok) -> list:
    """The actor named right before "who" when the parser hung the clause on a thing
    ("talks between X and the Taliban, who have refused to ...": the Taliban)."""
    j = tok.i - 1
    while j >= tok.sent.start and tok.doc[j].is_punct:
        j -= 1
    a = arg_of_token(ctx, tok.doc[j]) if j >= tok.sent.start else None
    return [a] if a is not None else []


def _group(ctx, tok) -> list:
    """"the leaders", "both sides": the states and people named earlier in the sentence; not a
    count with no definite article ("a coalition of ten nations" names nobody before it)."""
    if any(c.dep_ == "nummod" for c in tok.children) and not any(
            c.dep_ in ("det", "predet") and c.lower_ in ("the", "these", "those", "both", "all") for c in tok.children):
        return []
    out = []
    for t in tok.sent:
        if t.i >= tok.i:
            break
        a = arg_of_token(ctx, t)
        if a and a.actor.type in ("State", "Person", "GovernmentOrgan"):
            out.append(Arg(a.actor, t, coref=True, via="group"))
    if len(_dedupe(out)) < 2 and _the_two(tok):
        return _last_two_states(ctx, tok)
    return _dedupe(out) if len(_dedupe(out)) >= 2 else []


def _the_two(tok) -> bool:
    """"the two countries", "both nations": a pair named before."""
    dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "predet", "nummod")}
    return tok.lemma_ in ("country", "nation", "government", "state") and ({"the", "two"} <= dets or "both" in dets)


def _last_two_states(ctx, tok) -> list:
    """The last two states named in the two sentences before ``tok``'s own."""
    starts = [s.start for s in sentences_before(tok)]
    lower = starts[-3] if len(starts) >= 3 else 0
    out = []
    for i in range(tok.sent.start - 1, lower - 1, -1):
        m = ctx.index.get(i)
        if m is not None and m.actor.type == "State" and m.actor.id not in {a.actor.id for a in out}:
            out.append(Arg(m.actor, tok, coref=True, via="group"))
            if len(out) == 2:
                return out
    return []


def _pobjs(tok, preps) -> list:
    return [p for c in tok.children if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps
            for p in c.children if p.dep_ == "pobj"]


def _passive(v) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children) or (
        v.tag_ == "VBN" and v.dep_ == "acl")


#: verbs whose object does the "against"/"from" gerund: "warned X against attacking", "stop X from arming"
DETERRED_OBJECT = {"warn", "caution", "advise", "counsel", "deter", "dissuade", "discourage", "prevent", "stop",
                   "bar", "ban", "block", "prohibit", "restrain", "keep", "forbid"}


#: verbs by which one states one's own stance: "reiterated her support", "voiced his condemnation"
AVOWAL_VERBS = {"reiterate", "reaffirm", "express", "voice", "pledge", "underline", "stress", "emphasize",
                "restate", "renew", "underscore", "affirm", "confirm", "declare", "offer", "extend", "repeat"}


#: passives whose subject is the subject of their infinitive: "X is expected to recognize Y"
RAISING_PASSIVES = {"expect", "say", "believe", "report", "think", "set", "schedule", "poise", "suppose",
                    "rumor", "rumour", "understand", "know", "see", "due", "slate", "tip"}


def verb_subjects(ctx: Context, v, hops: int = 0) -> tuple[list, int]:
    """The actors doing ``v``, climbing control, coordination and participles when it has no subject."""
    if hops > 5:
        return [], hops
    if _passive(v):
        agents = [p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        found = [a for p in agents for a in phrase_args(ctx, p)]
        if agents and not found:  # "killed by mortar fire from X" with "from X" on the verb
            found = [a for p in _pobjs(v, ("from",)) for a in phrase_args(ctx, p) if a.actor.type != "Place"]
        return _dedupe(found), hops
    subs = [c for c in v.children if c.dep_ in ("nsubj", "csubj", "expl")]
    if any(c.i < v.i for c in subs):  # a second "subject" after the verb is a misparse of a long clause
        subs = [c for c in subs if c.i < v.i]
    if subs:
        args = [a for s in subs for a in phrase_args(ctx, s)]
        if not args and v.dep_ == "relcl" and any(s.lower_ in RELATIVE for s in subs) and _instrument(v.head):
            return _backers(ctx, v.head, hops + 1)  # "X passed a bill that would sanction Y"
        if not args and len(subs) == 1 and _instrument(subs[0]):
            return _backers(ctx, subs[0], hops + 1)  # "The bill would sanction Y"
        return _dedupe(args), hops
    dep, h = v.dep_, v.head
    if h.i == v.i:
        return [], hops
    if dep == "conj" or (dep == "advcl" and _is_verb(h)):
        if _passive(h) and _listing_verb(ctx, h):
            # "X was designated by Y, attacking Z soon after": the one designated acts, not the designator
            return _dedupe([a for c in h.children if c.dep_ == "nsubjpass" for a in phrase_args(ctx, c)]), hops + 1
        return verb_subjects(ctx, h, hops + 1)
    if dep == "xcomp":
        dobj = [c for c in h.children if c.dep_ == "dobj"] or [
            p for p in _pobjs(h, ("on", "upon")) if h.lemma_ in ("call", "press", "prevail")]
        if dobj and h.lemma_ in OBJECT_CONTROL:
            return phrase_args(ctx, dobj[0]), hops + 1
        if _is_verb(h) and _passive(h) and h.lemma_ in RAISING_PASSIVES and not any(
                c.dep_ == "agent" for c in h.children):  # "X is expected/said/believed to recognize Y"
            return _dedupe([a for c in h.children if c.dep_ == "nsubjpass" for a in phrase_args(ctx, c)]), hops + 1
        if _is_verb(h):
            return verb_subjects(ctx, h, hops + 1)
        if h.pos_ == "ADJ" and _is_verb(h.head):
            return verb_subjects(ctx, h.head, hops + 1)
    if dep == "pcomp" and h.pos_ == "ADP":
        while h.dep_ == "conj" and h.head.pos_ == "ADP":
            h = h.head
        gov = h.head
        if _is_verb(gov) and _passive(gov) and not any(c.dep_ == "agent" for c in gov.children):
            return _dedupe([a for c in gov.children if c.dep_ == "nsubjpass" for a in phrase_args(ctx, c)]), hops + 1
        if h.lower_ in ("against", "from") and _is_verb(gov) and gov.lemma_ in DETERRED_OBJECT:
            objs = [c for c in gov.children if c.dep_ in ("dobj", "nsubjpass")]
            if objs:  # "warned Russia against invading Y", "deter Iran from attacking Y"
                return phrase_args(ctx, objs[0]), hops + 1
        if h.lower_ in ("for", "with", "of") and _is_verb(gov) and gov.lemma_ in CHARGE_VERBS:
            # "designated X for its support of Y, which was designated in 2007 for providing ...": the
            # reason belongs to the nearer designation, a relative clause ending just before it
            nearer = [t for t in v.doc[gov.i + 1:h.i] if t.lemma_ == gov.lemma_ and t.dep_ in ("relcl", "acl")
                      and _is_verb(t) and t.right_edge.i >= h.i - 3]
            gov = nearer[-1] if nearer else gov
            objs = [c for c in gov.children if c.dep_ in ("dobj", "nsubjpass")]
            if objs:
                return phrase_args(ctx, objs[0]), hops + 1
        if _is_verb(gov):
            return verb_subjects(ctx, gov, hops + 1)
        if _is_noun(gov):
            found = noun_subjects(ctx, gov, None, hops + 1)
            if not found[0] and h.lower_ == "of" and gov.dep_ in ("dobj", "attr") and _is_verb(gov.head) \
                    and _intent_noun(gov):  # "had no intention of attacking X", "denied any plan of"
                return verb_subjects(ctx, gov.head, hops + 1)
            if not found[0] and h.lower_ == "of" and gov.dep_ == "pobj" and _is_verb(gov.head.head) \
                    and _intent_noun(gov):  # "is on the verge of recognizing X"
                return verb_subjects(ctx, gov.head.head, hops + 1)
            return found
        if gov.pos_ == "ADV" and gov.dep_ == "advmod" and _is_verb(gov.head):  # "stopped short of condemning X"
            return verb_subjects(ctx, gov.head, hops + 1)
        if gov.pos_ == "ADJ" and _is_verb(gov.head):  # "was undecided on whether to declare X ..."
            return verb_subjects(ctx, gov.head, hops + 1)
    if dep == "acl" and v.tag_ == "VBG" and _is_noun(h):
        args = phrase_args(ctx, h, conj=False)
        if args:
            return args, hops + 1
        measures = set(ctx.lex.raw["designates"].get("measure_nouns", ())) | set(ctx.lex.nouns)
        if h.dep_ in ("dobj", "nsubjpass", "attr") and _is_verb(h.head) and h.lemma_ in measures:
            # "issued designations targeting X"; not "sanctioned individuals supporting X"
            return verb_subjects(ctx, h.head, hops + 1)
    if dep in ("acl", "relcl") and _is_noun(h):
        poss = [c for c in h.children if c.dep_ == "poss"]
        if poss:
            return phrase_args(ctx, poss[0]), hops + 1
        infinitival = any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
        if (dep == "acl" or infinitival) and v.tag_ == "VB" and h.dep_ in ("dobj", "attr") and _is_verb(h.head):
            # "paving the way to recognize X", "took the decision to designate X"
            return verb_subjects(ctx, h.head, hops + 1)
    return [], hops


def _listing_verb(ctx, v) -> bool:
    """A verb that lists, sanctions or charges its object ("designate", "sanction", "accuse")."""
    return v.lemma_ in CHARGE_VERBS or any(rel in ("designates", "delists") for rel, _ in ctx.lex.verbs.get(v.lemma_, ()))


def _instrument(n) -> bool:
    """A bill, draft or proposal (``instruments`` of ``modality.yaml``)."""
    from .modality import load_modality_cues

    return n.lemma_.lower() in load_modality_cues().instruments


def _backers(ctx, n, hops) -> tuple[list, int]:
    """Who drafts, backs or passes a bill: its actor modifiers ("a U.S. bill"), else the subject of
    the verb it is the object of ("senators backed a bill ...")."""
    args = [a for c in n.children if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < n.i
            for a in [arg_of_token(ctx, c)] if a]
    if args:
        return _dedupe(args), hops
    if n.dep_ in ("dobj", "nsubjpass") and _is_verb(n.head):
        return verb_subjects(ctx, n.head, hops + 1)
    return _legislators_before(ctx, n), hops + 1


def _legislators_before(ctx, n) -> list:
    """The state of the lawmakers named in this or the two sentences before ("U.S. senators agreed on
    a bill. ... The bill would sanction X": the United States)."""
    from .modality import load_modality_cues

    words = load_modality_cues().legislators
    starts = [s.start for s in sentences_before(n)]
    for t in reversed(n.doc[starts[-3] if len(starts) >= 3 else 0:n.i]):
        if t.lemma_.lower() in words or t.lower_ in words:
            args = [a for c in t.children if c.dep_ in ("compound", "amod", "nmod")
                    for a in [arg_of_token(ctx, c) or (_demonym(c) if c.ent_type_ == "NORP" else None)] if a]
            if args:
                return _dedupe(args)
    return []


#: Relations whose nominalization a nationality adjective makes the state's act ("Russian meddling",
#: "Chinese sanctions"); not "the Afghan wing of X" (a place qualifies a group).
_STATE_ACTS = {"attacks", "designates", "condemns", "blames", "recognizes", "delists"}


def _intent_noun(n) -> bool:
    """An intention, plan or option noun of ``modality.yaml`` ("intention", "plan", "possibility")."""
    from .modality import load_modality_cues

    cues = load_modality_cues()
    return n.lemma_.lower() in cues.hyp_nouns or n.lemma_.lower() in cues.neg_nouns


def _bracketed(tok, head) -> bool:
    """A modifier in round brackets before its head, such as a time zone: "the 9:30 (0630 GMT) attack"."""
    doc = tok.doc
    before = [t.text for t in doc[max(tok.i - 4, 0):tok.i] if t.text in ("(", ")")]
    return bool(before) and before[-1] == "(" and any(t.text == ")" for t in doc[tok.i + 1:head.i])


def noun_subjects(ctx: Context, n, rel: str | None, hops: int = 0, skip_poss: bool = False) -> tuple[list, int]:
    """The actors doing a nominal trigger: possessor, actor modifier, "by" phrase, or a light verb's subject."""
    args = []
    for c in n.children:
        if c.dep_ == "poss" and not skip_poss and c.lower_ in _AGREE:
            gov = n
            while gov.dep_ == "conj" and not _is_verb(gov.head):
                gov = gov.head
            verb = gov.head if gov.dep_ in ("dobj", "conj") and _is_verb(gov.head) else None
            if verb is not None and any(s.dep_ == "nsubj" and s.lower_ == _AGREE[c.lower_] for s in verb.children):
                return verb_subjects(ctx, verb, hops + 1)
        if c.dep_ == "poss" and not skip_poss and c.lower_ in ("its", "their") and n.dep_ == "conj" \
                and _is_noun(n.head) and phrase_args(ctx, n.head, conj=False):
            args += phrase_args(ctx, n.head, conj=False)  # "the Iranian regime and its proxies"
        elif c.dep_ == "poss" and not skip_poss:
            args += phrase_args(ctx, c)
        elif c.dep_ in ("compound", "amod", "nmod") and c.i < n.i and not _bracketed(c, n):
            a = arg_of_token(ctx, c)
            if a is None and rel in _STATE_ACTS and c.dep_ == "amod" and c.ent_type_ == "NORP" \
                    and not _qualifies_group(ctx, c):
                a = _demonym(c)  # "Russian meddling", "Iranian interference": the act of the state
            if a and rel == "attacks" and _is_place_name(ctx, c, a):
                continue
            if a:
                args.append(a)
                args += [x for g in c.children if g.dep_ == "conj" for x in [arg_of_token(ctx, g)] if x]
    args = args or led_by(ctx, n)
    if args:
        return _dedupe(args), hops
    if any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in n.children) and not skip_poss:
        gov = n
        while gov.dep_ == "conj" and not _is_verb(gov.head):
            gov = gov.head
        if gov.dep_ == "dobj" and _is_verb(gov.head) and gov.head.lemma_ in AVOWAL_VERBS:
            # "X reiterated her support for Y": one avows one's own stance ("criticized his support" is another's)
            return verb_subjects(ctx, gov.head, hops + 1)
    for p in _pobjs(n, ("by",)):
        args += phrase_args(ctx, p)
    for c in n.children:
        if c.tag_ == "VBN" and (c.dep_ == "acl" or (c.dep_ == "relcl" and any(
                g.dep_ == "nsubjpass" and g.lower_ in RELATIVE for g in c.children))):
            for p in _pobjs(c, ("by",)):  # "the attack claimed by X", "the bombing, which was claimed by X"
                args += phrase_args(ctx, p)
    if args or rel is None:
        return _dedupe(args), hops
    light = ctx.lex.light.get(rel, frozenset())
    relay = ctx.lex.relay.get(rel, frozenset())
    t = n
    for _ in range(5):
        h = t.head
        if h.i == t.i:
            break
        if t.dep_ in ("dobj", "attr", "oprd", "nsubjpass") and _is_verb(h):
            if h.lemma_ in light:
                return verb_subjects(ctx, h, hops + 1)
            break
        if t.dep_ == "pobj" and h.dep_ in ("prep",):
            g = h.head
            if _is_noun(g) and g.lemma_ in relay:
                t = g
                continue
            if _is_verb(g) and g.lemma_ in light and h.lower_ in ("for", "in"):
                return verb_subjects(ctx, g, hops + 1)
            if _is_noun(g) and h.lower_ == "with":
                return _np_up(ctx, g), hops + 1
            if _is_noun(g) and h.lower_ == "of" and g.lemma_ in relay:
                t = g
                continue
            break
        if t.dep_ in ("conj", "appos"):
            t = h
            continue
        if t.dep_ == "nsubj" and _is_verb(h):
            for p in _pobjs(h, ("under", "between")):
                args += phrase_args(ctx, p)
            return _dedupe(args), hops + 1
        break
    return [], hops
