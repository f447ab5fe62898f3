// A worker thread on TypeScript sources (vitest, tsx, `pnpm start` in this repository): a thread
// has no TypeScript loader of its own, so it registers tsx (which maps `@seams/*` to their sources
// when TSX_TSCONFIG_PATH names the repository's source tsconfig, as in the calling process), then
// runs the script named in `workerData.script`. The build never uses this file.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.script);
