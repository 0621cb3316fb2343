--[[
  Issues a ticket for a service, or returns the one already issued for the same idempotency key.
  Input (server/redis/script-calls/issue-ticket.ts):
    KEYS config, sequences, tickets, normalQueue, priorityQueue, aggregates, monthAggregates,
      idempotency, previousIdempotency, events, days, counters, serviceStats, issueBudget, closedDays,
      otp, bookings, bookingCodes, bookingCaps, dayBookings
      (all of the office; the day's keys of `date`, previousIdempotency of the day before; issueBudget
      the client's issue rate limit, keys.rateLimit; otp the phone's one-time code for a remote number)
    ARGV[1] JSON { version, office, date, serviceId, prefix, dailyLimit, priorityCategory?, idempotency?
      (kiosk@address|key), now (ms), token, hour (local, 00-23), kiosk?, identity?, streamMaxLen,
      dateScore (yyyymmdd), counterIds (the counters serving the service), perMinute? (the client's
      issue budget; none for the server's own tickets),
      remote? (a remote number taken from a phone: { id, code, phone, phoneHash, name?, codeHash,
        maxTries, perDay, perService, deviceHash?, perDevice }), checkIn? (an appointment checked in at the kiosk: { id, slotAt,
        slotEnd, queueAt (its score in the priority line), late (an ordinary ticket instead) }) }
  Returns JSON { ticket, ahead, avgServiceSeconds, openCounters, created, waiting } or { replay }
  (a ticket of the previous day) or { error } (rate_limited with retryAfter). Refuses with day_closed
  once the day close has run for the date (whatever the clock says: the closing time may have moved
  since), so no ticket is ever left waiting on a closed day. Counts the request against the budget
  when it answers with a ticket or refuses it over the budget; any other refusal is counted by the
  caller (server/http/rate-limits.ts), so every request counts once. With `remote` or `checkIn` the
  reply carries the `booking` too; a remote number's refusals are those of bookSlot (otp_invalid,
  limit_reached with values.cap); a check-in's: not_found, wrong_status (values.status).
]]
--- @include "named-keys"
--- @include "argument-checks"
--- @include "ticket-rules"
--- @include "event-codec"
--- @include "rate-limit"
--- @include "hash-json"
--- @include "booking-rules"

local K = namedKeys({ 'config', 'sequences', 'tickets', 'normalQueue', 'priorityQueue', 'aggregates', 'monthAggregates',
  'idempotency', 'previousIdempotency', 'events', 'days', 'counters', 'serviceStats', 'issueBudget', 'closedDays',
  'otp', 'bookings', 'bookingCodes', 'bookingCaps', 'dayBookings' })
if not K then return badArgument('keys') end
local A, bad = readArgs({
  version = matching('^%d+$', 16), office = idOf(40), date = isDate, serviceId = idOf(32), prefix = matching('^[A-Z][A-Z]?$', 2),
  dailyLimit = integerOf(0, 9999), priorityCategory = optional(idOf(32)), idempotency = optional(textOf(240)), now = isTime,
  token = isToken, hour = matching('^[012]%d$', 2), kiosk = optional(idOf(32)),
  identity = optional(objectOf({ idLast4 = matching('^%d%d%d%d$', 4), idHash = textOf(64), name = textOf(600), birthDate = isDate,
    sex = optional(textOf(60)), address = optional(textOf(1200)) })),
  streamMaxLen = isMaxLen, dateScore = integerOf(19000101, 20991231), counterIds = listOf(idOf(16), 200), perMinute = optional(integerOf(1, 1e9)),
  remote = optional(objectOf({ id = matching('^[a-z0-9][a-z0-9%-]*_b[0-9a-f]+$', 60), code = matching('^[A-Z0-9]+$', 6), phone = matching('^0%d%d%d%d%d%d%d%d%d$', 10),
    phoneHash = matching('^[0-9a-f]+$', 64), name = optional(textOf(320)), codeHash = matching('^[0-9a-f]+$', 64), maxTries = integerOf(1, 20),
    perDay = integerOf(1, 10), perService = integerOf(1, 10), deviceHash = optional(matching('^[0-9a-f]+$', 64)), perDevice = integerOf(1, 50) })),
  checkIn = optional(objectOf({ id = matching('^[a-z0-9][a-z0-9%-]*_b[0-9a-f]+$', 60), slotAt = isTime, slotEnd = isTime, queueAt = isTime, late = isBoolean })),
})
if not A then return badArgument(bad) end

