#!/usr/bin/env bash
# Smoke test of the frozen Linux bundle (dist/zoho-wizard), under a fresh unlocked GNOME Keyring:
#   (a) --version
#   (b) the GUI starts: offscreen, it must stay up for 3 s without a traceback (then SIGTERM, which
#       Qt does not handle, so 143 is expected); and, when Xvfb and xdotool are installed, on a real
#       X server (xcb plugin) the wizard must appear and exit 0 after Escape closes it; without a
#       system library it needs, it names the package to install (tests/without-libraries.sh, root)
#   (c) a real keychain backend works in the frozen app: a whole Self Client connection against the
#       practice Zoho (connect, status, test, disconnect); then a Server-based one through the browser
#       the app opens (with the system's libraries, not the bundle's), whose loopback catcher serves
#       the result page from the bundle's resources
#   (d) the archive's install script: installs for the user alone (command, menu entry, icon) and removes
#
#   bash tests/frozen/smoke.sh             uses dist/zoho-wizard, building it first if missing
#   bash tests/frozen/smoke.sh --rebuild   always runs packaging/build-linux first
set -euo pipefail
cd "$(dirname "$0")/../.."
app=$PWD/dist/zoho-wizard/zoho-wizard

fail() { echo "FROZEN SMOKE FAILED: $*" >&2; exit 1; }
step() { echo "--- $*"; }

if [[ -z "${ZOHO_WIZARD_SMOKE_INNER:-}" ]]; then
    if [[ "${1:-}" == --rebuild || ! -x "$app" ]]; then
        start=$SECONDS
        bash packaging/build-linux
        echo "build took $((SECONDS - start)) s"
    fi
    [[ -x "$app" ]] || fail "$app was not built"
    bash packaging/debian-packages gnome-keyring dbus curl desktop-file-utils
    exec env ZOHO_WIZARD_SMOKE_INNER=1 bash tests/keychain.sh bash "$0"
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/zoho-wizard-smoke.XXXXXX")
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$scratch"
}
trap cleanup EXIT
export XDG_CONFIG_HOME=$scratch/config XDG_CACHE_HOME=$scratch/cache XDG_STATE_HOME=$scratch/state
mkdir -p "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME"
unset ZOHO_WIZARD_REGIONS

step "(a) --version"
version=$("$app" --version) || fail "--version exited $?"
expected=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' zoho_wizard/__init__.py)
[[ "$version" == "zoho-wizard $expected" ]] || fail "--version printed '$version', not zoho-wizard $expected"
echo "$version"

step "(b) GUI, offscreen: alive after 3 s, no traceback"
QT_QPA_PLATFORM=offscreen "$app" >"$scratch/gui.out" 2>"$scratch/gui.err" &
gui=$!
pids+=("$gui")
sleep 3
kill -0 "$gui" 2>/dev/null || { cat "$scratch/gui.err" >&2; fail "the GUI ended by itself within 3 s"; }
kill -TERM "$gui"
status=0
wait "$gui" || status=$?
[[ $status == 0 || $status == 143 ]] || fail "the GUI exited $status after SIGTERM"
if grep -Eq 'Traceback|Error|Could not (load|find) the Qt platform plugin' "$scratch/gui.err"; then
    cat "$scratch/gui.err" >&2
    fail "the GUI wrote an error"
fi
echo "ok (exit $status after SIGTERM)"

if command -v xvfb-run >/dev/null && command -v xdotool >/dev/null; then
    step "(b) GUI on Xvfb (xcb): the wizard appears, Escape closes it, exit 0; on a German desktop, in German"
    cat >"$scratch/x11.sh" <<'X11'
set -u
unset QT_QPA_PLATFORM
"$1" 2>"$2" &
gui=$!
window=
for _ in $(seq 75); do
    window=$(xdotool search --onlyvisible --name "$3" 2>/dev/null | head -1) && [[ -n "$window" ]] && break
    sleep 0.2
done
[[ -n "$window" ]] || { echo "no window appeared"; kill "$gui"; exit 1; }
sleep 2  # the engine loads in the background meanwhile
kill -0 "$gui" 2>/dev/null || { echo "the GUI ended by itself"; exit 1; }
xdotool windowfocus --sync "$window" key Escape
for _ in $(seq 50); do kill -0 "$gui" 2>/dev/null || break; sleep 0.2; done
kill -0 "$gui" 2>/dev/null && { echo "still running 10 s after Escape"; kill "$gui"; exit 1; }
wait "$gui"
X11
    for desktop in "C.UTF-8:Zoho Books Connection Wizard" "de_DE.UTF-8:Verbindungsassistent"; do
        status=0
        LANG=${desktop%%:*} LANGUAGE= LC_ALL= xvfb-run -a bash "$scratch/x11.sh" "$app" "$scratch/x11.err" \
            "${desktop#*:}" || status=$?
        if [[ $status != 0 ]] || grep -Eq 'Traceback|Error' "$scratch/x11.err"; then
            cat "$scratch/x11.err" >&2
            fail "the GUI on Xvfb, LANG=${desktop%%:*}: exit $status"
        fi
        echo "ok: LANG=${desktop%%:*}, a window named ${desktop#*:}, closed cleanly, exit 0"
    done
