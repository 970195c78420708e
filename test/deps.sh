#!/bin/sh
# Install what building and testing synthgen needs on Debian (bookworm),
# only when something is missing.  Run as root (or with sudo available).
set -eu

# clang + libclang-rt-14-dev: libFuzzer for the Parquet writer's fuzz harness
PACKAGES="make gcc clang libclang-rt-14-dev postgresql-15 postgresql-server-dev-15 postgresql-common libpq-dev libzstd-dev zlib1g-dev libsnappy-dev"

missing=""
for p in $PACKAGES; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
		missing="$missing $p"
done

# node + npm for the independent readers under test/ (DuckDB's @duckdb/node-api):
# Debian's nodejs + npm, or NodeSource's nodejs, which bundles npm
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
	missing="$missing nodejs npm"
fi

if [ -n "$missing" ]; then
	echo "synthgen: installing$missing" >&2
	SUDO=""
	[ "$(id -u)" = 0 ] || SUDO=sudo
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi
