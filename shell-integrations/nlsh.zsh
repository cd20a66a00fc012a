# nlsh for zsh: type what you want to do, press Ctrl-G, and the line becomes a shell command.
# Install with one line in ~/.zshrc:  eval "$(nlsh init zsh)"
# The line is only ever replaced, never run: Enter stays the person's decision.
#
# Builtins and commands run through \builtin (even `\builtin command`), and our own functions as
# \__nlsh_..., so neither a user's aliases nor functions named like them change what runs. Each
# function starts from zsh's own options, whatever the user's are.

# Only where the line editor runs; the guard makes a second eval a no-op.
if [[ -o interactive && -o zle && -z ${__nlsh_loaded-} ]]; then

# What the last Ctrl-G left on the line, so the next press can tell "cycle" from "translate".
\builtin typeset -g __nlsh_loaded=1 __nlsh_phrase= __nlsh_shown= __nlsh_histcmd=
\builtin typeset -gi __nlsh_index=0
\builtin typeset -ga __nlsh_candidates
# Set by a translation: the next command line that runs is reported with the proposal (see below).
\builtin typeset -g __nlsh_pending= __nlsh_ran=

function __nlsh_widget {
    \builtin emulate -L zsh
    if (( ${#__nlsh_candidates} )) && [[ $BUFFER == "$__nlsh_shown" && $HISTCMD == "$__nlsh_histcmd" ]]; then
        # After the last candidate comes the phrase as typed, then the first candidate again.
        __nlsh_index=$(( __nlsh_index % (${#__nlsh_candidates} + 1) + 1 ))
        if (( __nlsh_index > ${#__nlsh_candidates} )); then
            \__nlsh_show "$__nlsh_phrase" ${#__nlsh_phrase}
        else
            \__nlsh_show_candidate
        fi
        return 0
    fi

    [[ $BUFFER == *[^[:space:]]* ]] || return 0

    \builtin local reply message=''
    \builtin integer exit_status interrupted=0
    \builtin zle -M 'nlsh: translating...'
    \builtin zle -R
    # Ctrl-C while waiting cancels the translation, not the typed line (the trap is local to here). The
    # client may die of it at any point of its start-up, so its exit status cannot tell.
    \builtin trap 'interrupted=1' INT
    reply=$(\builtin command @NLSH_PYTHON@ -I -S @NLSH_CLIENT@ 5 "$BUFFER" 2>&1)
    exit_status=$?

    if (( interrupted )); then
        message='translation cancelled'
    elif (( exit_status != 0 )); then
        message=${reply%%$'\n'*}
        message=${message#nlsh: }
        message=${message:-"translation failed (exit status $exit_status)"}
    elif [[ -z $reply ]]; then
        message='no command found for this phrase'
    fi
    if [[ -n $message ]]; then
        # The typed phrase stays on the line untouched; the reason shows under it.
        __nlsh_candidates=()
        \builtin zle -M "nlsh: $message"
        return 0
    fi

    \builtin zle -M ''
    __nlsh_phrase=$BUFFER
    __nlsh_histcmd=$HISTCMD
    __nlsh_index=1
    __nlsh_pending=1
    __nlsh_candidates=(${(f)reply})
    \__nlsh_show_candidate
}

# After Ctrl-G filled in the line, preexec keeps the line that runs (not one the user keeps out of history
# with a leading space) and precmd, first of all precmd hooks so that $? is the command's, has the client
# tell the server what ran, in the background, so personal fine-tuning learns from the edits people make.
function __nlsh_preexec {
    [[ -n $__nlsh_pending ]] || return 0
    __nlsh_pending=
    # Before `emulate`, which would hide the user's own options.
    [[ $1 == ' '* && -o histignorespace ]] && return 0
    __nlsh_ran=$1
}

# A new line to edit while a proposal is still pending: the last one was abandoned (Ctrl-C), not run.
function __nlsh_line_init {
    __nlsh_pending=
}

function __nlsh_precmd {
    \builtin local exit_status=$?
    \builtin emulate -L zsh
    if [[ -n $__nlsh_ran ]]; then
        \builtin local chosen=-
        (( __nlsh_index <= ${#__nlsh_candidates} )) && chosen=$(( __nlsh_index - 1 ))
        ( \builtin command @NLSH_PYTHON@ -I -S @NLSH_CLIENT@ log "$exit_status" "$chosen" "$__nlsh_phrase" \
            "$__nlsh_ran" "${__nlsh_candidates[@]}" >/dev/null 2>&1 & )
        __nlsh_ran=
    fi
    return $exit_status
}

function __nlsh_show_candidate {
    \builtin emulate -L zsh
    \builtin local command="$__nlsh_candidates[__nlsh_index]"
    \builtin local before_placeholder="${command%%\{\{*}"
    \__nlsh_show "$command" ${#before_placeholder}
}

function __nlsh_show {
    BUFFER=$1
    CURSOR=$2
    __nlsh_shown=$1
}

() {
    \builtin emulate -L zsh
    \builtin local key=@NLSH_KEY@ keymap
    \builtin zle -N __nlsh_widget
    for keymap in emacs viins vicmd; do
        \builtin bindkey -M $keymap "$key" __nlsh_widget
    done
    \builtin typeset -ga precmd_functions preexec_functions
    precmd_functions=(__nlsh_precmd $precmd_functions)
    preexec_functions+=(__nlsh_preexec)
    \builtin autoload -Uz add-zle-hook-widget && add-zle-hook-widget line-init __nlsh_line_init
}

fi
