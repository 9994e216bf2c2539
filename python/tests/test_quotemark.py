"""The Python binding: the contract as dicts, offsets that index Python strings, errors as
exceptions, analyze_many in order and equal to analyze, the GIL released, the typed stub.

Run against an installed wheel (scripts/test-packages.sh installs it into a fresh venv). With
QUOTEMARK_BIN set to the command line, reports are also compared with its JSON Lines output.
"""

from __future__ import annotations

import ast
import inspect
import json
import os
import re
import subprocess
import threading
import time
from importlib import metadata
from pathlib import Path

import pytest

import quotemark

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data"
SEED = (DATA / "wto-talks.txt").read_text(encoding="utf-8")
FIXTURES = [DATA / "wto-talks.txt"] + sorted(
    p for p in (DATA / "gum").glob("*.txt") if p.name != "LICENSE.txt"
)
TEXTS = [p.read_text(encoding="utf-8") for p in FIXTURES]

# Curly quotes, astral characters (two UTF-16 units, four UTF-8 bytes) before and inside quotes.
ASTRAL = (
    "𝒜 note 😀: “We came 😀 hoping to make progress,” Charlene Barshefsky said in Seattle. "
    "‘Sure,’ said Zhang Qiyue 🇨🇳, a spokeswoman."
)


def spans(report: dict) -> list[dict]:
    """Every span of a report: quotes, their speakers and cues, and mentions."""
    out = list(report["mentions"])
    for quote in report["quotes"]:
        out.append(quote)
        out.extend(x for x in (quote["speaker"], quote["cue"]) if x is not None)
    return out


def cut(text: str, unit: str, start: int, end: int) -> str:
    if unit == "chars":
        return text[start:end]
    if unit == "utf16":
        return text.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")
    return text.encode("utf-8")[start:end].decode("utf-8")


def test_the_report_is_the_contract_as_dicts() -> None:
    report = quotemark.analyze(SEED)
    assert list(report)[:5] == ["version", "offsets", "entities", "mentions", "quotes"]
    assert report["version"] == 1
    assert report["offsets"] == "chars"
    quote = report["quotes"][0]
    assert {"start", "end", "text", "kind", "speaker", "cue"} <= set(quote)
    assert isinstance(quote["start"], int) and isinstance(quote["text"], str)
    assert json.loads(json.dumps(report)) == report


def test_the_seed_article_has_its_gold_quotes_with_their_speakers() -> None:
    gold = json.loads((DATA / "wto-talks.gold.json").read_text(encoding="utf-8"))
    report = quotemark.analyze(SEED)
    squash = lambda s: " ".join(s.strip("“”\"‘’' ,.").split())  # noqa: E731
    marked = [q for q in report["quotes"] if q["kind"] in ("direct", "partial")]
    assert len(marked) == len(gold["quotes"]) == 9
    for want in gold["quotes"]:
        found = [q for q in marked if squash(q["text"]) == squash(want["text"])]
        assert found, want["text"]
        assert found[0]["kind"] == want["kind"]
        # The rule `quotemark eval` scores by: the speaker as written or resolved contains a gold
        # name on word boundaries ("One source" for "source").
        said = [found[0]["speaker"]["text"].lower(), found[0]["speaker"]["name"].lower()]
        assert any(
            re.search(rf"\b{re.escape(name.lower())}\b", candidate)
            for name in want["speaker"]
            for candidate in said
        ), (said, want["speaker"])


@pytest.mark.skipif(not os.environ.get("QUOTEMARK_BIN"), reason="QUOTEMARK_BIN is not set")
@pytest.mark.parametrize("unit", ["chars", "utf16", "bytes"])
def test_reports_equal_the_command_line(unit: str) -> None:
    lines = "\n".join(json.dumps({"id": i, "text": t}) for i, t in enumerate(TEXTS + [ASTRAL]))
    out = subprocess.run(
        [os.environ["QUOTEMARK_BIN"], "analyze", "--jsonl", "--offsets", unit],
        input=lines.encode(),
        capture_output=True,
        check=True,
    ).stdout.decode()
    expected = [json.loads(line)["analysis"] for line in out.splitlines()]
    assert quotemark.analyze_many(TEXTS + [ASTRAL], offsets=unit) == expected
    # The seed article's 13 quotes (9 marked, 4 indirect), as the command line finds them.
    assert len(expected[0]["quotes"]) == len(quotemark.analyze(SEED)["quotes"])


