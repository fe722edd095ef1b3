"""Postposed incises with no quotation marks: "La capture est un revers, affirme Rami Abd al-Rahman.",
"…, comme le précise X", and, in English, a subject before its verb ("…, the senator said.").
Split from reports.py (which finds reports governed by a cue before the words) by job: here the
cue follows the words it reports."""
from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

from .actor_lexicon import actor_lexicon
from .context import pack_of
from .lexicon import (SpeechVerb, function_words, has_frame, is_actor_like, is_non_speaker, pronoun_forms,
                      speech_verb, speech_verb_indices)
from .name_labels import label_between
from .quotemarks import QUOTE_CHARS, QuotedSpan, opening_between, sentence_like, words_with_marks
from .reading_cues import reading_cue
from .reports import FoundQuote, _inside
from .syntax import (after_headline_topic, as_start, cue_start, has_marks, inverted_pronouns, is_negated,
                     is_present_participle, labels, np_after, strip_span, subject_labels, subject_of,
                     third_person_subject_pronouns, time_words)
from .marker_phrases import marker_at
from .tense import misread_finite
from .textutil import text_of

# marks that only open a quotation
OPENING_MARKS = frozenset("«“„‘")


def _reports_clause_before(verb: Token, subject: Span, *, around: bool = False) -> bool:
    """Does the parse tie the verb to a clause before its subject, as the words it reports ("The
    economy is improving, the senator said": "improving" is its clausal complement; "…, he said, …"
    hangs as a parenthetical on the clause around it)? An adverbial before a plain clause
    ("In Virginia, where …, Allen conceded defeat") is not reported."""
    pack = pack_of(verb.doc)
    links = pack.label("clausal_complement") + pack.label("parataxis")
    if any(c.dep_ in links and c.i < subject.start for c in verb.children):
        return True
    if around and verb.dep_ in pack.label("parataxis"):
        return True  # a parenthetical inside the clause it reports, wherever the parser hangs it
    if verb.dep_ in pack.label("conjunct") and verb.head.i < subject.start:
        # the small English parser coordinates "A, X said" as two clauses: with only a comma
        # between them (no coordinator) and nothing said after the verb, it is an incise
        between = range(verb.head.i + 1, subject.start)
        said = labels(pack, "object", "clausal_complement", "open_complement")
        return not any(c.dep_ in pack.label("coordinator") and c.i in between for c in verb.head.children) \
            and not any(c.dep_ in said and c.i > verb.i for c in verb.children)
    return verb.dep_ in links and verb.head.i < subject.start


def _channel_aside(rest: Span) -> bool:
    """Is what follows an incise's speaker only the channel the words went through ("…, a indiqué
    un porte-parole, cité par l'agence Reuters.", "…, interrogé par la RTS.")? The speaker still
    closes the words; sources.py reads the channel."""
    participles = pack_of(rest.doc).words("channel_participles")
    if len(rest) >= 3 and rest[0].text != "," and rest[1].pos_ == "ADP":
        rest = rest.doc[rest.start - 1:rest.end]  # "…, a indiqué un responsable joint par téléphone."
        # (no comma: the participle right after the speaker, then its preposition)
    elif len(rest) < 3 or rest[0].text != ",":
        return False
    word = rest[1]  # a participle ("cité", tagged as a verb or an adjective), not "rapporte"
    return (word.lower_ in participles or word.lemma_.lower() in participles) and \
        ("Part" in word.morph.get("VerbForm") or word.pos_ == "ADJ")


