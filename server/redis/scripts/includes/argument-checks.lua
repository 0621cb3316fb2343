-- Argument checks, prepended to every script after lib.lua (server/redis/scripts.ts). Redis never
-- rolls a script back: whatever it wrote before an error stays. So every script checks every
-- argument here, before its first write, and refuses with { error = 'bad_request' } (issue 10,
-- finding 7: a lone surrogate in a JSON argument broke cjson.decode after a ticket number was taken).

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

-- A satisfaction criterion (shared/schemas/feedback.ts OFFICIAL_CRITERIA: `total_time`, …).
local function isCriterion(s)
  return type(s) == 'string' and #s <= 32 and string.find(s, '^[a-z][a-z_]*$') ~= nil
end

local function isUsername(s)
  return type(s) == 'string' and #s <= 64 and string.find(s, '^[a-z0-9][a-z0-9._%-]*$') ~= nil
end

-- A decimal integer written plainly (no sign but '-', no exponent, no hex, no spaces) within bounds;
-- returns the number, or nil.
local function intArg(s, min, max)
  if type(s) ~= 'string' or #s > 16 or not string.find(s, '^%-?%d+$') then return nil end
  local n = tonumber(s)
  if (min and n < min) or (max and n > max) then return nil end
  return n
end

local function isDate(s)
  return type(s) == 'string' and string.find(s, '^%d%d%d%d%-%d%d%-%d%d$') ~= nil
end

local function isTicketNumber(s)
  return type(s) == 'string' and string.find(s, '^[A-Z][A-Z]?%d%d%d%d?$') ~= nil
end

local function isToken(s)
  return type(s) == 'string' and #s >= 16 and #s <= 64 and string.find(s, '^[%w_%-]+$') ~= nil
end

-- The JSON object (or array) in an argument, or nil when it is not one.
local function jsonArg(s, kind)
  if type(s) ~= 'string' or s == '' then return nil end
  local ok, v = pcall(cjson.decode, s)
  if not ok or type(v) ~= 'table' then return nil end
  if kind == 'array' and next(v) ~= nil and v[1] == nil then return nil end
  return v
end

-- Does the decoded object `o` hold only the fields of `spec` (name → check), each passing its check
-- (absent fields pass when the spec marks them optional with a trailing '?')?
local function fieldsOk(o, spec)
  for k in pairs(o) do
    if type(k) ~= 'string' or (spec[k] == nil and spec[k .. '?'] == nil) then return false end
  end
  for name, check in pairs(spec) do
    local field, optional = string.match(name, '^(.-)(%??)$')
    local v = o[field]
    if v == nil or v == cjson.null then
      if optional == '' then return false end
      o[field] = nil
    elseif not check(v) then
      return false
    end
  end
  return true
end

-- Field checks for fieldsOk.
local function textOf(max) return function(v) return isText(v, max) end end
local function idOf(max) return function(v) return isId(v, max) end end
local function integerOf(min, max) return function(v) return type(v) == 'number' and v == math.floor(v) and v >= min and v <= max end end
local function oneOf(...)
  local set = {}
  for _, v in ipairs({ ... }) do set[v] = true end
  return function(v) return set[v] == true end
end
local function isBoolean(v) return type(v) == 'boolean' end
local function isUsernameField(v) return isUsername(v) end
local function isDateField(v) return isDate(v) end

-- The five arguments every held-ticket script starts with (lib.lua heldTicket): counterId, officer,
-- now, the held ticket's date, stream max length. Returns the refusal, or nil.
local function heldArgsProblem()
  if not isId(ARGV[1], 16) then return badArgument('counterId') end
  if not isUsername(ARGV[2]) then return badArgument('officer') end
  if not intArg(ARGV[3], 0) then return badArgument('now') end
  if not isDate(ARGV[4]) then return badArgument('date') end
  if not intArg(ARGV[5], 1) then return badArgument('stream max length') end
  return nil
end
