import { replayIdempotencyCorpusOnRedis } from './replay-on-redis.js';

replayIdempotencyCorpusOnRedis(2);
