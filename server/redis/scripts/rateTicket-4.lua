--[[
  Stores the citizen's one rating of a served ticket and counts it in the ticket day's rollup.
  KEYS[1] tickets (ticket's day)  KEYS[2] ratings (that day)  KEYS[3] aggregates (that day)  KEYS[4] events
  ARGV[1] ticket number  ARGV[2] token  ARGV[3] rating JSON { score, criteria?, chips?, comment?, source? }
  ARGV[4] now (ms)  ARGV[5] stream max length
  Returns JSON { rating } or { error }.
]]
local t = loadTicket(KEYS[1], ARGV[1])
if not t or t.token ~= ARGV[2] then return fail('not_found', 'no such ticket') end
if t.status ~= 'done' then return fail('wrong_status', 'a ticket can be rated once it has been served') end
if redis.call('HEXISTS', KEYS[2], ARGV[1]) == 1 then return fail('already_rated', 'this ticket has already been rated') end
local r = cjson.decode(ARGV[3])
r.ticketId = t.id
r.serviceId = t.serviceId
r.counterId = t.counterId
r.officer = t.officer
r.at = tonumber(ARGV[4])
local dims = staffDims(t)
bump(KEYS[3], 'r' .. r.score, dims, 1)
if r.criteria then
  for id, level in pairs(r.criteria) do bump(KEYS[3], 'crit:' .. id .. ':' .. level, dims, 1) end
end
if r.chips then
  for _, id in ipairs(r.chips) do bump(KEYS[3], 'chip:' .. id, dims, 1) end
end
if r.comment then bump(KEYS[3], 'comments', dims, 1) end
redis.call('HSET', KEYS[2], ARGV[1], cjson.encode(r))
t.rated = true
saveTicket(KEYS[1], t)
appendEvent(KEYS[4], ARGV[5], 'rating.received', r.at, { id = t.id, score = r.score })
return cjson.encode({ rating = r })
