/** An abort signal and the means to release what keeps it armed. */
export interface LinkedAbort {
  readonly signal: AbortSignal;
  /** Clears the timer and detaches from the sources; call once the guarded work is over. */
  dispose(): void;
}

/**
 * A signal that aborts when any source aborts (with its reason) or after `ms` (a `TimeoutError`).
 * Built on a controller held by its timer and by the sources' listeners rather than on
 * `AbortSignal.timeout`/`AbortSignal.any`: Node may garbage-collect those while a request still
 * waits on them, and the timeout then never fires (seen with in-process interception, where no
 * socket holds the signal).
 */
export function linkedAbort(sources: readonly (AbortSignal | undefined)[], ms?: number): LinkedAbort {
  const controller = new AbortController();
  const releases: (() => void)[] = [];
  const abort = (reason: unknown) => {
    if (!controller.signal.aborted) controller.abort(reason);
  };
  for (const source of sources) {
    if (!source) continue;
    if (source.aborted) {
      abort(source.reason);
      continue;
    }
    const onAbort = () => abort(source.reason);
    source.addEventListener('abort', onAbort, { once: true });
    releases.push(() => source.removeEventListener('abort', onAbort));
  }
  if (ms !== undefined && !controller.signal.aborted) {
    const timer = setTimeout(() => abort(new DOMException(`timed out after ${ms} ms`, 'TimeoutError')), ms);
    releases.push(() => clearTimeout(timer));
  }
  return {
    signal: controller.signal,
    dispose: () => {
      for (const release of releases.splice(0)) release();
    },
  };
}
