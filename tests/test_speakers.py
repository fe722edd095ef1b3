"""Speaker resolution (nlp/speakers.py): pronouns, impersonal subjects, documents, organisations,
continuations. Hand-built Docs and actor indexes: no model is loaded."""
from parsed_doc import tokenized

from newsgraph.model import Actor
from newsgraph.nlp.actor_index import ActorIndex
from newsgraph.nlp.reports import FoundQuote
from newsgraph.nlp.speakers import resolve_speakers
from newsgraph.nlp.textutil import text_of


def index_of(text: str, *actors: tuple[str, str, str, str | None]) -> ActorIndex:
    """An index with one mention per (id, name, kind, gender) at the first place its name appears."""
    index = ActorIndex()
    for actor_id, name, kind, gender in actors:
        start = text.index(name)
        index.add(Actor(actor_id, name, kind), start, start + len(name), name)
        if kind == "person":
            index.gender[actor_id] = gender
    index.finish()
    return index


def quote(text: str, words: str, speaker: str | None, *, nth: int = 0, **extra) -> FoundQuote:
    """A FoundQuote over `words`, with the nth occurrence of `speaker` as its speaker mention."""
    start = text.index(words)
    mention = None
    if speaker is not None:
        at = -1
        for _ in range(nth + 1):
            at = text.index(speaker, at + 1)
        mention = (at, at + len(speaker))
    return FoundQuote(start, start + len(words), extra.pop("type", "indirect"), None, mention, 0.8, **extra)


def test_pronoun_goes_to_the_previous_speaker(blank_nlp):
    text = "Jean Dupont a affirmé que le port est fermé. Il a ajouté que la ville est calme."
    doc = tokenized(blank_nlp, text)
    index = index_of(text, ("person:jean-dupont", "Jean Dupont", "person", "m"))
    quotes = [quote(text, "le port est fermé", "Jean Dupont"), quote(text, "la ville est calme", "Il")]
    first, second = resolve_speakers(doc, index, quotes)
    assert first.actor == second.actor == "person:jean-dupont"
    assert text[second.start:second.end] == "Il"


def test_feminine_pronoun_skips_a_man(blank_nlp):
    text = "Marie Durand a parlé à Paul Martin. Elle a affirmé que le port est fermé."
    doc = tokenized(blank_nlp, text)
    index = index_of(text, ("person:marie-durand", "Marie Durand", "person", "f"),
                     ("person:paul-martin", "Paul Martin", "person", "m"))
    [speaker] = resolve_speakers(doc, index, [quote(text, "le port est fermé", "Elle")])
    assert speaker.name == "Marie Durand"


def test_impersonal_subject_is_unspecified(blank_nlp):
    text = "On affirme que le port est fermé."
    doc = tokenized(blank_nlp, text)
    [speaker] = resolve_speakers(doc, ActorIndex(), [quote(text, "le port est fermé", "On")])
    assert (speaker.actor, speaker.name) == (None, "unspecified")


def test_a_document_speaks_for_its_author(blank_nlp):
    text = "Le communiqué du ministère de l'Intérieur affirme que le port est fermé."
    doc = tokenized(blank_nlp, text)
    mention = "Le communiqué du ministère de l'Intérieur"
    [speaker] = resolve_speakers(doc, ActorIndex(), [quote(text, "le port est fermé", mention)])
    assert speaker.name == "ministère de l'Intérieur" and speaker.actor is None


def test_organisation_noun_takes_up_the_organisation_it_introduced(blank_nlp):
    text = "L'ONG Human Rights Watch a publié un rapport. L'ONG affirme que le port est fermé."
    doc = tokenized(blank_nlp, text)
    index = index_of(text, ("organization:hrw", "Human Rights Watch", "organization", None))
    [speaker] = resolve_speakers(doc, index, [quote(text, "le port est fermé", "L'ONG", nth=1)])
    assert speaker.actor == "organization:hrw"


def test_named_complement_is_not_the_speaker(blank_nlp):
    text = "Le porte-parole de Jean Dupont affirme que le port est fermé."
    doc = tokenized(blank_nlp, text)
    index = index_of(text, ("person:jean-dupont", "Jean Dupont", "person", "m"))
    [speaker] = resolve_speakers(doc, index, [quote(text, "le port est fermé", "Le porte-parole de Jean Dupont")])
    assert speaker.actor != "person:jean-dupont"


def test_continuation_inherits_and_trailing_relative_is_cut(blank_nlp):
    text = "« Le port est fermé », dit Jean Dupont qui sourit. « La ville est calme. »"
    doc = tokenized(blank_nlp, text)
    index = index_of(text, ("person:jean-dupont", "Jean Dupont", "person", "m"))
    first = quote(text, "Le port est fermé", "Jean Dupont qui", type="direct")
    second = quote(text, "La ville est calme.", None, type="direct", continuation=True, speaker_from=first)
    a, b = resolve_speakers(doc, index, [first, second])
    assert text_of(doc)[a.start:a.end] == "Jean Dupont"    # "qui" is not part of the mention
    assert b.actor == a.actor == "person:jean-dupont"
