"""Keeps the cost of a message independent of how long its chat has been talking.

Rasa reads, replays and featurizes the whole current session of a conversation on every
message, so one chat's cost grew with its length (68 ms per message over its first 100
messages, 310 ms over messages 301-400), and one talkative chat slowed every other: they share
the Rasa thread. Rasa only loads the latest session of a conversation, so a long session is
closed at a quiet moment (no form running, the bot waiting for the resident) and a new one
starts carrying the slots and the last few turns over: the policies (memoization with
max_history 3, the rules) see exactly what they saw before.
"""

from __future__ import annotations

import copy
import time
from typing import Any

from rasa.shared.core.constants import ACTION_LISTEN_NAME, ACTION_SESSION_START_NAME
from rasa.shared.core.events import ActionExecuted, Event, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

# A session longer than this many events is closed at the next quiet moment (a message is
# about 6-10 events).
MAX_SESSION_EVENTS = 60
# Turns carried into the new session: at least the policies' max_history.
KEEP_TURNS = 3
# Not carried: a one-off flag for the adapter, and Rasa's own.
NOT_CARRIED = {"forget_me", "session_started_metadata"}


def restarted(tracker: DialogueStateTracker, slots: Any) -> DialogueStateTracker | None:
    """The tracker with a new session appended, when its current session is long and the
    conversation at rest; otherwise None."""
    events = list(tracker.events)
    start = _session_start(events)
    if len(events) - start <= MAX_SESSION_EVENTS:
        return None
    if tracker.active_loop_name or tracker.latest_action_name != ACTION_LISTEN_NAME:
        return None
    turns = [i for i in range(start, len(events)) if isinstance(events[i], UserUttered)]
    if len(turns) <= KEEP_TURNS:
        return None
    first = turns[-KEEP_TURNS]
    # The turn begins with the bot listening, just before the user's message.
    if first > 0 and _is_listen(events[first - 1]):
        first -= 1
    carried: list[Event] = [
        SlotSet(name, value)
        for name, value in tracker.current_slot_values().items()
        if value is not None and name not in NOT_CARRIED
    ]
    new_session = [
        ActionExecuted(ACTION_SESSION_START_NAME),
        SessionStarted(),
        *carried,
        *events[first:],
    ]
    if not _is_listen(new_session[len(carried) + 2]):
        new_session.insert(len(carried) + 2, ActionExecuted(ACTION_LISTEN_NAME))
    # Copies stamped now, in order: an SQL store reads a session as the events stamped from
    # its SessionStarted on.
    now = time.time()
    stamped = []
    for i, event in enumerate(new_session):
        event = copy.copy(event)
        event.timestamp = now + i * 1e-5
        stamped.append(event)
    return DialogueStateTracker.from_events(tracker.sender_id, events + stamped, slots)


def _session_start(events: list[Event]) -> int:
    for i in range(len(events) - 1, -1, -1):
        if isinstance(events[i], SessionStarted):
            return i
    return 0


def _is_listen(event: Event) -> bool:
    return isinstance(event, ActionExecuted) and event.action_name == ACTION_LISTEN_NAME
