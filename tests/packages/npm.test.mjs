// Tests of the npm package as a user gets it: dist/quotemark-<version>.tgz installed into a scratch
// app, then loaded in Node, bundled by esbuild (for Node and for browsers), type-checked by
// TypeScript, and loaded in headless Chromium from a plain <script type="module"> and from the
// esbuild bundle. Run by scripts/test-packages.sh after `make npm` and the release build:
//   node --test tests/packages/npm.test.mjs
// Environment: QUOTEMARK_BIN (default target/release/quotemark) is the command line whose JSONL
// output every report must equal; CHROMIUM (default /usr/bin/chromium).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const version = readFileSync(join(repo, 'Cargo.toml'), 'utf8').match(/^version\s*=\s*"([^"]+)"/m)[1];
const tarball = join(repo, 'dist', `quotemark-${version}.tgz`);
const bin = process.env.QUOTEMARK_BIN || join(repo, 'target', 'release', 'quotemark');
const tools = join(here, 'node_modules', '.bin');
const work = join(repo, 'target', 'npm-test');
const app = join(work, 'app');
const site = join(work, 'site');
const installed = join(app, 'node_modules', 'quotemark');

/** The fixture articles: the seed article and the GUM news texts. */
const fixtures = [join(repo, 'tests', 'data', 'wto-talks.txt')].concat(
  readdirSync(join(repo, 'tests', 'data', 'gum'))
    .filter((name) => name.endsWith('.txt') && name !== 'LICENSE.txt')
    .map((name) => join(repo, 'tests', 'data', 'gum', name)),
);
const seed = readFileSync(fixtures[0], 'utf8');

/** The command line's reports of `texts` in `unit`, through `analyze --jsonl`. */
function cliReports(texts, unit) {
  const input = texts.map((text, id) => JSON.stringify({ id, text })).join('\n');
  const out = execFileSync(bin, ['analyze', '--jsonl', '--offsets', unit], { input, maxBuffer: 1 << 28 });
  return out.toString('utf8').trim().split('\n').map((line) => JSON.parse(line).analysis);
}

const run = (command, args, options = {}) =>
  execFileSync(command, args, { cwd: app, encoding: 'utf8', ...options });

