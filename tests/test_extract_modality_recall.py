"""Recall of hypothetical and negated statements: each is kept as a statement node with its
modality and never becomes a plain edge; plain asserted cases stay plain (real pipeline)."""

from __future__ import annotations

import pytest


def _check(statements, relation, subject, obj, modality):
    found = {(s.relation, s.subject.label, s.object.label, s.modality) for s in statements}
    assert (relation, subject, obj, modality) in found, found
    plain = [s for s in statements if s.is_plain_edge and (s.relation, s.subject.label, s.object.label)
             == (relation, subject, obj)]
    assert bool(plain) == (modality in ("asserted", "reported", "hedged")), found


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("Britain is moving to proscribe Hezbollah.", "designates", "United Kingdom", "Hezbollah",
     "hypothetical"),
    ("Canada is looking to sanction Iranian officials.", "designates", "Canada", "Iran", "hypothetical"),
    ("Japan moved to sanction North Korea after the missile launch.", "designates", "Japan", "North Korea",
     "hypothetical"),
    ("France is going to sanction Syria.", "designates", "France", "Syria", "hypothetical"),
])
def test_extract_modality_recall_intent_complement(text, relation, subject, obj, modality, extract_statements):
    _check(extract_statements(text), relation, subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("Officials prepared for Biden's upcoming visit to Vietnam.", "meets", "United States", "Vietnam",
     "hypothetical"),
    ("Seoul braced for a possible attack on South Korea by North Korea.", "attacks", "North Korea",
     "South Korea", "hypothetical"),
])
def test_extract_modality_recall_hypothetical_modifier(text, relation, subject, obj, modality, extract_statements):
    _check(extract_statements(text), relation, subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("The meeting between Erdogan and Putin did not take place.", "meets", "Turkey", "Russia", "negated"),
    ("The summit between India and Pakistan was called off.", "meets", "India", "Pakistan", "negated"),
    ("Merkel's visit to Turkey was postponed.", "meets", "Germany", "Turkey", "hypothetical"),
])
def test_extract_modality_recall_event_predicate(text, relation, subject, obj, modality, extract_statements):
    _check(extract_statements(text), relation, subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("Germany cautioned Turkey against attacking Greece.", "attacks", "Turkey", "Greece", "hypothetical"),
    ("Britain tried to dissuade Argentina from invading Chile.", "attacks", "Argentina", "Chile",
     "hypothetical"),
    ("The embargo prevented Iran from arming Hezbollah.", "cooperates", "Iran", "Hezbollah", "negated"),
])
def test_extract_modality_recall_deterred_act(text, relation, subject, obj, modality, extract_statements):
    _check(extract_statements(text), relation, subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj", [
    ("Russia attacked Georgia in August 2008.", "attacks", "Russia", "Georgia"),
    ("Germany moved its embassy after Turkey attacked Syria.", "attacks", "Turkey", "Syria"),
    ("The meeting between Erdogan and Putin took place in Sochi.", "meets", "Turkey", "Russia"),
])
def test_extract_modality_recall_plain_stays_plain(text, relation, subject, obj, extract_statements):
    _check(extract_statements(text), relation, subject, obj, "asserted")


@pytest.mark.model
@pytest.mark.parametrize("text,threatened,relation,obj", [
    ("Syria threatened to bomb Turkey.", "Syria", "attacks", "Turkey"),
    ("Moscow threatened retaliation against Norway.", "Russia", "attacks", "Norway"),
    ("Venezuela threatened Guyana with military action and sanctions.", "Venezuela", "designates", "Guyana"),
    ("Serbia warned it would retaliate against Kosovo.", "Serbia", "attacks", "Kosovo"),
])
def test_extract_modality_recall_threat_warns(text, threatened, relation, obj, extract_statements):
    statements = extract_statements(text)
    found = {(s.relation, s.subject.label, s.object.label, s.modality) for s in statements}
    assert ("warns", threatened, obj, "asserted") in found, found
    assert (relation, threatened, obj, "hypothetical") in found, found
    assert not any(s.is_plain_edge and s.relation == relation for s in statements), found


