"""Articles in, records out: the one entry point every caller uses (the CLI, the evaluation, and
the server and Spark jobs to come); the caller stores the records.

One bad article never takes a batch down: the parse runs batched, then the rule components
and the extraction run article by article, each under a time budget, and an article whose
analysis fails is reported (E071 failure, E072 time budget, E073 too long) while the others go
on. Texts longer than a window are analysed window by window (`windows.py`).
"""
from __future__ import annotations

import functools
import re

from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from .budget import Budget, OverBudget, interrupt_after
from .errors import AnalysisError, UsageError
from .ingest.mend import mend
from .ingest.restore import restore
from .langid import declared_mismatch, detect_language
from .limits import MAX_TEXT_CHARS, TIME_BUDGET_SECONDS, WINDOW_CHARS
from .model import Article
from .windows import merge_window, split_windows

BATCH_SIZE = 16
FAILURE_CODES = ("E071", "E072", "E073")


def supported_languages() -> tuple[str, ...]:
    """Languages with a pack (and so a model); reading the packs' folder needs no spaCy."""
    from .lang import available_languages
    return available_languages()


def prepare(article: Article) -> bool:
    """Fill language and date; return whether the article can be analyzed."""
    if article.lang is None:
        article.lang = detect_language(article.text)
    elif (detected := declared_mismatch(article.text, article.lang)) is not None:
        article.warnings.append(f"W002 declared language {article.lang!r} but the text looks like {detected!r}")
    if article.published is None:
        if article.lang in supported_languages():
            from .lang import load_pack
            from .nlp.dateline import dateline_date
            article.published = dateline_date(article.text, load_pack(article.lang))
        if article.published is None:
            article.warnings.append("W003 no publication date: relative dates are left unresolved")
    if article.lang not in supported_languages():
        article.warnings.append(
            f"W001 language {article.lang!r} is not supported (supported: {', '.join(supported_languages())}); "
            "nothing was extracted")
        return False
    return True


def batches(items: Iterable, size: int) -> Iterator[list]:
    """Lists of at most `size` items, in order."""
    if not isinstance(size, int) or isinstance(size, bool) or size < 1:
        raise UsageError(f"a batch size must be a whole number of at least 1, got {size!r}")
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def failure_of(article: Article) -> str | None:
    """The error that stopped the analysis of an article yielded by process(), if any."""
    return next((w for w in article.warnings if w.startswith(FAILURE_CODES)), None)


def process(articles: Iterable[Article], *, batch_size: int = BATCH_SIZE,
            actor_files: tuple[str, ...] = (), time_budget: float | None = TIME_BUDGET_SECONDS,
            on_error: Callable[[AnalysisError], None] | None = None) -> Iterator[Article]:
    """Analyze articles in batches; yields each article record, filled, in order.

    `actor_files` are user actor files (CSV) added to the gazetteer. `time_budget` is the
    seconds one article's analysis may take (None: no limit). An article whose analysis fails
    is passed to `on_error` and not yielded; without `on_error` it is yielded with the error
    (E071–E073) in its warnings and no extracted facts (see `failure_of`).
    """
    if isinstance(articles, (str, bytes)) or not isinstance(articles, Iterable):
        raise UsageError("process() takes an iterable of Article records: use newsgraph.analyze(text) "
                         "for one text, or the readers in newsgraph.ingest for files")
    for batch in batches(articles, batch_size):
        for item in batch:
            if not isinstance(item, Article):
                raise UsageError(f"process() takes Article records, got {type(item).__name__}: use "
                                 "newsgraph.analyze(text) for one text, or the readers in newsgraph.ingest")
        failures: dict[int, AnalysisError] = {}
        by_lang: dict[str, list[Article]] = {}
        for article in batch:
            if len(article.text) > MAX_TEXT_CHARS:
                failures[id(article)] = AnalysisError(
                    article.origin, article.id, f"text of {len(article.text):,} characters, over the limit of "
                                                f"{MAX_TEXT_CHARS:,}: split it into articles", "E073")
            elif prepare(article):
                by_lang.setdefault(article.lang, []).append(article)
        for lang, group in by_lang.items():
            failures.update(_analyze_group(lang, group, batch_size, tuple(actor_files), time_budget))
        for article in batch:
            error = failures.get(id(article))
            if error is None:
                yield article
            elif on_error is not None:
                on_error(error)
            else:
                article.actors, article.quotes, article.sources, article.dates, article.events = [], [], [], [], []
                article.warnings.append(str(error))
                yield article


