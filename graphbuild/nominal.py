"""Relations carried by nouns and by co-agent phrases rather than by a verb.

"X, together with Y, struck Z" (Y attacks Z too; X and Y cooperate), "with support from Y",
"in coordination with Y"; "joint action with Y"; "funneled money from X through Y to Z" (X and Y
back Z); "aided by the assistance provided by X" (X backs the one aided); "verbal exchanges
between X and Y" (each warns the other); "proxies, including A and B" (the owner of the proxies
cooperates with each); "support for / commitment to the security of X" and the phrases that are a
cause rather than a partner ("the denuclearization of X", "sanctions on X"). Used by
:mod:`graphbuild.patterns` and :mod:`graphbuild.extract`; the word lists live in ``triggers.yaml``
(``cooperates``, ``warns``).
"""

from __future__ import annotations

from .prose import doc_text

import re
from functools import lru_cache

from .arguments import STATE_HEADS, _pobjs, arg_of_token, phrase_args, verb_subjects
from .relations import PEOPLE_NOUNS, Candidate, _dedupe, _is_noun, _is_verb
from .probes import probe_candidates
from .quarrels import between_condemnations, quarrel_candidates
from .calls import call_meeting_candidates

__all__ = ["co_agent_candidates", "hostile_noun", "aim_of", "joint", "joint_group_candidates", "listed_members",
           "through_owner", "flow_candidates", "exchange_candidates", "backed_by_candidates"]


def hostile_noun(ctx, p) -> bool:
    """A phrase headed by a hostile trigger noun ("sanctions on X", "the war against X")."""
    return any(r in ("attacks", "designates", "condemns", "blames", "warns", "delists")
               for r, _ in ctx.lex.nouns.get(p.lemma_.lower(), ()))


def aim_of(ctx, p) -> bool:
    """"the denuclearization of X": a cause concerning X, not X; "the security of X" is X's good
    (``benefit_heads`` in ``triggers.yaml``)."""
    return (arg_of_token(ctx, p) is None and bool(_pobjs(p, ("of",)))
            and p.lemma_.lower() not in ctx.lex.raw["cooperates"].get("benefit_heads", ()))


def joint(ctx, n) -> bool:
    """"joint action with X", "coordinated strikes with X" (``joint_modifiers`` in ``triggers.yaml``)."""
    mods = ctx.lex.raw["cooperates"].get("joint_modifiers", ())
    return any(c.dep_ in ("amod", "compound") and c.lower_ in mods for c in n.children)


def listed_members(ctx, n) -> list:
    """The members an "including" or "such as" phrase lists ("proxies, including X, Y and Z")."""
    nouns = [n] + [c for c in n.children if c.dep_ == "conj" and _is_noun(c)]  # "proxies and groups, including"
    out = [a for m in nouns for p in _pobjs(m, ("including",)) for a in phrase_args(ctx, p)]
    for c in [c for m in nouns for c in m.children]:
        if c.dep_ == "prep" and c.lower_ == "as" and any(g.lower_ == "such" for g in c.children):
            out += [a for p in c.children if p.dep_ == "pobj" for a in phrase_args(ctx, p)]
    return _dedupe(out)


def through_owner(ctx, n) -> tuple[list, int]:
    """Who acts "through proxies": the possessor of the act it hangs on, or the subject of the verb."""
    if n.dep_ != "pobj" or n.head.lower_ not in ("through", "via"):
        return [], 0
    gov = n.head.head
    if _is_noun(gov):
        return [a for c in gov.children if c.dep_ == "poss" for a in phrase_args(ctx, c)], 1
    return verb_subjects(ctx, gov, 1) if _is_verb(gov) else ([], 0)


def _agent_args(ctx, p) -> list:
    """The actors of a co-agent phrase; "together with updates from X" names no one acting: an
    actor inside a prepositional phrase counts only when the head is a word for people or forces
    ("together with troops from X")."""
    def in_pp(t) -> bool:
        while t.i != p.i and t.head.i != t.i:
            if t.dep_ == "prep":
                return True
            t = t.head
        return False

    keep_pp = p.lemma_.lower() in STATE_HEADS or p.lower_.rstrip("s") in PEOPLE_NOUNS
    return [a for a in phrase_args(ctx, p) if keep_pp or a.token is None or not in_pp(a.token)]


_CO_AGENT_WORDS: dict = {}


def _co_agent_words(spec: dict) -> tuple:
    """The word sets of ``co_agent`` in ``triggers.yaml``, made once per loaded lexicon (this runs for every verb)."""
    known = _CO_AGENT_WORDS.get(id(spec))
    if known is None or known[0] is not spec:
        known = (spec, frozenset(spec.get("adverbs", ())), frozenset(spec.get("prepositions", ())),
                 frozenset(spec.get("manner_nouns", ())), frozenset(spec.get("backing_nouns", ())))
        _CO_AGENT_WORDS[id(spec)] = known
    return known[1:]


