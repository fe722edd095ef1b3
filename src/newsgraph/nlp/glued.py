"""Tokenizer rules for punctuation a scraper glued to the next word.

Extracted text loses spaces: paragraphs run together ("a-t-il dit.Le ministre"), a space after
a mark goes missing ("»,a déclaré", "prête;il a ajouté", "».Il"). spaCy's own rules split a
full stop between a lowercase and an uppercase letter, but not a mark after a closing quotation
mark, nor a semicolon, exclamation or question mark between words, so the glued mark stayed in
a token ("prête;il", ".Il") and the sentence never ended. These patterns split them off; the
text, and so every offset, is unchanged (only token boundaries move). They use spaCy's
character classes, so they hold for any Latin, Greek or Cyrillic script; no word is involved.
A language pack turns them on with the setting `split_glued_punctuation` (the French one does).
"""
from __future__ import annotations

import re

from spacy.lang.char_classes import ALPHA, ALPHA_LOWER, ALPHA_UPPER
from spacy.language import Language
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from ..textfold import INVISIBLE_CHARS

_CLOSING = "»”\"')\\]"  # a mark that may end a quotation or aside before the glued one
# a final or clause mark between a word and the next: "vrai?Il", "prête;il", "fin!Le"
GLUED_INFIXES = (rf"(?<=[{ALPHA_LOWER}])[;!?](?=[{ALPHA}])",
                 rf"(?<=[{_CLOSING}])[.,;:!?](?=[{ALPHA}])",
                 # an acronym's full stop before a capitalised word: "l'AFP.Mais" (not "U.S.Army")
                 rf"(?<=[{ALPHA_UPPER}]{{2}})\.(?=[{ALPHA_UPPER}][{ALPHA_LOWER}])",
                 # a straight quotation mark glued between a word and a mark, or a mark and a word
                 # ('isolés"."Nous', 'non","jamais'), or an opening mark of any style after a mark
                 # ('crowd.“I would', "proposals.''I have"): its own token, as a spaced one would be
                 rf'(?<=[{ALPHA}])"(?=[.,;:!?])', rf'(?<=[.,;:!?])(?:["“„«‘]|\'\'|``)(?=[{ALPHA}])', r'(?<=")[.,;:!?](?=")',
                 # an opening quotation mark after an elided word (the space a « » mark has
                 # lost when made straight: 'qu'"il ne', "d'“une"): the elided word, the mark and
                 # the quoted word each a token, not one word 'qu'"il' the parser cannot read
                 rf'(?<=[{ALPHA}][\'’])["“„«‘](?=[{ALPHA}])',
                 # a mark glued between a word and an opening quotation mark ('déclaré:"Nous',
                 # 'part!"Non'), and a closing bracket between a word and a mark ("(Reuters).Le")
                 rf'(?<=[{ALPHA}])[,;:!?](?=["«“])', rf'(?<=[{ALPHA}])[)\]](?=[.,;:!?])',
                 # a number's full stop before a capitalised word or an acronym: "en 2013.Parmi",
                 # "en 2016.FPI", "au G7.Les" (not "3.5", nor a web name whose word ends in a digit
                 # before its suffix in capitals: "7SUR7.CD")
                 rf"(?<=[0-9])\.(?=[{ALPHA_UPPER}][{ALPHA}])(?!(?<=[{ALPHA}][0-9]\.)[{ALPHA_UPPER}]{{2,4}}(?![{ALPHA}]))",
                 # a closing quotation mark glued, after its final mark, to the next sentence or
                 # quotation ('behind?”The ad', 'Donald.”"Kevin', 'here.”“Donald'): the final mark,
                 # the closing mark and the opening one are each a token (not "’": "U.S.’s")
                 rf'(?<=[{ALPHA}])[.!?…](?=[”"»][{ALPHA}“"«‘])', rf'(?<=[.!?…])[”"»](?=[{ALPHA}“"«‘])',
                 rf'(?<=[.!?…][”"»])["“„«‘](?=[{ALPHA}])',
                 # a comma glued between a number and a word ("in 2012,arguing", "show The 411,Blige
                 # sings"; spaCy splits it between letters only; "3,5" stays a number)
                 rf"(?<=[0-9]),(?=[{ALPHA}])",
                 # an agency credit glued after a sentence's final mark ("a-t-il expliqué.(ats)",
                 # "a-t-elle dit.(AFP)"): the mark and the bracket each a token, so the sentence
                 # ends on its verb and the credit stands apart as a spaced one would
                 rf"(?<=[{ALPHA_LOWER}])[.!?…](?=[(\[][{ALPHA}])", rf"(?<=[{ALPHA_LOWER}][.!?…])[(\[](?=[{ALPHA}])",
                 # a day run into the word before it, as a headline into its dateline ("de
                 # l'Ouest1er janvier 2016. –"): split before the day (an empty infix; the rules
                 # see one space-delimited chunk, so the day must end it)
                 rf"(?<=[{ALPHA_LOWER}]{{2}})(?=[0-9]{{1,2}}[{ALPHA_LOWER}]{{0,2}}$)")
# invisible characters scraped pages leave before or after words: a token of their own, so the
# word keeps its own form
INVISIBLE = f"[{INVISIBLE_CHARS}]"
_INVISIBLE_TOKEN = re.compile(INVISIBLE + "+")


def is_invisible(text: str) -> bool:
    """Is a token only invisible characters (the parser may make it a word: a subject of its own)?"""
    return _INVISIBLE_TOKEN.fullmatch(text) is not None
# what is left when a closing mark was split off first: ".Il", ",a", ";il"
# (the capitalised word may be elided: "».L'ONG", "».D'après")
GLUED_PREFIXES = (rf"[.,;:!?](?=[{ALPHA_UPPER}][{ALPHA_LOWER}'’])", rf"[,;](?=[{ALPHA}])", INVISIBLE)
GLUED_SUFFIXES = (INVISIBLE,)


def split_glued_punctuation(nlp: Language) -> None:
    """Add the rules to the pipeline's tokenizer (in memory; the model on disk is untouched)."""
    tokenizer = nlp.tokenizer
    infixes = list(nlp.Defaults.infixes or ()) + list(GLUED_INFIXES)
    prefixes = list(nlp.Defaults.prefixes or ()) + list(GLUED_PREFIXES)
    suffixes = list(nlp.Defaults.suffixes or ()) + list(GLUED_SUFFIXES)
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
