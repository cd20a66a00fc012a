"""Commands adapted to what the phrase says: placeholders by kind, sizes in its units, user@host whole,
globs, script paths, quoted strings whole, values joined cleanly, archives as their names say, counts."""

import pytest

from nlsh.slotfill import (acl_entries_in_order, adapt, ages_as_said, appends_when_said, archive_named_after_contents,
                           archive_named_by_extension, archives_as_named, archives_what_is_named, authors_as_named,
                           builtins_without_sudo, colons_in_account_files, compressed_files_read_as_such,
                           copies_as_named, copies_files_without_r, copies_go_where_said, copies_keep_attributes,
                           counts_from_phrase, crontab_says_what_to_do, csv_fields_by_comma, date_formats_spelled,
                           depth_as_said, dmesg_times_when_said, downloads_where_said, each_folder_here,
                           extensions_as_globs, extracts_as_named, fields_as_said, files_of_a_kind_globbed, fill,
                           find_in_named_folder, find_scope, find_stays_in_the_folder, find_times_in_units,
                           grep_anchors_as_said, grep_context_as_said, grep_in_named_folder, grep_inverts_when_said,
                           grep_recursive_when_said, home_folders, jobs_by_number, journal_kept_as_said,
                           journal_since_the_day_said, json_as_typed, links_as_named, lists_when_not_extracting,
                           literal_joins, ls_time_order_as_said, made_inside, modes_as_said, moves_files_of_a_kind,
                           names_containing, names_not_namers, no_pager_when_said, null_separated_for_xargs,
                           owners_change_what_is_named, patterns_quoted, pip_installs_for_the_user_when_said,
                           ppas_as_named, priorities_as_said, programs_in_lower_case, ps_counts_its_header,
                           ps_sorts_by_what_is_said, purges_when_said, pushes_upstream_when_said, quoted_strings_whole,
                           recursive_when_said, remote_copies, remote_homes_when_said, remote_hosts_with_colon,
                           remote_paths_whole, remote_sides_in_order, removes_folders_whole, scripts_with_path,
                           searched_as_said, sed_previews_when_asked, services_as_named, shells_as_named,
                           shutdown_at_the_time_said, sizes_compared_as_said, sizes_from_phrase, sorts_unique_when_said,
                           special_bits_as_named, substitutions_as_said, time_limits_as_said, tsv_fields_by_tab,
                           ufw_numbers_when_said, units_where_missing, unused_files, user_at_host, users_as_named,
                           variables_as_named, versions_pinned, web_logs_are_files, with_phrase_units,
                           zip_encrypts_when_asked)


@pytest.mark.parametrize("command, phrase, expected", [
    ("tar -czf logs.tar.gz {{directory}}", "compress the logs folder into logs.tar.gz", "tar -czf logs.tar.gz logs"),
    ("pip install {{package}}", "install the requests library with pip", "pip install requests"),
    ("npm install {{package}}", "add the lodash module", "npm install lodash"),
    ("unzip files.zip -d {{directory}}", "unzip files.zip into a folder named out", "unzip files.zip -d out"),
    ("git commit -am \"{{message}}\"", "commit everything with the message fix typo", "git commit -am 'fix typo'"),
    ("git commit -m '{{message}}'", "commit with message it's done", "git commit -m \"it's done\""),
    ("sudo usermod -aG sudo {{user}}", "add user alice to sudo", "sudo usermod -aG sudo alice"),
    ("git checkout {{branch}}", "switch to the dev branch", "git checkout dev"),
    ("echo \"hi {{user}}\"", "greet user bob", "echo \"hi bob\""),  # quotes that are not the placeholder's stay
    ("ssh {{user}}@web01", "log in to web01 as alice", "ssh alice@web01"),
    ("ssh {{user}}@web01", "log in to web01 as the admin", "ssh {{user}}@web01"),
    ("grep -rn '{{pattern}}' .", "search for the word TODO in all python files", "grep -rn 'TODO' ."),
    ("git push origin {{branch}}", "push the current branch to origin", "git push origin HEAD"),
    ("grep -c '{{pattern}}' f", "count the words in f", "grep -c '{{pattern}}' f"),
    ("git checkout {{branch}}", "leave the current branch", "git checkout {{branch}}"),
    # tldr's names for the same kinds
    ("sudo useradd -m {{username}}", "create a new user named frank with a home directory", "sudo useradd -m frank"),
    ("docker rm {{container_name}}", "remove the container called web1", "docker rm web1"),
    ("git checkout {{branch_name}}", "switch to branch develop", "git checkout develop"),
    ("az group delete {{resource_group}}", "delete the group named rg1", "az group delete {{resource_group}}"),
    # no value named: the placeholder stays
    ("sudo useradd -m {{username}}", "create a new user with a home directory", "sudo useradd -m {{username}}"),
    ("ls {{directory}}", "list the current folder", "ls {{directory}}"),
    ("touch {{file}}", "create a blank file", "touch {{file}}"),
    ("rm -r {{directory}}", "delete the folder", "rm -r {{directory}}"),
    ("cp {{file}} {{directory}}", "copy a file to a folder", "cp {{file}} {{directory}}"),
    # a kind nlsh does not fill from words, and a value the command already has
    ("kill {{pid}}", "kill process 42", "kill {{pid}}"),
    ("tar -czf logs.tar.gz logs {{directory}}", "compress the logs folder", "tar -czf logs.tar.gz logs {{directory}}"),
])
def test_fill(command, phrase, expected):
    assert fill(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("find ~/x -size +741M", "anything in ~/x heavier than 741k?", "find ~/x -size +741k"),
    ("find . -size -2M", "files smaller than 2 GB", "find . -size -2G"),
    ("find . -size +5k", "files over 5MB", "find . -size +5M"),
    ("head -c 10M a.bin", "the first 10k of a.bin", "head -c 10K a.bin"),
    ("sort -S 1g big.txt", "sort big.txt with 512m of memory", "sort -S 1g big.txt"),  # another number
    ("find . -size +10M -mtime 10", "bigger than 10MB and 10 days old", "find . -size +10M -mtime 10"),
    ("find . -size +10M", "files bigger than 10", "find . -size +10M"),  # the phrase names no unit
    ("find /d -type f -size +337c", "anything in /d heavier than 337k?", "find /d -type f -size +337k"),  # bytes
    ("find . -size +10b", "bigger than 10M", "find . -size +10M"),  # find's 512-byte blocks
    ("head -c 10b x", "the first 10k of x", "head -c 10b x"),  # b, c and w are find's units only
])
def test_sizes_take_the_phrases_unit(command, phrase, expected):
    assert with_phrase_units(command, phrase) == expected


@pytest.mark.parametrize("command, expected", [
    ("ssh-copy-id deploy@10.0.0.5@deploy@10.0.0.5", "ssh-copy-id deploy@10.0.0.5"),
    ("ssh-copy-id {{user}}@deploy@10.0.0.5", "ssh-copy-id deploy@10.0.0.5"),
    ("ssh-copy-id deploy@10.0.0.5@ssh", "ssh-copy-id deploy@10.0.0.5"),
    ("scp a.txt deploy@10.0.0.5:/tmp", "scp a.txt deploy@10.0.0.5:/tmp"),  # host:path is scp's own
    ("ssh deploy@10.0.0.5", "ssh deploy@10.0.0.5"),
    ("scp db.sql /tmp@backup.example.com:/tmp", "scp db.sql backup.example.com:/tmp"),  # a path is no user
    ("scp db.sql web01@web01:/tmp", "scp db.sql web01:/tmp"),  # nor is the host itself
    ("scp db.sql bob@web01:/tmp", "scp db.sql bob@web01:/tmp"),
    ("git clone git@github.com:me/app.git", "git clone git@github.com:me/app.git"),
    ("curl https://me:pw@example.com/a", "curl https://me:pw@example.com/a"),
    ("docker pull registry.lan/app@sha256", "docker pull registry.lan/app@sha256"),
])
def test_user_at_host_words_are_sound(command, expected):
    assert user_at_host(command, "copy my key to deploy@10.0.0.5") == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("find /var -name '.log'", "find every .log file under /var", "find /var -name '*.log'"),
    ('find . -type f -name ".py"', "find all .py files", 'find . -type f -name "*.py"'),
    ("grep -rn --include='.log' error /var", "error in .log files under /var", "grep -rn --include='*.log' error /var"),
    ("find . -name .txt -delete", "delete .txt files", "find . -name '*.txt' -delete"),
    ("find /home -name '.bashrc'", "find .bashrc files under /home", "find /home -name '.bashrc'"),  # a dotfile
    ("find . -name '.log'", "find notes.log", "find . -name '.log'"),  # no extension of its own in the phrase
    ("cat .py", "show .py files", "cat .py"),  # not a name pattern
])
def test_an_extension_is_a_glob_where_a_name_pattern_goes(command, phrase, expected):
    assert extensions_as_globs(command, phrase) == expected


@pytest.mark.parametrize("command, expected", [
    ("find / -name *.tmp -type f -delete", "find / -name '*.tmp' -type f -delete"),
    ("find . -iname *.JPG -o -name [ab]*.png|wc -l", "find . -iname '*.JPG' -o -name '[ab]*.png'|wc -l"),
    ("grep -r --include=*.js TODO .", "grep -r --include='*.js' TODO ."),
    ("find $dir -name $prefix*", "find $dir -name \"$prefix*\""),  # the variable must still expand
    ("find . -name '*.py'", "find . -name '*.py'"),
    ("find . -name \\*.c", "find . -name \\*.c"),  # escaped: the shell leaves it alone already
    ("find . -name notes.txt", "find . -name notes.txt"),  # no glob
    ("echo \"-name *.x\"", "echo \"-name *.x\""),  # inside quotes
])
def test_a_bare_glob_after_name_is_quoted_so_the_shell_leaves_it_to_find(command, expected):
    assert patterns_quoted(command, "") == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("find / -name '*.tmp' -delete", "find files named *.tmp and delete them", "find . -name '*.tmp' -delete"),
    ("sudo find / -perm 777", "directories with permission 777 under the current directory", "sudo find . -perm 777"),
    ("cd /srv && find / -type f", "list the files", "cd /srv && find . -type f"),
    ("find / -size +1G", "big files anywhere on this machine", "find / -size +1G"),
    ("find / -name x", "search the whole file system for x", "find / -name x"),
    ("find / -name x", "look for x under /", "find / -name x"),
    ("find /var -name x", "find x in /var", "find /var -name x"),  # a scope the phrase gave
    # ...and from / where the phrase can mean only all of it
    ("find . -type f -size +1G", "find files over 1GB anywhere on the system", "find / -type f -size +1G"),
    ("sudo find . -name core", "look for core files across the whole disk", "sudo find / -name core"),
    ("find . -name x", "find x in the system folder", "find . -name x"),  # one folder
    ("find . -name x -o -name y", "x or y anywhere", "find / -name x -o -name y"),
    ("cd /srv; find . -name a; find . -name b", "a and b anywhere", "cd /srv; find . -name a; find . -name b"),
])
def test_find_searches_from_here_unless_the_phrase_speaks_of_the_whole_system(command, phrase, expected):
    assert find_scope(command, phrase) == expected


