"""What only answers one of our prompts ("yes", «بپرسید», «لا»): nothing the customer told."""

from __future__ import annotations

from dialogues.answers import (
    _ACK_P,
    _CLOSING_P,
    _NO_F,
    _NOT_IT_P,
    _POLITE_P,
    _THANKS,
    _YES_P,
    _match,
    _words,
)
from dialogues.asking_back import asks_why_we_ask


def only_a_reply(text: str) -> bool:
    """ "yes", «بپرسید», «لا», "no that's it", «شكراً»: an answer to our prompt, nothing told.

    The owner's card shows the customer's last words; these would push the telling out.
    """
    if asks_why_we_ask(text):
        return True  # «چرا می‌پرسید؟»: about our question, nothing of theirs
    seq = [w for w, _, _ in _words(text)]
    at = 0
    while at < len(seq):
        if seq[at] in _NO_F or seq[at] in _THANKS:
            at += 1
            continue
        steps = (_match(seq, at, p) for p in (_YES_P, _ACK_P, _CLOSING_P, _POLITE_P, _NOT_IT_P))
        step = next((s for s in steps if s), 0)
        if not step:
            return False
        at += step
    return bool(seq)
