--[[
  A client's budget of requests per minute, counted as rate-limiter-flexible counts the other limits
  (server/http/rate-limits.ts): a fixed minute from the first request, and a refused request counts
  too. Returns the seconds until the minute ends when over the budget.
  Mirror: no TypeScript encoding; server/http/rate-limits.ts builds the budget (key, per minute).
]]
local function overBudget(key, perMinute)
  redis.call('SET', key, 0, 'EX', 60, 'NX')
  local used = redis.call('INCR', key)
  local ttl = redis.call('PTTL', key)
  if ttl < 0 then
    redis.call('EXPIRE', key, 60)
    ttl = 60000
  end
  if used > perMinute then return math.ceil(ttl / 1000) end
  return nil
end
