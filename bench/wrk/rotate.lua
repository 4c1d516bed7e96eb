-- Rotates through a file of requests, one per line: METHOD<TAB>PATH<TAB>BODY (BODY may be empty).
-- Usage: wrk ... -s rotate.lua URL -- FILE [PASSES THREADS]
-- Each thread starts at a different offset; done() prints one JSON line prefixed with "RESULT ".
-- With PASSES, the run is counted work rather than a time: thread k of THREADS takes every
-- THREADS-th request from offset k and stops after PASSES rounds of its share, so that the
-- threads together answer the whole file PASSES times, and runs of two servers compare the
-- same requests whatever their speed. wrk waits out -d even when every thread has stopped, so
-- each thread prints "SHARE ANSWERED" when done, and the caller interrupts wrk (SIGINT) once all have.
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  local file = args[1]
  requests = {}
  for line in io.lines(file) do
    local method, path, body = line:match("^([^\t]*)\t([^\t]*)\t?(.*)$")
    if method then
      local headers = {}
      if body ~= nil and body ~= "" then
        headers["Content-Type"] = "application/json"
      else
        body = nil
      end
      table.insert(requests, wrk.format(method, path, headers, body))
    end
  end
  passes = tonumber(args[2])
  if passes then
    step = tonumber(args[3])
    index = (id or 1) - 1
    limit = passes * math.ceil((#requests - index) / step)
  else
    step = 1
    index = ((id or 1) - 1) * 37 % #requests
  end
  answered = 0
  non2xx = 0
end

function request()
  local r = requests[index % #requests + 1]
  index = index + step
  return r
end

function response(status, headers, body)
  if status >= 300 then
    non2xx = non2xx + 1
  end
  answered = answered + 1
  if limit and answered == limit then
    io.write("SHARE ANSWERED\n")
    io.stdout:flush()
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, t in ipairs(threads) do
    bad = bad + (t:get("non2xx") or 0)
  end
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests":%d,"duration_us":%d,"bytes":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"non2xx":%d,' ..
    '"mean_us":%.1f,"p50_us":%d,"p90_us":%d,"p99_us":%d,"p999_us":%d,"max_us":%d}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout, bad,
    latency.mean, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9), latency.max))
end
