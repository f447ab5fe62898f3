import type { Expr, ExprCall } from 'pgsql-ast-parser';
import { roundedNumeric, unify } from './expression-typer.js';
import { pgMemType } from './literals.js';
import { isInteger, isNumber, isText, type PgType, T } from './pg-type.js';
import { pgError, refuse } from './refusal.js';
import type { Typed } from './typed.js';

/** A typed call: the rewritten expression, its type, and its typed arguments. */
export interface TypedCall {
  readonly expr: Expr;
  readonly type: PgType;
  readonly parts: readonly Typed[];
  readonly aggregate?: boolean;
  readonly name?: string;
}

type ArgsTyper = (expected: readonly (PgType | undefined)[]) => Typed[];

const call = (expr: ExprCall, args: readonly Typed[], name = expr.function.name): Expr => ({
  ...expr,
  function: { name },
  args: args.map((arg) => arg.expr),
});

function arity(name: string, args: readonly Typed[], min: number, max = min): void {
  if (args.length < min || args.length > max) {
    throw pgError('42883', `function ${name}(${args.map((a) => a.type.name).join(', ')}) does not exist`);
  }
}

function textArgs(name: string, args: readonly Typed[]): void {
  for (const arg of args) {
    if (!isText(arg.type) && arg.type.name !== 'unknown' && arg.type.enumName === undefined) {
      throw refuse(`${name}() on ${arg.type.name}`);
    }
  }
}

/**
 * The functions the pg-mem engine runs, each with PostgreSQL's result type. A function missing here
 * is refused: pg-mem lacks many, and some it has answer differently (length on bytea, round).
 * `seams_*` functions are the engine's own, registered on every database (see pg-mem-functions.ts).
 */
