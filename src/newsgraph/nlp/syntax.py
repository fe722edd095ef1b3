"""Parse helpers shared by the quote finders: subjects, noun phrases, cues, markers, spans.

The md parser is often wrong around reported speech (an incise parsed as a noun's
modifier, "de son côté" as a subject), so each helper pairs the dependency parse
with a surface fallback.
"""
from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Span, Token

from .context import pack_of
from .lexicon import role_nouns
from .quotemarks import QUOTE_CHARS

NEGATIONS = {"pas", "jamais", "guère", "point", "nullement", "aucunement"}
# Words that cannot follow "Pour" when it introduces a speaker ("Pour ma part", "Pour cela").
POUR_NOT_SPEAKER = {"ma", "sa", "ta", "notre", "votre", "leur", "cela", "ça", "ce", "ceci", "autant",
                    "l'instant", "le", "moment", "rappel", "mémoire", "preuve", "exemple", "autant",
                    "la", "les", "un", "une", "tous", "toutes", "tout", "beaucoup", "certains",
                    "rien", "combien", "quoi"}
SPEAKER_PRONOUNS = {"il", "elle", "ils", "elles", "on", "-il", "-elle", "-ils", "-elles", "-on",
                    "-t-il", "-t-elle", "-t-on", "qui", "nous", "je", "j'", "-je", "lui", "celui-ci",
                    "celle-ci", "ce dernier", "cette dernière"}
# Sentence connectors that belong to the journalist, not to the reported words.
CONNECTORS = re.compile(
    r"^(?:(?:mais|et|or|donc|ainsi|toutefois|cependant|néanmoins|pourtant|enfin|en outre|par ailleurs|"
    r"de plus|d['’]ailleurs|en effet|de son côté|de leur côté|quant à lui|quant à elle|également|aussi|"
    r"par contre|en revanche|dès lors)\s*,?\s+)+", re.I)
# "2 juillet 2012. - " datelines and "Topic : " headline prefixes are not reported words.
DATELINE = re.compile(r"^\s*\d{1,2}(?:er)?\s+\w+\s+\d{4}\s*\.?\s*[-–—]+\s*")
INTERVIEW_PREPS = {"à", "au", "aux", "sur", "dans"}


