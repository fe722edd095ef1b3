"""A medium's description before its name may hold a demonym the parser leaves untagged ("la
chaîne qatarie Al Jazeera", 'qatarie' read as X): the walk back from the name steps over it as
over an adjective, to the interview or the channel that cites it (nlp/citing_channels.py).
Invented sentences, full pipeline."""
from source_texts import cited


def test_a_demonym_the_parser_leaves_untagged_still_describes_the_medium():
    # 'qatarie' read as X, not ADJ: the walk back from the name steps over it to the interview
    found = cited("Crue\n\nDans un entretien à la chaîne qatarie Al Jazeera, le ministre a jugé la crue finie.")
    assert [(name, text) for name, text, _ in found[0]] == [
        ("Al Jazeera", "Dans un entretien à la chaîne qatarie Al Jazeera")]
