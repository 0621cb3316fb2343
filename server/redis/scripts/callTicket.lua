--[[
  Calls the next ticket for a counter (or a chosen one), first finishing the ticket the counter holds.
  KEYS[1] config hash      KEYS[2] counters          KEYS[3] tickets (today)
  KEYS[4] aggregates (today)  KEYS[5] events stream  KEYS[6] recent calls (today)
  KEYS[7] tickets of the current ticket's day        KEYS[8] aggregates of that day
  KEYS[9] service stats
  KEYS[10..] for each service the counter serves, in its order: priority queue, normal queue
  ARGV[1] config version  ARGV[2] office  ARGV[3] counterId  ARGV[4] officer username
  ARGV[5] now (ms)  ARGV[6] 'next' or 'pick'  ARGV[7] picked ticket number or ''
  ARGV[8] policy 'strict' or 'interleave'  ARGV[9] interleave every N
  ARGV[10] date of KEYS[7]  ARGV[11] stream max length  ARGV[12] counter number  ARGV[13] counter name
  ARGV[14] JSON { serviceId: target wait seconds }  ARGV[15] call id  ARGV[16] today's date
  ARGV[17..] service ids, in the counter's order
  Returns JSON { ticket?, finished?, call?, counter, waiting: { serviceId: count } } or { error }.
]]
local nServices = #ARGV - 16
if nServices < 0 or #KEYS ~= 9 + 2 * nServices then return badArgument('service queues') end
if not intArg(ARGV[1], 0) then return badArgument('config version') end
if not isId(ARGV[2], 40) then return badArgument('office') end
if not isId(ARGV[3], 16) then return badArgument('counterId') end
if not isUsername(ARGV[4]) then return badArgument('officer') end
if not intArg(ARGV[5], 0) then return badArgument('now') end
if ARGV[6] ~= 'next' and ARGV[6] ~= 'pick' then return badArgument('mode') end
if (ARGV[6] == 'pick') ~= isTicketNumber(ARGV[7]) or (ARGV[6] == 'next' and ARGV[7] ~= '') then return badArgument('picked ticket') end
if ARGV[8] ~= 'strict' and ARGV[8] ~= 'interleave' then return badArgument('priority policy') end
if not intArg(ARGV[9], 1, 1000) then return badArgument('interleave every') end
if not isDate(ARGV[10]) then return badArgument('date of the current ticket') end
if not intArg(ARGV[11], 1) then return badArgument('stream max length') end
if not intArg(ARGV[12], 0, 9999) then return badArgument('counter number') end
if not isText(ARGV[13], 240) then return badArgument('counter name') end
local targets = jsonArg(ARGV[14])
if not targets then return badArgument('target waits') end
for id, seconds in pairs(targets) do
  if not isId(id, 32) or not integerOf(0, 1e9)(seconds) then return badArgument('target waits') end
end
if not isText(ARGV[15], 64) or ARGV[15] == '' then return badArgument('call id') end
if not isDate(ARGV[16]) then return badArgument('date') end
for i = 1, nServices do
  if not isId(ARGV[16 + i], 32) then return badArgument('serviceId') end
end

if not checkConfig(KEYS[1], ARGV[1]) then return fail('stale_config', 'config changed') end

local now = tonumber(ARGV[5])
local counter = loadJson(KEYS[2], ARGV[3])
if not counter or counter.status == 'closed' then return fail('counter_not_open', 'open the counter first') end
if counter.officer ~= ARGV[4] then return counterTaken(counter) end
if counter.status == 'paused' then return fail('counter_paused', 'the counter is paused: resume it first') end

-- Everything is read and decided first; the writes follow, so a refusal changes nothing.
local cur = nil
if counter.ticket then
  if counter.ticketDate ~= ARGV[10] then return fail('wrong_day', 'current ticket is on another day', { date = counter.ticketDate }) end
  cur = loadTicket(KEYS[7], counter.ticket)
  if cur and cur.status ~= 'called' and cur.status ~= 'serving' then cur = nil end
end

