#!/usr/bin/env bash
# Run a command inside its own loopback-only network namespace:
#
#   test/rig/in-netns.sh node_modules/.bin/wtr --config ... --group e2e
#
# Inside: only `lo`, up, with 127.0.0.1 plus a second address 10.77.0.1/32. The command and
# everything it starts (web-test-runner, Chromium, Kamailio, baresip) share that namespace,
# so nothing can reach or be reached from outside, and ports never clash with the host.
#
# Why: baresip's ICE ignores 127.x addresses, and on a host with an ethernet interface
# Chromium (with --allow-loopback-in-peer-connection) and baresip end up on different ICE
# pairs, so the audio never flows. In here the only non-127 address is 10.77.0.1: baresip binds
# to it (rig.mjs does that automatically, `baresip -n 10.77.0.1`) and Chromium reaches it.
#
# Root: `unshare -n`. Other users: `unshare -rn` (a user namespace mapping them to root inside;
# needs unprivileged user namespaces, the Debian default).
# Already inside (CC_RIG_NETNS=1 and 10.77.0.1 present): just runs the command.
set -euo pipefail

if [ "$#" -eq 0 ]; then
	echo "usage: $0 COMMAND [ARGS...]" >&2
	exit 2
fi

ADDR="${CC_RIG_NETNS_ADDR:-10.77.0.1}"
IP="$(command -v ip || true)"
[ -n "$IP" ] || IP=/usr/sbin/ip
[ -x "$IP" ] || IP=/sbin/ip
if [ ! -x "$IP" ]; then
	echo "in-netns.sh: the 'ip' command is missing (apt-get install iproute2)" >&2
	exit 1
fi

if [ "${CC_RIG_NETNS:-}" = 1 ] && "$IP" -4 addr show dev lo 2>/dev/null | grep -q "inet $ADDR/"; then
	exec "$@"
fi

UNSHARE=(unshare --net)
if [ "$(id -u)" -ne 0 ]; then
	UNSHARE=(unshare --map-root-user --net)
fi

# shellcheck disable=SC2016  # expanded by the inner bash
exec "${UNSHARE[@]}" -- bash -c '
	set -euo pipefail
	IP="$1"; ADDR="$2"; shift 2
	"$IP" link set lo up
	"$IP" addr add "$ADDR/32" dev lo
	export CC_RIG_NETNS=1
	exec "$@"
' in-netns "$IP" "$ADDR" "$@"
