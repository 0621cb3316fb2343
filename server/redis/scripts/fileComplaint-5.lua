--[[
  Records a complaint (phản ánh, kiến nghị) with its deadline.
  KEYS[1] complaints hash  KEYS[2] complaint index (by time)  KEYS[3] complaint sequence
  KEYS[4] aggregates (today)  KEYS[5] events
  ARGV[1] complaint JSON without id  ARGV[2] now (ms)  ARGV[3] stream max length  ARGV[4] date (yyyymmdd)
  Returns JSON { complaint }.
]]
local c = jsonArg(ARGV[1])
if not c or not fieldsOk(c, {
  office = idOf(40), topic = oneOf('waiting_time', 'attitude', 'procedure', 'facilities', 'fees', 'other'), status = oneOf('new'), createdAt = integerOf(0, 1e15), dueAt = integerOf(0, 1e15),
  ['ticketId?'] = textOf(80), ['serviceId?'] = idOf(32), ['counterId?'] = idOf(16), ['officer?'] = isUsernameField,
  ['message?'] = textOf(6000), ['contactName?'] = textOf(360), ['contactPhone?'] = textOf(20), ['contactEmail?'] = textOf(200),
  ['source?'] = oneOf('kiosk', 'phone', 'rating'),
}) then
  return badArgument('complaint')
end
if not intArg(ARGV[2], 0) then return badArgument('now') end
if not intArg(ARGV[3], 1) then return badArgument('stream max length') end
if type(ARGV[4]) ~= 'string' or not string.find(ARGV[4], '^%d%d%d%d%d%d%d%d$') then return badArgument('date') end

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
