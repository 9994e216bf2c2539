// The page: reads the text area, has worker.js analyse it, and shows the result with render.js.
// All URLs are relative, so the page works under any sub-path. The boot script in index.html started
// the worker (and the wasm download) before this module ran, and usually sent it the sample already;
// the first text is analysed as soon as the module is ready.
import {
  ENTITY_TYPES,
  articleBlocks,
  describeQuote,
  entityTable,
  quotesCsv,
  renderEntities,
  renderSources,
  renderSpeakers,
  sourceTable,
  sourcesCsv,
  speakerTable,
  typeCounts,
} from './render.js';

/** The most text the page analyses at once, in UTF-8 bytes (documented in README.md). */
export const PAGE_LIMIT_BYTES = 2_000_000;
/** Quiet time after the last keystroke before the text is analysed again. */
const DEBOUNCE_MS = 250;
/** Main-thread time per slice while adding a long article's lines to the page. */
const SLICE_MS = 12;
/** An analysis running longer than this is abandoned (worker restarted) when the text changes. */
const RESTART_AFTER_MS = 400;

const $ = (id) => document.getElementById(id);
const input = $('input');
const article = $('article');
const status = $('status');
const speakersPanel = $('speakers');
const sourcesPanel = $('sources');
const givenNames = $('given-names');
const entitiesPanel = $('entities');
const tip = $('tip');
const sampleSelect = $('sample');
const credit = $('credit');

const state = {
  worker: null,
  ready: false,
  busy: false,
  nextId: 1,
  pending: null, // text waiting for the worker
  timer: 0,
  current: null, // { text, report, speakers, ms }
  selection: null, // { kind: 'speaker' | 'entity', key }
  limitBytes: PAGE_LIMIT_BYTES,
  sentAt: 0,
  readyAt: 0,
  renderToken: 0,
};

function setStatus(message, kind = 'info') {
  status.textContent = message;
  status.dataset.kind = kind;
}

