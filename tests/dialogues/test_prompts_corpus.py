"""Prompts on real first messages (tuning rows only): the right kind of prompt, or none."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from dialogues import telling
from dialogues.catalog import variants
from dialogues.turn import Language
from tests.dialogues.script import Script

REAL = Path(__file__).resolve().parents[3] / "shared" / "data" / "real-messages"
ROWS = 300  # of rows 1–1000, the tuning rows; rows 1001–2000 are never read here
POSITIVE = {"HAPPY", "1", "positive"}


def tuning_rows(language: str) -> list[tuple[str, str]]:
    path = REAL / f"{language}.tsv"
    if not path.exists():
        pytest.skip(f"{path} is not here")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(row[0], row[1]) for row in rows[1 : ROWS + 1]]


@pytest.mark.parametrize("language", ["fa", "ar", "en"])
def test_first_prompts_fit_the_message(language: Language) -> None:
    event = variants(language, "listen_event")
    problem = event + variants(language, "listen_impact") + variants(language, "listen_need")
    reflected = prompted = 0
    for text, label in tuning_rows(language):
        positive = label in POSITIVE
        chat = Script(language)
        chat.start()
        reply = chat.says(
            text,
            intent="praise" if positive else "complaint",
            sentiment="positive" if positive else "negative",
            score=0.6 if positive else -0.6,
        )
        if chat.stage == "confirming":
            reflected += 1
            continue
        if chat.stage != "listening":
            continue  # a greeting back, an explicit request for a person, …
        prompted += 1
        read = telling.read([text], language)
        if read.event:  # never "what happened?" after a message that says what happened
            assert not any(line in reply for line in event), (text, reply)
        # Praise is asked about what stood out, never about a problem, unless the praise
        # only leads into one ("it came hot, but they charged for the bag"): then the "but".
        if positive and not telling.complains_after_contrast([text], language):
            assert not any(line in reply for line in problem), (text, reply)
        chat.assert_well_spoken()
    assert reflected + prompted >= ROWS * 0.9
    assert reflected >= ROWS * 0.4  # long, full tellings are reflected at once
