"""Throughput and memory of newsgraph against bare spaCy, with 1 and more processes.

    .venv/bin/python bench/bench_speed.py                     # what `make bench` runs first
    .venv/bin/python bench/bench_speed.py --workers 1,2,4,8   # a scaling curve on a bigger machine
    .venv/bin/python bench/bench_speed.py --repeat 10         # memory with ten times the corpus
    .venv/bin/python bench/bench_speed.py --rounds 3          # every run three times, medians reported
    .venv/bin/python bench/bench_speed.py --lang en --workers 1 --rounds 3 --kinds spacy,analyze --repeat 1
                                                              # issue 12's ratio: English, paired rounds

Every run is a fresh Python process over the same texts (the bundled corpus's unique articles,
written once as JSON Lines, so no run pays for HTML extraction):
  (a) spacy    the language pack's spaCy model alone: `nlp.pipe`, batch 16 as process() uses;
               with N processes, N spaCy processes on interleaved shares of the texts
  (b) analyze  process() with every newsgraph component, each record serialised as JSON
               (what `newsgraph analyze` prints); with N processes, `--workers N`
  (c) ingest   ingest_paths() into a fresh DuckDB file (what `newsgraph ingest` runs); `--workers N`
Each run reports when every process holding a model was ready (model loaded, one article
analysed; with N processes they wait for each other, then start together), when it ended,
and the peak resident memory of its main process and of its largest worker, and the CPU seconds
all its processes spent after start-up. Throughput is counted after start-up; the
whole-process figures (start-up included, as a user sees them) are printed beside it. A second, repeated copy of the corpus (`--repeat`) is run through (a)
and (c) with one process: spaCy's caches flatter repeated text, so it is a second figure only,
and the peak memory of (c) on it shows whether memory grows with the input.

Words are whitespace-separated words of the texts. Figures from a busy machine are a floor:
the script prints the load average before and after. CPU seconds move much less with the load
than wall-clock seconds do (other jobs take turns on the cores, not this run's work), so the
ratios are also printed in CPU time: on a quiet machine the two agree for one process.

With several rounds (`--rounds`), each round runs every kind back to back at each process count,
in turn (spacy, analyze, ingest), and the next round in the reverse order (ingest, analyze,
spacy), so that a machine getting slower or faster over the minutes favours neither side. The
ratios to bare spaCy are then printed twice: the ratio of the medians (each side's median over
the rounds, taken minutes apart), and the median of the ratios of each round's pair of runs,
with their lowest and highest: a pair ran within a minute, so its ratio carries much less of
the machine's drift than a median does, and the range shows how far one pair can be trusted.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("spacy", "analyze", "ingest")
LABELS = {"spacy": "(a) spaCy nlp.pipe", "analyze": "(b) newsgraph analyze", "ingest": "(c) newsgraph ingest"}
WARM_TEXTS = {
    "fr": ("« Nous signerons l'accord à Paris le 12 mai », a déclaré mardi le ministre des Affaires "
           "étrangères, Jean Dupont, selon l'Agence France-Presse. La Russie et la Chine ont condamné "
           "la décision. Le président a rencontré son homologue allemand à Berlin pour en discuter."),
    "en": ("\"We will sign the agreement in Paris on May 12,\" the foreign minister, John Smith, said on "
           "Tuesday, according to Reuters. Russia and China condemned the decision. The president met his "
           "German counterpart in Berlin to discuss it."),
}
# English texts besides the bundled sample's three: the PolNeAR articles of the research corpus,
# read where they lie (../shared, beside the repository), never copied into it
ENGLISH_TEXTS = ROOT.parent / "shared" / "gold" / "en-polnear"
READY_WAIT_SECONDS = 900


# ------------------------------------------------------------------ the texts

def bench_lang() -> str:
    """The language the run measures (--lang; passed to each measured process in BENCH_LANG)."""
    return os.environ.get("BENCH_LANG", "fr")


def write_corpus(path: Path, repeat: int = 1, limit: int | None = None) -> tuple[int, int]:
    """The corpus's unique articles in the measured language as JSON Lines (`repeat` copies, each
    with ids of its own), their language declared; returns (articles, words). Only one language:
    an article in another would load a second pipeline inside the timed run, and bare spaCy
    would parse it with the wrong model."""
    from newsgraph.ingest import read_paths
    from newsgraph.langid import detect_language
    from newsgraph.model import Article
    lang = bench_lang()
    seen, articles = set(), []
    for item in read_paths([str(ROOT / "corpus")]):
        if isinstance(item, Article) and item.text not in seen and (item.lang or detect_language(item.text)) == lang:
            seen.add(item.text)
            articles.append(item)
    if lang == "en" and ENGLISH_TEXTS.is_dir():
        for file in sorted(ENGLISH_TEXTS.glob("*.json")):
            record = json.loads(file.read_text(encoding="utf-8"))
            if record.get("text") and record["text"] not in seen:
                seen.add(record["text"])
                articles.append(Article(id=file.stem, text=record["text"], published=record.get("published")))
    articles = articles[:limit] if limit else articles
    with open(path, "w", encoding="utf-8") as handle:
        for copy in range(repeat):
            for a in articles:
                record = dict(id=a.id if copy == 0 else f"{a.id}~{copy}", text=a.text, title=a.title,
                              published=a.published, url=a.url, lang=lang)
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return repeat * len(articles), repeat * sum(len(a.text.split()) for a in articles)


def read_corpus(path: str) -> list:
    from newsgraph.ingest import read_paths
    from newsgraph.model import Article
    return [a for a in read_paths([path]) if isinstance(a, Article)]


# ------------------------------------------------------------------ inside one run

def model_name() -> str:
    from newsgraph.lang import load_pack
    return load_pack(bench_lang()).model


def warm_spacy():
    import spacy
    nlp = spacy.load(model_name())
    nlp(WARM_TEXTS[bench_lang()])
    return nlp


def warm_newsgraph() -> None:
    """Load the pipeline and analyse one article (first calls load lexicons, the gazetteer and
    the language detector) before the clock starts."""
    from newsgraph.ingest.text import make_article
    from newsgraph.process import process
    list(process([make_article(WARM_TEXTS[bench_lang()] * 3, "<warm-up>", id="warm-up", published="2024-05-02",
                               lang=bench_lang())]))


def cpu_seconds(who: int = resource.RUSAGE_SELF) -> float:
    """CPU time (user and system) of this process, or of its children that have ended."""
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def warm_store() -> None:
    """What an ingest loads once besides the pipeline, before the clock starts: DuckDB, and the
    index's library (datasketch, which imports scipy: about half a second of CPU), by storing
    the warm-up text, unanalysed, in a throw-away store and indexing it."""
    from newsgraph.ingest.text import make_article
    from newsgraph.ingestion import update_index
    from newsgraph.store import Store
    with Store(":memory:") as store:
        store.add_articles([make_article(WARM_TEXTS[bench_lang()] * 3, "<warm-up>", id="warm-up",
                                         published="2024-05-02", lang=bench_lang())])
        update_index(store)


def ready_and_wait() -> None:
    """A worker is ready: say so (a file holding the time and its CPU seconds so far), then wait
    until all are."""
    folder, count = os.environ["BENCH_READY_DIR"], int(os.environ["BENCH_PROCESSES"])
    temporary = os.path.join(folder, f".{os.getpid()}")
    with open(temporary, "w") as handle:
        handle.write(f"{time.time()!r} {cpu_seconds()!r}")
    os.rename(temporary, os.path.join(folder, str(os.getpid())))
    deadline = time.monotonic() + READY_WAIT_SECONDS
    while len([n for n in os.listdir(folder) if not n.startswith(".")]) < count:
        if time.monotonic() > deadline:
            raise RuntimeError("the other benchmark processes did not get ready")
        time.sleep(0.01)


def newsgraph_worker_setup() -> None:  # worker_setup of the analysis workers (spawned)
    warm_newsgraph()
    ready_and_wait()


def spacy_share(path: str, index: int, count: int) -> None:  # one of N bare spaCy processes
    from newsgraph.process import BATCH_SIZE
    texts = [a.text for a in read_corpus(path)][index::count]
    nlp = warm_spacy()
    ready_and_wait()
    for _ in nlp.pipe(texts, batch_size=BATCH_SIZE):
        pass


def run(kind: str, processes: int, path: str) -> dict:
    """One measured run, in this (fresh) process."""
    ready_dir = tempfile.mkdtemp(prefix="bench-ready-")
    os.environ["BENCH_READY_DIR"], os.environ["BENCH_PROCESSES"] = ready_dir, str(processes)
    try:
        return measured_run(kind, processes, path, ready_dir)
    finally:  # the workers' ready marks are read by then; the folder would otherwise stay in /tmp
        shutil.rmtree(ready_dir, ignore_errors=True)


def measured_run(kind: str, processes: int, path: str, ready_dir: str) -> dict:
    """The run itself; with N processes, each worker leaves its ready mark in `ready_dir`."""
    failed = 0
    ready = None
    if processes == 1:
        if kind == "spacy":
            nlp = warm_spacy()
        else:
            warm_newsgraph()
    if kind == "ingest":  # the main process stores (and, with N processes, only reads and stores)
        warm_store()
    if processes == 1:
        ready = time.time()
    started_cpu = cpu_seconds()  # with N processes, the main one's own work starts here
    if kind == "spacy":
        from newsgraph.process import BATCH_SIZE
        if processes == 1:
            for _ in nlp.pipe([a.text for a in read_corpus(path)], batch_size=BATCH_SIZE):
                pass
        else:
            context = multiprocessing.get_context("spawn")
            shares = [context.Process(target=spacy_share, args=(path, i, processes)) for i in range(processes)]
            for share in shares:
                share.start()
            for share in shares:
                share.join()
            failed = sum(share.exitcode != 0 for share in shares)
    elif kind == "analyze":
        from newsgraph.process import BATCH_SIZE, batches
        from newsgraph.workers import analysis
        with open(os.devnull, "w", encoding="utf-8") as out, \
                analysis(processes, batch_size=BATCH_SIZE, setup=newsgraph_worker_setup) as analyse:
            for _, outputs in analyse((None, batch) for batch in batches(read_corpus(path), BATCH_SIZE)):
                for what, item in outputs:
                    if what == "record":
                        out.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
                    else:
                        failed += 1
    else:
        from newsgraph.ingestion import ingest_paths
        from newsgraph.store import Store
        with tempfile.TemporaryDirectory() as folder, Store(os.path.join(folder, "bench.duckdb")) as store:
            report = ingest_paths([path], store, workers=processes, worker_setup=newsgraph_worker_setup)
            failed = report.skipped
    end = time.time()
    cpu = cpu_seconds() - started_cpu
    if ready is None:  # the workers' own start-up is not counted: their CPU seconds at ready are taken off
        marks = [Path(ready_dir, n).read_text().split() for n in os.listdir(ready_dir) if not n.startswith(".")]
        ready = max(float(at) for at, _ in marks)
        cpu += cpu_seconds(resource.RUSAGE_CHILDREN) - sum(float(spent) for _, spent in marks)
    return dict(ready=ready, end=end, failed=failed, cpu=cpu,
                main_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                worker_mb=resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024 if processes > 1 else None)


def measure(kind: str, processes: int, path: Path) -> dict:
    """A run in a fresh Python process: its figures, and its whole wall time."""
    with tempfile.NamedTemporaryFile(suffix=".json") as result:
        started = time.time()
        subprocess.run([sys.executable, __file__, "--run", kind, str(processes), str(path), result.name], check=True)
        figures = json.loads(Path(result.name).read_text())
    figures["whole"] = figures["end"] - started
    figures["startup"] = figures["ready"] - started
    figures["seconds"] = figures["end"] - figures["ready"]
    return figures


# ------------------------------------------------------------------ the report

def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")),
               platform.processor()) if os.path.exists("/proc/cpuinfo") else platform.processor()
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2 ** 30
    import spacy
    return (f"{cpu}, {os.cpu_count()} logical cores, {memory:.1f} GB; Python {platform.python_version()}, "
            f"spaCy {spacy.__version__}, {model_name()}")


def load() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def row(label: str, processes: int, f: dict, articles: int, words: int) -> str:
    worker = f"{f['worker_mb']:6.0f}" if f["worker_mb"] else "     -"
    failed = f"  ({f['failed']} failed)" if f["failed"] else ""
    return (f"{label:24s} {processes:5d} {articles / f['seconds']:10.1f} {words / f['seconds']:9.0f} "
            f"{words / f['whole']:9.0f} {f['startup']:8.1f} {f['whole']:8.1f} {f['cpu']:7.1f} {f['main_mb']:7.0f} "
            f"{worker}{failed}")


HEADER = (f"{'':24s} {'procs':>5s} {'articles/s':>10s} {'words/s':>9s} {'whole w/s':>9s} {'start s':>8s} "
          f"{'whole s':>8s} {'cpu s':>7s} {'main MB':>7s} {'wrk MB':>6s}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", default="1,2", help="process counts to run, comma-separated (default 1,2)")
    parser.add_argument("--repeat", type=int, default=2,
                        help="copies of the corpus for the second figure (default 2; 0 or 1: none)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles (a quick check)")
    parser.add_argument("--kinds", default=",".join(KINDS), help="which runs (default spacy,analyze,ingest)")
    parser.add_argument("--lang", default="fr", help="the language measured: its articles and its pack's model "
                        "(default fr; en adds the PolNeAR texts of ../shared/gold/en-polnear when they are there)")
    parser.add_argument("--rounds", type=int, default=1,
                        help="run every configuration this many times, in turn, and report the medians (default 1)")
    parser.add_argument("--run", nargs=4, metavar=("KIND", "N", "INPUT", "RESULT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        kind, processes, path, result = args.run
        Path(result).write_text(json.dumps(run(kind, int(processes), path)))
        return
    counts = [int(n) for n in args.workers.split(",")]
    kinds = [k for k in args.kinds.split(",") if k]
    if set(kinds) - set(KINDS) or not counts or min(counts) < 1 or args.rounds < 1:
        parser.error("--kinds takes spacy, analyze, ingest; --workers and --rounds whole numbers of at least 1")
    os.environ["BENCH_LANG"] = args.lang  # read by write_corpus here and by each measured process
    print(f"machine: {machine()}")
    print(f"load average before: {load()} (1/5/15 min)")
    with tempfile.TemporaryDirectory(prefix="bench-speed-") as folder:
        unique = Path(folder, "unique.jsonl")
        articles, words = write_corpus(unique, limit=args.limit)
        print(f"texts: {articles} unique articles in {args.lang!r} (the bundled corpus's"
              f"{', and the PolNeAR texts of ../shared' if args.lang == 'en' and ENGLISH_TEXTS.is_dir() else ''}), "
              f"{words:,} words\n")
        runs: dict[tuple[str, int], list[dict]] = {}
        for round_ in range(args.rounds):
            print(f"round {round_ + 1} of {args.rounds}" if args.rounds > 1 else "", HEADER, sep="\n" if args.rounds > 1 else "")
            for n in counts:  # each kind right after the other, in the reverse order every other round
                for kind in round_order(kinds, round_):
                    runs.setdefault((kind, n), []).append(measure(kind, n, unique))
                    print(row(LABELS[kind], n, runs[kind, n][-1], articles, words), flush=True)
        figures = {key: median_figures(found) for key, found in runs.items()}
        if args.rounds > 1:
            print(f"\nthe median of the {args.rounds} rounds, figure by figure (words/s from the median seconds; "
                  "its lowest and highest over the rounds in brackets):")
            print(HEADER)
            for (kind, n), found in runs.items():
                spread = sorted(words / f["seconds"] for f in found)
                print(row(LABELS[kind], n, figures[kind, n], articles, words) +
                      f"  ({spread[0]:.0f}-{spread[-1]:.0f} words/s)")
        repeated = {}
        if args.repeat > 1:
            path = Path(folder, "repeated.jsonl")
            r_articles, r_words = write_corpus(path, repeat=args.repeat, limit=args.limit)
            print(f"\nthe same texts repeated {args.repeat}x ({r_articles} articles, {r_words:,} words), one process:")
            for kind in [k for k in ("spacy", "ingest") if k in kinds]:
                repeated[kind] = measure(kind, 1, path)
                print(row(LABELS[kind], 1, repeated[kind], r_articles, r_words), flush=True)
    print(f"\nload average after: {load()}")
    print_ratios(figures, repeated, counts, words, args.repeat, runs if args.rounds > 1 else None)


def median_figures(found: list[dict]) -> dict:
    """One run's figures from several rounds of it: each figure's median over the rounds (on a
    machine whose speed wanders by 15-25 % from minute to minute, one run is one sample)."""
    if len(found) == 1:
        return found[0]
    merged = dict(found[0])
    for key, value in found[0].items():
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            merged[key] = statistics.median(f[key] for f in found)
    return merged


def round_order(kinds: list[str], round_: int) -> list[str]:
    """The kinds in the order given in even rounds (the first is round 0), reversed in odd ones:
    the drift of the machine's speed over a pair of runs then favours each side in turn."""
    return list(kinds) if round_ % 2 == 0 else list(reversed(kinds))


