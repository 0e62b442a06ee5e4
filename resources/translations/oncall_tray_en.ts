<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>aftercare</name>
    <message>
        <location filename="../../desktop/oncall_tray/core/aftercare.py" line="37"/>
        <source>Confirm the metrics are back to normal</source>
        <translation>Confirm the metrics are back to normal</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/aftercare.py" line="39"/>
        <source>Document the actions taken</source>
        <translation>Document the actions taken</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/aftercare.py" line="46"/>
        <source>Fill in the post-mortem (template in RUNBOOKS.md)</source>
        <translation>Fill in the post-mortem (template in RUNBOOKS.md)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/aftercare.py" line="36"/>
        <source>Remove the silences</source>
        <translation>Remove the silences</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/aftercare.py" line="47"/>
        <source>Review the post-mortem with the team</source>
        <translation>Review the post-mortem with the team</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/aftercare.py" line="38"/>
        <source>Update the #incidents thread with the resolution</source>
        <translation>Update the #incidents thread with the resolution</translation>
    </message>
</context>
<context>
    <name>alerts</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="126"/>
        <source>(stale)</source>
        <translation>(stale)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="78"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="78"/>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="78"/>
        <source>Service / instance</source>
        <translation>Service / instance</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="78"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="78"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="78"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="121"/>
        <source>acknowledged</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="118"/>
        <source>acknowledged by %1 until %2</source>
        <translation>acknowledged by %1 until %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="125"/>
        <source>firing</source>
        <translation>firing</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="123"/>
        <source>inhibited</source>
        <translation>inhibited</translation>
    </message>
</context>
<context>
    <name>alerts_window</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="93"/>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="71"/>
        <source>Filter: text, or matchers such as severity=&quot;critical&quot;, instance=~&quot;backend.*&quot;</source>
        <translation>Filter: text, or matchers such as severity=&quot;critical&quot;, instance=~&quot;backend.*&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="100"/>
        <source>Open Alertmanager</source>
        <translation>Open Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="102"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="98"/>
        <source>Refresh now</source>
        <translation>Refresh now</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="94"/>
        <source>Silence this alert for the 15-minute investigation window</source>
        <translation>Silence this alert for the 15-minute investigation window</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="96"/>
        <source>Silence…</source>
        <translation>Silence…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="52"/>
        <source>oncall-tray — alerts</source>
        <translation>oncall-tray — alerts</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="131"/>
        <source>%1; defaults are used for: %2</source>
        <translation>%1; defaults are used for: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="121"/>
        <source>Notifications work. Watching %1.</source>
        <translation>Notifications work. Watching %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="130"/>
        <source>Problems in the settings file</source>
        <translation>Problems in the settings file</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="122"/>
        <source>oncall-tray test notification</source>
        <translation>oncall-tray test notification</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="83"/>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="47"/>
        <source>Alertmanager unreachable or refused</source>
        <translation>Alertmanager unreachable or refused</translation>
    </message>
</context>
<context>
    <name>details</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="63"/>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="53"/>
        <source>Dashboard (Grafana)</source>
        <translation>Dashboard (Grafana)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="55"/>
        <source>Expression in Prometheus</source>
        <translation>Expression in Prometheus</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="48"/>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="61"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="52"/>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="82"/>
        <source>Select an alert to see its details.</source>
        <translation>Select an alert to see its details.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="59"/>
        <source>Silenced by %1 until %2</source>
        <translation>Silenced by %1 until %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="46"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="46"/>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>escalation</name>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="84"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="80"/>
        <source>Alert:</source>
        <translation>Alert:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="90"/>
        <source>Already Tried:</source>
        <translation>Already Tried:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="108"/>
        <source>Context:</source>
        <translation>Context:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="84"/>
        <source>Duration:</source>
        <translation>Duration:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="79"/>
        <source>ESCALATION TO %1</source>
        <translation>ESCALATION TO %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="96"/>
        <source>Impact:</source>
        <translation>Impact:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="93"/>
        <source>Instance:</source>
        <translation>Instance:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="93"/>
        <source>Service:</source>
        <translation>Service:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="81"/>
        <source>Severity:</source>
        <translation>Severity:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="82"/>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="88"/>
        <source>Symptoms:</source>
        <translation>Symptoms:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="89"/>
        <source>[Actions taken]</source>
        <translation>[Actions taken]</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="92"/>
        <source>[Features compromised]</source>
        <translation>[Features compromised]</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="99"/>
        <source>[Grafana link]</source>
        <translation>[Grafana link]</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="92"/>
        <source>[How many customers are affected]</source>
        <translation>[How many customers are affected]</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="87"/>
        <source>[What is happening]</source>
        <translation>[What is happening]</translation>
    </message>
