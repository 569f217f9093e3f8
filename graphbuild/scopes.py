"""Where the scope of a modal cue ends: words on a trigger's governing path that do not make it open.

:func:`graphbuild.modality.modality_of` climbs from a trigger to its clause root and lets every cue on
the way count. Three kinds of words above a trigger say nothing about whether its act happened:

* a discussion verb over an event its owner already carries out: "the leaders discussed Russia's
  war against Ukraine", "will review the Iranian attacks on shipping" (the war and the attacks are
  presupposed; "discussed possible sanctions" keeps its own modifier, "discussed sanctions on X" with
  no owner stays open);
* a reason phrase: "froze the accounts of X due to his ties with Y", "banned the group because of
  its links to Z" (the ties are the reason, not what is frozen or banned), and a clause of reason,
  time or concession ("as X is Y's oldest ally, Z discussed ...");
* an evaluative adjective on a noun is the writer's own judgment ("deterring Iran's aggressive
  activities"), and a war or attack that is ended took place ("ending Russia's war against Ukraine");
* a question of why or how an act happened presupposes it: "asked why X condemns Y", "wondered how X
  attacked Y" (the asking verb leaves it as told; "asked whether X attacked Y" and "asked how to strike
  Y" stay open);
* an effort that is under way or done: "engaged in fundraising efforts to support X", "took part in
  efforts to arm Y", "thanked X for his efforts in securing a deal between Y and Z" (the support is
  done, the deal made, not only tried).

Examples:
    >>> sorted(DISCUSSION_VERBS)[:3]
    ['address', 'assess', 'brief']
"""

from __future__ import annotations

__all__ = ["DISCUSSION_VERBS", "REFERRING_NOUNS", "REASON_WORDS", "FACTUAL_MARKS", "FOUGHT_EVENTS", "ONGOING_VERBS",
           "PRAISE_VERBS", "EVIDENCE_NOUNS", "as_soon_as", "evaluative", "warned_of", "presupposed_topic",
           "reason_cut", "effort_under_way", "no_evidence", "shared_plan", "wh_presupposed"]

#: Question words whose clause presupposes its act: "asked why X did Y".
_PRESUPPOSING_WH = frozenset({"why", "how"})


def wh_presupposed(clause) -> bool:
    """``clause`` (the path word just below an asking verb) is a finite "why / how" clause: what it tells is
    presupposed, not asked.

    Examples:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("en").vocab, words=["asked", "why", "X", "condemns", "Y"], heads=[0, 3, 3, 0, 3],
        ...           deps=["ROOT", "advmod", "nsubj", "ccomp", "dobj"])
        >>> wh_presupposed(doc[3]), wh_presupposed(doc[0])
        (True, False)
    """
    if clause.dep_ != "ccomp":
        return False
    kids = list(clause.children)
    return any(c.dep_ == "advmod" and c.lower_ in _PRESUPPOSING_WH for c in kids) and not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in kids)

#: Verbs whose object is a topic: an event owned by an actor is presupposed under them.
DISCUSSION_VERBS = frozenset({"discuss", "debate", "review", "examine", "study", "address", "assess", "explore",
                              "talk", "speak", "raise", "brief", "consult", "know", "learn", "investigate", "probe",
                              "recall", "remember", "commemorate"})
#: Nouns whose "of" phrase is an event that took place: "the victims of its assault", "the aftermath of X's
#: invasion" (not "in the event of", "talk of", "fears of": those stay open).
REFERRING_NOUNS = frozenset({"victim", "consequence", "aftermath", "anniversary", "wake", "result", "impact", "effect",
                             "cost", "toll", "survivor", "scale", "brutality", "horror", "memory", "legacy",
                             "casualty", "damage", "destruction", "devastation", "outbreak", "course"})
#: Subordinators of a clause that states a fact whatever the main clause does: "as", "because", "since".
FACTUAL_MARKS = frozenset({"because", "since", "as", "although", "though", "while", "whereas", "given"})
#: Events that took place even when they are ended: "ending Russia's war against Ukraine".
FOUGHT_EVENTS = frozenset({"war", "attack", "attacks", "invasion", "aggression", "assault", "offensive", "bombing",
                           "bombardment", "strike", "strikes", "campaign", "occupation", "hostilities", "fighting",
                           "siege", "blockade", "incursion", "violence", "shelling", "airstrike", "airstrikes"})
