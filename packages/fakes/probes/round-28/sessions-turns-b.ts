// Round 28, generated two-session interleavings, one transaction at a time (turns), seed 28002: see sessions-gen.ts.
import { generateSessionCases } from './sessions-gen.js';

export default generateSessionCases('r28 sessions turns b ', 28002, 60, 'turns');
