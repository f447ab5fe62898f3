import { replaySqlCorpus } from './replay-corpus.js';

replaySqlCorpus('pg-mem');
