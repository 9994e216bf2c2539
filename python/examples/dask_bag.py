"""Analyse a Dask bag of texts on a dask.distributed LocalCluster and count quotes per speaker.

    python python/examples/dask_bag.py tests/data/gum/*.txt

Each worker process imports quotemark and analyses its partitions; the reports come back in the
order of the texts. On a real cluster, install the wheel on every worker and point Client at the
scheduler instead of starting a LocalCluster.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import dask.bag as db
from dask.distributed import Client, LocalCluster

import quotemark


def run(texts: list[str], workers: int = 2) -> tuple[list[dict], list[tuple[str, int]]]:
    """The report of every text, and the speakers of their quotes with counts, most quoted first."""
    with LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=logging.ERROR,
    ) as cluster, Client(cluster):
        reports = db.from_sequence(texts, npartitions=2 * workers).map(quotemark.analyze)
        speakers = (
            reports.pluck("quotes")
            .flatten()
            .filter(lambda quote: quote["speaker"] is not None)
            .map(lambda quote: quote["speaker"]["name"])
            .frequencies(sort=True)
        )
        # One pass over the bag for both results.
        return db.compute(reports, speakers)  # type: ignore[no-any-return]


def main(paths: list[str]) -> None:
    texts = [Path(path).read_text(encoding="utf-8") for path in paths]
    reports, speakers = run(texts)
    for path, report in zip(paths, reports):
        print(f"{path}: {len(report['quotes'])} quotes, {len(report['entities'])} entities")
    print("most quoted:", ", ".join(f"{name} ({count})" for name, count in speakers[:5]))


if __name__ == "__main__":
    main(sys.argv[1:])
