"""The lexicons of a language pack that several components share: speech verbs and their frames,
attribution markers, closed-class words by role, pronouns by feature, and role, state, media and
speaker nouns.

Each accessor takes the pack (or reads it from the token's Doc) and is cached per pack, so a
worker rebuilds them on first use and two languages never mix. Rule code asks for a role
(`function_words(pack, "complementizer")`), never for a word.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Token

from ..errors import PackError
from ..lang import LanguagePack
from .context import pack_of
from .textutil import fold_same_length, lower_forms, lower_lemmas, pos_ids, text_of


@dataclass(frozen=True, slots=True)
class SpeechVerb:
    lemma: str
    frames: frozenset[str]   # frame names of speech_frames.tsv
    strength: float
    particle: str | None = None  # second word of a multiword verb ("faire savoir")
    reflexive: bool = False      # "se dire", "s'exclamer"


@dataclass(frozen=True, slots=True)
class Frame:
    """How a speech verb's complement opens (speech_frames.tsv)."""
    name: str
    kind: str                # one of FRAME_KINDS
    words: frozenset[str]    # the complementizer or prepositions that open it


@dataclass(frozen=True, slots=True)
class Marker:
    """An attribution marker of attribution_markers.tsv: token alternatives, matched in a row."""
    name: str
    tokens: tuple[frozenset[str], ...]
    then: frozenset[str]     # a word that must follow, kept with the speaker
    speech: bool
    after: bool
    cites: bool
    ambiguous: bool
    possessor: bool = False  # the speaker is the possessive determiner inside it ("à ses yeux")


# ------------------------------------------------------------------ closed-class words

@cache
def _function_words(pack: LanguagePack) -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for row in pack.table("attribution_words", ("form", "role")):
        table.setdefault(row["role"], set()).add(row["form"].lower())
    return {role: frozenset(forms) for role, forms in table.items()}


def function_words(pack: LanguagePack, role: str) -> frozenset[str]:
    """The words of attribution_words.tsv with this role (multi-word forms keep their spaces); none
    for a role the pack names in `[absent] word_roles` (English has no euphonic "-t-")."""
    try:
        return _function_words(pack)[role]
    except KeyError:
        if role in pack.absent_roles:
            return frozenset()
        raise PackError(f"lang/{pack.code}/attribution_words.tsv: no word has the role {role!r}") from None


@cache
def word_alternation(pack: LanguagePack, role: str) -> str:
    """A regex alternation of a role's words, longest first (so "de la" wins over "de")."""
    return "|".join(re.escape(w) for w in sorted(function_words(pack, role), key=lambda w: (-len(w), w)))


@cache
def pronoun_forms(pack: LanguagePack, **features: str | tuple[str, ...]) -> frozenset[str]:
    """Forms of pronouns.tsv whose columns match every feature given (a value or a tuple of values):
    `pronoun_forms(pack, person="3", inverted="yes")`."""
    rows = pack.table("pronouns", ("form",) + tuple(features))
    return frozenset(row["form"].lower() for row in rows
                     if all(row.get(column) in (value if isinstance(value, tuple) else (value,))
                            for column, value in features.items()))


@cache
def _contractions(pack: LanguagePack) -> tuple[tuple[re.Pattern, str], ...]:
    rows = pack.table("contractions", ("form", "preposition", "article"))
    return tuple((re.compile(rf"(?<![\w'’]){re.escape(r['preposition'])} {re.escape(r['article'])}(?= )", re.IGNORECASE),
                  r["form"]) for r in rows)


def contracted(pack: LanguagePack, text: str) -> str:
    """A phrase built by joining words, with the preposition and article the language contracts
    written as one ("porte-parole de le tribunal" → "porte-parole du tribunal": contractions.tsv)."""
    for pattern, form in _contractions(pack):
        text = pattern.sub(form, text)
    return text


@cache
def folded_words(pack: LanguagePack, name: str) -> frozenset[str]:
    """A word list of the pack, accent-folded (for matching against folded text)."""
    return frozenset(fold_same_length(w) for w in pack.words(name))


# ------------------------------------------------------------------ markers and frames

def _yes(value: str) -> bool:
    return value.strip().lower() == "yes"