@pytest.mark.parametrize("command, expected", [
    ("nohup backup.sh &", "nohup ./backup.sh &"),
    ("backup.sh --full", "./backup.sh --full"),
    ("cd /srv && sudo backup.sh", "cd /srv && sudo ./backup.sh"),
    ("bash backup.sh", "bash backup.sh"),  # an argument, not the command
    ("chmod +x backup.sh && ./backup.sh", "chmod +x backup.sh && ./backup.sh"),
    ("/opt/backup.sh", "/opt/backup.sh"),
    ("nohup python3 backup.sh &", "nohup ./backup.sh &"),  # not with another language's interpreter
    ("node backup.sh", "./backup.sh"),
    ("sh backup.sh", "sh backup.sh"),
])
def test_a_script_the_phrase_names_runs_by_its_path(command, expected):
    assert scripts_with_path(command, "run backup.sh") == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("watch -d top -n1 | grep mysql", "run 'top -n1 | grep mysql' every 2 seconds", "watch -d 'top -n1 | grep mysql'"),
    ("sh -c cd /srv/$APP; make", 'run "cd /srv/$APP; make" in a shell', 'sh -c "cd /srv/$APP; make"'),  # $APP expands
    ("grep -r hello world .", 'search for "hello world" here', "grep -r 'hello world' ."),
    # already whole, or nothing to keep together
    ("grep -r \"hello world\" .", 'search for "hello world" here', "grep -r \"hello world\" ."),
    ("find . -name 'Linkin Park*'", 'names starting with "Linkin Park"', "find . -name 'Linkin Park*'"),
    ("grep -r hello .", "search for 'hello' here", "grep -r hello ."),
])
def test_a_quoted_string_with_spaces_stays_one_word(command, phrase, expected):
    assert quoted_strings_whole(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("find ./work// -type f -name '*..pdf'", "copy .pdf files in ./work/ away", "find ./work/ -type f -name '*.pdf'"),
    ("rsync -av source// dest//", "sync source/ to dest/", "rsync -av source/ dest/"),
    ("du -sh /home/alice//*", "sizes in /home/alice/", "du -sh /home/alice/*"),
    ("find . -name '**.csv' -delete", "find and delete *.csv files", "find . -name '*.csv' -delete"),
    ("find / -name '*fink**'", "find all *fink* files", "find / -name '*fink*'"),
    # nothing doubled: left alone
    ("ls ../x", "list .x files", "ls ../x"),
    ("find /data -name '*.csv'", "find .csv files in /data/", "find /data -name '*.csv'"),
])
def test_a_value_keeps_its_own_separator_only(command, phrase, expected):
    assert literal_joins(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("diff {{file1}} {{file2}}", "compare two files a.txt and b.txt", "diff a.txt b.txt"),
    ("diff {{file1}} b.txt", "compare two files a.txt and b.txt", "diff a.txt b.txt"),
    ("tar -czf {{archive}} {{path}}", "pack src/ as out.tgz", "tar -czf {{archive}} src/"),
    # only placeholders for files and paths, only values shaped like one, each once
    ("wget {{url}}", "download https://example.com/a.zip", "wget {{url}}"),
    ("gpg --edit-key {{profile_name}}", "edit keys in notes.txt", "gpg --edit-key {{profile_name}}"),
    ("ping -c {{count}} {{host}}", "ping 10.0.0.1 3 times", "ping -c {{count}} {{host}}"),
    ("cat a.txt {{file}}", "show a.txt", "cat a.txt {{file}}"),
    ("cat {{file1}} {{file2}}", "show notes.txt", "cat notes.txt {{file2}}"),
])
def test_file_placeholders_take_the_files_the_command_leaves_out(command, phrase, expected):
    assert unused_files(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("zip -r docs.tar.bz2 docs", "pack the docs folder into docs.tar.bz2", "tar -cjf docs.tar.bz2 docs"),
    ("zip build.tar.gz build/", "put build/ into build.tar.gz", "tar -czf build.tar.gz build/"),
    ("tar -czf project.tar project", "tar up project into project.tar", "tar -cf project.tar project"),
    ("sudo tar cvzf /b/etc.tar.xz /etc", "back up /etc to /b/etc.tar.xz", "sudo tar cvJf /b/etc.tar.xz /etc"),
    ("tar -czvf out.zip src", "zip src as out.zip", "zip -r out.zip src"),
    # the archive goes right after -f, where tar writes it
    ("tar -czf www site.tar.gz", "a tar archive called site.tar.gz of the www folder", "tar -czf site.tar.gz www"),
    # ...and first after zip's options, or zip packs it into an archive named after the folder
    ("zip -r www site.zip", "create a zip file called site.zip from the www folder", "zip -r site.zip www"),
    ("zip -r site.zip www", "create a zip file called site.zip from the www folder", "zip -r site.zip www"),
    ("zip -r www.zip site.zip", "put site.zip into www.zip", "zip -r www.zip site.zip"),
    # zip's other options stay with it, -e for zip_encrypts_when_asked to judge
    ("zip -er secrets secrets.zip", "a password protected zip called secrets.zip from secrets",
     "zip -er secrets.zip secrets"),
    ("zip -q -r www site.zip", "zip www quietly as site.zip", "zip -q -r site.zip www"),
    ("zip -q www site.zip", "zip www quietly as site.zip", "zip -r -q site.zip www"),
    # right already, or not a plain archive the phrase names: left alone
    ("tar -czvf a.tar.gz kopa", "tar -czvf a.tar.gz kopa", "tar -czvf a.tar.gz kopa"),
    ("tar -xzf a.tar.gz", "extract a.tar.gz", "tar -xzf a.tar.gz"),
    ("tar -czf a.tar.gz b", "archive b", "tar -czf a.tar.gz b"),
    ("zip -e a.tar.gz docs", "encrypt docs as a.tar.gz", "zip -e a.tar.gz docs"),
    ("tar -czf - src | ssh h 'cat > a.tgz'", "send src to h as a.tgz", "tar -czf - src | ssh h 'cat > a.tgz'"),
])
def test_an_archive_is_made_as_its_name_says(command, phrase, expected):
    assert archives_as_named(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("zip -r {{archive}} docs", "zip up the docs directory", "zip -r docs.zip docs"),
    ("tar -czf {{archive}} logs/", "compress the logs/ folder", "tar -czf logs.tar.gz logs/"),
    ("sudo tar cjf {{archive}} /var/www", "bzip2 tarball of /var/www", "sudo tar cjf www.tar.bz2 /var/www"),
    # nothing the phrase names, no single thing, or no name to take: the placeholder stays
    ("zip -r {{archive}} {{directory}}", "copy a whole folder", "zip -r {{archive}} {{directory}}"),
    ("tar -czf {{archive}} ~/Music", "make an alias", "tar -czf {{archive}} ~/Music"),
    ("tar -czf {{archive}} .", "archive this folder", "tar -czf {{archive}} ."),
    ("zip -r {{archive}} a b", "zip a and b", "zip -r {{archive}} a b"),
])
def test_an_archive_of_one_thing_is_named_after_it(command, phrase, expected):
    assert archive_named_after_contents(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("find /var/log -type f -exec du -h {} + | sort -rh | head -n 10", "show the 5 biggest files in /var/log",
     "find /var/log -type f -exec du -h {} + | sort -rh | head -n 5"),
    ("head -5 notes.txt", "first 3 lines of notes.txt", "head -3 notes.txt"),
    ("watch -n 1 uptime", "run uptime every 2 seconds", "watch -n 2 uptime"),
    # the number used already, two numbers, no count, or a line to start from: left alone
    ("tail -n 20 f", "last 20 lines of f", "tail -n 20 f"),
    ("tail -n 20 f", "last 2 lines of 3 files", "tail -n 20 f"),
    ("ls -lt", "the 8 newest files", "ls -lt"),
    ("tail -n +100 f", "f from line 7", "tail -n +100 f"),
    # numbers as words, from two
    ("git rebase -i HEAD~3", "how can i edit the last four commits?", "git rebase -i HEAD~4"),
    ("head -n 10 x", "show the first three lines of x", "head -n 3 x"),
    ("git log -3", "the last five commits", "git log -5"),
    ("git log --oneline -n 10", "the last 10 commits in one line each", "git log --oneline -n 10"),
])
def test_the_phrases_number_is_the_count(command, phrase, expected):
    assert counts_from_phrase(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("mkdir /var/www", "create a folder called logs in /var/www", "mkdir /var/www/logs"),
    ("mkdir -p ~/work/", "make a new directory reports under ~/work/", "mkdir -p ~/work/reports"),
    ("sudo mkdir /srv/app", "create directory cache inside /srv/app", "sudo mkdir /srv/app/cache"),
    ("touch ~/docs", "create an empty file named notes.txt in ~/docs", "touch ~/docs/notes.txt"),
    # no name, the place not said to hold it, or the name used already: left alone
    ("mkdir /tmp", "make a folder in /tmp", "mkdir /tmp"),
    ("mkdir /tmp/logs", "create a folder called logs in /tmp", "mkdir /tmp/logs"),
    ("mkdir /data", "create the folder /data named after the disk", "mkdir /data"),
])
def test_a_new_thing_is_made_inside_the_place_the_phrase_names(command, phrase, expected):
    assert made_inside(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("wget -O https://x.org/a.iso ~/Downloads", "download https://x.org/a.iso to ~/Downloads",
     "wget -P ~/Downloads https://x.org/a.iso"),
    ("wget -c https://x.org/a.iso /tmp/b.iso", "fetch https://x.org/a.iso as /tmp/b.iso",
     "wget -c -O /tmp/b.iso https://x.org/a.iso"),
    ("curl -v https://x.org/d/x.tar.gz /srv", "get https://x.org/d/x.tar.gz and save it in /srv",
     "curl -v -L -o /srv/x.tar.gz https://x.org/d/x.tar.gz"),
    # no place in the command, another tool, or no file name to save under: left alone
    ("wget https://x.org/a.iso", "download https://x.org/a.iso to /tmp", "wget https://x.org/a.iso"),
    ("git clone https://x.org/r.git ~/src/", "clone https://x.org/r.git into ~/src/", "git clone https://x.org/r.git ~/src/"),
    ("curl https://x.org/ /tmp", "download https://x.org/ to /tmp", "curl https://x.org/ /tmp"),
])
def test_a_download_is_saved_where_the_phrase_says(command, phrase, expected):
    assert downloads_where_said(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("ssh -p 2222 port@10.0.0.8", "ssh into 10.0.0.8 on port 2222", "ssh -p 2222 10.0.0.8"),
    ("ssh -t user@db", "open a shell on db", "ssh -t db"),
    # a user@host the phrase gives whole is the user's, whatever the word
    ("ssh user@host -X", "ssh to user@host with X11 forwarding", "ssh user@host -X"),
])
def test_a_word_for_something_else_is_no_user(command, phrase, expected):
    assert user_at_host(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("cp id_rsa.pub bob@host", "copy id_rsa.pub to bob@host", "scp id_rsa.pub bob@host:"),
    ("cp -R assets oliver@10.0.0.5", "copy assets to oliver@10.0.0.5", "scp -r assets oliver@10.0.0.5:"),
    ("sudo cp -a a b bob@h", "copy a and b to bob@h", "sudo scp -r -p a b bob@h:"),
    # a remote path the phrase gives is the whole destination
    ("cp report.pdf bob@h.example.com:~/docs", "copy report.pdf to bob@h.example.com:~/docs",
     "scp report.pdf bob@h.example.com:~/docs"),
    # already remote, or no user@host the phrase names: left alone
    ("cp a.txt bob@h:/tmp", "copy a.txt to bob@h", "cp a.txt bob@h:/tmp"),
    ("cp a.txt b.txt", "copy a.txt to b.txt", "cp a.txt b.txt"),
])
def test_a_copy_to_a_user_at_host_is_scp(command, phrase, expected):
    assert remote_copies(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("scp backup.tar user@server:/backups:{{remote_path}}", "copy backup.tar to user@server:/backups with scp",
     "scp backup.tar user@server:/backups"),
    ("scp -r ~/a u@h:/srv:{{path}}", "send ~/a to u@h:/srv", "scp -r ~/a u@h:/srv"),
    # only after the place the phrase gives whole
    ("scp a u@h:{{remote_path}}", "send a to u@h", "scp a u@h:{{remote_path}}"),
    ("scp a u@h:/srv/x:{{path}}", "send a to u@h:/srv", "scp a u@h:/srv/x:{{path}}"),
])
def test_a_remote_path_the_phrase_gives_is_the_whole_destination(command, phrase, expected):
    assert remote_paths_whole(command, phrase) == expected


