// What each simulated platform looks like: OS releases, hardware, the
// processes, accounts and software one would find on such a machine. Pure data;
// host-data.ts draws from it per host.
import type { Platform } from './tables.js'

export interface OsRelease {
  name: string
  version: string
  major: number
  minor: number
  patch: number | null
  build: string
  codename: string
  platformLike: string
  /** Substituted for `{r}` in package versions (e.g. "22.04", "el9"). */
  packageTag: string
}

export interface Hardware {
  vendor: string
  model: string
  cpuBrand: string
  cpuType: string
  physicalCores: number
  logicalCores: number
  memoryGiB: readonly number[]
  laptop: boolean
  arch: string
  /** How serial numbers look for this vendor: `A` upper-case letter/digit, `D` digit, `H` hex digit, anything else literal. */
  serial: string
}

/** [name, path, cmdline, owner]: owner 'root' (system account), 'user' (the host's person) or a fixed uid. */
export type ProcessSpec = readonly [string, string, string, 'root' | 'user' | number]

/** [name, version with `{r}` for the release tag, extra] — extra is a section, vendor, publisher or bundle id. */
export type PackageSpec = readonly [string, string, string]

export interface PlatformProfile {
  releases: readonly OsRelease[]
  hardware: readonly Hardware[]
  processes: readonly ProcessSpec[]
  /** [username, uid, gid, description, directory, shell, type] for built-in accounts. */
  systemUsers: readonly (readonly [string, number, number, string, string, string, string])[]
  packages: readonly PackageSpec[]
  /** How many of `packages` a host has installed, [min, max]. */
  packageCount: readonly [number, number]
  buildPlatform: string
  buildDistro: string
}

export const FIRST_NAMES = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy', 'mallory', 'nina', 'oscar', 'peggy', 'rupert', 'sybil', 'trent', 'ursula', 'victor', 'wendy', 'xavier', 'yolanda', 'zoe', 'omar', 'priya', 'kenji', 'lucia', 'mateo', 'sofia', 'liam']
export const LAST_NAMES = ['smith', 'johnson', 'garcia', 'miller', 'davis', 'martinez', 'lopez', 'wilson', 'anderson', 'thomas', 'moore', 'jackson', 'martin', 'lee', 'thompson', 'white', 'harris', 'clark', 'lewis', 'walker', 'nguyen', 'kim', 'patel', 'schmidt', 'rossi']
export const SERVER_ROLES = ['web', 'api', 'db', 'worker', 'cache', 'build', 'kafka', 'search', 'ci-runner', 'bastion', 'etl', 'auth']
export const ENVIRONMENTS = ['prod', 'staging', 'dev', 'qa']

const ubuntuProcesses: ProcessSpec[] = [
  ['systemd', '/usr/lib/systemd/systemd', '/sbin/init splash', 'root'],
  ['kthreadd', '', '', 'root'],
  ['systemd-journal', '/usr/lib/systemd/systemd-journald', '/lib/systemd/systemd-journald', 'root'],
  ['systemd-udevd', '/usr/bin/udevadm', '/lib/systemd/systemd-udevd', 'root'],
  ['systemd-network', '/usr/lib/systemd/systemd-networkd', '/lib/systemd/systemd-networkd', 100],
  ['systemd-resolve', '/usr/lib/systemd/systemd-resolved', '/lib/systemd/systemd-resolved', 101],
  ['systemd-timesyn', '/usr/lib/systemd/systemd-timesyncd', '/lib/systemd/systemd-timesyncd', 102],
  ['systemd-logind', '/usr/lib/systemd/systemd-logind', '/lib/systemd/systemd-logind', 'root'],
  ['dbus-daemon', '/usr/bin/dbus-daemon', '@dbus-daemon --system --address=systemd: --nofork --nopidfile --systemd-activation --syslog-only', 103],
  ['cron', '/usr/sbin/cron', '/usr/sbin/cron -f -P', 'root'],
  ['rsyslogd', '/usr/sbin/rsyslogd', '/usr/sbin/rsyslogd -n -iNONE', 104],
  ['sshd', '/usr/sbin/sshd', 'sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups', 'root'],
  ['multipathd', '/usr/sbin/multipathd', '/sbin/multipathd -d -s', 'root'],
  ['snapd', '/usr/lib/snapd/snapd', '/usr/lib/snapd/snapd', 'root'],
  ['containerd', '/usr/bin/containerd', '/usr/bin/containerd', 'root'],
  ['dockerd', '/usr/bin/dockerd', '/usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock', 'root'],
  ['nginx', '/usr/sbin/nginx', 'nginx: master process /usr/sbin/nginx -g daemon on; master_process on;', 'root'],
  ['nginx', '/usr/sbin/nginx', 'nginx: worker process', 33],
  ['nginx', '/usr/sbin/nginx', 'nginx: worker process', 33],
  ['node', '/usr/bin/node', 'node /srv/app/dist/server.js', 'user'],
  ['postgres', '/usr/lib/postgresql/14/bin/postgres', '/usr/lib/postgresql/14/bin/postgres -D /var/lib/postgresql/14/main -c config_file=/etc/postgresql/14/main/postgresql.conf', 113],
  ['postgres', '/usr/lib/postgresql/14/bin/postgres', 'postgres: 14/main: checkpointer', 113],
  ['postgres', '/usr/lib/postgresql/14/bin/postgres', 'postgres: 14/main: walwriter', 113],
  ['agetty', '/usr/sbin/agetty', '/sbin/agetty -o -p -- \\u --noclear tty1 linux', 'root'],
  ['unattended-upgr', '/usr/bin/python3.10', '/usr/bin/python3 /usr/share/unattended-upgrades/unattended-upgrade-shutdown --wait-for-signal', 'root'],
  ['polkitd', '/usr/libexec/polkitd', '/usr/libexec/polkitd --no-debug', 'root'],
  ['irqbalance', '/usr/sbin/irqbalance', '/usr/sbin/irqbalance --foreground', 'root'],
  ['bash', '/usr/bin/bash', '-bash', 'user'],
  ['tmux: server', '/usr/bin/tmux', 'tmux new -s work', 'user'],
  ['orbit', '/opt/orbit/bin/orbit/linux/stable/orbit', '/opt/orbit/bin/orbit/orbit', 'root'],
]