@cache
def attribution_markers(pack: LanguagePack) -> tuple[Marker, ...]:
    """The markers of the pack, in file order."""
    columns = ("marker", "tokens", "then", "speech", "after", "cites", "ambiguous")
    markers = []
    for row in pack.table("attribution_markers", columns):
        tokens = tuple(_with_unaccented(alt.lower() for alt in word.split("|")) for word in row["tokens"].split())
        if not tokens:
            raise PackError(f"{row.origin}: a marker needs its tokens")
        then = frozenset(w.lower() for w in row["then"].split("|") if w)
        markers.append(Marker(row["marker"], tokens, then, _yes(row["speech"]), _yes(row["after"]),
                              _yes(row["cites"]), _yes(row["ambiguous"]), _yes(row.get("possessor") or "")))
    return tuple(markers)


def _with_unaccented(forms) -> frozenset[str]:
    """The forms of a marker's word and the same without accents, as scraped copy may write them
    ("D'apres"); not a word of one or two letters, where an accent tells two words apart ("à"/"a")."""
    forms = set(forms)
    plain = {"".join(c if c in "'’" else fold_same_length(c) for c in f) for f in forms if len(f) > 2}
    return frozenset(forms | plain)


@cache
def markers_by_first_word(pack: LanguagePack) -> dict[str, tuple[Marker, ...]]:
    """The markers that can start with each word, in file order (most tokens start none)."""
    table: dict[str, list[Marker]] = {}
    for marker in attribution_markers(pack):
        for form in marker.tokens[0]:
            table.setdefault(form, []).append(marker)
    return {form: tuple(markers) for form, markers in table.items()}


# clause: opened by a complementizer found on the surface ("a déclaré que …"); complement: the clausal
# complement the parser attaches to the verb, with or without a complementizer ("He said the plan works");
# object: the verb's direct object is what is reported or judged ("questioned the integrity of the vote");
# object_after: the object of one of `words` after the verb ("called for an inquiry", "pointed to polls");
# quoted_words: words in marks right after the verb, not after a determiner ("a lancé « … »");
# predicate: a predicate after a reflexive verb of saying ("se dit prêt à"); passive: the verb reports
# in the passive too ("est accusé de …"); impersonal_incise: a postposed incise whose subject is the
# impersonal inverted pronoun only ("…, a-t-on appris de source policière"); linked_object: a quotation
# that says what the cue presents its object as, after one of `words` ("présente X comme « … »"), for a
# verb whose plain object is no speech ("a présenté son plan « … »")
FRAME_KINDS = frozenset({"clause", "complement", "object", "object_after", "infinitive_after", "infinitive",
                         "quoted_object", "quoted_words", "linked_object", "predicate", "passive", "incise",
                         "impersonal_incise"})


@cache
def speech_frames(pack: LanguagePack) -> dict[str, Frame]:
    """The frames speech verbs name, by name."""
    frames = {}
    for row in pack.table("speech_frames", ("frame", "kind", "words")):
        if row["kind"] not in FRAME_KINDS:
            raise PackError(f"{row.origin}: unknown frame kind {row['kind']!r} "
                            f"(one of {', '.join(sorted(FRAME_KINDS))})")
        frames[row["frame"]] = Frame(row["frame"], row["kind"],
                                     frozenset(w.lower() for w in row["words"].split("|") if w))
    return frames


def frames_of_kind(verb: SpeechVerb, pack: LanguagePack, kind: str) -> list[Frame]:
    """The frames of a verb that are of one kind."""
    table = speech_frames(pack)
    return [table[name] for name in verb.frames if name in table and table[name].kind == kind]


def has_frame(verb: SpeechVerb, pack: LanguagePack, kind: str) -> bool:
    return bool(frames_of_kind(verb, pack, kind))


def linked_only(verb: SpeechVerb, pack: LanguagePack) -> bool:
    """Does the verb report only what it presents its object as ("présente X comme « … »")? Then it
    is no cue by itself after a quotation ("une pièce « … » présentée au théâtre")."""
    return bool(verb.frames) and len(frames_of_kind(verb, pack, "linked_object")) == len(verb.frames)


# ------------------------------------------------------------------ speech verbs

