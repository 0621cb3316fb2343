--[[
  Moves a complaint (phản ánh, kiến nghị) along: assign, respond, resolve, or flag it overdue.
  new → in_progress (assign, respond) → resolved (resolve, or respond with resolve); a resolved
  complaint changes no more. `overdue` only marks an unresolved complaint once, for the alert job.
  KEYS[1] complaints hash  KEYS[2] events stream
  ARGV[1] complaint id  ARGV[2] action 'assign' | 'respond' | 'resolve' | 'overdue'
  ARGV[3] who (username)  ARGV[4] now (ms)  ARGV[5] payload JSON { assignee?, response?, resolve?, note? }
  ARGV[6] stream max length
  Returns JSON { complaint, changed } or { error }.
]]
if type(ARGV[1]) ~= 'string' or #ARGV[1] > 40 or not string.find(ARGV[1], '^PA%d+%-%d+$') then return badArgument('complaint id') end
if not ({ assign = true, respond = true, resolve = true, overdue = true })[ARGV[2]] then return fail('bad_request', 'unknown complaint action') end
if not isUsername(ARGV[3]) then return badArgument('who') end
if not intArg(ARGV[4], 0) then return badArgument('now') end
local p = jsonArg(ARGV[5])
-- cjson reads `{}` as an empty table: any other shape than an object of these fields is refused
if not p or not fieldsOk(p, { ['assignee?'] = textOf(192), ['response?'] = textOf(12000), ['resolve?'] = isBoolean, ['note?'] = textOf(1500) }) then
  return badArgument('payload')
end
if ARGV[2] == 'assign' and (not p.assignee or p.assignee == '') then return badArgument('assignee') end
if ARGV[2] == 'respond' and (not p.response or p.response == '') then return badArgument('response') end
if not intArg(ARGV[6], 1) then return badArgument('stream max length') end

local c = loadJson(KEYS[1], ARGV[1])
if not c then return fail('not_found', 'complaint not found') end
local action, who, now = ARGV[2], ARGV[3], tonumber(ARGV[4])
if action == 'overdue' then
  if c.status == 'resolved' or c.overdueAlertedAt then return cjson.encode({ complaint = c, changed = false }) end
  c.overdueAlertedAt = now
  redis.call('HSET', KEYS[1], c.id, cjson.encode(c))
  return cjson.encode({ complaint = c, changed = true })
end
if c.status == 'resolved' then return fail('wrong_status', 'the complaint is already resolved') end
c.history = c.history or {}
local entry = { at = now, by = who, action = action }
if action == 'assign' then
  c.assignee = p.assignee
  c.status = 'in_progress'
  entry.note = p.note
elseif action == 'respond' then
  c.response = p.response
  c.respondedAt = now
  c.respondedBy = who
  c.status = 'in_progress'
  if p.resolve then
    c.status = 'resolved'
    c.resolvedAt = now
    c.resolvedBy = who
  end
elseif action == 'resolve' then
  c.status = 'resolved'
  c.resolvedAt = now
  c.resolvedBy = who
  entry.note = p.note
else
  return fail('bad_request', 'unknown complaint action')
end
table.insert(c.history, entry)
redis.call('HSET', KEYS[1], c.id, cjson.encode(c))
appendEvent(KEYS[2], ARGV[6], 'complaint.' .. action, now, { id = c.id, by = who, status = c.status })
return cjson.encode({ complaint = c, changed = true })
