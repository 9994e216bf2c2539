#!/usr/bin/env node
// Runs one tool over one corpus file in this (fresh) process and prints one JSON line.
//
//   node bench/runner.mjs TOOL FILE [--min-seconds S] [--budget-seconds S] [--pkg DIR]
//
// TOOL: quotemark-wasm | compromise | wink. FILE: articles separated by U+001E
// (bench/make-corpus.mjs). Each article is one call, as a user would make it:
//   quotemark-wasm  analyze(text, { offsets: "utf16" }) from the --target web build (--pkg DIR,
//                   default www/pkg), loaded with initSync
//   compromise      nlp(text) with the compromise-dates plugin, then .people(), .organizations(),
//                   .places(), .quotations() and .dates(), each .out('array')
//   wink            nlp.readDoc(text).entities().out(its.detail) with wink-eng-lite-web-model
//
// Timing: "first_ms" runs from just before the library is imported (Node itself already started)
// to the first article's result. Then the corpus is run in passes until --min-seconds have gone by
// (at most 1,000 passes; for a file of one text, the first call is the first pass) and the median
// pass is reported by the wall clock; by the main thread's CPU time (/proc/thread-self/schedstat,
// which a busy shared machine disturbs less, counted by the kernel in scheduler ticks), the mean pass. A pass still running after --budget-seconds stops at
// the next article, and then the rate is over the articles it finished.
// Peak memory: process.resourceUsage().maxRSS; for wasm also the linear memory's final size.

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

const TOOLS = {
  'quotemark-wasm': {
    async load(opts) {
      const pkg = resolve(opts.pkg ?? join(HERE, '../www/pkg'));
      const glue = await import(pathToFileURL(join(pkg, 'quotemark.js')).href);
      const wasm = glue.initSync({ module: readFileSync(join(pkg, 'quotemark_bg.wasm')) });
      return { glue, wasm };
    },
    analyze({ glue }, text) {
      const r = glue.analyze(text, { offsets: 'utf16' });
      return { entities: r.entities.length, quotes: r.quotes.length };
    },
    extra({ wasm }) {
      return { wasm_memory_bytes: wasm.memory.buffer.byteLength };
    },
  },
  compromise: {
    async load() {
      const nlp = (await import('compromise')).default;
      const dates = (await import('compromise-dates')).default;
      nlp.plugin(dates);
      return nlp;
    },
    analyze(nlp, text) {
      const doc = nlp(text);
      const found =
        doc.people().out('array').length +
        doc.organizations().out('array').length +
        doc.places().out('array').length +
        doc.dates().out('array').length;
      return { entities: found, quotes: doc.quotations().out('array').length };
    },
  },
  wink: {
    async load() {
      const winkNLP = (await import('wink-nlp')).default;
      const model = (await import('wink-eng-lite-web-model')).default;
      return winkNLP(model);
    },
    analyze(nlp, text) {
      const entities = nlp.readDoc(text).entities().out(nlp.its.detail);
      return { entities: entities.length, quotes: 0 };
    },
  },
};

/** CPU time of this (the main JS) thread in seconds, where Linux tells it; else null. */
function threadCpu() {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e9;
  } catch {
    return null;
  }
}

function parseArgs(argv) {
  const [tool, file, ...rest] = argv;
  const opts = { minSeconds: 1, budgetSeconds: Infinity };
  for (let i = 0; i < rest.length; i += 2) {
    const [k, v] = [rest[i], rest[i + 1]];
    if (k === '--min-seconds') opts.minSeconds = Number(v);
    else if (k === '--budget-seconds') opts.budgetSeconds = Number(v);
    else if (k === '--pkg') opts.pkg = v;
    else throw new Error(`unknown option ${k}`);
  }
  if (!TOOLS[tool] || !file) {
    throw new Error(`usage: runner.mjs (${Object.keys(TOOLS).join('|')}) FILE [options]`);
  }
  return { tool, file, opts };
}

async function main() {
  const { tool, file, opts } = parseArgs(process.argv.slice(2));
  const impl = TOOLS[tool];
  const articles = readFileSync(file, 'utf8').split('\u001e');
  const sizes = articles.map((a) => Buffer.byteLength(a));

  const t0 = performance.now();
  const api = await impl.load(opts);
  const c1 = threadCpu();
  const t1 = performance.now();
  let found = impl.analyze(api, articles[0]);
  const t2 = performance.now();
  const c2 = threadCpu();
  const firstMs = t2 - t0;

  // A corpus of one text has had its first pass already: a long text may take long.
  const passes = articles.length === 1 ? [(t2 - t1) / 1000] : [];
  const cpuPasses = articles.length === 1 && c1 !== null ? [c2 - c1] : [];
  let partial = null;
  const started = performance.now();
  const deadline = started + opts.budgetSeconds * 1000;
  while (passes.length === 0 || (performance.now() - started < opts.minSeconds * 1000 && passes.length < 1000)) {
    const cpu = threadCpu();
    const pass = performance.now();
    const sum = { entities: 0, quotes: 0 };
    let done = 0;
    for (const article of articles) {
      const r = impl.analyze(api, article);
      sum.entities += r.entities;
      sum.quotes += r.quotes;
      done++;
      if (performance.now() > deadline && done < articles.length) break;
    }
    const seconds = (performance.now() - pass) / 1000;
    const cpuSeconds = cpu === null ? null : threadCpu() - cpu;
    found = sum;
    if (done < articles.length) {
      partial = { articles: done, bytes: sizes.slice(0, done).reduce((a, b) => a + b, 0), seconds, cpuSeconds };
      break;
    }
    passes.push(seconds);
    if (cpuSeconds !== null) cpuPasses.push(cpuSeconds);
  }
  const sorted = [...passes].sort((a, b) => a - b);
  // The kernel may count CPU time in scheduler ticks (4 ms here): use the mean over all passes.
  const cpuMean = cpuPasses.length ? cpuPasses.reduce((a, b) => a + b, 0) / cpuPasses.length : null;
  const result = {
    tool,
    file,
    bytes: partial ? partial.bytes : sizes.reduce((a, b) => a + b, 0),
    articles: partial ? partial.articles : articles.length,
    corpus_articles: articles.length,
    capped: partial !== null,
    seconds: partial ? partial.seconds : sorted[Math.floor((sorted.length - 1) / 2)],
    cpu_seconds: partial ? partial.cpuSeconds : cpuMean,
    passes: passes.length,
    first_ms: firstMs,
    max_rss_kib: process.resourceUsage().maxRSS,
    entities: found.entities,
    quotes: found.quotes,
    ...(impl.extra ? impl.extra(api) : {}),
  };
  console.log(JSON.stringify(result));
}

await main();
