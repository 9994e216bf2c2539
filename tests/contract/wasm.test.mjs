// node --test tests/contract/wasm.test.mjs — the wasm API's output in Node against
// contract.schema.json: every fixture and hard text, in all three offset units.
// Needs www/pkg (scripts/build-wasm.sh; scripts/test-web.sh builds it first) and fails without it.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkConsistency, fixtures, hardTexts, root, validateReport } from './contract.mjs';

const pkg = join(root, 'www', 'pkg');

test('the wasm API returns reports that match the schema', async () => {
  const wasm = join(pkg, 'quotemark_bg.wasm');
  assert.ok(existsSync(wasm), `${wasm} is not built: run scripts/build-wasm.sh`);
  const { initSync, analyze } = await import(join(pkg, 'quotemark.js'));
  initSync({ module: readFileSync(wasm) });
  const cases = [
    ...fixtures(),
    ...Object.entries(hardTexts).map(([name, text]) => ({ name: `generated/${name}`, text })),
  ];
  let quotes = 0;
  for (const { name, text } of cases) {
    for (const unit of ['utf16', 'chars', 'bytes']) {
      const report = analyze(text, unit === 'utf16' ? undefined : { offsets: unit });
      // The plain objects themselves (an `undefined` where null belongs would fail here), then as JSON.
      validateReport(report, `wasm ${name} (${unit})`);
      validateReport(JSON.parse(JSON.stringify(report)), `wasm ${name} (${unit}) as JSON`);
      // wasm-bindgen hands Rust a lone surrogate as U+FFFD; offsets still count it as one unit.
      checkConsistency(report, text.toWellFormed(), unit, `wasm ${name} (${unit})`);
      quotes += report.quotes.length;
    }
  }
  assert.ok(quotes > 300, `only ${quotes} quotes over all fixtures`);
});
