#!/usr/bin/env python3
"""First-load weight of pages, as a browser with an empty cache would fetch them: the page and
every script and stylesheet it links, each counted in the bytes sent over the wire (gzip when the
server compresses). Images are left out: the pages measured have none of their own.

Usage: benchmarks/page-weights.py [BASE] [USERNAME PASSWORD PATH...]
  With no arguments: the sign-in page anonymously, then as the demo learner the dashboard, the
  catalogue, a course page and its first lesson (needs a started server with demo content)."""
import gzip, http.cookiejar, re, sys, urllib.parse, urllib.request

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:9080"
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


def fetch(url, data=None):
    request = urllib.request.Request(url, data=data, headers={"Accept-Encoding": "gzip"})
    with opener.open(request) as r:
        raw = r.read()
        text = gzip.decompress(raw) if r.headers.get("Content-Encoding") == "gzip" else raw
        return r.geturl(), len(raw), text.decode("utf-8", "replace")


def weigh(path):
    url, size, html = fetch(BASE + path)
    assets = re.findall(r'<script[^>]+src="([^"]+)"', html) + re.findall(r'<link[^>]+href="([^"]+\.css[^"]*)"', html)
    total = size
    for a in sorted(set(assets)):
        total += fetch(urllib.parse.urljoin(url, a.replace("&amp;", "&")))[1]
    print(f"{path:45} page {size/1024:6.1f} KB  with {len(set(assets))} scripts/styles {total/1024:7.1f} KB")
    return html


def sign_in(username, password):
    _, _, html = fetch(BASE + "/login.xhtml")
    field = lambda name: re.search(r'name="' + re.escape(name) + r'"[^>]*value="([^"]*)"', html).group(1)
    form = {"loginForm_SUBMIT": "1", "loginForm:username": username, "loginForm:password": password, "loginForm:signIn": "",
            "signInToken": field("signInToken"), "jakarta.faces.ViewState": field("jakarta.faces.ViewState"),
            "primefaces.nonce": field("primefaces.nonce"), "zone": "UTC"}
    fetch(BASE + "/login.xhtml", urllib.parse.urlencode(form).encode())


if len(sys.argv) > 3:
    sign_in(sys.argv[2], sys.argv[3])
    for p in sys.argv[4:]:
        weigh(p)
else:
    weigh("/login.xhtml")
    sign_in("learner", "practica-demo")
    weigh("/index.xhtml")
    catalogue = weigh("/courses/index.xhtml")
    course = re.search(r'href="[^"]*(/courses/course\.xhtml\?id=\d+)"', catalogue).group(1)
    page = weigh(course)
    lesson = re.search(r'href="[^"]*(/courses/lesson\.xhtml\?[^"]+)"', page)
    if lesson:
        weigh(lesson.group(1).replace("&amp;", "&"))
    weigh("/mentoring/index.xhtml")
    weigh("/certificates/index.xhtml")
    weigh("/account.xhtml")
