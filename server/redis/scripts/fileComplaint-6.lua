--[[
  Records a complaint (phản ánh, kiến nghị) with its deadline.
  Input (server/redis/script-calls/file-complaint.ts):
    KEYS complaints, complaintIndex, complaintSeq, aggregates, monthAggregates (today's), events
    ARGV[1] JSON { complaint (without id), now (ms), streamMaxLen, idDate (yyyymmdd, in the id) }
  Returns JSON { complaint } or { error }.
]]
--- @include "named-keys"
--- @include "argument-checks"
--- @include "rollups"
--- @include "event-codec"

local K = namedKeys({ 'complaints', 'complaintIndex', 'complaintSeq', 'aggregates', 'monthAggregates', 'events' })
if not K then return badArgument('keys') end
local A, bad = readArgs({
  complaint = objectOf({
    office = idOf(40), topic = oneOf('waiting_time', 'attitude', 'procedure', 'facilities', 'fees', 'other'), status = oneOf('new'),
    createdAt = isTime, dueAt = isTime, ticketId = optional(textOf(80)), serviceId = optional(idOf(32)), counterId = optional(idOf(16)),
    officer = optional(isUsername), message = optional(textOf(6000)), contactName = optional(textOf(360)), contactPhone = optional(textOf(20)),
    contactEmail = optional(textOf(200)), source = optional(oneOf('kiosk', 'phone', 'rating')),
  }),
  now = isTime, streamMaxLen = isMaxLen, idDate = matching('^%d%d%d%d%d%d%d%d$', 8),
})
if not A then return badArgument(bad) end
local c = A.complaint

local seq = redis.call('INCR', K.complaintSeq)
c.id = 'PA' .. A.idDate .. '-' .. string.format('%04d', seq)
redis.call('HSET', K.complaints, c.id, cjson.encode(c))
redis.call('ZADD', K.complaintIndex, A.now, c.id)
local dims = { 'all' }
if c.serviceId then table.insert(dims, 'svc:' .. c.serviceId) end
if c.counterId then table.insert(dims, 'ctr:' .. c.counterId) end
if c.officer then table.insert(dims, 'off:' .. c.officer) end
bump(rollup(K.aggregates, K.monthAggregates), 'complaints', dims, 1)
appendEvent(K.events, A.streamMaxLen, 'complaint.received', A.now, { id = c.id, topic = c.topic })
return cjson.encode({ complaint = c })
