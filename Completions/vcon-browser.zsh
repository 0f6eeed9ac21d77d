#compdef vcon-browser

__vcon-browser_complete() {
    local -ar non_empty_completions=("${@:#(|:*)}")
    local -ar empty_completions=("${(M)@:#(|:*)}")
    _describe -V '' non_empty_completions -- empty_completions -P $'\'\''
}

__vcon-browser_custom_complete() {
    local -a completions
    completions=("${(@f)"$("${command_name}" "${@}" "${command_line[@]}")"}")
    if [[ "${#completions[@]}" -gt 1 ]]; then
        __vcon-browser_complete "${completions[@]:0:-1}"
    fi
}

__vcon-browser_cursor_index_in_current_word() {
    if [[ -z "${QIPREFIX}${IPREFIX}${PREFIX}" ]]; then
        printf 0
    else
        printf %s "${#${(z)LBUFFER}[-1]}"
    fi
}

_vcon-browser() {
    emulate -RL zsh -G
    setopt extendedglob nullglob numericglobsort
    unsetopt aliases banghist

    local -xr SAP_SHELL=zsh
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(builtin emulate zsh -c 'printf %s "${ZSH_VERSION}"')"
    local -r SAP_SHELL_VERSION

    local context state state_descr line
    local -A opt_args

    local -r command_name="${words[1]}"
    local -ar command_line=("${words[@]}")
    local -ir current_word_index="$((CURRENT - 1))"

    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'show:Summarise a vCon: generation, form, parties, dialog, analysis, attachments, relations, findings.'
            'validate:Check vCons against the core draft: file:line:column: severity: message [rule §section] (pointer).'
            'verify:Check signatures, decryption, certificate chains, content hashes and STIR PASSporTs.'
            'tree:Show how vCons link to each other (group, redacted, appended/amended) as a forest.'
            'bundle:List, verify or create .vconz bundles (draft-miller-vcon-zip-bundle).'
            'ladder:Print the SIP call-flow ladder of a vCon'\''s signaling (sip-message-trace, sip-* attachments).'
            'config:Show where the config file is, check it, or print one at the defaults.'
            'list:List vCons one per row (files, directories, bundles, PostgreSQL, a vcon-server API), as text, CSV or JSON.'
            'help:Show subcommand help information.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        show|validate|verify|tree|bundle|ladder|config|list|help)
            "_vcon-browser_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_vcon-browser_show() {
    local -i ret=1
    local -ar arg_specs=(
        '--json[Print the summary as stable JSON.]'
        '*--trust[Trust anchor\: a PEM certificate file or a directory of them (repeatable; also VCON_TRUST).]:PEM:'
        '*--key[Key\: a PEM private key to decrypt, a PEM public key to pin, or a symmetric key for dir (repeatable).]:PEM:'
        '--files[Directory of local copies of external files (named by hash or by the URL'\''s last segment).]:DIR:'
        '*--x5u-file[A local PEM chain for an x5u URL, as URL=PEM (repeatable; x5u is never fetched).]:URL=PEM:'
        '--profile[Rules to check against\: core-04 (the default for 0.4.0 files) or core-03. Older files use their own generation'\''s rules unless a profile is named.]:core-03|core-04:'
        '--ascii[ASCII only\: text outside ASCII shown as \\uXXXX (automatic when the locale is not UTF-8).]'
        '--table[PostgreSQL\: the table holding the vCons.]:NAME:'
        '--id-column[PostgreSQL\: the uuid column.]:NAME:'
        '--created-column[PostgreSQL\: the creation time column.]:NAME:'
        '--json-column[PostgreSQL\: the JSONB document column.]:NAME:'
        '--subject-column[PostgreSQL\: the subject column, or - for none.]:NAME:'
        '--store-timeout[Seconds a store statement or request may take.]:SECONDS:'
        ':file:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_vcon-browser_validate() {
    local -i ret=1
    local -ar arg_specs=(
        '--json[Print an array of {file, findings} as JSON.]'
        '--profile[Rules to check against\: core-04 (the default for 0.4.0 files) or core-03. Older files use their own generation'\''s rules unless a profile is named.]:core-03|core-04:'
        '--ascii[ASCII only\: text outside ASCII shown as \\uXXXX (automatic when the locale is not UTF-8).]'
        '--table[PostgreSQL\: the table holding the vCons.]:NAME:'
        '--id-column[PostgreSQL\: the uuid column.]:NAME:'
        '--created-column[PostgreSQL\: the creation time column.]:NAME:'
        '--json-column[PostgreSQL\: the JSONB document column.]:NAME:'
        '--subject-column[PostgreSQL\: the subject column, or - for none.]:NAME:'
        '--store-timeout[Seconds a store statement or request may take.]:SECONDS:'
        '*:files:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_vcon-browser_verify() {
    local -i ret=1
    local -ar arg_specs=(
        '*--trust[Trust anchor\: a PEM certificate file or a directory of them (repeatable; also VCON_TRUST).]:PEM:'
        '*--key[Key\: a PEM private key to decrypt, a PEM public key to pin, or a symmetric key for dir (repeatable).]:PEM:'
        '--files[Directory of local copies of external files (named by hash or by the URL'\''s last segment).]:DIR:'
        '*--x5u-file[A local PEM chain for an x5u URL, as URL=PEM (repeatable; x5u is never fetched).]:URL=PEM:'
        '--table[PostgreSQL\: the table holding the vCons.]:NAME:'
        '--id-column[PostgreSQL\: the uuid column.]:NAME:'
        '--created-column[PostgreSQL\: the creation time column.]:NAME:'
        '--json-column[PostgreSQL\: the JSONB document column.]:NAME:'
        '--subject-column[PostgreSQL\: the subject column, or - for none.]:NAME:'
        '--store-timeout[Seconds a store statement or request may take.]:SECONDS:'
        '--json[Print the report as JSON.]'
        '--ascii[ASCII only\: text outside ASCII shown as \\uXXXX (automatic when the locale is not UTF-8).]'
        ':file:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_vcon-browser_tree() {
    local -i ret=1
    local -ar arg_specs=(
        '*--trust[Trust anchor\: a PEM certificate file or a directory of them (repeatable; also VCON_TRUST).]:PEM:'
        '*--key[Key\: a PEM private key to decrypt, a PEM public key to pin, or a symmetric key for dir (repeatable).]:PEM:'
        '--files[Directory of local copies of external files (named by hash or by the URL'\''s last segment).]:DIR:'
        '*--x5u-file[A local PEM chain for an x5u URL, as URL=PEM (repeatable; x5u is never fetched).]:URL=PEM:'
        '--table[PostgreSQL\: the table holding the vCons.]:NAME:'
        '--id-column[PostgreSQL\: the uuid column.]:NAME:'
        '--created-column[PostgreSQL\: the creation time column.]:NAME:'
        '--json-column[PostgreSQL\: the JSONB document column.]:NAME:'
        '--subject-column[PostgreSQL\: the subject column, or - for none.]:NAME:'
        '--store-timeout[Seconds a store statement or request may take.]:SECONDS:'
        '--json[Print {nodes, edges} as JSON.]'
        '--ascii[ASCII only\: text outside ASCII shown as \\uXXXX (automatic when the locale is not UTF-8).]'
        '*:paths:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_vcon-browser_bundle() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'list:One line per vCon: uuid, form, file count, subject or party names. Exit 2 if not a readable bundle.'
            'verify:Every rule of the bundle draft and every hash. Exit 0 clean, 1 errors, 2 not a readable bundle.'
            'create:Package vCons (bytes unchanged) and their referenced files into a new bundle.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        list|verify|create)
            "_vcon-browser_bundle_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_vcon-browser_bundle_list() {
    local -i ret=1
    local -ar arg_specs=(
        '--ascii[ASCII only\: text outside ASCII shown as \\uXXXX (automatic when the locale is not UTF-8).]'
        ':bundle:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_vcon-browser_bundle_verify() {
    local -i ret=1
    local -ar arg_specs=(
        '--json[Print the result as JSON.]'
        '--missing-as-warning[Report missing referenced files as warnings, not errors.]'
        '--ascii[ASCII only\: text outside ASCII shown as \\uXXXX (automatic when the locale is not UTF-8).]'
        ':bundle:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_vcon-browser_bundle_create() {
    local -i ret=1
    local -ar arg_specs=(
        '--files[Directory of the referenced files (by hash or URL name).]:DIR:'
        '--force[Overwrite OUT if it exists.]'
        '--allow-missing[Create the bundle even when referenced files are missing.]'
        ':output:'
        '*:inputs:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_vcon-browser_ladder() {
    local -i ret=1
    local -ar arg_specs=(
        '--dialog[Only this dialog (index in dialog\[\]).]:dialog:'
        '--width[Columns (default\: the terminal'\''s width, 100 when not a terminal).]:width:'
        '--ascii[ASCII only\: text outside ASCII shown as \\uXXXX (automatic when the locale is not UTF-8).]'
        '--tz[Time zone of the times\: utc, local or ±hh\:mm (write --tz=-05\:00 for a negative offset).]:utc|local|±hh\:mm:'
        '--json[Print the layout as JSON (lanes, messages with party indices, events).]'
        ':file:'
        '--table[PostgreSQL\: the table holding the vCons.]:NAME:'
        '--id-column[PostgreSQL\: the uuid column.]:NAME:'
        '--created-column[PostgreSQL\: the creation time column.]:NAME:'
        '--json-column[PostgreSQL\: the JSONB document column.]:NAME:'
        '--subject-column[PostgreSQL\: the subject column, or - for none.]:NAME:'
        '--store-timeout[Seconds a store statement or request may take.]:SECONDS:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_vcon-browser_config() {
    local -i ret=1
    local -ar arg_specs=(
        '--path[Print the config file'\''s path.]'
        '--check[Check the config file and summarise what it sets.]'
        '--print-defaults[Print a complete config file at the defaults.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_vcon-browser_list() {
    local -i ret=1
    local -ar arg_specs=(
        '--since[Only vCons created at or after (YYYY-MM-DD or RFC 3339).]:TIME:'
        '--until[Only vCons created at or before (YYYY-MM-DD is the whole day).]:TIME:'
        '--party[Only vCons with this party (tel\:, mailto\:, name\: or any).]:PARTY:'
        '--subject[Only vCons whose subject contains this text.]:TEXT:'
        '--limit[At most this many rows.]:N:'
        '--json[Print a JSON array of row objects.]'
        '--csv[Print CSV (RFC 4180, a header row; formula-like cells prefixed with '\'').]'
        '--ascii[ASCII only\: text outside ASCII shown as \\uXXXX (automatic when the locale is not UTF-8).]'
        '--table[PostgreSQL\: the table holding the vCons.]:NAME:'
        '--id-column[PostgreSQL\: the uuid column.]:NAME:'
        '--created-column[PostgreSQL\: the creation time column.]:NAME:'
        '--json-column[PostgreSQL\: the JSONB document column.]:NAME:'
        '--subject-column[PostgreSQL\: the subject column, or - for none.]:NAME:'
        '--store-timeout[Seconds a store statement or request may take.]:SECONDS:'
        '*--trust[Trust anchor\: a PEM certificate file or a directory of them (repeatable; also VCON_TRUST).]:PEM:'
        '*--key[Key\: a PEM private key to decrypt, a PEM public key to pin, or a symmetric key for dir (repeatable).]:PEM:'
        '--files[Directory of local copies of external files (named by hash or by the URL'\''s last segment).]:DIR:'
        '*--x5u-file[A local PEM chain for an x5u URL, as URL=PEM (repeatable; x5u is never fetched).]:URL=PEM:'
        '*:sources:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_vcon-browser_help() {
    local -i ret=1
    local -ar arg_specs=(
        '*:subcommands:'
        '--version[Show the version.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

if [[ "${funcstack[1]}" = _vcon-browser ]]; then
    _vcon-browser "${@}"
else
    compdef _vcon-browser vcon-browser
fi
