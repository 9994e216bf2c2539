// node --test www/test — the built module's real exports (www/pkg, from scripts/build-wasm.sh).
// Skipped when www/pkg has not been built.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { renderArticle } from '../render.js';
import { createDocument } from './dom-shim.js';

const pkg = new URL('../pkg/', import.meta.url);
const built = existsSync(new URL('quotemark_bg.wasm', pkg));
const skip = built ? false : 'www/pkg is not built (scripts/build-wasm.sh)';

async function load() {
  const module = await import(new URL('quotemark.js', pkg));
  module.initSync({ module: readFileSync(new URL('quotemark_bg.wasm', pkg)) });
  return module;
}

test('analyze returns the report as plain objects with UTF-16 offsets', { skip }, async () => {
  const { analyze, version, maxInputBytes } = await load();
  assert.match(version(), /^\d+\.\d+\.\d+/);
  assert.equal(maxInputBytes(), 32_000_000);
  const text = 'Médecins 🎉 said: “We are very worried about the camps,” Dr. Müller said.';
  const report = analyze(text);
  assert.equal(report.offsets, 'utf16');
  assert.equal(Object.getPrototypeOf(report), Object.prototype, 'a plain object, not a Map');
  assert.ok(report.quotes.length >= 1);
  for (const q of report.quotes) {
    assert.equal(text.slice(q.start, q.end), q.text);
    assert.notEqual(q.speaker, undefined, 'speaker is null or a record');
  }
  for (const m of report.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  assert.deepEqual(JSON.parse(JSON.stringify(report)), report);
  const bytes = analyze(text, { offsets: 'bytes' });
  const utf8 = Buffer.from(text);
  for (const q of bytes.quotes) assert.equal(utf8.subarray(q.start, q.end).toString(), q.text);
});

test('lone surrogates arrive as U+FFFD and offsets still index the JS string', { skip }, async () => {
  const { analyze } = await load();
  const text = '\uD800 “Hi \uDC00 there,” she said. “Bye,” he said.';
  const report = analyze(text);
  assert.equal(report.quotes.length, 2);
  assert.equal(report.quotes[0].text, '“Hi \uFFFD there,”');
  assert.equal(text.slice(report.quotes[0].start, report.quotes[0].end), '“Hi \uDC00 there,”');
  assert.equal(text.slice(report.quotes[1].start, report.quotes[1].end), '“Bye,”');
});

test('bad options and over-long text throw Errors with a message', { skip }, async () => {
  const { analyze } = await load();
  assert.throws(() => analyze('x', { offsets: 'words' }), {
    name: 'Error',
    message: /unknown offsets unit "words"/,
  });
  assert.throws(() => analyze('x', { ofsets: 'chars' }), { message: /unknown option "ofsets"/ });
  assert.throws(() => analyze('x', 'utf16'), { message: /options must be an object/ });
  assert.throws(() => analyze('a'.repeat(32_000_001)), { message: /at most 32 MB/ });
  assert.deepEqual(analyze('', undefined).quotes, []);
  assert.deepEqual(analyze('', null).quotes, []);
});

test('the page renders the real analysis: each mark holds exactly what was found', { skip }, async () => {
  const { analyze } = await load();
  const text =
    'Dr. Zoë Müller of Médecins Sans Frontières 🎉 spoke in Genève.\n\n' +
    '“We are worried 👍,” Müller said. “Nobody told us.”\n\nA source said the situation was “serious”.';
  const report = analyze(text);
  assert.ok(report.quotes.length >= 3 && report.mentions.length >= 2, JSON.stringify(report));
  const fragment = renderArticle(createDocument(), text, report);
  assert.equal(fragment.textContent, text);
  const elements = fragment.descendants();
  // One quote mark per quotation (none crosses a line here), holding its text.
  const quoteMarks = elements.filter((el) => el.classList.contains('quote'));
  assert.deepEqual(
    quoteMarks.map((el) => el.textContent),
    report.quotes.map((q) => q.text),
  );
  const entityMarks = elements.filter((el) => el.classList.contains('ent'));
  assert.deepEqual(
    entityMarks.map((el) => el.textContent),
    report.mentions.map((m) => m.text),
  );
  assert.ok(report.mentions.some((m) => m.text === 'Zoë Müller' && m.type === 'PERSON'));
  assert.ok(report.quotes.some((q) => q.text === '“We are worried 👍,”' && q.speaker?.name === 'Zoë Müller'));
});

test('the report carries sources, each quote its source, each speaker its kind', { skip }, async () => {
  const { analyze } = await load();
  const text = readFileSync(new URL('../../tests/data/wto-talks.txt', import.meta.url), 'utf8');
  const report = analyze(text);
  assert.ok(Array.isArray(report.sources) && report.sources.length > 0);
  assert.deepEqual(Object.keys(report), ['version', 'offsets', 'entities', 'mentions', 'quotes', 'sources']);
  report.quotes.forEach((q, i) => {
    if (q.speaker === null) {
      assert.equal(q.source, null);
      return;
    }
    assert.ok(['person', 'organization', 'group', 'document'].includes(q.speaker.kind));
    const source = report.sources[q.source];
    assert.ok(source.quotes.includes(i), `source ${q.source} lists quote ${i}`);
    assert.equal(source.kind, q.speaker.kind);
  });
  const barshefsky = report.sources.find((s) => s.name === 'Charlene Barshefsky');
  assert.equal(barshefsky.gender, 'female');
  assert.equal(barshefsky.gender_basis, 'pronoun');
  assert.deepEqual(barshefsky.roles, ['U.S. Trade Representative']);
  for (const s of report.sources.filter((s) => !s.named)) {
    assert.equal(s.entity, null);
    assert.equal(s.gender, null);
  }
  const types = readFileSync(new URL('quotemark.d.ts', pkg), 'utf8');
  for (const name of ['SourceRecord', 'SpeakerKind', 'GenderBasis', 'sources: SourceRecord[]']) {
    assert.ok(types.includes(name), `quotemark.d.ts declares ${name}`);
  }
});
