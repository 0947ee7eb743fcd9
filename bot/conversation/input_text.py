"""What a typed message is cleaned to before anything reads it.

Control characters, zero-width and direction marks carry no meaning for a reader but break
words for the lexicons, the classifier and the street index ('Piotr\u200bkowska'), and a
right-to-left override can disguise a text. They are removed; other Unicode is kept as typed
(composed to NFC, so 'ł' typed as two code points is one letter), and runs of spaces become one.
"""

from __future__ import annotations

import re
import unicodedata

# Longer messages are not read: they are pasted documents or attempts to slow the bot down. A
# request's description is capped at 1,000 characters by its form, so this leaves room.
MAX_INPUT = 2000
_KEPT_CONTROLS = {"\n", "\t"}
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_LINES = re.compile(r"\n{3,}")


def clean(text: str) -> str:
    composed = unicodedata.normalize("NFC", text)
    kept = "".join(
        ch
        for ch in composed
        if ch in _KEPT_CONTROLS or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn")
    )
    return _LINES.sub("\n\n", _SPACES.sub(" ", kept)).strip()
