"""Rasa custom actions. Thin: each reads the tracker and calls a service in `bot`."""
