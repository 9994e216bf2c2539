// Starts the analyser before anything else on the page: the first script index.html runs (async,
// so it never holds up parsing or the first paint). It starts the worker and the download of the
// wasm module (the page's <link rel="preload" as="fetch" crossorigin> of it, which this fetch
// uses), and hands the download to the worker as a stream, so the worker compiles the module while
// it arrives (WebAssembly.compileStreaming) without fetching it a second time, whatever the server's
// cache headers. Where a stream cannot be handed over, the worker fetches the module itself.
//
// main.js takes the worker with takeWorker(); messages the worker sends before that are kept.

const WORKER_URL = new URL('./worker.js', import.meta.url);
const WASM_URL = new URL('./pkg/quotemark_bg.wasm', import.meta.url);
/** The worker name that tells worker.js a { wasm } message with the download will come. */
const STREAMED = 'quotemark:stream';

/** Starts a worker; with `handOver`, also the module's download, handed to it as a stream. */
function spawn(handOver) {
  const worker = new Worker(WORKER_URL, {
    type: 'module',
    name: handOver ? STREAMED : 'quotemark',
  });
  if (handOver) {
    // Same URL, mode (cors) and credentials (same-origin) as the preload: the preload is used.
    fetch(WASM_URL)
      .then((response) => {
        if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
        // Throws a DataCloneError where streams cannot be transferred.
        worker.postMessage({ wasm: response.body }, [response.body]);
      })
      .catch(() => worker.postMessage({ wasm: null })); // the worker fetches (and reports) itself
  }
  return worker;
}

let first = spawn(true);
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
 * this call, delivered next); a fresh worker, fetching the module itself, on later calls (after
 * an analysis was abandoned). `onMessage` gets each message's data, `onError` an error event.
 */
export function takeWorker(onMessage, onError) {
  const worker = first || spawn(false);
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
