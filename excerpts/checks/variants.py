"""Spelling variants of a name: a transliteration (Prigojine, Prigozhin) or a misspelling (Bazum).

French and English transliterate Russian and Arabic names by different conventions: French
writes ``j``, ``ch``, ``tch``, ``gu`` + e/i where English writes ``zh``, ``sh``, ``ch``, ``g``.
Those consonant conventions are *distinctive*: a slip of the keyboard does not produce them.
Vowel spellings (``ou``/``u``, ``i``/``y``), doubled letters and a final ``e`` also differ
between the two conventions, but they are exactly the slips a translator makes (Bazoum →
Bazum, Mody → Modi), so on their own they make a variant acceptable only in a name with a
Russian ending, whose ou and final i are English u and y (Kourbatova, Kurbatova). A pair of
spellings is a transliteration when the distinctive rules are needed to make them agree and
the weak ones then finish the job.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from excerpts.checks.normalize import strip_diacritics

# Placeholders stand for one sound whatever its spelling: S = sh, C = ch (English), Z = zh.
# French dj stays dj in English in the region's names (Djibo, Bendjama, Abdelmadjid); where
# English writes j (Djeddah, Jeddah) the tables say so.
# A word-initial iou, you, ia, io (Iouri, Youssov, Iakoutsk) is English yu, ya, yo (Yuri,
# Yusov, Yakutsk).
# (A dh is spelled alike in both, Diédhiou is no Diédiou; Kadhafi's Gaddafi is the table's.)
_FRENCH_DISTINCTIVE = re.compile(r"^iou|^you|^ia|^io|^ie|tch|ch|j|gu(?=[eiy])")
_FRENCH_SOUNDS = {"iou": "Yu", "you": "Yu", "ia": "Ya", "io": "Yo", "ie": "e", "tch": "C",
                  "ch": "S", "j": "Z", "gu": "g"}  # fmt: skip
# French tch and gu (before e or i) are English ch and g in Russian names only (Gorbatchev,
# Evgueni); elsewhere they are spelled alike in both (Kantchari, Pagbelguem), so tch is a
# sound of its own (T), neither ch nor sh (Tchiroma is not Tshiroma).
_FRENCH_DISTINCTIVE_NOT_RUSSIAN = re.compile(r"^iou|^you|^ia|^io|^ie|tch|ch|j")
_FRENCH_SOUNDS_NOT_RUSSIAN = {**_FRENCH_SOUNDS, "tch": "T"}
_ENGLISH_DISTINCTIVE = re.compile(r"^yu|^ya|^yo|^ye|ch|sh|zh|j")
_ENGLISH_SOUNDS = {"yu": "Yu", "ya": "Ya", "yo": "Yo", "ye": "e", "ch": "C", "sh": "S",
                   "zh": "Z", "j": "J"}  # fmt: skip
_WEAK = re.compile(r"ou|oo|ph|ck|q|y")
_WEAK_SOUNDS = {"ou": "u", "oo": "u", "ph": "f", "ck": "k", "q": "k", "y": "i"}
_DOUBLED = re.compile(r"(.)\1+")
_FINAL_E = re.compile(r"e$")

# How close a capitalised English word must be to a French name to be taken as its spelling.
SIMILAR_ENOUGH = 0.7


def _plain(word: str) -> str:
    return strip_diacritics(word).lower()


def _soft_as_y(m: re.Match[str]) -> str:
    return "yo" if m.group(0) == "io" else "y"


def _soft_as_e(m: re.Match[str]) -> str:
    return "e" if m.group(0) == "io" else "y"


def _weak_sounds(plain: str) -> str:
    """A spelling with the vowel and letter conventions folded, doubled letters kept."""
    return _WEAK.sub(lambda m: _WEAK_SOUNDS[m.group(0)], plain)


def _weak(plain: str) -> str:
    """A spelling with the conventions both languages vary in (and slips produce) folded."""
    return _FINAL_E.sub("", _DOUBLED.sub(r"\1", _weak_sounds(plain)))


def _french_key(plain: str, russian: bool = True) -> str:
    if russian:
        pattern, sounds = _FRENCH_DISTINCTIVE, _FRENCH_SOUNDS
    else:
        pattern, sounds = _FRENCH_DISTINCTIVE_NOT_RUSSIAN, _FRENCH_SOUNDS_NOT_RUSSIAN
    return _weak(pattern.sub(lambda m: sounds[m.group(0)], plain))


def _english_key(plain: str) -> str:
    return _weak(_ENGLISH_DISTINCTIVE.sub(lambda m: _ENGLISH_SOUNDS[m.group(0)], plain))


# An ï after a vowel, which English may write ei (Esmaïl, Esmaeil).
_VOWEL_DIAERESIS = re.compile(r"([aeo])ï")


# The French -ine of a Russian surname, English -in: a consonant before it, seven letters or more.
_RUSSIAN_INE = re.compile(r"^.{3,}[^aeiouy]ine$")
# (and its signs before it: k, j, ch, ou, gu, a soft vowel, sh, z)
_RUSSIAN_STEM = re.compile(r"[kj]|ch|ou|gu|ia|io|ie|sh|z")


def _russian_ch(french: str) -> str:
    """A Russian name's French ch written as English writes it (sh), its tch as ch."""
    if "ch" not in french:
        return french
    return french.replace("tch", "\0").replace("ch", "sh").replace("\0", "ch")


