#!/usr/bin/env python3
"""Inlines wasm-bindgen's JS snippets into the glue, so the package is two files again.

    python3 scripts/inline-snippets.py DIR    (DIR: wasm-bindgen's --target web output)

src/wasm.rs hands the report to JS through a small function of its own (`inline_js`), which
wasm-bindgen writes to DIR/snippets/<crate>-<hash>/inline0.js and imports from the glue. The page,
the embed and the npm package load only quotemark.js and quotemark_bg.wasm, and a module worker
would fetch the snippet one round trip after the glue: each import line of a snippet is replaced by
the snippet's code (its `export`s dropped, as the glue names what it imports), and the snippets
folder is removed. Fails on an import it does not recognise, rather than ship a broken glue.

Then the glue's whole-line comments, blank lines and indentation are dropped (its JSDoc repeats the
.d.ts, which keeps it): 3,845 -> 3,315 B gzip -9 on 2026-12-07 (stop 50, helper web58). Only where
no string or template literal spans lines (every line has an even number of backticks and none
ends in a backslash) and every comment block ends a line; otherwise the glue is left as it is.
"""
import re
import shutil
import sys
from pathlib import Path

out = Path(sys.argv[1])
glue_path = out / "quotemark.js"
glue = glue_path.read_text(encoding="utf-8")
IMPORT = re.compile(r"^import \{ ([\w, ]+) \} from '\./(snippets/[\w.-]+/inline\d+\.js)';\n", re.M)


def inline(match):
    names = [n.strip() for n in match.group(1).split(",")]
    code = (out / match.group(2)).read_text(encoding="utf-8")
    code = re.sub(r"^export (function|const|let|class) ", r"\1 ", code, flags=re.M)
    for name in names:
        if not re.search(rf"^(function|const|let|class) {name}\b", code, re.M):
            sys.exit(f"error: {match.group(2)} does not define {name}")
    return code.strip("\n") + "\n"


glue, count = IMPORT.subn(inline, glue)
if "snippets/" in glue:
    sys.exit(f"error: {glue_path} still imports a snippet this script does not recognise")


def strip_comments(code):
    """The code without whole-line comments, blank lines and indentation; None where unsafe."""
    kept = []
    in_block = False
    for line in code.split("\n"):
        text = line.strip()
        if line.count("`") % 2 or line.endswith("\\"):
            return None
        if in_block:
            if "*/" in text:
                if not text.endswith("*/"):
                    return None
                in_block = False
            continue
        if text.startswith("/*"):
            if "*/" in text[2:]:
                if not text.endswith("*/"):
                    kept.append(text)
                continue
            in_block = True
            continue
        if text.startswith("//") or not text:
            continue
        kept.append(text)
    return None if in_block else "\n".join(kept) + "\n"


stripped = strip_comments(glue)
if stripped is None:
    print(f"== {glue_path}: comments kept (a literal or a comment spans lines in a way not handled)")
else:
    glue = stripped
glue_path.write_text(glue, encoding="utf-8")
shutil.rmtree(out / "snippets", ignore_errors=True)
print(f"== {glue_path}: {count} snippet(s) inlined" + ("" if stripped is None else ", comments dropped"))
