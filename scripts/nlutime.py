"""CPU µs a parse the bot's way (language, the script of a short answer, ``parse_sync``),
in-process: the load bench's conversations as ``scripts/turncount.py`` draws them, a warm
pass first (a running bot's recurring words), then five passes each over other conversations
(a parse's text is new to a bot), ``time.process_time`` each. One checkout and its model:

    PYTHONPATH=<checkout> python scripts/nlutime.py <model dir>

Prints the five passes' µs a parse. Alternate checkouts run by run: it is timed, so load moves
it (round 30: every pass after below every pass before, at load 8-10).
"""

from __future__ import annotations

import asyncio
import importlib.util
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    """Time five passes and print each one's µs a parse."""
    spec = importlib.util.spec_from_file_location("turncount", HERE / "turncount.py")
    assert spec is not None and spec.loader is not None
    turncount = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(turncount)

    from bot.warmup import warm_up
    from nlu.embedded import EmbeddedParser
    from nlu.language import detect_language
    from nlu.latin import in_script

    parser = EmbeddedParser(Path(sys.argv[1]), default_language="fa")
    asyncio.run(parser.initialize())
    asyncio.run(warm_up(parser, ("ar", "en", "fa")))

    def one_pass(drawn: list[tuple[str, list[str]]]) -> int:
        parses = 0
        for _, script in drawn:
            previous = None
            for text in script[1:]:  # the /start is no parse
                said = detect_language(text, default="fa", previous=previous)
                words = (in_script(text, said) or text) if said != "en" else text
                parser.parse_sync(words, said)
                previous, parses = said, parses + 1
        return parses

    one_pass(turncount.conversations(150, 2))
    passes = []
    for seed in range(10, 15):
        drawn = turncount.conversations(150, seed)
        start = time.process_time()
        parses = one_pass(drawn)
        passes.append((time.process_time() - start) / parses * 1e6)
    print(" ".join(f"{value:.1f}" for value in passes))


if __name__ == "__main__":
    main()