# Polish spelling, which French and English both keep as it is (Romanowski, not the Russian
# -sky; Gawkowski, Łukaszewicz): its own letters and its -wski, -wicz, -cki.
POLISH_LETTER = re.compile("[łŁśŚżŻźŹńŃęąćĆ]")
_POLISH = re.compile(POLISH_LETTER.pattern + r"|w(?:ski|ska|icz)$|cki$")


def is_transliteration(french: str, english: str, transliterated_name: bool = False) -> bool:
    """Whether an English spelling renders a French name by transliteration conventions.

    ``Prigojine``/``Prigozhin``, ``Evgueni``/``Yevgeny``, ``Gorbatchev``/``Gorbachev`` are;
    ``Bazoum``/``Bazum`` and ``Mody``/``Modi`` are not (vowel and doubling slips only), nor is
    ``Diop``/``Diob``.
    """
    fr, en = _plain(french), _plain(english)
    if fr == en:
        return True
    if _POLISH.search(french) is not None:
        return False  # Romanowski, Kosiniak-Kamysz: a name spelled in its own Latin alphabet
    if _VOWEL_DIAERESIS.search(french) and _VOWEL_DIAERESIS.sub(r"\1ei", french.lower()) == en:
        return True  # a Persian name's vowels: Esmaïl written Esmaeil, as Iran's press does
    # Iou-/Yu-, Ie-/Ye- are conventions, not slips, though ou/u and i/y alone would be; so are
    # a soft vowel's French io or ï (Artiom/Artyom, Koureïev/Kureyev) written y in English.
    initial_y = (
        fr[:2] in ("io", "ia", "yo", "ie")
        and en[:2] in ("yu", "ya", "yo", "ye")
        and fr[:2] != en[:2]  # Youssouf written Yousouf: the same start, a slip after it
    )
    if _SOFT_VOWEL.search(french.lower()) and _ENGLISH_Y.search(en):
        soft = _plain(_SOFT_VOWEL.sub(_soft_as_y, french.lower()))
        if _weak_sounds(soft) == _weak_sounds(en):
            return True  # letter for letter once the soft vowels are y: not Andriï/Andry
    if "io" in fr and _SOFT_VOWEL.search(french.lower()):
        yo_as_e = _plain(_SOFT_VOWEL.sub(_soft_as_e, french.lower()))
        if _weak_sounds(yo_as_e) == _weak_sounds(en):
            return True  # Russian ё written e, as English often does: Artiom/Artem
    if (
        _RUSSIAN_INE.search(fr)
        and en.endswith("in")
        # another sign of Russian before the -ine (Fedianine, Outkine, Prigojine), or the pair
        # says so: Jean-Marc Aveline is no Avelin
        and (transliterated_name or _RUSSIAN_STEM.search(fr[:-3]) is not None)
        and _weak(en) in (_weak(fr[:-1]), _weak(_russian_ch(fr[:-1])))
    ):
        # Russian surnames: Fedianine/Fedyanin, Outkine/Utkin, Filachkine/Filashkin (French ch
        # is English sh, French tch English ch); not Zeine, Lamine
        return True
    if fr.endswith("iov") and en.endswith("ev") and _weak(fr[:-3]) == _weak(en[:-2]):
        return True  # Russian -ёв: Tsiviliov/Tsivilev (English also writes -yov, a soft vowel)
    transliterated = transliterated_name or "kh" in fr or _RUSSIAN_ENDING.search(fr) is not None
    english_vowels = _FINAL_IY.sub("y", en).replace("dj", "j")
    if transliterated and not _russian_spellings(french).isdisjoint(
        (
            english_vowels,
            _CONSONANT_IA.sub("ya", english_vowels),  # Ukrainian keeps ia: Koupiansk, Kupiansk
            _IYE.sub("ie", english_vowels),  # Azerbaijani -iyev, French -iev: Aliev, Aliyev
        )
    ):
        # Russian u, ya and final y, written ou, ia and i in French: Kourbatova; a name with a
        # kh is transliterated too, from Russian, Ukrainian or Arabic (Soubkh, Moukhtar).
        return True
    if _weak(fr) == _weak(en) and not initial_y:
        return False
    if (
        "ch" in fr
        and "sh" in en
        and not _OTHER_MARKS.search(_LONE_CH.sub("", fr))
        and _RUSSIAN_ENDING.search(fr) is None  # Rechetnikov/Reshetnikov
    ):
        # Chevtchenko/Shevchenko is transliterated throughout; Farchana, a Chadian town
        # written the French way in English too, is not Farshana.
        return False
    # (Évgueni starts as Evgueni does: an accented capital read without its accent too)
    russian = (
        _RUSSIAN_SIGNS.search(french.lower()) is not None
        or french[:1] == "É" and _RUSSIAN_SIGNS.search(fr) is not None
        # a name the pair or its ending shows transliterated takes Russian's consonants too:
        # Vovtchansk, Vovchansk; Kravtchouk, Kravchuk
        or transliterated
    )
    if russian and fr.endswith("ine") and en.endswith("ine"):
        # A Russian -ine is English -in (Douguine, Dugin): a name whose English keeps -ine
        # needs another sign to be read as Russian (Séguédine is no Ségédine).
        russian = _RUSSIAN_SIGNS.search(french.lower()[:-3]) is not None
    return _french_key(fr, russian) == _english_key(en)


