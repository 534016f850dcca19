"""The load bench's steady state warms the bot on texts its timed run never draws."""

from __future__ import annotations

import random

from bot.loadbench import LANGUAGES, MIN_MESSAGES, conversation
from bot.loadsteady import others


def _rows(size: int) -> dict[str, list[str]]:
    return {language: [f"{language} row {i}" for i in range(size)] for language in LANGUAGES}


def _timed_texts(rows: dict[str, list[str]], customers: int, order: random.Random) -> set[str]:
    """The texts a timed run draws, its customers asking in some order (their pace)."""
    rng = random.Random(customers)
    draws = max(1, -(-MIN_MESSAGES // (8 * customers))) * customers
    asking = [LANGUAGES[i % 3] for i in range(customers)] * (draws // customers)
    order.shuffle(asking)
    return {text for lang in asking for text in conversation(lang, rows[lang], rng)[1:5]}


def test_no_text_of_the_timed_run_is_left_among_the_warm_ups_rows() -> None:
    rows = _rows(1000)
    for customers in (1, 10, 100):
        unseen = others(rows, customers, MIN_MESSAGES)
        left = {text for found in unseen.values() for text in found}
        for pace in range(5):  # whatever order the customers ask in
            drawn = _timed_texts(rows, customers, random.Random(pace))
            assert drawn and not drawn & left
        assert len(left) >= 3 * 1000 - 3 * 4 * max(30, customers)  # most rows stay
        assert all(len(found) == len(unseen["fa"]) for found in unseen.values())
