--[[
  Books a seat in an appointment slot for a verified phone, or answers the booking a retry already made.
  Input (server/redis/script-calls/book-slot.ts):
    KEYS otp (the phone's one-time code), bookings, bookingCodes, slotSeats (the slot's day),
      bookingCaps (the slot's day), bookingIdempotency, events, dayBookings, aggregates,
      monthAggregates (the slot's day: its appointments, its rollups), days (the office's days index:
      the slot's day is closed, and its unused appointments expire, even if it holds no ticket)
    ARGV[1] JSON { office, booking: { id, code, token, serviceId, date, slotStart (YYYY-MM-DDTHH:MM),
      slotAt, checkInBy (ms), createdAt, name?, priorityCategory?, phone, phoneHash, deviceHash? }, slot (HH:MM),
      capacity, perDay, perService, perDevice, codeHash, maxTries, idempotency?, streamMaxLen, dateScore (yyyymmdd) }
  Returns JSON { booking, created } or { error }: otp_invalid (a wrong code counts a try), limit_reached
  (values.cap: day | service), slot_full, retry (the id or code is taken: the caller draws new ones).
]]
--- @include "named-keys"
--- @include "argument-checks"
--- @include "hash-json"
--- @include "event-codec"
--- @include "booking-rules"
--- @include "rollups"

local K = namedKeys({ 'otp', 'bookings', 'bookingCodes', 'slotSeats', 'bookingCaps', 'bookingIdempotency', 'events', 'dayBookings', 'aggregates', 'monthAggregates', 'days' })
if not K then return badArgument('keys') end
local isPhone = matching('^0%d%d%d%d%d%d%d%d%d$', 10)
local A, bad = readArgs({
  office = idOf(40),
  booking = objectOf({ id = matching('^[a-z0-9][a-z0-9%-]*_b[0-9a-f]+$', 60), code = matching('^[A-Z0-9]+$', 6), token = isToken, serviceId = idOf(32), date = isDate,
    slotStart = matching('^%d%d%d%d%-%d%d%-%d%dT%d%d:%d%d$', 16), slotAt = isTime, checkInBy = isTime, createdAt = isTime,
    name = optional(textOf(320)), priorityCategory = optional(idOf(32)), phone = isPhone, phoneHash = matching('^[0-9a-f]+$', 64),
    deviceHash = optional(matching('^[0-9a-f]+$', 64)) }),
  slot = matching('^%d%d:%d%d$', 5), capacity = integerOf(1, 100), perDay = integerOf(1, 10), perService = integerOf(1, 10), perDevice = integerOf(1, 50),
  codeHash = matching('^[0-9a-f]+$', 64), maxTries = integerOf(1, 20), idempotency = optional(textOf(200)), streamMaxLen = isMaxLen,
  dateScore = integerOf(19000101, 20991231),
})
if not A then return badArgument(bad) end
local B = A.booking

if A.idempotency then
  local known = redis.call('HGET', K.bookingIdempotency, A.idempotency)
  local earlier = known and loadJson(K.bookings, known)
  if earlier then return cjson.encode({ booking = earlier, created = false }) end
end

local refusal = otpRefusal(K.otp, A.codeHash, A.maxTries)
if refusal then return refusal end
if redis.call('HEXISTS', K.bookings, B.id) == 1 or redis.call('HEXISTS', K.bookingCodes, B.code) == 1 then
  return fail('retry', 'booking id or code taken')
end
refusal = capRefusal(K.bookingCaps, B.phoneHash, B.serviceId, A.perDay, A.perService, B.deviceHash, A.perDevice)
if refusal then return refusal end
local seat = B.serviceId .. '|' .. A.slot
if tonumber(redis.call('HGET', K.slotSeats, seat) or '0') >= A.capacity then return fail('slot_full', 'this slot is fully booked') end

-- The writes.
local booking = { id = B.id, office = A.office, code = B.code, token = B.token, kind = 'appointment', status = 'booked',
  serviceId = B.serviceId, date = B.date, slotStart = B.slotStart, slotAt = B.slotAt, checkInBy = B.checkInBy,
  createdAt = B.createdAt, name = B.name, priorityCategory = B.priorityCategory, phone = B.phone, phoneHash = B.phoneHash, deviceHash = B.deviceHash }
redis.call('HINCRBY', K.slotSeats, seat, 1)
redis.call('EXPIRE', K.slotSeats, BOOKED_DAY_KEPT)
countCaps(K.bookingCaps, B.phoneHash, B.serviceId, B.deviceHash, 1)
redis.call('HSET', K.bookings, B.id, cjson.encode(booking))
redis.call('HSET', K.bookingCodes, B.code, B.id)
if A.idempotency then redis.call('HSET', K.bookingIdempotency, A.idempotency, B.id) end
redis.call('DEL', K.otp)
redis.call('SADD', K.dayBookings, B.id)
redis.call('ZADD', K.days, A.dateScore, B.date)
bump(rollup(K.aggregates, K.monthAggregates), 'booked', { 'all', 'svc:' .. B.serviceId }, 1)
appendEvent(K.events, A.streamMaxLen, 'booking.created', B.createdAt, { id = B.id, kind = 'appointment', serviceId = B.serviceId, slot = B.slotStart })
return cjson.encode({ booking = booking, created = true })
