// <quote-mark>: highlights the quotes and named entities of its own content in place, in the light
// DOM (so the site's CSS applies), and fires a `quotemark` event with the analysis.
//
//   <script type="module">import 'quotemark/element';</script>
//   <link rel="stylesheet" href="…/quotemark/quotemark.css">
//   <quote-mark entities="PERSON ORG">
//     <p>“We came a long way,” Charlene Barshefsky said.</p>
//   </quote-mark>
//
// Attributes: `entities` ("false" for none, or a space- or comma-separated list of types),
// `quotes` ("false" for none). Properties: `report` (the last analysis), `refresh()` (analyse the
// content again after you change it), `clear()` (remove the marks).
// Events (bubbling): `quotemark` (detail: the report), `quotemark-error` (detail: the Error).
import { highlight, unhighlight } from './embed/quotemark.js';

// Importable where there is no DOM (server-side rendering): the element is defined only in a browser.
const Base = globalThis.HTMLElement ?? class {};

export class QuoteMarkElement extends Base {
  static observedAttributes = ['entities', 'quotes'];

  /** The last analysis (UTF-16 offsets into the element's text), or null. */
  report = null;

  #run = 0;

  connectedCallback() {
    this.refresh();
  }

  attributeChangedCallback() {
    if (this.isConnected) this.refresh();
  }

  /** Analyses the element's content again and highlights it; resolves to the report (or null). */
  async refresh() {
    const run = ++this.#run;
    if (this.ownerDocument.readyState === 'loading') {
      // Upgraded while the parser is still inside: wait for the whole content.
      await new Promise((done) =>
        this.ownerDocument.addEventListener('DOMContentLoaded', done, { once: true }),
      );
    }
    if (run !== this.#run) return null;
    try {
      const report = await highlight(this, this.#options());
      if (run !== this.#run) return null;
      this.report = report;
      this.dispatchEvent(new CustomEvent('quotemark', { detail: report, bubbles: true }));
      return report;
    } catch (error) {
      if (run === this.#run) {
        this.dispatchEvent(new CustomEvent('quotemark-error', { detail: error, bubbles: true }));
      }
      return null;
    }
  }

  /** Removes the marks; the content is exactly as before. */
  clear() {
    this.#run += 1;
    this.report = null;
    return unhighlight(this);
  }

  #options() {
    const options = {};
    const entities = this.getAttribute('entities');
    if (entities !== null) {
      const list = entities.split(/[\s,]+/).filter(Boolean);
      options.entities = entities.trim() === 'false' ? false : list.length ? list : true;
    }
    if (this.getAttribute('quotes') === 'false') options.quotes = false;
    return options;
  }
}

if (globalThis.customElements && !customElements.get('quote-mark')) {
  customElements.define('quote-mark', QuoteMarkElement);
}