_ARABIC_SPELLINGS = (("ch", "sh"), ("dj", "j"), ("q", "k"), ("ou", "u"))
_U_BEFORE_VOWEL = re.compile(r"u(?=[aeiy])")


def _arabic_spelling(word: str) -> str:
    plain = _plain(word)
    for french, english in _ARABIC_SPELLINGS:
        plain = plain.replace(french, english)
    # A u sound before a vowel is the consonant w, however written: al-Barnaoui, al-Barnawi.
    return _U_BEFORE_VOWEL.sub("w", plain)


_VOWELS = re.compile(r"[aeiouy]+")
# Names of the same consonants that are two names, not two spellings of one: Saleh (Salih)
# is no Salah.
_OTHER_NAMES = frozenset({frozenset({"saleh", "salah"})})


def same_arabic_consonants(french: str, english: str) -> bool:
    """Whether two spellings of a transliterated Arabic name have the same consonants, French
    and English conventions made one (al-Chati/al-Shati, al-Joufra/al-Jufra, al-Burhane/
    al-Burhan), and the French's a and u sounds kept: its e is written many ways (el-Béchir/
    al-Bashir, Abdelaziz/Abdulaziz), an a or a u is not (al-Khulaifi is no al-Khalifi), nor
    an i (al-Bachir is no al-Bashur)."""
    fr, en = _arabic_spelling(french), _arabic_spelling(english)
    if _VOWELS.sub("", fr) != _VOWELS.sub("", en):
        return False
    if frozenset((fr.rpartition("-")[2], en.rpartition("-")[2])) in _OTHER_NAMES:
        return False
    kept = iter(_open_vowels(english))
    if not all(vowel in kept for vowel in _open_vowels(french)):
        return False
    # The consonants are the same, so the vowels between them pair up one for one. An i of
    # the French stays an i or a y (el-Geneina is no el-Genena; Cheikh is Shaykh), and two
    # vowels swapped are a slip, no convention (El-Obeid is no El Obied).
    return not any(
        fr_vowels and set(fr_vowels) <= set("iy") and not set(en_vowels) <= set("iey")
        or "i" in fr_vowels and not set(en_vowels) & set("iy")
        or len(fr_vowels) == 2 and fr_vowels[0] != fr_vowels[1] and en_vowels == fr_vowels[::-1]
        for fr_vowels, en_vowels in zip(_vowel_slots(fr), _vowel_slots(en), strict=True)
    )


