"""hazm_lite's Normalizer: hazm's output on real Persian text, without sklearn or scipy."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REAL = Path(__file__).resolve().parents[3] / "shared" / "data" / "real-messages" / "fa.tsv"

_NORMALISE = """
import json, sys
{load}
texts = json.load(sys.stdin)
normalizer = Normalizer()
json.dump([normalizer.normalize(t) for t in texts], sys.stdout)
heavy = sorted({{m.split('.')[0] for m in sys.modules}} & {{'sklearn', 'scipy'}})
print()
print(json.dumps(heavy))
"""


def _normalise(load: str, texts: list[str]) -> tuple[list[str], list[str]]:
    """Normalised texts and the heavy packages imported, from a fresh interpreter."""
    out = subprocess.run(
        [sys.executable, "-c", _NORMALISE.format(load=load)],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    return json.loads(out[0]), json.loads(out[1])


def test_same_output_as_hazm_on_rows_1_to_1000() -> None:
    lines = REAL.read_text(encoding="utf-8").splitlines()[1:1001]
    texts = [line.split("\t")[0] for line in lines]
    assert len(texts) == 1000
    lite, lite_heavy = _normalise(
        "from nlu.hazm_lite import normalizer_class\nNormalizer = normalizer_class()", texts
    )
    full, _ = _normalise("from hazm import Normalizer", texts)
    assert lite == full
    assert lite_heavy == []  # nltk's __init__ (and with it sklearn and scipy) was never run
