"""hazm_lite's Normalizer, and hazm_compact's on hashed word lists: hazm's output on real
Persian text, without sklearn or scipy, and the compact one in a fraction of the memory."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REAL = Path(__file__).resolve().parents[3] / "shared" / "data" / "real-messages" / "fa.tsv"

_NORMALISE = """
import json, sys
from pathlib import Path
{load}
texts = json.load(sys.stdin)
normalizer = Normalizer()
json.dump([normalizer.normalize(t) for t in texts], sys.stdout)
heavy = sorted({{m.split('.')[0] for m in sys.modules}} & {{'sklearn', 'scipy', 'nltk', 'regex'}})
print()
print(json.dumps(heavy))
print(int(open('/proc/self/status').read().split('VmHWM:')[1].split()[0]) // 1024)
"""


def _normalise(load: str, texts: list[str]) -> tuple[list[str], list[str], int]:
    """Normalised texts, the heavy packages imported and peak RSS (MB), in a fresh interpreter."""
    out = subprocess.run(
        [sys.executable, "-c", _NORMALISE.format(load=load)],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    return json.loads(out[0]), json.loads(out[1]), int(out[2])


def test_same_output_as_hazm_on_rows_1_to_1000(tmp_path: Path) -> None:
    lines = REAL.read_text(encoding="utf-8").splitlines()[1:1001]
    texts = [line.split("\t")[0] for line in lines]
    assert len(texts) == 1000
    full, _, full_peak = _normalise("from hazm import Normalizer", texts)
    lite, lite_heavy, _ = _normalise(
        "from nlu.hazm_lite import normalizer_class\nNormalizer = normalizer_class()", texts
    )
    compact, compact_heavy, compact_peak = _normalise(
        "from nlu.hazm_compact import compact_normalizer\n"
        f"Normalizer = lambda: compact_normalizer(Path({str(tmp_path)!r}))",
        texts,
    )
    assert lite == full
    assert compact == full
    # nltk's __init__ (with sklearn, scipy) never ran, nor its interfaces' modules (stand-ins)
    assert lite_heavy == compact_heavy == []
    # The lists were built by a child process: this one never held them.
    assert list(tmp_path.glob("hazm-lexicon-*.npy"))
    assert compact_peak < full_peak / 2, (compact_peak, full_peak)


def test_nltk_imported_after_hazm_lite_is_the_real_one() -> None:
    probe = (
        "from nlu.hazm_lite import normalizer_class, StemmerI\n"
        "Normalizer = normalizer_class()\n"
        "import hazm.stemmer, nltk.stem.api\n"
        "print(issubclass(hazm.stemmer.Stemmer, StemmerI), nltk.stem.api.StemmerI is StemmerI,"
        " hasattr(nltk, 'word_tokenize'), hazm.stemmer.Stemmer().stem('کتاب‌ها'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["True", "False", "True", "کتاب"]
