import type { PGlite } from '@electric-sql/pglite';
import { mayBeMalformedArray, pg15MalformedArray } from '../array-literal-shape.js';
import type {
  EngineField,
  EngineNotification,
  EngineReply,
  EngineRequest,
  EngineResult,
  PostgresEngine,
  PostgresErrorFields,
  TransactionStatus,
} from '../postgres-engine.js';
import { tokenize } from '../sql-tokens.js';
import { SERVER_VERSION, SERVER_VERSION_NUM } from '../wire/server-version.js';
import { restoreByteOrderMarks } from './byte-order-marks.js';
import { type DeepParam, deepParam, PGLITE_SAFE_DEPTH } from './deep-nesting.js';
import { engineStatementName } from './engine-statements.js';
import { SERVER_LOCALE } from './initdb-cache.js';
import type { PgliteModule } from './load-pglite.js';
import {
  CONFLICTING_ABBREVIATION,
  FK_CLONE_NAMES,
  INTERVAL_UNIT_RUN,
  NEWER_DATETIME,
  PARTITION_IDENTITY,
  PG15_HIDDEN_PREFIX,
  PG15_PREPARED,
  pg15CatalogStatements,
  pg15DatetimeText,
  pg15IntervalText,
  pg15OidText,
  pg15ZoneArgument,
  pg15ZoneText,
} from './pg15-catalog.js';
import { ZONE_DATA_ABBREVIATION } from './pg15-datetime-words.js';
import { hasDecimalParam, withDecimalParamsBinary } from './pg15-decimal-params.js';
import {
  NEWER_INFINITE_INTERVAL,
  NEWER_INTEGER,
  NEWER_JSONPATH_METHOD,
  NEWER_NUMERIC,
  NEWER_OID,
  type Pg15Request,
  pg15JsonpathError,
  REFUSAL_MARKER,
  SHOWN_SETTING_PREFIX,
  toPg15,
} from './pg15-dialect.js';
import { asPg15Error } from './pg15-errors.js';
import { EXTENSION_NEWER_SETTINGS } from './pg15-extension-settings.js';
import {
  IDENTIFIER_HINT,
  IDENTIFIER_TYPE_OIDS,
  pg15ArrayDimensions,
  pg15IdentifierReading,
} from './pg15-identifier-input.js';
import {
  MENTIONS_DETERMINISTIC,
  PATTERN_WRAPPER_FRAME,
  SWITCH_IN_PATTERN_CHECKS,
} from './pg15-pattern-collations.js';
import { recordFields, refusedRangeParam } from './pg15-range-literals.js';
import {
  pg15MissingSchema,
  regInputQualifier,
  regInputRefusal,
  SCHEMA_EXISTS,
} from './pg15-reg-input-schema.js';
import {
  FIRST_SESSION_AUTHORIZATION,
  keepSessionAuthorization,
  resetsSessionAuthorization,
} from './pg15-session-authorization.js';
import { PG15_SETTING_TEXTS } from './pg15-setting-texts-data.js';
import { FIXED_SETTINGS, NEWER_SETTINGS, REMOVED_SETTING_ROWS } from './pg15-settings.js';
import { isWrapperFrame } from './pg15-wrapper-frames.js';
import { zoneParameters } from './pg15-zone-arguments.js';
import { guardStackOverflow, STACK_OVERFLOW_REFUSAL, withoutStackFrames } from './stack-overflow-guard.js';
import { TableReset } from './table-reset.js';

/** Statements that may clone a foreign key toward partitions (see `#namingFkClones`). */
const FK_CLONING = /\b(?:references|partition\s+of|attach\s+partition)\b/i;
/** An ALTER TABLE that may change a partitioned table's identity column (see `#partitionIdentity`). */
const IDENTITY_CHANGE = /\balter\s+table\b[\s\S]*\b(?:identity|generated|restart|increment|start)\b/i;

/** The fake's own savepoint around an ALTER TYPE ... ADD VALUE in a transaction (see `#addingEnumValue`). */
const ENUM_VALUE_SAVEPOINT = 'seams_enum_value';
const ADD_VALUE = /\badd\s+value\b/i;

/** Whether the request is one ALTER TYPE ... ADD VALUE statement (a trailing `;` allowed). */
function addsEnumValue(text: string): boolean {
  if (!ADD_VALUE.test(text)) return false;
  const tokens = tokenize(text);
  const semicolon = tokens.findIndex(({ kind, value }) => kind === 'punct' && value === ';');
  if (semicolon !== -1 && semicolon !== tokens.length - 1) return false;
  const [alter, type] = tokens;
  if (alter?.value !== 'alter' || alter.kind !== 'word' || type?.value !== 'type' || type.kind !== 'word')
    return false;
  return tokens.some(
    (token, index) =>
      token.kind === 'word' &&
      token.value === 'add' &&
      tokens[index + 1]?.kind === 'word' &&
      tokens[index + 1]?.value === 'value',
  );
}

const STATUS: Readonly<Record<string, TransactionStatus>> = { I: 'idle', T: 'transaction', E: 'failed' };
/** Command tags after which kept statements may no longer parse or plan as they did. */
const SCHEMA_CHANGES = /^(ALTER|CREATE|DROP|DEALLOCATE|DISCARD)\b/;

/** PGlite's error for the step after one that overflowed its JavaScript stack (see `#overflowed`). */
const OVERFLOWED_PORTAL = /^cannot drop portal "" while it is being set up$/;

/**
 * A parameter too deep for PGlite (see deep-nesting.ts), failed inside PGlite as a statement fails, so
 * an open transaction is aborted as 15 aborts it: 15's 54001 where 15 surely overflows, else 0A000.
 */
function deepParamRefusal({ index, overflowsPg15 }: DeepParam): string {
  const raise = overflowsPg15
    ? `ERRCODE = 'statement_too_complex', MESSAGE = 'stack depth limit exceeded', HINT = 'Increase the configuration parameter "max_stack_depth" (currently 2048kB), after ensuring the platform''s stack depth limit is adequate.'`
    : `ERRCODE = 'feature_not_supported', MESSAGE = 'parameter $${index} is nested more than ${PGLITE_SAFE_DEPTH} levels deep (json or jsonb), which is not supported by the fake PostgreSQL on its PGlite engine (it would overflow the WASM engine''s JavaScript stack; PostgreSQL 15 parses up to about 14,500 levels): nest it less deeply, or run this test on the real server'`;
  return `DO $seams$ BEGIN RAISE EXCEPTION USING ${raise}; END $seams$`;
}

/**
 * The refusal's context as 15 gives it for a parameter that failed its input function: the frame
 * of the DO block that raised it is the fake's own. 15 leaves the value out ('...': its
 * log_parameter_max_length_on_error is 0).
 */
function inParameterContext(reply: EngineReply, index: number): EngineReply {
  if (!reply.error) return reply;
  const { where: _where, ...error } = reply.error;
  return {
    ...reply,
    error: error.code === '54001' ? { ...error, where: `unnamed portal parameter $${index} = '...'` } : error,
  };
}

/** A COPY anywhere in a simple-protocol query string. */
const COPY_STATEMENT = /(^|;)\s*copy\b/i;

const COPY_REFUSAL = `DO $seams$ BEGIN RAISE EXCEPTION USING ERRCODE = 'feature_not_supported', MESSAGE =
  'COPY is not supported by the fake PostgreSQL on its PGlite engine (the fake''s wire has no COPY sub-protocol): insert the rows, or run this test on the real server'; END $seams$`;

/**
 * PostgreSQL itself (compiled to WASM, in process) behind the engine interface. Each request goes
 * to PGlite as protocol messages (`execProtocol`) and comes back as PostgreSQL's own messages, so
 * values, type OIDs, command tags and error fields are the server's, untouched. Every request ends
 * with Sync, which is what keeps the session usable after an error.
 */
