"""The text the parser reads, mended of scraping warts, with a map back to the text as given.

Scraped copy reaches the pipeline with the warts of extraction: paragraphs run together with no
space ("a-t-il dit.Le ministre"), a space lost after a mark ("dit,a-t-il", "prête;il"),
invisible characters inside or before words (zero-width spaces, soft hyphens), the "Â" a wrong
decoding leaves before a no-break space, runs of blanks, odd blanks (no-break spaces, tabs) next
to a mark, character references left as text ("&quot;", "&#8217;"), guillemets typed "<<" ">>",
a straight quotation mark glued between a sentence's end and the next ('fees."It', 'fees."We').
The tokenizer rules of nlp/glued.py split such marks off, but the parser still reads a glued
token differently from a spaced one (no whitespace after it: a sentence that does not end, a
stray character that becomes a word). `mend` writes the text the parser should have read
(spaces put back, strays taken out) and a map from each of its offsets to the text as given;
`restore` (restore.py) moves every offset of an analysed record back through it, so each fact's
evidence indexes the article's own text, exactly.
Punctuation, letter case and blanks, for any Latin, Greek or Cyrillic script; the only words
are the language pack's (the function words a scraper glues to the next word, the letters of
its articles elided before a name), given by the caller. Web addresses and hashtags are left
as they are.
"""
from __future__ import annotations

import bisect
import functools
import html
import re
from collections.abc import Callable

from ..textfold import INVISIBLE_CHARS as _INVISIBLE
from .furniture import furniture_edits
from .broken_names import unbroken_names
from .lines import LOWER as _LOWER, UPPER as _UPPER, unwrapped, word_start as _word_start

# a no-break space whose UTF-8 bytes (C2 A0) were read as Latin-1 upstream: "Â" + the space
_MISDECODED_NBSP = "\u00c2(?=\u00a0)"
# the same "Â" alone, its no-break space since made a plain one ("liberté.Â Selon", "\n\nÂ La"):
# no word is that letter alone (the parser made it a name, and a marker after it opened nothing);
# at a line's start its blank goes too
_LONE_MISDECODED = "(?<![^\\W\\d_])\u00c2(?=[ \t])"
_BLANKS = "[ \t\u00a0\u202f]"
_OPENING = "«“„‘\""
_APOSTROPHE_LIKE = "´`ʼ′"
_CLOSING = "»”’\""
# an initial or a one-letter abbreviation glued to the name after it ("Joseph R.Biden",
# "M.Dupont", "Roe v.Wade"): a letter alone before the stop, a capital and a small letter after
# it (a lowercase "v.Wade" left whole is read as one word of a person's name)
_INITIAL = re.compile(r"(?=\.)(?:(?<=^[^\W\d_])|(?<=[^\w.][^\W\d_]))\.(?=[^\W\d_][^\W\d_])")
# the last stop of an abbreviation with stops ("N.C.", "U.S.") glued to a capitalised word: a
# sentence's end when that word only opens sentences ("N.C.She", not "U.S.Army": `mend`'s openers)
_ABBREVIATION_END = re.compile(r"(?=\.)(?<=[^\W\d_]\.[^\W\d_])\.([^\W\d_][^\W\d_]*)(?![\w'’.])")
# places where a space was lost, as (pattern of the place, replacement, whether a capital must
# follow): the match is where the space goes (an empty match) or what is taken out. Each pattern
# opens with a lookahead on its mark, so the lookbehinds run only where a mark is (speed)
# invisible characters and the "Â" of a misdecoded no-break space: out, before the places of
# lost spaces are looked for (a stray where a space was lost hides it: "Dridi,\u200baffirme")
# and the carriage return of Windows line ends ("\r\n": the parser reads "\r" as a word of the
# sentence before the break, and a quotation ends with it)
# and a misdecoded no-break space glued into a word's edge after an opening bracket, a hyphen or
# a one-letter elided article ("(Â\u00a0AMISOM", "porte-Â\u00a0parole", "l'Â\u00a0Économie"): read as a
# space there it would cut the word off what it belongs to
_STRAYS = (re.compile(f"[{_INVISIBLE}]+"),
           re.compile(rf"(?<=[(\[]){_MISDECODED_NBSP}\u00a0(?=\w)"
                      rf"|(?<=[^\W\d_]-){_MISDECODED_NBSP}\u00a0(?=[a-zà-ÿ])"  # not "pro- and anti-": rare
                      rf"|(?<=(?<![^\W\d_])[^\W\d_]['’]){_MISDECODED_NBSP}\u00a0(?=\w)"  # "l'", not "players’"
                      rf"|{_MISDECODED_NBSP}|(?:(?<=\n)|(?<![\s\S]))\u00c2[ \t]|{_LONE_MISDECODED}"),
           re.compile("\r(?=\n)"))
