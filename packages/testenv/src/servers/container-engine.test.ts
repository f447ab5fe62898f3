import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findContainerEngine } from './container-engine.js';

const noEngine = () => vi.fn(async () => Promise.reject(new Error('no engine answered')));

describe('findContainerEngine', () => {
  beforeEach(() => {
    // It sets these when unset; stubbed, they are restored after each test like DOCKER_HOST.
    vi.stubEnv('TESTCONTAINERS_RYUK_DISABLED', 'true');
    vi.stubEnv('TESTCONTAINERS_HOST_OVERRIDE', 'localhost');
  });

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('looks no further when DOCKER_HOST names a socket that is not there', async () => {
    vi.stubEnv('DOCKER_HOST', 'unix:///no-such-dir/docker.sock');
    const connect = noEngine();
    await expect(findContainerEngine(connect)).resolves.toBeUndefined();
    expect(connect).not.toHaveBeenCalled();
  });

  it('asks Testcontainers otherwise, and reports no engine when none answers', async () => {
    for (const dockerHost of ['tcp://127.0.0.1:2375', '']) {
      vi.stubEnv('DOCKER_HOST', dockerHost);
      const connect = noEngine();
      await expect(findContainerEngine(connect)).resolves.toBeUndefined();
      expect(connect).toHaveBeenCalledOnce();
    }
  });
});
