// Types of quotemark/element: the <quote-mark> custom element.
import type { Report } from "./index.js";

/**
 * `<quote-mark>`: highlights its own content (light DOM) and fires `quotemark` with the report.
 * Attributes: `entities` ("false", or a list of types such as "PERSON ORG"), `quotes` ("false").
 */
export class QuoteMarkElement extends HTMLElement {
  /** The last analysis, or null. */
  report: Report | null;
  /** Analyses the content again (after you change it) and highlights it; resolves to the report, or null if it failed or a newer refresh started. */
  refresh(): Promise<Report | null>;
  /** Removes the marks; the content is exactly as before. False if there were none. */
  clear(): boolean;
}

declare global {
  interface HTMLElementTagNameMap {
    "quote-mark": QuoteMarkElement;
  }
  interface HTMLElementEventMap {
    /** Fired (bubbling) by `<quote-mark>` after each analysis. */
    quotemark: CustomEvent<Report>;
    /** Fired (bubbling) by `<quote-mark>` when the analysis fails. */
    "quotemark-error": CustomEvent<Error>;
  }
}
