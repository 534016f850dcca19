""" "We should have answered you sooner and better" only for a contact left unanswered or slow.

"your gate agents 2 lie?" and "pathetic service" got "We should have answered you sooner and
better": nobody had asked for an answer. That apology fits only a call, an email or a
complaint left unanswered, on hold, hung up on or ignored. Service gone wrong in other ways
gets "I'm sorry we handled this the way we did"; with no service named at all ("emergency
services to stay home", NLU's topic off a stray word) the general apology stays.
"""

from __future__ import annotations

from dialogues import telling
from dialogues.hold_told import PHONE_HOLD

# A contact unanswered or slow: no reply, on hold, hung up on, can't get through, ignored.
UNANSWERED: dict[str, tuple[str, ...]] = {
    "en": ("answer*", "repl*", "respon*", "hung up", "hang up", "hangs up", "disconnect*",
           "cut off", "cutoff", "get through", "reach", "reaching", "ignor*", "crickets",
           "hear back", "heard back", "waiting to hear", "call back", "called back", "callback",
           "calling", "called", "call", "phone", "phones", "email*", "emailed", "dm", "dms",
           "wait*", "hold", "hours", "days", "weeks", "months", "get someone", "get an agent",
           "get a hold", "speak to", "talk to", "spoke to no one", "communicat*",
           "understaff*", "short staffed", "short-staffed", "line", "lines", "queue*", "minutes",
           "mins", "no one", "noone", "nobody", "yet to", "available", "one agent", "min",
           "heard from", "hear from", "transferr*"),
}  # fmt: skip

# Service named as what let them down: the staff, the agents, the desk, customer service. Not
# "team" ("South Sound Volleyball team on its way!") nor a bare "services" ("emergency services").
SERVICE_NAMED: dict[str, tuple[str, ...]] = {
    "en": ("service", "customer services", "cust serv", "cust. service", "agent*", "staff",
           "crew", "employee*", "rep", "reps", "attendant*", "csr", "support", "supervisor",
           "manager", "management", "personnel", "baggage services", "luggage services",
           "special services"),
}  # fmt: skip


def service_apology(told: str, language: str) -> str:
    """The service apology's key: a slow answer, service handled badly, or the general one."""
    if language != "en" or telling.has(told, UNANSWERED, language):
        return "apology_service"
    if telling.has(told, PHONE_HOLD, language):
        return "apology_service"
    if telling.has(told, SERVICE_NAMED, language):
        return "apology_handled"
    return "apology"
