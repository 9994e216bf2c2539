// Pure rendering: (text, report) → data tables and DOM nodes. No wasm, no globals, no innerHTML:
// every piece of article text becomes a text node. Every function that makes nodes takes the
// `document` to make them with, so tests can pass a small shim.
//
// Offsets are JS string indices (UTF-16 code units), as `analyze` returns them by default.

/** Entity types in display order, with their legend labels. */
export const ENTITY_TYPES = [
  ['PERSON', 'People'],
  ['ORG', 'Organisations'],
  ['PLACE', 'Places'],
  ['NORP', 'Groups & nationalities'],
  ['DATE', 'Dates'],
  ['TIME', 'Times'],
  ['MONEY', 'Money'],
  ['PERCENT', 'Percentages'],
  ['NUMBER', 'Numbers'],
];

/** How many of a speaker's quotes the "who said what" panel lists. */
export const QUOTES_LISTED = 25;

/** How many speaker colours style.css defines (`spk-0` … `spk-9`); more speakers reuse them. */
export const SPEAKER_COLOURS = 10;

const KIND_LABEL = {
  direct: 'direct quote',
  partial: 'partial quote',
  indirect: 'reported speech',
  other: 'quotation',
};

/** A stable key for who a speaker is: its entity, else its name. */
export function speakerKey(speaker) {
  if (!speaker) return null;
  if (speaker.entity !== null && speaker.entity !== undefined) return `e${speaker.entity}`;
  return `n:${String(speaker.name || speaker.text).toLowerCase()}`;
}

/** The key of who said a quote: its source (`s0`, `s1`…) when the report has sources, else
 * `speakerKey` of its speaker (reports from before sources were added). */
export function quoteKey(quote) {
  if (!quote.speaker) return null;
  return Number.isInteger(quote.source) ? `s${quote.source}` : speakerKey(quote.speaker);
}

/**
 * The "who said what" table: speakers in order of first quote with their quotes and colour, and
 * counts of named sources, unnamed sources and unattributed quotes.
 */
export function speakerTable(report) {
  const byKey = new Map();
  const quoteSpeaker = [];
  let unattributed = 0;
  report.quotes.forEach((quote, index) => {
    const key = quoteKey(quote);
    quoteSpeaker.push(key);
    if (key === null) {
      unattributed += 1;
      return;
    }
    let speaker = byKey.get(key);
    if (!speaker) {
      speaker = {
        key,
        name: quote.speaker.name || quote.speaker.text,
        named: Boolean(quote.speaker.named),
        entity: quote.speaker.entity ?? null,
        colour: byKey.size % SPEAKER_COLOURS,
        quotes: [],
      };
      byKey.set(key, speaker);
    }
    speaker.quotes.push(index);
  });
  const speakers = [...byKey.values()];
  const namedSpeakers = speakers.filter((s) => s.named);
  const unnamedSpeakers = speakers.filter((s) => !s.named);
  const count = (list) => list.reduce((n, s) => n + s.quotes.length, 0);
  return {
    speakers,
    byKey,
    quoteSpeaker,
    named: { sources: namedSpeakers.length, quotes: count(namedSpeakers) },
    unnamed: { sources: unnamedSpeakers.length, quotes: count(unnamedSpeakers) },
    unattributed,
  };
}

