"""The default backend: a scikit-learn classifier over char and word n-grams of normalised text."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nlu import FALLBACK_INTENT
from nlu.errors import ModelNotTrainedError, NLUError
from nlu.fastlinear import FastLinearScorer
from nlu.language import detect_language
from nlu.normalize import load_persian, normalize, persian_ready
from nlu.result import ParseResult, understood
from nlu.topics import OrderIdFinder, TopicMatcher
from nlu.training_data import DEFAULT_DATA_DIR, TrainingData, data_files, fingerprint, load_dir

log = logging.getLogger(__name__)

# Bump when features or model change so stale caches are retrained, not loaded.
MODEL_VERSION = "embedded-3"
# Intents about the conversation itself never carry a topic.
_TOPICLESS_INTENTS = frozenset({"greet", "affirm", "deny", "done", FALLBACK_INTENT})
_HERE = Path(__file__).resolve().parent
_FEATURE_CODE = ("embedded.py", "normalize.py", "language.py", "matching.py", "topics.py")


@dataclass
class _Model:
    """What is trained and cached together."""

    key: str
    pipeline: Any  # sklearn Pipeline; Any keeps sklearn out of the import graph
    topics: TopicMatcher
    order_ids: OrderIdFinder
    scorer: FastLinearScorer | None = None

    def __post_init__(self) -> None:
        # Derived from the pipeline, so rebuilt rather than trusted from a pickle.
        self.scorer = FastLinearScorer(self.pipeline)

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "scorer": None}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.__post_init__()


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
    return _Model(
        key=key,
        pipeline=pipeline,
        topics=TopicMatcher.from_training_data(data),
        order_ids=OrderIdFinder(data.regexes.get("order_id", [])),
    )


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

    def _cache_key(self) -> str:
        """Hash of the training files, model version and scikit-learn version."""
        import sklearn

        # The code that turns text into features is part of the model, so it is hashed too.
        code = [_HERE / name for name in _FEATURE_CODE]
        return fingerprint(
            [*data_files(self.data_dir), *code], f"{MODEL_VERSION}/{sklearn.__version__}"
        )

    def _cache_path(self, key: str) -> Path:
        return self.model_dir / f"embedded-{key}.joblib"

    def load_or_train(self) -> None:
        """Load the cached model for the current data, or train and cache one."""
        import joblib

        key = self._cache_key()
        path = self._cache_path(key)
        if path.exists():
            try:
                model = joblib.load(path)
                if isinstance(model, _Model) and model.key == key:
                    self._model = model
                    log.info("embedded NLU model loaded from %s", path)
                    return
            except Exception as exc:  # a corrupt or foreign cache is retrained, not fatal
                log.warning("ignoring unreadable NLU cache %s: %s", path, exc)
        try:
            self._model = train_model(load_dir(self.data_dir), key)
        except NLUError:
            raise
        except Exception as exc:
            raise ModelNotTrainedError(f"training the embedded model failed: {exc}") from exc
        self._save(path)

    def _save(self, path: Path) -> None:
        """Write the cache atomically and drop caches for older data."""
        import joblib

        try:
            self.model_dir.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            joblib.dump(self._model, tmp)
            tmp.replace(path)
            for old in self.model_dir.glob("embedded-*.joblib"):
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
        normalized = normalize(text, lang)
        ranking: tuple[tuple[str, float], ...] = ()
        intent, confidence = FALLBACK_INTENT, 0.0
        if normalized:
            scorer = model.scorer or FastLinearScorer(model.pipeline)
            probabilities = scorer.predict_proba(normalized)
            classes = scorer.classes
            ranking = tuple(
                sorted(
                    ((str(c), float(p)) for c, p in zip(classes, probabilities, strict=True)),
                    key=lambda pair: -pair[1],
                )
            )
            best, confidence = ranking[0]
            intent = best if confidence >= self.threshold else FALLBACK_INTENT
        topic = None if intent in _TOPICLESS_INTENTS else model.topics.match(normalized, lang)
        return understood(
            text, lang, ranking, intent, confidence, topic, model.order_ids.find(text)
        )