function utf8Length(text) {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

function megabytes(bytes, digits = 1) {
  return `${(bytes / 1e6).toFixed(digits)} MB`;
}

// ---- analysis in the worker ------------------------------------------------------------------

function startWorker() {
  if (!self.quotemarkBoot) {
    // A server's own Content-Security-Policy that does not name the inline script's hash.
    showFailure('The analyser could not start: the page’s boot script did not run.');
    return;
  }
  const { worker, sent } = self.quotemarkBoot.takeWorker(onWorkerMessage, (event) => {
    event.preventDefault();
    showFailure(`The analyser could not start${event.message ? `: ${event.message}` : ''}.`);
  });
  state.worker = worker;
  if (sent) {
    // The boot script sent the sample: its report is the answer to this request.
    state.busy = true;
    state.sent = sent.text;
    state.sentAt = performance.now();
    state.renderToken += 1;
    state.nextId = Math.max(state.nextId, sent.id + 1);
    article.setAttribute('aria-busy', 'true');
    setStatus('Analysing…');
  }
}

/** Marks now on this page's timeline, the first time only (the load-time breakdown). */
function markOnce(name) {
  if (!performance.getEntriesByName(name).length) performance.mark(name);
}

/** Marks a time from the worker (absolute, ms) on this page's timeline, once. */
function markAt(name, absolute) {
  if (!absolute || performance.getEntriesByName(name).length) return;
  const at = absolute - performance.timeOrigin;
  if (at >= 0) performance.mark(name, { startTime: at });
}

function showFailure(message) {
  setStatus(message, 'error');
  article.setAttribute('aria-busy', 'false');
}

function onWorkerMessage(data) {
  if (data.fatal) {
    showFailure(`${data.fatal}. Build it with scripts/build-wasm.sh, or serve with scripts/serve.sh.`);
    return;
  }
  if (data.warmed) {
    markAt('quotemark:module-warmed', data.warmed.at);
    return;
  }
  if (data.ready) {
    const timing = data.ready.timing || {};
    markAt('quotemark:worker-started', timing.started);
    markAt('quotemark:module-compiled', timing.compiled);
    markAt('quotemark:module-ready', timing.ready);
    markOnce('quotemark:analyser-ready');
    state.ready = true;
    state.readyAt = performance.now();
    state.limitBytes = Math.min(PAGE_LIMIT_BYTES, data.ready.maxInputBytes);
    $('version').textContent = `quotemark ${data.ready.version}`;
    flush();
    return;
  }
  state.busy = false;
  markAt('quotemark:analysis-began', data.began);
  markOnce('quotemark:report-received');
  if (data.error) {
    setStatus(data.error, 'error');
    article.setAttribute('aria-busy', 'false');
  } else {
    show(state.sent, data.report, data.ms);
  }
  flush();
}

/** Asks for an analysis of `text` now, or as soon as the worker is free. */
function request(text) {
  if (state.busy && text === state.sent) {
    state.pending = null; // already being analysed
    return;
  }
  state.pending = text;
  // (Time spent waiting for the module to load does not count: a fresh worker would load it again.)
  const running = performance.now() - Math.max(state.sentAt, state.readyAt);
  if (state.busy && state.ready && running > RESTART_AFTER_MS) {
    // A long analysis of text that is already stale: stop it rather than wait for it.
    state.worker.terminate();
    state.ready = false;
    state.busy = false;
    startWorker();
  }
  flush();
}

function flush() {
  // Before the worker is ready a request waits in the worker, which analyses it the moment the
  // module is: no round trip after "ready".
  if (!state.worker || state.busy || state.pending === null) return;
  const text = state.pending;
  state.pending = null;
  const bytes = utf8Length(text);
  if (bytes > state.limitBytes) {
    tooLong(text, bytes);
    return;
  }
  state.busy = true;
  state.sent = text;
  state.sentAt = performance.now();
  state.renderToken += 1;
  article.setAttribute('aria-busy', 'true');
  setStatus(text.length > 200_000 ? `Analysing ${megabytes(bytes)}…` : 'Analysing…');
  markOnce('quotemark:text-sent');
  state.worker.postMessage({ id: state.nextId++, text });
}

function tooLong(text, bytes) {
  state.current = null;
  state.renderToken += 1;
  let digits = 1;
  while (digits < 6 && megabytes(bytes, digits) === megabytes(state.limitBytes, digits)) digits++;
  const message = `This text is ${megabytes(bytes, digits)}; the page analyses at most ${megabytes(
    state.limitBytes,
  )} at once. Paste a shorter part, or use the quotemark command line for longer texts.`;
  setStatus(message, 'error');
  article.replaceChildren(document.createTextNode(text.slice(0, 20_000)));
  speakersPanel.replaceChildren();
  sourcesPanel.replaceChildren();
  entitiesPanel.replaceChildren();
  article.setAttribute('aria-busy', 'false');
}

// ---- showing a result ------------------------------------------------------------------------

async function show(text, report, ms) {
  const token = ++state.renderToken;
  const speakers = speakerTable(report);
  state.current = { text, report, speakers, ms };

  // The article first, a slice at a time (a long text never blocks the page for long); the panels
  // after its first slice, or, for a text that fits in one, once the browser could paint it.
  let panels = false;
  const showPanels = () => {
    panels = true;
    showSources();
    speakersPanel.replaceChildren(renderSpeakers(document, report, speakers));
    entitiesPanel.replaceChildren(renderEntities(document, report, entityTable(report)));
    const counts = typeCounts(report);
    for (const el of document.querySelectorAll('[data-count]')) {
      const type = el.dataset.count;
      const count = type === 'quotes' ? report.quotes.length : counts[type] || 0;
      el.textContent = String(count);
      el.closest('.toggle')?.toggleAttribute('data-empty', count === 0);
    }
    $('who-count').textContent = String(speakers.speakers.length);
    $('ents-count').textContent = String(report.entities.length);
  };
  const highlighted = () => markOnce('quotemark:first-highlight');
  const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

  article.replaceChildren();
  let batch = document.createDocumentFragment();
  let sliceStart = performance.now();
  for (const block of articleBlocks(document, text, report, speakers)) {
    batch.appendChild(block);
    if (performance.now() - sliceStart > SLICE_MS) {
      article.appendChild(batch);
      batch = document.createDocumentFragment();
      highlighted();
      if (!panels) showPanels();
      await pause();
      if (token !== state.renderToken) return; // a newer text took over
      sliceStart = performance.now();
    }
  }
  article.appendChild(batch);
  highlighted();
  if (!panels) {
    await pause();
    if (token !== state.renderToken) return;
    showPanels();
  }

  article.setAttribute('aria-busy', 'false');
  state.current.summary = `${report.quotes.length} quotes, ${report.entities.length} entities · analysed ${text.length.toLocaleString(
    'en',
  )} characters in ${Math.max(1, Math.round(ms))} ms`;
  setStatus(state.current.summary);
  const previous = state.selection;
  state.selection = null;
  reselect(previous);
  document.body.dataset.analyses = String(Number(document.body.dataset.analyses || 0) + 1);
}

/** The Sources panel, counting first-name genders or not as the switch says. */
function showSources() {
  if (!state.current) return;
  const { report, speakers } = state.current;
  const table = sourceTable(report, speakers, { givenNames: givenNames.checked });
  sourcesPanel.replaceChildren(renderSources(document, report, table));
  $('sources-count').textContent = String(table.summary.total);
  const key = state.selection && state.selection.kind === 'speaker' ? state.selection.key : null;
  for (const button of sourcesPanel.querySelectorAll('.pick[data-speaker]')) {
    button.setAttribute('aria-pressed', String(button.getAttribute('data-speaker') === key));
  }
}

// ---- selection: a speaker's or an entity's places --------------------------------------------

function select(kind, key, { scroll = true } = {}) {
  const attr = kind === 'speaker' ? 'data-speaker' : 'data-entity';
  for (const el of document.querySelectorAll('.selected')) el.classList.remove('selected');
  for (const el of document.querySelectorAll('.pick[aria-pressed="true"]')) {
    el.setAttribute('aria-pressed', 'false');
  }
  const same = state.selection && state.selection.kind === kind && state.selection.key === key;
  if (same || key === null || key === undefined) {
    state.selection = null;
    article.classList.remove('has-selection');
    if (state.current) setStatus(state.current.summary);
    return;
  }
  const name = state.current ? nameOf(kind, key) : undefined;
  state.selection = { kind, key, name };
  article.classList.add('has-selection');
  const places = [...article.querySelectorAll(`[${attr}]`)].filter(
    (el) => el.getAttribute(attr) === key,
  );
  for (const el of places) el.classList.add('selected');
  for (const button of document.querySelectorAll(`.pick[${attr}]`)) {
    if (button.getAttribute(attr) === key) button.setAttribute('aria-pressed', 'true');
  }
  if (scroll && places.length) places[0].scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  if (state.current) {
    const quotes = new Set(
      places.filter((el) => el.classList.contains('quote')).map((el) => el.dataset.quote),
    ).size;
    setStatus(
      kind === 'speaker'
        ? `${name}: ${quotes} ${quotes === 1 ? 'quote' : 'quotes'} marked`
        : `${name}: ${places.length} ${places.length === 1 ? 'mention' : 'mentions'} marked`,
    );
  }
}

function nameOf(kind, key) {
  return kind === 'speaker'
    ? state.current.speakers.byKey.get(key)?.name
    : state.current.report.entities[Number(key)]?.name;
}

/** After a new analysis: the same speaker or entity, found by name (ids change with the text). */
function reselect(previous) {
  if (!previous || previous.name === undefined) return;
  const { speakers, report } = state.current;
  const match =
    previous.kind === 'speaker'
      ? speakers.speakers.find((s) => s.name === previous.name)?.key
      : report.entities.find((e) => e.name === previous.name)?.id;
  if (match !== undefined) select(previous.kind, String(match), { scroll: false });
}

function onPick(event) {
  const target = event.target.closest('button');
  if (!target) return;
  if (target.hasAttribute('data-goto')) {
    const quote = article.querySelector(`[data-quote="${Number(target.dataset.goto)}"]`);
    if (quote) {
      quote.scrollIntoView({ block: 'center', behavior: 'smooth' });
      quote.focus({ preventScroll: true });
    }
  } else if (target.hasAttribute('data-speaker')) {
    select('speaker', target.getAttribute('data-speaker'));
  } else if (target.hasAttribute('data-entity')) {
    select('entity', target.getAttribute('data-entity'));
  }
}

function onArticleActivate(event) {
  const mention = event.target.closest('[data-entity]');
  if (mention && article.contains(mention)) {
    select('entity', mention.getAttribute('data-entity'), { scroll: false });
    return;
  }
  const quote = event.target.closest('.quote');
  if (quote && quote.hasAttribute('data-speaker')) {
    select('speaker', quote.getAttribute('data-speaker'), { scroll: false });
  }
}

// ---- the tooltip on quotes -------------------------------------------------------------------

function showTip(quoteEl) {
  if (!state.current) return;
  const quote = state.current.report.quotes[Number(quoteEl.dataset.quote)];
  if (!quote) return;
  const [who, detail] = describeQuote(quote);
  const strong = document.createElement('strong');
  strong.textContent = who;
  const small = document.createElement('span');
  small.textContent = detail;
  tip.replaceChildren(strong, small);
  tip.hidden = false;
  const box = quoteEl.getBoundingClientRect();
  const rects = quoteEl.getClientRects();
  const anchor = rects.length ? rects[rects.length - 1] : box;
  const width = tip.offsetWidth;
  const left = Math.max(8, Math.min(window.innerWidth - width - 8, anchor.left));
  let top = anchor.bottom + 6;
  if (top + tip.offsetHeight > window.innerHeight - 8) top = box.top - tip.offsetHeight - 6;
  tip.style.left = `${left + window.scrollX}px`;
  tip.style.top = `${top + window.scrollY}px`;
}

function hideTip() {
  tip.hidden = true;
}

// ---- export ----------------------------------------------------------------------------------

function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// ---- samples ---------------------------------------------------------------------------------

async function loadSample(option) {
  const url = new URL(`samples/${option.value}`, import.meta.url);
  // The sample the page preloads: the boot script's download of it.
  const booted = self.quotemarkBoot?.sample;
  let text = booted?.url === url.href ? await booted.text : null;
  if (text === null) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    text = await response.text();
  }
  input.value = text;
  const link = document.createElement('a');
  link.href = option.dataset.url;
  link.textContent = `“${option.dataset.title}”`;
  credit.replaceChildren(
    document.createTextNode('Sample: '),
    link,
    document.createTextNode(', Wikinews, '),
    licence(),
  );
  credit.hidden = false;
  request(text);
}

