"""The subject of an event's predicate: inherited through xcomp, conj and gerunds, or inverted in an
incise, and read through the parser's misreadings around it (an auxiliary split from its
participle by an aside, a relative or an object pronoun read as a marker, a decision noun's author,
a coordinated subject read as the verb's head or as a second subject)."""
from __future__ import annotations

from spacy.tokens import Token

from ..conjuncts import main_verb_of_conjunct
from .lexicon import EventLexicon
from .misread import misread_present
from .predicates import case_of, has_marker, lemmas_of
from .repairs import after_relative, hung_subject, inverted_subject


def subject_of(token: Token, lex: EventLexicon) -> Token | None:
    """The grammatical subject of a verb, inherited through xcomp, conj and gerunds."""
    labels = lex.labels
    inverted = inverted_subject(token, lex)
    if inverted is not None:
        return inverted
    misread = misread_present(token, lex)
    if misread is not None:
        return misread  # "Le Qatar finance le Hamas", the verb read as a word of "Qatar"
    current = token
    for _ in range(4):
        antecedent = after_relative(current, lex)
        if antecedent is not None:
            return antecedent  # "La Russie, qui a envahi l'Ukraine, menace la Moldavie"
        hung = hung_subject(current, lex)  # "L'armée X a bombardé …" parsed as the noun's modifier
        if hung is not None:
            return hung
        split = split_auxiliary(current, lex)
        if split is not None and not any(c.dep_ in labels.subjects for c in split.children):
            before = _phrase_before(split)
            if before is not None:
                return before  # "La CEDEAO a, de son côté, appelé …": the auxiliary hung elsewhere
        if split is not None:
            current = split  # "la France a de son côté salué …": the auxiliary holds the subject
            continue
        # the nearest subject: a dateline ("5 juillet 2012. - …") is sometimes parsed as one too
        # a subject the parser hung on the copula ("L'armée est sur le point de …", "est" its head)
        dependents = list(current.children) + [g for c in current.children if c.dep_ in labels.copula
                                               for g in c.children]
        subjects = sorted((c for c in dependents if c.dep_ in labels.subjects
                           and c.lower_ not in lex.impersonal_subjects and c.pos_ != "NUM"
                           and case_of(c, lex) is None),
                          key=lambda c: abs(c.i - current.i))
        # "Le Ghana lui a annoncé …", "X a convoqué l'ambassadeur et lui a annoncé …": an object or
        # dative clitic the parser made a subject ("lui" read as a form of "luire") is never one
        # beside a written subject, nor on a conjunct verb, which shares its first verb's subject
        written = [c for c in subjects if not _clitic_subject(c, lex)]
        subjects = written if written or current.dep_ in labels.conjunct else subjects
        # "Mme Freeland avait elle-même réclamé …": an intensifier the parser made a second subject,
        # nearer the verb than the written one, only echoes it
        subjects = [c for c in subjects if c.lower_ not in lex.intensifiers] or subjects
        if subjects:
            if "Rel" in subjects[0].morph.get("PronType") and current.dep_ in labels.relative_clause:
                return _antecedent(current, subjects[0], lex)  # "la Russie, qui a envahi …"
            return subjects[0]
        # "Il essaie de …" is sometimes parsed as an impersonal subject
        personal = [c for c in current.children if c.dep_ in labels.expletive_subject
                    and c.lower_ in lex.personal_pronouns and current.lemma_.lower() not in lex.impersonal_verbs]
        if personal:
            return personal[0]
        # "en invitant …", "pour soutenir …", "avant de rencontrer …": the main clause's subject
        gerund = current.dep_ in labels.adverbial_clause and (
            any(c.lower_ in lex.gerund_markers for c in current.children) or "Inf" in current.morph.get("VerbForm"))
        # "Moscou a riposté en expulsant …", the gerund parsed as an oblique of the main verb
        gerund = gerund or (current.dep_ in labels.oblique and current.pos_ == "VERB" and
                            any(c.lower_ in lex.gerund_markers for c in current.children))
        gerund = gerund or participial_adjunct(current, lex)
        decision = _decision_object(current, lex)
        if decision is not None and (author := _noun_author(decision, current, lex)) is not None:
            # "a salué la décision de l'Allemagne de livrer …", the infinitive hung on the verb:
            # whose decision it is acts, not who hails it
            return author
        if current.dep_ in labels.open_complement and _object_control(current.head, lex):
            # "accuser la Chine d'avoir aidé …", "demander à Berlin de livrer …": the object acts
            for child in current.head.children:
                if child.dep_ in labels.object or child.dep_ in labels.indirect_object or \
                        (child.dep_ in labels.oblique and has_marker(child, lex.dative, lex)):
                    return child
            # "les Émirats, qu'il accuse d'armer …", "les pays que X accuse de …": the object is the
            # relative pronoun, so the noun it stands for acts, never the accuser
            controller = _relative_controller(current.head, lex)
            if controller is not None:
                return controller
        if current.dep_ in labels.conjunct:
            # "X a rappelé que le traité s'appliquait et a appelé Y au calme": the parser hangs the
            # second verb of the main clause on the que-clause's verb; its auxiliary says whose it is
            current = main_verb_of_conjunct(current, strict=True) or current.head
            continue
        if current.dep_ in labels.open_complement or gerund:
            current = current.head
            continue
        if current.dep_ in labels.clausal_modifier and "Part" in current.morph.get("VerbForm") and \
                "Pres" in current.morph.get("Tense") and current.head.lemma_.lower() in lex.document_nouns and \
                current.head.dep_ in labels.object and current.head.head.pos_ == "VERB":
            current = current.head.head  # "le Conseil a adopté une résolution condamnant …": its author
            continue
        if current.dep_ in labels.clausal_modifier and "Fin" in current.morph.get("VerbForm"):
            return current.head  # headlines: "Afghanistan : l'armée française transfère …"
        if current.dep_ in labels.clausal_modifier and "Inf" in current.morph.get("VerbForm"):
            noun = current.head
            if _object_control(noun.head, lex) and (
                    noun.dep_ in labels.object or noun.dep_ in labels.indirect_object or noun.dep_ in labels.oblique):
                return noun  # "ordonner aux forces irakiennes de traquer …" parsed as the noun's complement
            if any(c.dep_ in labels.copula for c in noun.children):
                current = noun  # "l'armée est sur le point de vaincre …"
                continue
            return _noun_author(noun, current, lex) if noun.lemma_.lower() in lex.decision_nouns else None
        return None
    return None


