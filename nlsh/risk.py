"""How much harm a shell command can do: `safe`, `caution` or `danger`, with the reasons.

The verdict comes from the parsed command, never from substrings: it sees through pipes, lists,
subshells, substitutions, wrappers such as sudo, env and xargs, quoting and absolute paths, while
`echo rm -rf /` stays harmless. `assess` runs on every candidate the model proposes, so it is cheap and
imports nothing heavy. Whether a redirection, a copy or a tar archive replaces an existing file is checked
against the working directory (one stat per target), since that is what decides if data is lost.
"""

from __future__ import annotations

import os
import posixpath
import re
from dataclasses import dataclass, field

from nlsh import shellparse
from nlsh.shellparse import Context, ParseError, Script, SimpleCommand, Word, is_descriptor

LEVELS = ("safe", "caution", "danger")
SAFE, CAUTION, DANGER = LEVELS


@dataclass
class Assessment:
    level: str
    reasons: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"level": self.level, "reasons": list(self.reasons)}


def assess(command: str, *, cwd: str | None = None) -> Assessment:
    """The risk of running `command` in `cwd` (default: the current directory). Never raises."""
    try:
        script = shellparse.parse(command)
    except ParseError as exc:
        return Assessment(CAUTION, [f"cannot be parsed ({exc.reason}), so nothing about it can be checked"])
    findings = _Findings(cwd)
    findings.script(script, depth=0)
    return findings.assessment()


# ---------------------------------------------------------------------------------------------------
# Where a path points

DEVICE, ROOT, CRITICAL, SYSTEM, HOME, SECRETS, CWD, RUNTIME, PATH = (
    "device", "root", "critical", "system", "home", "secrets", "cwd", "runtime", "path")

# Top-level directories the system cannot live without at any depth.
_VITAL = frozenset(("bin", "boot", "etc", "sbin", "proc", "sys", "efi"))
# Top-level directories whose first levels matter (/home/alice, /var/lib); deeper is someone's data.
_SHALLOW = {"var": 2, "usr": 2, "home": 2, "opt": 2, "srv": 2, "snap": 2, "media": 2, "root": 1, "mnt": 1,
            "tmp": 1, "run": 1, "dev": 1}
# Top-level directories that are themselves part of the system (/home, /var), unlike their contents.
_SYSTEM_TOPS = frozenset(("usr", "var", "home", "opt", "srv", "root", "dev", "snap", "mnt", "media", "run"))
# Block devices and memory: disks, partitions, RAID, loop and mapped devices, floppies, and the names
# tldr uses for them in placeholders (/dev/usb_drive).
_DEVICE = re.compile(r"(sd|hd|vd|xvd|nvme|mmcblk|md|dm-|loop|sr|nbd|zram|mtd|dasd|r?fd\d|mem$|kmem$|port$)"
                     r"|disk|drive|usb|mapper|by-")
_BROAD_GLOB = re.compile(r"\.?\*+(\.\*)?|\{\*,\.\*\}")
_HOME_VARIABLE = re.compile(r"\$(HOME|\{HOME\})(?=/|$)")
_PLACEHOLDER = re.compile(r"\{\{(.*)\}\}")


def _path_text(word: Word) -> str:
    match = _PLACEHOLDER.fullmatch(word.text)
    return match.group(1) if match else word.text


def place(word: Word) -> str:
    """What kind of location a path argument names (one of the constants above)."""
    text = _path_text(word)
    if not text:
        return PATH
    if word.expanded:
        match = _HOME_VARIABLE.match(text)
        if not match:
            return RUNTIME
        text = "~" + text[match.end():]
        if "$" in text or "`" in text:
            return RUNTIME
    def is_broad(segment: str) -> bool:
        return word.glob and bool(_BROAD_GLOB.fullmatch(segment))

    if text.startswith("~"):
        user, _, rest = text[1:].partition("/")
        parts = [p for p in posixpath.normpath("/" + rest).split("/") if p]
        if not parts:
            return HOME
        if len(parts) == 1 and not user and is_broad(parts[0]):
            return HOME
        return SECRETS if parts[0] in (".ssh", ".gnupg") and not user else PATH
    if text.startswith("/"):
        parts = [p for p in posixpath.normpath("/" + text.lstrip("/")).split("/") if p]
        if not parts or len(parts) == 1 and is_broad(parts[0]):
            return ROOT
        top = parts[0]
        if top == "dev" and len(parts) > 1:
            return DEVICE if _DEVICE.match(parts[1]) else PATH
        if top in _VITAL or top.startswith("lib"):
            return CRITICAL
        if top == "usr" and len(parts) > 2 and (parts[1] in ("bin", "sbin") or parts[1].startswith("lib")):
            return CRITICAL
        if len(parts) <= _SHALLOW.get(top, 1):
            return CRITICAL
        return SYSTEM if top in ("usr", "var") and parts[1] != "tmp" else PATH
    parts = posixpath.normpath(text).split("/")
    if all(p in (".", "..") for p in parts[:-1]) and (parts[-1] in (".", "..") or is_broad(parts[-1])):
        return CWD
    return PATH


