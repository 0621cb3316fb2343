--[[
  Stores the citizen's one rating of a served ticket and counts it in the ticket day's rollup.
  KEYS[1] tickets (ticket's day)  KEYS[2] ratings (that day)  KEYS[3] aggregates (that day)  KEYS[4] events
  ARGV[1] ticket number  ARGV[2] token  ARGV[3] rating JSON { score, criteria?, chips?, comment?, source? }
  ARGV[4] now (ms)  ARGV[5] stream max length
  Returns JSON { rating } or { error }.
]]
if not isTicketNumber(ARGV[1]) then return badArgument('ticket number') end
if not isToken(ARGV[2]) then return badArgument('token') end
local r = jsonArg(ARGV[3])
local function isCriteria(v)
  if type(v) ~= 'table' then return false end
  for id, level in pairs(v) do
    if not isCriterion(id) or not integerOf(0, 2)(level) then return false end
  end
  return true
end
local function isChips(v)
  if type(v) ~= 'table' or #v > 9 then return false end
  for k, id in pairs(v) do
    if type(k) ~= 'number' or not isCriterion(id) then return false end
  end
  return true
end
if not r or not fieldsOk(r, { score = integerOf(1, 4), ['criteria?'] = isCriteria, ['chips?'] = isChips, ['comment?'] = textOf(3000),
  ['source?'] = oneOf('tablet', 'phone', 'kiosk') }) then
  return badArgument('rating')
end
if not intArg(ARGV[4], 0) then return badArgument('now') end
if not intArg(ARGV[5], 1) then return badArgument('stream max length') end

local t = loadTicket(KEYS[1], ARGV[1])
if not t or t.token ~= ARGV[2] then return fail('not_found', 'no such ticket') end
if t.status ~= 'done' then return fail('wrong_status', 'a ticket can be rated once it has been served') end
if redis.call('HEXISTS', KEYS[2], ARGV[1]) == 1 then return fail('already_rated', 'this ticket has already been rated') end
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
