"""`make bench`'s figure for the reply after "yes": the apology or the thanks a customer reads.

The reflection samples judge what the bot says back; once the customer says "yes, that's it",
the next reply is the one that owns a let-down or thanks for praise, and it read wrong on real
messages as often as not (complaints thanked as ideas, praise apologised for, an apology for a
parcel said of a meal). Each ``after_yes_{lang}.json`` holds held-out real messages, what the
bot said back, its reply after "yes" and two judges' verdicts (RUBRIC.md#replies-after-yes);
the current code's reply is computed again and, where it changed, counted as unjudged.
"""

from __future__ import annotations

import json
import zlib
from pathlib import Path
from typing import Any

from bot.bench import JUDGED
from dialogues.turn import LANGUAGES, Language, Turn, Understanding

SAMPLE = "after_yes_{lang}.json"
_THATS_ALL = {"en": "that's all", "fa": "همین", "ar": "هذا كل شيء"}
_YES = {"en": "yes", "fa": "آره", "ar": "نعم"}
JUDGES = (("judge_1", "verdict"), ("judge_2", "verdict2"))
VERDICTS = ("acceptable", "minor", "wrong")


def _joined(replies: Any) -> str:
    return " ".join(" ".join(reply.text.split()) for reply in replies if reply.text)


async def said_back_and_reply(parser: Any, text: str, stream: Language) -> tuple[str, str]:
    """What the bot says back to a first answer, and its reply once the customer says yes.

    ("", "") when the bot thanked, handed off or closed at once: there is no yes to say.
    """
    from bot.reflecting import first_language
    from dialogues.policy import new_state, respond

    language = first_language(text, stream)
    state = new_state(language, zlib.crc32(text.encode("utf-8")))
    state = respond(state, Turn((), language, kind="start")).state
    heard = (await parser.parse(text, language)).understanding()
    outcome = respond(state, Turn((text,), language, heard))
    if outcome.state.stage == "listening":  # a prompt first: they say that is all
        done = Understanding(intent="done")
        outcome = respond(outcome.state, Turn((_THATS_ALL[language],), language, done))
    if outcome.state.stage != "confirming":
        return "", ""
    said_back = _joined(outcome.replies)
    yes = Understanding(intent="affirm")
    return said_back, _joined(
        respond(outcome.state, Turn((_YES[language],), language, yes)).replies
    )


def counts(found: list[str]) -> dict[str, Any]:
    """acceptable / minor / wrong / unjudged, and the acceptable rate."""
    tally = {name: found.count(name) for name in (*VERDICTS, "unjudged")}
    rate = round(tally["acceptable"] / len(found), 3) if found else 0.0
    return {**tally, "sample": len(found), "acceptable_rate": rate}


def sample_figures(judged: dict[str, Any], replies: list[str]) -> dict[str, Any]:
    """Each judge's counts; an item whose reply changed since it was read is unjudged."""
    same = [
        " ".join(reply.split()) == " ".join(item["reply"].split())
        for item, reply in zip(judged["items"], replies, strict=True)
    ]
    items = judged["items"]
    return {
        judge: counts([i[key] if ok else "unjudged" for i, ok in zip(items, same, strict=True)])
        for judge, key in JUDGES
        if all(key in item for item in judged["items"])
    }


async def after_yes_figures(model_dir: Path, judged_dir: Path = JUDGED) -> dict[str, Any]:
    """Acceptable replies after "yes" on each language's judged sample."""
    from nlu.embedded import EmbeddedParser

    figures: dict[str, Any] = {}
    for lang in LANGUAGES:
        path = judged_dir / SAMPLE.format(lang=lang)
        if not path.exists():
            continue
        judged = json.loads(path.read_text(encoding="utf-8"))
        parser = EmbeddedParser(model_dir, default_language=lang)
        await parser.initialize()
        replies = [
            (await said_back_and_reply(parser, i["message"], lang))[1] for i in judged["items"]
        ]
        figures[lang] = sample_figures(judged, replies)
    return figures
