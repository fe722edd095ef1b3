"""What a cue says of an object (split from nlp/frames.py by job): a predicate after a reflexive verb
of saying ("se dit « prêt » à …"), a quotation that is the cue's object or what the cue says of one
("a dénoncé une « dérive »", "a qualifié le projet d'« irresponsable »"), and, on the parse only, a
reported or judged object ("called the remarks dangerous"). nlp/frames.py reads the clause and
infinitive frames and calls these readers. No word or label of a language is written here.
"""
from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from ..lang import LanguagePack
from .complements import Complement, subtree_end
from .context import pack_of
from .lexicon import SpeechVerb, frames_of_kind, function_words, has_frame, is_actor_like, speech_verb
from .quotemarks import QUOTE_CHARS, QuotedSpan, opening_between
from .syntax import labels
from .textutil import text_of


def frame_words(info: SpeechVerb, pack: LanguagePack, kind: str) -> frozenset[str]:
    """The words that open a cue's frames of one kind (its complementisers, its prepositions)."""
    return frozenset().union(*(f.words for f in frames_of_kind(info, pack, kind)))


def elided(token: Token) -> tuple[str, Token]:
    """A word and its last token, joining an apostrophe the tokenizer split off ("qu" + "'" before
    a space or a quotation mark in scraped text)."""
    doc = token.doc
    if not token.whitespace_ and token.i + 1 < len(doc) and doc[token.i + 1].text in ("'", "’"):
        return token.lower_ + doc[token.i + 1].text, doc[token.i + 1]
    return token.lower_, token


def edge_end(token: Token) -> int:
    last = token.right_edge
    return last.idx + len(last.text)


@cache
def time_nouns(pack: LanguagePack) -> frozenset[str]:
    return pack.words("time_nouns") | {row.cells["form"] for row in pack.table("months", ("form",))}


def predicate(dependents: list[Token], info: SpeechVerb, pack: LanguagePack,
              arguments: frozenset[str]) -> Complement | None:
    """"se dit prêt à …", "s'est dit « déçu »": the first dependent that can be a predicate."""
    if not has_frame(info, pack, "predicate"):
        return None
    for dep in dependents:
        if dep.dep_ not in arguments:
            continue  # a modifier ("mardi", "dans la ville") before the predicate
        participle = dep.pos_ in ("VERB", "AUX") and "Part" in dep.morph.get("VerbForm")
        phrase = dep.pos_ == "NOUN" and any(c.pos_ == "ADP" and c.i < dep.i for c in dep.children)
        # an adjective, a participle or a phrase ("en droit de"); not a noun ("s'est déclaré candidat")
        if dep.pos_ == "ADJ" or participle or phrase:
            first = dep.doc[dep.left_edge.i]
            # the parser hangs a mark before an adverb on the cue ("s'est dit « très déçu »"): the
            # quotation opens the predicate all the same
            mark = dep.doc[first.i - 1]
            if first.i > 0 and mark.i > dep.head.i and mark.text in QUOTE_CHARS and \
                    any(t.text in QUOTE_CHARS for t in dep.doc[first.i:dep.right_edge.i + 1]):
                first = mark
            return Complement("predicate", first, first.idx, edge_end(dep))
        return None
    return None


