from pathlib import Path

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource

from bot.nlu.intent_classifier import LinearIntentClassifier


def _classifier(tmp_path: Path, config: dict[str, object]) -> LinearIntentClassifier:
    # Rasa builds components through create(), inherited from its logistic regression.
    classifier: LinearIntentClassifier = LinearIntentClassifier.create(
        {**LinearIntentClassifier.get_default_config(), **config},
        LocalModelStorage(tmp_path),
        Resource("intents"),
        ExecutionContext(GraphSchema({}), "test"),
    )
    return classifier


def test_regularisation_comes_from_the_config(tmp_path: Path) -> None:
    classifier = _classifier(tmp_path, {"C": 30})
    assert classifier.clf.C == 30.0
    # The FAQ holds most examples: the small intents must keep their weight.
    assert classifier.clf.class_weight == "balanced"


def test_weights_survive_saving_and_loading(tmp_path: Path) -> None:
    storage = LocalModelStorage(tmp_path)
    resource = Resource("intents")
    context = ExecutionContext(GraphSchema({}), "test")
    config = {**LinearIntentClassifier.get_default_config(), "C": 30}
    trained = LinearIntentClassifier.create(config, storage, resource, context)
    features = np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 0]], dtype=float)
    trained.clf.fit(features, ["greet", "faq", "emergency", "greet"])
    trained.persist()

    loaded = LinearIntentClassifier.load(config, storage, resource, context)

    assert list(loaded.clf.classes_) == ["emergency", "faq", "greet"]
    np.testing.assert_allclose(
        loaded.clf.predict_proba(features), trained.clf.predict_proba(features)
    )
