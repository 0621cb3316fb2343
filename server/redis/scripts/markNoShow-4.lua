--[[
  The called citizen did not come: called → no_show.
  KEYS[1] counters  KEYS[2] tickets of the held ticket's day  KEYS[3] aggregates of that day  KEYS[4] events stream
  ARGV[1] counterId  ARGV[2] officer  ARGV[3] now (ms)  ARGV[4] the held ticket's date  ARGV[5] stream max length
  Returns JSON { ticket, counter } or { error }.
]]
local bad = heldArgsProblem()
if bad then return bad end

local counter, t, err = heldTicket(KEYS[1], KEYS[2], ARGV[1], ARGV[2], ARGV[4])
if err then return err end
if t.status ~= 'called' then return fail('wrong_status', 'only a called ticket can be marked as no-show') end
local now = tonumber(ARGV[3])
t.status = 'no_show'
t.doneAt = now
bump(KEYS[3], 'noShow', staffDims(t), 1)
saveTicket(KEYS[2], t)
counter.ticket = nil
counter.ticketDate = nil
redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(counter))
appendEvent(KEYS[4], ARGV[5], 'ticket.no_show', now, { id = t.id, counterId = ARGV[1], officer = ARGV[2] })
return cjson.encode({ ticket = t, counter = counter })