def quoted_object(cue: Token, info: SpeechVerb, pack: LanguagePack, i: int, saw_noun: bool) -> Complement | None:
    """The words a quotation mark at token i opens, met on the surface after a cue before any verb or
    complementiser (frames._surface): the quotation itself, or its object noun phrase with it.
    `saw_noun`: a noun stands between the cue and the mark."""
    doc = cue.doc
    token = doc[i]
    sent_end = cue.sent.end
    prepositions = frame_words(info, pack, "infinitive_after")
    # a verb of the quoted-words frame ("a lancé « … »") carries words only in marks right
    # after it: with a determiner before the marks they name what it launches ("lancera les
    # « assises »")
    words = has_frame(info, pack, "quoted_words") and doc[i - 1].pos_ != "DET"
    if (has_frame(info, pack, "quoted_object") or words) and not saw_noun:
        # the object's determiner before the mark opens the words ("a dénoncé une « dérive »")
        first = i
        while first - 1 > cue.i and doc[first - 1].pos_ == "DET":
            first -= 1
        return Complement("quoted_object", token, doc[first].idx, None)
    if has_frame(info, pack, "quoted_object") and _quoted_noun_phrase(doc, i, sent_end) and \
            doc[i - 1].pos_ not in ("ADP", "DET"):
        # the words are a noun phrase with its own determiner ("a dénoncé dans un communiqué
        # « une dérive »", "évoque pour sa part « un échec »"): the quotation is the whole
        # object, the phrase before it an adjunct of the cue
        return Complement("quoted_object", token, token.idx, None)
    first = cue.i + 1
    # an adverb or a date between the cue and its object ("a qualifié mardi cette décision
    # d'« absurde »", "juge aussi ce texte « dangereux »") is no part of the words
    while first < i - 1 and (doc[first].pos_ == "ADV" or doc[first].lower_ in time_nouns(pack)):
        first += 1
    first = _past_aside(doc, first, i)
    if has_frame(info, pack, "linked_object"):
        return _linked_object(doc, info, pack, first, i)
    rest = _after_addressee(doc, first, i, pack)
    if rest is not None and has_frame(info, pack, "quoted_object"):
        # "a souhaité à son successeur « bon courage »", "a reproché au ministre son « inaction »":
        # whom the words are addressed to is no part of them; they open after it
        return Complement("quoted_object", token, doc[rest].idx, None)
    if doc[first].pos_ == "ADP" and first + 1 < i and doc[first + 1].pos_ == "DET":
        first += 1  # an oblique: "s'est félicité d'un accord « équilibré »", "contre une « dérive »"
    if doc[i - 1].lower_ in prepositions and i - 1 > first and \
            _object_before_quotation(doc, first, i - 1) and _quoted_noun_phrase(doc, i, sent_end):
        # "a appelé les syndicats à « la responsabilité »": the preposition of the cue's
        # infinitive frame before a quoted noun phrase, in place of the infinitive; the words
        # in marks are what the cue asks of its object
        return Complement("quoted_object", token, token.idx, None)
    if has_frame(info, pack, "quoted_object") and _object_before_quotation(doc, first, i):
        # "a qualifié le projet d'« irresponsable »", "juge cette offre « insuffisante »":
        # the quotation says what the cue says of its object; the object opens the words
        return Complement("quoted_object", doc[first], doc[first].idx, None)
    relative = _relative_before(doc, i)
    if has_frame(info, pack, "quoted_object") and relative is not None and \
            _object_before_quotation(doc, first, relative):
        # "a dénoncé un accord qui « brade le pays »", "salue une réforme qui serait « historique »":
        # the object's relative says in marks what the cue says of it; the object opens the words
        return Complement("quoted_object", doc[first], doc[first].idx, None)
    return None


def judged_clause(doc: Doc, mark: int, clause_words: frozenset[str]) -> Complement | None:
    """ "juge « inacceptable » que …", "jugent « hautement probable » que …": an adjective in marks
    that the cue says of the clause after it (its impersonal object). The words open at the mark
    and run on through the clause; None unless a complementiser of the cue follows the closing mark."""
    sent_end = doc[mark].sent.end
    k = mark + 1
    while k < sent_end and k - mark <= JUDGED_WORDS and doc[k].pos_ in ("ADJ", "ADV"):
        k += 1
    if k == mark + 1 or k + 1 >= sent_end or doc[k].text not in QUOTE_CHARS or \
            elided(doc[k + 1])[0] not in clause_words or not any(t.pos_ in ("VERB", "AUX") for t in doc[k + 2:sent_end]):
        return None
    return Complement("clause", elided(doc[k + 1])[1], doc[mark].idx, None)


