--[[
  Opens, closes, pauses or resumes a counter.
  Input (server/redis/script-calls/set-counter-state.ts):
    KEYS counters, tickets (the day of the ticket the counter holds, or today), events
    ARGV[1] JSON { office, date (the tickets key's day), counterId, action ('open' | 'close' | 'pause' |
      'resume'), officer (username), officerName, now (ms), streamMaxLen, force (true when an
      administrator acts on someone else's counter) }
  Returns JSON { counter, ticket?, takenFrom? } or { error } (`wrong_day` with the held ticket's date
  when it is not `date`); ticket: the one the counter still holds (for the counter's view on the
  screens); takenFrom: the officer an administrator took the counter from.
]]
--- @include "named-keys"
--- @include "argument-checks"
--- @include "ticket-rules"
--- @include "event-codec"

local K = namedKeys({ 'counters', 'tickets', 'events' })
if not K then return badArgument('keys') end
local A, bad = readArgs({
  office = idOf(40), date = isDate, counterId = idOf(16), action = oneOf('open', 'close', 'pause', 'resume'), officer = isUsername, officerName = textOf(360),
  now = isTime, streamMaxLen = isMaxLen, force = isBoolean,
})
if not A then return badArgument(bad) end

local action, officer, now, force = A.action, A.officer, A.now, A.force
local counter = loadJson(K.counters, A.counterId) or { status = 'closed' }
local heldByOther = counter.status ~= 'closed' and counter.officer ~= officer
local takenFrom = heldByOther and counter.officer or nil

if action == 'open' then
  if heldByOther and not force then
    return counterTaken(counter)
  end
  if counter.status == 'closed' or heldByOther then counter.openedAt = now end
  -- reopening by the same officer (a second console, a reload) keeps the current ticket
  counter.status = counter.status == 'paused' and not heldByOther and 'paused' or 'open'
  counter.officer = officer
  counter.officerName = A.officerName
else
  if counter.status == 'closed' then return fail('counter_not_open', 'the counter is closed') end
  if heldByOther and not force then return counterTaken(counter) end
  if action == 'close' then
    if counter.ticket then return fail('wrong_status', 'finish the current ticket before closing the counter') end
    counter = { status = 'closed', closedAt = now, sincePriority = counter.sincePriority }
  elseif action == 'pause' then
    counter.status = 'paused'
    counter.pausedAt = now
  else
    counter.status = 'open'
    counter.pausedAt = nil
  end
end
local held
if counter.ticket then
  if counter.ticketDate ~= A.date then return fail('wrong_day', 'current ticket is on another day', { date = counter.ticketDate }) end
  held = loadTicket(ticketDay(K.tickets, A.office, A.date), counter.ticket)
end
redis.call('HSET', K.counters, A.counterId, cjson.encode(counter))
appendEvent(K.events, A.streamMaxLen, 'counter.' .. action, now, { counterId = A.counterId, officer = officer })
return cjson.encode({ counter = counter, ticket = held, takenFrom = takenFrom })
