"""`dzielnicowy` command line: database, registry, training and running the bot."""

from __future__ import annotations

import argparse
import logging
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from bot.config import PROJECT_ROOT, ConfigError, Settings, load_settings

DEMO_DIR = Path(__file__).resolve().parent / "registry" / "demo"
TIPS_CATALOG = Path(__file__).resolve().parent / "tips" / "data" / "tips.yml"


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


def _officer_code(settings: Settings, args: argparse.Namespace) -> int:
    from bot.db.models import utcnow
    from bot.wiring import Services

    services = Services.build(settings)
    try:
        code = services.officer_links.issue_code(args.officer_id, utcnow())
        card = services.registry.officer_card(args.officer_id)
    except LookupError as error:
        print(f"Cannot issue a code: {error}.", file=sys.stderr)
        return 1
    finally:
        services.engine.dispose()
    name = f"{card.rank} {card.first_name} {card.last_name}" if card else args.officer_id
    print(f"Registration code for {args.officer_id} ({name}): single use, valid 24 hours.")
    print("The officer sends '/rejestracja CODE' to the bot in a private Telegram chat.")
    print("Earlier unused codes of this officer no longer work. Pass it on privately.")
    print(code)
    return 0


def _officer_revoke(settings: Settings, args: argparse.Namespace) -> int:
    from bot.wiring import Services

    services = Services.build(settings)
    try:
        revoked = services.officer_links.revoke(args.officer_id)
    except LookupError as error:
        print(f"Cannot revoke: {error}.", file=sys.stderr)
        return 1
    finally:
        services.engine.dispose()
    if revoked:
        print(
            f"{args.officer_id}: revoked (Telegram link, unused codes); open requests they "
            "handled go to the unit's kierownik once linked."
        )
    else:
        print(f"{args.officer_id}: nothing to revoke (not linked, no unused code).")
    return 0


def _requests_unassigned(settings: Settings, _args: argparse.Namespace) -> int:
    from bot.wiring import Services

    services = Services.build(settings)
    try:
        waiting = services.requests.unassigned()
    finally:
        services.engine.dispose()
    zone = settings.timezone
    # No description or contact: this goes to an operator's terminal and logs.
    for request in waiting:
        created = request.created_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        print(f"{request.number}  {created}  {request.unit or '-'}  {request.officer_code or '-'}")
    print(f"{len(waiting)} unassigned request(s).", file=sys.stderr)
    return 0


def _retention(settings: Settings, args: argparse.Namespace) -> int:
    from bot.db.models import utcnow
    from bot.wiring import Services

    services = Services.build(settings)
    try:
        report = services.apply_retention(utcnow())
    finally:
        services.engine.dispose()
    print(
        f"Anonymized {report.requests} request(s) closed over "
        f"{settings.request_retention_days} days ago; forgot {report.chats} chat(s) inactive "
        f"for over {settings.inactive_chat_retention_days} days."
    )
    return 0


def _requests_export(settings: Settings, args: argparse.Namespace) -> int:
    from datetime import date

    from bot.wiring import Services

    try:
        since = date.fromisoformat(args.since)
    except ValueError:
        print(f"--since: not a date (YYYY-MM-DD): {args.since!r}", file=sys.stderr)
        return 2
    services = Services.build(settings)
    try:
        if args.out:
            with open(args.out, "w", encoding="utf-8", newline="") as out:
                count = services.requests.export_csv(since, args.with_contact, out)
        else:
            count = services.requests.export_csv(since, args.with_contact, sys.stdout)
    finally:
        services.engine.dispose()
    print(f"{count} request(s) exported.", file=sys.stderr)
    return 0


def _tips_validate(_settings: Settings, args: argparse.Namespace) -> int:
    from bot.tips.catalog import shown_path, validate

    tips, errors = validate(Path(args.file))
    for error in errors:
        print(error, file=sys.stderr)
    if errors:
        print(f"{len(errors)} problem(s) in the catalogue.", file=sys.stderr)
        return 1
    print(f"{shown_path(Path(args.file))}: {len(tips)} tips, no problems.")
    return 0


def _tips_import(settings: Settings, args: argparse.Namespace) -> int:
    from bot.db.engine import make_engine, make_session_factory, transaction
    from bot.tips.catalog import CatalogError, import_catalog

    engine = make_engine(settings.database_url)
    try:
        with transaction(make_session_factory(engine)) as session:
            report = import_catalog(session, Path(args.file))
    except CatalogError as failed:
        for error in failed.errors:
            print(error, file=sys.stderr)
        print(
            f"Import failed: {len(failed.errors)} problem(s); nothing was imported.",
            file=sys.stderr,
        )
        return 1
    finally:
        engine.dispose()
    print(f"Tips imported: {report.summary()}.")
    return 0


