--[[
  Removes the identity data (scanned CCCD, masked) from every ticket of a closed day: it is kept
  only while the citizen is being served (Decree 356/2025/NĐ-CP). Safe to run again.
  KEYS[1] tickets (day)
  Returns JSON { stripped: count }.
]]
if not string.match(KEYS[1], '^qms:{(.+)}:day:(%d%d%d%d%-%d%d%-%d%d):tickets$') then return badArgument('tickets key') end
local stripped = 0
local office, date = ticketDay(KEYS[1])
local all = redis.call('HGETALL', KEYS[1])
for i = 1, #all, 2 do
  -- a cheap look first: few tickets carry identity ("idn" stored, "identity" in the long form)
  if string.find(all[i + 1], '"idn"', 1, true) or string.find(all[i + 1], '"identity"', 1, true) then
    local t = decodeTicket(all[i + 1], office, date, all[i])
    if t.identity then
      t.identity = nil
      saveTicket(KEYS[1], t)
      stripped = stripped + 1
    end
  end
end
return cjson.encode({ stripped = stripped })