def _analyze_group(lang: str, group: list[Article], batch_size: int, actor_files: tuple[str, ...],
                   time_budget: float | None) -> dict[int, AnalysisError]:
    """Fill the articles of one language; return the failures by id(article)."""
    from .extract import fill_article
    from .nlp.pipeline import load_pipeline

    nlp = load_pipeline(lang, actor_files)
    rules = _rule_components(nlp)
    steps = [nlp.get_pipe(name) for name in rules]
    # one job per window: (article, offset of the window in the article's text, its Doc)
    jobs = []
    # the text each article's parse reads: its own, mended of scraping warts (ingest/mend.py),
    # with the map that moves the offsets found back into it
    readings = {id(article): reading(article.text, lang, nlp.vocab) for article in group}
    for article in group:
        text = readings[id(article)][0]
        spans = split_windows(text, WINDOW_CHARS) if len(text) > WINDOW_CHARS else [(0, len(text))]
        for start, end in spans:
            doc = nlp.make_doc(text[start:end])
            doc._.published = article.published
            jobs.append((article, start, doc))
    failures: dict[int, AnalysisError] = {}
    failures_by_doc: dict[int, Exception] = {}
    parsed = _parse(nlp, [doc for _, _, doc in jobs], rules, batch_size, failures_by_doc)
    windows: dict[int, list[tuple[int, object]]] = {}
    for (article, start, _), doc in zip(jobs, parsed):
        windows.setdefault(id(article), []).append((start, doc))
        if id(doc) in failures_by_doc:
            failures.setdefault(id(article), _failure(article, failures_by_doc[id(doc)]))
    for article in group:
        if id(article) in failures:
            continue
        budget = Budget(time_budget)
        try:
            with interrupt_after(budget):
                _run_rules(article, windows[id(article)], steps, budget, fill_article)
            read, back = readings[id(article)]
            if back is not None:
                restore(article, back, article.text, read)
        except OverBudget:
            failures[id(article)] = AnalysisError(
                article.origin, article.id, f"analysis ran over its time budget of {time_budget:g} s", "E072")
        except RecursionError:
            failures[id(article)] = _failure(article, RecursionError("recursion too deep"))
        except Exception as error:  # one article's failure must not cost the others theirs
            failures[id(article)] = _failure(article, error)
    return failures


@functools.cache
def _glued_words(pack) -> frozenset[str]:
    """Words scraped copy glues to the next one (ingest/mend.py): the pack's function words, and
    its media nouns before a title (a link's text loses its space: "la revue<a>Nature</a>")."""
    return pack.words("glued_words") | {n for n in pack.words("media_nouns") if " " not in n}


@functools.cache
def _openers(pack) -> frozenset[str]:
    """Words that open a sentence and no name (ingest/mend.py): the pack's personal and
    demonstrative pronouns and its determiners ("She", "The", "Il", "Les")."""
    from .nlp.paragraphs import sentence_openers
    return sentence_openers(pack)


@functools.cache
def _known_place() -> Callable[[str], bool]:
    """Whether the gazetteer knows a name as a place ("GENÈVE", "PARIS", "GOMA"): what a place
    dateline run into its headline names (nlp/dateline.py)."""
    from .gazetteer import load_gazetteer
    return load_gazetteer().names_place


