--[[
  The called citizen did not come: called → no_show.
  Input (server/redis/script-calls/mark-no-show.ts):
    KEYS counters, tickets, aggregates, monthAggregates (the held ticket's day), events
    ARGV[1] JSON { office, counterId, officer, now (ms), date (the held ticket's), streamMaxLen }
  Returns JSON { ticket, counter } or { error }.
]]
--- @include "named-keys"
--- @include "argument-checks"
--- @include "ticket-rules"
--- @include "event-codec"

local K = namedKeys({ 'counters', 'tickets', 'aggregates', 'monthAggregates', 'events' })
if not K then return badArgument('keys') end
local A, bad = readArgs(heldArgs())
if not A then return badArgument(bad) end

local day = ticketDay(K.tickets, A.office, A.date)
local counter, t, err = heldTicket(K.counters, day, A.counterId, A.officer)
if err then return err end
if t.status ~= 'called' then return fail('wrong_status', 'only a called ticket can be marked as no-show') end
t.status = 'no_show'
t.doneAt = A.now
bump(rollup(K.aggregates, K.monthAggregates), 'noShow', staffDims(t), 1)
if t.source == 'remote' then bump(rollup(K.aggregates, K.monthAggregates), 'remoteNoShow', staffDims(t), 1) end
saveTicket(day, t)
counter.ticket = nil
counter.ticketDate = nil
redis.call('HSET', K.counters, A.counterId, cjson.encode(counter))
appendEvent(K.events, A.streamMaxLen, 'ticket.no_show', A.now, { id = t.id, counterId = A.counterId, officer = A.officer })
return cjson.encode({ ticket = t, counter = counter })
