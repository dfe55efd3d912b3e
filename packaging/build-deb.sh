#!/usr/bin/env bash
# Builds the Debian package from the release build (the README's build command), with
# CPack: build/release/moe-explorer_VERSION_ARCH.deb. Its dependencies come from
# dpkg-shlibdeps (packaging/DebianPackage.cmake). Install it with
#   apt-get install ./build/release/moe-explorer_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."

cmake --preset release
cmake --build --preset release
cd build/release
cpack -G DEB
