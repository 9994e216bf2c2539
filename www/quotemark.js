// quotemark embed API: highlight the quotes and named entities of an article already on a page.
//
//   import { highlight, unhighlight } from './quotemark.js';
//   const report = await highlight(document.querySelector('article'));
//   report.summary;   // { total: 5, named: 3, anonymous: 2, women: 1, men: 2, unknown: 0, … }
//   report.sources;   // one record per source: name, gender and its basis, roles, quoted words…
//   unhighlight(document.querySelector('article'));   // the original DOM, exactly
//
// `highlight` reads the element's text (skipping scripts, styles, form fields and code), analyses it
// with the wasm module in ./pkg/, and wraps quotes and entity mentions in <mark> elements in place.
// Wrapping only ever splits text nodes and puts <mark>s around the pieces, so nested inline markup
// (<a>, <em>, <strong>…) inside and around a quote stays as it was: a quote crossing a link is
// several marks, one per text piece. `unhighlight` removes the marks and joins the pieces back into
// the original text nodes, so the element's children (and their identity) are exactly as before.
// Style the marks with quotemark.css (classes qm-quote, qm-spk-N, qm-ent, qm-TYPE).
//
// Needs, next to this file: render.js and pkg/ (scripts/build-wasm.sh writes it). The analysis runs
// on the calling thread; it takes a few milliseconds for an article.
import { layout, sourcesSummary, speakerTable } from './render.js';

export { sourcesSummary };

/** Elements whose text is not article text. */
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO', 'CODE', 'KBD', 'SAMP',
]);

/** Elements that end a paragraph: the analyser sees a blank line at each of their edges. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT',
  'TH', 'THEAD', 'TR', 'UL',
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Highlight state per element: the marks made and the text nodes split. */
const highlighted = new WeakMap();

let modulePromise = null;

/** Loads and instantiates the wasm module once. */
function loadModule() {
  if (!modulePromise) {
    modulePromise = import('./pkg/quotemark.js').then(async (module) => {
      await module.default();
      return module;
    });
    modulePromise.catch(() => {
      modulePromise = null;
    });
  }
  return modulePromise;
}

/**
 * The article text of `root` as the analyser should see it, and where each text node lies in it.
 * Block elements add a blank line at their edges and <br> a newline, so paragraphs stay apart.
 */
export function extractText(root) {
  const parts = [];
  const nodes = [];
  let length = 0;
  const add = (text) => {
    parts.push(text);
    length += text.length;
  };
  const skip = (el) =>
    SKIP.has(el.nodeName.toUpperCase()) ||
    (typeof el.hasAttribute === 'function' && el.hasAttribute('data-quotemark-skip'));
  const walk = (parent) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        if (child.data.length === 0) continue;
        nodes.push({ node: child, start: length, end: length + child.data.length });
        add(child.data);
      } else if (child.nodeType === ELEMENT_NODE && !skip(child)) {
        const tag = child.nodeName.toUpperCase();
        if (tag === 'BR') {
          add('\n');
          continue;
        }
        const block = BLOCK.has(tag);
        if (block) add('\n\n');
        walk(child);
        if (block) add('\n\n');
      }
    }
  };
  walk(root);
  return { text: parts.join(''), nodes };
}

function wanted(report, options) {
  const types = options.entities;
  const keepType =
    types === false
      ? () => false
      : Array.isArray(types)
        ? (type) => types.includes(type)
        : () => true;
  return {
    quotes: options.quotes === false ? [] : report.quotes,
    mentions: report.mentions.filter((m) => keepType(m.type)),
  };
}

/**
 * Wraps the quotes and mentions of `report` (made from `extracted.text`, UTF-16 offsets) in place.
 * The lower half of `highlight`, for callers that analyse elsewhere (a worker, a server).
 */
