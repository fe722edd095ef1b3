"""The grammatical roles around an event's predicate: its subject (inherited through xcomp, conj
and gerunds, or inverted in an incise), its agent, the noun a participle modifies, and who a noun
predicate qualifying a clause is for."""
from __future__ import annotations

from spacy.tokens import Token

from ..conjuncts import main_verb_of_conjunct
from .lexicon import EventLexicon
from .predicates import case_of, has_marker, in_date, lemmas_of
from .repairs import after_relative, hung_subject, inverted_subject, misread_future


def is_passive(token: Token, lex: EventLexicon) -> bool:
    """Passive voice; verbs conjugated with "être" ("est arrivé", "s'est rendu") are not passive,
    though the parser often labels their auxiliary aux:pass."""
    labels = lex.labels
    if perceived_passive(token, lex) is not None:
        return True
    if token.lemma_.lower() in lex.unaccusative or any(c.lower_ in lex.reflexives for c in token.children):
        return False
    children = list(token.children)
    if any(c.dep_ in labels.passive_auxiliary for c in children):
        return True
    if _shared_passive(token, lex):
        return True
    # a subject labelled passive with "avoir" as the only auxiliary ("le gouvernement a exigé") is active
    active_auxiliary = any(c.dep_ in labels.tense_auxiliary and c.lemma_ not in lex.passive_auxiliaries
                           for c in children)
    return (any(c.dep_ in labels.passive_subject for c in children) and not active_auxiliary) or \
        (token.morph.get("Voice") == ["Pass"] and any(c.lemma_ in lex.passive_auxiliaries and
                                                       c.dep_ in labels.auxiliaries for c in children))


def _shared_passive(token: Token, lex: EventLexicon) -> bool:
    """A past participle coordinated with a passive one, with no auxiliary or subject of its own,
    shares its voice ("le Hamas est soutenu et financé par le Qatar": "financé" is passive too)."""
    labels = lex.labels
    head = token.head
    if head == token or token.dep_ not in labels.conjunct or head.i > token.i or \
            "Part" not in token.morph.get("VerbForm") or \
            any(c.dep_ in labels.auxiliaries or c.dep_ in labels.subjects for c in token.children):
        return False
    return any(c.dep_ in labels.passive_auxiliary for c in head.children)


def perceived_passive(token: Token, lex: EventLexicon) -> Token | None:
    """The reflexive perception verb an infinitive complements, which makes it a passive whose
    subject is the perception verb's ("l'Iran s'est vu infliger des sanctions par l'UE": the EU
    inflicts, on Iran); None otherwise."""
    head = token.head
    if head == token or token.dep_ not in lex.labels.open_complement or "Inf" not in token.morph.get("VerbForm"):
        return None
    if head.lemma_.lower() not in lex.passive_perception_verbs or \
            not any(c.lower_ in lex.reflexives for c in head.children):
        return None
    return head


def subject_of(token: Token, lex: EventLexicon) -> Token | None:
    """The grammatical subject of a verb, inherited through xcomp, conj and gerunds."""
    labels = lex.labels
    inverted = inverted_subject(token, lex)
    if inverted is not None:
        return inverted
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
    verb's subject."""
    labels = lex.labels
    head = verb.head
    # a name of foreign words ("Human Rights Watch") is often tagged X
    if verb.dep_ not in labels.conjunct or head == verb or head.pos_ not in ("PROPN", "NOUN", "X") or \
            not head.i < subject.i < verb.i or subject.head != verb:
        return None
    if not any(c.dep_ in labels.coordinator and head.i < c.i < subject.i for c in verb.children):
        return None
    return head


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


def participle_head(token: Token, lex: EventLexicon) -> Token | None:
    """The noun a past participle modifies ("les vivres acheminés par la Turquie", "les groupes
    soutenus par Ankara"): the participle is passive and that noun its surface subject."""
    labels = lex.labels
    if "Part" not in token.morph.get("VerbForm") or "Pres" in token.morph.get("Tense") or misread_future(token):
        return None  # "La France financera …" tagged as a participle of "France": a future, active
    if any(c.dep_ in labels.auxiliaries or c.dep_ in labels.subjects for c in token.children):
        return None
    if token.dep_ in labels.adverbial_clause and token.head.pos_ == "VERB" and token.i < token.head.i and \
            agent_of(token, lex) is not None:
        # "Soutenue par la Russie, l'armée syrienne a repris Alep": a fronted participle with its
        # agent is passive, its surface subject the main clause's
        return subject_of(token.head, lex)
    if token.dep_ not in labels.clausal_modifier or token.head.pos_ not in ("NOUN", "PROPN", "PRON") or \
            split_auxiliary(token, lex) is not None:
        return None  # "a de son côté salué": an active verb split from its auxiliary
    return token.head


