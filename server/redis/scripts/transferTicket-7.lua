--[[
  Sends the counter's current ticket to another service's queue, keeping its number.
  It queues by its original issue time, so a transferred citizen is not sent to the back.
  Input (server/redis/script-calls/transfer-ticket.ts):
    KEYS counters, tickets, aggregates, monthAggregates (the held ticket's day), events,
      priorityQueue, normalQueue (the target service's, of the held ticket's day)
    ARGV[1] JSON { office, counterId, officer, now (ms), date (the held ticket's), streamMaxLen,
      serviceId (the target) }
  Returns JSON { ticket, counter, waiting } or { error }.
]]
--- @include "named-keys"
--- @include "argument-checks"
--- @include "ticket-rules"
--- @include "event-codec"

local K = namedKeys({ 'counters', 'tickets', 'aggregates', 'monthAggregates', 'events', 'priorityQueue', 'normalQueue' })
if not K then return badArgument('keys') end
local A, bad = readArgs(heldArgs({ serviceId = idOf(32) }))
if not A then return badArgument(bad) end

local day = ticketDay(K.tickets, A.office, A.date)
local counter, t, err = heldTicket(K.counters, day, A.counterId, A.officer)
if err then return err end
if t.status ~= 'called' and t.status ~= 'serving' then return fail('wrong_status', 'only the ticket being served can be transferred') end
if t.serviceId == A.serviceId then return fail('bad_request', 'the ticket is already in that service') end
local now = A.now
local from = t.serviceId
-- out and in both count under the office total and the ticket's hour of issue, so the totals row
-- and the hour rows add up as the service rows do (the office's total in equals its total out)
local hr = 'hr:' .. t.hour
local r = rollup(K.aggregates, K.monthAggregates)
bump(r, 'transferOut', { 'all', 'svc:' .. from, hr, 'ctr:' .. A.counterId, 'off:' .. A.officer }, 1)
bump(r, 'transferIn', { 'all', 'svc:' .. A.serviceId, hr }, 1)
t.transfers = t.transfers or {}
table.insert(t.transfers, { from = from, to = A.serviceId, at = now })
t.serviceId = A.serviceId
t.status = 'waiting'
t.calledAt = nil
t.servedAt = nil
t.counterId = nil
t.officer = nil
-- an appointment sent to another service waits there as an ordinary ticket
t.slotAt, t.slotEnd = nil, nil
if t.priority then redis.call('ZADD', K.priorityQueue, t.issuedAt, t.number) else redis.call('ZADD', K.normalQueue, t.issuedAt, t.number) end
saveTicket(day, t)
counter.ticket = nil
counter.ticketDate = nil
redis.call('HSET', K.counters, A.counterId, cjson.encode(counter))
appendEvent(K.events, A.streamMaxLen, 'ticket.transferred', now, { id = t.id, from = from, to = A.serviceId, counterId = A.counterId, officer = A.officer })
return cjson.encode({ ticket = t, counter = counter, waiting = redis.call('ZCARD', K.priorityQueue) + redis.call('ZCARD', K.normalQueue) })
