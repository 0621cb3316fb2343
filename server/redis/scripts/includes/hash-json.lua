--[[
  A JSON value stored in a hash field (counters, dossiers, complaints), decoded, or nil.
  Mirror: the TypeScript readers JSON.parse the same fields (server/tickets/counter-state.ts, …).
]]
local function loadJson(hash, field)
  local raw = redis.call('HGET', hash, field)
  if not raw then return nil end
  return cjson.decode(raw)
end
