#!/usr/bin/env bash
# Makes the MySQL side of the test suite ready on this machine: the local MySQL/MariaDB server
# running, and an empty database (`zangsho_it`, or the name given) with an account of that name and
# password for the server under test (WildFly refuses an empty datasource password, so not root).
# Fails loudly when the server cannot be started or reached.
set -euo pipefail

DB=${1:-zangsho_it}
mysql_cli() { mariadb --protocol=socket -uroot "$@" 2>/dev/null || mysql -uroot "$@"; }

if ! mysql_cli -e 'SELECT 1' >/dev/null 2>&1; then
  echo "MySQL/MariaDB is not answering; starting it"
  mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld 2>/dev/null || true
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql
  for _ in $(seq 1 60); do
    mysql_cli -e 'SELECT 1' >/dev/null 2>&1 && break
    sleep 1
  done
fi
if ! mysql_cli -e 'SELECT 1' >/dev/null 2>&1; then
  echo "ERROR: cannot reach MySQL/MariaDB at 127.0.0.1:3306 as root; the MySQL test run needs it" >&2
  exit 1
fi

mysql_cli <<SQL
DROP DATABASE IF EXISTS ${DB};
CREATE DATABASE ${DB} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE USER IF NOT EXISTS '${DB}'@'127.0.0.1' IDENTIFIED BY '${DB}';
CREATE USER IF NOT EXISTS '${DB}'@'localhost' IDENTIFIED BY '${DB}';
GRANT ALL PRIVILEGES ON ${DB}.* TO '${DB}'@'127.0.0.1';
GRANT ALL PRIVILEGES ON ${DB}.* TO '${DB}'@'localhost';
SQL
echo "MySQL test database ${DB} is empty and ready"
