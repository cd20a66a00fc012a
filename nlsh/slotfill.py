"""What the phrase says that the model's command gets wrong or leaves out, put right after decoding.

"unzip files.zip into a folder named out" -> `unzip files.zip -d out`: the model leaves a `{{placeholder}}`
where it sees no value, and a plain word can be one (`out`, `logs`, `alice`) that it takes for an ordinary
word. Some phrasings name the kind of a value right beside it: "a folder named out", "the logs folder",
"user alice", "log in as alice", "the message fix typo". Each such value fills the first placeholder of
its kind, and only when the command does not use that word yet.

"search for the word TODO" fills `grep -rn '{{pattern}}' .` with TODO, and "push the current branch" `git push origin
{{branch}}` with HEAD, git's own name for it.

"compare two files a.txt and b.txt" -> `diff a.txt b.txt`: retrieved examples from tldr hold placeholders
(`diff {{file1}} {{file2}}`) that no phrase of theirs named, and the beam copies one file and leaves the
other a placeholder. The phrase's files that the command leaves out take its file placeholders in order.

"files bigger than 300k" -> `find . -size +300k`, not `+300M`: the tokenizer keeps the number as a value
to copy but the unit as a word, and a model that saw `M` far more often than `k` after `-size +` writes the
number the user typed with a unit the user did not. The user's unit wins.

"copy my ssh key to deploy@10.0.0.5" -> `ssh-copy-id deploy@10.0.0.5`: the model learned `user@host` from
phrases that name the two apart, and glues a user or host of its own to a user@host typed whole
(`{{user}}@deploy@10.0.0.5`). What it glued on goes, and so does a "user" that is a path or the host
itself (`scp db.sql /tmp@backup.example.com:/tmp`).

"find all .py files" -> `find . -name '*.py'`: the model copies the extension the phrase names as if it
were a file's whole name (`-name '.py'`). An extension given as a name pattern becomes a glob; a dotfile's
name (`.bashrc`, `.env`) stays as it is.

"run backup.sh in the background" -> `nohup ./backup.sh &`: a script the phrase names, run as a command,
needs a path; without one the shell looks it up in PATH and says "command not found".

"copy the .pdf files in ./work/" -> `cp ./work/*.pdf`, not `./work//` or `'*..pdf'`: the model writes the
separator it usually writes there, then copies a value that already has it.

"find files named *.tmp" -> `find . -name '*.tmp'`: a glob the model copies bare would be expanded by the shell
to the matching names in this directory before find sees it.

"find files named *.tmp and delete them" -> `find . -name '*.tmp' -delete`, not `find / ...`: a retrieved example's
scope is not the user's; a phrase that never speaks of the whole system means here.

"pack the docs folder into docs.tar.bz2" -> `tar -cjf docs.tar.bz2 docs`, not `zip -r docs.tar.bz2 docs`: the
archive's name says what it is, which the model, having seen far more .tar.gz than .tar.bz2, gets wrong now and then.

"zip up the docs directory" -> `zip -r docs.zip docs`: a placeholder for the archive would leave the user to type
the name everyone would give it.

"show the 5 biggest files in /var/log" -> `... | head -n 5`: a number of one digit is no value the tokenizer keeps
for copying, and the model writes the count most examples have (10).

"create a folder called logs in /var/www" -> `mkdir /var/www/logs`: the model copies the path it can copy and
leaves out the plain word that names the new folder.

"download https://example.com/a.iso to /tmp" -> `wget -P /tmp https://example.com/a.iso`: the model knows the
tool and the two values and puts the place where the file's name goes (`wget -O https://... /tmp`).

"replace foo with bar in config.ini" -> `sed -i 's/foo/bar/g' config.ini`, not `s/bar/bar/g`: two plain words to copy
in a row often come out as the second twice.

"how big is my Downloads folder" -> `du -sh ~/Downloads`, not `du -sh ~`: the model keeps the home and drops the
folder in it, or writes the folder's name bare, which means one in the current directory.

"copy id_rsa.pub to bob@host" -> `scp id_rsa.pub bob@host:`, not `cp`, which would make a local file of that name.

"run 'top -n1 | grep mysql' every 2 seconds" -> `watch -n 2 'top -n1 | grep mysql'`: the tokenizer drops a
quoted string's quotes so the model can copy it in one step, and the model sometimes copies it bare.

What the phrase says in plain words that the model's habits override: "append" is `>>`, "recursively" `-R`, "each
folder here" `du -sh *`, "the last four commits" `HEAD~4`, "whose name contains notes" `-iname '*notes*'`, "a copy of
photos called photos-backup" `cp -r photos photos-backup`, "under the project folder" `find project`, and "what would
x look like" is sed without -i. A program copied from a shouted phrase ("OPEN x IN VIM") is lower case.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nlsh import risk
from nlsh.shellparse import quote_at
from nlsh.tokenize import is_literal, tokenize_phrase

# placeholder name -> the words a phrase calls such a value by
KINDS = {
    "directory": ("folder", "directory", "dir"),
    "file": ("file",),
    "user": ("user",),
    "group": ("group",),
    "branch": ("branch",),
    "service": ("service", "daemon"),
    "container": ("container",),
    "package": ("package", "library", "module"),
}
# Kinds whose word may come straight before the value ("user alice"); "file x" or "folder in" may not.
NAME_FIRST = frozenset(("user", "group", "branch", "service", "container", "package"))
_VALUE = r"([A-Za-z0-9_][\w.@+-]*[\w@+-]|[A-Za-z0-9_])"
# Words that sit where a value would ("the current folder", "user account") without being one.
NOT_VALUES = frozenset(
    "a an the this that these those my your our their its current same home parent whole each every new "
    "empty blank hidden temporary temp big large small old working any some other root default given specific "
    "named called in on to from with for of and or "
    "by as at into onto all is are be it them me i you list info information account accounts name names "
    "files folders directories users groups branches services containers packages today yesterday tomorrow "
    "everyone everybody someone somebody nobody".split())
# ...and beside "service" ("the service logs", "service status")
NOT_SERVICES = frozenset(("logs", "log", "status", "file", "files", "unit", "config", "configuration"))


# What a user has, so that the one it belongs to is a user: "bob's account", "maria's crontab"
_OWNED_BY_USERS = (r"(?:user\s+)?(?:account|password|shell|home|login|crontab|cron|processes|jobs|groups?|sessions?|"
                   r"uid|gid)")


@lru_cache(maxsize=64)  # asked again for every command in the pool
def _value_for(kind: str, phrase: str, name_first: bool = False) -> str | None:
    """The value a phrase names for a kind of placeholder; `name_first` also takes the word right after the kind's
    own ("directory reports") for kinds not in NAME_FIRST."""
    words = "|".join(KINDS[kind])
    patterns = [rf"\b(?:{words})s?\s+(?:named|called)\s+{_VALUE}",
                # "the logs folder", not "a blank file": after "a", the word is mostly an adjective
                rf"\b(?:the|my|your|our)\s+{_VALUE}\s+(?:{words})\b"]
    if name_first or kind in NAME_FIRST:
        patterns.append(rf"\b(?:{words})\s+{_VALUE}")
    if kind == "service":  # "follow myapp's service logs"
        patterns.insert(0, rf"\b{_VALUE}['\u2019]s\s+(?:service|unit|daemon|journal|logs?)\b")
    if kind == "user":  # "connect as alice", "logging in as bob", "lock bob's account"
        patterns += [rf"\bas\s+{_VALUE}", rf"\b{_VALUE}['\u2019]s\s+{_OWNED_BY_USERS}\b",
                     rf"\b(?:user\s?name|login)\s+(?:there\s+|on\s+it\s+)?is\s+{_VALUE}"]
    for pattern in patterns:
        for match in re.finditer(pattern, phrase, re.IGNORECASE):
            value = match.group(1)
            if value.lower() not in NOT_VALUES and value.lower() not in KINDS[kind] and not (
                    kind == "service" and value.lower() in NOT_SERVICES):
                return value
    return None


_PATTERN_WORDS = ("word", "string", "text", "term")


def _pattern_for(phrase: str) -> str | None:
    """The word a phrase searches for: "search for the word TODO" -> TODO."""
    match = re.search(rf"\b(?:{'|'.join(_PATTERN_WORDS)})\s+{_VALUE}", phrase, re.IGNORECASE)
    if match is None or match.group(1).lower() in NOT_VALUES:
        return None
    return match.group(1)


_GREP_PATTERN = re.compile(r"(\bgrep(?:\s+-[\w-]+)*\s+)(['\"])([^'\"$\\]+)\2")


def searched_as_said(command: str, phrase: str) -> str:
    """`command` searching for the word the phrase names where the model recalled another one: "search for the
    word password in all files under /etc" gave `find /etc -type f -exec grep 'Failed' {} \\; -print`."""
    wanted = _pattern_for(phrase)
    if wanted is None or _holds(command, wanted):
        return command
    match = _GREP_PATTERN.search(command)
    searched = match.group(3).lower() if match else ""
    if match is None or searched in phrase.lower() and searched not in _PATTERN_WORDS:
        return command  # a word of the phrase, unless the one that introduces the pattern ("the text nameserver")
    return command[:match.start(3)] + wanted + command[match.end(3):]


def _message_for(phrase: str) -> str | None:
    match = re.search(r"\bmessage\s+(?:saying\s+)?(\S.*?)[\s.!?]*$", phrase, re.IGNORECASE)
    if match is None or match.group(1)[0] in "'\"":
        return None
    text = match.group(1)
    return f"'{text}'" if "'" not in text else f'"{text}"' if '"' not in text else None


def _holds(command: str, value: str) -> bool:
    """Whether `command` has `value` as a whole word (not as part of a path, name or user@host)."""
    return re.search(rf"(?<![\w.@/-]){re.escape(value)}(?![\w.@/-])", command) is not None


def _kind_of(placeholder: str) -> str | None:
    """The kind a placeholder stands for, under tldr's names for it too: `{{username}}`, `{{package_name}}`."""
    for name in (placeholder, placeholder.removesuffix("name").removesuffix("_")):
        if name in KINDS:
            return name
    return None


def fill(command: str, phrase: str) -> str:
    """`command` with the placeholders the phrase names a value for filled in."""
    for match in re.finditer(r"([\"']?)\{\{([a-z0-9_]+)\}\}\1", command):  # its quotes go with it
        kind = match.group(2)
        if kind == "message":
            value = _message_for(phrase)
        elif kind == "pattern":  # a pattern keeps its quotes: the user may well change it to one that needs them
            value = _pattern_for(phrase)
            value = value and match.group(1) + value + match.group(1)
        elif kind == "branch" and command.startswith("git push") and re.search(r"\b(?:current|this)\s+branch\b",
                                                                            phrase, re.IGNORECASE):
            value = "HEAD"  # "push the current branch": git's name for it, whatever it is called
        elif (known := _kind_of(kind)) is not None:
            value = _value_for(known, phrase)
        else:
            continue
        if value is None or _holds(command, value):
            continue
        return fill(command[:match.start()] + value + command[match.end():], phrase)
    return command


_FILE_PLACEHOLDER = re.compile(r"([\"']?)\{\{((?:[a-z]+_)?(?:file|path)(?:_?name)?\d*)\}\}\1")
_FILE_LIKE = re.compile(r"[\w~./-]*(?:/|\.[A-Za-z]\w*)[\w~./-]*")


def unused_files(command: str, phrase: str) -> str:
    """`command` with its file placeholders, in order, given the files the phrase names and the command does
    not use yet, in the phrase's order: "compare two files a.txt and b.txt" -> `diff a.txt b.txt`, not the
    retrieved `diff {{file1}} {{file2}}` or the beam's `diff {{file1}} b.txt`."""
    if "{{" not in command:
        return command
    unused = [t.text for t in _phrase_literals(phrase) if not t.quoted and _FILE_LIKE.fullmatch(t.text)
              and "://" not in t.text and t.text not in command]
    for text in dict.fromkeys(unused):
        match = _FILE_PLACEHOLDER.search(command)
        if match is None:
            break
        command = command[:match.start()] + text + command[match.end():]
    return command


_PHRASE_SIZE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?([kmgt])(?:i?b)?(?!\w)", re.IGNORECASE)
_FIND_SIZE = re.compile(r"-size [+-]?$")
_FIND_ONLY_UNITS = frozenset("cbwCBW")  # find -size's bytes, 512-byte blocks and two-byte words


def _find_unit(unit: str) -> str:
    """A phrase's size unit as find -size spells it: k, M, G."""
    return "k" if unit.lower() == "k" else unit.upper()


def with_phrase_units(command: str, phrase: str) -> str:
    """`command` with each size the phrase states ("300k", "2 GB") in the phrase's unit; find's own units for
    bytes, blocks and words (`-size +337c` for "heavier than 337k") count too."""
    for number, unit in _PHRASE_SIZE.findall(phrase):
        def respell(match: re.Match) -> str:
            letter = match.group(1)
            if letter.lower() == unit.lower():
                return match.group(0)
            if _FIND_SIZE.search(match.string, 0, match.start()):
                letter = _find_unit(unit)
            elif letter in _FIND_ONLY_UNITS:
                return match.group(0)  # `10c` elsewhere is no size (`head -c 10b` is, but the phrase named none)
            else:
                letter = unit.upper() if letter.isupper() else unit.lower()
            return number + letter + match.group(2)
        command = re.sub(rf"(?<![\w.]){re.escape(number)}([kmgtcbw])(i?b?)(?![\w.])", respell, command,
                         flags=re.IGNORECASE)
    return command


# Where a command takes a size: find's test, and the length of a file made or cut to size
_SIZE_SLOT = re.compile(r"(?<![\w-])(-size [+-]?|fallocate (?:-\w+ )*-l |truncate (?:-\w+ )*-s )(\d+)([kKMGTcbw]?)"
                        r"(?![\w.])")


def sizes_from_phrase(command: str, phrase: str) -> str:
    """`command` with the one size the phrase states where the model recalled another: "find files larger than 1GB"
    gave `find . -type f -size +50M`, an example's size. Only where the phrase states one whole size and the command
    has one such slot."""
    slots = list(_SIZE_SLOT.finditer(command))  # the command first: most have no size, and the phrase is read once
    sizes = set(_PHRASE_SIZE.findall(phrase)) if len(slots) == 1 else set()
    if len(sizes) != 1:
        return command
    number, unit = next(iter(sizes))
    slot = slots[0]
    if "." in number or slot.group(2) == number:
        return command  # find takes no fractions; a number already used is with_phrase_units' to respell
    if slot.group(1).startswith("-size"):
        unit = _find_unit(unit)
        if unit == "T":
            return command  # find counts no terabytes
    else:
        unit = unit.upper()
    return command[:slot.start(2)] + number + unit + command[slot.end(3):]


# "in the last 24 hours" -> the number and its unit; find counts -mtime in days and -mmin in minutes
_PHRASE_TIME = re.compile(r"\b(\d+)\s*(min(?:ute)?s?|h(?:ou)?rs?|hours?|h|days?|d|weeks?)\b", re.IGNORECASE)
_FIND_TIME = re.compile(r"(?<!\S)-([amc])(time|min) ([+-]?)(\d+)(?!\S)")
_MINUTES_PER = {"m": 1, "h": 60, "d": 1440, "w": 10080}


def ages_as_said(command: str, phrase: str) -> str:
    """`command` testing the age the phrase states where the model recalled another: "modified in the last 7 days"
    gave `-mtime -90`. Only where the phrase states one amount of time, and find tests one age, older or newer
    (`-mtime 0` is "today", no amount); find_times_in_units then puts it in find's unit."""
    if "find" not in command or len(stated := set(_PHRASE_TIME.findall(phrase))) != 1:
        return command
    tests = list(_FIND_TIME.finditer(command))
    if len(tests) != 1 or not tests[0].group(3):
        return command
    ((number, _),) = stated
    test = tests[0]
    if test.group(4) == number:
        return command
    return command[:test.start(4)] + number + command[test.end(4):]


