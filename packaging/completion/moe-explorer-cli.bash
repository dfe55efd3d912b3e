# bash completion for moe-explorer-cli: commands, each command's options (docs/cli.md),
# their fixed values, and profile files or built-in names where a PROFILE goes.
# tests/packaging/check_completion.sh checks it offers everything --help lists.

_moe_explorer_cli()
{
    local cur prev
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD - 1]}

    local commands="evaluate validate profiles systems models import-model import-routing calibrate export search report serve help"
    if [[ $COMP_CWORD -eq 1 ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$commands --help --version" -- "$cur")
        return
    fi

    case $prev in
        --format)
            local formats="json table"
            [[ ${COMP_WORDS[1]} == search ]] && formats="json table csv"
            mapfile -t COMPREPLY < <(compgen -W "$formats" -- "$cur")
            return ;;
        --mode) mapfile -t COMPREPLY < <(compgen -W "training prefill decode" -- "$cur"); return ;;
        --engine) mapfile -t COMPREPLY < <(compgen -W "sglang vllm trtllm" -- "$cur"); return ;;
        --into)
            mapfile -t COMPREPLY < <(compgen -W "$(moe-explorer-cli profiles 2>/dev/null | cut -d' ' -f1)" -- "$cur"
                                     compgen -f -X '!*.json' -- "$cur")
            return ;;
        --chart) mapfile -t COMPREPLY < <(compgen -W "latency memory grid routing load traffic" -- "$cur"); return ;;
        --objective)
            mapfile -t COMPREPLY < <(compgen -W "throughput latency throughput-per-gpu headroom" -- "$cur")
            return ;;
        --out)
            # calibrate: a new system's name, nothing to offer; the others: a file.
            [[ ${COMP_WORDS[1]} == calibrate ]] && return
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            return ;;
        --system)
            mapfile -t COMPREPLY < <(compgen -W "$(moe-explorer-cli systems --format json 2>/dev/null \
                | sed -n 's/^    "id": "\(.*\)",$/\1/p')" -- "$cur")
            return ;;
        --tp | --pp | --dp | --ep | --etp | --batch | --seq | --micro-batches | --top | --isl | --osl | --ttft-ms | --tpot-ms | --chunk-tokens)
            return ;;  # a number: nothing to offer
        --gpus)  # import-model: a number; evaluate: a flag, so go on
            [[ ${COMP_WORDS[1]} == import-model ]] && return ;;
    esac

    local overrides="--tp --pp --dp --ep --etp --batch --seq --micro-batches --mode"
    local options
    case ${COMP_WORDS[1]} in
        evaluate) options="$overrides --format --explain --gpus --baseline" ;;
        validate) options="$overrides --baseline" ;;
        profiles | systems | models) options="--format" ;;
        import-model) options="--system --gpus --out" ;;
        import-routing) options="--engine --into --out" ;;
        export) options="$overrides --baseline --chart --out" ;;
        search) options="$overrides --objective --top --format --gpus" ;;
        report) options="$overrides --baseline --out" ;;
        serve) options="--tp --pp --dp --ep --etp --micro-batches --isl --osl --ttft-ms --tpot-ms --disaggregated --chunk-tokens --format" ;;
        calibrate) options="--system --out --format" ;;
        *) return ;;
    esac

    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$options --help --version" -- "$cur")
    elif [[ ${COMP_WORDS[1]} == import-model ]]; then
        # A Hugging Face config.json, or a folder on the way to one.
        mapfile -t COMPREPLY < <(compgen -d -- "$cur"; compgen -f -X '!*.json' -- "$cur")
    elif [[ ${COMP_WORDS[1]} == import-routing ]]; then
        # DUMP: SGLang's JSON, vLLM's JSON lines, or TensorRT-LLM's folder.
        mapfile -t COMPREPLY < <(compgen -d -- "$cur"; compgen -f -- "$cur")
    elif [[ ${COMP_WORDS[1]} == calibrate ]]; then
        # MEASUREMENTS: any file (CSV, JSON or an nccl-tests log).
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
    elif [[ ${COMP_WORDS[1]} != profiles && ${COMP_WORDS[1]} != systems && ${COMP_WORDS[1]} != models ]]; then
        # A PROFILE: a profile file, a folder on the way to one, or a built-in.
        # bash splits builtin:seed at the colon (COMP_WORDBREAKS), so match the whole
        # word from the line and offer only what follows its last colon.
        local line=${COMP_LINE:0:COMP_POINT}
        local word=${line##*[[:space:]]}
        local builtins
        builtins=$(moe-explorer-cli profiles 2>/dev/null | cut -d' ' -f1)
        if [[ $word == *:* ]]; then
            mapfile -t COMPREPLY < <(compgen -W "$builtins" -- "$word")
            if [[ $COMP_WORDBREAKS == *:* ]]; then
                local prefix=${word%"${word##*:}"}
                COMPREPLY=("${COMPREPLY[@]#"$prefix"}")
            fi
        else
            mapfile -t COMPREPLY < <(compgen -W "$builtins" -- "$cur"; compgen -d -- "$cur"
                                     compgen -f -X '!*.json' -- "$cur")
        fi
    fi
}

complete -o filenames -F _moe_explorer_cli moe-explorer-cli
