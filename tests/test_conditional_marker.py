"""Markers (attribution_markers.tsv): "si l'on en croit X" attributes the clause it opens or closes
to X, as "à en croire X" does; the verb the marker holds, with its own subject "on", names no
speaker (speakers.py). Real French model; the sentences are invented."""


def test_an_opening_conditional_marker(reports):
    assert reports("Si l'on en croit la mairie, le chantier sera fini en mai.") == \
        [("le chantier sera fini en mai", "la mairie", "Si l'on en croit")]


def test_a_closing_conditional_marker_without_the_elided_article(reports):
    assert reports("Le chantier sera fini en mai, si on en croit le maire.") == \
        [("Le chantier sera fini en mai", "le maire", "si on en croit")]
