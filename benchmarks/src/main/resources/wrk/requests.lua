-- The requests of the command figures, sent by wrk (harness/Wrk.java writes the files and reads the last lines).
-- Each wrk thread reads its own file, <prefix>-<thread>.tsv, one request a line:
--   METHOD <tab> PATH <tab> Authorization header value or "-" <tab> cooperation or "-" <tab> JSON body or nothing
-- Arguments: prefix, mode, an 8-digit hex prefix for fresh UUIDs.
-- "cycle": the lines are sent round and round; "@@ID@@" in a path or body becomes a UUID unique to the run, the
--   thread and the request (initiations: a file of a thousand bodies lasts any duration).
-- "lanes": the lines of each cooperation are sent in order, the next one only once the previous one was answered
--   (wrk's connections share one Lua state per thread, so the answer names its cooperation: the "id" of an
--   acceptance, the "instance" of a problem). A thread keeps ACTIVE cooperations going at a time, more than its
--   connections, so that one is always ready; a cooperation whose command was refused is dropped. A thread with no
--   cooperation ready (all done: the file was too short for the duration) asks for the side's readiness instead
--   (/readyz, on the API port; the actuator is on the management port), a filler the result line counts apart (wrk
--   has no way to end one thread early).
local ACTIVE = 48
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
   steps = {}      -- cooperation -> its lines, in order
   pending = {}    -- cooperations not started yet, in order of first appearance
   for line in io.lines(prefix .. "-" .. tid .. ".tsv") do
      local method, path, authorization, key, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
      local request = { method, path, authorization, body }
      lines[#lines + 1] = request
      if key ~= "-" then
         if steps[key] == nil then
            steps[key] = {}
            pending[#pending + 1] = key
         end
         table.insert(steps[key], request)
      end
   end
   ready = {}      -- cooperations whose next line may be sent, a queue
   ready_first, ready_last = 1, 0
   next_pending = 1
   for _ = 1, ACTIVE do
      activate()
   end
   next_line = 0
   sent = 0
   fillers = 0
   first_error = ""
end

function push(key)
   ready_last = ready_last + 1
   ready[ready_last] = key
end

function activate()
   if next_pending <= #pending then
      push(pending[next_pending])
      next_pending = next_pending + 1
   end
end

-- The request of a line, and the fresh UUID it carries, if any.
function format(line)
   local id
   local headers = { ["Content-Type"] = "application/json" }
   if line[3] ~= "-" then
      headers["Authorization"] = line[3]
   end
   local path, body = line[2], line[4]
   if path:find("@@ID@@", 1, true) or body:find("@@ID@@", 1, true) then
      id = string.format("%s-%04x-4000-8000-%012x", run, tid, sent)
      path = path:gsub("@@ID@@", id)
      body = body:gsub("@@ID@@", id)
   end
   if body == "" then
      body = nil
   end
   return wrk.format(line[1], path, headers, body), id
end

function request()
   sent = sent + 1
   if mode == "cycle" then
      next_line = next_line % #lines + 1
      return (format(lines[next_line]))
   end
   if ready_first > ready_last then
      -- nothing ready: every cooperation is done (or all in flight, which ACTIVE > connections rules out)
      fillers = fillers + 1
      return wrk.format("GET", "/readyz")
   end
   local key = ready[ready_first]
   ready[ready_first] = nil
   ready_first = ready_first + 1
   return (format(table.remove(steps[key], 1)))
end

-- Keeps the first refusal this thread met, for done() to print.
function note_refusal(status, body)
   if status >= 400 and first_error == "" then
      first_error = status .. " " .. string.sub(body or "", 1, 300):gsub("[\r\n\t]", " ")
   end
end

-- Prints the first refusal a thread met, if any.
function print_refusal(thread)
   local first = thread:get("first_error")
   if first ~= nil and first ~= "" then
      io.write("WRK_ERROR " .. first .. "\n")
   end
end

function response(status, headers, body)
   note_refusal(status, body)
   if mode ~= "lanes" then
      return
   end
   local key
   if status < 300 then
      key = (body or ""):match('"id"%s*:%s*"([^"]+)"')
   else
      key = (body or ""):match('"instance"%s*:%s*"/api/cooperations/([^/"]+)')
   end
   if key == nil or steps[key] == nil then
      return
   end
   if status < 300 and #steps[key] > 0 then
      push(key)
   else
      steps[key] = {}
      activate()
   end
end

function done(summary, latency, requests)
   local fillers = 0
   for _, thread in ipairs(threads) do
      fillers = fillers + thread:get("fillers")
      print_refusal(thread)
   end
   local errors = summary.errors
   io.write(string.format("WRK_RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d refused=%d failed=%d fillers=%d\n",
      summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), errors.status,
      errors.connect + errors.read + errors.write + errors.timeout, fillers))
end
