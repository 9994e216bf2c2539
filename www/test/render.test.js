// node --test www/test — render.js on canned reports (no wasm, no browser).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  articleBlocks,
  describeQuote,
  entityTable,
  layout,
  quotesCsv,
  renderArticle,
  renderEntities,
  renderSpeakers,
  shorten,
  speakerTable,
  typeCounts,
} from '../render.js';
import { createDocument } from './dom-shim.js';
import { cannedReport } from './canned.js';

const TEXT =
  'Dr. Zoë Müller of Médecins Sans Frontières 🎉 spoke.\n\n' +
  '“We are worried,” Müller said. “Nobody 👍 told us.”\n\n' +
  'A source said the situation was “serious”.';

const REPORT = cannedReport(TEXT, {
  mentions: [
    ['Zoë Müller', 'PERSON', 0],
    ['Médecins Sans Frontières', 'ORG', 1],
    ['Müller', 'PERSON', 0, 1],
  ],
  quotes: [
    ['“We are worried,”', 'direct', { text: 'Müller', name: 'Zoë Müller', entity: 0, named: true, nth: 1 }, 'said'],
    ['“Nobody 👍 told us.”', 'direct', { text: 'Müller', name: 'Zoë Müller', entity: 0, named: true, nth: 1 }, 'said'],
    ['“serious”', 'partial', { text: 'A source', name: 'a source', entity: null, named: false }, 'said'],
  ],
});

describe('layout', () => {
  test('runs cover the text in order, each inside or outside every span', () => {
    const runs = layout(TEXT, REPORT);
    assert.equal(runs.map((r) => TEXT.slice(r.start, r.end)).join(''), TEXT);
    for (let i = 1; i < runs.length; i++) assert.equal(runs[i].start, runs[i - 1].end);
    const quoted = runs.filter((r) => r.quote === 1).map((r) => TEXT.slice(r.start, r.end));
    assert.equal(quoted.join(''), '“Nobody 👍 told us.”');
    const org = runs.find((r) => r.mention === 1);
    assert.equal(TEXT.slice(org.start, org.end), 'Médecins Sans Frontières');
    const speaker = runs.find((r) => r.speaker === 0);
    assert.equal(TEXT.slice(speaker.start, speaker.end), 'Müller');
    assert.equal(speaker.mention, 2, 'the speaker run is also the mention');
  });

  test('offsets are UTF-16 code units: emoji before a span count two', () => {
    // Offsets written out by hand (not made by the test helper): '👍👍 ' is 5 UTF-16 units but
    // 3 code points, so a layout that counted code points would mark '“Hi” Zo' instead.
    const text = '👍👍 “Hi” Zoë said.';
    const report = {
      quotes: [{ start: 5, end: 9, text: '“Hi”', kind: 'direct', speaker: null, cue: { start: 14, end: 18, text: 'said' } }],
      mentions: [{ start: 10, end: 13, text: 'Zoë', type: 'PERSON', entity: 0 }],
      entities: [{ id: 0, type: 'PERSON', name: 'Zoë', mentions: [0] }],
    };
    const runs = layout(text, report);
    const slice = (r) => text.slice(r.start, r.end);
    assert.deepEqual(runs.filter((r) => r.quote === 0).map(slice), ['“Hi”']);
    assert.deepEqual(runs.filter((r) => r.mention === 0).map(slice), ['Zoë']);
    assert.deepEqual(runs.filter((r) => r.cue === 0).map(slice), ['said']);
    const marks = renderArticle(createDocument(), text, report).descendants().filter((el) => el.tagName === 'MARK');
    assert.deepEqual(marks.map((m) => m.textContent), ['“Hi”', 'Zoë']);
  });

  test('overlapping, reversed and out-of-range spans still lay out', () => {
    const text = 'abcdefghij';
    const report = {
      quotes: [
        { start: 2, end: 8, text: '', kind: 'direct', speaker: null, cue: null },
        { start: 5, end: 20, text: '', kind: 'direct', speaker: null, cue: null },
      ],
      mentions: [
        { start: 7, end: 3, text: '', type: 'PERSON', entity: 0 },
        { start: -4, end: 1, text: '', type: 'ORG', entity: 1 },
        { start: 1, end: 4, text: '', type: 'PLACE', entity: 2 },
        { start: 0, end: 2, text: '', type: 'DATE', entity: 3 },
        { start: 'x', end: 4, text: '', type: 'DATE', entity: 3 },
      ],
      entities: [],
    };
    const runs = layout(text, report);
    assert.equal(runs.map((r) => text.slice(r.start, r.end)).join(''), text);
    // The earlier span wins where two overlap (then the longer); the other takes over after it.
    assert.deepEqual(
      runs.filter((r) => r.quote >= 0).map((r) => [r.start, r.end, r.quote]),
      [
        [2, 4, 0],
        [4, 8, 0],
        [8, 10, 1],
      ],
    );
    assert.deepEqual(
      runs.filter((r) => r.mention >= 0).map((r) => [r.start, r.end, r.mention]),
      [
        [0, 2, 3],
        [2, 4, 2],
      ],
    );
  });

  test('an empty report is one plain run; an empty text is none', () => {
    const empty = { quotes: [], mentions: [], entities: [] };
    assert.deepEqual(layout('abc', empty), [
      { start: 0, end: 3, quote: -1, mention: -1, speaker: -1, cue: -1 },
    ]);
    assert.deepEqual(layout('', empty), []);
  });
});

