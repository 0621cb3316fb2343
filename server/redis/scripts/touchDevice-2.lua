--[[
  Records a paired device's last join, heartbeat or disconnect, only while it is still paired:
  a socket that closes after its device was revoked or deleted leaves nothing behind.
  KEYS[1] device keys  KEYS[2] device presence
  ARGV[1] device id  ARGV[2] JSON { lastSeen, connected }
  Returns JSON { ok } (false when the device is no longer paired).
]]
if not isId(ARGV[1], 40) then return badArgument('device id') end
local presence = jsonArg(ARGV[2])
if not presence or not fieldsOk(presence, { lastSeen = integerOf(0, 9e15), connected = isBoolean }) then return badArgument('presence') end
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then return cjson.encode({ ok = false }) end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
return cjson.encode({ ok = true })
