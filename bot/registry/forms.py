"""Forms residents type for official street and city names.

Folding collapses the accusative/instrumental ('Piotrkowską') onto the nominative; what is
left to generate are the genitive/locative of adjective names ('Piotrkowskiej', 'Zielonej'),
the locative of '-ia' nouns ('Retkini') and the usual city cases ('w Zgierzu', 'z Pabianic').
"""

from __future__ import annotations

from itertools import product

from bot.registry.normalize import words
from bot.registry.vocabulary import canonical

# Prefixes of official names and the inflected words residents use for them.
PREFIX_WORDS = frozenset(
    [
        "ul",
        "ulica",
        "ulicy",
        "ulice",
        "ulic",
        "ulicach",
        "ulicami",
        "al",
        "aleja",
        "alei",
        "aleje",
        "alejach",
        "alejami",
        "pl",
        "plac",
        "placu",
        "placem",
        "os",
        "osiedle",
        "osiedlu",
        "osiedla",
        "osiedlem",
        "rondo",
        "ronda",
        "rondzie",
        "rondem",
        "skwer",
        "skweru",
        "skwerze",
    ]
)

# Irregular city forms that the generic rules below do not produce.
_CITY_IRREGULAR = {"lodz": ["lodzi", "lodzia"]}


def token_forms(token: str) -> set[str]:
    forms = {token}
    if token.isdigit() or len(token) < 3:
        return forms
    if token.endswith(("ka", "ga")):
        forms.add(token[:-1] + "iej")
    elif token.endswith("ia"):
        forms.update({token[:-1] + "ej", token[:-1], token[:-2] + "ii"})
    elif token.endswith("a"):
        forms.add(token[:-1] + "ej")
    elif token.endswith(("ie", "e")) and len(token) > 4:  # 'Osiedle Kozinki'-style nouns
        forms.add(token[:-1] + "u")
    return forms


def name_words(official: str) -> list[str]:
    """'al. Tadeusza Kościuszki' -> ['tadeusza', 'kosciuszki'] (prefix dropped);
    'ul. Księdza I. Skorupki' -> ['ks', 'i', 'skorupki'] (titles canonical)."""
    tokens = canonical(words(official))
    while tokens and tokens[0] in PREFIX_WORDS:
        tokens = tokens[1:]
    return tokens


def street_keys(official: str) -> set[tuple[str, ...]]:
    """Every word sequence that names this street: the full name, its trailing words
    ('Kościuszki' for 'Tadeusza Kościuszki'), first + last word, each word inflected."""
    tokens = name_words(official)
    if not tokens:
        return set()
    variants: list[list[str]] = [tokens[i:] for i in range(len(tokens))]
    if len(tokens) > 2:
        variants.append([tokens[0], tokens[-1]])
    keys: set[tuple[str, ...]] = set()
    for variant in variants:
        # A lone number or a short word ('ii', 'maja' of '3 Maja') is not a street name.
        if len(variant) == 1 and (variant[0].isdigit() or len(variant[0]) < 4):
            continue
        if len(variant) < len(tokens) and len(variant) == 1 and tokens[0].isdigit():
            continue
        keys.update(product(*(sorted(token_forms(t)) for t in variant)))
    return keys


def city_forms(city: str) -> set[str]:
    folded = " ".join(words(city))
    forms = {folded}
    if " " in folded:
        return forms
    forms.update(_CITY_IRREGULAR.get(folded, []))
    if folded.endswith("e"):  # Pabianice -> Pabianicach, Pabianic
        forms.update({folded[:-1] + "ach", folded[:-1]})
    elif folded.endswith("a"):  # Łęczyca-type -> w Łęczycy
        forms.update({folded[:-1] + "y", folded[:-1] + "e"})
    else:  # Zgierz -> w Zgierzu, do Zgierza
        forms.update({folded + "u", folded + "a", folded + "ie"})
    return forms
