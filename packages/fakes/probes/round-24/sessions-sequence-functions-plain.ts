// Round 24 probe, area E part 6, on a set-up pg-mem can make: the same cases without the smallint
// sequence with MAXVALUE (pg-mem refuses it, and with it every case of the full file).
import cases from './sessions-sequence-functions.js';

const SMALLINT_SEQUENCE = 'CREATE SEQUENCE b AS smallint MAXVALUE 3; ';

export default cases.map((probeCase) => ({
  ...probeCase,
  name: probeCase.name.replace('r24 E seqfn: ', 'r24 E seqfn plain: '),
  ...(probeCase.setup !== undefined && { setup: probeCase.setup.replace(SMALLINT_SEQUENCE, '') }),
}));