# markup a scraper left as text: HTML character references ("&quot;", "&#8217;", "&laquo;",
# "&nbsp;"), guillemets typed as doubled angle brackets ("<<", ">>") and the opening mark of
# plain-text conversions typed as two backquotes ("``": it only opens), read as the character
# they stand for (an unknown name is left as it is); a reference escaped twice ("&amp;nbsp;",
# "&amp;#8217;": its ampersand written as one again by a second pass) is read to its character too
MARKUP = re.compile(r"&(?:amp;)?(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8}[0-9]?);"
                    r"|(?<!`)``(?!`)(?=[^\n`]{1,600}?'')")
# doubled angle brackets read as guillemets only in pairs on one line, opening before a word and
# not glued after one: a shift operator of code ("a<<2", "cout << x") is no quotation
_ANGLE_PAIR = re.compile(r"(?<![\w<])<<(?!<)(?=\s?[^\W\d_])[^\n<>]{1,600}?(?<![<\s\d])\s?>>(?![\w>]|\s?\d)")
_ANGLE_GUILLEMETS = {"``": "“"}
# HTML tags a scraper left in the text ("fin.<br />", "</p>", "<em>non</em>"): taken out; a tag
# that breaks a line or a block, glued between two characters ("dit.<br>Le"), read as a space
_TAG = re.compile(r"<(/?)(a|abbr|b|blockquote|br|cite|div|em|figcaption|figure|font|h[1-6]|hr|i|img|li|ol|p|q|"
                  r"small|span|strong|sub|sup|table|td|th|tr|u|ul)(?:\s[^<>\n]{0,300}?)?\s*/?>", re.IGNORECASE)
_BLOCK_TAGS = frozenset({"blockquote", "br", "div", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
                         "hr", "li", "ol", "p", "table", "td", "th", "tr", "ul"})
_LONE_RETURN = re.compile("\r(?!\n)")
# UTF-8 read as Windows-1252 or Latin-1 upstream ("prÃ©sident", "lâ€™AFP", "Â«"): a lead byte
# of an accented Latin letter (Â, Ã, Å) or of general punctuation (â) then continuation bytes,
# each shown as the character the wrong table gives it; read as the character it encodes
_BYTE_OF = {**{chr(b): b for b in range(0x80, 0xC0)},
            **{bytes([b]).decode("cp1252"): b for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}}
_CONTINUATION = "".join(sorted(_BYTE_OF))
# ("Ã " is "à" whose second byte, a no-break space, became a space; not after a capital: "IRMÃ DE"
# is Portuguese in capitals)
MISDECODED = re.compile(f"[ÂÃÅ][{re.escape(_CONTINUATION)}]|â[{re.escape(_CONTINUATION)}]{{2}}|(?<![A-ZÀ-Þ])Ã(?= )")
# blanks other than the space (no-break, narrow, thin, figure spaces, tabs) next to a mark
# ("2015,\u00a0Sanders", "labeled\u00a0“Mostly", "«\u00a0Non"): the tokenizer splits on spaces
# only and makes any other blank a token of its own, which the parser reads as a word; read as
# spaces, at the same length. Between two words it is read as a space before a small letter or a
# number ("fédération\u00a0des", "Marois\u00a0a dit", "mars\u00a02012": the parser read the blank as a
# word and lost the clause); and between digits ("75\u00a0000") it keeps the number one token. Before
# a capital it is read as a space after a small function word ("la\u00a0Russie", "de\u00a0Paul": the
# blank token cut the name off its article; after another small word, "nominee\u00a0Donald", it is
# left: read as a space there it cost quotations of the English sets) and between two capitalised
# words ("Jean\u00a0Dupont", "Donald\u00a0Trump": the parts of one name, which the blank token cut
# into two persons), but not after a capitalised function word that opens a sentence (`_name_blank`)
_ODD_BLANK = "[\t\u00a0\u202f\u2007\u2009\u2002-\u2006\u2008\u200a]"
# (a tab inside a line is never typography: read as a space between words too)
# At a line's end ("victime.\u00a0\n\nInterrogé par la presse, le ministre … a affirmé", a
# scraper's "&nbsp;" closing a paragraph) an odd blank ends nothing: read as a space (kept, the
# blank token opened the next paragraph's sentence, whose fronted participle became its speaker)
_SPACE_LIKE = re.compile(rf"(?<=[^\w\s]){_ODD_BLANK}(?=\S)|(?<=\S){_ODD_BLANK}(?=[^\w\s])|(?<=\S)\t(?=\S)"
                         rf"|(?<=[^\W_]){_ODD_BLANK}(?=[{_LOWER}])|(?<=[^\W\d_]){_ODD_BLANK}(?=\d)"
                         rf"|{_ODD_BLANK}(?=[^\S\n]*(?:\n|\Z))")
