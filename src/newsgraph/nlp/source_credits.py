"""Dispatch credits: an agency alone in brackets ("(AFP)", "(ats/nxp)", "(Avec AFP)") is a source
of the article. Split from sources.py, which finds the media cited in the sentences."""
from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from ..lang import LanguagePack
from .actors import ActorIndex
from .context import gazetteer_of, pack_of
from .lexicon import function_words, media_nouns
from .media_mentions import media_mentions
from .textutil import fold_same_length, text_of

# a dispatch credit in brackets: "(AFP)", "(ats/nxp)"
# ("(La Presse canadienne)": a listed agency of several words, its words parted by spaces or
# the no-break spaces of scraped copy), after a lead word of the pack's
# ("(Avec AFP)": the article draws on the agency's dispatch)
# (a web name too, its number and suffix included: "(7SUR7.CD)", which the parser's text reads
# "(7SUR7. CD)": the mending of lost spaces after a stop, ingest/mend.py, spaces a capital suffix)
WORD = r"[A-Za-z0-9][\w\-]*(?:\. ?[A-Za-z]{2,4}(?![\w\-]))?"
_SUFFIX_SPACE = re.compile(r"\. (?=[A-Za-z]{2,4}$)")
# (a joint credit of an outlet of a few words and its agency: "(24 heures/ats)", "BELGA / L'Echo")
PART = r"[A-Za-z0-9][\w\-'’]*(?:[ \u00a0][\w\-'’]+){0,3}"
NAME = r"(?P<name>" + WORD + r"(?:\s*/\s*" + WORD + r")*|[A-Z][\w\-]*(?:,?[ \u00a0][\w\-]+){1,3}|" + \
    PART + r"(?:\s*/\s*" + PART + r")+)"
CREDIT_NAME = NAME + r"\)"
CREDIT = re.compile(r"\(" + CREDIT_NAME)
# a closing credit whose paragraph break a scraper lost, run into the last sentence after its
# final mark ("… pu être joints. La Presse canadienne", "… du symbole».Avec AFP", read spaced by
# ingest/mend.py): only where it closes the text (a name after a stop inside the text opens a
# sentence), and with no byline before its lead (which would take in the sentence's own words)
RUN_IN = r"(?<=[.!?…»”\"])[ \t]+(?=[^\n]*\s*\Z)"
# how long a byline before a credit's lead may be on its line ("Par la rédaction avec AFP")
CREDIT_BYLINE_CHARS = 40


@cache
def _credit(pack: LanguagePack) -> re.Pattern[str]:
    leads = function_words(pack, "credit_lead")
    if not leads:
        return CREDIT
    return re.compile(r"\((?:(?i:" + "|".join(re.escape(w) for w in sorted(leads)) + r")\s+)?" + CREDIT_NAME)


@cache
def _credit_line(pack: LanguagePack) -> re.Pattern[str] | None:
    """A credit written as a paragraph of its own, without brackets, after a lead word ("Avec AFP",
    "avec Belga" closing a web article, after a dash: "— Avec l'AFP"), the agency's name with its
    article or not ("Avec l'Agence France-Presse": the pack's article_prefixes) and its media noun
    ("Avec l'agence Belga"); a lead of `byline_credit_lead` may follow a short byline ("Par la
    rédaction avec AFP", "Le Soir avec Belga"), which is the outlet's own and no credit."""
    leads = function_words(pack, "credit_lead")
    if not leads:
        return None
    articles = "|".join(re.escape(a).replace("'", "['’]") if a.endswith("'") else re.escape(a) + r"\s+"
                        for a in sorted(pack.entries("article_prefixes"), key=len, reverse=True))
    # (lazily: a name that starts with its article is tried whole first, "Avec La Presse canadienne")
    article = r"(?:(?i:" + articles + r"))??" if articles else ""
    nouns = "|".join(re.escape(n) for n in sorted(media_nouns(pack), key=lambda n: (-len(n), n)) if " " not in n)
    noun = r"(?:(?i:" + nouns + r")\s+)??" if nouns else ""
    lead = r"(?i:" + "|".join(re.escape(w) for w in sorted(leads)) + r")"
    bylined = function_words(pack, "byline_credit_lead")
    if bylined:
        byline = r"[^\n]{1," + str(CREDIT_BYLINE_CHARS) + r"}?,?[ \t]+"
        lead = r"(?:" + lead + r"|" + byline + r"(?P<bylined>(?i:" + "|".join(map(re.escape, sorted(bylined))) + r")))"
    plain = r"(?i:" + "|".join(re.escape(w) for w in sorted(leads)) + r")"
    tail = r"\s+" + article + noun + NAME + r"[ \t]*\.?[ \t]*$"
    return re.compile(r"(?m)(?:^[ \t]*(?:[—–-][ \t]*)?" + lead + "|" + RUN_IN + plain + ")" + tail)


