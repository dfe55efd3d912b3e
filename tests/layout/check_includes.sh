#!/bin/bash
# Dependencies point down (docs/architecture.md): every #include "FOLDER/..." in a
# folder of core/ or ui/ must name that folder or one it may depend on. Prints each
# include that points elsewhere, with its file and line, and fails if there is one.
set -u
root=${1:?usage: check_includes.sh SOURCE_DIR}
cd "$root" || exit 2

core_below() {
    case $1 in
    base) echo "base" ;;
    profile) echo "profile base" ;;
    model) echo "model profile base" ;;
    search) echo "search model profile base" ;;
    calibration) echo "calibration model profile base" ;;
    accuracy) echo "accuracy model profile base" ;;
    report) echo "report search accuracy model profile base" ;;
    cli) echo "cli report calibration search accuracy model profile base" ;;
    esac
}
core_all="core:cli core:report core:calibration core:search core:accuracy core:model core:profile core:base"

ui_below() {
    case $1 in
    widgets) echo "widgets" ;;
    document) echo "document widgets" ;;
    grid | heatmaps | charts | search | serving | explain | calibration) echo "$1 document widgets" ;;
    export) echo "export grid heatmaps charts search serving explain document widgets" ;;
    window) echo "window export grid heatmaps charts search serving explain calibration document widgets" ;;
    esac
}

bad=0
check() { # FILE SIDE ALLOWED...: SIDE is core or ui
    local file=$1 side=$2
    shift 2
    local allowed=" $* "
    while IFS=: read -r line text; do
        path=$(sed -E 's/^#include "(.*)"$/\1/' <<<"$text")
        folder=${path%%/*}
        # ui folders share names with core folders (search): a ui file's include
        # resolves in ui/ when the header is there, in core/ otherwise.
        if [[ $side == ui && ! -e ui/$path ]]; then
            folder="core:$folder"
        fi
        if [[ $allowed != *" $folder "* ]]; then
            echo "$file:$line: $text points outside what this folder may use ($*)"
            bad=1
        fi
    done < <(grep -nE '^#include "[a-z]+/' "$file")
}

for dir in core/*/; do
    folder=$(basename "$dir")
    allowed=$(core_below "$folder")
    if [[ -z $allowed ]]; then
        echo "core/$folder: a folder the layout does not know; add it to tests/layout/check_includes.sh and docs/architecture.md"
        bad=1
        continue
    fi
    for file in "$dir"*.h "$dir"*.cpp; do
        [[ -e $file ]] && check "$file" core $allowed
    done
done
for dir in ui/*/; do
    folder=$(basename "$dir")
    allowed=$(ui_below "$folder")
    if [[ -z $allowed ]]; then
        echo "ui/$folder: a folder the layout does not know; add it to tests/layout/check_includes.sh and docs/architecture.md"
        bad=1
        continue
    fi
    for file in "$dir"*.h "$dir"*.cpp; do
        [[ -e $file ]] && check "$file" ui $allowed $core_all
    done
done
# Plain core uses no Qt.
if grep -rnE '^#include <Q' core; then
    echo "core/ includes Qt"
    bad=1
fi
exit $bad
