# Sourced by the benchmark scripts: the mariadb client of the started development server's embedded
# database, signed in as the application. Its generated password goes through an owner-only option
# file in the script's work directory, never on a command line.
# Usage: DB_CLI=${DB_CLI:-$(embedded_db_cli "$PORT" "$WORK")}
embedded_db_cli() {
  local server="$HERE/../lms-server/target/liberty/wlp/usr/servers/practica"
  local options="$2/embedded-db.cnf"
  (umask 077 && printf '[client]\nuser=practica\npassword=%s\n' "$(cat "$server/data/database-password")" > "$options")
  echo "$server/data/mariadb/base/bin/mariadb --defaults-extra-file=$options --skip-ssl --socket=/tmp/practica-$1/mariadb.sock practica"
}
