"""In Swiss usage "le magistrat" / "la magistrate" takes up a member of an executive (a federal,
state or city councillor) as well as a judge (lang/fr/role_synonyms.tsv). Real French model; the
sentences are invented."""


PUBLISHED = "2020-06-25"


def test_the_magistrate_is_the_state_councillor(speaker_ids):
    text = ("Un titre sans rapport\n\nFribourg, 25 juin 2020. Le Grand Conseil a adopté le budget. Pour la "
            "conseillère d'État Claire Ducret, il s'agit d'« un compromis ».\n\nLa droite reste sceptique. "
            "Le député Paul Favre a dénoncé « un budget de façade ».\n\n"
            "La magistrate a rappelé au journal que le canton restait endetté.")
    assert speaker_ids(text, PUBLISHED)["le canton restait endetté"] == "person:claire-ducret"