#: Words over an owned war or attack that leave it still to come: "prevent Iran's attack on Israel".
OPEN_GOVERNORS = frozenset({"prevent", "deter", "avert", "avoid", "threaten", "plan", "prepare", "consider", "weigh",
                            "fear", "risk", "warn", "contemplate", "mull", "order", "authorize", "approve", "launch",
                            "begin", "start", "intend", "want", "seek", "hope", "expect", "possibility", "threat",
                            "prospect", "danger", "eve", "brink", "verge", "case", "event", "respond", "retaliate",
                            "potential", "likelihood", "chance", "specter", "spectre", "scenario", "contingency",
                            "if", "whether", "unless", "any", "forestall", "preempt", "pre-empt", "anticipate",
                            # words that hedge or deny what they govern keep their own reading
                            "suspect", "allege", "believe", "accuse", "claim", "deny", "suggest", "think", "assume",
                            "speculate", "doubt", "confirm", "verify", "allegation", "accusation", "report", "rumor",
                            "rumour", "suspicion", "speculation", "denial", "dispute", "reject", "dismiss",
                            # a charge reads someone else's part in the act
                            "charge", "convict", "indict", "sentence", "arrest", "prosecute", "acquit", "clear", "try"})
#: Heads of a reason phrase: "due to", "because of", "owing to", "on account of".
REASON_WORDS = frozenset({"due", "because", "owing", "account"})
#: Verbs whose "in" phrase (or object) is an effort under way: "engaged in efforts to ...".
ONGOING_VERBS = frozenset({"engage", "participate", "involve", "join", "lead", "take", "coordinate", "help",
                           "assist", "spearhead", "fund", "finance", "support", "continue"})
#: Verbs that thank or credit someone "for" an effort: the effort was made.
PRAISE_VERBS = frozenset({"thank", "praise", "commend", "applaud", "credit", "laud", "hail", "salute", "honor",
                          "honour", "congratulate", "appreciate", "recognize", "acknowledge"})
_AGENT_LABELS = frozenset({"State", "ArmedGroup", "Organization", "GovernmentOrgan", "Person", "NORP", "ORG", "PERSON"})
_UNDER_WAY = frozenset({"continued", "sustained", "tireless", "relentless", "longstanding", "long-standing",
                        "unwavering", "successful", "past", "previous", "recent"})
_EFFORTS = frozenset({"effort", "campaign", "drive", "operation", "scheme"})
#: Nouns of a part taken in an effort: "a key partner in the effort to ...", "a leading role in efforts to ...".
_TAKING_PART = frozenset({"partner", "leader", "ally", "participant", "role", "part", "contributor"})
_NOT_OWNERS = frozenset({"", "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "EVENT", "LAW",
                         "WORK_OF_ART", "LANGUAGE", "PRODUCT"})
_DEFINITE = frozenset({"the", "this", "these", "that", "those"})


def _owned(n) -> bool:
    """An event noun with an owner: a possessive ("Russia's war") or a named modifier ("the Iraq war",
    "the Russian invasion")."""
    for c in n.children:
        if c.dep_ == "poss":
            return True
        if c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ not in _NOT_OWNERS:
            return True
    return False


def _agent_owned(n) -> bool:
    """An event noun owned by an agent, not only by a place: "Russia's war", "the Iranian strike" (not
    "the Chicago attack")."""
    return any(c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in _AGENT_LABELS)
               for c in n.children)


def presupposed_topic(trigger, path, open_nouns=frozenset()) -> bool:
    """Whether ``trigger`` is an owned event noun that is only the topic of a discussion verb above it
    ("discussed Russia's brutal war", "talked about China's support for X"), or that an ordinary noun
    refers to ("access to the victims of its assault in Ukraine", "the costs of Russia's invasion"); then
    only its own cues count.

    Args:
        trigger: The trigger token.
        path: Its governing path (:func:`graphbuild.modality.governing_path`).
        open_nouns: Nouns whose "of" phrase stays open ("the threat of Iran's attack", "claims of X's
            support").
    """
    if trigger.pos_ == "NOUN" and len(path) > 1 and _continued(trigger):
        return _discussed(trigger, path)  # "discussed continued cooperation with X": it exists
    if trigger.pos_ != "NOUN" or len(path) < 2 or not _owned(trigger):
        return False
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in trigger.children)
    if trigger.lemma_.lower() in FOUGHT_EVENTS and trigger.dep_ in ("dobj", "pobj") and _agent_owned(trigger) \
            and not indefinite:  # "shocks that could result from a further Russian invasion": supposed, not known
        gov = path[1] if trigger.dep_ == "dobj" or len(path) < 3 else path[2]
        if gov.lemma_.lower() not in OPEN_GOVERNORS:
            return True  # "efforts to oppose Russia's war", "support for Russia's war": it is fought
    if trigger.dep_ == "pobj" and path[1].lower_ == "of" and len(path) > 2 and path[2].pos_ == "NOUN" \
            and path[2].lemma_.lower() in REFERRING_NOUNS and path[2].lemma_.lower() not in open_nouns:
        return True
    if trigger.dep_ == "dobj":
        verb = path[1]
    elif trigger.dep_ == "pobj" and len(path) > 2 and path[1].lower_ in ("about", "on", "over", "regarding"):
        verb = path[2]
    elif trigger.dep_ == "pobj" and len(path) > 2 and path[1].lower_ == "including":
        return _listed_topic(path[2:])  # "will discuss a range of issues, including the G7's support for X"
    else:
        return False
    return verb.lemma_.lower() in DISCUSSION_VERBS