export function applyReport(root, extracted, report, options = {}) {
  if (report.offsets && report.offsets !== 'utf16') {
    throw new Error(`applyReport needs UTF-16 offsets; this report has ${report.offsets}`);
  }
  if (unhighlight(root)) {
    // The old marks split text nodes that `extracted` may point at: read the element again.
    const fresh = extractText(root);
    if (fresh.text !== extracted.text) throw new Error('the element changed since extractText');
    extracted = fresh;
  }
  const doc = root.ownerDocument;
  const shown = wanted(report, options);
  const speakers = speakerTable({ ...report, quotes: shown.quotes });
  const runs = layout(extracted.text, shown).filter((r) => r.quote >= 0 || r.mention >= 0);
  const state = { wrappers: [], splits: [] };
  let r = 0;
  for (const { node, start, end } of extracted.nodes) {
    while (r < runs.length && runs[r].end <= start) r += 1;
    const inside = [];
    for (let k = r; k < runs.length && runs[k].start < end; k++) inside.push(runs[k]);
    if (inside.length === 0) continue;
    // Pieces of this text node: [from, to, quote, mention], covering it all.
    const pieces = [];
    let at = start;
    for (const run of inside) {
      const from = Math.max(run.start, start);
      const to = Math.min(run.end, end);
      if (from > at) pieces.push([at, from, -1, -1]);
      pieces.push([from, to, run.quote, run.mention]);
      at = to;
    }
    if (at < end) pieces.push([at, end, -1, -1]);
    // Split right to left, so `node` keeps the first piece.
    const original = node.data;
    const textNodes = new Array(pieces.length);
    for (let i = pieces.length - 1; i > 0; i--) {
      textNodes[i] = node.splitText(pieces[i][0] - start);
    }
    textNodes[0] = node;
    if (pieces.length > 1) state.splits.push({ node, data: original, extra: textNodes.slice(1) });
    // Wrap: consecutive pieces of one quote share a quote mark; mentions get their own inside it.
    let i = 0;
    while (i < pieces.length) {
      const quote = pieces[i][2];
      let j = i;
      while (j < pieces.length && pieces[j][2] === quote) j += 1;
      let container = null;
      if (quote >= 0) {
        container = quoteMark(doc, shown.quotes[quote], quote, speakers);
        textNodes[i].parentNode.insertBefore(container, textNodes[i]);
        state.wrappers.push(container);
      }
      for (let k = i; k < j; k++) {
        const piece = textNodes[k];
        const mention = pieces[k][3];
        let target = piece;
        if (mention >= 0) {
          target = mentionMark(doc, shown.mentions[mention], report);
          piece.parentNode.insertBefore(target, piece);
          target.appendChild(piece);
          state.wrappers.push(target);
        }
        if (container) container.appendChild(target);
      }
      i = j;
    }
  }
  highlighted.set(root, state);
  return report;
}

function quoteMark(doc, quote, index, speakers) {
  const el = doc.createElement('mark');
  const key = speakers.quoteSpeaker[index];
  const speaker = key === null ? null : speakers.byKey.get(key);
  el.className = `qm-quote qm-${quote.kind} ${speaker ? `qm-spk-${speaker.colour}` : 'qm-spk-none'}`;
  el.setAttribute('data-quotemark', 'quote');
  el.setAttribute('data-qm-quote', String(index));
  if (speaker) {
    el.setAttribute('data-qm-speaker', speaker.name);
    const cue = quote.cue ? ` (${quote.cue.text})` : '';
    el.setAttribute('title', `${speaker.name}${speaker.named ? '' : ', unnamed source'}${cue}`);
  } else {
    el.setAttribute('title', 'Speaker not found');
  }
  return el;
}

function mentionMark(doc, mention, report) {
  const el = doc.createElement('mark');
  el.className = `qm-ent qm-${mention.type}`;
  el.setAttribute('data-quotemark', 'entity');
  el.setAttribute('data-qm-entity', String(mention.entity));
  el.setAttribute('data-qm-type', mention.type);
  const entity = report.entities[mention.entity];
  if (entity) el.setAttribute('title', `${mention.type}: ${entity.name}`);
  return el;
}

/**
 * Analyses the text of `element` and wraps its quotes and entity mentions in <mark>s in place.
 * Options: `quotes` (default true), `entities` (true, false, or a list of types such as
 * ["PERSON", "ORG"]), `givenNames` (default true; false counts genders guessed from first names
 * as unknown in the summary). Resolves to the analysis (the Report, UTF-16 offsets into the
 * element's text as `extractText` reads it; its `sources` list who is quoted) with a `summary` of
 * the sources added (see `sourcesSummary` in render.js): enough for "5 sources, 2 anonymous,
 * 1 woman". Highlighting an element again first removes the old marks. Rejects if the wasm module
 * cannot load or the text is over the analyser's limit (32 MB).
 */
export async function highlight(element, options = {}) {
  const module = await loadModule();
  unhighlight(element);
  const extracted = extractText(element);
  const report = module.analyze(extracted.text, { offsets: 'utf16' });
  applyReport(element, extracted, report, options);
  report.summary = sourcesSummary(report, { givenNames: options.givenNames !== false });
  return report;
}

/**
 * Removes the marks `highlight` made in `element` and restores its original text nodes, so its
 * DOM is exactly as before. Returns false if the element was not highlighted.
 */
export function unhighlight(element) {
  const state = highlighted.get(element);
  if (!state) return false;
  highlighted.delete(element);
  for (let i = state.wrappers.length - 1; i >= 0; i--) {
    const mark = state.wrappers[i];
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
  }
  for (const { node, data, extra } of state.splits) {
    for (const piece of extra) {
      if (piece.parentNode) piece.parentNode.removeChild(piece);
    }
    node.data = data;
  }
  return true;
}

/** Whether `element` currently carries highlights from `highlight`. */
export function isHighlighted(element) {
  return highlighted.has(element);
}
