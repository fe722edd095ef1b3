"""Media titles in marks around a speaker: after a media noun and the adjectives that describe it
("Le quotidien autrichien « Die Presse » rapporte que …": the medium speaks, quoted_speakers), and
as the channel before an incise's inverted subject ("», a confié au « Temps » le député X": the
recogniser may take the title for a person; syntax.np_after), and a listed title without marks
("», a déclaré au Devoir la présidente X": "Devoir" read as a person). Invented sentences."""


def test_a_described_media_noun_takes_the_title_in_marks(reports):
    found = reports("Selon « Le Courrier », Berne achètera six radars. Le quotidien autrichien « Die Presse » "
                    "rapporte de son côté que Vienne envisage d'en acheter quatre.")
    assert [speaker for _, speaker, _ in found][-1] == "Die Presse"


def test_the_subject_after_a_title_channel_speaks(reports):
    found = reports("En Suisse, le parti dénonce une « adhésion déguisée ». « Le gouvernement nous cache "
                    "le coût réel de ces radars, c'est grave », a confié au « Temps » le conseiller national "
                    "bernois Lukas Meier.")
    assert [speaker for _, speaker, _ in found][-1] == "Lukas Meier"


def test_the_subject_after_a_listed_title_the_recogniser_reads_as_a_person_speaks(reports):
    found = reports("« Nous ne céderons pas », a déclaré au Devoir le porte-parole du syndicat, Jean Dupont.")
    assert [speaker for _, speaker, _ in found] == ["Jean Dupont"]
