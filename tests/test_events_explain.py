"""`newsgraph events --explain`: the explanation of each event, read from the component's results."""
from newsgraph.explain import explain_article, explain_events
from newsgraph.model import Article


TEXT = ("La France et l'Inde renforcent leurs liens\n\n"
        "3 juillet 2023. – Le président français a reçu jeudi le Premier ministre indien Narendra Modi à Paris. "
        "« Nous condamnons l'agression russe contre l'Ukraine », a déclaré Narendra Modi.")


def test_an_explanation_names_the_predicate_its_frame_and_how_each_side_was_found():
    explained = explain_article(TEXT, published="2023-07-03")
    host = next(e for e in explained if e.type == "CONSULT")
    assert host.typed_by == "predicate 'recevoir' (verb)" and host.frame.startswith("actor:subj; recipient:obj")
    assert host.recipient == "Narendra Modi" and host.recipient_how.startswith("obj")
    assert "reçu" in host.sentence and host.start < host.end


def test_stored_rows_are_paired_with_their_explanation_or_none():
    explained = explain_article(TEXT, published="2023-07-03")
    first = explained[0]
    row = {"article_id": "a", "start_char": first.start, "end_char": first.end, "type": first.type}
    stale = {"article_id": "a", "start_char": 0, "end_char": 1, "type": "ASSAULT"}
    stored = Article(id="a", text=TEXT, published="2023-07-03", lang="fr")
    paired = explain_events([row, stale], lambda _id: stored)
    assert paired[0][1] == first and paired[1][1] is None


def test_an_event_found_in_scraped_text_is_explained_at_its_stored_offsets(analyze):
    # a paragraph glued to the next with no space, a zero-width space and a doubled blank: the
    # analysis reads the text mended (ingest/mend.py), and so must the explanation
    scraped = TEXT.replace("liens\n\n", "liens.").replace("a reçu", "a\u200b reçu").replace("jeudi le", "jeudi  le")
    stored = analyze(scraped, published="2023-07-03")
    event = next(e for e in stored.events if e.type == "CONSULT")
    row = {"article_id": "a", "start_char": event.start, "end_char": event.end, "type": event.type}
    article = Article(id="a", text=scraped, published="2023-07-03", lang="fr")
    (paired_row, explanation), = explain_events([row], lambda _id: article)
    assert explanation is not None and "reçu" in explanation.sentence
    assert scraped[explanation.start:explanation.end] == scraped[event.start:event.end]