_NAME_BLANK = re.compile(rf"(?<=[^\W\d_]){_ODD_BLANK}(?=[{_UPPER}])")
_FIXES = (
    # a sentence's final mark glued to the next sentence (a paragraph run into the next one):
    # "dit.Le", "vrai?Il", "fin.«Nous", "2016.La"; after a word of two letters or more,
    # a number or a unit's sign ("1 million $.Le", "12 €.«Nous": a sign is written after its
    # number), or a closing mark or bracket ("dit.»Le": the space goes after the closing mark;
    # "« oui ».Il": a quotation never goes on past "».").
    # Not an acronym with stops ("U.S.Army"): one capital before the stop
    (re.compile(r"(?=[.!?…])(?:(?<=[^\W\d_]{2})|(?<=[\d%$€£¥])|(?<=[)\]»”]))[.!?…]+[»”’]?(?=[«“„]?[^\W\d_])"), None, True),
    # (or before a number, after a word: "dégâts matériels.145 000 sinistrés", "in Sept.26"; a
    # decimal has a digit before its stop)
    (re.compile(r"(?=[.!?…])(?<=[^\W\d_]{2})[.!?…]+(?=\d+(?:[\s,;:)]|$))"), None, False),
    # a closing mark spaced from the sentence's final mark ("politique. »Pour"): the paragraph
    # after it lost its break; "»" and "”" only close, so the space goes after them
    (re.compile(rf"(?=[»”])(?<=[.!?…]{_BLANKS})[»”](?=[«“„]?[^\W\d_])"), None, True),
    # a closing mark glued between a word and the next ("okay”He", "« oui »et", "fin.”\"Le"): "»"
    # and "”" only close, so what follows them is outside (a paragraph run in, a space lost), and
    # a straight mark right after them opens
    (re.compile(rf"(?=[»”])(?:(?<=[^\W\d_])|(?<=[^\W\d_]{_BLANKS}))[»”](?=[«“„]?[^\W\d_])(?!s\b)"), None, False),
    (re.compile(r"(?=[»”])(?:(?<=[^\W\d_])|(?<=[.!?…]))[»”](?=\"[^\W\d_])"), None, False),
    # a final mark after a closing mark glued to a number ("international ».15 février 2016"): a
    # paragraph (a dateline) run in; a quotation never goes on past "»." (a decimal has a digit
    # before its stop); a straight mark glued to a word before the stop closes too ('national".15')
    (re.compile(r"(?=[.!?…])(?:(?<=[»”])|(?<=\S\"))[.!?…]+(?=\d)"), None, False),
    (_INITIAL, None, True),
    # a closing bracket glued to the capital of the next sentence ("(… do it)Be the")
    (re.compile(r"(?=[)\]])(?<=[^\W\d_.])[)\]](?=[^\W\d_])"), None, True),
    # a mark glued to the dash after it ("2018.– Le", "2012.- Une", "dit,— selon"): the dash
    # opens the text of a dateline or an incise, the mark ends what is before it
    (re.compile(rf"(?=[.,;:!?…])(?<=[^\W_]|[{_CLOSING})\]])[.,;:!?…]+(?=[-–—]{_BLANKS})"), None, False),
    # a clause mark glued to the next word: "dit,a-t-il", "prête;il", "déclaré:«Nous", "»,a"
    (re.compile(rf"(?=[,;:])(?:(?<=[^\W\d_])|(?<=[{_CLOSING}])|(?<=[)\]]))[,;:](?=[^\W\d_]|[«“„])"), None, False),
    # a spaced mark (the French way: a blank before "!", "?", ";", ":") glued to the next word:
    # "vrai ?Il", "prête ;il", "déclaré :«Nous" (the lookbehinds above want the mark after a word)
    # (two letters after it: "trop drôle :D", "the !Kung" are no warts)
    # (or an elided article: "Libye :l'accord", "Ah !c'est"; or a number before it: "2012 :une")
    (re.compile(rf"(?=[!?;:])(?:(?<=[^\W_]{_BLANKS})|(?<=[{_CLOSING})\]]{_BLANKS}))[!?;:]+"
                rf"(?=[«“„]?(?:[^\W\d_]{{2}}|[^\W\d_]['’][^\W\d_]))"),
     None, False),
    # a colon glued to the straight mark that opens a quotation: 'déclaré :"Nous', 'said:"No'
    (re.compile(rf"(?=:)(?:(?<=[^\W\d_]{_BLANKS})|(?<=[^\W\d_])):(?=\"[^\W\d_])"), None, False),
    # a comma or a semicolon glued between a word and a number: "la Polonaise,3e au classement",
    # "à Damas,4 à Homs" (a decimal comma has a digit before it: "3,5" stays)
    (re.compile(r"(?=[,;])(?<=[^\W\d_]{2})[,;](?=\d)"), None, False),
    # an apostrophe typed as an accent, a backtick or a prime between letters ("l´AFP", "l`AFP",
    # "d′après"): the straight one, at the same length (the tokenizer elides after ' and ’ only)
    (re.compile(rf"(?<=[^\W\d_])[{_APOSTROPHE_LIKE}](?=[^\W\d_])"), "'", False),
    # an opening guillemet glued to the word before it ("pour« l'accueil »", "a dit«Non"): "«"
    # only opens, so what is before it is outside the quotation
    (re.compile(r"(?=«)(?<=[^\W\d_])"), None, False),
    # a word in capitals glued to a capitalised word (a caption's credit run into the dateline
    # after it: "Photo MONUSCOGoma, 28 mai"): three capitals or more, then a capital and two small
    # letters ("USAToday"; "DeSantis", "JFKennedy", "CEOs" have fewer capitals before)
    (re.compile(rf"(?<![^\W\d_])[{_UPPER}]{{3,}}(?=[{_UPPER}][{_LOWER}]{{2}})"), None, False),
)
# a word broken by a hyphen at a line's end and run together with a space or a line break
# ("diplo- matiques", "diplo-\nmatiques", "well- known": read as one hyphenated word): small
# letters on both sides; not a suspended hyphen ("pré- et post-électoral", "pre- and post-war")
# nor a hyphen typed for a dash ("a dit- il faut"): the word after it is no function word of the
# language (`_broken_word_edits`)
_BROKEN_WORD = re.compile(rf"(?=-)(?<=[{_LOWER}]{{2}})-[ \n]([{_LOWER}]{{2,}})(?![\w'’-])")
# a word in small letters, long enough to be two run together ("aiderles"), not part of a
# hyphenated or elided form
_SMALL_WORD = re.compile(rf"(?<![\w'’-])(?<!-\n)(?<!- )[{_LOWER}]{{6,}}(?=[ \n\u00a0][^\W\d_])")
# the letters of the word before such a hyphen (the half the break left on the line)
_HALF = re.compile(r"[^\W\d_]+$")
# a word broken by a hyphen whose line end was lost with nothing for it ("exté-rieur"): one hyphen
# between two small-letter runs, in no longer hyphenated word; joined only where the joined form
# is a word of the language and the hyphenated one none (`_broken_word_edits`)
_HYPHEN_INSIDE = re.compile(rf"(?<![\w-])([{_LOWER}]{{2,}})-([{_LOWER}]{{2,}})(?![\w'’-])")
# an elided article whose apostrophe a scraper lost or left as a blank ("l&nbsp;ambassadeur",
# "d accueillir"): the letter alone, after a word, before a word that opens with a vowel or an
# "h" (`_lost_apostrophe_edits`)
_VOWEL = "aeiouyhàâäéèêëîïôöûüœæ"
# a straight mark ('"', or the doubled apostrophe "''" some texts type for it) glued between a
# sentence's final mark (or a closing bracket) and a capital: a paragraph run into the next, but
# the mark may close the quotation before ('taxes."It is') or open the next one ('taxes."We
# will'); which one, only the marks before it tell (`_straight_mark_edits`)
_STRAIGHT_MARK = re.compile(r"\"|(?<!')''(?!')|[“”]")
_GLUED_STRAIGHT = re.compile(r"(?<=[.!?…)\]])(?:\"|''(?!'))(?=[^\W\d_])")
# a wire's credit in lower case ("ats/afp", "belga", or an agency's desk slug of initials joined by
# hyphens and slashes, "bur-cyb/jh") run into the last sentence after its final mark when its
# paragraph break was lost ("selon l'ONU.ats/afp"): only where it ends the text; a
# line break is put back, not a space (spaced, the credit was read as words of the sentence, which
# lost its quotation; read as a name, "l'ONU.ats/afp" was a speaker)
_GLUED_CLOSING_CREDIT = re.compile(r"(?=[.!?…])(?:(?<=[^\W\d_]{2})|(?<=[»”)\]]))[.!?…]+[»”]?"
                                   rf"(?=[{_LOWER}]+(?:[/-][{_LOWER}]+)*[ \t]*\.?\s*\Z)")
