--[[
  Takes one request from a client's budget (server/http/rate-limits.ts), for requests that do not
  reach a script taking it themselves (the issue script does).
  KEYS[1] the client's budget key  ARGV[1] requests per minute
  Returns JSON { retryAfter? } (seconds, when over the budget).
]]
if not intArg(ARGV[1], 1) then return badArgument('requests per minute') end
return cjson.encode({ retryAfter = overBudget(KEYS[1], tonumber(ARGV[1])) })