export class PgliteEngine implements PostgresEngine {
  readonly name = 'pglite';
  #status: TransactionStatus = 'idle';
  #reset: TableReset | undefined;
  // Server-side statements by text and parameter types: parsed and planned once, as a pg client
  // that names its statements gets from PostgreSQL; re-parsing every call was most of the cost.
  readonly #prepared = new Map<string, string>();
  /** The parameter types of kept statements, as described (see `#newerNumberParam`). */
  readonly #parameterTypes = new Map<string, number[]>();
  /** Per prepared statement, its parameters given as a zone argument (pg15-zone-arguments.ts). */
  readonly #zoneParameters = new Map<string, ReadonlySet<number>>();
  #named = 0;
  /** The catalog made to look like PostgreSQL 15's, once, before the first request. */
  #pg15Catalog: Promise<void> | undefined;
  /** The engine session's own user, once session_authorization is set to it (pg15-session-authorization.ts). */
  #authorization: Promise<string | undefined> | undefined;

  constructor(
    private readonly db: PGlite,
    private readonly pglite: PgliteModule,
  ) {
    // A statement that overflows PGlite's JavaScript stack fails as an error, the instance usable.
    guardStackOverflow(db);
  }

  /** The session's transaction status after the last request. */
  get status(): TransactionStatus {
    return this.#status;
  }

  async run(request: EngineRequest): Promise<EngineReply> {
    this.#pg15Catalog ??= PG15_PREPARED.has(this.db) ? Promise.resolve() : this.#hideNewerCatalog();
    await this.#pg15Catalog;
    this.#authorization ??= this.#firstAuthorization();
    const user = await this.#authorization;
    const ran =
      this.#status === 'transaction' && addsEnumValue(request.text)
        ? await this.#addingEnumValue(request)
        : await this.#run(request);
    const reply = ran.error ? await this.#regInputSchema(request, ran) : ran;
    // PGlite left it unset again: set back to the user, as a server's reset value is.
    if (!reply.error && user !== undefined && resetsSessionAuthorization(request.text))
      await this.#exchange(this.pglite.protocol.serialize.query(keepSessionAuthorization(user)));
    return reply;
  }

