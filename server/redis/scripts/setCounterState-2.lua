--[[
  Opens, closes, pauses or resumes a counter.
  Input (server/redis/script-calls/set-counter-state.ts):
    KEYS counters, events
    ARGV[1] JSON { counterId, action ('open' | 'close' | 'pause' | 'resume'), officer (username),
      officerName, now (ms), streamMaxLen, force (true when an administrator acts on someone else's
      counter) }
  Returns JSON { counter, takenFrom? } or { error }; takenFrom: the officer an administrator took the counter from.
]]
--- @include "named-keys"
--- @include "argument-checks"
--- @include "ticket-rules"
--- @include "event-codec"

local K = namedKeys({ 'counters', 'events' })
if not K then return badArgument('keys') end
local A, bad = readArgs({
  counterId = idOf(16), action = oneOf('open', 'close', 'pause', 'resume'), officer = isUsername, officerName = textOf(360),
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
redis.call('HSET', K.counters, A.counterId, cjson.encode(counter))
appendEvent(K.events, A.streamMaxLen, 'counter.' .. action, now, { counterId = A.counterId, officer = officer })
return cjson.encode({ counter = counter, takenFrom = takenFrom })
