#!/usr/bin/env bash
# Installs the build into a temporary DESTDIR, as a package would, and checks what a
# desktop and a packager rely on: every file in its place (PNG icons at the size their
# folder names), the validators of
# freedesktop.org and AppStream content, the MIME type registering *.moeprofile.json,
# man pages that groff reads without a warning and that name every command and option
# the CLI's --help lists, and --version from the installed programs without a display.
# Usage: check_install.sh BUILD_DIR VERSION APP_ID
set -euo pipefail
build=$1 version=$2 app_id=$3

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
for tool in desktop-file-validate appstreamcli update-mime-database groff file; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing; run packaging/install-deps.sh" >&2; exit 1; }
done

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
DESTDIR="$root" cmake --install "$build" --prefix /usr >/dev/null
usr=$root/usr

expected=(
    bin/moe-explorer
    bin/moe-explorer-cli
    "share/applications/$app_id.desktop"
    "share/icons/hicolor/scalable/apps/$app_id.svg"
    "share/metainfo/$app_id.metainfo.xml"
    "share/mime/packages/$app_id.xml"
    share/man/man1/moe-explorer.1.gz
    share/man/man1/moe-explorer-cli.1.gz
    share/bash-completion/completions/moe-explorer-cli
    share/doc/moe-explorer/copyright
    share/doc/moe-explorer/changelog.Debian.gz
)
icon_sizes=(16 32 48 64 128 256)
for size in "${icon_sizes[@]}"; do
    expected+=("share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for file in "${expected[@]}"; do
    [[ -f $usr/$file ]] || fail "not installed: /usr/$file"
done
for program in moe-explorer moe-explorer-cli; do
    [[ -x $usr/bin/$program ]] || fail "/usr/bin/$program is not executable"
done
for size in "${icon_sizes[@]}"; do
    png=$usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    [[ ! -f $png ]] || file -b "$png" | grep -q "^PNG image data, $size x $size," \
        || fail "$png is not a $size x $size PNG: $(file -b "$png")"
done
# Debian policy: man pages and changelogs compressed with gzip -9n (no name or time stamp).
for gz in "$usr"/share/man/man1/*.gz "$usr/share/doc/moe-explorer/changelog.Debian.gz"; do
    gzip -t "$gz" 2>/dev/null && ! file -b "$gz" | grep -q "was \|last modified" || fail "$gz: $(file -b "$gz")"
done

# Validators: any output at all (hints, warnings) counts as a failure.
if ! out=$(desktop-file-validate "$usr/share/applications/$app_id.desktop" 2>&1) || [[ -n $out ]]; then
    fail "desktop-file-validate: $out"
fi
if ! out=$(appstreamcli validate --no-net --explain "$usr/share/metainfo/$app_id.metainfo.xml" 2>&1); then
    fail "appstreamcli validate: $out"
fi
grep -qx "Exec=moe-explorer %f" "$usr/share/applications/$app_id.desktop" || fail "the .desktop entry does not run moe-explorer with the file"
grep -qx "Icon=$app_id" "$usr/share/applications/$app_id.desktop" || fail "the .desktop entry does not name the installed icon"

# The MIME database built from the installed XML maps the pattern to the type the
# .desktop entry opens: that is what a double-click goes by.
mkdir -p "$root/mime/packages"
cp "$usr/share/mime/packages/$app_id.xml" "$root/mime/packages/"
if ! out=$(update-mime-database "$root/mime" 2>&1 >/dev/null) || grep -qi "error\|warning" <<<"$out"; then
    fail "update-mime-database: $out"
fi
grep -qx "50:application/x-moe-explorer-profile:\*.moeprofile.json" "$root/mime/globs2" \
    || fail "*.moeprofile.json is not registered as application/x-moe-explorer-profile"
grep -q "^MimeType=.*application/x-moe-explorer-profile;" "$usr/share/applications/$app_id.desktop" \
    || fail "the .desktop entry does not open application/x-moe-explorer-profile"

# --version, from the installed files, with no display to connect to.
cli_version=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$usr/bin/moe-explorer-cli" --version 2>&1) \
    || fail "moe-explorer-cli --version exited non-zero: $cli_version"
[[ $cli_version == "moe-explorer-cli $version" ]] || fail "moe-explorer-cli --version printed \"$cli_version\""
window_version=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$usr/bin/moe-explorer" --version 2>&1) \
    || fail "moe-explorer --version exited non-zero: $window_version"
[[ $window_version == "MoE Explorer $version" ]] || fail "moe-explorer --version printed \"$window_version\""

# Man pages: groff reads them cleanly, they carry the version, and the CLI's page names
# every command and option its --help lists.
for page in moe-explorer moe-explorer-cli; do
    man_page=$root/$page.1
    gzip -dc "$usr/share/man/man1/$page.1.gz" >"$man_page"
    out=$(groff -man -z -ww -Tutf8 "$man_page" 2>&1) && [[ -z $out ]] || fail "groff on $page.1: $out"
    grep -q "\"MoE Explorer $version\"" "$man_page" || fail "$page.1 does not give version $version"
done
cli_page=$(groff -man -Tascii -P-cbou "$root/moe-explorer-cli.1" 2>/dev/null)
help=$("$usr/bin/moe-explorer-cli" --help)
words=$(grep -oE -- '--[a-z-]+|^  moe-explorer-cli [a-z]+' <<<"$help" | sed 's/^  moe-explorer-cli //' | sort -u)
[[ $(wc -l <<<"$words") -ge 20 ]] || fail "found only $(wc -l <<<"$words") commands and options in --help"
for word in $words; do
    grep -qw -e "$word" <<<"$cli_page" || fail "moe-explorer-cli.1 does not mention $word"
done

if ((failures > 0)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "install into DESTDIR: ${#expected[@]} files in place, validators clean, --version $version"
