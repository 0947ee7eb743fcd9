"""Words of street names that residents write in more than one way.

Official names abbreviate titles ('ul. Ks. Ignacego Skorupki', 'pl. Gen. J. Dąbrowskiego',
'ul. Rewolucji 1905 r.'); residents write them out ('księdza Skorupki', 'Rewolucji 1905 roku')
or drop them, and write dates in street names as words ('szóstego sierpnia' for '6 Sierpnia').
Both the index and the typed text are brought to one canonical form with `canonical`, so every
spelling meets every other.
"""

from __future__ import annotations

# Title -> its canonical abbreviation. Keys are folded (no diacritics, lower case).
_TITLES = {
    "ks": "ks", "ksiedza": "ks", "ksiadz": "ks", "ks.": "ks",
    "gen": "gen", "generala": "gen", "general": "gen", "gen.": "gen",
    "sw": "sw", "swietego": "sw", "swietej": "sw", "swiety": "sw", "swieta": "sw",
    "swietych": "sw",
    "marsz": "marsz", "marszalka": "marsz", "marszalek": "marsz",
    "kard": "kard", "kardynala": "kard",
    "abp": "abp", "arcybiskupa": "abp", "bp": "bp", "biskupa": "bp",
    "prof": "prof", "profesora": "prof", "dr": "dr", "doktora": "dr",
    "plk": "plk", "pulkownika": "plk", "ppl": "ppl", "podpulkownika": "ppl",
    "mjr": "mjr", "majora": "mjr", "kpt": "kpt", "kapitana": "kpt",
    "por": "por", "porucznika": "por", "hm": "hm", "harcmistrza": "hm",
    "hetm": "hetm", "hetmana": "hetm", "krol": "krol", "krola": "krol", "krolowej": "krolowej",
}
TITLE_WORDS = frozenset(_TITLES.values())
# 'Rewolucji 1905 r.' / 'Rewolucji 1905 roku' / 'Rewolucji 1905': the year's word is dropped.
YEAR_WORDS = frozenset({"r", "roku", "rok"})

_UNITS = {
    "pierwszego": 1, "drugiego": 2, "trzeciego": 3, "czwartego": 4, "piatego": 5,
    "szostego": 6, "siodmego": 7, "osmego": 8, "dziewiatego": 9,
}
_TEENS = {
    "dziesiatego": 10, "jedenastego": 11, "dwunastego": 12, "trzynastego": 13,
    "czternastego": 14, "pietnastego": 15, "szesnastego": 16, "siedemnastego": 17,
    "osiemnastego": 18, "dziewietnastego": 19,
}
_TENS = {"dwudziestego": 20, "trzydziestego": 30}

# Given names in street names ('Jana Kilińskiego'): never a street's distinctive word alone.
GIVEN_NAMES = frozenset(
    [
        "jana", "janusza", "jozefa", "adama", "stanislawa", "tadeusza", "henryka",
        "juliana", "ludwika", "gabriela", "mikolaja", "stefana", "romualda", "ignacego",
        "marii", "anny", "pawla", "piotra", "andrzeja", "wojciecha", "kazimierza",
        "wladyslawa", "zygmunta", "boleslawa", "jaroslawa", "aleksandra", "karola",
        "franciszka", "antoniego", "tomasza", "krzysztofa", "marcina", "michala", "jerzego",
        "jozefy", "heleny", "zofii", "wandy", "jadwigi", "barbary", "krystyny", "elzbiety",
        "ewy", "teresy", "katarzyny", "marka", "lukasza", "mateusza", "jakuba", "filipa",
        "szymona", "bartlomieja", "macieja", "tytusa", "juliusza", "leona", "wincentego",
        "witolda", "waclawa", "zbigniewa", "ryszarda", "edwarda", "feliksa", "emilii",
        "marcelego", "leopolda", "eugeniusza", "bronislawa", "czeslawa", "kornela",
        "seweryna", "augusta",
    ]
)


def canonical(words: list[str]) -> list[str]:
    """Titles abbreviated, day ordinals as digits, year words dropped (folded input)."""
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i].rstrip(".")
        if word in _TENS:
            value = _TENS[word]
            if i + 1 < len(words) and words[i + 1] in _UNITS:
                value += _UNITS[words[i + 1]]
                i += 1
            out.append(str(value))
        elif word in _TEENS:
            out.append(str(_TEENS[word]))
        elif word in _UNITS and i + 1 < len(words) and words[i + 1].isalpha():
            # 'szostego sierpnia'; a lone 'drugiego' is left alone
            out.append(str(_UNITS[word]))
        elif word in YEAR_WORDS and out and out[-1].isdigit() and len(out[-1]) == 4:
            pass
        else:
            out.append(_TITLES.get(word, word))
        i += 1
    return out