else
    echo "--- (b) Xvfb/xdotool not installed: skipped the clean-close check on X11"
fi

step "(b) the translations: the compiled files the app loads, not their sources"
translations=$(dirname "$app")/_internal/resources/translations
for code in de fr es pt_BR ja hi ar; do
    [[ -f $translations/zoho_wizard_$code.qm.zlib && -f $translations/qtbase_$code.qm.zlib ]] ||
        fail "no $code translation"
done
[[ -z "$(find "$translations" -name '*.ts' -o -name '*.md')" ]] || fail "the bundle carries the .ts sources"
echo "ok: $(ls "$translations" | wc -l) files"

step "(b) a missing system library (libEGL.so.1, which the bundle leaves to the system): the package is named"
status=0
out=$(env -u QT_QPA_PLATFORM DISPLAY=:5 bash tests/without-libraries.sh libEGL.so.1 -- "$app" 2>&1) || status=$?
[[ $status == 1 && "$out" == *"sudo apt install libegl1"* && "$out" != *qt.qpa* ]] ||
    fail "without libEGL.so.1 the frozen app exited $status saying: $out"
echo "$out"

step "(c) status without a connection: a keychain is found"
status=0
out=$("$app" status 2>&1) || status=$?
if grep -qi "no secure keychain" <<<"$out"; then
    fail "the frozen app found no keychain backend: $out"
fi
echo "$out" | head -3

step "(c) a Self Client connection against the practice Zoho"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$app" practice --port "$port" >"$scratch/practice.out" 2>&1 &
pids+=("$!")
for _ in $(seq 100); do
    grep -q '^ *self ' "$scratch/practice.out" && grep -q 'export ZOHO_WIZARD_REGIONS=' "$scratch/practice.out" && break
    sleep 0.1
done
regions=$(sed -n 's/^ *export ZOHO_WIZARD_REGIONS=//p' "$scratch/practice.out")
read -r _ client_id client_secret < <(grep '^ *self ' "$scratch/practice.out") || true
[[ -n "$regions" && -n "${client_id:-}" && -n "${client_secret:-}" ]] || {
    cat "$scratch/practice.out" >&2
    fail "the practice Zoho did not print its regions file and the self client"
}
export ZOHO_WIZARD_REGIONS=$regions

page=$(curl -fsS -X POST "http://127.0.0.1:$port/us/console/self-client" \
    --data-urlencode "client_id=$client_id" --data-urlencode "scope=ZohoBooks.fullaccess.all" \
    --data-urlencode "minutes=3" --data-urlencode "user=alex.morgan@example.com") ||
    fail "the practice API console did not answer"
code=$(grep -Eo '1000\.[0-9a-f]{32}\.[0-9a-f]{32}' <<<"$page" | head -1)
[[ -n "$code" ]] || fail "no Self Client code in the practice console's answer"

run() {  # run NAME ARGS...: the frozen app must exit 0
    local name=$1 status=0
    shift
    out=$("$@" 2>&1) || status=$?
    echo "$out" | sed 's/^/    /'
    [[ $status == 0 ]] || fail "'zoho-wizard $name' exited $status"
}
run connect bash -c 'echo "$1" | "$2" connect --region us --client-type self --client-id "$3" --code "$4"' \
    _ "$client_secret" "$app" "$client_id" "$code"
grep -q "Secrets are stored in: GNOME Keyring / KWallet (Secret Service)" <<<"$out" ||
    fail "connect did not store the secrets in the Secret Service keychain"
run status "$app" status
run test "$app" test
run disconnect "$app" disconnect

step "(c) a Server-based connection through the browser the app opens; its page comes from the bundle's resources"
# The browser (webbrowser.open honours BROWSER): notes the libraries it was given, then presses Accept
# on the practice consent page in the background (plain HTTP; the practice Zoho's own helper).
cat >"$scratch/browser" <<BROWSER
#!/bin/sh
printf '%s' "\${LD_LIBRARY_PATH-}" >"$scratch/browser.env"
PYTHONPATH="$PWD" python3 -c 'import sys; from zoho_wizard.practice.walk import consent; print(consent(sys.argv[1]))' \
    "\$1" >"$scratch/landed.html" 2>&1 &
BROWSER
chmod +x "$scratch/browser"
read -r _ client_id client_secret < <(grep '^ *server ' "$scratch/practice.out")
run connect bash -c 'echo "$1" | BROWSER="$2" "$3" connect --region us --client-type server --client-id "$4" \
    --profile frozen-server' _ "$client_secret" "$scratch/browser" "$app" "$client_id"
[[ "$(cat "$scratch/browser.env")" != *dist/zoho-wizard* ]] ||
    fail "the browser was started with the bundle's libraries: LD_LIBRARY_PATH=$(cat "$scratch/browser.env")"
