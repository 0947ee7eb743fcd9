"""Chooses the safety answer for a message, and says when no answer is close enough.

Two independent checks decide whether an answer is given (`decision: answer`):
1. the confidence of a class-weighted logistic regression over the answers (the word and
   character n-gram counts of the pipeline; out-of-scope examples are one more class, so a
   question about something else draws probability away from every answer), and
2. the TF-IDF cosine similarity of the message to the nearest training question of the chosen
   answer: a message may be ranked first by a linear model while resembling none of the
   questions that answer was written for.
Otherwise the decision is `abstain` (the action offers the nearest topics and the dzielnicowy),
or `decline` when the message is closer to the out-of-scope examples than to any answer.
Questions on subjects no answer covers are a class of their own (`faq/no_answer`): when it
ranks first, the decision is `abstain` however confident the runner-up.

It replaces Rasa's ResponseSelector: in the cross-validation of bench/nlu.py the linear model
chose the right answer more often (and trains in a fraction of the time), and the gate needs
the similarities anyway. Its output is the `answer` key of the parse data.
"""

from __future__ import annotations

import logging
import warnings
from typing import Any

import numpy as np
import scipy.sparse as sp
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.featurizers.featurizer import Featurizer
from rasa.shared.nlu.constants import INTENT, INTENT_RESPONSE_KEY, RESPONSE_SELECTOR, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression

logger = logging.getLogger(__name__)

ANSWER = "answer"
DECLINE_LABEL = "out_of_scope"
_WEIGHTS = "answers.npz"
_EXAMPLES = "examples.npz"


def sentence_features(
    messages: list[Message], featurizers: list[str] | None = None
) -> sp.csr_matrix:
    rows = []
    for message in messages:
        sparse = message.get_sparse_features(attribute=TEXT, featurizers=featurizers)[1]
        rows.append(sp.csr_matrix(sparse.features) if sparse is not None else sp.csr_matrix((1, 0)))
    return sp.vstack(rows).tocsr()