def find_times_in_units(command: str, phrase: str) -> str:
    """`command` with find's age tests in the phrase's unit: "modified in the last 24 hours" gave `-mtime -24`,
    24 days; find counts -mtime in days and -mmin in minutes, so it becomes `-mtime -1` (`-mmin -90` for 90
    minutes or an hour and a half)."""
    if "find" not in command or not (stated := _PHRASE_TIME.findall(phrase)):
        return command
    units = {number: unit[0].lower() for number, unit in stated}

    def respell(match: re.Match) -> str:
        which, unit, sign, number = match.groups()
        if number not in units or units[number] == ("m" if unit == "min" else "d"):
            return match.group(0)  # a number the phrase does not state with a unit, or already in its unit
        total = int(number) * _MINUTES_PER[units[number]]
        if total % 1440 == 0:
            return f"-{which}time {sign}{total // 1440}"
        return f"-{which}min {sign}{total}"
    return _FIND_TIME.sub(respell, command)


_CSV_FILE = re.compile(r"(?<![^\s'\"])[\w./~-]+\.csv(?![\w.])", re.IGNORECASE)


def csv_fields_by_comma(command: str, phrase: str) -> str:
    """`command` splitting a .csv file the phrase names at its commas: "print the second column of data.csv" gave
    `awk '{print $2}' data.csv`, which splits at blanks, and `cut -f2` splits at tabs."""
    if ".csv" not in command:
        return command
    if not any(name in command for name in _CSV_FILE.findall(phrase)):
        return command
    command = re.sub(r"(?<![\w-])awk (?!(?:.*\s)?-F)", "awk -F, ", command, count=1)
    if re.search(r"(?<![\w-])cut .*-f ?\d", command) and not re.search(r"\s(?:-d|--delimiter)", command):
        command = re.sub(r"(?<![\w-])cut ", "cut -d, ", command, count=1)
    return command


_TSV_FILE = re.compile(r"(?<![^\s'\"])[\w./~-]+\.tsv(?![\w.])", re.IGNORECASE)


def tsv_fields_by_tab(command: str, phrase: str) -> str:
    """`command` splitting a .tsv file the phrase names at its tabs: "distinct values in column 1 of list.tsv" gave
    `cut -d, -f1 list.tsv`, which finds no commas there; cut splits at tabs by itself, awk is told to."""
    if ".tsv" not in command or not any(name in command for name in _TSV_FILE.findall(phrase)):
        return command
    command = re.sub(r"(?<![\w-])(awk\s+)-F\s*(?:,|',')(?=\s)", r"\1-F'\\t'", command)
    return re.sub(r"(?<![\w-])(cut\s+(?:-\w+\s+)*)-d\s*(?:,|',')\s+", r"\1", command)


_COLUMN_CARDINALS = "one two three four five six seven eight nine ten".split()  # "column two"
_COLUMN_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth tenth".split()  # "the second column"
_COLUMN_NUMBERS = {word: n for words in (_COLUMN_CARDINALS, _COLUMN_ORDINALS) for n, word in enumerate(words, 1)}
_COLUMN = r"(?:column|field|col)"
_NAMED_COLUMN = re.compile(rf"\b{_COLUMN}\s+(\d+|{'|'.join(_COLUMN_CARDINALS)})\b|"
                           rf"\b(\d+)(?:st|nd|rd|th)\s+{_COLUMN}\b|"
                           rf"\b({'|'.join(_COLUMN_ORDINALS)})\s+{_COLUMN}\b", re.IGNORECASE)
# awk's $N, cut's -fN and sort's -kN or -kN,N (with its ordering letters): where a command names a field by number
_FIELD_PROGRAMS = {"$": "awk", "-f": "cut", "-k": "sort"}
_FIELD_REFERENCE = re.compile(r"(?<![\w\\])\$(\d+)(?!\w)|(?<![\w-])(-f ?|-k ?)(\d+)(?:,(\d+))?([a-zA-Z]*)(?![\w,.-])")


def _columns_named(phrase: str) -> set[int]:
    numbers = set()
    for match in _NAMED_COLUMN.finditer(phrase):
        word = next(group for group in match.groups() if group)
        numbers.add(int(word) if word.isdigit() else _COLUMN_NUMBERS[word.lower()])
    return numbers


def fields_as_said(command: str, phrase: str) -> str:
    """`command` reading the column the phrase names where the model recalled another: "sum column 4 of sales.csv"
    gave `awk -F, '{s+=$7} END {print s}'`, "the second field of data.csv" `cut -d, -f7`. Only where the phrase
    names one column and every field the command names is one other, so that "the 2nd and 4th columns" and a
    command reading two fields are left as they are. $N counts in awk only (elsewhere it is an argument), -f in
    cut and -k in sort."""
    said = _columns_named(phrase)
    if len(said) != 1 or 0 in said:
        return command
    (column,) = said
    read_here = {kind for kind, program in _FIELD_PROGRAMS.items() if re.search(rf"(?<![\w-]){program}\b", command)}
    found = set()
    for match in _FIELD_REFERENCE.finditer(command):
        kind = "$" if match.group(1) is not None else match.group(2).strip()
        if kind not in read_here:
            continue
        if kind == "$":
            found.add(int(match.group(1)))
        elif match.group(4) and match.group(4) != match.group(3):
            return command  # a range of fields: -k2,4
        else:
            found.add(int(match.group(3)))
    found.discard(0)
    if len(found) != 1 or column in found:
        return command
    (recalled,) = found

    def renumber(match: re.Match) -> str:
        if match.group(1) is not None:
            return "$" + str(column) if int(match.group(1)) == recalled else match.group(0)
        if int(match.group(3)) != recalled:
            return match.group(0)
        return match.group(2) + str(column) + ("," + str(column) if match.group(4) else "") + match.group(5)
    return _FIELD_REFERENCE.sub(renumber, command)


_NOT_EXTRACTING = re.compile(r"\b(?:don'?t|do not|without|not|no)\s+(?:\w+\s+)?(?:extract|unpack|unzip|"
                             r"decompress|open)", re.IGNORECASE)


def lists_when_not_extracting(command: str, phrase: str) -> str:
    """`command` listing an archive where the phrase says not to unpack it: "what's inside archive.tar.gz? don't
    extract it" gave `tar -xzf archive.tar.gz`, the one thing it asked not to do."""
    if "tar" not in command and "unzip" not in command:
        return command
    if not _NOT_EXTRACTING.search(phrase):
        return command
    command = re.sub(rf"(?<![\w-])(tar\s+)({_TAR_EXTRACT})(?!\S)", lambda m: m.group(1) + m.group(2).replace("x", "t"),
                     command, count=1)
    return re.sub(r"(?<![\w-])unzip (?!-l)", "unzip -l ", command, count=1)


_USER_AT_HOST = r"[\w.-]+@[\w.-]*\w"


def user_at_host(command: str, phrase: str) -> str:
    """`command` with sound user@host words: one the phrase gives whole stays whole, and neither a path, the
    host itself nor a word for something else is taken for a user (`/tmp@backup.example.com`,
    `backup.example.com@backup.example.com`, `port@10.0.0.8` for "ssh into 10.0.0.8 on port 2222")."""
    if "@" not in command:
        return command
    given = _users_at_hosts(phrase)
    for value in given:
        command = re.sub(rf"(?<![^\s'\"=])[^\s'\"]*@{re.escape(value)}(?![\w.-])", value, command)
        command = re.sub(rf"(?<![\w.-]){re.escape(value)}@[^\s:@'\"]*", value, command)

    def no_false_user(match: re.Match) -> str:
        user, host = match.group(1), match.group(2)
        if _KEY_FILE.search(user) and match.group(0) not in given:
            # "copy id_rsa.pub to 10.0.0.5" gave `ssh-copy-id id_rsa.pub@10.0.0.5`: a key goes after -i
            keyed = re.search(rf"(?<![\w-])ssh-copy-id\s+(?:-\w+\s+)*{re.escape(match.group(0))}", command)
            return f"-i {user} {host}" if keyed and "-i " not in command else host
        false = user == host or user.isdigit() or user.startswith(("/", "~", "./")) or (user.lower() in NOT_USERS
                                                                       and match.group(0) not in given)
        return host if false else match.group(0)
    return re.sub(r"(?<![^\s'\"=])([^\s@'\"]+)@([\w.-]*\w)", no_false_user, command)


@lru_cache(maxsize=16)
def _users_at_hosts(phrase: str) -> frozenset[str]:
    return frozenset(re.findall(_USER_AT_HOST, phrase))


# A key file the model put where a user name goes
_KEY_FILE = re.compile(r"(?:\.(?:pub|pem|key|ppk)|^id_(?:rsa|ed25519|ecdsa|dsa)\w*)$")
# Words of a phrase about a remote machine that the model copies in front of the host as if they were a user.
NOT_USERS = frozenset("port host server machine box address ip remote user username login ssh key".split())


_REMOTE_PATH = r":[^\s;&|<>'\"]*"


def _remote_destinations(phrase: str) -> set[tuple[str, str]]:
    """(user@host, :path or "") for each remote place the phrase names."""
    return set(re.findall(rf"(?<![\w.@-])({_USER_AT_HOST})((?:{_REMOTE_PATH})?)(?![\w.@:-])", phrase))


def remote_paths_whole(command: str, phrase: str) -> str:
    """`command` with a remote path the phrase gives (bob@host:/tmp) as the whole destination: no
    `:{{remote_path}}` after it, which a retrieved example's `{{user}}@{{host}}:{{remote_path}}` leaves."""
    if "@" not in phrase:
        return command
    for value, path in _remote_destinations(phrase):
        if path:
            whole = value + path
            command = re.sub(rf"(?<![\w.@-]){re.escape(whole)}:\{{\{{\w+\}}\}}", lambda _: whole, command)
    return command


# What makes a phrase about another machine: a user@host, a host name or address, a word for one, or a user
# to be there as.
# A machine's address or name: an IPv4 address or a name in a domain people use
_HOST = (r"(?:\d{1,3}\.){3}\d{1,3}|[\w-]+\.(?:[\w-]+\.)*(?:com|org|net|io|dev|local|lan|internal|home|example|edu|gov|"
         r"co|uk|de)")
_NAMES_A_REMOTE = re.compile(
    rf"@|\b(?:{_HOST})\b|\b(?:servers?|remote\w*|hosts?|hostname|machines?|box|vps|ssh|scp|sftp|"
    r"cluster|nodes?|instances?|pi|raspberry|nas|cloud|bucket|s3|vm|network|upload\w*)\b"
    r"|\bas\s+(?!a\b|an\b|the\b)[a-z_][\w-]*(?![\w.])", re.IGNORECASE)  # "grab x from web01 as anna"
# A copy's remote side: [user@]host:[path] (not a URL's scheme), or a user@ whose host is a path or missing.
_REMOTE_SIDE = re.compile(r"(?<![^\s'\"])(?:[^\s@'\":/]+@)?[^\s@'\":/]+:(?!//)|(?<![^\s'\"])[^\s@'\"]*@(?:[/~]|\s|$)")


def asks_for_remote(phrase: str) -> bool:
    """Whether the phrase is about another machine at all ("copy the photos folder onto /mnt/usb" is not)."""
    return _NAMES_A_REMOTE.search(phrase) is not None


def copies_remote(command: str) -> bool:
    """Whether `command` copies to or from another machine: scp, sftp, or rsync with a host: side."""
    words = command.split()
    program = words[1] if words[:1] == ["sudo"] and len(words) > 1 else words[0] if words else ""
    return program in ("scp", "sftp") or program == "rsync" and _REMOTE_SIDE.search(command) is not None


_FILE_AS_UNIT = re.compile(r"\b(?:journalctl|systemctl)\b[^|;&]*?(?:-u|--unit)[ =]['\"]?[^\s'\"]+\.(?:log|txt|csv|json|"
                           r"conf|cfg|ini|ya?ml|xml|out|err|gz|zip|sh|py)(?![\w.])")
_UNIT_AS_CONTAINER = re.compile(r"\b(?:docker|podman)\b[^|;&]*\s[\w@.-]+\.(?:service|socket|timer)(?![\w.])")


def file_as_unit(command: str) -> bool:
    """Whether `command` takes a file for a systemd unit: "follow the log file app.log" gave `journalctl -u app.log
    -f`, which finds no such unit (`tail -f app.log` was second); or a systemd unit for a container ("follow the
    logs of myapp.service" gave `docker logs -f myapp.service`)."""
    return _FILE_AS_UNIT.search(command) is not None or _UNIT_AS_CONTAINER.search(command) is not None



_RECURSIVELY = re.compile(r"\brecursive(?:ly)?\b|\band (?:everything|all) (?:in|inside|under|below) (?:it|them)\b",
                          re.IGNORECASE)
_MODE_CHANGE = re.compile(r"^((?:sudo )?(?:chmod|chown|chgrp))((?: -[a-zA-Z]+)*) (?!-)")


def recursive_when_said(command: str, phrase: str) -> str:
    """`command` changing modes or owners all the way down when the phrase says so: "give the group write access to
    /srv/team recursively" gave `chmod g+w /srv/team`, which leaves everything inside as it was."""
    match = _MODE_CHANGE.match(command)
    if match is None or not _RECURSIVELY.search(phrase) or re.search(r"(?<!\S)(?:-[a-zA-Z]*R|--recursive)", command):
        return command  # -R may come after the mode too (`chown bob -R dir`)
    return f"{match.group(1)} -R{match.group(2)} {command[match.end():]}"


_EACH_FOLDER = re.compile(r"\b(?:each|every)\s+(?:sub)?(?:folder|directory|dir)\b", re.IGNORECASE)


def each_folder_here(command: str, phrase: str) -> str:
    """`command` sizing each folder here, not only the total: "how much space does each folder here use" gave
    `du -sh`, one line for the current folder."""
    plain = _plain_words(command)
    options = plain[1][1:] if plain and plain[1][:1] == ["du"] else None
    if (not options or not all(re.fullmatch(r"-[a-zA-Z]+", w) for w in options) or not any("s" in w for w in options)
            or not _EACH_FOLDER.search(phrase)):
        return command
    return command + " *"


def remote_copies(command: str, phrase: str) -> str:
    """`command` copying to a user@host the phrase names with scp: "copy id_rsa.pub to bob@host" -> `scp id_rsa.pub
    bob@host:`, not `cp id_rsa.pub bob@host`, which makes a local file of that name (bob@host:/tmp likewise)."""
    if "@" not in phrase:
        return command
    for value, path in _remote_destinations(phrase):
        match = re.fullmatch(rf"((?:sudo )?)cp((?: -[rRap]+)*)((?: [^\s;&|<>]+)+) {re.escape(value + path)}", command)
        if match:
            letters = set(match.group(2).replace("-", "").replace(" ", ""))
            # scp's -R means something else (copy between two remote hosts): a recursive copy is -r
            options = (" -r" if letters & set("rRa") else "") + (" -p" if letters & set("pa") else "")
            command = f"{match.group(1)}scp{options}{match.group(3)} {value}{path or ':'}"
    return command


# Whole names of dotfiles and dot-folders, not extensions, when a phrase says ".env files".
DOTFILES = frozenset("env bashrc zshrc profile vimrc inputrc gitignore gitconfig npmrc netrc ssh git config "
                     "cache local htaccess dockerignore editorconfig".split())
