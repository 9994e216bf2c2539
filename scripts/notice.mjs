// The licence and data credits shipped in the npm package and the wheel (NOTICE.md): the
// "Attribution" section of data/README.md under a short licence header, so it never drifts.
//   node scripts/notice.mjs > FILE      (npm/build.mjs imports notice())
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The text of NOTICE.md. */
export function notice() {
  const data = readFileSync(join(repo, 'data', 'README.md'), 'utf8');
  const at = data.indexOf('## Attribution');
  if (at < 0) throw new Error('data/README.md has no "## Attribution" section');
  const credits = data.slice(at).split(/\n(?=## )/)[0];
  return `# quotemark: licence and data credits

quotemark's code is licensed under either of the Apache License, Version 2.0 (LICENSE-APACHE) or
the MIT licence (LICENSE-MIT), at your option. Copyright quotemark contributors.

quotemark contains word lists compiled from openly licensed and public-domain sources.

${credits.replace('## Attribution', '## Data credits').trim()}
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.stdout.write(notice());
}
