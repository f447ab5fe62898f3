// Round 16 probe, part J: the remaining 32-bit unsigned and tuple-id input functions (PostgreSQL 16 moved
// them to one range-checked parser), after part I's OID/xid/cid findings.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases();
const inputs: Array<[string, string[]]> = [
  ['regnamespace', ['-2147483649', '4294967295', '-1']],
  ['regrole', ['-2147483649', '4294967296']],
  ['regoper', ['-2147483649']],
  ['regprocedure', ['-2147483649', '4294967296']],
  ['regconfig', ['-2147483649']],
  ['regdictionary', ['4294967296']],
  ['regcollation', ['-2147483649']],
  ['oid', ['4294967296', '-2147483648', '-1', '4294967295', '+1', '1 2', '']],
  ['xid', ['-2147483649', '18446744073709551615', '-1', '1.5', '']],
  ['cid', ['18446744073709551615', '-1']],
  ['xid8', ['-1', '18446744073709551615', '18446744073709551616', '0x10']],
  [
    'tid',
    [
      '(0,1)',
      '(-1,1)',
      '(4294967296,1)',
      '(4294967295,65535)',
      '(1,65536)',
      '(1,-1)',
      '(1.5,1)',
      '( 1 , 2 )',
    ],
  ],
];
for (const [type, literals] of inputs) {
  for (const literal of literals) {
    list.add(`t16j input ${type} ${JSON.stringify(literal)}`, [`SELECT '${literal}'::${type}::text AS v`]);
  }
}
list.add('t16j oid arithmetic wrap', [`SELECT (4294967295::oid)::text AS v`]);
list.add('t16j int8 to oid out of range', [`SELECT 4294967296::int8::oid AS v`]);
list.add('t16j negative int8 to oid', [`SELECT (-2147483649)::int8::oid AS v`]);
list.add('t16j negative int4 to oid', [`SELECT (-1)::int4::oid::text AS v`]);
list.add('t16j regclass from negative int', [`SELECT (-1)::regclass::text AS v`]);
export default list.cases;
