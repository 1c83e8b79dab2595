-- The requests of the command figures, sent by wrk (harness/Wrk.java writes the files and reads the last line).
-- Each wrk thread reads its own file, <prefix>-<thread>.tsv, one request a line:
--   METHOD <tab> PATH <tab> Authorization header value, or "-" for none <tab> JSON body, or nothing
-- "@@ID@@" in a path or body becomes a UUID unique to the run, the thread and the request, so a file of a few
-- thousand initiations can be sent round and round ("cycle"). Without "cycle" the lines are sent once, in order
-- (the lifecycle mix: a cooperation's next command comes many lines after its previous one), and a thread that
-- reaches the end of its file stops, which the result line reports.
-- Arguments: prefix, "cycle" or "once", an 8-digit hex prefix for the UUIDs.
local threads = {}
local started = 0

function setup(thread)
   thread:set("tid", started)
   started = started + 1
   table.insert(threads, thread)
end

function init(args)
   prefix, mode, run = args[1], args[2], args[3]
   lines = {}
   for line in io.lines(prefix .. "-" .. tid .. ".tsv") do
      local method, path, authorization, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
      lines[#lines + 1] = { method, path, authorization, body }
   end
   next_line = 0
   sent = 0
   exhausted = 0
   first_error = ""
end

function request()
   next_line = next_line + 1
   if next_line > #lines then
      if mode == "cycle" then
         next_line = 1
      else
         exhausted = 1
         next_line = #lines
         wrk.thread:stop()
      end
   end
   sent = sent + 1
   local line = lines[next_line]
   local headers = { ["Content-Type"] = "application/json" }
   if line[3] ~= "-" then
      headers["Authorization"] = line[3]
   end
   local path, body = line[2], line[4]
   if path:find("@@ID@@", 1, true) or body:find("@@ID@@", 1, true) then
      local id = string.format("%s-%04x-4000-8000-%012x", run, tid, sent)
      path = path:gsub("@@ID@@", id)
      body = body:gsub("@@ID@@", id)
   end
   if body == "" then
      body = nil
   end
   return wrk.format(line[1], path, headers, body)
end

function response(status, headers, body)
   if status >= 400 and first_error == "" then
      first_error = status .. " " .. string.sub(body or "", 1, 300):gsub("[\r\n\t]", " ")
   end
end

function done(summary, latency, requests)
   local exhausted_threads = 0
   for _, thread in ipairs(threads) do
      exhausted_threads = exhausted_threads + thread:get("exhausted")
      local first = thread:get("first_error")
      if first ~= nil and first ~= "" then
         io.write("WRK_ERROR " .. first .. "\n")
      end
   end
   local errors = summary.errors
   io.write(string.format("WRK_RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d refused=%d failed=%d exhausted=%d\n",
      summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), errors.status,
      errors.connect + errors.read + errors.write + errors.timeout, exhausted_threads))
end
