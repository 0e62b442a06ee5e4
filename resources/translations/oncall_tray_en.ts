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
        <location filename="../../desktop/oncall_tray/ui/app.py" line="200"/>
        <source>%1; defaults are used for: %2</source>
        <translation>%1; defaults are used for: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="68"/>
        <source>Alertmanager cluster degraded</source>
        <translation>Alertmanager cluster degraded</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="56"/>
        <source>Alertmanager needs credentials</source>
        <translation>Alertmanager needs credentials</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="106"/>
        <source>Credentials kept until oncall-tray quits</source>
        <translation>Credentials kept until oncall-tray quits</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="190"/>
        <source>Notifications work. Watching %1.</source>
        <translation>Notifications work. Watching %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="199"/>
        <source>Problems in the settings file</source>
        <translation>Problems in the settings file</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="191"/>
        <source>oncall-tray test notification</source>
        <translation>oncall-tray test notification</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="48"/>
        <source>Alertmanager unreachable or refused</source>
        <translation>Alertmanager unreachable or refused</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="49"/>
        <source>store them with: oncall-tray login</source>
        <translation>store them with: oncall-tray login</translation>
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
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="162"/>
        <source>%1 alerts resolved</source>
        <translation>%1 alerts resolved</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="157"/>
        <source>%1 new alerts</source>
        <translation>%1 new alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="84"/>
        <source>(unnamed alert)</source>
        <translation>(unnamed alert)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="139"/>
        <source>Alertmanager answers again (%1).</source>
        <translation>Alertmanager answers again (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="149"/>
        <source>Alerts firing: %1</source>
        <translation>Alerts firing: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="137"/>
        <source>Contact with Alertmanager lost</source>
        <translation>Contact with Alertmanager lost</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="140"/>
        <source>Contact with Alertmanager restored</source>
        <translation>Contact with Alertmanager restored</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="136"/>
        <source>No answer since %1: %2</source>
        <translation>No answer since %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="88"/>
        <source>Resolved: %1</source>
        <translation>Resolved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="92"/>
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
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="49"/>
        <source>%1 acknowledged (silenced)</source>
        <translation>%1 acknowledged (silenced)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="31"/>
        <source>Alertmanager needs credentials</source>
        <translation>Alertmanager needs credentials</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="51"/>
        <source>Alerts shown are from %1 (stale)</source>
        <translation>Alerts shown are from %1 (stale)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="34"/>
        <source>Cannot reach Alertmanager</source>
        <translation>Cannot reach Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="66"/>
        <source>Cluster degraded: %1 of %2 members do not answer</source>
        <translation>Cluster degraded: %1 of %2 members do not answer</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="96"/>
        <source>Connecting to Alertmanager…</source>
        <translation>Connecting to Alertmanager…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="35"/>
        <source>Contact with Alertmanager lost</source>
        <translation>Contact with Alertmanager lost</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="53"/>
        <source>Last good poll: %1</source>
        <translation>Last good poll: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="125"/>
        <source>Log in to Alertmanager…</source>
        <translation>Log in to Alertmanager…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="37"/>
        <source>No unacknowledged alert</source>
        <translation>No unacknowledged alert</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="115"/>
        <source>Open Alertmanager</source>
        <translation>Open Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="116"/>
        <source>Open Grafana</source>
        <translation>Open Grafana</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="117"/>
        <source>Open Prometheus</source>
        <translation>Open Prometheus</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="128"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="112"/>
        <source>Refresh now</source>
        <translation>Refresh now</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="126"/>
        <source>Send test notification</source>
        <translation>Send test notification</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="124"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="111"/>
        <source>Show alerts</source>
        <translation>Show alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="107"/>
        <source>TLS certificate checks are off</source>
        <translation>TLS certificate checks are off</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="70"/>
        <source>TLS certificate checks are off (insecure_skip_verify)</source>
        <translation>TLS certificate checks are off (insecure_skip_verify)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="38"/>
        <source>Unacknowledged alerts: %1</source>
        <translation>Unacknowledged alerts: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="108"/>
        <source>insecure_skip_verify is on: anyone between you and Alertmanager can read and change what it says</source>
        <translation>insecure_skip_verify is on: anyone between you and Alertmanager can read and change what it says</translation>
    </message>
</context>
</TS>
