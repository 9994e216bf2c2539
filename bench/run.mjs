#!/usr/bin/env node
// Runs every tool over every corpus size, each in a fresh process, and prints one markdown table.
// bench/run.sh builds what this needs first; see bench/README.md.
//
//   node bench/run.mjs --native PATH [--pkg DIR] [--out DIR] [--budget-seconds S]
//                      [--min-seconds S] [--sizes 100k,1m,10m] [--tools LIST]
//
// --native: the built examples/throughput binary. --pkg: the wasm-bindgen --target web output
// (default www/pkg). --budget-seconds: how long a peer (compromise, wink) may spend on one corpus
// before it stops at the next article (default 15); quotemark has no budget, but a run over one
// long text (single-*.txt, the scaling check) is stopped after --text-timeout-seconds (default 60),
// or for the 10 MB text at twice the time the linear bound allows, and reported as not finished. Results also go to DIR/results.json and DIR/results.md.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');

const TOOLS = [
  { id: 'quotemark-native', name: 'quotemark, native (release)', ours: true },
  { id: 'quotemark-wasm', name: 'quotemark, wasm in Node', ours: true },
  { id: 'compromise', name: 'compromise 14.17 + compromise-dates 3.9' },
  { id: 'wink', name: 'wink-nlp 2.4 + wink-eng-lite-web-model 1.8' },
];
const SIZE_NAMES = { '100k': '100 KB', '1m': '1 MB', '10m': '10 MB' };
const LIMIT = 1.2; // the scaling checks' bound

function options(argv) {
  const o = {
    pkg: join(ROOT, 'www/pkg'),
    out: join(HERE, 'out'),
    budgetSeconds: 15,
    minSeconds: 1,
    textTimeoutSeconds: 60,
    sizes: ['100k', '1m', '10m'],
    tools: TOOLS.map((t) => t.id),
  };
  for (let i = 0; i < argv.length; i += 2) {
    const [k, v] = [argv[i], argv[i + 1]];
    if (k === '--native') o.native = resolve(v);
    else if (k === '--pkg') o.pkg = resolve(v);
    else if (k === '--out') o.out = resolve(v);
    else if (k === '--budget-seconds') o.budgetSeconds = Number(v);
    else if (k === '--min-seconds') o.minSeconds = Number(v);
    else if (k === '--text-timeout-seconds') o.textTimeoutSeconds = Number(v);
    else if (k === '--sizes') o.sizes = v.split(',');
    else if (k === '--tools') o.tools = v.split(',');
    else throw new Error(`unknown option ${k}`);
  }
  if (o.tools.includes('quotemark-native') && !o.native) throw new Error('--native PATH is required');
  return o;
}

/** Runs one tool on one file in a fresh process; returns its JSON result. */
function measure(o, tool, file, timeoutSeconds = 600) {
  const budget = TOOLS.find((t) => t.id === tool).ours ? [] : ['--budget-seconds', String(o.budgetSeconds)];
  const [cmd, args] =
    tool === 'quotemark-native'
      ? [o.native, [file, '--min-seconds', String(o.minSeconds)]]
      : [
          process.execPath,
          [join(HERE, 'runner.mjs'), tool, file, '--min-seconds', String(o.minSeconds), '--pkg', o.pkg, ...budget],
        ];
  process.stderr.write(`   ${tool} ${relative(ROOT, file)} ... `);
  const run = spawnSync(cmd, args, { cwd: HERE, encoding: 'utf8', maxBuffer: 1 << 24, timeout: timeoutSeconds * 1000 });
  if (run.error?.code === 'ETIMEDOUT' || (run.status === null && run.signal === 'SIGTERM')) {
    process.stderr.write(`stopped after ${timeoutSeconds} s\n`);
    return { tool, file, bytes: statSync(file).size, timeout: timeoutSeconds, error: `did not finish in ${timeoutSeconds} s` };
  }
  if (run.status !== 0) {
    process.stderr.write('failed\n');
    return { tool, file, error: (run.stderr || run.error?.message || `exit ${run.status}`).trim().split('\n').slice(-3).join(' ') };
  }
  const result = JSON.parse(run.stdout.trim().split('\n').pop());
  process.stderr.write(`${(result.bytes / 1e6 / result.seconds).toFixed(2)} MB/s\n`);
  return result;
}

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const gzFile = (path) => gz(readFileSync(path));

