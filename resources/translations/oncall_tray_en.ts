<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
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
        <location filename="../../desktop/oncall_tray/ui/app.py" line="151"/>
        <source>%1; defaults are used for: %2</source>
        <translation>%1; defaults are used for: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="140"/>
        <source>Cannot change the autostart entry</source>
        <translation>Cannot change the autostart entry</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="125"/>
        <source>Notifications work. Watching %1.</source>
        <translation>Notifications work. Watching %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="150"/>
        <source>Problems in the settings file</source>
        <translation>Problems in the settings file</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="239"/>
        <source>oncall-tray runs already but does not answer; quit it or end its process</source>
        <translation>oncall-tray runs already but does not answer; quit it or end its process</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="126"/>
        <source>oncall-tray test notification</source>
        <translation>oncall-tray test notification</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="47"/>
        <source>Alertmanager unreachable or refused</source>
        <translation>Alertmanager unreachable or refused</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/autostart_cmd.py" line="37"/>
        <source>Start with the session</source>
        <translation>Start with the session</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/autostart_cmd.py" line="35"/>
        <source>cannot change the autostart entry</source>
        <translation>cannot change the autostart entry</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/autostart_cmd.py" line="37"/>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/autostart_cmd.py" line="37"/>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/autostart_cmd.py" line="43"/>
        <source>the entry starts %1, which does not exist any more; run &apos;oncall-tray autostart on&apos; again</source>
        <translation>the entry starts %1, which does not exist any more; run &apos;oncall-tray autostart on&apos; again</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/crash.py" line="107"/>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/crash.py" line="91"/>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/crash.py" line="95"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/crash.py" line="94"/>
        <source>Restart</source>
        <translation>Restart</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/crash.py" line="81"/>
        <source>The log file: %1</source>
        <translation>The log file: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/crash.py" line="78"/>
        <source>oncall-tray met an unexpected error and stopped: Alertmanager is not being watched. Restart it, and send the details below to the developers.</source>
        <translation>oncall-tray met an unexpected error and stopped: Alertmanager is not being watched. Restart it, and send the details below to the developers.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/crash.py" line="73"/>
        <source>oncall-tray stopped</source>
        <translation>oncall-tray stopped</translation>
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
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="92"/>
        <source>Open Alertmanager</source>
        <translation>Open Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="93"/>
        <source>Open Grafana</source>
        <translation>Open Grafana</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="94"/>
        <source>Open Prometheus</source>
        <translation>Open Prometheus</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="106"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="89"/>
        <source>Refresh now</source>
        <translation>Refresh now</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="101"/>
        <source>Send test notification</source>
        <translation>Send test notification</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="88"/>
        <source>Show alerts</source>
        <translation>Show alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="102"/>
        <source>Start with the session</source>
        <translation>Start with the session</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="36"/>
        <source>Unacknowledged alerts: %1</source>
        <translation>Unacknowledged alerts: %1</translation>
    </message>
</context>
</TS>
