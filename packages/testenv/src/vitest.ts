// The `@seams/testenv/vitest` entry: the vitest layer over the runner-neutral API (auto-release per test).
export { createAmqpNamespace } from './vitest/create-amqp-namespace.js';
export { createRedisNamespace } from './vitest/create-redis-namespace.js';
export { createTestDatabase, type VitestTestDatabase } from './vitest/create-test-database.js';
export { SETUP_EXIT_CODE } from './vitest/global-setup.js';
export { postgresUrl, rabbitmqUrl, redisUrl } from './vitest/server-urls.js';
export { testEnvironment } from './vitest/test-environment.js';
