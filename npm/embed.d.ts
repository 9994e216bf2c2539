// Types of quotemark/embed: highlight the quotes and entities of an element in place.
import type { EntityType, Report } from "./index.js";

/** What `highlight` marks. */
export interface HighlightOptions {
  /** Mark quotations (default true). */
  quotes?: boolean;
  /** Mark entity mentions: all (true, the default), none (false), or only these types. */
  entities?: boolean | EntityType[];
}

/** The article text of an element as the analyser sees it, and where each text node lies in it. */
export interface ExtractedText {
  text: string;
  nodes: { node: Text; start: number; end: number }[];
}

/**
 * Analyses the text of `element` and wraps its quotes and entity mentions in `<mark>`s in place
 * (`qm-quote qm-spk-N`, `qm-ent qm-TYPE`; style them with quotemark/quotemark.css). Resolves to
 * the report (UTF-16 offsets into `extractText(element).text`). Highlighting again first removes
 * the old marks.
 */
export function highlight(element: Element, options?: HighlightOptions): Promise<Report>;

/** Removes the marks `highlight` made; the element's DOM is exactly as before. False if it had none. */
export function unhighlight(element: Element): boolean;

/** Whether `element` carries marks from `highlight`. */
export function isHighlighted(element: Element): boolean;

/** The first half of `highlight`: the element's text, with block elements as paragraph breaks. */
export function extractText(root: Element): ExtractedText;

/** The second half of `highlight`: wraps a report made elsewhere (a worker, a server) in place. */
export function applyReport(
  root: Element,
  extracted: ExtractedText,
  report: Report,
  options?: HighlightOptions,
): Report;
