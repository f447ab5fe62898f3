import { seamsVitestConfig } from '@seams/vitest-config';

// Three idempotency-corpus shards of about 30 s each, mostly waiting on leases and expiries, beside
// the store's own real-server file: all four at once.
export default seamsVitestConfig({ containers: { services: ['redis'], maxWorkers: 4 } });