</context>
<context>
    <name>handoff</name>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="120"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="119"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="298"/>
        <source>%Y-%m-%d</source>
        <translation>%Y-%m-%d</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="304"/>
        <source>%Y-%m-%d %H:%M</source>
        <translation>%Y-%m-%d %H:%M</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="82"/>
        <source>Active Alerts</source>
        <translation>Active Alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="145"/>
        <source>Active Silences</source>
        <translation>Active Silences</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="90"/>
        <source>Alertmanager unreachable: %1</source>
        <translation>Alertmanager unreachable: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="130"/>
        <source>Alerts received: %1</source>
        <translation>Alerts received: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="46"/>
        <source>By: %1</source>
        <translation>By: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="45"/>
        <source>Checked that the dashboards are loading</source>
        <translation>Checked that the dashboards are loading</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="43"/>
        <source>Checked the active silences and their reasons</source>
        <translation>Checked the active silences and their reasons</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="48"/>
        <source>Confirmed the escalation contacts are available</source>
        <translation>Confirmed the escalation contacts are available</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="129"/>
        <source>Duration: %1</source>
        <translation>Duration: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="43"/>
        <source>Expires at %1</source>
        <translation>Expires at %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="261"/>
        <source>Follow up %1 (still firing)</source>
        <translation>Follow up %1 (still firing)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="127"/>
        <source>Handing Over the Shift - %1</source>
        <translation>Handing Over the Shift - %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="132"/>
        <source>Incidents Handled</source>
        <translation>Incidents Handled</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="131"/>
        <source>Incidents: %1</source>
        <translation>Incidents: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="152"/>
        <source>Incoming on-call engineer: %1</source>
        <translation>Incoming on-call engineer: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="126"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="107"/>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="149"/>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="110"/>
        <source>On-call engineer: %1</source>
        <translation>On-call engineer: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="59"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="97"/>
        <source>Open Incidents</source>
        <translation>Open Incidents</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="151"/>
        <source>Outgoing on-call engineer: %1</source>
        <translation>Outgoing on-call engineer: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="143"/>
        <source>Pending for the Next Shift</source>
        <translation>Pending for the Next Shift</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="270"/>
        <source>Post-mortem of %1, by %2</source>
        <translation>Post-mortem of %1, by %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="269"/>
        <source>Post-mortem review of %1 with the team, by %2</source>
        <translation>Post-mortem review of %1 with the team, by %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="47"/>
        <source>Read the previous shift&apos;s handoff notes</source>
        <translation>Read the previous shift&apos;s handoff notes</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="44"/>
        <source>Read the threads in #incidents from the last 24h</source>
        <translation>Read the threads in #incidents from the last 24h</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="44"/>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="55"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="42"/>
        <source>Reviewed the active alerts in Alertmanager</source>
        <translation>Reviewed the active alerts in Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="128"/>
        <source>Shift Summary</source>
        <translation>Shift Summary</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="92"/>
        <source>Silences</source>
        <translation>Silences</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="74"/>
        <source>Taking Over the Shift - %1</source>
        <translation>Taking Over the Shift - %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="46"/>
        <source>Tested access to the tools (Grafana, Prometheus, Alertmanager)</source>
        <translation>Tested access to the tools (Grafana, Prometheus, Alertmanager)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="99"/>
        <source>acknowledged at %1 by %2</source>
        <translation>acknowledged at %1 by %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="94"/>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="147"/>
        <source>as last seen (Alertmanager unreachable)</source>
        <translation>as last seen (Alertmanager unreachable)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="263"/>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="53"/>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="103"/>
        <source>escalated to %1</source>
        <translation>escalated to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="78"/>
        <source>no answer (%1)</source>
        <translation>no answer (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="65"/>
        <source>silenced</source>
        <translation>silenced</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="88"/>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
</context>
<context>
    <name>handoff_cli</name>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="174"/>
        <source>%1 alerts in the journal have the fingerprint %2.</source>
        <translation>%1 alerts in the journal have the fingerprint %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="130"/>
        <source>%1, handed over %2</source>
        <translation>%1, handed over %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="134"/>
        <source>(none in this journal)</source>
        <translation>(none in this journal)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="117"/>
        <source>A shift is open (%1); this checklist is for the incoming engineer.</source>
        <translation>A shift is open (%1); this checklist is for the incoming engineer.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="101"/>
        <source>A shift is open already (%1, since %2): hand it over first with `oncall-tray handoff end --confirm`.</source>
        <translation>A shift is open already (%1, since %2): hand it over first with `oncall-tray handoff end --confirm`.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="123"/>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="191"/>
        <source>No shift %1 in the journal.</source>
        <translation>No shift %1 in the journal.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="143"/>
        <source>No shift is open: start one with `oncall-tray handoff start --confirm`.</source>
        <translation>No shift is open: start one with `oncall-tray handoff start --confirm`.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="128"/>
        <source>Previous shift&apos;s handoff notes</source>
        <translation>Previous shift&apos;s handoff notes</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="160"/>
        <source>Shift handed over at %1 to %2.</source>
        <translation>Shift handed over at %1 to %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="114"/>
        <source>Shift started at %1 by %2.</source>
        <translation>Shift started at %1 by %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="167"/>
        <source>The note is empty.</source>
        <translation>The note is empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="125"/>
        <source>answers</source>
        <translation>answers</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="125"/>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_file.py" line="54"/>
        <source>The shift journal was damaged (%1). It was set aside as %2 and a new journal was started.</source>
        <translation>The shift journal was damaged (%1). It was set aside as %2 and a new journal was started.</translation>
    </message>
</context>
<context>
    <name>notifications</name>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="160"/>
        <source>%1 alerts resolved</source>
        <translation>%1 alerts resolved</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="155"/>
        <source>%1 new alerts</source>
        <translation>%1 new alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="83"/>
        <source>(unnamed alert)</source>
        <translation>(unnamed alert)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="137"/>
        <source>Alertmanager answers again (%1).</source>
        <translation>Alertmanager answers again (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="147"/>
        <source>Alerts firing: %1</source>
        <translation>Alerts firing: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="135"/>
        <source>Contact with Alertmanager lost</source>
        <translation>Contact with Alertmanager lost</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="138"/>
        <source>Contact with Alertmanager restored</source>
        <translation>Contact with Alertmanager restored</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="134"/>
        <source>No answer since %1: %2</source>
        <translation>No answer since %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="87"/>
        <source>Resolved: %1</source>
        <translation>Resolved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="91"/>
        <source>[%1] %2 (was %3)</source>
        <translation>[%1] %2 (was %3)</translation>
    </message>
</context>
<context>
    <name>severity</name>
    <message>
        <location filename="../../desktop/oncall_tray/core/severity.py" line="85"/>
        <source>critical</source>
        <translation>critical</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/severity.py" line="87"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/severity.py" line="88"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/severity.py" line="86"/>
        <source>warning</source>
        <translation>warning</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="148"/>
        <source>Alertmanager %1 (version %2)</source>
        <translation>Alertmanager %1 (version %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="159"/>
        <source>Alerts: %1 (%2)</source>
        <translation>Alerts: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="153"/>
        <source>No alert is firing.</source>
        <translation>No alert is firing.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="160"/>
        <source>acknowledged</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="161"/>
        <source>firing</source>
        <translation>firing</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="184"/>
        <source>resolution overdue %1</source>
        <translation>resolution overdue %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="184"/>
        <source>resolve in %1</source>
        <translation>resolve in %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="180"/>
        <source>respond in %1</source>
        <translation>respond in %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="180"/>
        <source>response overdue %1</source>
        <translation>response overdue %1</translation>
    </message>
</context>
<context>
    <name>tray</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="47"/>
        <source>%1 acknowledged (silenced)</source>
        <translation>%1 acknowledged (silenced)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="49"/>
        <source>Alerts shown are from %1 (stale)</source>
        <translation>Alerts shown are from %1 (stale)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="32"/>
        <source>Cannot reach Alertmanager</source>
        <translation>Cannot reach Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="78"/>
        <source>Connecting to Alertmanager…</source>
        <translation>Connecting to Alertmanager…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="33"/>
        <source>Contact with Alertmanager lost</source>
        <translation>Contact with Alertmanager lost</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="51"/>
        <source>Last good poll: %1</source>
        <translation>Last good poll: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="35"/>
        <source>No unacknowledged alert</source>
        <translation>No unacknowledged alert</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="90"/>
        <source>Open Alertmanager</source>
        <translation>Open Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="91"/>
        <source>Open Grafana</source>
        <translation>Open Grafana</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="92"/>
        <source>Open Prometheus</source>
        <translation>Open Prometheus</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="101"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="87"/>
        <source>Refresh now</source>
        <translation>Refresh now</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="99"/>
        <source>Send test notification</source>
        <translation>Send test notification</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="86"/>
        <source>Show alerts</source>
        <translation>Show alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="36"/>
        <source>Unacknowledged alerts: %1</source>
        <translation>Unacknowledged alerts: %1</translation>
    </message>
</context>
</TS>
