import { FakePostgresError } from '../fake-postgres-error.js';
import { FakePostgresSetupError, type FakePostgresSetupErrorCode } from '../fake-postgres-setup-error.js';
import type { EngineReply, EngineRequest, PostgresErrorFields } from '../postgres-engine.js';
import type { PgliteWasmModule } from './pglite-wasm.js';

// What crosses between `PgliteWorkerEngine` and its thread (`pglite-worker.ts`), by structured
// clone: plain data only, since a class instance arrives as a bare object.

/** Call 0 is the start (its answer says PGlite is up, or why not); later ids number the calls. */
export const START_CALL = 0;

/** What the thread needs to start PGlite (`workerData`). */
export interface WorkerStart {
  /** Where saved initdb clusters live, or undefined to run initdb every time. */
  readonly cacheDir: string | undefined;
  /** From the sources: the TypeScript script `typescript-thread.mjs` runs once tsx is registered. */
  readonly script?: string;
  /** PGlite's WebAssembly as the starting thread compiled it: the thread's PGlite shares its code. */
  readonly wasmModule?: PgliteWasmModule;
}

/** A call from the engine to its thread; the thread answers each with the same id, in order. */
export type WorkerCall =
  | { readonly id: number; readonly call: 'run'; readonly request: EngineRequest }
  | { readonly id: number; readonly call: 'snapshot' | 'reset' | 'close' };

/** The thread's answer to one call. */
export type WorkerAnswer =
  | { readonly id: number; readonly ok: true; readonly reply?: EngineReply }
  | { readonly id: number; readonly ok: false; readonly error: SerializedError };

/** An error as plain data: what the engine needs to throw the same class with the same code. */
export interface SerializedError {
  readonly name: string;
  readonly message: string;
  readonly stack?: string | undefined;
  readonly code?: string | undefined;
  /** A `FakePostgresError`'s PostgreSQL fields. */
  readonly fields?: PostgresErrorFields | undefined;
}

/** `error` as plain data, keeping its name, code and (for `FakePostgresError`) its fields. */
export function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const code = (error as { code?: unknown }).code;
  return {
    name: error.name,
    message: error.message,
    stack: error.stack,
    ...(typeof code === 'string' ? { code } : {}),
    ...(error instanceof FakePostgresError ? { fields: error.fields } : {}),
  };
}

/**
 * The error a thread reported, as the class it was thrown as where this side knows that class
 * (`FakePostgresSetupError`, `FakePostgresError`), else an `Error` with its name and code. The
 * stack is the thread's, where the error happened.
 */
export function reviveError(serialized: SerializedError): Error {
  const { name, message, code, fields } = serialized;
  let error: Error;
  if (name === 'FakePostgresSetupError' && code?.startsWith('FAKE_PG_')) {
    error = new FakePostgresSetupError(code as FakePostgresSetupErrorCode, message);
  } else if (name === 'FakePostgresError' && code) {
    const {
      severity: _severity,
      code: _code,
      message: _message,
      ...details
    } = fields ?? {
      severity: 'ERROR',
      code,
      message,
    };
    error = new FakePostgresError(code, message, { fields: details });
  } else {
    error = Object.assign(new Error(message), code === undefined ? {} : { code });
    error.name = name;
  }
  if (serialized.stack) error.stack = serialized.stack;
  return error;
}
