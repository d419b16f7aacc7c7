"""Checks on the English text itself: links, spacing, characters, typos, length, leftovers."""

from __future__ import annotations

import re

from excerpts.checks.base import ERROR, WARNING, Check, Unit
from excerpts.checks.names import (
    FRENCH_PLACE_HEADS,
    INSTITUTION_HEADS,
    acronym_candidates,
    present,
)
from excerpts.checks.normalize import (
    BRACKETED_ACRONYM,
    GENERIC_HEAD,
    LETTER_RUN,
    WORD_RE,
    blank_kept_names,
    fold,
    has_word,
    is_headline,
    title_cased,
)
from excerpts.checks.tables import acronym_equivalents

# Top-level domains of the bare addresses press copy names: generic ones and the region's.
_DOMAINS = (
    "com", "org", "net", "info", "int", "gov", "edu", "africa", "ml", "bf", "ne", "tg", "bj",
    "sn", "ci", "td", "gn", "mr", "cm", "ga", "cd", "cg", "dz", "ma", "tn", "fr", "be", "ch",
    "ru", "ua", "cn", "tr", "uk", "io", "ng", "gh", "ly", "sd", "eg", "ae", "qa", "news", "tv",
    "me",  # t.me/…: Telegram channels
    "de", "eu", "us", "ca", "nl", "es", "it", "pt", "jp", "in",  # mali.fes.de, europa.eu
    "lu", "mc", "mg", "ht", "pf", "nc", "dj", "rw", "mu", "cf", "ke", "lb",  # guichet.public.lu
    # more country codes, after a site's own (causaencomun.org.mx); not those that are French
    # or English words a missing space could join (il, et, se, no, at, so…)
    "mx", "ar", "br", "cl", "co", "pe", "bo", "ve", "au", "nz", "za", "kr", "pl", "dk", "fi",
    "gr", "cy", "ie", "lt", "lv", "ee", "ro", "hu", "cz", "sk", "ir", "pk", "bd", "np", "lk",
    "vn", "ph", "sg", "hk", "tw", "cv", "gm", "gw", "sl", "lr", "ug", "tz", "ao", "mz", "zw",
    "zm", "mw", "bi", "km",
)  # fmt: skip
_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"«»“”]+"
    # A bare domain, as press copy writes it: republiquetogolaise.com, presidence.ml.
    r"|(?<![\w@./-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:" + "|".join(_DOMAINS) + r")\b"
    r"(?:/[^\s<>\"«»“”]*)?",
    re.IGNORECASE,
)
# (a cheap gate on every source with a point: the letters after a point, then a set lookup,
# rather than the alternation of every domain tried at each point)
_AFTER_POINT = re.compile(r"(?<=[a-z0-9])\.([a-z]{2,6})\b", re.IGNORECASE)
_DOMAIN_SET = frozenset(_DOMAINS)


def _bare_domain(text: str) -> bool:
    """Whether a text names a bare domain (presidence.ml)."""
    return any(m.group(1).lower() in _DOMAIN_SET for m in _AFTER_POINT.finditer(text))


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_TRAILING_PUNCT = ".,;:!?)]’'\"»”…"


def _links(pattern: re.Pattern[str], text: str) -> list[str]:
    return [m.group(0).rstrip(_TRAILING_PUNCT) for m in pattern.finditer(text)]


def _compare_links(kind: str, pattern: re.Pattern[str], unit: Unit) -> str | None:
    src = _links(pattern, unit.source)
    tgt = _links(pattern, unit.target)
    missing = [link for link in src if link not in tgt]
    if not missing:
        return None
    if len(missing) == 1 and len(tgt) == len(src):
        changed = [link for link in tgt if link not in src]
        if changed:
            return f"{kind} {missing[0]} became {changed[0]}"
    return f"{kind} missing in English: {', '.join(missing)}"


def check_urls(unit: Unit) -> str | None:
    """Report URLs of the French that the English lacks or altered."""
    if (
        "://" not in unit.source
        and "www." not in unit.source
        and ("." not in unit.source or not _bare_domain(unit.source))
    ):
        return None
    return _compare_links("URL", _URL, unit)


def check_emails(unit: Unit) -> str | None:
    """Report e-mail addresses of the French that the English lacks or altered."""
    if "@" not in unit.source:
        return None
    return _compare_links("e-mail address", _EMAIL, unit)


# French puts a (narrow) no-break space before ; : ! ? — English does not.
_SPACE_BEFORE_PUNCT = re.compile(
    r"[ \u00a0\u202f\u2009](?=[;:!?,](?:\s|$))"
    # (the space before its look behind, so that the regex engine scans for spaces)
    r"|[ \u00a0\u202f](?<!\.[ \u00a0\u202f])(?=\.(?:\s|$))(?!\. \.)"  # but not ". . ."
)


def check_whitespace(unit: Unit) -> str | None:
    """Report leading, trailing or doubled spaces, tabs, and French spacing in the English."""
    source, target = unit.source, unit.target
    if target[:1].isspace() and not source[:1].isspace():
        return "the English starts with a space"
    if target[-1:].isspace() and not source[-1:].isspace():
        return "the English ends with a space"
    if "\t" in target:
        return "tab in the English"
    if "  " in target:
        return "double space in the English"
    if "\n" in target and "\n" not in source:
        return "line break in the English"
    for space in _SPACE_BEFORE_PUNCT.finditer(target):
        if not _quoted_as_printed(space.start(), unit):
            return "space before punctuation in the English (French spacing)"
    return None


