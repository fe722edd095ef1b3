"""Small WARC archives for the tests, built from the bundled corpus's HTML pages.

Records are written as the WARC 1.0 format lays them out (a header block, a blank line, the
block, two line breaks); in a .warc.gz each record is its own gzip member, as crawlers write
them. The pieces are kept so a test can corrupt one record and know its offset.
"""
from __future__ import annotations

import gzip
import uuid
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).parent.parent
CORPUS_PAGES = sorted((ROOT / "corpus" / "wikinews-fr-2012").glob("*.html"))


def warc_record(kind: str, url: str, block: bytes, *, date: str = "2012-08-27T10:00:00Z",
                content_type: str = "application/http; msgtype=response") -> bytes:
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
            f"WARC-Date: {date}\r\nWARC-Target-URI: {url}\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(block)}\r\n\r\n").encode("ascii")
    return head + block + b"\r\n\r\n"


def http_response(body: bytes, *, status: str = "200 OK", content_type: str = "text/html; charset=utf-8",
                  extra: str = "") -> bytes:
    return (f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n"
            f"{extra}\r\n").encode("ascii") + body


@dataclass
class Archive:
    """The records of an archive, in order, with a name for each (to find its offset)."""
    records: list[tuple[str, bytes]] = field(default_factory=list)

    def page(self, name: str, html: str | bytes, *, url: str | None = None, date: str = "2012-08-27T10:00:00Z",
             status: str = "200 OK", content_type: str = "text/html; charset=utf-8", extra: str = "") -> "Archive":
        body = html.encode("utf-8") if isinstance(html, str) else html
        url = url or f"https://fr.wikinews.org/wiki/{name}"
        request = f"GET /wiki/{name} HTTP/1.1\r\nHost: fr.wikinews.org\r\n\r\n".encode("ascii")
        self.records.append((f"{name}/request", warc_record("request", url, request, date=date,
                                                             content_type="application/http; msgtype=request")))
        self.records.append((name, warc_record("response", url, http_response(body, status=status,
                                                                               content_type=content_type,
                                                                               extra=extra), date=date)))
        return self

    def write(self, path: Path, *, gzipped: bool = True, corrupt: str | None = None) -> dict[str, int]:
        """Write the archive; `corrupt` names a record whose bytes are damaged. Returns the
        offset of each record."""
        offsets, position, parts = {}, 0, []
        info = warc_record("warcinfo", "", b"software: newsgraph tests\r\n", content_type="application/warc-fields")
        for name, record in [("warcinfo", info)] + self.records:
            data = gzip.compress(record, mtime=0) if gzipped else record
            if name == corrupt:
                data = _damage(data, gzipped)
            offsets[name] = position
            parts.append(data)
            position += len(data)
        path.write_bytes(b"".join(parts))
        return offsets


def _damage(data: bytes, gzipped: bool) -> bytes:
    """Flip bytes in the middle of a record: a gzip member that no longer inflates, or (plain)
    a header line that no longer parses."""
    damaged = bytearray(data)
    if gzipped:
        for k in range(len(data) // 3, len(data) // 3 + 64):
            damaged[k] ^= 0x5A
        return bytes(damaged)
    return data.replace(b"WARC-Type:", b"WARC\x00Type", 1).replace(b"Content-Length:", b"Content-Lenght:", 1)


def corpus_archive(n: int = 3) -> Archive:
    archive = Archive()
    for page in CORPUS_PAGES[:n]:
        archive.page(page.stem, page.read_bytes())
    return archive
