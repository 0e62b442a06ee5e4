<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>alerts</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="174"/>
        <source>(stale)</source>
        <translation>(stale)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="86"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="86"/>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="87"/>
        <source>Resolve in</source>
        <translation>Resolve in</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="87"/>
        <source>Respond in</source>
        <translation>Respond in</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="86"/>
        <source>Service / instance</source>
        <translation>Service / instance</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="86"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="87"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="86"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="87"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="169"/>
        <source>acknowledged</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="166"/>
        <source>acknowledged by %1 until %2</source>
        <translation>acknowledged by %1 until %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="173"/>
        <source>firing</source>
        <translation>firing</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="171"/>
        <source>inhibited</source>
        <translation>inhibited</translation>
    </message>
</context>
<context>
    <name>alerts_window</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="120"/>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="151"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="125"/>
        <source>Escalate…</source>
        <translation>Escalate…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="89"/>
        <source>Filter: text, or matchers such as severity=&quot;critical&quot;, instance=~&quot;backend.*&quot;</source>
        <translation>Filter: text, or matchers such as severity=&quot;critical&quot;, instance=~&quot;backend.*&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="130"/>
        <source>Open Alertmanager</source>
        <translation>Open Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="132"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="186"/>
        <source>Red flag: %1</source>
        <translation>Red flag: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="128"/>
        <source>Refresh now</source>
        <translation>Refresh now</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="249"/>
        <source>Select an alert to see its trend.</source>
        <translation>Select an alert to see its trend.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="121"/>
        <source>Silence this alert for the 15-minute investigation window</source>
        <translation>Silence this alert for the 15-minute investigation window</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="152"/>
        <source>Silences</source>
        <translation>Silences</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="123"/>
        <source>Silence…</source>
        <translation>Silence…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="126"/>
        <source>The guide&apos;s escalation message for L2 or L3, ready to copy</source>
        <translation>The guide&apos;s escalation message for L2 or L3, ready to copy</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="61"/>
        <source>oncall-tray — alerts</source>
        <translation>oncall-tray — alerts</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="285"/>
        <source>%1; defaults are used for: %2</source>
        <translation>%1; defaults are used for: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="68"/>
        <source>Alertmanager cluster degraded</source>
        <translation>Alertmanager cluster degraded</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_actions.py" line="170"/>
        <source>Alertmanager did not accept the acknowledgement</source>
        <translation>Alertmanager did not accept the acknowledgement</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_actions.py" line="171"/>
        <source>Alertmanager did not accept the change</source>
        <translation>Alertmanager did not accept the change</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="56"/>
        <source>Alertmanager needs credentials</source>
        <translation>Alertmanager needs credentials</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_actions.py" line="107"/>
        <source>Cannot acknowledge %1</source>
        <translation>Cannot acknowledge %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="274"/>
        <source>Cannot change the autostart entry</source>
        <translation>Cannot change the autostart entry</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_actions.py" line="142"/>
        <source>Cannot extend the silence</source>
        <translation>Cannot extend the silence</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="106"/>
        <source>Credentials kept until oncall-tray quits</source>
        <translation>Credentials kept until oncall-tray quits</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="259"/>
        <source>Notifications work. Watching %1.</source>
        <translation>Notifications work. Watching %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="284"/>
        <source>Problems in the settings file</source>
        <translation>Problems in the settings file</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="377"/>
        <source>oncall-tray runs already but does not answer; quit it or end its process</source>
        <translation>oncall-tray runs already but does not answer; quit it or end its process</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="260"/>
        <source>oncall-tray test notification</source>
        <translation>oncall-tray test notification</translation>
    </message>