#: Modifiers that tell a tie or an act as already going on: "continued cooperation", "ongoing coordination".
_CONTINUING = frozenset({"continued", "continuing", "ongoing", "existing", "deepening", "growing", "longstanding",
                         "enduring", "expanding", "sustained"})
#: Nouns whose "of" phrase a discussion weighs without making it open: "the importance of continued X".
_WEIGHING_NOUNS = frozenset({"importance", "value", "significance", "benefit", "benefits", "role"})


def _continued(trigger) -> bool:
    return any(c.dep_ == "amod" and c.lower_ in _CONTINUING for c in trigger.children)


def _discussed(trigger, path) -> bool:
    """``trigger`` is the topic of a discussion verb: its object, its "about/on" phrase, or the "of" phrase of
    such a topic ("discussed the importance of continued coordination")."""
    i = 0
    if trigger.dep_ == "pobj" and path[1].lower_ == "of" and len(path) > 2 and \
            path[2].lemma_.lower() in _WEIGHING_NOUNS:
        i = 2
    t = path[i]
    if t.dep_ == "dobj" and len(path) > i + 1:
        return path[i + 1].lemma_.lower() in DISCUSSION_VERBS
    if t.dep_ == "pobj" and len(path) > i + 2 and path[i + 1].lower_ in ("about", "on", "over", "regarding"):
        return path[i + 2].lemma_.lower() in DISCUSSION_VERBS
    return False


def _listed_topic(path) -> bool:
    """``path`` (from the noun an "including" phrase lists under) climbs through nouns and "of" phrases to
    the object of a discussion verb: "discuss a range of issues, including ..."."""
    for i, t in enumerate(path[:5]):
        if t.dep_ == "dobj":
            return i + 1 < len(path) and path[i + 1].lemma_.lower() in DISCUSSION_VERBS
        if not (t.pos_ == "NOUN" and t.dep_ in ("pobj", "appos", "conj")) and t.lower_ != "of":
            return False
    return False


def _past_when(clause) -> bool:
    """A "when / after" clause in the past: its own verb, or (a participle) the verb it hangs on, is past."""
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "after", "whenever") and c.i < clause.i
               for c in clause.children):
        return False
    return clause.tag_ == "VBD" or (clause.tag_ in ("VBG", "VBN") and clause.head.tag_ == "VBD")


def reason_cut(path) -> int | None:
    """The index on ``path`` where a reason phrase begins ("due to", "because of"), or just above an
    adverbial clause of reason, time or concession ("as X is Y's oldest ally, Z discussed ...", "because
    X attacked Y, Z may respond"), or None.

    Examples:
        >>> class T:
        ...     def __init__(self, w, d): self.lower_, self.dep_ = w, d
        >>> reason_cut([T("ties", "pobj"), T("to", "pcomp"), T("due", "prep"), T("froze", "ROOT")])
        2
    """
    for i in range(1, len(path)):
        t = path[i]
        prev = path[i - 1]
        if prev.dep_ == "advcl" and hasattr(prev, "children") and _past_when(prev):
            return i  # "a term he avoided when visiting Myanmar", "when X recently visited Y": it happened
        if prev.dep_ == "advcl" and hasattr(prev, "children") and any(
                c.dep_ == "mark" and c.lower_ in FACTUAL_MARKS for c in prev.children) and not any(
                c.dep_ in ("advmod", "mark") and c.lower_ in ("soon", "long", "if", "though") and c.i < prev.i
                for c in prev.children):
            return i  # not "as soon as X attacks", "as long as", "as if", "as though": open
        if t.lower_ in REASON_WORDS and t.dep_ in ("prep", "advmod", "mark", "pcomp") and i + 1 < len(path):
            return i
    return None


#: Words in "-ing" that do not put an effort under way: "a fledgling effort", "forthcoming efforts".
_NOT_UNDER_WAY = frozenset({"fledgling", "upcoming", "forthcoming", "pending", "coming"})


