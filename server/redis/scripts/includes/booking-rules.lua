--[[
  The rules every booking script shares: the phone's one-time code, and the caps per person.
  Mirror: server/bookings/one-time-code.ts (how the code's hash is made and stored) and
  shared/schemas/booking.ts (BookingPolicy: the caps).
]]
--- @include "replies"

-- Seconds a booked day's seats and caps stay in Redis from their last change: longer than the
-- furthest day a slot can be booked on (30 working days), so they never vanish before the day.
local BOOKED_DAY_KEPT = 50 * 86400

-- The one-time code hash (`code`) must match the phone's, within its tries. A wrong code counts a
-- try (the only write before a refusal: the limit on guessing depends on it). Returns a refusal or nil.
local function otpRefusal(otpKey, codeHash, maxTries)
  local stored = redis.call('HMGET', otpKey, 'code', 'tries')
  if not stored[1] then return fail('otp_invalid', 'no valid one-time code for this phone: ask for a new one') end
  if tonumber(stored[2] or '0') >= maxTries then return fail('otp_invalid', 'too many wrong codes: ask for a new one') end
  if stored[1] ~= codeHash then
    redis.call('HINCRBY', otpKey, 'tries', 1)
    return fail('otp_invalid', 'the one-time code is wrong')
  end
  return nil
end

-- The caps of one person (a phone's hash) on the caps hash of a day: per day, and per service; and
-- of the device it books from (the booking page's own id, hashed), when it gave one.
local function capRefusal(capsKey, phoneHash, serviceId, perDay, perService, deviceHash, perDevice)
  if tonumber(redis.call('HGET', capsKey, 'p:' .. phoneHash) or '0') >= perDay then
    return fail('limit_reached', 'this phone has taken its bookings for the day', { values = { cap = 'day', max = perDay } })
  end
  if tonumber(redis.call('HGET', capsKey, 'p:' .. phoneHash .. '|' .. serviceId) or '0') >= perService then
    return fail('limit_reached', 'this phone has taken its bookings for this service today', { values = { cap = 'service', max = perService } })
  end
  if deviceHash and tonumber(redis.call('HGET', capsKey, 'd:' .. deviceHash) or '0') >= perDevice then
    return fail('limit_reached', 'this device has made its bookings for the day', { values = { cap = 'device', max = perDevice } })
  end
  return nil
end

local function countCaps(capsKey, phoneHash, serviceId, deviceHash, by)
  redis.call('HINCRBY', capsKey, 'p:' .. phoneHash, by)
  redis.call('HINCRBY', capsKey, 'p:' .. phoneHash .. '|' .. serviceId, by)
  if deviceHash then redis.call('HINCRBY', capsKey, 'd:' .. deviceHash, by) end
  -- a day's caps outlive the day (a slot is booked at most 30 working days ahead)
  redis.call('EXPIRE', capsKey, BOOKED_DAY_KEPT)
end
