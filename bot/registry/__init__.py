"""Registry of officers and their areas: import, index, resolution of free-text addresses."""
