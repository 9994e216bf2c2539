// Shared by the contract tests: the schema (contract.schema.json) compiled once with ajv, the
// checks JSON Schema cannot express (offsets slice the text, indices point where they should, key
// order), and the texts every test runs on.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020Module from 'ajv/dist/2020.js';

const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const schemaPath = join(root, 'contract.schema.json');
export const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));

// strict: unknown keywords and other schema mistakes are errors; `x-pending` is the one
// annotation the schema adds (a field allowed but not yet required).
const ajv = new Ajv2020({ strict: true, strictTypes: false, allErrors: true });
ajv.addVocabulary(['x-pending']);
ajv.addSchema(schema);
const reportValidator = ajv.getSchema(schema.$id);
const batchValidator = ajv.getSchema(`${schema.$id}#/$defs/batchRecord`);

function validateWith(validate, value, what) {
  if (validate(value)) return;
  const errors = validate.errors
    .slice(0, 8)
    .map((e) => `  ${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`)
    .join('\n');
  throw new Error(`${what} does not match contract.schema.json:\n${errors}`);
}

/** Throws unless `report` matches the schema's root (the report). */
export function validateReport(report, what = 'report') {
  validateWith(reportValidator, report, what);
}

/** Throws unless `record` matches `$defs/batchRecord` (one JSONL output line). */
export function validateBatchRecord(record, what = 'JSONL record') {
  validateWith(batchValidator, record, what);
}

/** Whether ajv accepts `report`, for tests that expect a rejection. */
export function reportIsValid(report) {
  return reportValidator(report);
}

const KEY_ORDER = ['version', 'offsets', 'entities', 'mentions', 'quotes', 'sources'];

/** A function slicing `text` between two offsets in `unit`. */
function slicer(text, unit) {
  if (unit === 'utf16') return (s, e) => text.slice(s, e);
  if (unit === 'chars') {
    const chars = Array.from(text);
    return (s, e) => chars.slice(s, e).join('');
  }
  const bytes = Buffer.from(text, 'utf8');
  return (s, e) => bytes.subarray(s, e).toString('utf8');
}

/**
 * What the schema cannot say: top-level key order, offsets that slice `text` to each record's
 * `text`, ids equal to positions, and indices that point at records that point back.
 * `text` is the analysed text (lone surrogates already replaced by U+FFFD).
 */
export function checkConsistency(report, text, unit, what = 'report') {
  const fail = (message) => {
    throw new Error(`${what}: ${message}`);
  };
  const keys = Object.keys(report);
  const expected = KEY_ORDER.filter((k) => keys.includes(k));
  if (keys.join() !== expected.join()) fail(`top-level keys ${keys} are not in the order ${KEY_ORDER}`);
  if (report.offsets !== unit) fail(`offsets is ${report.offsets}, asked for ${unit}`);
  const slice = slicer(text, unit);
  const spanOk = (rec, where) => {
    if (rec.start > rec.end) fail(`${where}: start ${rec.start} > end ${rec.end}`);
    const got = slice(rec.start, rec.end);
    if (got !== rec.text) fail(`${where}: offsets give ${JSON.stringify(got)}, text is ${JSON.stringify(rec.text)}`);
  };
  const { entities, mentions, quotes, sources } = report;
  entities.forEach((e, i) => {
    if (e.id !== i) fail(`entities[${i}].id is ${e.id}`);
    e.mentions.forEach((m, k) => {
      if (k > 0 && m <= e.mentions[k - 1]) fail(`entities[${i}].mentions not ascending`);
      if (mentions[m]?.entity !== i) fail(`entities[${i}].mentions[${k}] = ${m} does not point back`);
      if (mentions[m].type !== e.type) fail(`mention ${m} and entity ${i} differ in type`);
    });
  });
  mentions.forEach((m, i) => {
    spanOk(m, `mentions[${i}]`);
    if (m.entity >= entities.length) fail(`mentions[${i}].entity out of range`);
    if (!entities[m.entity].mentions.includes(i)) fail(`entity ${m.entity} does not list mention ${i}`);
    if (i > 0 && m.start < mentions[i - 1].end) fail(`mentions ${i - 1} and ${i} overlap or are out of order`);
  });
  quotes.forEach((q, i) => {
    spanOk(q, `quotes[${i}]`);
    if (i > 0 && q.start < quotes[i - 1].start) fail(`quotes ${i - 1} and ${i} out of order`);
    if (q.speaker) {
      spanOk(q.speaker, `quotes[${i}].speaker`);
      if (q.speaker.entity !== null && q.speaker.entity >= entities.length) {
        fail(`quotes[${i}].speaker.entity out of range`);
      }
    }
    if (q.cue) spanOk(q.cue, `quotes[${i}].cue`);
    if (q.source !== undefined && q.source !== null) {
      if (!sources || q.source >= sources.length) fail(`quotes[${i}].source out of range`);
      if (!sources[q.source].quotes.includes(i)) fail(`source ${q.source} does not list quote ${i}`);
    }
  });
  (sources ?? []).forEach((s, i) => {
    if (s.id !== i) fail(`sources[${i}].id is ${s.id}`);
    for (const q of s.quotes) {
      if (quotes[q]?.source !== i) fail(`sources[${i}].quotes lists ${q}, whose source is not ${i}`);
    }
    for (const key of ['entity', 'affiliation']) {
      if (s[key] !== null && s[key] >= entities.length) fail(`sources[${i}].${key} out of range`);
    }
    if (i > 0 && s.quotes[0] < sources[i - 1].quotes[0]) fail(`sources ${i - 1} and ${i} not ordered by first quote`);
  });
}

/** Every `tests/data/**\/*.txt` fixture: {name, path, text}. */
export function fixtures(dir = join(root, 'tests', 'data')) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...fixtures(path));
    else if (name.endsWith('.txt')) out.push({ name: relative(root, path), path, text: readFileSync(path, 'utf8') });
  }
  return out;
}

/** Hard texts beyond the fixtures: every kind of mark, astral and combining characters, CRLF,
 * controls, right-to-left text, lone surrogates, unbalanced and empty input. */
export const hardTexts = {
  'empty.txt': '',
  'blank.txt': ' \n\n\t\r\n',
  'marks.txt':
    '“We came,” Charlene Barshefsky said. \'Not yet,\' he said. «Oui», dit-il. „Ja“ ‘x’ "6\'2" tall. ' +
    "''It has virtue,'' Leonard Burman said. ``Quite,'' she added.",
  'astral.txt':
    '😀 “Zhu 👩‍👩‍👧 said” 🇨🇳 Zhu Rongji said, “东京 é e\u0301.” Ødegaard added.\r\n\r\nMr. Zhu said "yes".',
  'controls.txt':
    'GENEVA\u0000 — “a\u0001b,” said\u001b Zhu.\u2028“c\u2029d” \ufeff\u00ad\u200b Barshefsky told reporters.',
  'rtl.txt': '\u202e“שלום” אמר Barshefsky. «مرحبا» قال Zhu Rongji.\u202c',
  'lone-surrogate.txt': '“Hi \ud800 there,” Zhu said. \udc00 Barshefsky said “\ud83d”.',
  'unbalanced.txt':
    'He said “this never closes.\n\n“But this one runs on\n\n“and on,” she said.\n\n" " "" """ \'\' “”',
  'reported.txt':
    'Officials said that the talks would resume on Monday. The deal is dead, the ministry said. ' +
    'According to U.S. Trade Representative Charlene Barshefsky, “nothing is agreed.” ' +
    'A spokeswoman for the commission said the letter was “a disgrace.”',
};