def _co_agents(ctx, v) -> tuple[list, list, list]:
    """Actors acting with the subject of ``v``, and actors backing it: "X, together with Y, struck Z",
    "X fought alongside Y", "X, in coordination with Y, ..." (co-agents); "with support from Y"
    (backers). The phrases hang on the verb or on its subject (``co_agent`` in ``triggers.yaml``).
    The third list holds the co-agents named only by "along with", which may just list who else was
    there ("X, along with Y, attended the summit")."""
    adverbs, preps, manner, backing = _co_agent_words(ctx.lex.raw["cooperates"].get("co_agent", {}))
    holders = [v] + [c for c in v.children if c.dep_ == "nsubj"]
    agents, backers, listed = [], [], []
    for h in holders:
        heads = [c for c in h.children if c.dep_ == "prep"]
        heads += [g for c in heads for g in c.children if g.dep_ == "conj" and g.pos_ == "ADP"]
        for c in heads:
            objs = [p for p in c.children if p.dep_ == "pobj"]
            if c.lower_ in preps or (c.lower_ == "with" and (
                    any(a.lower_ in adverbs for a in c.children) or any(
                        a.dep_ == "advmod" and a.lower_ in adverbs and a.i == c.i - 1 for a in h.children))):
                agents += [a for p in objs for a in _agent_args(ctx, p)]
            elif c.lower_ == "along":  # "along with Y"
                along = [a for q in _pobjs(c, ("with",)) for a in _agent_args(ctx, q)]
                agents += along
                listed += along
            for p in objs:
                if c.lower_ == "in" and p.lemma_ in manner:  # "in coordination with Y"
                    agents += [a for q in _pobjs(p, ("with",)) for a in phrase_args(ctx, q)]
                elif c.lower_ == "with" and p.lemma_ in backing:  # "with support from Y"
                    backers += [a for q in _pobjs(p, ("from", "of")) for a in phrase_args(ctx, q)]
    return _dedupe(agents), _dedupe(backers), _dedupe(listed)


def _person(a) -> bool:
    return a.actor.type == "Person" and not a.actor.acts_for


def co_agent_candidates(ctx, sent, found) -> list:
    """"X, together with Y, conducted strikes on Z": Y attacks Z too, and X cooperates with Y; "X,
    with support from Y, ...": Y cooperates with X. Relations read at the verb or at a nominal
    trigger it governs as a light verb are shared with the co-agent. A co-agent named by "along
    with" shares the act, and is a partner only in a fight or a cooperation ("X, along with Y,
    attended the summit" or "starred in the film" makes no partners)."""
    from .positions import shared_stance_candidates

    words = _co_agent_words(ctx.lex.raw["cooperates"].get("co_agent", {}))
    low = doc_text(sent.doc)[sent.start_char:sent.end_char].lower()  # Span.text re-joins its tokens
    out = shared_stance_candidates(ctx, sent, low)  # "Both X and Y expressed support for peace"
    out += joint_attacker_candidates(found)  # "X and Y bombed Z": X and Y fight together
    from .reprisals import reprisal_candidates

    out += reprisal_candidates(ctx, sent, low)  # "in retaliation for Y's failure to honor the pact"
    out += probe_candidates(ctx, sent, low)  # "the investigation into Russian meddling in the U.S. election"
    out += quarrel_candidates(ctx, sent)  # "X traded insults with Y", "rhetoric against Y"
    out += call_meeting_candidates(ctx, sent)  # "X praised Y in a phone call": X and Y met
    if "along" not in low and not any(w in low for group in words for w in group):
        return out  # every co-agent phrase has one of these words
    for v in sent:
        if not _is_verb(v):
            continue
        agents, backers, listed = _co_agents(ctx, v)
        if not agents and not backers:
            continue
        subs, hops = verb_subjects(ctx, v)
        ids = {a.actor.id for a in subs}
        shared = [c for c in found if c.relation not in ("cooperates", "meets") and c.subject.actor.id in ids
                  and (c.trigger.i == v.i or (c.trigger.head.i == v.i and c.trigger.dep_ in ("dobj", "nsubjpass")))]
        # "along with" names partners only in a fight ("X, along with Y, struck Z") or a joint act ("X,
        # along with Y, is collaborating on Z"); "X, along with Y, condemned Z" shares the condemnation
        # only, and "X, along with Y, attended the summit / starred in the film" says who was there
        joint_act = any(rel == "cooperates" and opts.get("symmetric") for rel, opts in ctx.lex.verbs.get(v.lemma_, ())) \
            or any(c.relation == "cooperates" and (c.trigger.i == v.i or c.trigger.head.i == v.i) for c in found)
        fight = joint_act or any(c.relation == "attacks" for c in shared)
        if not shared and not joint_act:
            agents = [a for a in agents if a not in listed]
        partners = [a for a in agents + backers if a.actor.id not in ids and (fight or a not in listed)]
        if not subs or not (partners or shared):
            continue
        from .patterns import _pairs

        out += [c for c in _pairs("cooperates", subs, partners, v, "coordination", hops + 1)
                if not (_person(c.subject) and _person(c.object))]  # two officials of one side
        for c in shared:
            out += [Candidate(c.relation, a, c.object, c.trigger, c.kind, c.hops + 1, c.modality, c.exempt)
                    for a in agents if a.actor.id not in ids and a.actor.id != c.object.actor.id]
    return out


