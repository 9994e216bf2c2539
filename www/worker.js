// Runs the analysis off the main thread, so pasting or typing a long text never freezes the page.
//
// Messages in:  { id, text }
// Messages out: { ready: { version, maxInputBytes } } once, or { fatal: message } if the module
//               cannot load; then per request { id, report, ms } or { id, error: message }.
import init, { analyze, maxInputBytes, version } from './pkg/quotemark.js';

const ready = init().then(() => ({ version: version(), maxInputBytes: maxInputBytes() }));

ready.then(
  (info) => self.postMessage({ ready: info }),
  (error) =>
    self.postMessage({
      fatal: `The analyser (pkg/quotemark_bg.wasm) could not load: ${error && error.message ? error.message : error}`,
    }),
);

self.addEventListener('message', async (event) => {
  const { id, text } = event.data;
  try {
    await ready;
    const started = performance.now();
    const report = analyze(text, { offsets: 'utf16' });
    self.postMessage({ id, report, ms: performance.now() - started });
  } catch (error) {
    self.postMessage({ id, error: error && error.message ? error.message : String(error) });
  }
});
