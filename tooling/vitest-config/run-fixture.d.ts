/** How one test of a fixture run ended. */
export interface FixtureTest {
  /** Suite titles and the test title, space-separated. */
  readonly name: string;
  readonly status: string;
  /** The failure messages, joined; empty when it passed. */
  readonly failure: string;
}
/** How a fixture run ended. */
export interface FixtureRun {
  readonly exitCode: number | null;
  readonly tests: readonly FixtureTest[];
}
/** How long one fixture run may take; a test that runs one needs a timeout above it. */
export declare const FIXTURE_TIMEOUT_MS: number;
/** Runs one `*.fixture.ts` file in a child vitest and returns how the run and each of its tests ended. */
export declare function runVitestFixture(file: string): FixtureRun;
