#!/usr/bin/env python3
"""Inlines wasm-bindgen's JS snippets into the glue, so the package is two files again.

    python3 scripts/inline-snippets.py DIR    (DIR: wasm-bindgen's --target web output)

src/wasm.rs hands the report to JS through a small function of its own (`inline_js`), which
wasm-bindgen writes to DIR/snippets/<crate>-<hash>/inline0.js and imports from the glue. The page,
the embed and the npm package load only quotemark.js and quotemark_bg.wasm, and a module worker
would fetch the snippet one round trip after the glue: each import line of a snippet is replaced by
the snippet's code (its `export`s dropped, as the glue names what it imports), and the snippets
folder is removed. Fails on an import it does not recognise, rather than ship a broken glue.
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
glue_path.write_text(glue, encoding="utf-8")
shutil.rmtree(out / "snippets", ignore_errors=True)
print(f"== {glue_path}: {count} snippet(s) inlined")
