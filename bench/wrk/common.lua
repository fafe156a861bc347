-- Shared by the wrk scenarios of bench/run.sh. Users come from the file named by BENCH_USERS, one line each:
-- "<access token> <diary id> <email>". done() appends one JSON line with the figures to BENCH_OUT.
local M = {}

function M.users()
  local list = {}
  for line in io.lines(os.getenv("BENCH_USERS")) do
    local token, diary, email = line:match("^(%S+) (%S+) (%S+)$")
    if token then list[#list + 1] = { token = token, diary = diary, email = email } end
  end
  return list
end

function M.auth(user, extra)
  local h = { Authorization = "Bearer " .. user.token }
  for k, v in pairs(extra or {}) do h[k] = v end
  return h
end

function M.done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  local out = io.open(os.getenv("BENCH_OUT"), "a")
  out:write(string.format(
    '{"requests":%d,"seconds":%.2f,"rps":%.1f,"p50_ms":%.2f,"p90_ms":%.2f,"p95_ms":%.2f,"p99_ms":%.2f,' ..
    '"max_ms":%.2f,"errors":%d,"non_2xx_3xx":%d,"timeouts":%d}\n',
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, errors, e.status, e.timeout))
  out:close()
end

return M
