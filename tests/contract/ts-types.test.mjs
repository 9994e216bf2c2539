// node --test tests/contract — the TypeScript types of the wasm API (the TS_TYPES section of
// src/wasm.rs) against contract.schema.json: the same fields, the same optional ones, the same
// nullable ones and the same string literals.
//
// Rules, per interface and its schema definition:
// - every TS field exists in the schema (a field renamed in TS, or dropped from the schema, fails);
// - every field the schema requires is in TS, not optional (`?`);
// - every other schema field is in TS as optional, except fields marked `"x-pending": true` in
//   the schema (added this round, not yet emitted everywhere): those may be absent, optional or not;
// - `X | null` in TS exactly where the schema allows null;
// - where the TS type is a union of string literals (directly or through a `type` alias), the
//   same set as the schema's `enum`/`const`.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { root, schema } from './contract.mjs';

/** TS interface → schema definition ('#' is the root: the report). */
const INTERFACES = {
  Report: '#',
  SpanRecord: 'span',
  EntityRecord: 'entity',
  MentionRecord: 'mention',
  SpeakerRecord: 'speaker',
  QuoteRecord: 'quote',
  SourceRecord: 'source',
  Source: 'source',
  BatchRecord: null, // a union, checked by the JSONL test instead
};
/** Interfaces of the API that are not part of the output contract. */
const NOT_IN_CONTRACT = new Set(['AnalyzeOptions']);

/** The TS_TYPES string of src/wasm.rs. */
export function tsTypesSource(path = join(root, 'src', 'wasm.rs')) {
  const rust = readFileSync(path, 'utf8');
  const m = rust.match(/const TS_TYPES: &'static str = r#"([\s\S]*?)"#;/);
  assert.ok(m, `no TS_TYPES section in ${path}`);
  return m[1];
}

/** Parses interfaces (with `extends`) and type aliases out of a .d.ts-style source. */
export function parseTs(source) {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  const aliases = {};
  for (const m of code.matchAll(/export\s+type\s+(\w+)\s*=\s*([^;]+);/g)) aliases[m[1]] = m[2].trim();
  const raw = {};
  for (const m of code.matchAll(/export\s+interface\s+(\w+)(?:\s+extends\s+([\w\s,]+?))?\s*\{([^}]*)\}/g)) {
    const fields = {};
    for (const line of m[3].split(';')) {
      const f = line.trim().match(/^(\w+)(\?)?\s*:\s*([\s\S]+)$/);
      if (f) fields[f[1]] = { optional: f[2] === '?', type: f[3].replace(/\s+/g, ' ').trim() };
    }
    raw[m[1]] = { extends: m[2] ? m[2].split(',').map((s) => s.trim()) : [], fields };
  }
  const interfaces = {};
  const resolve = (name, seen = new Set()) => {
    assert.ok(raw[name], `interface ${name} is not defined`);
    assert.ok(!seen.has(name), `interface ${name} extends itself`);
    seen.add(name);
    const fields = {};
    for (const base of raw[name].extends) Object.assign(fields, resolve(base, seen));
    return Object.assign(fields, raw[name].fields);
  };
  for (const name of Object.keys(raw)) interfaces[name] = resolve(name);
  return { interfaces, aliases };
}

/** A schema node with `$ref`s followed (only local ones: `#` and `#/$defs/x`). */
function deref(node) {
  let n = node;
  while (n && n.$ref) {
    const target = n.$ref === '#' ? schema : schema.$defs[n.$ref.replace('#/$defs/', '')];
    assert.ok(target, `unresolved $ref ${n.$ref}`);
    n = target;
  }
  return n;
}

/** The branches of a schema node: its anyOf/oneOf members, or itself. */
function branches(node) {
  const n = deref(node);
  if (n.anyOf || n.oneOf) return (n.anyOf ?? n.oneOf).flatMap(branches);
  return [n];
}

function schemaAllowsNull(node) {
  return branches(node).some(
    (b) => b.type === 'null' || (Array.isArray(b.type) && b.type.includes('null')) || b.enum?.includes(null) || b.const === null,
  );
}

function schemaLiterals(node) {
  const values = branches(node).flatMap((b) => b.enum ?? ('const' in b ? [b.const] : []));
  return values.filter((v) => typeof v === 'string').sort();
}

