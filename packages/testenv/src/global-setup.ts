// The `@seams/testenv/global-setup` entry: vitest's `globalSetup` names this file.
export { default } from './vitest/global-setup.js';
