"""Finding the actors a phrase stands for, and the subjects of verbs and nominalizations.

Used by :mod:`graphbuild.patterns`: a token names an actor through its mention, a relative
pronoun, a possessive or group anaphor the actor module left open, or a nationality adjective on
a state noun; a phrase through appositions, coordination, modifiers and "of" phrases; a verb's
subject through passive agents, control, coordination and participles; a nominal trigger's
subject through its possessor, modifiers, "by" phrase or the light verb that governs it (the last
two live in :mod:`graphbuild.subjects` and are re-exported here).
"""

from __future__ import annotations

from .prose import doc_ents
from .referents import EXAMPLE_HEADS, LEADER_HEADS, OPPONENT_NOUNS, SEAT_HEADS, examples, seated

from .relations import FIRST_PERSON, GROUP_ANAPHORS, GROUP_NOUNS, RELATIVE, Arg, Context, _dedupe, _is_noun, _is_verb
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
#: Nouns of undoing whose "of" phrase is their victim, never who they stand for: "a commitment to
#: Israel's security and the defeat of Hamas" is no commitment to Hamas.
UNDOING_NOUNS = frozenset({"defeat", "destruction", "elimination", "dismantling", "dismantlement", "eradication",
                           "disarmament", "downfall", "overthrow", "collapse", "isolation", "containment"})
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
    ent = next((e for e in doc_ents(tok.doc) if e.start <= tok.i < e.end), None)
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
    if _FOLLOWS[0] is not tok.doc:  # asked again for every phrase that reaches tok: remember per Doc
        _FOLLOWS[0], _FOLLOWS[1] = tok.doc, {}
    known = _FOLLOWS[1].get((tok.i, c.i))
    if known is None:
        own = {t.i for ch in tok.children if tok.i < ch.i < c.i for t in ch.subtree}  # "A (a), B (b)"
        known = _FOLLOWS[1][tok.i, c.i] = all(t.i in own or t.is_punct for t in tok.doc[tok.i + 1:c.left_edge.i])
    return known


_FOLLOWS: list = [None, {}]


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
    if not res and tok.tag_ == "NNS" and (tok.lemma_ in EXAMPLE_HEADS or tok.lemma_ in LEADER_HEADS):
        res = examples(ctx, tok, kids, depth)  # "U.S. adversaries such as Syria": Syria, not the U.S.
    if direct:
        for c in kids:
            if c.dep_ == "appos" and arg_of_token(ctx, c):
                res += phrase_args(ctx, c, depth + 1)
            elif c.dep_ == "appos" and conj:  # "A, Minister of X, B, the Minister of Y, and C, ...": the list
                res += [a for g in c.children if g.dep_ == "conj" and arg_of_token(ctx, g)  # goes on
                        for a in phrase_args(ctx, g, depth + 1)]
                # "against A, the Taliban and associated forces": a list misparsed as an apposition
                res += [a for g in c.children if g.dep_ in ("nmod", "compound") and g.i < c.i
                        and any(x.dep_ == "cc" for x in g.children) for a in [arg_of_token(ctx, g)] if a]
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
    if not res and tok.lemma_ not in OPPONENT_NOUNS:  # "Trump's critics" are not Trump
        for c in kids:
            if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < tok.i and not c.tag_.startswith("VB"):
                a = arg_of_token(ctx, c)
                if a is None and c.dep_ == "compound":
                    a = next((arg_of_token(ctx, g) for g in c.children if arg_of_token(ctx, g)), None)
                if a:
                    res.append(a)
                    res += [arg_of_token(ctx, g) for g in c.children if g.dep_ == "conj" and arg_of_token(ctx, g)]
    if not res and tok.lemma_ in SEAT_HEADS and tok.pos_ == "NOUN":
        res = seated(ctx, tok, kids)  # "the regime in Pyongyang", "the government in Kabul"
    if not res and _is_noun(tok) and tok.lemma_ not in UNDOING_NOUNS and tok.lemma_ not in OPPONENT_NOUNS:
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
    """The objects of ``tok``'s prepositions in ``preps``; for "with X to do Y", which the parser
    reads as "with [X to do Y]", the X (the subject of the clause after "with")."""
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            for p in c.children:
                if p.dep_ == "pobj":
                    out.append(p)
                elif p.dep_ == "pcomp" and c.lower_ == "with" and any(
                        a.dep_ == "aux" and a.lower_ == "to" for a in p.children):
                    out += [n for n in p.children if n.dep_ == "nsubj"]
    return out


def _passive(v) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children) or (
        v.tag_ == "VBN" and v.dep_ == "acl")


#: Names re-exported from :mod:`graphbuild.subjects`, which builds on the phrase readings above
#: and imports this module: they are fetched on first use, so either module can be imported first.
_FROM_SUBJECTS = frozenset({"verb_subjects", "noun_subjects", "_legislators_before"})


def __getattr__(name: str):
    if name in _FROM_SUBJECTS:
        from . import subjects

        value = globals()[name] = getattr(subjects, name)
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
