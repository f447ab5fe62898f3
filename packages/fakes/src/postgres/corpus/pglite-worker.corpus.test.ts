import { replaySqlCorpus } from './replay-corpus.js';

replaySqlCorpus('pglite-worker');
