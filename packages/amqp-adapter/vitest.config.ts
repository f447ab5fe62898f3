import { seamsVitestConfig } from '@seams/vitest-config';

export default seamsVitestConfig();
