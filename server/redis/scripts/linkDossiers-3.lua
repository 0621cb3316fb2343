--[[
  Links dossier codes to a completed ticket afterwards (the receipt scanned after the citizen left,
  or a code typed later). A code not known yet is kept awaiting its dates (from an import or the
  API: saveDossiers.lua), counting nothing until then; a known one gains the ticket. Linking codes
  already linked changes nothing.
  Input (server/redis/script-calls/link-dossiers.ts):
    KEYS tickets (the ticket's day), dossiers, events
    ARGV[1] JSON { office, date (the ticket's), number, codes [code] (1 to 20, none twice), who, now (ms),
      streamMaxLen }
  Returns JSON { ticket, dossiers (the ticket's, each as stored), added (codes newly linked, a count) }
    or { error }.
]]
--- @include "named-keys"
--- @include "argument-checks"
--- @include "hash-json"
--- @include "ticket-codec"
--- @include "dossier-rules"
--- @include "event-codec"

local K = namedKeys({ 'tickets', 'dossiers', 'events' })
if not K then return badArgument('keys') end
local A, bad = readArgs({
  office = idOf(40), date = isDate, number = isTicketNumber, codes = listOf(isDossierCode, 20), who = isUsername, now = isTime, streamMaxLen = isMaxLen,
})
if not A then return badArgument(bad) end
if #A.codes == 0 then return badArgument('codes') end
local seen = {}
for _, code in ipairs(A.codes) do
  if seen[code] then return badArgument('codes') end
  seen[code] = true
end

local day = ticketDay(K.tickets, A.office, A.date)
local t = loadTicket(day, A.number)
if not t then return fail('not_found', 'ticket not found') end
if t.status ~= 'done' then return fail('wrong_status', 'only a completed ticket carries dossiers') end
local codes = t.dossiers
if type(codes) ~= 'table' then codes = {} end
if t.dossier then
  -- a ticket of before several codes: its one code joins the list
  table.insert(codes, 1, t.dossier)
  t.dossier = nil
end
local onTicket = {}
for _, code in ipairs(codes) do onTicket[code] = true end

local changed, added = {}, {}
for _, code in ipairs(A.codes) do
  local d = loadJson(K.dossiers, code) or { id = code, code = code, status = 'awaiting_data' }
  if linkTicket(d, t.id) then changed[#changed + 1] = d end
  if not onTicket[code] then
    codes[#codes + 1] = code
    added[#added + 1] = code
  end
end
if #codes > 40 then return fail('bad_request', 'a ticket carries at most 40 dossiers') end

for _, d in ipairs(changed) do redis.call('HSET', K.dossiers, d.id, cjson.encode(d)) end
if #added > 0 then
  t.dossiers = codes
  saveTicket(day, t)
  appendEvent(K.events, A.streamMaxLen, 'dossiers.linked', A.now, { id = t.id, codes = added, by = A.who })
end
local all = {}
for _, code in ipairs(codes) do all[#all + 1] = loadJson(K.dossiers, code) end
return cjson.encode({ ticket = t, dossiers = all, added = #added })