before(() => {
  assert.ok(existsSync(tarball), `${tarball} is missing: run make npm`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(app, { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'scratch-app', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', tarball], { stdio: 'pipe' });
});

describe('the tarball', () => {
  test('installs with its licences, data credits, types and version', () => {
    for (const file of ['LICENSE-MIT', 'LICENSE-APACHE', 'NOTICE.md', 'README.md', 'index.d.ts', 'embed.d.ts', 'element.d.ts']) {
      assert.ok(existsSync(join(installed, file)), `${file} is in the package`);
    }
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    assert.equal(manifest.version, version);
    assert.equal(manifest.license, 'MIT OR Apache-2.0');
    const notice = readFileSync(join(installed, 'NOTICE.md'), 'utf8');
    assert.match(notice, /Contains data from GeoNames\s+\(https:\/\/www\.geonames\.org\), licensed under CC BY 4\.0/);
    assert.match(readFileSync(join(installed, 'LICENSE-APACHE'), 'utf8'), /Apache License\s+Version 2\.0/);
    // The embed API is the page's own file, not a fork.
    assert.equal(
      readFileSync(join(installed, 'embed', 'quotemark.js'), 'utf8'),
      readFileSync(join(repo, 'www', 'quotemark.js'), 'utf8'),
    );
  });
});

describe('Node', () => {
  test('analyze works on import and equals the command line on every fixture, in all three units', async () => {
    const quotemark = await import(pathToFileURL(join(app, 'node_modules', 'quotemark', 'node.js')));
    const texts = fixtures.map((path) => readFileSync(path, 'utf8'));
    for (const unit of ['utf16', 'chars', 'bytes']) {
      const expected = cliReports(texts, unit);
      texts.forEach((text, i) => {
        assert.deepEqual(quotemark.analyze(text, { offsets: unit }), expected[i], `${fixtures[i]} in ${unit}`);
      });
    }
  });

  test('the bare specifier resolves to the Node entry: no init call, ready already resolved', () => {
    const script = `
      import { analyze, ready, version, maxInputBytes } from 'quotemark';
      const report = analyze(process.argv[1]);
      await ready;
      console.log(JSON.stringify({ quotes: report.quotes.length, version: version(), max: maxInputBytes() }));`;
    const out = JSON.parse(run('node', ['--input-type=module', '-e', script, seed]));
    assert.equal(out.version, version);
    assert.equal(out.max, 32_000_000);
    assert.equal(out.quotes, cliReports([seed], 'utf16')[0].quotes.length);
  });

  test("the README's Node example prints what it says", () => {
    const readme = readFileSync(join(installed, 'README.md'), 'utf8');
    const example = readme.split('**Node**')[1].match(/```js\n([\s\S]*?)```/)[1];
    const promised = example.match(/^\/\/ (.+)$/m)[1];
    writeFileSync(join(app, 'readme-node.mjs'), example);
    assert.equal(run('node', ['readme-node.mjs']).trim(), promised);
  });

  test('bad options and texts over the limit throw Errors that say what is wrong', async () => {
    const { analyze, maxInputBytes } = await import(pathToFileURL(join(installed, 'node.js')));
    assert.throws(() => analyze('x', { offsets: 'lines' }), (e) => e instanceof Error && /offsets/.test(e.message));
    assert.throws(() => analyze('x', { colour: true }), (e) => e instanceof Error && /colour/.test(e.message));
    assert.throws(() => analyze('x'.repeat(maxInputBytes() + 1)), (e) => e instanceof Error && /MB/.test(e.message));
    assert.equal(analyze('').quotes.length, 0);
  });
});

describe('esbuild', () => {
  test('a Node bundle (default format, and ESM) runs and gives the same report', () => {
    writeFileSync(
      join(app, 'server.js'),
      `import { analyze } from 'quotemark';
       process.stdout.write(JSON.stringify(analyze(process.argv[2], { offsets: 'chars' })));`,
    );
    const expected = cliReports([seed], 'chars')[0];
    for (const [format, out] of [[[], 'server.cjs'], [['--format=esm'], 'server.mjs']]) {
      run(join(tools, 'esbuild'), ['server.js', '--bundle', '--platform=node', ...format, `--outfile=out/${out}`, '--log-level=warning']);
      assert.deepEqual(JSON.parse(run('node', [join('out', out), seed], { maxBuffer: 1 << 26 })), expected, out);
    }
  });

  test('a browser bundle builds with no options beyond --bundle and no warnings', () => {
    mkdirSync(site, { recursive: true });
    for (const file of ['app.js', 'checks.js']) cpSync(join(here, 'site', file), join(app, file));
    const result = spawnSync(join(tools, 'esbuild'), ['app.js', '--bundle', `--outfile=${join(site, 'bundle.js')}`], {
      cwd: app,
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr);
    assert.doesNotMatch(result.stderr, /warning/i, result.stderr);
    assert.ok(existsSync(join(site, 'bundle.css')), 'quotemark/quotemark.css is bundled as CSS');
  });
});

describe('TypeScript', () => {
  test('the types serve a consumer and declare every field a report has', async () => {
    const { analyze } = await import(pathToFileURL(join(installed, 'node.js')));
    cpSync(join(here, 'types', 'consumer.ts'), join(app, 'consumer.ts'));
    // Real reports as literals of the declared type: a field the types lack is an excess
    // property error. Until a report carries the contract's newest fields (`sources`), it is
    // checked against a deep partial Report (every field it has must be declared, correctly typed).
    const reports = [seed, '“Yes,” she said. The WTO and Microsoft paid $5 million on Monday, 5% more.']
      .map((text) => analyze(text));
    const complete = reports.every((r) => 'sources' in r);
    const type = complete ? 'Report' : 'DeepPartial<Report>';
    writeFileSync(
      join(app, 'reports.ts'),
      `import type { Report } from 'quotemark';
type DeepPartial<T> = T extends (infer U)[] ? DeepPartial<U>[] : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;
${reports.map((r, i) => `export const report${i}: ${type} = ${JSON.stringify(r)};`).join('\n')}
`,
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          lib: ['es2022', 'dom'],
          types: [],
        },
        files: ['consumer.ts', 'reports.ts'],
      }),
    );
    const result = spawnSync(join(tools, 'tsc'), ['-p', 'tsconfig.json'], { cwd: app, encoding: 'utf8' });
    assert.equal(result.status, 0, `${result.stdout}${result.stderr}`);
  });
});

describe('headless Chromium', () => {
  let browser;
  let server;
  let profile;
  before(async () => {
    const require = createRequire(join(repo, 'tests', 'e2e', 'package.json'));
    const { chromium } = require('playwright-core');
    const { serve } = await import(pathToFileURL(join(repo, 'tests', 'e2e', 'server.js')));
    mkdirSync(site, { recursive: true });
    // The static site: the installed package folder copied as is, beside the page.
    cpSync(installed, join(site, 'vendor', 'quotemark'), { recursive: true });
    for (const file of ['static.html', 'static.js', 'bundle.html', 'checks.js']) {
      cpSync(join(here, 'site', file), join(site, file));
    }
    writeFileSync(join(site, 'article.txt'), seed);
    // Without an icon Chromium asks for /favicon.ico, outside the served prefix: a console error.
    writeFileSync(join(site, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    server = await serve(site, '/site/');
    profile = join(process.env.TMPDIR || tmpdir(), `quotemark-npm-${process.pid}`);
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      chromiumSandbox: false,
      args: [
        '--headless',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  async function load(pageName) {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(String(e)));
    const served = server.served.length;
    await page.goto(`${server.url}${pageName}`);
    await page.waitForFunction(() => window.__results, null, { timeout: 30_000 });
    const results = await page.evaluate(() => window.__results);
    await page.close();
    return { results, problems, served: server.served.slice(served) };
  }

  function check({ results, problems, served }) {
    assert.equal(results.failed, undefined, results.failed);
    assert.deepEqual(problems, [], 'no console errors (CSP allows only the site and wasm)');
    assert.ok(!served.some((path) => path.endsWith('.wasm')), 'no .wasm file is fetched');
    assert.match(results.beforeReady, /await ready/);
    assert.equal(results.version, version);
    assert.deepEqual(results.report, cliReports([seed], 'utf16')[0], 'the same report as the command line');
    assert.match(results.badOption, /^Error: .*offsets/);
    const el = results.element;
    assert.equal(el.isElement, 'QuoteMarkElement');
    assert.ok(el.eventTarget && el.detailIsReport, 'quotemark event from the element, detail = element.report');
    assert.ok(el.quotes > 0 && el.quotesMarked === el.quotes, `${el.quotesMarked} of ${el.quotes} quotes marked`);
    assert.ok(el.entityMarks >= el.mentions && el.mentions > 0, 'entities marked');
    assert.ok(el.textUnchanged, 'highlighting never changes the text');
    assert.notEqual(el.styled, 'rgba(0, 0, 0, 0)', 'quotemark.css styles the marks');
    assert.equal(el.entityMarksWhenOff, 0, 'entities="false" re-highlights without entities');
    assert.ok(el.cleared && el.restored, 'clear() restores the content exactly');
    assert.deepEqual(results.embed, {
      quotes: 1,
      speaker: 'Charlene Barshefsky',
      marked: true,
      highlighted: true,
      unhighlighted: true,
      restored: true,
    });
  }

  test('a plain <script type="module"> on a static site (strict CSP)', async () => {
    check(await load('static.html'));
  });

  test('the esbuild bundle, as a classic script', async () => {
    assert.ok(existsSync(join(site, 'bundle.js')), 'built by the esbuild test');
    check(await load('bundle.html'));
  });
});