def _run_in_body(text: str, rank: Callable[[str], int | None], openers: frozenset[str],
                 before: int | None = None) -> int | None:
    """Where the story's first word was run into the end of its headline, the line break and any
    blank lost ("Macron reçu à RabatEmmanuel Macron a …", "… à OttawaLe ministre …"): inside a
    word of the first line (up to `before`, a dateline found later in it), after a word of the
    vocabulary ending in a small letter, a capitalised word that opens a sentence (an article, a
    pronoun, a function word: `openers`) or a name (a first name, a place's), the whole no word of
    the vocabulary and no name the gazetteer knows; a capitalised word of another kind is the part
    of a brand's name ("SolarWinds", "PlayStation"). After a name the gazetteer knows (a person, a
    place, a body: "le régime LoukachenkoRéunis vendredi", "sur l'UkraineHuit ans après") the story
    may open with any frequent word, and after a body's acronym ("la CPILa Belgique") with an opener."""
    from .gazetteer import load_gazetteer
    gazetteer = load_gazetteer()
    end = text.find("\n")
    end = len(text) if end < 0 else end
    for word in _LETTERS.finditer(text[:end if before is None else min(end, before)]):
        form = word.group()
        if form[1:].islower():  # no capital inside: nothing was run into it (the cheap test first)
            continue
        if rank(form) is not None or gazetteer.organization(form) or gazetteer.media(form) or gazetteer.person(form):
            continue
        cut = _story_cut(form, rank, openers, gazetteer)
        if cut is not None:
            return word.start() + cut
    return None


def _story_cut(form: str, rank: Callable[[str], int | None], openers: frozenset[str], gazetteer) -> int | None:
    """Where a story's first word starts inside a word of a headline (see `_run_in_body`), or None."""
    from .textfold import fold
    acronym = re.match(_ACRONYM_HEAD, form)
    if acronym and acronym.end() < len(form) - 1 and form[acronym.end():].lower() in openers \
            and _names_body(form[:acronym.end()], gazetteer):
        return acronym.end()
    cut = next((i for i in range(_MIN_HEAD, len(form) - 1)
                if form[i - 1].islower() and form[i].isupper() and form[i + 1:].islower()), None)
    if cut is None or not form[1:cut].islower() or rank(form[:cut]) is None:
        return None
    head, story = form[:cut], form[cut:]
    if story.lower() in openers or fold(story) in _given_names() or gazetteer.names_place(story):
        return cut
    frequent = rank(story.lower())
    if head[0].isupper() and frequent is not None and frequent <= _FREQUENT_RANK and \
            (gazetteer.names_place(head) or gazetteer.person(head) or _names_body(head, gazetteer)):
        return cut
    return None


def _names_body(name: str, gazetteer) -> bool:
    return bool(gazetteer.organization(name) or gazetteer.country(name))


@functools.cache
def _given_names() -> frozenset[str]:
    """The gazetteer's first names, either gender: a story's first word run into its headline may be one."""
    from .gazetteer import load_gazetteer
    parts = load_gazetteer().name_parts
    return frozenset(parts.male_given | parts.female_given)


@functools.cache
def _story_openers(pack) -> frozenset[str]:
    """The words that open a story run into its headline: a sentence's openers and the pack's glued words."""
    return _openers(pack) | _glued_words(pack)


_LETTERS = re.compile(r"[^\W\d_]+")
# the shortest headline word taken apart ("MacBook", "DeSantis" are no run-in)
_MIN_HEAD = 4
# a body's acronym ending a headline, before the story's capitalised opener ("la CPILa Belgique")
_ACRONYM_HEAD = r"[A-ZÀ-Þ]{2,}(?=[A-ZÀ-Þ][a-zß-ÿ]+$)"
# the rarest word a story opens with after a name (fr_core_news_md: "réunis" is 5,470th, "huit"
# 1,714th): a rarer one is more likely a part of a compound name
_FREQUENT_RANK = 50_000


def _headline_break(read: str, back: list[int] | None, start: int) -> str:
    """The text read with a line break for the blank before a dateline run into its headline
    (the blank given, or the space put back where none was): the headline is a paragraph again,
    and the dateline opens a line, where the story's dateline readers look for it. Same length."""
    at = start if back is None else next((j for j, i in enumerate(back) if i >= start), len(read))
    at = at + 1 if read[at:at + 1] == " " else at  # the space mend put back maps to the dateline
    if at > 0 and read[at - 1] == " ":
        return read[:at - 1] + "\n" + read[at:]
    return read