@pytest.mark.model
@pytest.mark.parametrize("text,subject", [
    ("Peru warned that Chile would attack Bolivia.", "Chile"),
])
def test_extract_modality_recall_warning_about_another(text, subject, extract_statements):
    statements = extract_statements(text)
    assert not any(s.relation == "warns" for s in statements), statements
    assert {(s.relation, s.subject.label, s.modality) for s in statements} == {("attacks", subject, "hypothetical")}


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("The U.S. House passed a bill that would sanction Turkey.", "designates", "United States", "Turkey",
     "hypothetical"),
    ("Canadian lawmakers backed legislation that imposes sanctions on Belarus.", "designates", "Canada",
     "Belarus", "hypothetical"),
])
def test_extract_modality_recall_bill_clause(text, relation, subject, obj, modality, extract_statements):
    _check(extract_statements(text), relation, subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("Armenia said it had no intention of attacking Azerbaijan.", "attacks", "Armenia", "Azerbaijan", "negated"),
    ("Brazil rejected the idea of recognizing Kosovo.", "recognizes", "Brazil", "Kosovo", "negated"),
])
def test_extract_modality_recall_intent_noun(text, relation, subject, obj, modality, extract_statements):
    _check(extract_statements(text), relation, subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("Charges of Chinese meddling in elections in Canada are baseless, the embassy said.", "attacks", "China",
     "Canada", "negated"),
    ("BEIJING (Reuters) - Claims of Chinese interference in elections in Australia are absurd, a spokesman said.",
     "attacks", "China", "Australia", "negated"),
    ("Chinese interference in elections in Canada worried Ottawa.", "attacks", "China", "Canada", "asserted"),
])
def test_extract_modality_recall_dismissed_claim(text, relation, subject, obj, modality, extract_statements):
    _check(extract_statements(text), relation, subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("Diplomats spoke about the risk of a Serbian attack on Kosovo.", "attacks", "Serbia", "Kosovo",
     "hypothetical"),
    ("NATO troops were sent to deter a Russian invasion of Estonia.", "attacks", "Russia", "Estonia",
     "hypothetical"),
    ("The report repeated allegations of Iranian meddling in elections in Iraq.", "attacks", "Iran", "Iraq",
     "hedged"),
])
def test_extract_modality_recall_risk_and_allegation(text, relation, subject, obj, modality, extract_statements):
    _check(extract_statements(text), relation, subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("Australia is inching closer to sanctioning Myanmar.", "designates", "Australia", "Myanmar", "hypothetical"),
    ("Macron said he was open to meeting Lukashenko.", "meets", "France", "Belarus", "hypothetical"),
    ("Syria has denied the charge, but Turkish officials blamed Damascus for the bombing.", "blames", "Turkey",
     "Syria", "asserted"),
])
def test_extract_modality_recall_open_and_coordinated_clause(text, relation, subject, obj, modality, extract_statements):
    _check(extract_statements(text), relation, subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("Canadian lawmakers target Venezuela with new sanctions.", "designates", "Canada", "Venezuela", "hypothetical"),
    ("A U.S. Senate panel backed sanctions targeting Turkey.", "designates", "United States", "Turkey",
     "hypothetical"),
    ("The Treasury sanctioned Turkey.", "designates", "United States", "Turkey", "asserted"),
    ("London has held off on imposing sanctions against Iran.", "designates", "United Kingdom", "Iran", "negated"),
])
def test_extract_modality_recall_legislature_and_holding_off(text, relation, subject, obj, modality, extract_statements):
    _check(extract_statements(text), relation, subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("Japan announced the aid package just before Biden visits Japan's neighbor, Vietnam.", "meets",
     "United States", "Vietnam", "hypothetical"),
    ("China attacked Vietnam before Carter visited Beijing.", "attacks", "China", "Vietnam", "asserted"),
])
def test_extract_modality_recall_before_present_tense(text, relation, subject, obj, modality, extract_statements):
    _check(extract_statements(text), relation, subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("Observers hoped for a dialogue between the government and the Houthis, who have refused to negotiate "
     "peace with Riyadh.", "meets", "Houthis", "Saudi Arabia", "negated"),
    ("Serbia refused to negotiate a settlement with Kosovo.", "meets", "Serbia", "Kosovo", "negated"),
    ("Egypt negotiated a truce with Hamas.", "meets", "Egypt", "Hamas", "asserted"),
])
def test_extract_modality_recall_refused_negotiation(text, relation, subject, obj, modality, extract_statements):
    _check(extract_statements(text), relation, subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("Israel said it would not hesitate to strike Hezbollah.", "attacks", "Israel", "Hezbollah", "hypothetical"),
    ("Moscow has not ruled out attacking Finland.", "attacks", "Russia", "Finland", "hypothetical"),
    ("Norway has decided against designating the Taliban.", "designates", "Norway", "Taliban", "negated"),
    ("Will Serbia recognize Kosovo?", "recognizes", "Serbia", "Kosovo", "hypothetical"),
    ("Why did Serbia attack Kosovo?", "attacks", "Serbia", "Kosovo", "asserted"),
    ("India did not condemn Russia.", "condemns", "India", "Russia", "negated"),
])
def test_extract_modality_recall_double_negation_and_questions(text, relation, subject, obj, modality, extract_statements):
    _check(extract_statements(text), relation, subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("Belarus is on the verge of recognizing Kosovo.", "recognizes", "Belarus", "Kosovo", "hypothetical"),
    ("A meeting between Modi and Xi is planned for June.", "meets", "India", "China", "hypothetical"),
])
def test_extract_modality_recall_verge_and_planned_event(text, relation, subject, obj, modality, extract_statements):
    _check(extract_statements(text), relation, subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("Kenya hopes to cooperate with Ethiopia.", "cooperates", "Kenya", "Ethiopia", "hypothetical"),
    ("Chile hoped to meet Peru.", "meets", "Chile", "Peru", "hypothetical"),
])
def test_extract_modality_recall_hope(text, relation, subject, obj, modality, extract_statements):
    _check(extract_statements(text), relation, subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("Egypt has done little to help Sudan.", "cooperates", "Egypt", "Sudan", "negated"),
    ("Laos did nothing to stop Vietnam from attacking Cambodia.", "attacks", "Vietnam", "Cambodia",
     "hypothetical"),
    ("Ghana blamed its neighbors, not Togo, for the unrest.", "blames", "Ghana", "Togo", "negated"),
    ("Ghana blamed Togo for the unrest.", "blames", "Ghana", "Togo", "asserted"),
])
def test_extract_modality_recall_little_nothing_not(text, relation, subject, obj, modality, extract_statements):
    _check(extract_statements(text), relation, subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("Ethiopia has vowed to destroy Eritrea if necessary.", "attacks", "Ethiopia", "Eritrea", "hypothetical"),
    ("Azerbaijan strikes Armenia if provoked.", "attacks", "Azerbaijan", "Armenia", "hypothetical"),
    ("Azerbaijan struck Armenia as if it were at war.", "attacks", "Azerbaijan", "Armenia", "asserted"),
])
def test_extract_modality_recall_open_condition(text, relation, subject, obj, modality, extract_statements):
    _check(extract_statements(text), relation, subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Ethiopian prime minister fired back at Egypt over its criticism of the dam.",
])
def test_extract_modality_recall_firing_back_is_no_attack(text, extract_statements):
    assert not any(s.relation == "attacks" for s in extract_statements(text))


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("Canada will not sanction Chile, nor will it condemn Peru.", "condemns", "Canada", "Peru", "negated"),
    ("Canada sanctioned Chile and condemned Peru.", "condemns", "Canada", "Peru", "asserted"),
])
def test_extract_modality_recall_nor(text, relation, subject, obj, modality, extract_statements):
    _check(extract_statements(text), relation, subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("Prosecutors are examining whether Serbia armed the rebels and if Belgrade colluded with Moscow.",
     "cooperates", "Serbia", "Russia", "hypothetical"),
])
def test_extract_modality_recall_open_question(text, relation, subject, obj, modality, extract_statements):
    _check(extract_statements(text), relation, subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("Modi's state visit to Japan next week was announced.", "meets", "India", "Japan", "hypothetical"),
    ("Modi visited Japan last week.", "meets", "India", "Japan", "asserted"),
])
def test_extract_modality_recall_future_time(text, relation, subject, obj, modality, extract_statements):
    _check(extract_statements(text), relation, subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj", [
    ("Sunak met Scholz today ahead of the summit in Berlin next month.", "meets", "United Kingdom", "Germany"),
    ("Macron will impose sanctions tomorrow over Russia's war in Ukraine.", "attacks", "Russia", "Ukraine"),
])
def test_extract_modality_recall_future_time_stays_on_its_act(text, relation, subject, obj, extract_statements):
    _check(extract_statements(text), relation, subject, obj, "asserted")


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("Kenya plans to strengthen its partnership with Uganda.", "cooperates", "Kenya", "Uganda", "asserted"),
    ("Sudan could intensify its attacks on Chad.", "attacks", "Sudan", "Chad", "asserted"),
    ("Kenya plans to sign a partnership with Uganda.", "cooperates", "Kenya", "Uganda", "hypothetical"),
])
def test_extract_modality_recall_presupposed_object(text, relation, subject, obj, modality, extract_statements):
    _check(extract_statements(text), relation, subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("Baku vowed to respond to any Armenian attack on Azerbaijan.", "attacks", "Armenia", "Azerbaijan",
     "hypothetical"),
    ("The Armenian attack on Azerbaijan killed two soldiers.", "attacks", "Armenia", "Azerbaijan", "asserted"),
])
def test_extract_modality_recall_any_event(text, relation, subject, obj, modality, extract_statements):
    _check(extract_statements(text), relation, subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("Canadian senators agreed on new measures on Tuesday. The bill would sanction Iran.", "designates", "Canada",
     "Iran", "hypothetical"),
])
def test_extract_modality_recall_bill_as_subject(text, relation, subject, obj, modality, extract_statements):
    _check(extract_statements(text), relation, subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("Stocks rose on expectations of a Japan-Canada trade deal.", "cooperates", "Japan", "Canada",
     "hypothetical"),
])
def test_extract_modality_recall_expectation(text, relation, subject, obj, modality, extract_statements):
    _check(extract_statements(text), relation, subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text,relation,subject,obj,modality", [
    ("Blinken will travel to Asia and would also stop in Laos.", "meets", "United States", "Laos", "hypothetical"),
    ("On his way home, Macron did not stop in Algeria.", "meets", "France", "Algeria", "negated"),
    ("Modi stopped in Egypt on his way to Greece.", "meets", "India", "Egypt", "asserted"),
])
def test_extract_modality_recall_stopover(text, relation, subject, obj, modality, extract_statements):
    _check(extract_statements(text), relation, subject, obj, modality)


@pytest.mark.model
@pytest.mark.parametrize("text", ["Sweden wants to stop Norway."])
def test_extract_modality_recall_stopping_someone_is_no_visit(text, extract_statements):
    assert not any(s.relation == "meets" for s in extract_statements(text))
