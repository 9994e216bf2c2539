"""The Dask example (examples/dask_bag.py): a bag of texts analysed on a LocalCluster of two
worker processes gives the same reports as analysing each text here, and counts speakers."""

from __future__ import annotations

import runpy
from collections import Counter
from pathlib import Path

import quotemark

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "dask_bag.py"
DATA = Path(__file__).resolve().parents[2] / "tests" / "data"


def test_the_dask_example_matches_local_analysis() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((DATA / "gum").glob("gum-*.txt"))]
    texts.append((DATA / "wto-talks.txt").read_text(encoding="utf-8"))
    example = runpy.run_path(str(EXAMPLE))
    reports, speakers = example["run"](texts, workers=2)
    assert list(reports) == [quotemark.analyze(t) for t in texts]
    expected = Counter(
        q["speaker"]["name"] for r in reports for q in r["quotes"] if q["speaker"] is not None
    )
    assert dict(speakers) == dict(expected)
    counts = [count for _, count in speakers]
    assert counts == sorted(counts, reverse=True)
