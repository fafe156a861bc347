-- GET BENCH_PATH as a different logged-in user on every request (the list read and each home-screen call).
package.path = os.getenv("BENCH_DIR") .. "/wrk/?.lua;" .. package.path
local c = require("common")
local users, i
local path = os.getenv("BENCH_PATH")

function init(args)
  users = c.users()
  i = math.random(#users)
end

function request()
  i = i % #users + 1
  return wrk.format("GET", path, c.auth(users[i]))
end

done = c.done