export function typeCall(
  name: string,
  expr: ExprCall,
  typeArgs: ArgsTyper,
  typeOne: (arg: Expr) => Typed,
): TypedCall {
  switch (name) {
    case 'count': {
      if (expr.args.length === 1 && expr.args[0]?.type === 'ref' && expr.args[0].name === '*') {
        // count(1) is the same count; pg-mem's count(*) over a derived table counts the rows under
        // it: SELECT count(*) FROM (SELECT DISTINCT ...) s counted before DISTINCT.
        const one: Expr = { type: 'integer', value: 1 };
        return { expr: { ...expr, args: [one] }, type: T.int8, parts: [], aggregate: true };
      }
      const args = typeArgs([]);
      arity(name, args, 1);
      const [arg] = args;
      if (
        expr.distinct === 'distinct' &&
        arg &&
        (arg.type.array || ['timestamptz', 'timestamp', 'date', 'bytea'].includes(arg.type.name))
      ) {
        throw refuse(`count(DISTINCT ...) over ${arg.type.name} (pg-mem counts equal values as distinct)`);
      }
      return { expr: call(expr, args), type: T.int8, parts: [], aggregate: true };
    }
    case 'sum': {
      if (expr.distinct === 'distinct') throw refuse('sum(DISTINCT ...)');
      const args = typeArgs([]);
      arity(name, args, 1);
      const [arg] = args;
      if (!arg || !isNumber(arg.type)) throw refuse(`sum over ${arg?.type.name}`);
      const type: PgType =
        arg.type.name === 'int8'
          ? { name: 'numeric', scale: 0 }
          : isInteger(arg.type)
            ? T.int8
            : arg.type.name === 'numeric'
              ? { name: 'numeric', ...(arg.type.scale !== undefined && { scale: arg.type.scale }) }
              : T.float8;
      return { expr: roundedNumeric(call(expr, args), type), type, parts: [], aggregate: true };
    }
    case 'min':
    case 'max': {
      const args = typeArgs([]);
      arity(name, args, 1);
      const [arg] = args;
      if (!arg) throw refuse(name);
      if (arg.type.enumName !== undefined) throw refuse(`${name} over an enum`);
      if (arg.type.array || arg.type.name === 'jsonb' || arg.type.name === 'bool')
        throw refuse(`${name} over ${arg.type.name}`);
      // There is no max(varchar): PostgreSQL takes max(text), and reports text.
      const type =
        arg.type.name === 'numeric' && arg.type.precision !== undefined
          ? { name: 'numeric' as const, scale: arg.type.scale ?? 0 }
          : arg.type.name === 'varchar'
            ? T.text
            : arg.type;
      return { expr: call(expr, args), type, parts: [], aggregate: true };
    }
    case 'coalesce': {
      const first = expr.args.map(typeOne);
      const type = unify(
        first.map((a) => a.type),
        'COALESCE',
      );
      const args = typeArgs(expr.args.map(() => (type.name === 'unknown' ? T.text : type)));
      return { expr: call(expr, args), type: type.name === 'unknown' ? T.text : type, parts: args };
    }
    case 'lower':
    case 'upper': {
      const args = typeArgs([T.text]);
      arity(name, args, 1);
      textArgs(name, args);
      return { expr: call(expr, args, `seams_${name}`), type: T.text, parts: args };
    }
    case 'length':
    case 'char_length':
    case 'character_length':
    case 'octet_length': {
      const args = typeArgs([T.text]);
      arity(name, args, 1);
      textArgs(name, args);
      return {
        expr: call(expr, args, name === 'octet_length' ? 'seams_octet_length' : 'seams_length'),
        type: T.int4,
        parts: args,
      };
    }
    case 'gen_random_uuid': {
      arity(name, [], 0);
      if (expr.args.length > 0) throw pgError('42883', `function gen_random_uuid(...) does not exist`);
      return { expr: call(expr, [], 'seams_gen_random_uuid'), type: T.uuid, parts: [] };
    }
    case 'pg_advisory_lock':
    case 'pg_advisory_unlock':
    case 'pg_try_advisory_lock':
    case 'pg_advisory_xact_lock':
    case 'pg_try_advisory_xact_lock': {
      const args = typeArgs(expr.args.length === 2 ? [T.int4, T.int4] : [T.int8]);
      arity(name, args, 1, 2);
      // The two-key form takes int4 keys only: pg_advisory_lock(bigint, int) does not exist.
      const keyTypes = args.length === 2 ? ['int2', 'int4'] : ['int2', 'int4', 'int8'];
      if (!args.every((arg) => keyTypes.includes(arg.type.name) && !arg.type.array)) {
        const names = args.map((a) => sqlTypeName(a.type)).join(', ');
        throw pgError('42883', `function ${name}(${names}) does not exist`);
      }
      const returnsVoid = name === 'pg_advisory_lock' || name === 'pg_advisory_xact_lock';
      return {
        expr: call(expr, args, name.replace(/^pg_/, 'seams_')),
        type: returnsVoid ? T.void : T.bool,
        parts: args,
      };
    }
    case 'current_schema': {
      arity(name, typeArgs([]), 0);
      return {
        expr: { type: 'string', value: 'public' },
        type: { name: 'name' },
        parts: [],
        name: 'current_schema',
      };
    }
    case 'nullif': {
      const first = expr.args.map(typeOne);
      const type = unify(
        first.map((a) => a.type),
        'NULLIF',
      );
      const args = typeArgs([type.name === 'unknown' ? T.text : type]);
      arity(name, args, 2);
      const [a, b] = args;
      if (!a || !b) throw refuse(name);
      const rewritten: Expr = {
        type: 'case',
        whens: [
          {
            when: { type: 'binary', op: '=', left: a.expr, right: b.expr },
            value: { type: 'cast', operand: { type: 'null' }, to: pgMemType(a.type) },
          },
        ],
        else: a.expr,
      };
      return { expr: rewritten, type: a.type.name === 'unknown' ? T.text : a.type, parts: args };
    }
    case 'md5': {
      const args = typeArgs([T.text]);
      arity(name, args, 1);
      textArgs(name, args);
      return { expr: call(expr, args, 'seams_md5'), type: T.text, parts: args };
    }
    case 'jsonb_typeof':
    case 'jsonb_array_length': {
      const args = typeArgs([T.jsonb]);
      arity(name, args, 1);
      if (args[0]?.type.name !== 'jsonb') throw refuse(`${name}() on ${args[0]?.type.name}`);
      return {
        expr: call(expr, args, `seams_${name}`),
        type: name === 'jsonb_typeof' ? T.text : T.int4,
        parts: args,
      };
    }
    case 'nextval':
    case 'currval':
    case 'setval': {
      // setval's optional third argument is is_called (false: the next nextval() returns the value itself).
      const args = typeArgs(name === 'setval' ? [T.text, T.int8, T.bool] : [T.text]);
      arity(name, args, name === 'setval' ? 2 : 1, name === 'setval' ? 3 : 1);
      if (args[0]?.expr.type !== 'string') throw refuse(`${name}() of a sequence named by an expression`);
      if (name === 'setval' && !isInteger(args[1]?.type ?? T.text))
        throw refuse('setval() with a non-integer value');
      return { expr: call(expr, args, `seams_${name}`), type: T.int8, parts: args };
    }
    default:
      throw refuse(`the function ${name}()`);
  }
}

/** A type as PostgreSQL's messages spell it. */
function sqlTypeName(type: PgType): string {
  const names: Partial<Record<PgType['name'], string>> = {
    int2: 'smallint',
    int4: 'integer',
    int8: 'bigint',
  };
  return names[type.name] ?? type.name;
}
