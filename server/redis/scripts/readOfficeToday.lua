--[[
  One office's figures of the day for the live wall, read only: some fields of its day rollup and,
  per service, how many wait and since when the longest has waited. One call per office instead
  of four commands per service crossing to the server (server/supervision/office-vitals.ts).
  Input (server/redis/script-calls/read-office-today.ts):
    KEYS aggregates: the office's day rollup
    KEYS queues: per service, its priority and its normal waiting line (sorted sets, score = issue time)
    ARGV[1] JSON { fields: the rollup fields to read (`metric|dimension`, 1 to 50) }
  Returns JSON { fields: each field's count (0 where absent), lines: per service [waiting, oldest
  issue time or -1] } or { error }.
]]
--- @include "named-keys"
--- @include "argument-checks"

local K = namedKeys({ 'aggregates' }, 'queues', { 'priority', 'normal' })
if not K then return badArgument('keys') end
local A, bad = readArgs({ fields = listOf(matching('^[%w:|_%-]+$', 100), 50) })
if not A then return badArgument(bad) end
if #A.fields == 0 then return badArgument('fields') end

local fields = {}
local values = redis.call('HMGET', K.aggregates, unpack(A.fields))
for i = 1, #A.fields do
  local n = tonumber(values[i] or 0)
  if not n then return fail('bad_request', 'not a count: ' .. A.fields[i]) end
  fields[i] = n
end

local lines = {}
for s, q in ipairs(K.queues) do
  local waiting, oldest = 0, -1
  for _, key in ipairs({ q.priority, q.normal }) do
    local n = redis.call('ZCARD', key)
    if n > 0 then
      waiting = waiting + n
      local at = tonumber(redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')[2])
      if oldest < 0 or at < oldest then oldest = at end
    end
  end
  lines[s] = { waiting, oldest }
end
return cjson.encode({ fields = fields, lines = lines })
