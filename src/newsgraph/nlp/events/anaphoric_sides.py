"""The actors an anaphoric noun takes up ("le pays", "ce pays", "la ville", "les deux pays", "les
deux dirigeants", "les deux parties", "ce dernier"): the nearest fitting mentions before it, or, for a
counted one, the sides the article is about, as for "toutes les parties" a verb is aimed at; never the
doer of the verb it is aimed by."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..actor_index import Mention
from ..context import pack_of
from ..dates.language import date_lexicon, parse_number
from .article_states import lex_stance
from .predicates import case_of, has_marker
from .subjects import subject_of

# how far back (characters before the sentence) an anaphoric noun looks for its states: about
# two sentences of news prose
ANAPHORA_WINDOW = 400


def anaphoric_countries(article, token: Token, sent: Span) -> list[Mention]:
    """The actors an anaphoric noun stands for: "le pays", "ce pays" (the last state named before
    it), "la ville", "la capitale" (the last city), "les deux pays" (the last two states), "les
    deux dirigeants" (the last two persons), "ce dernier", "cette dernière" (the last actor named)."""
    lex = article.lex
    kind = lex.anaphoric_kind(token.lemma_.lower(), token.lower_)
    if kind is None or token.i in article.by_token:
        return []  # "les Nations unies": a name, not a reference
    determiners = [c for c in token.children if c.dep_ in lex.labels.determiner]
    # "des diplomates des deux pays": a counted noun whose article the preposition swallowed
    counted = _counted(token, lex)
    fused = counted is not None and any(
        c.dep_ in lex.labels.case_marker and c.lower_ in lex.contracted_articles for c in token.children)
    if not fused and not any("Def" in d.morph.get("Definite") or "Dem" in d.morph.get("PronType")
                             for d in determiners):
        return []  # "un pays", "des pays": not a reference
    wanted = counted or (2 if "Plur" in token.morph.get("Number") else 1)
    if kind == "persons" and (wanted < 2 or not any(c.pos_ == "NUM" for c in token.children)):
        return []  # "les deux dirigeants" takes up two persons; "le dirigeant", "les présidents russe et
        # turc" are descriptions
    others = _other_sides(token, lex)
    own = _subject_sides(article, token)
    if kind == "sides" and counted is None:
        # "a appelé toutes les parties à la retenue", "a menacé les parties de sanctions": whom a
        # call or a threat is aimed at are the sides of the conflict the article is about
        return _addressed_sides(article, token, others, own)
    if kind in _COUNTED_ONLY and counted is None:
        return []  # "les deux gouvernements" are the two just named; "les gouvernements" anyone's
    if counted is not None and kind in ("state", "city"):
        salient = _salient(article, token, kind, wanted, others, own)
        if salient:  # "les deux pays": the pair the article is about
            return salient
    lo = max(0, sent.start_char - ANAPHORA_WINDOW)
    mentions = list(reversed(article.mentions_in(lo, token.idx)))
    if kind == "state" and token.dep_ in lex.labels.subjects:
        # "La Turquie a lancé une offensive en Syrie. Le pays a aussi bombardé …": a state that
        # acts takes up a state that acted or was acted on, not one named as where ("en Syrie")
        # when there is such a state
        acting = [m for m in mentions if not _named_as_where(article, m)]
        found = _taken_up(article, acting, kind, wanted, others, own)
        if found:
            return found
    if kind == "last" and wanted == 1:
        # "… Ion Rusu, installé en Russie. X accuse ce dernier": no state of the other gender ("les
        # deux derniers" may take up the ambassadors "de la France et de l'Italie", named by their states)
        mentions = [m for m in mentions if not _other_gender(article, m, token)]
    found = _taken_up(article, mentions, kind, wanted, others, own)
    if not found and counted is not None and kind in _SIDE_KINDS:
        # "les deux ministres", "les deux délégations" with fewer such actors just before: the two
        # sides the article is about, as their states or their people (`_salient_sides`)
        found = _salient_sides(article, token, wanted, others, own)
    return found


# counted anaphors of the people or bodies of states: "les deux ministres", "les deux parties", "les
# deux délégations" are the article's two sides, however each was named (a state, its person)
_SIDE_KINDS = ("persons", "sides", "bodies", "state")
_COUNTED_ONLY = ("sides", "bodies")
# anaphors that stand for states only ("les deux pays", "les deux gouvernements"): a person taken up
# as one side counts as that person's state
STATE_KINDS = ("state", "bodies")