@cache
def speech_verbs(pack: LanguagePack) -> dict[str, list[SpeechVerb]]:
    """Speech verbs keyed by the lemma of their verb (first word of multiword verbs)."""
    reflexives = function_words(pack, "reflexive")
    elided = tuple(r for r in reflexives if r.endswith(("'", "’")))
    known = speech_frames(pack)
    table: dict[str, list[SpeechVerb]] = {}
    for row in pack.table("speech_verbs", ("lemma", "frames", "strength")):
        lemma, frames, strength = row["lemma"], row["frames"], row["strength"]
        unknown = [f for f in frames.split("|") if f not in known]
        if unknown:
            raise PackError(f"{row.origin}: unknown frame(s) {', '.join(unknown)} (see speech_frames.tsv)")
        first, _, rest = lemma.partition(" ")
        reflexive = first in reflexives and bool(rest) or lemma.startswith(elided)
        words = rest if first in reflexives and rest else next(
            (lemma[len(e):] for e in elided if lemma.startswith(e)), lemma)
        head, _, particle = words.partition(" ")
        verb = SpeechVerb(lemma, frozenset(frames.split("|")), float(strength),
                          particle or None, reflexive)
        table.setdefault(head, []).append(verb)
    return table


def speech_verb(token: Token) -> SpeechVerb | None:
    """The speech verb a token heads, if any (checks the particle of multiword verbs).

    Remembered per token of the parsed Doc: the quote, source and speaker rules ask about the
    same tokens over and over (2.2 times per token on the bundled corpus)."""
    known = token.doc.user_data.get(_SPEECH_VERBS_KEY)
    if known is None:
        known = token.doc.user_data[_SPEECH_VERBS_KEY] = {}
    i = token.i
    if i not in known:
        known[i] = _speech_verb(token)
    return known[i]


_SPEECH_VERBS_KEY = "ng_speech_verbs"


def speech_verb_indices(doc: Doc) -> list[int]:
    """Indices of the Doc's tokens that head a speech verb, in order: read in one walk over the
    Doc and kept, so the quote rules that start from a speech verb (cues, incises, "as" clauses)
    visit those few tokens rather than each walking every token."""
    found = doc.user_data.get(_SPEECH_VERB_INDICES_KEY)
    if found is None:
        # the part of the test that needs no Token (part of speech, lemma, form) is read from
        # arrays first: building a Token for every word of the Doc cost more than the test itself
        # (the lists the other rules share, read once per Doc)
        pack, tags = pack_of(doc), pos_ids(doc)
        lemmas, forms = lower_lemmas(doc), lower_forms(doc)
        glued = _glued_inverted(doc, pack, forms)
        found = doc.user_data[_SPEECH_VERB_INDICES_KEY] = [
            i for i, tag in enumerate(tags)
            if (tag in _SPEECH_POS_IDS or i in glued) and _candidates(pack, lemmas[i], forms[i]) and
            speech_verb(doc[i]) is not None]
    return found


def _glued_inverted(doc: Doc, pack: LanguagePack, forms: list[str]) -> frozenset[int]:
    """Indices of the words an inverted subject pronoun or the euphonic "-t" is glued to ("estime-t-il",
    "dit-elle"): verbs whatever the tagger calls them (it read "estime" as an adverb after a comma)."""
    after = _inverted_forms(pack)
    return frozenset(i for i in range(len(forms) - 1) if forms[i + 1] in after and not doc[i].whitespace_)


@cache
def _inverted_forms(pack: LanguagePack) -> frozenset[str]:
    return pronoun_forms(pack, inverted="yes") | function_words(pack, "euphonic")


_SPEECH_VERB_INDICES_KEY = "ng_speech_verb_indices"
_SPEECH_POS = ("VERB", "AUX", "NOUN", "ADJ", "PROPN")
_SPEECH_POS_IDS = frozenset(POS_IDS[p] for p in _SPEECH_POS)


@lru_cache(maxsize=65536)
def _candidates(pack: LanguagePack, lemma: str, form: str) -> list[SpeechVerb] | None:
    """The speech verb entries a word may be, by its lowercase lemma or form (cached: the
    same words recur, and the stem guesses cost more than the look-up)."""
    table = speech_verbs(pack)
    candidates = table.get(lemma) or table.get(form)
    if not candidates:
        # the lemmatizer leaves some forms alone ("indique" as a sentence root): try -er/-ir stems
        for guess in _guess_lemmas(pack, form):
            candidates = table.get(guess)
            if candidates:
                break
        else:
            return None
    return candidates