@pytest.mark.parametrize("command, expected", [
    ("nohup server.py &", "nohup python3 server.py &"),
    ("server.py --port 8000", "python3 server.py --port 8000"),
    ("python3 server.py", "python3 server.py"),
    ("ls server.py", "ls server.py"),
    ("bash server.py", "python3 server.py"),
    ("nohup sh server.py &", "nohup python3 server.py &"),
])
def test_a_python_script_the_phrase_names_runs_with_python3(command, expected):
    assert scripts_with_path(command, "run server.py in the background") == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("unzip files.zip -d named", "unzip files.zip into a folder named out", "unzip files.zip -d out"),
    ("mkdir called", "make a directory called build", "mkdir build"),
    ("find . -name named", "find the files named notes", "find . -name notes"),
    ("mkdir build", "make a directory called build", "mkdir build"),  # already there
    ("ls named", "list the folder named the same", "ls named"),  # "the" names nothing
    ("echo named", "print the word named", "echo named"),  # no name follows
])
def test_the_name_goes_where_the_model_copied_the_word_that_gives_it(command, phrase, expected):
    assert names_not_namers(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("sed -i 's/bar/bar/g' config.ini", "replace foo with bar everywhere in config.ini", "sed -i 's/foo/bar/g' config.ini"),
    ("sed -i 's/dog/dog/g' pets.txt", "replace all occurrences of cat with dog in pets.txt",
     "sed -i 's/cat/dog/g' pets.txt"),
    ("sed 's/a/b/' in.txt > out.txt", "change http to https in in.txt", "sed 's/http/https/' in.txt > out.txt"),
    ("sudo sed -i 's/x/y/g' /etc/hosts", "swap the word staging for prod in /etc/hosts",
     "sudo sed -i 's/staging/prod/g' /etc/hosts"),
    # a value with the delimiter in it gets another; quoted strings keep their spaces
    ("sed -i 's/a/b/g' notes.txt", "change /usr/local to /opt in notes.txt", "sed -i 's|/usr/local|/opt|g' notes.txt"),
    ('sed -i "s/a/b/" x.conf', "replace 'hello world' with 'bye now' in x.conf", 'sed -i "s/hello world/bye now/" x.conf'),
    # words that describe rather than spell: the model's pattern stands
    ("sed -i 's/ /_/g' names.txt", "replace spaces with underscores in names.txt", "sed -i 's/ /_/g' names.txt"),
    ("sed 's/[0-9]//g' f", "replace digits with nothing in f", "sed 's/[0-9]//g' f"),
    # not sed, or nothing to replace
    ("grep foo x", "replace foo with bar in x", "grep foo x"),
    ("sed -n '1,5p' x", "replace foo with bar in x", "sed -n '1,5p' x"),
    ("sed -i 's/a/b/g' x", "replace the disk in x", "sed -i 's/a/b/g' x"),
])
def test_a_replacement_replaces_what_the_phrase_says_with_what_it_says(command, phrase, expected):
    assert substitutions_as_said(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("du -sh ~", "how big is my Downloads folder", "du -sh ~/Downloads"),
    ("cd ~", "go to my Documents", "cd ~/Documents"),
    ("find Downloads -name '*.pdf'", "find pdf files in my downloads", "find ~/Downloads -name '*.pdf'"),
    ("mv *.jpg ./Pictures", "move all jpg files to my Pictures folder", "mv *.jpg ~/Pictures"),
    ("ls Downloads/old", "list the old folder in my Downloads", "ls ~/Downloads/old"),
    ("find . -type f | wc -l", "count files in my Music folder", "find ~/Music -type f | wc -l"),
    # already the user's own, another user's, two folders named, or none
    ("ls ~/Downloads", "list my Downloads", "ls ~/Downloads"),
    ("ls /home/bob/Downloads", "list my Downloads", "ls /home/bob/Downloads"),
    ("cp ~/Downloads/a.pdf ~/Documents", "copy a.pdf from my Downloads to my Documents", "cp ~/Downloads/a.pdf ~/Documents"),
    ("du -sh ~", "how big is my home folder", "du -sh ~"),
    ("ls music", "list the music folder", "ls music"),
    # named plainly after "in", "from", "inside"..., as a laptop's user does; a name in capitals is a label
    ("ls -lt downloads", "show the newest files in downloads first", "ls -lt ~/Downloads"),
    ("find . -type d -empty", "show me the empty folders in documents", "find ~/Documents -type d -empty"),
    ("sudo fatlabel /dev/sdb1 MUSIC", "rename the stick /dev/sdb1 to MUSIC", "sudo fatlabel /dev/sdb1 MUSIC"),
])
def test_my_downloads_is_the_one_in_my_home(command, phrase, expected):
    assert home_folders(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("zip -er docs.zip docs", "bundle docs into docs.zip", "zip -r docs.zip docs"),
    ("zip -e docs.zip docs", "zip up docs", "zip docs.zip docs"),
    ("sudo zip -qer a.zip b", "zip b quietly", "sudo zip -qr a.zip b"),
    ("zip -er secrets.zip s", "zip s with a password", "zip -er secrets.zip s"),
    ("zip -er secrets.zip s", "make an encrypted zip of s", "zip -er secrets.zip s"),
    ("unzip -e a.zip", "unzip a.zip", "unzip -e a.zip"),
])
def test_zip_asks_for_a_password_only_when_the_phrase_does(command, phrase, expected):
    assert zip_encrypts_when_asked(command, phrase) == expected


def test_adapt_does_them_all():
    phrase = "as bob, send .log files over 300k to ops@10.1.1.1"
    assert adapt("find . -name .log -size +300M | mail {{user}}@ops@10.1.1.1", phrase) == \
        "find . -name '*.log' -size +300k | mail ops@10.1.1.1"


@pytest.mark.parametrize("command, phrase, expected", [
    ("find /etc -type f -exec grep 'Failed' {} \\; -print", "search for the word password in all files under /etc",
     "find /etc -type f -exec grep 'password' {} \\; -print"),
    ('find d -type f -print0 | xargs -0 grep "text to search"', "look in d for the word password",
     'find d -type f -print0 | xargs -0 grep "password"'),
    ("grep -c 'error' log.txt", "count lines with the word error in log.txt", "grep -c 'error' log.txt"),
    ("grep -rn 'foo' .", "search for foo here", "grep -rn 'foo' ."),  # no word named as the one searched for
    ("grep -rn 'TODO' .", "find the word TODO and then the word FIXME", "grep -rn 'TODO' ."),  # one of them
    ("grep -rn \"$USER\" .", "look for the word me", "grep -rn \"$USER\" ."),  # a variable is no recalled word
])
def test_the_word_searched_for_is_the_one_named(command, phrase, expected):
    assert searched_as_said(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("cp photos-backup photos", "make a copy of the photos folder called photos-backup", "cp -r photos photos-backup"),
    ("cp -R photos-backup photos", "make a copy of the photos folder called photos-backup", "cp -R photos photos-backup"),
    ("sudo cp b.conf a.conf", "make a copy of a.conf named b.conf", "sudo cp a.conf b.conf"),
    ("cp a.txt b.txt", "make a copy of a.txt called b.txt", "cp a.txt b.txt"),  # the right way round already
    ("cp -r y x", "copy x to y", "cp -r y x"),  # the phrase names no copy
    ("cp b.txt a.txt | tee log", "make a copy of a.txt called b.txt", "cp b.txt a.txt | tee log"),  # not one plain cp
])
def test_a_copy_goes_to_the_name_the_phrase_gives_it(command, phrase, expected):
    assert copies_as_named(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("find . -name '*.py'", "find every python file under the project folder", "find project -name '*.py'"),
    ("sudo find . -type d -empty", "find empty folders in the logs directory", "sudo find logs -type d -empty"),
    ("find . -name '*.py'", "find python files in the current folder", "find . -name '*.py'"),  # here it is
    ("find . -name cookies.txt", "list all files under the current directory called cookies.txt",
     "find . -name cookies.txt"),  # a file's name, not a folder's
    ("find src -name '*.py'", "find python files in the src folder", "find src -name '*.py'"),
])
def test_find_searches_the_folder_the_phrase_names(command, phrase, expected):
    assert find_in_named_folder(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("chmod g+w /srv/team", "give the group write access to /srv/team recursively", "chmod -R g+w /srv/team"),
    ("sudo chown -v bob x", "make bob own x and everything in it", "sudo chown -R -v bob x"),
    ("chown bob -R x", "give x to bob recursively", "chown bob -R x"),  # -R after the owner counts
    ("chmod 755 x", "set x to 755", "chmod 755 x"),  # the phrase does not say so
    ("find x -type d -exec chmod 755 {} +", "set the folders under x to 755 recursively",
     "find x -type d -exec chmod 755 {} +"),  # find walks the tree already
])
def test_modes_and_owners_change_all_the_way_down_when_the_phrase_says_so(command, phrase, expected):
    assert recursive_when_said(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("du -sh", "how much space does each folder here use", "du -sh *"),
    ("sudo du -hs", "size of every directory here", "sudo du -hs *"),
    ("du -sh", "how big is this folder", "du -sh"),  # the total is asked for
    ("du -sh logs", "each folder in logs", "du -sh logs"),  # the model named a place
    ("du -h", "each folder here", "du -h"),  # without -s, du lists every folder already
])
def test_each_folder_here_is_sized_one_by_one(command, phrase, expected):
    assert each_folder_here(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("echo 'buy milk' > results.txt", 'append "buy milk" to results.txt', "echo 'buy milk' >> results.txt"),
    ("echo x > a.txt", "add x to the end of a.txt", "echo x >> a.txt"),
    ("echo x > a.txt", "write x into a.txt", "echo x > a.txt"),  # the phrase says nothing of keeping what is there
    ("echo x >> a.txt", "append x to a.txt", "echo x >> a.txt"),
    ("sort a > b", "append a sorted to b", "sort a > b"),  # only echo, printf and cat
])
def test_append_adds_to_the_end(command, phrase, expected):
    assert appends_when_said(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("sed -i 's/foo/bar/g' style.css", 'What would style.css look like with bar instead of "foo"?',
     "sed 's/foo/bar/g' style.css"),
    ("sed -i.bak 's/a/b/' x", "preview replacing a with b in x", "sed 's/a/b/' x"),
    ("sed -i 's/a/b/' x", "replace a with b in x", "sed -i 's/a/b/' x"),
])
def test_sed_edits_in_place_only_when_asked_to_change(command, phrase, expected):
    assert sed_previews_when_asked(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("find . -iname notes", "I need to list files whose name contains notes", "find . -iname '*notes*'"),
    ('find . -name "notes" -type f', "files with notes in their name", "find . -name '*notes*' -type f"),
    ("find . -name notes.txt", "files whose name contains notes", "find . -name notes.txt"),  # another name
    ("find . -name x", "find x", "find . -name x"),  # the phrase asks for that name
])
def test_a_name_that_contains_a_word_is_matched_with_a_glob(command, phrase, expected):
    assert names_containing(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("VIM config.yaml", "OPEN config.yaml IN VIM", "vim config.yaml"),
    ("sudo Mount -a /etc/fstab", "Mount all filesystems in /etc/fstab", "sudo mount -a /etc/fstab"),
    ("ls | Grep x", "ls and Grep x", "ls | grep x"),
    ("R --version", "R version", "R --version"),  # one letter: R is a program
    ("VBoxManage list vms", "list virtualbox vms", "VBoxManage list vms"),  # not copied from the phrase
    ("PS1=x bash", "set PS1", "PS1=x bash"),  # an assignment, no program
])
def test_a_program_copied_from_a_capitalized_phrase_is_lower_case(command, phrase, expected):
    assert programs_in_lower_case(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("tar -xzf image.img.xz", "Is there a way to extract image.img.xz?", "unxz image.img.xz"),
    ("unzip website.tgz invoice.pdf", "Restore invoice.pdf from website.tgz", "tar -xzf website.tgz invoice.pdf"),
    ("tar -xzf a.zip -C /tmp", "extract a.zip into /tmp", "unzip a.zip -d /tmp"),
    ("unzip a.tar.bz2 -d out", "unpack a.tar.bz2 to out", "tar -xjf a.tar.bz2 -C out"),
    ("sudo tar -xvjf a.tar.gz", "extract a.tar.gz", "sudo tar -xvzf a.tar.gz"),
    ("tar -xf a.tar.gz", "extract a.tar.gz", "tar -xf a.tar.gz"),  # tar reads the compression itself
    ("tar -xzf tar.gz", "extract a tar.gz file", "tar -xzf tar.gz"),  # only the kind is named
    ("tar -xzf data.gz -C x", "extract data.gz into x", "tar -xzf data.gz -C x"),  # gunzip has no -C
    ("tar -xzf b.xz", "extract it", "tar -xzf b.xz"),  # the phrase names no archive
])
def test_an_archive_is_unpacked_with_the_tool_its_name_says(command, phrase, expected):
    assert extracts_as_named(command, phrase) == expected


