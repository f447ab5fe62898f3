import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One implementation's registration of one contract, as the fidelity table reads it. */
export interface FidelityRecord {
  readonly port: string;
  readonly target: string;
  readonly cases: readonly string[];
  readonly divergences: Readonly<Record<string, string | undefined>>;
}

/**
 * When `SEAMS_FIDELITY_DIR` is set (by `pnpm fidelity`, which only collects tests), writes the
 * registration there so the README's fidelity table is generated from the code, not by hand.
 */
export function recordRegistration(record: FidelityRecord): void {
  const dir = process.env.SEAMS_FIDELITY_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const file = `${record.port}--${record.target}`.replace(/[^A-Za-z0-9._-]+/g, '_');
  writeFileSync(join(dir, `${file}.json`), `${JSON.stringify(record, null, 2)}\n`);
}
