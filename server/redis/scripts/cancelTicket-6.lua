--[[
  Cancels a waiting ticket (the citizen left, or staff removed it).
  Input (server/redis/script-calls/cancel-ticket.ts):
    KEYS tickets, aggregates, monthAggregates (the ticket's day), events, priorityQueue, normalQueue
      (of the service the caller read; checked here)
    ARGV[1] JSON { office, date (the ticket's), number, token? (none: staff), now (ms), streamMaxLen,
      serviceId (the one the caller read), by (who cancelled) }
  Returns JSON { ticket, waiting } or { error }.
]]
--- @include "named-keys"
--- @include "argument-checks"
--- @include "replies"
--- @include "rollups"
--- @include "ticket-codec"
--- @include "event-codec"

local K = namedKeys({ 'tickets', 'aggregates', 'monthAggregates', 'events', 'priorityQueue', 'normalQueue' })
if not K then return badArgument('keys') end
local A, bad = readArgs({
  office = idOf(40), date = isDate, number = isTicketNumber, token = optional(isToken), now = isTime, streamMaxLen = isMaxLen,
  serviceId = idOf(32), by = isUsername,
})
if not A then return badArgument(bad) end

local day = ticketDay(K.tickets, A.office, A.date)
local t = loadTicket(day, A.number)
if not t then return fail('not_found', 'no such ticket') end
if A.token and t.token ~= A.token then return fail('not_found', 'no such ticket') end
if t.status ~= 'waiting' then return fail('wrong_status', 'only a waiting ticket can be cancelled') end
if t.serviceId ~= A.serviceId then return fail('retry', 'ticket moved') end
local now = A.now
redis.call('ZREM', K.priorityQueue, t.number)
redis.call('ZREM', K.normalQueue, t.number)
t.status = 'cancelled'
t.doneAt = now
bump(rollup(K.aggregates, K.monthAggregates), 'cancelled', { 'all', 'svc:' .. t.serviceId, 'hr:' .. t.hour }, 1)
saveTicket(day, t)
appendEvent(K.events, A.streamMaxLen, 'ticket.cancelled', now, { id = t.id, by = A.by })
return cjson.encode({ ticket = t, waiting = redis.call('ZCARD', K.priorityQueue) + redis.call('ZCARD', K.normalQueue) })
