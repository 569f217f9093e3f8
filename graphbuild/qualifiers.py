"""A country that qualifies a name is no party: "Acme Group (Ruritania)", "firms based in Ruritania",
"a Ruritanian bank".

Sanctions releases tell where a designee is registered or based by naming a country beside it. The
dependency rules read that country as one more argument of the verb or noun, so "designated Acme Group
(Ruritania) for its cooperation with X" made Ruritania a designee and a partner of X:

* :func:`bracketed_qualifier`: a state alone in brackets right after an organization's or person's
  name ("Borg Labs Limited (Ruritania)") is where that name is registered; the state is no argument
  of any relation there. A bracket after a state's own long name ("the Republic of Ruritania
  (Ruritania)") or after a place is left alone.
* :func:`seat_qualifier`: a state in "based in Ruritania", "Ruritania-based" or "registered in
  Ruritania" says where a target sits, not that the state is designated.
* :func:`private_nationality`: "a Ruritanian bank", "two Ruritanian nationals", "Ruritanian shipping
  companies": a private firm or person of that nationality is designated, not its state. Officials,
  ministries, the military, state-owned firms and people without a private head noun ("Ruritanian
  individuals", "Ruritanian officials") keep the state, the way the annotations read sanctions on a
  government or a sector.

:func:`qualifier_arg` applies the bracket and seat tests to both arguments of any candidate, the
nationality test to the object of a designation (called from
:func:`graphbuild.designators.designator_climb`). All tests look at a few tokens around an argument that
is already found: no pass over the document.
"""

from __future__ import annotations

__all__ = ["bracketed_qualifier", "seat_qualifier", "private_nationality", "qualifier_arg"]

#: Entity labels of a name that a bracketed country can qualify (a firm, a person, a facility).
_NAMED_LABELS = frozenset({"ORG", "PERSON", "FAC", "PRODUCT", "NORP", "Organization", "Person", "GovernmentOrgan",
                           "ArmedGroup"})
#: Last words of a firm's name ("Kaspersky Labs Limited (United Kingdom)").
_FIRM_WORDS = frozenset({"limited", "ltd", "llc", "inc", "co", "company", "corporation", "corp", "group", "gmbh",
                         "jsc", "fze", "fzco", "lab", "labs", "bank", "trading", "holding", "holdings", "sa", "ag",
                         "plc", "pte", "bv", "ooo", "oao", "pjsc", "zao", "industries", "enterprises"})
#: Head nouns of private firms and persons: "a Ruritanian bank" designates the bank, not Ruritania.
_PRIVATE_HEADS = frozenset({"bank", "company", "firm", "business", "businessman", "businesswoman", "businessmen",
                            "national", "citizen", "resident", "vessel", "ship", "tanker", "subsidiary", "front",
                            "trader", "trafficker", "smuggler", "financier", "facilitator", "broker", "exchange",
                            "insurer", "airline", "shipper", "manufacturer", "supplier", "distributor",
                            "procurement", "agent", "middleman", "investor", "oligarch", "tycoon"})
#: Modifiers that make a firm the state's own ("a Ruritanian state bank", "state-owned").
_STATE_MARKS = frozenset({"state", "government", "state-owned", "central", "national", "military", "sovereign",
                          "public", "defense", "defence", "intelligence", "security"})
_SEAT_WORDS = frozenset({"base", "register", "incorporate", "headquarter", "locate", "domicile"})


def _span_of(tok, state_types=("State", "Place")):
    """The tokens of the name ``tok`` belongs to, by the parse: the token and its compound words."""
    left = tok
    while left.i > 0 and left.doc[left.i - 1].dep_ == "compound" and left.doc[left.i - 1].head.i == tok.i:
        left = left.doc[left.i - 1]
    right = tok
    while right.i + 1 < len(tok.doc) and right.doc[right.i + 1].ent_iob_ == "I" and right.i + 1 - tok.i < 5:
        right = right.doc[right.i + 1]
    return left, right


