--[[
  Finishes the counter's current ticket (called or serving → done), with the dossier codes it served.
  A code not known yet is received at the desk now when its result date is given (counted `dosIn`
  on the ticket's day), else linked until its dates come (awaiting_data: server/dossiers/dossier-import.ts);
  a known one only gains the ticket.
  Input (server/redis/script-calls/complete-ticket.ts):
    KEYS counters, tickets, aggregates, monthAggregates (the held ticket's day), events, serviceStats,
      dossiers, tabletLast (the counters' last completed tickets)
    ARGV[1] JSON { office, counterId, officer, now (ms), date (the held ticket's), streamMaxLen,
      dossiers? [{ code, dueDate?, title? }] (at most 20, no code twice) }
  Returns JSON { ticket, counter, dossiers? } or { error }.
]]
--- @include "named-keys"
--- @include "argument-checks"
--- @include "ticket-rules"
--- @include "dossier-rules"
--- @include "event-codec"

local K = namedKeys({ 'counters', 'tickets', 'aggregates', 'monthAggregates', 'events', 'serviceStats', 'dossiers', 'tabletLast' })
if not K then return badArgument('keys') end
local A, bad = readArgs(heldArgs({
  dossiers = optional(listOf(objectOf({ code = isDossierCode, dueDate = optional(isDate), title = optional(textOf(600)) }), 20)),
}))
if not A then return badArgument(bad) end
local seen = {}
for _, item in ipairs(A.dossiers or {}) do
  if seen[item.code] then return badArgument('dossiers') end
  seen[item.code] = true
  if item.dueDate and item.dueDate < A.date then return fail('bad_request', 'the result date cannot be before the receipt') end
end

local day = ticketDay(K.tickets, A.office, A.date)
local counter, t, err = heldTicket(K.counters, day, A.counterId, A.officer)
if err then return err end
if t.status ~= 'called' and t.status ~= 'serving' then return fail('wrong_status', 'the current ticket is not being served') end
local now = A.now
local r = rollup(K.aggregates, K.monthAggregates)
finishTicket(t, r, K.serviceStats, K.tabletLast, A.counterId, now)
local saved, codes = {}, {}
for _, item in ipairs(A.dossiers or {}) do
  local d = loadJson(K.dossiers, item.code) or { id = item.code, code = item.code, status = 'awaiting_data' }
  if d.status == 'awaiting_data' and item.dueDate then
    d.ticketId = t.id
    d.serviceId = t.serviceId
    d.counterId = A.counterId
    d.officer = A.officer
    d.dueDate = item.dueDate
    d.receivedAt = now
    d.receivedDate = A.date
    d.status = 'in_progress'
    d.source = 'desk'
    -- dossiers received, for the dossier report (resolutions: resolveDossier-6.lua)
    bump(r, 'dosIn', { 'all', 'svc:' .. t.serviceId }, 1)
  end
  if item.title and not d.title then d.title = item.title end
  linkTicket(d, t.id)
  redis.call('HSET', K.dossiers, d.id, cjson.encode(d))
  saved[#saved + 1] = d
  codes[#codes + 1] = d.code
end
if #codes > 0 then t.dossiers = codes end
saveTicket(day, t)
counter.ticket = nil
counter.ticketDate = nil
redis.call('HSET', K.counters, A.counterId, cjson.encode(counter))
appendEvent(K.events, A.streamMaxLen, 'ticket.done', now, { id = t.id, counterId = A.counterId, officer = A.officer, dossiers = t.dossiers })
local out = { ticket = t, counter = counter }
if #saved > 0 then out.dossiers = saved end
return cjson.encode(out)
