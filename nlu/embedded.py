"""The default backend: a scikit-learn classifier over char and word n-grams of normalised text."""

from __future__ import annotations

import asyncio
import io
import logging
import pickle
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

from nlu import FALLBACK_INTENT
from nlu.errors import ModelNotTrainedError, NLUError
from nlu.fastlinear import FastLinearScorer, to_arrays
from nlu.language import detect_language
from nlu.normalize import load_persian, normalize, persian_ready, use_compact_lexicon
from nlu.result import ParseResult, understood
from nlu.topics import OrderIdFinder, TopicMatcher
from nlu.training_data import DEFAULT_DATA_DIR, TrainingData, data_files, fingerprint, load_dir

log = logging.getLogger(__name__)

# Bump when features or model change so stale caches are retrained, not loaded.
MODEL_VERSION = "embedded-4"
# Intents about the conversation itself never carry a topic.
_TOPICLESS_INTENTS = frozenset({"greet", "affirm", "deny", "done", FALLBACK_INTENT})
_HERE = Path(__file__).resolve().parent
_FEATURE_CODE = ("embedded.py", "normalize.py", "language.py", "matching.py", "topics.py")
# Short texts parsed lately, with their parse: a customer's short answers ("yes", «بله»,
# «نعم، تفضل», "that's all") recur conversation after conversation, and a parse is the
# same for the same text, language and threshold (the model is fixed once loaded).
PARSE_MEMO = 512
PARSE_MEMO_CHARS = 64


@dataclass
class _Model:
    """What is trained and cached together: the classifier's weights and the matchers."""

    key: str
    scorer: FastLinearScorer
    topics: TopicMatcher
    order_ids: OrderIdFinder
    arrays: dict[str, Any] = field(default_factory=dict, repr=False)  # what the cache stores
    pipeline: Any = field(
        default=None, repr=False
    )  # the fitted sklearn Pipeline, when trained here
    # (text, language, threshold) -> its parse, for short texts (PARSE_MEMO, oldest out first)
    parses: dict[tuple[str, str, float], ParseResult] = field(default_factory=dict, repr=False)


def _example_language(text: str, language: str | None) -> str:
    """The example's declared language, or the detected one."""
    return language or detect_language(text)


