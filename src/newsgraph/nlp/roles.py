"""A person's role, read from the words around one mention of the name.

Before it in the noun phrase ("le président russe Vladimir Poutine"), in apposition after it
("X, porte-parole du …") or before it ("Le ministre de l'Intérieur, Manuel Valls,"), after
"comme", an organisation the person speaks for ("X de l'Observatoire …"), and the portfolio of
a cabinet announcement.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from ..lang import LanguagePack
from .actor_lexicon import ActorLexicon, actor_lexicon
from .context import gazetteer_of, pack_of
from .fronted_appositions import apposed_in_fronted
from .lexicon import feminine_role, function_words, media_nouns, role_nouns, speaker_nouns, state_nouns
from .textutil import fold_same_length, text_of, token_strings

_ROLE_STOP = {",", ".", ";", ":", "(", ")", "«", "»", '"', "“", "”", "!", "?", "[", "]", "—", "–"}
_CLOSING = {",", ".", ";", ":", ")", "!", "?", "»", '"', "”"}
_NP_POS = {"NOUN", "ADJ", "ADP", "DET", "PROPN", "NUM"}
_CLAUSE_POS = {"VERB", "AUX", "PRON", "SCONJ"}


@cache
def _role_keys(pack: LanguagePack) -> frozenset[str]:
    return frozenset(fold_same_length(r) for r in role_nouns(pack))


@cache
def _first_words(pack: LanguagePack) -> frozenset[str]:
    """What the first token of a role of several tokens can be, folded: the role up to its first
    space, or up to any of its apostrophes ("chef d'etat" -> "chef"; "l'" opens "l'envoye …").
    role_len tries the joins of 2 to 4 tokens only after a token in this set: most tokens of a
    text open no role, and joining spans was the largest cost of the actor component."""
    firsts = set()
    for key in _role_keys(pack):
        if " " in key or "'" in key:
            firsts.add(key.split(" ")[0])
            firsts.update(key[:k + 1] for k, ch in enumerate(key) if ch == "'")
    return frozenset(firsts)


def _folded_tokens(doc: Doc) -> list[str]:
    """Each token's text folded (fold_same_length maps character by character, so folding the
    tokens one by one and joining them equals folding the joined text), once per Doc."""
    folded = doc.user_data.get("ng_folded_tokens")
    if folded is None or len(folded) != len(doc):
        folded = doc.user_data["ng_folded_tokens"] = token_strings(doc, ORTH, fold_same_length)
    return folded


@lru_cache(maxsize=65536)
def _is_single_role(pack: LanguagePack, folded: str, lemma: str) -> bool:
    """Is one word a role noun, in one of its forms or by its lemma (cached: words recur)?"""
    return bool((_word_forms(folded, actor_lexicon(pack)) | {lemma}) & _role_keys(pack))


def _word_forms(word: str, lex: ActorLexicon) -> set[str]:
    """A word and its masculine/singular/unprefixed variants ("haute-commissaire", "ex-espion")."""
    bases = [word] + [word[len(p):].lstrip("-") for p in lex.former_prefixes
                      if word.startswith(p) and len(word) > len(p) + 2]
    forms = set(bases)
    for form in bases:
        ending = next((e for e in lex.plural_endings if form.endswith(e)), None)
        if ending and len(form) > 3:
            forms.add(form[:-len(ending)])
        head, dash, rest = form.partition("-")
        feminine = next((e for e in lex.feminine_endings if head.endswith(e)), None)
        if dash and feminine and len(head) > 2:
            forms.add(f"{head[:-len(feminine)]}-{rest}")  # "haute-commissaire" -> "haut-commissaire"
    return forms


def role_len(doc: Doc, i: int) -> int:
    """Number of tokens of the role noun starting at token i ("premier ministre" -> 2), 0 if none."""
    if i < 0 or i >= len(doc):
        return 0
    pack = pack_of(doc)
    folded = _folded_tokens(doc)
    if folded[i] in _first_words(pack):
        keys = _role_keys(pack)
        for n in (4, 3, 2):
            if i + n <= len(doc) and " ".join(folded[i:i + n]).replace("' ", "'") in keys:
                return n
    token = doc[i]
    nominal = token.pos_ == "VERB" and token.morph.get("VerbForm") == ["Part"] and i > 0 and \
        doc[i - 1].pos_ in ("DET", "ADJ")  # "un élu", "le jeune appelé"
    if token.pos_ in ("VERB", "AUX", "PRON", "DET", "ADP", "PUNCT", "NUM", "CCONJ", "SCONJ") and not nominal:
        return 0
    return 1 if _is_single_role(pack, fold_same_length(token.lower_), fold_same_length(token.lemma_.lower())) else 0


def agent_noun(token) -> bool:
    """A noun that may describe a person though not in the role list: one with an agent or
    demonym ending ("banquier", "conservateur", "comédien", "démocrate", "Camerounais")."""
    lex = actor_lexicon(pack_of(token.doc))
    word = fold_same_length(token.lower_)
    lemma = token.lemma_.lower()
    if lemma in lex.not_role_nouns or token.lower_ in lex.not_role_nouns or lemma in lex.time_nouns:
        return False
    word = word.rstrip("".join(lex.plural_endings))
    return word.endswith(lex.agent_endings) and not word.endswith(lex.not_agent_endings)  # "gouvernement"


def in_role(doc: Doc, i: int) -> bool:
    """Token i is (part of) a role noun: "président", "secrétaire d'État"."""
    return any(role_len(doc, k) > i - k for k in range(max(0, i - 3), i + 1))


def is_plural(token) -> bool:
    return token.morph.get("Number") == ["Plur"]


@dataclass(slots=True)
class RoleFound:
    text: str
    start: int      # first token
    end: int        # last token + 1
    quality: int    # 3 appointment, 2 role noun, 1 other description
    possessed: int | None = None  # the possessive determiner before a role with no complement ("son avocat")
    relational: bool = False      # a relation ("sa femme"): no role without its possessor


def _possessive_before(doc: Doc, k: int, end: int) -> int | None:
    """The possessive determiner of one possessor right before the role doc[k:end] ("son avocat",
    "sa femme"), when the role names no one of its own (no complement): the role is that
    possessor's, whom nlp/role_owners names. None where the pack leaves possessed roles out."""
    pack = pack_of(doc)
    if k < 1 or not pack.setting("possessed_roles", False) or \
            doc[k - 1].lower_ not in function_words(pack, "singular_possessive"):
        return None
    of = actor_lexicon(pack).of
    return None if any(t.lower_ in of for t in doc[k:end]) else k - 1


