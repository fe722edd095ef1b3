"""Near-duplicate articles (the same wire story syndicated by several outlets): MinHash signatures
over word shingles, and the rule that says two signatures are copies of one story.

A story copied by another outlet keeps most of its runs of words: its headline changes, a
dateline is added, a paragraph is cut, a word is mistyped. Each article is reduced to the set of
its shingles (runs of SHINGLE_WORDS words, case and accents folded) and the set to a MinHash
signature (datasketch), whose agreement estimates the Jaccard similarity of two sets. Two
articles are near-duplicates when that similarity is at least MIN_JACCARD and most of the
shorter one's shingles are in the longer one (MIN_CONTAINMENT): a copy cut by half is still a
copy, two articles that share a paragraph of wire copy and add their own reporting are not.

Candidates are found with LSH bands: signatures that agree on every row of at least one band.
BANDS x ROWS are datasketch's own choice for a Jaccard threshold of 0.3 with 128 permutations
(`MinHashLSH(threshold=0.3, num_perm=128)`): pairs at 0.4 meet in a band 91% of the time, pairs
at 0.5 99%, unrelated pairs on the same topic (0.05–0.09 measured on the bundled corpus) 0.4–3%.
The bands are kept in the store (store/index.py), so the index survives across ingests. They
are fixed here rather than recomputed, because a band computed differently would never meet
the bands already stored. (datasketch's own MinHashLSH holds its index in memory, or in Redis
or Cassandra: kept in DuckDB, it persists with the records and one join finds the candidates of
a whole chunk.)

`link_duplicates(store)` brings the links level with the stored articles, whatever wrote them:
it signs the articles that have no signature, then compares the new signatures with all the
others. Groups are the connected components of the pairs found; finding a pair does not depend
on which article came first, so the groups and their originals do not depend on the order the
articles were stored in.

Measured on the bundled corpus (191 articles): no two distinct articles have a containment above
0.19; copies made from them (new headline, a dateline, one paragraph of five or more dropped,
three typos) 0.75 or more (median 0.96).
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from functools import cache

import numpy as np

SHINGLE_WORDS = 3
NUM_PERM = 128
SEED = 1
# named, not left to datasketch's default: signatures of another scheme cannot be compared with
# the ones already stored
SCHEME = "affine32"
BANDS, ROWS = 37, 3
MIN_JACCARD = 0.3
MIN_CONTAINMENT = 0.7
# a text of fewer shingles is not compared: too short for its shingles to say it is a copy (an
# exact copy already shares its content id with the text it copies)
MIN_SHINGLES = 20
CHUNK = 2000  # articles signed, or compared, per transaction

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Signature:
    """The MinHash of one article: its number of distinct shingles and NUM_PERM hash minima.

    The minima are 32-bit; they are kept as signed 32-bit integers (the store's INTEGER, which
    Parquet and Spark also have: neither has an unsigned type). Only their equality is used.
    """
    shingles: int
    values: tuple[int, ...]


class _NoCombining(dict):
    """str.translate table that drops combining characters (filled on first sight of each
    character: a translate runs in C, where a test per character in Python cost a third of a
    second per corpus run)."""

    def __missing__(self, code: int) -> str | None:
        kept = self[code] = None if unicodedata.combining(chr(code)) else chr(code)
        return kept


_NO_COMBINING = _NoCombining()


def fold_words(text: str) -> list[str]:
    """The words of a text, case and accents folded: "Élysée" and "elysee" are one word."""
    return _WORD.findall(unicodedata.normalize("NFKD", text.casefold()).translate(_NO_COMBINING))


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    words = fold_words(text)
    return {" ".join(run).encode("utf-8") for run in zip(*(words[i:] for i in range(size)))}


@cache
def _template(num_perm: int):
    """An empty MinHash of the scheme, copied for each set (datasketch's own `generator` way of
    sharing the permutations, built once, between sketches)."""
    from datasketch import MinHash
    return MinHash(num_perm=num_perm, seed=SEED, scheme=SCHEME)


def minhash_values(features: set[bytes], num_perm: int) -> tuple[int, ...]:
    """datasketch's MinHash of a set of byte strings, its 32-bit minima as signed integers
    (a minimum does not depend on the order the set is read in)."""
    sketch = _template(num_perm).copy()
    sketch.update_batch(features)
    return tuple(np.asarray(sketch.hashvalues).astype(np.uint32).view(np.int32).tolist())


def signature(text: str) -> Signature | None:
    """The signature of an article's text, None when it is too short to be compared."""
    return _signature(shingles(text))