# web addresses (with their path) and hashtags: their glued words and marks are no warts
# (a Congolese site too, "7sur7.cd", "actualite.cd", and a site's name in capitals, as a dateline's
# credit writes it: "(7SUR7.CD)"). A site named by its bare domain goes on only with more endings
# in small letters ("example.com.au") and its path: a mark after them ends the site's name, so a
# sentence glued to it is mended ("cité par Actualite.cd.Selon lui", "joint par 7SUR7.CD,un
# député": glued, the site was read as one word with the next and lost as a source)
_URLISH = re.compile(r"\S*(?:://|www\.|@)\S*|\S+\.(?:com|org|net|fr|be|ch|ca|cd|uk|gov|edu)\b(?:\.[a-z]{2,3}\b)*(?:/\S*)?"
                     r"|\S+\.(?:COM|ORG|NET|FR|BE|CH|CD)\b(?:/\S*)?|#\w+")


def mend(text: str, glued_words: frozenset[str] = frozenset(), elided: str = "",
         lost_spaces: tuple[int, ...] = (), markup: bool = True,
         held: frozenset[str] = frozenset(),
         openers: frozenset[str] = frozenset(),
         glued: tuple[frozenset[str], frozenset[str], frozenset[str]] = (frozenset(),) * 3,
         unfinished: frozenset[str] = frozenset(),
         furniture: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
         furniture_ends: frozenset[str] = frozenset(),
         credit_names: frozenset[str] = frozenset(),
         rank: Callable[[str], int | None] | None = None,
         elisions: frozenset[str] = frozenset(),
         spaced_name_blanks: bool = False,
         run_together: frozenset[str] = frozenset(),
         names: frozenset[str] = frozenset()) -> tuple[str, list[int] | None]:
    """The text the parser reads, and for each of its offsets (0 … len) the offset in `text`
    (None when nothing was mended: the same text). `glued_words` are the language's short
    function words (lowercase) a scraper glues to the next word, `elided` the letters of its
    articles elided before a name ("l", "d" in French; see `_glued_word_edits`); `lost_spaces`
    are offsets where the caller, with the language's words, knows a space was lost (a headline
    run into its dateline, "Canada-UE30 octobre 2016. –": no mark tells it); `held` are the
    language's words that hold an elided article's letter inside ("aujourd" of "aujourd'hui"),
    which no word glued to an elided article is; `openers` are its words that open a sentence and
    no name (pronouns, articles: "She", "The"), which an abbreviation's stop glued to one ends
    ("N.C.She": "U.S.Army" and "J.R.R.Tolkien" are left whole); `glued` are its hyphenated forms
    a scraper glues the next word to, its words it glues to the word before, and the endings that
    word must have (see `_glued_form_edits`); `spaced_name_blanks`: an odd blank between any
    small word and a capitalised one is read as a space (see `_name_blank`); `unfinished` are its words no line ends on (a line
    break after one is inside a sentence, see lines.py); `furniture` are the leads of its links to
    other articles and of its photo credits, taken out of the text read (see furniture.py), which
    end before one of `openers` or `furniture_ends` (more words that open a sentence: "Les", "Ses"),
    a credit with one of `credit_names` whole ("La Presse canadienne");
    `rank` gives a word's rank in the language's vocabulary (1 the most frequent, None an unknown
    word), which tells a word broken at a line's end from a hyphenated one (`_broken_word_edits`)
    and, with `run_together` (its articles and prepositions), a word glued to the article after it
    (`_glued_small_word_edits`); a line break inside one of `names` (folded) is a space (broken_names.py)."""
    strays = [(m.start(), m.end(), "") for p in _STRAYS for m in p.finditer(text)]
    taken = {start for start, _, _ in strays}  # (a stray's "Â" is no misdecoded letter)
    cleared, first = _edited(text, strays + [e for e in (_markup_edits(text) if markup else []) if e[0] not in taken])
    function_words = glued_words | openers
    named = _NAME_BLANK.sub(lambda m: _name_blank(m, function_words, spaced_name_blanks), _SPACE_LIKE.sub(" ", cleared))
    spaced = unwrapped(unbroken_names(named, names), unfinished, first)  # same length (line widths as given)
    if spaced != cleared and first is None:
        first = list(range(len(text) + 1))
    cleared = spaced
    if first is not None:  # the caller's offsets, into the text without its strays
        lost_spaces = tuple(bisect.bisect_left(first, i) for i in lost_spaces)
    read, second = _edited(cleared, _space_edits(cleared, glued_words, elided, lost_spaces, held, openers, rank, elisions,
                                                 run_together) +
                           _glued_form_edits(cleared, *glued) + furniture_edits(cleared, *furniture, openers | furniture_ends, credit_names))
    if first is None or second is None:
        return read, first if second is None else second
    return read, [first[j] for j in second]