def _verbless_aside(rest: Span) -> bool:
    """Is what follows an incise's speaker an apposition, a circumstance or a channel with no finite
    verb, opened by a comma or a preposition ("…, a indiqué X, porte-parole de …", "…, a annoncé le
    ministère, en réponse à …", "…, a annoncé la présidence dans un communiqué lu à la
    télévision.")? The words before are still the speaker's (unmarked ones only: see below)."""
    words = [t for t in rest if t.pos_ not in ("PUNCT", "SPACE")]
    if not words or len(rest) > 16 or not (rest[0].text == "," or rest[0].pos_ == "ADP"):
        return False
    # (marks in a circumstance opened by its preposition are the journalist's: "…, a annoncé X, en
    # réponse à la « violation » de …"; after a bare comma they may open more words)
    circumstance = rest[0].text == "," and len(rest) > 1 and rest[1].pos_ == "ADP"
    return not any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in rest) and \
        (circumstance or not any(t.text in QUOTE_CHARS for t in rest))


def _relative_aside(rest: Span) -> bool:
    """Is what follows an incise's speaker a relative clause on the speaker, set off by a comma
    ("…, a indiqué M. X, qui a aussi annoncé une visite.")? It says more of the speaker; the words
    before are still theirs. Read on the tagger's morphology (a relative pronoun), no words of a
    language."""
    return len(rest) >= 3 and rest[0].text == "," and rest[1].pos_ == "PRON" and \
        "Rel" in rest[1].morph.get("PronType")


def _past_acronym(doc: Doc, i: int, limit: int) -> int:
    """The token after a bracketed acronym at token i ("…, a indiqué le Département fédéral des
    affaires étrangères (DFAE).": the speaker's short name, nothing said after it), else i."""
    if i + 2 >= limit or doc[i].text != "(":
        return i
    close = next((k for k in range(i + 1, min(i + 5, limit)) if doc[k].text == ")"), None)
    inside = doc[i + 1:close] if close is not None else ()
    if not inside or not all(_acronym_form(t.text) for t in inside):
        return i
    return close + 1


def _acronym_form(word: str) -> bool:
    """Is a word written as an acronym ("DFAE", "G20", "PdC"): capitals throughout, or two of them
    at least? A capitalised word ("Genève", "Lundi") is a name or a sentence's first word."""
    return word.isupper() or word[:1].isupper() and sum(c.isupper() for c in word) >= 2


def _main_clause_verb(doc: Doc, start: int, end: int) -> bool:
    """Do the words in [start, end) hold a finite verb outside a relative clause? Unmarked words an
    incise closes are a clause; a noun phrase with its relative clause or participle ("Le Canada, qui
    refuse …, a annoncé le versement", "Ces opérations, baptisées X, ont été lancées fin 2021") is the
    subject of the verb that follows, not words it reports."""
    pack = pack_of(doc)
    relative = pack.label("relative_clause")
    for token in doc.char_span(start, end, alignment_mode="expand") or ():
        form = token.morph.get("VerbForm")
        # (a future the tagger reads as a participle or an adjective is finite by its ending: "La
        # Belgique financera l'aide …, a fait savoir X", "Le Canada réduira …, a annoncé X")
        if not misread_finite(token, pack) and (token.pos_ not in ("VERB", "AUX") or form and "Fin" not in form):
            continue  # (a verb with no form given, as a hand-built parse has, counts as finite)
        clause = token.head if token.pos_ == "AUX" else token
        # (a relative pronoun of its own shows a relative clause the parse made the root)
        if not any(t.dep_ in relative and t.idx >= start for t in (token, *token.ancestors)) and \
                not any("Rel" in c.morph.get("PronType") for c in clause.children if c.i < clause.i):
            return True
    return False


def _conjugated(verb: Token, before: Span) -> bool:
    """Is the verb finite, or a participle after its auxiliary ("a indiqué")? A bare participle
    ("…, considéré comme influent, qui …") describes a noun; it closes no words as an incise."""
    return "Fin" in verb.morph.get("VerbForm") or any(t.pos_ == "AUX" for t in before)


def _participle_aside(rest: Span) -> bool:
    """Is what follows an incise's speaker a participial adjunct set off by a comma ("…, a affirmé
    X, rappelant une promesse.")? It says more of the speaker; the words before are still theirs."""
    return len(rest) >= 3 and rest[0].text == "," and rest[1].pos_ == "VERB" and is_present_participle(rest[1])


