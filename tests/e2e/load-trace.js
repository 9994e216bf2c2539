// One traced load of the page: where the CPU goes between the worker's creation and the first
// highlight, and which wasm functions V8 recompiles with its optimising tier (TurboFan) meanwhile.
//   cd tests/e2e && chrt -r 1 node load-trace.js WWW_DIR [NAMED_WASM]
// Prints the page's load marks, the CPU time of each browser thread in each phase between them
// (thread time of its top-level tasks, from a Chromium trace), and each optimising compile: the
// function's index, body size and compile time (from --js-flags=--trace-wasm-compilation-times),
// and when the compile jobs ran. An optimising compile that starts before the first highlight
// shares the two cores with the report's hand-over and drawing (stop 48, helper wasm55: the
// sample's analysis started two, `find_mentions_with` and `ranker::candidates`, 77 ms of CPU).
// NAMED_WASM names the functions: the same build's module with its name section, made by
// `wasm-bindgen --target web --out-dir /tmp/named $CARGO_TARGET_DIR/wasm32-unknown-unknown/release/quotemark.wasm`
// after scripts/build-wasm.sh (its function indices are the page module's: the body sizes agree).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { serve } from './server.js';

// The browser's output (the V8 flag prints there) reaches us only as Playwright's debug log.
process.env.DEBUG = 'pw:browser';
const stdout = [];
const writeErr = process.stderr.write.bind(process.stderr);
process.stderr.write = (chunk, ...rest) => {
  const text = String(chunk);
  if (!text.includes('pw:browser')) return writeErr(chunk, ...rest);
  stdout.push(...text.split('\n'));
  return true;
};
const { chromium } = await import('playwright-core');

const [dir, namedWasm] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node load-trace.js WWW_DIR [NAMED_WASM]');
  process.exit(2);
}
const ARGS = ['--headless', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-features=WebUIOmniboxPopup', // as page.test.js
  '--js-flags=--trace-wasm-compilation-times'];
const CATEGORIES = ['toplevel', 'v8', 'v8.wasm', 'blink', 'loading', 'devtools.timeline',
  'disabled-by-default-devtools.timeline', 'blink.user_timing'];
const PHASES = ['worker-created', 'worker-started', 'text-sent', 'module-compiled', 'module-ready',
  'module-warmed', 'analysis-began', 'report-received', 'first-highlight'];

/** Function index -> name, from a module's name section (empty without one). */
function functionNames(file) {
  const names = new Map();
  if (!file) return names;
  const b = readFileSync(file);
  let i = 8;
  const leb = () => {
    let r = 0;
    let s = 0;
    for (;;) {
      const x = b[i++];
      r += (x & 0x7f) * 2 ** s;
      s += 7;
      if (x < 0x80) return r;
    }
  };
  while (i < b.length) {
    const id = b[i++];
    const size = leb();
    const end = i + size;
    if (id === 0) {
      const len = leb();
      const name = b.toString('utf8', i, i + len);
      i += len;
      while (name === 'name' && i < end) {
        const sub = b[i++];
        const subEnd = leb() + i;
        if (sub === 1) {
          for (let n = leb(); n > 0; n--) {
            const index = leb();
            const l = leb();
            names.set(index, b.toString('utf8', i, i + l));
            i += l;
          }
        }
        i = subEnd;
      }
    }
    i = end;
  }
  return names;
}

const server = await serve(resolve(dir), '/news/tools/quotemark/');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium', headless: true, chromiumSandbox: false, args: ARGS,
});
let trace;
let marks;
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1320 } });
  await browser.startTracing(page, { categories: CATEGORIES });
  await page.goto(server.url, { waitUntil: 'load' });
  await page.waitForFunction(() => Number(document.body.dataset.analyses || 0) >= 1, null, { timeout: 30000 });
  marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark')
    .filter((m) => m.name.startsWith('quotemark:')).map((m) => [m.name.slice(10), m.startTime])));
  trace = JSON.parse(String(await browser.stopTracing()));
} finally {
  await browser.close();
  await server.close();
}

const events = Array.isArray(trace) ? trace : trace.traceEvents;
const threads = new Map();
const processes = new Map();
for (const e of events) {
  if (e.ph !== 'M') continue;
  if (e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name);
  if (e.name === 'process_name') processes.set(e.pid, e.args.name);
}
// Trace clock (µs) -> page time (ms), by the worker-created mark, which is in both.
const anchor = events.find((e) => e.name === 'quotemark:worker-created');
const at = (ts) => (ts - anchor.ts) / 1000 + marks['worker-created'];

console.log('marks (ms after navigation):');
for (const name of PHASES) console.log(`  ${name.padEnd(18)} ${marks[name]?.toFixed(1) ?? '-'}`);

