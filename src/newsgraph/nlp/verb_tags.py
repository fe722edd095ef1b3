"""Speech verbs the tagger does not know as verbs: a rare or borrowed verb's past participle after
an auxiliary ("a tweeté", "avait twitté") read as a proper noun, a noun or a foreign word. The
lexicon knows the verb (lang/<code>/speech_verbs.tsv), and a compound tense shows it is one: it is
tagged a verb, and its auxiliary an auxiliary, so that the cue finders see the verb of saying.
"""
from __future__ import annotations

from functools import cache

from spacy.attrs import POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc

from ..lang import LanguagePack
from .context import pack_of
from .lexicon import function_words, has_frame, pronoun_forms, speech_verb
from .quotemarks import CLOSING_CHARS, QUOTE_CHARS
from .tense import is_participle_of
from .textutil import lower_forms, pos_ids

# what stands before a closing incise's verb: a comma or a closing quotation mark
BEFORE_INCISE = frozenset({","}) | CLOSING_CHARS
# what the tagger makes of a verb it does not know
MISREAD = frozenset({"PROPN", "NOUN", "X"})
_MISREAD_IDS = frozenset(POS_IDS[tag] for tag in MISREAD)
# what an incise's verb the tagger did not know may be read as (the closing and inverted incises)
_INCISE_MISREAD = MISREAD | {"ADJ"}
_INCISE_MISREAD_IDS = frozenset(POS_IDS[tag] for tag in _INCISE_MISREAD)
_VERB_IDS, _NOUN_ADJ_IDS = frozenset((POS_IDS["VERB"],)), frozenset((POS_IDS["NOUN"], POS_IDS["ADJ"]))


def _tags(doc: Doc) -> list[int]:
    """The part-of-speech ids of the Doc's tokens as they are now (the rules before may have
    changed some): the retag rules below read a word's own tag there first, since building a
    Token for every word cost more than their tests. Each rule changes only the tag of the token
    it is at, so a tag read before its walk is still that token's own when the walk reaches it."""
    return doc.to_array(POS).tolist()


def _tagged(doc: Doc, tags: list[int], wanted: frozenset[int], start: int, end: int):
    """The tokens of doc[start:end] whose tag in `tags` (from `_tags`) is one of `wanted`."""
    return (doc[i] for i in range(max(start, 0), min(end, len(doc))) if tags[i] in wanted)


@cache
def _auxiliaries(pack: LanguagePack) -> frozenset[str]:
    return frozenset(row["form"].lower() for row in pack.table("tense_auxiliaries", ("form", "verb", "tense")))


def retag_speech_participles(doc: Doc) -> None:
    """Tag as verbs the lower-case words after an auxiliary that the lexicon knows as speech
    verbs but the tagger took for names or nouns."""
    auxiliaries = _auxiliaries(pack_of(doc))
    tags, lowers = pos_ids(doc), lower_forms(doc)
    changed = False
    # the cheap tests on the arrays first: a Token object is built only after an auxiliary
    for i in range(1, len(doc)):
        if tags[i] not in _MISREAD_IDS or lowers[i - 1] not in auxiliaries:
            continue
        token, before = doc[i], doc[i - 1]
        if not token.text[:1].islower() or speech_verb(token) is None:
            continue
        token.pos_ = "VERB"
        if before.pos_ != "AUX":
            before.pos_ = "AUX"
        changed = True
    changed = _retag_present_participles(doc) or changed
    changed = _retag_closing_incises(doc) or changed
    changed = _retag_inverted_incises(doc) or changed
    changed = _retag_determined_infinitives(doc) or changed
    _retag_participle_infinitives(doc)  # (morphology only: the tag arrays stay right)
    if changed:
        doc.user_data.pop("ng_pos_ids", None)  # (textutil.pos_ids keeps the tags as first read)


def _retag_closing_incises(doc: Doc) -> bool:
    """ "…, note Le Figaro.", "…, juge le maire.": a speech verb that is also a noun ("note",
    "juge", "titre", "analyse"), read as a noun after a comma or a closing quotation mark. Its
    inverted subject after it (a determiner or a name opening a noun phrase) closes the sentence,
    as only an incise does: it is the verb of the incise, so the quote and source rules see it."""
    pack, tags = pack_of(doc), _tags(doc)
    changed = False
    for sent in doc.sents:
        # (its subject after it: the sentence's last word but one at the latest, "…, juge Figaro")
        for token in _tagged(doc, tags, _INCISE_MISREAD_IDS, sent.start + 1, sent.end - 1):
            if token.pos_ not in _INCISE_MISREAD or not token.text[:1].islower() or \
                    doc[token.i - 1].text not in BEFORE_INCISE:
                continue
            if doc[token.i + 1].pos_ not in ("DET", "PROPN"):
                continue  # "…, note de service": no subject after it
            # the noun phrase runs to the sentence's end (a name in apposition, a complement of
            # the noun): no verb or clause after it
            if any(t.pos_ in ("VERB", "AUX", "SCONJ") or t.text in QUOTE_CHARS for t in doc[token.i + 2:sent.end]):
                continue
            info = speech_verb(token)
            if info is None or info.particle or not has_frame(info, pack, "incise"):
                continue
            token.pos_ = "VERB"
            changed = True
    return changed


