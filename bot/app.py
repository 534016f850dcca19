"""Assembly of the channel-independent services, shared by the terminal and Telegram."""

from __future__ import annotations

from datetime import timedelta
from types import TracebackType

from bot.addresses import StaffAddresses
from bot.dashboard.auth import SignIn
from bot.dashboard.routes import Dashboard
from bot.digest import WeeklyDigest
from bot.handoffs import HandoffDesk
from bot.owners import OwnersDirectory, load_owners
from bot.scheduler import Pruning, Scheduler
from bot.service import ConversationService
from bot.settings import Settings
from bot.telegram.addresses import TelegramAddresses
from bot.warmup import warm_up
from dialogues.turn import Language
from nlu.factory import build_parser
from nlu.parser import Parser
from storage.database import Database


class Services:
    """The database, the NLU parser, the owners directory and the conversation service.

    ``initialize()`` opens them in dependency order and ``shutdown()`` closes them in
    reverse; usable as ``async with Services(settings) as services``.
    """

    def __init__(self, settings: Settings, addresses: StaffAddresses | None = None) -> None:
        self.settings = settings
        self.database = Database(
            settings.database_url,
            pool_size=settings.database_pool_size,
            max_overflow=settings.database_max_overflow,
            processes=settings.database_processes,
        )
        self.parser: Parser = build_parser(
            settings.nlu_backend,
            rasa_url=settings.rasa_url,
            rasa_timeout=settings.rasa_timeout,
            model_dir=settings.nlu_model_dir,
        )
        self.owners: OwnersDirectory = load_owners(settings.owners_file)
        self.desk = HandoffDesk(
            self.database,
            self.owners,
            remind_after=timedelta(minutes=settings.sla_remind_minutes),
            escalate_after=timedelta(minutes=settings.sla_escalate_minutes),
            followup_after=timedelta(seconds=settings.followup_delay_seconds),
            # Staff are reached on Telegram (the console prints the same rows).
            addresses=addresses or TelegramAddresses(self.owners),
            team_language=settings.digest_lang or settings.default_lang,
        )
        self.conversations = ConversationService(
            self.database,
            self.parser,
            self.owners,
            self.desk,
            default_language=settings.default_lang,
        )
        token = settings.dashboard_token
        self.sign_in = SignIn(
            self.database,
            base_url=settings.public_base_url,
            link_ttl=timedelta(minutes=settings.dashboard_link_minutes),
            session_ttl=timedelta(hours=settings.dashboard_session_hours),
            token=token.get_secret_value() if token else None,
        )
        self.dashboard = Dashboard(self.database, self.owners, self.sign_in, settings.default_lang)
        self.digest = WeeklyDigest(
            self.database,
            self.owners,
            day=settings.digest_day,
            hour=settings.digest_hour,
            zone=settings.digest_timezone,
            language=settings.digest_lang or settings.default_lang,
            addresses=self.desk.addresses,
        )
        self.scheduler = Scheduler(
            self.desk,
            interval=settings.scheduler_interval_seconds,
            pruning=Pruning(
                updates_after=timedelta(days=settings.prune_updates_after_days),
                outbox_after=timedelta(days=settings.prune_outbox_after_days),
                every=timedelta(seconds=settings.prune_every_seconds),
            ),
        )
        self.scheduler.digest = self.digest

    async def initialize(self) -> None:
        """Open everything: migrations run here, the NLU model loads or trains here."""
        await self.database.initialize()
        await self.parser.initialize()
        await self.conversations.initialize()
        await self.warm_up()
        # Dead letters' summed notices: at most one a window per source (bot/dead_letters.py).
        minutes = self.settings.dead_letter_notice_minutes
        self.scheduler.dead_letter_window = timedelta(minutes=minutes)
        await self.scheduler.initialize()

    async def warm_up(self) -> None:
        """First-use costs paid now, not by a customer's turn (``NLU_WARM_UP``)."""
        if self.settings.nlu_warm_up:
            persian = self.settings.nlu_warm_up_persian
            languages: tuple[Language, ...] = ("ar", "en", "fa") if persian else ("ar", "en")
            below = self.settings.nlu_warm_up_persian_below_mb if persian is None else 0
            await warm_up(self.parser, languages, fa_below_mb=below)

    async def shutdown(self) -> None:
        """Close everything, newest first."""
        await self.scheduler.shutdown()
        await self.conversations.shutdown()
        await self.parser.shutdown()
        await self.database.shutdown()

    async def __aenter__(self) -> Services:
        await self.initialize()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.shutdown()
