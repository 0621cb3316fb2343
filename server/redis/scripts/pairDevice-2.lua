--[[
  Gives a device its key (only the key's hash is stored), if the device still exists: an
  administrator may have deleted it between confirming the code and the screen collecting the key.
  Input (server/redis/script-calls/pair-device.ts):
    KEYS records (the office's device records), deviceKeys (the office's key hashes)
    ARGV[1] JSON { device, hash (sha256, hex), pairedAt (ms), pairedBy }
  Returns JSON { ok = true } or { error = 'not_found' }.
]]
--- @include "named-keys"
--- @include "argument-checks"

local K = namedKeys({ 'records', 'deviceKeys' })
if not K then return badArgument('keys') end
local A, bad = readArgs({ device = idOf(32), hash = matching('^%x+$', 64), pairedAt = integerOf(0, 9e15), pairedBy = textOf(64) })
if not A then return badArgument(bad) end
if #A.hash ~= 64 then return badArgument('hash') end

if redis.call('HEXISTS', K.records, A.device) == 0 then return cjson.encode({ error = 'not_found' }) end
redis.call('HSET', K.deviceKeys, A.device, cjson.encode({ hash = A.hash, pairedAt = A.pairedAt, pairedBy = A.pairedBy }))
return cjson.encode({ ok = true })
