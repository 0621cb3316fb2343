--[[
  Stores the citizen's one rating of a served ticket and counts it in the ticket day's rollup.
  Input (server/redis/script-calls/rate-ticket.ts):
    KEYS tickets, ratings, aggregates, monthAggregates (the ticket's day), events
    ARGV[1] JSON { office, date (the ticket's), number, token, rating { score, criteria?, chips?,
      comment?, source? }, now (ms), streamMaxLen }
  Returns JSON { rating } or { error }.
]]
--- @include "named-keys"
--- @include "argument-checks"
--- @include "ticket-rules"
--- @include "event-codec"

local K = namedKeys({ 'tickets', 'ratings', 'aggregates', 'monthAggregates', 'events' })
if not K then return badArgument('keys') end
local A, bad = readArgs({
  office = idOf(40), date = isDate, number = isTicketNumber, token = isToken, now = isTime, streamMaxLen = isMaxLen,
  rating = objectOf({ score = integerOf(1, 4), criteria = optional(mapOf(isCriterion, integerOf(0, 2))), chips = optional(listOf(isCriterion, 9)),
    comment = optional(textOf(3000)), source = optional(oneOf('tablet', 'phone', 'kiosk')) }),
})
if not A then return badArgument(bad) end
local r = A.rating

local day = ticketDay(K.tickets, A.office, A.date)
local t = loadTicket(day, A.number)
if not t or t.token ~= A.token then return fail('not_found', 'no such ticket') end
if t.status ~= 'done' then return fail('wrong_status', 'a ticket can be rated once it has been served') end
if redis.call('HEXISTS', K.ratings, A.number) == 1 then return fail('already_rated', 'this ticket has already been rated') end
r.ticketId = t.id
r.serviceId = t.serviceId
r.counterId = t.counterId
r.officer = t.officer
r.at = A.now
local dims = staffDims(t)
local counts = rollup(K.aggregates, K.monthAggregates)
bump(counts, 'r' .. r.score, dims, 1)
if r.criteria then
  for id, level in pairs(r.criteria) do bump(counts, 'crit:' .. id .. ':' .. level, dims, 1) end
end
if r.chips then
  for _, id in ipairs(r.chips) do bump(counts, 'chip:' .. id, dims, 1) end
end
if r.comment then bump(counts, 'comments', dims, 1) end
redis.call('HSET', K.ratings, A.number, cjson.encode(r))
t.rated = true
saveTicket(day, t)
appendEvent(K.events, A.streamMaxLen, 'rating.received', r.at, { id = t.id, score = r.score })
return cjson.encode({ rating = r })
