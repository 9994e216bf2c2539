// node --test www/test — the Sources panel, its summary and its CSV, rendered from a canned report.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  countedGender,
  genderLabel,
  quoteKey,
  renderSources,
  sourceTable,
  sourcesCsv,
  sourcesSummary,
  speakerTable,
} from '../render.js';
import { createDocument } from './dom-shim.js';

const TEXT =
  '“We came,” Charlene Barshefsky said. “It is hard,” a source said. ' +
  '“No,” the ministry said. “Yes,” Jordan Lee said. Zhang Qiyue said talks went on.';

/** A canned report in the output contract (sources as the analyser makes them). */
function report() {
  const at = (needle) => {
    const start = TEXT.indexOf(needle);
    return { start, end: start + needle.length, text: needle };
  };
  const speaker = (needle, name, entity, named, kind) => ({ ...at(needle), name, entity, named, kind });
  return {
    version: 1,
    offsets: 'utf16',
    entities: [
      { id: 0, type: 'PERSON', name: 'Charlene Barshefsky', mentions: [0] },
      { id: 1, type: 'PERSON', name: 'Jordan Lee', mentions: [1] },
      { id: 2, type: 'PERSON', name: 'Zhang Qiyue', mentions: [2] },
      { id: 3, type: 'ORG', name: 'Foreign Ministry', mentions: [] },
    ],
    mentions: [
      { ...at('Charlene Barshefsky'), type: 'PERSON', entity: 0 },
      { ...at('Jordan Lee'), type: 'PERSON', entity: 1 },
      { ...at('Zhang Qiyue'), type: 'PERSON', entity: 2 },
    ],
    quotes: [
      { ...at('“We came,”'), kind: 'direct', speaker: speaker('Charlene Barshefsky', 'Charlene Barshefsky', 0, true, 'person'), cue: null, source: 0 },
      { ...at('“It is hard,”'), kind: 'direct', speaker: speaker('a source', 'a source', null, false, 'person'), cue: null, source: 1 },
      { ...at('“No,”'), kind: 'direct', speaker: speaker('the ministry', 'the ministry', null, false, 'organization'), cue: null, source: 2 },
      { ...at('“Yes,”'), kind: 'direct', speaker: speaker('Jordan Lee', 'Jordan Lee', 1, true, 'person'), cue: null, source: 3 },
      { ...at('talks went on'), kind: 'indirect', speaker: speaker('Zhang Qiyue', 'Zhang Qiyue', 2, true, 'person'), cue: null, source: 4 },
    ],
    sources: [
      { id: 0, name: 'Charlene Barshefsky', named: true, kind: 'person', entity: 0, gender: 'female', gender_basis: 'pronoun', roles: ['U.S. Trade Representative'], affiliation: null, quotes: [0], quoted_words: 2 },
      { id: 1, name: 'a source', named: false, kind: 'person', entity: null, gender: null, gender_basis: null, roles: [], affiliation: null, quotes: [1], quoted_words: 3 },
      { id: 2, name: 'the ministry', named: false, kind: 'organization', entity: null, gender: null, gender_basis: null, roles: [], affiliation: null, quotes: [2], quoted_words: 1 },
      { id: 3, name: 'Jordan Lee', named: true, kind: 'person', entity: 1, gender: 'male', gender_basis: 'given-name', roles: [], affiliation: null, quotes: [3], quoted_words: 1 },
      { id: 4, name: 'Zhang Qiyue', named: true, kind: 'person', entity: 2, gender: 'female', gender_basis: 'honorific', roles: ['Foreign Ministry spokeswoman'], affiliation: 3, quotes: [4], quoted_words: 0 },
    ],
  };
}

const text = (node) => node.textContent.replace(/\s+/g, ' ');
const buttons = (fragment) =>
  fragment.descendants().filter((el) => el.tagName === 'BUTTON' && el.hasAttribute('data-speaker'));

describe('sourcesSummary', () => {
  test('counts sources, named and anonymous with their quotes, and people by gender', () => {
    const summary = sourcesSummary(report());
    assert.equal(summary.total, 5);
    assert.equal(summary.named, 3);
    assert.equal(summary.anonymous, 2);
    assert.deepEqual(
      [summary.people, summary.organizations, summary.groups, summary.documents],
      [4, 1, 0, 0],
    );
    assert.deepEqual([summary.women, summary.men, summary.unknown], [2, 1, 1]);
    assert.deepEqual(summary.basis, { pronoun: 1, honorific: 1, 'given-name': 1 });
    assert.deepEqual(summary.quotes, { total: 5, named: 3, anonymous: 2, unattributed: 0 });
  });

  test('without first-name guesses those genders count as unknown', () => {
    const summary = sourcesSummary(report(), { givenNames: false });
    assert.deepEqual([summary.women, summary.men, summary.unknown], [2, 0, 2]);
    assert.equal(summary.basis['given-name'], 0);
    const lee = report().sources[3];
    assert.equal(countedGender(lee), 'male');
    assert.equal(countedGender(lee, { givenNames: false }), null);
    assert.equal(genderLabel(lee), 'man (first name)');
  });

  test('a report without sources (an older one) gives zeros, not an error', () => {
    const old = { ...report(), sources: undefined };
    const summary = sourcesSummary(old);
    assert.equal(summary.total, 0);
    assert.equal(summary.quotes.total, 5);
  });
});