def clause_subject(token: Token, lex: EventLexicon) -> Token | None:
    """Who a noun predicate is for, when it qualifies a clause: the subject of the verb it hangs on
    through a preposition ("X intervient avec le soutien des États-Unis", "signé sous l'égide de
    la Norvège", "lors du sommet de l'UA, le roi a …") or of a receiving verb ("X bénéficie du
    soutien de la Turquie", "X a reçu l'aide de Y")."""
    labels = lex.labels
    link = circumstance_link(token, lex)
    token = link if link is not None else token
    head = token.head
    if link is None and head != token and head.pos_ in ("PROPN", "NOUN") and head.i < token.i and \
            token.dep_ in labels.nominal_modifier and case_of(token, lex) in lex.circumstance_cases and \
            token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].text == ",":
        return head  # "Emmanuel Macron, en visite à Pékin, a …": hung on the subject, between commas
    if head == token or head.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    through_preposition = link is not None or token.dep_ in labels.oblique and case_of(token, lex) is not None
    received = (token.dep_ in labels.object or token.dep_ in labels.oblique) and \
        head.lemma_.lower() in lex.receiving_verbs
    if not (through_preposition or received):
        return None
    return agent_of(head, lex) if is_passive(head, lex) else subject_of(head, lex)


def circumstance_link(token: Token, lex: EventLexicon) -> Token | None:
    """The word a noun predicate hangs on when the parser reads a compound preposition of
    circumstance as a word of its own: the adverb of "Lors d'une visite en Chine, X a …", the noun
    of "au cours d'un voyage en Allemagne" (event_grammar.tsv; not "en marge du sommet"). That word
    stands in the main clause where a preposition would, so the clause's subject acts the noun."""
    head = token.head
    if head == token or case_of(token, lex) not in lex.prepositions[lex.genitive]:
        return None
    if head.pos_ in ("ADV", "ADP") and head.lower_ in lex.circumstance_cases or \
            head.pos_ == "NOUN" and head.lemma_.lower() in lex.circumstance_nouns:
        return head
    return None


def agent_of(token: Token, lex: EventLexicon) -> Token | None:
    """The agent of a passive verb or of a noun ("par X")."""
    labels = lex.labels
    hosts = [token]
    perceiver = perceived_passive(token, lex)
    if perceiver is not None:
        # "s'est vu infliger des sanctions par l'UE": "par" hung on the object or the perception verb
        hosts += [c for c in token.children if c.dep_ in labels.object] + [perceiver]
    for host in hosts:
        for child in host.children:
            if child.dep_ in labels.agent or ((child.dep_ in labels.oblique or child.dep_ in labels.nominal_modifier)
                                              and has_marker(child, lex.agent, lex)):
                return child
    # "le Hamas est soutenu et financé par le Qatar": the agent the parser hangs on the last
    # coordinated participle is every one's
    for child in token.children:
        if child.dep_ in labels.conjunct and _shared_passive(child, lex):
            return agent_of(child, lex)
    return _stray_participle_agent(token, lex)


def _stray_participle_agent(token: Token, lex: EventLexicon) -> Token | None:
    """The agent of a past participle on a noun that the parser hung on a date right after the
    participle ("l'aide promise lundi par le Japon": "par" under "lundi")."""
    labels = lex.labels
    noun = token.head
    if noun == token or token.dep_ not in labels.clausal_modifier or "Part" not in token.morph.get("VerbForm") or \
            "Pres" in token.morph.get("Tense"):
        return None
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and in_date(after) and after.head in (noun, token):
        for child in after.children:
            if child.i > after.i and has_marker(child, lex.agent, lex):
                return child
    return None


def apposed_to(token: Token, lex: EventLexicon) -> Token | None:
    """The nominal a word stands in apposition to, as the parser labels it or as it misreads it.

    Between commas right after a name, a description is an apposition ("la Russie, principal
    allié du régime syrien"); the parser also reads it as a coordinated member when no
    coordinator joins it ("Moscou, principal soutien de Damas": conj without "et"), or a
    participle-looking noun as a clause on the name ("la Russie, alliée de la Syrie": acl of the
    verb "allier"). A real coordination ("la Russie et ses alliés") has its coordinator."""
    labels = lex.labels
    head = token.head
    if head == token or head.i > token.i:
        return None
    if token.dep_ in labels.apposition:
        return head
    if not (token.dep_ in labels.conjunct or token.dep_ in labels.clausal_modifier):
        return None
    if any(c.dep_ in labels.coordinator for c in token.children):
        return None
    if token.dep_ in labels.clausal_modifier and any(
            c.dep_ in labels.auxiliaries or c.dep_ in labels.subjects for c in token.children):
        return None
    # a comma opens the description, right after the phrase of the name it describes
    # (the parser hangs that comma on the description or on the name)
    start = next(t.i for t in token.subtree if not t.is_punct or t == token)
    if start < 2 or token.doc[start - 1].text != ",":
        return None
    last = token.doc[start - 2]
    if last != head and not any(a == head for a in last.ancestors):
        return None
    if any(c.dep_ in labels.conjunct and head.i < c.i < token.i for c in head.children):
        return None  # "la Russie, la Chine, soutien de l'Iran": a list member, which one it describes is unsure
    return head


