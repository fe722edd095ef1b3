"""Dispatch credits: an agency alone in brackets ("(AFP)", "(ats/nxp)", "(Avec AFP)") is a source
of the article. Split from sources.py, which finds the media cited in the sentences."""
from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from ..lang import LanguagePack
from .actors import ActorIndex
from .context import gazetteer_of, pack_of
from .lexicon import function_words
from .media_mentions import media_mentions
from .textutil import fold_same_length, text_of

# a dispatch credit in brackets: "(AFP)", "(ats/nxp)"
# ("(La Presse canadienne)": a listed agency of several words), after a lead word of the pack's
# ("(Avec AFP)": the article draws on the agency's dispatch)
# (a web outlet's name may open on a digit and carry a domain: "(7SUR7.CD)", "(Actualite.cd)")
WORD = r"[A-Za-z0-9][\w\-]*(?:\.[A-Za-z][\w\-]*)*"
NAME = r"(?P<name>" + WORD + r"(?:\s*/\s*" + WORD + r")*|[A-Z][\w\-]*(?:,? [\w\-]+){1,3})"
CREDIT_NAME = NAME + r"\)"
CREDIT = re.compile(r"\(" + CREDIT_NAME)


@cache
def _credit(pack: LanguagePack) -> re.Pattern[str]:
    leads = function_words(pack, "credit_lead")
    if not leads:
        return CREDIT
    return re.compile(r"\((?:(?i:" + "|".join(re.escape(w) for w in sorted(leads)) + r")\s+)?" + CREDIT_NAME)


# a credit line led by a dash ("— La Presse canadienne", "- AFP"): typography, no words
DASHES = "—–-"


@cache
def _credit_line(pack: LanguagePack) -> re.Pattern[str] | None:
    """A credit written as a paragraph of its own, without brackets, after a lead word ("Avec AFP",
    "avec Belga", "Avec l'Agence France-Presse" closing a web article) or a dash ("— La Presse
    canadienne"); the agency's article is not its name."""
    leads = function_words(pack, "credit_lead")
    articles = sorted(pack.entries("article_prefixes"), key=lambda w: (-len(w), w))
    article = r"(?:(?i:" + "|".join(re.escape(a) + ("" if a.endswith("'") else r"\s") for a in articles) + r")\s*)?"
    article = article.replace("'", "['’]")
    words = "|".join(re.escape(w) + r"\s" for w in sorted(leads))
    lead = ("(?i:" + words + r")\s*|" if words else "") + "[" + DASHES + r"][ \t]*"
    return re.compile(r"(?m)^[ \t]*(?:" + lead + ")" + article + NAME + r"[ \t]*\.?[ \t]*$")


@cache
def _name_separator(pack: LanguagePack) -> re.Pattern[str]:
    """What separates the agencies of a joint credit: a slash, a comma, or a joining word of the
    pack ("(AFP/Reuters)", "(Avec AFP et Reuters)", "(Avec AFP, Reuters et Belga)")."""
    joiners = function_words(pack, "credit_joiner")
    words = "|".join(re.escape(w) for w in sorted(joiners))
    return re.compile(r"\s*(?:/|,)\s*" + (r"|\s+(?i:" + words + r")\s+" if words else ""))


def _credit_names(pack: LanguagePack, written: str) -> list[str]:
    return [n.strip() for n in _name_separator(pack).split(written) if n.strip()]


def _more_agencies(doc: Doc, names: list[str], first: str | None) -> list[str]:
    """The other listed agencies of a joint credit ("(AFP/Reuters)"): each name after the first that
    the media list holds as an agency, as written (not a desk's or an author's initials, "ats/nxp")."""
    gaz = gazetteer_of(doc)
    found = []
    for written in names[1:]:
        entry = gaz.media(written)
        if entry is not None and entry.kind == "agency" and entry.name != first and \
                all(entry.name != f for f in found):
            found.append(entry.name)
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
    bare = _bare_line(text)
    matches = list(_credit(pack).finditer(text)) + list(line.finditer(text)) + ([bare] if bare else [])
    for match in matches:
        # a dispatch credit: "(AFP)", "(ats/nxp)" — a known agency alone in brackets
        names = _credit_names(pack, match.group("name"))
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        if any(0 <= match.start() - m.end <= 1 for m in media_mentions(doc, index)):
            continue  # "la Radio Télévision Suisse (RTS)": the short form of the name just written
        actor = _media_actor(names[0], index)
        start, end = match.start(), match.end()
        if match.re is line or match.re is BARE_LINE:  # the line's words, not its indentation or full stop
            start, end = start + len(match.group(0)) - len(match.group(0).lstrip()), match.end("name")
        listed = gazetteer_of(doc).media(names[0]) if actor is None else None
        if match.re is BARE_LINE and not (actor is not None and actor.kind == "media" and
                                          _is_agency(doc, actor.name) or listed is not None and listed.kind == "agency"):
            continue  # a last line of a name alone credits an agency ("ACP"), not any outlet or word
        if actor is not None:
            found.append((display_name(names[0], actor.name), actor.id, start, end))
            found += [(name, None, start, end) for name in _more_agencies(doc, names, actor.name)]
        elif names[0].lower() in pack.words("agency_credits"):
            # "(ats/nxp)": the agency's listed name ("ATS"), not the credit line with its author's
            # initials; credits are written in lower case, the list keeps "ATS" and "Belga". (No
            # actor: the article does not name it as one.)
            gaz = gazetteer_of(doc)
            entry = next((e for form in (names[0].upper(), names[0].capitalize()) if (e := gaz.media(form))), None)
            name = display_name(names[0], entry.name) if entry else match.group("name")
            found.append((name, None, start, end))
            found += [(n, None, start, end) for n in _more_agencies(doc, names, entry.name if entry else None)]
        elif listed is not None:
            # "(7SUR7.CD)", "Avec l'Agence France-Presse": a medium of the list the entity
            # recogniser did not find (no actor: the article does not name it as one)
            found.append((display_name(names[0], listed.name), None, start, end))
            found += [(n, None, start, end) for n in _more_agencies(doc, names, listed.name)]
    return found


# the last line of an article, a name alone: "ACP", "Belga" (kept only for a listed agency)
BARE_LINE = re.compile(r"[ \t]*" + NAME + r"[ \t]*\.?[ \t]*")


def _bare_line(text: str) -> re.Match[str] | None:
    """The article's last line when it holds a name alone (the credit of a dispatch's agency)."""
    body = text.rstrip()
    start = body.rfind("\n") + 1
    if start == 0:
        return None  # a text of one line is no dispatch with a credit under it
    return BARE_LINE.fullmatch(body, start)


def _is_agency(doc: Doc, name: str) -> bool:
    entry = gazetteer_of(doc).media(name)
    return entry is not None and entry.kind == "agency"
