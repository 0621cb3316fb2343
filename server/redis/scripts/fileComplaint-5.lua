--[[
  Records a complaint (phản ánh, kiến nghị) with its deadline.
  KEYS[1] complaints hash  KEYS[2] complaint index (by time)  KEYS[3] complaint sequence
  KEYS[4] aggregates (today)  KEYS[5] events
  ARGV[1] complaint JSON without id  ARGV[2] now (ms)  ARGV[3] stream max length  ARGV[4] date (yyyymmdd)
  Returns JSON { complaint }.
]]
local c = cjson.decode(ARGV[1])
local seq = redis.call('INCR', KEYS[3])
c.id = 'PA' .. ARGV[4] .. '-' .. string.format('%04d', seq)
redis.call('HSET', KEYS[1], c.id, cjson.encode(c))
redis.call('ZADD', KEYS[2], tonumber(ARGV[2]), c.id)
local dims = { 'all' }
if c.serviceId then table.insert(dims, 'svc:' .. c.serviceId) end
if c.counterId then table.insert(dims, 'ctr:' .. c.counterId) end
if c.officer then table.insert(dims, 'off:' .. c.officer) end
bump(KEYS[4], 'complaints', dims, 1)
appendEvent(KEYS[5], ARGV[3], 'complaint.received', tonumber(ARGV[2]), { id = c.id, topic = c.topic })
return cjson.encode({ complaint = c })