</context>
<context>
    <name>attention</name>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="65"/>
        <source>Acknowledgement ends at %1: %2</source>
        <translation>Acknowledgement ends at %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="32"/>
        <source>Alertmanager unreachable for %1 min</source>
        <translation>Alertmanager unreachable for %1 min</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="61"/>
        <source>Critical for %1 min. Acknowledge it (silence 15 min) or escalate.</source>
        <translation>Critical for %1 min. Acknowledge it (silence 15 min) or escalate.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="41"/>
        <source>Escalate to %1: %2</source>
        <translation>Escalate to %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="42"/>
        <source>Firing for %1 min without resolution (since %2). The escalation message is ready in the alerts window.</source>
        <translation>Firing for %1 min without resolution (since %2). The escalation message is ready in the alerts window.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="50"/>
        <source>Not acknowledged %1 min after it started. Acknowledge it now.</source>
        <translation>Not acknowledged %1 min after it started. Acknowledge it now.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="56"/>
        <source>Red flag: %1</source>
        <translation>Red flag: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="75"/>
        <source>Resolved: %1 (silence still active)</source>
        <translation>Resolved: %1 (silence still active)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="33"/>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="49"/>
        <source>Response target missed: %1</source>
        <translation>Response target missed: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="30"/>
        <source>Several critical alerts at once: %1</source>
        <translation>Several critical alerts at once: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="76"/>
        <source>Silence by %1 until %2: %3. Expire it in the Silences tab.</source>
        <translation>Silence by %1 until %2: %3. Expire it in the Silences tab.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="60"/>
        <source>Still unacknowledged: %1</source>
        <translation>Still unacknowledged: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="67"/>
        <source>The alert still fires. Extend the silence or escalate.</source>
        <translation>The alert still fires. Extend the silence or escalate.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="58"/>
        <source>The on-call guide says: investigate at once.</source>
        <translation>The on-call guide says: investigate at once.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="138"/>
        <source>%1 is not a silence ID (a UUID such as 64d2e7a2-ca57-4ac1-b1fe-36012f3bb4cf; see oncall-tray silence list).</source>
        <translation>%1 is not a silence ID (a UUID such as 64d2e7a2-ca57-4ac1-b1fe-36012f3bb4cf; see oncall-tray silence list).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/ack.py" line="62"/>
        <source>%1 is too short: give the fingerprint or at least its first %2 characters.</source>
        <translation>%1 is too short: give the fingerprint or at least its first %2 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/ack.py" line="58"/>
        <source>%1 matches several alerts; give more characters:</source>
        <translation>%1 matches several alerts; give more characters:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="92"/>
        <source>(%1 left)</source>
        <translation>(%1 left)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="63"/>
        <source>Alertmanager has no such silence (HTTP 404)</source>
        <translation>Alertmanager has no such silence (HTTP 404)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="65"/>
        <source>Alertmanager refused (HTTP %1): %2</source>
        <translation>Alertmanager refused (HTTP %1): %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="128"/>
        <source>Alertmanager replaced the silence instead of updating it: the new ID is %1.</source>
        <translation>Alertmanager replaced the silence instead of updating it: the new ID is %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="68"/>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="48"/>
        <location filename="../../desktop/oncall_tray/commands/trend.py" line="59"/>
        <source>Alertmanager unreachable or refused</source>
        <translation>Alertmanager unreachable or refused</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="97"/>
        <source>Cancelled; nothing was sent.</source>
        <translation>Cancelled; nothing was sent.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="90"/>
        <source>Confirmation needed: run again with --yes to go ahead.</source>
        <translation>Confirmation needed: run again with --yes to go ahead.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="93"/>
        <source>Go ahead? [y/N] </source>
        <translation>Go ahead? [y/N] </translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="77"/>
        <source>Invalid duration %1: use a whole number and a unit (ms, s, m, h, d, w, y), largest first, such as 15m, 1h30m or 24h.</source>
        <translation>Invalid duration %1: use a whole number and a unit (ms, s, m, h, d, w, y), largest first, such as 15m, 1h30m or 24h.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="69"/>
        <source>Invalid matcher: %1</source>
        <translation>Invalid matcher: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/ack.py" line="65"/>
        <source>No current alert has the fingerprint %1 (see: oncall-tray status).</source>
        <translation>No current alert has the fingerprint %1 (see: oncall-tray status).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="80"/>
        <source>No silence.</source>
        <translation>No silence.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_steps.py" line="22"/>
        <source>Nothing was sent to Alertmanager.</source>
        <translation>Nothing was sent to Alertmanager.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="97"/>
        <source>Silence %1 expired.</source>
        <translation>Silence %1 expired.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="130"/>
        <source>Silence %1 now ends at %2.</source>
        <translation>Silence %1 now ends at %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/autostart_cmd.py" line="37"/>
        <source>Start with the session</source>
        <translation>Start with the session</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_steps.py" line="34"/>
        <source>This silences critical alerts for %1, longer than the 15-minute investigation window (the guide: never silence a critical alert without investigating): %2</source>
        <translation>This silences critical alerts for %1, longer than the 15-minute investigation window (the guide: never silence a critical alert without investigating): %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="81"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="83"/>
        <source>author</source>
        <translation>author</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/autostart_cmd.py" line="35"/>
        <source>cannot change the autostart entry</source>
        <translation>cannot change the autostart entry</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="83"/>
        <source>comment</source>
        <translation>comment</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="84"/>
        <source>covers</source>
        <translation>covers</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="84"/>
        <source>end</source>
        <translation>end</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="81"/>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="83"/>
        <source>matchers</source>
        <translation>matchers</translation>
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
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="81"/>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="84"/>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="49"/>
        <source>store them with: oncall-tray login</source>
        <translation>store them with: oncall-tray login</translation>
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
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="86"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="82"/>
        <source>Alert:</source>
        <translation>Alert:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="94"/>
        <source>Already Tried:</source>
        <translation>Already Tried:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="112"/>
        <source>Context:</source>
        <translation>Context:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="86"/>
        <source>Duration:</source>
        <translation>Duration:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="81"/>
        <source>ESCALATION TO %1</source>
        <translation>ESCALATION TO %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="100"/>
        <source>Impact:</source>
        <translation>Impact:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="97"/>
        <source>Instance:</source>
        <translation>Instance:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="97"/>
        <source>Service:</source>
        <translation>Service:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="83"/>
        <source>Severity:</source>
        <translation>Severity:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="84"/>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="92"/>
        <source>Symptoms:</source>
        <translation>Symptoms:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="91"/>
        <source>Trend: %1</source>
        <translation>Trend: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="93"/>
        <source>[Actions taken]</source>
        <translation>[Actions taken]</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="96"/>
        <source>[Features compromised]</source>
        <translation>[Features compromised]</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="103"/>
        <source>[Grafana link]</source>
        <translation>[Grafana link]</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="96"/>
        <source>[How many customers are affected]</source>
        <translation>[How many customers are affected]</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="89"/>
        <source>[What is happening]</source>
        <translation>[What is happening]</translation>
    </message>