function tsParts(type, aliases) {
  return type.split('|').map((p) => p.trim()).flatMap((p) => (aliases[p] ? tsParts(aliases[p], aliases) : [p]));
}

/** Every difference between interface `name` and its schema definition. */
export function compareInterface(name, fields, aliases, defName) {
  const def = deref(defName === '#' ? { $ref: '#' } : { $ref: `#/$defs/${defName}` });
  const props = def.properties ?? {};
  const required = new Set(def.required ?? []);
  const problems = [];
  const where = `${name} (schema ${defName === '#' ? 'root' : `$defs/${defName}`})`;
  for (const [field, { optional, type }] of Object.entries(fields)) {
    const prop = props[field];
    if (!prop) {
      problems.push(`${where}: TS field "${field}" is not in the schema`);
      continue;
    }
    if (required.has(field) && optional) problems.push(`${where}: "${field}" is required by the schema but optional in TS`);
    if (!required.has(field) && !optional && !prop['x-pending']) {
      problems.push(`${where}: "${field}" is optional in the schema but not in TS (add "?")`);
    }
    const parts = tsParts(type, aliases);
    const tsNull = parts.includes('null');
    if (tsNull !== schemaAllowsNull(prop)) {
      problems.push(`${where}: "${field}" is ${tsNull ? '' : 'not '}nullable in TS but ${tsNull ? 'not ' : ''}in the schema`);
    }
    const literals = parts.filter((p) => /^"[^"]*"$/.test(p)).map((p) => p.slice(1, -1)).sort();
    const expected = schemaLiterals(prop);
    if ((literals.length || expected.length) && literals.join() !== expected.join()) {
      problems.push(`${where}: "${field}" literals differ: TS ${literals.join('|')} vs schema ${expected.join('|')}`);
    }
  }
  for (const field of Object.keys(props)) {
    if (fields[field] || props[field]['x-pending']) continue;
    problems.push(`${where}: schema field "${field}" is missing from TS`);
  }
  return problems;
}

/** Every difference between a TS source and the schema. */
export function compareAll(source) {
  const { interfaces, aliases } = parseTs(source);
  const problems = [];
  const mapped = new Set();
  for (const [name, fields] of Object.entries(interfaces)) {
    if (NOT_IN_CONTRACT.has(name)) continue;
    if (!(name in INTERFACES)) {
      problems.push(`interface ${name} is neither mapped to a schema definition nor listed as outside the contract (tests/contract/ts-types.test.mjs)`);
      continue;
    }
    const defName = INTERFACES[name];
    if (defName === null) continue;
    mapped.add(defName);
    problems.push(...compareInterface(name, fields, aliases, defName));
  }
  // Every record of the contract has an interface; `source` may wait while `sources` is pending.
  const pendingOnly = new Set(schema.properties.sources?.['x-pending'] ? ['source'] : []);
  for (const defName of ['#', 'span', 'entity', 'mention', 'speaker', 'quote', 'source']) {
    if (!mapped.has(defName) && !pendingOnly.has(defName)) {
      problems.push(`no TS interface for schema ${defName === '#' ? 'root' : `$defs/${defName}`}`);
    }
  }
  return problems;
}

test('the TS types of src/wasm.rs match the schema field for field', () => {
  const problems = compareAll(tsTypesSource());
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('the check catches a renamed, a missing, a non-optional and a mistyped field', () => {
  // Guards the guard: edits of the real TS_TYPES that must be reported.
  const source = tsTypesSource();
  const edits = {
    'mention type renamed': [/(interface MentionRecord[^{]*\{[^}]*?)\btype:/, '$1kind:'],
    'speaker named dropped': [/\n\s*named: boolean;/, '\n'],
    'title made required': [/title\?:/, 'title:'],
    'entity made non-nullable': [/entity: number \| null;/, 'entity: number;'],
    'quote kind literal misspelt': [/"indirect"/, '"reported"'],
  };
  for (const [what, [pattern, replacement]] of Object.entries(edits)) {
    const edited = source.replace(pattern, replacement);
    assert.notEqual(edited, source, `${what}: the pattern no longer matches TS_TYPES`);
    assert.ok(compareAll(edited).length > 0, `${what} was not caught`);
  }
});
