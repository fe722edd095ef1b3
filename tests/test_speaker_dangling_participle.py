"""A participle left at the end of a speaker mention once its complement is cut off ("les
résultats tombés | dans la nuit") qualifies nothing and goes too (speaker_mentions.clean_mention).
Invented sentences."""


def test_participle_cut_from_its_complement_leaves_the_mention(reports):
    found = reports("Selon les résultats officiels tombés dans la nuit de mercredi, le président sortant a obtenu "
                    "60 % des suffrages.")
    assert [speaker for _, speaker, _ in found] == ["les résultats officiels"]


def test_participle_with_its_genitive_complement_stays(reports):
    found = reports("Selon un responsable chargé de la sécurité, le président sortant a quitté le pays.")
    assert [speaker for _, speaker, _ in found] == ["un responsable chargé de la sécurité"]