_WORD_BEFORE = re.compile(r"[^\W\d_]+$")
_PUNCT_AND_WORDS_AFTER = re.compile(r"[;:!?] [^\W\d_]+ [^\W\d_]+")


def _quoted_as_printed(at: int, unit: Unit) -> bool:
    """Whether the French spacing at ``at`` belongs to French words the English quotes as the
    French prints them (a title kept in French: “Karité : les femmes de Koutiala…”): a word,
    the space and punctuation, and two words after it, all found in the French."""
    before = _WORD_BEFORE.search(unit.target, 0, at)
    after = _PUNCT_AND_WORDS_AFTER.match(fold(unit.target[at + 1 : at + 60]))
    if before is None or after is None:
        return False
    return f"{before.group(0)} {after.group(0)}" in unit.src


_MOJIBAKE = re.compile(
    "Ã[\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u02c6\u02dc\u2122]"
    "|â€|Â[\u00a0-\u00bf]"
)
_INVISIBLE = {"\u200b": "zero-width space", "\ufeff": "byte order mark", "\u00ad": "soft hyphen"}


_SUSPECT_CHAR = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffd\ud800-\udfff\ufffe\uffff\u200b\ufeff\u00ad]"
)


def _bad_char(text: str) -> str | None:
    """What is wrong with a text's characters, if anything."""
    suspect = _SUSPECT_CHAR.search(text)
    for ch in suspect.group(0) if suspect else "":
        code = ord(ch)
        if ch in "\t\n":
            continue
        if code < 0x20 or 0x7F <= code <= 0x9F:
            return f"control character U+{code:04X}"
        if ch == "\ufffd":
            return "replacement character U+FFFD (text was decoded wrongly)"
        if 0xD800 <= code <= 0xDFFF or code in (0xFFFE, 0xFFFF):
            return f"character U+{code:04X} is not allowed in XML"
        if ch in _INVISIBLE:
            return f"invisible {_INVISIBLE[ch]} U+{code:04X}"
    m = _MOJIBAKE.search(text)
    if m:
        return f"mojibake {m.group(0)!r} (UTF-8 read as Latin-1)"
    return None


def check_chars(unit: Unit) -> str | None:
    """Report control, XML-invalid or invisible characters, U+FFFD and mojibake."""
    for text, side in ((unit.target, "English"), (unit.source, "French")):
        problem = _bad_char(text)
        if problem:
            return f"{problem} in the {side}"
    return None


# The folded text has single spaces only, so one space separates a doubled word.
_DOUBLE_WORD = re.compile(r"\b([^\W\d_]+) (\1)\b", re.IGNORECASE)
# Doubled words that English grammar allows: "had had", "that that", "very very" in speech.
_LEGIT_DOUBLES = frozenset({"had", "that", "do", "very", "no", "bye", "so", "ha", "well"})
# After "that that", what the pronoun "that" does not precede: a name, a figure, a quotation,
# an article or a number word ("adds that that three soldiers died"). "that that was" is
# English.
_NO_PRONOUN_AFTER = re.compile(
    r" (?:[A-ZÀ-Þ][a-zà-ÿ]|\d|[“\"‘]|(?:the|a|an|his|her|its|their|our|these|those|some"
    r"|several|many|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b)"
)
# Before "that that", what opens a clause whose subject is the pronoun: a verb of saying or
# thinking, any past form or -ing form ("pointed out", "adding"), a few adjectives, nouns and
# linking words ("made it clear", "gave assurances", "however"), and "all" ("all that that
# implies"). After a noun the first "that" opens a relative clause, which needs no second one
# ("generators that that often break down").
_THAT_CLAUSE_BEFORE = re.compile(
    r"(?:^|[.!?:;\"“”]\s*|\b(?:says?|said|adds?|argues?|notes?|believes?|thinks?|thought|knows?"
    r"|knew|insists?|claims?|states?|explains?|recalls?|warns?|admits?|concedes?|repl(?:y|ies)"
    r"|retorts?|reckons?|suggests?|shows?|proves?|ensures?|hopes?|fears?|feels?|felt|finds?"
    r"|found|confirms?|den(?:y|ies)|agrees?|understands?|understood|reali[sz]es?"
    r"|recogni[sz]es?|stress(?:es)?|emphasi[sz]es?|means?|meant|impl(?:y|ies)|assumes?"
    r"|maintains?|contends?|asserts?|acknowledges?|estimates?|predicts?|reports?|writes?|wrote"
    r"|written|tells?|told|indicates?|demonstrates?|announces?|clear|sure|certain|aware"
    r"|convinced|obvious|evident|likely|possible|true|assurances?|fact|evidence|proof|sign|news"
    r"|idea|view|belief|however|so|such|now|given|provided|except|out|is|was|are|were|be|all"
    r"|[^\W\d_]+(?:ed|ing)),? )$",
    re.IGNORECASE,
)
# "is is" only after a clause with "what" ("what it is is a scandal"); elsewhere a slip.
_WHAT_CLAUSE = re.compile(r"\bwhat(?: [^\W\d_]+){1,5} $", re.IGNORECASE)
# The particles that end a hyphenated compound noun (sit-in, break-in, stand-off, build-up).
_PARTICLES = frozenset({"in", "on", "off", "up", "out", "over", "down", "by"})
# Verbs whose particle "in" may meet the preposition: "sworn in in July", "moved in in 2023";
# "voted in" only as a passive ("was voted in in 2020"): "voted in in Algiers" is a slip.
_PHRASAL_IN = re.compile(
    r"\b(?:sw(?:ear|ears|earing|ore|orn)|mov(?:e|es|ed|ing)|c(?:ome|omes|ame|oming)"
    r"|stepp?(?:s|ed|ing)?|phas(?:e|es|ed|ing)|usher(?:s|ed|ing)?"
    r"|(?:was|were|be|been|being|is|are|get|gets|got)\s+voted|kick(?:s|ed|ing)?"
    r"|lock(?:s|ed|ing)?|brought|bring(?:s|ing)?|call(?:s|ed|ing)?|check(?:s|ed|ing)?"
    r"|pour(?:s|ed|ing)?|gave|give[ns]?|giving|rein(?:s|ed|ing)?|fac(?:tor|tored)|dug|dig"
    r"|chip(?:s|ped)?|weigh(?:s|ed|ing)?|fill(?:s|ed|ing)?|log(?:s|ged|ging)?) $",
    re.IGNORECASE,
)
_LEAST = re.compile(r"\s+(?:least|most)\b")
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|for|to|by|with|from|in|on|into)\s+$", re.IGNORECASE)