def _signature(found: set[bytes]) -> Signature | None:
    if len(found) < MIN_SHINGLES:
        return None
    return Signature(len(found), minhash_values(found, NUM_PERM))


def band_keys(values, bands: int = BANDS, rows: int = ROWS) -> list[int]:
    """One key per LSH band (a signed 64-bit integer, as the store keeps it): two signatures
    that agree on every row of a band have the same key for it."""
    array = np.asarray(values, dtype=np.int64).astype(np.int32)
    keys = []
    for band in range(bands):
        digest = hashlib.blake2b(array[band * rows:(band + 1) * rows].tobytes(), digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def similarity(a: Signature, b: Signature) -> tuple[float, float]:
    """(Jaccard, containment) of two articles' shingle sets, estimated from their signatures.

    Containment is the share of the smaller set found in the larger: |A ∩ B| / min(|A|, |B|),
    with |A ∩ B| = J (|A| + |B|) / (1 + J).
    """
    jaccard = float(np.mean(np.asarray(a.values) == np.asarray(b.values)))
    shared = jaccard * (a.shingles + b.shingles) / (1 + jaccard)
    return jaccard, min(1.0, shared / min(a.shingles, b.shingles))


def is_near_duplicate(jaccard: float, containment: float) -> bool:
    return jaccard >= MIN_JACCARD and containment >= MIN_CONTAINMENT


def original_key(published: str | None, length: int, article_id: str) -> tuple:
    """The order that names a group's original: the earliest published (undated last), then the
    longest text (copies are cut more often than extended), then the id, so the choice does not
    depend on the order the copies were read in."""
    return (published is None, published or "", -length, article_id)


def minhash_row(article_id: str, text: str) -> tuple:
    """The store's `minhashes` row of an article (a NULL signature for a text too short to compare)."""
    found = shingles(text)
    sign = _signature(found)
    if sign is None:
        return (article_id, len(found), None)
    return (article_id, sign.shingles, list(sign.values))


def link_duplicates(store, chunk: int = CHUNK) -> tuple[int, int]:
    """Sign the stored articles that have no signature, and link each new signature's article to
    the group it copies. Returns (articles signed, signatures compared)."""
    signed = compared = 0
    while rows := store.unsigned_articles(chunk):
        store.add_minhashes([minhash_row(i, text) for i, text in rows])
        signed += len(rows)
    while pending := store.unlinked_signatures(chunk):
        bands = [(i, band, key) for i, _, values in pending for band, key in enumerate(band_keys(values))]
        with store.index_transaction():
            store.add_article_bands(bands)  # first: pairs within the chunk are found too
            pairs = store.article_band_pairs([row[0] for row in pending])
            signatures = {i: Signature(n, tuple(v)) for i, (n, v) in
                          store.article_signatures({i for pair in pairs for i in pair}).items()}
            edges = [(a, b) for a, b in pairs if is_near_duplicate(*similarity(signatures[a], signatures[b]))]
            if edges:
                _regroup(store, edges)
        compared += len(pending)
    return signed, compared


def _regroup(store, edges: list[tuple[str, str]]) -> None:
    """Merge the groups the new pairs join; each merged group names its original again."""
    touched = {i for edge in edges for i in edge}
    known = store.duplicate_links(touched)
    groups = Components()
    for copy, original in known:
        groups.join(copy, original)
    for a, b in edges:
        groups.join(a, b)
    members = sorted({i for pair in known for i in pair} | touched)
    facts = store.article_facts(members)
    signatures = {i: Signature(n, tuple(v)) for i, (n, v) in store.article_signatures(members).items()}
    rows = []
    for group in groups.sets():
        original = min(group, key=lambda i: original_key(*facts.get(i, (None, 0)), i))
        rows += [(copy, original, *similarity(signatures[copy], signatures[original]))
                 for copy in sorted(group - {original})]
    store.replace_duplicate_links(members, rows)


class Components:
    """Union-find: the connected components of the pairs joined."""

    def __init__(self):
        self.parent: dict = {}

    def find(self, key: Hashable):
        self.parent.setdefault(key, key)
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def join(self, a: Hashable, b: Hashable) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def sets(self) -> Iterable[set]:
        found: dict = {}
        for key in self.parent:
            found.setdefault(self.find(key), set()).add(key)
        return list(found.values())