_PHRASE_EXTENSION = re.compile(r"(?<![^\s(\"'])\.([A-Za-z0-9]{1,5})(?![\w.])")
_NAME_OPTION = r"(?:-i?name|-i?path|--include|--exclude)(?:=|\s+)"


def extensions_as_globs(command: str, phrase: str) -> str:
    """`command` with an extension the phrase names (".log files") as a glob where a name pattern goes."""
    for ext in set(_PHRASE_EXTENSION.findall(phrase)):
        if ext.lower() in DOTFILES:
            continue
        def as_glob(match: re.Match) -> str:
            quote = match.group(2) or "'"
            return f"{match.group(1)}{quote}*.{ext}{quote}"
        command = re.sub(rf"({_NAME_OPTION})(['\"]?)\.{re.escape(ext)}\2(?![\w.])", as_glob, command)
    return command


_NAME_CONTAINS = re.compile(rf"\bnames?\s+(?:contain(?:s|ing)?|with|including|has|have)\s+(?:the\s+word\s+)?{_VALUE}"
                            rf"|\bwith\s+{_VALUE}\s+in\s+(?:the|their|its)\s+names?\b", re.IGNORECASE)


def names_containing(command: str, phrase: str) -> str:
    """`command` matching names that contain the word the phrase says they contain: "list files whose name contains
    notes" gave `find . -iname notes`, which matches only a file called exactly that."""
    for match in _NAME_CONTAINS.finditer(phrase):
        word = match.group(1) or match.group(2)
        if word.lower() in NOT_VALUES:
            continue
        command = re.sub(rf"({_NAME_OPTION})(['\"]?){re.escape(word)}\2(?=\s|$)", rf"\1'*{word}*'", command)
    return command


_BARE_PATTERN = re.compile(rf"(?<![\w-])({_NAME_OPTION})([^\s'\"\\;|&()<>]*[*?[][^\s'\"\\;|&()<>]*)(?=\s|$|[;|&)])")


def patterns_quoted(command: str, phrase: str) -> str:
    """`command` with a bare glob after `-name` (the user typed "*.tmp", the model copied it) in quotes: the
    shell would otherwise expand it to the names in this directory before find or grep sees it."""
    def quoted(match: re.Match) -> str:
        if quote_at(command, match.start(2)) is not None:
            return match.group(0)
        pattern = match.group(2)
        quote = '"' if "$" in pattern else "'"
        return f"{match.group(1)}{quote}{pattern}{quote}"
    return _BARE_PATTERN.sub(quoted, command)


_COMMAND_START = r"(?:^|[;&|(]\s*|\b(?:nohup|sudo|time|exec|nice(?:\s+-n\s*-?\d+|\s+-\d+)?|watch)\s+)"


_PROGRAM_WORD = re.compile(r"((?:^|[;&|(]\s*)(?:(?:sudo|nohup|time|exec|nice|watch)\s+)*)([A-Za-z][\w.+-]*)(?=\s|$)")


def programs_in_lower_case(command: str, phrase: str) -> str:
    """`command` running the program, not the phrase's capitalized word for it: "OPEN config.yaml IN VIM" gave `VIM
    config.yaml`, "Mount all filesystems" `sudo Mount -a`. Only a word copied from the phrase as it was typed."""
    def lowered(match: re.Match) -> str:
        word = match.group(2)
        if len(word) < 2 or word.islower() or not re.search(rf"(?<![\w.-]){re.escape(word)}(?![\w.-])", phrase):
            return match.group(0)
        return match.group(1) + word.lower()
    return _PROGRAM_WORD.sub(lowered, command)


# Shell builtins sudo cannot run (it runs programs, not the shell's own commands), and kill given a job of this shell
_SUDO_CANNOT = re.compile(r"(?<![\w-])sudo\s+(?=(?:cd|source|\.|export|alias|unalias|jobs|fg|bg|history|set|unset|"
                          r"ulimit|umask|pushd|popd|disown|wait)(?:\s|$)|kill\s+(?:-\S+\s+)*%)")


def builtins_without_sudo(command: str, phrase: str) -> str:
    """`command` without a sudo that cannot work: "is there a way to kill %1?" gave `sudo kill %1`, and sudo's kill
    knows nothing of this shell's jobs; `sudo cd /root` says "command not found"."""
    return _SUDO_CANNOT.sub("", command)


def scripts_with_path(command: str, phrase: str) -> str:
    """`command` running a script the phrase names by its path in this directory (`./backup.sh`), or a Python
    one with python3 (`python3 server.py`: a .py file is seldom executable, and without a shebang the shell
    would read it as a shell script); neither with the other's interpreter."""
    shell_scripts, python_scripts = _named_scripts(phrase)
    for script in shell_scripts:
        command = re.sub(rf"({_COMMAND_START})(?:{_NOT_SHELL} +)?{re.escape(script)}(?![\w.])", rf"\g<1>./{script}",
                         command)
    for script in python_scripts:
        command = re.sub(rf"({_COMMAND_START})(?:{_NOT_PYTHON} +)?{re.escape(script)}(?![\w.])",
                         rf"\g<1>python3 {script}", command)
    return command


# Interpreters that cannot run a script of the other kind: "run backup.sh in the background" gave `nohup python3
# backup.sh &`, a Python traceback.
_NOT_SHELL = r"(?:python[23]?|node|ruby|perl)"
_NOT_PYTHON = r"(?:ba|z|da)?sh"


@lru_cache(maxsize=16)
def _named_scripts(phrase: str) -> tuple[frozenset[str], frozenset[str]]:
    return (frozenset(re.findall(r"(?<![^\s(\"'])([\w.-]+\.sh)(?![\w.])", phrase)),
            frozenset(re.findall(r"(?<![^\s(\"'])((?:\./)?[\w.-]+\.py)(?![\w.])", phrase)))


# What a phrase says when it means the whole file system, as opposed to "here".
_WHOLE_SYSTEM = re.compile(r"(?:^|\s)/(?=\s|$)|\b(?:root|system|systems|filesystems?|entire|whole|everywhere|"
                           r"anywhere|computer|machine|disks?|drives?|partitions?)\b", re.IGNORECASE)
_FIND_AT_ROOT = re.compile(rf"({_COMMAND_START}find\s+)/(?=\s|$)")


# ...and what it says when it can mean nothing else ("files in the system folder" is one folder)
_EVERYWHERE = re.compile(r"\b(?:anywhere|everywhere|(?:entire|whole) (?:file ?)?(?:system|disk|drive|machine|computer)|"
                         r"(?:on|across) (?:the|this|my) (?:file ?)?system|"
                         r"(?:on|across) (?:this|my) (?:machine|computer|box)|system-?wide)\b", re.IGNORECASE)


# "anywhere below the current directory" is here after all
_HERE = re.compile(r"\b(?:current|this|working) (?:dir(?:ectory)?|folder)\b|\bhere\b", re.IGNORECASE)
_NAMES_ROOT = re.compile(r"(?:^|\s)/(?=\s|$)|\broot\b", re.IGNORECASE)
# ...and "my whole home directory" is ~
_HOME = re.compile(r"\b(?:my|the|your) (?:whole |entire )?home(?: (?:dir(?:ectory)?|folder))?\b", re.IGNORECASE)


def find_scope(command: str, phrase: str) -> str:
    """`command` searching from here, not from `/`, when the phrase never speaks of the whole system: "find
    files named *.tmp and delete them" gave `find / -name '*.tmp' -delete`, the scope of a retrieved example;
    and from `/` when it can only mean all of it ("find files over 1GB anywhere on the system" gave `find .`)."""
    if "find" not in command:
        return command
    if _HOME.search(phrase) and not _HERE.search(phrase) and len(_FIND_HERE.findall(command)) == 1:
        return _FIND_HERE.sub(r"\g<1>~", command)
    if not _speaks_of_whole_system(phrase) or _HERE.search(phrase) and not _NAMES_ROOT.search(phrase):
        return _FIND_AT_ROOT.sub(r"\g<1>.", command)
    if _EVERYWHERE.search(phrase) and not _HERE.search(phrase) and len(_FIND_HERE.findall(command)) == 1:
        return _FIND_HERE.sub(r"\g<1>/", command)
    return command


@lru_cache(maxsize=16)
def _speaks_of_whole_system(phrase: str) -> bool:
    return _WHOLE_SYSTEM.search(phrase) is not None


_FIND_HERE = re.compile(rf"({_COMMAND_START}find\s+)\.(?=\s|$)")


def find_in_named_folder(command: str, phrase: str) -> str:
    """`command` searching the folder the phrase names: "find every python file under the project folder" gave
    `find . -name '*.py'`."""
    if "find" not in command:
        return command
    folder = _value_for("directory", phrase)
    if folder is None or _holds(command, folder) or not _FIND_HERE.search(command):
        return command
    if re.search(r"\.[A-Za-z]\w{0,4}$", folder):  # "files under the current directory called cookies.txt"
        return command
    return _FIND_HERE.sub(lambda m: m.group(1) + folder, command, count=1)


@lru_cache(maxsize=16)
def _phrase_literals(phrase: str) -> tuple:
    """The phrase's literal tokens, read once for the several candidates adapted to the same phrase."""
    return tuple(t for t in tokenize_phrase(phrase) if is_literal(t))


def literal_joins(command: str, phrase: str) -> str:
    """`command` without the separator the model wrote beside a value that already had it: `./work//` for
    "./work/", `'*..pdf'` for ".pdf" (the model writes `*.` and then copies the whole extension), `'**.csv'`
    for "*.csv", `'*fink**'` for "*fink*"."""
    for text in {t.text for t in _phrase_literals(phrase)}:
        if text.endswith("/"):
            command = command.replace(text + "/", text)
        if re.match(r"\.\w", text):
            command = re.sub(r"(?<!\.)\." + re.escape(text), text, command)
        if text.startswith("*"):
            command = command.replace("*" + text, text)
        if text.endswith("*"):
            command = command.replace(text + "*", text)
    return command


# An archive's name -> the letter tar compresses it with ("" for none); a zip archive is zip's.
_TAR_COMPRESSION = ((".tar.gz", "z"), (".tgz", "z"), (".tar.bz2", "j"), (".tbz2", "j"), (".tar.xz", "J"),
                    (".txz", "J"), (".tar", ""))
_TAR_CREATE = r"-?[cvzjJ]*c[cvzjJ]*f"  # tar's create option, compression letters and all, the archive after it
# the name an archive of each compression gets: the first spelling above
_EXTENSION_BY_LETTER = {letter: ext for ext, letter in reversed(_TAR_COMPRESSION)}
_ZIP_PLAIN_OPTION = re.compile(r"-[rqve]+")  # recurse, quiet, verbose, encrypt: none takes a value


def _plain_words(command: str) -> tuple[list[str], list[str]] | None:
    """(`sudo` or nothing, the rest) of a one-command line with nothing the shell would read specially (quotes,
    pipes, redirections, substitutions), split into words; None for any other line."""
    if any(ch in command for ch in "'\"|;&<>$`(){}"):
        return None
    words = command.split()
    sudo = words[:1] if words[:1] == ["sudo"] else []
    return sudo, words[len(sudo):]


def _compression(name: str) -> str | None:
    """tar's compression letter for an archive name, "zip" for a zip archive, None for anything else."""
    lowered = name.lower()
    if lowered.endswith(".zip"):
        return "zip"
    return next((letter for ext, letter in _TAR_COMPRESSION if lowered.endswith(ext)), None)


def archives_as_named(command: str, phrase: str) -> str:
    """`command` making the archive the phrase names in the format its name says: "pack docs into docs.tar.bz2"
    -> `tar -cjf docs.tar.bz2 docs`, not `zip -r docs.tar.bz2 docs` (a zip file with a tar name) or `tar -czf`
    (gzip data); and the archive right after `-f`, where tar writes it (`tar -czf www site.tar.gz` would
    write the archive over a file named www and pack site.tar.gz into it), or first after zip's options
    (`zip -r www site.zip` packs site.zip into www.zip). Plain one-command lines only."""
    names = {t.text for t in _phrase_literals(phrase) if not t.quoted and _compression(t.text) is not None}
    plain = _plain_words(command) if names else None
    if plain is None:
        return command
    sudo, words = plain
    if len(words) >= 4 and words[0] == "tar" and re.fullmatch(r"-?[rv]*r[rv]*f", words[1]) and words[2] in names \
            and _compression(words[2]) == "zip":  # "add notes.txt to docs.zip": tar cannot add to a zip
        return " ".join(sudo + ["zip", words[2]] + words[3:])
    if len(words) >= 4 and words[0] == "tar" and (flags := re.fullmatch(_TAR_CREATE, words[1])):
        archive, rest = words[2], words[3:]
    elif len(words) >= 3 and words[0] == "zip":
        options = [w for w in words[1:] if w.startswith("-")]
        archive, rest = words[1 + len(options)], words[2 + len(options):]
        if words[1:1 + len(options)] != options or not all(map(_ZIP_PLAIN_OPTION.fullmatch, options)) or not rest:
            return command
        if archive in names and _compression(archive) == "zip":
            return command  # already as named
        flags = None
    else:
        return command
    if archive not in names:  # the named archive among the things packed (`zip -r www site.zip`): it goes first
        named = [w for w in rest if w in names]
        if len(named) != 1 or _compression(archive) is not None:
            return command
        archive, rest = named[0], [archive if w == named[0] else w for w in rest]
    letter = _compression(archive)
    if letter != "zip" and words[0] == "zip" and any("e" in option for option in options):
        return command  # tar cannot encrypt what zip was asked to
    if letter == "zip":
        kept = [w for w in words[1:] if w.startswith("-")] if words[0] == "zip" else []
        options = kept if any("r" in w for w in kept) else ["-r"] + kept  # -e stays for zip_encrypts_when_asked
        return " ".join(sudo + ["zip"] + options + [archive] + rest)
    option = flags.group(0) if flags else "-cf"
    if _tar_compression_letters(option) != set(letter):  # the user's own spelling stays where it is right
        option = _with_compression(option, letter)
    return " ".join(sudo + ["tar", option, archive] + rest)


def _tar_compression_letters(option: str) -> set[str]:
    return {ch for ch in option if ch in "zjJ"}


def _with_compression(option: str, letter: str) -> str:
    """tar's option (`-czf`, `-xvjf`) compressing with `letter` instead, the archive still after its f."""
    return option[:-1].translate({ord(ch): None for ch in "zjJ"}) + letter + "f"


_TAR_EXTRACT = r"-?[xvzjJ]*x[xvzjJ]*f"
_TAR_LIST = r"-?[tvzjJ]*t[tvzjJ]*f"
_DECOMPRESSORS = {".gz": "gunzip", ".xz": "unxz", ".bz2": "bunzip2"}
_VIEWERS = {"gunzip": "zcat", "unxz": "xzcat", "bunzip2": "bzcat"}  # ...and what shows one without unpacking it
# Archives neither tar nor unzip reads: the tool, its command to unpack and its command to list
_OTHER_ARCHIVERS = {".7z": ("7z", "x", "l"), ".rar": ("unrar", "x", "l")}


