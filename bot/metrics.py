"""Prometheus metrics (served at /metrics). Counters only count; no message text, ever."""

from prometheus_client import Counter, Gauge

UPDATES_RECEIVED = Counter("hamdel_updates_received_total", "Telegram updates received")
DUPLICATE_UPDATES = Counter("hamdel_updates_duplicate_total", "Updates delivered more than once")
TURNS = Counter("hamdel_turns_total", "Customer turns answered")
MESSAGES_SENT = Counter("hamdel_messages_sent_total", "Outbox rows delivered")
MESSAGES_FAILED = Counter("hamdel_messages_failed_total", "Outbox rows given up on")
OUTBOX_PENDING = Gauge("hamdel_outbox_pending", "Outbox rows waiting to be sent")
HANDOFFS_OPENED = Counter("hamdel_handoffs_opened_total", "Handoffs to a human owner")
DEAD_LETTERS = Counter("hamdel_updates_dead_lettered_total", "Updates put aside as dead letters")
DEAD_LETTERS_STORED = Gauge("hamdel_dead_letters", "Dead-lettered updates kept in the database")
OUTBOX_UNCERTAIN = Gauge(
    "hamdel_outbox_uncertain",
    "Outbox rows whose send was interrupted: maybe delivered, never resent automatically",
)
