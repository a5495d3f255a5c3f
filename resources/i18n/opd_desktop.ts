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
        <location filename="../../src/opd_desktop/ui/about_dialog.py" line="102"/>
        <source>A private companion for the seven development conversations with each of your reports, and the check-ins after them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/about_dialog.py" line="118"/>
        <source>&amp;Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/about_dialog.py" line="138"/>
        <source>Qt {qt} · PySide6 {pyside} · Python {python}. The licences of everything included are on the Licences tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/about_dialog.py" line="154"/>
        <source>No file manager opened the folder. Its path is above: select it and copy it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../src/opd_desktop/ui/actions.py" line="163"/>
        <location filename="../../src/opd_desktop/ui/actions.py" line="220"/>
        <source>OPD Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudienceWidgets</name>
    <message>
        <location filename="../../src/opd_desktop/ui/audience_widgets.py" line="75"/>
        <source>Only you see this; it never appears on the employee&apos;s copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/audience_widgets.py" line="79"/>
        <source>Written for {first_name}: it appears on their copy of the documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/audience_widgets.py" line="96"/>
        <source>Who may read this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/audience_widgets.py" line="115"/>
        <source>Only you see this note. Click to share it with {first_name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/audience_widgets.py" line="119"/>
        <source>{first_name} sees this note on their agenda. Click to keep it to yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_settings.py" line="35"/>
        <source>Backup settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_settings.py" line="42"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_settings.py" line="48"/>
        <source>Back up once a day while the app is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_settings.py" line="51"/>
        <source>Back up when I close the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_settings.py" line="70"/>
        <source>at least {MIN_LENGTH} characters; leave empty to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_settings.py" line="80"/>
        <source>Keep the passphrase somewhere safe: without it a backup cannot be restored, on this computer or another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupUi</name>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_ui.py" line="141"/>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/backup_ui.py" line="227"/>
        <source>Cannot restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarUi</name>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/calendar_ui.py" line="48"/>
        <source>Wrote {name}: %n conversation(s). Import it into your calendar; importing again updates the same events.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
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
    <name>ConversationView</name>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_view.py" line="90"/>
        <source>&amp;Prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_view.py" line="91"/>
        <source>&amp;Conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_view.py" line="92"/>
        <source>&amp;Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_view.py" line="202"/>
        <source>Add to calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_view.py" line="204"/>
        <source>Save this conversation as a calendar file (.ics): the agenda outline only, no notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_view.py" line="212"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_view.py" line="217"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_view.py" line="222"/>
        <location filename="../../src/opd_desktop/ui/conversation_view.py" line="411"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_view.py" line="258"/>
        <source>A fillable PDF of the employee&apos;s pre-work for this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_view.py" line="266"/>
        <source>Together mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_view.py" line="268"/>
        <source>Show only what the employee may see, for a shared screen (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_view.py" line="348"/>
        <source>Worksheet imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_view.py" line="228"/>
        <source>Agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_view.py" line="230"/>
        <source>The agenda PDF, the employee&apos;s copy: only what is shared with them (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_view.py" line="237"/>
        <source>Prep brief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_view.py" line="239"/>
        <source>Your prep brief PDF, for you only: your preparation and every note so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_view.py" line="253"/>
        <source>Worksheet for {first}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_view.py" line="398"/>
        <source>{status}{detail} · the agenda takes {planned} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_view.py" line="409"/>
        <source>Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_view.py" line="441"/>
        <source>What this conversation achieves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_view.py" line="444"/>
        <source>Preparation checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_view.py" line="456"/>
        <source>Mark this step done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_view.py" line="469"/>
        <source>Carried in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_view.py" line="484"/>
        <source>{first}’s worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_view.py" line="489"/>
        <source>Send {first} the worksheet (next to the agenda above). When it comes back filled in, import it: each answer goes where it belongs, credited to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_view.py" line="498"/>
        <source>Import {first}’s worksheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_view.py" line="508"/>
        <source>Preparation notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_view.py" line="514"/>
        <source>Only you see these; they never appear on the employee&apos;s copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_view.py" line="552"/>
        <source>Open the development plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_view.py" line="555"/>
        <source>Goals, actions, support and the plan&apos;s period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_view.py" line="573"/>
        <source>{title}  ·  {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_view.py" line="597"/>
        <source>General notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/conversation_view.py" line="608"/>
        <source>Notes taken together</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataMenus</name>
    <message>
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="57"/>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="88"/>
        <source>Added %n person(s) to your team.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="118"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="119"/>
        <source>Wrote {path} ({summary}).

The file holds your private notes as readable text: keep it as safe as the app&apos;s own data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="169"/>
        <source>Import a handed-over report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="170"/>
        <source>{description}

Add them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="186"/>
        <source>Added {name} to your team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="207"/>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="209"/>
        <source>Wrote {path}.

{v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/data_menus.py" line="258"/>
        <source>Archived for more than {months} months: {names}. Consider Report → Delete permanently…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../src/opd_desktop/ui/documents.py" line="80"/>
        <source>Preview — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/documents.py" line="86"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; · %n page(s). Saving and printing use exactly these pages.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/documents.py" line="109"/>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/documents.py" line="110"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../../src/opd_desktop/ui/feedback_panel.py" line="29"/>
        <source>Feedback on my leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/feedback_panel.py" line="41"/>
        <source>Ask for feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/feedback_panel.py" line="42"/>
        <source>Record their answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/feedback_panel.py" line="43"/>
        <source>Close commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/feedback_panel.py" line="44"/>
        <source>Kept or not…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/feedback_panel.py" line="46"/>
        <source>Whether you kept what you committed to (counted on the dashboard)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="42"/>
        <source>&amp;Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="43"/>
        <source>&amp;Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="44"/>
        <source>V&amp;alues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="45"/>
        <source>&amp;Priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/first_run.py" line="52"/>
        <source>OPD — Optimizing Performance and Development — is a series of seven conversations you hold with each person on your team. Each builds on the one before: who they are and what they want, the organization and your department, your expectations and theirs, then a development plan you agree together. Hold them two or three weeks apart, then keep going with regular check-ins.

The seven take about %n hours per person over three or four months. The app prepares each one, keeps your notes private unless you share them, and prints what the employee may see.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="76"/>
        <source>Welcome to OPD Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="94"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="95"/>
        <source>&amp;Skip this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="96"/>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="225"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="121"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="127"/>
        <source>Three short steps follow: your name, your team and your organization. Skip any of them; Preferences and the team overview have them all later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="137"/>
        <source>Look around the demo team first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="138"/>
        <source>Opens an invented team in a folder of its own; your own data stays apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="148"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="149"/>
        <source>Documents for your team end with your name, as in “For Zoë and Sam”. Without it they say “their manager”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="157"/>
        <source>As your team knows you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="158"/>
        <source>Your na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="165"/>
        <source>Your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="166"/>
        <source>Add the people who report to you, one by one or from a spreadsheet saved as CSV (a name per row; role, team and start date if you have them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="173"/>
        <source>&amp;Add a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="174"/>
        <source>&amp;Import a CSV file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="181"/>
        <source>Your team so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="191"/>
        <source>Your organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="192"/>
        <source>Conversation 2 shows every person where the organization is going. Write its mission, vision, values and priorities once, in your own words; edit them any time under Organization on the team overview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="221"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="223"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/first_run.py" line="228"/>
        <source>Step %1 of 3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowthroughPage</name>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="39"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="191"/>
        <source>Not yet shared back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/followthrough_page.py" line="194"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../src/opd_desktop/ui/handover_dialog.py" line="47"/>
        <source>Hand over {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/handover_dialog.py" line="54"/>
        <source>Hand over {name} to another manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/handover_dialog.py" line="62"/>
        <source>This writes {name}&apos;s record into one file: the journey, shared notes and recaps, profile, development plan with its versions, follow-through and metrics. Their new manager imports it into their own OPD Desktop (File → Import a handed-over report…), next to their team. Nothing here changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/handover_dialog.py" line="72"/>
        <source>Include my &amp;private notes (preparation, conversation summaries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/handover_dialog.py" line="79"/>
        <source>Warning: the new manager will be able to read everything you wrote for yourself about {name}. Leave this off unless they should.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/handover_dialog.py" line="89"/>
        <source>&amp;Encrypt the file with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/handover_dialog.py" line="102"/>
        <source>Tell the new manager the passphrase another way than the file (in person or by phone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/handover_dialog.py" line="112"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/handover_dialog.py" line="116"/>
        <source>&amp;File:</source>
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
        <location filename="../../src/opd_desktop/ui/main_window.py" line="124"/>
        <location filename="../../src/opd_desktop/ui/main_window.py" line="544"/>
        <source>OPD Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/main_window.py" line="129"/>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/main_window.py" line="141"/>
        <source>Direct reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/main_window.py" line="239"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/main_window.py" line="246"/>
        <source>&amp;Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/main_window.py" line="251"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/main_window.py" line="254"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/main_window.py" line="260"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/main_window.py" line="288"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/main_window.py" line="447"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/main_window.py" line="449"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/main_window.py" line="547"/>
        <source>Saved at {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/main_window.py" line="553"/>
        <source>Could not save: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/main_window.py" line="647"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/main_window.py" line="648"/>
        <source>Your latest changes could not be saved. Close anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricCapture</name>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_capture.py" line="35"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_capture.py" line="37"/>
        <source>Date of the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_capture.py" line="42"/>
        <source>Measured on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_capture.py" line="44"/>
        <source>Record values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_capture.py" line="47"/>
        <source>Define a metric…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_capture.py" line="70"/>
        <source>No metric agreed yet: define one, then record its baseline here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_capture.py" line="81"/>
        <source>last {value} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_capture.py" line="85"/>
        <source>no value yet: the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_capture.py" line="89"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_capture.py" line="92"/>
        <source>New value of {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricDialogs</name>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_dialogs.py" line="97"/>
        <source>No metric yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/metric_dialogs.py" line="98"/>
        <source>Define a metric first, then record its values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationPage</name>
    <message>
        <location filename="../../src/opd_desktop/ui/organization_page.py" line="17"/>
        <source>Shown in conversation 2 (Strengthening Commitment to the Organization) for every report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/organization_page.py" line="21"/>
        <source>Shown in conversation 3 (Aligning on the Department and Manager&apos;s Expectations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/organization_page.py" line="38"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/organization_page.py" line="40"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../src/opd_desktop/ui/passphrase_dialog.py" line="28"/>
        <source>Backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/passphrase_dialog.py" line="46"/>
        <source>at least {MIN_LENGTH} characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="113"/>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="301"/>
        <source>Development plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="120"/>
        <source>Earlier versions stay readable after a revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="132"/>
        <source>Start the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="133"/>
        <source>Finalize…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="134"/>
        <source>Revise (new version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="135"/>
        <source>Start the next plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="136"/>
        <source>Plan PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="138"/>
        <source>Goals, actions, commitments and signature lines (Ctrl+P to print)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="154"/>
        <source>Period and accountability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="160"/>
        <source>Pick a date, or type it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="267"/>
        <source>Version {version} · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="164"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="166"/>
        <source>Save period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="171"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="199"/>
        <source>Goals and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="202"/>
        <source>Focus on development in the current job. Link each goal to a strength or aspiration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="224"/>
        <source>Select a goal or action to see why it matters and the support it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="231"/>
        <source>Selected action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="303"/>
        <source>No plan yet. It is started in conversation 5, built in 6 and finalized in 7 for the next three to six months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="312"/>
        <source>Development plan — version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="468"/>
        <source>Plan period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="603"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/plan_page.py" line="604"/>
        <source>Delete {what}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="41"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="42"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="43"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="52"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="57"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="60"/>
        <source>As your team knows you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="62"/>
        <source>Printed on every document your team receives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="64"/>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="67"/>
        <source>Scheduling and reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="77"/>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="81"/>
        <source>The time of the last conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="87"/>
        <source>Usual meeting time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="92"/>
        <source>Usual meeting &amp;time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="93"/>
        <source>Remind me the &amp;day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="95"/>
        <source>Remind me an &amp;hour before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="98"/>
        <source>A one-line &amp;summary of what is due when the app starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="103"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="107"/>
        <source>How often you meet each person is set per person: File → Cadence of this report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="117"/>
        <source>Screen and paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="123"/>
        <source>T&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="127"/>
        <source> lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="129"/>
        <source>Ruled lines printed under each agenda item, for notes by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="134"/>
        <source>&amp;Writing space on agendas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/preferences_dialog.py" line="139"/>
        <source>&amp;Backup settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="76"/>
        <source>Type and press Enter to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="79"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="123"/>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="218"/>
        <source>CliftonStrengths themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="153"/>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="154"/>
        <source>Their ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="128"/>
        <source>Move the employee&apos;s top {TOP_COUNT} themes (or all {all}) to the right, in the order of their report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="207"/>
        <source>Filled in during conversations 1 and 5 and recapped in 6. Double-click an entry to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="221"/>
        <source>Choose themes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="232"/>
        <source>Career history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/profile_page.py" line="268"/>
        <source>Not taken yet. The assessment is optional; if they take it, record their top five here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../src/opd_desktop/ui/purge_dialog.py" line="35"/>
        <source>Delete {name} permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/purge_dialog.py" line="42"/>
        <source>Delete {name} permanently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/purge_dialog.py" line="50"/>
        <source>This removes {name} and everything about them from this computer: every conversation, private and shared note, the profile, the plan and its versions, the follow-through and the metrics. It cannot be undone. If you may need the record again, archive them instead, or hand it over first (Report → Hand over…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/purge_dialog.py" line="57"/>
        <source>&amp;Type {name} to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/purge_dialog.py" line="110"/>
        <source>Deleted permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/purge_dialog.py" line="117"/>
        <source>Their words are gone from the database files; the database was compacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/purge_dialog.py" line="124"/>
        <source>Copies kept beside the database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/purge_dialog.py" line="134"/>
        <source>%n backup(s) made while {name} was on your team still hold them (they are encrypted; the list comes from their dates):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/purge_dialog.py" line="147"/>
        <source>Deleting them also deletes the rest of your data as it was then. Make a new backup afterwards (Backup → Back up now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/purge_dialog.py" line="161"/>
        <source>No backup in your backup folder holds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/purge_dialog.py" line="169"/>
        <source>Delete backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/purge_dialog.py" line="171"/>
        <source>Delete %n backup file(s) for good?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/purge_dialog.py" line="183"/>
        <source>Deleted %n backup(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuickCapture</name>
    <message>
        <location filename="../../src/opd_desktop/ui/quick_capture.py" line="81"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/quick_capture.py" line="84"/>
        <source>Change the action, who owns it or its due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/quick_capture.py" line="114"/>
        <source>Quick capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/quick_capture.py" line="122"/>
        <source>What to capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/quick_capture.py" line="125"/>
        <source>Type and press Enter to capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/quick_capture.py" line="129"/>
        <source>The action item&apos;s due date (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/quick_capture.py" line="131"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/quick_capture.py" line="132"/>
        <source>&amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/quick_capture.py" line="134"/>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../src/opd_desktop/ui/reminders.py" line="60"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/reminders.py" line="63"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/reminders.py" line="118"/>
        <source>OPD Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../src/opd_desktop/ui/report_dialog.py" line="32"/>
        <source>Edit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/report_dialog.py" line="34"/>
        <source>Add a direct report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/report_dialog.py" line="56"/>
        <source>When they started in this job (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/report_dialog.py" line="69"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/report_dialog.py" line="71"/>
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
        <location filename="../../src/opd_desktop/ui/report_page.py" line="116"/>
        <source>Choose a conversation above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/report_page.py" line="171"/>
        <source>The seven conversations and the check-ins; arrows move, Enter opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/report_page.py" line="234"/>
        <source>since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/report_page.py" line="238"/>
        <source> · archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/report_page.py" line="240"/>
        <source> · overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/report_page.py" line="242"/>
        <location filename="../../src/opd_desktop/ui/report_page.py" line="247"/>
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
        <location filename="../../src/opd_desktop/ui/report_page.py" line="165"/>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="157"/>
        <source>The program&apos;s return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="159"/>
        <source>Metrics and return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="192"/>
        <source>Measured by the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="201"/>
        <source>Values recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="203"/>
        <source>Show corrected and deleted values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="240"/>
        <source>Working out the team&apos;s figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="258"/>
        <source>The figures could not be worked out: {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="307"/>
        <source>No metric agreed yet. Define one (engagement and employee NPS have templates), then record the baseline before or at conversation 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="387"/>
        <source>Delete value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/return_page.py" line="388"/>
        <source>Delete the value {value} of {day}? It leaves the figures but stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RhythmSettingsDialog</name>
    <message>
        <location filename="../../src/opd_desktop/ui/rhythm_settings_dialog.py" line="30"/>
        <source>Schedule and reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/rhythm_settings_dialog.py" line="46"/>
        <source>The time of the last conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/rhythm_settings_dialog.py" line="60"/>
        <source>Suggested dates fall on a working day at this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/rhythm_settings_dialog.py" line="68"/>
        <source>&lt;b&gt;Reminders while the app is open&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/rhythm_settings_dialog.py" line="72"/>
        <source>The day before each conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/rhythm_settings_dialog.py" line="75"/>
        <source>An hour before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/rhythm_settings_dialog.py" line="78"/>
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
        <location filename="../../src/opd_desktop/ui/roster_import_dialog.py" line="114"/>
        <source>File: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/roster_import_dialog.py" line="175"/>
        <source>&amp;Import %n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/roster_import_dialog.py" line="180"/>
        <source>{summary} Everyone in it is already on your team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/roster_import_dialog.py" line="188"/>
        <source>This file cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../src/opd_desktop/ui/models.py" line="95"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/models.py" line="96"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/models.py" line="97"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/models.py" line="98"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/opd_desktop/ui/models.py" line="217"/>
        <source>%n open action item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../src/opd_desktop/ui/schedule_dialog.py" line="34"/>
        <source>Schedule {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/schedule_dialog.py" line="39"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;: schedule {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/schedule_dialog.py" line="46"/>
        <source>Suggested from the last conversation held, the cadence, your working days and usual time.</source>
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
</context>
<context>
    <name>TogetherMode</name>
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
</context>
<context>
    <name>TogetherView</name>
    <message>
        <location filename="../../src/opd_desktop/ui/together_view.py" line="64"/>
        <source>&lt;b&gt;Together mode&lt;/b&gt; — showing only what you and {first_name} both see. Notes typed here are shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/together_view.py" line="72"/>
        <source>Leave together mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/together_view.py" line="74"/>
        <source>Back to your full view (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/together_view.py" line="86"/>
        <source>Agenda timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/together_view.py" line="88"/>
        <location filename="../../src/opd_desktop/ui/together_view.py" line="127"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/together_view.py" line="90"/>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/together_view.py" line="125"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/together_view.py" line="143"/>
        <source>Where we are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/together_view.py" line="147"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/together_view.py" line="152"/>
        <source>{title}  ·  {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/together_view.py" line="212"/>
        <source>Agreed next steps can be written after together mode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrapupFields</name>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_fields.py" line="42"/>
        <source>Recap for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_fields.py" line="48"/>
        <source>{name} reads this at the top of the next agenda. Write it to them, in words you would say out loud; leave it empty and the next agenda says nothing about this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_fields.py" line="65"/>
        <source>Agreed next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_fields.py" line="68"/>
        <source>Share with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_fields.py" line="71"/>
        <source>These next steps were written before notes had an audience, so they are kept to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_fields.py" line="87"/>
        <source>Your summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrapupTab</name>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_tab.py" line="42"/>
        <source>Closing the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_tab.py" line="56"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_tab.py" line="60"/>
        <source>Mark held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_tab.py" line="61"/>
        <source>Mark completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_tab.py" line="62"/>
        <source>Skip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_tab.py" line="63"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_tab.py" line="81"/>
        <source>Schedule what comes next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_tab.py" line="87"/>
        <source>Date and time of the next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_tab.py" line="92"/>
        <source>Suggested: the last conversation held plus the cadence, on a working day at your usual time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_tab.py" line="97"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_tab.py" line="110"/>
        <source>This conversation is &lt;b&gt;{v0}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_tab.py" line="123"/>
        <source>Next: conversation {nxt} — {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/opd_desktop/ui/wrapup_tab.py" line="127"/>
        <source>Next: a check-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
