"""The article's own outlet, read from its address: a mention of it is no source.

GUIDELINES §3 counts no "article's own outlet and byline": a Radio Okapi piece that writes "a
confié à Radio Okapi un notable" tells what its own reporter heard, it cites no medium. The
outlet is known from the article's `url` (JSON Lines, an HTML page's canonical address, a WARC
record's target): its host names the site ("www.radiookapi.net", "ici.radio-canada.ca",
"7sur7.cd"), which the media list (data/media.tsv) holds under a name or an alias. Nothing is
guessed without an address, nor for a host the list does not know (or knows twice).

Without an address, the text may sign itself: a closing paragraph that is only a listed outlet's
name, bare or in brackets ("RTS", "(7SUR7.CD)"), is the outlet's signature, as an agency's
"(AFP)" is its dispatch credit; an outlet that is no agency signs only its own pieces. And the
outlet that reached someone for a statement ("joint par Le Devoir", pack `reaching_participles`)
did its own newsgathering: outlets cite each other by what was said to them ("a déclaré au Devoir");
so did the outlet whose request got no answer ("n'a pas répondu aux sollicitations de la RTS",
pack `unanswered_requests`): no statement was given through it. A site writes its own name in
capitals ("a constaté 7SUR7.CD", "interrogé par ACTUALITE.CD"), where others write it as the list
does ("selon 7sur7.cd"): a listed outlet cited in capitals that none of its names is written in is
the article's own.
"""
from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from ..gazetteer import Gazetteer
from ..gazetteer_data import MediaEntry
from ..lang import LanguagePack
from ..textfold import fold
from .lexicon import function_words
from .textutil import strip_article

_NOT_ALNUM = re.compile(r"[\W_]+")
# the closing paragraph of a signed piece: a name alone, bare or in brackets, after a dash or not
# ("RTS", "(7SUR7.CD)", "— Le Temps"); a name of a few words, with no full stop of a sentence
_SIGNATURE = re.compile(r"(?:^|\n)[ \t]*(?:[—–-][ \t]*)?\(?(?P<name>[^()\n.!?«»\"]{2,40}(?:\.[A-Za-z]{2,4})?)\)?[ \t]*$")
# the same signature run into the last sentence after its final mark, where a scraper lost the
# paragraph break ("… rapportent des médias locaux.RTS", "… les Rohingyas. RTS"): a name opening
# with a capital or a bracket, with no mark of a sentence, to the text's end
_RUN_IN_SIGNATURE = re.compile(r"(?<=[.!?…»”\"])[ \t\u00a0]*(?:[—–-][ \t]*)?\(?"
                               r"(?P<name>[A-Z0-9À-Þ][^()\n.!?«»\"]{1,39}(?:\.[A-Za-z]{2,4})?)\)?[ \t]*$")

# a name in capital letters, of a few words ("7SUR7.CD", "ACTUALITE.CD", "RADIO OKAPI")
_CAPITALS = re.compile(r"(?<![\w.'’])[A-Z0-9À-Þ](?:[A-Z0-9À-Þ.'’&-]*[A-Z0-9À-Þ])?"
                       r"(?:[ \u00a0][A-Z0-9À-Þ](?:[A-Z0-9À-Þ.'’&-]*[A-Z0-9À-Þ])?){0,3}(?![\w])")
# the fewest letters of a name in capitals read as a site's own style (fewer make an acronym)
CAPITAL_LETTERS = 4


def _squashed(name: str) -> str:
    """A name as a host writes it: folded, without spaces, dots, hyphens or apostrophes
    ("Radio-Canada" -> "radiocanada", "Le Soir" -> "lesoir", "7sur7.cd" -> "7sur7cd")."""
    return _NOT_ALNUM.sub("", fold(name).lower())


