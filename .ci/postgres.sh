#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: a cluster in a temporary folder, run by a non-root user,
# listening on a random port on 127.0.0.1 only, with a superuser whose random password is in the URL.
#
#   eval "$(bash .ci/postgres.sh start)"   # sets CASETAFEL_TEST_POSTGRES (a libpq URL) and ..._DIR
#   bash .ci/postgres.sh start --durable   # fsync on, as a real server (the benchmarks); tests run without
#   bash .ci/postgres.sh stop "$CASETAFEL_TEST_POSTGRES_DIR"
#
# Needs Debian's postgresql package (15 or newer); .ci/run installs it.
set -euo pipefail

bin="$(find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$bin" ]; then
    echo "postgres.sh: PostgreSQL is not installed (apt-get install postgresql)" >&2
    exit 1
fi

as_server_user() {
    if [ "$(id -u)" = 0 ]; then
        setpriv --reuid=postgres --regid=postgres --init-groups -- "$@"
    else
        "$@"
    fi
}

case "${1:-start}" in
start)
    fsync=off
    if [ "${2:-}" = "--durable" ]; then
        fsync=on
    fi
    dir="$(mktemp -d "${TMPDIR:-/tmp}/casetafel-pg.XXXXXX")"
    port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    password="$(python3 -c 'import secrets; print(secrets.token_hex(16))')"
    printf '%s\n' "$password" >"$dir/password"
    if [ "$(id -u)" = 0 ]; then
        chown -R postgres:postgres "$dir"
    fi
    as_server_user "$bin/initdb" -D "$dir/data" -U casetafel_admin --pwfile="$dir/password" \
        --auth-host=scram-sha-256 --auth-local=peer -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    rm -f "$dir/password"
    as_server_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=$fsync" start \
        >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "export CASETAFEL_TEST_POSTGRES='postgresql://casetafel_admin:$password@127.0.0.1:$port/postgres'"
    echo "export CASETAFEL_TEST_POSTGRES_DIR='$dir'"
    echo "export CASETAFEL_TEST_POSTGRES_BIN='$bin'"
    ;;
stop)
    dir="${2:?usage: postgres.sh stop DIR}"
    as_server_user "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
*)
    echo "usage: postgres.sh start | stop DIR" >&2
    exit 2
    ;;
esac