@cache
def _relational_keys(pack: LanguagePack) -> frozenset[str]:
    return frozenset(fold_same_length(w) for w in pack.words("relational_nouns"))


def is_relational(token) -> bool:
    """A noun that describes a person only through another ("femme", "ami", "prédécesseur")."""
    keys = _relational_keys(pack_of(token.doc))
    return token.pos_ in ("NOUN", "ADJ") and (fold_same_length(token.lower_) in keys or
                                              fold_same_length(token.lemma_.lower()) in keys)


def _relational_before(doc: Doc, i: int, first: int) -> RoleFound | None:
    """"sa femme X", "son proche conseiller X": a relational noun (adjectives around it) after a
    possessive is the possessor's relation."""
    lex = actor_lexicon(pack_of(doc))
    k = i
    while k > first and doc[k].pos_ == "ADJ" and not is_relational(doc[k]):
        k -= 1
    if not is_relational(doc[k]) or is_plural(doc[k]):
        return None
    while k - 1 >= first and (doc[k - 1].pos_ == "ADJ" or doc[k - 1].lower_ in lex.pre_role):
        k -= 1
    owner = _possessive_before(doc, k, i + 1)
    return RoleFound(doc[k:i + 1].text, k, i + 1, 2, owner, True) if owner is not None else None


