import type { EngineField, EngineResult } from '../postgres-engine.js';
import { outputText } from './output-text.js';
import { typeModifier, typeOid, typeSize } from './pg-type.js';
import { outputKey } from './select-analyzer.js';
import type { Typed } from './typed.js';

/** A pg-mem result as its query runner returns it. */
export interface PgMemResult {
  readonly command: string;
  readonly rowCount: number;
  readonly rows: ReadonlyArray<Record<string, unknown>>;
}

const COUNTED = new Set(['SELECT', 'UPDATE', 'DELETE', 'MERGE', 'FETCH', 'MOVE', 'COPY']);

/**
 * The wire form of a result: each value printed as PostgreSQL prints its type, the fields with
 * PostgreSQL's names and OIDs, and the command tag. `outputs` undefined: a statement with no rows.
 */
export function engineResult(
  result: PgMemResult,
  outputs: readonly Typed[] | undefined,
  command: string | undefined,
  enumOid: (name: string) => number,
): EngineResult {
  const tag = commandTag(command ?? result.command, outputs ? result.rows.length : result.rowCount);
  if (!outputs) return { command: tag, rows: [] };
  const fields: EngineField[] = outputs.map((output) => ({
    name: output.name,
    tableID: 0,
    columnID: 0,
    dataTypeID: typeOid(output.type, enumOid),
    dataTypeSize: typeSize(output.type),
    dataTypeModifier: typeModifier(output.type),
  }));
  const rows = result.rows.map((row) =>
    outputs.map((output, index) => outputText(row[outputKey(index)], output.type)),
  );
  return { command: tag, fields, rows };
}

function commandTag(command: string, rowCount: number): string {
  if (command === 'INSERT') return `INSERT 0 ${rowCount}`;
  if (COUNTED.has(command)) return `${command} ${rowCount}`;
  return command;
}