def _aside_of_incise(doc: Doc, comma: int, start: int, pack) -> bool:
    """Does an inverted incise end right at this comma ("« … » estime X, répétant une promesse")?
    A present participle after it is an aside that says more of X: the incise before is its
    sentence's cue, not the participle's words."""
    euphonic = function_words(pack, "euphonic") | inverted_pronouns(pack)
    # (the splitter may open the sentence at the incise, after the closing mark)
    for v in range(comma - 1, start - 1, -1):
        verb = doc[v]
        info = speech_verb(verb) if verb.pos_ == "VERB" else None
        if info is None or not has_frame(info, pack, "incise") or is_present_participle(verb) or v == 0:
            continue
        i = v - 1
        while i > 0 and (doc[i].pos_ in ("AUX", "ADV") or doc[i].lower_ in euphonic):
            i -= 1
        if not _closes_words(doc[i]):
            continue
        subject = np_after(doc, v + 1, comma + 1)
        return subject is not None and subject.end == comma
    return False


def _impersonal_pronoun(doc: Doc, i: int, verb: Token, last_word: int, limit: int) -> Token | None:
    """The impersonal inverted pronoun of an incise, between its auxiliary and its participle
    ("a-t-on appris") or after its verb ("apprend-on", "indique-t-on"), if it has one."""
    pack = pack_of(doc)
    impersonal = pronoun_forms(pack, kind="impersonal", inverted="yes")
    euphonic = function_words(pack, "euphonic")
    after = last_word + 1
    while after < limit and doc[after].lower_ in euphonic and doc[after].lower_ not in impersonal:
        after += 1
    for token in [*doc[i + 1:verb.i], *doc[after:after + 1]]:
        if token.lower_ in impersonal:
            return token
    return None


def _personal_between(doc: Doc, i: int, verb: Token) -> Token | None:
    """The personal inverted pronoun between an incise's auxiliary and its participle ("a-t-il
    précisé", "a-t-elle ajouté"), if it has one: the subject, whatever the parser read after it."""
    pack = pack_of(doc)
    personal = third_person_subject_pronouns(pack) & pronoun_forms(pack, kind="personal", inverted="yes")
    return next((t for t in doc[i + 1:verb.i] if t.lower_ in personal), None)


def _personal_subject(doc: Doc, pronoun: Token, last_word: int, limit: int) -> tuple[Span, int]:
    """The pronoun as the incise's speaker, and the token after the words read: past a time or an
    adverb after the participle ("…, a-t-elle ajouté jeudi.": "jeudi" is no subject)."""
    skipped = time_words(pack_of(doc))
    k = last_word + 1
    while k < limit and (doc[k].lower_ in skipped or doc[k].pos_ == "ADV"):
        k += 1
    return doc[pronoun.i:pronoun.i + 1], k


def _pronoun_inside_clause(doc: Doc, sent: Span, comma: int) -> Token | None:
    """"La situation, estime-t-il, est grave.": an incise set off by commas inside an unmarked
    clause, its subject an inverted personal pronoun; the words before it have no finite verb, the
    words after its second comma go on with one (not a circumstance opened by a preposition or a
    conjunction: "…, a-t-il dit, avant de partir"). The pronoun, or None."""
    pack = pack_of(doc)
    personal = third_person_subject_pronouns(pack) & pronoun_forms(pack, kind="personal", inverted="yes")
    euphonic = function_words(pack, "euphonic")
    if comma <= sent.start or has_marks(sent.text):
        return None
    k, pronoun = comma + 1, None
    while k < sent.end and doc[k].text != ",":
        if doc[k].lower_ in personal:
            pronoun = doc[k]
        elif doc[k].pos_ not in ("VERB", "AUX", "ADV") and doc[k].lower_ not in euphonic:
            return None
        k += 1
    rest = doc[k + 1:sent.end]
    if pronoun is None or len(rest) < 2 or rest[0].pos_ in ("ADP", "SCONJ", "CCONJ", "PUNCT"):
        return None
    def finite(words) -> bool:
        return any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in words)
    return pronoun if not finite(doc[sent.start:comma]) and finite(rest) else None


