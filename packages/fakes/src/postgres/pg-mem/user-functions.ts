import type { ArgDef, DataType, IMemoryDb, IType } from 'pg-mem';
import { type PgType, T } from './pg-type.js';

/** A function the user registered on the pg-mem database (in `beforeMigrations`), as the engine types it. */
export interface UserFunction {
  readonly args: readonly (PgType | undefined)[];
  readonly returns: PgType | undefined;
}

const TYPES: Readonly<Record<string, PgType>> = {
  integer: T.int4,
  bigint: T.int8,
  float: T.float8,
  decimal: { name: 'numeric' },
  text: T.text,
  bool: T.bool,
  uuid: T.uuid,
  jsonb: T.jsonb,
  json: T.json,
  timestamptz: T.timestamptz,
  timestamp: T.timestamp,
  date: T.date,
  bytea: T.bytea,
};

function typeOf(type: DataType | IType | ArgDef | null | undefined): PgType | undefined {
  if (type === null || type === undefined) return undefined;
  if (typeof type === 'string') return TYPES[type];
  if ('primary' in type) return TYPES[type.primary];
  return typeOf(type.type);
}

/**
 * Records the functions registered on `db` from now on: the engine's analysis refuses functions it
 * does not know, and a function the user gave pg-mem is one the user vouches for.
 */
export function recordUserFunctions(db: IMemoryDb): ReadonlyMap<string, UserFunction> {
  const functions = new Map<string, UserFunction>();
  const schema = db.public;
  const register = schema.registerFunction.bind(schema);
  schema.registerFunction = (definition, orReplace) => {
    functions.set(definition.name.toLowerCase(), {
      args: (definition.args ?? []).map(typeOf),
      returns: typeOf(definition.returns),
    });
    return register(definition, orReplace);
  };
  return functions;
}
