// Round 28, generated two-session interleavings, one transaction at a time, without what an engine refuses as a whole, seed 28201: see sessions-gen.ts.
import { generateSessionCases } from './sessions-gen.js';

export default generateSessionCases('r28 sessions plain a ', 28201, 80, 'plain');