def vital(word: Word) -> bool:
    """Whether a path is the root, a system directory itself (/usr, /home) or anything the system runs
    from (/etc, /boot, /usr/bin, /lib ...), as opposed to data kept under a system directory."""
    text = _path_text(word)
    if word.expanded or not text.startswith("/"):
        return False
    parts = [p for p in posixpath.normpath("/" + text.lstrip("/")).split("/") if p]
    if not parts or len(parts) == 1 and word.glob and _BROAD_GLOB.fullmatch(parts[0]):
        return True
    top = parts[0]
    if top in _VITAL or top.startswith("lib"):
        return True
    if top == "usr" and len(parts) > 1:
        return parts[1] in ("bin", "sbin") or parts[1].startswith("lib")
    return len(parts) == 1 and top in _SYSTEM_TOPS


# ---------------------------------------------------------------------------------------------------
# Reading options


def split_options(args: list[Word]) -> tuple[set[str], set[str], list[Word]]:
    """(short option letters, long options without values, operands), GNU style."""
    shorts: set[str] = set()
    longs: set[str] = set()
    operands: list[Word] = []
    ended = False
    for word in args:
        text = word.text
        if ended or not text.startswith("-") or text == "-":
            operands.append(word)
        elif text == "--":
            ended = True
        elif text.startswith("--"):
            longs.add(text.split("=", 1)[0])
        else:
            shorts.update(text[1:])
    return shorts, longs, operands


def _has(shorts: set[str], longs: set[str], letters: str = "", *names: str) -> bool:
    return any(letter in shorts for letter in letters) or any(name in longs for name in names)


DOWNLOADERS = frozenset(("curl", "wget", "fetch", "http", "https", "xh", "aria2c", "lwp-request", "GET"))
INTERPRETERS = frozenset(("python", "python2", "python3", "perl", "ruby", "node", "php", "lua", "Rscript"))


# ---------------------------------------------------------------------------------------------------
# The checks