def _past_aside(doc: Doc, first: int, mark: int) -> int:
    """Past an aside set off by commas between the cue and its object ("a dénoncé, dans un
    communiqué, une décision « … »", "a qualifié, mardi, le texte d'« … »"): a verbless phrase of a
    few words, closed by a comma before the mark. The token after it, or `first`."""
    if doc[first].text != ",":
        return first
    close = next((k for k in range(first + 1, min(mark - 1, first + ASIDE_WORDS + 2)) if doc[k].text == ","), None)
    if close is None or any(t.pos_ in ("VERB", "AUX") or t.text in QUOTE_CHARS for t in doc[first + 1:close]):
        return first
    return close + 1


def _relative_before(doc: Doc, mark: int) -> int | None:
    """The relative pronoun that opens, before the mark at token `mark`, a relative whose
    words are in marks: right before it, or before an auxiliary or adverb or two ("qui « … »", "qui
    serait « … »", "qui est désormais « … »"). Its index, or None."""
    k = mark - 1
    while k > mark - 3 and k > 0 and doc[k].pos_ in ("AUX", "ADV"):
        k -= 1
    # (any relative: "un texte dont « personne ne veut »"; and whatever its label: a verb in marks
    # read as a noun leaves "qui" a noun's modifier)
    return k if doc[k].pos_ == "PRON" and "Rel" in doc[k].morph.get("PronType") else None


def _linked_object(doc: Doc, info: SpeechVerb, pack: LanguagePack, first: int, mark: int) -> Complement | None:
    """"présente la réforme comme « … »", "se présente comme « … »": a verb of the linked-object frame
    carries a quotation only after one of the frame's link words (its article, or the participle of
    the copula, between them); the words open at the object, or after the link when the object is a
    clitic before the cue. Its plain object is no speech ("a présenté son plan « … »"): None."""
    k = mark - 1
    while k >= first and doc[k].pos_ in ("DET", "AUX"):
        k -= 1  # "comme la « … »", "comme étant « … »"
    if k < first or doc[k].lower_ not in frame_words(info, pack, "linked_object"):
        return None
    if k == first:
        return Complement("quoted_object", doc[mark], doc[k + 1].idx, None)
    if _object_before_quotation(doc, first, mark):
        return Complement("quoted_object", doc[first], doc[first].idx, None)
    return None


def _after_addressee(doc: Doc, first: int, mark: int, pack: LanguagePack) -> int | None:
    """Where the words open after an addressee or a channel the cue names before its quotation (an
    addressee or channel preposition, then a short noun phrase or name that may speak: "à son
    successeur", "au gouvernement", "sur Radio Nord"): at the mark, at the determiner(s) right before
    it ("son « inaction »"), or at the object that the quotation qualifies ("une agression
    « inacceptable »"). None when no such phrase stands between the cue and the mark."""
    if doc[first].lower_ not in function_words(pack, "addressee_preposition") | \
            function_words(pack, "channel_preposition"):
        return None
    k = first + 1
    while k < mark and doc[k].pos_ == "DET":
        k += 1
    rest = k
    # (a number may be part of a channel's name: "sur France 24", "à RTL 2")
    while rest < mark and (doc[rest].pos_ in ("NOUN", "PROPN", "ADJ") or
                           doc[rest].pos_ == "NUM" and rest > k and doc[rest - 1].pos_ == "PROPN"):
        rest += 1
    phrase = doc[first + 1:rest]
    if rest == k or len(phrase) > OBJECT_WORDS - 1 or not is_actor_like(phrase):
        return None
    if rest == mark or all(t.pos_ == "DET" for t in doc[rest:mark]) or _object_before_quotation(doc, rest, mark):
        return rest
    return None


def _quoted_noun_phrase(doc: Doc, mark: int, sent_end: int) -> bool:
    """Do the words the mark opens make a noun phrase: a determiner first, no verb before the
    closing mark (a clause in marks, '“the system works”', is the words of a direct quote)?"""
    if mark + 1 >= sent_end or doc[mark + 1].pos_ != "DET":
        return False
    for token in doc[mark + 2:sent_end]:
        if token.text in QUOTE_CHARS:
            return True
        if token.pos_ in ("VERB", "AUX"):
            return False
    return False


