/**
 * The store's Lua scripts. Each runs atomically on the server, so `begin` has no read-then-write
 * race. A record is a hash: `v` (layout version), `state` (`started` | `completed`), `fingerprint`,
 * `ttl_ms`, `lease_until` (server time in ms, started only), `lease_id` (the holder's lease, started
 * only) and `response` (versioned JSON, completed only). The scripts never parse `response`: Redis' cjson rejects the `\udc00`-style escapes that
 * JSON.stringify writes for lone surrogates, so decoding it in Lua would break byte-exact replay.
 * Time is the server's `TIME`, so workers with skewed clocks agree on when a lease runs out.
 */

/**
 * KEYS[1] record; ARGV fingerprint, ttlMs, leaseMs, leaseId → {'started'} | {'in_progress'} | {'mismatch'} | {'completed', response}.
 * A record started under `leaseId` answers `started` again, changing nothing: every call brings a new
 * lease, so only this very call can find it, resent by ioredis after a reconnect (a socket timeout
 * on a slow write) when the first send had already run. It answered its own caller `in_progress`.
 */
export const BEGIN_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local r = redis.call('HMGET', KEYS[1], 'v', 'state', 'fingerprint', 'lease_until', 'response', 'lease_id')
if r[1] and r[1] ~= '1' then
  return redis.error_reply('SEAMS_RECORD_VERSION unsupported idempotency record version ' .. r[1])
end
if (not r[2]) or (r[2] == 'started' and tonumber(r[4]) <= now) then
  redis.call('DEL', KEYS[1])
  redis.call('HSET', KEYS[1], 'v', '1', 'state', 'started', 'fingerprint', ARGV[1], 'ttl_ms', ARGV[2],
    'lease_until', string.format('%d', now + tonumber(ARGV[3])), 'lease_id', ARGV[4])
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return {'started'}
end
if r[2] == 'started' and r[6] == ARGV[4] then return {'started'} end
if r[3] ~= ARGV[1] then return {'mismatch'} end
if r[2] == 'started' then return {'in_progress'} end
return {'completed', r[5]}
`;

/** KEYS[1] record; ARGV response JSON, leaseId ('' = any holder) → 1 when stored, 0 when the key was not started (under that lease). */
export const COMPLETE_SCRIPT = `
local r = redis.call('HMGET', KEYS[1], 'state', 'ttl_ms', 'lease_id')
if r[1] ~= 'started' then return 0 end
if ARGV[2] ~= '' and r[3] ~= ARGV[2] then return 0 end
redis.call('HSET', KEYS[1], 'state', 'completed', 'response', ARGV[1])
redis.call('HDEL', KEYS[1], 'lease_until', 'lease_id')
redis.call('PEXPIRE', KEYS[1], r[2])
return 1
`;

/** KEYS[1] record; ARGV leaseId ('' = any holder) → 1 when a started key was freed, 0 otherwise. */
export const ABANDON_SCRIPT = `
local r = redis.call('HMGET', KEYS[1], 'state', 'lease_id')
if r[1] ~= 'started' then return 0 end
if ARGV[1] ~= '' and r[2] ~= ARGV[1] then return 0 end
return redis.call('DEL', KEYS[1])
`;
