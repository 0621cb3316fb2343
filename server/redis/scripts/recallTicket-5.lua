--[[
  Calls the counter's current ticket again (the citizen did not come yet).
  KEYS[1] counters  KEYS[2] tickets of the held ticket's day  KEYS[3] aggregates of that day  KEYS[4] events stream
  ARGV[1] counterId  ARGV[2] officer  ARGV[3] now (ms)  ARGV[4] the held ticket's date  ARGV[5] stream max length
  KEYS[5] recent calls (today)
  ARGV[6] call id  ARGV[7] office  ARGV[8] counter number  ARGV[9] counter name
  Returns JSON { ticket, call } or { error }.
]]
local bad = heldArgsProblem()
if bad then return bad end
if not isText(ARGV[6], 64) or ARGV[6] == '' then return badArgument('call id') end
if not isId(ARGV[7], 40) then return badArgument('office') end
if not intArg(ARGV[8], 0, 9999) then return badArgument('counter number') end
if not isText(ARGV[9], 240) then return badArgument('counter name') end

local counter, t, err = heldTicket(KEYS[1], KEYS[2], ARGV[1], ARGV[2], ARGV[4])
if err then return err end
if t.status ~= 'called' and t.status ~= 'serving' then return fail('wrong_status', 'only a called ticket can be recalled') end
local now = tonumber(ARGV[3])
t.recalls = (t.recalls or 0) + 1
saveTicket(KEYS[2], t)
local call = publicCall(t, ARGV[6], ARGV[7], ARGV[1], tonumber(ARGV[8]), ARGV[9], now, true)
redis.call('LPUSH', KEYS[5], cjson.encode(call))
redis.call('LTRIM', KEYS[5], 0, 19)
-- only today's board reads it: gone a day after the day's last call
redis.call('EXPIRE', KEYS[5], 86400)
bump(KEYS[3], 'recalls', { 'all', 'ctr:' .. ARGV[1] }, 1)
appendEvent(KEYS[4], ARGV[5], 'ticket.recalled', now, { id = t.id, counterId = ARGV[1], officer = ARGV[2] })
return cjson.encode({ ticket = t, call = call })
