function __vcon-browser_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __vcon-browser_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __vcon-browser_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __vcon-browser_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __vcon-browser_parse_tokens -S
    set -l unparsed_tokens (__vcon-browser_tokens -pc)
    switch $unparsed_tokens[1]
    case 'vcon-browser'
        __vcon-browser_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'show'
            __vcon-browser_parse_subcommand 1 'json' 'trust=+' 'key=+' 'files=' 'x5u-file=+' 'profile=' 'ascii' 'table=' 'id-column=' 'created-column=' 'json-column=' 'subject-column=' 'store-timeout=' 'version' 'h/help'
        case 'validate'
            __vcon-browser_parse_subcommand -r 1 'json' 'profile=' 'ascii' 'table=' 'id-column=' 'created-column=' 'json-column=' 'subject-column=' 'store-timeout=' 'version' 'h/help'
        case 'verify'
            __vcon-browser_parse_subcommand 1 'trust=+' 'key=+' 'files=' 'x5u-file=+' 'table=' 'id-column=' 'created-column=' 'json-column=' 'subject-column=' 'store-timeout=' 'json' 'ascii' 'version' 'h/help'
        case 'tree'
            __vcon-browser_parse_subcommand -r 1 'trust=+' 'key=+' 'files=' 'x5u-file=+' 'table=' 'id-column=' 'created-column=' 'json-column=' 'subject-column=' 'store-timeout=' 'json' 'ascii' 'version' 'h/help'
        case 'bundle'
            __vcon-browser_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __vcon-browser_parse_subcommand 1 'ascii' 'version' 'h/help'
            case 'verify'
                __vcon-browser_parse_subcommand 1 'json' 'missing-as-warning' 'ascii' 'version' 'h/help'
            case 'create'
                __vcon-browser_parse_subcommand -r 2 'files=' 'force' 'allow-missing' 'version' 'h/help'
            end
        case 'ladder'
            __vcon-browser_parse_subcommand 1 'dialog=' 'width=' 'ascii' 'tz=' 'json' 'table=' 'id-column=' 'created-column=' 'json-column=' 'subject-column=' 'store-timeout=' 'version' 'h/help'
        case 'config'
            __vcon-browser_parse_subcommand 0 'path' 'check' 'print-defaults' 'version' 'h/help'
        case 'list'
            __vcon-browser_parse_subcommand -r 1 'since=' 'until=' 'party=' 'subject=' 'limit=' 'json' 'csv' 'ascii' 'table=' 'id-column=' 'created-column=' 'json-column=' 'subject-column=' 'store-timeout=' 'trust=+' 'key=+' 'files=' 'x5u-file=+' 'version' 'h/help'
        case 'help'
            __vcon-browser_parse_subcommand -r 1 'version'
        end
    end
end