def _speech_verb(token: Token) -> SpeechVerb | None:
    pack = pack_of(token.doc)
    if token.pos_ not in _SPEECH_POS and not _inverted_after(token, pack):
        return None
    candidates = _candidates(pack, token.lemma_.lower(), token.lower_)
    if not candidates:
        return None
    if any(v.reflexive for v in candidates) and not _has_reflexive(token, pack):
        # "se déclarer prêt" is not "déclarer que": reflexive entries need their clitic
        candidates = [v for v in candidates if not v.reflexive]
        if not candidates:
            return None
    elif not any(v.reflexive for v in candidates) and _has_reflexive(token, pack) and \
            any(v.lemma in pack.words("reflexive_other_verbs") for v in candidates):
        # and the converse for the pack's verbs whose pronominal form is another verb: "s'est
        # défendu d'avoir …" rebuts a charge, it is not "a défendu une approche « … »"
        return None
    plain = None
    for verb in candidates:
        if verb.particle:
            # each word of the particle, as lemma or form ("fait part", "met en garde"; not "fait
            # partie"; "a la conviction que", not "a la chance que")
            if _particle_follows(token, verb.particle.split()):
                return verb
        elif plain is None or verb.strength > plain.strength:
            plain = verb
    if plain is None:
        return None
    # frames of duplicate rows are merged
    frames = frozenset().union(*(v.frames for v in candidates if not v.particle))
    return SpeechVerb(plain.lemma, frames, plain.strength, None, plain.reflexive)


def _inverted_after(token: Token, pack: LanguagePack) -> bool:
    """Is an inverted subject pronoun or the euphonic "-t" glued after the word ("estime-t-il")?"""
    doc = token.doc
    return not token.whitespace_ and token.i + 1 < len(doc) and doc[token.i + 1].lower_ in _inverted_forms(pack)


_TIME_GAP = 4  # words of a time adjunct between a verb and its particle ("dans la soirée")


def _particle_follows(token: Token, words: list[str]) -> bool:
    """Do the words of a multiword verb's particle follow the verb, each as lemma or form?"""
    return particle_start(token, words) is not None


def particle_start(token: Token, words: list[str]) -> int | None:
    """Where the words of a multiword verb's particle open: right after the verb, or past a short
    adjunct of time, an adverb or an adverbial locution between them ("a plaidé mardi pour que …",
    "a fait hier savoir que …", "a plaidé à l'avance pour que …"), which leaves the locution whole.
    None when they do not follow."""
    doc = token.doc
    pack = pack_of(doc)
    times = pack.words("time_nouns")
    k = token.i + 1
    whole = True  # the gap so far ends on a whole adjunct (no determiner or preposition left open)
    while k < min(len(doc), token.i + 2 + _TIME_GAP):
        if k + len(words) > len(doc):
            return None
        # (a typographic apostrophe reads as a straight one: "a l’impression")
        if all(word in (t.lemma_.lower(), t.lower_.replace("’", "'")) for word, t in zip(words, doc[k:])):
            # a determiner or preposition left open in the gap opens an object, not an adjunct
            return k if whole else None
        after = locution_end(doc, k, pack)
        if after is not None:
            k, whole = after, True
            continue
        if not (doc[k].pos_ in ("ADV", "NUM", "DET", "ADP") or _timely(doc[k], times)):
            return None
        whole = doc[k].pos_ in ("ADV", "NUM") or _timely(doc[k], times)
        k += 1
    return None


@cache
def _locutions(pack: LanguagePack) -> tuple[str, ...]:
    words = pack.words("adverbial_locutions") | pack.words("connectors")
    return tuple(sorted((w.replace("’", "'") for w in words if " " in w or "'" in w), key=len, reverse=True))


