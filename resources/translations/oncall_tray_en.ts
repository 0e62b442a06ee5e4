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
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="96"/>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="72"/>
        <source>Filter: text, or matchers such as severity=&quot;critical&quot;, instance=~&quot;backend.*&quot;</source>
        <translation>Filter: text, or matchers such as severity=&quot;critical&quot;, instance=~&quot;backend.*&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="103"/>
        <source>Open Alertmanager</source>
        <translation>Open Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="105"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="101"/>
        <source>Refresh now</source>
        <translation>Refresh now</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="97"/>
        <source>Silence this alert for the 15-minute investigation window</source>
        <translation>Silence this alert for the 15-minute investigation window</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="99"/>
        <source>Silence…</source>
        <translation>Silence…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="53"/>
        <source>oncall-tray — alerts</source>
        <translation>oncall-tray — alerts</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="137"/>
        <source>%1; defaults are used for: %2</source>
        <translation>%1; defaults are used for: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="127"/>
        <source>Notifications work. Watching %1.</source>
        <translation>Notifications work. Watching %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="136"/>
        <source>Problems in the settings file</source>
        <translation>Problems in the settings file</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="128"/>
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
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="295"/>
        <source>%Y-%m-%d</source>
        <translation>%Y-%m-%d</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="301"/>
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
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="258"/>
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
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="267"/>
        <source>Post-mortem of %1, by %2</source>
        <translation>Post-mortem of %1, by %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="266"/>
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
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="260"/>
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
    <name>incident_panel</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="198"/>
        <source>%1 — by %2</source>
        <translation>%1 — by %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="201"/>
        <source>(dismissed)</source>
        <translation>(dismissed)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="203"/>
        <source>(due now)</source>
        <translation>(due now)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="67"/>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="80"/>
        <source>After the incident</source>
        <translation>After the incident</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="183"/>
        <source>After the incident (resolved at %1)</source>
        <translation>After the incident (resolved at %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="265"/>
        <source>Could not expire the silence: %1</source>
        <translation>Could not expire the silence: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="97"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="70"/>
        <source>Escalated to…</source>
        <translation>Escalated to…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="193"/>
        <source>Expire %1 silences</source>
        <translation>Expire %1 silences</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="241"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="144"/>
        <source>Notes on %1</source>
        <translation>Notes on %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="145"/>
        <source>Select an alert to take notes on it.</source>
        <translation>Select an alert to take notes on it.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="64"/>
        <source>What did you try or see? Enter adds the note</source>
        <translation>What did you try or see? Enter adds the note</translation>
    </message>
</context>
<context>
    <name>incidents_window</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incidents_window.py" line="39"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incidents_window.py" line="33"/>
        <source>Incidents — oncall-tray</source>
        <translation>Incidents — oncall-tray</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incidents_window.py" line="83"/>
        <source>No incident in the last 7 days.</source>
        <translation>No incident in the last 7 days.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incidents_window.py" line="74"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incidents_window.py" line="73"/>
        <source>resolved at %1</source>
        <translation>resolved at %1</translation>
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
    <name>shift</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_controller.py" line="226"/>
        <source>(Incidents, in the tray menu)</source>
        <translation>(Incidents, in the tray menu)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_controller.py" line="190"/>
        <source>After the incident: %1</source>
        <translation>After the incident: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_controller.py" line="225"/>
        <source>Post-mortem due: %1</source>
        <translation>Post-mortem due: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_controller.py" line="224"/>
        <source>Post-mortem review due: %1</source>
        <translation>Post-mortem review due: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_controller.py" line="191"/>
        <source>Resolved. Remove the silences, confirm the metrics, update #incidents and document the actions: Incidents in the tray menu.</source>
        <translation>Resolved. Remove the silences, confirm the metrics, update #incidents and document the actions: Incidents in the tray menu.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_controller.py" line="131"/>
        <location filename="../../desktop/oncall_tray/ui/shift_controller.py" line="284"/>
        <source>Shift journal</source>
        <translation>Shift journal</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_controller.py" line="90"/>
        <source>The shift journal cannot be used: %1</source>
        <translation>The shift journal cannot be used: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_controller.py" line="79"/>
        <source>no answer from Alertmanager yet</source>
        <translation>no answer from Alertmanager yet</translation>
    </message>
</context>
<context>
    <name>shift_end</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="222"/>
        <source>(you)</source>
        <translation>(you)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="208"/>
        <source>Active silences (%1)</source>
        <translation>Active silences (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="69"/>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="79"/>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="178"/>
        <source>Alerts received: %1 · Incidents: %2</source>
        <translation>Alerts received: %1 · Incidents: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="103"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="95"/>
        <source>Copy Markdown</source>
        <translation>Copy Markdown</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="79"/>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="69"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="232"/>
        <source>End this silence now in Alertmanager</source>
        <translation>End this silence now in Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="230"/>
        <source>Expire</source>
        <translation>Expire</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="79"/>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="230"/>
        <source>Expiring…</source>
        <translation>Expiring…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="101"/>
        <source>Hand over the shift</source>
        <translation>Hand over the shift</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="54"/>
        <source>Hand over the shift — oncall-tray</source>
        <translation>Hand over the shift — oncall-tray</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="176"/>
        <source>Handing over the shift of %1, since %2 (%3)</source>
        <translation>Handing over the shift of %1, since %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="190"/>
        <source>Incidents handled (%1)</source>
        <translation>Incidents handled (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="92"/>
        <source>Incoming on-call engineer:</source>
        <translation>Incoming on-call engineer:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="120"/>
        <source>Markdown (as the guide lays it out)</source>
        <translation>Markdown (as the guide lays it out)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="287"/>
        <source>Markdown copied to the clipboard.</source>
        <translation>Markdown copied to the clipboard.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="85"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="165"/>
        <source>No shift is open.</source>
        <translation>No shift is open.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="115"/>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="73"/>
        <source>One pending item per line</source>
        <translation>One pending item per line</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="180"/>
        <source>Outgoing on-call engineer: %1</source>
        <translation>Outgoing on-call engineer: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="99"/>
        <source>Past handoffs…</source>
        <translation>Past handoffs…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="114"/>
        <source>Pending for the next shift</source>
        <translation>Pending for the next shift</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="79"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="97"/>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="300"/>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="326"/>
        <source>Shift handed over</source>
        <translation>Shift handed over</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="280"/>
        <source>Silence expired.</source>
        <translation>Silence expired.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="166"/>
        <source>Start one with Take over the shift in the tray menu.</source>
        <translation>Start one with Take over the shift in the tray menu.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="69"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="183"/>
        <source>Suggested from the open incidents and the post-mortems due; edit freely.</source>
        <translation>Suggested from the open incidents and the post-mortems due; edit freely.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="324"/>
        <source>The shift was not handed over: %1</source>
        <translation>The shift was not handed over: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="69"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="326"/>
        <source>To %1. The handoff is on the clipboard and in Past handoffs.</source>
        <translation>To %1. The handoff is on the clipboard and in Past handoffs.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="310"/>
        <source>Type the incoming on-call engineer&apos;s name first.</source>
        <translation>Type the incoming on-call engineer&apos;s name first.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="82"/>
        <source>Unusual behaviour, worrying trends, planned maintenance</source>
        <translation>Unusual behaviour, worrying trends, planned maintenance</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="210"/>
        <source>as last seen: Alertmanager unreachable</source>
        <translation>as last seen: Alertmanager unreachable</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="278"/>
        <source>could not expire the silence: %1</source>
        <translation>could not expire the silence: %1</translation>
    </message>
</context>
<context>
    <name>shift_history</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_history.py" line="68"/>
        <source>%1 – %2
%3 → %4</source>
        <translation>%1 – %2
%3 → %4</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_history.py" line="35"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_history.py" line="33"/>
        <source>Copy Markdown</source>
        <translation>Copy Markdown</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_history.py" line="78"/>
        <source>No shift was handed over in this journal yet.</source>
        <translation>No shift was handed over in this journal yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_history.py" line="27"/>
        <source>Past handoffs — oncall-tray</source>
        <translation>Past handoffs — oncall-tray</translation>
    </message>
</context>
<context>
    <name>shift_start</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="361"/>
        <source>%1 is on call since %2.</source>
        <translation>%1 is on call since %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="294"/>
        <source>%1 of %2 answered</source>
        <translation>%1 of %2 answered</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="261"/>
        <source>(silenced)</source>
        <translation>(silenced)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="256"/>
        <source>Active alerts (%1)</source>
        <translation>Active alerts (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="257"/>
        <source>Active alerts: Alertmanager unreachable</source>
        <translation>Active alerts: Alertmanager unreachable</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="233"/>
        <source>Active silences (%1)</source>
        <translation>Active silences (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="157"/>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="158"/>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="285"/>
        <source>Alertmanager unreachable</source>
        <translation>Alertmanager unreachable</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="131"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="124"/>
        <source>Anything important for this shift</source>
        <translation>Anything important for this shift</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="133"/>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="303"/>
        <source>Checking the dashboards…</source>
        <translation>Checking the dashboards…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="141"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="136"/>
        <source>Copy Markdown</source>
        <translation>Copy Markdown</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="158"/>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="131"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="152"/>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="131"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="158"/>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="237"/>
        <source>Incidents still open (%1)</source>
        <translation>Incidents still open (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="157"/>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="340"/>
        <source>Markdown copied to the clipboard.</source>
        <translation>Markdown copied to the clipboard.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="161"/>
        <source>No previous handoff in this journal: paste the one you received</source>
        <translation>No previous handoff in this journal: paste the one you received</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="153"/>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="129"/>
        <source>On-call engineer:</source>
        <translation>On-call engineer:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="165"/>
        <source>Previous shift&apos;s handoff notes</source>
        <translation>Previous shift&apos;s handoff notes</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="158"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="157"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="361"/>
        <source>Shift started</source>
        <translation>Shift started</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="109"/>
        <source>Start checklist</source>
        <translation>Start checklist</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="157"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="138"/>
        <source>Take over the shift</source>
        <translation>Take over the shift</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="95"/>
        <source>Take over the shift — oncall-tray</source>
        <translation>Take over the shift — oncall-tray</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="224"/>
        <source>Taking over the shift — %1</source>
        <translation>Taking over the shift — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="274"/>
        <source>The shift of %1 is open since %2: it must be handed over (Hand over the shift) before another begins.</source>
        <translation>The shift of %1 is open since %2: it must be handed over (Hand over the shift) before another begins.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="359"/>
        <source>The shift was not started: %1</source>
        <translation>The shift was not started: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="348"/>
        <source>Type the on-call engineer&apos;s name first.</source>
        <translation>Type the on-call engineer&apos;s name first.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="243"/>
        <source>acknowledged by %1</source>
        <translation>acknowledged by %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="300"/>
        <source>answers</source>
        <translation>answers</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="289"/>
        <source>checking…</source>
        <translation>checking…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="245"/>
        <source>escalated to %1</source>
        <translation>escalated to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="286"/>
        <source>listed here by the app</source>
        <translation>listed here by the app</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="300"/>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="296"/>
        <source>none in this journal</source>
        <translation>none in this journal</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="296"/>
        <source>shown here</source>
        <translation>shown here</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="240"/>
        <source>taken on at %1</source>
        <translation>taken on at %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="265"/>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
</context>
<context>
    <name>shift_windows</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_common.py" line="91"/>
        <source>All changes saved at %1</source>
        <translation>All changes saved at %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_common.py" line="63"/>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_common.py" line="96"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_common.py" line="62"/>
        <source>Save the handoff as Markdown</source>
        <translation>Save the handoff as Markdown</translation>
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
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="80"/>
        <source>Connecting to Alertmanager…</source>
        <translation>Connecting to Alertmanager…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="33"/>
        <source>Contact with Alertmanager lost</source>
        <translation>Contact with Alertmanager lost</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="91"/>
        <source>Hand over the shift…</source>
        <translation>Hand over the shift…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="92"/>
        <source>Incidents…</source>
        <translation>Incidents…</translation>
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
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="98"/>
        <source>Open Alertmanager</source>
        <translation>Open Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="99"/>
        <source>Open Grafana</source>
        <translation>Open Grafana</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="100"/>
        <source>Open Prometheus</source>
        <translation>Open Prometheus</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="92"/>
        <source>Past handoffs…</source>
        <translation>Past handoffs…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="109"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="89"/>
        <source>Refresh now</source>
        <translation>Refresh now</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="107"/>
        <source>Send test notification</source>
        <translation>Send test notification</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="88"/>
        <source>Show alerts</source>
        <translation>Show alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="91"/>
        <source>Take over the shift…</source>
        <translation>Take over the shift…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="36"/>
        <source>Unacknowledged alerts: %1</source>
        <translation>Unacknowledged alerts: %1</translation>
    </message>
</context>
</TS>
