import type { Expr, ExprCall } from 'pgsql-ast-parser';
import { typeArrayFunction } from './array-functions.js';
import { mayRaise } from './constant-folding.js';
import { typeDatePart, typeDateTrunc, unitText } from './date-parts.js';
import { asCommonType, resultType, roundedNumeric, unify, unmodified } from './expression-typer.js';
import { isConstant, isNullLiteral, pgMemType } from './literals.js';
import { CHECKED_ARITHMETIC } from './pg-mem-functions.js';
import { isInteger, isNumber, isText, type PgType, T } from './pg-type.js';
import { pgError, refuse } from './refusal.js';
import { MOST_CONCAT_ARGS, TEXT_FUNCTIONS, textFunctionName } from './text-functions.js';
import { typeToChar } from './to-char.js';
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

/** Whether a constant argument folds to NULL as the planner folds it; undefined for no constant. */
type ConstantIsNull = (expr: Expr) => boolean | undefined;

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
  // An enum has no implicit cast to text: a function taking text alone does not take one (42883).
  if (args.some((arg) => arg.type.enumName !== undefined)) {
    const types = args.map((arg) => arg.type.enumName ?? arg.type.name).join(', ');
    throw pgError('42883', `function ${name}(${types}) does not exist`);
  }
  for (const arg of args) {
    if (!isText(arg.type) && arg.type.name !== 'unknown') {
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
  constantIsNull: ConstantIsNull = () => undefined,
): TypedCall {
  switch (name) {
    case 'count': {
      // count(*) alone: count(t.*) counts t's whole-row values, which are NULL on an outer join's
      // missing side (the typer refuses that reference), where count(*) counts every row.
      const [only] = expr.args;
      if (expr.args.length === 1 && only?.type === 'ref' && only.name === '*' && !only.table) {
        // The grammar has count(*) alone: DISTINCT or ALL before the star is a syntax error.
        if (expr.distinct) throw pgError('42601', 'syntax error at or near "*"');
        // count(1) is the same count; pg-mem's count(*) over a derived table counts the rows under
        // it: SELECT count(*) FROM (SELECT DISTINCT ...) s counted before DISTINCT.
        const one: Expr = { type: 'integer', value: 1 };
        return { expr: { ...expr, args: [one] }, type: T.int8, parts: [], aggregate: true };
      }
      // count takes "any": a bare parameter there gets no type from it (42P18 unless another use
      // types it), where pg-mem would count it as text.
      if (expr.args.some((arg) => arg.type === 'parameter'))
        throw refuse('a parameter as the argument of count() (write $n::type)');
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
      const summed = unscaled(arg.type) ? unscaledSum(expr, arg.expr) : call(expr, args);
      return { expr: roundedNumeric(summed, type), type, parts: [], aggregate: true };
    }
    case 'avg': {
      if (expr.distinct === 'distinct') throw refuse('avg(DISTINCT ...)');
      const args = typeArgs([]);
      arity(name, args, 1);
      const [arg] = args;
      const none = arg && !arg.type.array && !arg.untyped ? NO_AVG[arg.type.name] : undefined;
      if (none) throw pgError('42883', `function avg(${none}) does not exist`);
      // avg(double precision) sums in its own order (float8_accum); only the exact sums are kept.
      if (!arg || arg.type.array || !(isInteger(arg.type) || arg.type.name === 'numeric'))
        throw refuse(`avg over ${arg?.type.name}`);
      // int8_avg, numeric_poly_avg and numeric_avg all end in numeric_div(sum, count): the same
      // quotient, whose scale follows from the values (so it is printed only through round()).
      const sumType: PgType = isInteger(arg.type)
        ? { name: 'numeric', scale: 0 }
        : { name: 'numeric', ...(arg.type.scale !== undefined && { scale: arg.type.scale }) };
      const sum = unscaled(arg.type)
        ? unscaledSum(expr, arg.expr)
        : roundedNumeric({ ...expr, function: { name: 'sum' }, args: [arg.expr] }, sumType);
      const count: Expr = { ...expr, function: { name: 'count' }, args: [arg.expr] };
      const scaleOf = (type: PgType): Expr => ({ type: 'integer', value: type.scale ?? -1 });
      const quotient: Expr = {
        type: 'call',
        function: { name: CHECKED_ARITHMETIC },
        args: [
          sum,
          count,
          { type: 'string', value: 'numeric_div' },
          scaleOf(sumType),
          scaleOf({ ...T.int8, scale: 0 }),
        ],
      };
      return { expr: quotient, type: { name: 'numeric' }, parts: [], aggregate: true };
    }
    case 'min':
    case 'max': {
      // An untyped argument (a literal, a parameter, NULL) resolves to max(text), the string
      // category's preferred type: max('1') is text '1', not pg-mem's unknown.
      const args = typeArgs([T.text]);
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
      if (isText(arg.type)) {
        // pg-mem compares UTF-16 units; its min and max run over keys in code point order (C.UTF-8's).
        const keyed: Expr = {
          ...expr,
          args: [{ type: 'call', function: { name: 'seams_text_key' }, args: [arg.expr] }],
        };
        return {
          expr: { type: 'call', function: { name: 'seams_text_unkey' }, args: [keyed] },
          type,
          parts: [],
          aggregate: true,
        };
      }
      return { expr: call(expr, args), type, parts: [], aggregate: true };
    }
    case 'bool_and':
    case 'bool_or':
    case 'every': {
      if (expr.distinct === 'distinct') throw refuse(`${name}(DISTINCT ...)`);
      const args = typeArgs([T.bool]);
      arity(name, args, 1);
      const [arg] = args;
      if (arg?.type.name !== 'bool' || arg.type.array) throw refuse(`${name} over ${arg?.type.name}`);
      // pg-mem has neither: true as 1 and false as 0, NULL skipped, make bool_and the minimum being
      // 1 and bool_or the maximum, NULL for no non-NULL input, as PostgreSQL's are.
      const bit: Expr = {
        type: 'case',
        whens: [
          { when: arg.expr, value: { type: 'integer', value: 1 } },
          { when: { type: 'unary', op: 'NOT', operand: arg.expr }, value: { type: 'integer', value: 0 } },
        ],
      };
      const extreme: Expr = {
        ...expr,
        function: { name: name === 'bool_or' ? 'max' : 'min' },
        args: [bit],
      };
      return {
        expr: { type: 'binary', op: '=', left: extreme, right: { type: 'integer', value: 1 } },
        type: T.bool,
        parts: [],
        aggregate: true,
        name,
      };
    }
    case 'coalesce': {
      const common = commonType(expr.args, typeOne, 'COALESCE');
      // Untyped arguments take the common type without its modifiers (COALESCE(total, $1) reads
      // $1 as numeric, not numeric(10,2)); the result's type then follows from all of them.
      const typed = typeArgs(expr.args.map(() => unmodified(common)));
      const type = resultType(typed, 'COALESCE');
      // PostgreSQL's planner folds COALESCE: it stops at the first argument that folds to a
      // constant other than NULL, and never evaluates the rest (COALESCE(1, 1/0) is 1, and so is
      // COALESCE(abs(1), 1/0)); pg-mem would. A call is folded only where a later argument could raise.
      const stop = typed.findIndex(
        (arg, index) =>
          (isConstant(arg.expr) && !isNullLiteral(arg.expr)) ||
          (typed.slice(index + 1).some((later) => mayRaise(later.expr)) &&
            constantIsNull(arg.expr) === false),
      );
      const kept = stop >= 0 ? typed.slice(0, stop + 1) : typed;
      const values = kept.map((arg) => asCommonType(arg, type));
      // pg-mem evaluates every argument first; PostgreSQL stops at the first that is not NULL, so
      // coalesce(qty, 1 / 0) is qty where it has one. A CASE reads each argument only when reached.
      const last = values[values.length - 1];
      if (last && values.slice(1).some(mayRaise)) {
        const earlier = values.slice(0, -1);
        // Each earlier argument is read twice (tested, then returned): one that changes state is refused.
        if (earlier.some(mustRunOnce))
          throw refuse('COALESCE over nextval(), setval() or gen_random_uuid() beside a division');
        const lazy: Expr = {
          type: 'case',
          whens: earlier.map((value) => ({
            when: { type: 'unary', op: 'IS NOT NULL', operand: value },
            value,
          })),
          else: last,
        };
        return { expr: lazy, type, parts: typed };
      }
      return { expr: { ...expr, function: { name: 'coalesce' }, args: values }, type, parts: typed };
    }
    case 'greatest':
    case 'least': {
      const label = name.toUpperCase();
      const common = commonType(expr.args, typeOne, label);
      const typed = typeArgs(expr.args.map(() => unmodified(common)));
      if (typed.length === 0) throw refuse(`${name}() without arguments`);
      const type = resultType(typed, label);
      const comparable =
        isNumber(type) || isText(type) || ['date', 'timestamp', 'timestamptz'].includes(type.name);
      if (type.array || type.enumName !== undefined || !comparable)
        throw refuse(`${name}() over ${type.name}`);
      // Each argument is read more than once below, where PostgreSQL reads it once.
      if (typed.some((arg) => mustRunOnce(arg.expr)))
        throw refuse(`${name}() over nextval(), setval() or gen_random_uuid()`);
      if (typed.length > 4) throw refuse(`${name}() of more than 4 arguments`);
      const values = typed.map((arg) => asCommonType(arg, type));
      // NULLs are skipped: the extreme so far gives way to a value that beats it; text by code
      // point (C.UTF-8), as comparisons order it.
      const beats = (value: Expr, best: Expr): Expr => {
        const op = name === 'greatest' ? '>' : '<';
        return isText(type)
          ? {
              type: 'binary',
              op,
              left: { type: 'call', function: { name: 'seams_text_cmp' }, args: [value, best] },
              right: { type: 'integer', value: 0 },
            }
          : { type: 'binary', op, left: value, right: best };
      };
      const extreme = values.reduce((best, value) => ({
        type: 'case',
        whens: [
          { when: { type: 'unary', op: 'IS NULL', operand: best }, value },
          { when: { type: 'unary', op: 'IS NULL', operand: value }, value: best },
          { when: beats(value, best), value },
        ],
        else: best,
      }));
      return { expr: extreme, type, parts: typed };
    }
    case 'concat':
    case 'concat_ws': {
      if (expr.args.length === 0) throw pgError('42883', `function ${name}() does not exist`);
      // Its arguments are "any": a bare parameter there takes no type from it (42P18 unless
      // another use types it), where reading it as text would answer.
      if (expr.args.some((arg, index) => arg.type === 'parameter' && !(name === 'concat_ws' && index === 0)))
        throw refuse(`a parameter as an argument of ${name}() (write $n::text)`);
      const args = typeArgs([T.text]);
      const count = name === 'concat_ws' ? args.length - 1 : args.length;
      if (count < 1 || count > MOST_CONCAT_ARGS) throw refuse(`${name}() of ${args.length} arguments`);
      // Each argument is read through its type's output function: text as it is, an integer as its digits.
      const texts = args.map((arg, index) => {
        if (arg.type.array || arg.type.enumName !== undefined)
          throw refuse(`${name}() of ${arg.type.name}[]`);
        if (isText(arg.type) || arg.type.name === 'unknown') return arg.expr;
        if (isInteger(arg.type) && !(name === 'concat_ws' && index === 0))
          return { type: 'cast', operand: arg.expr, to: { name: 'text' } } satisfies Expr;
        throw refuse(`${name}() of ${arg.type.name}`);
      });
      return {
        expr: { type: 'call', function: { name: textFunctionName(name, texts.length) }, args: texts },
        type: T.text,
        parts: args,
      };
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
      // length(bytea, name) counts the characters of bytes in an encoding: not the text length.
      if (name === 'length' && expr.args.length === 2) throw refuse('length(bytea, encoding)');
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
    case 'pg_try_advisory_xact_lock':
    case 'pg_advisory_lock_shared':
    case 'pg_advisory_unlock_shared':
    case 'pg_try_advisory_lock_shared':
    case 'pg_advisory_xact_lock_shared':
    case 'pg_try_advisory_xact_lock_shared': {
      const args = typeArgs(expr.args.length === 2 ? [T.int4, T.int4] : [T.int8]);
      arity(name, args, 1, 2);
      // The two-key form takes int4 keys only: pg_advisory_lock(bigint, int) does not exist.
      const keyTypes = args.length === 2 ? ['int2', 'int4'] : ['int2', 'int4', 'int8'];
      if (!args.every((arg) => keyTypes.includes(arg.type.name) && !arg.type.array)) {
        const names = args.map((a) => sqlTypeName(a.type)).join(', ');
        throw pgError('42883', `function ${name}(${names}) does not exist`);
      }
      const returnsVoid = /^pg_advisory(_xact)?_lock(_shared)?$/.test(name);
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
      const common = commonType(expr.args, typeOne, 'NULLIF');
      const args = typeArgs([unmodified(common)]);
      arity(name, args, 2);
      const [a, b] = args;
      if (!a || !b) throw refuse(name);
      // The CASE below reads its first argument twice, where PostgreSQL reads it once.
      if (mustRunOnce(a.expr)) throw refuse('NULLIF over nextval(), setval() or gen_random_uuid()');
      const type = nullifType(a.type, b.type, common);
      // Arrays are equal with NULL elements in the same places (array_eq); pg-mem's = gives NULL.
      if (type.array || a.type.array || b.type.array) throw refuse('NULLIF over arrays');
      // The planner folds NULLIF with a NULL constant on either side to its first argument, so the
      // other side is never run (`nullif(NULL::int, 10 / a)` is NULL where a = 0).
      if (isNullLiteral(a.expr) || isNullLiteral(b.expr))
        return { expr: asCommonType(a, type), type, parts: args };
      const rewritten: Expr = {
        type: 'case',
        whens: [
          {
            // pg-mem's own jsonb = is loose ('null' = '{}'): the engine's is PostgreSQL's.
            when:
              type.name === 'jsonb'
                ? { type: 'call', function: { name: 'seams_jsonb_equal' }, args: [a.expr, b.expr] }
                : { type: 'binary', op: '=', left: asCommonType(a, type), right: asCommonType(b, type) },
            value: { type: 'cast', operand: { type: 'null' }, to: pgMemType(type) },
          },
        ],
        else: asCommonType(a, type),
      };
      return { expr: rewritten, type, parts: args };
    }
    case 'round': {
      const args = typeArgs([]);
      arity(name, args, 1, 2);
      const [value, digits] = args;
      if (!value || value.type.array || !isNumber(value.type)) throw refuse(`round() of ${value?.type.name}`);
      if (digits) {
        // round(numeric, int) only: its scale is the digits asked for (round(5, 2) is 5.00).
        if (value.type.name === 'float8')
          throw refuse('round(double precision, integer), which does not exist');
        const scale = digits.expr.type === 'integer' ? digits.expr.value : undefined;
        if (scale === undefined || scale < 0)
          throw refuse('round() to digits other than a constant 0 or more');
        return {
          expr: roundedTo(value.expr, scale),
          type: { name: 'numeric', scale },
          parts: args,
        };
      }
      // round(integer) resolves to round(double precision), which leaves an integer as it is.
      if (isInteger(value.type))
        return {
          expr: { type: 'cast', operand: value.expr, to: pgMemType(T.float8) },
          type: T.float8,
          parts: args,
        };
      if (value.type.name === 'float8')
        return { expr: call(expr, [value], 'seams_float8_rint'), type: T.float8, parts: args };
      return { expr: roundedTo(value.expr, 0), type: { name: 'numeric', scale: 0 }, parts: args };
    }
    case 'abs': {
      const args = typeArgs([]);
      arity(name, args, 1);
      const [value] = args;
      if (!value || value.type.array || !(isInteger(value.type) || value.type.name === 'numeric'))
        throw refuse(`abs() of ${value?.type.name}`);
      // Read twice below (tested, then negated or returned), where PostgreSQL reads it once.
      if (mustRunOnce(value.expr)) throw refuse('abs() over nextval(), setval() or gen_random_uuid()');
      // An integer is negated checked against its type's range: abs(-2147483648) is 22003.
      const negated: Expr = isInteger(value.type)
        ? {
            type: 'call',
            function: { name: `seams_${value.type.name}_sub` },
            args: [{ type: 'integer', value: 0 }, value.expr],
          }
        : { type: 'unary', op: '-', operand: value.expr };
      const absolute: Expr = {
        type: 'case',
        whens: [
          {
            when: { type: 'binary', op: '<', left: value.expr, right: { type: 'integer', value: 0 } },
            value: negated,
          },
        ],
        else: value.expr,
      };
      // abs(numeric(p, s)) is a numeric without the modifier, of the value's own scale.
      const type: PgType =
        value.type.name === 'numeric'
          ? { name: 'numeric', ...(value.type.scale !== undefined && { scale: value.type.scale }) }
          : value.type;
      return { expr: absolute, type, parts: args };
    }
    case 'md5': {
      const args = typeArgs([T.text]);
      arity(name, args, 1);
      textArgs(name, args);
      return { expr: call(expr, args, 'seams_md5'), type: T.text, parts: args };
    }
    case 'jsonb_strip_nulls': {
      const args = typeArgs([T.jsonb]);
      arity(name, args, 1);
      if (args[0]?.type.name !== 'jsonb' || args[0].type.array)
        throw refuse(`${name}() on ${args[0]?.type.name}`);
      return { expr: call(expr, args, 'seams_jsonb_strip_nulls'), type: T.jsonb, parts: args };
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
    case 'array_append':
    case 'array_prepend':
    case 'array_cat':
    case 'array_remove': {
      const operation = name.slice('array_'.length) as 'append' | 'prepend' | 'cat' | 'remove';
      const arrayAt = operation === 'prepend' ? 1 : 0;
      const arrayArg = expr.args[arrayAt];
      if (expr.args.length !== 2 || !arrayArg) throw refuse(`${name}() with ${expr.args.length} arguments`);
      // The array decides the element's type, as anycompatiblearray does for an untyped element.
      const array = arrayArg.type === 'parameter' ? undefined : typeOne(arrayArg);
      if (!array?.type.array || array.untyped) throw refuse(`${name}() of an untyped array`);
      const element: PgType = { ...array.type, array: undefined };
      const expected =
        operation === 'cat'
          ? [array.type, array.type]
          : operation === 'prepend'
            ? [element, array.type]
            : [array.type, element];
      const args = typeArgs(expected);
      return { ...typeArrayFunction(operation, args), parts: args };
    }
    case 'to_jsonb': {
      const [arg] = expr.args;
      if (expr.args.length !== 1 || !arg) throw refuse(`${name}() with ${expr.args.length} arguments`);
      if (arg.type === 'parameter') throw refuse(`a parameter as the argument of ${name}() (write $n::type)`);
      const value = typeOne(arg);
      // to_jsonb(anyelement): an untyped literal has no type to resolve it from (42804 in PostgreSQL).
      if (value.untyped) throw refuse(`${name}() of an untyped value`);
      return { expr: jsonbArgument(value, false, name), type: T.jsonb, parts: [value] };
    }
    case 'jsonb_build_object':
    case 'jsonb_build_array': {
      // VARIADIC "any": a bare parameter gets no type from it (42P18 in PostgreSQL unless typed).
      if (expr.args.some((arg) => arg.type === 'parameter'))
        throw refuse(`a parameter as an argument of ${name}() (write $n::type)`);
      const args = expr.args.map(typeOne);
      if (name === 'jsonb_build_object' && args.length % 2 === 1)
        throw pgError('22023', 'argument list must have even number of elements');
      const converted = args.map((arg, index) =>
        jsonbArgument(arg, name === 'jsonb_build_object' && index % 2 === 0, name),
      );
      // A JSON null first: pg-mem holds it as a symbol of its own, which the function puts for a NULL value.
      const jsonNull: Expr = {
        type: 'cast',
        operand: { type: 'string', value: 'null' },
        to: { name: 'jsonb' },
      };
      return {
        expr: { type: 'call', function: { name: `seams_${name}` }, args: [jsonNull, ...converted] },
        type: T.jsonb,
        parts: args,
      };
    }
    case 'jsonb_extract_path':
    case 'jsonb_extract_path_text': {
      // jsonb #> and #>> with the path as VARIADIC text arguments.
      const args = typeArgs([T.jsonb, T.text]);
      const [target, ...path] = args;
      if (target?.type.name !== 'jsonb' || target.type.array)
        throw refuse(`${name}() on ${target?.type.name}`);
      if (path.length === 0) throw refuse(`${name}() without a path`);
      if (path.some((step) => step.type.name !== 'text' || step.type.array))
        throw refuse(`${name}() with a path element not of type text`);
      const steps: Expr = { type: 'array', expressions: path.map((step) => step.expr) };
      return {
        expr: {
          type: 'call',
          function: { name: name === 'jsonb_extract_path' ? 'seams_jsonb_path' : 'seams_jsonb_path_text' },
          args: [target.expr, steps],
        },
        type: name === 'jsonb_extract_path' ? T.jsonb : T.text,
        parts: args,
      };
    }
    case 'jsonb_set': {
      const args = typeArgs([T.jsonb, { ...T.text, array: true }, T.jsonb, T.bool]);
      arity(name, args, 3, 4);
      const [target, path, value, create] = args;
      if (
        target?.type.name !== 'jsonb' ||
        target.type.array ||
        value?.type.name !== 'jsonb' ||
        value.type.array
      )
        throw refuse(`jsonb_set() on ${target?.type.name} and ${value?.type.name}`);
      if (path?.type.name !== 'text' || !path.type.array)
        throw refuse(`jsonb_set() with a ${path?.type.name} path`);
      if (create && (create.type.name !== 'bool' || create.type.array))
        throw refuse(`jsonb_set() with a ${create.type.name} create_missing`);
      const all = [target, path, value, create?.expr ?? { type: 'boolean', value: true }];
      return {
        expr: {
          ...expr,
          function: { name: 'seams_jsonb_set' },
          args: all.map((a) => ('expr' in a ? a.expr : a)),
        },
        type: T.jsonb,
        parts: args,
      };
    }
    case 'date_trunc': {
      const args = typeArgs([T.text, undefined, T.text]);
      arity(name, args, 2, 3);
      return { ...typeDateTrunc(args), parts: args };
    }
    case 'to_char': {
      const args = typeArgs([undefined, T.text]);
      const typed = typeToChar(args);
      if (!typed) throw refuse(`the function to_char() on ${args.map((a) => a.type.name).join(', ')}`);
      return { ...typed, parts: args };
    }
    case 'date_part': {
      const args = typeArgs([T.text, undefined]);
      arity(name, args, 2);
      const [field, source] = args;
      if (!field || !source) throw refuse('date_part() without arguments');
      return { ...typeDatePart(unitText(field), source, false), parts: args };
    }
    default: {
      const text = TEXT_FUNCTIONS[name];
      if (text) return textFunction(name, expr, text, typeArgs);
      throw refuse(`the function ${name}()`);
    }
  }
}

/**
 * The type PostgreSQL resolves for COALESCE or NULLIF arguments (text when all are untyped). A
 * parameter is left out, so that it takes the type the others decide (COALESCE($1, total) is
 * numeric): typing it first would fix it as text.
 */
function commonType(args: readonly Expr[], typeOne: (arg: Expr) => Typed, what: string): PgType {
  const types = args.map((arg) => (arg.type === 'parameter' ? T.unknown : typeOne(arg).type));
  const type = unify(types, what);
  return type.name === 'unknown' ? T.text : type;
}

/**
 * NULLIF returns its first argument as the `=` operator PostgreSQL picks takes it: numbers meet
 * as the wider type unless both are integers (int4 = int8 has an operator of its own), so
 * NULLIF(2, 1.5) is numeric 2; varchar meets as text (there is no varchar = varchar).
 */
function nullifType(a: PgType, b: PgType, common: PgType): PgType {
  if (a.name === 'unknown') return common;
  if (isNumber(a) && isNumber(b)) {
    if (isInteger(a) && isInteger(b)) return a;
    if (common.name === 'numeric') return { name: 'numeric', scale: a.name === 'numeric' ? a.scale : 0 };
    return common;
  }
  if (a.name === 'varchar') return T.text;
  return a;
}

/**
 * A numeric rounded half away from zero to `scale` digits, as PostgreSQL's round(numeric, int). A
 * quotient is rounded from the double nearest to it: its digits past the 15th decide the rounding
 * only when it lies within 1e-15 of a half, which takes operands of nearly 15 digits.
 */
function roundedTo(value: Expr, scale: number): Expr {
  return {
    type: 'call',
    function: { name: 'seams_numeric_round' },
    args: [value, { type: 'integer', value: scale }],
  };
}

const unscaled = (type: PgType): boolean =>
  type.name === 'numeric' && !type.array && type.scale === undefined;

/**
 * sum(x) of a numeric without a declared scale, exact: pg-mem's sum of doubles rounded to the
 * largest scale among the values (seams_numeric_sum), each aggregate under the call's FILTER.
 */
function unscaledSum(expr: ExprCall, value: Expr): Expr {
  const scale: Expr = { type: 'call', function: { name: 'seams_numeric_scale' }, args: [value] };
  return {
    type: 'call',
    function: { name: 'seams_numeric_sum' },
    args: [
      { ...expr, function: { name: 'sum' }, args: [value] },
      { ...expr, function: { name: 'max' }, args: [scale] },
    ],
  };
}

/** True when the rewritten expression takes a sequence value or sets one (it must run once). */
export function changesState(expr: Expr): boolean {
  return /"seams_(nextval|setval)"/.test(JSON.stringify(expr));
}

/**
 * True when the expression gives another value each time it is computed (a sequence call, or
 * gen_random_uuid()): a rewrite that reads it twice would compare or return two different values
 * where PostgreSQL computes one.
 */
export function mustRunOnce(expr: Expr): boolean {
  return /"seams_(nextval|setval|gen_random_uuid)"/.test(JSON.stringify(expr));
}

/** A string function of text-functions.ts: its arguments typed as its signature of that many. */
function textFunction(
  name: string,
  expr: ExprCall,
  spec: (typeof TEXT_FUNCTIONS)[string],
  typeArgs: ArgsTyper,
): TypedCall {
  const signature = spec.args.find((kinds) => kinds.length === expr.args.length);
  if (!signature) throw refuse(`${name}() of ${expr.args.length} arguments`);
  // PostgreSQL resolves substring(text, '...') and substring(text, $2) to substring(text, text), a
  // POSIX regular expression match (and with a third argument, SIMILAR TO's): an untyped literal
  // or parameter is not a start position there, as the integer hint below would make it.
  const pattern = expr.args[1];
  if (name === 'substring' && (pattern?.type === 'string' || pattern?.type === 'parameter'))
    throw refuse('substring() with an untyped text pattern (a POSIX regular expression, or SIMILAR TO)');
  const args = typeArgs(signature.map((kind) => (kind === 't' ? T.text : T.int4)));
  args.forEach((arg, index) => {
    const kind = signature[index];
    const fits =
      !arg.type.array &&
      arg.type.enumName === undefined &&
      (kind === 't'
        ? isText(arg.type) || arg.type.name === 'unknown'
        : arg.type.name === 'int4' || arg.type.name === 'int2');
    if (!fits) throw refuse(`${name}() with a ${arg.type.name} argument`);
  });
  const type = spec.returns === 't' ? T.text : spec.returns === 'b' ? T.bool : T.int4;
  // TRIM(x) is grammar for btrim(x) in PostgreSQL 15, and its output column is named so.
  const named = name === 'trim' ? { name: 'btrim' } : {};
  return { expr: call(expr, args, textFunctionName(name, args.length)), type, parts: args, ...named };
}

/** Types avg() has no version for, as PostgreSQL's 42883 names them. */
const NO_AVG: Readonly<Partial<Record<PgType['name'], string>>> = {
  text: 'text',
  varchar: 'character varying',
  bool: 'boolean',
  uuid: 'uuid',
  date: 'date',
  jsonb: 'jsonb',
};

/** A type as PostgreSQL's messages spell it. */
function sqlTypeName(type: PgType): string {
  const names: Partial<Record<PgType['name'], string>> = {
    int2: 'smallint',
    int4: 'integer',
    int8: 'bigint',
  };
  return names[type.name] ?? type.name;
}

/**
 * An argument of jsonb_build_object() or jsonb_build_array() as the jsonb value PostgreSQL makes
 * of it (to_jsonb): text as a string, an integer as a number, a boolean, jsonb as itself. Other
 * types (numeric and float keep digits pg-mem's doubles do not, dates print in the session's
 * style) are refused; a key is any text-like value.
 */
function jsonbArgument(arg: Typed, key: boolean, name: string): Expr {
  const { type } = arg;
  const textLike = !type.array && (type.name === 'unknown' || isText(type) || type.name === 'uuid');
  const asText: Expr =
    type.name === 'uuid' ? { type: 'cast', operand: arg.expr, to: { name: 'text' } } : arg.expr;
  if (textLike) return { type: 'call', function: { name: 'seams_jsonb_of_text' }, args: [asText] };
  if (!key && !type.array && isInteger(type))
    return { type: 'call', function: { name: 'seams_jsonb_of_integer' }, args: [arg.expr] };
  if (!key && !type.array && type.name === 'bool')
    return { type: 'call', function: { name: 'seams_jsonb_of_bool' }, args: [arg.expr] };
  if (!key && !type.array && type.name === 'jsonb') return arg.expr;
  throw refuse(`${name}() with a ${key ? 'key' : 'value'} of type ${type.name}${type.array ? '[]' : ''}`);
}
