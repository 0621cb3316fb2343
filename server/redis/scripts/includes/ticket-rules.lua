--[[
  The rules the counter scripts share: the config version check, who holds a counter and its
  ticket, the dimensions a served ticket counts under, finishing a ticket, the board's call.
  Mirror: server/tickets/counter-state.ts (StoredCounter, the counter hash's values),
  shared/events.ts (CallEvent, what publicCall returns) and server/feedback/tablet-rating.ts
  (LastCompleted, what finishTicket records for the counter's rating tablet).
]]
--- @include "replies"
--- @include "hash-json"
--- @include "rollups"
--- @include "ticket-codec"

-- The office configuration the caller read is still current (server/offices/office-store.ts).
local function checkConfig(configKey, version)
  return redis.call('HGET', configKey, 'v') == version
end

-- Refusal of a counter another officer holds: the holder's name travels as a value, so each screen
-- words the refusal in its own language (shared/i18n/error-messages.ts).
local function counterTaken(counter)
  return fail('counter_taken', 'another officer holds this counter', { values = { holder = counter.officerName or counter.officer } })
end

-- Dimensions a served ticket is counted under.
local function staffDims(ticket)
  local dims = { 'all', 'svc:' .. ticket.serviceId, 'hr:' .. ticket.hour }
  if ticket.counterId then table.insert(dims, 'ctr:' .. ticket.counterId) end
  if ticket.officer then table.insert(dims, 'off:' .. ticket.officer) end
  return dims
end

-- Closes the ticket a counter holds (called or serving → done), records its service time in the
-- rollup of the ticket's day, and makes it the counter's last completed ticket (`tabletLast`: hash
-- counterId → JSON { ticketId, number, serviceId, at }), which the counter's rating tablet asks about.
local function finishTicket(ticket, rollupOfDay, stats, tabletLast, counterId, now)
  ticket.status = 'done'
  ticket.doneAt = now
  local seconds = math.floor((now - ticket.calledAt) / 1000)
  local dims = staffDims(ticket)
  bump(rollupOfDay, 'served', dims, 1)
  if ticket.source == 'remote' then bump(rollupOfDay, 'remoteServed', dims, 1) end
  observe(rollupOfDay, 'svc', dims, seconds)
  -- moving average of recent service times, for the wait estimate
  local avg = tonumber(redis.call('HGET', stats, ticket.serviceId) or '')
  if avg then avg = avg * 0.8 + seconds * 0.2 else avg = seconds end
  redis.call('HSET', stats, ticket.serviceId, math.floor(avg))
  redis.call('HSET', tabletLast, counterId, cjson.encode({ ticketId = ticket.id, number = ticket.number, serviceId = ticket.serviceId, at = now }))
end

-- The ticket a counter holds, checked against the officer and the day (a ticketDay) the caller
-- expects. Returns counter, ticket, or nil, nil, error JSON.
local function heldTicket(countersKey, day, counterId, officer)
  local counter = loadJson(countersKey, counterId)
  if not counter or counter.status == 'closed' then return nil, nil, fail('counter_not_open', 'open the counter first') end
  if counter.officer ~= officer then return nil, nil, counterTaken(counter) end
  if not counter.ticket then return nil, nil, fail('no_current_ticket', 'the counter has no current ticket') end
  if counter.ticketDate ~= day.date then return nil, nil, fail('wrong_day', 'current ticket is on another day', { date = counter.ticketDate }) end
  local ticket = loadTicket(day, counter.ticket)
  if not ticket then return nil, nil, fail('not_found', 'the counter\'s ticket is missing') end
  return counter, ticket, nil
end

-- The board's call of a ticket at a counter (CallEvent).
local function publicCall(t, callId, office, counterId, number, name, now, recall)
  return { callId = callId, office = office, counterId = counterId, counterNumber = number, counterName = name,
    at = now, recall = recall,
    ticket = { id = t.id, number = t.number, serviceId = t.serviceId, status = t.status, priority = t.priority,
      issuedAt = t.issuedAt, calledAt = t.calledAt, counterId = counterId } }
end