-- Pick the queue to take from.
local chosenQueue, chosenNumber, chosenPriority = nil, nil, false
local sincePriority = counter.sincePriority
if ARGV[6] == 'pick' then
  for i = 1, nServices do
    for j = 0, 1 do
      local q = KEYS[9 + (i - 1) * 2 + 1 + j]
      if redis.call('ZSCORE', q, ARGV[7]) then
        chosenQueue, chosenNumber, chosenPriority = q, ARGV[7], j == 0
      end
    end
  end
  if not chosenQueue then return fail('wrong_status', 'that ticket is not waiting for this counter') end
else
  local best = { {}, {} } -- [1] priority, [2] normal: { queue, number, score }
  for i = 1, nServices do
    for j = 1, 2 do
      local q = KEYS[9 + (i - 1) * 2 + j]
      local head = redis.call('ZRANGE', q, 0, 0, 'WITHSCORES')
      if head[1] then
        local score = tonumber(head[2])
        if not best[j].score or score < best[j].score then best[j] = { queue = q, number = head[1], score = score } end
      end
    end
  end
  -- a counter that has called nobody yet takes a waiting priority ticket first
  local since = counter.sincePriority or tonumber(ARGV[9])
  local takePriority = best[1].queue ~= nil and
    (ARGV[8] == 'strict' or best[2].queue == nil or since >= tonumber(ARGV[9]))
  if takePriority then
    chosenQueue, chosenNumber, chosenPriority = best[1].queue, best[1].number, true
    sincePriority = 0
  elseif best[2].queue then
    chosenQueue, chosenNumber = best[2].queue, best[2].number
    sincePriority = math.min(since + 1, tonumber(ARGV[9]))
  end
end
local t = nil
if chosenQueue then
  t = loadTicket(KEYS[3], chosenNumber)
  if not t then return fail('not_found', 'a queued ticket is missing') end
end

-- The writes.
local finished = nil
if counter.ticket then
  if cur then
    finishTicket(cur, KEYS[8], KEYS[9], now)
    saveTicket(KEYS[7], cur)
    appendEvent(KEYS[5], ARGV[11], 'ticket.done', now, { id = cur.id, counterId = ARGV[3], officer = ARGV[4] })
    finished = cur
  end
  counter.ticket = nil
  counter.ticketDate = nil
end
counter.sincePriority = sincePriority

local out = { finished = finished }
if t then
  redis.call('ZREM', chosenQueue, chosenNumber)
  t.status = 'called'
  t.calledAt = now
  t.counterId = ARGV[3]
  t.officer = ARGV[4]
  -- Wait statistics use the first call only: a transferred ticket's second wait is not counted again.
  if not t.firstCalledAt then
    t.firstCalledAt = now
    local dims = staffDims(t)
    local wait = math.floor((now - t.issuedAt) / 1000)
    observe(KEYS[4], 'wait', dims, wait)
    local target = targets[t.serviceId]
    if target and wait <= target then bump(KEYS[4], 'waitOk', dims, 1) end
  end
  bump(KEYS[4], 'calls', { 'all', 'ctr:' .. ARGV[3], 'off:' .. ARGV[4] }, 1)
  saveTicket(KEYS[3], t)
  counter.ticket = chosenNumber
  counter.ticketDate = ARGV[16]
  local call = { callId = ARGV[15], office = ARGV[2], counterId = ARGV[3], counterNumber = tonumber(ARGV[12]),
    counterName = ARGV[13], at = now, recall = false,
    ticket = { id = t.id, number = t.number, serviceId = t.serviceId, status = t.status, priority = t.priority,
      issuedAt = t.issuedAt, calledAt = now, counterId = ARGV[3] } }
  redis.call('LPUSH', KEYS[6], cjson.encode(call))
  redis.call('LTRIM', KEYS[6], 0, 19)
  -- only today's board reads it: gone a day after the day's last call
  redis.call('EXPIRE', KEYS[6], 86400)
  appendEvent(KEYS[5], ARGV[11], 'ticket.called', now, { id = t.id, counterId = ARGV[3], officer = ARGV[4], priority = chosenPriority })
  out.ticket = t
  out.call = call
end
redis.call('HSET', KEYS[2], ARGV[3], cjson.encode(counter))
out.counter = counter
out.waiting = {}
for i = 1, nServices do
  out.waiting[ARGV[16 + i]] = redis.call('ZCARD', KEYS[9 + (i - 1) * 2 + 1]) + redis.call('ZCARD', KEYS[9 + (i - 1) * 2 + 2])
end
return cjson.encode(out)
