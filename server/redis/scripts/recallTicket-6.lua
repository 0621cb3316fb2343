--[[
  Calls the counter's current ticket again (the citizen did not come yet).
  Input (server/redis/script-calls/recall-ticket.ts):
    KEYS counters, tickets, aggregates, monthAggregates (the held ticket's day), events,
      recentCalls (today's)
    ARGV[1] JSON { office, counterId, officer, now (ms), date (the held ticket's), streamMaxLen,
      callId, counterNumber, counterName }
  Returns JSON { ticket, call } or { error }.
]]
--- @include "named-keys"
--- @include "argument-checks"
--- @include "ticket-rules"
--- @include "event-codec"

local K = namedKeys({ 'counters', 'tickets', 'aggregates', 'monthAggregates', 'events', 'recentCalls' })
if not K then return badArgument('keys') end
local A, bad = readArgs(heldArgs({ callId = nonEmptyTextOf(64), counterNumber = integerOf(0, 9999), counterName = textOf(240) }))
if not A then return badArgument(bad) end

local day = ticketDay(K.tickets, A.office, A.date)
local counter, t, err = heldTicket(K.counters, day, A.counterId, A.officer)
if err then return err end
if t.status ~= 'called' and t.status ~= 'serving' then return fail('wrong_status', 'only a called ticket can be recalled') end
local now = A.now
t.recalls = (t.recalls or 0) + 1
saveTicket(day, t)
local call = publicCall(t, A.callId, A.office, A.counterId, A.counterNumber, A.counterName, now, true)
redis.call('LPUSH', K.recentCalls, cjson.encode(call))
redis.call('LTRIM', K.recentCalls, 0, 19)
-- only today's board reads it: gone a day after the day's last call
redis.call('EXPIRE', K.recentCalls, 86400)
bump(rollup(K.aggregates, K.monthAggregates), 'recalls', { 'all', 'ctr:' .. A.counterId }, 1)
appendEvent(K.events, A.streamMaxLen, 'ticket.recalled', now, { id = t.id, counterId = A.counterId, officer = A.officer })
return cjson.encode({ ticket = t, call = call })