def _vowel_slots(plain: str) -> list[str]:
    """The vowels before, between and after a spelling's consonants, one string per gap."""
    return _CONSONANT.split(plain)


_CONSONANT = re.compile(r"[^aeiouy]")


_OU_BEFORE_VOWEL = re.compile(r"ou(?=[aeiy])")  # al-Sahraoui, al-Sahrawi


def _open_vowels(word: str) -> str:
    """A name's a and u sounds in order, o and ou counted as u and doubled letters as one."""
    plain = _OU_BEFORE_VOWEL.sub("w", _plain(word)).replace("ou", "u").replace("o", "u")
    return "".join(c for c in _DOUBLED_VOWEL.sub(r"\1", plain) if c in "au")


_DOUBLED_VOWEL = re.compile(r"([au])\1+")  # al-Chabab, al-Shabaab


# Signs that a name is Russian, where French gu before e or i is English g (Evgueni, Sergueï)
# and French tch English ch (Gorbatchev, Tchekhov).
_SURNAME_ENDINGS = r"(?:ov|ova|ev|eva|ine|ski|vitch|enko)"
# (and Ukrainian -iv: Tchassiv Iar, Chasiv Yar)
_RUSSIAN_SIGNS = re.compile(rf"ï|ë|kh|^ev|^ie|^io|io|ie[vf]|(?:{_SURNAME_ENDINGS}|stvo|iv)$")
_RUSSIAN_SURNAME = re.compile(rf"[A-ZÀ-Þ][^\W\d_]*{_SURNAME_ENDINGS}$")


def is_russian_surname(word: str) -> bool:
    """Whether a capitalised word ends as Russian surnames do (Perfilev, Averianov)."""
    return _RUSSIAN_SURNAME.match(word) is not None


# The endings of Russian surnames, words and towns, surer signs than a letter such as ï
# (Abaïfouta): Kourbatova, Rousski, Koursk, Nijni Novgorod; Armenian -ian (Simonian); and
# Ukrainian -yn and -iv (Sviatochyn, Tchassiv), which English writes so too.
_RUSSIAN_ENDING = re.compile(
    r"(?:ov|ova|ovo|ev|eva|evo|ski|vitch|enko|stvo|sk|grad|gorod|ian|yn|iv|chouk|iouk)$"
)


_FINAL_I = re.compile(r"i$")
_FINAL_IY = re.compile(r"iy$")  # English writes a Russian final -ий -iy or -y: Russkiy, Russky


_CONSONANT_IA = re.compile(r"(?<=[bcdfghjklmnpqrstvwxz])ia")


# In a transliterated name, an ï after a vowel and before a consonant is English y, and dj is
# English j (Baïramov, Bayramov; Hadjiev, Hajiyev; Djeyhoun, Jeyhun): the Russian and Turkic
# names of the Caucasus and Central Asia, as French and English press write them.
_DIAERESIS_BEFORE_CONSONANT = re.compile(r"(?<=[aeo])ï(?![aeiouy])")
_IYE = re.compile(r"(?<=[a-z])iye")


# A Russian e after a vowel, which French writes ïe and English ye or e (Fediaïev: Fedyayev,
# Fedyaev).
_IOTATED_E = re.compile(r"(?<=[aeiou])ï(?=e)")


