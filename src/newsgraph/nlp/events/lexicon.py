"""What the event rules know of a language, read once per language pack: the word classes of
`lang/<xx>/event_*.{txt,tsv}` (with the pack's shared negations and pronouns) and the dependency
labels of `[labels]` grouped as the rules use them.

The rules take the lexicon of the Doc's pack (`event_lexicon(pack_of(doc))`) and never hold a word
or a label string, so a language is a pack.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ...errors import PackError
from ...lang import LanguagePack
from ..lexicon import function_words, media_nouns, pronoun_forms as pack_pronouns, role_nouns, state_nouns
from ..textutil import stance_prefixes, strip_prefix

GRAMMAR_CLASSES = ("reflexive", "determiner", "negation_particle", "negative_determiner", "condition_marker",
                   "gerund_marker", "passive_auxiliary", "conditional_future", "near_future", "target_verb",
                   "place_marker", "locative_case", "plural_mark", "protesters", "circumstance_case",
                   "circumstance_noun", "object_clitic", "relation_noun", "contracted_article",
                   "first_possessive", "undergoing_verb", "undergoing_noun", "hindering_verb",
                   "additive_conjunction", "additive_locution", "joint_noun", "ally_noun",
                   "passive_perception_verb",
                   "attribution_verb", "protester_noun", "object_relative", "clause_pronoun", "inclusive_relative",
                   "privative_case", "former_adjective", "restrictive_adverb", "agreement_ending",
                   "intensifier")
PREPOSITION_ROLES = ("dative", "genitive", "agent", "between")
OPTIONAL_PREPOSITION_ROLES = ("partner", "purpose", "opposing")
ENDING_KINDS = ("participle", "future_stem", "plural_present")
ANAPHORIC_KINDS = ("state", "city", "last", "persons", "sides", "bodies")
STANCES = ("threat", "demand", "hostile", "friendly")
BRIDGING_KINDS = ("state", "act")
MULTINATIONAL_CLASSES = ("states", "states+count", "organisations", "collective", "leading", "multinational")


@dataclass(frozen=True, slots=True)
class EventLabels:
    """Dependency labels by the role the event rules give them (sets of label strings)."""
    passive_subject: frozenset[str]  # nsubj:pass
    subjects: frozenset[str]         # both
    expletive_subject: frozenset[str]
    expletives: frozenset[str]       # every expl:*
    object: frozenset[str]
    indirect_object: frozenset[str]
    oblique: frozenset[str]          # every obl:*
    oblique_argument: frozenset[str]
    oblique_modifier: frozenset[str]
    agent: frozenset[str]
    nominal_modifier: frozenset[str]
    adjective_modifier: frozenset[str]
    apposition: frozenset[str]
    name_part: frozenset[str]
    clausal_modifier: frozenset[str]  # acl
    relative_clause: frozenset[str]   # acl:relcl
    adverbial_clause: frozenset[str]
    open_complement: frozenset[str]   # xcomp
    clausal_complement: frozenset[str]  # ccomp
    parataxis: frozenset[str]         # an incise: "« … », a accusé X"
    conjunct: frozenset[str]
    coordinator: frozenset[str]       # cc
    case_marker: frozenset[str]
    marker: frozenset[str]
    fixed: frozenset[str]
    determiner: frozenset[str]
    punctuation: frozenset[str]
    unspecified: frozenset[str]
    root: frozenset[str]
    copula: frozenset[str]
    tense_auxiliary: frozenset[str]
    passive_auxiliary: frozenset[str]
    auxiliaries: frozenset[str]       # every aux:*
    noun_phrase: frozenset[str]       # what a noun phrase is searched through for an actor
    clause_edges: frozenset[str]      # dependents that open a clause of their own
    embedded_clauses: frozenset[str]  # clause edges, less the infinitive complement
    embedding: frozenset[str]         # how a wanted predicate hangs on its intent verb
    antecedent_roles: frozenset[str]  # where an antecedent of a pronoun stands
    clitic_roles: frozenset[str]      # how a reflexive clitic hangs on its verb
    companion_roles: frozenset[str]   # how a predicate's companion word hangs on it ("accorder l'asile")
    bare_companion_roles: frozenset[str]  # ... when read as a modifier with no preposition ("persona")
    not_complements: frozenset[str]   # function words, never a prepositional complement
    phrase_inside: frozenset[str]     # verbs that do not end a phrase (relatives, auxiliaries, copulas)


@cache
def event_labels(pack: LanguagePack) -> EventLabels:
    def get(*roles: str) -> frozenset[str]:
        return frozenset(label for role in roles for label in pack.label(role))

    clause_edges = get("relative_clause", "adverbial_clause", "clausal_complement", "parataxis",
                       "clausal_subject", "open_complement", "clausal_modifier")
    return EventLabels(
        passive_subject=get("passive_subject"),
        subjects=get("subject", "passive_subject"), expletive_subject=get("expletive_subject"),
        expletives=get("expletive_subject", "expletive"), object=get("object"),
        indirect_object=get("indirect_object"), oblique=get("oblique"),
        oblique_argument=get("oblique_argument"), oblique_modifier=get("oblique_modifier"), agent=get("agent"),
        nominal_modifier=get("nominal_modifier"), adjective_modifier=get("adjective_modifier"),
        apposition=get("apposition"), name_part=get("name_part"), clausal_modifier=get("clausal_modifier"),
        relative_clause=get("relative_clause"), adverbial_clause=get("adverbial_clause"),
        open_complement=get("open_complement"), clausal_complement=get("clausal_complement"),
        parataxis=get("parataxis"),
        conjunct=get("conjunct"), coordinator=get("coordinator"), case_marker=get("case_marker"),
        marker=get("marker"), fixed=get("fixed"), determiner=get("determiner"),
        punctuation=get("punctuation"), unspecified=get("unspecified"), root=get("root"),
        copula=get("copula"), tense_auxiliary=get("tense_auxiliary"), passive_auxiliary=get("passive_auxiliary"),
        auxiliaries=get("tense_auxiliary", "passive_auxiliary"),
        noun_phrase=get("nominal_modifier", "adjective_modifier", "apposition", "name_part", "compound",
                        "numeric_modifier", "clausal_modifier", "oblique_argument", "oblique_modifier"),
        clause_edges=clause_edges,
        embedded_clauses=clause_edges - get("open_complement", "clausal_subject"),
        embedding=get("open_complement", "clausal_complement", "object", "oblique_argument", "adverbial_clause"),
        antecedent_roles=get("subject", "passive_subject", "apposition", "nominal_modifier", "object"),
        clitic_roles=get("expletive_subject", "expletive", "object", "indirect_object"),
        companion_roles=get("object", "nominal_modifier", "adjective_modifier", "passive_subject",
                            "oblique_argument", "open_complement"),
        bare_companion_roles=get("adverbial_modifier", "oblique_modifier"),
        not_complements=get("case_marker", "marker", "determiner", "punctuation"),
        phrase_inside=get("clausal_modifier", "relative_clause", "tense_auxiliary", "passive_auxiliary", "copula"),
    )


@dataclass(frozen=True, slots=True)
class EventLexicon:
    """The word classes of the event rules, for one language."""
    labels: EventLabels
    prepositions: dict[str, frozenset[str]]  # frame marker -> surface forms
    preposition_forms: frozenset[str]        # every surface form of every marker
    compound_prepositions: dict[str, str]    # "encontre" -> "contre": "à l'encontre de X" reads as "contre X"
    compound_openings: dict[str, tuple[str, ...]]  # "encontre" -> ("à", "l'"): the locution's words before it
    dative: str                              # the frame markers with a role of their own
    genitive: str
    agent: str
    between: str
    partner: str | None                      # "avec X": the other side of a joint act (optional)
    purpose: str | None                      # "pour" + infinitive: what an aid is for (optional)
    opposing: str | None                     # "contre X": what measures are taken against (optional)
    place_markers: tuple[str, ...]
    locative_cases: frozenset[str]
    circumstance_cases: frozenset[str]       # "en visite à Pékin, X …", "lors de sa visite": the clause's subject acts
    circumstance_nouns: frozenset[str]       # nouns of compound prepositions of the same ("au cours de sa visite")
    reflexives: frozenset[str]
    determiners: frozenset[str]
    elided_determiners: tuple[str, ...]
    negations: frozenset[str]
    negation_particles: frozenset[str]
    negative_determiners: frozenset[str]
    privative_cases: frozenset[str]          # "sans provocation": a word denied, no stance of the quote
    former_adjectives: frozenset[str]        # "un ancien ambassadeur": no longer speaks for a state
    restrictive_adverbs: frozenset[str]      # "n'est pas seulement un partenaire": a negation that adds
    agreement_endings: tuple[str, ...]       # "appropriées" → "approprié": endings of agreement
    condition_markers: frozenset[str]
    gerund_markers: frozenset[str]
    impersonal_subjects: frozenset[str]
    personal_pronouns: frozenset[str]        # third person: their antecedent is searched
    first_person: frozenset[str]             # inside a quote: its speaker
    inverted_pronouns: frozenset[str]        # "a-t-il déclaré": an incise's subject, the quote's speaker
    euphonic: frozenset[str]                 # the "t" of "a-t-elle", read as the subject by the parser
    object_clitics: frozenset[str]           # "il l'a appelé", "l'UE lui a imposé": the other side spoken of
    passive_auxiliaries: frozenset[str]
    auxiliary_forms: frozenset[str]          # conjugated auxiliaries of compound tenses ("a", "ont", "avait")
    conditional_futures: frozenset[str]
    near_futures: frozenset[str]
    target_verbs: frozenset[str]
    inclusive_relatives: frozenset[str]       # open a verbless list of a group's named members ("dont X et Y")
    passive_perception_verbs: frozenset[str]  # reflexive, a passive infinitive ("s'est vu infliger")
    undergoing_verbs: frozenset[str]         # their subject undergoes the hostile noun they govern ("subir des frappes")
    undergoing_nouns: frozenset[str]         # the same, the noun in their "de" complement ("la cible de frappes")
    additive_conjunctions: frozenset[str]    # "ainsi (que)": adds members to the argument before it
    additive_locutions: frozenset[str]       # "tout comme", "de même que": another actor did the same
    intensifiers: frozenset[str]             # "elle-même": echoes the subject, never one of its own
    hindering_verbs: frozenset[str]          # what a targeting verb aims at through ("vise à stopper X")
    attribution_verbs: frozenset[str]        # "l'attaque attribuée à X": X, the dative, is the author
    stance_prefixes: tuple[str, ...]         # the pack's stance_prefixes.txt (shared with the actor rules)
    plural_marks: str                        # letters stripped from a plural's end
    protesters: str
    joint_nouns: frozenset[str]              # "aux côtés de X": X acts with the actor
    ally_nouns: frozenset[str]               # "son allié russe": the state of its demonym
    unaccusative: frozenset[str]
    impersonal_verbs: frozenset[str]
    proxy_nouns: frozenset[str]              # with the pack's role and state nouns
    combining_forms: dict[str, str]          # "franco" -> FRA, of compound demonyms ("franco-allemand")
    role_nouns: frozenset[str]               # a person's function ("le président élu")
    spokesperson_nouns: frozenset[str]       # who speaks for a body unnamed ("une porte-parole")
    side_phrases: frozenset[str]             # "Du côté ukrainien, le ministère …": the side a sentence tells
    state_nouns: frozenset[str]              # nouns a demonym makes a state acting ("l'armée russe")
    media_nouns: frozenset[str]
    object_control: frozenset[str]
    expelling_words: frozenset[str]          # "sommer X de quitter le pays": an order to leave (an expulsion)
    follow_verbs: frozenset[str]             # their agent does the same ("suivie par l'Estonie")
    imitations: dict[str, tuple[tuple[str, ...], ...]]  # head lemma -> words after it ("faire de même")
    receiving_verbs: frozenset[str]          # their subject receives the noun predicate ("bénéficier du soutien")
    stance_words: dict[str, str]             # word -> threat | demand | hostile | friendly (quoted events)
    stance_pos: dict[str, frozenset[str]]    # word -> the parts of speech it has that stance as ("l'estime": NOUN)
    stance_companions: dict[str, frozenset[str]]  # word -> the words of its idiom, one of which it needs ("otage": prendre)
    # noun -> (companion words, governing verbs) of a veiled threat ("prendre les mesures nécessaires")
    veiled_threats: dict[str, tuple[tuple[frozenset[str], frozenset[str]], ...]]
    anaphoric_nouns: dict[str, str]          # noun -> state | city, what it takes up ("ce pays", "la ville")
    bridging_nouns: dict[str, str]           # noun -> state | act ("le régime", "cette décision")
    relation_nouns: frozenset[str]           # "saluer une relation constructive avec Cuba": aimed at the partner
    contracted_articles: frozenset[str]      # a preposition and a definite article in one word ("du", "des")
    first_possessives: frozenset[str]        # "notre pays": the speaker's (the parser marks no person on them)
    protester_nouns: frozenset[str]          # "des manifestants ont attaqué …": the unnamed demonstrators act
    peoples: frozenset[str]                  # peoples of no state ("kurde"): a group of them is a side of its own
    goods_nouns: frozenset[str]              # goods ("armes"): a demonym on them names the supplier state
    seat_nouns: frozenset[str]               # diplomatic posts ("ambassade"): their place is their seat
    group_words: dict[str, str]              # head or adjective -> organisation kind ("le groupe djihadiste")
    side_nouns: frozenset[str]               # an unnamed side of a conflict ("les rebelles"): takes up its placed designation
    multinational_heads: dict[str, str]      # plural noun -> states | states+count | organisations ("115 États")
    multinational_words: frozenset[str]      # adjectives making such a group multinational ("occidental")
    bloc_adjectives: dict[str, str]          # "occidentales" -> "pays occidentaux": a bloc as an act's author
    leading_verbs: frozenset[str]            # "la coalition menée par les États-Unis": the leader acts
    intent_verbs: frozenset[str]
    wish_verbs: frozenset[str]               # intentions that state a verbal event (a subset)
    hypothetical_governors: frozenset[str]
    future_governors: frozenset[str]
    scheduling_verbs: frozenset[str]
    future_words: frozenset[str]
    cancel_verbs: frozenset[str]
    copular_verbs: frozenset[str]            # "rester": links its subject to a noun predicate, as "être"
    domestic_offices: frozenset[str]         # one word: the first word of a role
    commentator_nouns: frozenset[str]        # the first word of a role of one who comments: "politologue"
    domestic_office_prefixes: tuple[str, ...]  # several words: the start of a role
    quantity_nouns: frozenset[str]
    carrier_nouns: frozenset[str]            # "un message de soutien": the noun that conveys a predicate
    object_relatives: frozenset[str]         # "que": the object pronoun of a relative clause
    clause_pronouns: frozenset[str]          # "ce" (que …): a pronoun standing for the clause before
    degree_nouns: frozenset[str]             # "un durcissement des sanctions": the act made stronger or longer
    decision_nouns: frozenset[str]           # "la décision de X de suspendre …": X acts the infinitive
    phone_words: frozenset[str]
    document_nouns: frozenset[str]           # "une résolution condamnant …": its author acts
    addressed_speech: frozenset[str]         # verbs of saying whose dative is the one spoken to ("dire à X")
    address_nouns: frozenset[str]            # "à l'adresse de X", "à l'intention de X": the one words are meant for
    participle_endings: tuple[tuple[str, str], ...]   # (ending, replacement), longest first
    plural_present_endings: tuple[tuple[str, str], ...]  # "pressent" -> "presser", longest first
    spelling_variants: tuple[tuple[str, str], ...]  # ("oe", "œ"): a ligature typed as two letters
    civility_titles: frozenset[str]  # "m.", "mme" (civility_titles.tsv): "M. Scholz" names Scholz

    def stance_of(self, word: str, pos: str) -> str | None:
        """The stance a lemma or form carries as the part of speech `pos` (event_stance_words.tsv:
        "estime" is praise as a noun, "l'estime", not as the verb "estimer"; "fier" as the
        adjective "proud", not as the verb "se fier")."""
        allowed = self.stance_pos.get(word)
        return self.stance_words.get(word) if allowed is None or pos in allowed else None

    def anaphoric_kind(self, lemma: str, lower: str) -> str | None:
        """What an anaphoric noun takes up (event_anaphoric_nouns.tsv), by its lemma, its form, or
        its form without the plural mark: the lemmatizer misreads some plurals ("parties" as an
        English "party")."""
        nouns = self.anaphoric_nouns
        return nouns.get(lemma) or nouns.get(lower) or nouns.get(lower.rstrip(self.plural_marks))

    def has_stance(self, text: str) -> bool:
        """"anti-américaine", "pro-russe": aimed at (or for) a state rather than naming it."""
        return strip_prefix(text, self.stance_prefixes) is not None

    def strip_stance(self, word: str) -> str:
        return strip_prefix(word, self.stance_prefixes) or word


def _veiled_threats(pack) -> dict[str, tuple[tuple[frozenset[str], frozenset[str]], ...]]:
    """event_veiled_threats.tsv: each noun's (companions, verbs) rows ("|"-separated: any of
    them); no verbs is any verb."""
    found: dict[str, list[tuple[frozenset[str], frozenset[str]]]] = {}
    for row in pack.table("event_veiled_threats", ("noun", "companion")):
        verbs = frozenset(v for v in (row.get("verbs") or "").split("|") if v)
        found.setdefault(row["noun"], []).append((frozenset(row["companion"].split("|")), verbs))
    return {noun: tuple(rows) for noun, rows in found.items()}


def _imitations(lines: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """"faire de même" -> {"faire": (("de", "même"),)}: a head lemma and the words after it."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for line in sorted(lines):
        head, *rest = line.split()
        found.setdefault(head, []).append(tuple(rest))
    return {head: tuple(words) for head, words in found.items()}


