# shellcheck shell=bash
# nlsh for bash: type what you want to do, press Ctrl-G, and the line becomes a shell command.
# Install with one line in ~/.bashrc:  eval "$(nlsh init bash)"
# The line is only ever replaced, never run: Enter stays the person's decision.
#
# Builtins and commands run through \builtin (even `\builtin command`), and our own functions as
# \__nlsh_..., so neither a user's aliases nor functions named like them change what runs.

# bind -x with READLINE_LINE needs bash 4 and line editing; the guard makes a second eval a no-op.
if [[ $- == *i* && -z ${__nlsh_loaded-} && ${BASH_VERSINFO[0]:-0} -ge 4 && ( -o emacs || -o vi ) ]]; then

__nlsh_loaded=1
# What the last Ctrl-G left on the line, so the next press can tell "cycle" from "translate".
__nlsh_phrase=
__nlsh_shown=
__nlsh_histcmd=
__nlsh_index=0
__nlsh_candidates=()
# Set by a translation: the next command line that runs is reported with the proposal (see below).
__nlsh_pending=

function __nlsh_widget {
    if [[ ${#__nlsh_candidates[@]} -gt 0 && $READLINE_LINE == "$__nlsh_shown" && ${HISTCMD-} == "$__nlsh_histcmd" ]]; then
        # After the last candidate comes the phrase as typed, then the first candidate again.
        __nlsh_index=$(( (__nlsh_index + 1) % (${#__nlsh_candidates[@]} + 1) ))
        if (( __nlsh_index == ${#__nlsh_candidates[@]} )); then
            \__nlsh_show "$__nlsh_phrase" "${#__nlsh_phrase}"
        else
            \__nlsh_show_candidate
        fi
        return 0
    fi

    [[ $READLINE_LINE == *[![:space:]]* ]] || return 0

    \builtin local reply status=0 message='' interrupted=0 user_int_trap
    \builtin printf 'nlsh: translating...' >&2
    # Ctrl-C while waiting cancels the translation, not the typed line: bash survives the signal with a
    # trap while the client still dies of it (at any point of its start-up, so its exit status cannot
    # tell); the user's own INT trap is put back afterwards.
    user_int_trap=$(\builtin trap -p INT)
    \builtin trap 'interrupted=1' INT
    # `|| status=$?` also keeps a user's `set -e` from ending the shell when the client fails.
    reply=$(\builtin command @NLSH_PYTHON@ -I -S @NLSH_CLIENT@ 5 "$READLINE_LINE" 2>&1) || status=$?
    \builtin trap - INT
    \builtin eval "$user_int_trap"
    \builtin printf '\r\033[K' >&2

    if (( interrupted )); then
        message='translation cancelled'
    elif (( status != 0 )); then
        message=${reply%%$'\n'*}
        message=${message#nlsh: }
        message=${message:-"translation failed (exit status $status)"}
    elif [[ -z $reply ]]; then
        message='no command found for this phrase'
    fi
    if [[ -n $message ]]; then
        # The typed phrase stays on the line untouched; the reason goes above the prompt.
        \builtin printf 'nlsh: %s\n' "$message" >&2
        __nlsh_candidates=()
        return 0
    fi

    __nlsh_phrase=$READLINE_LINE
    __nlsh_histcmd=${HISTCMD-}
    __nlsh_index=0
    __nlsh_pending=1
    \builtin mapfile -t __nlsh_candidates <<<"$reply"
    \__nlsh_show_candidate
}

# Runs first in PROMPT_COMMAND. When the line Ctrl-G filled in has run (a new history entry: a line that
# was abandoned, or kept out of history by the user's HISTCONTROL, is not reported), the client tells
# the server what ran, in the background, so personal fine-tuning learns from the edits people make.
function __nlsh_after_command {
    \builtin local exit_status=$? line chosen=-
    if [[ -n $__nlsh_pending ]]; then
        __nlsh_pending=
        if [[ ${HISTCMD-} != "$__nlsh_histcmd" ]]; then
            line=$(\builtin fc -ln -0 -0 2>/dev/null)  # -0: the command that just ran
            line=${line#"${line%%[![:space:]]*}"}
            (( __nlsh_index < ${#__nlsh_candidates[@]} )) && chosen=$__nlsh_index
            ( \builtin command @NLSH_PYTHON@ -I -S @NLSH_CLIENT@ log "$exit_status" "$chosen" "$__nlsh_phrase" \
                "$line" "${__nlsh_candidates[@]}" >/dev/null 2>&1 & )
        fi
    fi
    return "$exit_status"  # the rest of PROMPT_COMMAND still sees the command's status
}

function __nlsh_show_candidate {
    \builtin local command="${__nlsh_candidates[__nlsh_index]}"
    \builtin local before_placeholder="${command%%\{\{*}"
    \__nlsh_show "$command" "${#before_placeholder}"
}

function __nlsh_show {
    READLINE_LINE=$1
    READLINE_POINT=$2
    __nlsh_shown=$1
}

function __nlsh_bind {
    \builtin local key keymap
    key=@NLSH_KEY@
    for keymap in emacs-standard vi-insert vi-command; do
        \builtin bind -m "$keymap" -x "\"$key\": \\__nlsh_widget"
    done
}
\__nlsh_bind
\builtin unset -f __nlsh_bind
if [[ $(\builtin declare -p PROMPT_COMMAND 2>/dev/null) == "declare -a"* ]]; then  # bash 5.1's array form
    PROMPT_COMMAND=('\__nlsh_after_command' "${PROMPT_COMMAND[@]}")
else
    # shellcheck disable=SC2128,SC2178  # a string on this branch; the array form is the one above
    PROMPT_COMMAND="\\__nlsh_after_command${PROMPT_COMMAND:+;$PROMPT_COMMAND}"
fi

fi