def _informant_of_impersonal(doc: Doc, pronoun: Token, last_word: int, limit: int) -> tuple[Span, int]:
    """The speaker of an incise whose subject is the impersonal inverted pronoun: the informant
    named after it, past its prepositions ("a-t-on appris de source policière": "source policière";
    "indique-t-on auprès de la mairie": "la mairie"), else the pronoun alone ("dit-on"); and the
    token after the words read."""
    pack = pack_of(doc)
    skipped = function_words(pack, "euphonic") | pronoun_forms(pack, kind="impersonal", inverted="yes") | \
        time_words(pack)  # "a-t-on appris mardi": a time, nobody
    k = max(last_word, pronoun.i) + 1
    while k < limit and (doc[k].lower_ in skipped or doc[k].pos_ in ("ADP", "NUM")):
        k += 1
    named = np_after(doc, k, limit) if k < limit else None
    if named is not None:
        return named, named.end
    return doc[pronoun.i:pronoun.i + 1], k


def _closed_words_before(doc: Doc, sent: Span, comma: int, verb: Token, last_word: int) -> bool:
    """Is the "subject" the parser gives an incise's verb before its comma a misreading: the words
    before the comma are complete (a clause with its finite verb, or words closed by a quotation
    mark: "Une mesure « sans précédent », a reconnu X") and a name or a speaker noun follows the
    verb, its inverted subject ("…, dont le Libérien X, rapporte l'agence Reuters.")? Not a subject
    between the comma and the verb ('"…," Mr. X said at …'): that one is the cue's."""
    subjects = subject_labels(pack_of(doc))
    if any(c.dep_ in subjects and comma < c.i < verb.i for c in verb.children):
        return False
    after = np_after(doc, last_word + 1, sent.end)
    if after is None or after.start != last_word + 1 or after[0].pos_ == "ADP" or not is_actor_like(after):
        return False  # (right after the verb, no preposition: '…, said at a Washington event' names nobody)
    before = doc[comma - 1]
    quoted = before.text in QUOTE_CHARS and before.text not in OPENING_MARKS
    return quoted or _main_clause_verb(doc, sent.start_char, doc[comma].idx)


def _marks_read_alone(text: str, quoted: list[QuotedSpan], start: int, end: int) -> bool:
    """Do the words [start, end) hold a quotation that the marks' finder reads as a quote of its own:
    one that opens the words, or a sentence in marks? A short fragment inside a clause ("Ce n'était
    « pas suffisant », a-t-il jugé") it leaves out as a scare quote; the incise reads the clause."""
    return any(q.depth == 0 and (not text[start:q.open_at].strip() or sentence_like(text[q.start:q.end].strip()))
               for q in opening_between(quoted, start, end))


def _after_introducing_colon(text: str, quoted: list[QuotedSpan], start: int, end: int) -> int:
    """Where the words of an incise begin when a quotation inside them opens right after a colon:
    at its opening mark. The words before the colon introduce it ('Sen. X rebuked him: "…," she
    said.'): the journalist's, naming the speaker, not words the incise reports."""
    for q in opening_between(quoted, start, end):
        if q.depth == 0 and start < q.open_at and text[start:q.open_at].rstrip().endswith(":"):
            return q.open_at
    return start


def _closes_words(token: Token) -> bool:
    """A comma or a closing quotation mark: what separates reported words from their incise."""
    return token.text == "," or token.text in QUOTE_CHARS and token.text not in OPENING_MARKS


def cue_opening_after_mark(doc: Doc, first: int) -> tuple[tuple[int, int], tuple[int, int], SpeechVerb | None] | None:
    """The cue and speaker of an incise at token `first`, right after a closing mark, that does
    not open with its verb: a reading verb ("», peut-on lire dans le communiqué", no speech verb)
    or a conjunction ("», comme l'a déclaré X")."""
    reading = reading_cue(doc, first)
    if reading is not None:
        return reading[0], reading[1], None
    return as_incise_at(doc, first)