def extracts_as_named(command: str, phrase: str) -> str:
    """`command` unpacking or listing the archive the phrase names with the tool its name says: "extract
    image.img.xz" gave `tar -xzf image.img.xz` (no tar inside, and xz, not gzip), "restore invoice.pdf from
    website.tgz" `unzip website.tgz invoice.pdf`, "list contents of bundle.zip" `tar -tzf bundle.zip`, "how do i
    open stuff.7z" `tar -xzf stuff.7z`. Plain one-command lines whose archive the phrase names."""
    if "tar" not in command and "unzip" not in command:
        return command
    plain = _plain_words(command)
    if plain is None:
        return command
    sudo, words = plain
    if len(words) >= 3 and words[0] == "tar" and re.fullmatch(f"{_TAR_EXTRACT}|{_TAR_LIST}", words[1]):
        archive, rest, listing = words[2], words[3:], "t" in words[1]
    elif len(words) >= 2 and words[0] == "unzip" and not words[1].startswith("-"):
        archive, rest, listing = words[1], words[2:], False
    elif len(words) == 3 and words[:2] == ["unzip", "-l"]:
        archive, rest, listing = words[2], [], True
    else:
        return command
    if archive not in {t.text for t in _phrase_literals(phrase)} or archive.lower().startswith("tar."):
        return command  # not named, or only the kind named ("extract a tar.gz file")
    letter = _compression(archive)
    if letter == "zip" and words[0] == "tar":
        if listing:
            return " ".join(sudo + ["unzip", "-l", archive])
        rest = ["-d" if w == "-C" else w for w in rest]
        return " ".join(sudo + ["unzip", archive] + rest)
    if letter is not None and letter != "zip":
        if words[0] == "unzip":
            rest = ["-C" if w == "-d" else w for w in rest]
            return " ".join(sudo + ["tar", f"-{'t' if listing else 'x'}{letter}f", archive] + rest)
        given = _tar_compression_letters(words[1])
        if not given or given == set(letter):
            return command  # as named, or left to tar, which reads the compression from the file
        return " ".join(sudo + ["tar", _with_compression(words[1], letter), archive] + rest)
    other = next((tool for ext, tool in _OTHER_ARCHIVERS.items() if archive.lower().endswith(ext)), None)
    if other and not rest:
        program, unpack, show = other
        return " ".join(sudo + [program, show if listing else unpack, archive])
    tool = next((tool for ext, tool in _DECOMPRESSORS.items() if archive.lower().endswith(ext)), None)
    if letter is None and tool and not rest:  # one compressed file, no tar inside: read or unpack it as such
        return " ".join(sudo + [_VIEWERS[tool] if listing else tool, archive])
    if archive.lower().endswith(".tar.zst") and words[0] == "tar" and _tar_compression_letters(words[1]):
        return " ".join(sudo + ["tar", _with_compression(words[1], ""), archive] + rest)  # tar -xf reads zstd
    return command


_ARCHIVE_PLACEHOLDER = re.compile(rf"(?:sudo )?(?:zip -r|tar ({_TAR_CREATE})) "
                                  r"(\{\{(?:archive|target|compressed)\w*\}\}) (\S+)$")


_ARCHIVE_EXTENSION_ONLY = re.compile(r"(?<![\w-])((?:tar -?\w*c\w*f|zip(?: -r)?) )"
                                     r"(\.(?:tar(?:\.(?:gz|bz2|xz|zst))?|tgz|zip))( (?:-\S+ )*)([\w./~-]+)$")


def _archive_stem(contents: str) -> str | None:
    """The name an archive of `contents` takes (`~/docs/` -> docs), or None where its last part makes no plain name."""
    stem = contents.rstrip("/").rsplit("/", 1)[-1]
    return stem if re.fullmatch(r"[\w-]+", stem) else None


def archive_named_by_extension(command: str, phrase: str) -> str:
    """`command` naming an archive the phrase names by its kind alone after what it holds: "make a .tar.xz of the
    src directory" gave `tar -cJf .tar.xz src`, a hidden file called .tar.xz."""
    match = _ARCHIVE_EXTENSION_ONLY.search(command)
    if match is None or match.group(2) not in phrase:
        return command
    stem = _archive_stem(match.group(4))
    if stem is None:
        return command
    return command[:match.start(2)] + stem + match.group(2) + command[match.end(2):]


def archive_named_after_contents(command: str, phrase: str) -> str:
    """`command` with an archive of one thing the phrase names called after it: "zip up the docs directory" ->
    `zip -r docs.zip docs`, "compress the logs folder" -> `tar -czf logs.tar.gz logs`, where a placeholder
    would leave the user to make up the obvious name."""
    match = _ARCHIVE_PLACEHOLDER.fullmatch(command)
    if match is None:
        return command
    contents = match.group(3)
    stem = _archive_stem(contents)
    words = {t.text.rstrip("/") for t in tokenize_phrase(phrase)}
    if contents.rstrip("/") not in words or stem is None:
        return command
    flags = match.group(1)
    compression = "".join(ch for ch in flags if ch in "zjJ") if flags else None
    if compression is not None and compression not in _EXTENSION_BY_LETTER:
        return command  # two compressions at once: no name would be right
    extension = ".zip" if compression is None else _EXTENSION_BY_LETTER[compression]
    return command[:match.start(2)] + stem + extension + command[match.end(2):]


_PHRASE_NUMBER = re.compile(r"(?<![\w./:+-])(\d+)(?![\w./:%-])")
_COUNT_SLOT = re.compile(r"(?<![\w-])((?:head|tail|watch) -n ?|head -|HEAD~|git log -n ?|git log -|ping -c ?|vmstat |"
                         r"ufw delete |iostat (?:-[a-z]+ )*)(\d+)(?![\w.])")
# "the last four commits": numbers as words, from two ("one" is as often no count: "one line each")
NUMBER_WORDS = {word: str(n) for n, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split()) if n >= 2}
_NUMBER_WORD = re.compile(rf"\b({'|'.join(NUMBER_WORDS)})\b", re.IGNORECASE)


# An amount of time longer than a second ("the last 24 hours") or a size ("10 MB") is no count
_NOT_A_COUNT = re.compile(r"\s*(?:hours?|hrs?|days?|weeks?|months?|years?|minutes?|mins?|[kmgt]i?b|bytes?|"
                          r"kilobytes?|megabytes?|gigabytes?)\b", re.IGNORECASE)


@lru_cache(maxsize=16)
def _phrase_counts(phrase: str) -> frozenset[str]:
    digits = list(_PHRASE_NUMBER.finditer(phrase))
    if digits:  # words count only in a phrase without digits ("the last four commits")
        return frozenset(match.group(1) for match in digits if not _NOT_A_COUNT.match(phrase, match.end()))
    return frozenset(NUMBER_WORDS[match.group(1).lower()] for match in _NUMBER_WORD.finditer(phrase)
                     if not _NOT_A_COUNT.match(phrase, match.end()))


def counts_from_phrase(command: str, phrase: str) -> str:
    """`command` with the one number the phrase gives as its count: "the 5 biggest files" -> `... | head -n 5`,
    not the `head -n 10` of most examples; "every 5 seconds" -> `watch -n 5`; "the last four commits" ->
    `HEAD~4`; "ping it five times" -> `ping -c 5`; "stats every 5 seconds" -> `vmstat 5`. Only where the phrase
    has one number, the command does not use it and has one such count."""
    numbers = _phrase_counts(phrase)
    if len(numbers) != 1:
        return command
    slots = list(_COUNT_SLOT.finditer(command))
    if len(slots) != 1:
        return command
    number = next(iter(numbers))
    if re.search(rf"(?<![\w.]){number}(?![\w.])", command):
        return command
    slot = slots[0]
    return command[:slot.start(2)] + number + command[slot.end(2):]


_DEPTHS = rf"(\d+|{'|'.join(NUMBER_WORDS)}|one)"
_DEPTH_SAID = re.compile(rf"\b{_DEPTHS}\s+(?:levels?|directories)\s+(?:deep|down)\b|"
                         rf"\b(?:depth|max(?:imum)?\s+depth)\s+(?:of\s+)?{_DEPTHS}\b|\b{_DEPTHS}\s+levels?\b",
                         re.IGNORECASE)
_DEPTH_SLOT = re.compile(r"(?<![\w-])(tree (?:-\w+ )*-L ?|-maxdepth |du (?:-\w+ )*-d ?|--max-depth[= ])(\d+)(?![\w.])")


def depth_as_said(command: str, phrase: str) -> str:
    """`command` going as many levels deep as the phrase says: "the tree of src, only two levels deep" gave `tree -L
    3 src`. Only where the phrase names one depth and the command has one (tree -L, find -maxdepth, du -d)."""
    said = {next(group for group in match.groups() if group).lower() for match in _DEPTH_SAID.finditer(phrase)}
    if len(said) != 1:
        return command
    (word,) = said
    depth = word if word.isdigit() else "1" if word == "one" else NUMBER_WORDS[word]
    slots = list(_DEPTH_SLOT.finditer(command))
    if len(slots) != 1 or slots[0].group(2) == depth:
        return command
    return command[:slots[0].start(2)] + depth + command[slots[0].end(2):]


_WITHOUT = re.compile(r"\b(?:without|not containing|(?:do not|don'?t|does not|doesn'?t) "
                      r"(?:contain|mention|have|include)|"
                      r"excluding|except(?: for)?|other than)\s+(?:the\s+(?:word|string|text)\s+)?['\"]?([\w.-]+)",
                      re.IGNORECASE)
_GREP_OPTIONS = re.compile(r"(\bgrep)((?:\s+-[\w-]+)*)(\s+)(['\"]?)([^\s'\"]+)\4(?=\s|$)")


_WITHOUT_EMPTY_LINES = re.compile(r"\b(?:without|excluding|skipping|skip|minus|no)\s+(?:the\s+|any\s+)?"
                                  r"(?:empty|blank)\s+lines\b", re.IGNORECASE)


def _drops_empty_lines(command: str) -> str:
    """grep printing the lines that are not empty: "print notes.txt without the empty lines" gave `grep -v 'the'`."""
    found = _GREP_OPTIONS.search(command)
    if found is None or found.group(5) == "^$":
        return command
    options = found.group(2) if re.search(r"\s-\w*v|--invert", found.group(2)) else found.group(2) + " -v"
    return command[:found.end(1)] + options + found.group(3) + "'^$'" + command[found.end(0):]


def grep_inverts_when_said(command: str, phrase: str) -> str:
    """`command` keeping the lines without the word the phrase says to leave out: "show lines without DEBUG in
    app.log" gave `grep -w 'DEBUG' app.log`, the very lines it asked to drop; where it lists files, those without
    it ("which files under src dont mention license": `grep -rL`, not `grep -rl`)."""
    if "grep" not in command:
        return command
    if _WITHOUT_EMPTY_LINES.search(phrase):
        return _drops_empty_lines(command)
    match = _WITHOUT.search(phrase)
    found = _GREP_OPTIONS.search(command) if match else None
    if found is not None and re.search(r"\s-\w*l", found.group(2)) and re.search(r"\blines?\b", phrase, re.I):
        # the lines, not the files, were asked for ("lines from access.log that don't have 200" gave grep -v -rl),
        # and in one file, not a tree
        letters = "lrR" if re.search(r"\w\.[A-Za-z]\w*$", command) else "l"
        options = re.sub(r"\s-(?=\s|$)", "", re.sub(r"(?<=\s-)(\w+)", lambda m: m.group(1).translate(
            {ord(ch): None for ch in letters}), found.group(2)))
        command = command[:found.end(1)] + options + command[found.end(2):]
        found = _GREP_OPTIONS.search(command)
    if found is None or re.search(r"\s-\w*[vL]|--invert", found.group(2)) and found.group(5) == match.group(1):
        return command
    if found.group(5) != match.group(1):
        # a plain word of the phrase searched for instead ("lines in main.py that dont contain print" gave grep
        # -v 'lines'): the word named goes in its place
        if _holds(command, match.group(1)) or (found.group(5).lower() not in phrase.lower().split()
                                               and not found.group(5).startswith("{{")):
            return command
        command = command[:found.start(5)] + match.group(1) + command[found.end(5):]
        found = _GREP_OPTIONS.search(command)
        if re.search(r"\s-\w*[vL]|--invert", found.group(2)):
            return command
    options = found.group(2)
    if re.search(r"\s-\w*l", options):
        options = re.sub(r"(\s-\w*)l", r"\1L", options, count=1)
        return command[:found.end(1)] + options + command[found.end(2):]
    return command[:found.end(1)] + " -v" + command[found.end(1):]


_APPEND = re.compile(r"\b(?:append\w*|add\w*\s+(?:\S+\s+){0,6}?to\s+the\s+end)\b", re.IGNORECASE)
_OVERWRITE = re.compile(r"(?<![>&\d])>(?![>&])(?=\s*[^\s|&;<>]+\s*$)")


def appends_when_said(command: str, phrase: str) -> str:
    """`command` adding to the end of a file where the phrase says append: 'append "buy milk" to results.txt' gave
    `echo 'buy milk' > results.txt`, which empties the file first."""
    if not _APPEND.search(phrase) or not command.startswith(("echo ", "printf ", "cat ")):
        return command
    return _OVERWRITE.sub(">>", command, count=1)


_SED_IN_PLACE = re.compile(r"(?<=\bsed )-i\S*\s+")


def sed_previews_when_asked(command: str, phrase: str) -> str:
    """`command` printing sed's result instead of editing the file where the phrase only asks to look: "what would
    style.css look like with bar instead of foo?" gave `sed -i 's/foo/bar/g' style.css`, which changes it."""
    if not risk.asks_only_to_look(phrase):
        return command
    return _SED_IN_PLACE.sub("", command, count=1)


_MAKE_ONE = re.compile(r"((?:sudo )?(mkdir|touch)(?: -p| --parents)? )([~/.][^\s'\"]*)")


def made_inside(command: str, phrase: str) -> str:
    """`command` making the thing the phrase names inside the place it names: "create a folder called logs in
    /var/www" -> `mkdir /var/www/logs`, not `mkdir /var/www`, which makes (or fails to make) the place itself."""
    match = _MAKE_ONE.fullmatch(command)
    if match is None:
        return command
    place = match.group(3)
    if not re.search(rf"\b(?:in|under|inside|within)\s+{re.escape(place)}(?![\w/.-])", phrase):
        return command
    # "make a new directory reports under ~/work" names a folder as "user alice" names a user
    if match.group(2) == "mkdir":
        name = _value_for("directory", phrase, name_first=True)
    else:
        name = _value_for("file", phrase)
    if name is None or "/" in name or name in command:
        return command
    return match.group(1) + place.rstrip("/") + "/" + name


_DESTINATION_OPTIONS = frozenset(("-O", "-o", "-P", "--output", "--output-document", "--directory-prefix"))


def downloads_where_said(command: str, phrase: str) -> str:
    """`command` saving the download where the phrase says: "download https://x.org/a.iso to ~/Downloads" ->
    `wget -P ~/Downloads https://x.org/a.iso`, not `wget -O https://x.org/a.iso ~/Downloads` (which fetches the
    place as a second address and names the file after the first); a destination with an extension is the
    file itself (`wget -O /tmp/a.iso ...`). Only a wget or curl line that already holds both."""
    literals = [t.text for t in _phrase_literals(phrase) if not t.quoted]
    urls = [text for text in literals if "://" in text]
    places = [text for text in literals if "://" not in text and (text.startswith(("/", "~", "./")) or
                                                                   text.endswith("/"))]
    plain = _plain_words(command) if len(urls) == 1 and len(places) == 1 else None
    if plain is None:
        return command
    url, place = urls[0], places[0]
    sudo, words = plain
    if not words or words[0] not in ("wget", "curl") or url not in words or place not in words:
        return command
    flags, skip = [], False
    for word in words[1:]:
        if skip:
            skip = False
        elif word in _DESTINATION_OPTIONS:
            skip = True
        elif word.startswith("-"):
            flags.append(word)
    is_file = _FILE_LIKE.fullmatch(place) is not None and re.search(r"\.[A-Za-z]\w*$", place) is not None
    if words[0] == "wget":
        where = ["-O", place] if is_file else ["-P", place]
    else:
        path = url.split("://", 1)[-1].split("?", 1)[0].partition("/")[2]
        name = path.rsplit("/", 1)[-1]
        if not is_file and "." not in name:
            return command  # no file name in the address to save it under
        where = ["-L", "-o", place if is_file else place.rstrip("/") + "/" + name]
        flags = [f for f in flags if f != "-L"]
    return " ".join(sudo + [words[0]] + flags + where + [url])