def role_before(doc: Doc, anchor: int, own_start: int | None = None, plural: bool = False) -> RoleFound | None:
    """A role written before a name in the same noun phrase ("le président russe Vladimir Poutine",
    "l'ancien chef de l'Autorité palestinienne Yasser Arafat", "le prophète (Mahomet)"); with
    `plural`, a plural role before names it is shared by (shared_roles.py)."""
    lex = actor_lexicon(pack_of(doc))
    i = anchor - 1
    if i >= 0 and doc[i].text == "(":
        i -= 1
    # "le chef du Département fédéral des affaires étrangères (DFAE) Ignazio Cassis": the body's
    # acronym closes the title, the role is read before it
    i = _before_bracketed_acronym(doc, i)
    if i < 0 or doc[i].pos_ == "ADP" or doc[i].lower_ in lex.of_bare or \
            (doc[i].pos_ == "DET" and i > 0 and doc[i - 1].pos_ == "ADP"):
        return None  # "le fils de Kadhafi", "joueur de l'AS X": the name is a complement
    own_start = anchor if own_start is None else own_start  # tokens of this name's own entity

    def other_person(token) -> bool:
        return token.ent_type_ == "PER" and token.i < own_start

    def in_title(token) -> bool:  # a conjunction may join two complements of the title
        return (token.pos_ in _NP_POS or _joins_complements(token)) and not other_person(token) \
            and token.text not in _ROLE_STOP

    lo, j = max(0, anchor - 14), i
    while j >= lo and in_title(doc[j]):
        if doc[j].is_sent_start:
            break
        if doc[j].pos_ == "DET" and not (j > 0 and (doc[j - 1].pos_ == "ADP" or doc[j - 1].lower_ in lex.prepositions
                                                    or _joins_complements(doc[j - 1]))):
            break  # the phrase's own article ("secrétaire d'Etat à l'Asile et la Migration X": a complement's)
        j -= 1
    first = max(j, lo)
    if not in_title(doc[first]):
        first += 1
    # the role noun nearest to the name heads the description ("le porte-parole du président X": président)
    for k in range(i, first - 1, -1):
        if doc[k].pos_ == "DET":
            continue
        n = role_len(doc, k)
        if n and k + n - 1 <= i:
            if is_plural(doc[k + n - 1]) != plural:
                continue  # "le président du Conseil des ministres X", "les ministres X et Y"
            while k - 1 >= first and (doc[k - 1].pos_ in ("ADJ", "NUM") or doc[k - 1].lower_ in lex.pre_role):
                k -= 1
            return RoleFound(doc[k:i + 1].text, k, i + 1, 2, _possessive_before(doc, k, i + 1),
                             any(is_relational(t) for t in doc[k:i + 1]))
    related = _relational_before(doc, i, first)
    if related is not None:
        return related
    # any noun right after an article: "le banquier Vassilis Rapanos", "au conservateur X"
    head = doc[i]
    k = i
    while k - 1 >= first and doc[k - 1].pos_ == "ADJ":
        k -= 1
    det = doc[k - 1] if k > 0 else None
    if head.pos_ == "NOUN" and not is_plural(head) and det is not None and \
            (det.pos_ == "DET" or det.lower_ in lex.contractions) and agent_noun(head) and \
            head.lemma_.lower() not in media_nouns(pack_of(doc)) and head.lemma_.lower() not in state_nouns(pack_of(doc)):
        return RoleFound(doc[k:i + 1].text, k, i + 1, 1)
    return None


def title_entity(doc: Doc, i: int) -> bool:
    """Token i is in a person entity that is only a title, no name: the NER tags "président de la
    République" as a person; a role noun opens it and no proper noun follows."""
    start = i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return role_len(doc, start) > 0 and all(t.pos_ != "PROPN" for t in doc[start:end])