def as_incise_at(doc: Doc, first: int) -> tuple[tuple[int, int], tuple[int, int], SpeechVerb] | None:
    """The cue and inverted subject of an incise opened by a conjunction at token `first`, right
    after a closing mark ("« … », comme l'a déclaré X", "», ainsi que le précise X"): the words in
    marks are X's as they are in "…, comme le précise X" without marks (pack words `as`)."""
    pack = pack_of(doc)
    sent_end = doc[first].sent.end
    opener = next((len(form.split()) for form in function_words(pack, "as")
                   if [t.lower_ for t in doc[first:first + len(form.split())]] == form.split()), None)
    if opener is None:
        return None
    clitics = function_words(pack, "neuter_clitic")
    i = first + opener
    while i < sent_end and (doc[i].lower_ in clitics or doc[i].pos_ in ("AUX", "ADV")):
        i += 1
    if i >= sent_end:
        return None
    verb = doc[i]
    info = speech_verb(verb)
    if info is None or verb.pos_ != "VERB" or is_negated(verb):
        return None
    subject = np_after(doc, i + 1, sent_end)  # (a subject before the verb, English "as X said", is no incise here)
    if subject is None:
        return None
    return (doc[first].idx, verb.idx + len(verb.text)), (subject.start_char, subject.end_char), info