def locution_end(doc: Doc, k: int, pack: LanguagePack) -> int | None:
    """The token after an adverbial locution or a connector of several words that opens at token k
    ("à l'avance", "une nouvelle fois", "pour sa part"), or None."""
    start = doc[k].idx
    text = text_of(doc)[start:start + 40].lower().replace("’", "'")
    for phrase in _locutions(pack):
        if text.startswith(phrase):
            end = start + len(phrase)
            last = next((t for t in doc[k:k + 6] if t.idx + len(t.text) >= end), None)
            if last is not None and last.idx + len(last.text) == end:
                return last.i + 1
    return None


# the most words of an aside set off by commas between an auxiliary and its participle ("a, dans un
# communiqué, félicité")
ASIDE_WORDS = 5


def aside_auxiliary(doc: Doc, i: int, pack: LanguagePack) -> int | None:
    """The finite auxiliary of a compound tense split by an aside that ends at token i, the word
    right before the participle: a connector or adverbial locution of the pack ("a pour sa part
    indiqué") or a short aside set off by commas with no verb of its own ("a, de son côté, salué",
    "a, lui, ironisé", "a, dans un communiqué, félicité"). Its index, else None."""
    finite = function_words(pack, "finite_auxiliary")
    start = doc[i].sent.start
    if doc[i].text == ",":
        k = i - 1
        while k > start and i - k <= ASIDE_WORDS + 1 and doc[k].text != ",":
            if doc[k].pos_ in ("VERB", "AUX") or doc[k].text in (".", ";", ":"):
                return None  # a clause of its own between the commas, no aside
            k -= 1
        closed = k > start and doc[k].text == "," and 1 < i - k <= ASIDE_WORDS + 1
        return k - 1 if closed and doc[k - 1].lower_ in finite else None
    for k in range(max(start + 1, i - 3), i + 1):
        if locution_end(doc, k, pack) == i + 1 and doc[k - 1].lower_ in finite:
            return k - 1
    return None


def _timely(token: Token, times: frozenset[str]) -> bool:
    return token.lemma_.lower() in times or token.lower_ in times


def particle_heads(verb: Token, info: SpeechVerb) -> tuple[Token, ...]:
    """The tokens of a multiword verb's particle ("savoir" of "a fait hier savoir"), or none."""
    if not info.particle:
        return ()
    words = info.particle.split()
    start = particle_start(verb, words)
    return () if start is None else tuple(verb.doc[start:start + len(words)])


def _has_reflexive(token: Token, pack: LanguagePack) -> bool:
    """Does a verb carry a reflexive clitic ("s'est dit", "se dit", "se disant")?"""
    reflexives = function_words(pack, "reflexive")
    doc = token.doc
    return any(c.lower_ in reflexives and c.i < token.i for c in token.children) or \
        any(doc[k].lower_ in reflexives for k in range(max(0, token.i - 2), token.i))


@cache
def verb_endings(pack: LanguagePack) -> tuple[tuple[str, str], ...]:
    """(ending, infinitive ending) pairs of verb_endings.tsv, in file order."""
    return tuple((row["ending"], row["lemma_ending"])
                 for row in pack.table("verb_endings", ("ending", "lemma_ending")))


@lru_cache(maxsize=65536)
def _guess_lemmas(pack: LanguagePack, word: str) -> tuple[str, ...]:
    """Infinitives a form may come from, by its ending (cached: the same words recur)."""
    return tuple(word[: -len(end)] + lemma for end, lemma in verb_endings(pack)
                 if word.endswith(end) and len(word) > len(end) + 2)


def guess_lemmas(token: Token) -> tuple[str, ...]:
    """Infinitives a word the lemmatizer left alone may come from ("ment" -> "mentir"), by the
    ending table of its document's pack: candidates to look up in a word list, never a lemma."""
    return _guess_lemmas(pack_of(token.doc), token.lower_)

# ------------------------------------------------------------------ nouns

@cache
def role_nouns(pack: LanguagePack) -> frozenset[str]:
    """The pack's role nouns, and each of them after a prefix of role_prefixes.txt and a hyphen
    ("ex-ministre", "co-présidente"): word formation, not a list of every prefixed form."""
    roles = pack.words("role_nouns")
    return roles | {f"{prefix}-{role}" for prefix in pack.words("role_prefixes") for role in roles}


def feminine_role(pack: LanguagePack, word: str) -> bool:
    """Is a word the feminine of a role the pack lists in both forms ("échevine" / "échevin",
    "ambassadrice" / "ambassadeur": feminine_role_endings.tsv)? Then it is feminine, whatever the
    tagger says after an elided article."""
    return fold_same_length(word.lower()) in feminine_roles(pack)