def role_phrase_end(doc: Doc, i: int, limit: int) -> int:
    """End of a role phrase starting at token i: the next punctuation, verb, pronoun or relative word
    (a participle inside a name stays: "Nations unies", "Émirats arabes unis")."""
    relatives = actor_lexicon(pack_of(doc)).relatives
    j = i
    while j < limit and doc[j].text not in _ROLE_STOP and doc[j].lower_ not in relatives and not doc[j].is_space:
        if doc[j].pos_ in _CLAUSE_POS and not (doc[j].morph.get("VerbForm") == ["Part"] and j > 0 and
                                               doc[j - 1].text[:1].isupper() and doc[j - 1].pos_ in ("PROPN", "NOUN", "ADJ")):
            break
        j += 1
    return j


def role_after(doc: Doc, end: int) -> RoleFound | None:
    """A role in apposition after a name: "Bahram Ghassemi, porte-parole du ministère …,",
    "X, l'un des responsables de …", "X, aujourd'hui professeur …", "X, nommé vice-ministre"."""
    if end >= len(doc) - 1 or doc[end].text != ",":
        return None
    lex = actor_lexicon(pack_of(doc))
    i = end + 1
    limit = doc[i].sent.end
    while i < limit and i < end + 3 and doc[i].pos_ == "ADV":
        i += 1  # "aujourd'hui professeur", "désormais ministre"
    if i < limit and doc[i].lower_ in lex.appointed:
        i += 1
    if i >= limit:
        return None
    start = i
    after = _one_of(doc, i, limit, lex)
    some = after > 0  # "l'un des responsables": plural head is fine
    if some:
        i = after
    elif doc[i].pos_ == "DET" and (doc[i].lower_ in lex.definite or doc[i].lower_ in lex.indefinite):
        i += 1
        start = i
    head = i
    while head < limit and (doc[head].pos_ == "ADJ" or doc[head].lower_ in lex.pre_role) and not role_len(doc, head):
        head += 1
    if head >= limit:
        return None
    n = role_len(doc, head)
    j = role_phrase_end(doc, head + max(n, 1), limit)
    if j - start > 25 or subject_after_fronted(doc, end, head, j):
        return None
    if n or _related_to_person(doc, head, j):
        quality = 2
    elif doc[head].pos_ in ("NOUN", "ADJ", "PROPN") and agent_noun(doc[head]) and doc[head].ent_type_ != "PER" and \
            (some or not is_plural(doc[head])) and (j >= limit or doc[j].text in _CLOSING):
        # (a person's name is no agent noun though it ends like one: "la Région X, Xavier Y,")
        quality = 1  # "Richard Stallman, le chantre du logiciel libre."
    else:
        return None
    if is_plural(doc[head]) and not some:
        return None  # a list: "Poutine, les ministres et …"
    return RoleFound(doc[start:j].text, start, j, quality)


def subject_after_fronted(doc: Doc, end: int, head: int, j: int) -> bool:
    """"Face à X, le ministre a déclaré", "Devant X, la présidente a affirmé": the noun phrase after
    the comma (head token `head`, ending before token j; X ends before token `end`) is the subject
    of the clause and X a fronted complement (it has a preposition of its own), so the phrase
    describes no one of X. A phrase closed by a comma stays an apposition
    ("Selon X, le ministre de …, la croissance"): the parser takes such one for a subject too."""
    pack = pack_of(doc)
    role = doc[head]
    if role.dep_ not in pack.label("subject") or role.head.pos_ not in ("VERB", "AUX") or \
            (j < len(doc) and doc[j].text == ","):
        return False
    name = doc[end - 1]
    while name.head.i < name.i and (name.dep_ in pack.label("name_part") + pack.label("conjunct") or
                                    name.ent_type_ and name.head.ent_type_ == name.ent_type_):
        name = name.head  # "Devant X et Y, le porte-parole": the preposition hangs on X
    if name.dep_ in pack.label("apposition") and name.head.i < name.i and name.head.pos_ == "NOUN":
        name = name.head  # "Accueilli par le roi Mohammed VI, le chef de l'État s'est entretenu": on the title
    if name.head.i == role.i or name.i == role.i:
        return False
    return any(c.dep_ in pack.label("case_marker") and c.i < name.i for c in name.children) or \
        apposed_in_fronted(doc, end)  # "Devant son homologue, X, le président a reconnu"


