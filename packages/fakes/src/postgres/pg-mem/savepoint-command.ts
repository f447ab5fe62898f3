/** A savepoint statement sent on its own (pgsql-ast-parser does not parse these). */
export interface SavepointCommand {
  readonly kind: 'savepoint' | 'rollback to' | 'release';
  readonly name: string;
}

const PATTERNS: ReadonlyArray<readonly [RegExp, SavepointCommand['kind']]> = [
  [/^SAVEPOINT\s+("[^"]+"|\w+)$/i, 'savepoint'],
  [/^ROLLBACK(?:\s+(?:WORK|TRANSACTION))?\s+TO\s+(?:SAVEPOINT\s+)?("[^"]+"|\w+)$/i, 'rollback to'],
  [/^RELEASE\s+(?:SAVEPOINT\s+)?("[^"]+"|\w+)$/i, 'release'],
];

/** The savepoint command in `text`, with its name as PostgreSQL folds it (unquoted names to lower case). */
export function savepointCommand(text: string): SavepointCommand | undefined {
  const statement = text.replace(/^\s+|[\s;]+$/g, '');
  for (const [pattern, kind] of PATTERNS) {
    const raw = pattern.exec(statement)?.[1];
    if (raw !== undefined) return { kind, name: raw.startsWith('"') ? raw.slice(1, -1) : raw.toLowerCase() };
  }
  return undefined;
}

/** `ANALYZE [VERBOSE] [table [, ...]]` sent on its own, with its tables' names as PostgreSQL folds them. */
export function analyzeCommand(text: string): { readonly tables: readonly string[] } | undefined {
  const statement = text.replace(/^\s+|[\s;]+$/g, '');
  const match = /^ANALYZE(?:\s+VERBOSE)?(?:\s+((?:"[^"]+"|\w+)(?:\s*,\s*(?:"[^"]+"|\w+))*))?$/i.exec(
    statement,
  );
  if (!match) return undefined;
  const names = match[1]?.split(/\s*,\s*/) ?? [];
  return { tables: names.map((raw) => (raw.startsWith('"') ? raw.slice(1, -1) : raw.toLowerCase())) };
}