class _Findings:
    def __init__(self, cwd: str | None):
        self.cwd = cwd
        self.found: list[tuple[int, str]] = []

    def add(self, level: str, reason: str) -> None:
        self.found.append((LEVELS.index(level), reason))

    def assessment(self) -> Assessment:
        if not self.found:
            return Assessment(SAFE, [])
        ranked = sorted(enumerate(self.found), key=lambda item: (-item[1][0], item[0]))
        reasons = list(dict.fromkeys(reason for _, (_, reason) in ranked))
        return Assessment(LEVELS[ranked[0][1][0]], reasons)

    def script(self, script: Script, depth: int) -> None:
        for pipeline, _ in shellparse.iter_pipelines(script):
            self.pipeline(pipeline.commands, depth)
        for command, context in shellparse.iter_commands(script):
            self.command(command, context)
        for function in shellparse.iter_functions(script):
            self.function(function)

    # -- whole pipelines ---------------------------------------------------------------------------

    def pipeline(self, commands: list, depth: int) -> None:
        for index, command in enumerate(commands):
            if not isinstance(command, SimpleCommand):
                for redirect in command.redirects:
                    self.redirect(redirect)
                continue
            if command.utility in ("rm", "shred", "unlink") and any(w.name == "xargs" for w in command.wrappers):
                source = commands[0] if index > 0 else None
                finder = source if isinstance(source, SimpleCommand) and source.utility == "find" else None
                self.input_deletion(command, finder)
            if index == 0 or not reads_code_from_stdin(command):
                continue
            producers = [c for c in commands[:index] if isinstance(c, SimpleCommand)]
            downloader = next((c.utility for c in producers if c.utility in DOWNLOADERS), None)
            feeder = commands[index - 1]
            if downloader:
                self.add(DANGER, f"pipes a download ({downloader}) into {command.utility}: runs code nobody "
                                 f"has read")
            elif isinstance(feeder, SimpleCommand) and feeder.utility in ("echo", "printf") \
                    and not any(w.expanded for w in feeder.args) and depth < 4:
                text = " ".join(w.text for w in feeder.args if not w.text.startswith("-"))
                try:
                    self.script(shellparse.parse(text), depth + 1)
                except ParseError as exc:
                    self.add(CAUTION, f"{command.utility} runs text that is not valid shell ({exc.reason})")
            elif not (isinstance(feeder, SimpleCommand) and feeder.utility == "cat" and feeder.args):
                self.add(CAUTION, f"{command.utility} runs whatever code arrives through the pipe")

    def function(self, function) -> None:
        body = Script([shellparse.Pipeline([function.body])], [""])
        calls = sum(1 for c, _ in shellparse.iter_commands(body) if c.program == function.name)
        if calls >= 2:
            self.add(DANGER, f"function {function.name} starts two copies of itself each time it runs: a fork "
                             f"bomb that exhausts processes until the machine hangs")

    # -- single commands ---------------------------------------------------------------------------

    def command(self, command: SimpleCommand, context: Context) -> None:
        for redirect in command.redirects:
            self.redirect(redirect)
        privileged = [w.name for w in command.wrappers if w.name in shellparse.PRIVILEGED]
        if privileged:
            self.add(CAUTION, f"runs as root ({privileged[0]})")
        utility = command.utility
        if utility is None:
            return
        for word in command.args:
            self.code_download(command, word)
        for nested in command.nested:
            if nested.error is not None:
                self.add(CAUTION, f"{nested.how} gets code that cannot be parsed ({nested.error.reason})")
        rule = _RULES.get(utility)
        if rule is None and utility.startswith("mkfs"):
            rule = _mkfs
        if rule is not None:
            rule(self, command, context)

    def code_download(self, command: SimpleCommand, word: Word) -> None:
        """`bash -c "$(curl ...)"`, `source <(wget -O- ...)`, `eval "$(curl ...)"`."""
        runs_code = command.utility in shellparse.SHELLS or command.utility in INTERPRETERS \
            or command.utility in ("eval", "source", ".")
        if not runs_code or not word.substitutions:
            return
        for script in word.substitutions:
            for inner, _ in shellparse.iter_commands(script):
                if inner.utility in DOWNLOADERS:
                    self.add(DANGER, f"{command.utility} runs code downloaded by {inner.utility}, unread")
                    return

    def redirect(self, redirect) -> None:
        op = redirect.op
        if op in ("<", "<<", "<<<", "<<-", "<&") or op == ">&" and _fd_target(redirect.target):
            return
        self.write(redirect.target, append=op in (">>", "&>>", "<>"), what="the redirection")

    def write(self, target: Word, append: bool, what: str, overwrite_danger: bool = True) -> None:
        """Checks for anything that writes to `target`."""
        kind = place(target)
        name = target.text
        if kind == DEVICE:
            self.add(DANGER, f"{what} writes straight onto the device {name}, destroying what is on it")
        elif kind in (ROOT, CRITICAL):
            if append or not overwrite_danger:
                self.add(CAUTION, f"{what} changes the system file {name}")
            elif vital(target) or self.existing_file(target):
                self.add(DANGER, f"{what} overwrites the system file {name}")
            else:
                self.add(CAUTION, f"{what} creates {name} in a system directory")
        elif kind == SYSTEM:
            self.add(CAUTION, f"{what} changes {name} under a system directory")
        elif kind == PATH and not append and self.existing_file(target):
            self.add(CAUTION, f"{what} replaces the contents of the existing file {name}")

    def existing_file(self, word: Word) -> bool:
        if word.expanded or word.glob:
            return False
        path = os.path.expanduser(_path_text(word))
        if self.cwd and not os.path.isabs(path):
            path = os.path.join(self.cwd, path)
        try:
            return os.path.isfile(path)
        except (OSError, ValueError):
            return False

    def input_deletion(self, command: SimpleCommand, finder: SimpleCommand | None) -> None:
        """`... | xargs rm`: what is deleted is what arrives on input, which find may describe."""
        shorts, longs, _ = split_options(command.args)
        what = f"xargs {command.utility}" + (" -r" if _has(shorts, longs, "rR", "--recursive") else "")
        interactive = _has(shorts, longs, "iI", "--interactive") and not _has(shorts, longs, "f", "--force")
        if finder is not None:
            self.find_deletion(finder, what, interactive)
        elif what.endswith("-r"):
            self.add(DANGER, f"{what} deletes, recursively, whatever paths arrive on its input")
        else:
            self.add(CAUTION, f"{what} deletes whatever paths arrive on its input, with no undo")

    def find_deletion(self, finder: SimpleCommand, what: str, interactive: bool) -> None:
        """Deleting what `finder` finds: how far that reaches depends on where it starts and whether it
        filters (by name, age, size, owner ...) or takes everything."""
        filtered = any(w.text in _FIND_FILTERS for w in finder.args)
        for start in shellparse.find_paths(finder.args) or [Word(".", ".")]:
            kind = place(start)
            if vital(start):
                level, reason = DANGER, f"{what} deletes what find matches anywhere under the system path " \
                                        f"{start.text}"
            elif not filtered and kind in (ROOT, CRITICAL, HOME, CWD):
                level, reason = DANGER, f"{what} deletes everything find lists under {start.text}"
            else:
                level, reason = CAUTION, f"{what} deletes every file find matches under {start.text}, with no undo"
            self.add(CAUTION if interactive else level, reason)

    def deletion(self, targets: list[Word], what: str, recursive: bool, interactive: bool) -> None:
        for target in targets:
            kind = place(target)
            name = target.text
            if kind in (ROOT, CRITICAL, DEVICE) or kind in (HOME, SECRETS, CWD) and recursive:
                level = DANGER
                why = {ROOT: "everything on the machine", CRITICAL: "a system path", DEVICE: "a device",
                       HOME: "your home directory", SECRETS: "your keys", CWD: "everything here"}[kind]
                reason = f"{what} on {name} deletes {why}, with no undo"
            elif kind in (HOME, CWD):
                level, reason = CAUTION, f"{what} on {name} deletes many files at once, with no undo"
            elif kind in (SYSTEM, SECRETS):
                level, reason = CAUTION, f"{what} deletes {name}, which the system or your logins use"
            elif kind == RUNTIME:
                level, reason = CAUTION, f"{what} deletes {name}, a path known only when it runs"
            elif interactive:
                continue
            else:
                level, reason = CAUTION, f"{what} deletes {name}, with no undo"
            self.add(CAUTION if interactive else level, reason)


