"""The warm-up pays the turn path's first uses that are not a language's lexicons: the
Persian-or-Arabic model (the first ambiguous text), the staff catalogs (the first handoff's
card) and every stage of a conversation; and it returns freed heap to the kernel."""

from __future__ import annotations

import gc
from pathlib import Path

from bot import warmup
from dialogues import catalog
from dialogues.policy import new_state, respond
from dialogues.turn import Turn
from nlu import script_model
from nlu.embedded import EmbeddedParser


async def test_the_warm_up_loads_what_a_first_turn_would(nlu_model_dir: Path) -> None:
    parser = EmbeddedParser(nlu_model_dir)
    await parser.initialize()
    script_model._model.cache_clear()
    script_model._vocabulary.cache_clear()
    catalog.reload()
    threshold = gc.get_threshold()
    try:
        await warmup.warm_up(parser, ("en",))
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
    assert script_model._vocabulary.cache_info().currsize == 1
    misses = catalog._load.cache_info().misses
    for language in ("fa", "ar", "en"):
        catalog.keys(language, catalog.STAFF)
    assert catalog._load.cache_info().misses == misses  # all three were loaded already


async def test_the_warm_up_conversation_reaches_the_handoff(nlu_model_dir: Path) -> None:
    parser = EmbeddedParser(nlu_model_dir)
    await parser.initialize()
    for language in ("en", "ar"):  # Persian's texts would load hazm in this process
        state = respond(new_state(language, 0), Turn((), language, kind="start")).state
        stages = []
        for text in (warmup.OPENERS[language], warmup.SAMPLES[language], *warmup.REST[language]):
            understanding = (await parser.parse(text, language)).understanding()
            state = respond(state, Turn((text,), language, understanding)).state
            stages.append(state.stage)
        assert {"listening", "confirming", "permission", "jtbd", "anything_else"} <= set(stages)
        assert stages[-1] == "handed_off", stages


def test_freed_heap_is_given_back_on_glibc() -> None:
    assert warmup.give_back_free_memory() is True  # this machine's libc is glibc
