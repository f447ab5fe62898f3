import { Worker } from 'node:worker_threads';
import { FakePostgresEngineError } from '../fake-postgres-engine-error.js';
import type { EngineReply, EngineRequest, PostgresEngine, TransactionStatus } from '../postgres-engine.js';
import { initdbCacheDir } from './initdb-cache.js';
import { pgliteWasmModule } from './pglite-wasm.js';
import {
  reviveError,
  START_CALL,
  type WorkerAnswer,
  type WorkerCall,
  type WorkerStart,
} from './pglite-worker-protocol.js';

/** Options of `PgliteWorkerEngine.start`. */
export interface PgliteWorkerEngineOptions {
  /** Where saved initdb clusters live (`initdbCacheDir()` by default), or undefined for none. */
  readonly cacheDir?: string | undefined;
  /** The thread's script; tests start stand-ins. Default: `pglite-worker` beside this module. */
  readonly script?: URL;
}

interface Pending {
  readonly resolve: (answer: WorkerAnswer & { ok: true }) => void;
  readonly reject: (error: Error) => void;
}

type CallWithoutId = WorkerCall extends infer Call
  ? Call extends WorkerCall
    ? Omit<Call, 'id'>
    : never
  : never;

/**
 * PGlite and its `PgliteEngine` on a `node:worker_threads` thread of their own, behind the same
 * engine interface: PostgreSQL's CPU (WASM) then runs on another core than the code that calls it,
 * so a service under load and its embedded database no longer share one event loop. Requests and
 * replies cross by structured clone; errors keep their class and code. If the thread dies, what
 * was in flight and everything after fails with `FakePostgresEngineError` instead of hanging.
 * An idle engine does not keep the process alive (like the fake's pool, `allowExitOnIdle`);
 * `close()` ends the thread.
 */
export class PgliteWorkerEngine implements PostgresEngine {
  readonly name = 'pglite (worker thread)';
  /** The thread answers calls one at a time, in the order they were posted. */
  readonly inOrder = true;
  readonly #worker: Worker;
  readonly #pending = new Map<number, Pending>();
  #next = START_CALL + 1;
  #status: TransactionStatus = 'idle';
  #stopped: FakePostgresEngineError | undefined;
  #closing: Promise<void> | undefined;

  private constructor(worker: Worker) {
    this.#worker = worker;
    worker.on('message', (answer: WorkerAnswer) => this.#answer(answer));
    worker.on('error', (error) => this.#stop(`crashed: ${error.message}`, error));
    worker.on('messageerror', (error) =>
      this.#stop(`sent an answer that could not be read: ${error.message}`, error),
    );
    worker.on('exit', (code) => this.#stop(`exited (code ${code})`));
  }

  /** Starts the thread and PGlite in it (seconds: most of it PGlite's own start); rejects with why it could not. */
  static async start(options: PgliteWorkerEngineOptions = {}): Promise<PgliteWorkerEngine> {
    const cacheDir = 'cacheDir' in options ? options.cacheDir : initdbCacheDir();
    const wasmModule = await pgliteWasmModule();
    const workerData: WorkerStart = { cacheDir, ...(wasmModule && { wasmModule }) };
    const engine = new PgliteWorkerEngine(startThread(options.script ?? defaultScript(), workerData));
    try {
      await engine.#expect(START_CALL);
    } catch (error) {
      await engine.#worker.terminate();
      throw error;
    }
    return engine;
  }

  /** The session's transaction status after the last request. */
  get status(): TransactionStatus {
    return this.#status;
  }

  async run(request: EngineRequest): Promise<EngineReply> {
    const { reply } = await this.#call({ call: 'run', request });
    if (!reply)
      throw new FakePostgresEngineError(
        'fake postgres: the PGlite thread answered a statement without a reply',
      );
    this.#status = reply.status;
    return reply;
  }

  async snapshot(): Promise<void> {
    await this.#call({ call: 'snapshot' });
  }

  async reset(): Promise<void> {
    await this.#call({ call: 'reset' });
    this.#status = 'idle';
  }

  /** Closes PGlite and ends the thread; a stopped engine closes at once. */
  close(): Promise<void> {
    this.#closing ??= (async () => {
      if (!this.#stopped) await this.#call({ call: 'close' }).catch(() => undefined);
      this.#stop('was closed');
      await this.#worker.terminate();
    })();
    return this.#closing;
  }

  #call(call: CallWithoutId): Promise<WorkerAnswer & { ok: true }> {
    if (this.#stopped) return Promise.reject(this.#stopped);
    const id = this.#next++;
    const answer = this.#expect(id);
    this.#worker.postMessage({ ...call, id } as WorkerCall);
    return answer;
  }

  #expect(id: number): Promise<WorkerAnswer & { ok: true }> {
    // Referenced while an answer is awaited, so a process never exits with a statement in flight.
    if (this.#pending.size === 0) this.#worker.ref();
    return new Promise((resolve, reject) => this.#pending.set(id, { resolve, reject }));
  }

  #answer(answer: WorkerAnswer): void {
    const pending = this.#pending.get(answer.id);
    if (!pending) return;
    this.#pending.delete(answer.id);
    if (this.#pending.size === 0) this.#worker.unref();
    if (answer.ok) pending.resolve(answer);
    else pending.reject(reviveError(answer.error));
  }

  /** From now on every call fails with one error naming what happened; the ones in flight too. */
  #stop(what: string, cause?: unknown): void {
    if (this.#stopped) return;
    this.#stopped = new FakePostgresEngineError(
      `fake postgres: PGlite's worker thread ${what}; its statements fail from here on (a new createFakePostgres starts another)`,
      cause === undefined ? undefined : { cause },
    );
    for (const { reject } of this.#pending.values()) reject(this.#stopped);
    this.#pending.clear();
    this.#worker.unref();
  }
}

/** The thread's script beside this module: `.ts` from the sources, `.js` or `.cjs` from the build. */
function defaultScript(): URL {
  const here = import.meta.url;
  const extension = /\.(ts|cjs|mjs|js)$/.exec(new URL(here).pathname)?.[0] ?? '.js';
  return new URL(`./pglite-worker${extension}`, here);
}

/**
 * The thread's JavaScript stack, which PGlite's WASM frames run on. A statement that overflows it is
 * refused (stack-overflow-guard.ts); PostgreSQL's own depth check (`max_stack_depth`, 2MB) counts
 * WASM's separate, smaller stack and mostly does not fire first. On a thread's default 4MB, PGlite
 * recursed deeper than 15 does and answered where 15 answers 54001: PL/pgSQL recursion to about 1050
 * levels (15: 832), a trigger firing itself about 830 (15: 545), jsonb nested about 23,600 (15:
 * 14,541). At 1.5MB it overflows at about 380, 330 and 8,000 (SQL functions about 1,900, 15: 7,262),
 * so every depth where 15 errors is refused, with a margin for V8 code tiers whose frames differ in
 * size; about the main thread's depth (V8's default stack, under 1MB).
 */
const WORKER_STACK_MB = 1.5;

/** A thread on `script`; a TypeScript one (from the sources) starts through `typescript-thread.mjs`. */
function startThread(script: URL, start: WorkerStart): Worker {
  const resourceLimits = { stackSizeMb: WORKER_STACK_MB };
  if (!script.pathname.endsWith('.ts')) return new Worker(script, { workerData: start, resourceLimits });
  const workerData: WorkerStart = { ...start, script: script.href };
  return new Worker(new URL('./typescript-thread.mjs', import.meta.url), { workerData, resourceLimits });
}
