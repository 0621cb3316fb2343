--[[
  Stores a new one-time code for a phone, within its resend limits.
  Input (server/redis/script-calls/request-otp.ts):
    KEYS otp (the phone's, keys.otp)
    ARGV[1] JSON { codeHash, now (ms), ttlSeconds, maxSends (per lifetime of the key), gapSeconds (between two sends) }
  Returns JSON {} or { error = 'rate_limited', retryAfter } (too soon after the last code, or too many
  codes: the phone waits until the key expires, ttlSeconds after its last code). A new code resets the
  wrong tries and lives its full ttlSeconds.
]]
--- @include "named-keys"
--- @include "argument-checks"

local K = namedKeys({ 'otp' })
if not K then return badArgument('keys') end
local A, bad = readArgs({ codeHash = matching('^[0-9a-f]+$', 64), now = isTime, ttlSeconds = integerOf(60, 3600), maxSends = integerOf(1, 20), gapSeconds = integerOf(0, 600) })
if not A then return badArgument(bad) end

local stored = redis.call('HMGET', K.otp, 'sends', 'at')
local sends, at = tonumber(stored[1] or '0'), tonumber(stored[2] or '0')
if sends >= A.maxSends then
  return fail('rate_limited', 'too many codes for this phone', { retryAfter = math.max(1, redis.call('TTL', K.otp)) })
end
if sends > 0 and A.now - at < A.gapSeconds * 1000 then
  return fail('rate_limited', 'a code was sent moments ago', { retryAfter = math.ceil((at + A.gapSeconds * 1000 - A.now) / 1000) })
end

-- The writes: each code lives its full time; the send count lasts as long (ttlSeconds after the last code)
redis.call('HSET', K.otp, 'code', A.codeHash, 'tries', 0, 'sends', sends + 1, 'at', A.now)
redis.call('EXPIRE', K.otp, A.ttlSeconds)
return '{}'
