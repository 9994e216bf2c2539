// Assembles the npm package in a staging folder; scripts/build-npm.sh runs it, then `npm pack`.
//   node npm/build.mjs STAGE BINDGEN_DIR
// BINDGEN_DIR holds wasm-bindgen's --target web output (quotemark.js, quotemark_bg.wasm).
// The embed API and its styles are copied unchanged from www/; the version comes from Cargo.toml;
// NOTICE.md is the "Attribution" section of data/README.md.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { notice } from '../scripts/notice.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const [stage, bindgen] = process.argv.slice(2);
if (!stage || !bindgen) throw new Error('usage: node npm/build.mjs STAGE BINDGEN_DIR');

const read = (path) => readFileSync(join(repo, path), 'utf8');
const fail = (message) => {
  console.error(`npm/build.mjs: ${message}`);
  process.exit(1);
};

rmSync(stage, { recursive: true, force: true });
for (const dir of ['wasm', 'embed/pkg']) mkdirSync(join(stage, dir), { recursive: true });
const put = (path, text) => writeFileSync(join(stage, path), text);
const copy = (from, to) => copyFileSync(from, join(stage, to));

// package.json with the crate's version.
const version = read('Cargo.toml').match(/^version\s*=\s*"([^"]+)"/m)?.[1];
if (!version) fail('no version in Cargo.toml');
const manifest = JSON.parse(read('npm/package.json'));
manifest.version = version;
put('package.json', `${JSON.stringify(manifest, null, 2)}\n`);

// The wasm-bindgen glue, and the module inlined as base64 (see README.md, "How it loads").
const glue = readFileSync(join(bindgen, 'quotemark.js'), 'utf8');
if (glue.includes('import.meta')) {
  fail('the glue refers to import.meta: run wasm-bindgen with --omit-default-module-path');
}
put('wasm/quotemark.js', glue);
const wasm = readFileSync(join(bindgen, 'quotemark_bg.wasm'));
put(
  'wasm/module.js',
  `// quotemark's WebAssembly module (${wasm.length} bytes), base64: no .wasm file to serve or configure.
const BASE64 = '${wasm.toString('base64')}';

/** The module's bytes. */
export function wasmBytes() {
  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(BASE64);
  if (typeof globalThis.Buffer === 'function') return globalThis.Buffer.from(BASE64, 'base64');
  const binary = atob(BASE64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
`,
);

// Entries, types and the custom element.
for (const file of ['index.js', 'node.js', 'element.js', 'index.d.ts', 'embed.d.ts', 'element.d.ts', 'README.md']) {
  copy(join(repo, 'npm', file), file);
}
// The embed API exactly as the page ships it; its './pkg/quotemark.js' is the package's module.
for (const file of ['quotemark.js', 'render.js', 'quotemark.css']) {
  copy(join(repo, 'www', file), join('embed', file));
}
if (!read('www/quotemark.js').includes("import('./pkg/quotemark.js')")) {
  fail("www/quotemark.js no longer loads './pkg/quotemark.js': update npm/embed-loader.js");
}
copy(join(repo, 'npm', 'embed-loader.js'), 'embed/pkg/quotemark.js');

// Licences and the data credits.
copy(join(repo, 'LICENSE-MIT'), 'LICENSE-MIT');
copy(join(repo, 'LICENSE-APACHE'), 'LICENSE-APACHE');
put('NOTICE.md', notice());
console.log(`npm/build.mjs: quotemark ${version} staged in ${stage}`);