/** Entities grouped by type in `ENTITY_TYPES` order, each with its number of mentions. */
export function entityTable(report) {
  const groups = [];
  for (const [type, label] of ENTITY_TYPES) {
    const entities = report.entities
      .filter((e) => e.type === type)
      .map((e) => ({ id: e.id, name: e.name, count: e.mentions.length }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    if (entities.length === 0) continue;
    const mentions = entities.reduce((n, e) => n + e.count, 0);
    groups.push({ type, label, entities, mentions });
  }
  return groups;
}

/** Clamps a record's offsets to the text; null when nothing is left. */
function clampSpan(record, length) {
  if (!record) return null;
  const start = Math.max(0, Math.min(length, Math.trunc(Number(record.start))));
  const end = Math.max(0, Math.min(length, Math.trunc(Number(record.end))));
  return Number.isFinite(start) && Number.isFinite(end) && start < end ? { start, end } : null;
}

/**
 * Cuts the text into runs that each lie wholly inside or outside every span. Each run says which
 * quote, mention, speaker and cue it belongs to (an index, or -1). Where spans of one layer overlap,
 * the earliest-starting one wins (then the longest), so any report, even a wrong one, lays out.
 */
export function layout(text, report) {
  const length = text.length;
  const layers = ['quote', 'mention', 'speaker', 'cue'];
  const spans = [];
  report.quotes.forEach((quote, index) => {
    spans.push({ layer: 0, index, span: clampSpan(quote, length) });
    spans.push({ layer: 2, index, span: clampSpan(quote.speaker, length) });
    spans.push({ layer: 3, index, span: clampSpan(quote.cue, length) });
  });
  report.mentions.forEach((mention, index) => {
    spans.push({ layer: 1, index, span: clampSpan(mention, length) });
  });
  const events = [];
  for (const s of spans) {
    if (!s.span) continue;
    events.push({ at: s.span.start, open: true, s });
    events.push({ at: s.span.end, open: false, s });
  }
  events.sort((a, b) => a.at - b.at);

  const active = layers.map(() => []);
  const winner = (list) => {
    let best = null;
    for (const s of list) {
      if (
        !best ||
        s.span.start < best.span.start ||
        (s.span.start === best.span.start && s.span.end > best.span.end)
      ) {
        best = s;
      }
    }
    return best ? best.index : -1;
  };
  const runs = [];
  const push = (start, end) => {
    if (start >= end) return;
    const [quote, mention, speaker, cue] = active.map(winner);
    const last = runs[runs.length - 1];
    if (
      last &&
      last.end === start &&
      last.quote === quote &&
      last.mention === mention &&
      last.speaker === speaker &&
      last.cue === cue
    ) {
      last.end = end;
    } else {
      runs.push({ start, end, quote, mention, speaker, cue });
    }
  };
  let at = 0;
  for (const event of events) {
    push(at, event.at);
    at = event.at;
    const list = active[event.s.layer];
    if (event.open) list.push(event.s);
    else list.splice(list.indexOf(event.s), 1);
  }
  push(at, length);
  return runs;
}

/** Describes a quote for its tooltip: [speaker line, detail line]. */
export function describeQuote(quote) {
  const kind = KIND_LABEL[quote.kind] || 'quotation';
  const cue = quote.cue ? ` · cue “${quote.cue.text}”` : '';
  if (!quote.speaker) return ['Speaker not found', `${kind}${cue}`];
  const { name, text, named } = quote.speaker;
  const who = named ? name || text : `${name || text} (unnamed source)`;
  const asWritten = text && text !== name ? ` · written “${text}”` : '';
  return [who, `${kind}${asWritten}${cue}`];
}

/**
 * The highlighted article as line blocks (`<div class="line">`, one per line, its newline
 * included), yielded one at a time, so the browser can skip laying out lines off screen and a long
 * article can be shown a batch at a time. Quotations are `<mark class="quote">` (coloured by
 * speaker; the first piece of each is focusable) and mentions `<mark class="ent ent-TYPE">`; a
 * quotation that spans lines is one mark per line, all with the same `data-quote`. The blocks'
 * text, joined, is exactly `text`.
 */
export function* articleBlocks(doc, text, report, speakers = speakerTable(report)) {
  const started = new Set();
  let block = null;
  let quoteEl = null;
  let quoteIndex = -1;
  let nextNewline = text.indexOf('\n');
  for (const run of layout(text, report)) {
    let start = run.start;
    while (start < run.end) {
      if (block === null) {
        block = doc.createElement('div');
        block.className = 'line';
        quoteEl = null;
        quoteIndex = -1;
      }
      if (nextNewline >= 0 && nextNewline < start) nextNewline = text.indexOf('\n', start);
      // Each block ends just after a newline.
      const end = nextNewline >= 0 && nextNewline < run.end ? nextNewline + 1 : run.end;
      if (run.quote !== quoteIndex) {
        quoteIndex = run.quote;
        quoteEl = null;
        if (run.quote >= 0) {
          quoteEl = quoteElement(doc, report, speakers, run.quote, !started.has(run.quote));
          started.add(run.quote);
          block.appendChild(quoteEl);
        }
      }
      appendPiece(doc, quoteEl || block, text.slice(start, end), run, report, speakers);
      start = end;
      if (text.charCodeAt(end - 1) === 10) {
        yield block;
        block = null;
      }
    }
  }
  if (block !== null) yield block;
}

/** The highlighted article as one fragment (see `articleBlocks`). */
export function renderArticle(doc, text, report, speakers = speakerTable(report)) {
  const fragment = doc.createDocumentFragment();
  for (const block of articleBlocks(doc, text, report, speakers)) fragment.appendChild(block);
  return fragment;
}

function appendPiece(doc, parent, piece, run, report, speakers) {
  const node = doc.createTextNode(piece);
  if (run.mention < 0 && run.speaker < 0 && run.cue < 0) {
    parent.appendChild(node);
    return;
  }
  const classes = [];
  const el = doc.createElement(run.mention >= 0 ? 'mark' : 'span');
  if (run.mention >= 0) {
    const mention = report.mentions[run.mention];
    classes.push('ent', `ent-${mention.type}`);
    el.setAttribute('data-entity', String(mention.entity));
    el.setAttribute('data-type', mention.type);
  }
  if (run.speaker >= 0) {
    const speaker = speakers.byKey.get(speakers.quoteSpeaker[run.speaker]);
    classes.push('speaker-ref');
    if (speaker) {
      classes.push(`spk-${speaker.colour}`);
      el.setAttribute('data-speaker', speaker.key);
    }
  }
  if (run.cue >= 0) classes.push('cue');
  el.className = classes.join(' ');
  el.appendChild(node);
  parent.appendChild(el);
}

function quoteElement(doc, report, speakers, index, first) {
  const quote = report.quotes[index];
  const key = speakers.quoteSpeaker[index];
  const speaker = key === null ? null : speakers.byKey.get(key);
  const el = doc.createElement('mark');
  const classes = ['quote', `quote-${quote.kind}`];
  classes.push(speaker ? `spk-${speaker.colour}` : 'spk-none');
  el.className = classes.join(' ');
  el.setAttribute('data-quote', String(index));
  if (speaker) el.setAttribute('data-speaker', speaker.key);
  if (first) {
    el.setAttribute('tabindex', '0');
    el.setAttribute('aria-describedby', 'tip');
  }
  return el;
}

function element(doc, tag, className, text) {
  const el = doc.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

/** Shortens a quote for a list, keeping whole words. */
export function shorten(text, max = 140) {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max * 0.6 ? space : max)}…`;
}

/** The "who said what" panel's content: a summary line and one item per speaker. */
export function renderSpeakers(doc, report, speakers = speakerTable(report)) {
  const fragment = doc.createDocumentFragment();
  const { named, unnamed, unattributed } = speakers;
  const summary = element(doc, 'p', 'summary');
  const parts = [
    `${plural(report.quotes.length, 'quote', 'quotes')}`,
    `${plural(named.sources, 'named source', 'named sources')} (${plural(named.quotes, 'quote', 'quotes')})`,
    `${plural(unnamed.sources, 'unnamed source', 'unnamed sources')} (${plural(unnamed.quotes, 'quote', 'quotes')})`,
  ];
  if (unattributed) parts.push(`${unattributed} without a speaker`);
  summary.textContent = parts.join(' · ');
  fragment.appendChild(summary);
  if (speakers.speakers.length === 0) {
    fragment.appendChild(element(doc, 'p', 'empty', 'No speakers found.'));
  }
  const list = element(doc, 'ul', 'speakers');
  for (const speaker of speakers.speakers) {
    const item = element(doc, 'li', 'speaker');
    const button = element(doc, 'button', `pick spk-${speaker.colour}`);
    button.setAttribute('type', 'button');
    button.setAttribute('data-speaker', speaker.key);
    button.setAttribute('aria-pressed', 'false');
    button.appendChild(element(doc, 'span', 'swatch'));
    button.appendChild(element(doc, 'span', 'name', speaker.name));
    if (!speaker.named) button.appendChild(element(doc, 'span', 'tag', 'unnamed'));
    button.appendChild(element(doc, 'span', 'count', String(speaker.quotes.length)));
    item.appendChild(button);
    const quotes = element(doc, 'ol', 'said');
    for (const index of speaker.quotes.slice(0, QUOTES_LISTED)) {
      const li = element(doc, 'li');
      const link = element(doc, 'button', 'said-quote', shorten(report.quotes[index].text));
      link.setAttribute('type', 'button');
      link.setAttribute('data-goto', String(index));
      li.appendChild(link);
      quotes.appendChild(li);
    }
    const more = speaker.quotes.length - QUOTES_LISTED;
    if (more > 0) quotes.appendChild(element(doc, 'li', 'more', `and ${more} more`));
    item.appendChild(quotes);
    list.appendChild(item);
  }
  fragment.appendChild(list);
  return fragment;
}

/** The entity panel's content: one section per type with its entities and counts. */
export function renderEntities(doc, report, groups = entityTable(report)) {
  const fragment = doc.createDocumentFragment();
  if (groups.length === 0) {
    fragment.appendChild(element(doc, 'p', 'empty', 'No entities found.'));
  }
  for (const group of groups) {
    const section = element(doc, 'section', `entity-group ent-${group.type}`);
    const heading = element(doc, 'h3');
    heading.appendChild(element(doc, 'span', 'swatch'));
    heading.appendChild(element(doc, 'span', 'name', group.label));
    heading.appendChild(element(doc, 'span', 'count', String(group.entities.length)));
    section.appendChild(heading);
    const list = element(doc, 'ul', 'entities');
    for (const entity of group.entities) {
      const li = element(doc, 'li');
      const button = element(doc, 'button', 'pick');
      button.setAttribute('type', 'button');
      button.setAttribute('data-entity', String(entity.id));
      button.setAttribute('aria-pressed', 'false');
      button.appendChild(element(doc, 'span', 'name', entity.name));
      button.appendChild(element(doc, 'span', 'count', String(entity.count)));
      li.appendChild(button);
      list.appendChild(li);
    }
    section.appendChild(list);
    fragment.appendChild(section);
  }
  return fragment;
}

/** Counts of mentions per entity type, for the legend. */
export function typeCounts(report) {
  const counts = Object.fromEntries(ENTITY_TYPES.map(([type]) => [type, 0]));
  for (const mention of report.mentions) {
    if (mention.type in counts) counts[mention.type] += 1;
  }
  return counts;
}

/** One CSV cell: quoted, with a leading `'` on text a spreadsheet would run as a formula. */
function csvCell(value) {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** The quotes as CSV (RFC 4180, CRLF line ends), one row per quote. */
export function quotesCsv(report) {
  const header = [
    'start',
    'end',
    'kind',
    'quote',
    'speaker',
    'speaker_as_written',
    'named',
    'cue',
  ];
  const rows = [header.join(',')];
  for (const q of report.quotes) {
    rows.push(
      [
        q.start,
        q.end,
        csvCell(q.kind),
        csvCell(q.text),
        csvCell(q.speaker ? q.speaker.name : ''),
        csvCell(q.speaker ? q.speaker.text : ''),
        q.speaker ? String(q.speaker.named) : '',
        csvCell(q.cue ? q.cue.text : ''),
      ].join(','),
    );
  }
  return `${rows.join('\r\n')}\r\n`;
}

// ---- sources ---------------------------------------------------------------------------------

/** Labels of the source kinds, singular and plural. */
const KIND_NAMES = {
  person: ['person', 'people'],
  organization: ['organisation', 'organisations'],
  group: ['group', 'groups'],
  document: ['document', 'documents'],
};

/** How each gender basis is shown. */
export const BASIS_LABEL = {
  pronoun: 'pronoun',
  honorific: 'honorific or title',
  'given-name': 'first name',
};

/** A source's gender as counted: null when there is none, or when it is a first-name guess and
 * `givenNames` is false. */
export function countedGender(source, { givenNames = true } = {}) {
  if (!source || !source.gender) return null;
  if (!givenNames && source.gender_basis === 'given-name') return null;
  return source.gender;
}

/**
 * The sources summary a CMS preview can show ("5 sources, 2 anonymous, 1 woman"):
 * `{ total, named, anonymous, people, organizations, groups, documents, women, men, unknown,
 *    basis: { pronoun, honorific, 'given-name' }, quotes: { total, named, anonymous, unattributed } }`.
 * `women`, `men` and `unknown` count people (sources of kind person) only; `basis` counts the
 * genders counted by what they rest on. With `givenNames: false`, genders guessed from first names
 * count as unknown. A report without `sources` gives zeros.
 */
export function sourcesSummary(report, { givenNames = true } = {}) {
  const sources = Array.isArray(report.sources) ? report.sources : [];
  const summary = {
    total: sources.length,
    named: 0,
    anonymous: 0,
    people: 0,
    organizations: 0,
    groups: 0,
    documents: 0,
    women: 0,
    men: 0,
    unknown: 0,
    basis: { pronoun: 0, honorific: 0, 'given-name': 0 },
    quotes: { total: report.quotes.length, named: 0, anonymous: 0, unattributed: 0 },
  };
  const plural = { person: 'people', organization: 'organizations', group: 'groups', document: 'documents' };
  for (const source of sources) {
    const quotes = Array.isArray(source.quotes) ? source.quotes.length : 0;
    if (source.named) {
      summary.named += 1;
      summary.quotes.named += quotes;
    } else {
      summary.anonymous += 1;
      summary.quotes.anonymous += quotes;
    }
    if (plural[source.kind]) summary[plural[source.kind]] += 1;
    if (source.kind !== 'person') continue;
    const gender = countedGender(source, { givenNames });
    if (gender === 'female') summary.women += 1;
    else if (gender === 'male') summary.men += 1;
    else summary.unknown += 1;
    if (gender && source.gender_basis in summary.basis) summary.basis[source.gender_basis] += 1;
  }
  summary.quotes.unattributed = report.quotes.filter((q) => !q.speaker).length;
  return summary;
}

/**
 * The Sources panel's table: each source with its key (the `data-speaker` of its quotes), colour,
 * counted gender, affiliation name and share of the most quoted words; the summary; and the
 * affiliations with their sources. `speakers` is `speakerTable(report)` (for keys and colours).
 */
export function sourceTable(report, speakers = speakerTable(report), { givenNames = true } = {}) {
  const sources = (Array.isArray(report.sources) ? report.sources : []).map((source, id) => {
    const key = `s${id}`;
    const speaker = speakers.byKey.get(key);
    const affiliation =
      source.affiliation === null || source.affiliation === undefined
        ? null
        : report.entities[source.affiliation]?.name ?? null;
    return {
      ...source,
      key,
      colour: speaker ? speaker.colour : id % SPEAKER_COLOURS,
      counted: countedGender(source, { givenNames }),
      affiliationName: affiliation,
    };
  });
  const most = sources.reduce((m, s) => Math.max(m, s.quoted_words || 0), 0);
  for (const s of sources) s.share = most > 0 ? (s.quoted_words || 0) / most : 0;
  const byWords = [...sources].sort(
    (a, b) => (b.quoted_words || 0) - (a.quoted_words || 0) || a.id - b.id,
  );
  const affiliations = new Map();
  for (const s of sources) {
    if (s.affiliationName === null) continue;
    const entry = affiliations.get(s.affiliation) || { entity: s.affiliation, name: s.affiliationName, sources: [] };
    entry.sources.push(s);
    affiliations.set(s.affiliation, entry);
  }
  return {
    sources,
    byWords,
    summary: sourcesSummary(report, { givenNames }),
    affiliations: [...affiliations.values()],
    givenNames,
  };
}

function percent(part, whole) {
  return whole > 0 ? `${Math.round((100 * part) / whole)}%` : '0%';
}

/** How a source's gender is shown: "woman (pronoun)", "man (honorific or title)", or null. */
export function genderLabel(source, { givenNames = true } = {}) {
  const gender = countedGender(source, { givenNames });
  if (!gender) return null;
  const word = gender === 'female' ? 'woman' : 'man';
  return `${word} (${BASIS_LABEL[source.gender_basis] || source.gender_basis})`;
}

/**
 * The Sources panel's content: the counts (named and anonymous with their share of the
 * attributed quotes; women, men and unknown with the basis), a bar chart of quoted words per
 * source (one button per source, `data-speaker` = the key of its quotes), and the affiliations.
 */
export function renderSources(doc, report, table = sourceTable(report)) {
  const fragment = doc.createDocumentFragment();
  const { summary, givenNames } = table;
  if (summary.total === 0) {
    fragment.appendChild(element(doc, 'p', 'empty', 'No sources found.'));
    return fragment;
  }
  const attributed = summary.quotes.named + summary.quotes.anonymous;
  const counts = element(doc, 'dl', 'source-counts');
  const row = (term, value, detail) => {
    const item = element(doc, 'div', 'source-count');
    item.appendChild(element(doc, 'dt', null, term));
    const dd = element(doc, 'dd', null, String(value));
    if (detail) dd.appendChild(element(doc, 'span', 'detail', ` ${detail}`));
    item.appendChild(dd);
    counts.appendChild(item);
  };
  row('Sources', summary.total);
  row(
    'Named',
    summary.named,
    `· ${plural(summary.quotes.named, 'quote', 'quotes')}, ${percent(summary.quotes.named, attributed)}`,
  );
  row(
    'Anonymous',
    summary.anonymous,
    `· ${plural(summary.quotes.anonymous, 'quote', 'quotes')}, ${percent(summary.quotes.anonymous, attributed)}`,
  );
  fragment.appendChild(counts);

  const others = ['organization', 'group', 'document']
    .map((kind) => {
      const n = summary[{ organization: 'organizations', group: 'groups', document: 'documents' }[kind]];
      return n ? plural(n, ...KIND_NAMES[kind]) : null;
    })
    .filter(Boolean);
  const gender = element(doc, 'p', 'gender-summary');
  const basis = Object.entries(summary.basis)
    .filter(([, n]) => n > 0)
    .map(([b, n]) => `${BASIS_LABEL[b]} ${n}`);
  gender.appendChild(
    element(
      doc,
      'span',
      'gender-counts',
      `${plural(summary.people, 'person', 'people')}: ${plural(summary.women, 'woman', 'women')}, ${plural(
        summary.men,
        'man',
        'men',
      )}, ${summary.unknown} unknown`,
    ),
  );
  if (basis.length) gender.appendChild(element(doc, 'span', 'gender-basis', ` (by ${basis.join(', ')})`));
  if (others.length) gender.appendChild(element(doc, 'span', 'others', `; also ${others.join(', ')}`));
  fragment.appendChild(gender);
  if (!givenNames) {
    fragment.appendChild(element(doc, 'p', 'note', 'Genders guessed from first names are left out.'));
  }

  const chart = element(doc, 'ol', 'source-bars');
  chart.setAttribute('aria-label', 'Quoted words per source');
  for (const source of table.byWords) {
    const item = element(doc, 'li', 'source');
    const button = element(doc, 'button', `pick source-pick spk-${source.colour}`);
    button.setAttribute('type', 'button');
    button.setAttribute('data-speaker', source.key);
    button.setAttribute('aria-pressed', 'false');
    const head = element(doc, 'span', 'source-head');
    head.appendChild(element(doc, 'span', 'name', source.name));
    if (!source.named) head.appendChild(element(doc, 'span', 'tag', 'anonymous'));
    if (source.kind && source.kind !== 'person') {
      head.appendChild(element(doc, 'span', 'tag', KIND_NAMES[source.kind]?.[0] || source.kind));
    }
    const label = genderLabel(source, { givenNames });
    if (label) head.appendChild(element(doc, 'span', `tag gender gender-${source.counted}`, label));
    button.appendChild(head);
    const bar = element(doc, 'span', 'bar');
    bar.setAttribute('aria-hidden', 'true');
    const fill = element(doc, 'span', 'bar-fill');
    // A custom property set through the CSSOM: allowed by the page's style-src 'self'.
    fill.style.setProperty('--share', source.share.toFixed(3));
    bar.appendChild(fill);
    button.appendChild(bar);
    button.appendChild(
      element(
        doc,
        'span',
        'count',
        `${plural(source.quoted_words || 0, 'word', 'words')} · ${plural(source.quotes.length, 'quote', 'quotes')}`,
      ),
    );
    item.appendChild(button);
    // An unnamed source's description is its name already.
    const about = (source.roles || []).filter((r) => r !== source.name).slice(0, 2);
    if (source.affiliationName && !about.some((r) => r.includes(source.affiliationName))) {
      about.push(source.affiliationName);
    }
    if (about.length) item.appendChild(element(doc, 'p', 'roles', about.join(' · ')));
    chart.appendChild(item);
  }
  fragment.appendChild(chart);

  if (table.affiliations.length) {
    fragment.appendChild(element(doc, 'h3', 'affiliations-h', 'Affiliations'));
    const list = element(doc, 'ul', 'affiliations');
    for (const a of table.affiliations) {
      const li = element(doc, 'li');
      li.appendChild(element(doc, 'span', 'name', a.name));
      li.appendChild(element(doc, 'span', 'detail', `: ${a.sources.map((s) => s.name).join(', ')}`));
      list.appendChild(li);
    }
    fragment.appendChild(list);
  }
  return fragment;
}

/** The sources as CSV (RFC 4180, CRLF line ends), one row per source. */
export function sourcesCsv(report) {
  const header = [
    'id',
    'name',
    'named',
    'kind',
    'gender',
    'gender_basis',
    'roles',
    'affiliation',
    'quotes',
    'quoted_words',
  ];
  const rows = [header.join(',')];
  for (const s of Array.isArray(report.sources) ? report.sources : []) {
    const affiliation =
      s.affiliation === null || s.affiliation === undefined ? '' : report.entities[s.affiliation]?.name;
    rows.push(
      [
        s.id,
        csvCell(s.name),
        String(Boolean(s.named)),
        csvCell(s.kind),
        csvCell(s.gender || ''),
        csvCell(s.gender_basis || ''),
        csvCell((s.roles || []).join('; ')),
        csvCell(affiliation || ''),
        (s.quotes || []).length,
        s.quoted_words || 0,
      ].join(','),
    );
  }
  return `${rows.join('\r\n')}\r\n`;
}
