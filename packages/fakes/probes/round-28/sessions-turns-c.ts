// Round 28, generated two-session interleavings, one transaction at a time (turns), seed 28003: see sessions-gen.ts.
import { generateSessionCases } from './sessions-gen.js';

export default generateSessionCases('r28 sessions turns c ', 28003, 100, 'turns');