def _salient_sides(article, token: Token, wanted: int, others: list[tuple[int, int]],
                   own: frozenset[str] = frozenset()) -> list[Mention]:
    """The `wanted` states the article is about before a counted anaphor of their people ("les deux
    ministres", "les deux délégations"): each state counted through every mention of it as an actor
    or of a person of it, each named at least twice and none tied with the next (as `_salient`
    reads states alone); each one's latest mention."""
    named: dict[str, list[Mention]] = {}
    for mention in reversed(article.mentions_in(0, token.idx)):
        state = _state_of(article, mention)
        if state is not None and _taken_up(article, [mention], "sides", 1, others, own):
            named.setdefault(state, []).append(mention)
    ranked = sorted(named.values(), key=lambda ms: -len(ms))
    if len(ranked) < wanted or len(ranked[wanted - 1]) < 2 or \
            len(ranked) > wanted and len(ranked[wanted]) == len(ranked[wanted - 1]):
        return []
    return sorted((ms[0] for ms in ranked[:wanted]), key=lambda m: m.start)


def article_sides(article, token: Token, own: frozenset[str]) -> list[Mention]:
    """The sides the article is about, before `token`, that are none of `own` (actor ids and their
    states): of the two states it names most (`_salient_sides`), those not in `own`; else the one
    state that stands out. Praise of a step that names no one ("a salué « une étape importante »")
    is aimed at them."""
    pair = _salient_sides(article, token, 2, [])
    if pair:
        return [m for m in pair if m.actor_id not in own and _state_of(article, m) not in own]
    return _salient_sides(article, token, 1, [], own)


def _addressed_sides(article, token: Token, others: list[tuple[int, int]], own: frozenset[str]) -> list[Mention]:
    """The sides an uncounted "les parties", "toutes les parties" stands for when a
    verb is aimed at it (its object or dative: "X a exhorté toutes les parties à …"): the two states
    the article is about (`_salient_sides`), else the one it is about when only one state stands
    out (a war with an armed group: "toutes les parties" in Ethiopia's war is Ethiopia's side).
    Elsewhere ("les parties ont signé", "sollicitée par les parties") it takes up no one."""
    if not _aimed_at(token, article.lex):
        return []
    return _salient_sides(article, token, 2, others, own) or _salient_sides(article, token, 1, others, own)


def _salient(article, token: Token, kind: str, wanted: int, others: list[tuple[int, int]],
             own: frozenset[str] = frozenset()) -> list[Mention]:
    """The states a counted anaphor takes up ("les deux pays", "les deux capitales"): the `wanted`
    states the article named most before it, each at least twice and none tied with the next one
    (else None: the nearest ones, as for any anaphor). A counted anaphor names the parties the
    article is about, which a state named in passing just before it is not."""
    named: dict[str, list[Mention]] = {}
    for mention in reversed(article.mentions_in(0, token.idx)):
        if _taken_up(article, [mention], kind, 1, others, own):
            named.setdefault(mention.actor_id, []).append(mention)
    ranked = sorted(named.values(), key=lambda ms: -len(ms))
    if len(ranked) < wanted or len(ranked[wanted - 1]) < 2 or \
            len(ranked) > wanted and len(ranked[wanted]) == len(ranked[wanted - 1]):
        return []
    return sorted((ms[0] for ms in ranked[:wanted]), key=lambda m: m.start)  # each one's last mention


MAX_COUNTED = 6  # "les trois pays": a count above this is a group, not the states just named


def _counted(token: Token, lex) -> int | None:
    """How many actors a numbered plural anaphor takes up ("les trois pays", "les 4 pays"), from its
    number word (the pack's number words) or digits; None without one, or past MAX_COUNTED."""
    number = next((c for c in token.children if c.pos_ == "NUM" and c.dep_ in lex.labels.noun_phrase), None)
    if number is None:
        return None
    value = parse_number(number.text, date_lexicon(pack_of(token.doc)))
    return value if value is not None and 2 <= value <= MAX_COUNTED else None


def _named_as_where(article, mention: Mention) -> bool:
    """Whether a mention is only a locative complement ("en Syrie", "dans le pays"): not one whose
    preposition may be a dative too ("la vente de pétrole à la Turquie")."""
    lex = article.lex
    span = article.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    case = case_of(span.root, lex) if span is not None else None
    return case in lex.locative_cases and case not in lex.prepositions[lex.dative]


def _names_capital(article, mention: Mention) -> bool:
    country = article.gaz.country(mention.text)
    return country is not None and country.match == "capital"


