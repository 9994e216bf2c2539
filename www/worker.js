// Runs the analysis off the main thread, so pasting or typing a long text never freezes the page.
//
// The first worker downloads the wasm module and compiles it while it arrives
// (WebAssembly.compileStreaming, fed on this thread, which has nothing else to do; on the page it
// waited for the page's parsing and scripts), in parallel with the loading of its JS glue, and
// posts the compiled module to the page. A worker started later (named "quotemark:handed", after
// an analysis was abandoned) is handed that module instead: no second download, and the functions
// the first one compiled (lazily, on first call) are shared.
// Requests that arrive before the module is ready wait for it, so the first text is analysed the
// moment the module can.
//
// Messages in:  { module: WebAssembly.Module | null } once, first, when named "quotemark:handed";
//               then { id, text } per request.
// Messages out: { compiled: WebAssembly.Module } once, when this worker compiled the module itself
//               (the page keeps it for later workers); { ready: { version, maxInputBytes, timing } }
//               once, or { fatal: message } if the module cannot load; { warmed: { at, ms } } once,
//               when the warm-up analysis after the ready message is done (absolute time and its
//               length, for the page's load-time breakdown); then per request
//               { id, report, ms, began } or { id, error: message } (`ms` the analysis took,
//               `began` its absolute start time).
//               `timing` holds absolute times (performance.timeOrigin-based, in ms) of this
//               worker's start, the module compiled and the module ready, for the page's
//               load-time breakdown.

const started = performance.timeOrigin + performance.now();
const WASM_URL = new URL('./pkg/quotemark_bg.wasm', import.meta.url);
const now = () => performance.timeOrigin + performance.now();

let handOver = null;
const handed =
  self.name === 'quotemark:handed'
    ? new Promise((resolve) => {
        handOver = resolve;
      })
    : Promise.resolve(null);

/** Compiles while the bytes arrive; a server that does not say application/wasm gets a plain compile. */
async function compileOwn() {
  const source = await fetch(WASM_URL);
  if (!source.ok) throw new Error(`HTTP ${source.status} ${source.statusText}`);
  const type = source.headers.get('Content-Type') || '';
  return type.split(';')[0].trim() === 'application/wasm'
    ? WebAssembly.compileStreaming(source)
    : WebAssembly.compile(await source.arrayBuffer());
}

/** The module handed over, else one of our own, which the page keeps for later workers. */
async function compile() {
  const module = await handed;
  if (module) return module;
  const own = await compileOwn();
  self.postMessage({ compiled: own });
  return own;
}

const compiling = compile();
let compiled = 0;
compiling.then(() => {
  compiled = now();
});
const ready = Promise.all([import('./pkg/quotemark.js'), compiling]).then(async ([glue, module]) => {
  await glue.default({ module_or_path: module });
  return glue;
});

ready.then(
  (glue) => {
    self.postMessage({
      ready: {
        version: glue.version(),
        maxInputBytes: glue.maxInputBytes(),
        timing: { started, compiled, ready: now() },
      },
    });
    warmUp(glue);
  },
  (error) =>
    self.postMessage({
      fatal: `The analyser (pkg/quotemark_bg.wasm) could not load: ${error && error.message ? error.message : error}`,
    }),
);

/**
 * A few invented sentences that take the analyser down its main paths (a quote and its speaker, a
 * reported clause, people, a place, an organisation, a date, money, a percentage).
 */
const WARM_UP_TEXT =
  'HARBOR CITY (AP) — "We will not back down," Mayor Ana Ruiz said on Tuesday at City Hall. ' +
  'The Harbor Transit Authority said costs rose 4 percent to $2.1 million in March, and ' +
  'Councilman Tom Vale told reporters that the vote would wait. "It is a fair deal," he said.\n\n' +
  "'We are ready,' said Ms Holt, a lawyer at Marlow Partners.";

/**
 * Analyses WARM_UP_TEXT once, right after the ready message, while the page handles that message.
 * The engine compiles each wasm function on its first call (lazily) and tiers busy ones up: paid
 * here on a short text (40-100 ms on two busy cores), not on the first article.
 */
function warmUp(glue) {
  const began = performance.now();
  try {
    glue.analyze(WARM_UP_TEXT, { offsets: 'utf16' });
  } catch {
    // The warm-up has no reader: any fault shows on the first real request.
  }
  self.postMessage({ warmed: { at: now(), ms: performance.now() - began } });
}

self.addEventListener('message', async (event) => {
  const data = event.data;
  if (data && 'module' in data) {
    if (handOver) handOver(data.module);
    return;
  }
  const { id, text } = data;
  try {
    const glue = await ready;
    const began = performance.now();
    const report = glue.analyze(text, { offsets: 'utf16' });
    const ms = performance.now() - began;
    self.postMessage({ id, report, ms, began: performance.timeOrigin + began });
  } catch (error) {
    self.postMessage({ id, error: error && error.message ? error.message : String(error) });
  }
});