_NAMER = re.compile(rf"\b(named|called)\s+{_VALUE}", re.IGNORECASE)


def names_not_namers(command: str, phrase: str) -> str:
    """`command` with the name the phrase gives where the model copied the word that gives it: "unzip files.zip
    into a folder named out" -> `unzip files.zip -d out`, not `-d named`."""
    for match in _NAMER.finditer(phrase):
        namer, value = match.group(1), match.group(2)
        if value.lower() in NOT_VALUES or _holds(command, value):
            continue
        command = re.sub(rf"(?<=\s){re.escape(namer)}(?=\s|$)", value, command, count=1)
    return command


# "a symlink named current", "symlink current -> releases/v2", "a link called www to /var/www/html"
_LINK_NAME = re.compile(rf"\b(?:named|called)\s+{_VALUE}|\b(?:sym)?link\s+(?!(?:to|named|called|that|which|from|for|"
                        rf"at|in|pointing|points)\b){_VALUE}", re.IGNORECASE)
_LINK_TARGET = re.compile(r"(?:->|\bto|\bat)\s+([^\s'\"]+)", re.IGNORECASE)
_LINK_COMMAND = re.compile(r"((?:sudo )?ln -s[fnv]*) (\S+) (\S+)$")


def links_as_named(command: str, phrase: str) -> str:
    """`command` making the link the phrase names point where it says: "symlink current -> releases/v2" gave `ln -s
    releases/v2 releases/v2`, "a link named www to /var/www/html" `ln -s www /var/www/html` (a link in /var/www/html
    to nothing), "a symlink called latest pointing to builds/42" `ln -s builds/42 symlink`."""
    if "ln " not in command:
        return command
    match = _LINK_COMMAND.fullmatch(command)
    # not NOT_VALUES: "current" and "latest" are what links are named most
    name = next((m.group(1) or m.group(2) for m in _LINK_NAME.finditer(phrase)
                 if (m.group(1) or m.group(2)).lower() not in ("a", "an", "the", "this", "it", "my")), None) \
        if match else None
    target = _LINK_TARGET.findall(phrase)
    if name is None or not target or target[-1].rstrip(".,?!") == name:
        return command
    return f"{match.group(1)} {target[-1].rstrip('.,?!')} {name}"


_VARIABLE = re.compile(r"\b[A-Z][A-Z0-9_]+\b")
_EXPORT = re.compile(r"\bexport ([A-Z][A-Z0-9_]*)=(\S*)")
_EXTENDS = re.compile(r"\b(?:add|append|prepend|include|includes|including|extend|put)\b", re.IGNORECASE)


def variables_as_named(command: str, phrase: str) -> str:
    """`command` setting the variable the phrase names, and adding to PATH-like lists rather than replacing them:
    "set the variable PATH to include /opt/bin" gave `export JAVA_HOME=/opt/bin`; `export PATH=/opt/bin` would leave
    the shell finding no program outside /opt/bin."""
    if "export" not in command:
        return command
    # "set DATA_DIR to /srv/data" gave `export /srv/data=DATA_DIR`: the name and the value the other way round
    command = re.sub(r"\bexport ([^\s=]*[^\w\s=][^\s=]*)=([A-Z][A-Z0-9_]*)(?=\s|$)", r"export \2=\1", command)
    match = _EXPORT.search(command)
    if match is None:
        return command
    named = [v for v in _VARIABLE.findall(phrase) if len(v) >= 2 and v.isupper()]
    variable, value = match.groups()
    if variable not in named and len(set(named)) == 1:
        variable = named[0]
    if variable.endswith("PATH") and _EXTENDS.search(phrase) and f"${variable}" not in value and \
            "${" + variable not in value and value and not value.startswith("$("):
        value = f"${variable}:{value}"
    return command[:match.start()] + f"export {variable}={value}" + command[match.end():]


_COPY_CALLED = re.compile(rf"\bcop(?:y|ies)\s+of\s+(?:the\s+|my\s+)?{_VALUE}(\s+(?:folder|directory|dir))?\s+"
                          rf"(?:called|named)\s+{_VALUE}", re.IGNORECASE)


def copies_as_named(command: str, phrase: str) -> str:
    """`command` copying the thing the phrase names to the copy it names: "make a copy of the photos folder called
    photos-backup" gave `cp photos-backup photos`, which copies the other way (the backup, if there is one, over
    the original); a folder is copied with -r."""
    match = _COPY_CALLED.search(phrase)
    words = _plain_words(command)
    if match is None or words is None:
        return command
    source, folder, copy = match.groups()
    sudo, rest = words
    options = [w for w in rest[1:] if w.startswith("-")]
    if rest[:1] != ["cp"] or rest[1 + len(options):] != [copy, source]:
        return command
    if folder and not any(set(o) & set("rRa") for o in options):
        options.append("-r")
    return " ".join(sudo + ["cp"] + options + [source, copy])


# "replace foo with bar", "change http to https", "substitute all occurrences of 'a b' with c"
_QUOTED_OR_VALUE = r"""(?:'([^']+)'|"([^"]+)"|([\w~./:@+-]*[\w/]))"""
_REPLACEMENT = re.compile(
    rf"\b(?:replace|substitute|swap|change)\s+(?:(?:all|every|each)\s+)?(?:(?:occurrences?|instances?)\s+of\s+)?"
    rf"(?:the\s+(?:word|string|text)\s+)?{_QUOTED_OR_VALUE}\s+(?:with|by|to|for|into)\s+{_QUOTED_OR_VALUE}",
    re.IGNORECASE)
# Words that describe what to replace rather than spell it ("replace spaces with underscores"): the model's own
# pattern for them (`s/ /_/g`) is the answer.
DESCRIBED = frozenset(
    "space spaces tab tabs whitespace underscore underscores dash dashes hyphen hyphens comma commas dot dots period "
    "periods slash slashes backslash backslashes newline newlines line lines quote quotes digit digits number numbers "
    "letter letters character characters uppercase lowercase upper lower capitals colon colons semicolon semicolons "
    "blank blanks empty crlf lf it them this that".split())
_SED_DELIMITERS = "/|#,:"
_SED_PART = r"((?:\\.|(?!\1)[^\\])*)"  # up to the next unescaped delimiter
_SED_SUBSTITUTION = re.compile(rf"(?<![\w-])s([{re.escape(_SED_DELIMITERS)}]){_SED_PART}\1{_SED_PART}\1")


def substitutions_as_said(command: str, phrase: str) -> str:
    """`command` replacing what the phrase says with what it says: "replace foo with bar in config.ini" ->
    `sed -i 's/foo/bar/g' config.ini`, not `s/bar/bar/g`. The model copies plain words less surely than
    values, and two of them in a row often come out as the second twice."""
    said = _REPLACEMENT.search(phrase)
    if said is None or not re.search(rf"{_COMMAND_START}sed\s", command):
        return command
    old, new = [a or b or c for a, b, c in (said.groups()[:3], said.groups()[3:])]
    if {old.lower(), new.lower()} & DESCRIBED or old == new:
        return command
    match = _SED_SUBSTITUTION.search(command)
    if match is None or (match.group(2), match.group(3)) == (old, new):
        return command
    delimiter = next((d for d in _SED_DELIMITERS if d not in old + new), None)
    if delimiter is None or "'" in old + new:
        return command
    return (command[:match.start()] + f"s{delimiter}{old}{delimiter}{new}{delimiter}" + command[match.end():])


_ZIP_ENCRYPT = re.compile(rf"({_COMMAND_START}zip\s+(?:-[A-Za-z0-9]+\s+)*?)-([A-Za-z]*)e([A-Za-z]*\s+)")
_ASKS_TO_ENCRYPT = re.compile(r"\b(?:passw\w*|encrypt\w*|protect\w*|secur\w*|lock\w*)", re.IGNORECASE)


def zip_encrypts_when_asked(command: str, phrase: str) -> str:
    """`command` without zip's -e unless the phrase asks for a password: "bundle docs into docs.zip" -> `zip -r
    docs.zip docs`; `zip -er` stops to ask for one, which nobody expects of a plain zip."""
    if "zip" not in command:
        return command
    if _ASKS_TO_ENCRYPT.search(phrase):
        return command
    # the other letters of a bundle stay (-er -> -r); -e alone goes, the space after it too
    return _ZIP_ENCRYPT.sub(lambda m: m.group(1) + (f"-{m.group(2)}{m.group(3)}" if (m.group(2) + m.group(3)).strip()
                                                   else ""), command, count=1)


# The folders a desktop makes in every home (XDG user directories)
HOME_FOLDERS = ("Desktop", "Documents", "Downloads", "Music", "Pictures", "Public", "Templates", "Videos")
# "my Downloads", and "in downloads", "from documents": one's own folders named plainly, as a laptop's user does; not
# "the music folder", as often one named music where the user is
_HOME_FOLDER = re.compile(rf"\b(?:my|in|from|into|inside|to|under)\s+({'|'.join(HOME_FOLDERS)})\b", re.IGNORECASE)


def home_folders(command: str, phrase: str) -> str:
    """`command` with the user's own folder where the phrase says "my Downloads": `du -sh ~/Downloads`, not
    `du -sh ~` (the home it is in) or `du -sh Downloads` (a folder of that name wherever the shell is), and
    `find ~/Music ...` for "files in my Music folder", not `find . ...`; "the newest files in downloads" too. A name in
    capitals ("rename the stick to MUSIC") is a label, not the folder. It runs after the steps that put a folder the
    phrase names into the command, which put the bare name."""
    named = {m.group(1).capitalize() for m in _HOME_FOLDER.finditer(phrase) if not m.group(1).isupper()}
    if len(named) != 1:
        return command
    [folder] = named
    path = "~/" + folder
    bare = re.compile(rf"(?<![\w/.~-])(?:\./)?{folder}(?=/|\s|$)", re.IGNORECASE)  # the name, or a path in it
    if bare.search(command):
        return bare.sub(path, command)
    for home in (rf"(?<=\s)~/?(?=\s|$)", rf"(?<=^find\s)\.(?=\s|$)"):  # the home itself, or here
        if re.search(home, command):
            return re.sub(home, path, command, count=1)
    return command


def quoted_strings_whole(command: str, phrase: str) -> str:
    """`command` with a string the phrase quotes, spaces and all, in quotes where the model copied it bare:
    "run 'top -n1 | grep mysql' every 2 seconds" -> `watch -n 2 'top -n1 | grep mysql'`, not `watch -n 2
    top -n1 | grep mysql`, which splits the string into words and pipes the output of watch itself."""
    for text in {t.text for t in _phrase_literals(phrase) if t.quoted and any(c.isspace() for c in t.text)}:
        start = command.find(text)
        if start < 0 or quote_at(command, start) is not None:
            continue
        # single quotes keep everything literal; double quotes where the string has a variable to expand
        quote = "'" if "'" not in text and "$" not in text else '"' if '"' not in text else None
        if quote:
            command = command[:start] + quote + text + quote + command[start + len(text):]
    return command


_JSON_OBJECT = re.compile(r"(?<![\w'\"])\{\s*\"[^{}]*\}(?![\w'\"])")
_QUOTED_JSON = re.compile(r"'(\{[^']*\})'")


def json_as_typed(command: str, phrase: str) -> str:
    """`command` sending the JSON object the phrase gives as it was typed: 'post {"name":"test"} to ...' gave
    `-d '{"name": test}'`, rebuilt from the pieces the phrase was read in, its quotes lost on the way."""
    typed = _JSON_OBJECT.findall(phrase)
    sent = _QUOTED_JSON.findall(command)
    if len(typed) != 1 or len(sent) != 1 or typed[0] == sent[0] or "'" in typed[0]:
        return command
    return command.replace("'" + sent[0] + "'", "'" + typed[0] + "'", 1)


_GREP_NOT_RECURSIVE = re.compile(r"^((?:sudo )?grep)((?: -[a-zA-Z]+)*) (?!-)")


def grep_recursive_when_said(command: str, phrase: str) -> str:
    """`command` searching a folder all the way down where the phrase says so: "recursively search the src
    directory for TODO and show line numbers" gave `grep -n 'TODO' src`, which reads src as a file and fails."""
    match = _GREP_NOT_RECURSIVE.match(command)
    if match is None or not re.search(r"\brecursive(?:ly)?\b", phrase, re.IGNORECASE) or "|" in command:
        return command
    if re.search(r"(?<!\S)-[a-zA-Z]*[rR]|--recursive|--dereference-recursive", command):
        return command
    options = match.group(2)
    if options:  # into the first bundle of letters: `grep -rn`, as it is usually written
        options = " -r" + options[2:]
    else:
        options = " -r"
    return f"{match.group(1)}{options} {command[match.end():]}"


_PASSWD_CUT = re.compile(r"(\bcut\s+(?:-\w+\s+)*-d\s*)(?:,|','|' ')(?=\s.*/etc/(?:passwd|group|shadow)\b)")


def colons_in_account_files(command: str, phrase: str) -> str:
    """`command` splitting /etc/passwd, /etc/group or /etc/shadow at their colons: "list just the usernames from
    /etc/passwd" gave `cut -d, -f1 /etc/passwd`, a comma-separated file's delimiter."""
    if "/etc/" not in command:
        return command
    command = _PASSWD_CUT.sub(r"\1:", command)
    return re.sub(r"(\bawk\s+)-F\s*(?:,|',')(?=\s.*/etc/(?:passwd|group|shadow)\b)", r"\1-F:", command)


_FIND_TO_XARGS0 = re.compile(r"(\bfind\s[^|;&]*?)(\s+-print)?(\s*\|\s*xargs\s+(?:-\S+\s+)*-0)")


def null_separated_for_xargs(command: str, phrase: str) -> str:
    """`command` with find printing the names `xargs -0` reads: "delete all .pyc files" gave `find . -name "*.pyc" |
    xargs -0 rm -rf`, where xargs waits for a NUL that never comes and reads every name as one."""
    if "xargs" not in command:
        return command

    def fix(match: re.Match) -> str:
        if any(option in match.group(1) for option in ("-print0", "-printf", "-exec")):
            return match.group(0)
        return match.group(1) + " -print0" + match.group(3)
    return _FIND_TO_XARGS0.sub(fix, command)


_UNDER = re.compile(r"\bunder\s+(?:the\s+)?([\w~/][\w./~-]*|\.{1,2}/[\w./-]*)", re.IGNORECASE)
_GREP_HERE = re.compile(r"^((?:sudo )?grep\s+(?:-\S+\s+)*-\w*[rR]\w*\s+(?:-\S+\s+)*"
                        r"(?:'[^']*'|\"[^\"]*\"|\S+))(\s+\.)?$")


def grep_in_named_folder(command: str, phrase: str) -> str:
    """`command` searching the folder the phrase names: "search for TODO in all files under src" gave `grep -rn
    'TODO' .`. One grep of the whole tree, here or unstated, and a folder the phrase names by its kind or as
    "under X" (not a file: no extension)."""
    if "grep" not in command:
        return command
    folder = _value_for("directory", phrase)
    if folder is None:
        under = _UNDER.search(phrase)
        folder = under.group(1).rstrip(".,?!") if under and under.group(1).lower() not in NOT_VALUES else None
    match = _GREP_HERE.match(command) if folder else None
    if match is None or _holds(command, folder) or re.search(r"\w\.[A-Za-z]\w{0,4}$", folder):
        return command
    return f"{match.group(1)} {folder}"


