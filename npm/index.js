// quotemark for browsers and bundlers ("default" export condition).
//
// The wasm module is inlined in ./wasm/module.js, so this works unchanged from a plain
// <script type="module"> and in bundlers: nothing to configure, no .wasm file to serve or
// resolve, no import.meta.url. Browsers compile a module of this size only asynchronously on the
// main thread, so compiling starts on import and `ready` resolves when `analyze` can run:
//
//   import { analyze, ready } from 'quotemark';
//   await ready;
//   const report = analyze(text);
import init, {
  analyze as analyzeText,
  maxInputBytes as wasmMaxInputBytes,
  version as wasmVersion,
} from './wasm/quotemark.js';
import { wasmBytes } from './wasm/module.js';

let loaded = false;

/** Resolves once the wasm module is compiled and `analyze` can run; rejects if it cannot load. */
export const ready = init({ module_or_path: wasmBytes() }).then(() => {
  loaded = true;
});

function loadedOrThrow() {
  if (!loaded) {
    throw new Error(
      'quotemark is still loading its wasm module: `await ready` before the first call',
    );
  }
}

/** Analyses `text`: its quotes with their speakers, and its named entities (the output contract). */
export function analyze(text, options) {
  loadedOrThrow();
  return analyzeText(text, options);
}

/** The version of quotemark. */
export function version() {
  loadedOrThrow();
  return wasmVersion();
}

/** The largest text `analyze` accepts, in UTF-8 bytes. */
export function maxInputBytes() {
  loadedOrThrow();
  return wasmMaxInputBytes();
}
