"""Checks on punctuation: the final stop, quotation marks and brackets."""

from __future__ import annotations

import re

from excerpts.checks.base import ERROR, Check, Unit
from excerpts.checks.names import present, spelled_out
from excerpts.checks.normalize import BRACKETED_ACRONYM, title_cased, whole_word
from excerpts.checks.tables import acronym_equivalents

# What may trail the final punctuation: closing quotes and brackets, spaces of any width.
_TAIL = re.compile(r"[\s\"'»”’)\]…?!.:;,]*$")
_TAIL_CHARS = "\"'»”’)]…?!.:;,"
_ABBREVIATION_END = re.compile(
    r"(?:\b(?:[A-Z]\.){2,}|\b(?:etc|Inc|Ltd|Co|Jr|Sr|Corp|a\.m|p\.m|av|apr|J\.-C)\.)$"
)


def _final_mark(text: str) -> str:
    """The kind of sentence end: '?', '!', '…', '.', ':', ';', ',' or '' for none."""
    # What ``_TAIL`` finds, read back from the end instead of tried at every position.
    start = len(text)
    while start and (text[start - 1] in _TAIL_CHARS or text[start - 1].isspace()):
        start -= 1
    marks = text[start:].rstrip()
    if marks.endswith(").") and _QUOTED_MARK_THEN_STOP.search(marks):
        return "."  # « … » (« À bas le CPT ! »).: the quotation's !, the sentence's stop
    if "?" in marks:
        return "?"
    if "!" in marks:
        return "!"
    if "…" in marks or "..." in marks:
        return "…"
    for mark in ".:;,":
        if mark in marks:
            return mark
    return ""


_QUOTED_MARK_THEN_STOP = re.compile(r"[!?][\s\u00a0\u202f]*[»”\"’]+\)\.$")


_MARK_NAMES = {
    "?": "a question mark", "!": "an exclamation mark", "…": "an ellipsis", ".": "a full stop",
    ":": "a colon", ";": "a semicolon", ",": "a comma", "": "no final punctuation",
}  # fmt: skip


def check_endpunc(unit: Unit) -> str | None:
    """Report a different sentence end (? -> ., a dropped final stop)."""
    src, tgt = _final_mark(unit.source), _final_mark(unit.target)
    if src == tgt or {src, tgt} == {".", "…"}:
        # A trailing ellipsis is a matter of style, not a different kind of sentence. Inside
        # the text, a question the English no longer asks: "Faut-il … ? Les chercheurs …" ->
        # "Does this mean a lasting shift. Researchers …" (no labelled correct pair drops one).
        if "?" in unit.source and unit.source.count("?") - _teasers(unit.source) > (
            unit.target.count("?")
        ):
            return "a question mark of the French is not in the English"
        # So is a cry: « Le nord ne sera pas abandonné ! », a martelé le ministre -> "The north
        # will not be abandoned," the minister insisted. (« Kidal est libre !!! » is one cry.)
        if "!" in unit.source and _cries(unit.source) > _cries(unit.target):
            return "an exclamation mark of the French is not in the English"
        return None
    # "… in the U.S." ends with the abbreviation's point, which also serves as the stop.
    if {src, tgt} == {".", ""} and _ABBREVIATION_END.search(unit.target.rstrip(" \"”’)")):
        return None
    if {src, tgt} == {".", ""} and _ABBREVIATION_END.search(unit.source.rstrip(" \"»”’)")):
        return None
    if tgt in ("!", "?") and src in (".", ":", "") and _quotation_moved_to_end(tgt, unit):
        return None
    if src == "." and not tgt and _TOPIC_LEAD.match(unit.source) and title_cased(unit.target):
        return None  # « Mali : … selon le ministère. » -> "Mali: Mining Revenue Up 9%, …"
    return f"the French ends with {_MARK_NAMES[src]}, the English with {_MARK_NAMES[tgt]}"


_CRY = re.compile(r"!+")


def _cries(text: str) -> int:
    """How many runs of exclamation marks a text has (!!! counts once)."""
    return len(_CRY.findall(text)) if "!" in text else 0


