// The thread side of `PgliteWorkerEngine`: starts PGlite (from the saved initdb cluster) and a
// `PgliteEngine` on it, then answers the engine's calls one at a time, in arrival order. Its own
// entry in the build (dist/pglite-worker.js and .cjs), started by file, never imported.
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import type { EngineReply } from '../postgres-engine.js';
import { createPglite } from './initdb-cache.js';
import { loadPglite } from './load-pglite.js';
import { PgliteEngine } from './pglite-engine.js';
import { adoptPgliteWasmModule } from './pglite-wasm.js';
import {
  START_CALL,
  serializeError,
  type WorkerAnswer,
  type WorkerCall,
  type WorkerStart,
} from './pglite-worker-protocol.js';

async function serve(port: MessagePort, { cacheDir, wasmModule }: WorkerStart): Promise<void> {
  let engine: PgliteEngine;
  try {
    if (wasmModule) adoptPgliteWasmModule(wasmModule);
    const pglite = await loadPglite();
    engine = new PgliteEngine(await createPglite(cacheDir), pglite);
  } catch (error) {
    port.postMessage({ id: START_CALL, ok: false, error: serializeError(error) } satisfies WorkerAnswer);
    return;
  }
  // PGlite is one session: a call starts only once the one before has answered.
  let queue = Promise.resolve();
  port.on('message', (call: WorkerCall) => {
    queue = queue.then(async () => {
      let answer: WorkerAnswer;
      try {
        answer = { id: call.id, ok: true, ...(await answerOf(engine, call)) };
      } catch (error) {
        answer = { id: call.id, ok: false, error: serializeError(error) };
      }
      port.postMessage(answer);
      if (call.call === 'close' && answer.ok) port.close();
    });
  });
  port.postMessage({ id: START_CALL, ok: true } satisfies WorkerAnswer);
}

async function answerOf(engine: PgliteEngine, call: WorkerCall): Promise<{ reply?: EngineReply }> {
  switch (call.call) {
    case 'run':
      return { reply: await engine.run(call.request) };
    case 'snapshot':
      await engine.snapshot();
      return {};
    case 'reset':
      await engine.reset();
      return {};
    case 'close':
      await engine.close();
      return {};
  }
}

if (parentPort) void serve(parentPort, workerData as WorkerStart);