def _iotated_e(french: str) -> tuple[str, ...]:
    """A French spelling, and where it writes a Russian e after a vowel as ïe, the spellings
    with ye and e instead."""
    lower = french.lower()
    if "ï" not in lower or _IOTATED_E.search(lower) is None:
        return (french,)
    return (french, _IOTATED_E.sub("y", lower), _IOTATED_E.sub("", lower))


def _caucasus_spelling(french: str) -> str:
    """A French transliteration spelt as English writes the Caucasus's names, accents aside
    (Baïramov -> bayramov, Hadjiev -> hajiev)."""
    return _plain(_DIAERESIS_BEFORE_CONSONANT.sub("y", french.lower())).replace("dj", "j")


def _russian_spellings(french: str) -> set[str]:
    """The English spellings a transliterated name's French one may stand for: its vowels
    as English writes them, and a double s between vowels, which French writes to keep the
    sound unvoiced, single or kept (Vassyl, Vasyl; Novorossiisk, Novorossiysk)."""
    spellings = {_russian_vowels(_caucasus_spelling(spelling)) for spelling in _iotated_e(french)}
    return spellings | {_SS_BETWEEN_VOWELS.sub("s", spelling) for spelling in spellings}


_SS_BETWEEN_VOWELS = re.compile(r"(?<=[aeiouy])ss(?=[aeiouy])")


def _russian_vowels(plain: str) -> str:
    """A Russian name's French vowels as English writes them: ou is u, ia after a consonant
    ya, ii iy, a final i y and a final e after a consonant nothing (Kourbatova/Kurbatova,
    Averianov/Averyanov, Novorossiisk/Novorossiysk, Vitali/Vitaly, Maxime/Maxim). Not for other
    names: Bazoum/Bazum is a slip."""
    plain = _CONSONANT_IA.sub("ya", plain.replace("ou", "u").replace("ii", "iy"))
    return _FINAL_I.sub("y", _CONSONANT_FINAL_E.sub("", plain))


_CONSONANT_FINAL_E = re.compile(r"(?<=[bcdfghjklmnpqrstvwxz])e$")


# A Russian soft vowel as French writes it: io after a consonant (Artiom, Semionov, Fiodor),
# ï before a vowel (Koureïev) or at the end (Andriï); English writes y there (Artyom, Kureyev,
# Andriy).
_SOFT_VOWEL = re.compile(r"(?<=[bcdfghjklmnpqrstvwxz])io|ï(?=[aeou]|$)")
_ENGLISH_Y = re.compile(r"(?<=[a-z])y(?=[aeou]|$)")


# Signs other than "ch" that a French spelling transliterates a foreign name (El-Facher is
# Arabic by its article).
_OTHER_MARKS = re.compile(r"^iou|^you|^ia|^io|^ie|^el-|^al-|tch|kh|dj|dh|j|gu[eiy]|ou|ï|ë")
_LONE_CH = re.compile(r"(?<!t)ch")


# French writes the Russian short i as ï (Mikhaïl, Sergueï), English as i or y; in a name that
# shows other signs of transliteration, a lost diaeresis is the English convention.
_TRANSLITERATED = re.compile(r"kh|tch|ch|j|gu[eiy]|dh")


def drops_transliteration_diaeresis(french: str, english: str) -> bool:
    """Whether English lost only the ï/ë of a transliterated name (Mikhaïl -> Mikhail)."""
    if _TRANSLITERATED.search(french.lower()) is None:
        return False
    kept = french.replace("ï", "i").replace("ë", "e").replace("Ï", "I")
    return kept == english


def similar(a: str, b: str, enough: float = SIMILAR_ENOUGH) -> bool:
    """Whether two words are spelled alike (a likely misspelling or transliteration)."""
    matcher = SequenceMatcher(None, _plain(a), _plain(b))
    return matcher.real_quick_ratio() >= enough and matcher.ratio() >= enough


