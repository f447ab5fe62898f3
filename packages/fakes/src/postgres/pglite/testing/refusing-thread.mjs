// A stand-in for pglite-worker.ts whose start fails as a thread without PGlite installed reports it.
import { parentPort } from 'node:worker_threads';

parentPort.postMessage({
  id: 0,
  ok: false,
  error: { name: 'FakePostgresSetupError', code: 'FAKE_PG_ENGINE_MISSING', message: 'no PGlite here' },
});