def _related_to_person(doc: Doc, head: int, end: int) -> bool:
    """"X, ami de Y": a relational noun whose complement names a person describes X."""
    if not is_relational(doc[head]) or head + 2 >= end or doc[head + 1].lower_ not in actor_lexicon(pack_of(doc)).of:
        return False
    return doc[head + 2].ent_type_ == "PER"


def _one_of(doc: Doc, i: int, limit: int, lex: ActorLexicon) -> int:
    """The token after "l'un des", "une des", "un de" at token i (one member of a group), or 0."""
    if doc[i].lower_ in lex.elided_definite and i + 2 < limit and doc[i + 1].lower_ in lex.indefinite and \
            doc[i + 2].lower_ in lex.of:
        return i + 3
    if doc[i].lower_ in lex.indefinite and i + 1 < limit and doc[i + 1].lower_ in lex.of:
        return i + 2
    return 0


def role_before_comma(doc: Doc, anchor: int, end: int) -> RoleFound | None:
    """A role in apposition before a name: "Le ministre de l'Intérieur, Manuel Valls,",
    "comme le précise l'ambassadeur de France en Afghanistan, Bernard Bajolet :"."""
    if anchor < 2 or doc[anchor - 1].text != ",":
        return None
    lex = actor_lexicon(pack_of(doc))

    def in_phrase(token) -> bool:
        return (token.pos_ in _NP_POS | {"ADV"} or token.lower_ in lex.indefinite or _modifying_participle(token)
                or _joins_complements(token)) and token.text not in _ROLE_STOP

    last = _before_bracketed_acronym(doc, anchor - 2)
    j = last
    while j > 0 and j > anchor - 20 and in_phrase(doc[j]) and not doc[j].is_sent_start:
        j -= 1
    if not in_phrase(doc[j]):
        j += 1
    for k in range(j, last + 1):
        boundary = k == j or doc[k - 1].pos_ == "DET" or doc[k - 1].lower_ in lex.contractions
        if doc[k].lower_ in lex.indefinite and k + 2 <= last and doc[k + 1].lower_ in lex.of \
                and role_len(doc, k + 2):
            start = k - 1 if k > j and doc[k - 1].lower_ in lex.elided_definite else k
            break
        if not boundary or doc[k].pos_ in ("DET", "ADP"):
            continue
        m = k
        while m <= last and (doc[m].pos_ == "ADJ" or doc[m].lower_ in lex.pre_role) and not role_len(doc, m):
            m += 1
        if m <= last and role_len(doc, m):
            start = k
            break
    else:
        return None
    # the description must open its clause ("Le ministre …, X") or be closed after the name
    # ("…, X, a dit"); "En invitant son homologue nord-coréen, Vladimir Poutine entend" is neither
    before = start - 1 if start > 0 and doc[start - 1].pos_ == "DET" else start
    clause_initial = before == 0 or doc[before].is_sent_start or doc[before - 1].pos_ == "PUNCT"
    closed = end >= len(doc) or doc[end].text in _CLOSING or doc[end].is_sent_start
    if not (clause_initial or closed):
        return None
    return RoleFound(doc[start:last + 1].text, start, last + 1, 2, _possessive_before(doc, start, last + 1),
                     any(is_relational(t) for t in doc[start:last + 1]))


