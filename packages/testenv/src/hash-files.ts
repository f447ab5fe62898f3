import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(entry.parentPath, entry.name);
      return entry.isDirectory() ? listFiles(path) : [path];
    })
    .sort();
}

/**
 * sha256 (hex) over every file under `dir`, names and contents, line endings normalised: a
 * `templateKey` for `createTestDatabase` that changes exactly when a migration does.
 *
 * @example createTestDatabase({ templateKey: hashFiles(migrationsDir), migrate })
 */
export function hashFiles(dir: string): string {
  const hash = createHash('sha256');
  for (const file of listFiles(dir)) {
    hash.update(relative(dir, file).replaceAll('\\', '/')).update('\0');
    hash.update(readFileSync(file, 'utf8').replace(/\r\n/g, '\n')).update('\0');
  }
  return hash.digest('hex');
}
