#!/usr/bin/env bash
# What `npm run test:e2e` needs besides Node: Neovim (the LSP end-to-end test) and
# code-server with Debian's Chromium (the VS Code end-to-end test). Installs what
# is missing with apt-get (as root, or through sudo) and says what it could not.
# Idempotent: a second run only checks.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DEBIAN_FRONTEND=noninteractive

log() { printf '[install-e2e] %s\n' "$*"; }

if command -v nvim >/dev/null 2>&1; then
  log "Neovim: $(nvim --version | head -n 1)"
else
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
      log "Neovim is missing and this user cannot install it: apt-get install neovim (as root), then run again"
      exit 1
    fi
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    log "Neovim is missing and there is no apt-get here: install Neovim 0.7 or later, then run again"
    exit 1
  fi
  log "apt-get install neovim"
  $SUDO apt-get -o DPkg::Lock::Timeout=600 update -q </dev/null
  $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -q neovim </dev/null
fi

bash "$ROOT/scripts/install-code-server.sh"
