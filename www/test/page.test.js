// node --test www/test — index.html's inline boot script is allowed by the page's own
// Content-Security-Policy (script-src names its SHA-256: edit the script, update the hash).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const html = readFileSync(new URL('../index.html', import.meta.url), 'utf8');

test('the CSP names the SHA-256 of each inline script, and allows no other inline script', () => {
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)[1];
  const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src '));
  const allowed = scriptSrc.match(/'sha256-[^']+'/g) || [];
  assert.ok(!scriptSrc.includes("'unsafe-inline'"), 'no unsafe-inline');
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  assert.equal(inline.length, 1, 'one inline script (the boot script)');
  const wanted = inline.map((js) => `'sha256-${createHash('sha256').update(js, 'utf8').digest('base64')}'`);
  assert.deepEqual(allowed, wanted, `script-src should name ${wanted.join(' ')}`);
});

test('the boot script comes before the style sheet and main.js, after the preloads it uses', () => {
  const at = (needle) => {
    const i = html.indexOf(needle);
    assert.ok(i >= 0, `${needle} in index.html`);
    return i;
  };
  const boot = at('<script>');
  assert.ok(at('rel="modulepreload" href="worker.js"') < boot, 'the worker preload first');
  // The worker downloads the module itself (a preload on the page would be a second download).
  assert.ok(!html.includes('href="pkg/quotemark_bg.wasm"'), 'no wasm preload on the page');
  assert.ok(at('rel="preload" href="samples/') < boot, 'the sample preload first');
  assert.ok(boot < at('rel="stylesheet"'), 'before the style sheet (a script waits for it)');
  assert.ok(boot < at('src="main.js"'), 'before main.js');
});