# French and English endings of the same Latin word: Indice/Index, Islamique/Islamic,
# Sécurité/Security, Militaire/Military, Statut/Statute, Transformateurs/Transformers.
# Institutions, documents and parties capitalise such words (l'Indice mondial du terrorisme,
# le Statut de Rome, Les Transformateurs), which are not names to carry over letter for letter.
_COGNATE_ENDINGS = (
    ("ice", "ex"), ("ique", "ic"), ("iques", "ics"), ("aire", "ary"), ("aires", "aries"),
    ("ie", "y"), ("ies", "ies"), ("ite", "ity"), ("ites", "ities"), ("eur", "or"),
    ("eurs", "ors"), ("isme", "ism"), ("iste", "ist"), ("istes", "ists"), ("re", "er"),
    ("res", "ers"), ("if", "ive"), ("ifs", "ives"), ("el", "al"), ("els", "als"),
    ("ain", "an"), ("aine", "an"), ("ains", "ans"), ("oire", "ory"), ("amme", "am"),
    ("ut", "ute"), ("uts", "utes"), ("ateur", "er"), ("ateurs", "ers"), ("ateur", "ator"),
    ("ateurs", "ators"), ("ement", "ment"), ("ements", "ments"), ("esse", "ess"),
    # Peoples: Indien/Indian, Égyptiennes/Egyptians, Congolais/Congolese.
    ("ien", "ian"), ("iens", "ians"), ("ienne", "ian"), ("iennes", "ians"), ("ais", "ese"),
    ("aise", "ese"), ("aises", "ese"), ("eme", "em"), ("emes", "ems"), ("ete", "et"),
    ("etes", "ets"),  # Prophète/Prophet, Planète/Planet
    ("ites", "ity"),  # a ministry's field, plural in French: Solidarités/Solidarity
    ("ie", "ia"),  # places: Californie/California, Virginie/Virginia, Tanzanie/Tanzania
    ("een", "ean"), ("eens", "eans"), ("eenne", "ean"),  # Guinéen/Guinean, Européens
    ("ee", "y"), ("ees", "ies"),  # Armée/Army, Assemblées/Assemblies
    ("ome", "oma"), ("omes", "omas"),  # Diplôme/Diploma
    ("ite", "itis"),  # diseases: Hépatite/Hepatitis, Méningite/Meningitis
    ("etre", "eter"),  # Afrobaromètre/Afrobarometer
    ("isation", "ization"), ("isations", "izations"),  # American spelling: Civilizations
    ("iques", "ic"),  # a field, plural in French: le prix Musiques du monde/World Music Prize
    ("ences", "ence"),  # l'UFR Sciences et techniques: the Science and Technology UFR
    ("ion", "ional"),  # an adjective of the noun: l'Interprofession/Interprofessional body
    ("ale", "al"), ("ales", "als"),  # les Bilatérales/the Bilaterals, Nationale/National
    ("ere", "erate"), ("eres", "erates"),  # a party's people: les Modérés/the Moderates
    # Same ending: only the accents differ (Éducation/Education, Conférence/Conference).
    ("ion", "ion"), ("ions", "ions"), ("ence", "ence"), ("ences", "ences"), ("ance", "ance"),
    ("ances", "ances"), ("ment", "ment"), ("ments", "ments"), ("age", "age"), ("ages", "ages"),
    ("ure", "ure"), ("ures", "ures"),  # and their plurals: les Éléments français/French Elements
)  # fmt: skip


# French names for Italian and Spanish towns, whose own names English uses: Bellinzone/Bellinzona,
# Barcelone/Barcelona, Bologne/Bologna, Sienne/Siena.
_EXONYM_ENDINGS = (("one", "ona"), ("ogne", "ogna"), ("enne", "ena"))


def is_place_exonym(french: str, english: str) -> bool:
    """Whether an English place name is the town's own name for the French one's ending."""
    return _same_stem(french, english, _EXONYM_ENDINGS)


def is_cognate(french: str, english: str) -> bool:
    """Whether an English word is the same Latin word as a capitalised French common noun."""
    return _same_stem(french, english, _COGNATE_ENDINGS)


def _same_stem(french: str, english: str, endings: tuple[tuple[str, str], ...]) -> bool:
    """Whether two words differ only by one of ``endings`` (French ending, English ending),
    accents and case aside."""
    fr, en = _plain(french), _plain(english)
    return any(
        fr.endswith(fr_end) and en.endswith(en_end) and fr[: -len(fr_end)] == en[: -len(en_end)]
        for fr_end, en_end in endings
    )