def bracketed_qualifier(tok) -> bool:
    """Whether ``tok`` (a state's name) stands alone in brackets right after another name.

    Args:
        tok: The argument token of a state mention.

    Examples:
        >>> import spacy
        >>> doc = spacy.blank("en")("Borg Labs Limited (Ruritania) and Ruritania")
        >>> bracketed_qualifier(doc[4]), bracketed_qualifier(doc[7])
        (True, False)
    """
    left, right = _span_of(tok)
    doc = tok.doc
    if left.i < 2 or right.i + 1 >= len(doc) or doc[left.i - 1].text != "(" or doc[right.i + 1].text != ")":
        return False
    before = doc[left.i - 2]
    if before.lower_ in _FIRM_WORDS or before.lower_.rstrip(".") in _FIRM_WORDS:
        return True
    if not before.text[:1].isupper() or before.ent_type_ in ("GPE", "LOC"):
        return False  # "the Republic of Ruritania (Ruritania)", "Kobe (Japan)": the state itself or a place
    return before.ent_type_ in _NAMED_LABELS


def seat_qualifier(tok) -> bool:
    """Whether ``tok`` (a state's name) says where a target is based: "firms based in Ruritania",
    "Ruritania-based", "registered in Ruritania".

    Examples:
        >>> import spacy
        >>> doc = spacy.blank("en")("firms based in Ruritania")
        >>> doc[3].dep_, doc[3].head = "pobj", doc[2]
        >>> doc[2].dep_, doc[2].head = "prep", doc[1]
        >>> doc[1].lemma_ = "base"
        >>> seat_qualifier(doc[3])
        True
    """
    doc = tok.doc
    _, right = _span_of(tok)
    if right.i + 2 < len(doc) and doc[right.i + 1].text == "-" and doc[right.i + 2].lower_ in ("based", "registered"):
        return True
    top = tok
    for _ in range(4):  # through "of" ("the People's Republic of China") and the conjuncts of a list of seats
        if top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.i != top.head.i:
            top = top.head.head
        elif top.dep_ in ("conj", "appos"):
            top = top.head
        else:
            break
    if top.dep_ != "pobj" or top.head.lower_ not in ("in", "out"):
        return False
    verb = top.head.head
    return verb.lemma_.lower() in _SEAT_WORDS or verb.lower_ in ("based", "registered", "incorporated", "located")


def private_nationality(tok) -> bool:
    """Whether ``tok`` (a state's name or demonym) modifies a private firm or person: "a Ruritanian
    bank", "Ruritanian nationals", not "Ruritanian officials" or "a Ruritanian state bank".

    Examples:
        >>> import spacy
        >>> doc = spacy.blank("en")("a Ruritanian bank")
        >>> doc[1].dep_, doc[1].head = "amod", doc[2]
        >>> doc[2].lemma_, doc[2].pos_ = "bank", "NOUN"
        >>> private_nationality(doc[1])
        True
    """
    if tok.dep_ not in ("amod", "compound", "nmod"):
        return False
    head = tok.head
    while head.dep_ == "compound" and head.head.i > head.i:  # "Ruritanian shipping companies"
        head = head.head
    if head.pos_ not in ("NOUN", "PROPN") or head.lemma_.lower() not in _PRIVATE_HEADS:
        return False
    return not any(c.lower_ in _STATE_MARKS for c in head.children if c.i != tok.i and c.dep_ != "prep")


def qualifier_arg(cand) -> bool:
    """Whether an argument of a candidate is a country that only qualifies a name: in brackets after
    it or as its seat, for any relation ("designated Borg Labs Limited (Ruritania) for its cooperation
    with X", "the Ruritania-based representative of X": Ruritania is neither a designee nor X's
    partner), or as the nationality of a private designee ("targets a Ruritanian bank"); a plural
    pronoun tied to a state is no designee either ("They were designated").

    Args:
        cand: A :class:`~graphbuild.relations.Candidate`.
    """
    for arg in (cand.subject, cand.object):
        tok = arg.token
        if tok is None or arg.actor.type not in ("State", "Place") or tok.i < 2:
            continue
        if (arg.actor.type == "State" and bracketed_qualifier(tok)) or seat_qualifier(tok):
            return True  # a place in brackets may be a person's short name ("Ali Khan (Khan)")
    tok = cand.object.token
    if tok is None or cand.relation not in ("designates", "delists") or cand.object.actor.type != "State":
        return False
    if tok.lower_ in ("they", "them"):
        return True  # "They were designated ...": designees in the plural, not one state a pronoun was tied to
    return cand.relation == "designates" and private_nationality(tok)