def undergoers_of(token: Token, lex: EventLexicon) -> list[Token]:
    """Who undergoes a hostile noun predicate, when no complement of its own names its target: the
    subject of a verb of undergoing it is the object of ("la Russie subit des sanctions", "le Mali a
    essuyé une attaque"), the agent of such a participle on it ("les frappes subies par la Syrie"),
    the subject of a noun of undergoing it complements ("la Syrie est la cible de frappes", "l'Iran
    fait l'objet de sanctions"), or the surface subject of a passive targeting verb whose agent it
    is ("la Syrie a été visée par des frappes", "la Russie, frappée par des sanctions"). The subject
    of those verbs is the patient, never the actor, so they are kept apart from the receiving verbs
    ("bénéficier du soutien de X")."""
    labels = lex.labels
    found: list[Token] = []
    for child in token.children:
        if child.dep_ in labels.clausal_modifier and child.lemma_.lower() in lex.undergoing_verbs:
            agent = agent_of(child, lex)
            if agent is not None:
                found.append(agent)
    head = token.head
    if head == token:
        return found
    lemma = head.lemma_.lower()
    if head.pos_ == "VERB" and lemma in lex.undergoing_verbs and token.dep_ in labels.object and \
            not is_passive(head, lex):
        node = subject_of(head, lex)
        found += [node] if node is not None else []
    elif head.pos_ == "VERB" and lemma in lex.target_verbs and is_passive(head, lex) and \
            (token.dep_ in labels.agent or has_marker(token, lex.agent, lex)):
        found += [c for c in head.children if c.dep_ in labels.passive_subject or c.dep_ in labels.subjects][:1]
    elif head.pos_ == "VERB" and lemma in lex.target_verbs and head.dep_ in labels.clausal_modifier and \
            head.head != head and (token.dep_ in labels.agent or has_marker(token, lex.agent, lex)):
        found.append(head.head)  # the same participle on the noun it qualifies: "la Russie, frappée par des sanctions"
    elif head.pos_ == "NOUN" and lemma in lex.undergoing_nouns and token.dep_ in labels.nominal_modifier and \
            case_of(token, lex) in lex.prepositions[lex.genitive]:
        node = subject_of(head, lex)
        if node is None and head.dep_ in labels.object and head.head != head:
            node = subject_of(head.head, lex)  # "fait l'objet de sanctions"
        found += [node] if node is not None else []
    elif head.pos_ == "VERB" and (token.dep_ in labels.oblique or token.dep_ in labels.oblique_argument) and \
            case_of(token, lex) in lex.prepositions[lex.genitive] and not is_passive(head, lex) and \
            any(c.dep_ in labels.object and c.lemma_.lower() in lex.undergoing_nouns for c in head.children):
        node = subject_of(head, lex)  # the same, with "de sanctions" hung on the verb
        found += [node] if node is not None else []
    return found


def plural_phrase(head: Token, labels) -> bool:
    """A plural noun phrase ("les rebelles", "les États-Unis") or a member of a coordination
    ("la Chine et la Russie"): what a plural pronoun may take up."""
    return "Plur" in head.morph.get("Number") or head.dep_ in labels.conjunct or \
        any(c.dep_ in labels.conjunct for c in head.children)


def participle_agent(node: Token, child: Token, lex: EventLexicon) -> bool:
    """Whether a dependent of a participle modifying a noun is its agent ("la résolution présentée
    par la France"), or a bare oblique after the agent that goes on with its list, which the parser
    broke ("soutenus par la Turquie, l'Arabie saoudite et le Qatar")."""
    labels = lex.labels
    if node.dep_ not in labels.clausal_modifier:
        return False
    return child.dep_ in labels.agent or child.dep_ in labels.oblique_modifier and case_of(child, lex) is None and \
        any(s.dep_ in labels.agent and s.i < child.i for s in node.children)
