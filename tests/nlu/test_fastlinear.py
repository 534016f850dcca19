"""The numpy scorer gives the sklearn pipeline's probabilities; a bot never imports sklearn."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from nlu.embedded import EmbeddedParser, load_model, save_model, train_model
from nlu.language import detect_language
from nlu.normalize import normalize
from nlu.training_data import DEFAULT_DATA_DIR, HELDOUT_PATH, load, load_dir


@pytest.fixture(scope="module")
def trained() -> object:
    """A model fitted here, so its sklearn pipeline is at hand to compare against."""
    return train_model(load_dir(DEFAULT_DATA_DIR), "test")


def test_heldout_probabilities_equal_the_pipeline(trained: object, tmp_path: Path) -> None:
    path = tmp_path / "model.npz"
    save_model(trained, path)  # type: ignore[arg-type]
    reloaded = load_model(path)
    examples = load(HELDOUT_PATH).examples
    assert len(examples) > 100
    pipeline = trained.pipeline  # type: ignore[attr-defined]
    texts = [normalize(e.text, e.language or detect_language(e.text)) for e in examples]
    expected = pipeline.predict_proba(texts)
    assert tuple(pipeline.classes_) == reloaded.scorer.classes
    for text, row in zip(texts, expected, strict=True):
        got = reloaded.scorer.predict_proba(text)
        np.testing.assert_allclose(got, row, rtol=0, atol=1e-12)
        assert int(np.argmax(got)) == int(np.argmax(row))


def test_loading_and_parsing_never_import_sklearn(embedded: EmbeddedParser) -> None:
    """A fresh interpreter loads the cached model and parses fa/ar/en without sklearn/scipy."""
    script = (
        "import sys, asyncio\n"
        "from pathlib import Path\n"
        "from nlu.embedded import EmbeddedParser\n"
        f"p = EmbeddedParser(Path({str(embedded.model_dir)!r}))\n"
        "p.load_or_train()\n"
        "for t in ('سفارشم دیر رسید', 'الطلب تأخر', 'the app crashed'):\n"
        "    print(asyncio.run(p.parse(t)).intent)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sklearn', 'scipy')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert out[:3] == ["complaint", "complaint", "complaint"]
    assert out[3] == "[]"


def test_cached_word_ngrams_count_as_the_analyzer_does(trained: object) -> None:
    """Per-word cached columns: the same terms, counts and first-met order as the analyzer
    over the whole text (the order is the order of the values summed when scoring)."""
    scorer = trained.scorer  # type: ignore[attr-defined]
    [chars] = [v for v in scorer._vectorizers if v.word_columns is not None]
    texts = [
        "the order the order came late",
        "  Late\tlate  LATE a b ",
        "سفارشم دیر رسید و سفارشم را پس دادم",
        "الطلب تأخر كثير والطلب",
        "x",
        "",
    ]
    vocabulary = chars.vocabulary
    for text in texts * 2:  # the second time from the cache
        counted = Counter(chars.analyze(text))
        expected = [(vocabulary[t], n) for t, n in counted.items() if t in vocabulary]
        assert list(chars.counts(text).items()) == expected
    assert chars.word_columns.cache_info().hits > 0


def test_a_words_columns_are_the_vocabularys_own_ints_in_order(trained: object) -> None:
    """A word's cached columns: the known n-grams' columns in the analyzer's order, repeats
    kept (what the int array held), each the vocabulary's own int object (none made anew)."""
    from nlu.fastlinear import _word_grams

    scorer = trained.scorer  # type: ignore[attr-defined]
    [chars] = [v for v in scorer._vectorizers if v.word_columns is not None]
    vocabulary = chars.vocabulary
    words = "the order the order came late lalala سفارشم دیر رسید الطلب تأخر كثير x".split()
    for word in words:
        columns = chars.word_columns(word)
        grams = [g for g in _word_grams(word, 1, 4) if g in vocabulary]
        assert type(columns) is tuple
        assert list(columns) == [vocabulary[g] for g in grams]
        assert all(c is vocabulary[g] for c, g in zip(columns, grams, strict=True))
