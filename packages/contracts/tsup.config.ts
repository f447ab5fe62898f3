import { libraryConfig } from '@seams/tsup-config';
import { defineConfig } from 'tsup';

// Two entries: the contracts (which import vitest's `expect`), and `eventually` alone
// (`@seams/contracts/eventually`) for programs that poll without a test runner, such as the drills.
export default defineConfig(libraryConfig({ entry: ['src/index.ts', 'src/eventually.ts'] }));
