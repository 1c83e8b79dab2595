-- Open-loop load from wrk: the lines of requests.lua's files, cycled, each request due at a fixed rate whatever the
-- answers to the earlier ones, and its latency counted from the time it was due, so that queueing counts (wrk alone
-- sends a connection's next request when the previous one is answered and times it from then, which hides it).
-- Arguments: those of requests.lua ("cycle"), then this thread's rate in requests per second.
-- Each request must carry a fresh UUID ("@@ID@@") that its answer names (the "id" of an acceptance, the "instance"
-- of a problem): wrk tells a script neither which connection answers nor when a request was sent, so the answer's
-- UUID finds the request's due time. Slots are handed out in order to whichever connection is free; a connection
-- waits for its slot (wrk's delay, in whole milliseconds rounded up, so a request is at most a millisecond late by
-- that alone). A request due but unanswered when wrk stops counts with the time it has waited so far.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(dir .. "requests.lua")

local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } paced_timespec;
int clock_gettime(int clock, paced_timespec *time);
]]
local CLOCK_MONOTONIC = 1
local clock = ffi.new("paced_timespec")

local function now_us()
   ffi.C.clock_gettime(CLOCK_MONOTONIC, clock)
   return tonumber(clock.tv_sec) * 1000000 + tonumber(clock.tv_nsec) / 1000
end

local threads = {}
local register = setup

function setup(thread)
   register(thread)
   table.insert(threads, thread)
end

local read_lines = init

function init(args)
   read_lines(args)
   interval_us = 1000000 / tonumber(args[4])
   start_us = now_us() + 100000
   slot_due = {}   -- the due times of the slots handed out and not yet sent, a queue
   slot_first, slot_last = 1, 0
   due_of = {}     -- request UUID -> due time, while unanswered
   latencies = {}  -- microseconds from due to answer
   unmatched = 0   -- answers that named no request of this thread
end

function delay()
   local due = start_us + slot_last * interval_us
   slot_last = slot_last + 1
   slot_due[slot_last] = due
   local wait = due - now_us()
   return wait > 0 and math.ceil(wait / 1000) or 0
end

function request()
   sent = sent + 1
   next_line = next_line % #lines + 1
   if slot_first > slot_last then
      -- no slot handed out: wrk checks the script with one request it never sends
      return (format(lines[next_line]))
   end
   local due = slot_due[slot_first]
   slot_due[slot_first] = nil
   slot_first = slot_first + 1
   local formatted, id = format(lines[next_line])
   if id == nil then
      error("a paced request must carry @@ID@@: " .. lines[next_line][2])
   end
   due_of[id] = due
   return formatted
end

function response(status, headers, body)
   local answered = now_us()
   note_refusal(status, body)
   local id = (body or ""):match('"id"%s*:%s*"([^"]+)"')
         or (body or ""):match('"instance"%s*:%s*"/api/cooperations/([^/"]+)')
   local due = id and due_of[id]
   if due == nil then
      unmatched = unmatched + 1
      return
   end
   due_of[id] = nil
   latencies[#latencies + 1] = answered - due
end

function done(summary, latency, requests)
   local stopped = now_us()
   local all, waiting, unmatched_all = {}, 0, 0
   for _, thread in ipairs(threads) do
      for _, l in ipairs(thread:get("latencies")) do
         all[#all + 1] = l
      end
      -- sent and unanswered, or due and not yet sent
      for _, pending in ipairs({ thread:get("due_of"), thread:get("slot_due") }) do
         for _, due in pairs(pending) do
            if due <= stopped then
               all[#all + 1] = stopped - due
               waiting = waiting + 1
            end
         end
      end
      unmatched_all = unmatched_all + thread:get("unmatched")
      print_refusal(thread)
   end
   table.sort(all)
   local function percentile(p)
      if #all == 0 then
         return 0
      end
      return all[math.max(1, math.ceil(#all * p / 100))]
   end
   local errors = summary.errors
   io.write(string.format("WRK_PACED answered=%d waiting=%d unmatched=%d duration_us=%d p50_us=%d p99_us=%d max_us=%d "
      .. "refused=%d failed=%d\n", #all - waiting, waiting, unmatched_all, summary.duration, percentile(50),
      percentile(99), percentile(100), errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
