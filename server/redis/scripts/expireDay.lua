--[[
  Closes an office day: every ticket still waiting becomes expired, the day's board calls are
  cleared (nobody is called after closing), and no ticket is issued for it any more (the issue
  script reads the closed days). The counters are closed by closeCounters.lua. Safe to run again.
  KEYS[1] tickets (day)  KEYS[2] aggregates (day)  KEYS[3] events stream  KEYS[4] closed days set
  KEYS[5] recent calls (day)  KEYS[6..] the day's queues (every service, priority and normal)
  ARGV[1] date  ARGV[2] now (ms)  ARGV[3] stream max length
  Returns JSON { expired: [ticket ids], count }.
]]
if not isDate(ARGV[1]) then return badArgument('date') end
if not intArg(ARGV[2], 0) then return badArgument('now') end
if not intArg(ARGV[3], 1) then return badArgument('stream max length') end

local now = tonumber(ARGV[2])
local expired = {}
for i = 6, #KEYS do
  for _, number in ipairs(redis.call('ZRANGE', KEYS[i], 0, -1)) do
    local t = loadTicket(KEYS[1], number)
    if t and t.status == 'waiting' then
      t.status = 'expired'
      t.doneAt = now
      bump(KEYS[2], 'expired', { 'all', 'svc:' .. t.serviceId, 'hr:' .. t.hour }, 1)
      saveTicket(KEYS[1], t)
      table.insert(expired, t.id)
    end
  end
  redis.call('DEL', KEYS[i])
end
redis.call('DEL', KEYS[5])
redis.call('SADD', KEYS[4], ARGV[1])
if #expired > 0 then appendEvent(KEYS[3], ARGV[3], 'day.closed', now, { date = ARGV[1], expired = #expired }) end
return cjson.encode({ expired = expired, count = #expired })