def _fd_target(word: Word) -> bool:
    return word.text == "-" or is_descriptor(word.text)


def reads_code_from_stdin(command: SimpleCommand) -> bool:
    """A shell or interpreter that takes its program from standard input."""
    utility = command.utility
    if utility not in shellparse.SHELLS and utility not in INTERPRETERS:
        return False
    shorts, longs, operands = split_options(command.args)
    if "c" in shorts or "e" in shorts and utility in INTERPRETERS or "m" in shorts and utility in INTERPRETERS:
        return False
    return not operands or operands[0].text == "-" or "s" in shorts and utility in shellparse.SHELLS


# -- rules by utility -----------------------------------------------------------------------------------


def _rm(found: _Findings, command: SimpleCommand, context: Context) -> None:
    shorts, longs, targets = split_options(command.args)
    recursive = _has(shorts, longs, "rR", "--recursive")
    force = _has(shorts, longs, "f", "--force")
    interactive = _has(shorts, longs, "iI", "--interactive") and not force
    what = "rm -r" if recursive else "rm"
    if "--no-preserve-root" in longs:
        found.add(DANGER, "rm --no-preserve-root removes the guard that stops rm from deleting /")
    if context.find is not None and any(t.text == "{}" for t in targets):
        prompts = context.path[-1].startswith("find -ok")
        found.find_deletion(context.find, f"find -exec {what}", interactive or prompts)
        targets = [t for t in targets if t.text != "{}"]
    found.deletion(targets, what, recursive, interactive)


# Tests that narrow what find selects; -type, -maxdepth and the like do not.
_FIND_FILTERS = frozenset("""-name -iname -path -ipath -wholename -iwholename -regex -iregex -lname -ilname
    -newer -anewer -cnewer -newermt -mtime -mmin -atime -amin -ctime -cmin -size -user -uid -group -gid
    -nouser -nogroup -perm -empty -samefile -inum -links -used -fstype -context""".split())


def _unlink(found: _Findings, command: SimpleCommand, context: Context) -> None:
    found.deletion(split_options(command.args)[2], command.utility, False, False)


def _shred(found: _Findings, command: SimpleCommand, context: Context) -> None:
    shorts, longs, targets = split_options(command.args)
    for target in targets:
        if place(target) in (DEVICE, ROOT, CRITICAL, SYSTEM):
            found.add(DANGER, f"shred overwrites {target.text} so nothing on it can be recovered")
        else:
            found.add(CAUTION, f"shred overwrites {target.text} so it cannot be recovered")


def _find(found: _Findings, command: SimpleCommand, context: Context) -> None:
    if any(w.text == "-delete" for w in command.args):
        found.find_deletion(command, "find -delete", False)


def _option_value(word: Word, prefix: str) -> Word:
    """The value of an option written `prefix=value` (`of=disk.img`, `--file=a.tar`) as a word of its own."""
    return Word(word.raw, word.text[len(prefix):], word.start, word.quoted, word.expanded, word.glob)


def _dd(found: _Findings, command: SimpleCommand, context: Context) -> None:
    for word in command.args:
        if word.text.startswith("of="):
            notrunc = "conv=notrunc" in (w.text for w in command.args)
            found.write(_option_value(word, "of="), append=notrunc, what="dd")