const centosProcesses: ProcessSpec[] = [
  ['systemd', '/usr/lib/systemd/systemd', '/usr/lib/systemd/systemd --switched-root --system --deserialize 22', 'root'],
  ['kthreadd', '', '', 'root'],
  ['systemd-journal', '/usr/lib/systemd/systemd-journald', '/usr/lib/systemd/systemd-journald', 'root'],
  ['systemd-udevd', '/usr/lib/systemd/systemd-udevd', '/usr/lib/systemd/systemd-udevd', 'root'],
  ['systemd-logind', '/usr/lib/systemd/systemd-logind', '/usr/lib/systemd/systemd-logind', 'root'],
  ['auditd', '/usr/sbin/auditd', '/sbin/auditd', 'root'],
  ['dbus-daemon', '/usr/bin/dbus-daemon', '/usr/bin/dbus-daemon --system --address=systemd: --nofork --nopidfile --systemd-activation', 81],
  ['polkitd', '/usr/lib/polkit-1/polkitd', '/usr/lib/polkit-1/polkitd --no-debug', 998],
  ['chronyd', '/usr/sbin/chronyd', '/usr/sbin/chronyd', 997],
  ['NetworkManager', '/usr/sbin/NetworkManager', '/usr/sbin/NetworkManager --no-daemon', 'root'],
  ['tuned', '/usr/bin/python2.7', '/usr/bin/python2 -Es /usr/sbin/tuned -l -P', 'root'],
  ['firewalld', '/usr/bin/python2.7', '/usr/bin/python2 -Es /usr/sbin/firewalld --nofork --nopid', 'root'],
  ['sshd', '/usr/sbin/sshd', '/usr/sbin/sshd -D', 'root'],
  ['crond', '/usr/sbin/crond', '/usr/sbin/crond -n', 'root'],
  ['rsyslogd', '/usr/sbin/rsyslogd', '/usr/sbin/rsyslogd -n', 'root'],
  ['master', '/usr/libexec/postfix/master', '/usr/libexec/postfix/master -w', 'root'],
  ['qmgr', '/usr/libexec/postfix/qmgr', 'qmgr -l -t unix -u', 89],
  ['httpd', '/usr/sbin/httpd', '/usr/sbin/httpd -DFOREGROUND', 'root'],
  ['httpd', '/usr/sbin/httpd', '/usr/sbin/httpd -DFOREGROUND', 48],
  ['httpd', '/usr/sbin/httpd', '/usr/sbin/httpd -DFOREGROUND', 48],
  ['java', '/usr/lib/jvm/java-11-openjdk/bin/java', '/usr/bin/java -Xms1g -Xmx2g -jar /opt/app/service.jar', 'user'],
  ['mysqld', '/usr/libexec/mysqld', '/usr/libexec/mysqld --basedir=/usr', 27],
  ['agetty', '/usr/sbin/agetty', '/sbin/agetty --noclear tty1 linux', 'root'],
  ['bash', '/usr/bin/bash', '-bash', 'user'],
  ['orbit', '/opt/orbit/bin/orbit/linux/stable/orbit', '/opt/orbit/bin/orbit/orbit', 'root'],
]

