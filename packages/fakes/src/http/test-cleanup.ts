type OnTestFinished = (fn: () => Promise<void> | void) => void;

/** The slice of vitest's per-worker state (`globalThis.__vitest_worker__`) used here. */
interface VitestWorkerState {
  readonly current?: {
    readonly type?: string;
    /** Suites and test, joined by ` > `. */
    readonly fullTestName?: string;
    readonly file?: { readonly filepath?: string };
    readonly context?: { readonly onTestFinished?: OnTestFinished };
  };
}

const runningTask = () =>
  (globalThis as { __vitest_worker__?: VitestWorkerState }).__vitest_worker__?.current;

/**
 * Registers `fn` with the running vitest test's `onTestFinished`, so servers and interceptors a
 * test starts are released by that test. Outside a test (a script, a bench, a `beforeAll`) it does
 * nothing and the caller closes what it opened.
 *
 * vitest 4 cannot be `require`d and an `import` would be async, so the running test is read from
 * the worker state vitest keeps on `globalThis`; the fakes never load vitest at runtime.
 */
export function cleanUpAfterTest(fn: () => Promise<void> | void): boolean {
  const current = runningTask();
  const register = current?.type === 'test' ? current.context?.onTestFinished : undefined;
  if (!register) return false;
  try {
    register(fn);
    return true;
  } catch {
    return false;
  }
}

/** The running vitest test's file and full name (suites included), or `undefined` outside a test. */
export function currentTest(): { readonly file: string; readonly name: string } | undefined {
  const current = runningTask();
  const file = current?.file?.filepath;
  if (current?.type !== 'test' || file === undefined || current.fullTestName === undefined) return undefined;
  return { file, name: current.fullTestName };
}
