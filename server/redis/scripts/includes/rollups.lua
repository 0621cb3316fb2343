--[[
  Counting into the rollups that reports read: hash fields `metric|dimension` → number. Every write
  to a day's rollup goes to its month's too (keys.monthAggregates in server/redis/keys.ts), late
  ones included (a rating or a dossier after the day closed), so a year's report reads twelve
  hashes instead of 365. A script names both keys it was given: rollup(day key, month key).
  Mirror: server/reports/rollup-reader.ts reads these fields; histogram buckets as histogram.lua.
]]
--- @include "histogram"

local function rollup(day, month)
  return { day = day, month = month }
end

local function bump(r, metric, dims, by)
  for _, d in ipairs(dims) do
    redis.call('HINCRBY', r.day, metric .. '|' .. d, by)
    redis.call('HINCRBY', r.month, metric .. '|' .. d, by)
  end
end

-- Records one duration (wait or service) under every dimension: sum, count, histogram bucket.
local function observe(r, name, dims, seconds)
  if seconds < 0 then seconds = 0 end
  local b = bucket(seconds)
  for _, d in ipairs(dims) do
    bump(r, name .. 'Sum', { d }, seconds)
    bump(r, name .. 'Cnt', { d }, 1)
    bump(r, name .. 'H' .. b, { d }, 1)
  end
end
