#!/usr/bin/python3
"""Writes reference.json: inputs and scikit-learn's results for the classification, ROC-AUC,
top-k and mask metrics of dev.plumbline.trainer.eval, so that the Java tests compare with
scikit-learn without needing Python.

Run with Debian's python3 and python3-sklearn (1.2.1):
    /usr/bin/python3 make_reference.py > reference.json
The data sets are generated from fixed seeds; an error scikit-learn raises is recorded as
{"error": "<ExceptionType>: <message>"} so the Java side can check it refuses the same input.
"""
import json
import sys
import warnings

import numpy as np
import sklearn
from sklearn import metrics

warnings.simplefilter("ignore")  # zero-division warnings: the value is what we compare


def attempt(fn):
    try:
        value = fn()
    except (ValueError, ZeroDivisionError, IndexError) as e:
        return {"error": f"{type(e).__name__}: {e}"}
    if isinstance(value, np.ndarray):
        return value.tolist()
    return float(value)


def classification(name, y_true, y_pred, labels=None, binary_scores=None, probabilities=None):
    y_true = [int(v) for v in y_true]
    y_pred = [int(v) for v in y_pred]
    case = {"name": name, "actual": y_true, "predicted": y_pred}
    kw = {}
    if labels is not None:
        case["labels"] = labels
        kw["labels"] = labels
    case["accuracy"] = attempt(lambda: metrics.accuracy_score(y_true, y_pred))
    for avg in ("macro", "micro", "weighted"):
        for metric in ("precision", "recall", "f1"):
            fn = getattr(metrics, metric + "_score")
            case[f"{metric}_{avg}"] = attempt(lambda: fn(y_true, y_pred, average=avg, **kw))
    for metric in ("precision", "recall", "f1"):
        fn = getattr(metrics, metric + "_score")
        case[f"{metric}_per_class"] = attempt(lambda: fn(y_true, y_pred, average=None, **kw))
    case["confusion_matrix"] = attempt(lambda: metrics.confusion_matrix(y_true, y_pred, **kw))
    if binary_scores is not None:
        case["scores"] = [float(s) for s in binary_scores]
        case["roc_auc_binary"] = attempt(lambda: metrics.roc_auc_score(y_true, binary_scores))
    if probabilities is not None:
        probabilities = [[float(p) for p in row] for row in probabilities]
        case["probabilities"] = probabilities
        for avg in ("macro", "weighted"):
            case[f"roc_auc_ovr_{avg}"] = attempt(lambda: metrics.roc_auc_score(
                y_true, probabilities, multi_class="ovr", average=avg))
        columns = list(range(len(probabilities[0])))
        for k in (1, 2):
            case[f"top_{k}_accuracy"] = attempt(lambda: metrics.top_k_accuracy_score(
                y_true, probabilities, k=k, labels=columns))
        case["jaccard_macro"] = attempt(lambda: metrics.jaccard_score(y_true, y_pred,
                                                                      average="macro"))
    return case


def integer_rows(rng, n, classes, total=10):
    """Probability rows k/total with integer k: exact sums and many tied scores."""
    rows = []
    for _ in range(n):
        cuts = np.sort(rng.integers(0, total + 1, classes - 1))
        parts = np.diff(np.concatenate(([0], cuts, [total])))
        rows.append([p / total for p in parts])
    return rows


def noisy(rng, y, classes, keep):
    return [v if rng.random() < keep else int(rng.integers(0, classes)) for v in y]


