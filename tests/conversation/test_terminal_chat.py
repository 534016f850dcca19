"""`hamdel chat` as a user runs it: piped scripts in fa, ar and en, exports, and restarts."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import threading
from pathlib import Path

from tests.conversation.conftest import PYTHON, ROOT


def chat(env: dict[str, str], lines: list[str], *, lang: str, customer: str) -> str:
    """Run one terminal session with ``lines`` piped in; its stdout."""
    result = subprocess.run(
        [PYTHON, "-m", "bot", "chat", "--lang", lang, "--customer", customer],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=180,
        check=True,
    )
    return result.stdout


def export(env: dict[str, str], what: str) -> list[dict[str, object]]:
    result = subprocess.run(
        [PYTHON, "-m", "bot", "export", what, "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    return json.loads(result.stdout)


def bot_lines(transcript: str) -> list[str]:
    return [line for line in transcript.splitlines() if line.startswith("hamdel> ")]


def test_english_complaint_to_named_owner(cli_env: dict[str, str]) -> None:
    transcript = chat(
        cli_env,
        [
            "my order hasn't arrived after three days and nobody from support answers my emails",
            "yes",
            "sure",
            "I need the gift delivered before Friday so I can surprise my daughter",
            "the parcel at my door by Thursday evening",
            "no that's all",
        ],
        lang="en",
        customer="maya",
    )
    said = bot_lines(transcript)
    assert "keeps you up at night" in said[0]
    assert any("your order" in line and line.endswith("?") for line in said)
    assert any("sorry" in line.lower() for line in said)
    assert "[handoff]" in transcript
    assert any("Reza Karimi" in line and "2 hours" in line for line in said)
    handoffs = export(cli_env, "handoffs")
    assert len(handoffs) == 1
    assert handoffs[0]["topic"] == "delivery" and handoffs[0]["owner"] == "reza"
    jobs = export(cli_env, "jobs")
    assert len(jobs) == 1 and str(jobs[0]["statement"]).startswith("When ")
    assert "Friday" in str(jobs[0]["statement"])
    for field in ("id", "customer_id", "created_at", "situation", "motivation", "quotes"):
        assert field in jobs[0]


def test_persian_complaint_with_correction(cli_env: dict[str, str]) -> None:
    transcript = chat(
        cli_env,
        [
            "سلام",
            "سفارشم سه روزه نرسیده و پشتیبانی هم جواب نمیده، هدیه تولد دخترم بود و خیلی نگرانم",
            "نه، منظورم این نبود",
            "هدیه تولد دخترم بود و باید قبل از جمعه برسه",
            "آره دقیقا",
            "بپرسید",
            "اینکه هدیه قبل از جمعه برسه",
            "همین که جمعه تولدش رو با هدیه جشن بگیریم",
            "نه همین",
        ],
        lang="fa",
        customer="ali",
    )
    said = bot_lines(transcript)
    assert "شب‌ها" in said[0] or "خواب" in said[0]
    assert any("سفارشتان" in line for line in said)
    assert any("از قلم" in line or "اشتباه فهمیدم" in line or "جا انداختم" in line for line in said)
    assert "[handoff]" in transcript
    assert any("رضا کریمی" in line for line in said)
    jobs = export(cli_env, "jobs")
    assert jobs and str(jobs[0]["statement"]).startswith("وقتی")
    assert jobs[0]["language"] == "fa"


def test_arabic_praise_is_thanked_and_logged(cli_env: dict[str, str]) -> None:
    transcript = chat(
        cli_env,
        [
            "الطلب وصل بسرعة والمنتج ممتاز جداً، شكراً لكم على الخدمة الرائعة والتغليف المرتب",
            "نعم",
            "لا شكراً",
        ],
        lang="ar",
        customer="khaled",
    )
    said = bot_lines(transcript)
    assert "يؤرقك" in said[0] or "يُسهرك" in said[0] or "يقلقك" in said[0]
    assert any("«" in line for line in said)  # the praise is quoted back
    assert "[handoff]" not in transcript


def test_conversation_resumes_after_the_process_ends(cli_env: dict[str, str]) -> None:
    first = chat(
        cli_env,
        ["the app logs me out every time I switch to the camera to scan a receipt for work"],
        lang="en",
        customer="resume",
    )
    assert "keeps you up at night" in first
    assert "camera" in bot_lines(first)[-1]  # a first message that tells is reflected at once
    second = chat(cli_env, ["yes"], lang="en", customer="resume")
    said = bot_lines(second)
    assert "keeps you up at night" not in second  # no second greeting: it resumed
    # The "yes" answers the reflection given before the restart: permission is asked next.
    assert said and "question" in said[0], said


def test_kill_between_messages_loses_nothing(cli_env: dict[str, str]) -> None:
    proc = subprocess.Popen(
        [PYTHON, "-m", "bot", "chat", "--lang", "en", "--customer", "killed"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=cli_env,
        cwd=ROOT,
    )
    assert proc.stdin and proc.stdout
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(x) for x in proc.stdout], daemon=True).start()
    proc.stdin.write("my refund for the cancelled order never reached my card\n")
    proc.stdin.flush()
    said: list[str] = []
    try:
        while len(said) < 2:  # the greeting, then the answer to our message
            line = lines.get(timeout=120)
            if line.startswith("hamdel> "):
                said.append(line)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    resumed = chat(cli_env, ["that's all"], lang="en", customer="killed")
    assert "keeps you up at night" not in resumed  # no second greeting: it resumed
    # Nothing was lost: the message sent before the kill reaches the owner's card.
    assert "my refund for the cancelled order never reached my card" in resumed, resumed


def test_db_upgrade_command(cli_env: dict[str, str], tmp_path: Path) -> None:
    subprocess.run(
        [PYTHON, "-m", "bot", "db", "upgrade"],
        env=cli_env,
        cwd=ROOT,
        check=True,
        timeout=120,
        capture_output=True,
    )
    assert (tmp_path / "hamdel.db").exists()