def has_marks(text: str) -> bool:
    return any(ch in QUOTE_CHARS for ch in text)


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces, trailing punctuation (but not a quote's closing mark) and leading connectors."""
    while start < end and text[start] in " \t\n\u00a0,;:-–—":
        start += 1
    while end > start and text[end - 1] in " \t\n\u00a0,;:.-–—":
        end -= 1
    head = text[start:end]
    for pattern in (DATELINE, CONNECTORS):
        m = pattern.match(head)
        if m and m.end() < len(head):
            start += m.end()
            head = text[start:end]
    return start, end


def is_negated(verb: Token) -> bool:
    return any(c.lower_ in NEGATIONS or (c.dep_ == "advmod" and c.lower_ in ("ne", "n'") and
                                           any(x.lower_ in NEGATIONS for x in verb.children))
               for c in verb.children)


def subject_of(verb: Token, depth: int = 0) -> Span | None:
    """The subject of a speech verb as a span: nsubj, an inverted -il, a relative's antecedent, or the governing verb's."""
    doc = verb.doc
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubj:pass", "expl:subj") and child.lower_ not in ("-t", "t", "il") or \
                (child.dep_ in ("nsubj", "expl:subj") and child.lower_ == "il" and child.i < verb.i):
            if child.lower_ == "qui" and verb.dep_.startswith("acl") and verb.head.pos_ in ("NOUN", "PROPN"):
                return noun_phrase(verb.head)
            if child.lower_ in ("-t", "t"):
                continue
            phrase = noun_phrase(child)
            if phrase[0].pos_ == "ADP" and (phrase[0].lower_ not in ("d'", "d’", "des") or
                                            any("Poss" in t.morph.get("Poss", []) or t.morph.get("Poss") for t in phrase[:3])):
                # "a de son côté dénoncé": a misparsed adverbial, not the subject
                return subject_before(verb)
            return phrase
    for child in verb.children:  # inverted pronoun subject: "a-t-il précisé"
        if child.i > verb.i - 4 and child.lower_ in ("-il", "-elle", "-ils", "-elles", "-on", "il", "elle"):
            return doc[child.i:child.i + 1]
    if verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ in ("-il", "-elle", "-ils", "-elles", "-on", "-t-il", "-t-elle"):
        return doc[verb.i + 1:verb.i + 2]
    if verb.i + 2 < len(doc) and doc[verb.i + 1].lower_ == "-t":
        return doc[verb.i + 2:verb.i + 3]
    if depth < 3 and verb.dep_ in ("xcomp", "conj", "advcl", "ccomp", "acl", "acl:relcl") and verb.head.i != verb.i:
        if verb.dep_.startswith("acl") and verb.head.pos_ in ("NOUN", "PROPN"):
            phrase = noun_phrase(verb.head)
            # "a de son côté dénoncé" parsed as a participle on "côté": not a speaker
            return phrase if phrase[0].pos_ != "ADP" else subject_before(verb)
        return subject_of(verb.head, depth + 1)
    return None


def subject_before(verb: Token) -> Span | None:
    """The first noun phrase of the verb's sentence that is not inside a prepositional phrase."""
    doc = verb.doc
    candidates = [t for t in doc[verb.sent.start:verb.i] if t.pos_ in ("NOUN", "PROPN", "PRON")
                  and not any(x.pos_ == "ADP" for x in doc[max(verb.sent.start, t.left_edge.i):t.i])]
    for token in candidates:
        if token.dep_ in ("nsubj", "nsubj:pass"):
            return noun_phrase(token)
    # misparsed: the noun phrase that opens the sentence
    first = doc[verb.sent.start]
    while first.i < verb.i and (first.is_space or first.pos_ in ("DET", "PUNCT")):
        first = doc[first.i + 1]
    if candidates and candidates[0].i == first.i and candidates[0].pos_ != "PRON":
        return noun_phrase(candidates[0])
    return None


def noun_phrase(head: Token) -> Span:
    """A subject's noun phrase, without relative clauses, and cut at the first comma after the head."""
    doc = head.doc
    left = head.left_edge.i
    right = head.i
    for token in head.subtree:
        if token.i > head.i and token.text in (",", "(", "«", '"', "»") or token.dep_ in ("acl:relcl",) or token.pos_ == "VERB":
            break
        if token.i > head.i:
            right = token.i
    left = min(left, head.i)
    while left < head.i and doc[left].pos_ == "PUNCT":
        left += 1
    return doc[left:right + 1]


def np_after(doc: Doc, i: int, limit: int) -> Span | None:
    """The noun phrase that starts at token i (inverted subject of an incise), up to a comma or the end."""
    # skip the channel "à l'AFP", "sur Europe 1", "dans un entretien au Monde"
    while i < limit and doc[i].lower_ in INTERVIEW_PREPS:
        j = i + 1
        while j < limit and doc[j].text not in (",", ".") and not (doc[j].ent_type_ == "PER"):
            j += 1
        if j >= limit or doc[j].ent_type_ != "PER":
            break
        i = j
    while i < limit and doc[i].pos_ in ("ADV",) and doc[i].lower_ not in ("-il", "-elle"):
        i += 1
    j = i
    while j < limit and doc[j].text not in (",", ".", ";", ":", "(", "!", "?", "«", "»", '"') \
            and not (doc[j].pos_ in ("VERB", "AUX") and j > i and doc[j].ent_type_ == ""):
        j += 1
    return doc[i:j] if j > i else None


def sentence_bounds(doc: Doc, char: int) -> tuple[Span, int, int]:
    token = doc.char_span(char, char + 1, alignment_mode="expand")
    sent = token.sent if token is not None else doc[:].sents.__next__()
    return sent, sent.start_char, sent.end_char


def token_from(doc: Doc, char: int) -> Token | None:
    """The first token starting at or after a character offset."""
    starts = doc.user_data.get("ng_token_starts")
    if starts is None:
        starts = doc.user_data["ng_token_starts"] = [t.idx for t in doc]
    i = bisect.bisect_left(starts, char)
    return doc[i] if i < len(doc) else None


def speaker_of_verb(verb: Token) -> Span | None:
    """The speaker of a speech verb; after "comme (le)" the subject is inverted ("comme le précise X")."""
    doc = verb.doc
    k = verb.i - 1
    while k >= 0 and (doc[k].pos_ == "AUX" or doc[k].lower_ in ("le", "l'", "l’")):
        k -= 1
    if k >= 0 and doc[k].lower_ == "comme":
        after = np_after(doc, verb.i + 1, verb.sent.end)
        if after is not None:
            return after
    if verb.i > 0 and doc[verb.i - 1].lower_ == "en":
        # a gerund ("en affirmant que") shares the subject of its sentence
        return subject_before(verb) or subject_of(verb)
    return subject_of(verb) or subject_before(verb)




def marker_at(doc: Doc, i: int) -> tuple[str, int] | None:
    """The attribution marker starting at token i and the index of the token after it."""
    low = doc[i].lower_
    if low == "selon":
        return "selon", i + 1
    if low in ("d'", "d’") and i + 1 < len(doc) and doc[i + 1].lower_ == "après":
        return "d'après", i + 2
    if low in ("d'après", "d’après"):
        return "d'après", i + 1
    if low == "aux" and i + 2 < len(doc) and doc[i + 1].lower_ == "yeux" and doc[i + 2].lower_ in ("de", "d'", "du", "des"):
        return "aux yeux de", i + 3 if doc[i + 2].lower_ in ("de", "d'") else i + 2
    if low == "à" and i + 2 < len(doc) and doc[i + 1].lower_ == "en" and doc[i + 2].lower_ == "croire":
        return "à en croire", i + 3
    if low == "pour":
        return "pour", i + 1
    return None


def speaker_np_end(doc: Doc, i: int, limit: int) -> int:
    """End token (exclusive) of the speaker NP after a marker: up to a comma or the sentence end."""
    j = i
    while j < limit and doc[j].text not in (",", ".", ";", ":", "!", "?", "«", "»", '"') and j - i < 20:
        if doc[j].text == "(":  # "Pour l'ALN (Armée de Libération Nationale), …"
            close = next((k for k in range(j, min(limit, j + 12)) if doc[k].text == ")"), None)
            if close is None:
                return j
            j = close + 1
            continue
        if doc[j].pos_ in ("VERB", "AUX") and j > i and "Part" not in doc[j].morph.get("VerbForm"):
            return -1
        j += 1
    return j


def plausible_pour_speaker(span: Span) -> bool:
    if len(span) == 1 and span[0].lower_ in ("lui", "elle", "eux", "elles"):
        return True  # "Pour lui, c'est une erreur."
    if not len(span) or span[0].lower_ in POUR_NOT_SPEAKER and not any(t.ent_type_ in ("PER", "ORG") for t in span):
        return False
    if span[0].pos_ in ("VERB", "AUX") or "Inf" in span[0].morph.get("VerbForm"):
        return False
    if any(t.ent_type_ in ("PER", "ORG") for t in span):
        return True
    roles = role_nouns(pack_of(span.doc))
    return any(t.lemma_.lower() in roles or t.lower_ in roles for t in span) or \
        any(t.pos_ == "PROPN" for t in span)


def after_headline_topic(text: str, start: int, end: int) -> int:
    """Skip a headline's "Topic : " prefix (a short verbless label before a colon)."""
    colon = text.find(" : ", start, end)
    if 0 < colon - start < 40 and not re.search(r"\b(?:est|a|ont|sont)\b", text[start:colon]):
        return colon + 3
    return start


def journalist_prefix_end(text: str, start: int, end: int) -> int:
    """Skip what precedes reported words but is not attribution: a dateline, a headline topic."""
    m = DATELINE.match(text[start:end])
    if m:
        start += m.end()
    return after_headline_topic(text, start, end)


def is_speech_act(verb: Token) -> bool:
    """A verb that reports an act of saying: finite, a compound past, a gerund, or a noun
    ("déclaration"); not a participle used as an adjective ("se sent lâchée : « … »")."""
    if verb.pos_ == "NOUN":
        return True
    form = verb.morph.get("VerbForm")
    if "Fin" in form or "Inf" in form:
        return True
    doc = verb.doc
    has_aux = any(c.dep_.startswith("aux") for c in verb.children) or \
        (verb.i > 0 and (doc[verb.i - 1].pos_ == "AUX" or doc[verb.i - 1].lower_ in ("en", "-il", "-elle")))
    return has_aux


def cue_start(verb: Token) -> int:
    """Start of the cue: auxiliaries and the reflexive pronoun before the verb ("s'est dit", "a déclaré")."""
    doc = verb.doc
    i = verb.i
    while i - 1 >= 0 and (doc[i - 1].pos_ == "AUX" or doc[i - 1].lower_ in ("s'", "se", "s’", "-t", "-il", "-elle", "n'", "ne") or
                          (doc[i - 1].pos_ == "ADV" and i - 2 >= 0 and doc[i - 2].pos_ == "AUX")) \
            and verb.i - i < 4:
        i -= 1
    if i < verb.i and doc[i].lower_ in ("-t", "-il", "-elle"):
        i = verb.i
    return doc[i].idx
