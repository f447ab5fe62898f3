import { readdirSync, readFileSync } from 'node:fs';
import * as fakes from '@seams/fakes';
import { describe, expect, it } from 'vitest';

// Each README example is a `<!-- example: name -->` line, then a ts block: its imports, then the
// code between `// #region name` and `// #endregion` in one of the `*.readme.test.ts` files here,
// where it runs. These tests keep the two the same, so an example cannot rot.

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The same code whatever the formatter did: no whitespace, no trailing commas. */
const tokens = (code: string) => code.replace(/\s+/g, '').replace(/,(?=[)\]}])/g, '');

function regions(): Map<string, string> {
  const found = new Map<string, string>();
  const folder = new URL('.', import.meta.url);
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.readme.test.ts'))) {
    const source = readFileSync(new URL(file, folder), 'utf8');
    for (const match of source.matchAll(/\/\/ #region ([\w-]+)\n([\s\S]*?)\n\s*\/\/ #endregion/g)) {
      found.set(match[1] ?? '', match[2] ?? '');
    }
  }
  return found;
}

/** README examples by name: the import lines, and the code after them. */
function examples(): Map<string, { imports: string; code: string }> {
  const found = new Map<string, { imports: string; code: string }>();
  for (const match of readme.matchAll(/<!-- example: ([\w-]+) -->\n+```ts\n([\s\S]*?)\n```/g)) {
    const block = match[2] ?? '';
    const imports = /^(?:import[\s\S]*?;\n)*/.exec(block)?.[0] ?? '';
    found.set(match[1] ?? '', { imports, code: block.slice(imports.length) });
  }
  return found;
}

describe('README examples', () => {
  const code = regions();
  const shown = examples();

  it('shows every example the readme tests run, and only those', () => {
    expect([...shown.keys()].sort()).toEqual([...code.keys()].sort());
    expect(shown.size).toBeGreaterThanOrEqual(15);
  });

  it.each([...shown.keys()])('%s: the README shows the code its test runs', (name) => {
    expect(tokens(shown.get(name)?.code ?? '')).toBe(tokens(code.get(name) ?? ''));
  });

  it.each([...shown.keys()])('%s: imports only what @seams/fakes exports', (name) => {
    const imports = shown.get(name)?.imports ?? '';
    for (const [, names = ''] of imports.matchAll(/import \{([^}]*)\} from '@seams\/fakes';/g)) {
      const values = names
        .split(',')
        .map((n) => n.trim())
        .filter((n) => n !== '' && !n.startsWith('type '));
      for (const value of values) expect(fakes, `${name} imports ${value}`).toHaveProperty(value);
    }
  });
});
