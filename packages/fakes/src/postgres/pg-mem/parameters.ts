import type { Statement } from 'pgsql-ast-parser';
import { FakePostgresError } from '../fake-postgres-error.js';
import type { Catalog } from './catalog.js';
import { arrayTextLength } from './constant-folding.js';
import { markAt } from './error-position.js';
import { genericPlanRefusal, markGenericParameter } from './generic-plans.js';
import { literalOf } from './literals.js';
import { isNumber, isText, isTimestamp, type PgType, T } from './pg-type.js';
import { pgError, refuse } from './refusal.js';
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
  // Parse analysis has no parameter $0 to give a type to, whatever the Bind supplies.
  if (/"type":"parameter","name":"\$0+"/.test(JSON.stringify(statements)))
    throw atOnlyUse(pgError('42P02', 'there is no parameter $0'), statements, (n) => /^\$0+$/.test(n));
  if (params === undefined) {
    if (required > 0)
      throw atOnlyUse(
        pgError('42P02', `there is no parameter $${required}`),
        statements,
        (n) => Number(n.slice(1)) === required,
      );
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

/** A 42P02 that analysis raised as it met `$n` without a value, located at `$n` as PostgreSQL locates it. */
export function locatedMissingParameter(
  error: FakePostgresError,
  statements: readonly Statement[],
): FakePostgresError {
  const missing = /^there is no parameter \$(\d+)$/.exec(error.message)?.[1];
  if (error.code !== '42P02' || missing === undefined || error.details.position !== undefined) return error;
  return atOnlyUse(error, statements, (n) => Number(n.slice(1)) === Number(missing));
}

/**
 * The error located at the parameter it names (transformParamRef), when the statements use it
 * once: of two uses, which one PostgreSQL's analysis meets first is not sure.
 */
function atOnlyUse(
  error: FakePostgresError,
  statements: readonly Statement[],
  named: (name: string) => boolean,
) {
  const uses: object[] = [];
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    if (Reflect.get(node, 'type') === 'parameter' && named(String(Reflect.get(node, 'name'))))
      uses.push(node);
    for (const child of Object.values(node)) visit(child);
  };
  visit(statements);
  const [only] = uses;
  return uses.length === 1 && only ? markAt(error, only) : error;
}

/** How a parameter's type was first decided, for PostgreSQL's check that its uses agree (42P08). */
type Decided = 'immediate' | 'deferred' | 'defaulted';

/**
 * Binds `$n` as PostgreSQL does: the parameter takes the type its first use implies (a column it is
 * compared with or assigned to, a cast), and its text is read by that type's input function, with
 * that type's errors. A parameter nothing types is text, as in a select list.
 *
 * A use is deferred when the parameter stands alone as a whole value of a target list (a select
 * list item, an INSERT value, an UPDATE SET value), `list` naming that list: PostgreSQL reads the
 * whole list first, with the parameter still unknown, and coerces it afterwards. A deferred use
 * that must take another type than an earlier deferred use in the same list gave (`VALUES ($1,
 * $1)` into an int and a text column), or a later use that types a select-list parameter left to
 * become text (`SELECT $1 ... WHERE id = $1`), is PostgreSQL's 42P08; elsewhere (a later list,
 * an operator) a parameter already typed is just a value of that type.
 */
export class ParameterBinder {
  readonly #types = new Map<number, { type: PgType; decided: Decided; list?: object }>();

  constructor(
    private readonly values: readonly (string | null)[] | undefined,
    private readonly catalog: Catalog,
    private readonly binary: readonly boolean[] = [],
    /** An execution that may run a generic plan (see generic-plans.ts). */
    readonly generic = false,
  ) {}

  /**
   * How many elements the value sent for `name` holds read as an array: the planner counts a bound
   * array to cost `= ANY ($1)`. Undefined for a value sent in binary, NULL, or no array text.
   */
  arrayLength(name: string): number | undefined {
    // A generic plan counts no parameter (10 elements, unhashed), a custom plan counts them.
    if (this.generic)
      throw genericPlanRefusal(`the cost of \`= ANY (${name})\` beside a condition that can fail`);
    const index = Number(name.slice(1)) - 1;
    const sent = this.values?.[index];
    if (typeof sent !== 'string' || this.binary[index] === true) return undefined;
    return arrayTextLength(sent);
  }

  /** Set on a binder made by `lenient()`: a value its type's input refuses reads as NULL. */
  #nullForBadValues = false;
  /** The error a parameter's input raised while analysis met the parameter (not a refusal). */
  inputError: FakePostgresError | undefined;

