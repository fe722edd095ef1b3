"""Shared fixtures: the seed article and its gold file, one analysis of it, temporary stores."""
from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads((DATA / "kim-putin-2023.gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_article(seed_gold):
    """The seed article analyzed once for the whole session (the full French model)."""
    import newsgraph
    return newsgraph.analyze(seed_gold["text"], published=seed_gold["published"], id="kim-putin-2023")


@pytest.fixture(scope="session")
def analyze():
    import newsgraph
    return newsgraph.analyze


@pytest.fixture(scope="session")
def analyzed(analyze):
    """A factory: `analyzed(texts)` gives {name: Article} of a dict of invented texts, each text
    analysed once for the whole session (modules that share a text share its analysis);
    `headline=True` sets an unrelated title before each text (an article's first paragraph is its
    title)."""
    done: dict[tuple[str, str, str | None], object] = {}

    def run(texts: dict[str, str], published: str = "2024-05-02", lang: str | None = None,
            headline: bool = False) -> dict[str, object]:
        found = {}
        for name, text in texts.items():
            key = (("Un titre sans rapport\n\n" if headline else "") + text, published, lang)
            if key not in done:
                done[key] = analyze(key[0], published=published, lang=lang)
            found[name] = done[key]
        return found
    return run


@pytest.fixture(scope="module")
def events(request, analyzed):
    """The events of each text of the requesting module's TEXTS ({name: text}), published on its
    PUBLISHED (default 2024-05-02), after an unrelated headline if its TITLED is true. A module
    that reads its texts otherwise defines its own `events`."""
    module = request.module
    articles = analyzed(module.TEXTS, published=getattr(module, "PUBLISHED", "2024-05-02"),
                        headline=getattr(module, "TITLED", False))
    return {name: article.events for name, article in articles.items()}


@pytest.fixture(scope="session")
def reports(analyze):
    """(words, speaker, cue) of every quote newsgraph finds in one invented French sentence, set
    after a title so the sentence is body text."""
    def found(sentence: str) -> list[tuple[str, str | None, str | None]]:
        article = analyze("Un titre sans rapport\n\n" + sentence, published="2024-03-05")
        return [(q.text, q.speaker.name if q.speaker else None, q.cue.text if q.cue else None)
                for q in article.quotes]
    return found


@pytest.fixture(scope="session")
def speakers_of():
    """The speaker names of the quotes of an article whose words hold `words`."""
    def names(article, words: str) -> list[str]:
        return [q.speaker.name for q in article.quotes if words in q.text]
    return names


@pytest.fixture(scope="session")
def speaker_ids(analyze):
    """{quote words: the speaker's actor id, or None} of an invented text: `speaker_ids(text,
    "2024-01-15")`, `lang` when it is not French."""
    def ids(text: str, published: str, lang: str | None = None) -> dict[str, str | None]:
        article = analyze(text, published=published, lang=lang)
        return {q.text: (q.speaker.actor if q.speaker else None) for q in article.quotes}
    return ids


@pytest.fixture()
def memory_store():
    from newsgraph.store import Store
    store = Store(":memory:")
    yield store
    store.close()


@pytest.fixture()
def db_path(tmp_path) -> str:
    return str(tmp_path / "test.duckdb")


@pytest.fixture(scope="session")
def blank_nlp():
    """A blank spaCy pipeline of a language (tokenizer only) that puts the language pack on its
    Docs: for component tests that need no parse. `blank_nlp("fr")("Le texte.")` is a Doc."""
    import spacy
    importlib.import_module("newsgraph.nlp.context")  # registers newsgraph_context
    made = {}

    def make(lang: str = "fr"):
        if lang not in made:
            nlp = spacy.blank(lang)
            nlp.add_pipe("newsgraph_context", config={"lang": lang})
            made[lang] = nlp
        return made[lang]
    return make


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory) -> str:
    """The bundled corpus ingested once into a database file (for the server and web tests)."""
    from newsgraph.ingest import read_paths
    from newsgraph.process import process
    from newsgraph.store import Store
    path = str(tmp_path_factory.mktemp("corpus-db") / "corpus.duckdb")
    articles = [a for a in read_paths([str(ROOT / "corpus")]) if not isinstance(a, Exception)]
    with Store(path) as store:
        store.add_articles(process(articles))
    return path


def load_bench(name: str):
    """A benchmark script of bench/ as a module (the load test reuses the server benchmark)."""
    import importlib.util
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def live_server(corpus_db, tmp_path_factory):
    """`newsgraph serve` in its own process on a free loopback port, over a copy of the corpus."""
    import shutil
    bench = load_bench("bench_server")
    db = str(tmp_path_factory.mktemp("live") / "live.duckdb")
    shutil.copy(corpus_db, db)
    port, token = bench.free_port(), "live-server-token"
    server = bench.start_server(db, port, token=token)
    yield {"url": f"http://127.0.0.1:{port}", "db": db, "token": token, "pid": server.pid}
    server.terminate()
    server.wait(timeout=30)


SHARED = ROOT.parent / "shared"


def offset_problems(article) -> list[str]:
    """Every span of a record that does not point into its text (empty when all is well)."""
    text, n, problems = article.text, len(article.text), []

    def inside(what, start, end, expected=None):
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= n):
            problems.append(f"{what}: ({start}, {end}) outside 0..{n}")
        elif expected is not None and text[start:end] != expected:
            problems.append(f"{what}: text[{start}:{end}] = {text[start:end]!r}, record says {expected!r}")

    for actor in article.actors:
        for start, end in actor.mentions:
            inside(f"mention of {actor.id}", start, end)
    for quote in article.quotes:
        inside("quote", quote.start, quote.end, quote.text)
        if quote.speaker.start is not None or quote.speaker.end is not None:
            inside("speaker", quote.speaker.start, quote.speaker.end)
        if quote.cue:
            inside("cue", quote.cue.start, quote.cue.end, quote.cue.text)
    for source in article.sources:
        inside(f"source {source.name}", source.start, source.end)
    for ref in article.dates:
        inside("date", ref.start, ref.end, ref.text)
    for event in article.events:
        inside(f"event {event.type}", event.start, event.end, event.text or None)
        for part in (event.where, event.when):  # typed (Place, When) or dicts, by version
            start = part.get("start") if isinstance(part, dict) else getattr(part, "start", None)
            end = part.get("end") if isinstance(part, dict) else getattr(part, "end", None)
            if start is not None:
                inside("event place/time", start, end)
    return problems
