# Sourced by the benchmark scripts: signs in as the demo learner through the real login form and
# sets COOKIE (the session) and LESSON_URL (the first lesson of demo course $COURSE, default 1).
# Usage: learner_session "$BASE" "$WORK"
learner_session() {
  local base=$1 work=$2 viewstate token code lesson
  curl -s -c "$work/jar" "$base/login.xhtml" -o "$work/login.html"
  viewstate=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$work/login.html" | head -1 | sed 's/.*value="//; s/"$//')
  token=$(grep -o 'name="signInToken" value="[^"]*"' "$work/login.html" | sed 's/.*value="//; s/"$//')
  curl -s -b "$work/jar" -c "$work/jar" -o /dev/null "$base/login.xhtml" \
    --data-urlencode "loginForm_SUBMIT=1" --data-urlencode "loginForm:username=learner" \
    --data-urlencode "loginForm:password=practica-demo" --data-urlencode "loginForm:signIn=" \
    --data-urlencode "signInToken=$token" --data-urlencode "jakarta.faces.ViewState=$viewstate"
  COOKIE=$(awk '$6=="PRACTICA_SESSION"{print $7}' "$work/jar")
  [ -n "$COOKIE" ] || { echo "could not sign in as the demo learner" >&2; return 1; }
  # a database that has a newer privacy notice than the learner accepted: accept it, as they would
  local signed notice bearer
  signed=$(curl -s -H 'Content-Type: application/json' -d '{"username":"learner","password":"practica-demo"}' "$base/api/v1/auth/token")
  notice=$(echo "$signed" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("noticeToAccept") or "")')
  if [ -n "$notice" ]; then
    bearer=$(echo "$signed" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
    curl -s -o /dev/null -H "Authorization: Bearer $bearer" -H 'Content-Type: application/json' \
      -d "{\"version\":$notice}" "$base/api/v1/me/notice-acceptances"
  fi
  code=$(curl -s -o "$work/dash.html" -w '%{http_code}' -b "PRACTICA_SESSION=$COOKIE" "$base/index.xhtml")
  [ "$code" = 200 ] || { echo "dashboard answered $code, not 200" >&2; return 1; }
  # the demo learner is enrolled in the first demo course; its outline links to the lessons
  COURSE=${COURSE:-1}
  curl -s -b "PRACTICA_SESSION=$COOKIE" "$base/courses/course.xhtml?id=$COURSE" -o "$work/outline.html"
  lesson=$(grep -o 'lesson=[0-9a-f]\{12\}' "$work/outline.html" | head -1 | cut -d= -f2)
  [ -n "$lesson" ] || { echo "no lesson link on the outline of course $COURSE" >&2; return 1; }
  LESSON=$lesson
  LESSON_URL="$base/courses/lesson.xhtml?course=$COURSE&lesson=$lesson"
}
