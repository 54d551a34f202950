#!/usr/bin/env python3
"""Prepares the answer-saving benchmark: a course with a quiz and LEARNERS learners, each in an
attempt. Writes "token attempt slot" lines for wrk, one per learner. Standard library only."""
import json
import time, sys, uuid, urllib.request, urllib.error, concurrent.futures

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:9080"
LEARNERS = int(sys.argv[2]) if len(sys.argv) > 2 else 200
OUT = sys.argv[3] if len(sys.argv) > 3 else "attempts.txt"
PASSWORD = "benchmark pass phrase"
GIFT = """::Choice::Which comes first?{=Safety ~Speed ~Paperwork}

::Word::One word for recovering from adversity?{=resilience}

::Number::How many days in a week?{#7}

::Essay::Describe one risk of reporting a child's name.{}
"""

def call(method, path, token=None, body=None, content_type="application/json"):
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    req = urllib.request.Request(BASE + path, data=data, method=method)
    if token:
        req.add_header("Authorization", "Bearer " + token)
    if data is not None:
        req.add_header("Content-Type", content_type)
    for attempt in range(30):
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                text = r.read().decode()
                return json.loads(text) if text and r.headers.get_content_type().endswith("json") else text
        except urllib.error.HTTPError as e:
            # eight learners signing in at once may find every hashing turn taken: come back as told
            if e.code == 429 and e.headers.get("Retry-After"):
                time.sleep(int(e.headers["Retry-After"]))
                continue
            raise SystemExit(f"{method} {path}: {e.code} {e.read().decode()[:300]}")
    raise SystemExit(f"{method} {path}: still refused after 30 tries")

def token(user, password):
    return call("POST", "/api/v1/auth/token", body={"username": user, "password": password, "expiresInSeconds": 3600})["token"]

trainer = token("trainer", "practica-demo")
admin = token("admin", "practica-demo")
run = uuid.uuid4().hex[:6]
course = call("POST", "/api/v1/courses", trainer, {"language": "en", "title": "Benchmark " + run, "summary": "Load test",
              "audiences": ["practitioner"], "themes": ["benchmark"], "estimatedMinutes": 10, "cpdHours": 1})["id"]
module = call("POST", f"/api/v1/courses/{course}/modules", trainer, {"language": "en", "title": "Only"})["key"]
call("POST", f"/api/v1/courses/{course}/modules/{module}/lessons", trainer, {"language": "en", "title": "Only", "body": "<p>x</p>"})
call("POST", f"/api/v1/courses/{course}/publish", trainer, b"")
bank = call("POST", "/api/v1/question-banks", trainer, {"courseId": course, "name": "Bench " + run})["id"]
call("POST", f"/api/v1/question-banks/{bank}/imports?format=gift", trainer, GIFT.encode(), "text/plain")
questions = call("GET", f"/api/v1/question-banks/{bank}/questions", trainer)
quiz = call("POST", "/api/v1/quizzes", trainer, {"courseId": course, "quiz": {"moduleKey": module, "bankId": bank,
            "title": "Bench quiz", "required": False, "slots": [{"questionId": q["id"]} for q in questions]}})["id"]
organisation = next(o["id"] for o in call("GET", "/api/v1/admin/organisations", admin) if o["name"] == "Practica Demo Resource Centre")

def learner(i):
    name = f"bench-{run}-{i}"
    call("POST", "/api/v1/admin/users", admin, {"username": name, "displayName": "Bench " + name, "organisationId": organisation,
         "roles": ["LEARNER"], "password": PASSWORD})
    t = token(name, PASSWORD)
    call("POST", f"/api/v1/courses/{course}/enrolments", t, b"")
    attempt = call("POST", f"/api/v1/quizzes/{quiz}/attempts", t, b"")
    slot = next(q["slot"] for q in attempt["questions"] if q["type"] == "NUMERICAL")
    return f"{t} {attempt['id']} {slot}"

with concurrent.futures.ThreadPoolExecutor(8) as pool:
    lines = list(pool.map(learner, range(LEARNERS)))
with open(OUT, "w") as f:
    f.write("\n".join(lines) + "\n")
print(f"course {course}, quiz {quiz}, {LEARNERS} attempts in {OUT}")