# A headline's topic before its colon (« Mali : », « Sahel : »), and an English in title case:
# the English made a headline of the French's sentence, which takes no final stop.
_TOPIC_LEAD = re.compile(r"[A-ZÀ-Þ][^\W\d_]+(?:[ -][A-ZÀ-Þ][^\W\d_]+)?[\s\u00a0\u202f]?:\s")
# A question of a few words and no verb that the next sentence answers, as French press
# writes: "Leur point commun ? Un accès direct…" -> "What they have in common is direct access".
_TEASER = re.compile(
    r"(?:^|(?<=[.!?…:]\s))(?:[^\W\d_]+['’ ]){0,3}[^\W\d_]+[\s\u00a0\u202f]?\?\s+(?=[A-ZÀ-Þ])"
)


def _teasers(text: str) -> int:
    """How many of a French text's question marks end a short verbless teaser."""
    return sum(1 for m in _TEASER.finditer(text) if "-" not in m.group(0))


def _quotation_moved_to_end(mark: str, unit: Unit) -> bool:
    """Whether the English ends on a quotation's own ! or ?, which the French quotes inside
    the sentence: "1er-Mai : « Libérez nos camarades ! », exigent les syndicats" -> "Unions
    demand “Free our comrades!”"."""
    if unit.target.rstrip()[-1:] not in "\"”’»":
        return False
    return re.search(re.escape(mark) + r"\s*[»”\"]", unit.source) is not None


def _quote_state(text: str) -> tuple[int, bool]:
    """(number of quoted passages, balanced?) counting «», “”, straight "" and ‘ openings."""
    opens = text.count("«") + text.count("“")
    closes = text.count("»") + text.count("”")
    straight = text.count('"')
    balanced = text.count("«") == text.count("»") and text.count("“") == text.count("”")
    balanced = balanced and straight % 2 == 0
    passages = max(opens, closes) + straight // 2
    # ‘ only ever opens a quote; ’ is mostly an apostrophe, so single quotes are counted, not
    # balanced. French rarely uses them, except as the inner quote of « ».
    passages += text.count("‘")
    if "'" in text:  # 'We will win,' he said: a straight quote opening a word, ASCII style
        openings = list(_STRAIGHT_SINGLE_OPEN.finditer(text))
        passages += len(openings)
        # one that no ' closes after a word (or a plural's possessive: players') is left open
        if openings and not _STRAIGHT_SINGLE_CLOSE.search(text, openings[-1].end()):
            balanced = False
    return passages, balanced


# (a figure may open one too: '51st state'; but '90s is a decade, its apostrophe elision's)
_STRAIGHT_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–]))'(?=[^\W\d_]|\d(?!\ds\b))")
_STRAIGHT_SINGLE_CLOSE = re.compile(r"(?<=\S)'(?![^\W\d_])")


def check_quotes(unit: Unit) -> str | None:
    """Report quotation marks that are unbalanced or lost in the English."""
    source, target = unit.source, unit.target
    if not any(c in source or c in target for c in '«»“”"‘'):
        return None
    src_count, src_balanced = _quote_state(source)
    tgt_count, tgt_balanced = _quote_state(target)
    if src_balanced and not tgt_balanced:
        return "unbalanced quotation marks in the English"
    if src_count > tgt_count and ("«" in source or "“" in source or '"' in source):
        src_count -= (
            _titles_unquoted(source, target)
            + _loanwords_unquoted(source, target)
            + len(_NAMED_BY_TITLE.findall(source))
            + len(_VOTE_QUOTED.findall(source))
        )
    if src_balanced and "‘" in target and _open_single_quotes(target):
        return "a single quotation mark is opened and not closed in the English"
    if src_balanced and "’" in target and _closed_single_quote_unopened(target):
        return "a single quotation mark is closed and not opened in the English"
    if src_count and not tgt_count:
        if _QUOTE_HEADLINE.match(source) and _REPORTED_HEADLINE.match(target):
            return None  # « Gbagbo : « Je ne reconnais pas… » » -> "Gbagbo Says He Does Not…"
        return "the French quotes someone; the English has no quotation marks"
    if tgt_count < src_count:
        return f"the French has {src_count} quoted passages, the English {tgt_count}"
    added = _double_quoted(target)
    if added > src_count and _QUOTED_TOPIC.match(target) and _TOPIC.match(source):
        added -= 1  # « Boycott actif : … » -> "“Active boycott”: …", a headline's slogan
    if added > src_count:
        added -= _glosses(source, target)
    if added > src_count and ("dit " in source or "surnommé" in source):
        # « Sebastian Duterte, dit Baste » -> "Sebastian “Baste” Duterte": a nickname
        added -= sum(
            bool(re.search(rf"\b(?:dite?|surnommée?) [«“\"]?\s?{re.escape(m.group(1))}\b", source))
            for m in _QUOTED_NICKNAME.finditer(target)
        )
    if added > src_count:
        # « la loi bien vieillir » -> "the “bien vieillir” law": a name kept from the French,
        # marked as a mention, not a quotation
        added -= sum(m.group(1) in source for m in _NAMED_KEPT.finditer(target))
    if tgt_balanced and added > src_count and added > _split_allowance(source):
        if not src_count and _quotes_the_excerpt(target):
            return None  # an analyst quoting the excerpt itself: 'The paper recalls that "…"'
        # Quotation marks say someone said these very words; the French does not.
        return f"the English has {added} quoted passages, the French {src_count}"
    return None


