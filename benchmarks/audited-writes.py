#!/usr/bin/env python3
"""Audited writes under contention: LEARNERS learners each start and submit an attempt at one quiz
(both actions are audited, so each takes the audit chain's head lock), THREADS at a time. Prints
the requests per second and the p50 and p99 latency of the two writes together.
Usage: benchmarks/audited-writes.py [BASE] [LEARNERS] [THREADS]. Standard library only."""
import concurrent.futures, json, statistics, sys, time, urllib.request, uuid

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:9080"
LEARNERS = int(sys.argv[2]) if len(sys.argv) > 2 else 400
THREADS = int(sys.argv[3]) if len(sys.argv) > 3 else 16
PASSWORD = "benchmark pass phrase"

def call(method, path, token=None, body=None, content_type="application/json"):
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    req = urllib.request.Request(BASE + path, data=data, method=method)
    if token:
        req.add_header("Authorization", "Bearer " + token)
    if data is not None:
        req.add_header("Content-Type", content_type)
    for _ in range(30):
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                text = r.read().decode()
                return json.loads(text) if text and r.headers.get_content_type().endswith("json") else text
        except urllib.error.HTTPError as e:
            if e.code == 429 and e.headers.get("Retry-After"):
                time.sleep(int(e.headers["Retry-After"]))
                continue
            raise SystemExit(f"{method} {path}: {e.code} {e.read().decode()[:300]}")
    raise SystemExit(f"{method} {path}: still refused")

def token(user, password):
    return call("POST", "/api/v1/auth/token", body={"username": user, "password": password, "expiresInSeconds": 3600})["token"]

trainer, admin = token("trainer", "practica-demo"), token("admin", "practica-demo")
run = uuid.uuid4().hex[:6]
course = call("POST", "/api/v1/courses", trainer, {"language": "en", "title": "Audit bench " + run, "summary": "Load test",
              "audiences": ["practitioner"], "themes": ["benchmark"], "estimatedMinutes": 10, "cpdHours": 1})["id"]
module = call("POST", f"/api/v1/courses/{course}/modules", trainer, {"language": "en", "title": "Only"})["key"]
call("POST", f"/api/v1/courses/{course}/modules/{module}/lessons", trainer, {"language": "en", "title": "Only", "body": "<p>x</p>"})
call("POST", f"/api/v1/courses/{course}/publish", trainer, b"")
bank = call("POST", "/api/v1/question-banks", trainer, {"courseId": course, "name": "Bench " + run})["id"]
call("POST", f"/api/v1/question-banks/{bank}/imports?format=gift", trainer, b"::Number::How many days in a week?{#7}\n", "text/plain")
questions = call("GET", f"/api/v1/question-banks/{bank}/questions", trainer)
quiz = call("POST", "/api/v1/quizzes", trainer, {"courseId": course, "quiz": {"moduleKey": module, "bankId": bank,
            "title": "Bench quiz", "required": False, "slots": [{"questionId": q["id"]} for q in questions]}})["id"]
organisation = next(o["id"] for o in call("GET", "/api/v1/admin/organisations", admin) if o["name"] == "Practica Demo Resource Centre")

def learner(i):
    name = f"audit-{run}-{i}"
    call("POST", "/api/v1/admin/users", admin, {"username": name, "displayName": "Bench " + name, "organisationId": organisation,
         "roles": ["LEARNER"], "password": PASSWORD})
    t = token(name, PASSWORD)
    call("POST", f"/api/v1/courses/{course}/enrolments", t, b"")
    return t

with concurrent.futures.ThreadPoolExecutor(8) as pool:
    tokens = list(pool.map(learner, range(LEARNERS)))

def write(t):
    start = time.perf_counter()
    attempt = call("POST", f"/api/v1/quizzes/{quiz}/attempts", t, b"")
    call("POST", f"/api/v1/attempts/{attempt['id']}/submit", t, b"")
    return time.perf_counter() - start

began = time.perf_counter()
with concurrent.futures.ThreadPoolExecutor(THREADS) as pool:
    took = list(pool.map(write, tokens))
elapsed = time.perf_counter() - began
took.sort()
print(f"{LEARNERS} start+submit pairs, {THREADS} at a time: {2 * LEARNERS / elapsed:.0f} audited writes/s, "
      f"p50 {statistics.median(took) * 1000:.0f} ms, p99 {took[int(len(took) * 0.99) - 1] * 1000:.0f} ms")
