-- The first BENCH_COUNT requests after start (split over wrk's threads), then stop: cold-JVM tail latency.
package.path = os.getenv("BENCH_DIR") .. "/wrk/?.lua;" .. package.path
local c = require("common")
-- quota is a global: setup() sets it in each thread's own Lua state, where a file-level local would shadow it
local users, i, sent

function setup(thread)
  thread:set("quota", math.floor(tonumber(os.getenv("BENCH_COUNT")) / tonumber(os.getenv("BENCH_THREADS"))))
end

function init(args)
  users = c.users()
  i = math.random(#users)
  sent = 0
end

function request()
  i = i % #users + 1
  return wrk.format("GET", "/api/v1/diaries?per_page=20", c.auth(users[i]))
end

function response(status, headers, body)
  sent = sent + 1
  if sent >= quota then wrk.thread:stop() end
end

done = c.done