  /**
   * A reg* input's schema-qualified name PGlite reports as a missing object: 15's 3F000 when its
   * schema does not exist, looked up once the failed statement left the session idle; refused
   * loudly in a failed transaction, where nothing can be looked up (pg15-reg-input-schema.ts).
   */
  async #regInputSchema(request: EngineRequest, reply: EngineReply): Promise<EngineReply> {
    const params = request.params?.filter((param): param is string => typeof param === 'string');
    const qualifier = reply.error && regInputQualifier(reply.error, request.text, params);
    if (!reply.error || !qualifier) return reply;
    if ('ambiguous' in qualifier || reply.status !== 'idle')
      return { ...reply, error: regInputRefusal(reply.error) };
    const { serialize } = this.pglite.protocol;
    const found = await this.#exchange(
      concat([
        serialize.parse({ text: SCHEMA_EXISTS, types: [] }),
        serialize.bind({ values: [qualifier.schema] }),
        serialize.execute({}),
        serialize.sync(),
      ]),
    );
    if (found.error) return { ...reply, error: regInputRefusal(reply.error) };
    if (found.results[0]?.rows.length) return reply;
    return { ...reply, error: pg15MissingSchema(reply.error, qualifier.schema) };
  }

  /** session_authorization set as a server sets it at start (pg15-session-authorization.ts); the user. */
  async #firstAuthorization(): Promise<string | undefined> {
    const reply = await this.#exchange(this.pglite.protocol.serialize.query(FIRST_SESSION_AUTHORIZATION));
    const user = reply.results[0]?.rows[0]?.[0];
    return typeof user === 'string' ? user : undefined;
  }

  /**
   * 17 lets a transaction use an enum value it added to a type it created itself; 15 refuses every
   * use of a value added and not yet committed (55P04 unsafe use of new value), wherever the use is.
   * 17 makes its exception only at the outermost transaction level, so ADD VALUE run inside a
   * savepoint of the fake's own gets 15's rule; the savepoint is released once the statement succeeded
   * (a failed one leaves the transaction failed, as 15 leaves it, and ROLLBACK or ROLLBACK TO an
   * earlier savepoint discards it).
   */
  async #addingEnumValue(request: EngineRequest): Promise<EngineReply> {
    const { serialize } = this.pglite.protocol;
    await this.#exchange(serialize.query(`SAVEPOINT ${ENUM_VALUE_SAVEPOINT}`));
    const reply = await this.#run(request);
    if (reply.status === 'transaction')
      await this.#exchange(serialize.query(`RELEASE SAVEPOINT ${ENUM_VALUE_SAVEPOINT}`));
    return reply;
  }

  async #run(request: EngineRequest): Promise<EngineReply> {
    const { serialize } = this.pglite.protocol;
    // COPY's sub-protocol (CopyIn/CopyOut data messages) has no path through the fake's wire: it
    // fails as a statement would, inside PostgreSQL, so an open transaction is aborted as it would be.
    if (request.params === undefined && COPY_STATEMENT.test(request.text)) {
      return this.#exchange(serialize.query(COPY_REFUSAL));
    }
    // Before the statement, in its transaction: see pg15-pattern-collations.ts.
    if (this.#status !== 'failed' && MENTIONS_DETERMINISTIC.test(request.text))
      await this.db.execProtocol(serialize.query(SWITCH_IN_PATTERN_CHECKS), { throwOnError: false });
    const pg15 = request.engineCatalog
      ? undefined
      : toPg15(request.text, { extended: request.params !== undefined });
    if (pg15?.refusal) return asPg15(await this.#exchange(serialize.query(pg15.text)), pg15, request.text);
    if (pg15?.checkFirst) {
      const checked = await this.#exchange(serialize.query(pg15.checkFirst));
      if (checked.error) return asPg15({ ...checked, results: [] }, undefined, request.text);
    }
    const text = pg15?.text ?? request.text;
    if (IDENTITY_CHANGE.test(request.text)) await this.#partitionIdentity(true);
    if (request.params === undefined)
      return asPg15(
        await this.#namingFkClones(request.text, await this.#exchange(serialize.query(text))),
        pg15,
        request.text,
      );
    const deep = deepParam(request.text, request.params);
    if (deep) {
      const reply = asPg15(
        await this.#exchange(serialize.query(deepParamRefusal(deep))),
        undefined,
        request.text,
      );
      return inParameterContext(reply, deep.index);
    }
    const types = [...(request.paramTypes ?? [])];
    const key = `${types.join(',')};${request.text}`;
    let known = this.#prepared.get(key);
    const statement = known ?? engineStatementName(this.#named++);
    let params = request.params;
    if (request.params.some(mayBeNewerNumber)) {
      const checked = await this.#newerNumberParam(
        statement,
        known ? undefined : text,
        types,
        request.params,
      );
      if (checked.parseFailed) return asPg15(checked.parseFailed, pg15, request.text);
      if (checked.reply) return checked.reply;
      if (!known) this.#prepared.set(key, statement);
      known = statement;
      params = checked.params ?? params;
    }
    const decimalTypes = known && hasDecimalParam(params) ? await this.#decimalParamTypes(known) : [];
    const reply = await this.#exchange(
      concat([
        // Its own unnamed statement, under the request's Sync: one implicit transaction, and an
        // error in it skips the request's statement as an error in that statement would.
        ...(pg15?.runFirst
          ? [serialize.parse({ text: pg15.runFirst, types: [] }), serialize.bind({}), serialize.execute({})]
          : []),
        ...(known ? [] : [serialize.parse({ name: statement, text, types })]),
        serialize.bind({
          statement,
          values: withDecimalParamsBinary(
            binaryAsSent(params, request.binaryParams),
            decimalTypes,
            request.binaryParams,
          ),
        }),
        serialize.describe({ type: 'P' }),
        serialize.execute({}),
        serialize.sync(),
      ]),
    );
    // Kept only once it ran: a failed parse leaves nothing to reuse (a fresh name next time).
    if (!known && !reply.error && !this.#changedSchema(reply)) this.#prepared.set(key, statement);
    return asPg15(await this.#namingFkClones(request.text, reply), pg15, request.text);
  }

  /**
   * A kept statement's parameter types, for binding its plain decimal numbers in binary
   * (pg15-decimal-params.ts): described once, on its second run (a statement run once pays no
   * Describe); none in a failed transaction, which refuses a Describe.
   */
  async #decimalParamTypes(statement: string): Promise<readonly number[]> {
    const cached = this.#parameterTypes.get(statement);
    if (cached || this.#status === 'failed') return cached ?? [];
    const { serialize } = this.pglite.protocol;
    const { messages } = await this.db.execProtocol(
      concat([serialize.describe({ type: 'S', name: statement }), serialize.sync()]),
      { throwOnError: false },
    );
    const description = messages.find(
      (message) => message instanceof this.pglite.messages.ParameterDescriptionMessage,
    );
    const types =
      description instanceof this.pglite.messages.ParameterDescriptionMessage ? description.dataTypeIDs : [];
    this.#parameterTypes.set(statement, types);
    return types;
  }

  /** See pg15-catalog.ts, `PARTITION_IDENTITY`. */
  async #partitionIdentity(restore: boolean): Promise<void> {
    await this.db.execProtocol(
      this.pglite.protocol.serialize.query(`SELECT ${PARTITION_IDENTITY}(${restore})`),
      { throwOnError: false },
    );
  }

  /**
   * After a statement that may have cloned a foreign key toward a referenced table's partitions
   * (made or attached a partition, added a foreign key), the clones get the names 15 gives them
   * (pg15-catalog.ts, `FK_CLONE_NAMES`), in the same transaction. The reply is the statement's.
   */
  async #namingFkClones(text: string, reply: EngineReply): Promise<EngineReply> {
    if (IDENTITY_CHANGE.test(text)) await this.#partitionIdentity(false);
    if (reply.status === 'failed' || !FK_CLONING.test(text)) return reply;
    if (!reply.results.some(({ command }) => command === 'CREATE TABLE' || command === 'ALTER TABLE'))
      return reply;
    await this.db.execProtocol(
      this.pglite.protocol.serialize.query(`SELECT ${FK_CLONE_NAMES}(), ${PARTITION_IDENTITY}()`),
      {
        throwOnError: false,
      },
    );
    return reply;
  }

  /**
   * 16 reads integers written in hex, octal or binary or with `_` between digits (`0x1F`, `1_000`)
   * and numerics with `_`; 15 refuses them (22P02) as it binds them. A parameter that may be one
   * (a cheap test of its text) has the statement described first, for its parameters' types: an
   * integral or numeric one (or an array of them) holding such a number fails as 15's Bind fails,
   * inside PGlite (so an open transaction is aborted), with 15's error. `text` undefined: the
   * statement is already parsed. A statement that fails its Parse answers `parseFailed`, PGlite's own
   * reply, still to be read as 15's (`asPg15`) like every other statement's error.
   */
  async #newerNumberParam(
    statement: string,
    text: string | undefined,
    types: number[],
    params: readonly (string | null)[],
  ): Promise<{ reply?: EngineReply; parseFailed?: EngineReply; params?: readonly (string | null)[] }> {
    const { serialize } = this.pglite.protocol;
    if (text !== undefined) this.#zoneParameters.set(statement, zoneParameters(tokenize(text)));
    const zones = this.#zoneParameters.get(statement);
    let parameterTypes = this.#parameterTypes.get(statement);
    if (!parameterTypes) {
      const { messages } = await this.db.execProtocol(
        concat([
          ...(text === undefined ? [] : [serialize.parse({ name: statement, text, types })]),
          serialize.describe({ type: 'S', name: statement }),
          serialize.sync(),
        ]),
        { throwOnError: false },
      );
      const failed = messages.some((message) => message instanceof this.pglite.messages.DatabaseError);
      if (failed) {
        const parseFailed = this.#reply(messages);
        this.#status = parseFailed.status;
        return { parseFailed };
      }
      const description = messages.find(
        (message) => message instanceof this.pglite.messages.ParameterDescriptionMessage,
      );
      parameterTypes =
        description instanceof this.pglite.messages.ParameterDescriptionMessage
          ? description.dataTypeIDs
          : [];
      this.#parameterTypes.set(statement, parameterTypes);
    }
    const described = parameterTypes;
    const userTypes = described.filter(
      (oid, index) => oid >= FIRST_USER_OID && mayBeNewerNumber(params[index] ?? null),
    );
    const bases = userTypes.length > 0 ? await this.#builtinBases(userTypes) : undefined;
    const readAs = bases ? described.map((oid) => bases.get(oid) ?? oid) : described;
    const fields = userTypes.length > 0 ? await this.#compositeFields(userTypes) : undefined;
    const refusedAt = (index: number) =>
      pg15RefusedParam(params[index], readAs[index]) ??
      refusedField(params[index], fields?.get(described[index] ?? 0));
    const at = params.findIndex((_, index) => refusedAt(index));
    const refused = refusedAt(at);
    if (!refused) {
      const rewritten = params.map(
        (value, index) =>
          (zones?.has(index + 1) && value !== null ? pg15ZoneArgument(value) : undefined) ??
          pg15ParamText(value, parameterTypes[index]) ??
          value,
      );
      return rewritten.some((value, index) => value !== params[index]) ? { params: rewritten } : {};
    }
    const value = String(params[at]);
    const raised = await this.#exchange(
      this.pglite.protocol.serialize.query(
        `DO $seams$ BEGIN RAISE EXCEPTION USING ERRCODE = 'invalid_text_representation', MESSAGE = 'seams'; END $seams$`,
      ),
    );
    const error: PostgresErrorFields = {
      severity: 'ERROR',
      ...refused,
      // The value as 15 shows it under log_parameter_max_length_on_error's default (0): cut to
      // nothing, with "..." after it when there was any.
      where: `unnamed portal parameter $${at + 1} = '${value === '' ? '' : '...'}'`,
    };
    return { reply: { ...raised, error } };
  }

  /**
   * The built-in type a user type reads its text as, for each of `oids`: a domain's base type
   * (through domains over domains), and for an array of a domain the array of that base type
   * (`posint[]` reads as `integer[]`). A type that is neither is left out, as is everything when the
   * catalog cannot be read (an aborted transaction).
   */
  async #builtinBases(oids: readonly number[]): Promise<Map<number, number>> {
    const list = [...new Set(oids)].map((oid) => String(Math.trunc(oid))).join(',');
    const { messages } = await this.db.execProtocol(
      this.pglite.protocol.serialize.query(`WITH RECURSIVE walk (start, type, element) AS (
          SELECT t.oid, t.oid, false FROM pg_catalog.pg_type t WHERE t.oid IN (${list})
          UNION ALL
          SELECT w.start, CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.typelem END,
              w.element OR t.typtype <> 'd'
            FROM walk w JOIN pg_catalog.pg_type t ON t.oid = w.type
            WHERE t.typtype = 'd' OR (NOT w.element AND t.typtype = 'b' AND t.typelem <> 0
              AND t.typsubscript = 'pg_catalog.array_subscript_handler'::pg_catalog.regproc))
        SELECT w.start, CASE WHEN w.element THEN t.typarray ELSE t.oid END
          FROM walk w JOIN pg_catalog.pg_type t ON t.oid = w.type
          WHERE t.typtype <> 'd' AND t.oid < ${FIRST_USER_OID} AND w.start <> w.type`),
      { throwOnError: false },
    );
    const bases = new Map<number, number>();
    for (const message of messages) {
      if (!(message instanceof this.pglite.messages.DataRowMessage)) continue;
      const [start, base] = message.fields.map(Number);
      if (start !== undefined && base !== undefined && Number.isFinite(base)) bases.set(start, base);
    }
    return bases;
  }

  /**
   * The types of each composite type's fields among `oids` (a domain or an array of one as its
   * built-in base, see #builtinBases), in order; empty when the catalog cannot be read.
   */
  async #compositeFields(oids: readonly number[]): Promise<Map<number, number[]>> {
    const list = [...new Set(oids)].map((oid) => String(Math.trunc(oid))).join(',');
    const { messages } = await this.db.execProtocol(
      this.pglite.protocol.serialize.query(`SELECT t.oid, a.atttypid FROM pg_catalog.pg_type t
          JOIN pg_catalog.pg_attribute a ON a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped
          WHERE t.oid IN (${list}) AND t.typtype = 'c' ORDER BY t.oid, a.attnum`),
      { throwOnError: false },
    );
    const fields = new Map<number, number[]>();
    for (const message of messages) {
      if (!(message instanceof this.pglite.messages.DataRowMessage)) continue;
      const [type, field] = message.fields.map(Number);
      if (type === undefined || field === undefined) continue;
      fields.set(type, [...(fields.get(type) ?? []), field]);
    }
    const user = [...fields.values()].flat().filter((oid) => oid >= FIRST_USER_OID);
    const bases = user.length > 0 ? await this.#builtinBases(user) : undefined;
    if (bases)
      for (const [type, list] of fields)
        fields.set(
          type,
          list.map((oid) => bases.get(oid) ?? oid),
        );
    return fields;
  }

  /** See pg15-catalog.ts; its own unnamed statements, so no kept statement refers to what it renames. */
  async #hideNewerCatalog(): Promise<void> {
    const { serialize } = this.pglite.protocol;
    for (const { text, params } of pg15CatalogStatements()) {
      const { messages } = await this.db.execProtocol(
        concat([
          serialize.parse({ text, types: [] }),
          serialize.bind({ values: [...params] }),
          serialize.execute({}),
          serialize.sync(),
        ]),
        { throwOnError: false },
      );
      const failure = messages.find((message) => message instanceof this.pglite.messages.DatabaseError);
      if (failure)
        throw new Error(
          `fake postgres: could not make PGlite's catalog look like PostgreSQL 15's: ${String(failure)}`,
        );
    }
  }

  async #exchange(message: Uint8Array): Promise<EngineReply> {
    const { messages, data } = await this.db.execProtocol(message, { throwOnError: false });
    restoreByteOrderMarks(messages, data);
    const reply = this.#overflowed(messages) ? await this.#afterOverflow() : this.#reply(messages);
    this.#status = reply.status;
    // pg sends unnamed statements, which PostgreSQL plans afresh every time: after a schema change
    // (or a DEALLOCATE) the kept statements are parsed again, so none fails where a re-plan would not.
    if (this.#changedSchema(reply)) {
      this.#prepared.clear();
      this.#parameterTypes.clear();
    }
    return reply;
  }

  /**
   * Whether a request overflowed PGlite's JavaScript stack (a json/jsonb value or an expression nested
   * thousands deep, built by the statement itself: deep parameters never reach PGlite, see
   * deep-nesting.ts). PGlite catches the overflow and drops the request's messages (no
   * ReadyForQuery, or no completion of the executed statement), or fails the next step with a 24000
   * about the unnamed portal; none of these is 15's answer. A fallback: with the guard in place
   * (stack-overflow-guard.ts) an overflow fails inside PGlite as an error and never gets here.
   */
  #overflowed(messages: readonly unknown[]): boolean {
    const { messages: m } = this.pglite;
    if (!messages.some((message) => message instanceof m.ReadyForQueryMessage)) return true;
    const errors = messages.filter((message) => message instanceof m.DatabaseError);
    if (errors.some((error) => error.code === '24000' && OVERFLOWED_PORTAL.test(error.message))) return true;
    const ends = new Set(['commandComplete', 'emptyQuery', 'portalSuspended']);
    return (
      errors.length === 0 && !messages.some((message) => ends.has((message as { name?: string }).name ?? ''))
    );
  }

  /**
   * The overflowed request refused as the fake's limit. PGlite's backend skipped its error cleanup
   * (buffer pins, the transaction), so its transaction is rolled back; one the session had open is
   * begun again and failed by the refusal, as 15's error would fail it (its savepoints are lost).
   */
  async #afterOverflow(): Promise<EngineReply> {
    const { serialize } = this.pglite.protocol;
    const open = this.#status !== 'idle';
    await this.db.execProtocol(serialize.query('ROLLBACK'), { throwOnError: false });
    const raise = `DO $seams$ BEGIN RAISE EXCEPTION USING ERRCODE = 'feature_not_supported', MESSAGE = 'seams'; END $seams$`;
    const { messages } = await this.db.execProtocol(serialize.query(open ? `BEGIN; ${raise}` : raise), {
      throwOnError: false,
    });
    const reply = this.#reply(messages);
    return {
      ...reply,
      results: [],
      error: { severity: 'ERROR', code: '0A000', message: STACK_OVERFLOW_REFUSAL },
    };
  }

  #changedSchema(reply: EngineReply): boolean {
    return reply.results.some(({ command }) => SCHEMA_CHANGES.test(command));
  }

  async snapshot(): Promise<void> {
    this.#reset = await TableReset.record((text) => this.run({ text }));
  }

  async reset(): Promise<void> {
    if (this.#status !== 'idle') await this.run({ text: 'ROLLBACK' });
    await this.#reset?.apply((text) => this.run({ text }));
  }

  async close(): Promise<void> {
    await this.db.close();
  }

  #reply(messages: readonly unknown[]): EngineReply {
    const { messages: m } = this.pglite;
    const results: EngineResult[] = [];
    const notices: PostgresErrorFields[] = [];
    const notifications: EngineNotification[] = [];
    let error: PostgresErrorFields | undefined;
    let status: TransactionStatus = 'idle';
    let fields: EngineField[] | undefined;
    let rows: (string | null)[][] = [];
    for (const message of messages) {
      if (message instanceof m.RowDescriptionMessage) {
        fields = message.fields.map(({ format: _format, ...field }) => field);
        rows = [];
      } else if (message instanceof m.DataRowMessage) {
        rows.push(message.fields);
      } else if (message instanceof m.CommandCompleteMessage) {
        results.push({ command: message.text, rows, ...(fields ? { fields } : {}) });
        fields = undefined;
        rows = [];
      } else if (message instanceof m.DatabaseError) {
        error = reportOf(message);
      } else if (message instanceof m.NoticeMessage) {
        notices.push(reportOf(message));
      } else if (message instanceof m.NotificationResponseMessage) {
        notifications.push({ channel: message.channel, payload: message.payload });
      } else if (message instanceof m.ReadyForQueryMessage) {
        status = STATUS[message.status] ?? 'idle';
      }
    }
    return {
      results,
      notices,
      status,
      ...(error ? { error } : {}),
      ...(notifications.length > 0 ? { notifications } : {}),
    };
  }
}