  /**
   * A binder of the same values that reads a value its type's input refuses, or a value the Bind
   * does not supply, as NULL. PostgreSQL reads the values at Bind, after parse analysis: the engine
   * binds them as its analysis meets them, so an analysis run with this binder tells whether parse
   * analysis alone would have failed first.
   */
  lenient(): ParameterBinder {
    const binder = new ParameterBinder(this.values, this.catalog, this.binary, this.generic);
    binder.#nullForBadValues = true;
    return binder;
  }

  /** PostgreSQL's 42P02 for `$n` when the message supplies no value for it (see bind). */
  require(name: string): void {
    const index = Number(name.slice(1)) - 1;
    const unsupplied = this.values !== undefined && index >= this.values.length && this.#nullForBadValues;
    if (this.values === undefined || index < 0 || (index >= this.values.length && !unsupplied)) {
      throw pgError('42P02', `there is no parameter ${name}`);
    }
  }

  bind(name: string, expected: PgType | undefined, list?: object): Typed {
    this.require(name);
    const index = Number(name.slice(1)) - 1;
    if (this.values === undefined) throw pgError('42P02', `there is no parameter ${name}`);
    const wanted = expected && expected.name !== 'unknown' ? expected : undefined;
    const known = this.#types.get(index);
    if (known && wanted && !sameParameterType(known.type, wanted)) {
      // A text-like comparison (varchar = $1) resolves as text = text: the same text.
      if (known.decided === 'defaulted' && !(isText(wanted) && list === undefined))
        throw inconsistent(name, `${formatType(wanted)} versus ${formatType(known.type)}`);
      if (known.decided === 'deferred' && list !== undefined && known.list === list)
        throw inconsistent(name, `${formatType(known.type)} versus ${formatType(wanted)}`);
      // A target-list value then an operand of another type: `INSERT ... VALUES ($1) RETURNING $1 ||
      // 'x'` (PostgreSQL coerces VALUES to the column first, then reads the integer as an operand),
      // `SET label = $1, n = $1 + 1` (42P08 there). (UPDATE's WHERE and RETURNING come before SET.)
      if (known.decided === 'deferred' && list === undefined && category(known.type) !== category(wanted))
        throw refuse(
          `the parameter ${name} as a ${formatType(known.type)} value and a ${formatType(wanted)} operand`,
        );
    }
    // A parameter's type has no modifier: each use of a timestamp applies its own (an assignment to
    // a timestamp(0) column or a cast rounds the value, a comparison takes it whole).
    const perUse = known && wanted && isTimestamp(wanted) && sameParameterType(known.type, wanted);
    const type: PgType = perUse ? wanted : (known?.type ?? wanted ?? T.text);
    if (!known) {
      const decided: Decided = wanted ? (list !== undefined ? 'deferred' : 'immediate') : 'defaulted';
      this.#types.set(index, { type, decided, ...(list !== undefined && { list }) });
    }
    const enumLabels = type.enumName ? this.catalog.enumLabels(type.enumName) : undefined;
    const binary = this.binary[index] === true;
    const sent = this.values[index] ?? null;
    // Bind reads $1, $2, ... in order, after the whole statement is analysed; the engine binds each
    // as analysis meets it (an UPDATE's WHERE before its SET). An error names its parameter only
    // when every parameter before it has been read already; else bindError() finds Bind's own.
    const first = Array.from({ length: index }, (_, before) => before).every((before) =>
      this.#types.has(before),
    );
    const value = this.#read(first ? index : undefined, type, binary ? undefined : sent, () =>
      this.#input(index, type, name),
    );
    const expr = literalOf(value, type, enumLabels);
    return {
      expr: this.generic ? markGenericParameter(expr) : expr,
      type,
      name: '?column?',
      untyped: true,
    };
  }

  /**
   * The error PostgreSQL's Bind raises reading the values in order, `$1` first, each by the input
   * function of the type analysis gave it (text when nothing typed it): what a statement fails
   * with when values fail their input, once parse analysis has nothing to say. Call it on a
   * lenient() binder the whole statement's analysis has run with. Undefined: every value reads.
   */
  bindError(): FakePostgresError | undefined {
    for (let index = 0; index < (this.values?.length ?? 0); index += 1) {
      const type = this.#types.get(index)?.type ?? T.text;
      const sent = this.values?.[index] ?? null;
      const binary = this.binary[index] === true;
      try {
        duringBind(contextIndex(index, type), binary ? undefined : sent, () =>
          this.#input(index, type, `$${index + 1}`),
        );
      } catch (error) {
        if (error instanceof FakePostgresError && error.code !== '0A000') return error;
        throw error;
      }
    }
    return undefined;
  }

  /** `$n`'s value read by its type's input function, as Bind reads it: the text kept for the literal. */
  #input(index: number, type: PgType, name: string): string | null {
    const sent = this.values?.[index] ?? null;
    const text = this.binary[index] === true ? fromBinary(sent, type, name) : sent;
    const enumLabels = type.enumName ? this.catalog.enumLabels(type.enumName) : undefined;
    // The input function of the parameter's type, which has no modifier: a varchar(5) or a
    // numeric(6, 2) column checks its length or precision afterwards, at assignment, outside Bind.
    literalOf(
      text,
      {
        name: type.name,
        ...(type.array && { array: true }),
        ...(type.enumName !== undefined && { enumName: type.enumName }),
      },
      enumLabels,
    );
    return text;
  }

  #read(
    index: number | undefined,
    type: PgType,
    shown: string | null | undefined,
    input: () => string | null,
  ): string | null {
    try {
      return duringBind(index === undefined ? undefined : contextIndex(index, type), shown, input);
    } catch (error) {
      if (!(error instanceof FakePostgresError) || error.code === '0A000') throw error;
      if (this.#nullForBadValues) return null;
      this.inputError ??= error;
      throw error;
    }
  }
}

