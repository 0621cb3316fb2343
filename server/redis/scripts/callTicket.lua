--[[
  Calls the next ticket for a counter (or a chosen one), first finishing the ticket the counter holds.
  Input (server/redis/script-calls/call-ticket.ts):
    KEYS config, counters, tickets, aggregates, monthAggregates, events, recentCalls (today's),
      heldTickets, heldAggregates, heldMonthAggregates (the day of the ticket the counter holds),
      serviceStats, tabletLast (the counters' last completed tickets), then queues: for each service
      the counter serves, in its order, { priority, normal }
    ARGV[1] JSON { version, office, counterId, officer, now (ms), pick? (a waiting ticket's number),
      priorityMode ('strict' | 'interleave'), priorityEvery, heldDate, streamMaxLen, counterNumber,
      counterName, targets ({ serviceId: target wait seconds }), callId, today, services (the ids of
      the queues, in the same order) }
  Returns JSON { ticket?, finished?, call?, counter, waiting: { serviceId: count } } or { error }.
  The priority line holds priority tickets and appointments checked in on time, scored from
  `callAheadMinutes` before their slot (issueTicket): call-next takes only the due ones, unless
  nobody else waits for the counter.
]]
--- @include "named-keys"
--- @include "argument-checks"
--- @include "ticket-rules"
--- @include "event-codec"

local K = namedKeys({ 'config', 'counters', 'tickets', 'aggregates', 'monthAggregates', 'events', 'recentCalls',
  'heldTickets', 'heldAggregates', 'heldMonthAggregates', 'serviceStats', 'tabletLast' }, 'queues', { 'priority', 'normal' })
if not K then return badArgument('keys') end
local A, bad = readArgs({
  version = matching('^%d+$', 16), office = idOf(40), counterId = idOf(16), officer = isUsername, now = isTime,
  pick = optional(isTicketNumber), priorityMode = oneOf('strict', 'interleave'), priorityEvery = integerOf(1, 1000),
  heldDate = isDate, streamMaxLen = isMaxLen, counterNumber = integerOf(0, 9999), counterName = textOf(240),
  targets = mapOf(idOf(32), integerOf(0, 1e9)), callId = nonEmptyTextOf(64), today = isDate, services = listOf(idOf(32), 200),
})
if not A then return badArgument(bad) end
if #A.services ~= #K.queues then return badArgument('services') end

if not checkConfig(K.config, A.version) then return fail('stale_config', 'config changed') end

local now = A.now
local counter = loadJson(K.counters, A.counterId)
if not counter or counter.status == 'closed' then return fail('counter_not_open', 'open the counter first') end
if counter.officer ~= A.officer then return counterTaken(counter) end
if counter.status == 'paused' then return fail('counter_paused', 'the counter is paused: resume it first') end

-- Everything is read and decided first; the writes follow, so a refusal changes nothing.
local heldDay = ticketDay(K.heldTickets, A.office, A.heldDate)
local cur = nil
if counter.ticket then
  if counter.ticketDate ~= A.heldDate then return fail('wrong_day', 'current ticket is on another day', { date = counter.ticketDate }) end
  cur = loadTicket(heldDay, counter.ticket)
  if cur and cur.status ~= 'called' and cur.status ~= 'serving' then cur = nil end
end

-- Pick the queue to take from.
local chosenQueue, chosenNumber, chosenPriority = nil, nil, false
local sincePriority = counter.sincePriority
if A.pick then
  for _, q in ipairs(K.queues) do
    if redis.call('ZSCORE', q.priority, A.pick) then chosenQueue, chosenPriority = q.priority, true end
    if redis.call('ZSCORE', q.normal, A.pick) then chosenQueue, chosenPriority = q.normal, false end
  end
  if not chosenQueue then return fail('wrong_status', 'that ticket is not waiting for this counter') end
  chosenNumber = A.pick
else
  local best = { priority = {}, normal = {} } -- { queue, number, score } of the earliest head of each kind
  local function consider(kind, queue, head)
    if head[1] then
      local score = tonumber(head[2])
      if not best[kind].score or score < best[kind].score then best[kind] = { queue = queue, number = head[1], score = score } end
    end
  end
  for _, q in ipairs(K.queues) do
    -- the priority line holds appointments too, scored from shortly before their slot: only those due count
    consider('priority', q.priority, redis.call('ZRANGEBYSCORE', q.priority, '-inf', string.format('%d', now), 'WITHSCORES', 'LIMIT', 0, 1))
    consider('normal', q.normal, redis.call('ZRANGE', q.normal, 0, 0, 'WITHSCORES'))
  end
  -- nobody else waits: an appointment that checked in early is called now rather than keep the counter idle
  if not best.priority.queue and not best.normal.queue then
    for _, q in ipairs(K.queues) do consider('priority', q.priority, redis.call('ZRANGE', q.priority, 0, 0, 'WITHSCORES')) end
  end
  -- a counter that has called nobody yet takes a waiting priority ticket first
  local since = counter.sincePriority or A.priorityEvery
  local takePriority = best.priority.queue ~= nil and
    (A.priorityMode == 'strict' or best.normal.queue == nil or since >= A.priorityEvery)
  if takePriority then
    chosenQueue, chosenNumber, chosenPriority = best.priority.queue, best.priority.number, true
    sincePriority = 0
  elseif best.normal.queue then
    chosenQueue, chosenNumber = best.normal.queue, best.normal.number
    sincePriority = math.min(since + 1, A.priorityEvery)
  end
end
local today = ticketDay(K.tickets, A.office, A.today)
local t = nil
if chosenQueue then
  t = loadTicket(today, chosenNumber)
  if not t then return fail('not_found', 'a queued ticket is missing') end
end

-- The writes.
local finished = nil
if counter.ticket then
  if cur then
    finishTicket(cur, rollup(K.heldAggregates, K.heldMonthAggregates), K.serviceStats, K.tabletLast, A.counterId, now)
    saveTicket(heldDay, cur)
    appendEvent(K.events, A.streamMaxLen, 'ticket.done', now, { id = cur.id, counterId = A.counterId, officer = A.officer })
    finished = cur
  end
  counter.ticket = nil
  counter.ticketDate = nil
end
counter.sincePriority = sincePriority

local out = { finished = finished }
if t then
  local r = rollup(K.aggregates, K.monthAggregates)
  redis.call('ZREM', chosenQueue, chosenNumber)
  t.status = 'called'
  t.calledAt = now
  t.counterId = A.counterId
  t.officer = A.officer
  -- Wait statistics use the first call only: a transferred ticket's second wait is not counted again.
  if not t.firstCalledAt then
    t.firstCalledAt = now
    local dims = staffDims(t)
    local wait = math.floor((now - t.issuedAt) / 1000)
    observe(r, 'wait', dims, wait)
    local target = A.targets[t.serviceId]
    if target and wait <= target then bump(r, 'waitOk', dims, 1) end
    -- an appointment: was it called within its slot?
    if t.slotAt then
      bump(r, 'slotCalled', dims, 1)
      if t.slotEnd and now < t.slotEnd then bump(r, 'slotOnTime', dims, 1) end
    end
  end
  bump(r, 'calls', { 'all', 'ctr:' .. A.counterId, 'off:' .. A.officer }, 1)
  saveTicket(today, t)
  counter.ticket = chosenNumber
  counter.ticketDate = A.today
  local call = publicCall(t, A.callId, A.office, A.counterId, A.counterNumber, A.counterName, now, false)
  redis.call('LPUSH', K.recentCalls, cjson.encode(call))
  redis.call('LTRIM', K.recentCalls, 0, 19)
  -- only today's board reads it: gone a day after the day's last call
  redis.call('EXPIRE', K.recentCalls, 86400)
  appendEvent(K.events, A.streamMaxLen, 'ticket.called', now, { id = t.id, counterId = A.counterId, officer = A.officer, priority = chosenPriority })
  out.ticket = t
  out.call = call
end
redis.call('HSET', K.counters, A.counterId, cjson.encode(counter))
out.counter = counter
out.waiting = {}
for i, q in ipairs(K.queues) do
  out.waiting[A.services[i]] = redis.call('ZCARD', q.priority) + redis.call('ZCARD', q.normal)
end
return cjson.encode(out)