/** Gzipped size of what a browser would load for each tool, with how it was counted. */
function bundles(o) {
  const out = {};
  const pkgJs = join(o.pkg, 'quotemark.js');
  const pkgWasm = join(o.pkg, 'quotemark_bg.wasm');
  if (existsSync(pkgWasm)) {
    out['quotemark-wasm'] = { bytes: gzFile(pkgWasm) + gzFile(pkgJs), how: 'quotemark_bg.wasm + quotemark.js, each gzip -9' };
  }
  const nm = join(HERE, 'node_modules');
  out.compromise = {
    bytes: gzFile(join(nm, 'compromise/builds/compromise.js')) + gzFile(join(nm, 'compromise-dates/builds/compromise-dates.min.js')),
    how: 'compromise/builds/compromise.js + compromise-dates.min.js, each gzip -9',
  };
  // wink ships no browser build: count every file Node loads for wink-nlp and the model.
  const require = createRequire(join(HERE, 'package.json'));
  const before = new Set(Object.keys(require.cache));
  require('wink-nlp')(require('wink-eng-lite-web-model'));
  const files = Object.keys(require.cache).filter((f) => !before.has(f));
  out.wink = {
    bytes: gz(Buffer.concat(files.map((f) => readFileSync(f)))),
    how: `the ${files.length} files Node loads for wink-nlp + the model, concatenated, gzip -9`,
  };
  return out;
}

