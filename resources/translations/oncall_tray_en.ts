<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="119"/>
        <source>%1; defaults are used for: %2</source>
        <translation>%1; defaults are used for: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="109"/>
        <source>Notifications work. Watching %1.</source>
        <translation>Notifications work. Watching %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="118"/>
        <source>Problems in the settings file</source>
        <translation>Problems in the settings file</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="110"/>
        <source>oncall-tray test notification</source>
        <translation>oncall-tray test notification</translation>
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
        <location filename="../../desktop/oncall_tray/commands/common.py" line="49"/>
        <source>Alertmanager has no such silence (HTTP 404)</source>
        <translation>Alertmanager has no such silence (HTTP 404)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="51"/>
        <source>Alertmanager refused (HTTP %1): %2</source>
        <translation>Alertmanager refused (HTTP %1): %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="128"/>
        <source>Alertmanager replaced the silence instead of updating it: the new ID is %1.</source>
        <translation>Alertmanager replaced the silence instead of updating it: the new ID is %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="54"/>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="39"/>
        <source>Alertmanager unreachable or refused</source>
        <translation>Alertmanager unreachable or refused</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="83"/>
        <source>Cancelled; nothing was sent.</source>
        <translation>Cancelled; nothing was sent.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="76"/>
        <source>Confirmation needed: run again with --yes to go ahead.</source>
        <translation>Confirmation needed: run again with --yes to go ahead.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="79"/>
        <source>Go ahead? [y/N] </source>
        <translation>Go ahead? [y/N] </translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="63"/>
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
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="81"/>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="84"/>
        <source>start</source>
        <translation>start</translation>
    </message>
</context>
<context>
    <name>notifications</name>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="165"/>
        <source>%1 alerts resolved</source>
        <translation>%1 alerts resolved</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="160"/>
        <source>%1 new alerts</source>
        <translation>%1 new alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="94"/>
        <source>(unnamed alert)</source>
        <translation>(unnamed alert)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="142"/>
        <source>Alertmanager answers again (%1).</source>
        <translation>Alertmanager answers again (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="152"/>
        <source>Alerts firing: %1</source>
        <translation>Alerts firing: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="140"/>
        <source>Contact with Alertmanager lost</source>
        <translation>Contact with Alertmanager lost</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="143"/>
        <source>Contact with Alertmanager restored</source>
        <translation>Contact with Alertmanager restored</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="139"/>
        <source>No answer since %1: %2</source>
        <translation>No answer since %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="98"/>
        <source>Resolved: %1</source>
        <translation>Resolved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="102"/>
        <source>[%1] %2 (was %3)</source>
        <translation>[%1] %2 (was %3)</translation>
    </message>
</context>
<context>
    <name>severity</name>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="79"/>
        <source>critical</source>
        <translation>critical</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="81"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="82"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="80"/>
        <source>warning</source>
        <translation>warning</translation>
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
        <location filename="../../desktop/oncall_tray/commands/status.py" line="116"/>
        <source>Alertmanager %1 (version %2)</source>
        <translation>Alertmanager %1 (version %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="127"/>
        <source>Alerts: %1 (%2)</source>
        <translation>Alerts: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="121"/>
        <source>No alert is firing.</source>
        <translation>No alert is firing.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="128"/>
        <source>acknowledged</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="129"/>
        <source>firing</source>
        <translation>firing</translation>
    </message>
</context>
<context>
    <name>status_window</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/status_window.py" line="66"/>
        <source>Open Alertmanager</source>
        <translation>Open Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/status_window.py" line="68"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/status_window.py" line="64"/>
        <source>Refresh now</source>
        <translation>Refresh now</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/status_window.py" line="98"/>
        <source>acknowledged</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/status_window.py" line="99"/>
        <source>stale</source>
        <translation>stale</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/status_window.py" line="111"/>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
</context>
<context>
    <name>tray</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="46"/>
        <source>%1 acknowledged (silenced)</source>
        <translation>%1 acknowledged (silenced)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="48"/>
        <source>Alerts shown are from %1 (stale)</source>
        <translation>Alerts shown are from %1 (stale)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="31"/>
        <source>Cannot reach Alertmanager</source>
        <translation>Cannot reach Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="77"/>
        <source>Connecting to Alertmanager…</source>
        <translation>Connecting to Alertmanager…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="32"/>
        <source>Contact with Alertmanager lost</source>
        <translation>Contact with Alertmanager lost</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="50"/>
        <source>Last good poll: %1</source>
        <translation>Last good poll: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="34"/>
        <source>No unacknowledged alert</source>
        <translation>No unacknowledged alert</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="89"/>
        <source>Open Alertmanager</source>
        <translation>Open Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="90"/>
        <source>Open Grafana</source>
        <translation>Open Grafana</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="91"/>
        <source>Open Prometheus</source>
        <translation>Open Prometheus</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="100"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="86"/>
        <source>Refresh now</source>
        <translation>Refresh now</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="98"/>
        <source>Send test notification</source>
        <translation>Send test notification</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="85"/>
        <source>Show status</source>
        <translation>Show status</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="35"/>
        <source>Unacknowledged alerts: %1</source>
        <translation>Unacknowledged alerts: %1</translation>
    </message>
</context>
</TS>
