"""More of what a medium runs speaks for it (pack media_works): a video, an analysis, a scoop, its
version of events ("une vidéo de la BBC montre", "selon la version de l'AFP"); the same nouns of
a body that is no medium cite nothing. Invented sentences."""
from source_texts import cited


def test_a_medium_s_video_analysis_and_version():
    video, analysis, version = cited("Une vidéo de la chaîne Al Jazeera montre des blindés entrer dans la ville.",
                                     "Une analyse du quotidien Le Temps estime que la franc restera fort.",
                                     "Selon la version de l'agence Belga, deux agents ont été blessés.")
    assert [name for name, _, _ in video] == ["Al Jazeera"]
    assert [name for name, _, _ in analysis] == ["Le Temps"]
    assert [name for name, _, _ in version] == ["Belga"]


def test_the_same_nouns_of_no_medium():
    assert cited("Selon la version du ministère, deux agents ont été blessés.",
                 "Une vidéo de surveillance montre des blindés entrer dans la ville.") == [[], []]


def test_an_unnamed_medium_as_the_agent_of_a_speech_verb():
    """ "annoncée par la radio nationale": the unnamed medium is the agent of a verb that gives
    information, as a named one is ("annoncée par Reuters")."""
    found, = cited("La démission du gouverneur a été annoncée mardi par la radio nationale.")
    assert [(name, named) for name, _, named in found] == [("radio nationale", False)]
