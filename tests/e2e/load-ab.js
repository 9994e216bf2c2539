// A/B of the page's load time: serves each given www folder and loads them in turn (interleaved,
// fresh profile each load), then prints per folder the median of every load-time mark, and for each
// folder after the first a Mann-Whitney z against the first (+: the first-named folder slower).
//   cd tests/e2e && node load-ab.js ROUNDS DIR_A DIR_B ...
// The order alternates per round, ABBA (A B, B A, B A, A B, ...; with more folders each round a rotation,
// reversed every other round), so each folder goes first in half the rounds and follows each other
// folder as often, and one unmeasured load of the first folder comes before the first round (the
// first browser launch of a run is slower: it had the first-named folder 8-10 ms slower at the
// median in stop 49's A/A runs). Each folder's loads are also summarised by the place it had in its
// round, to see any order effect that is left (`first in round` / `later in round`).
// A folder given as DIR#omnibox is loaded without --disable-features=WebUIOmniboxPopup; one given as
// DIR#warm is loaded after the fresh browser has navigated once to another site (the same server as
// http://localhost:PORT/, a 404; nothing of the page is cached by it). Under `chrt -r 1` a fresh
// persistent profile's first request waits 300-400 ms before it is sent (navigation timing:
// fetchStart 1 ms, domainLookupStart 301-414 ms; responseEnd 17 ms median after such a navigation,
// and no wait with an in-memory profile; none after a data: URL), which the `first highlight` line
// counts and `highlight-responseEnd` does not; at normal priority the wait is not there (responseEnd
// 39 ms median cold, 55 warm, at load 15-27): a priority artefact of chrt, so with chrt compare
// `highlight-responseEnd`, or load DIR#warm for navigation-based figures (stop 50, helper web58).
// On a machine shared with builds (load 15-25 on two cores) single loads vary by 500 ms or more and
// 15 + 15 loads resolve nothing under 100 ms; as root, `chrt -r 1 node load-ab.js ...` (browser and
// server at real-time priority, so the builds wait) gives an idle-machine regime where the spread
// is 30-60 ms. Its absolute times are not the e2e test's (responseEnd comes at ~200 ms there), so
// compare the `highlight-responseEnd` line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './server.js';

const [rounds, ...dirs] = process.argv.slice(2);
const ARGS = ['--headless', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-features=WebUIOmniboxPopup', // as page.test.js
  ...(process.env.QUOTEMARK_CHROMIUM_ARGS || '').split(' ').filter(Boolean)];
const NAMES = ['worker-created', 'worker-started', 'module-compiled', 'module-ready', 'analyser-ready',
  'module-warmed', 'text-sent', 'analysis-began', 'report-received', 'first-highlight'];