def _mkfs(found: _Findings, command: SimpleCommand, context: Context) -> None:
    operands = split_options(command.args)[2]
    if operands:
        found.add(DANGER, f"{command.utility} makes a new filesystem on {operands[-1].text}, erasing everything "
                          f"on it")


def _wipefs(found: _Findings, command: SimpleCommand, context: Context) -> None:
    shorts, longs, operands = split_options(command.args)
    if _has(shorts, longs, "ao", "--all", "--offset"):
        found.add(DANGER, "wipefs erases the filesystem and partition signatures on "
                          + " ".join(w.text for w in operands))


_PARTITION_READERS = {"fdisk": ("l", ("--list",)), "sfdisk": ("ldsVJ", ("--list", "--dump", "--show-size",
                                                                        "--verify", "--json")),
                      "gdisk": ("l", ()), "sgdisk": ("piv", ("--print", "--info", "--verify")),
                      "cfdisk": ("", ()), "parted": ("l", ("--list",))}


def _partitioner(found: _Findings, command: SimpleCommand, context: Context) -> None:
    shorts, longs, operands = split_options(command.args)
    letters, names = _PARTITION_READERS[command.utility]
    read_only = _has(shorts, longs, letters, *names) or any(w.text == "print" for w in operands)
    if operands and not read_only:
        found.add(DANGER, f"{command.utility} rewrites the partition table of {operands[0].text}")


def _blkdiscard(found: _Findings, command: SimpleCommand, context: Context) -> None:
    found.add(DANGER, "blkdiscard discards every block of the device: its data is gone")


# Modes that give write access to everyone: octal with the "others" digit writable, or a+w / o+w / +w.
_WORLD_WRITABLE = re.compile(r"[0-7]*[2367]|(.*,)?[ao]*\+[rwxXst]*w.*")


def _permissions(found: _Findings, command: SimpleCommand, context: Context) -> None:
    shorts, longs, operands = split_options(command.args)
    recursive = _has(shorts, longs, "R", "--recursive")
    if "--reference" in longs:
        targets = operands
    else:
        targets = operands[1:]
        if command.utility == "chmod" and operands and _WORLD_WRITABLE.fullmatch(operands[0].text):
            found.add(CAUTION, f"chmod {operands[0].text} lets every user change the files")
    what = f"{command.utility} -R" if recursive else command.utility
    for target in targets:
        kind = place(target)
        if recursive and (vital(target) or kind == HOME):
            found.add(DANGER, f"{what} on {target.text} changes a whole system tree; the old settings cannot "
                              f"be restored")
        elif kind in (ROOT, CRITICAL, SYSTEM, HOME, SECRETS, DEVICE) or recursive:
            found.add(CAUTION, f"{what} on {target.text} changes access to many files at once" if recursive
                      else f"{what} changes access to the system path {target.text}")


def _kill(found: _Findings, command: SimpleCommand, context: Context) -> None:
    args = [w.text for w in command.args]
    if any(a in ("-l", "-L", "--list", "--table", "-0", "-s0") for a in args) or args[:2] in (["-s", "0"],
                                                                                           ["-n", "0"]):
        return  # listing signals, or signal 0, which only checks that a process exists
    pids: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg in ("-s", "-n", "--signal"):
            i += 2
            continue
        if arg == "--":
            pids.extend(args[i + 1:])
            break
        if arg.startswith("-") and not pids and i == 0:
            i += 1
            continue
        pids.append(arg)
        i += 1
    if "-1" in pids:
        found.add(DANGER, "kill -1 signals every process you are allowed to, ending your whole session")
    elif "1" in pids:
        found.add(DANGER, "kill on PID 1 signals init, which brings the whole system down")
    elif pids:
        found.add(CAUTION, "kill stops running processes; unsaved work in them is lost")


def _killall(found: _Findings, command: SimpleCommand, context: Context) -> None:
    if command.utility == "killall5":
        found.add(DANGER, "killall5 signals every process on the machine")
    elif command.args:
        found.add(CAUTION, f"{command.utility} stops every process that matches; unsaved work in them is lost")


def _power(found: _Findings, command: SimpleCommand, context: Context) -> None:
    args = {w.text for w in command.args}
    if args & {"--help", "--version"} or command.utility == "shutdown" and "-c" in args:
        return
    found.add(DANGER, f"{command.utility} stops or restarts the machine, ending every program on it")


def _init(found: _Findings, command: SimpleCommand, context: Context) -> None:
    if any(w.text in ("0", "6", "1", "s", "S") for w in command.args):
        found.add(DANGER, f"{command.utility} {command.args[0].text} switches the machine to another runlevel "
                          f"(halt, reboot or single user)")


