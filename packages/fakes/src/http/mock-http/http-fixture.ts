import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { currentTest } from '../test-cleanup.js';
import type { InterceptedRequest } from './intercepted-request.js';
import { MockHttpError } from './mock-http-error.js';
import { type RecordedExchange, recordExchange } from './recorded-exchange.js';

/**
 * How a fixture is used, as in `nock.back`:
 * - `record`: replays the file when it exists; when it does not, lets requests through to loopback
 *   (and `allowNetwork`) hosts and writes what they answered when the scope ends;
 * - `update`: ignores the file and records every exchange anew;
 * - `replay`: answers from the file (it must exist); other requests follow `onUnhandledRequest`;
 * - `lockdown`: answers from the file (it must exist); every other request fails, whatever
 *   `onUnhandledRequest` and `allowNetwork` say.
 */
export type HttpFixtureMode = 'record' | 'update' | 'replay' | 'lockdown';

const MODES: readonly HttpFixtureMode[] = ['record', 'update', 'replay', 'lockdown'];

/** Where a fixture lives and how it is used. */
export interface HttpFixtureOptions {
  /**
   * The JSON file: absolute, or relative to the running test file's folder (the working directory
   * outside vitest). Default: `__http_fixtures__/<test file name>/<test name>.json` beside the test file.
   */
  readonly file?: string;
  /** Default: the `SEAMS_HTTP_FIXTURES` environment variable, else `replay`. */
  readonly mode?: HttpFixtureMode;
}

interface FixtureFile {
  readonly exchanges: readonly RecordedExchange[];
}

const slug = (name: string) =>
  name
    .replace(/[^\w.-]+/g, '-')
    .slice(0, 120)
    .replace(/^-+|-+$/g, '');

function fixturePath(file: string | undefined): string {
  const test = currentTest();
  if (file !== undefined) {
    return isAbsolute(file) ? file : resolve(test ? dirname(test.file) : process.cwd(), file);
  }
  if (!test) {
    const message =
      'mockHttp: a fixture is named after the running test; outside a vitest test, give its file';
    throw new MockHttpError('MOCK_HTTP_FIXTURE', message);
  }
  return join(dirname(test.file), '__http_fixtures__', basename(test.file), `${slug(test.name)}.json`);
}

function modeOf(option: HttpFixtureMode | undefined): HttpFixtureMode {
  const mode = option ?? process.env.SEAMS_HTTP_FIXTURES ?? 'replay';
  if (!MODES.includes(mode as HttpFixtureMode)) {
    const message = `mockHttp: fixture mode must be one of ${MODES.join(', ')}; got ${JSON.stringify(mode)} (SEAMS_HTTP_FIXTURES?)`;
    throw new MockHttpError('MOCK_HTTP_FIXTURE', message);
  }
  return mode as HttpFixtureMode;
}

function load(file: string): readonly RecordedExchange[] {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as FixtureFile;
    if (!Array.isArray(parsed.exchanges)) throw new TypeError('no "exchanges" array');
    return parsed.exchanges;
  } catch (cause) {
    throw new MockHttpError('MOCK_HTTP_FIXTURE', `mockHttp: cannot read fixture ${file}`, { cause });
  }
}

/** A fixture file: the exchanges to replay, and those recorded while the scope lives. */
export class HttpFixture {
  readonly file: string;
  readonly mode: HttpFixtureMode;
  /** Exchanges the scope answers from. */
  readonly replayed: readonly RecordedExchange[];
  /** True when requests are let through and recorded (`update`, or `record` with no file yet). */
  readonly recording: boolean;
  readonly #recorded: RecordedExchange[] = [];
  readonly #inFlight = new Map<string, InterceptedRequest>();

  constructor(options: HttpFixtureOptions) {
    this.file = fixturePath(options.file);
    this.mode = modeOf(options.mode);
    const exists = existsSync(this.file);
    this.recording = this.mode === 'update' || (this.mode === 'record' && !exists);
    if (!exists && (this.mode === 'replay' || this.mode === 'lockdown')) {
      const message = `mockHttp: fixture ${this.file} does not exist (mode ${this.mode}); record it with mode 'record' or SEAMS_HTTP_FIXTURES=record`;
      throw new MockHttpError('MOCK_HTTP_FIXTURE', message);
    }
    this.replayed = this.recording ? [] : load(this.file);
  }

  /** True when no request may reach the network, whatever the scope's other options say. */
  get lockedDown(): boolean {
    return this.mode === 'lockdown';
  }

  /** A request let through: its answer is recorded when it arrives. */
  track(requestId: string, request: InterceptedRequest): void {
    if (this.recording) this.#inFlight.set(requestId, request);
  }

  /**
   * Records the real answer of a tracked request. The interception awaits this before the client
   * sees the response end, so an exchange the test has read is always recorded.
   */
  async record(requestId: string, response: Response): Promise<void> {
    const request = this.#inFlight.get(requestId);
    if (!request) return;
    this.#inFlight.delete(requestId);
    this.#recorded.push(await recordExchange(request, response));
  }

  /** Writes the recorded exchanges; nothing when not recording. */
  save(): void {
    if (!this.recording) return;
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(this.file, `${JSON.stringify({ exchanges: this.#recorded }, null, 2)}\n`);
  }
}