def find_incise_reports(doc: Doc, quoted: list[QuotedSpan]) -> list[FoundQuote]:
    """Reports whose cue follows the words: "La capture est un revers, affirme Rami Abd al-Rahman."
    and "…, comme le précise X", and with the subject before its verb where the parse ties the verb
    to the words before ("The economy is improving, the senator said."). An inverted incise must close its
    sentence (nothing but punctuation after the speaker, or its pronoun between auxiliary and participle:
    "…, a-t-il précisé.", or a verbless apposition or circumstance: "…, a indiqué X, porte-parole de
    …", unmarked words only): the looser readings (inverted pronouns, appositions, bare participles, a colon
    before a quotation) moved the tuning part and not the check part."""
    found = []
    text = text_of(doc)
    pack = pack_of(doc)
    euphonic = function_words(pack, "euphonic")
    clitics = function_words(pack, "neuter_clitic")
    idioms = function_words(pack, "connective_adverb")
    inverted = inverted_pronouns(pack)
    subjects = pack.label("subject")
    verbs = speech_verb_indices(doc)
    aside = pack.setting("incise_before_participle_aside", False)
    misread = pack.setting("incise_subject_misread", False)
    relatives = actor_lexicon(pack).relatives
    for sent in doc.sents:
        for k in range(bisect.bisect_left(verbs, sent.start), bisect.bisect_left(verbs, sent.end)):
            verb = doc[verbs[k]]
            info = speech_verb(verb)
            personal, loose = None, False
            # a word glued to an inverted pronoun is a verb whatever its tag ("juge-t-il" read as a noun)
            glued = not verb.whitespace_ and verb.i + 1 < sent.end and doc[verb.i + 1].lower_ in euphonic | inverted
            if (verb.pos_ != "VERB" and not glued) or is_negated(verb):
                continue
            # the last word of the cue: a verb of several words ends with its particle ("…, croit
            # savoir le quotidien."), and its inverted subject comes after that
            last_word = min(verb.i + len(info.particle.split()), sent.end - 1) if info.particle else verb.i
            i = verb.i - 1
            while i > sent.start and (doc[i].pos_ in ("AUX", "ADV") or doc[i].lower_ in euphonic | inverted or
                                      doc[i].is_space):  # (the doubled space of scraped copy)
                i -= 1
            if any(t.lower_ in idioms for t in doc[i + 1:verb.i]):
                continue  # "…, autrement dit parmi les pires": a connective, nobody speaks
            opening = as_start(doc, i - 1) if i > sent.start and doc[i].lower_ in clitics else None
            comme = opening is not None and opening >= sent.start
            if comme:
                i = opening  # "comme", "ainsi que"
                subject = np_after(doc, last_word + 1, sent.end)
                if subject is None:
                    continue
            else:
                pronoun = _impersonal_pronoun(doc, i, verb, last_word, sent.end)
                if not (has_frame(info, pack, "incise") or
                        pronoun is not None and has_frame(info, pack, "impersonal_incise")) or i <= sent.start:
                    continue
                if _closes_words(doc[i]):  # inverted: "…, affirme X.", "…, said Mr. X."
                    if pronoun is None and "Part" in verb.morph.get("VerbForm") and \
                            (is_present_participle(verb) or not _conjugated(verb, doc[i + 1:verb.i])):
                        continue  # "…, exigeant le retrait …", "…, jugés inefficaces.": a present participle
                        # takes no inverted subject, a bare past participle qualifies the noun before
                    if i == verb.i - 1 and _channel_aside(doc[i:sent.end]):
                        continue  # the channel of the words before ("…, interrogé par la RTS."), no incise
                    inside = _pronoun_inside_clause(doc, sent, i) if pronoun is None else None
                    if inside is not None:
                        # "La situation, estime-t-il, est grave.": the words run on past the incise (the
                        # parser may take "La situation" for the cue's subject)
                        start, end = strip_span(doc, sent.start_char, sent.end_char)
                        found.append(FoundQuote(start, end, "indirect",
                                                (cue_start(verb), doc[last_word].idx + len(doc[last_word].text)),
                                                (inside.idx, inside.idx + len(inside.text)), 0.7, verb=info))
                        continue
                    if any(c.dep_ in subjects and c.i < verb.i and c.pos_ in ("NOUN", "PROPN", "PRON") and
                           c.lower_ not in euphonic | inverted for c in verb.children) and \
                            not (misread and _closed_words_before(doc, sent, i, verb, last_word)):
                        continue  # its subject stands before it, past the comma: not inverted (a
                        # number the parser took for a subject, a dateline's day, does not count)
                    if aside and is_present_participle(verb) and _aside_of_incise(doc, i, sent.start, pack):
                        continue  # "« … » estime X, répétant une promesse": X's aside, no incise
                    subject = np_after(doc, last_word + 1, sent.end)
                    read = subject.end if subject is not None else sent.end
                    personal = _personal_between(doc, i, verb) if pronoun is None else None
                    if pronoun is not None:
                        subject, read = _informant_of_impersonal(doc, pronoun, last_word, sent.end)
                    elif personal is not None:
                        subject, read = _personal_subject(doc, personal, last_word, sent.end)
                    if subject is None or pronoun is None and is_non_speaker(subject):
                        continue  # "…, confirme l'ADN.", "…, indiquent les chiffres.": evidence, nobody's words
                    rest = doc[_past_acronym(doc, read, sent.end):sent.end]
                    if any(t.pos_ not in ("PUNCT", "SPACE") for t in rest) and not _channel_aside(rest) and \
                            not (aside and _participle_aside(rest)) and \
                            not (_relative_aside(rest) and _conjugated(verb, doc[i + 1:verb.i])) and \
                            not _verbless_aside(rest):
                        continue
                    loose = any(t.pos_ not in ("PUNCT", "SPACE") for t in rest) and _verbless_aside(rest)
                    if loose and personal is None and not is_actor_like(subject):
                        continue  # "…, ont lancé une offensive dans le nord, se rapprochant …": no speaker
                else:  # the subject before its verb: "…, sources said.", "…, he said, …"
                    subject = subject_of(verb)
                    if subject is None or subject.end != i + 1 and not label_between(doc, subject.end, i) or \
                            subject.start - 1 <= sent.start or \
                            not _closes_words(doc[subject.start - 1]):
                        continue
                    if doc[subject.start].lower_ in relatives:
                        continue  # "…, s'est réjoui X, dont le pays assure la présidence": a relative
                        # clause on the noun before it, no incise
                    # the verb's own words end before a clause coordinated to it ("…, the agency
                    # said in a report, and those at the bottom paid …": the words run on past it)
                    # nor a circumstance set off by a comma ("…, she said, as rivers rose"): no words of hers
                    joined = labels(pack, "conjunct", "coordinator")
                    asides = [c for c in verb.children if c.i > verb.i and c.dep_ in pack.label("adverbial_clause")
                              and doc[c.left_edge.i - 1].text == ","]
                    in_aside = {t.i for c in asides for t in c.subtree}
                    own = [c.right_edge.i for c in verb.children if c.dep_ not in joined or c.i < verb.i]
                    last = min(max(own + [verb.i]), sent.end - 1)
                    if any(t.pos_ in ("VERB", "AUX") and marker_at(doc, t.i) is None and t.i not in in_aside
                           for t in doc[verb.i + 1:last + 1]):
                        continue  # a clause of its own after the verb ("according to" aside): not an incise
                    i = subject.start - 1
                    rest = doc[last + 1:sent.end]
                    around = any(t.pos_ not in ("PUNCT", "SPACE") for t in rest)
                    if not _reports_clause_before(verb, subject, around=around) or _inside(quoted, verb.idx):
                        continue  # inside a quotation, "…, we said, …" is the quoted speaker's words
                    if around:
                        if doc[last].text != ",":
                            continue
                        # "…, he said, local officials …": the words run on past the incise
                        start, end = strip_span(doc, sent.start_char, sent.end_char)
                        found.append(FoundQuote(start, end, "mixed" if has_marks(text[start:end]) else "indirect",
                                                (cue_start(verb), doc[last_word].idx + len(doc[last_word].text)),
                                                (subject.start_char, subject.end_char), 0.7, verb=info))
                        continue
            cut = doc[i].idx + (len(doc[i].text) if doc[i].text in QUOTE_CHARS else 0)
            start, end = strip_span(doc, sent.start_char, cut)
            start = after_headline_topic(doc, start, end)
            start = _after_introducing_colon(text, quoted, start, end)
            content = text[start:end]
            single = [q for q in quoted if q.depth == 0 and q.open_at <= start and q.outer_end >= end]
            if len(words_with_marks(content)) < 4 or single:
                continue  # a quotation with its incise: a direct quote, found from the marks
            if any(q.depth == 0 and q.start < start < q.close_at and q.outer_end <= verb.idx for q in quoted):
                continue  # a sentence cut out of a quotation closed before the incise: the same
            kind = "mixed" if has_marks(content) else "indirect"
            marked = any(q.depth == 0 and start <= q.open_at and q.outer_end <= end for q in quoted)
            if kind == "indirect" and not marked and not _main_clause_verb(doc, start, end):
                continue  # "Le Canada, qui refuse d'envoyer des troupes, a annoncé le versement …": a
                # subject with its relative clause, then its verb and object; nobody's words
            if loose and kind == "mixed" and _marks_read_alone(text, quoted, start, end):
                continue  # words with marks before "…, déclare X, présidente de …": the marks' own
                # reading holds (read as mixed here, a direct quote of dev lost its type)
            if personal is not None and kind == "mixed" and _marks_read_alone(text, quoted, start, end):
                continue  # words with marks before "a-t-il dit": the marks' own reading holds (read
                # as mixed here, it moved the type and speaker of a check quote)
            found.append(FoundQuote(start, end, kind, (doc[i].idx if comme else cue_start(verb),
                                                       doc[last_word].idx + len(doc[last_word].text)),
                                    (subject.start_char, subject.end_char), 0.75, verb=info))
    # "…, a affirmé X, rappelant …": the participle's reading takes the incise before it for its
    # words; the incise's own reading (allowed by _participle_aside) is the report
    if not aside:
        return found
    return [q for q in found if not any(
        other is not q and other.start == q.start and q.start <= other.cue[0] and other.cue[1] <= q.end
        for other in found)]
