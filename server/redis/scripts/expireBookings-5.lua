--[[
  At a day's close: the appointments of the day nobody checked in for expire (their seats are past).
  Input (server/redis/script-calls/expire-bookings.ts):
    KEYS bookings, dayBookings (the day's appointment ids), aggregates, monthAggregates (the day's), events
    ARGV[1] JSON { date, now (ms), streamMaxLen }
  Returns JSON { expired: [booking ids] } (an empty list is JSON {}: Lua's cjson) or { error }.
  Runs again harmlessly: an expired booking is not counted twice.
]]
--- @include "named-keys"
--- @include "argument-checks"
--- @include "hash-json"
--- @include "event-codec"
--- @include "rollups"

local K = namedKeys({ 'bookings', 'dayBookings', 'aggregates', 'monthAggregates', 'events' })
if not K then return badArgument('keys') end
local A, bad = readArgs({ date = isDate, now = isTime, streamMaxLen = isMaxLen })
if not A then return badArgument(bad) end

-- The reads: the day's appointments still booked
local due = {}
for _, id in ipairs(redis.call('SMEMBERS', K.dayBookings)) do
  local b = loadJson(K.bookings, id)
  if b and b.status == 'booked' and b.date == A.date then table.insert(due, b) end
end

-- The writes
local r = rollup(K.aggregates, K.monthAggregates)
local ids = {}
for _, b in ipairs(due) do
  b.status = 'expired'
  redis.call('HSET', K.bookings, b.id, cjson.encode(b))
  bump(r, 'bookExpired', { 'all', 'svc:' .. b.serviceId }, 1)
  appendEvent(K.events, A.streamMaxLen, 'booking.expired', A.now, { id = b.id })
  table.insert(ids, b.id)
end
return cjson.encode({ expired = ids })
