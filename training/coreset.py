"""nlsh's own core data set: everyday task templates filled with slot values -> data/core/core.jsonl.

Run `python -m training.coreset`. The output is deterministic (fixed seed, standard library only), so
the committed file can be checked byte for byte against a fresh run.

A task is a command template and the phrasings that ask for it. Both use `<name>` markers for slots.
A phrasing that mentions a slot gets a concrete value, copied verbatim into the command; a slot the
phrasing leaves out becomes a `{{placeholder}}` in the command, or, when written `<name?default>`,
falls back to its default (`<directory?.>` -> `.`, `<directory?>` -> dropped). `[a|b|c]` in a
phrasing picks one alternative per sample; `[a|]` makes a word optional.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

SEED = 20240611
FILLS_PER_PHRASING = 2
DRAWS_PER_BARE_PHRASING = 2
# A filled sample gets, this often, a twin whose names are invented (see Inventor): the slot lists are
# small enough to memorize, and a model that has only seen "nginx" or "logs" learns to recall them
# rather than to copy the user's own names.
INVENTED_SHARE = 0.25
OUTPUT = Path(__file__).resolve().parent.parent / "data" / "core" / "core.jsonl"

MARKER = re.compile(r"<([a-z0-9_]+)(\?[^>]*)?>")
CHOICE = re.compile(r"\[([^\[\]]*)\]")

# Phrasings that start with one of these read as commands, so they can be wrapped in "can you ...".
IMPERATIVE_VERBS = frozenset(
    """show list display print get find delete remove create make copy move rename count search check
    kill stop start restart install uninstall extract compress set change add open download upload
    clone push pull switch merge give mount unmount format sort replace edit view run go connect ping
    enable disable update upgrade commit stage unstage undo discard lock unlock archive zip unzip unpack
    follow watch monitor test generate fetch convert look scan trace reload purge allow block deny close
    append write split decompress terminate save sync duplicate erase resolve sum reverse encode decode
    calculate schedule send tag rebase revert fix clean initialize reset apply lookup read
    take shut reboot power bring capture forward serve scroll page compare insert strip
    verify mirror restore become open wipe empty jump enter leave post publish track
    untrack squash reword amend uncommit abort cancel hold pin freeze unfreeze reinstall refresh sniff
    join tunnel query grant lock expire force flash burn benchmark browse explore attach shrink limit
    vacuum pause suspend resume continue launch bounce patch overwrite encrypt unpack""".split()
)
QUESTION_WORDS = frozenset(
    "what which where who whose when why how is are do does did can could should will am".split()
)
# Names users type as if they were the command, though nlsh answers with its modern equivalent.
COMMAND_LOOKALIKES = frozenset("netstat ifconfig arp dist-upgrade set-hostname set-timezone daemon-reload".split())
WANT_WRAPPERS = ("i want to {}", "i need to {}", "i'd like to {}", "i wanna {}")
POLITE_WRAPPERS = ("please {}", "{} please", "can you {}", "could you {}", "can you please {}")
HOWTO_WRAPPERS = (
    "how do i {}", "how can i {}", "how to {}", "help me {}", "is there a way to {}", "command to {}",
)


def split_value(value):
    """A slot value is either one string or (phrase forms, command form)."""
    if isinstance(value, tuple):
        return value
    return (value,), value


def expand_choices(text: str, rng: random.Random) -> str:
    while True:
        match = CHOICE.search(text)
        if match is None:
            return text
        text = text[: match.start()] + rng.choice(match.group(1).split("|")) + text[match.end():]


def program(cmd: str) -> str:
    words = cmd.split()
    return words[1] if words[0] == "sudo" and len(words) > 1 else words[0]


def typed_as_command(phrasing: str, cmd: str) -> bool:
    """True for phrasings that are a command typed by hand ("tar -xzf <targz>", "git status"):
    users type these in lower case and without wrappers or punctuation."""
    words = phrasing.split()
    if words[0] in COMMAND_LOOKALIKES:
        return True
    if words[0] != program(cmd):
        return False
    return words[0] not in IMPERATIVE_VERBS or (len(words) > 1 and words[1].startswith("-"))


def apply_case(text: str, rng: random.Random) -> str:
    """Vary the case of the template words only; slot values keep theirs (file names are case-sensitive)."""
    roll = rng.random()
    parts = MARKER.split(text)
    # re.split with two groups yields [text, name, default, text, name, default, ...].
    words = parts[0::3]
    if roll < 0.6:
        pass
    elif roll < 0.96:
        words = [re.sub(r"\bi\b", "I", w) for w in words]
        if words[0]:
            words[0] = words[0][0].upper() + words[0][1:]
    else:
        words = [w.upper() for w in words]
    out = []
    for i, word in enumerate(words):
        out.append(word)
        if 3 * i + 1 < len(parts):
            name, default = parts[3 * i + 1], parts[3 * i + 2] or ""
            out.append(f"<{name}{default}>")
    return "".join(out)


def wrap(text: str, rng: random.Random) -> str:
    """Sometimes turn an imperative phrasing into a request or a how-to question."""
    first = text.split(" ", 1)[0]
    if first not in IMPERATIVE_VERBS or rng.random() > 0.3:
        return text
    if text.startswith("show me "):
        return rng.choice(POLITE_WRAPPERS).format(text)
    roll = rng.random()
    if roll < 0.3:
        if first in ("show", "display"):
            text = "see " + text.split(" ", 1)[1]
        return rng.choice(WANT_WRAPPERS).format(text)
    if roll < 0.65:
        return rng.choice(POLITE_WRAPPERS).format(text)
    return rng.choice(HOWTO_WRAPPERS).format(text)


def punctuate(text: str, rng: random.Random) -> str:
    """A question mark on questions; a full stop now and then, but never glued to a value like a.txt."""
    first = text.split(" ", 1)[0].lower()
    if first in QUESTION_WORDS or text.lower().startswith(("can you", "could you", "is there")):
        return text + "?" if rng.random() < 0.55 else text
    if text.endswith(">"):
        return text
    return text + "." if rng.random() < 0.1 else text


def surface(text: str, cmd: str, rng: random.Random) -> str:
    text = " ".join(text.split())
    if typed_as_command(text, cmd):
        return text
    return punctuate(apply_case(wrap(text, rng), rng), rng)


def normalize(text: str) -> str:
    """The key two phrases share when they read the same: case, spacing and end punctuation ignored."""
    return " ".join(text.lower().rstrip(" .?!").split())


def pick_values(names: list[str], rng: random.Random) -> dict[str, tuple]:
    chosen: dict[str, tuple] = {}
    for name in names:
        if name in chosen:
            continue
        group = COUPLED_BY_NAME.get(name)
        if group is not None:
            row = rng.choice(COUPLED[group])
            for member, value in zip(group, row):
                chosen[member] = split_value(value)
        else:
            chosen[name] = split_value(rng.choice(SLOTS[name][1]))
    return chosen


def render_cmd(cmd: str, values: dict[str, tuple]) -> str:
    def fill(match: re.Match) -> str:
        name, default = match.group(1), match.group(2)
        if name in values:
            return values[name][1]
        if default is not None:
            return default[1:]
        return "{{" + placeholder(name) + "}}"

    # An optional slot left out with an empty default takes its leading space with it.
    cmd = re.sub(r" <([a-z0-9_]+)\?>", lambda m: m.group(0) if m.group(1) in values else "", cmd)
    return MARKER.sub(fill, cmd)


def render_nl(template: str, values: dict[str, tuple], rng: random.Random) -> str:
    text = MARKER.sub(lambda m: rng.choice(values[m.group(1)][0]), template)
    return " ".join(text.split())


def samples(cmd: str, phrasing: str, rng: random.Random, inventor: "Inventor | None" = None):
    cmd_slots = {m.group(1) for m in MARKER.finditer(cmd)}
    mentioned = [m.group(1) for m in MARKER.finditer(phrasing)]
    unknown = set(mentioned) - cmd_slots
    if unknown:
        raise ValueError(f"phrasing {phrasing!r} names slots {unknown} missing from {cmd!r}")
    draws = FILLS_PER_PHRASING if mentioned else DRAWS_PER_BARE_PHRASING
    for _ in range(draws):
        text = expand_choices(phrasing, rng)
        names = [m.group(1) for m in MARKER.finditer(text)]
        values = pick_values(names, rng)
        values = {name: values[name] for name in names}
        text = surface(text, cmd, rng)
        yield render_nl(text, values, rng), render_cmd(cmd, values), False
        # The twin draws from its own generator, so the rows above stay what they were without twins.
        invented = inventor.replace(values) if inventor is not None else None
        if invented is not None:
            yield render_nl(text, invented, inventor.rng), render_cmd(cmd, invented), True


def build_pairs(seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    inventor = Inventor(random.Random(seed + 1))
    pairs: list[dict] = []
    seen: dict[str, list[str]] = {}
    for category, task_list in CATEGORIES:
        for cmd, phrasings in task_list:
            for phrasing in phrasings:
                for nl, command, invented in samples(cmd, phrasing, rng, inventor):
                    earlier = seen.setdefault(normalize(nl), [])
                    if command in earlier:
                        continue
                    # Only a typed flag may tell two phrases apart by case: "git branch -d" vs "-D".
                    if any(other.lower() != command.lower() for other in earlier):
                        raise ValueError(f"{nl!r} maps to both {earlier[0]!r} and {command!r}")
                    earlier.append(command)
                    # Twins teach copying; they are no example to show a user (prepare keeps them out of
                    # the retrieval index).
                    pairs.append({"nl": nl, "cmd": command, "category": category, **({"invented": True} if invented else {})})
    return pairs


class Inventor:
    """Names nobody else uses, in the shape of the slot value they stand in for.

    Files keep their directory and extension (`/var/log/zubeko.log`), directories their parent, hosts
    their domain or address shape; users, services, branches and packages become made-up words. Numbers
    that are names (ports, pids) become other numbers of four digits at most.
    """

    CONSONANTS = "bdfghjklmnprstvwz"
    VOWELS = "aeiou"
    FILE_SLOTS = frozenset(
        "file textfile myfile logfile csvfile jsonfile script newname targz zip tarbz tarxz tar gz sevenz rar "
        "bz2 xz listfile spacefile merged bigfile b64file".split())
    DIR_SLOTS = frozenset("directory workdir newdir nested ownerdir".split())
    WORD_SLOTS = frozenset(
        "user group service process hostname package snap pypkg npmpkg branch container svcuser".split())
    HOST_SLOTS = frozenset("host server domain".split())
    NUMBER_SLOTS = {"port": (1025, 9999), "pid": (100, 9999)}

    def __init__(self, rng: random.Random):
        self.rng = rng

    def word(self) -> str:
        rng = self.rng
        text = "".join(rng.choice(self.CONSONANTS) + rng.choice(self.VOWELS) for _ in range(rng.randint(2, 3)))
        roll = rng.random()
        if roll < 0.15:
            text += str(rng.randint(1, 99))
        elif roll < 0.3:
            text += rng.choice("-_") + "".join(rng.choice(self.CONSONANTS) + rng.choice(self.VOWELS)
                                               for _ in range(2))
        return text

    def file(self, value: str) -> str:
        head, _, name = value.rpartition("/")
        dot = name.find(".", 1)
        suffix = name[dot:] if dot > 0 else ""
        return (head + "/" if head or value.startswith("/") else "") + self.word() + suffix

    def directory(self, value: str) -> str | None:
        head, _, name = value.rstrip("/").rpartition("/")
        if not re.fullmatch(r"[\w.-]+", name) or name.startswith("."):
            return None  # "~", "/", ".config": no name of its own to replace
        return (head + "/" if head or value.startswith("/") else "") + self.word()

    def host(self, value: str) -> str:
        rng = self.rng
        if re.fullmatch(r"[\d.]+", value):
            return "10." + ".".join(str(rng.randint(2, 250)) for _ in range(3))
        if "." in value:
            return self.word() + "." + value.rsplit(".", 1)[1]
        return self.word()

    def invent(self, name: str, value: str) -> str | None:
        if name in self.FILE_SLOTS:
            return self.file(value)
        if name in self.DIR_SLOTS:
            return self.directory(value)
        if name in self.WORD_SLOTS:
            return self.word()
        if name in self.HOST_SLOTS:
            return self.host(value)
        if name in self.NUMBER_SLOTS:
            return str(self.rng.randint(*self.NUMBER_SLOTS[name]))
        return None

    def replace(self, values: dict[str, tuple]) -> dict[str, tuple] | None:
        """The values with every inventable one swapped, or None (no twin) for this draw."""
        if self.rng.random() >= INVENTED_SHARE:
            return None
        out, changed = dict(values), False
        for name, (forms, command_form) in values.items():
            if len(forms) != 1 or forms[0] != command_form:
                continue  # several spellings ("100MB" / "100M"): no invented one reads the same
            invented = self.invent(name, command_form)
            if invented is not None:
                out[name] = ((invented,), invented)
                changed = True
        return out if changed else None


def render(pairs: list[dict]) -> str:
    return "".join(json.dumps(pair, ensure_ascii=False) + "\n" for pair in pairs)


def main() -> None:
    pairs = build_pairs()
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(render(pairs), encoding="utf-8")
    counts: dict[str, int] = {}
    for pair in pairs:
        counts[pair["category"]] = counts.get(pair["category"], 0) + 1
    for category, count in counts.items():
        print(f"{category:12} {count}")
    print(f"{'total':12} {len(pairs)} -> {OUTPUT}")



# ---------------------------------------------------------------------------------------------------
# Slot values. A moderate number per slot, so the model learns to copy a value rather than memorize it.


def quoted(*strings):
    """Search strings as users write them: in double or single quotes, or bare when one word."""
    return [((f'"{s}"', f"'{s}'") + ((s,) if " " not in s else ()), s) for s in strings]


UNIT_WORDS = {
    "k": ("KB", "K", " KB", " kilobytes", "kb"),
    "M": ("MB", "M", " MB", " megabytes", "mb"),
    "G": ("GB", "G", " GB", " gigabytes", "gb", " gigs"),
}


def sizes(*specs):
    """'100M' -> phrased '100MB', '100 megabytes', ...; the command keeps find's own unit letter."""
    return [(tuple(spec[:-1] + unit for unit in UNIT_WORDS[spec[-1]]), spec) for spec in specs]


NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 7: "seven", 10: "ten", 20: "twenty"}


def counts(*numbers):
    return [((str(n), NUMBER_WORDS[n]) if n in NUMBER_WORDS else (str(n),), str(n)) for n in numbers]


def ordered_pairs(values):
    return [(a, b) for a in values for b in values if a != b]


FILES = [
    "report.pdf", "notes.txt", "todo.md", "data.csv", "config.yaml", "script.sh", "main.py", "index.html",
    "app.log", "README.md", "photo.jpg", "budget.xlsx", "output.json", "server.js", "draft.docx",
    "users.csv", "settings.ini", "backup.sql", "Makefile", "style.css", "invoice.pdf", "results.txt",
    "requirements.txt", "package.json", "image.png", "docker-compose.yml", "letter.txt", "summary.txt",
    "slides.pptx", "video.mp4", "song.mp3", "resume.pdf", "contract.pdf", "Dockerfile",
]
TEXT_FILES = [
    "notes.txt", "todo.md", "data.csv", "config.yaml", "app.log", "README.md", "output.json", "users.csv",
    "settings.ini", "results.txt", "requirements.txt", "access.log", "main.py", "server.js", "index.html",
    "style.css", "summary.txt", "hosts.txt", "emails.txt", "words.txt", "names.txt", "/etc/hosts",
    "/etc/fstab", "/etc/nginx/nginx.conf", "/etc/ssh/sshd_config", "~/.bashrc", "/etc/passwd",
    "server.log", "CHANGELOG.md", "inventory.csv", "urls.txt", "app.py",
]
MY_FILES = [
    "notes.txt", "todo.md", "data.csv", "config.yaml", "README.md", "users.csv", "settings.ini",
    "results.txt", "main.py", "server.js", "index.html", "style.css", "summary.txt", "hosts.txt",
    "emails.txt", "names.txt", "~/.bashrc", "CHANGELOG.md", "inventory.csv", "urls.txt", "app.py",
    "config.json", ".env", "list.txt",
]
LOG_FILES = [
    "/var/log/syslog", "/var/log/auth.log", "/var/log/nginx/access.log", "/var/log/nginx/error.log",
    "app.log", "error.log", "server.log", "/var/log/kern.log", "/var/log/dpkg.log", "debug.log",
    "/var/log/apache2/error.log", "logs/app.log", "/var/log/mysql/error.log", "worker.log",
    "/var/log/apt/history.log", "build.log", "access.log",
]
CSV_FILES = [
    "data.csv", "users.csv", "sales.csv", "inventory.csv", "report.csv", "orders.csv", "prices.csv",
    "scores.csv", "metrics.csv", "customers.csv", "results.csv", "expenses.csv", "employees.csv",
    "products.csv", "grades.csv",
]
JSON_FILES = [
    "package.json", "config.json", "data.json", "response.json", "settings.json", "output.json",
    "manifest.json", "users.json", "tsconfig.json", "composer.json", "results.json", "api.json",
]
SCRIPTS = [
    "deploy.sh", "backup.sh", "install.sh", "run.sh", "build.sh", "start.sh", "script.sh", "setup.sh",
    "cleanup.sh", "test.sh", "update.sh", "app.py", "myscript.sh", "sync.sh", "main.py", "bootstrap.sh",
]
DIRECTORIES = [
    "/var/log", "~/projects", "/tmp", "/etc", "~/Downloads", "~/Documents", "/opt/app", "/srv/www",
    "/home/alice", "src", "build", "~/backups", "/var/www/html", "/usr/local/bin", "docs", "/mnt/data",
    "~/Pictures", "logs", "/data", "~/Music", "dist", "/etc/nginx", "~/Desktop", "~/.config",
    "node_modules", "assets", "/var/backups", "~/Videos", "/usr/share", "static", "~",
]
WORK_DIRS = [
    "~/projects", "~/Downloads", "~/Documents", "src", "build", "~/backups", "docs", "logs", "dist",
    "~/Pictures", "~/Music", "~/Desktop", "assets", "static", "old", "tmp", "scripts",
    "photos", "data", "~/work", "~/notes", "reports", "/tmp", "exports",
]
NEW_DIRS = [
    "reports", "backups", "photos", "test", "build", "logs", "tmp", "data", "cache", "2024", "old",
    "scripts", "notes", "drafts", "music", "videos", "src", "config", "uploads", "exports", "ideas",
    "homework", "invoices", "screenshots",
]
NESTED_DIRS = [
    "projects/app/src", "a/b/c", "~/work/2024/q1", "src/components/ui", "data/raw/2023",
    "build/output/logs", "~/photos/2023/summer", "docs/api/v2", "backups/db/daily", "site/assets/css",
    "tests/unit/models", "~/music/rock/80s",
]
NEW_NAMES = [
    "final.txt", "old_notes.txt", "report-2023.pdf", "backup.txt", "notes-old.txt", "draft-v2.docx",
    "index.old.html", "config.yaml.bak", "main_old.py", "archive.csv", "readme.txt", "new_name.txt",
    "photo-edited.jpg", "report_final.pdf", "data-clean.csv", "script-v2.sh",
]
EXTENSIONS = [
    ((".py", "*.py", "python"), "py"), ((".txt", "*.txt", "text", "txt"), "txt"),
    ((".log", "*.log", "log"), "log"), ((".jpg", "*.jpg", "jpg"), "jpg"), ((".pdf", "*.pdf", "pdf"), "pdf"),
    ((".md", "*.md", "markdown"), "md"), ((".csv", "*.csv", "csv"), "csv"), ((".sh", "*.sh", "shell"), "sh"),
    ((".js", "*.js", "javascript"), "js"), ((".json", "*.json", "json"), "json"),
    ((".tmp", "*.tmp", "tmp", "temporary"), "tmp"), ((".bak", "*.bak", "bak"), "bak"),
    ((".conf", "*.conf", "conf"), "conf"), ((".png", "*.png", "png"), "png"),
    ((".html", "*.html", "html"), "html"), ((".mp4", "*.mp4", "mp4"), "mp4"), ((".go", "*.go", "go"), "go"),
    ((".c", "*.c"), "c"), ((".java", "*.java", "java"), "java"), ((".yml", "*.yml", "yml"), "yml"),
]
NAME_PARTS = [
    "invoice", "backup", "test", "report", "config", "draft", "old", "copy", "2023", "final", "temp",
    "screenshot", "notes", "log", "readme", "budget", "setup",
]
PATTERNS = quoted(
    "TODO", "error", "FIXME", "timeout", "password", "ERROR", "warning", "failed", "localhost",
    "import", "deprecated", "hello world", "Connection refused", "404", "debug", "api_key", "WARN",
    "exception", "null", "user_id", "Traceback", "segfault", "denied", "admin", "version",
    "Out of memory", "main", "http://",
)
REPLACEMENTS = [
    ("foo", "bar"), ("http", "https"), ("localhost", "127.0.0.1"), ("8080", "9090"), ("debug", "info"),
    ("true", "false"), ("colour", "color"), ("teh", "the"), ("v1", "v2"), ("dev", "prod"),
    ("apple", "orange"), ("2023", "2024"), ("old_name", "new_name"), ("ERROR", "error"), ("tabs", "spaces"),
    ("staging", "production"), ("Hello", "Hi"),
]
LINE_RANGES = [
    ("10", "20"), ("5", "15"), ("100", "150"), ("1", "50"), ("20", "30"), ("200", "250"), ("3", "8"),
    ("40", "60"), ("1", "5"), ("500", "520"),
]
LINE_TEXTS = [
    "hello world", "192.168.1.10 myserver", "done", "TODO: call bob", "buy milk", "DEBUG=true", "# end of file", "meeting at 10am",
    "server_name example.com;", "127.0.0.1 dev.local",
]
COLUMNS = [
    ((f"column {n}", f"the {word} column", f"the {short} column"), str(n))
    for n, word, short in [(1, "first", "1st"), (2, "second", "2nd"), (3, "third", "3rd"), (4, "fourth", "4th"),
                           (5, "fifth", "5th"), (6, "sixth", "6th"), (7, "seventh", "7th")]
]
TAR_GZ = [
    "backup.tar.gz", "project.tar.gz", "logs.tar.gz", "site.tar.gz", "photos.tar.gz", "release.tar.gz",
    "docs.tar.gz", "data.tar.gz", "config-backup.tar.gz", "source.tgz", "app-1.2.0.tar.gz",
    "home.tar.gz", "dotfiles.tar.gz", "assets.tar.gz", "website.tgz", "db-dump.tar.gz",
]
ZIPS = [
    "photos.zip", "archive.zip", "docs.zip", "backup.zip", "project.zip", "files.zip", "report.zip",
    "images.zip", "website.zip", "fonts.zip", "assets.zip", "music.zip", "export.zip", "homework.zip",
]
TAR_BZ2 = ["data.tar.bz2", "backup.tar.bz2", "source.tar.bz2", "logs.tar.bz2", "archive.tbz2", "src.tar.bz2"]
TAR_XZ = [
    "release.tar.xz", "linux-6.6.tar.xz", "backup.tar.xz", "firmware.tar.xz", "Python-3.12.0.tar.xz",
    "node-v20.11.0-linux-x64.tar.xz",
]
TARS = ["dump.tar", "files.tar", "backup.tar", "images.tar", "archive.tar", "project.tar"]
GZ_FILES = ["access.log.gz", "dump.sql.gz", "data.csv.gz", "syslog.2.gz", "backup.sql.gz", "notes.txt.gz",
            "error.log.1.gz", "report.json.gz"]
SEVEN_ZIPS = ["archive.7z", "photos.7z", "backup.7z", "files.7z", "data.7z"]
RARS = ["movies.rar", "archive.rar", "docs.rar", "files.rar", "game.rar"]
EXCLUDES = ["node_modules", ".git", "*.log", "__pycache__", "build", "*.tmp", ".venv", "cache"]
MODES = [
    "644", "755", "600", "700", "640", "750", "400", "775", "444", "660", "711", "555", "664", "770",
]
USERS = [
    "alice", "bob", "deploy", "john", "maria", "admin", "guest", "dev", "jenkins", "carol", "dave",
    "testuser", "sam", "ubuntu", "eve", "frank", "lisa", "tom", "anna", "mike", "oliver", "emma",
]
GROUPS = [
    "developers", "sudo", "docker", "staff", "www-data", "devops", "users", "audio", "video", "adm",
    "plugdev", "dialout", "marketing", "ops", "testers", "designers",
]
SHELLS = [(("zsh", "/bin/zsh"), "/bin/zsh"), (("bash", "/bin/bash"), "/bin/bash"),
          (("fish", "/usr/bin/fish"), "/usr/bin/fish"), (("sh", "/bin/sh"), "/bin/sh")]
PIDS = ["1234", "4521", "987", "31337", "2048", "15872", "6610", "742", "12045", "3301", "27514", "559"]
PROCESSES = [
    "firefox", "chrome", "node", "python3", "java", "nginx", "sleep", "vim", "code", "slack", "zoom",
    "spotify", "thunderbird", "ruby", "php", "npm", "gunicorn", "htop", "rsync", "obs", "gimp",
    "libreoffice", "steam",
]
COMMANDS = [
    "./server.sh", "python3 app.py", "./backup.sh", "npm start", "make", "./build.sh", "node server.js",
    "python3 train.py", "./run.sh", "java -jar app.jar", "rsync -a src/ dest/", "./import.sh",
]
WATCH_COMMANDS = ["df -h", "free -h", "ls -l", "date", "uptime", "nvidia-smi", "docker ps", "ss -tn"]
PORTS = [
    "8080", "443", "80", "3000", "5432", "22", "8000", "3306", "6379", "9000", "5000", "8443", "27017",
    "9090", "25", "53", "8888", "5173", "4000", "1194", "2222", "9443",
]
HOSTS = [
    "example.com", "192.168.1.10", "google.com", "github.com", "10.0.0.5", "server1", "db.internal",
    "8.8.8.8", "1.1.1.1", "api.example.com", "192.168.0.1", "myserver.local", "172.16.0.20", "web01",
    "mail.example.org", "backup.example.net", "10.0.0.1", "raspberrypi.local", "staging.example.com",
    "192.168.1.1",
]
SERVERS = [
    "192.168.1.10", "10.0.0.5", "server1", "db.internal", "myserver.local", "172.16.0.20", "web01",
    "backup.example.net", "raspberrypi.local", "staging.example.com", "example.com", "203.0.113.7",
    "vps.example.org", "192.168.0.50", "build-box",
]
DOMAINS = [
    "example.com", "google.com", "github.com", "api.example.com", "mail.example.org", "wikipedia.org",
    "ubuntu.com", "debian.org", "cloudflare.com", "stackoverflow.com", "python.org", "kernel.org",
    "example.net", "gitlab.com",
]
URLS = [
    "https://example.com/file.zip", "https://example.com/install.sh",
    "https://releases.example.org/app-1.2.tar.gz", "http://localhost:8080/health",
    "https://api.github.com/users/octocat", "https://example.com", "http://192.168.1.10:3000/status",
    "https://downloads.example.net/data.csv", "https://example.com/image.png", "http://localhost:3000",
    "https://api.example.com/v1/items", "https://cdn.example.com/video.mp4",
    "https://raw.githubusercontent.com/user/repo/main/README.md", "https://example.org/report.pdf",
    "http://localhost:8000/api/users", "https://mirror.example.net/ubuntu.iso",
]
DOWNLOAD_URLS = [u for u in URLS if re.search(r"://[^/]+/.*\.\w+$", u)]
JSON_BODIES = ['{"name": "alice"}', '{"id": 42}', '{"status": "done"}', '{"user": "bob", "admin": true}',
               '{"title": "hello"}', '{"enabled": false}']
REMOTE_DIRS = ["/tmp", "~", "/var/www", "/home/deploy", "/opt/backups", "~/uploads", "/srv/data",
               "/var/www/html", "~/projects"]
REMOTE_FILES = ["/var/log/syslog", "~/backup.tar.gz", "/etc/nginx/nginx.conf", "/home/deploy/app.log",
                "/tmp/dump.sql", "~/notes.txt", "/var/backups/db.sql.gz", "~/report.pdf", "/srv/data/export.csv"]
INTERFACES = ["eth0", "wlan0", "enp0s3", "ens33", "wlp2s0", "docker0", "enp3s0", "eth1"]
EMAILS = ["alice@example.com", "bob@example.org", "dev@example.net", "john.doe@example.com",
          "maria@company.com", "me@example.io"]
SSIDS = ["HomeNet", "CoffeeShop", "Office-5G", "MyWifi", "Guest", "Library_WiFi", "Pixel_7421"]
WIFI_PASSWORDS = ["hunter22", "s3cretpass", "letmein123", "correcthorse", "welcome2024"]
SERVICES = [
    "nginx", "ssh", "docker", "apache2", "mysql", "postgresql", "cron", "redis-server", "ufw",
    "bluetooth", "NetworkManager", "cups", "fail2ban", "containerd", "php8.3-fpm", "mongod",
    "systemd-resolved", "rsyslog", "jenkins", "mariadb", "openvpn", "avahi-daemon",
]
HOSTNAMES = ["webserver", "laptop", "devbox", "node1", "homeserver", "pi", "workstation", "db01", "media-pc"]
TIMEZONES = ["Europe/Berlin", "America/New_York", "Asia/Tokyo", "UTC", "Europe/London",
             "America/Los_Angeles", "Australia/Sydney", "Asia/Kolkata", "Europe/Paris", "America/Sao_Paulo"]
VARIABLES = ["PATH", "HOME", "SHELL", "USER", "LANG", "EDITOR", "JAVA_HOME", "PYTHONPATH", "TERM",
             "XDG_CONFIG_HOME", "DISPLAY", "HOSTNAME"]
EXPORTS = [("EDITOR", "vim"), ("EDITOR", "nano"), ("JAVA_HOME", "/usr/lib/jvm/java-17-openjdk-amd64"),
           ("NODE_ENV", "production"), ("DEBUG", "1"), ("LANG", "en_US.UTF-8"), ("PORT", "3000"),
           ("GOPATH", "~/go"), ("PYTHONPATH", "src"), ("TZ", "UTC")]
ALIASES = [("ll", "ls -la"), ("gs", "git status"), ("update", "sudo apt update && sudo apt upgrade"),
           ("la", "ls -A"), ("..", "cd .."), ("gp", "git push"), ("k", "kubectl"), ("py", "python3"),
           ("c", "clear"), ("dps", "docker ps")]
PROGRAMS = ["python3", "node", "git", "docker", "java", "gcc", "pip", "vim", "curl", "npm", "ssh",
            "tar", "rsync", "find", "grep", "sed", "awk", "make", "go", "ffmpeg"]
DEVICES = ["/dev/sdb1", "/dev/sdc1", "/dev/sda2", "/dev/nvme0n1p3", "/dev/sdb2", "/dev/sdd1", "/dev/sdc2"]
MOUNT_POINTS = ["/mnt", "/mnt/usb", "/media/usb", "/mnt/data", "/mnt/backup", "/mnt/disk", "/media/external"]
DISKS = ["/dev/sda", "/dev/sdb", "/dev/nvme0n1", "/dev/sdc", "/dev/nvme1n1"]
ISOS = ["ubuntu-24.04-desktop-amd64.iso", "debian-12.5.0-amd64-netinst.iso", "linuxmint-21.3.iso",
        "archlinux-x86_64.iso", "fedora-workstation-40.iso", "kali-linux-2024.1.iso"]
PACKAGES = [
    "curl", "git", "htop", "vim", "nginx", "python3-pip", "build-essential", "tree", "jq", "tmux",
    "wget", "docker.io", "net-tools", "unzip", "ffmpeg", "nodejs", "gcc", "make", "zsh", "neovim",
    "openssh-server", "ripgrep", "fzf", "rsync", "sqlite3", "postgresql", "redis-server", "gimp", "vlc",
    "p7zip-full", "default-jdk", "golang-go", "wireshark", "nmap", "certbot", "apache2",
    "mariadb-server", "ncdu",
]
KEYWORDS = ["pdf", "screenshot", "markdown", "torrent", "ftp", "json", "webcam", "podcast", "ocr",
            "vpn", "firewall", "benchmark", "latex", "spreadsheet", "mp3"]
DEB_FILES = ["google-chrome-stable_current_amd64.deb", "code_1.85.0_amd64.deb", "discord-0.0.39.deb",
             "zoom_amd64.deb", "slack-desktop-4.35.131-amd64.deb", "teamviewer_amd64.deb",
             "dbeaver-ce_23.3.0_amd64.deb"]
SYSTEM_PATHS = ["/usr/bin/curl", "/bin/ls", "/usr/bin/python3", "/etc/nginx/nginx.conf", "/usr/bin/git",
                "/usr/sbin/sshd", "/usr/bin/make", "/usr/lib/x86_64-linux-gnu/libssl.so.3", "/usr/bin/vim.basic"]
PPAS = ["ppa:deadsnakes/ppa", "ppa:git-core/ppa", "ppa:graphics-drivers/ppa", "ppa:neovim-ppa/stable",
        "ppa:ondrej/php", "ppa:obsproject/obs-studio"]
SNAPS = ["spotify", "postman", "telegram-desktop", "discord", "chromium", "obs-studio", "bitwarden",
         "signal-desktop"]
PY_PACKAGES = ["requests", "numpy", "flask", "django", "pandas", "pytest", "black", "matplotlib",
               "fastapi", "beautifulsoup4", "scipy", "pyyaml", "httpx", "rich"]
NPM_PACKAGES = ["express", "react", "typescript", "lodash", "axios", "eslint", "prettier", "nodemon",
                "vite", "jest", "dotenv"]
VENVS = ["venv", ".venv", "env", "myenv"]
BRANCHES = [
    "main", "feature-x", "develop", "dev", "master", "release-1.2", "bugfix/login", "hotfix",
    "feature/auth", "staging", "fix-typo", "experiment", "v2", "gh-pages", "refactor-api",
    "feature/payments", "docs-update", "test",
]
REPOS = [
    "https://github.com/torvalds/linux.git", "git@github.com:alice/dotfiles.git",
    "https://github.com/example/project.git", "https://gitlab.com/team/app.git",
    "https://github.com/user/repo.git", "git@gitlab.com:group/service.git",
    "https://github.com/octocat/Hello-World.git", "https://github.com/neovim/neovim.git",
    "https://bitbucket.org/team/website.git", "https://github.com/alice/notes",
    "git@github.com:company/backend.git", "https://github.com/python/cpython.git",
]
COMMITS = ["a1b2c3d", "3f9e2ab", "9c41e07", "e5d8f21", "7b3a9c4", "0d4f6e1", "c2e7a90", "5a8b1f3",
           "f1e2d3c", "4b6c8d0", "8e0f1a2", "d7c6b5a"]
MESSAGES = quoted(
    "fix typo", "initial commit", "update readme", "add login page", "bump version to 1.2.0",
    "refactor parser", "wip", "fix null pointer in auth", "add tests", "remove unused imports",
    "update dependencies", "improve error messages", "add docker support", "fix build",
)
TAGS = ["v1.0", "v2.3.1", "v0.9.0", "v1.0.0-rc1", "release-2024", "v3.2", "v0.1.0"]
PERSON_NAMES = quoted("Alice Smith", "Bob Jones", "John Doe", "Maria Garcia", "Sam Lee", "Carol White")
REMOTE_NAMES = ["origin", "upstream", "fork", "backup"]

SLOTS = {
    "file": ("file", FILES), "textfile": ("file", TEXT_FILES), "myfile": ("file", MY_FILES),
    "logfile": ("file", LOG_FILES), "csvfile": ("file", CSV_FILES), "jsonfile": ("file", JSON_FILES),
    "script": ("file", SCRIPTS), "directory": ("directory", DIRECTORIES),
    "workdir": ("directory", WORK_DIRS), "newdir": ("directory", NEW_DIRS),
    "nested": ("directory", NESTED_DIRS), "newname": ("new_name", NEW_NAMES),
    "ext": ("extension", EXTENSIONS), "size": ("size", sizes(
        "10M", "50M", "100M", "200M", "500M", "1G", "2G", "5G", "10G", "20M", "250M", "500k", "100k", "1M",
        "5M", "750M", "3G")),
    "days": ("days", counts(2, 3, 5, 7, 10, 14, 30, 60, 90, 180, 365, 4, 20)),
    "minutes": ("minutes", counts(5, 10, 15, 30, 45, 60, 90, 120, 20)),
    "n": ("number", counts(3, 5, 10, 15, 20, 25, 30, 50, 100, 200, 40, 1000, 2, 7)),
    "ctx": ("number", counts(2, 3, 4, 5, 10)),
    "chunk": ("lines", ["1000", "500", "10000", "100", "5000", "2000"]),
    "chunk_size": ("size", [(("100MB", "100M", "100 megabytes"), "100M"), (("1GB", "1G"), "1G"),
                            (("10MB", "10M"), "10M"), (("500MB", "500M"), "500M"), (("2GB", "2G"), "2G")]),
    "col": ("column", COLUMNS), "pattern": ("pattern", PATTERNS), "part": ("name", NAME_PARTS),
    "line": ("line", counts(1, 2, 3, 5, 10, 20, 42, 100, 7)), "text": ("text", quoted(*LINE_TEXTS)),
    "targz": ("archive", TAR_GZ), "zip": ("archive", ZIPS), "tarbz": ("archive", TAR_BZ2),
    "tarxz": ("archive", TAR_XZ), "tar": ("archive", TARS), "gz": ("file", GZ_FILES),
    "sevenz": ("archive", SEVEN_ZIPS), "rar": ("archive", RARS), "exclude": ("exclude", EXCLUDES),
    "mode": ("mode", MODES), "user": ("user", USERS), "group": ("group", GROUPS), "shell": ("shell", SHELLS),
    "pid": ("pid", PIDS), "process": ("process", PROCESSES), "command": ("command", COMMANDS),
    "watched": ("command", WATCH_COMMANDS), "seconds": ("seconds", counts(1, 2, 5, 10, 30, 60)),
    "niceness": ("priority", ["5", "10", "15", "19"]),
    "port": ("port", PORTS), "host": ("host", HOSTS), "server": ("host", SERVERS),
    "domain": ("domain", DOMAINS), "url": ("url", URLS), "dl_url": ("url", DOWNLOAD_URLS),
    "json": ("data", JSON_BODIES), "remote_dir": ("remote_path", REMOTE_DIRS),
    "remote_file": ("remote_path", REMOTE_FILES), "iface": ("interface", INTERFACES),
    "email": ("email", EMAILS), "ssid": ("ssid", SSIDS), "wifi_password": ("password", WIFI_PASSWORDS),
    "count": ("count", counts(3, 4, 5, 10, 20, 100)),
    "service": ("service", SERVICES), "hostname": ("hostname", HOSTNAMES),
    "timezone": ("timezone", TIMEZONES), "var": ("variable", VARIABLES), "program": ("command", PROGRAMS),
    "device": ("device", DEVICES), "mountpoint": ("mountpoint", MOUNT_POINTS), "disk": ("disk", DISKS),
    "iso": ("image", ISOS), "package": ("package", PACKAGES), "keyword": ("keyword", KEYWORDS),
    "deb": ("file", DEB_FILES), "sys_path": ("path", SYSTEM_PATHS), "ppa": ("ppa", PPAS),
    "snap": ("package", SNAPS), "pypkg": ("package", PY_PACKAGES), "npmpkg": ("package", NPM_PACKAGES),
    "venv": ("directory", VENVS), "journal_size": ("size", [(("100MB", "100M"), "100M"),
                                                           (("500MB", "500M"), "500M"), (("1GB", "1G"), "1G"),
                                                           (("200MB", "200M"), "200M"), (("2GB", "2G"), "2G")]),
    "branch": ("branch", BRANCHES), "repo": ("url", REPOS), "commit": ("commit", COMMITS),
    "message": ("message", MESSAGES), "tag": ("tag", TAGS), "person": ("name", PERSON_NAMES),
    "remote": ("remote", REMOTE_NAMES),
    "sysconf": ("file", ["/etc/hosts", "/etc/fstab", "/etc/nginx/nginx.conf", "/etc/ssh/sshd_config",
                         "/etc/default/grub", "/etc/environment", "/etc/crontab", "/etc/resolv.conf",
                         "/etc/apt/sources.list", "/etc/nginx/sites-available/default", "/etc/hostname"]),
    "listfile": ("file", ["names.txt", "words.txt", "emails.txt", "list.txt", "hosts.txt", "urls.txt",
                          "users.txt", "ips.txt", "todo.txt", "tags.txt", "numbers.txt", "scores.txt",
                          "domains.txt", "ids.txt", "cities.txt"]),
    "spacefile": ("file", ["access.log", "results.txt", "output.txt", "scores.txt", "processes.txt",
                           "du.txt", "data.txt", "table.txt", "server.log", "/etc/fstab", "stats.txt",
                           "report.txt"]),
    "merged": ("file", ["combined.txt", "all.txt", "merged.txt", "full.log", "everything.txt", "out.txt"]),
    "jkey": ("key", ["name", "version", "dependencies", "scripts", "data", "items", "status", "id",
                     "config", "users", "results", "author"]),
    "bigfile": ("file", ["video.mp4", "dump.sql", "disk.img", "movie.mkv", "database.sql", "backup.tar",
                         "archive.zip", "logs.tar.gz"]),
    "b64file": ("file", ["encoded.txt", "data.b64", "secret.b64", "image.b64", "token.txt", "payload.b64"]),
    "bz2": ("file", ["data.csv.bz2", "dump.sql.bz2", "words.txt.bz2", "access.log.bz2", "export.json.bz2"]),
    "xz": ("file", ["image.img.xz", "data.json.xz", "rootfs.xz", "dump.sql.xz", "logs.txt.xz"]),
    "private": ("file", ["~/.ssh/id_ed25519", "~/.ssh/id_rsa", "secrets.env", ".env", "key.pem",
                         "credentials.json", "~/.netrc", "token.txt", "~/.ssh/config", "private.key",
                         "~/.pgpass", "id_ed25519"]),
    "ownerdir": ("directory", ["/var/www/html", "/srv/www", "/opt/app", "~/projects", "/data", "/mnt/data",
                               "uploads", "/var/www", "storage", "~/shared", "/srv/ftp", "/opt/tools",
                               "public", "/home/shared"]),
    "svcuser": ("user", ["appuser", "myapp", "worker", "prometheus", "minio", "gitea", "backup-agent",
                         "botuser", "runner", "mailer"]),
    "histword": ("pattern", ["ssh", "docker", "git push", "apt install", "rsync", "scp", "kubectl",
                             "ffmpeg", "tar", "systemctl", "curl", "pip install"]),
    "verprogram": ("command", ["python3", "node", "git", "docker", "java", "gcc", "pip", "vim", "curl",
                               "npm", "tar", "rsync", "make", "bash", "grep", "sed", "cmake", "ansible"]),
    "container": ("container", ["web", "db", "redis", "app", "api", "postgres", "worker", "my-app", "mongo",
                                "traefik", "frontend", "backend"]),
    "ago": ("time", [(("the last hour", "the past hour"), "1 hour ago"),
                     (("the last 2 hours", "the past two hours"), "2 hours ago"),
                     (("the last 30 minutes", "the past 30 minutes"), "30 min ago"),
                     (("the last 10 minutes", "the past ten minutes"), "10 min ago"),
                     (("the last 24 hours", "the past day"), "24 hours ago"),
                     (("yesterday",), "yesterday"), (("the last 15 minutes",), "15 min ago"),
                     (("the last 6 hours",), "6 hours ago")]),
    "subnet": ("subnet", ["192.168.1.0/24", "10.0.0.0/24", "192.168.0.0/24", "172.16.0.0/16", "10.10.0.0/16",
                          "192.168.178.0/24"]),
    "rcmd": ("command", ["uptime", "df -h", "free -h", "ls /var/www", "systemctl status nginx",
                         "tail -n 50 /var/log/syslog", "docker ps", "whoami", "hostname"]),
    "keyfile": ("key", ["~/.ssh/id_ed25519", "~/.ssh/work_key", "key.pem", "~/.ssh/aws.pem",
                        "~/keys/server.pem", "~/.ssh/id_rsa", "deploy_key"]),
    "few": ("number", counts(2, 3, 4, 5, 10)),
    "reloadable": ("service", ["nginx", "apache2", "ssh", "postgresql", "php8.3-fpm", "fail2ban", "caddy"]),
    "api_url": ("url", ["https://api.example.com/v1/items", "http://localhost:8000/api/users",
                        "http://localhost:3000/api/login", "https://httpbin.org/post", "http://localhost:8080/api/orders",
                        "https://api.example.com/v2/users", "https://hooks.example.com/webhook"]),
    "code_ext": ("extension", [v for v in EXTENSIONS if v[1] in (
        "py", "txt", "log", "md", "sh", "js", "json", "conf", "html", "go", "c", "java", "yml", "csv")]),
    "bigtext": ("file", ["server.log", "access.log", "data.csv", "huge.log", "emails.txt", "dump.sql", "urls.txt",
                         "words.txt", "app.log", "export.csv"]),
}

# Slots filled together from one row, so their values stay distinct or make sense as a pair.
COUPLED = {
    ("src_dir", "dest_dir"): ordered_pairs(WORK_DIRS),
    ("file_a", "file_b"): [
        ("config.yaml", "config.yaml.bak"), ("old.txt", "new.txt"), ("notes.txt", "notes-old.txt"),
        ("main.py", "main_old.py"), ("a.txt", "b.txt"), ("users.csv", "users-2023.csv"),
        ("nginx.conf", "nginx.conf.orig"), ("v1.json", "v2.json"), ("expected.txt", "actual.txt"),
        ("/etc/hosts", "hosts.bak"), ("list1.txt", "list2.txt"), ("report.md", "report-draft.md"),
    ],
    ("old", "new"): [(quoted(old)[0], quoted(new)[0]) for old, new in REPLACEMENTS],
    ("save_url", "outfile"): [
        ("https://example.com/file.zip", "latest.zip"), ("https://example.com/install.sh", "setup.sh"),
        ("https://releases.example.org/app-1.2.tar.gz", "app.tar.gz"),
        ("https://downloads.example.net/data.csv", "export.csv"), ("https://example.com/image.png", "logo.png"),
        ("https://cdn.example.com/video.mp4", "talk.mp4"), ("https://example.org/report.pdf", "q3-report.pdf"),
        ("https://mirror.example.net/ubuntu.iso", "ubuntu.iso"), ("https://example.com/index.html", "page.html"),
    ], ("line_start", "line_end"): LINE_RANGES,
    ("var_name", "var_value"): EXPORTS, ("alias_name", "alias_cmd"): ALIASES,
    ("branch_a", "branch_b"): ordered_pairs(BRANCHES[:10]),
    ("target", "link"): [
        ("/opt/app/bin/app", "/usr/local/bin/app"), ("~/dotfiles/.vimrc", "~/.vimrc"),
        ("/etc/nginx/sites-available/mysite", "/etc/nginx/sites-enabled/mysite"),
        ("~/projects/blog", "~/blog"), ("/usr/bin/python3", "/usr/local/bin/python"),
        ("/mnt/data/photos", "~/Pictures/photos"), ("~/dotfiles/.bashrc", "~/.bashrc"),
        ("/opt/node-v20/bin/node", "/usr/local/bin/node"), ("config/settings.prod.yaml", "settings.yaml"),
    ],
    ("pkg_a", "pkg_b"): ordered_pairs(PACKAGES[:16]),
    ("local_port", "remote_port"): [("8080", "80"), ("5433", "5432"), ("3307", "3306"), ("9000", "9000"),
                                    ("8888", "8888"), ("6380", "6379")],
}
COUPLED_PLACEHOLDERS = {
    "src_dir": "source", "dest_dir": "destination", "file_a": "file1", "file_b": "file2", "old": "old",
    "new": "new", "line_start": "start", "line_end": "end", "var_name": "variable", "var_value": "value",
    "alias_name": "name", "alias_cmd": "command", "branch_a": "branch1", "branch_b": "branch2", "target": "target",
    "link": "link", "local_port": "local_port", "remote_port": "remote_port", "save_url": "url",
    "outfile": "file", "pkg_a": "package1", "pkg_b": "package2",
}
COUPLED_BY_NAME = {name: group for group in COUPLED for name in group}


def add_slots(slots: dict[str, tuple]) -> None:
    """Slots for a later batch of tasks. A name already in use would give every earlier row that draws from it
    other values (slots are read when the pairs are built, after all of this file has run)."""
    taken = sorted(SLOTS.keys() & slots.keys())
    if taken:
        raise ValueError(f"slot names already in use: {taken}")
    SLOTS.update(slots)


def placeholder(name: str) -> str:
    if name in COUPLED_PLACEHOLDERS:
        return COUPLED_PLACEHOLDERS[name]
    return SLOTS[name][0]



# ---------------------------------------------------------------------------------------------------
# Tasks: (command template, phrasings). Commands are what an expert types on Debian/Ubuntu.

FILES_TASKS = [
    ("ls <directory?>", [
        "[list|show] [the |]files in <directory>", "what is in <directory>", "what's inside <directory>",
        "[show|display] the contents of <directory>", "ls <directory>",
        "[list|show] [the |]files [here|in this folder|in the current directory]",
        "what files are [here|in this directory|in this folder]", "list directory contents",
        "show me what's in this folder",
    ]),
    ("ls -la <directory?>", [
        "[list|show] all files in <directory> including hidden [ones|files]", "show hidden files in <directory>",
        "[list|show] [the |]hidden files", "list all files including [hidden|dot] files",
        "show dotfiles in <directory>", "are there any hidden files in <directory>",
        "show everything here, hidden files too",
    ]),
    ("ls -lh <directory?>", [
        "[list|show] files in <directory> with [sizes|details|permissions]", "long listing of <directory>",
        "detailed list of files", "show file sizes [here|in this folder] in human readable form",
        "list files with their sizes", "ls -l in <directory> with readable sizes",
    ]),
    ("ls -lSh <directory?>", [
        "[list|show|sort] files [sorted |ordered |]by size", "list files in <directory> [sorted|ordered] by size",
        "show files from largest to smallest", "sort the files in <directory> by size",
    ]),
    ("ls -lt <directory?>", [
        "[list|show|sort] files by [date|modification time|time]", "list files in <directory> newest first",
        "[show|list] the most recently [modified|changed] files [here|in <directory>]",
        "sort files in <directory> by date", "latest files first",
    ]),
    ("ls -ltr <directory?>", [
        "list files oldest first", "[list|show] files in <directory> sorted by date, oldest first",
        "sort files by time in reverse [order|]", "show the oldest files [first |]in <directory>",
    ]),
    ("ls -d */", [
        "[list|show] only [directories|folders|subdirectories]", "which folders are [here|in this directory]",
        "show folders only, no files", "list subfolders",
    ]),
    ("ls *.<ext>", [
        "list <ext> files in this folder", "show only <ext> files here",
        "[list|show] the <ext> files in the current directory",
    ]),
    ("tree <directory?>", [
        "[show|display|print] the directory tree [of <directory>|]", "tree view of <directory>",
        "show the folder structure [of <directory>|]", "show the project structure",
    ]),
    ("pwd", [
        "where am i", "[print|show] [the |]working directory", "what directory am i in", "current directory",
        "[show|print] the current path", "which folder am i in right now", "pwd",
        "what is the full path of this directory",
    ]),
    ("cd <directory>", [
        "[go|change directory|switch|move] to <directory>", "cd into <directory>",
        "enter the <directory> directory", "take me to <directory>", "jump to <directory>",
        "change [the |]directory", "go to a different folder",
    ]),
    ("cd ~", ["go [home|to my home directory|to the home folder]", "cd home", "take me home",
              "back to my home directory"]),
    ("cd ..", ["go up [one|a] [directory|level|folder]", "go to the parent [directory|folder]",
               "back one folder", "move up one directory", "leave this folder"]),
    ("cd -", ["go back to the previous directory", "return to the last folder i was in",
              "switch back to the directory i was in before"]),
    ("mkdir <newdir>", [
        "[create|make] a [new |][directory|folder] [called|named] <newdir>", "mkdir <newdir>",
        "new folder <newdir>", "make the directory <newdir>", "[create|make] a [new |][directory|folder]",
        "add a folder named <newdir>",
    ]),
    ("mkdir -p <nested>", [
        "create [the |]nested directories <nested>",
        "make the directory <nested> including [parent|missing] [directories|folders]",
        "create <nested> and any missing parent [directories|folders]", "mkdir -p <nested>",
        "create a directory path with all its parents",
    ]),
    ("touch <file>", [
        "create an empty file [called|named] <file>", "[make|create] a new [empty |]file <file>",
        "touch <file>", "create a blank file", "new empty file <file>", "update the timestamp of <file>",
    ]),
    ("cp <file> <workdir>", [
        "copy <file> [to|into] <workdir>", "make a copy of <file> in <workdir>",
        "put a copy of <file> in [the |]<workdir> [folder|directory|]", "cp <file> to <workdir>",
        "copy <file> to another folder", "copy a file [to|into] a [directory|folder]",
        "copy a file into <workdir>",
    ]),
    ("cp <file> <file>.bak", [
        "[make|create] a backup copy of <file>", "back up <file> [before editing it|]",
        "copy <file> to <file>.bak", "duplicate <file> with a .bak extension", "save a .bak copy of <file>",
    ]),
    ("cp <file> <newname>", [
        "copy <file> [to|as] <newname>", "duplicate <file> as <newname>",
        "make a copy of <file> called <newname>",
    ]),
    ("cp -r <src_dir> <dest_dir>", [
        "copy the [folder|directory] <src_dir> [to|into] <dest_dir>",
        "copy <src_dir> [to|into] <dest_dir> recursively", "copy a [folder|directory] and everything in it",
        "recursively copy <src_dir> to <dest_dir>", "cp -r <src_dir> to <dest_dir>",
    ]),
    ("cp *.<ext> <workdir>", ["copy all <ext> files [to|into] <workdir>",
                              "copy every <ext> file here [to|into] <workdir>"]),
    ("mv <file> <workdir>", [
        "move <file> [to|into] <workdir>", "move <file> into the <workdir> [folder|directory]",
        "mv <file> to <workdir>", "put <file> in <workdir>", "move a file to another [directory|folder]",
        "move <file> somewhere else",
    ]),
    ("mv *.<ext> <workdir>", ["move all <ext> files [to|into] <workdir>",
                              "put every <ext> file here into <workdir>"]),
    ("mv <file> <newname>", [
        "rename <file> to <newname>", "change the name of <file> to <newname>", "rename a file",
        "mv <file> <newname>", "rename <file>", "give <file> the name <newname>",
    ]),
    ("mv <src_dir> <dest_dir>", [
        "move the [folder|directory] <src_dir> [to|into] <dest_dir>",
        "rename the [folder|directory] <src_dir> to <dest_dir>", "move a folder",
    ]),
    ("rm <file>", [
        "[delete|remove|erase] <file>", "delete the file <file>", "get rid of <file>", "rm <file>",
        "[delete|remove] a file", "throw away <file>",
    ]),
    ("rm *.<ext>", ["delete all <ext> files in this folder", "remove the <ext> files here"]),
    ("rm -r <newdir>", [
        "[delete|remove] the [folder|directory] <newdir> [and everything in it|with all its contents|]",
        "remove <newdir> recursively", "[delete|remove] a [folder|directory] and its contents",
        "rm -r <newdir>",
    ]),
    ("rm -rf <newdir>", [
        "force [delete|remove] [the folder |the directory |]<newdir>[ without asking|]",
        "[delete|remove] <newdir> without any prompts", "rm -rf <newdir>", "forcefully remove a directory",
    ]),
    ("rmdir <newdir>", [
        "remove the empty [directory|folder] <newdir>", "delete empty folder <newdir>", "rmdir <newdir>",
        "remove an empty directory",
    ]),
    ("ln -s <target> <link>", [
        "create a [symbolic link|symlink|soft link] [to|for] <target> [called|named|at] <link>",
        "symlink <target> to <link>", "link <link> to <target>", "make <link> a symlink pointing to <target>",
        "create a symlink", "make a shortcut to <target> at <link>",
    ]),
    ("find <directory?.> -name <file>", [
        "find [the file |]<file>", "find <file> [in|under|inside] <directory>",
        "search for [a file named |the file |]<file> in <directory>", "where is <file> [located|]",
        "look for <file> [in <directory>|here|]", "find a file by name", "search for a file by its name",
    ]),
    ("find <directory?.> -name '*.<ext>'", [
        "find all <ext> files [in|under] <directory>",
        "[list|show] [all |every |]<ext> files [recursively|in all subdirectories]",
        "find every <ext> file [here|in this folder and below]", "search <directory> for <ext> files",
        "where are the <ext> files [in <directory>|]", "find files with a given extension",
    ]),
    ("find <directory?.> -type f -size +<size>", [
        "find files [bigger|larger] than <size> [in <directory>|]",
        "[list|show] files over <size> [in <directory>|]",
        "which files [in <directory> |]are [bigger|larger] than <size>", "files larger than <size>",
        "find files above a certain size", "search for files greater than <size> in <directory>",
    ]),
    ("find <directory?.> -type f -size -<size>", [
        "find files smaller than <size> [in <directory>|]", "[list|show] files below <size> [in <directory>|]",
        "which files are less than <size>",
    ]),
    ("find <directory?.> -type f -mtime -<days>", [
        "find files modified in the last <days> days [in <directory>|]",
        "[list|show] files changed [within|during] the [last|past] <days> days",
        "which files in <directory> were modified in the last <days> days",
        "files edited in the past <days> days", "find files modified in the last few days",
    ]),
    ("find <directory?.> -type f -mtime +<days>", [
        "find files older than <days> days [in <directory>|]",
        "[list|show] files [in <directory> |]not modified in [over|more than] <days> days",
        "which files are older than <days> days", "files last changed more than <days> days ago",
        "find files older than a number of days",
    ]),
    ("find <directory?.> -type f -mmin -<minutes>", [
        "find files modified in the last <minutes> minutes [in <directory>|]",
        "which files changed in the past <minutes> minutes",
        "[list|show] files [in <directory> |]edited [within|in] the last <minutes> minutes",
    ]),
    ("find <directory?.> -type f -empty", [
        "find empty files [in <directory>|]", "[list|show] all empty files [here|in <directory>]",
        "are there any empty files in <directory>", "which files have zero size",
    ]),
    ("find <directory?.> -type d -empty", [
        "find empty [directories|folders] [in <directory>|]", "[list|show] empty folders",
        "which directories in <directory> are empty",
    ]),
    ("find <workdir?.> -type f -name '*.<ext>' -delete", [
        "delete all <ext> files [in <workdir>|recursively|in all subfolders]",
        "remove every <ext> file [under|in] <workdir>", "clean up <ext> files in <workdir>",
        "find and delete <ext> files", "get rid of all the <ext> files in <workdir> and below",
    ]),
    ("find <workdir?.> -type f -mtime +<days> -delete", [
        "delete files older than <days> days [in <workdir>|]",
        "remove files in <workdir> not modified for <days> days", "clean up files older than <days> days",
        "purge old files from <workdir>", "delete files older than some number of days",
    ]),
    ("find <directory?.> -type d -name <newdir>", [
        "find [the |a ]directory [called|named] <newdir> [in <directory>|]", "where is the <newdir> folder",
        "search for a folder named <newdir>", "find a directory by name",
    ]),
    ("find <directory?.> -iname '*<part>*'", [
        "find files with <part> in the name [in <directory>|]", "[list|show] files whose name contains <part>",
        "search for files named like <part>, ignoring case", "find anything called <part> [in <directory>|]",
        "find files matching a name, case insensitive",
    ]),
    ("find <directory?.> -type f | wc -l", [
        "how many files are in <directory>",
        "count [the |all |]files in <directory> [recursively|including subfolders|]",
        "number of files [here|in this folder|under <directory>]", "count files",
    ]),
    ("find <directory?.> -type l", ["find [all |]symlinks [in <directory>|]",
                                    "[list|show] symbolic links [under <directory>|]"]),
    ("find <directory?.> -xtype l", ["find broken symlinks [in <directory>|]",
                                     "[list|show] dangling symbolic links"]),
    ("cat <textfile>", [
        "[show|display|print] [the contents of |]<textfile>", "what's in <textfile>", "read <textfile>",
        "cat <textfile>", "output the file <textfile>", "show me the file <textfile>", "print a file",
        "show the contents of a file",
    ]),
    ("less <textfile>", [
        "view <textfile> [one page at a time|page by page]", "scroll through <textfile>",
        "page through <textfile>", "open <textfile> in a pager", "less <textfile>",
        "view a long file page by page",
    ]),
    ("nano <myfile>", [
        "edit <myfile>", "open <myfile> [in an|in a text] editor", "edit <myfile> with nano", "nano <myfile>",
        "edit a file", "make changes to <myfile>",
    ]),
    ("vim <myfile>", ["[edit|open] <myfile> [with|in] vim", "vim <myfile>", "edit a file in vim"]),
    ("sudo nano <sysconf>", [
        "edit <sysconf>", "open <sysconf> [as root|with sudo]", "change settings in <sysconf>",
        "edit a system config file",
    ]),
    ("xdg-open <file>", [
        "open <file> [with the default app|in its default application]", "xdg-open <file>",
        "launch <file> with the default program", "open a file with its default program",
    ]),
    ("stat <file>", [
        "show [details|metadata|info] [about|for|of] <file>", "stat <file>", "when was <file> last modified",
        "file info for <file>", "show the timestamps of <file>", "get detailed information about a file",
    ]),
    ("file <file>", [
        "what type of file is <file>", "[detect|check|identify] the file type of <file>",
        "what kind of file is <file>", "file type of <file>", "determine a file's type",
    ]),
    ("ls -lh <file>", [
        "how big is <file>", "[show|get] the size of <file>", "file size of <file>", "what size is <file>",
        "how large is <file>", "check the size of a file",
    ]),
    ("realpath <file>", [
        "[show|get|print] the [full|absolute] path of <file>", "realpath <file>",
        "what is the full path to <file>", "absolute path of a file",
    ]),
    ("md5sum <file>", [
        "[get|show|compute|calculate] the md5 [checksum|hash|sum] of <file>", "md5 of <file>",
        "md5sum <file>", "md5 checksum of a file",
    ]),
    ("sha256sum <file>", [
        "[get|show|compute|calculate] the sha256 [checksum|hash] of <file>", "sha256 of <file>",
        "sha256sum <file>", "verify a download with sha256", "checksum <file>",
    ]),
    ("rsync -av <src_dir>/ <dest_dir>/", [
        "sync <src_dir> [to|with] <dest_dir>", "mirror <src_dir> into <dest_dir>", "rsync <src_dir> to <dest_dir>",
        "copy <src_dir> to <dest_dir> with rsync", "synchronize two folders",
        "keep <dest_dir> in sync with <src_dir>",
    ]),
    ("shred -u <file>", [
        "securely delete <file>", "shred <file>", "[wipe|erase] <file> so it can't be recovered",
        "securely erase a file",
    ]),
]

TEXT_TASKS = [
    ("grep '<pattern>' <textfile>", [
        "[search|look] for <pattern> in <textfile>",
        "find lines [containing|with|that contain] <pattern> in <textfile>", "grep <pattern> [in|from] <textfile>",
        "which lines of <textfile> contain <pattern>",
        "show [me |]the lines in <textfile> that [mention|contain|include] <pattern>",
        "does <textfile> contain <pattern>", "search a file for a [word|string|pattern]",
        "search for <pattern> in a file", "find text in a file",
    ]),
    ("grep -i '<pattern>' <textfile>", [
        "search for <pattern> in <textfile> [ignoring case|case insensitive|case-insensitively]",
        "case insensitive search for <pattern> in <textfile>", "grep -i <pattern> <textfile>",
        "find <pattern> in <textfile> regardless of case", "search a file ignoring case",
    ]),
    ("grep -n '<pattern>' <textfile>", [
        "show line numbers where <pattern> appears in <textfile>", "on which line[s|] of <textfile> is <pattern>",
        "find <pattern> in <textfile> with line numbers", "grep with line numbers",
    ]),
    ("grep -rn '<pattern>' <directory?.>", [
        "search for <pattern> in all files [under|in] <directory>",
        "[find|search for] <pattern> recursively [in <directory>|]", "grep -r <pattern> [in <directory>|]",
        "where in the code is <pattern> used",
        "search every file [in this project|in this folder|here] for <pattern>", "search all files for a string",
        "recursive grep", "find <pattern> anywhere in <directory>",
    ]),
    ("grep -rl '<pattern>' <directory?.>", [
        "which files [in <directory> |]contain [the text |the word |]<pattern>",
        "list [the names of |]files [in <directory> |]that contain <pattern>",
        "only show the file names that match <pattern>", "find files containing a string",
        "[show|list] files mentioning <pattern> [in <directory>|]",
    ]),
    ("grep -rn --include='*.<code_ext>' '<pattern>' <directory?.>", [
        "search for <pattern> only in <code_ext> files [under <directory>|]",
        "grep <pattern> in all <code_ext> files", "find <pattern> in <code_ext> files recursively",
    ]),
    ("grep -c '<pattern>' <textfile>", [
        "how many lines in <textfile> [contain|mention] <pattern>",
        "count [the |]lines [containing|matching] <pattern> in <textfile>",
        "count matches of <pattern> in <textfile>", "number of lines with <pattern> in <textfile>",
    ]),
    ("grep -o '<pattern>' <textfile> | wc -l", [
        "how many times does <pattern> appear in <textfile>",
        "count [all |the |]occurrences of <pattern> in <textfile>", "count how often a word occurs in a file",
    ]),
    ("grep -v '<pattern>' <textfile>", [
        "show lines [in|of] <textfile> that don't contain <pattern>",
        "[exclude|filter out|hide] lines with <pattern> [from|in] <textfile>",
        "print <textfile> without the <pattern> lines", "invert grep for <pattern> in <textfile>",
        "show lines not matching a pattern",
    ]),
    ("grep -C <ctx> '<pattern>' <textfile>", [
        "show <ctx> lines [of context |]around [each |]<pattern> in <textfile>",
        "grep <pattern> in <textfile> with <ctx> lines of context",
        "search <textfile> for <pattern> and show the surrounding lines",
    ]),
    ("grep -A <ctx> '<pattern>' <textfile>", [
        "show <ctx> lines after [each|every] <pattern> [match |]in <textfile>",
        "print the <ctx> lines following <pattern> in <textfile>",
    ]),
    ("grep -w '<pattern>' <textfile>", [
        "search for the whole word <pattern> in <textfile>", "match <pattern> as a whole word in <textfile>",
    ]),
    ("wc -l <textfile>", [
        "how many lines are in <textfile>", "how many lines does <textfile> have",
        "count [the |]lines [in|of] <textfile>", "line count [of|for] <textfile>", "number of lines in <textfile>",
        "wc -l <textfile>", "count lines in a file",
    ]),
    ("wc -w <textfile>", [
        "how many words [are in|in] <textfile>", "count [the |]words in <textfile>",
        "word count [of|for] <textfile>", "count words in a file",
    ]),
    ("wc -m <textfile>", [
        "how many characters [are in|in] <textfile>", "count [the |]characters in <textfile>",
        "character count of <textfile>",
    ]),
    ("head -n <n> <textfile>", [
        "[show|print|display] the first <n> lines of <textfile>", "first <n> lines [of|in] <textfile>",
        "top <n> lines of <textfile>", "head -n <n> <textfile>", "print the first <n> lines of a file",
    ]),
    ("head <textfile>", [
        "[show|print] the [beginning|start|top] of <textfile>", "head <textfile>", "first lines of <textfile>",
        "preview <textfile>", "show the first few lines of a file", "peek at <textfile>",
    ]),
    ("tail -n <n> <textfile>", [
        "[show|print|display] the last <n> lines of <textfile>", "last <n> lines [of|in] <textfile>",
        "bottom <n> lines of <textfile>", "tail -n <n> <textfile>", "print the last <n> lines of a file",
    ]),
    ("tail <textfile>", [
        "[show|print] the end of <textfile>", "tail <textfile>", "last lines of <textfile>",
        "show the last few lines of a file",
    ]),
    ("tail -f <logfile>", [
        "follow <logfile>", "watch <logfile> [live|in real time|as it grows]",
        "[stream|show] new lines [of|in] <logfile> as they [arrive|appear]", "tail -f <logfile>",
        "keep <logfile> open and show updates", "follow a log file", "monitor <logfile>",
    ]),
    ("sort <listfile>", [
        "sort [the lines of |the lines in |]<listfile>", "sort <listfile> alphabetically",
        "[show|print] <listfile> sorted", "sort a file",
    ]),
    ("sort -r <listfile>", [
        "sort <listfile> in reverse [order|]", "reverse sort <listfile>", "sort <listfile> from z to a",
        "sort a file in descending order",
    ]),
    ("sort -n <listfile>", [
        "sort <listfile> numerically", "sort the numbers in <listfile>", "numeric sort of <listfile>",
        "sort a file by number",
    ]),
    ("sort -u <listfile>", [
        "remove duplicate lines from <listfile>", "sort <listfile> and remove duplicates",
        "unique lines [of|in] <listfile>", "deduplicate <listfile>", "remove duplicates from a file",
    ]),
    ("sort <listfile> | uniq -c | sort -rn", [
        "count [how many times each line appears|occurrences of each line|duplicate lines] in <listfile>",
        "most common lines in <listfile>", "frequency of each line in <listfile>", "count duplicates in a file",
    ]),
    ("sort -t, -k<col>,<col> <csvfile>", ["sort <csvfile> by <col>", "order the rows of <csvfile> by <col>"]),
    ("sort -t, -k<col>,<col>n <csvfile>", [
        "sort <csvfile> by <col> numerically", "sort the csv <csvfile> numerically on <col>",
    ]),
    ("cut -d, -f<col> <csvfile>", [
        "[print|show|extract|get] <col> of <csvfile>", "cut <col> from <csvfile>",
        "only show <col> of the csv <csvfile>", "extract a column from a csv file", "get <col> from a csv",
    ]),
    ("awk '{print $<col>}' <spacefile>", [
        "print <col> of [each line in |every line of |]<spacefile>", "[show|extract] <col> from <spacefile>",
        "awk print <col> of <spacefile>", "print a column of a whitespace separated file",
    ]),
    ("awk -F, '{sum += $<col>} END {print sum}' <csvfile>", [
        "sum <col> of <csvfile>", "add up [the values in |]<col> [of|in] <csvfile>",
        "total of <col> in <csvfile>", "sum a column in a csv file",
    ]),
    ("column -t -s, <csvfile>", [
        "[show|display|view] <csvfile> as a table", "align the columns of <csvfile>",
        "print <csvfile> in neat columns", "view a csv file as a table",
    ]),
    ("sed -i 's/<old>/<new>/g' <myfile>", [
        "replace [all |every |]<old> with <new> in <myfile>", "change every <old> to <new> in <myfile>",
        "substitute <old> with <new> in <myfile>", "in <myfile> replace <old> by <new>",
        "find and replace <old> with <new> in <myfile>", "replace text in a file",
        "sed replace <old> with <new> in <myfile>", "replace a word in <myfile>",
    ]),
    ("sed 's/<old>/<new>/g' <myfile>", [
        "show <myfile> with <old> replaced by <new> [without changing the file|]",
        "preview replacing <old> with <new> in <myfile>",
    ]),
    ("sed -n '<line_start>,<line_end>p' <textfile>", [
        "[show|print|display] lines <line_start> to <line_end> of <textfile>",
        "lines <line_start>-<line_end> [of|in|from] <textfile>",
        "print from line <line_start> to line <line_end> in <textfile>", "print a range of lines from a file",
    ]),
    ("sed -n '<line>p' <textfile>", [
        "[show|print] line <line> of <textfile>", "what is on line <line> of <textfile>",
        "get line number <line> from <textfile>", "print a specific line of a file",
    ]),
    ("sed -i '<line>d' <myfile>", [
        "delete line <line> [from|of|in] <myfile>", "remove line <line> from <myfile>",
        "delete a specific line from a file",
    ]),
    ("sed -i '/^$/d' <myfile>", [
        "[delete|remove] [all |]empty lines [from|in] <myfile>", "strip blank lines from <myfile>",
        "remove blank lines from a file",
    ]),
    ("sed -i 's/[[:space:]]*$//' <myfile>", [
        "remove trailing whitespace from <myfile>", "strip spaces at the end of lines in <myfile>",
        "delete trailing spaces in a file",
    ]),
    ("tr 'a-z' 'A-Z' < <textfile>", [
        "convert <textfile> to uppercase", "[show|print] <textfile> in upper case",
        "uppercase [the contents of |]<textfile>", "make all text in a file uppercase",
    ]),
    ("tr 'A-Z' 'a-z' < <textfile>", [
        "convert <textfile> to lowercase", "[show|print] <textfile> in lower case", "lowercase <textfile>",
    ]),
    ("diff <file_a> <file_b>", [
        "compare <file_a> [and|with|to] <file_b>", "diff <file_a> <file_b>",
        "[show|what are] the differences between <file_a> and <file_b>",
        "what changed between <file_a> and <file_b>", "compare two files", "are <file_a> and <file_b> different",
    ]),
    ("diff -u <file_a> <file_b>", [
        "unified diff of <file_a> and <file_b>", "make a patch [from|between] <file_a> [and|to] <file_b>",
    ]),
    ("comm -12 <(sort <file_a>) <(sort <file_b>)", [
        "[show|find] lines [common to|that appear in both] <file_a> and <file_b>",
        "which lines are in both <file_a> and <file_b>",
    ]),
    ("cat <file_a> <file_b> > <merged>", [
        "[merge|combine|concatenate|join] <file_a> and <file_b> into <merged>",
        "cat <file_a> and <file_b> into <merged>", "combine two files into one",
    ]),
    ("echo '<text>' >> <myfile>", [
        "[append|add] [the line |]<text> to [the end of |]<myfile>", "add <text> at the end of <myfile>",
        "append a line to a file", "write <text> to the end of <myfile>",
    ]),
    ("echo '<text>' > <myfile>", [
        "[write|put] <text> [into|in] <myfile>, replacing its contents", "overwrite <myfile> with <text>",
        "write a line to a file, replacing it",
    ]),
    ("cat -n <textfile>", [
        "[show|print] <textfile> with line numbers", "number the lines of <textfile>",
        "display a file with line numbers",
    ]),
    ("tac <textfile>", [
        "[show|print] <textfile> in reverse [line |]order", "reverse the lines of <textfile>",
        "print a file backwards, last line first",
    ]),
    ("jq . <jsonfile>", [
        "pretty print <jsonfile>", "format <jsonfile> nicely", "[show|view] <jsonfile> [formatted|pretty-printed]",
        "pretty-print a json file", "make <jsonfile> readable",
    ]),
    ("jq '.<jkey>' <jsonfile>", [
        "[get|show|print|extract] the <jkey> field [from|of] <jsonfile>", "what is the <jkey> in <jsonfile>",
        "read .<jkey> from <jsonfile>", "extract a field from a json file",
    ]),
    ("split -l <chunk> <bigtext>", [
        "split <bigtext> into [chunks|files|pieces] of <chunk> lines [each|]",
        "break <bigtext> into <chunk>-line files", "split a file into smaller files by line count",
    ]),
    ("split -b <chunk_size> <bigfile>", [
        "split <bigfile> into <chunk_size> [pieces|parts|chunks]", "break <bigfile> into parts of <chunk_size>",
        "split a large file into pieces",
    ]),
    ("dos2unix <myfile>", [
        "convert <myfile> [from windows |]to unix line endings", "fix windows line endings in <myfile>",
        "remove carriage returns from <myfile>", "dos2unix <myfile>",
    ]),
    ("base64 <file>", ["[encode|convert] <file> [to|in|as] base64", "base64 encode <file>"]),
    ("base64 -d <b64file>", ["decode <b64file> from base64", "base64 decode <b64file>", "decode a base64 file"]),
]

ARCHIVE_TASKS = [
    ("tar -czf <targz> <workdir>", [
        "[compress|archive|pack] <workdir> [into|as|to] <targz>",
        "create [a tarball|a tar.gz|an archive] <targz> [of|from] <workdir>",
        "tar and gzip <workdir> [into|as] <targz>", "make a tar.gz of <workdir>",
        "compress a folder into a tar.gz", "create a compressed archive of a directory", "tar <workdir>",
    ]),
    ("tar -xzf <targz>", [
        "[extract|unpack|untar|decompress|unzip] <targz>", "open [the archive |]<targz>",
        "extract [the files from |the contents of |]<targz>", "tar -xzf <targz>", "extract a tar.gz file",
        "how to untar a tgz", "unpack a tarball",
    ]),
    ("tar -xzf <targz> -C <workdir>", [
        "extract <targz> [into|to|in] <workdir>", "unpack <targz> into [the |]<workdir> [folder|directory|]",
        "untar <targz> to <workdir>", "extract a tar.gz into a specific directory",
        "extract <targz> somewhere else",
    ]),
    ("tar -tzf <targz>", [
        "[list|show] [the |][files|contents] [in|of|inside] <targz> [without extracting|]",
        "what's inside <targz>", "what files are in <targz>", "peek into <targz>",
        "list the contents of a tar.gz",
    ]),
    ("tar -xjf <tarbz>", ["[extract|unpack|untar|decompress] <tarbz>", "extract [a|the] tar.bz2 [file|archive]",
                          "open <tarbz>"]),
    ("tar -cjf <tarbz> <workdir>", ["[compress|archive] <workdir> [into|as] <tarbz> [with bzip2|]",
                                    "create a bzip2 tarball <tarbz> of <workdir>"]),
    ("tar -xJf <tarxz>", ["[extract|unpack|untar|decompress] <tarxz>", "extract a tar.xz [file|archive]",
                          "open <tarxz>"]),
    ("tar -cJf <tarxz> <workdir>", ["compress <workdir> [into|as] <tarxz> [with xz|]",
                                    "create an xz tarball <tarxz> from <workdir>"]),
    ("tar -xf <tar>", ["[extract|unpack|untar] <tar>", "extract a [plain |]tar file", "open <tar>"]),
    ("tar -cf <tar> <workdir>", [
        "[create|make] a tar [archive|file] <tar> [of|from] <workdir> [without compression|]",
        "tar <workdir> into <tar> without compressing",
    ]),
    ("tar -rf <tar> <file>", ["add <file> to [the tar archive |]<tar>", "append <file> to <tar>"]),
    ("tar -czf <targz> --exclude='<exclude>' <workdir>", [
        "[compress|archive] <workdir> [into|as] <targz> [excluding|without|but skip] <exclude>",
        "tar <workdir> without <exclude>", "make an archive of <workdir> but leave out <exclude>",
    ]),
    ("zip -r <zip> <workdir>", [
        "zip [the folder |the directory |up ]<workdir> [into|as] <zip>",
        "[create|make] [a zip|a zip file|an archive] <zip> [of|from|with] <workdir>",
        "compress <workdir> [into|as] [a zip|<zip>]", "zip a folder", "zip up a directory",
        "make a zip of <workdir>",
    ]),
    ("zip <zip> <file>", [
        "zip <file> [into|as] <zip>", "[add|put] <file> [into|in] [a zip|<zip>]", "compress <file> into <zip>",
        "zip a single file", "make a zip archive containing <file>",
    ]),
    ("unzip <zip>", [
        "[unzip|extract|unpack|decompress|open] <zip>", "extract [the contents of |the files from |]<zip>",
        "unzip a file", "extract a zip archive", "how do i open a zip file",
    ]),
    ("unzip <zip> -d <workdir>", [
        "[unzip|extract] <zip> [into|to|in] <workdir>", "unpack <zip> into [the |]<workdir> [folder|]",
        "unzip into a specific directory", "extract <zip> to a folder",
    ]),
    ("unzip -l <zip>", [
        "[list|show] [the |][files|contents] [in|of|inside] <zip> [without extracting|]", "what's in <zip>",
        "what files are inside <zip>", "list the contents of a zip file",
    ]),
    ("zip -er <zip> <workdir>", [
        "[create|make] a password protected zip [of|from] <workdir> [called|named] <zip>",
        "zip <workdir> with a password [into|as] <zip>", "encrypt <workdir> into <zip>",
        "password protect a zip archive",
    ]),
    ("gzip <file>", ["[compress|gzip] <file> [with gzip|]", "compress a file with gzip"]),
    ("gzip -k <file>", [
        "gzip <file> [but|and] keep the original", "compress <file> without deleting [it|the original]",
        "gzip a file and keep the original",
    ]),
    ("gunzip <gz>", ["[decompress|unzip|gunzip|extract|uncompress] <gz>", "unpack <gz>",
                     "decompress a .gz file", "extract a gz file"]),
    ("zcat <gz>", [
        "[show|read|view|print] <gz> without [decompressing|extracting] [it|]", "cat the compressed file <gz>",
        "zcat <gz>", "view a gzipped file without extracting it",
    ]),
    ("zgrep '<pattern>' <gz>", [
        "search [for |]<pattern> in <gz> [without decompressing|]",
        "grep <pattern> in the compressed [file|log] <gz>", "search inside a gzipped file",
    ]),
    ("7z x <sevenz>", ["[extract|unpack|open|unzip] <sevenz>", "extract a 7z [archive|file]",
                       "7z extract <sevenz>"]),
    ("7z a <sevenz> <workdir>", [
        "[create|make] a 7z archive <sevenz> [of|from] <workdir>",
        "compress <workdir> [into|as|to] <sevenz> [with 7zip|]", "7zip <workdir>",
    ]),
    ("unrar x <rar>", ["[extract|unpack|open|unrar] <rar>", "extract a rar [archive|file]"]),
    ("bunzip2 <bz2>", ["[decompress|extract|uncompress] <bz2>", "bunzip2 <bz2>", "decompress a .bz2 file"]),
    ("unxz <xz>", ["[decompress|extract|uncompress] <xz>", "unxz <xz>", "decompress an .xz file"]),
    ("xz <file>", ["compress <file> with xz", "xz <file>", "compress a file with xz"]),
]

PERMISSION_TASKS = [
    ("chmod +x <script>", [
        "make <script> executable", "[give|add] [execute|exec] permission [to|on] <script>",
        "allow <script> to be executed", "chmod +x <script>", "make a script executable",
        "i can't run <script>, permission denied", "mark <script> as executable",
    ]),
    ("chmod -x <script>", ["remove [the |]execute permission [from|on] <script>",
                           "make <script> not executable", "chmod -x <script>"]),
    ("chmod <mode> <file>", [
        "[set|change] [the |]permissions [of|on|for] <file> to <mode>", "chmod <file> to <mode>",
        "chmod <mode> <file>", "give <file> <mode> permissions", "change a file's permissions",
        "set permissions on a file",
    ]),
    ("chmod -R <mode> <workdir>", [
        "[set|change] [the |]permissions [of|on] <workdir> [and everything inside|recursively] to <mode>",
        "recursively chmod <workdir> to <mode>", "chmod -R <mode> <workdir>",
        "apply <mode> to every file in <workdir>", "change permissions of a folder recursively",
    ]),
    ("chmod 600 <private>", [
        "make <private> readable only by me", "[restrict|lock down] <private> so only i can read [and write |]it",
        "make <private> private", "fix permissions on <private> [so ssh accepts it|]",
        "only the owner should access <private>",
    ]),
    ("chmod 700 ~/.ssh", ["fix [the |]permissions [of|on] [my |the ]~/.ssh [folder|directory]",
                          "make my ssh directory private", "set ~/.ssh to 700"]),
    ("chmod go-w <file>", [
        "remove write permission for [group and others|everyone but me] [from|on] <file>",
        "stop others from writing to <file>", "chmod go-w <file>",
    ]),
    ("chmod o-rwx <file>", [
        "take away all permissions for others on <file>", "make <file> inaccessible to other users",
        "remove [all |]access for others [to|on] <file>",
    ]),
    ("chmod a+r <file>", ["make <file> readable by everyone", "give everyone read access to <file>",
                          "allow all users to read <file>"]),
    ("chmod g+w <file>", ["give the group write permission on <file>",
                          "let [the |]group members edit <file>", "add group write access to <file>"]),
    ("sudo chown <user> <file>", [
        "[change|set] [the |]owner of <file> to <user>", "make <user> the owner of <file>",
        "chown <file> to <user>", "give ownership of <file> to <user>", "change the owner of a file",
        "transfer <file> to <user>",
    ]),
    ("sudo chown <user>:<group> <file>", [
        "[change|set] [the |]owner of <file> to <user> and [the |]group to <group>",
        "chown <file> to <user>:<group>", "make <file> owned by <user> and group <group>",
        "change owner and group of a file",
    ]),
    ("sudo chown -R <user>:<group> <ownerdir>", [
        "recursively change [the |]owner of <ownerdir> to <user>:<group>", "chown -R <user>:<group> <ownerdir>",
        "make <user> and group <group> own everything in <ownerdir>", "change ownership of a folder recursively",
    ]),
    ("sudo chown -R $USER:$USER <ownerdir>", [
        "take ownership of <ownerdir>", "make me the owner of <ownerdir> [and everything in it|]",
        "give my user ownership of <ownerdir>", "i don't own <ownerdir>, fix it", "take ownership of a folder",
    ]),
    ("sudo chgrp <group> <file>", [
        "change the group of <file> to <group>", "chgrp <file> to <group>",
        "set group ownership of <file> to <group>", "change a file's group",
    ]),
    ("sudo chgrp -R <group> <ownerdir>", [
        "recursively change the group of <ownerdir> to <group>",
        "give the <group> group ownership of everything in <ownerdir>",
    ]),
    ("ls -l <file>", [
        "[show|check|view] [the |]permissions [of|on|for] <file>", "who owns <file>",
        "what are the permissions of <file>", "[show|list] owner and permissions of <file>",
        "check file permissions",
    ]),
    ("ls -ld <ownerdir>", [
        "[show|check] [the |]permissions of the [directory|folder] <ownerdir> [itself|]",
        "who owns the directory <ownerdir>",
    ]),
    ("stat -c '%a' <file>", [
        "[show|get] [the |]permissions of <file> [in octal|as a number|in numeric form]",
        "what is the octal mode of <file>", "numeric permissions of <file>",
    ]),
    ("umask", ["show [the |my |the current ]umask", "what is my umask",
               "[show|what is] the default permission mask", "umask"]),
    ("find <ownerdir> -type f -exec chmod 644 {} +", [
        "set all files in <ownerdir> to 644", "chmod every file [in|under] <ownerdir> to 644 [but not directories|]",
        "give all files under <ownerdir> 644 permissions", "change permissions of only files recursively",
    ]),
    ("find <ownerdir> -type d -exec chmod 755 {} +", [
        "set all [directories|folders|subdirectories] in <ownerdir> to 755",
        "chmod only the directories under <ownerdir> to 755", "give every folder in <ownerdir> 755 permissions",
    ]),
    ("find <directory?.> -user <user>", [
        "find [all |]files owned by <user> [in <directory>|]", "which files [in <directory> |]belong to <user>",
        "[list|show] files that <user> owns", "find files by owner",
    ]),
    ("find <directory?.> -type f -perm -0002", [
        "find world-writable files [in <directory>|]", "[list|show] files anyone can write to [in <directory>|]",
    ]),
    ("find / -perm -4000 -type f 2>/dev/null", [
        "find [all |]setuid [files|binaries|programs]", "[list|show] suid binaries on the system",
        "which programs run with setuid",
    ]),
    ("sudo chattr +i <file>", [
        "make <file> immutable", "prevent <file> from being [changed|deleted|modified] even by root",
        "chattr +i <file>", "lock a file against changes",
    ]),
    ("sudo chattr -i <file>", ["make <file> mutable again", "remove the immutable flag from <file>"]),
    ("setfacl -m u:<user>:rw <file>", [
        "give <user> read and write access to <file>", "let <user> [read and edit|edit] <file> [using an acl|]",
        "add an acl entry for <user> on <file>", "grant a specific user access to a file",
    ]),
    ("setfacl -m u:<user>:r <file>", ["give <user> read[-only| only] access to <file>", "let <user> read <file>"]),
    ("getfacl <file>", ["[show|list] [the |]acl[s|] [of|on|for] <file>", "getfacl <file>",
                        "which users have extra access to <file>"]),
]

USER_TASKS = [
    ("whoami", [
        "who am i", "what is my username", "[show|print] my [user name|username]", "current user",
        "which user am i [logged in as|]", "whoami", "what user is this shell running as",
    ]),
    ("id <user?>", [
        "[show|get] [the |]user id of <user>", "uid and gid of <user>", "what is <user>'s uid", "id <user>",
        "show my user id and groups", "what is my uid", "[show|print] my uid and gid",
    ]),
    ("groups <user?>", [
        "what groups [am i in|do i belong to]", "[list|show] my groups", "which groups does <user> belong to",
        "[list|show] groups of <user>", "groups <user>", "is <user> in any groups",
    ]),
    ("who", ["who is logged in", "[show|list] [the |]logged in users", "[list|show] users currently logged in",
             "who else is on this machine", "who is connected to this server"]),
    ("w", ["what are [the |]logged[-| ]in users doing", "show who is logged in and what they are running",
           "[show|list] user sessions with their activity"]),
    ("last <user?>", [
        "[show|list] [the |]login history", "[show|list] recent logins", "when did <user> last log in",
        "[show|list] <user>'s [login history|recent logins]", "last logins on this machine",
        "who logged in recently",
    ]),
    ("sudo adduser <user>", [
        "[create|add|make] a [new |]user [called|named|account for] <user>", "add user <user>",
        "make an account for <user>", "create a new user account", "adduser <user>",
        "set up a login for <user>", "add a user",
    ]),
    ("sudo useradd -r -s /usr/sbin/nologin <svcuser>", [
        "create a system user <svcuser> [with no login shell|that cannot log in]",
        "add a service account <svcuser> without login", "create a user that can't log in",
    ]),
    ("sudo deluser <user>", [
        "[delete|remove] [the |]user <user>", "[delete|remove] <user>'s account", "deluser <user>",
        "remove a user account", "delete the account of <user> but keep their files",
    ]),
    ("sudo deluser --remove-home <user>", [
        "[delete|remove] [the |]user <user> and [their|his|her] home [directory|folder]",
        "completely remove <user> including [their |]home", "delete a user and their home directory",
    ]),
    ("passwd", ["change my password", "[set|update|reset] my [own |]password", "passwd",
                "i want a new password"]),
    ("sudo passwd <user>", [
        "change [the |]password [of|for] <user>", "reset <user>'s password", "set a [new |]password for <user>",
        "passwd <user>", "change another user's password",
    ]),
    ("sudo usermod -aG <group> <user>", [
        "add <user> to [the |]<group> group", "put <user> in [group|the group] <group>",
        "make <user> a member of <group>", "usermod -aG <group> <user>", "add a user to a group",
        "give <user> access to the <group> group",
    ]),
    ("sudo usermod -aG <group> $USER", [
        "add me to the <group> group", "add myself to [the |]<group> [group|]", "put my user in <group>",
        "add the current user to a group",
    ]),
    ("sudo usermod -aG sudo <user>", [
        "give <user> sudo [rights|access|privileges]", "make <user> an admin[istrator|]", "let <user> use sudo",
        "grant a user sudo access",
    ]),
    ("sudo gpasswd -d <user> <group>", [
        "remove <user> from [the |]<group> group", "take <user> out of <group>", "delete <user> from group <group>",
        "remove a user from a group",
    ]),
    ("sudo groupadd <group>", ["[create|add|make] a [new |]group [called|named] <group>", "groupadd <group>",
                               "create a user group"]),
    ("sudo groupdel <group>", ["[delete|remove] the group <group>", "groupdel <group>", "delete a group"]),
    ("getent group <group>", [
        "who is in the <group> group", "[list|show] [the |]members of [the |]<group> [group|]",
        "which users belong to <group>", "list the members of a group",
    ]),
    ("cut -d: -f1 /etc/passwd", [
        "list all users [on this system|on the machine|]", "[show|list] every user account",
        "what users exist on this [system|machine|computer]", "show all usernames", "user list",
    ]),
    ("cut -d: -f1 /etc/group", ["list all groups [on the system|]", "[show|list] every group",
                                "what groups exist on this machine"]),
    ("su - <user>", ["switch to [the |]user <user>", "log in as <user>", "become <user>", "su to <user>",
                     "change to another user account"]),
    ("sudo -i", ["become root", "[open|start|get] a root shell", "switch to [the |]root [user|account]",
                 "log in as root", "sudo su"]),
    ("sudo -l", [
        "what [commands |]can i run with sudo", "[list|show] my sudo privileges", "what are my sudo permissions",
        "do i have sudo [rights|access]", "check [my |]sudo access",
    ]),
    ("sudo passwd -l <user>", [
        "lock [the |]user [account |]<user>", "disable <user>'s [password|login]", "prevent <user> from logging in",
        "lock a user account",
    ]),
    ("sudo passwd -u <user>", ["unlock [the |]user [account |]<user>", "re-enable <user>'s [account|login]",
                               "unlock a user account"]),
    ("sudo chage -l <user>", [
        "when does <user>'s password expire", "[show|check] password [expiry|aging] [info |]for <user>",
        "password expiration for <user>",
    ]),
    ("sudo chage -d 0 <user>", [
        "force <user> to change [their |]password at next login", "expire <user>'s password [now|]",
        "make a user change password on next login",
    ]),
    ("chsh -s <shell>", [
        "change my [default |login |]shell to <shell>", "make <shell> my default shell",
        "switch my shell to <shell>", "set <shell> as my login shell", "change my default shell",
    ]),
    ("sudo chsh -s <shell> <user>", [
        "change <user>'s shell to <shell>", "set the login shell of <user> to <shell>",
        "give <user> <shell> as [their |]default shell",
    ]),
    ("sudo lastb", ["[show|list] failed login attempts", "who tried to log in and failed",
                    "[show|list] bad logins", "failed logins"]),
    ("echo $HOME", ["what is my home directory", "[show|print] my home [folder|directory] path",
                    "where is my home folder"]),
    ("sudo visudo", ["edit [the |]sudoers file", "change sudo [rules|configuration|permissions] [safely|]",
                     "visudo"]),
]

PROCESS_TASKS = [
    ("ps aux", [
        "[list|show] [all |every |the ]running processes", "what processes are running",
        "[show|list] [all |]processes", "ps aux", "process list", "what is running on this machine",
        "show everything that's running",
    ]),
    ("ps aux | grep <process>", [
        "is <process> running", "[show|find] [the |]<process> processes", "check if <process> is running",
        "ps aux grep <process>", "is a program running",
    ]),
    ("pgrep -a <process>", [
        "[get|find] the pid of <process>", "what is the pid of <process>", "process id of <process>",
        "pgrep <process>", "which pid does <process> have", "find the pid of a program",
    ]),
    ("pgrep -c <process>", ["how many <process> processes are running", "count [the |]<process> processes"]),
    ("top", [
        "[show|monitor] [live |][cpu|system] usage [of processes|]", "task manager",
        "monitor processes [in real time|live]", "top", "what is using [the |]cpu right now",
    ]),
    ("htop", ["open htop", "htop", "[run|launch|start] htop", "interactive process viewer"]),
    ("top -u <user>", ["[show|monitor] processes of <user> [live|in top]", "top for user <user>"]),
    ("ps -u <user>", [
        "[list|show] [all |the ]processes [of|owned by|run by|belonging to] <user>", "what is <user> running",
        "which processes does <user> have", "ps -u <user>", "processes of a user",
    ]),
    ("kill <pid>", [
        "kill [process |pid |the process |]<pid>", "stop [the |]process [with pid |with id |]<pid>",
        "terminate [process |pid ]<pid>", "end process <pid>", "kill a process by pid",
    ]),
    ("kill -9 <pid>", [
        "force kill [process |pid |]<pid>", "kill -9 <pid>", "[process |pid ]<pid> [won't|will not] die, force [it|kill it]",
        "send sigkill to <pid>", "forcefully terminate [process |]<pid>", "kill a stuck process by pid",
    ]),
    ("pkill <process>", [
        "kill [all |every |all the ][<process>|<process> processes]", "stop [all |every |]<process> process[es|]",
        "close [all |]<process> [processes|windows|]", "pkill <process>", "kill a program by name",
        "terminate every <process> process",
    ]),
    ("pkill -9 <process>", [
        "force kill [all |]<process> [processes|]", "kill -9 [all |]<process> [processes|]",
        "<process> is frozen, kill it", "<process> is not responding, force quit it", "force quit <process>",
    ]),
    ("ps aux --sort=-%mem | head", [
        "which processes use the most memory", "[show|list] [the |]top memory [consumers|hogs|users]",
        "what is eating [all |]my [ram|memory]", "processes sorted by memory usage", "biggest memory users",
    ]),
    ("ps aux --sort=-%cpu | head", [
        "which processes use the most cpu", "[show|list] [the |]top cpu [consumers|hogs]", "what is eating my cpu",
        "processes sorted by cpu usage", "what's slowing down my computer",
    ]),
    ("sudo lsof -i :<port>", [
        "which process is using port <port>", "what is [listening on|using|running on] port <port>",
        "who is using port <port>", "find the process on port <port>", "lsof port <port>",
        "port <port> is already in use, what is using it", "what process has port <port> open",
        "find which program is using a port",
    ]),
    ("sudo fuser -k <port>/tcp", [
        "kill [the process|whatever is] [using|on|listening on] port <port>", "free up port <port>",
        "stop whatever is [running|listening] on port <port>",
    ]),
    ("nohup <command> &", [
        "run <command> in the background [even after i log out|so it keeps running after logout]",
        "keep <command> running after [i close the terminal|logout]", "nohup <command>",
        "start a command that survives logout",
    ]),
    ("<command> &", ["run <command> in the background", "start <command> as a background job",
                     "launch <command> and give me the prompt back"]),
    ("jobs", ["[list|show] [my |]background jobs", "jobs", "what jobs are running in this shell"]),
    ("fg", ["bring the [last |]background job to the foreground", "fg", "resume the job in the foreground",
            "bring it back to the foreground"]),
    ("bg", ["continue the stopped job in the background", "resume a suspended job in the background", "bg"]),
    ("pstree", ["[show|display] [the |]process tree", "pstree", "show processes as a tree",
                "which processes are children of which"]),
    ("ps -fp <pid>", [
        "what is process <pid>", "[show|get] [details|info] [about|for|of] [process |pid ]<pid>",
        "which program has pid <pid>", "what command is pid <pid> running",
    ]),
    ("ps -o ppid= -p <pid>", ["what is the parent [process |]of [pid |]<pid>", "parent pid of <pid>"]),
    ("lsof -p <pid>", ["[list|show] files [opened|open] by [process |pid ]<pid>",
                       "what files does [process |]<pid> have open", "lsof for pid <pid>"]),
    ("lsof <file>", ["which process has <file> open", "who is using <file>", "what program is holding <file>"]),
    ("renice -n <niceness?10> -p <pid>", [
        "lower the priority of [process |]<pid>", "renice [process |]<pid> to <niceness>",
        "set the nice value of <pid> to <niceness>", "make process <pid> use less cpu",
    ]),
    ("nice -n <niceness?10> <command>", [
        "run <command> with [low|lower] priority", "start <command> with nice [value |]<niceness>",
        "nice <command>", "run a command at low cpu priority",
    ]),
    ("watch -n <seconds> <watched>", [
        "run <watched> every <seconds> seconds", "watch <watched> [refreshing|updating] every <seconds> seconds",
        "repeat <watched> every <seconds> seconds",
    ]),
    ("watch <watched>", ["keep running <watched> and refresh the output", "watch <watched>",
                         "monitor the output of <watched>", "run a command repeatedly"]),
    ("time <command>", [
        "how long does <command> take [to run|]", "time [how long |]<command> [takes|]",
        "measure [the |]run time of <command>", "time a command",
    ]),
    ("kill -HUP <pid>", ["send hup to [process |]<pid>", "send sighup to <pid>",
                         "tell process <pid> to reload its config"]),
    ("kill -STOP <pid>", ["pause [process |]<pid>", "suspend process <pid>"]),
    ("kill -CONT <pid>", ["resume [process |]<pid>", "continue [the paused |]process <pid>"]),
]

DISK_TASKS = [
    ("df -h", [
        "[show|check] [free |available |]disk space", "how much [disk |]space is [free|left|available]",
        "disk usage", "df -h", "how full are my disks", "is my disk full",
        "[show|list] disk usage [of all filesystems|for every partition|]", "free space on my drives",
    ]),
    ("df -h <directory>", [
        "how much space is left on the [partition|disk|drive] [holding|with|that has] <directory>",
        "free space [on|for] <directory>", "df -h <directory>",
        "which filesystem is <directory> on [and how full is it|]",
    ]),
    ("df -hT", ["[show|list] [disk space with |]filesystem types", "df with filesystem types",
                "which file system does each partition use"]),
    ("df -i", ["[show|check] inode usage", "am i out of inodes", "df -i", "how many inodes are free"]),
    ("du -sh <directory?>", [
        "how big is [the |]<directory> [folder|directory|]", "[show|get|check] the size of <directory>",
        "size of <directory>", "how much space does <directory> [use|take up]", "du -sh <directory>",
        "total size of [this|the current] [folder|directory]", "how big is this folder",
    ]),
    ("du -sh * | sort -rh | head", [
        "what is taking up space [here|in this folder]", "[show|list] the biggest [folders|items] [here|in the current directory]",
        "which folders here are the largest", "sort the items here by size", "disk usage of each folder here",
    ]),
    ("du -sh <directory>/* | sort -rh | head", [
        "what is taking up space in <directory>", "[show|list] the biggest [folders|items] in <directory>",
        "which folders in <directory> are the largest", "disk usage of each folder in <directory>",
    ]),
    ("find <directory?.> -type f -exec du -h {} + | sort -rh | head -n 10", [
        "find the [biggest|largest] files [in <directory>|here|]", "[show|list] the 10 largest files [in <directory>|]",
        "which files take the most space [in <directory>|]", "top 10 biggest files [under <directory>|]",
    ]),
    ("lsblk", [
        "[list|show] [all |the |my ]disks", "[show|list] block devices", "what [drives|disks] are [connected|attached]",
        "[list|show] [all |]partitions", "lsblk", "which disks do i have",
    ]),
    ("lsblk -f", ["[show|list] [the |]filesystems [on each disk|and mount points]", "lsblk with filesystems",
                  "show disks with their file systems and uuids"]),
    ("sudo fdisk -l", ["[show|print] the partition table", "fdisk -l",
                       "[list|show] partitions with their sizes and types", "detailed partition info"]),
    ("sudo blkid <device?>", [
        "[show|get] the uuid of <device>", "what is the uuid of <device>", "[list|show] partition uuids",
        "blkid <device>", "uuids of all partitions",
    ]),
    ("findmnt", ["[show|list] mounted filesystems", "what is mounted [where|]", "findmnt", "show all mount points"]),
    ("sudo mount <device> <mountpoint>", [
        "mount <device> [on|at|to] <mountpoint>", "mount <device>", "attach <device> to <mountpoint>",
        "mount a usb drive", "mount a partition",
    ]),
    ("sudo umount <mountpoint>", [
        "unmount <mountpoint>", "umount <mountpoint>", "[safely |]remove the drive mounted at <mountpoint>",
        "unmount a drive", "eject <mountpoint>",
    ]),
    ("sudo umount <device>", ["unmount <device>", "umount <device>", "unmount the partition <device>"]),
    ("sudo mount -a", ["mount everything in fstab", "mount all filesystems [from|in] /etc/fstab",
                       "reload fstab mounts"]),
    ("sudo mount -o remount,rw /", ["remount [the |]root [filesystem |]as read-write", "make / writable again"]),
    ("sudo mkfs.ext4 <device>", [
        "format <device> [as|with|to] ext4", "make an ext4 filesystem on <device>", "mkfs ext4 <device>",
        "format a partition as ext4",
    ]),
    ("sudo mkfs.vfat -F 32 <device>", ["format <device> [as|with|to] fat32", "make <device> a fat32 drive",
                                       "format a usb stick as fat32"]),
    ("sudo mkfs.exfat <device>", ["format <device> [as|with|to] exfat", "format a usb drive as exfat"]),
    ("sudo fsck <device>", ["check <device> for errors", "[repair|fix] the filesystem on <device>",
                            "fsck <device>", "check a filesystem for errors"]),
    ("sudo smartctl -a <disk>", [
        "check [the |]health of <disk>", "[show|get] smart [data|info|status] for <disk>", "is <disk> failing",
        "smartctl <disk>", "check if my hard drive is dying",
    ]),
    ("sudo dd if=<iso> of=<disk> bs=4M status=progress conv=fsync", [
        "write <iso> to <disk>", "[make|create] a bootable usb [from|with] <iso> [on <disk>|]",
        "flash <iso> [to|onto] <disk>", "burn <iso> to a usb stick", "dd <iso> to <disk>",
        "write an iso image to a usb drive",
    ]),
    ("ncdu <directory?>", ["[browse|explore] disk usage [of <directory>|] interactively", "ncdu <directory>",
                           "interactive disk usage [viewer|]"]),
    ("swapon --show", ["[show|list] swap [space|usage|devices]", "how much swap do i have", "is swap enabled"]),
    ("sudo hdparm -Tt <disk>", ["test the read speed of <disk>", "benchmark <disk>"]),
    ("iostat -x 1", ["[show|monitor] disk [i/o|io] [activity|stats]", "which disk is busy"]),
    ("sudo iotop", ["which process is [using|writing to] the disk", "[show|monitor] disk io per process", "iotop"]),
]

SYSTEM_TASKS = [
    ("uname -r", ["[which|what] kernel [version |]am i running", "kernel version",
                  "[show|print] the kernel [version|release]", "uname -r", "what linux kernel is this"]),
    ("uname -a", ["[show|print] all system information", "uname -a", "[show|print] kernel and system details"]),
    ("cat /etc/os-release", [
        "which [linux |]distribution is this", "what version of ubuntu [is this|am i running|do i have]",
        "[show|print] the os version", "what os [is this|am i on]", "which debian version is installed",
        "distro version", "os release info",
    ]),
    ("hostname", ["what is my hostname", "[show|print] the hostname", "what is this machine called",
                  "name of this computer", "hostname"]),
    ("sudo hostnamectl set-hostname <hostname>", [
        "[change|set] [the |my ]hostname to <hostname>", "rename this [machine|computer|server] to <hostname>",
        "set-hostname <hostname>", "change the hostname", "call this machine <hostname>",
    ]),
    ("uptime", [
        "how long has [the system|this machine|the computer|the server] been [up|running]", "uptime",
        "[show|check] [the |]uptime", "time since last boot", "load average",
    ]),
    ("uptime -s", ["when did [the system|this machine] [boot|start]", "[show|what is] the boot time",
                   "when was the last boot"]),
    ("last reboot", ["[show|list] reboot history", "when was the system [last |]rebooted", "[show|list] past reboots"]),
    ("systemd-analyze", ["how long did [the computer|the system|my pc] take to boot", "systemd-analyze"]),
    ("systemd-analyze blame", ["which services slow down boot", "what is slowing down [my |]boot",
                               "[show|list] services by startup time"]),
    ("free -h", [
        "how much [memory|ram] is [free|available|used]", "[show|check] [memory|ram] usage", "free -h",
        "memory usage", "how much ram do i have", "is my memory full",
    ]),
    ("nproc", ["how many [cpus|cores|cpu cores|processors] [do i have|does this machine have]",
               "number of [cpus|cores|cpu cores]", "nproc", "count cpu cores"]),
    ("lscpu", ["[show|display] cpu [info|information|details]", "what [processor|cpu] do i have", "lscpu",
               "cpu model", "which cpu is in this machine"]),
    ("lspci", ["[list|show] pci devices", "lspci", "[show|list] [all |]hardware devices"]),
    ("lspci | grep -i vga", ["what graphics card do i have", "which [gpu|video card|graphics card] is installed",
                             "graphics card model"]),
    ("lsusb", ["[list|show] usb devices", "what is plugged into usb", "lsusb", "which usb devices are connected"]),
    ("date", ["what time is it", "[show|print] the [current |]date [and time|]", "what's the date [today|]",
              "date", "current time"]),
    ("timedatectl", ["[show|what is] [the |my ]timezone", "[show|check] time and date settings",
                     "is ntp [enabled|syncing]", "timedatectl"]),
    ("sudo timedatectl set-timezone <timezone>", [
        "[set|change] [the |my ]timezone to <timezone>", "switch [the |]timezone to <timezone>",
        "set-timezone <timezone>", "change the timezone",
    ]),
    ("timedatectl list-timezones", ["[list|show] [all |available ]timezones", "which timezones are available"]),
    ("cal", ["[show|display] [a |the |this month's ]calendar", "cal", "calendar for this month"]),
    ("printenv", ["[show|list|print] [all |]environment variables", "env vars", "printenv",
                  "what environment variables are set"]),
    ("echo $<var>", [
        "[show|print] [the value of |]$<var>", "what is [the value of |]$<var>", "[show|print] the <var> variable",
        "echo $<var>", "value of <var>",
    ]),
    ("export <var_name>=<var_value>", [
        "set [the |][environment |]variable <var_name> to <var_value>", "export <var_name>=<var_value>",
        "make <var_name> equal <var_value>", "set an environment variable",
    ]),
    ("echo $SHELL", ["which shell am i using", "what is my [current |default |]shell", "[show|print] my shell"]),
    ("history", ["[show|list] [my |the ]command history", "history", "what commands did i run [recently|before]",
                 "previous commands"]),
    ("history | grep '<histword>'", [
        "search my [command |]history for <histword>", "find the <histword> [commands|command] i ran [before|earlier]",
        "which <histword> commands did i run", "grep my history for <histword>",
    ]),
    ("which <program>", [
        "where is <program> installed", "[show|get] the path [of|to] [the |]<program> [command|binary|executable]",
        "which <program>", "where does <program> [live|come from]", "find the location of a command",
    ]),
    ("man <program>", [
        "[show|open] the manual [for|of] <program>", "man [page |]<program>", "help for [the |]<program> [command|]",
        "how do i use <program>", "documentation for <program>", "read the man page of a command",
    ]),
    ("<verprogram> --version", ["what version of <verprogram> [is installed|do i have]",
                                "[show|check] the <verprogram> version", "<verprogram> version"]),
    ("sensors", ["[show|check] [the |]cpu temperature", "how hot is my [cpu|computer]", "sensors",
                 "[show|read] hardware [temperatures|sensors]"]),
    ("nvidia-smi", ["[show|check] gpu usage", "nvidia-smi", "is my [nvidia |]gpu being used", "gpu memory usage"]),
    ("sudo reboot", ["[restart|reboot] the [computer|machine|system|server]", "reboot", "reboot now",
                     "restart my pc"]),
    ("sudo shutdown -h now", ["shut down [now|the computer|the machine|this server]", "power off [the system|now]",
                              "turn off the computer", "shutdown now", "switch off the machine"]),
    ("sudo shutdown -r +<minutes>", ["reboot in <minutes> minutes", "restart the [machine|server] in <minutes> minutes",
                                     "schedule a reboot in <minutes> minutes"]),
    ("sudo shutdown -h +<minutes>", ["shut down in <minutes> minutes", "power off [the computer |]in <minutes> minutes",
                                     "schedule a shutdown in <minutes> minutes"]),
    ("sudo shutdown -c", ["cancel the [scheduled |pending ]shutdown", "cancel [the |]reboot", "abort shutdown"]),
    ("vmstat 1", ["[show|monitor] [memory, cpu and io|system] stats every second", "vmstat 1",
                  "live system performance counters"]),
    ("uname -m", ["what [cpu |]architecture [is this|am i on]", "is this [system |machine |]64[-| ]bit", "uname -m",
                  "is this arm or x86"]),
    ("alias <alias_name>='<alias_cmd>'", [
        "[create|make|add] an alias <alias_name> for <alias_cmd>", "alias <alias_cmd> as <alias_name>",
        "make <alias_name> a shortcut for <alias_cmd>", "create a command alias",
    ]),
    ("source ~/.bashrc", ["reload [my |the ]bashrc", "apply changes to ~/.bashrc [without restarting the terminal|]",
                          "source [my |]bashrc", "reload my shell config"]),
    ("clear", ["clear the [screen|terminal]", "clear", "clean the terminal"]),
    ("echo $?", ["[show|what was] the exit [code|status] of the last command", "did the last command succeed",
                 "echo $?", "return code of the previous command"]),
    ("lsmod", ["[list|show] loaded kernel modules", "lsmod", "which drivers are loaded"]),
    ("locale", ["[show|what is] [my |the |the current ]locale", "locale settings", "which language settings am i using"]),
    ("sudo dmidecode -t memory", ["[show|what] ram [modules|slots|sticks] are installed",
                                  "details of installed memory modules"]),
]

SERVICE_TASKS = [
    ("sudo systemctl start <service>", [
        "start [the |]<service> [service|]", "systemctl start <service>", "[launch|bring up] <service>",
        "start a service", "turn on <service>",
    ]),
    ("sudo systemctl stop <service>", [
        "stop [the |]<service> [service|]", "systemctl stop <service>", "turn off <service>", "stop a service",
        "kill the <service> service",
    ]),
    ("sudo systemctl restart <service>", [
        "restart [the |]<service> [service|]", "systemctl restart <service>", "bounce <service>",
        "restart a service", "<service> is acting up, restart it",
    ]),
    ("sudo systemctl reload <reloadable>", [
        "reload [the |]<reloadable> [service |]config[uration|]", "reload <reloadable> without restarting",
        "systemctl reload <reloadable>", "apply new config to <reloadable> without downtime",
    ]),
    ("systemctl status <service>", [
        "is <service> running", "[show|check] [the |]status of <service>", "<service> status",
        "systemctl status <service>", "is the <service> service [up|active|running]", "check a service's status",
        "what state is <service> in",
    ]),
    ("sudo systemctl enable <service>", [
        "enable <service> [at boot|on startup|]", "start <service> [automatically |][on|at] boot",
        "make <service> start [automatically |]at boot", "systemctl enable <service>", "enable a service at boot",
    ]),
    ("sudo systemctl disable <service>", [
        "disable <service> [at boot|on startup|]", "stop <service> from starting [at|on] boot",
        "don't start <service> automatically", "systemctl disable <service>", "disable a service",
    ]),
    ("sudo systemctl enable --now <service>", [
        "enable and start <service> [now|]", "start <service> now and on every boot",
        "enable <service> and start it immediately",
    ]),
    ("sudo systemctl disable --now <service>", ["stop and disable <service>",
                                                "stop <service> and keep it from starting at boot"]),
    ("systemctl list-units --type=service --state=running", [
        "[list|show] running services", "which services are running", "what services are active",
        "running systemd services",
    ]),
    ("systemctl list-unit-files --type=service", [
        "[list|show] all [installed |]services", "[list|show] every systemd service [and whether it is enabled|]",
        "which services are enabled",
    ]),
    ("systemctl --failed", ["[show|list] failed [services|units]", "which services [failed|have failed|crashed]",
                            "systemctl failed", "did any service fail"]),
    ("journalctl -u <service>", [
        "[show|view] [the |]logs [for|of] <service>", "<service> logs", "journalctl [for |]<service>",
        "what did <service> log", "show the <service> service log", "view a service's logs",
    ]),
    ("journalctl -u <service> -f", [
        "[follow|tail|watch] [the |]<service> logs", "follow logs of <service> [live|in real time]",
        "stream <service> logs", "tail the logs of a service",
    ]),
    ("journalctl -u <service> --since today", [
        "[show|view] today's logs [for|of] <service>", "<service> logs from today", "what did <service> log today",
    ]),
    ("journalctl -u <service> -n <n>", [
        "[show|view] the last <n> [log lines|lines of logs|log entries] [for|of] <service>",
        "last <n> lines of the <service> log",
    ]),
    ('journalctl --since "<ago>"', [
        "[show|view] [system |]logs from <ago>", "what happened in <ago>", "journal entries from <ago>",
        "system logs for a recent time window",
    ]),
    ("journalctl -f", [
        "follow the system log", "[watch|tail|stream] [the |]system logs [live|in real time|]", "journalctl -f",
        "show new log messages as they arrive",
    ]),
    ("journalctl -b", ["[show|view] logs [since|from] [the last |this ]boot", "journalctl -b",
                       "what happened since boot"]),
    ("journalctl -b -1", ["[show|view] logs from the previous boot",
                          "what happened [before|during] the last [crash|reboot|shutdown]",
                          "logs of the boot before this one"]),
    ("journalctl -p err -b", [
        "[show|list] errors [since boot|from this boot|in the system log]",
        "only show error messages [in the journal|from the logs]", "what errors happened since boot",
        "journal errors",
    ]),
    ("sudo journalctl --vacuum-size=<journal_size>", [
        "shrink [the |]journal to <journal_size>", "[limit|reduce] [the |]systemd logs to <journal_size>",
        "clean up journal logs [keeping|down to] <journal_size>", "free disk space used by old logs",
        "vacuum the journal",
    ]),
    ("sudo journalctl --vacuum-time=<days>d", ["delete journal logs older than <days> days",
                                               "keep only the last <days> days of [system |]logs"]),
    ("journalctl --disk-usage", ["how much [disk |]space do [the |]logs [use|take]", "journal disk usage",
                                 "size of the systemd journal"]),
    ("tail -f /var/log/syslog", ["watch the syslog", "[follow|tail] [the |]syslog",
                                 "show new syslog messages [live|as they come in]"]),
    ("sudo dmesg", ["[show|print|view] kernel messages", "dmesg", "[show|read] the kernel [log|ring buffer]",
                    "what did the kernel say"]),
    ("sudo dmesg -w", ["[follow|watch] kernel messages [live|]", "dmesg follow",
                       "watch the kernel log for new messages"]),
    ("sudo grep 'Failed password' /var/log/auth.log", [
        "[show|list|find] failed ssh [login attempts|logins]", "who tried to [brute force|break into] ssh",
        "failed password attempts in auth.log",
    ]),
    ("crontab -l", ["[list|show] my cron jobs", "what [cron jobs|scheduled tasks] do i have", "crontab -l",
                    "show my crontab"]),
    ("crontab -e", [
        "edit my cron jobs", "[add|create|schedule] a cron job", "edit [my |the ]crontab", "crontab -e",
        "schedule a [task|script] to run [daily|every night|periodically]",
    ]),
    ("sudo crontab -l -u <user>", ["[list|show] [the |]cron jobs [of|for] <user>", "what cron jobs does <user> have",
                                   "<user>'s crontab"]),
    ("systemctl list-timers", ["[list|show] [systemd |scheduled ]timers", "what timers are scheduled",
                               "systemctl list-timers", "when do the scheduled jobs run next"]),
    ("sudo systemctl daemon-reload", [
        "reload systemd [unit files|]", "daemon-reload", "i edited a unit file, reload [systemd|it]",
        "make systemd pick up changes to service files",
    ]),
    ("systemctl cat <service>", [
        "[show|print|view] the unit file [of|for] <service>", "systemctl cat <service>",
        "how is <service> configured in systemd", "where is the service file for <service>",
    ]),
    ("sudo systemctl edit <service>", [
        "[override|customize] [the |]<service> [service |]settings", "edit the systemd [unit|config] of <service>",
        "add an override for <service>",
    ]),
    ("systemctl is-enabled <service>", ["does <service> start [at|on] boot", "is <service> enabled",
                                        "systemctl is-enabled <service>", "will <service> start automatically"]),
    ("sudo nginx -t", ["test [the |]nginx config[uration|]", "check nginx config for [errors|syntax errors]",
                       "nginx -t", "is my nginx config valid"]),
    ("sudo apachectl configtest", ["test [the |]apache config[uration|]", "check apache config for errors"]),
    ("sudo sshd -t", ["test [the |]ssh server config", "check sshd_config for errors"]),
    ("docker ps", ["[list|show] running [docker |]containers", "docker ps", "which containers are running",
                   "what docker containers are up"]),
    ("docker ps -a", ["[list|show] all [docker |]containers [including stopped ones|]", "docker ps -a",
                      "show stopped containers too"]),
    ("docker logs -f <container>", ["[follow|tail] [the |]logs of [the |]<container> container",
                                    "docker logs -f <container>", "stream logs from container <container>"]),
    ("docker logs <container>", ["[show|view] [the |]logs [of|for] [the |]<container> container",
                                 "docker logs <container>", "what did the <container> container print"]),
    ("docker exec -it <container> bash", ["[open|get] a shell in [the |]<container> container",
                                          "exec into <container>", "log into the <container> container"]),
    ("docker images", ["[list|show] [docker |]images", "docker images", "which docker images do i have"]),
    ("docker compose up -d", ["start [the |][docker |]compose [stack|services] in the background",
                              "docker compose up [detached|in the background]", "bring up the compose project"]),
    ("docker compose down", ["stop [and remove |]the [docker |]compose [stack|services]", "docker compose down",
                             "tear down the compose project"]),
    ("docker stop <container>", ["stop [the |]<container> container", "docker stop <container>"]),
    ("docker restart <container>", ["restart [the |]<container> container", "docker restart <container>"]),
    ("docker system prune", ["clean up [unused |]docker [data|resources|images and containers]",
                             "docker system prune", "free space used by docker"]),
]

NETWORK_TASKS = [
    ("hostname -I", [
        "what is my ip [address|]", "[show|get] my [local |]ip [address|]", "my ip", "what's my local ip",
        "which ip does this machine have", "ip of this computer",
    ]),
    ("ip a", [
        "[show|list] [all |]ip addresses", "[show|list] network interfaces [and their addresses|with ip addresses]",
        "ip a", "ip addr", "ifconfig", "show ip configuration [of all interfaces|]",
    ]),
    ("ip a show <iface>", ["[show|what is] the ip [address |]of <iface>", "ip address of interface <iface>",
                           "[show|check] <iface> [details|status]"]),
    ("curl ifconfig.me", [
        "what is my public ip [address|]", "[show|get|find] my [public|external|internet] ip [address|]",
        "what ip do i have on the internet", "external ip",
    ]),
    ("ip route", ["[show|print] the routing table", "ip route", "[show|list] [network |]routes"]),
    ("ip route show default", ["what is my default gateway", "[show|which is] the default [gateway|route]",
                               "gateway ip", "router address"]),
    ("ping <host>", [
        "ping <host>", "is <host> [reachable|up|online]", "check [the |]connection to <host>", "can i reach <host>",
        "test [the |]network connectivity to <host>", "check if a host is up",
    ]),
    ("ping -c <count> <host>", ["ping <host> <count> times", "send <count> pings to <host>",
                                "ping <host> only <count> times", "ping -c <count> <host>"]),
    ("ping -c 4 8.8.8.8", ["am i [connected to|online on] the internet", "check [my |the |]internet connection",
                           "is the internet working", "test internet connectivity"]),
    ("sudo ss -tulpn", [
        "[show|list] [all |]open ports", "ports listening", "which ports are [open|listening] [on this machine|]",
        "[show|list] listening [ports|sockets|services]", "ss -tulpn", "netstat -tulpn",
        "what is listening on the network", "open ports",
    ]),
    ("ss -tn state established", ["[show|list] [active|established] [tcp |network ]connections",
                                  "current network connections"]),
    ("curl <url>", [
        "fetch <url>", "[get|show] the [contents|page|response] [of|from] <url>", "curl <url>",
        "make a [get |http ]request to <url>", "send a get request to <url>", "call the api [at|endpoint] <url>",
    ]),
    ("curl -I <url>", ["[show|get|print] [the |]http headers [of|from|for] <url>", "curl -I <url>",
                       "head request to <url>", "check the response headers of <url>"]),
    ("curl -s -o /dev/null -w '%{http_code}' <url>", [
        "[get|show|check] the [http |]status code [of|for|from] <url>", "what status code does <url> return",
        "is <url> returning 200",
    ]),
    ("wget <dl_url>", [
        "download <dl_url>", "wget <dl_url>", "[fetch|grab|get] the file [at|from] <dl_url>",
        "save <dl_url> [to disk|locally|here]", "download a file [from a url|from the internet]",
    ]),
    ("curl -O <dl_url>", ["download <dl_url> with curl", "curl -O <dl_url>", "save <dl_url> using curl",
                          "download a file with curl"]),
    ("wget -O <outfile> <save_url>", [
        "download <save_url> [and save it |]as <outfile>", "save <save_url> [to|as] <outfile>",
        "wget <save_url> into <outfile>",
        "download a url to a specific file name",
    ]),
    ("wget -c <dl_url>", ["[resume|continue] [the |]download [of|from] <dl_url>", "continue a broken download",
                          "wget -c <dl_url>"]),
    ("curl -X POST -H 'Content-Type: application/json' -d '<json>' <api_url>", [
        "post <json> to <api_url>", "send [a |]json [post |]request [with <json> |]to <api_url>",
        "post json data to <api_url>", "make a post request with json",
    ]),
    ("ssh <user>@<server>", [
        "ssh [in|]to <server> as <user>", "[connect|log in|login] to <server> as <user>", "ssh <user>@<server>",
        "open [an ssh|a remote] session [to|on] <server> as <user>", "ssh into a server",
        "remote login to <server> [with|as] [user |]<user>",
    ]),
    ("ssh <server>", ["ssh [into|to] <server>", "connect to <server> [over|with|via] ssh", "ssh <server>",
                      "log into <server>"]),
    ("ssh -p <port> <user>@<server>", [
        "ssh [in|]to <server> as <user> on port <port>", "ssh <user>@<server> [on|using|with] port <port>",
        "connect to <server> port <port> [over ssh |]as <user>", "ssh on a custom port",
    ]),
    ("ssh -i <keyfile> <user>@<server>", [
        "ssh [in|]to <server> as <user> [using|with] [the |]key <keyfile>",
        "connect to <server> with [the |]identity file <keyfile>", "ssh with a specific key",
    ]),
    ("ssh <user>@<server> '<rcmd>'", ["run <rcmd> on <server> [as <user>|] [over ssh|]",
                                      "execute <rcmd> remotely on <server>"]),
    ("scp <file> <user>@<server>:<remote_dir>", [
        "[copy|upload|send|transfer] <file> to <remote_dir> on <server> as <user>",
        "scp <file> to <user>@<server>:<remote_dir>", "upload <file> to <server> [as <user>|]",
        "copy a file to a remote server", "send <file> to <user> on <server>",
    ]),
    ("scp <user>@<server>:<remote_file> <workdir?.>", [
        "[download|copy|fetch|get] <remote_file> from <server> [as <user>|]",
        "copy <remote_file> from <server> to <workdir>", "scp <remote_file> from <server>",
        "download a file from a remote server",
    ]),
    ("scp -r <workdir> <user>@<server>:<remote_dir>", [
        "[copy|upload] the [folder|directory] <workdir> to <server> [into <remote_dir>|]",
        "recursively copy <workdir> to <user>@<server>", "copy a directory to a remote server",
    ]),
    ("rsync -avz <workdir>/ <user>@<server>:<remote_dir>", [
        "[sync|rsync|mirror] <workdir> to <server> [as <user>|]", "rsync <workdir> to <user>@<server>:<remote_dir>",
        "upload <workdir> to <remote_dir> on <server> with rsync", "sync a folder to a remote server",
    ]),
    ("ssh-keygen -t ed25519", ["[generate|create|make] [an|a new] ssh key[ pair|]", "ssh-keygen",
                               "i need an ssh key"]),
    ('ssh-keygen -t ed25519 -C "<email>"', [
        "[generate|create] [an|a new] ssh key for <email>", "make an ssh key with [the |]comment <email>",
        "ssh-keygen [with email|for] <email>",
    ]),
    ("ssh-copy-id <user>@<server>", [
        "copy my ssh key to <server> [as <user>|for <user>|]", "[install|add] my public key on <server> [for <user>|]",
        "ssh-copy-id <user>@<server>", "set up passwordless ssh to <server>", "enable key login on a server",
    ]),
    ("ssh -L <local_port>:localhost:<remote_port> <user>@<server>", [
        "forward local port <local_port> to port <remote_port> on <server>",
        "[create|open] an ssh tunnel from [local |]port <local_port> to <server>:<remote_port>",
        "tunnel port <remote_port> of <server> to [localhost:|local port ]<local_port>", "ssh port forwarding",
    ]),
    ("dig <domain>", ["[dns lookup|look up dns|resolve] [for |]<domain>", "dig <domain>",
                      "[query|check] dns [records |]for <domain>"]),
    ("dig +short <domain>", ["[what is|get|find] the ip [address |]of <domain>", "which ip does <domain> resolve to",
                             "resolve <domain> to an ip"]),
    ("dig +short MX <domain>", ["[show|what are|get] the mail servers [of|for] <domain>",
                                "mx records [of|for] <domain>"]),
    ("whois <domain>", ["whois <domain>", "who owns [the domain |]<domain>",
                        "[show|get] domain registration info for <domain>", "when does <domain> expire"]),
    ("traceroute <host>", ["trace [the |]route to <host>", "traceroute <host>",
                           "[show|what is] the network path to <host>", "which hops [are there |]to <host>"]),
    ("nc -zv <server> <port>", [
        "[check|test] if port <port> is open on <server>", "is port <port> [open|reachable] on <server>",
        "can i connect to <server> on port <port>", "test a tcp port on a remote host",
    ]),
    ("nmap <host>", ["scan [the |]ports [of|on] <host>", "[port scan|nmap] <host>", "which ports are open on <host>",
                     "scan a host for open ports"]),
    ("nmap -sn <subnet>", [
        "[find|list|scan for] [all |]devices on [the |]network <subnet>", "which hosts are up [in|on] <subnet>",
        "ping scan <subnet>", "what devices are on my network",
    ]),
    ("sudo ufw status", ["[show|check] [the |]firewall status", "is the firewall [on|enabled|active]",
                         "ufw status", "[show|list] firewall rules"]),
    ("sudo ufw allow <port>/tcp", [
        "[open|allow] port <port> [in the firewall|through the firewall|]", "ufw allow <port>",
        "let traffic in on port <port>", "open a port in the firewall", "allow incoming connections on port <port>",
    ]),
    ("sudo ufw deny <port>/tcp", ["[block|deny|close] port <port> [in the firewall|]", "ufw deny <port>",
                                  "block a port"]),
    ("sudo ufw delete allow <port>/tcp", ["remove the firewall rule [allowing|for] port <port>",
                                          "delete the ufw rule for port <port>"]),
    ("sudo ufw enable", ["[enable|turn on|activate] the firewall", "ufw enable"]),
    ("sudo ufw disable", ["[disable|turn off] the firewall", "ufw disable"]),
    ("sudo iptables -L -n -v", ["[list|show] iptables rules", "iptables -L",
                                "[show|dump] the iptables [chains|firewall rules]"]),
    ("ip link", ["[list|show] [network |]interfaces", "ip link", "which network [interfaces|cards|adapters] do i have"]),
    ("sudo ip link set <iface> down", ["[bring|take|set] [interface |]<iface> down",
                                       "disable [the |]interface <iface>", "turn off <iface>"]),
    ("sudo ip link set <iface> up", ["[bring|set] [interface |]<iface> up", "enable [the |]interface <iface>",
                                     "turn on <iface>"]),
    ("nmcli device wifi list", ["[list|show|scan for] [available |]wifi networks",
                                "which wifi networks are [around|nearby|available]", "nmcli wifi list", "scan wifi"]),
    ("nmcli device wifi connect <ssid> password <wifi_password>", [
        "connect to [the |]wifi [network |]<ssid> with password <wifi_password>",
        "join [wifi |]<ssid> [using|with] [the |]password <wifi_password>", "connect to a wifi network",
    ]),
    ("nmcli connection show", ["[list|show] [saved |]network connections", "nmcli connection show",
                               "which wifi networks have i saved"]),
    ("resolvectl status", ["which dns server[s|] am i using", "[show|check] [my |the ]dns [settings|servers|configuration]",
                           "resolvectl status"]),
    ("python3 -m http.server <port?>", [
        "[serve|share] this [folder|directory] over http [on port <port>|]",
        "start a simple [http|web] server [on port <port>|here|]", "python http server [on <port>|]",
        "quick web server for the current directory",
    ]),
    ("sudo tcpdump -i any port <port>", ["capture [network |]traffic on port <port>",
                                         "sniff packets [on|for] port <port>", "tcpdump port <port>",
                                         "watch packets going to port <port>"]),
    ("sudo tcpdump -i <iface>", ["capture [all |]traffic on <iface>", "sniff packets on [interface |]<iface>",
                                 "tcpdump on <iface>"]),
    ("ip neigh", ["[show|list] the arp table", "ip neigh", "[show|list] neighbour [table|entries]", "arp -a"]),
]

PACKAGE_TASKS = [
    ("sudo apt update", [
        "update [the |]package [list|lists|index]", "refresh [the |][apt |package ]cache", "apt update",
        "sync package lists", "fetch the latest package information",
    ]),
    ("sudo apt update && sudo apt upgrade", [
        "update [my |the |this ][system|computer|machine|server]", "install [all |the latest ]updates",
        "update everything", "update and upgrade [all packages|everything|]", "bring the system up to date",
        "patch this server",
    ]),
    ("sudo apt upgrade", ["upgrade [all |]installed packages", "apt upgrade", "upgrade [all |]packages",
                          "upgrade the packages i have installed"]),
    ("sudo apt full-upgrade", ["full upgrade", "do a full[ |-]upgrade [of the system|]", "dist-upgrade",
                               "upgrade packages even if it removes some"]),
    ("sudo apt install <package>", [
        "install <package>", "apt install <package>", "[get|set up] <package> [on this machine|]",
        "i need <package> installed", "how do i get <package>", "install a package", "install the <package> package",
        "<package> is not installed, install it", "sudo apt install <package>",
    ]),
    ("sudo apt install -y <package>", [
        "install <package> without [asking|prompting|confirmation]", "install <package> and answer yes [to everything|automatically]",
        "non-interactively install <package>",
    ]),
    ("sudo apt install <pkg_a> <pkg_b>", ["install <pkg_a> and <pkg_b>", "apt install <pkg_a> <pkg_b>",
                                          "i need both <pkg_a> and <pkg_b>"]),
    ("sudo apt remove <package>", [
        "[remove|uninstall] <package>", "apt remove <package>", "get rid of the package <package>",
        "uninstall a package", "i don't need <package> anymore, remove it",
    ]),
    ("sudo apt purge <package>", [
        "purge <package>", "[remove|uninstall] <package> [and its|including its|with all its] config [files|]",
        "completely remove <package>", "apt purge <package>", "remove a package and its config files",
    ]),
    ("sudo apt autoremove", ["remove [unused|unneeded|orphaned] packages", "apt autoremove",
                             "clean up packages that are no longer needed", "autoremove"]),
    ("apt search <keyword>", [
        "search [for |]packages [about|for|related to|matching] <keyword>", "apt search <keyword>",
        "find a package for <keyword>", "is there a package for <keyword>", "search the package repository",
    ]),
    ("apt show <package>", [
        "[show|get|display] [info|information|details] about [the package |]<package>", "apt show <package>",
        "describe [the package |]<package>", "what is the package <package>", "package details for <package>",
    ]),
    ("apt list --installed", ["[list|show] [all |]installed packages", "what packages are installed",
                              "apt list installed", "which packages do i have"]),
    ("dpkg -l | grep <package>", ["is <package> installed", "check if <package> is installed",
                                  "is the package <package> installed"]),
    ("apt list --upgradable", ["which packages can be upgraded", "[list|show] [available |pending ]updates",
                               "[list|show] upgradable packages", "are there any updates"]),
    ("sudo apt install ./<deb>", [
        "install <deb>", "install the deb [file |package |]<deb>", "dpkg install <deb>",
        "install a downloaded .deb [file|package]", "how do i install a deb file",
    ]),
    ("dpkg -L <package>", [
        "[list|show] [the |]files [installed by|in|of] [the package |]<package>", "what files did <package> install",
        "where did <package> put its files", "dpkg -L <package>",
    ]),
    ("dpkg -S <sys_path>", [
        "which package [owns|provides|installed] <sys_path>", "what package does <sys_path> [belong to|come from]",
        "dpkg -S <sys_path>", "find the package that owns a file",
    ]),
    ("apt-cache policy <package>", [
        "which version of the <package> package is available", "[show|check] [the |]available versions of <package>",
        "apt-cache policy <package>", "what version of <package> would apt install",
    ]),
    ("sudo apt install --only-upgrade <package>", [
        "upgrade [only |just ]<package>", "update [only |just |the package ]<package> to the latest version",
        "upgrade a single package",
    ]),
    ("sudo apt install --reinstall <package>", ["reinstall <package>", "apt reinstall <package>",
                                                "install <package> again", "reinstall a broken package"]),
    ("sudo apt clean", ["[clear|clean] [the |]apt cache", "delete downloaded package files", "apt clean",
                        "free space used by the apt cache"]),
    ("sudo apt install -f", ["fix broken [packages|dependencies|installs]", "apt install -f",
                             "repair broken dependencies", "apt says unmet dependencies, fix it"]),
    ("sudo dpkg --configure -a", ["[finish|fix] [an |the ]interrupted [dpkg run|package installation|install]",
                                  "dpkg --configure -a", "dpkg was interrupted, fix it"]),
    ("sudo apt-mark hold <package>", [
        "[hold|pin|freeze] [the package |]<package> [at its current version|]",
        "prevent <package> from being [upgraded|updated]", "apt-mark hold <package>", "stop a package from updating",
    ]),
    ("sudo apt-mark unhold <package>", ["[unhold|unfreeze] <package>", "allow <package> to be upgraded again"]),
    ("apt-cache depends <package>", ["[show|list] [the |]dependencies of <package>", "what does <package> depend on",
                                     "apt-cache depends <package>"]),
    ("apt-cache rdepends <package>", ["which packages depend on <package>", "reverse dependencies of <package>"]),
    ("sudo add-apt-repository <ppa>", ["add [the |]ppa <ppa>", "add-apt-repository <ppa>",
                                       "add the <ppa> repository", "add a ppa"]),
    ("sudo snap install <snap>", ["install <snap> [with|from|using] snap", "snap install <snap>",
                                  "install the snap [package |]<snap>", "install a snap package"]),
    ("snap list", ["[list|show] [installed |]snap[s| packages]", "snap list", "what snaps do i have"]),
    ("sudo snap refresh", ["update [all |]snaps", "snap refresh", "refresh snap packages"]),
    ("pip install <pypkg>", [
        "pip install <pypkg>", "install the python [package|module|library] <pypkg>", "install <pypkg> for python",
        "get <pypkg> [with|using] pip", "install a python package",
    ]),
    ("pip install -r requirements.txt", [
        "install [the |]python [requirements|dependencies] [from requirements.txt|]",
        "pip install [the |]requirements[ file|]", "install everything in requirements.txt",
    ]),
    ("pip uninstall <pypkg>", ["[uninstall|remove] the python [package|module] <pypkg>", "pip uninstall <pypkg>",
                               "remove <pypkg> [with|using] pip"]),
    ("pip list", ["[list|show] installed python packages", "pip list", "which python [packages|modules] are installed"]),
    ("pip freeze > requirements.txt", [
        "save [installed |]python [packages|dependencies] to requirements.txt", "pip freeze to a requirements file",
        "write requirements.txt [from the current environment|]",
    ]),
    ("python3 -m venv <venv>", [
        "create a [python |]virtual environment [called|named|in] <venv>", "make a venv [called|named] <venv>",
        "python3 -m venv <venv>", "set up a python virtualenv", "create a new virtualenv",
    ]),
    ("source <venv>/bin/activate", [
        "activate [the |my ]virtual environment <venv>", "activate [the |]<venv> [venv|virtualenv]",
        "enter the virtualenv <venv>", "activate a python venv",
    ]),
    ("deactivate", ["[deactivate|leave|exit] the virtual environment", "deactivate [the |]venv"]),
    ("npm install <npmpkg>", [
        "npm install <npmpkg>", "install [the npm package |the node package |]<npmpkg> [with npm|using npm]",
        "add <npmpkg> to this [node |]project", "install a node package",
    ]),
    ("npm install -g <npmpkg>", ["install <npmpkg> globally [with npm|]", "npm install -g <npmpkg>",
                                 "install a node package globally"]),
    ("npm install", ["install [the |]node [dependencies|modules|packages]", "npm install",
                     "install dependencies from package.json"]),
    ("apt list --installed | wc -l", ["how many packages are installed", "count installed packages",
                                      "number of installed packages"]),
]

GIT_TASKS = [
    ("git status", [
        "git status", "what files did i change", "[show|what is] the [git |repo |]status",
        "which files [are|have been] modified", "what's changed in the repo", "show modified files",
        "any uncommitted changes",
    ]),
    ("git init", [
        "[initialize|init|create] a [new |]git repo[sitory|]", "git init",
        "make this [folder|directory] a git repo[sitory|]", "start version control here", "start a new repository",
    ]),
    ("git clone <repo>", [
        "clone <repo>", "git clone <repo>", "[download|get|check out] the repo[sitory|] <repo>",
        "make a local copy of <repo>", "clone a repository", "clone a git repo",
    ]),
    ("git clone <repo> <newdir>", ["clone <repo> into <newdir>", "git clone <repo> [to|in|as] <newdir>",
                                   "clone a repo into a specific folder"]),
    ("git add <file>", [
        "[stage|add] <file>", "git add <file>", "add <file> to [the next commit|git|the index|the staging area]",
        "track <file> [in git|]", "stage a file",
    ]),
    ("git add .", [
        "stage [all|everything|all changes|all files]", "git add [all|.]",
        "add [all|everything|all changes] to [git|the commit|the index]", "stage all modified and new files",
    ]),
    ("git add -p", ["stage [changes |]interactively", "choose which changes to stage", "git add patch",
                    "stage parts of a file"]),
    ('git commit -m "<message>"', [
        "commit [my changes |]with [the |]message <message>", "git commit -m <message>",
        "commit [staged changes |]as <message>", "make a commit [called|named|saying] <message>",
        "save my staged changes as a commit", "commit staged changes",
    ]),
    ('git commit -am "<message>"', [
        "commit all [modified |tracked |]changes with [the |]message <message>", "git commit -am <message>",
        "stage and commit [everything|all changes] [as|with message] <message>", "commit everything with a message",
    ]),
    ("git commit --amend", [
        "[amend|fix|edit] the last commit", "git commit --amend",
        "add [my |these |]staged changes to the previous commit", "i forgot something in the last commit",
    ]),
    ('git commit --amend -m "<message>"', [
        "change the last commit message to <message>", "reword the previous commit [as|to] <message>",
        "amend the last commit with message <message>",
    ]),
    ("git push", ["push [my |the |]changes", "git push", "push [my |]commits [to the remote|upstream|]",
                  "upload my commits", "push"]),
    ("git push origin <branch>", ["push <branch> [to origin|to the remote|to github]", "git push origin <branch>",
                                  "push [the |my ]branch <branch>", "push a branch to origin"]),
    ("git push -u origin <branch>", [
        "push [the new|my new] branch <branch> and set [the |]upstream", "publish [the |]branch <branch>",
        "git push -u origin <branch>", "push <branch> and track it", "push a new branch and set its upstream",
    ]),
    ("git push --force-with-lease", ["force push [safely|]", "push --force [after a rebase|]",
                                     "overwrite the remote branch with my [local |]history", "force push my branch"]),
    ("git pull", [
        "pull [the latest|latest|new] changes", "git pull", "update [my |this |the ]repo [from the remote|]",
        "[get|fetch and merge] [the latest|remote] commits", "pull",
    ]),
    ("git pull origin <branch>", [
        "pull <branch> from origin", "git pull origin <branch>", "pull [the latest |]changes from <branch>",
        "merge [the |]remote <branch> into my branch",
    ]),
    ("git pull --rebase", ["pull with rebase", "git pull --rebase", "pull and rebase my commits on top",
                           "update my branch without a merge commit"]),
    ("git fetch", ["fetch [from the remote|remote changes|]", "git fetch",
                   "download [new |remote ]commits without merging", "get [the |]latest refs from origin"]),
    ("git checkout <branch>", [
        "[switch|change|go] to [the |]branch <branch>", "git checkout <branch>", "checkout <branch>",
        "switch branches", "move to [the |]<branch> branch", "work on [the |]<branch> branch",
    ]),
    ("git checkout -", ["switch back to the previous branch", "go back to the last branch", "git checkout -"]),
    ("git checkout -b <branch>", [
        "[create|make|start] a [new |]branch [called|named] <branch>", "git checkout -b <branch>",
        "new branch <branch>", "branch off [as|into] <branch>", "create a branch and switch to it",
        "create a new branch",
    ]),
    ("git branch", ["[list|show] [local |]branches", "git branch", "what branches [are there|do i have]",
                    "[show|list] [all |]my branches"]),
    ("git branch -a", [
        "[list|show] all branches including remote [ones|]", "git branch -a", "[list|show] remote branches [too|as well|]",
        "what branches exist on the remote",
    ]),
    ("git branch --show-current", ["which branch am i on", "[show|print|what is] the current branch [name|]",
                                   "current git branch", "what branch is this"]),
    ("git branch -d <branch>", ["delete [the |]branch <branch>", "git branch -d <branch>",
                                "remove [the |]local branch <branch>", "delete a merged branch"]),
    ("git branch -D <branch>", [
        "force delete [the |]branch <branch>", "git branch -D <branch>", "delete <branch> even though it isn't merged",
        "delete an unmerged branch",
    ]),
    ("git push origin --delete <branch>", [
        "delete [the |]remote branch <branch>", "remove <branch> from [origin|the remote|github]",
        "git push origin --delete <branch>", "delete a branch on the remote",
    ]),
    ("git branch -m <branch>", ["rename [the |my ]current branch to <branch>", "git branch -m <branch>",
                                "change the name of this branch to <branch>", "rename a branch"]),
    ("git merge <branch>", [
        "merge <branch> [into [the |my ]current branch|into this branch|]", "git merge <branch>",
        "bring [the |]changes from <branch> into [my branch|this branch]", "merge a branch", "merge [the |]branch <branch>",
    ]),
    ("git merge --abort", ["abort the merge", "cancel [the |this ]merge", "git merge --abort",
                           "undo the merge in progress"]),
    ("git rebase <branch>", [
        "rebase [onto|on|on top of] <branch>", "git rebase <branch>", "rebase [my |this ]branch [onto|on] <branch>",
        "replay my commits on top of <branch>", "rebase onto another branch",
    ]),
    ("git rebase -i HEAD~<few>", [
        "[interactively rebase|clean up] the last <few> commits", "git rebase -i HEAD~<few>",
        "squash my last <few> commits [together|into one|]", "edit the last <few> commits",
    ]),
    ("git rebase --continue", ["continue the rebase", "git rebase --continue",
                               "i resolved the conflicts, continue rebasing"]),
    ("git rebase --abort", ["abort the rebase", "cancel the rebase", "git rebase --abort"]),
    ("git log --oneline", [
        "[show|view] [the |]commit history", "[list|show] [recent |the ]commits", "[show|what is] the git log",
        "compact git log", "history of this repo",
    ]),
    ("git log --oneline -n <n>", ["[show|list] the last <n> commits", "git log [of|for] [the |]last <n> commits",
                                  "last <n> commits"]),
    ("git log --oneline --graph --all", [
        "[show|draw] [the |]branch graph", "git log [as a |with a |]graph",
        "visualize [the |][git |]history [of all branches|]", "show all branches [as a tree|in a graph]",
    ]),
    ("git log --author=<user>", ["[show|list] commits [by|from|made by] <user>", "what did <user> commit",
                                "git log by <user>"]),
    ("git log --follow <file>", [
        "[show|view] the [commit |change |]history of <file>", "which commits changed <file>", "git log for <file>",
        "who changed <file> and when",
    ]),
    ("git log --oneline <branch_a>..<branch_b>", ["which commits are in <branch_b> but not [in |]<branch_a>",
                                                  "commits on <branch_b> that <branch_a> doesn't have"]),
    ("git diff", [
        "[show|what are] [my |the ]unstaged changes", "git diff", "what did i change [in the code|exactly|line by line]",
        "show the diff", "show changes i haven't staged",
    ]),
    ("git diff --staged", ["[show|what are] [the |my ]staged changes", "git diff --staged",
                           "what am i about to commit", "diff of the staged files", "git diff --cached"]),
    ("git diff <branch_a>..<branch_b>", [
        "[compare|diff] [branch |]<branch_a> [and|with|to] [branch |]<branch_b>", "git diff <branch_a> <branch_b>",
        "[show|what are] the differences between branch <branch_a> and <branch_b>",
        "what changed between branches <branch_a> and <branch_b>", "compare two branches",
    ]),
    ("git diff <file>", ["what changed in <file> [since the last commit|]", "git diff <file>",
                         "show my changes to <file>", "diff [of|for] <file>"]),
    ("git stash", [
        "stash [my |the |]changes", "git stash", "[save|put away|shelve] my [work|uncommitted changes] [for later|temporarily|]",
        "stash",
    ]),
    ("git stash pop", ["[restore|unstash|bring back] [my |the ]stash[ed changes|]", "git stash pop", "pop the stash",
                       "get my stashed changes back"]),
    ("git stash list", ["[list|show] [my |the |all ]stash[es|]", "git stash list", "what is in the stash"]),
    ("git reset --soft HEAD~1", [
        "undo [the |my ]last commit [but keep [the |my ]changes|and keep the changes|]", "uncommit [the last commit|]",
        "git reset --soft HEAD~1", "undo the last commit but keep the files", "i committed too early, undo it",
    ]),
    ("git reset --hard HEAD", [
        "discard all [local |uncommitted ]changes", "throw away [all |]my [local |]changes",
        "reset [the repo |everything ]to the last commit", "git reset --hard", "undo all changes since the last commit",
    ]),
    ("git reset --hard origin/<branch>", [
        "reset [my branch|this branch|everything] to [match |]origin/<branch>",
        "make my branch [exactly |]match the remote <branch>", "throw away local commits and match origin/<branch>",
        "git reset --hard origin/<branch>",
    ]),
    ("git restore <file>", [
        "discard [my |the |local ]changes [to|in] <file>", "git restore <file>",
        "[revert|reset|restore] <file> to the last [commit|committed version]", "undo my edits to <file>",
        "git checkout -- <file>", "discard changes to a file",
    ]),
    ("git restore --staged <file>", ["unstage <file>", "git restore --staged <file>",
                                     "remove <file> from the staging area", "git reset <file>", "unstage a file"]),
    ("git revert <commit>", [
        "revert [the |]commit <commit>", "git revert <commit>", "undo [the |]commit <commit> with a new commit",
        "create a commit that undoes <commit>", "revert a commit",
    ]),
    ("git revert HEAD", ["revert the [latest|most recent] commit",
                         "undo the last commit [that i already pushed|which is already pushed|safely]",
                         "git revert HEAD"]),
    ("git cherry-pick <commit>", [
        "cherry[-| ]pick [commit |]<commit>", "git cherry-pick <commit>",
        "apply [the |]commit <commit> [to|onto] [this|the current] branch", "copy commit <commit> to this branch",
        "cherry pick a commit",
    ]),
    ("git show <commit?>", [
        "[show|view] [the |]commit <commit>", "git show <commit>", "what changed in commit <commit>",
        "[show|view] the last commit", "details of the latest commit",
    ]),
    ("git blame <file>", [
        "who [changed|wrote] each line of <file>", "git blame <file>", "blame <file>",
        "who last [modified|edited|touched] [each line in |]<file>", "see who wrote each line of a file",
    ]),
    ("git remote -v", ["[show|list] [the |]remotes", "git remote -v", "what is the remote url",
                       "where does this repo push to", "[show|list] remote urls"]),
    ("git remote add <remote> <repo>", [
        "add [the |a |]remote <remote> [with url|pointing to|at] <repo>", "git remote add <remote> <repo>",
        "add a remote", "set <repo> as the remote <remote>",
    ]),
    ("git remote set-url origin <repo>", [
        "change the [origin |remote ]url to <repo>", "set the origin url to <repo>", "point origin at <repo>",
        "git remote set-url origin <repo>", "change the remote url",
    ]),
    ("git tag <tag>", ["tag [this|the current] commit [as|with] <tag>", "git tag <tag>",
                       "create [a |the ]tag <tag>", "make a release tag <tag>", "tag a release"]),
    ("git tag", ["[list|show] [all |]tags", "git tag", "what tags [are there|exist]"]),
    ("git push origin <tag>", ["push [the |]tag <tag>", "push <tag> to origin", "git push origin <tag>",
                               "publish the tag <tag>"]),
    ("git push --tags", ["push [all |]tags", "git push --tags", "push all my tags to the remote"]),
    ('git config --global user.name "<person>"', [
        "set [my |the |]git [user |user]name to <person>", "configure git [user |]name [as|to] <person>",
        "git config user.name <person>", "set my name in git", "tell git my name is <person>",
    ]),
    ('git config --global user.email "<email>"', [
        "set [my |the |]git email to <email>", "configure git email [as|to] <email>",
        "git config user.email <email>", "set my email in git",
    ]),
    ("git config --list", ["[show|list] [my |the |all ]git config[uration|]", "git config --list",
                           "what are my git settings"]),
    ("git clean -fd", [
        "[remove|delete] [all |]untracked files [and directories|and folders|]", "git clean",
        "clean [the |my ]working [tree|directory] of untracked files", "get rid of untracked files",
    ]),
    ("git clean -nd", ["which untracked files would git clean remove", "dry run of git clean"]),
    ("git rm --cached <file>", [
        "stop tracking <file> [but keep it [on disk|locally]|]", "untrack <file>",
        "remove <file> from git but keep the file", "git rm --cached <file>",
    ]),
    ("git rm <file>", ["[remove|delete] <file> from [git|the repo] [and disk|]", "git rm <file>"]),
    ("git mv <file> <newname>", ["rename <file> to <newname> in git", "git mv <file> <newname>",
                                 "move <file> to <newname> keeping git history"]),
    ("git shortlog -sn", ["who [contributed|committed] the most", "[list|show] contributors [by number of commits|]",
                          "git shortlog", "commit count per author"]),
    ("git rev-parse HEAD", ["[show|print|get] the [current |latest |]commit hash", "what commit am i on",
                            "git rev-parse HEAD", "sha of HEAD"]),
    ("git submodule update --init --recursive", [
        "[init|initialize|update|fetch] [the |all |]submodules", "git submodule update", "clone the submodules too",
        "pull submodules",
    ]),
    ("git reflog", ["[show|view] the reflog", "git reflog", "find a lost commit", "where was HEAD before"]),
    ("git grep '<pattern>'", ["search [the |]git [repo|repository|tracked files] for <pattern>", "git grep <pattern>"]),
]


# ---------------------------------------------------------------------------------------------------
# More ways a new user asks for the tasks above: questions, terse and casual forms, synonyms, other word
# orders. Keyed by command template; `widen` appends them to the task with that template.

MORE_PHRASINGS = {
    # files
    "ls <directory?>": [
        "whats in <directory>", "show me the <directory> [folder|directory|dir]", "ls",
        "list [the |]contents of [the |]<directory> [folder|directory|dir]", "what files do i have in <directory>",
        "in <directory>, what files are there", "directory listing",
    ],
    "ls -la <directory?>": [
        "list everything in <directory> [even|including] [dotfiles|hidden ones]", "how do i see hidden files",
        "show all files [including hidden ones|even hidden ones] in <directory>", "long listing with hidden files",
    ],
    "ls -lh <directory?>": [
        "what are the file sizes in <directory>", "list files with [their |]sizes in <directory>",
        "show file details in <directory>", "how big are the files [here|in this folder]",
    ],
    "ls -lSh <directory?>": [
        "which files are biggest in <directory>", "list the largest files first", "ls sorted by size",
        "files by size in <directory>", "what's the biggest file in this folder", "in <directory>, sort files by size",
    ],
    "ls -lt <directory?>": [
        "what changed most recently [here|in <directory>]", "newest files in <directory>", "ls sorted by time",
        "list [the |]files by [last modified|modified] date", "show [the |]recent files in <directory>",
    ],
    "ls -ltr <directory?>": ["oldest files first in <directory>", "list files oldest to newest", "ls by date reversed"],
    "ls -d */": [
        "list [only |just ][the |]folders here", "show [only |]directories [in this folder|here]",
        "what [folders|subdirectories] are in here", "list subfolders",
    ],
    "ls *.<ext>": [
        "list [all |]<ext> files [here|in this folder]", "show [me |]the <ext> files [in this directory|here]",
        "which <ext> files are here", "ls [all |]<ext> files",
    ],
    "tree <directory?>": [
        "show [the |]folder structure of <directory>", "directory tree", "show <directory> as a tree",
        "what does the folder structure look like", "print the directory tree of <directory>",
    ],
    "pwd": [
        "where am i", "what directory am i in", "current [folder|directory]", "print [the |]working directory",
        "which folder am i in [right now|]", "show my current path",
    ],
    "cd <directory>": [
        "go to <directory>", "take me to <directory>", "switch to [the |]<directory> [folder|directory]",
        "how do i get into <directory>", "move into <directory>", "change [the |]directory to <directory>",
        "cd into <directory>",
    ],
    "cd ~": ["go home", "go to my home [folder|directory]", "back to [my |the ]home [dir|directory|folder]", "cd home"],
    "cd ..": ["go up [one|a] [level|folder|directory]", "[back|go back] to the parent [folder|directory]",
              "up one directory", "leave this folder"],
    "cd -": ["go back to the previous directory", "return to the last folder i was in",
             "switch to the previous directory"],
    "mkdir <newdir>": [
        "[create|make] a [new |]folder [called|named] <newdir>", "new [folder|directory|dir] <newdir>",
        "add a directory <newdir>",
        "how do i make a folder called <newdir>",
    ],
    "mkdir -p <nested>": [
        "create [the |]nested [folders|directories] <nested>", "make [the |]directory <nested> with [any |all |]missing parents",
        "create the path <nested> [even if the parents don't exist|with parents]", "make all folders in <nested>",
    ],
    "touch <file>": ["[create|make] [an |a new |]empty file [called|named] <file>", "new [empty |]file <file>",
                     "make a blank file <file>", "update the timestamp of <file>"],
    "cp <file> <workdir>": [
        "copy <file> [into|to] [the |]<workdir> [folder|directory|dir]", "put a copy of <file> in <workdir>",
        "duplicate <file> into <workdir>", "cp <file> to <workdir>", "how do i copy <file> to <workdir>",
    ],
    "cp <file> <file>.bak": ["[make|create] a backup [copy |]of <file>", "back up <file> [before editing|first|]",
                             "save a .bak copy of <file>", "copy <file> to <file>.bak"],
    "cp <file> <newname>": ["copy <file> as <newname>", "make a copy of <file> [called|named] <newname>",
                            "duplicate <file> [as|to] <newname>", "cp <file> <newname>"],
    "cp -r <src_dir> <dest_dir>": [
        "copy the [folder|directory|dir] <src_dir> [to|into] <dest_dir>", "recursively copy <src_dir> [to|into] <dest_dir>",
        "duplicate the <src_dir> folder into <dest_dir>", "cp -r <src_dir> <dest_dir>", "copy a whole folder",
    ],
    "cp *.<ext> <workdir>": ["copy [all |every ]<ext> files [to|into] <workdir>",
                             "put copies of all the <ext> files in <workdir>", "cp all <ext> files to <workdir>"],
    "mv <file> <workdir>": [
        "move <file> [into|to] [the |]<workdir> [folder|directory]", "put <file> in <workdir>", "mv <file> to <workdir>",
        "how do i move <file> into <workdir>",
    ],
    "mv *.<ext> <workdir>": ["move [all |every |the ]<ext> files [to|into] <workdir>",
                             "put all [the |]<ext> files in <workdir>", "mv all <ext> files into <workdir>"],
    "mv <file> <newname>": [
        "rename <file> [to|as] <newname>", "change the name of <file> to <newname>", "<file> should be called <newname>",
        "mv <file> <newname>", "how do i rename <file> to <newname>",
    ],
    "mv <src_dir> <dest_dir>": ["move the [folder|directory] <src_dir> [to|into] <dest_dir>", "mv <src_dir> <dest_dir>"],
    "rm <file>": ["delete <file>", "remove [the file |]<file>", "get rid of <file>", "rm <file>",
                  "how do i delete <file>", "trash <file>", "erase [the file |]<file>"],
    "rm *.<ext>": ["delete [all |every |the ]<ext> files [here|in this folder]", "remove all <ext> files in the current directory",
                   "get rid of [all |]the <ext> files here", "rm all <ext> files"],
    "rm -r <newdir>": ["delete the [folder|directory|dir] <newdir> and everything in it",
                       "remove the <newdir> [folder|directory] with its contents", "get rid of the <newdir> folder",
                       "rm -r <newdir>"],
    "rm -rf <newdir>": ["force delete [the |]<newdir> [folder|directory]", "rm -rf <newdir>",
                        "forcefully remove <newdir> without asking", "nuke the <newdir> directory"],
    "rmdir <newdir>": ["remove the empty [folder|directory] <newdir>", "delete [the |]empty [dir|directory|folder] <newdir>",
                       "rmdir <newdir>"],
    "ln -s <target> <link>": [
        "[create|make] a symlink at <link> pointing to <target>", "make a symbolic link <link> that points to <target>",
        "point <link> at <target> with a symlink", "ln -s <target> <link>", "how do i create a symbolic link",
    ],
    "find <directory?.> -name <file>": [
        "where is <file>", "find <file> [somewhere |]under <directory>", "locate [the file |]<file> in <directory>",
        "in <directory>, find <file>",
        "which folder has <file>", "look for <file> [in <directory>|here]",
    ],
    "find <directory?.> -name '*.<ext>'": [
        "find [all |every ]<ext> files [in <directory>|under <directory>]", "list all <ext> files recursively",
        "where are [all |]the <ext> files [in <directory>|]", "search <directory> for <ext> files",
        "in <directory>, [find|list] [all |]<ext> files", "show me every <ext> file under <directory>",
    ],
    "find <directory?.> -type f -size +<size>": [
        "files [bigger|larger] than <size> [in <directory>|]", "what files are over <size> [in <directory>|]",
        "find [big|large|huge] files over <size>", "in <directory>, find files larger than <size>",
        "show [me |]files above <size> in <directory>", "which files are bigger than <size>",
    ],
    "find <directory?.> -type f -size -<size>": ["files smaller than <size> [in <directory>|]",
                                                 "find files under <size> in <directory>",
                                                 "which files are less than <size>"],
    "find <directory?.> -type f -mtime -<days>": [
        "files [modified|changed|edited] in the last <days> days [in <directory>|]",
        "what changed in <directory> in the past <days> days", "find files newer than <days> days",
        "which files were touched in the last <days> days",
    ],
    "find <directory?.> -type f -mtime +<days>": [
        "files older than <days> days [in <directory>|]", "find files not modified in <days> days",
        "which files in <directory> haven't been touched for <days> days", "stale files older than <days> days",
    ],
    "find <directory?.> -type f -mmin -<minutes>": [
        "files changed in the last <minutes> minutes", "what was modified in <directory> in the past <minutes> minutes",
        "find files edited less than <minutes> minutes ago",
    ],
    "find <directory?.> -type f -empty": ["find empty files [in <directory>|]", "which files are empty",
                                          "list [all |]zero byte files [in <directory>|]", "show files with no content"],
    "find <directory?.> -type d -empty": ["find empty [folders|directories] [in <directory>|]",
                                          "which directories are empty", "list empty dirs"],
    "find <workdir?.> -type f -name '*.<ext>' -delete": [
        "delete all <ext> files in <workdir> [and its subfolders|recursively]",
        "recursively remove <ext> files [from <workdir>|]", "find and delete [all |]<ext> files [under <workdir>|]",
        "clean up [all |the ]<ext> files [in <workdir>|] recursively",
    ],
    "find <workdir?.> -type f -mtime +<days> -delete": [
        "delete files older than <days> days [in <workdir>|]", "remove [old |]files in <workdir> that are older than <days> days",
        "clean up files older than <days> days [from <workdir>|]", "purge files more than <days> days old in <workdir>",
    ],
    "find <directory?.> -type d -name <newdir>": ["find [the |a ]folder [called|named] <newdir> [in <directory>|]",
                                                  "where is the <newdir> directory",
                                                  "search for a directory named <newdir>"],
    "find <directory?.> -iname '*<part>*'": [
        "find files with <part> in the name", "find files whose name contains <part> [in <directory>|]",
        "search for files named like <part> [ignoring case|]", "any files with <part> in their name [under <directory>|]",
    ],
    "find <directory?.> -type f | wc -l": ["how many files are in <directory> [including subfolders|recursively]",
                                           "count [all |the ]files [in <directory>|here] recursively",
                                           "number of files under <directory>"],
    "find <directory?.> -type l": ["find [all |]symlinks [in <directory>|]", "list symbolic links [here|in <directory>]"],
    "find <directory?.> -xtype l": ["find broken symlinks [in <directory>|]", "which symlinks are broken",
                                    "list dangling links [in <directory>|]"],
    "cat <textfile>": [
        "show [me |]<textfile>", "print <textfile>", "what's in <textfile>", "display the contents of <textfile>",
        "output <textfile> to the terminal", "cat <textfile>", ],
    "less <textfile>": ["open <textfile> in a pager", "scroll through <textfile>", "page through <textfile>",
                        "view <textfile> one screen at a time", "less <textfile>"],
    "nano <myfile>": ["edit <myfile>", "open <myfile> in [an |a text ]editor", "change the contents of <myfile>",
                      "open <myfile> with nano", "nano <myfile>"],
    "vim <myfile>": ["open <myfile> in vim", "edit <myfile> with vim", "vim <myfile>"],
    "sudo nano <sysconf>": ["edit <sysconf> as root", "open <sysconf> [for editing|to edit] with sudo", "change <sysconf>"],
    "xdg-open <file>": ["open <file> [with the default app|in its default application]", "launch <file>",
                        "double click <file> from the terminal"],
    "stat <file>": ["when was <file> [last |]modified", "show [the |]details of <file>", "file info for <file>",
                    "stat <file>", "what are the timestamps of <file>"],
    "file <file>": ["what type of file is <file>", "what kind of file is <file>", "detect the file type of <file>",
                    "file <file>", "is <file> a text or binary file"],
    "ls -lh <file>": ["how big is <file>", "what size is <file>", "size of <file>", "how large is <file>",
                      "file size of <file>"],
    "realpath <file>": ["full path of <file>", "what is the absolute path of <file>", "get the absolute path to <file>",
                        "realpath <file>"],
    "md5sum <file>": ["md5 [hash|checksum] of <file>", "what's the md5 of <file>",
                      "compute [the |]md5 [sum|checksum] for <file>", "md5sum <file>"],
    "sha256sum <file>": ["sha256 of <file>", "checksum <file> with sha256", "what's the sha256 [hash|checksum] of <file>",
                         "sha256sum <file>"],
    "rsync -av <src_dir>/ <dest_dir>/": ["sync <src_dir> [to|into|with] <dest_dir>", "mirror <src_dir> to <dest_dir>",
                                         "copy <src_dir> to <dest_dir> [with rsync|keeping permissions]",
                                         "rsync <src_dir> to <dest_dir>"],
    "shred -u <file>": ["securely delete <file>", "shred <file>", "wipe <file> so it can't be recovered",
                        "permanently erase <file>"],
}
MORE_PHRASINGS.update({
    # text
    "grep '<pattern>' <textfile>": [
        "search [for |]<pattern> in <textfile>", "find lines [with|containing] <pattern> in <textfile>",
        "which lines in <textfile> [contain|mention|have] <pattern>", "look for <pattern> in <textfile>",
        "grep <textfile> for <pattern>", "does <textfile> contain <pattern>", "in <textfile>, find <pattern>",
        "show lines matching <pattern> [in|from] <textfile>",
    ],
    "grep -i '<pattern>' <textfile>": [
        "search for <pattern> in <textfile> ignoring case", "case[-| ]insensitive search for <pattern> in <textfile>",
        "find <pattern> in <textfile> regardless of case", "grep -i <pattern> <textfile>",
    ],
    "grep -n '<pattern>' <textfile>": ["find <pattern> in <textfile> with line numbers",
                                       "which line numbers of <textfile> have <pattern>",
                                       "on what line is <pattern> in <textfile>", "grep -n <pattern> <textfile>"],
    "grep -rn '<pattern>' <directory?.>": [
        "recursively grep for <pattern> [in <directory>|]", "where in <directory> is <pattern> [used|mentioned]",
        "search the whole project for <pattern>", "grep -rn <pattern> <directory>",
        "in <directory>, search for <pattern> in every file", "look for <pattern> in all files [here|under <directory>]",
    ],
    "grep -rl '<pattern>' <directory?.>": [
        "which files contain <pattern> [in <directory>|]", "list [the |]files [that contain|mentioning] <pattern> [under <directory>|]",
        "just the names of files with <pattern> in them", "what files have <pattern> in them",
    ],
    "grep -rn --include='*.<code_ext>' '<pattern>' <directory?.>": [
        "search [for |]<pattern> in [all |]<code_ext> files [in <directory>|]", "grep <pattern> only in <code_ext> files",
        "find <pattern> in every <code_ext> file under <directory>",
    ],
    "grep -c '<pattern>' <textfile>": [
        "count lines with <pattern> in <textfile>", "how many lines in <textfile> match <pattern>",
        "number of lines containing <pattern> in <textfile>", "grep -c <pattern> <textfile>",
    ],
    "grep -o '<pattern>' <textfile> | wc -l": [
        "how many times does <pattern> [appear|occur] in <textfile>", "count [every |all ]occurrences of <pattern> in <textfile>",
        "number of times <pattern> shows up in <textfile>",
    ],
    "grep -v '<pattern>' <textfile>": [
        "[show|print] lines of <textfile> that don't contain <pattern>", "exclude lines with <pattern> from <textfile>",
        "filter out <pattern> [lines |]from <textfile>", "everything in <textfile> except lines [matching|with] <pattern>",
        "grep -v <pattern> <textfile>", "hide lines containing <pattern> in <textfile>",
    ],
    "grep -C <ctx> '<pattern>' <textfile>": [
        "show <ctx> lines [of context |]around <pattern> in <textfile>",
        "grep <pattern> in <textfile> with <ctx> lines [of context|before and after]",
        "find <pattern> in <textfile> and show the surrounding <ctx> lines",
    ],
    "grep -A <ctx> '<pattern>' <textfile>": ["show <ctx> lines after [each |every ]<pattern> in <textfile>",
                                             "print <pattern> [matches |]and the next <ctx> lines from <textfile>"],
    "grep -w '<pattern>' <textfile>": ["search <textfile> for the whole word <pattern>",
                                       "match <pattern> as a [whole|full] word in <textfile>",
                                       "grep whole word <pattern> in <textfile>"],
    "wc -l <textfile>": [
        "how many lines [are |]in <textfile>", "count [the |]lines [in|of] <textfile>", "line count [of|for] <textfile>",
        "number of lines in <textfile>", "wc -l <textfile>",
    ],
    "wc -w <textfile>": ["how many words [are |]in <textfile>", "word count [of|for] <textfile>",
                         "count [the |]words in <textfile>"],
    "wc -m <textfile>": ["how many characters [are |]in <textfile>", "character count of <textfile>",
                         "count [the |]chars in <textfile>"],
    "head -n <n> <textfile>": [
        "[show|print|display] the first <n> lines of <textfile>", "first <n> lines [of|in] <textfile>",
        "top <n> lines of <textfile>", "give me the first <n> lines from <textfile>", "head <n> lines of <textfile>",
    ],
    "head <textfile>": ["beginning of <textfile>", "show the start of <textfile>", "peek at <textfile>",
                        "first few lines of <textfile>", "head <textfile>"],
    "tail -n <n> <textfile>": [
        "[show|print] the last <n> lines [of|from] <textfile>", "last <n> lines [of|in] <textfile>",
        "bottom <n> lines of <textfile>", "tail <n> lines of <textfile>", "what are the last <n> lines in <textfile>",
    ],
    "tail <textfile>": ["end of <textfile>", "show the end of <textfile>", "last few lines of <textfile>", "tail <textfile>"],
    "tail -f <logfile>": [
        "follow <logfile>", "watch <logfile> [live|in real time|as it grows]", "stream <logfile>",
        "keep showing new lines [of|in] <logfile>", "tail -f <logfile>", "monitor <logfile> for new entries",
        "live view of <logfile>",
    ],
    "sort <listfile>": ["sort <listfile>", "sort the lines [of|in] <listfile> [alphabetically|]", "alphabetize <listfile>",
                        "put <listfile> in alphabetical order", "order <listfile> a to z"],
    "sort -r <listfile>": ["sort <listfile> in reverse [order|]", "reverse sort <listfile>", "sort <listfile> [z to a|descending]"],
    "sort -n <listfile>": ["sort <listfile> numerically", "sort the numbers in <listfile>", "numeric sort of <listfile>",
                           "order <listfile> by number"],
    "sort -u <listfile>": [
        "sort <listfile> and remove duplicates", "unique [lines|entries] [of|in] <listfile>", "dedupe <listfile>",
        "remove duplicate lines from <listfile>", "get [the |]distinct lines in <listfile>",
    ],
    "sort <listfile> | uniq -c | sort -rn": [
        "count [how often each line appears|occurrences of each line] in <listfile>", "most common lines in <listfile>",
        "frequency of each [line|entry] in <listfile>", "count duplicates in <listfile>",
        "which lines repeat most in <listfile>",
    ],
    "sort -t, -k<col>,<col> <csvfile>": ["sort <csvfile> by <col>", "order <csvfile> by <col>",
                                         "sort the csv <csvfile> on <col>"],
    "sort -t, -k<col>,<col>n <csvfile>": ["sort <csvfile> numerically by <col>", "numeric sort of <csvfile> on <col>"],
    "cut -d, -f<col> <csvfile>": [
        "[get|extract|print|show] <col> [of|from] <csvfile>", "only <col> of <csvfile>", "pull out <col> from <csvfile>",
        "cut <col> from <csvfile>", "what's in <col> of <csvfile>",
    ],
    "awk '{print $<col>}' <spacefile>": ["print <col> of <spacefile>", "[show|get] <col> from <spacefile>",
                                         "extract <col> [of|from] <spacefile>", "awk <col> of <spacefile>"],
    "awk -F, '{sum += $<col>} END {print sum}' <csvfile>": [
        "sum <col> [of|in] <csvfile>", "add up [the values in |]<col> of <csvfile>", "total of <col> in <csvfile>",
        "what's the sum of <col> in <csvfile>", "calculate the total of <col> in <csvfile>",
    ],
    "column -t -s, <csvfile>": ["show <csvfile> as a table", "pretty print <csvfile>",
                                "view <csvfile> [in aligned columns|as a table]", "format <csvfile> [nicely|into columns]",
                                "display <csvfile> [in|as] columns"],
    "sed -i 's/<old>/<new>/g' <myfile>": [
        "replace <old> with <new> in <myfile>", "in <myfile>, replace <old> with <new>",
        "change [all |every ]<old> to <new> in <myfile>", "find and replace <old> [with|by] <new> in <myfile>",
        "swap <old> for <new> in <myfile>", "substitute <old> with <new> in <myfile>",
        "replace all occurrences of <old> with <new> in <myfile>", "sed replace <old> with <new> in <myfile>",
        "how do i replace <old> with <new> in <myfile>",
    ],
    "sed 's/<old>/<new>/g' <myfile>": ["show <myfile> with <old> replaced by <new> [without editing it|but don't change the file]",
                                       "preview replacing <old> with <new> in <myfile>"],
    "sed -n '<line_start>,<line_end>p' <textfile>": [
        "[show|print] lines <line_start> to <line_end> of <textfile>", "lines <line_start>-<line_end> [of|in|from] <textfile>",
        "print from line <line_start> to line <line_end> in <textfile>",
        "give me lines <line_start> through <line_end> of <textfile>",
    ],
    "sed -n '<line>p' <textfile>": ["[show|print] line <line> of <textfile>", "what is on line <line> of <textfile>",
                                    "just line <line> [from|of|in] <textfile>", "get line number <line> from <textfile>"],
    "sed -i '<line>d' <myfile>": ["delete line <line> [of|from|in] <myfile>", "remove line <line> from <myfile>",
                                  "get rid of line <line> in <myfile>"],
    "sed -i '/^$/d' <myfile>": ["remove [all |]blank lines from <myfile>", "delete empty lines in <myfile>",
                                "strip [out |]empty lines from <myfile>"],
    "sed -i 's/[[:space:]]*$//' <myfile>": ["remove trailing whitespace [from|in] <myfile>",
                                            "strip trailing spaces in <myfile>",
                                            "trim whitespace at the end of each line in <myfile>"],
    "tr 'a-z' 'A-Z' < <textfile>": ["convert <textfile> to uppercase", "make <textfile> all caps",
                                    "uppercase [the text in |]<textfile>", "print <textfile> in capital letters"],
    "tr 'A-Z' 'a-z' < <textfile>": ["convert <textfile> to lowercase", "lowercase [everything in |]<textfile>",
                                    "make <textfile> all lower case"],
    "diff <file_a> <file_b>": [
        "compare <file_a> [and|with|to] <file_b>", "what's the difference between <file_a> and <file_b>",
        "diff <file_a> <file_b>", "are <file_a> and <file_b> different",
        "show [the |]differences between <file_a> and <file_b>",
    ],
    "diff -u <file_a> <file_b>": ["unified diff of <file_a> and <file_b>", "make a patch [from|between] <file_a> and <file_b>",
                                  "diff -u <file_a> <file_b>"],
    "comm -12 <(sort <file_a>) <(sort <file_b>)": ["lines [that are |]in both <file_a> and <file_b>",
                                                    "common lines between <file_a> and <file_b>",
                                                    "what lines do <file_a> and <file_b> have in common"],
    "cat <file_a> <file_b> > <merged>": [
        "combine <file_a> and <file_b> into <merged>", "merge <file_a> and <file_b> into <merged>",
        "concatenate <file_a> and <file_b> [into|to] <merged>", "join <file_a> and <file_b> into one file <merged>",
    ],
    "echo '<text>' >> <myfile>": ["append <text> to <myfile>", "add [the line |a line |]<text> to [the end of |]<myfile>",
                                  "write <text> at the end of <myfile>", "add <text> as a new line in <myfile>"],
    "echo '<text>' > <myfile>": ["overwrite <myfile> with <text>", "replace the contents of <myfile> with <text>",
                                 "set <myfile> to contain just <text>"],
    "cat -n <textfile>": ["show <textfile> with line numbers", "number the lines of <textfile>",
                          "print <textfile> with line numbers"],
    "tac <textfile>": ["print <textfile> [in reverse|backwards|upside down]", "reverse the lines of <textfile>",
                       "show <textfile> last line first"],
    "jq . <jsonfile>": ["pretty print <jsonfile>", "format [the json in |]<jsonfile> [nicely|]", "make <jsonfile> readable",
                        "prettify <jsonfile>", "view <jsonfile> [formatted|with indentation]", "jq <jsonfile>"],
    "jq '.<jkey>' <jsonfile>": [
        "get [the |]<jkey> [field|key] from <jsonfile>", "what's the <jkey> in <jsonfile>", "extract <jkey> from <jsonfile>",
        "read the <jkey> value [of|in] <jsonfile>", "jq <jkey> from <jsonfile>",
    ],
    "split -l <chunk> <bigtext>": ["split <bigtext> into [files|chunks|pieces] of <chunk> lines",
                                   "break <bigtext> into <chunk>[-| ]line [parts|files]",
                                   "split <bigtext> every <chunk> lines"],
    "split -b <chunk_size> <bigfile>": ["split <bigfile> into <chunk_size> [chunks|pieces|parts]",
                                        "break <bigfile> into <chunk_size> files", "cut <bigfile> into pieces of <chunk_size>"],
    "dos2unix <myfile>": ["convert <myfile> [from windows|from dos] to unix line endings",
                          "fix [the |]windows line endings in <myfile>", "remove carriage returns from <myfile>",
                          "strip ^M from <myfile>"],
    "base64 <file>": ["base64 encode <file>", "encode <file> [as|in|to] base64", "convert <file> to base64"],
    "base64 -d <b64file>": ["decode [the |]base64 [in|file] <b64file>", "base64 decode <b64file>",
                            "decode <b64file> from base64"],
    # archives
    "tar -czf <targz> <workdir>": [
        "[compress|archive|pack] <workdir> [into|as] <targz>", "make a tarball <targz> of <workdir>",
        "create <targz> from <workdir>", "tar up <workdir> as <targz>", "back up <workdir> to <targz>",
        "tar and gzip <workdir> into <targz>",
    ],
    "tar -xzf <targz>": ["extract <targz>", "unpack <targz>", "untar <targz>", "open the archive <targz>",
                         "decompress <targz>", "unzip <targz>", "how do i extract <targz>", "tar xzf <targz>"],
    "tar -xzf <targz> -C <workdir>": [
        "extract <targz> [into|to] <workdir>", "unpack <targz> [in|into] [the |]<workdir> [folder|directory]",
        "untar <targz> to <workdir>", "extract <targz> and put the files in <workdir>", "decompress <targz> into <workdir>",
    ],
    "tar -tzf <targz>": ["list [the |]contents of <targz>", "what's [inside|in] <targz>",
                         "show [the |]files in <targz> without extracting", "peek inside <targz>", "tar tzf <targz>"],
    "tar -xjf <tarbz>": ["extract <tarbz>", "unpack <tarbz>", "untar <tarbz>", "decompress <tarbz>"],
    "tar -cjf <tarbz> <workdir>": ["compress <workdir> [into|as] <tarbz>", "create <tarbz> from <workdir> [with bzip2|]"],
    "tar -xJf <tarxz>": ["extract <tarxz>", "unpack <tarxz>", "untar <tarxz>"],
    "tar -cJf <tarxz> <workdir>": ["compress <workdir> [into|as] <tarxz> [with xz|]", "create <tarxz> from <workdir>"],
    "tar -xf <tar>": ["extract <tar>", "unpack <tar>", "untar <tar>"],
    "tar -cf <tar> <workdir>": ["create <tar> from <workdir>", "tar <workdir> [into|as] <tar> without compression",
                                "archive <workdir> [in|to] <tar>"],
    "tar -rf <tar> <file>": ["add <file> to <tar>", "append <file> to the archive <tar>"],
    "tar -czf <targz> --exclude='<exclude>' <workdir>": [
        "compress <workdir> into <targz> [but skip|excluding|without] <exclude>",
        "tar <workdir> as <targz> leaving out <exclude>", "back up <workdir> to <targz> excluding <exclude>",
    ],
    "zip -r <zip> <workdir>": [
        "zip [up |]<workdir> [as|into] <zip>", "make a zip [file |archive ]of <workdir> [called|named] <zip>",
        "compress <workdir> [to|into|as] <zip>", "create <zip> from [the |]<workdir> [folder|directory]",
        "put <workdir> in a zip [called|named] <zip>",
    ],
    "zip <zip> <file>": ["zip <file> [into|as] <zip>", "compress <file> [to|into] <zip>", "add <file> to <zip>",
                         "make <zip> containing <file>"],
    "unzip <zip>": ["unzip <zip>", "extract <zip>", "unpack <zip>", "open <zip>", "decompress <zip>",
                    "how do i unzip <zip>"],
    "unzip <zip> -d <workdir>": [
        "unzip <zip> [to|into] <workdir>", "extract <zip> [into|to] [the |]<workdir> [folder|directory]",
        "unpack <zip> in <workdir>", "unzip <zip> and put the files in <workdir>",
    ],
    "unzip -l <zip>": ["list [the |]contents of <zip>", "what's [inside|in] <zip>",
                       "show the files in <zip> without extracting", "peek inside <zip>"],
    "zip -er <zip> <workdir>": ["[create|make] a password[-| ]protected zip <zip> of <workdir>",
                                "zip <workdir> into <zip> with a password", "encrypt <workdir> [as|into] <zip>"],
    "gzip <file>": ["gzip <file>", "compress <file> with gzip", "gzip <file> [and replace it|in place]"],
    "gzip -k <file>": ["gzip <file> but keep the original", "compress <file> and keep the uncompressed [one|copy]"],
    "gunzip <gz>": ["gunzip <gz>", "decompress <gz>", "unzip <gz>", "extract <gz>", "uncompress <gz>"],
    "zcat <gz>": ["show <gz> without [decompressing|unzipping] it", "read <gz> [directly|without extracting]",
                  "print [the contents of |]<gz>", "cat <gz>"],
    "zgrep '<pattern>' <gz>": ["search <gz> for <pattern>", "grep <pattern> in <gz> [without unzipping|]",
                               "find <pattern> in [the compressed file |]<gz>"],
    "7z x <sevenz>": ["extract <sevenz>", "unpack <sevenz>", "open <sevenz>", "unzip <sevenz>"],
    "7z a <sevenz> <workdir>": ["compress <workdir> [into|as|to] <sevenz>", "create <sevenz> from <workdir>",
                                "7zip <workdir> [into|as] <sevenz>"],
    "unrar x <rar>": ["extract <rar>", "unpack <rar>", "unrar <rar>", "open <rar>"],
    "bunzip2 <bz2>": ["decompress <bz2>", "extract <bz2>", "unzip <bz2>"],
    "unxz <xz>": ["decompress <xz>", "extract <xz>", "unxz <xz>"],
    "xz <file>": ["compress <file> with xz", "xz <file>", "xz compress <file>"],
})
MORE_PHRASINGS.update({
    # permissions
    "chmod +x <script>": [
        "make <script> executable", "give <script> execute permission", "allow <script> to be run",
        "mark <script> as executable", "how do i make <script> runnable", "<script> says permission denied when i run it",
        "add execute permission to <script>",
    ],
    "chmod -x <script>": ["make <script> not executable", "remove execute permission from <script>",
                          "take away the executable bit from <script>"],
    "chmod <mode> <file>": ["set [the |]permissions of <file> to <mode>", "change <file> [permissions |mode ]to <mode>",
                            "give <file> <mode> permissions", "chmod <mode> <file>"],
    "chmod -R <mode> <workdir>": ["recursively set permissions [of|on] <workdir> to <mode>",
                                  "set <mode> on <workdir> and everything [inside|in it]", "chmod -R <mode> <workdir>"],
    "chmod 600 <private>": ["make <private> readable only by me", "lock down [the permissions of |]<private>",
                            "fix [the |]permissions on <private> so only i can read it",
                            "<private> permissions are too open", "only i should be able to read <private>"],
    "chmod 700 ~/.ssh": ["fix [the |my ]ssh folder permissions", "set [the |]right permissions on ~/.ssh",
                         "make ~/.ssh private"],
    "chmod go-w <file>": ["stop others and the group from writing to <file>",
                          "remove group and other write access [to|on] <file>"],
    "chmod o-rwx <file>": ["remove all permissions for others on <file>", "make <file> inaccessible to other users",
                           "others should have no access to <file>"],
    "chmod a+r <file>": ["make <file> readable by everyone", "let everybody read <file>",
                         "give everyone read access to <file>"],
    "chmod g+w <file>": ["give [the |]group write permission [on|to] <file>",
                         "make <file> group writable"],
    "sudo chown <user> <file>": ["change [the |]owner of <file> to <user>", "make <user> the owner of <file>",
                                 "give <user> ownership of <file>", "chown <file> to <user>", "transfer <file> to <user>"],
    "sudo chown <user>:<group> <file>": ["change [the |]owner of <file> to <user> and [the |]group to <group>",
                                         "set <file> owner <user> and group <group>", "chown <user>:<group> <file>"],
    "sudo chown -R <user>:<group> <ownerdir>": [
        "recursively change [the |]owner of <ownerdir> to <user>:<group>",
        "give <user> and [the |]group <group> ownership of everything in <ownerdir>", "chown -R <user>:<group> <ownerdir>",
    ],
    "sudo chown -R $USER:$USER <ownerdir>": [
        "take ownership of <ownerdir>", "make me the owner of <ownerdir> [and everything in it|recursively|]",
        "i get permission denied in <ownerdir>, make it mine", "change the owner of <ownerdir> to me",
    ],
    "sudo chgrp <group> <file>": ["change the group of <file> to <group>", "set [the |]group [of|on] <file> to <group>",
                                  "make <group> the group of <file>", "chgrp <group> <file>"],
    "sudo chgrp -R <group> <ownerdir>": ["recursively change the group of <ownerdir> to <group>",
                                         "set group <group> on everything in <ownerdir>"],
    "ls -l <file>": ["what are the permissions [of|on] <file>", "who owns <file>", "show [the |]permissions [of|for] <file>",
                     "check the permissions of <file>", "who can read <file>"],
    "ls -ld <ownerdir>": ["permissions of the [folder|directory] <ownerdir>", "who owns the [directory|folder] <ownerdir>",
                          "show the permissions on <ownerdir> itself"],
    "stat -c '%a' <file>": ["[show|get] the [numeric|octal] permissions of <file>", "what's the chmod number of <file>",
                            "permissions of <file> as a number"],
    "umask": ["what is my umask", "show [the |]default permissions for new files", "umask"],
    "find <ownerdir> -type f -exec chmod 644 {} +": ["set all files in <ownerdir> to 644",
                                                     "make every file under <ownerdir> 644",
                                                     "fix file permissions in <ownerdir> to 644 recursively"],
    "find <ownerdir> -type d -exec chmod 755 {} +": ["set all [folders|directories] in <ownerdir> to 755",
                                                     "fix directory permissions under <ownerdir> to 755",
                                                     "make every subdirectory of <ownerdir> 755"],
    "find <directory?.> -user <user>": ["find files owned by <user> [in <directory>|]", "which files belong to <user>",
                                        "list <user>'s files [under <directory>|]"],
    "find <directory?.> -type f -perm -0002": ["find world[-| ]writable files [in <directory>|]",
                                               "which files can anyone write to"],
    "find / -perm -4000 -type f 2>/dev/null": ["find setuid [files|binaries|programs]",
                                               "list all suid binaries [on the system|]",
                                               "which programs have the setuid bit"],
    "sudo chattr +i <file>": ["make <file> immutable", "prevent [anyone|even root] from changing <file>",
                              "lock <file> so it can't be deleted [or modified|]"],
    "sudo chattr -i <file>": ["make <file> mutable again", "remove the immutable [flag|attribute] from <file>"],
    "setfacl -m u:<user>:rw <file>": ["give <user> read and write access to <file>",
                                      "let <user> [read and |]edit <file> [with an acl|]",
                                      "add an acl [entry |]for <user> on <file> with rw"],
    "setfacl -m u:<user>:r <file>": ["give <user> read[-| ]only access to <file>", "let <user> read <file>"],
    "getfacl <file>": ["show [the |]acl[s|] [of|on|for] <file>", "what acl entries does <file> have", "getfacl <file>",
                       "list access control lists for <file>"],
    # users
    "whoami": ["what's my username", "which user am i", "current user",
               "what user am i running as", "show my user name"],
    "id <user?>": ["show the uid and gid of <user>", "what groups and ids does <user> have", "user id of <user>", "id <user>"],
    "groups <user?>": ["what groups am i in", "which groups is <user> in", "list [the |]groups [of|for] <user>",
                       "groups <user>", "is <user> in any groups"],
    "who": ["who is logged in", "who else is on this [machine|server|box]", "show logged in users",
            "list users currently logged in", "who's online"],
    "w": ["what are [the |]logged in users doing", "who is logged in and what are they running"],
    "last <user?>": ["[show|list] recent logins [for <user>|]", "when did <user> last log in",
                     "login history [of|for] <user>", "last logins"],
    "sudo adduser <user>": [
        "[create|add|make] a [new |]user [called|named] <user>", "new user <user>", "add <user> as a user",
        "create an account for <user>", "set up a user account for <user>", "adduser <user>",
    ],
    "sudo useradd -r -s /usr/sbin/nologin <svcuser>": [
        "create a system user <svcuser> [without login|with no shell|that can't log in]",
        "add a service account [called|named] <svcuser>",
    ],
    "sudo deluser <user>": ["delete [the |]user <user>", "remove [the |]user [account |]<user>",
                            "get rid of the user <user>", "deluser <user>"],
    "sudo deluser --remove-home <user>": ["delete [the |]user <user> and [their|his|her] home [folder|directory]",
                                          "remove <user> completely including home", "delete <user> and all their files"],
    "passwd": ["change my password", "reset my [own |]password", "update my password", "passwd",
               "set a new password for myself"],
    "sudo passwd <user>": ["change [the |]password [of|for] <user>", "reset <user>'s password",
                           "set a new password for <user>", "passwd <user>"],
    "sudo usermod -aG <group> <user>": [
        "add <user> to [the |]<group> group", "put <user> in [the group |]<group>", "make <user> a member of <group>",
        "give <user> <group> group membership", "usermod add <user> to <group>",
    ],
    "sudo usermod -aG <group> $USER": ["add me to [the |]<group> group", "add myself to <group>",
                                       "put my user in the <group> group", "make me a member of <group>"],
    "sudo usermod -aG sudo <user>": ["give <user> sudo [rights|access|privileges]", "make <user> an admin",
                                     "let <user> use sudo", "add <user> to sudoers", "grant <user> root access"],
    "sudo gpasswd -d <user> <group>": ["remove <user> from [the |]<group> group", "take <user> out of <group>",
                                       "kick <user> out of the <group> group"],
    "sudo groupadd <group>": ["create [a |the ]group <group>", "add a new group [called|named] <group>",
                              "make a group <group>", "new group <group>"],
    "sudo groupdel <group>": ["delete [the |]group <group>", "remove [the |]group <group>"],
    "getent group <group>": ["who is in [the |]<group> group", "list [the |]members of <group>", "members of group <group>",
                             "which users are in <group>"],
    "cut -d: -f1 /etc/passwd": ["list all users [on this system|on the machine|]", "show [all |]user accounts",
                                "what users exist", "who has an account [here|on this box]"],
    "cut -d: -f1 /etc/group": ["list all groups [on the system|]", "what groups exist", "show every group"],
    "su - <user>": ["switch to [the |]user <user>", "become <user>", "log in as <user>", "su to <user>",
                    "change user to <user>"],
    "sudo -i": ["become root", "get a root shell", "switch to root", "log in as root", "sudo su"],
    "sudo -l": ["what can i run with sudo", "which commands am i allowed to sudo", "do i have sudo [rights|access]",
                "check my sudo permissions"],
    "sudo passwd -l <user>": ["lock [the |]user [account |]<user>", "disable <user>'s [account|login]",
                              "stop <user> from logging in"],
    "sudo passwd -u <user>": ["unlock [the |]user [account |]<user>", "re-enable <user>'s account"],
    "sudo chage -l <user>": ["when does <user>'s password expire", "password expiry [info |]for <user>",
                             "show password aging for <user>"],
    "sudo chage -d 0 <user>": ["force <user> to change [their |]password at next login",
                               "make <user> pick a new password when they log in", "expire <user>'s password"],
    "chsh -s <shell>": ["change my [login |default ]shell to <shell>", "switch my shell to <shell>",
                        "use <shell> as my default shell", "make <shell> my default shell", "set <shell> as my shell"],
    "sudo chsh -s <shell> <user>": ["change <user>'s shell to <shell>", "set the login shell of <user> to <shell>",
                                    "make <shell> the default shell for <user>"],
    "sudo lastb": ["show failed login attempts", "who tried to log in and failed", "bad login attempts", "failed logins"],
    "echo $HOME": ["where is my home [directory|folder]", "what's my home [dir|directory]", "print my home path"],
    "sudo visudo": ["edit [the |]sudoers [file|]", "change sudo [permissions|rules]", "open sudoers [safely|]"],
    # processes
    "ps aux": ["[show|list] [all |]running processes", "what's running [on this machine|right now]",
               "what processes are running", "process list", "ps", "show me everything that's running"],
    "ps aux | grep <process>": ["check if the <process> process is running", "find the <process> process",
                                "ps aux grep <process>", "is there a <process> process"],
    "pgrep -a <process>": ["pid of <process>", "what's the pid of <process>", "which pids does <process> have",
                           "find the process id of <process>", "pgrep <process>"],
    "pgrep -c <process>": ["how many <process> processes are [running|there]", "count [the |]<process> processes"],
    "top": ["task manager", "monitor processes", "live process view", "show cpu load live"],
    "htop": ["htop", "open htop", "interactive process viewer", "nicer top", "fancy process monitor"],
    "top -u <user>": ["show processes of <user> in top", "top for [the user |]<user> only", "monitor <user>'s processes"],
    "ps -u <user>": ["what is <user> running", "list [all |]processes [of|owned by|run by] <user>",
                     "show <user>'s processes", "ps for user <user>"],
    "kill <pid>": ["kill [process |pid |]<pid>", "stop [the |]process <pid>", "end process <pid>",
                   "terminate [pid |process |]<pid>", "kill <pid>"],
    "kill -9 <pid>": ["force kill [process |pid |]<pid>", "kill -9 <pid>", "<pid> won't die, kill it hard",
                      "forcefully terminate <pid>", "sigkill <pid>"],
    "pkill <process>": ["kill [all |every ]<process> [processes|]", "stop all <process> processes", "close <process>",
                        "quit <process>", "pkill <process>", "end all <process> processes"],
    "pkill -9 <process>": ["force kill [all |every ]<process> [processes|]", "force quit <process>",
                           "<process> is frozen, kill it", "<process> is not responding", "pkill -9 <process>"],
    "ps aux --sort=-%mem | head": ["what is using [the most |]memory", "which processes use the most [ram|memory]",
                                   "top memory hogs", "what's eating [my |all my ]ram", "biggest processes by memory"],
    "ps aux --sort=-%cpu | head": ["which processes use the most cpu", "what's eating [my |the ]cpu",
                                   "top cpu [users|hogs|consumers]", "highest cpu processes"],
    "sudo lsof -i :<port>": [
        "what is [running|listening] on port <port>", "which process is using port <port>", "who is using port <port>",
        "what's on port <port>", "find the process on port <port>", "port <port> is already in use, what's using it",
        "lsof port <port>", "is anything listening on port <port>",
    ],
    "sudo fuser -k <port>/tcp": ["kill [whatever is|what's|the process] [listening |running ]on port <port>",
                                 "free up port <port>", "stop whatever is using port <port>",
                                 "kill whatever is listening on <port>"],
    "nohup <command> &": ["run <command> in the background [even after i log out|and keep it running after logout]",
                          "keep <command> running after i close the terminal", "nohup <command>",
                          "start <command> so it survives logout"],
    "<command> &": ["run <command> in the background", "start <command> in the background", "background <command>"],
    "jobs": ["list [background |]jobs", "what jobs are running [in this shell|]", "show my background jobs"],
    "fg": ["bring [the |][background |last ]job [back |]to the foreground", "resume the [last |]job in the foreground", "fg"],
    "bg": ["continue the stopped job in the background", "resume [the |]suspended job in the background", "bg"],
    "pstree": ["show [the |]process tree", "processes as a tree", "which process started which", "pstree"],
    "ps -fp <pid>": ["details [of|about] process <pid>", "what is process <pid>", "show info for pid <pid>",
                     "what command is pid <pid> running"],
    "ps -o ppid= -p <pid>": ["parent [process |pid ]of <pid>", "what started process <pid>",
                             "who is the parent of pid <pid>"],
    "lsof -p <pid>": ["which files does process <pid> have open", "open files of [pid |process ]<pid>",
                      "what files is <pid> using"],
    "lsof <file>": ["which process has <file> open", "who is using <file>", "what's holding <file> open"],
    "renice -n <niceness?10> -p <pid>": ["lower the priority of [process |pid ]<pid> [to <niceness>|]",
                                         "renice <pid> [to <niceness>|]", "make process <pid> nicer",
                                         "change the niceness of <pid> to <niceness>"],
    "nice -n <niceness?10> <command>": ["run <command> with [low|lower] priority", "start <command> with niceness <niceness>",
                                        "nice <command>"],
    "watch -n <seconds> <watched>": ["run <watched> every <seconds> seconds", "repeat <watched> every <seconds> seconds",
                                     "refresh <watched> every <seconds> seconds", "watch <watched> every <seconds> seconds"],
    "watch <watched>": ["keep running <watched> and show the output", "watch <watched>", "monitor the output of <watched>",
                        "rerun <watched> every 2 seconds"],
    "time <command>": ["how long does <command> take", "time <command>", "measure how long <command> runs",
                       "benchmark <command>"],
    "kill -HUP <pid>": ["send [a |]hup [signal |]to <pid>", "reload [the config of |]process <pid>", "sighup <pid>"],
    "kill -STOP <pid>": ["pause [process |]<pid>", "freeze [process |pid ]<pid>", "suspend process <pid>"],
    "kill -CONT <pid>": ["resume [process |]<pid>", "unpause <pid>", "continue the [stopped |paused ]process <pid>"],
})
MORE_PHRASINGS.update({
    # disk
    "df -h": ["how much [disk |free |]space [is left|do i have]", "disk space", "free space on my [disk|drive|hard drive]",
              "check disk space", "is my disk full", "how full is my disk", "df", "how much room is left on my disk",
              "how much space is left on my disk"],
    "df -h <directory>": ["how much space is left on the partition of <directory>", "free space [on|in] <directory>",
                          "which filesystem is <directory> on and how full is it", "df <directory>"],
    "df -hT": ["show filesystem types", "disk space with filesystem types", "what filesystems are mounted and their types"],
    "df -i": ["check inodes", "am i out of inodes", "inode usage", "how many inodes are free"],
    "du -sh <directory?>": [
        "how big is [the |]<directory> [folder|directory|dir]", "size of <directory>",
        "how much space does <directory> [use|take up]", "total size of <directory>", "du <directory>",
        "how large is the <directory> folder", "folder size of <directory>",
    ],
    "du -sh * | sort -rh | head": [
        "what's [taking up|using] the most space [here|in this folder]", "biggest [folders|items] in the current directory",
        "sort folders by size", "what's eating my disk [space|]", "largest directories here", "du sorted by size",
    ],
    "du -sh <directory>/* | sort -rh | head": [
        "what's taking up space in <directory>", "biggest [folders|things] in <directory>",
        "which subfolders of <directory> are largest", "what is using [all the |]space in <directory>",
    ],
    "find <directory?.> -type f -exec du -h {} + | sort -rh | head -n 10": [
        "[find|show|list] the [10 |ten ]biggest files [in <directory>|]", "largest files [in <directory>|on disk]",
        "top 10 largest files [under <directory>|]", "what are the biggest files [in <directory>|]",
    ],
    "lsblk": ["list [all |]disks", "show [my |]drives and partitions", "what disks [are there|do i have]",
              "list block devices", "show partitions", "what drives are connected"],
    "lsblk -f": ["show [the |]filesystems [on each partition|of my disks]", "list partitions with uuids [and filesystems|]",
                 "which filesystem is each partition"],
    "sudo fdisk -l": ["list [the |]partition tables", "show [detailed |]disk partitions [with sizes|]", "fdisk -l"],
    "sudo blkid <device?>": ["what's the uuid of <device>", "show [the |]uuids [of all partitions|]",
                             "blkid <device>"],
    "findmnt": ["what is mounted where", "[show|list] mount points", "list mounted filesystems [as a tree|]", "mounts"],
    "sudo mount <device> <mountpoint>": ["mount <device> [on|at|to] <mountpoint>", "attach <device> [to|at] <mountpoint>",
                                         "mount [the drive |the usb |]<device> [in|under] <mountpoint>"],
    "sudo umount <mountpoint>": ["unmount <mountpoint>", "eject <mountpoint>", "umount <mountpoint>", "detach <mountpoint>",
                                 "safely remove the drive at <mountpoint>"],
    "sudo umount <device>": ["unmount <device>", "eject <device>", "umount <device>"],
    "sudo mount -a": ["mount everything in fstab", "apply [the |my ]fstab changes", "remount all filesystems from fstab"],
    "sudo mount -o remount,rw /": ["remount root [as |]read[-| ]write", "my root filesystem is read only, make it writable"],
    "sudo mkfs.ext4 <device>": ["format <device> [as|with|to] ext4", "make an ext4 filesystem on <device>",
                                "create ext4 on <device>"],
    "sudo mkfs.vfat -F 32 <device>": ["format <device> [as|to] fat32", "make <device> fat32",
                                      "format [the usb stick |the usb drive |]<device> [as|with] fat32"],
    "sudo mkfs.exfat <device>": ["format <device> [as|to] exfat", "make <device> exfat"],
    "sudo fsck <device>": ["check <device> for errors", "repair [the filesystem on |]<device>", "run fsck on <device>",
                           "fix <device>"],
    "sudo smartctl -a <disk>": ["check [the |]health of <disk>", "is <disk> failing", "smart status of <disk>",
                                "show smart data for <disk>"],
    "sudo dd if=<iso> of=<disk> bs=4M status=progress conv=fsync": [
        "write <iso> to <disk>", "flash <iso> [to|onto] <disk>", "make a bootable usb [from|with] <iso> on <disk>",
        "burn <iso> to [the usb |the drive |]<disk>", "copy <iso> onto <disk> with dd",
    ],
    "ncdu <directory?>": ["interactive disk usage [of <directory>|]", "browse disk usage [in <directory>|]",
                          "ncdu <directory>", "explore what's using space in <directory>"],
    "swapon --show": ["show swap", "how much swap do i have", "is swap enabled", "list swap [devices|partitions|files]"],
    "sudo hdparm -Tt <disk>": ["test [the |]read speed of <disk>", "benchmark <disk>", "how fast is <disk>"],
    "iostat -x 1": ["show disk i/o [stats|statistics]", "disk io every second", "monitor disk [activity|throughput]"],
    "sudo iotop": ["what is [writing to|reading] the disk", "which process is using [the |]disk [io|i/o]", "top for disk"],
    # system
    "uname -r": ["what kernel [version |]am i [running|on]", "kernel version", "which linux kernel is this",
                 "show [the |]kernel release"],
    "uname -a": ["[show|print] all system info[rmation|]", "full uname", "uname -a"],
    "cat /etc/os-release": ["what [linux |]distro is this", "which version of ubuntu [am i running|is this]",
                            "what os am i [on|running]", "os version", "which debian version is installed"],
    "hostname": ["what's [my|this] [computer's |machine's ]name", "hostname", "what is the hostname",
                 "name of this [machine|computer|server]"],
    "sudo hostnamectl set-hostname <hostname>": [
        "rename [this|the] [computer|machine|server] to <hostname>", "change [the |my ]hostname to <hostname>",
        "set hostname [to |]<hostname>", "call this machine <hostname>",
    ],
    "uptime": ["how long has [this machine|the system|the server|my computer] been [up|running|on]", "uptime",
               "system load average"],
    "uptime -s": ["when did [the system|this machine] [boot|start]", "when was the last boot"],
    "systemd-analyze": ["how long did [the |]boot take", "boot time analysis"],
    "systemd-analyze blame": ["what slows down [my |the ]boot", "which services take longest to start [at boot|]", "slow boot"],
    "free -h": ["how much [ram|memory] [do i have|is free|is used|is available]", "memory usage", "free memory",
                "check [ram|memory]", "show ram", "is my ram full", "free"],
    "nproc": ["how many [cpu |]cores [do i have|does this machine have]", "number of cpus", "core count", "cpu count"],
    "lscpu": ["what cpu do i have", "cpu info", "show [the |]processor [details|model]", "which processor is this"],
    "lspci": ["list pci devices", "show [my |]hardware", "what hardware is in this machine"],
    "lspci | grep -i vga": ["what graphics card do i have", "which gpu is installed", "show [my |]video card"],
    "lsusb": ["list usb devices", "what's plugged into usb", "show connected usb [devices|stuff]",
              "is my usb device detected"],
    "date": ["what time is it", "what's the date [today|]", "current date and time", "today's date", "date", "show the time"],
    "timedatectl": ["what timezone am i in", "show [the |]time zone [settings|]", "is ntp [sync |]enabled", "time settings"],
    "sudo timedatectl set-timezone <timezone>": ["set [the |my ]timezone to <timezone>",
                                                 "change [the |]time zone to <timezone>", "switch to <timezone> time",
                                                 "use <timezone> as the timezone"],
    "timedatectl list-timezones": ["list [all |available ]timezones", "what timezones are [there|available]"],
    "cal": ["show [a |the |this month's ]calendar", "calendar", "cal"],
    "printenv": ["show [all |my ]environment variables", "list env vars", "print the environment", "env",
                 "what environment variables are set"],
    "echo $<var>": ["what is [the value of |]<var>", "print <var>", "show [me |][the |]<var> [variable|env var]",
                    "echo <var>", "value of $<var>"],
    "export <var_name>=<var_value>": [
        "set [the |an |]environment variable <var_name> to <var_value>", "export <var_name>=<var_value>",
        "make <var_name> equal <var_value>", "define <var_name> as <var_value> [in this shell|for this session|]",
    ],
    "echo $SHELL": ["which shell am i using", "what shell is this", "what's my [current |default |]shell"],
    "history": ["show [my |the |]command history", "what commands did i run [recently|before|]",
                "list previous commands", "history"],
    "history | grep '<histword>'": ["find the <histword> command i ran [earlier|before|last week]",
                                    "search [my |the |]history for <histword>", "what <histword> commands did i run",
                                    "grep history for <histword>"],
    "which <program>": ["where is <program> installed", "which <program>", "path of [the |]<program> [binary|executable|command]",
                        "where is the <program> binary", "is <program> on my path"],
    "man <program>": ["[show|open|read] the manual [for|of] <program>", "how do i use <program>", "help for <program>",
                      "man <program>", "docs for <program>", "man page [for|of] <program>"],
    "<verprogram> --version": ["what version of <verprogram> [is installed|do i have]", "<verprogram> version",
                               "which <verprogram> version [is this|am i running]", "check [the |]<verprogram> version"],
    "sensors": ["cpu temperature", "how hot is my [cpu|computer|laptop]", "show [the |]temperatures", "check [the |]temps"],
    "nvidia-smi": ["gpu usage", "show [my |]gpu [status|memory|usage]", "is the gpu being used", "nvidia-smi",
                   "what's running on the gpu"],
    "sudo reboot": ["restart [the |this |my ]computer", "reboot [the |this |]machine", "reboot now", "reboot"],
    "sudo shutdown -h now": ["shut down [now|the computer|this machine|immediately]", "power off [the |this |]machine",
                             "turn off the computer", "halt the system"],
    "sudo shutdown -r +<minutes>": ["reboot in <minutes> minutes", "schedule a restart in <minutes> minutes",
                                    "restart the machine after <minutes> minutes"],
    "sudo shutdown -h +<minutes>": ["shut down in <minutes> minutes", "power off after <minutes> minutes",
                                    "turn off the computer in <minutes> minutes"],
    "sudo shutdown -c": ["cancel the [scheduled |pending ]shutdown", "abort the [shutdown|reboot]",
                         "don't shut down after all"],
    "vmstat 1": ["show [memory and cpu |system ]stats every second", "vmstat", "virtual memory statistics"],
    "uname -m": ["what architecture is this", "is this [64[-| ]bit|arm|x86]", "cpu architecture", "am i on arm or x86"],
    "alias <alias_name>='<alias_cmd>'": ["[make|create] an alias <alias_name> for <alias_cmd>",
                                         "alias <alias_name> to <alias_cmd>",
                                         "let me type <alias_name> instead of <alias_cmd>",
                                         "shortcut <alias_name> for <alias_cmd>"],
    "source ~/.bashrc": ["reload [my |the ]bashrc", "apply [the |my ]changes to ~/.bashrc", "re-read [my |]shell config",
                         "source bashrc"],
    "clear": ["clear the [screen|terminal]", "clean up the terminal", "clear", "wipe the screen"],
    "echo $?": ["exit code of the last command", "did the last command succeed", "what did the previous command return",
                "show the last exit status"],
    "lsmod": ["list [loaded |]kernel modules", "which [kernel |]modules are loaded", "show [loaded |]drivers"],
    "locale": ["what's my locale", "show [the |]language settings", "current locale [settings|]"],
    "sudo dmidecode -t memory": ["what ram do i have", "show [ram|memory] [modules|sticks|slots]",
                                 "memory [speed|type] [info|]"],
})
MORE_PHRASINGS.update({
    # services
    "sudo systemctl start <service>": ["bring up <service>", "turn on <service>", "launch the <service> service",
                                       "systemctl start <service>", "how do i start <service>"],
    "sudo systemctl stop <service>": ["shut down <service>", "bring down <service>", "stop the <service> service"],
    "sudo systemctl restart <service>": ["restart [the |]<service> [service|]", "bounce <service>",
                                         "<service> is stuck, restart it", "systemctl restart <service>",
                                         "stop and start <service>"],
    "sudo systemctl reload <reloadable>": ["reload <reloadable> [config|configuration|]",
                                           "apply <reloadable> config changes without restarting",
                                           "reload the <reloadable> service"],
    "systemctl status <service>": ["status of <service>", "check [the |]<service> [service|status]", "did <service> start"],
    "sudo systemctl enable <service>": ["enable <service> [at boot|on startup|]",
                                        "start <service> automatically [at boot|on startup|when the machine boots]",
                                        "make <service> start on boot", "systemctl enable <service>"],
    "sudo systemctl disable <service>": ["disable <service> [at boot|on startup|]", "don't start <service> at boot",
                                         "stop <service> from starting automatically", "systemctl disable <service>"],
    "sudo systemctl enable --now <service>": ["enable and start <service>", "start <service> now and on every boot",
                                              "turn on <service> permanently"],
    "sudo systemctl disable --now <service>": ["disable and stop <service>", "stop <service> and keep it off after reboot"],
    "systemctl list-units --type=service --state=running": ["[list|show] running services", "what services are running",
                                                            "which daemons are active", "active services"],
    "systemctl list-unit-files --type=service": ["list all services",
                                                 "[show|list] installed services [and whether they're enabled|]",
                                                 "which services are enabled"],
    "systemctl --failed": ["[list|show] failed services", "what services failed", "did any service crash",
                           "which units failed"],
    "journalctl -u <service>": ["[show|view] [the |]logs [of|for] <service>", "<service> logs", "why did <service> fail",
                                "journal for <service>", "what did <service> log"],
    "journalctl -u <service> -f": ["follow [the |]<service> logs", "tail [the |]<service> logs [live|]",
                                   "watch <service> logs in real time", "stream logs of <service>"],
    "journalctl -u <service> --since today": ["<service> logs [from|since] today", "today's logs for <service>",
                                              "what did <service> log today"],
    "journalctl -u <service> -n <n>": ["last <n> log lines [of|for] <service>",
                                       "show the last <n> entries of the <service> log"],
    "journalctl --since \"<ago>\"": ["logs from <ago>", "system logs [since|for] <ago>", "show the journal for <ago>"],
    "journalctl -f": ["follow [the |]system [log|journal]", "watch [the |]system logs live", "tail the journal"],
    "journalctl -b": ["logs [from|since|of] [this|the current] boot", "journal since [the last |]boot"],
    "journalctl -b -1": ["logs from the previous boot", "what happened before the [last |]crash", "journal of the last boot"],
    "journalctl -p err -b": ["show errors [from|since] [this|the current] boot", "system errors since boot",
                             "what errors happened since boot", "only error messages in the journal"],
    "sudo journalctl --vacuum-size=<journal_size>": ["shrink [the |]journal to <journal_size>",
                                                     "limit [the |]journal to <journal_size>",
                                                     "clean [the |]journal [down |]to <journal_size>"],
    "sudo journalctl --vacuum-time=<days>d": ["delete journal [logs|entries] older than <days> days",
                                              "keep only <days> days of [journal |]logs"],
    "journalctl --disk-usage": ["how much space do [the |]logs [take|use]", "journal size", "how big is the journal"],
    "tail -f /var/log/syslog": ["follow [the |]syslog", "watch /var/log/syslog", "tail the syslog"],
    "sudo dmesg": ["kernel messages", "show [the |]kernel log", "dmesg", "what did the kernel say"],
    "sudo dmesg -w": ["follow kernel messages", "watch [the |]kernel log live", "dmesg follow"],
    "sudo grep 'Failed password' /var/log/auth.log": ["who tried to ssh in and failed", "failed ssh logins",
                                                      "show failed password attempts [in auth.log|]",
                                                      "is someone brute forcing ssh"],
    "crontab -l": ["[list|show] my cron jobs", "what cron jobs do i have", "crontab -l", "what's scheduled in cron",
                   "show [my |the |]crontab"],
    "crontab -e": ["edit [my |the |]crontab", "add a cron job", "schedule a [task|job|script] with cron", "crontab -e",
                   "change my cron jobs"],
    "sudo crontab -l -u <user>": ["[show|list] <user>'s cron jobs", "what's in the crontab of <user>", "crontab for <user>"],
    "systemctl list-timers": ["list [systemd |]timers", "what timers are scheduled", "when do the systemd timers run next"],
    "sudo systemctl daemon-reload": ["reload systemd [units|after editing a unit file|]", "daemon-reload",
                                     "make systemd pick up [the |]changed unit files"],
    "systemctl cat <service>": ["show the unit file [of|for] <service>", "where is the service file for <service>",
                                "print the <service> unit"],
    "sudo systemctl edit <service>": ["override [the |]<service> [service |]settings", "edit [the |]<service> unit",
                                      "add a drop-in for <service>"],
    "systemctl is-enabled <service>": ["is <service> enabled", "does <service> start at boot", "will <service> start on boot",
                                       "check whether <service> is enabled"],
    "sudo nginx -t": ["test [the |]nginx config[uration|]", "check nginx config [for errors|syntax]",
                      "is my nginx config valid", "nginx -t"],
    "sudo apachectl configtest": ["test [the |]apache config", "check apache [config|configuration] syntax"],
    "sudo sshd -t": ["test [the |]sshd config", "check [the |]ssh server config for errors"],
    "docker ps": ["[list|show] running containers", "what containers are running", "docker ps",
                  "which docker containers are up"],
    "docker ps -a": ["[list|show] all containers [including stopped ones|]", "show stopped containers [too|]", "docker ps -a"],
    "docker logs -f <container>": ["follow [the |]logs of [the |]<container> container", "tail <container> logs",
                                   "stream [the |]<container> container logs"],
    "docker logs <container>": ["[show|view] [the |]logs of [the |]<container> container", "<container> container logs",
                                "docker logs <container>"],
    "docker exec -it <container> bash": ["[open|get] a shell in [the |]<container> container", "exec into <container>",
                                         "log into the <container> container", "ssh into [the |]<container> container",
                                         "enter the <container> container"],
    "docker images": ["[list|show] [docker |]images", "what images do i have", "docker images"],
    "docker compose up -d": ["start [the |]compose [stack|services|project] [in the background|]", "docker compose up",
                             "bring [the |]stack up", "start everything in docker-compose.yml"],
    "docker compose down": ["stop [the |]compose [stack|services]", "docker compose down", "bring [the |]stack down",
                            "tear down the compose [project|services]"],
    "docker stop <container>": ["stop [the |]<container> container", "docker stop <container>",
                                "shut down container <container>"],
    "docker restart <container>": ["restart [the |]<container> container", "docker restart <container>",
                                   "reboot container <container>"],
    "docker system prune": ["clean up docker", "free space used by docker", "remove unused [docker |]images and containers",
                            "docker cleanup", "prune docker"],
    # networking
    "hostname -I": ["what's my [local |internal |private |lan ]ip [address|]", "my ip address", "show my ip [address|]",
                    "ip of this machine", "what ip do i have on the network"],
    "ip a": ["list [my |]network [adapters|cards|interfaces] [and their ips|]", "ip addr",
             "ifconfig", "show ip addresses of all interfaces"],
    "ip a show <iface>": ["ip [address |]of <iface>", "what's the ip on <iface>", "show [the |]interface <iface>",
                          "details of <iface>"],
    "curl ifconfig.me": ["what's my public ip [address|]", "my external ip", "what ip does the internet see",
                         "show my public ip"],
    "ip route": ["[show|print] [the |]routing table", "list routes", "ip route"],
    "ip route show default": ["show [the |]default route", "router ip",
                              "what is my router's ip"],
    "ping <host>": ["ping <host>", "is <host> [up|reachable|online]", "can i reach <host>",
                    "check if <host> is [up|alive|responding]", "test [the |]connection to <host>"],
    "ping -c <count> <host>": ["ping <host> <count> times", "send <count> pings to <host>", "ping <host> only <count> times"],
    "ping -c 4 8.8.8.8": ["am i online", "is my internet [working|up|down]", "check [my |the |]internet [connection|]",
                          "do i have internet"],
    "sudo ss -tulpn": ["[list|show] [all |]open ports", "what ports are [open|listening]", "which ports are in use",
                       "netstat", "listening ports", "what's listening [on this machine|]", "show listening sockets"],
    "ss -tn state established": ["show [active |established |open ]connections", "who is connected to this machine",
                                 "list established tcp connections"],
    "curl <url>": ["fetch <url>", "get <url>", "curl <url>", "[show|print] the response from <url>", "request <url>",
                   "what does <url> return"],
    "curl -I <url>": ["[show|get] [the |]headers [of|from|for] <url>", "http headers of <url>", "curl -I <url>",
                      "head request [to|for] <url>"],
    "curl -s -o /dev/null -w '%{http_code}' <url>": ["[what's|get] the [http |]status code [of|for] <url>",
                                                     "is <url> returning 200", "check [the |]status of <url>"],
    "wget <dl_url>": ["download <dl_url>", "wget <dl_url>", "save <dl_url> [here|to this folder]"],
    "curl -O <dl_url>": ["download <dl_url> with curl", "curl -O <dl_url>", "save <dl_url> using curl"],
    "wget -O <outfile> <save_url>": ["download <save_url> [as|to] <outfile>", "save <save_url> [as|to|into] <outfile>",
                                     "wget <save_url> [as|into] <outfile>", "download <save_url> and name it <outfile>"],
    "wget -c <dl_url>": ["resume [the |]download [of|for] <dl_url>", "continue downloading <dl_url>",
                         "restart the interrupted download of <dl_url>"],
    "curl -X POST -H 'Content-Type: application/json' -d '<json>' <api_url>": [
        "post <json> to <api_url>", "send [a |]post request [with|containing] <json> to <api_url>",
        "send json <json> to <api_url>", "curl post <json> to <api_url>",
    ],
    "ssh <user>@<server>": ["ssh [in|into|to] <server> as <user>", "connect to <server> as <user>",
                            "ssh <user>@<server>",
                            "open a [remote |ssh ]session on <server> as <user>"],
    "ssh <server>": ["ssh [into|to] <server>", "connect to <server> [over|with] ssh", "log into <server>",
                     "remote into <server>"],
    "ssh -p <port> <user>@<server>": ["connect to <server> as <user> [on|through] port <port>",
                                      "ssh <user>@<server> port <port>"],
    "ssh -i <keyfile> <user>@<server>": ["ssh [into|to] <server> as <user> with [the key|key] <keyfile>",
                                         "connect to <server> as <user> using <keyfile>",
                                         "use <keyfile> to ssh into <server> as <user>"],
    "ssh <user>@<server> '<rcmd>'": ["run <rcmd> on <server> as <user>", "execute <rcmd> remotely on <server> as <user>"],
    "scp <file> <user>@<server>:<remote_dir>": ["copy <file> to <server> [into|in] <remote_dir> as <user>",
                                                "upload <file> to <user>@<server>:<remote_dir>",
                                                "scp <file> to <user>@<server>"],
    "scp <user>@<server>:<remote_file> <workdir?.>": [
        "download <remote_file> from <server> [as <user>|]", "copy <remote_file> from <user>@<server> [to <workdir>|here]",
        "fetch <remote_file> from <server> to <workdir>", "get <remote_file> off <server>",
    ],
    "scp -r <workdir> <user>@<server>:<remote_dir>": ["copy [the |]folder <workdir> to <server> [as <user>|]",
                                                      "upload the <workdir> directory to <user>@<server>:<remote_dir>",
                                                      "scp [the |]directory <workdir> to <server>"],
    "rsync -avz <workdir>/ <user>@<server>:<remote_dir>": [
        "sync <workdir> to <server> [as <user>|]", "rsync <workdir> to <user>@<server>:<remote_dir>",
        "back up <workdir> to <server> over ssh", "mirror <workdir> to <remote_dir> on <server>",
    ],
    "ssh-keygen -t ed25519": ["[generate|create|make] [a |a new ]ssh key[ pair|]", "new ssh key", "ssh-keygen"],
    "ssh-keygen -t ed25519 -C \"<email>\"": ["[generate|create] an ssh key for <email>",
                                             "new ssh key with [the |]email <email>", "ssh key labeled <email>"],
    "ssh-copy-id <user>@<server>": ["copy my [ssh |public ]key to <server> [for <user>|as <user>]",
                                    "set up passwordless [ssh|login] to <user>@<server>", "install my key on <server>",
                                    "ssh-copy-id <user>@<server>"],
    "ssh -L <local_port>:localhost:<remote_port> <user>@<server>": [
        "forward [local |]port <local_port> to <remote_port> on <server>",
        "tunnel <local_port> to <server>'s port <remote_port>",
        "ssh tunnel from localhost:<local_port> to <remote_port> on <server> as <user>",
    ],
    "dig <domain>": ["dns lookup [for|of] <domain>", "look up <domain>", "query dns for <domain>", "dig <domain>",
                     "nslookup <domain>"],
    "dig +short <domain>": ["what ip does <domain> resolve to", "ip [address |]of <domain>", "resolve <domain>",
                            "what's the ip for <domain>"],
    "dig +short MX <domain>": ["mail servers [of|for] <domain>", "mx records [of|for] <domain>",
                               "who handles email for <domain>"],
    "whois <domain>": ["who owns [the domain |]<domain>", "whois <domain>", "when does <domain> expire",
                       "registration info [for|of] <domain>"],
    "traceroute <host>": ["traceroute [to |]<host>", "trace the route to <host>", "what path do packets take to <host>",
                          "show the hops to <host>"],
    "nc -zv <server> <port>": ["is port <port> open on <server>",
                               "check [if |whether |]<server> [is listening on|accepts connections on] port <port>",
                               "test [the |]connection to <server> [on|at] port <port>",
                               "can i connect to <server> on port <port>"],
    "nmap <host>": ["scan <host> [for open ports|]", "port scan <host>", "what ports are open on <host>", "nmap <host>"],
    "nmap -sn <subnet>": ["find [all |]devices on <subnet>", "what hosts are up [on|in] <subnet>",
                          "scan [the |]network <subnet>", "ping sweep <subnet>"],
    "sudo ufw status": ["firewall status", "is the firewall [on|enabled|active]", "show [the |]firewall rules", "ufw status"],
    "sudo ufw allow <port>/tcp": ["open port <port> [in the firewall|]", "allow [traffic on |]port <port> [through the firewall|]",
                                  "let port <port> through the firewall", "ufw allow <port>", "allow tcp [port |]<port>"],
    "sudo ufw deny <port>/tcp": ["block port <port>", "close port <port> [in the firewall|]", "deny [traffic on |]port <port>"],
    "sudo ufw delete allow <port>/tcp": ["remove the firewall rule [for|allowing] port <port>",
                                         "delete [the |]ufw rule for <port>", "stop allowing port <port>"],
    "sudo ufw enable": ["turn on the firewall", "enable [the |]firewall", "enable ufw"],
    "sudo ufw disable": ["turn off the firewall", "disable [the |]firewall", "disable ufw"],
    "sudo iptables -L -n -v": ["list iptables rules", "show [all |]iptables rules [with counters|]",
                               "what iptables rules are there"],
    "ip link": ["list [network |]links", "show [the |]state of network interfaces", "which interfaces are up"],
    "sudo ip link set <iface> down": ["[bring|take|turn] <iface> down", "disable [the interface |]<iface>", "turn off <iface>"],
    "sudo ip link set <iface> up": ["[bring|turn] <iface> up", "enable [the interface |]<iface>", "turn on <iface>"],
    "nmcli device wifi list": ["[list|show|scan for] [available |nearby ]wifi networks",
                               "what wifi networks are [around|available]", "scan wifi"],
    "nmcli device wifi connect <ssid> password <wifi_password>": [
        "connect to [the |]wifi <ssid> [with|using] password <wifi_password>",
        "join [the |]<ssid> [wifi|network] [with|using] password <wifi_password>",
        "log into wifi <ssid>, password <wifi_password>",
    ],
    "nmcli connection show": ["[list|show] [saved |network ]connections", "what networks have i connected to",
                              "saved wifi networks"],
    "resolvectl status": ["which dns servers am i using", "show [my |the |]dns [settings|servers]", "dns status"],
    "python3 -m http.server <port?>": ["[serve|share] this folder [over http|on port <port>]",
                                       "start a [simple |quick |]web server [here|on port <port>]",
                                       "python http server [on <port>|]", "host the current directory on port <port>"],
    "sudo tcpdump -i any port <port>": ["capture [traffic|packets] on port <port>", "sniff port <port>",
                                        "tcpdump port <port>", "watch packets [on|to] port <port>"],
    "sudo tcpdump -i <iface>": ["capture packets on <iface>", "sniff [traffic on |]<iface>", "tcpdump on <iface>"],
    "ip neigh": ["show [the |]arp table", "arp", "list [known |]neighbors [on the lan|]",
                 "what devices has this machine seen on the lan"],
})
MORE_PHRASINGS.update({
    # packages
    "sudo apt update": ["update [the |]package [lists|list|index]", "refresh [the |]package [list|lists|sources]",
                        "apt update", "sync [the |]apt [cache|index]"],
    "sudo apt update && sudo apt upgrade": [
        "update [everything|my system|the system]", "install [all |]updates", "update and upgrade",
        "bring the system up to date", "patch the system", "how do i update ubuntu",
    ],
    "sudo apt upgrade": ["apt upgrade", "upgrade [the |]installed packages"],
    "sudo apt full-upgrade": ["full upgrade", "dist-upgrade",
                              "upgrade [and allow removing packages|including kernel and dependency changes]"],
    "sudo apt install <package>": [
        "install <package>", "get <package>", "apt install <package>", "i need <package>", "how do i install <package>",
        "add <package> to my system", "set up <package>", "download and install <package>",
    ],
    "sudo apt install -y <package>": ["install <package> without [asking|prompting|confirmation]",
                                      "install <package> [non-interactively|automatically answering yes]",
                                      "apt install -y <package>"],
    "sudo apt install <pkg_a> <pkg_b>": ["install <pkg_a> and <pkg_b>", "get <pkg_a> and <pkg_b>",
                                         "apt install <pkg_a> <pkg_b>"],
    "sudo apt remove <package>": ["uninstall <package>", "remove <package>", "get rid of <package>",
                                  "apt remove <package>", "delete the package <package>"],
    "sudo apt purge <package>": ["purge <package>", "remove <package> and its config [files|]",
                                 "completely uninstall <package>", "uninstall <package> including [its |]configuration"],
    "sudo apt autoremove": ["remove [unused|unneeded|orphaned] packages", "clean up [old |unused ]dependencies",
                            "autoremove"],
    "apt search <keyword>": ["search [for |][a |]package [for|about] <keyword>", "find a package [that does|for] <keyword>",
                             "is there a package for <keyword>", "apt search <keyword>"],
    "apt show <package>": ["info about [the package |]<package>", "describe [the package |]<package>", "apt show <package>",
                           "what is [the package |]<package>"],
    "apt list --installed": ["[list|show] installed packages", "what's installed", "what packages do i have [installed|]"],
    "dpkg -l | grep <package>": ["is <package> installed", "check if <package> is installed", "did i install <package>"],
    "apt list --upgradable": ["what can be upgraded", "[list|show] [available |pending ]updates",
                              "which packages have updates", "are there any updates"],
    "sudo apt install ./<deb>": ["install <deb>", "install [the |this |]deb [file |package ]<deb>",
                                 "how do i install <deb>", "apt install <deb>"],
    "dpkg -L <package>": ["which files did <package> install", "list [the |]files [in|of|from] [the package |]<package>",
                          "where did <package> put its files"],
    "dpkg -S <sys_path>": ["which package owns <sys_path>",
                           "what package [does <sys_path> come from|installed <sys_path>]",
                           "<sys_path> belongs to which package"],
    "apt-cache policy <package>": ["which version of <package> [is available|will be installed]",
                                   "candidate version of <package>", "apt policy <package>", "where does <package> come from"],
    "sudo apt install --only-upgrade <package>": ["upgrade [only |just ]<package>",
                                                  "update [just |only ]<package> [to the latest version|]"],
    "sudo apt install --reinstall <package>": ["reinstall <package>", "install <package> again",
                                               "fix <package> by reinstalling it"],
    "sudo apt clean": ["clear the apt cache", "delete downloaded [package|.deb] files",
                       "free space [used by apt|from the package cache]"],
    "sudo apt install -f": ["fix broken [packages|dependencies|installs]", "apt [says|has] unmet dependencies",
                            "repair [the |]broken install"],
    "sudo dpkg --configure -a": ["finish [the |]interrupted [install|dpkg]", "dpkg was interrupted", "fix dpkg [lock |]errors"],
    "sudo apt-mark hold <package>": ["[hold|pin|freeze] <package> [at its current version|]",
                                     "stop <package> from [being upgraded|updating]", "don't upgrade <package>"],
    "sudo apt-mark unhold <package>": ["unhold <package>", "allow <package> to be upgraded again", "unfreeze <package>"],
    "apt-cache depends <package>": ["what does <package> depend on", "dependencies of <package>",
                                    "list <package> dependencies"],
    "apt-cache rdepends <package>": ["what depends on <package>", "which packages need <package>",
                                     "reverse dependencies of <package>"],
    "sudo add-apt-repository <ppa>": ["add [the |]ppa <ppa>", "add the repository <ppa>", "enable <ppa>"],
    "sudo snap install <snap>": ["install <snap> [with|from|using] snap", "snap install <snap>"],
    "snap list": ["[list|show] installed snaps", "what snaps do i have"],
    "sudo snap refresh": ["update [all |]snaps", "refresh snaps", "upgrade snap packages"],
    "pip install <pypkg>": ["pip install <pypkg>", "install [the python package |the python library |]<pypkg> [with pip|for python|]",
                            "add <pypkg> to my python [env|environment]"],
    "pip install -r requirements.txt": ["install [the |]python requirements",
                                        "install [everything|dependencies] from requirements.txt",
                                        "pip install requirements"],
    "pip uninstall <pypkg>": ["uninstall [the python package |]<pypkg>", "remove <pypkg> [from python|with pip]",
                              "pip remove <pypkg>"],
    "pip list": ["list [installed |]python packages", "what pip packages are installed", "show pip packages"],
    "pip freeze > requirements.txt": ["save [my |the ]python [dependencies|packages] to requirements.txt",
                                      "[generate|write|create] [a |]requirements.txt", "freeze [the |]requirements"],
    "python3 -m venv <venv>": ["[create|make] a [python |]virtual env[ironment|] [called|named|in] <venv>",
                               "new venv <venv>", "set up a virtualenv [in <venv>|]", "python venv <venv>"],
    "source <venv>/bin/activate": ["activate [the |][virtual env|venv|virtualenv] <venv>",
                                   "use the <venv> [virtualenv|environment]", "enter [the |]<venv> venv", "source <venv>"],
    "deactivate": ["leave the [virtual env|venv|virtualenv]", "exit [the |]venv", "deactivate [the |]virtualenv"],
    "npm install <npmpkg>": ["npm install <npmpkg>", "add <npmpkg> [to the project|to package.json|with npm]",
                             "install [the node package |the npm package |]<npmpkg>"],
    "npm install -g <npmpkg>": ["install <npmpkg> globally", "npm install -g <npmpkg>", "global install of <npmpkg>"],
    "npm install": ["install node [modules|dependencies]", "npm install", "install [the |]packages from package.json"],
    "apt list --installed | wc -l": ["how many packages are installed", "count installed packages",
                                     "number of installed packages"],
    # git
    "git status": ["what changed", "what's the state of [the|my] repo", "show [me |]modified files",
                   "which files have i changed", "git status", "status of my repo", "any uncommitted changes"],
    "git init": ["[make|turn] this [folder|directory] into a git repo", "start [a |]git [repo|repository] here",
                 "initialize git [in this folder|]"],
    "git clone <repo>": ["clone <repo>", "download the repo <repo>", "get a copy of <repo>", "git clone <repo>",
                         "check out <repo> locally"],
    "git clone <repo> <newdir>": ["clone <repo> [into|to|as] <newdir>", "download <repo> into [the folder |]<newdir>"],
    "git add <file>": ["stage <file>", "add <file> [to git|to the commit|to staging]", "git add <file>", "track <file>"],
    "git add .": ["stage [everything|all changes|all files]", "add all [files|changes] [to git|]", "git add all"],
    "git add -p": ["stage [changes |]hunk by hunk", "interactively stage [changes|parts]"],
    'git commit -m "<message>"': ["commit with message <message>", "commit <message>",
                                  "save my changes in git with the message <message>"],
    'git commit -am "<message>"': ["add and commit everything as <message>", "commit all changes with <message>"],
    "git commit --amend": ["change the last commit", "amend commit", "add to the last commit"],
    "git push": ["push to [the |]remote", "push [my |]code", "send my commits to github", "push to origin"],
    "git push origin <branch>": ["push [to |]<branch>", "push my commits to <branch>", "upload <branch> to origin"],
    "git pull": ["update from [the |]remote", "get the latest code", "sync with the remote", "pull from origin"],
    "git fetch": ["fetch [from |]origin", "check the remote for new commits", "fetch without merging"],
    "git checkout <branch>": ["switch to <branch>", "change branch to <branch>", "git switch <branch>", "go to branch <branch>"],
    "git checkout -b <branch>": ["make a new branch <branch> and switch to it", "git switch -c <branch>",
                                 "start working on a new branch <branch>"],
    "git branch": ["local branches", "which branches exist locally"],
    "git branch -d <branch>": ["delete [my |]local branch <branch>", "remove branch <branch>"],
    "git merge <branch>": ["merge in <branch>", "combine <branch> into this branch"],
    "git log --oneline": ["git log", "recent commits", "show [the |]commit log", "what are the latest commits", "commit log"],
    "git log --oneline -n <n>": ["show [me |]my last <n> commits", "<n> most recent commits"],
    "git diff": ["what have i changed", "show my changes", "diff"],
    "git diff --staged": ["show staged diff", "what's staged"],
    "git stash": ["stash my work", "save my changes temporarily", "put my changes aside"],
    "git stash pop": ["unstash", "apply and drop the stash", "restore stashed changes"],
    "git reset --soft HEAD~1": ["undo commit", "take back the last commit"],
    "git reset --hard HEAD": ["discard everything", "go back to the last commit and lose my changes",
                              "throw away all changes"],
    "git restore <file>": ["undo changes to <file>", "revert my changes in <file>", "throw away edits to <file>"],
    "git restore --staged <file>": ["take <file> out of staging", "unstage the file <file>"],
    "git revert <commit>": ["undo commit <commit>", "reverse [the changes of |]commit <commit>"],
    "git cherry-pick <commit>": ["take commit <commit> into this branch", "bring commit <commit> over to this branch"],
    "git show <commit?>": ["show [me |]commit <commit>", "what's in commit <commit>", "show the latest commit"],
    "git blame <file>": ["who wrote <file>", "git blame for <file>", "line by line authors of <file>"],
    "git remote -v": ["which remotes are configured", "show origin url", "where is origin"],
    "git tag <tag>": ["tag [it|this] <tag>", "add [a |the ]tag <tag>"],
    "git stash list": ["show stashes", "how many stashes do i have"],
    "git clean -fd": ["delete untracked files", "remove files git doesn't track"],
    "git reflog": ["show the history of HEAD", "recover a deleted commit"],
    "git log --oneline --graph --all": ["git graph", "branch tree", "show the commit graph"],
    "git rev-parse HEAD": ["current commit id", "print the commit hash of HEAD"],
})

add_slots({
    "image": ("image", ["nginx:latest", "ubuntu:24.04", "postgres:16", "redis:7-alpine", "python:3.12-slim",
                        "node:20", "alpine:3.19", "mysql:8.0", "grafana/grafana", "httpd:2.4", "myapp:dev"]),
    "outlog": ("file", ["output.log", "run.log", "build.log", "out.txt", "session.log", "deploy.log"]),
})

# Everyday tasks added to the categories above.
MORE_TASKS = {
    "files": [
        ("find <directory?.> -type f -mtime -1", [
            "[find|list|show] files modified today [in <directory>|]", "what files changed [today|in the last 24 hours] in <directory>",
            "files edited in the past day", "which files did i change today",
        ]),
        ("find <directory?.> -type f -name '*.<ext>' -mtime -1", [
            "find [all |]<ext> files modified today [in <directory>|]", "which <ext> files changed today",
            "<ext> files edited in the last 24 hours [under <directory>|]",
        ]),
        ("find <directory?.> -type f -name '*.<ext>' -mtime -<days>", [
            "find <ext> files modified in the last <days> days [in <directory>|]",
            "which <ext> files changed in the past <days> days", "<ext> files newer than <days> days",
        ]),
        ("find <directory?.> -maxdepth 1 -type f", [
            "list only files here, no folders", "show just the files in <directory> [without subdirectories|not folders]",
            "files in <directory> but not in subfolders", "only regular files in this directory",
        ]),
        ("find <directory?.> -newer <file>", [
            "find files newer than <file>", "which files changed after <file> [in <directory>|]",
            "files modified more recently than <file>",
        ]),
        ("ls -R <directory?>", [
            "list files recursively", "show [all |]files in <directory> and [its |]subfolders",
            "recursive listing of <directory>", "ls recursively",
        ]),
        ("ls -1 <directory?> | wc -l", [
            "how many entries are directly in <directory>", "count the files in this folder", "number of entries in <directory>",
            "how many things are in this directory",
        ]),
        ("readlink -f <link>", ["where does [the symlink |]<link> point", "what does <link> link to",
                                "resolve the symlink <link>"]),
        ("find <directory?.> -type f -name '*.<ext>' -exec ls -lh {} +", [
            "list all <ext> files [in <directory>|] with their sizes", "show sizes of [all |the ]<ext> files under <directory>",
        ]),
    ],
    "text": [
        ("wc -l *.<code_ext>", [
            "count lines in [every|each] <code_ext> file [here|in this folder|]", "count lines in all <code_ext> files [here|]",
            "line count [of|for] [every|each] <code_ext> file", "how many lines [are there |]in each <code_ext> file",
            "wc -l all <code_ext> files",
        ]),
        ("find <directory?.> -name '*.<code_ext>' | xargs wc -l", [
            "count lines of [all |]<code_ext> code [in <directory>|] recursively",
            "total lines in [all |]<code_ext> files under <directory>",
            "how many lines of <code_ext> code are in <directory>", "recursively count lines in <code_ext> files",
        ]),
        ("sed -i 's/<old>/<new>/g' *.<code_ext>", [
            "replace <old> with <new> in [all|every] <code_ext> file[s|]", "in all <code_ext> files, change <old> to <new>",
            "find and replace <old> with <new> across [all |the ]<code_ext> files [here|]",
        ]),
        ("head -n 1 <csvfile>", ["show the header [row|line] of <csvfile>", "what columns does <csvfile> have",
                                 "first line of <csvfile>", "print the csv header of <csvfile>"]),
        ("tail -n +2 <csvfile>", ["<csvfile> without the header [row|line]", "skip the first line of <csvfile>",
                                  "print <csvfile> minus the header"]),
        ("shuf -n <n> <listfile>", ["pick <n> random lines from <listfile>", "random <n> lines of <listfile>",
                                    "sample <n> lines from <listfile> at random"]),
        ("shuf <listfile>", ["shuffle <listfile>", "randomize the order of [the lines in |]<listfile>",
                             "put <listfile> in random order"]),
        ("paste -sd, <listfile>", ["join [the |all ]lines of <listfile> with commas",
                                   "turn <listfile> into a comma separated line",
                                   "combine the lines in <listfile> into one line separated by commas"]),
        ("diff -r <src_dir> <dest_dir>", ["compare [the |]folders <src_dir> and <dest_dir>",
                                          "diff [the |]directories <src_dir> and <dest_dir>",
                                          "what's different between the <src_dir> and <dest_dir> folders"]),
        ("grep -ri '<pattern>' <directory?.>", ["search <directory> for <pattern> ignoring case",
                                                "case insensitive recursive search for <pattern> [in <directory>|]",
                                                "find <pattern> in any case in all files under <directory>"]),
        ("grep -E '<pattern>|<alt_pattern>' <textfile>", [
            "lines with <pattern> or <alt_pattern> in <textfile>", "search <textfile> for either <pattern> or <alt_pattern>",
            "grep for <pattern> or <alt_pattern> in <textfile>",
        ]),
        ("cut -d, -f<col> <csvfile> | sort | uniq -c | sort -rn", [
            "count the distinct values in <col> of <csvfile>", "most common values in <col> of <csvfile>",
            "frequency of each value in <col> of <csvfile>",
        ]),
    ],
    "archives": [
        ("tar -czf <targz> <file_a> <file_b>", [
            "compress <file_a> and <file_b> into <targz>", "[create|make] <targz> [from|with|containing] <file_a> and <file_b>",
            "tar [up |]<file_a> and <file_b> as <targz>", "put <file_a> and <file_b> into a tarball [called|named] <targz>",
        ]),
        ("zip <zip> <file_a> <file_b>", ["zip <file_a> and <file_b> [into|as] <zip>",
                                         "make <zip> [with|containing] <file_a> and <file_b>",
                                         "compress <file_a> and <file_b> [into|to] <zip>"]),
        ("tar -xzf <targz> <file>", ["extract [only |just ]<file> from <targz>", "get <file> out of <targz>"]),
        ("unzip <zip> <file>", ["extract [only |just ]<file> from <zip>", "get <file> out of <zip>",
                                "unzip just <file> from <zip>"]),
        ("tar -tf <tar>", ["list [the |]contents of <tar>", "what's in <tar>", "show [the |]files in <tar>"]),
        ("tar -xJf <tarxz> -C <workdir>", ["extract <tarxz> [into|to] <workdir>", "unpack <tarxz> in <workdir>",
                                           "untar <tarxz> into <workdir>"]),
        ("tar -xjf <tarbz> -C <workdir>", ["extract <tarbz> [into|to] <workdir>", "unpack <tarbz> in <workdir>"]),
        ("gzip -l <gz>", ["how big is <gz> uncompressed", "compression ratio of <gz>", "uncompressed size of <gz>"]),
    ],
    "permissions": [
        ("find <directory?.> -type f -executable", ["find executable files [in <directory>|]",
                                                    "which files [here |]are executable", "list [all |]executables in <directory>"]),
        ("sudo chown root:root <file>", ["make root the owner of <file>", "give <file> to root",
                                         "change <file> owner to root"]),
        ("chmod 644 <file>", ["make <file> readable by everyone but writable only by me",
                              "give <file> normal file permissions", "reset the permissions of <file> to the default"]),
        ("chmod 755 <script>", ["make <script> executable for everyone", "let everyone run <script>",
                                "give <script> rwxr-xr-x"]),
    ],
    "users": [
        ("getent passwd <user>", ["[show|get] [the |]account [details|info] [of|for] <user>", "does [the |]user <user> exist",
                                  "look up [the user |]<user> in passwd"]),
        ("id -u", ["what is my user id [number|]", "print my uid", "my numeric user id"]),
        ("sudo -u <user> <command>", ["run <command> as <user>", "execute <command> as [the user |]<user>",
                                      "run <command> as another user <user>"]),
        ("sudo !!", ["run the last command with sudo", "redo [that|the previous command] as root",
                     "repeat the last command with sudo", "i forgot sudo"]),
    ],
    "processes": [
        ("<command> | tee <outlog>", [
            "run <command> and save the output to <outlog> [while showing it|and on screen]",
            "show the output of <command> and also write it to <outlog>", "tee the output of <command> into <outlog>",
        ]),
        ("<command> > <outlog> 2>&1", [
            "run <command> and send [all |]output and errors to <outlog>", "redirect stdout and stderr of <command> to <outlog>",
            "save everything <command> prints [to|into] <outlog>",
        ]),
        ("sudo pkill -u <user>", ["kill all processes [of|owned by|belonging to] <user>", "log <user> out [forcefully|]",
                                  "kick <user> off the system"]),
        ("ps aux | wc -l", ["how many processes are running", "count [the |all ]running processes", "number of processes"]),
        ("ps aux | grep defunct", ["find zombie processes", "are there any zombie processes", "list defunct processes"]),
        ("kill %1", ["kill [the |]first background job", "kill job 1", "stop background job number 1"]),
        ("timeout <seconds> <command>", ["run <command> for at most <seconds> seconds", "stop <command> after <seconds> seconds",
                                         "give <command> a <seconds> second timeout",
                                         "kill <command> if it runs longer than <seconds> seconds"]),
        ("tmux ls", ["list tmux sessions", "what tmux sessions are running", "tmux ls"]),
        ("tmux attach", ["reattach to tmux", "attach to [my |the last ]tmux session", "tmux attach"]),
        ("tmux new -s <session>", ["start a [new |]tmux session [called|named] <session>", "new tmux session <session>",
                                   "open tmux with session name <session>"]),
    ],
    "disk": [
        ("du -ah <directory?> | sort -rh | head -n <n>", [
            "top <n> largest files and folders [in <directory>|]", "<n> biggest things in <directory>",
            "show the <n> largest items under <directory>",
        ]),
        ("df -h /", ["how much space is left on [the |]root [partition|filesystem]", "free space on /", "is / full"]),
        ("sudo fstrim -av", ["trim [my |the ]ssd[s|]", "run trim on all [ssds|filesystems]"]),
        ("sudo resize2fs <device>", ["grow the filesystem on <device>", "resize [the filesystem on |]<device> to fill the partition",
                                     "expand ext4 on <device>"]),
        ("sudo mount -o loop <iso> <mountpoint>", ["mount [the iso |]<iso> [at|on|to] <mountpoint>",
                                                   "open <iso> as a drive at <mountpoint>",
                                                   "loop mount <iso> [on|at] <mountpoint>"]),
        ("sudo umount -l <mountpoint>", ["lazy unmount <mountpoint>", "<mountpoint> is busy, force unmount it",
                                         "force unmount <mountpoint>"]),
        ("sudo fuser -vm <mountpoint>", ["what is keeping <mountpoint> busy", "which processes are using <mountpoint>",
                                         "why can't i unmount <mountpoint>"]),
    ],
    "system": [
        ("date +%s", ["current unix timestamp", "what's the [current |]epoch time",
                      "print [the time as |]seconds since [the |]epoch"]),
        ("echo $PATH", ["show my path", "what's in my path", "print [the |my ]path variable",
                        "which directories are in $PATH"]),
        ("export PATH=$PATH:<directory>", ["add <directory> to [my |the ]path", "put <directory> on my path",
                                           "append <directory> to PATH"]),
        ("alias", ["list [all |my ]aliases", "what aliases [are defined|do i have]", "show aliases"]),
        ("unalias <alias_name>", ["remove the alias <alias_name>", "delete [the |my ]<alias_name> alias",
                                  "unalias <alias_name>"]),
        ("history -c", ["clear [my |the |][command |shell |bash ]history", "delete my history", "wipe [the |]shell history"]),
        ("history | tail -n <n>", ["last <n> commands i ran", "show my last <n> commands"]),
        ("hostnamectl", ["show [the |]hostname and os info", "system overview", "hostnamectl"]),
        ("sudo timedatectl set-ntp true", ["turn on [automatic time sync|ntp]", "sync the clock automatically", "enable ntp"]),
        ("echo $XDG_SESSION_TYPE", ["am i using wayland or x11", "wayland or xorg", "which display server am i on"]),
        ("sudo update-alternatives --config editor", ["change [the |my ]default editor",
                                                      "set the default [text |]editor system-wide"]),
    ],
    "services": [
        ("docker rm <container>", ["remove [the |]<container> container", "delete [the |]container <container>",
                                   "docker rm <container>"]),
        ("docker pull <image>", ["pull [the |]<image> [image|]", "download the docker image <image>", "docker pull <image>",
                                 "get the <image> image"]),
        ("docker run -d -p <local_port>:<remote_port> <image>", [
            "run <image> [in the background |detached ]with port <local_port> mapped to <remote_port>",
            "start a <image> container on port <local_port> [forwarding|mapped] to <remote_port>",
        ]),
        ("docker run -it --rm <image> sh", ["start a throwaway <image> container with a shell",
                                            "run an interactive <image> container", "try out <image> in a temporary container"]),
        ("docker rmi <image>", ["remove the [docker |]image <image>", "delete [the |]<image> image", "docker rmi <image>"]),
        ("docker stats", ["container [resource usage|cpu and memory]", "how much [cpu|memory] are my containers using",
                          "docker stats"]),
        ("docker inspect <container>", ["inspect [the |]<container> container", "show [all |]details of container <container>",
                                        "docker inspect <container>"]),
        ("docker compose logs -f", ["follow [the |]compose logs", "logs of all compose services", "docker compose logs"]),
        ("docker compose ps", ["list compose services", "which compose containers are running"]),
        ("docker build -t <image> .", ["build [a |the ]docker image [called|named|tagged] <image> [from this folder|]",
                                       "docker build <image>", "build the dockerfile here as <image>"]),
        ("docker volume ls", ["list docker volumes", "what [docker |]volumes are there"]),
        ("sudo systemctl mask <service>", ["mask <service>", "prevent <service> from ever starting"]),
        ("systemctl is-active <service>", ["is <service> active", "check if <service> is active"]),
        ("journalctl -u <service> --since \"<ago>\"", ["<service> logs from <ago>", "what did <service> log in <ago>"]),
        ("journalctl -u <service> -p err", ["errors from <service>", "only error logs of <service>"]),
    ],
    "networking": [
        ("curl -s <url> | jq .", ["fetch <url> and pretty print the json", "pretty print [the |]json from <url>",
                                  "get <url> and format the json"]),
        ("curl -v <url>", ["verbose request to <url>", "debug the request to <url>", "curl <url> verbosely"]),
        ("ssh-keygen -R <server>", ["remove <server> from known_hosts", "forget the host key [of|for] <server>",
                                    "fix [the |]host key changed warning for <server>"]),
        ("cat ~/.ssh/id_ed25519.pub", ["show my [ssh |]public key", "print my public [ssh |]key",
                                       "what is my ssh public key"]),
        ("speedtest-cli", ["test [my |]internet speed", "how fast is my internet", "run a speed test"]),
        ("sudo systemctl restart NetworkManager", ["restart [the |]network[ing|]", "restart network manager",
                                                   "reset my network connection"]),
        ("nc -l <port>", ["listen on port <port> with netcat", "open a [tcp |]listener on port <port>",
                          "netcat listen <port>"]),
        ("sudo ufw allow ssh", ["allow ssh [through the firewall|in ufw]", "open the ssh port"]),
    ],
    "packages": [
        ("pip install --upgrade <pypkg>", ["upgrade <pypkg> [with pip|]", "update [the python package |]<pypkg> to the latest version",
                                           "pip upgrade <pypkg>"]),
        ("pip show <pypkg>", ["info about the python package <pypkg>", "which version of <pypkg> is installed",
                              "pip show <pypkg>"]),
        ("python3 -m pip install -U pip", ["upgrade pip", "update pip [itself|to the latest version|]"]),
        ("npm uninstall <npmpkg>", ["uninstall <npmpkg> [from the project|with npm]", "npm remove <npmpkg>",
                                    "remove [the npm package |]<npmpkg>"]),
        ("npm run dev", ["start the dev server", "npm run dev", "run the dev script"]),
        ("npm outdated", ["which npm packages are outdated", "check for outdated node packages"]),
        ("sudo snap remove <snap>", ["uninstall [the snap |]<snap>", "remove the <snap> snap", "snap remove <snap>"]),
        ("sudo apt install --no-install-recommends <package>", ["install <package> without recommended packages",
                                                                "minimal install of <package>"]),
        ("apt-mark showhold", ["which packages are on hold", "list held packages"]),
        ("grep ' install ' /var/log/dpkg.log", ["what did i install recently", "recently installed packages"]),
    ],
    "git": [
        ("git stash drop", ["drop the [latest |]stash", "delete the [top |last ]stash", "throw away the stash"]),
        ("git stash apply", ["apply the stash [but keep it|without removing it]", "git stash apply"]),
        ("git stash -u", ["stash [my changes |]including untracked files", "stash everything including new files"]),
        ("git log --stat", ["commits with changed files", "show which files each commit changed", "git log with file stats"]),
        ("git commit --amend --no-edit", ["add [my |]staged changes to the last commit without changing the message",
                                          "amend without editing the message"]),
        ("git fetch --prune", ["prune [deleted |stale ]remote branches",
                               "clean up [deleted |stale ]remote [tracking |]branches"]),
        ("git branch --merged", ["which branches are [already |]merged", "list merged branches"]),
        ("git log @{u}..", ["which commits haven't been pushed", "show unpushed commits", "what am i about to push"]),
        ("git ls-files", ["list tracked files", "which files does git track", "show all files in the repo"]),
        ("git diff --name-only", ["[list|show] [the names of |]changed files", "which files changed since the last commit",
                                  "just the names of modified files"]),
        ("git checkout <commit>", ["check out [commit |]<commit>", "go back to commit <commit>",
                                   "switch to [the |]commit <commit>"]),
        ("git reset --hard <commit>", ["reset [my branch |]to [commit |]<commit> [and discard everything after|hard]",
                                       "go back to <commit> and throw away later commits"]),
        ("git remote remove <remote>", ["remove the remote <remote>", "delete [the |]remote <remote>",
                                        "git remote rm <remote>"]),
        ("git clone --depth 1 <repo>", ["shallow clone <repo>", "clone [only |just ]the latest commit of <repo>",
                                        "clone <repo> without [the |]history"]),
        ("git diff --stat", ["summary of [my |]changes", "how many lines changed [per file|in each file]", "diffstat"]),
        ("git log -S '<pattern>'", ["which commit added <pattern>",
                                    "find commits that [added or removed|introduced] <pattern>",
                                    "search [the |]git history for <pattern>"]),
    ],
}
add_slots({
    "alt_pattern": ("pattern", quoted("fatal", "critical", "panic", "unauthorized", "abort", "retry")),
    "session": ("session", ["work", "dev", "main", "server", "logs", "build", "music"]),
})

# Second round: tasks that still had fewer than five phrasings.
for _cmd, _extra in {
    "cd -": ["go back to where i was", "jump back to the last directory"],
    "mv <src_dir> <dest_dir>": ["relocate the <src_dir> folder to <dest_dir>"],
    "find <directory?.> -type l": ["which files are symlinks [in <directory>|]", "show all symbolic links under <directory>"],
    "find <directory?.> -xtype l": ["symlinks that point nowhere [in <directory>|]"],
    "find <directory?.> -type f -mtime -1": ["files touched in the last day [under <directory>|]"],
    "find <directory?.> -type f -name '*.<ext>' -mtime -1": ["what <ext> files did i edit today",
                                                             "in <directory>, find <ext> files changed today"],
    "find <directory?.> -type f -name '*.<ext>' -mtime -<days>": ["recent <ext> files from the last <days> days",
                                                                  "in <directory>, list <ext> files edited in the past <days> days"],
    "find <directory?.> -maxdepth 1 -type f": ["files only, not directories, in <directory>"],
    "find <directory?.> -newer <file>": ["what changed since <file> was modified", "files edited after <file> [under <directory>|]"],
    "ls -R <directory?>": ["list everything in <directory> including subdirectories"],
    "ls -1 <directory?> | wc -l": ["count the entries in <directory>"],
    "readlink -f <link>": ["where is <link> pointing to", "follow the link <link> to its target"],
    "find <directory?.> -type f -name '*.<ext>' -exec ls -lh {} +": ["how big are the <ext> files in <directory>",
                                                                      "<ext> files and their sizes under <directory>",
                                                                      "long listing of every <ext> file [in <directory>|]"],
    "grep -A <ctx> '<pattern>' <textfile>": ["find <pattern> in <textfile> plus the <ctx> lines after it"],
    "sort -t, -k<col>,<col> <csvfile>": ["sort the rows of <csvfile> by <col>"],
    "sort -t, -k<col>,<col>n <csvfile>": ["order <csvfile> by the numbers in <col>", "sort rows of <csvfile> by <col> as numbers",
                                          "rank <csvfile> by <col> numerically"],
    "sed 's/<old>/<new>/g' <myfile>": ["print <myfile> with <old> changed to <new>", "what would <myfile> look like with <new> instead of <old>"],
    "diff -u <file_a> <file_b>": ["diff <file_a> and <file_b> in unified format"],
    "base64 <file>": ["what is <file> in base64", "turn <file> into base64 text"],
    "base64 -d <b64file>": ["convert <b64file> back from base64", "decode the base64 [text|string] in <b64file>"],
    "find <directory?.> -name '*.<code_ext>' | xargs wc -l": ["lines of code in <code_ext> files [under <directory>|]"],
    "sed -i 's/<old>/<new>/g' *.<code_ext>": ["change <old> to <new> in every <code_ext> file in this folder",
                                              "swap <old> for <new> in all the <code_ext> files"],
    "head -n 1 <csvfile>": ["column names of <csvfile>"],
    "tail -n +2 <csvfile>": ["drop the header of <csvfile>", "everything in <csvfile> after the first line"],
    "shuf -n <n> <listfile>": ["choose <n> lines at random from <listfile>", "give me <n> random entries from <listfile>"],
    "shuf <listfile>": ["mix up the lines of <listfile>", "random order of <listfile>"],
    "paste -sd, <listfile>": ["make <listfile> one line with commas", "comma separate the lines of <listfile>"],
    "diff -r <src_dir> <dest_dir>": ["recursively diff <src_dir> and <dest_dir>", "are the folders <src_dir> and <dest_dir> the same"],
    "grep -ri '<pattern>' <directory?.>": ["grep -ri <pattern> <directory>", "in <directory>, look for <pattern> in any case"],
    "grep -E '<pattern>|<alt_pattern>' <textfile>": ["find <pattern> or <alt_pattern> in <textfile>",
                                                      "which lines of <textfile> have <pattern> or <alt_pattern>"],
    "cut -d, -f<col> <csvfile> | sort | uniq -c | sort -rn": ["count each value of <col> in <csvfile>",
                                                               "how often does each value appear in <col> of <csvfile>"],
    "tar -cjf <tarbz> <workdir>": ["make a bzip2 tarball <tarbz> of <workdir>"],
    "tar -cJf <tarxz> <workdir>": ["make an xz tarball <tarxz> of <workdir>", "tar <workdir> into <tarxz>"],
    "tar -rf <tar> <file>": ["put <file> into the existing archive <tar>"],
    "xz <file>": ["shrink <file> with xz"],
    "tar -czf <targz> <file_a> <file_b>": ["archive <file_a> and <file_b> as <targz>"],
    "zip <zip> <file_a> <file_b>": ["put <file_a> and <file_b> in <zip>", "create <zip> from <file_a> and <file_b>"],
    "tar -xzf <targz> <file>": ["extract <file> from the archive <targz>", "restore <file> from <targz>",
                                "i only need <file> from <targz>"],
    "unzip <zip> <file>": ["extract <file> from the zip <zip>", "restore <file> from <zip>"],
    "tar -tf <tar>": ["list files inside <tar>", "peek inside <tar>"],
    "tar -xJf <tarxz> -C <workdir>": ["decompress <tarxz> into <workdir>", "extract <tarxz> and put the files in <workdir>"],
    "tar -xjf <tarbz> -C <workdir>": ["untar <tarbz> into <workdir>", "decompress <tarbz> into the <workdir> folder",
                                      "extract <tarbz> and put the files in <workdir>"],
    "gzip -l <gz>": ["how much does <gz> compress", "show the compressed and uncompressed size of <gz>"],
    "chmod a+r <file>": ["make <file> world readable"],
    "sudo chgrp -R <group> <ownerdir>": ["give the group <group> everything under <ownerdir>", "chgrp -R <group> <ownerdir>"],
    "find <directory?.> -type f -perm -0002": ["files everyone can write to [in <directory>|]"],
    "sudo chattr -i <file>": ["allow changes to <file> again", "chattr -i <file>"],
    "setfacl -m u:<user>:r <file>": ["add an acl so <user> can read <file>", "allow <user> to read <file> but not change it"],
    "find <directory?.> -type f -executable": ["executable files under <directory>", "what can i run in <directory>"],
    "sudo chown root:root <file>": ["chown <file> to root", "make <file> owned by root"],
    "chmod 644 <file>": ["chmod 644 <file>", "owner can write <file>, everyone else can only read it"],
    "chmod 755 <script>": ["chmod 755 <script>", "make <script> runnable by all users"],
    "sudo passwd -u <user>": ["let <user> log in again"],
    "sudo chsh -s <shell> <user>": ["switch <user> to <shell>"],
    "getent passwd <user>": ["is there a user called <user>", "passwd entry for <user>"],
    "id -u": ["what's my uid", "id -u"],
    "sudo -u <user> <command>": ["as <user>, run <command>", "sudo -u <user> <command>"],
    "sudo !!": ["do that again with sudo"],
    "pgrep -c <process>": ["number of <process> processes", "how many instances of <process> are running"],
    "bg": ["send the paused job to the background"],
    "lsof <file>": ["is <file> open in any program"],
    "kill -STOP <pid>": ["stop process <pid> temporarily", "send sigstop to <pid>"],
    "kill -CONT <pid>": ["send sigcont to <pid>"],
    "<command> | tee <outlog>": ["run <command> and log the output to <outlog> too",
                                 "see the output of <command> and keep a copy in <outlog>"],
    "<command> > <outlog> 2>&1": ["log everything from <command> to <outlog>", "run <command> with all output going to <outlog>"],
    "sudo pkill -u <user>": ["end every process of <user>", "stop everything <user> is running"],
    "ps aux | wc -l": ["count processes", "how many processes are there"],
    "ps aux | grep defunct": ["show zombie processes", "any defunct processes"],
    "kill %1": ["kill %1", "terminate background job 1"],
    "timeout <seconds> <command>": ["limit <command> to <seconds> seconds"],
    "tmux ls": ["show [my |]tmux sessions", "which tmux sessions exist"],
    "tmux attach": ["go back into tmux", "resume my tmux session"],
    "tmux new -s <session>": ["tmux new session <session>", "create a tmux session named <session>"],
    "sudo umount <device>": ["detach <device>"],
    "sudo mount -o remount,rw /": ["make the root filesystem writable again"],
    "sudo mkfs.exfat <device>": ["create an exfat filesystem on <device>"],
    "sudo hdparm -Tt <disk>": ["measure the speed of <disk>"],
    "du -ah <directory?> | sort -rh | head -n <n>": ["<n> largest files or directories here",
                                                     "what are the <n> biggest items in <directory>"],
    "df -h /": ["disk space on the root partition", "how full is /"],
    "sudo fstrim -av": ["fstrim all", "trim all mounted filesystems", "discard unused blocks on my ssd"],
    "sudo resize2fs <device>": ["resize2fs <device>", "grow ext4 on <device> after enlarging the partition"],
    "sudo mount -o loop <iso> <mountpoint>": ["look inside <iso> by mounting it at <mountpoint>",
                                              "mount the image <iso> to <mountpoint>"],
    "sudo umount -l <mountpoint>": ["unmount <mountpoint> even though it's busy", "detach <mountpoint> lazily"],
    "sudo fuser -vm <mountpoint>": ["who is using <mountpoint>", "what's using <mountpoint>"],
    "uptime -s": ["since when has this machine been running", "what time did the system start"],
    "last reboot": ["when did this machine reboot", "list past reboots"],
    "systemd-analyze": ["how fast does my computer boot"],
    "timedatectl list-timezones": ["show every time zone", "which timezone names can i use"],
    "date +%s": ["epoch timestamp", "seconds since 1970"],
    "echo $PATH": ["echo path", "what does my PATH contain"],
    "export PATH=$PATH:<directory>": ["add <directory> to PATH", "include <directory> in my path",
                                      "make programs in <directory> runnable from anywhere"],
    "alias": ["alias", "what shortcuts have i set up"],
    "unalias <alias_name>": ["get rid of the alias <alias_name>", "stop <alias_name> from being an alias"],
    "history -c": ["erase my command history", "forget all the commands i typed"],
    "history | tail -n <n>": ["what were my last <n> commands", "the <n> most recent commands in my history",
                              "previous <n> commands"],
    "hostnamectl": ["machine info", "show the hostname, kernel and os"],
    "sudo timedatectl set-ntp true": ["turn on network time", "keep the clock synced with ntp"],
    "echo $XDG_SESSION_TYPE": ["am i on wayland", "is this x11 or wayland"],
    "sudo update-alternatives --config editor": ["choose which editor is the default", "make vim the default editor",
                                                 "switch the system editor"],
    "sudo systemctl disable --now <service>": ["turn off <service> for good"],
    "journalctl -u <service> -n <n>": ["<n> latest log lines from <service>"],
    "sudo journalctl --vacuum-time=<days>d": ["remove journal logs older than <days> days"],
    "sudo apachectl configtest": ["is my apache config valid"],
    "sudo sshd -t": ["is my sshd_config valid"],
    "docker images": ["which docker images are downloaded"],
    "docker stop <container>": ["stop container <container>", "halt the <container> container"],
    "docker restart <container>": ["restart container <container>", "bounce the <container> container"],
    "docker rm <container>": ["get rid of the <container> container", "delete the stopped container <container>"],
    "docker pull <image>": ["fetch the image <image>"],
    "docker run -d -p <local_port>:<remote_port> <image>": [
        "run <image> detached, publishing port <remote_port> on <local_port>",
        "start <image> in the background and map host port <local_port> to container port <remote_port>",
        "docker run <image> with -p <local_port>:<remote_port>",
    ],
    "docker run -it --rm <image> sh": ["open a shell in a new <image> container", "play around inside <image>"],
    "docker rmi <image>": ["remove the <image> image", "get rid of the docker image <image>"],
    "docker stats": ["live stats of running containers", "which container uses the most memory"],
    "docker inspect <container>": ["inspect container <container>", "what is the configuration of the <container> container"],
    "docker compose logs -f": ["tail the compose logs", "follow logs of all services in docker compose"],
    "docker compose ps": ["docker compose ps", "status of the compose services", "what's running in my compose project"],
    "docker build -t <image> .": ["build an image called <image> from the Dockerfile", "docker build -t <image>"],
    "docker volume ls": ["docker volume ls", "show docker volumes", "which volumes does docker have"],
    "sudo systemctl mask <service>": ["completely disable <service> so nothing can start it", "systemctl mask <service>",
                                      "block <service> from starting"],
    "systemctl is-active <service>": ["systemctl is-active <service>", "is the <service> service active right now",
                                      "quick check whether <service> is active"],
    "journalctl -u <service> --since \"<ago>\"": ["show logs for <service> from <ago>", "<service> journal for <ago>",
                                                  "journalctl for <service> since <ago>"],
    "journalctl -u <service> -p err": ["show only errors in the <service> logs", "what errors did <service> log",
                                       "error messages from the <service> service"],
    "ping -c <count> <host>": ["ping <host> just <count> times"],
    "curl -O <dl_url>": ["curl download <dl_url>"],
    "ssh <user>@<server> '<rcmd>'": ["ssh to <server> as <user> and run <rcmd>"],
    "dig +short MX <domain>": ["what are the mx records for <domain>"],
    "curl -s <url> | jq .": ["show the json returned by <url> nicely", "curl <url> and pipe it to jq"],
    "curl -v <url>": ["curl -v <url>", "show the full request and response for <url>"],
    "ssh-keygen -R <server>": ["delete the old host key for <server>", "ssh-keygen -R <server>"],
    "cat ~/.ssh/id_ed25519.pub": ["copy my ssh public key", "what ssh key do i give to github"],
    "speedtest-cli": ["speed test", "check my download speed"],
    "sudo systemctl restart NetworkManager": ["wifi is broken, restart networking", "reload the network service"],
    "nc -l <port>": ["nc -l <port>", "wait for a connection on port <port>"],
    "sudo ufw allow ssh": ["let ssh through the firewall", "ufw allow ssh", "allow ssh connections in the firewall"],
    "sudo apt install <pkg_a> <pkg_b>": ["install both <pkg_a> and <pkg_b>"],
    "dpkg -l | grep <package>": ["do i have <package>"],
    "sudo apt install --only-upgrade <package>": ["upgrade <package> without installing anything new"],
    "sudo apt-mark unhold <package>": ["let <package> update again"],
    "apt-cache rdepends <package>": ["which packages depend on <package>", "reverse deps of <package>"],
    "sudo snap install <snap>": ["install the <snap> snap"],
    "snap list": ["snap list", "which snaps are installed"],
    "apt list --installed | wc -l": ["how many apt packages do i have", "count my installed packages"],
    "pip install --upgrade <pypkg>": ["update <pypkg> with pip", "pip install --upgrade <pypkg>"],
    "pip show <pypkg>": ["details of the python package <pypkg>", "what version of <pypkg> do i have"],
    "python3 -m pip install -U pip": ["upgrade pip to the newest version", "pip is outdated, update it", "update pip"],
    "npm uninstall <npmpkg>": ["npm uninstall <npmpkg>", "remove <npmpkg> from package.json"],
    "npm run dev": ["run the dev server", "start the app in development mode"],
    "npm outdated": ["npm outdated", "are my npm packages up to date", "list outdated npm dependencies"],
    "sudo snap remove <snap>": ["delete the <snap> snap", "get rid of the <snap> snap"],
    "sudo apt install --no-install-recommends <package>": ["install only <package> and not its recommends",
                                                           "install <package> with no recommended extras",
                                                           "apt install <package> --no-install-recommends"],
    "apt-mark showhold": ["apt-mark showhold", "what packages are held back", "which packages did i pin"],
    "grep ' install ' /var/log/dpkg.log": ["which packages were installed recently", "show the install history",
                                           "list recent package installs"],
    "git commit --amend -m \"<message>\"": ["fix the last commit message to say <message>", "rename the last commit to <message>"],
    "git push --force-with-lease": ["force push without clobbering other people's work"],
    "git pull origin <branch>": ["get the latest <branch> from origin"],
    "git pull --rebase": ["pull and rebase"],
    "git checkout -": ["switch to the branch i was on before", "toggle back to the previous branch"],
    "git branch -a": ["show local and remote branches"],
    "git branch --show-current": ["current branch"],
    "git branch -D <branch>": ["delete <branch> forcefully"],
    "git push origin --delete <branch>": ["remove the branch <branch> from github"],
    "git branch -m <branch>": ["rename this branch <branch>"],
    "git merge --abort": ["stop merging"],
    "git rebase -i HEAD~<few>": ["combine the last <few> commits into one"],
    "git rebase --continue": ["continue rebasing", "resume the rebase"],
    "git rebase --abort": ["stop the rebase", "undo the rebase in progress"],
    "git log --author=<user>": ["<user>'s commits", "commits authored by <user>"],
    "git log --follow <file>": ["commit log of <file>"],
    "git log --oneline <branch_a>..<branch_b>": ["what's in <branch_b> that isn't in <branch_a>",
                                                 "git log <branch_a>..<branch_b>", "list commits in <branch_b> missing from <branch_a>"],
    "git diff <file>": ["changes in <file>"],
    "git reset --hard origin/<branch>": ["reset to the remote <branch>"],
    "git revert HEAD": ["revert the last commit", "undo the most recent commit with a revert"],
    "git remote add <remote> <repo>": ["add <repo> as <remote>"],
    "git tag": ["list tags", "git tags"],
    "git push origin <tag>": ["upload the tag <tag>"],
    "git push --tags": ["publish all tags", "send my tags to origin"],
    "git config --global user.email \"<email>\"": ["use <email> as my git email"],
    "git config --list": ["show git config", "list git settings"],
    "git clean -nd": ["preview git clean", "what would git clean delete", "git clean -n"],
    "git rm --cached <file>": ["remove <file> from the index"],
    "git rm <file>": ["delete <file> and stage the deletion", "git remove <file>", "remove <file> from the repository"],
    "git mv <file> <newname>": ["rename <file> to <newname> with git", "git rename <file> <newname>"],
    "git shortlog -sn": ["number of commits per person"],
    "git submodule update --init --recursive": ["init submodules"],
    "git grep '<pattern>'": ["find <pattern> in the repo", "grep the tracked files for <pattern>",
                             "where is <pattern> used in this repo"],
    "git stash drop": ["git stash drop", "discard the latest stash"],
    "git stash apply": ["reapply the stash and keep it", "apply my stashed changes", "bring the stash back but keep it saved"],
    "git stash -u": ["git stash -u", "stash untracked files too", "stash all changes including untracked"],
    "git log --stat": ["git log --stat", "history with the files changed in each commit"],
    "git commit --amend --no-edit": ["git commit --amend --no-edit", "amend the last commit and keep its message",
                                     "add this to the previous commit, same message"],
    "git fetch --prune": ["git fetch --prune", "fetch and remove deleted branches", "remove stale origin branches"],
    "git branch --merged": ["git branch --merged", "branches already merged into this one", "which branches can i delete safely"],
    "git log @{u}..": ["commits not yet pushed", "list local commits that aren't on the remote"],
    "git ls-files": ["git ls-files", "what files are in git"],
    "git diff --name-only": ["git diff --name-only", "names of files i modified"],
    "git checkout <commit>": ["look at the code as of <commit>", "git checkout <commit>"],
    "git reset --hard <commit>": ["git reset --hard <commit>", "hard reset to <commit>", "throw away everything after <commit>"],
    "git remote remove <remote>": ["git remote remove <remote>", "get rid of the <remote> remote"],
    "git clone --depth 1 <repo>": ["git clone --depth 1 <repo>", "quick clone of <repo> with only the last commit"],
    "git diff --stat": ["git diff --stat", "which files changed and by how much"],
    "git log -S '<pattern>'": ["when was <pattern> added to the code", "git log -S <pattern>"],
}.items():
    MORE_PHRASINGS.setdefault(_cmd, []).extend(_extra)


# ---------------------------------------------------------------------------------------------------
# Second widening pass: how new users word the most common tasks (goal first, problem statements,
# value named before the action, short lowercase fragments, abbreviations), and tasks still missing.

SLOTS["date"] = ("date", ["2024-01-01", "2024-06-15", "2025-03-01", "2023-12-24", "2025-01-31", "2024-09-10",
                          "2025-07-04", "2024-11-20"])
SLOTS["var_only"] = ("variable", ["PATH", "HOME", "JAVA_HOME", "EDITOR", "SHELL", "LANG", "PYTHONPATH",
                                   "VIRTUAL_ENV", "USER", "LD_LIBRARY_PATH"])
SLOTS["env_word"] = ("pattern", ["PATH", "PROXY", "JAVA", "PYTHON", "AWS", "NODE", "DOCKER", "LANG", "XDG"])
SLOTS["proc_pattern"] = ("pattern", ["gunicorn", "manage.py runserver", "node server.js", "celery worker",
                                      "python app.py", "java -jar", "uvicorn main:app", "npm run dev"])
SLOTS["mb_free"] = SLOTS["n"]

for _cmd, _extra in {
    # --- files: listing, sizes, finding
    "ls -la <directory?>": [
        "i want to see everything in <directory> including hidden stuff", "what's in <directory>, hidden files too",
        "<directory>: list all files with details", "ls everything in <directory> incl dotfiles",
        "show me the full listing of the cwd", "list all files in this dir with permissions",
    ],
    "ls -lh <directory?>": [
        "i want to see file sizes in <directory>", "<directory> contents with human readable sizes",
        "how big is each file in <directory>", "list files with sizes in kb mb",
    ],
    "ls -lSh <directory?>": [
        "which files in <directory> are the biggest", "files in <directory> sorted by size, big ones first",
        "i want to see the largest files in this dir at the top", "order <directory> by file size",
    ],
    "ls -lt <directory?>": [
        "what did i change last in <directory>", "<directory>: newest files first",
        "i want to see the most recently modified files", "which file in this dir was touched last",
    ],
    "ls -ltr <directory?>": [
        "<directory> sorted by date, newest at the bottom", "oldest files first in <directory>",
        "list files by time reversed so the latest is at the end", "ls by date oldest to newest",
    ],
    "ls -d */": [
        "what folders are in here", "i only want to see the directories", "subdirs in the cwd",
        "which dirs are in this folder", "list folder names only",
    ],
    "du -sh <directory?>": [
        "how much space does <directory> take", "<directory>: how big is it", "total size of <directory>",
        "what's the size of this dir", "how many gb is <directory>", "i want to know how large <directory> is",
    ],
    "du -sh * | sort -rh | head": [
        "need to free up space, what's big here", "what's taking up space in this folder",
        "which folders here are the largest", "biggest things in the cwd", "what's eating my disk in this dir",
    ],
    "du -sh <directory>/* | sort -rh | head": [
        "what's taking up space in <directory>", "<directory> is huge, what's inside taking the space",
        "largest subfolders of <directory>", "which dirs under <directory> use the most space",
    ],
    "find <directory?.> -name <file>": [
        "where is <file>", "i lost <file>, where is it under <directory>", "<file>: find it",
        "find the file called <file> somewhere in <directory>", "locate <file> in this dir tree",
        "is there a <file> anywhere in <directory>",
    ],
    "find <directory?.> -name '*.<ext>'": [
        "where are all the <ext> files", "i need every <ext> file under <directory>", "<ext> files in <directory>?",
        "find anything ending in .<ext>", "which files here are .<ext>",
    ],
    "find <directory?.> -type f -size +<size>": [
        "my disk is full, which files are over <size>", "i want to see files bigger than <size> in <directory>",
        "anything larger than <size> in <directory>", "files over <size>", "which files are more than <size>",
    ],
    "find <directory?.> -type f -mtime -<days>": [
        "what changed in the last <days> days in <directory>", "files touched in the past <days> days",
        "i want to see recently modified files, last <days> days", "which files did i edit this past <days> days",
    ],
    "find <directory?.> -type f -mtime +<days>": [
        "files nobody touched in <days> days", "which files in <directory> are older than <days> days",
        "stale files older than <days> days", "old files in <directory>, more than <days> days",
    ],
    "find <directory?.> -type f | wc -l": [
        "count all the files under <directory> recursively",
        "number of files in this dir tree", "<directory>: how many files",
    ],
    "find <directory?.> -iname '*<part>*'": [
        "i'm looking for a file with <part> in the name", "files whose name contains <part>",
        "anything named like <part> in <directory>", "<part>: find files with that in the name",
    ],
    # --- text: grep, counting, head/tail
    "grep '<pattern>' <textfile>": [
        "does <textfile> contain <pattern>", "<textfile>: lines with <pattern>", "which lines of <textfile> mention <pattern>",
        "i want to find <pattern> in <textfile>", "look for <pattern> inside <textfile>",
    ],
    "grep -i '<pattern>' <textfile>": [
        "<pattern> in <textfile>, any case", "find <pattern> in <textfile> regardless of upper or lower case",
        "case insensitive search of <textfile> for <pattern>",
    ],
    "grep -rn '<pattern>' <directory?.>": [
        "where in my code is <pattern>", "which file has <pattern> in it", "find <pattern> anywhere in <directory>",
        "i need to find where <pattern> is used in this project", "search the whole dir for <pattern>",
        "<pattern>: where does it appear in <directory>",
    ],
    "grep -rl '<pattern>' <directory?.>": [
        "just the file names that contain <pattern>", "which files under <directory> mention <pattern>, names only",
        "list files containing <pattern>",
    ],
    "grep -c '<pattern>' <textfile>": [
        "how many lines in <textfile> have <pattern>", "<textfile>: count the lines matching <pattern>",
        "how often does <pattern> show up in <textfile>",
    ],
    "grep -v '<pattern>' <textfile>": [
        "<textfile> without the lines containing <pattern>", "hide lines with <pattern> in <textfile>",
        "everything in <textfile> except <pattern>",
    ],
    "wc -l <textfile>": [
        "<textfile>: how many lines", "how many lines does <textfile> have", "line count of <textfile>",
        "count rows in <textfile>", "i want to know the number of lines in <textfile>",
    ],
    "wc -w <textfile>": [
        "how many words are in <textfile>", "<textfile> word count", "count the words in <textfile>",
    ],
    "head -n <n> <textfile>": [
        "<textfile>: first <n> lines", "i only want to see the top <n> lines of <textfile>",
        "peek at the first <n> lines of <textfile>", "beginning of <textfile>, <n> lines",
    ],
    "tail -n <n> <textfile>": [
        "<textfile>: last <n> lines", "i want to see the end of <textfile>, <n> lines",
        "bottom <n> lines of <textfile>", "the final <n> lines in <textfile>",
    ],
    "tail -f <logfile>": [
        "i want to watch <logfile> as it grows", "<logfile>: follow it live", "stream <logfile>",
        "keep printing new lines of <logfile>", "live view of <logfile>",
    ],
    "less <textfile>": [
        "<textfile> is too long to cat, page through it", "i want to scroll through <textfile>",
        "read <textfile> one screen at a time", "open <textfile> in a pager",
    ],
    # --- files: copy, move, delete, mkdir
    "cp <file> <workdir>": [
        "<file>: copy it to <workdir>", "i need a copy of <file> in <workdir>", "put a copy of <file> into <workdir>",
        "duplicate <file> into <workdir>",
    ],
    "cp <file> <newname>": [
        "make a copy of <file> called <newname>", "<file> -> <newname> as a copy", "copy <file> as <newname>",
    ],
    "cp -r <src_dir> <dest_dir>": [
        "copy the whole <src_dir> dir to <dest_dir>", "<src_dir>: copy it with everything inside to <dest_dir>",
        "i need <src_dir> duplicated into <dest_dir>", "cp a folder <src_dir> to <dest_dir>",
    ],
    "mv <file> <workdir>": [
        "<file> belongs in <workdir>, move it", "put <file> in <workdir>",
        "i want <file> moved into <workdir>",
    ],
    "mv <file> <newname>": [
        "<file> should be called <newname>", "change the name of <file> to <newname>", "<file>: rename to <newname>",
        "i want to rename <file>, new name <newname>",
    ],
    "mv <src_dir> <dest_dir>": [
        "rename the folder <src_dir> to <dest_dir>", "<src_dir> dir: move it to <dest_dir>",
    ],
    "rm <file>": [
        "<file>: delete it", "i don't need <file> anymore", "get rid of <file>", "trash <file>", "remove the file <file>",
    ],
    "rm -r <newdir>": [
        "<newdir>: delete the folder and its contents", "i want to remove the dir <newdir>",
        "get rid of the <newdir> folder", "delete a directory that isn't empty: <newdir>",
    ],
    "mkdir <newdir>": [
        "i need a new folder <newdir>", "<newdir>: create that dir", "new dir called <newdir>",
        "make a directory named <newdir>", "add a folder <newdir> here",
    ],
    "mkdir -p <nested>": [
        "<nested>: create the whole path", "make nested dirs <nested>", "i need the folders <nested> created, parents too",
        "create <nested> even if the parent dirs don't exist",
    ],
    # --- archives
    "tar -czf <targz> <workdir>": [
        "<workdir>: pack it into <targz>", "i want to compress <workdir> as <targz>", "make a tarball <targz> of <workdir>",
        "tar and gzip <workdir> into <targz>", "back up <workdir> to <targz>",
    ],
    "tar -xzf <targz>": [
        "<targz>: extract it", "i downloaded <targz>, how do i open it", "unpack the tarball <targz>",
        "untar <targz> here", "what do i do with <targz>, extract it",
    ],
    "tar -xzf <targz> -C <workdir>": [
        "<targz>: extract it to <workdir>", "unpack <targz> into the folder <workdir>",
        "i want <targz> extracted in <workdir>", "untar <targz> to <workdir>",
    ],
    "tar -tzf <targz>": [
        "what's inside <targz>", "<targz>: list the files without extracting", "peek into <targz>",
        "which files does <targz> contain",
    ],
    "zip -r <zip> <workdir>": [
        "<workdir>: zip it up as <zip>", "i need a zip of <workdir> called <zip>", "make <zip> from the folder <workdir>",
        "compress <workdir> to a zip file <zip>",
    ],
    "unzip <zip>": [
        "<zip>: unzip it here", "open the zip <zip>", "i got <zip>, extract it", "extract <zip> into the cwd",
    ],
    "unzip <zip> -d <workdir>": [
        "<zip>: extract it to <workdir>", "unzip <zip> into <workdir>", "i want <zip> unpacked in <workdir>",
    ],
    "unzip -l <zip>": [
        "what's in <zip>", "<zip>: list its contents", "files inside <zip> without extracting", "peek into <zip>",
    ],
    "gzip <file>": ["<file>: gzip it", "compress <file> to .gz", "make <file> smaller with gzip"],
    "gunzip <gz>": ["<gz>: decompress it", "unzip the gz file <gz>", "i have <gz>, how do i open it"],
    # --- permissions
    "chmod +x <script>": [
        "permission denied when running <script>", "<script>: make it executable", "i can't run <script>, permission denied",
        "let me execute <script>", "bash: ./<script>: permission denied",
    ],
    "chmod <mode> <file>": [
        "<file>: set permissions to <mode>", "i want <file> to have mode <mode>", "perms <mode> on <file>",
    ],
    "chmod -R <mode> <workdir>": [
        "<workdir> and everything inside: chmod <mode>", "set <mode> on the whole <workdir> tree",
        "apply permissions <mode> recursively to <workdir>",
    ],
    "sudo chown -R <user>:<group> <ownerdir>": [
        "<ownerdir> should belong to <user>:<group>", "give <user> ownership of <ownerdir>, group <group>, recursively",
        "change the owner of everything in <ownerdir> to <user> and group <group>",
    ],
    "ls -l <file>": [
        "who owns <file>", "<file>: what are its permissions", "check perms on <file>",
    ],
    # --- processes
    "ps aux": [
        "what's running right now", "i want to see all procs", "list every running process",
        "what programs are running on this box",
    ],
    "ps aux | grep <process>": [
        "is <process> running", "<process>: is it up", "find the pid of <process>", "is there a <process> process",
    ],
    "kill <pid>": ["<pid>: kill that process", "stop pid <pid>", "end process <pid>", "i want to terminate <pid>"],
    "kill -9 <pid>": [
        "<pid> won't die, force kill it", "process <pid> is stuck, kill it hard", "sigkill <pid>",
    ],
    "pkill <process>": [
        "<process> is frozen, close it", "kill all the <process> procs", "stop every <process> process",
    ],
    "ps aux --sort=-%mem | head": [
        "what's using all my ram", "which process is eating memory", "top memory hogs",
        "my machine is out of memory, what's using it",
    ],
    "ps aux --sort=-%cpu | head": [
        "what's using all my cpu", "my computer is slow, which process is busy", "the fan is loud, what's hogging the cpu",
        "top cpu procs",
    ],
    "sudo lsof -i :<port>": [
        "port <port> is already in use", "what's listening on <port>", "who is using port <port>",
        "address already in use on port <port>, what has it", "<port>: which process has it open",
    ],
    "sudo ss -tulpn": [
        "which ports are open on this machine", "what's listening", "show me all listening ports and their procs",
        "what services are listening on which ports",
    ],
    "free -h": [
        "how much ram is free", "how much memory do i have left", "ram usage", "is my memory full", "mem usage",
    ],
    "uptime": ["how long has this box been up", "when did the machine last boot, roughly", "load average"],
    "nproc": ["how many cpus do i have", "number of cores", "how many threads can this machine run"],
    "df -h": [
        "my disk is full", "how much disk space is left", "is the disk full", "free space on my drives",
        "how much room is left on the hard drive", "no space left on device, check disks",
    ],
    # --- network
    "ip a": ["what's my ip", "what ip address does this machine have", "my local ip", "show network addresses"],
    "curl ifconfig.me": ["what's my public ip", "my external ip address", "which ip do i have on the internet"],
    "ping <host>": ["is <host> up", "<host>: is it reachable", "can i reach <host>", "check if <host> responds"],
    "curl -I <url>": ["<url>: just the headers", "what headers does <url> send back", "check the response headers of <url>"],
    "wget <dl_url>": ["<dl_url>: download it", "i need the file at <dl_url>", "save <dl_url> here"],
    "ssh <user>@<server>": [
        "log in to <server> as <user>", "<server>: connect as <user>", "i want a shell on <server> as <user>",
        "remote into <server> with the user <user>",
    ],
    "scp <file> <user>@<server>:<remote_dir>": [
        "<file>: send it to <server> in <remote_dir> as <user>", "upload <file> to <user>@<server> into <remote_dir>",
        "i need <file> on <server> under <remote_dir>, user <user>",
    ],
    # --- services
    "sudo systemctl restart <service>": [
        "<service> is acting up, restart it", "<service>: restart", "bounce <service>", "i changed the <service> config, restart it",
    ],
    "systemctl status <service>": [
        "is <service> running", "<service>: is it up", "why is <service> not working, check its status",
        "what's the state of <service>",
    ],
    "sudo systemctl start <service>": ["<service> is down, start it", "<service>: start it", "fire up <service>"],
    "sudo systemctl stop <service>": ["<service>: stop it", "shut <service> down", "i want <service> stopped"],
    "sudo systemctl enable --now <service>": [
        "<service> should start at boot and now", "make <service> start on boot and start it now",
    ],
    "journalctl -u <service>": [
        "<service> keeps failing, show me its logs", "why did <service> crash", "<service> logs", "what did <service> log",
    ],
    "journalctl -u <service> -f": ["watch <service> logs live", "<service>: follow its log", "tail the <service> journal"],
    # --- packages
    "sudo apt install <package>": [
        "<package>: command not found", "<package> is missing, get it", "i need <package>", "<package> pkg: install it",
        "set up <package> with apt",
    ],
    "sudo apt remove <package>": [
        "<package>: uninstall it", "i don't want <package> anymore", "get rid of <package>", "remove the pkg <package>",
    ],
    "pip install <pypkg>": [
        "no module named <pypkg>", "<pypkg>: pip install it", "i need the python package <pypkg>",
        "modulenotfounderror <pypkg>", "add <pypkg> to my python env",
    ],
    "pip uninstall <pypkg>": ["<pypkg>: pip remove it", "i don't need the python lib <pypkg> anymore"],
    "pip list": ["what python packages do i have", "which pip pkgs are installed", "python libs in this env"],
    "sudo apt update && sudo apt upgrade": [
        "my system is out of date", "i want the latest updates", "are there updates, install them",
    ],
    # --- git
    "git status": [
        "what did i change in this repo", "what's the state of my repo", "which files have i modified",
        "anything uncommitted", "repo status", "did i forget to commit something",
    ],
    "git log --oneline": [
        "what are the recent commits", "short history of this repo", "i want to see the commit list",
        "show the git history, one line each", "commits so far",
    ],
    "git diff": [
        "what exactly did i change", "i want to see my unstaged changes", "diff of my edits", "what's different since the last commit",
    ],
    "git diff --staged": [
        "what am i about to commit", "i want to review what's staged", "diff of the staged files",
        "show what's in the index vs the last commit",
    ],
    "git commit -m \"<message>\"": [
        "<message>: commit with that message", "save my staged changes as <message>", "i want to commit, message <message>",
        "commit it, message: <message>",
    ],
    "git add .": ["stage everything", "add all my changes", "i want to stage all files", "git add all"],
    "git push": ["upload my commits", "send my commits to the remote", "i want to push my work", "push to the repo"],
    "git pull": ["get the latest changes", "update my repo from the remote", "sync with origin", "i need the newest code"],
    "git checkout -b <branch>": [
        "<branch>: start a new branch with that name", "i want a new branch called <branch>", "new branch <branch> and switch to it",
    ],
    "git checkout <branch>": ["<branch>: switch to it", "go to the branch <branch>", "i want to work on <branch>"],
    "git branch": ["which branch am i on and what others exist", "list my local branches", "what branches do i have"],
    "git stash": [
        "i need to switch branches but have changes", "save my work for later without committing", "put my changes aside",
        "shelve my changes",
    ],
    "git stash pop": ["get my stashed changes back", "i want my stash back", "restore what i stashed"],
    "git merge <branch>": ["<branch>: merge it into this one", "bring <branch> into my branch", "i want to merge <branch> here"],
    "git reset --soft HEAD~1": [
        "i committed too early, undo it but keep my changes", "undo my last commit, keep the files", "uncommit the last one",
    ],
    "git restore <file>": [
        "i messed up <file>, get the committed version back", "<file>: throw away my edits", "undo changes to <file>",
    ],
    "git clone <repo>": ["<repo>: clone it", "i want a local copy of <repo>", "download the repo <repo>", "get <repo> with git"],
}.items():
    MORE_PHRASINGS.setdefault(_cmd, []).extend(_extra)

for _category, _tasks in {
    "files": [
        ("find <directory?.> -type f -newermt <date>", [
            "files modified after <date> [in <directory>|]", "which files changed since <date>",
            "<date>: find files newer than that date", "i want every file edited after <date> under <directory>",
        ]),
        ("du -sh .[!.]* *", [
            "size of everything here including hidden folders", "how big are the dotfiles and folders in this dir",
            "du including hidden dirs", "what's taking space here, hidden stuff too",
        ]),
        ("find <directory?.> -type f -name '*.<ext>' -print0 | xargs -0 rm", [
            "delete all <ext> files even with spaces in their names", "remove every .<ext> file under <directory> safely with xargs",
            "find <ext> files and rm them, names may have spaces",
        ]),
    ],
    "text": [
        ("grep -B <ctx> '<pattern>' <textfile>", [
            "show <ctx> lines before each match of <pattern> in <textfile>", "grep -B <ctx> <pattern> <textfile>",
            "<pattern> in <textfile> with the <ctx> lines above it",
        ]),
        ("grep -o '<pattern>' <textfile>", [
            "print only the matching part for <pattern> in <textfile>", "just the matched text of <pattern> from <textfile>",
            "grep -o <pattern> <textfile>",
        ]),
        ("sort -k2 -n <spacefile>", [
            "sort <spacefile> by the second column numerically", "<spacefile>: order by column 2 as numbers",
            "numeric sort on the 2nd field of <spacefile>",
        ]),
        ("sort <listfile> | uniq -d", [
            "which lines in <listfile> are duplicated", "<listfile>: show only the repeated lines",
            "find duplicate entries in <listfile>", "lines that appear more than once in <listfile>",
        ]),
        ("cut -d, -f1 <csvfile>", [
            "first column of <csvfile>", "<csvfile>: just column one", "get the first field from <csvfile>",
        ]),
        ("awk '{print $1}' <spacefile>", [
            "first word of every line in <spacefile>", "<spacefile>: print column 1", "awk the first field of <spacefile>",
        ]),
        ("wc -l *.<ext>", [
            "line counts of all the <ext> files here", "how many lines in each .<ext> file", "count lines in every <ext> file",
        ]),
    ],
    "archives": [
        ("gunzip -k <gz>", [
            "decompress <gz> but keep the .gz", "<gz>: unzip it and keep the original", "gunzip -k <gz>",
        ]),
        ("tar -czvf <targz> <workdir>", [
            "compress <workdir> into <targz> and show each file", "tar -czvf <targz> <workdir>",
            "make <targz> from <workdir>, verbose",
        ]),
        ("tar -xzvf <targz>", [
            "extract <targz> and list files as it goes", "tar -xzvf <targz>", "<targz>: unpack it verbosely",
        ]),
    ],
    "processes": [
        ("pgrep -f '<proc_pattern>'", [
            "pid of the process running <proc_pattern>", "find the process whose command line has <proc_pattern>",
            "pgrep -f <proc_pattern>", "is <proc_pattern> running, give me its pid",
        ]),
        ("pkill -f '<proc_pattern>'", [
            "kill the process running <proc_pattern>", "stop everything matching <proc_pattern>", "pkill -f <proc_pattern>",
        ]),
    ],
    "system": [
        ("free -m", ["memory in megabytes", "free -m", "how many mb of ram are free", "ram usage in mb"]),
        ("env | grep <env_word>", [
            "which env vars mention <env_word>", "env | grep <env_word>", "environment variables with <env_word> in them",
        ]),
        ("printenv <var_only>", [
            "printenv <var_only>", "is <var_only> exported to the environment", "print the exported env var <var_only> with printenv",
        ]),
    ],
    "git": [
        ("git log --oneline --graph", [
            "git log --oneline --graph", "graph of this branch's history", "history as a tree, this branch only",
        ]),
        ("git tag -a <tag> -m \"<message>\"", [
            "annotated tag <tag> with message <message>", "git tag -a <tag> -m <message>",
            "tag this commit <tag> and note <message>",
        ]),
    ],
}.items():
    MORE_TASKS.setdefault(_category, []).extend(_tasks)

# Second widening pass, part 2: more of the same styles, and every category.
for _cmd, _extra in {
    "sudo fuser -k <port>/tcp": ["port <port> is taken, kill the process using it", "<port> is busy, kill what's on it",
                                 "stop the thing listening on <port>", "something is hogging port <port>, kill it"],
    "echo $<var>": ["what's <var> set to", "<var>: what is it set to", "i want to see the value of <var>"],
    # files
    "ls <directory?>": [
        "what's in <directory>", "i want to see what's inside <directory>", "<directory>: list it", "contents of <directory>?",
        "what files do i have in <directory>", "ls the <directory> dir",
    ],
    "ls *.<ext>": ["which <ext> files are here", "any .<ext> files in this dir", "<ext> files in the cwd, no subfolders"],
    "find <directory?.> -type f -empty": ["which files in <directory> are empty", "zero byte files under <directory>"],
    "find <directory?.> -type d -empty": ["empty dirs in <directory>", "which folders have nothing in them"],
    "find <directory?.> -type f -mmin -<minutes>": [
        "what changed in the last <minutes> minutes", "files written in the past <minutes> min in <directory>",
    ],
    "find <workdir?.> -type f -name '*.<ext>' -delete": [
        "clean out every .<ext> file in <workdir>", "<ext> files under <workdir>: delete them all, subfolders too",
    ],
    "find <workdir?.> -type f -mtime +<days> -delete": [
        "clean up files older than <days> days in <workdir>", "<workdir>: delete anything older than <days> days",
    ],
    "cp <file> <file>.bak": ["<file>: back it up before i edit it", "keep a .bak copy of <file>", "save a backup of <file> next to it"],
    "cp *.<ext> <workdir>": ["copy every <ext> file here into <workdir>", "<ext> files: copy them all to <workdir>"],
    "mv *.<ext> <workdir>": ["<ext> files: move them all to <workdir>", "put every .<ext> file in <workdir>"],
    "rm *.<ext>": ["get rid of all the <ext> files here", "<ext> files in this dir: delete them"],
    "rm -rf <newdir>": ["<newdir>: nuke it", "force delete the folder <newdir>, no questions", "rm <newdir> says it's a directory, delete it anyway"],
    "rsync -av <src_dir>/ <dest_dir>/": [
        "mirror <src_dir> into <dest_dir>", "<src_dir> -> <dest_dir>, only copy what changed", "sync the folder <src_dir> to <dest_dir>",
    ],
    # text
    "grep -n '<pattern>' <textfile>": ["which line number has <pattern> in <textfile>", "<pattern> in <textfile> with line numbers"],
    "grep -w '<pattern>' <textfile>": ["<pattern> as a whole word in <textfile>", "exact word <pattern>, not part of other words, in <textfile>"],
    "grep -ri '<pattern>' <directory?.>": ["search <directory> for <pattern>, ignore case", "<pattern> anywhere under <directory>, any case"],
    "grep -C <ctx> '<pattern>' <textfile>": ["<pattern> in <textfile> with <ctx> lines of context", "show the lines around <pattern> in <textfile>, <ctx> each side"],
    "grep -A <ctx> '<pattern>' <textfile>": ["<pattern> in <textfile> plus the <ctx> lines after", "what comes after <pattern> in <textfile>, <ctx> lines"],
    "sort <listfile>": ["<listfile>: sort it", "alphabetize <listfile>", "put <listfile> in a-z order"],
    "sort -u <listfile>": ["<listfile> has duplicates, sort and dedupe", "unique sorted lines of <listfile>", "remove duplicate lines from <listfile>"],
    "sort -n <listfile>": ["<listfile>: sort the numbers", "order <listfile> numerically, smallest first"],
    "sort -r <listfile>": ["<listfile> in reverse order", "sort <listfile> z to a"],
    "sort <listfile> | uniq -c | sort -rn": ["which lines repeat most in <listfile>", "<listfile>: count each line, most common first", "frequency of each line in <listfile>"],
    "cut -d, -f<col> <csvfile>": ["<csvfile>: just column <col>", "i only need field <col> of <csvfile>", "pull column <col> out of <csvfile>"],
    "awk '{print $<col>}' <spacefile>": ["<spacefile>: print field <col>", "column <col> of <spacefile>, space separated"],
    "sed -n '<line>p' <textfile>": ["what's on line <line> of <textfile>", "<textfile>: show line <line>", "just line <line> of <textfile>"],
    "sed -n '<line_start>,<line_end>p' <textfile>": ["<textfile> from line <line_start> to <line_end>", "print lines <line_start>-<line_end> of <textfile>"],
    "tail -n +2 <csvfile>": ["<csvfile> without the header", "skip the first line of <csvfile>", "everything but the header row of <csvfile>"],
    "head -n 1 <csvfile>": ["what are the column names of <csvfile>", "<csvfile>: show the header row"],
    "head <textfile>": ["<textfile>: show the top", "quick look at the start of <textfile>", "what does <textfile> start with"],
    "tail <textfile>": ["<textfile>: show the end", "how does <textfile> end", "last few lines of <textfile>"],
    "cat <textfile>": ["<textfile>: print it", "what's in <textfile>", "dump <textfile> to the terminal", "i want to read <textfile>"],
    # archives
    "tar -xjf <tarbz>": ["<tarbz>: extract it", "unpack the bz2 tarball <tarbz>"],
    "tar -xJf <tarxz>": ["<tarxz>: extract it", "unpack the xz archive <tarxz>"],
    "tar -xf <tar>": ["<tar>: unpack it", "open the tar file <tar>", "extract the plain tar <tar>"],
    "tar -tf <tar>": ["what's in <tar>", "<tar>: list its files"],
    "tar -cf <tar> <workdir>": ["<workdir>: put it in a tar without compression, <tar>", "uncompressed tar of <workdir> called <tar>"],
    "tar -czf <targz> --exclude='<exclude>' <workdir>": ["<workdir> to <targz> but leave out <exclude>", "back up <workdir> as <targz>, skip <exclude>"],
    "zip <zip> <file>": ["<file>: zip it into <zip>", "put <file> in a zip called <zip>"],
    "unzip <zip> <file>": ["pull just <file> out of <zip>", "<zip>: extract only <file>"],
    "tar -xzf <targz> <file>": ["<targz>: extract only <file>", "get just <file> out of <targz>"],
    "gzip -k <file>": ["<file>: gzip it but keep the original", "compress <file> and keep the uncompressed one too"],
    "zgrep '<pattern>' <gz>": ["<pattern> in <gz> without unzipping", "grep the compressed file <gz> for <pattern>"],
    # permissions
    "chmod 600 <private>": ["<private> permissions are too open", "only i should read <private>", "lock down <private> to my user"],
    "chmod 755 <script>": ["<script>: rwxr-xr-x", "everyone can run <script> but only i can edit it"],
    "chmod 644 <file>": ["<file>: rw-r--r--", "normal read permissions on <file>, only me writes"],
    "sudo chown <user> <file>": ["<file> should belong to <user>", "make <user> the owner of <file>", "<file>: owner <user>"],
    "sudo chown <user>:<group> <file>": ["<file>: owner <user>, group <group>", "give <file> to <user> and the group <group>"],
    "sudo chown -R $USER:$USER <ownerdir>": [
        "permission denied writing to <ownerdir>, make it mine", "take ownership of <ownerdir>", "<ownerdir>: i want to own all of it",
    ],
    "ls -ld <ownerdir>": ["who owns the folder <ownerdir>", "<ownerdir>: what are its permissions"],
    "stat -c '%a' <file>": ["<file>: octal permissions", "what's the numeric mode of <file>"],
    "sudo chgrp <group> <file>": ["<file>: group should be <group>", "set the group of <file> to <group>"],
    "umask": ["what are default permissions for new files", "current umask", "what umask am i using"],
    # users
    "whoami": ["which user am i", "my username", "current user?"],
    "id <user?>": ["<user>: uid and groups", "what's <user>'s uid", "uid gid of <user>"],
    "groups <user?>": ["which groups is <user> in", "<user>: what groups", "am i in the docker group"],
    "sudo adduser <user>": ["<user> needs an account", "new user <user>", "create a login for <user>", "add a user called <user>"],
    "sudo deluser <user>": ["<user> left, remove the account", "delete user <user>", "<user>: remove that user"],
    "sudo usermod -aG <group> <user>": ["<user> should be in <group>", "put <user> in the <group> group", "<user>: add to group <group>"],
    "sudo usermod -aG sudo <user>": ["<user> needs admin rights", "make <user> a sudoer", "let <user> use sudo"],
    "sudo usermod -aG <group> $USER": ["add me to <group>", "i need to be in the <group> group"],
    "sudo passwd <user>": ["<user> forgot their password", "reset <user>'s password", "<user>: set a new password"],
    "passwd": ["i want to change my password", "new password for me", "change my login password"],
    "who": ["who's logged in", "which users are on this box right now"],
    "last <user?>": ["when did <user> last log in", "<user>: login history"],
    "su - <user>": ["become <user>", "switch user to <user>", "log in as <user> in this terminal"],
    "sudo -i": ["i need a root shell", "become root", "root prompt please"],
    "sudo !!": ["permission denied, run that again with sudo", "redo the last command as root"],
    "cut -d: -f1 /etc/passwd": ["what users exist on this machine", "list all accounts", "every user on the box"],
    "sudo groupadd <group>": ["new group <group>", "<group>: create that group"],
    # processes
    "top": ["what's the system doing right now", "live view of procs and cpu", "task manager"],
    "htop": ["nicer top", "interactive process viewer", "task manager with colors"],
    "pgrep -a <process>": ["<process>: pid and command line", "which <process> processes are running with their pids"],
    "pkill -9 <process>": ["<process> won't quit, kill all of them hard", "force kill every <process>"],
    "ps -u <user>": ["what is <user> running", "<user>'s processes", "procs owned by <user>"],
    "ps -fp <pid>": ["<pid>: what is that process", "which program is pid <pid>", "details of proc <pid>"],
    "lsof -p <pid>": ["which files does <pid> have open", "<pid>: open files"],
    "nohup <command> &": ["keep <command> running after i log out", "<command>: run it in the background so it survives logout"],
    "jobs": ["what's running in the background in this shell", "list my background jobs", "what did i put in the background"],
    "fg": ["bring the background job back", "resume the job in the foreground", "get my suspended program back"],
    "bg": ["let the stopped job keep running in the background", "resume the suspended job in the background"],
    "kill -HUP <pid>": ["<pid>: send it a hangup", "tell <pid> to reload via sighup"],
    "ps aux | wc -l": ["how many processes are running", "number of procs"],
    # disk
    "df -h <directory>": ["how much free space where <directory> lives", "<directory>: which disk and how full"],
    "df -hT": ["filesystem types and free space", "disk usage with fs type"],
    "df -i": ["no space left on device but df shows free space", "am i out of inodes", "inode usage", "how many inodes are left"],
    "lsblk": ["what disks do i have", "list drives and partitions", "which drives are plugged in", "my partitions"],
    "lsblk -f": ["filesystems on each partition", "which partition is ext4 and which is ntfs", "uuids of my partitions"],
    "sudo mount <device> <mountpoint>": ["<device>: mount it on <mountpoint>", "i plugged in <device>, mount it at <mountpoint>"],
    "sudo umount <mountpoint>": ["<mountpoint>: unmount it", "i want to eject what's mounted at <mountpoint>", "detach <mountpoint>"],
    "findmnt": ["what's mounted where", "mount points as a tree"],
    "ncdu <directory?>": ["interactive disk usage for <directory>", "browse what's using space in <directory>"],
    "swapon --show": ["do i have swap", "how much swap is there", "swap usage"],
    "sudo fdisk -l": ["partition tables of all disks", "list every disk partition with sizes"],
    # system
    "uname -r": ["what kernel am i running", "kernel version", "which linux kernel is this"],
    "uname -a": ["all system info from uname", "kernel, arch and hostname in one line"],
    "cat /etc/os-release": ["which ubuntu version is this", "what distro am i on", "os version", "what version of debian is this"],
    "hostname": ["name of this box", "what's this machine called"],
    "lscpu": ["what cpu do i have", "cpu model and cores", "processor info"],
    "date": ["what time is it", "today's date", "current date and time"],
    "timedatectl": ["what timezone is this machine in", "is the clock synced", "time settings"],
    "sudo timedatectl set-timezone <timezone>": ["<timezone>: set the timezone to it", "my clock is wrong, timezone should be <timezone>"],
    "which <program>": ["where is <program> installed", "path of the <program> binary", "<program>: which one runs"],
    "<verprogram> --version": ["<verprogram>: what version", "which version of <verprogram> is installed", "is <verprogram> up to date, what version is it"],
    "history | grep '<histword>'": ["that <histword> command i ran earlier", "find <histword> in my history", "what was the <histword> command i typed"],
    "export PATH=$PATH:<directory>": ["<directory>: add it to my path", "command not found for stuff in <directory>, put it on the PATH"],
    "sudo reboot": ["restart the machine", "reboot now", "restart this box"],
    "sudo shutdown -h now": ["turn off the computer", "power off now", "shut down the machine"],
    "source ~/.bashrc": ["i edited my bashrc, apply it", "reload my shell config", "apply bashrc changes without logging out"],
    "uptime -s": ["when did this machine boot", "boot time"],
    "sensors": ["how hot is my cpu", "cpu temperature", "is the machine overheating"],
    "nvidia-smi": ["is my gpu being used", "gpu memory usage", "what's running on the gpu"],
    # services
    "sudo systemctl enable <service>": ["<service> should start on boot", "start <service> automatically at boot", "<service>: enable it"],
    "sudo systemctl disable <service>": ["don't start <service> at boot", "<service>: disable it", "stop <service> from starting automatically"],
    "sudo systemctl reload <reloadable>": ["<reloadable>: reload the config without restarting", "apply the new <reloadable> config gracefully"],
    "systemctl list-units --type=service --state=running": ["what services are running", "which daemons are up", "running services"],
    "systemctl --failed": ["did any service fail", "which services are broken", "failed units"],
    "journalctl -u <service> --since today": ["<service> logs from today", "what did <service> log today"],
    "journalctl -u <service> -n <n>": ["last <n> log lines of <service>", "<service>: the latest <n> log entries"],
    "journalctl -p err -b": ["any errors since boot", "what went wrong since startup", "error messages from this boot"],
    "journalctl -b -1": ["logs from before the last reboot", "why did it crash last boot", "previous boot's log"],
    "journalctl -f": ["watch the system log live", "follow the journal", "tail system logs"],
    "journalctl --disk-usage": ["how much space do the logs use", "journal size"],
    "sudo journalctl --vacuum-size=<journal_size>": ["the journal is too big, shrink it to <journal_size>", "limit the logs to <journal_size>"],
    "sudo systemctl daemon-reload": ["i edited a unit file, reload systemd", "systemd says the unit file changed on disk"],
    "docker ps": ["what containers are running", "running docker containers", "list containers that are up"],
    "docker ps -a": ["all docker containers, stopped too", "every container including exited ones"],
    "docker logs <container>": ["<container> logs", "what did the <container> container print", "<container>: show its logs"],
    "docker exec -it <container> bash": ["get a shell in <container>", "<container>: open bash inside it", "i want to poke around inside the <container> container"],
    "docker compose up -d": ["start the compose stack in the background", "bring up the services from docker-compose.yml", "compose up detached"],
    "docker compose down": ["stop the compose stack", "take down the docker compose services"],
    "docker compose logs -f": ["follow the compose logs", "watch logs of all compose services"],
    "docker stop <container>": ["<container>: stop that container", "shut down the <container> container"],
    "docker images": ["what images do i have", "local docker images"],
    "crontab -e": ["i want to schedule a job", "add a cron job", "edit my scheduled tasks"],
    "crontab -l": ["what cron jobs do i have", "my crontab"],
    # networking
    "ip route show default": ["default gateway ip", "which router am i using"],
    "ping -c <count> <host>": ["<host>: ping it <count> times", "send <count> pings to <host>"],
    "ping -c 4 8.8.8.8": ["am i online", "is the internet working", "do i have internet", "check my connection"],
    "curl <url>": ["<url>: fetch it", "what does <url> return", "hit <url> and print the response"],
    "curl -O <dl_url>": ["<dl_url>: download it with curl", "curl the file <dl_url> and keep its name"],
    "wget -c <dl_url>": ["my download of <dl_url> stopped, resume it", "<dl_url>: continue the partial download"],
    "curl -s -o /dev/null -w '%{http_code}' <url>": ["<url>: what status code", "is <url> returning 200", "http status of <url>"],
    "ssh -p <port> <user>@<server>": ["<server> runs ssh on <port>, connect as <user>"],
    "ssh-keygen -t ed25519": ["i need an ssh key", "make me an ssh key pair", "new ssh key"],
    "ssh-copy-id <user>@<server>": ["i want to log in to <server> without a password", "install my public key on <server> for <user>"],
    "scp <user>@<server>:<remote_file> <workdir?.>": ["<remote_file> from <server>: copy it here, user <user>", "download <remote_file> from <user>@<server>"],
    "scp -r <workdir> <user>@<server>:<remote_dir>": ["<workdir>: upload the whole folder to <server>:<remote_dir> as <user>", "copy the dir <workdir> to <remote_dir> on <server>, user <user>"],
    "rsync -avz <workdir>/ <user>@<server>:<remote_dir>": ["<workdir> -> <server>:<remote_dir>, only changed files, user <user>", "deploy <workdir> to <remote_dir> on <server> with rsync as <user>"],
    "nc -zv <server> <port>": ["is port <port> open on <server>", "<server>: can i reach port <port>", "test tcp <port> on <server>"],
    "dig +short <domain>": ["<domain>: what ip", "which ip does <domain> point to", "resolve <domain>"],
    "traceroute <host>": ["where does the connection to <host> get stuck", "<host>: trace the hops"],
    "ssh <user>@<server> '<rcmd>'": ["<server>: run <rcmd> there as <user>", "i want to run <rcmd> remotely on <server> as <user>"],
    "watch -n <seconds> <watched>": ["<watched> every <seconds> seconds", "keep rerunning <watched>, every <seconds> s"],
    "sudo ufw allow <port>/tcp": ["<port>: open it in the firewall", "the firewall blocks <port>, allow it"],
    # packages
    "sudo apt update": ["apt says unable to locate package, refresh the lists", "refresh apt", "pkg lists are old, update them"],
    "sudo apt upgrade": ["upgrade what's installed", "apply pkg upgrades"],
    "apt list --upgradable": ["which pkgs can be upgraded", "are there pending updates for my packages"],
    "sudo apt purge <package>": ["remove <package> and its config files", "<package>: purge it completely"],
    "sudo apt autoremove": ["clean up packages i don't need", "free space from unused pkgs"],
    "apt search <keyword>": ["is there a package for <keyword>", "<keyword>: which apt pkg has it", "find an apt package about <keyword>"],
    "dpkg -l | grep <package>": ["is <package> installed", "<package>: do i have it", "check if the pkg <package> is installed"],
    "pip install -r requirements.txt": ["install the project's python deps", "install everything in requirements.txt", "set up the python dependencies"],
    "pip freeze > requirements.txt": ["save my python deps to requirements.txt", "write requirements.txt from this env"],
    "python3 -m venv <venv>": ["<venv>: make a virtualenv there", "i need a python virtual env called <venv>"],
    "source <venv>/bin/activate": ["<venv>: activate it", "turn on the virtualenv <venv>", "enter the venv <venv>"],
    "pip install --upgrade <pypkg>": ["<pypkg> is outdated, upgrade it", "newest <pypkg> with pip"],
    "pip show <pypkg>": ["<pypkg>: which version do i have", "is <pypkg> installed in this env"],
    "sudo apt install -y <package>": ["<package>: install it, don't ask me", "install <package> in a script without prompts"],
    # git
    "git init": ["turn this folder into a git repo", "start version control here", "new repo in the cwd"],
    "git add <file>": ["<file>: stage it", "i want to commit <file>, add it first", "track <file> in git"],
    "git commit -am \"<message>\"": ["stage my edits and commit with <message>", "commit all tracked changes, msg <message>"],
    "git commit --amend": ["i forgot something in the last commit", "change the last commit"],
    "git push -u origin <branch>": ["<branch> is new, push it and set upstream", "first push of <branch>", "publish the branch <branch>"],
    "git push origin <branch>": ["<branch>: push it to origin", "upload the branch <branch>"],
    "git fetch": ["check the remote for new commits without merging", "download remote changes but don't merge"],
    "git branch -d <branch>": ["<branch> is merged, delete it", "<branch>: remove that branch"],
    "git log --oneline -n <n>": ["last <n> commits", "<n> most recent commits, short", "what were the previous <n> commits"],
    "git log --oneline --graph --all": ["i want to see how the branches diverged", "tree of all branches"],
    "git diff <branch_a>..<branch_b>": ["what changed between <branch_a> and <branch_b>", "<branch_a> vs <branch_b> diff"],
    "git stash list": ["what have i stashed", "my stashes"],
    "git reset --hard HEAD": ["throw away all my changes", "i messed everything up, go back to the last commit", "discard everything uncommitted"],
    "git restore --staged <file>": ["i staged <file> by mistake", "<file>: unstage it", "take <file> out of the next commit"],
    "git revert <commit>": ["<commit> broke things, undo it with a new commit", "revert the commit <commit>"],
    "git cherry-pick <commit>": ["<commit>: apply it to this branch", "i want just the commit <commit> here", "copy commit <commit> onto my branch"],
    "git show <commit?>": ["<commit>: what changed in it", "what did commit <commit> do", "details of <commit>"],
    "git blame <file>": ["who wrote this line in <file>", "<file>: who changed each line", "who touched <file> last, line by line"],
    "git tag <tag>": ["<tag>: tag this commit", "mark this commit as <tag>", "release tag <tag> here"],
    "git remote -v": ["where does this repo push to", "what's the origin url", "which remotes are set"],
    "git remote set-url origin <repo>": ["the repo moved to <repo>, update origin", "point origin at <repo>"],
    "git clean -fd": ["delete all untracked files and folders", "clean the working tree of junk not in git"],
    "git rebase <branch>": ["<branch>: rebase onto it", "replay my commits on top of <branch>"],
    "git log --author=<user>": ["what has <user> committed", "commits by <user>"],
    "git log --follow <file>": ["<file>: its history, even across renames", "who changed <file> over time"],
    "git reflog": ["i lost a commit, how do i find it", "where did my commit go", "history of HEAD moves"],
    "git config --global user.name \"<person>\"": ["git should use the name <person>", "<person>: set as my git name"],
    "git rev-parse HEAD": ["hash of the current commit", "what commit am i on", "full sha of HEAD"],
}.items():
    MORE_PHRASINGS.setdefault(_cmd, []).extend(_extra)

for _category, _tasks in {
    "text": [
        ("grep -rn '<pattern>' <directory?.> --exclude-dir=<exclude>", [
            "search <directory> for <pattern> but skip <exclude>", "grep -rn <pattern> without looking in <exclude>",
            "<pattern> everywhere except the <exclude> dir",
        ]),
        ("wc -c <textfile>", ["how many bytes is <textfile>", "<textfile>: byte count", "wc -c <textfile>"]),
    ],
    "files": [
        ("find <directory?.> -type f -name '*.<ext>' -newermt <date>", [
            "<ext> files changed after <date> [in <directory>|]", "which .<ext> files are newer than <date>",
        ]),
        ("ls -la ~", ["what's in my home dir including hidden files", "ls -la ~", "list everything in my home folder"]),
    ],
    "disk": [
        ("du -sh ~/.cache", ["how big is my cache folder", "du -sh ~/.cache", "is ~/.cache taking a lot of space"]),
        ("du -h --max-depth=1 <directory?.> | sort -rh", [
            "size of each folder directly under <directory>, biggest first", "du one level deep in <directory>, sorted",
            "du -h --max-depth=1 <directory>",
        ]),
    ],
    "networking": [
        ("curl -o <outfile> <save_url>", [
            "download <save_url> and save it as <outfile> with curl", "curl -o <outfile> <save_url>",
            "<save_url>: fetch it into <outfile> using curl",
        ]),
        ("curl -L <url>", ["fetch <url> and follow redirects", "curl -L <url>", "<url> redirects, follow it"]),
    ],
    "packages": [
        ("pip list --outdated", ["which python packages are outdated", "pip list --outdated", "python libs with newer versions"]),
    ],
    "git": [
        ("git log -p <file>", ["every change ever made to <file>, with diffs", "git log -p <file>", "<file>: history with patches"]),
        ("git diff HEAD~1", ["what changed in the last commit compared to now", "git diff HEAD~1", "diff against the previous commit"]),
        ("git stash push -m \"<message>\"", [
            "stash my changes with the note <message>", "git stash push -m <message>", "save a named stash <message>",
        ]),
    ],
    "users": [
        ("getent group sudo", ["who has sudo on this machine", "getent group sudo", "which users are admins"]),
    ],
    "permissions": [
        ("chmod u+x <script>", ["make <script> executable just for me", "chmod u+x <script>", "let only the owner run <script>"]),
    ],
    "processes": [
        ("ps -ef --forest", ["process tree", "ps -ef --forest", "which process started which, as a tree"]),
    ],
    "system": [
        ("cat /proc/meminfo", ["detailed memory info", "cat /proc/meminfo", "full breakdown of ram usage from the kernel"]),
    ],
}.items():
    MORE_TASKS.setdefault(_category, []).extend(_tasks)

# Second widening pass, part 3: terse fragments, abbreviations (dir, cwd, proc, pkg, repo, cfg) and values first.
for _cmd, _extra in {
    # files
    "ls -la <directory?>": ["ls -a <directory> with details", "hidden files in <directory> too, long format", "dotfiles in the cwd"],
    "ls -lt <directory?>": ["latest files in <directory> on top", "sort <directory> by modification time"],
    "ls -ltr <directory?>": ["<directory>: most recent at the bottom", "recently changed files last"],
    "ls -d */": ["only dirs, no files", "folders in cwd"],
    "du -sh <directory?>": ["<directory> size?", "disk usage of <directory>, total only", "how much room does the <directory> dir use"],
    "du -sh * | sort -rh | head": ["sizes of everything in cwd, largest first", "my disk is full, what's big in this folder"],
    "du -sh <directory>/* | sort -rh | head": ["<directory>: biggest subdirs", "top space users inside <directory>"],
    "find <directory?.> -name <file>": ["search for <file> under <directory>", "<file> somewhere in <directory>, find it", "which dir is <file> in"],
    "find <directory?.> -name '*.<ext>'": ["<ext> files under <directory>", "all .<ext> in <directory> recursively", "list every <ext> file in the repo"],
    "find <directory?.> -type f -size +<size>": ["<size>+ files in <directory>", "find big files over <size>", "which files exceed <size>"],
    "find <directory?.> -type f -size -<size>": ["tiny files under <size> in <directory>", "files below <size>"],
    "find <directory?.> -type f -mtime -<days>": ["<days> days: files changed since then in <directory>", "recent files, last <days> days"],
    "find <directory?.> -type l": ["which files are symlinks in <directory>", "symlinks under <directory>"],
    "find <directory?.> -xtype l": ["dangling symlinks in <directory>", "symlinks pointing nowhere"],
    "mkdir <newdir>": ["mkdir <newdir> please", "<newdir> folder, create it", "set up a dir <newdir>"],
    "mkdir -p <nested>": ["<nested> dir tree, make it", "create folders <nested> in one go"],
    "cp <file> <workdir>": ["copy <file> into the <workdir> dir", "<file> also needs to be in <workdir>"],
    "mv <file> <workdir>": ["<file> to <workdir>, move not copy", "shift <file> into <workdir>"],
    "mv <file> <newname>": ["rename <file> -> <newname>", "<file> to <newname>, rename"],
    "rm <file>": ["<file> is junk, remove it", "delete <file> from this dir"],
    "rm -r <newdir>": ["delete <newdir> dir recursively", "<newdir> and all its files, remove"],
    "cp -r <src_dir> <dest_dir>": ["<src_dir> to <dest_dir> with subfolders", "copy dir <src_dir> into <dest_dir> recursively"],
    "find <directory?.> -type f -newermt <date>": ["<date> onwards: files modified in <directory>", "anything changed since <date>"],
    "ls -la ~": ["hidden files in my home", "dotfiles in ~"],
    # text
    "grep '<pattern>' <textfile>": ["<pattern> in <textfile>?", "search <textfile> for the text <pattern>", "is <pattern> mentioned in <textfile>"],
    "grep -rn '<pattern>' <directory?.>": ["grep the repo for <pattern>", "<pattern> in all files under <directory>, with line numbers", "which source file defines <pattern>"],
    "grep -rl '<pattern>' <directory?.>": ["names of files in <directory> that have <pattern>", "<pattern>: which files, names only"],
    "grep -i '<pattern>' <textfile>": ["<textfile>: find <pattern>, ignore case", "<pattern> upper or lower case in <textfile>"],
    "grep -v '<pattern>' <textfile>": ["<textfile>: drop lines with <pattern>", "filter <pattern> out of <textfile>"],
    "grep -c '<pattern>' <textfile>": ["number of <pattern> lines in <textfile>", "<pattern> count in <textfile>"],
    "grep -o '<pattern>' <textfile> | wc -l": ["total occurrences of <pattern> in <textfile>, even several per line", "<pattern>: how many times exactly in <textfile>"],
    "wc -l <textfile>": ["<textfile> line count?", "lines in <textfile>", "size of <textfile> in lines"],
    "wc -w <textfile>": ["<textfile>: how many words", "words in <textfile>"],
    "wc -c <textfile>": ["<textfile> size in bytes"],
    "head -n <n> <textfile>": ["top <n> of <textfile>", "<n> lines from the start of <textfile>"],
    "tail -n <n> <textfile>": ["last <n> of <textfile>", "<n> lines from the end of <textfile>"],
    "tail -f <logfile>": ["watch <logfile>", "tail <logfile> and keep following", "what's being written to <logfile> right now"],
    "less <textfile>": ["<textfile>: open it to scroll", "view <textfile> page by page"],
    "sort -k2 -n <spacefile>": ["<spacefile> by 2nd column, numeric", "sort <spacefile> on field two as numbers"],
    "sort <listfile> | uniq -d": ["<listfile>: which entries are duplicates", "duplicated lines in <listfile>"],
    "cut -d, -f1 <csvfile>": ["column 1 of the csv <csvfile>", "first field of each row in <csvfile>"],
    "awk '{print $1}' <spacefile>": ["<spacefile>: first column only", "just the first word on each line of <spacefile>"],
    "grep -B <ctx> '<pattern>' <textfile>": ["what comes before <pattern> in <textfile>, <ctx> lines", "<ctx> lines above each <pattern> in <textfile>"],
    "grep -o '<pattern>' <textfile>": ["<textfile>: only the parts matching <pattern>", "extract every <pattern> match from <textfile>"],
    "diff <file_a> <file_b>": ["what's different between <file_a> and <file_b>", "<file_a> vs <file_b>", "are <file_a> and <file_b> the same"],
    # archives
    "tar -czf <targz> <workdir>": ["<targz> from <workdir>", "<workdir> dir to a tar.gz named <targz>", "archive <workdir> into <targz>"],
    "tar -xzf <targz>": ["<targz> -> extract here", "decompress <targz>"],
    "tar -xzf <targz> -C <workdir>": ["extract <targz> in <workdir>", "<targz> into <workdir> please", "put the contents of <targz> in <workdir>"],
    "tar -tzf <targz>": ["<targz> contents?", "list <targz> without unpacking"],
    "zip -r <zip> <workdir>": ["<zip> from the <workdir> dir", "zip the folder <workdir> into <zip>"],
    "unzip <zip>": ["<zip> -> unzip", "decompress <zip>", "unpack <zip> here"],
    "unzip <zip> -d <workdir>": ["unpack <zip> in <workdir>", "<zip> contents into <workdir>"],
    "unzip -l <zip>": ["<zip> contents?", "list files in the zip <zip>"],
    "gunzip <gz>": ["<gz> -> decompress", "ungzip <gz>", "extract <gz>"],
    "gunzip -k <gz>": ["<gz>: decompress, keep the gz file", "unpack <gz> without deleting it"],
    "tar -czvf <targz> <workdir>": ["<workdir> into <targz>, list files while packing"],
    "tar -xzvf <targz>": ["<targz>: extract and print each file"],
    "tar -xJf <tarxz> -C <workdir>": ["<tarxz> into <workdir>", "extract the xz tarball <tarxz> to <workdir>"],
    "tar -xjf <tarbz> -C <workdir>": ["<tarbz> into <workdir>", "extract the bz2 tarball <tarbz> to <workdir>"],
    "tar -cJf <tarxz> <workdir>": ["<workdir>: compress it with xz into <tarxz>", "<tarxz> from <workdir>, xz compressed"],
    "tar -cjf <tarbz> <workdir>": ["<workdir>: compress it with bzip2 into <tarbz>", "<tarbz> from <workdir>"],
    # permissions
    "chmod +x <script>": ["<script> won't run, says permission denied", "exec bit on <script>"],
    "chmod <mode> <file>": ["<mode> on <file>", "<file> needs mode <mode>", "set perms of <file> to <mode>"],
    "chmod -R <mode> <workdir>": ["recursive chmod <mode> on <workdir>", "<workdir> dir and subdirs to <mode>"],
    "sudo chown -R <user>:<group> <ownerdir>": ["<ownerdir> owned by <user>, group <group>, recursively", "recursive chown <user>:<group> on <ownerdir>"],
    "ls -l <file>": ["<file> perms?", "owner and permissions of <file>"],
    "chmod 700 ~/.ssh": ["ssh complains my .ssh dir permissions are too open", "fix perms on ~/.ssh"],
    "find <ownerdir> -type d -exec chmod 755 {} +": ["all dirs under <ownerdir> to 755", "fix folder permissions in <ownerdir>"],
    "find <ownerdir> -type f -exec chmod 644 {} +": ["all files under <ownerdir> to 644", "fix file permissions in <ownerdir>"],
    "sudo chattr +i <file>": ["nobody should be able to change <file>, not even root", "<file>: make it immutable"],
    "chmod u+x <script>": ["<script>: executable for the owner only"],
    # users
    "id <user?>": ["<user>'s groups and uid", "which groups does <user> belong to, with ids"],
    "sudo adduser <user>": ["<user>: add as a new user", "create account <user>"],
    "sudo deluser --remove-home <user>": ["<user>: delete the account and the home dir", "remove <user> and their files"],
    "sudo usermod -aG <group> <user>": ["add <user> to <group> group", "<group> membership for <user>"],
    "sudo gpasswd -d <user> <group>": ["<user> shouldn't be in <group> anymore", "take <user> out of <group>"],
    "getent group <group>": ["who's in <group>", "<group>: list its members"],
    "sudo -u <user> <command>": ["run <command> as <user>", "<command>, but as the user <user>"],
    "chsh -s <shell>": ["i want <shell> as my default shell", "switch my login shell to <shell>"],
    "sudo passwd -l <user>": ["<user>: lock the account", "block <user> from logging in"],
    "getent group sudo": ["who can sudo", "list the sudoers group"],
    "w": ["who is logged in and what are they doing", "logged in users and their activity"],
    # processes
    "ps aux | grep <process>": ["<process> pid?", "do i have <process> running", "find <process> in the proc list"],
    "pgrep -a <process>": ["pids of <process>", "<process> procs with their pids"],
    "kill <pid>": ["kill proc <pid>", "<pid> -> kill", "stop the process with pid <pid>"],
    "kill -9 <pid>": ["kill -9 on <pid>", "<pid> is hung, force it to die"],
    "pkill <process>": ["<process>: kill it", "quit all <process> procs"],
    "ps aux --sort=-%mem | head": ["which proc uses the most ram", "memory hogs", "biggest processes by memory"],
    "ps aux --sort=-%cpu | head": ["which proc uses the most cpu", "cpu hogs", "what's making the cpu spike"],
    "sudo lsof -i :<port>": ["<port> in use?", "what's on port <port>", "error: listen eaddrinuse <port>, what is using it"],
    "sudo ss -tulpn": ["open ports?", "listening sockets with procs", "which programs listen on which port"],
    "pgrep -f '<proc_pattern>'": ["<proc_pattern>: get its pid", "pid of <proc_pattern>"],
    "pkill -f '<proc_pattern>'": ["<proc_pattern>: kill it", "stop <proc_pattern>"],
    "nohup <command> &": ["run <command> detached from the terminal", "<command> in the background, immune to hangups"],
    "top -u <user>": ["live view of <user>'s processes", "<user>: top for that user only"],
    "ps -ef --forest": ["tree of processes with parents", "parent child process tree"],
    # disk
    "df -h": ["disk space?", "how full are my disks", "space left on each drive", "storage usage", "check free space"],
    "df -i": ["inodes?", "out of inodes?"],
    "lsblk": ["block devices", "disks and partitions?", "usb drive, what's its device name"],
    "sudo mount <device> <mountpoint>": ["mount <device> at <mountpoint>", "<device> -> <mountpoint>, mount it"],
    "sudo umount <mountpoint>": ["unmount <mountpoint>", "safely remove the drive at <mountpoint>"],
    "sudo mkfs.ext4 <device>": ["<device>: format it ext4", "make an ext4 filesystem on <device>"],
    "sudo fsck <device>": ["<device>: check it for errors", "repair the filesystem on <device>"],
    "ncdu <directory?>": ["what's using space in <directory>, interactively", "ncdu on <directory>"],
    "du -h --max-depth=1 <directory?.> | sort -rh": ["<directory>: size of each top level folder", "folder sizes one level down in <directory>"],
    "du -sh ~/.cache": ["how much is cached in my home"],
    "sudo dd if=<iso> of=<disk> bs=4M status=progress conv=fsync": ["<iso> to <disk>: make a bootable usb", "write <iso> onto the usb stick <disk>"],
    "sudo smartctl -a <disk>": ["is <disk> dying", "<disk>: smart health info"],
    # system
    "free -h": ["ram?", "memory free and used", "how much ram is this box using"],
    "free -m": ["free ram in mb", "memory usage in megabytes"],
    "uptime": ["uptime?", "system load"],
    "nproc": ["cpu count", "how many cores does this box have"],
    "lscpu": ["cpu info", "cpu architecture and cores", "what processor is this"],
    "uname -r": ["kernel?", "kernel release", "which kernel version"],
    "cat /etc/os-release": ["distro?", "ubuntu version?", "which os release is installed"],
    "timedatectl": ["timezone?", "time and ntp status"],
    "hostnamectl": ["hostname and os details", "machine info, hostname, kernel"],
    "sudo hostnamectl set-hostname <hostname>": ["<hostname>: make that the hostname", "rename this machine to <hostname>"],
    "env | grep <env_word>": ["<env_word> env vars", "env vars containing <env_word>"],
    "printenv": ["all env vars", "what environment variables are set", "list my env"],
    "echo $PATH": ["what's in my path", "show PATH", "which dirs are on the PATH"],
    "export <var_name>=<var_value>": ["<var_name>=<var_value> for this shell"],
    "alias <alias_name>='<alias_cmd>'": ["<alias_name> should run <alias_cmd>", "shortcut <alias_name> for <alias_cmd>"],
    "which <program>": ["where's <program>", "which <program> binary runs"],
    "man <program>": ["<program>: show the manual", "docs for <program>", "how does <program> work, open its man page"],
    "history": ["my previous commands", "what did i run before"],
    "sudo shutdown -r +<minutes>": ["reboot in <minutes> minutes", "schedule a restart in <minutes> min"],
    "sudo shutdown -c": ["cancel the scheduled shutdown", "don't shut down after all"],
    "lsusb": ["usb devices?", "what's plugged into usb"],
    "lspci": ["pci devices", "hardware on the pci bus"],
    "vmstat 1": ["memory, cpu and io stats every second", "vmstat every second"],
    # services
    "systemctl status <service>": ["<service> service status?", "status of <service>", "did <service> start ok"],
    "sudo systemctl restart <service>": ["restart svc <service>", "<service> restart please", "reboot just the <service> service"],
    "sudo systemctl stop <service>": ["stop svc <service>", "<service> down please"],
    "sudo systemctl start <service>": ["start svc <service>", "<service> up please", "bring <service> up"],
    "sudo systemctl enable <service>": ["<service> on boot"],
    "sudo systemctl disable --now <service>": ["<service>: stop it and keep it off after reboot", "turn off <service> for good"],
    "journalctl -u <service>": ["journal for <service>", "logs of the <service> service", "what went wrong with <service>"],
    "journalctl -u <service> -f": ["<service> logs live", "follow the <service> service logs"],
    "journalctl -u <service> -p err": ["only errors from <service>", "<service> error logs"],
    "journalctl --since \"<ago>\"": ["system logs from <ago>", "what happened in <ago>"],
    "systemctl cat <service>": ["<service> unit file", "where is the <service> service defined and what's in it"],
    "systemctl is-enabled <service>": ["does <service> start on boot", "<service> enabled?"],
    "systemctl list-timers": ["scheduled systemd timers", "when do my timers run next"],
    "tail -f /var/log/syslog": ["watch syslog", "follow /var/log/syslog"],
    "docker ps": ["containers up?", "what docker stuff is running"],
    "docker logs -f <container>": ["<container> logs live", "follow the logs of the <container> container"],
    "docker exec -it <container> bash": ["shell into <container>", "exec into the <container> container"],
    "docker compose up -d": ["compose up", "start my docker compose project"],
    "docker compose ps": ["status of my compose services", "which compose containers are up"],
    # networking
    "ip a": ["ip?", "ip addr", "ip address of this box", "my ips"],
    "ping <host>": ["ping <host> please", "<host> up?", "is <host> alive"],
    "ping -c 4 8.8.8.8": ["internet down?", "test internet"],
    "curl <url>": ["curl <url> please", "get <url>", "request <url>"],
    "curl -I <url>": ["headers of <url>", "<url> http headers"],
    "curl -o <outfile> <save_url>": ["<save_url> -> <outfile> with curl", "curl <save_url> and write it to <outfile>"],
    "wget <dl_url>": ["wget <dl_url> please", "download the file <dl_url>"],
    "wget -O <outfile> <save_url>": ["download <save_url> as <outfile>", "<save_url>: save it to <outfile> with wget"],
    "ssh <user>@<server>": ["ssh <server> as <user>", "<user>@<server>, connect", "connect to <server> via ssh as <user>"],
    "ssh -p <port> <user>@<server>": ["<user>@<server> port <port>, ssh in", "ssh on a custom port <port> to <server> as <user>"],
    "scp <file> <user>@<server>:<remote_dir>": ["copy <file> to <server>:<remote_dir> as <user>", "<file> -> <user>@<server>:<remote_dir>"],
    "scp <user>@<server>:<remote_file> <workdir?.>": ["grab <remote_file> from <server> as <user>", "<remote_file> on <server>: copy it down, user <user>"],
    "scp -r <workdir> <user>@<server>:<remote_dir>": ["<workdir> folder -> <user>@<server>:<remote_dir>"],
    "rsync -avz <workdir>/ <user>@<server>:<remote_dir>": ["sync <workdir> to <server>:<remote_dir> as <user>"],
    "nc -zv <server> <port>": ["<server> port <port> open?", "check whether <server> accepts connections on <port>"],
    "curl ifconfig.me": ["public ip?", "external ip"],
    "dig +short <domain>": ["ip of <domain>", "<domain> resolves to what"],
    "dig <domain>": ["<domain> dns records", "full dns lookup for <domain>"],
    "ip route": ["routing table", "routes?"],
    "resolvectl status": ["dns servers?", "which dns am i using"],
    "nmcli device wifi list": ["wifi networks?", "available wifi"],
    "ssh-keygen -t ed25519": ["generate ssh key", "ssh key pair, ed25519"],
    # packages
    "sudo apt install <package>": ["apt install <package> please", "<package> install", "get me <package>", "add the pkg <package>"],
    "sudo apt remove <package>": ["<package> uninstall", "apt remove <package> please"],
    "sudo apt update": ["update apt lists", "apt update please"],
    "sudo apt update && sudo apt upgrade": ["update the box", "update all pkgs"],
    "apt search <keyword>": ["<keyword> package?", "search apt for <keyword>"],
    "pip install <pypkg>": ["pip <pypkg>", "install <pypkg> for python", "get the python lib <pypkg>"],
    "pip uninstall <pypkg>": ["remove <pypkg> from this env", "<pypkg>: uninstall with pip"],
    "pip list": ["installed python packages?", "list pip pkgs"],
    "pip install -r requirements.txt": ["install reqs", "requirements.txt -> install"],
    "pip list --outdated": ["outdated pip pkgs", "which pip packages need updating"],
    "python3 -m venv <venv>": ["create venv <venv>", "new venv called <venv>"],
    "source <venv>/bin/activate": ["activate venv <venv>", "use the <venv> virtualenv"],
    "sudo apt autoremove": ["remove leftover dependencies", "autoremove unused pkgs"],
    "dpkg -l | grep <package>": ["<package> installed?", "installed version of <package>"],
    "sudo snap install <snap>": ["<snap> via snap"],
    # git
    "git status": ["git status?", "changes?", "what's modified in the repo", "whats changed in my repo"],
    "git log --oneline": ["commit history", "git history short", "recent commits in this repo"],
    "git diff": ["unstaged diff", "what did i change since last commit"],
    "git diff --staged": ["staged diff", "diff of what i added"],
    "git add .": ["stage all", "add everything to the index"],
    "git add <file>": ["add <file> to git", "git add just <file>"],
    "git commit -m \"<message>\"": ["commit with message <message>", "commit: <message>", "<message> as the commit message"],
    "git push": ["push it", "push my commits"],
    "git pull": ["pull latest", "pull the repo"],
    "git checkout <branch>": ["checkout <branch>", "<branch> branch, switch", "move to <branch>"],
    "git checkout -b <branch>": ["new branch <branch>", "branch off as <branch>", "start <branch> from here"],
    "git branch": ["branches?", "local branches"],
    "git branch -a": ["all branches incl remote"],
    "git stash": ["stash my stuff", "stash changes"],
    "git stash pop": ["unstash", "pop the stash"],
    "git merge <branch>": ["merge <branch> in", "merge branch <branch> into the current one"],
    "git log --oneline --graph": ["branch graph for this branch", "history graph of HEAD"],
    "git log -p <file>": ["diffs of every commit touching <file>"],
    "git diff HEAD~1": ["changes since the previous commit"],
    "git stash push -m \"<message>\"": ["stash with message <message>"],
    "git tag -a <tag> -m \"<message>\"": ["<tag> annotated, message <message>"],
    "git clone <repo>": ["clone <repo> please", "git clone the repo <repo>", "<repo> -> clone locally"],
    "git remote -v": ["remote urls?", "origin?"],
    "git reset --soft HEAD~1": ["undo last commit but keep changes staged", "soft reset one commit"],
    "git reset --hard HEAD": ["reset everything to HEAD", "discard all changes in the repo"],
    "git restore <file>": ["revert my edits to <file>", "<file> back to the committed version"],
    "git fetch --prune": ["prune deleted remote branches"],
    "git pull --rebase": ["pull with rebase instead of merge", "update my branch by rebasing on the remote"],
    "git branch -m <branch>": ["rename my branch to <branch>", "current branch should be called <branch>"],
    "git push origin --delete <branch>": ["delete <branch> on the remote", "<branch>: remove it from origin"],
    "git log --stat": ["which files each commit touched"],
    "git shortlog -sn": ["who committed the most", "commit counts by author"],
}.items():
    MORE_PHRASINGS.setdefault(_cmd, [])
    MORE_PHRASINGS[_cmd].extend(_extra)

# Bare phrasings (no value given) for common tasks that take one: the answer keeps a {{placeholder}}.
for _cmd, _extra in {
    "tar -xzf <targz>": ["i downloaded a tar.gz, how do i extract it", "extract a tarball", "unpack a .tar.gz file"],
    "tar -czf <targz> <workdir>": ["compress a folder into a tar.gz", "make a tarball of a dir"],
    "tar -tzf <targz>": ["list what's inside a tarball"],
    "unzip <zip>": ["how do i unzip a file", "extract a zip archive"],
    "unzip -l <zip>": ["see what's in a zip without extracting"],
    "zip -r <zip> <workdir>": ["zip a folder", "make a zip of a directory"],
    "gunzip <gz>": ["decompress a .gz file"],
    "chmod +x <script>": ["make a script executable", "permission denied when running my script", "my script won't run, permission denied"],
    "chmod <mode> <file>": ["change a file's permissions"],
    "sudo chown <user>:<group> <file>": ["change who owns a file"],
    "kill <pid>": ["kill a process by its pid", "end a process"],
    "kill -9 <pid>": ["force kill a process", "a process won't die"],
    "pkill <process>": ["kill a program by name"],
    "sudo lsof -i :<port>": ["a port is already in use, what's using it", "which process is using a port"],
    "ps aux | grep <process>": ["check if a program is running"],
    "grep '<pattern>' <textfile>": ["search a file for a word", "find text in a file"],
    "grep -rn '<pattern>' <directory?.>": ["search all files in a folder for some text", "find which file contains a string"],
    "wc -l <textfile>": ["count the lines in a file", "how many lines does a file have"],
    "head -n <n> <textfile>": ["first few lines of a file"],
    "tail -f <logfile>": ["follow a log file", "watch a log as it updates"],
    "find <directory?.> -name <file>": ["find a file by name", "where is a file on disk"],
    "mkdir <newdir>": ["create a folder", "make a new directory"],
    "rm <file>": ["delete a file"],
    "rm -r <newdir>": ["delete a folder with stuff in it"],
    "mv <file> <newname>": ["rename a file"],
    "cp <file> <workdir>": ["copy a file to another folder"],
    "cp -r <src_dir> <dest_dir>": ["copy a whole folder"],
    "mv <file> <workdir>": ["move a file into a folder"],
    "sudo systemctl restart <service>": ["restart a service"],
    "systemctl status <service>": ["check if a service is running"],
    "journalctl -u <service>": ["see the logs of a service", "why did my service fail"],
    "sudo systemctl enable <service>": ["make a service start at boot"],
    "sudo apt install <package>": ["install software with apt", "command not found, how do i install it"],
    "sudo apt remove <package>": ["uninstall a program"],
    "pip install <pypkg>": ["install a python library", "no module named, how do i fix it"],
    "ssh <user>@<server>": ["log in to a remote server", "ssh into a server"],
    "scp <file> <user>@<server>:<remote_dir>": ["copy a file to a server", "upload a file over ssh"],
    "ping <host>": ["check if a host is reachable"],
    "wget <dl_url>": ["download a file from a url"],
    "curl -I <url>": ["see the http headers of a site"],
    "git checkout -b <branch>": ["create a new branch and switch to it", "start a new git branch"],
    "git checkout <branch>": ["switch to another branch"],
    "git commit -m \"<message>\"": ["commit with a message"],
    "git clone <repo>": ["clone a repo", "download a git repository"],
    "git merge <branch>": ["merge another branch into mine"],
    "git restore <file>": ["undo my changes to a file", "discard edits to one file"],
    "git blame <file>": ["who changed each line of a file"],
    "git cherry-pick <commit>": ["copy one commit onto this branch"],
    "sudo adduser <user>": ["add a new user", "create a user account"],
    "sudo usermod -aG <group> <user>": ["add a user to a group"],
    "sudo passwd <user>": ["reset someone's password"],
    "sudo mount <device> <mountpoint>": ["mount a usb drive"],
    "sudo umount <mountpoint>": ["unmount a drive"],
    "du -sh <directory>/* | sort -rh | head": ["which subfolders of a directory are the biggest"],
    "which <program>": ["where is a program installed"],
    "nc -zv <server> <port>": ["check if a port is open on a server"],
    "docker exec -it <container> bash": ["get a shell inside a container"],
    "docker logs <container>": ["see a container's logs"],
    "find <directory?.> -type f -newermt <date>": ["files modified after a certain date"],
    "sort <listfile> | uniq -d": ["find duplicate lines in a file"],
    "sed -n '<line>p' <textfile>": ["print one specific line of a file"],
    "cut -d, -f<col> <csvfile>": ["get one column from a csv"],
    "source <venv>/bin/activate": ["activate a virtualenv"],
    "python3 -m venv <venv>": ["make a python virtual environment"],
}.items():
    MORE_PHRASINGS.setdefault(_cmd, []).extend(_extra)

# Second widening pass, part 4: values at the start, middle and end of the same request.
for _cmd, _extra in {
    "find <directory?.> -name <file>": ["in <directory>, where is <file>", "<directory> has a <file> somewhere, find it"],
    "find <directory?.> -name '*.<ext>'": ["in <directory>, list the .<ext> files recursively", "got any <ext> files under <directory>"],
    "find <directory?.> -type f -size +<size>": ["in <directory>, files above <size>", "<directory>: anything over <size>"],
    "find <directory?.> -type f -mtime +<days>": ["<days> days or older: files in <directory>", "in <directory>, files untouched for <days> days"],
    "find <directory?.> -iname '*<part>*'": ["in <directory>, any file with <part> in its name", "name contains <part>, case insensitive, under <directory>"],
    "du -sh <directory?>": ["in gb or mb, how big is <directory>", "<directory> total disk usage"],
    "ls -lh <directory?>": ["<directory>: list with sizes", "in <directory>, show sizes of files"],
    "ls <directory?>": ["in <directory>, what files are there", "<directory> listing"],
    "cp <file> <newname>": ["<file>: make a copy named <newname>", "<newname> should be a copy of <file>"],
    "mv <file> <newname>": ["call <file> <newname> instead", "<newname> is a better name for <file>, rename it"],
    "mv <file> <workdir>": ["<workdir> is where <file> should go, move it", "into <workdir> with <file>"],
    "cp <file> <workdir>": ["<workdir> needs a copy of <file>", "copy over <file> to <workdir>"],
    "rm -rf <newdir>": ["rm -rf the <newdir> dir", "forcefully wipe out <newdir>"],
    "mkdir <newdir>": ["<newdir> doesn't exist yet, make it"],
    "grep '<pattern>' <textfile>": ["in <textfile>, find <pattern>", "lines mentioning <pattern>, file <textfile>"],
    "grep -rn '<pattern>' <directory?.>": ["in <directory>, grep recursively for <pattern>", "<directory>: which files and lines mention <pattern>"],
    "grep -i '<pattern>' <textfile>": ["in <textfile>, <pattern> ignoring case"],
    "grep -c '<pattern>' <textfile>": ["in <textfile>, how many lines say <pattern>"],
    "grep -v '<pattern>' <textfile>": ["in <textfile>, lines that don't mention <pattern>"],
    "wc -l <textfile>": ["count lines: <textfile>", "in <textfile>, how many lines are there"],
    "head -n <n> <textfile>": ["in <textfile>, the first <n> lines", "<n> first lines, <textfile>"],
    "tail -n <n> <textfile>": ["in <textfile>, the last <n> lines", "<n> last lines, <textfile>"],
    "tail -f <logfile>": ["follow <logfile> live", "in real time, show what's added to <logfile>"],
    "sort -u <listfile>": ["in <listfile>, remove the dupes and sort"],
    "sed -n '<line>p' <textfile>": ["line <line> in <textfile>, print it", "in <textfile>, line number <line>"],
    "tail -n +2 <csvfile>": ["in <csvfile>, everything after the header"],
    "cut -d, -f<col> <csvfile>": ["in <csvfile>, column <col> only"],
    "tar -czf <targz> <workdir>": ["into <targz>, compress the <workdir> folder", "<workdir> -> <targz>, gzip it"],
    "tar -xzf <targz> -C <workdir>": ["into <workdir>, extract <targz>", "<workdir> is where <targz> should be extracted"],
    "tar -tzf <targz>": ["in <targz>, what files are there"],
    "unzip <zip> -d <workdir>": ["into <workdir>, unzip <zip>", "<workdir> should get the contents of <zip>"],
    "unzip -l <zip>": ["in <zip>, what files are there"],
    "zip -r <zip> <workdir>": ["into <zip>, zip up <workdir>", "<workdir> -> <zip>"],
    "chmod +x <script>": ["executable: <script>", "i wrote <script>, now let me run it"],
    "chmod <mode> <file>": ["to <mode>, change the perms of <file>"],
    "sudo chown <user> <file>": ["to <user>, change the owner of <file>", "owner of <file> -> <user>"],
    "sudo chown -R <user>:<group> <ownerdir>": ["<user>:<group> should own all of <ownerdir>"],
    "sudo usermod -aG <group> <user>": ["to the group <group>, add <user>", "<user> -> <group> group"],
    "sudo adduser <user>": ["a new user named <user>", "i need an account for <user> on this box"],
    "sudo deluser <user>": ["the user <user> should be removed"],
    "groups <user?>": ["groups of <user>?", "in which groups is <user>"],
    "kill <pid>": ["pid <pid>, kill it", "the process <pid> needs to stop"],
    "kill -9 <pid>": ["pid <pid> is frozen, kill -9 it"],
    "pkill <process>": ["every <process> process, kill them"],
    "ps aux | grep <process>": ["among the running processes, is there <process>"],
    "sudo lsof -i :<port>": ["on port <port>, what's listening", "port <port>: who has it"],
    "sudo fuser -k <port>/tcp": ["on port <port>, kill whatever is there"],
    "nc -zv <server> <port>": ["on <server>, is <port> reachable", "port <port> at <server>, is it open"],
    "ping -c <count> <host>": ["<count> pings to <host>", "ping <host> only <count> times"],
    "ssh <user>@<server>": ["to <server> as <user>, open an ssh session", "as <user>, log into <server>"],
    "scp <file> <user>@<server>:<remote_dir>": ["to <server>, copy <file> into <remote_dir> as <user>"],
    "curl -I <url>": ["for <url>, show just the headers"],
    "wget <dl_url>": ["from <dl_url>, download the file"],
    "curl -o <outfile> <save_url>": ["into <outfile>, download <save_url> with curl"],
    "wget -c <dl_url>": ["resume downloading <dl_url>", "the download of <dl_url> broke, continue it"],
    "dig +short <domain>": ["for <domain>, what's the ip address"],
    "systemctl status <service>": ["the <service> service: running or not"],
    "sudo systemctl restart <service>": ["the <service> service needs a restart", "after changing its config, restart <service>"],
    "sudo systemctl stop <service>": ["the <service> service should be stopped"],
    "sudo systemctl start <service>": ["the <service> service isn't running, start it"],
    "journalctl -u <service>": ["for <service>, show the journal", "the <service> service logs please"],
    "journalctl -u <service> -n <n>": ["for <service>, the last <n> log lines"],
    "sudo apt install <package>": ["with apt, install <package>", "the package <package> is missing, install it"],
    "sudo apt remove <package>": ["with apt, remove <package>", "the package <package> should go"],
    "apt search <keyword>": ["for <keyword>, search the apt packages"],
    "pip install <pypkg>": ["with pip, install <pypkg>", "python says no module named <pypkg>"],
    "pip uninstall <pypkg>": ["with pip, remove <pypkg>"],
    "pip show <pypkg>": ["for <pypkg>, show the pip details"],
    "git checkout <branch>": ["to <branch>, switch branches", "on <branch> i want to be"],
    "git checkout -b <branch>": ["called <branch>, create a new branch and check it out"],
    "git merge <branch>": ["from <branch>, merge the changes into here"],
    "git push origin <branch>": ["to origin, push <branch>"],
    "git pull origin <branch>": ["from origin, pull <branch>", "latest <branch> from origin please"],
    "git commit -m \"<message>\"": ["with the message <message>, commit", "my commit message is <message>, commit"],
    "git branch -d <branch>": ["the branch <branch> is done, delete it"],
    "git add <file>": ["to the staging area, add <file>"],
    "git diff <file>": ["in <file>, what did i change", "<file>: my uncommitted changes"],
    "git log --oneline -n <n>": ["the last <n> commits, one line each"],
    "git clone <repo>": ["from <repo>, clone the repository"],
    "git tag <tag>": ["as <tag>, tag the current commit"],
    "git blame <file>": ["in <file>, who wrote what"],
    "git show <commit?>": ["for commit <commit>, show the diff"],
    "git revert <commit>": ["the commit <commit> needs to be reverted"],
    "docker exec -it <container> bash": ["inside <container>, open a bash shell"],
    "docker logs <container>": ["for the <container> container, print the logs"],
    "docker stop <container>": ["the <container> container, stop it"],
    "df -h <directory>": ["on the disk holding <directory>, how much is free"],
    "sudo mount <device> <mountpoint>": ["at <mountpoint>, mount <device>"],
    "sudo umount <mountpoint>": ["<mountpoint> is busy? unmount it"],
    "<verprogram> --version": ["version of <verprogram>?"],
    "which <program>": ["the <program> command, where does it live"],
    "man <program>": ["manual for <program>"],
    "sudo timedatectl set-timezone <timezone>": ["to <timezone>, change the timezone"],
    "sudo hostnamectl set-hostname <hostname>": ["to <hostname>, change the hostname"],
    "history | grep '<histword>'": ["in my shell history, find <histword>"],
    "printenv <var_only>": ["printenv for <var_only>"],
}.items():
    MORE_PHRASINGS.setdefault(_cmd, []).extend(_extra)

# Second widening pass, part 5: problem statements and how much / how many / which / where questions.
for _cmd, _extra in {
    # disk
    "df -h": ["where did all my disk space go", "which partition is almost full", "how much space do i have left in total"],
    "df -h /": ["root partition full?", "is my root filesystem running out of space"],
    "df -i": ["can't create files but the disk isn't full", "which filesystem ran out of inodes"],
    "du -sh * | sort -rh | head": ["where is the space going in this folder", "how much does each thing here take, biggest first"],
    "du -sh <directory>/* | sort -rh | head": ["where is the space going in <directory>", "how much does each folder in <directory> take"],
    "du -sh .[!.]* *": ["hidden folders are eating space here, show sizes", "du -sh with dotfiles"],
    "lsblk -f": ["which partitions are formatted how", "filesystem and label of each disk"],
    "sudo fdisk -l": ["how are my disks partitioned", "how big is each disk"],
    "findmnt": ["where is each filesystem mounted"],
    "sudo umount -l <mountpoint>": ["umount says target is busy for <mountpoint>, detach it anyway"],
    "sudo fuser -vm <mountpoint>": ["what is keeping <mountpoint> busy", "why can't i unmount <mountpoint>"],
    "sudo mount -a": ["i edited fstab, mount everything in it"],
    "swapon --show": ["is swap enabled"],
    # users
    "whoami": ["what user is this shell running as", "whose account is this"],
    "id <user?>": ["what's the uid of <user>", "does <user> have the group ids i expect"],
    "sudo usermod -aG sudo <user>": ["<user> is not in the sudoers file", "<user> can't use sudo, fix it"],
    "sudo usermod -aG <group> $USER": ["got permission denied on the <group> socket, add me to <group>"],
    "sudo passwd <user>": ["<user> is locked out, set a new password"],
    "sudo chage -d 0 <user>": ["<user> must pick a new password at next login"],
    "last <user?>": ["when was <user> last on this machine"],
    "who": ["how many people are logged in", "is anyone else on this server"],
    "cut -d: -f1 /etc/passwd": ["how many users does this system have, list them"],
    "sudo -l": ["what am i allowed to run with sudo", "which sudo rights do i have"],
    # permissions
    "chmod 600 <private>": ["ssh says unprotected private key file <private>", "bad permissions on <private>, fix them"],
    "chmod +x <script>": ["./<script>: permission denied", "how do i run <script>, it says permission denied"],
    "sudo chown -R $USER:$USER <ownerdir>": ["i can't write to <ownerdir>", "<ownerdir> is owned by root, give it to me"],
    "ls -l <file>": ["who can read <file>", "is <file> executable"],
    "stat -c '%a' <file>": ["what mode is <file> in numbers"],
    "find <directory?.> -user <user>": ["which files in <directory> belong to <user>", "where are <user>'s files under <directory>"],
    "find <directory?.> -type f -perm -0002": ["which files in <directory> can anyone write to"],
    "sudo chattr -i <file>": ["operation not permitted on <file> even as root, remove the immutable flag"],
    "setfacl -m u:<user>:rw <file>": ["<user> needs write access to <file> without changing its owner"],
    "getfacl <file>": ["which extra acl permissions does <file> have"],
    # archives
    "tar -xzf <targz>": ["how do i get the files out of <targz>", "<targz> downloaded, unpack it"],
    "tar -tzf <targz>": ["how many files are in <targz>, list them", "which files will <targz> extract"],
    "unzip <zip>": ["how do i get the files out of <zip>"],
    "unzip -l <zip>": ["which files are in <zip>"],
    "zip -er <zip> <workdir>": ["<workdir> zipped as <zip> with a password"],
    "tar -czf <targz> <file_a> <file_b>": ["<file_a> and <file_b> together in <targz>"],
    "zip <zip> <file_a> <file_b>": ["<file_a> and <file_b> into one zip, <zip>"],
    "gzip -l <gz>": ["how much did <gz> compress", "<gz>: compressed and original size"],
    "bunzip2 <bz2>": ["<bz2>: decompress it"],
    "tar -rf <tar> <file>": ["<file> should also go into <tar>, append it"],
    # processes
    "ps aux --sort=-%mem | head": ["how much memory is each process using, biggest first"],
    "ps aux --sort=-%cpu | head": ["which process is at 100% cpu"],
    "sudo lsof -i :<port>": ["where is port <port> being used", "which app is bound to <port>"],
    "pgrep -c <process>": ["how many <process> processes are there"],
    "ps aux | wc -l": ["how many procs are running right now"],
    "ps aux | grep defunct": ["are there zombie processes", "which procs are defunct"],
    "ps -o ppid= -p <pid>": ["which process started <pid>", "parent of <pid>"],
    "top": ["why is my computer so slow"],
    "kill -STOP <pid>": ["freeze <pid> for now without killing it"],
    "kill -CONT <pid>": ["unfreeze <pid>", "let <pid> continue"],
    # system
    "free -h": ["how much memory is used and how much is free", "am i running out of ram"],
    "nproc": ["how many cpu cores are available"],
    "uptime": ["how long has the server been running", "how busy is this machine, load average"],
    "cat /etc/os-release": ["which release of ubuntu am i on", "what linux is this"],
    "uname -m": ["which architecture is this, arm or x86", "is this machine 64 bit"],
    "lspci | grep -i vga": ["which graphics card is in here"],
    "sudo dmidecode -t memory": ["how many ram slots are used", "what ram sticks are installed"],
    "echo $SHELL": ["which shell am i using", "is my shell bash or zsh"],
    "systemd-analyze blame": ["why does boot take so long", "which service slows down boot"],
    "timedatectl list-timezones": ["which timezones can i pick"],
    "date +%s": ["what's the unix timestamp right now", "current epoch seconds"],
    "locale": ["which language and encoding is set"],
    # services
    "systemctl --failed": ["which services failed to start", "something failed at boot, which unit"],
    "systemctl list-unit-files --type=service": ["which services are installed", "which services start at boot and which don't"],
    "journalctl -u <service> --since today": ["<service> crashed today, show today's logs"],
    "journalctl -p err -b": ["which errors happened since boot"],
    "systemctl is-active <service>": ["is <service> active right now, yes or no"],
    "sudo systemctl mask <service>": ["<service> keeps starting, make it impossible to start"],
    "docker ps -a": ["which containers exited", "where did my stopped container go"],
    "docker compose logs -f": ["what are my compose services printing"],
    # networking
    "ip a": ["what's my lan ip"],
    "ip route show default": ["which gateway is my traffic using"],
    "sudo ss -tulpn": ["which ports is this server exposing", "how many ports are open here"],
    "ss -tn state established": ["which connections are open right now", "who is connected to this machine"],
    "resolvectl status": ["dns isn't working, which dns server is set"],
    "ping -c 4 8.8.8.8": ["my internet seems down, check it"],
    "curl -s -o /dev/null -w '%{http_code}' <url>": ["which status code does <url> give"],
    "traceroute <host>": ["how many hops to <host>"],
    "sudo ufw status": ["which ports does the firewall allow"],
    "nc -zv <server> <port>": ["connection refused to <server> on <port>, is the port even open"],
    "ssh-keygen -R <server>": ["remote host identification has changed for <server>", "host key verification failed for <server>"],
    # packages
    "sudo apt update": ["apt install can't find the package, what first"],
    "apt list --upgradable": ["how many updates are pending"],
    "dpkg -l | grep <package>": ["which version of <package> is installed"],
    "sudo apt install --only-upgrade <package>": ["only <package> needs updating, nothing else"],
    "pip list": ["which python libs are in this venv"],
    "pip show <pypkg>": ["where is <pypkg> installed"],
    "sudo apt autoremove": ["how do i get rid of packages nothing needs anymore"],
    # git
    "git status": ["which files did i change", "where am i in this repo, branch and changes"],
    "git diff --stat": ["how many lines did i change in each file"],
    "git log @{u}..": ["which commits haven't i pushed yet"],
    "git branch --show-current": ["which branch am i on"],
    "git stash list": ["how many stashes do i have"],
    "git shortlog -sn": ["how many commits has each person made"],
    "git rev-parse HEAD": ["which commit is checked out"],
    "git reflog": ["i did a hard reset by accident, where is my work"],
    "git merge --abort": ["merge conflict, i want to back out of the merge"],
    "git rebase --abort": ["rebase went wrong, cancel it"],
    "git remote -v": ["where is this repo hosted"],
    "git diff --name-only": ["which files have i touched since the last commit"],
    "git log --follow <file>": ["when was <file> changed and by whom"],
}.items():
    MORE_PHRASINGS.setdefault(_cmd, []).extend(_extra)


# Third widening pass: everyday tasks asked casually, as how-to and is-there-a-way questions, problem
# statements, terse noun phrases, value-first requests and everyday synonyms; a share without values.
for _cmd, _extra in {
    # files
    "ls <directory?>": ["what's in <directory>", "is there a way to see what files <directory> has",
                        "<directory>: what files are there", "what files are in the current directory",
                        "peek at the contents of <directory>"],
    "ls -la <directory?>": ["how do i see hidden files in <directory>", "dotfiles too, list everything in <directory>",
                            "everything in this folder, hidden ones included, with details",
                            "<directory>: list it all including dotfiles"],
    "ls -lh <directory?>": ["list <directory> with human readable sizes", "what are the file sizes in this folder",
                            "long listing of <directory> with readable sizes"],
    "ls -lSh <directory?>": ["list <directory> largest first", "<directory> sorted by size",
                             "sort the files in this folder by size, largest on top",
                             "how do i list files by size in <directory>"],
    "ls -lt <directory?>": ["newest files in <directory> first", "which file in this folder was modified last",
                            "<directory> sorted by date, newest first", "how do i sort files by date in <directory>"],
    "ls -ltr <directory?>": ["oldest files in <directory> first, newest at the bottom",
                             "<directory> by date with the oldest on top", "list this folder by time in reverse"],
    "ls -d */": ["just the folders in here", "which subfolders does this directory have",
                 "how do i list only directories, not files"],
    "ls *.<ext>": ["<ext> files in the current directory", "any <ext> files in here",
                   "the <ext> files right here, not in subfolders"],
    "find <directory?.> -name <file>": ["where did i put <file>", "i lost <file>, look for it in <directory>",
                                        "is there a file called <file> somewhere under <directory>",
                                        "dig through <directory> for <file>", "how do i find a file by its name"],
    "find <directory?.> -name '*.<ext>'": ["every <ext> file under <directory>",
                                           "where are all the <ext> files in this project",
                                           "look through <directory> for <ext> files, subfolders too",
                                           "how do i find all <ext> files recursively"],
    "find <directory?.> -type f -size +<size>": ["which files in <directory> are bigger than <size>",
                                                 "files above <size> under this folder",
                                                 "is there a way to find files larger than <size>",
                                                 "how do i find files above a certain size"],
    "find <directory?.> -type f -mtime -<days>": ["what changed in <directory> in the past <days> days",
                                                  "files touched during the last <days> days",
                                                  "which files did i edit in the last <days> days in <directory>"],
    "find <directory?.> -type f -mtime +<days>": ["files in <directory> not modified for <days> days",
                                                  "stale files older than <days> days in this folder",
                                                  "which files haven't changed in over <days> days"],
    "find <directory?.> -type f -empty": ["any zero byte files in <directory>", "which files in here are empty",
                                          "files with nothing in them under <directory>"],
    "find <directory?.> -type d -empty": ["which folders in <directory> have nothing in them",
                                          "empty subdirectories under this folder"],
    "find <workdir?.> -type f -name '*.<ext>' -delete": ["get rid of every <ext> file in <workdir> and its subfolders",
                                                         "nuke all <ext> files under <workdir>",
                                                         "wipe out the <ext> files recursively in this folder",
                                                         "how do i delete all files of one type recursively"],
    "find <workdir?.> -type f -mtime +<days> -delete": ["clean out files older than <days> days from <workdir>",
                                                        "get rid of any file in <workdir> more than <days> days old",
                                                        "purge files over <days> days old in <workdir>"],
    "find <directory?.> -iname '*<part>*'": ["files whose name has <part> in it under <directory>",
                                             "i only remember the name had <part> in it, find it",
                                             "anything named like <part> in <directory>"],
    "find <directory?.> -type f | wc -l": ["count the files in <directory>, subfolders included",
                                           "number of files under this folder",
                                           "<directory>: how many files in total",
                                           "how many files does this directory have, recursively"],
    "cat <textfile>": ["what does <textfile> say", "let me see what's inside <textfile>", "<textfile>: print it",
                       "how do i print a file to the terminal"],
    "less <textfile>": ["scroll through <textfile>", "<textfile> is too long for the screen, let me page through it",
                        "how do i read a long file page by page"],
    "ls -lh <file>": ["what's the size of <file>", "<file>: how big", "how many megabytes is <file>"],
    "find <directory?.> -type f -mtime -1": ["what changed today in <directory>", "files i touched today"],
    "find <directory?.> -xtype l": ["dangling symlinks in <directory>", "which links in here point nowhere"],
    # text
    "grep '<pattern>' <textfile>": ["lines in <textfile> that contain <pattern>", "is <pattern> anywhere in <textfile>",
                                    "<textfile>: lines with <pattern>", "look through <textfile> for <pattern>",
                                    "how do i search a file for a word"],
    "grep -i '<pattern>' <textfile>": ["find <pattern> in <textfile>, upper or lower case",
                                       "<pattern> in <textfile> regardless of case",
                                       "how do i grep <textfile> for <pattern> without caring about case",
                                       "how do i search a file ignoring case"],
    "grep -n '<pattern>' <textfile>": ["on which lines does <pattern> show up in <textfile>",
                                       "which line numbers of <textfile> have <pattern>",
                                       "<textfile>: where is <pattern>, with line numbers"],
    "grep -rn '<pattern>' <directory?.>": ["dig through <directory> for <pattern>",
                                           "where in this project is <pattern> used",
                                           "search every file under <directory> for <pattern>",
                                           "recursively grep for <pattern>",
                                           "how do i search all files in a folder for some text"],
    "grep -rl '<pattern>' <directory?.>": ["just the names of the files in <directory> that mention <pattern>",
                                           "which files here contain <pattern>, names only",
                                           "list files under <directory> with <pattern> in them",
                                           "how do i find which files contain a string"],
    "grep -c '<pattern>' <textfile>": ["count the lines of <textfile> with <pattern>",
                                       "<textfile>: how many lines match <pattern>",
                                       "number of matching lines for <pattern> in <textfile>"],
    "grep -v '<pattern>' <textfile>": ["<textfile> minus the lines with <pattern>", "filter out <pattern> from <textfile>",
                                       "everything in <textfile> except lines mentioning <pattern>",
                                       "hide the <pattern> lines in <textfile>",
                                       "how do i show lines that don't match a pattern"],
    "grep -ri '<pattern>' <directory?.>": ["look through everything in <directory> for <pattern>, any case",
                                           "case insensitive recursive search for <pattern>",
                                           "search this folder for <pattern> whether it's upper or lower case"],
    "grep -w '<pattern>' <textfile>": ["<pattern> as a whole word in <textfile>, not inside other words"],
    "wc -l <textfile>": ["<textfile>: count the lines", "line count of <textfile>",
                         "number of lines in <textfile>", "how do i count the lines in a file"],
    "wc -w <textfile>": ["word count of <textfile>", "<textfile>: how many words", "count the words in <textfile>",
                         "how do i count the words in a file"],
    "wc -m <textfile>": ["character count of <textfile>"],
    "head -n <n> <textfile>": ["just the top <n> lines of <textfile>", "<textfile>: first <n> lines",
                               "peek at the first <n> lines of <textfile>"],
    "head <textfile>": ["peek at <textfile>", "take a quick look at the start of <textfile>",
                        "what's at the top of <textfile>", "how do i see the first few lines of a file"],
    "tail -n <n> <textfile>": ["<textfile>: last <n> lines", "bottom <n> lines of <textfile>",
                               "the final <n> lines in <textfile>"],
    "tail <textfile>": ["what's at the end of <textfile>", "peek at the bottom of <textfile>", "how does <textfile> end",
                        "how do i see the last lines of a file"],
    "tail -f <logfile>": ["keep watching <logfile> as it grows", "live view of <logfile>", "<logfile>: stream new lines",
                          "how do i watch <logfile> in real time", "how do i follow a log file as it's written"],
    "sort <listfile>": ["put <listfile> in alphabetical order", "<listfile> sorted a to z", "alphabetize <listfile>",
                        "how do i sort the lines of a file"],
    "sort -r <listfile>": ["<listfile> sorted z to a", "reverse alphabetical order of <listfile>"],
    "sort -n <listfile>": ["<listfile> sorted by number, smallest first",
                           "order the numbers in <listfile> from low to high"],
    "sort -u <listfile>": ["get rid of repeated lines in <listfile> and sort it", "unique lines of <listfile>, sorted",
                           "dedupe <listfile>", "how do i remove duplicate lines from a file"],
    "sort <listfile> | uniq -c | sort -rn": ["most common lines in <listfile>",
                                             "which lines repeat most often in <listfile>",
                                             "how often does each line occur in <listfile>, most frequent first"],
    "sort <listfile> | uniq -d": ["which lines show up more than once in <listfile>", "duplicates in <listfile>"],
    "cut -d, -f<col> <csvfile>": ["just <col> of <csvfile>", "<csvfile>: pull out <col>",
                                  "how do i get <col> from <csvfile>", "only <col> from the csv <csvfile>",
                                  "how do i print one column of a csv"],
    "awk '{print $<col>}' <spacefile>": ["<col> of <spacefile>, split on spaces", "grab <col> from every line of <spacefile>",
                                         "only <col> of <spacefile>"],
    "awk -F, '{sum += $<col>} END {print sum}' <csvfile>": ["total of <col> in <csvfile>", "add up <col> of <csvfile>",
                                                            "<csvfile>: sum of <col>"],
    "sed -i 's/<old>/<new>/g' <myfile>": ["swap <old> for <new> everywhere in <myfile>",
                                          "change every <old> to <new> in <myfile>",
                                          "<myfile>: replace <old> with <new> in place",
                                          "how do i find and replace <old> with <new> in <myfile>",
                                          "how do i find and replace text in a file"],
    "sed 's/<old>/<new>/g' <myfile>": ["preview replacing <old> with <new> in <myfile> without saving"],
    "sed -n '<line_start>,<line_end>p' <textfile>": ["just lines <line_start> through <line_end> of <textfile>",
                                                     "<textfile> from line <line_start> to <line_end>"],
    "sed -n '<line>p' <textfile>": ["what's on line <line> of <textfile>"],
    "sed -i '/^$/d' <myfile>": ["strip the blank lines out of <myfile>", "<myfile> has empty lines, get rid of them"],
    "cat -n <textfile>": ["<textfile> with numbered lines"],
    "head -n 1 <csvfile>": ["what columns does <csvfile> have"],
    "tail -n +2 <csvfile>": ["skip the first line of <csvfile>"],
    # archives
    "tar -czf <targz> <workdir>": ["make a tarball of <workdir> called <targz>", "back up <workdir> into <targz>",
                                   "<workdir> into a gzipped tar named <targz>",
                                   "how do i tar and gzip <workdir> into <targz>", "how do i make a tar.gz of a folder"],
    "tar -xzf <targz>": ["how do i extract <targz>", "<targz>: extract it here",
                         "unpack the tarball <targz>", "how do i extract a tar.gz file"],
    "tar -xzf <targz> -C <workdir>": ["put the contents of <targz> in <workdir>",
                                      "unpack <targz> so the files land in <workdir>", "<targz>: extract to <workdir>"],
    "tar -tzf <targz>": ["what's inside <targz>", "peek inside <targz> without unpacking", "<targz>: list contents",
                         "how do i see what's in a tar.gz without extracting it"],
    "zip -r <zip> <workdir>": ["make a zip of <workdir> called <zip>", "<workdir> zipped up as <zip>",
                               "how do i zip the folder <workdir> into <zip>", "how do i zip a whole folder"],
    "zip <zip> <file>": ["put <file> in a zip called <zip>", "<file> zipped as <zip>"],
    "unzip <zip>": ["open the zip <zip>", "<zip>: extract here", "how do i unzip <zip>", "how do i open a zip file"],
    "unzip <zip> -d <workdir>": ["put the contents of <zip> into <workdir>", "<zip>: unzip to <workdir>"],
    "unzip -l <zip>": ["what's inside <zip>", "peek inside <zip> without unzipping", "<zip>: list files",
                       "how do i see what's in a zip without extracting it"],
    "tar -xf <tar>": ["<tar>: extract it"],
    "tar -tf <tar>": ["what's in <tar>"],
    "tar -xJf <tarxz>": ["<tarxz>: extract it", "how do i extract a tar.xz file"],
    "tar -xjf <tarbz>": ["how do i extract a tar.bz2 file"],
    # permissions
    "chmod +x <script>": ["<script> won't run, permission denied", "let me run <script>",
                          "how do i make <script> runnable", "<script>: make it executable",
                          "how do i make a script executable"],
    "chmod <mode> <file>": ["how do i change <file> permissions to <mode>", "how do i change a file's permissions"],
    "chmod -R <mode> <workdir>": ["<workdir> and everything under it should be <mode>",
                                  "apply <mode> to all of <workdir> recursively"],
    "chmod 600 <private>": ["lock down <private> so nobody else can read it"],
    "chmod 644 <file>": ["<file>: owner can read and write, everyone else only read"],
    "chmod 755 <script>": ["everyone should be able to run <script>"],
    "chmod a+r <file>": ["let everybody read <file>"],
    "chmod go-w <file>": ["nobody but me should be able to write to <file>"],
    "chmod o-rwx <file>": ["others shouldn't have any access to <file>"],
    "chmod g+w <file>": ["let the group edit <file>"],
    "sudo chown <user> <file>": ["make <user> the owner of <file>", "give <file> to <user>",
                                 "<file> should belong to <user>", "how do i change who owns <file> to <user>",
                                 "how do i change the owner of a file"],
    "sudo chown <user>:<group> <file>": ["<file> should be owned by <user> and group <group>",
                                         "give <file> to <user>, group <group>"],
    "sudo chown -R <user>:<group> <ownerdir>": ["hand over <ownerdir> and everything inside to <user> and group <group>",
                                                "<ownerdir>: everything owned by <user>:<group>"],
    "sudo chown -R $USER:$USER <ownerdir>": ["make <ownerdir> mine, including everything in it",
                                             "i need to own <ownerdir>, recursively"],
    "sudo chgrp <group> <file>": ["put <file> in the <group> group", "<file> should belong to group <group>",
                                  "how do i change the group on <file> to <group>", "how do i change a file's group"],
    "sudo chgrp -R <group> <ownerdir>": ["<ownerdir> and everything in it should be in group <group>"],
    "ls -l <file>": ["what are the permissions on <file>", "who owns <file>", "<file>: permissions and owner"],
    "ls -ld <ownerdir>": ["who owns the folder <ownerdir>"],
    # users
    "whoami": ["which account is this terminal running as", "what's my username", "current user", "which account am i using"],
    "id <user?>": ["which groups do i belong to", "what groups is <user> in", "uid and gid of <user>",
                   "<user>: uid and groups"],
    "id -u": ["my numeric uid"],
    # processes
    "ps aux": ["what's running on this machine", "every process on the system", "how do i see all processes"],
    "ps aux | grep <process>": ["is <process> still running", "any <process> processes alive",
                                "<process>: is it running", "how do i check if a program is running"],
    "pgrep -a <process>": ["what's the pid of <process>", "<process>: pid", "which pid does <process> have",
                           "how do i find the process id of <process>", "how do i find a program's pid"],
    "pgrep -c <process>": ["count the <process> processes"],
    "top": ["what's using my cpu right now, live", "live view of running processes", "task manager for the terminal"],
    "htop": ["a nicer top"],
    "ps -u <user>": ["what is <user> running", "<user>'s processes"],
    "kill <pid>": ["end pid <pid>", "get rid of process <pid>", "<pid>: kill it", "how do i kill pid <pid>",
                   "how do i kill a process"],
    "kill -9 <pid>": ["<pid> won't die, kill it hard", "nuke process <pid>",
                      "process <pid> is stuck, force it to quit", "how do i force kill a stuck process"],
    "pkill <process>": ["get rid of every <process> process", "stop all <process> processes",
                        "quit <process> from the terminal", "how do i kill a program by name"],
    "pkill -9 <process>": ["nuke <process>", "<process> won't quit, kill it hard"],
    "ps aux --sort=-%mem | head": ["something is hogging memory, what is it", "biggest memory hogs", "which program is using so much memory"],
    "ps aux --sort=-%cpu | head": ["something is hogging the cpu, what is it", "top cpu hogs",
                                   "why is the fan so loud, which process uses the most cpu"],
    "sudo fuser -k <port>/tcp": ["free up port <port>", "something is already using port <port>, kill it",
                                 "how do i kill whatever is holding a port"],
    "nohup <command> &": ["keep <command> running after i close the terminal", "start <command> so it survives logout",
                          "how do i run <command> in the background and log out",
                          "how do i keep a program running after logout"],
    "jobs": ["what have i got running in the background", "which jobs are running in this shell"],
    "fg": ["resume the job i suspended with ctrl z"],
    "bg": ["keep the stopped job going in the background"],
    "sudo lsof -i :<port>": ["what's listening on <port>", "who is using port <port>",
                             "port <port> is already in use, what's on it", "how do i see what's using a port"],
    # disk
    "df -h": ["how full is my disk", "is the disk full", "free space on all drives",
              "check if i'm running out of disk space",
              # df's -h is "human readable": say so in the words people use for it
              "disk space left on each filesystem in human readable units", "human-readable free space per disk",
              "list filesystems with their free space, human readable sizes",
              "show the free space on each filesystem in human readable form",
              "print available disk space in a human readable form",
              "free space per mounted filesystem, in human readable form"],
    "df -h <directory>": ["how much free space does the drive with <directory> have",
                          "is there room left where <directory> lives"],
    "df -h /": ["is / almost full", "free space on root"],
    "du -sh <directory?>": ["size of <directory>", "how much space does <directory> use", "total size of this folder",
                            "how much disk does <directory> take up", "<directory>: total size"],
    "du -sh * | sort -rh | head": ["what's eating my disk in here", "biggest things in this folder",
                                   "what's using the space in the current directory", "which folders here are the biggest"],
    "du -sh <directory>/* | sort -rh | head": ["my disk is full, what's using the space in <directory>",
                                               "what's eating space in <directory>", "biggest folders in <directory>",
                                               "which subfolders of <directory> take the most space"],
    "find <directory?.> -type f -exec du -h {} + | sort -rh | head -n 10": [
        "biggest files in <directory>", "which files are hogging space in <directory>",
        "top 10 largest files under this folder", "what are the largest files here"],
    "du -ah <directory?> | sort -rh | head -n <n>": ["<n> biggest things in <directory>"],
    "du -h --max-depth=1 <directory?.> | sort -rh": ["size of each subfolder of <directory>, largest first"],
    # memory
    "free -h": ["how much ram do i have", "is my memory full", "ram usage", "how much memory is left",
                "check memory usage"],
    "free -m": ["free memory in mb"],
    # services and logs
    "systemctl status <service>": ["is <service> up", "what's the status of <service>", "<service>: status",
                                   "did <service> start ok", "how do i check if a service is running"],
    "sudo systemctl restart <service>": ["<service> is acting up, restart it", "bounce <service>",
                                         "give <service> a restart", "how do i restart <service>",
                                         "how do i restart a service"],
    "sudo systemctl start <service>": ["bring up <service>", "<service> is down, start it", "fire up <service>",
                                       "how do i start a service"],
    "sudo systemctl stop <service>": ["shut down <service>", "turn off the <service> service", "<service>: stop it",
                                      "how do i stop a service"],
    "sudo systemctl enable <service>": ["start <service> automatically at boot", "make <service> come up after a reboot",
                                        "how do i make a service start at boot"],
    "sudo systemctl disable <service>": ["don't start <service> at boot anymore", "keep <service> from starting on boot"],
    "systemctl list-units --type=service --state=running": ["which services are running", "what services are up right now"],
    "systemctl --failed": ["did any service fail"],
    "systemctl is-enabled <service>": ["will <service> come back after a reboot"],
    "journalctl -u <service>": ["what did <service> log", "<service> logs", "look through the logs of <service>",
                                "how do i see a service's logs"],
    "journalctl -u <service> -f": ["live logs of <service>", "watch what <service> is logging right now",
                                   "stream <service> logs"],
    "journalctl -u <service> -n <n>": ["last <n> log lines from <service>", "<service>: last <n> log entries"],
    "journalctl -u <service> --since today": ["what did <service> log today"],
    "journalctl --since \"<ago>\"": ["what happened on the system in <ago>", "system log for <ago>"],
    "journalctl -f": ["live system log", "watch the journal as it comes in"],
    "journalctl -b": ["everything logged since i booted"],
    "journalctl -b -1": ["my machine crashed, logs from the boot before"],
    "journalctl -p err -b": ["any errors since boot"],
    "journalctl --disk-usage": ["how much space is the journal using"],
    "sudo journalctl --vacuum-size=<journal_size>": ["the journal is too big, cut it down to <journal_size>"],
    "sudo dmesg": ["kernel log", "what did the kernel say", "check the kernel ring buffer"],
    "sudo dmesg -w": ["live kernel messages"],
    "crontab -l": ["what cron jobs do i have", "which scheduled jobs are set up for me", "show my crontab"],
    "crontab -e": ["add a cron job", "how do i schedule a script with cron", "change my crontab"],
    # networking
    "ip a": ["what's my ip", "what ip address does this machine have", "my local ip address"],
    "curl ifconfig.me": ["what ip do i have on the internet", "my external ip"],
    "ip route show default": ["which router am i using"],
    "ping <host>": ["can i reach <host>", "is <host> up", "is <host> reachable", "check if <host> responds",
                    "how do i check if a host is reachable"],
    "ping -c <count> <host>": ["send <count> pings to <host>"],
    "ping -c 4 8.8.8.8": ["is my internet working", "do i have internet"],
    "sudo ss -tulpn": ["what ports are open", "what is listening on this machine",
                       "which services are listening on which ports"],
    "ss -tn state established": ["active connections right now"],
    "curl <url>": ["get <url> from the command line", "what does <url> return", "request <url>",
                   "how do i make an http request from the terminal"],
    "curl -I <url>": ["just the headers of <url>", "what headers does <url> send back"],
    "curl -s -o /dev/null -w '%{http_code}' <url>": ["is <url> returning 200", "<url>: status code only"],
    "curl -O <dl_url>": ["download <dl_url> into this folder"],
    "ssh <user>@<server>": ["connect to <server> as <user>",
                            "remote into <server> as <user>", "how do i ssh into a server"],
    "ssh <server>": ["log into <server>", "open a shell on <server>"],
    "ssh -p <port> <user>@<server>": ["log into <server> as <user>, ssh is on port <port>",
                                      "how do i ssh on a different port"],
    "scp <file> <user>@<server>:<remote_dir>": ["put <file> on <server> in <remote_dir> as <user>",
                                                "how do i copy <file> to <remote_dir> on <server>, user <user>",
                                                "how do i copy a file to a server"],
    "scp <user>@<server>:<remote_file> <workdir?.>": ["pull <remote_file> down from <server>",
                                                      "grab <remote_file> off <server> as <user>",
                                                      "copy <remote_file> from <server> to here",
                                                      "how do i copy a file from a server"],
    "scp -r <workdir> <user>@<server>:<remote_dir>": ["copy the whole <workdir> folder to <server> as <user>, into <remote_dir>",
                                                      "how do i copy a folder to a server"],
    "ssh-copy-id <user>@<server>": ["set up passwordless login to <server> as <user>"],
    "ssh-keygen -t ed25519": ["i need an ssh key"],
    # packages
    "sudo apt install <package>": ["get <package> on this machine", "set up <package>", "how do i install <package>",
                                   "i need <package>, install it", "<package>: install it",
                                   "how do i install a package"],
    "sudo apt remove <package>": ["get rid of <package>", "i don't need <package> anymore, remove it", "how do i uninstall <package>",
                                  "how do i uninstall a package"],
    "sudo apt purge <package>": ["remove <package> and its config files", "wipe <package> completely, config included",
                                 "nuke <package> including its settings"],
    "sudo apt autoremove": ["clean up packages that are no longer needed"],
    "apt search <keyword>": ["is there a package for <keyword>", "look for a <keyword> package",
                             "which packages have to do with <keyword>", "how do i search for a package"],
    "apt show <package>": ["what is <package>, package details", "describe the <package> package"],
    "apt list --installed": ["what packages do i have installed", "everything installed with apt",
                             "which packages are on this system"],
    "dpkg -l | grep <package>": ["is <package> on this machine"],
    "apt list --upgradable": ["what needs updating"],
    "apt-cache policy <package>": ["which <package> version would apt install",
                                   "installed and candidate version of <package>",
                                   "which repo does <package> come from",
                                   "how do i see which version of a package apt would install"],
    "sudo apt clean": ["free up space used by downloaded packages", "delete cached .deb files", "wipe the apt cache"],
    "sudo apt update": ["get the newest package lists from the repos", "refresh apt"],
    "sudo apt update && sudo apt upgrade": ["install every pending update", "bring everything up to date"],
    "sudo apt install -f": ["apt says unmet dependencies, fix it"],
    # git
    "git status": ["what's changed in this repo", "anything uncommitted", "where do things stand in my repo",
                   "did i change anything"],
    "git add .": ["stage everything in this folder"],
    "git commit -m \"<message>\"": ["save my staged changes with the message <message>",
                                    "make a commit called <message>", "how do i commit with a message"],
    "git commit -am \"<message>\"": ["stage and commit everything tracked with message <message>",
                                     "commit all my edits as <message> in one go",
                                     "add and commit modified files, message <message>",
                                     "how do i add and commit in one command"],
    "git log --oneline": ["what commits are there", "list the commits", "recent history of this repo"],
    "git log --oneline -n <n>": ["the <n> most recent commits", "what were the last <n> commits"],
    "git diff": ["what did i change", "what changes haven't i staged yet", "see my edits"],
    "git diff --staged": ["what am i about to commit"],
    "git branch": ["what local branches exist", "which branches do i have"],
    "git checkout <branch>": ["move to <branch>", "jump to branch <branch>", "work on <branch> now",
                              "how do i switch branches"],
    "git checkout -b <branch>": ["new branch <branch>", "branch off as <branch>",
                                 "start working on a new branch <branch>", "how do i create a new branch"],
    "git push": ["send my commits to the remote", "upload my commits", "publish my commits"],
    "git push origin <branch>": ["send <branch> to origin"],
    "git pull": ["get the latest changes from the remote", "update my repo from the server", "sync with the remote"],
    "git stash": ["put my changes aside for now", "save my work in progress without committing", "shelve my changes"],
    "git stash pop": ["get my stashed changes back", "put back what i stashed"],
    "git stash list": ["what's in my stash"],
    "git branch -d <branch>": ["get rid of branch <branch>", "i'm done with <branch>, delete it",
                               "how do i delete a branch"],
    "git restore <file>": ["undo changes to <file>"],
    "git reset --soft HEAD~1": ["uncommit the last commit, keep my changes"],
    "git merge <branch>": ["bring <branch> into this branch", "how do i merge a branch"],
    "git clone <repo>": ["download the repo <repo>", "get a copy of <repo>", "how do i clone a repo"],
}.items():
    MORE_PHRASINGS.setdefault(_cmd, []).extend(_extra)


# Third widening pass, bare how-to questions: the command keeps a placeholder for the value not given.
for _cmd, _extra in {
    "wc -l <textfile>": ["count lines in a file"],
    "grep -c '<pattern>' <textfile>": ["how do i count matching lines in a file"],
    "grep -n '<pattern>' <textfile>": ["how do i see the line numbers of matches in a file"],
    "grep -w '<pattern>' <textfile>": ["how do i match a whole word with grep"],
    "head -n <n> <textfile>": ["how do i show the first n lines of a file"],
    "tail -n <n> <textfile>": ["how do i show the last n lines of a file"],
    "sort -n <listfile>": ["how do i sort a file of numbers numerically"],
    "sort <listfile> | uniq -c | sort -rn": ["how do i count how often each line appears in a file"],
    "awk '{print $<col>}' <spacefile>": ["how do i print one column of space separated text with awk"],
    "sed -n '<line_start>,<line_end>p' <textfile>": ["how do i print a range of lines from a file"],
    "sed -i '<line>d' <myfile>": ["how do i delete a specific line from a file"],
    "find <directory?.> -type f -mtime -<days>": ["how do i find files modified in the last few days"],
    "find <directory?.> -type f -mtime +<days>": ["how do i find files older than some number of days"],
    "find <directory?.> -iname '*<part>*'": ["how do i find a file when i only know part of its name"],
    "tar -xzf <targz> -C <workdir>": ["how do i extract a tarball into another folder"],
    "unzip <zip> -d <workdir>": ["how do i unzip into a specific folder"],
    "zip <zip> <file>": ["how do i zip a single file"],
    "tar -czf <targz> --exclude='<exclude>' <workdir>": ["how do i make a tarball but leave something out"],
    "chmod -R <mode> <workdir>": ["how do i change permissions recursively"],
    "chmod 600 <private>": ["how do i make a file private to me"],
    "sudo chown -R <user>:<group> <ownerdir>": ["how do i change the owner of a folder recursively"],
    "ls -l <file>": ["how do i check a file's permissions"],
    "ps -u <user>": ["how do i see another user's processes"],
    "pkill -9 <process>": ["how do i force kill a program by name"],
    "journalctl -u <service> -f": ["how do i follow a service's logs live"],
    "sudo systemctl disable <service>": ["how do i stop a service from starting at boot"],
    "sudo systemctl enable --now <service>": ["how do i enable and start a service in one go"],
    "ping -c <count> <host>": ["how do i ping a host only a few times"],
    "curl -I <url>": ["how do i see only the http headers of a url"],
    "curl -O <dl_url>": ["how do i download a file with curl"],
    "ssh -i <keyfile> <user>@<server>": ["how do i ssh with a key file"],
    "ssh <user>@<server> '<rcmd>'": ["how do i run a command on a remote server over ssh"],
    "ssh-copy-id <user>@<server>": ["how do i set up ssh login without a password"],
    "sudo apt purge <package>": ["how do i remove a package and its config files"],
    "apt show <package>": ["how do i see details about a package"],
    "dpkg -l | grep <package>": ["how do i check if a package is installed"],
    "sudo apt install -y <package>": ["how do i install a package without the yes prompt"],
    "git add <file>": ["how do i stage a single file"],
    "git restore <file>": ["how do i discard changes to a file"],
    "git restore --staged <file>": ["how do i unstage a file"],
    "git push origin <branch>": ["how do i push a branch to origin"],
    "git pull origin <branch>": ["how do i pull a specific branch from origin"],
    "git branch -D <branch>": ["how do i delete a branch that isn't merged"],
    "git log --follow <file>": ["how do i see the history of a single file"],
    "git commit --amend -m \"<message>\"": ["how do i change the last commit message"],
    "git diff <file>": ["how do i see what changed in one file"],
    "git clone <repo> <newdir>": ["how do i clone a repo into a different folder"],
}.items():
    MORE_PHRASINGS.setdefault(_cmd, []).extend(_extra)

def widen(categories):
    """Append MORE_PHRASINGS to the tasks they name and MORE_TASKS to their categories."""
    by_cmd = {}
    for _, task_list in categories:
        for cmd, phrasings in task_list:
            if cmd in by_cmd:
                raise ValueError(f"two tasks share the template {cmd!r}")
            by_cmd[cmd] = phrasings
    for category, task_list in categories:
        for cmd, phrasings in MORE_TASKS.get(category, []):
            if cmd in by_cmd:
                raise ValueError(f"{cmd!r} is already a task")
            by_cmd[cmd] = phrasings
            task_list.append((cmd, phrasings))
    for cmd, extra in MORE_PHRASINGS.items():
        by_cmd[cmd].extend(p for p in extra if p not in by_cmd[cmd])
    return categories


CATEGORIES = [
    ("files", FILES_TASKS), ("text", TEXT_TASKS), ("archives", ARCHIVE_TASKS),
    ("permissions", PERMISSION_TASKS), ("users", USER_TASKS), ("processes", PROCESS_TASKS),
    ("disk", DISK_TASKS), ("system", SYSTEM_TASKS), ("services", SERVICE_TASKS),
    ("networking", NETWORK_TASKS), ("packages", PACKAGE_TASKS), ("git", GIT_TASKS),
]
widen(CATEGORIES)

add_slots({
    "tsvfile": ("file", ["data.tsv", "export.tsv", "table.tsv", "scores.tsv", "results.tsv", "genes.tsv"]),
    "numfile": ("file", ["numbers.txt", "sizes.txt", "scores.txt", "counts.txt", "latency.txt", "values.txt"]),
})

# Tasks added after the others were generated: they come last, so that every row before them keeps the
# values it drew (and its train/dev split), and models built on the earlier set stay comparable on its dev rows.
LATE_TASKS = [
    ("services", [
        ("docker stop $(docker ps -q)", [
            "stop all running containers", "stop every [running |]docker container",
            "[shut down|halt|stop] all [my |the |]containers", "stop whatever containers are running",
        ]),
        ("docker container prune", [
            "remove all stopped containers", "[clean up|delete|get rid of] [the |all |]stopped containers",
            "delete exited docker containers", "prune [old |]containers", "docker container prune",
        ]),
        ("docker image prune -a", [
            "remove [all |]unused docker images", "delete images no container uses",
            "clean up old docker images", "free space taken by unused images",
        ]),
        ("docker logs --tail <count> <container>", [
            "last <count> log lines of [the |]<container> container", "show the last <count> lines of <container>'s logs",
            "tail <count> lines of the logs of container <container>",
        ]),
    ]),
    ("system", [
        ("journalctl -n <count>", [
            "show the last <count> [lines|entries] of the [system |]journal", "last <count> [log |journal |]entries",
            "print the most recent <count> journal [lines|entries]", "the newest <count> lines of the system log",
        ]),
        ("journalctl -u <service> -n <count>", [
            "last <count> log lines of [the |]<service> [service|]", "show <count> recent [log |]entries for <service>",
            "the most recent <count> lines <service> logged",
        ]),
        ("date -I", [
            "[print|show] [today's|the current|the] date in iso format", "date as yyyy-mm-dd",
            "[what is |]today's date in iso 8601", "iso formatted date",
        ]),
        ("date -Iseconds", [
            "[print|show] the [current |]date and time in iso [8601 |]format", "iso 8601 timestamp [of now|]",
            "current time as an iso timestamp",
        ]),
        ("date '+%Y-%m-%d %H:%M:%S'", [
            "show the date and time as year-month-day hours:minutes:seconds", "print a readable timestamp",
            "current date and time with seconds",
        ]),
        ("crontab -l", [
            "list [all |]cron jobs [of|for] the current user", "show the current user's [cron jobs|crontab]",
            "which cron jobs are set up for me", "display my scheduled cron jobs",
        ]),
        ("dpkg -S $(which <program>)", [
            "which package provides [the |]<program> [command|]", "[find|what is] the package that [installed|owns] <program>",
            "what package does <program> come from",
        ]),
    ]),
    ("text", [
        ("tr '\\t' ',' < <tsvfile>", [
            "replace tabs with commas in <tsvfile>", "convert <tsvfile> from tabs to commas",
            "turn the tabs in <tsvfile> into commas", "make <tsvfile> comma separated",
        ]),
        ("sort -nr <numfile>", [
            "sort <numfile> numerically in reverse [order|]", "sort the numbers in <numfile> from largest to smallest",
            "sort <numfile> by number, [biggest|highest] first", "descending numeric sort of <numfile>",
        ]),
        ("grep '^[0-9]' <textfile>", [
            "[print|show] [every line|lines|the lines] of <textfile> that start[s|] with a [number|digit]",
            "lines in <textfile> beginning with a digit", "which lines of <textfile> begin with a number",
        ]),
        ("grep -rn '<pattern>' <directory>", [
            "search for [the word |]<pattern> in all files under <directory>",
            "look for <pattern> in every file [in|inside|below] <directory>",
        ]),
    ]),
    ("permissions", [
        ("chmod o-w <file>", [
            "remove write permission for others on <file>", "others [should not|must not] be able to write <file>",
            "take away [the |]write access [of|from] others [for|on] <file>",
        ]),
        ("chmod g+w <file>", [
            "give the group write permission on <file>",
            "add group write access to <file>",
        ]),
    ]),
    ("archives", [
        ("tar -czf <targz> <workdir>", [
            "archive [the |]<workdir> [folder|directory|] as <targz>", "pack [the |]<workdir> [folder |]into <targz>",
            "make <targz> out of [the |]<workdir> [folder|]",
        ]),
    ]),
    ("git", [
        ("git show", [
            "show what changed in the last commit", "what did the [last|latest|most recent] commit change",
            "show the [last|latest] commit [with its diff|and its changes]", "details of the most recent commit",
        ]),
        ("git remote -v", [
            "show [the |]remote repositories", "list [the |]remote repos [and their urls|]",
            "which remote repositories does this repo [have|use]",
        ]),
        ("git add -A && git commit -m \"<message>\"", [
            "add all changes and commit with [the |]message <message>", "stage everything and commit [it |]as <message>",
            "add [all|every] [files|changes] then commit [them |]with message <message>",
        ]),
    ]),
]
CATEGORIES += LATE_TASKS

# A second batch, written in session 17 for tasks that users ask and the set had no example of (the sticky and
# setgid bits, nginx's own log files, a process's age or command line, dangling images...). Last again, so that
# every row before keeps its values and split.
LATER_TASKS = [
    ("permissions", [
        ("chmod +t <directory>", [
            "turn on the sticky bit for <directory>", "give <directory> the sticky bit",
            "make <directory> sticky so [people|users] can only delete their own files",
        ]),
        ("chmod g+s <directory>", [
            "turn on setgid for <directory> so new files keep its group", "give <directory> the setgid bit",
            "make files created in <directory> inherit its group",
        ]),
    ]),
    ("system", [
        ("tail -f /var/log/nginx/error.log", [
            "keep reading nginx's error log as it grows", "stream the nginx error log",
            "show new nginx errors as [they are logged|they happen]",
        ]),
        ("tail -f /var/log/nginx/access.log", [
            "stream the nginx access log", "show nginx requests as they come in",
            "keep reading nginx's access log as it grows",
        ]),
        ("tail -f /var/log/apache2/error.log", [
            "stream the apache error log", "show new apache errors as they happen",
        ]),
        ("sudo dmidecode -t baseboard", [
            "which motherboard is in this [computer|machine]", "mainboard [maker|manufacturer] and model",
            "print the board model of this pc",
        ]),
        ("sudo chage -E <date> <user>", [
            "make <user>'s account expire on <date>", "set the expiry date of <user>'s account to <date>",
            "<user>'s login should stop working after <date>",
        ]),
        ("sudo -u postgres psql", [
            "open a postgres shell as the postgres user", "connect to postgresql as postgres",
            "start psql as the postgres superuser",
        ]),
    ]),
    ("processes", [
        ("ps -o etime= -p <pid>", [
            "for how long has process <pid> been up", "elapsed running time of pid <pid>",
            "how much time has <pid> been alive",
        ]),
        ("pidof <process>", [
            "process id of <process>", "print the pid of <process>", "what pid does <process> have",
        ]),
        ("ps -o args= -p <pid>", [
            "full command line of process <pid>", "what command started pid <pid>",
            "show the complete command of <pid>",
        ]),
    ]),
    ("services", [
        ("docker rm -f <container>", [
            "force remove the <container> container even if it is running",
            "stop and delete container <container> in one go", "kill and remove the <container> container",
        ]),
        ("docker image prune", [
            "delete dangling docker images", "clean up untagged images", "remove images that have no tag",
        ]),
    ]),
    ("files", [
        ("cp -a <workdir> <directory>", [
            "copy <workdir> to <directory> keeping permissions and timestamps",
            "copy <workdir> into <directory> and preserve ownership and times",
            "copy <workdir> to <directory> with all its attributes",
        ]),
    ]),
    ("users", [
        ("whoami", [
            "what account am i logged in as", "name of the user i'm logged in as",
        ]),
    ]),
]
CATEGORIES += LATER_TASKS

# A third batch, written in session 18 for sysadmin and developer requests that the set had no example of (ufw's
# numbered rules, default ACLs, a process's threads, journal kernel messages, dev dependencies...). Last again, so
# that every row before keeps its values and split.
add_slots({
    "ipaddr": ("ip", ["203.0.113.45", "198.51.100.7", "10.0.0.99", "192.168.1.66", "172.16.5.4", "45.33.12.8"]),
    "dns_server": ("host", ["1.1.1.1", "8.8.8.8", "9.9.9.9", "8.8.4.4", "192.168.1.1"]),
    "module": ("module", ["br_netfilter", "overlay", "nf_conntrack", "vboxdrv", "loop", "tun", "kvm_intel"]),
    "version": ("version", ["4.2.1", "2.31.0", "1.26.4", "3.0.0", "0.110.0", "8.1.1"]),
})
SYSADMIN_TASKS = [
    ("services", [
        ("tail -n <n> /var/log/nginx/error.log", [
            "last <n> lines of the nginx error log", "show the last <n> nginx errors",
            "nginx error log, last <n> lines",
        ]),
        ("tail -n <n> /var/log/nginx/access.log", [
            "last <n> lines of the nginx access log", "the <n> latest requests in nginx's access log",
        ]),
        ("journalctl -k", [
            "kernel messages from the journal", "show the kernel log with journalctl",
            "journal entries from the kernel only",
        ]),
        ("systemctl list-unit-files --type=service --state=enabled", [
            "which services start at boot", "list services enabled at boot", "show the enabled services",
        ]),
        ("sudo systemctl unmask <service>", [
            "unmask <service>", "let <service> be started again after it was masked", "undo masking <service>",
        ]),
        ("systemctl list-dependencies <service>", [
            "what does <service> depend on", "show the dependencies of <service>",
            "which units does <service> need",
        ]),
    ]),
    ("processes", [
        ("ps -T -p <pid>", [
            "show the threads of pid <pid>", "list the threads of process <pid>", "what threads does <pid> have",
        ]),
        ("top -b -n 1", [
            "one snapshot of top in batch mode", "print top once and exit", "top output i can paste somewhere",
        ]),
        ("top -p <pid>", [
            "watch process <pid> in top", "top for pid <pid> only", "monitor just <pid> with top",
        ]),
    ]),
    ("disk", [
        ("du -shx <ownerdir>", [
            "size of <ownerdir> without crossing into other filesystems",
            "total size of <ownerdir> on this filesystem only", "how big is <ownerdir>, staying on one filesystem",
        ]),
        ("findmnt <mountpoint>", [
            "what mount options is <mountpoint> using", "show how <mountpoint> is mounted",
            "which device and options are behind <mountpoint>",
        ]),
    ]),
    ("networking", [
        ("sudo ufw status numbered", [
            "ufw status with rule numbers", "list the firewall rules with their numbers", "numbered ufw rules",
        ]),
        ("sudo ufw delete <count>", [
            "delete ufw rule number <count>", "remove firewall rule <count>", "drop rule <count> from ufw",
        ]),
        ("sudo ufw deny from <ipaddr>", [
            "block all traffic from <ipaddr>", "firewall off <ipaddr>", "deny everything coming from <ipaddr>",
        ]),
        ("sudo ufw allow from <subnet> to any port <port>", [
            "let <subnet> reach port <port> through ufw", "allow <subnet> to connect to port <port>",
            "open port <port> for <subnet> only",
        ]),
        ("dig @<dns_server> <domain>", [
            "ask <dns_server> directly for the address of <domain>", "query the dns server <dns_server> for <domain>",
            "resolve <domain> using <dns_server>",
        ]),
        ("sudo netplan apply", [
            "apply the netplan config", "activate my netplan changes", "make the new netplan settings take effect",
        ]),
    ]),
    ("users", [
        ("sudo chage -M <days> <user>", [
            "make <user>'s password expire every <days> days", "<user> must change the password every <days> days",
            "set the maximum password age of <user> to <days> days",
        ]),
        ("sudo -l -U <user>", [
            "what is <user> allowed to run with sudo", "list <user>'s sudo rights",
            "which sudo commands may <user> use",
        ]),
        ("sudo useradd -m -s /bin/bash <user>", [
            "create user <user> with a home directory and bash as the shell",
            "add the user <user> with a home folder and a bash shell",
        ]),
    ]),
    ("permissions", [
        ("setfacl -b <ownerdir>", [
            "strip all acl entries from <ownerdir>", "remove every acl on <ownerdir>", "clear the acls of <ownerdir>",
        ]),
        ("setfacl -d -m g:<group>:rwx <ownerdir>", [
            "set a default acl so the <group> group gets rwx on anything new in <ownerdir>",
            "new files in <ownerdir> should be writable by group <group>, with a default acl",
        ]),
        ("find <ownerdir> -type f -perm -o+w", [
            "world-writable files in <ownerdir>", "find files anyone can write to under <ownerdir>",
            "are there files in <ownerdir> that everyone can modify",
        ]),
        ("find <ownerdir> -nouser", [
            "files under <ownerdir> with no valid owner", "find files in <ownerdir> whose owner no longer exists",
        ]),
        ("lsattr <file>", [
            "check the file attributes on <file>", "show the extended attributes of <file>",
            "is <file> immutable",
        ]),
    ]),
    ("system", [
        ("dmesg -T", [
            "kernel ring buffer with human-readable timestamps", "dmesg with readable times",
            "kernel messages with real dates",
        ]),
        ("vmstat <seconds>", [
            "memory and cpu stats every <seconds> seconds", "vmstat every <seconds> seconds",
            "print system stats every <seconds> seconds",
        ]),
        ("sudo dmidecode -t system", [
            "manufacturer, model and serial number of this machine", "what model of computer is this",
            "show the system's serial number and vendor",
        ]),
        ("sudo modprobe <module>", [
            "load the <module> module", "load kernel module <module>", "insert the <module> kernel module",
        ]),
        ("lsb_release -a", [
            "what ubuntu release is this server running", "which distro version is this",
            "show the release of this linux",
        ]),
    ]),
    ("archives", [
        ("tar -tjf <tarbz>", [
            "what's inside <tarbz>", "list the contents of <tarbz>", "which files are in <tarbz>",
        ]),
        ("bzip2 -k <bigfile>", [
            "bzip2 <bigfile> but keep the original", "compress <bigfile> with bzip2 and keep the file",
        ]),
        ("xz -k <bigfile>", [
            "compress <bigfile> with xz and keep the original", "xz <bigfile>, keeping the uncompressed one",
        ]),
        ("unzip -o <zip>", [
            "unzip <zip> and overwrite existing files without prompting", "extract <zip>, replacing files silently",
        ]),
    ]),
    ("git", [
        ("git fetch --all --prune", [
            "fetch all remotes and prune deleted branches", "update every remote and drop branches gone upstream",
        ]),
        ("git ls-files", [
            "list files tracked by git", "which files does git track", "show every file in the repo's index",
        ]),
        ("git log -p <file>", [
            "show the history of changes to <file> with the diffs", "every commit that touched <file>, with patches",
        ]),
        ("git pull --rebase origin <branch>", [
            "pull from origin <branch> with rebase", "rebase my work onto origin's <branch> while pulling",
        ]),
    ]),
    ("packages", [
        ("npm install --save-dev <npmpkg>", [
            "add <npmpkg> as a dev dependency", "install <npmpkg> for development only",
            "<npmpkg> as a devDependency",
        ]),
        ("pip install <pypkg>==<version>", [
            "pip install <pypkg> version <version>", "install version <version> of <pypkg>",
            "get <pypkg> <version> exactly with pip",
        ]),
        ("sudo snap install code --classic", [
            "install vs code from snap", "get visual studio code as a snap",
        ]),
        ("which <verprogram>", [
            "is <verprogram> installed", "do i have <verprogram>", "check whether <verprogram> is installed",
        ]),
    ]),
]
CATEGORIES += SYSADMIN_TASKS

# A fourth batch, written in session 19 for everyday requests from outside system administration that the set had
# no example of: media files, random values, date arithmetic, sums, files of a size, the clipboard, the weather,
# the battery. Last again, so that every row before keeps its values and split.
add_slots({
    "video": ("file", ["video.mp4", "clip.mov", "talk.mkv", "recording.webm", "holiday.mp4", "lecture.mp4",
                       "demo.avi", "interview.mkv"]),
    "audio": ("file", ["audio.mp3", "song.mp3", "track.mp3", "podcast.mp3", "voice.mp3", "sound.mp3"]),
    "movie_in": ("file", ["clip.mov", "talk.mkv", "demo.avi", "recording.webm", "screen.mov", "old.flv"]),
    "movie_out": ("file", ["clip.mp4", "output.mp4", "talk.mp4", "converted.mp4", "final.mp4"]),
    "picture": ("file", ["photo.jpg", "image.png", "screenshot.png", "logo.png", "banner.jpg", "avatar.jpg",
                         "scan.jpg", "cover.png"]),
    "png_in": ("file", ["image.png", "screenshot.png", "logo.png", "diagram.png", "chart.png"]),
    "jpg_out": ("file", ["image.jpg", "photo.jpg", "out.jpg", "small.jpg", "chart.jpg"]),
    "dims": ("size", ["800x600", "1920x1080", "640x480", "1280x720", "300x300", "1024x768", "200x200"]),
    "city": ("city", ["London", "Paris", "Berlin", "Tokyo", "Oslo", "Madrid", "Chicago", "Sydney", "Toronto"]),
    "length": ("number", counts(16, 20, 24, 32, 10, 40)),
    "timestamp": ("number", ["1700000000", "1609459200", "1735689600", "1234567890", "1689000000"]),
    "tzcity": ("timezone", [(("Tokyo",), "Asia/Tokyo"), (("New York",), "America/New_York"),
                            (("London",), "Europe/London"), (("Berlin",), "Europe/Berlin"),
                            (("Sydney",), "Australia/Sydney"), (("Los Angeles", "LA"), "America/Los_Angeles"),
                            (("India", "Kolkata"), "Asia/Kolkata")]),
    "sum": ("expression", ["17*23", "1024/8", "3.5*4", "2^10", "(5+3)*2", "100/7", "12.5+7.25", "365*24"]),
    "number": ("number", ["255", "1024", "42", "4096", "100", "65535"]),
    "newfile": ("file", ["big.img", "test.bin", "dummy.dat", "blob.bin", "disk.img", "filler.bin"]),
    "filesize": ("size", [(("1GB", "1G", "1 GB"), "1G"), (("100MB", "100M", "100 MB"), "100M"),
                          (("10MB", "10M"), "10M"), (("500MB", "500M"), "500M"), (("2GB", "2G", "2 GB"), "2G")]),
    "megabytes": ("number", ["100", "10", "512", "1024", "50"]),
    "hashword": ("text", ["hello", "password123", "secret", "hello world", "nlsh"]),
})
BREADTH_TASKS = [
    ("files", [  # video, audio and images
        ("ffmpeg -i <video> -vn <audio>", [
            "convert <video> to <audio>", "extract the audio from <video> as <audio>",
            "save the sound of <video> to <audio>", "rip the audio track of <video> into <audio>",
        ]),
        ("ffmpeg -i <movie_in> <movie_out>", [
            "convert <movie_in> to <movie_out>", "turn <movie_in> into an mp4 called <movie_out>",
            "transcode <movie_in> to <movie_out> with ffmpeg",
        ]),
        ("ffprobe <video>", [
            "show the codec and duration of <video>", "what resolution is <video>", "media info for <video>",
            "how long is the video <video>",
        ]),
        ("mogrify -resize <dims> <picture>", [
            "resize <picture> to <dims>", "scale <picture> down to <dims>", "scale the picture <picture> to <dims>",
            "shrink the image <picture> to <dims> pixels",
        ]),
        ("convert <png_in> <jpg_out>", [
            "convert <png_in> to <jpg_out>", "turn the png <png_in> into a jpeg named <jpg_out>",
            "save <png_in> as <jpg_out>",
        ]),
        ("identify <picture>", [
            "what are the dimensions of <picture>", "how many pixels is <picture>", "image size of <picture>",
            "show the width and height of <picture>",
        ]),
    ]),
    ("text", [  # random values and hashes
        ("openssl rand -base64 16", [
            "generate a random password", "make me a strong password", "give me a random secret",
            "create a random password string",
        ]),
        ("tr -dc 'A-Za-z0-9' < /dev/urandom | head -c <length>", [
            "generate a random password of <length> characters", "random <length> character password",
            "make a <length> letter random string", "random alphanumeric string of length <length>",
        ]),
        ("uuidgen", [
            "generate a uuid", "make a new guid", "give me a random uuid", "create a unique id",
        ]),
        ("shuf -i 1-<n> -n 1", [
            "random number between 1 and <n>", "pick a random number up to <n>", "roll a number from 1 to <n>",
        ]),
        ("openssl rand -hex <length>", [
            "random hex string of <length> bytes", "generate a <length> byte hex token",
            "make a random token in hex, <length> bytes",
        ]),
        ("echo -n '<hashword>' | sha256sum", [
            "sha256 hash of the text <hashword>", "hash the string <hashword> with sha256",
            "what is the sha256 of <hashword>",
        ]),
    ]),
    ("system", [  # date arithmetic and time zones
        ("date -d '<n> days ago'", [
            "what was the date <n> days ago", "date <n> days back", "which day was it <n> days ago",
        ]),
        ("date -d '+<n> days'", [
            "what date is it in <n> days", "the date <n> days from now", "which day will it be in <n> days",
        ]),
        ("date -d @<timestamp>", [
            "convert the unix timestamp <timestamp> to a date", "what date is epoch <timestamp>",
            "human readable date for <timestamp>", "turn epoch seconds <timestamp> into a date",
        ]),
        ("TZ=<tzcity> date", [
            "what time is it in <tzcity>", "current time in <tzcity>", "show the time in <tzcity> now",
        ]),
        ("date -u", [
            "what time is it in utc", "show the current utc time", "date and time in utc",
        ]),
        ("date -d tomorrow", [
            "what's the date tomorrow", "show tomorrow's date", "which date is tomorrow",
        ]),
    ]),
    ("text", [  # sums and number bases
        ("echo '<sum>' | bc -l", [
            "calculate <sum>", "what is <sum>", "compute <sum> in the terminal", "work out <sum>",
        ]),
        ("printf '%x\\n' <number>", [
            "convert <number> to hex", "<number> in hexadecimal", "what is <number> in hex",
        ]),
        ("echo 'obase=2; <number>' | bc", [
            "convert <number> to binary", "<number> in binary", "show <number> as a binary number",
        ]),
    ]),
    ("files", [
        ("fallocate -l <filesize> <newfile>", [
            "create a <filesize> file named <newfile>", "make a <filesize> file called <newfile>",
            "allocate <filesize> for a new file <newfile>", "create an empty file <newfile> of <filesize>",
        ]),
        ("dd if=/dev/zero of=<newfile> bs=1M count=<megabytes>", [
            "fill <newfile> with <megabytes> megabytes of zeros", "write <megabytes> MB of zeros to <newfile>",
            "create <newfile> from /dev/zero, <megabytes> MB",
        ]),
        ("truncate -s 0 <logfile>", [
            "empty <logfile> without deleting it", "truncate <logfile> to zero bytes",
            "clear the contents of <logfile> but keep the file",
        ]),
        ("mktemp", [
            "create a temporary file", "make a temp file", "give me a unique temp file name",
        ]),
        ("mktemp -d", [
            "create a temporary directory", "make a temp folder", "new scratch directory in /tmp",
        ]),
        ("touch -d '<date>' <file>", [
            "set the modification time of <file> to <date>", "change the timestamp of <file> to <date>",
            "backdate <file> to <date>",
        ]),
    ]),
    ("system", [  # the clipboard
        ("xclip -selection clipboard < <file>", [
            "copy the contents of <file> to the clipboard", "put <file> on the clipboard",
            "copy <file> into my clipboard",
        ]),
        ("xclip -selection clipboard -o", [
            "paste the clipboard", "print what's on the clipboard", "show the clipboard contents",
        ]),
    ]),
    ("system", [
        ("curl wttr.in/<city>", [
            "weather in <city>", "what's the weather like in <city>", "forecast for <city>",
            "is it raining in <city>",
        ]),
        ("curl wttr.in", [
            "show the weather", "what's the weather today", "weather forecast here",
        ]),
        ("upower -i $(upower -e | grep BAT)", [
            "battery status", "how much battery is left", "show the battery details",
            "is my laptop charging",
        ]),
        ("cat /sys/class/power_supply/BAT0/capacity", [
            "battery percentage", "what percent is the battery at", "battery level in percent",
        ]),
        ("make -j$(nproc)", [
            "build with all cores", "run make in parallel on every cpu", "compile using all cpu cores",
        ]),
        ("curl -o /dev/null -s -w '%{time_total}\\n' <url>", [
            "how long does <url> take to load", "time a request to <url>", "measure the response time of <url>",
        ]),
    ]),
]
CATEGORIES += BREADTH_TASKS

# A fifth batch, written in session 19 from the misses of a helper's breadth requests (freshI): pdf tools, more
# ffmpeg and ImageMagick, qr codes, password hashes, bc's functions, date formats, links and special files, tmux and
# screen sessions, the ssh agent and ssh-keygen's other jobs, sshfs, Rust and Go builds, kernel modules.
add_slots({
    "gif": ("file", ["clip.gif", "out.gif", "animation.gif", "demo.gif", "loop.gif"]),
    "start": ("time", ["00:00:05", "00:00:10", "00:00:30", "00:00:45"]),
    "end": ("time", ["00:02:00", "00:03:00", "00:05:00", "00:10:00"]),
    "thumb": ("file", ["thumb.jpg", "frame.png", "poster.jpg", "still.png", "cover.jpg"]),
    "crf": ("number", ["23", "28", "30", "18", "26"]),
    "pdf": ("file", ["report.pdf", "manual.pdf", "thesis.pdf", "invoice.pdf", "notes.pdf", "paper.pdf"]),
    "pdf2": ("file", ["appendix.pdf", "part2.pdf", "cover.pdf", "chapter2.pdf", "extra.pdf"]),
    "pdf_out": ("file", ["combined.pdf", "merged.pdf", "all.pdf", "book.pdf", "out.pdf", "album.pdf"]),
    "pages": ("pages", [(("1 to 3", "1-3"), "1-3"), (("3 to 5", "3-5"), "3-5"), (("2 to 10", "2-10"), "2-10"),
                        (("5 to 8", "5-8"), "5-8")]),
    "qr_png": ("file", ["qr.png", "code.png", "link.png", "wifi-qr.png"]),
    "password": ("password", ["s3cret", "hunter2", "letmein", "Tr0ub4dor", "correcthorse"]),
    "b64": ("text", ["aGVsbG8=", "aGVsbG8gd29ybGQ=", "c2VjcmV0", "bmxzaA==", "dGVzdA=="]),
    "sums_file": ("file", ["SHA256SUMS", "checksums.txt", "sha256sums.txt", "SHA256SUMS.txt"]),
    "numbers_file": ("file", ["numbers.txt", "nums.txt", "scores.txt", "values.txt", "times.txt", "prices.txt"]),
    "digits": ("number", ["2", "4", "6", "10", "20", "50"]),
    "division": ("expression", [(("10 by 3",), "10/3"), (("22 by 7",), "22/7"), (("100 by 6",), "100/6"),
                                (("1 by 3",), "1/3"), (("355 by 113",), "355/113")]),
    "divisor": ("number", ["7", "3", "16", "10", "11"]),
    "exponent": ("number", ["10", "16", "32", "64", "20"]),
    "hexnum": ("number", ["ff", "1a", "7f", "ffff", "c0", "dead"]),
    "month": ("month", [(("january", "jan"), "1"), (("march",), "3"), (("june",), "6"), (("october", "oct"), "10"),
                        (("november", "nov"), "11")]),
    "year": ("year", ["2024", "2025", "2026", "2023"]),
    "weekday": ("weekday", ["friday", "monday", "sunday", "tuesday", "saturday"]),
    "date2": ("date", ["2025-06-30", "2025-12-31", "2026-01-01", "2026-03-15"]),
    "linkname": ("file", ["backup.txt", "link.txt", "mirror.txt", "alias.txt", "hardlink.txt"]),
    "release": ("directory", ["releases/v2", "/opt/app-2.1", "builds/42", "releases/2025-06-01", "versions/3.0"]),
    "symlink": ("file", ["current", "latest", "app", "live", "stable"]),
    "file2": ("file", ["b.txt", "copy.txt", "new.txt", "target.txt", "other.txt"]),
    "pipe": ("file", ["mypipe", "/tmp/fifo", "events.pipe", "/tmp/logpipe", "jobs.fifo"]),
    "mux_session": ("session", ["work", "build", "dev", "old", "main", "logs", "deploy"]),
    "ssh_key": ("file", ["~/.ssh/id_rsa", "~/.ssh/id_ed25519", "~/.ssh/deploy_key", "~/.ssh/work_key",
                         "~/.ssh/github"]),
    "mountdir": ("directory", ["~/nas", "~/remote", "/mnt/remote", "~/mnt/server", "/mnt/backup"]),
    "port2": ("port", ["80", "5432", "3306", "6379", "443", "9200"]),
    "npmscript": ("name", ["build", "test", "dev", "lint", "start", "format"]),
    "jobs": ("number", ["2", "4", "8", "16", "6"]),
    "gomodule": ("module", ["github.com/me/tool", "example.com/app", "github.com/acme/api", "gitlab.com/team/cli"]),
    "code": ("file", ["src/main.c", "app.py", "lib/utils.js", "main.go", "src/lib.rs", "server.js"]),
    "lrange": ("lines", [(("40 to 60", "40-60"), "40,60"), (("10 to 20", "10-20"), "10,20"),
                         (("100 to 150", "100-150"), "100,150"), (("1 to 30", "1-30"), "1,30")]),
    "locale": ("locale", ["en_US.UTF-8", "de_DE.UTF-8", "fr_FR.UTF-8", "en_GB.UTF-8", "es_ES.UTF-8"]),
})
BREADTH_MISSES_TASKS = [
    ("files", [  # video, audio, images and pdfs
        ("ffmpeg -i <video> <gif>", [
            "convert <video> to a gif named <gif>", "make a gif <gif> from <video>",
            "turn <video> into an animated gif <gif>",
        ]),
        ("ffmpeg -i <video> -an -c:v copy <movie_out>", [
            "remove the sound from <video> and save it as <movie_out>", "mute <video> into <movie_out>",
            "drop the audio track of <video>, write <movie_out>",
        ]),
        ("ffmpeg -i <video> -ss <start> -to <end> -c copy <movie_out>", [
            "cut <video> from <start> to <end> into <movie_out>",
            "trim <video> to the part between <start> and <end> and save <movie_out>",
            "keep <start> to <end> of <video> as <movie_out> without re-encoding",
        ]),
        ("ffmpeg -ss <seconds> -i <video> -frames:v 1 <thumb>", [
            "grab a frame at <seconds> seconds from <video> as <thumb>",
            "save the frame at second <seconds> of <video> to <thumb>",
            "thumbnail of <video> at <seconds> seconds into <thumb>",
        ]),
        ("ffmpeg -i <video> -c:v libx264 -crf <crf> <movie_out>", [
            "compress <video> with crf <crf> into <movie_out>", "reencode <video> as h264 at crf <crf> to <movie_out>",
            "make <video> smaller with x264 crf <crf>, output <movie_out>",
        ]),
        ("ffmpeg -f x11grab -i :0.0 <movie_out>", [
            "record the screen to <movie_out>", "screen recording into <movie_out> with ffmpeg",
            "capture my desktop as a video <movie_out>",
        ]),
        ("convert <picture> -resize <dims> <jpg_out>", [
            "resize <picture> to <dims> and save it as <jpg_out>", "scale <picture> to <dims> into <jpg_out>",
            "write a <dims> copy of <picture> called <jpg_out>",
        ]),
        ("mogrify -format jpg *.png", [
            "convert all png files here to jpg", "turn every png in this folder into a jpeg",
            "batch convert png images to jpg",
        ]),
        ("mogrify -rotate 90 <picture>", [
            "rotate <picture> 90 degrees", "turn <picture> a quarter turn clockwise", "rotate the image <picture> by 90",
        ]),
        ("convert *.jpg <pdf_out>", [
            "combine all jpg images into <pdf_out>", "make a pdf <pdf_out> from the jpgs here",
            "put every jpg in this folder into one pdf <pdf_out>",
        ]),
        ("pdfunite <pdf> <pdf2> <pdf_out>", [
            "merge <pdf> and <pdf2> into <pdf_out>", "join <pdf> with <pdf2> as <pdf_out>",
            "combine the pdfs <pdf> and <pdf2> into <pdf_out>",
        ]),
        ("pdftotext <pdf>", [
            "extract the text from <pdf>", "get the text out of <pdf>", "convert <pdf> to plain text",
        ]),
        ("pdfinfo <pdf>", [
            "how many pages does <pdf> have", "page count of <pdf>", "show the pdf metadata of <pdf>",
        ]),
        ("qpdf <pdf> --pages . <pages> -- <pdf_out>", [
            "save pages <pages> of <pdf> as <pdf_out>", "extract pages <pages> from <pdf> into <pdf_out>",
            "split out pages <pages> of <pdf> to <pdf_out>",
        ]),
        ("pdftoppm -png <pdf> page", [
            "turn each page of <pdf> into a png", "convert the pages of <pdf> to png images",
            "render <pdf> as png files",
        ]),
        ("ln <file> <linkname>", [
            "create a hard link <linkname> to <file>", "hard link <file> as <linkname>",
            "make <linkname> a hard link of <file>",
        ]),
        ("ln -sfn <release> <symlink>", [
            "point the symlink <symlink> at <release>", "repoint <symlink> to <release>, replacing the old link",
            "update the symlink <symlink> so it goes to <release>",
        ]),
        ("touch -r <file> <file2>", [
            "copy the timestamps of <file> to <file2>", "give <file2> the same modification time as <file>",
        ]),
        ("truncate -s <filesize> <newfile>", [
            "create a sparse <filesize> file <newfile>", "sparse file <newfile> of <filesize>",
            "make <newfile> <filesize> big without writing data",
        ]),
        ("head -c <filesize> /dev/urandom > <newfile>", [
            "create a <filesize> file of random data named <newfile>", "fill <newfile> with <filesize> of random bytes",
            "write <filesize> of random data to <newfile>",
        ]),
        ("split -n <count> <bigfile>", [
            "split <bigfile> into <count> equal parts", "cut <bigfile> into <count> pieces of the same size",
        ]),
        ("mkfifo <pipe>", [
            "create a named pipe <pipe>", "make a fifo called <pipe>", "new named pipe at <pipe>",
        ]),
    ]),
    ("text", [  # random values, hashes, sums
        ("qrencode -o <qr_png> <url>", [
            "make a qr code png <qr_png> for <url>", "create a qr code image <qr_png> of <url>",
            "qr code for <url> saved as <qr_png>",
        ]),
        ("qrencode -t ansiutf8 <url>", [
            "show a qr code for <url> in the terminal", "print <url> as a qr code right here",
        ]),
        ("openssl passwd -6 <password>", [
            "sha-512 password hash of <password>", "hash the password <password> for /etc/shadow",
            "crypt hash for the password <password>",
        ]),
        ("echo -n '<hashword>' | sha1sum", [
            "sha1 of the string <hashword>", "sha1 hash of the text <hashword>",
        ]),
        ("echo -n '<hashword>' | md5sum", [
            "md5 of the string <hashword>", "md5 hash of the text <hashword>",
        ]),
        ("echo '<b64>' | base64 -d", [
            "decode the base64 string <b64>", "base64 decode <b64>", "what does <b64> decode to",
        ]),
        ("echo -n '<hashword>' | base64", [
            "base64 encode the text <hashword>", "encode the string <hashword> in base64",
        ]),
        ("base64 -w 0 <picture>", [
            "base64 <picture> on one line", "encode <picture> in base64 without line wrapping",
        ]),
        ("sha256sum -c <sums_file>", [
            "verify the files against <sums_file>", "check the checksums in <sums_file>",
            "validate the downloads with <sums_file>",
        ]),
        ("shuf -n 1 <listfile>", [
            "pick a random line from <listfile>", "one random line of <listfile>", "choose a random entry from <listfile>",
        ]),
        ("shuf -n <count> /usr/share/dict/words | paste -sd ' '", [
            "random passphrase of <count> words", "<count> random dictionary words in a row",
        ]),
        ("uuidgen", [
            "make me a uuid", "new uuid please", "i need a uuid",
        ]),
        ("openssl rand -hex <length>", [
            "<length> random bytes as hex", "give me <length> random bytes in hex",
        ]),
        ("echo 'scale=<digits>; <division>' | bc", [
            "divide <division> with <digits> decimal places", "<division> to <digits> decimals",
        ]),
        ("echo 'sqrt(<number>)' | bc -l", [
            "square root of <number>", "sqrt of <number>", "what is the square root of <number>",
        ]),
        ("factor <number>", [
            "prime factors of <number>", "factorize <number>", "is <number> a prime number",
        ]),
        ("echo $((<number> % <divisor>))", [
            "remainder of <number> divided by <divisor>", "<number> mod <divisor>", "<number> modulo <divisor>",
        ]),
        ("echo '2^<exponent>' | bc", [
            "2 to the power of <exponent>", "what is 2 to the <exponent>", "two raised to <exponent>",
        ]),
        ("echo $((16#<hexnum>))", [
            "hex <hexnum> to decimal", "convert 0x<hexnum> to decimal", "what is <hexnum> hex in decimal",
        ]),
        ("seq -s+ 1 <n> | bc", [
            "sum of the numbers 1 to <n>", "add up 1 through <n>", "total of all numbers from 1 to <n>",
        ]),
        ("seq 2 2 <n>", [
            "even numbers up to <n>", "print the even numbers from 2 to <n>",
        ]),
        ("awk '{s+=$1} END {print s/NR}' <numbers_file>", [
            "average of the numbers in <numbers_file>", "mean of the values in <numbers_file>",
            "what's the average in <numbers_file>",
        ]),
        ("sort -n <numbers_file> | tail -n 1", [
            "largest number in <numbers_file>", "max value in <numbers_file>", "highest number of <numbers_file>",
        ]),
        ("sort -n <numbers_file> | head -n 1", [
            "smallest number in <numbers_file>", "min value in <numbers_file>", "lowest number of <numbers_file>",
        ]),
        ("echo 'scale=<digits>; 4*a(1)' | bc -l", [
            "pi to <digits> digits", "calculate pi to <digits> decimal places",
        ]),
        ("echo 'l(<number>)' | bc -l", [
            "natural log of <number>", "ln of <number>",
        ]),
    ]),
    ("system", [  # dates, the terminal, kernel modules
        ("cal <month> <year>", [
            "calendar for <month> <year>", "show <month> <year> as a calendar", "the calendar of <month> <year>",
        ]),
        ("date -Iseconds", [
            "current time in iso 8601", "iso 8601 timestamp with seconds", "date and time in iso format",
        ]),
        ("date -d <date> +%A", [
            "what day of the week was <date>", "weekday of <date>", "which day of the week is <date>",
        ]),
        ("date -d yesterday +%F", [
            "yesterday's date as YYYY-MM-DD", "yesterday in iso format", "yesterday's date in year-month-day form",
        ]),
        ("date +%V", [
            "week number", "what week of the year is it", "current iso week number",
        ]),
        ("stat -c %y <file>", [
            "when was <file> last modified", "modification time of <file>", "last change date of <file>",
        ]),
        ("date -d 'next <weekday>'", [
            "what date is next <weekday>", "date of next <weekday>", "when is next <weekday>",
        ]),
        ("date -d <date> +%s", [
            "epoch seconds for <date>", "<date> as a unix timestamp", "unix time of <date>",
        ]),
        ("echo $(( ($(date -d <date2> +%s) - $(date -d <date> +%s)) / 86400 ))", [
            "how many days between <date> and <date2>", "days from <date> to <date2>",
        ]),
        ("TZ=<tzcity> date", [
            "what time is it in <tzcity> right now", "the time in <tzcity>", "<tzcity> time now",
        ]),
        ("xclip -selection clipboard -o > <file>", [
            "paste the clipboard into <file>", "save the clipboard to <file>", "write what's on the clipboard to <file>",
        ]),
        ("pwd | xclip -selection clipboard", [
            "copy the current path to the clipboard", "put the working directory path on the clipboard",
        ]),
        ("type <program>", [
            "is <program> an alias or a binary", "what kind of command is <program>",
            "is <program> a builtin, an alias or a program",
        ]),
        ("tmux attach -t <mux_session>", [
            "reattach to the tmux session <mux_session>", "go back into tmux <mux_session>",
        ]),
        ("tmux kill-session -t <mux_session>", [
            "kill the tmux session <mux_session>", "close tmux session <mux_session>", "end the <mux_session> tmux session",
        ]),
        ("tmux new -s <mux_session>", [
            "start a tmux session named <mux_session>", "new tmux session called <mux_session>",
        ]),
        ("tmux ls", [
            "list tmux sessions", "which tmux sessions are running",
        ]),
        ("screen -S <mux_session>", [
            "start a screen session named <mux_session>", "new screen session called <mux_session>",
        ]),
        ("screen -r <mux_session>", [
            "reattach to the screen session <mux_session>", "get back into my detached screen <mux_session>",
        ]),
        ("lspci | grep -i vga", [
            "what gpu do i have", "which graphics card is installed", "show my video card",
        ]),
        ("sudo modprobe -r <module>", [
            "unload the <module> module", "remove the kernel module <module>", "unload kernel module <module>",
        ]),
        ("modinfo <module>", [
            "details about the <module> module", "info on the kernel module <module>", "describe kernel module <module>",
        ]),
        ("watch -n 1 nvidia-smi", [
            "watch gpu usage every second", "live nvidia gpu usage", "monitor the gpu continuously",
        ]),
        ("sudo localectl set-locale LANG=<locale>", [
            "set the system locale to <locale>", "change the locale to <locale>",
        ]),
    ]),
    ("networking", [
        ("ssh-add <ssh_key>", [
            "add <ssh_key> to the ssh agent", "load <ssh_key> into ssh-agent", "give the agent the key <ssh_key>",
        ]),
        ("ssh-add -l", [
            "which keys are loaded in the ssh agent", "list the agent's keys", "show keys in ssh-agent",
        ]),
        ("ssh-keygen -t rsa -b 4096", [
            "create a 4096 bit rsa key", "new rsa ssh key of 4096 bits", "generate an rsa 4096 ssh key",
        ]),
        ("ssh-keygen -lf <ssh_key>.pub", [
            "fingerprint of <ssh_key>.pub", "show the fingerprint of the key <ssh_key>.pub",
        ]),
        ("ssh-keygen -p -f <ssh_key>", [
            "change the passphrase of <ssh_key>", "set a new passphrase on <ssh_key>",
        ]),
        ("ssh-keygen -R <server>", [
            "remove <server> from known_hosts", "forget the host key of <server>",
            "delete the old host key for <server>",
        ]),
        ("ssh-keygen -y -f <ssh_key>", [
            "print the public key of <ssh_key>", "derive the public key from <ssh_key>",
            "regenerate the public key from the private key <ssh_key>",
        ]),
        ("ssh-keygen -t ed25519 -f <ssh_key> -N ''", [
            "create an ed25519 key at <ssh_key> with no passphrase",
            "new ed25519 key <ssh_key> without a passphrase",
        ]),
        ("sshfs <server>:<remote_dir> <mountdir>", [
            "mount <remote_dir> from <server> at <mountdir> with sshfs", "sshfs <server>'s <remote_dir> onto <mountdir>",
        ]),
        ("fusermount -u <mountdir>", [
            "unmount the sshfs mount <mountdir>", "unmount the fuse mount at <mountdir>",
        ]),
        ("scp -P <port> <file> <server>:<remote_dir>", [
            "copy <file> to <server>:<remote_dir> over ssh port <port>", "scp <file> to <server>:<remote_dir> on port <port>",
        ]),
        ("ssh -L <port>:localhost:<port2> <server>", [
            "forward local port <port> to port <port2> on <server>", "tunnel local <port> to <server>'s port <port2>",
        ]),
        ("mtr -r -c <count> <host>", [
            "mtr report to <host> with <count> cycles", "run mtr against <host> <count> times and print a report",
        ]),
        ("dig -x <ipaddr>", [
            "reverse dns lookup of <ipaddr>", "which hostname does <ipaddr> resolve to", "ptr record of <ipaddr>",
        ]),
    ]),
    ("packages", [  # developers' tools
        ("npm install --save-dev <npmpkg>", [
            "install <npmpkg> as a dev dependency", "add <npmpkg> to the dev dependencies",
        ]),
        ("npm run <npmscript>", [
            "run the <npmscript> script", "run the <npmscript> script from package.json", "npm <npmscript> script",
        ]),
        ("make -j<jobs>", [
            "build with make using <jobs> jobs", "make with <jobs> parallel jobs", "compile with <jobs> jobs at once",
        ]),
        ("cargo build --release", [
            "build the rust project in release mode", "cargo release build", "compile my rust code optimized",
        ]),
        ("cargo test", [
            "run the rust tests", "test my rust project",
        ]),
        ("go test ./...", [
            "run all go tests", "test every go package", "run go tests for all packages",
        ]),
        ("go mod init <gomodule>", [
            "initialize a go module <gomodule>", "create go.mod for <gomodule>", "start a go module named <gomodule>",
        ]),
    ]),
    ("git", [
        ("git stash pop", [
            "apply the latest stash and drop it", "restore my stashed changes and remove the stash",
        ]),
        ("git blame -L <lrange> <code>", [
            "who changed lines <lrange> of <code>", "blame lines <lrange> of <code>",
        ]),
        ("git bisect start", [
            "start a git bisect", "begin bisecting to find the bad commit",
        ]),
        ("git bisect good <tag>", [
            "mark <tag> as good in the bisect", "tell bisect that <tag> was good",
        ]),
    ]),
]
CATEGORIES += BREADTH_MISSES_TASKS

# A seventh batch, written in session 19 from the misses of a helper's requests about services and data (freshJ):
# jq and awk one-liners, sqlite3, psql and pg_dump, mysql, redis-cli, kubectl, docker compose, lvm, openssl
# certificates, curl against APIs, git worktrees and submodules, other distributions' package managers.
add_slots({
    "json_flag": ("key", ["active", "enabled", "admin", "verified", "done"]),
    "top_n": ("number", counts(3, 5, 10, 20)),
    "list_one": ("file", ["list1.txt", "old.txt", "before.txt", "a.txt", "yesterday.txt"]),
    "list_two": ("file", ["list2.txt", "new.txt", "after.txt", "b.txt", "today.txt"]),
    "tab_file": ("file", ["data.tsv", "export.tsv", "table.tsv", "report.tsv"]),
    "threshold": ("number", ["100", "50", "1000", "0", "500"]),
    "k8s_ns": ("namespace", ["staging", "production", "dev", "monitoring", "kube-system", "default"]),
    "pod": ("pod", ["backend-7d9f8", "web-5c6b7", "api-0", "worker-84f2c", "nginx-66b6c", "redis-0"]),
    "deployment": ("deployment", ["frontend", "api", "worker", "web", "backend", "auth"]),
    "replicas": ("number", ["3", "5", "2", "10", "0"]),
    "manifest": ("file", ["deploy.yaml", "service.yaml", "app.yaml", "k8s/ingress.yaml", "configmap.yaml"]),
    "compose_service": ("service", ["db", "web", "redis", "worker", "api", "proxy"]),
    "sqlite_db": ("file", ["app.db", "data.db", "shop.db", "metrics.db", "notes.db", "cache.sqlite"]),
    "db_table": ("table", ["users", "orders", "events", "products", "sessions", "invoices"]),
    "sqlfile": ("file", ["query.sql", "schema.sql", "migrate.sql", "seed.sql", "report.sql"]),
    "database": ("database", ["blog", "inventory", "shop", "analytics", "crm", "appdb"]),
    "db_user": ("user", ["admin", "reporter", "app", "readonly", "deploy", "etl"]),
    "db_host": ("host", ["db.internal", "10.0.0.20", "pg.example.com", "db1", "postgres.local"]),
    "sql_dump": ("file", ["blog.sql", "backup.sql", "shop.sql", "crm.sql", "export.sql", "nightly.sql"]),
    "redis_key": ("key", ["session:42", "user:1001", "cache:home", "counter", "greeting", "queue:jobs"]),
    "redis_value": ("value", ["hello", "ready", "on", "42", "done"]),
    "redis_pattern": ("pattern", ["user:*", "session:*", "cache:*", "job:*"]),
    "redis_host": ("host", ["cache1", "redis.internal", "10.0.0.30", "cache.example.com"]),
    "flatpak_app": ("package", [(("spotify",), "com.spotify.Client"), (("gimp",), "org.gimp.GIMP"),
                                (("vlc",), "org.videolan.VLC"), (("slack",), "com.slack.Slack"),
                                (("obs",), "com.obsproject.Studio")]),
    "label": ("label", ["BACKUP", "USB", "PHOTOS", "DATA", "MUSIC"]),
    "pv_disk": ("disk", ["/dev/sdc", "/dev/sdd", "/dev/vdb", "/dev/sde", "/dev/xvdf"]),
    "vg": ("volume_group", ["vgdata", "vg0", "vgbackup", "datavg", "vgstore"]),
    "lv": ("logical_volume", ["lvbackup", "lvdata", "lvhome", "lvlogs", "lvdb"]),
    "lv_size": ("size", ["10G", "50G", "100G", "20G", "5G"]),
    "nfs_export": ("path", ["fileserver:/exports/home", "nas:/volume1/data", "10.0.0.5:/srv/nfs", "storage:/export/media"]),
    "backup_dir": ("directory", ["/mnt/backup", "/backup/data", "/media/usb/backup", "/srv/backups", "/mnt/nas/backup"]),
    "disk_image": ("file", ["/mnt/ext/sda.img", "backup.img", "/media/usb/disk.img", "/srv/images/nvme.img"]),
    "cert": ("file", ["cert.pem", "server.crt", "example.com.crt", "tls.crt", "fullchain.pem"]),
    "key_pem": ("file", ["key.pem", "server.key", "tls.key", "private.pem"]),
    "tls_host": ("host", ["example.com", "github.com", "api.example.com", "mail.example.org", "shop.example.net"]),
    "web_api_url": ("url", ["https://api.example.com/me", "http://localhost:8080/api/users", "https://api.example.com/v1/items",
                        "http://localhost:3000/health", "https://httpbin.org/anything"]),
    "token": ("token", ["abc123", "eyJhbGciOi", "t0k3n", "s3cr3t-token", "ghp_x1y2z3"]),
    "http_user": ("user", ["admin", "alice", "api", "svc"]),
    "http_pass": ("password", ["hunter2", "s3cret", "pa55word", "changeme"]),
    "lockfile": ("file", ["/var/lib/dpkg/lock", "/var/lib/apt/lists/lock", "/tmp/app.lock", "/var/lib/dpkg/lock-frontend"]),
    "base_branch": ("branch", ["main", "develop", "master", "release"]),
    "worktree_dir": ("directory", ["../hotfix", "../feature", "../review", "/tmp/wt", "../release"]),
    "vendor_path": ("directory", ["vendor/lib", "third_party/json", "libs/core", "external/proto"]),
    "new_remote": ("remote", ["old-origin", "github", "mirror", "archive"]),
    "sys_script": ("file", ["/usr/local/bin/report.sh", "/opt/app/cleanup.sh", "/usr/local/bin/backup.sh",
                            "/home/deploy/sync.sh", "/srv/jobs/rotate.sh"]),
})
SERVICES_AND_DATA_TASKS = [
    ("text", [  # jq and awk
        ("jq -r '.[].<jkey>' <jsonfile>", [
            "the <jkey> of every object in <jsonfile>", "pull <jkey> out of each item in the array in <jsonfile>",
            "list the <jkey> field of all entries in <jsonfile>",
        ]),
        ("jq -r '.<jkey>' <jsonfile>", [
            "print the <jkey> field of <jsonfile>", "read <jkey> from <jsonfile> with jq",
        ]),
        ("jq 'keys' <jsonfile>", [
            "top level keys of <jsonfile>", "which keys does <jsonfile> have", "list the keys in <jsonfile>",
        ]),
        ("jq length <jsonfile>", [
            "how many items are in <jsonfile>", "count the elements of the array in <jsonfile>",
        ]),
        ("jq '.[] | select(.<json_flag> == true)' <jsonfile>", [
            "objects in <jsonfile> where <json_flag> is true", "filter <jsonfile> to the items with <json_flag> set",
            "only the entries of <jsonfile> that are <json_flag>",
        ]),
        ("awk -F, '{s+=$<col>} END {print s}' <csvfile>", [
            "sum of <col> of <csvfile>", "add up <col> in <csvfile>", "total of <col> of <csvfile>",
        ]),
        ("awk '{print $1}' <logfile> | sort | uniq -c | sort -rn | head -n <top_n>", [
            "top <top_n> most frequent ips in <logfile>", "<top_n> most common first fields in <logfile>",
            "which <top_n> addresses show up most in <logfile>",
        ]),
        ("sort <listfile> | uniq | wc -l", [
            "count the unique lines in <listfile>", "how many distinct lines does <listfile> have",
        ]),
        ("comm -23 <(sort <list_one>) <(sort <list_two>)", [
            "lines in <list_one> but not in <list_two>", "what does <list_one> have that <list_two> doesn't",
            "entries of <list_one> missing from <list_two>",
        ]),
        ("comm -12 <(sort <list_one>) <(sort <list_two>)", [
            "lines common to <list_one> and <list_two>", "lines that are in both <list_one> and <list_two>",
        ]),
        ("paste -d, <list_one> <list_two>", [
            "put <list_one> and <list_two> side by side with commas", "glue <list_one> and <list_two> together line by line",
        ]),
        ("join <list_one> <list_two>", [
            "join <list_one> and <list_two> on their first column", "combine <list_one> and <list_two> by the first field",
        ]),
        ("sort -t, -k<col>,<col> -nr <csvfile>", [
            "sort <csvfile> by <col> numerically, highest first", "order <csvfile> by <col>, biggest number on top",
        ]),
        ("tr '\\t' ',' < <tab_file> > <csvfile>", [
            "convert <tab_file> to csv as <csvfile>", "turn the tabs in <tab_file> into commas and save <csvfile>",
        ]),
        ("awk '$<col> > <threshold>' <spacefile>", [
            "lines of <spacefile> whose <col> is above <threshold>", "rows in <spacefile> where <col> exceeds <threshold>",
        ]),
        ("awk '!seen[$0]++' <listfile>", [
            "drop repeated lines from <listfile> keeping the first of each in order",
            "dedupe <listfile> without sorting it",
        ]),
        ("head -n 1 <csvfile> | awk -F, '{print NF}'", [
            "number of columns in <csvfile>", "how many fields does the header of <csvfile> have",
        ]),
    ]),
    ("services", [  # containers and databases
        ("docker compose down -v", [
            "tear down the compose project and its volumes", "docker compose down and delete the volumes too",
        ]),
        ("docker system df", [
            "how much disk space does docker use", "docker disk usage", "space taken by docker images and volumes",
        ]),
        ("docker cp <container>:<sysconf> .", [
            "copy <sysconf> out of the <container> container", "get <sysconf> from container <container> into this folder",
        ]),
        ("docker compose restart <compose_service>", [
            "restart only the <compose_service> service in compose", "docker compose restart just <compose_service>",
        ]),
        ("docker compose logs -f <compose_service>", [
            "follow the compose logs of <compose_service>", "tail the logs of the <compose_service> compose service",
        ]),
        ("kubectl get pods -n <k8s_ns>", [
            "list pods in namespace <k8s_ns>", "kubectl pods in <k8s_ns>", "what pods are running in <k8s_ns>",
        ]),
        ("kubectl get pods", [
            "list the kubernetes pods", "show my pods", "kubectl list pods",
        ]),
        ("kubectl logs <pod>", [
            "show the logs of pod <pod>", "logs for the pod <pod>", "kubectl logs of <pod>",
        ]),
        ("kubectl logs -f <pod>", [
            "follow the logs of pod <pod>", "stream the logs of the pod <pod>",
        ]),
        ("kubectl scale deployment <deployment> --replicas=<replicas>", [
            "scale <deployment> to <replicas> replicas", "set the <deployment> deployment to <replicas> pods",
        ]),
        ("kubectl apply -f <manifest>", [
            "apply <manifest> to the cluster", "kubectl apply <manifest>", "deploy <manifest> to kubernetes",
        ]),
        ("kubectl describe pod <pod>", [
            "describe pod <pod>", "details of the pod <pod>", "why is pod <pod> not starting",
        ]),
        ("kubectl exec -it <pod> -- /bin/sh", [
            "open a shell in pod <pod>", "get a shell inside the pod <pod>",
        ]),
        ("kubectl get svc", [
            "list kubernetes services", "show the services in the cluster",
        ]),
        ("kubectl rollout restart deployment <deployment>", [
            "restart the <deployment> deployment", "rolling restart of <deployment>",
        ]),
        ("sqlite3 <sqlite_db> .tables", [
            "list the tables in <sqlite_db>", "what tables does the sqlite database <sqlite_db> have",
        ]),
        ("sqlite3 <sqlite_db> '.schema <db_table>'", [
            "schema of the <db_table> table in <sqlite_db>", "show how <db_table> is defined in <sqlite_db>",
        ]),
        ("sqlite3 <sqlite_db> 'SELECT COUNT(*) FROM <db_table>;'", [
            "count the rows in the <db_table> table of <sqlite_db>", "how many rows does <db_table> in <sqlite_db> have",
        ]),
        ("sqlite3 -header -csv <sqlite_db> 'SELECT * FROM <db_table>;' > <csvfile>", [
            "export the <db_table> table of <sqlite_db> to <csvfile>", "dump <db_table> from <sqlite_db> as csv into <csvfile>",
        ]),
        ("sqlite3 <sqlite_db> < <sqlfile>", [
            "run the sql in <sqlfile> against <sqlite_db>", "execute <sqlfile> on the sqlite database <sqlite_db>",
        ]),
        ("psql -h <db_host> -U <db_user> -d <database>", [
            "connect to postgres database <database> on <db_host> as <db_user>",
            "psql into <database> at <db_host> as user <db_user>",
        ]),
        ("psql -l", [
            "list all postgres databases", "which postgres databases exist",
        ]),
        ("pg_dump <database> > <sql_dump>", [
            "dump the postgres database <database> to <sql_dump>", "back up the postgres db <database> into <sql_dump>",
        ]),
        ("psql <database> < <sql_dump>", [
            "restore <sql_dump> into the postgres database <database>", "load <sql_dump> into postgres db <database>",
        ]),
        ("createdb <database>", [
            "create a postgres database <database>", "new postgres db called <database>",
        ]),
        ("createuser -P <db_user>", [
            "create a postgres role <db_user> and ask for its password", "new postgres user <db_user> with a password",
        ]),
        ("mysqldump -u root -p <database> > <sql_dump>", [
            "dump the mysql database <database> to <sql_dump>", "mysqldump <database> as root into <sql_dump>",
        ]),
        ("mysql -u root -p <database> < <sql_dump>", [
            "import <sql_dump> into the mysql database <database>", "load <sql_dump> into mysql db <database> as root",
        ]),
        ("mysql -u root -p -e 'SHOW DATABASES;'", [
            "show all mysql databases", "list the mysql databases as root",
        ]),
        ("redis-cli GET <redis_key>", [
            "redis get <redis_key>", "read the redis key <redis_key>", "value of <redis_key> in redis",
        ]),
        ("redis-cli SET <redis_key> <redis_value>", [
            "set the redis key <redis_key> to <redis_value>", "store <redis_value> under <redis_key> in redis",
        ]),
        ("redis-cli --scan --pattern '<redis_pattern>'", [
            "find the redis keys matching <redis_pattern>", "list redis keys like <redis_pattern>",
        ]),
        ("redis-cli ping", [
            "is redis alive", "check that redis answers",
        ]),
        ("redis-cli -h <redis_host> FLUSHALL", [
            "wipe everything in redis on <redis_host>", "flush all keys of the redis server <redis_host>",
        ]),
    ]),
    ("packages", [
        ("sudo apt update && sudo apt upgrade", [
            "refresh the package lists and upgrade everything", "update and upgrade all packages",
        ]),
        ("dpkg -l | grep <keyword>", [
            "installed packages with <keyword> in the name", "which installed packages mention <keyword>",
        ]),
        ("sudo dnf install <package>", [
            "install <package> on fedora", "dnf install <package>",
        ]),
        ("sudo dnf upgrade", [
            "update everything on fedora", "upgrade all fedora packages",
        ]),
        ("sudo pacman -Syu", [
            "full system upgrade on arch", "update arch linux",
        ]),
        ("pacman -Ss <package>", [
            "search the arch repos for <package>", "look for <package> with pacman",
        ]),
        ("sudo pacman -S <package>", [
            "install <package> on arch", "pacman install <package>",
        ]),
        ("flatpak install flathub <flatpak_app>", [
            "install <flatpak_app> from flathub", "get <flatpak_app> as a flatpak",
        ]),
        ("flatpak list", [
            "list flatpak apps", "which flatpaks are installed",
        ]),
    ]),
    ("disk", [
        ("sudo mkfs.vfat -F 32 -n <label> <device>", [
            "format <device> as fat32 with label <label>", "make <device> a fat32 drive named <label>",
        ]),
        ("sudo fallocate -l <filesize> /swapfile && sudo chmod 600 /swapfile && sudo mkswap /swapfile && sudo swapon "
         "/swapfile", [
            "create a <filesize> swap file and turn it on", "add <filesize> of swap with a swap file",
        ]),
        ("sudo du -sh <directory>/*", [
            "size of each item in <directory>", "what's taking up space in <directory>, top level only",
        ]),
        ("sudo pvcreate <pv_disk>", [
            "initialize <pv_disk> as an lvm physical volume", "make <pv_disk> an lvm pv",
        ]),
        ("sudo vgcreate <vg> <pv_disk>", [
            "create volume group <vg> from <pv_disk>", "new lvm volume group <vg> on <pv_disk>",
        ]),
        ("sudo lvcreate -L <lv_size> -n <lv> <vg>", [
            "make a <lv_size> logical volume <lv> in <vg>", "create lv <lv> of <lv_size> in volume group <vg>",
        ]),
        ("sudo lvextend -r -L +<lv_size> /dev/<vg>/<lv>", [
            "grow /dev/<vg>/<lv> by <lv_size> and resize its filesystem", "extend <lv> in <vg> by <lv_size>",
        ]),
        ("sudo lvs", [
            "list lvm logical volumes", "show the logical volumes",
        ]),
        ("sudo vgs", [
            "list lvm volume groups", "show the volume groups",
        ]),
        ("sudo mount -t nfs <nfs_export> <mountpoint>", [
            "mount the nfs export <nfs_export> on <mountpoint>", "mount nfs share <nfs_export> at <mountpoint>",
        ]),
        ("sudo dd if=<disk> of=<disk_image> bs=4M status=progress", [
            "image the whole disk <disk> into <disk_image>", "copy disk <disk> to the image file <disk_image>",
        ]),
    ]),
    ("archives", [  # backups
        ("rsync -av --delete <directory>/ <backup_dir>/", [
            "mirror <directory> to <backup_dir> and delete files that are gone",
            "sync <directory> to <backup_dir> exactly, removing extras",
        ]),
        ("rsync -avn <directory>/ <backup_dir>/", [
            "dry run of an rsync from <directory> to <backup_dir>", "show what rsync would copy from <directory> to <backup_dir>",
        ]),
        ("tar -czf backup-$(date +%F).tar.gz <directory>", [
            "archive <directory> into a tar.gz with today's date in the name",
            "dated tar.gz backup of <directory>",
        ]),
        ("(crontab -l; echo '0 2 * * * <sys_script>') | crontab -", [
            "schedule <sys_script> to run every day at 2am", "run <sys_script> daily at 2 in the morning with cron",
        ]),
        ("rsync -av -e 'ssh -p <port>' <directory>/ <server>:<remote_dir>", [
            "rsync <directory> to <server>:<remote_dir> over ssh on port <port>",
            "sync <directory> to <server>:<remote_dir>, ssh listens on <port>",
        ]),
        ("rsync -P <bigfile> <mountpoint>/", [
            "copy <bigfile> to <mountpoint> with a progress bar, resumable", "resumable copy of <bigfile> to <mountpoint>",
        ]),
        ("xz -9 <tar>", [
            "compress <tar> with xz at the highest level", "xz <tar> with maximum compression",
        ]),
        ("gzip -t <targz>", [
            "check whether <targz> is corrupted", "test the integrity of <targz>",
        ]),
    ]),
    ("networking", [  # web, certificates
        ("openssl req -x509 -newkey rsa:4096 -keyout <key_pem> -out <cert> -days 365 -nodes", [
            "self signed certificate <cert> with key <key_pem>, valid a year",
            "generate a self-signed cert <cert> and key <key_pem>",
        ]),
        ("echo | openssl s_client -connect <tls_host>:443 2>/dev/null | openssl x509 -noout -dates", [
            "when does the tls certificate of <tls_host> expire", "certificate expiry date of <tls_host>",
        ]),
        ("openssl x509 -in <cert> -text -noout", [
            "print the details of <cert>", "decode the certificate <cert>", "what's inside the cert <cert>",
        ]),
        ("curl -H 'Authorization: Bearer <token>' <web_api_url>", [
            "call <web_api_url> with bearer token <token>", "request <web_api_url> with the token <token>",
        ]),
        ("curl -u <http_user>:<http_pass> <web_api_url>", [
            "request <web_api_url> with basic auth user <http_user> password <http_pass>",
            "curl <web_api_url> as <http_user> with password <http_pass>",
        ]),
        ("curl -X DELETE <web_api_url>", [
            "send a delete request to <web_api_url>", "http delete <web_api_url>",
        ]),
        ("curl -F 'file=@<file>' <web_api_url>", [
            "upload <file> as form field file to <web_api_url>", "post <file> as a multipart upload to <web_api_url>",
        ]),
    ]),
    ("users", [
        ("sudo chage -d 0 <user>", [
            "make <user> change the password at next login", "force <user> to pick a new password next time",
        ]),
        ("chmod 600 <ssh_key>", [
            "ssh says <ssh_key> is too open, fix it", "fix the permissions of my key <ssh_key>",
        ]),
    ]),
    ("processes", [
        ("nohup ./<script> > <logfile> 2>&1 &", [
            "run <script> so it keeps going after i log out, output to <logfile>",
            "start <script> in the background immune to hangups, logging to <logfile>",
        ]),
        ("sudo systemd-run --on-active=<minutes>m <sys_script>", [
            "run <sys_script> once in <minutes> minutes with systemd",
            "schedule <sys_script> <minutes> minutes from now with a timer",
        ]),
        ("sudo lsof <lockfile>", [
            "which process is holding <lockfile>", "who has <lockfile> open",
        ]),
    ]),
    ("git", [
        ("git rebase <base_branch> <branch>", [
            "rebase <branch> onto <base_branch>", "replay <branch> on top of <base_branch>",
        ]),
        ("git clone --recurse-submodules <repo>", [
            "clone <repo> with its submodules", "clone <repo> including submodules",
        ]),
        ("git submodule update --init --recursive", [
            "fetch the submodules after cloning", "initialize all submodules", "pull in missing git submodules",
        ]),
        ("git submodule add <repo> <vendor_path>", [
            "add <repo> as a submodule in <vendor_path>", "submodule <repo> at <vendor_path>",
        ]),
        ("git worktree add <worktree_dir> <branch>", [
            "check out <branch> in a worktree at <worktree_dir>", "worktree for <branch> in <worktree_dir>",
        ]),
        ("git worktree add -b <branch> <worktree_dir>", [
            "create a worktree at <worktree_dir> on a new branch <branch>",
            "new branch <branch> in a new worktree <worktree_dir>",
        ]),
        ("git worktree list", [
            "list git worktrees", "which worktrees does this repo have",
        ]),
        ("git tag -a <tag> -m <message>", [
            "create an annotated tag <tag> with message <message>", "annotated tag <tag> saying <message>",
        ]),
        ("git tag -d <tag> && git push origin --delete <tag>", [
            "delete tag <tag> locally and on origin", "remove the tag <tag> here and on the remote",
        ]),
        ("git remote rename <remote> <new_remote>", [
            "rename remote <remote> to <new_remote>", "call the remote <remote> <new_remote> from now on",
        ]),
        ("git fetch --prune <remote>", [
            "fetch from <remote> and prune deleted branches", "fetch <remote> and drop branches deleted there",
        ]),
    ]),
]
CATEGORIES += SERVICES_AND_DATA_TASKS

# An eighth batch, written in session 19 from the misses of a helper's requests about the shell, searching, network
# settings, firewalls, monitoring, logs, text editing, permissions and services (freshL): loops and redirection,
# find's tests, ip addr and route, nmcli, firewalld and iptables, logrotate, dmesg levels, sed's insert and backup,
# chmod --reference, systemd timers and user services.
add_slots({
    "loop_ext": ("extension", ["txt", "log", "csv", "jpg", "md", "json"]),
    "host_list": ("hosts", [(("web1, web2 and web3",), "web1 web2 web3"), (("db1, db2 and db3",), "db1 db2 db3"),
                            (("node1, node2 and node3",), "node1 node2 node3"),
                            (("app1, app2 and app3",), "app1 app2 app3")]),
    "url_list": ("file", ["urls.txt", "links.txt", "sites.txt", "endpoints.txt"]),
    "text_line": ("text", ["hello world", "done", "ready", "build ok", "42"]),
    "out_txt": ("file", ["greeting.txt", "status.txt", "note.txt", "out.txt", "message.txt"]),
    "build_log": ("file", ["build.log", "make.log", "output.log", "compile.log"]),
    "shell_var": ("variable", ["HOST", "MACHINE", "NAME", "BOX"]),
    "list_out": ("file", ["files.txt", "listing.txt", "ls.txt", "contents.txt"]),
    "bin_dir": ("directory", ["/opt/tools/bin", "~/.local/bin", "/usr/local/go/bin", "~/bin", "/opt/node/bin"]),
    "conf_name": ("file", ["nginx.conf", "sshd_config", "my.cnf", "php.ini", "redis.conf", "pg_hba.conf"]),
    "whole_word": ("word", ["main", "TODO", "init", "error", "config", "password"]),
    "cidr": ("address", ["192.168.1.50/24", "10.0.0.15/24", "172.16.0.9/16", "192.168.10.2/24"]),
    "gateway": ("ip", ["10.0.0.1", "192.168.1.1", "172.16.0.1", "192.168.0.254"]),
    "host_alias": ("hostname", ["dev.local", "app.test", "myserver.lan", "db.local", "api.internal"]),
    "mtu": ("number", ["9000", "1400", "1500", "1280"]),
    "fw_service": ("service", ["http", "https", "ssh", "dns", "smtp"]),
    "port_range": ("ports", [(("6000 to 6010", "6000-6010"), "6000:6010"), (("8000 to 8100", "8000-8100"), "8000:8100"),
                             (("60000 to 61000", "60000-61000"), "60000:61000")]),
    "port_from": ("port", ["80", "443", "25"]),
    "port_to": ("port", ["8080", "8443", "3000", "2525"]),
    "window": ("time", [(("between 2024-03-01 10:00 and 2024-03-01 12:00",),
                         "--since '2024-03-01 10:00' --until '2024-03-01 12:00'"),
                        (("between 2025-01-15 08:00 and 2025-01-15 09:30",),
                         "--since '2025-01-15 08:00' --until '2025-01-15 09:30'"),
                        (("from 2024-11-02 22:00 to 2024-11-03 01:00",),
                         "--since '2024-11-02 22:00' --until '2024-11-03 01:00'")]),
    "logrotate_conf": ("file", ["/etc/logrotate.d/myapp", "/etc/logrotate.d/nginx", "/etc/logrotate.d/app",
                                "/etc/logrotate.d/rsyslog"]),
    "sshd_setting": ("setting", ["PermitRootLogin", "PasswordAuthentication", "X11Forwarding", "UsePAM"]),
    "header_text": ("text", ["Header", "name,email", "# list", "id,value"]),
    "old_word": ("pattern", ["http:", "foo", "localhost", "8080", "debug"]),
    "new_word": ("text", ["https:", "bar", "127.0.0.1", "9090", "info"]),
    "conf_file": ("file", ["urls.conf", "app.conf", "settings.ini", "config.txt", "site.conf"]),
    "umask_val": ("mode", ["027", "022", "077", "002"]),
    "timer": ("service", ["backup.timer", "cleanup.timer", "certbot.timer", "fstrim.timer", "logrotate.timer"]),
    "target": ("unit", ["multi-user.target", "graphical.target", "network-online.target", "default.target"]),
    "user_service": ("service", ["syncthing", "pipewire", "emacs", "podman", "mpd"]),
})
SHELL_AND_NETWORK_TASKS = [
    ("text", [  # the shell and text editing
        ("for f in *.<loop_ext>; do echo \"$f\"; done", [
            "loop over every .<loop_ext> file here and print its name", "for each <loop_ext> file in this folder echo its name",
        ]),
        ("for h in <host_list>; do ping -c 1 \"$h\"; done", [
            "ping <host_list> once each", "loop over <host_list> and ping each one once",
        ]),
        ("while read -r url; do curl \"$url\"; done < <url_list>", [
            "curl every url in <url_list>", "read <url_list> line by line and fetch each url",
        ]),
        ("echo '<text_line>' > <out_txt>", [
            "write the text <text_line> into <out_txt>", "put <text_line> in <out_txt>, replacing what's there",
        ]),
        ("date >> <logfile>", [
            "append today's date to <logfile>", "add the current date at the end of <logfile>",
        ]),
        ("make > <build_log> 2>&1", [
            "run make and capture stdout and stderr in <build_log>", "make, with all its output going to <build_log>",
        ]),
        ("<shell_var>=$(hostname)", [
            "store the hostname in a variable named <shell_var>", "save the machine's name into <shell_var>",
        ]),
        ("seq 1 <n>", [
            "print the numbers 1 to <n>", "count from 1 to <n>, one per line",
        ]),
        ("ls | tee <list_out>", [
            "show the ls output and also save it to <list_out>", "list files to the screen and into <list_out> at once",
        ]),
        ("echo 'export PATH=\"$PATH:<bin_dir>\"' >> ~/.bashrc", [
            "permanently add <bin_dir> to my PATH", "put <bin_dir> on the PATH in .bashrc for good",
        ]),
        ("column -t -s: /etc/passwd", [
            "show /etc/passwd in aligned columns", "print /etc/passwd as a neat table",
        ]),
        ("awk '{s+=$<col>} END {print s}' <spacefile>", [
            "add up <col> of <spacefile>", "sum the numbers in <col> of <spacefile>",
        ]),
        ("tr -d '0-9' < <textfile>", [
            "remove all digits from <textfile>", "strip the numbers out of <textfile>",
        ]),
        ("tr -s ' ' < <textfile>", [
            "collapse runs of spaces in <textfile>", "squeeze repeated spaces in <textfile> into one",
        ]),
        ("sudo sed -i 's/^<sshd_setting>/#<sshd_setting>/' /etc/ssh/sshd_config", [
            "comment out the <sshd_setting> line in sshd_config", "disable the <sshd_setting> line of sshd_config with a #",
        ]),
        ("cut -d: -f1,3 /etc/passwd", [
            "usernames and uids from /etc/passwd", "print the user name and uid fields of /etc/passwd",
        ]),
        ("sed -i '1i <header_text>' <listfile>", [
            "insert <header_text> as the first line of <listfile>", "put <header_text> at the very top of <listfile>",
            "insert a line at the top of a file",
        ]),
        ("sed -i.bak 's/<old_word>/<new_word>/g' <conf_file>", [
            "replace <old_word> with <new_word> in <conf_file> keeping a .bak backup",
            "swap <old_word> for <new_word> throughout <conf_file>, backup first",
        ]),
    ]),
    ("files", [  # searching
        ("find / -name <conf_name> 2>/dev/null", [
            "where is <conf_name> on this machine", "search the whole system for <conf_name> without the error messages",
        ]),
        ("sudo updatedb", [
            "refresh the locate database", "update the database that locate uses",
        ]),
        ("grep -ri --include='*.py' <pattern> <directory>", [
            "case-insensitive search for <pattern> in the python files under <directory>",
            "look for <pattern> ignoring case in the .py files of <directory>",
        ]),
        ("find <directory> -user <user>", [
            "find everything owned by <user> in <directory>", "files under <directory> that belong to <user>",
            "find files owned by a user",
        ]),
        ("find <directory> -perm 777", [
            "files with 777 permissions under <directory>", "find mode 777 files in <directory>",
        ]),
        ("find / -perm -4000 -type f 2>/dev/null", [
            "list every setuid binary on the system", "find setuid programs",
        ]),
        ("grep -nw <whole_word> <code>", [
            "search <code> for the whole word <whole_word> with line numbers",
            "line numbers where <whole_word> appears as a word in <code>",
        ]),
        ("find <directory> -type f \\( -name '*.jpg' -o -name '*.png' \\)", [
            "find all jpg and png images in <directory>", "every jpg or png file under <directory>",
        ]),
        ("man -w <program>", [
            "where is the man page file of <program>", "path of the manual page for <program>",
        ]),
    ]),
    ("networking", [  # addresses, routes, firewalls
        ("sudo ip addr add <cidr> dev <iface>", [
            "put the ip <cidr> on <iface>", "assign <cidr> to the interface <iface>",
            "add an ip address to a network interface",
        ]),
        ("sudo ip route add default via <gateway>", [
            "set the default gateway to <gateway>", "default route via <gateway>", "set the default gateway",
        ]),
        ("sudo ip route del <subnet>", [
            "remove the route to <subnet>", "delete the route for <subnet>",
        ]),
        ("echo '<ipaddr> <host_alias>' | sudo tee -a /etc/hosts", [
            "point <host_alias> at <ipaddr> in the hosts file", "add <host_alias> with address <ipaddr> to /etc/hosts",
            "add an entry to the hosts file",
        ]),
        ("sudo resolvectl flush-caches", [
            "flush the dns cache", "clear the dns cache on ubuntu",
        ]),
        ("ip link show <iface>", [
            "mac address of <iface>", "link details of <iface>",
        ]),
        ("nmcli radio wifi off", [
            "turn off wifi", "switch the wireless off",
        ]),
        ("nmcli radio wifi on", [
            "turn wifi back on", "switch the wireless on",
        ]),
        ("nmcli connection show --active", [
            "active network connections with nmcli", "which connections are up right now",
        ]),
        ("sudo ip link set <iface> mtu <mtu>", [
            "set the mtu of <iface> to <mtu>", "change <iface>'s mtu to <mtu>",
        ]),
        ("sudo ufw enable", [
            "turn on ufw", "switch the firewall on",
        ]),
        ("sudo ufw disable", [
            "turn ufw off completely", "switch the firewall off",
        ]),
        ("sudo firewall-cmd --permanent --add-port=<port>/tcp && sudo firewall-cmd --reload", [
            "open <port>/tcp in firewalld permanently", "firewalld: allow tcp port <port> for good",
            "open a port in firewalld",
        ]),
        ("sudo firewall-cmd --list-all", [
            "show what firewalld allows", "list the firewalld rules",
        ]),
        ("firewall-cmd --get-default-zone", [
            "default zone of firewalld", "which zone does firewalld use by default",
        ]),
        ("sudo firewall-cmd --permanent --add-service=<fw_service> && sudo firewall-cmd --reload", [
            "allow <fw_service> in firewalld permanently", "let <fw_service> through firewalld for good",
        ]),
        ("sudo iptables -L --line-numbers", [
            "list iptables rules with line numbers", "numbered iptables rules",
        ]),
        ("sudo iptables -A INPUT -p tcp --dport <port> -j DROP", [
            "drop incoming port <port> with iptables", "block tcp port <port> using iptables", "block a port with iptables",
        ]),
        ("sudo netfilter-persistent save", [
            "make the iptables rules survive a reboot", "save the iptables rules permanently",
        ]),
        ("sudo ufw default deny incoming", [
            "deny incoming connections by default with ufw", "ufw: block everything incoming unless allowed",
        ]),
        ("sudo ufw limit ssh", [
            "rate limit ssh with ufw", "throttle ssh connection attempts in ufw",
        ]),
        ("sudo iptables -F", [
            "flush all iptables rules", "wipe the iptables rules",
        ]),
        ("sudo ufw allow <port_range>/udp", [
            "allow udp ports <port_range> in ufw", "open the udp range <port_range> with ufw",
        ]),
        ("sudo iptables -t nat -A PREROUTING -p tcp --dport <port_from> -j REDIRECT --to-port <port_to>", [
            "redirect incoming port <port_from> to <port_to> with iptables", "forward port <port_from> to <port_to> locally",
        ]),
    ]),
    ("processes", [  # monitoring
        ("iostat -x <seconds>", [
            "extended disk io stats every <seconds> seconds", "iostat with extended stats, refreshing each <seconds> s",
        ]),
        ("watch -n 1 free -h", [
            "watch free memory every second", "live view of memory usage",
        ]),
        ("pgrep -a <process>", [
            "get the pid of <process>", "pid of the <process> process", "find the pid of a process",
        ]),
        ("ps -o pid,rss,vsz,cmd -p <pid>", [
            "how much memory is pid <pid> using", "memory of process <pid>",
        ]),
        ("mpstat -P ALL 1", [
            "per-core cpu usage every second", "cpu usage of each core",
        ]),
    ]),
    ("services", [  # logs and units
        ("journalctl <window>", [
            "journal logs <window>", "journal entries <window>",
        ]),
        ("sudo logrotate -f /etc/logrotate.conf", [
            "force logrotate to rotate everything now", "rotate all the logs right now",
        ]),
        ("sudo logrotate -d <logrotate_conf>", [
            "test the logrotate config <logrotate_conf> without rotating", "dry run logrotate on <logrotate_conf>",
            "test a logrotate config",
        ]),
        ("sudo dmesg -l err", [
            "only error messages in dmesg", "kernel errors from dmesg",
        ]),
        ("journalctl -u <service> -n <n> -r", [
            "last <n> <service> journal lines, newest first", "the newest <n> log lines of <service>, latest on top",
        ]),
        ("journalctl -u <service> -o json", [
            "dump the <service> logs as json", "<service> journal in json",
        ]),
        ("sudo dmesg | grep -i usb", [
            "usb messages in dmesg", "what did the kernel say about usb",
        ]),
        ("zgrep <pattern> /var/log/syslog*", [
            "search the current and rotated syslogs for <pattern>", "grep <pattern> in all syslog files, gzipped ones too",
        ]),
        ("sudo systemctl enable --now <timer>", [
            "turn on <timer> and start it now", "enable and start the timer <timer>",
            "enable and start a systemd timer",
        ]),
        ("systemctl list-dependencies <target>", [
            "what does <target> depend on", "units that <target> pulls in",
        ]),
        ("systemctl --user enable --now <user_service>", [
            "enable and start my user-level <user_service> service", "start <user_service> as a user service, also at login",
        ]),
    ]),
    ("archives", [
        ("unzip -t <zip>", [
            "check that <zip> isn't corrupted", "test <zip> for errors",
        ]),
    ]),
    ("permissions", [
        ("umask <umask_val>", [
            "set the umask to <umask_val>", "use umask <umask_val> in this shell",
        ]),
        ("find <ownerdir> -type d -exec chmod 755 {} \\; && find <ownerdir> -type f -exec chmod 644 {} \\;", [
            "make directories 755 and files 644 under <ownerdir>", "fix permissions in <ownerdir>: folders 755, files 644",
        ]),
        ("setfacl -b <file>", [
            "remove all acl entries from <file>", "strip the acls of <file>", "remove all acls from a file",
        ]),
        ("chmod --reference=<file> <file2>", [
            "give <file2> the same permissions as <file>", "copy the mode of <file> onto <file2>",
        ]),
        ("chmod -R a+rX <ownerdir>", [
            "give everyone read access to <ownerdir> and everything inside", "make <ownerdir> readable by all, recursively",
        ]),
    ]),
]
CATEGORIES += SHELL_AND_NETWORK_TASKS

# A ninth batch, written in session 19 from the misses of a helper's requests about the desktop, Python and Node
# tooling, builds, the clock, kernel settings, files, git basics and remote shells (freshN): notify-send, pactl,
# bluetoothctl, printing, pytest, black and ruff, nvm and npm, maven, gradle, cmake and gcc, chrony and hwclock,
# sysctl, ssh's jump hosts and terminals.
add_slots({
    "shot_png": ("file", ["shot.png", "screen.png", "capture.png", "~/Pictures/shot.png", "desktop.png"]),
    "note_text": ("text", ["backup done", "build finished", "tea is ready", "deploy complete", "time to stretch"]),
    "percent": ("number", [(("50%", "50 percent"), "50%"), (("30%", "30 percent"), "30%"), (("75%", "75 percent"), "75%"),
                           (("100%",), "100%"), (("20%",), "20%")]),
    "step_percent": ("number", [(("10 percent", "10%"), "10%"), (("5 percent", "5%"), "5%"), (("20%",), "20%")]),
    "bt_mac": ("address", ["AA:BB:CC:11:22:33", "00:1A:7D:DA:71:13", "F4:4E:FD:00:11:22", "38:18:4C:12:34:56"]),
    "printer": ("printer", ["HP_LaserJet", "Office_Printer", "Brother_HL", "Canon_MG3600", "EPSON_ET2720"]),
    "doc": ("file", ["invoice.pdf", "notes.txt", "report.pdf", "letter.pdf", "ticket.pdf"]),
    "web_page": ("url", ["https://example.com", "https://github.com", "https://news.ycombinator.com",
                         "https://docs.python.org"]),
    "test_file": ("file", ["tests/test_api.py", "tests/test_models.py", "test_utils.py", "tests/unit/test_auth.py"]),
    "test_word": ("pattern", ["login", "parser", "slow", "auth", "cache"]),
    "py_dir": ("directory", ["src", "app", "lib", "tests", "scripts"]),
    "node_version": ("version", ["20", "18", "22", "16"]),
    "js_app": ("name", ["my-app", "dashboard", "web-ui", "blog"]),
    "c_src": ("file", ["hello.c", "main.c", "prog.c", "server.c", "tool.c"]),
    "c_bin": ("file", ["hello", "main", "prog", "app", "tool"]),
    "make_dir": ("directory", ["src", "build", "lib", "docs"]),
    "clock": ("time", ["2024-05-01 10:30:00", "2025-01-15 08:00:00", "2024-12-31 23:59:00"]),
    "ntp_server": ("host", ["pool.ntp.org", "time.google.com", "time.cloudflare.com", "0.debian.pool.ntp.org"]),
    "sysctl_key": ("setting", ["vm.swappiness", "net.ipv4.ip_forward", "fs.file-max", "kernel.pid_max",
                               "net.core.somaxconn"]),
    "sysctl_value": ("number", ["10", "1", "0", "60", "4096"]),
    "sysctl_conf": ("file", ["/etc/sysctl.d/99-custom.conf", "/etc/sysctl.conf", "/etc/sysctl.d/10-network.conf"]),
    "tree_depth": ("number", counts(2, 3, 4)),
    "jump_host": ("host", ["bastion.example.com", "jump.example.net", "gateway", "user@gateway", "bastion"]),
    "inner_host": ("host", ["10.1.2.3", "app1", "db.internal", "deploy@app1", "10.0.5.20"]),
    "remote_cmd": ("command", ["uptime", "df -h", "free -h", "uname -a", "who"]),
    "tty_cmd": ("command", ["htop", "top", "vim /etc/hosts", "sudo systemctl restart nginx"]),
    "ssh_alias": ("host", ["prod", "staging", "myvps", "github.com", "pi"]),
    "man_word": ("keyword", ["partition", "network", "compress", "password", "firewall"]),
    "cal_year": ("year", ["2025", "2026", "2027"]),
})
DESKTOP_AND_TOOLS_TASKS = [
    ("system", [  # the desktop, the clock, kernel settings
        ("gnome-screenshot -f <shot_png>", [
            "take a screenshot of the whole screen as <shot_png>", "screenshot to <shot_png>",
        ]),
        ("gnome-screenshot -a -f <shot_png>", [
            "screenshot a region i select into <shot_png>", "capture an area of the screen to <shot_png>",
        ]),
        ("notify-send '<note_text>'", [
            "pop up a desktop notification saying <note_text>", "show a notification: <note_text>",
            "send a desktop notification",
        ]),
        ("pactl set-sink-volume @DEFAULT_SINK@ <percent>", [
            "set the volume to <percent>", "change the sound volume to <percent>",
        ]),
        ("pactl set-sink-volume @DEFAULT_SINK@ +<step_percent>", [
            "turn the volume up by <step_percent>", "louder by <step_percent>",
        ]),
        ("pactl set-sink-volume @DEFAULT_SINK@ -<step_percent>", [
            "turn the volume down by <step_percent>", "quieter by <step_percent>",
        ]),
        ("pactl set-sink-mute @DEFAULT_SINK@ toggle", [
            "mute the sound", "toggle mute", "mute or unmute the speakers",
        ]),
        ("brightnessctl set <percent>", [
            "set the screen brightness to <percent>", "brightness <percent>",
        ]),
        ("bluetoothctl devices Paired", [
            "which bluetooth devices are paired", "list paired bluetooth devices",
        ]),
        ("bluetoothctl connect <bt_mac>", [
            "connect to the bluetooth device <bt_mac>", "connect my bluetooth headphones <bt_mac>",
        ]),
        ("bluetoothctl power off", [
            "turn bluetooth off", "switch bluetooth off",
        ]),
        ("bluetoothctl power on", [
            "turn bluetooth on", "switch bluetooth on",
        ]),
        ("lp <doc>", [
            "print <doc>", "send <doc> to the printer",
        ]),
        ("lp -n <count> -d <printer> <doc>", [
            "print <count> copies of <doc> on <printer>", "<count> copies of <doc> to the printer <printer>",
        ]),
        ("lpstat -p", [
            "what printers are available", "list the printers",
        ]),
        ("lpstat -o", [
            "show the print queue", "what's waiting to be printed",
        ]),
        ("cancel -a", [
            "cancel all my print jobs", "clear the print queue",
        ]),
        ("lpoptions -d <printer>", [
            "make <printer> the default printer", "set <printer> as my default printer",
        ]),
        ("xdg-open <web_page>", [
            "open <web_page> in the browser", "open the page <web_page>",
        ]),
        ("sudo timedatectl set-time '<clock>'", [
            "set the system clock to <clock>", "change the date and time to <clock>",
        ]),
        ("timedatectl list-timezones | grep America", [
            "which timezones are there in america", "list the american time zones",
        ]),
        ("chronyc tracking", [
            "how far off is my clock according to chrony", "chrony's view of the clock offset",
        ]),
        ("sudo chronyc makestep", [
            "force chrony to step the clock now", "make chrony correct the time immediately",
        ]),
        ("sudo hwclock --hctosys", [
            "set the system time from the hardware clock", "copy the rtc time to the system clock",
        ]),
        ("sudo hwclock --systohc", [
            "write the system time to the hardware clock", "save the current time to the rtc",
        ]),
        ("ntpdate -q <ntp_server>", [
            "query <ntp_server> for the time offset without changing the clock", "how far off is my clock from <ntp_server>",
        ]),
        ("sudo timedatectl set-local-rtc 1", [
            "keep the hardware clock in local time", "rtc in local time for dual boot with windows",
        ]),
        ("sudo dpkg-reconfigure tzdata", [
            "pick the timezone from a menu", "choose the time zone interactively",
        ]),
        ("sysctl <sysctl_key>", [
            "what is <sysctl_key> set to", "current value of <sysctl_key>",
        ]),
        ("sudo sysctl -w <sysctl_key>=<sysctl_value>", [
            "set the kernel parameter <sysctl_key> to <sysctl_value>", "change the kernel setting <sysctl_key> to <sysctl_value>",
            "change a kernel parameter at runtime",
        ]),
        ("sudo sysctl -w net.ipv4.ip_forward=1", [
            "enable ip forwarding", "turn on packet forwarding",
        ]),
        ("sudo sysctl --system", [
            "reload sysctl settings from all config files", "apply every sysctl config again",
        ]),
        ("sudo sysctl -p <sysctl_conf>", [
            "apply the settings in <sysctl_conf>", "load kernel parameters from <sysctl_conf>",
        ]),
        ("sysctl -a", [
            "list all kernel parameters", "show every sysctl setting",
        ]),
        ("sudo update-grub", [
            "regenerate the grub config", "apply my changes to /etc/default/grub",
        ]),
        ("cat /proc/cmdline", [
            "show the kernel boot command line", "which parameters did the kernel boot with",
        ]),
        ("lsmod | grep <module>", [
            "is the <module> module loaded", "check whether <module> is loaded",
        ]),
        ("sudo modprobe <module>", [
            "load the <module> module", "load kernel module <module>", "load a kernel module",
        ]),
        ("man -k <man_word>", [
            "search the man pages for <man_word>", "which man pages mention <man_word>",
        ]),
        ("whatis <program>", [
            "one line description of <program>", "what does the <program> command do, briefly",
        ]),
        ("which -a <program>", [
            "every <program> executable on my path", "all the <program> binaries in PATH",
        ]),
        ("cal <cal_year>", [
            "calendar for the whole year <cal_year>", "show all of <cal_year> as a calendar",
        ]),
    ]),
    ("packages", [  # python, node, builds
        ("pytest", [
            "run the tests", "run the python tests", "run my test suite",
        ]),
        ("pytest -v <test_file>", [
            "run only <test_file> with verbose output", "pytest <test_file> verbosely",
        ]),
        ("pytest -k <test_word>", [
            "run only the tests whose name matches <test_word>", "pytest only tests about <test_word>",
        ]),
        ("pytest -x", [
            "run pytest but stop at the first failure", "tests, stop on the first failing one",
        ]),
        ("python3 -m http.server <port> --directory <py_dir>", [
            "serve the <py_dir> folder on port <port>", "quick web server on port <port> for <py_dir>",
        ]),
        ("black .", [
            "format all python files here with black", "run black on the project",
        ]),
        ("black --check <script>", [
            "would black reformat <script>", "check <script> with black without changing it",
        ]),
        ("ruff check .", [
            "lint the project with ruff", "run ruff on everything",
        ]),
        ("ruff check --fix <py_dir>", [
            "auto fix ruff errors in <py_dir>", "let ruff fix what it can in <py_dir>",
        ]),
        ("deactivate", [
            "get out of the virtualenv", "leave the venv", "exit the python virtual environment",
        ]),
        ("nvm install <node_version>", [
            "install node <node_version> with nvm", "nvm get node <node_version>",
        ]),
        ("nvm use <node_version>", [
            "switch to node <node_version>", "use node version <node_version>",
        ]),
        ("nvm ls", [
            "which node versions do i have through nvm", "list the node versions nvm installed",
        ]),
        ("nvm alias default <node_version>", [
            "make node <node_version> the default in nvm", "default node version <node_version>",
        ]),
        ("nvm install --lts", [
            "install the latest lts node", "get node lts with nvm",
        ]),
        ("npm ci", [
            "clean install of dependencies from package-lock.json", "install exactly what the lockfile says",
        ]),
        ("npm audit", [
            "check my npm dependencies for vulnerabilities", "security audit of the node packages",
        ]),
        ("npm audit fix", [
            "fix the problems npm audit found", "repair vulnerable npm dependencies",
        ]),
        ("npx create-react-app <js_app>", [
            "scaffold a react app called <js_app>", "new react project <js_app> with npx",
        ]),
        ("npx eslint <py_dir>", [
            "run eslint on <py_dir> without installing it", "lint <py_dir> with eslint through npx",
        ]),
        ("yarn add --dev <npmpkg>", [
            "add <npmpkg> as a dev dependency with yarn", "yarn dev dependency <npmpkg>",
        ]),
        ("yarn install", [
            "install the project packages with yarn", "yarn install the dependencies",
        ]),
        ("npm init -y", [
            "new package.json with default values", "init an npm project without questions",
        ]),
        ("npm ls -g --depth=0", [
            "which npm packages are installed globally", "global npm packages, top level only",
        ]),
        ("node -v", [
            "what version of node am i running", "node version",
        ]),
        ("mvn package -DskipTests", [
            "build the maven project without the tests", "maven package, skip tests",
        ]),
        ("mvn clean install", [
            "clean and install the maven project", "maven clean install",
        ]),
        ("mvn test", [
            "run the maven tests", "maven unit tests",
        ]),
        ("mvn dependency:tree", [
            "show the maven dependency tree", "which dependencies does the maven project pull in",
        ]),
        ("./gradlew build", [
            "build the project with the gradle wrapper", "gradle wrapper build",
        ]),
        ("./gradlew test", [
            "run the gradle tests", "gradle wrapper test",
        ]),
        ("./gradlew tasks", [
            "what tasks does this gradle project have", "list the gradle tasks",
        ]),
        ("cmake -S . -B build", [
            "configure the cmake project into a build directory", "cmake configure into build/",
        ]),
        ("cmake --build build", [
            "compile the cmake project in build/", "build what cmake configured in build",
        ]),
        ("cmake -S . -B build -DCMAKE_BUILD_TYPE=Release", [
            "configure cmake in release mode", "cmake release configuration in build/",
        ]),
        ("gcc <c_src> -o <c_bin>", [
            "compile <c_src> into an executable named <c_bin>", "build <c_bin> from <c_src> with gcc",
            "compile a c file",
        ]),
        ("gcc -Wall -g <c_src> -o <c_bin>", [
            "compile <c_src> into <c_bin> with all warnings and debug symbols", "debug build of <c_src> as <c_bin>",
        ]),
        ("gcc <c_src> -o <c_bin> -lm", [
            "compile <c_src> into <c_bin> linking the math library", "build <c_bin> from <c_src> with libm",
        ]),
        ("make clean", [
            "clean the build artifacts with make", "make clean",
        ]),
        ("sudo make install", [
            "install the program after building it with make", "make install",
        ]),
        ("make -C <make_dir>", [
            "run make in the <make_dir> directory", "make inside <make_dir>",
        ]),
        ("make -n", [
            "show what make would do without running anything", "dry run of make",
        ]),
    ]),
    ("files", [
        ("tree -L <tree_depth> <directory>", [
            "the directory tree of <directory>, <tree_depth> levels deep", "tree of <directory> to depth <tree_depth>",
        ]),
        ("tree -d", [
            "only directories in a tree view", "folder tree without files",
        ]),
        ("cp -p <file> <file>.bak", [
            "back up <file> to <file>.bak keeping permissions and times", "copy <file> to <file>.bak preserving its mode",
        ]),
        ("cp -n <file> <directory>/", [
            "copy <file> into <directory> without overwriting", "copy <file> to <directory> unless it's already there",
        ]),
    ]),
    ("networking", [  # remote shells
        ("ssh <server> <remote_cmd>", [
            "run <remote_cmd> on <server>", "<remote_cmd> on <server> over ssh",
        ]),
        ("ssh -J <jump_host> <inner_host>", [
            "connect to <inner_host> through the jump host <jump_host>", "reach <inner_host> via <jump_host>",
        ]),
        ("ssh -t <server> <tty_cmd>", [
            "run <tty_cmd> on <server> with a terminal", "<tty_cmd> on <server>, it needs a tty",
        ]),
        ("ssh -G <ssh_alias>", [
            "what settings will ssh use for <ssh_alias>", "show ssh's effective config for <ssh_alias>",
        ]),
        ("ssh -v <ssh_alias>", [
            "debug my ssh connection to <ssh_alias>", "verbose ssh to <ssh_alias>",
        ]),
        ("nano ~/.ssh/config", [
            "edit my ssh client config", "open the ssh config file",
        ]),
    ]),
]
CATEGORIES += DESKTOP_AND_TOOLS_TASKS

# One-liners (session 20, written from the misses of a helper's set of requests for commands that combine tools):
# word and field counts, find's actions, awk on columns, sed's edits, loops over files and lines, xargs, comparing
# files, counting, web server logs and git's history.
add_slots({
    "ol_words": ("file", ["paper.txt", "book.txt", "article.md", "speech.txt", "chapter1.txt", "thesis.md"]),
    "ol_weblog": ("file", ["access.log", "/var/log/nginx/access.log", "/var/log/apache2/access.log",
                           "logs/access.log", "access.log.1"]),
    "ol_tree": ("directory", ["~/projects", "src", "/srv/www", "~/code", "/var/www", "~/Documents", "/data", "app",
                              "lib", "~/repos"]),
    "ol_dest": ("directory", ["~/archive", "~/old", "/backup", "~/sorted", "/mnt/backup", "~/collected"]),
    "ol_html": ("file", ["page.html", "index.html", "saved.html", "mail.html", "export.html"]),
    "ol_key": ("key", ["host", "port", "user", "name", "version", "timeout"]),
    "ol_conf": ("file", ["settings.conf", "app.env", ".env", "config.ini", "server.properties", "db.conf"]),
    "ol_cols": ("columns", [(("2 and 4", "two and four"), "2,4"), (("1 and 3",), "1,3"), (("1 and 2",), "1,2"),
                            (("3 and 5",), "3,5"), (("2 and 3",), "2,3")]),
    "ol_prefix": ("prefix", ["old_", "backup_", "2024_", "draft_", "archived_"]),
    "ol_img": ("extension", [((".png", "png"), "png"), ((".jpg", "jpg", "jpeg"), "jpg"), ((".webp", "webp"), "webp")]),
    "ol_percent": ("number", [(("half", "50%"), "50%"), (("25%", "a quarter"), "25%"), (("75%",), "75%")]),
    "ol_tsv": ("file", ["data.tsv", "scores.tsv", "events.tsv", "table.tsv", "stats.tsv"]),
    "ol_func": ("name", ["parse_args", "main", "load_config", "handle_request", "connect"]),
    "ol_pyfile": ("file", ["cli.py", "app.py", "utils.py", "server.py", "models.py"]),
    "ol_status": ("status", ["404", "500", "403", "502", "301"]),
    "ol_upath": ("path", ["/wp-login.php", "/admin", "/login", "/api/v1/users", "/xmlrpc.php"]),
    "ol_patch": ("file", ["fix.patch", "changes.patch", "update.diff", "feature.patch"]),
    "ol_width": ("number", counts(80, 120, 160, 200)),
    "ol_sorted_a": ("file", ["a.sorted", "part1.txt", "jan.txt", "old_ids.txt"]),
    "ol_sorted_b": ("file", ["b.sorted", "part2.txt", "feb.txt", "new_ids.txt"]),
    "ol_since": ("time", [(("the last two weeks", "the past 2 weeks"), "2 weeks ago"),
                          (("the last month", "the past month"), "1 month ago"),
                          (("the last 3 days",), "3 days ago"), (("this week",), "1 week ago")]),
    "ol_commits_back": ("number", counts(2, 3, 5, 10)),
    "ol_cmdname": ("command", ["make test", "./run.sh", "pytest", "npm test", "cargo build"]),
    "ol_tries": ("number", counts(3, 5, 10)),
    "ol_dirlist": ("file", ["dirs.txt", "folders.txt", "paths.txt", "dirlist.txt"]),
    "ol_owner": ("user", ["www-data", "alice", "deploy", "nobody", "app"]),
    "ol_start_word": ("pattern", ["START", "BEGIN", "### start", "-- begin"]),
    "ol_end_word": ("pattern", ["END", "FINISH", "### end", "-- end"]),
    "ol_setting": ("setting", ["X11Forwarding", "PasswordAuthentication", "UsePAM", "MaxAuthTries",
                               "AllowTcpForwarding"]),
    "ol_nth": ("number", [(("second", "2nd"), "2"), (("third", "3rd"), "3"), (("fourth", "4th"), "4")]),
    "ol_uncomment": ("pattern", ["deb", "Port", "PasswordAuthentication", "en_US.UTF-8"]),
    "ol_logdir": ("directory", ["/var/log/app", "/var/log/nginx", "logs", "/var/log/myapp"]),
    "ol_dirstem": ("name", ["day", "week", "part", "chapter"]),
    "ol_upto": ("number", ["31", "24", "10", "52"]),
    "ol_last": ("number", ["20", "10", "50", "254"]),
    "ol_net": ("network", ["192.168.1", "10.0.0", "192.168.0", "172.16.5"]),
    "ol_ports": ("ports", [(("22, 80 and 443",), "22 80 443"), (("80 and 443",), "80 443"),
                           (("5432 and 6379",), "5432 6379"), (("21, 22 and 23",), "21 22 23")]),
    "ol_svc_list": ("services", [(("nginx, php8.2-fpm and redis-server",), "nginx php8.2-fpm redis-server"),
                                 (("apache2 and mysql",), "apache2 mysql"),
                                 (("docker and containerd",), "docker containerd")]),
    "ol_pkgstem": ("package", ["libreoffice", "texlive", "openjdk", "php8.1"]),
    "ol_orig_dir": ("directory", ["original", "old", "v1", "a"]),
    "ol_new_dir": ("directory", ["modified", "new", "v2", "b"]),
    "ol_json_a": ("file", ["old.json", "before.json", "a.json"]),
    "ol_json_b": ("file", ["new.json", "after.json", "b.json"]),
    "ol_gitword": ("pattern", ["hotfix", "revert", "security", "typo", "login"]),
    "ol_tag_a": ("tag", ["v1.2.0", "v2.0", "v0.9"]),
    "ol_tag_b": ("tag", ["v1.3.0", "v2.1", "v1.0"]),
    "ol_month": ("month", [(("January 2024",), "--since='2024-01-01' --until='2024-02-01'"),
                           (("March 2024",), "--since='2024-03-01' --until='2024-04-01'"),
                           (("June 2025",), "--since='2025-06-01' --until='2025-07-01'")]),
    "ol_ref": ("branch", ["origin/main", "main", "develop", "origin/develop"]),
    "ol_line_text": ("text", ["#!/bin/bash", "#!/usr/bin/env python3", "# generated file", "set -e"]),
})
ONE_LINER_TASKS = [
    ("text", [  # pipelines, counting, columns and sed's edits
        ("tr -s '[:space:]' '\\n' < <ol_words> | sort | uniq -c | sort -rn | head -n <n>", [
            "[what are |show |]the <n> most [frequent|common] words in <ol_words>",
            "top <n> words [used |]in <ol_words> by frequency", "word frequency of <ol_words>, top <n>",
            "most common words in a text file",
        ]),
        ("grep -oE '[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}' <textfile> | sort -u", [
            "the unique email addresses in <textfile>", "email addresses in <textfile>, sorted and without duplicates",
            "find each email address in a file once",
        ]),
        ("grep -oE '[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}' <textfile>", [
            "show every email address that appears in <textfile>", "grep the email addresses in <textfile>",
        ]),
        ("grep -oE 'https?://[^\" <>]+' <ol_html> | sort -u", [
            "[extract|pull|get] [all |]the [links|urls] from <ol_html>", "list every url in <ol_html> once",
            "unique links in an html file",
        ]),
        ("echo \"$PATH\" | tr ':' '\\n'", [
            "print each directory [of|in] [my |the |]$PATH on its own line", "show my PATH one entry per line",
            "list the directories in PATH", "split PATH into lines",
        ]),
        ("grep -Ev '^\\s*(#|$)' <sysconf>", [
            "show <sysconf> without [comments|comment lines] and [blank|empty] lines",
            "<sysconf> minus comments and empty lines", "strip comments and blank lines from a config file",
        ]),
        ("tail -f <logfile> | grep -i '<pattern>'", [
            "follow <logfile> [live |]and only show lines [with|mentioning|containing] <pattern>",
            "watch <logfile> for <pattern> as it's written", "tail -f <logfile> filtered by <pattern>",
        ]),
        ("awk -F, 'NR>1 {s+=$<col>} END {print s}' <csvfile>", [
            "sum [up |]<col> of <csvfile>[,| ]skipping the header [row|line]",
            "total of <col> in <csvfile> without the header", "add up a csv column except the header line",
        ]),
        ("cut -d, -f<ol_cols> <csvfile>", [
            "print columns <ol_cols> of <csvfile>", "[show|get] [only |just |]fields <ol_cols> from <csvfile>",
            "cut columns <ol_cols> out of <csvfile>",
        ]),
        ("awk -F: '$3 >= 1000 {print $1, $6}' /etc/passwd", [
            "[print|list|show] the [user name|username] and home directory of every [regular |normal |]account",
            "users with uid 1000 or [higher|more] and their home directories",
            "human accounts and their homes from /etc/passwd",
        ]),
        ("awk -F, -v OFS=, '{t=$1; $1=$2; $2=t; print}' <csvfile>", [
            "swap the first two columns of <csvfile>", "exchange columns 1 and 2 in <csvfile>",
            "swap the first and second fields of a csv",
        ]),
        ("awk -F, '$<col> == 0' <csvfile>", [
            "rows of <csvfile> where <col> is 0", "lines in <csvfile> whose <col> [equals|is] zero",
        ]),
        ("awk -F/ '{print $NF}' <listfile>", [
            "[only|just] the last path component of each line in <listfile>",
            "file names without their directories from <listfile>", "basename of every path in a list",
        ]),
        ("tr ',' '\\t' < <csvfile>", [
            "turn <csvfile> into tab separated values", "convert the commas in <csvfile> to tabs",
            "csv to tsv",
        ]),
        ("awk -F, 'NR==1 || $<col> > m {m=$<col>} END {print m}' <csvfile>", [
            "[highest|largest|maximum|max] value in <col> of <csvfile>",
            "what's the biggest number in <col> of <csvfile>",
        ]),
        ("awk -F, '{s[$1]+=$2} END {for (k in s) print k, s[k]}' <csvfile>", [
            "group <csvfile> by the first column and [total|sum] the second",
            "total the amounts in column 2 per key in column 1 of <csvfile>", "sum a csv's second column per group",
        ]),
        ("head -n 1 <csvfile> | tr ',' '\\n' | cat -n", [
            "number the column names [in|of] the header of <csvfile>",
            "list the headers of <csvfile> one per line, numbered",
            "which columns does <csvfile> have, numbered",
        ]),
        ("cut -d, -f<col> --complement <csvfile>", [
            "[drop|remove|delete] <col> from <csvfile>", "<csvfile> without <col>",
            "every column of <csvfile> except <col>", "drop a column from a csv file",
        ]),
        ("awk -F'\\t' '$<col> ~ /<pattern>/' <ol_tsv>", [
            "lines of <ol_tsv> where <col> contains <pattern>", "rows in <ol_tsv> whose <col> matches <pattern>",
        ]),
        ("awk -F, '{print NF}' <csvfile> | sort -n | uniq -c", [
            "how many fields does each line of <csvfile> have, counted",
            "field counts of <csvfile> and how many lines have each",
            "check that every row of <csvfile> has the same number of fields",
            "do all rows of a csv have the same number of fields",
        ]),
        ("awk -F'\\t' '{s+=$<col>; n++} END {print s/n}' <ol_tsv>", [
            "average of <col> in <ol_tsv>", "mean of <col> of <ol_tsv>", "the average of a tsv column",
        ]),
        ("sed -i '<line_start>,<line_end>d' <textfile>", [
            "delete lines <line_start> [to|through] <line_end> of <textfile>[ in place|, editing the file|]",
            "remove lines <line_start>-<line_end> from <textfile>",
        ]),
        ("sudo sed -i '/^<ol_setting>/s/^/#/' /etc/ssh/sshd_config", [
            "comment out <ol_setting> in the ssh server config", "put a # in front of <ol_setting> in sshd_config",
        ]),
        ("sed -i '1i <ol_line_text>' <script>", [
            "make <ol_line_text> the first line of <script>", "add <ol_line_text> at the top of <script>",
        ]),
        ("sed '/^$/d' <textfile> > <merged>", [
            "write <textfile> without its [empty|blank] lines to <merged>",
            "save <textfile> minus blank lines as <merged>",
        ]),
        ("sed -i 's/$/;/' <textfile>", [
            "put a semicolon at the end of [each|every] line [in|of] <textfile>",
            "append ; to every line of <textfile>",
        ]),
        ("sed -n '/<ol_start_word>/,/<ol_end_word>/p' <textfile>", [
            "print [the block of |]<textfile> from the line matching <ol_start_word>"
            " to the line matching <ol_end_word>",
            "lines of <textfile> between <ol_start_word> and <ol_end_word>",
        ]),
        ("sed 's/<[^>]*>//g' <ol_html>", [
            "strip [the |]html tags [out of|from] <ol_html>", "<ol_html> as plain text without tags",
            "remove html tags from a file",
        ]),
        ("sed -i '1d' *.csv", [
            "delete the header line from every csv file [here|in this folder]",
            "remove the first line of each csv file in place",
        ]),
        ("sed 's/<old>/<new>/<ol_nth>' <textfile>", [
            "replace only the <ol_nth> <old> on each line of <textfile> with <new>",
        ]),
        ("sed G <textfile>", [
            "double space <textfile>", "put a blank line after every line of <textfile>", "double-space a file",
        ]),
        ("sed -n 's/^<ol_key>=//p' <ol_conf>", [
            "print [whatever comes|the value] after <ol_key>= in <ol_conf>", "value of <ol_key> in <ol_conf>",
        ]),
        ("sed -i 's/^#<ol_uncomment>/<ol_uncomment>/' <sysconf>", [
            "uncomment the lines [beginning|starting] with #<ol_uncomment> in <sysconf>",
        ]),
        ("grep -oi '<pattern>' <logfile> | wc -l", [
            "how many times does <pattern> appear in <logfile>[,| ]ignoring case",
            "count every occurrence of <pattern> in <logfile> in any case",
        ]),
        ("tr -d '\\n' < <textfile> | wc -m", [
            "characters in <textfile> not counting newlines", "count the characters of <textfile> without line breaks",
        ]),
        ("grep -c '^$' <textfile>", [
            "how many [blank|empty] lines does <textfile> have", "how many [blank|empty] lines are in <textfile>",
            "count the empty lines in <textfile>",
        ]),
        ("grep -o . <textfile> | sort | uniq -c", [
            "count how often each [letter|character] occurs in <textfile>", "character frequency of <textfile>",
        ]),
        ("awk 'length > <ol_width>' <textfile> | wc -l", [
            "how many lines in <textfile> are longer than <ol_width> characters",
            "count lines over <ol_width> chars in <textfile>",
        ]),
        ("grep -c '^\\s*def ' <ol_pyfile>", [
            "how many functions are defined in <ol_pyfile>", "count the def lines in <ol_pyfile>",
        ]),
        ("grep -c '<shell>$' /etc/passwd", [
            "how many accounts use <shell> as their [login |]shell", "count users whose shell is <shell>",
        ]),
    ]),
    ("services", [  # web server logs
        ("awk '{print $1}' <ol_weblog> | sort | uniq -c | sort -rn | head -n <n>", [
            "top <n> [client|visitor] ips in <ol_weblog>",
            "which <n> ips made the most requests [in|according to] <ol_weblog>",
            "most active ip addresses in an access log",
        ]),
        ("awk '{print $9}' <ol_weblog> | sort | uniq -c | sort -rn", [
            "count the requests per [http |]status code in <ol_weblog>", "how many of each status code in <ol_weblog>",
            "status code breakdown of an access log",
        ]),
        ("awk '$9 == <ol_status> {print $7}' <ol_weblog> | sort | uniq -c | sort -rn", [
            "which urls returned <ol_status> in <ol_weblog> and how many times each",
            "most requested paths that got a <ol_status> in <ol_weblog>",
        ]),
        ("grep 'Failed password' /var/log/auth.log | grep -oE 'from [0-9.]+' | awk '{print $2}'"
         " | sort | uniq -c | sort -rn", [
            "failed ssh [password |login |]attempts per [source |]ip", "which ips fail to log in over ssh most often",
            "count failed ssh logins by ip address",
        ]),
        ("awk '{s+=$10} END {print s}' <ol_weblog>", [
            "total bytes sent according to <ol_weblog>", "sum of response sizes in <ol_weblog>",
        ]),
        ("awk -F'\"' '{print $6}' <ol_weblog> | sort | uniq -c | sort -rn | head -n <n>", [
            "top <n> user agents in <ol_weblog>", "most common browsers in <ol_weblog>, top <n>",
        ]),
        ("grep '<ol_upath>' <ol_weblog> | awk '{print $1}' | sort -u", [
            "[list |]the distinct ips that requested <ol_upath> in <ol_weblog>",
            "who hit <ol_upath> according to <ol_weblog>",
        ]),
        ("awk '{print $1}' <ol_weblog> | sort -u | wc -l", [
            "how many unique visitor ips are in <ol_weblog>", "count distinct client ips in <ol_weblog>",
            "number of unique visitors in an access log",
        ]),
        ("awk '$9 ~ /^5/ {print $4, $7}' <ol_weblog>", [
            "[print |show |]timestamp and url of every 5xx response in <ol_weblog>",
            "server errors in <ol_weblog> with time and path",
        ]),
        ("awk '{b[$1]+=$10} END {for (ip in b) print b[ip], ip}' <ol_weblog> | sort -rn | head -n <n>", [
            "which <n> ips downloaded the most bytes [according to|in] <ol_weblog>",
            "top <n> ips by traffic in <ol_weblog>",
        ]),
        ("grep '<pattern>' <logfile> | cut -d' ' -f1 | sort | uniq -c", [
            "count <pattern> lines per day in <logfile>", "how many <pattern> lines each day in <logfile>",
        ]),
        ("zgrep '<pattern>' <ol_logdir>/*.log*", [
            "search the current and rotated[, gzipped|] logs in <ol_logdir> for <pattern>",
            "grep <pattern> in <ol_logdir> including the compressed old logs",
        ]),
        ("journalctl -k -b -p warning", [
            "kernel messages of warning level or worse since boot", "kernel warnings and errors this boot",
        ]),
        ("docker logs -f <container> 2>&1 | grep '<pattern>'", [
            "follow the logs of [docker |]container <container> and show only [the |]lines with <pattern>",
            "watch <container>'s logs for <pattern>",
        ]),
        ("docker ps -aq -f status=exited | xargs -r docker rm", [
            "remove all docker containers that have exited", "delete every stopped container",
        ]),
    ]),
    ("files", [  # find's actions, loops over files, xargs
        ("find <ol_tree> -type f -name '*.<ext>' -mtime +<days> -exec gzip {} +", [
            "gzip every <ext> file in <ol_tree> older than <days> days",
            "compress <ext> files under <ol_tree> not modified for <days> days",
        ]),
        ("find <ol_tree> -type f -size +<size> -exec ls -lh {} +", [
            "files bigger than <size> under <ol_tree>[,| ]with their sizes",
            "show files over <size> in <ol_tree> with ls -lh details",
        ]),
        ("find <ol_tree> -type f -name '*.<ext>' -exec cp -t <ol_dest> {} +", [
            "collect all <ext> files from <ol_tree> and its subfolders into <ol_dest>",
            "copy every <ext> file anywhere under <ol_tree> to <ol_dest>",
            "gather files of one type from a whole tree into one folder",
        ]),
        ("find <ol_tree> -user <user> -exec chown <ol_owner> {} +", [
            "hand over every file owned by <user> in <ol_tree> to <ol_owner>",
            "change the owner of <user>'s files under <ol_tree> to <ol_owner>",
        ]),
        ("find <ol_tree> -type f -name '*.<ext>' -exec chmod a-x {} +", [
            "take the executable bit off all <ext> files under <ol_tree>",
            "make the <ext> files in <ol_tree> not executable",
        ]),
        ("find <ol_tree> -type f -name '*.sh' -exec chmod +x {} +", [
            "make all [the |].sh scripts in <ol_tree> executable", "chmod +x every shell script under <ol_tree>",
        ]),
        ("find <ol_tree> -xtype l -delete", [
            "[find and |]delete broken symlinks in <ol_tree>", "remove dangling links under <ol_tree>",
        ]),
        ("find <ol_tree> -xtype l", [
            "[find|list|show] broken symlinks [in|under] <ol_tree>", "which links in <ol_tree> point nowhere",
        ]),
        ("find <ol_tree> -type f -mtime -<days> -exec ls -l {} +", [
            "list the files under <ol_tree> changed in the last <days> days with their modification times",
        ]),
        ("find <ol_tree> -type f -name '*.<ext>' -exec sed -i 's/[[:space:]]*$//' {} +", [
            "strip trailing whitespace from every <ext> file in <ol_tree>[, editing them in place|]",
        ]),
        ("grep -rl --include='*.<ext>' '<pattern>' <ol_tree>", [
            "which <ext> files under <ol_tree> contain <pattern>[? only the file names|]",
            "names of the <ext> files in <ol_tree> that mention <pattern>",
        ]),
        ("find <ol_tree> -type f -mtime +<days> -exec mv -t <ol_dest> {} +", [
            "move everything in <ol_tree> not touched for <days> days [in|into|to] <ol_dest>",
            "move files older than <days> days from <ol_tree> to <ol_dest>",
        ]),
        ("find <ol_tree> -type f -exec md5sum {} + | sort | uniq -w32 -dD", [
            "find duplicate files in <ol_tree> by [comparing |]their [md5 |]checksums",
            "duplicate files under <ol_tree>",
            "find duplicate files by content",
        ]),
        ("find <ol_tree> -type d -name node_modules -prune -exec rm -rf {} +", [
            "[nuke|delete|remove] all node_modules folders [anywhere |]under <ol_tree>",
            "clean out every node_modules directory in <ol_tree>",
        ]),
        ("find <ol_tree> -type f -printf '%T@ %p\\n' | sort -rn | head -n <n> | cut -d' ' -f2-", [
            "<n> most recently modified files under <ol_tree>", "the <n> newest files anywhere in <ol_tree>",
        ]),
        ("find <ol_tree> ! -user <ol_owner> -exec chown <ol_owner>:<ol_owner> {} +", [
            "anything in <ol_tree> not owned by <ol_owner> should be chowned to <ol_owner>:<ol_owner>",
        ]),
        ("find . -type f -name '*.*' | sed 's/.*\\.//' | sort | uniq -c | sort -rn", [
            "count files by extension [in this directory tree|here], most common first",
            "how many files of each extension are there", "file types by count",
        ]),
        ("find <ol_tree> -mindepth 1 -maxdepth 1 -type d | wc -l", [
            "how many subdirectories are directly inside <ol_tree>", "count the folders in <ol_tree>, not recursive",
        ]),
        ("find <ol_tree> -type f -iname '*.<ext>' | wc -l", [
            "number of <ext> files in <ol_tree> and all subfolders", "how many <ext> files are under <ol_tree>",
        ]),
        ("find <ol_tree> -type f -name '*.<ext>' -exec du -ch {} + | tail -n 1", [
            "total size of all the <ext> files under <ol_tree>",
            "how much space do the <ext> files in <ol_tree> take together",
        ]),
        ("wc -l <ol_tree>/*.<ext> | sort -n", [
            "line count of every <ext> file in <ol_tree>, sorted [smallest to largest|ascending]",
        ]),
        ("for f in *.<ol_img>; do convert \"$f\" -resize <ol_percent> \"small_$f\"; done", [
            "shrink every <ol_img> [here|in this folder] to <ol_percent>, saving each as small_ plus the name",
            "make <ol_percent> size copies of all <ol_img> images named small_something",
        ]),
        ("for f in *.<ext>; do mv -- \"$f\" \"<ol_prefix>$f\"; done", [
            "prefix all <ext> files [here|in the current directory] with <ol_prefix>",
            "add <ol_prefix> to the start of every <ext> file name",
        ]),
        ("for z in <ol_tree>/*.zip; do unzip \"$z\" -d \"${z%.zip}\"; done", [
            "unzip each zip in <ol_tree> into its own folder [named after the zip|]",
            "extract every zip file in <ol_tree> to a directory of the same name",
        ]),
        ("for f in <ol_tree>/*.wav; do ffmpeg -i \"$f\" \"${f%.wav}.mp3\"; done", [
            "convert every wav in <ol_tree> to mp3[ using ffmpeg|]", "turn all the .wav files in <ol_tree> into mp3s",
        ]),
        ("for d in */; do echo \"$d $(find \"$d\" -type f | wc -l)\"; done", [
            "for each subdirectory here show its name and how many files it contains",
            "number of files in each folder here", "count files per subdirectory",
        ]),
        ("for f in <ol_tree>/*.<ext>; do echo \"== $f ==\"; cat \"$f\"; done", [
            "print each <ext> file in <ol_tree> with its [file name|filename] as a header",
        ]),
        ("mkdir <ol_dirstem>{01..<ol_upto>}", [
            "create directories <ol_dirstem>01 [up to|to|through] <ol_dirstem><ol_upto>",
            "make folders <ol_dirstem>01 to <ol_dirstem><ol_upto>",
        ]),
        ("xargs -d '\\n' rm -- < <listfile>", [
            "delete every file listed in <listfile>[, one path per line|]", "remove the files named in <listfile>",
            "delete the files listed in a text file",
        ]),
        ("xargs mkdir -p < <ol_dirlist>", [
            "make all the directories named in <ol_dirlist>", "create every folder listed in <ol_dirlist>",
        ]),
        ("xargs -d '\\n' du -sh < <ol_dirlist>", [
            "show how much space each directory in <ol_dirlist> uses",
            "disk usage of the folders listed in <ol_dirlist>",
        ]),
        ("xargs -d '\\n' cp --parents -t <ol_dest> < <listfile>", [
            "copy each file listed in <listfile> into <ol_dest> keeping its directory structure",
        ]),
        ("grep -lZ '<pattern>' -- * | xargs -0 mv -t <ol_dest>", [
            "move the files [here|in the current directory] that contain [the word |]<pattern> into <ol_dest>",
        ]),
        ("find <ol_tree> -type f -name '*.<ext>' -print0 | xargs -0 -P \"$(nproc)\" -n 1 gzip", [
            "gzip every <ext> file under <ol_tree> in parallel[ using all cpu cores|]",
        ]),
        ("find . -name '*.<ext>' -print0 | xargs -0 cat | wc -l", [
            "total number of lines across all <ext> files [in this repo|here|in this tree]",
            "how many lines of code in all the <ext> files together",
        ]),
        ("find <ol_tree> -type f -name '*.sh' -exec shellcheck {} +", [
            "run shellcheck on every .sh file under <ol_tree>", "lint all the shell scripts in <ol_tree>",
        ]),
        ("find . -type f -print0 | xargs -0 sha256sum", [
            "sha256 checksum of every file in this directory tree", "checksums of all files here, recursively",
        ]),
    ]),
    ("networking", [  # loops over hosts
        ("for i in $(seq 1 <ol_last>); do ping -c 1 -W 1 <ol_net>.$i > /dev/null && echo \"<ol_net>.$i is up\"; done", [
            "ping <ol_net>.1 through <ol_net>.<ol_last> once each and print which ones answer",
            "which addresses from <ol_net>.1 to <ol_net>.<ol_last> are up",
        ]),
        ("until ping -c 1 <host> > /dev/null 2>&1; do sleep <seconds>; done", [
            "[keep waiting|wait] until <host> answers a ping, trying every <seconds> seconds",
            "block until <host> is reachable",
        ]),
        ("while read -r h; do echo \"$h $(getent hosts \"$h\" | awk '{print $1}')\"; done < <listfile>", [
            "for every hostname in <listfile> print the hostname and the ip it resolves to",
            "resolve each host in <listfile>",
        ]),
        ("for i in $(seq <ol_tries>); do curl -fsS <url> && break; sleep <seconds>; done", [
            "[hit|call|fetch] <url> with curl until it succeeds, at most <ol_tries> tries, <seconds> seconds apart",
            "retry <url> up to <ol_tries> times",
        ]),
        ("for p in <ol_ports>; do nc -z -w 2 <server> \"$p\" && echo \"$p open\"; done", [
            "check which of ports <ol_ports> are open on <server>",
        ]),
        ("xargs -n 1 -P <few> wget -q < <listfile>", [
            "download all the urls in <listfile>, <few> at a time", "fetch every url listed in <listfile> in parallel",
        ]),
        ("xargs -P <few> -I{} ping -c 1 {} < <listfile>", [
            "ping each host in <listfile> once, <few> in parallel",
        ]),
        ("while true; do ss -tn state established | tail -n +2 | wc -l; sleep <seconds>; done", [
            "print the number of established tcp connections every <seconds> seconds[ until i stop it|]",
        ]),
        ("ss -Htn state established | awk '{print $4}' | cut -d: -f1 | sort | uniq -c | sort -rn", [
            "established tcp connections per remote ip[, most first|]", "which remote ips have the most connections",
        ]),
        ("ss -Htln | awk '{print $4}' | sed 's/.*://' | sort -un", [
            "[just |only |]the port numbers of listening tcp sockets[, sorted|]",
            "which tcp ports are listening, numbers only",
        ]),
        ("diff /etc/hosts <(ssh <server> cat /etc/hosts)", [
            "diff my local /etc/hosts against the one on <server>", "compare /etc/hosts here and on <server>",
        ]),
    ]),
    ("processes", [  # loops and counts over processes and services
        ("ps -eo user= | sort | uniq -c | sort -rn", [
            "how many processes is each user running", "process count per user",
        ]),
        ("pkill -x -u \"$USER\" <process>", [
            "kill all my processes named exactly <process>", "stop every <process> process of mine",
        ]),
        ("for i in $(seq <ol_tries>); do <ol_cmdname> || break; done", [
            "run <ol_cmdname> <ol_tries> times in a row but stop at the first failure",
        ]),
        ("for i in $(seq 10 -1 1); do echo \"$i\"; sleep 1; done", [
            "countdown from 10 to 1, one number per second", "count down from ten",
        ]),
        ("systemctl list-units --type=service --state=running --no-legend | wc -l", [
            "number of running systemd services", "how many services are running",
        ]),
        ("for s in <ol_svc_list>; do sudo systemctl restart \"$s\"; done", [
            "restart <ol_svc_list> one after another",
        ]),
        ("who | awk '{print $1}' | sort -u", [
            "who is logged in right now? just the user names[, each once|]", "unique names of logged in users",
        ]),
        ("lsmod | tail -n +2 | sort -k2 -rn", [
            "loaded kernel modules sorted by [memory |]size[, biggest first|]",
        ]),
    ]),
    ("packages", [
        ("dpkg-query -W -f='${Installed-Size}\\t${Package}\\n' | sort -rn | head -n <n>", [
            "list the <n> largest installed [debian |]packages [by installed size|]",
            "biggest <n> packages on this system",
            "which installed packages take the most space",
        ]),
        ("comm -13 <(dpkg-query -W -f='${Package}\\n' | sort) <(sort <listfile>)", [
            "which packages listed in <listfile> are not installed [on this machine|]",
        ]),
        ("sudo apt-get purge '<ol_pkgstem>*'", [
            "purge every installed package whose name starts with <ol_pkgstem>",
            "remove all <ol_pkgstem> packages completely",
        ]),
    ]),
    ("disk", [
        ("df --output=pcent / | tail -n 1 | tr -dc '0-9'", [
            "root filesystem usage percent as a bare number", "how full is / in percent, number only",
        ]),
        ("awk '{print $1, $2, $3}' /proc/mounts | column -t", [
            "show mounted filesystems as an aligned table of device, mount point and fs type",
        ]),
    ]),
    ("system", [  # comparing files
        ("cmp <file_a> <file_b>", [
            "are <file_a> and <file_b> byte for byte identical", "compare <file_a> and <file_b> byte by byte",
        ]),
        ("diff -y -W <ol_width> <file_a> <file_b>", [
            "side by side diff of <file_a> and <file_b>, <ol_width> columns wide",
        ]),
        ("diff -ruN <ol_orig_dir> <ol_new_dir> > <ol_patch>", [
            "make a patch of everything changed from <ol_orig_dir> to <ol_new_dir>[ and save it|] as <ol_patch>",
        ]),
        ("patch -p1 < <ol_patch>", [
            "apply <ol_patch> here[, stripping one leading path component|]", "apply the patch <ol_patch>",
            "apply a patch file",
        ]),
        ("diff <(cd <ol_orig_dir> && find . | sort) <(cd <ol_new_dir> && find . | sort)", [
            "compare the file listings of <ol_orig_dir> and <ol_new_dir> recursively",
        ]),
        ("diff -w <file_a> <file_b>", [
            "diff <file_a> and <file_b> but ignore [all |]whitespace [differences|]",
        ]),
        ("diff <(jq -S . <ol_json_a>) <(jq -S . <ol_json_b>)", [
            "compare <ol_json_a> and <ol_json_b> ignoring key order[ and formatting|]",
        ]),
        ("cmp -l <file_a> <file_b>", [
            "list each byte offset where <file_a> and <file_b> differ",
        ]),
        ("sort -n -c <listfile>", [
            "check whether <listfile> is [already |]sorted numerically", "is <listfile> in numeric order",
        ]),
        ("sort -m <ol_sorted_a> <ol_sorted_b>", [
            "merge the already sorted files <ol_sorted_a> and <ol_sorted_b>[ into one sorted stream|]",
        ]),
        ("git diff --no-index --word-diff <file_a> <file_b>", [
            "word by word differences between <file_a> and <file_b>", "word diff of <file_a> and <file_b>",
        ]),
        ("diff <(sort <file_a>) <(sort <file_b>)", [
            "do <file_a> and <file_b> have the same [lines|rows] regardless of order",
        ]),
    ]),
    ("git", [  # history
        ("git log --grep='<ol_gitword>' --oneline", [
            "[find |]commits whose message mentions <ol_gitword>", "search commit messages for <ol_gitword>",
        ]),
        ("git diff --name-only <ol_tag_a> <ol_tag_b>", [
            "names of files that changed between [tags |]<ol_tag_a> and <ol_tag_b>",
        ]),
        ("git log --oneline <branch_a>..<branch_b>", [
            "commits on <branch_b> that aren't in <branch_a> yet",
        ]),
        ("git show HEAD~<ol_commits_back>:<file>", [
            "show <file> the way it was <ol_commits_back> commits ago", "<file> as of <ol_commits_back> commits back",
        ]),
        ("git log --author=<user> --since='<ol_since>' --oneline", [
            "<user>'s commits from <ol_since>", "what did <user> commit in <ol_since>",
        ]),
        ("git log --author=<user> --pretty=tformat: --numstat | awk '{a+=$1; d+=$2} END {print a, d}'", [
            "total lines added and deleted by <user> [across the whole history|]",
        ]),
        ("git diff-tree --no-commit-id --name-only -r HEAD", [
            "just the file names changed in the last commit", "which files did the last commit touch",
        ]),
        ("git log --pretty=format: --name-only | grep -v '^$' | sort | uniq -c | sort -rn | head -n <n>", [
            "which <n> files have been changed in the most commits", "most frequently changed files, top <n>",
        ]),
        ("git log <ol_month> --oneline", [
            "commits made [during|in] <ol_month>",
        ]),
        ("git log -L :<ol_func>:<ol_pyfile>", [
            "trace how the function <ol_func> in <ol_pyfile> changed over time", "history of <ol_func> in <ol_pyfile>",
            "git history of one function",
        ]),
        ("git diff --stat <ol_ref> -- <py_dir>", [
            "diffstat of my working tree against <ol_ref>, limited to <py_dir>",
        ]),
        ("git log --merges --oneline", [
            "show only merge commits", "list the merge commits",
        ]),
        ("git rev-list -n 1 <tag>", [
            "what commit does the tag <tag> point to", "commit hash of tag <tag>",
        ]),
        ("git branch --merged main | grep -vE '^\\*|^\\s*main$' | xargs -r git branch -d", [
            "delete local [git |]branches that are already merged into main", "clean up merged branches",
        ]),
        ("git ls-files -z '*.<ext>' | xargs -0 grep -n '<pattern>'", [
            "grep for <pattern> with line numbers in all <ext> files tracked by git",
        ]),
        ("for d in <ol_tree>/*/; do git -C \"$d\" pull; done", [
            "git pull in every repo directory under <ol_tree>", "update all the git repos in <ol_tree>",
        ]),
    ]),
]
CATEGORIES += ONE_LINER_TASKS

# More one-liners (session 20, from the misses of a second helper set): backups streamed and dated, memory and
# process figures from ps and /proc, network facts cut out of ip, dig and curl, jq on arrays of objects, text
# transforms, bash's own string operations, permissions across trees, accounts from getent and /etc/group,
# docker with filters and inspect, and git's counts.
add_slots({
    "o2_tree": ("directory", ["/etc", "~/projects", "/srv/data", "/var/www", "~/work", "/opt/app", "~/docs"]),
    "o2_remote": ("remote_path", ["backup@192.168.1.20:/srv/backups/app/", "nas:/volume1/backup/",
                                  "user@backup.example.net:/data/", "pi@raspberrypi.local:/mnt/usb/"]),
    "o2_sshhost": ("host", ["web01", "example.com", "backup@10.0.0.8", "db.internal", "nas"]),
    "o2_tarname": ("archive", ["www.tar.gz", "site.tar.gz", "etc.tar.gz", "logs.tar.gz"]),
    "o2_db": ("database", ["shop", "app_production", "wordpress", "inventory", "crm"]),
    "o2_exclude": ("exclude", ["node_modules", ".cache", ".git", "*.log", "venv"]),
    "o2_chunk": ("size", [(("2G", "2GB"), "2G"), (("500M", "500MB"), "500M"), (("1G", "1GB"), "1G")]),
    "o2_keep": ("number", counts(3, 5, 7, 10)),
    "o2_key": ("key", ["name", "version", "status", "id", "email", "host"]),
    "o2_nested": ("key", ["database.host", "server.port", "auth.token", "app.name", "db.user"]),
    "o2_field": ("key", ["age", "price", "score", "size", "count"]),
    "o2_array": ("key", ["items", "users", "results", "data", "records"]),
    "o2_value": ("text", [(("\"2.0\"", "2.0"), "\"2.0\""), (("\"1.1.0\"",), "\"1.1.0\""), (("true",), "true"),
                          (("\"production\"",), "\"production\"")]),
    "o2_jsonl": ("file", ["events.jsonl", "log.jsonl", "requests.jsonl", "audit.jsonl"]),
    "o2_yaml": ("file", ["config.yaml", "docker-compose.yml", "values.yaml", "deploy.yml"]),
    "o2_width": ("number", counts(60, 72, 80, 100)),
    "o2_tabs": ("number", counts(2, 4, 8)),
    "o2_pieces": ("number", counts(2, 3, 4, 5, 10)),
    "o2_string": ("text", ["hello world", "Linux rocks", "good morning", "backup complete"]),
    "o2_word": ("text", ["supercalifragilistic", "antidisestablishment", "mississippi", "hippopotamus"]),
    "o2_path": ("path", ["/var/log/nginx/access.log", "/home/alice/notes.txt", "/etc/ssh/sshd_config",
                         "/usr/local/bin/tool"]),
    "o2_fname": ("file", ["archive.tar.gz", "photo.backup.jpg", "report.final.pdf", "data.2024.csv"]),
    "o2_var": ("variable", ["EDITOR", "PAGER", "BROWSER", "VISUAL"]),
    "o2_default": ("command", ["vim", "less", "nano", "firefox"]),
    "o2_digits": ("number", counts(3, 4, 5, 8)),
    "o2_number": ("number", ["42", "7", "123", "15"]),
    "o2_upto": ("number", ["10", "20", "50", "100", "1000"]),
    "o2_stem": ("name", ["log", "file", "test", "img"]),
    "o2_perm_dir": ("mode", ["755", "750", "775"]),
    "o2_perm_file": ("mode", ["644", "640", "664"]),
    "o2_ref": ("file", ["ref.txt", "template.conf", "good.sh", "reference.md"]),
    "o2_container": ("container", ["web", "api", "db", "worker", "proxy", "cache"]),
    "o2_image": ("image", ["nginx", "postgres", "redis", "node", "ubuntu", "python"]),
    "o2_name_part": ("pattern", ["test", "dev", "tmp", "staging", "old"]),
    "o2_repo_prefix": ("image", ["myapp", "test-", "legacy", "acme-"]),
    "o2_cpath": ("path", ["/etc/nginx/nginx.conf", "/app/config.yml", "/var/log/app.log", "/etc/hosts"]),
    "o2_lines": ("number", counts(50, 100, 200, 500)),
    "o2_big": ("number", counts(500, 1000, 2000)),
    "o2_days": ("days", counts(7, 14, 30, 90)),
    "o2_member": ("path", ["etc/nginx/nginx.conf", "home/alice/notes.txt", "var/www/index.html", "etc/fstab"]),
    "o2_ghuser": ("user", ["torvalds", "octocat", "gvanrossum", "antirez"]),
    "o2_ip": ("address", ["8.8.8.8", "1.1.1.1", "140.82.112.3", "9.9.9.9"]),
    "o2_new_ext": ("extension", ["jpg", "txt", "md", "yaml"]),
    "o2_start": ("number", ["1", "0", "5"]),
    "o2_step": ("number", ["5", "2", "10"]),
    "o2_a": ("number", ["22", "10", "355", "1"]),
    "o2_b": ("number", ["7", "3", "113", "6"]),
    "o2_csvline": ("text", ["a,b,c,d", "red,green,blue", "one,two,three", "x,y,z"]),
})
ONE_LINER_MORE_TASKS = [
    ("archives", [  # backups
        ("find <o2_tree> -type f -name '*.<ext>' | tar -czf <targz> -T -", [
            "back up every <ext> file under <o2_tree> into <targz>",
            "tar all the <ext> files in <o2_tree> into <targz>",
        ]),
        ("tar -czf backup-$(date +%F).tar.gz <o2_tree>", [
            "tar up <o2_tree> with today's date in the [archive |file |]name",
            "dated backup of <o2_tree> as a tar.gz", "make a tar.gz of a folder with the date in its name",
        ]),
        ("rsync -az --delete <o2_tree>/ <o2_remote>", [
            "mirror <o2_tree> to <o2_remote> and delete [remote |]files that no longer exist locally",
            "exact copy of <o2_tree> on <o2_remote>, removing extras",
        ]),
        ("tar -czf - <o2_tree> | ssh <o2_sshhost> 'cat > <o2_tarname>'", [
            "send a gzipped tar of <o2_tree> [straight |]to <o2_sshhost> as <o2_tarname>[ without a local file|]",
            "stream a tar.gz of <o2_tree> over ssh to <o2_sshhost>",
        ]),
        ("ssh <o2_sshhost> 'tar -czf - <o2_tree>' | tar -xzf -", [
            "[grab|pull|fetch] <o2_tree> from <o2_sshhost> [over ssh |]as a tar stream and unpack it [right |]here",
            "copy <o2_tree> from <o2_sshhost> with tar over ssh", "pull a folder from a server through a tar pipe",
        ]),
        ("tar -tzf <targz> | grep -vc '/$'", [
            "count how many [regular |]files are inside <targz>",
            "number of files in <targz>, not counting directories",
        ]),
        ("mysqldump <o2_db> | gzip > <o2_db>-$(date +%F).sql.gz", [
            "dump the mysql database <o2_db>, gzip it and put today's date in the [file name|filename]",
            "compressed dated backup of the <o2_db> database",
        ]),
        ("pg_dump <o2_db> | gzip > <o2_db>-$(date +%F).sql.gz", [
            "dump the postgres database <o2_db> gzipped with the date in the name",
        ]),
        ("tar -czf <targz> --exclude=<o2_exclude> <o2_tree>", [
            "tar up <o2_tree> to <targz> but skip <o2_exclude>",
            "archive <o2_tree> as <targz> without the <o2_exclude> folders",
        ]),
        ("rsync -a --include='*/' --include='*.<ext>' --exclude='*' <o2_tree>/ <workdir>/", [
            "copy only the <ext> files from <o2_tree> to <workdir> keeping the [subfolder|directory] structure",
        ]),
        ("tar -czf <targz> <o2_tree> && tar -tzf <targz> > /dev/null", [
            "make <targz> from <o2_tree> and then check the archive isn't corrupt",
            "create <targz> of <o2_tree> and verify it",
        ]),
        ("ls -1t <o2_tree>/*.tar.gz | sed '1,<o2_keep>d' | xargs -r rm --", [
            "keep only the <o2_keep> newest tar.gz [files|backups] in <o2_tree> and delete the older ones",
            "delete all but the <o2_keep> latest backups in <o2_tree>",
        ]),
        ("find <o2_tree> -type f -mtime -1 | tar -czf <targz> -T -", [
            "archive the files in <o2_tree> changed within the last [24 hours|day] into <targz>",
            "tar the files modified today under <o2_tree> into <targz>",
        ]),
        ("tar -xzf <targz> -C <workdir> <o2_member>", [
            "restore just <o2_member> out of <targz> into <workdir>",
            "extract only <o2_member> from <targz> to <workdir>",
        ]),
        ("tar -cJf \"$(hostname)-$(date +%Y%m%d).tar.xz\" <o2_tree>", [
            "xz compressed tarball of <o2_tree> named with the hostname and the date",
        ]),
        ("rsync -a --info=progress2 <o2_tree>/ <o2_remote>", [
            "sync <o2_tree> to <o2_remote> and show one overall progress bar",
            "rsync <o2_tree> to <o2_remote> with total progress",
        ]),
        ("tar -czf - <o2_tree> | split -b <o2_chunk> - <o2_tarname>.part-", [
            "archive <o2_tree> as a gzipped tar split into <o2_chunk> chunks",
            "tar.gz of <o2_tree> in pieces of <o2_chunk>",
        ]),
        ("cat <o2_tarname>.part-* | tar -xzf - -C <workdir>", [
            "glue the <o2_tarname>.part-* pieces back together and extract them into <workdir>",
            "join the split archive <o2_tarname> and unpack it to <workdir>",
        ]),
        ("sha256sum <o2_tree>/*.tar.gz > <o2_tree>/SHA256SUMS", [
            "write sha256 checksums of every tar.gz in <o2_tree> to a SHA256SUMS file",
        ]),
        ("crontab -l > crontab-$(date +%F).txt", [
            "save my crontab to a dated [text |]file", "back up my crontab with today's date",
        ]),
        ("rsync -a --link-dest=<o2_tree>/latest <workdir>/ <o2_tree>/$(date +%F)/", [
            "snapshot <workdir> into a dated folder under <o2_tree>, hard-linking unchanged files against "
            "<o2_tree>/latest",
        ]),
    ]),
    ("processes", [  # monitoring
        ("ps -eo pid,%mem,comm --sort=-%mem --no-headers | head -n <n>", [
            "top <n> memory hogs with pid, %mem and command name", "<n> processes using the most memory with their pid",
        ]),
        ("ps -eo pid,%cpu,comm --sort=-%cpu --no-headers | head -n <n>", [
            "top <n> cpu hogs with pid, %cpu and command name", "<n> processes using the most cpu with their pid",
        ]),
        ("ps -C <process> -o rss= | awk '{s+=$1} END {print s/1024 \" MB\"}'", [
            "total memory used by all <process> processes in MB", "how much ram does <process> use altogether",
        ]),
        ("free -m | awk '/^Mem:/ {print $7}'", [
            "print only the available memory in megabytes[, just the number|]", "available ram in MB as a number",
        ]),
        ("watch -n <seconds> cat /proc/loadavg", [
            "watch the load average, refreshing every <seconds> seconds", "keep showing the load average",
        ]),
        ("ps -u <user> --no-headers | wc -l", [
            "count <user>'s processes", "number of processes owned by <user>",
        ]),
        ("ps -eo pid,ppid,stat,comm | awk '$3 ~ /^Z/'", [
            "list zombie processes [along |]with their parent pid", "zombie processes and their parents",
            "show zombies",
        ]),
        ("awk '{print int($1/3600)}' /proc/uptime", [
            "system uptime in whole hours", "how many hours has this machine been up, as a number",
        ]),
        ("free | awk '/^Mem:/ {printf \"%.1f%%\\n\", $3/$2*100}'", [
            "what percentage of [RAM|memory] is in use", "memory usage in percent",
        ]),
        ("ps -o nlwp= -p <pid>", [
            "number of threads in process <pid>", "how many threads does pid <pid> have",
        ]),
        ("ps -eo pid,etimes,comm --sort=-etimes --no-headers | head -n <n>", [
            "show the <n> longest running processes[, oldest first|]", "oldest <n> processes by run time",
        ]),
        ("free -m | awk '/^Swap:/ {print $3}'", [
            "swap used in MB", "how much swap is in use, megabytes only",
        ]),
        ("while true; do echo \"$(date '+%F %T') $(cut -d' ' -f1-3 /proc/loadavg)\" >> <logfile>; sleep 60; done", [
            "append the load averages with a timestamp to <logfile> once a minute[, forever|]",
        ]),
        ("ps -eo pid,stat,comm | awk '$2 ~ /^D/'", [
            "processes stuck in uninterruptible sleep", "which processes are in D state",
        ]),
        ("watch -n 1 ps -o pid,rss,vsz,%mem -p <pid>", [
            "keep an eye on the memory of pid <pid>[, updating every second|]", "watch the memory use of process <pid>",
        ]),
        ("ps -eo rss=,comm= | awk '{m[$2]+=$1} END {for (c in m) print m[c], c}' | sort -rn | head -n <n>", [
            "sum rss per program name and show the <n> biggest", "memory per program, top <n>",
        ]),
        ("ls /proc/<pid>/fd | wc -l", [
            "how many files does process <pid> have open", "count the open file descriptors of pid <pid>",
        ]),
    ]),
    ("networking", [
        ("ip -4 -o addr show <iface> | awk '{print $4}' | cut -d/ -f1", [
            "show only the ipv4 address of <iface>[, without the prefix length|]", "just the ip of <iface>",
        ]),
        ("dig +short MX <domain> | sort -n", [
            "mx records for <domain> sorted by priority", "mail servers of <domain> in priority order",
        ]),
        ("curl -s -o /dev/null -w 'dns: %{time_namelookup}\\nconnect: %{time_connect}\\ntotal:"
         " %{time_total}\\n' <url>", [
            "how long does <url> take? dns lookup, connect and total time", "timing breakdown of a request to <url>",
        ]),
        ("curl -s https://api.github.com/users/<o2_ghuser> | jq '.public_repos'", [
            "[hit|ask] the github api for user <o2_ghuser> and print only the number of public repos",
            "how many public repos does <o2_ghuser> have on github",
        ]),
        ("ip route | awk '/^default/ {print $3}'", [
            "just the ip of my default gateway", "what's my gateway address",
        ]),
        ("nc -z -w 3 <host> <port> && echo open || echo closed", [
            "is port <port> open on <host>? print open or closed", "say open or closed for port <port> on <host>",
        ]),
        ("dig +short -x <o2_ip>", [
            "which hostname is <o2_ip>", "ptr record of <o2_ip>", "reverse lookup of an ip address",
        ]),
        ("echo | openssl s_client -connect <domain>:443 -servername <domain> 2>/dev/null"
         " | openssl x509 -noout -enddate", [
            "when does the tls certificate of <domain> expire", "expiry date of <domain>'s ssl certificate",
        ]),
        ("ip -br link | awk '{print $1, $3}'", [
            "list every network interface with its mac address", "interfaces and their mac addresses",
        ]),
        ("ping -c <count> \"$(dig +short <domain> | grep -E '^[0-9.]+$' | head -n 1)\"", [
            "resolve <domain> and ping the first ipv4 address it returns <count> times",
        ]),
        ("curl -sIL <url>", [
            "show only the response headers for <url>, following redirects", "headers of <url> after redirects",
        ]),
        ("curl -s -X POST -H 'Content-Type: application/json' -d '<json>' <api_url> | jq .", [
            "post the json <json> to <api_url> and pretty-print the response",
        ]),
        ("awk '/^nameserver/ {print $2}' /etc/resolv.conf", [
            "print each nameserver ip from /etc/resolv.conf", "which dns servers am i using, ips only",
        ]),
        ("traceroute -n <host> | tail -n +2 | wc -l", [
            "how many hops is it to <host>", "count the hops to <host>",
        ]),
        ("curl -s -o /dev/null -w '%{http_code}\\n' <url>", [
            "what http status code does <url> return", "status code of <url> only",
        ]),
    ]),
    ("text", [  # jq, text transforms and bash strings
        ("jq -r '.[] | select(.<o2_field> > <o2_number>) | .<o2_key>' <jsonfile>", [
            "<o2_key> of every object in <jsonfile> whose <o2_field> is greater than <o2_number>",
            "from <jsonfile> print the <o2_key> where <o2_field> > <o2_number>",
        ]),
        ("jq -r '.[] | [.<o2_key>, .<o2_field>] | @csv' <jsonfile>", [
            "convert <jsonfile>[, an array of objects,|] into csv of <o2_key> and <o2_field>",
            "<o2_key> and <o2_field> from <jsonfile> as csv",
        ]),
        ("jq '.<o2_array> | length' <jsonfile>", [
            "how many elements are in the .<o2_array> array of <jsonfile>", "length of <o2_array> in <jsonfile>",
            "how many items does a json array have",
        ]),
        ("jq -r 'keys[]' <jsonfile>", [
            "list the top-level keys of <jsonfile>[, one per line|]", "what keys does <jsonfile> have",
            "top level keys of a json file",
        ]),
        ("jq '.<o2_key> = <o2_value>' <jsonfile> > tmp.json && mv tmp.json <jsonfile>", [
            "set .<o2_key> to <o2_value> in <jsonfile>[, editing the file in place|]",
            "change <o2_key> to <o2_value> in <jsonfile>", "edit a value in a json file in place",
        ]),
        ("jq -s '.[0] * .[1]' <ol_json_a> <ol_json_b>", [
            "merge <ol_json_a> and <ol_json_b> into one object[, values from the second win|]",
            "deep merge two json files",
        ]),
        ("yq -o=json <o2_yaml>", [
            "convert <o2_yaml> to json", "<o2_yaml> as json", "yaml to json",
        ]),
        ("yq -p=json -o=yaml <jsonfile>", [
            "convert <jsonfile> to yaml", "<jsonfile> as yaml",
        ]),
        ("jq 'map(.<o2_field>) | add' <jsonfile>", [
            "total of the .<o2_field> field across every object in <jsonfile>", "sum <o2_field> over <jsonfile>",
            "sum one field over a json array",
        ]),
        ("jq 'group_by(.<o2_key>) | map({<o2_key>: .[0].<o2_key>, count: length})' <jsonfile>", [
            "group the entries in <jsonfile> by .<o2_key> and count how many of each",
        ]),
        ("jq -r '.<o2_key>' <o2_jsonl> | sort -u", [
            "distinct values of .<o2_key> in <o2_jsonl>", "unique <o2_key> values in <o2_jsonl>, one object per line",
        ]),
        ("jq -c . <jsonfile>", [
            "minify <jsonfile>[ onto a single line|]", "compact <jsonfile> to one line", "minify a json file",
        ]),
        ("jq 'sort_by(.<o2_field>) | reverse' <jsonfile>", [
            "sort <jsonfile> by <o2_field>, [highest|largest|oldest] first",
        ]),
        ("jq 'sort_by(.<o2_field>)' <jsonfile>", [
            "sort <jsonfile> by <o2_field>", "order the objects in <jsonfile> by <o2_field>",
        ]),
        ("jq 'map(del(.<o2_key>))' <jsonfile>", [
            "strip the <o2_key> field out of every object in <jsonfile>",
            "remove <o2_key> from each entry of <jsonfile>",
        ]),
        ("jq empty <jsonfile> && echo valid", [
            "check that <jsonfile> is valid json", "is <jsonfile> valid json", "validate a json file",
        ]),
        ("jq -r '.<o2_nested>' <jsonfile>", [
            "value of <o2_nested> in <jsonfile> without the quotes", "print <o2_nested> from <jsonfile>",
        ]),
        ("jq -r '.[].<o2_array>[]' <jsonfile> | sort -u", [
            "every unique value across all the <o2_array> arrays in <jsonfile>",
        ]),
        ("tr '[:lower:]' '[:upper:]' < <textfile>", [
            "convert <textfile> to [uppercase|upper case]", "<textfile> in capital letters",
        ]),
        ("rev <textfile>", [
            "reverse the characters on each line of <textfile>", "print each line of <textfile> backwards",
        ]),
        ("fold -s -w <o2_width> <textfile>", [
            "wrap <textfile> at <o2_width> columns without breaking words", "fold <textfile> to <o2_width> characters",
            "wrap long lines of a file at word boundaries",
        ]),
        ("nl <textfile>", [
            "number the non-empty lines of <textfile>", "line numbers on the non-blank lines of <textfile>",
        ]),
        ("split -l <chunk> -d <bigtext> part_", [
            "split <bigtext> into pieces of <chunk> lines each named part_00, part_01 and so on",
        ]),
        ("expand -t <o2_tabs> <textfile>", [
            "print <textfile> with its tabs turned into <o2_tabs> spaces", "tabs to <o2_tabs> spaces in <textfile>",
        ]),
        ("tr -cs '[:alpha:]' '\\n' < <ol_words> | tr '[:upper:]' '[:lower:]' | sort | uniq -c | sort -rn"
         " | head -n <n>", [
            "<n> most common words in <ol_words>, ignoring case",
        ]),
        ("tr -d '[:digit:]' < <textfile>", [
            "delete every digit from <textfile>", "<textfile> without any numbers",
        ]),
        ("paste - - - < <listfile>", [
            "arrange the lines of <listfile> three per row[, tab separated|]", "join every three lines of <listfile>",
        ]),
        ("split -n l/<o2_pieces> <bigtext> chunk_", [
            "cut <bigtext> into <o2_pieces> [roughly |]equal files without splitting any line",
        ]),
        ("awk '{printf \"%10s\\n\", $0}' <listfile>", [
            "right-align the lines of <listfile> in a 10 character column",
        ]),
        ("unexpand --first-only -t <o2_tabs> <textfile>", [
            "in <textfile> turn leading groups of <o2_tabs> spaces into tabs",
        ]),
        ("tr 'A-Za-z' 'N-ZA-Mn-za-m' < <textfile>", [
            "apply rot13 to <textfile>", "rot13 a file",
        ]),
        ("f=<o2_fname>; echo \"${f%.*}\"", [
            "with f=<o2_fname>, print it without the last extension",
            "strip the last extension from <o2_fname> with parameter expansion",
        ]),
        ("for f in *.<ext>; do mv -- \"$f\" \"${f%.<ext>}.<o2_new_ext>\"; done", [
            "rename every <ext> file in this directory to .<o2_new_ext>",
            "change the extension of all <ext> files to <o2_new_ext>",
        ]),
        ("seq -w <o2_start> <o2_step> <o2_upto>", [
            "numbers from <o2_start> to <o2_upto> in steps of <o2_step>, zero padded",
        ]),
        ("mkdir -p <newdir>/{src,tests,docs}", [
            "create <newdir>/src, <newdir>/tests and <newdir>/docs in one command",
            "make a <newdir> folder with src, tests and docs inside",
        ]),
        ("s='<o2_string>'; echo \"${s^^}\"", [
            "uppercase the string <o2_string> using bash's [own |]case conversion",
        ]),
        ("s=<o2_word>; echo \"${#s}\"", [
            "how long is the string <o2_word>", "length of the word <o2_word>", "length of a string in bash",
        ]),
        ("for f in *\\ *; do mv -- \"$f\" \"${f// /_}\"; done", [
            "replace spaces with underscores in all file names [in the current directory|here]",
            "rename files here so they have no spaces", "underscores instead of spaces in file names",
        ]),
        ("printf '%.0s-' {1..<o2_upto>}; echo", [
            "print a line of <o2_upto> dashes", "<o2_upto> dashes in a row",
        ]),
        ("touch <o2_stem>{1..<o2_upto>}.txt", [
            "touch <o2_stem>1.txt through <o2_stem><o2_upto>.txt",
            "create empty files <o2_stem>1.txt to <o2_stem><o2_upto>.txt",
        ]),
        ("echo 'scale=<o2_digits>; <o2_a>/<o2_b>' | bc", [
            "<o2_a> divided by <o2_b> to <o2_digits> decimal places",
        ]),
        ("p=<o2_path>; echo \"${p%/*}\"", [
            "directory part of <o2_path>", "the folder <o2_path> is in",
        ]),
        ("seq <o2_upto> | paste -sd+ | bc", [
            "add up all integers from 1 to <o2_upto>", "sum of the numbers 1 to <o2_upto>",
        ]),
        ("echo \"${<o2_var>:-<o2_default>}\"", [
            "echo $<o2_var>, or <o2_default> if it's unset or empty", "<o2_var> with <o2_default> as the default",
        ]),
        ("printf '%0<o2_digits>d\\n' <o2_number>", [
            "pad <o2_number> with leading zeros to <o2_digits> digits",
        ]),
        ("IFS=, read -ra parts <<< '<o2_csvline>'; printf '%s\\n' \"${parts[@]}\"", [
            "split <o2_csvline> on commas into a bash array and print each element on its own line",
        ]),
        ("echo \"backup-$(date +%F_%H%M).log\"", [
            "print a filename like backup-2024-05-01_1530.log using the current date and time",
        ]),
    ]),
    ("permissions", [
        ("find <ol_tree> -type d -exec chmod <o2_perm_dir> {} + && find <ol_tree> -type f -exec chmod"
         " <o2_perm_file> {} +", [
            "set all directories under <ol_tree> to <o2_perm_dir> and all files to <o2_perm_file>",
            "<o2_perm_dir> for folders and <o2_perm_file> for files in <ol_tree>",
        ]),
        ("find <ol_tree> -type f -perm -o=w -exec chmod o-w {} +", [
            "chmod o-w every world-writable file under <ol_tree>", "fix the world-writable files in <ol_tree>",
        ]),
        ("find <ol_tree> -type f -perm -o=w", [
            "world-writable files under <ol_tree>", "which files in <ol_tree> can anyone write to",
        ]),
        ("setfacl -R -m u:<user>:rX <ol_tree>", [
            "give user <user> read access to <ol_tree> and everything below it using acls",
        ]),
        ("setfacl -R -d -m g:<group>:rwx <ol_tree>", [
            "set a default acl so group <group> gets rwx on anything new under <ol_tree>",
        ]),
        ("find <ol_tree> -nouser", [
            "files in <ol_tree> owned by a uid that doesn't exist anymore",
            "orphaned files under <ol_tree> with no owner",
        ]),
        ("find <ol_tree> -user root -exec chown <user>: {} +", [
            "give <user> every file root has under <ol_tree>", "chown to <user> whatever root holds in <ol_tree>",
        ]),
        ("getfacl -R -s <ol_tree>", [
            "show the acls of only those files under <ol_tree> that have extra acl entries",
        ]),
        ("setfacl -R -b <ol_tree>", [
            "strip all acls from <ol_tree> recursively", "remove every acl under <ol_tree>", "remove acls recursively",
        ]),
        ("chmod 700 ~/.ssh && chmod 600 ~/.ssh/*", [
            "lock down my ssh dir: 700 on the directory, 600 on the files inside", "fix the permissions of ~/.ssh",
        ]),
        ("find <ol_tree> -type f -user <user> -exec chmod <o2_perm_file> {} +", [
            "chmod <o2_perm_file> only the files owned by <user> under <ol_tree>",
        ]),
        ("find <ol_tree> -mtime -1 -exec chgrp <group> {} +", [
            "change the group to <group> for everything in <ol_tree> modified in the last day",
        ]),
        ("chmod --reference=<o2_ref> *.<ext>", [
            "copy the permissions of <o2_ref> onto every <ext> file in this folder",
        ]),
        ("find <ol_tree> -printf '%m %u:%g %p\\n'", [
            "octal permissions and owner:group of every file and dir in <ol_tree>",
        ]),
        ("chmod -R g=u <ol_tree>", [
            "recursively make group permissions the same as the owner's in <ol_tree>",
        ]),
        ("find <ol_tree> -type d ! -user <ol_owner> -exec chown <ol_owner> {} +", [
            "find directories under <ol_tree> not owned by <ol_owner> and chown them to <ol_owner>",
        ]),
    ]),
    ("users", [  # accounts
        ("getent group <group> | cut -d: -f4", [
            "who are the members of the <group> group", "members of group <group>, names only",
        ]),
        ("getent passwd <user> | cut -d: -f7", [
            "what login shell does <user> have", "<user>'s shell",
        ]),
        ("cut -d: -f7 /etc/passwd | sort | uniq -c | sort -rn", [
            "count accounts per login shell", "how many users have each shell",
        ]),
        ("last -n <n>", [
            "last <n> logins", "the <n> most recent logins",
        ]),
        ("lastlog | awk '/Never logged in/ {print $1}'", [
            "which users have never logged in", "accounts that never logged in",
        ]),
        ("awk -F: '$3 == 0 && $1 != \"root\" {print $1}' /etc/passwd", [
            "are there any accounts besides root with uid 0", "other uid 0 accounts than root",
        ]),
        ("echo \"$(id -u):$(id -g)\"", [
            "print my numeric uid and gid as uid:gid", "my uid:gid",
        ]),
        ("last | awk 'NF && $1 != \"reboot\" && $1 != \"wtmp\" {print $1}' | sort | uniq -c | sort -rn", [
            "how many times has each user logged in[, most first|]", "login counts per user from wtmp",
        ]),
        ("awk -F: '$4 == \"\" {print $1}' /etc/group", [
            "groups in /etc/group that have no members listed", "groups without members",
        ]),
        ("sudo awk -F: '$2 == \"\" {print $1}' /etc/shadow", [
            "find accounts with an empty password [field|]", "which users have no password set",
        ]),
        ("awk -F: '$7 !~ /(nologin|false)$/ {print $1}' /etc/passwd", [
            "which users have a real [login |]shell[, not nologin or false|]", "accounts that can log in to a shell",
        ]),
        ("getent group <group> | cut -d: -f3", [
            "gid of the <group> group", "what is the group id of <group>",
        ]),
        ("sudo chage -l <user> | grep 'Password expires'", [
            "password expiry date of <user>", "the date <user>'s password runs out",
        ]),
        ("sudo lastb | awk 'NF && $1 != \"btmp\" {print $1}' | sort | uniq -c | sort -rn | head -n <n>", [
            "top <n> usernames in failed login attempts", "which user names fail to log in most, top <n>",
        ]),
        ("awk -F: '$3 >= 1000 && $3 != 65534 {print $1, $6}' /etc/passwd", [
            "real human accounts with their home dirs[, excluding nobody|]",
        ]),
    ]),
    ("services", [  # docker
        ("docker image prune -f", [
            "delete dangling images", "remove untagged docker images without asking",
        ]),
        ("docker inspect <o2_container> | jq -r '.[0].NetworkSettings.Networks[].IPAddress'", [
            "what's the ip address of container <o2_container>", "ip of the <o2_container> container",
        ]),
        ("docker ps | awk 'NR>1 {print $NF}'", [
            "names of the running containers only", "just the names of running containers",
        ]),
        ("docker exec <o2_container> env", [
            "show the environment variables set in container <o2_container>",
            "env vars of the <o2_container> container",
        ]),
        ("docker logs -f --tail <o2_lines> <o2_container>", [
            "follow the logs of container <o2_container> starting with the last <o2_lines> lines",
        ]),
        ("docker ps -a --filter ancestor=<o2_image>", [
            "which containers[, running or stopped,|] were created from the <o2_image> image",
            "containers based on <o2_image>",
        ]),
        ("docker stats --no-stream", [
            "one snapshot of docker container stats", "cpu and memory of all containers right now",
        ]),
        ("docker images | awk '$1 ~ /^<o2_repo_prefix>/ {print $3}' | sort -u | xargs -r docker rmi", [
            "delete every image whose repository name starts with <o2_repo_prefix>",
        ]),
        ("docker inspect <o2_container> | jq -r '.[0].HostConfig.RestartPolicy.Name'", [
            "what restart policy does container <o2_container> have",
        ]),
        ("docker port <o2_container>", [
            "port mappings of the <o2_container> container", "which ports does <o2_container> publish",
            "port mappings of a container",
        ]),
        ("docker system df", [
            "how much disk space do my docker images take", "docker disk usage",
        ]),
        ("docker exec -it $(docker ps -q -f ancestor=<o2_image> | head -n 1) bash", [
            "open a bash shell in the first running container based on the <o2_image> image",
        ]),
        ("docker ps -q -f name=<o2_name_part> | xargs -r docker stop", [
            "stop every container whose name contains <o2_name_part>",
        ]),
        ("docker inspect <o2_container> | jq -r '.[0].State.Health.Status'", [
            "health status of container <o2_container>", "is the <o2_container> container healthy",
        ]),
        ("docker volume prune -f", [
            "get rid of volumes no container uses", "delete unused docker volumes",
        ]),
        ("docker cp <o2_container>:<o2_cpath> .", [
            "copy <o2_cpath> out of container <o2_container> into the current directory",
        ]),
    ]),
    ("git", [
        ("git rev-parse --abbrev-ref HEAD", [
            "print the current git branch name only", "name of the branch i'm on",
        ]),
        ("git rev-list --count <branch>..HEAD", [
            "how many commits are on my branch that aren't in <branch>",
        ]),
        ("git log -<n> --pretty=format:'%h %ad %s' --date=short", [
            "last <n> commits, one line each with short hash, date and subject",
        ]),
        ("git fetch --prune && git branch -vv | grep ': gone]' | awk '{print $1}' | xargs -r git branch -D", [
            "prune remote-tracking refs and delete local branches whose upstream is gone",
        ]),
        ("git branch --sort=-committerdate", [
            "list local branches by last commit date, newest first", "branches sorted by recent activity",
        ]),
        ("git log -S '<pattern>' --reverse --oneline | head -n 1", [
            "which commit first added the string <pattern>",
        ]),
        ("git rev-list --all --count", [
            "total number of commits across all branches", "how many commits in all branches together",
        ]),
        ("git ls-files -z | xargs -0 wc -l | awk '$1 > <o2_big> && $2 != \"total\"'", [
            "tracked files longer than <o2_big> lines", "longest files tracked by git",
        ]),
        ("git log --since='<o2_days> days ago' --date=short --format='%ad' | sort | uniq -c", [
            "commit count per day over the last <o2_days> days",
        ]),
        ("git describe --tags --abbrev=0", [
            "most recent tag reachable from HEAD", "the latest tag", "what is the last tag",
        ]),
        ("git branch -r | grep -v HEAD | sed 's|^ *origin/||'", [
            "list all remote branches on origin without the origin/ prefix",
        ]),
        ("git blame --line-porcelain <file> | sed -n 's/^author //p' | sort | uniq -c | sort -rn", [
            "who wrote the lines of <file>, as line counts per author", "lines per author in <file>",
        ]),
    ]),
]
CATEGORIES += ONE_LINER_MORE_TASKS

# Casual requests (session 20, from the misses of a helper's set written as people new to the terminal put things):
# "my Music folder", "squish big.log", "let everyone read notes.txt", "without it asking me yes or no".
add_slots({
    "c3_home": ("directory", [(("Documents",), "~/Documents"), (("Music",), "~/Music"), (("Videos",), "~/Videos"),
                              (("Desktop",), "~/Desktop"), (("Downloads",), "~/Downloads"),
                              (("Pictures",), "~/Pictures")]),
    "c3_from": ("directory", [(("Downloads",), "~/Downloads"), (("Desktop",), "~/Desktop"),
                              (("Documents",), "~/Documents")]),
    "c3_to": ("directory", [(("Pictures",), "~/Pictures"), (("Music",), "~/Music"), (("Videos",), "~/Videos")]),
    "c3_mount": ("directory", ["/mnt/backup", "/media/usb", "/mnt/external", "/mnt/nas"]),
    "c3_target": ("file", ["/opt/app/bin/start.sh", "/usr/local/bin/tool", "~/scripts/backup.sh",
                           "/opt/game/run.sh"]),
    "c3_part_a": ("file", ["part1.txt", "chapter1.md", "head.txt", "jan.csv"]),
    "c3_part_b": ("file", ["part2.txt", "chapter2.md", "body.txt", "feb.csv"]),
    "c3_whole": ("file", ["full.txt", "book.md", "page.txt", "all.csv"]),
    "c3_wordfile": ("file", ["words.txt", "names.txt", "tags.txt", "votes.txt"]),
    "c3_zipdir": ("directory", [(("Photos",), "~/Photos"), (("Documents",), "~/Documents"), (("Music",), "~/Music"),
                                (("projects",), "~/projects")]),
    "c3_zip": ("archive", ["photos.zip", "docs.zip", "music.zip", "backup.zip", "release.zip"]),
    "c3_bigfile": ("file", ["big.log", "huge.csv", "dump.sql", "report.txt", "trace.log"]),
    "c3_gz": ("file", ["data.csv.gz", "notes.txt.gz", "access.log.gz", "dump.sql.gz"]),
    "c3_zipname": ("archive", ["release.zip", "site.zip", "photos.zip", "export.zip"]),
    "c3_outdir": ("directory", ["release", "site", "photos", "unpacked"]),
    "c3_secret": ("file", [(("secrets.txt",), "secrets.zip secrets.txt"),
                           (("passwords.txt",), "passwords.zip passwords.txt"),
                           (("taxes.pdf",), "taxes.zip taxes.pdf")]),
    "c3_addfile": ("file", ["notes.txt", "readme.md", "photo.jpg", "todo.txt"]),
    "c3_owner": ("user", ["bob", "alice", "www-data", "deploy"]),
    "c3_share": ("directory", ["/srv/share", "/var/www", "/opt/app", "/data/shared"]),
    "c3_readme": ("file", ["notes.txt", "report.pdf", "index.html", "readme.md"]),
    "c3_scripts": ("directory", ["scripts", "bin", "tools", "~/bin"]),
    "c3_sysfile": ("file", ["/etc/shadow", "/etc/passwd", "~/.ssh/id_ed25519", "/etc/sudoers", "script.sh"]),
    "c3_webuser": ("user", ["www-data", "nginx", "deploy", "app"]),
    "c3_applog": ("file", ["app.log", "error.log", "uploads", "cache"]),
    "c3_old_user": ("user", ["mike", "jdoe", "sam", "bob"]),
    "c3_new_user": ("user", ["michael", "john", "samuel", "robert"]),
    "c3_expire_user": ("user", ["nina", "tom", "lisa", "omar"]),
    "c3_job": ("file", ["compile.sh", "backup.sh", "render.py", "build.sh"]),
    "c3_secs": ("seconds", counts(5, 10, 30, 60)),
    "c3_task": ("file", ["long_task.sh", "job.sh", "sync.py", "import.sh"]),
    "c3_usb": ("mountpoint", ["/mnt/usb", "/media/usb", "/media/alice/USB", "/mnt/stick"]),
    "c3_part": ("device", ["/dev/sda1", "/dev/sdb1", "/dev/nvme0n1p2", "/dev/sdc1"]),
    "c3_swap": ("size", [(("2 gigabyte", "2GB", "2G"), "2G"), (("4 gigabyte", "4GB", "4G"), "4G"),
                         (("1 gigabyte", "1GB", "1G"), "1G"), (("8GB", "8G"), "8G")]),
    "c3_unit": ("service", ["nginx", "ssh", "docker", "postgresql", "cron"]),
    "c3_editor": ("command", ["nano", "vim", "code", "micro"]),
    "c3_site": ("directory", ["site", "public", "dist", "www"]),
    "c3_web_host": ("host", ["web1.example.com", "10.0.0.12", "deploy@web2", "server.local"]),
    "c3_login": ("host", ["bob@10.0.0.8", "pi@raspberrypi.local", "alice@server1", "admin@192.168.1.50"]),
    "c3_pkg": ("package", ["python3", "git", "curl", "docker.io", "nginx"]),
    "c3_pkg_a": ("package", ["git", "vim", "htop", "tmux"]),
    "c3_pkg_b": ("package", ["curl", "wget", "tree", "jq"]),
    "c3_topic": ("keyword", [(("editing pdf files", "pdf editing"), "pdf editor"), (("playing music",), "music player"),
                             (("reading epub books",), "epub reader")]),
})
CASUAL_TASKS = [
    ("files", [
        ("ls <c3_home>", [
            "how do i see what files are in my <c3_home> folder", "what's in my <c3_home> folder",
            "show me my <c3_home>",
        ]),
        ("mv <c3_from>/*.<ext> <c3_to>/", [
            "move all the <ext> [files|pictures] from <c3_from> [into|to] <c3_to>",
            "put every <ext> from my <c3_from> folder in <c3_to>",
        ]),
        ("cp -r <c3_home> <c3_mount>/", [
            "copy my whole <c3_home> folder to <c3_mount>", "back up my <c3_home> folder onto <c3_mount>",
        ]),
        ("ln -s <c3_target> ~/Desktop/", [
            "put a shortcut to <c3_target> on my desktop", "make a desktop shortcut for <c3_target>",
        ]),
        ("find . -type f -name '*.<ext>' -delete", [
            "delete every <ext> file in this folder and the ones below it",
            "get rid of the <ext> files here and in all the folders inside",
        ]),
        ("wc -l *", [
            "how many lines are in each file in this folder", "line count of every file here",
        ]),
        ("ls -l", [
            "show the permissions of everything in this folder", "who can read what here",
        ]),
    ]),
    ("text", [
        ("cat <c3_readme>", [
            "print <c3_readme> on the screen", "what does <c3_readme> say",
        ]),
        ("tail /var/log/syslog", [
            "show the end of the system log", "last few lines of the system log",
        ]),
        ("cat <c3_part_a> <c3_part_b> > <c3_whole>", [
            "glue <c3_part_a> and <c3_part_b> together into <c3_whole>",
            "stick <c3_part_b> after <c3_part_a> and save it as <c3_whole>",
        ]),
        ("sort <c3_wordfile> | uniq -c | sort -rn | head -n 1", [
            "which word shows up the most in <c3_wordfile>", "most common line in <c3_wordfile>",
        ]),
    ]),
    ("archives", [
        ("zip -r <c3_zip> <c3_zipdir>", [
            "zip up the <c3_zipdir> folder in my home into <c3_zip>", "make <c3_zip> out of my <c3_zipdir> folder",
        ]),
        ("unzip -l <c3_zip>", [
            "peek at the file names in <c3_zip>", "which files are in <c3_zip>",
        ]),
        ("gzip <c3_bigfile>", [
            "squish <c3_bigfile> to make it smaller", "make <c3_bigfile> take less space", "squish a file",
        ]),
        ("gunzip <c3_gz>", [
            "undo the compression on <c3_gz>", "get the normal file back from <c3_gz>",
        ]),
        ("unzip <c3_zipname> -d <c3_outdir>", [
            "unzip <c3_zipname> so the files land in a <c3_outdir> folder",
            "open <c3_zipname> up into its own <c3_outdir> folder",
        ]),
        ("zip -e <c3_secret>", [
            "make a [password|pasword] protected zip of <c3_secret>", "zip <c3_secret> with a password",
        ]),
        ("zip <c3_zip> <c3_addfile>", [
            "add <c3_addfile> to the zip i already have, <c3_zip>", "put <c3_addfile> into the existing <c3_zip>",
        ]),
        ("unzip '*.zip'", [
            "unpack every zip file in this folder", "unzip all the zips here",
        ]),
    ]),
    ("permissions", [
        ("sudo chown -R <c3_owner> <c3_share>", [
            "make <c3_owner> the owner of <c3_share> and everything in it",
            "<c3_share> and all inside it should belong to <c3_owner>",
        ]),
        ("chmod a+r <c3_readme>", [
            "let everyone read <c3_readme>", "make <c3_readme> readable by all", "let everyone read a file",
        ]),
        ("chmod +x <c3_scripts>/*", [
            "make every file in the <c3_scripts> folder executable", "let all the files in <c3_scripts> run",
        ]),
        ("stat -c '%a' <c3_sysfile>", [
            "what are the permissions on <c3_sysfile> as a number", "octal permissions of <c3_sysfile>",
            "permissions of a file as a number",
        ]),
        ("sudo chown <c3_webuser>:<c3_webuser> <c3_applog>", [
            "change the owner of <c3_applog> to <c3_webuser>, both user and group",
            "give <c3_applog> to user and group <c3_webuser>",
        ]),
    ]),
    ("users", [
        ("sudo -u postgres psql", [
            "open a psql shell as the postgres user", "get into postgres as the postgres account",
        ]),
        ("sudo usermod -l <c3_new_user> <c3_old_user>", [
            "give the account <c3_old_user> the new name <c3_new_user>",
            "change the login name <c3_old_user> to <c3_new_user>",
        ]),
        ("sudo passwd -e <c3_expire_user>", [
            "make <c3_expire_user>'s password expire so [she|he|they] [has|have] to pick a new one",
            "force <c3_expire_user> to choose a new password at next login",
        ]),
    ]),
    ("processes", [
        ("nice ./<c3_job>", [
            "run <c3_job> with low priority so it [doesn't|doesnt] slow everything down",
            "start <c3_job> gently, low priority", "run a script with low priority",
        ]),
        ("watch -n <c3_secs> df -h", [
            "keep showing disk space and refresh it every <c3_secs> seconds", "live view of free disk space",
        ]),
        ("timeout <c3_secs> ./<c3_task>", [
            "run <c3_task> but kill it if it takes more than <c3_secs> seconds",
            "give <c3_task> at most <c3_secs> seconds", "kill a script if it runs too long",
        ]),
    ]),
    ("disk", [
        ("sudo umount <c3_usb>", [
            "safely remove the usb drive mounted at <c3_usb>", "eject the stick at <c3_usb>",
            "safely remove a usb drive",
        ]),
        ("lsblk -f <c3_part>", [
            "what filesystem type is <c3_part>", "is <c3_part> ext4 or something else",
        ]),
        ("sudo fallocate -l <c3_swap> /swapfile && sudo chmod 600 /swapfile && sudo mkswap /swapfile && sudo swapon "
         "/swapfile", [
            "make and turn on a <c3_swap> swap file at /swapfile", "add <c3_swap> of swap as a file",
        ]),
    ]),
    ("system", [
        ("journalctl -u <c3_unit>", [
            "show the log messages from the <c3_unit> service", "what has <c3_unit> been logging",
        ]),
        ("sudo dmesg | tail", [
            "show the latest kernel messages", "what happened when i plugged in a usb",
        ]),
        ("export EDITOR=<c3_editor>", [
            "set EDITOR to <c3_editor> for this terminal session", "use <c3_editor> as my editor in this shell",
        ]),
    ]),
    ("networking", [
        ("ip route", [
            "[whats|what's] my router's address", "where does my traffic go out, the router",
        ]),
        ("rsync -av <c3_site> <c3_web_host>:/var/www/", [
            "copy the <c3_site> folder to /var/www on <c3_web_host>, only sending what changed",
        ]),
        ("ssh-copy-id <c3_login>", [
            "let me log into <c3_login> without typing a password every time", "stop <c3_login> asking for my password",
        ]),
    ]),
    ("packages", [
        ("sudo apt update", [
            "update the list of available software", "get the newest list of programs",
        ]),
        ("dpkg -l <c3_pkg>", [
            "is <c3_pkg> installed", "do i have <c3_pkg>",
        ]),
        ("apt search <c3_topic>", [
            "find a package for <c3_topic>", "is there a program for <c3_topic>",
        ]),
        ("sudo apt install -y <c3_pkg_a> <c3_pkg_b>", [
            "install <c3_pkg_a> and <c3_pkg_b> at the same time without it asking me yes or no",
            "install <c3_pkg_a> and <c3_pkg_b>, answer yes to everything",
        ]),
    ]),
]
CATEGORIES += CASUAL_TASKS

# Requests written as descriptions of what a command does (session 20, from the misses of a helper's set in the
# manner of NL2Bash's): "Recursively finds all files with the .log extension under /var and deletes them".
add_slots({
    "d3_dir": ("directory", ["/var/log", "/etc", "~/projects", "/srv/www", "/opt/app", "/data", "src", "~/Documents",
                             "/usr/local/bin", "/var/tmp", "~/bin", "docs"]),
    "d3_dest": ("directory", ["~/Music", "~/backup", "/mnt/archive", "~/sorted", "/srv/backup", "~/old"]),
    "d3_name": ("name", ["node_modules", "Makefile", "core", ".git", "__pycache__", "build", "vendor"]),
    "d3_newer": ("file", ["config.yaml", "marker.txt", "last_run", "stamp", "build.log"]),
    "d3_size_lo": ("size", [(("1 megabyte", "1MB"), "1M"), (("10MB", "10 megabytes"), "10M"), (("100k",), "100k")]),
    "d3_size_hi": ("size", [(("50 megabytes", "50MB"), "50M"), (("200MB",), "200M"), (("1GB", "1 gigabyte"), "1G")]),
    "d3_depth": ("number", counts(1, 2, 3, 4)),
    "d3_perm": ("mode", ["777", "755", "644", "600", "666"]),
    "d3_group": ("group", ["developers", "staff", "www-data", "devops"]),
    "d3_user": ("user", ["deploy", "root", "alice", "nobody"]),
    "d3_ctx": ("number", counts(2, 3, 5, 10)),
    "d3_word": ("pattern", ["init", "main", "config", "user", "TODO", "count"]),
    "d3_alt_a": ("pattern", ["WARN", "timeout", "refused", "fatal"]),
    "d3_alt_b": ("pattern", ["ERROR", "denied", "panic", "failed"]),
    "d3_exdir": ("directory", ["node_modules", ".git", "vendor", "build", "dist"]),
    "d3_fixed": ("pattern", [(("'a.b*c'",), "a.b*c"), (("'1+1=2'",), "1+1=2"), (("'[x]'",), "[x]"),
                             (("'$HOME'",), "$HOME")]),
    "d3_patterns": ("file", ["patterns.txt", "blocklist.txt", "words.txt", "ids.txt"]),
    "d3_data": ("file", ["users.txt", "access.log", "data.csv", "emails.txt"]),
    "d3_tsv": ("file", ["sales.tsv", "data.tsv", "scores.tsv", "times.tsv"]),
    "d3_upper_out": ("file", ["names_upper.txt", "out.txt", "upper.txt", "result.txt"]),
    "d3_urls": ("file", ["urls.txt", "links.txt", "bookmarks.txt", "sites.txt"]),
    "d3_member": ("path", ["config/settings.json", "etc/hosts", "src/main.py", "docs/README.md"]),
    "d3_zst": ("archive", ["archive.tar.zst", "backup.tar.zst", "rootfs.tar.zst"]),
    "d3_piece": ("size", [(("100-megabyte", "100MB", "100M"), "100M"), (("1GB", "1G"), "1G"),
                          (("500MB", "500M"), "500M")]),
    "d3_big": ("file", ["video.tar", "disk.img", "backup.tar", "dump.sql"]),
    "d3_setgid": ("directory", ["/srv/team", "/srv/shared", "/var/www/shared", "/data/projects"]),
    "d3_link_name": ("file", ["python", "editor", "latest", "node"]),
    "d3_link_dir": ("directory", ["~/bin", "/usr/local/bin", "~/.local/bin"]),
    "d3_link_target": ("file", ["/usr/bin/python3", "/usr/bin/vim", "releases/v2.4", "/opt/node/bin/node"]),
    "d3_link": ("file", ["current", "latest", "old-config", "/usr/bin/editor", "/usr/bin/java"]),
    "d3_copy_src": ("directory", ["config", "project", "src", "photos"]),
    "d3_copy_dest": ("directory", ["/tmp/config-backup", "project-skel", "dest", "/mnt/backup/photos"]),
    "d3_pidfile": ("file", ["/run/nginx.pid", "/var/run/app.pid", "app.pid"]),
    "d3_proc_user": ("user", ["www-data", "postgres", "alice", "root"]),
    "d3_out": ("file", ["backup.out", "run.log", "output.log", "nohup.out"]),
    "d3_cmd": ("command", ["make", "./build.sh", "tar -czf backup.tar.gz data", "python3 train.py"]),
    "d3_host": ("host", ["192.168.1.20", "web01.example.com", "files.example.com", "10.0.0.8"]),
    "d3_gw": ("host", ["gateway.example.com", "bastion", "jump.example.net"]),
    "d3_inner": ("host", ["intranet.local", "db.internal", "10.1.0.5"]),
    "d3_lport": ("port", ["8080", "5433", "1080", "9000"]),
    "d3_rport": ("port", ["80", "5432", "443", "22"]),
    "d3_mnt": ("directory", ["~/remote", "/mnt/server", "~/mnt/web"]),
    "d3_ago": ("number", counts(2, 3, 5, 7)),
    "d3_stamp": ("time", [(("noon on January 1, 2024",), "2024-01-01 12:00"),
                          (("2023-12-31 23:59",), "2023-12-31 23:59"),
                          (("midnight on March 5, 2024",), "2024-03-05 00:00")]),
})
DESCRIBED_TASKS = [
    ("files", [  # find
        ("find <d3_dir> -type f -name '*.<ext>'", [
            "Recursively lists all regular files with the <ext> extension under <d3_dir>",
            "Find regular files whose names end in <ext> below <d3_dir>",
            "Find the regular files with a given extension",
        ]),
        ("find . -type d -name <d3_name> -prune", [
            "Finds all directories named <d3_name> beneath the current directory without descending into them",
        ]),
        ("find <d3_dir> -type f -mtime -1", [
            "List the regular files in <d3_dir> that were modified within the last 24 hours",
        ]),
        ("find <d3_dir> -type f -iname '*.<ext>'", [
            "Finds all files under <d3_dir> whose names end in <ext>, matching the extension case-insensitively",
        ]),
        ("find . -maxdepth 1 -type f -newer <d3_newer>", [
            "Lists regular files in the current directory only, not in subdirectories, that are newer than <d3_newer>",
        ]),
        ("find <d3_dir> -maxdepth 1 -type l", [
            "List all symbolic links located directly in <d3_dir>",
        ]),
        ("find . -xtype l", [
            "Finds broken symbolic links anywhere below the current directory", "List dangling symlinks in this tree",
        ]),
        ("find <d3_dir> -type f -name '*.<ext>' -atime +<days>", [
            "Find <ext> files under <d3_dir> that have not been accessed in more than <days> days",
        ]),
        ("find <d3_dir> -type f -size +<d3_size_lo> -size -<d3_size_hi>", [
            "Locate regular files in <d3_dir> larger than <d3_size_lo> but smaller than <d3_size_hi>",
        ]),
        ("find . -name .git -prune -o -name <d3_name> -print", [
            "Find every file named <d3_name> in the current tree while skipping anything inside .git directories",
        ]),
        ("find <d3_dir> -maxdepth <d3_depth> -type f -name '*.<ext>'", [
            "Lists <ext> files in <d3_dir> at most <d3_depth> directory levels deep",
        ]),
        ("find . -name '* *'", [
            "Find files and directories under the current directory whose names contain a space",
            "file names with spaces in them",
        ]),
        ("find <d3_dir> -group <d3_group> ! -user <d3_user>", [
            "Find files under <d3_dir> that belong to the group <d3_group> but are not owned by the user <d3_user>",
        ]),
        ("find <d3_dir> -type f -perm <d3_perm>", [
            "Find regular files under <d3_dir> whose permissions are exactly <d3_perm>",
            "Find files with exactly a given permission",
        ]),
        ("find <d3_dir> -type f -name '*.<ext>' -delete", [
            "Recursively finds all files with the <ext> extension in <d3_dir> and deletes them",
            "Recursively delete the files with a given extension",
        ]),
        ("find <d3_dir> -type f -name '*.<ext>' -exec chmod o-x {} +", [
            "Remove execute permission for others from all <ext> files under <d3_dir>",
        ]),
        ("find . -type f -name '*.<ext>' -exec mv -t <d3_dest> {} +", [
            "Moves all <ext> files in the current directory tree into <d3_dest>",
        ]),
        ("find <d3_dir> -type f -size +<size> -exec du -h {} +", [
            "Print the human-readable size and path of every regular file under <d3_dir> larger than <size>",
        ]),
        ("find <d3_dir> -type f -name <d3_name> -ok rm {} \\;", [
            "Find regular files named <d3_name> under <d3_dir> and remove each one after asking for confirmation",
        ]),
        ("find . -type d -name __pycache__ -prune -exec rm -rf {} +", [
            "Recursively delete all __pycache__ directories below the current directory", "remove python caches",
        ]),
        ("find <d3_dir> -type f -name '*.jpeg' -exec sh -c 'mv -- \"$1\" \"${1%.jpeg}.jpg\"' sh {} \\;", [
            "Renames every .jpeg file under <d3_dir> so that it has the .jpg extension instead",
        ]),
        ("find <d3_dir> -type f -user \"$USER\" -mtime +<days> -delete", [
            "Deletes regular files in <d3_dir> that are owned by the current user and were last modified more "
            "than <days> days ago",
        ]),
        ("find <d3_dir> -type f -mmin -<minutes> -exec ls -l {} +", [
            "List in long format the files under <d3_dir> that were modified in the last <minutes> minutes",
        ]),
        ("find . -type f -exec md5sum {} +", [
            "Compute the MD5 checksum of every regular file in the current directory tree",
        ]),
        ("find <d3_dir> -type f -name '*.txt' -exec sed -i 's/\\r$//' {} +", [
            "Converts the line endings of all .txt files under <d3_dir> from CRLF to LF in place",
        ]),
        ("find <d3_dir> -type f -name '*.<ext>' -exec sed -i 's/<old>/<new>/g' {} +", [
            "Replace every occurrence of <old> with <new> in all <ext> files under <d3_dir>, editing the files "
            "in place",
        ]),
        ("ls -li", [
            "List the files in the current directory in long format together with their inode numbers",
        ]),
        ("cp -a <d3_copy_src> <d3_copy_dest>", [
            "Recursively copy the directory <d3_copy_src> to <d3_copy_dest>, preserving mode, ownership and "
            "timestamps",
        ]),
        ("cp -i /etc/*.conf <d3_dest>/", [
            "Copy all .conf files from /etc into <d3_dest>, prompting before overwriting any existing file",
        ]),
        ("mv --backup=numbered <file> <d3_dest>/", [
            "Move <file> into the directory <d3_dest>, making a numbered backup if a file of the same name exists",
        ]),
        ("cp -ru <d3_copy_src>/. <d3_copy_dest>/", [
            "Recursively copy the contents of <d3_copy_src> into <d3_copy_dest>, copying only newer or missing files",
        ]),
        ("rsync -a --include='*/' --exclude='*' <d3_copy_src>/ <d3_copy_dest>/", [
            "Replicate the directory structure of <d3_copy_src> into <d3_copy_dest> without copying any files",
        ]),
        ("ln -s <d3_link_target> <d3_link_dir>/<d3_link_name>", [
            "Create a symbolic link named <d3_link_name> in <d3_link_dir> that points to <d3_link_target>",
        ]),
        ("ln -sfn <d3_link_target> <d3_link>", [
            "Replaces the existing symbolic link <d3_link> so that it points to <d3_link_target>",
        ]),
        ("readlink <d3_link>", [
            "Print the target of the symbolic link <d3_link>", "where does the link <d3_link> point",
            "Print the target of a symbolic link",
        ]),
        ("readlink -f <d3_link>", [
            "Resolve the fully canonical path of <d3_link>, following every symbolic link in the chain",
        ]),
        ("unlink <d3_link>", [
            "Removes the symbolic link <d3_link> without affecting the file it points to",
            "Remove a symbolic link but not its target",
        ]),
        ("rsync --progress <d3_big> <d3_dest>/", [
            "Copy <d3_big> to <d3_dest> while displaying transfer progress",
        ]),
    ]),
    ("text", [  # grep and pipelines
        ("grep -rn '<pattern>' .", [
            "Recursively search the current directory for the string <pattern> and print line numbers with each match",
        ]),
        ("grep -i -A <d3_ctx> '<pattern>' <logfile>", [
            "Searches <logfile> case-insensitively for <pattern> and shows <d3_ctx> lines of trailing context",
        ]),
        ("grep -oE '([0-9]{1,3}\\.){3}[0-9]{1,3}' <logfile>", [
            "Print only the IPv4 addresses matched in <logfile>, one per line", "ip addresses found in <logfile>",
        ]),
        ("grep -rw --include='*.<ext>' '<d3_word>' <d3_dir>", [
            "Search for the whole word <d3_word> in all <ext> files under <d3_dir>, recursively",
        ]),
        ("grep -E '<d3_alt_a>|<d3_alt_b>' <logfile>", [
            "Print the lines of <logfile> that match either <d3_alt_a> or <d3_alt_b>",
        ]),
        ("grep -r --exclude-dir=<d3_exdir> '<pattern>' .", [
            "Recursively searches the current directory for <pattern>, excluding the <d3_exdir> directories",
        ]),
        ("grep -F '<d3_fixed>' <d3_data>", [
            "Print the lines of <d3_data> containing the literal string <d3_fixed>, treating the pattern as a "
            "fixed string",
        ]),
        ("grep -rn '[[:space:]]$' .", [
            "Recursively search the current directory for lines ending in trailing whitespace",
        ]),
        ("zgrep '<pattern>' <gz>", [
            "Search the gzip-compressed log <gz> for <pattern>", "Search inside a gzip-compressed file",
        ]),
        ("grep -f <d3_patterns> <d3_data>", [
            "Prints the lines of <d3_data> that match any of the patterns listed in <d3_patterns>",
            "grep with patterns from a file",
        ]),
        ("grep -m 1 '<pattern>' <logfile>", [
            "Print only the first line of <logfile> that contains <pattern>", "first matching line only",
        ]),
        ("grep -rl $'\\r' .", [
            "List the files in the current directory tree that contain Windows-style carriage-return line endings",
        ]),
        ("grep -rnP '[^\\x00-\\x7F]' .", [
            "Recursively find lines containing non-ASCII characters in the current directory",
        ]),
        ("cut -d, -f<col> <csvfile> | sort -u", [
            "Extract <col> of the comma-separated file <csvfile>, then sort it and remove duplicates",
        ]),
        ("tr '[:lower:]' '[:upper:]' < <textfile> > <d3_upper_out>", [
            "Convert the contents of <textfile> to uppercase and write the result to <d3_upper_out>",
        ]),
        ("awk -F'\\t' '{s += $<col>} END {print s}' <d3_tsv>", [
            "Computes the sum of the numbers in <col> of the tab-separated file <d3_tsv>",
        ]),
        ("cut -d: -f1 /etc/passwd | sort", [
            "Print the login names of all user accounts on the system, sorted alphabetically",
        ]),
        ("ls -t | head -n <n>", [
            "Show the <n> most recently modified entries in the current directory",
        ]),
        ("grep '<pattern>' <logfile> | tail -n <n>", [
            "Show the last <n> lines of <logfile> that mention <pattern>",
        ]),
        ("awk '!seen[$0]++' <textfile>", [
            "Remove duplicate lines from <textfile> while preserving the order of first occurrence",
        ]),
        ("awk -F/ '{print $3}' <d3_urls> | sort -u", [
            "Extract the unique host names from the URLs listed one per line in <d3_urls>",
        ]),
        ("awk '{print length, $0}' <textfile> | sort -rn | head -n 1 | cut -d' ' -f2-", [
            "Print the longest line in <textfile>",
        ]),
        ("env | sort", [
            "Display all environment variables sorted by name",
        ]),
        ("tail -n +2 <csvfile> | sort -t, -k<col>,<col>nr", [
            "Drop the header line of <csvfile> and sort the remaining rows numerically by <col> in descending order",
        ]),
    ]),
    ("archives", [
        ("tar -czf <targz> <d3_copy_src>", [
            "Create a gzip-compressed tar archive named <targz> containing the directory <d3_copy_src>",
        ]),
        ("tar -tjf <tarbz>", [
            "List the contents of the bzip2-compressed tarball <tarbz> without extracting it",
        ]),
        ("gunzip *.gz", [
            "Decompress every .gz file in the current directory, replacing each with its uncompressed version",
        ]),
        ("tar -cJf <tarxz> <d3_copy_src>", [
            "Creates an xz-compressed tar archive named <tarxz> from <d3_copy_src>",
        ]),
        ("tar -czf <targz> --exclude='*.<ext>' <d3_copy_src>", [
            "Create <targz> from the <d3_copy_src> directory, excluding all files ending in <ext>",
        ]),
        ("tar -xf <tar> <d3_member>", [
            "Extract only the member <d3_member> from <tar>", "Extract a single file from a tar archive",
        ]),
        ("gzip -9 *.<ext>", [
            "Compress each <ext> file in the current directory separately using gzip at maximum compression",
        ]),
        ("tar -xzf <targz> --strip-components=1", [
            "Extract <targz>, stripping the leading top-level directory component from every path",
        ]),
        ("tar --zstd -xf <d3_zst>", [
            "Extracts the zstd-compressed tarball <d3_zst> into the current directory",
        ]),
        ("tar -cjpf <tarbz> <d3_copy_src>", [
            "Create a bzip2-compressed tar archive of <d3_copy_src> named <tarbz>, preserving file permissions",
        ]),
        ("split -b <d3_piece> <d3_big> <d3_big>.part-", [
            "Split <d3_big> into <d3_piece> pieces whose names begin with <d3_big>.part-",
        ]),
    ]),
    ("permissions", [
        ("chmod u+x <script>", [
            "Add execute permission for the owner of <script>",
        ]),
        ("chmod 600 <private>", [
            "Restrict <private> so that only its owner can read and write it",
        ]),
        ("chmod g+s <d3_setgid>", [
            "Set the setgid bit on the directory <d3_setgid> so that new files inherit its group",
        ]),
        ("umask -S", [
            "Print the current file-creation mask in symbolic notation",
        ]),
        ("getfacl .", [
            "Display the access control list of the current directory",
        ]),
        ("chmod -R g+rX <d3_copy_src>", [
            "Recursively give the group read access to everything in <d3_copy_src>, adding execute permission only "
            "on directories",
        ]),
        ("chmod 700 .", [
            "Make the current directory accessible only to its owner",
        ]),
        ("sudo chown -h <d3_user> <d3_link>", [
            "Change the owner of the symbolic link <d3_link> itself, rather than its target, to the user <d3_user>",
        ]),
        ("stat -c '%a %n' *", [
            "Show the octal permissions and name of each non-hidden file in the current directory",
        ]),
        ("groups", [
            "Print the names of all groups the current user belongs to",
        ]),
    ]),
    ("processes", [
        ("ps -u <d3_proc_user> -o pid,%cpu,%mem,cmd --sort=-%cpu", [
            "List all processes owned by the user <d3_proc_user>, sorted by CPU usage in descending order",
        ]),
        ("pkill -9 <process>", [
            "Forcefully kills every process named <process> with SIGKILL",
        ]),
        ("pgrep <process>", [
            "Print the process IDs of all processes named <process>",
        ]),
        ("nohup ./<script> > <d3_out> 2>&1 &", [
            "Run ./<script> in the background, immune to hangups, with both stdout and stderr written to <d3_out>",
        ]),
        ("nice -n 19 <d3_cmd>", [
            "Run <d3_cmd> with the lowest possible scheduling priority",
        ]),
        ("ps -ejH", [
            "Display all processes as a hierarchical tree showing parent-child relationships",
        ]),
        ("ps -p <pid> -o args=", [
            "Display the full command line, including arguments, of process <pid>",
        ]),
        ("top -o %MEM", [
            "Start an interactive, continuously updating process viewer sorted by memory usage",
        ]),
        ("kill -HUP \"$(cat <d3_pidfile>)\"", [
            "Send SIGHUP to the process whose PID is stored in <d3_pidfile>", "Send SIGHUP to the pid in a pid file",
        ]),
    ]),
    ("networking", [  # remote
        ("scp <file> <d3_user>@<d3_host>:~", [
            "Copy <file> to the home directory of the user <d3_user> on <d3_host>",
        ]),
        ("scp -r <d3_host>:<remote_dir> <d3_copy_src>/", [
            "Recursively copy <remote_dir> from the server <d3_host> into the local directory <d3_copy_src>",
        ]),
        ("rsync -avz --delete <workdir>/ <d3_host>:<remote_dir>/", [
            "Synchronize <workdir> to <remote_dir> on <d3_host> using rsync over SSH with compression, deleting "
            "extraneous files on the destination",
        ]),
        ("ssh -L <d3_lport>:<d3_inner>:<d3_rport> <d3_gw>", [
            "Forwards local port <d3_lport> to port <d3_rport> on <d3_inner> through the SSH gateway <d3_gw>",
        ]),
        ("ssh -D <d3_lport> -N <d3_host>", [
            "Open a SOCKS proxy on local port <d3_lport> through an SSH connection to <d3_host> without executing "
            "a remote command",
        ]),
        ("scp -i <keyfile> <d3_user>@<d3_host>:<remote_file> .", [
            "Copy <remote_file> from <d3_user>@<d3_host> to the current directory, authenticating with the identity "
            "file <keyfile>",
        ]),
        ("tar -czf - <d3_copy_src> | ssh <d3_host> 'tar -xzf - -C <remote_dir>'", [
            "Streams a gzip-compressed tar of the local directory <d3_copy_src> to <d3_host> and unpacks it there "
            "in <remote_dir>",
        ]),
        ("sshfs <d3_user>@<d3_host>:<remote_dir> <d3_mnt>", [
            "Mount <remote_dir> from <d3_host>, logging in as <d3_user>, onto the local directory <d3_mnt> with sshfs",
        ]),
        ("ssh -R <d3_lport>:localhost:<d3_rport> <d3_host>", [
            "Establishes a reverse tunnel that exposes local port <d3_rport> on port <d3_lport> of <d3_host>",
        ]),
        ("rsync -P <d3_big> <d3_host>:<remote_dir>/", [
            "Upload <d3_big> to <d3_host>:<remote_dir>, resuming a partial transfer and showing progress",
        ]),
        ("ssh-keygen -R <d3_host>", [
            "Remove the stored host key for <d3_host> from the known_hosts file", "Forget a host's ssh key",
        ]),
    ]),
    ("system", [
        ("date -I", [
            "Print the current date in ISO 8601 format", "today's date as YYYY-MM-DD",
        ]),
        ("date -d '<d3_ago> days ago'", [
            "Display the date and time exactly <d3_ago> days ago",
        ]),
        ("uptime -p", [
            "Report how long the system has been running in a pretty format",
        ]),
        ("touch -d '<d3_stamp>' <file>", [
            "Set both the access and modification times of <file> to <d3_stamp>",
        ]),
        ("sha256sum <iso>", [
            "Print the SHA-256 checksum of <iso>",
        ]),
        ("tail -n <n> -f <logfile>", [
            "Show the last <n> lines of <logfile> and keep printing new lines as they are appended",
        ]),
        ("nproc", [
            "Print the number of available processing units",
        ]),
    ]),
]
CATEGORIES += DESCRIBED_TASKS

# More requests written as descriptions (session 20, from the misses of a second helper set in that manner): text
# tools, counts, disk and files, system facts, networking, processes, services, accounts, shell variables.
add_slots({
    "d4_fields": ("fields", [(("second and fifth",), "2,5"), (("first and third",), "1,3"),
                             (("first and seventh",), "1,7")]),
    "d4_out": ("file", ["clean.txt", "result.txt", "output.txt", "filtered.txt"]),
    "d4_width": ("number", counts(60, 72, 80)),
    "d4_tsv": ("file", ["data.tsv", "stats.tsv", "table.tsv"]),
    "d4_numfile": ("file", ["values.txt", "numbers.txt", "measurements.txt"]),
    "d4_img": ("file", ["test.img", "blank.img", "disk.img", "zero.bin"]),
    "d4_mb": ("number", counts(10, 100, 512, 1024)),
    "d4_tz": ("timezone", ["Asia/Tokyo", "America/New_York", "Europe/Berlin", "Australia/Sydney"]),
    "d4_days": ("days", counts(7, 30, 90)),
    "d4_cidr": ("address", ["10.0.0.5/24", "192.168.1.50/24", "172.16.0.10/16"]),
    "d4_listen_port": ("port", ["9000", "4444", "12345"]),
    "d4_recv": ("file", ["received.bin", "incoming.txt", "dump.dat"]),
    "d4_site": ("url", ["https://example.com/docs/", "https://example.org/manual/", "https://docs.example.net/"]),
    "d4_cmdline": ("pattern", [(("'celery worker'",), "celery worker"), (("'node server.js'",), "node server.js"),
                               (("'python3 app.py'",), "python3 app.py")]),
    "d4_tag": ("name", ["backup", "deploy", "cron-job", "myscript"]),
    "d4_msg": ("text", [(("'backup completed'",), "backup completed"), (("'deploy finished'",), "deploy finished"),
                        (("'disk almost full'",), "disk almost full")]),
    "d4_vacuum": ("size", [(("500 MB", "500MB"), "500M"), (("1 GB", "1GB"), "1G"), (("200 MB",), "200M")]),
    "d4_expire": ("date", ["2025-12-31", "2026-06-30", "2025-09-01"]),
    "d4_var": ("variable", ["name", "answer", "choice", "user_input"]),
    "d4_prompt": ("text", [(("'Name: '",), "Name: "), (("'Continue? '",), "Continue? "),
                           (("'Enter a value: '",), "Enter a value: ")]),
    "d4_path": ("path", ["/var/www/html/index.html", "/home/alice/docs/report.txt", "/etc/nginx/nginx.conf",
                         "/usr/local/bin/tool.sh"]),
    "d4_marker": ("file", ["/tmp/ready", "/var/run/done", "/tmp/build.ok"]),
    "d4_secs": ("seconds", counts(2, 5, 10)),
    "d4_num": ("number", ["3.14159", "2.71828", "1.41421"]),
    "d4_b64": ("text", ["aGVsbG8gd29ybGQ=", "bmxzaA==", "dGVzdA=="]),
    "d4_md5list": ("file", ["checksums.md5", "MD5SUMS", "files.md5"]),
    "d4_runlog": ("file", ["run.log", "history.log", "out.log"]),
    "d4_sysctl_line": ("text", ["net.ipv4.ip_forward=1", "vm.swappiness=10", "fs.inotify.max_user_watches=524288"]),
    "d4_sysctl_file": ("file", ["/etc/sysctl.d/99-forward.conf", "/etc/sysctl.d/99-custom.conf"]),
    "d4_builtin": ("command", ["cd", "ls", "echo", "grep", "ll"]),
    "d4_hex": ("number", [(("32-character", "32 character"), "16"), (("16-character",), "8"),
                          (("64-character",), "32")]),
    "d4_str": ("text", ["hello", "secret", "nlsh"]),
})
DESCRIBED_MORE_TASKS = [
    ("text", [
        ("sed -i 's|<old>|<new>|g' <textfile>", [
            "Replaces every occurrence of <old> with <new> in <textfile>, editing the file in place",
        ]),
        ("cut -d: -f<d4_fields> /etc/passwd", [
            "Print the <d4_fields> colon-separated fields of /etc/passwd",
        ]),
        ("sort -f -u <listfile>", [
            "Sorts the lines of <listfile> alphabetically, ignoring case, and removes duplicate lines",
        ]),
        ("sed '/^$/d' <textfile>", [
            "Delete all empty lines from <textfile> and print the result to standard output",
        ]),
        ("column -t -s, <csvfile>", [
            "Formats the comma-separated file <csvfile> as an aligned table",
        ]),
        ("fold -s -w <d4_width> <textfile>", [
            "Wraps the text of <textfile> at <d4_width> characters per line, breaking only at spaces",
        ]),
        ("sort -t $'\\t' -k<col>,<col>nr <d4_tsv>", [
            "Sorts <d4_tsv> numerically by <col> in descending order, the columns separated by tabs",
        ]),
        ("tr -d '0-9' < <textfile> > <d4_out>", [
            "Removes all digits from <textfile> and writes the output to <d4_out>",
        ]),
        ("awk '{t=$1; $1=$2; $2=t; print}' <textfile>", [
            "Swap the first two whitespace-separated columns of <textfile>, keeping the remaining columns",
        ]),
        ("cat *.md | wc -w", [
            "Prints the total number of words across all .md files in the current directory",
        ]),
        ("du -sh <directory>", [
            "Reports the total disk space used by <directory> in human-readable form",
        ]),
        ("find <directory> -type f | wc -l", [
            "Counts the regular files in <directory>, including those in subdirectories",
        ]),
        ("grep -c '<pattern>' <logfile>", [
            "Counts the lines of <logfile> that contain the string <pattern>",
        ]),
        ("sort -u <listfile> | wc -l", [
            "Count the number of distinct lines in <listfile>", "how many different lines does a file have",
        ]),
        ("du -ch *.<ext> | tail -n 1", [
            "Prints the combined size of all <ext> files in the current directory",
        ]),
        ("ps -eo user= | sort | uniq -c | sort -n", [
            "Print the number of processes owned by each user, sorted by that number",
        ]),
        ("awk -F, '{print NF}' <csvfile>", [
            "Outputs the number of comma-separated fields on each line of <csvfile>",
        ]),
        ("awk 'NR==1 {min=$1; max=$1} {if ($1<min) min=$1; if ($1>max) max=$1; s+=$1} END {print min, max, s/NR}' "
         "<d4_numfile>", [
            "Computes the minimum, maximum and mean of the numbers in <d4_numfile>, one number per line",
        ]),
        ("wc <textfile>", [
            "Show the line, word and byte counts of <textfile>",
        ]),
        ("awk '{print $9}' <ol_weblog> | sort | uniq -c | sort -rn", [
            "Tallies the HTTP status codes in the ninth field of <ol_weblog>, listing each code with its frequency",
        ]),
        ("find <directory> -type f -size +<size> -printf '%s\\n' | awk '{s+=$1} END {print s}'", [
            "Sums the sizes in bytes of all files larger than <size> under <directory>",
        ]),
        ("seq -s ' ' 0 2 <d4_mb>", [
            "Prints the even numbers from 0 to <d4_mb> on a single line separated by spaces",
        ]),
        ("basename <d4_path>", [
            "Outputs the file name component of the path <d4_path>",
        ]),
        ("dirname <d4_path>", [
            "Print the directory component of <d4_path>",
        ]),
        ("printf '%.2f\\n' <d4_num>", [
            "Prints the number <d4_num> rounded to two decimal places",
        ]),
        ("echo '<d4_b64>' | base64 -d", [
            "Decodes the Base64 string <d4_b64>", "decode a base64 string",
        ]),
        ("base64 <textfile> > <b64file>", [
            "Encode <textfile> in Base64 and write the result to <b64file>",
        ]),
        ("md5sum -c <d4_md5list>", [
            "Verifies the files listed in <d4_md5list> against their recorded MD5 hashes",
        ]),
        ("date | tee -a <d4_runlog>", [
            "Appends the output of date to <d4_runlog> while also displaying it on the screen",
        ]),
        ("echo -n '<d4_str>' | md5sum", [
            "Computes the MD5 hash of the string <d4_str> without a trailing newline",
        ]),
        ("openssl rand -hex <d4_hex>", [
            "Generates a random <d4_hex> hexadecimal string",
        ]),
    ]),
    ("disk", [
        ("df -h", [
            "Shows the free space on all mounted filesystems in human-readable units",
        ]),
        ("truncate -s 0 <logfile>", [
            "Empties <logfile> without deleting the file", "empty a log file but keep it",
        ]),
        ("dd if=/dev/zero of=<d4_img> bs=1M count=<d4_mb>", [
            "Create a <d4_mb> MB file named <d4_img> filled with zero bytes",
        ]),
        ("stat <file>", [
            "Show the inode number, size, permissions and timestamps of <file>",
        ]),
        ("ls -lat <directory>", [
            "Lists all entries of <directory>, hidden ones included, in long format with the newest first",
        ]),
        ("find <directory> -type f -exec du -h {} + | sort -rh | head -n <n>", [
            "Shows the <n> largest files under <directory> with their sizes in human-readable form",
        ]),
        ("du -sh <directory>/* | sort -h", [
            "Report the size of each top-level directory in <directory>, sorted from smallest to largest",
        ]),
        ("df -hT <directory>", [
            "Displays the filesystem type and available space of the filesystem that holds <directory>",
        ]),
        ("sudo dd if=<disk> of=mbr.bin bs=512 count=1", [
            "Copies the first 512 bytes of <disk> into mbr.bin",
        ]),
        ("stat -c %Y <file>", [
            "Print the last modification time of <file> as seconds since the epoch",
        ]),
    ]),
    ("system", [
        ("lscpu", [
            "Shows the CPU architecture, model name, and number of cores and threads",
        ]),
        ("date -Iseconds", [
            "Prints the current date and time in ISO 8601 format with seconds",
        ]),
        ("hostname -f", [
            "Shows the fully qualified domain name of this host",
        ]),
        ("who", [
            "Lists the users currently logged in together with their terminals and login times",
        ]),
        ("date -d '+<d4_days> days'", [
            "Displays the date that falls <d4_days> days from today",
        ]),
        ("cat /etc/os-release", [
            "Shows the name and version of the installed Linux distribution",
        ]),
        ("cat /proc/loadavg", [
            "Shows the 1, 5 and 15 minute load averages",
        ]),
        ("TZ=<d4_tz> date", [
            "Prints the current time in the <d4_tz> time zone",
        ]),
        ("free -h -s <d4_secs>", [
            "Display memory usage in human-readable units, refreshing every <d4_secs> seconds",
        ]),
        ("uname -m", [
            "Outputs the machine hardware architecture name",
        ]),
        ("read -p '<d4_prompt>' <d4_var>", [
            "Prompts the user with <d4_prompt> and reads the reply into the variable <d4_var>",
        ]),
        ("test -e <d4_path> && echo found", [
            "Tests whether <d4_path> exists and prints 'found' if it does",
        ]),
        ("[ -z \"$<var_only>\" ] && echo unset", [
            "Prints 'unset' if the variable <var_only> is unset or empty",
        ]),
        ("until [ -e <d4_marker> ]; do echo waiting; sleep <d4_secs>; done", [
            "Loops, printing 'waiting' every <d4_secs> seconds, until the file <d4_marker> exists",
        ]),
        ("echo '<d4_sysctl_line>' | sudo tee <d4_sysctl_file>", [
            "Writes the line <d4_sysctl_line> to <d4_sysctl_file> with root privileges",
        ]),
        ("type <d4_builtin>", [
            "Reports whether <d4_builtin> is a shell builtin, alias, function or external command",
        ]),
    ]),
    ("networking", [
        ("wget <dl_url>", [
            "Downloads <dl_url> and saves it under its remote file name",
        ]),
        ("traceroute <host>", [
            "Traces the network route taken by packets to <host>",
        ]),
        ("wget -c <dl_url>", [
            "Download <dl_url>, resuming a partially downloaded file if one exists",
        ]),
        ("nc -l <d4_listen_port> > <d4_recv>", [
            "Listens on TCP port <d4_listen_port> and writes everything received to <d4_recv>",
        ]),
        ("sudo ip addr add <d4_cidr> dev <iface>", [
            "Assigns the address <d4_cidr> to the network interface <iface>",
        ]),
        ("curl ifconfig.me", [
            "Displays the public IP address of this machine as reported by ifconfig.me",
        ]),
        ("wget --mirror --convert-links --page-requisites --no-parent <d4_site>", [
            "Mirrors <d4_site> recursively for offline viewing, converting links and never ascending to the parent",
        ]),
        ("sudo ss -ltnp 'sport = :<port>'", [
            "Identifies the process listening on TCP port <port>",
        ]),
    ]),
    ("processes", [
        ("pkill -f '<d4_cmdline>'", [
            "Terminates every process whose full command line contains <d4_cmdline>",
        ]),
        ("watch -d <ol_cmdname>", [
            "Reruns <ol_cmdname> every 2 seconds, highlighting the differences between updates",
        ]),
        ("find . -maxdepth 1 -name '*.<ext>' -print0 | xargs -0 -P 4 -n 1 gzip", [
            "Compresses each <ext> file in the current directory with gzip, running four gzip processes in parallel",
        ]),
        ("pstree", [
            "Display all processes as a tree showing parent-child relationships",
        ]),
        ("sudo pkill -u <user>", [
            "Kills all processes owned by user <user>",
        ]),
        ("while read -r host; do ping -c 1 \"$host\"; done < <listfile>", [
            "Read <listfile> line by line and ping each host once",
        ]),
        ("for i in $(seq 10 -1 1); do echo \"$i\"; sleep 1; done", [
            "Counts down from 10 to 1, printing one number per second",
        ]),
    ]),
    ("services", [
        ("systemctl is-enabled <service>", [
            "Reports whether the <service> service is enabled to start at boot",
        ]),
        ("systemctl --failed --type=service", [
            "Lists all systemd service units that are in the failed state",
        ]),
        ("journalctl -k", [
            "Show kernel messages from the current boot via the journal",
        ]),
        ("journalctl -p err --since yesterday", [
            "Displays journal entries of priority error or higher logged since yesterday",
        ]),
        ("logger -t <d4_tag> '<d4_msg>'", [
            "Writes the message <d4_msg> to the system log with the tag <d4_tag>",
        ]),
        ("journalctl -u <service> -n <n> --no-pager", [
            "Prints the last <n> journal lines of the <service> service without using a pager",
        ]),
        ("systemctl list-timers --all", [
            "Lists all systemd timers, including inactive ones",
        ]),
        ("sudo journalctl --vacuum-size=<d4_vacuum>", [
            "Deletes archived journal files until they take up no more than <d4_vacuum>",
        ]),
        ("sudo crontab -l -u <user>", [
            "Lists the crontab entries of user <user>",
        ]),
    ]),
    ("users", [
        ("sudo usermod -aG <group> <user>", [
            "Adds user <user> to the supplementary group <group> without removing them from their other groups",
        ]),
        ("sudo usermod -L <user>", [
            "Locks the password of user <user> so that password logins are refused",
        ]),
        ("sudo userdel -r <user>", [
            "Delete user <user> together with the home directory and mail spool",
        ]),
        ("sudo chage -E <d4_expire> <user>", [
            "Sets the account of user <user> to expire on <d4_expire>",
        ]),
        ("cut -d: -f1 /etc/passwd", [
            "Prints the login names of all accounts defined on the system",
        ]),
        ("awk -F: '$3 >= 1000 && $1 != \"nobody\" {print $1}' /etc/passwd", [
            "Lists the names of users whose UID is 1000 or higher, excluding nobody",
        ]),
        ("sudo usermod -l <c3_new_user> <c3_old_user>", [
            "Renames the login <c3_old_user> to <c3_new_user>",
        ]),
    ]),
]
CATEGORIES += DESCRIBED_MORE_TASKS



# Everyday requests typed plainly or in a hurry (session 21, from the misses of two helper sets written as new users
# and daily users type): sizes and ages in find, archives' own tools, owners, signals by name, dates, listening
# ports, remote copies to a home folder, npm's and snap's usual forms.
add_slots({
    "e5_dir": ("directory", ["/var/log", "/srv/data", "~/projects", "/opt/app", "/home/alice", "~/Downloads", "/data"]),
    "e5_ext": ("extension", [(("log",), "log"), (("txt",), "txt"), (("csv",), "csv"), (("jpg",), "jpg"),
                             (("py",), "py")]),
    "e5_big": ("size", [(("10MB", "10 MB", "10M"), "10M"), (("50MB", "50 megabytes"), "50M"),
                        (("100M", "100MB"), "100M"), (("1GB", "1 GB", "1G"), "1G"), (("500MB",), "500M")]),
    "e5_depth": ("number", [(("2", "two"), "2"), (("3", "three"), "3"), (("1", "one"), "1")]),
    "e5_tree_dir": ("directory", ["~/projects/app", "src", "/etc/nginx", "docs", "~/code/site"]),
    "e5_sql": ("file", ["huge.sql", "dump.sql", "backup.sql", "export.csv", "access.log"]),
    "e5_bz2": ("file", ["notes.txt.bz2", "dump.sql.bz2", "data.csv.bz2", "access.log.bz2"]),
    "e5_zip": ("archive", ["files.zip", "archive.zip", "bundle.zip", "docs.zip"]),
    "e5_add": ("file", ["report.pdf", "notes.txt", "summary.docx", "logo.png"]),
    "e5_logdir": ("directory", ["/var/log/myapp", "/var/log/nginx", "logs", "/srv/app/logs"]),
    "e5_owner": ("user", ["nginx", "www-data", "postgres", "deploy", "jenkins"]),
    "e5_owned": ("file", ["app.log", "/var/www/index.html", "data.db", "/srv/app/config.yml"]),
    "e5_daemon": ("process", ["nginx", "redis", "gunicorn", "sshd", "postgres", "mysqld"]),
    "e5_reload": ("process", ["gunicorn", "nginx", "rsyslogd", "haproxy", "uwsgi"]),
    "e5_host": ("host", ["server.example.com", "web01", "10.0.0.5", "192.168.1.20", "backup.example.org"]),
    "e5_rhost": ("host", ["web01", "db1", "10.0.0.5", "app.example.com"]),
    "e5_send": ("file", ["report.pdf", "backup.tar.gz", "notes.txt", "dump.sql"]),
    "e5_site": ("directory", ["~/site", "~/code/website", "./public", "dist"]),
    "e5_www": ("remote_path", ["/var/www/site", "/var/www/html", "/srv/www"]),
    "e5_rdir": ("remote_path", ["/var/log/app", "/etc/nginx", "/home/deploy/uploads", "/opt/app/config"]),
    "e5_rfile": ("remote_path", ["/var/backups/db.sql", "/var/log/syslog", "/etc/hosts", "/tmp/report.csv"]),
    "e5_npm": ("package", ["lodash", "express", "axios", "react", "typescript"]),
    "e5_npm_ver": ("version", ["4.17.21", "4.18.2", "1.6.0", "18.2.0", "5.3.3"]),
    "e5_devdep": ("package", ["jest", "eslint", "prettier", "typescript", "nodemon"]),
    "e5_gpkg": ("package", ["typescript", "pm2", "yarn", "nodemon", "eslint"]),
    "e5_copy_dir": ("directory", ["config", "src", "photos", "www", "scripts"]),
    "e5_gone": ("directory", ["build", "dist", "node_modules", "tmp", "out"]),
    "e5_target": ("directory", ["/mnt/backup", "/srv/archive", "~/backup", "/media/usb"]),
    "e5_lines_from": ("number", counts(10, 50, 100, 200)),
    "e5_lines_to": ("number", counts(20, 60, 120, 250)),
    "e5_py": ("file", ["main.py", "app.py", "server.js", "index.html"]),
    "e5_key": ("file", ["~/.ssh/id_rsa", "~/.ssh/id_ed25519", "secret.key", "~/.aws/credentials"]),
    "e5_web": ("directory", ["public", "/var/www/html", "site", "~/www"]),
    "e5_pidn": ("pid", ["2222", "4321", "987", "15000"]),
    "e5_victim": ("user", ["mallory", "bob", "guest", "olduser"]),
    "e5_fs": ("directory", ["/", "/var", "/boot", "/mnt/data", "/srv"]),
    "e5_unit": ("service", ["redis-server", "nginx", "mysql", "postgresql", "cron"]),
    "e5_from": ("time", ["14:00", "09:30", "22:00", "08:00"]),
    "e5_to": ("time", ["15:00", "10:30", "23:00", "09:00"]),
    "e5_dhost": ("host", ["db.example.com", "10.0.0.8", "pg.internal"]),
    "e5_lport": ("port", ["5432", "3306", "6379", "8080"]),
})
EVERYDAY_MISSES_TASKS = [
    ("files", [
        ("find <e5_dir> -type f -name '*.<e5_ext>' -size +<e5_big>", [
            "list every .<e5_ext> file below <e5_dir> that is over <e5_big>",
            ".<e5_ext> files in <e5_dir> over <e5_big>",
            "which .<e5_ext> files in <e5_dir> are larger than <e5_big>",
            "find .<e5_ext> files larger than <e5_big>",
        ]),
        ("find ~ -type f -mtime -1", [
            "find files in my home directory modified in the last 24 hours",
            "what files in my home folder changed today",
            "files under ~ changed in the past day",
        ]),
        ("tree -L <e5_depth> <e5_tree_dir>", [
            "tree view of <e5_tree_dir> limited to <e5_depth> levels",
            "tree of <e5_tree_dir>, only <e5_depth> levels",
            "display <e5_tree_dir> as a tree down to depth <e5_depth>",
        ]),
        ("cp -r <e5_copy_dir> <e5_copy_dir>.bak", [
            "copy the <e5_copy_dir> dir to <e5_copy_dir>.bak",
            "make a backup copy of the <e5_copy_dir> folder called <e5_copy_dir>.bak",
            "duplicate <e5_copy_dir> directory as <e5_copy_dir>.bak",
            "back up a directory by copying it next to itself",
        ]),
        ("rm -rf <e5_gone>", [
            "nuke the <e5_gone> folder and everything in it",
            "get rid of the <e5_gone> directory completely",
            "wipe out <e5_gone> and all its contents",
        ]),
        ("cp -n <e5_add> <e5_target>/", [
            "copy <e5_add> to <e5_target> but don't overwrite it if it's already there",
            "copy <e5_add> into <e5_target> without clobbering an existing file",
            "cp <e5_add> to <e5_target>, no overwriting",
            "copy a file somewhere without overwriting what is there",
        ]),
    ]),
    ("text", [
        ("sed -n '<e5_lines_from>,<e5_lines_to>p' <e5_py>", [
            "show lines <e5_lines_from>-<e5_lines_to> of <e5_py>",
            "print lines <e5_lines_from> to <e5_lines_to> of <e5_py>",
            "what's on lines <e5_lines_from> through <e5_lines_to> in <e5_py>",
        ]),
        ("sort -nr <numfile>", [
            "sort <numfile> numerically, largest first",
            "sort the numbers in <numfile> from highest to lowest",
            "biggest numbers first: sort <numfile>",
            "sort numbers descending",
            "sort a file of numbers biggest first",
        ]),
        ("awk '!seen[$0]++' <listfile>", [
            "dedupe <listfile> but keep the original order",
            "remove repeated lines from <listfile> without sorting it",
            "drop duplicate lines but keep the order they came in",
            "remove duplicate lines from a file keeping the order",
        ]),
        ("grep 'connection refused' <logfile>", [
            "look for the text 'connection refused' in <logfile>",
            "lines of <logfile> that say 'connection refused'",
        ]),
        ("cut -f1 <tsvfile> | sort -u | wc -l", [
            "how many distinct values in column 1 of <tsvfile>",
            "count the unique entries in the first column of <tsvfile>",
        ]),
        ("cut -d, -f2 <csvfile>", [
            "print only the second column of the comma separated file <csvfile>",
            "just the 2nd column of <csvfile>",
        ]),
    ]),
    ("archives", [
        ("gzip -9 <e5_sql>", [
            "compress <e5_sql> with the maximum gzip compression",
            "gzip <e5_sql> as small as possible",
            "best gzip compression for <e5_sql>",
            "gzip a file with maximum compression",
        ]),
        ("bunzip2 <e5_bz2>", [
            "uncompress <e5_bz2>",
            "decompress the bzip2 file <e5_bz2>",
            "unpack <e5_bz2>",
            "decompress a bz2 file",
        ]),
        ("zip <e5_zip> <e5_add>", [
            "add <e5_add> to the existing zip file <e5_zip>",
            "put <e5_add> into <e5_zip> too",
            "append <e5_add> to <e5_zip>",
            "add a file to an existing zip archive",
        ]),
        ("gzip <e5_logdir>/*.log", [
            "gzip each .log file in <e5_logdir> separately",
            "compress every log file in <e5_logdir> on its own",
        ]),
        ("unzip -t <zip>", [
            "how do i check if <zip> is corrupted",
            "test the integrity of <zip>",
            "is <zip> a valid zip archive",
            "check a zip file for errors",
        ]),
        ("zip -e <e5_zip> <e5_add>", [
            "make a password protected zip <e5_zip> containing <e5_add>",
            "zip <e5_add> into <e5_zip> with a password",
            "encrypted zip of <e5_add> called <e5_zip>",
            "create a password protected zip of a file",
        ]),
        ("unzip <zip> '*.txt'", [
            "extract only the .txt files from <zip>",
            "unzip just the text files in <zip>",
        ]),
    ]),
    ("permissions", [
        ("find <e5_web> -type d -exec chmod 755 {} +", [
            "set every directory under <e5_web> to 755 without touching the files",
            "chmod only the folders in <e5_web> to 755",
            "make all subdirectories of <e5_web> 755, leave files alone",
            "chmod only the directories to 755, recursively",
        ]),
        ("find <e5_web> -type d -exec chmod 755 {} + && find <e5_web> -type f -exec chmod 644 {} +", [
            "set all dirs under <e5_web> to 755 and all files to 644",
            "fix permissions in <e5_web>: folders 755, files 644",
        ]),
        ("sudo chown <e5_owner>:<e5_owner> <e5_owned>", [
            "make <e5_owner> the owner and group of <e5_owned>",
            "give <e5_owned> to user and group <e5_owner>",
            "change owner and group of <e5_owned> to <e5_owner>",
        ]),
        ("chmod 600 <e5_key>", [
            "fix perms on <e5_key> so only i can read and write it",
            "make <e5_key> readable and writable by me only",
            "lock down <e5_key> to owner read/write",
            "make a private key file readable only by me",
        ]),
        ("chmod go-w <file>", [
            "remove group and other write access from <file>",
            "nobody but me should be able to write to <file>",
            "remove write permission for group and others from a file",
        ]),
        ("chgrp <group> <e5_copy_dir>", [
            "the <e5_copy_dir> folder should belong to group <group>",
            "set the group of <e5_copy_dir> to <group>",
        ]),
        ("stat -c '%a' <file>", [
            "octal perms of <file>?",
            "what are the permissions of <file> as a number",
            "show numeric permissions for <file>",
            "show a file's permissions in octal",
        ]),
    ]),
    ("processes", [
        ("pgrep <e5_daemon>", [
            "find the pid of <e5_daemon>",
            "pid of <e5_daemon>?",
            "<e5_daemon>'s process id",
            "get the pid of a program by its name",
        ]),
        ("pgrep -a <e5_daemon>", [
            "is <e5_daemon> running?",
            "is there a <e5_daemon> process alive",
            "check whether <e5_daemon> is up",
        ]),
        ("pkill -HUP <e5_reload>", [
            "send a HUP signal to <e5_reload> so it reloads",
            "sighup <e5_reload>",
            "tell <e5_reload> to reload with a hangup signal",
            "send SIGHUP to a process by name",
        ]),
        ("ps aux --sort=-%mem | head -n <top_n>", [
            "which <top_n> processes use the most ram",
        ]),
        ("renice -n 19 -p <e5_pidn>", [
            "renice pid <e5_pidn> to lowest priority",
            "set the niceness of pid <e5_pidn> to 19",
        ]),
        ("sudo pkill -u <e5_victim>", [
            "kill every process belonging to <e5_victim>",
            "end all of <e5_victim>'s processes",
            "stop everything user <e5_victim> is running",
            "kill all processes of a user",
        ]),
        ("ps -o etime= -p <e5_pidn>", [
            "uptime of process <e5_pidn>",
            "elapsed time since process <e5_pidn> started",
            "how long has a process been running",
        ]),
        ("kill -STOP <e5_pidn>", [
            "stop pid <e5_pidn> for a while without ending it",
            "freeze pid <e5_pidn> for now",
            "suspend process <e5_pidn>",
            "suspend a process without killing it",
        ]),
        ("sudo lsof +D <mountpoint>", [
            "can't unmount <mountpoint>, what processes are using it",
            "what's keeping <mountpoint> busy",
            "which programs have files open under <mountpoint>",
            "find what keeps a mount point busy",
        ]),
    ]),
    ("system", [
        ("date -u", [
            "show the current date and time in UTC",
            "what time is it in utc",
            "utc time now",
        ]),
        ("date +%F", [
            "date of today formatted YYYY-MM-DD",
            "todays date as YYYY-MM-DD",
            "give me the date in iso 8601 form",
        ]),
        ("cat /etc/os-release", [
            "which linux distro and version am I running",
            "what distribution is this machine",
            "show the os name and version",
        ]),
        ("whoami", [
            "which user am i right now",
        ]),
    ]),
    ("disk", [
        ("du -sh */ | sort -h", [
            "size of each folder in the current directory, sorted",
            "folders here sorted by how much space they use",
        ]),
        ("sudo du -sh <e5_fs>/* | sort -rh | head -n <top_n>", [
            "which subdirs of <e5_fs> eat the most space, top <top_n>",
            "top <top_n> biggest directories in <e5_fs>",
        ]),
        ("df -T <e5_fs>", [
            "what filesystem type is <e5_fs> on",
            "which filesystem does <e5_fs> use",
            "fs type of <e5_fs>",
            "filesystem type of a mounted directory",
        ]),
        ("lsblk -f", [
            "list disks and partitions with their filesystems",
            "show partitions and what filesystem each has",
            "which filesystem is on each partition",
        ]),
        ("journalctl --disk-usage", [
            "how much disk does the journal take up",
            "size of the systemd journal",
            "how big are the journal logs",
        ]),
    ]),
    ("services", [
        ("systemctl status <service>", [
            "is <service> running?",
            "is the <service> service up",
        ]),
        ("journalctl -u <e5_unit> --since '<e5_from>' --until '<e5_to>'", [
            "<e5_unit> journal between <e5_from> and <e5_to> today",
            "logs of <e5_unit> from <e5_from> to <e5_to>",
            "what did <e5_unit> log between <e5_from> and <e5_to>",
        ]),
        ("journalctl -u <service>", [
            "logs for the <service> service please",
            "<service> service logs",
        ]),
        ("systemctl list-units --type=service --state=running", [
            "services that are active at the moment",
            "show me the running systemd services",
            "running systemd services",
        ]),
    ]),
    ("networking", [
        ("scp <e5_send> <e5_host>:~/", [
            "copy <e5_send> to my home dir on <e5_host>",
            "scp <e5_send> to my home folder on <e5_host>",
            "put <e5_send> in my home directory on <e5_host>",
            "copy a file to my home directory on a server",
        ]),
        ("scp <e5_send> <user>@<e5_host>:~/", [
            "scp <e5_send> to <user>@<e5_host> home dir",
            "copy <e5_send> to <user>'s home on <e5_host>",
        ]),
        ("rsync -avz --delete <e5_site>/ <e5_rhost>:<e5_www>/", [
            "sync <e5_site> to <e5_www> on <e5_rhost> and delete files that aren't in the source",
            "mirror <e5_site> to <e5_rhost>:<e5_www>, delete files that are gone locally",
            "make <e5_www> on <e5_rhost> an exact copy of <e5_site>",
            "mirror a folder to a server with rsync, deleting extra files there",
        ]),
        ("scp <e5_rhost>:<e5_rfile> .", [
            "pull <e5_rfile> from <e5_rhost> into this folder",
            "download <e5_rfile> from <e5_rhost> to here",
            "fetch <e5_rfile> off <e5_rhost>",
            "download a file from a remote server with scp",
        ]),
        ("scp -r <e5_rhost>:<e5_rdir> .", [
            "copy remote dir <e5_rdir> from <e5_rhost> to current dir",
            "grab the whole <e5_rdir> folder from <e5_rhost>",
        ]),
        ("ss -tln", [
            "which tcp ports are listening",
            "what tcp ports is this machine listening on",
        ]),
        ("ssh -L <e5_lport>:localhost:<e5_lport> <e5_dhost>", [
            "tunnel local port <e5_lport> through ssh to <e5_dhost> port <e5_lport>",
            "ssh tunnel from my port <e5_lport> to <e5_dhost>:<e5_lport>",
        ]),
    ]),
    ("packages", [
        ("sudo apt upgrade", [
            "upgrade all the packages i have installed",
            "update every installed package",
            "bring all my packages up to date",
        ]),
        ("dpkg -s <package>", [
            "is the <package> package installed?",
            "check if the <package> package is installed",
            "do i have <package>",
        ]),
        ("npm list -g --depth=0", [
            "list globally installed npm packages",
            "what npm packages do i have installed globally",
            "global npm packages",
        ]),
        ("sudo snap install code --classic", [
            "install vscode using snap",
            "snap install visual studio code",
        ]),
        ("npm install <e5_npm>@<e5_npm_ver>", [
            "npm install <e5_npm> version <e5_npm_ver>",
            "install version <e5_npm_ver> of <e5_npm> with npm",
            "add <e5_npm> <e5_npm_ver> to the project",
            "install a specific version of an npm package",
        ]),
        ("npm install", [
            "npm: install everything package.json lists",
            "install the project's node dependencies",
        ]),
        ("npm install --save-dev <e5_devdep>", [
            "add <e5_devdep> as a dev dependency",
            "install <e5_devdep> as a devDependency",
            "npm add <e5_devdep> for development only",
            "install an npm package as a dev dependency",
        ]),
        ("npm install -g <e5_gpkg>", [
            "install <e5_gpkg> globally with npm",
            "npm global install of <e5_gpkg>",
            "install an npm package globally",
        ]),
    ]),
    ("git", [
        ("git clone <repo> <e5_copy_dir>-src", [
            "clone <repo> into a folder named <e5_copy_dir>-src",
            "git clone <repo> to the directory <e5_copy_dir>-src",
        ]),
        ("git remote -v", [
            "show remotes with urls",
            "which remotes does this repo have and where do they point",
        ]),
    ]),
]
CATEGORIES += EVERYDAY_MISSES_TASKS


add_slots({
    "e6_image": ("image", ["nginx", "redis", "httpd", "postgres", "grafana/grafana"]),
    "e6_hport": ("port", ["8080", "8088", "9000", "3000"]),
    "e6_cport": ("port", ["80", "6379", "5432", "3000"]),
    "e6_tag": ("image", ["myapp:latest", "web:1.0", "api:dev", "blog:v2"]),
    "e6_svc": ("service", ["api", "worker", "web", "db", "frontend"]),
    "e6_lines": ("number", counts(50, 100, 200, 20)),
    "e6_box": ("host", ["web02", "db1", "10.0.0.12", "storage1", "build.example.com"]),
    "e6_remote_cmd": ("command", [(("uptime",), "uptime"), (("df -h",), "'df -h'"), (("free -m",), "'free -m'"),
                                  (("hostname",), "hostname")]),
    "e6_idkey": ("file", ["~/.ssh/deploy_key", "~/.ssh/id_work", "~/keys/prod.pem", "~/.ssh/ci_key"]),
    "e6_pull": ("remote_path", ["/tmp/dump.sql", "/var/backups/site.tar.gz", "/srv/exports/data.csv"]),
    "e6_api": ("url", ["https://api.example.com/v1/me", "https://api.github.com/user", "http://localhost:8000/status"]),
    "e6_site_url": ("url", ["http://example.com", "https://example.org/docs", "http://localhost:3000"]),
    "e6_self_signed": ("url", ["https://192.168.1.1", "https://10.0.0.2:8443", "https://nas.local"]),
    "e6_auth_user": ("user", ["elastic", "admin", "grafana", "deploy"]),
    "e6_auth_url": ("url", ["http://localhost:9200", "http://localhost:15672/api/overview", "https://registry.local/v2/"]),
    "e6_url_list": ("file", ["urls.txt", "links.txt", "downloads.txt"]),
    "e6_json_file": ("file", ["data.json", "payload.json", "config.json"]),
    "e6_put_url": ("url", ["http://localhost:8000/config", "http://localhost:5000/api/items/1", "https://api.example.com/v1/settings"]),
    "e6_ext": ("extension", [(("py",), "py"), (("js",), "js"), (("go",), "go"), (("java",), "java")]),
    "e6_word": ("pattern", ["TODO", "FIXME", "Copyright", "deprecated"]),
    "e6_src": ("directory", ["src", "lib", "app", "cmd"]),
    "e6_conf": ("file", ["nginx.conf", "app.ini", "settings.conf", "haproxy.cfg"]),
    "e6_shebang_script": ("file", ["run.sh", "deploy.sh", "build.sh"]),
    "e6_when": ("time", ["3am", "5pm", "noon", "23:30"]),
    "e6_job": ("script", ["/opt/scripts/cleanup.sh", "./backup.sh", "/usr/local/bin/report.sh"]),
    "e6_jobno": ("number", counts(3, 5, 14)),
    "e6_secs": ("number", counts(5, 10, 30)),
    "e6_watch": ("script", ["./ping.sh", "./check.sh", "./status.sh"]),
    "e6_npm_script": ("script", ["build", "test", "lint", "start"]),
    "e6_dep": ("package", ["express", "lodash", "axios", "dotenv"]),
    "e6_tests": ("directory", ["tests", "tests/unit", "test"]),
    "e6_acl_user": ("user", ["deploy", "jenkins", "www-data", "alice"]),
    "e6_acl_dir": ("directory", ["/opt/app", "/srv/shared", "/var/www/uploads"]),
})

DEVELOPER_DAY_TASKS = [
    ("services", [
        ("docker run -d -p <e6_hport>:<e6_cport> <e6_image>", [
            "launch <e6_image> in detached mode mapping port <e6_hport> to <e6_cport>",
            "start a <e6_image> container in the background, host port <e6_hport> to container port <e6_cport>",
            "docker run <e6_image> in the background publishing <e6_hport>:<e6_cport>",
            "run a container in the background with a port mapped",
        ]),
        ("docker build -t <e6_tag> .", [
            "make a docker image called <e6_tag> from the current directory",
            "docker build this folder as <e6_tag>",
            "build the Dockerfile here and tag it <e6_tag>",
        ]),
        ("docker container prune", [
            "prune the stopped docker containers",
            "get rid of every stopped docker container",
            "delete containers that aren't running",
        ]),
        ("docker system df", [
            "disk space used by docker",
            "show docker's disk usage",
            "how much space do docker images and containers take",
        ]),
        ("docker compose down -v", [
            "bring the compose project down and wipe its volumes",
            "stop the compose stack and remove its volumes too",
            "docker compose down including volumes",
        ]),
        ("docker compose up -d --build <e6_svc>", [
            "rebuild only the <e6_svc> service and restart it with docker compose",
            "rebuild the <e6_svc> compose service and start it in the background",
            "compose: rebuild <e6_svc> and bring it up detached",
        ]),
        ("docker compose logs --tail=<e6_lines> <e6_svc>", [
            "tail the last <e6_lines> lines of the <e6_svc> service's compose logs",
            "last <e6_lines> lines of logs from the <e6_svc> service in compose",
            "compose logs for <e6_svc>, only the last <e6_lines> lines",
        ]),
        ("systemctl is-active docker", [
            "is the docker service running right now",
            "is the docker daemon up",
            "check whether the docker service is active",
        ]),
    ]),
    ("networking", [
        ("ssh <e6_box> <e6_remote_cmd>", [
            "execute <e6_remote_cmd> on <e6_box> through ssh",
            "run <e6_remote_cmd> on <e6_box> remotely",
            "ssh into <e6_box> and run <e6_remote_cmd>",
            "run a command on a remote machine over ssh",
        ]),
        ("ssh -i <e6_idkey> <e6_box>", [
            "ssh into <e6_box> with the key file <e6_idkey>",
            "connect to <e6_box> with the private key <e6_idkey>",
            "log into <e6_box> over ssh with <e6_idkey> as the identity file",
        ]),
        ("rsync -avP <e6_box>:<e6_pull> .", [
            "rsync <e6_box>:<e6_pull> into the current folder with progress",
            "rsync <e6_pull> from <e6_box> to this folder with a progress bar",
            "copy <e6_pull> from <e6_box> with rsync, resumable, showing progress",
        ]),
        ("curl -H \"Authorization: Bearer $TOKEN\" <e6_api>", [
            "request <e6_api> with the bearer token stored in $TOKEN",
            "call <e6_api> sending $TOKEN as a bearer token",
            "curl <e6_api> with an Authorization bearer header from $TOKEN",
        ]),
        ("curl -L <e6_site_url>", [
            "download <e6_site_url> and follow redirects",
            "curl <e6_site_url> and follow any redirects",
            "get <e6_site_url>, following redirects",
        ]),
        ("curl -k <e6_self_signed>", [
            "curl <e6_self_signed> and skip the tls certificate check",
            "curl <e6_self_signed> without checking its certificate",
            "fetch <e6_self_signed> even though its certificate is self-signed",
        ]),
        ("curl -u <e6_auth_user> <e6_auth_url>", [
            "call <e6_auth_url> as user <e6_auth_user> with basic auth",
            "curl <e6_auth_url> logging in as <e6_auth_user>",
            "request <e6_auth_url> with http basic auth, user <e6_auth_user>",
        ]),
        ("wget -i <e6_url_list>", [
            "download all the urls in the file <e6_url_list>",
            "fetch all the links in <e6_url_list>",
            "wget each url from the file <e6_url_list>",
        ]),
        ("curl <e6_site_url>/robots.txt", [
            "show <e6_site_url>/robots.txt on the screen",
            "show me the contents of <e6_site_url>/robots.txt",
        ]),
        ("curl -X PUT -H 'Content-Type: application/json' -d @<e6_json_file> <e6_put_url>", [
            "upload <e6_json_file> to <e6_put_url> as a PUT with a json content type",
            "send <e6_json_file> to <e6_put_url> with a PUT request",
            "put <e6_json_file> as json to <e6_put_url>",
        ]),
    ]),
    ("files", [
        ("grep -rn '<e6_word>' --include='*.<e6_ext>' <e6_src>", [
            "search for <e6_word> in the .<e6_ext> files in <e6_src>",
            "find <e6_word> in every .<e6_ext> file under <e6_src>",
            "grep <e6_word> in <e6_src>, only .<e6_ext> files",
        ]),
        ("grep -rL '<e6_word>' --include='*.<e6_ext>' .", [
            "which .<e6_ext> files are lacking <e6_word>",
            "list .<e6_ext> files that are missing <e6_word>",
            "find .<e6_ext> files without <e6_word> in them",
        ]),
    ]),
    ("text", [
        ("sed -i '/^#/d' <e6_conf>", [
            "drop all the lines that start with # from <e6_conf>",
            "delete every line beginning with # in <e6_conf>",
            "remove comment lines from <e6_conf> in place",
        ]),
        ("sed -i '1i #!/bin/bash' <e6_shebang_script>", [
            "insert #!/bin/bash at the top of <e6_shebang_script>",
            "put a bash shebang at the top of <e6_shebang_script>",
        ]),
    ]),
    ("system", [
        ("crontab -r", [
            "erase all of my cron jobs",
            "remove my whole crontab",
            "delete every cron job of mine",
        ]),
        ("echo '<e6_job>' | at <e6_when>", [
            "have <e6_job> run a single time at <e6_when>",
            "run <e6_job> one time at <e6_when>",
            "use at to run <e6_job> at <e6_when>",
        ]),
        ("atq", [
            "show my pending at jobs",
            "which at jobs are queued",
            "show the jobs waiting in the at queue",
        ]),
        ("atrm <e6_jobno>", [
            "cancel the at job with number <e6_jobno>",
            "remove job <e6_jobno> from the at queue",
            "delete the scheduled at job number <e6_jobno>",
        ]),
        ("watch -n <e6_secs> <e6_watch>", [
            "repeat <e6_watch> every <e6_secs> seconds, showing the output",
            "run <e6_watch> every <e6_secs> seconds and keep showing the result",
            "watch the output of <e6_watch>, refreshing every <e6_secs> seconds",
        ]),
    ]),
    ("packages", [
        ("npm install <e6_dep>", [
            "install <e6_dep> as a dependency of this project",
            "add the <e6_dep> package to my node app",
            "npm add <e6_dep>",
        ]),
        ("npm run <e6_npm_script>", [
            "run the <e6_npm_script> script defined in package.json",
            "npm: run the <e6_npm_script> script",
            "run the project's <e6_npm_script> script",
        ]),
        ("npm init -y", [
            "initialise a new npm project, accepting the defaults",
            "create a package.json with all the defaults",
            "npm init without the questions",
        ]),
        ("npm ci", [
            "do a clean install of the node modules from the lockfile",
            "install exactly what package-lock.json says",
            "reinstall node_modules cleanly from the lock file",
        ]),
        ("pytest -v <e6_tests>", [
            "run pytest verbosely on the <e6_tests> folder",
            "pytest <e6_tests> verbosely",
            "run pytest on <e6_tests> and show each test",
        ]),
    ]),
    ("permissions", [
        ("sudo setfacl -m u:<e6_acl_user>:rwx <e6_acl_dir>", [
            "give <e6_acl_user> rwx on <e6_acl_dir> using an acl entry",
            "add an acl so <e6_acl_user> can read, write and enter <e6_acl_dir>",
            "grant <e6_acl_user> full access to <e6_acl_dir> using setfacl",
        ]),
    ]),
]
CATEGORIES += DEVELOPER_DAY_TASKS


add_slots({
    "e7_pct": ("number", counts(5, 10, 15, 20)),
    "e7_sink": ("device", ["alsa_output.pci-0000_00_1f.3.analog-stereo", "bluez_output.00_1B_66_AA_BB_CC.1",
                           "alsa_output.usb-Jabra_Evolve-00.analog-stereo"]),
    "e7_out": ("device", ["HDMI-2", "DP-1", "HDMI-A-1", "DP-2"]),
    "e7_panel": ("device", ["eDP-1", "LVDS-1", "eDP1"]),
    "e7_mode": ("resolution", ["2560x1440", "1280x720", "3840x2160", "1600x900"]),
    "e7_bright": ("number", [(("60%",), "0.6"), (("80%",), "0.8"), (("50%",), "0.5")]),
    "e7_wifi": ("network", ["GuestNet", "Office5G", "Airport_Free", "Library"]),
    "e7_iface": ("interface", ["wlo1", "wlan0", "wlp3s0"]),
    "e7_spot": ("network", ["PiHotspot", "LaptopNet", "TravelAP"]),
    "e7_spot_pw": ("password", ["hunter2pass", "letmein2024", "s3cretpw"]),
    "e7_mac": ("address", ["11:22:33:44:55:66", "A4:C1:38:0B:2E:9F", "F0:99:B6:12:34:56"]),
    "e7_printer": ("printer", ["Brother_HL2270", "Epson_ET2850", "HP_OfficeJet"]),
    "e7_doc": ("file", ["poster.pdf", "invoice.pdf", "tickets.pdf", "essay.pdf"]),
    "e7_copies": ("number", counts(2, 4, 10)),
    "e7_pages": ("range", ["2-4", "1-3", "5-9"]),
    "e7_part": ("device", ["/dev/sdj1", "/dev/sdk2", "/dev/sdb3"]),
    "e7_disk": ("device", ["/dev/sdj", "/dev/sdk"]),
    "e7_label": ("label", ["MUSIC", "BACKUP", "STICK"]),
    "e7_mnt": ("directory", ["/mnt/data", "/mnt/old", "/mnt/win"]),
    "e7_trash": ("file", ["draft.odt", "old.log", "notes-old.txt"]),
    "e7_img": ("file", ["holiday.png", "scan.png", "cat.png"]),
    "e7_jpg": ("file", ["portrait.jpg", "garden.jpg", "IMG_1234.jpg"]),
    "e7_width": ("number", counts(640, 1024, 1200)),
    "e7_quality": ("number", counts(60, 80, 85)),
    "e7_pdfs": ("file", ["scans.pdf", "photos.pdf", "receipts.pdf"]),
    "e7_office": ("file", ["cv.docx", "budget.xlsx", "slides.pptx", "minutes.odt"]),
    "e7_audio": ("file", ["track.wav", "voice.ogg", "podcast.flac"]),
    "e7_book": ("file", ["manual.pdf", "paper.pdf", "book.pdf"]),
    "e7_zone": ("timezone", ["Europe/Berlin", "America/New_York", "Australia/Sydney"]),
    "e7_region": ("pattern", ["Europe", "Asia", "Africa"]),
    "e7_admin": ("user", ["maria", "tom", "li"]),
})

DESKTOP_USER_TASKS = [
    ("system", [
        ("pactl set-sink-volume @DEFAULT_SINK@ +<e7_pct>%", [
            "raise the volume by <e7_pct>%",
            "make it <e7_pct>% louder",
            "turn the sound up a bit",
        ]),
        ("pactl set-sink-volume @DEFAULT_SINK@ -<e7_pct>%", [
            "lower the volume by <e7_pct>%",
            "make the sound <e7_pct>% quieter",
        ]),
        ("pactl set-sink-mute @DEFAULT_SINK@ 1", [
            "mute the audio",
            "silence my speakers",
        ]),
        ("pactl set-sink-mute @DEFAULT_SINK@ 0", [
            "unmute the audio",
            "turn the sound back on",
        ]),
        ("pactl set-source-mute @DEFAULT_SOURCE@ 1", [
            "mute the mic",
            "turn off my microphone input",
        ]),
        ("pactl get-sink-volume @DEFAULT_SINK@", [
            "how loud is the sound set right now",
            "current volume level",
        ]),
        ("pactl list short sinks", [
            "which audio outputs are there",
            "list the speakers and headphones pulseaudio knows",
        ]),
        ("pactl set-default-sink <e7_sink>", [
            "play sound through <e7_sink>",
            "make <e7_sink> the default audio output",
        ]),
        ("systemctl --user restart pipewire pipewire-pulse", [
            "restart pipewire, the audio is not working",
            "restart the sound server",
        ]),
        ("xrandr", [
            "list the connected displays and their resolutions",
            "what screens are plugged in",
        ]),
        ("xrandr --output <e7_out> --mode <e7_mode>", [
            "switch <e7_out> to <e7_mode> resolution",
            "set the resolution of <e7_out> to <e7_mode>",
        ]),
        ("xrandr --output <e7_out> --off", [
            "switch off the display <e7_out>",
            "disable the <e7_out> monitor",
        ]),
        ("xrandr --output <e7_out> --right-of <e7_panel>", [
            "place <e7_out> on the right of <e7_panel>",
            "extend the desktop so <e7_out> sits right of <e7_panel>",
        ]),
        ("xrandr --output <e7_out> --same-as <e7_panel>", [
            "show the same picture on <e7_out> as on <e7_panel>",
            "duplicate <e7_panel> to <e7_out>",
        ]),
        ("xrandr --output <e7_panel> --brightness <e7_bright>", [
            "set the brightness of <e7_panel> to <e7_bright> using xrandr",
            "make <e7_panel> <e7_bright> bright with xrandr",
        ]),
        ("upower -i /org/freedesktop/UPower/devices/battery_BAT0", [
            "battery details",
            "show the battery's charge and health",
            "how is my laptop battery doing",
        ]),
        ("systemctl suspend", [
            "suspend the computer",
            "send the laptop to sleep",
        ]),
        ("loginctl lock-session", [
            "lock my session",
            "lock the desktop now",
        ]),
        ("powerprofilesctl set power-saver", [
            "use the power saver profile",
            "save battery with the power-saver power profile",
        ]),
        ("xkill", [
            "kill a frozen window by clicking on it",
            "force close a window with the mouse",
        ]),
        ("gsettings set org.gnome.desktop.interface color-scheme prefer-dark", [
            "turn on dark mode in gnome",
            "use the dark theme",
        ]),
        ("TZ=<e7_zone> date", [
            "what time is it now in <e7_zone>",
            "current time in the <e7_zone> timezone",
        ]),
        ("timedatectl list-timezones | grep <e7_region>", [
            "list the time zones in <e7_region>",
            "which timezones does <e7_region> have",
        ]),
    ]),
    ("networking", [
        ("nmcli radio wifi off", [
            "switch the wifi off",
            "disable wireless",
        ]),
        ("nmcli connection delete <e7_wifi>", [
            "remove the saved wifi <e7_wifi>",
            "delete the <e7_wifi> connection",
        ]),
        ("nmcli connection up <e7_wifi>", [
            "connect to the saved network <e7_wifi> again",
            "bring the <e7_wifi> connection up",
        ]),
        ("nmcli device disconnect <e7_iface>", [
            "disconnect the wireless interface <e7_iface>",
            "take <e7_iface> offline",
        ]),
        ("nmcli device wifi show-password", [
            "show the password of the current wifi",
            "what is this wifi's password",
        ]),
        ("nmcli device wifi hotspot ssid <e7_spot> password <e7_spot_pw>", [
            "start a hotspot named <e7_spot> with the password <e7_spot_pw>",
            "share my connection as a wifi hotspot <e7_spot>, password <e7_spot_pw>",
        ]),
        ("rfkill unblock wifi", [
            "wifi is blocked, unblock it",
            "unblock the wireless radio",
        ]),
        ("bluetoothctl scan on", [
            "look for bluetooth devices nearby",
            "start a bluetooth scan",
        ]),
        ("bluetoothctl connect <e7_mac>", [
            "pair and connect to the bluetooth device <e7_mac>",
            "connect bluetooth to <e7_mac>",
        ]),
        ("bluetoothctl disconnect <e7_mac>", [
            "drop the bluetooth connection to <e7_mac>",
            "disconnect bluetooth device <e7_mac>",
        ]),
    ]),
    ("files", [
        ("lp -n <e7_copies> <e7_doc>", [
            "print <e7_doc> <e7_copies> times",
            "make <e7_copies> printed copies of <e7_doc>",
        ]),
        ("lp -P <e7_pages> <e7_doc>", [
            "print pages <e7_pages> of <e7_doc>",
            "print just pages <e7_pages> from <e7_doc>",
        ]),
        ("lp -d <e7_printer> <e7_doc>", [
            "print <e7_doc> to <e7_printer>",
            "send <e7_doc> to the printer <e7_printer>",
        ]),
        ("lpstat -p", [
            "list the printers",
            "which printers are set up",
        ]),
        ("gio trash <e7_trash>", [
            "move <e7_trash> to the trash",
            "put <e7_trash> in the wastebasket rather than deleting it",
        ]),
        ("mogrify -resize 50% *.jpg", [
            "make every jpg here half as big",
            "scale all the jpg images in this folder down by half",
        ]),
        ("mogrify -format jpg *.png", [
            "convert every png in this folder to jpg",
            "make jpg copies of all the pngs here",
        ]),
        ("convert <e7_jpg> -resize <e7_width> small-<e7_jpg>", [
            "scale <e7_jpg> to <e7_width> pixels wide as small-<e7_jpg>",
            "resize <e7_jpg> to a width of <e7_width> and save small-<e7_jpg>",
        ]),
        ("convert <e7_jpg> -quality <e7_quality> compressed-<e7_jpg>", [
            "recompress <e7_jpg> at quality <e7_quality> into compressed-<e7_jpg>",
            "write <e7_jpg> with jpeg quality <e7_quality> to compressed-<e7_jpg>",
        ]),
        ("exiftool -all= <e7_jpg>", [
            "remove all the metadata from <e7_jpg>",
            "wipe the exif data of <e7_jpg>",
        ]),
        ("img2pdf *.jpg -o <e7_pdfs>", [
            "combine the jpg images here into the pdf <e7_pdfs>",
            "make <e7_pdfs> out of all the jpgs in this folder",
        ]),
        ("pdfinfo <e7_book> | grep Pages", [
            "count the pages of <e7_book>",
            "number of pages in <e7_book>",
        ]),
        ("libreoffice --headless --convert-to pdf <e7_office>", [
            "turn <e7_office> into a pdf",
            "export <e7_office> as pdf",
        ]),
        ("ffmpeg -i <e7_audio> out.mp3", [
            "make an mp3 out of <e7_audio>",
            "convert the audio file <e7_audio> to out.mp3",
        ]),
    ]),
    ("disk", [
        ("udisksctl mount -b <e7_part>", [
            "mount <e7_part> as my user, no sudo",
            "mount the usb partition <e7_part> the way the file manager does",
        ]),
        ("udisksctl power-off -b <e7_disk>", [
            "safely remove the drive <e7_disk>",
            "power down <e7_disk> before unplugging it",
        ]),
        ("sudo mkfs.exfat -L <e7_label> <e7_part>", [
            "format <e7_part> as exfat with the label <e7_label>",
            "make <e7_part> an exfat drive named <e7_label>",
        ]),
        ("sudo mount -o ro <e7_part> <e7_mnt>", [
            "mount <e7_part> on <e7_mnt> read only",
            "attach <e7_part> at <e7_mnt> without write access",
        ]),
    ]),
    ("packages", [
        ("flatpak uninstall --unused", [
            "clean up flatpak runtimes that are no longer needed",
            "remove unused flatpak runtimes",
        ]),
        ("sudo apt install ubuntu-restricted-extras", [
            "install the media codecs for ubuntu",
            "get mp3 and video codec support",
        ]),
    ]),
    ("users", [
        ("sudo usermod -aG sudo <e7_admin>", [
            "make <e7_admin> an administrator",
            "let <e7_admin> use sudo",
        ]),
    ]),
]
CATEGORIES += DESKTOP_USER_TASKS


add_slots({
    "e8_csv": ("file", ["sales.csv", "payroll.csv", "grades.csv", "trips.csv"]),
    "e8_csv2": ("file", ["budget.csv", "stock.csv", "visits.csv"]),
    "e8_tsv": ("file", ["genes.tsv", "matrix.tsv", "samples.tsv"]),
    "e8_txt": ("file", ["words.txt", "lines.txt", "hosts.txt", "todo.txt"]),
    "e8_txt2": ("file", ["other.txt", "new.txt", "second.txt"]),
    "e8_log": ("file", ["worker.log", "build.log", "cron.log"]),
    "e8_col": ("number", counts(2, 3, 5)),
    "e8_colb": ("number", counts(4, 6, 7)),
    "e8_limit": ("number", counts(250, 1000, 75)),
    "e8_n": ("number", counts(15, 25, 50)),
    "e8_line": ("number", counts(17, 300, 64)),
    "e8_skip": ("number", counts(500, 2000)),
    "e8_width": ("number", counts(72, 100, 132)),
    "e8_word": ("text", ["paid", "pending", "closed"]),
    "e8_term": ("pattern", ["retry", "deadline", "segfault"]),
    "e8_term2": ("pattern", ["warn", "fatal", "oom"]),
    "e8_json": ("file", ["orders.json", "inventory.json", "profile.json"]),
    "e8_jsonl": ("file", ["clicks.jsonl", "requests.jsonl", "audit.jsonl"]),
    "e8_key": ("key", ["email", "title", "status"]),
    "e8_key2": ("key", ["city", "price", "owner"]),
    "e8_out": ("file", ["result.json", "fixed.json", "clean.json"]),
    "e8_url": ("url", ["https://data.example.org/table.csv", "https://files.example.net/export.csv"]),
    "e8_gzurl": ("url", ["https://data.example.org/dump.csv.gz", "https://files.example.net/rows.csv.gz"]),
    "e8_tgzurl": ("url", ["https://files.example.net/bundle.tar.gz", "https://data.example.org/corpus.tar.gz"]),
    "e8_api": ("url", ["http://localhost:5000/items", "http://127.0.0.1:3000/events"]),
    "e8_port": ("port", ["7070", "9090", "8001"]),
    "e8_dir": ("directory", ["~/results", "~/shared", "~/site"]),
    "e8_part": ("file", ["chunk_", "piece_", "seg_"]),
    "e8_whole": ("file", ["dataset.tar.gz", "image.iso", "backup.zip"]),
    "e8_pieces": ("number", counts(4, 8, 6)),
    "e8_enc": ("text", ["WINDOWS-1252", "ISO-8859-15", "UTF-16"]),
    "e8_sums": ("file", ["SHA256SUMS.txt", "checksums.sha256", "sums.txt"]),
    "e8_zst": ("file", ["weights.zst", "corpus.zst", "table.zst"]),
    "e8_big": ("file", ["events.csv", "archive.sql", "measurements.dat"]),
    "e8_folder": ("directory", ["runs", "outputs", "experiments2"]),
    "e8_patch": ("file", ["change.diff", "update.patch", "edit.patch"]),
    "e8_py": ("file", ["old.py", "v1.py", "before.py"]),
    "e8_py2": ("file", ["new.py", "v2.py", "after.py"]),
    "e8_bin": ("file", ["firmware.bin", "blob.dat", "disk.img"]),
    "e8_bytes": ("number", counts(32, 128, 256)),
    "e8_start": ("pattern", ["BEGIN", "<<<", "---start"]),
    "e8_end": ("pattern", ["FINISH", ">>>", "---end"]),
})

DATA_WORK_TASKS = [
    ("text", [
        ("tail -n +2 <e8_csv> | wc -l", [
            "count the data rows of <e8_csv>, leaving out the header line",
            "number of records in <e8_csv> without its header",
            "how do i count the rows of a csv file minus the header",
        ]),
        ("cut -f<e8_col>,<e8_colb> <e8_tsv>", [
            "take fields <e8_col> and <e8_colb> out of the tab separated <e8_tsv>",
            "only columns <e8_col> and <e8_colb> of <e8_tsv>",
        ]),
        ("sort -t, -k<e8_col> -n <e8_csv>", [
            "order <e8_csv> by its column <e8_col> as numbers",
            "numeric sort of <e8_csv> on field <e8_col>",
        ]),
        ("(head -n 1 <e8_csv>; tail -n +2 <e8_csv> | sort -t, -k<e8_col>,<e8_col>nr)", [
            "sort <e8_csv> on column <e8_col>, biggest first, with the header staying as the first line",
            "order the rows of <e8_csv> by field <e8_col> descending but leave the header where it is",
        ]),
        ("awk '{s+=$<e8_col>} END {print s/NR}' <e8_txt>", [
            "mean of field <e8_col> in <e8_txt>",
            "compute the average of the numbers in column <e8_col> of <e8_txt>",
        ]),
        ("awk -F, '$<e8_col> > <e8_limit>' <e8_csv>", [
            "rows of <e8_csv> whose column <e8_col> is greater than <e8_limit>",
            "show the lines in <e8_csv> where field <e8_col> exceeds <e8_limit>",
        ]),
        ("awk -F, '$<e8_col> == \"<e8_word>\"' <e8_csv>", [
            "rows of <e8_csv> where field <e8_col> equals <e8_word>",
            "only the lines of <e8_csv> whose column <e8_col> is <e8_word>",
        ]),
        ("head -1 <e8_csv> | awk -F, '{print NF}'", [
            "count the columns in <e8_csv>",
            "number of fields in the header of <e8_csv>",
        ]),
        ("head -1 <e8_csv> | tr ',' '\\n'", [
            "print the header fields of <e8_csv> on separate lines",
            "show each column name of <e8_csv> on its own line",
            "list the header names of a csv, one per line",
        ]),
        ("awk -F, -v OFS=, '{print $2,$1}' <e8_csv>", [
            "flip the first and second columns of <e8_csv>",
            "print <e8_csv> with its two columns in reverse order",
        ]),
        ("cut -d, -f<e8_col> <e8_csv> | sort -n | tail -1", [
            "the maximum of field <e8_col> in <e8_csv>",
            "biggest number in column <e8_col> of <e8_csv>",
        ]),
        ("join -t, <e8_csv> <e8_csv2>", [
            "join the comma separated <e8_csv> and <e8_csv2> on their first column",
            "merge <e8_csv> with <e8_csv2> by the key in field one, they are sorted",
        ]),
        ("sed -n '<e8_line>p' <e8_txt>", [
            "print just line <e8_line> of <e8_txt>",
            "what is on line number <e8_line> in <e8_txt>",
        ]),
        ("sed 's/^[ \\t]*//;s/[ \\t]*$//' <e8_txt>", [
            "strip the spaces at the start and end of each line in <e8_txt>",
            "remove leading and trailing blanks from the lines of <e8_txt>",
        ]),
        ("sed -i 's/;/,/g' <e8_csv>", [
            "change every semicolon in <e8_csv> to a comma, editing the file",
            "in <e8_csv> turn all the ; into , in place",
        ]),
        ("awk -F, '{print $NF}' <e8_csv>", [
            "the final column of every row in <e8_csv>",
            "print only the last field of the lines in <e8_csv>",
            "print the last column of a comma separated file",
        ]),
        ("awk -F, 'NF > <e8_col>' <e8_csv>", [
            "lines of <e8_csv> with more than <e8_col> fields",
            "rows in <e8_csv> that have over <e8_col> columns",
        ]),
        ("sort -t, -k<e8_col>,<e8_col>nr <e8_csv> | head -n <e8_n>", [
            "the <e8_n> rows of <e8_csv> with the highest value in column <e8_col>",
            "top <e8_n> lines of <e8_csv> ranked by field <e8_col>",
        ]),
        ("grep -ow <e8_term> <e8_txt> | wc -l", [
            "how many times does the word <e8_term> occur in <e8_txt>, every occurrence",
            "count each appearance of <e8_term> as a whole word in <e8_txt>",
        ]),
        ("tr -s '[:space:]' '\\n' < <e8_txt> | sort | uniq -c | sort -rn | head -<e8_n>", [
            "the <e8_n> commonest words in <e8_txt>",
            "which <e8_n> words appear most often in <e8_txt>",
        ]),
        ("awk -F, '!seen[$<e8_col>]++' <e8_csv>", [
            "keep only the first row for each value of column <e8_col> in <e8_csv>",
            "remove rows of <e8_csv> that repeat field <e8_col>, first one wins",
        ]),
        ("sort -u <e8_txt> -o <e8_txt>", [
            "sort <e8_txt> and drop repeated lines, overwriting the file",
            "dedupe <e8_txt> in place, order does not matter",
            "remove duplicate lines from a file and save it over itself",
        ]),
        ("sed -i '/<e8_term2>/d' <e8_log>", [
            "delete the lines mentioning <e8_term2> from <e8_log>, editing the file",
            "strip every line with <e8_term2> out of <e8_log> in place",
        ]),
        ("awk 'length > <e8_width>' <e8_txt>", [
            "lines in <e8_txt> over <e8_width> characters long",
            "which lines of <e8_txt> are longer than <e8_width> chars",
            "find the overlong lines in a file",
        ]),
        ("wc -l * | sort -n", [
            "line count of each file in this folder, sorted",
            "how many lines has every file here, fewest first",
        ]),
        ("wc -w *.md", [
            "word count of the .md files here",
            "how many words are in each markdown document in this directory",
        ]),
        ("grep -Fxf <e8_txt2> <e8_txt>", [
            "lines of <e8_txt> that also occur in <e8_txt2>, neither file is sorted",
            "which lines of <e8_txt> are present in <e8_txt2> too",
        ]),
        ("diff <(sort <e8_csv>) <(sort <e8_csv2>)", [
            "compare <e8_csv> with <e8_csv2> ignoring the order of the rows",
            "differences between <e8_csv> and <e8_csv2> when row order does not matter",
        ]),
        ("grep -Ev '^(#|$)' <e8_txt>", [
            "<e8_txt> with comment lines and empty lines left out",
            "print <e8_txt> minus its comments and blank lines",
        ]),
        ("grep -E '<e8_term>|<e8_term2>' <e8_log>", [
            "lines of <e8_log> containing <e8_term> or <e8_term2>",
            "search <e8_log> for either <e8_term> or <e8_term2>",
        ]),
        ("grep -F '<e8_end>' <e8_txt>", [
            "search <e8_txt> for the fixed string <e8_end>, not a regex",
            "find the exact text <e8_end> in <e8_txt>, no pattern matching",
        ]),
        ("awk 'NR % <e8_n> == 0' <e8_txt>", [
            "every <e8_n>th line of <e8_txt>",
            "print one line out of every <e8_n> in <e8_txt>",
        ]),
        ("cut -c1-<e8_width> <e8_txt>", [
            "just the first <e8_width> characters of every line in <e8_txt>",
            "cut each line of <e8_txt> down to <e8_width> chars",
        ]),
        ("sed -n '/<e8_start>/,/<e8_end>/p' <e8_txt>", [
            "the lines of <e8_txt> from the <e8_start> marker to the <e8_end> marker",
            "print the block between <e8_start> and <e8_end> in <e8_txt>",
        ]),
        ("paste -d '\\n' <e8_txt> <e8_txt2>", [
            "alternate lines from <e8_txt> and <e8_txt2>",
            "merge <e8_txt> and <e8_txt2> taking one line from each in turn",
        ]),
        ("tail -n +<e8_skip> <e8_big> | head -n <e8_n>", [
            "<e8_n> lines of <e8_big> starting at line <e8_skip>",
            "show <e8_n> lines of <e8_big> from line <e8_skip> on",
        ]),
        ("jq -r '.<e8_key>' <e8_jsonl> | sort | uniq -c | sort -rn", [
            "how many records of each <e8_key> are in <e8_jsonl>",
            "tally the <e8_key> values in <e8_jsonl>",
        ]),
    ]),
    ("files", [
        ("git diff --no-index <e8_py> <e8_py2>", [
            "compare <e8_py> and <e8_py2> using git diff even though they are not tracked",
            "git style diff of two loose files, <e8_py> against <e8_py2>",
        ]),
        ("diff -u <e8_py> <e8_py2> > <e8_patch>", [
            "make a patch <e8_patch> from <e8_py> to <e8_py2>",
            "write the unified diff of <e8_py> and <e8_py2> into <e8_patch>",
            "how do i make a patch file from two versions of a file",
        ]),
        ("grep -r --include='*.py' <e8_term> .", [
            "look for <e8_term> in every python file under this folder",
            "grep <e8_term> recursively but only in .py files",
        ]),
        ("zgrep '<e8_term>' /var/log/syslog*", [
            "search all the syslog files, including the compressed old ones, for <e8_term>",
            "grep the current and rotated gz syslogs for <e8_term>",
        ]),
        ("tail -f <e8_log> | grep <e8_term2>", [
            "follow <e8_log> live and show only lines with <e8_term2>",
            "keep watching <e8_log>, filtering for <e8_term2>",
        ]),
        ("less +G <e8_log>", [
            "open <e8_log> in less starting at the bottom",
            "page through <e8_log> beginning from its end",
        ]),
        ("cat <e8_part>* > <e8_whole>", [
            "glue the <e8_part> pieces back into <e8_whole>",
            "join the split parts <e8_part>* to rebuild <e8_whole>",
        ]),
        ("split -n l/<e8_pieces> <e8_big>", [
            "cut <e8_big> into <e8_pieces> files without splitting lines",
            "divide <e8_big> into <e8_pieces> parts on line boundaries",
        ]),
        ("cat <e8_txt2> >> <e8_txt>", [
            "add the contents of <e8_txt2> to the end of <e8_txt>",
            "tack <e8_txt2> onto the bottom of <e8_txt>",
        ]),
        ("ls *.csv | wc -l", [
            "count the csv files in the current directory",
            "number of .csv files here",
        ]),
        ("du -ch *.csv | tail -1", [
            "combined size of the csv files in this folder",
            "how much space do all the .csv files here use together",
        ]),
        ("file *", [
            "tell me the file type of everything in this directory",
            "what kind of file is each one here",
        ]),
        ("file <e8_bin>", [
            "what sort of file is <e8_bin>",
            "detect the type and encoding of <e8_bin>",
        ]),
        ("xxd -l <e8_bytes> <e8_bin>", [
            "hex view of the first <e8_bytes> bytes of <e8_bin>",
            "dump the opening <e8_bytes> bytes of <e8_bin> in hex",
        ]),
        ("cat -A <e8_csv>", [
            "make tabs and line endings visible in <e8_csv>",
            "print <e8_csv> showing invisible characters",
        ]),
        ("ls -t | head -1", [
            "which file here was modified last",
            "name of the newest file in this folder",
        ]),
        ("ls -lt *.json", [
            "json files here, most recently changed first",
            "list the .json files sorted by modification time",
        ]),
        ("chmod +x *.sh", [
            "make every shell script in this directory executable",
            "give all the .sh files here execute permission",
        ]),
    ]),
    ("networking", [
        ("curl -o <e8_big> '<e8_url>'", [
            "download <e8_url> with curl and save it as <e8_big>",
            "fetch <e8_url> into the file <e8_big> using curl",
        ]),
        ("wget -i <e8_txt>", [
            "download all the links listed in <e8_txt>",
            "fetch every url in <e8_txt> with wget",
            "download a list of urls from a text file",
        ]),
        ("curl -X POST -H 'Content-Type: application/json' -d @<e8_json> <e8_api>", [
            "send <e8_json> as the body of a post to <e8_api>",
            "post the file <e8_json> to <e8_api> as json",
        ]),
        ("curl -s <e8_gzurl> | gunzip > <e8_big>", [
            "download <e8_gzurl> and unzip it straight into <e8_big>",
            "fetch <e8_gzurl> and write it decompressed to <e8_big>",
        ]),
        ("curl -L <e8_tgzurl> | tar -xz", [
            "download <e8_tgzurl> and unpack it without saving the archive",
            "fetch and extract <e8_tgzurl> in a single step",
        ]),
        ("python3 -m http.server <e8_port> --directory <e8_dir>", [
            "serve the folder <e8_dir> over http on port <e8_port>",
            "share <e8_dir> with a quick web server on <e8_port>",
        ]),
        ("python3 -m http.server <e8_port> --bind 127.0.0.1", [
            "python http server on port <e8_port> reachable only from this machine",
            "start a local-only web server on <e8_port> with python",
        ]),
    ]),
    ("system", [
        ("which jq", [
            "do i have jq",
            "check whether jq is on my path",
        ]),
        ("locale charmap", [
            "which character set does my locale use",
            "show the current locale's encoding",
        ]),
        ("uuidgen", [
            "make me a new uuid",
            "create a random unique id",
        ]),
        ("iconv -f <e8_enc> -t UTF-8 <e8_txt> > <e8_txt2>", [
            "turn <e8_txt> from <e8_enc> into utf-8, saving it as <e8_txt2>",
            "re-encode <e8_txt> as UTF-8 (it is <e8_enc>) into <e8_txt2>",
            "convert a file to utf-8 from another encoding",
        ]),
        ("sed -i '1s/^\\xEF\\xBB\\xBF//' <e8_csv>", [
            "strip the byte order mark from <e8_csv>",
            "get rid of the BOM at the start of <e8_csv>",
            "how do i remove a byte order mark from a file",
        ]),
        ("iconv -c -f utf-8 -t ascii <e8_txt>", [
            "drop every non ascii character from <e8_txt>",
            "print <e8_txt> with the characters outside ascii removed",
        ]),
        ("iconv -f utf-8 -t ascii//TRANSLIT <e8_txt>", [
            "replace the accented characters in <e8_txt> with plain ascii ones",
            "transliterate <e8_txt> to ascii",
        ]),
        ("tr -d '\\r' < <e8_csv> > <e8_csv2>", [
            "strip the carriage returns out of <e8_csv> and save the result as <e8_csv2>",
            "convert <e8_csv> from windows line endings into <e8_csv2>",
        ]),
        ("grep -rl $'\\r' .", [
            "which files below here have CRLF line endings",
            "find files in this tree that use dos line endings",
        ]),
        ("grep -rlP '[^\\x00-\\x7F]' .", [
            "files under this directory with characters outside ascii",
            "which files here contain non ascii bytes",
        ]),
    ]),
    ("archives", [
        ("zgrep <e8_term> *.gz", [
            "look for <e8_term> inside all the .gz files here",
            "grep the gzipped files in this folder for <e8_term>",
        ]),
        ("zstd <e8_big>", [
            "compress <e8_big> using zstd",
            "zstd <e8_big> please",
        ]),
        ("zstd -d <e8_zst>", [
            "uncompress <e8_zst>",
            "unpack the zstd file <e8_zst>",
        ]),
        ("xz -T0 <e8_big>", [
            "xz <e8_big> with every cpu core",
            "compress <e8_big> to xz using all threads",
        ]),
        ("tar --zstd -cf <e8_folder>.tar.zst <e8_folder>", [
            "pack the <e8_folder> directory into <e8_folder>.tar.zst",
            "make a zstd tar archive of <e8_folder>",
        ]),
        ("gzip *.csv", [
            "gzip all the csv files in this folder",
            "compress each .csv here with gzip",
        ]),
        ("gunzip -c <e8_big>.gz > <e8_big>", [
            "decompress <e8_big>.gz to <e8_big> but keep the compressed file",
            "extract <e8_big>.gz without deleting the .gz",
        ]),
        ("sha256sum -c <e8_sums>", [
            "check the files against the hashes in <e8_sums>",
            "verify checksums listed in <e8_sums>",
            "check downloaded files against a sha256 sums file",
        ]),
        ("md5sum <e8_bin> | cut -d' ' -f1", [
            "only the md5 of <e8_bin>, without the file name",
            "print just the md5 hash for <e8_bin>",
        ]),
        ("find <e8_dir> -type f -exec sha256sum {} + > <e8_sums>", [
            "write the sha256 of every file below <e8_dir> into <e8_sums>",
            "record checksums for all files in <e8_dir> in <e8_sums>",
        ]),
    ]),
    ("text", [
        ("jq .<e8_key> <e8_json>", [
            "the <e8_key> field of <e8_json>",
            "read <e8_key> out of <e8_json> with jq",
        ]),
        ("jq '.[].<e8_key>' <e8_json>", [
            "the <e8_key> of each object in the array in <e8_json>",
            "list every element's <e8_key> from <e8_json>",
        ]),
        ("jq '.[] | select(.<e8_key2> > <e8_limit>)' <e8_json>", [
            "objects in <e8_json> whose <e8_key2> is more than <e8_limit>",
            "filter <e8_json> to the entries with <e8_key2> above <e8_limit>",
        ]),
        ("jq -r '.[] | [.<e8_key>, .<e8_key2>] | @csv' <e8_json>", [
            "export the <e8_key> and <e8_key2> of each item in <e8_json> as csv",
            "make csv rows of <e8_key>,<e8_key2> from <e8_json>",
        ]),
        ("jq -S . <e8_json>", [
            "print <e8_json> with its keys in alphabetical order",
            "pretty print <e8_json>, keys sorted",
            "sort the keys of a json file",
        ]),
        ("jq '.<e8_key> = \"<e8_word>\"' <e8_json> > <e8_out>", [
            "change <e8_key> to <e8_word> in <e8_json> and save it as <e8_out>",
            "write <e8_json> with <e8_key> set to <e8_word> into <e8_out>",
        ]),
        ("jq -r .<e8_key> <e8_jsonl>", [
            "the <e8_key> field from every line of <e8_jsonl>",
            "pull <e8_key> out of each json line in <e8_jsonl>",
        ]),
        ("jq 'del(.<e8_key>)' <e8_json>", [
            "drop the <e8_key> key from <e8_json>",
            "<e8_json> without its <e8_key> field",
        ]),
        ("jq -c '.[]' <e8_json>", [
            "one compact line per array element of <e8_json>",
            "convert the json array in <e8_json> to json lines",
        ]),
        ("jq 'map(.<e8_key2>) | add' <e8_json>", [
            "total of the <e8_key2> values in <e8_json>",
            "add up <e8_key2> over all entries of <e8_json>",
        ]),
        ("jq '.[:<e8_col>]' <e8_json>", [
            "the first <e8_col> elements of the array in <e8_json>",
            "only the leading <e8_col> items of <e8_json>",
        ]),
        ("jq empty <e8_json>", [
            "check that <e8_json> parses as json",
            "validate the json syntax of <e8_json>",
            "how can i tell if a json file is valid",
        ]),
    ]),
]
CATEGORIES += DATA_WORK_TASKS


add_slots({
    "e9_kind": ("extension", ["pdf", "png", "mp3", "docx"]),
    "e9_pic": ("file", ["beach.jpg", "dog.jpg", "sunset.jpg"]),
    "e9_newdir": ("directory", ["receipts", "school", "recipes"]),
    "e9_doc": ("file", ["letter.odt", "budget.ods", "cv.pdf"]),
    "e9_doc2": ("file", ["letter-old.odt", "budget-2023.ods", "cv-old.pdf"]),
    "e9_count": ("number", counts(5, 15, 30)),
    "e9_days": ("number", counts(3, 7, 14)),
    "e9_size": ("size", ["200M", "1G", "700M"]),
    "e9_media": ("directory", ["/media/sam/BACKUP", "/media/jo/USBDISK", "/mnt/external"]),
    "e9_part": ("device", ["/dev/sdc2", "/dev/sde2", "/dev/sdh1"]),
    "e9_disk": ("device", ["/dev/sdh", "/dev/sde"]),
    "e9_label": ("label", ["PHOTOS", "TRAVEL", "DATA"]),
    "e9_winmnt": ("directory", ["/mnt/win", "/mnt/c", "/mnt/ntfs"]),
    "e9_conn": ("network", ["HotelWifi", "Cafe_Guest", "Home5G"]),
    "e9_iface": ("interface", ["wlp0s20f3", "wlan1", "wlx001122"]),
    "e9_mac": ("address", ["00:1A:7D:DA:71:13", "C8:7B:23:45:AB:10", "34:88:5D:12:9F:0E"]),
    "e9_pct": ("number", counts(30, 60, 90)),
    "e9_sink": ("device", ["alsa_output.usb-Logitech_Headset-00.analog-stereo", "bluez_output.34_88_5D_12_9F_0E.1"]),
    "e9_secs": ("number", counts(5, 20, 60)),
    "e9_wav": ("file", ["memo.wav", "voice.wav", "sample.wav"]),
    "e9_out": ("device", ["DP-3", "HDMI-2", "DisplayPort-0"]),
    "e9_panel": ("device", ["eDP-1", "eDP1"]),
    "e9_mode": ("resolution", ["2560x1080", "1366x768", "1680x1050"]),
    "e9_side": ("mode", ["left", "right", "inverted"]),
    "e9_printer": ("printer", ["Canon_TS5100", "Brother_MFC", "Xerox_B210"]),
    "e9_pdf": ("file", ["contract.pdf", "slides.pdf", "form.pdf"]),
    "e9_range": ("range", ["2-5", "4-6", "1-2"]),
    "e9_app": ("package", ["spotify", "vlc", "gimp"]),
    "e9_png": ("file", ["screenshot", "diagram", "logo"]),
    "e9_quality": ("number", counts(65, 75, 90)),
    "e9_office": ("file", ["report.docx", "notes.odt", "table.xlsx"]),
    "e9_zip": ("file", ["photos.zip", "holiday.zip", "album.zip"]),
    "e9_who": ("user", ["kim", "omar", "lena"]),
})

LAPTOP_MORE_TASKS = [
    ("files", [
        ("mv ~/Downloads/*.<e9_kind> ~/Documents/", [
            "move every <e9_kind> file from my downloads folder into my documents",
            "put all the .<e9_kind> files in Downloads into Documents",
        ]),
        ("cp ~/Desktop/<e9_pic> ~/Pictures/", [
            "copy <e9_pic> from the desktop to my pictures folder",
            "put a copy of <e9_pic> that's on my desktop in Pictures",
        ]),
        ("find ~/Pictures -type f -name '*.jpg' | wc -l", [
            "count all the jpg photos in my pictures, subfolders too",
            "how many .jpg images do i have in Pictures and below",
        ]),
        ("mkdir ~/Documents/<e9_newdir>", [
            "create a new folder <e9_newdir> in my documents",
            "make a <e9_newdir> directory under Documents",
        ]),
        ("mv ~/Documents/<e9_doc> ~/Documents/<e9_doc2>", [
            "rename <e9_doc> in my Documents folder to <e9_doc2>",
            "change the name of ~/Documents/<e9_doc> to <e9_doc2>",
        ]),
        ("rm -rf ~/Downloads/*", [
            "empty out my downloads folder completely",
            "remove all files and folders inside Downloads",
        ]),
        ("rm ~/Desktop/*.<e9_kind>", [
            "delete the .<e9_kind> files sitting on my desktop",
            "clear all <e9_kind> files off the desktop",
        ]),
        ("du -sh ~/* | sort -rh", [
            "which folders in my home directory are the biggest",
            "size of every folder in my home, largest first",
        ]),
        ("ls -lS ~/Downloads", [
            "list my downloads with the largest files at the top",
            "show Downloads sorted by file size",
        ]),
        ("ls -t ~/Downloads | head -n <e9_count>", [
            "the <e9_count> newest files in my downloads",
            "what are the last <e9_count> files i downloaded",
        ]),
        ("touch ~/Desktop/<e9_doc>", [
            "make an empty file called <e9_doc> on my desktop",
            "create a blank <e9_doc> on the Desktop",
        ]),
        ("ls -lh ~/Documents", [
            "list my documents with human readable file sizes",
            "show the files in Documents with sizes in KB and MB",
        ]),
        ("xdg-open <e9_pdf>", [
            "open <e9_pdf> in its default app",
            "show <e9_pdf> with whatever program normally opens it",
        ]),
        ("rsync -av ~/Pictures <e9_media>/", [
            "back up my pictures to <e9_media>, copying only what changed",
            "sync the Pictures folder onto <e9_media>",
        ]),
        ("find ~/Documents -type f -mtime -<e9_days>", [
            "files in my documents modified in the past <e9_days> days",
            "what changed in Documents over the last <e9_days> days",
        ]),
        ("find ~/Downloads -type f -size +<e9_size>", [
            "files in Downloads larger than <e9_size>",
            "which downloads are over <e9_size>",
        ]),
    ]),
    ("disk", [
        ("udisksctl mount -b <e9_part>", [
            "mount the usb partition <e9_part> as my user, no sudo",
            "mount <e9_part> the way the desktop does it",
        ]),
        ("udisksctl power-off -b <e9_disk>", [
            "power off the usb drive <e9_disk> so i can unplug it",
            "safely eject <e9_disk>",
        ]),
        ("sudo mkfs.ext4 -L <e9_label> <e9_part>", [
            "format <e9_part> as ext4 and call it <e9_label>",
            "make an ext4 filesystem on <e9_part> labelled <e9_label>",
        ]),
        ("sudo fatlabel <e9_part> <e9_label>", [
            "change the label of the fat32 stick <e9_part> to <e9_label>",
            "set the name of the vfat partition <e9_part> to <e9_label>",
        ]),
        ("sudo mount <e9_part> <e9_winmnt>", [
            "mount the ntfs windows partition <e9_part> on <e9_winmnt>",
            "attach the windows drive <e9_part> at <e9_winmnt>",
        ]),
        ("sudo dmesg | tail -n <e9_count>", [
            "last <e9_count> kernel messages, i just plugged something in",
            "show the newest <e9_count> lines of dmesg",
        ]),
        ("sync", [
            "flush everything to the usb stick before unplugging",
            "write all cached data to disk now",
        ]),
        ("sudo du -sh /var/* | sort -h", [
            "what is taking up the space under /var",
            "size of each folder in /var sorted",
        ]),
        ("sudo find / -type f -size +<e9_size>", [
            "search the whole computer for files bigger than <e9_size>",
            "find every file over <e9_size> on the system",
        ]),
    ]),
    ("networking", [
        ("nmcli connection delete <e9_conn>", [
            "forget the saved wifi <e9_conn>",
            "delete the network connection <e9_conn>",
        ]),
        ("nmcli device disconnect <e9_iface>", [
            "disconnect the interface <e9_iface>",
            "take <e9_iface> offline with network manager",
        ]),
        ("nmcli device status", [
            "which network devices are connected",
            "status of my network interfaces in network manager",
        ]),
        ("nmcli radio all off", [
            "switch on flight mode",
            "turn off all the radios, wifi and mobile",
        ]),
        ("rfkill list", [
            "is my wifi blocked",
            "show whether bluetooth or wireless is soft blocked",
        ]),
        ("bluetoothctl connect <e9_mac>", [
            "connect the bluetooth speaker <e9_mac>",
            "pair up and connect to <e9_mac> over bluetooth",
        ]),
        ("bluetoothctl remove <e9_mac>", [
            "unpair the bluetooth device <e9_mac>",
            "remove <e9_mac> from my bluetooth devices",
        ]),
        ("bluetoothctl disconnect", [
            "disconnect my bluetooth earbuds",
            "drop the current bluetooth connection",
        ]),
    ]),
    ("system", [
        ("pactl set-source-mute @DEFAULT_SOURCE@ toggle", [
            "toggle the microphone mute",
            "mute or unmute my mic",
        ]),
        ("pactl set-sink-mute @DEFAULT_SINK@ 1", [
            "silence the speakers now",
            "turn the sound off completely",
        ]),
        ("pactl get-sink-volume @DEFAULT_SINK@", [
            "what is the volume set to",
            "current speaker volume please",
        ]),
        ("pactl list short sinks", [
            "show my audio output devices",
            "which sound outputs do i have",
        ]),
        ("pactl set-default-sink <e9_sink>", [
            "send the audio to <e9_sink>",
            "use <e9_sink> as the sound output",
        ]),
        ("alsamixer", [
            "open a volume mixer in the terminal",
            "terminal sound mixer",
        ]),
        ("arecord -d <e9_secs> <e9_wav>", [
            "record <e9_secs> seconds of audio from the microphone to <e9_wav>",
            "capture the mic for <e9_secs> seconds into <e9_wav>",
        ]),
        ("pactl set-source-volume @DEFAULT_SOURCE@ <e9_pct>%", [
            "set the microphone volume to <e9_pct>%",
            "put my mic input level at <e9_pct>%",
        ]),
        ("xrandr --output <e9_out> --mode <e9_mode>", [
            "switch <e9_out> to the <e9_mode> resolution",
            "set the resolution of <e9_out> to <e9_mode>",
        ]),
        ("xrandr --output <e9_out> --off", [
            "switch off the monitor on <e9_out>",
            "disable the display <e9_out>",
        ]),
        ("xrandr --output <e9_out> --same-as <e9_panel>", [
            "show the same picture on <e9_out> as on <e9_panel>",
            "duplicate <e9_panel> onto <e9_out>",
        ]),
        ("xrandr --output <e9_out> --rotate <e9_side>", [
            "rotate the screen <e9_out> <e9_side>",
            "turn the display <e9_out> to <e9_side>",
        ]),
        ("gsettings set org.gnome.desktop.interface color-scheme prefer-dark", [
            "turn on the dark theme",
            "make gnome use dark mode",
        ]),
        ("cat /sys/class/power_supply/BAT0/capacity", [
            "battery percentage only",
            "how full is the battery, just the number",
        ]),
        ("systemctl suspend", [
            "put the computer to sleep",
            "suspend now",
        ]),
        ("loginctl lock-session", [
            "lock my screen",
            "lock the desktop session",
        ]),
        ("lpoptions -d <e9_printer>", [
            "set <e9_printer> as my default printer",
            "use <e9_printer> as the default for printing",
        ]),
        ("lp -P <e9_range> <e9_pdf>", [
            "print pages <e9_range> of <e9_pdf>",
            "print just the pages <e9_range> from <e9_pdf>",
        ]),
        ("lp -d <e9_printer> <e9_pdf>", [
            "print <e9_pdf> using the <e9_printer> printer",
            "send <e9_pdf> to the printer <e9_printer>",
        ]),
        ("lp -o sides=two-sided-long-edge <e9_pdf>", [
            "print <e9_pdf> on both sides of the paper",
            "duplex print <e9_pdf>",
        ]),
        ("sudo systemctl restart cups", [
            "restart the printer service",
            "restart cups, printing is stuck",
        ]),
        ("sudo do-release-upgrade", [
            "upgrade to the next ubuntu version",
            "move this ubuntu to the newer release",
        ]),
        ("sudo usermod -aG sudo <e9_who>", [
            "give <e9_who> administrator rights",
            "make <e9_who> a sudo user",
        ]),
    ]),
    ("packages", [
        ("snap find <e9_app>", [
            "search snaps for <e9_app>",
            "is there a snap of <e9_app>",
        ]),
    ]),
    ("archives", [
        ("unzip '*.zip'", [
            "unpack each .zip in the current directory",
            "extract all the .zip archives here",
        ]),
        ("zip <e9_zip> *.jpg", [
            "put all the jpg pictures here into <e9_zip>",
            "zip up the .jpg files in this directory as <e9_zip>",
        ]),
    ]),
    ("files", [
        ("convert <e9_png>.png <e9_png>.jpg", [
            "turn <e9_png>.png into a jpg",
            "convert the png <e9_png>.png to jpeg",
        ]),
        ("convert <e9_pic> -colorspace Gray <e9_png>.jpg", [
            "make a black and white version of <e9_pic> called <e9_png>.jpg",
            "save <e9_pic> in grayscale as <e9_png>.jpg",
        ]),
        ("img2pdf *.jpg -o <e9_pdf>", [
            "combine all the jpg scans here into <e9_pdf>",
            "make one pdf <e9_pdf> out of the jpg images in this folder",
        ]),
        ("convert <e9_pic> -quality <e9_quality> <e9_png>.jpg", [
            "shrink <e9_pic> to <e9_quality> percent jpeg quality as <e9_png>.jpg",
            "save <e9_pic> with quality <e9_quality> into <e9_png>.jpg",
        ]),
        ("exiftool -all= <e9_pic>", [
            "remove the location and camera metadata from <e9_pic>",
            "wipe the exif data of <e9_pic>",
        ]),
        ("pdfseparate <e9_pdf> page-%d.pdf", [
            "break <e9_pdf> into single page pdfs",
            "one file per page from <e9_pdf>",
        ]),
        ("gs -sDEVICE=pdfwrite -dPDFSETTINGS=/ebook -dNOPAUSE -dBATCH -sOutputFile=small.pdf <e9_pdf>", [
            "make <e9_pdf> smaller, saving it as small.pdf",
            "reduce the file size of <e9_pdf> with ghostscript into small.pdf",
        ]),
        ("pdftoppm -png -f 1 -l 1 <e9_pdf> cover", [
            "save the first page of <e9_pdf> as a png",
            "render page one of <e9_pdf> to an image",
        ]),
        ("libreoffice --headless --convert-to pdf <e9_office>", [
            "turn <e9_office> into a pdf",
            "export <e9_office> as pdf from the command line",
        ]),
    ]),
    ("services", [
        ("grep -i usb /var/log/syslog", [
            "look through the syslog for usb messages, any case",
            "search /var/log/syslog for usb ignoring case",
        ]),
    ]),
]
CATEGORIES += LAPTOP_MORE_TASKS


add_slots({
    "e10_host": ("host", ["mail.example.net", "shop.example.org", "wiki.example.net"]),
    "e10_domain": ("domain", ["kernel.org", "python.org", "mozilla.org"]),
    "e10_ip": ("ip", ["10.1.2.3", "172.16.5.9", "192.168.50.7"]),
    "e10_ip2": ("ip", ["10.1.2.254", "172.16.0.254", "192.168.50.1"]),
    "e10_cidr": ("subnet", ["10.20.0.0/16", "172.31.0.0/16", "192.168.77.0/24"]),
    "e10_addr": ("address", ["10.9.8.7/24", "172.20.1.5/16", "192.168.3.33/24"]),
    "e10_iface": ("interface", ["enp3s0", "ens18", "eno1"]),
    "e10_port": ("port", ["6379", "5672", "27017"]),
    "e10_lport": ("port", ["15432", "18080", "16379"]),
    "e10_rport": ("port", ["8822", "2222", "9443"]),
    "e10_range": ("ports", ["20-25", "1-1024", "8000-8100"]),
    "e10_cycles": ("number", counts(20, 50, 200)),
    "e10_site": ("url", ["https://docs.example.org/manual", "http://static.example.net/guide"]),
    "e10_file_url": ("url", ["http://mirror.example.org/ubuntu.iso", "https://files.example.com/archive.tar.xz"]),
    "e10_rate": ("size", ["200k", "1m", "750k"]),
    "e10_user": ("user", ["monitor", "backup", "ops"]),
    "e10_pass": ("password", ["s3cr3t", "changeme", "pa55word"]),
    "e10_path": ("path", ["/health", "/metrics", "/api/ping"]),
    "e10_crt": ("file", ["site.crt", "web.pem", "tls.crt"]),
    "e10_key": ("file", ["site.key", "web.key", "server.key"]),
    "e10_csr": ("file", ["site.csr", "web.csr", "server.csr"]),
    "e10_der": ("file", ["root.der", "chain.der", "ca.der"]),
    "e10_days": ("number", [(("7",), "604800"), (("14",), "1209600"), (("60",), "5184000")]),
    "e10_ca": ("file", ["corp-ca.crt", "home-ca.crt", "lab-root.crt"]),
    "e10_rules": ("file", ["firewall.rules", "iptables.save", "rules.bak"]),
    "e10_num": ("number", counts(3, 4, 6)),
    "e10_comment": ("email", ["bob@laptop", "ci@build", "me@home"]),
    "e10_bastion": ("host", ["jump.example.net", "gw.example.org", "hop01"]),
    "e10_target": ("host", ["db01", "cache02", "worker3"]),
    "e10_remote_file": ("path", ["/etc/hosts", "/var/log/auth.log", "/etc/nginx/nginx.conf"]),
    "e10_nas_dir": ("path", ["/export/media", "/data/share", "/volume1/docs"]),
    "e10_mnt": ("directory", ["~/mnt/nas", "~/remote", "~/share"]),
    "e10_jail": ("name", ["sshd", "nginx-http-auth", "postfix"]),
    "e10_proc": ("process", ["chromium", "thunderbird", "slack"]),
    "e10_svcuser": ("user", ["postgres", "redis", "nobody"]),
    "e10_pcap": ("file", ["trace.pcap", "dump.pcap", "net.pcap"]),
    "e10_msg": ("text", ["ping", "test123", "hi"]),
    "e10_interval": ("number", [(("0.5",), "0.5"), (("0.1",), "0.1")]),
    "e10_svc": ("service", ["postfix", "haproxy", "docker"]),
})

NETWORK_SECURITY_TASKS = [
    ("networking", [
        ("ss -tln", [
            "which tcp ports are listening",
            "list the listening tcp sockets",
        ]),
        ("sudo ss -ulnp", [
            "udp ports in listen state and the programs behind them",
            "show listening udp sockets with process info",
        ]),
        ("ss -Htn state established | wc -l", [
            "count the open tcp connections",
            "number of established tcp connections",
        ]),
        ("ip route get <e10_ip>", [
            "which route and interface reach <e10_ip>",
            "how would traffic to <e10_ip> leave this machine",
            "which route would my traffic to an address take",
        ]),
        ("sudo ip addr del <e10_addr> dev <e10_iface>", [
            "take the address <e10_addr> off <e10_iface>",
            "delete ip <e10_addr> from interface <e10_iface>",
        ]),
        ("sudo ip route add <e10_cidr> via <e10_ip2>", [
            "route <e10_cidr> through the gateway <e10_ip2>",
            "add a static route for <e10_cidr> via <e10_ip2>",
            "how do i add a static route through a gateway",
        ]),
        ("sudo ip route del default", [
            "remove the default gateway route",
            "drop the default route",
        ]),
        ("ip link", [
            "list the network interfaces with their mac addresses",
            "what are the hardware addresses of my nics",
        ]),
        ("ip -6 addr", [
            "only the ipv6 addresses of this host",
            "list ipv6 addresses",
        ]),
        ("sudo ip addr flush dev <e10_iface>", [
            "clear every ip address from <e10_iface>",
            "flush the addresses on <e10_iface>",
        ]),
        ("ip -s link show <e10_iface>", [
            "rx and tx statistics for <e10_iface>",
            "error and packet counts on <e10_iface>",
        ]),
        ("dig mx <e10_domain>", [
            "mail servers of <e10_domain>",
            "query the mx entries of <e10_domain>",
        ]),
        ("dig txt <e10_domain>", [
            "the TXT records of <e10_domain>",
            "query txt records for <e10_domain>",
        ]),
        ("dig +trace <e10_domain>", [
            "follow the dns delegation for <e10_domain> from the root",
            "trace how <e10_domain> resolves from the root servers",
        ]),
        ("dig ns <e10_domain>", [
            "which name servers are authoritative for <e10_domain>",
            "NS records of <e10_domain>",
        ]),
        ("dig aaaa <e10_domain>", [
            "ipv6 address of <e10_domain>",
            "look up the AAAA record for <e10_domain>",
        ]),
        ("resolvectl query <e10_host>", [
            "look up <e10_host> with systemd-resolved",
            "resolve <e10_host> using resolvectl",
        ]),
        ("mtr -r -c <e10_cycles> <e10_domain>", [
            "mtr report to <e10_domain> over <e10_cycles> cycles",
            "run mtr in report mode against <e10_domain>, <e10_cycles> pings",
        ]),
        ("nc -zv <e10_ip> <e10_range>", [
            "check ports <e10_range> on <e10_ip> using nc",
            "scan the port range <e10_range> of <e10_ip> with netcat",
        ]),
        ("wget -m <e10_site>", [
            "make a full offline mirror of <e10_site>",
            "mirror <e10_site> using wget",
            "how do i mirror a whole website with wget",
        ]),
        ("curl -k <e10_site>", [
            "fetch <e10_site> without verifying the certificate",
            "curl <e10_site> even though its cert is self-signed",
        ]),
        ("wget -b <e10_file_url>", [
            "fetch <e10_file_url> while i keep working, in the background",
            "let wget fetch <e10_file_url> as a background job",
        ]),
        ("wget --limit-rate=<e10_rate> <e10_file_url>", [
            "download <e10_file_url> at no more than <e10_rate> per second",
            "cap the speed at <e10_rate> while fetching <e10_file_url>",
            "download a file with wget but limit the bandwidth",
        ]),
        ("curl -u <e10_user>:<e10_pass> http://<e10_ip><e10_path>", [
            "request http://<e10_ip><e10_path> as <e10_user> with password <e10_pass>",
            "curl http://<e10_ip><e10_path> using basic auth <e10_user> / <e10_pass>",
        ]),
        ("curl -I http://localhost:<e10_lport>", [
            "is anything answering http on localhost:<e10_lport>",
            "check the web server on port <e10_lport> locally responds",
        ]),
        ("echo <e10_msg> | nc -u -w1 <e10_ip> <e10_port>", [
            "send <e10_msg> over udp to <e10_ip> on port <e10_port>",
            "fire a udp packet saying <e10_msg> at <e10_ip>:<e10_port>",
        ]),
        ("ping -i <e10_interval> <e10_ip>", [
            "ping <e10_ip> with <e10_interval> seconds between packets",
            "ping <e10_ip> every <e10_interval> s",
        ]),
        ("ping -6 ::1", [
            "ping the ipv6 loopback",
            "check ipv6 works locally with ping",
        ]),
        ("sudo tcpdump -i <e10_iface> port <e10_port>", [
            "capture the traffic on port <e10_port> on <e10_iface>",
            "watch packets to or from port <e10_port> on interface <e10_iface>",
        ]),
        ("sudo tcpdump -w <e10_pcap> host <e10_ip>", [
            "record packets from <e10_ip> into <e10_pcap>",
            "save traffic to and from <e10_ip> as <e10_pcap>",
        ]),
        ("tcpdump -r <e10_pcap>", [
            "open the capture file <e10_pcap>",
            "print the packets stored in <e10_pcap>",
        ]),
        ("sudo tcpdump -i any port 53", [
            "watch the dns lookups going out",
            "capture dns traffic on every interface",
        ]),
        ("nmap -sV <e10_ip>", [
            "what versions of services run on <e10_ip>",
            "nmap version detection against <e10_ip>",
        ]),
        ("sudo nethogs", [
            "which program uses the most network bandwidth",
            "network usage per process",
        ]),
        ("sudo ethtool <e10_iface>", [
            "negotiated speed of <e10_iface>",
            "is <e10_iface> running at gigabit, show link settings",
        ]),
        ("iw dev <e10_iface> link", [
            "signal strength of the wifi link on <e10_iface>",
            "how strong is the wireless connection of <e10_iface>",
        ]),
        ("ss -tn dst :<e10_port>", [
            "outgoing tcp connections to port <e10_port>",
            "connections from here to remote port <e10_port>",
        ]),
        ("ss -xa", [
            "show the unix sockets",
            "list every unix domain socket",
        ]),
        ("ss -s", [
            "summary of socket counts",
            "socket statistics overview",
        ]),
        ("lsof -i -a -c <e10_proc>", [
            "network connections of <e10_proc>",
            "which sockets does <e10_proc> have open",
        ]),
        ("sudo lsof -i -a -u <e10_svcuser>", [
            "sockets belonging to the user <e10_svcuser>",
            "network files opened by <e10_svcuser>",
        ]),
        ("sudo lsof +L1", [
            "files that were deleted but are still open",
            "which deleted files still take up space because a process holds them",
        ]),
    ]),
    ("system", [
        ("openssl s_client -connect <e10_host>:443 -servername <e10_host>", [
            "show the certificate <e10_host> serves",
            "connect to <e10_host> on 443 with openssl and print the tls handshake",
        ]),
        ("openssl x509 -in <e10_crt> -noout -subject -issuer", [
            "who issued <e10_crt> and who is it for",
            "print the subject and issuer of the cert <e10_crt>",
            "show who issued a certificate file",
        ]),
        ("openssl x509 -enddate -noout -in <e10_crt>", [
            "when does <e10_crt> expire",
            "expiration date of the certificate <e10_crt>",
            "how can i see when a certificate file expires",
        ]),
        ("openssl x509 -checkend <e10_days> -noout -in <e10_crt>", [
            "does <e10_crt> expire within <e10_days> days",
            "check whether <e10_crt> is still valid <e10_days> days from now",
        ]),
        ("openssl req -x509 -newkey rsa:4096 -keyout key.pem -out cert.pem -days 365 -nodes", [
            "create a self signed certificate and private key for a year",
            "generate a throwaway self-signed cert valid 365 days",
        ]),
        ("openssl req -new -key <e10_key> -out <e10_csr>", [
            "make a certificate signing request <e10_csr> with the key <e10_key>",
            "create <e10_csr> from the private key <e10_key>",
            "generate a certificate signing request from a key",
        ]),
        ("openssl s_client -connect <e10_host>:443 -tls1_3", [
            "can <e10_host> do tls 1.3",
            "check tls1.3 support on <e10_host>",
        ]),
        ("openssl s_client -connect <e10_host>:<e10_rport> -showcerts", [
            "print the whole certificate chain of <e10_host> on port <e10_rport>",
            "show all certs <e10_host>:<e10_rport> sends",
        ]),
        ("openssl s_client -connect <e10_host>:587 -starttls smtp", [
            "check starttls on the smtp server <e10_host>",
            "test the submission port of <e10_host> with starttls",
        ]),
        ("openssl x509 -in <e10_crt> -noout -fingerprint -sha256", [
            "the sha256 fingerprint of the certificate <e10_crt>",
            "fingerprint <e10_crt> with sha256",
        ]),
        ("openssl x509 -inform der -in <e10_der> -out <e10_crt>", [
            "convert the DER certificate <e10_der> to PEM as <e10_crt>",
            "convert a der certificate to pem",
            "turn <e10_der> into a pem file <e10_crt>",
        ]),
        ("sudo cp <e10_ca> /usr/local/share/ca-certificates/ && sudo update-ca-certificates", [
            "add <e10_ca> to the trusted certificate authorities",
            "make the system trust the CA in <e10_ca>",
        ]),
        ("sysctl net.ipv4.ip_forward", [
            "is packet forwarding enabled",
            "check the ip_forward setting",
        ]),
        ("sudo aa-status", [
            "show apparmor profiles and their mode",
            "is apparmor enforcing anything",
        ]),
        ("getent group sudo", [
            "who is in the sudo group",
            "list the users that can use sudo",
        ]),
    ]),
    ("services", [
        ("sudo ufw delete allow <e10_port>/tcp", [
            "remove the ufw allow rule for <e10_port>/tcp",
            "stop allowing <e10_port>/tcp in ufw",
        ]),
        ("sudo iptables -t nat -L -n -v", [
            "list the nat rules in iptables",
            "show the iptables nat table with counters",
        ]),
        ("sudo iptables -A INPUT -p tcp --dport <e10_port> -j ACCEPT", [
            "allow incoming tcp on <e10_port> with iptables",
            "open port <e10_port> in the iptables INPUT chain",
            "allow a tcp port through iptables",
        ]),
        ("sudo iptables-save | sudo tee /etc/iptables/rules.v4", [
            "persist the iptables rules to /etc/iptables/rules.v4",
            "write the running iptables config into rules.v4 so it survives a reboot",
        ]),
        ("sudo iptables-restore < <e10_rules>", [
            "load iptables rules back from <e10_rules>",
            "apply the saved iptables rules in <e10_rules>",
        ]),
        ("sudo iptables -D INPUT <e10_num>", [
            "remove rule <e10_num> from the INPUT chain",
            "delete the <e10_num>th iptables input rule",
        ]),
        ("sudo iptables -L INPUT --line-numbers", [
            "show the INPUT rules numbered",
            "iptables input chain with rule numbers",
        ]),
        ("sudo nft list ruleset", [
            "print the nftables rules",
            "what firewall rules does nft have",
        ]),
        ("sudo netplan try", [
            "test a netplan change with a rollback if i lose access",
            "apply netplan but revert automatically unless confirmed",
        ]),
        ("sudo tail -f /var/log/auth.log", [
            "follow the authentication log",
            "keep watching auth.log",
        ]),
        ("sudo journalctl _COMM=sudo", [
            "all sudo usage in the journal",
            "which commands were run with sudo, from journald",
        ]),
        ("journalctl -u ssh --since '1 hour ago' | grep Accepted", [
            "successful ssh logins during the past hour",
            "who logged in over ssh in the last hour",
        ]),
        ("sudo fail2ban-client status <e10_jail>", [
            "which ips are banned in the <e10_jail> jail",
            "fail2ban status of the <e10_jail> jail",
        ]),
        ("sudo fail2ban-client set <e10_jail> unbanip <e10_ip>", [
            "unban <e10_ip> in fail2ban's <e10_jail> jail",
            "lift the fail2ban ban on <e10_ip> for <e10_jail>",
            "how do i unban an ip in fail2ban",
        ]),
        ("sudo sshd -T | grep -i passwordauthentication", [
            "does the ssh server allow passwords",
            "check if sshd permits password logins",
        ]),
        ("sudo sshd -T | grep -i permitrootlogin", [
            "may root log in through ssh",
            "what is sshd's PermitRootLogin setting",
        ]),
        ("sudo nano /etc/ssh/sshd_config", [
            "open the sshd configuration in an editor",
            "change the ssh daemon's settings file",
        ]),
        ("sudo systemctl restart <e10_svc>", [
            "bounce the <e10_svc> service",
            "kick the <e10_svc> daemon, restart it",
        ]),
    ]),
    ("users", [
        ("ssh-keygen -t rsa -b 4096 -C \"<e10_comment>\"", [
            "create a 4096-bit rsa ssh key labelled <e10_comment>",
            "new rsa key, 4096 bits, comment <e10_comment>",
        ]),
        ("ssh -L <e10_lport>:<e10_target>:<e10_port> <e10_bastion>", [
            "forward local port <e10_lport> to <e10_target>:<e10_port> via <e10_bastion>",
            "tunnel <e10_lport> on my machine to port <e10_port> of <e10_target> through <e10_bastion>",
        ]),
        ("ssh -fN -L <e10_lport>:localhost:<e10_port> <e10_target>", [
            "background ssh tunnel from local <e10_lport> to port <e10_port> on <e10_target>",
            "map localhost:<e10_lport> to <e10_target>'s port <e10_port> and go to the background",
        ]),
        ("ssh -J <e10_bastion> <e10_target>", [
            "ssh into <e10_target> by way of <e10_bastion>",
            "connect to <e10_target> using <e10_bastion> as a jump host",
            "ssh to a server through a jump host",
        ]),
        ("chmod 600 ~/.ssh/authorized_keys", [
            "correct the permissions of my authorized_keys file",
            "authorized_keys should only be readable by me",
        ]),
        ("ssh -vT git@github.com", [
            "verbose ssh test against github",
            "ssh to github verbosely to see what goes wrong",
        ]),
        ("ssh -T git@github.com", [
            "check that github accepts my ssh key",
            "does my key authenticate with github",
        ]),
        ("scp <e10_target>:<e10_remote_file> .", [
            "copy <e10_remote_file> from <e10_target> to here",
            "fetch <e10_remote_file> off <e10_target> into this folder",
        ]),
        ("ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub", [
            "fingerprint of the ed25519 host key",
            "show this host's ed25519 key fingerprint",
        ]),
        ("ssh-keyscan <e10_ip>", [
            "collect the public host keys of <e10_ip>",
            "fetch ssh host keys from <e10_ip>",
        ]),
        ("ssh-keyscan <e10_domain> >> ~/.ssh/known_hosts", [
            "append <e10_domain>'s host key to known_hosts",
            "trust <e10_domain> by adding its key to my known_hosts",
        ]),
        ("sshfs <e10_target>:<e10_nas_dir> <e10_mnt>", [
            "mount <e10_nas_dir> of <e10_target> at <e10_mnt> with sshfs",
            "attach the remote folder <e10_nas_dir> on <e10_target> to <e10_mnt> over ssh",
            "mount a remote directory over ssh",
        ]),
        ("ssh -G <e10_target>", [
            "what ssh settings apply to <e10_target>",
            "print the effective ssh config for <e10_target>",
        ]),
        ("ssh-keygen -lF <e10_domain>", [
            "fingerprint of <e10_domain> in my known_hosts",
            "look up <e10_domain>'s known_hosts entry and its fingerprint",
        ]),
        ("sudo cat /home/<e10_user>/.ssh/authorized_keys", [
            "which keys may log in as <e10_user>",
            "show <e10_user>'s authorized ssh keys",
        ]),
    ]),
    ("packages", [
        ("sudo apt install dnsutils", [
            "install dig",
            "which package gives me dig and nslookup, install it",
        ]),
    ]),
]
CATEGORIES += NETWORK_SECURITY_TASKS


if __name__ == "__main__":
    main()