_SYSTEMCTL_DANGER = frozenset(("poweroff", "reboot", "halt", "kexec", "emergency", "rescue", "soft-reboot"))
_SYSTEMCTL_CAUTION = frozenset(("stop", "kill", "disable", "mask", "restart", "isolate", "suspend", "hibernate",
                                "hybrid-sleep", "daemon-reexec"))


def _systemctl(found: _Findings, command: SimpleCommand, context: Context) -> None:
    operands = split_options(command.args)[2]
    verb = operands[0].text if operands else ""
    if verb in _SYSTEMCTL_DANGER:
        found.add(DANGER, f"systemctl {verb} stops or restarts the machine, ending every program on it")
    elif verb in _SYSTEMCTL_CAUTION:
        found.add(CAUTION, f"systemctl {verb} interrupts running services")


_GIT_GLOBAL_VALUES = frozenset(("-C", "-c", "--git-dir", "--work-tree", "--namespace", "--exec-path"))


def _git(found: _Findings, command: SimpleCommand, context: Context) -> None:
    args = command.args
    i = 0
    while i < len(args) and args[i].text.startswith("-"):
        i += 2 if args[i].text in _GIT_GLOBAL_VALUES else 1
    if i >= len(args):
        return
    verb = args[i].text
    shorts, longs, operands = split_options(args[i + 1:])
    if verb == "push":
        if _has(shorts, longs, "f", "--force", "--mirror") or any(w.text.startswith("+") for w in operands):
            found.add(DANGER, "git push --force replaces the remote history; others' commits can be lost")
        elif "--force-with-lease" in longs or "--force-if-includes" in longs:
            found.add(CAUTION, "git push --force-with-lease rewrites the remote history")
        elif _has(shorts, longs, "d", "--delete") or any(w.text.startswith(":") for w in operands):
            found.add(CAUTION, "git push --delete removes a branch or tag from the remote")
    elif verb == "reset" and "--hard" in longs:
        found.add(DANGER, "git reset --hard throws away uncommitted changes, with no undo")
    elif verb == "clean" and _has(shorts, longs, "f", "--force") and not _has(shorts, longs, "n", "--dry-run"):
        ignored = " and ignored" if "x" in shorts else ""
        found.add(DANGER, f"git clean -f deletes untracked{ignored} files, which git cannot bring back")
    elif verb == "checkout" and (_has(shorts, longs, "f", "--force") or any(w.text == "." for w in operands)):
        found.add(CAUTION, "git checkout discards local changes")
    elif verb == "restore" and not _has(shorts, longs, "S", "--staged"):
        found.add(CAUTION, "git restore discards local changes to the files")
    elif verb == "branch" and ("D" in shorts or {"--delete", "--force"} <= longs):
        found.add(CAUTION, "git branch -D deletes a branch even if it is not merged")
    elif verb == "stash" and operands and operands[0].text in ("drop", "clear"):
        found.add(CAUTION, f"git stash {operands[0].text} deletes stashed changes")
    elif verb in ("filter-branch", "filter-repo"):
        found.add(CAUTION, f"git {verb} rewrites the whole history of the repository")


def _copy(found: _Findings, command: SimpleCommand, context: Context) -> None:
    shorts, longs, operands = split_options(command.args)
    if _has(shorts, longs, "in", "--no-clobber", "--backup", "--interactive"):
        return
    target_dir = next((w for w in command.args if w.text.startswith("--target-directory=")), None)
    if target_dir is not None or "t" in shorts or len(operands) < 2:
        return
    destination = operands[-1]
    if command.utility == "mv":
        for source in operands[:-1]:
            if vital(source) and _path_text(source).strip("/").count("/") < 2:
                found.add(DANGER, f"mv moves the system path {source.text} away; the system may stop working")
            elif place(source) in (CRITICAL, SYSTEM):
                found.add(CAUTION, f"mv moves {source.text} out of a system directory")
        if destination.text == "/dev/null":
            found.add(DANGER, "mv onto /dev/null destroys the file (and, as root, /dev/null itself)")
            return
    if destination.text.endswith("/"):
        return
    found.write(destination, append=False, what=command.utility, overwrite_danger=False)


def _tee(found: _Findings, command: SimpleCommand, context: Context) -> None:
    shorts, longs, operands = split_options(command.args)
    append = _has(shorts, longs, "a", "--append")
    for target in operands:
        found.write(target, append=append, what="tee", overwrite_danger=False)


