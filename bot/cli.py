"""`dzielnicowy` command line: database, registry, training and running the bot."""

from __future__ import annotations

import argparse
import logging
import os
import subprocess
import sys
from pathlib import Path

from bot.config import PROJECT_ROOT, ConfigError, Settings, load_settings

DEMO_DIR = Path(__file__).resolve().parent / "registry" / "demo"


def _db_upgrade(settings: Settings, _args: argparse.Namespace) -> int:
    from bot.db.migrate import upgrade

    upgrade(settings.database_url)
    print("Database is up to date.")
    return 0


def _train(settings: Settings, args: argparse.Namespace) -> int:
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="2")
    command = [
        sys.executable,
        "-m",
        "rasa",
        "train",
        "--config",
        str(PROJECT_ROOT / "config.yml"),
        "--domain",
        str(PROJECT_ROOT / "domain"),
        "--data",
        str(PROJECT_ROOT / "nlu_data"),
        "--out",
        str(settings.model_path),
        "--fixed-model-name",
        "dzielnicowy",
    ]
    if args.force:
        command.append("--force")
    return subprocess.call(command, cwd=PROJECT_ROOT, env=env)


def _import_registry(settings: Settings, args: argparse.Namespace) -> int:
    from bot.db.engine import make_engine, make_session_factory, transaction
    from bot.registry.importer import ImportFailed, import_registry

    sessions = make_session_factory(make_engine(settings.database_url))
    try:
        with transaction(sessions) as session:
            report = import_registry(session, Path(args.officers_csv), Path(args.areas_csv))
    except ImportFailed as failed:
        for error in failed.errors:
            print(error, file=sys.stderr)
        print(
            f"Import failed: {len(failed.errors)} error(s); nothing was written.", file=sys.stderr
        )
        return 1
    print(
        f"Registry imported: officers +{report.officers_added} ~{report.officers_updated} "
        f"-{report.officers_deactivated}, street segments +{report.segments_added} "
        f"-{report.segments_removed}."
    )
    return 0


def _load_demo_if_empty(settings: Settings, _args: argparse.Namespace) -> int:
    from bot.db.engine import make_engine, make_session_factory
    from bot.registry.service import RegistryService

    registry = RegistryService(make_session_factory(make_engine(settings.database_url)))
    if not registry.is_empty():
        print("Registry already loaded; demo data not imported.")
        return 0
    args = argparse.Namespace(
        officers_csv=DEMO_DIR / "officers.csv", areas_csv=DEMO_DIR / "areas.csv"
    )
    print("Empty registry: loading the demo registry (fictional officers).")
    return _import_registry(settings, args)


def _content_report(_settings: Settings, args: argparse.Namespace) -> int:
    from datetime import date

    from bot.content.catalog import load, problems, report

    today = date.fromisoformat(args.today) if args.today else date.today()
    answers = load()
    for line in report(answers, today, args.max_age_days):
        print(line)
    found = problems(answers, today)
    for line in found:
        print(line, file=sys.stderr)
    if found:
        print(f"{len(found)} problem(s) in the content.", file=sys.stderr)
    return 1 if found else 0


def _run(settings: Settings, _args: argparse.Namespace) -> int:
    from bot.main import run

    return run(settings)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dzielnicowy",
        description="Dzielnicowy Bot: Telegram assistant of the Łódź police region.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    db = commands.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", required=True, metavar="DB_COMMAND")
    db_commands.add_parser("upgrade", help="apply all migrations").set_defaults(handler=_db_upgrade)

    train = commands.add_parser("train", help="train the Rasa model (skipped when data unchanged)")
    train.add_argument("--force", action="store_true", help="retrain even if nothing changed")
    train.set_defaults(handler=_train)

    imp = commands.add_parser("import-registry", help="import officers and their areas (CSV)")
    imp.add_argument(
        "officers_csv", help="officer_id,rank,first_name,last_name,unit,phone,email,duty_hours"
    )
    imp.add_argument("areas_csv", help="officer_id,city,street,numbers")
    imp.set_defaults(handler=_import_registry)

    demo = commands.add_parser("load-demo", help="import the demo registry into an empty database")
    demo.set_defaults(handler=_load_demo_if_empty)

    content = commands.add_parser("content", help="safety answers: review dates and sources")
    content_commands = content.add_subparsers(
        dest="content_command", required=True, metavar="CONTENT_COMMAND"
    )
    content_report = content_commands.add_parser(
        "report", help="answers by the age of their check; those past 'recheck by' first"
    )
    content_report.add_argument("--today", help="report as of this date (YYYY-MM-DD)")
    content_report.add_argument(
        "--max-age-days", type=int, default=365, help="flag answers checked longer ago"
    )
    content_report.set_defaults(handler=_content_report)

    run = commands.add_parser(
        "run", help="run the bot (Telegram with TELEGRAM_BOT_TOKEN, else a console chat)"
    )
    run.set_defaults(handler=_run)
    return parser


def main(argv: list[str] | None = None) -> int:
    # Libraries' warnings (TensorFlow, JAX, pyparsing, Rasa's SQLAlchemy 1.4 models) are not
    # for the operator's screen: they go to the log, below its level. Libraries reset the
    # warning filters while they load, so the warnings are captured rather than filtered.
    logging.captureWarnings(True)
    logging.getLogger("py.warnings").setLevel(logging.ERROR)
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    try:
        settings = load_settings()
    except ConfigError as error:
        print(error, file=sys.stderr)
        return 2
    handler = args.handler
    return int(handler(settings, args))


if __name__ == "__main__":
    sys.exit(main())
