// node --test www/test — the embed API's DOM work (quotemark.js) on a shim DOM with canned reports.
import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { applyReport, extractText, isHighlighted, unhighlight } from '../quotemark.js';
import { cannedReport } from './canned.js';
import { createDocument, h } from './dom-shim.js';

let doc;
let article;
let em;
let link;
let bold;

/** <article><h1>…</h1><p>“We came <em>hoping</em> to <a>make progress</a>,” <b>Bar</b>shefsky said.</p>… */
function buildArticle() {
  doc = createDocument();
  em = h(doc, 'em', null, 'hoping');
  link = h(doc, 'a', { href: 'https://example.org/?a=1&b="2"' }, 'make progress');
  bold = h(doc, 'b', null, 'Bar');
  article = h(
    doc,
    'article',
    { id: 'story' },
    '\n  ',
    h(doc, 'h1', null, 'Talks in Beijing'),
    '\n  ',
    h(doc, 'p', null, '“We came ', em, ' to ', link, ',” ', bold, 'shefsky said.'),
    '\n  ',
    h(
      doc,
      'p',
      null,
      'Zhang Qiyue said China wanted a “developing',
      h(doc, 'br'),
      'country” status.',
      h(doc, 'script', null, 'var x = "not text";'),
    ),
    '\n  ',
    h(doc, 'footer', { 'data-quotemark-skip': '' }, 'Credit: Barshefsky “Photo”'),
    '\n',
  );
}

function reportFor(text) {
  return cannedReport(text, {
    mentions: [
      ['Beijing', 'PLACE', 0],
      ['Barshefsky', 'PERSON', 1],
      ['Zhang Qiyue', 'PERSON', 2],
      ['China', 'PLACE', 3],
      ['make progress', 'ORG', 4],
    ],
    quotes: [
      ['“We came hoping to make progress,”', 'direct', { text: 'Barshefsky', name: 'Charlene Barshefsky', entity: 1, named: true }, 'said'],
      ['“developing\ncountry”', 'partial', { text: 'Zhang Qiyue', name: 'Zhang Qiyue', entity: 2, named: true, nth: 0 }, 'said'],
    ],
  });
}

const marks = (root, cls) => root.descendants().filter((el) => el.classList.contains(cls));

describe('extractText', () => {
  beforeEach(buildArticle);

  test('text nodes in order, blocks apart, <br> a newline, scripts and skipped parts left out', () => {
    const { text, nodes } = extractText(article);
    assert.ok(text.includes('Talks in Beijing\n\n'));
    assert.ok(text.includes('“We came hoping to make progress,” Barshefsky said.'));
    assert.ok(text.includes('“developing\ncountry”'));
    assert.ok(!text.includes('not text'), 'script text is not article text');
    assert.ok(!text.includes('Credit'), 'data-quotemark-skip is honoured');
    for (const { node, start, end } of nodes) assert.equal(text.slice(start, end), node.data);
    assert.equal(nodes.length, 15);
  });
});

describe('applyReport and unhighlight', () => {
  beforeEach(buildArticle);

  test('wraps quotes and mentions across inline markup without changing the text', () => {
    const before = article.innerHTML;
    const textBefore = article.textContent;
    const extracted = extractText(article);
    applyReport(article, extracted, reportFor(extracted.text));
    assert.ok(isHighlighted(article));
    assert.equal(article.textContent, textBefore);

    // The first quote crosses <em> and <a>: one mark per text piece, all with the same index.
    const quotes = marks(article, 'qm-quote');
    const first = quotes.filter((q) => q.getAttribute('data-qm-quote') === '0');
    assert.deepEqual(
      first.map((q) => q.textContent),
      ['“We came ', 'hoping', ' to ', 'make progress', ',”'],
    );
    assert.equal(first[1].parentNode, em, 'the mark is inside <em>, which stays in place');
    assert.equal(first[3].parentNode, link, 'the mark is inside the link');
    assert.equal(link.getAttribute('href'), 'https://example.org/?a=1&b="2"');
    assert.equal(first[0].getAttribute('data-qm-speaker'), 'Charlene Barshefsky');
    assert.equal(first[0].getAttribute('title'), 'Charlene Barshefsky (said)');
    assert.ok(first[0].classList.contains('qm-spk-0'));

    // A quote across <br>: two pieces.
    const second = quotes.filter((q) => q.getAttribute('data-qm-quote') === '1');
    assert.deepEqual(
      second.map((q) => q.textContent),
      ['“developing', 'country”'],
    );

    // A mention split by <b>: two marks; a mention inside a quote is nested in its mark.
    const ents = marks(article, 'qm-ent');
    const barshefsky = ents.filter((e) => e.getAttribute('data-qm-entity') === '1');
    assert.deepEqual(
      barshefsky.map((e) => e.textContent),
      ['Bar', 'shefsky'],
    );
    assert.equal(barshefsky[0].parentNode, bold);
    const org = ents.find((e) => e.getAttribute('data-qm-type') === 'ORG');
    assert.equal(org.parentNode, first[3], 'mention mark inside the quote mark');
    assert.equal(org.getAttribute('title'), 'ORG: make progress');

    assert.ok(unhighlight(article));
    assert.equal(article.innerHTML, before);
    assert.equal(marks(article, 'qm-quote').length, 0);
    assert.equal(unhighlight(article), false, 'a second unhighlight does nothing');
  });

  test('unhighlight restores the original nodes themselves, not copies', () => {
    const originalTexts = extractText(article).nodes.map((n) => n.node);
    const extracted = extractText(article);
    applyReport(article, extracted, reportFor(extracted.text));
    unhighlight(article);
    const after = extractText(article).nodes.map((n) => n.node);
    assert.equal(after.length, originalTexts.length);
    after.forEach((node, i) => assert.equal(node, originalTexts[i]));
    assert.equal(em.parentNode.tagName, 'P');
    assert.equal(bold.firstChild.data, 'Bar');
  });

  test('highlighting again replaces the old marks', () => {
    const before = article.innerHTML;
    for (let round = 0; round < 3; round++) {
      const extracted = extractText(article);
      applyReport(article, extracted, reportFor(extracted.text));
    }
    assert.equal(marks(article, 'qm-quote').length, 7);
    unhighlight(article);
    assert.equal(article.innerHTML, before);
  });

  test('options: quotes off, entities limited to some types', () => {
    const extracted = extractText(article);
    applyReport(article, extracted, reportFor(extracted.text), {
      quotes: false,
      entities: ['PERSON'],
    });
    assert.equal(marks(article, 'qm-quote').length, 0);
    const types = new Set(marks(article, 'qm-ent').map((e) => e.getAttribute('data-qm-type')));
    assert.deepEqual([...types], ['PERSON']);
    unhighlight(article);
    const again = extractText(article);
    applyReport(article, again, reportFor(again.text), { entities: false });
    assert.equal(marks(article, 'qm-ent').length, 0);
    assert.equal(marks(article, 'qm-quote').length, 7);
  });

  test('a report with other offsets is refused', () => {
    const extracted = extractText(article);
    const report = { ...reportFor(extracted.text), offsets: 'bytes' };
    assert.throws(() => applyReport(article, extracted, report), /UTF-16/);
    assert.equal(isHighlighted(article), false);
  });

  test('an empty report changes nothing', () => {
    const before = article.innerHTML;
    const extracted = extractText(article);
    applyReport(article, extracted, { quotes: [], mentions: [], entities: [] });
    assert.equal(article.innerHTML, before);
    unhighlight(article);
    assert.equal(article.innerHTML, before);
  });
});
