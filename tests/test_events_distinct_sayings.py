"""Two sayings of the same sides told by different verbs are two acts (merging.py): "a dénoncé …"
then "a jugé … « inacceptable »" are two accusations, while the headline's "dénonce" and the lead's
"a dénoncé" are one told twice, and a noun ("la condamnation de X par Y") may take up a saying told
by a verb, as may a verb in the speaker's quote ("« Je condamne … »" after "a dénoncé …"). Invented
texts, full pipeline."""
from __future__ import annotations

TEXTS = {
    "two": "Rome dénonce Vienne.\n\nLe gouvernement italien a dénoncé la décision de Vienne. "
           "L'Italie a aussi jugé « inacceptable » la politique de l'Autriche.",
    "repeated": "Rome dénonce Vienne.\n\nLe gouvernement italien a dénoncé la décision de Vienne.",
    "noun": "Rome critique Vienne.\n\nLa condamnation de l'Autriche par l'Italie a surpris.",
    # two strikes told by two verbs are two acts; the headline's verb and the lead's are one
    "two strikes": "Un titre sans rapport\n\nL'armée italienne a frappé un dépôt autrichien. "
                   "Rome a aussi attaqué une caserne de l'Autriche.",
    "repeated strike": "Rome frappe Vienne.\n\nL'Italie a frappé lundi une caserne autrichienne.",
    "quoted": "Un titre sans rapport\n\nLe gouvernement italien a dénoncé la décision de Vienne. « Je regrette "
              "et condamne la décision de l'Autriche », a déclaré le ministre italien des Affaires étrangères.",
}


def _accusations(found):
    return [e for e in found if e.type == "ACCUSE" and e.actor.actor == "country:ITA"
            and e.recipient is not None and e.recipient.actor == "country:AUT"]


def test_sayings_by_different_verbs_are_two_acts(events):
    assert len(_accusations(events["two"])) == 2


def test_one_saying_told_twice_is_one_act(events):
    assert len(_accusations(events["repeated"])) == 1


def test_a_noun_takes_up_a_saying_told_by_a_verb(events):
    assert len(_accusations(events["noun"])) == 1


def test_the_quoted_words_a_lead_sums_up_are_the_same_saying(events):
    assert len(_accusations(events["quoted"])) == 1


def _strikes(found):
    return [e for e in found if e.type == "ASSAULT" and e.actor.actor == "country:ITA"
            and e.recipient is not None and e.recipient.actor == "country:AUT"]


def test_acts_by_different_verbs_are_two_acts(events):
    assert len(_strikes(events["two strikes"])) == 2
    assert len(_strikes(events["repeated strike"])) == 1