def _name_blank(match: re.Match[str], function_words: frozenset[str], after_any_small_word: bool = False) -> str:
    """A space for an odd blank before a capitalised word, after a small function word (an
    article or a preposition before a name: "la\u00a0Russie") or after another capitalised word (a
    name's parts), else the blank; not after a capitalised function word that
    opens a sentence ("A\u00a0Bloomberg poll", "When\u00a0PolitiFact": no name's part, and read as a
    space there it changed the parse of English sentences), but after one inside a name ("Marie
    Le\u00a0Pen": a capitalised word before it)."""
    text, at = match.string, match.start()
    word = _word_start(text, at)
    before = text[word:at]
    if before[:1].islower() and (before in function_words or after_any_small_word):
        # ("la\u00a0Russie", "de\u00a0Paul": no typography puts a no-break space there; in a
        # language whose typography never puts one after a small word, "américain\u00a0Donald")
        return " "
    if not before[:1].isupper():
        return match.group()
    if before.lower() in function_words:
        previous = text[:word].rstrip(" \u00a0")
        if len(previous) == word or not previous[-1:].isalpha() or \
                not previous[_word_start(previous, len(previous)):][:1].isupper():
            return match.group()
    return " "


def _markup_edits(text: str) -> list[tuple[int, int, str]]:
    """The edits that read each character reference, doubled angle bracket and misdecoded
    character as its character (and a carriage return alone as a line break)."""
    edits = [(m.start(), m.end(), "\n") for m in _LONE_RETURN.finditer(text)]  # old Mac line ends
    for match in MISDECODED.finditer(text):
        lead = match.group()[0].encode("latin-1")
        try:
            character = (lead + bytes(_BYTE_OF[c] for c in match.group()[1:] or "\u00a0")).decode("utf-8")
        except UnicodeDecodeError:
            continue
        edits.append((match.start(), match.end(), character))
    for match in _ANGLE_PAIR.finditer(text):
        edits += [(match.start(), match.start() + 2, "«"), (match.end() - 2, match.end(), "»")]
    for match in _TAG.finditer(text) if "<" in text else ():
        before, after = text[match.start() - 1:match.start()], text[match.end():match.end() + 1]
        glued = before.strip() and after.strip() and before not in "<>" and after not in "<>"
        edits.append((match.start(), match.end(), " " if glued and match.group(2).lower() in _BLOCK_TAGS else ""))
    for match in MARKUP.finditer(text):
        found = match.group()
        character, end = _ANGLE_GUILLEMETS.get(found) or html.unescape(found), match.end()
        if found.startswith("&amp;") and len(found) > 5:  # escaped twice ("&amp;nbsp;")
            twice = html.unescape(character)
            # (but "&amp;lt;" is text about markup, a "&lt;" meant as written: its ampersand only)
            character, end = (twice, end) if len(twice) == 1 and twice not in "<>&" else ("&", match.start() + 5)
        if character != found and len(character) == 1:
            edits.append((match.start(), end, character))
    return edits