def _joins_complements(token) -> bool:
    """A conjunction between two complements of one title ("ministre des Pêches et de l'Economie
    maritime", "secrétaire d'Etat à l'Asile et la Migration"): a preposition follows it, or a
    determiner and a capitalised noun that is no role and no body that speaks ("et le Comité
    olympique" joins a second speaker), so it joins no second person."""
    doc = token.doc
    if token.pos_ != "CCONJ" or token.i + 1 >= len(doc):
        return False
    after = doc[token.i + 1]
    if after.pos_ == "ADP" or after.lower_ in actor_lexicon(pack_of(doc)).contractions:
        return True
    noun = doc[token.i + 2] if token.i + 2 < len(doc) else None
    bodies = speaker_nouns(pack_of(doc))  # "la ministre des Sports et le Comité olympique": a second speaker
    return after.pos_ == "DET" and noun is not None and noun.pos_ in ("NOUN", "PROPN") and noun.text[:1].isupper() \
        and not role_len(doc, noun.i) and noun.lower_ not in bodies and noun.lemma_.lower() not in bodies


def _before_bracketed_acronym(doc: Doc, last: int) -> int:
    """The last word of a title that ends in its body's bracketed acronym ("le chef du Département
    fédéral des affaires étrangères (DFAE), X", "le président de l'Union française des industries
    pétrolières (Ufip), X"): the word before the bracket."""
    if last < 3 or doc[last].text != ")" or doc[last - 2].text != "(" or not _acronym_of_words_before(doc, last - 1):
        return last
    return last - 3


def _acronym_of_words_before(doc: Doc, i: int) -> bool:
    """Token i (in brackets) is an acronym: all capitals ("DFAE"), or a capitalised short word
    ("Ufip", "Unesco") spelt by the initials of the words right before the bracket, short
    grammatical words aside (the pack's name stopwords)."""
    word = doc[i].text
    if word.isupper() and word.isalpha():
        return True
    if not (2 <= len(word) <= 6 and word.isalpha() and word[:1].isupper() and word[1:].islower()):
        return False
    stopwords = frozenset(fold_same_length(w) for w in pack_of(doc).words("name_stopwords"))
    initials = [fold_same_length(t.lower_)[:1] for t in doc[max(0, i - 14):i - 1]
                if t.is_alpha and fold_same_length(t.lower_) not in stopwords]
    return "".join(initials[-len(word):]) == fold_same_length(word.lower())


def _modifying_participle(token) -> bool:
    """A past participle that modifies a noun before it ("la conseillère d'État chargée de la santé"):
    part of the noun phrase, not a clause of its own."""
    return token.pos_ == "VERB" and token.morph.get("VerbForm") == ["Part"] and \
        token.head.i < token.i and token.head.pos_ in ("NOUN", "PROPN")


def _role_as(doc: Doc, end: int) -> RoleFound | None:
    """"désigner Xi Jinping comme successeur de Hu Jintao"."""
    if end + 1 >= len(doc) or doc[end].lower_ not in actor_lexicon(pack_of(doc)).as_:
        return None
    i = end + 1
    if doc[i].pos_ == "DET":
        i += 1
    if not role_len(doc, i):
        return None
    j = role_phrase_end(doc, i, doc[i].sent.end)
    return RoleFound(doc[i:j].text, i, j, 2) if 0 < j - i <= 20 else None


def _affiliation(doc: Doc, end: int, orgs: dict[int, Span]) -> RoleFound | None:
    """"Rami Abd al-Rahman de l'Observatoire syrien des droits de l'homme": the body speaks for the role."""
    if end >= len(doc) or doc[end].lower_ not in actor_lexicon(pack_of(doc)).of:
        return None
    i = end + 1
    if i < len(doc) and doc[i].pos_ == "DET":
        i += 1
    org = orgs.get(i) or orgs.get(end + 1)
    if org is None:
        return None
    return RoleFound(org.text, org.start, org.end, 1)


def _role_in_cabinet(doc: Doc, start: int, end: int) -> RoleFound | None:
    """A portfolio given in a cabinet announcement, before or after the name."""
    pack = pack_of(doc)
    lex = actor_lexicon(pack)
    sent = doc[start].sent
    text = text_of(doc)
    s, e = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    m = pack.pattern("portfolio_before").search(text, sent.start_char, s)
    if m is not None and m.end() == s:
        role = m.group("role") or f"{lex.minister} {m.group('dept')}"
        return RoleFound(role.strip(), start, end, 3)
    m = pack.pattern("portfolio_after").match(text[e:sent.end_char])
    if m is not None:
        dept = m.group("dept") or m.group("dept2") or f"{lex.portfolio_of} {m.group('dept3')}"
        return RoleFound(f"{lex.minister} {dept.strip()}", start, end, 3)
    return None


