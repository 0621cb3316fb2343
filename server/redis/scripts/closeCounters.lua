--[[
  Closes the counters still open at the office's last closing time. The ticket a counter still
  holds from a closed day (called or being served) ends as closed_at_day_end at that day's closing
  time: counted apart (dayEnd), never as served, so no service time runs through the night.
  A counter holding a ticket of a later day is in use after the closing time and stays open, as
  does one opened after it. Safe to run again.
  Input (server/redis/script-calls/close-counters.ts):
    KEYS counters, events, then days: for each day of tickets the counters hold (on or before
      lastDay), { tickets, aggregates, monthAggregates }
    ARGV[1] JSON { office, closesAt (the last closing time, ms), lastDay (the date it closed), now (ms),
      streamMaxLen, days: [{ date, closesAt }] (the days of the keys, in the same order) }
  Returns JSON { counters: [counter ids], closed, tickets: [ended tickets], ended } or { error = 'retry' } when a
  counter holds a ticket of a day not passed in (the caller reads again).
]]
--- @include "named-keys"
--- @include "argument-checks"
--- @include "ticket-rules"
--- @include "event-codec"

local K = namedKeys({ 'counters', 'events' }, 'days', { 'tickets', 'aggregates', 'monthAggregates' })
if not K then return badArgument('keys') end
local A, bad = readArgs({
  office = idOf(40), closesAt = isTime, lastDay = isDate, now = isTime, streamMaxLen = isMaxLen,
  days = listOf(objectOf({ date = isDate, closesAt = isTime }), 400),
})
if not A then return badArgument(bad) end
if #A.days ~= #K.days then return badArgument('days') end
local closesAt, lastDay, now, maxlen = A.closesAt, A.lastDay, A.now, A.streamMaxLen
local days = {}
for i, d in ipairs(A.days) do
  local keysOfDay = K.days[i]
  days[d.date] = { tickets = ticketDay(keysOfDay.tickets, A.office, d.date), counts = rollup(keysOfDay.aggregates, keysOfDay.monthAggregates), closesAt = d.closesAt }
end

-- every check and read first: nothing is written unless the whole close can be done
local closing = {}
local all = redis.call('HGETALL', K.counters)
for i = 1, #all, 2 do
  local id, counter = all[i], cjson.decode(all[i + 1])
  if counter.status ~= 'closed' then
    if counter.ticket and counter.ticketDate then
      if counter.ticketDate <= lastDay then
        local day = days[counter.ticketDate]
        if not day then return fail('retry', 'a counter holds a ticket of a day not read') end
        table.insert(closing, { id = id, counter = counter, day = day, ticket = loadTicket(day.tickets, counter.ticket) })
      end
    elseif (counter.openedAt or 0) < closesAt then
      table.insert(closing, { id = id, counter = counter })
    end
  end
end

local ids, ended = {}, {}
for _, c in ipairs(closing) do
  local t = c.ticket
  if t and (t.status == 'called' or t.status == 'serving') then
    t.status = 'closed_at_day_end'
    t.doneAt = math.max(t.calledAt or 0, math.min(now, c.day.closesAt))
    bump(c.day.counts, 'dayEnd', staffDims(t), 1)
    saveTicket(c.day.tickets, t)
    appendEvent(K.events, maxlen, 'ticket.closed_at_day_end', now, { id = t.id, counterId = c.id, officer = c.counter.officer })
    table.insert(ended, t)
  end
  redis.call('HSET', K.counters, c.id, cjson.encode({ status = 'closed', closedAt = math.min(now, closesAt), sincePriority = c.counter.sincePriority }))
  appendEvent(K.events, maxlen, 'counter.close', now, { counterId = c.id, officer = c.counter.officer, by = 'day-close' })
  table.insert(ids, c.id)
end
-- Lua's cjson encodes an empty list as {}: the counts say whether a list is one
return cjson.encode({ counters = ids, closed = #ids, tickets = ended, ended = #ended })