def relative_object(token: Token, lex: EventLexicon) -> bool:
    """Whether a verb heads a relative clause opened by its object pronoun, which the parser took
    for a marker ("les rebelles que la Turquie arme"), with a subject of its own and no object: the
    noun the clause modifies is the object."""
    labels = lex.labels
    return token.dep_ in labels.relative_clause and token.head != token and token.head.pos_ == "NOUN" and \
        any(c.dep_ in labels.subjects for c in token.children) and \
        any(c.dep_ in labels.marker and c.i == token.left_edge.i for c in token.children)


def comma_relative_object(token: Token, lex: EventLexicon) -> Token | None:
    """The object of a relative clause after a comma that the parser read as a completive clause of
    the main verb, its object pronoun as the clause's marker ("a fermé sa frontière avec le Rwanda,
    qu'il accuse d'abriter des rebelles"): no completive clause follows a comma, so the nominal
    before the comma, in the main verb's clause, is the object. Only a clause with a subject of its
    own and no object."""
    labels = lex.labels
    first = token.left_edge
    # also read as an adverbial clause of the main verb ("le gouvernement X, que la France soutient, a …")
    adverbial = token.dep_ in labels.adverbial_clause and first.lower_ in lex.object_relatives
    if not (token.dep_ in labels.clausal_complement or adverbial) or token.head == token or first.i < 2 or \
            first.dep_ not in labels.marker or first.head != token or token.doc[first.i - 1].text != ",":
        return None
    # an object a preposition introduces is the parser's misreading of a complement ("d'ingérence")
    if not any(c.dep_ in labels.subjects for c in token.children) or \
            any(c.dep_ in labels.object and not any(g.dep_ in labels.case_marker for g in c.children)
                for c in token.children):
        return None
    before = token.doc[first.i - 2]
    if before.pos_ == "ADJ" and before.head.pos_ in ("NOUN", "PROPN") and before.head.i < before.i:
        before = before.head  # the noun its demonym qualifies ("le gouvernement malien, que …")
    if before.pos_ not in ("NOUN", "PROPN") or token.head not in before.ancestors:
        return None
    return before


