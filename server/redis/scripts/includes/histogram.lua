--[[
  Histogram bucket of a duration: one-minute buckets below an hour, five-minute buckets up to three
  hours, one overflow bucket.
  Mirror: server/reports/histogram.ts (bucketOf), pinned by test/reports/histogram-periods.test.ts.
]]
local function bucket(seconds)
  local m = math.floor(seconds / 60)
  if m < 60 then return m end
  if m < 180 then return 60 + math.floor((m - 60) / 5) end
  return 84
end