@cache
def _bare_credit_line(pack: LanguagePack) -> re.Pattern[str]:
    """A credit alone on its paragraph with no lead word, or after a dash ("ACP", "— La Presse
    canadienne" closing a dispatch): only a listed agency makes it one (`_bare_agency`)."""
    return re.compile(r"(?m)(?:^[ \t]*(?:[—–-][ \t]*)?|" + RUN_IN + ")" + NAME + r"[ \t]*\.?[ \t]*$")


@cache
def _name_separator(pack: LanguagePack) -> re.Pattern[str]:
    """What separates the agencies of a joint credit: a slash, a comma, or a joining word of the
    pack ("(AFP/Reuters)", "(Avec AFP et Reuters)", "(Avec AFP, Reuters et Belga)")."""
    joiners = function_words(pack, "credit_joiner")
    words = "|".join(re.escape(w) for w in sorted(joiners))
    return re.compile(r"\s*(?:/|,)\s*" + (r"|\s+(?i:" + words + r")\s+" if words else ""))


def credit_names(pack: LanguagePack, written: str) -> list[str]:
    """The agencies of a credit as written, in order ("ats/afp": "ats", "afp"); a no-break space
    between a name's words is a space (a scraper's "La\u00a0Presse canadienne": the media list
    writes it with spaces)."""
    return [_SUFFIX_SPACE.sub(".", n.strip().replace("\u00a0", " ")) for n in _name_separator(pack).split(written)
            if n.strip()]


def _more_media(doc: Doc, names: list[str], first: str | None) -> list[str]:
    """The other listed media of a joint credit ("(AFP/Reuters)"): each name after the first that
    the media list holds, as written (not a desk's or an author's initials, "ats/nxp"). An agency
    is credited; an outlet that is no agency beside it ("(24 heures/ats)") is the piece's own, its
    byline, which the source list leaves out with its citations (found_sources.py)."""
    gaz = gazetteer_of(doc)
    credited = pack_of(doc).words("agency_credits")
    found, seen = [], []
    for written in names[1:]:
        # a credit in lower case ("ats/afp") names its agencies as the list does ("AFP")
        forms = (written, written.upper(), written.capitalize()) if written.lower() in credited else (written,)
        form, entry = next(((f, e) for f in forms if (e := gaz.media(f)) is not None), (written, None))
        if entry is not None and entry.name != first and entry.name not in seen:
            seen.append(entry.name)
            found.append(display_name(form, entry.name))  # "AFP" as written, not "Agence France-Presse"
    return found


def display_name(written: str, canonical: str) -> str:
    """The medium's name as the press writes it: "AFP" rather than "Agence France-Presse",
    but "Le Figaro" rather than the bare "Figaro" the entity recogniser keeps."""
    if fold_same_length(canonical).endswith(fold_same_length(written)):
        return canonical
    return written


def _media_actor(name: str, index: ActorIndex):
    for actor in index.actors.values():
        if actor.kind == "media" and (actor.name.lower() == name.lower() or
                                      any(index_text.lower() == name.lower() for index_text in
                                          [m.text for m in index.mentions if m.actor_id == actor.id])):
            return actor
    return None


