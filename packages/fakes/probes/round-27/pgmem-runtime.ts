// Round 27 probe (pg-mem, seed 2705, 60 cases): extract(time unit FROM date) and unsupported date_trunc units: raised only where a row reaches them, after parse errors.
import { runTimeCases } from './pgmem-gen.js';

export default runTimeCases(2705, 60);
