--[[
  Sends the counter's current ticket to another service's queue, keeping its number.
  It queues by its original issue time, so a transferred citizen is not sent to the back.
  KEYS[1] counters  KEYS[2] tickets of the held ticket's day  KEYS[3] aggregates of that day  KEYS[4] events stream
  ARGV[1] counterId  ARGV[2] officer  ARGV[3] now (ms)  ARGV[4] the held ticket's date  ARGV[5] stream max length
  KEYS[5] target priority queue  KEYS[6] target normal queue (both of the held ticket's day)
  ARGV[6] target service id
  Returns JSON { ticket, counter } or { error }.
]]
local bad = heldArgsProblem()
if bad then return bad end
if not isId(ARGV[6], 32) then return badArgument('serviceId') end

local counter, t, err = heldTicket(KEYS[1], KEYS[2], ARGV[1], ARGV[2], ARGV[4])
if err then return err end
if t.status ~= 'called' and t.status ~= 'serving' then return fail('wrong_status', 'only the ticket being served can be transferred') end
if t.serviceId == ARGV[6] then return fail('bad_request', 'the ticket is already in that service') end
local now = tonumber(ARGV[3])
local from = t.serviceId
-- out and in both count under the office total and the ticket's hour of issue, so the totals row
-- and the hour rows add up as the service rows do (the office's total in equals its total out)
local hr = 'hr:' .. t.hour
bump(KEYS[3], 'transferOut', { 'all', 'svc:' .. from, hr, 'ctr:' .. ARGV[1], 'off:' .. ARGV[2] }, 1)
bump(KEYS[3], 'transferIn', { 'all', 'svc:' .. ARGV[6], hr }, 1)
t.transfers = t.transfers or {}
table.insert(t.transfers, { from = from, to = ARGV[6], at = now })
t.serviceId = ARGV[6]
t.status = 'waiting'
t.calledAt = nil
t.servedAt = nil
t.counterId = nil
t.officer = nil
if t.priority then redis.call('ZADD', KEYS[5], t.issuedAt, t.number) else redis.call('ZADD', KEYS[6], t.issuedAt, t.number) end
saveTicket(KEYS[2], t)
counter.ticket = nil
counter.ticketDate = nil
redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(counter))
appendEvent(KEYS[4], ARGV[5], 'ticket.transferred', now, { id = t.id, from = from, to = ARGV[6], counterId = ARGV[1], officer = ARGV[2] })
return cjson.encode({ ticket = t, counter = counter, waiting = redis.call('ZCARD', KEYS[5]) + redis.call('ZCARD', KEYS[6]) })
