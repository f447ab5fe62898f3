import { replaySqlCorpus } from './replay-corpus.js';

replaySqlCorpus('pglite', { index: 1, of: 2 });
