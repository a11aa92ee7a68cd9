#!/usr/bin/env bash
# Installs a real VS Code (code-server 4.100.3 = VS Code 1.100.3) and playwright-core into
# .vscode-test/ inside this clone, for `npm run test:vscode`. Idempotent: a second run
# only checks. @vscode/test-electron cannot download VS Code on our CI machines, so we take
# code-server from npm and drive it in Debian's Chromium (see docs/vscode.md, "Testing").
#
# Why the manual steps: code-server's own postinstall fails as root, and @vscode/ripgrep's
# install tries to download `rg`; so every npm install skips scripts and we redo the
# postinstall by hand with Debian's ripgrep.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEST="${CANDOR_VSCODE_TEST_DIR:-$ROOT/.vscode-test}"
CODE_SERVER_VERSION=4.100.3
export npm_config_unsafe_perm=true npm_config_yes=true npm_config_fund=false npm_config_audit=false
export DEBIAN_FRONTEND=noninteractive

log() { printf '[install-code-server] %s\n' "$*"; }

# 1. Debian packages (the browser, ripgrep, and what node-gyp needs for node-pty & co.).
need_apt=()
for pkg in chromium libkrb5-dev ripgrep build-essential python3; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || need_apt+=("$pkg")
done
if ((${#need_apt[@]})); then
  log "apt-get install ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get -o DPkg::Lock::Timeout=600 update -y </dev/null
  $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends "${need_apt[@]}" </dev/null
fi

CS="$DEST/node_modules/code-server"
STAMP="$DEST/.installed-$CODE_SERVER_VERSION"
if [ -f "$STAMP" ] && node "$CS/out/node/entry.js" --config /dev/null --version >/dev/null 2>&1; then
  log "code-server $CODE_SERVER_VERSION already installed in $DEST"
  exit 0
fi

mkdir -p "$DEST"
cd "$DEST"
[ -f package.json ] || printf '{ "name": "candor-vscode-test", "private": true }\n' > package.json

# 2. code-server + playwright-core, scripts skipped.
log "npm install code-server@$CODE_SERVER_VERSION playwright-core"
npm install --no-save --ignore-scripts --no-package-lock "code-server@$CODE_SERVER_VERSION" playwright-core </dev/null

# 3. argon2 is required when code-server loads, even with --auth none.
log "npm rebuild argon2"
npm rebuild argon2 </dev/null

# 4. code-server's postinstall, by hand.
VS="$CS/lib/vscode"
cd "$VS"
log "lib/vscode: npm install --omit=dev"
npm install --omit=dev --ignore-scripts --no-package-lock </dev/null
mkdir -p node_modules/@vscode/ripgrep/bin
cp -f "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
log "lib/vscode: npm rebuild (node-pty, spdlog, kerberos, native-watchdog)"
npm rebuild </dev/null
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sfn code-linux.sh code-server)
(cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
cd extensions
log "lib/vscode/extensions: npm install --omit=dev + postinstall.mjs"
npm install --omit=dev --ignore-scripts --no-package-lock </dev/null
node postinstall.mjs </dev/null

# 5. Check.
version="$(node "$CS/out/node/entry.js" --config /dev/null --version)"
log "ok: $(printf '%s' "$version" | head -n1)"
touch "$STAMP"
