#!/usr/bin/env bash
# The install test of docs/packaging.md: builds the Debian package (build-deb.sh), makes a
# clean Debian 12 root with debootstrap (minbase, bookworm) from the apt mirror this
# machine is configured with, installs the package into it with apt inside a chroot, and
# runs the installed programs there: --version, evaluate builtin:seed, and the window
# offscreen for three seconds. It also checks the MIME association a desktop would use,
# validates the installed .desktop and AppStream files, runs lintian on the package, and
# prints how long each part took.
#
# Slow (minutes, mostly downloads) and needs root and the network to the mirror, so it is
# not part of ctest or .ci/run; run it by hand before a release.
#
# Usage (as root): packaging/test-install-clean-root.sh
#   MIRROR=URL       the Debian mirror (default: the first bookworm source of apt's configuration)
#   KEEP_ROOT=1      leave the root in place (its path is printed) instead of removing it
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ $(id -u) -ne 0 ]]; then
    echo "test-install-clean-root: needs root (debootstrap, chroot, mount)" >&2
    exit 1
fi

# The first URI that serves the suite "bookworm" itself (not -updates or -security), in
# one-line sources.list files or deb822 .sources files.
find_mirror() {
    local files=(/etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources)
    local file
    for file in "${files[@]}"; do
        [[ -f $file ]] || continue
        if [[ $file == *.sources ]]; then
            awk 'BEGIN { RS = "" }
                 /(^|\n)Suites:([^\n]* )?bookworm( |\n|$)/ && !/(^|\n)Enabled: *no/ {
                     if (match($0, /(^|\n)URIs: *[^ \n]+/)) {
                         uri = substr($0, RSTART, RLENGTH); sub(/^\n?URIs: */, "", uri); print uri; exit
                     }
                 }' "$file"
        else
            sed -E 's/\[[^]]*\]//' "$file" | awk '$1 == "deb" && $3 == "bookworm" { print $2; exit }'
        fi
    done | head -n 1
}
mirror=${MIRROR:-$(find_mirror)}
if [[ -z $mirror ]]; then
    echo "test-install-clean-root: no bookworm source in /etc/apt; set MIRROR" >&2
    exit 1
fi

for tool in debootstrap lintian appstreamcli desktop-file-validate; do
    command -v "$tool" >/dev/null || { echo "test-install-clean-root: $tool is missing (apt-get install debootstrap lintian appstream desktop-file-utils)" >&2; exit 1; }
done

timings=()
# Runs a part, then records how long it took; a failing part stops the script.
timed() {
    local name=$1
    shift
    local start=$EPOCHREALTIME
    echo "== $name"
    "$@"
    timings+=("$(awk -v name="$name" -v start="$start" -v end="$EPOCHREALTIME" \
        'BEGIN { printf "%-62s %7.2f s", name, end - start }')")
}
script_start=$EPOCHREALTIME
print_timings() {
    echo "== times"
    printf '%s\n' "${timings[@]}"
    awk -v start="$script_start" -v end="$EPOCHREALTIME" 'BEGIN { printf "%-62s %7.2f s\n", "all", end - start }'
}

root=$(mktemp -d /var/tmp/moe-explorer-clean-root.XXXXXX)
# It becomes /, which everyone must be able to enter (mktemp makes it 0700): apt
# downloads as the user _apt.
chmod 0755 "$root"
cleanup() {
    # Unmount before removing, and never cross into another file system: a mount left
    # behind must not take the host's files with it.
    local mount
    for mount in "$root/dev/pts" "$root/proc"; do
        if mountpoint -q "$mount"; then umount "$mount"; fi
    done
    if [[ ${KEEP_ROOT:-0} == 1 ]]; then
        echo "test-install-clean-root: the root stays in $root"
    else
        rm -rf --one-file-system "$root"
    fi
}
trap cleanup EXIT
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

build_package() {
    packaging/build-deb.sh
}
timed "build the package (build-deb.sh)" build_package
# shellcheck disable=SC2012  # the names are moe-explorer_VERSION-REVISION_ARCH.deb: no odd characters
deb=$(ls -t build/release/moe-explorer_*.deb | head -n 1)
echo "package: $deb, $(stat -c %s "$deb") bytes, $(dpkg-deb -f "$deb" Installed-Size) KiB installed"

timed "debootstrap minbase bookworm from $mirror" \
    debootstrap --variant=minbase bookworm "$root" "$mirror"
# apt and the programs need /proc; apt also wants a terminal for its log (devpts).
mount -t proc proc "$root/proc"
mount -t devpts devpts "$root/dev/pts"

# shared-mime-info and desktop-file-utils are not dependencies (the package works without
# them), but every desktop has them; their triggers build the MIME database and the
# .desktop cache a file manager reads for a double-click.
install_package() {
    cp "$deb" "$root/tmp/"
    in_root apt-get update -q
    in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        "/tmp/$(basename "$deb")" shared-mime-info desktop-file-utils
}
timed "apt-get install the package into the root" install_package

run_cli() {
    in_root moe-explorer-cli --version
    in_root moe-explorer-cli evaluate builtin:seed
}
timed "moe-explorer-cli --version, evaluate builtin:seed" run_cli

run_window() {
    local status=0
    in_root env QT_QPA_PLATFORM=offscreen timeout 3 moe-explorer builtin:seed || status=$?
    # 124: timeout stopped it, so the window was still up after three seconds.
    if [[ $status -ne 124 ]]; then
        echo "FAIL: the window exited with $status within three seconds (124 expected)" >&2
        return 1
    fi
    echo "the window ran until timeout stopped it (exit 124)"
}
timed "moe-explorer builtin:seed offscreen for 3 s" run_window

check_desktop_files() {
    grep "moeprofile" "$root/usr/share/mime/globs2"
    grep "application/x-moe-explorer-profile" "$root/usr/share/applications/mimeinfo.cache"
    desktop-file-validate "$root/usr/share/applications/io.github.moeexplorer.MoEExplorer.desktop"
    appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.moeexplorer.MoEExplorer.metainfo.xml"
}
timed "MIME association, desktop-file-validate, appstreamcli" check_desktop_files

run_lintian() {
    lintian --fail-on error --display-info "$deb"
    echo "lintian: no errors"
}
timed "lintian" run_lintian

print_timings
