--[[
  Cancels a waiting ticket (the citizen left, or staff removed it).
  KEYS[1] tickets (ticket's day)  KEYS[2] aggregates (that day)  KEYS[3] events stream
  KEYS[4] priority queue  KEYS[5] normal queue (of the service the caller read; checked here)
  ARGV[1] ticket number  ARGV[2] token or '' (staff)  ARGV[3] now (ms)  ARGV[4] stream max length
  ARGV[5] service id the caller read  ARGV[6] who cancelled
  Returns JSON { ticket } or { error }.
]]
if not isTicketNumber(ARGV[1]) then return badArgument('ticket number') end
if ARGV[2] ~= '' and not isToken(ARGV[2]) then return badArgument('token') end
if not intArg(ARGV[3], 0) then return badArgument('now') end
if not intArg(ARGV[4], 1) then return badArgument('stream max length') end
if not isId(ARGV[5], 32) then return badArgument('serviceId') end
if not isUsername(ARGV[6]) then return badArgument('who') end

local t = loadTicket(KEYS[1], ARGV[1])
if not t then return fail('not_found', 'no such ticket') end
if ARGV[2] ~= '' and t.token ~= ARGV[2] then return fail('not_found', 'no such ticket') end
if t.status ~= 'waiting' then return fail('wrong_status', 'only a waiting ticket can be cancelled') end
if t.serviceId ~= ARGV[5] then return fail('retry', 'ticket moved') end
local now = tonumber(ARGV[3])
redis.call('ZREM', KEYS[4], t.number)
redis.call('ZREM', KEYS[5], t.number)
t.status = 'cancelled'
t.doneAt = now
bump(KEYS[2], 'cancelled', { 'all', 'svc:' .. t.serviceId, 'hr:' .. t.hour }, 1)
saveTicket(KEYS[1], t)
appendEvent(KEYS[3], ARGV[4], 'ticket.cancelled', now, { id = t.id, by = ARGV[6] })
return cjson.encode({ ticket = t, waiting = redis.call('ZCARD', KEYS[4]) + redis.call('ZCARD', KEYS[5]) })
