-- Randomized detainer-stats reads for wrk (bin/benchmark-api): each request picks a granularity, a
-- published table (the total; one dimension at year and fiscal_year; a published pair at fiscal_year), a from/to
-- range and a limit; every combination is valid, so any non-2xx answer is an error. delay() paces each
-- connection (DELAY_MS, default 20 ms: 10 connections give about 500 requests a second).
local dims = {"agency", "facility", "aor", "state", "gender", "age_band", "citizenship_country",
              "detainer_type", "criminality", "outcome"}
-- the published pairs (fiscal_year only), as org.opendetainers.anonymize.PublishedTables lists them
local pairs_ = {"agency,outcome", "facility,outcome", "aor,outcome", "state,outcome", "gender,outcome",
                "age_band,outcome", "citizenship_country,outcome", "detainer_type,outcome", "criminality,outcome",
                "agency,criminality", "aor,criminality", "state,criminality", "gender,age_band"}
local granularities = {"month", "quarter", "year", "fiscal_year"}
local limits = {10, 50, 100, 500, 1000}
local delay_ms = tonumber(os.getenv("DELAY_MS") or "20")

local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end

function init(args)
  math.randomseed(os.time() * 1000 + id)
end

local function date(year)
  return string.format("%d-%02d-%02d", year, math.random(1, 12), math.random(1, 28))
end

request = function()
  local g = granularities[math.random(#granularities)]
  local q = "granularity=" .. g
  local r = math.random(100)
  -- published: the total at every granularity, one dimension and the pairs at fiscal_year only (a
  -- dimension at year answers 400 "no published table groups by agency at granularity year" since the
  -- seed of 2026-12; the runs of 2026-12-07 still asked it, about a fifth of their requests)
  if g == "fiscal_year" and r <= 40 then
    q = q .. "&group_by=" .. pairs_[math.random(#pairs_)]
  elseif g == "fiscal_year" and r <= 85 then
    q = q .. "&group_by=" .. dims[math.random(#dims)]
  end
  if math.random(2) == 1 then
    local y1 = math.random(2010, 2024)
    local y2 = math.random(y1 + 1, 2026)
    q = q .. "&from=" .. date(y1) .. "&to=" .. date(y2)
  end
  q = q .. "&limit=" .. limits[math.random(#limits)]
  return wrk.format("GET", "/v1/detainer-stats?" .. q)
end

function delay()
  return delay_ms
end
