"""A throwaway database for a benchmark run."""

from __future__ import annotations

import contextlib
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text


@contextlib.contextmanager
def fresh_database(url: str | None, tmp: Path) -> Iterator[str]:
    """A new SQLite file, or a new schema of the given PostgreSQL database (dropped after)."""
    if url is None:
        yield f"sqlite:///{tmp / 'bench.sqlite3'}"
        return
    schema = f"bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, future=True)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in url else "?"
    try:
        yield f"{url}{separator}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@contextlib.contextmanager
def demo_services() -> Iterator[Any]:
    """The bot's services on a new SQLite file with the demo registry, installed for the Rasa
    actions (bot.wiring.services); disposed after."""
    from bot.config import Settings
    from bot.db.engine import transaction
    from bot.db.migrate import upgrade
    from bot.registry.importer import import_registry
    from bot.wiring import Services, use_services

    demo = Path(__file__).resolve().parent.parent / "bot" / "registry" / "demo"
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        upgrade(url)
        services = Services.build(Settings(database_url=url))
        with transaction(services.sessions) as session:
            import_registry(session, demo / "officers.csv", demo / "areas.csv")
        use_services(services)
        try:
            yield services
        finally:
            use_services(None)
            services.engine.dispose()
