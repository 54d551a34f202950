-- Prints one machine-readable line: requests/s, p50 ms, p99 ms, non-2xx responses.
done = function(summary, latency, requests)
  local seconds = summary.duration / 1000000
  local bad = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.2f %.2f %d\n", summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, bad))
end
