--[[
  Records a paired device's last join, heartbeat or disconnect, only while it is still paired:
  a socket that closes after its device was revoked or deleted leaves nothing behind.
  Input (server/redis/script-calls/touch-device.ts):
    KEYS deviceKeys (the office's key hashes), presence (the office's device presence)
    ARGV[1] JSON { device, lastSeen (ms), connected }
  Returns JSON { ok } (false when the device is no longer paired).
]]
--- @include "named-keys"
--- @include "argument-checks"

local K = namedKeys({ 'deviceKeys', 'presence' })
if not K then return badArgument('keys') end
local A, bad = readArgs({ device = idOf(32), lastSeen = integerOf(0, 9e15), connected = isBoolean })
if not A then return badArgument(bad) end

if redis.call('HEXISTS', K.deviceKeys, A.device) == 0 then return cjson.encode({ ok = false }) end
redis.call('HSET', K.presence, A.device, cjson.encode({ lastSeen = A.lastSeen, connected = A.connected }))
return cjson.encode({ ok = true })
