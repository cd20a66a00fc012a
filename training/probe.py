"""Literal-copy probe: phrases whose values occur in no training data -> data/eval/literal_probe.jsonl.

Run `python -m training.probe` after `python -m training.coreset`. Every value (file name, path, host,
port, user, quoted string, URL, ...) is invented from a fixed seed; a value that happens to occur anywhere
in the training corpora is drawn again. A model that gets these right copies values from the phrase
instead of recalling them, which is what users with their own file names need.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "data" / "eval" / "literal_probe.jsonl"
TRAINING_CORPORA = [
    ROOT / "data" / "core" / "core.jsonl",
    ROOT / "data" / "nl2bash" / "train.jsonl",
    ROOT / "data" / "tldr" / "pairs.jsonl",
]
SEED = 7741
SAMPLES_PER_TEMPLATE = 4

ONSETS = ("k", "kr", "v", "z", "br", "t", "st", "m", "d", "gl", "fl", "n", "p", "pr", "sk", "zh", "q", "vl")
VOWELS = "aeiou"
CODAS = ("t", "n", "m", "l", "rk", "st", "x", "g", "r", "sk", "nd")
# Ordinary words keep invented values looking like what people really name things; the invented
# syllables and numbers around them are what keep each value out of the training data.
WORDS = (
    "ledger", "invoice", "roster", "telemetry", "payroll", "sensor", "backlog", "export", "survey",
    "manifest", "quotes", "inbox", "render", "harvest", "orders", "billing", "audit", "metrics", "catalog",
    "shipments", "tickets", "leads", "forecast", "batch", "uploads", "scans", "drafts", "readings", "ingest",
    "spool", "vault", "ledgers", "snapshots", "reports",
)
NAMES = ("zeta", "kappa", "orion", "lyra", "vega", "cobalt", "ember", "quartz", "tundra", "aurora", "nimbus",
         "cedar", "falcon", "basalt", "sable", "onyx", "juniper", "talon", "delta", "polaris")


class FreshValues:
    """Draws invented values that are absent from the training text and from earlier draws."""

    def __init__(self, rng: random.Random, training_text: str):
        self.rng = rng
        self.training_text = training_text
        self.used: set[str] = set()

    def syllable(self) -> str:
        rng = self.rng
        return rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS)

    def word(self) -> str:
        return self.rng.choice(WORDS)

    def number(self, low: int, high: int) -> str:
        return str(self.rng.randint(low, high))

    def draw(self, kind: str) -> str:
        make = getattr(self, "make_" + kind)
        for _ in range(1000):
            value = make()
            if value not in self.used and value.lower() not in self.training_text:
                self.used.add(value)
                return value
        raise RuntimeError(f"could not invent a fresh {kind}")

    def make_file(self) -> str:
        ext = self.rng.choice(("csv", "txt", "log", "json", "md", "pdf", "yaml", "sql", "conf", "xml", "ods", "tsv"))
        prefix = self.rng.choice(("qz", "xv", "kt", "zr", "vb", "jx"))
        return f"{prefix}_{self.word()}_{self.number(100, 9999)}.{ext}"

    def make_textfile(self) -> str:
        ext = self.rng.choice(("csv", "txt", "log", "json", "md", "yaml", "conf", "ini", "tsv"))
        return f"{self.syllable()}-{self.word()}-{self.number(10, 999)}.{ext}"

    def make_logfile(self) -> str:
        return f"/var/log/{self.syllable()}/{self.word()}-{self.number(10, 99)}.log"

    def make_script(self) -> str:
        job = self.rng.choice(("sync", "rotate", "deploy", "import", "probe", "reindex"))
        return f"{self.syllable()}_{job}{self.number(1, 99)}.sh"

    def make_dir(self) -> str:
        syl, word, n = self.syllable, self.word, self.number
        return self.rng.choice((
            f"/srv/{syl()}/{word()}", f"/opt/{syl()}-{word()}", f"~/{word()}/{syl()}{n(10, 99)}",
            f"/var/lib/{syl()}/{word()}", f"/data/{word()}_{n(100, 999)}", f"~/{syl()}-{word()}",
        ))

    def make_tarball(self) -> str:
        return f"{self.word()}-{self.syllable()}-{self.number(1000, 9999)}.tar.gz"

    def make_zipfile(self) -> str:
        return f"{self.word()}_{self.syllable()}{self.number(10, 999)}.zip"

    def make_host(self) -> str:
        name, syl, n = self.rng.choice(NAMES), self.syllable, self.number
        return self.rng.choice((f"{name}-node{n(10, 99)}.lan", f"{syl()}{n(1, 9)}.{name}.internal",
                                f"{name}-{syl()}.corp.net"))

    def make_ip(self) -> str:
        n = self.number
        return self.rng.choice((f"10.{n(100, 254)}.{n(100, 254)}.{n(100, 254)}",
                                f"172.{n(16, 31)}.{n(100, 254)}.{n(100, 254)}"))

    def make_port(self) -> str:
        return self.number(20000, 64999)

    def make_user(self) -> str:
        rng = self.rng
        surname = self.syllable() + rng.choice(VOWELS) + rng.choice(("v", "ev", "ova", "ski", "sen", "ez", "ic", "ley"))
        return rng.choice("abcdefghjklmnprstvw") + surname

    def make_group(self) -> str:
        return f"{self.syllable()}-{self.rng.choice(('team', 'ops', 'crew', 'guild', 'lab'))}"

    def make_pid(self) -> str:
        return self.number(30000, 3999999)

    def make_process(self) -> str:
        return self.syllable() + self.rng.choice(("d", "-worker", "srv", "-agent"))

    def make_phrase(self) -> str:
        issue = self.rng.choice(("timeout", "mismatch", "refused", "overflow", "stalled", "drift"))
        return f"{self.word()} {issue} {self.number(100, 9999)}"

    def make_token(self) -> str:
        return f"{self.syllable()}_{self.number(10, 99)}"

    def make_url(self) -> str:
        return f"https://{self.syllable()}.{self.rng.choice(NAMES)}.io/{self.word()}/{self.make_file()}"

    def make_repo(self) -> str:
        syl, name = self.syllable, self.rng.choice(NAMES)
        return self.rng.choice((f"https://git.{name}.dev/{syl()}/{self.word()}.git",
                                f"git@{syl()}.{name}.org:{syl()}/{self.word()}-{syl()}.git"))

    def make_branch(self) -> str:
        return f"{self.rng.choice(('feat', 'fix', 'spike', 'chore'))}/{self.syllable()}-{self.number(10, 999)}"

    def make_message(self) -> str:
        verb = self.rng.choice(("tune", "guard", "rework", "drop", "cache", "split"))
        return f"{verb} {self.syllable()} {self.rng.choice(('lookup', 'parser', 'retry', 'index', 'handshake'))}"

    def make_service(self) -> str:
        return f"{self.syllable()}-{self.rng.choice(('agent', 'daemon', 'bridge', 'relay', 'syncer'))}"

    def make_container(self) -> str:
        return f"{self.syllable()}-{self.rng.choice(('api', 'db', 'cache', 'queue'))}{self.number(1, 9)}"

    def make_package(self) -> str:
        return f"{self.syllable()}-{self.rng.choice(('utils', 'tools', 'cli', 'common'))}"

    def make_hostname(self) -> str:
        return f"{self.rng.choice(NAMES)}-{self.rng.choice(('box', 'ws', 'srv', 'rig'))}{self.number(10, 99)}"

    def make_variable(self) -> str:
        return f"{self.syllable().upper()}_{self.rng.choice(('HOME', 'TOKEN', 'MODE', 'ENDPOINT'))}"

    def make_tag(self) -> str:
        return f"v{self.number(2, 9)}.{self.number(10, 99)}.{self.number(100, 999)}"

    def make_count(self) -> str:
        return self.number(1100, 9999)

    def make_size(self) -> str:
        return self.number(301, 989) + self.rng.choice(("M", "k"))


# (phrase, command, slot kinds). Phrases are worded unlike the core set's templates on purpose.
TEMPLATES = [
    ("{a} needs a copy in {d}", "cp {a} {d}", {"a": "file", "d": "dir"}),
    ("duplicate {a}, and call the duplicate {b}", "cp {a} {b}", {"a": "file", "b": "file"}),
    ("relocate {a} to {d}", "mv {a} {d}", {"a": "file", "d": "dir"}),
    ("from now on {a} should be named {b}", "mv {a} {b}", {"a": "file", "b": "file"}),
    ("erase the file {a} for good", "rm {a}", {"a": "file"}),
    ("get rid of the directory {d} along with all of its contents", "rm -r {d}", {"d": "dir"}),
    ("set up the whole directory chain {d}", "mkdir -p {d}", {"d": "dir"}),
    ("make an empty placeholder file named {a}", "touch {a}", {"a": "file"}),
    ("a link called {l} pointing at {d}", "ln -s {d} {l}", {"d": "dir", "l": "dir"}),
    ("search {d} for a file named {a}", "find {d} -name {a}", {"d": "dir", "a": "file"}),
    ("anything in {d} heavier than {s}?", "find {d} -type f -size +{s}", {"d": "dir", "s": "size"}),
    ("what's the disk footprint of {d}", "du -sh {d}", {"d": "dir"}),
    ("what does {d} hold", "ls {d}", {"d": "dir"}),
    ("hop into the {d} directory", "cd {d}", {"d": "dir"}),
    ("dump {a} to the screen", "cat {a}", {"a": "textfile"}),
    ("lines of {a} mentioning \"{q}\"", "grep '{q}' {a}", {"a": "textfile", "q": "phrase"}),
    ("hunt for \"{q}\" through every file below {d}", "grep -rn '{q}' {d}", {"q": "phrase", "d": "dir"}),
    ("the opening {n} lines of {a}", "head -n {n} {a}", {"n": "count", "a": "textfile"}),
    ("the closing {n} lines of {a}", "tail -n {n} {a}", {"n": "count", "a": "textfile"}),
    ("stream {g} while it grows", "tail -f {g}", {"g": "logfile"}),
    ("inside {a}, turn every {w} into {v}", "sed -i 's/{w}/{v}/g' {a}", {"a": "textfile", "w": "token", "v": "token"}),
    ("line total of {a}", "wc -l {a}", {"a": "textfile"}),
    ("put the line '{q}' at the bottom of {a}", "echo '{q}' >> {a}", {"q": "phrase", "a": "textfile"}),
    ("{a} sorted with the duplicates dropped", "sort -u {a}", {"a": "textfile"}),
    ("how does {a} differ from {b}", "diff {a} {b}", {"a": "textfile", "b": "textfile"}),
    ("roll {d} up into the tarball {t}", "tar -czf {t} {d}", {"d": "dir", "t": "tarball"}),
    ("{t} should be unpacked inside {d}", "tar -xzf {t} -C {d}", {"t": "tarball", "d": "dir"}),
    ("what's in the tarball {t}", "tar -tzf {t}", {"t": "tarball"}),
    ("{z} should contain everything from {d}", "zip -r {z} {d}", {"z": "zipfile", "d": "dir"}),
    ("pull the contents of {z} out into {d}", "unzip {z} -d {d}", {"z": "zipfile", "d": "dir"}),
    ("compress {a} using gzip", "gzip {a}", {"a": "file"}),
    ("{x} should be executable", "chmod +x {x}", {"x": "script"}),
    ("{u} should own {a}", "sudo chown {u} {a}", {"u": "user", "a": "file"}),
    ("hand {d} and everything below it to {u}:{g}", "sudo chown -R {u}:{g} {d}", {"d": "dir", "u": "user", "g": "group"}),
    ("let {u} read and write {a} via an acl", "setfacl -m u:{u}:rw {a}", {"u": "user", "a": "file"}),
    ("{a} belongs to the group {g} now", "sudo chgrp {g} {a}", {"a": "file", "g": "group"}),
    ("set up a login for the new hire {u}", "sudo adduser {u}", {"u": "user"}),
    ("enrol {u} in the {g} group", "sudo usermod -aG {g} {u}", {"u": "user", "g": "group"}),
    ("{u} forgot their password, set a new one", "sudo passwd {u}", {"u": "user"}),
    ("{u} left the company, remove the account and home directory",
     "sudo deluser --remove-home {u}", {"u": "user"}),
    ("become {u} in a login shell", "su - {u}", {"u": "user"}),
    ("which groups has {u} got", "groups {u}", {"u": "user"}),
    ("send a TERM signal to {p}", "kill {p}", {"p": "pid"}),
    ("{p} is stuck, SIGKILL it", "kill -9 {p}", {"p": "pid"}),
    ("kill off every {c} process", "pkill {c}", {"c": "process"}),
    ("who's holding port {o}", "sudo lsof -i :{o}", {"o": "port"}),
    ("everything {u} is running right now", "ps -u {u}", {"u": "user"}),
    ("{v} crashed, restart the unit", "sudo systemctl restart {v}", {"v": "service"}),
    ("{v} has to come up with the machine at boot", "sudo systemctl enable {v}", {"v": "service"}),
    ("recent journal output from {v}", "journalctl -u {v}", {"v": "service"}),
    ("halt the {v} unit", "sudo systemctl stop {v}", {"v": "service"}),
    ("how is {v} doing", "systemctl status {v}", {"v": "service"}),
    ("keep printing the output of container {k}", "docker logs -f {k}", {"k": "container"}),
    ("open a session on {h} as {u}", "ssh {u}@{h}", {"h": "host", "u": "user"}),
    ("ssh in to {i} as {u} through port {o}", "ssh -p {o} {u}@{i}", {"i": "ip", "u": "user", "o": "port"}),
    ("send {a} to {u}@{h} under {d}", "scp {a} {u}@{h}:{d}", {"a": "file", "u": "user", "h": "host", "d": "dir"}),
    ("bring {d}/{a} over here from {h}, logging in as {u}", "scp {u}@{h}:{d}/{a} .",
     {"d": "dir", "a": "file", "h": "host", "u": "user"}),
    ("mirror {d} onto {h} at {e} as {u}", "rsync -avz {d}/ {u}@{h}:{e}",
     {"d": "dir", "h": "host", "e": "dir", "u": "user"}),
    ("pull down the file at {r}", "wget {r}", {"r": "url"}),
    ("hit {r} and print the body", "curl {r}", {"r": "url"}),
    ("just the response headers for {r}", "curl -I {r}", {"r": "url"}),
    ("is {h} answering pings", "ping {h}", {"h": "host"}),
    ("does {i} accept connections on {o}", "nc -zv {i} {o}", {"i": "ip", "o": "port"}),
    ("resolve the name {h}", "dig {h}", {"h": "host"}),
    ("permit inbound {o}/tcp in ufw", "sudo ufw allow {o}/tcp", {"o": "port"}),
    ("put my public key on {u}@{h}", "ssh-copy-id {u}@{h}", {"u": "user", "h": "host"}),
    ("tunnel localhost:{o} to port {m} on {h}", "ssh -L {o}:localhost:{m} {h}", {"o": "port", "m": "port", "h": "host"}),
    ("get the {k} package onto this system", "sudo apt install {k}", {"k": "package"}),
    ("{k} is no longer needed on this machine, uninstall it", "sudo apt remove {k}", {"k": "package"}),
    ("pip-install the library {k}", "pip install {k}", {"k": "package"}),
    ("make a local clone of {r}", "git clone {r}", {"r": "repo"}),
    ("hop over to branch {b}", "git checkout {b}", {"b": "branch"}),
    ("spin off a fresh branch {b}", "git checkout -b {b}", {"b": "branch"}),
    ("record the staged changes, message \"{s}\"", 'git commit -m "{s}"', {"s": "message"}),
    ("send {b} up to origin", "git push origin {b}", {"b": "branch"}),
    ("fold {b} into what I'm on", "git merge {b}", {"b": "branch"}),
    ("stamp the current commit with the tag {t}", "git tag {t}", {"t": "tag"}),
    ("the local branch {b} can go", "git branch -d {b}", {"b": "branch"}),
    ("this machine should be called {n} from now on", "sudo hostnamectl set-hostname {n}", {"n": "hostname"}),
    ("export {e} with the value {v}", "export {e}={v}", {"e": "variable", "v": "token"}),
    ("where does the {c} binary live", "which {c}", {"c": "process"}),
]


def training_text() -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in TRAINING_CORPORA).lower()


def build_probes(seed: int = SEED) -> list[dict]:
    fresh = FreshValues(random.Random(seed), training_text())
    probes = []
    for phrase, command, kinds in TEMPLATES:
        order = [name for name in re.findall(r"{(\w+)}", phrase) if name in kinds]
        for _ in range(SAMPLES_PER_TEMPLATE):
            values = {name: fresh.draw(kind) for name, kind in kinds.items()}
            literals = list(dict.fromkeys(values[name] for name in order))
            probes.append({"nl": phrase.format(**values), "cmd": command.format(**values), "literals": literals})
    return probes


def render(probes: list[dict]) -> str:
    return "".join(json.dumps(probe, ensure_ascii=False) + "\n" for probe in probes)


def main() -> None:
    probes = build_probes()
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(render(probes), encoding="utf-8")
    print(f"{len(probes)} probes -> {OUTPUT}")


if __name__ == "__main__":
    main()
