#!/usr/bin/env bash
# Regenerates the README's screenshots from this checkout, the same on any machine:
#   bash tests/screenshots.sh [OUTPUT_DIR]      (default: resources/screenshots)
#   bash tests/screenshots.sh --lang de DIR     (the same in another language: de fr es pt_BR ja hi ar)
# Installs what it needs (the app in .venv, Qt's libraries, gnome-keyring), then takes them offscreen
# inside a fresh, unlocked GNOME Keyring, so the pages name a real keychain.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/run-from-source --version >/dev/null
bash packaging/debian-packages gnome-keyring dbus fonts-dejavu-core fonts-noto-core fonts-noto-cjk
exec bash tests/keychain.sh env QT_QPA_PLATFORM=offscreen QT_API=pyside6 .venv/bin/python tests/screenshots.py "$@"
