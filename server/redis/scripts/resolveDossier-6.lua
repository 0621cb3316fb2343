--[[
  Marks a dossier received at the desk as resolved (result ready), and counts it as early, on time
  or late against its legal deadline (ngày hẹn trả) in the rollup of the resolution day; the
  receipt day's rollup counts it as done, so "still in progress" of any range needs no scan.
  Input (server/redis/script-calls/resolve-dossier.ts):
    KEYS dossiers, aggregates, monthAggregates (the resolution day's), receiptAggregates,
      receiptMonthAggregates (the receipt day's), events
    ARGV[1] JSON { id, now (ms), date (of the resolution), receiptDate (the one the caller read), who,
      streamMaxLen }
  Returns JSON { dossier, outcome } or { error }.
]]
--- @include "named-keys"
--- @include "argument-checks"
--- @include "hash-json"
--- @include "rollups"
--- @include "event-codec"

local K = namedKeys({ 'dossiers', 'aggregates', 'monthAggregates', 'receiptAggregates', 'receiptMonthAggregates', 'events' })
if not K then return badArgument('keys') end
local A, bad = readArgs({ id = nonEmptyTextOf(180), now = isTime, date = isDate, receiptDate = isDate, who = isUsername, streamMaxLen = isMaxLen })
if not A then return badArgument(bad) end

local d = loadJson(K.dossiers, A.id)
if not d then return fail('not_found', 'dossier not found') end
if d.status ~= 'in_progress' then return fail('wrong_status', 'the dossier is already resolved') end
if d.receivedDate ~= A.receiptDate then return fail('retry', 'dossier changed') end
local date = A.date
if date < d.receivedDate then return fail('bad_request', 'a dossier cannot be resolved before it was received') end
local outcome = 'dosOnTime'
if date < d.dueDate then outcome = 'dosEarly' elseif date > d.dueDate then outcome = 'dosLate' end
d.status = 'resolved'
d.resolvedAt = A.now
d.resolvedDate = date
d.resolvedBy = A.who
d.outcome = ({ dosEarly = 'early', dosOnTime = 'onTime', dosLate = 'late' })[outcome]
local dims = { 'all', 'svc:' .. d.serviceId }
bump(rollup(K.aggregates, K.monthAggregates), outcome, dims, 1)
bump(rollup(K.receiptAggregates, K.receiptMonthAggregates), 'dosDone', dims, 1)
redis.call('HSET', K.dossiers, d.id, cjson.encode(d))
appendEvent(K.events, A.streamMaxLen, 'dossier.resolved', A.now, { id = d.id, outcome = d.outcome, by = A.who })
return cjson.encode({ dossier = d, outcome = d.outcome })
