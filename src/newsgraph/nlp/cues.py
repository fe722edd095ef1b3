"""Cues: the words that introduce reported speech, and where each form puts its speaker.

A cue is a speech verb (speech_verbs.tsv) in a form that reports something said:
- finite, or a compound tense ("a déclaré", "s'est dit");
- a gerund or a participial adjunct ("en estimant que", "déplorant une « … »");
- a passive of a verb that reports in the passive ("est accusé de …", "il a été révélé par X
  que …"): the agent speaks, or nobody named does; and one of a verb whose object is what is said,
  with its agent ("the plan was endorsed by the union").
An infinitive reports nothing by itself ("a tenu à rappeler" reads as a governed clause of its
governor at best: reading infinitives as cues moved the tuning part, not the check part), and
speech nouns under a support verb ("a lancé un appel à") moved neither. Each token is checked
cheaply first (the lexicon), then by its parse. Words and labels come from the Doc's pack.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .context import pack_of
from .lexicon import (SpeechVerb, aside_auxiliary, function_words, guess_lemmas, has_frame, is_actor_like,
                      particle_heads, speech_verb, speech_verb_indices)
from .misread_verbs import adjective_read_verb, past_connector, subject_then_quoted_object, verbless_object
from .near_subjects import can_speak, nearer_subject
from .object_frames import elided, judged_clause
from .passive_frames import expletive_passive
from .quotemarks import QUOTE_CHARS
from .speaker_words import speaker_words
from .syntax import (cue_start, document_place, has_passive_auxiliary, is_negated, labels,
                     noun_phrase, speaker_of_verb, subject_labels)
from .textutil import fold_same_length

# participial adjuncts and infinitives are weaker evidence of speech than a finite verb: without a
# quotation, only verbs of saying count there ("craignant que" reports a fear, not words)
ADJUNCT_STRENGTH = 0.8
# an impersonal passive with no agent reports words only with a verb of saying ("Il a été indiqué
# que …"): with a verb of deciding or judging it records a decision or a finding, nobody's words
# ("It was decided that …", "It was agreed that …", "Il a été convenu que …")
IMPERSONAL_STRENGTH = 0.9


@dataclass(frozen=True, slots=True)
class Cue:
    """A word that introduces reported speech, with what its frame reader and speaker resolver need."""
    token: Token                   # the speech verb or noun whose frames are read
    info: SpeechVerb
    heads: tuple[Token, ...]       # tokens whose dependents carry the reported words
    start: int                     # the cue as written: "a déclaré", "s'est dit"
    end: int
    speaker: Span | None           # the speaker mention, if the sentence has one
    form: str = "finite"           # finite | participle | gerund | passive


def verb_form(verb: Token) -> str:
    """How a verb token reports: finite, participle (adjunct or compound tense), gerund, infinitive."""
    doc = verb.doc
    pack = pack_of(doc)
    form = verb.morph.get("VerbForm")
    if verb.i > 0 and doc[verb.i - 1].lower_ in function_words(pack, "gerund") and "Part" in form:
        return "gerund"
    if "Inf" in form:
        # a finite auxiliary before it makes a finite phrase: "will say", "should know", "'d argue"
        auxiliaries = pack.label("tense_auxiliary")
        if any(c.dep_ in auxiliaries and "Fin" in c.morph.get("VerbForm") for c in verb.children):
            return "finite"
        return "infinitive"
    if "Part" in form:
        auxiliaries = labels(pack, "tense_auxiliary", "passive_auxiliary")
        tense = [c for c in verb.children if c.dep_ in auxiliaries]
        if tense and all("Inf" in c.morph.get("VerbForm") for c in tense):
            return "infinitive"  # "pour avoir demandé", "après avoir dit": a compound infinitive
        if tense or (verb.i > 0 and doc[verb.i - 1].pos_ == "AUX"):
            return "finite"  # a compound tense
        if "Pres" in verb.morph.get("Tense"):
            return "participle"
        # a bare past participle conjoined to a compound tense shares its voice ("a été limogé car
        # jugé trop « libéral »" is a passive); any other past participle reads as a compound tense
        # (the parser often loses its auxiliary: "a de son côté dénoncé"; leaving bare participles
        # out as adjectives lost check-part quotes)
        head = verb.head
        if verb.dep_ in pack.label("conjunct") and head.pos_ in ("VERB", "AUX") and \
                verb_form(head) == "finite":
            return "passive" if has_passive_auxiliary(head) else "finite"
        # a bare past participle that modifies the noun before it is an adjectival passive: "les
        # sommes jugées élevées", "toute personne reconnue coupable de …" (the noun is no speaker)
        # (right after it; a verb just before is a compound tense the parser split: "a pour sa part
        # confié", with "a" read as the main verb)
        if verb.dep_ in pack.label("clausal_modifier") and head.pos_ in ("NOUN", "PROPN") and \
                (head.i == verb.i - 1 or _apposed_to_noun(verb)) and not _split_tense_before(verb):
            return "passive"
        if _detached_participle(verb):
            return "passive"
        return "finite"
    return "finite"


def _apposed_to_noun(verb: Token) -> bool:
    """Is a participle set off by a comma right after the noun phrase it modifies ("La rencontre,
    qualifiée de « … » par X, …")? The comma before it closes that phrase."""
    doc, head = verb.doc, verb.head
    if not pack_of(doc).setting("quoted_object_passive_agent", False):
        return False
    # (a verb between them, or a noun the parse made the root, is a compound tense split by an
    # aside: "La fédération a, de son côté, appelé")
    return head.i < verb.i - 1 and doc[verb.i - 1].text == "," and head.dep_ not in pack_of(doc).label("root") and \
        all((t.i == verb.i - 1 or t in head.subtree) and t.pos_ not in ("AUX", "VERB") for t in doc[head.i + 1:verb.i])


def _imperative_like(verb: Token) -> bool:
    """"Rappelons que", "Notons que": a first-person verb with no subject is the journalist's own voice."""
    if "Imp" in verb.morph.get("Mood"):
        return True
    pack = pack_of(verb.doc)
    subjects = subject_labels(pack)
    if any(c.dep_ in subjects for c in verb.children):
        return False
    if "1" in verb.morph.get("Person"):
        return True
    # the tagger may leave the person out (scraped copy: "….Rappelons que" glued to the sentence
    # before): a first-person ending on a verb that opens its sentence, with no subject
    return not verb.morph.get("Person") and verb.i == verb.sent.start and \
        verb.lower_.endswith(tuple(function_words(pack, "first_person_ending")))


def _detached_participle(verb: Token) -> bool:
    """A bare past participle that opens its sentence, set off by a comma before the clause it
    modifies: a passive whose subject is that clause's ("Qualifié de « … », il s'oppose …": he is
    the one qualified, not the speaker)."""
    head = verb.head
    return pack_of(verb.doc).setting("detached_participle_passive", False) and verb.i == verb.sent.start and \
        head.i > verb.i and any(t.text == "," for t in verb.doc[verb.i + 1:head.i])


def _split_tense_before(verb: Token) -> bool:
    """A verb or an auxiliary in the five words before a participle, in its sentence: most often a
    compound tense the parser split around an aside ("a pour sa part confié", "a, de son côté,
    appelé"), so the participle is no adjective."""
    doc = verb.doc
    # (past a longer aside set off by commas too: "a, dans un communiqué, félicité")
    return any(t.pos_ in ("AUX", "VERB") for t in doc[max(verb.sent.start, verb.i - 5):verb.i]) or \
        verb.i > verb.sent.start and aside_auxiliary(doc, verb.i - 1, pack_of(doc)) is not None


def _unspoken_epithet(verb: Token, info: SpeechVerb) -> bool:
    """A bare past participle that describes the noun before it with no agent ("l'expulsion d'un
    diplomate accusé d'avoir menacé un élu", "trois élus, dont le trésorier, accusés de …"): an
    epithet the journalist gives, nobody's words, unless a speech verb above it reports the clause
    it sits in ("a promis de renégocier l'accord, accusé de …": the one promising accuses)."""
    doc = verb.doc
    pack = pack_of(doc)
    head = verb.head
    if not pack.setting("adnominal_passive_needs_agent", False) or \
            verb.dep_ not in labels(pack, "clausal_modifier", "apposition") or head.pos_ not in ("NOUN", "PROPN") or \
            head.i >= verb.i or "Part" not in verb.morph.get("VerbForm") or "Pres" in verb.morph.get("Tense"):
        return False
    auxiliaries = labels(pack, "tense_auxiliary", "passive_auxiliary")
    by, finite = function_words(pack, "agent_preposition"), function_words(pack, "finite_auxiliary")
    if any(c.dep_ in auxiliaries or c.dep_ in pack.label("agent") for c in verb.children) or \
            any(t.lower_ in by for t in verb.subtree if t.i > verb.i):
        return False
    # an auxiliary before it that serves no verb is a compound tense the parser split ("a pour sa
    # part confié", "a, de son côté, appelé")
    if _split_tense_before(verb) or \
            any(t.lower_ in finite and (t.dep_ not in auxiliaries or t.head.pos_ not in ("VERB", "ADJ"))
                for t in doc[verb.sent.start:verb.i]):
        return False
    return not _reported_by_ancestor(verb) and _quoted_agent(verb, info) is None


def _reported_by_ancestor(verb: Token) -> bool:
    """Does the participle sit in the words a speech verb above it governs (a clause or an infinitive
    it reports; not a noun it announces: "a annoncé des sanctions contre des élus accusés de …")?"""
    pack = pack_of(verb.doc)
    governed = labels(pack, "clausal_complement", "open_complement")
    child = verb
    for ancestor in verb.ancestors:
        if ancestor.pos_ == "VERB" and child.dep_ in governed and speech_verb(ancestor) is not None:
            return True
        child = ancestor
    return False


def _verb_cue(verb: Token, info: SpeechVerb) -> Cue | None:
    doc = verb.doc
    pack = pack_of(doc)
    if info.lemma in pack.words("unreported_inner_verbs") and _reported_by_ancestor(verb):
        return None  # "a affirmé que le Rwanda défendait « sa frontière »": the literal act, told
    if verb.pos_ == "ADJ":
        # a passive participle the tagger read as an adjective ("une mesure qualifiée d'« injuste »
        # par X"): a cue only with a quotation and the agent who says it
        agent = _quoted_agent(verb, info)
        if agent is not None:
            return Cue(verb, info, (verb,), verb.idx, verb.idx + len(verb.text), noun_phrase(agent), "passive")
        if not adjective_read_verb(verb):
            return None
    elif verb.pos_ not in ("VERB", "AUX"):
        # the tagger reads some verbs as nouns ("X juge que …"): a noun right before "que" is a verb
        complementizers = function_words(pack, "complementizer")
        # or a noun that heads its sentence with a subject of its own ("Le président juge la situation
        # « grave »": "juge" tagged as the root noun)
        rooted = verb.dep_ in pack.label("root") and any(c.dep_ in subject_labels(pack) for c in verb.children)
        # or a bare noun coordinated to a finite verb right after the coordinator ("salue la mémoire
        # du défunt et demande aux délégués de …": "demande" read as a noun conjoined to "salue")
        conjoined = verb.dep_ in pack.label("conjunct") and verb.head.pos_ == "VERB" and \
            verb_form(verb.head) == "finite" and 0 < verb.i and doc[verb.i - 1].pos_ == "CCONJ" and \
            not any(c.pos_ == "DET" for c in verb.children)
        # (an adverb or a connector may stand between it and "que": "X juge toutefois que …", "X juge
        # pour sa part que …")
        k = past_connector(verb)
        # or an adjective in marks that it says of the clause after it ("X juge « inacceptable » que …")
        judged = k < len(doc) and doc[k].text in QUOTE_CHARS and judged_clause(doc, k, complementizers) is not None
        if not (verb.pos_ == "NOUN" and 0 < verb.i < len(doc) - 1 and doc[verb.i - 1].pos_ not in ("DET", "ADP")
                and (doc[k].lower_ in complementizers or rooted or conjoined or judged or verbless_object(verb, info)
                     or subject_then_quoted_object(verb, info))):
            return None
    if verb.pos_ == "AUX" and info.lemma not in function_words(pack, "auxiliary_speech_verb") and info.particle is None:
        return None
    if _nickname(verb):
        return None
    if is_negated(verb) and not pack.setting("negated_reports", False) or _imperative_like(verb):
        return None
    if _unspoken_epithet(verb, info):
        return None
    form = verb_form(verb)
    if form == "infinitive":
        return _governed_cue(verb, info) or _narrative_cue(verb, info) or _sequel_cue(verb, info)
    heads = (verb,)
    if info.particle:  # "faire savoir": the particle's dependents carry the words too
        heads += particle_heads(verb, info)
    end = heads[-1].idx + len(heads[-1].text)
    if form == "passive" or has_passive_auxiliary(verb):
        agents = [c for c in verb.children if c.dep_ in pack.label("agent")]
        detached = _detached_participle(verb)
        if detached and not agents:  # the parser calls its agent an oblique: "par" shows it
            by = function_words(pack, "agent_preposition")
            agents = [c for c in verb.children if c.dep_ in pack.label("oblique") and
                      any(g.dep_ in pack.label("case_marker") and g.lower_ in by for g in c.children)]
        quoted_agent = _quoted_agent(verb, info) if not agents else None
        agents = agents or ([quoted_agent] if quoted_agent is not None else [])
        # a detached participle with its agent reports whatever its frames ("Qualifié de « … » par
        # la presse, …": the press speaks)
        # a verb whose object is what is said reports its passive subject when an agent names who
        # says it ("the plan was endorsed by the union"; passive_frames.passive_object)
        # an impersonal passive of a verb that reports a clause ("Il a été indiqué que …") reports it,
        # said by nobody named (GUIDELINES §2.7: impersonal cues are `unspecified`)
        impersonal = has_frame(info, pack, "clause") and expletive_passive(verb, pack) and \
            info.lemma not in pack.words("writer_impersonal_verbs") and \
            (info.strength >= IMPERSONAL_STRENGTH or bool(agents))
        # a verb of the quoted-object frame with its parsed agent reports the quotation it governs
        # ("a été jugé « dangereux » par le ministre"), as when only the surface shows the agent
        objects = has_frame(info, pack, "object") or \
            (pack.setting("quoted_object_passive_agent", False) and has_frame(info, pack, "quoted_object"))
        if not has_frame(info, pack, "passive") and not (agents and (detached or objects)) \
                and not impersonal and quoted_agent is None:
            return None
        speaker = noun_phrase(agents[0]) if agents else None
        document = document_place(verb) if impersonal and not agents else None
        if document is not None:  # "il est précisé dans le communiqué que": the document says it
            speaker = noun_phrase(document)
            speaker = speaker[1:] if speaker[0].pos_ == "ADP" else speaker
        return Cue(verb, info, heads, cue_start(verb), end, speaker, "passive")
    if form == "participle":
        return Cue(verb, info, heads, verb.idx, end, _host_speaker(verb, _adjunct_speaker(verb), form), "participle")
    speaker = speaker_of_verb(verb)
    if verb.pos_ == "NOUN" and verb.dep_ in pack.label("conjunct") and verb.head.pos_ == "VERB":
        speaker = speaker_of_verb(verb.head) or speaker  # "X salue … et demande …": X speaks both
    elif verb.pos_ == "NOUN":
        # a verb the tagger read as the root noun: its subject is the nearest one before it (the
        # parser also hangs the appositions of an opening adverbial on it as subjects)
        before = [c for c in verb.children if c.dep_ in subject_labels(pack) and c.i < verb.i]
        speaker = noun_phrase(before[-1]) if before else speaker
        if not before and verb.head.i < verb.i and speaker is not None and speaker.start <= verb.i < speaker.end:
            # the parse hangs the noun-tagged verb on the subject as its modifier ("La fédération
            # juge toutefois que"): the subject ends before it
            speaker = doc[speaker.start:verb.i] if speaker.start < verb.i else None
    # a fronted adjunct the parse made the subject ("Samedi, lors d'un discours, le président a
    # estimé …"): the noun phrase right before the verb speaks
    speaker = nearer_subject(verb, speaker) or speaker
    # a compound tense split by an aside whose auxiliary the parse reads into the subject it gives ("X,
    # ministre, a de son côté salué « … »": "a de son côté" as the subject): no mention, so the
    # resolver reads the phrase before the auxiliary (lost_subjects.before_split_tense)
    aside = aside_auxiliary(doc, verb.i - 1, pack) if verb.i > verb.sent.start else None
    if aside is not None and speaker is not None and speaker.start <= aside < speaker.end:
        speaker = None
    return Cue(verb, info, heads, cue_start(verb), end, _host_speaker(verb, speaker, form), form)


def _host_speaker(verb: Token, speaker: Span | None, form: str) -> Span | None:
    """The speaker of the clause a cue continues, when the parse gave the cue a subject that cannot
    speak: a participle or gerund the parse hangs on the object before it ("a rejeté toute critique,
    accusant X de …": "toute critique"), a conjunct that took the first verb's object, across the
    coordinator, for its subject ("a rejeté des accusations « … » et a estimé que": "des
    accusations"). The subject of the nearest finite verb above it that can speak, else `speaker`."""
    if speaker is not None and (can_speak(speaker) or _names_a_document(speaker)):
        return speaker  # (a document says its own words: "un message …, demandant aux clients de …")
    if form == "finite":
        # a conjunct: a coordinator of its own before it, after the subject the parse gave it
        coordinator = next((c for c in verb.children if c.i < verb.i and c.pos_ == "CCONJ"), None)
        if coordinator is None or speaker is not None and speaker.end > coordinator.i:
            return speaker
    elif form not in ("participle", "gerund"):
        return speaker
    relative = pack_of(verb.doc).label("relative_clause")
    child = verb
    for host in list(verb.ancestors)[:HOST_STEPS]:
        if child.dep_ in relative or host.sent != verb.sent:
            break  # a relative clause speaks of its antecedent, whose own verb is another's act
        if host.pos_ == "VERB" and host.i < verb.i and verb_form(host) == "finite":
            # the nearest finite verb is the clause the cue continues: when its subject cannot speak
            # either, the cue shares it ("que la décision visait X, mais exprimait « … »": the words
            # are inside a report, their subject a thing), and no verb further up speaks for it
            found = speaker_of_verb(host)
            if found is not None and found.end <= verb.i and can_speak(found) and not is_negated(host):
                return found
            return speaker
        child = host
    return speaker


def _names_a_document(phrase: Span) -> bool:
    """Is the head noun of the phrase a document or a message (document_nouns)? The resolver gives
    a document's words to its author; the verb that issued it is no speech of its own."""
    head = next((t for t in phrase if t.pos_ == "NOUN"), None)
    documents = speaker_words(pack_of(phrase.doc)).documents
    return head is not None and (fold_same_length(head.lower_) in documents or
                                 fold_same_length(head.lemma_.lower()) in documents)


# how far up the parse a cue looks for the clause it continues (a participle on an object noun, a
# gerund on a subordinate clause's verb)
HOST_STEPS = 4


def _nickname(verb: Token) -> bool:
    """"Jimmy Chérizier, dit Barbecue, a prévenu que …": a participle of naming (nickname_words.txt)
    set off by commas between a name and the verb of the name's clause gives a nickname, no report.
    (After a quotation, "« … », dit Paul Martin, avant de …", it is an incise: a name must precede
    its comma, and a finite verb follow the nickname's.)"""
    doc = verb.doc
    if verb.lower_ not in pack_of(doc).words("nickname_words") or verb.i < 2 or doc[verb.i - 1].text != "," or \
            doc[verb.i - 2].pos_ != "PROPN":
        return False
    k = verb.i + 1
    while k < len(doc) and doc[k].pos_ == "DET":
        k += 1
    name = k
    while k < len(doc) and k - name < 4 and (doc[k].pos_ == "PROPN" or doc[k].text[:1].isupper()):
        k += 1
    return name < k < len(doc) - 1 and doc[k].text == "," and \
        doc[k + 1].pos_ in ("AUX", "VERB") and "Fin" in doc[k + 1].morph.get("VerbForm")


def _quoted_agent(verb: Token, info: SpeechVerb) -> Token | None:
    """The agent of a passive participle of the quoted-object frame, read on the surface after the
    quotation it governs ("une mesure qualifiée d'« injuste » par la Commission", "a été jugée
    « grave » par l'ONU"): the parser hangs it on the words in marks. The agent's noun, or None."""
    doc = verb.doc
    pack = pack_of(doc)
    if not has_frame(info, pack, "quoted_object"):
        return None
    end = verb.sent.end
    i = verb.i + 1
    if i < end - 1 and doc[i].pos_ == "ADV":
        i += 1  # "qualifiée alors de « … »"
    if i < end and elided(doc[i])[0] in function_words(pack, "quoted_object_lead"):
        i = elided(doc[i])[1].i + 1  # ("d" + "'" before a mark: the tokenizer splits the elision)
    if i >= end or doc[i].text not in QUOTE_CHARS:
        return None
    close = next((t.i for t in doc[i + 1:min(end, i + 16)] if t.text in QUOTE_CHARS), None)
    if close is None or close + 2 >= end or doc[close + 1].lower_ not in function_words(pack, "agent_preposition"):
        return None
    k = close + 2
    while k < end - 1 and doc[k].pos_ in ("DET", "NUM"):
        k += 1  # "par les deux présidences"
    return doc[k] if doc[k].pos_ in ("NOUN", "PROPN") else None


def _adjunct_speaker(verb: Token) -> Span | None:
    """The speaker of a participial adjunct: the parser often hangs "…, ajoutant que" on the clause a
    cue reports ("a indiqué que les fouilles continuaient, ajoutant que …"), whose subject is not the
    speaker; the cue that governs that clause speaks the adjunct too."""
    pack = pack_of(verb.doc)
    own = speaker_of_verb(verb)
    if own is not None and is_actor_like(own):
        return own  # "son avocat s'indigne …, réaffirmant que": the adjunct's own clause names a speaker
    head = verb.head
    if head.i < verb.i and head.dep_ in labels(pack, "clausal_complement") and head.head.i < head.i and \
            speech_verb(head.head) is not None:
        return speaker_of_verb(head.head) or own
    return own


def _governed_cue(verb: Token, info: SpeechVerb) -> Cue | None:
    """An infinitive under a governor that leaves the speech act to its subject ("a tenu à rappeler
    que", "ne cesse de répéter que", speech_governors.txt): a cue from the governor on, whose speaker
    is the governor's subject. Other infinitives report nothing by themselves."""
    pack = pack_of(verb.doc)
    governor = verb.head
    lemma = governor.lemma_.lower()
    # the purpose infinitive of a verb of taking an occasion to speak ("took to Twitter to accuse",
    # "went on television to argue"; speech_occasion_verbs.txt) is said by its subject as well
    compound = governor.pos_ == "ADJ" and any(c.dep_ in pack.label("tense_auxiliary") for c in governor.children)
    lemmas = {lemma, *guess_lemmas(governor)} if compound else {lemma}
    catenative = verb.dep_ in pack.label("open_complement") and bool(lemmas & pack.words("speech_governors"))
    occasion = verb.dep_ in pack.label("open_complement") + pack.label("adverbial_clause") and \
        lemma in pack.words("speech_occasion_verbs") and \
        not any(c.dep_ in pack.label("marker") for c in verb.children)
    # (a governor's participle the tagger read as an adjective, its lemma the adjective's, is still a
    # verb after its auxiliary: "s'est borné à répéter que")
    if governor.i >= verb.i or governor.pos_ != "VERB" and not compound or not (catenative or occasion):
        return None
    if verb_form(governor) != "finite" or is_negated(governor) or _imperative_like(governor):
        return None
    return Cue(verb, info, (verb,), cue_start(governor), verb.idx + len(verb.text), speaker_of_verb(governor))


def _sequel_cue(verb: Token, info: SpeechVerb) -> Cue | None:
    """A speech infinitive that goes on from the clause it hangs on ("a affirmé que …, avant d'ajouter
    que …", "après avoir rappelé que …"; sequence prepositions of attribution_words.tsv): a cue from
    the preposition on, spoken by the one who speaks that clause, as a participial adjunct is."""
    pack = pack_of(verb.doc)
    if verb.dep_ not in pack.label("adverbial_clause") or verb.head.i >= verb.i:
        return None
    sequence, purpose = function_words(pack, "sequence_preposition"), function_words(pack, "purpose_preposition")
    openers = [c for c in verb.children if c.i < verb.i and c.dep_ in pack.label("marker") and
               c.lower_ in sequence | purpose]
    if not openers or openers[0].lower_ in purpose and "Inf" not in verb.morph.get("VerbForm"):
        return None  # "pour avoir dit": a cause
    return Cue(verb, info, (verb,), openers[0].idx, verb.idx + len(verb.text), _sequel_speaker(verb, openers[0]),
               "infinitive")


def _sequel_speaker(verb: Token, opener: Token) -> Span | None:
    """The speaker of a sequel infinitive set off by a comma after a reported clause ("X a regretté
    que les électeurs aient choisi « … », avant d'appeler à …"): the parse hangs it on the clause's
    verb, whose subject only figures in the words; the one who reports that clause goes on."""
    pack = pack_of(verb.doc)
    head = verb.head
    comma = opener.i > 0 and verb.doc[opener.i - 1].text == ","
    if comma and head.dep_ in labels(pack, "clausal_complement") and head.head.i < head.i and \
            speech_verb(head.head) is not None:
        return speaker_of_verb(head.head) or _adjunct_speaker(verb)
    return _adjunct_speaker(verb)


def _narrative_cue(verb: Token, info: SpeechVerb) -> Cue | None:
    """The narrative infinitive ("Et d'ajouter que …", "Et de préciser : « … »"): an infinitive after
    "de" that opens its sentence and heads it stands for a finite verb whose subject is the one
    speaking (no speaker span: the resolver takes who spoke last)."""
    pack = pack_of(verb.doc)
    if verb.dep_ not in pack.label("root"):
        return None
    sent = verb.sent
    before = [t for t in sent if t.i < verb.i and not t.is_space]
    genitive = function_words(pack, "genitive")
    # the coordinator is what makes it narrative: "De dire que … serait faux" is a subject clause
    if len(before) != 2 or before[0].pos_ != "CCONJ" or before[1].lower_ not in genitive:
        return None
    return Cue(verb, info, (verb,), before[0].idx, verb.idx + len(verb.text), None, "finite")


def find_cues(doc: Doc) -> list[Cue]:
    """Every cue of the Doc, in text order."""
    cues = []
    for i in speech_verb_indices(doc):
        token = doc[i]
        cue = _verb_cue(token, speech_verb(token))
        if cue is not None:
            cues.append(cue)
    return cues