function __vcon-browser_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __vcon-browser_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __vcon-browser_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __vcon-browser_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__vcon-browser_tokens -p)
    if test -z "$(__vcon-browser_tokens -t)"
        set -l index (count (__vcon-browser_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'vcon-browser' -f
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser" version' -l 'version' -d 'Show the version.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_positional "vcon-browser" -eq 1' -fa 'show' -d 'Summarise a vCon: generation, form, parties, dialog, analysis, attachments, relations, findings.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_positional "vcon-browser" -eq 1' -fa 'validate' -d 'Check vCons against the core draft: file:line:column: severity: message [rule §section] (pointer).'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_positional "vcon-browser" -eq 1' -fa 'verify' -d 'Check signatures, decryption, certificate chains, content hashes and STIR PASSporTs.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_positional "vcon-browser" -eq 1' -fa 'tree' -d 'Show how vCons link to each other (group, redacted, appended/amended) as a forest.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_positional "vcon-browser" -eq 1' -fa 'bundle' -d 'List, verify or create .vconz bundles (draft-miller-vcon-zip-bundle).'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_positional "vcon-browser" -eq 1' -fa 'ladder' -d 'Print the SIP call-flow ladder of a vCon\'s signaling (sip-message-trace, sip-* attachments).'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_positional "vcon-browser" -eq 1' -fa 'config' -d 'Show where the config file is, check it, or print one at the defaults.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_positional "vcon-browser" -eq 1' -fa 'list' -d 'List vCons one per row (files, directories, bundles, PostgreSQL, a vcon-server API), as text, CSV or JSON.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_positional "vcon-browser" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser show" json' -l 'json' -d 'Print the summary as stable JSON.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser show"' -l 'trust' -d 'Trust anchor: a PEM certificate file or a directory of them (repeatable; also VCON_TRUST).' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser show"' -l 'key' -d 'Key: a PEM private key to decrypt, a PEM public key to pin, or a symmetric key for dir (repeatable).' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser show" files' -l 'files' -d 'Directory of local copies of external files (named by hash or by the URL\'s last segment).' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser show"' -l 'x5u-file' -d 'A local PEM chain for an x5u URL, as URL=PEM (repeatable; x5u is never fetched).' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser show" profile' -l 'profile' -d 'Rules to check against: core-04 (the default for 0.4.0 files) or core-03. Older files use their own generation\'s rules unless a profile is named.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser show" ascii' -l 'ascii' -d 'ASCII only: text outside ASCII shown as \\uXXXX (automatic when the locale is not UTF-8).'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser show" table' -l 'table' -d 'PostgreSQL: the table holding the vCons.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser show" id-column' -l 'id-column' -d 'PostgreSQL: the uuid column.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser show" created-column' -l 'created-column' -d 'PostgreSQL: the creation time column.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser show" json-column' -l 'json-column' -d 'PostgreSQL: the JSONB document column.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser show" subject-column' -l 'subject-column' -d 'PostgreSQL: the subject column, or - for none.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser show" store-timeout' -l 'store-timeout' -d 'Seconds a store statement or request may take.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser show" version' -l 'version' -d 'Show the version.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser validate" json' -l 'json' -d 'Print an array of {file, findings} as JSON.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser validate" profile' -l 'profile' -d 'Rules to check against: core-04 (the default for 0.4.0 files) or core-03. Older files use their own generation\'s rules unless a profile is named.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser validate" ascii' -l 'ascii' -d 'ASCII only: text outside ASCII shown as \\uXXXX (automatic when the locale is not UTF-8).'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser validate" table' -l 'table' -d 'PostgreSQL: the table holding the vCons.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser validate" id-column' -l 'id-column' -d 'PostgreSQL: the uuid column.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser validate" created-column' -l 'created-column' -d 'PostgreSQL: the creation time column.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser validate" json-column' -l 'json-column' -d 'PostgreSQL: the JSONB document column.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser validate" subject-column' -l 'subject-column' -d 'PostgreSQL: the subject column, or - for none.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser validate" store-timeout' -l 'store-timeout' -d 'Seconds a store statement or request may take.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser validate" version' -l 'version' -d 'Show the version.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser validate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser verify"' -l 'trust' -d 'Trust anchor: a PEM certificate file or a directory of them (repeatable; also VCON_TRUST).' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser verify"' -l 'key' -d 'Key: a PEM private key to decrypt, a PEM public key to pin, or a symmetric key for dir (repeatable).' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser verify" files' -l 'files' -d 'Directory of local copies of external files (named by hash or by the URL\'s last segment).' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser verify"' -l 'x5u-file' -d 'A local PEM chain for an x5u URL, as URL=PEM (repeatable; x5u is never fetched).' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser verify" table' -l 'table' -d 'PostgreSQL: the table holding the vCons.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser verify" id-column' -l 'id-column' -d 'PostgreSQL: the uuid column.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser verify" created-column' -l 'created-column' -d 'PostgreSQL: the creation time column.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser verify" json-column' -l 'json-column' -d 'PostgreSQL: the JSONB document column.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser verify" subject-column' -l 'subject-column' -d 'PostgreSQL: the subject column, or - for none.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser verify" store-timeout' -l 'store-timeout' -d 'Seconds a store statement or request may take.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser verify" json' -l 'json' -d 'Print the report as JSON.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser verify" ascii' -l 'ascii' -d 'ASCII only: text outside ASCII shown as \\uXXXX (automatic when the locale is not UTF-8).'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser verify" version' -l 'version' -d 'Show the version.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser verify" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser tree"' -l 'trust' -d 'Trust anchor: a PEM certificate file or a directory of them (repeatable; also VCON_TRUST).' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser tree"' -l 'key' -d 'Key: a PEM private key to decrypt, a PEM public key to pin, or a symmetric key for dir (repeatable).' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser tree" files' -l 'files' -d 'Directory of local copies of external files (named by hash or by the URL\'s last segment).' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser tree"' -l 'x5u-file' -d 'A local PEM chain for an x5u URL, as URL=PEM (repeatable; x5u is never fetched).' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser tree" table' -l 'table' -d 'PostgreSQL: the table holding the vCons.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser tree" id-column' -l 'id-column' -d 'PostgreSQL: the uuid column.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser tree" created-column' -l 'created-column' -d 'PostgreSQL: the creation time column.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser tree" json-column' -l 'json-column' -d 'PostgreSQL: the JSONB document column.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser tree" subject-column' -l 'subject-column' -d 'PostgreSQL: the subject column, or - for none.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser tree" store-timeout' -l 'store-timeout' -d 'Seconds a store statement or request may take.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser tree" json' -l 'json' -d 'Print {nodes, edges} as JSON.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser tree" ascii' -l 'ascii' -d 'ASCII only: text outside ASCII shown as \\uXXXX (automatic when the locale is not UTF-8).'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser tree" version' -l 'version' -d 'Show the version.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser tree" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser bundle" version' -l 'version' -d 'Show the version.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser bundle" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_positional "vcon-browser bundle" -eq 1' -fa 'list' -d 'One line per vCon: uuid, form, file count, subject or party names. Exit 2 if not a readable bundle.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_positional "vcon-browser bundle" -eq 1' -fa 'verify' -d 'Every rule of the bundle draft and every hash. Exit 0 clean, 1 errors, 2 not a readable bundle.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_positional "vcon-browser bundle" -eq 1' -fa 'create' -d 'Package vCons (bytes unchanged) and their referenced files into a new bundle.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser bundle list" ascii' -l 'ascii' -d 'ASCII only: text outside ASCII shown as \\uXXXX (automatic when the locale is not UTF-8).'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser bundle list" version' -l 'version' -d 'Show the version.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser bundle list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser bundle verify" json' -l 'json' -d 'Print the result as JSON.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser bundle verify" missing-as-warning' -l 'missing-as-warning' -d 'Report missing referenced files as warnings, not errors.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser bundle verify" ascii' -l 'ascii' -d 'ASCII only: text outside ASCII shown as \\uXXXX (automatic when the locale is not UTF-8).'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser bundle verify" version' -l 'version' -d 'Show the version.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser bundle verify" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser bundle create" files' -l 'files' -d 'Directory of the referenced files (by hash or URL name).' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser bundle create" force' -l 'force' -d 'Overwrite OUT if it exists.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser bundle create" allow-missing' -l 'allow-missing' -d 'Create the bundle even when referenced files are missing.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser bundle create" version' -l 'version' -d 'Show the version.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser bundle create" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser ladder" dialog' -l 'dialog' -d 'Only this dialog (index in dialog[]).' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser ladder" width' -l 'width' -d 'Columns (default: the terminal\'s width, 100 when not a terminal).' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser ladder" ascii' -l 'ascii' -d 'ASCII only: text outside ASCII shown as \\uXXXX (automatic when the locale is not UTF-8).'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser ladder" tz' -l 'tz' -d 'Time zone of the times: utc, local or ±hh:mm (write --tz=-05:00 for a negative offset).' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser ladder" json' -l 'json' -d 'Print the layout as JSON (lanes, messages with party indices, events).'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser ladder" table' -l 'table' -d 'PostgreSQL: the table holding the vCons.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser ladder" id-column' -l 'id-column' -d 'PostgreSQL: the uuid column.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser ladder" created-column' -l 'created-column' -d 'PostgreSQL: the creation time column.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser ladder" json-column' -l 'json-column' -d 'PostgreSQL: the JSONB document column.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser ladder" subject-column' -l 'subject-column' -d 'PostgreSQL: the subject column, or - for none.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser ladder" store-timeout' -l 'store-timeout' -d 'Seconds a store statement or request may take.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser ladder" version' -l 'version' -d 'Show the version.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser ladder" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser config" path' -l 'path' -d 'Print the config file\'s path.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser config" check' -l 'check' -d 'Check the config file and summarise what it sets.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser config" print-defaults' -l 'print-defaults' -d 'Print a complete config file at the defaults.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser config" version' -l 'version' -d 'Show the version.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser config" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser list" since' -l 'since' -d 'Only vCons created at or after (YYYY-MM-DD or RFC 3339).' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser list" until' -l 'until' -d 'Only vCons created at or before (YYYY-MM-DD is the whole day).' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser list" party' -l 'party' -d 'Only vCons with this party (tel:, mailto:, name: or any).' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser list" subject' -l 'subject' -d 'Only vCons whose subject contains this text.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser list" limit' -l 'limit' -d 'At most this many rows.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser list" json' -l 'json' -d 'Print a JSON array of row objects.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser list" csv' -l 'csv' -d 'Print CSV (RFC 4180, a header row; formula-like cells prefixed with \').'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser list" ascii' -l 'ascii' -d 'ASCII only: text outside ASCII shown as \\uXXXX (automatic when the locale is not UTF-8).'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser list" table' -l 'table' -d 'PostgreSQL: the table holding the vCons.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser list" id-column' -l 'id-column' -d 'PostgreSQL: the uuid column.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser list" created-column' -l 'created-column' -d 'PostgreSQL: the creation time column.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser list" json-column' -l 'json-column' -d 'PostgreSQL: the JSONB document column.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser list" subject-column' -l 'subject-column' -d 'PostgreSQL: the subject column, or - for none.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser list" store-timeout' -l 'store-timeout' -d 'Seconds a store statement or request may take.' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser list"' -l 'trust' -d 'Trust anchor: a PEM certificate file or a directory of them (repeatable; also VCON_TRUST).' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser list"' -l 'key' -d 'Key: a PEM private key to decrypt, a PEM public key to pin, or a symmetric key for dir (repeatable).' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser list" files' -l 'files' -d 'Directory of local copies of external files (named by hash or by the URL\'s last segment).' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser list"' -l 'x5u-file' -d 'A local PEM chain for an x5u URL, as URL=PEM (repeatable; x5u is never fetched).' -rfka ''
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser list" version' -l 'version' -d 'Show the version.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'vcon-browser' -n '__vcon-browser_should_offer_completions_for_flags_or_options "vcon-browser help" version' -l 'version' -d 'Show the version.'