const darwinProcesses: ProcessSpec[] = [
  ['kernel_task', '', '', 'root'],
  ['launchd', '/sbin/launchd', '/sbin/launchd', 'root'],
  ['logd', '/usr/libexec/logd', '/usr/libexec/logd', 'root'],
  ['UserEventAgent', '/usr/libexec/UserEventAgent', '/usr/libexec/UserEventAgent (System)', 'root'],
  ['configd', '/usr/libexec/configd', '/usr/libexec/configd', 'root'],
  ['powerd', '/System/Library/CoreServices/powerd.bundle/powerd', '/System/Library/CoreServices/powerd.bundle/powerd', 'root'],
  ['mds', '/System/Library/Frameworks/CoreServices.framework/Frameworks/Metadata.framework/Support/mds', '/System/Library/Frameworks/CoreServices.framework/Frameworks/Metadata.framework/Support/mds', 'root'],
  ['mds_stores', '/System/Library/Frameworks/CoreServices.framework/Versions/A/Frameworks/Metadata.framework/Versions/A/Support/mds_stores', '/System/Library/Frameworks/CoreServices.framework/Versions/A/Frameworks/Metadata.framework/Versions/A/Support/mds_stores', 'root'],
  ['WindowServer', '/System/Library/PrivateFrameworks/SkyLight.framework/Resources/WindowServer', '/System/Library/PrivateFrameworks/SkyLight.framework/Resources/WindowServer -daemon', 88],
  ['loginwindow', '/System/Library/CoreServices/loginwindow.app/Contents/MacOS/loginwindow', '/System/Library/CoreServices/loginwindow.app/Contents/MacOS/loginwindow console', 'user'],
  ['coreaudiod', '/usr/sbin/coreaudiod', '/usr/sbin/coreaudiod', 202],
  ['bluetoothd', '/usr/sbin/bluetoothd', '/usr/sbin/bluetoothd', 'root'],
  ['trustd', '/usr/libexec/trustd', '/usr/libexec/trustd', 'root'],
  ['cfprefsd', '/usr/sbin/cfprefsd', '/usr/sbin/cfprefsd daemon', 'root'],
  ['cfprefsd', '/usr/sbin/cfprefsd', '/usr/sbin/cfprefsd agent', 'user'],
  ['distnoted', '/usr/sbin/distnoted', '/usr/sbin/distnoted agent', 'user'],
  ['Dock', '/System/Library/CoreServices/Dock.app/Contents/MacOS/Dock', '/System/Library/CoreServices/Dock.app/Contents/MacOS/Dock', 'user'],
  ['Finder', '/System/Library/CoreServices/Finder.app/Contents/MacOS/Finder', '/System/Library/CoreServices/Finder.app/Contents/MacOS/Finder', 'user'],
  ['SystemUIServer', '/System/Library/CoreServices/SystemUIServer.app/Contents/MacOS/SystemUIServer', '/System/Library/CoreServices/SystemUIServer.app/Contents/MacOS/SystemUIServer', 'user'],
  ['Spotlight', '/System/Library/CoreServices/Spotlight.app/Contents/MacOS/Spotlight', '/System/Library/CoreServices/Spotlight.app/Contents/MacOS/Spotlight', 'user'],
  ['Google Chrome', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', 'user'],
  ['Google Chrome Helper (Renderer)', '/Applications/Google Chrome.app/Contents/Frameworks/Google Chrome Framework.framework/Versions/Current/Helpers/Google Chrome Helper (Renderer).app/Contents/MacOS/Google Chrome Helper (Renderer)', '/Applications/Google Chrome.app/Contents/Frameworks/Google Chrome Framework.framework/Versions/Current/Helpers/Google Chrome Helper (Renderer).app/Contents/MacOS/Google Chrome Helper (Renderer) --type=renderer', 'user'],
  ['Slack', '/Applications/Slack.app/Contents/MacOS/Slack', '/Applications/Slack.app/Contents/MacOS/Slack', 'user'],
  ['zoom.us', '/Applications/zoom.us.app/Contents/MacOS/zoom.us', '/Applications/zoom.us.app/Contents/MacOS/zoom.us', 'user'],
  ['Terminal', '/System/Applications/Utilities/Terminal.app/Contents/MacOS/Terminal', '/System/Applications/Utilities/Terminal.app/Contents/MacOS/Terminal', 'user'],
  ['zsh', '/bin/zsh', '-zsh', 'user'],
  ['orbit', '/opt/orbit/bin/orbit/macos/stable/orbit', '/opt/orbit/bin/orbit/orbit', 'root'],
  ['fleet-desktop', '/opt/orbit/bin/desktop/macos/stable/Fleet Desktop.app/Contents/MacOS/fleet-desktop', '/opt/orbit/bin/desktop/macos/stable/Fleet Desktop.app/Contents/MacOS/fleet-desktop', 'user'],
]

const windowsProcesses: ProcessSpec[] = [
  ['System Idle Process', '', '', 18],
  ['System', '', '', 18],
  ['Registry', '', '', 18],
  ['smss.exe', 'C:\\Windows\\System32\\smss.exe', '\\SystemRoot\\System32\\smss.exe', 18],
  ['csrss.exe', 'C:\\Windows\\System32\\csrss.exe', '%SystemRoot%\\system32\\csrss.exe ObjectDirectory=\\Windows SharedSection=1024,20480,768 Windows=On SubSystemType=Windows', 18],
  ['wininit.exe', 'C:\\Windows\\System32\\wininit.exe', 'wininit.exe', 18],
  ['services.exe', 'C:\\Windows\\System32\\services.exe', 'C:\\Windows\\system32\\services.exe', 18],
  ['lsass.exe', 'C:\\Windows\\System32\\lsass.exe', 'C:\\Windows\\system32\\lsass.exe', 18],
  ['svchost.exe', 'C:\\Windows\\System32\\svchost.exe', 'C:\\Windows\\system32\\svchost.exe -k DcomLaunch -p', 18],
  ['svchost.exe', 'C:\\Windows\\System32\\svchost.exe', 'C:\\Windows\\system32\\svchost.exe -k RPCSS -p', 20],
  ['svchost.exe', 'C:\\Windows\\System32\\svchost.exe', 'C:\\Windows\\system32\\svchost.exe -k LocalServiceNetworkRestricted -p', 19],
  ['svchost.exe', 'C:\\Windows\\System32\\svchost.exe', 'C:\\Windows\\System32\\svchost.exe -k netsvcs -p', 18],
  ['svchost.exe', 'C:\\Windows\\System32\\svchost.exe', 'C:\\Windows\\system32\\svchost.exe -k UnistackSvcGroup', 'user'],
  ['winlogon.exe', 'C:\\Windows\\System32\\winlogon.exe', 'winlogon.exe', 18],
  ['dwm.exe', 'C:\\Windows\\System32\\dwm.exe', '"dwm.exe"', 18],
  ['spoolsv.exe', 'C:\\Windows\\System32\\spoolsv.exe', 'C:\\Windows\\System32\\spoolsv.exe', 18],
  ['MsMpEng.exe', 'C:\\ProgramData\\Microsoft\\Windows Defender\\Platform\\4.18.24030.9-0\\MsMpEng.exe', '"C:\\ProgramData\\Microsoft\\Windows Defender\\platform\\4.18.24030.9-0\\MsMpEng.exe"', 18],
  ['SearchIndexer.exe', 'C:\\Windows\\System32\\SearchIndexer.exe', 'C:\\Windows\\system32\\SearchIndexer.exe /Embedding', 18],
  ['explorer.exe', 'C:\\Windows\\explorer.exe', 'C:\\Windows\\Explorer.EXE', 'user'],
  ['RuntimeBroker.exe', 'C:\\Windows\\System32\\RuntimeBroker.exe', 'C:\\Windows\\System32\\RuntimeBroker.exe -Embedding', 'user'],
  ['sihost.exe', 'C:\\Windows\\System32\\sihost.exe', 'sihost.exe', 'user'],
  ['taskhostw.exe', 'C:\\Windows\\System32\\taskhostw.exe', 'taskhostw.exe {222A245B-E637-4AE9-A93F-A59CA119A75E}', 'user'],
  ['OneDrive.exe', 'C:\\Program Files\\Microsoft OneDrive\\OneDrive.exe', '"C:\\Program Files\\Microsoft OneDrive\\OneDrive.exe" /background', 'user'],
  ['chrome.exe', 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', '"C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe"', 'user'],
  ['ms-teams.exe', 'C:\\Program Files\\WindowsApps\\MSTeams_24102.2223.2870.9480_x64__8wekyb3d8bbwe\\ms-teams.exe', '"ms-teams.exe"', 'user'],
  ['orbit.exe', 'C:\\Program Files\\Orbit\\bin\\orbit\\orbit.exe', '"C:\\Program Files\\Orbit\\bin\\orbit\\orbit.exe"', 18],
  ['fleet-desktop.exe', 'C:\\Program Files\\Orbit\\bin\\desktop\\windows\\stable\\fleet-desktop.exe', '"C:\\Program Files\\Orbit\\bin\\desktop\\windows\\stable\\fleet-desktop.exe"', 'user'],
]

const DEB: PackageSpec[] = [
  ['adduser', '3.118ubuntu5', 'admin'], ['apt', '2.4.12', 'admin'], ['base-files', '12ubuntu4.6', 'admin'], ['bash', '5.1-6ubuntu1.1', 'shells'],
  ['ca-certificates', '20230311ubuntu0.{r}.1', 'misc'], ['coreutils', '8.32-4.1ubuntu1.2', 'utils'], ['cron', '3.0pl1-137ubuntu3', 'admin'],
  ['curl', '7.81.0-1ubuntu1.16', 'web'], ['dbus', '1.12.20-2ubuntu4.1', 'admin'], ['docker-ce', '5:26.1.4-1~ubuntu.{r}~jammy', 'admin'],
  ['git', '1:2.34.1-1ubuntu1.11', 'vcs'], ['gnupg', '2.2.27-3ubuntu2.1', 'utils'], ['htop', '3.0.5-7build2', 'utils'], ['jq', '1.6-2.1ubuntu3', 'utils'],
  ['less', '590-1ubuntu0.{r}.3', 'text'], ['libc6', '2.35-0ubuntu3.8', 'libs'], ['libssl3', '3.0.2-0ubuntu1.17', 'libs'], ['libsqlite3-0', '3.37.2-2ubuntu0.3', 'libs'],
  ['linux-image-generic', '5.15.0.113.113', 'kernel'], ['login', '1:4.8.1-2ubuntu2.2', 'admin'], ['logrotate', '3.19.0-1ubuntu1.1', 'admin'],
  ['nano', '6.2-1ubuntu0.1', 'editors'], ['nginx', '1.18.0-6ubuntu14.4', 'httpd'], ['nodejs', '20.14.0-1nodesource1', 'web'],
  ['openssh-server', '1:8.9p1-3ubuntu0.10', 'net'], ['openssl', '3.0.2-0ubuntu1.17', 'utils'], ['osquery', '5.12.1-1.linux', 'default'],
  ['postgresql-14', '14.12-0ubuntu0.{r}.1', 'database'], ['python3', '3.10.6-1~{r}', 'python'], ['python3.10', '3.10.12-1~{r}.11', 'python'],
  ['rsyslog', '8.2112.0-2ubuntu2.2', 'admin'], ['snapd', '2.63+{r}', 'devel'], ['sudo', '1.9.9-1ubuntu2.4', 'admin'], ['systemd', '249.11-0ubuntu3.12', 'admin'],
  ['tar', '1.34+dfsg-1ubuntu0.1.{r}.1', 'utils'], ['tmux', '3.2a-4ubuntu0.2', 'admin'], ['tzdata', '2024a-0ubuntu0.{r}', 'localization'],
  ['unattended-upgrades', '2.8ubuntu1', 'admin'], ['vim', '2:8.2.3995-1ubuntu2.17', 'editors'], ['wget', '1.21.2-2ubuntu1.1', 'web'], ['zlib1g', '1:1.2.11.dfsg-2ubuntu9.2', 'libs'],
]

const RPM: PackageSpec[] = [
  ['bash', '4.2.46-35.{r}', 'CentOS'], ['ca-certificates', '2023.2.60_v7.0.306-72.{r}_9', 'CentOS'], ['chrony', '3.4-1.{r}', 'CentOS'],
  ['coreutils', '8.22-24.{r}_9', 'CentOS'], ['cronie', '1.4.11-25.{r}', 'CentOS'], ['curl', '7.29.0-59.{r}_9.2', 'CentOS'], ['firewalld', '0.6.3-13.{r}_9', 'CentOS'],
  ['git', '1.8.3.1-25.{r}_9', 'CentOS'], ['glibc', '2.17-326.{r}_9', 'CentOS'], ['httpd', '2.4.6-99.{r}.centos.1', 'CentOS'], ['java-11-openjdk', '11.0.23.0.9-2.{r}_9', 'CentOS'],
  ['kernel', '3.10.0-1160.119.1.{r}', 'CentOS'], ['less', '458-10.{r}_9', 'CentOS'], ['logrotate', '3.8.6-19.{r}', 'CentOS'], ['mariadb-server', '5.5.68-1.{r}', 'CentOS'],
  ['NetworkManager', '1.18.8-2.{r}_9', 'CentOS'], ['openssh-server', '7.4p1-23.{r}_9', 'CentOS'], ['openssl', '1.0.2k-26.{r}_9', 'CentOS'], ['osquery', '5.12.1-1.linux', 'osquery'],
  ['postfix', '2.10.1-9.{r}', 'CentOS'], ['python', '2.7.5-94.{r}_9', 'CentOS'], ['rsyslog', '8.24.0-57.{r}_9.3', 'CentOS'], ['sudo', '1.8.23-10.{r}_9.3', 'CentOS'],
  ['systemd', '219-78.{r}_9.9', 'CentOS'], ['tar', '1.26-35.{r}', 'CentOS'], ['tuned', '2.11.0-12.{r}_9', 'CentOS'], ['vim-enhanced', '7.4.629-8.{r}_9', 'CentOS'],
  ['wget', '1.14-18.{r}_6', 'CentOS'], ['yum', '3.4.3-168.{r}.centos', 'CentOS'], ['zlib', '1.2.7-21.{r}_9', 'CentOS'],
]

const PROGRAMS: PackageSpec[] = [
  ['7-Zip 23.01 (x64)', '23.01', 'Igor Pavlov'], ['Adobe Acrobat (64-bit)', '24.002.20759', 'Adobe'], ['Cisco AnyConnect Secure Mobility Client', '4.10.07073', 'Cisco Systems, Inc.'],
  ['Dell Command | Update', '5.2.0', 'Dell Inc.'], ['Fleet osquery', '1.24.0', 'Fleet Device Management (fleetdm.com)'], ['Git', '2.45.1', 'The Git Development Community'],
  ['Google Chrome', '125.0.6422.142', 'Google LLC'], ['Microsoft 365 Apps for enterprise - en-us', '16.0.17628.20144', 'Microsoft Corporation'],
  ['Microsoft Edge', '125.0.2535.85', 'Microsoft Corporation'], ['Microsoft OneDrive', '24.101.0519.0002', 'Microsoft Corporation'], ['Microsoft Teams', '24102.2223.2870.9480', 'Microsoft Corporation'],
  ['Microsoft Visual C++ 2015-2022 Redistributable (x64) - 14.38.33135', '14.38.33135.0', 'Microsoft Corporation'], ['Microsoft Visual Studio Code', '1.90.0', 'Microsoft Corporation'],
  ['Mozilla Firefox (x64 en-US)', '126.0.1', 'Mozilla'], ['Notepad++ (64-bit x64)', '8.6.7', 'Notepad++ Team'], ['Python 3.12.3 (64-bit)', '3.12.3150.0', 'Python Software Foundation'],
  ['Slack (Machine - MSI)', '4.38.125', 'Slack Technologies Inc.'], ['VLC media player', '3.0.20', 'VideoLAN'], ['Zoom Workplace', '6.0.11 (39959)', 'Zoom Video Communications, Inc.'],
  ['Windows PC Health Check', '3.7.2204.15001', 'Microsoft Corporation'], ['PowerShell 7-x64', '7.4.2.0', 'Microsoft Corporation'], ['Docker Desktop', '4.30.0', 'Docker Inc.'],
]

/** [name, version, bundle identifier]; category and copyright come from the name. */
const APPS: PackageSpec[] = [
  ['1Password 7.app', '7.9.11', 'com.agilebits.onepassword7'], ['Docker.app', '4.30.0', 'com.docker.docker'], ['Firefox.app', '126.0.1', 'org.mozilla.firefox'],
  ['Google Chrome.app', '125.0.6422.142', 'com.google.Chrome'], ['iTerm.app', '3.5.2', 'com.googlecode.iterm2'], ['Keynote.app', '14.0', 'com.apple.iWork.Keynote'],
  ['Microsoft Excel.app', '16.86', 'com.microsoft.Excel'], ['Microsoft Outlook.app', '16.86', 'com.microsoft.Outlook'], ['Microsoft Teams.app', '24124.1412.2911.3341', 'com.microsoft.teams2'],
  ['Microsoft Word.app', '16.86', 'com.microsoft.Word'], ['Numbers.app', '14.0', 'com.apple.iWork.Numbers'], ['Pages.app', '14.0', 'com.apple.iWork.Pages'],
  ['Postman.app', '11.1.14', 'com.postmanlabs.mac'], ['Safari.app', '17.5', 'com.apple.Safari'], ['Slack.app', '4.38.125', 'com.tinyspeck.slackmacgap'],
  ['Spotify.app', '1.2.39.578', 'com.spotify.client'], ['Visual Studio Code.app', '1.90.0', 'com.microsoft.VSCode'], ['Xcode.app', '15.4', 'com.apple.dt.Xcode'],
  ['zoom.us.app', '6.0.11 (35001)', 'us.zoom.xos'], ['Fleet Desktop.app', '1.24.0', 'com.fleetdm.desktop'], ['Figma.app', '124.1.16', 'com.figma.Desktop'],
]

const linuxUsers = [
  ['root', 0, 0, 'root', '/root', '/bin/bash', ''], ['daemon', 1, 1, 'daemon', '/usr/sbin', '/usr/sbin/nologin', ''], ['bin', 2, 2, 'bin', '/bin', '/usr/sbin/nologin', ''],
  ['sys', 3, 3, 'sys', '/dev', '/usr/sbin/nologin', ''], ['sync', 4, 65534, 'sync', '/bin', '/bin/sync', ''], ['mail', 8, 8, 'mail', '/var/mail', '/usr/sbin/nologin', ''],
  ['nobody', 65534, 65534, 'nobody', '/nonexistent', '/usr/sbin/nologin', ''],
] as const

export const PROFILES: Record<Platform, PlatformProfile> = {
  ubuntu: {
    releases: [
      { name: 'Ubuntu', version: '20.04.6 LTS (Focal Fossa)', major: 20, minor: 4, patch: 0, build: '', codename: 'focal', platformLike: 'debian', packageTag: '20.04' },
      { name: 'Ubuntu', version: '22.04.4 LTS (Jammy Jellyfish)', major: 22, minor: 4, patch: 0, build: '', codename: 'jammy', platformLike: 'debian', packageTag: '22.04' },
      { name: 'Ubuntu', version: '24.04 LTS (Noble Numbat)', major: 24, minor: 4, patch: 0, build: '', codename: 'noble', platformLike: 'debian', packageTag: '24.04' },
    ],
    hardware: [
      { vendor: 'Dell Inc.', model: 'PowerEdge R640', cpuBrand: 'Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz', cpuType: 'x86_64', physicalCores: 20, logicalCores: 40, memoryGiB: [64, 128, 256], laptop: false, arch: 'x86_64', serial: 'DAADDAA' },
      { vendor: 'Amazon EC2', model: 'm5.xlarge', cpuBrand: 'Intel(R) Xeon(R) Platinum 8259CL CPU @ 2.50GHz', cpuType: 'x86_64', physicalCores: 2, logicalCores: 4, memoryGiB: [16], laptop: false, arch: 'x86_64', serial: 'ec2HHHHH-HHHH-HHHH-HHHH-HHHHHHHHHHHH' },
      { vendor: 'Amazon EC2', model: 'c6g.2xlarge', cpuBrand: 'ARM Neoverse-N1', cpuType: 'aarch64', physicalCores: 8, logicalCores: 8, memoryGiB: [16], laptop: false, arch: 'aarch64', serial: 'ec2HHHHH-HHHH-HHHH-HHHH-HHHHHHHHHHHH' },
      { vendor: 'QEMU', model: 'Standard PC (Q35 + ICH9, 2009)', cpuBrand: 'AMD EPYC 7R13 Processor', cpuType: 'x86_64', physicalCores: 4, logicalCores: 8, memoryGiB: [8, 16, 32], laptop: false, arch: 'x86_64', serial: '' },
      { vendor: 'LENOVO', model: '21CB0068US', cpuBrand: '12th Gen Intel(R) Core(TM) i7-1260P', cpuType: 'x86_64', physicalCores: 12, logicalCores: 16, memoryGiB: [16, 32], laptop: true, arch: 'x86_64', serial: 'PFAAAAAA' },
    ],
    processes: ubuntuProcesses,
    systemUsers: [...linuxUsers, ['www-data', 33, 33, 'www-data', '/var/www', '/usr/sbin/nologin', ''], ['systemd-network', 100, 102, 'systemd Network Management,,,', '/run/systemd', '/usr/sbin/nologin', ''], ['systemd-resolve', 101, 103, 'systemd Resolver,,,', '/run/systemd', '/usr/sbin/nologin', ''], ['messagebus', 103, 106, '', '/nonexistent', '/usr/sbin/nologin', ''], ['syslog', 104, 111, '', '/home/syslog', '/usr/sbin/nologin', ''], ['postgres', 113, 120, 'PostgreSQL administrator,,,', '/var/lib/postgresql', '/bin/bash', '']],
    packages: DEB,
    packageCount: [28, DEB.length],
    buildPlatform: 'ubuntu',
    buildDistro: 'centos7',
  },
  centos: {
    releases: [
      { name: 'CentOS Linux', version: '7 (Core)', major: 7, minor: 9, patch: 2009, build: '', codename: '', platformLike: 'rhel', packageTag: 'el7' },
      { name: 'CentOS Stream', version: '9', major: 9, minor: 0, patch: 0, build: '', codename: '', platformLike: 'rhel', packageTag: 'el9' },
    ],
    hardware: [
      { vendor: 'VMware, Inc.', model: 'VMware Virtual Platform', cpuBrand: 'Intel(R) Xeon(R) Gold 6130 CPU @ 2.10GHz', cpuType: 'x86_64', physicalCores: 4, logicalCores: 4, memoryGiB: [8, 16], laptop: false, arch: 'x86_64', serial: 'VMware-HH HH HH HH HH HH HH HH-HH HH HH HH HH HH HH HH' },
      { vendor: 'HPE', model: 'ProLiant DL360 Gen10', cpuBrand: 'Intel(R) Xeon(R) Silver 4214 CPU @ 2.20GHz', cpuType: 'x86_64', physicalCores: 12, logicalCores: 24, memoryGiB: [64, 128], laptop: false, arch: 'x86_64', serial: 'MXQDDDDAAA' },
      { vendor: 'Dell Inc.', model: 'PowerEdge R740', cpuBrand: 'Intel(R) Xeon(R) Gold 5218 CPU @ 2.30GHz', cpuType: 'x86_64', physicalCores: 16, logicalCores: 32, memoryGiB: [96, 192], laptop: false, arch: 'x86_64', serial: 'DAADDAA' },
    ],
    processes: centosProcesses,
    systemUsers: [...linuxUsers, ['apache', 48, 48, 'Apache', '/usr/share/httpd', '/sbin/nologin', ''], ['mysql', 27, 27, 'MariaDB Server', '/var/lib/mysql', '/sbin/nologin', ''], ['postfix', 89, 89, '', '/var/spool/postfix', '/sbin/nologin', ''], ['dbus', 81, 81, 'System message bus', '/', '/sbin/nologin', ''], ['chrony', 997, 995, '', '/var/lib/chrony', '/sbin/nologin', ''], ['polkitd', 998, 996, 'User for polkitd', '/', '/sbin/nologin', '']],
    packages: RPM,
    packageCount: [22, RPM.length],
    buildPlatform: 'centos',
    buildDistro: 'centos7',
  },
  darwin: {
    releases: [
      { name: 'macOS', version: '13.6.7', major: 13, minor: 6, patch: 7, build: '22G720', codename: '', platformLike: 'darwin', packageTag: '13' },
      { name: 'macOS', version: '14.5', major: 14, minor: 5, patch: 0, build: '23F79', codename: '', platformLike: 'darwin', packageTag: '14' },
      { name: 'macOS', version: '14.6.1', major: 14, minor: 6, patch: 1, build: '23G93', codename: '', platformLike: 'darwin', packageTag: '14' },
      { name: 'macOS', version: '15.1', major: 15, minor: 1, patch: 0, build: '24B83', codename: '', platformLike: 'darwin', packageTag: '15' },
    ],
    hardware: [
      { vendor: 'Apple Inc.', model: 'MacBookPro18,3', cpuBrand: 'Apple M1 Pro', cpuType: 'arm64e', physicalCores: 8, logicalCores: 8, memoryGiB: [16, 32], laptop: true, arch: 'arm64', serial: 'AAAAAAAAAA' },
      { vendor: 'Apple Inc.', model: 'MacBookAir10,1', cpuBrand: 'Apple M1', cpuType: 'arm64e', physicalCores: 8, logicalCores: 8, memoryGiB: [8, 16], laptop: true, arch: 'arm64', serial: 'AAAAAAAAAA' },
      { vendor: 'Apple Inc.', model: 'Mac14,2', cpuBrand: 'Apple M2', cpuType: 'arm64e', physicalCores: 8, logicalCores: 8, memoryGiB: [8, 16, 24], laptop: true, arch: 'arm64', serial: 'AAAAAAAAAA' },
      { vendor: 'Apple Inc.', model: 'Mac15,3', cpuBrand: 'Apple M3', cpuType: 'arm64e', physicalCores: 8, logicalCores: 8, memoryGiB: [8, 16, 24], laptop: true, arch: 'arm64', serial: 'AAAAAAAAAA' },
      { vendor: 'Apple Inc.', model: 'Macmini9,1', cpuBrand: 'Apple M1', cpuType: 'arm64e', physicalCores: 8, logicalCores: 8, memoryGiB: [8, 16], laptop: false, arch: 'arm64', serial: 'AAAAAAAAAAAA' },
      { vendor: 'Apple Inc.', model: 'MacBookPro16,1', cpuBrand: 'Intel(R) Core(TM) i7-9750H CPU @ 2.60GHz', cpuType: 'x86_64h', physicalCores: 6, logicalCores: 12, memoryGiB: [16, 32], laptop: true, arch: 'x86_64', serial: 'C02AAAAAAAAA' },
    ],
    processes: darwinProcesses,
    systemUsers: [['root', 0, 0, 'System Administrator', '/var/root', '/bin/sh', ''], ['daemon', 1, 1, 'System Services', '/var/root', '/usr/bin/false', ''], ['nobody', 4294967294, 4294967294, 'Unprivileged User', '/var/empty', '/usr/bin/false', ''], ['_www', 70, 70, 'World Wide Web Server', '/Library/WebServer', '/usr/bin/false', ''], ['_windowserver', 88, 88, 'WindowServer', '/var/empty', '/usr/bin/false', ''], ['_coreaudiod', 202, 202, 'Core Audio Daemon', '/var/empty', '/usr/bin/false', '']],
    packages: APPS,
    packageCount: [10, APPS.length],
    buildPlatform: 'darwin',
    buildDistro: '10.14',
  },
  windows: {
    releases: [
      { name: 'Microsoft Windows 10 Enterprise', version: '10.0.19045', major: 10, minor: 0, patch: null, build: '19045', codename: 'Microsoft Windows 10 Enterprise', platformLike: 'windows', packageTag: '10' },
      { name: 'Microsoft Windows 11 Pro', version: '10.0.22631', major: 10, minor: 0, patch: null, build: '22631', codename: 'Microsoft Windows 11 Pro', platformLike: 'windows', packageTag: '11' },
      { name: 'Microsoft Windows 11 Enterprise', version: '10.0.22631', major: 10, minor: 0, patch: null, build: '22631', codename: 'Microsoft Windows 11 Enterprise', platformLike: 'windows', packageTag: '11' },
      { name: 'Microsoft Windows Server 2022 Datacenter', version: '10.0.20348', major: 10, minor: 0, patch: null, build: '20348', codename: 'Microsoft Windows Server 2022 Datacenter', platformLike: 'windows', packageTag: '2022' },
    ],
    hardware: [
      { vendor: 'Dell Inc.', model: 'Latitude 5420', cpuBrand: '11th Gen Intel(R) Core(TM) i7-1185G7 @ 3.00GHz', cpuType: 'x86_64', physicalCores: 4, logicalCores: 8, memoryGiB: [16, 32], laptop: true, arch: '64-bit', serial: 'DAADDAA' },
      { vendor: 'LENOVO', model: '20XW0055US', cpuBrand: '11th Gen Intel(R) Core(TM) i5-1145G7 @ 2.60GHz', cpuType: 'x86_64', physicalCores: 4, logicalCores: 8, memoryGiB: [16], laptop: true, arch: '64-bit', serial: 'PFAAAAAA' },
      { vendor: 'HP', model: 'HP EliteBook 840 G8 Notebook PC', cpuBrand: '11th Gen Intel(R) Core(TM) i5-1135G7 @ 2.40GHz', cpuType: 'x86_64', physicalCores: 4, logicalCores: 8, memoryGiB: [8, 16], laptop: true, arch: '64-bit', serial: '5CGDDDDAAA' },
      { vendor: 'Microsoft Corporation', model: 'Surface Laptop 4', cpuBrand: 'AMD Ryzen 7 Surface Edition', cpuType: 'x86_64', physicalCores: 8, logicalCores: 16, memoryGiB: [16], laptop: true, arch: '64-bit', serial: 'DDDDDDDDDDDD' },
      { vendor: 'Dell Inc.', model: 'OptiPlex 7090', cpuBrand: '11th Gen Intel(R) Core(TM) i7-11700 @ 2.50GHz', cpuType: 'x86_64', physicalCores: 8, logicalCores: 16, memoryGiB: [16, 32], laptop: false, arch: '64-bit', serial: 'DAADDAA' },
    ],
    processes: windowsProcesses,
    systemUsers: [['Administrator', 500, 544, 'Built-in account for administering the computer/domain', '', 'C:\\Windows\\system32\\cmd.exe', 'local'], ['Guest', 501, 546, 'Built-in account for guest access to the computer/domain', '', 'C:\\Windows\\system32\\cmd.exe', 'local'], ['DefaultAccount', 503, 513, 'A user account managed by the system.', '', 'C:\\Windows\\system32\\cmd.exe', 'local'], ['WDAGUtilityAccount', 504, 513, 'A user account managed and used by the system for Windows Defender Application Guard scenarios.', '', 'C:\\Windows\\system32\\cmd.exe', 'local'], ['SYSTEM', 18, 18, '', '%systemroot%\\system32\\config\\systemprofile', 'C:\\Windows\\system32\\cmd.exe', 'special'], ['LOCAL SERVICE', 19, 19, '', '%systemroot%\\ServiceProfiles\\LocalService', 'C:\\Windows\\system32\\cmd.exe', 'special'], ['NETWORK SERVICE', 20, 20, '', '%systemroot%\\ServiceProfiles\\NetworkService', 'C:\\Windows\\system32\\cmd.exe', 'special']],
    packages: PROGRAMS,
    packageCount: [9, PROGRAMS.length],
    buildPlatform: 'windows',
    buildDistro: '10',
  },
}
