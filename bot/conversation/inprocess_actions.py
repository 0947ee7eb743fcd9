"""Runs the rasa_sdk custom actions inside the bot process.

Rasa 3.6 only knows an HTTP action server. This endpoint hands Rasa's request to rasa_sdk's
ActionExecutor directly, so `make run` needs no second process and an action costs no HTTP
round trip. The actions are still ordinary rasa_sdk actions: pointing endpoints.yml at a
separate `rasa run actions` server works unchanged.
"""

from __future__ import annotations

import functools
import json
from typing import Any

from jsonschema import ValidationError  # type: ignore[import-untyped]
from jsonschema.validators import validator_for  # type: ignore[import-untyped]
from rasa.core.actions.action import RemoteAction
from rasa.utils.endpoints import ClientResponseError, EndpointConfig
from rasa_sdk.executor import ActionExecutor
from rasa_sdk.interfaces import ActionExecutionRejection, ActionNotFoundException


class InProcessActionEndpoint(EndpointConfig):  # type: ignore[misc]
    def __init__(self, package: str = "actions") -> None:
        super().__init__(url="inprocess://actions")
        self._executor = ActionExecutor()
        self._executor.register_package(package)

    async def request(
        self,
        method: str = "post",
        subpath: str | None = None,
        content_type: str | None = "application/json",
        compress: bool = False,
        **kwargs: Any,
    ) -> Any:
        action_call = kwargs["json"]
        try:
            return await self._executor.run(action_call)
        except ActionExecutionRejection as exc:
            body = json.dumps({"action_name": exc.action_name, "error": exc.message})
            raise ClientResponseError(400, "action rejected", body) from exc
        except ActionNotFoundException as exc:
            body = json.dumps({"action_name": exc.action_name, "error": exc.message})
            raise ClientResponseError(404, "action not found", body) from exc


@functools.lru_cache(maxsize=1)
def _response_validator() -> Any:
    schema = RemoteAction.action_response_format_spec()
    return validator_for(schema)(schema)


def _validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
    """Rasa's check of an action's response, with the validator built once. Rasa calls
    jsonschema.validate, which first re-checks the large events schema itself: 85% of the
    time of a form step (200-340 ms) on these machines."""
    try:
        _response_validator().validate(result)
    except ValidationError as error:
        error.message += ". Failed to validate the response of the custom action."
        raise
    return True


RemoteAction._validate_action_result = _validate_action_result