def roles_of_mention(doc: Doc, anchor: int, end: int, orgs: dict[int, Span],
                      own_start: int | None = None) -> RoleFound | None:
    """Every description of one mention, joined: "ancien porte-parole de …, professeur à …"."""
    before = role_before(doc, anchor, own_start)
    comma_anchor = anchor
    if before is not None:  # "le guide religieux de l'Iran, l'ayatollah Ali Khamenei"
        comma_anchor = before.start - 1 if before.start > 0 and doc[before.start - 1].pos_ == "DET" else before.start
    comma = role_before_comma(doc, comma_anchor, end)
    if comma is not None and before is not None and before.end - before.start == 1:
        before = None  # a one-word title adds little to the apposition before it
    parts = [p for p in (comma, before, role_after(doc, end), _role_as(doc, end),
                         _affiliation(doc, end, orgs), _role_in_cabinet(doc, anchor, end)) if p is not None]
    if len(parts) > 1:  # a relation's possessor completes it alone: "frère" beside an office says nothing
        parts = [p for p in parts if not (p.relational and p.possessed is not None)]
    if not parts:
        return None
    best = max(parts, key=lambda p: p.quality)
    if best.quality == 3:
        return RoleFound(" ".join(best.text.split()), best.start, best.end, best.quality)
    parts = [p for p in parts if p.quality == best.quality or p is comma]
    text = ", ".join(" ".join(_lower_first(doc, p).split()) for p in parts)  # no line break in a role
    # a possessor completes a role read alone (nlp/role_owners), not a list of descriptions
    possessed = parts[0].possessed if len(parts) == 1 else None
    return RoleFound(text, parts[0].start, parts[-1].end, best.quality, possessed, possessed is not None and parts[0].relational)


def _lower_first(doc: Doc, role: RoleFound) -> str:
    """"Le ministre …" opening a sentence: the role is "ministre …", "Un des chercheurs" -> "un des …"."""
    text = role.text
    token = doc[role.start] if role.start < len(doc) else None
    if token is not None and token.is_sent_start and token.pos_ != "PROPN" and text[:1].isupper() and \
            token.text not in _capitalised_demonyms(gazetteer_of(doc)):
        return text[:1].lower() + text[1:]
    return text


@cache
def _capitalised_demonyms(gazetteer) -> frozenset[str]:
    """Demonyms the gazetteer writes with a capital ("Russian"): a language that capitalises them
    keeps the capital when one opens a role at the start of a sentence ("Russian President")."""
    return frozenset(form for country in gazetteer.countries
                     for form in (*country.demonyms_fr, *country.demonyms_en) if form[:1].isupper())


def gender_of(doc: Doc, i: int) -> str | None:
    """Grammatical gender of a role noun, from its article or its own morphology."""
    if i < 0 or i >= len(doc):
        return None
    lex = actor_lexicon(pack_of(doc))
    det = doc[i - 1] if i > 0 else None
    if det is not None and det.lower_ in lex.feminine_determiners:
        return "f"
    if det is not None and det.lower_ in lex.masculine_determiners:
        return "m"
    if is_plural(doc[i]) and det is not None and det.lower_ not in lex.feminine_determiners:
        return None  # a role shared by several ("les ministres X et Y") says nothing of each one's sex
    if feminine_role(pack_of(doc), doc[i].text):
        return "f"  # "l'échevine": the tagger often reads it masculine after an elided article
    gender = doc[i].morph.get("Gender")
    if gender == ["Fem"]:
        return "f"
    if gender == ["Masc"] and not doc[i].lower_.endswith(lex.epicene_endings):
        return "m"  # epicene nouns carry no gender of their own
    return None