describe('renderSources', () => {
  test('the counts, the gender line with its basis, and one bar per source', () => {
    const doc = createDocument();
    const r = report();
    const fragment = renderSources(doc, r, sourceTable(r));
    const shown = text(fragment);
    assert.match(shown, /Sources\s*5/);
    assert.match(shown, /Named\s*3 · 3 quotes, 60%/);
    assert.match(shown, /Anonymous\s*2 · 2 quotes, 40%/);
    assert.match(shown, /4 people: 2 women, 1 man, 1 unknown \(by pronoun 1, honorific or title 1, first name 1\)/);
    assert.match(shown, /also 1 organisation/);
    const bars = buttons(fragment);
    assert.equal(bars.length, 5);
    // Most quoted words first; each bar's length is its share of the most.
    assert.deepEqual(
      bars.map((b) => b.descendants().find((el) => el.className === 'name').textContent),
      ['a source', 'Charlene Barshefsky', 'the ministry', 'Jordan Lee', 'Zhang Qiyue'],
    );
    const share = (b) => Number(b.descendants().find((el) => el.className === 'bar-fill').style.getPropertyValue('--share'));
    assert.deepEqual(bars.map(share), [1, 0.667, 0.333, 0.333, 0]);
    assert.match(text(bars[1]), /woman \(pronoun\)/);
    assert.match(text(bars[0]), /anonymous/);
    assert.match(text(bars[2]), /organisation/);
    assert.match(text(bars[0]), /3 words · 1 quote/);
  });

  test('each bar carries the key of its quotes, so clicking it marks them', () => {
    const doc = createDocument();
    const r = report();
    const speakers = speakerTable(r);
    const fragment = renderSources(doc, r, sourceTable(r, speakers));
    for (const button of buttons(fragment)) {
      const key = button.getAttribute('data-speaker');
      const id = Number(key.slice(1));
      const marked = r.quotes.map((q, i) => (quoteKey(q) === key ? i : -1)).filter((i) => i >= 0);
      assert.deepEqual(marked, r.sources[id].quotes, key);
      assert.equal(button.getAttribute('aria-pressed'), 'false');
      assert.ok(button.className.includes(`spk-${speakers.byKey.get(key).colour}`));
    }
  });

  test('roles and affiliations are listed', () => {
    const doc = createDocument();
    const r = report();
    const fragment = renderSources(doc, r, sourceTable(r));
    const shown = text(fragment);
    assert.match(shown, /U\.S\. Trade Representative/);
    assert.match(shown, /Affiliations\s*Foreign Ministry: Zhang Qiyue/);
  });

  test("an unnamed source's description is not repeated as its role", () => {
    const doc = createDocument();
    const r = report();
    r.sources[1].name = 'a spokeswoman for the ministry';
    r.sources[1].roles = ['a spokeswoman for the ministry'];
    const fragment = renderSources(doc, r, sourceTable(r));
    const item = fragment
      .descendants()
      .find((el) => el.tagName === 'LI' && el.textContent.startsWith('a spokeswoman for the ministry'));
    assert.ok(item, 'the source is listed');
    assert.equal(item.descendants().filter((el) => el.className === 'roles').length, 0);
  });

  test('the switch leaves first-name guesses out of the panel', () => {
    const doc = createDocument();
    const r = report();
    const fragment = renderSources(doc, r, sourceTable(r, speakerTable(r), { givenNames: false }));
    const shown = text(fragment);
    assert.match(shown, /2 women, 0 men, 2 unknown/);
    assert.doesNotMatch(shown, /\(first name\)|first name 1/);
    assert.match(shown, /Genders guessed from first names are left out/);
  });

  test('pasted names stay text', () => {
    const doc = createDocument();
    const r = report();
    r.sources[1].name = '<img src=x onerror=alert(1)>';
    const html = renderSources(doc, r, sourceTable(r)).innerHTML;
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(!html.includes('<img'));
  });

  test('no sources: a short note', () => {
    const doc = createDocument();
    const r = { ...report(), sources: [] };
    assert.match(text(renderSources(doc, r, sourceTable(r))), /No sources found/);
  });
});

describe('sourcesCsv', () => {
  test('one row per source, affiliations by name, formulas defused', () => {
    const r = report();
    r.sources[1].name = '=HYPERLINK("x")';
    const lines = sourcesCsv(r).trimEnd().split('\r\n');
    assert.equal(lines[0], 'id,name,named,kind,gender,gender_basis,roles,affiliation,quotes,quoted_words');
    assert.equal(lines.length, 6);
    assert.equal(lines[1], '0,"Charlene Barshefsky",true,"person","female","pronoun","U.S. Trade Representative","",1,2');
    assert.ok(lines[2].startsWith('1,"\'=HYPERLINK(""x"")",false'));
    assert.ok(lines[5].includes('"Foreign Ministry"'));
  });
});
