--[[
  Rebuilds a month rollup as the sum of its day rollups, atomically, so writes before and after
  it are counted once. For data written before month rollups existed (scripts keep them since).
  KEYS[1] the month's rollup  KEYS[2..] the rollups of the month's days
  Returns JSON { fields }.
]]
local sums = {}
for i = 2, #KEYS do
  local flat = redis.call('HGETALL', KEYS[i])
  for j = 1, #flat, 2 do
    local n = intArg(flat[j + 1])
    if not n then return fail('bad_request', 'not a count: ' .. KEYS[i] .. ' ' .. flat[j]) end
    sums[flat[j]] = (sums[flat[j]] or 0) + n
  end
end
redis.call('DEL', KEYS[1])
local fields = 0
for field, value in pairs(sums) do
  redis.call('HSET', KEYS[1], field, value)
  fields = fields + 1
end
return cjson.encode({ fields = fields })
