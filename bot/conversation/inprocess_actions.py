"""Runs the rasa_sdk custom actions inside the bot process.

Rasa 3.6 only knows an HTTP action server. This endpoint hands Rasa's request to rasa_sdk's
ActionExecutor directly, so `make run` needs no second process and an action costs no HTTP
round trip. The actions are still ordinary rasa_sdk actions: pointing endpoints.yml at a
separate `rasa run actions` server works unchanged.
"""

from __future__ import annotations

import json
from typing import Any

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
