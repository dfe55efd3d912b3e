#!/usr/bin/env bash
# Builds the Debian package from the release build (the README's build command), with
# CPack: build/release/moe-explorer_VERSION-REVISION_ARCH.deb. Its dependencies come from
# dpkg-shlibdeps (packaging/DebianPackage.cmake). Install it with
#   apt-get install ./build/release/moe-explorer_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."

cmake --preset release
cmake --build --preset release
cd build/release
# One package in the folder, so the README's apt-get install ./build/release/moe-explorer_*.deb
# cannot pick up an older version beside it.
rm -f moe-explorer_*.deb
cpack -G DEB