def cases():
    rng = np.random.default_rng(20261203)
    out = []

    # 1. three classes, 60 samples, scores with many ties (multiples of 0.1).
    probs = integer_rows(rng, 60, 3)
    y = [int(rng.choice(3, p=row)) for row in probs]
    out.append(classification("three-classes-tied-scores", y, noisy(rng, y, 3, 0.6),
                              probabilities=probs))

    # 2. binary, scores from a handful of values (ties across both classes).
    y = [int(v) for v in rng.integers(0, 2, 50)]
    scores = [round(float(np.clip(v * 0.3 + rng.random() * 0.7, 0, 1)), 1) for v in y]
    out.append(classification("binary-tied-scores", y, [int(s >= 0.5) for s in scores],
                              binary_scores=scores))

    # 3. a missing class: 3 is predicted but never true, 2 is true but never predicted.
    y = [int(v) for v in rng.integers(0, 3, 40)]
    pred = [3 if v == 2 and rng.random() < 0.8 else (v if v != 2 else 0) for v in y]
    pred = [v if rng.random() < 0.7 else int(rng.integers(0, 2)) for v in pred]
    out.append(classification("missing-class", y, pred))

    # 4. five imbalanced classes, 200 samples, with probabilities (weighted averages matter).
    y = [int(v) for v in rng.choice(5, 200, p=[0.5, 0.2, 0.15, 0.1, 0.05])]
    probs = integer_rows(rng, 200, 5, total=20)
    probs = [[(p + (0.5 if j == t else 0)) / 1.5 for j, p in enumerate(row)]
             for row, t in zip(probs, y)]
    pred = [int(np.argmax(row)) for row in probs]
    out.append(classification("five-imbalanced-classes", y, pred, probabilities=probs))

    # 5. labels given: class 7 occurs nowhere, class 1 is left out of the scoring.
    y = [int(v) for v in rng.integers(0, 4, 30)]
    out.append(classification("labels-given", y, noisy(rng, y, 4, 0.5), labels=[0, 2, 3, 7]))

    # 6. every score equal: AUC 0.5.
    y = [int(v) for v in rng.integers(0, 2, 20)]
    out.append(classification("all-equal-scores", y, [1] * 20, binary_scores=[0.5] * 20))

    # 7. one class only: P/R/F1 defined, ROC-AUC undefined.
    out.append(classification("single-class", [1] * 8, [1] * 6 + [0] * 2,
                              binary_scores=[0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2]))

    # 8. perfect predictions, binary labels {-1, 1} with separable scores.
    y = [int(v) for v in rng.choice([-1, 1], 25)]
    out.append(classification("perfect-minus-one-plus-one", y, y,
                              binary_scores=[0.9 if v == 1 else 0.1 for v in y]))

    # 9. nothing predicted right: every F1 is zero (zero division in F1).
    out.append(classification("all-wrong", [0, 0, 1, 1, 2, 2], [1, 2, 2, 0, 0, 1]))

    # 10. a three-class truth but probabilities for four classes: OvR refuses.
    probs = integer_rows(rng, 12, 4)
    y = [int(v) for v in rng.integers(0, 3, 12)]
    out.append(classification("probability-columns-mismatch", y,
                              [int(np.argmax(r)) for r in probs], probabilities=probs))
    return out


def masks():
    rng = np.random.default_rng(7)
    out = []
    shapes = [("random-64", rng.random(64) < 0.4, rng.random(64) < 0.5),
              ("both-empty", np.zeros(16, bool), np.zeros(16, bool)),
              ("prediction-empty", np.zeros(16, bool), rng.random(16) < 0.5),
              ("identical",) + ((rng.random(32) < 0.3),) * 2]
    for name, pred, true in shapes:
        out.append({"name": name, "predicted": pred.tolist(), "actual": true.tolist(),
                    "iou": attempt(lambda: metrics.jaccard_score(true, pred)),
                    "dice": attempt(lambda: metrics.f1_score(true, pred))})
    return out


def empty():
    """What scikit-learn does with no samples at all."""
    result = {"accuracy": attempt(lambda: metrics.accuracy_score([], [])),
              "confusion_matrix": attempt(lambda: metrics.confusion_matrix([], [])),
              "roc_auc_binary": attempt(lambda: metrics.roc_auc_score([], []))}
    for avg in ("macro", "micro", "weighted"):
        for metric in ("precision", "recall", "f1"):
            fn = getattr(metrics, metric + "_score")
            result[f"{metric}_{avg}"] = attempt(lambda: fn([], [], average=avg))
    return result


json.dump({"generator": "make_reference.py", "sklearn": sklearn.__version__,
           "numpy": np.__version__, "classification": cases(), "masks": masks(),
           "empty": empty()}, sys.stdout, indent=1)
print()