# An analyst's English may quote the excerpt itself, whole or in clauses, inside sentences of
# its own ("The paper recalls that “the last French soldiers left …”", "the deposit, “in the
# country's southeast,” is thought to contain “more than 3 billion tonnes …”"): clauses of four
# words or more, a good share of the text. A word or two in quotation marks the French does
# not have ("called the strike “illegal”") are words put in someone's mouth.
def _quotes_the_excerpt(target: str) -> bool:
    """Whether the English's quotations are clauses of the excerpt (see above)."""
    passages = [quoted[1:-1] for quoted in _DOUBLE_QUOTED.findall(target)]
    return (
        bool(passages)
        and all(len(p.split()) >= 4 for p in passages)
        and sum(len(p) for p in passages) >= 0.3 * len(target)
    )


# A body or plan named by a title in guillemets (la Commission « Le large bande au service du
# développement durable »): English names it in its own words, without quotes.
_NAMED_BY_TITLE = re.compile(
    r"\b(?:Commission|Opération|Programme|Projet|Plan|Initiative|Fonds|Prix|Forum|Festival"
    r"|Campagne|Mission|Stratégie|Pacte|Charte"
    # and a scheme named by a common noun: « le dispositif « pass Culture » »
    r"|dispositif|programme)[\s\u00a0\u202f]+[«“\"]"
)
# A headline that is a speaker and a quotation (« Ndayishimiye : « Nous ne retirerons pas… » »),
# which English headlines turn into reported speech: no colon, a verb of saying after the
# speaker ("Ndayishimiye Vows No Troop Pullout…"), where a quotation's marks lost keep the colon.
_QUOTE_HEADLINE = re.compile(r"[^«»“”\":]{1,60}[\s\u00a0\u202f]?:[\s\u00a0\u202f]+«[^«»]+»\s*$")
_REPORTED_HEADLINE = re.compile(
    r"[^:]{1,60}?\s(?i:says|vows|pledges|promises|warns|insists|denies|rejects|admits|claims"
    r"|urges|threatens|rules out|refuses|demands|calls for|hails|slams|dismisses|confirms"
    r"|announces)\s[^:]*$"
)
# A nickname in quotation marks inside a name: Sebastian “Baste” Duterte.
_QUOTED_NICKNAME = re.compile(r"[“\"]([A-ZÀ-Þ][^\W\d_]+)[”\"]")
# A headline's topic before its colon, quoted in English as the slogan it is.
_QUOTED_TOPIC = re.compile(r"[“\"][^”\"]{1,60}[”\"]\s?:")
_TOPIC = re.compile(r"[^«»“”\".:]{1,60}[\s\u00a0\u202f]?:")


