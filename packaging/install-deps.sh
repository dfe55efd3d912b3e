#!/usr/bin/env bash
# Installs, from Debian 12's packages, whatever MoE Explorer needs to build, test and
# run that is not installed yet (clang and libclang-rt-14-dev serve the fuzzer,
# packaging/run-fuzzer.sh, and CI's clang build; desktop-file-utils, appstream,
# shared-mime-info and groff-base check the installed files in tst_install; dpkg-dev
# and file let cpack find the package's dependencies, packaging/build-deb.sh; librsvg2-bin
# draws the PNG icons from the SVG at build time). Safe to
# run again: it installs only what is missing. Uses sudo when not run as root.
set -euo pipefail

packages=(
    g++ cmake ninja-build pkg-config
    nlohmann-json3-dev
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6opengl6-dev libgl-dev
    fonts-dejavu-core xvfb xauth
    clang libclang-rt-14-dev
    desktop-file-utils appstream shared-mime-info groff-base dpkg-dev file librsvg2-bin
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ $status == "install ok installed" ]] || missing+=("$package")
done

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "install-deps: everything is installed"
    exit 0
fi

sudo=""
if [[ $(id -u) -ne 0 ]]; then
    sudo=sudo
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
