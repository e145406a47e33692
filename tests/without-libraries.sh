#!/usr/bin/env bash
# Run a command on this machine as if some system libraries were not installed: in a private mount
# namespace, an overlay on the system library folder hides them (needs root; nothing changes outside).
#
#   bash tests/without-libraries.sh libxcb-cursor.so.0 [libEGL.so.1 ...] -- COMMAND [ARGS...]
set -euo pipefail
libs=()
while [[ $# -gt 0 && "$1" != -- ]]; do libs+=("$1"); shift; done
[[ $# -gt 1 && ${#libs[@]} -gt 0 ]] || { echo "usage: $0 LIBRARY... -- COMMAND [ARGS...]" >&2; exit 2; }
shift

if [[ -z "${ZOHO_WIZARD_HIDING:-}" ]]; then
    exec env ZOHO_WIZARD_HIDING=1 unshare --mount --propagation private bash "${BASH_SOURCE[0]}" "${libs[@]}" -- "$@"
fi
unset ZOHO_WIZARD_HIDING

lib=/usr/lib/$(uname -m)-linux-gnu
scratch=$(mktemp -d "${TMPDIR:-/tmp}/zoho-wizard-nolib.XXXXXX")
trap 'rm -rf "$scratch"' EXIT  # the overlay ends with this mount namespace, when this script ends
mkdir "$scratch/upper" "$scratch/work"
for name in "${libs[@]}"; do
    [[ -e "$lib/$name" ]] || { echo "$lib/$name is not installed here: nothing to hide" >&2; exit 2; }
    mknod "$scratch/upper/$name" c 0 0  # an overlay "whiteout": the file is gone in the merged view
done
mount -t overlay overlay -o "lowerdir=$lib,upperdir=$scratch/upper,workdir=$scratch/work" "$lib"
status=0
"$@" || status=$?
exit "$status"