# A title in guillemets: a newspaper, a book, an operation (« Jeune Afrique », « Barkhane »),
# which English sets in italics or plain, without quotation marks. Some French sites quote
# in “ ” or " " instead.
_TITLE_QUOTED = re.compile(  # a number may end it: « Lake Sanity 2 »
    r"[«“\"]\s*([A-ZÀ-Þ][^\W\d_]*(?:[\s'’-]+[^\W\d_]+){0,3}(?:\s\d{1,4})?)\s*[»”\"]"
)


def _titles_unquoted(source: str, target: str) -> int:
    """How many of the French quotations are titles the English writes without quotes."""
    count = 0
    for m in _TITLE_QUOTED.finditer(source):
        title = m.group(1)
        words = re.findall(r"[^\W\d_]+", title)
        if not all(w[0].isupper() or w in _TITLE_LINKS for w in words):
            continue
        if (
            len(words) == 1
            and m.group(0)[0] == "“"
            and source.count("«", 0, m.start()) > source.count("»", 0, m.start())
        ):
            continue  # « … la “Russafrique” »: a coinage quoted within a quotation, no title
        at = target.find(title)
        if at >= 0 and target[max(0, at - 1) : at] not in ('"', "“", "‘", "'"):
            count += 1
    return count


# An English word the French sets in guillemets as foreign (« misreporting », « lobbying »):
# English needs no quotes for its own word. Its -ing tells it from a French one.
_LOANWORD_QUOTED = re.compile(r"[«“\"]\s*([a-z]+ing)\s*[»”\"]")


def _loanwords_unquoted(source: str, target: str) -> int:
    """How many of the French quotations are English words the English writes plain."""
    return sum(
        1
        for m in _LOANWORD_QUOTED.finditer(source)
        # (in any case: a title-case headline capitalises it, « le "kush" » -> "Kush Is …")
        if re.search(rf"(?<![“\"‘'\w]){m.group(1)}(?![”\"’\w])", target, re.IGNORECASE)
    )


# A ballot's answer in quotes, no one's words: « le "oui" l'emporte » -> "approved", "Yes wins".
_VOTE_QUOTED = re.compile(r"[«“\"]\s?(?:oui|non)\s?[»”\"]", re.IGNORECASE)


_TITLE_LINKS = frozenset({"de", "du", "des", "la", "le", "les", "l", "d", "et", "en"})
_DOUBLE_QUOTED = re.compile(r'“[^“”]*”|"[^"]*"')
# English closes a quotation around "he said" where French keeps the incise inside « »:
# passages this close together count as one.
_INCISE = 40


# A quoted English gloss in brackets or dashes just after a term kept as the French has it:
# "the hashtag #LibérezAly — “Free Aly” —", "Mali Kura (“New Mali”)", a translator's "Viv
# Ansanm [Creole for “living together”]" (a few words may open the brackets).
_GLOSSED = re.compile(
    r"(#?[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,2}) ?"
    r"(?:[(\[](?:[^\W\d_]+ ){0,3}|[—–] ?)[“\"][^“”\"]+[”\"]"
)


# A term of the French in quotation marks before the word that says what it names: the
# "“bien vieillir” law", the "“pass Culture” scheme".
_NAMED_KEPT = re.compile(
    r"[“\"]([^“”\"]{2,40})[”\"] (?:law|bill|act|scheme|plan|programme|program|reform|label)\b"
)


def _glosses(source: str, target: str) -> int:
    """How many quoted passages of the English gloss a term kept from the French."""
    count = 0
    for m in _GLOSSED.finditer(target):
        words = m.group(1).split(" ")
        # a run of the term's last words that the French holds as it stands
        tails = (" ".join(words[i:]) for i in range(len(words)))
        count += any(tail in source and _foreign(tail) for tail in tails) or any(
            # or an acronym of the French among them: "his DPS status (“particularly
            # dangerous prisoner”)", « son statut de DPS (détenu particulièrement signalé) »
            len(w) > 1 and w.isupper() and w in source
            for w in words
        )
    return count


def _foreign(term: str) -> bool:
    """Whether a term kept from the French is no English word: a hashtag, a capitalised
    name, or a word with French letters."""
    return term[0] == "#" or term[0].isupper() or not term.isascii()


