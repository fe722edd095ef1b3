"""A counted description of persons as a speaker ("Les deux ministres ont promis …") takes up the
persons just named, written joined (counted_persons.py); nobody is guessed when the nearest
sentences name more persons than it counts and no list of that many. Invented sentences."""


def test_the_two_ministers_are_host_and_guest(reports):
    found = reports("En mars, Karin Vogel a reçu à Vienne son homologue slovène, Marko Zupan. Les deux ministres "
                    "ont affirmé que la coopération sur les frontières serait renforcée.")
    assert [speaker for _, speaker, _ in found] == ["Karin Vogel et Marko Zupan"]


def test_the_two_ministers_are_the_pair_named_together(reports):
    found = reports("Les ministres Karin Vogel et Marko Zupan ont été reçus lundi par le président Ivan Horvat. "
                    "Les deux ministres ont affirmé que la coopération sur les frontières serait renforcée.")
    assert [speaker for _, speaker, _ in found] == ["Karin Vogel et Marko Zupan"]


def test_three_persons_named_apart_give_no_pair(reports):
    found = reports("Karin Vogel a reçu Marko Zupan en présence d'Ivan Horvat. Les deux ministres ont affirmé que "
                    "la coopération sur les frontières serait renforcée.")
    assert " et " not in (found[0][1] or "")