@pytest.mark.parametrize("command, expected", [
    ("sudo kill %1", "kill %1"),  # a job of this shell, which sudo's kill cannot see
    ("sudo kill -9 %2", "kill -9 %2"),
    ("sudo cd /root", "cd /root"),
    ("sudo source ~/.bashrc", "source ~/.bashrc"),
    ("sudo kill 123", "sudo kill 123"),  # a process id: sudo may well be needed
    ("sudo setfacl -m u:bob:r f", "sudo setfacl -m u:bob:r f"),
    ("echo x | sudo tee f", "echo x | sudo tee f"),
])
def test_no_sudo_for_what_only_the_shell_itself_can_do(command, expected):
    assert builtins_without_sudo(command, "") == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("grep -w 'DEBUG' app.log", "show lines without DEBUG in app.log", "grep -v -w 'DEBUG' app.log"),
    ("grep 'error' log | wc -l", "count lines that don't contain error in log", "grep -v 'error' log | wc -l"),
    ("grep -v x f", "lines without x in f", "grep -v x f"),  # inverted already
    ("grep -i foo f", "lines with foo in f", "grep -i foo f"),
    ("grep -r foo .", "files without bar", "grep -r foo ."),  # another word
])
def test_grep_leaves_out_what_the_phrase_says_to_leave_out(command, phrase, expected):
    assert grep_inverts_when_said(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("find ~/Documents -type f -mtime -24", "modified in the last 24 hours", "find ~/Documents -type f -mtime -1"),
    ("find . -mtime -5", "changed in the last 5 hours", "find . -mmin -300"),
    ("find . -mtime -90", "files changed in the last 90 minutes", "find . -mmin -90"),
    ("find . -mmin -3", "files changed in the last 3 days", "find . -mtime -3"),
    ("find . -mtime -2", "files changed in the last 2 weeks", "find . -mtime -14"),
    ("find . -atime +96 -delete", "not read for 96 hours", "find . -atime +4 -delete"),
    ("find . -mtime +7", "files older than 7 days", "find . -mtime +7"),  # in find's unit already
    ("find . -mmin -30", "in the last 30 minutes", "find . -mmin -30"),
    ("find . -mtime -1", "changed in the last 5 hours", "find . -mtime -1"),  # not the number the phrase states
    ("ls -t | head -24", "the 24 newest files of the last hours", "ls -t | head -24"),  # no find
])
def test_find_counts_age_in_the_unit_the_phrase_says(command, phrase, expected):
    assert find_times_in_units(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("awk '{print $2}' data.csv", "print the second column of data.csv", "awk -F, '{print $2}' data.csv"),
    ("cut -f2 data.csv", "the second column of data.csv", "cut -d, -f2 data.csv"),
    ("cut -f 2 data.csv | sort", "sorted second column of data.csv", "cut -d, -f 2 data.csv | sort"),
    ("awk -F';' '{print $2}' data.csv", "second column of data.csv", "awk -F';' '{print $2}' data.csv"),
    ("cut -d';' -f2 data.csv", "second column of data.csv", "cut -d';' -f2 data.csv"),
    ("awk -F, '{s+=$1} END {print s}' a.csv", "sum the first column of a.csv", "awk -F, '{s+=$1} END {print s}' a.csv"),
    ("awk '{print $2}' data.txt", "second column of data.txt", "awk '{print $2}' data.txt"),  # no csv
    ("cut -c1-5 data.csv", "first five characters of each line of data.csv", "cut -c1-5 data.csv"),
])
def test_a_csv_file_is_split_at_its_commas(command, phrase, expected):
    assert csv_fields_by_comma(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("awk -F, 'NR>1 {s+=$7} END {print s}' sales.csv", "sum column 4 of sales.csv, skipping the header",
     "awk -F, 'NR>1 {s+=$4} END {print s}' sales.csv"),
    ("awk '{s+=$1} END {print s/NR}' scores.txt", "average of the second column in scores.txt",
     "awk '{s+=$2} END {print s/NR}' scores.txt"),
    ("cut -d, -f7 data.csv | sort -u", "the 2nd field of data.csv, sorted and unique",
     "cut -d, -f2 data.csv | sort -u"),
    ("sort -t, -k3,3nr scores.csv", "sort scores.csv by the second column, highest first",
     "sort -t, -k2,2nr scores.csv"),
    ("awk 'NR==1 || $3 > m {m=$3} END {print m}' m.txt", "highest value in column five of m.txt",
     "awk 'NR==1 || $5 > m {m=$5} END {print m}' m.txt"),
    # two columns named, or a command reading two fields or a range: no one number to put right
    ("awk '{print $1}' s.txt", "print the 2nd and 4th columns of s.txt", "awk '{print $1}' s.txt"),
    ("awk '{print $1, $3}' s.txt", "print the 2nd column of s.txt", "awk '{print $1, $3}' s.txt"),
    ("cut -f2- a.tsv", "the third field of a.tsv", "cut -f2- a.tsv"),
    ("sort -k2,4 a.txt", "sort a.txt by the third field", "sort -k2,4 a.txt"),
    # $N outside awk is an argument, -f outside cut a file
    ("echo $1", "print the 5th column", "echo $1"),
    ("tar -cf 2024.tar notes", "the 5th column", "tar -cf 2024.tar notes"),
    ("awk '{print $0}' a.txt", "column 2 of a.txt", "awk '{print $0}' a.txt"),
])
def test_the_column_the_phrase_names_is_the_one_read(command, phrase, expected):
    assert fields_as_said(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("cut -d, -f1 list.tsv | sort -u", "distinct values in column 1 of list.tsv", "cut -f1 list.tsv | sort -u"),
    ("awk -F, '{s+=$2} END {print s}' scores.tsv", "sum the 2nd column of scores.tsv",
     "awk -F'\\t' '{s+=$2} END {print s}' scores.tsv"),
    ("cut -d, -f1 list.csv", "first column of list.csv", "cut -d, -f1 list.csv"),
    ("cut -d, -f1 list.tsv", "first column of the file", "cut -d, -f1 list.tsv"),  # a file the phrase never named
])
def test_a_tsv_file_is_split_at_its_tabs(command, phrase, expected):
    assert tsv_fields_by_tab(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("tar -xzf archive.tar.gz", "what's inside archive.tar.gz? don't extract it", "tar -tzf archive.tar.gz"),
    ("tar xvf a.tar", "list a.tar without unpacking it", "tar tvf a.tar"),
    ("unzip photos.zip", "what is in photos.zip, do not extract", "unzip -l photos.zip"),
    ("tar -tzf a.tgz", "a.tgz contents without extracting", "tar -tzf a.tgz"),
    ("tar -xzf a.tgz", "extract a.tgz", "tar -xzf a.tgz"),
    ("tar -xzf a.tgz", "extract a.tgz, don't overwrite", "tar -xzf a.tgz"),
])
def test_an_archive_the_phrase_says_not_to_unpack_is_listed(command, phrase, expected):
    assert lists_when_not_extracting(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("ln -s releases/v2 releases/v2", "symlink current -> releases/v2", "ln -s releases/v2 current"),
    ("ln -s releases/v2.3 releases/v2.3", "a symlink named current that points to releases/v2.3",
     "ln -s releases/v2.3 current"),
    ("ln -s builds/42 symlink", "make a symlink called latest pointing to builds/42", "ln -s builds/42 latest"),
    ("ln -s www /var/www/html", "create a link named www to /var/www/html", "ln -s /var/www/html www"),
    ("sudo ln -sf a b", "a link named b to /opt/a", "sudo ln -sf /opt/a b"),
    ("ln -s /usr/bin/python3 python", "a symlink to /usr/bin/python3 named python", "ln -s /usr/bin/python3 python"),
    ("ln -s /opt/app/bin/app /usr/local/bin/app", "link /opt/app/bin/app into /usr/local/bin",
     "ln -s /opt/app/bin/app /usr/local/bin/app"),  # no name given
    ("ln -s a b", "make a symbolic link to a", "ln -s a b"),
    ("ln a b", "a hard link named b to a", "ln a b"),  # not a symlink
])
def test_a_link_is_made_with_the_name_and_target_the_phrase_gives(command, phrase, expected):
    assert links_as_named(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("export JAVA_HOME=/opt/bin", "set the variable PATH to include /opt/bin", "export PATH=$PATH:/opt/bin"),
    ("export PATH=/opt/bin", "add /opt/bin to my PATH", "export PATH=$PATH:/opt/bin"),
    ("export LD_LIBRARY_PATH=/opt/lib", "add /opt/lib to LD_LIBRARY_PATH",
     "export LD_LIBRARY_PATH=$LD_LIBRARY_PATH:/opt/lib"),
    ("export PATH=$PATH:/opt/bin", "add /opt/bin to my PATH", "export PATH=$PATH:/opt/bin"),
    ("export PATH=/opt/bin", "set PATH to /opt/bin only", "export PATH=/opt/bin"),  # replacing it, as asked
    ("export EDITOR=vim", "set EDITOR to vim", "export EDITOR=vim"),
    ("export FOO=bar", "set FOO to bar and BAZ to qux", "export FOO=bar"),  # two named: left as it is
    ("echo $PATH", "show PATH", "echo $PATH"),
])
def test_the_variable_set_is_the_one_named_and_path_is_added_to(command, phrase, expected):
    assert variables_as_named(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("unzip -l release.tar.xz", "whats inside release.tar.xz without extracting it", "tar -tJf release.tar.xz"),
    ("tar -tzf release.tar.xz", "list release.tar.xz", "tar -tJf release.tar.xz"),
    ("tar -tzf bundle.zip", "list contents of bundle.zip", "unzip -l bundle.zip"),
    ("tar -xzf stuff.7z", "how do i open stuff.7z", "7z x stuff.7z"),
    ("tar -tf stuff.7z", "what is in stuff.7z", "7z l stuff.7z"),
    ("unzip music.rar", "extract music.rar", "unrar x music.rar"),
    ("tar -tzf a.tar.gz", "list a.tar.gz", "tar -tzf a.tar.gz"),  # as named
    ("unzip -l a.zip", "list a.zip", "unzip -l a.zip"),
    ("tar -tf a.tar.xz", "list a.tar.xz", "tar -tf a.tar.xz"),  # tar reads the compression itself
])
def test_an_archive_is_listed_with_the_tool_its_name_says(command, phrase, expected):
    assert extracts_as_named(command, phrase) == expected