def check_doublewords(unit: Unit) -> str | None:
    """Report a word typed twice in a row ("the the")."""
    words = unit.tgt_words
    # A doubled word is two letter runs in a row that are the same in lower case (in a plain
    # text, where that is what the case-blind pattern compares): most texts have none.
    if words is not None and not any(map(str.__eq__, words, words[1:])):
        return None
    for m in _DOUBLE_WORD.finditer(unit.tgt):
        first, second = m.group(1), m.group(2)
        if first.lower() in _LEGIT_DOUBLES and not (
            first.lower() == "that"
            and (
                _NO_PRONOUN_AFTER.match(unit.tgt, m.end())
                or not _THAT_CLAUSE_BEFORE.search(unit.tgt[max(0, m.start() - 30) : m.start()])
            )
        ):
            continue  # but "said that that Nouakchott wanted": no pronoun "that" before a name
        if first.lower() == "is" and _WHAT_CLAUSE.search(unit.tgt, 0, m.start()):
            continue
        if first.lower() == "in" and _PHRASAL_IN.search(unit.tgt, 0, m.start()):
            continue  # "sworn in in July": the verb's particle, then the preposition
        if (
            first.lower() in _PARTICLES
            and unit.tgt[m.start() - 1 : m.start()] == "-"
            and not unit.tgt[m.end() :].lower().startswith(f" {second.lower()} ")
        ):
            continue  # "a sit-in in front of", "the build-up up north": a compound's particle
        if (
            first.lower() == "at"
            and _LEAST.match(unit.tgt, m.end())
            and not _PREPOSITION_BEFORE.search(unit.tgt, max(0, m.start() - 6), m.start())
        ):
            continue  # "present at at least four bases"; but "a period of at at least"
        if first[0].isupper() and second[0].isupper() and first.lower() not in _TITLE_CASE_SLIPS:
            continue  # names such as Bora Bora; but "Dissolving All All Political Parties"
        if first[0].islower() and second[0].isupper() and has_word(second, unit.source):
            continue  # "stranded in In Khalil": a name of the French that starts so
        if first.lower() not in _FUNCTION_WORDS and _DOUBLE_WORD.search(unit.src):
            continue  # "bla bla bla" -> "blah blah blah": the French repeats a word too
        return f"doubled word {first!r} in the English"
    return None


# Words whose doubling is a slip whatever the French does ("the the", "to to").
_FUNCTION_WORDS = frozenset(
    "the a an of to in on at by for and or but is are was were be has have it".split()  # noqa: SIM905
)
# And even in a title-case headline, where capitalised names may double (Bora Bora): "All All
# Parties".
_TITLE_CASE_SLIPS = _FUNCTION_WORDS | {"all", "its", "their", "with", "from"}


# English runs about 0.8-1.2 times the length of French; these bounds leave room for style.
_MIN_RATIO = 0.5
_MAX_RATIO = 2.0
_MIN_LENGTH = 50  # headlines and short segments vary too much to judge
_MIN_HEADLINE_RATIO = 0.4
# A short sentence compresses as a headline does: « Les sondages donnent les travaillistes
# largement en tête » is "Polls put Labor well ahead", one English word for three.
_SHORT_LENGTH = 80