def _alert(settings: Settings, args: argparse.Namespace) -> int:
    from bot.tips.model import AlertReport, InvalidAlert
    from bot.wiring import Services

    services = Services.build(settings)

    def send(
        dry_run: bool, progress: Callable[[int, int], None] | None = None
    ) -> AlertReport:
        return services.tips.alert(
            args.text,
            args.city,
            street=args.street,
            officer_code=args.officer,
            audience=args.audience,
            dry_run=dry_run,
            progress=progress,
        )

    try:
        try:
            preview = send(dry_run=True)
        except InvalidAlert as error:
            print(f"Cannot send the alert: {error}.", file=sys.stderr)
            return 2
        print(f"The alert will reach {preview.matched} subscribed chat(s).")
        if preview.matched == 0:
            return 0
        if not args.yes:
            answer = input("Wysłać? [t/N] ").strip().lower()
            if answer not in ("t", "tak", "y", "yes"):
                print("Not sent.")
                return 1

        def progress(done: int, total: int) -> None:
            print(f"\rQueueing: {done}/{total}", end="", file=sys.stderr, flush=True)

        report = send(dry_run=False, progress=progress)
        print(file=sys.stderr)
    finally:
        services.engine.dispose()
    repeated = report.matched - report.queued
    note = f" ({repeated} already queued by an earlier run of this alert)" if repeated else ""
    print(f"Queued {report.queued} message(s){note}; alert {report.alert_id}.")
    return 0


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
        "officers_csv",
        help="officer_id,rank,first_name,last_name,unit,phone,email,duty_hours[,role]",
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

    officer_code = commands.add_parser(
        "officer-code", help="issue a one-time code that links an officer's Telegram account"
    )
    officer_code.add_argument("officer_id", help="officer_id from the registry")
    officer_code.set_defaults(handler=_officer_code)

    officer_revoke = commands.add_parser(
        "officer-revoke", help="unlink an officer's Telegram account and void their codes"
    )
    officer_revoke.add_argument("officer_id", help="officer_id from the registry")
    officer_revoke.set_defaults(handler=_officer_revoke)

    requests = commands.add_parser("requests", help="residents' requests")
    requests_commands = requests.add_subparsers(
        dest="requests_command", required=True, metavar="REQUESTS_COMMAND"
    )
    requests_commands.add_parser(
        "unassigned", help="open requests no linked officer or kierownik can take"
    ).set_defaults(handler=_requests_unassigned)
    export = requests_commands.add_parser("export", help="requests as CSV, one row each")
    export.add_argument("--since", required=True, help="filed on or after (YYYY-MM-DD)")
    export.add_argument(
        "--with-contact", action="store_true", help="include the contacts residents gave"
    )
    export.add_argument("--out", help="write to this file instead of standard output")
    export.set_defaults(handler=_requests_export)

    commands.add_parser(
        "retention", help="delete personal data past its retention now (the bot also does it)"
    ).set_defaults(handler=_retention)
    tips = commands.add_parser("tips", help="the prevention tips catalogue")
    tips_commands = tips.add_subparsers(dest="tips_command", required=True, metavar="TIPS_COMMAND")
    default_tips = str(TIPS_CATALOG.relative_to(PROJECT_ROOT))
    tips_validate = tips_commands.add_parser(
        "validate", help="check the catalogue; every problem as file:line: problem"
    )
    tips_validate.add_argument("file", nargs="?", default=TIPS_CATALOG, help=default_tips)
    tips_validate.set_defaults(handler=_tips_validate)
    tips_import = tips_commands.add_parser(
        "import", help="import the catalogue, all or nothing; tips missing from it are retired"
    )
    tips_import.add_argument("file", nargs="?", default=TIPS_CATALOG, help=default_tips)
    tips_import.set_defaults(handler=_tips_import)

    alert = commands.add_parser(
        "alert", help="send a local alert to the subscribers of an area (ahead of tips)"
    )
    alert.add_argument("--city", required=True, help="town (class groups) or city of the area")
    area = alert.add_mutually_exclusive_group()
    area.add_argument("--street", help="only residents whose dzielnicowy has this street")
    area.add_argument("--officer", help="only residents of this officer's area (officer_id)")
    alert.add_argument("--audience", help="only subscribers of this audience (e.g. seniorzy)")
    alert.add_argument("--text", required=True, help="the alert, as residents will read it")
    alert.add_argument("--yes", action="store_true", help="do not ask before sending")
    alert.set_defaults(handler=_alert)

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
