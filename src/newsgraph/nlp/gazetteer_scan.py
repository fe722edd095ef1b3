"""The gazetteer scan of an article: every listed name in the text (countries, capitals, seats,
organisations, media; a name whose article is contracted into a preposition: "au Monde"), the full
names a recogniser cut into pieces, and the names it missed. actors.py adds what the scan finds to
the article's index."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..gazetteer import Gazetteer
from ..lang import LanguagePack
from .actor_index import ActorIndex
from .actor_lexicon import actor_lexicon
from .context import pack_of
from .lexicon import state_nouns
from .name_scan import NameScanner
from .textutil import entities_of, fold_same_length, text_of


def gazetteer_hits(doc: Doc, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Every gazetteer name in the text (folded), once per article, as (start, end) of the name."""
    folded = fold_same_length(text_of(doc))
    contracted = [m.span(m.lastindex) for m in contracted_pattern(gaz, pack_of(doc)).finditer(folded)]
    return gaz_scanner(gaz).find(folded) + contracted


def prefer_longer_names(doc: Doc, gaz: Gazetteer, named: list, hits: list[tuple[int, int]]) -> list:
    """A known organisation's full name beats the pieces the NER cut it into:
    "Europe Écologie Les Verts" tagged as "Europe" (LOC) and "Les Verts" (ORG)."""
    text = text_of(doc)
    for s, e in hits:
        name = text[s:e]
        if " " not in name or not name[:1].isupper() or gaz.country(name) is not None or \
                (gaz.organization(name) is None and gaz.media(name) is None):
            continue
        inside = [span for span in named if s <= span.start_char and span.end_char <= e]
        if not inside or any(span.end_char - span.start_char >= e - s for span in inside) or \
                any(span.start_char < e and s < span.end_char and span not in inside for span in named):
            continue
        whole = doc.char_span(s, e, alignment_mode="expand")
        if whole is None or whole.text != name:
            continue
        named = [span for span in named if span not in inside] + [whole]
    return named


def scan_gazetteer(doc: Doc, index: ActorIndex, gaz: Gazetteer, hits: list[tuple[int, int]]) -> list[Span]:
    """Country names, capitals, seats and organisation names the NER missed."""
    spans = []
    covered = [(m.start, m.end) for m in index.mentions] + \
        [(e.start_char, e.end_char) for e in entities_of(doc) if gaz.country(e.text) is None and
         sum(t.pos_ != "DET" for t in e) > 1  # "l'État" tagged with its article is one word
         and not _state_body_of_named_state(doc, e, gaz)]
    for s, e in hits:
        if any(cs < e and s < ce for cs, ce in covered):
            continue
        surface = text_of(doc)[s:e]
        if surface.islower() and len(surface) < 5:
            continue  # "ue" inside words etc.
        if not surface[:1].isupper() and not _brand_as_listed(gaz, surface) and \
                not _lowercase_name_as_listed(gaz, surface):
            # names are capitalised; lowercase hits are common words, but a listed form that
            # opens with its kind's noun ("le groupe État islamique") holds the name after it
            s = _name_in_alias(gaz, surface, s)
            if s is None:
                continue
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None and not (len(span) == 1 and span[0].pos_ == "NUM"):
            # a listed name spelled as a number ("les Vingt-Sept") is no name where the parse
            # reads it as a count of the noun after it ("Vingt-sept soldats ont été tués")
            spans.append(span)
    return spans


def _state_body_of_named_state(doc: Doc, ent: Span, gaz: Gazetteer) -> bool:
    """A description the NER ran into one name, of a state's body headed by a state noun in
    lower case and closed by its state's name ("ministère des Affaires étrangères du Mali"): no
    organisation of its own (`unlisted_span` drops it), so the state's name in it is left to
    the scan, as it is when the NER stops before it ("… de la | Norvège")."""
    first = ent[0] if ent[0].pos_ != "DET" else ent[min(1, len(ent) - 1)]
    if not first.text.islower() or fold_same_length(first.lower_) not in \
            {fold_same_length(w) for w in state_nouns(pack_of(doc))}:
        return False
    for k in range(max(1, len(ent) - 3), len(ent)):  # "du Mali", "du Burkina Faso"
        last = gaz.country(ent[k:].text)
        if last is not None and ent[k - 1].pos_ in ("ADP", "DET"):
            return last.match not in ("capital", "demonym")
    return False


def _brand_as_listed(gaz: Gazetteer, surface: str) -> bool:
    """Is the lower-case hit a medium's brand of one word written exactly as listed, a capital or
    a digit inside it ("i24NEWS", "i24news", "eNCA", "7sur7.cd")? No common word is written so
    ("24 heures" and "20 minutes" have a space: left out)."""
    entry = gaz.media(surface)
    return entry is not None and " " not in surface and surface in (entry.name, *entry.aliases) and \
        any(c.isupper() or c.isdigit() for c in surface)


def _lowercase_name_as_listed(gaz: Gazetteer, surface: str) -> bool:
    """Is the lower-case hit an organisation's name the list itself writes in lower case, as French
    writes some groups ("les talibans", "les rebelles houthis", "les shebab")? Its curator chose the
    lower case, so the form names the group; only an exact, capital-free alias counts."""
    entry = gaz.organization(surface)
    return entry is not None and surface.islower() and surface in entry.aliases


def _name_in_alias(gaz: Gazetteer, surface: str, start: int) -> int | None:
    """Where the capitalised name inside a lowercase-opening listed form starts ("groupe État
    islamique" -> "État islamique"), when that name is listed for the same organisation."""
    first = next((m.start() for m in re.finditer(r"(?<![\w\-])[^\W\d_]", surface) if surface[m.start()].isupper()),
                 None)
    whole = gaz.organization(surface)
    if first is None or whole is None:
        return None
    name = gaz.organization(surface[first:])
    return start + first if name is not None and name.id == whole.id else None


def scanned_forms(gaz: Gazetteer) -> frozenset[str]:
    """The gazetteer's surface forms (folded) the scan looks for: countries, capitals, seats,
    organisations and media, two characters or more."""
    return frozenset(f for f in gaz.surface_forms() if len(f) >= 2)


@lru_cache(maxsize=8)  # holds the gazetteer, so a cached scanner never serves another
def gaz_scanner(gaz: Gazetteer) -> NameScanner:
    """One automaton of every scanned form; built once per gazetteer."""
    return NameScanner(scanned_forms(gaz))


@lru_cache(maxsize=8)
def contracted_pattern(gaz: Gazetteer, pack: LanguagePack) -> re.Pattern:
    """Names whose article is contracted into a preposition: "au Monde", "du Figaro", "aux Échos".

    One group per article, so `match.lastindex` is the name without its article."""
    by_article: dict[str, list[str]] = {}
    for contraction, article in actor_lexicon(pack).contracted_article.items():
        by_article.setdefault(fold_same_length(article), []).append(re.escape(contraction))
    forms = gaz.surface_forms(("media", "organization"))
    branches = []
    for article, contractions in by_article.items():
        prefix = f"{article} "
        rests = {f[len(prefix):] for f in forms if f.startswith(prefix) and len(f) > len(prefix) + 2}
        names = "|".join(re.escape(f) for f in sorted(rests, key=len, reverse=True))
        # (the title may stand in quotation marks: "au « Monde »", 'du "Figaro"')
        branches.append(rf"(?:{'|'.join(contractions)})\s+(?:[«\"“']\s*)?({names})")
    return re.compile(rf"(?<![\w\-])(?:{'|'.join(branches)})(?![\w\-])")