def _tar(found: _Findings, command: SimpleCommand, context: Context) -> None:
    """tar creating an archive writes its -f file whole: `tar -czf notes.txt todo.txt` replaces notes.txt."""
    args = command.args
    creating, target = False, None
    for i, word in enumerate(args):
        text = word.text
        # Short options come bundled (`-czf`), or without their dash in the first word (`tar czf`); an f
        # at the end of a bundle takes the next word as the archive.
        bundle = text[1:] if text.startswith("-") and not text.startswith("--") else text if i == 0 else None
        if bundle is not None:
            creating = creating or "c" in bundle
            if bundle.endswith("f") and i + 1 < len(args):
                target = args[i + 1]
        elif text == "--create":
            creating = True
        elif text == "--file" and i + 1 < len(args):
            target = args[i + 1]
        elif text.startswith("--file="):
            target = _option_value(word, "--file=")
    if creating and target is not None and target.text != "-":
        found.write(target, append=False, what="tar", overwrite_danger=False)


def _download_output(found: _Findings, command: SimpleCommand, context: Context) -> None:
    flags = ("-o", "--output") if command.utility == "curl" else ("-O", "--output-document")
    args = command.args
    for i, word in enumerate(args[:-1]):
        if word.text in flags and args[i + 1].text != "-":
            found.write(args[i + 1], append=False, what=command.utility)


def _sed(found: _Findings, command: SimpleCommand, context: Context) -> None:
    shorts, longs, operands = split_options(command.args)
    if "i" in shorts or "--in-place" in longs:
        found.add(CAUTION, f"{command.utility} -i edits the files in place")


def _truncate(found: _Findings, command: SimpleCommand, context: Context) -> None:
    for target in split_options(command.args)[2]:
        if place(target) in (ROOT, CRITICAL, DEVICE):
            found.add(DANGER, f"truncate cuts the system file {target.text}")
        elif not target.text.lstrip("+-<>/%").rstrip("KMGTPEZYkB").isdigit():
            found.add(CAUTION, f"truncate cuts {target.text} to a new size; what is cut off is lost")


def _crontab(found: _Findings, command: SimpleCommand, context: Context) -> None:
    if "r" in split_options(command.args)[0]:
        found.add(DANGER, "crontab -r deletes all your scheduled jobs without asking")


def _privilege(found: _Findings, command: SimpleCommand, context: Context) -> None:
    shorts, longs, operands = split_options(command.args)
    if command.utility in ("su", "runuser") or _has(shorts, longs, "ise", "--login", "--shell", "--edit"):
        found.add(CAUTION, f"{command.utility} gives you a shell or editor with another user's (root's) rights")


def _eval(found: _Findings, command: SimpleCommand, context: Context) -> None:
    if any(w.expanded for w in command.args):
        found.add(CAUTION, "eval runs text that is known only when it runs")


def _shell(found: _Findings, command: SimpleCommand, context: Context) -> None:
    if not command.nested and "c" in split_options(command.args)[0] and any(w.expanded for w in command.args):
        found.add(CAUTION, f"{command.utility} -c runs code that is known only when it runs")


def _packages(found: _Findings, command: SimpleCommand, context: Context) -> None:
    shorts, longs, operands = split_options(command.args)
    verb = operands[0].text if operands else ""
    if verb in ("remove", "purge", "autoremove", "erase") or command.utility == "pacman" and "R" in shorts:
        found.add(CAUTION, f"{command.utility} removes installed software")


def _users(found: _Findings, command: SimpleCommand, context: Context) -> None:
    found.add(CAUTION, f"{command.utility} deletes an account")


def _firewall(found: _Findings, command: SimpleCommand, context: Context) -> None:
    shorts, longs, operands = split_options(command.args)
    if _has(shorts, longs, "FX", "--flush", "--delete-chain") or "flush" in (w.text for w in operands):
        found.add(CAUTION, f"{command.utility} drops firewall rules")


# docker subcommands that delete: containers (and what they wrote), images, volumes (and the data in them).
_DOCKER_DELETES = {("rm",): "containers", ("rmi",): "images", ("container", "rm"): "containers",
                   ("container", "prune"): "stopped containers", ("image", "rm"): "images",
                   ("image", "prune"): "unused images", ("volume", "rm"): "volumes and the data in them",
                   ("volume", "prune"): "unused volumes and the data in them",
                   ("system", "prune"): "stopped containers, unused networks and images"}


def _docker(found: _Findings, command: SimpleCommand, context: Context) -> None:
    words = tuple(w.text for w in split_options(command.args)[2][:2])
    for verb in (words, words[:1]):
        if verb in _DOCKER_DELETES:
            found.add(CAUTION, f"{command.utility} {' '.join(verb)} deletes {_DOCKER_DELETES[verb]}, with no undo")
            return