/**
 * The reply as PostgreSQL 15 gives it: the refusal's error in place of its stand-in's, error
 * positions pointing into the text the client sent rather than the rewritten one, errors 16-18
 * report otherwise as 15 does (pg15-errors.ts), and SHOW of the server version as the fake's.
 */
/** 18's 42P22 for a string comparison the dialect added, in 15's words for the construct it checks. */
function collationError(error: PostgresErrorFields, pg15: Pg15Request | undefined): PostgresErrorFields {
  return pg15?.collationFor !== undefined &&
    error.code === '42P22' &&
    error.message === 'could not determine which collation to use for string comparison'
    ? { ...error, message: `could not determine which collation to use for ${pg15.collationFor}` }
    : error;
}

function asPg15(pglite: EngineReply, pg15: Pg15Request | undefined, text: string): EngineReply {
  const error =
    pglite.error &&
    withoutStackFrames(
      withoutFakeContext(
        maintenanceSearchPath(inheritedNotNull(asPg15Error(pglite.error, text), pg15), text),
      ),
    );
  const added = pg15?.addedResults;
  const results = added ? pglite.results.filter((_, index) => !added.includes(index)) : pglite.results;
  const shown = pg15?.showsSetting ? results.map(asShowResult) : results;
  const versioned = shown.some(({ command }) => command === 'SHOW') ? shown.map(showingPg15Version) : shown;
  const explained = versioned.some(({ command }) => command === 'EXPLAIN')
    ? versioned.map(pg15Explain)
    : versioned;
  const unmapped = explained.findIndex((result) => unmappedExplain(result, text) !== undefined);
  const explainRefusal =
    unmapped < 0 ? undefined : unmappedExplain(explained[unmapped] as EngineResult, text);
  if (explainRefusal) return { ...pglite, results: explained.slice(0, unmapped), error: explainRefusal };
  const reply: EngineReply = {
    ...pglite,
    results: explained,
    ...(error && { error: collationError(error, pg15) }),
  };
  if (!pg15 || !error) return reply;
  if (pg15.refusal && (pg15.refusesWholeRequest || error.message === REFUSAL_MARKER)) {
    const { code, message, hint, detail, position } = pg15.refusal;
    const refusal: PostgresErrorFields = {
      severity: 'ERROR',
      code,
      message,
      ...(detail === undefined ? {} : { detail }),
      ...(hint === undefined ? {} : { hint }),
      ...(position === undefined ? {} : { position: String(position) }),
    };
    return { ...reply, error: refusal };
  }
  if (error.position === undefined) return reply;
  return { ...reply, error: { ...error, position: String(pg15.originalPosition(Number(error.position))) } };
}

