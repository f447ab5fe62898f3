// Round 28 probe (seed 2821, 150 cases): conditions in WHERE, HAVING and joins' ON (onetime-gen.ts).
import { oneTimeCases } from './onetime-gen.js';

export default oneTimeCases(2821, 150);
