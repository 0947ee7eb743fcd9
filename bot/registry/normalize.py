"""Text folding shared by the importer and the resolver."""

from __future__ import annotations

import re
import unicodedata

# NFKD does not decompose these letters.
_EXTRA = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "đ": "d"})
_NON_WORD = re.compile(r"[^\w/]+")


def fold(text: str) -> str:
    """Lower-case, strip diacritics (ł too): 'Łódź' -> 'lodz'."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_EXTRA).lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """Folded words; punctuation separates, '/' is kept for flat numbers."""
    return [w for w in _NON_WORD.sub(" ", fold(text)).replace("_", " ").split() if w]
