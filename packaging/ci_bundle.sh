#!/usr/bin/env bash
# CI: build the Linux bundle from a clean virtual environment (packaging/build.py, which ends with the
# frozen program's --self-test) and validate the Linux desktop metadata.
# Takes about 2 minutes on a 2-core machine; needs network access for pip.
set -euo pipefail
cd "$(dirname "$0")/.."

# The validators are Debian packages; install them when we may and they are missing.
if ! command -v desktop-file-validate >/dev/null || ! command -v appstreamcli >/dev/null; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
        echo "Installing desktop-file-utils and appstream"
        apt-get update -qq && apt-get install -y -qq --no-install-recommends desktop-file-utils appstream
    fi
fi

if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate packaging/linux/nl.casetafel.Casetafel.desktop
    echo "OK   desktop-file-validate"
else
    echo "--   desktop-file-validate niet beschikbaar: overgeslagen"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net packaging/linux/nl.casetafel.Casetafel.metainfo.xml
else
    echo "--   appstreamcli niet beschikbaar: overgeslagen"
fi

# The bundle itself; build.py exits non-zero when a required file is missing or the self-test fails.
python3 packaging/build.py
