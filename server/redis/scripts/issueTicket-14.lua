--[[
  Issues a ticket for a service, or returns the one already issued for the same idempotency key.
  KEYS[1] config hash          KEYS[2] sequences (day)     KEYS[3] tickets (day)
  KEYS[4] normal queue (svc)   KEYS[5] priority queue (svc) KEYS[6] aggregates (day)
  KEYS[7] idempotency (day)    KEYS[8] idempotency (previous day)
  KEYS[9] events stream        KEYS[10] days index          KEYS[11] counters
  KEYS[12] service stats       KEYS[13] the client's issue budget (rate limit)
  KEYS[14] closed days (set)
  ARGV[1] config version  ARGV[2] office  ARGV[3] date  ARGV[4] serviceId  ARGV[5] prefix
  ARGV[6] daily limit     ARGV[7] priority category or ''  ARGV[8] idempotency field (kiosk@address|key) or ''
  ARGV[9] now (ms)        ARGV[10] token  ARGV[11] local hour (00-23)  ARGV[12] kiosk or ''
  ARGV[13] identity JSON or ''  ARGV[14] stream max length  ARGV[15] date score (yyyymmdd)
  ARGV[16] counters serving the service, JSON array  ARGV[17] budget, requests per minute, or '' (none)
  Returns JSON { ticket, ahead, avgServiceSeconds, openCounters, created, waiting } or { error }.
  Refuses with day_closed once the day close has run for the date (whatever the clock says: the
  closing time may have moved since), so no ticket is ever left waiting on a closed day.
]]
if not intArg(ARGV[1], 0) then return badArgument('config version') end
if not isId(ARGV[2], 40) then return badArgument('office') end
if not isDate(ARGV[3]) then return badArgument('date') end
if not isId(ARGV[4], 32) then return badArgument('serviceId') end
if type(ARGV[5]) ~= 'string' or not string.find(ARGV[5], '^[A-Z][A-Z]?$') then return badArgument('prefix') end
if not intArg(ARGV[6], 0, 9999) then return badArgument('daily limit') end
if ARGV[7] ~= '' and not isId(ARGV[7], 32) then return badArgument('priority category') end
if not isText(ARGV[8], 240) then return badArgument('idempotency key') end
if not intArg(ARGV[9], 0) then return badArgument('now') end
if not isToken(ARGV[10]) then return badArgument('token') end
if type(ARGV[11]) ~= 'string' or not string.find(ARGV[11], '^[012]%d$') then return badArgument('hour') end
if ARGV[12] ~= '' and not isId(ARGV[12], 32) then return badArgument('kiosk') end
local identity = nil
if ARGV[13] ~= '' then
  identity = jsonArg(ARGV[13])
  if not identity or not fieldsOk(identity, { idLast4 = function(v) return type(v) == 'string' and string.find(v, '^%d%d%d%d$') ~= nil end,
    idHash = textOf(64), name = textOf(600), birthDate = isDateField, ['sex?'] = textOf(60), ['address?'] = textOf(1200) }) then
    return badArgument('identity')
  end
end
if not intArg(ARGV[14], 1) then return badArgument('stream max length') end
if not intArg(ARGV[15], 19000101, 20991231) then return badArgument('date score') end
local counterIds = jsonArg(ARGV[16], 'array')
if not counterIds or #counterIds > 200 then return badArgument('counters') end
for k, id in pairs(counterIds) do
  if type(k) ~= 'number' or not isId(id, 16) then return badArgument('counters') end
end
if ARGV[17] ~= '' and not intArg(ARGV[17], 1) then return badArgument('budget') end

if not checkConfig(KEYS[1], ARGV[1]) then return fail('stale_config', 'config changed') end

-- the rate limit first, as the middleware it replaces did: a retry and a refused request count too
if ARGV[17] ~= '' then
  local wait = overBudget(KEYS[13], tonumber(ARGV[17]))
  if wait then return fail('rate_limited', 'too many requests; slow down', { retryAfter = wait }) end
end

