"""Dzielnicowy Bot: connects residents of the Łódź police region with their dzielnicowy."""
