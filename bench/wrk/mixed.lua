-- The mixed workload: what a day of users does, by share of requests (decision in docs/decisions.md):
-- home screen 40 % (stats, calendar, weekly insight, unread count, 10 % each), diary list 25 %,
-- notification list 15 %, a diary read 10 %, writing (PATCH of the user's latest diary) 9.8 %,
-- login 0.2 % (bcrypt is deliberately slow; a real session logs in once and refreshes).
package.path = os.getenv("BENCH_DIR") .. "/wrk/?.lua;" .. package.path
local c = require("common")
local users, i, n = nil, 0, 0
local month = os.date("!%Y-%m")
local year, mon = month:match("(%d+)-(%d+)")

function init(args)
  users = c.users()
  i = math.random(#users)
  math.randomseed(os.time() + i)
end

local function get(u, path) return wrk.format("GET", path, c.auth(u)) end

function request()
  i = i % #users + 1
  local u = users[i]
  local r = math.random(1000)
  if r <= 100 then return get(u, "/api/v1/diaries/stats")
  elseif r <= 200 then return get(u, "/api/v1/diaries/calendar?year=" .. tonumber(year) .. "&month=" .. tonumber(mon))
  elseif r <= 300 then return get(u, "/api/v1/diaries/weekly-insight")
  elseif r <= 400 then return get(u, "/api/v1/notifications/unread-count")
  elseif r <= 650 then return get(u, "/api/v1/diaries?per_page=20")
  elseif r <= 800 then return get(u, "/api/v1/notifications?per_page=20")
  elseif r <= 900 then return get(u, "/api/v1/diaries/" .. u.diary)
  elseif r <= 998 then
    n = n + 1
    return wrk.format("PATCH", "/api/v1/diaries/" .. u.diary,
      c.auth(u, { ["Content-Type"] = "application/json" }),
      '{"content":"벤치마크가 쓴 오늘의 기록 ' .. n .. '. 산책을 하고 친구와 저녁을 먹었다."}')
  else
    return wrk.format("POST", "/api/v1/auth/login", { ["Content-Type"] = "application/json" },
      '{"email":"' .. u.email .. '","password":"bench-pass-1"}')
  end
end

done = c.done
