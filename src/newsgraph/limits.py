"""The limits that keep one input from exhausting a worker, in one place.

Memory is bounded by the batch, not by the input: a file (or one JSON line) is read up to
MAX_INPUT_BYTES and refused beyond it, a text is analysed up to MAX_TEXT_CHARS and refused
beyond it, and a text longer than WINDOW_CHARS is parsed window by window (whole paragraphs),
because the parser needs about 1 GB of working memory per 100,000 characters (spaCy's
documentation for `max_length`). Every article gets a time budget.
"""
from __future__ import annotations

MAX_INPUT_BYTES = 16 * 1024 * 1024  # one file or one JSON line: a large HTML page is a few MB
MAX_TEXT_CHARS = 1_000_000  # spaCy's own default max_length; no news article comes near it
WINDOW_CHARS = 100_000  # longer texts are analysed in windows of whole paragraphs
TIME_BUDGET_SECONDS = 120.0  # per article; an ordinary article takes well under a second