# A paragraph whose English has fewer sentences and is this much shorter has lost one.
_DROPPED_SENTENCE_RATIO = 0.65
_SENTENCE_MARGIN = 0.1
# A sentence ends at . ! ? or … (closing quotes and brackets may follow) before a capital;
# not after an initial or a title (M. Coulibaly, J.-C., Mme, Dr).
_SENTENCE_END = re.compile(r"[.!?…][\"”»’')\s]*\s(?=[«“\"'(]?[A-ZÀ-Ý])")
# The word before a full stop that ends no sentence: an initial or a title.
_NOT_AN_END = re.compile(r"(?:^|[\s.(\-])(?:[A-Z]|Mme|Mgr|Dr|St|Mr|Mrs|Ms)$")


def _sentences(text: str) -> int:
    """How many sentences a text has: ends before a capital, not after M. or Dr."""
    count = 1
    for m in _SENTENCE_END.finditer(text):
        end = m.start()
        if text[end] != "." or _NOT_AN_END.search(text, max(0, end - 4), end) is None:
            count += 1
    return count


# A figure's sign or abbreviation, and how many letters longer the word it stands for is.
_ABBREVIATED = re.compile(r"(?<=\d)(?:%|bn\b|m\b)")
_SPELLED = {"%": len(" percent") - 1, "bn": len(" billion") - 2, "m": len(" million") - 1}


def check_length(unit: Unit) -> str | None:
    """Report an English text far shorter or longer than the French (a paragraph as "Agreed."),
    or a paragraph that lost a sentence."""
    src_len, tgt_len = len(unit.src), len(unit.tgt)
    if max(src_len, tgt_len) < _MIN_LENGTH:
        return None
    ratio = tgt_len / max(src_len, 1)
    if ratio < 1:
        # "55.39%" is as complete as "55.39 percent", "$1.5bn" as "$1.5 billion"
        spelled = sum(_SPELLED[m.group(0)] for m in _ABBREVIATED.finditer(unit.tgt))
        ratio = (tgt_len + spelled) / max(src_len, 1)
    # English headlines compress hardest ("les Émirats arabes unis accordent un prêt de 1,5
    # milliard de dollars" -> "UAE extends $1.5 billion loan").
    # So do headlines that ask ("Why Can't Public Universities Catch Up?"): one sentence, the
    # English in title case.
    headline = is_headline(unit.src) or _sentences(unit.src) == 1 and title_cased(unit.tgt)
    short = max(src_len, tgt_len) < _SHORT_LENGTH
    if ratio < (_MIN_HEADLINE_RATIO if headline or short else _MIN_RATIO):
        return f"the English is {ratio:.0%} of the French's length; is part of it missing?"
    if ratio < 1:  # shorter: worth counting the sentences
        french, english = _sentences(unit.src), _sentences(unit.tgt)
        # Merging two sentences into one keeps the length; losing one of four loses a quarter.
        bound = max(_DROPPED_SENTENCE_RATIO, english / french + _SENTENCE_MARGIN)
        if english < french and ratio < bound:
            return (
                f"the French has {french} sentences, the English {english} and {ratio:.0%} of "
                "its length; is a sentence missing?"
            )
    if ratio > _MAX_RATIO and (
        (tgt_len - _expansions(unit) - _translators_notes(unit)) / max(src_len, 1) > _MAX_RATIO
    ):
        return f"the English is {ratio:.0%} of the French's length; is something added?"
    return None


_SQUARE_BRACKETED = re.compile(r"\[[^\[\]]*\]")


def _translators_notes(unit: Unit) -> int:
    """How much longer the English is for a translator's notes in square brackets the French
    does not have: "ANEEMAS [the national agency that supervises artisanal mining]"."""
    if "[" not in unit.tgt or "[" in unit.src:
        return 0
    return sum(len(m) for m in _SQUARE_BRACKETED.findall(unit.tgt))


def _expansions(unit: Unit) -> int:
    """How much longer the English is for writing out the French acronyms (CNSP -> National
    Council for the Safeguard of the Homeland)."""
    extra = 0
    for word in acronym_candidates(unit.src):
        renderings = unit.glossary.renderings(word) or acronym_equivalents().get(word, ())
        written = [r for r in renderings if len(r) > len(word) and present(r, unit.tgt)]
        if written:
            extra += max(len(r) for r in written) - len(word)
    return extra


# Lowercase French function words that English never uses; names like "Le Monde" are capitalised.
_FRENCH_ONLY = frozenset(
    """
    le les des du et est une dans avec qui que pas aux cette ces sont été selon leur leurs
    mais nous vous ils elle elles ont sur lors ainsi depuis entre très être avait sera qu d l
    n s c j m
    """.split()  # noqa: SIM905
)
_NAMEISH = re.compile(r"^[\s\d\W]*$")
_ELISION = re.compile(r"(?<![^\W\d_])[dlnscjm]'(?=[^\W\d_])")


def _is_names_only(text: str) -> bool:
    """Whether a segment holds only names, acronyms, numbers and punctuation (Assimi Goïta)."""
    if _INITIALS_BYLINE.fullmatch(text.strip()):
        return True  # "SD/mk/APA": a wire story's initials and agency
    if "." in text or "@" in text:
        text = _without_links(text)  # "Source : https://…", "(Photo : Lefaso.net)"
    words = WORD_RE.findall(text)
    # "Issa Dicko Maïga (Policy Center for the New South)": a byline naming an English body.
    return (
        all(
            _capitalised(w) or w in _ENGLISH_NAME_LINKS or _particle_in_name(words, i)
            for i, w in enumerate(words)
        )  # Côte d'Ivoire
        and any(w[0].isupper() for w in words)
        or bool(_NAMEISH.match(text))
    )


