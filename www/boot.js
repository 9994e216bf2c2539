// Starts the analyser before anything else on the page: the first script index.html runs (async,
// so it never holds up parsing or the first paint). It starts the worker and, at the same time,
// compiles the wasm module here while it downloads (WebAssembly.compileStreaming over the page's
// <link rel="preload" as="fetch" crossorigin> of it, which this fetch uses; the compiling runs on
// the browser's background threads, not this one) and hands the compiled module to the worker.
// Starting a worker takes 50-100 ms on a small machine; compiling here overlaps that instead of
// following it (first highlight 30-60 ms sooner than when the worker compiled the handed-over
// download itself, in the e2e test's breakdown). A worker started later (after an analysis was
// abandoned) gets the same compiled module. Where the module cannot be compiled or handed over
// here, the worker fetches and compiles it itself, and reports any error.
//
// main.js takes the worker with takeWorker(); messages the worker sends before that are kept.

const WORKER_URL = new URL('./worker.js', import.meta.url);
const WASM_URL = new URL('./pkg/quotemark_bg.wasm', import.meta.url);
/** The worker name that tells worker.js a { module } message with the compiled module will come. */
const HANDED = 'quotemark:handed';

/**
 * The module, compiled here once for every worker: while it downloads where the server says
 * application/wasm, else from its bytes, so that a wrong type costs no second download (the
 * worker's own fetch would be one, unless the browser's cache keeps the file). Rejects where the
 * page cannot fetch or compile it (e.g. a Content-Security-Policy without 'wasm-unsafe-eval').
 */
let compiledHere = null;
function compileHere() {
  // Same URL, mode (cors) and credentials (same-origin) as the preload: the preload is used.
  if (!compiledHere) {
    compiledHere = fetch(WASM_URL).then(async (response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const type = (response.headers.get('Content-Type') || '').split(';')[0].trim();
      return type === 'application/wasm'
        ? WebAssembly.compileStreaming(response)
        : WebAssembly.compile(await response.arrayBuffer());
    });
  }
  return compiledHere;
}

/** Starts a worker and hands it the module compiled here (a later worker gets the same one). */
function spawn() {
  if (!performance.getEntriesByName('quotemark:worker-created').length) {
    performance.mark('quotemark:worker-created'); // the load-time breakdown's first step
  }
  const worker = new Worker(WORKER_URL, { type: 'module', name: HANDED });
  compileHere()
    .then((module) => worker.postMessage({ module }))
    .catch(() => worker.postMessage({ module: null })); // the worker fetches (and reports) itself
  return worker;
}

let first = spawn();
const early = [];
let earlyError = null;
const keepMessage = (event) => early.push(event.data);
const keepError = (event) => {
  event.preventDefault();
  earlyError = earlyError || { message: event.message };
};
first.addEventListener('message', keepMessage);
first.addEventListener('error', keepError);

/**
 * The worker started at boot, the first time (with the messages and any error it sent before
 * this call, delivered next); a fresh worker, handed the same module, on later calls (after
 * an analysis was abandoned). `onMessage` gets each message's data, `onError` an error event.
 */
export function takeWorker(onMessage, onError) {
  const worker = first || spawn();
  worker.addEventListener('message', (event) => onMessage(event.data));
  worker.addEventListener('error', onError);
  if (worker === first) {
    first = null;
    worker.removeEventListener('message', keepMessage);
    worker.removeEventListener('error', keepError);
    const pending = early.splice(0);
    const error = earlyError;
    queueMicrotask(() => {
      for (const data of pending) onMessage(data);
      if (error) onError({ message: error.message, preventDefault() {} });
    });
  }
  return worker;
}
