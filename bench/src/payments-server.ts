// A FakePaymentsProvider in a process of its own, so the service under load reaches its payments
// API over loopback as it would a real one, without the provider sharing its event loop.
// Run as a script, it prints {"url","apiKey"} as one JSON line, then serves until SIGTERM.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { FakePaymentsProvider } from '@seams/fakes';
import { typescriptArgs } from './typescript-child.js';

/** A payments provider process. */
export interface PaymentsServer {
  readonly url: string;
  readonly apiKey: string;
  stop(): Promise<void>;
}

export async function startPaymentsServer(): Promise<PaymentsServer> {
  const child = spawn(process.execPath, typescriptArgs(fileURLToPath(import.meta.url)), {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`payments server exited ${code}`)));
  });
  const { url, apiKey } = JSON.parse(line) as { url: string; apiKey: string };
  return {
    url,
    apiKey,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const provider = await FakePaymentsProvider.start({ host: '127.0.0.1' });
  process.stdout.write(`${JSON.stringify({ url: provider.url, apiKey: provider.apiKey })}\n`);
  process.once('SIGTERM', () => provider.close().then(() => process.exit(0)));
}