def joint_attacker_candidates(found) -> list:
    """Coordinated subjects of one attack fight together: "Russia and Syria bombed Aleppo", "Hamas and
    Islamic Jihad fired rockets at Israel" make each pair cooperate (the attack read at one trigger
    with two attackers whose words are joined by "and")."""
    by_trigger: dict = {}
    for c in found:
        if c.relation == "attacks" and c.subject.token is not None and c.modality != "negated":
            by_trigger.setdefault(c.trigger.i, {})[c.subject.actor.id] = c
    out = []
    for cands in by_trigger.values():
        subs = list(cands.values())
        for i, a in enumerate(subs):
            for b in subs[i + 1:]:
                x, y = sorted((a.subject.token, b.subject.token), key=lambda t: t.i)
                if y.dep_ == "conj" and (y.head.i == x.i or y.head.head.i == x.i):
                    out.append(Candidate("cooperates", a.subject, b.subject, a.trigger, "coordination", a.hops))
    return out


def joint_group_candidates(ctx, n) -> list:
    """"The United States and South Korea held joint exercises", "a joint statement by A and B": a
    joint act of two or more named actors, with no "with" partner, makes each pair cooperate."""
    if not joint(ctx, n) or _pobjs(n, ("with",)):  # before the imports: this runs for every noun
        return []
    from .arguments import noun_subjects
    from .patterns import _symmetric

    subs, hops = noun_subjects(ctx, n, None)
    if not subs and n.dep_ in ("dobj", "nsubjpass") and _is_verb(n.head):
        subs, hops = verb_subjects(ctx, n.head)
    subs = _dedupe(subs)
    return _symmetric("cooperates", subs, n, "noun-coordination", hops + 1) if len(subs) >= 2 else []


