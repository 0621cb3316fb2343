--[[
  Sums some fields of one office's rollup hashes, period by period, and writes nothing: the
  province ranking reads each office's periods in one call (server/supervision/ranking-reader.ts)
  instead of carrying every hash's fields across to the server to be added there.
  Input (server/redis/script-calls/sum-rollups.ts):
    KEYS rollups: the day and month rollups of the periods, period after period
    ARGV[1] JSON { fields: the rollup fields (`metric|dimension`, 1 to 200),
                   spans: per period, how many of the rollups are its own (they add up to the keys) }
  Returns JSON { sums: per period, the sum of each field (0 where no rollup has it) } or { error }.
]]
--- @include "named-keys"
--- @include "argument-checks"

local K = namedKeys({}, 'rollups')
if not K then return badArgument('keys') end
local A, bad = readArgs({ fields = listOf(matching('^[%w:|_%-]+$', 100), 200), spans = listOf(integerOf(0, 100000), 100) })
if not A then return badArgument(bad) end
if #A.fields == 0 then return badArgument('fields') end
local total = 0
for _, n in ipairs(A.spans) do total = total + n end
if #A.spans == 0 or total ~= #K.rollups then return badArgument('spans') end

local sums, at = {}, 0
for p, count in ipairs(A.spans) do
  local s = {}
  for i = 1, #A.fields do s[i] = 0 end
  for _ = 1, count do
    at = at + 1
    local values = redis.call('HMGET', K.rollups[at], unpack(A.fields))
    for i = 1, #A.fields do
      local v = values[i]
      if v then
        local n = tonumber(v)
        if not n then return fail('bad_request', 'not a count: ' .. K.rollups[at] .. ' ' .. A.fields[i]) end
        s[i] = s[i] + n
      end
    end
  end
  sums[p] = s
end
return cjson.encode({ sums = sums })
