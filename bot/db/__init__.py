"""Database access: engine, models and migrations."""
