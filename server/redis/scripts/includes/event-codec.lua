--[[
  The office's event stream (the audit trail) holds several entries per ticket, so entries are short:
  the entry id carries the event's time (`t` is added only when the stream is already past it), and
  one field `e`, a JSON array of a ticket event's code and its values in this order, or [type, data]
  for other events. A ticket is named by its number when it is of the event's UTC date (in Vietnam,
  any event after 07:00), else by date_number; never with its office (the stream is the office's).
  Mirror: server/redis/event-codec.ts (decodeEvent, TICKET_EVENTS in the same order), pinned by
  test/core/lua-mirrors.test.ts.
]]
--- @include "office-dates"

local EVENT_FIELDS = {
  ['ticket.issued'] = { 'i', 'id', 'serviceId', 'kiosk', 'category' },
  ['ticket.called'] = { 'c', 'id', 'counterId', 'officer' },
  ['ticket.recalled'] = { 'rc', 'id', 'counterId', 'officer' },
  ['ticket.serving'] = { 's', 'id', 'counterId', 'officer' },
  ['ticket.done'] = { 'd', 'id', 'counterId', 'officer', 'dossier', 'dossiers' },
  ['ticket.no_show'] = { 'n', 'id', 'counterId', 'officer' },
  ['ticket.transferred'] = { 'tr', 'id', 'from', 'to', 'counterId', 'officer' },
  ['ticket.cancelled'] = { 'x', 'id', 'by' },
  ['ticket.closed_at_day_end'] = { 'z', 'id', 'counterId', 'officer' },
  ['rating.received'] = { 'r', 'id', 'score' },
}

local function appendEvent(stream, maxlen, kind, now, data)
  local spec = EVENT_FIELDS[kind]
  local entry = { kind, data }
  if spec then
    entry = { spec[1] }
    for i = 2, #spec do
      local v = data[spec[i]]
      local date, number = nil, nil
      if spec[i] == 'id' and v then date, number = string.match(v, '_(%d%d%d%d%-%d%d%-%d%d)_(.+)$') end
      if date then v = date == utcDate(now) and number or date .. '_' .. number end
      if v == nil then v = cjson.null end
      entry[i] = v
    end
    while entry[#entry] == cjson.null do entry[#entry] = nil end
  end
  local e = cjson.encode(entry)
  local added = redis.pcall('XADD', stream, 'MAXLEN', '~', maxlen, string.format('%.0f-*', now), 'e', e)
  -- refused when the stream's last id is later (another process's clock, a simulated day)
  if type(added) == 'table' and added.err then redis.call('XADD', stream, 'MAXLEN', '~', maxlen, '*', 't', now, 'e', e) end
end