</context>
<context>
    <name>escalation_dialog</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="111"/>
        <source>Copied to the clipboard: paste it in Slack.</source>
        <translation>Copied to the clipboard: paste it in Slack.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="64"/>
        <source>Copy as Markdown</source>
        <translation>Copy as Markdown</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="72"/>
        <source>Edit freely; the copy takes the text as it is.</source>
        <translation>Edit freely; the copy takes the text as it is.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="48"/>
        <source>Escalate %1</source>
        <translation>Escalate %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="69"/>
        <source>Escalate to</source>
        <translation>Escalate to</translation>
    </message>
</context>
<context>
    <name>login</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="120"/>
        <source>A user name cannot contain a colon.</source>
        <translation>A user name cannot contain a colon.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="86"/>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="69"/>
        <source>Bearer token</source>
        <translation>Bearer token</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="123"/>
        <source>Enter the password.</source>
        <translation>Enter the password.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="123"/>
        <source>Enter the token.</source>
        <translation>Enter the token.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="117"/>
        <source>Enter the user name.</source>
        <translation>Enter the user name.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="77"/>
        <source>Kept in the system keyring (%1).</source>
        <translation>Kept in the system keyring (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="93"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="87"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="39"/>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="78"/>
        <source>No system keyring: the secret is kept until oncall-tray quits (%1).</source>
        <translation>No system keyring: the secret is kept until oncall-tray quits (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="110"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="34"/>
        <source>The keyring is locked; the secret is kept until oncall-tray quits (%1).</source>
        <translation>The keyring is locked; the secret is kept until oncall-tray quits (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="110"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="88"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="68"/>
        <source>User name and password (basic auth)</source>
        <translation>User name and password (basic auth)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="61"/>
        <source>oncall-tray — log in to Alertmanager</source>
        <translation>oncall-tray — log in to Alertmanager</translation>
    </message>
</context>
<context>
    <name>notifications</name>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="164"/>
        <source>%1 alerts resolved</source>
        <translation>%1 alerts resolved</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="159"/>
        <source>%1 new alerts</source>
        <translation>%1 new alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="86"/>
        <source>(unnamed alert)</source>
        <translation>(unnamed alert)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="141"/>
        <source>Alertmanager answers again (%1).</source>
        <translation>Alertmanager answers again (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="151"/>
        <source>Alerts firing: %1</source>
        <translation>Alerts firing: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="139"/>
        <source>Contact with Alertmanager lost</source>
        <translation>Contact with Alertmanager lost</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="142"/>
        <source>Contact with Alertmanager restored</source>
        <translation>Contact with Alertmanager restored</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="138"/>
        <source>No answer since %1: %2</source>
        <translation>No answer since %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="90"/>
        <source>Resolved: %1</source>
        <translation>Resolved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="94"/>
        <source>[%1] %2 (was %3)</source>
        <translation>[%1] %2 (was %3)</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="402"/>
        <source>%1: Alertmanager %2, cluster %3, %4 alerts</source>
        <translation>%1: Alertmanager %2, cluster %3, %4 alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="47"/>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="48"/>
        <source>Alertmanager URLs</source>
        <translation>Alertmanager URLs</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="59"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="50"/>
        <source>Authentication</source>
        <translation>Authentication</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="60"/>
        <source>Author of acknowledgements and silences</source>
        <translation>Author of acknowledgements and silences</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="319"/>
        <source>Basic authentication needs a user name.</source>
        <translation>Basic authentication needs a user name.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="93"/>
        <source>Bearer token</source>
        <translation>Bearer token</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="76"/>
        <source>Business days (comma-separated)</source>
        <translation>Business days (comma-separated)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="77"/>
        <source>Business hours</source>
        <translation>Business hours</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="278"/>
        <source>CA certificates</source>
        <translation>CA certificates</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="265"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="70"/>
        <source>Critical: escalate to L2 after (minutes)</source>
        <translation>Critical: escalate to L2 after (minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="71"/>
        <source>Critical: escalate to L3 after (minutes)</source>
        <translation>Critical: escalate to L3 after (minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="69"/>
        <source>Critical: resolve within (minutes)</source>
        <translation>Critical: resolve within (minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="68"/>
        <source>Critical: respond within (minutes)</source>
        <translation>Critical: respond within (minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="81"/>
        <source>Desktop notifications</source>
        <translation>Desktop notifications</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="54"/>
        <source>Do not check TLS certificates (insecure)</source>
        <translation>Do not check TLS certificates (insecure)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="313"/>
        <source>Enter at least one URL.</source>
        <translation>Enter at least one URL.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="269"/>
        <source>Enter password or token…</source>
        <translation>Enter password or token…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="52"/>
        <source>Extra CA certificates (PEM file)</source>
        <translation>Extra CA certificates (PEM file)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="86"/>
        <source>Grafana</source>
        <translation>Grafana</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="88"/>
        <source>Jaeger</source>
        <translation>Jaeger</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="83"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="65"/>
        <source>Left out of an acknowledgement&apos;s matchers</source>
        <translation>Left out of an acknowledgement&apos;s matchers</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="85"/>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="56"/>
        <source>Longest wait between retries (seconds)</source>
        <translation>Longest wait between retries (seconds)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="323"/>
        <source>Must be a number.</source>
        <translation>Must be a number.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="92"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="384"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="80"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="49"/>
        <source>One per line; several are the members of one HA cluster, polled together</source>
        <translation>One per line; several are the members of one HA cluster, polled together</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="82"/>
        <source>One summary for more new alerts than</source>
        <translation>One summary for more new alerts than</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="61"/>
        <source>Only alerts matching (one matcher per line)</source>
        <translation>Only alerts matching (one matcher per line)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="209"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="279"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="55"/>
        <source>Poll every (seconds)</source>
        <translation>Poll every (seconds)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="87"/>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="62"/>
        <source>Receiver (regular expression)</source>
        <translation>Receiver (regular expression)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="57"/>
        <source>Request timeout (seconds)</source>
        <translation>Request timeout (seconds)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="67"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="229"/>
        <source>Settings file: %1</source>
        <translation>Settings file: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="63"/>
        <source>Severity synonyms (value: severity, one per line)</source>
        <translation>Severity synonyms (value: severity, one per line)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="94"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="210"/>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="361"/>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="51"/>
        <source>The password or token is kept in the system keyring</source>
        <translation>The password or token is kept in the system keyring</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="78"/>
        <source>Time zone (empty: the system&apos;s)</source>
        <translation>Time zone (empty: the system&apos;s)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="53"/>
        <source>Trusted in addition to the system&apos;s certificates</source>
        <translation>Trusted in addition to the system&apos;s certificates</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="51"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="92"/>
        <source>User name and password (basic auth)</source>
        <translation>User name and password (basic auth)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="64"/>
        <source>Volatile labels (comma-separated)</source>
        <translation>Volatile labels (comma-separated)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="74"/>
        <source>Warning: escalate to L2 after (minutes)</source>
        <translation>Warning: escalate to L2 after (minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="75"/>
        <source>Warning: escalate to L3 after (minutes)</source>
        <translation>Warning: escalate to L3 after (minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="73"/>
        <source>Warning: resolve within (minutes)</source>
        <translation>Warning: resolve within (minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="72"/>
        <source>Warning: respond within (minutes)</source>
        <translation>Warning: respond within (minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="60"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="195"/>
        <source>oncall-tray — settings</source>
        <translation>oncall-tray — settings</translation>
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
    <name>silence_dialog</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="82"/>
        <source>Add matcher</source>
        <translation>Add matcher</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="127"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="128"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="126"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="201"/>
        <source>Duration: use a duration such as 15m, 1h or 1h30m.</source>
        <translation>Duration: use a duration such as 15m, 1h or 1h30m.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="77"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="130"/>
        <source>Matchers (all must match; regular expressions are anchored):</source>
        <translation>Matchers (all must match; regular expressions are anchored):</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="216"/>
        <source>Matches %1 of %2 current alerts</source>
        <translation>Matches %1 of %2 current alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="73"/>
        <source>New silence</source>
        <translation>New silence</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="246"/>
        <source>Not created: %1</source>
        <translation>Not created: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="77"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="84"/>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="176"/>
        <source>Row %1: %2 is not a label name (letters, digits and _).</source>
        <translation>Row %1: %2 is not a label name (letters, digits and _).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="239"/>
        <source>Sending to Alertmanager…</source>
        <translation>Sending to Alertmanager…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="118"/>
        <source>Silence</source>
        <translation>Silence</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="230"/>
        <source>Silence a critical alert?</source>
        <translation>Silence a critical alert?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="231"/>
        <source>This silences a critical alert for %1, longer than the 15-minute investigation window. The guide says: never silence a critical alert without investigating. Silence anyway?</source>
        <translation>This silences a critical alert for %1, longer than the 15-minute investigation window. The guide says: never silence a critical alert without investigating. Silence anyway?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="77"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="110"/>
        <source>Why? (required: the guide says never silence without a comment)</source>
        <translation>Why? (required: the guide says never silence without a comment)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="95"/>
        <source>other:</source>
        <translation>other:</translation>
    </message>
</context>
<context>
    <name>silences</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="45"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="45"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="46"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="55"/>
        <source>Expire</source>
        <translation>Expire</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="57"/>
        <source>Extend 15 min</source>
        <translation>Extend 15 min</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="45"/>
        <source>Matchers</source>
        <translation>Matchers</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="46"/>
        <source>Mutes</source>
        <translation>Mutes</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="46"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="45"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="83"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="82"/>
        <source>nothing: expire it?</source>
        <translation>nothing: expire it?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="83"/>
        <source>pending</source>
        <translation>pending</translation>
    </message>
</context>
<context>
    <name>silencing</name>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="50"/>
        <source>%1 is longer than 24 hours (the guide: never silence for more than 24 h).</source>
        <translation>%1 is longer than 24 hours (the guide: never silence for more than 24 h).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="45"/>
        <source>A comment is required: say why (the guide: never silence without a comment).</source>
        <translation>A comment is required: say why (the guide: never silence without a comment).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="38"/>
        <source>A silence needs at least one matcher.</source>
        <translation>A silence needs at least one matcher.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="39"/>
        <source>Matcher %1: invalid regular expression (%2).</source>
        <translation>Matcher %1: invalid regular expression (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="52"/>
        <source>Silence %1 has expired; create a new one instead.</source>
        <translation>Silence %1 has expired; create a new one instead.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="47"/>
        <source>The author is empty: set your name (the engineer setting) or give one.</source>
        <translation>The author is empty: set your name (the engineer setting) or give one.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="49"/>
        <source>The silence must end after it starts (duration %1).</source>
        <translation>The silence must end after it starts (duration %1).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="43"/>
        <source>These matchers match every current alert (%1 alerts): narrow them down.</source>
        <translation>These matchers match every current alert (%1 alerts): narrow them down.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="40"/>
        <source>These matchers match everything, even an alert without labels: add one that requires a value, such as alertname=&quot;APIDown&quot;.</source>
        <translation>These matchers match everything, even an alert without labels: add one that requires a value, such as alertname=&quot;APIDown&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silencing.py" line="59"/>
        <source>investigation</source>
        <translation>investigation</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silencing.py" line="61"/>
        <source>known issue</source>
        <translation>known issue</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silencing.py" line="60"/>
        <source>maintenance</source>
        <translation>maintenance</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="184"/>
        <source>Alertmanager %1 (version %2)</source>
        <translation>Alertmanager %1 (version %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="199"/>
        <source>Alerts: %1 (%2)</source>
        <translation>Alerts: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="187"/>
        <source>Cluster degraded: %1 does not answer (%2)</source>
        <translation>Cluster degraded: %1 does not answer (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="193"/>
        <source>No alert is firing.</source>
        <translation>No alert is firing.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="200"/>
        <source>acknowledged</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="201"/>
        <source>firing</source>
        <translation>firing</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="224"/>
        <source>resolution overdue %1</source>
        <translation>resolution overdue %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="224"/>
        <source>resolve in %1</source>
        <translation>resolve in %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="220"/>
        <source>respond in %1</source>
        <translation>respond in %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="220"/>
        <source>response overdue %1</source>
        <translation>response overdue %1</translation>
    </message>
</context>
<context>
    <name>tray</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="50"/>
        <source>%1 acknowledged (silenced)</source>
        <translation>%1 acknowledged (silenced)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="162"/>
        <source>Acknowledge %1</source>
        <translation>Acknowledge %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="123"/>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="163"/>
        <source>Acknowledge the worst alert</source>
        <translation>Acknowledge the worst alert</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="32"/>
        <source>Alertmanager needs credentials</source>
        <translation>Alertmanager needs credentials</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="52"/>
        <source>Alerts shown are from %1 (stale)</source>
        <translation>Alerts shown are from %1 (stale)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="35"/>
        <source>Cannot reach Alertmanager</source>
        <translation>Cannot reach Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="73"/>
        <source>Cluster degraded: %1 of %2 members do not answer</source>
        <translation>Cluster degraded: %1 of %2 members do not answer</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="106"/>
        <source>Connecting to Alertmanager…</source>
        <translation>Connecting to Alertmanager…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="36"/>
        <source>Contact with Alertmanager lost</source>
        <translation>Contact with Alertmanager lost</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="54"/>
        <source>Last good poll: %1</source>
        <translation>Last good poll: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="138"/>
        <source>Log in to Alertmanager…</source>
        <translation>Log in to Alertmanager…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="61"/>
        <source>Next deadline: %1</source>
        <translation>Next deadline: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="38"/>
        <source>No unacknowledged alert</source>
        <translation>No unacknowledged alert</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="128"/>
        <source>Open Alertmanager</source>
        <translation>Open Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="129"/>
        <source>Open Grafana</source>
        <translation>Open Grafana</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="130"/>
        <source>Open Prometheus</source>
        <translation>Open Prometheus</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="144"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="125"/>
        <source>Refresh now</source>
        <translation>Refresh now</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="139"/>
        <source>Send test notification</source>
        <translation>Send test notification</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="137"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="122"/>
        <source>Show alerts</source>
        <translation>Show alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="140"/>
        <source>Start with the session</source>
        <translation>Start with the session</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="118"/>
        <source>TLS certificate checks are off</source>
        <translation>TLS certificate checks are off</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="77"/>
        <source>TLS certificate checks are off (insecure_skip_verify)</source>
        <translation>TLS certificate checks are off (insecure_skip_verify)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="39"/>
        <source>Unacknowledged alerts: %1</source>
        <translation>Unacknowledged alerts: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="119"/>
        <source>insecure_skip_verify is on: anyone between you and Alertmanager can read and change what it says</source>
        <translation>insecure_skip_verify is on: anyone between you and Alertmanager can read and change what it says</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="60"/>
        <source>resolve %1 by %2</source>
        <translation>resolve %1 by %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="60"/>
        <source>respond to %1 by %2</source>
        <translation>respond to %1 by %2</translation>
    </message>
</context>
<context>
    <name>trend</name>
    <message>
        <location filename="../../desktop/oncall_tray/commands/trend.py" line="94"/>
        <source>(no labels)</source>
        <translation>(no labels)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/trend.py" line="85"/>
        <source>Expression: %1</source>
        <translation>Expression: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="352"/>
        <source>Metrics normalized: %1</source>
        <translation>Metrics normalized: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="352"/>
        <source>Metrics not normalized yet: %1</source>
        <translation>Metrics not normalized yet: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/trend_fetch.py" line="134"/>
        <source>No trend yet: too many different expressions at once.</source>
        <translation>No trend yet: too many different expressions at once.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/trend_fetch.py" line="130"/>
        <source>No trend: the alert has no usable generatorURL (no g0.expr expression).</source>
        <translation>No trend: the alert has no usable generatorURL (no g0.expr expression).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/trend_fetch.py" line="132"/>
        <source>No trend: the alert&apos;s expression cannot be plotted: %1</source>
        <translation>No trend: the alert&apos;s expression cannot be plotted: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/trend.py" line="87"/>
        <source>Plotted: %1</source>
        <translation>Plotted: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/trend.py" line="91"/>
        <source>Prometheus has no data for this range.</source>
        <translation>Prometheus has no data for this range.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/trend_fetch.py" line="135"/>
        <source>Prometheus unreachable or refused: %1</source>
        <translation>Prometheus unreachable or refused: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/trend.py" line="97"/>
        <source>and %1 more</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="290"/>
        <source>falling</source>
        <translation>falling</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="287"/>
        <source>improving</source>
        <translation>improving</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="291"/>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="321"/>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="339"/>
        <source>now %1</source>
        <translation>now %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="289"/>
        <source>rising</source>
        <translation>rising</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="319"/>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="338"/>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="288"/>
        <source>stable</source>
        <translation>stable</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="331"/>
        <source>threshold %1</source>
        <translation>threshold %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="286"/>
        <source>worsening</source>
        <translation>worsening</translation>
    </message>
</context>
<context>
    <name>trend_chart</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/trend_chart.py" line="39"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/trend_chart.py" line="38"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/trend_chart.py" line="124"/>
        <source>Asking Prometheus for the trend of %1…</source>
        <translation>Asking Prometheus for the trend of %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/trend_chart.py" line="131"/>
        <source>No trend</source>
        <translation>No trend</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/trend_chart.py" line="169"/>
        <source>Plotted: %1</source>
        <translation>Plotted: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/trend_chart.py" line="134"/>
        <source>Prometheus has no data for %1 over this range.</source>
        <translation>Prometheus has no data for %1 over this range.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/trend_chart.py" line="100"/>
        <source>Range</source>
        <translation>Range</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/trend_chart.py" line="106"/>
        <source>Select an alert to see its trend.</source>
        <translation>Select an alert to see its trend.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/trend_chart.py" line="167"/>
        <source>and %1 more series</source>
        <translation>and %1 more series</translation>
    </message>
</context>
<context>
    <name>trend_notices</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/trend_notices.py" line="87"/>
        <source>Trend: %1</source>
        <translation>Trend: %1</translation>
    </message>
</context>
</TS>
