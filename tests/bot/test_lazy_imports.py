"""Start-up's warm-up loads hazm when the process's RSS leaves it room under
NLU_WARM_UP_PERSIAN_BELOW_MB, or as NLU_WARM_UP_PERSIAN says: with it false (or the room
lacking) a process that never sees Persian never pays for it. None imports scikit-learn or
scipy (~100 MB)."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from nlu.embedded import EmbeddedParser

ROOT = Path(__file__).resolve().parents[2]

# Runs in a fresh interpreter: this test process has long imported everything.
PROBE = textwrap.dedent(
    """
    import asyncio, gc, sys
    from pathlib import Path

    import bot.telegram.application  # the whole Telegram application, as `hamdel run` loads it
    from bot.app import Services
    from bot.service import IncomingMessage
    from bot.settings import Settings

    PERSIAN = {"never": False, "tight": None, "roomy": None, "always": True}
    BELOW_MB = {"tight": 1, "roomy": 100_000, "always": 1}

    async def main(database_url, model_dir, owners, warm):
        settings = Settings(
            _env_file=None,
            database_url=database_url,
            nlu_model_dir=Path(model_dir),
            owners_file=Path(owners),
            default_lang="en",
            nlu_warm_up=warm != "cold",
            nlu_warm_up_persian=PERSIAN.get(warm),
            nlu_warm_up_persian_below_mb=BELOW_MB.get(warm, 150),
        )
        stages = []
        async with Services(settings) as services:
            print("hazm" in sys.modules, gc.get_freeze_count() > 0)  # before any turn
            for text in ("hello", "my parcel never arrived and nobody answers the phone"):
                message = IncomingMessage(channel="console", user_id="u1", chat_id=1, text=text)
                await services.conversations.store_inbound(message)
                report = await services.conversations.handle_burst([message])
                stages.append(f"{report.language}:{report.stage}:{len(report.replies)}")
        print(" ".join(stages))
        print("hazm" in sys.modules)
        print(sorted({m.split(".")[0] for m in sys.modules} & {"sklearn", "scipy"}))

    asyncio.run(main(*sys.argv[1:]))
    """
)


def _probe(tmp_path: Path, nlu_model_dir: Path, warm: str) -> list[str]:
    """The probe's output lines, from a fresh interpreter."""
    # Trained here (training reads Persian examples), loaded from the cache there.
    asyncio.run(EmbeddedParser(nlu_model_dir).initialize())
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            PROBE,
            f"sqlite+aiosqlite:///{tmp_path / 'hamdel.db'}",
            str(nlu_model_dir),
            str(ROOT / "owners.example.yml"),
            warm,
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.strip().splitlines()[-4:]


def test_an_english_only_process_never_imports_hazm_without_warm_up(
    tmp_path: Path, nlu_model_dir: Path
) -> None:
    at_start, stages, hazm_loaded, heavy = _probe(tmp_path, nlu_model_dir, "cold")
    assert at_start == "False False"
    assert all(s.startswith("en:") and not s.endswith(":0") for s in stages.split()), stages
    assert hazm_loaded == "False"
    assert heavy == "[]"


@pytest.mark.parametrize("warm", ["never", "tight"])
def test_a_warm_up_without_persian_leaves_hazm_to_the_first_persian_text(
    tmp_path: Path, nlu_model_dir: Path, warm: str
) -> None:
    """NLU_WARM_UP_PERSIAN=false, or unset with no room under the RSS bound (1 MB here)."""
    at_start, stages, hazm_loaded, heavy = _probe(tmp_path, nlu_model_dir, warm)
    assert at_start == "False True"  # the start-up heap frozen, no turn yet, no hazm
    assert all(s.startswith("en:") and not s.endswith(":0") for s in stages.split()), stages
    assert hazm_loaded == "False"
    assert heavy == "[]"


@pytest.mark.parametrize("warm", ["roomy", "always"])
def test_a_persian_warm_up_loads_hazm_before_the_first_turn(
    tmp_path: Path, nlu_model_dir: Path, warm: str
) -> None:
    """Unset with room under the RSS bound, or NLU_WARM_UP_PERSIAN=true whatever the RSS."""
    at_start, stages, _, heavy = _probe(tmp_path, nlu_model_dir, warm)
    assert at_start == "True True"  # hazm loaded and the start-up heap frozen, no turn yet
    assert all(s.startswith("en:") and not s.endswith(":0") for s in stages.split()), stages
    assert heavy == "[]"
