-- Helpers prepended to every script at load time (server/redis/scripts.ts), so each
-- script's aggregates and events are written the same way. Kept free of key access:
-- scripts pass in the keys they were given.

-- Histogram bucket of a duration: one-minute buckets below an hour, five-minute buckets
-- up to three hours, one overflow bucket. Mirrored by server/reports/histogram.ts.
local function bucket(seconds)
  local m = math.floor(seconds / 60)
  if m < 60 then return m end
  if m < 180 then return 60 + math.floor((m - 60) / 5) end
  return 84
end

-- The month rollup beside a day rollup (keys.monthAggregates in keys.ts: `…:day:2025-06-02:agg` →
-- `…:month:2025-06:agg`, same office hash tag, so the same Cluster slot). Every write to a day's
-- rollup goes to its month too, late ones included (a rating or a dossier after the day closed),
-- so a year's report reads twelve hashes instead of 365.
local function monthOf(agg)
  return (string.gsub(agg, ':day:(%d%d%d%d%-%d%d)%-%d%d:agg$', ':month:%1:agg'))
end

local function bump(agg, metric, dims, by)
  local month = monthOf(agg)
  for _, d in ipairs(dims) do
    redis.call('HINCRBY', agg, metric .. '|' .. d, by)
    redis.call('HINCRBY', month, metric .. '|' .. d, by)
  end
end

-- Records one duration (wait or service) under every dimension: sum, count, histogram bucket.
local function observe(agg, name, dims, seconds)
  if seconds < 0 then seconds = 0 end
  local b = bucket(seconds)
  for _, d in ipairs(dims) do
    bump(agg, name .. 'Sum', { d }, seconds)
    bump(agg, name .. 'Cnt', { d }, 1)
    bump(agg, name .. 'H' .. b, { d }, 1)
  end
end