def _l2_rows(matrix: sp.csr_matrix) -> sp.csr_matrix:
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norms) @ matrix)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class AnswerSelector(GraphComponent):  # type: ignore[misc]
    @classmethod
    def required_components(cls) -> list[type]:
        return [Featurizer]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            "retrieval_intent": "faq",
            # aliases of the featurizers to use; empty: all of them
            "featurizers": [],
            # the retrieval sub-intent of questions no answer covers
            "no_answer": "faq/no_answer",
            "C": 30.0,
            "max_iter": 300,
            "tol": 1e-3,
            # The gate: both must hold for an answer to be given.
            "min_confidence": 0.4,
            "min_similarity": 0.35,
            # How many nearest topics an abstention offers, and how likely each must be.
            "candidates": 3,
            "min_candidate_confidence": 0.05,
        }

    def __init__(
        self, config: dict[str, Any], model_storage: ModelStorage, resource: Resource
    ) -> None:
        self.config = {**self.get_default_config(), **config}
        self._featurizers: list[str] | None = list(self.config["featurizers"]) or None
        self._storage = model_storage
        self._resource = resource
        self.classes: np.ndarray[Any, Any] = np.asarray([], dtype=str)
        self.coef: np.ndarray[Any, Any] = np.zeros((0, 0), dtype=np.float32)
        self.intercept: np.ndarray[Any, Any] = np.zeros(0, dtype=np.float32)
        self.idf: np.ndarray[Any, Any] = np.zeros(0, dtype=np.float32)
        self.examples: sp.csr_matrix = sp.csr_matrix((0, 0))
        self.example_labels: np.ndarray[Any, Any] = np.asarray([], dtype=str)
        self._label_rows: dict[str, np.ndarray[Any, Any]] | None = None

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> AnswerSelector:
        return cls(config, model_storage, resource)

    # --- training ------------------------------------------------------------------------------

    def _label(self, message: Message) -> str | None:
        if not message.get(TEXT):
            return None
        intent = message.get(INTENT)
        if intent == self.config["retrieval_intent"]:
            key = message.get(INTENT_RESPONSE_KEY)
            return str(key) if key else None
        return DECLINE_LABEL if intent == DECLINE_LABEL else None

    def train(self, training_data: TrainingData) -> Resource:
        labelled = [(m, self._label(m)) for m in training_data.intent_examples]
        labelled = [(m, label) for m, label in labelled if label is not None]
        if not any(label != DECLINE_LABEL for _, label in labelled):
            return self._resource
        X = sentence_features([m for m, _ in labelled], self._featurizers).astype(np.float64)
        y = np.asarray([label for _, label in labelled])
        clf = LogisticRegression(
            C=float(self.config["C"]),
            max_iter=int(self.config["max_iter"]),
            tol=float(self.config["tol"]),
            class_weight="balanced",
            random_state=42,
        )
        with warnings.catch_warnings():
            # A loose tolerance is deliberate (training time); lbfgs reports it as a warning.
            warnings.simplefilter("ignore", ConvergenceWarning)
            clf.fit(X, y)
        self.classes = np.asarray(clf.classes_, dtype=str)
        self.coef = clf.coef_.astype(np.float32)
        self.intercept = clf.intercept_.astype(np.float32)
        # Smoothed inverse document frequency, as in scikit-learn's TfidfTransformer.
        df = np.asarray((X > 0).sum(axis=0)).ravel()
        self.idf = (np.log((1 + X.shape[0]) / (1 + df)) + 1).astype(np.float32)
        self.examples = _l2_rows(sp.csr_matrix(X.multiply(self.idf))).astype(np.float32)
        self.example_labels = y
        self.persist()
        return self._resource

    def persist(self) -> None:
        with self._storage.write_to(self._resource) as directory:
            np.savez(
                directory / _WEIGHTS,
                classes=self.classes,
                coef=self.coef,
                intercept=self.intercept,
                idf=self.idf,
                example_labels=self.example_labels,
            )
            sp.save_npz(directory / _EXAMPLES, self.examples)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> AnswerSelector:
        component = cls(config, model_storage, resource)
        try:
            with model_storage.read_from(resource) as directory:
                with np.load(directory / _WEIGHTS, allow_pickle=False) as weights:
                    component.classes = weights["classes"]
                    component.coef = weights["coef"]
                    component.intercept = weights["intercept"]
                    component.idf = weights["idf"]
                    component.example_labels = weights["example_labels"]
                component.examples = sp.load_npz(directory / _EXAMPLES).tocsr()
        except (ValueError, OSError):
            logger.debug("no trained answer selector in %s", resource.name)
        return component

    # --- inference -------------------------------------------------------------------------------

    def process(self, messages: list[Message]) -> list[Message]:
        if not len(self.classes):
            return messages
        for message, features in zip(messages, self._features(messages), strict=True):
            text = message.get(TEXT) or ""
            if text.startswith("/"):  # a button payload names its answer itself
                continue
            answer = self.select(features)
            message.set(ANSWER, answer, add_to_output=True)
            message.set(RESPONSE_SELECTOR, self._as_response_selector(answer), add_to_output=True)
        return messages

    def _as_response_selector(self, answer: dict[str, Any]) -> dict[str, Any]:
        """The same choice in the shape of Rasa's ResponseSelector output, so that Rasa's own
        tools (test stories with `faq/<key>`, `rasa shell nlu`) see which answer was chosen:
        the answer when its gate passed, else the no-answer class."""
        intent = self.config["retrieval_intent"]
        key = answer["key"] if answer["decision"] == "answer" else self.config["no_answer"]
        return {
            "all_retrieval_intents": [intent],
            intent: {
                "response": {
                    "responses": [],
                    "confidence": answer["confidence"],
                    "intent_response_key": key,
                    "utter_action": f"utter_{key}",
                },
                "ranking": [],
            },
        }

    def _features(self, messages: list[Message]) -> list[sp.csr_matrix]:
        X = sentence_features(messages, self._featurizers).astype(np.float32)
        width = self.coef.shape[1]
        if X.shape[1] != width:  # features of an empty message
            X = sp.csr_matrix((X.shape[0], width), dtype=np.float32)
        return [X[i] for i in range(X.shape[0])]

    def _rows_of(self) -> dict[str, np.ndarray[Any, Any]]:
        """Row numbers of each label's examples, computed once."""
        if self._label_rows is None:
            labels = self.example_labels
            self._label_rows = {str(k): np.flatnonzero(labels == k) for k in np.unique(labels)}
        return self._label_rows

    def select(self, x: sp.csr_matrix) -> dict[str, Any]:
        scores = np.asarray(x @ self.coef.T).ravel() + self.intercept
        probabilities = np.exp(scores - scores.max())
        probabilities /= probabilities.sum()
        order = np.argsort(-probabilities)
        weighted = _l2_rows(x.multiply(self.idf).tocsr())
        similarities = (self.examples @ weighted.T).toarray().ravel()

        def nearest(label: str) -> float:
            rows = self._rows_of().get(label)
            return float(similarities[rows].max()) if rows is not None else 0.0

        ranked = [(str(self.classes[i]), float(probabilities[i])) for i in order]
        no_answer = self.config["no_answer"]
        answers = [(key, p) for key, p in ranked if key not in (DECLINE_LABEL, no_answer)]
        key, confidence = answers[0]
        similarity = nearest(key)
        decline_similarity = nearest(DECLINE_LABEL)
        gate = self.config["min_confidence"], self.config["min_similarity"]
        if ranked[0][0] == no_answer:
            decision = "abstain"
        elif confidence >= gate[0] and similarity >= gate[1]:
            decision = "answer"
        elif ranked[0][0] == DECLINE_LABEL and decline_similarity >= similarity:
            decision = "decline"
        else:
            decision = "abstain"
        candidates = [
            k
            for k, p in answers[: int(self.config["candidates"])]
            if p >= self.config["min_candidate_confidence"]
        ]
        return {
            "key": key,
            "no_answer_confidence": round(dict(ranked).get(no_answer, 0.0), 4),
            "confidence": round(confidence, 4),
            "runner_up": answers[1][0] if len(answers) > 1 else None,
            "runner_up_confidence": round(answers[1][1], 4) if len(answers) > 1 else 0.0,
            "similarity": round(similarity, 4),
            "decline_confidence": round(dict(ranked).get(DECLINE_LABEL, 0.0), 4),
            "decline_similarity": round(decline_similarity, 4),
            "decision": decision,
            "candidates": candidates,
        }
