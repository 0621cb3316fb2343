--[[
  Counts one request against a client's budget: every rate limit but issuing, whose script counts
  its own (server/http/rate-limits.ts explains both).
  Input (server/redis/script-calls/consume-rate-limit.ts):
    KEYS budget (the client's budget key, keys.rateLimit)
    ARGV[1] JSON { perMinute }
  Returns JSON {} (counted, within the budget) or { error = 'rate_limited', retryAfter } (seconds
  until the minute ends), or { error } for bad arguments.
]]
--- @include "named-keys"
--- @include "argument-checks"
--- @include "rate-limit"

local K = namedKeys({ 'budget' })
if not K then return badArgument('keys') end
local A, bad = readArgs({ perMinute = integerOf(1, 1e9) })
if not A then return badArgument(bad) end
return countRequest(K.budget, A.perMinute) or '{}'
