--[[
  Closes an office day: every ticket still waiting becomes expired, the day's board calls are
  cleared (nobody is called after closing), and no ticket is issued for it any more (the issue
  script reads the closed days). The counters are closed by closeCounters.lua. Safe to run again.
  Input (server/redis/script-calls/expire-day.ts):
    KEYS tickets, aggregates, monthAggregates (the day's), events, closedDays, recentCalls (the
      day's), then queues: the day's queues of every service, { priority, normal }
    ARGV[1] JSON { office, date, now (ms), streamMaxLen }
  Returns JSON { expired: [ticket ids], count } or { error }.
]]
--- @include "named-keys"
--- @include "argument-checks"
--- @include "rollups"
--- @include "ticket-codec"
--- @include "event-codec"

local K = namedKeys({ 'tickets', 'aggregates', 'monthAggregates', 'events', 'closedDays', 'recentCalls' }, 'queues', { 'priority', 'normal' })
if not K then return badArgument('keys') end
local A, bad = readArgs({ office = idOf(40), date = isDate, now = isTime, streamMaxLen = isMaxLen })
if not A then return badArgument(bad) end

local now = A.now
local day = ticketDay(K.tickets, A.office, A.date)
local counts = rollup(K.aggregates, K.monthAggregates)
local expired = {}
for _, q in ipairs(K.queues) do
  for _, key in ipairs({ q.priority, q.normal }) do
    for _, number in ipairs(redis.call('ZRANGE', key, 0, -1)) do
      local t = loadTicket(day, number)
      if t and t.status == 'waiting' then
        t.status = 'expired'
        t.doneAt = now
        bump(counts, 'expired', { 'all', 'svc:' .. t.serviceId, 'hr:' .. t.hour }, 1)
        saveTicket(day, t)
        table.insert(expired, t.id)
      end
    end
    redis.call('DEL', key)
  end
end
redis.call('DEL', K.recentCalls)
redis.call('SADD', K.closedDays, A.date)
if #expired > 0 then appendEvent(K.events, A.streamMaxLen, 'day.closed', now, { date = A.date, expired = #expired }) end
return cjson.encode({ expired = expired, count = #expired })
