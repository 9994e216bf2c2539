// A TypeScript consumer of the package's types (type-checked, never run): the main entry, the
// embed API and <quote-mark>, as a site or a Node service would use them.
import { analyze, maxInputBytes, ready, version, type QuoteRecord, type Report, type SourceRecord } from "quotemark";
import { applyReport, extractText, highlight, unhighlight, type HighlightOptions } from "quotemark/embed";
import { QuoteMarkElement } from "quotemark/element";

await ready;
const report: Report = analyze("“Yes,” she said.", { offsets: "chars" });
const unit: "utf16" | "chars" | "bytes" = report.offsets;
const speakers: string[] = report.quotes.flatMap((q: QuoteRecord) => (q.speaker ? [q.speaker.name] : []));
const kinds: string[] = report.quotes.map((q) => q.speaker?.kind ?? "none");
const sourceOf = (q: QuoteRecord): SourceRecord | null => (q.source === null ? null : report.sources[q.source]);
const words: number = report.sources.reduce((n, s) => n + s.quoted_words, 0);
const limit: number = maxInputBytes();
const v: string = version();

// @ts-expect-error: offsets is one of three units
analyze("x", { offsets: "lines" });
// @ts-expect-error: a report's quote kinds are closed
const wrong: QuoteRecord["kind"] = "rumour";

const options: HighlightOptions = { quotes: true, entities: ["PERSON", "ORG"] };
const article = document.querySelector("article");
if (article) {
  const highlighted: Promise<Report> = highlight(article, options);
  const removed: boolean = unhighlight(article);
  const extracted = extractText(article);
  applyReport(article, extracted, analyze(extracted.text));
}

const element = document.querySelector("quote-mark");
if (element) {
  const typed: QuoteMarkElement = element;
  typed.addEventListener("quotemark", (event) => {
    const r: Report = event.detail;
  });
  const refreshed: Promise<Report | null> = typed.refresh();
}

export { unit, speakers, kinds, sourceOf, words, limit, v, wrong };
