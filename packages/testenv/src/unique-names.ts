import { randomBytes } from 'node:crypto';

/** A fresh run id: 8 characters of [a-z0-9], safe in database, queue and key names alike. */
export function newRunId(): string {
  return randomBytes(6)
    .toString('base64url')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '0')
    .slice(0, 8);
}

// Workers are separate processes (or threads) that share the run id: each adds its own tag.
const workerTag = randomBytes(4).toString('hex').slice(0, 6);
let counter = 0;

/** A name no other test of any worker of this run gets: `<runId><sep><worker><sep><n>`. */
export function uniqueName(runId: string, separator: string): string {
  counter += 1;
  return [runId, workerTag, counter.toString(36)].join(separator);
}
