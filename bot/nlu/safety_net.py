"""Makes the deterministic emergency net part of NLU: a message it recognises is classified
as `emergency` with full confidence, however unsure the model was or whatever else it chose.

The dialogue then treats it like any emergency (it interrupts a form, it is never answered
with a 'did you mean' question). The model's own choice stays second in the ranking, with
the response selector's answer, so the emergency action can add a safety answer the model
found ('mąż mnie bije' -> 112, then where victims of domestic violence get help). The 112
answer itself never depends on this component: the Telegram and console layers run the net
before Rasa and send it first.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.safety.emergency import detect

EMERGENCY = "emergency"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class EmergencyOverride(GraphComponent):  # type: ignore[misc]
    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> EmergencyOverride:
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            if text.startswith("/") or detect(text) is None:
                continue
            ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r["name"] != EMERGENCY]
            message.set(INTENT, {"name": EMERGENCY, "confidence": 1.0}, add_to_output=True)
            message.set(
                INTENT_RANKING_KEY,
                [{"name": EMERGENCY, "confidence": 1.0}, *ranking],
                add_to_output=True,
            )
        return messages
