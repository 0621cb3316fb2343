--[[
  Dossiers (hồ sơ) and what they count in the rollups. A dossier whose dates are known counts
  `dosIn` on its receipt day, and once resolved `dosDone` on its receipt day and `dosEarly`,
  `dosOnTime` or `dosLate` on its resolution day, under `all` and `svc:<service>`. A code linked to a
  ticket before its dates are known (status awaiting_data) counts nothing until they come.
  Mirror: server/dossiers/dossier-record.ts (StoredDossier, dossierOutcome) and the dossier report
  (server/dossiers/dossier-report.ts), which reads these fields.
]]
--- @include "argument-checks"
--- @include "rollups"

-- a dossier code (mã hồ sơ) as shared/schemas/dossiers.ts DossierCode takes it
local isDossierCode = matching('^[%w][%w._%-]*$', 60)

local OUTCOME_METRIC = { early = 'dosEarly', onTime = 'dosOnTime', late = 'dosLate' }

-- early, onTime or late: the result's date against the legal one (ngày hẹn trả)
local function dossierOutcome(resolvedDate, dueDate)
  if resolvedDate < dueDate then return 'early' end
  if resolvedDate > dueDate then return 'late' end
  return 'onTime'
end

-- What a dossier counts: a list of { date, metric }, under the dims of its service.
local function dossierCounts(d)
  if not d or d.status == 'awaiting_data' or not d.receivedDate or not d.dueDate or not d.serviceId then return {} end
  local out = { { d.receivedDate, 'dosIn' } }
  if d.resolvedDate then
    out[2] = { d.receivedDate, 'dosDone' }
    out[3] = { d.resolvedDate, OUTCOME_METRIC[dossierOutcome(d.resolvedDate, d.dueDate)] }
  end
  return out
end

-- Adds `sign` times what `d` counts to `deltas` (date → 'metric|dim' → number).
local function addCounts(deltas, d, sign)
  for _, c in ipairs(dossierCounts(d)) do
    local day = deltas[c[1]] or {}
    deltas[c[1]] = day
    for _, dim in ipairs({ 'all', 'svc:' .. d.serviceId }) do
      local field = c[2] .. '|' .. dim
      day[field] = (day[field] or 0) + sign
    end
  end
end

-- Writes the non-zero deltas into the rollups of their days (`rollups`: date → rollup(day, month)).
local function applyCounts(deltas, rollups)
  for date, fields in pairs(deltas) do
    for field, by in pairs(fields) do
      if by ~= 0 then
        redis.call('HINCRBY', rollups[date].day, field, by)
        redis.call('HINCRBY', rollups[date].month, field, by)
      end
    end
  end
end

-- Adds a ticket to the dossier's tickets; returns true when it was not there yet.
local function linkTicket(d, ticketId)
  local list = d.tickets
  if type(list) ~= 'table' then list = {} end
  for _, id in ipairs(list) do
    if id == ticketId then return false end
  end
  list[#list + 1] = ticketId
  d.tickets = list
  return true
end
