import { describe, expect, it } from 'vitest';
import { SERVICE_SPECS, toServiceNames } from './services.js';

describe('services', () => {
  it('accepts the declared service names', () => {
    expect(toServiceNames(['redis', 'postgres'])).toEqual(['redis', 'postgres']);
  });

  it('refuses a typo loudly, naming the valid ones', () => {
    expect(() => toServiceNames(['postgress'])).toThrow(
      /unknown service "postgress".*postgres, rabbitmq, redis/,
    );
  });

  it('defaults to the official images', () => {
    expect(Object.values(SERVICE_SPECS).map((spec) => spec.defaultImage)).toEqual([
      'postgres:16-alpine',
      'rabbitmq:3-management-alpine',
      'redis:7-alpine',
    ]);
  });
});