/**
 * A parameter worth describing its statement for: text that may hold a number 16+ reads and 15 does
 * not, an infinity (`+infinity` dates, infinite intervals) or an empty inner array (`{{}}`).
 */
const JSONPATH_OID = 4072;

const NEWER_NUMBER_HINT = new RegExp(
  String.raw`${NEWER_JSONPATH_METHOD.source}|\bago\b|0[xXoObB]|\d_\d|_\d|infinity|\{\s*\{|epoch|(?<![\w.:-])0\d|^\s*\[|${IDENTIFIER_HINT.source}|${CONFLICTING_ABBREVIATION.source}|${ZONE_DATA_ABBREVIATION.source}|${INTERVAL_UNIT_RUN.source}`,
  'i',
);

/**
 * The text to bind in place of `value`, a parameter of type `oid`, where 15 reads it otherwise than
 * 16+ and the other form reads 15's meaning on both: an oid (or oid[], oidvector) with leading
 * zeros, a date or timestamp whose special word has other fields beside it. Undefined otherwise.
 */
export function pg15ParamText(value: unknown, oid: number | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const identifier = oid === undefined ? undefined : IDENTIFIER_TYPE_OIDS.get(oid);
  const dimensions =
    oid !== undefined && (ARRAY_TYPES.has(oid) || identifier?.[1] === 'array')
      ? pg15ArrayDimensions(value)
      : undefined;
  const bounded = dimensions && 'text' in dimensions ? dimensions.text : value;
  const reading = identifier && pg15IdentifierReading(identifier[0], identifier[1], bounded);
  if (reading && 'text' in reading) return reading.text;
  if (bounded !== value) return bounded;
  if (oid === 26 || oid === 1028 || oid === 30) return pg15OidText(value);
  if (oid === 1184) return pg15DatetimeText(value) ?? pg15ZoneText(value);
  // timetz, timestamptz[], timetz[]: each value's abbreviations as the set's, as a timestamptz's.
  if (oid === 1266 || oid === 1185 || oid === 1270) return pg15ZoneText(value);
  if (oid === 1082 || oid === 1114) return pg15DatetimeText(value);
  if (oid === 1186) return pg15IntervalText(value);
  return undefined;
}

/**
 * 15's input error for the first field of a composite value (`value` bound as a composite type
 * whose fields read as `types`) that 16+ reads and 15 refuses; undefined otherwise.
 */
function refusedField(
  value: unknown,
  types: readonly number[] | undefined,
): Pick<PostgresErrorFields, 'code' | 'message'> | undefined {
  if (typeof value !== 'string' || !types) return undefined;
  const fields = recordFields(value) ?? [];
  for (const [index, field] of fields.entries()) {
    const number = field === null ? undefined : pg15RefusedNumber(field, types[index]);
    if (number)
      return { code: '22P02', message: `invalid input syntax for type ${number.type}: "${number.text}"` };
  }
  return undefined;
}

/** The first OID initdb leaves to user objects: below it, a type is built in (and the same on 15). */
const FIRST_USER_OID = 16384;

function mayBeNewerNumber(value: unknown): boolean {
  return typeof value === 'string' && (NEWER_NUMBER_HINT.test(value) || mayBeMalformedArray(value));
}

/** Types whose input 16 widened, by OID (and their arrays'), with 15's name for them in its input error. */
const NUMBER_TYPES: ReadonlyMap<number, readonly [name: string, array: boolean]> = new Map([
  [21, ['smallint', false]],
  [23, ['integer', false]],
  [20, ['bigint', false]],
  [1700, ['numeric', false]],
  [1005, ['smallint', true]],
  [1007, ['integer', true]],
  [1016, ['bigint', true]],
  [1231, ['numeric', true]],
] as const);

/**
 * 15's input error (its type name, the text it names) when `value`, bound as a parameter of type
 * `oid`, is a number 16+ reads and 15 refuses (for an array, the first element that is one);
 * undefined otherwise.
 */
