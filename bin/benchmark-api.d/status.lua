-- Counts answers by status for wrk (bin/benchmark-api): done() prints "status <code> <count>" lines.
local threads = {}
function setup(thread)
  table.insert(threads, thread)
end
function init(args)
  statuses = {}
end
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end
function done(summary, latency, requests)
  local all = {}
  for _, t in ipairs(threads) do
    local s = t:get("statuses")
    for code, n in pairs(s) do
      all[code] = (all[code] or 0) + n
    end
  end
  for code, n in pairs(all) do
    io.write(string.format("status %d %d\n", code, n))
  end
end
