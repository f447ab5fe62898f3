// A stand-in for pglite-worker.ts in PgliteWorkerEngine's tests: speaks the same calls without
// starting PGlite (seconds each), and fails on demand. A statement's text picks what happens to it:
//   `exit <code>`  the thread exits with that code before answering
//   `throw`        an uncaught exception in the thread
//   `setup error`  answers with a FakePostgresSetupError, as a thread that could not do the work
//   anything else  one row, one column, the text itself (with parameters: the first one)
// A statement whose first parameter is `hold` is answered only after the next one, in order.
// BEGIN opens a transaction (the status the replies report) and COMMIT or ROLLBACK ends it.
import { parentPort } from 'node:worker_threads';

const port = parentPort;
let held;
let status = 'idle';
port.on('message', (call) => {
  if (call.call !== 'run') return port.postMessage({ id: call.id, ok: true });
  const { text } = call.request;
  const exit = /^exit (\d+)$/.exec(text);
  if (exit) process.exit(Number(exit[1]));
  if (text === 'throw') throw new Error('the stand-in thread threw');
  if (text === 'setup error') {
    const error = { name: 'FakePostgresSetupError', code: 'FAKE_PG_MIGRATION_FAILED', message: 'no' };
    return port.postMessage({ id: call.id, ok: false, error });
  }
  const field = {
    name: 'echo',
    tableID: 0,
    columnID: 0,
    dataTypeID: 25,
    dataTypeSize: -1,
    dataTypeModifier: -1,
  };
  if (/^BEGIN\b/i.test(text)) status = 'transaction';
  if (/^(COMMIT|ROLLBACK)\b/i.test(text)) status = 'idle';
  const value = call.request.params?.[0] ?? text;
  const reply = {
    results: [{ command: 'SELECT 1', fields: [field], rows: [[value]] }],
    notices: [],
    status,
  };
  if (value === 'hold') {
    held = { id: call.id, ok: true, reply };
    return;
  }
  if (held) port.postMessage(held);
  held = undefined;
  port.postMessage({ id: call.id, ok: true, reply });
});
port.postMessage({ id: 0, ok: true });
