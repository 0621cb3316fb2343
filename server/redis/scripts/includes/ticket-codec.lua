--[[
  Stored tickets. A day's tickets hash keeps thousands of tickets for RETENTION_DAYS, so a ticket is
  stored as a JSON array: the fields nearly every ticket has in TICKET_HEAD order, then an object of
  the others under short names; times after issue as offsets; nothing the hash key (office, date),
  the field (number) or a default says. Scripts work on the long form. Still read: the long form of
  before, and one short-named object.
  The office and date of a tickets hash come from the caller with its key (ticketDay), never from
  the key's name.
  Mirror: server/tickets/ticket-codec.ts (encodeTicket, decodeTicket), pinned both ways by
  test/core/lua-mirrors.test.ts.
]]
local TICKET_HEAD = { 'status', 'serviceId', 'issuedAt', 'hour', 'token', 'kiosk', 'calledAt', 'servedAt', 'doneAt', 'counterId', 'officer' }
local TICKET_SHORT = { serviceId = 's', origServiceId = 'os', status = 'st', priority = 'p', priorityCategory = 'pc',
  issuedAt = 'i', hour = 'h', token = 'k', calledAt = 'c', firstCalledAt = 'f', servedAt = 'v', doneAt = 'd',
  counterId = 'ct', officer = 'o', recalls = 'rc', transfers = 'tr', kiosk = 'ki', identity = 'idn', rated = 'r', dossier = 'ds', dossiers = 'dss' }
local TICKET_LONG, IN_HEAD = {}, { id = true, number = true, date = true }
for long, short in pairs(TICKET_SHORT) do TICKET_LONG[short] = long end
for _, k in ipairs(TICKET_HEAD) do IN_HEAD[k] = true end
local STATUS_SHORT = { waiting = 'w', called = 'c', serving = 's', done = 'd', no_show = 'n', expired = 'e', cancelled = 'x', closed_at_day_end = 'u' }
local STATUS_LONG = {}
for long, short in pairs(STATUS_SHORT) do STATUS_LONG[short] = long end
local TICKET_OFFSETS = { calledAt = true, firstCalledAt = true, servedAt = true, doneAt = true }

-- A day's tickets hash with the office and date it holds (keys.tickets(office, date)).
local function ticketDay(key, office, date)
  return { key = key, office = office, date = date }
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

local function loadTicket(day, number)
  local raw = redis.call('HGET', day.key, number)
  if not raw then return nil end
  return decodeTicket(raw, day.office, day.date, number)
end

local function saveTicket(day, t)
  redis.call('HSET', day.key, t.number, encodeTicket(t))
end
