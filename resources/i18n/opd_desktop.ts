<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/opd_desktop/ui/about_dialog.py" line="35"/>
        <source>OPD Desktop makes no network calls: no account, no server, no update check, no telemetry. What you write leaves this computer only in the files you save, print or back up yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/about_dialog.py" line="68"/>
        <source>About {APP_NAME}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/about_dialog.py" line="72"/>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/about_dialog.py" line="76"/>
        <source>&amp;Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/about_dialog.py" line="99"/>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/about_dialog.py" line="104"/>
        <source>A private companion for the seven development conversations with each of your reports, and the check-ins after them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/about_dialog.py" line="116"/>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/about_dialog.py" line="122"/>
        <source>&amp;Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/about_dialog.py" line="134"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/about_dialog.py" line="142"/>
        <source>Qt {qt} · PySide6 {pyside} · Python {python}. The licences of everything included are on the Licences tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/about_dialog.py" line="158"/>
        <source>No file manager opened the folder. Its path is above: select it and copy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/about_dialog.py" line="183"/>
        <source>Python (the interpreter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/about_dialog.py" line="197"/>
        <source>&lt;p&gt;The app, its guides and its icon (seven steps rising, drawn for OPD Desktop) are distributed together under the same terms.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/about_dialog.py" line="204"/>
        <source>Qt and PySide6 — GNU LGPL version 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/about_dialog.py" line="205"/>
        <source>&lt;p&gt;The windows are drawn with Qt {qt} through PySide6 {pyside} (Qt for Python), used under the GNU Lesser General Public License version 3. They are included unmodified as separate shared libraries, which you may replace with versions you build yourself.&lt;/p&gt;&lt;p&gt;Source code: Qt at {qt_source}, PySide6 at {pyside_source} and {pyside_repository}. The licence texts follow at the end of this page.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/about_dialog.py" line="221"/>
        <source>Python packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/about_dialog.py" line="222"/>
        <source>&lt;p&gt;Each under its own licence, as stated in its package metadata:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/about_dialog.py" line="227"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/about_dialog.py" line="228"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/about_dialog.py" line="229"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/about_dialog.py" line="235"/>
        <source>DejaVu Sans fonts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/about_dialog.py" line="236"/>
        <source>&lt;p&gt;PDF documents embed DejaVu Sans, under the Bitstream Vera licence with the DejaVu changes in the public domain ({source}):&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/about_dialog.py" line="244"/>
        <source>GNU Lesser General Public License version 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/about_dialog.py" line="248"/>
        <source>GNU General Public License version 3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionItemsPanel</name>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="70"/>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="72"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="73"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="74"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="79"/>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="158"/>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="184"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="80"/>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="161"/>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="187"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="81"/>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="164"/>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="191"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="82"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="83"/>
        <source>Raised in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="88"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="98"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="100"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="102"/>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="106"/>
        <source>Drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="110"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="157"/>
        <source>Add an action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="180"/>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="203"/>
        <source>Select an action item in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="183"/>
        <source>Edit the action item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../src/opd_desktop/ui/actions.py" line="164"/>
        <location filename="../../src/opd_desktop/ui/actions.py" line="221"/>
        <source>OPD Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaTimer</name>
    <message>
        <location filename="../../src/opd_desktop/core/agenda_timer.py" line="68"/>
        <source>{item} · {on_item} min left on this item · {in_total} min left in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/agenda_timer.py" line="71"/>
        <source>{item} · {on_item} min left on this item · {in_total} min over in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/agenda_timer.py" line="74"/>
        <source>{item} · {on_item} min over on this item · {in_total} min left in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/agenda_timer.py" line="77"/>
        <source>{item} · {on_item} min over on this item · {in_total} min over in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/agenda_timer.py" line="80"/>
        <source>{item} · {on_item} min left on this item · {in_total} min left in total · paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/agenda_timer.py" line="83"/>
        <source>{item} · {on_item} min left on this item · {in_total} min over in total · paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/agenda_timer.py" line="86"/>
        <source>{item} · {on_item} min over on this item · {in_total} min left in total · paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/agenda_timer.py" line="89"/>
        <source>{item} · {on_item} min over on this item · {in_total} min over in total · paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/opd_desktop/app.py" line="268"/>
        <source>The demo team is already open in another OPD Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/app.py" line="280"/>
        <source>OPD Desktop — demo team (invented people)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveReason</name>
    <message>
        <location filename="../../src/opd_desktop/services/outcomes.py" line="17"/>
        <source>Left the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/outcomes.py" line="18"/>
        <source>Moved to another manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/outcomes.py" line="19"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <location filename="../../src/opd_desktop/core/audience.py" line="39"/>
        <source>Only you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/audience.py" line="40"/>
        <source>Shared with {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/audience.py" line="41"/>
        <source>Shared with the employee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudienceWidgets</name>
    <message>
        <location filename="../../src/opd_desktop/ui/audience_widgets.py" line="76"/>
        <source>Only you see this; it never appears on the employee&apos;s copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/audience_widgets.py" line="80"/>
        <source>Written for {first_name}: it appears on their copy of the documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/audience_widgets.py" line="97"/>
        <source>Who may read this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/audience_widgets.py" line="116"/>
        <source>Only you see this note. Click to share it with {first_name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/audience_widgets.py" line="120"/>
        <source>{first_name} sees this note on their agenda. Click to keep it to yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_ui.py" line="149"/>
        <location filename="../../src/opd_desktop/ui/backup_ui.py" line="152"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_ui.py" line="177"/>
        <source>Backing up before closing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_ui.py" line="196"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_ui.py" line="198"/>
        <source>OPD Desktop backups (*.opdbackup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_ui.py" line="215"/>
        <source>Reading the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_ui.py" line="224"/>
        <source>Backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_ui.py" line="225"/>
        <source>Wrong passphrase. The passphrase this backup was made with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_ui.py" line="251"/>
        <source>This backup was {made}.

Replace all current data with it? The current data is kept as a copy in the data folder&apos;s pre-restore folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_ui.py" line="259"/>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_ui.py" line="261"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_ui.py" line="272"/>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_ui.py" line="280"/>
        <source>Restored the backup {made}. The previous data is kept in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_ui.py" line="284"/>
        <source>Restored the backup {made}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_ui.py" line="291"/>
        <source>The backup was not restored: {reason} Your data is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_ui.py" line="295"/>
        <source>The backup was not restored. Your data is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_ui.py" line="343"/>
        <source>made {when} by OPD Desktop {version}: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_settings.py" line="37"/>
        <source>Backup settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_settings.py" line="44"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_settings.py" line="50"/>
        <source>Back up once a day while the app is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_settings.py" line="53"/>
        <source>Back up when I close the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_settings.py" line="75"/>
        <source>at least {MIN_LENGTH} characters; leave empty to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_settings.py" line="85"/>
        <source>Keep the passphrase somewhere safe: without it a backup cannot be restored, on this computer or another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_settings.py" line="48"/>
        <location filename="../../src/opd_desktop/ui/backup_settings.py" line="105"/>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_settings.py" line="60"/>
        <source>A passphrase is kept in your keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_settings.py" line="62"/>
        <source>No passphrase is set yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_settings.py" line="64"/>
        <source>No keyring is available: the passphrase is asked for when a backup runs, never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_settings.py" line="71"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_settings.py" line="81"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_settings.py" line="82"/>
        <source>Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <location filename="../../src/opd_desktop/services/backup/schedule.py" line="74"/>
        <source>Database check failed — run &apos;opd check&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/backup/schedule.py" line="76"/>
        <source>Backup failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/backup/schedule.py" line="78"/>
        <source>No backup yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/backup/schedule.py" line="82"/>
        <source>Last backup {days} days ago ({when}) — make one now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/backup/schedule.py" line="85"/>
        <source>Last backup {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupUi</name>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_ui.py" line="144"/>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_ui.py" line="235"/>
        <source>Cannot restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarUi</name>
    <message>
        <location filename="../../src/opd_desktop/ui/calendar_ui.py" line="31"/>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/calendar_ui.py" line="33"/>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/calendar_ui.py" line="51"/>
        <source>Wrote {name}: %n conversation(s). Import it into your calendar; importing again updates the same events.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureKind</name>
    <message>
        <location filename="../../src/opd_desktop/services/captures.py" line="49"/>
        <source>Action item for the employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/captures.py" line="56"/>
        <source>Action item for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/captures.py" line="63"/>
        <source>Idea for senior management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/captures.py" line="69"/>
        <source>Feedback request on my leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/captures.py" line="75"/>
        <location filename="../../src/opd_desktop/services/captures.py" line="135"/>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/captures.py" line="78"/>
        <location filename="../../src/opd_desktop/services/captures.py" line="136"/>
        <source>Preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/captures.py" line="84"/>
        <location filename="../../src/opd_desktop/services/captures.py" line="137"/>
        <source>Aspiration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/captures.py" line="89"/>
        <location filename="../../src/opd_desktop/services/captures.py" line="138"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/captures.py" line="91"/>
        <source>Development plan goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/captures.py" line="150"/>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/captures.py" line="153"/>
        <source>Feedback request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/captures.py" line="161"/>
        <source>Plan goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <location filename="../../src/opd_desktop/ui/cards.py" line="120"/>
        <source>Open {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/cards.py" line="171"/>
        <source>and {hidden} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarriedIn</name>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="79"/>
        <source>Nothing is carried in from earlier conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="95"/>
        <source>Open action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="99"/>
        <source>Ideas waiting to be closed with the employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="101"/>
        <source>Your ideas and senior management&apos;s answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="104"/>
        <source>{idea} — {status}, {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="107"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="116"/>
        <source>Leadership feedback to take up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="118"/>
        <source>Feedback on my leadership, as I asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="122"/>
        <source>Your leadership commitments to report on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="124"/>
        <source>What I committed to as your manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="134"/>
        <source>No notes were taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="139"/>
        <source>From the Organization page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="140"/>
        <source>The organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="145"/>
        <source>From the Department page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="146"/>
        <source>Our department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="156"/>
        <source>Nothing written yet; fill it in on the team overview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="164"/>
        <source>What you know about them (profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="166"/>
        <source>What we have learned about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="181"/>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="183"/>
        <source>the employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="184"/>
        <source>your manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="192"/>
        <source>{text} — {who}, due {date} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="194"/>
        <source>{text} — {who}, due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="197"/>
        <source>{text} — {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="209"/>
        <source>They said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="211"/>
        <source>You said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="217"/>
        <source>Your reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="220"/>
        <source>My reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="222"/>
        <source>You asked: {request}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="231"/>
        <source>General notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="233"/>
        <source>Notes we took together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="242"/>
        <source>Recap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="247"/>
        <source>Agreed next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="252"/>
        <source>Your summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="257"/>
        <source>Why it was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="290"/>
        <source>{role} — learned: {learned}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="304"/>
        <source>{goal} — {percent}% done ({late} overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="306"/>
        <source>{goal} — {percent}% done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="320"/>
        <source>Development plan, version {version} ({status}, {start} to {end}) — {percent}% done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="324"/>
        <source>Development plan, version {version} ({status}) — {percent}% done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="327"/>
        <source>No goals yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="336"/>
        <source>no value yet — bring the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="338"/>
        <source>no value yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="342"/>
        <source>last {value} {unit} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="344"/>
        <source>last {value} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="350"/>
        <source>How it is measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="356"/>
        <source>Agreed metrics: the last values, and what to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carried_content.py" line="358"/>
        <source>Agreed metrics: the last values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carry_forward.py" line="50"/>
        <source>Recap of the check-in {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carry_forward.py" line="53"/>
        <source>Recap of the check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/carry_forward.py" line="54"/>
        <source>Recap of conversation {number}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../src/opd_desktop/ui/charts.py" line="75"/>
        <source>Trend of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/charts.py" line="77"/>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliftonDialog</name>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="155"/>
        <source>Add →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="156"/>
        <source>← Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="157"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="158"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentStatus</name>
    <message>
        <location filename="../../src/opd_desktop/services/outcomes.py" line="22"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/outcomes.py" line="23"/>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/outcomes.py" line="24"/>
        <source>Not kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConductTab</name>
    <message>
        <location filename="../../src/opd_desktop/ui/conduct_tab.py" line="54"/>
        <source>{title}  ·  {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conduct_tab.py" line="61"/>
        <source>Notes on {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conduct_tab.py" line="144"/>
        <source>Open the development plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conduct_tab.py" line="145"/>
        <source>Goals, actions, support and the plan&apos;s period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conduct_tab.py" line="158"/>
        <source>General notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conduct_tab.py" line="159"/>
        <source>Anything that belongs to no agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conduct_tab.py" line="165"/>
        <source>Notes taken together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conduct_tab.py" line="166"/>
        <source>Notes taken together in together mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conduct_tab.py" line="191"/>
        <source>The agreed metrics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <location filename="../../src/opd_desktop/services/conversations.py" line="55"/>
        <source>Conversation {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/conversation_models.py" line="42"/>
        <location filename="../../src/opd_desktop/services/conversations.py" line="57"/>
        <source>Check-in {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/conversation_models.py" line="43"/>
        <location filename="../../src/opd_desktop/services/conversations.py" line="59"/>
        <location filename="../../src/opd_desktop/services/rhythm.py" line="242"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/conversation_models.py" line="44"/>
        <source>Conversation {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/rhythm.py" line="243"/>
        <source>Conversation {number}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationDocuments</name>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_documents.py" line="21"/>
        <source>Agenda · Employee&apos;s copy — {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_documents.py" line="23"/>
        <source>Your prep brief · for you only — {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_documents.py" line="26"/>
        <source>Worksheet · Employee&apos;s copy — {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_documents.py" line="31"/>
        <source>Agenda {what} {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_documents.py" line="33"/>
        <source>Prep brief {what} {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_documents.py" line="34"/>
        <source>Worksheet {what} {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_documents.py" line="39"/>
        <source>check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_documents.py" line="40"/>
        <source>conversation {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_documents.py" line="75"/>
        <source>opd-conversation-{number}.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_documents.py" line="79"/>
        <source>opd-check-in.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_documents.py" line="98"/>
        <source>Import a filled-in worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_documents.py" line="100"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_documents.py" line="110"/>
        <source>Importing the worksheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_documents.py" line="116"/>
        <source>Worksheet imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationHeader</name>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_header.py" line="42"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_header.py" line="43"/>
        <source>Conversation {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_header.py" line="77"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_header.py" line="82"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_header.py" line="87"/>
        <location filename="../../src/opd_desktop/ui/conversation_header.py" line="215"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_header.py" line="92"/>
        <source>Add to calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_header.py" line="93"/>
        <source>Save this conversation as a calendar file (.ics): the agenda outline only, no notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_header.py" line="105"/>
        <source>Agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_header.py" line="106"/>
        <source>The agenda PDF, the employee&apos;s copy: only what is shared with them (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_header.py" line="116"/>
        <source>A fillable PDF of the employee&apos;s pre-work for this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_header.py" line="124"/>
        <source>Prep brief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_header.py" line="125"/>
        <source>Your prep brief PDF, for you only: your preparation and every note so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_header.py" line="134"/>
        <source>Together mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_header.py" line="135"/>
        <source>Show only what the employee may see, for a shared screen (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_header.py" line="159"/>
        <source>{number} · {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_header.py" line="164"/>
        <source>• {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_header.py" line="167"/>
        <source>{purpose}

Outcomes:
{outcomes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_header.py" line="172"/>
        <source>{kicker}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_header.py" line="179"/>
        <source>Worksheet for {first}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_header.py" line="192"/>
        <source> · {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_header.py" line="194"/>
        <source> · {date}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_header.py" line="200"/>
        <source>{status}{detail} · the agenda takes {planned} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_header.py" line="213"/>
        <source>Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationStatus</name>
    <message>
        <location filename="../../src/opd_desktop/core/stages.py" line="38"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/stages.py" line="39"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/stages.py" line="40"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/stages.py" line="41"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_view.py" line="46"/>
        <source>&amp;Prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_view.py" line="47"/>
        <source>&amp;Conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_view.py" line="48"/>
        <source>&amp;Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/counts_text.py" line="14"/>
        <source>%n report(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/counts_text.py" line="16"/>
        <source>%n conversation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/counts_text.py" line="18"/>
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/counts_text.py" line="20"/>
        <source>%n action item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/counts_text.py" line="22"/>
        <source>%n idea(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/counts_text.py" line="23"/>
        <source>%n plan(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/counts_text.py" line="24"/>
        <source>%n plan goal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/counts_text.py" line="26"/>
        <source>%n plan action(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/counts_text.py" line="29"/>
        <source>%n profile entr(y/ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/counts_text.py" line="32"/>
        <source>%n leadership feedback request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/counts_text.py" line="35"/>
        <source>%n metric(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/counts_text.py" line="38"/>
        <source>%n metric value(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/counts_text.py" line="47"/>
        <source>{count} × {table}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/counts_text.py" line="53"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/counts_text.py" line="54"/>
        <source>no conversations yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/counts_text.py" line="62"/>
        <source>The record of {name}: {counts}. It INCLUDES the previous manager&apos;s private notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/counts_text.py" line="66"/>
        <source>The record of {name}: {counts}. The previous manager&apos;s private notes are not included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/counts_text.py" line="76"/>
        <source>{reports}, {rows} in {tables}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/counts_text.py" line="79"/>
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/counts_text.py" line="81"/>
        <source>%n table(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataMenus</name>
    <message>
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="59"/>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="62"/>
        <source>&amp;Hand over to another manager…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="68"/>
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="249"/>
        <source>&amp;Delete permanently…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="75"/>
        <source>&amp;Suggest deleting archived reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="90"/>
        <source>Choose a report in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="107"/>
        <source>Added %n person(s) to your team.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="123"/>
        <source>Export everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="125"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="134"/>
        <source>Exporting everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="141"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="142"/>
        <source>Wrote {path} ({summary}).

The file holds your private notes as readable text: keep it as safe as the app&apos;s own data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="153"/>
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="195"/>
        <source>Import a handed-over report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="166"/>
        <source>Encrypted handover file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="167"/>
        <source>The passphrase the previous manager chose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="175"/>
        <source>Reading the handover file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="184"/>
        <source>Name already on your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="185"/>
        <source>{name} is already on your team. Import the record under another name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="196"/>
        <source>{description}

Add them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="205"/>
        <source>Importing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="212"/>
        <source>Added {name} to your team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="233"/>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="235"/>
        <source>Wrote {path}.

{v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="241"/>
        <source>You may now archive {name} or delete them permanently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="246"/>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="252"/>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="279"/>
        <source>Suggest deleting archived reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="280"/>
        <source>Suggest deleting reports archived longer than this many months (0: never suggest):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="297"/>
        <source>Archived for more than {months} months: {names}. Consider Report → Delete permanently…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/opd_desktop/ui/date_field.py" line="31"/>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../src/opd_desktop/ui/dates.py" line="58"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/dates.py" line="60"/>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/dates.py" line="62"/>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/dates.py" line="64"/>
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/dates.py" line="65"/>
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/models.py" line="84"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/models.py" line="86"/>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../src/opd_desktop/ui/documents.py" line="52"/>
        <source>The printer could not be started. Check that it is connected and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/documents.py" line="84"/>
        <source>Preview — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/documents.py" line="90"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; · %n page(s). Saving and printing use exactly these pages.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/documents.py" line="113"/>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/documents.py" line="114"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="49"/>
        <source>Nothing here yet. Type below and press Enter to add a strength.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="52"/>
        <source>Nothing here yet. Type below and press Enter to add a preference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="55"/>
        <source>Nothing here yet. Type below and press Enter to add an aspiration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="58"/>
        <source>Nothing here yet. Type below and press Enter to add a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="60"/>
        <source>Nothing here yet. Type below and press Enter to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="111"/>
        <source>Edit — {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="116"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorReporting</name>
    <message>
        <location filename="../../src/opd_desktop/ui/error_reporting.py" line="17"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/error_reporting.py" line="18"/>
        <source>OPD Desktop hit an unexpected problem and stopped that action. Everything you typed has been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/error_reporting.py" line="22"/>
        <source>OPD Desktop hit an unexpected problem and stopped that action. Everything you typed has been saved.

Details were written to {log}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/opd_desktop/core/dates.py" line="18"/>
        <source>{cleaned} is not a valid {field}; write it as YYYY-MM-DD, for example 2026-03-09.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/dates.py" line="34"/>
        <source>{cleaned} is not a valid {field}; write it as YYYY-MM-DD HH:MM, for example 2026-03-09 14:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/ideas.py" line="71"/>
        <source>This idea is already {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/ideas.py" line="89"/>
        <source>This idea is {value}; it cannot be {value2}.{hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/ideas.py" line="101"/>
        <source>{value} is not an outcome; use adopted, declined or parked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/ideas.py" line="112"/>
        <source>An idea cannot be merged into itself; name another idea.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/ideas.py" line="116"/>
        <source>Idea {target_id} is {value}; merge into an idea that is still going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/metric_rules.py" line="62"/>
        <source>{key} is not a metric template; choose one of {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/metric_rules.py" line="143"/>
        <source>{text} is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/metric_rules.py" line="153"/>
        <source>{text} is not a number; write the {field} as digits, for example 3.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/metric_rules.py" line="160"/>
        <source>{text} is not a usable number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/metric_rules.py" line="170"/>
        <source>{name} runs from {low} to {high}; {fmt} is outside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/metric_rules.py" line="190"/>
        <source>A target of {fmt} has the wrong sign: {name} is never below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/metric_rules.py" line="201"/>
        <source>A target of {fmt} is worse than the baseline {fmt2}; for {name}, {way} is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/metric_rules.py" line="212"/>
        <source>{isoformat} is in the future; record a value on or before today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/metric_rules.py" line="219"/>
        <source>{isoformat} is before the report started ({isoformat2}); check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/plan_status.py" line="41"/>
        <source>Version {version} of the plan is {value}; it cannot become {value2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/rhythm.py" line="27"/>
        <source>A cadence of {days} days is outside {MIN_CADENCE_DAYS}–{MAX_CADENCE_DAYS} days (one week to three months); choose a value in that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/rhythm.py" line="84"/>
        <source>{held_at:%Y-%m-%d %H:%M} is in the future; a conversation is marked held at or after the time it took place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/rhythm.py" line="92"/>
        <source>{held_at:%Y-%m-%d} is too long ago; check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/rhythm.py" line="120"/>
        <source>{upper}{value} cannot come before {label} ({what} {moment:%Y-%m-%d %H:%M}); pick a later date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/rhythm.py" line="178"/>
        <source>{text} is not a time of day; write it as HH:MM, for example 14:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/stages.py" line="54"/>
        <source>{label} is planned; it cannot be marked {wanted}. Hold, complete or skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/stages.py" line="57"/>
        <source>{label} is held; it cannot be marked {wanted}. Complete it, or reopen it as planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/stages.py" line="60"/>
        <source>{label} is completed; it cannot be marked {wanted}. Reopen it as held first if you need to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/stages.py" line="64"/>
        <source>{label} is skipped; it cannot be marked {wanted}. Plan it again first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/stages.py" line="179"/>
        <source>Check-ins follow the seven conversations; hold conversation 7 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/backup/backups.py" line="117"/>
        <source>The backup {name} did not read back as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/backup/backups.py" line="225"/>
        <location filename="../../src/opd_desktop/services/backup/backups.py" line="232"/>
        <source>OPD Desktop is using this data folder. Close it, then restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/backup/backups.py" line="268"/>
        <source>Could not keep a copy of the current data: {value}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/backup/file_format.py" line="105"/>
        <source>its first bytes are damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/backup/file_format.py" line="107"/>
        <source>This file is not an OPD Desktop backup. Choose a file ending in .opdbackup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/backup/file_format.py" line="113"/>
        <source>its version field is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/backup/file_format.py" line="116"/>
        <source>This backup was made by a newer version of OPD Desktop (backup format {version}). Install the newer version to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/backup/file_format.py" line="122"/>
        <source>it ends inside its header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/backup/file_format.py" line="125"/>
        <source>its header does not match its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/backup/file_format.py" line="128"/>
        <source>it names an unknown format or cipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/backup/file_format.py" line="137"/>
        <source>its {what} {value} is outside {low}–{high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/backup/file_format.py" line="148"/>
        <source>The passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/backup/file_format.py" line="253"/>
        <source>{path} is not a regular file (a folder, a pipe or a device) and cannot be a backup. Choose a file ending in .opdbackup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/backup/file_format.py" line="264"/>
        <source>The backup {path} cannot be read: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/backup/file_format.py" line="278"/>
        <location filename="../../src/opd_desktop/services/backup/file_format.py" line="327"/>
        <location filename="../../src/opd_desktop/services/backup/file_format.py" line="335"/>
        <source>it is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/backup/file_format.py" line="290"/>
        <source>it is {value:.1f} GiB, larger than any backup can be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/backup/file_format.py" line="318"/>
        <source>chunk {value} fails its integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/backup/file_format.py" line="331"/>
        <source>chunk {value} has an impossible length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/backup/file_format.py" line="340"/>
        <source>it grew while it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/backup/passphrase.py" line="57"/>
        <source>Use a passphrase of at least {MIN_LENGTH} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/backup/passphrase.py" line="64"/>
        <source>The two passphrases differ; type the same passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/backup/schedule.py" line="163"/>
        <source>No backup passphrase is set. Set one in Backup settings (or OPD_BACKUP_PASSPHRASE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/backup/snapshot.py" line="119"/>
        <source>The database file ended before its last page; nothing was backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/backup/snapshot.py" line="181"/>
        <source>its contents are not laid out as expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/backup/snapshot.py" line="188"/>
        <source>its manifest cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/backup/snapshot.py" line="192"/>
        <source>the database inside does not match its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/backup/snapshot.py" line="202"/>
        <source>This backup holds data from a newer version of OPD Desktop (schema {schema_version}; this version knows up to {SCHEMA_VERSION}). Install the newer version to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/backup/snapshot.py" line="214"/>
        <source>the database inside cannot be opened: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/backup/snapshot.py" line="219"/>
        <source>the database inside fails SQLite&apos;s integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/backup/snapshot.py" line="231"/>
        <source>The backup could not be brought up to date: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/conversations.py" line="37"/>
        <source>There is no conversation with id {conversation_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/conversations.py" line="66"/>
        <source>Conversation {number} does not exist; the series runs from 1 to {SERIES_LENGTH}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/conversations.py" line="121"/>
        <source>{when:%Y-%m-%d} is too far away; check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/conversations.py" line="176"/>
        <source>{label} is marked “{status}”; only a planned conversation can be rescheduled. Reopen it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/conversations.py" line="190"/>
        <source>A conversation lasts between 5 and 480 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/conversations.py" line="265"/>
        <source>{label} has not been held; mark it held to record when it took place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/conversations.py" line="272"/>
        <source>Give the date and time it was held, as YYYY-MM-DD HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/conversations.py" line="285"/>
        <source>A check-in is not skipped; delete it or reschedule it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/conversations.py" line="356"/>
        <location filename="../../src/opd_desktop/services/plans.py" line="425"/>
        <source>Check-ins are between a week and three months apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/conversations.py" line="360"/>
        <source>Schedule between 1 and 26 check-ins at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/data_file.py" line="35"/>
        <source>{where} holds damaged base64 data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/data_file.py" line="40"/>
        <source>{where} holds a {name__}, which is not a value a column can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/data_file.py" line="85"/>
        <source>{path} is {value:,.0f} MB, too large to be {what}. Choose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/data_file.py" line="92"/>
        <location filename="../../src/opd_desktop/services/roster_import.py" line="378"/>
        <source>There is no file {path}. Check the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/data_file.py" line="96"/>
        <source>{path} is a folder; name the file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/data_file.py" line="100"/>
        <location filename="../../src/opd_desktop/services/roster_import.py" line="386"/>
        <source>{path} cannot be read: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/data_file.py" line="110"/>
        <source>{name} is empty; it is not {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/data_file.py" line="116"/>
        <source>{name} is not {what} (it is not UTF-8 text). Choose the file OPD Desktop wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/data_file.py" line="125"/>
        <source>{name} ends before its JSON is complete (line {lineno}): it was cut short. Copy or export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/data_file.py" line="131"/>
        <source>{name} is not {what}: its JSON is broken at line {lineno}, column {colno} ({msg}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/data_file.py" line="141"/>
        <source>{name} is JSON but not {what} (it does not say &quot;format&quot;: &quot;{kind}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/data_file.py" line="148"/>
        <source>{name} has no valid format_version; it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/data_file.py" line="154"/>
        <source>{name} was written by a newer version of OPD Desktop (format {found}; this version reads up to {version}). Install the newer version to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/data_file.py" line="168"/>
        <source>{name} has no valid schema_version; it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/data_file.py" line="174"/>
        <source>{name} holds data from a newer version of OPD Desktop (schema {version}; this version knows up to {known}). Install the newer version to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/documents/worksheet_import.py" line="90"/>
        <source>{printable} is the worksheet for {label}, not for {label2}; import it from {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/documents/worksheet_import.py" line="109"/>
        <source>{printable}: nothing was imported: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/documents/worksheet_check.py" line="52"/>
        <source>{name} is damaged: its label has no readable format number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/documents/worksheet_check.py" line="58"/>
        <source>{name} was made by an earlier version of OPD Desktop; export a new worksheet and send that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/documents/worksheet_check.py" line="65"/>
        <source>{name} was made by a newer version of OPD Desktop; update the app to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/documents/worksheet_check.py" line="72"/>
        <source>{name} is damaged: its label does not say whose worksheet it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/documents/worksheet_check.py" line="83"/>
        <source>{name} was made for {made_for}, not for {mine}. Import it for the right person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/documents/worksheet_check.py" line="98"/>
        <source>{name} is damaged: its label does not say which conversation it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/documents/worksheet_check.py" line="110"/>
        <source>{name} belongs to a {what} of {name2} that no longer exists; export a new worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/documents/worksheet_check.py" line="119"/>
        <source>{name} is an older version of the worksheet for {label}; its questions have changed since. Export a new worksheet and send that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/documents/worksheet_check.py" line="128"/>
        <source>{name} has no fillable fields left (it was probably printed and scanned, or flattened); type the answers into the app, or have the worksheet filled in on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/documents/worksheet_check.py" line="137"/>
        <source>{name} has fields that do not belong on the worksheet for {label} ({shown}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/documents/worksheet_check.py" line="144"/>
        <source>{name} lacks fields of the worksheet for {label} ({join}); export a new worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/documents/worksheet_check.py" line="158"/>
        <source>{name}: the answer to “{value}” is {len:,} characters long; a worksheet answer can hold up to {MAX_FIELD_CHARS:,}. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/documents/worksheet_read.py" line="75"/>
        <source>{name} cannot be opened ({printable}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/documents/worksheet_read.py" line="81"/>
        <source>{name} is not a regular file; choose the worksheet PDF itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/documents/worksheet_read.py" line="87"/>
        <source>{name} is {value} MB, far larger than a worksheet; choose the worksheet PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/documents/worksheet_read.py" line="97"/>
        <source>{name} is damaged: its PDF objects are nested too deeply to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/documents/worksheet_read.py" line="103"/>
        <source>{name} is damaged: it expands beyond what a worksheet can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/documents/worksheet_read.py" line="109"/>
        <source>{name} cannot be read as a PDF: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/documents/worksheet_read.py" line="141"/>
        <source>{name} cannot be read as a PDF: it is not a PDF file. Choose the worksheet you got back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/documents/worksheet_read.py" line="159"/>
        <source>{name} is not an OPD Desktop worksheet and has no fillable fields (a printed and scanned copy cannot be read back); type the answers into the app instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/documents/worksheet_read.py" line="165"/>
        <source>{name} is not an OPD Desktop worksheet. Export a worksheet from the app, have it filled in, and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/documents/worksheet_read.py" line="192"/>
        <source>{name} is damaged: its form&apos;s field list is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/documents/worksheet_read.py" line="204"/>
        <source>{name} is damaged: its form fields refer to themselves in a loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/documents/worksheet_read.py" line="212"/>
        <source>{name} is damaged: a form field is not a field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/documents/worksheet_read.py" line="218"/>
        <source>{name} is damaged: its form fields are nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/documents/worksheet_read.py" line="224"/>
        <source>{name} has more than {MAX_FIELDS} form fields; it is not a worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/documents/worksheet_read.py" line="247"/>
        <source>{name}: the field {printable} holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/files.py" line="39"/>
        <source>The folder {folder} does not exist; choose an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/files.py" line="47"/>
        <source>Cannot write in {folder}: {value}. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/files.py" line="65"/>
        <source>The disk is full (no room to write {name} in {folder}); nothing was changed (the previous file is unchanged). Free some space on that disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/files.py" line="71"/>
        <source>Could not write {target}: {value}. The previous file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/followthrough.py" line="62"/>
        <source>An action item is owned by the employee or the manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/followthrough.py" line="137"/>
        <source>The idea is empty; please describe it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/followthrough.py" line="159"/>
        <source>The {what} date cannot be before {isoformat}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/followthrough.py" line="185"/>
        <source>Write down what senior management said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/followthrough.py" line="240"/>
        <source>Write down what you asked the employee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/followthrough.py" line="266"/>
        <source>This feedback is closed; reopen it to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/followthrough.py" line="271"/>
        <source>Write down what the employee said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/followthrough.py" line="292"/>
        <source>Only feedback that has been heard and answered can be closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/handover.py" line="51"/>
        <source>{name} is already on your team. Import the record under another name, for example: opd import report FILE --as &quot;{name} (2)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/handover.py" line="206"/>
        <source>{name} is encrypted: give the passphrase the previous manager chose (OPD_HANDOVER_PASSPHRASE, or type it when asked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/handover.py" line="220"/>
        <location filename="../../src/opd_desktop/services/json_export.py" line="95"/>
        <source>{name} has no &quot;tables&quot; object; it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/handover.py" line="225"/>
        <source>{name} does not hold exactly one report&apos;s record; it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/handover.py" line="254"/>
        <source>Wrong passphrase for {name}: ask the previous manager for the passphrase they chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/handover.py" line="263"/>
        <source>{name} is damaged ({detail}); ask the previous manager to write it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/handover.py" line="270"/>
        <source>{name} was encrypted by a newer version of OPD Desktop; install that version to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/handover.py" line="278"/>
        <source>{name} cannot be decrypted: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/ideas.py" line="39"/>
        <source>Say why the idea was declined: the employee will want to know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/json_export.py" line="133"/>
        <source>{name} is inconsistent: row {rowid} of {table} points at a row that is not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/json_export.py" line="145"/>
        <source>{name} has tables this version does not know ({join}); it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/json_export.py" line="153"/>
        <source>{name}: the {name2} table is not a list of rows; the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/json_export.py" line="165"/>
        <source>{where} is not an object; the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/json_export.py" line="175"/>
        <source>{where} has columns this version does not know ({join}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/json_export.py" line="210"/>
        <source>{name}: row {value} of {table} is refused by the database ({exc}); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/json_export.py" line="237"/>
        <source>The data folder {data_dir} already holds data ({count} reports). A full export is imported only into an empty data folder: name a new one with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/metrics.py" line="123"/>
        <source>{capitalize} already has a metric called {name}; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/metrics.py" line="154"/>
        <source>{name} is computed by the app from why and when reports were archived; it is on the dashboard already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/metrics.py" line="174"/>
        <source>A metric is agreed in one of the conversations 1 to 7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/metrics.py" line="302"/>
        <source>{name} is another report&apos;s metric; define it for this report too (opd metric define NAME --report REPORT) or as a team metric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/metrics.py" line="310"/>
        <source>There is no metric called {name} here (metrics: {names}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/metrics.py" line="339"/>
        <source>{name} is another report&apos;s metric; record it for that report, or define the metric for this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/metrics.py" line="390"/>
        <source>This value was already corrected or deleted; correct the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/metrics.py" line="429"/>
        <source>This value was already corrected or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/notes.py" line="30"/>
        <source>{item_key} is not an agenda item key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/notes.py" line="69"/>
        <source>There is no text to add; write the note after the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/notes.py" line="75"/>
        <source>The {item_key} note is already {current}; add --shared only to a shared note (or change its audience in the app first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/organization.py" line="18"/>
        <source>{scope} is neither organization nor department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/organization.py" line="38"/>
        <source>Unknown {scope} field(s): {join}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/outcomes.py" line="37"/>
        <source>{isoformat} is in the future; use today or an earlier date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/outcomes.py" line="49"/>
        <source>{reason} is not a reason; use {join}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/outcomes.py" line="79"/>
        <source>{status} is not a status; use open, kept or not_kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/outcomes.py" line="87"/>
        <source>There is no commitment recorded here yet; write it down first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/outcomes.py" line="105"/>
        <source>{outcome} is not an outcome; use achieved, partly or not_achieved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/plans.py" line="89"/>
        <location filename="../../src/opd_desktop/services/plans.py" line="416"/>
        <source>The plan ends before it starts; check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/plans.py" line="93"/>
        <source>The plan covers about {months:.1f} months; the method suggests 3 to 6. Keep this period anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/plans.py" line="184"/>
        <source>Version {version} of the plan is {status}; start a new version to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/plans.py" line="243"/>
        <source>A goal can be linked to one of this employee&apos;s strengths or aspirations only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/plans.py" line="253"/>
        <source>Choose the goal this action serves; every action belongs to a goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/plans.py" line="261"/>
        <source>There is no goal with id {goal_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/plans.py" line="269"/>
        <source>The due date {isoformat} is before the plan starts ({isoformat2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/plans.py" line="384"/>
        <source>This version of the plan has been replaced; update the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/plans.py" line="413"/>
        <source>Give the plan a start and an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/plans.py" line="420"/>
        <source>The review date should fall within the plan&apos;s period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/plans.py" line="430"/>
        <source>{len} action(s) are due before {isoformat}, for example “{value}”. Move their due dates or start the plan earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/plans.py" line="457"/>
        <source>Set the plan&apos;s period before finalizing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/plans.py" line="461"/>
        <source>Add at least one goal before finalizing the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/plans.py" line="551"/>
        <source>There is no plan yet; start one in conversation 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/plans.py" line="555"/>
        <source>Version {version} is still a draft; change it directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/preferences.py" line="50"/>
        <location filename="../../src/opd_desktop/services/rhythm.py" line="58"/>
        <source>Choose at least one working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/preferences.py" line="54"/>
        <location filename="../../src/opd_desktop/services/settings.py" line="50"/>
        <source>Choose between {low} and {high} lines of writing space per item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/profile.py" line="59"/>
        <source>{kind} is not a profile section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/profile.py" line="65"/>
        <location filename="../../src/opd_desktop/services/profile.py" line="155"/>
        <source>The end date is before the start date; swap them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/profile.py" line="131"/>
        <source>There is no profile entry with id {entry_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/purge.py" line="81"/>
        <source>The name typed does not match {report_name}; nothing was deleted. Type the name exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/purge.py" line="312"/>
        <source>Choose between 1 and 120 months, or 0 to turn the suggestion off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/reports.py" line="31"/>
        <source>The start date {isoformat} is more than a year away; check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/reports.py" line="44"/>
        <source>{value} is already on your team. Use a different name, for example with an initial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/reports.py" line="137"/>
        <source>There is no report with id {report_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/reports.py" line="269"/>
        <source>Name a report by its id or part of its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/reports.py" line="284"/>
        <source>No report matches {text}. Run &apos;opd reports&apos; to see the names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/reports.py" line="290"/>
        <source>{text} matches several reports: {names}. Use more of the name or the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/rhythm.py" line="96"/>
        <source>{value} is not a conversation; use 1 to 7 or checkin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/rhythm.py" line="103"/>
        <source>Conversation {number} does not exist; use 1 to 7 or checkin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/rhythm.py" line="143"/>
        <source>There is no planned check-in to mark held; schedule one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/roster_import.py" line="197"/>
        <source>{name} is empty. Export the team from your HR system or spreadsheet as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/roster_import.py" line="203"/>
        <source>{name} is a PDF, not a CSV file. Export the team as CSV (comma-separated values).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/roster_import.py" line="209"/>
        <source>{name} is a spreadsheet (.xlsx) or another zipped file, not CSV. In your spreadsheet choose File → Save as → CSV, then import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/roster_import.py" line="219"/>
        <source>{name} is damaged UTF-16 text. Save it as “CSV UTF-8” and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/roster_import.py" line="225"/>
        <source>{name} is not a text file. Export the team as CSV (comma-separated values).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/roster_import.py" line="237"/>
        <source>{name} is neither UTF-8 nor Windows-1252 text. Save it as “CSV UTF-8” and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/roster_import.py" line="282"/>
        <source>the start date {text} is not a real date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/roster_import.py" line="313"/>
        <source>the start date {text} has a two-digit year; write the year in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/roster_import.py" line="325"/>
        <source>the start date {text} could be {a} {month_name} or {b} {month_name2}; write it as YYYY-MM-DD (for example {year}-{b:02d}-{a:02d})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/roster_import.py" line="339"/>
        <source>the start date {text} is not a date; write it as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/roster_import.py" line="353"/>
        <source>the start date {text} has a month this app does not know; write YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/roster_import.py" line="370"/>
        <source>{name} is {value:.1f} MB; a team roster is a few kilobytes. Check that it is the right file (at most 1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/roster_import.py" line="382"/>
        <source>{path} is a folder; choose a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/roster_import.py" line="400"/>
        <source>{name} is empty. Export the team as CSV with a header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/roster_import.py" line="409"/>
        <source>{name} has no name column (line {header_line} has: {found}). The header needs Name, Full name, Employee name, or First name and Last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/roster_import.py" line="417"/>
        <source>{name} has a header but no rows: there is nobody to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/roster_import.py" line="471"/>
        <source>{name} is not a valid CSV file (line {line_num}: {exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/roster_import.py" line="512"/>
        <source>the start date {isoformat} is more than a year away; check the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/text.py" line="60"/>
        <source>The {field} is empty; please type a {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/text.py" line="65"/>
        <source>The {field} is {len:,} characters long; keep it under {max_length:,}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/text.py" line="78"/>
        <source>The {field} is {len:,} characters long, more than the {max_length:,} one field can hold. Split it into several notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/store/database.py" line="179"/>
        <source>The database is busy: another program is writing to it. Close other OPD Desktop windows and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/store/inspection.py" line="218"/>
        <source>The database check was stopped before it finished. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/store/inspection.py" line="115"/>
        <location filename="../../src/opd_desktop/store/inspection.py" line="286"/>
        <source>The database {path} is damaged ({value}). {what_to_do}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/store/inspection.py" line="297"/>
        <source>The database {path} could not be checked: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/store/inspection.py" line="53"/>
        <source>The disk is full (no room left to write in {parent}); nothing was changed. Free some space on that disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/store/inspection.py" line="60"/>
        <source>Permission denied: OPD Desktop may not write to {path}. Nothing was changed. Give your user write access to it (or choose another folder with --data-dir), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/store/database.py" line="286"/>
        <location filename="../../src/opd_desktop/store/database.py" line="308"/>
        <source>The database {path} could not be opened: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/store/inspection.py" line="39"/>
        <source>The database {path} is locked by another program. Close other OPD Desktop windows and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/store/inspection.py" line="96"/>
        <source>The database {path} cannot be read: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/store/inspection.py" line="103"/>
        <source>Permission denied: OPD Desktop may not read and write {path}. Nothing was changed. Give your user access to that file (or choose another folder with --data-dir), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/store/inspection.py" line="132"/>
        <source>The database {path} is damaged or is not a database ({value}). {what_to_do}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/store/inspection.py" line="141"/>
        <source>{path} is an SQLite file from another program, not an OPD Desktop database. It has not been changed. Choose another data folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/store/inspection.py" line="148"/>
        <source>The database {path} was written by a newer version of OPD Desktop (schema {version}; this version knows up to {SCHEMA_VERSION}). It has not been changed. Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/store/inspection.py" line="167"/>
        <source>The file {path}-wal does not belong to the database {name} beside it; nothing was changed. Move {name}-wal (and {shm}) out of that folder, then start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/store/inspection.py" line="173"/>
        <source>The file {path}-wal does not belong to the database {name} beside it; nothing was changed. Move {name}-wal out of that folder, then start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/store/database.py" line="380"/>
        <source>Could not write the copy {target}: {exc}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/clifton.py" line="58"/>
        <source>{name} is not a CliftonStrengths theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/clifton.py" line="65"/>
        <source>{theme} is listed twice; each theme has one rank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/clifton.py" line="73"/>
        <source>Pick the top {TOP_COUNT} themes or rank all {len}; you have {len2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/models.py" line="66"/>
        <source>This {what} is {value}; reopen it before marking it {value2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/paths.py" line="56"/>
        <source>The disk is full (cannot create {path}); nothing was changed. Free some space on that disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/paths.py" line="63"/>
        <source>Permission denied: cannot use the folder {path}. Nothing was changed. Choose a folder you can write to with --data-dir or OPD_DATA_DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/paths.py" line="69"/>
        <source>Cannot use the data folder {path}: {value}. Choose a folder you can write to with --data-dir or OPD_DATA_DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/paths.py" line="76"/>
        <source>Permission denied: the data folder {path} is not writable. Nothing was changed. Choose a folder you can write to with --data-dir or OPD_DATA_DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/calendar_export.py" line="193"/>
        <source>No calendar file written: {what}. Schedule a conversation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/demo.py" line="172"/>
        <source>{data_dir} holds real data; the demo never writes over it. Choose an empty folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/documents/export.py" line="26"/>
        <source>There is no check-in yet; schedule one after conversation 7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/documents/export.py" line="34"/>
        <source>{number} is not a conversation; use 1 to 7 or checkin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/documents/export.py" line="60"/>
        <source>{kind} is not a document; choose one of {join}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/documents/plan_doc.py" line="21"/>
        <source>{name} has no development plan yet; start one in conversation 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/documents/worksheet.py" line="42"/>
        <source>Say which conversation the worksheet is for: 1 to 7 or checkin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/documents/worksheet.py" line="53"/>
        <source>The guide of {label} has no worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/documents/worksheet.py" line="134"/>
        <source>That conversation belongs to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/rows.py" line="127"/>
        <source>There is no {what} with id {item_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/search.py" line="79"/>
        <source>Type something to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/series_summary.py" line="37"/>
        <source>{key} is not part of the series summary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../../src/opd_desktop/ui/feedback_panel.py" line="30"/>
        <source>Feedback on my leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/feedback_panel.py" line="50"/>
        <source>Ask for feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/feedback_panel.py" line="51"/>
        <source>Record their answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/feedback_panel.py" line="52"/>
        <source>Close commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/feedback_panel.py" line="53"/>
        <source>Kept or not…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/feedback_panel.py" line="55"/>
        <source>Whether you kept what you committed to (counted on the dashboard)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackStatus</name>
    <message>
        <location filename="../../src/opd_desktop/core/models.py" line="99"/>
        <source>Asked, not yet heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/models.py" line="100"/>
        <source>Commitments open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/models.py" line="101"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="43"/>
        <source>&amp;Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="44"/>
        <source>&amp;Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="45"/>
        <source>V&amp;alues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="46"/>
        <source>&amp;Priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/first_run.py" line="53"/>
        <source>OPD — Optimizing Performance and Development — is a series of seven conversations you hold with each person on your team. Each builds on the one before: who they are and what they want, the organization and your department, your expectations and theirs, then a development plan you agree together. Hold them two or three weeks apart, then keep going with regular check-ins.

The seven take about %n hours per person over three or four months. The app prepares each one, keeps your notes private unless you share them, and prints what the employee may see.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="77"/>
        <source>Welcome to OPD Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="95"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="96"/>
        <source>&amp;Skip this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="97"/>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="226"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="122"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="128"/>
        <source>Three short steps follow: your name, your team and your organization. Skip any of them; Preferences and the team overview have them all later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="138"/>
        <source>Look around the demo team first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="139"/>
        <source>Opens an invented team in a folder of its own; your own data stays apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="149"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="150"/>
        <source>Documents for your team end with your name, as in “For Zoë and Sam”. Without it they say “their manager”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="158"/>
        <source>As your team knows you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="159"/>
        <source>Your na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="166"/>
        <source>Your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="167"/>
        <source>Add the people who report to you, one by one or from a spreadsheet saved as CSV (a name per row; role, team and start date if you have them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="174"/>
        <source>&amp;Add a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="175"/>
        <source>&amp;Import a CSV file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="182"/>
        <source>Your team so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="192"/>
        <source>Your organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="193"/>
        <source>Conversation 2 shows every person where the organization is going. Write its mission, vision, values and priorities once, in your own words; edit them any time under Organization on the team overview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="222"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="224"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="229"/>
        <source>Step %1 of 3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowthroughPage</name>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="47"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="240"/>
        <source>Not yet shared back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="243"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalOutcome</name>
    <message>
        <location filename="../../src/opd_desktop/services/outcomes.py" line="27"/>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/outcomes.py" line="28"/>
        <source>Partly achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/outcomes.py" line="29"/>
        <source>Not achieved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../src/opd_desktop/ui/handover_dialog.py" line="37"/>
        <source>Handover files (*{suffix});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/handover_dialog.py" line="55"/>
        <source>Hand over {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/handover_dialog.py" line="56"/>
        <source>Hand over {name} to another manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/handover_dialog.py" line="59"/>
        <source>This writes {name}&apos;s record into one file: the journey, shared notes and recaps, profile, development plan with its versions, follow-through and metrics. Their new manager imports it into their own OPD Desktop (File → Import a handed-over report…), next to their team. Nothing here changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/handover_dialog.py" line="69"/>
        <source>Include my &amp;private notes (preparation, conversation summaries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/handover_dialog.py" line="76"/>
        <source>Warning: the new manager will be able to read everything you wrote for yourself about {name}. Leave this off unless they should.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/handover_dialog.py" line="86"/>
        <source>&amp;Encrypt the file with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/handover_dialog.py" line="95"/>
        <source>Pass&amp;phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/handover_dialog.py" line="96"/>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/handover_dialog.py" line="99"/>
        <source>Tell the new manager the passphrase another way than the file (in person or by phone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/handover_dialog.py" line="109"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/handover_dialog.py" line="113"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/handover_dialog.py" line="125"/>
        <source>&amp;Write file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/handover_dialog.py" line="147"/>
        <source>The file will hold {counts}. It includes your private notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/handover_dialog.py" line="151"/>
        <source>The file will hold {counts}. Your private notes stay out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/handover_dialog.py" line="160"/>
        <source>Hand over to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/handover_dialog.py" line="183"/>
        <source>Choose where to write the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/handover_dialog.py" line="192"/>
        <source>Writing the handover file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeldTime</name>
    <message>
        <location filename="../../src/opd_desktop/ui/held_time.py" line="29"/>
        <location filename="../../src/opd_desktop/ui/held_time.py" line="58"/>
        <source>Held at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/held_time.py" line="35"/>
        <source>When the conversation took place; it cannot be later than now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/held_time.py" line="41"/>
        <source>Correct held time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/held_time.py" line="43"/>
        <source>Save the date and time above as when it was held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/held_time.py" line="60"/>
        <source>Held at (when you mark it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../src/opd_desktop/ui/help_dialogs.py" line="34"/>
        <location filename="../../src/opd_desktop/ui/help_dialogs.py" line="42"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/help_dialogs.py" line="40"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/help_dialogs.py" line="40"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/help_dialogs.py" line="58"/>
        <location filename="../../src/opd_desktop/ui/help_dialogs.py" line="84"/>
        <location filename="../../src/opd_desktop/ui/help_dialogs.py" line="88"/>
        <source>The method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/help_dialogs.py" line="61"/>
        <source>Seven conversations with each person, each building on the one before, usually two to three weeks apart; then regular check-ins keep the plan alive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/help_dialogs.py" line="71"/>
        <source>about %n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../src/opd_desktop/ui/home_page.py" line="55"/>
        <source>{date}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/home_page.py" line="62"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/home_page.py" line="63"/>
        <source>Conversation {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/home_page.py" line="137"/>
        <source>Your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/home_page.py" line="146"/>
        <source>Your team appears here: who you meet today and this week, what is overdue, and what waits for an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/home_page.py" line="151"/>
        <source>Add a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/home_page.py" line="234"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/home_page.py" line="238"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/home_page.py" line="248"/>
        <source>No conversation today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/home_page.py" line="251"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/home_page.py" line="256"/>
        <source>Nothing planned in the next seven days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/home_page.py" line="260"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/home_page.py" line="266"/>
        <source>{what} · planned {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/home_page.py" line="276"/>
        <source>{item} · {owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/home_page.py" line="285"/>
        <source>Nothing is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/home_page.py" line="289"/>
        <source>Needs a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/home_page.py" line="290"/>
        <source>Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/home_page.py" line="295"/>
        <source>{what} · {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/home_page.py" line="303"/>
        <source>Everyone has a next conversation on the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/home_page.py" line="307"/>
        <source>Ideas waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/home_page.py" line="312"/>
        <source>{idea} · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/home_page.py" line="320"/>
        <source>No idea is waiting for senior management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/home_page.py" line="327"/>
        <source>Open action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/home_page.py" line="341"/>
        <source>No open action items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/home_page.py" line="356"/>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/home_page.py" line="361"/>
        <source>Who is where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/home_page.py" line="366"/>
        <source> +{count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/home_page.py" line="376"/>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdeaOutcome</name>
    <message>
        <location filename="../../src/opd_desktop/core/ideas.py" line="25"/>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/ideas.py" line="26"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/ideas.py" line="27"/>
        <source>Parked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdeaStatus</name>
    <message>
        <location filename="../../src/opd_desktop/core/models.py" line="83"/>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/models.py" line="84"/>
        <source>With senior management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/models.py" line="85"/>
        <source>Feedback received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/models.py" line="86"/>
        <source>Shared back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/models.py" line="87"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/models.py" line="88"/>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdeasPanel</name>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="216"/>
        <source>{status} · {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="220"/>
        <source>{status} into #{idea}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="231"/>
        <source>Take to senior management…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="232"/>
        <source>Record their feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="233"/>
        <source>Share back with the employee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="238"/>
        <source>Ideas for senior management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="246"/>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="316"/>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="247"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="248"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="249"/>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="331"/>
        <source>Taken to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="250"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="254"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="260"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="261"/>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="307"/>
        <source>Next step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="262"/>
        <source>Drop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="263"/>
        <source>Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="289"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="315"/>
        <source>Add an idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="333"/>
        <source>Who in senior management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="335"/>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="350"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="342"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="347"/>
        <source>What they said (the reason, if declined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="354"/>
        <source>Shared on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="365"/>
        <source>Drop the idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="368"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="370"/>
        <source>e.g. already covered by the newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="387"/>
        <source>There is no other open idea to merge this one into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="393"/>
        <source>Merge into another idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="395"/>
        <source>{idea}

The idea you choose keeps this employee&apos;s credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="399"/>
        <source>Merge into</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemStatus</name>
    <message>
        <location filename="../../src/opd_desktop/core/models.py" line="52"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/models.py" line="53"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/models.py" line="54"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyModel</name>
    <message>
        <location filename="../../src/opd_desktop/ui/models.py" line="41"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/models.py" line="42"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/models.py" line="43"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/models.py" line="44"/>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/models.py" line="45"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/models.py" line="46"/>
        <source>Needs a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/models.py" line="309"/>
        <location filename="../../src/opd_desktop/ui/models.py" line="336"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/models.py" line="311"/>
        <source>{number}. {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/models.py" line="318"/>
        <location filename="../../src/opd_desktop/ui/models.py" line="343"/>
        <source>{status} · {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/models.py" line="324"/>
        <source>Not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/models.py" line="325"/>
        <source>Planned · {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/models.py" line="354"/>
        <source>Done on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/models.py" line="358"/>
        <source>Held on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/models.py" line="362"/>
        <source>Planned for {date} ({relative})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/models.py" line="366"/>
        <source>Planned for {date}, not yet held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/models.py" line="370"/>
        <source>Skipped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadershipFeedbackPanel</name>
    <message>
        <location filename="../../src/opd_desktop/ui/feedback_panel.py" line="34"/>
        <source>I asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/feedback_panel.py" line="35"/>
        <source>They said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/feedback_panel.py" line="36"/>
        <source>My response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/feedback_panel.py" line="37"/>
        <source>I committed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/feedback_panel.py" line="38"/>
        <location filename="../../src/opd_desktop/ui/feedback_panel.py" line="170"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/feedback_panel.py" line="39"/>
        <source>Kept?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/feedback_panel.py" line="101"/>
        <source>Ask for feedback on my leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/feedback_panel.py" line="105"/>
        <source>What I asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/feedback_panel.py" line="120"/>
        <source>Their feedback and my response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/feedback_panel.py" line="122"/>
        <source>I asked: {request}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/feedback_panel.py" line="128"/>
        <source>They said · {audience}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/feedback_panel.py" line="136"/>
        <source>My response · {audience}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/feedback_panel.py" line="143"/>
        <source>I commit to · {audience}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/feedback_panel.py" line="164"/>
        <source>Did I keep my commitment?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainContent</name>
    <message>
        <location filename="../../forms/main_window.ui" line="24"/>
        <source>Team overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="25"/>
        <source>Who is where, what is due and what is waiting (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="30"/>
        <source>Filter by name, role or team (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="48"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="48"/>
        <source>Add a direct report (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="49"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="50"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="55"/>
        <source>Show archived reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/opd_desktop/ui/main_window.py" line="58"/>
        <location filename="../../src/opd_desktop/ui/main_window.py" line="402"/>
        <source>OPD Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/main_window.py" line="63"/>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/roster_panel.py" line="31"/>
        <source>Direct reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/window_menus.py" line="23"/>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/window_menus.py" line="24"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/window_menus.py" line="25"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/window_menus.py" line="28"/>
        <source>Prepare tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/window_menus.py" line="29"/>
        <source>Conduct tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/window_menus.py" line="30"/>
        <source>Wrap-up tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/window_menus.py" line="61"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/window_menus.py" line="63"/>
        <source>&amp;New report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/window_menus.py" line="64"/>
        <source>&amp;Edit report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/window_menus.py" line="66"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/window_menus.py" line="68"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/window_menus.py" line="70"/>
        <source>&amp;Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/window_menus.py" line="72"/>
        <source>Back up &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/window_menus.py" line="73"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/window_menus.py" line="75"/>
        <source>Backup &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/window_menus.py" line="77"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/window_menus.py" line="79"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/window_menus.py" line="81"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/window_menus.py" line="84"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/window_menus.py" line="86"/>
        <source>Team &amp;overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/window_menus.py" line="87"/>
        <source>&amp;Filter reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/window_menus.py" line="88"/>
        <source>&amp;Next report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/window_menus.py" line="89"/>
        <source>&amp;Previous report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/window_menus.py" line="92"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/window_menus.py" line="96"/>
        <source>Next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/window_menus.py" line="98"/>
        <source>Previous conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/window_menus.py" line="101"/>
        <source>&amp;Quick capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/window_menus.py" line="104"/>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/window_menus.py" line="111"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/window_menus.py" line="114"/>
        <source>The &amp;method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/window_menus.py" line="115"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/window_menus.py" line="117"/>
        <source>&amp;About OPD Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/main_window.py" line="318"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/main_window.py" line="320"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/archive_dialog.py" line="23"/>
        <source>Archive report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/archive_dialog.py" line="25"/>
        <source>Archive {name}? Their notes stay; you can restore them with “Show archived reports”. Why and when they left counts towards retention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/archive_dialog.py" line="33"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/archive_dialog.py" line="38"/>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/main_window.py" line="361"/>
        <source>Choose a report first: Ctrl+P prints the agenda of the open conversation or the development plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/main_window.py" line="405"/>
        <source>Saved at {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/main_window.py" line="409"/>
        <source>Not saved — retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/main_window.py" line="411"/>
        <source>Could not save: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/main_window.py" line="417"/>
        <source>Not saved — retrying. Could not save: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/main_window.py" line="518"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/main_window.py" line="519"/>
        <source>Your latest changes could not be saved. Close anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManagerName</name>
    <message>
        <location filename="../../src/opd_desktop/ui/manager_name.py" line="22"/>
        <source>Your name on the employee&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/manager_name.py" line="23"/>
        <source>Documents for your team end with “For {employee} and {you}”.
Your name as your team knows it (asked once; the documents say &apos;their manager&apos; without it):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Measure</name>
    <message>
        <location filename="../../src/opd_desktop/core/measures.py" line="27"/>
        <source>not enough data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/measures.py" line="29"/>
        <source>{value}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/measures.py" line="31"/>
        <source>{value} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/measures.py" line="36"/>
        <source>{value} ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/measures.py" line="41"/>
        <source>{part} of {whole}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/measures.py" line="77"/>
        <source>Conversations held on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/measures.py" line="79"/>
        <source>Median days late (when late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/measures.py" line="80"/>
        <source>{count} late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/measures.py" line="81"/>
        <source>Conversations skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/measures.py" line="89"/>
        <source>cadence {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/measures.py" line="96"/>
        <source>Median days between conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/measures.py" line="98"/>
        <source>Gaps within the cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/measures.py" line="116"/>
        <source>Employee&apos;s action items done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/measures.py" line="117"/>
        <source>Employee&apos;s action items done by the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/measures.py" line="120"/>
        <source>Your action items done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/measures.py" line="121"/>
        <source>Your action items done by the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/measures.py" line="141"/>
        <source>{part} of {whole} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/measures.py" line="166"/>
        <source>Ideas taken to senior management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/measures.py" line="168"/>
        <source>Ideas answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/measures.py" line="169"/>
        <source>{part} of {whole} taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/measures.py" line="170"/>
        <source>Median days to an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/measures.py" line="171"/>
        <source>Answers shared back with the employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/measures.py" line="173"/>
        <source>Ideas adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/measures.py" line="174"/>
        <source>of {whole} answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/measures.py" line="175"/>
        <source>Ideas dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/measures.py" line="176"/>
        <source>Ideas merged into another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/measures.py" line="189"/>
        <source>Leadership commitments kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/measures.py" line="190"/>
        <source>{part} of {whole} decided, {open} open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/measures.py" line="198"/>
        <source>Plan goals achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/measures.py" line="199"/>
        <source>{part} of {whole} with an outcome, {partly} partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/measures.py" line="206"/>
        <source>Conversation 1 to a final plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/measures.py" line="207"/>
        <source>final plans: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/measures.py" line="239"/>
        <source>Still on the team {months} months after conversation 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <location filename="../../src/opd_desktop/services/dashboard.py" line="54"/>
        <source>target {target} (reached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/dashboard.py" line="57"/>
        <source>target {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/metrics.py" line="49"/>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/metrics.py" line="50"/>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricCapture</name>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_capture.py" line="37"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_capture.py" line="39"/>
        <source>Date of the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_capture.py" line="44"/>
        <source>Measured on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_capture.py" line="46"/>
        <source>Record values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_capture.py" line="49"/>
        <source>Define a metric…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_capture.py" line="60"/>
        <source>No metric agreed yet: define one, then record its baseline here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_capture.py" line="99"/>
        <source>last {value} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_capture.py" line="103"/>
        <source>no value yet: the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_capture.py" line="126"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_capture.py" line="107"/>
        <source>New value of {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricCard</name>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="59"/>
        <source>better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="60"/>
        <source>worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="61"/>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="62"/>
        <source>baseline only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="73"/>
        <source>agreed in conversation {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/return_page.py" line="80"/>
        <source>average of %n report(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="85"/>
        <source>this report only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="102"/>
        <source>No values yet: record the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="104"/>
        <source>&lt;b&gt;Baseline:&lt;/b&gt; {baseline} — baseline only; a trend appears once a second value is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="109"/>
        <source>&lt;b&gt;Baseline → latest:&lt;/b&gt; {baseline} → {latest} ({change}, &lt;b&gt;{verdict}&lt;/b&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricDialogs</name>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_dialogs.py" line="23"/>
        <source>Define an agreed metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_dialogs.py" line="25"/>
        <source>Agree it with the employee (conversation 1 or 4 usually), then record its baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_dialogs.py" line="32"/>
        <source>Start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_dialogs.py" line="36"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_dialogs.py" line="38"/>
        <source>e.g. Tickets resolved per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_dialogs.py" line="42"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_dialogs.py" line="44"/>
        <source>e.g. per week, days, score 1–5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_dialogs.py" line="48"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_dialogs.py" line="53"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_dialogs.py" line="55"/>
        <source>optional, e.g. 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_dialogs.py" line="58"/>
        <source>How it is measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_dialogs.py" line="63"/>
        <location filename="../../src/opd_desktop/ui/metric_dialogs.py" line="141"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_dialogs.py" line="68"/>
        <source>Agreed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_dialogs.py" line="71"/>
        <source>Conversation {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_dialogs.py" line="131"/>
        <source>No metric yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_dialogs.py" line="132"/>
        <source>Define a metric first, then record its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_dialogs.py" line="135"/>
        <source>Record a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_dialogs.py" line="136"/>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_dialogs.py" line="146"/>
        <location filename="../../src/opd_desktop/ui/metric_dialogs.py" line="187"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_dialogs.py" line="148"/>
        <source>a number, e.g. 3.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_dialogs.py" line="152"/>
        <location filename="../../src/opd_desktop/ui/metric_dialogs.py" line="190"/>
        <source>Measured on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_dialogs.py" line="158"/>
        <location filename="../../src/opd_desktop/ui/metric_dialogs.py" line="194"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_dialogs.py" line="160"/>
        <source>optional, e.g. pulse survey of March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_dialogs.py" line="181"/>
        <source>Correct a value of {metric}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_dialogs.py" line="183"/>
        <source>The old value stays in the history, marked corrected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricRecorder</name>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_capture.py" line="113"/>
        <source>Recorded in this conversation: {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_capture.py" line="140"/>
        <source>Type a value next to a metric first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_capture.py" line="149"/>
        <source>{metric}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Organization</name>
    <message>
        <location filename="../../src/opd_desktop/core/organization.py" line="9"/>
        <source>Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/organization.py" line="10"/>
        <source>Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/organization.py" line="11"/>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/organization.py" line="12"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/organization.py" line="13"/>
        <source>Priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/organization.py" line="14"/>
        <source>Change initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/organization.py" line="15"/>
        <source>How the changes touch our department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/organization.py" line="19"/>
        <source>Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/organization.py" line="20"/>
        <source>Upcoming changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/organization.py" line="21"/>
        <source>Challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/organization.py" line="22"/>
        <source>Performance metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/organization.py" line="23"/>
        <source>My expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/organization.py" line="24"/>
        <source>My priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/organization.py" line="25"/>
        <source>My challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/organization.py" line="26"/>
        <source>About me as a person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationPage</name>
    <message>
        <location filename="../../src/opd_desktop/ui/organization_page.py" line="20"/>
        <source>Shown in conversation 2 (Strengthening Commitment to the Organization) for every report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/organization_page.py" line="24"/>
        <source>Shown in conversation 3 (Aligning on the Department and Manager&apos;s Expectations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/organization_page.py" line="41"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/organization_page.py" line="43"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../src/opd_desktop/ui/passphrase_dialog.py" line="30"/>
        <source>Backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/passphrase_dialog.py" line="35"/>
        <source>No keyring is available to remember the backup passphrase, so it is kept in memory until you quit. Keep it somewhere safe: without it a backup cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/passphrase_dialog.py" line="41"/>
        <source>The passphrase this backup was made with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/passphrase_dialog.py" line="53"/>
        <source>at least {MIN_LENGTH} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/passphrase_dialog.py" line="57"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/passphrase_dialog.py" line="61"/>
        <source>&amp;Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/passphrase_dialog.py" line="72"/>
        <source>Use passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/passphrase_dialog.py" line="74"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/passphrase_dialog.py" line="95"/>
        <source>Type the passphrase, or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="55"/>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="250"/>
        <source>Development plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="62"/>
        <source>Earlier versions stay readable after a revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="74"/>
        <source>Start the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="75"/>
        <source>Finalize…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="76"/>
        <source>Revise (new version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="77"/>
        <source>Start the next plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="78"/>
        <source>Plan PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="80"/>
        <source>Goals, actions, commitments and signature lines (Ctrl+P to print)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="96"/>
        <source>Period and accountability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="102"/>
        <source>Pick a date, or type it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="216"/>
        <source>Version {version} · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="106"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_tree.py" line="21"/>
        <source>Goal / action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_tree.py" line="24"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_tree.py" line="49"/>
        <source>{text}  · proposed by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_tree.py" line="55"/>
        <source>{percent}% done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_tree.py" line="56"/>
        <source>{percent}% done · {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="70"/>
        <source>%p% of actions done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="108"/>
        <source>Save period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="113"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="118"/>
        <source>Period (3–6 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="119"/>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="124"/>
        <source>Check-ins every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="128"/>
        <source>What the employee commits to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="131"/>
        <source>What I commit to (support, time, introductions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="135"/>
        <source>The employee commits to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="136"/>
        <source>I commit to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="146"/>
        <source>Goals and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="149"/>
        <source>Focus on development in the current job. Link each goal to a strength or aspiration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="161"/>
        <source>Select a goal or action to see why it matters and the support it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="168"/>
        <source>Selected action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="171"/>
        <source>Add goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="172"/>
        <source>Add action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="173"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="176"/>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="181"/>
        <source>Drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="186"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="190"/>
        <source>Goal outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="252"/>
        <source>No plan yet. It is started in conversation 5, built in 6 and finalized in 7 for the next three to six months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="261"/>
        <source>Development plan — version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="287"/>
        <source>{start} to {end} ({months} months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="295"/>
        <source>finalized {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="302"/>
        <source>version {version} stays in force until this one is finalized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_tree.py" line="84"/>
        <source>Why: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_tree.py" line="85"/>
        <source>Success measure: {measure}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_dialogs.py" line="64"/>
        <location filename="../../src/opd_desktop/ui/plan_tree.py" line="97"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_tree.py" line="105"/>
        <source>Support needed: {support}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="325"/>
        <source>Select a goal or action to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="348"/>
        <source>Development plan v{version} · Employee&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="351"/>
        <source>Development plan {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="395"/>
        <source>Plan period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="408"/>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_dialogs.py" line="19"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_dialogs.py" line="21"/>
        <source>What they will develop in the current job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_dialogs.py" line="25"/>
        <source>Builds on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_dialogs.py" line="29"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_dialogs.py" line="32"/>
        <source>Success measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_dialogs.py" line="37"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="421"/>
        <source>Add a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_dialogs.py" line="54"/>
        <source>For goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_dialogs.py" line="58"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_dialogs.py" line="61"/>
        <location filename="../../src/opd_desktop/ui/plan_tree.py" line="22"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_dialogs.py" line="63"/>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_dialogs.py" line="69"/>
        <location filename="../../src/opd_desktop/ui/plan_tree.py" line="23"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_dialogs.py" line="73"/>
        <source>Support needed from me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="440"/>
        <source>Add a goal first; every action serves a goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="446"/>
        <source>Add an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="471"/>
        <source>Edit goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="487"/>
        <source>Edit action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="506"/>
        <source>Delete the goal “{title}” and its actions?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="510"/>
        <source>Delete the action “{text}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="528"/>
        <source>Select a goal in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="532"/>
        <source>Goal outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="534"/>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="537"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="546"/>
        <source>Select an action in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="174"/>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="515"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanStatus</name>
    <message>
        <location filename="../../src/opd_desktop/core/plan_status.py" line="22"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/plan_status.py" line="23"/>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/plan_status.py" line="24"/>
        <source>Replaced by a later version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="43"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="44"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="45"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="54"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="59"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="62"/>
        <source>As your team knows you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="64"/>
        <source>Printed on every document your team receives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="66"/>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="69"/>
        <source>Scheduling and reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="79"/>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="83"/>
        <source>The time of the last conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="89"/>
        <source>Usual meeting time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="94"/>
        <source>Usual meeting &amp;time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="95"/>
        <source>Remind me the &amp;day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="97"/>
        <source>Remind me an &amp;hour before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="100"/>
        <source>A one-line &amp;summary of what is due when the app starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="105"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="109"/>
        <source>How often you meet each person is set per person: File → Cadence of this report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="119"/>
        <source>Screen and paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="125"/>
        <source>T&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="129"/>
        <source> lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="131"/>
        <source>Ruled lines printed under each agenda item, for notes by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="136"/>
        <source>&amp;Writing space on agendas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="141"/>
        <source>&amp;Backup settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrepareTab</name>
    <message>
        <location filename="../../src/opd_desktop/ui/prepare_tab.py" line="37"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/prepare_tab.py" line="38"/>
        <source>Both of you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/prepare_tab.py" line="67"/>
        <source>Mark this step done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/prepare_tab.py" line="82"/>
        <source>{person}: {task}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/prepare_tab.py" line="99"/>
        <source>What this conversation achieves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/prepare_tab.py" line="102"/>
        <source>Preparation checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/prepare_tab.py" line="108"/>
        <source>Carried in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/prepare_tab.py" line="135"/>
        <source>Preparation notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/prepare_tab.py" line="138"/>
        <source>Only you see these; they never appear on the employee&apos;s copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/prepare_tab.py" line="143"/>
        <source>What do you want to remember going in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/prepare_tab.py" line="164"/>
        <source>exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/prepare_tab.py" line="165"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/prepare_tab.py" line="174"/>
        <source>Record the agreed metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/prepare_tab.py" line="180"/>
        <source>{first}’s worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/prepare_tab.py" line="182"/>
        <source>Send {first} the worksheet (next to the agenda above). When it comes back filled in, import it: each answer goes where it belongs, credited to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/prepare_tab.py" line="188"/>
        <source>Import {first}’s worksheet…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../src/opd_desktop/ui/documents.py" line="129"/>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/documents.py" line="131"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/documents.py" line="140"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/documents.py" line="153"/>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/documents.py" line="168"/>
        <source>Building {document}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileKind</name>
    <message>
        <location filename="../../src/opd_desktop/services/profile.py" line="21"/>
        <source>CliftonStrengths themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/profile.py" line="22"/>
        <source>Strengths in their own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/profile.py" line="23"/>
        <source>Preferences for their work experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/profile.py" line="24"/>
        <source>Aspirations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/profile.py" line="25"/>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/profile.py" line="26"/>
        <source>Career history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="82"/>
        <source>Type and press Enter to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="85"/>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="270"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="134"/>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="235"/>
        <source>CliftonStrengths themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="164"/>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="165"/>
        <source>Their ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="139"/>
        <source>Move the employee&apos;s top {TOP_COUNT} themes (or all {all}) to the right, in the order of their report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="224"/>
        <source>Filled in during conversations 1 and 5 and recapped in 6. Double-click an entry to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="238"/>
        <source>Choose themes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="249"/>
        <source>Career history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="265"/>
        <source>Add role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="267"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="290"/>
        <source>Not taken yet. The assessment is optional; if they take it, record their top five here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="204"/>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="326"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="328"/>
        <source>Title and organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="205"/>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="332"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="206"/>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="336"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="207"/>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="339"/>
        <source>Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="208"/>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="343"/>
        <source>What they learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="349"/>
        <source>Add a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="368"/>
        <source>Edit role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Purge</name>
    <message>
        <location filename="../../src/opd_desktop/services/purge.py" line="44"/>
        <source>{path}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/purge.py" line="56"/>
        <source>{when}  {file} — retention removes it around {removed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/purge.py" line="59"/>
        <source>{when}  {file} — automatic backups are off, so it stays until you delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/purge.py" line="73"/>
        <source>Deleted {name} permanently ({rows:,} rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/purge.py" line="177"/>
        <source>could not be read or cleaned ({error}); it may still hold {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/purge.py" line="213"/>
        <source>deleted (it held {name} and no one else&apos;s reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/purge.py" line="227"/>
        <source>{name} removed; other reports it keeps: {others}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../src/opd_desktop/ui/purge_dialog.py" line="37"/>
        <source>Delete {name} permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/purge_dialog.py" line="40"/>
        <source>Delete {name} permanently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/purge_dialog.py" line="43"/>
        <source>This removes {name} and everything about them from this computer: every conversation, private and shared note, the profile, the plan and its versions, the follow-through and the metrics. It cannot be undone. If you may need the record again, archive them instead, or hand it over first (Report → Hand over…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/purge_dialog.py" line="50"/>
        <source>&amp;Type {name} to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/purge_dialog.py" line="64"/>
        <source>&amp;Delete permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/purge_dialog.py" line="85"/>
        <source>Deleting permanently and compacting the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/purge_dialog.py" line="106"/>
        <source>Deleted permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/purge_dialog.py" line="113"/>
        <source>Their words are gone from the database files; the database was compacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/purge_dialog.py" line="120"/>
        <source>Copies kept beside the database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/purge_dialog.py" line="130"/>
        <source>%n backup(s) made while {name} was on your team still hold them (they are encrypted; the list comes from their dates):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/purge_dialog.py" line="143"/>
        <source>Deleting them also deletes the rest of your data as it was then. Make a new backup afterwards (Backup → Back up now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/purge_dialog.py" line="163"/>
        <source>No backup in your backup folder holds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/purge_dialog.py" line="171"/>
        <source>Delete backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/purge_dialog.py" line="173"/>
        <source>Delete %n backup file(s) for good?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/purge_dialog.py" line="185"/>
        <source>Deleted %n backup(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeResultDialog</name>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/purge_dialog.py" line="152"/>
        <source>Delete these %n backup(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuickCapture</name>
    <message>
        <location filename="../../src/opd_desktop/ui/quick_capture.py" line="36"/>
        <source>Nothing captured yet in this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/quick_capture.py" line="45"/>
        <source>Action for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/quick_capture.py" line="46"/>
        <source>Action for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/quick_capture.py" line="77"/>
        <source>{kind}: {text} · due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/quick_capture.py" line="81"/>
        <source>{kind}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/quick_capture.py" line="92"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/quick_capture.py" line="95"/>
        <source>Change the action, who owns it or its due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/quick_capture.py" line="125"/>
        <source>Quick capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/quick_capture.py" line="133"/>
        <source>What to capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/quick_capture.py" line="136"/>
        <source>Type and press Enter to capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/quick_capture.py" line="140"/>
        <source>The action item&apos;s due date (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/quick_capture.py" line="142"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/quick_capture.py" line="143"/>
        <source>&amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/quick_capture.py" line="145"/>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/quick_capture.py" line="188"/>
        <source>Type what you want to capture first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/quick_capture.py" line="205"/>
        <source>Edit the action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/quick_capture.py" line="206"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/quick_capture.py" line="209"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/quick_capture.py" line="213"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <location filename="../../src/opd_desktop/ui/reminders.py" line="167"/>
        <source>OPD Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/reminders.py" line="203"/>
        <source>{today}, {overdue}, {needs}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/reminders.py" line="208"/>
        <source>{today}, {needs}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/reminders.py" line="223"/>
        <source>In %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/reminders.py" line="227"/>
        <source>Today at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/reminders.py" line="229"/>
        <source>Tomorrow at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/reminders.py" line="230"/>
        <source>{conversation} with {person} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../src/opd_desktop/ui/reminders.py" line="61"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/reminders.py" line="64"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/reminders.py" line="119"/>
        <source>OPD Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../src/opd_desktop/ui/report_dialog.py" line="34"/>
        <source>Edit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/report_dialog.py" line="36"/>
        <source>Add a direct report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/report_dialog.py" line="58"/>
        <source>When they started in this job (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/report_dialog.py" line="71"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/report_dialog.py" line="73"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <location filename="../../forms/report_dialog.ui" line="6"/>
        <source>Direct report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_dialog.ui" line="11"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_dialog.ui" line="12"/>
        <source>Full name, as they write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_dialog.ui" line="13"/>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_dialog.ui" line="15"/>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_dialog.ui" line="17"/>
        <source>&amp;Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/report_dialog.ui" line="18"/>
        <source>YYYY-MM-DD (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../src/opd_desktop/ui/report_page.py" line="40"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/report_page.py" line="41"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/report_page.py" line="43"/>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/report_page.py" line="125"/>
        <source>Choose a conversation above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/report_page.py" line="180"/>
        <source>The seven conversations and the check-ins; arrows move, Enter opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/report_page.py" line="251"/>
        <source>since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/report_page.py" line="255"/>
        <source> · archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/report_page.py" line="257"/>
        <source> · overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/report_page.py" line="259"/>
        <location filename="../../src/opd_desktop/ui/report_page.py" line="264"/>
        <source>Stage: {label}{overdue}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/report_page.py" line="42"/>
        <source>Follow-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/report_page.py" line="39"/>
        <location filename="../../src/opd_desktop/ui/report_page.py" line="174"/>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnDashboard</name>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="182"/>
        <source>Team metrics are averaged over the reports measured; the measures below are worked out from what you already record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="188"/>
        <source>The metrics you agreed with this person (and the team&apos;s), from the baseline to the latest value, and what the app works out from your conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="197"/>
        <source>&amp;Define a metric…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="200"/>
        <source>&amp;Record a value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="206"/>
        <source>Return report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="211"/>
        <source>Ideas for senior management (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="247"/>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="248"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="249"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="250"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="251"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="258"/>
        <source>&amp;Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="259"/>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="421"/>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="432"/>
        <source>Select a current value in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="454"/>
        <source>The program&apos;s return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="466"/>
        <source>Ideas for the senior-management meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="174"/>
        <source>The program&apos;s return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="176"/>
        <source>Metrics and return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="229"/>
        <source>Measured by the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="238"/>
        <source>Values recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="240"/>
        <source>Show corrected and deleted values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="286"/>
        <source>Working out the team&apos;s figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="304"/>
        <source>The figures could not be worked out: {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="353"/>
        <source>No metric agreed yet. Define one (engagement and employee NPS have templates), then record the baseline before or at conversation 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="437"/>
        <source>Delete value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="438"/>
        <source>Delete the value {value} of {day}? It leaves the figures but stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RhythmController</name>
    <message>
        <location filename="../../src/opd_desktop/ui/rhythm_ui.py" line="182"/>
        <source>Choose a report first: the cadence is set per report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/rhythm_ui.py" line="190"/>
        <source>Cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/rhythm_ui.py" line="191"/>
        <source>Days between {name}&apos;s conversations (check-ins follow the cadence agreed in conversation 7):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RhythmHtml</name>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/rhythm_html.py" line="49"/>
        <source>…and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/rhythm_html.py" line="65"/>
        <source>Open agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/rhythm_html.py" line="74"/>
        <source>no conversation held yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/rhythm_html.py" line="77"/>
        <source>last conversation %n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/rhythm_html.py" line="89"/>
        <source>(not marked held)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/rhythm_html.py" line="94"/>
        <source>Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/rhythm_html.py" line="97"/>
        <source>Overdue ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/rhythm_html.py" line="102"/>
        <source>Needs a date ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/rhythm_html.py" line="110"/>
        <source>Today ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/rhythm_html.py" line="112"/>
        <source>No conversation today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/rhythm_html.py" line="114"/>
        <source>This week ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/rhythm_html.py" line="117"/>
        <source>Nothing planned in the next seven days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/rhythm_html.py" line="120"/>
        <source>Nothing is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/rhythm_html.py" line="124"/>
        <source>Every report has a next conversation or is within their cadence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RhythmSettingsDialog</name>
    <message>
        <location filename="../../src/opd_desktop/ui/rhythm_settings_dialog.py" line="31"/>
        <source>Schedule and reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/rhythm_settings_dialog.py" line="45"/>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/rhythm_settings_dialog.py" line="47"/>
        <source>The time of the last conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/rhythm_settings_dialog.py" line="56"/>
        <source>Usual meeting time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/rhythm_settings_dialog.py" line="61"/>
        <source>Suggested dates fall on a working day at this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/rhythm_settings_dialog.py" line="69"/>
        <source>&lt;b&gt;Reminders while the app is open&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/rhythm_settings_dialog.py" line="73"/>
        <source>The day before each conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/rhythm_settings_dialog.py" line="76"/>
        <source>An hour before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/rhythm_settings_dialog.py" line="79"/>
        <source>A one-line summary when the app starts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RhythmUi</name>
    <message>
        <location filename="../../src/opd_desktop/ui/rhythm_ui.py" line="67"/>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/rhythm_ui.py" line="70"/>
        <source>Find notes, recaps, action items, ideas, profiles and plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/rhythm_ui.py" line="76"/>
        <source>Export &amp;calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/rhythm_ui.py" line="79"/>
        <source>Schedule and &amp;reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/rhythm_ui.py" line="83"/>
        <source>Ca&amp;dence of this report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <location filename="../../src/opd_desktop/services/roster_import.py" line="30"/>
        <source>{file} ({encoding}, comma-separated): {to_add} to add, {already} already on your team, {invalid} invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/roster_import.py" line="34"/>
        <source>{file} ({encoding}, semicolon-separated): {to_add} to add, {already} already on your team, {invalid} invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/roster_import.py" line="39"/>
        <source>{file} ({encoding}, tab-separated): {to_add} to add, {already} already on your team, {invalid} invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/services/roster_import.py" line="43"/>
        <source>{file} ({encoding}, one column): {to_add} to add, {already} already on your team, {invalid} invalid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../../src/opd_desktop/ui/roster_import_dialog.py" line="32"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/roster_import_dialog.py" line="33"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/roster_import_dialog.py" line="34"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/roster_import_dialog.py" line="35"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/roster_import_dialog.py" line="36"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/roster_import_dialog.py" line="38"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/roster_import_dialog.py" line="44"/>
        <source>Import team from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/roster_import_dialog.py" line="57"/>
        <source>Import team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/roster_import_dialog.py" line="62"/>
        <source>Nothing is written until you choose Import. People already on your team are skipped; if any row is invalid, nobody is imported, so correct the file and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/roster_import_dialog.py" line="73"/>
        <source>&amp;Choose another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/roster_import_dialog.py" line="102"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/roster_import_dialog.py" line="117"/>
        <source>File: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/roster_import_dialog.py" line="133"/>
        <source>%n row(s) are invalid, so nobody will be imported. Correct them in the file, then choose it again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/roster_import_dialog.py" line="149"/>
        <source>{group} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/roster_import_dialog.py" line="164"/>
        <source>Invalid — nothing is imported until these are corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/roster_import_dialog.py" line="175"/>
        <source>Line {line}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/roster_import_dialog.py" line="182"/>
        <source>To add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/roster_import_dialog.py" line="188"/>
        <source>Already on your team — skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/roster_import_dialog.py" line="196"/>
        <source>Line {line}: {name} — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/roster_import_dialog.py" line="206"/>
        <source>Columns not used: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/roster_import_dialog.py" line="222"/>
        <source>&amp;Import %n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/roster_import_dialog.py" line="227"/>
        <source>{summary} Everyone in it is already on your team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/roster_import_dialog.py" line="235"/>
        <source>This file cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/roster_import_dialog.py" line="250"/>
        <source>Adding your team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/roster_import_dialog.py" line="252"/>
        <source>{problem} Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../src/opd_desktop/ui/models.py" line="69"/>
        <source>needs a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/models.py" line="103"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/models.py" line="104"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/models.py" line="105"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/models.py" line="106"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/models.py" line="220"/>
        <source>{name} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/models.py" line="241"/>
        <source>The planned conversation is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/models.py" line="245"/>
        <source>Nothing is scheduled and the cadence has run out: schedule the next conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/models.py" line="253"/>
        <source>%n open action item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../src/opd_desktop/ui/schedule_dialog.py" line="37"/>
        <source>Schedule conversation {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/schedule_dialog.py" line="41"/>
        <source>Schedule the next check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/schedule_dialog.py" line="48"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;: schedule conversation {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/schedule_dialog.py" line="52"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;: schedule the next check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/schedule_dialog.py" line="60"/>
        <source>Suggested from the last conversation held, the cadence, your working days and usual time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/schedule_dialog.py" line="78"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../src/opd_desktop/ui/search_dialog.py" line="69"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/search_dialog.py" line="74"/>
        <source>Search notes, recaps, action items, ideas, profiles and plans (accents optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/search_dialog.py" line="81"/>
        <location filename="../../src/opd_desktop/ui/search_dialog.py" line="107"/>
        <source>Type a word or the start of one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/search_dialog.py" line="116"/>
        <source>No matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/search_dialog.py" line="120"/>
        <source>%n match(es), newest first (the newest shown). Enter opens the selected one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/search_dialog.py" line="127"/>
        <source>%n match(es), newest first. Enter opens the selected one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesSummaryPanel</name>
    <message>
        <location filename="../../src/opd_desktop/ui/series_summary_panel.py" line="25"/>
        <source>Summary of the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/series_summary_panel.py" line="39"/>
        <source>Check-ins from here on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/series_summary_panel.py" line="43"/>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/series_summary_panel.py" line="48"/>
        <source>then every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/series_summary_panel.py" line="51"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/series_summary_panel.py" line="54"/>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/series_summary_panel.py" line="58"/>
        <source> check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/series_summary_panel.py" line="61"/>
        <source>Schedule check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/series_summary_panel.py" line="69"/>
        <source>Series summary PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/series_summary_panel.py" line="87"/>
        <source>Series summary · Employee&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/series_summary_panel.py" line="88"/>
        <source>Series summary {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/series_summary_panel.py" line="103"/>
        <source>%n check-in(s) scheduled, the last on {last}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../src/opd_desktop/ui/shortcuts.py" line="60"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../src/opd_desktop/core/stages.py" line="101"/>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/stages.py" line="102"/>
        <source>Check-ins ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/core/stages.py" line="103"/>
        <source>{number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <location filename="../../src/opd_desktop/ui/chips.py" line="70"/>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/chips.py" line="72"/>
        <source>Needs a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../src/opd_desktop/ui/team_page.py" line="14"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/team_page.py" line="15"/>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/team_page.py" line="16"/>
        <source>Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/team_page.py" line="17"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/team_page.py" line="18"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/team_page.py" line="19"/>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/team_page.py" line="63"/>
        <source>organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/team_page.py" line="66"/>
        <source>department</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TogetherMode</name>
    <message>
        <location filename="../../src/opd_desktop/ui/together_mode.py" line="27"/>
        <source>Together mode — OPD Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/together_mode.py" line="49"/>
        <source>&amp;Together mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/together_mode.py" line="53"/>
        <source>Show only what the employee may see, for a shared screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/together_mode.py" line="75"/>
        <source>Open a conversation first; together mode shows that conversation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TogetherView</name>
    <message>
        <location filename="../../src/opd_desktop/ui/together_view.py" line="66"/>
        <source>&lt;b&gt;Together mode&lt;/b&gt; — showing only what you and {first_name} both see. Notes typed here are shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/together_view.py" line="74"/>
        <source>Leave together mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/together_view.py" line="76"/>
        <source>Back to your full view (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/together_view.py" line="88"/>
        <source>Agenda timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/together_view.py" line="90"/>
        <location filename="../../src/opd_desktop/ui/together_view.py" line="129"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/together_view.py" line="92"/>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/together_view.py" line="127"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/together_view.py" line="138"/>
        <source>Conversation {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/together_view.py" line="142"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/together_view.py" line="152"/>
        <source>Where we are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/together_view.py" line="156"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/together_view.py" line="161"/>
        <source>{title}  ·  {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/together_view.py" line="174"/>
        <source>Notes on {item} (shared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/together_view.py" line="180"/>
        <source>Notes we take together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/together_view.py" line="184"/>
        <source>Anything you agree on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/together_view.py" line="220"/>
        <source>Recap for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/together_view.py" line="224"/>
        <source>What we discussed and agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/together_view.py" line="230"/>
        <source>Agreed next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/together_view.py" line="232"/>
        <source>Who does what before next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/together_view.py" line="239"/>
        <source>Agreed next steps can be written after together mode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrapUpFields</name>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_fields.py" line="37"/>
        <source>Written to {name}: what you discussed, what you agreed, who does what next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_fields.py" line="63"/>
        <source>Who does what before the next conversation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_fields.py" line="90"/>
        <source>What did you cover, agree and learn? What do you want to remember?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrapUpTab</name>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_tab.py" line="145"/>
        <source>Skip conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_tab.py" line="146"/>
        <source>Why is it skipped? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_tab.py" line="164"/>
        <source>{next} — scheduled for {when}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrapupFields</name>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_fields.py" line="45"/>
        <source>Recap for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_fields.py" line="51"/>
        <source>{name} reads this at the top of the next agenda. Write it to them, in words you would say out loud; leave it empty and the next agenda says nothing about this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_fields.py" line="70"/>
        <source>Agreed next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_fields.py" line="73"/>
        <source>Share with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_fields.py" line="76"/>
        <source>These next steps were written before notes had an audience, so they are kept to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_fields.py" line="96"/>
        <source>Your summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrapupTab</name>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_tab.py" line="43"/>
        <source>Closing the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_tab.py" line="57"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_tab.py" line="61"/>
        <source>Mark held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_tab.py" line="62"/>
        <source>Mark completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_tab.py" line="63"/>
        <source>Skip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_tab.py" line="64"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_tab.py" line="82"/>
        <source>Schedule what comes next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_tab.py" line="88"/>
        <source>Date and time of the next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_tab.py" line="93"/>
        <source>Suggested: the last conversation held plus the cadence, on a working day at your usual time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_tab.py" line="98"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_tab.py" line="175"/>
        <source>This conversation is &lt;b&gt;planned&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_tab.py" line="176"/>
        <source>This conversation is &lt;b&gt;held&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_tab.py" line="177"/>
        <source>This conversation is &lt;b&gt;completed&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_tab.py" line="178"/>
        <source>This conversation is &lt;b&gt;skipped&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_tab.py" line="120"/>
        <source>Next: conversation {nxt} — {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_tab.py" line="124"/>
        <source>Next: a check-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
