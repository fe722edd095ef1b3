"""Send articles to a running `newsgraph serve` (what `newsgraph ingest --to URL` does).

The server owns its database file, so another process cannot write it; instead the articles
are posted in batches to `POST /api/articles`, where the server analyzes and stores them.
Standard library only (urllib): the client needs nothing the core install lacks.
"""
from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .errors import NewsgraphError, UsageError
from .model import Article

MAX_BATCH = 64                 # the server's own limit (web.schemas.MAX_BATCH)
MAX_BYTES = 12 * 1024 * 1024   # under the server's 16 MB body limit


class ServerError(NewsgraphError):
    """The server could not be reached, refused the request or failed."""

    code = "E090"


@dataclass
class Sent:
    """What happened to the articles sent: the server's answers added up."""
    read: int = 0
    added: int = 0
    already_stored: int = 0
    skipped: int = 0            # bad records, locally or on the server
    counts: dict[str, int] = field(default_factory=dict)
    started: float = field(default_factory=time.perf_counter)

    def summary(self, url: str) -> str:
        counts = self.counts or {}
        return (f"{self.read} article(s) sent, {self.added} added, {self.already_stored} already stored, "
                f"{self.skipped} skipped in {time.perf_counter() - self.started:.1f}s; the server's store holds "
                f"{counts.get('articles', '?')} articles, {counts.get('quotes', '?')} quotes ({url})")


def send_paths(paths: list[str], url: str, *, token: str | None, published: str | None = None,
               lang: str | None = None, batch_size: int = 16, stdin=None,
               report: Callable[[str], None] = print) -> Sent:
    """Read articles as `ingest` does and post them to the server; bad records are reported and skipped."""
    from .errors import InputError
    from .ingest import read_paths

    sent = Sent()
    articles = []
    for item in read_paths(paths, published=published, lang=lang, stdin=stdin):
        if isinstance(item, InputError):
            report(str(item))
            sent.skipped += 1
        else:
            articles.append(item)
    sent.read = len(articles)
    post_articles(url, articles, token=token, batch_size=batch_size, sent=sent, report=report)
    return sent


def _payload(article: Article) -> dict:
    fields = {"id": article.id, "text": article.text, "title": article.title, "published": article.published,
              "url": article.url, "lang": article.lang, "origin": article.origin}
    return {k: v for k, v in fields.items() if v is not None}


def _batches(articles: Iterable[Article], size: int) -> Iterable[list[dict]]:
    """Lists of at most `size` payloads and about MAX_BYTES of JSON."""
    batch, weight = [], 0
    for article in articles:
        payload = _payload(article)
        cost = len(json.dumps(payload, ensure_ascii=False).encode()) + 2
        if batch and (len(batch) >= size or weight + cost > MAX_BYTES):
            yield batch
            batch, weight = [], 0
        batch.append(payload)
        weight += cost
    if batch:
        yield batch


def post_articles(url: str, articles: Iterable[Article], *, token: str | None, batch_size: int = 16,
                  timeout: float = 600, sent: Sent | None = None, report: Callable[[str], None] = print) -> Sent:
    """Post the articles to the server at URL in batches; returns what the server did with them."""
    if not url.startswith(("http://", "https://")):
        raise UsageError(f"--to needs a server address like http://127.0.0.1:8000, not {url!r}")
    if not 1 <= batch_size <= MAX_BATCH:
        raise UsageError(f"--batch-size must be between 1 and {MAX_BATCH} when sending to a server")
    endpoint = url.rstrip("/") + "/api/articles"
    sent = sent or Sent()
    for batch in _batches(articles, batch_size):
        answer = _post(endpoint, {"articles": batch}, token, timeout)
        sent.added += answer["added"]
        sent.already_stored += answer["already_stored"]
        sent.skipped += answer["failed"]
        for error in answer["errors"]:
            report(error["error"])
        sent.counts = answer["counts"]
    return sent


def _post(endpoint: str, body: dict, token: str | None, timeout: float) -> dict:
    data = json.dumps(body, ensure_ascii=False).encode("utf-8")
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(endpoint, data=data, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as error:
        try:
            reason = json.loads(error.read().decode("utf-8")).get("error", "")
        except (ValueError, AttributeError):
            reason = ""
        hint = " (pass --token or set NEWSGRAPH_TOKEN)" if error.code in (401, 403) else ""
        raise ServerError(f"{endpoint}: the server answered {error.code}: {reason or error.reason}{hint}") from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise ServerError(f"{endpoint}: cannot reach the server ({reason}); is `newsgraph serve` running?") from None
    except ValueError:
        raise ServerError(f"{endpoint}: the answer is not JSON; is this a newsgraph server?") from None
