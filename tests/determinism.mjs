// Native and wasm builds give byte-identical JSON (issue 7).
//
// For every tests/data/**/*.txt fixture and a few generated hard texts, and for each offset unit,
// compares JSON.stringify of the wasm module's `analyze` (www/pkg, built by scripts/build-wasm.sh)
// with the native CLI's output (`target/release/quotemark analyze --offsets UNIT FILE`).
//
// The wasm API returns plain JS objects made in the glue (src/wasm.rs, buildReport), whose keys come in struct
// field order, as serde_json writes them; both leave non-ASCII characters unescaped and write
// integers the same way. So the strings are compared as they are, with no re-parsing. If they ever
// differ, the test also says whether re-stringifying the native JSON through JSON.parse would
// have made them equal (a formatting difference) or not (different results).
//
// Run: scripts/test-determinism.sh (builds both first), or
//      node tests/determinism.mjs [path/to/quotemark] [path/to/quotemark_bg.wasm]
// Exit status 1 on any difference.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = process.argv[2] ?? join(root, 'target/release/quotemark');
const wasmPath = process.argv[3] ?? join(root, 'www/pkg/quotemark_bg.wasm');

const { initSync, analyze, version } = await import(join(root, 'www/pkg/quotemark.js'));
initSync({ module: readFileSync(wasmPath) });

function fixtures(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...fixtures(path));
    else if (name.endsWith('.txt')) out.push(path);
  }
  return out;
}

// Hard texts beyond the fixtures: every kind of mark, astral characters, combining marks, CRLF,
// controls, right-to-left text, and a lone surrogate (which wasm-bindgen's TextEncoder turns into
// U+FFFD, as writing the file does, so both sides see the same text).
const generated = {
  'marks.txt': '“We came,” Charlene Barshefsky said. \'Not yet,\' he said. «Oui», dit-il. „Ja“ ‘x’ "6\'2" tall',
  'astral.txt': '😀 “Zhu 👩‍👩‍👧 said” 🇨🇳 Zhu Rongji said, “东京 é e\u0301.” Ødegaard added.\r\n\r\nMr. Zhu said "yes".',
  'controls.txt': 'GENEVA\u0000 — “a\u0001b,” said\u001b Zhu.\u2028“c\u2029d” \ufeff\u00ad\u200b Barshefsky told reporters.',
  'rtl.txt': '\u202e“שלום” אמר Barshefsky. «مرحبا» قال Zhu Rongji.\u202c',
  'lone-surrogate.txt': '“Hi \ud800 there,” Zhu said. \udc00 Barshefsky said “\ud83d”.',
};

const units = ['utf16', 'chars', 'bytes'];
const tmp = mkdtempSync(join(tmpdir(), 'quotemark-determinism-'));
let compared = 0;
const failures = [];
try {
  const cases = fixtures(join(root, 'tests/data')).map((path) => ({
    name: relative(root, path),
    path,
    text: readFileSync(path, 'utf8'),
  }));
  for (const [name, text] of Object.entries(generated)) {
    const path = join(tmp, name);
    writeFileSync(path, text, 'utf8');
    cases.push({ name: `generated/${name}`, path, text });
  }
  for (const { name, path, text } of cases) {
    for (const unit of units) {
      const native = execFileSync(cli, ['analyze', '--offsets', unit, path], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      }).replace(/\n$/, '');
      const wasm = JSON.stringify(analyze(text, { offsets: unit }));
      compared++;
      if (native !== wasm) {
        const reformatted = JSON.stringify(JSON.parse(native)) === wasm;
        let at = 0;
        while (native[at] === wasm[at]) at++;
        failures.push(
          `${name} (${unit}): ${reformatted ? 'formatting differs only' : 'results differ'} at ` +
            `character ${at}\n  native: ${native.slice(Math.max(0, at - 60), at + 60)}\n` +
            `  wasm:   ${wasm.slice(Math.max(0, at - 60), at + 60)}`,
        );
      }
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

if (failures.length) {
  console.error(failures.join('\n'));
  console.error(`determinism: ${failures.length} of ${compared} comparisons differ`);
  process.exit(1);
}
console.log(
  `determinism: native CLI and wasm ${version()} give byte-identical JSON on ${compared} ` +
    `comparisons (${compared / units.length} texts × ${units.length} offset units)`,
);
