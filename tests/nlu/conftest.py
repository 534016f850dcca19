"""NLU fixtures: a trained embedded parser (once per session) and a real Rasa server."""

from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from nlu.embedded import EmbeddedParser

REPO = Path(__file__).resolve().parents[2]
REAL_MESSAGES = REPO.parent / "shared" / "data" / "real-messages"
# A readiness wait, not a timing: it returns as soon as /status answers. Rasa's start (TensorFlow's
# import and the model's load) takes 25-30 s on a quiet machine and went past 120 s on this 2-core
# machine under load (stop 24: three ERRORs in tests/nlu/test_rasa.py while other work ran).
RASA_START_TIMEOUT = 600.0


@pytest.fixture(scope="session")
def embedded(nlu_model_dir: Path) -> EmbeddedParser:
    """The embedded parser, trained once per run into the run's shared model cache.

    The cache is keyed by the training data's content, so the end-to-end tests load this
    same model instead of training a second one.
    """
    parser = EmbeddedParser(nlu_model_dir)
    parser.load_or_train()
    return parser


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class RasaServer:
    """A `rasa run --enable-api` process on a free port."""

    process: subprocess.Popen[bytes]
    port: int
    log_path: Path
    stopped: bool = field(default=False)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        """Terminate the server (and its children) and wait for it."""
        if self.stopped:
            return
        self.stopped = True
        try:
            os.killpg(self.process.pid, 15)
        except ProcessLookupError:
            return
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, 9)
            self.process.wait()


def _rasa_paths() -> tuple[Path, Path]:
    venv = Path(os.environ.get("RASA_VENV", REPO / ".rasa-venv"))
    model = Path(os.environ.get("RASA_MODEL", REPO / "nlu" / "models" / "hamdel-nlu.tar.gz"))
    if not venv.is_absolute():
        venv = REPO / venv
    if not model.is_absolute():
        model = REPO / model
    return venv / "bin" / "rasa", model


def _missing(reason: str) -> None:
    """Skip, or fail when CI demands Rasa (REQUIRE_RASA=1)."""
    if os.environ.get("REQUIRE_RASA") == "1":
        pytest.fail(f"REQUIRE_RASA=1 but {reason}")
    pytest.skip(reason)


def start_rasa(log_dir: Path) -> RasaServer:
    """Start the trained model on a free port and wait until /status answers."""
    rasa, model = _rasa_paths()
    if not rasa.exists():
        _missing(f"{rasa} not found (make rasa-venv)")
    if not model.exists():
        _missing(f"{model} not found (make rasa-train)")
    port = _free_port()
    log_path = log_dir / f"rasa-{port}.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [str(rasa), "run", "--enable-api", "--model", str(model), "--port", str(port)],
            cwd=REPO,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, so stop() reaches the workers
        )
    server = RasaServer(process, port, log_path)
    deadline = time.monotonic() + RASA_START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"rasa exited with {process.returncode}; see {log_path}")
        try:
            with urllib.request.urlopen(f"{server.url}/status", timeout=2) as response:
                if response.status == 200:
                    return server
        except OSError:
            time.sleep(1)
    server.stop()
    pytest.fail(f"rasa /status did not answer within {RASA_START_TIMEOUT:.0f}s; see {log_path}")


@pytest.fixture(scope="session")
def rasa_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RasaServer]:
    """One Rasa server shared by the integration tests."""
    server = start_rasa(tmp_path_factory.mktemp("rasa"))
    yield server
    server.stop()


@pytest.fixture
def disposable_rasa_server(tmp_path: Path) -> Iterator[RasaServer]:
    """A Rasa server of its own, for a test that stops it."""
    server = start_rasa(tmp_path)
    yield server
    server.stop()