# The kinds of access a phrase names, as chmod's letters: "read permission", "writable", "executable"
_ACCESS = (("r", re.compile(r"\bread(?:able|ing|s)?\b", re.IGNORECASE)),
           ("w", re.compile(r"\b(?:writ(?:e|able|ing|es)|edit(?:able|ing|s)?|modify)\b", re.IGNORECASE)),
           ("x", re.compile(r"\bexecut(?:e|able|ion|ing)\b", re.IGNORECASE)))
_SYMBOLIC_MODE = re.compile(r"(\bchmod\s+(?:-R\s+)?[ugoa]*[-+=])([rwx]+)(?=\s)")
_ACL_ENTRY = re.compile(r"(\bsetfacl\s+(?:-R\s+)?-m\s+['\"]?(?:u|g|o|user|group|other):[\w.-]*:)([rwx-]+)")


def modes_as_said(command: str, phrase: str) -> str:
    """`command` granting or taking the access the phrase names, no more: "remove read permission for others on
    salary.xlsx" gave `chmod o-rwx salary.xlsx`, "give alice read access ... using an acl" `u:alice:rw`. Not where
    the phrase says "only" (what is left, not what changes) or names special bits or a numeric mode."""
    if "chmod" not in command and "setfacl" not in command:
        return command
    if re.search(r"\bonly\b|\bbit\b|\b[0-7]{3,4}\b", phrase, re.IGNORECASE):
        return command
    letters = "".join(letter for letter, words in _ACCESS if words.search(phrase))
    if not letters:
        return command
    command = _SYMBOLIC_MODE.sub(lambda m: m.group(1) + letters, command, count=1)
    return _ACL_ENTRY.sub(lambda m: m.group(1) + letters, command, count=1)


def remote_homes_when_said(command: str, phrase: str) -> str:
    """`command` copying into the user's home folder on the other machine where the phrase says so: "copy
    report.pdf to my home dir on 10.0.0.5" gave `scp report.pdf alice@10.0.0.5:{{remote_path}}`; a remote path
    that starts with ~/ is the home folder there."""
    if ":{{remote_path}}" not in command or not re.search(r"\bhome\s+(?:dir|directory|folder)\b", phrase, re.I):
        return command
    return command.replace(":{{remote_path}}", ":~/", 1)


def remote_hosts_with_colon(command: str, phrase: str) -> str:
    """`command` copying to the machine the phrase names, not to a local file named after it: "copy report.pdf to
    ... on 172.16.0.9" gave `scp -r report.pdf 172.16.0.9`, which makes a file called 172.16.0.9 here."""
    if "scp" not in command and "rsync" not in command:
        return command
    match = re.fullmatch(r"((?:sudo )?(?:scp|rsync)\s.*\s)(\S+)", command)
    if match is None or match.group(2) not in phrase:
        return command
    if not re.fullmatch(_HOST, match.group(2).split("@")[-1], re.IGNORECASE):  # a host, or a user@host typed whole
        return command
    return f"{match.group(1)}{match.group(2)}:"


_KEEPS_ATTRIBUTES = re.compile(r"\b(?:keep|keeping|preserv\w*|retain\w*)\b.*\b(?:permissions|modes|timestamps|times|"
                               r"ownership|owners?|attributes)\b", re.IGNORECASE)
_RECURSIVE_CP = re.compile(r"(?<![\w-])(cp\s+)-([rRv]*[rR][rRv]*)(?=\s)")


def copies_keep_attributes(command: str, phrase: str) -> str:
    """`command` copying a tree with its permissions, owners and times where the phrase asks to keep them: "copy
    /srv/data into /mnt/backup and keep permissions and timestamps" gave `cp -r`, which gives every copy the
    copier's owner, a fresh time and the umask's mode."""
    if "cp " not in command:
        return command
    if not _KEEPS_ATTRIBUTES.search(phrase):
        return command
    return _RECURSIVE_CP.sub(lambda m: m.group(1) + "-a" + m.group(2).replace("r", "").replace("R", ""), command,
                             count=1)


_PACKED_FOLDER = re.compile(rf"\b(?:from|of)\s+(?:the\s+|my\s+)?{_VALUE}\s+(?:folder|dir|directory)\b", re.IGNORECASE)
_TAR_OF_ONE = re.compile(rf"((?:sudo )?tar\s+{_TAR_CREATE}\s+\S+\s+|(?:sudo )?zip\s+-r\w*\s+\S+\s+)([\w.-]+)$")


def archives_what_is_named(command: str, phrase: str) -> str:
    """`command` packing the folder the phrase names: "make project.tar.xz from the project dir with max
    compression" gave `tar -cJf project.tar.xz max`, a plain word of the phrase where the folder goes."""
    if "tar" not in command and "zip" not in command:
        return command
    match = _TAR_OF_ONE.fullmatch(command)
    named = _PACKED_FOLDER.search(phrase) if match else None
    if named is None or named.group(1).lower() in NOT_VALUES or _holds(command, named.group(1)) or \
            match.group(2) in {t.text for t in _phrase_literals(phrase)}:
        return command
    return match.group(1) + named.group(1)


_PATH_THEN_HOST = re.compile(r"(?<![^\s'\"])([~/][^\s:'\"]*):([\w.-]+)(?![^\s'\"])")


def remote_sides_in_order(command: str, phrase: str) -> str:
    """`command` naming a remote place host first: "rsync ~/site to /var/www/site on web01" gave `rsync -avz ~/site/
    /var/www/site:web01`, a local folder named `site:web01`."""
    if ":" not in command:
        return command

    def swap(match: re.Match) -> str:
        path, host = match.groups()
        if not re.search(rf"\b(?:on|at|to)\s+{re.escape(host)}\b", phrase):
            return match.group(0)
        return f"{host}:{path}"
    return _PATH_THEN_HOST.sub(swap, command)


_UPSTREAM = re.compile(r"\b(?:upstream|track\w*)\b", re.IGNORECASE)


def pushes_upstream_when_said(command: str, phrase: str) -> str:
    """`command` setting the branch's upstream where the phrase asks: "push feature/login to origin and set
    upstream" gave `git push origin feature/login`, after which a plain `git pull` does not know where to pull."""
    if "git push" not in command:
        return command
    if not _UPSTREAM.search(phrase) or re.search(r"\s(?:-u|--set-upstream)\b", command):
        return command
    return re.sub(r"\bgit push(?= )", "git push -u", command, count=1)


_RM_PLAIN = re.compile(r"(?<![\w-])(rm)((?:\s+-[fiv]+)*)(\s+)(?=[^\s-])")


def removes_folders_whole(command: str, phrase: str) -> str:
    """`command` removing a folder the phrase names with what is in it: "get rid of the folder old_site" gave `rm
    old_site`, which refuses a directory."""
    if "rm" not in command:
        return command
    folder = _value_for("directory", phrase, name_first=True)
    if folder is None or not _holds(command, folder):
        return command
    if re.search(r"(?<![\w-])rm\s+(?:-\S+\s+)*-\w*[rR]", command):
        return command

    def recursive(match: re.Match) -> str:
        options = match.group(2).replace("-", "-r", 1) if match.group(2) else " -r"  # -f becomes -rf, as typed
        return match.group(1) + options + match.group(3)
    return _RM_PLAIN.sub(recursive, command, count=1)


_NOT_DEEPER = re.compile(r"\b(?:not|without|excluding|no)\s+(?:counting\s+|including\s+|looking in(?:to)?\s+|"
                         r"going into\s+)?(?:the\s+|any\s+)?sub-?(?:folders?|dir(?:ectorie)?s?|directories)\b|"
                         r"\bnon-?recursive(?:ly)?\b", re.IGNORECASE)


def find_stays_in_the_folder(command: str, phrase: str) -> str:
    """`command` looking in the folder only, not below it, where the phrase says so: "how many files are in
    ~/Downloads (not counting subfolders)" gave `find ~/Downloads -type f | wc -l`, which counts them all."""
    if "find" not in command:
        return command
    if not _NOT_DEEPER.search(phrase) or "-maxdepth" in command:
        return command
    return re.sub(r"(\bfind(?:\s+(?!-)[^\s|;&]+)+)", r"\1 -maxdepth 1", command, count=1)


# Programs whose last word is the user they act on, and those that take the user after -u
_USER_LAST = frozenset("passwd usermod userdel deluser chage chsh id groups finger lastlog".split())
_USER_AFTER_U = frozenset("crontab ps pkill pgrep killall top htop".split())
_USER_WORD = re.compile(r"[a-z_][a-z0-9_-]*")
_USER_PROGRAM = re.compile(rf"\b(?:{'|'.join(sorted(_USER_LAST | _USER_AFTER_U))})\b")


def users_as_named(command: str, phrase: str) -> str:
    """`command` acting on the user the phrase names: "lock bob's account" gave `sudo passwd -l eve`, a user the
    model recalled from a training example."""
    if not _USER_PROGRAM.search(command):
        return command
    words = _plain_words(command)
    user = _value_for("user", phrase) if words and words[1] else None
    if user is None or _holds(command, user):
        return command
    sudo, rest = words
    if rest[0] in _USER_LAST and (len(rest) == 1 or rest[-1].startswith("-") or "/" in rest[-1]):
        return " ".join(sudo + rest + [user])  # "change bob's shell to zsh" gave `sudo chsh -s /usr/bin/zsh`
    if rest[0] in _USER_LAST:
        at = len(rest) - 1
    elif rest[0] in _USER_AFTER_U and "-u" in rest[1:-1]:
        at = rest.index("-u") + 1
    else:
        return command
    said = set(re.findall(r"[a-z0-9_-]+", phrase.lower()))
    if not _USER_WORD.fullmatch(rest[at]) or rest[at] in said:
        return command
    return " ".join(sudo + rest[:at] + [user] + rest[at + 1:])


_DATE_FIELDS = (("YYYY", "%Y"), ("yyyy", "%Y"), ("YY", "%y"), ("MM", "%m"), ("DD", "%d"), ("dd", "%d"), ("HH", "%H"),
                ("hh", "%H"), ("mm", "%M"), ("SS", "%S"), ("ss", "%S"))
_DATE_FORMAT = re.compile(r"(?<![\w%])(YYYY|yyyy)(?:[-_/.:]?(?:MM|DD|dd|mm|HH|hh|SS|ss))+(?![\w%])|"
                          r"(?<![\w%])HH[:.]?(?:MM|mm)(?:[:.]?(?:SS|ss))?(?![\w%])")


def spells_date_format(text: str) -> bool:
    """Whether `text` is a date or time format spelled out (YYYY-MM-DD, HH:MM), which date writes as `%Y-%m-%d`."""
    return _DATE_FORMAT.fullmatch(text) is not None


def date_formats_spelled(command: str, phrase: str) -> str:
    """`command` printing the date in the format the phrase spells out: "today's date in YYYY-MM-DD format" gave
    `date "+YYYY-MM-DD"`, which prints those letters; date's own fields are `+%Y-%m-%d`. In a date-and-time
    pattern "MM" after "HH" is minutes."""
    if "date" not in command:
        return command

    def fields(match: re.Match) -> str:
        text, out, after_hours = match.group(0), "", False
        while text:
            for spelled, field in _DATE_FIELDS:
                if text.startswith(spelled):
                    if spelled in ("MM", "mm") and after_hours or spelled == "mm":
                        field = "%M"
                    out, text = out + field, text[len(spelled):]
                    after_hours = after_hours or field == "%H"
                    break
            else:
                out, text = out + text[0], text[1:]
        return out
    return _DATE_FORMAT.sub(fields, command) if re.search(r"(?<![\w-])date\b", command) else command


_JOB_NUMBER = re.compile(r"\bjob\s+(?:number\s+|#|%)?(\d+)\b", re.IGNORECASE)


def jobs_by_number(command: str, phrase: str) -> str:
    """`command` acting on the job the phrase numbers: "bring job 2 back to the foreground" gave `fg`, which takes
    the current job, not job 2."""
    match = _JOB_NUMBER.search(phrase) if command in ("fg", "bg") else None
    if match is None:
        return command
    return f"{command} %{match.group(1)}"


_SINCE_DAY = re.compile(r"\b(?:since\s+|from\s+)?(today|yesterday)(?:'s)?\b", re.IGNORECASE)
_FOLLOWS = re.compile(r"\b(?:follow\w*|live|stream\w*|watch\w*|real[- ]?time|as (?:they|it) (?:come|happen|arrive)\w*|"
                      r"tail)\b", re.IGNORECASE)


def journal_since_the_day_said(command: str, phrase: str) -> str:
    """`command` reading the journal from the day the phrase names: "show today's logs for the ssh service" gave
    `journalctl -u ssh -f` (following new lines), "journal errors since yesterday" `journalctl -p err -b` (since
    the last boot)."""
    if "journalctl" not in command or "--since" in command or " -S " in command:
        return command
    match = _SINCE_DAY.search(phrase)
    if match is None or not re.fullmatch(r"(?:sudo )?journalctl(?: [^|;&<>]*)?", command):
        return command
    words = command.split()
    if "-b" in words and not re.search(r"\bboot", phrase, re.IGNORECASE):
        words.remove("-b")
    if "-f" in words and not _FOLLOWS.search(phrase):
        words.remove("-f")
    return " ".join(words + ["--since", match.group(1).lower()])


_PINNED = re.compile(r"\b([A-Za-z][\w.-]*)\s+(?:version\s+|v(?=\d)|==\s*)(\d+(?:\.\d+)+)\b", re.IGNORECASE)


def versions_pinned(command: str, phrase: str) -> str:
    """`command` installing the version the phrase names: "pip install django version 4.2.1" gave `pip install
    4.2.1`, which asks for a package named 4.2.1."""
    match = _PINNED.search(phrase) if "install" in command else None
    if match is None:
        return command
    name, version = match.group(1), match.group(2)
    if name.lower() in ("version", "install", "pip", "python", "get", "of"):
        return command
    pinned = f"{name}=={version}"
    if pinned in command:
        return command
    tool = re.fullmatch(r"((?:sudo )?(?:pip3?|python3? -m pip) install(?: -[\w-]+)*) (\S+)", command)
    if tool is None or tool.group(2) not in (version, name, "{{package}}"):
        return command
    return f"{tool.group(1)} {pinned}"


_BY_AUTHOR = re.compile(r"\b(?:by|from|of|author)\s+([A-Za-z][\w.-]*)", re.IGNORECASE)


def authors_as_named(command: str, phrase: str) -> str:
    """`command` showing the commits of the author the phrase names: "show commits by alice from the last 2
    weeks" gave `git log --author=bob`, an author of a training example."""
    match = re.search(r"--author=(['\"]?)([\w.-]+)\1", command) if "--author=" in command else None
    if match is None:
        return command
    named = [m.group(1) for m in _BY_AUTHOR.finditer(phrase) if m.group(1).lower() not in NOT_VALUES
             and not m.group(1).isdigit()]
    if not named or match.group(2) in phrase or named[0] in command:
        return command
    return command[:match.start(2)] + named[0] + command[match.end(2):]


_COPY_R = re.compile(r"((?:sudo )?(?:cp|scp)\s+)-([rR])\s+((?:[^\s-][^\s]*\s+)+)(\S+)$")
_A_FILE = re.compile(r"[\w~./-]*\w\.[A-Za-z][A-Za-z0-9]{0,5}")