@lru_cache(maxsize=4)
def _by_squashed(gazetteer: Gazetteer, pack: LanguagePack | None) -> dict[str, MediaEntry | None]:
    """Every medium's names and aliases, squashed, to the medium (None where two media share one);
    a name whose article the site drops is known without it too ("journaldequebec.com" for "Le
    Journal de Québec", "humanite.fr" for "L'Humanité": the pack's article_prefixes), and an alias
    with the name's article ("lejdd.fr")."""
    found: dict[str, MediaEntry | None] = {}
    for outlet in gazetteer.media_outlets:
        names = (outlet.name, *outlet.aliases)
        bare = [strip_article(n, pack)[0] for n in names] if pack is not None else []
        for form in (*names, *(b for b, n in zip(bare, names) if b != n and (" " in n.strip() or "'" in n[:3])),
                     *_with_the_article(outlet, pack)):
            key = _squashed(form)
            if len(key) < 3:
                continue  # (a host label of two letters is a language or a country: "fr.", ".ch")
            if key in found and found[key] is not None and found[key].id != outlet.id:
                found[key] = None
            else:
                found.setdefault(key, outlet)
    return found


def _with_the_article(outlet: MediaEntry, pack: LanguagePack | None) -> list[str]:
    """The article of the outlet's name before each alias that has none: sites often write their
    short name so ("lejdd.fr" for "Le Journal du dimanche", JDD; "lhuma" for L'Huma)."""
    if pack is None:
        return []
    cut = strip_article(outlet.name, pack)[1]
    if not cut:
        return []
    article = outlet.name[:cut]
    return [article + alias for alias in outlet.aliases if not strip_article(alias, pack)[1]]


def outlet_of(url: str | None, gazetteer: Gazetteer, pack: LanguagePack | None = None) -> MediaEntry | None:
    """The listed medium whose site the address is on, or None. The registered domain with its
    suffix is tried first ("7sur7.cd" is not "7sur7.be"), then each label of the host from the
    right ("radio-canada" of "ici.radio-canada.ca", "radiookapi" of "www.radiookapi.net")."""
    if not url or not isinstance(url, str):
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    labels = host.split(".")
    known = _by_squashed(gazetteer, pack)
    for key in (_squashed("".join(labels[-2:])), *(_squashed(label) for label in reversed(labels[:-1]))):
        if key in known:
            return known[key]  # (None for a key two media share: nothing guessed)
    return None


def cites_own_outlet(name: str, actor: str | None, outlet: MediaEntry, gazetteer: Gazetteer) -> bool:
    """Is a source (its name and actor id) the article's own outlet?"""
    if actor is not None and actor == outlet.id:
        return True
    listed = gazetteer.media(name)
    return listed is not None and listed.id == outlet.id


def signed_outlet(text: str, gazetteer: Gazetteer) -> MediaEntry | None:
    """The listed outlet, not an agency, whose name alone makes the text's last paragraph ("RTS",
    "(7SUR7.CD)"): the piece's signature, so the article's own outlet; else None."""
    last = text.rstrip().rsplit("\n", 1)[-1]  # the last line, not a scan of the text
    match = _SIGNATURE.match(last) or _RUN_IN_SIGNATURE.search(last)
    if match is None:
        return None
    entry = gazetteer.media(match.group("name").strip())
    return entry if entry is not None and entry.kind != "agency" else None


def capitalised_outlet(cited: list[tuple[str, str | None, str]], gazetteer: Gazetteer) -> MediaEntry | None:
    """The listed outlet, not an agency, that a citation names in capitals when none of its listed
    names is so written ("interrogé par 7SUR7.CD" for 7sur7.cd; `cited`: each source's name, actor
    id and cited words); else None. RTBF, listed in capitals, tells nothing."""
    for _name, actor, words in cited:
        for match in _CAPITALS.finditer(words):
            form = match.group(0)
            if sum(c.isalpha() for c in form) < CAPITAL_LETTERS:
                continue
            entry = gazetteer.media(form)
            if entry is None or entry.kind == "agency" or actor not in (None, entry.id):
                continue
            listed = (entry.name, *entry.aliases)
            if form not in listed and any(fold(n).lower() == fold(form).lower() for n in listed):
                return entry
    return None