def credits(doc: Doc, index: ActorIndex, taken: list[tuple[int, int]]) -> list[tuple[str, str | None, int, int]]:
    """(name, actor id, start, end) of each dispatch credit that overlaps no span taken."""
    text = text_of(doc)
    pack = pack_of(doc)
    found = []
    line = _credit_line(pack)
    matches = list(_credit(pack).finditer(text)) + (list(line.finditer(text)) if line is not None else [])
    for match in matches:
        # a dispatch credit: "(AFP)", "(ats/nxp)" — a known agency alone in brackets
        names = credit_names(pack, match.group("name"))
        if any(s < match.end() and match.start() < e for s, e in taken + [f[2:] for f in found]):
            continue
        if any(0 <= match.start() - m.end <= 1 and not text[m.end:match.start()].strip()
               for m in media_mentions(doc, index)):
            # "la Radio Télévision Suisse (RTS)": the short form of the name just written; not after
            # a mark, where a scraper glued the closing credit to the last sentence ("… a rapporté
            # l'agence Reuters.(ats)")
            continue
        actor = _media_actor(names[0], index)
        start, end = match.start(), match.end()
        if line is not None and match.re is line:  # the line's words, not its indentation or full stop
            start, end = start + len(match.group(0)) - len(match.group(0).lstrip()), match.end("name")
            if match.groupdict().get("bylined"):
                start = match.start("bylined")  # the credit, not the byline before it
        if actor is not None:
            found.append((display_name(names[0], actor.name), actor.id, start, end))
            found += [(name, None, start, end) for name in _more_media(doc, names, actor.name)]
        elif (listed := gazetteer_of(doc).media(names[0])) is not None and match.re is not line:
            # "(7SUR7.CD)" in a dateline: a listed medium the index did not read as an actor
            found.append((display_name(names[0], listed.name), None, start, end))
            found += [(name, None, start, end) for name in _more_media(doc, names, listed.name)]
        elif names[0].lower() in pack.words("agency_credits"):
            # "(ats/nxp)": the agency's listed name ("ATS"), not the credit line with its author's
            # initials; credits are written in lower case, the list keeps "ATS" and "Belga". (No
            # actor: the article does not name it as one.)
            gaz = gazetteer_of(doc)
            entry = next((e for form in (names[0].upper(), names[0].capitalize()) if (e := gaz.media(form))), None)
            name = display_name(names[0], entry.name) if entry else match.group("name")
            found.append((name, None, start, end))
            found += [(n, None, start, end) for n in _more_media(doc, names, entry.name if entry else None)]
    found += _bare_credits(doc, pack, taken + [f[2:] for f in found], found)
    return found


def _bare_credits(doc: Doc, pack: LanguagePack, taken: list[tuple[int, int]],
                  credited: list[tuple[str, str | None, int, int]]) -> list[tuple[str, str | None, int, int]]:
    """(name, None, start, end) of the paragraph that closes the text when it is only a listed
    agency, bare or after a dash ("ACP", "— La Presse canadienne"), and no span taken overlaps it. A dispatch credits its
    agency once: a bare line that repeats an agency already credited adds nothing."""
    text = text_of(doc)
    out = []
    for match in _bare_credit_line(pack).finditer(text):
        start, end = match.start() + len(match.group(0)) - len(match.group(0).lstrip()), match.end("name")
        if text[match.end():].strip():
            continue  # (only the paragraph that closes the text: "AFP" under a photo is its credit)
        # a joint credit ("AFP/Belga") when each of its names is a listed agency, or an outlet beside
        # one ("BELGA / L'Echo": the outlet's byline, left out with its citations by found_sources.py)
        written = credit_names(pack, match.group("name"))
        entries = [_bare_agency(doc, name, pack) for name in written]
        if len(written) > 1 and any(entries):
            entries = [entry or gazetteer_of(doc).media(name.strip()) for name, entry in zip(written, entries)]
        if not entries or None in entries or any(s < end and start < e for s, e in taken):
            continue
        for name, entry in zip(written, entries):
            if not any(gazetteer_of(doc).media(n) == entry for n, *_ in credited + out):
                out.append((display_name(_listed_form(doc, name, pack), entry.name), None, start, end))
    return out


def _bare_agency(doc: Doc, written: str, pack: LanguagePack):
    """The listed agency a bare credit line names, or None: a medium of the `agency` kind, as the
    media list writes its name or alias (a paragraph "Reuters" or "La Presse canadienne", not a
    newspaper's title nor a byline). Swiss sites close a dispatch with its credit in lower case and
    no brackets ("ats/afp"): a short form of `agency_credits` is read as the list writes it, as in
    brackets."""
    entry = gazetteer_of(doc).media(_listed_form(doc, written, pack))
    return entry if entry is not None and entry.kind == "agency" else None


def _listed_form(doc: Doc, written: str, pack: LanguagePack) -> str:
    """A credit's name as the media list writes it: a short form of `agency_credits` in lower
    case ("afp", "ats") in capitals or capitalised ("AFP", "Belga"), when the list holds it so."""
    written = written.strip()
    if written.lower() not in pack.words("agency_credits"):
        return written
    gaz = gazetteer_of(doc)
    return next((form for form in (written, written.upper(), written.capitalize()) if gaz.media(form) is not None),
                written)
