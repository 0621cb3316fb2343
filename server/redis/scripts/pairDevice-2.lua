--[[
  Gives a device its key (only the key's hash is stored), if the device still exists: an
  administrator may have deleted it between confirming the code and the screen collecting the key.
  KEYS[1] device records  KEYS[2] device keys
  ARGV[1] device id  ARGV[2] JSON { hash, pairedAt, pairedBy }
  Returns JSON { ok } or { error }.
]]
if not isId(ARGV[1], 40) then return badArgument('device id') end
local pairing = jsonArg(ARGV[2])
if not pairing or not fieldsOk(pairing, { hash = function(v) return type(v) == 'string' and string.find(v, '^%x+$') ~= nil and #v == 64 end, pairedAt = integerOf(0, 9e15), pairedBy = isUsernameField }) then
  return badArgument('pairing')
end
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then return cjson.encode({ error = 'not_found' }) end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
return cjson.encode({ ok = true })
