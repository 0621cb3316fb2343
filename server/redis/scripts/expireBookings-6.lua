--[[
  At a day's close: the appointments of the day nobody checked in for expire (their seats are past),
  and every booking of the day forgets its citizen: the phone number and the name (kept until then
  for its messages), and its code (nothing checks in any more).
  Input (server/redis/script-calls/expire-bookings.ts):
    KEYS bookings, dayBookings (the day's booking ids), aggregates, monthAggregates (the day's), events,
      bookingCodes
    ARGV[1] JSON { date, now (ms), streamMaxLen }
  Returns JSON { expired: [booking ids] } (an empty list is JSON {}: Lua's cjson) or { error }.
  Runs again harmlessly: an expired booking is not counted twice.
]]
--- @include "named-keys"
--- @include "argument-checks"
--- @include "hash-json"
--- @include "event-codec"
--- @include "rollups"

local K = namedKeys({ 'bookings', 'dayBookings', 'aggregates', 'monthAggregates', 'events', 'bookingCodes' })
if not K then return badArgument('keys') end
local A, bad = readArgs({ date = isDate, now = isTime, streamMaxLen = isMaxLen })
if not A then return badArgument(bad) end

-- The reads: the day's bookings
local day = {}
for _, id in ipairs(redis.call('SMEMBERS', K.dayBookings)) do
  local b = loadJson(K.bookings, id)
  if b and b.date == A.date then table.insert(day, b) end
end

-- The writes
local r = rollup(K.aggregates, K.monthAggregates)
local ids = {}
for _, b in ipairs(day) do
  if b.status == 'booked' then
    b.status = 'expired'
    bump(r, 'bookExpired', { 'all', 'svc:' .. b.serviceId }, 1)
    appendEvent(K.events, A.streamMaxLen, 'booking.expired', A.now, { id = b.id })
    table.insert(ids, b.id)
  end
  b.phone, b.name = nil, nil
  redis.call('HSET', K.bookings, b.id, cjson.encode(b))
  if b.code then redis.call('HDEL', K.bookingCodes, b.code) end
end
return cjson.encode({ expired = ids })
