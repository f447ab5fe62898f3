// Run as a child process by pglite-worker-engine.test.ts: one statement on an engine that is then
// left open. The process must still end by itself, as with the main-thread engine.
import { PgliteWorkerEngine } from '../pglite-worker-engine.js';

const engine = await PgliteWorkerEngine.start({ script: new URL('./stand-in-thread.mjs', import.meta.url) });
const reply = await engine.run({ text: 'left open' });
process.stdout.write(`${JSON.stringify(reply.results[0]?.rows)}\n`);
