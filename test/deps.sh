#!/bin/sh
# Install what building and testing synthgen needs on Debian (bookworm),
# only when something is missing.  Run as root (or with sudo available).
set -eu

PACKAGES="make gcc postgresql-15 postgresql-server-dev-15 postgresql-common libzstd-dev"

missing=""
for p in $PACKAGES; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
		missing="$missing $p"
done

if [ -n "$missing" ]; then
	echo "synthgen: installing$missing" >&2
	SUDO=""
	[ "$(id -u)" = 0 ] || SUDO=sudo
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi
