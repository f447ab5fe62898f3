import { replaySqlCorpusOnPostgres } from './replay-on-postgres.js';

replaySqlCorpusOnPostgres(1);
