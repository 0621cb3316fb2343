--[[
  Removes the identity data (scanned CCCD, masked) from every ticket of a closed day: it is kept
  only while the citizen is being served (Decree 356/2025/NĐ-CP). Safe to run again.
  Input (server/redis/script-calls/strip-identity.ts):
    KEYS tickets (the day's)
    ARGV[1] JSON { office, date (of the tickets) }
  Returns JSON { stripped: count } or { error }.
]]
--- @include "named-keys"
--- @include "argument-checks"
--- @include "ticket-codec"

local K = namedKeys({ 'tickets' })
if not K then return badArgument('keys') end
local A, bad = readArgs({ office = idOf(40), date = isDate })
if not A then return badArgument(bad) end

local day = ticketDay(K.tickets, A.office, A.date)
local stripped = 0
local all = redis.call('HGETALL', K.tickets)
for i = 1, #all, 2 do
  -- a cheap look first: few tickets carry identity ("idn" stored, "identity" in the long form)
  if string.find(all[i + 1], '"idn"', 1, true) or string.find(all[i + 1], '"identity"', 1, true) then
    local t = decodeTicket(all[i + 1], A.office, A.date, all[i])
    if t.identity then
      t.identity = nil
      saveTicket(day, t)
      stripped = stripped + 1
    end
  end
end
return cjson.encode({ stripped = stripped })