# an object noun phrase before a quotation: at most this many words
OBJECT_WORDS = 6
# the longest adjective phrase in marks a cue may say of a clause ("« hautement probable » que")
JUDGED_WORDS = 4
# the longest aside set off by commas between a cue and its object (", sur les ondes de la radio X,")
ASIDE_WORDS = 8


def _object_before_quotation(doc: Doc, first: int, mark: int) -> bool:
    """Is doc[first:mark] a short noun phrase or name, linked to the quotation that follows by nothing,
    a genitive, an "as" word, a cause or a noun's complement ("le projet d'", "le déploiement comme",
    "la ville pour son", "son soutien au")?
    No verb, no comma."""
    pack = pack_of(doc)
    links = function_words(pack, "genitive") | function_words(pack, "as") | function_words(pack, "judged_cause") | \
        function_words(pack, "object_complement")
    words = doc[first:mark]
    if not 1 < len(words) <= OBJECT_WORDS + 2 or not (words[0].pos_ == "PROPN" or _opens_noun_phrase(words)) or \
            not any(t.pos_ in ("NOUN", "PROPN") or k and words[k - 1].pos_ == "DET" for k, t in enumerate(words)):
        return False
    complement = function_words(pack, "object_complement")
    linked = next((t for t in reversed(words) if t.pos_ != "DET"), None)
    if linked is not None and linked.lower_ in complement and mark + 1 < len(doc) and doc[mark + 1].text[:1].isupper():
        return False  # "l'envoi de soldats au « Sahel »": a name in marks after the noun's complement
    body = _without_channel(_linked_body(list(words), links), pack)
    if len(body) > OBJECT_WORDS and not any(_noun_modifier(body, k) for k in range(len(body))):
        return False  # (longer only with a complement or participle of its noun: "le départ forcé du président")
    # a "verb" right after a determiner is a noun the tagger missed ("cette offre")
    return all(t.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or t.lower_ in links or
               k and body[k - 1].pos_ == "DET" or _noun_modifier(body, k) for k, t in enumerate(body))


def _opens_noun_phrase(words) -> bool:
    """Does a determiner open the words: one the tagger calls so, an article it reads as a
    preposition with the article in it ("des", "du": PronType=Art), or a predeterminer before one
    ("toutes les parties")? Read on the tagger's morphology and the parse, no words of a language."""
    first = words[0]
    if first.pos_ == "DET":
        return True
    if first.pos_ == "ADP" and "Art" in first.morph.get("PronType"):
        # the article of an argument ("promis des élections"), not a locution before the object
        # ("au contraire un texte": another determiner follows)
        return first.head.dep_ in labels(pack_of(first.doc), "object", "oblique_argument") and \
            not any(t.pos_ == "DET" for t in words[1:])
    return len(words) > 2 and first.pos_ in ("ADJ", "PRON") and words[1].pos_ == "DET"


def _noun_modifier(body: list[Token], k: int) -> bool:
    """Does body[k] open a modifier of the object's noun: a participle right after it ("le départ
    forcé"), or a preposition after it that opens a noun phrase or a name ("la coopération avec
    Tokyo", "le retrait de M. X")? The object goes on to the quotation."""
    token = body[k]
    if k == 0 or body[k - 1].pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    if token.pos_ in ("VERB", "ADJ") and "Part" in token.morph.get("VerbForm"):
        return True
    return token.pos_ == "ADP" and k + 1 < len(body) and body[k + 1].pos_ in ("DET", "PROPN", "NOUN")


def _without_channel(body: list[Token], pack: LanguagePack) -> list[Token]:
    """The object without a channel named inside it ("a remercié la Norvège sur Twitter pour son
    « … »"): a channel preposition, then a name, after the object's first words."""
    channel = function_words(pack, "channel_preposition")
    for k in range(1, len(body) - 1):
        if body[k].lower_ in channel and body[k + 1].pos_ == "PROPN":
            end = k + 1
            while end < len(body) and body[end].pos_ == "PROPN":
                end += 1
            return body[:k] + body[end:]
    return body