def copies_files_without_r(command: str, phrase: str) -> str:
    """`command` copying a file as a file: "copy dump.sql to the home dir of deploy@10.0.0.5" gave `scp -r dump.sql
    ...`; -r is for folders, and what the phrase copies has a file's name."""
    match = _COPY_R.match(command) if "cp " in command else None
    if match is None or _RECURSIVELY.search(phrase):
        return command
    sources = match.group(3).split()
    if not all(_A_FILE.fullmatch(source) and source in phrase for source in sources):
        return command
    return f"{match.group(1)}{match.group(3)}{match.group(4)}"


_SPECIAL_BITS = (("+t", re.compile(r"\bsticky\b", re.IGNORECASE)),
                 ("g+s", re.compile(r"\b(?:setgid|set-?group-?id|sgid)\b", re.IGNORECASE)),
                 ("u+s", re.compile(r"\b(?:setuid|set-?user-?id|suid)\b", re.IGNORECASE)))
_CHMOD_MODE = re.compile(r"^((?:sudo )?chmod (?:-R )?)([ugoa]*[-+=][rwxXst]+|[0-7]{3,4})(?= )")


def special_bits_as_named(command: str, phrase: str) -> str:
    """`command` setting the special bit the phrase names: "sticky bit on /data/tmp" gave `chmod +x /data/tmp`."""
    if "chmod" not in command:
        return command
    bits = [bit for bit, words in _SPECIAL_BITS if words.search(phrase)]
    match = _CHMOD_MODE.match(command)
    if len(bits) != 1 or match is None or bits[0][-1] in match.group(2) or re.search(r"\b[0-7]{4}\b", phrase):
        return command
    return match.group(1) + bits[0] + command[match.end():]


_SHELL_NAMES = ("bash", "zsh", "fish", "dash", "ksh", "tcsh", "sh")
_CHSH = re.compile(r"^(sudo )?(chsh -s )(\S*/)?(\w+)((?: \S+)?)$")


def shells_as_named(command: str, phrase: str) -> str:
    """`command` giving the shell the phrase names, with sudo where it is another user's: "change leo's login shell
    to zsh" gave `chsh -s /usr/bin/fish leo`; only root may change someone else's shell."""
    match = _CHSH.match(command) if "chsh" in command else None
    if match is None:
        return command
    named = [name for name in _SHELL_NAMES if re.search(rf"\b{name}\b", phrase, re.IGNORECASE)]
    shell = named[0] if len(named) == 1 else match.group(4)
    sudo = match.group(1) or ("sudo " if match.group(5) else "")
    return f"{sudo}{match.group(2)}{match.group(3) or '/bin/'}{shell}{match.group(5)}"


def shutdown_at_the_time_said(command: str, phrase: str) -> str:
    """`command` shutting down at the clock time the phrase gives: "schedule a shutdown at 23:30" gave `shutdown -h
    +23:30`; a plus is for minutes from now."""
    if "shutdown" not in command:
        return command
    return re.sub(r"(\bshutdown(?: -[hrP])*) \+(\d{1,2}:\d{2})\b", r"\1 \2", command)


_UNIQUE = re.compile(r"\b(?:duplicates?|dupes|unique|distinct|deduplicate\w*|dedupe\w*)\b", re.IGNORECASE)
_COUNTED = re.compile(r"\b(?:how many|count\w*|number of|frequenc\w*|how often)\b", re.IGNORECASE)


def sorts_unique_when_said(command: str, phrase: str) -> str:
    """`command` dropping repeated lines where the phrase says so: "sort names.txt alphabetically and drop any
    duplicates" gave `sort names.txt`. Not where it counts them (`sort | uniq -c`)."""
    if "sort" not in command or "uniq" in command or not _UNIQUE.search(phrase) or _COUNTED.search(phrase):
        return command
    match = re.fullmatch(r"(sort)((?: -[a-zA-Z]+)*)( [^|;&<>]+)", command)
    if match is None or "u" in match.group(2):
        return command
    return f"sort -u{match.group(2)}{match.group(3)}"


_STARTS_WITH = re.compile(r"\b(?:start|starts|starting|begin|begins|beginning)\s+with\s+['\"]?([^\s'\"]+)",
                          re.IGNORECASE)
_ENDS_WITH = re.compile(r"\b(?:end|ends|ending)\s+(?:with|in)\s+['\"]?([^\s'\"?,]+)", re.IGNORECASE)


def grep_anchors_as_said(command: str, phrase: str) -> str:
    """`command` matching at the start or the end of the line where the phrase says so: "which lines in hosts.txt
    start with 192.168" gave `grep '192.168'`, which matches anywhere (and its dots match any character)."""
    if "grep" not in command:
        return command
    start, end = _STARTS_WITH.search(phrase), _ENDS_WITH.search(phrase)
    if bool(start) == bool(end) or re.search(r"\b(?:files?|names?)\b", phrase, re.IGNORECASE):
        return command  # "files whose names start with" is a name pattern, not lines
    word = (start or end).group(1).rstrip(".")
    match = re.search(rf"(\bgrep(?: -[a-zA-Z]+)* )(['\"]?){re.escape(word)}\2(?=\s|$)", command)
    if match is None:
        return command
    escaped = word.replace(".", "\\.")
    pattern = f"^{escaped}" if start else f"{escaped}$"
    return command[:match.start(2)] + f"'{pattern}'" + command[match.end():]


_CONTEXT = re.compile(r"\b(\d+)\s+lines?\s+(after|following|before|preceding|around|surrounding)\s+"
                      r"(?:each\s+|every\s+|the\s+|any\s+)?(?:line\s+with\s+|match\w*\s+of\s+)?['\"]?([^\s'\"?,]+)",
                      re.IGNORECASE)
_CONTEXT_FLAG = {"after": "-A", "following": "-A", "before": "-B", "preceding": "-B", "around": "-C",
                 "surrounding": "-C"}


def grep_context_as_said(command: str, phrase: str) -> str:
    """`command` showing the lines around each match as the phrase says: "the 10 lines following every FATAL in
    kernel.log" gave `grep '10' kernel.log`, the count searched for."""
    match = _CONTEXT.search(phrase) if "grep" in command else None
    if match is None:
        return command
    count, flag, word = match.group(1), _CONTEXT_FLAG[match.group(2).lower()], match.group(3)
    found = re.fullmatch(r"(grep)((?: -[a-zA-Z]+(?: \d+)?)*) (['\"]?)([^'\"]+)\3 (\S+)", command)
    if found is None:
        return command
    options = re.sub(r" -[ABC] ?\d+", "", found.group(2))
    return f"grep {flag} {count}{options} '{word}' {found.group(5)}"


# Tools that read compressed files as they are, for those that read plain ones
_Z_TOOLS = {"grep": "zgrep", "cat": "zcat", "less": "zless", "egrep": "zegrep", "diff": "zdiff"}


def compressed_files_read_as_such(command: str, phrase: str) -> str:
    """`command` reading a gzip file through the tools made for it: "grep for 'timeout' in error.log.2.gz" gave
    `grep 'timeout' error.log.2.gz`, which searches the compressed bytes; "the first 10 lines of events.csv.gz" gave
    `head -n 10 events.csv.gz`."""
    if ".gz" not in command:
        return command
    match = re.fullmatch(r"(grep|cat|less|egrep|diff|head|tail)((?: \S+)*?) (\S+\.gz)", command)
    if match is None or not match.group(3).endswith(".gz") or ".tar." in match.group(3):
        return command
    tool = match.group(1)
    if tool in ("head", "tail"):
        return f"zcat {match.group(3)} | {tool}{match.group(2)}"
    options = re.sub(r" -(?= |$)", "", re.sub(r"(?<= -)([a-zA-Z]*)", lambda m: m.group(1).replace("r", "").replace(
        "R", ""), match.group(2)))  # one file: zgrep has no -r
    return f"{_Z_TOOLS[tool]}{options} {match.group(3)}"


_FOR_MY_USER = re.compile(r"\b(?:(?:just |only )?for (?:my ?self|me|my user|the current user|this user)|"
                          r"user[- ]?(?:wide|level|install\w*)|without sudo|in my home)\b", re.IGNORECASE)


def pip_installs_for_the_user_when_said(command: str, phrase: str) -> str:
    """`command` installing into the user's own site-packages where the phrase says so: "install pandas with pip just
    for my user" gave `pip install pandas`."""
    if "install" not in command or "--user" in command or not _FOR_MY_USER.search(phrase):
        return command
    return re.sub(r"^((?:python3? -m )?pip3? install)(?= )", r"\1 --user", command)


_LARGER = re.compile(r"\b(?:larger|bigger|greater|heavier|exceeding|more than|(?:over|above|at least) (?=\d))",
                     re.IGNORECASE)
_SMALLER = re.compile(r"\b(?:smaller|lighter|less than|(?:under|below|at most) (?=\d))", re.IGNORECASE)


def sizes_compared_as_said(command: str, phrase: str) -> str:
    """`command` comparing sizes the way the phrase does: "files larger then 100MB" gave `find . -size 100M`, which
    finds files of exactly that size (rounded up to whole megabytes)."""
    if "-size " not in command:
        return command
    larger, smaller = _LARGER.search(phrase), _SMALLER.search(phrase)
    if bool(larger) == bool(smaller) or len(re.findall(r"-size ", command)) != 1:
        return command
    return re.sub(r"-size (\d)", r"-size +\1" if larger else r"-size -\1", command)


_ACL_SWAPPED = re.compile(r"(\bsetfacl\s+(?:-[a-zA-Z]+\s+)*-m\s+['\"]?(?:u|user|g|group):)([^:\s]+)(:[rwxX-]+['\"]?\s+)"
                          r"([a-z_][a-z0-9_-]*)$")


def acl_entries_in_order(command: str, phrase: str) -> str:
    """`command` with the ACL entry naming the user and the file last: "give user priya read and write on
    budget_2025.xlsx with an acl" gave `setfacl -m u:budget_2025.xlsx:rw priya`, the two the other way round."""
    match = _ACL_SWAPPED.search(command) if "setfacl" in command else None
    if match is None or not re.search(r"[./~]", match.group(2)) or match.group(4) not in phrase:
        return command
    return command[:match.start()] + match.group(1) + match.group(4) + match.group(3) + match.group(2)


_SAME_PLACE = re.compile(r"^((?:sudo )?(?:cp|mv)(?: -\w+)*) (\S+) \2$")


def copies_go_where_said(command: str, phrase: str) -> str:
    """`command` copying or moving to the place the phrase names, not onto itself: "copy report.pdf into my Documents
    folder" gave `cp report.pdf report.pdf`."""
    match = _SAME_PLACE.match(command) if "cp " in command or "mv " in command else None
    place = _TO_PLACE.search(phrase) if match else None
    if place is None or place.group(1) == match.group(2):
        return command
    return f"{match.group(1)} {match.group(2)} {_place(place.group(1))}"


def purges_when_said(command: str, phrase: str) -> str:
    """`command` removing a package's configuration too where the phrase says so: "remove the package vim and its
    configuration" gave `sudo apt remove vim`, which leaves /etc/vim behind."""
    if "remove" not in command or not re.search(r"\b(?:config\w*|settings|purge|completely|everything)\b", phrase,
                                                 re.IGNORECASE):
        return command
    return re.sub(r"^((?:sudo )?apt(?:-get)? )remove(?= )", r"\1purge", command)


def ppas_as_named(command: str, phrase: str) -> str:
    """`command` adding a PPA by its full name: "add the deadsnakes ppa" gave `sudo add-apt-repository deadsnakes`,
    which apt reads as a sources line, not a PPA."""
    if "add-apt-repository" not in command or not re.search(r"\bppa\b", phrase, re.IGNORECASE):
        return command
    return re.sub(r"(\badd-apt-repository(?: -y)? )([\w.-]+)$", r"\1ppa:\2/ppa", command)


# systemctl's commands that act on a unit
_UNIT_VERBS = "start|stop|restart|reload|status|enable|disable"
_UNIT_ARGUMENT = re.compile(rf"\b(?:journalctl(?: -[a-zA-Z]+)* -u|systemctl(?: -\S+)* (?:{_UNIT_VERBS}|is-active|"
                            r"is-enabled|mask|unmask)(?: --now)?) ([\w@.-]+)")


def services_as_named(command: str, phrase: str) -> str:
    """`command` acting on the service the phrase names: "follow myapp's service logs live" gave `journalctl -u
    redis-server -f`, a service of a training example; "reload nginx config without a full restart" `systemctl
    reload config`, the word after the service's name."""
    match = _UNIT_ARGUMENT.search(command) if "journalctl" in command or "systemctl" in command else None
    if match is None:
        return command
    unit = match.group(1).split(".")[0].lower()
    if unit in NOT_SERVICES:  # no service is called that: the word before it names one
        before = re.search(rf"\b([a-z][\w@.-]*)\s+{unit}\b", phrase, re.IGNORECASE)
        service = before.group(1) if before and before.group(1).lower() not in NOT_VALUES else None
    elif unit in phrase.lower():
        return command
    else:
        service = _value_for("service", phrase)
    if service is None or _holds(command, service):
        return command
    return command[:match.start(1)] + service + command[match.end(1):]


_OWNER_TWICE = re.compile(r"^((?:sudo )?(?:chgrp|chown)(?: -R)? )(\S+) \2$")


def owners_change_what_is_named(command: str, phrase: str) -> str:
    """`command` giving the group or owner to the folder the phrase names, not to a file named like the group:
    "change the group of the project folder to developers" gave `sudo chgrp developers developers`."""
    match = _OWNER_TWICE.match(command) if "chgrp" in command or "chown" in command else None
    target = _value_for("directory", phrase) if match else None
    if target is None or target == match.group(2):
        return command
    return f"{match.group(1)}{match.group(2)} {target}"


_SYSTEMCTL_NO_UNIT = re.compile(rf"^((?:sudo )?systemctl (?:{_UNIT_VERBS})(?: --now)?)$")


def units_where_missing(command: str, phrase: str) -> str:
    """`command` acting on the service the phrase names where the model left it out: "reload the ssh daemon config
    without dropping current sessions" gave `sudo systemctl reload`."""
    match = _SYSTEMCTL_NO_UNIT.match(command) if "systemctl" in command else None
    service = _value_for("service", phrase) if match else None
    return f"{command} {service}" if service else command


_SPAN_UNITS = {"day": "d", "days": "d", "week": "weeks", "weeks": "weeks", "month": "months", "months": "months",
               "year": "years", "years": "years", "hour": "h", "hours": "h"}
_SPAN = re.compile(rf"\b(\d+|{'|'.join(NUMBER_WORDS)})\s+({'|'.join(_SPAN_UNITS)})\b", re.IGNORECASE)


def journal_kept_as_said(command: str, phrase: str) -> str:
    """`command` keeping the journal for the time the phrase says: "delete journal logs older than two weeks" gave
    `journalctl --vacuum-time=2d`."""
    match = _SPAN.search(phrase) if "--vacuum-time=" in command else None
    if match is None:
        return command
    count = NUMBER_WORDS.get(match.group(1).lower(), match.group(1))
    return re.sub(r"--vacuum-time=\S+", f"--vacuum-time={count}{_SPAN_UNITS[match.group(2).lower()]}", command)


def no_pager_when_said(command: str, phrase: str) -> str:
    """`command` printing straight to the terminal where the phrase says so: "status of the ssh service without the
    pager" gave `systemctl status ssh`, which opens less."""
    if not re.search(r"\b(?:without|no)\s+(?:the\s+|a\s+)?pager\b", phrase, re.IGNORECASE) or "--no-pager" in command:
        return command
    return re.sub(r"^((?:sudo )?(?:systemctl|journalctl)) ", r"\1 --no-pager ", command)


