#!/usr/bin/env python3
"""Audited writes under contention: LEARNERS learners each start and submit an attempt at one quiz
(both actions are audited, so each takes the audit chain's head lock), THREADS at a time. Prints
the audited writes per second and the p50 and p99 latency of the two writes together.
Usage: benchmarks/audited-writes.py [BASE] [LEARNERS] [THREADS]. Standard library only."""
import concurrent.futures, statistics, sys, time

from quizbench import Api, QuizCourse

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:9080"
LEARNERS = int(sys.argv[2]) if len(sys.argv) > 2 else 400
THREADS = int(sys.argv[3]) if len(sys.argv) > 3 else 16

api = Api(BASE)
course = QuizCourse(api, "::Number::How many days in a week?{#7}\n")
with concurrent.futures.ThreadPoolExecutor(8) as pool:
    tokens = list(pool.map(course.learner, range(LEARNERS)))

def write(t):
    start = time.perf_counter()
    attempt = api.call("POST", f"/api/v1/quizzes/{course.quiz}/attempts", t, b"")
    api.call("POST", f"/api/v1/attempts/{attempt['id']}/submit", t, b"")
    return time.perf_counter() - start

began = time.perf_counter()
with concurrent.futures.ThreadPoolExecutor(THREADS) as pool:
    took = sorted(pool.map(write, tokens))
elapsed = time.perf_counter() - began
print(f"{LEARNERS} start+submit pairs, {THREADS} at a time: {2 * LEARNERS / elapsed:.0f} audited writes/s, "
      f"p50 {statistics.median(took) * 1000:.0f} ms, p99 {took[int(len(took) * 0.99) - 1] * 1000:.0f} ms")