def _build_pipeline() -> Any:
    """Char_wb 1–4 and word 1–2 n-grams into a multinomial logistic regression."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    features = FeatureUnion(
        [
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4), sublinear_tf=True)),
            (
                "words",
                TfidfVectorizer(
                    analyzer="word",
                    ngram_range=(1, 2),
                    token_pattern=r"(?u)[\w\u200c]+",
                    sublinear_tf=True,
                ),
            ),
        ]
    )
    # Logistic regression gives usable probabilities directly, which the fallback needs.
    classifier = LogisticRegression(C=20.0, max_iter=3000)
    return Pipeline([("features", features), ("classifier", classifier)])


def train_model(data: TrainingData, key: str) -> _Model:
    """Fit the intent classifier and build the topic / order-id matchers."""
    if not data.examples:
        raise ModelNotTrainedError("no training examples")
    texts = [normalize(e.text, _example_language(e.text, e.language)) for e in data.examples]
    labels = [e.intent for e in data.examples]
    pipeline = _build_pipeline()
    pipeline.fit(texts, labels)
    arrays = to_arrays(pipeline)
    return _Model(
        key=key,
        scorer=FastLinearScorer(arrays),
        topics=TopicMatcher.from_training_data(data),
        order_ids=OrderIdFinder(data.regexes.get("order_id", [])),
        arrays=arrays,
        pipeline=pipeline,
    )


def save_model(model: _Model, path: Path) -> None:
    """Weights as arrays and the matchers (pure Python, pickled) in one npz, atomically."""
    matchers = pickle.dumps((model.key, model.topics, model.order_ids))
    tmp = path.with_suffix(".tmp")
    with tmp.open("wb") as out:
        np.savez(out, matchers=np.frombuffer(matchers, dtype=np.uint8), **model.arrays)
    tmp.replace(path)


def load_model(path: Path) -> _Model:
    """The model ``save_model`` wrote; needs numpy only, never scikit-learn."""
    with np.load(path, allow_pickle=False) as npz:
        arrays = {name: npz[name] for name in npz.files}
    key, topics, order_ids = pickle.load(io.BytesIO(arrays.pop("matchers").tobytes()))
    return _Model(str(key), FastLinearScorer(arrays), topics, order_ids, arrays)


def _negated_confidence(pair: tuple[str, float]) -> float:
    """The ranking's order: highest confidence first, ties in the classes' order."""
    return -pair[1]


class EmbeddedParser:
    """Trains from ``data_dir`` at start-up, or loads the model cached in ``model_dir``."""

    name = "local"

    def __init__(
        self,
        model_dir: Path,
        data_dir: Path = DEFAULT_DATA_DIR,
        *,
        threshold: float = 0.3,
        default_language: str = "fa",
    ) -> None:
        """Nothing is loaded until ``initialize()``."""
        self.model_dir = Path(model_dir)
        self.data_dir = Path(data_dir)
        self.threshold = threshold
        self.default_language = default_language
        self._model: _Model | None = None
        self._persian: asyncio.Future[None] | None = None
        # hazm's word lists cached compactly beside the model (~5 MB instead of ~135).
        use_compact_lexicon(self.model_dir)

    def _cache_key(self) -> str:
        """Hash of the training files, model version and scikit-learn version."""
        # The version from the package's metadata: importing sklearn costs ~100 MB.
        sklearn_version = metadata.version("scikit-learn")
        # The code that turns text into features is part of the model, so it is hashed too.
        code = [_HERE / name for name in _FEATURE_CODE]
        return fingerprint(
            [*data_files(self.data_dir), *code], f"{MODEL_VERSION}/{sklearn_version}"
        )

    def _cache_path(self, key: str) -> Path:
        return self.model_dir / f"embedded-{key}.npz"

    def load_or_train(self) -> None:
        """Load the cached model for the current data, or train and cache one."""
        key = self._cache_key()
        path = self._cache_path(key)
        if path.exists():
            try:
                model = load_model(path)
                if model.key == key:
                    self._model = model
                    log.info("embedded NLU model loaded from %s", path)
                    return
            except Exception as exc:  # a corrupt or foreign cache is retrained, not fatal
                log.warning("ignoring unreadable NLU cache %s: %s", path, exc)
        try:
            self._model = train_model(load_dir(self.data_dir), key)
            self._model.pipeline = None  # parsing needs the weights only
        except NLUError:
            raise
        except Exception as exc:
            raise ModelNotTrainedError(f"training the embedded model failed: {exc}") from exc
        self._save(path)

    def _save(self, path: Path) -> None:
        """Write the cache atomically and drop caches for older data."""
        assert self._model is not None
        try:
            self.model_dir.mkdir(parents=True, exist_ok=True)
            save_model(self._model, path)
            for old in [*self.model_dir.glob("embedded-*.npz"), *self.model_dir.glob("*.joblib")]:
                if old != path:
                    old.unlink(missing_ok=True)
            log.info("embedded NLU model trained and cached at %s", path)
        except OSError as exc:  # a read-only disk costs a retrain next start, nothing more
            log.warning("could not cache the NLU model in %s: %s", self.model_dir, exc)

    async def initialize(self) -> None:
        """Load or train off the event loop (training takes a second or two)."""
        if self._model is None:
            await asyncio.to_thread(self.load_or_train)

    async def shutdown(self) -> None:
        """Nothing to release; the model stays usable for a later initialize()."""

    async def parse(self, text: str, language: str | None = None) -> ParseResult:
        """Same as ``parse_sync``: a parse takes well under a millisecond.

        The first Persian text loads hazm (a second or two): in a thread, once, so every
        other customer's turn goes on meanwhile.
        """
        lang = language or detect_language(text, self.default_language)
        if lang == "fa" and not persian_ready():
            if self._persian is None:
                self._persian = asyncio.ensure_future(asyncio.to_thread(load_persian))
            await asyncio.shield(self._persian)
        return self.parse_sync(text, lang)

    def parse_sync(self, text: str, language: str | None = None) -> ParseResult:
        """Intent, topic, order id and sentiment of ``text``."""
        model = self._model
        if model is None:
            raise ModelNotTrainedError("EmbeddedParser.initialize() was not called")
        lang = language or detect_language(text, self.default_language)
        if len(text) > PARSE_MEMO_CHARS:
            return self._parse(model, text, lang)
        key = (text, lang, self.threshold)
        parses = model.parses
        result = parses.get(key)
        if result is None:
            result = self._parse(model, text, lang)
            if len(parses) >= PARSE_MEMO:
                del parses[next(iter(parses))]
            parses[key] = result
        return result

    def _parse(self, model: _Model, text: str, lang: str) -> ParseResult:
        """``parse_sync``'s work, for a text the memo does not hold."""
        normalized = normalize(text, lang)
        ranking: tuple[tuple[str, float], ...] = ()
        intent, confidence = FALLBACK_INTENT, 0.0
        if normalized:
            scorer = model.scorer
            probabilities = scorer.predict_proba(normalized)
            # The classes are str already, and tolist() gives each probability as the
            # float float() made of it, without a generator a class.
            pairs = zip(scorer.classes, probabilities.tolist(), strict=True)
            ranking = tuple(sorted(pairs, key=_negated_confidence))
            best, confidence = ranking[0]
            intent = best if confidence >= self.threshold else FALLBACK_INTENT
        topic = None if intent in _TOPICLESS_INTENTS else model.topics.match(normalized, lang)
        return understood(
            text, lang, ranking, intent, confidence, topic, model.order_ids.find(text)
        )