@pytest.mark.parametrize("unit", ["chars", "utf16", "bytes"])
@pytest.mark.parametrize("text", [SEED, ASTRAL], ids=["seed", "astral"])
def test_offsets_index_the_string_in_each_unit(text: str, unit: str) -> None:
    report = quotemark.analyze(text, offsets=unit)
    assert report["offsets"] == unit
    assert report["quotes"] and report["mentions"]
    for span in spans(report):
        assert cut(text, unit, span["start"], span["end"]) == span["text"]


def test_code_point_offsets_are_python_string_indices_around_astral_characters() -> None:
    report = quotemark.analyze(ASTRAL)
    first = report["quotes"][0]
    assert ASTRAL[first["start"]] == "“" and ASTRAL[first["end"] - 1] == "”"
    assert "😀" in first["text"]
    names = {m["text"] for m in report["mentions"]}
    assert {"Charlene Barshefsky", "Zhang Qiyue"} <= names
    # UTF-16 offsets differ from code points by one per astral character before them.
    utf16 = quotemark.analyze(ASTRAL, offsets="utf16")["quotes"][0]
    assert utf16["start"] - first["start"] == sum(ord(c) > 0xFFFF for c in ASTRAL[: first["start"]])


def test_a_lone_surrogate_counts_as_one_code_point() -> None:
    text = "Note\ud800: “Yes,” she said. Charlene Barshefsky agreed."
    report = quotemark.analyze(text)
    assert report["quotes"]
    for span in spans(report):
        assert text[span["start"] : span["end"]] == span["text"]


def test_errors_are_python_exceptions() -> None:
    with pytest.raises(TypeError, match="text must be str"):
        quotemark.analyze(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        quotemark.analyze(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="offsets"):
        quotemark.analyze("x", offsets="lines")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="MB"):
        quotemark.analyze("x" * (quotemark.MAX_INPUT_BYTES + 1))
    with pytest.raises(TypeError, match=r"texts\[1\] must be str, not int"):
        quotemark.analyze_many(["a", 5])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="not a str"):
        quotemark.analyze_many("one text")
    with pytest.raises(TypeError):
        quotemark.analyze_many(7)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="threads"):
        quotemark.analyze_many(["a"], threads=0)
    with pytest.raises(ValueError, match=r"texts\[1\]: .*MB"):
        quotemark.analyze_many(["fine", "x" * (quotemark.MAX_INPUT_BYTES + 1)])
    assert quotemark.analyze("")["quotes"] == []


@pytest.mark.parametrize("threads", [None, 1, 2, 3])
def test_analyze_many_keeps_order_and_equals_analyze(threads: int | None) -> None:
    texts = TEXTS + [ASTRAL, ""] + TEXTS[::-1]
    expected = [quotemark.analyze(t) for t in texts]
    assert quotemark.analyze_many(texts, threads=threads) == expected
    assert quotemark.analyze_many(iter(texts), threads=threads) == expected
    assert quotemark.analyze_many((t for t in texts), threads, "utf16") == [
        quotemark.analyze(t, offsets="utf16") for t in texts
    ]
    assert quotemark.analyze_many([]) == []


def test_analyze_many_releases_the_gil() -> None:
    texts = TEXTS * 10
    ticks: list[float] = []
    done = threading.Event()

    def work() -> None:
        quotemark.analyze_many(texts, threads=1)
        done.set()

    worker = threading.Thread(target=work)
    started = time.monotonic()
    worker.start()
    while not done.is_set():
        ticks.append(time.monotonic())
    worker.join()
    elapsed = time.monotonic() - started
    assert elapsed > 0.05, "too little work to tell"
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    # Holding the GIL for the whole call would stop this loop for about `elapsed`.
    assert max(gaps) < elapsed / 2, f"the loop stalled {max(gaps):.3f} s of {elapsed:.3f} s"


def test_the_stub_matches_the_module_and_ships_typed() -> None:
    package = Path(quotemark.__file__).parent
    stub = package / "__init__.pyi"
    assert stub.is_file() and (package / "py.typed").is_file()
    tree = ast.parse(stub.read_text(encoding="utf-8"))
    functions = {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}
    for name in ("analyze", "analyze_many"):
        runtime = list(inspect.signature(getattr(quotemark, name)).parameters)
        assert [a.arg for a in functions[name].args.args] == runtime, name
    assert quotemark.__version__ == metadata.version("quotemark")


def test_the_wheel_carries_the_licences_and_data_credits() -> None:
    dist = metadata.distribution("quotemark")
    assert dist.metadata["License-Expression"] == "MIT OR Apache-2.0"
    files = {Path(str(f)).name: f for f in dist.files or []}
    for name in ("LICENSE-MIT", "LICENSE-APACHE", "NOTICE.md"):
        assert name in files, name
    notice = files["NOTICE.md"].read_text(encoding="utf-8")
    assert "Contains data from GeoNames" in notice
