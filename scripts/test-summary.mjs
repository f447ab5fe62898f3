// Sums vitest's per-package summary lines from CI logs into one closing line per pass and a total.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
  const log = stripVTControlCharacters(readFileSync(file, 'utf8'));
  let p = 0;
  let f = 0;
  let s = 0;
  for (const match of log.matchAll(/^\S*\s*Tests\s+(.*)$/gm)) {
    const line = match[1];
    p += Number(/(\d+) passed/.exec(line)?.[1] ?? 0);
    f += Number(/(\d+) failed/.exec(line)?.[1] ?? 0);
    s += Number(/(\d+) skipped/.exec(line)?.[1] ?? 0);
  }
  console.log(`${basename(file, '.log')}: ${p} passed, ${f} failed${s ? `, ${s} skipped` : ''}`);
  passed += p;
  failed += f;
  skipped += s;
}
console.log(`total: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
if (failed > 0 || passed === 0) process.exit(1);