def _relative_controller(verb: Token, lex: EventLexicon) -> Token | None:
    """The noun an object-control verb's relative object pronoun stands for, the parser having
    read the pronoun as the clause's marker: the noun the relative clause hangs on ("les pays que
    X accuse de …"), or the nominal before the comma where the clause was read as the main verb's
    complement ("a rompu avec l'Algérie, qu'il accuse de …"); None otherwise."""
    if relative_object(verb, lex):
        return verb.head
    return comma_relative_object(verb, lex)


def _object_control(verb: Token, lex: EventLexicon) -> bool:
    """Whether a verb gives its infinitive to its object, by any lemma it may have ("reproche",
    which the lemmatizer leaves as written, is "reprocher")."""
    return any(lemma in lex.object_control for lemma in lemmas_of(verb, lex))


def _decision_object(infinitive: Token, lex: EventLexicon) -> Token | None:
    """The decision noun, object of the verb, that an infinitive the parser hung on that verb
    belongs to ("a salué la décision de l'Allemagne de livrer …"), if any."""
    labels = lex.labels
    if infinitive.dep_ not in labels.open_complement or infinitive.head == infinitive or \
            "Inf" not in infinitive.morph.get("VerbForm"):
        return None
    return next((c for c in infinitive.head.children if c.dep_ in labels.object and c.i < infinitive.i
                 and c.lemma_.lower() in lex.decision_nouns), None)


def _noun_author(noun: Token, infinitive: Token, lex: EventLexicon) -> Token | None:
    """Whose decision a noun governing an infinitive is, the infinitive's subject:
    its "de" complement before the infinitive ("la décision de la France de suspendre …"), else its
    adjective ("la décision française de suspendre …")."""
    labels = lex.labels
    for child in noun.children:
        if child.i < infinitive.i and child.dep_ in labels.nominal_modifier and \
                case_of(child, lex) in lex.prepositions[lex.genitive] and child.pos_ in ("PROPN", "NOUN"):
            return child
    for child in noun.children:
        if child.dep_ in labels.adjective_modifier and child.i < infinitive.i:
            return child
    return None


def participial_adjunct(token: Token, lex: EventLexicon) -> bool:
    """Whether a verb is a present participle set off by a comma after its main clause, with no
    subject of its own ("La Russie a bombardé la ville, tuant trois civils", "…, accusant Kiev
    de …"): French grammar gives it the main clause's subject, as a gerund with "en" has."""
    if token.dep_ not in lex.labels.adverbial_clause or token.head == token or token.i < token.head.i:
        return False
    if "Part" not in token.morph.get("VerbForm") or "Pres" not in token.morph.get("Tense"):
        return False
    start = token.left_edge.i
    return start > 0 and token.doc[start - 1].text == "," and token.left_edge == token


def _antecedent(clause: Token, relative: Token, lex: EventLexicon) -> Token:
    """The noun a relative clause stands for: the one it hangs on, or, after a comma, the noun a
    place complement hangs on ("les embuscades de Daech dans le désert, qui ont coûté …": the
    ambushes, not the desert, which acts on no one)."""
    head = head_noun = clause.head
    comma = relative.i > 0 and relative.doc[relative.i - 1].is_punct
    if comma and case_of(head, lex) in lex.locative_cases and head.head != head and \
            head.head.pos_ in ("NOUN", "PROPN") and head.dep_ in lex.labels.nominal_modifier:
        head_noun = head.head
    if comma:
        named = _named_by_role(head_noun, lex)
        if named is not None:
            return named
        listed = _whole_list(clause, head_noun, lex)
        if listed is not None:
            return listed
    return head_noun


