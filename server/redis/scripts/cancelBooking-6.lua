--[[
  Cancels a booking with its token. An appointment gives its seat and its place in the caps back at
  once; a remote number's ticket is cancelled by the caller first (cancelTicket), then its booking here.
  Input (server/redis/script-calls/cancel-booking.ts):
    KEYS bookings, slotSeats (the booking's day), bookingCaps (the booking's day), events, aggregates,
      monthAggregates (the booking's day)
    ARGV[1] JSON { id, token, now (ms), streamMaxLen }
  Returns JSON { booking } or { error }: not_found (no such booking, or the token does not match),
  wrong_status (checked in, already cancelled or expired; values.status).
]]
--- @include "named-keys"
--- @include "argument-checks"
--- @include "hash-json"
--- @include "event-codec"
--- @include "booking-rules"
--- @include "rollups"

local K = namedKeys({ 'bookings', 'slotSeats', 'bookingCaps', 'events', 'aggregates', 'monthAggregates' })
if not K then return badArgument('keys') end
local A, bad = readArgs({ id = matching('^[a-z0-9][a-z0-9%-]*_b[0-9a-f]+$', 60), token = isToken, now = isTime, streamMaxLen = isMaxLen })
if not A then return badArgument(bad) end

local b = loadJson(K.bookings, A.id)
if not b or b.token ~= A.token then return fail('not_found', 'no such booking') end
local cancellable = (b.kind == 'appointment' and b.status == 'booked') or (b.kind == 'remote' and b.status == 'issued')
if not cancellable then return fail('wrong_status', 'this booking can no longer be cancelled', { values = { status = b.status } }) end

-- The writes.
if b.kind == 'appointment' then
  redis.call('HINCRBY', K.slotSeats, b.serviceId .. '|' .. string.sub(b.slotStart, 12, 16), -1)
  countCaps(K.bookingCaps, b.phoneHash, b.serviceId, b.deviceHash, -1)
  bump(rollup(K.aggregates, K.monthAggregates), 'bookCancelled', { 'all', 'svc:' .. b.serviceId }, 1)
end
b.status = 'cancelled'
b.cancelledAt = A.now
redis.call('HSET', K.bookings, A.id, cjson.encode(b))
appendEvent(K.events, A.streamMaxLen, 'booking.cancelled', A.now, { id = A.id, kind = b.kind })
return cjson.encode({ booking = b })