def _double_quoted(text: str) -> int:
    """Passages in double quotation marks (‘ is left out: it is often a misused apostrophe)."""
    count = 0
    last_end = -_INCISE - 1
    for m in _DOUBLE_QUOTED.finditer(text):
        if m.start() - last_end > _INCISE:
            count += 1
        last_end = m.end()
    return count


# ’ right after a sentence's or a clause's mark closes a quotation: no apostrophe stands there.
_SURE_SINGLE_CLOSE = re.compile(r"(?<=[,.;!?…])’")


def _closed_single_quote_unopened(text: str) -> bool:
    """Whether a ’ after a comma or a stop closes a quotation that no ‘ opened: "The Chinese
    bought everything,’ explains a trader." (A ’ after a letter may close one too, or be an
    apostrophe: those are left alone, so an opening ‘ closed by one still counts as open.)"""
    depth = 0
    for m in re.finditer("‘|’", text):
        if m.group(0) == "‘":
            depth += 1
        elif _SURE_SINGLE_CLOSE.match(text, m.start()):
            if depth == 0:
                return True
            depth -= 1
    return False


# ’ closes a quotation where no letter follows it; between letters it is an apostrophe.
_SINGLE_CLOSE = re.compile(r"’(?![^\W\d_])")
_SINGLE_MARK = re.compile(r"‘(?!\d)|’(?![^\W\d_])")


def _open_single_quotes(text: str) -> bool:
    """Whether a ‘ opens a quotation that no ’ closes: before the next ‘ at its own level
    (‘scheme: ‘The process…’), before the end of the “ ” quotation it stands in, or anywhere
    after it where it stands alone (British style: ‘…“…”…’)."""
    opened = -1
    for m in _SINGLE_MARK.finditer(text):
        if m.group(0) == "’":
            opened = -1
        elif opened >= 0 and "“" not in text[opened : m.start()]:
            return True
        else:
            opened = m.start()
    for m in re.finditer("‘(?!\\d)", text):  # ‘90s is a misused apostrophe
        before = text[: m.start()]
        inside = before.count("“") > before.count("”")
        end = text.find("”", m.end()) if inside else -1
        span = text[m.end() : end if end >= 0 else len(text)]
        if _SINGLE_CLOSE.search(span) is None:
            return True
    return False


_FRENCH_QUOTED = re.compile(r'«[^«»]*»|“[^“”]*”|"[^"]*"')
_INNER_SENTENCE_END = re.compile(r"[.!?…]\s+(?=\S)")


def _split_allowance(source: str) -> int:
    """How many passages the French quotes may become in English, where a quotation of several
    sentences is split around "he said" between two of them."""
    return sum(
        1 + len(_INNER_SENTENCE_END.findall(m.group(0))) for m in _FRENCH_QUOTED.finditer(source)
    )


_PAIRS = (("(", ")"), ("[", "]"))
# An editor's few letters in square brackets glued to a word, fixing a quotation's grammar
# ("prendra[it]", "[l]es"): nothing to carry into English.
_AGREEMENT = re.compile(r"(?<=[^\W\d_])\[[a-zà-ÿ]{1,4}\]|\[[a-zà-ÿ]{1,3}\](?=[^\W\d_])")