export function pg15RefusedNumber(
  value: unknown,
  oid: number | undefined,
): { readonly type: string; readonly text: string } | undefined {
  if (typeof value !== 'string' || oid === undefined) return undefined;
  const known = NUMBER_TYPES.get(oid);
  if (!known) return refusedRangeParam(value, oid);
  const [type, array] = known;
  const pattern = type === 'numeric' ? NEWER_NUMERIC : NEWER_INTEGER;
  if (!array) return pattern.test(value) ? { type, text: value } : undefined;
  // Text that is no array literal at all is malformed before any element is read, on 15 as on 18.
  if (!/^\s*[{[]/.test(value)) return undefined;
  const text = value
    .split(/[{},]/)
    .map((element) => element.trim().replace(/^"(.*)"$/s, '$1'))
    .find((element) => pattern.test(element));
  return text === undefined ? undefined : { type, text };
}

/** Date and time types (and oid) whose input 16-17 widened, by OID (and their arrays'): 15's name, what it refuses. */
const DATETIME_TYPES: ReadonlyMap<number, readonly [name: string, array: boolean, refused: RegExp]> = new Map(
  [
    [1082, ['date', false, NEWER_DATETIME]],
    [1114, ['timestamp', false, NEWER_DATETIME]],
    [1184, ['timestamp with time zone', false, NEWER_DATETIME]],
    [1186, ['interval', false, NEWER_INFINITE_INTERVAL]],
    [26, ['oid', false, NEWER_OID]],
    [1028, ['oid', true, NEWER_OID]],
    [1182, ['date', true, NEWER_DATETIME]],
    [1115, ['timestamp', true, NEWER_DATETIME]],
    [1185, ['timestamp with time zone', true, NEWER_DATETIME]],
    [1187, ['interval', true, NEWER_INFINITE_INTERVAL]],
  ] as const,
);

/** The built-in array types a parameter is commonly bound as (for `{{}}`, which 15 refuses for any). */
const ARRAY_TYPES = new Set([
  199, 651, 1000, 1001, 1002, 1003, 1005, 1007, 1009, 1014, 1015, 1016, 1021, 1022, 1028, 1041, 1115, 1182,
  1183, 1185, 1187, 1231, 1270, 2951, 3807,
]);

const arrayElements = (value: string): string[] =>
  value.split(/[{},]/).map((element) => element.trim().replace(/^"(.*)"$/s, '$1'));

/**
 * 15's error when `value`, bound as a parameter of type `oid`, is input 16+ reads and 15 refuses:
 * an integer or numeric `pg15RefusedNumber` names, `+infinity` as a date or timestamp, an infinite
 * interval, or an array with an empty inner array. Undefined otherwise.
 */
export function pg15RefusedParam(
  value: unknown,
  oid: number | undefined,
): Pick<PostgresErrorFields, 'code' | 'message' | 'detail'> | undefined {
  if (typeof value !== 'string' || oid === undefined) return undefined;
  const dimensions = ARRAY_TYPES.has(oid) ? pg15ArrayDimensions(value) : undefined;
  if (dimensions && 'error' in dimensions) return dimensions.error;
  const identifier = IDENTIFIER_TYPE_OIDS.get(oid);
  const reading = identifier && pg15IdentifierReading(identifier[0], identifier[1], value);
  if (reading && 'error' in reading) return reading.error;
  const malformed = ARRAY_TYPES.has(oid) ? pg15MalformedArray(value) : undefined;
  if (malformed) return malformed;
  // A jsonpath parameter in 16+/17+ syntax, which 15 fails to parse (as a constant, pg15-dialect.ts).
  if (oid === JSONPATH_OID) {
    const jsonpath = pg15JsonpathError(value);
    if (jsonpath) return jsonpath;
  }
  const number = pg15RefusedNumber(value, oid);
  if (number)
    return { code: '22P02', message: `invalid input syntax for type ${number.type}: "${number.text}"` };
  const datetime = DATETIME_TYPES.get(oid);
  if (!datetime) return undefined;
  const [type, array, refused] = datetime;
  const text = array ? arrayElements(value).find((element) => refused.test(element)) : value;
  return text !== undefined && refused.test(text)
    ? {
        code: type === 'oid' ? '22P02' : '22007',
        message: `invalid input syntax for type ${type}: "${text}"`,
      }
    : undefined;
}

/** A context line naming the statement a PL/pgSQL function ran, not a function of its own. */
const STATEMENT_LINE = /^(?:SQL statement|SQL expression|PL\/pgSQL expression) "/;

/**
 * An error raised by one of the fake's own catalog functions (a guard, a 15-behaved built-in) has
 * their frames in its context: PostgreSQL 15 raises it from C, with none of them.
 */
function withoutFakeContext(error: PostgresErrorFields): PostgresErrorFields {
  const fake = (line: string): boolean =>
    line.includes(PG15_HIDDEN_PREFIX) || PATTERN_WRAPPER_FRAME.test(line) || isWrapperFrame(line);
  if (error.internalQuery?.includes(PG15_HIDDEN_PREFIX)) {
    // A query of the fake's own (a guard, a stand-in's body) 15 never runs: not one to show.
    const { internalQuery: _query, internalPosition: _position, ...rest } = error;
    return withoutFakeContext(rest);
  }
  if (!error.where?.split('\n').some(fake)) return error;
  const { where, ...rest } = error;
  const lines = where.split('\n');
  const dropped = lines.map(fake);
  // Lines are innermost first: the statement a stand-in ran ('SQL statement "SELECT name::regclass"')
  // comes just before the stand-in's own frame, and goes with it.
  for (let index = lines.length - 1; index > 0; index -= 1) {
    if (dropped[index] && STATEMENT_LINE.test(lines[index - 1] ?? '')) dropped[index - 1] = true;
  }
  const kept = lines.filter((_, index) => !dropped[index]).join('\n');
  return kept === '' ? rest : { ...rest, where: kept };
}

/** Commands 17 runs with `search_path` set to `pg_catalog, pg_temp`. */
const MAINTENANCE =
  /\b(?:create\s+(?:unique\s+)?index|materialized\s+view|reindex|cluster|vacuum|analy[sz]e)\b/i;
/** What a function's body fails with when a name it leaves unqualified does not resolve. */
const UNRESOLVED = new Set(['42883', '42P01', '42704']);

/**
 * 17 runs maintenance commands (CREATE INDEX, CREATE / REFRESH MATERIALIZED VIEW, REINDEX, CLUSTER,
 * VACUUM, ANALYZE) with `search_path` set to `pg_catalog, pg_temp`, so a function in an index
 * expression or a view's query that names a table or function of its own schema unqualified fails
 * there (42883, 42P01) where 15 resolved it on the session's search_path. The server cannot be
 * told otherwise: such a failure inside a function's body is refused loudly instead.
 */
function maintenanceSearchPath(error: PostgresErrorFields, text: string): PostgresErrorFields {
  if (!UNRESOLVED.has(error.code) || !/\bfunction\b/.test(error.where ?? '') || !MAINTENANCE.test(text))
    return error;
  return {
    severity: 'ERROR',
    code: '0A000',
    message: `${error.message}: PGlite (PostgreSQL 18) runs maintenance commands (CREATE INDEX, materialized views, REINDEX, CLUSTER, VACUUM, ANALYZE) with search_path pg_catalog, pg_temp, where PostgreSQL 15 keeps the session's, so a function naming objects unqualified fails there; the fake cannot answer as 15 does: qualify the names or set the function's search_path, or run this test on the real server`,
  };
}

const INHERITED_CONSTRAINT = /^cannot drop inherited constraint ".*" of relation "(.*)"$/s;

/**
 * 18 keeps an inherited NOT NULL as a constraint the child cannot drop (42P16); 15 drops the child's
 * NOT NULL alone and the child then takes NULLs the parent refuses. PGlite's catalog cannot hold
 * that (18 recurses over the children's not-null constraints by column), so the fake refuses it
 * clearly. A partition's is refused by 15 as well, in the same words as 18 ("marked NOT NULL in
 * parent table"), and left alone.
 */
function inheritedNotNull(error: PostgresErrorFields, pg15: Pg15Request | undefined): PostgresErrorFields {
  const relation =
    pg15?.dropsNotNull && error.code === '42P16' ? INHERITED_CONSTRAINT.exec(error.message) : null;
  if (!relation) return error;
  return {
    severity: 'ERROR',
    code: '0A000',
    message: `DROP NOT NULL on a column of "${relation[1]}" whose NOT NULL it inherits is refused by PGlite (PostgreSQL 18 keeps it as an inherited constraint) where PostgreSQL 15 drops it on this table alone, so the fake cannot answer as 15 does: run this test on the real server`,
  };
}

const FAKE_VERSION_SETTINGS: Readonly<Record<string, string>> = {
  server_version: SERVER_VERSION,
  server_version_num: SERVER_VERSION_NUM,
  ...Object.fromEntries(FIXED_SETTINGS.map(({ shown, row: [name] }) => [name, shown])),
};

/**
 * `SHOW server_version[_num]` and `SHOW ALL` as the fake's version (server-version.ts), and the
 * settings no session changes whose PGlite value is not 15's (pg15-settings.ts `FIXED_SETTINGS`): PostgreSQL
 * answers SHOW in C, from the value compiled in, which no catalog change reaches (pg15-catalog.ts
 * covers what SQL reads). A SHOW's one column is named after its setting; SHOW ALL's rows are
 * (name, setting, description).
 */
function showingPg15Version(result: EngineResult): EngineResult {
  if (result.command !== 'SHOW' || !result.fields) return result;
  const [first] = result.fields;
  const single = first ? FAKE_VERSION_SETTINGS[first.name] : undefined;
  if (single !== undefined && result.fields.length === 1) return { ...result, rows: [[single]] };
  if (first?.name !== 'name' || result.fields[1]?.name !== 'setting') return result;
  const rows = pg15ShowAllRows(result.rows).map((row) => {
    const version = FAKE_VERSION_SETTINGS[row[0] ?? ''];
    const fixed = FIXED_SETTINGS.find(({ row: [name] }) => name === row[0]);
    if (fixed) return [row[0] ?? null, fixed.shown, fixed.row[4]];
    return version === undefined ? row : [row[0] ?? null, version, ...row.slice(2)];
  });
  return { ...result, rows };
}

/** The SELECT that stands for a SHOW of a setting 18 lacks (pg15-dialect.ts `showsSetting`), as that SHOW. */
/** 18's plan lines 15 does not print: index searches, a disabled node, a node's storage (17). */
const NEWER_PLAN_LINE =
  /^\s*(?:Index Searches: \d+|Disabled: true|Storage: \w+\s+Maximum Storage: \d+kB|Window: \w+ AS \(.*\))$/;
/** The same, in EXPLAIN's JSON (or YAML) format: a key of its own line. */
const NEWER_PLAN_KEY =
  /^\s*(?:"?(?:Index Searches|Disabled|Storage|Maximum Storage|Window)"?: |<(Index-Searches|Disabled|Storage|Maximum-Storage|Window)>.*<\/\1>$)/;

/**
 * Settings EXPLAIN (SETTINGS) lists because they differ from PGlite's built-in defaults, with the
 * value the fake runs them at, which 15 would not list: its defaults (the I/O concurrency
 * initdb-cache.ts sets back to 15's), PGlite's one-process parallel workers, and the 16-18 planner
 * steps initdb-cache.ts turns off (settings 15 has not).
 */
const FAKE_SETTINGS_SHOWN: ReadonlyMap<string, string> = new Map([
  ['max_parallel_workers', '0'],
  ['max_parallel_workers_per_gather', '0'],
  ['effective_io_concurrency', '1'],
  ['maintenance_io_concurrency', '10'],
  ['enable_presorted_aggregate', 'off'],
  ['enable_group_by_reordering', 'off'],
  ['enable_self_join_elimination', 'off'],
  ['enable_distinct_reordering', 'off'],
]);
const fakeSetting = (name: string | undefined, value: string | undefined): boolean =>
  name !== undefined && FAKE_SETTINGS_SHOWN.get(name) === value;

/** One setting of EXPLAIN's JSON, YAML or XML Settings group. */
const SETTING_ITEM = /^\s*(?:"(\w+)": "([^"]*)",?|(\w+): "([^"]*)"|<(\w+)>([^<]*)<\/\5>)$/;

function fakeSettingLine(line: string): boolean {
  const item = SETTING_ITEM.exec(line);
  return item !== null && fakeSetting(item[1] ?? item[3] ?? item[5], item[2] ?? item[4] ?? item[6]);
}

/** The text format's `Settings: a = 'x', b = 'y'` line without the fake's own; undefined when none is left. */
function pg15SettingsLine(line: string): string | undefined {
  if (!line.startsWith('Settings: ')) return line;
  const items = [...line.slice('Settings: '.length).matchAll(/(\w+) = '((?:[^']|'')*)'/g)].filter(
    ([, name, value]) => !fakeSetting(name, value?.replaceAll("''", "'")),
  );
  return items.length === 0 ? undefined : `Settings: ${items.map(([item]) => item).join(', ')}`;
}

