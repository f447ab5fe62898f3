// Round 28, generated two-session interleavings, one transaction at a time, without what either engine refuses as a whole, seed 28301: see sessions-gen.ts.
import { generateSessionCases } from './sessions-gen.js';

export default generateSessionCases('r28 sessions lean a ', 28301, 100, 'lean');
