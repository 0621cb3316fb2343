--[[
  A script's refusal: { error = code, message, ...extra }, JSON. The codes are named, never numbers,
  and each caller maps them to its answer.
  Mirror: server/redis/script-failure.ts (ScriptFailure, FailureCode: every code used here is listed
  there) and server/tickets/script-reply.ts (the HTTP status of each code).
]]
local function fail(code, message, extra)
  local out = { error = code, message = message }
  if extra then for k, v in pairs(extra) do out[k] = v end end
  return cjson.encode(out)
end
