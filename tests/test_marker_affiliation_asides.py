"""A marker's words start after what describes its speaker between commas: a genitive naming where
a named speaker works ("Pour le sociologue X, de l'université de Y, …"), with a channel aside
after it whose medium's title is in marks ("…, joint par « Z », …"), and a role with an
adjective before it ("Selon X, ancien chef économiste de …, …"): marker_bounds._affiliation_end,
after_apposition. The sentences are invented."""


def test_a_genitive_affiliation(reports):
    found = reports("Pour le sociologue Luis Ortega, de l'université de Quito, la querelle « sert les deux camps ».")
    assert [w for w, _, _ in found] == ["la querelle « sert les deux camps »"]


def test_an_affiliation_then_a_channel_with_a_title(reports):
    found = reports("Pour le chercheur Ali Omar, du Rift Institute de Nairobi, joint par « Le Temps », l'accord "
                    "« risque de rouvrir les plaies ».")
    assert [w for w, _, _ in found] == ["l'accord « risque de rouvrir les plaies »"]


def test_a_role_with_an_adjective(reports):
    found = reports("Selon Paul Marchal, ancien chef économiste de la BCE, la réforme a surtout profité aux banques.")
    assert [w for w, _, _ in found] == ["la réforme a surtout profité aux banques"]


def test_a_genitive_subject_is_the_clause(reports):
    found = reports("Selon le ministre Paul Durand, de nombreux civils ont été tués.")
    assert [w for w, _, _ in found] == ["de nombreux civils ont été tués"]
