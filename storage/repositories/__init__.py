"""Repositories: one per aggregate, each wrapping a caller's ``AsyncSession``.

They never commit: the caller's unit of work (one session per update or turn) does, so a
turn's state, records and outbox rows land together or not at all.
"""

from storage.repositories.conversations import ConversationRepository
from storage.repositories.customers import CustomerRepository
from storage.repositories.dashboard import DashboardRepository
from storage.repositories.feedback import FeedbackRepository
from storage.repositories.handoffs import HandoffRepository
from storage.repositories.inbound import InboundUpdateRepository
from storage.repositories.insights import InsightsRepository
from storage.repositories.jobs import JobRepository
from storage.repositories.messages import MessageRepository
from storage.repositories.outbox import OutboxRepository
from storage.repositories.pace import Pace, SendPaceRepository
from storage.repositories.privacy import PrivacyRepository
from storage.repositories.staff_messages import StaffMessageRepository

__all__ = [
    "ConversationRepository",
    "CustomerRepository",
    "DashboardRepository",
    "FeedbackRepository",
    "HandoffRepository",
    "InboundUpdateRepository",
    "InsightsRepository",
    "JobRepository",
    "MessageRepository",
    "OutboxRepository",
    "Pace",
    "PrivacyRepository",
    "SendPaceRepository",
    "StaffMessageRepository",
]
