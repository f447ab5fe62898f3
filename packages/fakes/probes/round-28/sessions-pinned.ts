// Round 28: the corpus cases that pin advisory-lock contention across two connections, as a probe.
import { SQL_CORPUS } from '../../src/postgres/corpus/cases/index.js';

export default SQL_CORPUS.filter(({ name }) => name.endsWith('(round 28)'));