def _space_edits(text: str, glued_words: frozenset[str], elided: str,
                 lost_spaces: tuple[int, ...], held: frozenset[str] = frozenset(),
                 openers: frozenset[str] = frozenset(),
                 rank: Callable[[str], int | None] | None = None,
                 elisions: frozenset[str] = frozenset(),
                 run_together: frozenset[str] = frozenset()) -> list[tuple[int, int, str]]:
    """The edits that put back the spaces lost in `text` (strays already out)."""
    edits: list[tuple[int, int, str]] = _glued_word_edits(text, glued_words, elided)
    edits += _glued_elision_edits(text, elided, held)
    edits += [(m.start(1), m.start(1), " ") for m in _ABBREVIATION_END.finditer(text) if openers
              and m.group(1)[0].isupper() and m.group(1).lower() in openers]
    edits += [(i, i, " ") for i in lost_spaces if 0 < i < len(text)]
    edits += _straight_mark_edits(text)
    edits += [(m.end(), m.end(), "\n") for m in _GLUED_CLOSING_CREDIT.finditer(text)]
    edits += _broken_word_edits(text, glued_words | openers, rank)
    edits += _glued_small_word_edits(text, run_together, rank)
    edits += _lost_apostrophe_edits(text, elided, elisions)
    for pattern, replacement, capital in _FIXES:
        for match in pattern.finditer(text):
            if replacement is None:  # a space after the mark(s) matched (before a capital)
                after = text[match.end():match.end() + 3].lstrip(_OPENING)
                if capital and not (after[:1].isupper() and (pattern is not _INITIAL or after[1:2].islower())):
                    continue
                edits.append((match.end(), match.end(), " "))
            else:
                edits.append((match.start(), match.end(), replacement))
    return edits


def _broken_word_edits(text: str, function_words: frozenset[str],
                       rank: Callable[[str], int | None] | None = None) -> list[tuple[int, int, str]]:
    """The blank of a word broken at a line's end taken out ("diplo- matiques" read
    "diplo-matiques": one word for the tokenizer, and the wording of the text as given, which
    names taken from it keep, as gold annotation does), unless the word after is a function word
    (a suspended hyphen or a dash). With the vocabulary's ranks, the hyphen goes too where the
    joined form is a word more frequent than the hyphenated one ("gouverne-\nment" read
    "gouvernement": a made-up word cost the sentence its parse, its verb's lemma, its events),
    and a hyphen with no blank is taken out where only the joined form is a word ("exté-rieur");
    a compound cut at its own hyphen stays one ("vice-\nprésident", "porte- parole")."""
    edits = []
    for match in _BROKEN_WORD.finditer(text) if "-" in text else ():
        half = _HALF.search(text, max(0, match.start() - 40), match.start())
        joined = rank is not None and half is not None and _joins(half.group(), match.group(1), rank, False)
        if joined or match.group(1) not in function_words:  # ("publi-\nque" is "publique")
            edits.append((match.start() + (0 if joined else 1), match.start(1), ""))
    if rank is not None and "-" in text:
        edits += [(m.end(1), m.start(2), "") for m in _HYPHEN_INSIDE.finditer(text)
                  if _joins(m.group(1), m.group(2), rank, True)]
    return edits


def _glued_small_word_edits(text: str, tails: frozenset[str],
                            rank: Callable[[str], int | None] | None) -> list[tuple[int, int, str]]:
    """A space put back inside a word in small letters that is a word of the vocabulary run
    together with an article or a preposition of the language (`tails`: "aiderles réfugiés",
    "convoquéles ambassadeurs": a wrapped line's break lost between them): only where the whole
    is no word of the vocabulary, the word before is one of four letters or more, it splits one
    way only, and a word follows (an article or a preposition ends no clause)."""
    if rank is None or not tails:
        return []
    edits = []
    for match in _SMALL_WORD.finditer(text):
        form = match.group()
        if rank(form) is not None:
            continue
        cuts = [i for i in range(4, len(form) - 1) if form[i:] in tails and rank(form[:i]) is not None]
        if len(cuts) == 1:
            edits.append((match.start() + cuts[0], match.start() + cuts[0], " "))
    return edits