@cache
def event_lexicon(pack: LanguagePack) -> EventLexicon:
    """The event rules' word classes of a pack; PackError (E070, file:line) on a bad row."""
    grammar: dict[str, list[str]] = {name: [] for name in GRAMMAR_CLASSES}
    for row in pack.table("event_grammar", ("class", "form")):
        if row["class"] not in grammar:
            raise PackError(f"{row.origin}: unknown class {row['class']!r} "
                            f"(one of {', '.join(GRAMMAR_CLASSES)})")
        grammar[row["class"]].append(row["form"])
    for name in ("protesters",):
        if len(grammar[name]) != 1:
            raise PackError(f"lang/{pack.code}/event_grammar.tsv: class {name!r} needs exactly one row")

    prepositions: dict[str, frozenset[str]] = {}
    by_role: dict[str, str] = {}
    for row in pack.table("event_prepositions", ("marker", "role", "forms")):
        role = row.get("role")
        if role and role not in PREPOSITION_ROLES + OPTIONAL_PREPOSITION_ROLES:
            raise PackError(f"{row.origin}: unknown role {role!r} "
                            f"(one of {', '.join(PREPOSITION_ROLES + OPTIONAL_PREPOSITION_ROLES)})")
        if role:
            by_role[role] = row["marker"]
        prepositions[row["marker"]] = frozenset(row["forms"].split("|"))
    missing = [r for r in PREPOSITION_ROLES if r not in by_role]
    compounds: dict[str, str] = {}
    openings: dict[str, tuple[str, ...]] = {}
    for row in pack.table("event_compound_prepositions", ("word", "marker")):
        if row["marker"] not in prepositions:
            raise PackError(f"{row.origin}: unknown marker {row['marker']!r} (a marker of event_prepositions.tsv)")
        compounds[row["word"].lower()] = row["marker"]
        openings[row["word"].lower()] = tuple(row.get("opening").lower().replace("’", "'").replace("'", "' ").split())
    if missing:
        raise PackError(f"lang/{pack.code}/event_prepositions.tsv: no marker has the role(s) {', '.join(missing)}")

    endings: dict[str, list[tuple[str, str]]] = {kind: [] for kind in ENDING_KINDS}
    for row in pack.table("event_verb_endings", ("kind", "ending", "replacement")):
        if row["kind"] not in endings:
            raise PackError(f"{row.origin}: unknown kind {row['kind']!r} (one of {', '.join(ENDING_KINDS)})")
        endings[row["kind"]].append((row["ending"], row["replacement"]))

    pronouns = pack.table("pronouns", ("form", "person", "kind", "inverted"))

    def pronoun_forms(person: str, kind: str) -> frozenset[str]:
        return frozenset(r["form"] for r in pronouns if r["person"] == person and r["kind"] == kind
                         and not r.get("inverted"))

    offices = pack.words("event_domestic_offices")
    anaphoric: dict[str, str] = {}
    for row in pack.table("event_anaphoric_nouns", ("noun", "kind")):
        if row["kind"] not in ANAPHORIC_KINDS:
            raise PackError(f"{row.origin}: unknown kind {row['kind']!r} (one of {', '.join(ANAPHORIC_KINDS)})")
        anaphoric[row["noun"]] = row["kind"]
    bridging: dict[str, str] = {}
    for row in pack.table("event_bridging_nouns", ("noun", "kind")):
        if row["kind"] not in BRIDGING_KINDS:
            raise PackError(f"{row.origin}: unknown kind {row['kind']!r} (one of {', '.join(BRIDGING_KINDS)})")
        bridging[row["noun"]] = row["kind"]
    groups = {row["word"]: row["kind"] for row in pack.table("event_group_descriptions", ("word", "kind"))}
    multinational: dict[str, str] = {}
    for row in pack.table("event_multinational_groups", ("word", "class")):
        if row["class"] not in MULTINATIONAL_CLASSES:
            raise PackError(f"{row.origin}: unknown class {row['class']!r} (one of {', '.join(MULTINATIONAL_CLASSES)})")
        multinational[row["word"].lower()] = row["class"]
    stances: dict[str, str] = {}
    stance_pos: dict[str, frozenset[str]] = {}
    companions: dict[str, frozenset[str]] = {}
    for row in pack.table("event_stance_words", ("word", "stance")):
        if row["stance"] not in STANCES:
            raise PackError(f"{row.origin}: unknown stance {row['stance']!r} (one of {', '.join(STANCES)})")
        stances[row["word"]] = row["stance"]
        if row.get("pos"):  # (an optional column: the parts of speech, "|"-separated)
            stance_pos[row["word"]] = frozenset(row["pos"].split("|"))
        if row.get("with"):  # (optional: an idiom's other words, "|"-separated, one of which it needs)
            companions[row["word"]] = frozenset(row["with"].split("|"))
    return EventLexicon(
        veiled_threats=_veiled_threats(pack), labels=event_labels(pack), prepositions=prepositions,
        preposition_forms=frozenset(f for forms in prepositions.values() for f in forms),
        compound_prepositions=compounds, compound_openings=openings,
        dative=by_role["dative"],
        genitive=by_role["genitive"], agent=by_role["agent"], between=by_role["between"],
        partner=by_role.get("partner"), purpose=by_role.get("purpose"), opposing=by_role.get("opposing"),
        place_markers=tuple(grammar["place_marker"]), locative_cases=frozenset(grammar["locative_case"]),
        circumstance_cases=frozenset(grammar["circumstance_case"]),
        circumstance_nouns=frozenset(grammar["circumstance_noun"]),
        reflexives=frozenset(grammar["reflexive"]), determiners=frozenset(grammar["determiner"]),
        elided_determiners=tuple(d for d in grammar["determiner"] if d.endswith(("'", "’"))),
        negations=pack.words("negations") | pack.words("event_negations"),
        negation_particles=frozenset(grammar["negation_particle"]),
        negative_determiners=frozenset(grammar["negative_determiner"]),
        privative_cases=frozenset(grammar["privative_case"]),
        former_adjectives=frozenset(grammar["former_adjective"]),
        restrictive_adverbs=frozenset(grammar["restrictive_adverb"]),
        agreement_endings=tuple(grammar["agreement_ending"]),
        condition_markers=frozenset(grammar["condition_marker"]),
        gerund_markers=frozenset(grammar["gerund_marker"]),
        impersonal_subjects=pronoun_forms("3", "impersonal"),
        personal_pronouns=pronoun_forms("3", "personal"), first_person=pronoun_forms("1", "personal"),
        inverted_pronouns=pack_pronouns(pack, person="3", kind="personal", inverted="yes"),
        euphonic=function_words(pack, "euphonic"),
        object_clitics=frozenset(grammar["object_clitic"]),
        passive_auxiliaries=frozenset(grammar["passive_auxiliary"]),
        auxiliary_forms=frozenset(row["form"] for row in pack.table("tense_auxiliaries", ("form", "verb", "tense"))),
        conditional_futures=frozenset(grammar["conditional_future"]),
        near_futures=frozenset(grammar["near_future"]), target_verbs=frozenset(grammar["target_verb"]),
        passive_perception_verbs=frozenset(grammar["passive_perception_verb"]),
        inclusive_relatives=frozenset(grammar["inclusive_relative"]),
        undergoing_verbs=frozenset(grammar["undergoing_verb"]), undergoing_nouns=frozenset(grammar["undergoing_noun"]),
        hindering_verbs=frozenset(grammar["hindering_verb"]),
        attribution_verbs=frozenset(grammar["attribution_verb"]),
        additive_conjunctions=frozenset(grammar["additive_conjunction"]),
        additive_locutions=frozenset(grammar["additive_locution"]),
        intensifiers=frozenset(grammar["intensifier"]),
        stance_prefixes=stance_prefixes(pack), plural_marks="".join(grammar["plural_mark"]),
        protesters=grammar["protesters"][0], joint_nouns=frozenset(grammar["joint_noun"]),
        ally_nouns=frozenset(grammar["ally_noun"]),
        unaccusative=pack.words("event_unaccusative_verbs"),
        impersonal_verbs=pack.words("event_impersonal_verbs"),
        proxy_nouns=pack.words("event_proxy_nouns") | state_nouns(pack) | role_nouns(pack),
        combining_forms={row["form"].lower(): row["iso3"] for row in pack.table("event_combining_forms", ("form", "iso3"))},
        media_nouns=media_nouns(pack), role_nouns=role_nouns(pack), state_nouns=state_nouns(pack),
        spokesperson_nouns=pack.words("event_spokesperson_nouns"),
        side_phrases=pack.words("event_side_phrases"),
        object_control=pack.words("event_object_control_verbs"),
        expelling_words=pack.words("event_expelling_words"),
        receiving_verbs=pack.words("event_receiving_verbs"), follow_verbs=pack.words("event_follow_verbs"),
        imitations=_imitations(pack.words("event_imitation")),
        anaphoric_nouns=anaphoric, stance_words=stances, stance_pos=stance_pos,
        stance_companions=companions, bridging_nouns=bridging, group_words=groups,
        peoples=pack.words("event_peoples"), side_nouns=pack.words("event_side_nouns"),
        goods_nouns=pack.words("event_goods_nouns"), seat_nouns=pack.words("event_seat_nouns"),
        multinational_heads={w: c for w, c in multinational.items() if c not in ("multinational", "leading")},
        leading_verbs=frozenset(w for w, c in multinational.items() if c == "leading"),
        multinational_words=frozenset(w for w, c in multinational.items() if c == "multinational"),
        relation_nouns=frozenset(grammar["relation_noun"]),
        bloc_adjectives={row["form"].lower(): row["actor"]
                         for row in pack.table("event_bloc_adjectives", ("form", "actor"))},
        contracted_articles=frozenset(grammar["contracted_article"]),
        first_possessives=frozenset(grammar["first_possessive"]),
        protester_nouns=frozenset(grammar["protester_noun"]),
        intent_verbs=pack.words("event_intent_verbs"), wish_verbs=pack.words("event_wish_verbs"),
        hypothetical_governors=pack.words("event_hypothetical_governors"),
        future_governors=pack.words("event_future_governors"),
        scheduling_verbs=pack.words("event_scheduling_verbs"), future_words=pack.words("event_future_words"),
        cancel_verbs=pack.words("event_cancel_verbs"),
        copular_verbs=pack.words("event_copular_verbs"),
        domestic_offices=frozenset(o for o in offices if " " not in o),
        commentator_nouns=pack.words("event_commentator_nouns"),
        domestic_office_prefixes=tuple(sorted(o for o in offices if " " in o)),
        quantity_nouns=pack.words("event_quantity_nouns"), carrier_nouns=pack.words("event_carrier_nouns"),
        object_relatives=frozenset(grammar["object_relative"]), clause_pronouns=frozenset(grammar["clause_pronoun"]),
        degree_nouns=pack.words("event_degree_nouns"), decision_nouns=pack.words("event_decision_nouns"),
        phone_words=pack.words("event_phone_words"),
        document_nouns=pack.words("document_nouns"),
        addressed_speech=pack.words("event_addressed_speech"), address_nouns=pack.words("event_address_nouns"),
        participle_endings=tuple(sorted(endings["participle"], key=lambda e: -len(e[0]))),
        plural_present_endings=tuple(sorted(endings["plural_present"], key=lambda e: -len(e[0]))),
        spelling_variants=tuple(tuple(pair) for pair in pack.setting("event_spelling_variants", [])),
        civility_titles=frozenset(row["form"].lower() for row in pack.table("civility_titles", ("form", "gender"))),
    )