const phases = PHASES.filter((p) => marks[p] !== undefined).sort((a, b) => marks[a] - marks[b]);
const windows = phases.slice(1).map((p, k) => [marks[phases[k]], marks[p], p]);
const cpu = new Map();
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadPool_RunTask']);
const outer = new Map(); // thread -> end (µs) of its last outermost task: nested ones are inside it
for (const e of events.filter((x) => x.ph === 'X' && TASKS.has(x.name)).sort((x, y) => x.ts - y.ts)) {
  const thread = `${e.pid}:${e.tid}`;
  if (!e.tdur || e.ts < (outer.get(thread) ?? -Infinity)) continue;
  outer.set(thread, e.ts + e.dur);
  const start = at(e.ts);
  const end = start + e.tdur / 1000; // thread time, laid from the start: an approximation
  const key = `${processes.get(e.pid) || e.pid} ${threads.get(thread) || e.tid}`;
  if (!cpu.has(key)) cpu.set(key, windows.map(() => 0));
  windows.forEach(([a, b], k) => {
    const overlap = Math.min(end, b) - Math.max(start, a);
    if (overlap > 0) cpu.get(key)[k] += overlap;
  });
}
console.log('\nCPU ms per thread, in each phase (ending at the named mark):');
console.log(`  ${''.padEnd(44)}${windows.map(([, , p]) => p.slice(0, 9).padStart(10)).join('')}`);
const total = windows.map(() => 0);
for (const [key, v] of [...cpu].sort((x, y) => y[1].reduce((a, b) => a + b) - x[1].reduce((a, b) => a + b))) {
  v.forEach((x, k) => { total[k] += x; });
  if (v.reduce((a, b) => a + b) < 2) continue;
  console.log(`  ${key.slice(0, 44).padEnd(44)}${v.map((x) => x.toFixed(1).padStart(10)).join('')}`);
}
console.log(`  ${'all threads'.padEnd(44)}${total.map((x) => x.toFixed(1).padStart(10)).join('')}`);
console.log(`  ${'wall'.padEnd(44)}${windows.map(([a, b]) => (b - a).toFixed(1).padStart(10)).join('')}`);

const names = functionNames(namedWasm);
const lazy = stdout.filter((l) => / using Liftoff/.test(l)).length;
const optimised = stdout.filter((l) => / using TurboFan/.test(l));
console.log(`\n${lazy} functions compiled by Liftoff (lazily, on first call); ${optimised.length} by TurboFan:`);
for (const line of optimised) {
  const m = line.match(/#(\d+) using TurboFan, took (\d+) μs.*bodysize (\d+)/);
  if (m) console.log(`  #${m[1]} body ${m[3]} B, ${(Number(m[2]) / 1000).toFixed(1)} ms  ${names.get(Number(m[1])) || ''}`);
}
for (const e of events.filter((x) => x.name === 'wasm.TopTierCompilation' && x.ph === 'X')) {
  console.log(`  a TurboFan job from ${at(e.ts).toFixed(1)} ms, ${(e.dur / 1000).toFixed(1)} ms long, ${((e.tdur || 0) / 1000).toFixed(1)} ms of CPU`);
}

// The worker's start, hop by hop (stop 49, helper wasm56): the boot script asks the browser for a
// worker, the browser fetches worker.js, the page's main thread (once free) starts the worker's
// thread, which waits for the DevTools client (Playwright attaches to every worker and holds it
// until it answers: the test's cost, not a reader's), then fetches and runs worker.js.
{
  const byName = (name, pred = () => true) => events.find((e) => e.name === name && pred(e));
  const threadOf = (e) => threads.get(`${e.pid}:${e.tid}`);
  const startsWorker = (e) => threadOf(e) === 'CrRendererMain' && (e.dur || 0) > 1000
    && JSON.stringify(e.args || {}).includes('DedicatedWorkerHostFactoryClient');
  const hops = [
    ['worker created (boot script)', { ts: anchor.ts }],
    ['the browser has the request', byName('DedicatedWorkerHostFactoryImpl::CreateWorkerHostAndStartScriptLoad')],
    ['the browser has worker.js', byName('DedicatedWorkerHost::DidStartScriptLoad')],
    ['the main thread starts the worker', byName('Receive mojo message', startsWorker)],
    ['the worker thread is up', byName('V8PerIsolateData::Initialize', (e) => threadOf(e) === 'DedicatedWorker thread')],
    ['DevTools lets it run', byName('ThreadControllerImpl::RunTask', (e) => e.args?.src_func === 'FetchAndRunModuleScript')],
  ].filter(([, e]) => e);
  console.log('\nthe worker\'s start (ms after navigation, and after the hop before):');
  const row = (label, t, last) =>
    console.log(`  ${label.padEnd(36)} ${t.toFixed(1).padStart(7)}  ${last === null ? '' : `+${(t - last).toFixed(1)}`}`);
  let last = null;
  for (const [label, e] of hops) {
    row(label, at(e.ts), last);
    last = at(e.ts);
  }
  if (marks['worker-started'] !== undefined) row('worker.js runs (worker-started)', marks['worker-started'], last);
  // The page's main thread before the worker started: its longest tasks (wall and CPU time: a
  // task far longer than its CPU time waited, e.g. on the browser's font lookups).
  const main = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && threadOf(e) === 'CrRendererMain'
    && e.dur > 5000 && at(e.ts) < (marks['worker-started'] ?? Infinity));
  const STEPS = ['UpdateLayoutTree', 'Layout', 'v8.evaluateModule', 'ParseHTML', 'EvaluateScript'];
  for (const e of main.sort((x, y) => x.ts - y.ts)) {
    const inner = events.filter((x) => x.pid === e.pid && x.tid === e.tid && x.ts >= e.ts
      && x.ts < e.ts + e.dur && STEPS.includes(x.name));
    const what = [...new Set(inner.map((x) => x.name))].join(', ');
    const cpuMs = ((e.tdur || 0) / 1000).toFixed(1);
    console.log(`  main thread busy from ${at(e.ts).toFixed(1)} ms: ${(e.dur / 1000).toFixed(1)} ms wall, `
      + `${cpuMs} ms CPU${what ? ` (${what})` : ''}`);
  }
}
