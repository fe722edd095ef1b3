"""Language packs: one folder of data files per language (`lang/<xx>/`), read by one loader.

    >>> from newsgraph.lang import load_pack
    >>> load_pack("fr").words("negations")
"""
from __future__ import annotations

from functools import cache
from importlib import resources

from ..errors import PackError, UsageError
from .pack import LanguagePack, Row, pack_root

__all__ = ["LanguagePack", "PackError", "Row", "available_languages", "load_pack"]


@cache
def available_languages() -> tuple[str, ...]:
    """Codes of the packs shipped in the package, sorted."""
    root = resources.files("newsgraph.lang")
    return tuple(sorted(entry.name for entry in root.iterdir()
                        if entry.is_dir() and pack_root(entry.name) is not None))


@cache
def load_pack(code: str) -> LanguagePack:
    """The pack of a language code ("fr"), loaded once per process."""
    root = pack_root(code)
    if root is None:
        raise UsageError(f"no language pack for {code!r} (available: {', '.join(available_languages())})")
    return LanguagePack(code, root)
