import { testEnvironment } from './test-environment.js';

/** Admin URL of the PostgreSQL server resolved for this run (inside a containers-project test). */
export const postgresUrl = (): string => testEnvironment().postgres.url;
/** AMQP URL of the RabbitMQ server resolved for this run. */
export const rabbitmqUrl = (): string => testEnvironment().rabbitmq.url;
/** URL of the Redis server resolved for this run. */
export const redisUrl = (): string => testEnvironment().redis.url;
