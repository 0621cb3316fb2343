--[[
  Marks a dossier received at the desk as resolved (result ready), and counts it as early, on time
  or late against its legal deadline (ngày hẹn trả) in the rollup of the resolution day; the
  receipt day's rollup counts it as done, so "still in progress" of any range needs no scan.
  KEYS[1] dossiers hash  KEYS[2] aggregates (resolution day)  KEYS[3] aggregates (receipt day)
  KEYS[4] events stream
  ARGV[1] dossier id  ARGV[2] now (ms)  ARGV[3] resolution date  ARGV[4] receipt date the caller read
  ARGV[5] who  ARGV[6] stream max length
  Returns JSON { dossier, outcome } or { error }.
]]
if not isText(ARGV[1], 180) or ARGV[1] == '' then return badArgument('dossier id') end
if not intArg(ARGV[2], 0) then return badArgument('now') end
if not isDate(ARGV[3]) then return badArgument('resolution date') end
if not isDate(ARGV[4]) then return badArgument('receipt date') end
if not isUsername(ARGV[5]) then return badArgument('who') end
if not intArg(ARGV[6], 1) then return badArgument('stream max length') end

local d = loadJson(KEYS[1], ARGV[1])
if not d then return fail('not_found', 'dossier not found') end
if d.status ~= 'in_progress' then return fail('wrong_status', 'the dossier is already resolved') end
if d.receivedDate ~= ARGV[4] then return fail('retry', 'dossier changed') end
local date = ARGV[3]
if date < d.receivedDate then return fail('bad_request', 'a dossier cannot be resolved before it was received') end
local outcome = 'dosOnTime'
if date < d.dueDate then outcome = 'dosEarly' elseif date > d.dueDate then outcome = 'dosLate' end
d.status = 'resolved'
d.resolvedAt = tonumber(ARGV[2])
d.resolvedDate = date
d.resolvedBy = ARGV[5]
d.outcome = ({ dosEarly = 'early', dosOnTime = 'onTime', dosLate = 'late' })[outcome]
local dims = { 'all', 'svc:' .. d.serviceId }
bump(KEYS[2], outcome, dims, 1)
bump(KEYS[3], 'dosDone', dims, 1)
redis.call('HSET', KEYS[1], d.id, cjson.encode(d))
appendEvent(KEYS[4], ARGV[6], 'dossier.resolved', tonumber(ARGV[2]), { id = d.id, outcome = d.outcome, by = ARGV[5] })
return cjson.encode({ dossier = d, outcome = d.outcome })
