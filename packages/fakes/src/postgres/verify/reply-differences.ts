import pg from 'pg';
import type { EngineReply, EngineRequest, EngineResult } from '../postgres-engine.js';

/**
 * What differs between two answers to one request, as lines for a diff: error codes, command tags
 * (row counts), and rows as node-pg would hand them to the caller (each value parsed with the
 * PostgreSQL answer's type, so `2` and `2.0`, or JSON key spacing, are not differences). Rows are
 * compared in order only when the statement orders them.
 */
export function describeDifferences(request: EngineRequest, mine: EngineReply, truth: EngineReply): string[] {
  const lines: string[] = [];
  const [mineError, truthError] = [mine.error, truth.error];
  if (mineError?.code !== truthError?.code) {
    lines.push(`error: pg-mem ${errorText(mineError)}; PostgreSQL ${errorText(truthError)}`);
  }
  const ordered = /\border\s+by\b/i.test(request.text);
  const count = Math.max(mine.results.length, truth.results.length);
  for (let index = 0; index < count; index++) {
    const [a, b] = [mine.results[index], truth.results[index]];
    const label = count > 1 ? `statement ${index + 1} ` : '';
    if (a?.command !== b?.command)
      lines.push(`${label}command: pg-mem ${a?.command}; PostgreSQL ${b?.command}`);
    const [rowsA, rowsB] = [rowsOf(a, b, ordered), rowsOf(b, b, ordered)];
    if (rowsA !== rowsB) lines.push(`${label}rows: pg-mem ${rowsA}`, `${label}rows: PostgreSQL ${rowsB}`);
  }
  return lines;
}

function errorText(error: EngineReply['error']): string {
  return error ? `${error.code} ${error.message.split('\n')[0]}` : 'no error';
}

/** The rows of `result` as JSON, each value parsed with the type `typed` (PostgreSQL's answer) gives its column. */
function rowsOf(result: EngineResult | undefined, typed: EngineResult | undefined, ordered: boolean): string {
  if (!result) return 'none';
  const fields = typed?.fields ?? result.fields ?? [];
  const rows = result.rows.map((row) =>
    JSON.stringify(
      Object.fromEntries(
        row.map((value, index) => {
          const field = fields[index];
          const parse = pg.types.getTypeParser(field?.dataTypeID ?? 25, 'text');
          const parsed: unknown = value === null ? null : parse(value);
          return [result.fields?.[index]?.name ?? String(index), parsed];
        }),
      ),
    ),
  );
  if (!ordered) rows.sort();
  return `[${rows.join(', ')}]`;
}
