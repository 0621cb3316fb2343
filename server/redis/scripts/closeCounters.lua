--[[
  Closes the counters still open at the office's last closing time. The ticket a counter still
  holds from a closed day (called or being served) ends as closed_at_day_end at that day's closing
  time: counted apart (dayEnd), never as served, so no service time runs through the night.
  A counter holding a ticket of a later day is in use after the closing time and stays open, as
  does one opened after it. Safe to run again.
  KEYS[1] counters  KEYS[2] events stream
  KEYS[3..] for each date in ARGV[5..]: its tickets, its aggregates
  ARGV[1] the last closing time (ms)  ARGV[2] the date it closed  ARGV[3] now (ms)  ARGV[4] stream max length
  ARGV[5..] pairs: a date of tickets the counters hold (on or before ARGV[2]), that day's closing time (ms)
  Returns JSON { counters: [counter ids], closed, tickets: [ended tickets], ended } or { error = 'retry' } when a
  counter holds a ticket of a day not passed in (the caller reads again).
]]
if not intArg(ARGV[1], 0) then return badArgument('closing time') end
if not isDate(ARGV[2]) then return badArgument('date') end
if not intArg(ARGV[3], 0) then return badArgument('now') end
if not intArg(ARGV[4], 1) then return badArgument('stream max length') end
if (#ARGV - 4) % 2 ~= 0 or #KEYS ~= 2 + (#ARGV - 4) then return badArgument('days') end
for i = 5, #ARGV, 2 do
  if not isDate(ARGV[i]) or ARGV[i] > ARGV[2] or not intArg(ARGV[i + 1], 0) then return badArgument('days') end
end

local closesAt, lastDay, now, maxlen = tonumber(ARGV[1]), ARGV[2], tonumber(ARGV[3]), ARGV[4]
local days = {}
for i = 5, #ARGV, 2 do
  local k = 3 + (i - 5)
  days[ARGV[i]] = { tickets = KEYS[k], agg = KEYS[k + 1], closesAt = tonumber(ARGV[i + 1]) }
end

-- every check and read first: nothing is written unless the whole close can be done
local closing = {}
local all = redis.call('HGETALL', KEYS[1])
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
    bump(c.day.agg, 'dayEnd', staffDims(t), 1)
    saveTicket(c.day.tickets, t)
    appendEvent(KEYS[2], maxlen, 'ticket.closed_at_day_end', now, { id = t.id, counterId = c.id, officer = c.counter.officer })
    table.insert(ended, t)
  end
  redis.call('HSET', KEYS[1], c.id, cjson.encode({ status = 'closed', closedAt = math.min(now, closesAt), sincePriority = c.counter.sincePriority }))
  appendEvent(KEYS[2], maxlen, 'counter.close', now, { counterId = c.id, officer = c.counter.officer, by = 'day-close' })
  table.insert(ids, c.id)
end
-- Lua's cjson encodes an empty list as {}: the counts say whether a list is one
return cjson.encode({ counters = ids, closed = #ids, tickets = ended, ended = #ended })
