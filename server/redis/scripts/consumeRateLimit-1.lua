--[[
  Takes one request from a client's budget (server/http/rate-limits.ts), for requests that do not
  reach a script taking it themselves (the issue script does).
  Input (server/redis/script-calls/consume-rate-limit.ts):
    KEYS budget (the client's budget key)
    ARGV[1] JSON { perMinute }
  Returns JSON { retryAfter? } (seconds, when over the budget) or { error }.
]]
--- @include "named-keys"
--- @include "argument-checks"
--- @include "rate-limit"

local K = namedKeys({ 'budget' })
if not K then return badArgument('keys') end
local A, bad = readArgs({ perMinute = integerOf(1, 1e9) })
if not A then return badArgument(bad) end
return cjson.encode({ retryAfter = overBudget(K.budget, A.perMinute) })