@pytest.mark.parametrize("command, expected", [
    ("find . -name '*.pyc' | xargs -0 rm -rf", "find . -name '*.pyc' -print0 | xargs -0 rm -rf"),
    ("find . -name x -print | xargs -0 rm", "find . -name x -print0 | xargs -0 rm"),
    ("find . -type f | xargs -r -0 wc -l", "find . -type f -print0 | xargs -r -0 wc -l"),
    ("find . -print0 | xargs -0 rm", "find . -print0 | xargs -0 rm"),
    ("find . -printf '%p\\0' | xargs -0 rm", "find . -printf '%p\\0' | xargs -0 rm"),
    ("find . -name x | xargs rm", "find . -name x | xargs rm"),
])
def test_find_prints_the_nul_separated_names_xargs_0_reads(command, expected):
    assert null_separated_for_xargs(command, "") == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("grep -rn 'TODO' .", "search for TODO in all files under src", "grep -rn 'TODO' src"),
    ("grep -r TODO", "look for TODO in the src folder", "grep -r TODO src"),
    ("grep -ri 'x' .", "find x under /etc/nginx", "grep -ri 'x' /etc/nginx"),
    ("grep -r TODO src", "search for TODO under src", "grep -r TODO src"),
    ("grep TODO .", "search for TODO under src", "grep TODO ."),  # not a search of the tree
    ("grep -r TODO .", "search for TODO under app.py", "grep -r TODO ."),  # a file, not a folder
    ("grep -r TODO .", "search for TODO here", "grep -r TODO ."),
])
def test_grep_searches_the_folder_the_phrase_names(command, phrase, expected):
    assert grep_in_named_folder(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("grep -rl 'license' src", "which files under src dont mention license", "grep -rL 'license' src"),
    ("grep -l x *.txt", "text files that do not contain x", "grep -L x *.txt"),
    ("grep x f", "lines of f that don't include x", "grep -v x f"),
])
def test_files_without_a_word_are_listed_with_grep_L(command, phrase, expected):
    assert grep_inverts_when_said(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("chmod o-rwx salary.xlsx", "remove read permission for others on salary.xlsx", "chmod o-r salary.xlsx"),
    ("chmod a+r uploads", "make the uploads folder writable by everyone", "chmod a+w uploads"),
    ("chmod -R g+r /srv/team", "give the group write access to /srv/team recursively", "chmod -R g+w /srv/team"),
    ("setfacl -m u:alice:rw budget.ods", "give alice read access to budget.ods using an acl",
     "setfacl -m u:alice:r budget.ods"),
    ("setfacl -m u:limu:rw simo.txt", "let limu read and edit simo.txt using an acl", "setfacl -m u:limu:rw simo.txt"),
    ("chmod +x run.sh", "make run.sh executable", "chmod +x run.sh"),
    ("chmod u+rw f", "only I should read and write f", "chmod u+rw f"),  # what is left, not what changes
    ("chmod +t /srv/shared", "set the sticky bit on /srv/shared", "chmod +t /srv/shared"),
    ("chmod 644 f", "make f readable", "chmod 644 f"),
    ("chmod g+w f", "change the permissions of f", "chmod g+w f"),  # no kind of access named
])
def test_chmod_grants_or_takes_the_access_the_phrase_names(command, phrase, expected):
    assert modes_as_said(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("scp -r report.pdf 172.16.0.9", "copy report.pdf to 172.16.0.9", "scp -r report.pdf 172.16.0.9:"),
    ("rsync -av site/ web01.example.com", "rsync site to web01.example.com", "rsync -av site/ web01.example.com:"),
    ("scp a.txt host.example.com:/tmp", "copy a.txt to /tmp on host.example.com", "scp a.txt host.example.com:/tmp"),
    ("scp a b", "copy a to b", "scp a b"),
    ("cp report.pdf 10.0.0.5", "copy report.pdf to 10.0.0.5", "cp report.pdf 10.0.0.5"),  # remote_copies' business
])
def test_a_copy_to_a_machine_the_phrase_names_goes_to_it(command, phrase, expected):
    assert remote_hosts_with_colon(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("cp -r /srv/data /mnt/backup", "copy /srv/data into /mnt/backup and keep permissions and timestamps",
     "cp -a /srv/data /mnt/backup"),
    ("cp -rv a b", "copy a to b preserving ownership", "cp -av a b"),
    ("cp -r a b", "copy a to b", "cp -r a b"),
    ("cp a b", "copy a to b keeping its times", "cp a b"),  # one file: -p would do, and the model's is no tree
])
def test_a_tree_copied_with_its_attributes_is_cp_a(command, phrase, expected):
    assert copies_keep_attributes(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("tar -cJf project.tar.xz max", "make project.tar.xz from the project dir with max compression",
     "tar -cJf project.tar.xz project"),
    ("zip -r site.zip public", "a zip of the www folder called site.zip", "zip -r site.zip www"),
    ("tar -czf logs.tar.gz logs", "make logs.tar.gz of the logs folder", "tar -czf logs.tar.gz logs"),
    ("tar -czf a.tar.gz src", "archive src as a.tar.gz in the build folder", "tar -czf a.tar.gz src"),
    ("tar -czf a.tar.gz b c", "a.tar.gz from the d folder", "tar -czf a.tar.gz b c"),  # two things packed
])
def test_an_archive_packs_the_folder_the_phrase_names(command, phrase, expected):
    assert archives_what_is_named(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("find /opt/tools -type f -mtime -24", "files changed in the last 24h under /opt/tools",
     "find /opt/tools -type f -mtime -1"),
    ("find . -mmin -7", "changed in the last 7d", "find . -mtime -7"),
])
def test_find_reads_short_time_units_too(command, phrase, expected):
    assert find_times_in_units(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("grep -v 'lines' main.py", "show lines in main.py that dont contain print", "grep -v 'print' main.py"),
    ("grep 'lines' main.py", "show lines in main.py that dont contain print", "grep -v 'print' main.py"),
    ("grep -v 'error' a.log", "lines of a.log without warn", "grep -v 'error' a.log"),  # not a word of the phrase
])
def test_grep_leaves_out_the_word_the_phrase_names_not_another_of_its_words(command, phrase, expected):
    assert grep_inverts_when_said(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("ping -c 100 10.20.30.40", "ping 10.20.30.40 five times", "ping -c 5 10.20.30.40"),
    ("ping -c 4 host", "ping host 4 times", "ping -c 4 host"),
])
def test_ping_counts_as_the_phrase_says(command, phrase, expected):
    assert counts_from_phrase(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("tar -rf docs.zip notes.txt", "add notes.txt to the existing docs.zip", "zip docs.zip notes.txt"),
    ("tar -rvf a.tar notes.txt", "add notes.txt to a.tar", "tar -rvf a.tar notes.txt"),
])
def test_a_file_is_added_to_an_archive_with_the_tool_its_name_says(command, phrase, expected):
    assert archives_as_named(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("rsync -avz ~/site/ /var/www/site:web01", "rsync ~/site to /var/www/site on web01",
     "rsync -avz ~/site/ web01:/var/www/site"),
    ("scp a.txt web01:/tmp", "copy a.txt to /tmp on web01", "scp a.txt web01:/tmp"),
    ("ls /tmp:x", "list /tmp:x", "ls /tmp:x"),  # no machine named
])
def test_a_remote_place_is_host_then_path(command, phrase, expected):
    assert remote_sides_in_order(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("git push origin feature/login", "push feature/login to origin and set upstream",
     "git push -u origin feature/login"),
    ("git push --set-upstream origin x", "push x and track it", "git push --set-upstream origin x"),
    ("git push origin x", "push x", "git push origin x"),
])
def test_push_sets_the_upstream_when_asked(command, phrase, expected):
    assert pushes_upstream_when_said(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("rm old_site", "get rid of the folder old_site", "rm -r old_site"),
    ("rm -f old_site", "delete the old_site folder", "rm -rf old_site"),
    ("sudo rm -v build", "remove the build directory", "sudo rm -rv build"),
    ("rm -rf old_site", "delete the old_site folder", "rm -rf old_site"),
    ("rm a.txt", "delete a.txt from the docs folder", "rm a.txt"),  # a file in the folder
    ("rmdir empty", "remove the empty folder named empty", "rmdir empty"),
])
def test_a_folder_is_removed_with_what_is_in_it(command, phrase, expected):
    assert removes_folders_whole(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("find ~/Downloads -type f | wc -l", "how many files are in ~/Downloads (not counting subfolders)",
     "find ~/Downloads -maxdepth 1 -type f | wc -l"),
    ("find . -name '*.log'", "log files here, non-recursively", "find . -maxdepth 1 -name '*.log'"),
    ("find . -maxdepth 1 -type f", "files here without subfolders", "find . -maxdepth 1 -type f"),
    ("find . -type f", "files here and in subfolders", "find . -type f"),
])
def test_find_stays_in_the_folder_where_subfolders_are_not_to_count(command, phrase, expected):
    assert find_stays_in_the_folder(command, phrase) == expected