def _taken_up(article, mentions: list[Mention], kind: str, wanted: int,
              others: list[tuple[int, int]], own: frozenset[str] = frozenset()) -> list[Mention]:
    """The `wanted` last mentions (nearest first in `mentions`) an anaphor of `kind` may take up,
    none of the actors or states in `own` (`_subject_sides`)."""
    found: list[Mention] = []
    for mention in mentions:
        if lex_stance(article, mention) or mention.descriptive or \
                any(start <= mention.start < end for start, end in others):
            continue
        if own and (mention.actor_id in own or _state_of(article, mention) in own):
            continue
        if kind == "last":  # "ce dernier", "cette dernière": the last actor named
            if mention.as_place or mention.kind == "media" or wanted == 1 and _named_in_plural(article, mention):
                continue
        elif kind == "persons":  # "les deux dirigeants": the last two persons named
            if mention.kind != "person":
                continue
        elif kind in _COUNTED_ONLY:
            # "les deux parties": the last two states named, a state's person standing for it ("X a
            # reçu une délégation congolaise. Les deux parties ont convenu …": X's state and Congo)
            country = _state_of(article, mention)
            if country is None or any(_state_of(article, m) == country for m in found):
                continue
        elif kind == "city":
            # "la ville" takes up a capital named as a place ("à Nairobi") or in a complement that
            # reads as its state ("un hôtel de Nairobi"): either way the city was named
            if mention.kind != "country" or not (mention.as_place or _names_capital(article, mention)):
                continue
        elif mention.kind != "country" or mention.as_place:
            continue
        if any(m.actor_id == mention.actor_id for m in found):
            continue
        found.append(mention)
        if len(found) == wanted:
            break
    return list(reversed(found)) if len(found) == wanted else []


def _other_gender(article, mention: Mention, anaphor: Token) -> bool:
    """Whether a state's name has the other grammatical gender than "ce dernier" / "cette dernière"
    ("la Russie" is no "ce dernier"); persons and unmarked words agree with either."""
    gender = anaphor.morph.get("Gender")
    span = article.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if not gender or span is None or mention.kind != "country":
        return False
    own = span.root.morph.get("Gender") or [g for d in span.root.children for g in d.morph.get("Gender")
                                            if d.dep_ in article.lex.labels.determiner]
    return bool(own) and not set(own) & set(gender)


def _named_in_plural(article, mention: Mention) -> bool:
    """Whether a mention is a demonym on a plural noun ("les soldats kényans"): "ce dernier", singular,
    takes up no such phrase, but the one named before it ("Le ministre X a reçu les soldats
    kényans. Ce dernier a salué …" is the minister)."""
    span = article.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or mention.kind != "country" or span.root.pos_ != "ADJ":
        return False
    return "Plur" in span.root.head.morph.get("Number") and span.root.head.pos_ == "NOUN"


def _state_of(article, mention: Mention) -> str | None:
    """The state a mention stands for as a side: a state acting (not named as where), or a person's state."""
    if mention.kind == "country":
        return None if mention.as_place else mention.actor_id
    if mention.kind == "person":
        country = article.arg_of_mention(mention).country
        return f"country:{country}" if country else None
    return None


def _other_sides(token: Token, lex) -> list[tuple[int, int]]:
    """Character ranges of the subjects of the clause an anaphoric noun stands in, when it is not
    inside them: "les États-Unis et la Chine ont appelé les deux pays à la retenue" takes up two
    states named before, not its own clause's subject."""
    verb = token
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    return [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in verb.children
            if c.dep_ in lex.labels.subjects and not (c.left_edge.i <= token.i <= c.right_edge.i)]


def _subject_sides(article, token: Token) -> frozenset[str]:
    """The actors, and their states, of the subject of the verb an anaphoric noun is an argument of
    ("Le président brésilien Lula a appelé les deux parties à …", "X, qui avait accueilli les deux
    dirigeants"): whom a verb is aimed at is never its own doer, so the sides it takes up are
    others. Only for the verb's object or dative ("aux trois parties"): "les relations entre les
    deux pays", "refuse de produire pour des raisons d'opposition entre les deux pays" may hold the
    subject's own state."""
    lex = article.lex
    verb = token.head
    if not _aimed_at(token, lex):
        return frozenset()
    subject = subject_of(verb, lex)
    if subject is None or subject == token:
        return frozenset()
    start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text)
    if start <= token.idx < end:  # the antecedent of a relative clause holding the anaphor: its own phrase
        end = min(end, verb.left_edge.idx)
    sides = set()
    for mention in article.mentions_in(start, end):
        sides.add(mention.actor_id)
        state = _state_of(article, mention)
        if state is not None:
            sides.add(state)
    return frozenset(sides)


def _aimed_at(token: Token, lex) -> bool:
    """Whether a noun is the object or the dative of a verb ("a appelé les parties", "demande à
    toutes les parties"): what the verb is aimed at."""
    labels, verb = lex.labels, token.head
    if verb == token or verb.pos_ not in ("VERB", "AUX"):
        return False
    return token.dep_ in labels.object or token.dep_ in labels.indirect_object or \
        token.dep_ in labels.oblique and has_marker(token, lex.dative, lex)
