--[[
  Argument checks. Redis never rolls a script back: whatever it wrote before an error stays. So
  every script reads its one argument, a JSON object, through readArgs before its first write, and
  refuses with { error = 'bad_request' } when any field is missing, unknown or fails its check
  (issue 10, finding 7: a lone surrogate in a JSON argument broke cjson.decode after a ticket
  number was taken).
  Mirror: server/redis/script-calls/*.ts (each script's argument type, encoded with JSON.stringify)
  and the text rules of shared/schemas/common.ts (Text), which answer 400 before a script runs.
]]
--- @include "replies"

local function badArgument(name)
  return fail('bad_request', 'bad argument: ' .. name)
end

-- Well-formed UTF-8 of at most `max` bytes, without control characters (tab, LF and CR allowed):
-- no encoded surrogates, no overlong forms, nothing past U+10FFFF, no C1 controls.
local function isText(s, max)
  if type(s) ~= 'string' or #s > max then return false end
  if not string.find(s, '[\128-\255]') then return not string.find(s, '[%z\1-\8\11\12\14-\31\127]') end
  local i, n = 1, #s
  while i <= n do
    local c = string.byte(s, i)
    if c < 128 then
      if (c < 32 and c ~= 9 and c ~= 10 and c ~= 13) or c == 127 then return false end
      i = i + 1
    else
      local len, min
      if c >= 194 and c <= 223 then len, min = 2, 128
      elseif c >= 224 and c <= 239 then len, min = 3, 2048
      elseif c >= 240 and c <= 244 then len, min = 4, 65536
      else return false end
      if i + len - 1 > n then return false end
      local cp = c % (2 ^ (7 - len))
      for j = 1, len - 1 do
        local b = string.byte(s, i + j)
        if b < 128 or b > 191 then return false end
        cp = cp * 64 + (b - 128)
      end
      if cp < min or cp > 1114111 or (cp >= 55296 and cp <= 57343) or cp <= 159 then return false end
      i = i + len
    end
  end
  return true
end

-- An id of the configuration (office, service, counter, kiosk, category): a lowercase slug.
local function isId(s, max)
  return type(s) == 'string' and #s <= max and string.find(s, '^[a-z0-9%-]+$') ~= nil
end

-- A decimal integer written plainly in a string (no sign but '-', no exponent, no hex, no spaces)
-- within bounds, as Redis stores counts; returns the number, or nil.
local function intArg(s, min, max)
  if type(s) ~= 'string' or #s > 16 or not string.find(s, '^%-?%d+$') then return nil end
  local n = tonumber(s)
  if (min and n < min) or (max and n > max) then return nil end
  return n
end

-- The JSON object (or array) in a string, or nil when it is not one.
local function jsonArg(s)
  if type(s) ~= 'string' or s == '' then return nil end
  local ok, v = pcall(cjson.decode, s)
  if not ok or type(v) ~= 'table' then return nil end
  return v
end

-- A field that may be left out (or null): optional(check).
local function optional(check)
  return { optional = check }
end

-- The first field of the decoded object `o` that is unknown to `spec` (name → check, or
-- optional(check)), missing though required, or failing its check; nil when all pass. A JSON null
-- counts as absent and is removed.
local function badField(o, spec)
  for k, v in pairs(o) do
    local check = spec[k]
    if check == nil then return type(k) == 'string' and k or 'a field without a name' end
    if type(check) == 'table' then check = check.optional end
    if v == cjson.null then
      -- clearing a field during the traversal is allowed (Lua 5.1 next)
      o[k] = nil
    elseif not check(v) then
      return k
    end
  end
  for name, check in pairs(spec) do
    if o[name] == nil and type(check) ~= 'table' then return name end
  end
  return nil
end

-- The script's one argument, ARGV[1]: a JSON object of exactly the fields of `spec`. Returns the
-- object, or nil and the name of what is wrong.
local function readArgs(spec)
  if #ARGV ~= 1 then return nil, 'arguments' end
  local a = jsonArg(ARGV[1])
  if not a then return nil, 'arguments' end
  local bad = badField(a, spec)
  if bad then return nil, bad end
  return a
end

-- Field checks for specs.
local function textOf(max) return function(v) return isText(v, max) end end
local function nonEmptyTextOf(max) return function(v) return v ~= '' and isText(v, max) end end
local function idOf(max) return function(v) return isId(v, max) end end
local function integerOf(min, max) return function(v) return type(v) == 'number' and v == math.floor(v) and v >= min and v <= max end end
local function oneOf(...)
  local set = {}
  for _, v in ipairs({ ... }) do set[v] = true end
  return function(v) return set[v] == true end
end
local function matching(pattern, max) return function(v) return type(v) == 'string' and #v <= max and string.find(v, pattern) ~= nil end end
local function isBoolean(v) return type(v) == 'boolean' end
-- a JSON object of the fields of `spec`
local function objectOf(spec) return function(v) return type(v) == 'table' and badField(v, spec) == nil end end
-- a JSON array (an empty one decodes as {}) of at most `max` values, each passing `check`
local function listOf(check, max)
  return function(v)
    if type(v) ~= 'table' or #v > max then return false end
    for k, item in pairs(v) do
      if type(k) ~= 'number' or not check(item) then return false end
    end
    return true
  end
end
-- a JSON object used as a map: every name passes `nameCheck`, every value `check`
local function mapOf(nameCheck, check)
  return function(v)
    if type(v) ~= 'table' then return false end
    for k, item in pairs(v) do
      if not nameCheck(k) or not check(item) then return false end
    end
    return true
  end
end

local isUsername = matching('^[a-z0-9][a-z0-9._%-]*$', 64)
local isDate = matching('^%d%d%d%d%-%d%d%-%d%d$', 10)
local isTicketNumber = matching('^[A-Z][A-Z]?%d%d%d%d?$', 6)
local isToken = function(v) return type(v) == 'string' and #v >= 16 and #v <= 64 and string.find(v, '^[%w_%-]+$') ~= nil end
-- a satisfaction criterion (shared/schemas/feedback.ts OFFICIAL_CRITERIA: `total_time`, …)
local isCriterion = matching('^[a-z][a-z_]*$', 32)
-- times in ms, and the event stream's length bound
local isTime = integerOf(0, 1e15)
local isMaxLen = integerOf(1, 1e12)

-- The fields every held-ticket script takes (ticket-rules.lua heldTicket), and its own `extra`.
local function heldArgs(extra)
  local spec = { office = idOf(40), counterId = idOf(16), officer = isUsername, now = isTime, date = isDate, streamMaxLen = isMaxLen }
  for k, v in pairs(extra or {}) do spec[k] = v end
  return spec
end
