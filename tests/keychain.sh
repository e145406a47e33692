#!/usr/bin/env bash
# Run a command with a fresh, unlocked GNOME Keyring (Secret Service) on a private D-Bus session,
# and ZOHO_WIZARD_REAL_KEYCHAIN=1 so the store's tests use it. Your own keyring is never touched.
#
#   bash tests/keychain.sh python -m pytest -q tests/unit/test_store.py
#
# gnome-keyring-daemon --unlock creates the "login" collection and points the "default" alias at
# it, which is where keyring's SecretService backend stores items.
set -euo pipefail

if [[ $# -eq 0 ]]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi

if [[ -z "${ZOHO_WIZARD_KEYCHAIN_BUS:-}" ]]; then
    exec env ZOHO_WIZARD_KEYCHAIN_BUS=1 dbus-run-session -- bash "${BASH_SOURCE[0]}" "$@"
fi
unset ZOHO_WIZARD_KEYCHAIN_BUS

scratch=$(mktemp -d "${TMPDIR:-/tmp}/zoho-wizard-keychain.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export XDG_DATA_HOME="$scratch/data"
mkdir -m 700 "$XDG_DATA_HOME"
if [[ -z "${XDG_RUNTIME_DIR:-}" ]]; then
    export XDG_RUNTIME_DIR="$scratch/run"
    mkdir -m 700 "$XDG_RUNTIME_DIR"
fi
unset GNOME_KEYRING_CONTROL

password=$(head -c 24 /dev/urandom | base64)
while IFS= read -r line; do
    [[ "$line" == *=* ]] && export "${line?}"
done < <(printf %s "$password" |
    gnome-keyring-daemon --unlock --components=secrets --control-directory="$scratch/control")
unset password
export ZOHO_WIZARD_REAL_KEYCHAIN=1

status=0
"$@" || status=$?
exit "$status"
