import { createRequire } from 'node:module';

type OnTestFinished = (fn: () => Promise<void> | void) => void;

let onTestFinished: OnTestFinished | null | undefined;

/**
 * Registers `fn` with vitest's `onTestFinished` when called inside a running test, so servers and
 * interceptors a test starts are released by that test. Outside a test (a script, a bench, a
 * `beforeAll`) it does nothing and the caller closes what it opened. vitest is looked up lazily so
 * the fakes never make it a runtime dependency.
 */
export function cleanUpAfterTest(fn: () => Promise<void> | void): boolean {
  onTestFinished ??= loadOnTestFinished();
  if (!onTestFinished) return false;
  try {
    onTestFinished(fn);
    return true;
  } catch {
    return false;
  }
}

function loadOnTestFinished(): OnTestFinished | null {
  if (!('__vitest_worker__' in globalThis)) return null;
  try {
    const require = createRequire(import.meta.url);
    return (require('vitest') as { onTestFinished: OnTestFinished }).onTestFinished;
  } catch {
    return null;
  }
}
