// Runner-neutral: nothing here imports vitest (its layer is `@seams/testenv/vitest`).

export { redactUrl } from '@seams/ports';
export { hashFiles } from './hash-files.js';
export type { Migrate, TemplateOrigin } from './postgres/ensure-template.js';
export type { PostgresServer, TestDatabase, TestDatabaseOptions } from './postgres/test-database-factory.js';
export type { AmqpNamespace, RabbitmqServer } from './rabbitmq/amqp-namespaces.js';
export type { RedisNamespace, RedisServer } from './redis/redis-namespaces.js';
export { SERVICE_SPECS, type ServiceName, type ServiceSpec } from './services.js';
export { startTestEnvironment, type TestEnvironmentOptions } from './start-test-environment.js';
export { startTcpProxy, type TcpProxy, type TcpProxyMode } from './tcp-proxy.js';
export type { ResolvedRun, ServiceHandles, TestEnvironment } from './test-environment.js';
export { TestenvError, type TestenvErrorCode } from './testenv-error.js';
