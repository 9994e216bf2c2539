// The checks run inside each test page (the static site and the esbuild bundle): the package's
// main entry, its embed API and <quote-mark>, as a site would use them. The test reads the result
// from window.__results and compares the report with the one Node made.
export function run({ quotemark, embed }) {
  // Called before any await: the module is still compiling, so analyze must say so.
  let beforeReady;
  try {
    quotemark.analyze('“Yes,” she said.');
    beforeReady = 'no error';
  } catch (error) {
    beforeReady = String(error.message);
  }
  return checks(quotemark, embed, beforeReady);
}

const marks = (root, kind) => [...root.querySelectorAll(`mark[data-quotemark="${kind}"]`)];

async function checks(quotemark, embed, beforeReady) {
  await quotemark.ready;
  const article = await (await fetch('./article.txt')).text();
  const out = { beforeReady, version: quotemark.version(), report: quotemark.analyze(article) };
  try {
    quotemark.analyze('x', { offsets: 'lines' });
    out.badOption = 'no error';
  } catch (error) {
    out.badOption = `${error.constructor.name}: ${error.message}`;
  }

  // <quote-mark> highlights its own content once connected and fires `quotemark`.
  const element = document.createElement('quote-mark');
  for (const paragraph of article.split(/\n\s*\n/)) {
    const p = document.createElement('p');
    p.textContent = paragraph;
    element.append(p);
  }
  const before = element.innerHTML;
  const fired = new Promise((resolve) =>
    document.addEventListener('quotemark', resolve, { once: true }),
  );
  document.body.append(element);
  const event = await fired;
  const quoteMarks = marks(element, 'quote');
  out.element = {
    isElement: element.constructor.name,
    eventTarget: event.target === element,
    detailIsReport: event.detail === element.report,
    quotes: event.detail.quotes.length,
    quotesMarked: new Set(quoteMarks.map((m) => m.dataset.qmQuote)).size,
    entityMarks: marks(element, 'entity').length,
    mentions: event.detail.mentions.length,
    textUnchanged: element.textContent === new DOMParser()
      .parseFromString(`<div>${before}</div>`, 'text/html').body.textContent,
    styled: getComputedStyle(quoteMarks[0]).backgroundColor,
  };
  // entities="false" marks quotes only.
  const refreshed = new Promise((resolve) =>
    element.addEventListener('quotemark', resolve, { once: true }),
  );
  element.setAttribute('entities', 'false');
  await refreshed;
  out.element.entityMarksWhenOff = marks(element, 'entity').length;
  out.element.cleared = element.clear();
  out.element.restored = element.innerHTML === before;

  // The embed API on inline markup: a quote across a link, then back to the original DOM.
  const div = document.createElement('div');
  div.innerHTML = '<p>“We came a long <em>way</em>,” <a href="#x">Charlene Barshefsky</a> said.</p>';
  document.body.append(div);
  const link = div.querySelector('a');
  const original = div.innerHTML;
  const report = await embed.highlight(div);
  out.embed = {
    quotes: report.quotes.length,
    speaker: report.quotes[0]?.speaker?.name ?? null,
    marked: marks(div, 'quote').length > 0 && marks(div, 'entity').length > 0,
    highlighted: embed.isHighlighted(div),
    unhighlighted: embed.unhighlight(div),
    restored: div.innerHTML === original && div.querySelector('a') === link,
  };
  return out;
}
