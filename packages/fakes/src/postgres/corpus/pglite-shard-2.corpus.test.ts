import { replaySqlCorpus } from './replay-corpus.js';

replaySqlCorpus('pglite', { index: 2, of: 2 });
