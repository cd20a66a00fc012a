"""The keys that answer a proposed command in the REPL; each one ends the choice with an Action."""

from __future__ import annotations

import enum

from prompt_toolkit.key_binding import KeyBindings


class Action(enum.Enum):
    RUN = "run"
    EDIT = "edit"
    NEXT = "next"
    PREVIOUS = "previous"
    EXPLAIN = "explain"
    SKIP = "skip"


def action_bindings() -> KeyBindings:
    """Bindings for the question under a proposed command; any other key does nothing."""
    bindings = KeyBindings()

    @bindings.add("enter")
    def _run(event):
        """Run the command (danger asks for `yes` first, placeholders for their values)."""
        event.app.exit(result=Action.RUN)

    @bindings.add("e")
    def _edit(event):
        """Edit the command in a prompt filled with it."""
        event.app.exit(result=Action.EDIT)

    @bindings.add("tab")
    @bindings.add("down")
    def _next(event):
        """Show the next alternative, wrapping round to the best."""
        event.app.exit(result=Action.NEXT)

    @bindings.add("s-tab")
    @bindings.add("up")
    def _previous(event):
        """Show the previous alternative."""
        event.app.exit(result=Action.PREVIOUS)

    @bindings.add("?")
    def _explain(event):
        """Explain what the command does, part by part."""
        event.app.exit(result=Action.EXPLAIN)

    # Eager: Escape alone must not wait to see whether it starts a longer key sequence.
    @bindings.add("escape", eager=True)
    @bindings.add("n")
    @bindings.add("c-c")
    @bindings.add("c-d")
    def _skip(event):
        """Leave the command unrun and go back to the phrase prompt."""
        event.app.exit(result=Action.SKIP)

    return bindings
