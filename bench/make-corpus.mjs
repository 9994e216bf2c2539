#!/usr/bin/env node
// Writes the benchmark corpus: news-like articles made by varying the project's committed
// articles, with names and numbers changed by a seeded PRNG. The same tree and seed always give
// byte-identical files.
//
//   node bench/make-corpus.mjs [--out DIR] [--seed N]
//
// Seeds: the committed articles, every *.txt of at least 1,500 bytes under tests/data/ (recursively;
// not LICENSE or README files), deduplicated by content, in path order. Output in DIR (default
// bench/out/):
//   corpus-100k.txt, corpus-1m.txt, corpus-10m.txt  articles separated by U+001E (record separator);
//                                                   each is a prefix of the next, of at least
//                                                   100,000 / 1,000,000 / 10,000,000 bytes
//   single-1m.txt, single-10m.txt                   the same articles joined into one text
//   corpus.json                                     sizes, article counts, SHA-256s and the seeds

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SEPARATOR = '\u001e';
export const SIZES = [
  ['100k', 100_000],
  ['1m', 1_000_000],
  ['10m', 10_000_000],
];

// Given names and surnames from many languages. A person name in a seed is a run of capitalised
// words starting with a given name (or with a family name written first, as in Korean and
// Chinese); it and its later surname-only mentions are replaced consistently within an article.
const GIVEN = `Aaron Abdul Adam Adriana Ahmed Aisha Akira Alan Alejandro Alexander Alice Amara Amir
Ana Anders Andrea Andreas Andrew Angela Anna Anthony Antonio Arjun Axel Ayesha Barack Beatriz Ben
Benjamin Boris Brian Bruno Caitlin Camille Carlos Caroline Catherine Charlene Charles Chiara Chloe
Chris Christine Claire Colin Daniel David Deborah Diego Dmitri Dries Eden Elena Elif Elizabeth Emily
Emma Enver Eric Farouk Fatima Ferjani Francesca Francis George Gloria Grace Hannah Harry Hassan Helen
Hernan Hiroshi Ibrahim Igor Ines Isabel Ivan Jack Jacob James Jane Javier Jean Jennifer Jesse Joel
John Jorge Jose Joseph Juan Julia Karen Karim Katarzyna Kenji Kevin Kwame Kyle Laura Leila Liam Lina
Linda Lucas Lydia Maria Marco Marcus Margaret Maria Mark Martin Mary Mateo Matthew Mei Michael
Michelle Miguel Mohammed Mouez Nabil Nacer Nadia Natalia Nicola Nikolai Olga Omar Pablo Patricia Paul
Pedro Peter Priya Rachel Rafael Rahul Rishi Robert Romelu Rosa Samuel Sandra Sara Sarah Sergei Simon
Sofia Sophie Stefan Steven Suella Susan Tariq Thibaut Thomas Tomas Valentina Victor Vikram Walter
William Yannick Yasmin Yuki Yvette Zainab`.split(/\s+/);
const FAMILY_FIRST = `Kim Park Lee Choi Jung Hwang Zhang Wang Li Liu Chen Yang Zhao Huang Zhou Wu Xu Sun
Zhu Shi Mu Nguyen Tran`.split(/\s+/);
const SURNAMES = `Abadi Adeyemi Agarwal Almeida Andersen Arslan Bauer Becker Bianchi Borges Brennan
Carvalho Castillo Chowdhury Costa Dalton Da Silva Dubois Eriksson Esposito Farouk Ferreira Fischer
Fontaine Garcia Gonzalez Greco Gupta Haddad Hansen Hartmann Hernandez Hoffmann Horvath Ibrahim Ivanova
Jansen Jensen Kaminski Kapoor Karimi Kelly Kowalski Kuznetsov Larsen Laurent Lindqvist Lopez Mahlangu
Marchetti Martins Mehta Mendoza Moreau Morozov Mwangi Nakamura Nasser Novak Nowak Nyberg Obi Okafor
Okonkwo Olsen Ortiz Osei Petrov Popescu Quinn Rahman Ramirez Reyes Rossi Sato Schmidt Schneider Silva
Sokolov Suzuki Takahashi Tanaka Torres Tremblay Vargas Varga Volkov Wagner Walsh Weber Yamamoto Yilmaz
Zielinski`.split(/\s+/);
const GIVEN_SET = new Set(GIVEN);
const FAMILY_FIRST_SET = new Set(FAMILY_FIRST);
const NAME_WORD = "[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?";
const NAME_RUN = new RegExp(`\\b${NAME_WORD}(?: ${NAME_WORD})+\\b`, 'g');

// mulberry32: a small 32-bit PRNG, the same on every platform.
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const int = (rand, lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function listTexts(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) {
      out.push(...listTexts(path));
    } else if (name.endsWith('.txt') && st.size >= 1500 && !/^(license|readme|copying|notice)/i.test(name)) {
      out.push(path);
    }
  }
  return out;
}

