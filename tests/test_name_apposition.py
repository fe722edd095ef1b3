"""An apposition that explains the name ending a reported clause is the journalist's background,
not the reported words (GUIDELINES §2.2; nlp/reports.py _before_name_apposition). Invented sentences."""


def test_apposition_after_a_name_is_left_out(reports):
    found = reports("La directrice a déclaré qu'elle quittait Lyon pour Berlin, la capitale allemande.")
    assert [words for words, _, _ in found] == ["elle quittait Lyon pour Berlin"]


def test_apposition_after_a_quoted_name_is_left_out(reports):
    found = reports("Le maire a déclaré qu'il voulait supprimer le « Pass jeunes », la carte de transport des lycéens.")
    assert [words for words, _, _ in found] == ["il voulait supprimer le « Pass jeunes »"]


def test_a_list_is_no_apposition(reports):
    found = reports("Le maire a annoncé qu'il fermerait le marché, les halles et la gare.")
    assert [words for words, _, _ in found] == ["il fermerait le marché, les halles et la gare"]