def test_a_script_run_at_a_lower_priority_runs_by_its_path():
    assert scripts_with_path("nice -n 10 backup.sh", "start backup.sh with low priority") == "nice -n 10 ./backup.sh"


@pytest.mark.parametrize("command, phrase, expected", [
    ("grep -v -rl '200' access.log", "show lines from access.log that don't have 200 in them",
     "grep -v '200' access.log"),
    ("grep -rl '200' access.log", "lines of access.log that don't have 200", "grep -v '200' access.log"),
    ("grep -rl x src", "lines without x in src", "grep -v -r x src"),  # a tree: -r stays
    ("grep -rl 'license' src", "which files under src dont mention license", "grep -rL 'license' src"),
])
def test_lines_without_a_word_are_lines_not_files(command, phrase, expected):
    assert grep_inverts_when_said(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("ps aux --sort=-%mem | head", "top 5 memory hogs", "ps aux --sort=-%mem | head -n 6"),
    ("ps aux --sort=-%cpu | head -n 5", "top 5 cpu hogs", "ps aux --sort=-%cpu | head -n 6"),
    ("ps -eo pid,comm,%mem --sort=-%mem | head -3", "the two biggest processes",
     "ps -eo pid,comm,%mem --sort=-%mem | head -n 3"),
    ("ps aux --sort=-%mem | head", "what uses the most memory", "ps aux --sort=-%mem | head"),  # no count
    ("ps --no-headers -eo pid | head -n 5", "5 pids", "ps --no-headers -eo pid | head -n 5"),
    ("ls -t | head -n 5", "the 5 newest files", "ls -t | head -n 5"),
])
def test_ps_shows_as_many_processes_as_counted_below_its_header(command, phrase, expected):
    assert ps_counts_its_header(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("mv ~/Downloads ~/Pictures", "move all the jpgs from ~/Downloads into ~/Pictures",
     "mv ~/Downloads/*.jpg ~/Pictures"),
    ("mv {{jpgs}} ~/Pictures", "move all jpgs from Downloads to ~/Pictures", "mv ~/Downloads/*.jpg ~/Pictures"),
    ("cp a b", "copy all pdf files from docs to /mnt/usb", "cp docs/*.pdf /mnt/usb"),
    ("mv -i x y", "move all the .log files from /var/tmp to /archive", "mv -i /var/tmp/*.log /archive"),
    ("mv x y", "move all the pngs from here to shots", "mv ./*.png shots"),
    ("mv a b", "move a to b", "mv a b"),  # no kind of file
    ("mv a b c", "move all pdfs from a to c", "mv a b c"),  # not one source and one target
])
def test_files_of_a_kind_move_from_the_folder_named_to_the_one_named(command, phrase, expected):
    assert moves_files_of_a_kind(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("sudo passwd -l eve", "lock bob's account", "sudo passwd -l bob"),  # a user the model recalled
    ("sudo chsh -s /usr/bin/zsh", "change bob's shell to zsh", "sudo chsh -s /usr/bin/zsh bob"),  # none at all
    ("groups", "show maria's groups", "groups maria"),
    ("sudo pkill -u dev", "kill every process belonging to user tempuser", "sudo pkill -u tempuser"),
    ("sudo usermod -L {{username}}", "lock bob's account", "sudo usermod -L {{username}}"),  # fill's to fill
    ("sudo passwd -l bob", "lock bob's account", "sudo passwd -l bob"),
    ("sudo usermod -aG docker deploy", "add user deploy to docker", "sudo usermod -aG docker deploy"),
    ("chsh -s zsh", "change bob's shell to zsh", "chsh -s zsh"),  # its last word is the shell the phrase names
    ("passwd -l eve", "lock today's sessions", "passwd -l eve"),  # no user named
    ("ls -l eve", "list bob's files", "ls -l eve"),  # not a program that acts on a user
])
def test_the_user_named_is_the_one_acted_on(command, phrase, expected):
    assert users_as_named(command, phrase) == expected


def test_a_possessive_names_the_user_a_placeholder_stands_for():
    assert fill("sudo usermod -L {{username}}", "lock bob's account") == "sudo usermod -L bob"


@pytest.mark.parametrize("phrase", ["where is nginx.conf on this system?", "find notes.txt on my computer"])
def test_this_system_means_the_whole_file_system(phrase):
    assert find_scope("find . -name notes.txt", phrase) == "find / -name notes.txt"


@pytest.mark.parametrize("command, phrase, expected", [
    ('date "+YYYY-MM-DD"', "todays date in YYYY-MM-DD format", 'date "+%Y-%m-%d"'),
    ("date +YYYY-MM-DD_HH:MM", "the date and time as a file suffix", "date +%Y-%m-%d_%H:%M"),  # minutes after hours
    ("date +%F", "todays date in YYYY-MM-DD format", "date +%F"),
    ("echo YYYY-MM-DD", "print YYYY-MM-DD", "echo YYYY-MM-DD"),  # no date command
])
def test_a_date_format_spelled_out_is_written_in_dates_fields(command, phrase, expected):
    assert date_formats_spelled(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("fg", "bring job 2 back to the foreground", "fg %2"),
    ("bg", "continue job number 3 in the background", "bg %3"),
    ("fg", "bring the last job back", "fg"),
    ("kill %1", "kill job 2", "kill %1"),  # only a bare fg or bg
])
def test_fg_and_bg_take_the_job_named(command, phrase, expected):
    assert jobs_by_number(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("journalctl -u ssh -f", "show today's logs for the ssh service", "journalctl -u ssh --since today"),
    ("journalctl -p err -b", "show journal errors since yesterday", "journalctl -p err --since yesterday"),
    ("journalctl -u nginx -f", "follow today's nginx logs live", "journalctl -u nginx -f --since today"),
    ("journalctl -b -p err", "errors since yesterday's boot", "journalctl -b -p err --since yesterday"),
    ("journalctl -u ssh --since '1 hour ago'", "ssh logs from today", "journalctl -u ssh --since '1 hour ago'"),
    ("journalctl -u ssh", "ssh logs", "journalctl -u ssh"),
])
def test_the_journal_is_read_from_the_day_named(command, phrase, expected):
    assert journal_since_the_day_said(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("pip install 4.2.1", "pip install django version 4.2.1", "pip install django==4.2.1"),
    ("pip3 install --user requests", "install requests v2.31.0 for my user", "pip3 install --user requests==2.31.0"),
    ("pip install django==4.2.1", "pip install django version 4.2.1", "pip install django==4.2.1"),
    ("pip install flask", "install flask", "pip install flask"),
    ("sudo apt install 4.2.1", "install nginx version 4.2.1", "sudo apt install 4.2.1"),  # pip only
])
def test_pip_installs_the_version_named(command, phrase, expected):
    assert versions_pinned(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("git log --author=bob", "show commits by alice", "git log --author=alice"),
    ("git log --author=alice", "show commits by alice", "git log --author=alice"),
    ("git log --author='bob'", "commits of the last week by carol", "git log --author='carol'"),
    ("git log --oneline", "show commits by alice", "git log --oneline"),
])
def test_git_log_shows_the_author_named(command, phrase, expected):
    assert authors_as_named(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("ps aux --sort=-%10 | head -n 11", "top 10 processes by memory usage", "ps aux --sort=-%mem | head -n 11"),
    ("ps aux --sort=-%10 | head -n 11", "top 10 processes by cpu", "ps aux --sort=-%cpu | head -n 11"),
    ("ps aux --sort=-%mem | head", "top processes by cpu", "ps aux --sort=-%mem | head"),  # a real key stays
    ("ps aux --sort=-%10", "top 10 processes by cpu and memory", "ps aux --sort=-%10"),  # which one?
])
def test_ps_sorts_by_the_resource_named(command, phrase, expected):
    assert ps_sorts_by_what_is_said(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("journalctl -u nginx -n 50", "last 50 lines of the nginx error log", "tail -n 50 /var/log/nginx/error.log"),
    ("journalctl -u error -f", "tail the nginx error log", "tail -f /var/log/nginx/error.log"),
    ("journalctl -u apache2", "show the apache access log", "tail /var/log/apache2/access.log"),
    ("journalctl -u nginx -f", "follow the nginx service's journal", "journalctl -u nginx -f"),
    ("tail -f /var/log/nginx/error.log", "tail the nginx error log", "tail -f /var/log/nginx/error.log"),
])
def test_web_server_logs_are_read_from_their_files(command, phrase, expected):
    assert web_logs_are_files(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("scp -r dump.sql deploy@10.0.0.5:", "copy dump.sql to the home dir of deploy@10.0.0.5",
     "scp dump.sql deploy@10.0.0.5:"),
    ("cp -r report.pdf notes.txt ~/Documents", "copy report.pdf and notes.txt to my Documents folder",
     "cp report.pdf notes.txt ~/Documents"),
    ("cp -r photos backup", "copy photos to backup", "cp -r photos backup"),  # a folder
    ("cp -r site.d /tmp", "recursively copy site.d to /tmp", "cp -r site.d /tmp"),
])
def test_a_file_is_copied_without_r(command, phrase, expected):
    assert copies_files_without_r(command, phrase) == expected


def test_a_numeric_user_is_the_port_and_a_user_at_host_gets_its_colon():
    assert user_at_host("ssh -p 2222 2222@192.168.1.20", "ssh to 192.168.1.20 on port 2222") == \
        "ssh -p 2222 192.168.1.20"
    assert remote_hosts_with_colon("scp dump.sql deploy@10.0.0.5", "copy dump.sql to deploy@10.0.0.5") == \
        "scp dump.sql deploy@10.0.0.5:"


@pytest.mark.parametrize("command, phrase, expected", [
    ("chmod +x /data/tmp", "sticky bit on /data/tmp", "chmod +t /data/tmp"),
    ("sudo chmod g+w /srv/team", "set the setgid bit on /srv/team", "sudo chmod g+s /srv/team"),
    ("chmod 755 tool", "give tool the setuid bit", "chmod u+s tool"),
    ("chmod 1777 /tmp/x", "sticky bit on /tmp/x as 1777", "chmod 1777 /tmp/x"),  # a four-digit mode says it all
    ("chmod +t /data/tmp", "sticky bit on /data/tmp", "chmod +t /data/tmp"),
    ("chmod 644 a.txt", "make a.txt readable", "chmod 644 a.txt"),  # no special bit named
])
def test_the_special_bit_named_is_the_one_set(command, phrase, expected):
    assert special_bits_as_named(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("chsh -s /usr/bin/fish leo", "change leo's login shell to zsh", "sudo chsh -s /usr/bin/zsh leo"),
    ("chsh -s zsh", "change my shell to zsh", "chsh -s /bin/zsh"),  # chsh wants the shell's path
    ("chsh -s /bin/bash", "make bash my shell", "chsh -s /bin/bash"),
    ("chsh -s /bin/zsh", "use zsh or fish, whichever", "chsh -s /bin/zsh"),  # two named: the model's stays
])
def test_chsh_gives_the_shell_named(command, phrase, expected):
    assert shells_as_named(command, phrase) == expected


