"""The ``hamdel`` command: run the bot, chat in the terminal, export records, manage the DB/NLU."""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bot.settings import Settings
from dialogues.errors import HamdelError
from dialogues.languages import LANGUAGES

log = logging.getLogger("hamdel")


def configure_logging(level: str, *, quiet: bool = False) -> None:
    """Log to stderr; never let HTTP client logs carry the bot token (it is in every URL)."""
    logging.basicConfig(
        level=logging.WARNING if quiet else level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    for noisy in ("httpx", "httpcore", "telegram.ext.Updater", "apscheduler", "gensim", "nltk"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def build_parser() -> argparse.ArgumentParser:
    """The command-line grammar."""
    parser = argparse.ArgumentParser(prog="hamdel", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="the bot: Telegram when a token is set, else the terminal")
    run.add_argument("--webhook", action="store_true", help="receive updates by webhook")

    chat = sub.add_parser("chat", help="talk to Hamdel in the terminal")
    chat.add_argument("--lang", choices=LANGUAGES, help="default language")
    chat.add_argument("--customer", default="terminal", help="customer id (resume by reusing it)")
    chat.add_argument("--name", default=None, help="the customer's display name")

    export = sub.add_parser("export", help="print stored records")
    export.add_argument("what", choices=["jobs", "handoffs", "dead-letters"])
    export.add_argument("--format", choices=["json", "csv"], default="json")

    reflect = sub.add_parser("reflect", help="the bot's reflection of each stdin line")
    reflect.add_argument(
        "--lang", choices=LANGUAGES, required=True, help="the customer's (a line's own wins)"
    )
    reflect.add_argument(
        "--always", action="store_true", help='reflect after "that\'s all" when it would prompt'
    )

    board = sub.add_parser("dashboard", help="serve the staff dashboard alone, or print a link")
    board.add_argument("--port", type=int, default=None, help="port (default: HTTP_PORT)")
    board.add_argument("--link", metavar="OWNER_ID", help="print a one-time sign-in link")

    digest = sub.add_parser("digest", help="the weekly huddle digest")
    how = digest.add_mutually_exclusive_group(required=True)
    how.add_argument("--print", action="store_true", help="print it here")
    how.add_argument("--send", action="store_true", help="send it to the team on Telegram")

    db = sub.add_parser("db", help="database maintenance")
    db.add_argument("action", choices=["upgrade"])

    nlu = sub.add_parser("nlu", help="language understanding")
    nlu_sub = nlu.add_subparsers(dest="nlu_command", required=True)
    train = nlu_sub.add_parser("train", help="train the embedded model (or Rasa with --rasa)")
    train.add_argument("--rasa", action="store_true")
    evaluate = nlu_sub.add_parser("eval", help="evaluate on Rasa-format YAML, print JSON")
    evaluate.add_argument("--data", required=True, type=Path)
    evaluate.add_argument("--backend", choices=["local", "rasa"], default="local")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``hamdel`` console script."""
    args = build_parser().parse_args(argv)
    try:
        settings = Settings()
        if getattr(args, "lang", None):
            settings = settings.model_copy(update={"default_lang": args.lang})
        quiet = args.command in ("chat", "export", "reflect", "digest") or (
            args.command == "run" and settings.telegram_bot_token is None
        )
        configure_logging(settings.log_level, quiet=quiet)
        return asyncio.run(_dispatch(args, settings))
    except HamdelError as error:
        print(f"hamdel: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


async def _dispatch(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "run":
        if settings.telegram_bot_token is None:
            print(
                "No TELEGRAM_BOT_TOKEN set: starting the terminal chat. "
                "Type a message; Ctrl-D to leave.",
                file=sys.stderr,
            )
            return await _chat(settings, "terminal", None)
        from bot.telegram.runner import run_telegram

        return await run_telegram(settings, webhook=args.webhook)
    if args.command == "chat":
        return await _chat(settings, args.customer, args.name)
    if args.command == "export":
        return await _export(settings, args.what, args.format)
    if args.command == "reflect":
        from bot import reflecting
        from nlu.factory import build_parser

        parser = build_parser(
            settings.nlu_backend,
            rasa_url=settings.rasa_url,
            rasa_timeout=settings.rasa_timeout,
            model_dir=settings.nlu_model_dir,
            default_language=settings.default_lang,
        )
        return await reflecting.main(parser, args.lang, always=args.always)
    if args.command in ("dashboard", "digest"):
        from bot.dashboard import commands

        if args.command == "dashboard":
            return await commands.dashboard(settings, args.port, args.link)
        return await commands.digest(settings, args.send)
    if args.command == "db":
        from storage.database import upgrade

        await asyncio.to_thread(upgrade, settings.database_url)
        print("database is at the latest migration", file=sys.stderr)
        return 0
    if args.command == "nlu":
        return await _nlu(settings, args)
    return 2


async def _chat(settings: Settings, customer: str, name: str | None) -> int:
    from bot.app import Services
    from bot.console import ConsoleChat
    from bot.privacy import PrivacyDesk

    async with Services(settings) as services:
        privacy = PrivacyDesk(
            services.database,
            "console",
            settings.default_lang,
            settings.retention_days,
            services.owners,
        )
        chat = ConsoleChat(
            services.conversations,
            services.database,
            customer_id=customer,
            display_name=name,
            privacy=privacy,
        )
        await chat.run()
    return 0


async def _export(settings: Settings, what: str, fmt: str) -> int:
    from storage.database import Database
    from storage.export import dead_letter_to_dict, handoff_to_dict, job_to_dict
    from storage.repositories import HandoffRepository, InboundUpdateRepository, JobRepository

    database = Database(settings.database_url)
    await database.initialize()
    try:
        async with database.session() as session:
            if what == "jobs":
                rows: list[dict[str, Any]] = [
                    job_to_dict(j) for j in await JobRepository(session).all()
                ]
            elif what == "handoffs":
                rows = [handoff_to_dict(h) for h in await HandoffRepository(session).all()]
            else:  # updates that could not be read or kept failing: for people to look at
                dead = await InboundUpdateRepository(session).dead_letters()
                rows = [dead_letter_to_dict(d) for d in dead]
    finally:
        await database.shutdown()
    if fmt == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
        return 0
    fields = list(rows[0]) if rows else []
    writer = csv.DictWriter(sys.stdout, fieldnames=fields)
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {
                k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
                for k, v in row.items()
            }
        )
    return 0


async def _nlu(settings: Settings, args: argparse.Namespace) -> int:
    from nlu.evaluate import run_eval, train

    if args.nlu_command == "train":
        await asyncio.to_thread(train, settings.nlu_model_dir, args.rasa)
        return 0
    report = await run_eval(args.backend, args.data, settings.rasa_url, settings.nlu_model_dir)
    json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0
