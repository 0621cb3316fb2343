--[[
  Rebuilds a month rollup as the sum of its day rollups, atomically, so writes before and after
  it are counted once. For data written before month rollups existed (scripts keep them since).
  Input (server/redis/script-calls/rebuild-month.ts):
    KEYS monthAggregates, then dayAggregates: the rollups of the month's days
    ARGV[1] JSON {}
  Returns JSON { fields } or { error }.
]]
--- @include "named-keys"
--- @include "argument-checks"

local K = namedKeys({ 'monthAggregates' }, 'dayAggregates')
if not K then return badArgument('keys') end
local A, bad = readArgs({})
if not A then return badArgument(bad) end

local sums = {}
for _, key in ipairs(K.dayAggregates) do
  local flat = redis.call('HGETALL', key)
  for j = 1, #flat, 2 do
    local n = intArg(flat[j + 1])
    if not n then return fail('bad_request', 'not a count: ' .. key .. ' ' .. flat[j]) end
    sums[flat[j]] = (sums[flat[j]] or 0) + n
  end
end
redis.call('DEL', K.monthAggregates)
local fields = 0
for field, value in pairs(sums) do
  redis.call('HSET', K.monthAggregates, field, value)
  fields = fields + 1
end
return cjson.encode({ fields = fields })
