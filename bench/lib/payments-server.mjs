// A FakePaymentsProvider in a process of its own, so the service under load reaches its payments
// API over loopback as it would a real one, without the provider sharing its event loop.
// Prints {"url","apiKey"} as one JSON line, then serves until SIGTERM.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { loadFakes } from './deps.mjs';

export async function startPaymentsServer() {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`payments server exited ${code}`)));
  });
  const { url, apiKey } = JSON.parse(line);
  return {
    url,
    apiKey,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { FakePaymentsProvider } = loadFakes();
  const provider = await FakePaymentsProvider.start({ host: '127.0.0.1' });
  process.stdout.write(`${JSON.stringify({ url: provider.url, apiKey: provider.apiKey })}\n`);
  process.once('SIGTERM', () => provider.close().then(() => process.exit(0)));
}