/**
 * What 15 prints otherwise, and not from the same line: 17's `(InitPlan 1).col1` for 15's `$0` (a
 * parameter number 15 allocates across the plan), `ANY (x = (hashed SubPlan 1).col1)` and
 * `EXISTS(SubPlan 1)`; 18's SetOp over two inputs (15's over an Append of "*SELECT* n" subquery
 * scans); and a hash table's or sort's memory, which the 32-bit wasm build counts otherwise.
 */
const UNMAPPED_PLAN_TEXT =
  /\((?:hashed )?(?:SubPlan|InitPlan) \d+\)\.col\d+|\bEXISTS\(SubPlan \d+\)|^\s*(?:"?Subplans? Name"?: "?|<Subplan-Name>)?InitPlan \d+(?:"?,?|<\/Subplan-Name>)$|\b(?:Hash)?SetOp (?:Except|Intersect)\b|"Node Type": "SetOp"|\bMemory(?: Usage)?: \d+kB|"(?:Peak )?Memory Usage": \d+/m;

/**
 * 18 names the window a function runs over (`row_number() OVER w1`, the WINDOW clause's name or one
 * it makes up) in Output and Run Condition lines; 15 prints `OVER (?)`.
 */
const WINDOW_NAME = /\bOVER (?:"(?:[^"]|"")+"|[A-Za-z_][\w$]*)(?=[\s),"<]|$)/g;

/** UNION without ALL, which 17 may plan as a Merge Append of sorted branches (15: an Append). */
const DISTINCT_UNION = /\bunion\b(?!\s+all\b)/i;

/**
 * Join nodes 15's planner has not: 16's right anti join and 18's right semi join (15 hashes the
 * other side: `Hash Semi Join` over the outer table where 18 prints `Hash Right Semi Join`).
 */
const NEWER_JOIN = /\bRight (?:Semi|Anti) Join\b|"Join Type": "Right (?:Semi|Anti)"/;

/**
 * An array comparison in a plan of a statement that wrote none: 18 turns `a = 1 OR a = 2` into
 * `a = ANY ('{1,2}'::integer[])`, where 15 prints the ORs (a BitmapOr of index scans, or a Filter),
 * and `a IN (VALUES (1), (2))` likewise, where 15 joins to a Values Scan.
 */