@cache
def feminine_roles(pack: LanguagePack) -> frozenset[str]:
    """The pack's role nouns (folded) that are the feminine of another listed role."""
    roles = frozenset(fold_same_length(r) for r in role_nouns(pack))
    endings = [(row["feminine"], row["masculine"]) for row in
               pack.table("feminine_role_endings", ("feminine", "masculine")) if row["feminine"]]
    return frozenset(r for r in roles if len(r) > 2 and
                     any(r.endswith(f) and r[:len(r) - len(f)] + m in roles for f, m in endings))


def state_nouns(pack: LanguagePack) -> frozenset[str]:
    return pack.words("state_nouns")


def media_nouns(pack: LanguagePack) -> frozenset[str]:
    return pack.words("media_nouns")


@cache
def speaker_nouns(pack: LanguagePack) -> frozenset[str]:
    """Nouns that can head a speaker: roles, institutions, collectives, documents, and the party or
    political family of a person ("les indépendantistes", "le socialiste"), and the nouns that take
    up a person by sex or age ("la quinquagénaire")."""
    return pack.words("speaker_nouns") | role_nouns(pack) | media_nouns(pack) | pack.words("affiliation_nouns") | \
        frozenset(row["form"].lower() for row in pack.table("person_nouns", ("form", "gender")))


def is_actor_like(tokens) -> bool:
    """Could these tokens designate someone who speaks? A name, or a speaker noun."""
    tokens = list(tokens)
    if not tokens:
        return False
    pack = pack_of(tokens[0].doc)
    nouns, things = speaker_nouns(pack), pack.words("common_noun_acronyms")
    # an acronym ("l'OSF", "le PAM") names an organisation even when the tagger calls it a noun;
    # one of a common noun ("l'ADN", "le PIB") names a thing, whatever the model tags it
    return any(t.lower_ not in things and
               (t.ent_type_ in ("PER", "ORG", "LOC", "MISC") or t.pos_ == "PROPN" or
                t.lemma_.lower() in nouns or t.lower_ in nouns or
                (t.is_upper and t.is_alpha and len(t) > 1)) for t in tokens) or _listed_phrase(tokens, nouns)


def _listed_phrase(tokens: list, nouns: frozenset[str]) -> bool:
    """Do two or three words in a row make a speaker noun of several words whose words are not
    listed alone ("le numéro un chinois", "le guide suprême", "un lanceur d'alerte")?"""
    words = [t.lower_ for t in tokens]
    return any(" ".join(words[k:k + n]).replace("' ", "'") in nouns
               for n in (2, 3, 4) for k in range(len(words) - n + 1))


def is_non_speaker(tokens, lists: tuple[str, ...] = ("law_nouns", "non_speaker_nouns")) -> bool:
    """Is this noun phrase a text or a piece of evidence, which says nothing ("le projet de loi",
    "les chiffres", "l'ADN")? Its head (the first noun, or the words from it) is in one of the
    pack's `lists` (texts of law, law_nouns.txt; evidence, non_speaker_nouns.txt), or is the
    acronym of a common noun (common_noun_acronyms.txt)."""
    tokens = [t for t in tokens if t.pos_ not in ("DET", "PUNCT", "ADJ", "NUM")]
    if not tokens:
        return False
    pack = pack_of(tokens[0].doc)
    words = frozenset().union(*(pack.words(name) for name in lists))
    head = tokens[0]
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    phrase = [t.lower_ for t in tokens[:4]]
    return head.lemma_.lower() in words or names_a_thing(tokens) or \
        any(" ".join(phrase[:n]) in words for n in range(1, len(phrase) + 1))


def names_a_thing(tokens) -> bool:
    """Is the head of this noun phrase (its first noun or name) the acronym of a common noun
    ("l'ADN du suspect", "le PIB"; common_noun_acronyms.txt)? A thing, whatever the model tags it."""
    head = next((t for t in tokens if t.pos_ in ("NOUN", "PROPN")), None)
    return head is not None and head.lower_ in pack_of(head.doc).words("common_noun_acronyms")
