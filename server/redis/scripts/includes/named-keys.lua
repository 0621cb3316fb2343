--[[
  A script's keys by name. The typed wrapper sends them in one order: the fixed names, one key each,
  then at most one list (a service's queues, the days of a close), whose entries take one key each
  (`fields` nil: the list holds the keys) or one key per field.
  Returns the table of keys, or nil when KEYS does not have that shape.
  Mirror: server/redis/script-calls/define.ts (flattenKeys), which the wrapper of each script
  declares with the same names; test/core/script-calls.test.ts compares the two.
]]
local function namedKeys(names, listName, fields)
  local out, n = {}, #names
  if #KEYS < n then return nil end
  for i, name in ipairs(names) do out[name] = KEYS[i] end
  if not listName then
    if #KEYS ~= n then return nil end
    return out
  end
  local width = fields and #fields or 1
  if (#KEYS - n) % width ~= 0 then return nil end
  local list = {}
  for first = n + 1, #KEYS, width do
    local entry = KEYS[first]
    if fields then
      entry = {}
      for j, field in ipairs(fields) do entry[field] = KEYS[first + j - 1] end
    end
    list[#list + 1] = entry
  end
  out[listName] = list
  return out
end