def _whole_list(clause: Token, noun: Token, lex: EventLexicon) -> Token | None:
    """The first member of the list a relative after a comma stands for when its verb is plural
    and the noun it hangs on, the list's last member, singular ("l'Estonie, la Lettonie et la
    Lituanie, qui ont reconnu …": all three recognise); None otherwise."""
    if noun.dep_ not in lex.labels.conjunct or "Sing" not in noun.morph.get("Number"):
        return None
    verbs = [clause] + [c for c in clause.children if c.pos_ == "AUX"]
    if not any("Plur" in v.morph.get("Number") and "Fin" in v.morph.get("VerbForm") for v in verbs):
        return None
    first = noun
    while first.dep_ in lex.labels.conjunct and first.head != first and first.head.i < first.i:
        first = first.head
    return first if first != noun else None


def _named_by_role(noun: Token, lex: EventLexicon) -> Token | None:
    """The name a function in apposition describes, when a relative after that apposition hangs
    inside it: in "Idriss Déby, président du Tchad et de l'Union africaine, qui a effectué un voyage
    …" the one who travels is the person, not the last body of the function's complement. The
    function is a role noun (a person's) in apposition to a proper name; the climb from the
    clause's noun up to it goes through the function's complements and their coordination only."""
    labels = lex.labels
    current = noun
    for _ in range(5):
        if current.dep_ in labels.apposition and current.head.pos_ == "PROPN" and current.head.i < current.i and \
                (current.lemma_.lower() in lex.role_nouns or current.lower_ in lex.role_nouns):
            return current.head
        if current.head == current or current.head.i > current.i or not (
                current.dep_ in labels.nominal_modifier or current.dep_ in labels.conjunct or
                current.dep_ in labels.name_part or current.dep_ in labels.adjective_modifier):
            return None
        current = current.head
    return None


def split_auxiliary(participle: Token, lex: EventLexicon) -> Token | None:
    """The auxiliary of a past participle split from it by an inserted phrase ("a de son côté salué",
    "ont pour leur part condamné", "avait à son tour reconnu"): the parser makes the auxiliary the
    verb, the phrase its oblique and the participle a modifier of that phrase's noun. The auxiliary,
    a conjugated form of the pack's tense auxiliaries, before the phrase, when the participle has
    no auxiliary of its own."""
    labels = lex.labels
    if participle.dep_ not in labels.clausal_modifier or "Part" not in participle.morph.get("VerbForm") or \
            "Past" not in participle.morph.get("Tense") or \
            any(c.dep_ in labels.auxiliaries or (c.dep_ in labels.subjects and c.i < participle.i)
                for c in participle.children):
        return None
    phrase = participle.head
    verb = phrase.head
    if verb == phrase:
        # "Le Canada a, de son côté, condamné …": the phrase made the root, the auxiliary hung on it
        verb = next((c for c in phrase.children if c.i < phrase.i and c.lower_ in lex.auxiliary_forms), phrase)
    # the phrase is prepositional, whatever role the parser gave it ("de son côté" read as an object)
    if case_of(phrase, lex) is None or verb == phrase or verb.lower_ not in lex.auxiliary_forms or \
            not verb.i < phrase.i < participle.i or participle.i - verb.i > 6:
        return _aside_auxiliary(participle, lex)
    return verb


def _phrase_before(auxiliary: Token) -> Token | None:
    """The head of the noun phrase right before an auxiliary the parser gave no subject (it hung
    it on the sentence's end or on an aside): climbing from the word before it while the head
    stays before the auxiliary ("L'Organisation des Nations unies a, …" -> "Organisation")."""
    k = auxiliary.i - 1
    while k >= auxiliary.sent.start and auxiliary.doc[k].is_punct and auxiliary.doc[k].text in ")»\"":
        k -= 1  # "… (CEDEAO) a"
    if k < auxiliary.sent.start:
        return None
    node = auxiliary.doc[k]
    while node.head != node and node.head.i < auxiliary.i:
        node = node.head
    return node if node.pos_ in ("NOUN", "PROPN", "PRON") else None