if not checkConfig(K.config, A.version) then return fail('stale_config', 'config changed') end

-- the rate limit first: over it the refusal counts and nothing else is written; under it, only a
-- ticket answer counts here (a stale_config reply above counts nothing, so a retry counts once)
if A.perMinute then
  local refusal = refusedOverBudget(K.issueBudget, A.perMinute)
  if refusal then return refusal end
end
local function counted(reply)
  if A.perMinute then countRequest(K.issueBudget, A.perMinute) end
  return reply
end

local day = ticketDay(K.tickets, A.office, A.date)

local function result(ticket, created, booking)
  -- rank, not a score comparison: tickets issued in the same millisecond are ordered by number
  -- in call-next's order (server/tickets/line-order.ts): the priority line's due part, the ordinary
  -- line, then appointments not yet due
  local ahead = 0
  if ticket.status == 'waiting' then
    local now = string.format('%d', A.now)
    local due = redis.call('ZCOUNT', K.priorityQueue, '-inf', now)
    local score = tonumber(redis.call('ZSCORE', K.priorityQueue, ticket.number) or '')
    if not score then
      ahead = due + (redis.call('ZRANK', K.normalQueue, ticket.number) or 0)
    elseif score <= A.now then
      ahead = redis.call('ZRANK', K.priorityQueue, ticket.number) or 0
    else
      ahead = redis.call('ZCARD', K.normalQueue) + (redis.call('ZRANK', K.priorityQueue, ticket.number) or 0)
    end
  end
  local open = 0
  if #A.counterIds > 0 then
    local states = redis.call('HMGET', K.counters, unpack(A.counterIds))
    for _, s in ipairs(states) do
      if s and cjson.decode(s).status == 'open' then open = open + 1 end
    end
  end
  return cjson.encode({ ticket = ticket, ahead = ahead, openCounters = open,
    avgServiceSeconds = tonumber(redis.call('HGET', K.serviceStats, A.serviceId) or '-1'), created = created, booking = booking,
    waiting = redis.call('ZCARD', K.normalQueue) + redis.call('ZCARD', K.priorityQueue) })
end

local idem = A.idempotency
if idem == '' then idem = nil end
if idem then
  local known = redis.call('HGET', K.idempotency, idem) or redis.call('HGET', K.previousIdempotency, idem)
  if known then
    local number = string.match(known, '_([A-Z]+%d+)$')
    local t = loadTicket(day, number)
    if t and t.id == known then return counted(result(t, false, t.bookingId and loadJson(K.bookings, t.bookingId) or nil)) end
    -- issued just before midnight: the caller reads it from the previous day's hash
    return counted(cjson.encode({ replay = known }))
  end
end

-- a retried request still gets its ticket (above); a new one waits for a day that has ended
if redis.call('SISMEMBER', K.closedDays, A.date) == 1 then return fail('day_closed', 'the office has closed for today') end

-- a remote number's phone and caps, or the appointment being checked in
local R, C, booking = A.remote, A.checkIn, nil
if R then
  local refusal = otpRefusal(K.otp, R.codeHash, R.maxTries)
  if refusal then return refusal end
  if redis.call('HEXISTS', K.bookings, R.id) == 1 or redis.call('HEXISTS', K.bookingCodes, R.code) == 1 then
    return fail('retry', 'booking id or code taken')
  end
  refusal = capRefusal(K.bookingCaps, R.phoneHash, A.serviceId, R.perDay, R.perService, R.deviceHash, R.perDevice)
  if refusal then return refusal end
