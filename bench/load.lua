-- wrk script for bench/load.sh. The request mix comes from the file named by LOAD_MIX: one request per line,
-- "path<TAB>cookie header<TAB>1 for an htmx request", each line repeated as often as its weight. Every request
-- picks a line at random. Responses are counted per status class (503 also on its own: the portal's "database
-- briefly unavailable" answer); done() prints one RESULT line.
-- to_login counts redirects to the login page (/masuk). Anonymous requests of the mix never get one (home,
-- directory and storefronts are public), so each of them is a logged-in request whose session was not
-- recognised: a lost login.

local mix_file = os.getenv("LOAD_MIX")
local requests = {}
local threads = {}
local next_id = 1

s2xx, s3xx, s4xx, s5xx, s503, to_login = 0, 0, 0, 0, 0, 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(mix_file) do
    local path, cookie, htmx = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)$")
    if path and path ~= "" then
      local headers = { ["Accept"] = "text/html", ["Accept-Language"] = "id" }
      if cookie ~= "" then headers["Cookie"] = cookie end
      if htmx == "1" then headers["HX-Request"] = "true" end
      table.insert(requests, wrk.format("GET", path, headers))
    end
  end
  if #requests == 0 then
    error("no requests in " .. tostring(mix_file))
  end
  -- Threads must not all walk the same random sequence.
  math.randomseed(os.time() * 1000 + id)
end

function request()
  return requests[math.random(#requests)]
end

function response(status, headers, body)
  if status >= 500 then
    s5xx = s5xx + 1
    if status == 503 then s503 = s503 + 1 end
  elseif status >= 400 then
    s4xx = s4xx + 1
  elseif status >= 300 then
    s3xx = s3xx + 1
    local location = headers["Location"] or headers["location"] or ""
    if location:match("/masuk") then to_login = to_login + 1 end
  else
    s2xx = s2xx + 1
  end
end

function done(summary, latency, reqs)
  local c = { s2xx = 0, s3xx = 0, s4xx = 0, s5xx = 0, s503 = 0, to_login = 0 }
  for _, thread in ipairs(threads) do
    for k in pairs(c) do
      c[k] = c[k] + (thread:get(k) or 0)
    end
  end
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "RESULT rps=%.1f p50=%.1f p95=%.1f p99=%.1f max=%.1f requests=%d s2xx=%d s3xx=%d s4xx=%d s5xx=%d " ..
    "s503=%d to_login=%d socket_errors=%d timeouts=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.requests, c.s2xx, c.s3xx, c.s4xx, c.s5xx,
    c.s503, c.to_login, e.connect + e.read + e.write, e.timeout))
end
