"""Towns of Poland that are not in the registry, so that 'Piotrkowska 10, Kraków' is answered
'not in this bot's area' instead of with the officer of Piotrkowska in Łódź.

The list (data/towns_pl.txt) holds nominatives; `town_forms` adds the cases residents write
('w Krakowie', 'z Tomaszowa Mazowieckiego', 'w Zielonej Górze'). It over-generates on purpose:
a form is only looked for where a town is expected (see resolve.py).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from bot.registry.normalize import words

TOWNS_FILE = Path(__file__).parent / "data" / "towns_pl.txt"

# Towns whose names are everyday words ('koło' = near, 'nowe' = new): only after 'w', 'z' or
# 'miejscowość', never from position alone.
COMMON_WORDS = frozenset(
    [
        "nowe", "kolo", "ruda", "gora", "biala", "brzeg", "pila", "ryki", "wisla", "hel",
        "police", "slawa", "lapy", "skala", "dobra", "ujscie", "warta", "zduny", "lipno",
        "dabie", "reda", "puck", "kock", "warka", "leba", "mirsk", "ustka", "sopot",
        "ostrow", "wolow", "rydzyna", "zagorz", "gorzno", "szczytna", "zelow", "bystrzyca",
        "bielsk", "pieszyce", "krynica", "lubien", "lask", "jedwabne", "sulejow", "kalisz",
        "most", "glowno", "miasteczko", "radlow", "bierun", "bolkow", "czarna", "biecz",
        "bircza", "debno",
    ]
)


def word_forms(word: str) -> set[str]:
    """Case forms of one folded word of a town's name (adjectives and nouns alike)."""
    forms = {word}
    if len(word) < 3:
        return forms
    if word.endswith("ki"):  # Mazowiecki, Lubelski (adjectives) or Koluszki, Suwałki (plurals)
        forms |= {word + "m", word + "ego", word[:-1] + "iego"}
    if word.endswith(("ska", "cka", "zka")):  # Podlaska, Śląska
        forms |= {word[:-1] + "iej", word[:-1] + "a"}
    if word.endswith("ow"):  # Kraków, Tomaszów
        forms |= {word + "ie", word + "a", word + "em"}
    elif word.endswith("e"):  # Pabianice, Katowice, Kielce
        forms |= {word[:-1] + "ach", word[:-1]}
    elif word.endswith(("i", "y")):  # Koluszki, Suwałki, Tychy, Brzeziny
        forms |= {word[:-1] + "ach", word[:-1] + "ow", word + "ch"}
    elif word.endswith("a"):  # Warszawa, Łęczyca, Góra, Wola, Biała (adjective)
        stem = word[:-1]
        forms |= {stem + "y", stem + "e", stem + "i", stem + "ie", stem + "ej", stem + "a"}
        if stem.endswith("k"):
            forms.add(stem[:-1] + "ce")
        if stem.endswith("g"):
            forms.add(stem[:-1] + "dze")
        if stem.endswith("r"):
            forms.add(stem + "ze")
    elif word.endswith("o"):  # Kutno, Radomsko, Opoczno
        forms |= {word[:-1] + "ie", word[:-1] + "u", word[:-1] + "a"}
    elif word.endswith("n"):  # Poznań, Lublin, Wieluń
        forms |= {word + "iu", word + "ia", word + "ie", word + "u", word + "a"}
    else:  # Zgierz, Gdańsk, Wrocław, Sieradz
        forms |= {word + "u", word + "a", word + "ie", word + "iu", word + "em"}
    return forms


def town_forms(town: str) -> set[tuple[str, ...]]:
    parts = words(town.replace("-", " "))
    if not parts:
        return set()
    result: set[tuple[str, ...]] = {()}
    for part in parts:
        result = {(*prefix, form) for prefix in result for form in word_forms(part)}
    return result


@lru_cache(maxsize=1)
def polish_towns() -> tuple[str, ...]:
    if not TOWNS_FILE.exists():
        return ()
    lines = TOWNS_FILE.read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=8)
def foreign_town_index(covered: frozenset[str]) -> dict[tuple[str, ...], str]:
    """Every case form of every Polish town not covered by the registry -> its name."""
    covered_folded = {" ".join(words(c)) for c in covered}
    index: dict[tuple[str, ...], str] = {}
    for town in polish_towns():
        if " ".join(words(town)) in covered_folded:
            continue
        for form in town_forms(town):
            index.setdefault(form, town)
    return index
