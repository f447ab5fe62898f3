import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { hashFiles } from './hash-files.js';

function migrationsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'seams-hash-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('hashFiles', () => {
  it('is the same for the same files, whatever the line endings', () => {
    const unix = migrationsDir({ '0001_a.sql': 'CREATE TABLE a();\n' });
    const windows = migrationsDir({ '0001_a.sql': 'CREATE TABLE a();\r\n' });
    expect(hashFiles(unix)).toBe(hashFiles(windows));
  });

  it('changes when a file is edited, added or renamed', () => {
    const base = hashFiles(migrationsDir({ '0001_a.sql': 'x' }));
    expect(hashFiles(migrationsDir({ '0001_a.sql': 'y' }))).not.toBe(base);
    expect(hashFiles(migrationsDir({ '0001_a.sql': 'x', 'sub/0002_b.sql': '' }))).not.toBe(base);
    expect(hashFiles(migrationsDir({ '0001_b.sql': 'x' }))).not.toBe(base);
  });
});
