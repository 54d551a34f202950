#!/usr/bin/env python3
"""Prepares the answer-saving benchmark: a course with a quiz and LEARNERS learners, each in an
attempt. Writes "token attempt slot" lines for wrk, one per learner. Standard library only."""
import concurrent.futures, sys

from quizbench import Api, QuizCourse

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:9080"
LEARNERS = int(sys.argv[2]) if len(sys.argv) > 2 else 200
OUT = sys.argv[3] if len(sys.argv) > 3 else "attempts.txt"
GIFT = """::Choice::Which comes first?{=Safety ~Speed ~Paperwork}

::Word::One word for recovering from adversity?{=resilience}

::Number::How many days in a week?{#7}

::Essay::Describe one risk of reporting a child's name.{}
"""

api = Api(BASE)
course = QuizCourse(api, GIFT)

def learner(i):
    t = course.learner(i)
    attempt = api.call("POST", f"/api/v1/quizzes/{course.quiz}/attempts", t, b"")
    slot = next(q["slot"] for q in attempt["questions"] if q["type"] == "NUMERICAL")
    return f"{t} {attempt['id']} {slot}"

with concurrent.futures.ThreadPoolExecutor(8) as pool:
    lines = list(pool.map(learner, range(LEARNERS)))
with open(OUT, "w") as f:
    f.write("\n".join(lines) + "\n")
print(f"course {course.course}, quiz {course.quiz}, {LEARNERS} attempts in {OUT}")