/** The seed articles: [{ path, text }], deduplicated by content, in path order. */
export function seeds(root = ROOT) {
  const paths = listTexts(join(root, 'tests/data'));
  const seen = new Set();
  const out = [];
  for (const path of paths) {
    const text = readFileSync(path, 'utf8').replace(/\r\n/g, '\n').trim();
    const hash = createHash('sha256').update(text).digest('hex');
    if (seen.has(hash) || text.includes(SEPARATOR)) continue;
    seen.add(hash);
    out.push({ path: relative(root, path), text });
  }
  return out;
}

/** Replaces every digit run by random digits of the same length (years stay plausible years). */
function varyNumbers(text, rand) {
  return text.replace(/\d+/g, (d) => {
    if (d.length === 4 && /^(19|20)/.test(d)) return String(int(rand, 1950, 2029));
    if (d.length <= 2) {
      const n = Number(d);
      return String(int(rand, 1, n <= 12 ? 12 : n <= 31 ? 28 : 99));
    }
    let s = String(int(rand, d[0] === '0' ? 0 : 1, 9));
    for (let i = 1; i < d.length; i++) s += String(int(rand, 0, 9));
    return s;
  });
}

/** Replaces person names (and their later surname-only mentions) consistently. */
function varyNames(text, rand) {
  const surnames = new Map();
  const replaced = text.replace(NAME_RUN, (run) => {
    // A run may start with titles ("Prime Minister Rishi Sunak"): the name starts at its first
    // given (or family-first) name and takes at most two more words.
    const words = run.split(' ');
    const at = words.findIndex(
      (w, i) => i + 1 < words.length && (GIVEN_SET.has(w) || FAMILY_FIRST_SET.has(w)),
    );
    if (at < 0) return run;
    const name = words.slice(at, at + 3);
    const familyFirst = FAMILY_FIRST_SET.has(name[0]);
    const family = familyFirst ? name[0] : name[name.length - 1];
    if (!surnames.has(family)) {
      surnames.set(family, familyFirst ? pick(rand, FAMILY_FIRST) : pick(rand, SURNAMES));
    }
    const given = familyFirst
      ? `${pick(rand, ['Min', 'Ji', 'Hee', 'Xiao', 'Wei', 'Jun'])}-${pick(rand, ['ho', 'woo', 'yeon', 'ling', 'ming'])}`
      : pick(rand, GIVEN);
    const varied = familyFirst ? `${surnames.get(family)} ${given}` : `${given} ${surnames.get(family)}`;
    return [...words.slice(0, at), varied, ...words.slice(at + 3)].join(' ');
  });
  if (surnames.size === 0) return replaced;
  const alone = new RegExp(`\\b(${[...surnames.keys()].map(escape).join('|')})\\b`, 'g');
  return replaced.replace(alone, (s) => surnames.get(s));
}

/** One article: a seed with some body paragraphs dropped, names and numbers varied. */
function article(seedList, rand) {
  const seed = pick(rand, seedList);
  const paragraphs = seed.text.split(/\n\s*\n/);
  const kept = paragraphs.filter((_, i) => i < 2 || rand() >= 0.15);
  return varyNumbers(varyNames(kept.join('\n\n'), rand), rand);
}

/** The article stream: as many articles as make at least `bytes` UTF-8 bytes. */
export function articles(seedList, bytes, seed = 1) {
  const rand = prng(seed);
  const out = [];
  let total = 0;
  while (total < bytes) {
    const a = article(seedList, rand);
    out.push(a);
    total += Buffer.byteLength(a) + (out.length > 1 ? 1 : 0);
  }
  return out;
}

function main() {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : dflt;
  };
  const outDir = opt('--out', join(ROOT, 'bench/out'));
  const seed = Number(opt('--seed', '1'));
  const seedList = seeds();
  if (seedList.length === 0) throw new Error('no seed articles found');
  mkdirSync(outDir, { recursive: true });

  const all = articles(seedList, SIZES[SIZES.length - 1][1], seed);
  const manifest = { seed, seeds: seedList.map((s) => s.path), files: {} };
  const write = (name, text, count) => {
    writeFileSync(join(outDir, name), text);
    manifest.files[name] = {
      bytes: Buffer.byteLength(text),
      articles: count,
      sha256: createHash('sha256').update(text).digest('hex'),
    };
  };
  for (const [label, bytes] of SIZES) {
    const chosen = [];
    let total = 0;
    for (const a of all) {
      if (total >= bytes) break;
      chosen.push(a);
      total += Buffer.byteLength(a) + (chosen.length > 1 ? 1 : 0);
    }
    write(`corpus-${label}.txt`, chosen.join(SEPARATOR), chosen.length);
    if (label !== '100k') write(`single-${label}.txt`, chosen.join('\n\n'), 1);
  }
  writeFileSync(join(outDir, 'corpus.json'), JSON.stringify(manifest, null, 2) + '\n');
  for (const [name, f] of Object.entries(manifest.files)) {
    console.log(`${name}: ${f.bytes} bytes, ${f.articles} article(s), sha256 ${f.sha256.slice(0, 12)}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