def priorities_as_said(command: str, phrase: str) -> str:
    """`command` at the priority the phrase names: "with the lowest cpu priority" is `nice -n 19`, not the default
    10 the model wrote, and so is renice's."""
    if "nice" not in command:
        return command
    lowest = re.search(r"\blowest\s+(?:(?:cpu|possible|scheduling)\s+){0,2}priority\b", phrase, re.IGNORECASE)
    return re.sub(r"(\b(?:re)?nice -n )\d+", r"\g<1>19", command, count=1) if lowest else command


_TIME_LIMIT = re.compile(r"\b(\d+)\s*(seconds?|secs?|minutes?|mins?|hours?)\b", re.IGNORECASE)


def time_limits_as_said(command: str, phrase: str) -> str:
    """`command` stopping the program after the time the phrase gives: "kill it if it takes more than 5 minutes" gave
    `timeout 10 ...`, ten seconds."""
    match = _TIME_LIMIT.search(phrase) if "timeout " in command else None
    if match is None:
        return command
    limit = match.group(1) + {"s": "", "m": "m", "h": "h"}[match.group(2)[0].lower()]  # seconds by default
    return re.sub(r"^((?:sudo )?timeout )\d+[smh]?(?= )", rf"\g<1>{limit}", command)


def ufw_numbers_when_said(command: str, phrase: str) -> str:
    """`command` listing the firewall rules with their numbers where the phrase asks for them ("ufw status with rule
    numbers"): the numbers are what `ufw delete N` takes."""
    if not re.fullmatch(r"(?:sudo )?ufw status", command) or not re.search(r"\bnumber", phrase, re.IGNORECASE):
        return command
    return f"{command} numbered"


def dmesg_times_when_said(command: str, phrase: str) -> str:
    """`command` printing the kernel's messages with clock times where the phrase asks for readable ones: plain
    dmesg counts seconds since boot."""
    if not re.fullmatch(r"(?:sudo )?dmesg", command) or not re.search(
            r"\b(?:human[- ]readable|readable|real)\s+(?:time\w*|dates?)|\btimestamps?\b", phrase, re.IGNORECASE):
        return command
    return f"{command} -T"


_PS_SORT_KEY = re.compile(r"(--sort=-?%?)(\w+)")


def ps_sorts_by_what_is_said(command: str, phrase: str) -> str:
    """`command` sorting processes by memory or cpu as the phrase says: "top 10 processes by cpu usage" gave `ps aux
    --sort=-%10`, the count copied where the sort key goes."""
    if "--sort=" not in command or not re.search(r"(?<![\w-])ps\b", command):
        return command
    match = _PS_SORT_KEY.search(command)
    memory, cpu = re.search(r"\b(?:mem\w*|ram)\b", phrase, re.I), re.search(r"\b(?:cpu|processor)\b", phrase, re.I)
    if match is None or bool(memory) == bool(cpu) or match.group(2) in ("mem", "cpu", "rss", "pmem", "pcpu"):
        return command
    return command[:match.start(2)] + ("mem" if memory else "cpu") + command[match.end(2):]


_WEB_LOG = re.compile(r"\b(nginx|apache2?|httpd)(?:'s)?\s+(error|access)\s+log", re.IGNORECASE)
_JOURNAL_OF = re.compile(r"(?:sudo )?journalctl((?: -[a-zA-Z]+(?: \S+)?)*)")


def web_logs_are_files(command: str, phrase: str) -> str:
    """`command` reading the web server's log file the phrase names: nginx and apache write their error and access
    logs to /var/log, not to the journal, so "tail the nginx error log" is `tail -f /var/log/nginx/error.log`, not
    `journalctl -u nginx -f` (the model's habit)."""
    match = _WEB_LOG.search(phrase) if "journalctl" in command else None
    if match is None:
        return command
    options = _JOURNAL_OF.fullmatch(command)
    if options is None:
        return command
    server = "nginx" if match.group(1).lower() == "nginx" else "apache2"
    words = options.group(1).split()
    tail = ["tail"]
    if "-f" in words or _FOLLOWS.search(phrase):
        tail.append("-f")
    if "-n" in words and words.index("-n") + 1 < len(words):
        tail += ["-n", words[words.index("-n") + 1]]
    return " ".join(tail + [f"/var/log/{server}/{match.group(2).lower()}.log"])


_PS_HEAD = re.compile(r"(\bps\b[^|;&]*\|\s*head)(?:\s+-n\s*\d+|\s+-\d+)?(?=\s*$|\s*[|;&])")


def ps_counts_its_header(command: str, phrase: str) -> str:
    """`command` showing as many processes as the phrase counts: ps prints a header line first, so "top 5 memory
    hogs" is `ps aux --sort=-%mem | head -n 6`, not the ten of a bare `head` or the four of `head -n 5`."""
    if "ps" not in command or "head" not in command:
        return command
    numbers = _phrase_counts(phrase)
    if len(numbers) != 1 or "--no-headers" in command or not _PS_HEAD.search(command):
        return command
    return _PS_HEAD.sub(lambda m: f"{m.group(1)} -n {int(next(iter(numbers))) + 1}", command, count=1)


_KIND_OF_FILE = re.compile(r"\ball\s+(?:the\s+|my\s+|of\s+the\s+)?(?:\.?([a-z0-9]{2,4})\s+files|"
                           r"(jpe?g|png|gif|pdf|mp3|mp4|mkv|txt|csv|log|docx?|xlsx?|zip|iso|deb|svg|webp|wav|flac)s)\b",
                           re.IGNORECASE)
_FROM_PLACE = re.compile(r"\bfrom\s+(?:my\s+|the\s+)?([~/.\w][\w./~-]*)", re.IGNORECASE)
_TO_PLACE = re.compile(r"\b(?:in)?to\s+(?:my\s+|the\s+)?([~/.\w][\w./~-]*)", re.IGNORECASE)
_MOVE_OR_COPY = re.compile(r"((?:sudo )?(?:mv|cp)(?: -\w+)*) (\S+) (\S+)")


def _place(word: str) -> str:
    """A folder as a command names it: "Downloads" (a desktop's own folder, said bare) is ~/Downloads."""
    if word.lower() in ("here", "this", "current"):
        return "."
    home = next((name for name in HOME_FOLDERS if name.lower() == word.lower()), None)
    return f"~/{home}" if home else word


def moves_files_of_a_kind(command: str, phrase: str) -> str:
    """`command` moving or copying the files of the kind the phrase names from one folder to another: "move all the
    jpgs from ~/Downloads into ~/Pictures" gave `mv ~/Downloads ~/Pictures` (the whole folder), "... from my
    Downloads ..." `mv *.jpgs ~/Pictures`."""
    if "mv " not in command and "cp " not in command:
        return command
    kind, source = _KIND_OF_FILE.search(phrase), _FROM_PLACE.search(phrase)
    target = _TO_PLACE.search(phrase, source.end()) if source else None
    match = _MOVE_OR_COPY.fullmatch(command) if kind and target else None
    if match is None:
        return command
    extension = (kind.group(1) or kind.group(2)).lower()
    return f"{match.group(1)} {_place(source.group(1))}/*.{extension} {_place(target.group(1))}"


_EVERY_FILE_OF_A_KIND = re.compile(r"\b(?:all|every|each)\s+(?:the\s+|my\s+|of\s+the\s+)?\.?([a-z0-9]{1,4})\s+"
                                   r"files?\b", re.IGNORECASE)
# Extensions a phrase names as a kind of file ("every csv file"); "all text files" or "each user file" name none
_FILE_KINDS = frozenset("txt csv tsv log json yaml yml xml html css js ts py sh md conf ini cfg sql c h cpp go rs "
                        "java rb php pdf doc docx xls xlsx jpg jpeg png gif svg webp mp3 mp4 mkv wav flac zip tar gz "
                        "iso deb bak tmp".split())
_FILE_ARGUMENT = re.compile(r"([\"']?)\{\{(?:[a-z]+_)*(?:file|path)s?(?:_?name)?\d*\}\}\1")


def files_of_a_kind_globbed(command: str, phrase: str) -> str:
    """`command` given every file of the kind the phrase names, as a glob: "show the first 5 lines of every csv file"
    gave `head -n 5 {{file}}`, and "... of all .csv files" `head -n 5 .csv`, a file named only by its extension.
    Not where the phrase names a folder to look in: which files it means there is find's business."""
    kind = _EVERY_FILE_OF_A_KIND.search(phrase)
    if kind is None or "/" in phrase or re.search(r"\b(?:in|under|inside|below)\s+(?:the\s+)?\w+\s+(?:folder|dir)",
                                                   phrase, re.IGNORECASE):
        return command
    extension = kind.group(1).lower()
    if extension not in _FILE_KINDS:
        return command
    glob = f"*.{extension}"
    if (match := _FILE_ARGUMENT.search(command)) is not None:
        return command[:match.start()] + glob + command[match.end():]
    return re.sub(rf"(?<=\s)\.{re.escape(extension)}(?=\s|$)", glob, command, count=1)


_NEWEST_FIRST = re.compile(r"\b(?:newest|latest|most recent(?:ly \w+)?|youngest)\s+(?:ones?\s+)?"
                           r"(?:first|on top|at the top)\b|\boldest\s+(?:ones?\s+)?(?:last|at the bottom)\b",
                           re.IGNORECASE)
_OLDEST_FIRST = re.compile(r"\boldest\s+(?:ones?\s+)?(?:first|on top|at the top)\b|"
                           r"\b(?:newest|latest|most recent)\s+(?:ones?\s+)?(?:last|at the bottom)\b", re.IGNORECASE)
_LS_BY_TIME = re.compile(r"(?<![\w-])(ls\s+-)([a-zA-Z]*t[a-zA-Z]*)(?=\s|$)")


def ls_time_order_as_said(command: str, phrase: str) -> str:
    """`command` listing by time in the order the phrase asks: ls -t puts the newest first and -r the oldest, and
    "list files sorted by modification time newest first" gave `ls -ltr`."""
    match = _LS_BY_TIME.search(command) if "ls" in command else None
    if match is None:
        return command
    letters = match.group(2)
    if _NEWEST_FIRST.search(phrase) and "r" in letters:
        letters = letters.replace("r", "")
    elif _OLDEST_FIRST.search(phrase) and "r" not in letters:
        letters += "r"
    else:
        return command
    return command[:match.start(2)] + letters + command[match.end(2):]


_BARE_CRONTAB = re.compile(r"^((?:sudo )?crontab)((?: -u \S+)?)$")
_CHANGES_CRON = re.compile(r"\b(?:edit|change|add|schedule|install|replace|modify|write|set up)\b", re.IGNORECASE)


def crontab_says_what_to_do(command: str, phrase: str) -> str:
    """`command` telling crontab what to do: "show the crontab for the current user" gave a bare `crontab`, which
    takes a new crontab from what is typed next in place of the old one; -l lists it, -e edits it."""
    match = _BARE_CRONTAB.match(command) if "crontab" in command else None
    if match is None:
        return command
    return match.group(1) + (" -e" if _CHANGES_CRON.search(phrase) else " -l") + match.group(2)


def adapt(command: str, phrase: str) -> str:
    """`command` with what the phrase says: placeholders filled, the word searched for as named, values joined cleanly,
    copies, links and archives as named (and unpacked so, or listed when not to be), its units, ages and counts, new
    things made and downloads saved where it says, names where the model copied "named", replacements as said, zip's
    password only when asked for, a .csv split at commas and a .tsv at tabs, the column named read, "my Downloads" as
    ~/Downloads, user@host whole and copied to with scp, -R and each folder when said, grep -v for "without", >> for
    append, sed -i only to change, globs, names that contain a word, programs in lower case, find in the folder named,
    script paths and interpreters, no sudo for the shell's own commands, quoted strings whole, a variable as named and
    PATH extended, find -print0 for xargs -0, grep in the folder named, access as named, a machine's colon, host before
    path, cp -a to keep attributes, archives of the folder named, push -u when the phrase asks for an upstream, rm -r
    for a folder, find -maxdepth 1 where subfolders are not to count, ps | head -n N+1 for its header, and files of a
    kind moved from the folder named to the one named, the user named where the model recalled another, date formats
    spelled out (YYYY-MM-DD) in date's fields, fg %N for "job N", journalctl --since the day named, pip's version
    pinned, git log's author as named, ps sorted by the memory or cpu named, nginx's and apache's logs as the files they
    are, no -r for copying a file, the special bit named (sticky, setgid, setuid), the shell named (with sudo for
    another user's), shutdown at a clock time, vmstat's and iostat's interval as said, sort -u for "drop duplicates",
    grep anchored where lines start or end with a word, grep -A/-B/-C for lines after, before or around a match,
    zgrep/zcat for a .gz file, pip --user "just for my user", find -size +/- for larger or smaller, an ACL entry naming
    the user (the file last), a copy that goes where said rather than onto itself, apt purge for "and its
    configuration", a PPA by its full name, the service named (and added where systemctl has none), the journal kept for
    the time said, --no-pager, nice 19 for the lowest priority, timeout in the unit said, ufw's rule numbers, dmesg -T
    for readable times, a compressed file read with zcat (not tar -t), chgrp/chown given the folder named, the phrase's
    one size, every file of a kind as a glob, ls -t's order as asked, crontab told to list or edit, a tree or find as
    many levels deep as said, find's age as the phrase states it, grep -v '^$' for lines without the empty ones, an
    archive named by its kind alone called after what it holds, a JSON object as typed, grep -r where the phrase says
    recursively, the account files (/etc/passwd) split at their colons, and a copy to "my home dir" on another machine
    into ~/ there."""
    for step in (fill, searched_as_said, remote_paths_whole, names_not_namers, links_as_named, copies_as_named,
                 substitutions_as_said, unused_files, literal_joins, archives_as_named, extracts_as_named,
                 zip_encrypts_when_asked, archive_named_after_contents, archive_named_by_extension, with_phrase_units,
                 sizes_from_phrase, ages_as_said, find_times_in_units, csv_fields_by_comma, tsv_fields_by_tab,
                 colons_in_account_files, fields_as_said, lists_when_not_extracting, counts_from_phrase, depth_as_said,
                 made_inside, downloads_where_said, user_at_host, recursive_when_said,
                 grep_recursive_when_said, each_folder_here, grep_inverts_when_said, appends_when_said,
                 sed_previews_when_asked, remote_copies, extensions_as_globs, names_containing, programs_in_lower_case,
                 patterns_quoted, find_scope, find_in_named_folder, grep_in_named_folder, home_folders,
                 scripts_with_path, builtins_without_sudo, quoted_strings_whole, json_as_typed, variables_as_named,
                 null_separated_for_xargs, modes_as_said, remote_homes_when_said, remote_hosts_with_colon,
                 copies_keep_attributes, archives_what_is_named, remote_sides_in_order, pushes_upstream_when_said,
                 removes_folders_whole, find_stays_in_the_folder, ps_counts_its_header, moves_files_of_a_kind,
                 users_as_named, date_formats_spelled, jobs_by_number, journal_since_the_day_said, versions_pinned,
                 authors_as_named, ps_sorts_by_what_is_said, web_logs_are_files, copies_files_without_r,
                 special_bits_as_named, shells_as_named, shutdown_at_the_time_said, sorts_unique_when_said,
                 grep_anchors_as_said, grep_context_as_said, compressed_files_read_as_such,
                 pip_installs_for_the_user_when_said, sizes_compared_as_said, acl_entries_in_order,
                 copies_go_where_said, purges_when_said, ppas_as_named, services_as_named, units_where_missing,
                 journal_kept_as_said, no_pager_when_said, priorities_as_said, time_limits_as_said,
                 ufw_numbers_when_said, dmesg_times_when_said, owners_change_what_is_named, files_of_a_kind_globbed,
                 ls_time_order_as_said, crontab_says_what_to_do):
        command = step(command, phrase)
    return command
