"""Residents' requests to their dzielnicowy, and the officers who answer them."""
