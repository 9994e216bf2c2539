// Builds canned reports (the output contract, UTF-16 offsets) from strings, for the tests.

/** The `nth` (0-based) occurrence of `needle` in `text` as {start, end, text}. */
export function findSpan(text, needle, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${JSON.stringify(needle)} #${nth} not in the text`);
  }
  return { start: at, end: at + needle.length, text: needle };
}

/**
 * cannedReport(text, {
 *   mentions: [[needle, type, entity, nth?]],
 *   quotes: [[needle, kind, speaker | null, cue needle | null]],
 * }) where speaker is {text, name, entity, named, nth?}. Entities are made from the mentions.
 */
export function cannedReport(text, { mentions = [], quotes = [] }) {
  const records = mentions
    .map(([needle, type, entity, nth = 0]) => ({ ...findSpan(text, needle, nth), type, entity }))
    .sort((a, b) => a.start - b.start);
  const entities = [];
  records.forEach((m, index) => {
    if (!entities[m.entity]) {
      entities[m.entity] = { id: m.entity, type: m.type, name: m.text, mentions: [] };
    }
    entities[m.entity].mentions.push(index);
    if (m.text.length > entities[m.entity].name.length) entities[m.entity].name = m.text;
  });
  const quoteRecords = quotes.map(([needle, kind, speaker, cue]) => {
    const span = findSpan(text, needle);
    const after = (n) => {
      const at = text.indexOf(n, span.end);
      return at >= 0 ? { start: at, end: at + n.length, text: n } : findSpan(text, n);
    };
    return {
      ...span,
      kind,
      speaker: speaker
        ? {
            ...(speaker.nth === undefined ? after(speaker.text) : findSpan(text, speaker.text, speaker.nth)),
            name: speaker.name,
            entity: speaker.entity,
            named: speaker.named,
          }
        : null,
      cue: cue ? after(cue) : null,
    };
  });
  return { version: 1, offsets: 'utf16', entities, mentions: records, quotes: quoteRecords };
}
