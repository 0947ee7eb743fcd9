"""Makes the emergency assessment part of NLU, combined with the intent classifier.

Runs last. The danger signs of bot/safety (lexicons, tense, purpose) and the classifier's
probability of `emergency` are weighed together:
- urgent: the intent becomes `emergency` with full confidence, whatever came before; the
  model's own choice stays second in the ranking, so the emergency action can add a safety
  answer that fits ('mąż mnie bije' -> 112, then where victims of domestic violence get help);
- possible: the message keeps (or gets back) its own intent and is answered as usual; the
  conversation layer puts the 112 line on top;
- the result is in the parse data as `safety` (level, category).

The 112 answer itself never depends on this component: the Telegram and console layers run
the text assessment before Rasa and send it first.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.safety.assess import assess

EMERGENCY = "emergency"
FALLBACK = "nlu_fallback"
SAFETY = "safety"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class EmergencyAssessment(GraphComponent):  # type: ignore[misc]
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        # The classifier's probability of `emergency` above which it counts as a danger sign.
        return {"suspicion": 0.2}

    def __init__(self, config: dict[str, Any]) -> None:
        self.suspicion = float({**self.get_default_config(), **config}["suspicion"])

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> EmergencyAssessment:
        return cls(config)

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            if text.startswith("/"):
                continue
            ranking = [
                r for r in message.get(INTENT_RANKING_KEY) or [] if r["name"] != FALLBACK
            ]
            p_emergency = next((r["confidence"] for r in ranking if r["name"] == EMERGENCY), 0.0)
            top = ranking[0]["name"] if ranking else None
            suspected = top == EMERGENCY or p_emergency >= self.suspicion
            found = assess(text, suspected=suspected)
            message.set(SAFETY, found.as_dict(), add_to_output=True)
            others = [r for r in ranking if r["name"] != EMERGENCY]
            if found.level == "urgent":
                message.set(INTENT, {"name": EMERGENCY, "confidence": 1.0}, add_to_output=True)
                message.set(
                    INTENT_RANKING_KEY,
                    [{"name": EMERGENCY, "confidence": 1.0}, *others],
                    add_to_output=True,
                )
            elif (message.get(INTENT) or {}).get("name") == EMERGENCY and others:
                # Not urgent after all ('jak pomóc komuś, kto się topi'): answer the question.
                message.set(INTENT, dict(others[0]), add_to_output=True)
                message.set(INTENT_RANKING_KEY, others, add_to_output=True)
        return messages