function machine() {
  const cmd = (c, a) => {
    const r = spawnSync(c, a, { cwd: ROOT, encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() : '?';
  };
  const dirty = cmd('git', ['status', '--porcelain', '--', 'src', 'Cargo.toml', 'build.rs', 'data']) ? ' + uncommitted changes' : '';
  return {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model.trim() ?? '?',
    memory_gib: (os.totalmem() / 2 ** 30).toFixed(1),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    rustc: cmd('rustc', ['--version']),
    commit: cmd('git', ['rev-parse', '--short', 'HEAD']) + dirty,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    load: os.loadavg()[0].toFixed(2),
  };
}

const mbps = (r) => r.bytes / 1e6 / r.seconds;
// Rate by the measured thread's CPU time when known: steadier than the wall clock on a busy machine.
const cpuMbps = (r) => (r.cpu_seconds ? r.bytes / 1e6 / r.cpu_seconds : null);
const steady = (r) => cpuMbps(r) ?? mbps(r);
const fmt = (x, digits = 2) => (x >= 100 ? Math.round(x).toLocaleString('en-US') : x.toFixed(x >= 10 ? 1 : digits));
const mib = (kib) => `${Math.round(kib / 1024)} MB`;
const ms = (x) => (x < 1 ? `${x.toFixed(2)} ms` : x < 1000 ? `${x.toFixed(x < 10 ? 1 : 0)} ms` : `${(x / 1000).toFixed(2)} s`);
const kb = (b) => `${Math.round(b / 1000).toLocaleString('en-US')} KB`;

function table(o, m, manifest, results, singles, sizes) {
  const lines = [];
  const say = (s = '') => lines.push(s);
  say(`### Benchmark, ${m.date}, commit ${m.commit}`);
  say();
  say(`Machine: ${m.cpus} × ${m.cpu}, ${m.memory_gib} GiB, ${m.os}; Node ${m.node}; ${m.rustc}; ` +
      `load average ${m.load} at start, ${m.loadEnd} at end. ` +
      `Corpus: bench/make-corpus.mjs seed ${manifest.seed}, ${manifest.seeds.length} seed articles varied.`);
  say();
  say('| tool | corpus | text analysed | MB/s | MB/s by CPU time | articles/s | load + first article | peak RSS | browser bundle, gzip | found per article: entities / quotes |');
  say('|---|---|---|---|---|---|---|---|---|---|');
  let capped = false;
  for (const size of o.sizes) {
    const f = manifest.files[`corpus-${size}.txt`];
    for (const t of TOOLS.filter((t) => o.tools.includes(t.id))) {
      const r = results[size]?.[t.id];
      const corpus = `${SIZE_NAMES[size]} (${f.articles.toLocaleString('en-US')} articles)`;
      const bundle = t.id === 'quotemark-native' ? 'n/a' : sizes[t.id] ? kb(sizes[t.id].bytes) : '?';
      if (!r || r.error) {
        say(`| ${t.name} | ${corpus} | failed: ${r?.error ?? 'not run'} | | | | | | ${bundle} | |`);
        continue;
      }
      let analysed = r.passes > 1 ? `all, median of ${r.passes} passes` : 'all, 1 pass';
      if (r.capped) {
        capped = true;
        analysed = `first ${r.articles} articles, ${(r.bytes / 1e6).toFixed(2)} MB (stopped at the ${o.budgetSeconds} s budget)†`;
      }
      const found = `${(r.entities / r.articles).toFixed(1)} / ${t.id === 'wink' ? 'n/a' : (r.quotes / r.articles).toFixed(1)}`;
      const cpu = cpuMbps(r) === null ? '?' : fmt(cpuMbps(r));
      say(`| ${t.name} | ${corpus} | ${analysed} | ${fmt(mbps(r))} | ${cpu} | ${fmt(r.articles / r.seconds, 0)} | ${ms(r.first_ms)} | ${mib(r.max_rss_kib)} | ${bundle} | ${found} |`);
    }
  }
  say();
  if (capped) {
    say(`† A peer still running after ${o.budgetSeconds} s stops at the next article; its rate is over the articles it finished, ` +
        'nothing is extrapolated to the full corpus.');
  }
  say('Each row is a fresh process. MB = 10^6 bytes of UTF-8 text; one call per article; a pass is the whole corpus, ' +
      `repeated until ${o.minSeconds} s have passed; MB/s is the median pass by the wall clock, "by CPU time" the mean pass ` +
      'by the CPU time of the thread that runs the analysis (other processes on a shared machine slow the first, ' +
      'hardly the second); ratios below use it. Load + first article: from just before the library is imported ' +
      '(Node already running) to the first result; native has nothing to load. Peak RSS: the whole process ' +
      '(Node itself is about 40-50 MB). Bundles: ' + Object.values(sizes).map((s) => s.how).join('; ') + '.');
  say();

  // Targets from issue 6: reported, not asserted.
  const at = (size, id) => results[size]?.[id];
  const ok = (r) => r && !r.error;
  const targets = [];
  for (const size of o.sizes) {
    const w = at(size, 'quotemark-wasm');
    if (!ok(w)) continue;
    for (const [id, want] of [['compromise', 100], ['wink', 5]]) {
      const p = at(size, id);
      if (!ok(p)) continue;
      const x = steady(w) / steady(p);
      targets.push(`wasm vs ${id}, ${SIZE_NAMES[size]}: ${fmt(x, 1)}× (target ≥ ${want}×) ${x >= want ? 'met' : 'NOT met'}`);
    }
  }
  const nat = o.sizes.map((s) => at(s, 'quotemark-native')).filter(ok);
  if (nat.length) {
    const worst = Math.min(...nat.map(steady));
    targets.push(`native: lowest ${fmt(worst)} MB/s (target ≥ 50) ${worst >= 50 ? 'met' : 'NOT met'}`);
  }
  const wasm = o.sizes.map((s) => at(s, 'quotemark-wasm')).filter(ok);
  if (wasm.length) {
    const first = Math.max(...wasm.map((r) => r.first_ms));
    targets.push(`wasm load + first article: at most ${ms(first)} (target < 50 ms) ${first < 50 ? 'met' : 'NOT met'}`);
  }
  const wasmMem = [
    ['the 10 MB corpus', at('10m', 'quotemark-wasm')],
    ['one 1 MB text', singles['single-1m.txt']?.['quotemark-wasm']],
    ['one 10 MB text', singles['single-10m.txt']?.['quotemark-wasm']],
  ];
  for (const [what, r] of wasmMem) {
    if (r?.timeout) targets.push(`wasm linear memory after ${what}: not measured (the run did not finish)`);
    if (!ok(r)) continue;
    const m = r.wasm_memory_bytes / 2 ** 20;
    const verdict = what === 'one 1 MB text' ? '(for reference)' : `(target < 64 MB) ${m < 64 ? 'met' : 'NOT met'}`;
    targets.push(`wasm linear memory after ${what}: ${m.toFixed(0)} MB ${verdict}`);
  }
  if (targets.length) {
    say('Targets (issue 6):');
    for (const t of targets) say(`- ${t}`);
    say();
  }

  // Scaling: time per byte should not grow with the corpus, nor with one text's length.
  const rows = [];
  const perByte = (r) => (r.cpu_seconds ?? r.seconds) / r.bytes;
  for (const id of ['quotemark-native', 'quotemark-wasm']) {
    const c1 = at('1m', id);
    const c10 = at('10m', id);
    const s1 = singles['single-1m.txt']?.[id];
    const s10 = singles['single-10m.txt']?.[id];
    const cell = (a, b) => {
      if (ok(a) && b?.timeout) {
        const x = b.timeout / b.bytes / perByte(a);
        return `> ${x.toFixed(1)} FAILS (not done after ${b.timeout} s vs ${ms((a.seconds) * 1000)})`;
      }
      if (!ok(a) || !ok(b)) return 'not run';
      const x = perByte(b) / perByte(a);
      const t = (r) => ms((r.cpu_seconds ?? r.seconds) * 1000);
      return `${x.toFixed(2)} ${x <= LIMIT ? 'ok' : 'FAILS'} (${t(b)} vs ${t(a)})`;
    };
    rows.push([id, cell(c1, c10), cell(c1, s1), cell(s1, s10)]);
  }
  say(`Scaling (CPU time per byte, ratio; ok when ≤ ${LIMIT}; a run that did not finish is bounded by its wall time):`);
  say();
  say('| build | 10 MB corpus vs 1 MB corpus | one 1 MB text vs 1 MB as articles | one 10 MB text vs one 1 MB text |');
  say('|---|---|---|---|');
  for (const r of rows) say(`| ${r.join(' | ')} |`);
  say();
  return lines.join('\n');
}

function main() {
  const o = options(process.argv.slice(2));
  const manifestPath = join(o.out, 'corpus.json');
  if (!existsSync(manifestPath)) throw new Error(`no ${manifestPath}: run node bench/make-corpus.mjs first`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

  const machine0 = machine();
  const results = {};
  for (const size of o.sizes) {
    process.stderr.write(`== ${SIZE_NAMES[size]} corpus\n`);
    results[size] = {};
    for (const tool of o.tools) results[size][tool] = measure(o, tool, join(o.out, `corpus-${size}.txt`));
  }
  const singles = {};
  // The scaling check's long texts, beside the 1 MB corpus they are compared with.
  for (const name of o.sizes.includes('1m') ? ['single-1m.txt', 'single-10m.txt'] : []) {
    process.stderr.write(`== ${name} (one text)\n`);
    singles[name] = {};
    for (const tool of ['quotemark-native', 'quotemark-wasm'].filter((t) => o.tools.includes(t))) {
      // One 10 MB text gets twice what the linear bound allows (10 × 1.2 × one 1 MB text), at least
      // 10 s and at most --text-timeout-seconds: past that the check fails anyway.
      const one = singles['single-1m.txt']?.[tool];
      const timeout = name === 'single-10m.txt' && one && !one.error
        ? Math.min(o.textTimeoutSeconds, Math.max(10, 2 * LIMIT * (manifest.files[name].bytes / one.bytes) * one.seconds))
        : o.textTimeoutSeconds;
      singles[name][tool] = measure(o, tool, join(o.out, name), Math.ceil(timeout));
    }
  }
  const sizes = bundles(o);
  const m = { ...machine0, loadEnd: os.loadavg()[0].toFixed(2) };
  const md = table(o, m, manifest, results, singles, sizes);
  writeFileSync(join(o.out, 'results.json'), JSON.stringify({ machine: m, corpus: manifest, results, singles, bundles: sizes }, null, 2) + '\n');
  writeFileSync(join(o.out, 'results.md'), md + '\n');
  console.log(md);
}

main();
