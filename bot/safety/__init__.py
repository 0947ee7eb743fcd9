"""Deterministic safety net: emergencies are recognised without the classifier."""
