"""A medium's website is its channel when a verb publishes, reads or says on it ("un article
publié sur le site de France 24", "peut-on lire sur le site internet du Soir":
citing_channels._website_of); its premises are no channel ("ont attaqué le site de la radio").
Invented sentences."""
from source_texts import cited


def test_a_piece_published_on_a_medium_s_website():
    published, read = cited("Un article publié sur le site de la RTBF affirme que le bourgmestre a démissionné.",
                            "« Le bourgmestre ne reviendra pas », peut-on lire sur le site internet du Soir.")
    assert [(name, evidence) for name, evidence, _ in published] == \
        [("RTBF", "publié sur le site de la RTBF")]
    assert [name for name, _, _ in read] == ["Le Soir"]


def test_a_medium_s_premises_are_no_channel():
    assert cited("Des hommes armés ont pillé le site de Radio Okapi à Bunia dans la nuit.",
                 "Le site de la RTBF à Reyers sera vendu en 2026.") == [[], []]
