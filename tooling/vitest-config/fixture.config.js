// @ts-check
import { defineConfig } from 'vitest/config';

/** The config `runVitestFixture` runs a fixture file with: nothing but the file, no preset. */
export default defineConfig({ test: { include: ['**/*.fixture.ts'] } });
