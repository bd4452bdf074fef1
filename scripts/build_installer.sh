#!/usr/bin/env bash
# Build the one-folder app with PyInstaller and report its build time and size.
#   scripts/build_installer.sh [DISTDIR]        (default: dist/)
set -euo pipefail
cd "$(dirname "$0")/.."
dist="${1:-dist}"
work="${2:-build}"
# the project's own dependency bounds (PySide6 < 6.12) and PyInstaller, from the test extra
python3 -m pip install -q -e ".[test]"
start=$(date +%s)
python3 -m PyInstaller --noconfirm --clean --log-level WARN --distpath "$dist" --workpath "$work" build_installer.spec
end=$(date +%s)
app="$dist/retention-calculator"
echo "built $app in $((end - start)) s, $(du -sh "$app" | cut -f1) unpacked"
echo "check it: QT_QPA_PLATFORM=offscreen $app/retention-calculator --self-test"
