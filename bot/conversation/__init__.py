"""The conversation: the safety net first, then Rasa (NLU, dialogue, actions)."""
