-- Saves answers as 200 learners would: each request writes the numerical answer of one prepared
-- attempt, going round the attempts. Counts the saves the server acknowledged, for the check
-- afterwards that every one of them reached the database.
local attempts = {}
local counter = 0
ok = 0

function setup(thread)
  thread:set("id", tostring(thread))
  table.insert(threads, thread)
end

local think = 0

function init(args)
  think = tonumber(args[2] or "0")
  for line in io.lines(args[1]) do
    local token, attempt, slot = line:match("(%S+) (%S+) (%S+)")
    table.insert(attempts, {token = token, path = "/api/v1/attempts/" .. attempt .. "/answers/" .. slot})
  end
  counter = math.random(#attempts)
end

function request()
  counter = counter % #attempts + 1
  local a = attempts[counter]
  return wrk.format("PUT", a.path, {["Authorization"] = "Bearer " .. a.token, ["Content-Type"] = "application/json"},
    '{"text":"' .. counter .. '"}')
end

-- a learner thinks between answers: with think time each connection waits about that long
-- (plus or minus half, at random) before its next save
function delay()
  if think <= 0 then return 0 end
  return math.floor(think / 2 + math.random() * think)
end

function response(status, headers, body)
  if status == 200 then ok = ok + 1 end
end

threads = {}

function done(summary, latency, requests)
  local acknowledged = 0
  for _, t in ipairs(threads) do acknowledged = acknowledged + (t:get("ok") or 0) end
  local seconds = summary.duration / 1000000
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d\n", summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, acknowledged, summary.requests))
end