def check_brackets(unit: Unit) -> str | None:
    """Report brackets that are unbalanced or dropped in the English."""
    source, target = unit.source, unit.target
    if not any(c in source or c in target for c in "()[]"):
        return None
    if "[" in source:
        source = _AGREEMENT.sub("", source)  # « ne prendra[it] parti »: a grammar fix
    for left, right in _PAIRS:
        src_open, src_close = source.count(left), source.count(right)
        tgt_open, tgt_close = target.count(left), target.count(right)
        if src_open == src_close and tgt_open != tgt_close:
            return f"unbalanced {left}{right} in the English"
        if tgt_open < src_open and left == "(":
            # "Société nationale d'électricité (SONABEL)" -> "the national utility SONABEL":
            # an acronym the English uses in place of the name needs no brackets.
            replaced = BRACKETED_ACRONYM.finditer(source)
            headline = title_cased(target) and not target.rstrip().endswith(".")
            src_open -= sum(
                1
                for m in replaced
                if any(
                    _in_place_of_name(form, target)
                    # a title-case headline capitalises the words around it ("Short of Funds,
                    # WFP Cuts Rations"): the name written out beside it tells instead
                    or headline
                    and present(form, target)
                    and not spelled_out(form, target, english=True)
                    for form in _acronym_forms(m.group(1))
                )
            )
            # « Le Sahel (Niamey) » -> "the Niamey daily Le Sahel": a place in brackets the
            # English moves before the name it followed
            moved = _BRACKETED_PLACE.finditer(source)
            src_open -= sum(1 for m in moved if _moved_before(m, target))
            src_open -= len(_PLACE_NOTE.findall(source))
            # « Jean-Philippe Tanguy (RN) » -> "Jean-Philippe Tanguy of the Rassemblement
            # National", « Claude Raynal (PS) » -> "the Socialist …": a party written out
            src_open -= sum(
                1
                for m in _AFFILIATION.finditer(source)
                if not m[3].upper().endswith((m[2], m[1] + m[2]))
                # (a body the French names itself is no party: « … de l'imam Mahmoud Dicko
                # (CMAS) »)
                and not spelled_out(m[3], source)
                and _party_written_out(m[3], target)
            )
            # « sa liste de bonne livraison (Good Delivery) » -> "its Good Delivery list": the
            # English words the French gives in brackets are the English's own.
            src_open -= sum(
                1 for m in _BRACKETED_PHRASE.finditer(source) if m.group(1) in target
            )
            # « Ils (les autorités) … » -> "They [the authorities] …": an editor's brackets.
            src_open -= max(0, target.count("[") - source.count("["))
            # "(dont l'État détient 35 %)" -> "— 35% owned by the state —": dashes instead.
            src_open -= max(0, target.count("—") - source.count("—"))
            # « au 80 00 11 22 (numéro vert) » -> "on the toll-free number 80 00 11 22": one
            # gloss of plain lowercase words, worked into an English sentence that has no
            # brackets at all.
            if src_open == 1 and tgt_open == 0 and _LOWERCASE_GLOSS.search(source):
                src_open = 0
            # « (GSIM, ou JNIM selon son acronyme arabe) » -> ", known by its Arabic acronym
            # JNIM": a note on a body's acronyms, worked into the sentence with them.
            if "acronyme" in source or "sigle" in source:
                src_open -= sum(
                    1
                    for m in _ACRONYM_NOTE.finditer(source)
                    if all(
                        any(form in target for form in _acronym_forms(a))
                        for a in _CAPITALS_RUN.findall(m.group(0))
                    )
                )
        if tgt_open < src_open:
            return f"the French has {src_open} {left}{right}, the English {tgt_open}"
    return None


_LOWERCASE_GLOSS = re.compile(r"\([a-zà-ÿ'’ -]+\)")
_ACRONYM_NOTE = re.compile(r"\([^()]*\b(?:acronyme|sigle)\b[^()]*\)")
_CAPITALS_RUN = re.compile(r"\b[A-Z]{2,}\b")


# Brackets that English wire style writes with commas or as an adjective: the country after a
# dateline's place ("ADRÉ (Tchad), 14 juin" -> "ADRÉ, Chad, June 14"; "MORA (Cameroun) –" ->
# "MORA, Cameroon –") and a compass point after a region ("la région de Diffa (sud-est)" ->
# "the southeastern Diffa region", "(ouest du Niger)" -> "western Niger's").
_PLACE_NOTE = re.compile(
    r"\A\s*[^\W\d_a-zà-ÿ](?:[^\W\d_a-zà-ÿ]|['’ -])*\s\([A-ZÀ-Þ][^\W\d_]+"
    r"(?:[ -](?:[dl]['’])?[^\W\d_]+)?\)(?=,|\s[-–—])"  # BOUAKÉ (Côte d’Ivoire), 3 févr.
    r"|\((?:extrême-)?(?:nord|sud|est|ouest|centre)(?:-(?:nord|sud|est|ouest))?"
    r"(?:\s(?:du|de\sla|de\sl'|des)\s?[A-ZÀ-Þ][^()]{0,30})?\)"
    # A figure with its words, no name: "Le Tchad (140 000 barils par jour)" -> "Chad, at
    # 140,000 barrels per day,"; a match report's "(71e)" -> "in the 71st minute", "(2-1
    # a.p.)" -> "2-1 after extra time". The numbers check compares the figures.
    r"|\((?=[^()]{0,40}\))(?=[^()]*\d)[^()A-ZÀ-Þ]{1,40}\)"
    # A clock's zone: "à 10 h (heure de New York)" -> "at 10 a.m. New York time".
    r"|\(heure (?:locale|de [A-ZÀ-Þ][^()]{0,25}|GMT|TU)\)"
)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[\s,]*$")


