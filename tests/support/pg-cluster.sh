#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (README "Building and testing by hand").
#
#   tests/support/pg-cluster.sh start STATE_DIR   initdb in a new temporary folder, start the
#                                                 server on a free loopback port, create the
#                                                 database "kingside_test"
#   tests/support/pg-cluster.sh stop STATE_DIR    stop the server, remove its folder
#
# STATE_DIR/env tells the tests where the server is (tests/support/PostgresServer):
#   KINGSIDE_PG_URL=postgresql://kingside@127.0.0.1:PORT/kingside_test
#   KINGSIDE_PG_PASSFILE=STATE_DIR/pgpass    the superuser's password, for libpq (PGPASSFILE)
#   KINGSIDE_PG_DATA=…, KINGSIDE_PG_BIN=…
# Without the server binaries (Debian package postgresql) STATE_DIR/env holds only
# KINGSIDE_PG_ABSENT=… and the PostgreSQL tests skip, saying so. Any other failure fails.
#
# PostgreSQL refuses to run as root, so as root the cluster belongs to "nobody", in a
# folder only it can enter; the tests connect over TCP with the password from pgpass
# (scram-sha-256). Nothing outside the temporary folder and STATE_DIR is touched.
set -euo pipefail

action="${1:-}"
state_dir="${2:-}"
if [[ -z "$action" || -z "$state_dir" ]]; then
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
fi
mkdir -p "$state_dir"
state_dir="$(cd "$state_dir" && pwd)"
env_file="$state_dir/env"

as_owner() {
    if [[ "$(id -u)" -eq 0 ]]; then
        runuser -u nobody -- "$@"
    else
        "$@"
    fi
}

stop_cluster() {
    [[ -f "$env_file" ]] || return 0
    local data="" bin=""
    data="$(sed -n 's/^KINGSIDE_PG_DATA=//p' "$env_file")"
    bin="$(sed -n 's/^KINGSIDE_PG_BIN=//p' "$env_file")"
    if [[ -n "$data" && -d "$data/db" && -x "$bin/pg_ctl" ]]; then
        as_owner "$bin/pg_ctl" -D "$data/db" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    # Only a folder this script made (its name says so) is removed.
    if [[ -n "$data" && "$(basename "$data")" == kingside-pg.* && -d "$data" ]]; then
        rm -rf -- "$data"
    fi
    rm -f -- "$env_file" "$state_dir/pgpass"
}

case "$action" in
    stop)
        stop_cluster
        exit 0
        ;;
    start) ;;
    *)
        echo "usage: $0 start|stop STATE_DIR" >&2
        exit 2
        ;;
esac

stop_cluster # a cluster left by a run that was killed

bin=""
for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [[ -x "$candidate/initdb" && -x "$candidate/pg_ctl" ]]; then
        bin="$candidate"
        break
    fi
done
if [[ -z "$bin" ]]; then
    echo "KINGSIDE_PG_ABSENT=the PostgreSQL server binaries (Debian package postgresql) are not installed in /usr/lib/postgresql/*/bin" >"$env_file"
    echo "PostgreSQL is not installed: its tests will be skipped" >&2
    exit 0
fi

data="$(mktemp -d "${TMPDIR:-/tmp}/kingside-pg.XXXXXX")"
chmod 700 "$data"
if [[ "$(id -u)" -eq 0 ]]; then
    chown nobody "$data"
fi
password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
printf '%s\n' "$password" >"$data/pwfile"
chmod 600 "$data/pwfile"
if [[ "$(id -u)" -eq 0 ]]; then chown nobody "$data/pwfile"; fi

# Quick to create and to run, and C collation so that no locale changes an order.
as_owner "$bin/initdb" -D "$data/db" -U kingside --pwfile="$data/pwfile" -E UTF8 --locale=C \
    --auth-local=trust --auth-host=scram-sha-256 --no-sync >"$data/initdb.log" 2>&1 || {
    cat "$data/initdb.log" >&2
    exit 1
}
rm -f "$data/pwfile"

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null ||
        echo $((20000 + RANDOM % 30000))
}

# Another run may take the port between the choice and the start: try a few.
started=""
for _ in 1 2 3 4 5; do
    port="$(free_port)"
    if as_owner "$bin/pg_ctl" -D "$data/db" -l "$data/server.log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $data -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=40 -c shared_buffers=16MB" \
        start >/dev/null 2>&1; then
        started=yes
        break
    fi
done
if [[ -z "$started" ]]; then
    cat "$data/server.log" >&2 || true
    rm -rf -- "$data"
    exit 1
fi

umask 077
printf '127.0.0.1:%s:*:kingside:%s\n' "$port" "$password" >"$state_dir/pgpass"
chmod 600 "$state_dir/pgpass"
{
    echo "KINGSIDE_PG_URL=postgresql://kingside@127.0.0.1:$port/kingside_test"
    echo "KINGSIDE_PG_PASSFILE=$state_dir/pgpass"
    echo "KINGSIDE_PG_DATA=$data"
    echo "KINGSIDE_PG_BIN=$bin"
    echo "KINGSIDE_PG_PORT=$port"
} >"$env_file"
PGPASSFILE="$state_dir/pgpass" "$bin/createdb" -h 127.0.0.1 -p "$port" -U kingside kingside_test
echo "PostgreSQL for the tests: postgresql://kingside@127.0.0.1:$port/kingside_test"
