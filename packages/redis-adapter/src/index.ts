export { createRedisClient, type RedisClientOptions, RedisConfigError } from './create-redis-client.js';
export { IdempotencyRecordError, isRedisUnavailable, mapRedisError, redactSecrets } from './redis-errors.js';
export { RedisIdempotencyStore, type RedisIdempotencyStoreConfig } from './redis-idempotency-store.js';
export type { RedisScriptClient } from './redis-script.js';
