"""Issue 10: a marker inside a clause, with no comma ("Il y aurait selon l'AFP une centaine de
morts"), governs only its own noun phrase: the medium is the speaker and the source, the clause
around it is what it reports (reports.py, syntax.marker_phrase_end). Invented sentences."""
from __future__ import annotations

from newsgraph.model import Article
from newsgraph.process import process

TEXTS = ["Il y aurait selon l'AFP une centaine de morts dans la région.",
         "Le gouvernement préparerait selon Les Echos un plan d'économies de dix milliards.",
         "Les secours ont d'après l'AFP retrouvé deux survivants sous les décombres."]


def test_a_marker_inside_a_clause_governs_its_own_phrase():
    articles = list(process([Article(id=f"t{k}", text=t, lang="fr", published="2024-03-05")
                             for k, t in enumerate(TEXTS)]))
    assert [[t[s.start:s.end] for s in a.sources] for t, a in zip(TEXTS, articles)] == \
        [["selon l'AFP"], ["selon Les Echos"], ["d'après l'AFP"]]
    assert [[(q.speaker.actor, q.text.rstrip(".")) for q in a.quotes] for a in articles] == \
        [[("media:afp", TEXTS[0].rstrip("."))], [("media:les-echos", TEXTS[1].rstrip("."))],
         [("media:afp", TEXTS[2].rstrip("."))]]
