"""While a sign-in flood runs, a second client opens a lesson page (signed in) and the readiness check
every 100 ms and records how long each took; prints figures for during and after the flood.

Usage: signin_watch.py LESSON_URL HEALTH_URL COOKIE FLOOD_START_EPOCH FLOOD_SECONDS AFTER_SECONDS
"""
import sys
import time
import urllib.error
import urllib.request

lesson_url, health_url, cookie = sys.argv[1], sys.argv[2], sys.argv[3]
flood_start, flood_seconds, after_seconds = float(sys.argv[4]), float(sys.argv[5]), float(sys.argv[6])
flood_end = flood_start + flood_seconds


def timed(url, headers):
    started = time.monotonic()
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=30) as r:
            r.read()
            status = r.status
    except urllib.error.HTTPError as e:
        status = e.code
    except Exception:  # a refused or timed-out connection counts as a failure
        status = 0
    return status, (time.monotonic() - started) * 1000


samples = []   # (wall time, kind, status, ms)
while time.time() < flood_end + after_seconds:
    now = time.time()
    samples.append((now, "lesson") + timed(lesson_url, {"Cookie": "PRACTICA_SESSION=" + cookie, "Accept-Encoding": "gzip"}))
    samples.append((now, "health") + timed(health_url, {}))
    time.sleep(0.1)


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] if values else float("nan")


during = [s for s in samples if flood_start <= s[0] < flood_end]
after = [s for s in samples if s[0] >= flood_end]
lesson = [s[3] for s in during if s[1] == "lesson"]
print("lesson page during the flood: %d loads, p50 %.0f ms, p99 %.0f ms, max %.0f ms, not 200: %d"
      % (len(lesson), pct(lesson, 50), pct(lesson, 99), max(lesson or [0]),
         sum(1 for s in during if s[1] == "lesson" and s[2] != 200)))
health = [s for s in during if s[1] == "health"]
print("readiness during the flood: %d checks, not UP: %d, p99 %.0f ms"
      % (len(health), sum(1 for s in health if s[2] != 200), pct([s[3] for s in health], 99)))
# normal again: from the end of the flood, the first moment after which every lesson answered 200
# in under a second and every readiness check was UP
bad_after = [s[0] for s in after if s[2] != 200 or (s[1] == "lesson" and s[3] >= 1000)]
recovered = (max(bad_after) - flood_end) if bad_after else 0.0
print("after the flood: normal within %.1f s (%d loads checked)" % (max(recovered, 0.0), len(after)))
