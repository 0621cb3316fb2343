--[[
  A client's budget of requests per minute, the one counter behind every rate limit (explained in
  server/http/rate-limits.ts): a fixed minute from the first request, and a refused request counts
  too, so a client that keeps knocking stays refused until its minute ends.
  Mirror: no TypeScript encoding; server/http/rate-limits.ts builds the budget (key, per minute) and
  turns the rate_limited refusal into 429 with Retry-After.
]]
--- @include "replies"

-- Counts one request; the refusal (rate_limited, retryAfter: the seconds left in the minute) when
-- it is over the budget, else nil.
local function countRequest(key, perMinute)
  redis.call('SET', key, 0, 'EX', 60, 'NX')
  local used = redis.call('INCR', key)
  local ttl = redis.call('PTTL', key)
  if ttl < 0 then
    redis.call('EXPIRE', key, 60)
    ttl = 60000
  end
  if used > perMinute then return fail('rate_limited', 'too many requests; slow down', { retryAfter = math.ceil(ttl / 1000) }) end
  return nil
end

-- For a script that counts only the requests it answers with success: when the budget is already
-- spent, the refusal (counted); else nil, counting nothing yet.
local function refusedOverBudget(key, perMinute)
  if tonumber(redis.call('GET', key) or '0') < perMinute then return nil end
  return countRequest(key, perMinute)
end
