# Sourced by the benchmark scripts: the mariadb client of the started development server's embedded
# database, signed in as the application. Its generated password goes through an owner-only option
# file in the script's work directory, never on a command line.
# Usage: BASE=... HERE=... then . "$HERE/embedded-db.sh" (sets WORK, PORT and DB_CLI)
embedded_db_cli() {
  local server="$HERE/../lms-server/target/liberty/wlp/usr/servers/practica"
  local options="$2/embedded-db.cnf"
  (umask 077 && printf '[client]\nuser=practica\npassword=%s\n' "$(cat "$server/data/database-password")" > "$options")
  echo "$server/data/mariadb/base/bin/mariadb --defaults-extra-file=$options --skip-ssl --socket=/tmp/practica-$1/mariadb.sock practica"
}

# What every benchmark that reaches the database starts with, given BASE and HERE: a work
# directory removed on exit, the server's port, and DB_CLI.
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
PORT=$(echo "$BASE" | sed -E 's#.*:([0-9]+).*#\1#')
DB_CLI=${DB_CLI:-$(embedded_db_cli "$PORT" "$WORK")}