def _joins(left: str, right: str, rank: Callable[[str], int | None], unknown_only: bool) -> bool:
    """Whether the halves of a broken word are one word: the joined form is known to the
    vocabulary and more frequent than the rarer half (the halves of a compound are words more
    frequent than their juncture: "centre" and "ville", not "centreville"; those of a broken word
    seldom are: "exté", "nistère"), and the hyphenated form unknown or, unless `unknown_only`,
    less frequent than the joined one ("multi-\nmédia")."""
    joined = rank(left + right)
    if joined is None:
        return False
    halves = [rank(left), rank(right)]
    if None not in halves and joined > max(halves):
        return False
    hyphenated = rank(f"{left}-{right}")
    return hyphenated is None or (not unknown_only and joined < hyphenated)


@functools.cache
def _lost_apostrophe(elided: str, elisions: frozenset[str] = frozenset()) -> re.Pattern:
    """The blank after a small elided article's letter, or another elided word of the language
    (`elisions`: "qu", "n", "s"), standing alone after a word or a comma (or at a line's start) and before a
    word opening with a vowel ("a reçu l ambassadeur", "a dit qu il", "l\u00a0Union"); capitalised
    after a sentence's end ("D après", "Qu il"); not after a number ("2 l au total": a unit)."""
    forms = sorted(set(elided) | elisions, key=len, reverse=True)
    small = "|".join(map(re.escape, forms))
    capital = "|".join(re.escape(f[:1].upper() + f[1:]) for f in forms)
    vowel = f"{_VOWEL}{_VOWEL.upper()}"
    return re.compile(rf"(?:(?:(?<=^)|(?<=\n)|(?<=[^\W\d_][ \n])|(?<=[,;:][ \n]))(?:{small})"
                      rf"|(?:(?<=^)|(?<=\n)|(?<=[.!?…»”][ \n]))(?:{capital}))([ \u00a0])(?=[{vowel}])", re.MULTILINE)


def _lost_apostrophe_edits(text: str, elided: str,
                          elisions: frozenset[str] = frozenset()) -> list[tuple[int, int, str]]:
    """An apostrophe, at the same length, for the blank an elided word lost its own to: no word
    of a language with elided articles is that letter (or `elisions` form) alone before a vowel."""
    if not elided and not elisions:
        return []
    return [(m.start(1), m.end(1), "'") for m in _lost_apostrophe(elided, elisions).finditer(text)]


def _straight_mark_edits(text: str) -> list[tuple[int, int, str]]:
    """A space put back on the right side of each straight mark glued between a sentence's final
    mark and a capital ('dit."Le'): after it where it closes a quotation, before it where it opens
    one. The straight marks are read in order: one with a blank (or the start of a line) before it
    and a word after it opens, one with a word before it and no word after it closes; a glued one
    does the other of what the last one did (a line break closes any quotation left open: a
    quotation that goes on over paragraphs opens again on the next line)."""
    if '"' not in text and "''" not in text:
        return []
    glued = {m.start() for m in _GLUED_STRAIGHT.finditer(text) if text[m.end()].isupper()}
    if not glued:
        return []
    edits, is_open, line = [], False, -1
    for match in _STRAIGHT_MARK.finditer(text):
        start, end = match.span()
        if text.rfind("\n", line + 1, start) >= 0:
            is_open, line = False, text.rfind("\n", line + 1, start)
        before, after = text[start - 1:start], text[end:end + 1]
        if match.group() in "“”":  # a curly mark (or "``" read as one) says itself what it does
            is_open = match.group() == "“"
        elif start in glued:
            is_open = not is_open
            edits.append((start, start, " ") if is_open else (end, end, " "))
        elif not before.strip() or before in "([{":
            is_open = bool(after.strip())
        elif not after.strip() or not after.isalnum():
            is_open = False
        else:  # glued on both sides ('le"mot"'): it changes what is open
            is_open = not is_open
    return edits


def _edited(text: str, edits: list[tuple[int, int, str]]) -> tuple[str, list[int] | None]:
    """`text` with the edits (start, end, replacement) made, but none inside a web address that
    puts something in, and a blank run left by them collapsed; and the map of its offsets back."""
    urls = [(m.start(), m.end()) for m in _URLISH.finditer(text)] if edits else []
    edits = [e for e in edits if not any(s <= e[0] < t for s, t in urls) or e[2] == ""]
    edits.sort(key=lambda e: (e[0], e[1]))
    edits = _collapse_blanks(text, edits)  # a doubled blank is a wart even where nothing else is
    if not edits:
        return text, None
    parts: list[str] = []
    back: list[int] = []
    position = 0
    for start, end, replacement in edits:
        if start < position:
            continue  # overlaps an earlier edit
        parts.append(text[position:start])
        back.extend(range(position, start))
        parts.append(replacement)
        back.extend([start] * len(replacement))
        position = end
    parts.append(text[position:])
    back.extend(range(position, len(text) + 1))
    return "".join(parts), back