elseif C then
  booking = loadJson(K.bookings, C.id)
  if not booking or booking.kind ~= 'appointment' then return fail('not_found', 'no such booking') end
  if booking.status ~= 'booked' then return fail('wrong_status', 'this booking was already used or cancelled', { values = { status = booking.status } }) end
  if booking.date ~= A.date or booking.serviceId ~= A.serviceId then
    return fail('wrong_status', 'this booking is for another day', { values = { status = 'other_day' } })
  end
end

local limit = A.dailyLimit
local seq = tonumber(redis.call('HGET', K.sequences, A.serviceId) or '0')
-- a booked appointment keeps its seat whatever the walk-ins took of the day's numbers
if seq >= limit and not C then return fail('limit_reached', 'daily limit reached') end

-- A sequence that went backwards (e.g. after a failover) must never reuse a number: skip the numbers
-- taken, and write the sequence once, after the last refusal.
local number
repeat
  seq = seq + 1
  number = string.format('%s%03d', A.prefix, seq)
until redis.call('HEXISTS', K.tickets, number) == 0
if seq > limit and not C then return fail('limit_reached', 'daily limit reached') end
redis.call('HSET', K.sequences, A.serviceId, seq)

local now = A.now
local ticket = {
  id = A.office .. '_' .. A.date .. '_' .. number,
  number = number,
  date = A.date,
  serviceId = A.serviceId,
  origServiceId = A.serviceId,
  status = 'waiting',
  priority = A.priorityCategory ~= nil,
  priorityCategory = A.priorityCategory,
  issuedAt = now,
  hour = A.hour,
  token = A.token,
  kiosk = A.kiosk,
  identity = A.identity,
  source = (R and 'remote') or (C and 'appointment') or nil,
  bookingId = (R and R.id) or (C and C.id) or nil,
  -- an appointment on time waits in the priority line from `queueAt` (shortly before its slot)
  slotAt = (C and not C.late) and C.slotAt or nil,
  slotEnd = (C and not C.late) and C.slotEnd or nil,
}

saveTicket(day, ticket)
if ticket.priority then
  redis.call('ZADD', K.priorityQueue, now, number)
elseif ticket.slotAt then
  redis.call('ZADD', K.priorityQueue, math.max(now, C.queueAt), number)
else
  redis.call('ZADD', K.normalQueue, now, number)
end
if idem then
  -- kiosks retry within minutes (the previous day's hash answers just after midnight): a day's keys
  -- are kept a day after its last ticket, then leave Redis
  redis.call('HSET', K.idempotency, idem, ticket.id)
  redis.call('EXPIRE', K.idempotency, 86400)
end
redis.call('ZADD', K.days, A.dateScore, A.date)

local dims = { 'all', 'svc:' .. A.serviceId, 'hr:' .. A.hour }
local r = rollup(K.aggregates, K.monthAggregates)
bump(r, 'issued', dims, 1)
if ticket.priority then bump(r, 'prio', dims, 1) end
if R then
  booking = { id = R.id, office = A.office, code = R.code, token = A.token, kind = 'remote', status = 'issued', serviceId = A.serviceId,
    date = A.date, createdAt = now, name = R.name, priorityCategory = A.priorityCategory, phone = R.phone, phoneHash = R.phoneHash,
    deviceHash = R.deviceHash, ticketId = ticket.id }
  redis.call('HSET', K.bookings, R.id, cjson.encode(booking))
  redis.call('SADD', K.dayBookings, R.id)
  redis.call('HSET', K.bookingCodes, R.code, R.id)
  countCaps(K.bookingCaps, R.phoneHash, A.serviceId, R.deviceHash, 1)
  redis.call('DEL', K.otp)
  bump(r, 'remote', dims, 1)
elseif C then
  booking.status = 'checked_in'
  booking.ticketId = ticket.id
  booking.checkedInAt = now
  redis.call('HSET', K.bookings, C.id, cjson.encode(booking))
  bump(r, C.late and 'checkinLate' or 'checkin', dims, 1)
end

appendEvent(K.events, A.streamMaxLen, 'ticket.issued', now, { id = ticket.id, number = number, serviceId = A.serviceId, priority = ticket.priority, category = ticket.priorityCategory, kiosk = ticket.kiosk })
return counted(result(ticket, true, booking))