def _linked_body(body: list[Token], links: frozenset[str]) -> list[Token]:
    """The object before its link word to the quotation, if it has one."""
    # "comme une « menace »", "comme étant la « plus … »": an article, after the participle of the
    # copula or not, between the link and the quotation
    tail = next((k for k in range(len(body) - 1, 0, -1) if body[k].lower_ in links), None)
    if tail is not None and tail < len(body) - 1 and \
            all(t.pos_ in ("DET", "AUX") for t in body[tail + 1:]) and body[-1].pos_ == "DET":
        body = body[:tail + 1]
    if body[-1].lower_ in links:
        return body[:-1]
    if len(body) > 2 and elided(body[-2])[0] in links:
        return body[:-2]  # "le projet d" + "'" before the mark: scraped text glues the elision to it
    return body


def relative_object(heads: tuple[Token, ...], info: SpeechVerb, pack: LanguagePack,
                    quoted: list[QuotedSpan]) -> Complement | None:
    """"a regretté un départ qui « affaiblit le forum »", "a mis en garde contre une réforme qui
    exposerait les salariés à « des années d'incertitude »": the object (or prepositional argument)
    of a cue of the quoted-object frame has a relative clause that carries a quotation. The words
    are the object with its clause (GUIDELINES §2.1, an NP object carrying a quoted fragment); the
    surface reading stops at the relative pronoun or its verb. Not when the relative clause's verb
    reports on its own ("le juge qui a qualifié …"), nor for a quoted name or title (a capital
    opens it: "une équipe qui a remporté le « Ballon d'or »")."""
    if not has_frame(info, pack, "quoted_object"):
        return None
    doc = heads[0].doc
    last = heads[-1].i
    relative = pack.label("relative_clause")
    for noun in _objects_after(heads, pack):
        if any(t.text in (",", ";", ":") or t.text in QUOTE_CHARS for t in doc[last + 1:noun.i]):
            continue
        for clause in noun.children:
            if clause.i < noun.i or clause.dep_ not in relative or speech_verb(clause) is not None:
                continue
            end = _relative_end(clause, pack, quoted)
            marks = [q for q in opening_between(quoted, clause.left_edge.idx, end) if q.depth == 0]
            if not marks or text_of(doc)[marks[0].start:marks[0].start + 1].isupper():
                continue
            first = noun.left_edge
            while first.i < noun.i and first.pos_ == "ADP":
                first = doc[first.i + 1]  # "contre une réforme": the preposition is the cue's
            return Complement("quoted_object", first, first.idx, end)
    return None


def _objects_after(heads: tuple[Token, ...], pack: LanguagePack) -> list[Token]:
    """The nouns after a cue that may be its object: its objects and prepositional arguments, and
    a noun with no preposition of its own that the parse hangs on one of them ("dénonce au
    contraire un texte …": "au contraire" read as the argument, "un texte" as its modifier)."""
    objects = labels(pack, "object", "oblique_argument")
    cases = pack.label("case_marker")
    found = []
    for head in heads:
        for noun in head.children:
            if noun.i <= heads[-1].i or noun.dep_ not in objects or noun.pos_ not in ("NOUN", "PROPN"):
                continue
            found.append(noun)
            found += [m for m in noun.children if m.i > noun.i and m.pos_ in ("NOUN", "PROPN") and
                      m.dep_ in pack.label("nominal_modifier") and not any(c.dep_ in cases for c in m.children)]
    return sorted(found, key=lambda t: t.i)


