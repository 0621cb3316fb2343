--[[
  Opens, closes, pauses or resumes a counter.
  KEYS[1] counters  KEYS[2] events stream
  ARGV[1] counterId  ARGV[2] 'open' | 'close' | 'pause' | 'resume'  ARGV[3] officer username
  ARGV[4] officer display name  ARGV[5] now (ms)  ARGV[6] stream max length
  ARGV[7] '1' when an administrator acts on someone else's counter
  Returns JSON { counter, takenFrom? } or { error }; takenFrom: the officer an administrator took the counter from.
]]
if not isId(ARGV[1], 16) then return badArgument('counterId') end
if not ({ open = true, close = true, pause = true, resume = true })[ARGV[2]] then return fail('bad_request', 'unknown counter action') end
if not isUsername(ARGV[3]) then return badArgument('officer') end
if not isText(ARGV[4], 360) then return badArgument('officer name') end
if not intArg(ARGV[5], 0) then return badArgument('now') end
if not intArg(ARGV[6], 1) then return badArgument('stream max length') end
if ARGV[7] ~= '' and ARGV[7] ~= '1' then return badArgument('force') end

local action, officer, now, force = ARGV[2], ARGV[3], tonumber(ARGV[5]), ARGV[7] == '1'
local counter = loadJson(KEYS[1], ARGV[1]) or { status = 'closed' }
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
  counter.officerName = ARGV[4]
else
  if counter.status == 'closed' then return fail('counter_not_open', 'the counter is closed') end
  if heldByOther and not force then return counterTaken(counter) end
  if action == 'close' then
    if counter.ticket then return fail('wrong_status', 'finish the current ticket before closing the counter') end
    counter = { status = 'closed', closedAt = now, sincePriority = counter.sincePriority }
  elseif action == 'pause' then
    counter.status = 'paused'
    counter.pausedAt = now
  elseif action == 'resume' then
    counter.status = 'open'
    counter.pausedAt = nil
  else
    return fail('bad_request', 'unknown counter action')
  end
end
redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(counter))
appendEvent(KEYS[2], ARGV[6], 'counter.' .. action, now, { counterId = ARGV[1], officer = officer })
return cjson.encode({ counter = counter, takenFrom = takenFrom })
