// Round 28, generated two-session interleavings, transactions overlapping, seed 28101: see sessions-gen.ts.
import { generateSessionCases } from './sessions-gen.js';

export default generateSessionCases('r28 sessions overlap a ', 28101, 30, 'overlap');