def paired_ratios(runs: dict, kind: str, processes: int, figure: str) -> list[float]:
    """Round by round, spaCy's figure over `kind`'s (seconds after start-up, whole seconds or CPU
    seconds: the same words, so this is the ratio of the speeds); rounds where one of the two
    runs is missing are skipped."""
    return [spacy[figure] / other[figure]
            for spacy, other in zip(runs.get(("spacy", processes), []), runs.get((kind, processes), []))
            if other[figure] > 0]


def median_range(values: list[float]) -> str:
    """'median (lowest-highest)' of some ratios, or '' when there are none."""
    if not values:
        return ""
    return f"{statistics.median(values):.3f} ({min(values):.3f}-{max(values):.3f})"


def print_ratios(figures: dict, repeated: dict, counts: list[int], words: int, repeat: int,
                 runs: dict | None = None) -> None:
    speed = {key: words / f["seconds"] for key, f in figures.items()}
    whole = {key: words / f["whole"] for key, f in figures.items()}
    print("\nratios of words/s at equal process count, after start-up (whole process in brackets):")
    for kind in ("analyze", "ingest"):
        for n in counts:
            if (kind, n) in speed and ("spacy", n) in speed:
                print(f"  {LABELS[kind][:3]}/(a) with {n} process{'es' if n > 1 else ''}: "
                      f"{speed[kind, n] / speed['spacy', n]:.3f} ({whole[kind, n] / whole['spacy', n]:.3f})")
    print("the same ratios in CPU seconds after start-up (all processes; spaCy's over newsgraph's):")
    for kind in ("analyze", "ingest"):
        line = ", ".join(f"{n} process{'es' if n > 1 else ''} {figures['spacy', n]['cpu'] / figures[kind, n]['cpu']:.3f}"
                         for n in counts if (kind, n) in figures and ("spacy", n) in figures)
        if line:
            print(f"  {LABELS[kind][:3]}/(a): {line}")
    if runs:
        print("the same ratios paired: each round's spaCy run against its other run of that round, "
              "the median over the rounds (lowest-highest in brackets):")
        for kind in ("analyze", "ingest"):
            for n in counts:
                speed_pairs = paired_ratios(runs, kind, n, "seconds")
                if speed_pairs:
                    print(f"  {LABELS[kind][:3]}/(a) with {n} process{'es' if n > 1 else ''}: "
                          f"words/s {median_range(speed_pairs)}, "
                          f"whole process {median_range(paired_ratios(runs, kind, n, 'whole'))}, "
                          f"CPU {median_range(paired_ratios(runs, kind, n, 'cpu'))}")
    if "spacy" in repeated and "ingest" in repeated:
        print(f"  (c)/(a) on the {repeat}x repeated corpus, 1 process: "
              f"{repeated['spacy']['seconds'] / repeated['ingest']['seconds']:.3f} "
              f"({repeated['spacy']['whole'] / repeated['ingest']['whole']:.3f})")
    if 1 in counts:
        print("speed-up of N processes over 1, after start-up (whole process in brackets):")
        for n in [c for c in counts if c > 1]:
            ups = {kind: (speed[kind, n] / speed[kind, 1], whole[kind, n] / whole[kind, 1])
                   for kind in KINDS if (kind, n) in speed and (kind, 1) in speed}
            line = ", ".join(f"{kind} {up:.2f}x ({w:.2f}x)" for kind, (up, w) in ups.items())
            relative = "; ".join(f"{kind}'s / spaCy's {ups[kind][0] / ups['spacy'][0]:.3f}"
                                 for kind in ("analyze", "ingest") if kind in ups and "spacy" in ups)
            print(f"  {n} processes: {line}" + (f"; {relative}" if relative else ""))
    if "ingest" in repeated and ("ingest", 1) in figures:
        print(f"peak memory of (c) with 1 process: {figures['ingest', 1]['main_mb']:.0f} MB on the corpus, "
              f"{repeated['ingest']['main_mb']:.0f} MB on {repeat}x the corpus")


if __name__ == "__main__":
    main()
