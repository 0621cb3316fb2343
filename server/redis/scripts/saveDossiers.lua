--[[
  Saves dossiers from the one-stop software (an Excel import or the API), by code: a new code is
  added, a known one takes the dates it is sent, and one sent as it is stored changes nothing (no
  write, no event). What each dossier counted in the rollups (includes/dossier-rules.lua) is taken
  out and what it counts now is put in, in one step, so the dossier report follows every change.
  The tickets a dossier is linked to, and its desk receipt (counter, officer), are kept.
  Input (server/redis/script-calls/save-dossiers.ts):
    KEYS dossiers, events, then days: for each date a dossier counts on, before or after,
      { aggregates, monthAggregates }
    ARGV[1] JSON { days [date] (the days of the keys, in the same order), dossiers [{ code, serviceId,
      receivedDate, dueDate, resolvedDate?, returnedDate?, title? }] (1 to 10000, no code twice),
      source ('import' | 'api'), who, now (ms), streamMaxLen }
  Returns JSON { added (new codes, and codes that only awaited their dates), updated, unchanged } or { error }; { error = 'retry' } when a dossier now
  counts on a day not passed in (it changed since the caller read it).
]]
--- @include "named-keys"
--- @include "argument-checks"
--- @include "hash-json"
--- @include "dossier-rules"
--- @include "event-codec"

local K = namedKeys({ 'dossiers', 'events' }, 'days', { 'aggregates', 'monthAggregates' })
if not K then return badArgument('keys') end
local item = objectOf({
  code = isDossierCode, serviceId = idOf(40), receivedDate = isDate, dueDate = isDate,
  resolvedDate = optional(isDate), returnedDate = optional(isDate), title = optional(nonEmptyTextOf(600)),
})
local A, bad = readArgs({
  days = listOf(isDate, 40000), dossiers = listOf(item, 10000), source = oneOf('import', 'api'), who = isUsername, now = isTime, streamMaxLen = isMaxLen,
})
if not A then return badArgument(bad) end
if #A.days ~= #K.days then return badArgument('days') end
if #A.dossiers == 0 then return badArgument('dossiers') end
local rollups = {}
for i, date in ipairs(A.days) do rollups[date] = rollup(K.days[i].aggregates, K.days[i].monthAggregates) end

-- the fields the one-stop software owns: the same values in all of them means nothing to save
local OWNED = { 'serviceId', 'receivedDate', 'dueDate', 'resolvedDate', 'returnedDate', 'title', 'status' }
local seen, deltas, writes = {}, {}, {}
local added, updated, unchanged = 0, 0, 0
for _, x in ipairs(A.dossiers) do
  if seen[x.code] then return badArgument('dossiers') end
  seen[x.code] = true
  if x.dueDate < x.receivedDate then return fail('bad_request', 'a result date is before its receipt', { values = { code = x.code } }) end
  if x.resolvedDate and x.resolvedDate < x.receivedDate then return fail('bad_request', 'a dossier resolved before its receipt', { values = { code = x.code } }) end
  if x.returnedDate and (not x.resolvedDate or x.returnedDate < x.resolvedDate) then
    return fail('bad_request', 'a result returned before it was ready', { values = { code = x.code } })
  end
  local old = loadJson(K.dossiers, x.code)
  local d = { id = x.code, code = x.code }
  for k, v in pairs(old or {}) do d[k] = v end
  d.serviceId, d.receivedDate, d.dueDate, d.resolvedDate, d.returnedDate = x.serviceId, x.receivedDate, x.dueDate, x.resolvedDate, x.returnedDate
  if x.title then d.title = x.title end
  if d.resolvedDate then
    d.status = 'resolved'
    d.outcome = dossierOutcome(d.resolvedDate, d.dueDate)
  else
    d.status, d.outcome = 'in_progress', nil
  end
  local same = old ~= nil
  for _, f in ipairs(OWNED) do
    if same and old[f] ~= d[f] then same = false end
  end
  if same then
    unchanged = unchanged + 1
  else
    -- who recorded a result at the desk holds only for that result
    if not old or old.resolvedDate ~= d.resolvedDate then d.resolvedAt, d.resolvedBy = nil, nil end
    d.source, d.updatedAt = A.source, A.now
    addCounts(deltas, old, -1)
    addCounts(deltas, d, 1)
    -- a code that was only linked to tickets gets its dates: new to the report, so added
    local known = old ~= nil and old.status ~= 'awaiting_data'
    writes[#writes + 1] = { d = d, change = known and 'updated' or 'added' }
    if known then updated = updated + 1 else added = added + 1 end
  end
end
for date in pairs(deltas) do
  if not rollups[date] then return fail('retry', 'a dossier changed meanwhile', { date = date }) end
end

applyCounts(deltas, rollups)
for _, w in ipairs(writes) do
  redis.call('HSET', K.dossiers, w.d.id, cjson.encode(w.d))
  appendEvent(K.events, A.streamMaxLen, 'dossier.saved', A.now, { code = w.d.code, change = w.change, source = A.source, by = A.who })
end
return cjson.encode({ added = added, updated = updated, unchanged = unchanged })
