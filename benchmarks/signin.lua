-- A sign-in flood on the token endpoint: every connection posts credentials as fast as the server
-- answers, a third the demo learner's right password, a third a wrong one, a third a name that
-- does not exist. Counts each status; anything but 200, 401 and 429 is a failure.
local bodies = {
  '{"username":"learner","password":"practica-demo"}',
  '{"username":"learner","password":"not-the-password"}',
  '{"username":"nobody-at-all","password":"practica-demo"}',
}
local counter = 0
statuses = {}
local threads = {}

setup = function(thread)
  table.insert(threads, thread)
end

init = function(args)
  counter = math.random(3)
  statuses = {}
end

request = function()
  counter = counter % 3 + 1
  return wrk.format("POST", "/api/v1/auth/token", {["Content-Type"] = "application/json"}, bodies[counter])
end

response = function(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

done = function(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    local s = thread:get("statuses")
    for status, n in pairs(s) do
      total[status] = (total[status] or 0) + n
    end
  end
  local line = "STATUSES"
  for status, n in pairs(total) do
    line = line .. string.format(" %d:%d", status, n)
  end
  io.write(line .. "\n")
  io.write(string.format("SIGNIN %.1f requests/s, p50 %.1f ms, p99 %.1f ms, socket errors %d\n",
    summary.requests / (summary.duration / 1000000), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