for _ in $(seq 50); do  # the browser may still be writing the page down when connect has ended
    grep -q "· Zoho Books Connection Wizard</title>" "$scratch/landed.html" && break
    sleep 0.1
done
grep -q "· Zoho Books Connection Wizard</title>" "$scratch/landed.html" ||
    fail "the browser did not land on the app's result page: $(cat "$scratch/landed.html")"
run disconnect "$app" disconnect --profile frozen-server

step "(d) the archive: unpacked, its install script installs for one user, into the menu, and removes"
mkdir "$scratch/unpacked" "$scratch/home"
tar -xzf dist/zoho-wizard-linux-x86_64.tar.gz -C "$scratch/unpacked"
HOME=$scratch/home XDG_DATA_HOME= "$scratch/unpacked/zoho-wizard/install"
menu=$scratch/home/.local/share/applications/zoho-wizard.desktop
desktop-file-validate "$menu" || fail "the installed menu entry is not a valid .desktop file"
[[ -f $scratch/home/.local/share/icons/hicolor/scalable/apps/zoho-wizard.svg ]] || fail "the icon was not installed"
installed=$(sed -n 's/^Exec="\(.*\)"$/\1/p' "$menu")
[[ "$installed" == "$scratch/home/.local/opt/zoho-wizard/zoho-wizard" && -x "$installed" ]] ||
    fail "the menu entry starts '$installed'"
mv "$scratch/unpacked" "$scratch/away"  # the installed copy must not need the unpacked one
[[ "$("$scratch/home/.local/bin/zoho-wizard" --version)" == "zoho-wizard $expected" ]] ||
    fail "the installed zoho-wizard command does not run"
mv "$scratch/away" "$scratch/unpacked"
HOME=$scratch/home XDG_DATA_HOME= "$scratch/home/.local/opt/zoho-wizard/install" --remove

step "(d) install --setup: a damaged setup file is told and nothing is installed; a good one is placed"
echo '{"region": "mars"}' >"$scratch/damaged.json"
status=0
out=$(HOME=$scratch/home XDG_DATA_HOME= XDG_CONFIG_HOME= "$scratch/unpacked/zoho-wizard/install" \
    --setup "$scratch/damaged.json" 2>&1) || status=$?
[[ $status == 1 && "$out" == *"“region” names no Zoho data center"* && ! -e $scratch/home/.local/opt/zoho-wizard ]] ||
    fail "install --setup with a damaged file exited $status saying: $out"
printf '{"region": "us", "client_type": "server", "client_id": "%s", "client_secret": "%s", "locked": true}' \
    "$client_id" "$client_secret" >"$scratch/prepared.json"
chmod 644 "$scratch/prepared.json"
if [[ $EUID == 0 ]]; then  # for every person: the system-wide file, taken away again at once
    [[ ! -e /etc/xdg/zoho-wizard/setup.json ]] || fail "a system-wide setup file is in the way"
    out=$(HOME=$scratch/home XDG_DATA_HOME= "$scratch/unpacked/zoho-wizard/install" --setup "$scratch/prepared.json")
    mode=$(stat -c %a /etc/xdg/zoho-wizard/setup.json)
    rm -rf /etc/xdg/zoho-wizard
    [[ $mode == 644 && "$out" == *"Setup file: /etc/xdg/zoho-wizard/setup.json (locked"* ]] ||
        fail "install --setup as root: mode $mode, said: $out"
    [[ "$out" == *"Warning: this file holds a Client Secret that others on this computer can read"* ]] ||
        fail "install --setup as root did not warn of the readable secret: $out"
    HOME=$scratch/home XDG_DATA_HOME= "$scratch/home/.local/opt/zoho-wizard/install" --remove
    person=(setpriv --reuid=65534 --regid=65534 --clear-groups)  # and for one person, as one
    chmod 755 "$scratch" && chmod -R a+rwX "$scratch/unpacked" "$scratch/home" && chmod 644 "$scratch/prepared.json"
else
    person=()
fi
out=$("${person[@]}" env HOME="$scratch/home" XDG_DATA_HOME= XDG_CONFIG_HOME= \
    "$scratch/unpacked/zoho-wizard/install" --setup "$scratch/prepared.json")
placed=$scratch/home/.config/zoho-wizard/setup.json
[[ "$(stat -c %a "$placed")" == 600 && "$out" == *"Setup file: $placed (locked"* && "$out" != *Warning* ]] ||
    fail "install --setup for one person: $(stat -c %a "$placed" 2>&1), said: $out"
grep -q "$client_secret" <<<"$out" && fail "install --setup printed the Client Secret"
"${person[@]}" env HOME="$scratch/home" XDG_DATA_HOME= "$scratch/home/.local/opt/zoho-wizard/install" --remove
rm -rf "$scratch/unpacked" "$scratch/home/.config"
echo "ok"
leftover=$(find "$scratch/home" -name 'zoho-wizard*')
[[ -z "$leftover" ]] || fail "--remove left: $leftover"
echo ok
echo "FROZEN SMOKE PASSED"
