"""``hamdel dashboard --link`` and ``hamdel digest --print`` from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from tests.dashboard.conftest import ROOT


def test_a_printed_link_is_for_a_known_owner_and_digest_prints(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)  # no .env from the developer's checkout
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'h.db'}")
    monkeypatch.setenv("OWNERS_FILE", str(ROOT / "owners.example.yml"))
    monkeypatch.setenv("PUBLIC_BASE_URL", "https://hamdel.example/")
    monkeypatch.setenv("DIGEST_LANG", "ar")
    assert main(["dashboard", "--link", "sara"]) == 0
    link = capsys.readouterr().out.strip()
    assert link.startswith("https://hamdel.example/login?t=") and len(link) > 60
    assert main(["dashboard", "--link", "nobody"]) == 2
    assert "not an owner" in capsys.readouterr().err
    assert main(["digest", "--print"]) == 0
    assert capsys.readouterr().out.startswith("اجتماع الأسبوع")
    monkeypatch.setenv("DIGEST_TIMEZONE", "Mars/Olympus")
    assert main(["digest", "--send"]) == 2
