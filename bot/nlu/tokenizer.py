"""Whitespace tokenizer whose tokens are folded: lower case, no diacritics.

Residents often type without Polish letters ('zglos wlamanie'); folding the tokens makes
'włamanie' and 'wlamanie' one feature for the featurizers while the message text itself,
which actions read, keeps its diacritics. Folding keeps the length of each token, so the
character offsets stay valid.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.tokenizers.tokenizer import Token
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.training_data.message import Message

from bot.registry.normalize import fold


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=False)
class PolishTokenizer(WhitespaceTokenizer):  # type: ignore[misc]
    def tokenize(self, message: Message, attribute: str) -> list[Token]:
        tokens: list[Token] = super().tokenize(message, attribute)
        for token in tokens:
            folded = fold(token.text)
            token.text = folded
            token.lemma = folded
        return tokens

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        config: dict[str, Any] = WhitespaceTokenizer.get_default_config()
        return config