function licence() {
  const link = document.createElement('a');
  link.href = 'https://creativecommons.org/licenses/by/2.5/';
  link.textContent = 'CC BY 2.5';
  return link;
}

// ---- wiring ----------------------------------------------------------------------------------

function init() {
  startWorker();
  input.addEventListener('input', () => {
    // The text is the reader's own now: the sample menu and its credit no longer name it.
    sampleSelect.value = '';
    credit.hidden = true;
    clearTimeout(state.timer);
    state.timer = setTimeout(() => request(input.value), DEBOUNCE_MS);
  });
  sampleSelect.addEventListener('change', () => {
    clearTimeout(state.timer);
    if (!sampleSelect.value) return;
    loadSample(sampleSelect.selectedOptions[0]).catch((error) =>
      setStatus(`Could not load the sample: ${error.message}`, 'error'),
    );
  });
  for (const box of document.querySelectorAll('[data-toggle]')) {
    box.addEventListener('change', () => {
      article.classList.toggle(`hide-${box.dataset.toggle}`, !box.checked);
    });
  }
  $('src').addEventListener('click', onPick);
  givenNames.addEventListener('change', showSources);
  $('who').addEventListener('click', onPick);
  $('ents').addEventListener('click', onPick);
  article.addEventListener('click', onArticleActivate);
  article.addEventListener('keydown', (event) => {
    if ((event.key === 'Enter' || event.key === ' ') && event.target.classList.contains('quote')) {
      event.preventDefault();
      onArticleActivate(event);
    }
  });
  article.addEventListener('mouseover', (event) => {
    const quote = event.target.closest('.quote');
    if (quote) showTip(quote);
  });
  article.addEventListener('mouseout', (event) => {
    const quote = event.target.closest('.quote');
    if (quote && !quote.contains(event.relatedTarget)) hideTip();
  });
  article.addEventListener('focusin', (event) => {
    if (event.target.classList.contains('quote')) showTip(event.target);
  });
  article.addEventListener('focusout', hideTip);
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    hideTip();
    if (state.selection) select(state.selection.kind, state.selection.key);
  });
  $('export-json').addEventListener('click', () => {
    if (!state.current) return;
    download(
      'quotemark.json',
      'application/json',
      `${JSON.stringify(state.current.report, null, 2)}\n`,
    );
  });
  $('export-csv').addEventListener('click', () => {
    if (!state.current) return;
    download('quotemark-quotes.csv', 'text/csv;charset=utf-8', quotesCsv(state.current.report));
  });
  $('export-sources').addEventListener('click', () => {
    if (!state.current) return;
    download('quotemark-sources.csv', 'text/csv;charset=utf-8', sourcesCsv(state.current.report));
  });
  $('limit').textContent = megabytes(PAGE_LIMIT_BYTES);
  for (const [type, label] of ENTITY_TYPES) {
    const el = document.querySelector(`[data-label="${type}"]`);
    if (el) el.textContent = label;
  }
  loadSample(sampleSelect.selectedOptions[0]).catch((error) => {
    setStatus(`Could not load the sample: ${error.message}. Paste an article instead.`, 'error');
    article.setAttribute('aria-busy', 'false');
  });
}

init();
