import { afterEach, describe, expect, it, vi } from 'vitest';
import { postgresUrl, redisUrl } from '../vitest/server-urls.js';
import { resolveServices } from './resolve-services.js';

const failIfAsked = {
  findEngine: async () => {
    throw new Error('no engine may be looked for when every service has a URL');
  },
};

describe('resolveServices with existing servers', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('takes the server named by TEST_*_URL first and starts nothing', async () => {
    vi.stubEnv('TEST_POSTGRES_URL', postgresUrl());
    vi.stubEnv('TEST_REDIS_URL', redisUrl());
    const resolved = await resolveServices(['postgres', 'redis'], failIfAsked);
    expect(resolved.urls).toEqual({ postgres: postgresUrl(), redis: redisUrl() });
    expect(resolved.report.join('\n')).toMatch(
      /postgres: .*\(TEST_POSTGRES_URL\)\nredis: .*\(TEST_REDIS_URL\)/,
    );
    await resolved.stop();
  });

  it('refuses a URL whose server does not answer, before any test, without printing its password', async () => {
    vi.stubEnv('TEST_POSTGRES_URL', 'postgres://someone:s3cret@127.0.0.1:1/postgres');
    const failure = resolveServices(['postgres'], failIfAsked);
    await expect(failure).rejects.toMatchObject({ code: 'SERVER_UNREACHABLE' });
    await expect(failure).rejects.toThrow('TEST_POSTGRES_URL=postgres://someone:***@127.0.0.1:1/postgres');
    await expect(failure).rejects.not.toThrow(/s3cret/);
  });
});
