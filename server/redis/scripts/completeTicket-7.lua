--[[
  Finishes the counter's current ticket (called or serving → done), optionally recording a dossier.
  Input (server/redis/script-calls/complete-ticket.ts):
    KEYS counters, tickets, aggregates, monthAggregates (the held ticket's day), events, serviceStats,
      dossiers
    ARGV[1] JSON { office, counterId, officer, now (ms), date (the held ticket's), streamMaxLen,
      dossier? { id, code, dueDate, title? } }
  Returns JSON { ticket, counter, dossier? } or { error }.
]]
--- @include "named-keys"
--- @include "argument-checks"
--- @include "ticket-rules"
--- @include "event-codec"

local K = namedKeys({ 'counters', 'tickets', 'aggregates', 'monthAggregates', 'events', 'serviceStats', 'dossiers' })
if not K then return badArgument('keys') end
local A, bad = readArgs(heldArgs({
  dossier = optional(objectOf({ id = nonEmptyTextOf(180), code = textOf(180), dueDate = isDate, title = optional(textOf(600)) })),
}))
if not A then return badArgument(bad) end
local dossier = A.dossier

local day = ticketDay(K.tickets, A.office, A.date)
local counter, t, err = heldTicket(K.counters, day, A.counterId, A.officer)
if err then return err end
if t.status ~= 'called' and t.status ~= 'serving' then return fail('wrong_status', 'the current ticket is not being served') end
-- every refusal before the first write: a dossier code taken refuses the whole completion
if dossier and redis.call('HEXISTS', K.dossiers, dossier.id) == 1 then return fail('conflict', 'a dossier with this code already exists') end
local now = A.now
local r = rollup(K.aggregates, K.monthAggregates)
finishTicket(t, r, K.serviceStats, now)
if dossier then
  dossier.ticketId = t.id
  dossier.serviceId = t.serviceId
  dossier.counterId = A.counterId
  dossier.officer = A.officer
  dossier.receivedAt = now
  dossier.receivedDate = A.date
  dossier.status = 'in_progress'
  redis.call('HSET', K.dossiers, dossier.id, cjson.encode(dossier))
  t.dossier = dossier.id
  -- dossiers received, for the dossier report (resolutions: resolveDossier-6.lua)
  bump(r, 'dosIn', { 'all', 'svc:' .. t.serviceId }, 1)
end
saveTicket(day, t)
counter.ticket = nil
counter.ticketDate = nil
redis.call('HSET', K.counters, A.counterId, cjson.encode(counter))
appendEvent(K.events, A.streamMaxLen, 'ticket.done', now, { id = t.id, counterId = A.counterId, officer = A.officer, dossier = t.dossier })
return cjson.encode({ ticket = t, counter = counter, dossier = dossier })