/**
 * The index an input error's context names: none for JSON, whose error context starts with its own
 * line ("JSON data, line 1: ...") that the engine does not write; the parameter's line alone would
 * be a context PostgreSQL never gives.
 */
function contextIndex(index: number, type: PgType): number | undefined {
  return type.name === 'json' || type.name === 'jsonb' ? undefined : index;
}

/** Types whose values compare with each other: numbers, texts, else one type each. */
function category(type: PgType): string {
  if (type.array) return `${type.name}[]`;
  return isNumber(type) ? 'number' : isText(type) ? 'text' : (type.enumName ?? type.name);
}

function inconsistent(name: string, detail: string): Error {
  return pgError('42P08', `inconsistent types deduced for parameter ${name}`, { detail });
}

/**
 * Runs a parameter's input as PostgreSQL's Bind does, whose error context names the parameter:
 * `unnamed portal parameter $n = '...'`, the value cut to nothing under
 * log_parameter_max_length_on_error's default (0), so "..." when there was any. A binary value, and
 * text refused before it is read (a NUL: the encoding check), are named without a value.
 */
function duringBind<Result>(
  index: number | undefined,
  text: string | null | undefined,
  input: () => Result,
): Result {
  try {
    return input();
  } catch (error) {
    if (
      index === undefined ||
      !(error instanceof FakePostgresError) ||
      error.code === '0A000' ||
      error.details.where !== undefined
    )
      throw error;
    const shown =
      text === null || text === undefined || error.code === '22021' ? '' : ` = '${text === '' ? '' : '...'}'`;
    throw new FakePostgresError(error.code, error.message, {
      cause: error,
      fields: { ...error.details, where: `unnamed portal parameter $${index + 1}${shown}` },
    });
  }
}

/** The same type for a parameter: modifiers apart, as PostgreSQL's parameter types have none. */
function sameParameterType(a: PgType, b: PgType): boolean {
  return a.name === b.name && !!a.array === !!b.array && a.enumName === b.enumName;
}

const TYPE_NAMES: Partial<Record<PgType['name'], string>> = {
  bool: 'boolean',
  int2: 'smallint',
  int4: 'integer',
  int8: 'bigint',
  float8: 'double precision',
  varchar: 'character varying',
  timestamptz: 'timestamp with time zone',
  timestamp: 'timestamp without time zone',
};

/** A type as PostgreSQL's format_type_be prints it in a message (no modifiers). */
export function formatType(type: PgType): string {
  const base = type.enumName ?? TYPE_NAMES[type.name] ?? type.name;
  return type.array ? `${base}[]` : base;
}

/**
 * A parameter sent in binary (pg's Buffer, carried as bytea hex text) read as PostgreSQL's binary
 * input of its type reads it: a bytea as the bytes; a text as the bytes in UTF-8, with text's
 * refusal of a NUL or a bad sequence; any other type's binary layout is not read here.
 */
function fromBinary(value: string | null, type: PgType, name: string): string | null {
  if (value === null || (type.name === 'bytea' && !type.array)) return value;
  if (!isText(type) || type.array)
    throw refuse(`a binary (Buffer) parameter ${name} of type ${formatType(type)}`);
  const bytes = Buffer.from(value.slice(2), 'hex');
  // PostgreSQL's text receive verifies the encoding: a NUL or a bad sequence is 22021.
  let text: string | undefined;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = undefined;
  }
  if (text === undefined || bytes.includes(0))
    throw pgError('22021', 'invalid byte sequence for encoding "UTF8"');
  return text;
}
