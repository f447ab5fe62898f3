// Round 27 probe (helper types27): output under DateStyle, IntervalStyle, extra_float_digits, bytea_output, TimeZone (seed 2707).
import { generate } from './types-gen.js';

export default generate('settings', 2707, 300, ['settings']);
