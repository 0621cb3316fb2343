--[[
  Finishes the counter's current ticket (called or serving → done), optionally recording a dossier.
  KEYS[1] counters  KEYS[2] tickets of the held ticket's day  KEYS[3] aggregates of that day  KEYS[4] events stream
  ARGV[1] counterId  ARGV[2] officer  ARGV[3] now (ms)  ARGV[4] the held ticket's date  ARGV[5] stream max length
  KEYS[5] service stats  KEYS[6] dossiers
  ARGV[6] dossier JSON or ''
  Returns JSON { ticket, counter, dossier? } or { error }.
]]
local bad = heldArgsProblem()
if bad then return bad end
local dossier = nil
if ARGV[6] ~= '' then
  dossier = jsonArg(ARGV[6])
  if not dossier or not fieldsOk(dossier, { id = textOf(180), code = textOf(180), dueDate = isDateField, ['title?'] = textOf(600) })
    or dossier.id == '' then
    return badArgument('dossier')
  end
end

local counter, t, err = heldTicket(KEYS[1], KEYS[2], ARGV[1], ARGV[2], ARGV[4])
if err then return err end
if t.status ~= 'called' and t.status ~= 'serving' then return fail('wrong_status', 'the current ticket is not being served') end
-- every refusal before the first write: a dossier code taken refuses the whole completion
if dossier and redis.call('HEXISTS', KEYS[6], dossier.id) == 1 then return fail('conflict', 'a dossier with this code already exists') end
local now = tonumber(ARGV[3])
finishTicket(t, KEYS[3], KEYS[5], now)
if dossier then
  dossier.ticketId = t.id
  dossier.serviceId = t.serviceId
  dossier.counterId = ARGV[1]
  dossier.officer = ARGV[2]
  dossier.receivedAt = now
  dossier.receivedDate = ARGV[4]
  dossier.status = 'in_progress'
  redis.call('HSET', KEYS[6], dossier.id, cjson.encode(dossier))
  t.dossier = dossier.id
  -- dossiers received, for the dossier report (resolutions: resolveDossier-4.lua)
  bump(KEYS[3], 'dosIn', { 'all', 'svc:' .. t.serviceId }, 1)
end
saveTicket(KEYS[2], t)
counter.ticket = nil
counter.ticketDate = nil
redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(counter))
appendEvent(KEYS[4], ARGV[5], 'ticket.done', now, { id = t.id, counterId = ARGV[1], officer = ARGV[2], dossier = t.dossier })
return cjson.encode({ ticket = t, counter = counter, dossier = dossier })
