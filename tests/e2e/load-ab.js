// A/B of the page's load time: serves each given www folder and loads them in turn (interleaved,
// fresh profile each load), then prints per folder the median of every load-time mark.
//   cd tests/e2e && node load-ab.js ROUNDS DIR_A DIR_B ...
// A folder given as DIR#omnibox is loaded without --disable-features=WebUIOmniboxPopup.
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

async function load(url, omnibox) {
  const profile = mkdtempSync(join(tmpdir(), 'quotemark-ab-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', headless: true, chromiumSandbox: false,
    args: omnibox ? ARGS.filter((a) => a !== '--disable-features=WebUIOmniboxPopup') : ARGS,
    viewport: { width: 1440, height: 1320 },
  });
  try {
    const page = context.pages()[0] || (await context.newPage());
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

const servers = [];
for (const d of dirs) servers.push(await serve(resolve(d.replace(/#omnibox$/, '')), '/news/tools/quotemark/'));
const results = dirs.map(() => []);
for (let r = 0; r < Number(rounds); r++) {
  for (let i = 0; i < dirs.length; i++) {
    const k = (i + r) % dirs.length; // rotate the order
    results[k].push(await load(servers[k].url, dirs[k].endsWith('#omnibox')));
  }
}
for (let i = 0; i < dirs.length; i++) {
  const rs = results[i];
  console.log(`\n${dirs[i]}  first highlight: ${rs.map((l) => Math.round(l['first-highlight'])).join(' ')}  median ${Math.round(median(rs.map((l) => l['first-highlight'])))}`);
  console.log(`  highlight-responseEnd median ${Math.round(median(rs.map((l) => l['first-highlight'] - l.responseEnd)))} [${rs.map((l) => Math.round(l['first-highlight'] - l.responseEnd)).join(' ')}]`);
  const keys = [...new Set(rs.flatMap((l) => Object.keys(l)))].filter((k) => !NAMES.includes(k));
  for (const n of [...keys, ...NAMES]) console.log(`  ${n.padEnd(18)} ${String(Math.round(median(rs.map((l) => l[n])))).padStart(6)}   [${rs.map((l) => Math.round(l[n])).join(' ')}]`);
}
for (const s of servers) await s.close();