async function load(url, omnibox, warm) {
  const profile = mkdtempSync(join(tmpdir(), 'quotemark-ab-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', headless: true, chromiumSandbox: false,
    args: omnibox ? ARGS.filter((a) => a !== '--disable-features=WebUIOmniboxPopup') : ARGS,
    viewport: { width: 1440, height: 1320 },
  });
  try {
    const page = context.pages()[0] || (await context.newPage());
    if (warm) await page.goto(new URL('/', url.replace('//127.0.0.1:', '//localhost:')).href, { waitUntil: 'load' });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => Number(document.body.dataset.analyses || 0) >= 1, null, { timeout: 30000 });
    return await page.evaluate((names) => {
      const at = (n) => performance.getEntriesByName(n)[0]?.startTime;
      const out = Object.fromEntries(names.map((n) => [n, at(`quotemark:${n}`)]));
      out.paint = at('first-contentful-paint');
      const nav = performance.getEntriesByType('navigation')[0];
      out.responseEnd = nav.responseEnd;
      out.domInteractive = nav.domInteractive;
      for (const r of performance.getEntriesByType('resource')) {
        const key = r.name.split('/').pop();
        if (/^(boot|main|worker|quotemark)\.js$|\.wasm$|\.css$|\.txt$/.test(key)) { out[key + '>'] = r.startTime; out[key + '<'] = r.responseEnd; }
      }
      out.analysis = Number(document.getElementById('status').textContent.match(/in (\d+) ms/)?.[1]);
      return out;
    }, NAMES);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
const median = (v) => { const s = v.filter(Number.isFinite).sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN; };

const results = dirs.map(() => []);
const root = (k) => resolve(dirs[k].replace(/#(omnibox|warm)$/, ''));
/** Loads folder k once, from a server of its own started for this load (so no folder keeps one port). */
async function loadOnce(k) {
  const server = await serve(root(k), '/news/tools/quotemark/');
  try {
    return await load(server.url, dirs[k].endsWith('#omnibox'), dirs[k].endsWith('#warm'));
  } finally {
    await server.close();
  }
}
/** Round r's order of the folders: a rotation by r/2, reversed in odd rounds (ABBA for two). */
const orderOf = (r) => {
  const n = dirs.length;
  const turn = dirs.map((_, i) => (i + Math.floor(r / 2)) % n);
  return r % 2 ? turn.reverse() : turn;
};
if (process.env.QUOTEMARK_AB_WARMUP !== '0') for (let k = 0; k < dirs.length; k++) await loadOnce(k);
for (let r = 0; r < Number(rounds); r++) {
  const order = orderOf(r);
  for (let place = 0; place < order.length; place++) {
    const k = order[place];
    const l = await loadOnce(k);
    l.place = place;
    results[k].push(l);
  }
}
const gap = (l) => l['first-highlight'] - l.responseEnd;
/** Mann-Whitney z of b against a (normal approximation, ties averaged): + when a's values are larger. */
function mannWhitneyZ(a, b) {
  const all = [...a.map((v) => [v, 0]), ...b.map((v) => [v, 1])].filter(([v]) => Number.isFinite(v)).sort((x, y) => x[0] - y[0]);
  const ranks = new Array(all.length);
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j + 1 < all.length && all[j + 1][0] === all[i][0]) j++;
    for (let k = i; k <= j; k++) ranks[k] = (i + j) / 2 + 1;
    i = j + 1;
  }
  const n1 = all.filter(([, g]) => g === 0).length;
  const n2 = all.length - n1;
  const r1 = all.reduce((sum, [, g], i) => sum + (g === 0 ? ranks[i] : 0), 0);
  const u = r1 - (n1 * (n1 + 1)) / 2;
  return (u - (n1 * n2) / 2) / Math.sqrt((n1 * n2 * (n1 + n2 + 1)) / 12);
}
/** Wilcoxon signed-rank z of paired differences (zeros dropped, ties averaged): + when they are mostly positive. */
function signedRankZ(diffs) {
  const d = diffs.filter((v) => Number.isFinite(v) && v !== 0).sort((x, y) => Math.abs(x) - Math.abs(y));
  let w = 0;
  for (let i = 0; i < d.length; ) {
    let j = i;
    while (j + 1 < d.length && Math.abs(d[j + 1]) === Math.abs(d[i])) j++;
    for (let k = i; k <= j; k++) if (d[k] > 0) w += (i + j) / 2 + 1;
    i = j + 1;
  }
  const n = d.length;
  return (w - (n * (n + 1)) / 4) / Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24);
}
for (let i = 0; i < dirs.length; i++) {
  const rs = results[i];
  console.log(`\n${dirs[i]}  first highlight: ${rs.map((l) => Math.round(l['first-highlight'])).join(' ')}  median ${Math.round(median(rs.map((l) => l['first-highlight'])))}`);
  console.log(`  highlight-responseEnd median ${Math.round(median(rs.map(gap)))} [${rs.map((l) => Math.round(gap(l))).join(' ')}]`);
  const first = rs.filter((l) => l.place === 0).map(gap);
  const later = rs.filter((l) => l.place > 0).map(gap);
  console.log(`  highlight-responseEnd by place: first in round ${Math.round(median(first))} (${first.length}), later in round ${Math.round(median(later))} (${later.length})`);
  const keys = [...new Set(rs.flatMap((l) => Object.keys(l)))].filter((k) => !NAMES.includes(k));
  for (const n of [...keys, ...NAMES]) console.log(`  ${n.padEnd(18)} ${String(Math.round(median(rs.map((l) => l[n])))).padStart(6)}   [${rs.map((l) => Math.round(l[n])).join(' ')}]`);
}
for (let i = 1; i < dirs.length; i++) {
  const [a, b] = [results[0], results[i]];
  const z = (f) => mannWhitneyZ(a.map(f), b.map(f)).toFixed(2);
  // The same round's loads are minutes closer than the whole run's: paired by round, the
  // machine's drift over the run cancels.
  const diffs = a.map((l, r) => gap(l) - gap(b[r]));
  console.log(`\n${dirs[0]} vs ${dirs[i]}: highlight-responseEnd ${Math.round(median(a.map(gap)))} vs ${Math.round(median(b.map(gap)))} (z ${z(gap)}), first highlight ${Math.round(median(a.map((l) => l['first-highlight'])))} vs ${Math.round(median(b.map((l) => l['first-highlight'])))} (z ${z((l) => l['first-highlight'])})  [z > 0: ${dirs[0]} slower; |z| > 1.96 beyond the noise at 5%]`);
  console.log(`  paired by round: median difference ${Math.round(median(diffs))} ms (signed-rank z ${signedRankZ(diffs).toFixed(2)}, ${diffs.filter((v) => v > 0).length} of ${diffs.length} rounds ${dirs[0]} slower)`);
}
