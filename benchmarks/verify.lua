-- Public verification: each request asks for one of the codes in the file given after "--",
-- round robin per connection, as employers and QR scans would. Prints a RESULT line (report.lua).
local codes = {}
local n = 0

init = function(args)
  for line in io.lines(args[1]) do
    if #line > 0 then
      n = n + 1
      codes[n] = line
    end
  end
  counter = math.random(n)
end

request = function()
  counter = counter % n + 1
  return wrk.format("GET", "/api/v1/certificates/verify/" .. codes[counter], {["Accept"] = "application/json"})
end

dofile(os.getenv("HERE") .. "/report.lua")