def _rsync(found: _Findings, command: SimpleCommand, context: Context) -> None:
    longs = split_options(command.args)[1]
    if any(name.startswith("--delete") for name in longs):
        found.add(CAUTION, "rsync --delete removes files at the destination that the source does not have")
    if "--remove-source-files" in longs:
        found.add(CAUTION, "rsync --remove-source-files deletes each source file once it is copied")


def _setfacl(found: _Findings, command: SimpleCommand, context: Context) -> None:
    shorts, longs, operands = split_options(command.args)
    if _has(shorts, longs, "b", "--remove-all"):
        found.add(CAUTION, "setfacl -b removes the extra access entries; the old ones cannot be restored")
    elif _has(shorts, longs, "k", "--remove-default"):
        found.add(CAUTION, "setfacl -k removes the default access entries; the old ones cannot be restored")
    elif _has(shorts, longs, "R", "--recursive"):
        found.add(CAUTION, "setfacl -R changes access to many files at once")


def _history(found: _Findings, command: SimpleCommand, context: Context) -> None:
    if "c" in split_options(command.args)[0]:
        found.add(CAUTION, "history -c erases the shell history")


_RULES = {
    "rm": _rm, "unlink": _unlink, "shred": _shred, "find": _find, "dd": _dd,
    "mke2fs": _mkfs, "mkswap": _mkfs, "mkdosfs": _mkfs, "mkntfs": _mkfs, "wipefs": _wipefs,
    "blkdiscard": _blkdiscard, **{name: _partitioner for name in _PARTITION_READERS},
    "chmod": _permissions, "chown": _permissions, "chgrp": _permissions,
    "kill": _kill, "killall": _killall, "killall5": _killall, "pkill": _killall,
    "shutdown": _power, "reboot": _power, "poweroff": _power, "halt": _power,
    "init": _init, "telinit": _init, "systemctl": _systemctl, "git": _git,
    "cp": _copy, "mv": _copy, "install": _copy, "tee": _tee, "tar": _tar,
    "curl": _download_output, "wget": _download_output, "sed": _sed, "perl": _sed,
    "truncate": _truncate, "crontab": _crontab,
    "sudo": _privilege, "doas": _privilege, "su": _privilege, "runuser": _privilege,
    "eval": _eval, **{name: _shell for name in shellparse.SHELLS},
    "apt": _packages, "apt-get": _packages, "dnf": _packages, "yum": _packages, "zypper": _packages,
    "pacman": _packages, "snap": _packages,
    "userdel": _users, "deluser": _users, "groupdel": _users,
    "iptables": _firewall, "ip6tables": _firewall, "nft": _firewall, "history": _history,
    "docker": _docker, "podman": _docker, "rsync": _rsync, "setfacl": _setfacl,
}


# Word beginnings by which a phrase asks for something that destroys, overwrites, stops or runs unread code.
# Generous on purpose: a phrase that holds one keeps the model's first command even when it is dangerous.
_HARM_STEMS = (
    "delet", "del", "remov", "rm", "eras", "wip", "destro", "kill", "termin", "drop", "purg", "clear", "clean",
    "reset", "discard", "overwrit", "replac", "format", "shred", "forc", "flush", "empt", "truncat", "prun",
    "uninstall", "revok", "burn", "flash", "writ", "bootabl", "dd", "zero", "reboot", "restart", "shut", "halt",
    "power", "stop", "undo", "revert", "throw", "rid", "nuke", "unlink", "mov", "mv", "scrub", "los", "trash",
    "pipe", "run", "execut", "install", "chmod", "chown", "777", "everyone", "everybody", "recursiv", "push",
    "hard", "partition", "mkfs", "fdisk", "init", "runlevel", "sign", "end", "abort", "cancel", "reclaim", "free",
)
_WORD = re.compile(r"[a-z0-9]+")
# ...unless it asks only to see what such a command would do ("preview git clean", "dry run of the sync").
_ONLY_A_LOOK = re.compile(r"\b(?:preview\w*|dry[- ]?run|simulat\w*|what would|look like|without (?:chang|modif|"
                          r"edit|touch)\w*)")


def asks_only_to_look(phrase: str) -> bool:
    """Whether the phrase asks to see what a command would do rather than to do it ("preview git clean", "what
    would style.css look like with bar instead of foo")."""
    return _ONLY_A_LOOK.search(phrase.lower()) is not None


def asks_for_harm(phrase: str) -> bool:
    """Whether the phrase asks for something a dangerous command might be the answer to ("delete", "force",
    "make a bootable usb"), as against one that only asks to see or make something ("list my cron jobs",
    "preview git clean")."""
    lowered = phrase.lower()
    return not asks_only_to_look(lowered) and any(word.startswith(_HARM_STEMS) for word in _WORD.findall(lowered))