describe('speakerTable and entityTable', () => {
  test('speakers grouped by entity, else by name; named and unnamed counted', () => {
    const table = speakerTable(REPORT);
    assert.deepEqual(
      table.speakers.map((s) => [s.key, s.name, s.named, s.quotes, s.colour]),
      [
        ['e0', 'Zoë Müller', true, [0, 1], 0],
        ['n:a source', 'a source', false, [2], 1],
      ],
    );
    assert.deepEqual(table.named, { sources: 1, quotes: 2 });
    assert.deepEqual(table.unnamed, { sources: 1, quotes: 1 });
    assert.equal(table.unattributed, 0);
    assert.deepEqual(table.quoteSpeaker, ['e0', 'e0', 'n:a source']);
  });

  test('quotes without a speaker are counted as unattributed', () => {
    const report = { ...REPORT, quotes: REPORT.quotes.map((q) => ({ ...q, speaker: null })) };
    const table = speakerTable(report);
    assert.equal(table.speakers.length, 0);
    assert.equal(table.unattributed, 3);
  });

  test('entities grouped by type in legend order, most mentioned first', () => {
    const groups = entityTable(REPORT);
    assert.deepEqual(
      groups.map((g) => [g.type, g.entities.map((e) => [e.name, e.count]), g.mentions]),
      [
        ['PERSON', [['Zoë Müller', 2]], 2],
        ['ORG', [['Médecins Sans Frontières', 1]], 1],
      ],
    );
    assert.equal(typeCounts(REPORT).PERSON, 2);
    assert.equal(typeCounts(REPORT).PLACE, 0);
  });
});

describe('renderArticle', () => {
  test('the article is the text, with quotes and mentions marked', () => {
    const doc = createDocument();
    const fragment = renderArticle(doc, TEXT, REPORT);
    assert.equal(fragment.textContent, TEXT);
    const elements = fragment.descendants();
    const quotes = elements.filter((el) => el.classList.contains('quote'));
    assert.deepEqual(
      quotes.map((q) => [q.textContent, q.getAttribute('data-speaker'), q.getAttribute('tabindex')]),
      [
        ['“We are worried,”', 'e0', '0'],
        ['“Nobody 👍 told us.”', 'e0', '0'],
        ['“serious”', 'n:a source', '0'],
      ],
    );
    assert.ok(quotes[0].classList.contains('spk-0') && quotes[2].classList.contains('spk-1'));
    assert.ok(quotes[2].classList.contains('quote-partial'));
    const ents = elements.filter((el) => el.classList.contains('ent'));
    assert.deepEqual(
      ents.map((e) => [e.textContent, e.getAttribute('data-type'), e.getAttribute('data-entity')]),
      [
        ['Zoë Müller', 'PERSON', '0'],
        ['Médecins Sans Frontières', 'ORG', '1'],
        ['Müller', 'PERSON', '0'],
      ],
    );
    const speakerRef = elements.find((el) => el.classList.contains('speaker-ref'));
    assert.equal(speakerRef.textContent, 'Müller');
    assert.ok(speakerRef.classList.contains('ent') && speakerRef.classList.contains('spk-0'));
    const cues = elements.filter((el) => el.classList.contains('cue')).map((el) => el.textContent);
    assert.deepEqual(cues, ['said', 'said']);
  });

  test('one block per line; a quote across lines is one mark per line, focusable once', () => {
    const text = 'First line\n\n“Two\nlines,” she said.\nlast';
    const report = cannedReport(text, {
      quotes: [['“Two\nlines,”', 'direct', { text: 'she', name: 'she', entity: null, named: false }, 'said']],
    });
    const doc = createDocument();
    const blocks = [...articleBlocks(doc, text, report)];
    assert.deepEqual(
      blocks.map((b) => b.textContent),
      ['First line\n', '\n', '“Two\n', 'lines,” she said.\n', 'last'],
    );
    assert.ok(blocks.every((b) => b.tagName === 'DIV' && b.getAttribute('class') === 'line'));
    const quotes = blocks.flatMap((b) => b.descendants()).filter((el) => el.classList.contains('quote'));
    assert.deepEqual(
      quotes.map((q) => [q.textContent, q.getAttribute('data-quote'), q.getAttribute('tabindex')]),
      [
        ['“Two\n', '0', '0'],
        ['lines,”', '0', null],
      ],
    );
    assert.deepEqual([...articleBlocks(doc, '', report)], []);
    assert.deepEqual(
      [...articleBlocks(doc, 'a\n', { quotes: [], mentions: [], entities: [] })].map((b) => b.textContent),
      ['a\n'],
    );
  });

  test('markup in the text stays text: only mark and span elements are made', () => {
    const text = '<img src=x onerror=alert(1)> “<script>alert(2)</script>,” she said & left.';
    const report = cannedReport(text, {
      mentions: [],
      quotes: [['“<script>alert(2)</script>,”', 'direct', { text: 'she', name: 'she', entity: null, named: false }, 'said']],
    });
    const doc = createDocument();
    const fragment = renderArticle(doc, text, report);
    assert.equal(fragment.textContent, text);
    const tags = new Set(fragment.descendants().map((el) => el.tagName));
    assert.deepEqual([...tags].sort(), ['DIV', 'MARK', 'SPAN']);
    assert.match(fragment.innerHTML, /&lt;img src=x onerror=alert\(1\)&gt;/);
  });
});

