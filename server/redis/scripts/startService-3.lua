--[[
  The citizen came to the counter: called → serving.
  Input (server/redis/script-calls/start-service.ts):
    KEYS counters, tickets (the held ticket's day), events
    ARGV[1] JSON { office, counterId, officer, now (ms), date (the held ticket's), streamMaxLen }
  Returns JSON { ticket, counter } or { error }.
]]
--- @include "named-keys"
--- @include "argument-checks"
--- @include "ticket-rules"
--- @include "event-codec"

local K = namedKeys({ 'counters', 'tickets', 'events' })
if not K then return badArgument('keys') end
local A, bad = readArgs(heldArgs())
if not A then return badArgument(bad) end

local day = ticketDay(K.tickets, A.office, A.date)
local counter, t, err = heldTicket(K.counters, day, A.counterId, A.officer)
if err then return err end
if t.status ~= 'called' then return fail('wrong_status', 'only a called ticket can start being served') end
t.status = 'serving'
t.servedAt = A.now
saveTicket(day, t)
appendEvent(K.events, A.streamMaxLen, 'ticket.serving', A.now, { id = t.id, counterId = A.counterId, officer = A.officer })
return cjson.encode({ ticket = t, counter = counter })