def _aside_auxiliary(participle: Token, lex: EventLexicon) -> Token | None:
    """The auxiliary of a past participle split from it by an aside between commas ("Londres a,
    pour sa part, appelé …", "La CEDEAO a, de son côté, appelé …"), read on the text where the
    parser hung the pieces elsewhere (the auxiliary on the sentence's end or on the aside's noun):
    an auxiliary form, a comma, at most a few words, a comma, the participle."""
    doc = participle.doc
    if participle.i < 3 or doc[participle.i - 1].text != ",":
        return None
    for k in range(participle.i - 3, max(-1, participle.i - 9), -1):
        if doc[k].is_sent_start or doc[k].is_punct and doc[k].text != ",":
            return None
        if doc[k].lower_ in lex.auxiliary_forms and doc[k + 1].text == ",":
            return doc[k]
    return None


def misparsed_co_subject(verb: Token, subject: Token, lex: EventLexicon) -> Token | None:
    """The first member of a coordinated subject the parser made the head of the verb: "La Russie et
    l'Ukraine ont conclu un accord" parsed as "Russie" (root) with "conclu" its conjunct, whose
    subject is "Ukraine" alone. The nominal, when the verb's coordinator stands between it and the
    verb's subject. The parser may also hang the verb on what opens the sentence, a wire dateline's
    date ("12 mars 2024. - L'Allemagne et les Pays-Bas ont signé …"), with the first member a
    dependent of that date: the nominal just before the coordinator, hung on the same head."""
    labels = lex.labels
    head = verb.head
    if verb.dep_ not in labels.conjunct or head == verb or not head.i < subject.i < verb.i or \
            subject.head != verb:
        return None
    coordinator = next((c for c in verb.children if c.dep_ in labels.coordinator and head.i < c.i < subject.i),
                       None)
    if coordinator is None:
        return None
    if _nominal(head, lex):
        return head
    member = _member_before(coordinator, head)
    return member if member is not None and _nominal(member, lex) else None


def _nominal(token: Token, lex: EventLexicon) -> bool:
    """A noun or name: a name of foreign words ("Human Rights Watch") is often tagged X, and a name
    the tagger does not know may be tagged anything ("Les Pays-Bas" as an adverb), but has a determiner."""
    return token.pos_ in ("PROPN", "NOUN", "X") or any(c.dep_ in lex.labels.determiner for c in token.children)


def _member_before(coordinator: Token, head: Token) -> Token | None:
    """The phrase that ends just before a coordinator, when it hangs on `head` ("la République
    démocratique du Congo et …": from "Congo" up to "République")."""
    token = coordinator.doc[coordinator.i - 1]
    while token.head != head and token.head != token and head.i < token.head.i < coordinator.i:
        token = token.head
    return token if token.head == head and token != head else None


def sibling_co_subject(verb: Token, subject: Token, lex: EventLexicon) -> Token | None:
    """The first member of a coordinated subject the parser made a second subject of the verb: "Le
    Danemark et la Finlande ont signé un accord" parsed with both names as subjects of "signé" and
    "et" hung on the verb. The other subject before the verb's subject, with a coordinator between."""
    labels = lex.labels
    if subject.head != verb:
        return None
    for child in verb.children:
        if child.i >= subject.i or child.dep_ not in labels.subjects or case_of(child, lex) is not None:
            continue
        if any(c.dep_ in labels.coordinator and child.i < c.i < subject.i
               for c in list(verb.children) + list(subject.children)):
            return child
        # "Le Japon, la Corée du Sud et les États-Unis ont tenu un sommet": the list's first member
        # a subject of its own, a comma before the second, whose conjunct closes the list
        end = child.right_edge.i
        while end > child.i and child.doc[end].is_punct:
            end -= 1  # the comma may hang on the first member
        gap = child.doc[end + 1: subject.left_edge.i]
        if len(gap) == 1 and gap[0].text == "," and any(
                c.dep_ in labels.conjunct and any(g.dep_ in labels.coordinator for g in c.children)
                for c in subject.children if c.i > subject.i):
            return child
    return None


def _clitic_subject(token: Token, lex: EventLexicon) -> bool:
    """Whether a subject is an object or dative clitic written before its verb ("lui", "leur", "l'")."""
    return token.pos_ == "PRON" and token.lower_ in lex.object_clitics and token.i < token.head.i
