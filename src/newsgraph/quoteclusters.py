"""The same quote across articles: when two quotes are one, and how a variant differs.

A quote is reduced to its words (case and accents folded) and compared by the Jaccard
similarity of its words and pairs of adjacent words: one word changed in a quote of twelve keeps
about 0.7, two words 0.6, a quote cut by a third about 0.6, while two different sentences that
share a few common words stay near 0.1. Word pairs keep some order, so a sentence is not the same
quote as its words reshuffled. Quotes of fewer than MIN_WORDS words are not clustered: "c'est
inacceptable" said by two people is not one quote.

Candidates are found with LSH bands over a MinHash of those features. BANDS x ROWS is datasketch's
choice for a threshold of 0.3 with 64 permutations, below the 0.5 a pair must reach, so that
pairs at 0.5 meet in a band 94% of the time and pairs at 0.6 99%; each candidate pair is then
checked on the exact similarity, from the words.
"""
from __future__ import annotations

import difflib

from .dedup import fold_words, minhash_values

NUM_PERM = 64
BANDS, ROWS = 21, 3
MIN_WORDS = 6
MIN_SIMILARITY = 0.5


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
    fa, fb = features(a), features(b)
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
