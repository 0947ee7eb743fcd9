"""Typed text cleaned before the lexicons, the classifier and the street index read it."""

from __future__ import annotations

import pytest

from bot.conversation.input_text import clean
from bot.registry.normalize import fold
from bot.safety.assess import assess


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Piotr\u200bkowska 120", "Piotrkowska 120"),  # zero-width space
        ("\u202ePiotrkowska\u202c 120", "Piotrkowska 120"),  # right-to-left override
        ("kto\x00 jest\x07 moim\x1b dzielnicowym", "kto jest moim dzielnicowym"),
        ("  dużo    spacji\u00a0i\ttabów  ", "dużo spacji i tabów"),
        ("pierwsza\n\n\n\n\ndruga", "pierwsza\n\ndruga"),
        ("l\u0301 \u0142", "ĺ ł"),  # composed
        ("\u200b\u200d\ufeff", ""),
        ("🚨 pali się 🔥", "🚨 pali się 🔥"),
    ],
)
def test_clean(typed: str, read: str) -> None:
    assert clean(typed) == read


def test_hidden_characters_do_not_hide_danger() -> None:
    typed = "ta\u200bta nie od\u200bdy\u200bcha"
    assert not assess(typed).alarm  # as typed, the words are broken
    assert assess(clean(typed)).level == "urgent"
    assert fold(clean("Kiliń\u200dskiego")) == "kilinskiego"
