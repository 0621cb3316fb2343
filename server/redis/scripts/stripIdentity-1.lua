--[[
  Removes the identity data (scanned CCCD, masked) from every ticket of a closed day: it is kept
  only while the citizen is being served (Decree 356/2025/NĐ-CP). Safe to run again.
  KEYS[1] tickets (day)
  Returns JSON { stripped: count }.
]]
local stripped = 0
local all = redis.call('HGETALL', KEYS[1])
for i = 1, #all, 2 do
  if string.find(all[i + 1], '"identity"', 1, true) then
    local t = cjson.decode(all[i + 1])
    if t.identity then
      t.identity = nil
      redis.call('HSET', KEYS[1], all[i], cjson.encode(t))
      stripped = stripped + 1
    end
  end
end
return cjson.encode({ stripped = stripped })
