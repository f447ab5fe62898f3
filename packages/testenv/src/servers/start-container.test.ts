import { describe, expect, it } from 'vitest';
import { TestenvError } from '../testenv-error.js';
import { containerStartupMs } from './start-container.js';

describe('containerStartupMs', () => {
  it('is 120 s unless SEAMS_CONTAINER_STARTUP_SECONDS says otherwise', () => {
    expect(containerStartupMs({})).toBe(120_000);
    expect(containerStartupMs({ SEAMS_CONTAINER_STARTUP_SECONDS: '' })).toBe(120_000);
    expect(containerStartupMs({ SEAMS_CONTAINER_STARTUP_SECONDS: '45' })).toBe(45_000);
    expect(containerStartupMs({ SEAMS_CONTAINER_STARTUP_SECONDS: '0.5' })).toBe(500);
  });

  it.each(['0', '-3', 'soon', 'Infinity'])('refuses %j, naming the variable', (raw) => {
    const attempt = () => containerStartupMs({ SEAMS_CONTAINER_STARTUP_SECONDS: raw });
    expect(attempt).toThrow(TestenvError);
    expect(attempt).toThrow(/SEAMS_CONTAINER_STARTUP_SECONDS must be a positive number/);
  });
});