def _particle_in_name(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a particle inside a person's name: after two names at least
    ("Jean-Lucien Savi de Tové"), or after a first name and other particles (Laurence des Cars,
    Ursula von der Leyen), a first name being no head of a French body's or place's name
    (Ministère des Armées, Place de la Nation are to translate)."""
    if words[i] not in _NAME_PARTICLES or i == 0 or not _capitalised(words[0]):
        return False
    if i >= 2 and all(map(_capitalised, words[:i])):
        return True
    return words[0] not in _NAME_HEADS and all(
        _capitalised(w) or w in _NAME_PARTICLES for w in words[1:i]
    )


# (and a court case's v. or vs.: Learning Resources v. Trump; Japanese's no: Nippon Ishin no Kai)
_ENGLISH_NAME_LINKS = frozenset({"for", "the", "of", "and", "on", "v", "vs", "no"})
# The first words of French bodies' and places' names, before « de », « des »: not first names.
_NAME_HEADS = (
    INSTITUTION_HEADS
    | FRENCH_PLACE_HEADS
    | frozenset(
        """
        Commissariat Jardin Lac Mont Golfe Cap Île Tour Porte Quai Gare Château Brigade Bataillon
        Journal Prix Festival Fête Semaine Journée Salon Opéra Théâtre Maître
        """.split()  # noqa: SIM905
    )
)
# (Portuguese names link with e, do, das: "Ulisses Correia e Silva")
_NAME_PARTICLES = frozenset(
    """
    de des du da dos do das e van von der ag ould ben bin
    """.split()  # noqa: SIM905
)
_INITIALS_BYLINE = re.compile(r"[A-Za-z]{1,4}(?:/[A-Za-z]{1,4})+")


# "de" is French before a lowercase word; before a capital it may be a name (de Gaulle).
_FRENCH_DE = re.compile(r"(?<![^\W\d_])de (?=[a-zà-ÿ])")


_FRENCH_WORD = re.compile(
    r"(?<![^\W\d_'])(?:" + "|".join(sorted(_FRENCH_ONLY, key=len, reverse=True)) + r")(?![^\W\d_])"
)


_LETTER_RUN = LETTER_RUN


def _french_share(text: str, runs: list[str]) -> tuple[int, float]:
    """How many French-only function words a text has, and their share of its words.

    ``_FRENCH_WORD`` finds exactly the runs of ``runs`` that are French-only words;
    ``_FRENCH_DE`` needs a run "de".
    """
    french = sum(map(_FRENCH_ONLY.__contains__, runs))
    if "de" in runs:
        french += len(_FRENCH_DE.findall(text))
    return french, french / max(len(text.split()), 1)


# Lowercase words that mark French inside English: function words English lacks, and words
# with French accents that English has not borrowed ("négociations", "à").
_FRENCH_MARKERS = _FRENCH_ONLY | frozenset(
    """
    à se sa ses ce cet où sous chez sans dont lui même leurs ont été était au aux du la un pour
    de
    """.split()  # noqa: SIM905
)
_ACCENTED = re.compile(r"[éèêëàâîïôûùüçœ]")
_BORROWED = frozenset(
    """
    café cafés résumé née fiancé fiancée cliché clichés protégé protégés détente entente élite
    élites régime régimes naïve naïveté façade communiqué communiqués émigré émigrés exposé
    débâcle rôle rôles vis-à-vis à la première premières déjà vu coup d'état état raison
    d'être tête-à-tête touché décor doyen crème attaché attachés chargé d'affaires rapprochement
    """.split()  # noqa: SIM905
)
# Quoted and bracketed passages may keep French on purpose ("the VDP (Volontaires pour …)").
# A single-quoted one (British style, ‘…’ folded to '…') opens after no letter and closes
# before none, so that an apostrophe (Niger's) opens nothing.
_SINGLE_QUOTED = r"(?<![^\W_])'([^'\n]+)'(?![^\W_])"
_KEPT_AS_IS = re.compile(r'"[^"]*"|\([^()]*\)|' + _SINGLE_QUOTED)
# Three French-marking words among five in a row: a French clause, not a borrowed word.
_FRENCH_IN_WINDOW = 3
_WINDOW = 5


# Counts at least every French-marking word: a cheap test before reading words one by one.
_MARKER_GATE = re.compile(
    r"[éèêëàâîïôûùüçœ]|\b(?:" + "|".join(sorted(_FRENCH_MARKERS, key=len, reverse=True)) + r")\b"
)


def _has_french_clause(text: str, runs: list[str]) -> bool:
    """Whether a folded English text holds a clause that is still French."""
    # ``_MARKER_GATE`` finds each accented letter and each marker word at most once, so their
    # sum bounds its count: most English texts fall short of it without running the pattern.
    accented = 0 if text.isascii() else len(_ACCENTED.findall(text))
    if accented + sum(map(_FRENCH_MARKERS.__contains__, runs)) < _FRENCH_IN_WINDOW:
        return False
    if len(_MARKER_GATE.findall(text)) < _FRENCH_IN_WINDOW:
        return False
    if _MOVEMENT_GATE.search(text):
        text = _MOVEMENTS_KEPT.sub(" ", text)  # "the Ségur de la santé", kept in French
    words = WORD_RE.findall(_KEPT_AS_IS.sub(" ", _mark_acronyms(text)))
    marks = [
        word[0].islower() and _marked_french(word) and not _inside_kept_name(words, i)
        for i, word in enumerate(words)
    ]
    return any(sum(marks[i : i + _WINDOW]) >= _FRENCH_IN_WINDOW for i in range(len(marks)))


def _without_links(text: str) -> str:
    """A text with its URLs, bare domains (energie.gouv.bj), e-mail addresses and social
    media handles (@traore_officiel_bf) blanked, and the names of movements that English keeps
    in French (Debout sur les remparts)."""
    if "." in text:
        text = _URL.sub(" ", _EMAIL.sub(" ", text))  # the address first: its domain is no site
    if "@" in text:
        text = _HANDLE.sub(" ", text)
    return _MOVEMENTS_KEPT.sub(" ", text) if _MOVEMENT_GATE.search(text) else text


# An account's handle, copied as it is: @traore_officiel_bf.
_HANDLE = re.compile(r"(?<![\w.])@\w+")


# Civic movements of the region that English press names in French: Yerewolo – Debout sur
# les remparts (Mali), le Balai citoyen (Burkina Faso), Tournons la page, Y'en a marre; the
# papers Niamey et les 2 jours and Le Quotidien du médecin; and the overseas channels of
# France Télévisions (Mayotte la 1ère, Réunion La 1re); France's yearly Fête de la musique,
# Fête du cinéma and Printemps du cinéma; the Ségur de la santé, the health accords of 2020.
_MOVEMENTS_KEPT = re.compile(
    r"Debout sur les remparts|Balai citoyen|Tournons la page|Y['’]en a marre|\bla 1(?:ère|re)\b"
    r"|Niamey et les 2 jours|Quotidien du médecin|Fête (?:de la musique|du cinéma)"
    r"|Printemps du cinéma|Ségur de la santé",
    re.IGNORECASE,
)
_MOVEMENT_GATE = re.compile(
    r"Debout|Balai|Tournons|marre|la 1|2 jours|Quotidien|Fête|Ségur|Printemps", re.IGNORECASE
)


# French phrases that are English's own terms: "peste des petits ruminants" is the disease's
# name in English too, as "chargé d'affaires" is a diplomat's rank.
_FRENCH_TERMS_OF_ENGLISH = re.compile(
    r"\b(?:peste des petits ruminants|chargés? d'affaires|coup de grâce|tour de force"
    r"|raison d'état|cordon sanitaire|fait accompli|force majeure|corps de ballet"
    r"|noms? de guerre|esprit de corps|pièce de résistance)\b",
    re.IGNORECASE,
)


# Minerals French and English name alike (elements in -ium aside): cobalt, graphite, nickel.
_SAME_MINERALS = frozenset(
    "cobalt graphite nickel zinc coltan bauxite".split()  # noqa: SIM905
)


def _french_run(unit: Unit) -> str | None:
    """Lowercase words of the French copied into the English as they stand: three in a row
    (``aucune aide depuis``), or two that are each marked as French (``grève générale``).

    A faithful English sentence shares names and numbers with its French, and now and then a
    word (``transition``, ``situation``), but not a run of lowercase words.
    """
    runs = unit.tgt_runs
    if len(runs) < 2:
        return None
    french_words = set(unit.src_words or LETTER_RUN.findall(unit.src.lower()))
    # Cheap test first: two letter runs in a row, in lower case, both words of the French.
    shared = [r[0].islower() and r in french_words for r in runs]
    if not any(map(bool.__and__, shared, shared[1:])):
        return None
    target = unit.tgt
    if GENERIC_HEAD.search(target) is not None:
        target = blank_kept_names(target, unit.src)
    if "peste" in target or " de " in target or " d'" in target:
        target = _FRENCH_TERMS_OF_ENGLISH.sub(" ", target)
    if _FRENCH_LINK.search(target):
        # the Mouvement pour la refondation, the Société des mines du Liptako
        target = _blank_copied_names(target, unit.src)
    words = WORD_RE.findall(_without_links(_KEPT_AS_IS.sub(" ", _mark_acronyms(target))))
    source = WORD_RE.findall(_without_links(unit.src))
    threes = {tuple(source[i : i + 3]) for i in range(len(source) - 2)}
    twos = {tuple(source[i : i + 2]) for i in range(len(source) - 1)}
    for i in range(len(words) - 1):
        two = tuple(words[i : i + 2])
        if not (two[0][0].islower() and two[1][0].islower()):
            continue
        if _inside_kept_name(words, i):
            continue  # the Maison de la Presse, the Société des mines de l'Aïr
        if not _LATIN.isdisjoint(words[i : i + 3]):
            continue  # persona non grata, de facto, note verbale: Latin and diplomacy's French
        three = tuple(words[i : i + 3])
        if all(w.endswith("ium") or w in _SAME_MINERALS for w in three):
            continue  # holmium, erbium, thulium; cobalt, lithium, graphite: named alike
        if len(three) == 3 and three[2][0].islower() and three in threes:
            return " ".join(three)
        # (two letters alone are a unit's, as in "m3/s", not French elisions)
        if two in twos and len(two[0]) + len(two[1]) > 2 and all(map(_marked_french, two)):
            return " ".join(two)
    return None


# An institution's name the English keeps in French after "the", "'s", "of", a noun that
# describes it ("the housing charity Fondation pour le logement des défavorisés") or, in a
# headline that drops its articles, a preposition, with no capital to close it: "the
# Université de Moncton's Centre de recherche en linguistique appliquée", "Gold Stored at
# Banque malienne de solidarité?". It runs from its head as far as the French has it word
# for word.
_COPIED_HEAD = re.compile(
    r"(?:\b(?:The|[a-z]+)|'s) ((?:"
    + "|".join(sorted(INSTITUTION_HEADS))
    + r")(?![^\W\d_]))"
)
_NEXT_WORD = re.compile(r"\s+[^\s.,;:!?()\"]+")


# The small French words that join a name's parts: a name kept in French has one.
_FRENCH_LINK = re.compile(r" (?:de|du|des|la|le|pour|et|à|en|sur) | d'")


def _blank_copied_names(english: str, french: str) -> str:
    """The English with each institution's name it copies from the French, three words or
    more from its head to the end of a clause, blanked."""
    for m in _COPIED_HEAD.finditer(english):
        start, end, words = m.start(1), m.end(1), 1
        while (after := _NEXT_WORD.match(english, end)) and english[start : after.end()] in french:
            end, words = after.end(), words + 1
        # a name ends its clause, or ends on no small French word before an English one
        # ("the Conférence des grandes écoles complains"); a clause left in French runs on
        # in French or stops on a small word ("the Office du Niger a annoncé que the…")
        if words >= 3 and (
            _CLAUSE_END.match(english, end)
            or english[start:end].rsplit(None, 1)[-1] not in _FRENCH_MARKERS
            and (after is not None and after.group().strip() not in french.split())
        ):
            english = english[:start] + " " * (end - start) + english[end:]
    return english


_POSSESSIVE = re.compile(r"(?<=[^\W\d_])'s\b")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)\"]|$)")


def _french_only_in_copied_names(english: str, french: str) -> bool:
    """Whether the French clause an English text seems to hold is an institution's name it
    keeps in French, with no French word left beside it: "the housing charity Fondation pour
    le logement des défavorisés" (but not "… Banque malienne de solidarité, à Bamako")."""
    if _FRENCH_LINK.search(english) is None:
        return False
    blanked = _blank_copied_names(english, french)
    if blanked == english:
        return False
    if "'s" in blanked:
        blanked = _POSSESSIVE.sub(" ", blanked)  # "Quebec's": no French s' left
    return not any(
        word[0].islower() and _marked_french(word) for word in LETTER_RUN.findall(blanked)
    )


# The last lowercase word of a French name's middle: the Société des mines de l'Aïr.
_NAME_LINKS = frozenset(
    {"de", "du", "des", "la", "le", "l", "d", "et", "pour", "sur", "en", "à", "au", "aux"}
)


def _capitalised(word: str) -> bool:
    """Whether a word is a capitalised one, elided or not (Presse, l'Aïr, d'Ivoire)."""
    return word[0].isupper() or word[1:2] in ("'", "’") and word[2:3].isupper()


# A bracketed acronym after a name kept in French ends the name as a capital would: "the
# Brevet d'études du premier cycle (BEPC)". It stands in the words as this mark.
_ACRONYM_MARK = "Acronymmark"


def _mark_acronyms(text: str) -> str:
    """The text with each bracketed acronym, and each English gloss in square brackets after a
    name kept in French (« Appel à l'islam authentique [Call to Authentic Islam] »), marked as
    the end of a name."""
    if "[" in text:
        text = _SQUARE_GLOSS.sub(" " + _ACRONYM_MARK + " ", text)
    if "(" not in text:
        return text
    return BRACKETED_ACRONYM.sub(" " + _ACRONYM_MARK + " ", text)


_SQUARE_GLOSS = re.compile(r"\[[A-Z][^\[\]]{0,80}\]")


def _inside_kept_name(words: list[str], i: int) -> bool:
    """Whether the lowercase ``words[i]`` is the middle of a name kept in French: between two
    capitalised words, two lowercase words at most, or three ending in de, la, des..."""
    if words[i][0].isupper():
        return False
    start = i
    while start > 0 and not _capitalised(words[start - 1]):
        start -= 1
    end = i
    while end < len(words) and not _capitalised(words[end]):
        end += 1
    if (
        start > 0
        and i - start < 3
        and words[start - 1] in FRENCH_PLACE_HEADS
        and words[start] in _NAME_LINKS
    ):
        return True  # the Palais de la démocratie, the Maison de la presse
    if start == 0 or end == len(words):
        return False
    run = words[start:end]
    if words[end] == _ACRONYM_MARK or words[end + 1 : end + 2] == [_ACRONYM_MARK]:
        # A name its acronym closes, right after it or after the name's last capitalised
        # word (the Société du patrimoine des mines du Niger (Sopamin), the Société malienne
        # de gestion de l'eau potable (SOMAGEP)): longer runs too, and longer still after an
        # institution's noun (the Société de recherche et d'exploitation des ressources
        # minérales du Mali (SOREM-Mali)).
        return len(run) <= 7 or len(run) <= 9 and words[start - 1] in INSTITUTION_HEADS
    return len(run) <= 2 or len(run) == 3 and run[-1] in _NAME_LINKS


_LATIN = frozenset(
    """
    persona non grata facto jure hoc interim quo statu status priori posteriori extremis mea
    culpa modus vivendi operandi versa manu militari bona fide sine die vice ex officio
    verbale verbales
    """.split()  # noqa: SIM905
)


def _marked_french(word: str) -> bool:
    return word in _FRENCH_MARKERS or bool(_ACCENTED.search(word)) and word not in _BORROWED


def check_unchanged(unit: Unit) -> str | None:
    """Report a translation that is the French left as is, or is still partly French."""
    if unit.tgt.strip() == unit.src.strip():
        if _is_names_only(unit.src):
            return None
        return "the English is the French text unchanged"
    target, runs = unit.tgt, unit.tgt_runs
    if "/" in target:
        # a page's address keeps its French words: …/le-gouvernement-durcit-le-ton
        target = _URL.sub(" ", target)
        runs = LETTER_RUN.findall(target)
    count, share = _french_share(target, runs)
    if count >= 3 and share >= 0.15:
        # The Société des mines de l'Aïr: a name kept in French holds French words.
        words = WORD_RE.findall(_KEPT_AS_IS.sub(" ", _mark_acronyms(target)))
        kept = [w for i, w in enumerate(words) if not _inside_kept_name(words, i)]
        if len(kept) < len(words):
            runs = LETTER_RUN.findall(" ".join(kept))
            count, share = _french_share(" ".join(kept), runs)
            share = count / max(len(target.split()), 1)
    if count >= 3 and share >= 0.15:
        # A lone letter is French only as an elision (l'armée), not in a.m. or Niamey's.
        singles = sum(1 for r in runs if len(r) == 1 and r in _FRENCH_ONLY)
        if singles:
            lost = singles - min(singles, len(_ELISION.findall(target)))
            count -= lost
            share -= lost / max(len(target.split()), 1)
    if count >= 3 and share >= 0.15 and not _is_names_only(unit.src):
        return f"the English looks like French ({count} French words such as 'les', 'dans')"
    if _has_french_clause(target, runs) and not _french_only_in_copied_names(target, unit.src):
        return "part of the English is still French"
    copied = _french_run(unit)
    if copied is not None:
        return f"part of the English is still French: '{copied}'"
    quoted = _quotation_left_in_french(unit)
    if quoted is not None:
        return f"a quotation is still in French: '{quoted}'"
    return None


_QUOTED = re.compile(r'"([^"]+)"')
# English may quote in single marks (British style), folded to '…' as _KEPT_AS_IS reads them.
_QUOTED_IN_ENGLISH = re.compile(r'"([^"]+)"|' + _SINGLE_QUOTED)
# A slogan may stay in French ("la patrie ou la mort"); a quoted sentence is translated.
_MIN_QUOTED_WORDS = 6


def _quotation_left_in_french(unit: Unit) -> str | None:
    """A quotation of the French, six words or more, found as it stands in the English."""
    if '"' not in unit.tgt and "‘" not in unit.target:
        return None
    french = {" ".join(WORD_RE.findall(m.group(1))) for m in _QUOTED.finditer(unit.src)}
    for m in _QUOTED_IN_ENGLISH.finditer(unit.tgt):
        words = WORD_RE.findall(m.group(1) or m.group(2))
        if len(words) >= _MIN_QUOTED_WORDS and " ".join(words) in french:
            if _GLOSS_AFTER.match(unit.tgt, m.end()):
                continue  # kept in French with its translation beside it, in brackets
            if not any(_marked_french(w.lower()) for w in words):
                continue  # « In the Heart of the Moon »: an English title the French quotes
            return " ".join(words[:4]) + " …"
    return None


_GLOSS_AFTER = re.compile(r"\s*\([^()]*[^\W\d_][^()]*\)")


URLS = Check("urls", "A URL of the French missing or altered in English.", ERROR, check_urls)
EMAILS = Check(
    "emails", "An e-mail address of the French missing or altered in English.", ERROR,
    check_emails,
)  # fmt: skip
WHITESPACE = Check(
    "whitespace", "Leading, trailing or double spaces, tabs, French spacing in English.",
    WARNING, check_whitespace,
)  # fmt: skip
CHARS = Check(
    "chars", "Control or XML-invalid characters, U+FFFD, invisible characters, mojibake.", ERROR,
    check_chars,
)  # fmt: skip
DOUBLEWORDS = Check(
    "doublewords", 'A word typed twice in a row ("the the").', WARNING, check_doublewords
)
LENGTH = Check(
    "length", "English far shorter or longer than the French (a paragraph as one word).",
    WARNING, check_length,
)  # fmt: skip
UNCHANGED = Check(
    "unchanged", "The French left as is, or an English text that is still French.", ERROR,
    check_unchanged,
)  # fmt: skip
CHECKS = (URLS, EMAILS, WHITESPACE, CHARS, DOUBLEWORDS, LENGTH, UNCHANGED)