def flow_candidates(ctx, sent) -> list:
    """"funneled millions of dollars from X through Y to Z": X and Y back Z (``cooperates``), and X
    works with Y. Read only when a "from" or "through" phrase names the source, so that a plain
    "X sent money to Z" stays with the verb patterns (``flow`` in ``triggers.yaml``)."""
    from .patterns import _pairs

    from .listings import doc_mentions_any

    if not (doc_mentions_any(ctx.doc, "flow-from", _FROM_THROUGH) and doc_mentions_any(ctx.doc, "flow-cargo", _CARGO)):
        return []
    spec = ctx.lex.raw["cooperates"].get("flow", {})
    verbs, cargo = set(spec.get("verbs", ())), set(spec.get("cargo", ()))
    out = []
    for v in sent:
        if v.lemma_ not in verbs or not _is_verb(v):
            continue
        holders = [v] + [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
        if not any(t.lemma_.lower() in cargo or t.text == "$" for h in holders[1:] or [v] for t in h.subtree):
            continue
        sources = _flow_args(ctx, holders, ("from",), _SOURCE_TYPES)
        via = _flow_args(ctx, holders, ("through", "via"), _SOURCE_TYPES - {"State"})
        to = _flow_args(ctx, holders, ("to",), _SOURCE_TYPES)
        if not (sources or via) or not to:
            continue
        out += _pairs("cooperates", sources + via, to, v, "verb", 1)
        out += _pairs("cooperates", sources, via, v, "verb", 1)
    return out


_FROM_THROUGH = re.compile(r"\b(?:from|through|via)\b")
_CARGO = re.compile(r"dollar|million|billion|fund|money|cash|payment|weapon|\barms\b|ammunition|missile|rocket|drone|"
                    r"equipment|\boil\b|\bgold\b|\$", re.IGNORECASE)
_EXCHANGE = re.compile(r"exchange|\bwars? of\b", re.IGNORECASE)
#: Who can send, pass on or receive a flow of money or arms (not places: "from Lebanon to Gaza").
_SOURCE_TYPES = frozenset({"State", "ArmedGroup", "Organization", "GovernmentOrgan", "Person"})


def _flow_args(ctx, holders, preps, kinds) -> list:
    """The actors named by the ``preps`` phrases of a flow verb or its object, of the given types."""
    return _dedupe([a for h in holders for p in _pobjs(h, preps) for a in [arg_of_token(ctx, p)]
                    if a is not None and a.actor.type in kinds])


def exchange_candidates(ctx, sent) -> list:
    """"bellicose verbal exchanges between X and Y", "a war of words between X and Y": each side
    warns the other (``exchange`` of ``warns`` in ``triggers.yaml``). The two sides are the actors
    named inside the "between" phrase."""
    from .relations import Arg

    from .listings import doc_mentions_any

    if not doc_mentions_any(ctx.doc, "exchange", _EXCHANGE):
        return []
    spec = ctx.lex.raw["warns"].get("exchange", {})
    nouns, mods, of = set(spec.get("nouns", ())), set(spec.get("modifiers", ())), set(spec.get("of", ()))
    out = []
    for n in sent:
        if n.lemma_.lower() not in nouns or not _is_noun(n):
            continue
        hostile = any(c.dep_ in ("amod", "compound") and c.lower_ in mods for c in n.children) or any(
            p.lemma_.lower() in of for p in _pobjs(n, ("of",)))
        holders = [n] + list(_pobjs(n, ("of",)))  # "a war of words between X and Y"
        between = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "between"]
        if not hostile or not between:
            continue
        sides: dict = {}
        for t in between[0].subtree:
            m = ctx.index.get(t.i)
            if m is not None and m.actor.type != "Place":  # "North Korea's leader Kim" is one side
                sides.setdefault(m.actor.acts_for or m.actor.id, Arg(m.actor, t))
        if len(sides) != 2:
            continue
        a, b = sides.values()
        from .patterns import _pairs

        out += _pairs("warns", [a], [b], n, "noun", 1) + _pairs("warns", [b], [a], n, "noun", 1)
        content = [p.lemma_.lower() for p in _pobjs(n, ("of",))]
        content += [c.lemma_.lower() for p in _pobjs(n, ("of",)) for c in p.conjuncts]
        out += between_condemnations([a, b], n, content)  # "a war of words between X and Y": insults
    return out


def backed_by_candidates(ctx, sent) -> list:
    """"Ukraine has made progress, aided by the assistance provided by X", "Y was supported by
    funding from X", "aided by U.S. assistance": the provider of the help named as the agent of a
    helping participle backs (``cooperates``) the one helped, the passive subject or else the subject
    of the clause the participle hangs in (``backed_by`` in ``triggers.yaml``)."""
    from .listings import doc_mentions_any

    spec = ctx.lex.raw["cooperates"].get("backed_by", {})
    verbs, helps = set(spec.get("verbs", ())), set(spec.get("help_nouns", ()))
    if not verbs or not doc_mentions_any(ctx.doc, "backed-by", _by_help(tuple(sorted(helps)))):
        return []
    out = []
    for v in sent:
        if v.lemma_ not in verbs or v.tag_ != "VBN":
            continue
        helpers = [p for c in v.children if c.dep_ == "agent" for p in c.children
                   if p.dep_ == "pobj" and (p.lemma_.lower() in helps or p.lower_ in helps)
                   and arg_of_token(ctx, p) is None]
        if not helpers:
            continue
        providers = []
        for p in helpers:
            providers += [a for c in p.children if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < p.i
                          for a in [arg_of_token(ctx, c)] if a is not None and a.actor.type != "Place"]
            providers += [a for q in _pobjs(p, ("from",)) for a in phrase_args(ctx, q) if a.actor.type != "Place"]
            providers += [a for c in p.children if c.dep_ == "acl" and c.tag_ == "VBN"
                          for g in c.children if g.dep_ == "agent" for q in g.children if q.dep_ == "pobj"
                          for a in phrase_args(ctx, q) if a.actor.type != "Place"]
        recipients = [a for c in v.children if c.dep_ == "nsubjpass" for a in phrase_args(ctx, c)]
        t = v
        for _ in range(4):
            if recipients or t.head.i == t.i:
                break
            t = t.head
            if _is_verb(t):
                recipients = [a for c in t.children if c.dep_ == "nsubj" for a in phrase_args(ctx, c)]
        from .patterns import _pairs

        out += _pairs("cooperates", _dedupe(providers), _dedupe(recipients), v, "verb", 1)
    return out


@lru_cache(maxsize=4)
def _by_help(nouns: tuple):
    """A fast first test for ``backed_by_candidates``: "by" a few words before a help noun."""
    return re.compile(r"\bby (?:\S+ ){0,3}(?:" + "|".join(map(re.escape, nouns)) + r")\b", re.IGNORECASE)