def test_a_shutdown_at_a_clock_time_has_no_plus():
    assert shutdown_at_the_time_said("sudo shutdown -h +23:30", "shut down at 23:30") == "sudo shutdown -h 23:30"
    assert shutdown_at_the_time_said("sudo shutdown -h +30", "shut down in 30 minutes") == "sudo shutdown -h +30"


@pytest.mark.parametrize("command, phrase, expected", [
    ("vmstat 1", "show memory and cpu stats every 5 seconds", "vmstat 5"),
    ("iostat -x 1", "disk I/O stats every 2 seconds", "iostat -x 2"),
])
def test_system_stats_come_at_the_interval_said(command, phrase, expected):
    assert counts_from_phrase(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("sort names.txt", "sort names.txt alphabetically and drop any duplicates", "sort -u names.txt"),
    ("sort -r names.txt", "unique names in reverse order", "sort -u -r names.txt"),
    ("sort names.txt | uniq -c", "count the duplicates in names.txt", "sort names.txt | uniq -c"),
    ("sort names.txt", "how many distinct names", "sort names.txt"),  # a count: not for sort -u to answer
])
def test_sort_drops_repeated_lines_when_said(command, phrase, expected):
    assert sorts_unique_when_said(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("grep '192.168' hosts.txt", "which lines in hosts.txt start with 192.168", "grep '^192\\.168' hosts.txt"),
    ("grep done app.log", "lines of app.log ending with done", "grep 'done$' app.log"),
    ("grep 'TODO' notes.md", "lines with TODO", "grep 'TODO' notes.md"),
    ("grep -l report *", "files whose names start with report", "grep -l report *"),  # names, not lines
])
def test_grep_anchors_where_lines_start_or_end_with_a_word(command, phrase, expected):
    assert grep_anchors_as_said(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("grep '10' kernel.log", "I want the 10 lines following every FATAL in kernel.log",
     "grep -A 10 'FATAL' kernel.log"),
    ("grep -n 'x' a.log", "3 lines before each error in a.log", "grep -B 3 -n 'error' a.log"),
    ("grep -C 2 ERROR app.log", "5 lines around ERROR in app.log", "grep -C 5 'ERROR' app.log"),
    ("grep ERROR app.log", "lines with ERROR in app.log", "grep ERROR app.log"),
])
def test_grep_shows_the_lines_around_a_match_as_said(command, phrase, expected):
    assert grep_context_as_said(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("grep 'timeout' error.log.2.gz", "grep for timeout in error.log.2.gz", "zgrep 'timeout' error.log.2.gz"),
    ("grep -rn 'x' config.gz", "search config.gz for x", "zgrep -n 'x' config.gz"),  # zgrep reads one file
    ("head -n 10 events.csv.gz", "first 10 lines of events.csv.gz", "zcat events.csv.gz | head -n 10"),
    ("cat notes.txt.gz", "show notes.txt.gz", "zcat notes.txt.gz"),
    ("tar -tzf site.tar.gz", "what is in site.tar.gz", "tar -tzf site.tar.gz"),
    ("grep x a.log", "grep for x in a.log", "grep x a.log"),
])
def test_a_gzip_file_is_read_with_the_tools_made_for_it(command, phrase, expected):
    assert compressed_files_read_as_such(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("pip install pandas", "install pandas with pip just for my user", "pip install --user pandas"),
    ("python3 -m pip install rich", "install rich without sudo", "python3 -m pip install --user rich"),
    ("pip install pandas", "install pandas", "pip install pandas"),
    ("sudo apt install htop", "install htop just for me", "sudo apt install htop"),
])
def test_pip_installs_for_the_user_when_said(command, phrase, expected):
    assert pip_installs_for_the_user_when_said(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("find . -size 100M", "find files larger then 100MB here", "find . -size +100M"),
    ("find /home -size 1G", "files under /home over 1G", "find /home -size +1G"),
    ("find . -size 500k", "files smaller than 500k", "find . -size -500k"),
    ("find . -size +5M", "files bigger than 5M", "find . -size +5M"),
    ("find . -size 1M", "files of 1M", "find . -size 1M"),
])
def test_find_compares_sizes_the_way_the_phrase_does(command, phrase, expected):
    assert sizes_compared_as_said(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("find / -size +100M", "files larger then 100MB anywhere below the current directory", "find . -size +100M"),
    ("find . -name config.yaml", "where is config.yaml? search my whole home directory", "find ~ -name config.yaml"),
    ("find / -name x", "find x anywhere on the system", "find / -name x"),
])
def test_find_starts_where_the_phrase_says(command, phrase, expected):
    assert find_scope(command, phrase) == expected


def test_an_export_written_the_wrong_way_round_sets_the_variable_named():
    assert variables_as_named("export /srv/data=DATA_DIR", "set DATA_DIR to /srv/data") == "export DATA_DIR=/srv/data"


def test_grep_v_fills_the_word_to_leave_out():
    phrase = "lines in users.txt that do not contain inactive"
    assert grep_inverts_when_said("grep -v '{{pattern}}' users.txt", phrase) == "grep -v 'inactive' users.txt"


@pytest.mark.parametrize("command, phrase, expected", [
    ("setfacl -m u:budget_2025.xlsx:rw priya", "give user priya read and write on budget_2025.xlsx with an acl",
     "setfacl -m u:priya:rw budget_2025.xlsx"),
    ("setfacl -m g:/srv/data:rx devs", "let group devs read /srv/data with an acl", "setfacl -m g:devs:rx /srv/data"),
    ("setfacl -m u:priya:rw budget.xlsx", "give priya rw on budget.xlsx", "setfacl -m u:priya:rw budget.xlsx"),
])
def test_an_acl_entry_names_the_user_and_the_file_comes_last(command, phrase, expected):
    assert acl_entries_in_order(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("cp report.pdf report.pdf", "copy report.pdf into my Documents folder", "cp report.pdf ~/Documents"),
    ("mv a.txt a.txt", "move a.txt to backup", "mv a.txt backup"),
    ("cp a.txt b.txt", "copy a.txt to b.txt", "cp a.txt b.txt"),
])
def test_a_copy_goes_where_the_phrase_says_not_onto_itself(command, phrase, expected):
    assert copies_go_where_said(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("sudo apt remove vim", "remove the package vim and its configuration", "sudo apt purge vim"),
    ("sudo apt-get remove vim", "remove vim completely", "sudo apt-get purge vim"),
    ("sudo apt remove vim", "remove vim", "sudo apt remove vim"),
])
def test_a_package_goes_with_its_configuration_when_said(command, phrase, expected):
    assert purges_when_said(command, phrase) == expected


def test_a_ppa_is_added_by_its_full_name():
    assert ppas_as_named("sudo add-apt-repository deadsnakes", "add the deadsnakes ppa") == \
        "sudo add-apt-repository ppa:deadsnakes/ppa"
    assert ppas_as_named("sudo add-apt-repository universe", "enable the universe repository") == \
        "sudo add-apt-repository universe"


@pytest.mark.parametrize("command, phrase, expected", [
    ("journalctl -u redis-server -f", "follow myapp's service logs live", "journalctl -u myapp -f"),
    ("sudo systemctl restart nginx", "restart the billing service", "sudo systemctl restart billing"),
    ("sudo systemctl restart nginx", "restart nginx", "sudo systemctl restart nginx"),
    ("journalctl -u nginx.service", "logs of the nginx service", "journalctl -u nginx.service"),
    ("sudo systemctl status {{service}}", "check the service status", "sudo systemctl status {{service}}"),
])
def test_the_service_named_is_the_one_acted_on(command, phrase, expected):
    assert services_as_named(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("sudo systemctl reload", "reload the ssh daemon config without dropping sessions", "sudo systemctl reload ssh"),
    ("sudo systemctl restart", "restart the nginx service", "sudo systemctl restart nginx"),
    ("sudo systemctl restart", "restart it", "sudo systemctl restart"),
    ("systemctl status", "check the service status", "systemctl status"),
])
def test_systemctl_gets_the_service_named_where_it_has_none(command, phrase, expected):
    assert units_where_missing(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("sudo journalctl --vacuum-time=2d", "delete journal logs older than two weeks",
     "sudo journalctl --vacuum-time=2weeks"),
    ("sudo journalctl --vacuum-time=2d", "keep only 10 days of journal", "sudo journalctl --vacuum-time=10d"),
    ("sudo journalctl --vacuum-size=500M", "shrink the journal to 500M", "sudo journalctl --vacuum-size=500M"),
])
def test_the_journal_is_kept_for_the_time_said(command, phrase, expected):
    assert journal_kept_as_said(command, phrase) == expected


@pytest.mark.parametrize("step, command, phrase, expected", [
    (no_pager_when_said, "systemctl status ssh", "status of the ssh service without the pager",
     "systemctl --no-pager status ssh"),
    (no_pager_when_said, "systemctl status ssh", "status of ssh", "systemctl status ssh"),
    (priorities_as_said, "nice -n 10 ./backup.sh", "run backup.sh with the lowest cpu priority",
     "nice -n 19 ./backup.sh"),
    (priorities_as_said, "nice -n 10 ./backup.sh", "run backup.sh nicely", "nice -n 10 ./backup.sh"),
    (time_limits_as_said, "timeout 10 ./migrate.sh", "kill migrate.sh if it takes more than 5 minutes",
     "timeout 5m ./migrate.sh"),
    (time_limits_as_said, "timeout 10 ./migrate.sh", "give migrate.sh 30 seconds", "timeout 30 ./migrate.sh"),
    (ufw_numbers_when_said, "sudo ufw status", "ufw status with rule numbers", "sudo ufw status numbered"),
    (ufw_numbers_when_said, "sudo ufw status", "is the firewall on", "sudo ufw status"),
    (dmesg_times_when_said, "sudo dmesg", "kernel messages with human-readable timestamps", "sudo dmesg -T"),
    (dmesg_times_when_said, "sudo dmesg", "kernel messages", "sudo dmesg"),
    (counts_from_phrase, "sudo ufw delete 10", "delete ufw rule number 3", "sudo ufw delete 3"),
])
def test_options_the_phrase_asks_for_in_words(step, command, phrase, expected):
    assert step(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("tar -tzf app.log.gz", "read app.log.gz without unpacking it", "zcat app.log.gz"),
    ("tar -xzf data.tar.zst", "extract data.tar.zst", "tar -xf data.tar.zst"),  # tar reads zstd by itself
    ("tar -xzf x.gz", "extract x.gz", "gunzip x.gz"),
])
def test_a_compressed_file_is_read_or_unpacked_as_what_it_is(command, phrase, expected):
    assert extracts_as_named(command, phrase) == expected


def test_a_unit_named_after_a_word_like_config_is_the_service_before_it():
    assert services_as_named("sudo systemctl reload config", "reload nginx config without a full restart") == \
        "sudo systemctl reload nginx"


def test_chgrp_gives_the_group_to_the_folder_named():
    phrase = "change the group of the project folder to developers"
    assert owners_change_what_is_named("sudo chgrp developers developers", phrase) == "sudo chgrp developers project"
    assert owners_change_what_is_named("sudo chown bob bob", "give bob the file") == "sudo chown bob bob"