local function result(ticket, created)
  -- rank, not a score comparison: tickets issued in the same millisecond are ordered by number
  local ahead = 0
  if ticket.status == 'waiting' then
    if ticket.priority then
      ahead = redis.call('ZRANK', KEYS[5], ticket.number) or 0
    else
      ahead = redis.call('ZCARD', KEYS[5]) + (redis.call('ZRANK', KEYS[4], ticket.number) or 0)
    end
  end
  local open = 0
  local ids = counterIds
  if #ids > 0 then
    local states = redis.call('HMGET', KEYS[11], unpack(ids))
    for _, s in ipairs(states) do
      if s and cjson.decode(s).status == 'open' then open = open + 1 end
    end
  end
  return cjson.encode({ ticket = ticket, ahead = ahead, openCounters = open,
    avgServiceSeconds = tonumber(redis.call('HGET', KEYS[12], ARGV[4]) or '-1'), created = created,
    waiting = redis.call('ZCARD', KEYS[4]) + redis.call('ZCARD', KEYS[5]) })
end

local idem = ARGV[8]
if idem ~= '' then
  local known = redis.call('HGET', KEYS[7], idem) or redis.call('HGET', KEYS[8], idem)
  if known then
    local number = string.match(known, '_([A-Z]+%d+)$')
    local t = loadTicket(KEYS[3], number)
    if t and t.id == known then return result(t, false) end
    -- issued just before midnight: the caller reads it from the previous day's hash
    return cjson.encode({ replay = known })
  end
end

-- a retried request still gets its ticket (above); a new one waits for a day that has ended
if redis.call('SISMEMBER', KEYS[14], ARGV[3]) == 1 then return fail('day_closed', 'the office has closed for today') end

local limit = tonumber(ARGV[6])
local seq = tonumber(redis.call('HGET', KEYS[2], ARGV[4]) or '0')
if seq >= limit then return fail('limit_reached', 'daily limit reached') end

-- A sequence that went backwards (e.g. after a failover) must never reuse a number: skip the numbers
-- taken, and write the sequence once, after the last refusal.
local number
repeat
  seq = seq + 1
  number = string.format('%s%03d', ARGV[5], seq)
until redis.call('HEXISTS', KEYS[3], number) == 0
if seq > limit then return fail('limit_reached', 'daily limit reached') end
redis.call('HSET', KEYS[2], ARGV[4], seq)

local now = tonumber(ARGV[9])
local ticket = {
  id = ARGV[2] .. '_' .. ARGV[3] .. '_' .. number,
  number = number,
  date = ARGV[3],
  serviceId = ARGV[4],
  origServiceId = ARGV[4],
  status = 'waiting',
  priority = ARGV[7] ~= '',
  issuedAt = now,
  hour = ARGV[11],
  token = ARGV[10],
}
if ARGV[7] ~= '' then ticket.priorityCategory = ARGV[7] end
if ARGV[12] ~= '' then ticket.kiosk = ARGV[12] end
if identity then ticket.identity = identity end

saveTicket(KEYS[3], ticket)
if ticket.priority then
  redis.call('ZADD', KEYS[5], now, number)
else
  redis.call('ZADD', KEYS[4], now, number)
end
if idem ~= '' then
  -- kiosks retry within minutes (the previous day's hash answers just after midnight): a day's keys
  -- are kept a day after its last ticket, then leave Redis
  redis.call('HSET', KEYS[7], idem, ticket.id)
  redis.call('EXPIRE', KEYS[7], 86400)
end
redis.call('ZADD', KEYS[10], tonumber(ARGV[15]), ARGV[3])

local dims = { 'all', 'svc:' .. ARGV[4], 'hr:' .. ARGV[11] }
bump(KEYS[6], 'issued', dims, 1)
if ticket.priority then bump(KEYS[6], 'prio', dims, 1) end

appendEvent(KEYS[9], ARGV[14], 'ticket.issued', now, { id = ticket.id, number = number, serviceId = ARGV[4], priority = ticket.priority, category = ticket.priorityCategory, kiosk = ticket.kiosk })
return result(ticket, true)