const PLANNED_ANY = /= ANY \(/;
const WRITTEN_ANY = /\b(?:any|some)\s*\(|\bin\s*\((?!\s*values\b)/i;

/**
 * NULL tests in the statement that its plan no longer shows: 17 drops `col IS NOT NULL` on a NOT
 * NULL column and reads `col IS NULL` there as false, where 15 prints the test as a Filter. (A
 * test 15 does not print either, in a select list, is refused too.)
 */
const NULL_TEST = /\bis\s+(?:not\s+)?null\b/gi;
const nullTestCount = (text: string): number => text.match(NULL_TEST)?.length ?? 0;

/**
 * A constant-false Result with nothing under it. 15 keeps the scan under the One-Time Filter when
 * the planner finds the contradiction late (`k = 1 AND k = 2`, a NOT NULL column's `IS NULL`); 17
 * and 18 leave it out, as 15 does only for a literal `false`.
 */
function childlessFalseResult(rows: EngineResult['rows']): boolean {
  const [only] = rows;
  if (rows.length === 1 && only?.[0]?.trimStart().startsWith('['))
    return childlessFalseJsonNode(JSON.parse(only[0]));
  return rows.some(
    (row, index) =>
      /^\s*One-Time Filter: false$/.test(row[0] ?? '') && !/^\s*->/.test(rows[index + 1]?.[0] ?? ''),
  );
}

/** The same in EXPLAIN's JSON format: a node of `"One-Time Filter": "false"` and no `Plans`. */
function childlessFalseJsonNode(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(childlessFalseJsonNode);
  if (typeof value !== 'object' || value === null) return false;
  const node = value as { readonly 'One-Time Filter'?: unknown; readonly Plans?: unknown };
  if (node['One-Time Filter'] === 'false' && node.Plans === undefined) return true;
  return Object.values(node).some(childlessFalseJsonNode);
}

/** EXPLAIN's output 15 would print otherwise, in a way the fake cannot rewrite: refused loudly. */
function unmappedExplain(result: EngineResult, text: string): PostgresErrorFields | undefined {
  if (result.command !== 'EXPLAIN') return undefined;
  const plan = result.rows.map((row) => row[0] ?? '').join('\n');
  const unmapped =
    result.rows.some((row) => UNMAPPED_PLAN_TEXT.test(row[0] ?? '') || NEWER_JOIN.test(row[0] ?? '')) ||
    // The fake's own stand-ins for built-ins, inlined by the planner (date_trunc as a CASE over
    // pglite18_ functions): 15 prints the built-in's call.
    plan.includes(PG15_HIDDEN_PREFIX) ||
    nullTestCount(plan) < nullTestCount(text) ||
    (DISTINCT_UNION.test(text) && result.rows.some((row) => /Merge Append/.test(row[0] ?? ''))) ||
    (!/\bfalse\b/i.test(text) && childlessFalseResult(result.rows)) ||
    (!WRITTEN_ANY.test(text) && result.rows.some((row) => PLANNED_ANY.test(row[0] ?? '')));
  if (!unmapped) return undefined;
  return {
    severity: 'ERROR',
    code: '0A000',
    message:
      'EXPLAIN of this plan: PGlite (PostgreSQL 18) prints it otherwise than PostgreSQL 15 (subplan references, INTERSECT/EXCEPT nodes, the Merge Append of a UNION, right semi and anti joins, ORs it plans as ANY, NULL tests and contradictions it plans away, stand-ins the fake inlines for built-ins, memory counts of its 32-bit build), so the fake refuses it: run this test on the real server',
  };
}
/** 18 prints a node's actual rows with two decimals; 15 rounded to a whole number. */
const ACTUAL_ROWS =
  /((?:\(actual|"Actual Rows":|Actual Rows:)[^)\n]*?\brows=|"Actual Rows": |Actual Rows: )(\d+)\.(\d{2})/g;

const wholeRows = (_: string, before: string, whole: string, decimals: string): string => {
  const hundredths = Number(decimals);
  const even = Number(whole) % 2 === 0;
  const up = hundredths > 50 || (hundredths === 50 && !even);
  return `${before}${up ? BigInt(whole) + 1n : whole}`;
};

/**
 * EXPLAIN's output as 15 prints it (the text format a line a row, the others one document): 18's
 * added lines and keys left out (and a comma before a key left out where it closed its object),
 * and actual rows as whole numbers.
 */
function pg15Explain(result: EngineResult): EngineResult {
  if (result.command !== 'EXPLAIN') return result;
  const lines = result.rows.length === 1 && (result.rows[0]?.[0] ?? '').includes('\n');
  if (!lines) {
    const rows = result.rows
      .filter((row) => !NEWER_PLAN_LINE.test(row[0] ?? ''))
      .flatMap((row) => {
        const line = pg15SettingsLine(row[0] ?? '');
        return line === undefined
          ? []
          : [[line.replace(ACTUAL_ROWS, wholeRows).replace(WINDOW_NAME, 'OVER (?)')]];
      });
    return { ...result, rows };
  }
  const kept: string[] = [];
  for (const line of (result.rows[0]?.[0] ?? '').split('\n')) {
    if (NEWER_PLAN_KEY.test(line) || fakeSettingLine(line)) {
      if (!line.trimEnd().endsWith(',')) {
        const previous = kept.length - 1;
        kept[previous] = (kept[previous] ?? '').replace(/,$/, '');
      }
      continue;
    }
    kept.push(line.replace(ACTUAL_ROWS, wholeRows).replace(WINDOW_NAME, 'OVER (?)'));
  }
  return { ...result, rows: [[kept.join('\n')]] };
}

function asShowResult(result: EngineResult): EngineResult {
  const [field, ...others] = result.fields ?? [];
  if (!field?.name.startsWith(SHOWN_SETTING_PREFIX) || others.length > 0) return result;
  return {
    ...result,
    command: 'SHOW',
    fields: [{ ...field, name: field.name.slice(SHOWN_SETTING_PREFIX.length) }],
  };
}

/**
 * SHOW ALL as 15 lists it: without the settings 16-18 added, with its locale settings (by name,
 * letters folded, as the server sorts them).
 */
function pg15ShowAllRows(rows: EngineResult['rows']): EngineResult['rows'] {
  const kept = rows
    .filter((row) => !NEWER_SETTINGS.has(row[0] ?? '') && !EXTENSION_NEWER_SETTINGS.has(row[0] ?? ''))
    // 16 to 18 reworded many descriptions: 15's own (pg15-setting-texts-data.ts).
    .map((row) => {
      const description = PG15_DESCRIPTIONS.get(row[0] ?? '');
      return description === undefined ? row : [row[0] ?? null, row[1] ?? null, description];
    });
  const added: (readonly [string, string, string])[] = [
    ...LOCALE_SETTING_DESCRIPTIONS.map(([name, description]) => [name, SERVER_LOCALE, description] as const),
    // 15's settings 16 to 18 removed, at their defaults (their shown values need no unit).
    ...REMOVED_SETTING_ROWS.filter(([name]) => !LOCALE_SETTING_NAMES.has(name)).map(
      ([name, setting, , , description]) => [name, setting, description] as const,
    ),
  ];
  for (const [name, setting, description] of added) {
    if (kept.some((row) => row[0] === name)) continue;
    const at = kept.findIndex((row) => (row[0] ?? '').toLowerCase() > name);
    kept.splice(at < 0 ? kept.length : at, 0, [name, setting, description]);
  }
  return kept;
}

const PG15_DESCRIPTIONS = new Map(PG15_SETTING_TEXTS.map(([name, , shortDesc]) => [name, shortDesc]));
const LOCALE_SETTING_NAMES = new Set(['lc_collate', 'lc_ctype']);

const LOCALE_SETTING_DESCRIPTIONS = [
  ['lc_collate', 'Shows the collation order locale.'],
  ['lc_ctype', 'Shows the character classification and case conversion locale.'],
] as const;

interface Report {
  readonly message?: string | undefined;
  readonly severity?: string | undefined;
  readonly code?: string | undefined;
}

const OPTIONAL_FIELDS = [
  'detail',
  'hint',
  'position',
  'internalPosition',
  'internalQuery',
  'where',
  'schema',
  'table',
  'column',
  'dataType',
  'constraint',
  'file',
  'line',
  'routine',
] as const;

function reportOf(
  report: Report & Partial<Record<(typeof OPTIONAL_FIELDS)[number], string>>,
): PostgresErrorFields {
  const fields: Record<string, string> = {};
  for (const key of OPTIONAL_FIELDS) {
    const value = report[key];
    if (value !== undefined) fields[key] = value;
  }
  return {
    ...fields,
    severity: report.severity ?? 'ERROR',
    code: report.code ?? 'XX000',
    message: report.message ?? '',
  };
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  return Buffer.concat(parts);
}

/**
 * The parameters as the client sent them: a binary one (a Buffer, carried as bytea hex text) goes
 * to PostgreSQL in binary again, for it to read with the binary input of the parameter's resolved
 * type (text takes the raw bytes, and refuses a NUL), as the server does.
 */
function binaryAsSent(
  params: readonly (string | null)[],
  binary: readonly boolean[] | undefined,
): (string | null | Uint8Array)[] {
  return params.map((value, index) =>
    binary?.[index] && value?.startsWith('\\x') ? Buffer.from(value.slice(2), 'hex') : value,
  );
}
