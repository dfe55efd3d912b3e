#!/usr/bin/env bash
# Drives the bash completion the way bash does (COMP_WORDS, COMP_CWORD, COMP_LINE) and
# checks it offers every command, every option of each command and every fixed value
# that moe-explorer-cli --help lists, and built-in profile names after "builtin:".
# Usage: check_completion.sh COMPLETION_SCRIPT CLI_BINARY
set -euo pipefail
script=$1 cli=$2
PATH="$(dirname "$cli"):$PATH"  # the completion asks the CLI for the built-in names
# shellcheck source=/dev/null
source "$script"

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# complete WORD...: the candidates for the last word, as bash would ask for them.
complete_words() {
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE=$(IFS=' '; echo "${COMP_WORDS[*]}")
    COMP_LINE=${COMP_LINE//' : '/:}  # bash split "builtin:s" at the colon; the line did not
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _moe_explorer_cli
    printf '%s\n' "${COMPREPLY[@]}"
}
expect() {  # expect WHAT CANDIDATES WORD...
    local what=$1 candidates=$2 word
    shift 2
    for word in "$@"; do
        grep -qxF -e "$word" <<<"$candidates" || fail "$what: $word is not offered (got: $(echo $candidates))"
    done
}

help=$("$cli" --help)
mapfile -t commands < <(grep -oE '^  moe-explorer-cli [a-z][a-z-]*' <<<"$help" | awk '{print $2}')
[[ ${#commands[@]} -ge 6 ]] || fail "found only ${#commands[@]} commands in --help"
expect "first word" "$(complete_words moe-explorer-cli '')" "${commands[@]}" --help --version

overrides=$(grep '^overrides:' <<<"$help" | grep -oE -- '--[a-z-]+')
[[ -n $overrides ]] || fail "no overrides line in --help"
for command in "${commands[@]}"; do
    line=$(grep -E "^  moe-explorer-cli $command " <<<"$help")
    options=$(grep -oE -- '--[a-z-]+' <<<"$line" || true)  # validate lists none
    [[ $line == *"[overrides]"* ]] && options+=$'\n'"$overrides"
    # shellcheck disable=SC2086  # one option per word
    expect "$command options" "$(complete_words moe-explorer-cli "$command" --)" $options
done

# Fixed values: every "--option a|b|c" in --help, after the command whose line lists
# them (search alone offers --format csv).
while read -r command option values; do
    # shellcheck disable=SC2086
    expect "$command $option values" "$(complete_words moe-explorer-cli "$command" "$option" '')" ${values//|/ }
done < <(while read -r line; do
             command=$(awk '{print $2}' <<<"$line")
             grep -oE -- '--[a-z-]+ [a-z-]+(\|[a-z-]+)+' <<<"$line" | sed "s/^/$command /"
         done < <(grep -E '^  moe-explorer-cli [a-z-]+' <<<"$help") | sort -u)

# A profile: the built-ins, also after bash has split "builtin:s" at the colon.
expect "profile" "$(complete_words moe-explorer-cli evaluate b)" builtin:seed
expect "profile after the colon" "$(complete_words moe-explorer-cli evaluate builtin : s)" seed

if ((failures > 0)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "completion offers the ${#commands[@]} commands, their options and values, and the built-ins"