@lru_cache(maxsize=4)
def _reaching(pack: LanguagePack) -> re.Pattern[str] | None:
    """A citation that opens with a participle of reaching and its agent preposition, a few words
    between ("joint par", "jointe par téléphone par"): the medium ends it."""
    forms = sorted(pack.words("reaching_participles"), key=lambda w: (-len(w), w))
    agents = sorted(function_words(pack, "agent_preposition"))
    if not forms or not agents:
        return None
    return re.compile(r"(?i)(?:" + "|".join(map(re.escape, forms)) + r")\s+(?:[^\W\d]+\s+){0,3}?(?:" +
                      "|".join(map(re.escape, agents)) + r")\s+\S")


def reaching_outlet(cited: list[tuple[str, str | None, str]], gazetteer: Gazetteer,
                    pack: LanguagePack) -> MediaEntry | None:
    """The listed outlet, not an agency, that a citation says reached someone for a statement
    (`cited`: each source's name, actor id and cited words, "joint par Le Devoir"); else None."""
    reaching = _reaching(pack)
    if reaching is None:
        return None
    for name, actor, words in cited:
        if reaching.match(words):
            entry = gazetteer.media(name)
            if entry is not None and entry.kind != "agency" and (actor is None or actor == entry.id):
                return entry
    return None


@lru_cache(maxsize=4)
def _unanswered(pack: LanguagePack) -> re.Pattern[str] | None:
    """A phrase of an unanswered request, its last word (a preposition) written as such, elided
    ("d'") or contracted with an article (group `c_K` for the K-th contraction, sorted: "du"),
    then the words that name the medium (group `rest`)."""
    phrases = pack.words("unanswered_requests")
    if not phrases:
        return None
    heads = sorted({p.rpartition(" ")[0] for p in phrases}, key=lambda h: (-len(h), h))
    lasts = sorted({p.rpartition(" ")[2] for p in phrases})
    link = [re.escape(last) + r"\s+" for last in lasts]
    link += [re.escape(last[:-1]) + "['’]" for last in lasts if last.endswith("e")]
    link += [r"(?P<c_%d>%s\s+)" % (k, re.escape(row["form"])) for k, row in enumerate(_contractions(pack))
             if row["preposition"] in lasts]
    return re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, heads)) + r")\s+(?:" + "|".join(link) +
                      r")(?P<rest>[^\n]{1,60})")


def _contractions(pack: LanguagePack) -> list:
    """The pack's contracted prepositions ("du" = "de le"), in one order for the pattern's groups."""
    return sorted(pack.table("contractions", ("form", "preposition", "article")), key=lambda row: row["form"])


def unanswered_outlet(text: str, gazetteer: Gazetteer, pack: LanguagePack) -> MediaEntry | None:
    """The listed outlet, not an agency, whose request for comment the text says went unanswered
    ("n'a pas répondu aux sollicitations de la RTS"); else None."""
    pattern = _unanswered(pack)
    if pattern is None:
        return None
    rows = _contractions(pack)
    for match in pattern.finditer(text):
        article = next((row["article"] for k, row in enumerate(rows) if match.groupdict().get(f"c_{k}")), "")
        entry = _medium_starting(match.group("rest"), article, gazetteer, pack)
        if entry is not None and entry.kind != "agency":
            return entry
    return None


def _medium_starting(rest: str, article: str, gazetteer: Gazetteer, pack: LanguagePack) -> MediaEntry | None:
    """The listed medium whose name (up to five words, its article swallowed by a contraction put
    back: "du Devoir" -> "Le Devoir") opens `rest`, the longest first."""
    words = re.split(r"\s+", re.split(r"[,;:!?()«»\"]", rest, maxsplit=1)[0].strip())
    for k in range(min(5, len(words)), 0, -1):
        name = " ".join(words[:k]).rstrip(".")
        for form in ((article.capitalize() + " " + name) if article else name, strip_article(name, pack)[0]):
            entry = gazetteer.media(form)
            if entry is not None:
                return entry
    return None
