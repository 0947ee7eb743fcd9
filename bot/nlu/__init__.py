"""Custom Rasa NLU components for Polish."""
