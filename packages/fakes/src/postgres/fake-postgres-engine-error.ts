import { SeamsError } from '@seams/ports';

/**
 * The engine under a fake database has stopped: its worker thread crashed, exited or was closed.
 * Every statement in flight then and every later one fails with it, instead of waiting for an
 * answer that will never come; `cause` holds what the thread reported, if anything.
 */
export class FakePostgresEngineError extends SeamsError {
  readonly code = 'FAKE_PG_ENGINE_STOPPED';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FakePostgresEngineError';
  }
}