# A person's party in brackets after a first name and a surname: « Claude Raynal (PS) » (not
# a body's name whose last words the acronym ends with: « Human Rights Watch (HRW) »).
_AFFILIATION = re.compile(
    r"(?<![^\W\d_])([A-ZÀ-Þ])[^\W\d_]+(?:-[A-ZÀ-Þ][^\W\d_]+)? ([A-ZÀ-Þ])[^\W\d_]+ "
    r"\(([A-Z][A-Za-z-]{1,8})\)"
)


def _party_written_out(acronym: str, target: str) -> bool:
    """Whether the English names a party by words, not its acronym: one of the tables' names
    for it, or capitalised words whose initials spell it (Rassemblement National)."""
    if f"({acronym})" in target:
        return False
    names = [r for r in acronym_equivalents().get(acronym, ()) if not r.isupper()]
    return any(present(n, target) for n in names) or spelled_out(acronym, target, english=True)


def _acronym_forms(acronym: str) -> list[str]:
    """An acronym and the English acronyms the tables give it (EIAO: ISWAP), and one French
    writes as a word in capitals (Fijais: FIJAIS)."""
    forms = [acronym, *(r for r in acronym_equivalents().get(acronym, ()) if r.isupper())]
    return forms if acronym.isupper() else [*forms, acronym.upper()]


def _moved_before(m: re.Match[str], target: str) -> bool:
    """Whether the English names a bracketed word before the name the French gives it after
    (« Le Sahel (Niamey) » -> "the Niamey daily Le Sahel")."""
    name = whole_word(m[1]).search(target)
    note = whole_word(m[2]).search(target)
    return name is not None and note is not None and note.start() < name.start()


def _in_place_of_name(acronym: str, target: str) -> bool:
    """Whether the English uses an acronym instead of the name, not beside it: "the utility
    SONABEL" is; "the Alliance of Sahel States AES" and "the FSP Patriotic Support Fund" lost
    their brackets; "ATMs" is the DAB's plural."""
    for m in re.finditer(rf"(?<![\w(]){re.escape(acronym)}(?:s\b|(?![\w)]))", target):
        before = _WORD_BEFORE.search(target, max(0, m.start() - 40), m.start())
        if (before is None or not before.group(1)[0].isupper()) and _CAPITAL_AFTER.match(
            target, m.end()
        ) is None:
            return True
    return False


_CAPITAL_AFTER = re.compile(r" [A-Z][^\W\d_]+")
# A capitalised word in brackets after a capitalised word: « Le Sahel (Niamey) ».
# (a name, not an acronym: the Alliance des États du Sahel (AES) is the rule above's)
_BRACKETED_PLACE = re.compile(
    r"\b([A-ZÀ-Þ][^\W\d_]+) \(([A-ZÀ-Þ][a-zà-ÿ][^\W\d_]*(?:-[^\W\d_]+)*)\)"
)
# Words in brackets, two or more: a phrase the French quotes in English, or a gloss.
_BRACKETED_PHRASE = re.compile(r"\(([^\W\d_]+(?: [^\W\d_]+)+)\)")


ENDPUNC = Check(
    "endpunc", "The sentence ends differently (? -> ., missing final stop).", ERROR, check_endpunc
)
QUOTES = Check(
    "quotes", "Quotation marks unbalanced or dropped (« » may become “ ” or \").", ERROR,
    check_quotes,
)  # fmt: skip
BRACKETS = Check("brackets", "Brackets () [] unbalanced or dropped.", ERROR, check_brackets)
CHECKS = (ENDPUNC, QUOTES, BRACKETS)