def effort_under_way(path, i) -> bool:
    """Whether the ``i``-th word of ``path`` is an effort under way: the "in" phrase or object of an
    ongoing verb ("engaged in efforts", "led a campaign"), or one named by its activity ("fundraising
    efforts")."""
    n = path[i]
    if n.lemma_.lower() not in _EFFORTS:
        return False
    if any(c.dep_ in ("compound", "amod") and ((c.lower_.endswith("ing") and c.lower_ not in _NOT_UNDER_WAY)
                                               or c.lower_ in _UNDER_WAY) for c in n.children):
        # "fundraising efforts", "ongoing efforts" (not "a fledgling effort", "upcoming efforts")
        return True
    if n.dep_ == "pobj" and n.head.lower_ == "for" and n.head.head.lemma_.lower() in PRAISE_VERBS:
        return True  # "thanked X for his efforts in securing a deal": efforts made
    if n.dep_ == "pobj" and n.head.lower_ == "in" and n.head.head.lemma_.lower() in _TAKING_PART:
        return True  # "has been a key partner in the effort to impose costs on X": a part taken
    head = n.head.head if n.dep_ == "pobj" and n.head.lower_ in ("in", "into") else n.head if n.dep_ == "dobj" else None
    if head is not None and n.dep_ == "dobj" and head.tag_ == "VBG" and head.dep_ == "pcomp":
        head = head.head.head  # "engaged in fundraising efforts" parsed as a gerund with its object
    return head is not None and head.lemma_.lower() in ONGOING_VERBS and not any(
        c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may", "will", "should") for c in head.children)


def _as_soon_as(clause) -> bool:
    """An "as soon as" clause in the present tense (one in the past tells what happened)."""
    return clause.dep_ == "advcl" and clause.tag_ in ("VBZ", "VBP", "VB") and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in clause.children) and (clause.head.lower_ == "soon" or any(
            c.dep_ == "advmod" and c.lower_ == "soon" for c in clause.children))


def as_soon_as(path) -> bool:
    """Whether a word of ``path`` is an "as soon as" clause ("... as soon as Iran attacks Israel": a
    condition still to come) or a future verb that such a clause conditions ("Israel will strike Iran as
    soon as ...")."""
    for t in path:
        if _as_soon_as(t):
            return True
        if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in t.children) and any(
                _as_soon_as(c) or (c.lower_ == "soon" and any(_as_soon_as(g) for g in c.children))
                for c in t.children):
            return True
    return False


def evaluative(trigger) -> bool:
    """An adjective trigger on a noun ("Iran's aggressive activities", "the illegal invasion"): the
    writer's own judgment, whatever governs the noun."""
    return trigger.dep_ == "amod" and trigger.pos_ == "ADJ"


def warned_of(path) -> bool:
    """Whether the trigger is an event noun warned of ("Israel warned of an Iranian attack on its
    territory", "officials cautioned about attacks by militants"): still to come.

    Examples:
        >>> warned_of([])
        False
    """
    if not path or path[0].pos_ != "NOUN" or path[0].dep_ != "pobj":
        return False
    prep = path[0].head  # the warning verb may be the speech verb the path stops at
    return prep.lower_ in ("of", "about") and prep.head.lemma_.lower() in ("warn", "caution", "alert")



#: Nouns of support for a claim: "there was no evidence the campaign colluded with X".
EVIDENCE_NOUNS = frozenset({"evidence", "proof", "indication", "sign", "trace"})


def no_evidence(path) -> bool:
    """The clause of the trigger tells what there is no evidence of: "there was no evidence the campaign
    colluded with X" (a relative clause on "no evidence"), "did not find any evidence that X attacked Y"."""
    top = path[-1]
    if top.dep_ not in ("relcl", "acl") or top.head.lemma_.lower() not in EVIDENCE_NOUNS:
        return False
    noun = top.head
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return True
    gov = noun.head
    return any(c.dep_ == "neg" for c in gov.children) and noun.dep_ in ("dobj", "attr", "nsubj")


def shared_plan(path) -> bool:
    """A verb coordinated with a planned one shares its plan: "Trump is to fly to Japan and later visit
    Seoul", "will attend the summit, make a state visit to Hanoi and ...": the second verb has no
    auxiliary or subject of its own, and its head has "will" or is "is to"."""
    for t in path:
        if t.dep_ != "conj" or t.pos_ not in ("VERB", "AUX") or any(
                c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in t.children):
            continue
        h = t.head
        if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in h.children):
            return True
        if h.dep_ == "xcomp" and h.head.lemma_ == "be" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                               for c in h.children):
            return True
    return False