def word_ranks(vocab) -> Callable[[str], int | None]:
    """A word's rank in a model's vocabulary (1 the most frequent; None unknown, or a model with
    no word vectors): the keys of its vectors, in the order of their frequency in the corpus they
    were trained on (fr_core_news_md: 500,000 forms, "gouvernement" the 505th)."""
    if id(vocab) not in _RANKS:
        keys = vocab.vectors.key2row if vocab.vectors.shape[0] else {}
        _RANKS[id(vocab)] = (vocab, {key: k + 1 for k, key in enumerate(keys)})
    strings, order = vocab.strings, _RANKS[id(vocab)][1]

    def rank(word: str) -> int | None:
        found = [r for r in (order.get(strings[word]), order.get(strings[word.lower()])) if r is not None]
        return min(found) if found else None
    return rank


_RANKS: dict[int, tuple[object, dict[int, int]]] = {}  # by id of the vocabulary (kept alive with it)


@functools.cache
def _credit_names() -> frozenset[str]:
    """The listed media's names that hold a word in small letters after the first ("La Presse
    canadienne"): a photo's credit run into the body ends with the whole name (ingest/furniture.py)."""
    from .gazetteer import load_gazetteer
    return frozenset(form for outlet in load_gazetteer().media_outlets for form in (outlet.name, *outlet.aliases)
                     if any(word[:1].islower() for word in form.split()[1:]))


@functools.cache
def _listed_names() -> frozenset[str]:
    """The names of several words the gazetteer lists (states, bodies, media, people), folded: a
    line break inside one is read as a space (ingest/broken_names.py)."""
    from .gazetteer import load_gazetteer
    return frozenset(form for form in load_gazetteer().surface_forms(("country", "organization", "media", "person"))
                     if " " in form)


def reading(text: str, lang: str, vocab=None) -> tuple[str, list[int] | None]:
    """The text the parse reads (mended of scraping warts, ingest/mend.py; each pair of straight
    double marks made the language's typographic one, same length) and the map of its offsets
    back into `text` (None: the same offsets and text). With the model's `vocab`, a word broken
    by a hyphen at a line's end is read whole where the joined form is a word (`word_ranks`)."""
    from .lang import load_pack
    from .nlp.paragraphs import paragraph_spans
    from .nlp.quotemarks import typographic
    from .nlp.dateline import glued_dateline
    pack = load_pack(lang)
    # a headline run into its dateline reads as one word ("Canada-UE30"): the first sentence
    # of the story loses its parse (its events, the roles it gives)
    glued = glued_dateline(text, pack, _known_place())
    # (a story run in before a dated dateline found later on the line: "… son boycottKinshasa, 12
    # avril 2018 – Le …"; the dateline is then the story's, as in the clean text)
    run_in = None if vocab is None or glued and not glued[1].group("year") else \
        _run_in_body(text, word_ranks(vocab), _story_openers(pack), glued[0] if glued else None)
    glued = None if run_in else glued
    lost = (glued[0],) if glued and not text[glued[0] - 1].isspace() else ()
    lost = lost or ((run_in,) if run_in else ())
    elided, held = "".join(pack.setting("elided_articles", [])), pack.words("elision_words")
    forms = tuple(frozenset(pack.setting(key, [])) for key in ("glued_heads", "glued_tails", "glued_tail_endings"))
    read, back = mend(text, _glued_words(pack), elided, lost, held=held, openers=_openers(pack), glued=forms,
                      unfinished=pack.words("unfinished_line_words"),
                      furniture=(pack.words("related_leads"), pack.words("caption_leads")),
                      furniture_ends=pack.words("headline_end_words"), credit_names=_credit_names(),
                      rank=word_ranks(vocab) if vocab is not None else None,
                      elisions=frozenset(pack.setting("lost_apostrophe_elisions", [])),
                      spaced_name_blanks=bool(pack.setting("no_break_space_before_names_is_space", False)),
                      run_together=pack.words("run_together_tails"), names=_listed_names())
    if glued and not glued[1].group("year") or run_in:  # (a dated dateline is cut by nlp/paragraphs.py)
        read = _headline_break(read, back, run_in or glued[0])
    marks = pack.setting("typographic_quotation_marks")
    singles = bool(pack.setting("typographic_single_marks", False))
    if marks and ('"' in read or "„" in read or "”" in read or singles and "'" in read):
        typed = typographic(read, marks[0], marks[1], paragraph_spans(read), singles)
        if typed != read:
            read, back = typed, back if back is not None else list(range(len(text) + 1))
            # a straight mark glued to a word on both sides ('dit."Le') could open or close; read
            # as « or », its side is known, and the space lost on its outer side is put back
            # (markup was read the first time: "&amp;lt;" is decoded once)
            read, again = mend(read, _glued_words(pack), elided, markup=False, held=held, openers=_openers(pack))
            if again is not None:
                back = [back[j] for j in again]
    return read, back


