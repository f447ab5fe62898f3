import type { Statement } from 'pgsql-ast-parser';
import type { Catalog } from './catalog.js';
import { literalOf } from './literals.js';
import { type PgType, T } from './pg-type.js';
import { pgError } from './refusal.js';
import type { Typed } from './typed.js';

/** The highest `$n` the statements use: what PostgreSQL requires the Bind message to supply. */
export function highestParameter(statements: readonly Statement[]): number {
  let highest = 0;
  for (const match of JSON.stringify(statements).matchAll(/"type":"parameter","name":"\$(\d+)"/g)) {
    highest = Math.max(highest, Number(match[1]));
  }
  return highest;
}

/** PostgreSQL's check of the values against the placeholders, before anything runs. */
export function checkParameterCount(
  statements: readonly Statement[],
  params: readonly unknown[] | undefined,
  paramTypes: readonly number[] = [],
): void {
  const required = highestParameter(statements);
  if (params === undefined) {
    if (required > 0) throw pgError('42P02', `there is no parameter $${required}`);
    return;
  }
  // Parsing comes before Bind: a placeholder below the highest that nothing uses has no type.
  const used = new Set(
    [...JSON.stringify(statements).matchAll(/"type":"parameter","name":"\$(\d+)"/g)].map((m) => Number(m[1])),
  );
  for (let n = 1; n < required; n += 1) {
    if (!used.has(n) && !paramTypes[n - 1])
      throw pgError('42P18', `could not determine data type of parameter $${n}`);
  }
  if (params.length !== required) {
    throw pgError(
      '08P01',
      `bind message supplies ${params.length} parameters, but prepared statement "" requires ${required}`,
    );
  }
}

/**
 * Binds `$n` as PostgreSQL does: the parameter takes the type its first use implies (a column it is
 * compared with or assigned to, a cast), and its text is read by that type's input function, with
 * that type's errors. A parameter nothing types is text, as in a select list.
 */
export class ParameterBinder {
  readonly #types = new Map<number, PgType>();

  constructor(
    private readonly values: readonly (string | null)[] | undefined,
    private readonly catalog: Catalog,
  ) {}

  bind(name: string, expected: PgType | undefined): Typed {
    const index = Number(name.slice(1)) - 1;
    if (this.values === undefined || index < 0 || index >= this.values.length) {
      throw pgError('42P02', `there is no parameter ${name}`);
    }
    const known = this.#types.get(index);
    const type: PgType = known ?? (expected && expected.name !== 'unknown' ? expected : T.text);
    if (!known) this.#types.set(index, type);
    const enumLabels = type.enumName ? this.catalog.enumLabels(type.enumName) : undefined;
    return {
      expr: literalOf(this.values[index] ?? null, type, enumLabels),
      type,
      name: '?column?',
      untyped: true,
    };
  }
}
