// @ts-check
import { defineConfig } from 'vitest/config';
import { workspaceSourceAliases } from './index.js';

/**
 * The config `runVitestFixture` runs a fixture file with: nothing but the file, no preset, and the
 * sibling packages from their sources as in every run here (a fresh clone has no `dist` to resolve).
 */
export default defineConfig({
  resolve: { alias: workspaceSourceAliases },
  test: { include: ['**/*.fixture.ts'] },
});
