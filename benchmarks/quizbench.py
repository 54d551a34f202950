"""What the quiz benchmarks share: calls to the API (coming back when sign-in says to wait), tokens,
a published course with a quiz of the given GIFT questions, and learners enrolled in it."""
import json, time, urllib.error, urllib.request, uuid

PASSWORD = "benchmark pass phrase"


class Api:
    def __init__(self, base):
        self.base = base

    def call(self, method, path, token=None, body=None, content_type="application/json"):
        data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
        req = urllib.request.Request(self.base + path, data=data, method=method)
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
                # learners signing in at once may find every hashing turn taken: come back as told
                if e.code == 429 and e.headers.get("Retry-After"):
                    time.sleep(int(e.headers["Retry-After"]))
                    continue
                raise SystemExit(f"{method} {path}: {e.code} {e.read().decode()[:300]}")
        raise SystemExit(f"{method} {path}: still refused after 30 tries")

    def token(self, user, password):
        return self.call("POST", "/api/v1/auth/token", body={"username": user, "password": password, "expiresInSeconds": 3600})["token"]


class QuizCourse:
    """A published course by the demo trainer with one quiz of the GIFT questions, and a way to add learners."""

    def __init__(self, api, gift):
        self.api = api
        trainer = api.token("trainer", "practica-demo")
        self.admin = api.token("admin", "practica-demo")
        self.run = uuid.uuid4().hex[:6]
        call = api.call
        self.course = call("POST", "/api/v1/courses", trainer, {"language": "en", "title": "Benchmark " + self.run,
                           "summary": "Load test", "audiences": ["practitioner"], "themes": ["benchmark"],
                           "estimatedMinutes": 10, "cpdHours": 1})["id"]
        module = call("POST", f"/api/v1/courses/{self.course}/modules", trainer, {"language": "en", "title": "Only"})["key"]
        call("POST", f"/api/v1/courses/{self.course}/modules/{module}/lessons", trainer,
             {"language": "en", "title": "Only", "body": "<p>x</p>"})
        call("POST", f"/api/v1/courses/{self.course}/publish", trainer, b"")
        bank = call("POST", "/api/v1/question-banks", trainer, {"courseId": self.course, "name": "Bench " + self.run})["id"]
        call("POST", f"/api/v1/question-banks/{bank}/imports?format=gift", trainer, gift.encode(), "text/plain")
        questions = call("GET", f"/api/v1/question-banks/{bank}/questions", trainer)
        self.quiz = call("POST", "/api/v1/quizzes", trainer, {"courseId": self.course, "quiz": {"moduleKey": module,
                         "bankId": bank, "title": "Bench quiz", "required": False,
                         "slots": [{"questionId": q["id"]} for q in questions]}})["id"]
        self.organisation = next(o["id"] for o in call("GET", "/api/v1/admin/organisations", self.admin)
                                 if o["name"] == "Practica Demo Resource Centre")

    def learner(self, i):
        """A new learner enrolled in the course; their token."""
        name = f"bench-{self.run}-{i}"
        self.api.call("POST", "/api/v1/admin/users", self.admin, {"username": name, "displayName": "Bench " + name,
                      "organisationId": self.organisation, "roles": ["LEARNER"], "password": PASSWORD})
        t = self.api.token(name, PASSWORD)
        self.api.call("POST", f"/api/v1/courses/{self.course}/enrolments", t, b"")
        return t
