"""The safety content catalogue: answers, sources, review dates."""