def _relative_end(clause: Token, pack: LanguagePack, quoted: list[QuotedSpan]) -> int:
    """End char of a relative clause that carries a quotation: its subtree without a verb coordinated
    to it (the parse may hang the cue's next verb there: "un texte qui « … » et réclame un débat"),
    and up to a comma after its last quotation ("… à « des années d'incertitude » en France, où …")."""
    doc = clause.doc
    joined = {t.i for c in clause.children if c.dep_ in labels(pack, "conjunct", "coordinator") and c.i > clause.i
              for t in c.subtree}
    words = [t for t in clause.subtree if t.i not in joined]
    end = subtree_end(clause, quoted)
    if joined:
        tail = max((t for t in words if not t.is_punct or t.text in QUOTE_CHARS), key=lambda t: t.i)
        end = tail.idx + len(tail.text)
    closed = [q.outer_end for q in opening_between(quoted, clause.left_edge.idx, end) if q.depth == 0]
    if closed:
        comma = next((t for t in words if t.idx >= max(closed) and t.text in (",", ";")), None)
        if comma is not None:
            end = min(end, comma.idx)
    return end


def _object_head(cue: Token, info: SpeechVerb, pack: LanguagePack) -> Token | None:
    """What a cue of an object frame reports or judges: its direct object (frame kind `object`: "cited
    the polls") or the object of a preposition its frame names (`object_after`: "called for an inquiry")."""
    after = frame_words(info, pack, "object_after")
    nouns = pack.label("prepositional_object") if after else ()
    for child in cue.children:
        if child.i <= cue.i or child.sent != cue.sent:
            continue
        if child.dep_ in pack.label("object") and has_frame(info, pack, "object"):
            return child
        if child.lower_ in after:
            for noun in child.children:
                if noun.dep_ in nouns or noun.pos_ in ("NOUN", "PROPN", "PRON", "VERB"):
                    return noun
    return None


def parsed_object(cue: Token, info: SpeechVerb, pack: LanguagePack, quoted: list[QuotedSpan]) -> Complement | None:
    """The reported object with the predicate that follows it ("called the remarks dangerous",
    "urged supporters to vote")."""
    if not (has_frame(info, pack, "object") or has_frame(info, pack, "object_after")):
        return None
    head = _object_head(cue, info, pack)
    if head is None:
        return _relative_object(cue, info, pack, quoted)
    end = subtree_end(head, quoted)
    # what the cue says of its object follows it: a predicate ("called the remarks dangerous") or a
    # complement of the cue ("attacked Clinton for her vote", "described him as a fraud")
    predicates = labels(pack, "open_complement", "object_predicate", "oblique")
    for child in cue.children:
        # (a noun the parser coordinates with the cue, "called [the plan] and [the vote] a ploy",
        # is a second object: its verb is the cue's)
        if child.i > head.i and (child.dep_ in predicates or
                                 child.dep_ in pack.label("conjunct") and child.pos_ in ("NOUN", "PROPN")):
            end = max(end, subtree_end(child, quoted))
    return Complement("object", head, head.left_edge.idx, end)


def _relative_object(cue: Token, info: SpeechVerb, pack: LanguagePack, quoted: list[QuotedSpan]) -> Complement | None:
    """A relative pronoun object before the cue and a quoted predicate after it ("what she called a
    “rant”", "which X described as “a gamble”"): the words in marks are the speaker's, the relative
    clause from its pronoun to them is the report."""
    if not has_frame(info, pack, "object") or cue.dep_ not in pack.label("relative_clause"):
        return None  # (a free relative, "what she called …", often sits in a report of its own)
    head = next((c for c in cue.children if c.i < cue.i and c.pos_ == "PRON" and c.dep_ in pack.label("object")), None)
    if head is None:
        return None
    predicates = labels(pack, "open_complement", "object_predicate", "oblique")
    for child in cue.children:
        if child.dep_ in predicates and child.i > cue.i:
            end = subtree_end(child, quoted)
            inside = [q for q in opening_between(quoted, child.left_edge.idx, end) if q.depth == 0]
            if inside:
                # up to the words in marks: what follows them is the journalist's ("… a “rant” about X")
                return Complement("object", head, head.idx, max(q.outer_end for q in inside))
    return None