describe('panels', () => {
  test('who said what: summary, speakers with counts and their quotes', () => {
    const doc = createDocument();
    const fragment = renderSpeakers(doc, REPORT);
    const text = fragment.textContent;
    assert.match(text, /3 quotes · 1 named source \(2 quotes\) · 1 unnamed source \(1 quote\)/);
    const buttons = fragment.descendants().filter((el) => el.classList.contains('pick'));
    assert.deepEqual(
      buttons.map((b) => [b.getAttribute('data-speaker'), b.textContent]),
      [
        ['e0', 'Zoë Müller2'],
        ['n:a source', 'a sourceunnamed1'],
      ],
    );
    const gotos = fragment.descendants().filter((el) => el.hasAttribute('data-goto'));
    assert.deepEqual(
      gotos.map((g) => g.getAttribute('data-goto')),
      ['0', '1', '2'],
    );
  });

  test('entity panel: a section per type with counts', () => {
    const doc = createDocument();
    const fragment = renderEntities(doc, REPORT);
    const sections = fragment.descendants().filter((el) => el.tagName === 'SECTION');
    assert.deepEqual(
      sections.map((s) => s.getAttribute('class')),
      ['entity-group ent-PERSON', 'entity-group ent-ORG'],
    );
    assert.match(sections[0].textContent, /People1Zoë Müller2/);
  });

  test('empty reports say so', () => {
    const doc = createDocument();
    const empty = { quotes: [], mentions: [], entities: [] };
    assert.match(renderSpeakers(doc, empty).textContent, /No speakers found/);
    assert.match(renderEntities(doc, empty).textContent, /No entities found/);
  });
});

describe('text helpers', () => {
  test('describeQuote names the speaker, the wording and the cue', () => {
    assert.deepEqual(describeQuote(REPORT.quotes[0]), [
      'Zoë Müller',
      'direct quote · written “Müller” · cue “said”',
    ]);
    assert.deepEqual(describeQuote(REPORT.quotes[2]), [
      'a source (unnamed source)',
      'partial quote · written “A source” · cue “said”',
    ]);
    assert.deepEqual(describeQuote({ kind: 'indirect', speaker: null, cue: null }), [
      'Speaker not found',
      'reported speech',
    ]);
  });

  test('shorten keeps whole words', () => {
    assert.equal(shorten('a  b\n c'), 'a b c');
    assert.equal(shorten('alpha beta gamma delta', 12), 'alpha beta…');
  });

  test('quotes CSV: header, RFC 4180 quoting, formula guard, CRLF', () => {
    const report = {
      quotes: [
        {
          start: 0,
          end: 5,
          text: '"Hi, there"',
          kind: 'direct',
          speaker: { name: 'Zoë', text: 'she', named: true, entity: 0 },
          cue: { text: 'said' },
        },
        { start: 9, end: 12, text: '=SUM(A1)', kind: 'other', speaker: null, cue: null },
      ],
    };
    assert.equal(
      quotesCsv(report),
      'start,end,kind,quote,speaker,speaker_as_written,named,cue\r\n' +
        '0,5,"direct","""Hi, there""","Zoë","she",true,"said"\r\n' +
        `9,12,"other","'=SUM(A1)","","",,""\r\n`,
    );
  });
});
