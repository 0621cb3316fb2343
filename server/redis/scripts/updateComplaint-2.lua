--[[
  Moves a complaint (phản ánh, kiến nghị) along: assign, respond, resolve, or flag it overdue.
  new → in_progress (assign, respond) → resolved (resolve, or respond with resolve); a resolved
  complaint changes no more. `overdue` only marks an unresolved complaint once, for the alert job.
  Input (server/redis/script-calls/update-complaint.ts):
    KEYS complaints, events
    ARGV[1] JSON { id, action ('assign' | 'respond' | 'resolve' | 'overdue'), who (username), now (ms),
      streamMaxLen, assignee? (assign), response? (respond), resolve? (respond), note? }
  Returns JSON { complaint, changed } or { error }.
]]
--- @include "named-keys"
--- @include "argument-checks"
--- @include "hash-json"
--- @include "event-codec"

local K = namedKeys({ 'complaints', 'events' })
if not K then return badArgument('keys') end
local A, bad = readArgs({
  id = matching('^PA%d+%-%d+$', 40), action = oneOf('assign', 'respond', 'resolve', 'overdue'), who = isUsername, now = isTime,
  streamMaxLen = isMaxLen, assignee = optional(textOf(192)), response = optional(textOf(12000)), resolve = optional(isBoolean), note = optional(textOf(1500)),
})
if not A then return badArgument(bad) end
if A.action == 'assign' and (not A.assignee or A.assignee == '') then return badArgument('assignee') end
if A.action == 'respond' and (not A.response or A.response == '') then return badArgument('response') end

local c = loadJson(K.complaints, A.id)
if not c then return fail('not_found', 'complaint not found') end
local action, who, now = A.action, A.who, A.now
if action == 'overdue' then
  if c.status == 'resolved' or c.overdueAlertedAt then return cjson.encode({ complaint = c, changed = false }) end
  c.overdueAlertedAt = now
  redis.call('HSET', K.complaints, c.id, cjson.encode(c))
  return cjson.encode({ complaint = c, changed = true })
end
if c.status == 'resolved' then return fail('wrong_status', 'the complaint is already resolved') end
c.history = c.history or {}
local entry = { at = now, by = who, action = action }
if action == 'assign' then
  c.assignee = A.assignee
  c.status = 'in_progress'
  entry.note = A.note
elseif action == 'respond' then
  c.response = A.response
  c.respondedAt = now
  c.respondedBy = who
  c.status = 'in_progress'
  if A.resolve then
    c.status = 'resolved'
    c.resolvedAt = now
    c.resolvedBy = who
  end
else
  c.status = 'resolved'
  c.resolvedAt = now
  c.resolvedBy = who
  entry.note = A.note
end
table.insert(c.history, entry)
redis.call('HSET', K.complaints, c.id, cjson.encode(c))
appendEvent(K.events, A.streamMaxLen, 'complaint.' .. action, now, { id = c.id, by = who, status = c.status })
return cjson.encode({ complaint = c, changed = true })
