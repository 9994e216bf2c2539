// End-to-end test of the page and the embed example in headless Chromium (/usr/bin/chromium driven
// by playwright-core; nothing is downloaded). Run by scripts/test-web.sh after the wasm build:
//   cd tests/e2e && node page.test.js
// Serves www/ under a sub-path on a free 127.0.0.1 port; loads the page 3 times in fresh profiles
// and prints the median time from navigation to the sample's first highlight with its breakdown;
// pastes tests/data/wto-talks.txt, checks highlights, the panels (Sources: counts, genders, the
// chart, clicking, the first-name switch, the CSV), inertness of pasted markup, the embed API, an
// axe-core audit in light and dark, console errors; saves screenshots to test-output/ and prints
// the gzipped transfer size.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from './server.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const www = join(repo, 'www');
const out = join(repo, 'test-output');
const article = readFileSync(join(repo, 'tests', 'data', 'wto-talks.txt'), 'utf8');
const gold = JSON.parse(readFileSync(join(repo, 'tests', 'data', 'wto-talks.gold.json'), 'utf8'));

const AXE = readFileSync(join(here, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
/** Loads measured for the time to first highlight (each in a fresh profile: nothing cached). */
const LOADS = 3;
/** The goal for that median (issue 12), printed with the figures; QUOTEMARK_LOAD_BUDGET_MS=n
 * makes it a failing check. */
const LOAD_GOAL_MS = 250;

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Each measured load starts a fresh browser, and at its start Chromium preloads the omnibox's
  // drop-down (a WebUI renderer, "omnibox-popup.top-chrome"), which a headless browser never shows:
  // in a trace of one load it ran 0.7-0.8 s of CPU in the first 400 ms after navigation, on the
  // same two cores as the page. Like the flags above, this keeps the browser's own start-up out of
  // the page's figures.
  '--disable-features=WebUIOmniboxPopup',
  // QUOTEMARK_CHROMIUM_ARGS adds flags, space-separated (e.g. V8's, to see what the first
  // highlight is made of): --js-flags=--wasm-tiering-budget=1000000000
  ...(process.env.QUOTEMARK_CHROMIUM_ARGS || '').split(' ').filter(Boolean),
];
const TIMEOUT = 30_000;

const results = [];
/** The page's transfer budget: wasm + JS + CSS, gzipped. */
const PAGE_BUDGET_BYTES = 600_000;

async function check(name, body) {
  try {
    const detail = await body();
    results.push({ name, ok: true });
    console.log(`ok    ${name}${detail ? `: ${detail}` : ''}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`FAIL  ${name}: ${error.message.split('\n').slice(0, 6).join('\n      ')}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

const squash = (s) =>
  s
    .replace(/[“”"‘’']/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Sets the text area as a paste would and waits for that text's analysis to be shown. */
async function paste(page, text) {
  const before = Number((await page.getAttribute('body', 'data-analyses')) || 0);
  await page.evaluate((value) => {
    const input = document.getElementById('input');
    input.focus();
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
  await page.waitForFunction(
    (n) => Number(document.body.dataset.analyses || 0) > n,
    before,
    { timeout: TIMEOUT },
  );
}

/** Scrolls the panes to the top and waits for the browser to paint, for a screenshot. */
async function settle(page) {
  await page.evaluate(async () => {
    for (const id of ['article', 'input', 'sources', 'speakers', 'entities']) {
      document.getElementById(id).scrollTop = 0;
    }
    window.scrollTo(0, 0);
    document.activeElement?.blur();
    for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  });
}

/** The page's load-time marks, ms after navigation (see www/main.js and www/worker.js). */
const MARKS = [
  ['worker-created', 'worker created (boot script)'],
  ['worker-started', 'worker started'],
  ['module-compiled', 'module compiled'],
  ['module-ready', 'module ready'],
  ['analyser-ready', 'ready message on the page'],
  ['module-warmed', 'warm-up analysis done'],
  ['text-sent', 'sample sent to the worker'],
  ['analysis-began', 'sample analysis began'],
  ['report-received', 'report on the page'],
  ['first-highlight', 'sample highlighted'],
];

/** Loads the page once in a fresh profile; returns its marks, first paint and wasm downloads. */
async function measureLoad(server) {
  const profile = mkdtempSync(join(tmpdir(), 'quotemark-load-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    chromiumSandbox: false,
    args: ARGS,
    viewport: { width: 1440, height: 1320 },
  });
  try {
    const page = context.pages()[0] || (await context.newPage());
    page.setDefaultTimeout(TIMEOUT);
    const before = server.served.length;
    await page.goto(server.url, { waitUntil: 'load' });
    await page.waitForFunction(() => Number(document.body.dataset.analyses || 0) >= 1);
    const marks = await page.evaluate((names) => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
      const out = Object.fromEntries(names.map((n) => [n, at(`quotemark:${n}`)]));
      out.paint = at('first-contentful-paint');
      out.analysis = Number(document.getElementById('status').textContent.match(/in (\d+) ms/)?.[1]);
      return out;
    }, MARKS.map(([name]) => name));
    marks.wasmDownloads = server.served.slice(before).filter((f) => f.endsWith('.wasm')).length;
    return marks;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : NaN;
};

/** Runs axe-core (injected through the DevTools protocol, which the page's CSP does not govern). */
async function axeAudit(page) {
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

async function main() {
  mkdirSync(out, { recursive: true });
  const server = await serve(www, '/news/tools/quotemark/');

  // ---- load time: navigation to the sample's first highlight, fresh profile each time ----
  const loads = [];
  for (let i = 0; i < LOADS; i++) loads.push(await measureLoad(server));
  const loadMedian = median(loads.map((l) => l['first-highlight']));
  await check(`the sample is highlighted on each of ${LOADS} fresh loads, the module downloaded once`, async () => {
    assert(loads.every((l) => Number.isFinite(l['first-highlight'])), 'a load showed no highlight');
    const downloads = loads.map((l) => l.wasmDownloads);
    assert(downloads.every((n) => n === 1), `wasm requests per load: ${downloads.join(', ')}`);
    return `first highlight ${loads.map((l) => Math.round(l['first-highlight'])).join(', ')} ms`;
  });
  await check('the worker warms the module up once, after its ready message', async () => {
    for (const l of loads) {
      assert(Number.isFinite(l['module-warmed']), 'no warm-up mark on a load');
      assert(l['module-warmed'] >= l['module-ready'], 'warm-up mark before the module was ready');
    }
    return `warm-up done ${loads.map((l) => Math.round(l['module-warmed'] - l['module-ready'])).join(', ')} ms after the module was ready`;
  });
  const budget = Number(process.env.QUOTEMARK_LOAD_BUDGET_MS);
  if (Number.isFinite(budget) && budget > 0) {
    await check(`median time to first highlight within ${budget} ms`, async () => {
      assert(loadMedian <= budget, `median ${Math.round(loadMedian)} ms`);
      return `${Math.round(loadMedian)} ms`;
    });
  }

  const profile = mkdtempSync(join(tmpdir(), 'quotemark-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    chromiumSandbox: false,
    args: ARGS,
    viewport: { width: 1440, height: 1320 },
    acceptDownloads: true,
  });
  const problems = [];
  const watch = (page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      // A preload nothing used: a download made twice, or for nothing.
      if (/preloaded using link preload but not used/.test(message.text())) {
        problems.push(`unused preload: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) =>
      problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`),
    );
    page.on('dialog', (dialog) => {
      problems.push(`dialog opened: ${dialog.message()}`);
      dialog.dismiss();
    });
  };

  try {
    const page = context.pages()[0] || (await context.newPage());
    page.setDefaultTimeout(TIMEOUT);
    watch(page);

    // ---- load: the sample article is highlighted ----
    await page.goto(server.url, { waitUntil: 'load' });
    let firstHighlight = null;
    let analyserReady = null;
    await check('the preloaded sample is highlighted', async () => {
      await page.waitForFunction(() => Number(document.body.dataset.analyses || 0) >= 1);
      [firstHighlight, analyserReady] = await page.evaluate(() =>
        ['quotemark:first-highlight', 'quotemark:analyser-ready'].map(
          (name) => performance.getEntriesByName(name)[0]?.startTime,
        ),
      );
      const quotes = await page.locator('#article mark.quote').count();
      assert(quotes > 0, 'no quote highlighted in the sample');
      return `${quotes} quote marks, first highlight ${Math.round(firstHighlight)} ms after navigation`;
    });

    const transfer = transferSize(server.served);
    // The page's budget (issue 12): wasm + JS + CSS, as the page loads them, at most 600 KB
    // (600,000 bytes) gzipped. The wasm alone has its own, looser, budget in wasm-pack.toml.
    await check('the page loads at most 600 KB gzipped of wasm, JS and CSS', async () => {
      assert(transfer.gz > 0 && transfer.files.some((f) => f.file.endsWith('.wasm')), 'nothing counted');
      assert(transfer.gz <= PAGE_BUDGET_BYTES, `${transfer.gz} B gzipped`);
      return `${transfer.gz} B gzipped`;
    });

    // ---- the seed article ----
    await paste(page, article);
    await check('the article pane shows exactly the pasted text', async () => {
      const shown = await page.locator('#article').textContent();
      assert(shown === article, 'article text differs from the pasted text');
    });

    await check('after a paste the sample menu and its credit no longer name the sample', async () => {
      const [value, label, creditShown] = await page.evaluate(() => [
        document.getElementById('sample').value,
        document.getElementById('sample').selectedOptions[0]?.textContent,
        !document.getElementById('credit').hidden &&
          document.getElementById('credit').getClientRects().length > 0,
      ]);
      assert(value === '' && !creditShown, `menu ${JSON.stringify(label)}, credit shown: ${creditShown}`);
      return `menu shows ${JSON.stringify(label)}`;
    });

    // ---- the Sources panel ----
    const sources = await page.evaluate(() =>
      [...document.querySelectorAll('#sources .source-pick')].map((b) => ({
        key: b.dataset.speaker,
        name: b.querySelector('.name').textContent,
        tags: [...b.querySelectorAll('.tag')].map((t) => t.textContent),
        words: Number(b.querySelector('.count').textContent.match(/^(\d+) words?/)?.[1]),
        quotes: Number(b.querySelector('.count').textContent.match(/(\d+) quotes?$/)?.[1]),
        fill: b.querySelector('.bar-fill').getBoundingClientRect().width,
        bar: b.querySelector('.bar').getBoundingClientRect().width,
      })),
    );

    // The report the page shows, to check the panel against.
    const [shownJson] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const shownReport = JSON.parse(readFileSync(await shownJson.path(), 'utf8'));

    await check('the Sources panel counts named and anonymous sources and their share of quotes', async () => {
      const counts = Object.fromEntries(
        await page.evaluate(() =>
          [...document.querySelectorAll('#sources .source-count')].map((row) => [
            row.querySelector('dt').textContent,
            row.querySelector('dd').textContent,
          ]),
        ),
      );
      const all = shownReport.sources;
      const quotesOf = (list) => list.reduce((n, s) => n + s.quotes.length, 0);
      const named = all.filter((s) => s.named);
      const anonymous = all.filter((s) => !s.named);
      const share = (list) => Math.round((100 * quotesOf(list)) / quotesOf(all));
      assert(Number.parseInt(counts.Sources, 10) === all.length, JSON.stringify(counts));
      assert(
        counts.Named.startsWith(`${named.length} · ${quotesOf(named)} quote`) && counts.Named.endsWith(`${share(named)}%`),
        `named: ${counts.Named}`,
      );
      assert(
        counts.Anonymous.startsWith(`${anonymous.length} · ${quotesOf(anonymous)} quote`) &&
          counts.Anonymous.endsWith(`${share(anonymous)}%`),
        `anonymous: ${counts.Anonymous}`,
      );
      // The article quotes three people by name and several anonymous sources.
      assert(named.length >= 3 && anonymous.length >= 1, `${named.length} named, ${anonymous.length} anonymous`);
      return `${counts.Sources} sources; named ${counts.Named}; anonymous ${counts.Anonymous}`;
    });

    await check('the Sources panel gives the genders the text states, with their basis', async () => {
      const tag = (name) => sources.find((s) => s.name === name)?.tags.join(' ') ?? 'missing';
      assert(tag('Charlene Barshefsky').includes('woman (pronoun)'), `Barshefsky: ${tag('Charlene Barshefsky')}`);
      assert(tag('Zhang Qiyue').includes('woman (pronoun)'), `Zhang: ${tag('Zhang Qiyue')}`);
      assert(tag('Shi Guangsheng').includes('man (pronoun)'), `Shi: ${tag('Shi Guangsheng')}`);
      const line = await page.locator('#sources .gender-summary').textContent();
      const [, women, men, unknown] = line.match(/(\d+) wom[ae]n, (\d+) m[ae]n, (\d+) unknown/) || [];
      const people = shownReport.sources.filter((s) => s.kind === 'person');
      const want = [
        people.filter((s) => s.gender === 'female').length,
        people.filter((s) => s.gender === 'male').length,
        people.filter((s) => !s.gender).length,
      ];
      assert([women, men, unknown].map(Number).join() === want.join(), `${line} (report: ${want})`);
      const anonymous = sources.filter((s) => s.tags.includes('anonymous'));
      assert(anonymous.length === shownReport.sources.filter((s) => !s.named).length, `${anonymous.length} anonymous`);
      assert(anonymous.every((s) => !s.tags.some((t) => /man \(/.test(t))), 'a gender on an anonymous source');
      return line;
    });

    await check('the chart has one bar per source, as long as its share of quoted words', async () => {
      const most = Math.max(...sources.map((s) => s.words));
      const wrong = sources.filter((s) => Math.abs(s.fill / s.bar - s.words / most) > 0.03 + 2 / s.bar);
      assert(sources.length === shownReport.sources.length, `${sources.length} bars`);
      for (const bar of sources) {
        const record = shownReport.sources.find((r) => r.name === bar.name);
        assert(record && record.quoted_words === bar.words, `${bar.name}: ${bar.words} words`);
      }
      assert(wrong.length === 0, wrong.map((s) => `${s.name}: ${s.fill}/${s.bar} for ${s.words} of ${most}`).join('; '));
      const order = sources.map((s) => s.words);
      assert(order.every((w, i) => i === 0 || order[i - 1] >= w), `not sorted: ${order}`);
      return sources.map((s) => `${s.name} ${s.words}`).join(', ');
    });

    await check('clicking a source marks its quotes in the text', async () => {
      const zhang = sources.find((s) => s.name === 'Zhang Qiyue');
      const button = page.locator(`#sources .source-pick[data-speaker="${zhang.key}"]`);
      await button.click();
      const marked = await page.evaluate(
        (key) =>
          new Set(
            [...document.querySelectorAll('#article .quote.selected')]
              .filter((el) => el.dataset.speaker === key)
              .map((el) => el.dataset.quote),
          ).size,
        zhang.key,
      );
      assert(marked === zhang.quotes, `marked ${marked}, the panel says ${zhang.quotes}`);
      assert((await button.getAttribute('aria-pressed')) === 'true', 'bar not pressed');
      await button.click();
      assert((await page.locator('#article .selected').count()) === 0, 'a second click did not clear');
      return `${marked} quotes of Zhang Qiyue`;
    });

    await check('export sources CSV: one row per source', async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-sources')]);
      const lines = readFileSync(await download.path(), 'utf8').trimEnd().split('\r\n');
      assert(lines[0].startsWith('id,name,named,kind,gender,gender_basis,roles,affiliation'), lines[0]);
      assert(lines.length - 1 === sources.length, `${lines.length - 1} rows for ${sources.length} sources`);
      assert(lines.some((l) => l.includes('"Zhang Qiyue"') && l.includes('"female","pronoun"')), 'no Zhang row');
      return `${download.suggestedFilename()}: ${lines.length - 1} rows`;
    });

    await settle(page);
    // The whole panel, not only the part its scroll box shows.
    await page.evaluate(() => document.getElementById('sources').style.setProperty('max-height', 'none'));
    await page.locator('#src').screenshot({ path: join(out, 'sources-panel.png') });
    await page.evaluate(() => document.getElementById('sources').style.removeProperty('max-height'));

    await check('axe-core finds no serious or critical violations (light and dark)', async () => {
      const found = [];
      for (const scheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const v of await axeAudit(page)) {
          found.push(`${scheme}: ${v.id} (${v.impact}) on ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(', ')}`);
        }
      }
      await page.emulateMedia({ colorScheme: 'light' });
      assert(found.length === 0, found.join('\n'));
    });

    const quotes = await page.evaluate(() => {
      const names = new Map(
        [...document.querySelectorAll('#speakers button.pick')].map((b) => [
          b.dataset.speaker,
          b.querySelector('.name').textContent,
        ]),
      );
      const byIndex = new Map();
      for (const el of document.querySelectorAll('#article mark.quote')) {
        const entry = byIndex.get(el.dataset.quote) || { text: '', speaker: null };
        entry.text += el.textContent;
        entry.speaker = el.dataset.speaker ? names.get(el.dataset.speaker) || null : null;
        byIndex.set(el.dataset.quote, entry);
      }
      return [...byIndex.values()];
    });

    await check(`its ${gold.quotes.length} quotes are highlighted`, async () => {
      const missing = gold.quotes.filter(
        (g) => !quotes.some((q) => squash(q.text).includes(squash(g.text))),
      );
      assert(
        missing.length === 0,
        `not highlighted: ${missing.map((g) => JSON.stringify(g.text)).join(', ')}`,
      );
      return `${quotes.length} quote marks`;
    });

    await check('each quote is highlighted with its speaker', async () => {
      const wrong = [];
      for (const g of gold.quotes) {
        const q = quotes.find((x) => squash(x.text).includes(squash(g.text)));
        const want = g.speaker.map((s) => s.toLowerCase());
        const got = (q && q.speaker ? q.speaker : '').toLowerCase();
        const ok = got && want.some((w) => got.includes(w) || w.includes(got));
        if (!ok) wrong.push(`${JSON.stringify(g.text.slice(0, 30))}: want ${g.speaker}, got ${q?.speaker ?? 'none'}`);
      }
      assert(wrong.length === 0, wrong.join('\n'));
    });

    for (const name of ['Barshefsky', 'Shi Guangsheng', 'Zhang Qiyue']) {
      await check(`"who said what" lists ${name}`, async () => {
        const text = await page.locator('#speakers').textContent();
        assert(text.includes(name), `#speakers: ${text.slice(0, 200)}`);
      });
      await check(`the entity panel lists ${name}`, async () => {
        const text = await page.locator('#entities').textContent();
        assert(text.includes(name), `#entities: ${text.slice(0, 200)}`);
      });
    }

    await check('named and unnamed sources are counted', async () => {
      const summary = await page.locator('#speakers .summary').textContent();
      assert(/\d+ named sources?/.test(summary) && /\d+ unnamed sources?/.test(summary), summary);
      return summary;
    });

    await check('focusing a quote shows its speaker and cue', async () => {
      const first = page.locator('#article mark.quote[data-speaker]').first();
      assert((await first.count()) === 1, 'no attributed quote to focus');
      await first.focus();
      await page.waitForSelector('#tip:not([hidden])');
      const tip = await page.locator('#tip').textContent();
      assert(/cue “/.test(tip), `tooltip: ${tip}`);
      await page.keyboard.press('Escape');
      return tip;
    });

    await check('keyboard: Tab reaches the quotes, Enter marks the speaker', async () => {
      await page.locator('#article').focus();
      let onQuote = false;
      for (let i = 0; i < 5 && !onQuote; i++) {
        await page.keyboard.press('Tab');
        onQuote = await page.evaluate(() =>
          document.activeElement?.classList.contains('quote'),
        );
      }
      assert(onQuote, 'Tab from the article never reached a quote');
      const hasSpeaker = await page.evaluate(() => document.activeElement.hasAttribute('data-speaker'));
      if (!hasSpeaker) return 'first quote has no speaker; Enter not tried';
      await page.keyboard.press('Enter');
      const selected = await page.locator('#article .quote.selected').count();
      assert(selected > 0, 'Enter marked nothing');
      await page.keyboard.press('Escape');
      return `${selected} quotes marked`;
    });

    await check('clicking a speaker marks all their quotes', async () => {
      const button = page.locator('#speakers button.pick').first();
      assert((await button.count()) === 1, 'no speaker in the panel');
      const key = await button.getAttribute('data-speaker');
      const count = Number(await button.locator('.count').textContent());
      await button.click();
      const marked = await page.evaluate(
        (k) =>
          new Set(
            [...document.querySelectorAll('#article .quote.selected')]
              .filter((el) => el.dataset.speaker === k)
              .map((el) => el.dataset.quote),
          ).size,
        key,
      );
      assert(marked === count, `marked ${marked}, panel says ${count}`);
      assert((await button.getAttribute('aria-pressed')) === 'true', 'button not pressed');
      await button.click();
      assert((await page.locator('#article .selected').count()) === 0, 'second click did not clear');
      return `${count} quotes`;
    });

    await check('clicking an entity marks all its mentions', async () => {
      const button = page.locator('#entities button.pick').first();
      assert((await button.count()) === 1, 'no entity in the panel');
      const count = Number(await button.locator('.count').textContent());
      await button.click();
      const marked = await page.locator('#article .ent.selected').count();
      assert(marked >= count, `marked ${marked}, panel says ${count}`);
      await button.click();
      return `${await button.locator('.name').textContent()}: ${count}`;
    });

    await check('entity type toggles hide and show a type', async () => {
      const box = page.locator('input[data-toggle="PERSON"]');
      await box.uncheck();
      assert(await page.locator('#article').evaluate((el) => el.classList.contains('hide-PERSON')), 'not hidden');
      await box.check();
      assert(!(await page.locator('#article').evaluate((el) => el.classList.contains('hide-PERSON'))), 'not shown');
    });

    await check('export JSON and quotes CSV', async () => {
      const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
      const report = JSON.parse(readFileSync(await json.path(), 'utf8'));
      assert(report.offsets === 'utf16' && Array.isArray(report.quotes), 'not a report');
      assert(report.quotes.length === quotes.length, `JSON has ${report.quotes.length} quotes`);
      const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
      const lines = readFileSync(await csv.path(), 'utf8').trimEnd().split('\r\n');
      assert(lines[0].startsWith('start,end,kind,quote,speaker'), lines[0]);
      return `${report.quotes.length} quotes, ${lines.length - 1} CSV rows`;
    });

    await check('typing re-analyses once the typing pauses (debounced)', async () => {
      const before = Number(await page.getAttribute('body', 'data-analyses'));
      await page.locator('#input').focus();
      await page.keyboard.press('Control+End');
      await page.keyboard.type('\n\n“Typing works,” Zhang Qiyue said.', { delay: 15 });
      await page.waitForFunction(
        (n) => Number(document.body.dataset.analyses) > n,
        before,
      );
      await page.waitForTimeout(600);
      const runs = Number(await page.getAttribute('body', 'data-analyses')) - before;
      assert(runs <= 2, `${runs} analyses for one burst of typing`);
      const last = await page.locator('#article mark.quote').last().textContent();
      assert(last.includes('Typing works'), `last quote: ${last}`);
      return `${runs} analysis for 36 keystrokes`;
    });
    await paste(page, article);

    await settle(page);
    await page.screenshot({ path: join(out, 'page.png') });

    // ---- pasted markup stays text ----
    await check('pasted <img onerror> and <script> stay inert text', async () => {
      const hostile =
        '<img src=x onerror="window.__pwned=1;alert(1)"> “<script>window.__pwned=2<\/script> is fine,” ' +
        'said <b onmouseover="window.__pwned=3">Charlene Barshefsky</b>. <iframe src="javascript:alert(3)"></iframe>\n\n' +
        '"<img src=y onerror=alert(4)>," the source said.';
      await paste(page, hostile);
      await page.waitForTimeout(300);
      const found = await page.evaluate(() => ({
        pwned: window.__pwned,
        // (The page's own inline script, the boot script in <head>, is not from the text.)
        elements: document.querySelectorAll('img, body script:not([src]), iframe, b').length,
        shown: document.getElementById('article').textContent,
        panel: document.getElementById('speakers').textContent,
      }));
      assert(found.pwned === undefined, `a handler ran: ${found.pwned}`);
      assert(found.elements === 0, `${found.elements} elements were created from the text`);
      assert(found.shown === hostile, 'the markup is not shown as text');
    });

    // ---- an analysis abandoned: the restarted worker is handed the module ----
    await check('a worker restarted for a new text is handed the module (no second download)', async () => {
      const wasm = () => server.served.filter((f) => f.endsWith('.wasm')).length;
      const downloads = wasm();
      const workers = [];
      const onWorker = (worker) => workers.push(worker);
      page.on('worker', onWorker);
      try {
        // Invented text near the page's limit: its analysis outlasts the restart threshold (400 ms).
        await page.evaluate(() => {
          const input = document.getElementById('input');
          input.value = 'Mayor Ana Ruiz said the bridge "will open in May," officials said. '.repeat(27_000);
          input.dispatchEvent(new InputEvent('input', { bubbles: true }));
        });
        await page.waitForFunction(() => /^Analysing \d/.test(document.getElementById('status').textContent));
        await page.waitForTimeout(300);
        const before = Number(await page.getAttribute('body', 'data-analyses'));
        await paste(page, '“The vote can wait,” Councilman Tom Vale said.');
        const status = await page.locator('#status').textContent();
        assert(/analysed 4\d characters/.test(status), `status: ${status}`);
        assert(Number(await page.getAttribute('body', 'data-analyses')) === before + 1, 'the abandoned text was shown too');
        assert(wasm() === downloads, `${wasm() - downloads} more downloads of the module`);
        if (!workers.length) return 'not exercised: the long analysis ended before the new text';
        const names = await Promise.all(workers.map((w) => w.evaluate(() => self.name)));
        assert(names.every((n) => n === 'quotemark:handed'), `worker names: ${names.join(', ')}`);
        return `${workers.length} worker restarted, handed the module; ${status}`;
      } finally {
        page.off('worker', onWorker);
      }
    });

    // ---- over the limit ----
    await check('a text over the limit gets a clear message', async () => {
      const limit = await page.locator('#limit').textContent(); // "2.0 MB"
      const bytes = Math.round(Number.parseFloat(limit) * 1e6) + 1000;
      await page.evaluate((n) => {
        const input = document.getElementById('input');
        input.value = 'The talks went on. '.repeat(Math.ceil(n / 19));
        input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      }, bytes);
      await page.waitForFunction(
        () => document.getElementById('status').dataset.kind === 'error',
        null,
        { timeout: TIMEOUT },
      );
      const message = await page.locator('#status').textContent();
      assert(message.includes(`at most ${limit}`), `${message} (limit ${limit})`);
      return message;
    });

    // ---- dark mode screenshot ----
    await page.emulateMedia({ colorScheme: 'dark' });
    await paste(page, article);
    await settle(page);
    await page.screenshot({ path: join(out, 'page-dark.png') });
    await page.locator('#src').screenshot({ path: join(out, 'sources-panel-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });

    // ---- the first-name switch ----
    await check('the switch leaves genders guessed from first names out', async () => {
      await paste(page, '“We did it,” Michael Smith said. “So did we,” Jane Doe said.');
      const line = () => page.locator('#sources .gender-summary').textContent();
      const on = await line();
      assert(/1 woman, 1 man/.test(on) && /first name 2/.test(on), `switch on: ${on}`);
      await page.locator('#given-names').uncheck();
      const off = await line();
      assert(/0 women, 0 men, 2 unknown/.test(off), `switch off: ${off}`);
      const tags = await page.locator('#sources .tag.gender').count();
      assert(tags === 0, `${tags} gender tags left`);
      await page.locator('#given-names').check();
      return `${on} → ${off}`;
    });

    // ---- the embed example ----
    const embed = await context.newPage();
    embed.setDefaultTimeout(TIMEOUT);
    watch(embed);
    await embed.goto(`${server.url}embed-example.html`, { waitUntil: 'load' });
    await check('the embed example highlights in place and unhighlights exactly', async () => {
      const before = await embed.locator('#story').innerHTML();
      await embed.evaluate(() => {
        window.__link = document.querySelector('#story a');
        window.__em = document.querySelector('#story em');
      });
      await embed.click('#highlight');
      await embed.waitForFunction(() => document.body.dataset.highlighted === 'true');
      const during = await embed.evaluate(() => ({
        quotes: new Set([...document.querySelectorAll('#story mark.qm-quote')].map((m) => m.dataset.qmQuote)).size,
        entities: document.querySelectorAll('#story mark.qm-ent').length,
        sameLink: document.querySelector('#story a') === window.__link,
        emInQuote: Boolean(window.__em.querySelector('mark.qm-quote') || window.__em.closest('mark.qm-quote')),
        links: document.querySelectorAll('#story a').length,
        text: document.getElementById('story').textContent,
      }));
      const beforeText = await embed.evaluate((html) => {
        const t = document.createElement('template');
        t.innerHTML = html; // a copy of the page's own markup, for comparison only
        return t.content.textContent;
      }, before);
      assert(during.quotes > 0, 'no quote marked');
      assert(during.sameLink, 'the article links were replaced');
      assert(during.emInQuote, 'the quote inside <em> is not marked');
      assert(during.text === beforeText, 'highlighting changed the text');
      const status = await embed.locator('#embed-status').textContent();
      const summarised = Number(await embed.getAttribute('#embed-status', 'data-sources'));
      assert(summarised > 0 && /\d+ sources? \(\d+ anonymous; \d+ wom[ae]n, \d+ m[ae]n\)/.test(status), status);
      await embed.screenshot({ path: join(out, 'embed.png'), fullPage: true });
      await embed.click('#unhighlight');
      await embed.waitForFunction(() => document.body.dataset.highlighted === 'false');
      const after = await embed.locator('#story').innerHTML();
      assert(after === before, 'innerHTML after unhighlight differs from before');
      const same = await embed.evaluate(
        () =>
          document.querySelector('#story a') === window.__link &&
          document.querySelector('#story em') === window.__em &&
          document.querySelectorAll('#story mark').length === 0,
      );
      assert(same, 'original nodes not restored');
      // Twice more: highlight is repeatable and the result the same.
      await embed.click('#highlight');
      await embed.waitForFunction(() => document.body.dataset.highlighted === 'true');
      await embed.click('#unhighlight');
      assert((await embed.locator('#story').innerHTML()) === before, 'second round differs');
      return `${during.quotes} quotes, ${during.entities} entity marks; innerHTML restored`;
    });

    await check('no console errors, page errors or failed requests', async () => {
      assert(problems.length === 0, problems.join('\n'));
    });

    console.log('');
    console.log(
      `time from navigation to the sample's first highlight, median of ${LOADS} fresh loads: ` +
        `${Math.round(loadMedian)} ms (goal ≤ ${LOAD_GOAL_MS} ms${loadMedian <= LOAD_GOAL_MS ? ', met' : ', NOT met'})`,
    );
    console.log('  ms after navigation      ' + loads.map((_, i) => `load ${i + 1}`.padStart(8)).join('') + '  median');
    for (const [name, label] of [['paint', 'first paint'], ...MARKS]) {
      const values = loads.map((l) => l[name]);
      console.log(
        `  ${label.padEnd(26)}${values.map((v) => String(Math.round(v)).padStart(8)).join('')}  ${String(Math.round(median(values))).padStart(6)}`,
      );
    }
    console.log(`  (analysis of the sample in the worker: ${loads.map((l) => l.analysis).join(', ')} ms)`);
    if (firstHighlight !== null && firstHighlight !== undefined) {
      console.log(
        `in the test's own session: first highlight ${Math.round(firstHighlight)} ms, ` +
          `ready message ${Math.round(analyserReady)} ms`,
      );
    }
    console.log(`transfer size, gzip -9 (what the page loads):`);
    for (const { file, raw, gz } of transfer.files) {
      console.log(`  ${String(gz).padStart(8)} B gz  ${String(raw).padStart(8)} B  ${file}`);
    }
    console.log(
      `  ${String(transfer.gz).padStart(8)} B gz  total wasm + JS + CSS (${(transfer.gz / 1024).toFixed(0)} KiB); with HTML and sample text ${transfer.all} B gz`,
    );
    console.log(
      `screenshots: ${relative(process.cwd(), join(out, 'page.png'))}, page-dark.png, ` +
        'sources-panel.png, sources-panel-dark.png, embed.png',
    );
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }

  const failed = results.filter((r) => !r.ok);
  console.log(`\n${results.length - failed.length} passed, ${failed.length} failed`);
  process.exitCode = failed.length ? 1 : 0;
}

function transferSize(served) {
  const seen = new Set();
  const files = [];
  let gz = 0;
  let all = 0;
  for (const file of served) {
    if (seen.has(file)) continue;
    seen.add(file);
    const data = readFileSync(file);
    const size = gzipSync(data, { level: 9 }).length;
    all += size;
    if (/\.(wasm|js|css)$/.test(file)) {
      gz += size;
      files.push({ file: relative(www, file), raw: statSync(file).size, gz: size });
    } else if (/\.html$/.test(file)) {
      // Inline scripts (index.html's boot script) are JS too: counted on their own, gzipped alone.
      for (const [, js] of data.toString('utf8').matchAll(/<script>([\s\S]*?)<\/script>/g)) {
        const jsGz = gzipSync(Buffer.from(js), { level: 9 }).length;
        gz += jsGz;
        files.push({ file: `${relative(www, file)} (inline script)`, raw: Buffer.byteLength(js), gz: jsGz });
      }
    }
  }
  return { files, gz, all };
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