def _retag_inverted_incises(doc: Doc) -> bool:
    """ "…, nuance-t-il", "Mais, tacle-t-elle, « … »", "s'indigne-t-il": a speech verb that is also a
    noun or an adjective, read as one though an inverted subject pronoun follows it, which only
    a verb takes. It is the verb of an incise."""
    pack = pack_of(doc)
    inverted = pronoun_forms(pack, inverted="yes")
    changed = False
    for token in _tagged(doc, _tags(doc), _INCISE_MISREAD_IDS, 0, len(doc) - 1):
        if token.pos_ not in _INCISE_MISREAD or not token.text[:1].islower():
            continue
        after = doc[token.i + 1]
        # the tokenizer may split the euphonic "-t" from the pronoun ("-t", "-il")
        if after.lower_ not in inverted and not (after.text[:1] == "-" and token.i + 2 < len(doc)
                                                  and doc[token.i + 2].lower_ in inverted):
            continue
        info = speech_verb(token)
        if info is None or info.particle or not has_frame(info, pack, "incise"):
            continue
        token.pos_ = "VERB"
        if not token.morph.get("VerbForm"):
            token.set_morph("VerbForm=Fin")  # (a finite verb: an act of saying, syntax.is_speech_act)
        changed = True
    return changed


@cache
def _noun_determiners(pack: LanguagePack) -> frozenset[str]:
    """The indefinite determiners ("un", "une"): unlike "le", "la" (object clitics too) or "ce"
    ("pour ce faire"), no verb ever follows one."""
    rows = pack.table("determiners", ("form", "kind", "gender"))
    return frozenset(r["form"].lower() for r in rows if r["kind"] == "indefinite")


def _retag_determined_infinitives(doc: Doc) -> bool:
    """ "…, a crié un supporter", "un devoir": a noun spelt like an infinitive ("supporter",
    "devoir") read as a verb, though an indefinite determiner comes right before it, which no
    verb follows (the parse may even hang the determiner on another word). It is a noun, so the
    noun phrase of a speaker mention runs over it instead of stopping at the determiner."""
    determiners = _noun_determiners(pack_of(doc))
    changed = False
    for token in _tagged(doc, _tags(doc), _VERB_IDS, 1, len(doc)):
        before = doc[token.i - 1]
        if token.pos_ != "VERB" or "Inf" not in token.morph.get("VerbForm") or before.pos_ != "DET" \
                or before.lower_ not in determiners:
            continue
        token.pos_ = "NOUN"
        token.set_morph("Number=Sing")
        changed = True
    return changed


def _retag_present_participles(doc: Doc) -> bool:
    """ "…, répétant que « … »": a speech verb's present participle after a comma and right before
    a complementizer, which the tagger read as an adjective or a noun (modifying the name before
    it). It is a participle, so the cue finders read the clause it reports. The pack gives the
    ending of its present participles (setting present_participle_ending)."""
    pack = pack_of(doc)
    ending = pack.setting("present_participle_ending", "")
    if not ending:
        return False
    complementizers = function_words(pack, "complementizer")
    changed = False
    for token in _tagged(doc, _tags(doc), _NOUN_ADJ_IDS, 1, len(doc) - 1):
        if token.pos_ not in ("ADJ", "NOUN") or not token.lower_.endswith(ending) or \
                doc[token.i - 1].text != "," or doc[token.i + 1].lower_ not in complementizers:
            continue
        if speech_verb(token) is None:
            continue
        token.pos_ = "VERB"
        token.set_morph("Tense=Pres|VerbForm=Part")
        changed = True
    return changed


def _retag_participle_infinitives(doc: Doc) -> None:
    """ "la trêve négociée par le Qatar": the tagger reads some past participles as infinitives
    ("négociée" VerbForm=Inf, while "signée" is a participle), so the readers of participles (the
    agent of a participle on a noun, a passive) miss them. A verb tagged an infinitive spelled as
    its lemma's stem and a participle ending (the pack's tense.toml participle_endings) is a past
    participle; a present the tagger also reads so ("négocie") is not."""
    pack = pack_of(doc)
    for token in _tagged(doc, _tags(doc), _VERB_IDS, 0, len(doc)):
        if "Inf" not in token.morph.get("VerbForm") or not is_participle_of(token.text, token.lemma_, pack):
            continue
        features = token.morph.to_dict()
        features["VerbForm"], features["Tense"] = "Part", "Past"
        token.set_morph("|".join(f"{k}={v}" for k, v in sorted(features.items())))