def _rule_components(nlp) -> list[str]:
    """The trailing components that work on one Doc at a time (newsgraph's rules): they run
    article by article, isolated; the model's components before them run batched."""
    names = list(nlp.pipe_names)
    cut = len(names)
    while cut > 0 and not hasattr(nlp.get_pipe(names[cut - 1]), "pipe"):
        cut -= 1
    return names[cut:]


def _parse(nlp, docs: list, rules: list[str], batch_size: int, failures: dict) -> list:
    """The model's components over every Doc, batched; if the batch fails, Doc by Doc."""
    try:
        return list(nlp.pipe(docs, batch_size=batch_size, disable=rules))
    except Exception:
        pass
    parsed = []
    for doc in docs:
        try:
            parsed.append(nlp(doc, disable=rules))
        except Exception as error:
            failures[id(doc)] = error
            parsed.append(doc)
    return parsed


def _run_rules(article: Article, windows: list[tuple[int, object]], steps: list, budget: Budget,
               fill_article) -> None:
    """The rule components and the extraction for one article, window by window."""
    if len(windows) == 1 and windows[0][0] == 0:
        doc = _apply(windows[0][1], steps, budget)
        fill_article(article, doc)
        return
    article.actors, article.quotes, article.sources, article.dates, article.events = [], [], [], [], []
    for start, doc in windows:
        part = Article(id=article.id, text=doc.text, lang=article.lang, published=article.published,
                       url=article.url)  # (the address names the own outlet: nlp/own_outlet.py)
        fill_article(part, _apply(doc, steps, budget))
        merge_window(article, part, start)
    article.quotes.sort(key=lambda q: (q.start, q.end))
    article.warnings.append(f"W004 text of {len(article.text):,} characters analysed in {len(windows)} windows "
                            f"of at most {WINDOW_CHARS:,}: no quote or reference links two windows")


def _apply(doc, steps: list, budget: Budget):
    """The rule components in pipeline order; the budget is also checked between them (the
    only check where no timer signal can interrupt, e.g. in a server's worker thread)."""
    for component in steps:
        doc = component(doc)
        budget.check()
    return doc


def _failure(article: Article, error: BaseException) -> AnalysisError:
    reason = str(error).splitlines()[0][:200] if str(error) else ""
    return AnalysisError(article.origin, article.id,
                         f"analysis failed ({type(error).__name__}{': ' + reason if reason else ''}); "
                         "the article is skipped, the others are kept")


def analyze(text: str, *, published: str | None = None, lang: str | None = None,
            title: str | None = None, url: str | None = None, id: str | None = None,
            time_budget: float | None = TIME_BUDGET_SECONDS) -> Article:
    """Analyze one article text and return its record.

    Raises InputError for a text with nothing in it, UsageError for an argument of the wrong
    kind, AnalysisError if the analysis fails or runs over its time budget.
    """
    from .ingest.text import make_article
    if not isinstance(text, str):
        raise UsageError(f"analyze() takes the article's text as a string, got {type(text).__name__}")
    for name, value in (("published", published), ("lang", lang), ("title", title), ("url", url), ("id", id)):
        if value is not None and not isinstance(value, str):
            raise UsageError(f"analyze(): {name} must be a string, got {type(value).__name__}")
    article = make_article(text, "<text>", id=id, title=title, published=published, url=url, lang=lang)
    errors: list[AnalysisError] = []
    result = next(process([article], time_budget=time_budget, on_error=errors.append), None)
    if errors:
        raise errors[0]
    return result
