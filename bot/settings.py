"""Settings, built once from the environment and .env, then injected everywhere."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from dialogues.languages import Language


class Settings(BaseSettings):
    """Everything Hamdel can be configured with; environment names in capitals."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    database_url: str = "sqlite+aiosqlite:///./data/hamdel.db"
    # PostgreSQL: connections each process keeps open. A turn holds one from its first read
    # to its commit (the chat's advisory lock), so concurrent turns need one each; beyond the
    # pool, up to the overflow are opened and closed again per use (a new backend each).
    # Unset: this process's share of the server's max_connections among DATABASE_PROCESSES
    # (the processes sharing it), at most 10 + 5 (storage/pool_budget.py).
    database_pool_size: int | None = Field(None, ge=1)
    database_max_overflow: int | None = Field(None, ge=0)
    database_processes: int = Field(1, ge=1)
    default_lang: Language = Field("fa", validation_alias="HAMDEL_DEFAULT_LANG")
    log_level: str = Field("INFO", validation_alias="HAMDEL_LOG_LEVEL")

    nlu_backend: Literal["local", "rasa"] = "local"
    rasa_url: str = "http://localhost:5005"
    rasa_timeout: float = 1.0
    nlu_model_dir: Path = Path("./data/nlu-model")
    # Load the NLU and the Arabic and English lexicons at start rather than in the first turn
    # that needs them (~1 MB); off for a process short of memory.
    nlu_warm_up: bool = True
    # Persian's too: hazm's Normalizer and the Persian lexicons (~9 MB, ~0.3 s) at start, so
    # the first Persian turn does not pay for them (~160 ms). Unset: when the process's RSS
    # after the other languages' warm-up leaves them room under the MB below (issue 11:
    # <= 150 MB idle; a process that is short of memory pays only when Persian comes);
    # true: whatever the RSS; false: never (the first Persian text loads them).
    nlu_warm_up_persian: bool | None = None
    nlu_warm_up_persian_below_mb: float = Field(150.0, ge=0)

    telegram_bot_token: SecretStr | None = None
    telegram_api_base_url: str = "https://api.telegram.org/bot"
    telegram_webhook_secret: SecretStr | None = None
    telegram_webhook_url: str | None = None
    http_host: str = "0.0.0.0"
    http_port: int = 8080
    # Automation only, as an "Authorization: Bearer" header; people sign in with /dashboard links.
    dashboard_token: SecretStr | None = None
    public_base_url: str = "http://localhost:8080"  # where sign-in links point
    dashboard_link_minutes: float = 10.0
    dashboard_session_hours: float = 12.0
    digest_day: Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"] = "sat"
    digest_hour: int = Field(9, ge=0, le=23)
    digest_timezone: str = "Asia/Tehran"
    digest_lang: Language | None = None  # the staff chat's language; default: HAMDEL_DEFAULT_LANG

    # Telegram's limits for the outbox sender; lower only against a test server.
    outbox_per_second: float = 30.0
    outbox_private_interval_seconds: float = 1.0
    outbox_group_interval_seconds: float = 3.0
    # "none" switches the limits off: for local servers (the fake Bot API) and measurement only.
    outbox_limits: Literal["telegram", "none"] = "telegram"
    # PostgreSQL, many processes: a row 'sending' this long was left by a killed process.
    outbox_sending_grace_seconds: float = 120.0

    listen_window_seconds: float = 2.5
    listen_window_max_seconds: float = 10.0
    # A running process takes up again its updates still unanswered this long after they
    # were stored (a database outage outlasted a turn's retries), looking this often; after
    # this many attempts the customer is told their message is kept (bot/telegram/repick.py).
    # The grace must outlast a turn's retries (~16 s) and the longest listening window.
    repick_every_seconds: float = Field(30.0, gt=0)
    repick_grace_seconds: float = Field(60.0, gt=0)
    repick_max_attempts: int = Field(4, ge=1)
    # Staff hear of dead letters at most once a window per source (the team chat: updates
    # with no trustworthy chat; each customer's), summed (bot/dead_letters.py).
    dead_letter_notice_minutes: float = Field(10.0, gt=0)

    owners_file: Path = Path("./owners.yml")
    sla_remind_minutes: float = 15.0
    sla_escalate_minutes: float = 60.0
    followup_delay_seconds: float = 24 * 3600.0
    scheduler_interval_seconds: float = 20.0

    retention_days: int = 365
    # Delivery bookkeeping, pruned by the scheduler: answered updates and sent outbox rows.
    prune_updates_after_days: float = 7.0
    prune_outbox_after_days: float = 30.0
    prune_every_seconds: float = 3600.0
