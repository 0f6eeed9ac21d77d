#!/usr/bin/env bash
# Regenerates Screenshots/ from real batch runs of the browser on the built-in demo:
#   bash Screenshots/make.sh
# For each line of scenarios.txt (name | size | flags | keys | what): NAME.txt (the screen as text; a test checks these still match what the
# program draws), NAME.ans (the same with colours) and NAME.png (rendered by ansi2png.py).
# Needs: python3 with Pillow (pip install pillow), fonts-dejavu-core and fonts-wqy-zenhei.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/.."
swift build --product vcon-browser >/dev/null 2>&1 || { echo "build failed: run swift build" >&2; exit 1; }
bin="$(swift build --show-bin-path)/vcon-browser"
export TZ=UTC LANG=C.UTF-8 LC_ALL=C.UTF-8
unset NO_COLOR
trim() { local s="$1"; s="${s#"${s%%[![:space:]]*}"}"; printf '%s' "${s%"${s##*[![:space:]]}"}"; }
while IFS='|' read -r name size flags keys what; do
  name="$(trim "$name")"; size="$(trim "$size")"; flags="$(trim "$flags")"; keys="$(trim "$keys")"; what="$(trim "$what")"
  case "$name" in ''|'#'*) continue ;; esac
  # shellcheck disable=SC2086
  "$bin" --demo $flags --keys "$keys" --size "$size" --dump text > "$here/$name.txt"
  # shellcheck disable=SC2086
  "$bin" --demo $flags --keys "$keys" --size "$size" --dump ansi > "$here/$name.ans"
  python3 "$here/ansi2png.py" "$here/$name.ans" "$here/$name.png" --cols "${size%x*}"
  echo "$name: $what"
done < "$here/scenarios.txt"