-- The office's event stream (the audit trail) holds several entries per ticket, so entries are short:
-- the entry id carries the event's time (`t` is added only when the stream is already past it), and
-- one field `e`, a JSON array of a ticket event's code and its values in this order, or [type, data]
-- for other events. A ticket is named by its number when it is of the event's UTC date (in Vietnam,
-- any event after 07:00), else by date_number; never with its office (the stream is the office's).
-- server/redis/event-codec.ts expands entries again.
local EVENT_FIELDS = {
  ['ticket.issued'] = { 'i', 'id', 'serviceId', 'kiosk', 'category' },
  ['ticket.called'] = { 'c', 'id', 'counterId', 'officer' },
  ['ticket.recalled'] = { 'rc', 'id', 'counterId', 'officer' },
  ['ticket.serving'] = { 's', 'id', 'counterId', 'officer' },
  ['ticket.done'] = { 'd', 'id', 'counterId', 'officer', 'dossier' },
  ['ticket.no_show'] = { 'n', 'id', 'counterId', 'officer' },
  ['ticket.transferred'] = { 'tr', 'id', 'from', 'to', 'counterId', 'officer' },
  ['ticket.cancelled'] = { 'x', 'id', 'by' },
  ['ticket.closed_at_day_end'] = { 'z', 'id', 'counterId', 'officer' },
  ['rating.received'] = { 'r', 'id', 'score' },
}

-- The UTC date (YYYY-MM-DD) of a time in ms: civil_from_days (H. Hinnant); Lua here has no os.date.
local function utcDate(ms)
  local z = math.floor(ms / 86400000) + 719468
  local era = math.floor(z / 146097)
  local doe = z - era * 146097
  local yoe = math.floor((doe - math.floor(doe / 1460) + math.floor(doe / 36524) - math.floor(doe / 146096)) / 365)
  local doy = doe - (365 * yoe + math.floor(yoe / 4) - math.floor(yoe / 100))
  local mp = math.floor((5 * doy + 2) / 153)
  local m = mp < 10 and mp + 3 or mp - 9
  local y = yoe + era * 400 + (m <= 2 and 1 or 0)
  return string.format('%04d-%02d-%02d', y, m, doy - math.floor((153 * mp + 2) / 5) + 1)
end

local function appendEvent(stream, maxlen, kind, now, data)
  local spec = EVENT_FIELDS[kind]
  local entry = { kind, data }
  if spec then
    entry = { spec[1] }
    for i = 2, #spec do
      local v = data[spec[i]]
      local date, number = nil, nil
      if spec[i] == 'id' and v then date, number = string.match(v, '_(%d%d%d%d%-%d%d%-%d%d)_(.+)$') end
      if date then v = date == utcDate(now) and number or date .. '_' .. number end
      if v == nil then v = cjson.null end
      entry[i] = v
    end
    while entry[#entry] == cjson.null do entry[#entry] = nil end
  end
  local e = cjson.encode(entry)
  local added = redis.pcall('XADD', stream, 'MAXLEN', '~', maxlen, string.format('%.0f-*', now), 'e', e)
  -- refused when the stream's last id is later (another process's clock, a simulated day)
  if type(added) == 'table' and added.err then redis.call('XADD', stream, 'MAXLEN', '~', maxlen, '*', 't', now, 'e', e) end
end

local function fail(code, message, extra)
  local out = { error = code, message = message }
  if extra then for k, v in pairs(extra) do out[k] = v end end
  return cjson.encode(out)
end

-- Refusal of a counter another officer holds: the holder's name travels as a value, so each screen
-- words the refusal in its own language (shared/i18n/error-messages.ts).
local function counterTaken(counter)
  return fail('counter_taken', 'another officer holds this counter', { values = { holder = counter.officerName or counter.officer } })
end

-- A client's budget of requests per minute (server/http/rate-limits.ts), counted as
-- rate-limiter-flexible counts the other limits: a fixed minute from the first request, and a
-- refused request counts too. Returns the seconds until the minute ends when over the budget.
local function overBudget(key, perMinute)
  redis.call('SET', key, 0, 'EX', 60, 'NX')
  local used = redis.call('INCR', key)
  local ttl = redis.call('PTTL', key)
  if ttl < 0 then
    redis.call('EXPIRE', key, 60)
    ttl = 60000
  end
  if used > perMinute then return math.ceil(ttl / 1000) end
  return nil
end

local function checkConfig(configKey, version)
  local v = redis.call('HGET', configKey, 'v')
  if v ~= version then return false end
  return true
end

local function loadJson(hash, field)
  local raw = redis.call('HGET', hash, field)
  if not raw then return nil end
  return cjson.decode(raw)
end

-- Stored tickets, mirrored by server/tickets/ticket-codec.ts. A day's tickets hash keeps thousands
-- of tickets for RETENTION_DAYS, so a ticket is stored as a JSON array: the fields nearly every
-- ticket has in TICKET_HEAD order, then an object of the others under short names; times after
-- issue as offsets; nothing the hash key (office, date), the field (number) or a default says.
-- Scripts work on the long form. Still read: the long form of before, and one short-named object.
local TICKET_HEAD = { 'status', 'serviceId', 'issuedAt', 'hour', 'token', 'kiosk', 'calledAt', 'servedAt', 'doneAt', 'counterId', 'officer' }
local TICKET_SHORT = { serviceId = 's', origServiceId = 'os', status = 'st', priority = 'p', priorityCategory = 'pc',
  issuedAt = 'i', hour = 'h', token = 'k', calledAt = 'c', firstCalledAt = 'f', servedAt = 'v', doneAt = 'd',
  counterId = 'ct', officer = 'o', recalls = 'rc', transfers = 'tr', kiosk = 'ki', identity = 'idn', rated = 'r', dossier = 'ds' }
local TICKET_LONG, IN_HEAD = {}, { id = true, number = true, date = true }
for long, short in pairs(TICKET_SHORT) do TICKET_LONG[short] = long end
for _, k in ipairs(TICKET_HEAD) do IN_HEAD[k] = true end
local STATUS_SHORT = { waiting = 'w', called = 'c', serving = 's', done = 'd', no_show = 'n', expired = 'e', cancelled = 'x', closed_at_day_end = 'u' }
local STATUS_LONG = {}
for long, short in pairs(STATUS_SHORT) do STATUS_LONG[short] = long end
local TICKET_OFFSETS = { calledAt = true, firstCalledAt = true, servedAt = true, doneAt = true }

-- Office and date of a day's tickets hash, read back from its name (keys.ts `tickets`).
local function ticketDay(hashKey)
  local office, date = string.match(hashKey, '^qms:{(.+)}:day:(%d%d%d%d%-%d%d%-%d%d):tickets$')
  if not office then error('not a tickets key: ' .. hashKey) end
  return office, date
end

local function encodeTicket(t)
  local function stored(k)
    local v = t[k]
    if k == 'status' then return STATUS_SHORT[v] or v end
    if TICKET_OFFSETS[k] and type(v) == 'number' then return v - t.issuedAt end
    return v
  end
  local extra = {}
  for k in pairs(t) do
    if not IN_HEAD[k] then extra[TICKET_SHORT[k] or k] = stored(k) end
  end
  if t.origServiceId == t.serviceId then extra.os = nil end
  if t.priority == (t.priorityCategory ~= nil) then extra.p = nil end
  -- firstCalledAt defaults to calledAt; false keeps "never called first" apart from that default
  if t.firstCalledAt == t.calledAt then extra.f = nil elseif t.firstCalledAt == nil then extra.f = false end
  local out = {}
  for i, k in ipairs(TICKET_HEAD) do
    local v = stored(k)
    if v == nil then v = cjson.null end
    out[i] = v
  end
  if next(extra) then
    out[#TICKET_HEAD + 1] = extra
  else
    while out[#out] == cjson.null do out[#out] = nil end
  end
  return cjson.encode(out)
end

local function decodeTicket(raw, office, date, number)
  local s = cjson.decode(raw)
  if s.status then return s end
  local t, extra = {}, s
  if s[1] then
    extra = s[#TICKET_HEAD + 1] or {}
    for i, k in ipairs(TICKET_HEAD) do
      if s[i] ~= nil and s[i] ~= cjson.null then t[k] = s[i] end
    end
  end
  for k, v in pairs(extra) do t[TICKET_LONG[k] or k] = v end
  t.id = office .. '_' .. date .. '_' .. number
  t.number = number
  t.date = date
  t.status = STATUS_LONG[t.status] or t.status
  t.origServiceId = t.origServiceId or t.serviceId
  if t.priority == nil then t.priority = t.priorityCategory ~= nil end
  for k in pairs(TICKET_OFFSETS) do
    if type(t[k]) == 'number' then t[k] = t.issuedAt + t[k] end
  end
  if t.firstCalledAt == false then t.firstCalledAt = nil elseif t.firstCalledAt == nil then t.firstCalledAt = t.calledAt end
  return t
end

local function loadTicket(hashKey, number)
  local raw = redis.call('HGET', hashKey, number)
  if not raw then return nil end
  local office, date = ticketDay(hashKey)
  return decodeTicket(raw, office, date, number)
end

local function saveTicket(hashKey, t)
  redis.call('HSET', hashKey, t.number, encodeTicket(t))
end

-- Dimensions a served ticket is counted under.
local function staffDims(ticket)
  local dims = { 'all', 'svc:' .. ticket.serviceId, 'hr:' .. ticket.hour }
  if ticket.counterId then table.insert(dims, 'ctr:' .. ticket.counterId) end
  if ticket.officer then table.insert(dims, 'off:' .. ticket.officer) end
  return dims
end

-- Closes the ticket a counter holds (called or serving → done) and records its service time.
local function finishTicket(ticket, agg, stats, now)
  ticket.status = 'done'
  ticket.doneAt = now
  local seconds = math.floor((now - ticket.calledAt) / 1000)
  local dims = staffDims(ticket)
  bump(agg, 'served', dims, 1)
  observe(agg, 'svc', dims, seconds)
  -- moving average of recent service times, for the wait estimate
  local avg = tonumber(redis.call('HGET', stats, ticket.serviceId) or '')
  if avg then avg = avg * 0.8 + seconds * 0.2 else avg = seconds end
  redis.call('HSET', stats, ticket.serviceId, math.floor(avg))
end

-- The ticket a counter holds, checked against the officer and the day the caller expects.
-- Returns counter, ticket, or nil, nil, error JSON.
local function heldTicket(countersKey, ticketsKey, counterId, officer, day)
  local counter = loadJson(countersKey, counterId)
  if not counter or counter.status == 'closed' then return nil, nil, fail('counter_not_open', 'open the counter first') end
  if counter.officer ~= officer then return nil, nil, counterTaken(counter) end
  if not counter.ticket then return nil, nil, fail('no_current_ticket', 'the counter has no current ticket') end
  if counter.ticketDate ~= day then return nil, nil, fail('wrong_day', 'current ticket is on another day', { date = counter.ticketDate }) end
  local ticket = loadTicket(ticketsKey, counter.ticket)
  if not ticket then return nil, nil, fail('not_found', 'the counter\'s ticket is missing') end
  return counter, ticket, nil
end

local function publicCall(t, callId, office, counterId, number, name, now, recall)
  return { callId = callId, office = office, counterId = counterId, counterNumber = number, counterName = name,
    at = now, recall = recall,
    ticket = { id = t.id, number = t.number, serviceId = t.serviceId, status = t.status, priority = t.priority,
      issuedAt = t.issuedAt, calledAt = t.calledAt, counterId = counterId } }
end
