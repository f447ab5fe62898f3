import { describe, expect, it } from 'vitest';
import { OWNER_PID_LABEL } from './container-engine.js';
import { containerPlan, REUSABLE_LABEL } from './container-plan.js';

describe('containerPlan', () => {
  it('starts a container of the run, labelled with its owner for the orphan sweep, by default', () => {
    expect(containerPlan({}, 4242)).toEqual({ reuse: false, labels: { [OWNER_PID_LABEL]: '4242' } });
    expect(containerPlan({ TESTCONTAINERS_REUSE_ENABLE: 'false' }, 4242).reuse).toBe(false);
  });

  it('keeps containers for later runs when the user opts in, with labels that stay the same every run', () => {
    const plans = [4242, 4343].map((pid) => containerPlan({ TESTCONTAINERS_REUSE_ENABLE: 'true' }, pid));
    expect(plans[0]).toEqual({ reuse: true, labels: { [REUSABLE_LABEL]: 'true' } });
    expect(plans[1]).toEqual(plans[0]);
  });
});
