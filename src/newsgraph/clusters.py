"""The same quote across articles: when two quotes are one, and how a variant differs.

A quote is reduced to its words (case and accents folded) and compared by the Jaccard
similarity of its words and pairs of adjacent words: one word changed in a quote of twelve keeps
about 0.77, two words 0.59, a quote cut by a third about 0.6, while two different sentences that
share a few common words stay near 0.1. Word pairs keep some order, so a sentence is not the same
quote as its words reshuffled. Quotes of fewer than MIN_WORDS words are not clustered: "c'est
inacceptable" said by two people is not one quote.

`cluster_quotes(store)` clusters the stored quotes that have no cluster yet, or whose text
changed; a cluster is named after its first appearance (earliest published, then article and
position), so its id does not depend on the order the quotes were stored in.

Candidates are found with LSH bands over a MinHash of those features. BANDS x ROWS is datasketch's
choice for a threshold of 0.3 with 64 permutations, below the 0.5 a pair must reach, so that
pairs at 0.5 meet in a band 94% of the time and pairs at 0.6 99%; each candidate pair is then
checked on the exact similarity, from the words.
"""
from __future__ import annotations

import difflib
import hashlib
from typing import Any

from .dedup import CHUNK, Components, band_keys, fold_words, minhash_values

NUM_PERM = 64
BANDS, ROWS = 21, 3
MIN_WORDS = 6
# no two quotes of different articles in the bundled corpus (647 quotes of six words or more)
# reach 0.33; a quote with two words of twelve changed keeps 0.59, with three 0.48
MIN_SIMILARITY = 0.45


def quote_words(text: str) -> list[str]:
    return fold_words(text)


def features(words: list[str]) -> set[bytes]:
    found = {w.encode("utf-8") for w in words}
    found.update(f"{a} {b}".encode("utf-8") for a, b in zip(words, words[1:]))
    return found


def clusterable(words: list[str]) -> bool:
    return len(words) >= MIN_WORDS


def quote_signature(words: list[str]) -> tuple[int, ...]:
    return minhash_values(features(words), NUM_PERM)


def similarity(a: list[str], b: list[str]) -> float:
    return jaccard(features(a), features(b))


def jaccard(fa: set, fb: set) -> float:
    return len(fa & fb) / len(fa | fb) if fa or fb else 0.0


def same_quote(a: list[str], b: list[str]) -> bool:
    return clusterable(a) and clusterable(b) and similarity(a, b) >= MIN_SIMILARITY


def word_changes(first: list[str], variant: list[str]) -> dict[str, list[str]]:
    """What a variant changes in the first appearance's words: runs removed and runs added.

    "ne cedera pas" -> "ne cedera jamais" gives {"removed": ["pas"], "added": ["jamais"]};
    a quote cut short only removes.
    """
    removed, added = [], []
    matcher = difflib.SequenceMatcher(a=first, b=variant, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op in ("replace", "delete"):
            removed.append(" ".join(first[i1:i2]))
        if op in ("replace", "insert"):
            added.append(" ".join(variant[j1:j2]))
    return {"removed": removed, "added": added}


def cluster_quotes(store, chunk: int = CHUNK) -> int:
    """Cluster the stored quotes that have none (new, or re-analysed). Returns how many."""
    store.drop_stale_quotes()
    done = 0
    while pending := store.unclustered_quotes(chunk):
        rows, bands, keys = [], [], []
        for article_id, idx, text in pending:
            words = quote_words(text)
            fingerprint = hashlib.md5(text.encode("utf-8")).hexdigest()
            cluster = None
            if clusterable(words):
                keys.append((article_id, idx))
                cluster = cluster_id(article_id, idx)  # alone, a quote is its own cluster
                bands += [(article_id, idx, band, key) for band, key in
                          enumerate(band_keys(quote_signature(words), BANDS, ROWS))]
            rows.append((article_id, idx, cluster, " ".join(words), fingerprint))
        with store.index_transaction():
            store.add_quote_rows(rows, bands)
            if keys:
                _join_clusters(store, keys)
        done += len(pending)
    return done


def _join_clusters(store, keys: list[tuple[str, int]]) -> None:
    pairs = store.quote_band_pairs(keys)
    if not pairs:
        return
    involved = sorted({(a, i) for a, i, _, _ in pairs} | {(b, j) for _, _, b, j in pairs})
    index = store.quote_index_rows(involved)
    # a quote meets many candidates by chance (LSH at a low threshold: 7,940 pairs for 1,356
    # English quotes), so its features are built once, not once per pair
    found = {key: index[key][1].split() for key in involved}
    found = {key: features(words) for key, words in found.items() if clusterable(words)}
    edges = [((a, i), (b, j)) for a, i, b, j in pairs
             if (a, i) in found and (b, j) in found and jaccard(found[(a, i)], found[(b, j)]) >= MIN_SIMILARITY]
    if not edges:
        return
    members = store.cluster_members(sorted({index[key][0] for edge in edges for key in edge}))
    groups = Components()
    founders: dict[str, tuple] = {}
    for article_id, idx, cluster, _ in members:
        groups.join((article_id, idx), founders.setdefault(cluster, (article_id, idx)))
    for a, b in edges:
        groups.join(a, b)
    published = {(a, i): p for a, i, _, p in members}
    updates = []
    for group in groups.sets():
        first = min(group, key=lambda key: (published.get(key) is None, published.get(key) or "", key))
        updates += [(a, i, cluster_id(*first)) for a, i in group]
    store.set_clusters(updates)


def cluster_id(article_id: str, idx: int) -> str:
    """A cluster's id names its first appearance (article and quote), hashed to a short word."""
    return "qc" + hashlib.sha1(f"{article_id}\x00{idx}".encode("utf-8")).hexdigest()[:14]


def cluster_appearances(store, cluster: str) -> list[dict[str, Any]]:
    """Every appearance of a cluster (originals only), the first first; a variant says what it
    removes from the first appearance's words and what it adds."""
    rows = store.quote_cluster(cluster)
    if not rows:
        return rows
    first = rows[0]["words"].split()
    for row in rows:
        words = row.pop("words").split()
        row["variant"] = words != first
        changes = word_changes(first, words) if row["variant"] else {"removed": [], "added": []}
        row["removed"], row["added"] = "; ".join(changes["removed"]), "; ".join(changes["added"])
    rows.columns = [c for c in rows.columns if c != "words"] + ["variant", "removed", "added"]
    return rows