@pytest.mark.parametrize("command, phrase, expected", [
    ("find . -type f -size +50M", "find files larger than 1GB", "find . -type f -size +1G"),
    ("find /tmp -type f -size +1024 -print", "files over 300k", "find /tmp -type f -size +300k -print"),
    ("fallocate -l 10M big.img", "create a 2 GB file named big.img", "fallocate -l 2G big.img"),
    ("truncate -s 1K log.txt", "cut log.txt down to 0 bytes", "truncate -s 1K log.txt"),  # no size with a unit
    ("find . -size +5M", "files larger than 1.5GB", "find . -size +5M"),  # find takes no fractions
    ("find . -size +5M", "files larger than 2TB", "find . -size +5M"),  # nor terabytes
    ("find . -size +5M -size -10M", "files between 20M and 1G", "find . -size +5M -size -10M"),
    ("find . -size +5M", "files bigger than 5MB", "find . -size +5M"),
])
def test_the_size_the_phrase_states_is_the_size(command, phrase, expected):
    assert sizes_from_phrase(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("head -n 5 {{file}}", "show the first 5 lines of every csv file", "head -n 5 *.csv"),
    ("head -n 5 .csv", "show the first 5 lines of all .csv files", "head -n 5 *.csv"),
    ("wc -l {{path_to_file}}", "count the lines of each txt file", "wc -l *.txt"),
    ("cat {{file}}", "show every .env file", "cat {{file}}"),  # a dotfile is a name, not a kind
    ("cat {{file}}", "show all text files", "cat {{file}}"),  # no extension named
    ("wc -l {{file}}", "count the lines of all py files in src/", "wc -l {{file}}"),  # a folder: find's business
    ("head -n 5 {{file}}", "show the first 5 lines of notes.csv", "head -n 5 {{file}}"),
])
def test_every_file_of_a_kind_is_a_glob(command, phrase, expected):
    assert files_of_a_kind_globbed(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("ls -ltr", "list files sorted by modification time newest first", "ls -lt"),
    ("ls -latr /var/log", "show /var/log with the most recent at the top", "ls -lat /var/log"),
    ("ls -lt", "list the files here, oldest first", "ls -ltr"),
    ("ls -lt", "list files with the newest at the bottom", "ls -ltr"),
    ("ls -ltr", "list files by time, oldest first", "ls -ltr"),
    ("ls -lS", "list files biggest first", "ls -lS"),
    ("ls -lt", "list files by date", "ls -lt"),
])
def test_ls_orders_by_time_as_the_phrase_asks(command, phrase, expected):
    assert ls_time_order_as_said(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("ssh-copy-id id_rsa.pub@10.0.0.5", "copy id_rsa.pub to server 10.0.0.5 for passwordless login",
     "ssh-copy-id -i id_rsa.pub 10.0.0.5"),
    ("ssh id_ed25519.pub@10.0.0.5", "log in to 10.0.0.5 with id_ed25519.pub", "ssh 10.0.0.5"),
    ("ssh-copy-id john.doe@10.0.0.5", "copy my key to john.doe@10.0.0.5", "ssh-copy-id john.doe@10.0.0.5"),
    ("ssh-copy-id -i ~/.ssh/id_rsa.pub bob@web1", "install my key on web1 as bob",
     "ssh-copy-id -i ~/.ssh/id_rsa.pub bob@web1"),
])
def test_a_key_file_is_no_user(command, phrase, expected):
    assert user_at_host(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("crontab", "show the crontab for the current user", "crontab -l"),
    ("sudo crontab -u bob", "what is in bob's crontab", "sudo crontab -l -u bob"),
    ("crontab", "edit my cron jobs", "crontab -e"),
    ("crontab -l", "show my cron jobs", "crontab -l"),
    ("crontab jobs.txt", "install jobs.txt as my crontab", "crontab jobs.txt"),
])
def test_crontab_is_told_to_list_or_edit(command, phrase, expected):
    assert crontab_says_what_to_do(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("tree -L 3 src", "show the directory tree of src, only two levels deep", "tree -L 2 src"),
    ("find . -maxdepth 1 -type d", "list directories 2 levels down", "find . -maxdepth 2 -type d"),
    ("du -h -d 2 /var | sort -h", "sizes in /var to a depth of one", "du -h -d 1 /var | sort -h"),
    # a count is no depth: "biggest 10 dirs" leaves du -d 1 alone
    ("du -h -d 1 /var | sort -h | tail -n 10", "biggest 10 dirs in /var", "du -h -d 1 /var | sort -h | tail -n 10"),
])
def test_a_tree_goes_as_deep_as_said(command, phrase, expected):
    assert depth_as_said(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("find ~/Downloads -type f -mtime -90", "files in ~/Downloads modified in the last 7 days",
     "find ~/Downloads -type f -mtime -7"),
    ("find . -mmin -60", "what changed in the last 2 hours", "find . -mmin -2"),  # find_times_in_units: -mmin -120
    ("find . -mtime 0", "files changed in the last 24 hours", "find . -mtime 0"),  # no amount to replace
    ("find . -mtime -3 -mmin +5", "changed in the last 7 days", "find . -mtime -3 -mmin +5"),  # two tests
    ("find . -mtime -3", "logs from 7 days, older than 2 days", "find . -mtime -3"),  # two amounts
])
def test_find_tests_the_age_the_phrase_states(command, phrase, expected):
    assert ages_as_said(command, phrase) == expected


def test_an_age_in_hours_ends_in_finds_own_unit():
    assert adapt("find . -mtime -90", "files changed in the last 24 hours") == "find . -mtime -1"


@pytest.mark.parametrize("command, phrase, expected", [
    ("grep -v 'the' notes.txt", "print notes.txt without the empty lines", "grep -v '^$' notes.txt"),
    ("grep 'x' notes.txt", "notes.txt minus blank lines", "grep -v '^$' notes.txt"),
    ("grep -v '^$' notes.txt", "notes.txt without empty lines", "grep -v '^$' notes.txt"),
])
def test_lines_without_the_empty_ones(command, phrase, expected):
    assert grep_inverts_when_said(command, phrase) == expected


def test_the_text_named_is_searched_for_not_the_word_text():
    assert searched_as_said("grep -rl 'text' /etc", "which files under /etc contain the text nameserver") == \
        "grep -rl 'nameserver' /etc"


@pytest.mark.parametrize("command, phrase, expected", [
    ("tar -cJf .tar.xz src", "make a .tar.xz of the src directory", "tar -cJf src.tar.xz src"),
    ("zip -r .zip ~/docs/", "a .zip of ~/docs", "zip -r docs.zip ~/docs/"),
    ("tar -cJf .tar.xz src", "archive src", "tar -cJf .tar.xz src"),  # the phrase named no such archive
])
def test_an_archive_named_by_its_kind_alone_is_named_after_what_it_holds(command, phrase, expected):
    assert archive_named_by_extension(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("journalctl -u {{service}} -f", "how do i follow postgresql's journal live", "journalctl -u postgresql -f"),
    ("id {{user}}", "what's alice's uid and gid", "id alice"),
    ("scp a.pdf {{user}}@10.0.0.5:", "copy a.pdf to 10.0.0.5, my username there is alice", "scp a.pdf alice@10.0.0.5:"),
])
def test_users_and_services_named_in_passing_fill_their_placeholders(command, phrase, expected):
    assert fill(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("""curl -X POST -d '{"name": test}' http://localhost:3000/api""",
     'post {"name":"test"} to http://localhost:3000/api',
     """curl -X POST -d '{"name":"test"}' http://localhost:3000/api"""),
    ("""curl -d '{"id": 1}' http://x.org""", 'post {"id": 1} to http://x.org', """curl -d '{"id": 1}' http://x.org"""),
    # two objects typed, or one with a single quote inside: no one way to put it back
    ("""curl -d '{"a": 1}' http://x.org""", 'post {"a":1} or {"b":2} to http://x.org',
     """curl -d '{"a": 1}' http://x.org"""),
])
def test_a_json_object_is_sent_as_typed(command, phrase, expected):
    assert json_as_typed(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("grep -n 'TODO' src", "recursively search the src directory for TODO with line numbers", "grep -rn 'TODO' src"),
    ("grep TODO src", "search src for TODO recursively", "grep -r TODO src"),
    ("grep -rn TODO src", "recursively search src for TODO", "grep -rn TODO src"),
    ("grep TODO src", "search src for TODO", "grep TODO src"),  # not said
    ("ps aux | grep x", "recursively look for x", "ps aux | grep x"),  # grep reads a pipe there
])
def test_grep_searches_a_tree_when_the_phrase_says_recursively(command, phrase, expected):
    assert grep_recursive_when_said(command, phrase) == expected


@pytest.mark.parametrize("command, expected", [
    ("cut -d, -f1 /etc/passwd", "cut -d: -f1 /etc/passwd"),
    ("awk -F, '{print $1}' /etc/group", "awk -F: '{print $1}' /etc/group"),
    ("cut -d, -f1 users.csv", "cut -d, -f1 users.csv"),
])
def test_account_files_are_split_at_their_colons(command, expected):
    assert colons_in_account_files(command, "the names in it") == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("scp a.pdf alice@10.0.0.5:{{remote_path}}", "copy a.pdf to my home dir on 10.0.0.5",
     "scp a.pdf alice@10.0.0.5:~/"),
    ("scp a.tgz deploy@web1:{{remote_path}}", "scp a.tgz to deploy@web1 home folder", "scp a.tgz deploy@web1:~/"),
    ("scp a.pdf web1:{{remote_path}}", "copy a.pdf to web1", "scp a.pdf web1:{{remote_path}}"),  # no place named
])
def test_a_copy_to_my_home_dir_on_another_machine_goes_to_its_home(command, phrase, expected):
    assert remote_homes_when_said(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("nice -n 10 ./compile.sh", "start compile.sh with the lowest possible cpu priority", "nice -n 19 ./compile.sh"),
    ("renice -n 10 -p 2222", "renice pid 2222 to lowest priority", "renice -n 19 -p 2222"),
    ("nice -n 10 make", "run make at a lower priority", "nice -n 10 make"),
])
def test_the_lowest_priority_is_nineteen_for_nice_and_renice(command, phrase, expected):
    assert priorities_as_said(command, phrase) == expected


@pytest.mark.parametrize("command, phrase, expected", [
    ("find . -mtime -1 | head -n 10", "files modified in the last 24 hours", "find . -mtime -1 | head -n 10"),
    ("ls -t | head -n 10", "newest files from the last two days", "ls -t | head -n 10"),
    ("du -ah | sort -rh | head -n 10", "the 5 biggest files over 100 MB", "du -ah | sort -rh | head -n 5"),
    ("watch -n 2 df -h", "df every 5 seconds", "watch -n 5 df -h"),  # seconds are watch's own count
])
def test_an_amount_of_time_or_size_is_no_count(command, phrase, expected):
    assert counts_from_phrase(command, phrase) == expected


def test_the_users_own_folder_survives_the_step_that_names_a_folder():
    # grep_in_named_folder put the bare name back: `grep -rl 'invoice' documents`
    assert adapt("grep -rl 'invoice' .", "which files in my documents folder contain the word invoice") == \
        "grep -rl 'invoice' ~/Documents"