@functools.cache
def _lower_run(elided: str) -> re.Pattern:
    """A lowercase run opening a word, before a capital or (with `elided` letters) an elided article;
    or a capitalised one before an elided article, as it opens a sentence ("Selonl'AFP"). Not a
    capitalised one before a capital: that is a name's ("DeSantis", "WithSecure")."""
    if not elided:
        return re.compile(rf"(?<![^\W\d_'’{_APOSTROPHE_LIKE}])[{_LOWER}]+(?=[{_UPPER}])")
    article = rf"[{elided}]['’{_APOSTROPHE_LIKE}][^\W\d_]"
    return re.compile(rf"(?<![^\W\d_'’{_APOSTROPHE_LIKE}])(?:[{_LOWER}]+(?=[{_UPPER}]|{article})|"
                      rf"[{_UPPER}][{_LOWER}]+(?={article}))")


def _glued_word_edits(text: str, words: frozenset[str], elided: str) -> list[tuple[int, int, str]]:
    """A space put back after a function word of the language glued to a name or to an elided
    article ("selonLe Monde", "auFigaro", "laRTBF", "selonl'agence"): a lowercase run that opens
    a word, is one of `words` and goes on with a capital or an elided article ("aujourd'hui"
    is no listed word glued to "d'hui"); not in a web address or a hashtag."""
    if not words:
        return []
    return [(m.end(), m.end(), " ") for m in _lower_run(elided).finditer(text) if m.group().lower() in words]


def _glued_form_edits(text: str, heads: frozenset[str], tails: frozenset[str],
                      endings: frozenset[str]) -> list[tuple[int, int, str]]:
    """A space put back after a hyphenated form glued to the lowercase word after it ("a-t-ildéclaré":
    `heads`, the French inverted pronouns), unless two forms of different lengths fit there
    ("-ilsouligné": "-il" or "-ils"); and before a word glued to the end of a lowercase word with one
    of `endings` ("déclaréque": `tails` "que", "qu'" after a participle's ending)."""
    edits = []
    found = [(m.start(), m.end()) for head in heads for m in re.finditer(rf"(?<=[^\W\d_]){re.escape(head)}(?=[{_LOWER}]{{3}})", text)]
    for start, end in found:
        if not any(s < end and start < e and e != end for s, e in found):
            edits.append((end, end, " "))
    if tails and endings:
        ending = "|".join(re.escape(e) for e in sorted(endings, key=len, reverse=True))
        tail = "|".join(re.escape(t) + (r"(?=[^\W\d_])" if t[-1:] in "'’" else r"(?![^\W\d_])")
                        for t in sorted(tails, key=len, reverse=True))
        pattern = rf"(?<![^\W\d_'’])[{_LOWER}]{{2,}}(?:{ending})(?=(?:{tail}))"
        edits += [(m.end(), m.end(), " ") for m in re.finditer(pattern, text)]
    return sorted(set(edits))


@functools.cache
def _before_elision(elided: str) -> re.Pattern:
    """A lowercase run of two letters or more opening a word, glued to an elided article."""
    return re.compile(rf"(?<![^\W\d_'’{_APOSTROPHE_LIKE}])[{_LOWER}]{{2,}}(?=([{elided}])['’{_APOSTROPHE_LIKE}][^\W\d_])")


def _glued_elision_edits(text: str, elided: str, held: frozenset[str]) -> list[tuple[int, int, str]]:
    """A space put back between any word and an elided article glued to it ("vientd'annoncer",
    "saluél'élection", "coupd'État"): no word of a language with elided articles goes on with one
    but the `held` ones ("aujourd'hui"), and a letter doubled before the elided one is Italian
    ("nell'ambito", "dell'Utri"), not a wart."""
    if not elided:
        return []
    edits = []
    for match in _before_elision(elided).finditer(text):
        word, letter = match.group(), match.group(1)
        if (word + letter).lower() not in held and not word.endswith(letter):
            edits.append((match.end(), match.end(), " "))
    return edits


def _collapse_blanks(text: str, edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Edits that also drop an inserted space where a blank already follows, and the blanks of
    a run beyond its first (a stray doubled space, or the space left where a character was taken
    out)."""
    removed = {i for start, end, replacement in edits if replacement == "" for i in range(start, end)}
    out = []
    for start, end, replacement in edits:
        if replacement == " " and start == end and start < len(text) and re.match(_BLANKS, text[start]):
            continue
        out.append((start, end, replacement))
    for match in re.finditer(f"{_BLANKS}(?:[{_INVISIBLE}]|\u00c2(?=\u00a0)|{_LONE_MISDECODED}|{_BLANKS})+", text):
        kept = [i for i in range(match.start(), match.end()) if i not in removed]
        for i in kept[1:]:
            if re.match(_BLANKS, text[i]):
                out.append((i, i + 1, ""))
    return sorted(set(out), key=lambda e: (e[0], e[1]))
