// node --test tests/contract — the command line's output against contract.schema.json.
//
// Every fixture (tests/data/**/*.txt) and the generated hard texts, in all three offset units,
// through `quotemark analyze`; then the JSONL batch mode (`analyze --jsonl`) when the CLI has it.
// The CLI is target/release/quotemark (scripts/test.sh builds it) or $QUOTEMARK_CLI.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  checkConsistency,
  fixtures,
  hardTexts,
  reportIsValid,
  root,
  validateBatchRecord,
  validateReport,
} from './contract.mjs';

const cli = process.env.QUOTEMARK_CLI ?? join(root, 'target', 'release', 'quotemark');
const units = ['utf16', 'chars', 'bytes'];

function run(args, input = '') {
  const out = spawnSync(cli, args, { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (out.error) throw out.error;
  return out;
}

function analyzeFile(path, unit) {
  const out = run(['analyze', '--offsets', unit, path]);
  assert.equal(out.status, 0, `quotemark analyze --offsets ${unit} ${path}: ${out.stderr}`);
  return JSON.parse(out.stdout);
}

let tmp;
let cases;

before(() => {
  assert.ok(existsSync(cli), `${cli} is not built: run cargo build --release (or set QUOTEMARK_CLI)`);
  tmp = mkdtempSync(join(tmpdir(), 'quotemark-contract-'));
  cases = fixtures();
  assert.ok(cases.length >= 25, `expected the seed and 24 GUM fixtures, found ${cases.length}`);
  for (const [name, text] of Object.entries(hardTexts)) {
    const path = join(tmp, name);
    writeFileSync(path, text, 'utf8');
    // Read back: writing replaced lone surrogates with U+FFFD, as the CLI will see them.
    cases.push({ name: `generated/${name}`, path, text: readFileSync(path, 'utf8') });
  }
});

after(() => rmSync(tmp, { recursive: true, force: true }));

describe('quotemark analyze', () => {
  test('every fixture and hard text, in every offset unit, matches the schema', () => {
    let checked = 0;
    let quotes = 0;
    for (const { name, path, text } of cases) {
      for (const unit of units) {
        const report = analyzeFile(path, unit);
        validateReport(report, `${name} (${unit})`);
        checkConsistency(report, text, unit, `${name} (${unit})`);
        quotes += report.quotes.length;
        checked++;
      }
    }
    assert.equal(checked, cases.length * units.length);
    assert.ok(quotes > 300, `only ${quotes} quotes over all fixtures: the fixtures are not being analysed`);
  });

  test('--pretty and standard input give the same report', () => {
    const seed = cases.find((c) => c.name.endsWith('wto-talks.txt'));
    const pretty = run(['analyze', '--pretty', seed.path]);
    const stdin = run(['analyze', '-'], seed.text);
    assert.equal(pretty.status, 0, pretty.stderr);
    assert.equal(stdin.status, 0, stdin.stderr);
    validateReport(JSON.parse(pretty.stdout));
    assert.deepEqual(JSON.parse(pretty.stdout), JSON.parse(stdin.stdout));
  });

  test('the schema rejects a renamed, a missing and an unknown field', () => {
    // Guards the guard: these edits of a real report must fail validation.
    const seed = cases.find((c) => c.name.endsWith('wto-talks.txt'));
    const report = analyzeFile(seed.path, 'utf16');
    assert.ok(reportIsValid(report));
    const edits = {
      'mention type renamed': (r) => {
        r.mentions[0].kind = r.mentions[0].type;
        delete r.mentions[0].type;
      },
      'quote speaker removed': (r) => delete r.quotes[0].speaker,
      'unknown top-level field': (r) => (r.extra = []),
      'unknown entity type': (r) => (r.entities[0].type = 'PERSONS'),
      'speaker named as a string': (r) => (r.quotes.find((q) => q.speaker).speaker.named = 'yes'),
      'negative offset': (r) => (r.quotes[0].start = -1),
      'source without a speaker': (r) => {
        const q = r.quotes.find((x) => x.speaker === null) ?? r.quotes[0];
        q.speaker = null;
        q.source = 0;
      },
    };
    for (const [what, edit] of Object.entries(edits)) {
      const copy = structuredClone(report);
      edit(copy);
      assert.equal(reportIsValid(copy), false, `${what} was accepted`);
    }
  });
});

describe('quotemark analyze --jsonl', () => {
  // The batch mode comes from issue 14; until the CLI has it this test is skipped with a note.
  // Input goes through files: a CLI that refuses the flag never reads standard input (EPIPE).
  const jsonl = (name, input) => {
    const path = join(tmp, name);
    writeFileSync(path, input, 'utf8');
    return run(['analyze', '--jsonl', path]);
  };
  const probe = () => jsonl('probe.jsonl', '{"id": 0, "text": "x"}\n');

  test('each input line gives one record matching $defs/batchRecord, in order', (t) => {
    const first = probe();
    if (first.status === 2 && /unknown flag|--jsonl/.test(first.stderr)) {
      t.skip('this CLI has no --jsonl yet (issue 14): JSONL records not validated');
      return;
    }
    const seed = readFileSync(join(root, 'tests', 'data', 'wto-talks.txt'), 'utf8');
    const lines = [
      { id: 1, text: seed },
      { id: 'b', text: '' },
      { id: { nested: [1, 'x'] }, text: '“Yes,” she said.' },
      'this line is not JSON',
      { id: 5 },
      { id: null, text: 'Officials said that the talks would resume.' },
      { id: 7, text: 42 },
    ];
    const input = lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n';
    const out = jsonl('lines.jsonl', input);
    assert.ok(out.status === 0 || out.status === 1, `exit status ${out.status}: ${out.stderr}`);
    const records = out.stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l));
    assert.equal(records.length, lines.length, 'one output line per input line');
    records.forEach((r, i) => validateBatchRecord(r, `JSONL record ${i}`));
    const ids = lines.map((l) => (typeof l === 'string' ? null : (l.id ?? null)));
    assert.deepEqual(
      records.map((r) => r.id),
      ids,
      'ids echoed in input order',
    );
    assert.deepEqual(
      records.map((r) => ('error' in r ? 'error' : 'analysis')),
      ['analysis', 'analysis', 'analysis', 'error', 'error', 'analysis', 'error'],
    );
    const single = run(['analyze', '-'], seed);
    assert.deepEqual(records[0].analysis, JSON.parse(single.stdout), 'same report as analyze FILE');
    checkConsistency(records[2].analysis, lines[2].text, 'utf16', 'JSONL record 2');
  });
});
