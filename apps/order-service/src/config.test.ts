import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('with nothing set, every part is embedded and the port is 3000', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      database: { kind: 'embedded', engine: 'pglite' },
      broker: { kind: 'embedded' },
      idempotency: { kind: 'embedded' },
      payments: { kind: 'embedded' },
      logLevel: 'info',
      dependencyTimeoutMs: 5_000,
      logFormat: 'text',
    });
  });

  it('DEPENDENCY_TIMEOUT_MS bounds every wait on a dependency: milliseconds from 100 to 600000', () => {
    expect(loadConfig({ DEPENDENCY_TIMEOUT_MS: '1500' }).dependencyTimeoutMs).toBe(1_500);
    for (const value of ['99', '600001', '5s', '-1', '1.5']) {
      expect(() => loadConfig({ DEPENDENCY_TIMEOUT_MS: value }), value).toThrow(
        /DEPENDENCY_TIMEOUT_MS must be milliseconds from 100 to 600000/,
      );
    }
  });

  it('each variable replaces only its own part', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://app:pw@db:5432/shop',
      AMQP_URL: 'amqp://guest:guest@mq:5672',
      REDIS_URL: 'redis://cache:6379',
      PORT: '8080',
    });
    expect(config.database).toEqual({
      kind: 'postgres',
      url: 'postgres://app:pw@db:5432/shop',
      createIfMissing: false,
    });
    expect(config.broker).toEqual({ kind: 'amqp', url: 'amqp://guest:guest@mq:5672' });
    expect(config.idempotency).toEqual({ kind: 'redis', url: 'redis://cache:6379' });
    expect(config.payments).toEqual({ kind: 'embedded' });
    expect(config.port).toBe(8080);
    expect(
      loadConfig({ PAYMENTS_URL: 'https://pay.example', PAYMENTS_API_KEY: 'sk_live_x' }).payments,
    ).toEqual({
      kind: 'http',
      url: 'https://pay.example',
      apiKey: 'sk_live_x',
    });
    expect(loadConfig({ DATABASE_URL: '  ' }).database).toEqual({ kind: 'embedded', engine: 'pglite' });
    expect(loadConfig({ EMBEDDED_DB_ENGINE: 'pg-mem' }).database).toEqual({
      kind: 'embedded',
      engine: 'pg-mem',
    });
    expect(() => loadConfig({ EMBEDDED_DB_ENGINE: 'sqlite' })).toThrow(
      'EMBEDDED_DB_ENGINE must be one of pglite, pg-mem',
    );
  });

  it('lists every problem at once, never showing a password', () => {
    const error = (() => {
      try {
        loadConfig({
          DATABASE_URL: 'mysql://root:hunter2@db/shop',
          AMQP_URL: 'not a url',
          REDIS_URL: 'http://cache',
          PAYMENTS_URL: 'ftp://pay',
          PORT: '70000',
          LOG_LEVEL: 'loud',
        });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(7);
    expect(problems.join('\n')).toMatch(/PORT must be an integer/);
    expect(problems.join('\n')).toMatch(
      /DATABASE_URL must be a URL starting with postgres:\/\/ or postgresql:\/\//,
    );
    expect(problems.join('\n')).toMatch(/PAYMENTS_API_KEY must be set/);
    expect((error as Error).message).not.toContain('hunter2');
    expect((error as Error).message).toContain('mysql://root:***@db/shop');
  });

  it('creates a missing database only when asked, by flag or by CREATE_DATABASE', () => {
    const url = 'postgres://postgres@127.0.0.1:5432/orders';
    const create = (env: Record<string, string>, args: string[] = []) => {
      const { database } = loadConfig({ DATABASE_URL: url, ...env }, args);
      return database.kind === 'postgres' && database.createIfMissing;
    };
    expect(create({})).toBe(false);
    expect(create({}, ['--create-database'])).toBe(true);
    expect(create({ CREATE_DATABASE: '1' })).toBe(true);
    expect(create({ CREATE_DATABASE: 'TRUE' })).toBe(true);
    expect(create({ CREATE_DATABASE: '0' })).toBe(false);
  });

  it('names an unknown argument, a bad CREATE_DATABASE and a bad LOG_FORMAT', () => {
    expect(() =>
      loadConfig({ CREATE_DATABASE: 'yes', LOG_FORMAT: 'yaml' }, ['--create-database', '--port=1']),
    ).toThrow(
      new ConfigError([
        'LOG_FORMAT must be one of text, json',
        'unknown argument "--port=1": the one option is --create-database',
        'CREATE_DATABASE must be 1 or 0 (true or false)',
      ]),
    );
    expect(loadConfig({ LOG_FORMAT: 'json' }).logFormat).toBe('json');
  });
});
