<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/translations.py" line="83"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/translations.py" line="83"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>aftercare</name>
    <message>
        <location filename="../../desktop/oncall_tray/core/aftercare.py" line="59"/>
        <source>Confirm the metrics are back to normal</source>
        <translation>Confirm the metrics are back to normal</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/aftercare.py" line="61"/>
        <source>Document the actions taken</source>
        <translation>Document the actions taken</translation>
    </message>
    <message>
        <source>Fill in the post-mortem (template in RUNBOOKS.md)</source>
        <translation type="vanished">Fill in the post-mortem (template in RUNBOOKS.md)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/aftercare.py" line="69"/>
        <source>Fill in the post-mortem (template in RUNBOOKS.md): root cause, corrective actions, follow-up tickets</source>
        <translation>Fill in the post-mortem (template in RUNBOOKS.md): root cause, corrective actions, follow-up tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/aftercare.py" line="58"/>
        <source>Remove the silences</source>
        <translation>Remove the silences</translation>
    </message>
    <message>
        <source>Review the post-mortem with the team</source>
        <translation type="vanished">Review the post-mortem with the team</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/aftercare.py" line="71"/>
        <source>Review the post-mortem with the team; update the runbook if needed, adjust the thresholds if it was a false positive</source>
        <translation>Review the post-mortem with the team; update the runbook if needed, adjust the thresholds if it was a false positive</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/aftercare.py" line="60"/>
        <source>Update the #incidents thread with the resolution</source>
        <translation>Update the #incidents thread with the resolution</translation>
    </message>
</context>
<context>
    <name>alerts</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/state_cells.py" line="90"/>
        <source>%1 answered</source>
        <comment>the narrow state cell: that level answered</comment>
        <translation>%1 answered</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/sla_cells.py" line="52"/>
        <source>%1 late</source>
        <translation>%1 late</translation>
    </message>
    <message>
        <source>%1 paged</source>
        <comment>the narrow state cell: escalated</comment>
        <translation type="vanished">%1 paged</translation>
    </message>
    <message>
        <source>%1 paged</source>
        <comment>the narrow state cell: escalated to that level</comment>
        <translation type="vanished">%1 paged</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/state_cells.py" line="77"/>
        <source>%1 resolution overdue</source>
        <comment>the narrow state cell: the level escalated to has not resolved it in time</comment>
        <translation>%1 resolution overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/state_cells.py" line="80"/>
        <location filename="../../desktop/oncall_tray/ui/state_cells.py" line="86"/>
        <source>%1, as last seen</source>
        <translation>%1, as last seen</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/state_cells.py" line="86"/>
        <source>%1, as last seen on %2</source>
        <translation>%1, as last seen on %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/acknowledged.py" line="311"/>
        <source>%1, inhibited</source>
        <translation>%1, inhibited</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="90"/>
        <location filename="../../desktop/oncall_tray/ui/state_cells.py" line="94"/>
        <source>(stale)</source>
        <translation>(stale)</translation>
    </message>
    <message>
        <source>(stale)</source>
        <comment>the narrow state cell</comment>
        <translation type="vanished">(stale)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/sla_cells.py" line="74"/>
        <source>Acknowledged %1 after the response target</source>
        <translation>Acknowledged %1 after the response target</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="87"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="87"/>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/sla_cells.py" line="96"/>
        <source>Investigation target missed at %1</source>
        <translation>Investigation target missed at %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/sla_cells.py" line="96"/>
        <source>Investigation target: %1</source>
        <translation>Investigation target: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/sla_cells.py" line="97"/>
        <source>Resolution target missed at %1</source>
        <translation>Resolution target missed at %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/sla_cells.py" line="97"/>
        <source>Resolution target: %1</source>
        <translation>Resolution target: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/sla_cells.py" line="32"/>
        <source>Resolve /
investigate in</source>
        <translation>Resolve /
investigate in</translation>
    </message>
    <message>
        <source>Resolve in</source>
        <translation type="vanished">Resolve in</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/sla_cells.py" line="32"/>
        <source>Respond /
review in</source>
        <translation>Respond /
review in</translation>
    </message>
    <message>
        <source>Respond in</source>
        <translation type="vanished">Respond in</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/sla_cells.py" line="108"/>
        <source>Response target: %1</source>
        <translation>Response target: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/sla_cells.py" line="89"/>
        <source>Review by %1</source>
        <translation>Review by %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/sla_cells.py" line="89"/>
        <source>Review overdue since %1</source>
        <translation>Review overdue since %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/sla_cells.py" line="73"/>
        <source>Reviewed %1 after the review target</source>
        <translation>Reviewed %1 after the review target</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="87"/>
        <source>Service / instance</source>
        <translation>Service / instance</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="87"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/sla_cells.py" line="71"/>
        <source>Silenced, not acknowledged: the response target is met only by acknowledging it</source>
        <translation>Silenced, not acknowledged: the response target is met only by acknowledging it</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/sla_cells.py" line="70"/>
        <source>Silenced, not reviewed: the review target is met only by acknowledging it</source>
        <translation>Silenced, not reviewed: the review target is met only by acknowledging it</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="88"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="87"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/sla_cells.py" line="38"/>
        <source>Time left to acknowledge a critical alert or a warning (the on-call guide&apos;s response target), or to review an info alert (its SLA: review by the end of the next business day)</source>
        <translation>Time left to acknowledge a critical alert or a warning (the on-call guide&apos;s response target), or to review an info alert (its SLA: review by the end of the next business day)</translation>
    </message>
    <message>
        <source>Time left to acknowledge the alert (the on-call guide&apos;s response target)</source>
        <translation type="vanished">Time left to acknowledge the alert (the on-call guide&apos;s response target)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/sla_cells.py" line="40"/>
        <source>Time left to resolve a critical alert, or to investigate a warning (the on-call guide&apos;s second target: Resolução for critical alerts, Investigação for warnings)</source>
        <translation>Time left to resolve a critical alert, or to investigate a warning (the on-call guide&apos;s second target: Resolução for critical alerts, Investigação for warnings)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="88"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/acknowledged.py" line="334"/>
        <source>ack ended %2</source>
        <translation>ack ended %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/acknowledged.py" line="331"/>
        <source>acknowledged</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/acknowledged.py" line="337"/>
        <source>acknowledged by %1 until %2</source>
        <translation>acknowledged by %1 until %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/acknowledged.py" line="334"/>
        <source>acknowledgement by %1 ended at %2</source>
        <translation>acknowledgement by %1 ended at %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/state_cells.py" line="40"/>
        <source>acknowledging…</source>
        <translation>acknowledging…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/state_cells.py" line="40"/>
        <source>acknowledging… (silence sent to Alertmanager)</source>
        <translation>acknowledging… (silence sent to Alertmanager)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/state_cells.py" line="91"/>
        <source>esc. to %1</source>
        <comment>the narrow state cell: &apos;escalated to %1&apos;, abbreviated</comment>
        <translation>esc. to %1</translation>
    </message>
    <message>
        <source>escalation due: %1 (Escalate…)</source>
        <translation type="vanished">escalation due: %1 (Escalate…)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/acknowledged.py" line="329"/>
        <source>firing</source>
        <translation>firing</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/acknowledged.py" line="329"/>
        <source>firing, responded</source>
        <translation>firing, responded</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/acknowledged.py" line="328"/>
        <source>inhibited</source>
        <translation>inhibited</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/acknowledged.py" line="321"/>
        <source>muted</source>
        <translation>muted</translation>
    </message>
    <message>
        <source>muted by %1&apos;s silence until %2</source>
        <translation type="vanished">muted by %1&apos;s silence until %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/acknowledged.py" line="324"/>
        <source>muted until %2</source>
        <translation>muted until %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/sla_cells.py" line="49"/>
        <source>silenced</source>
        <translation>silenced</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/acknowledged.py" line="347"/>
        <source>silenced by %1 until %2</source>
        <translation>silenced by %1 until %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/acknowledged.py" line="347"/>
        <source>silenced by %1 until %2: %3</source>
        <translation>silenced by %1 until %2: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/state_cells.py" line="41"/>
        <source>silencing…</source>
        <translation>silencing…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/state_cells.py" line="41"/>
        <source>silencing… (silence sent to Alertmanager)</source>
        <translation>silencing… (silence sent to Alertmanager)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/acknowledged.py" line="336"/>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="191"/>
        <source>✓ %1 until %2</source>
        <translation>✓ %1 until %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/acknowledged.py" line="336"/>
        <source>✓ until %2</source>
        <translation>✓ until %2</translation>
    </message>
</context>
<context>
    <name>alerts_window</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="277"/>
        <source>%1 (hidden by the filter)</source>
        <translation>%1 (hidden by the filter)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_buttons.py" line="28"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acknowledge</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_buttons.py" line="33"/>
        <source>&amp;Copy for #incidents</source>
        <translation>&amp;Copy for #incidents</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_buttons.py" line="31"/>
        <source>&amp;Escalate…</source>
        <translation>&amp;Escalate…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_buttons.py" line="30"/>
        <source>&amp;Silence…</source>
        <translation>&amp;Silence…</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="vanished">Acknowledge</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="130"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_header.py" line="57"/>
        <source>Connecting to Alertmanager…</source>
        <translation>Connecting to Alertmanager…</translation>
    </message>
    <message>
        <source>Copy for #incidents</source>
        <translation type="vanished">Copy for #incidents</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation type="vanished">Escalate…</translation>
    </message>
    <message>
        <source>No alert will be watched or notified until oncall-tray is started again. Quit anyway?</source>
        <translation type="vanished">No alert will be watched or notified until oncall-tray is started again. Quit anyway?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="116"/>
        <source>Open Alertmanager</source>
        <translation>Open Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="119"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Quit oncall-tray?</source>
        <translation type="vanished">Quit oncall-tray?</translation>
    </message>
    <message>
        <source>Red flag: %1</source>
        <translation type="vanished">Red flag: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="114"/>
        <source>Refresh now</source>
        <translation>Refresh now</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_menu.py" line="24"/>
        <source>S&amp;hift</source>
        <translation>S&amp;hift</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/trend_pane.py" line="63"/>
        <source>Select an alert to see its trend.</source>
        <translation>Select an alert to see its trend.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_buttons.py" line="29"/>
        <source>Silence this alert for the 15-minute investigation window</source>
        <translation>Silence this alert for the 15-minute investigation window</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="131"/>
        <source>Silences</source>
        <translation>Silences</translation>
    </message>
    <message>
        <source>Silence…</source>
        <translation type="vanished">Silence…</translation>
    </message>
    <message>
        <source>Stop watching Alertmanager: close the window to keep watching</source>
        <translation type="vanished">Stop watching Alertmanager: close the window to keep watching</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_menu.py" line="25"/>
        <source>Take over or hand over the shift, the incidents, past handoffs, settings</source>
        <translation>Take over or hand over the shift, the incidents, past handoffs, settings</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_buttons.py" line="32"/>
        <source>The guide&apos;s escalation message for L2 or L3, ready to copy</source>
        <translation>The guide&apos;s escalation message for L2 or L3, ready to copy</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_buttons.py" line="34"/>
        <source>The guide: tell #incidents &quot;Investigando [AlertName]&quot;</source>
        <translation>The guide: tell #incidents &quot;Investigando [AlertName]&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="65"/>
        <source>oncall-tray — alerts</source>
        <translation>oncall-tray — alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="279"/>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="69"/>
        <source>%1 acknowledged on Alertmanager %2</source>
        <translation>%1 acknowledged on Alertmanager %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="69"/>
        <source>%1 acknowledged on Alertmanagers %2</source>
        <translation>%1 acknowledged on Alertmanagers %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_actions.py" line="156"/>
        <source>%1 no longer fires.</source>
        <translation>%1 no longer fires.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_actions.py" line="153"/>
        <source>%1 no longer fires: nothing was silenced.</source>
        <translation>%1 no longer fires: nothing was silenced.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_actions.py" line="156"/>
        <source>%1 resolved at %2.</source>
        <translation>%1 resolved at %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_actions.py" line="152"/>
        <source>%1 resolved at %2: nothing was silenced.</source>
        <translation>%1 resolved at %2: nothing was silenced.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="82"/>
        <source>%1 was not acknowledged on %2, which also holds it: it still fires there.</source>
        <translation>%1 was not acknowledged on %2, which also holds it: it still fires there.</translation>
    </message>
    <message>
        <source>%1 was not acknowledged: nothing was silenced. %2</source>
        <translation type="vanished">%1 was not acknowledged: nothing was silenced. %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_actions.py" line="199"/>
        <source>%1, muted by a silence</source>
        <translation>%1, muted by a silence</translation>
    </message>
    <message>
        <source>%1. The change may have been made all the same: the Silences tab shows it after the next poll.</source>
        <translation type="vanished">%1. The change may have been made all the same: the Silences tab shows it after the next poll.</translation>
    </message>
    <message>
        <source>%1; defaults are used for: %2</source>
        <translation type="vanished">%1; defaults are used for: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="112"/>
        <source>A system keyring appeared: your password or token is stored in it and will not be asked again after a restart.</source>
        <translation>A system keyring appeared: your password or token is stored in it and will not be asked again after a restart.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="109"/>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="142"/>
        <source>Alertmanager answered with an error</source>
        <translation>Alertmanager answered with an error</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="262"/>
        <source>Alertmanager at %1 cannot be used as set: %2; nothing was kept. Fix the address or its TLS settings first.</source>
        <translation>Alertmanager at %1 cannot be used as set: %2; nothing was kept. Fix the address or its TLS settings first.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="267"/>
        <source>Alertmanager at %1 could not check these credentials: %2; nothing was kept.</source>
        <translation>Alertmanager at %1 could not check these credentials: %2; nothing was kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="250"/>
        <source>Alertmanager at %1 does not ask for credentials (it answered without them): nothing was kept.</source>
        <translation>Alertmanager at %1 does not ask for credentials (it answered without them): nothing was kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="185"/>
        <source>Alertmanager cluster degraded</source>
        <translation>Alertmanager cluster degraded</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="190"/>
        <source>Alertmanager cluster whole again</source>
        <translation>Alertmanager cluster whole again</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="276"/>
        <source>Alertmanager could not be asked now: %1</source>
        <translation>Alertmanager could not be asked now: %1</translation>
    </message>
    <message>
        <source>Alertmanager did not accept the acknowledgement</source>
        <translation type="vanished">Alertmanager did not accept the acknowledgement</translation>
    </message>
    <message>
        <source>Alertmanager did not accept the change</source>
        <translation type="vanished">Alertmanager did not accept the change</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="124"/>
        <source>Alertmanager needs credentials</source>
        <translation>Alertmanager needs credentials</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="256"/>
        <source>Alertmanager refused these credentials (%1); nothing was kept.</source>
        <translation>Alertmanager refused these credentials (%1); nothing was kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="255"/>
        <source>Alertmanager refused these credentials (%1); nothing was kept: %2.</source>
        <translation>Alertmanager refused these credentials (%1); nothing was kept: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="163"/>
        <source>Alertmanager sent alerts the tray cannot read</source>
        <translation>Alertmanager sent alerts the tray cannot read</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="162"/>
        <source>Alertmanager sent silences the tray cannot read</source>
        <translation>Alertmanager sent silences the tray cannot read</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="198"/>
        <source>Alertmanager took the silence, but its answer could not be read (%1), and the silence is not among its silences: it may have been made. Look in the Silences tab (or run: oncall-tray silence list) before trying again.</source>
        <translation>Alertmanager took the silence, but its answer could not be read (%1), and the silence is not among its silences: it may have been made. Look in the Silences tab (or run: oncall-tray silence list) before trying again.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="140"/>
        <source>Alertmanager&apos;s answer could not be read</source>
        <translation>Alertmanager&apos;s answer could not be read</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="48"/>
        <source>All %1 members answer.</source>
        <translation>All %1 members answer.</translation>
    </message>
    <message>
        <source>All of them: oncall-tray config check</source>
        <translation type="vanished">All of them: oncall-tray config check</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_actions.py" line="229"/>
        <source>Already acknowledged</source>
        <translation>Already acknowledged</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_actions.py" line="325"/>
        <source>Also acknowledged: %1</source>
        <translation>Also acknowledged: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_actions.py" line="236"/>
        <location filename="../../desktop/oncall_tray/ui/alert_actions.py" line="243"/>
        <source>Cannot acknowledge %1</source>
        <translation>Cannot acknowledge %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app_menu.py" line="78"/>
        <source>Cannot change the autostart entry</source>
        <translation>Cannot change the autostart entry</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_actions.py" line="294"/>
        <source>Cannot extend the silence</source>
        <translation>Cannot extend the silence</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="123"/>
        <source>Cannot read the saved credentials</source>
        <translation>Cannot read the saved credentials</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_actions.py" line="58"/>
        <source>Copied: paste it in #incidents.</source>
        <translation>Copied: paste it in #incidents.</translation>
    </message>
    <message>
        <source>Could not read the settings file %1 (%2); using the defaults</source>
        <translation type="vanished">Could not read the settings file %1 (%2); using the defaults</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_keeping.py" line="107"/>
        <source>Credentials kept until oncall-tray quits</source>
        <translation>Credentials kept until oncall-tray quits</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="275"/>
        <source>Credentials kept without a check</source>
        <translation>Credentials kept without a check</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="112"/>
        <source>Credentials now kept in the keyring</source>
        <translation>Credentials now kept in the keyring</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_keeping.py" line="110"/>
        <source>Credentials stored in the keyring</source>
        <translation>Credentials stored in the keyring</translation>
    </message>
    <message>
        <source>Expire someone else&apos;s silence?</source>
        <translation type="vanished">Expire someone else&apos;s silence?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="184"/>
        <source>Extend it again if it still needs more time.</source>
        <translation>Extend it again if it still needs more time.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialogs.py" line="204"/>
        <source>It will count as acknowledging %1, this dialog&apos;s alert, and no other alert it silences.</source>
        <translation>It will count as acknowledging %1, this dialog&apos;s alert, and no other alert it silences.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialogs.py" line="199"/>
        <source>It will count as acknowledging %1, this dialog&apos;s alert, and no other alert it silences: %2 will not count as acknowledged.</source>
        <translation>It will count as acknowledging %1, this dialog&apos;s alert, and no other alert it silences: %2 will not count as acknowledged.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialogs.py" line="203"/>
        <source>It will count as acknowledging %1.</source>
        <translation>It will count as acknowledging %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialogs.py" line="194"/>
        <source>It will not count as acknowledging %1: only a silence made by the engineer on call while it fires, or one whose comment starts with ACK, acknowledges it. Acknowledge it for that.</source>
        <translation>It will not count as acknowledging %1: only a silence made by the engineer on call while it fires, or one whose comment starts with ACK, acknowledges it. Acknowledge it for that.</translation>
    </message>
    <message>
        <source>It will not count as acknowledging %1: only a silence of its own labels, each matched exactly (=), its name among them, acknowledges it, when you make it or its comment starts with ACK. A regular expression mutes many alerts and acknowledges none. Acknowledge it for that.</source>
        <translation type="vanished">It will not count as acknowledging %1: only a silence of its own labels, each matched exactly (=), its name among them, acknowledges it, when you make it or its comment starts with ACK. A regular expression mutes many alerts and acknowledges none. Acknowledge it for that.</translation>
    </message>
    <message>
        <source>It will not count as acknowledging %1: only your silence of that alert does (its name exact, every matcher one of its labels), or one whose comment starts with ACK. Acknowledge it for that.</source>
        <translation type="vanished">It will not count as acknowledging %1: only your silence of that alert does (its name exact, every matcher one of its labels), or one whose comment starts with ACK. Acknowledge it for that.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="47"/>
        <source>Its one member answers.</source>
        <translation>Its one member answers.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_actions.py" line="301"/>
        <source>Keep a critical alert silenced?</source>
        <translation>Keep a critical alert silenced?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="108"/>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="141"/>
        <source>No answer from Alertmanager</source>
        <translation>No answer from Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_actions.py" line="155"/>
        <source>No longer firing</source>
        <translation>No longer firing</translation>
    </message>
    <message>
        <source>No longer firing: %1</source>
        <translation type="vanished">No longer firing: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="81"/>
        <source>Not acknowledged everywhere: %1</source>
        <translation>Not acknowledged everywhere: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="137"/>
        <location filename="../../desktop/oncall_tray/ui/alert_actions.py" line="151"/>
        <source>Not acknowledged: %1</source>
        <translation>Not acknowledged: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_actions.py" line="237"/>
        <source>Not created: %1</source>
        <translation>Not created: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_actions.py" line="229"/>
        <source>Nothing was sent. To give it more time, select this silence in the Silences tab and click Extend 15 min.</source>
        <translation>Nothing was sent. To give it more time, select this silence in the Silences tab and click Extend 15 min.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app_menu.py" line="56"/>
        <source>Notifications work. Watching %1.</source>
        <translation>Notifications work. Watching %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="375"/>
        <source>Problems in the settings file</source>
        <translation>Problems in the settings file</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="186"/>
        <source>Silence %1 changed meanwhile: %2. Nothing was sent.</source>
        <translation>Silence %1 changed meanwhile: %2. Nothing was sent.</translation>
    </message>
    <message>
        <source>Silence %1 ended meanwhile (at %2): nothing was sent, so it stays ended. To silence the alert again, use Silence… on it.</source>
        <translation type="vanished">Silence %1 ended meanwhile (at %2): nothing was sent, so it stays ended. To silence the alert again, use Silence… on it.</translation>
    </message>
    <message>
        <source>Silence %1 may have been expired all the same (%2): the Silences tab shows it after the next poll.</source>
        <translation type="vanished">Silence %1 may have been expired all the same (%2): the Silences tab shows it after the next poll.</translation>
    </message>
    <message>
        <source>Silence %1 may have been extended all the same (%2): the Silences tab shows it after the next poll.</source>
        <translation type="vanished">Silence %1 may have been extended all the same (%2): the Silences tab shows it after the next poll.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="104"/>
        <source>Silence %1 not changed everywhere</source>
        <translation>Silence %1 not changed everywhere</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="81"/>
        <source>Silence %1 not made everywhere</source>
        <translation>Silence %1 not made everywhere</translation>
    </message>
    <message>
        <source>Silence %1 was changed meanwhile: it now ends at %2, by %3: %4. Nothing was sent; extend it again if it still needs more time.</source>
        <translation type="vanished">Silence %1 was changed meanwhile: it now ends at %2, by %3: %4. Nothing was sent; extend it again if it still needs more time.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="82"/>
        <source>Silence %1 was not made on %2, which also holds an alert it matches: it still fires there.</source>
        <translation>Silence %1 was not made on %2, which also holds an alert it matches: it still fires there.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="73"/>
        <source>Silence made on Alertmanager %2</source>
        <translation>Silence made on Alertmanager %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="73"/>
        <source>Silence made on Alertmanagers %2</source>
        <translation>Silence made on Alertmanagers %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="106"/>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="129"/>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="137"/>
        <source>Silence not changed</source>
        <translation>Silence not changed</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="186"/>
        <source>Silence not extended</source>
        <translation>Silence not extended</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="114"/>
        <source>The Silences tab shows it after the next poll.</source>
        <translation>The Silences tab shows it after the next poll.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="161"/>
        <source>The other alerts are shown; every reason is in the log.</source>
        <translation>The other alerts are shown; every reason is in the log.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="160"/>
        <source>The other silences are shown; every reason is in the log.</source>
        <translation>The other silences are shown; every reason is in the log.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="140"/>
        <source>The same Alertmanager is listed twice</source>
        <translation>The same Alertmanager is listed twice</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="95"/>
        <source>The saved Alertmanager credentials are in a locked keyring: the desktop asks for its password (its window may be behind others). The tray waits %1 s, then goes on without them.</source>
        <translation>The saved Alertmanager credentials are in a locked keyring: the desktop asks for its password (its window may be behind others). The tray waits %1 s, then goes on without them.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="44"/>
        <source>The saved credentials are in a locked keyring: unlock it and try again, or log in for this run.</source>
        <translation>The saved credentials are in a locked keyring: unlock it and try again, or log in for this run.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="129"/>
        <source>The silence was not changed: %1</source>
        <translation>The silence was not changed: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_actions.py" line="325"/>
        <source>The volatile_labels setting makes them one alert.</source>
        <translation>The volatile_labels setting makes them one alert.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="76"/>
        <source>These Alertmanagers are not one cluster: the silence was made where the alert is.</source>
        <translation>These Alertmanagers are not one cluster: the silence was made where the alert is.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialogs.py" line="71"/>
        <source>This alert is %1 already: a new silence would overlap that one. To give it more time, extend that silence in the Silences tab.</source>
        <translation>This alert is %1 already: a new silence would overlap that one. To give it more time, extend that silence in the Silences tab.</translation>
    </message>
    <message>
        <source>This silence is %1&apos;s: %2. Expire it anyway?</source>
        <translation type="vanished">This silence is %1&apos;s: %2. Expire it anyway?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="184"/>
        <source>To silence the alert again, use Silence… on it.</source>
        <translation>To silence the alert again, use Silence… on it.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="210"/>
        <source>Unknown whether the alert was acknowledged</source>
        <translation>Unknown whether the alert was acknowledged</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="211"/>
        <source>Unknown whether the silence was created</source>
        <translation>Unknown whether the silence was created</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="202"/>
        <source>Unknown whether the silence was created: %1. Alertmanager could not be asked afterwards either (%2). Look in the Silences tab (or run: oncall-tray silence list) before trying again.</source>
        <translation>Unknown whether the silence was created: %1. Alertmanager could not be asked afterwards either (%2). Look in the Silences tab (or run: oncall-tray silence list) before trying again.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="94"/>
        <source>Waiting for the keyring to be unlocked</source>
        <translation>Waiting for the keyring to be unlocked</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_actions.py" line="302"/>
        <source>With this extension the silence keeps a critical alert silenced for %1 in all, longer than the 15-minute investigation window. The guide says: never silence a critical alert without investigating. Extend anyway?</source>
        <translation>With this extension the silence keeps a critical alert silenced for %1 in all, longer than the 15-minute investigation window. The guide says: never silence a critical alert without investigating. Extend anyway?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_keeping.py" line="110"/>
        <source>Your password or token is stored in the system keyring and will not be asked again after a restart.</source>
        <translation>Your password or token is stored in the system keyring and will not be asked again after a restart.</translation>
    </message>
    <message>
        <source>oncall-tray runs already but does not answer; quit it or end its process</source>
        <translation type="vanished">oncall-tray runs already but does not answer; quit it or end its process</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/launch.py" line="158"/>
        <source>oncall-tray runs already but does not answer; quit it or end its process (its lock: %1)</source>
        <translation>oncall-tray runs already but does not answer; quit it or end its process (its lock: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/launch.py" line="156"/>
        <source>oncall-tray runs already; its window was brought to the front</source>
        <translation>oncall-tray runs already; its window was brought to the front</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app_menu.py" line="57"/>
        <source>oncall-tray test notification</source>
        <translation>oncall-tray test notification</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../desktop/oncall_tray/cli_parser.py" line="96"/>
        <source>%1: error: %2</source>
        <translation>%1: error: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli_parser.py" line="110"/>
        <source>ambiguous option: %1 could match %2</source>
        <translation>ambiguous option: %1 could match %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli_parser.py" line="124"/>
        <source>argument %1: %2</source>
        <translation>argument %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli_parser.py" line="115"/>
        <source>expected %1 arguments</source>
        <translation>expected %1 arguments</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli_parser.py" line="114"/>
        <source>expected at least one argument</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli_parser.py" line="113"/>
        <source>expected at most one argument</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli_parser.py" line="111"/>
        <source>expected one argument</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli_parser.py" line="112"/>
        <source>given more than once: give it once</source>
        <translation>given more than once: give it once</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli_parser.py" line="109"/>
        <source>ignored explicit argument %1</source>
        <translation>ignored explicit argument %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli_parser.py" line="107"/>
        <source>invalid %1 value: %2</source>
        <translation>invalid %1 value: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli_parser.py" line="106"/>
        <source>invalid choice: %1 (choose from %2)</source>
        <translation>invalid choice: %1 (choose from %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli_parser.py" line="108"/>
        <source>not allowed with argument %1</source>
        <translation>not allowed with argument %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli_parser.py" line="105"/>
        <source>one of the arguments %1 is required</source>
        <translation>one of the arguments %1 is required</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli_parser.py" line="83"/>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli_parser.py" line="82"/>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli.py" line="40"/>
        <source>show program&apos;s version number and exit</source>
        <translation>show program&apos;s version number and exit</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli_parser.py" line="86"/>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli_parser.py" line="104"/>
        <source>the following arguments are required: %1</source>
        <translation>the following arguments are required: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli_parser.py" line="102"/>
        <source>unrecognized arguments: %1</source>
        <translation>unrecognized arguments: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli_parser.py" line="44"/>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
</context>
<context>
    <name>attention</name>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="305"/>
        <source>%1 answer overdue: %2</source>
        <translation>%1 answer overdue: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="329"/>
        <source>%1 resolution overdue: %2</source>
        <translation>%1 resolution overdue: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="264"/>
        <source>Acknowledgement ended outside oncall-tray: %1</source>
        <translation>Acknowledgement ended outside oncall-tray: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="248"/>
        <source>Acknowledgement ends at %1: %2</source>
        <translation>Acknowledgement ends at %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="271"/>
        <source>Acknowledgement ran out: %1</source>
        <translation>Acknowledgement ran out: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="291"/>
        <source>Acknowledgements and silences ended: %1 alerts</source>
        <translation>Acknowledgements and silences ended: %1 alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="290"/>
        <source>Acknowledgements and silences ended: %1 more alerts</source>
        <translation>Acknowledgements and silences ended: %1 more alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="243"/>
        <source>Acknowledgements ending soon: %1 alerts</source>
        <translation>Acknowledgements ending soon: %1 alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="242"/>
        <source>Acknowledgements ending soon: %1 more alerts</source>
        <translation>Acknowledgements ending soon: %1 more alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="287"/>
        <source>Acknowledgements ran out: %1 alerts</source>
        <translation>Acknowledgements ran out: %1 alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="286"/>
        <source>Acknowledgements ran out: %1 more alerts</source>
        <translation>Acknowledgements ran out: %1 more alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="212"/>
        <location filename="../../desktop/oncall_tray/notify/flag_texts.py" line="26"/>
        <source>Alertmanager asks for credentials</source>
        <translation>Alertmanager asks for credentials</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/flag_texts.py" line="42"/>
        <source>Alertmanager has been asking the tray to slow down (HTTP 429/503) for %1 min; no alerts read from it yet</source>
        <translation>Alertmanager has been asking the tray to slow down (HTTP 429/503) for %1 min; no alerts read from it yet</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/flag_texts.py" line="44"/>
        <source>Alertmanager has been asking the tray to slow down (HTTP 429/503) for %1 min; the alerts shown are from %2</source>
        <translation>Alertmanager has been asking the tray to slow down (HTTP 429/503) for %1 min; the alerts shown are from %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/flag_texts.py" line="28"/>
        <source>Alertmanager unreachable for %1 min</source>
        <translation>Alertmanager unreachable for %1 min</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/flag_texts.py" line="76"/>
        <source>Alerts not seen for %1 min</source>
        <translation>Alerts not seen for %1 min</translation>
    </message>
    <message>
        <source>Alerts not seen for %1 min: Alertmanager asks for credentials</source>
        <translation type="vanished">Alerts not seen for %1 min: Alertmanager asks for credentials</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="206"/>
        <source>Alerts that fire meanwhile are neither shown nor notified.</source>
        <translation>Alerts that fire meanwhile are neither shown nor notified.</translation>
    </message>
    <message>
        <source>Critical for %1 min. Acknowledge it (silence 15 min) or escalate.</source>
        <translation type="vanished">Critical for %1 min. Acknowledge it (silence 15 min) or escalate.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="232"/>
        <source>Critical for %1, escalated to %2. Acknowledge it (silence 15 min).</source>
        <translation>Critical for %1, escalated to %2. Acknowledge it (silence 15 min).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="235"/>
        <source>Critical for %1. Acknowledge it (silence 15 min) or escalate.</source>
        <translation>Critical for %1. Acknowledge it (silence 15 min) or escalate.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="185"/>
        <source>Escalate to %1: %2</source>
        <translation>Escalate to %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="171"/>
        <source>Escalate to %2: %1 alerts</source>
        <translation>Escalate to %2: %1 alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="170"/>
        <source>Escalate to %2: %1 more alerts</source>
        <translation>Escalate to %2: %1 more alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="173"/>
        <source>Escalate: %1 alerts</source>
        <translation>Escalate: %1 alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="173"/>
        <source>Escalate: %1 more alerts</source>
        <translation>Escalate: %1 more alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="306"/>
        <source>Escalated to %1 at %2 (%3 ago). The guide: %1 answers within %4 min. No answer? Call again, or escalate to L3.</source>
        <translation>Escalated to %1 at %2 (%3 ago). The guide: %1 answers within %4 min. No answer? Call again, or escalate to L3.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="308"/>
        <source>Escalated to %1 at %2 (%3 ago). The guide: %1 answers within %4 min. No answer? Call again.</source>
        <translation>Escalated to %1 at %2 (%3 ago). The guide: %1 answers within %4 min. No answer? Call again.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="331"/>
        <source>Escalated to %1 at %2 (%3 ago). The guide: %1 resolves within %4 min; escalate to L3 if the incident drags on.</source>
        <translation>Escalated to %1 at %2 (%3 ago). The guide: %1 resolves within %4 min; escalate to L3 if the incident drags on.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="302"/>
        <source>Escalation answers overdue: %1 alerts</source>
        <translation>Escalation answers overdue: %1 alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="301"/>
        <source>Escalation answers overdue: %1 more alerts</source>
        <translation>Escalation answers overdue: %1 more alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="266"/>
        <source>Expired at %1 (amtool, Alertmanager&apos;s UI): the alert fires without a silence. Acknowledge it again or escalate.</source>
        <translation>Expired at %1 (amtool, Alertmanager&apos;s UI): the alert fires without a silence. Acknowledge it again or escalate.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="268"/>
        <source>Expired at %1 (amtool, Alertmanager&apos;s UI): the alert fires without a silence. Acknowledge it or escalate.</source>
        <translation>Expired at %1 (amtool, Alertmanager&apos;s UI): the alert fires without a silence. Acknowledge it or escalate.</translation>
    </message>
    <message>
        <source>Firing for %1 min without resolution (since %2). The escalation message is ready in the alerts window.</source>
        <translation type="vanished">Firing for %1 min without resolution (since %2). The escalation message is ready in the alerts window.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="186"/>
        <source>Firing for %1 without resolution (since %2). The escalation message is ready in the alerts window.</source>
        <translation>Firing for %1 without resolution (since %2). The escalation message is ready in the alerts window.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="70"/>
        <source>Investigation target missed: %1</source>
        <translation>Investigation target missed: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="70"/>
        <source>Investigation target missed: %1 alerts</source>
        <translation>Investigation target missed: %1 alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="69"/>
        <source>Investigation target missed: %1 more alerts</source>
        <translation>Investigation target missed: %1 more alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="272"/>
        <source>It ended at %1 and the alert still fires. Acknowledge it again or escalate.</source>
        <translation>It ended at %1 and the alert still fires. Acknowledge it again or escalate.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="275"/>
        <source>It ended at %1 and the alert still fires. Acknowledge it or escalate.</source>
        <translation>It ended at %1 and the alert still fires. Acknowledge it or escalate.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="326"/>
        <source>L2 resolutions overdue: %1 alerts</source>
        <translation>L2 resolutions overdue: %1 alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="325"/>
        <source>L2 resolutions overdue: %1 more alerts</source>
        <translation>L2 resolutions overdue: %1 more alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="60"/>
        <source>Not acknowledged %1 after it started. Acknowledge it now.</source>
        <translation>Not acknowledged %1 after it started. Acknowledge it now.</translation>
    </message>
    <message>
        <source>Not acknowledged %1 min after it started. Acknowledge it now.</source>
        <translation type="vanished">Not acknowledged %1 min after it started. Acknowledge it now.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="56"/>
        <source>Not reviewed %1 after it started. Review it when you can.</source>
        <translation>Not reviewed %1 after it started. Review it when you can.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="208"/>
        <location filename="../../desktop/oncall_tray/notify/flag_texts.py" line="70"/>
        <source>Red flag: %1</source>
        <translation>Red flag: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="73"/>
        <source>Resolution or investigation target missed: %1 alerts</source>
        <translation>Resolution or investigation target missed: %1 alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="72"/>
        <source>Resolution or investigation target missed: %1 more alerts</source>
        <translation>Resolution or investigation target missed: %1 more alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="66"/>
        <source>Resolution target missed: %1</source>
        <translation>Resolution target missed: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="66"/>
        <source>Resolution target missed: %1 alerts</source>
        <translation>Resolution target missed: %1 alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="65"/>
        <source>Resolution target missed: %1 more alerts</source>
        <translation>Resolution target missed: %1 more alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/left_behind.py" line="32"/>
        <source>Resolved: %1 (silence still active)</source>
        <translation>Resolved: %1 (silence still active)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/left_behind.py" line="44"/>
        <source>Resolved: %1 alerts (%2 silences still active)</source>
        <translation>Resolved: %1 alerts (%2 silences still active)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/left_behind.py" line="35"/>
        <source>Resolved: %1 alerts (silence still active)</source>
        <translation>Resolved: %1 alerts (silence still active)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="62"/>
        <source>Response or review target missed: %1 alerts</source>
        <translation>Response or review target missed: %1 alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="61"/>
        <source>Response or review target missed: %1 more alerts</source>
        <translation>Response or review target missed: %1 more alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="59"/>
        <location filename="../../desktop/oncall_tray/notify/flag_texts.py" line="29"/>
        <source>Response target missed: %1</source>
        <translation>Response target missed: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="59"/>
        <source>Response target missed: %1 alerts</source>
        <translation>Response target missed: %1 alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="58"/>
        <source>Response target missed: %1 more alerts</source>
        <translation>Response target missed: %1 more alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="55"/>
        <source>Review overdue: %1</source>
        <translation>Review overdue: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="54"/>
        <source>Review overdue: %1 alerts</source>
        <translation>Review overdue: %1 alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="54"/>
        <source>Review overdue: %1 more alerts</source>
        <translation>Review overdue: %1 more alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="208"/>
        <source>Several critical alerts at once</source>
        <translation>Several critical alerts at once</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/flag_texts.py" line="24"/>
        <source>Several critical alerts at once: %1</source>
        <translation>Several critical alerts at once: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/left_behind.py" line="29"/>
        <source>Silence by %1 until %2: %3. Expire it in the Silences tab.</source>
        <translation>Silence by %1 until %2: %3. Expire it in the Silences tab.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="265"/>
        <source>Silence ended outside oncall-tray: %1</source>
        <translation>Silence ended outside oncall-tray: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="274"/>
        <source>Silence ended: %1</source>
        <translation>Silence ended: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="250"/>
        <source>Silence ends at %1: %2</source>
        <translation>Silence ends at %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="289"/>
        <source>Silences ended: %1 alerts</source>
        <translation>Silences ended: %1 alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="289"/>
        <source>Silences ended: %1 more alerts</source>
        <translation>Silences ended: %1 more alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="67"/>
        <source>Still firing %1 after it started.</source>
        <translation>Still firing %1 after it started.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="71"/>
        <source>Still firing %1 after it started. The guide: escalate if it keeps getting worse.</source>
        <translation>Still firing %1 after it started. The guide: escalate if it keeps getting worse.</translation>
    </message>
    <message>
        <source>Still firing %1 min after it started. The guide: escalate if it keeps getting worse.</source>
        <translation type="vanished">Still firing %1 min after it started. The guide: escalate if it keeps getting worse.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="228"/>
        <source>Still unacknowledged: %1</source>
        <translation>Still unacknowledged: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="225"/>
        <source>Still unacknowledged: %1 critical alerts</source>
        <translation>Still unacknowledged: %1 critical alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="224"/>
        <source>Still unacknowledged: %1 more critical alerts</source>
        <translation>Still unacknowledged: %1 more critical alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="252"/>
        <source>The alert still fires. Extend the silence or escalate.</source>
        <translation>The alert still fires. Extend the silence or escalate.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="209"/>
        <source>The on-call guide says: investigate at once.</source>
        <translation>The on-call guide says: investigate at once.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/left_behind.py" line="46"/>
        <source>Their silences mute nothing else now. Expire them in the Silences tab.</source>
        <translation>Their silences mute nothing else now. Expire them in the Silences tab.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="198"/>
        <source>%1 (kept through the restart of %2)</source>
        <translation>%1 (kept through the restart of %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/config_cmd.py" line="43"/>
        <source>%1 exists; use --force to replace it</source>
        <translation>%1 exists; use --force to replace it</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/ack.py" line="130"/>
        <source>%1 is %2 (silence %3), which is not its acknowledgement: it silences more than this alert, began before it fired, or is a colleague&apos;s without ACK. Acknowledging it as yours.</source>
        <translation>%1 is %2 (silence %3), which is not its acknowledgement: it silences more than this alert, began before it fired, or is a colleague&apos;s without ACK. Acknowledging it as yours.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli.py" line="239"/>
        <source>%1 is a global option: put it before the subcommand: %2</source>
        <translation>%1 is a global option: put it before the subcommand: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/restart_kept.py" line="177"/>
        <source>%1 is kept through the restart of Alertmanager %2, as the shift journal last saw it: Prometheus has not sent it there again yet (it does within minutes).</source>
        <translation>%1 is kept through the restart of Alertmanager %2, as the shift journal last saw it: Prometheus has not sent it there again yet (it does within minutes).</translation>
    </message>
    <message>
        <source>%1 is muted by silence %2 (%3, until %4), which is not its acknowledgement: it silences more than this alert, or began before it fired. Acknowledging it on its own.</source>
        <translation type="vanished">%1 is muted by silence %2 (%3, until %4), which is not its acknowledgement: it silences more than this alert, or began before it fired. Acknowledging it on its own.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="352"/>
        <source>%1 is not a silence ID (a UUID such as 64d2e7a2-ca57-4ac1-b1fe-36012f3bb4cf; see oncall-tray silence list).</source>
        <translation>%1 is not a silence ID (a UUID such as 64d2e7a2-ca57-4ac1-b1fe-36012f3bb4cf; see oncall-tray silence list).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="350"/>
        <source>%1 is too short: give the fingerprint or at least its first %2 characters.</source>
        <translation>%1 is too short: give the fingerprint or at least its first %2 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="386"/>
        <source>%1 is too short: give the silence ID or at least its first %2 characters.</source>
        <translation>%1 is too short: give the silence ID or at least its first %2 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="346"/>
        <location filename="../../desktop/oncall_tray/commands/escalate.py" line="176"/>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="383"/>
        <source>%1 matches several alerts; give more characters:</source>
        <translation>%1 matches several alerts; give more characters:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="382"/>
        <source>%1 matches several silences; give more characters:</source>
        <translation>%1 matches several silences; give more characters:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="150"/>
        <source>%1. The secret was NOT stored (oncall-tray never writes secrets to a file); the tray&apos;s login dialog can keep it until the tray quits</source>
        <translation>%1. The secret was NOT stored (oncall-tray never writes secrets to a file); the tray&apos;s login dialog can keep it until the tray quits</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="64"/>
        <source>%1: %2 (every setting has its default)</source>
        <translation>%1: %2 (every setting has its default)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="65"/>
        <source>%1: %2 (using the default)</source>
        <translation>%1: %2 (using the default)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="283"/>
        <source>%1: %2 stored in the system keyring (%3)</source>
        <translation>%1: %2 stored in the system keyring (%3)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="264"/>
        <source>%1: %2; nothing was stored: fix the address or its TLS settings first</source>
        <translation>%1: %2; nothing was stored: fix the address or its TLS settings first</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="260"/>
        <source>%1: Alertmanager refused these credentials (%2); nothing was stored</source>
        <translation>%1: Alertmanager refused these credentials (%2); nothing was stored</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="258"/>
        <source>%1: Alertmanager refused these credentials (%2); nothing was stored: %3</source>
        <translation>%1: Alertmanager refused these credentials (%2); nothing was stored: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/config_cmd.py" line="65"/>
        <source>%1: OK</source>
        <translation>%1: OK</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/config_cmd.py" line="63"/>
        <source>%1: OK, with the warnings above (the file is used as written)</source>
        <translation>%1: OK, with the warnings above (the file is used as written)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/config_cmd.py" line="53"/>
        <source>%1: no file; the defaults apply</source>
        <translation>%1: no file; the defaults apply</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="268"/>
        <source>%1: the credentials could not be checked (%2); nothing was stored</source>
        <translation>%1: the credentials could not be checked (%2); nothing was stored</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="220"/>
        <source>%1; nothing was asked or stored</source>
        <translation>%1; nothing was asked or stored</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="171"/>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="221"/>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="250"/>
        <source>%1; nothing was stored</source>
        <translation>%1; nothing was stored</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="210"/>
        <source>(%1 left)</source>
        <translation>(%1 left)</translation>
    </message>
    <message>
        <source>(answered)</source>
        <translation type="vanished">(answered)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="228"/>
        <source>(as last seen in the shift journal: its Alertmanager does not answer)</source>
        <translation>(as last seen in the shift journal: its Alertmanager does not answer)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="206"/>
        <source>(in %1)</source>
        <translation>(in %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli.py" line="128"/>
        <source>--alertmanager: no URL given</source>
        <translation>--alertmanager: no URL given</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/escalate.py" line="158"/>
        <source>--answered records the answer only: it takes neither --note nor --dry-run.</source>
        <translation>--answered records the answer only: it takes neither --note nor --dry-run.</translation>
    </message>
    <message>
        <source>--duration %1 is no time at all: give how long, such as 15m, 1h or 24h.</source>
        <translation type="vanished">--duration %1 is no time at all: give how long, such as 15m, 1h or 24h.</translation>
    </message>
    <message>
        <source>--duration %1 is under a minute: a silence that short is over before anyone reads it; give at least 1m. Nothing was sent to Alertmanager.</source>
        <translation type="vanished">--duration %1 is under a minute: a silence that short is over before anyone reads it; give at least 1m. Nothing was sent to Alertmanager.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/logout.py" line="57"/>
        <source>A password kept for another user name stays; remove it with: oncall-tray logout --username NAME</source>
        <translation>A password kept for another user name stays; remove it with: oncall-tray logout --username NAME</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="144"/>
        <source>A user name is needed.</source>
        <translation>A user name is needed.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="89"/>
        <source>Alertmanager %1 does not answer: its silences are listed as the shift journal last saw them.</source>
        <translation>Alertmanager %1 does not answer: its silences are listed as the shift journal last saw them.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="91"/>
        <source>Alertmanager %1 does not answer: its silences are not known.</source>
        <translation>Alertmanager %1 does not answer: its silences are not known.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="211"/>
        <source>Alertmanager at %1 does not ask for credentials (it answered without them): nothing was stored; the settings are unchanged</source>
        <translation>Alertmanager at %1 does not ask for credentials (it answered without them): nothing was stored; the settings are unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="233"/>
        <source>Alertmanager cannot be read now</source>
        <translation>Alertmanager cannot be read now</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="215"/>
        <source>Alertmanager has no such silence (HTTP 404)</source>
        <translation>Alertmanager has no such silence (HTTP 404)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="218"/>
        <source>Alertmanager refused (HTTP %1): %2</source>
        <translation>Alertmanager refused (HTTP %1): %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="241"/>
        <source>Alertmanager replaced the silence instead of updating it: the new ID is %1.</source>
        <translation>Alertmanager replaced the silence instead of updating it: the new ID is %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="205"/>
        <source>Alertmanager took the silence, but its answer could not be read (%1), and the silence is not among its silences: it may have been made. Look with &apos;oncall-tray silence list&apos; before trying again.</source>
        <translation>Alertmanager took the silence, but its answer could not be read (%1), and the silence is not among its silences: it may have been made. Look with &apos;oncall-tray silence list&apos; before trying again.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="234"/>
        <source>Alertmanager unreachable or refused</source>
        <translation>Alertmanager unreachable or refused</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="114"/>
        <source>Answer b (user name and password) or t (bearer token).</source>
        <translation>Answer b (user name and password) or t (bearer token).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="117"/>
        <source>Answer b (user name and password) or t (bearer token); nothing was stored.</source>
        <translation>Answer b (user name and password) or t (bearer token); nothing was stored.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="325"/>
        <source>As last seen in the shift journal: %1</source>
        <translation>As last seen in the shift journal: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="159"/>
        <source>Bearer token for %1: </source>
        <translation>Bearer token for %1: </translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="335"/>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="338"/>
        <source>Cancelled; nothing was sent.</source>
        <translation>Cancelled; nothing was sent.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="88"/>
        <source>Cancelled; nothing was stored.</source>
        <translation>Cancelled; nothing was stored.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="232"/>
        <source>Cannot read the saved credentials</source>
        <translation>Cannot read the saved credentials</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="328"/>
        <source>Confirmation needed: run again with --yes to go ahead.</source>
        <translation>Confirmation needed: run again with --yes to go ahead.</translation>
    </message>
    <message>
        <source>Credentials for %1 removed from the system keyring.</source>
        <translation type="vanished">Credentials for %1 removed from the system keyring.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/journal_common.py" line="162"/>
        <source>Done in Alertmanager, but not recorded in the shift journal.</source>
        <translation>Done in Alertmanager, but not recorded in the shift journal.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/escalate.py" line="112"/>
        <source>Dry run: the escalation was not recorded in the shift journal.</source>
        <translation>Dry run: the escalation was not recorded in the shift journal.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/escalate.py" line="124"/>
        <source>Escalated to %1 already; the message to %2 was not recorded.</source>
        <translation>Escalated to %1 already; the message to %2 was not recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="331"/>
        <source>Go ahead? [y/N] </source>
        <translation>Go ahead? [y/N] </translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="171"/>
        <source>Interrupted: unknown whether silence %1 was expired (its request was sent). Look with &apos;oncall-tray silence list&apos; before trying again.</source>
        <translation>Interrupted: unknown whether silence %1 was expired (its request was sent). Look with &apos;oncall-tray silence list&apos; before trying again.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="229"/>
        <source>Interrupted: unknown whether silence %1 was extended (its request was sent). Look with &apos;oncall-tray silence list&apos; before trying again.</source>
        <translation>Interrupted: unknown whether silence %1 was extended (its request was sent). Look with &apos;oncall-tray silence list&apos; before trying again.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_steps.py" line="148"/>
        <source>Interrupted: unknown whether the silence was created (its request was sent). Look with &apos;oncall-tray silence list&apos; before trying again.</source>
        <translation>Interrupted: unknown whether the silence was created (its request was sent). Look with &apos;oncall-tray silence list&apos; before trying again.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="273"/>
        <source>Invalid duration %1: use a whole number and a unit (ms, s, m, h, d, w, y), largest first, such as 15m, 1h30m or 24h.</source>
        <translation>Invalid duration %1: use a whole number and a unit (ms, s, m, h, d, w, y), largest first, such as 15m, 1h30m or 24h.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="102"/>
        <source>Invalid matcher: %1</source>
        <translation>Invalid matcher: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/trend.py" line="52"/>
        <source>Invalid range %1: use a whole number and a unit (ms, s, m, h), such as 15m, 1h or 6h.</source>
        <translation>Invalid range %1: use a whole number and a unit (ms, s, m, h), such as 15m, 1h or 6h.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/ack.py" line="116"/>
        <source>It also covers %1 (the volatile_labels setting makes them one alert).</source>
        <translation>It also covers %1 (the volatile_labels setting makes them one alert).</translation>
    </message>
    <message>
        <source>It may be held by one that does not answer: %1</source>
        <translation type="vanished">It may be held by one that does not answer: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="113"/>
        <source>Log in with a user name and password (basic auth) or a bearer token? [b/t] </source>
        <translation>Log in with a user name and password (basic auth) or a bearer token? [b/t] </translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="131"/>
        <source>Logging in to %1 as %2 with a password (basic auth), as at the last login to this address; --username U for another user, --token-stdin for a bearer token</source>
        <translation>Logging in to %1 as %2 with a password (basic auth), as at the last login to this address; --username U for another user, --token-stdin for a bearer token</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="133"/>
        <source>Logging in to %1 as %2 with a password (basic auth), as the settings say; --username U for another user, --token-stdin for a bearer token</source>
        <translation>Logging in to %1 as %2 with a password (basic auth), as the settings say; --username U for another user, --token-stdin for a bearer token</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="126"/>
        <source>Logging in to %1 with a bearer token, as at the last login to this address; --username U for a user name and password instead</source>
        <translation>Logging in to %1 with a bearer token, as at the last login to this address; --username U for a user name and password instead</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="128"/>
        <source>Logging in to %1 with a bearer token, as the settings say; --username U for a user name and password instead</source>
        <translation>Logging in to %1 with a bearer token, as the settings say; --username U for a user name and password instead</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="136"/>
        <source>Logging in to %1 with a user name and password (basic auth), as the settings say; --token-stdin for a bearer token</source>
        <translation>Logging in to %1 with a user name and password (basic auth), as the settings say; --token-stdin for a bearer token</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="304"/>
        <source>Look with &apos;oncall-tray silence list&apos; before trying again.</source>
        <translation>Look with &apos;oncall-tray silence list&apos; before trying again.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/logout.py" line="47"/>
        <source>No credentials were stored for %1.</source>
        <translation>No credentials were stored for %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="353"/>
        <source>No current alert has the fingerprint %1 (see: oncall-tray status).</source>
        <translation>No current alert has the fingerprint %1 (see: oncall-tray status).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/escalate.py" line="177"/>
        <source>No escalated alert still firing has the fingerprint %1 in the shift journal (see: oncall-tray status).</source>
        <translation>No escalated alert still firing has the fingerprint %1 in the shift journal (see: oncall-tray status).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="391"/>
        <source>No silence has an ID that starts with %1 (see: oncall-tray silence list --all).</source>
        <translation>No silence has an ID that starts with %1 (see: oncall-tray silence list --all).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="181"/>
        <source>No silence.</source>
        <translation>No silence.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_steps.py" line="220"/>
        <source>Not created: %1</source>
        <translation>Not created: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/journal_common.py" line="146"/>
        <source>Not recorded in the shift journal yet: the silence could not be read back from Alertmanager (%1); the next poll (the tray&apos;s, or &apos;oncall-tray status&apos;) records it.</source>
        <translation>Not recorded in the shift journal yet: the silence could not be read back from Alertmanager (%1); the next poll (the tray&apos;s, or &apos;oncall-tray status&apos;) records it.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/journal_common.py" line="220"/>
        <source>Not recorded in the shift journal: it follows another Alertmanager (%1) than the one given with --alertmanager (%2).</source>
        <translation>Not recorded in the shift journal: it follows another Alertmanager (%1) than the one given with --alertmanager (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/journal_common.py" line="218"/>
        <source>Not recorded in the shift journal: it follows the whole cluster (%1), not only the members given with --alertmanager (%2).</source>
        <translation>Not recorded in the shift journal: it follows the whole cluster (%1), not only the members given with --alertmanager (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_steps.py" line="180"/>
        <source>Not sent to Alertmanager %1, which holds it too: %2. The alert still fires there.</source>
        <translation>Not sent to Alertmanager %1, which holds it too: %2. The alert still fires there.</translation>
    </message>
    <message>
        <source>Nothing to remove for %1: %2.</source>
        <translation type="vanished">Nothing to remove for %1: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/logout.py" line="37"/>
        <source>Nothing was removed for %1: %2.</source>
        <translation>Nothing was removed for %1: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="278"/>
        <location filename="../../desktop/oncall_tray/commands/silence_steps.py" line="39"/>
        <source>Nothing was sent to Alertmanager.</source>
        <translation>Nothing was sent to Alertmanager.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/ack.py" line="150"/>
        <source>Nothing was sent. It cannot be given more time: it already lasts the 24 h the guide allows at most; escalate if the alert needs more.</source>
        <translation>Nothing was sent. It cannot be given more time: it already lasts the 24 h the guide allows at most; escalate if the alert needs more.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/ack.py" line="153"/>
        <source>Nothing was sent. To give it more time: oncall-tray silence extend %1 --duration %2</source>
        <translation>Nothing was sent. To give it more time: oncall-tray silence extend %1 --duration %2</translation>
    </message>
    <message>
        <source>Nothing was sent. To give it more time: oncall-tray silence extend %1 --duration 15m</source>
        <translation type="vanished">Nothing was sent. To give it more time: oncall-tray silence extend %1 --duration 15m</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="177"/>
        <source>Nothing was stored.</source>
        <translation>Nothing was stored.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="158"/>
        <source>Password for %1 at %2: </source>
        <translation>Password for %1 at %2: </translation>
    </message>
    <message>
        <source>Password: </source>
        <translation type="vanished">Password: </translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/escalate.py" line="193"/>
        <source>Recorded in the shift journal: %1 answered at %2; no more reminders that its answer is overdue.</source>
        <translation>Recorded in the shift journal: %1 answered at %2; no more reminders that its answer is overdue.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/escalate.py" line="129"/>
        <source>Recorded in the shift journal: escalated to %1 (the handoff lists it).</source>
        <translation>Recorded in the shift journal: escalated to %1 (the handoff lists it).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/escalate.py" line="132"/>
        <source>Recorded in the shift journal: escalated to %1. No shift is open, so no handoff lists it: start one with `oncall-tray handoff start --confirm`.</source>
        <translation>Recorded in the shift journal: escalated to %1. No shift is open, so no handoff lists it: start one with `oncall-tray handoff start --confirm`.</translation>
    </message>
    <message>
        <source>Recorded in the shift journal: escalated to %1. No shift is open, so no handoff lists it: start one with oncall-tray handoff start.</source>
        <translation type="vanished">Recorded in the shift journal: escalated to %1. No shift is open, so no handoff lists it: start one with oncall-tray handoff start.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/logout.py" line="51"/>
        <source>Removed from the system keyring for %1: %2.</source>
        <translation>Removed from the system keyring for %1: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_steps.py" line="174"/>
        <source>Sent to Alertmanager %1, which holds the alert: these Alertmanagers are not one cluster, a silence stays where it is made.</source>
        <translation>Sent to Alertmanager %1, which holds the alert: these Alertmanagers are not one cluster, a silence stays where it is made.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_steps.py" line="175"/>
        <source>Sent to Alertmanagers %1, which hold the alert: these Alertmanagers are not one cluster, a silence stays where it is made.</source>
        <translation>Sent to Alertmanagers %1, which hold the alert: these Alertmanagers are not one cluster, a silence stays where it is made.</translation>
    </message>
    <message>
        <source>Silence %1 changed while you answered (someone expired or extended it): nothing was sent. See it with &apos;oncall-tray silence list&apos;.</source>
        <translation type="vanished">Silence %1 changed while you answered (someone expired or extended it): nothing was sent. See it with &apos;oncall-tray silence list&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="226"/>
        <source>Silence %1 changed while you answered: %2. Nothing was sent.</source>
        <translation>Silence %1 changed while you answered: %2. Nothing was sent.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="181"/>
        <source>Silence %1 expired.</source>
        <translation>Silence %1 expired.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="161"/>
        <source>Silence %1 had already expired (at %2); nothing changed.</source>
        <translation>Silence %1 had already expired (at %2); nothing changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="324"/>
        <source>Silence %1 is held by no Alertmanager that answers.</source>
        <translation>Silence %1 is held by no Alertmanager that answers.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="327"/>
        <source>Silence %1 is held by no Alertmanager that answers: it may be held by Alertmanager %2, which does not answer (then it can be expired or extended once it answers again), or it may not exist.</source>
        <translation>Silence %1 is held by no Alertmanager that answers: it may be held by Alertmanager %2, which does not answer (then it can be expired or extended once it answers again), or it may not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="330"/>
        <source>Silence %1 is held by no Alertmanager that answers: it may be held by one of the Alertmanagers %2, which do not answer (then it can be expired or extended once that one answers again), or it may not exist.</source>
        <translation>Silence %1 is held by no Alertmanager that answers: it may be held by one of the Alertmanagers %2, which do not answer (then it can be expired or extended once that one answers again), or it may not exist.</translation>
    </message>
    <message>
        <source>Silence %1 may have been extended all the same (%2). Look with &apos;oncall-tray silence list&apos; before trying again.</source>
        <translation type="vanished">Silence %1 may have been extended all the same (%2). Look with &apos;oncall-tray silence list&apos; before trying again.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="243"/>
        <source>Silence %1 now ends at %2.</source>
        <translation>Silence %1 now ends at %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="166"/>
        <source>Silence %1 was created by %2, not by %3: %4</source>
        <translation>Silence %1 was created by %2, not by %3: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/autostart_cmd.py" line="49"/>
        <source>Start with the session</source>
        <translation>Start with the session</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/escalate.py" line="142"/>
        <source>The SLA asks for %1 from %2.</source>
        <translation>The SLA asks for %1 from %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/escalate.py" line="127"/>
        <source>The escalation to %1 was recorded before; not recorded again.</source>
        <translation>The escalation to %1 was recorded before; not recorded again.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/escalate.py" line="147"/>
        <source>The escalation was not recorded in the shift journal.</source>
        <translation>The escalation was not recorded in the shift journal.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="178"/>
        <source>The escalations and acknowledgements it recorded are not shown.</source>
        <translation>The escalations and acknowledgements it recorded are not shown.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/config_cmd.py" line="50"/>
        <source>The file it replaces was kept as %1.</source>
        <translation>The file it replaces was kept as %1.</translation>
    </message>
    <message>
        <source>The keyring is locked: waiting for it to be unlocked (the desktop asks for its password)…</source>
        <translation type="vanished">The keyring is locked: waiting for it to be unlocked (the desktop asks for its password)…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="165"/>
        <source>The keyring is locked: waiting for it to be unlocked (the desktop asks for its password; at most %1 s)…</source>
        <translation>The keyring is locked: waiting for it to be unlocked (the desktop asks for its password; at most %1 s)…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="168"/>
        <source>The keyring is not set up yet: waiting for the desktop&apos;s prompt to create it (answer it on your desktop; at most %1 s)…</source>
        <translation>The keyring is not set up yet: waiting for the desktop&apos;s prompt to create it (answer it on your desktop; at most %1 s)…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/trend.py" line="55"/>
        <source>The range must be more than 0 and at most 6h, not %1.</source>
        <translation>The range must be more than 0 and at most 6h, not %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="255"/>
        <source>The saved credentials are in a locked keyring: unlock it and run the command again.</source>
        <translation>The saved credentials are in a locked keyring: unlock it and run the command again.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_steps.py" line="62"/>
        <source>This silences critical alerts for %1, longer than the 15-minute investigation window (the guide: never silence a critical alert without investigating): %2</source>
        <translation>This silences critical alerts for %1, longer than the 15-minute investigation window (the guide: never silence a critical alert without investigating): %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/escalate.py" line="144"/>
        <source>To escalate to %1 now: oncall-tray escalate %2 --level %1</source>
        <translation>To escalate to %1 now: oncall-tray escalate %2 --level %1</translation>
    </message>
    <message>
        <source>Token: </source>
        <translation type="vanished">Token: </translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="209"/>
        <source>Unknown whether the silence was created: %1. Alertmanager could not be asked afterwards either (%2). Look with &apos;oncall-tray silence list&apos; before trying again.</source>
        <translation>Unknown whether the silence was created: %1. Alertmanager could not be asked afterwards either (%2). Look with &apos;oncall-tray silence list&apos; before trying again.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/autostart_cmd.py" line="31"/>
        <source>Until the settings file is fixed, the tray started with the session says what is wrong with it and runs on the defaults where it is wrong.</source>
        <translation>Until the settings file is fixed, the tray started with the session says what is wrong with it and runs on the defaults where it is wrong.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="285"/>
        <source>Used whenever --alertmanager names this address; the settings file and its Alertmanager&apos;s login are unchanged.</source>
        <translation>Used whenever --alertmanager names this address; the settings file and its Alertmanager&apos;s login are unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="233"/>
        <source>User name: </source>
        <translation>User name: </translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="187"/>
        <source>What you typed is kept: the keyring is not set up yet; press Enter to be asked again by the prompt that creates it (n to give up): </source>
        <translation>What you typed is kept: the keyring is not set up yet; press Enter to be asked again by the prompt that creates it (n to give up): </translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="189"/>
        <source>What you typed is kept: unlock the keyring, then press Enter to try again (n to give up): </source>
        <translation>What you typed is kept: unlock the keyring, then press Enter to try again (n to give up): </translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_steps.py" line="65"/>
        <source>With this extension, silence %3 keeps critical alerts silenced for %1 in all, longer than the 15-minute investigation window (the guide: never silence a critical alert without investigating): %2</source>
        <translation>With this extension, silence %3 keeps critical alerts silenced for %1 in all, longer than the 15-minute investigation window (the guide: never silence a critical alert without investigating): %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="145"/>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="238"/>
        <source>a basic-auth user name cannot contain a colon</source>
        <translation>a basic-auth user name cannot contain a colon</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="182"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_steps.py" line="95"/>
        <source>and %1 more</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/demo_cmd.py" line="50"/>
        <source>another oncall-tray is running: the demo&apos;s alerts are made up, and marked [Demo] in its notifications, icon, menu and windows</source>
        <translation>another oncall-tray is running: the demo&apos;s alerts are made up, and marked [Demo] in its notifications, icon, menu and windows</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="184"/>
        <source>author</source>
        <translation>author</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="235"/>
        <source>basic auth needs a user name: --username U (or auth_username in the settings)</source>
        <translation>basic auth needs a user name: --username U (or auth_username in the settings)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="281"/>
        <source>bearer token</source>
        <translation>bearer token</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/autostart_cmd.py" line="47"/>
        <source>cannot change the autostart entry</source>
        <translation>cannot change the autostart entry</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/desktop_session.py" line="53"/>
        <source>cannot open the X display %1 (DISPLAY): the session it names is gone (an old ssh session?); the one-shot commands (status, ack, silence...) work without one</source>
        <translation>cannot open the X display %1 (DISPLAY): the session it names is gone (an old ssh session?); the one-shot commands (status, ack, silence...) work without one</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/demo_cmd.py" line="61"/>
        <source>cannot post the demo alerts to %1: %2</source>
        <translation>cannot post the demo alerts to %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="184"/>
        <source>comment</source>
        <translation>comment</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="288"/>
        <source>could not check it now: %1</source>
        <translation>could not check it now: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="185"/>
        <source>covers</source>
        <translation>covers</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/demo_cmd.py" line="63"/>
        <source>demo Alertmanager at %1 (stopped when the tray quits)</source>
        <translation>demo Alertmanager at %1 (stopped when the tray quits)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/demo_cmd.py" line="129"/>
        <source>demo Prometheus at %1 (stopped when the tray quits)</source>
        <translation>demo Prometheus at %1 (stopped when the tray quits)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="185"/>
        <source>end</source>
        <translation>end</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="182"/>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="187"/>
        <source>held by</source>
        <translation>held by</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="184"/>
        <source>matchers</source>
        <translation>matchers</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="222"/>
        <source>no alert now</source>
        <translation>no alert now</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/demo_cmd.py" line="127"/>
        <source>no demo Prometheus, so no trends: %1</source>
        <translation>no demo Prometheus, so no trends: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/desktop_session.py" line="55"/>
        <source>no graphical session (neither DISPLAY nor WAYLAND_DISPLAY is set): the tray needs a desktop; the one-shot commands (status, ack, silence...) work without one</source>
        <translation>no graphical session (neither DISPLAY nor WAYLAND_DISPLAY is set): the tray needs a desktop; the one-shot commands (status, ack, silence...) work without one</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli.py" line="58"/>
        <source>no path given</source>
        <translation>no path given</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="245"/>
        <source>nothing on standard input: pipe the password in</source>
        <translation>nothing on standard input: pipe the password in</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="246"/>
        <source>nothing on standard input: pipe the token in</source>
        <translation>nothing on standard input: pipe the token in</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="207"/>
        <source>nothing to read the secret from: on a terminal, login asks for it; otherwise pipe it in with --password-stdin (basic auth, with --username U) or --token-stdin (bearer token)</source>
        <translation>nothing to read the secret from: on a terminal, login asks for it; otherwise pipe it in with --password-stdin (basic auth, with --username U) or --token-stdin (bearer token)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/autostart_cmd.py" line="49"/>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/autostart_cmd.py" line="49"/>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="257"/>
        <source>oncall-tray login cannot store them here: %1</source>
        <translation>oncall-tray login cannot store them here: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="280"/>
        <source>password of %1</source>
        <translation>password of %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="182"/>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli.py" line="193"/>
        <source>settings file %1 cannot be read (%2): oncall-tray %3 would run without your settings (on Alertmanager %4, as %5), so nothing was done; fix the file first (see: %6)</source>
        <translation>settings file %1 cannot be read (%2): oncall-tray %3 would run without your settings (on Alertmanager %4, as %5), so nothing was done; fix the file first (see: %6)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli.py" line="255"/>
        <source>settings file %1 does not exist: check --config, or create it with oncall-tray --config %1 config init</source>
        <translation>settings file %1 does not exist: check --config, or create it with oncall-tray --config %1 config init</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli.py" line="196"/>
        <source>settings file %1: %2: oncall-tray %3 would run on the default (on Alertmanager %4, as %5), so nothing was done; fix the file first (see: %6)</source>
        <translation>settings file %1: %2: oncall-tray %3 would run on the default (on Alertmanager %4, as %5), so nothing was done; fix the file first (see: %6)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="185"/>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="260"/>
        <source>store them with: %1</source>
        <translation>store them with: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="261"/>
        <source>store them with: oncall-tray login</source>
        <translation>store them with: oncall-tray login</translation>
    </message>
    <message>
        <source>stored in the keyring, but %1 could not be updated (%2): set %3</source>
        <translation type="vanished">stored in the keyring, but %1 could not be updated (%2): set %3</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/logout.py" line="49"/>
        <source>the bearer token</source>
        <translation>the bearer token</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/demo_cmd.py" line="87"/>
        <source>the demo&apos;s files are kept in %1 (its log: %2)</source>
        <translation>the demo&apos;s files are kept in %1 (its log: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/demo_cmd.py" line="101"/>
        <source>the demo&apos;s folder %1 could not be removed (%2); it ended normally, and you can delete the folder</source>
        <translation>the demo&apos;s folder %1 could not be removed (%2); it ended normally, and you can delete the folder</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/autostart_cmd.py" line="55"/>
        <source>the entry starts %1, which does not exist any more; run &apos;oncall-tray autostart on&apos; again</source>
        <translation>the entry starts %1, which does not exist any more; run &apos;oncall-tray autostart on&apos; again</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/logout.py" line="49"/>
        <source>the password of %1</source>
        <translation>the password of %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="296"/>
        <source>the settings file %1 could not be updated (%2): set %3 in it, or the secret is not used</source>
        <translation>the settings file %1 could not be updated (%2): set %3 in it, or the secret is not used</translation>
    </message>
    <message>
        <source>warning: the settings file %1 is empty: every setting has its default (Alertmanager %2)</source>
        <translation type="vanished">warning: the settings file %1 is empty: every setting has its default (Alertmanager %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_steps.py" line="161"/>
        <source>warning: this silence matches %1 as last seen on Alertmanager %2, which does not answer</source>
        <translation>warning: this silence matches %1 as last seen on Alertmanager %2, which does not answer</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_steps.py" line="163"/>
        <source>warning: this silence matches %1 as last seen on Alertmanagers %2, which do not answer</source>
        <translation>warning: this silence matches %1 as last seen on Alertmanagers %2, which do not answer</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_steps.py" line="166"/>
        <source>warning: this silence matches no alert firing now; check the matchers: %1</source>
        <translation>warning: this silence matches no alert firing now; check the matchers: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="186"/>
        <source>will cover</source>
        <translation>will cover</translation>
    </message>
</context>
<context>
    <name>cli_help</name>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="73"/>
        <source>A line is added once: running the same command again does not add it twice, and the draft&apos;s own words stay as they were typed (change or remove lines in the window). An empty value is refused and changes nothing.</source>
        <translation>A line is added once: running the same command again does not add it twice, and the draft&apos;s own words stay as they were typed (change or remove lines in the window). An empty value is refused and changes nothing.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli.py" line="64"/>
        <source>Alertmanager URL (overrides the settings); several, comma-separated, for an HA cluster</source>
        <translation>Alertmanager URL (overrides the settings); several, comma-separated, for an HA cluster</translation>
    </message>
    <message>
        <source>Alertmanager matchers: alertname=&quot;APIDown&quot;, instance=~&quot;.*backend.*&quot; (a regex matches the whole value), env!=&quot;dev&quot;</source>
        <translation type="vanished">Alertmanager matchers: alertname=&quot;APIDown&quot;, instance=~&quot;.*backend.*&quot; (a regex matches the whole value), env!=&quot;dev&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="53"/>
        <source>Alertmanager matchers: alertname=&quot;APIDown&quot;, instance=~&quot;.*backend.*&quot; (a regex matches the whole value), env!=&quot;dev&quot;. Inside the quotes, \&quot; is a double quote, \\ a backslash, and a character that shows nothing or is a control character is written as oncall-tray shows it: \u00ad (a soft hyphen), \U000e0041, \t, \n</source>
        <translation>Alertmanager matchers: alertname=&quot;APIDown&quot;, instance=~&quot;.*backend.*&quot; (a regex matches the whole value), env!=&quot;dev&quot;. Inside the quotes, \&quot; is a double quote, \\ a backslash, and a character that shows nothing or is a control character is written as oncall-tray shows it: \u00ad (a soft hyphen), \U000e0041, \t, \n</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="36"/>
        <source>Poll Alertmanager once and print its alerts, worst first, with each one&apos;s SLA clocks and escalation level (--json: the same as JSON). Exit 0; 2 when Alertmanager cannot be reached or refuses, with the reason on standard error (&quot;alerts&quot;: null in the JSON); 1 for a usage error.</source>
        <translation>Poll Alertmanager once and print its alerts, worst first, with each one&apos;s SLA clocks and escalation level (--json: the same as JSON). Exit 0; 2 when Alertmanager cannot be reached or refuses, with the reason on standard error (&quot;alerts&quot;: null in the JSON); 1 for a usage error.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/escalate.py" line="36"/>
        <source>Print the on-call guide&apos;s escalation message for an alert (Markdown for Slack) and record the escalation in the shift journal (the handoff lists it). With --dry-run, only print the message, to read it: record nothing.</source>
        <translation>Print the on-call guide&apos;s escalation message for an alert (Markdown for Slack) and record the escalation in the shift journal (the handoff lists it). With --dry-run, only print the message, to read it: record nothing.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli.py" line="67"/>
        <source>Prometheus URL for trends (overrides the settings)</source>
        <translation>Prometheus URL for trends (overrides the settings)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/logout.py" line="20"/>
        <source>Remove the password and token stored in the system keyring for the settings&apos; Alertmanager (or the one given with --alertmanager URL before `logout`); with --username U, only U&apos;s password. Exit 1 when no keyring can be reached (nothing was removed).</source>
        <translation>Remove the password and token stored in the system keyring for the settings&apos; Alertmanager (or the one given with --alertmanager URL before `logout`); with --username U, only U&apos;s password. Exit 1 when no keyring can be reached (nothing was removed).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/demo_cmd.py" line="23"/>
        <source>Start a local Alertmanager (and a Prometheus with some backfilled history, when Debian&apos;s prometheus is installed), post the on-call guide&apos;s twelve alerts to it and start the tray on it; quit from the tray menu. The demo keeps a folder and a shift journal of its own, deleted when it quits: nothing of your real shift is touched, and its made-up alerts are marked [Demo].</source>
        <translation>Start a local Alertmanager (and a Prometheus with some backfilled history, when Debian&apos;s prometheus is installed), post the on-call guide&apos;s twelve alerts to it and start the tray on it; quit from the tray menu. The demo keeps a folder and a shift journal of its own, deleted when it quits: nothing of your real shift is touched, and its made-up alerts are marked [Demo].</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli.py" line="45"/>
        <source>Start the tray on the settings&apos; Alertmanager (or the --alertmanager URL given before `tray`): it polls it, notifies, keeps the SLA clocks and the shift journal. The same as oncall-tray with no command. It needs a graphical session; started again with the same settings, it brings the running tray&apos;s alerts window to the front.</source>
        <translation>Start the tray on the settings&apos; Alertmanager (or the --alertmanager URL given before `tray`): it polls it, notifies, keeps the SLA clocks and the shift journal. The same as oncall-tray with no command. It needs a graphical session; started again with the same settings, it brings the running tray&apos;s alerts window to the front.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="32"/>
        <source>Store Alertmanager&apos;s basic-auth password or bearer token in the system keyring, for the settings&apos; Alertmanager (or the one given with --alertmanager URL before `login`), after checking it against that Alertmanager. With --password-stdin or --token-stdin the secret is read from standard input; without either, it asks on the terminal (basic auth or token, the user name, the secret, not shown).</source>
        <translation>Store Alertmanager&apos;s basic-auth password or bearer token in the system keyring, for the settings&apos; Alertmanager (or the one given with --alertmanager URL before `login`), after checking it against that Alertmanager. With --password-stdin or --token-stdin the secret is read from standard input; without either, it asks on the terminal (basic auth or token, the user name, the secret, not shown).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli.py" line="37"/>
        <source>System-tray companion for the on-call engineer: watches Prometheus Alertmanager.</source>
        <translation>System-tray companion for the on-call engineer: watches Prometheus Alertmanager.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="91"/>
        <source>With no shift open there is no draft to keep them in: the command stops and prints them back, to copy and give again once a shift is started.</source>
        <translation>With no shift open there is no draft to keep them in: the command stops and prints them back, to copy and give again once a shift is started.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="88"/>
        <source>Without --confirm this is a preview: the shift is not handed over, but --observation, --pending and --incoming are kept in the shift&apos;s draft, the one the Hand over the shift window shows and saves as it is typed, so that nothing typed here is lost.</source>
        <translation>Without --confirm this is a preview: the shift is not handed over, but --observation, --pending and --incoming are kept in the shift&apos;s draft, the one the Hand over the shift window shows and saves as it is typed, so that nothing typed here is lost.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="76"/>
        <source>Without --confirm this is a preview: the start is not recorded, but --observation and --engineer are kept in the shift&apos;s draft, the one the Take over the shift window shows and saves as it is typed, so that nothing typed here is lost.</source>
        <translation>Without --confirm this is a preview: the start is not recorded, but --observation and --engineer are kept in the shift&apos;s draft, the one the Take over the shift window shows and saves as it is typed, so that nothing typed here is lost.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/ack.py" line="31"/>
        <source>acknowledge an alert: silence its labels for 15 minutes; prints the silence ID</source>
        <translation>acknowledge an alert: silence its labels for 15 minutes; prints the silence ID</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="36"/>
        <source>active and pending silences and the alerts each covers</source>
        <translation>active and pending silences and the alerts each covers</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="101"/>
        <source>add a note to an alert (what was tried, what was seen)</source>
        <translation>add a note to an alert (what was tried, what was seen)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="99"/>
        <source>add a pending item</source>
        <translation>add a pending item</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="72"/>
        <source>add an observation</source>
        <translation>add an observation</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="48"/>
        <source>add, list, expire or extend silences</source>
        <translation>add, list, expire or extend silences</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="42"/>
        <source>basic auth: read the password from standard input</source>
        <translation>basic auth: read the password from standard input</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="39"/>
        <location filename="../../desktop/oncall_tray/commands/logout.py" line="25"/>
        <source>basic-auth user name (default: auth_username of the settings)</source>
        <translation>basic-auth user name (default: auth_username of the settings)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="44"/>
        <source>bearer token: read the token from standard input</source>
        <translation>bearer token: read the token from standard input</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="73"/>
        <source>confirm expiring a silence someone else created without asking</source>
        <translation>confirm expiring a silence someone else created without asking</translation>
    </message>
    <message>
        <source>confirm extending past another 15 minutes over a critical alert without asking</source>
        <translation type="vanished">confirm extending past another 15 minutes over a critical alert without asking</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="83"/>
        <source>confirm keeping a critical alert silenced for longer than 15 minutes in all without asking</source>
        <translation>confirm keeping a critical alert silenced for longer than 15 minutes in all without asking</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/ack.py" line="41"/>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="63"/>
        <source>confirm silencing a critical alert for longer than 15 minutes without asking</source>
        <translation>confirm silencing a critical alert for longer than 15 minutes without asking</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="69"/>
        <source>end a silence now</source>
        <translation>end a silence now</translation>
    </message>
    <message>
        <source>escalate to this level (default: the one the SLA asks for, at least L2 and above the level already recorded)</source>
        <translation type="vanished">escalate to this level (default: the one the SLA asks for, at least L2 and above the level already recorded)</translation>
    </message>
    <message>
        <source>escalate to this level (default: the one the SLA asks for, at least L2)</source>
        <translation type="vanished">escalate to this level (default: the one the SLA asks for, at least L2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/escalate.py" line="43"/>
        <source>escalate to this level (default: the one the SLA asks for, at least L2, or the level already recorded when that is higher)</source>
        <translation>escalate to this level (default: the one the SLA asks for, at least L2, or the level already recorded when that is higher)</translation>
    </message>
    <message>
        <source>escalate to this level (default: the one the SLA asks for, at least L2; run again, the level already recorded, also when the SLA asks for no more)</source>
        <translation type="vanished">escalate to this level (default: the one the SLA asks for, at least L2; run again, the level already recorded, also when the SLA asks for no more)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/trend.py" line="34"/>
        <source>how far back: 15m, 1h (the default) or 6h; any duration up to 6h works</source>
        <translation>how far back: 15m, 1h (the default) or 6h; any duration up to 6h works</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/ack.py" line="37"/>
        <source>how long, e.g. 15m, 1h (default: 15m, the guide&apos;s investigation window; at most 24h)</source>
        <translation>how long, e.g. 15m, 1h (default: 15m, the guide&apos;s investigation window; at most 24h)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="58"/>
        <source>how long: 15m (investigation), 1h (maintenance), 24h at most</source>
        <translation>how long: 15m (investigation), 1h (maintenance), 24h at most</translation>
    </message>
    <message>
        <source>how much longer, from its end (or from now if sooner); default 15m; it may end at most 24h from now</source>
        <translation type="vanished">how much longer, from its end (or from now if sooner); default 15m; it may end at most 24h from now</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="80"/>
        <source>how much longer, from its end (or from now if sooner); default 15m; the silence may last at most 24h in all</source>
        <translation>how much longer, from its end (or from now if sooner); default 15m; the silence may last at most 24h in all</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="39"/>
        <source>include expired silences</source>
        <translation>include expired silences</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/config_cmd.py" line="21"/>
        <source>init: replace an existing file</source>
        <translation>init: replace an existing file</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/trend.py" line="29"/>
        <source>is it getting worse? the alert&apos;s metric from Prometheus and the verdict</source>
        <translation>is it getting worse? the alert&apos;s metric from Prometheus and the verdict</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli.py" line="68"/>
        <source>log debug messages to stderr too</source>
        <translation>log debug messages to stderr too</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/autostart_cmd.py" line="20"/>
        <source>on: start with the session; off: do not; status: say which</source>
        <translation>on: start with the session; off: do not; status: say which</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/escalate.py" line="51"/>
        <source>only print the message: record nothing in the shift journal (neither the escalation nor what the poll saw)</source>
        <translation>only print the message: record nothing in the shift journal (neither the escalation nor what the poll saw)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="104"/>
        <source>past handoffs; with an ID, that shift&apos;s checklists</source>
        <translation>past handoffs; with an ID, that shift&apos;s checklists</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/config_cmd.py" line="19"/>
        <source>path: print where the settings file is; init: write a commented example; check: list its problems (exit 1 if any but warnings)</source>
        <translation>path: print where the settings file is; init: write a commented example; check: list its problems (exit 1 if any but warnings)</translation>
    </message>
    <message>
        <source>path: print where the settings file is; init: write a commented example; check: list its problems (exit 1 if any)</source>
        <translation type="vanished">path: print where the settings file is; init: write a commented example; check: list its problems (exit 1 if any)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="36"/>
        <source>poll once and print the alerts, worst first</source>
        <translation>poll once and print the alerts, worst first</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="41"/>
        <location filename="../../desktop/oncall_tray/commands/trend.py" line="35"/>
        <source>print JSON</source>
        <translation>print JSON</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="38"/>
        <source>print JSON: the API&apos;s silence objects plus covers (fingerprints)</source>
        <translation>print JSON: the API&apos;s silence objects plus covers (fingerprints)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="71"/>
        <source>print only the Markdown</source>
        <translation>print only the Markdown</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/escalate.py" line="34"/>
        <source>print the on-call guide&apos;s escalation message for an alert (Markdown for Slack) and record the escalation in the shift journal</source>
        <translation>print the on-call guide&apos;s escalation message for an alert (Markdown for Slack) and record the escalation in the shift journal</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="76"/>
        <source>push a silence&apos;s end further, keeping its ID</source>
        <translation>push a silence&apos;s end further, keeping its ID</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/escalate.py" line="48"/>
        <source>record that the level the alert was escalated to (or --level) answered: the tray stops reminding that its answer is overdue; prints no message</source>
        <translation>record that the level the alert was escalated to (or --level) answered: the tray stops reminding that its answer is overdue; prints no message</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="96"/>
        <source>record the end of the shift (hand it over)</source>
        <translation>record the end of the shift (hand it over)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="81"/>
        <source>record the start of the shift</source>
        <translation>record the start of the shift</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/logout.py" line="18"/>
        <source>remove the Alertmanager&apos;s password and token from the system keyring</source>
        <translation>remove the Alertmanager&apos;s password and token from the system keyring</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli.py" line="62"/>
        <source>settings file (default: the user config folder)</source>
        <translation>settings file (default: the user config folder)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="51"/>
        <source>silence the alerts that match; prints the silence ID</source>
        <translation>silence the alerts that match; prints the silence ID</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/demo_cmd.py" line="20"/>
        <source>start a local Alertmanager with the on-call guide&apos;s alerts (and a Prometheus with some history, when installed) and the tray</source>
        <translation>start a local Alertmanager with the on-call guide&apos;s alerts (and a Prometheus with some history, when installed) and the tray</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli.py" line="45"/>
        <source>start the tray (the default)</source>
        <translation>start the tray (the default)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/autostart_cmd.py" line="17"/>
        <source>start the tray when you log in: on, off, or show the status</source>
        <translation>start the tray when you log in: on, off, or show the status</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="30"/>
        <source>store the Alertmanager&apos;s password or token in the system keyring</source>
        <translation>store the Alertmanager&apos;s password or token in the system keyring</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/escalate.py" line="40"/>
        <location filename="../../desktop/oncall_tray/commands/trend.py" line="31"/>
        <source>the alert&apos;s fingerprint (as `status` shows it), or a unique prefix</source>
        <translation>the alert&apos;s fingerprint (as `status` shows it), or a unique prefix</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/ack.py" line="33"/>
        <source>the alert&apos;s fingerprint (oncall-tray status), or its first %1+ characters</source>
        <translation>the alert&apos;s fingerprint (oncall-tray status), or its first %1+ characters</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="102"/>
        <source>the alert&apos;s fingerprint, or a unique prefix</source>
        <translation>the alert&apos;s fingerprint, or a unique prefix</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="105"/>
        <source>the handoff&apos;s ID (as the list shows it)</source>
        <translation>the handoff&apos;s ID (as the list shows it)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="97"/>
        <source>the incoming on-call engineer</source>
        <translation>the incoming on-call engineer</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="103"/>
        <source>the note</source>
        <translation>the note</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="68"/>
        <source>the on-call guide&apos;s shift start and end checklists, and the shift journal</source>
        <translation>the on-call guide&apos;s shift start and end checklists, and the shift journal</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="88"/>
        <source>the shift end (handoff) report</source>
        <translation>the shift end (handoff) report</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="76"/>
        <source>the shift start checklist</source>
        <translation>the shift start checklist</translation>
    </message>
    <message>
        <source>the silence ID (oncall-tray silence list)</source>
        <translation type="vanished">the silence ID (oncall-tray silence list)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="70"/>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="77"/>
        <source>the silence ID or its first 8 or more characters (oncall-tray silence list)</source>
        <translation>the silence ID or its first 8 or more characters (oncall-tray silence list)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/escalate.py" line="46"/>
        <source>what was already tried (repeat for several)</source>
        <translation>what was already tried (repeat for several)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/config_cmd.py" line="17"/>
        <source>where the settings are, write an example, check them</source>
        <translation>where the settings are, write an example, check them</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/ack.py" line="39"/>
        <source>who acknowledges (default: the engineer of the open shift, else the engineer setting)</source>
        <translation>who acknowledges (default: the engineer of the open shift, else the engineer setting)</translation>
    </message>
    <message>
        <source>who acknowledges (default: the engineer setting)</source>
        <translation type="vanished">who acknowledges (default: the engineer setting)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="61"/>
        <source>who silences (default: the engineer of the open shift, else the engineer setting)</source>
        <translation>who silences (default: the engineer of the open shift, else the engineer setting)</translation>
    </message>
    <message>
        <source>who silences (default: the engineer setting)</source>
        <translation type="vanished">who silences (default: the engineer setting)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="83"/>
        <source>who takes over (default: the name in the Take over the shift window: the one typed there, else the incoming engineer of a handoff made here within the hour, else the settings&apos; engineer; a name emptied there must be given)</source>
        <translation>who takes over (default: the name in the Take over the shift window: the one typed there, else the incoming engineer of a handoff made here within the hour, else the settings&apos; engineer; a name emptied there must be given)</translation>
    </message>
    <message>
        <source>who takes over (default: the settings&apos; engineer)</source>
        <translation type="vanished">who takes over (default: the settings&apos; engineer)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/ack.py" line="35"/>
        <source>why (default: ACK! investigando — &lt;engineer&gt;)</source>
        <translation>why (default: ACK! investigando — &lt;engineer&gt;)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="60"/>
        <source>why (required)</source>
        <translation>why (required)</translation>
    </message>
</context>
<context>
    <name>cluster_state</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_test_result.py" line="19"/>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_test_result.py" line="17"/>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_test_result.py" line="18"/>
        <source>settling</source>
        <translation>settling</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/crash.py" line="110"/>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/crash.py" line="93"/>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/crash.py" line="97"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/crash.py" line="96"/>
        <source>Restart</source>
        <translation>Restart</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/crash.py" line="83"/>
        <source>The log file: %1</source>
        <translation>The log file: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/crash.py" line="80"/>
        <source>oncall-tray met an unexpected error and stopped: Alertmanager is not being watched. Restart it, and send the details below to the developers.</source>
        <translation>oncall-tray met an unexpected error and stopped: Alertmanager is not being watched. Restart it, and send the details below to the developers.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/crash.py" line="75"/>
        <source>oncall-tray stopped</source>
        <translation>oncall-tray stopped</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../../desktop/oncall_tray/core/dashboards.py" line="45"/>
        <source>%1, also %2</source>
        <translation>%1, also %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/dashboards.py" line="36"/>
        <source>answers</source>
        <translation>answers</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/dashboards.py" line="38"/>
        <source>needs credentials</source>
        <translation>needs credentials</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/dashboards.py" line="41"/>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/dashboards.py" line="40"/>
        <source>unexpected answer</source>
        <translation>unexpected answer</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/demo_marks.py" line="35"/>
        <source>Demo — not your shift</source>
        <translation>Demo — not your shift</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/demo_marks.py" line="49"/>
        <source>The demo&apos;s own copy of your settings, gone when it quits (your own settings file is not changed):
%1</source>
        <translation>The demo&apos;s own copy of your settings, gone when it quits (your own settings file is not changed):
%1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/demo_marks.py" line="29"/>
        <source>[Demo] %1</source>
        <translation>[Demo] %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/demo_marks.py" line="40"/>
        <source>oncall-tray demo: made-up alerts, not your shift</source>
        <translation>oncall-tray demo: made-up alerts, not your shift</translation>
    </message>
</context>
<context>
    <name>details</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="118"/>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="100"/>
        <source>Dashboard (Grafana)</source>
        <translation>Dashboard (Grafana)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="102"/>
        <source>Expression in Prometheus</source>
        <translation>Expression in Prometheus</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="85"/>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="116"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="99"/>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="142"/>
        <source>Select an alert to see its details.</source>
        <translation>Select an alert to see its details.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="106"/>
        <source>Silenced by %1 until %2</source>
        <translation>Silenced by %1 until %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="106"/>
        <source>Silenced by %1, ended at %2</source>
        <translation>Silenced by %1, ended at %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="83"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="83"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="109"/>
        <source>Will be silenced by %1 from %3 until %2</source>
        <translation>Will be silenced by %1 from %3 until %2</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="102"/>
        <source> (at %1)</source>
        <translation> (at %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="122"/>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="51"/>
        <source>&apos;!&apos; cannot be at the end</source>
        <translation>&apos;!&apos; cannot be at the end</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="101"/>
        <source>&apos;%1&apos; is not a valid label to group by</source>
        <translation>&apos;%1&apos; is not a valid label to group by</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="84"/>
        <source>@ given more than once</source>
        <translation>@ given more than once</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="107"/>
        <source>@ is not allowed before a range</source>
        <translation>@ is not allowed before a range</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="105"/>
        <source>@ must follow a selector or a subquery</source>
        <translation>@ must follow a selector or a subquery</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="33"/>
        <source>Alertmanager asked to slow down (rate limited)</source>
        <translation>Alertmanager asked to slow down (rate limited)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="176"/>
        <source>Alerts left out, unreadable: %1 — %2</source>
        <translation>Alerts left out, unreadable: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="61"/>
        <source>CA bundle is not a readable PEM file of certificates</source>
        <translation>CA bundle is not a readable PEM file of certificates</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="60"/>
        <source>CA bundle not found</source>
        <translation>CA bundle not found</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="37"/>
        <source>JSON of the wrong shape</source>
        <translation>JSON of the wrong shape</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="175"/>
        <source>Silences left out, unreadable: %1 — %2</source>
        <translation>Silences left out, unreadable: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="24"/>
        <source>TLS error</source>
        <translation>TLS error</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="86"/>
        <source>a comma after a function&apos;s last argument</source>
        <translation>a comma after a function&apos;s last argument</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="73"/>
        <source>a comparison between numbers needs the bool modifier</source>
        <translation>a comparison between numbers needs the bool modifier</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="46"/>
        <source>a duration is needed before the first colon (:) in brackets</source>
        <translation>a duration is needed before the first colon (:) in brackets</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="67"/>
        <source>a duration without its unit</source>
        <translation>a duration without its unit</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="26"/>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="94"/>
        <source>a number out of range</source>
        <translation>a number out of range</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="82"/>
        <source>a range is only allowed after a selector</source>
        <translation>a range is only allowed after a selector</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="25"/>
        <source>a range vector</source>
        <translation>a range vector</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="81"/>
        <source>a selector needs at least one matcher that is not empty</source>
        <translation>a selector needs at least one matcher that is not empty</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="113"/>
        <source>a sign (+ or -) is only allowed before a number or a vector, not %1</source>
        <translation>a sign (+ or -) is only allowed before a number or a vector, not %1</translation>
    </message>
    <message>
        <source>a sign (+ or -) is only allowed before a number or a vector, not a %1</source>
        <translation type="vanished">a sign (+ or -) is only allowed before a number or a vector, not a %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="26"/>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="92"/>
        <source>a subquery is only allowed on an instant vector, got %1</source>
        <translation>a subquery is only allowed on an instant vector, got %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="35"/>
        <source>an HTML page instead of the API&apos;s JSON (a proxy or a login page?)</source>
        <translation>an HTML page instead of the API&apos;s JSON (a proxy or a login page?)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="34"/>
        <source>an HTML page instead of the API&apos;s JSON (not Alertmanager&apos;s API?)</source>
        <translation>an HTML page instead of the API&apos;s JSON (not Alertmanager&apos;s API?)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="95"/>
        <source>an aggregation operator is needed, got &apos;%1&apos;</source>
        <translation>an aggregation operator is needed, got &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="24"/>
        <source>an instant vector</source>
        <translation>an instant vector</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="91"/>
        <source>an invalid character at byte %1</source>
        <translation>an invalid character at byte %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="93"/>
        <source>an invalid date and time (RFC 3339)</source>
        <translation>an invalid date and time (RFC 3339)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="101"/>
        <source>an object lacks the field %1</source>
        <translation>an object lacks the field %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="71"/>
        <source>an operator&apos;s operands must be numbers or instant vectors</source>
        <translation>an operator&apos;s operands must be numbers or instant vectors</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="108"/>
        <source>array</source>
        <translation>array</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="77"/>
        <source>bad repetition operator</source>
        <translation>bad repetition operator</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="112"/>
        <source>bool</source>
        <translation>bool</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="77"/>
        <source>bool can only modify a comparison</source>
        <translation>bool can only modify a comparison</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="20"/>
        <source>cannot connect</source>
        <translation>cannot connect</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="22"/>
        <source>connection lost</source>
        <translation>connection lost</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="18"/>
        <source>connection refused</source>
        <translation>connection refused</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="26"/>
        <source>credentials needed</source>
        <translation>credentials needed</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="27"/>
        <source>credentials refused</source>
        <translation>credentials refused</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="114"/>
        <source>datetime</source>
        <translation>datetime</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="49"/>
        <source>escape sequence not terminated</source>
        <translation>escape sequence not terminated</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="99"/>
        <source>expected %1, got %2</source>
        <translation>expected %1, got %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="98"/>
        <source>expected a list of %1 items</source>
        <translation>expected a list of %1 items</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="97"/>
        <source>expected a list of %1 items, got %2</source>
        <translation>expected a list of %1 items, got %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="98"/>
        <source>fill needs a number</source>
        <translation>fill needs a number</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="111"/>
        <source>float</source>
        <translation>float</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="100"/>
        <source>group_left and group_right are not allowed with &apos;%1&apos;</source>
        <translation>group_left and group_right are not allowed with &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="58"/>
        <source>handshake failed</source>
        <translation>handshake failed</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="19"/>
        <source>host name not found</source>
        <translation>host name not found</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="110"/>
        <source>int</source>
        <translation>int</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="80"/>
        <source>invalid UTF-8</source>
        <translation>invalid UTF-8</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="73"/>
        <source>invalid character class</source>
        <translation>invalid character class</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="74"/>
        <source>invalid character class range</source>
        <translation>invalid character class range</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="72"/>
        <source>invalid escape sequence</source>
        <translation>invalid escape sequence</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="62"/>
        <source>invalid label matcher: expected =, !=, =~ or !~ after &apos;%1&apos;</source>
        <translation>invalid label matcher: expected =, !=, =~ or !~ after &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="78"/>
        <source>invalid named capture group</source>
        <translation>invalid named capture group</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="79"/>
        <source>invalid perl operator</source>
        <translation>invalid perl operator</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="75"/>
        <source>invalid repetition size</source>
        <translation>invalid repetition size</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="68"/>
        <source>missing )</source>
        <translation>missing )</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="69"/>
        <source>missing ]</source>
        <translation>missing ]</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="95"/>
        <source>nested too deep</source>
        <translation>nested too deep</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="25"/>
        <source>no answer in time</source>
        <translation>no answer in time</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="76"/>
        <source>no argument for repetition operator</source>
        <translation>no argument for repetition operator</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="52"/>
        <source>no expression found</source>
        <translation>no expression found</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="53"/>
        <source>not a PromQL query</source>
        <translation>not a PromQL query</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="68"/>
        <source>not a number or duration: %1</source>
        <translation>not a number or duration: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="93"/>
        <source>not a valid regular expression: %1</source>
        <translation>not a valid regular expression: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="31"/>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="29"/>
        <source>not found (no Alertmanager API at this address?)</source>
        <translation>not found (no Alertmanager API at this address?)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="30"/>
        <source>not found (no Prometheus API at this address?)</source>
        <translation>not found (no Prometheus API at this address?)</translation>
    </message>
    <message>
        <source>not the API&apos;s JSON</source>
        <translation type="vanished">not the API&apos;s JSON</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="36"/>
        <source>not valid JSON</source>
        <translation>not valid JSON</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="63"/>
        <source>not valid PromQL</source>
        <translation>not valid PromQL</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="113"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="107"/>
        <source>object</source>
        <translation>object</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="83"/>
        <source>offset given more than once</source>
        <translation>offset given more than once</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="106"/>
        <source>offset is not allowed before a range</source>
        <translation>offset is not allowed before a range</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="103"/>
        <source>offset must follow a selector or a subquery</source>
        <translation>offset must follow a selector or a subquery</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="41"/>
        <source>redirected away from the API (a proxy&apos;s sign-in page?)</source>
        <translation>redirected away from the API (a proxy&apos;s sign-in page?)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="43"/>
        <source>redirected to another path of the API at the same address (a proxy&apos;s or server&apos;s rule?)</source>
        <translation>redirected to another path of the API at the same address (a proxy&apos;s or server&apos;s rule?)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="42"/>
        <source>redirected to itself</source>
        <translation>redirected to itself</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="40"/>
        <source>redirected; put the address it points to in the settings</source>
        <translation>redirected; put the address it points to in the settings</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="32"/>
        <source>refused by Alertmanager</source>
        <translation>refused by Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="28"/>
        <source>server error</source>
        <translation>server error</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="109"/>
        <source>str</source>
        <translation>str</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="90"/>
        <source>the aggregation needs %1, got %2</source>
        <translation>the aggregation needs %1, got %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="89"/>
        <source>the answer ends in the middle</source>
        <translation>the answer ends in the middle</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="49"/>
        <source>the certificate has expired</source>
        <translation>the certificate has expired</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="48"/>
        <source>the certificate is not for this host name</source>
        <translation>the certificate is not for this host name</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="53"/>
        <source>the certificate is not signed by a CA of the system or of the ca_bundle file (is its CA in that file?)</source>
        <translation>the certificate is not signed by a CA of the system or of the ca_bundle file (is its CA in that file?)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="51"/>
        <source>the certificate is not signed by a trusted CA (trust its CA with the ca_bundle setting)</source>
        <translation>the certificate is not signed by a trusted CA (trust its CA with the ca_bundle setting)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="50"/>
        <source>the certificate is not valid yet</source>
        <translation>the certificate is not valid yet</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="55"/>
        <source>the certificate was rejected</source>
        <translation>the certificate was rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="69"/>
        <source>the duration must be greater than 0</source>
        <translation>the duration must be greater than 0</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="66"/>
        <source>the expression ends after @: a time is needed</source>
        <translation>the expression ends after @: a time is needed</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="64"/>
        <source>the expression ends after offset: a duration is needed</source>
        <translation>the expression ends after offset: a duration is needed</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="43"/>
        <source>the expression ends inside braces</source>
        <translation>the expression ends inside braces</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="44"/>
        <source>the expression ends inside brackets</source>
        <translation>the expression ends inside brackets</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="64"/>
        <source>the expression is a constant, not a series</source>
        <translation>the expression is a constant, not a series</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="65"/>
        <source>the expression is too long or nested too deep to plot</source>
        <translation>the expression is too long or nested too deep to plot</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="88"/>
        <source>the function &apos;%2&apos; needs %1, got %3</source>
        <translation>the function &apos;%2&apos; needs %1, got %3</translation>
    </message>
    <message>
        <source>the function &apos;%2&apos; needs a %1, got a %3</source>
        <translation type="vanished">the function &apos;%2&apos; needs a %1, got a %3</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="109"/>
        <source>the function &apos;%2&apos; takes %1 argument(s), got %3</source>
        <translation>the function &apos;%2&apos; takes %1 argument(s), got %3</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="115"/>
        <source>the metric name is given twice: &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>the metric name is given twice: &apos;%1&apos; and &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="45"/>
        <source>the proxy asks for credentials (HTTP_PROXY, HTTPS_PROXY or the system&apos;s proxy settings; NO_PROXY bypasses it)</source>
        <translation>the proxy asks for credentials (HTTP_PROXY, HTTPS_PROXY or the system&apos;s proxy settings; NO_PROXY bypasses it)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="23"/>
        <source>the proxy does not answer (HTTP_PROXY, HTTPS_PROXY or the system&apos;s proxy settings)</source>
        <translation>the proxy does not answer (HTTP_PROXY, HTTPS_PROXY or the system&apos;s proxy settings)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="21"/>
        <source>the request cannot be sent</source>
        <translation>the request cannot be sent</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="38"/>
        <source>the same fingerprint as another alert of the answer</source>
        <translation>the same fingerprint as another alert of the answer</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="56"/>
        <source>the server does not speak TLS on this port (an http:// address?)</source>
        <translation>the server does not speak TLS on this port (an http:// address?)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="57"/>
        <source>the server speaks TLS on this port (an https:// address?)</source>
        <translation>the server speaks TLS on this port (an https:// address?)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="75"/>
        <source>the set operator &apos;%1&apos; is not allowed with a number</source>
        <translation>the set operator &apos;%1&apos; is not allowed with a number</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="37"/>
        <source>too many left parentheses</source>
        <translation>too many left parentheses</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="71"/>
        <source>trailing \</source>
        <translation>trailing \</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="36"/>
        <source>unclosed left parenthesis</source>
        <translation>unclosed left parenthesis</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="97"/>
        <source>unexpected %1: it needs on(…) or ignoring(…) before it</source>
        <translation>unexpected %1: it needs on(…) or ignoring(…) before it</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="60"/>
        <source>unexpected &apos;%1&apos; in a label matcher, expected a quoted string</source>
        <translation>unexpected &apos;%1&apos; in a label matcher, expected a quoted string</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="41"/>
        <source>unexpected &apos;%1&apos; inside braces</source>
        <translation>unexpected &apos;%1&apos; inside braces</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="42"/>
        <source>unexpected &apos;%1&apos; inside brackets</source>
        <translation>unexpected &apos;%1&apos; inside brackets</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="58"/>
        <source>unexpected &apos;,&apos; in a label matcher, expected a label name or &apos;}&apos;</source>
        <translation>unexpected &apos;,&apos; in a label matcher, expected a label name or &apos;}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="70"/>
        <source>unexpected )</source>
        <translation>unexpected )</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="39"/>
        <source>unexpected answer</source>
        <translation>unexpected answer</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="30"/>
        <source>unexpected character after &apos;%1&apos; inside braces: &apos;%2&apos;</source>
        <translation>unexpected character after &apos;%1&apos; inside braces: &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="31"/>
        <source>unexpected character after &apos;%1&apos;: &apos;%2&apos;</source>
        <translation>unexpected character after &apos;%1&apos;: &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="32"/>
        <source>unexpected character inside braces: &apos;%1&apos;</source>
        <translation>unexpected character inside braces: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="34"/>
        <source>unexpected character inside brackets: &apos;%1&apos;</source>
        <translation>unexpected character inside brackets: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="35"/>
        <source>unexpected character: %1</source>
        <translation>unexpected character: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="56"/>
        <source>unexpected name &apos;%1&apos; in a label matcher, expected a quoted string</source>
        <translation>unexpected name &apos;%1&apos; in a label matcher, expected a quoted string</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="39"/>
        <source>unexpected right brace &apos;}&apos;</source>
        <translation>unexpected right brace &apos;}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="40"/>
        <source>unexpected right bracket &apos;]&apos;</source>
        <translation>unexpected right bracket &apos;]&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="38"/>
        <source>unexpected right parenthesis &apos;)&apos;</source>
        <translation>unexpected right parenthesis &apos;)&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="47"/>
        <source>unexpected second colon (:) in brackets</source>
        <translation>unexpected second colon (:) in brackets</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="50"/>
        <source>unknown escape sequence &apos;%1&apos;</source>
        <translation>unknown escape sequence &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="54"/>
        <source>unknown function &apos;%1&apos;</source>
        <translation>unknown function &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="48"/>
        <source>unterminated quoted string %1</source>
        <translation>unterminated quoted string %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="79"/>
        <source>vector matching is only allowed between vectors</source>
        <translation>vector matching is only allowed between vectors</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="111"/>
        <source>wrong number of arguments for the aggregation: expected %1, got %2</source>
        <translation>wrong number of arguments for the aggregation: expected %1, got %2</translation>
    </message>
</context>
<context>
    <name>escalation</name>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="359"/>
        <source>%1 answered at %2</source>
        <translation>%1 answered at %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="vanished">%1 min</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="60"/>
        <source>%1 resolution overdue since %2</source>
        <translation>%1 resolution overdue since %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="372"/>
        <source>%1&apos;s answer was not recorded: the alert was not escalated; record the escalation first.</source>
        <translation>%1&apos;s answer was not recorded: the alert was not escalated; record the escalation first.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="374"/>
        <source>%1&apos;s answer was not recorded: the alert&apos;s latest escalation is not to %1.</source>
        <translation>%1&apos;s answer was not recorded: the alert&apos;s latest escalation is not to %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="370"/>
        <source>%1&apos;s answer was recorded already.</source>
        <translation>%1&apos;s answer was recorded already.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="347"/>
        <source>Acknowledged at %1</source>
        <translation>Acknowledged at %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="353"/>
        <source>Acknowledgement ended at %1</source>
        <translation>Acknowledgement ended at %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="189"/>
        <source>Alert:</source>
        <translation>Alert:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="202"/>
        <source>Already Tried:</source>
        <translation>Already Tried:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="225"/>
        <source>Context:</source>
        <translation>Context:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="193"/>
        <source>Duration:</source>
        <translation>Duration:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="185"/>
        <source>ESCALATION TO %1</source>
        <translation>ESCALATION TO %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="356"/>
        <source>Escalated to %1 at %2</source>
        <translation>Escalated to %1 at %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="208"/>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="285"/>
        <source>Impact:</source>
        <translation>Impact:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="205"/>
        <source>Instance:</source>
        <translation>Instance:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="102"/>
        <source>Investigating %1</source>
        <translation>Investigating %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="205"/>
        <source>Service:</source>
        <translation>Service:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="190"/>
        <source>Severity:</source>
        <translation>Severity:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="191"/>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="199"/>
        <source>Symptoms:</source>
        <translation>Symptoms:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="188"/>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="198"/>
        <source>Trend: %1</source>
        <translation>Trend: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="201"/>
        <source>[Actions taken]</source>
        <translation>[Actions taken]</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="204"/>
        <source>[Features compromised]</source>
        <translation>[Features compromised]</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="211"/>
        <source>[Grafana link]</source>
        <translation>[Grafana link]</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="204"/>
        <source>[How many customers are affected]</source>
        <translation>[How many customers are affected]</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="196"/>
        <source>[What is happening]</source>
        <translation>[What is happening]</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="57"/>
        <source>escalated to %1</source>
        <translation>escalated to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="57"/>
        <source>escalated to %1 (answered)</source>
        <translation>escalated to %1 (answered)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="63"/>
        <source>escalation due: %1</source>
        <translation>escalation due: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="62"/>
        <source>escalation due: %1 (Escalate…)</source>
        <translation>escalation due: %1 (Escalate…)</translation>
    </message>
</context>
<context>
    <name>escalation_dialog</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_journal.py" line="82"/>
        <source>A message saved earlier for this alert is in the shift journal and not shown here; what you type here is kept while the tray runs, not saved over it.</source>
        <translation>A message saved earlier for this alert is in the shift journal and not shown here; what you type here is kept while the tray runs, not saved over it.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="139"/>
        <source>Also record in the shift journal that the alert was escalated to this level: its escalation is not asked for again</source>
        <translation>Also record in the shift journal that the alert was escalated to this level: its escalation is not asked for again</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="302"/>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="315"/>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="326"/>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="336"/>
        <source>Copied to the clipboard: paste it in Slack.</source>
        <translation>Copied to the clipboard: paste it in Slack.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="342"/>
        <source>Copied to the clipboard: paste it in Slack. Recorded as escalated to %1.</source>
        <translation>Copied to the clipboard: paste it in Slack. Recorded as escalated to %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="138"/>
        <source>Copy and record as escalated</source>
        <translation>Copy and record as escalated</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="137"/>
        <source>Copy as Markdown</source>
        <translation>Copy as Markdown</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="142"/>
        <source>Edit freely; the copy takes the text as it is.</source>
        <translation>Edit freely; the copy takes the text as it is.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="136"/>
        <source>Escalate %1</source>
        <translation>Escalate %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="141"/>
        <source>Escalate to</source>
        <translation>Escalate to</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="173"/>
        <source>Escalated to %1 already: a message to %2 is not recorded.</source>
        <translation>Escalated to %1 already: a message to %2 is not recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="175"/>
        <source>Escalated to %1 already: this message is a reminder to %1.</source>
        <translation>Escalated to %1 already: this message is a reminder to %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="343"/>
        <source>Escalated to %1 or higher already: not recorded again.</source>
        <translation>Escalated to %1 or higher already: not recorded again.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_journal.py" line="62"/>
        <source>Not read: %1. “Already Tried” lacks the notes on this alert, and a message saved earlier is not shown; what you type here is kept while the tray runs, and saved once the journal can be read.</source>
        <translation>Not read: %1. “Already Tried” lacks the notes on this alert, and a message saved earlier is not shown; what you type here is kept while the tray runs, and saved once the journal can be read.</translation>
    </message>
    <message>
        <source>Not read: %1. “Already Tried” lacks the notes on this alert, and a message saved earlier is not shown; what you type here is not saved.</source>
        <translation type="vanished">Not read: %1. “Already Tried” lacks the notes on this alert, and a message saved earlier is not shown; what you type here is not saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="326"/>
        <source>Not recorded yet: %1. Still trying; this says when it is recorded.</source>
        <translation>Not recorded yet: %1. Still trying; this says when it is recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="339"/>
        <source>Not recorded: %1</source>
        <translation>Not recorded: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="316"/>
        <source>Recording it in the shift journal…</source>
        <translation>Recording it in the shift journal…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_journal.py" line="42"/>
        <source>Show the text typed while the journal could not be read in place of the journal&apos;s, and save it there</source>
        <translation>Show the text typed while the journal could not be read in place of the journal&apos;s, and save it there</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="179"/>
        <source>The SLA asks for %2 from %3; to escalate now, choose %2.</source>
        <translation>The SLA asks for %2 from %3; to escalate now, choose %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_journal.py" line="115"/>
        <source>The shift journal holds a message saved earlier for this alert: shown here. What you typed while the journal could not be read is kept while the tray runs, not saved over it.</source>
        <translation>The shift journal holds a message saved earlier for this alert: shown here. What you typed while the journal could not be read is kept while the tray runs, not saved over it.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="182"/>
        <source>To escalate to %2 now, choose %2.</source>
        <translation>To escalate to %2 now, choose %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_journal.py" line="41"/>
        <source>Use what I typed</source>
        <translation>Use what I typed</translation>
    </message>
</context>
<context>
    <name>filter_box</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/filter_box.py" line="24"/>
        <source>%1 has no value after the operator (write %2 to match an empty value)</source>
        <translation>%1 has no value after the operator (write %2 to match an empty value)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/filter_box.py" line="107"/>
        <source>%1 of %2 shown</source>
        <translation>%1 of %2 shown</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/filter_box.py" line="61"/>
        <source>Filter: text, or matchers such as severity=&quot;critical&quot;, instance=~&quot;.*backend.*&quot;</source>
        <translation>Filter: text, or matchers such as severity=&quot;critical&quot;, instance=~&quot;.*backend.*&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/filter_box.py" line="31"/>
        <source>Invalid filter, showing all alerts: %1</source>
        <translation>Invalid filter, showing all alerts: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/filter_box.py" line="36"/>
        <source>No alert matches the filter.</source>
        <translation>No alert matches the filter.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/filter_box.py" line="39"/>
        <source>Regular expressions match the whole value: use %1 to match part of it.</source>
        <translation>Regular expressions match the whole value: use %1 to match part of it.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/filter_box.py" line="27"/>
        <source>a quote is not closed in %1</source>
        <translation>a quote is not closed in %1</translation>
    </message>
</context>
<context>
    <name>handoff</name>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_folded.py" line="104"/>
        <source>%1 (and %2 others)</source>
        <translation>%1 (and %2 others)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="279"/>
        <source>%1 (by %2, %3)</source>
        <translation>%1 (by %2, %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/carried.py" line="81"/>
        <source>%1 (from %2&apos;s handoff)</source>
        <translation>%1 (from %2&apos;s handoff)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="107"/>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="141"/>
        <source>%1 answered at %2</source>
        <translation>%1 answered at %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_noticed.py" line="53"/>
        <source>%1 fired %2 times during the shift (flapping)</source>
        <translation>%1 fired %2 times during the shift (flapping)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="243"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="242"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="275"/>
        <source>%1 more alerts firing, not acknowledged: see Alertmanager</source>
        <translation>%1 more alerts firing, not acknowledged: see Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_unknown.py" line="125"/>
        <source>%1: Alertmanager %2 does not answer</source>
        <translation>%1: Alertmanager %2 does not answer</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="269"/>
        <location filename="../../desktop/oncall_tray/core/local_times.py" line="26"/>
        <source>%Y-%m-%d</source>
        <translation>%Y-%m-%d</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/local_times.py" line="35"/>
        <source>%Y-%m-%d %H:%M</source>
        <translation>%Y-%m-%d %H:%M</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/local_times.py" line="28"/>
        <source>%m-%d</source>
        <translation>%m-%d</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="252"/>
        <source>(and %1 already firing when the shift began)</source>
        <translation>(and %1 already firing when the shift began)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_live.py" line="237"/>
        <source>(as last seen: Alertmanager unreachable)</source>
        <translation>(as last seen: Alertmanager unreachable)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_live.py" line="236"/>
        <source>(as last seen: credentials needed)</source>
        <translation>(as last seen: credentials needed)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="177"/>
        <source>(its answer was due by %1)</source>
        <translation>(its answer was due by %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="174"/>
        <source>(its answer was due by %1, its resolution by %2)</source>
        <translation>(its answer was due by %1, its resolution by %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="172"/>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="179"/>
        <source>(its resolution was due by %1)</source>
        <translation>(its resolution was due by %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="170"/>
        <source>, answered at %1</source>
        <translation>, answered at %1</translation>
    </message>
    <message>
        <source>1 more alert firing, not acknowledged: see Alertmanager</source>
        <translation type="vanished">1 more alert firing, not acknowledged: see Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="205"/>
        <source>Acknowledge %1 (%2, firing since %3, muted by %5&apos;s silence until %4, not acknowledged)</source>
        <translation>Acknowledge %1 (%2, firing since %3, muted by %5&apos;s silence until %4, not acknowledged)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="210"/>
        <source>Acknowledge %1 (%2, firing since %3, muted by a silence of more than it until %4, not acknowledged)</source>
        <translation>Acknowledge %1 (%2, firing since %3, muted by a silence of more than it until %4, not acknowledged)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="217"/>
        <source>Acknowledge %1 (%2, firing since %3, not acknowledged)</source>
        <translation>Acknowledge %1 (%2, firing since %3, not acknowledged)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="206"/>
        <source>Acknowledge %1 (%2, muted by %5&apos;s silence until %4, not acknowledged)</source>
        <translation>Acknowledge %1 (%2, muted by %5&apos;s silence until %4, not acknowledged)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="212"/>
        <source>Acknowledge %1 (%2, muted by a silence of more than it until %4, not acknowledged)</source>
        <translation>Acknowledge %1 (%2, muted by a silence of more than it until %4, not acknowledged)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="218"/>
        <source>Acknowledge %1 (%2, not acknowledged)</source>
        <translation>Acknowledge %1 (%2, not acknowledged)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="197"/>
        <source>Active Alerts</source>
        <translation>Active Alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="322"/>
        <source>Active Silences</source>
        <translation>Active Silences</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_noticed.py" line="120"/>
        <source>Alertmanager %1 did not answer for under a minute at %2 (%4); the other members answered</source>
        <translation>Alertmanager %1 did not answer for under a minute at %2 (%4); the other members answered</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_noticed.py" line="118"/>
        <source>Alertmanager %1 did not answer from %2 to %3 (%4); the other members answered</source>
        <translation>Alertmanager %1 did not answer from %2 to %3 (%4); the other members answered</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_noticed.py" line="114"/>
        <source>Alertmanager %1 did not answer since %2 (%3), still at the handoff; the other members answered</source>
        <translation>Alertmanager %1 did not answer since %2 (%3), still at the handoff; the other members answered</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_unknown.py" line="161"/>
        <source>Alertmanager %1 does not answer: the alerts only it holds are listed as last seen; any it received since are unknown</source>
        <translation>Alertmanager %1 does not answer: the alerts only it holds are listed as last seen; any it received since are unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_unknown.py" line="165"/>
        <source>Alertmanager %1 does not answer; the others hold every alert it held when last seen; any it received since are unknown</source>
        <translation>Alertmanager %1 does not answer; the others hold every alert it held when last seen; any it received since are unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_noticed.py" line="190"/>
        <source>Alertmanager %1 not watched for under a minute at %2 (another one was watched): alerts of that time may have gone unseen</source>
        <translation>Alertmanager %1 not watched for under a minute at %2 (another one was watched): alerts of that time may have gone unseen</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_noticed.py" line="188"/>
        <source>Alertmanager %1 not watched from %2 to %3 (another one was watched): alerts of that time may have gone unseen</source>
        <translation>Alertmanager %1 not watched from %2 to %3 (another one was watched): alerts of that time may have gone unseen</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_noticed.py" line="173"/>
        <source>Alertmanager %1 not watched since %2 (another one is watched), still at the handoff</source>
        <translation>Alertmanager %1 not watched since %2 (another one is watched), still at the handoff</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_noticed.py" line="124"/>
        <source>Alertmanager %1 restarted at %2: it lists its alerts again as Prometheus sends them</source>
        <translation>Alertmanager %1 restarted at %2: it lists its alerts again as Prometheus sends them</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_live.py" line="187"/>
        <source>Alertmanager %1 restarted: the alerts it held before are kept, as the shift journal last saw them, until Prometheus sends them again (within minutes)</source>
        <translation>Alertmanager %1 restarted: the alerts it held before are kept, as the shift journal last saw them, until Prometheus sends them again (within minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_noticed.py" line="185"/>
        <source>Alertmanager %1 watched with another filter or receiver for under a minute at %2 (%4): alerts outside it may have gone unseen</source>
        <translation>Alertmanager %1 watched with another filter or receiver for under a minute at %2 (%4): alerts outside it may have gone unseen</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_noticed.py" line="183"/>
        <source>Alertmanager %1 watched with another filter or receiver from %2 to %3 (%4): alerts outside it may have gone unseen</source>
        <translation>Alertmanager %1 watched with another filter or receiver from %2 to %3 (%4): alerts outside it may have gone unseen</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_noticed.py" line="171"/>
        <source>Alertmanager %1 watched with another filter or receiver since %2 (%3), still at the handoff</source>
        <translation>Alertmanager %1 watched with another filter or receiver since %2 (%3), still at the handoff</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_live.py" line="157"/>
        <location filename="../../desktop/oncall_tray/core/handoff_live.py" line="224"/>
        <location filename="../../desktop/oncall_tray/core/handoff_live.py" line="244"/>
        <source>Alertmanager unreachable</source>
        <translation>Alertmanager unreachable</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_noticed.py" line="108"/>
        <source>Alertmanager unreachable for under a minute at %1 (%3): alerts of that time may have gone unseen</source>
        <translation>Alertmanager unreachable for under a minute at %1 (%3): alerts of that time may have gone unseen</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_noticed.py" line="106"/>
        <source>Alertmanager unreachable from %1 to %2 (%3): alerts of that time may have gone unseen</source>
        <translation>Alertmanager unreachable from %1 to %2 (%3): alerts of that time may have gone unseen</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_noticed.py" line="102"/>
        <source>Alertmanager unreachable since %1 (%2), still at the handoff</source>
        <translation>Alertmanager unreachable since %1 (%2), still at the handoff</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="202"/>
        <source>Alertmanager unreachable: %1</source>
        <translation>Alertmanager unreachable: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_unknown.py" line="163"/>
        <source>Alertmanagers %1 do not answer: the alerts only they hold are listed as last seen; any they received since are unknown</source>
        <translation>Alertmanagers %1 do not answer: the alerts only they hold are listed as last seen; any they received since are unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_unknown.py" line="167"/>
        <source>Alertmanagers %1 do not answer; the others hold every alert they held when last seen; any they received since are unknown</source>
        <translation>Alertmanagers %1 do not answer; the others hold every alert they held when last seen; any they received since are unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="298"/>
        <source>Alerts received: %1</source>
        <translation>Alerts received: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="65"/>
        <source>By: %1</source>
        <translation>By: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="63"/>
        <source>Checked that the dashboards are loading</source>
        <translation>Checked that the dashboards are loading</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="61"/>
        <source>Checked the active silences and their reasons</source>
        <translation>Checked the active silences and their reasons</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="66"/>
        <source>Confirmed the escalation contacts are available</source>
        <translation>Confirmed the escalation contacts are available</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="297"/>
        <source>Duration: %1</source>
        <translation>Duration: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="62"/>
        <source>Expires at %1</source>
        <translation>Expires at %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_noticed.py" line="69"/>
        <source>Fired and resolved on their own: %1</source>
        <translation>Fired and resolved on their own: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_noticed.py" line="77"/>
        <source>Firing when the shift began, resolved on their own: %1</source>
        <translation>Firing when the shift began, resolved on their own: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="135"/>
        <source>Follow up %1 (its Alertmanager is not watched now)</source>
        <translation>Follow up %1 (its Alertmanager is not watched now)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="133"/>
        <source>Follow up %1 (not watched now: outside the settings&apos; filter or receiver)</source>
        <translation>Follow up %1 (not watched now: outside the settings&apos; filter or receiver)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="137"/>
        <source>Follow up %1 (still firing)</source>
        <translation>Follow up %1 (still firing)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="145"/>
        <source>Follow up %1 (still firing, no longer silenced: its acknowledgement ended)</source>
        <translation>Follow up %1 (still firing, no longer silenced: its acknowledgement ended)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="144"/>
        <source>Follow up %1 (still firing, no longer silenced: its acknowledgement was expired by hand)</source>
        <translation>Follow up %1 (still firing, no longer silenced: its acknowledgement was expired by hand)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="142"/>
        <source>Follow up %1 (still firing, not acknowledged)</source>
        <translation>Follow up %1 (still firing, not acknowledged)</translation>
    </message>
    <message>
        <source>Follow up %1 (still firing, not silenced here: acknowledged on an Alertmanager not watched now)</source>
        <translation type="vanished">Follow up %1 (still firing, not silenced here: acknowledged on an Alertmanager not watched now)</translation>
    </message>
    <message>
        <source>Follow up %1 (still firing, not silenced here: its silence on %2, not watched now, ended at %3)</source>
        <translation type="vanished">Follow up %1 (still firing, not silenced here: its silence on %2, not watched now, ended at %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_elsewhere.py" line="86"/>
        <source>Follow up %1 (still firing, not silenced here: its silence on %2, not watched now, was to end at %3 (as last seen there))</source>
        <translation>Follow up %1 (still firing, not silenced here: its silence on %2, not watched now, was to end at %3 (as last seen there))</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_elsewhere.py" line="89"/>
        <source>Follow up %1 (still firing, not silenced here: silenced on %2, not watched now, until %3; whether it still is there is not known)</source>
        <translation>Follow up %1 (still firing, not silenced here: silenced on %2, not watched now, until %3; whether it still is there is not known)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_elsewhere.py" line="83"/>
        <source>Follow up %1 (still firing, not silenced here: silenced on %2, not watched now; whether it still is there is not known)</source>
        <translation>Follow up %1 (still firing, not silenced here: silenced on %2, not watched now; whether it still is there is not known)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="295"/>
        <source>Handing Over the Shift - %1</source>
        <translation>Handing Over the Shift - %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="300"/>
        <source>Incidents Handled</source>
        <translation>Incidents Handled</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="299"/>
        <source>Incidents: %1</source>
        <translation>Incidents: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff_draft.py" line="74"/>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="332"/>
        <source>Incoming on-call engineer: %1</source>
        <translation>Incoming on-call engineer: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="294"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff_draft.py" line="99"/>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="230"/>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="329"/>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="233"/>
        <source>On-call engineer: %1</source>
        <translation>On-call engineer: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="151"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="224"/>
        <source>Open Incidents</source>
        <translation>Open Incidents</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="331"/>
        <source>Outgoing on-call engineer: %1</source>
        <translation>Outgoing on-call engineer: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff_draft.py" line="72"/>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="320"/>
        <source>Pending for the Next Shift</source>
        <translation>Pending for the Next Shift</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_reminders.py" line="83"/>
        <source>Post-mortem of %1, by %2</source>
        <translation>Post-mortem of %1, by %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_reminders.py" line="82"/>
        <source>Post-mortem review of %1 with the team, by %2</source>
        <translation>Post-mortem review of %1 with the team, by %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="65"/>
        <source>Read the previous shift&apos;s handoff notes</source>
        <translation>Read the previous shift&apos;s handoff notes</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="62"/>
        <source>Read the threads in #incidents from the last 24h</source>
        <translation>Read the threads in #incidents from the last 24h</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="63"/>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="147"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="202"/>
        <source>Review %1 on the next business day (%2)</source>
        <translation>Review %1 on the next business day (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="201"/>
        <source>Review %1 on the next business day (%2, firing since %3)</source>
        <translation>Review %1 on the next business day (%2, firing since %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="198"/>
        <source>Review %1: its review is overdue since %4 (%2)</source>
        <translation>Review %1: its review is overdue since %4 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="197"/>
        <source>Review %1: its review is overdue since %4 (%2, firing since %3)</source>
        <translation>Review %1: its review is overdue since %4 (%2, firing since %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="60"/>
        <source>Reviewed the active alerts in Alertmanager</source>
        <translation>Reviewed the active alerts in Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="296"/>
        <source>Shift Summary</source>
        <translation>Shift Summary</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="216"/>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="218"/>
        <source>Silences</source>
        <translation>Silences</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="186"/>
        <source>Taking Over the Shift - %1</source>
        <translation>Taking Over the Shift - %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="64"/>
        <source>Tested access to the tools (Grafana, Prometheus, Alertmanager)</source>
        <translation>Tested access to the tools (Grafana, Prometheus, Alertmanager)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="96"/>
        <source>acknowledged at %1 by %2</source>
        <translation>acknowledged at %1 by %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="145"/>
        <source>acknowledged by %1</source>
        <translation>acknowledged by %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_elsewhere.py" line="80"/>
        <source>another Alertmanager</source>
        <translation>another Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_live.py" line="210"/>
        <source>as last seen</source>
        <translation>as last seen</translation>
    </message>
    <message>
        <source>as last seen (Alertmanager unreachable)</source>
        <translation type="vanished">as last seen (Alertmanager unreachable)</translation>
    </message>
    <message>
        <source>as last seen (Alertmanager unreachable: %1)</source>
        <translation type="vanished">as last seen (Alertmanager unreachable: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_live.py" line="215"/>
        <source>as last seen at %1, %2 ago</source>
        <translation>as last seen at %1, %2 ago</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_live.py" line="213"/>
        <source>as last seen at %1, under a minute ago</source>
        <translation>as last seen at %1, under a minute ago</translation>
    </message>
    <message>
        <source>as last seen: Alertmanager %1 does not answer</source>
        <translation type="vanished">as last seen: Alertmanager %1 does not answer</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="69"/>
        <source>covers no alert now: expire it?</source>
        <translation>covers no alert now: expire it?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_live.py" line="244"/>
        <source>credentials needed</source>
        <translation>credentials needed</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="267"/>
        <source>earlier note at %1 by %3: %2</source>
        <translation>earlier note at %1 by %3: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="269"/>
        <source>earlier note at %1: %2</source>
        <translation>earlier note at %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="265"/>
        <source>earlier note: %1</source>
        <translation>earlier note: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="164"/>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="105"/>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="139"/>
        <source>escalated to %1</source>
        <translation>escalated to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="165"/>
        <source>escalated to %1 at %2</source>
        <translation>escalated to %1 at %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="112"/>
        <source>escalation to %1 overdue</source>
        <translation>escalation to %1 overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_noticed.py" line="212"/>
        <source>every alert</source>
        <translation>every alert</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_noticed.py" line="214"/>
        <source>filter %1</source>
        <translation>filter %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_live.py" line="165"/>
        <source>kept through the restart of %1</source>
        <translation>kept through the restart of %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="110"/>
        <source>latest note: %1</source>
        <translation>latest note: %1</translation>
    </message>
    <message>
        <source>needs credentials (%1)</source>
        <translation type="vanished">needs credentials (%1)</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation type="vanished">no answer (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="101"/>
        <source>no longer silenced</source>
        <translation>no longer silenced</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="100"/>
        <source>no longer silenced: expired by hand</source>
        <translation>no longer silenced: expired by hand</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="103"/>
        <source>not acknowledged</source>
        <translation>not acknowledged</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="286"/>
        <source>notes from earlier shifts: %1 (see the earlier handoffs or the Incidents window)</source>
        <translation>notes from earlier shifts: %1 (see the earlier handoffs or the Incidents window)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_noticed.py" line="213"/>
        <source>receiver %1</source>
        <translation>receiver %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/alert_heads.py" line="68"/>
        <source>silenced</source>
        <translation>silenced</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_live.py" line="158"/>
        <source>unknown: nothing received from %1 (%2); to change the address: Settings… or --alertmanager</source>
        <translation>unknown: nothing received from %1 (%2); to change the address: Settings… or --alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="216"/>
        <location filename="../../desktop/oncall_tray/ui/handoff_hints.py" line="30"/>
        <source>unknown: nothing received from Alertmanager</source>
        <translation>unknown: nothing received from Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="207"/>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="227"/>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="314"/>
        <source>… and %1 more earlier notes: see the incident in the Incidents window</source>
        <translation>… and %1 more earlier notes: see the incident in the Incidents window</translation>
    </message>
</context>
<context>
    <name>handoff_cli</name>
    <message>
        <source>%1 alerts in the journal have the fingerprint %2.</source>
        <translation type="vanished">%1 alerts in the journal have the fingerprint %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="211"/>
        <source>%1 holds a line break or another control character: give the name on one line.</source>
        <translation>%1 holds a line break or another control character: give the name on one line.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="195"/>
        <source>%1 is empty: give the text to add, or leave %1 out; nothing was changed.</source>
        <translation>%1 is empty: give the text to add, or leave %1 out; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="228"/>
        <source>%1&apos;s shift has been open since %2: hand it over first with `oncall-tray handoff end --confirm`.</source>
        <translation>%1&apos;s shift has been open since %2: hand it over first with `oncall-tray handoff end --confirm`.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff_draft.py" line="91"/>
        <source>%1, handed over %2</source>
        <translation>%1, handed over %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff_draft.py" line="95"/>
        <source>(none in this journal)</source>
        <translation>(none in this journal)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="220"/>
        <source>--engineer is empty: give the name of the engineer taking over, or leave --engineer out to use the name in the Take over the shift window (the settings&apos; engineer when none was typed there).</source>
        <translation>--engineer is empty: give the name of the engineer taking over, or leave --engineer out to use the name in the Take over the shift window (the settings&apos; engineer when none was typed there).</translation>
    </message>
    <message>
        <source>--engineer is empty: give the name of the engineer taking over, or leave --engineer out to use the settings&apos; engineer.</source>
        <translation type="vanished">--engineer is empty: give the name of the engineer taking over, or leave --engineer out to use the settings&apos; engineer.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="283"/>
        <source>--incoming is empty: give the name of the incoming on-call engineer.</source>
        <translation>--incoming is empty: give the name of the incoming on-call engineer.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="254"/>
        <source>A shift is open (%1); this checklist is for the incoming engineer.</source>
        <translation>A shift is open (%1); this checklist is for the incoming engineer.</translation>
    </message>
    <message>
        <source>A shift is open already (%1, since %2): hand it over first with `oncall-tray handoff end --confirm`.</source>
        <translation type="vanished">A shift is open already (%1, since %2): hand it over first with `oncall-tray handoff end --confirm`.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="260"/>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="379"/>
        <source>No alert in the journal has the fingerprint %1 (see: oncall-tray status).</source>
        <translation>No alert in the journal has the fingerprint %1 (see: oncall-tray status).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff_history.py" line="30"/>
        <source>No handoff in the journal yet: the list grows as shifts are handed over (oncall-tray handoff end --confirm).</source>
        <translation>No handoff in the journal yet: the list grows as shifts are handed over (oncall-tray handoff end --confirm).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff_draft.py" line="60"/>
        <source>No open shift can be read from the damaged journal (one may be open in it): repair it first, as said above, before starting a shift.</source>
        <translation>No open shift can be read from the damaged journal (one may be open in it): repair it first, as said above, before starting a shift.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff_history.py" line="35"/>
        <source>No shift %1 in the journal.</source>
        <translation>No shift %1 in the journal.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff_draft.py" line="62"/>
        <source>No shift is open: start one with `oncall-tray handoff start --confirm`.</source>
        <translation>No shift is open: start one with `oncall-tray handoff start --confirm`.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="394"/>
        <source>Note added to %1 (%2) by %3: %4</source>
        <translation>Note added to %1 (%2) by %3: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="363"/>
        <source>Nothing given here was kept, as the shift journal cannot be used; copy it from here and give it again once it can:</source>
        <translation>Nothing given here was kept, as the shift journal cannot be used; copy it from here and give it again once it can:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="363"/>
        <source>Nothing given here was kept, as there is no shift to keep it in; copy it from here and give it again once a shift is open:</source>
        <translation>Nothing given here was kept, as there is no shift to keep it in; copy it from here and give it again once a shift is open:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="364"/>
        <source>Nothing given here was kept; copy it from here and give it again:</source>
        <translation>Nothing given here was kept; copy it from here and give it again:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="268"/>
        <source>Pending items handed over to this shift (the end report offers them):</source>
        <translation>Pending items handed over to this shift (the end report offers them):</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff_draft.py" line="89"/>
        <source>Previous shift&apos;s handoff notes</source>
        <translation>Previous shift&apos;s handoff notes</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="306"/>
        <source>Shift handed over at %1 to %2.</source>
        <translation>Shift handed over at %1 to %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff_draft.py" line="70"/>
        <source>Shift of %1, since %2</source>
        <translation>Shift of %1, since %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="251"/>
        <source>Shift started at %1 by %2.</source>
        <translation>Shift started at %1 by %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="127"/>
        <source>Take over or hand over the shift on the Alertmanager it follows (without --alertmanager).</source>
        <translation>Take over or hand over the shift on the Alertmanager it follows (without --alertmanager).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff_draft.py" line="41"/>
        <source>The end report cannot be made from the damaged journal, nor can the open shift and its draft be read from it: %1</source>
        <translation>The end report cannot be made from the damaged journal, nor can the open shift and its draft be read from it: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff_draft.py" line="47"/>
        <source>The end report cannot be made from the damaged journal: %1. What can still be read of the shift:</source>
        <translation>The end report cannot be made from the damaged journal: %1. What can still be read of the shift:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="372"/>
        <source>The note is empty.</source>
        <translation>The note is empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff_draft.py" line="43"/>
        <source>The start checklist cannot be made from the damaged journal, nor can the previous shift&apos;s handoff notes and the draft be read from it: %1</source>
        <translation>The start checklist cannot be made from the damaged journal, nor can the previous shift&apos;s handoff notes and the draft be read from it: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff_draft.py" line="49"/>
        <source>The start checklist cannot be made from the damaged journal: %1. What can still be read:</source>
        <translation>The start checklist cannot be made from the damaged journal: %1. What can still be read:</translation>
    </message>
    <message>
        <source>Who takes over the shift? Give --engineer NAME (or set engineer in the settings).</source>
        <translation type="vanished">Who takes over the shift? Give --engineer NAME (or set engineer in the settings).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="289"/>
        <source>Who takes over the shift? Name the incoming on-call engineer: `oncall-tray handoff end --confirm --incoming NAME`.</source>
        <translation>Who takes over the shift? Name the incoming on-call engineer: `oncall-tray handoff end --confirm --incoming NAME`.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="245"/>
        <source>Who takes over the shift? The name was emptied in the Take over the shift window: give --engineer NAME, or type the name there.</source>
        <translation>Who takes over the shift? The name was emptied in the Take over the shift window: give --engineer NAME, or type the name there.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="125"/>
        <source>Write the note on the Alertmanager it follows (without --alertmanager).</source>
        <translation>Write the note on the Alertmanager it follows (without --alertmanager).</translation>
    </message>
    <message>
        <source>answers</source>
        <translation type="vanished">answers</translation>
    </message>
    <message>
        <source>needs credentials</source>
        <translation type="vanished">needs credentials</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="vanished">no answer</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="340"/>
        <source>note on %1</source>
        <translation>note on %1</translation>
    </message>
</context>
<context>
    <name>handoff_one</name>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_live.py" line="210"/>
        <source>as last seen</source>
        <translation>as last seen</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_live.py" line="215"/>
        <source>as last seen at %1, %2 ago</source>
        <translation>as last seen at %1, %2 ago</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_live.py" line="212"/>
        <source>as last seen at %1, under a minute ago</source>
        <translation>as last seen at %1, under a minute ago</translation>
    </message>
</context>
<context>
    <name>incident_panel</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_notes_list.py" line="63"/>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="116"/>
        <source>%1 answered</source>
        <translation>%1 answered</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_aftercare.py" line="105"/>
        <source>%1 — by %2</source>
        <translation>%1 — by %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_aftercare.py" line="108"/>
        <source>(dismissed)</source>
        <translation>(dismissed)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_aftercare.py" line="110"/>
        <source>(due now)</source>
        <translation>(due now)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_draft.py" line="111"/>
        <source>A note typed earlier on this alert, kept as its draft, is in the box: Enter adds it to this incident.</source>
        <translation>A note typed earlier on this alert, kept as its draft, is in the box: Enter adds it to this incident.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="108"/>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_aftercare.py" line="35"/>
        <source>After the incident</source>
        <translation>After the incident</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_aftercare.py" line="75"/>
        <source>After the incident (resolved at %1)</source>
        <translation>After the incident (resolved at %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/kept_notes_line.py" line="31"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Could not expire the silence: %1</source>
        <translation type="vanished">Could not expire the silence: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_aftercare.py" line="52"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_notes_list.py" line="63"/>
        <source>Escalated to %1</source>
        <translation>Escalated to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="373"/>
        <source>Escalated to this level or higher already: %1 was not recorded again.</source>
        <translation>Escalated to this level or higher already: %1 was not recorded again.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="111"/>
        <source>Escalated to…</source>
        <translation>Escalated to…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_aftercare.py" line="97"/>
        <source>Expire %1 silences</source>
        <translation>Expire %1 silences</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_aftercare.py" line="96"/>
        <source>Expire the silence</source>
        <translation>Expire the silence</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/kept_notes_line.py" line="32"/>
        <source>Hide this message; the file stays where it says, and its path is in the log</source>
        <translation>Hide this message; the file stays where it says, and its path is in the log</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_draft.py" line="178"/>
        <source>Not saved yet: %1. What you typed stays here and is saved once the journal can be written.</source>
        <translation>Not saved yet: %1. What you typed stays here and is saved once the journal can be written.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_draft.py" line="179"/>
        <source>Not saved yet: %1. What you typed stays here; once the journal can be written, it is added as a note.</source>
        <translation>Not saved yet: %1. What you typed stays here; once the journal can be written, it is added as a note.</translation>
    </message>
    <message>
        <source>Not saved yet: %1. What you typed stays here; once the journal can be written, press Enter to add it as a note.</source>
        <translation type="vanished">Not saved yet: %1. What you typed stays here; once the journal can be written, press Enter to add it as a note.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_draft.py" line="181"/>
        <source>Not saved yet: %1. What you typed stays here; once the journal can be written, the note you pressed Enter on is added and what you typed after it stays here.</source>
        <translation>Not saved yet: %1. What you typed stays here; once the journal can be written, the note you pressed Enter on is added and what you typed after it stays here.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="353"/>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="384"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/numbered_drafts.py" line="50"/>
        <source>Note on %1, not written: its incident is no longer in the shift journal: %2</source>
        <translation>Note on %1, not written: its incident is no longer in the shift journal: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_notes_list.py" line="39"/>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="220"/>
        <source>Notes on %1</source>
        <translation>Notes on %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="182"/>
        <source>Notes on %1 (hidden by the filter)</source>
        <translation>Notes on %1 (hidden by the filter)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="182"/>
        <source>Notes on %1 (no longer firing)</source>
        <translation>Notes on %1 (no longer firing)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="221"/>
        <source>Select an alert to take notes on it.</source>
        <translation>Select an alert to take notes on it.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_aftercare.py" line="177"/>
        <source>Silence expired where it was taken. %1</source>
        <translation>Silence expired where it was taken. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_gone.py" line="95"/>
        <source>The %1 incident you typed your note on is no longer in the shift journal (set aside or replaced since): the note was not written on it. It is in the Observations of the Take over the shift window, for you to read, change or hand over: %2</source>
        <translation>The %1 incident you typed your note on is no longer in the shift journal (set aside or replaced since): the note was not written on it. It is in the Observations of the Take over the shift window, for you to read, change or hand over: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_gone.py" line="92"/>
        <source>The %1 incident you typed your note on is no longer in the shift journal (set aside or replaced since): the note was not written on it. It is in the shift&apos;s Observations (the Hand over the shift window), for you to read, change or hand over: %2</source>
        <translation>The %1 incident you typed your note on is no longer in the shift journal (set aside or replaced since): the note was not written on it. It is in the shift&apos;s Observations (the Hand over the shift window), for you to read, change or hand over: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_gone.py" line="83"/>
        <source>The %1 incident you typed your note on is no longer in the shift journal: the note was not written, and could not be moved to the shift&apos;s Observations: %2. It is kept here and moved there by itself once the journal can be written. Your note: %3</source>
        <translation>The %1 incident you typed your note on is no longer in the shift journal: the note was not written, and could not be moved to the shift&apos;s Observations: %2. It is kept here and moved there by itself once the journal can be written. Your note: %3</translation>
    </message>
    <message>
        <source>The %1 incident you typed your note on is no longer in the shift journal: the note was not written, and could not be moved to the shift&apos;s Observations: %2. It stays in the box.</source>
        <translation type="vanished">The %1 incident you typed your note on is no longer in the shift journal: the note was not written, and could not be moved to the shift&apos;s Observations: %2. It stays in the box.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_draft.py" line="187"/>
        <source>The journal can be written again: press Enter to add your note.</source>
        <translation>The journal can be written again: press Enter to add your note.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="212"/>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="331"/>
        <source>The journal can be written again: your note was added.</source>
        <translation>The journal can be written again: your note was added.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_draft.py" line="157"/>
        <source>The notes kept at the last quit (typed over drafts the journal could not read) could not be read: %1. Their file is left as it was in %2, for you to read; what you type over drafts the journal cannot read is not kept at this quit.</source>
        <translation>The notes kept at the last quit (typed over drafts the journal could not read) could not be read: %1. Their file is left as it was in %2, for you to read; what you type over drafts the journal cannot read is not kept at this quit.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_draft.py" line="154"/>
        <source>The notes kept at the last quit (typed over drafts the journal could not read) could not be read: %1. Their file is set aside as %2, for you to read; nothing is written over it.</source>
        <translation>The notes kept at the last quit (typed over drafts the journal could not read) could not be read: %1. Their file is set aside as %2, for you to read; nothing is written over it.</translation>
    </message>
    <message>
        <source>The silence may have been expired all the same: %1</source>
        <translation type="vanished">The silence may have been expired all the same: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="105"/>
        <source>What did you try or see? Enter adds the note</source>
        <translation>What did you try or see? Enter adds the note</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="353"/>
        <source>Your note: %1</source>
        <translation>Your note: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_draft.py" line="79"/>
        <source>Your saved draft could be read again: it is back in the box, before what you typed.</source>
        <translation>Your saved draft could be read again: it is back in the box, before what you typed.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_draft.py" line="46"/>
        <source>Your saved draft could not be read: %1. What you type stays here and is not saved over it until it can be read.</source>
        <translation>Your saved draft could not be read: %1. What you type stays here and is not saved over it until it can be read.</translation>
    </message>
    <message>
        <source>what it holds is damaged</source>
        <translation type="vanished">what it holds is damaged</translation>
    </message>
</context>
<context>
    <name>incidents_window</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incidents_window.py" line="53"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incidents_window.py" line="47"/>
        <source>Incidents — oncall-tray</source>
        <translation>Incidents — oncall-tray</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incidents_window.py" line="108"/>
        <source>No incident in the last 7 days.</source>
        <translation>No incident in the last 7 days.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incidents_window.py" line="119"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incidents_window.py" line="118"/>
        <source>resolved at %1</source>
        <translation>resolved at %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incidents_window.py" line="126"/>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
</context>
<context>
    <name>inhibited</name>
    <message>
        <location filename="../../desktop/oncall_tray/core/inhibited.py" line="93"/>
        <source>%1 (inhibited by %2)</source>
        <translation>%1 (inhibited by %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/inhibited.py" line="122"/>
        <source>+%1 inhibited by %2</source>
        <translation>+%1 inhibited by %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/inhibited.py" line="78"/>
        <source>Inhibited by %1</source>
        <translation>Inhibited by %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/inhibited.py" line="130"/>
        <source>Inhibited by %1 (not listed): %2</source>
        <translation>Inhibited by %1 (not listed): %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/inhibited.py" line="108"/>
        <source>Inhibits: %1</source>
        <translation>Inhibits: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/inhibited.py" line="151"/>
        <source>Mind what fires behind %1 (inhibited, not listed): %2</source>
        <translation>Mind what fires behind %1 (inhibited, not listed): %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/inhibited.py" line="75"/>
        <source>an alert not in the list (not watched, or resolved): %1</source>
        <translation>an alert not in the list (not watched, or resolved): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/inhibited.py" line="100"/>
        <source>inhibited by %1</source>
        <translation>inhibited by %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="vanished">… and %1 more</translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_file.py" line="199"/>
        <source>%1 is a file, not a folder</source>
        <translation>%1 is a file, not a folder</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_salvage.py" line="104"/>
        <source>%1 or more</source>
        <translation>%1 or more</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_salvage.py" line="84"/>
        <location filename="../../desktop/oncall_tray/core/journal_salvage.py" line="108"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_place.py" line="93"/>
        <source>Another file took the place of the shift journal %1: oncall-tray kept it beside it as %2 and wrote its own journal back there. Nothing was lost.</source>
        <translation>Another file took the place of the shift journal %1: oncall-tray kept it beside it as %2 and wrote its own journal back there. Nothing was lost.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_reading.py" line="55"/>
        <source>The shift journal %1 cannot be read (%2). This command only reads it: nothing in it was changed.</source>
        <translation>The shift journal %1 cannot be read (%2). This command only reads it: nothing in it was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_reading.py" line="60"/>
        <source>The shift journal %1 is damaged (%2). This command only reads it: nothing in it was changed, and what can still be read is shown. Cannot be read, or not whole: %3.</source>
        <translation>The shift journal %1 is damaged (%2). This command only reads it: nothing in it was changed, and what can still be read is shown. Cannot be read, or not whole: %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_place.py" line="90"/>
        <source>The shift journal %1 was deleted while in use. oncall-tray wrote it back from its copy: nothing was lost.</source>
        <translation>The shift journal %1 was deleted while in use. oncall-tray wrote it back from its copy: nothing was lost.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_file.py" line="107"/>
        <source>The shift journal was damaged (%1). It was set aside as %2 and a new journal was started.</source>
        <translation>The shift journal was damaged (%1). It was set aside as %2 and a new journal was started.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_file.py" line="104"/>
        <source>The shift journal was damaged (%1). Its indexes were rebuilt: nothing was lost. The damaged file was kept as %2.</source>
        <translation>The shift journal was damaged (%1). Its indexes were rebuilt: nothing was lost. The damaged file was kept as %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_file.py" line="113"/>
        <source>The shift journal was damaged; what could still be read went into a new journal, the open shift of %1 with it. Kept: %2. Lost: %3. Damaged file kept as %4.</source>
        <translation>The shift journal was damaged; what could still be read went into a new journal, the open shift of %1 with it. Kept: %2. Lost: %3. Damaged file kept as %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_file.py" line="116"/>
        <source>The shift journal was damaged; what could still be read went into a new journal. Kept: %1. Lost: %2. Damaged file kept as %3.</source>
        <translation>The shift journal was damaged; what could still be read went into a new journal. Kept: %1. Lost: %2. Damaged file kept as %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_reading.py" line="31"/>
        <source>To repair it, start the tray (quit it first if it is running): it sets the damaged file aside, keeping it, and carries what can still be read into a new journal.</source>
        <translation>To repair it, start the tray (quit it first if it is running): it sets the damaged file aside, keeping it, and carries what can still be read into a new journal.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_rows.py" line="40"/>
        <source>alerts last seen firing</source>
        <translation>alerts last seen firing</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_salvage.py" line="99"/>
        <source>all %1</source>
        <translation>all %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_salvage.py" line="100"/>
        <source>all (none could be read)</source>
        <translation>all (none could be read)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_file.py" line="169"/>
        <source>another program keeps it locked</source>
        <translation>another program keeps it locked</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_file.py" line="301"/>
        <source>cannot check the shift journal %1: %2</source>
        <translation>cannot check the shift journal %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal.py" line="143"/>
        <location filename="../../desktop/oncall_tray/core/journal.py" line="150"/>
        <location filename="../../desktop/oncall_tray/core/journal.py" line="163"/>
        <location filename="../../desktop/oncall_tray/core/journal.py" line="174"/>
        <location filename="../../desktop/oncall_tray/core/journal.py" line="191"/>
        <location filename="../../desktop/oncall_tray/core/journal_file.py" line="285"/>
        <source>cannot open the shift journal %1: %2</source>
        <translation>cannot open the shift journal %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal.py" line="299"/>
        <source>cannot read the shift journal %1: %2</source>
        <translation>cannot read the shift journal %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal.py" line="259"/>
        <location filename="../../desktop/oncall_tray/core/journal.py" line="277"/>
        <source>cannot write the shift journal %1: %2</source>
        <translation>cannot write the shift journal %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal.py" line="265"/>
        <source>cannot write the shift journal %1: another file took its place at each of %2 tries; nothing was written</source>
        <translation>cannot write the shift journal %1: another file took its place at each of %2 tries; nothing was written</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_rows.py" line="45"/>
        <source>drafts</source>
        <translation>drafts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_salvage.py" line="107"/>
        <source>drafts or tray records</source>
        <translation>drafts or tray records</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_rows.py" line="38"/>
        <source>events</source>
        <translation>events</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_rows.py" line="39"/>
        <source>incidents</source>
        <translation>incidents</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_salvage.py" line="87"/>
        <source>incidents made again from the events: %1</source>
        <translation>incidents made again from the events: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_file.py" line="196"/>
        <source>it is a folder, not a file</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_reading.py" line="59"/>
        <source>its indexes</source>
        <translation>its indexes</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_salvage.py" line="88"/>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_file.py" line="163"/>
        <location filename="../../desktop/oncall_tray/core/journal_file.py" line="175"/>
        <source>permission denied</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_rows.py" line="37"/>
        <source>shifts</source>
        <translation>shifts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_rows.py" line="41"/>
        <source>silences last seen</source>
        <translation>silences last seen</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_salvage.py" line="106"/>
        <source>some rows</source>
        <translation>some rows</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_file.py" line="177"/>
        <source>the disk could not be read or written</source>
        <translation>the disk could not be read or written</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_file.py" line="167"/>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>the file cannot be opened (its folder is missing or cannot be read)</source>
        <translation type="vanished">the file cannot be opened (its folder is missing or cannot be read)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_file.py" line="172"/>
        <source>the file cannot be opened or made (its folder is missing, or cannot be read or written)</source>
        <translation>the file cannot be opened or made (its folder is missing, or cannot be read or written)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_file.py" line="165"/>
        <source>the file or its folder is read-only</source>
        <translation>the file or its folder is read-only</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_notes.py" line="52"/>
        <source>the incident resolved since it was shown: the escalation was not recorded</source>
        <translation>the incident resolved since it was shown: the escalation was not recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_file.py" line="264"/>
        <source>the shift journal %1 is damaged (%2) and cannot be set aside: %3; it was left as it is</source>
        <translation>the shift journal %1 is damaged (%2) and cannot be set aside: %3; it was left as it is</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_reading.py" line="67"/>
        <source>the shift journal %1 is damaged, and this command only reads it: nothing was written to it</source>
        <translation>the shift journal %1 is damaged, and this command only reads it: nothing was written to it</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal.py" line="155"/>
        <source>the shift journal %1 was deleted or replaced and cannot be written back: %2</source>
        <translation>the shift journal %1 was deleted or replaced and cannot be written back: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal.py" line="205"/>
        <source>the shift journal %1 was written by a newer oncall-tray (schema %2, this one knows %3)</source>
        <translation>the shift journal %1 was written by a newer oncall-tray (schema %2, this one knows %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_notes.py" line="57"/>
        <source>this row&apos;s incidents are no longer in the shift journal (it was set aside or replaced since): the escalation was not recorded; select the row again</source>
        <translation>this row&apos;s incidents are no longer in the shift journal (it was set aside or replaced since): the escalation was not recorded; select the row again</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_notes.py" line="54"/>
        <source>this row&apos;s incidents are no longer in the shift journal (it was set aside or replaced since): the note was not written; select the row again</source>
        <translation>this row&apos;s incidents are no longer in the shift journal (it was set aside or replaced since): the note was not written; select the row again</translation>
    </message>
</context>
<context>
    <name>keyring</name>
    <message>
        <location filename="../../desktop/oncall_tray/connect.py" line="149"/>
        <source>credentials needed: %1</source>
        <translation>credentials needed: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/keyring_prompt.py" line="15"/>
        <source>it could not be opened (a Secret Service without a keyring to use, and no prompt to create one?)</source>
        <translation>it could not be opened (a Secret Service without a keyring to use, and no prompt to create one?)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secret_logins.py" line="75"/>
        <source>kept until oncall-tray quits</source>
        <translation>kept until oncall-tray quits</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/keyring_prompt.py" line="17"/>
        <source>no keyring is available</source>
        <translation>no keyring is available</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secrets.py" line="292"/>
        <location filename="../../desktop/oncall_tray/secrets.py" line="309"/>
        <source>no such entry in the keyring</source>
        <translation>no such entry in the keyring</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/keyring_backend.py" line="65"/>
        <source>no system keyring was found (on Linux, GNOME Keyring, KeePassXC or KWallet must run in the desktop session)</source>
        <translation>no system keyring was found (on Linux, GNOME Keyring, KeePassXC or KWallet must run in the desktop session)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/keyring_backend.py" line="55"/>
        <source>the configured keyring backend %1 is not a system keyring</source>
        <translation>the configured keyring backend %1 is not a system keyring</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/keyring_backend.py" line="51"/>
        <source>the configured keyring backend cannot be loaded (%1)</source>
        <translation>the configured keyring backend cannot be loaded (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secrets.py" line="334"/>
        <source>the demo keeps a login for its run only, never in the keyring</source>
        <translation>the demo keeps a login for its run only, never in the keyring</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/keyring_prompt.py" line="74"/>
        <source>the keyring (%1) failed to delete the entry: %2</source>
        <translation>the keyring (%1) failed to delete the entry: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/keyring_prompt.py" line="71"/>
        <source>the keyring (%1) failed to read the entry: %2</source>
        <translation>the keyring (%1) failed to read the entry: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/keyring_prompt.py" line="73"/>
        <source>the keyring (%1) failed to write the entry: %2</source>
        <translation>the keyring (%1) failed to write the entry: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/keyring_prompt.py" line="48"/>
        <source>the keyring (%1) is locked: unlock it (for example by logging in to the desktop again, or in the keyring application) and try again</source>
        <translation>the keyring (%1) is locked: unlock it (for example by logging in to the desktop again, or in the keyring application) and try again</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/keyring_prompt.py" line="61"/>
        <source>the keyring (%1) is not set up yet, and the prompt to create it got no answer (it was cancelled, or could not be shown): create it (answer its prompt, or in the keyring application) and try again</source>
        <translation>the keyring (%1) is not set up yet, and the prompt to create it got no answer (it was cancelled, or could not be shown): create it (answer its prompt, or in the keyring application) and try again</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/keyring_prompt.py" line="58"/>
        <source>the keyring (%1) is not set up yet, and the prompt to create it got no answer within %2 s: create it (answer its prompt, or in the keyring application) and try again</source>
        <translation>the keyring (%1) is not set up yet, and the prompt to create it got no answer within %2 s: create it (answer its prompt, or in the keyring application) and try again</translation>
    </message>
    <message>
        <source>the keyring (%1) is not set up yet, and the prompt to create it was dismissed: create it (answer its prompt, or in the keyring application) and try again</source>
        <translation type="vanished">the keyring (%1) is not set up yet, and the prompt to create it was dismissed: create it (answer its prompt, or in the keyring application) and try again</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/keyring_prompt.py" line="46"/>
        <source>the keyring (%1) was not unlocked within %2 s: no answer to its unlock prompt</source>
        <translation>the keyring (%1) was not unlocked within %2 s: no answer to its unlock prompt</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_keeping.py" line="50"/>
        <source>the keyring could not be used (an error it did not explain; the details are in the log)</source>
        <translation>the keyring could not be used (an error it did not explain; the details are in the log)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/keyring_backend.py" line="46"/>
        <source>the keyring library cannot be loaded (%1)</source>
        <translation>the keyring library cannot be loaded (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/connect.py" line="73"/>
        <source>the login stored for this Alertmanager could not be read: %1</source>
        <translation>the login stored for this Alertmanager could not be read: %1</translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/links.py" line="36"/>
        <source>Cannot open a browser</source>
        <translation>Cannot open a browser</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/links.py" line="37"/>
        <source>No browser could be opened for this address; copy it into one:

%1</source>
        <translation>No browser could be opened for this address; copy it into one:

%1</translation>
    </message>
</context>
<context>
    <name>login</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="191"/>
        <source>A user name cannot contain a colon.</source>
        <translation>A user name cannot contain a colon.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="115"/>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="231"/>
        <source>Alertmanager accepted the login. Storing it in the system keyring… It is in use already: closing this window loses nothing.</source>
        <translation>Alertmanager accepted the login. Storing it in the system keyring… It is in use already: closing this window loses nothing.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="95"/>
        <source>Bearer token</source>
        <translation>Bearer token</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="213"/>
        <source>Checking with Alertmanager…</source>
        <translation>Checking with Alertmanager…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="229"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="198"/>
        <source>Enter the password.</source>
        <translation>Enter the password.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="198"/>
        <source>Enter the token.</source>
        <translation>Enter the token.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="188"/>
        <source>Enter the user name.</source>
        <translation>Enter the user name.</translation>
    </message>
    <message>
        <source>Kept in the system keyring (%1).</source>
        <translation type="vanished">Kept in the system keyring (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="51"/>
        <source>Kept in the system keyring (%1); if it is locked or gone then, only until oncall-tray quits, and a notification says so.</source>
        <translation>Kept in the system keyring (%1); if it is locked or gone then, only until oncall-tray quits, and a notification says so.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="122"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="46"/>
        <source>Looking for the system keyring…</source>
        <translation>Looking for the system keyring…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="116"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>No system keyring: the secret is kept until oncall-tray quits (%1).</source>
        <translation type="vanished">No system keyring: the secret is kept until oncall-tray quits (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="38"/>
        <source>Not saved in the keyring: %1.</source>
        <translation>Not saved in the keyring: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="163"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="48"/>
        <source>The keyring (%1) could not be read just now: the secret goes to it if it works then, else it is kept until oncall-tray quits.</source>
        <translation>The keyring (%1) could not be read just now: the secret goes to it if it works then, else it is kept until oncall-tray quits.</translation>
    </message>
    <message>
        <source>The keyring is locked; the secret is kept until oncall-tray quits (%1).</source>
        <translation type="vanished">The keyring is locked; the secret is kept until oncall-tray quits (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="53"/>
        <source>The secret is kept only until oncall-tray quits: %1.</source>
        <translation>The secret is kept only until oncall-tray quits: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="163"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="148"/>
        <source>Unlock the keyring and try again</source>
        <translation>Unlock the keyring and try again</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="117"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="94"/>
        <source>User name and password (basic auth)</source>
        <translation>User name and password (basic auth)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="87"/>
        <source>oncall-tray — log in to Alertmanager</source>
        <translation>oncall-tray — log in to Alertmanager</translation>
    </message>
</context>
<context>
    <name>matchers</name>
    <message>
        <location filename="../../desktop/oncall_tray/alertmanager/matchers.py" line="166"/>
        <source>%1 has no value after the operator (write %2 to match an empty value)</source>
        <translation>%1 has no value after the operator (write %2 to match an empty value)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/alertmanager/matchers.py" line="152"/>
        <source>%1: %2 is not a label name (letters, digits and _, not starting with a digit)</source>
        <translation>%1: %2 is not a label name (letters, digits and _, not starting with a digit)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/alertmanager/matchers.py" line="162"/>
        <source>%1: Alertmanager quotes values with double quotes only; single quotes would be part of the value, which no alert has. Write %2</source>
        <translation>%1: Alertmanager quotes values with double quotes only; single quotes would be part of the value, which no alert has. Write %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/alertmanager/matchers.py" line="194"/>
        <source>%1: Alertmanager&apos;s regular expressions (Go RE2) do not support a %2 (%3)</source>
        <translation>%1: Alertmanager&apos;s regular expressions (Go RE2) do not support a %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/alertmanager/matchers.py" line="173"/>
        <source>%1: typographic quotes (“ ” ‘ ’), as chat programs and documents write them, would be part of the value, which no alert has: Alertmanager quotes values with straight double quotes. Write %2</source>
        <translation>%1: typographic quotes (“ ” ‘ ’), as chat programs and documents write them, would be part of the value, which no alert has: Alertmanager quotes values with straight double quotes. Write %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/alertmanager/matchers.py" line="199"/>
        <source>invalid regular expression in %1: %2</source>
        <translation>invalid regular expression in %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/alertmanager/matchers.py" line="154"/>
        <source>not a matcher: %1 (expected name=&quot;value&quot;, name!=&quot;value&quot;, name=~&quot;regex&quot; or name!~&quot;regex&quot;)</source>
        <translation>not a matcher: %1 (expected name=&quot;value&quot;, name!=&quot;value&quot;, name=~&quot;regex&quot; or name!~&quot;regex&quot;)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/alertmanager/matchers.py" line="283"/>
        <source>the value of %1 has no closing double quote</source>
        <translation>the value of %1 has no closing double quote</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/alertmanager/matchers.py" line="276"/>
        <source>unescaped double quote in the value of %1 (write \&quot; inside it)</source>
        <translation>unescaped double quote in the value of %1 (write \&quot; inside it)</translation>
    </message>
</context>
<context>
    <name>notifications</name>
    <message>
        <location filename="../../desktop/oncall_tray/notify/poll_plan.py" line="156"/>
        <source>%1 alerts fired again</source>
        <translation>%1 alerts fired again</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/poll_plan.py" line="155"/>
        <source>%1 alerts fired again (flapping)</source>
        <translation>%1 alerts fired again (flapping)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/poll_plan.py" line="153"/>
        <source>%1 alerts fired, %2 of them again</source>
        <translation>%1 alerts fired, %2 of them again</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/poll_plan.py" line="130"/>
        <source>%1 alerts lowered in severity</source>
        <translation>%1 alerts lowered in severity</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/poll_plan.py" line="128"/>
        <source>%1 alerts raised in severity</source>
        <translation>%1 alerts raised in severity</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="177"/>
        <source>%1 alerts resolved</source>
        <translation>%1 alerts resolved</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/poll_plan.py" line="127"/>
        <source>%1 alerts still firing, no longer inhibited</source>
        <translation>%1 alerts still firing, no longer inhibited</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/settling.py" line="61"/>
        <source>%1 flapping alerts stayed resolved</source>
        <translation>%1 flapping alerts stayed resolved</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/poll_plan.py" line="151"/>
        <source>%1 new alerts</source>
        <translation>%1 new alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/notice.py" line="149"/>
        <source>%1 notifications</source>
        <translation>%1 notifications</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="58"/>
        <source>(unnamed alert)</source>
        <translation>(unnamed alert)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/freedesktop.py" line="49"/>
        <source>Acknowledge (15 min)</source>
        <translation>Acknowledge (15 min)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/poll_plan.py" line="71"/>
        <source>Alertmanager answers again (%1).</source>
        <translation>Alertmanager answers again (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="147"/>
        <source>Alerts firing: %1</source>
        <translation>Alerts firing: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/poll_plan.py" line="66"/>
        <source>Cannot reach Alertmanager</source>
        <translation>Cannot reach Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/poll_plan.py" line="65"/>
        <source>Contact with Alertmanager lost</source>
        <translation>Contact with Alertmanager lost</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/poll_plan.py" line="73"/>
        <source>Contact with Alertmanager restored</source>
        <translation>Contact with Alertmanager restored</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="65"/>
        <source>Fired %1 times in %2 min</source>
        <translation>Fired %1 times in %2 min</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="64"/>
        <source>Fired %1 times in %2 min (flapping)</source>
        <translation>Fired %1 times in %2 min (flapping)</translation>
    </message>
    <message>
        <source>Fired again: %1 times in %2 min</source>
        <translation type="vanished">Fired again: %1 times in %2 min</translation>
    </message>
    <message>
        <source>Fired again: %1 times in %2 min (flapping)</source>
        <translation type="vanished">Fired again: %1 times in %2 min (flapping)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/poll_plan.py" line="57"/>
        <source>No answer since %1: %2</source>
        <translation>No answer since %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/poll_plan.py" line="68"/>
        <source>No usable answer from Alertmanager</source>
        <translation>No usable answer from Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/poll_plan.py" line="56"/>
        <source>No usable answer since %1: %2</source>
        <translation>No usable answer since %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="71"/>
        <source>Resolved: %1</source>
        <translation>Resolved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/settling.py" line="63"/>
        <source>Resolved: %1 (stopped flapping)</source>
        <translation>Resolved: %1 (stopped flapping)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/freedesktop.py" line="47"/>
        <source>Show alerts</source>
        <translation>Show alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="158"/>
        <source>Still firing: %1</source>
        <translation>Still firing: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="62"/>
        <source>Still firing: no longer inhibited</source>
        <translation>Still firing: no longer inhibited</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="77"/>
        <source>[%1] %2 (was %3)</source>
        <translation>[%1] %2 (was %3)</translation>
    </message>
</context>
<context>
    <name>questions</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/questions.py" line="93"/>
        <source>Critical alerts it covers: %1</source>
        <translation>Critical alerts it covers: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/questions.py" line="65"/>
        <source>Expire it anyway?</source>
        <translation>Expire it anyway?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/questions.py" line="69"/>
        <source>Expire someone else&apos;s silence?</source>
        <translation>Expire someone else&apos;s silence?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/questions.py" line="65"/>
        <source>Expire your silence?</source>
        <translation>Expire your silence?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/questions.py" line="58"/>
        <source>It still mutes alerts that fire: %1. They come back unacknowledged, with their notifications and reminders.</source>
        <translation>It still mutes alerts that fire: %1. They come back unacknowledged, with their notifications and reminders.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/questions.py" line="44"/>
        <source>No alert will be watched or notified until oncall-tray is started again. Quit anyway?</source>
        <translation>No alert will be watched or notified until oncall-tray is started again. Quit anyway?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/questions.py" line="61"/>
        <source>Other silences still mute %1: they stay muted.</source>
        <translation>Other silences still mute %1: they stay muted.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/questions.py" line="44"/>
        <source>Quit oncall-tray?</source>
        <translation>Quit oncall-tray?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/questions.py" line="61"/>
        <source>The alerts it mutes stay muted: other silences still mute %1. None comes back.</source>
        <translation>The alerts it mutes stay muted: other silences still mute %1. None comes back.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/questions.py" line="67"/>
        <source>This silence is %1&apos;s: %2. Expire it anyway?</source>
        <translation>This silence is %1&apos;s: %2. Expire it anyway?</translation>
    </message>
</context>
<context>
    <name>secrets</name>
    <message>
        <location filename="../../desktop/oncall_tray/secret_input.py" line="79"/>
        <source>%1 blank characters</source>
        <translation>%1 blank characters</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secret_input.py" line="76"/>
        <source>%1 spaces</source>
        <translation>%1 spaces</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secret_input.py" line="78"/>
        <source>%1 tabs</source>
        <translation>%1 tabs</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secret_input.py" line="79"/>
        <source>1 blank character</source>
        <translation>1 blank character</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secret_input.py" line="76"/>
        <source>1 space</source>
        <translation>1 space</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secret_input.py" line="78"/>
        <source>1 tab</source>
        <translation>1 tab</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secret_input.py" line="67"/>
        <source>begins with %1</source>
        <translation>begins with %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secret_input.py" line="68"/>
        <source>ends with %1</source>
        <translation>ends with %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secret_input.py" line="37"/>
        <source>the line breaks at the ends of the password were left out</source>
        <translation>the line breaks at the ends of the password were left out</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secret_input.py" line="103"/>
        <source>the password holds a character that cannot be sent (%1): type it again</source>
        <translation>the password holds a character that cannot be sent (%1): type it again</translation>
    </message>
    <message>
        <source>the password holds a control character (%1)</source>
        <translation type="vanished">the password holds a control character (%1)</translation>
    </message>
    <message>
        <source>the password holds a line break: type it on one line</source>
        <translation type="vanished">the password holds a line break: type it on one line</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secret_input.py" line="61"/>
        <source>the password sent %1: type it again without it if it is not part of it</source>
        <translation>the password sent %1: type it again without it if it is not part of it</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secret_input.py" line="59"/>
        <source>the password sent %1: type it again without them if they are not part of it</source>
        <translation>the password sent %1: type it again without them if they are not part of it</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secret_input.py" line="56"/>
        <source>the password sent begins with %1 and ends with %2: type it again without them if they are not part of it</source>
        <translation>the password sent begins with %1 and ends with %2: type it again without them if they are not part of it</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secret_input.py" line="127"/>
        <source>the password stored for this Alertmanager cannot be used: %1; log in again (oncall-tray login, or Log in to Alertmanager… in the tray&apos;s menu)</source>
        <translation>the password stored for this Alertmanager cannot be used: %1; log in again (oncall-tray login, or Log in to Alertmanager… in the tray&apos;s menu)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secret_input.py" line="113"/>
        <source>the token holds a character that is not ASCII: a bearer token cannot carry it; paste it again</source>
        <translation>the token holds a character that is not ASCII: a bearer token cannot carry it; paste it again</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secret_input.py" line="110"/>
        <source>the token holds a control character (%1): paste it again, as one line of text</source>
        <translation>the token holds a control character (%1): paste it again, as one line of text</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secret_input.py" line="107"/>
        <source>the token holds a line break: paste it on one line</source>
        <translation>the token holds a line break: paste it on one line</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secret_input.py" line="125"/>
        <source>the token stored for this Alertmanager cannot be used: %1; log in again (oncall-tray login, or Log in to Alertmanager… in the tray&apos;s menu)</source>
        <translation>the token stored for this Alertmanager cannot be used: %1; log in again (oncall-tray login, or Log in to Alertmanager… in the tray&apos;s menu)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secret_input.py" line="36"/>
        <source>the white space around the token was left out</source>
        <translation>the white space around the token was left out</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="255"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_merge.py" line="111"/>
        <source>%1 (the file: %2)</source>
        <translation>%1 (the file: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="277"/>
        <source>%1 at column %2 cannot be read as the value it looks like (a date that does not exist, or a !!type that does not fit): put it in quotes</source>
        <translation>%1 at column %2 cannot be read as the value it looks like (a date that does not exist, or a !!type that does not fit): put it in quotes</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="111"/>
        <source>%1 at column %2 cannot start a value (put the value in quotes)</source>
        <translation>%1 at column %2 cannot start a value (put the value in quotes)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_values.py" line="56"/>
        <source>%1 is a severity itself: only other values can be its synonyms</source>
        <translation>%1 is a severity itself: only other values can be its synonyms</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config.py" line="292"/>
        <source>%1 is listed twice (the same Alertmanager as %2): list each Alertmanager once</source>
        <translation>%1 is listed twice (the same Alertmanager as %2): list each Alertmanager once</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config.py" line="291"/>
        <source>%1 is listed twice: list each Alertmanager once</source>
        <translation>%1 is listed twice: list each Alertmanager once</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/sla_settings.py" line="130"/>
        <source>%1 is not like 09:00-18:00</source>
        <translation>%1 is not like 09:00-18:00</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="222"/>
        <source>%1 is not one of the allowed values</source>
        <translation>%1 is not one of the allowed values</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_values.py" line="113"/>
        <location filename="../../desktop/oncall_tray/sla_settings.py" line="238"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_values.py" line="64"/>
        <source>%1: %2 is not critical, warning or info</source>
        <translation>%1: %2 is not critical, warning or info</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_test_result.py" line="41"/>
        <source>%1: Alertmanager %2, cluster %3, %4 alerts</source>
        <translation>%1: Alertmanager %2, cluster %3, %4 alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_restore.py" line="38"/>
        <source>%1: a password, or what followed a “:” in an address being typed, was not kept: type it again.</source>
        <translation>%1: a password, or what followed a “:” in an address being typed, was not kept: type it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_values.py" line="74"/>
        <source>%1: how to reach them is empty</source>
        <translation>%1: how to reach them is empty</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_write.py" line="312"/>
        <source>%1: its anchors, aliases or merge keys could not be kept in place, so the file was left as it is: edit this setting in the file itself.</source>
        <translation>%1: its anchors, aliases or merge keys could not be kept in place, so the file was left as it is: edit this setting in the file itself.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_write.py" line="297"/>
        <source>%1: its comments could not be kept in place, so the file was left as it is: edit this setting in the file itself.</source>
        <translation>%1: its comments could not be kept in place, so the file was left as it is: edit this setting in the file itself.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_checks.py" line="43"/>
        <source>%1: must not hold a password: choose “%2” in “%3” below, then enter it with “%4” (it is kept in the system keyring)</source>
        <translation>%1: must not hold a password: choose “%2” in “%3” below, then enter it with “%4” (it is kept in the system keyring)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_checks.py" line="37"/>
        <source>%1: must not hold a user name or password, and they name different user names (%2) while the members of one Alertmanager share one login: keep the one to use in “%3”, choose “%4” in “%5” below, then enter its password with “%6”</source>
        <translation>%1: must not hold a user name or password, and they name different user names (%2) while the members of one Alertmanager share one login: keep the one to use in “%3”, choose “%4” in “%5” below, then enter its password with “%6”</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_values.py" line="59"/>
        <source>%1: no severity; write the value, a colon, then the severity (sev1: critical)</source>
        <translation>%1: no severity; write the value, a colon, then the severity (sev1: critical)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/sla_settings.py" line="135"/>
        <source>%1: not a time of day (from 00:00 to 23:59)</source>
        <translation>%1: not a time of day (from 00:00 to 23:59)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/sla_settings.py" line="138"/>
        <source>%1: opening must come before closing</source>
        <translation>%1: opening must come before closing</translation>
    </message>
    <message>
        <source>%1: the password was not kept: type it again.</source>
        <translation type="vanished">%1: the password was not kept: type it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_checks.py" line="76"/>
        <source>%1: written twice (lines %2 and %3), and only one line of a role is kept: put everyone in that role on one line (%1: Ana - +55 11 …; Bruno - …)</source>
        <translation>%1: written twice (lines %2 and %3), and only one line of a role is kept: put everyone in that role on one line (%1: Ana - +55 11 …; Bruno - …)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_checks.py" line="79"/>
        <source>%1: written twice (lines %2 and %3), and only one line of a value is kept: keep the one meant</source>
        <translation>%1: written twice (lines %2 and %3), and only one line of a value is kept: keep the one meant</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_values.py" line="35"/>
        <location filename="../../desktop/oncall_tray/config_values.py" line="114"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="147"/>
        <source>*%1 at column %2 refers to no anchor &amp;%1 above (put a value that starts with * in quotes)</source>
        <translation>*%1 at column %2 refers to no anchor &amp;%1 above (put a value that starts with * in quotes)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="45"/>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="46"/>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="51"/>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="52"/>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="64"/>
        <source>0: never</source>
        <translation>0: never</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="43"/>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="44"/>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="47"/>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="50"/>
        <source>0: no target</source>
        <translation>0: no target</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="17"/>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="18"/>
        <source>Alertmanager URLs</source>
        <translation>Alertmanager URLs</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="31"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_draft.py" line="138"/>
        <source>Another oncall-tray running on these settings keeps its own changes not saved: what you type here is kept apart from them, and offered back the next time Settings opens if this tray stops before you save it.</source>
        <translation>Another oncall-tray running on these settings keeps its own changes not saved: what you type here is kept apart from them, and offered back the next time Settings opens if this tray stops before you save it.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_draft.py" line="128"/>
        <source>Another oncall-tray running on these settings keeps its own changes not saved: what you type here is not kept if this tray stops before you save it.</source>
        <translation>Another oncall-tray running on these settings keeps its own changes not saved: what you type here is not kept if this tray stops before you save it.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_draft.py" line="156"/>
        <source>Another oncall-tray stopped with changes not saved on these settings: they are offered the next time Settings opens. What you type here is not kept if this tray stops before you save it.</source>
        <translation>Another oncall-tray stopped with changes not saved on these settings: they are offered the next time Settings opens. What you type here is not kept if this tray stops before you save it.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_aliases.py" line="117"/>
        <source>Asking the Alertmanagers whether two addresses are one…</source>
        <translation>Asking the Alertmanagers whether two addresses are one…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="20"/>
        <source>Authentication</source>
        <translation>Authentication</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="32"/>
        <source>Author of acknowledgements and silences</source>
        <translation>Author of acknowledgements and silences</translation>
    </message>
    <message>
        <source>Basic authentication needs a user name.</source>
        <translation type="vanished">Basic authentication needs a user name.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="95"/>
        <source>Bearer token</source>
        <translation>Bearer token</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="56"/>
        <source>Business days (comma-separated)</source>
        <translation>Business days (comma-separated)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="57"/>
        <source>Business hours</source>
        <translation>Business hours</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_tab.py" line="32"/>
        <source>CA certificates</source>
        <translation>CA certificates</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_restore.py" line="33"/>
        <source>Changed at %1: %2.</source>
        <translation>Changed at %1: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_restore.py" line="35"/>
        <source>Changed in the settings file since: %1. Check them before saving.</source>
        <translation>Changed in the settings file since: %1. Check them before saving.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_tab.py" line="74"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_unsaved.py" line="36"/>
        <source>Could not read %1: %2. The fields show the defaults. Fix the file first: Save does not overwrite it, so that its comments and settings are kept.</source>
        <translation>Could not read %1: %2. The fields show the defaults. Fix the file first: Save does not overwrite it, so that its comments and settings are kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_unsaved.py" line="32"/>
        <source>Could not read %1: %2. The fields show the settings the tray runs on, last read whole from the file at %3. Fix the file first: Save does not overwrite it, so that its comments and settings are kept.</source>
        <translation>Could not read %1: %2. The fields show the settings the tray runs on, last read whole from the file at %3. Fix the file first: Save does not overwrite it, so that its comments and settings are kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="55"/>
        <source>Counted from the escalation to L2 you record; 0: no target</source>
        <translation>Counted from the escalation to L2 you record; 0: no target</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="45"/>
        <source>Critical: escalate to L2 after (minutes)</source>
        <translation>Critical: escalate to L2 after (minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="46"/>
        <source>Critical: escalate to L3 after (minutes)</source>
        <translation>Critical: escalate to L3 after (minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="44"/>
        <source>Critical: resolve within (minutes)</source>
        <translation>Critical: resolve within (minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="43"/>
        <source>Critical: respond within (minutes)</source>
        <translation>Critical: respond within (minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="61"/>
        <source>Desktop notifications</source>
        <translation>Desktop notifications</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="24"/>
        <source>Do not check TLS certificates (insecure)</source>
        <translation>Do not check TLS certificates (insecure)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="38"/>
        <source>Emergency contacts (role: how to reach them, one per line)</source>
        <translation>Emergency contacts (role: how to reach them, one per line)</translation>
    </message>
    <message>
        <source>Enter at least one URL.</source>
        <translation type="vanished">Enter at least one URL.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_checks.py" line="42"/>
        <location filename="../../desktop/oncall_tray/ui/settings_checks.py" line="46"/>
        <location filename="../../desktop/oncall_tray/ui/settings_tab.py" line="78"/>
        <source>Enter password or token…</source>
        <translation>Enter password or token…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="22"/>
        <source>Extra CA certificates (PEM file)</source>
        <translation>Extra CA certificates (PEM file)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="69"/>
        <source>Grafana</source>
        <translation>Grafana</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="71"/>
        <source>Jaeger</source>
        <translation>Jaeger</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="54"/>
        <source>L2: resolve within (minutes)</source>
        <translation>L2: resolve within (minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="66"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="37"/>
        <source>Left out of an acknowledgement&apos;s matchers</source>
        <translation>Left out of an acknowledgement&apos;s matchers</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="68"/>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="26"/>
        <source>Longest wait between retries (seconds)</source>
        <translation>Longest wait between retries (seconds)</translation>
    </message>
    <message>
        <source>Must be a number.</source>
        <translation type="vanished">Must be a number.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="94"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_unsaved.py" line="108"/>
        <source>Not quitting yet</source>
        <translation>Not quitting yet</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_aliases.py" line="158"/>
        <source>Not saved yet: %1. Save again to keep them as typed.</source>
        <translation>Not saved yet: %1. Save again to keep them as typed.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_aliases.py" line="148"/>
        <source>Not saved yet: the Alertmanagers could not be asked whether two addresses are one (%1). Save again to keep the URLs as typed.</source>
        <translation>Not saved yet: the Alertmanagers could not be asked whether two addresses are one (%1). Save again to keep the URLs as typed.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="374"/>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="383"/>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="393"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_aliases.py" line="107"/>
        <source>Not saved: the dialog was asked to close while the Alertmanagers were asked. Save again.</source>
        <translation>Not saved: the dialog was asked to close while the Alertmanagers were asked. Save again.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="273"/>
        <source>Not saved: you changed the settings while the Alertmanagers were asked. Save again.</source>
        <translation>Not saved: you changed the settings while the Alertmanagers were asked. Save again.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="vanished">Notifications</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="60"/>
        <source>Notifications and language</source>
        <translation>Notifications and language</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="19"/>
        <source>One per line; several are the members of one HA cluster, polled together</source>
        <translation>One per line; several are the members of one HA cluster, polled together</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="62"/>
        <source>One summary for more new alerts than</source>
        <translation>One summary for more new alerts than</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="33"/>
        <source>Only alerts matching (one matcher per line)</source>
        <translation>Only alerts matching (one matcher per line)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="112"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_tab.py" line="33"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="65"/>
        <source>Play a sound with critical notifications</source>
        <translation>Play a sound with critical notifications</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="25"/>
        <source>Poll every (seconds)</source>
        <translation>Poll every (seconds)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="70"/>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="34"/>
        <source>Receiver (regular expression)</source>
        <translation>Receiver (regular expression)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="63"/>
        <source>Remind of an unacknowledged critical alert every (minutes)</source>
        <translation>Remind of an unacknowledged critical alert every (minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="29"/>
        <source>Request timeout (seconds)</source>
        <translation>Request timeout (seconds)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_restore.py" line="41"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_restore.py" line="30"/>
        <source>Restore the changes not saved when oncall-tray stopped?</source>
        <translation>Restore the changes not saved when oncall-tray stopped?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="42"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_unsaved.py" line="58"/>
        <source>Save the settings you changed?</source>
        <translation>Save the settings you changed?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="131"/>
        <source>Settings file: %1</source>
        <translation>Settings file: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="35"/>
        <source>Severity synonyms (value: severity, one per line)</source>
        <translation>Severity synonyms (value: severity, one per line)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="96"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="113"/>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="355"/>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_draft.py" line="254"/>
        <source>The changes not saved kept in %1 could not be read (%2) nor set aside: the changes you type now are not kept until it can be, so as not to write over it.</source>
        <translation>The changes not saved kept in %1 could not be read (%2) nor set aside: the changes you type now are not kept until it can be, so as not to write over it.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_draft.py" line="251"/>
        <source>The changes not saved kept in %1 could not be read (%2): set aside as %3, for you to read. The changes you type now are kept apart from them.</source>
        <translation>The changes not saved kept in %1 could not be read (%2): set aside as %3, for you to read. The changes you type now are kept apart from them.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_overrides.py" line="42"/>
        <source>The demo takes trends from its own Prometheus, %1; the settings file&apos;s Prometheus is %2.</source>
        <translation>The demo takes trends from its own Prometheus, %1; the settings file&apos;s Prometheus is %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_overrides.py" line="37"/>
        <source>The demo watches its own Alertmanager, %1; the settings file&apos;s Alertmanager is %2.</source>
        <translation>The demo watches its own Alertmanager, %1; the settings file&apos;s Alertmanager is %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="39"/>
        <source>The escalation message names those of its level (L2: Tech Lead, SRE; L3: CTO, Arquiteto); the start checklist lists them all</source>
        <translation>The escalation message names those of its level (L2: Tech Lead, SRE; L3: CTO, Arquiteto); the start checklist lists them all</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="21"/>
        <source>The password or token is kept in the system keyring</source>
        <translation>The password or token is kept in the system keyring</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_unsaved.py" line="108"/>
        <source>The settings are not saved yet: the Alertmanagers are being asked whether two of the addresses are one Alertmanager. The settings dialog says when they are saved; Quit again then.</source>
        <translation>The settings are not saved yet: the Alertmanagers are being asked whether two of the addresses are one Alertmanager. The settings dialog says when they are saved; Quit again then.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_unsaved.py" line="61"/>
        <source>The settings you changed cannot be saved. Discard them, or cancel to go back and fix them?</source>
        <translation>The settings you changed cannot be saved. Discard them, or cancel to go back and fix them?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_checks.py" line="160"/>
        <source>The user name was not moved and the URLs are left as typed (no login can be asked for them yet): %1</source>
        <translation>The user name was not moved and the URLs are left as typed (no login can be asked for them yet): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_overrides.py" line="43"/>
        <source>This run takes trends from %1 (given with --prometheus); the settings file&apos;s Prometheus is %2.</source>
        <translation>This run takes trends from %1 (given with --prometheus); the settings file&apos;s Prometheus is %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_overrides.py" line="38"/>
        <source>This run watches %1 (given with --alertmanager); the settings file&apos;s Alertmanager is %2.</source>
        <translation>This run watches %1 (given with --alertmanager); the settings file&apos;s Alertmanager is %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="58"/>
        <source>Time zone (empty: the system&apos;s)</source>
        <translation>Time zone (empty: the system&apos;s)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="23"/>
        <source>Trusted in addition to the system&apos;s certificates</source>
        <translation>Trusted in addition to the system&apos;s certificates</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_restore.py" line="29"/>
        <location filename="../../desktop/oncall_tray/ui/settings_unsaved.py" line="58"/>
        <location filename="../../desktop/oncall_tray/ui/settings_unsaved.py" line="60"/>
        <source>Unsaved settings</source>
        <translation>Unsaved settings</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_checks.py" line="166"/>
        <source>Use “%1” as the user name (basic authentication)…</source>
        <translation>Use “%1” as the user name (basic authentication)…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="21"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="94"/>
        <source>User name and password (basic auth)</source>
        <translation>User name and password (basic auth)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="36"/>
        <source>Volatile labels (comma-separated)</source>
        <translation>Volatile labels (comma-separated)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="51"/>
        <source>Warning: escalate to L2 after (minutes)</source>
        <translation>Warning: escalate to L2 after (minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="52"/>
        <source>Warning: escalate to L3 after (minutes)</source>
        <translation>Warning: escalate to L3 after (minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="49"/>
        <source>Warning: investigate within (minutes)</source>
        <translation>Warning: investigate within (minutes)</translation>
    </message>
    <message>
        <source>Warning: resolve within (minutes)</source>
        <translation type="vanished">Warning: resolve within (minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="47"/>
        <source>Warning: respond within (minutes)</source>
        <translation>Warning: respond within (minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="27"/>
        <source>While Alertmanager fails it is asked again after 1, 2, 4, 8… seconds, each wait at most this or the poll interval, whichever is smaller</source>
        <translation>While Alertmanager fails it is asked again after 1, 2, 4, 8… seconds, each wait at most this or the poll interval, whichever is smaller</translation>
    </message>
    <message>
        <source>While Alertmanager fails; never longer than the poll interval</source>
        <translation type="vanished">While Alertmanager fails; never longer than the poll interval</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="262"/>
        <source>YAML cannot read what is at column %1 (check the quotes, brackets, colons and indentation of this line and the lines above)</source>
        <translation>YAML cannot read what is at column %1 (check the quotes, brackets, colons and indentation of this line and the lines above)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="32"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="177"/>
        <source>a %1 at column %2 where a value should be (put a value that starts with it in quotes)</source>
        <translation>a %1 at column %2 where a value should be (put a value that starts with it in quotes)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="171"/>
        <source>a - at column %1 where no list can start (write a list on the lines below its key, indented, or as [a, b])</source>
        <translation>a - at column %1 where no list can start (write a list on the lines below its key, indented, or as [a, b])</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="174"/>
        <source>a ? at column %1 where no key can start (put the value in quotes)</source>
        <translation>a ? at column %1 where no key can start (put the value in quotes)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="114"/>
        <source>a colon at column %1 where none can be (put a value holding &quot;: &quot; in quotes, or check the indentation)</source>
        <translation>a colon at column %1 where none can be (put a value holding &quot;: &quot; in quotes, or check the indentation)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_values.py" line="72"/>
        <source>a contact needs its role (Tech Lead, SRE, CTO...): %1</source>
        <translation>a contact needs its role (Tech Lead, SRE, CTO...): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="248"/>
        <source>a control character (U+%1) at column %2: remove it</source>
        <translation>a control character (U+%1) at column %2: remove it</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="224"/>
        <source>a hidden line break (U+%1) at column %2, which YAML reads as a new line: remove it</source>
        <translation>a hidden line break (U+%1) at column %2, which YAML reads as a new line: remove it</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="162"/>
        <source>a line that starts with % is a YAML directive, which the settings do not take: remove it (or put the value in quotes)</source>
        <translation>a line that starts with % is a YAML directive, which the settings do not take: remove it (or put the value in quotes)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="179"/>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="106"/>
        <source>a list or mapping as a key at column %1 (a key is a name: key: value)</source>
        <translation>a list or mapping as a key at column %1 (a key is a name: key: value)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="180"/>
        <source>a mapping (key: value)</source>
        <translation>a mapping (key: value)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="176"/>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="186"/>
        <source>a number with a fraction</source>
        <translation>a number with a fraction</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="128"/>
        <source>a part of its path is a file, not a folder</source>
        <translation>a part of its path is a file, not a folder</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="165"/>
        <source>a second document starts here (a line ---): the settings are one document; remove that line</source>
        <translation>a second document starts here (a line ---): the settings are one document; remove that line</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="109"/>
        <source>a tab at column %1 (YAML indents with spaces, not tabs)</source>
        <translation>a tab at column %1 (YAML indents with spaces, not tabs)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="175"/>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_values.py" line="54"/>
        <source>an empty value cannot be a synonym (%1)</source>
        <translation>an empty value cannot be a synonym (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_aliases.py" line="44"/>
        <source>an unexpected error in oncall-tray (%1); the details are in the log</source>
        <translation>an unexpected error in oncall-tray (%1); the details are in the log</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_write.py" line="143"/>
        <source>cannot copy %1 aside before replacing it: %2</source>
        <translation>cannot copy %1 aside before replacing it: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_write.py" line="68"/>
        <source>cannot create %1: %2 is a file, not a folder.</source>
        <translation>cannot create %1: %2 is a file, not a folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_write.py" line="63"/>
        <source>cannot create %1: it is a folder, not a file.</source>
        <translation>cannot create %1: it is a folder, not a file.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_write.py" line="72"/>
        <source>cannot create %1: permission denied in %2.</source>
        <translation>cannot create %1: permission denied in %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="170"/>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_write.py" line="90"/>
        <source>cannot remove %1: %2</source>
        <translation>cannot remove %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_write.py" line="84"/>
        <source>cannot remove %1: it is a folder, not a file.</source>
        <translation>cannot remove %1: it is a folder, not a file.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_write.py" line="86"/>
        <source>cannot remove %1: permission denied in %2.</source>
        <translation>cannot remove %1: permission denied in %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_write.py" line="89"/>
        <source>cannot remove %1: the file system is read-only.</source>
        <translation>cannot remove %1: the file system is read-only.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_write.py" line="77"/>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_write.py" line="65"/>
        <source>cannot write %1: it is not a regular file.</source>
        <translation>cannot write %1: it is not a regular file.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_write.py" line="73"/>
        <source>cannot write %1: permission denied.</source>
        <translation>cannot write %1: permission denied.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_write.py" line="76"/>
        <source>cannot write %1: the file system is read-only.</source>
        <translation>cannot write %1: the file system is read-only.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_unsaved.py" line="45"/>
        <source>could not read %1: %2. Fix the file first: saving over it would lose its comments and settings.</source>
        <translation>could not read %1: %2. Fix the file first: saving over it would lose its comments and settings.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="106"/>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="232"/>
        <source>each key</source>
        <translation>each key</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="234"/>
        <source>each value</source>
        <translation>each value</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="181"/>
        <source>empty (null)</source>
        <translation>empty (null)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_urls.py" line="50"/>
        <source>ends in %1: give Alertmanager&apos;s own address, without it (its API&apos;s path is added to it)</source>
        <translation>ends in %1: give Alertmanager&apos;s own address, without it (its API&apos;s path is added to it)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="80"/>
        <source>escalate to L2 after</source>
        <translation>escalate to L2 after</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="81"/>
        <source>escalate to L3 after</source>
        <translation>escalate to L3 after</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_urls.py" line="22"/>
        <source>has spaces before or after the address: remove them</source>
        <translation>has spaces before or after the address: remove them</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_values.py" line="135"/>
        <source>holds a control character (U+%1): it would sign silences with it</source>
        <translation>holds a control character (U+%1): it would sign silences with it</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="132"/>
        <source>input/output error (a failing disk?)</source>
        <translation>input/output error (a failing disk?)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="79"/>
        <source>investigate within</source>
        <translation>investigate within</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="129"/>
        <source>it is a folder, not a file</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_aliases.py" line="57"/>
        <source>item %1 (%2) is the same Alertmanager as %3: list it once (it is polled and acknowledged on once)</source>
        <translation>item %1 (%2) is the same Alertmanager as %3: list it once (it is polled and acknowledged on once)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="236"/>
        <source>item %1 of the list</source>
        <translation>item %1 of the list</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config.py" line="255"/>
        <source>item %1 of the list (%2): %3</source>
        <translation>item %1 of the list (%2): %3</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_read.py" line="232"/>
        <source>larger than %1 kB: not a settings file</source>
        <translation>larger than %1 kB: not a settings file</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="103"/>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="101"/>
        <source>line %1: %2: %3</source>
        <translation>line %1: %2: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="208"/>
        <source>must be %1 greater than %2</source>
        <translation>must be %1 greater than %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="209"/>
        <source>must be %1 less than %2</source>
        <translation>must be %1 less than %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="204"/>
        <source>must be %1, at least %2</source>
        <translation>must be %1, at least %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="206"/>
        <source>must be %1, at most %2</source>
        <translation>must be %1, at most %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="216"/>
        <source>must be %1, not %2</source>
        <translation>must be %1, not %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_checks.py" line="58"/>
        <source>must be a number</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_checks.py" line="56"/>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/sla_settings.py" line="218"/>
        <source>must be an IANA time zone name such as America/Sao_Paulo, or &quot;&quot; for the system&apos;s zone</source>
        <translation>must be an IANA time zone name such as America/Sao_Paulo, or &quot;&quot; for the system&apos;s zone</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_urls.py" line="42"/>
        <source>must be an http:// or https:// URL with a host</source>
        <translation>must be an http:// or https:// URL with a host</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_values.py" line="99"/>
        <source>must be at least 1</source>
        <translation>must be at least 1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_values.py" line="24"/>
        <source>must be between %1 and %2 seconds</source>
        <translation>must be between %1 and %2 seconds</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_values.py" line="95"/>
        <source>must be empty (system language), pt_BR or en</source>
        <translation>must be empty (system language), pt_BR or en</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/sla_settings.py" line="146"/>
        <source>must be from 0 (none) to %1 minutes (a week)</source>
        <translation>must be from 0 (none) to %1 minutes (a week)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/sla_settings.py" line="168"/>
        <source>must be less than %1 (%2)</source>
        <translation>must be less than %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/sla_settings.py" line="169"/>
        <source>must be more than %1 (%2)</source>
        <translation>must be more than %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_values.py" line="119"/>
        <source>must be none, basic or bearer</source>
        <translation>must be none, basic or bearer</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_values.py" line="133"/>
        <source>must not be empty: it signs acknowledgements and silences</source>
        <translation>must not be empty: it signs acknowledgements and silences</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/sla_settings.py" line="167"/>
        <source>must not be less than %1 (%2)</source>
        <translation>must not be less than %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/sla_settings.py" line="166"/>
        <source>must not be more than %1 (%2)</source>
        <translation>must not be more than %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_values.py" line="140"/>
        <source>must not contain a colon (basic auth)</source>
        <translation>must not contain a colon (basic auth)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_urls.py" line="40"/>
        <source>must not contain spaces</source>
        <translation>must not contain spaces</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_urls.py" line="45"/>
        <source>must not hold a password</source>
        <translation>must not hold a password</translation>
    </message>
    <message>
        <source>must not hold a password (the browser asks for it)</source>
        <translation type="vanished">must not hold a password (the browser asks for it)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_urls.py" line="32"/>
        <source>must not hold a password (what follows the “:” is no port number)</source>
        <translation>must not hold a password (what follows the “:” is no port number)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_urls.py" line="30"/>
        <source>must not hold a password (what follows the “:” is no port number): use `oncall-tray login` (the OS keyring) instead</source>
        <translation>must not hold a password (what follows the “:” is no port number): use `oncall-tray login` (the OS keyring) instead</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_urls.py" line="46"/>
        <source>must not hold a password: use `oncall-tray login` (the OS keyring) instead</source>
        <translation>must not hold a password: use `oncall-tray login` (the OS keyring) instead</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_urls.py" line="55"/>
        <source>must not hold a query or a fragment (%1): give the address without them</source>
        <translation>must not hold a query or a fragment (%1): give the address without them</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_values.py" line="125"/>
        <source>must not hold alertname: an acknowledgement is of the alert it names</source>
        <translation>must not hold alertname: an acknowledgement is of the alert it names</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_checks.py" line="53"/>
        <source>needs a user name for basic authentication</source>
        <translation>needs a user name for basic authentication</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_checks.py" line="31"/>
        <source>needs at least one URL</source>
        <translation>needs at least one URL</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/sla_settings.py" line="110"/>
        <source>needs at least one day</source>
        <translation>needs at least one day</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_read.py" line="86"/>
        <source>nested more than %1 levels deep (lists and mappings inside each other)</source>
        <translation>nested more than %1 levels deep (lists and mappings inside each other)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="89"/>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="91"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="117"/>
        <source>no &apos;:&apos; after the key at column %1 (write key: value)</source>
        <translation>no &apos;:&apos; after the key at column %1 (write key: value)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="130"/>
        <source>no such file or folder</source>
        <translation>no such file or folder</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_values.py" line="145"/>
        <source>no such file: %1</source>
        <translation>no such file: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="86"/>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="88"/>
        <source>no target</source>
        <translation>no target</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_overrides.py" line="27"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_read.py" line="245"/>
        <source>not UTF-8 text (byte %1 at position %2): read as Windows-1252 (Latin-1); save it as UTF-8</source>
        <translation>not UTF-8 text (byte %1 at position %2): read as Windows-1252 (Latin-1); save it as UTF-8</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_read.py" line="239"/>
        <source>not UTF-8 text (byte %1 at position %2, line %3)</source>
        <translation>not UTF-8 text (byte %1 at position %2, line %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_values.py" line="44"/>
        <source>not a regular expression Alertmanager accepts: %1</source>
        <translation>not a regular expression Alertmanager accepts: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_read.py" line="228"/>
        <source>not a regular file</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_urls.py" line="28"/>
        <source>not a valid URL: %1</source>
        <translation>not a valid URL: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_urls.py" line="27"/>
        <source>not a valid URL: a [ without its ] (an IPv6 address is written [::1])</source>
        <translation>not a valid URL: a [ without its ] (an IPv6 address is written [::1])</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_values.py" line="36"/>
        <source>not a valid matcher: %1</source>
        <translation>not a valid matcher: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config.py" line="253"/>
        <source>not text</source>
        <translation>not text</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="237"/>
        <source>not valid YAML: %1</source>
        <translation>not valid YAML: %1</translation>
    </message>
    <message>
        <source>not valid YAML: a control character (U+%1) at column %2: remove it</source>
        <translation type="vanished">not valid YAML: a control character (U+%1) at column %2: remove it</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_field.py" line="53"/>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_field.py" line="53"/>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="98"/>
        <source>oncall-tray — settings</source>
        <translation>oncall-tray — settings</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="158"/>
        <source>only a comment can follow the %1 at column %2 on its line (the text goes on the lines below, indented)</source>
        <translation>only a comment can follow the %1 at column %2 on its line (the text goes on the lines below, indented)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="126"/>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="127"/>
        <source>permission denied</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="78"/>
        <source>resolve within</source>
        <translation>resolve within</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="77"/>
        <source>respond within</source>
        <translation>respond within</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_merge.py" line="119"/>
        <source>taken out</source>
        <translation>taken out</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="177"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="32"/>
        <source>the %1 at column %2 is never closed (a list is written [a, b]; a mapping {a: 1, b: 2}; put a value that starts with one in quotes)</source>
        <translation>the %1 at column %2 is never closed (a list is written [a, b]; a mapping {a: 1, b: 2}; put a value that starts with one in quotes)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="154"/>
        <source>the %1 at column %2 must be followed by a name (put a value that starts with %1 in quotes)</source>
        <translation>the %1 at column %2 must be followed by a name (put a value that starts with %1 in quotes)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="180"/>
        <source>the &lt;&lt; at column %1 merges only a mapping into this one (write the keys themselves)</source>
        <translation>the &lt;&lt; at column %1 merges only a mapping into this one (write the keys themselves)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="150"/>
        <source>the anchor &amp;%1 at column %2 is set on line %3 already (set each anchor once)</source>
        <translation>the anchor &amp;%1 at column %2 is set on line %3 already (set each anchor once)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="130"/>
        <source>the backslash at column %1 starts an escape YAML does not know (inside double quotes write \\ for a backslash, or use single quotes)</source>
        <translation>the backslash at column %1 starts an escape YAML does not know (inside double quotes write \\ for a backslash, or use single quotes)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="224"/>
        <source>the entry %1 is required</source>
        <translation>the entry %1 is required</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config.py" line="382"/>
        <source>the file does not exist; every setting has its default</source>
        <translation>the file does not exist; every setting has its default</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_read.py" line="65"/>
        <source>the file must be a mapping of settings (key: value)</source>
        <translation>the file must be a mapping of settings (key: value)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="135"/>
        <source>the indentation at column %1 does not match the block that starts on line %2</source>
        <translation>the indentation at column %1 does not match the block that starts on line %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="137"/>
        <source>the indentation at column %1 does not match the lines above</source>
        <translation>the indentation at column %1 does not match the lines above</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config.py" line="262"/>
        <source>the list is empty</source>
        <translation>the list is empty</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="218"/>
        <source>the number is too large</source>
        <translation>the number is too large</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_urls.py" line="38"/>
        <source>the port must be a number from 1 to 65535</source>
        <translation>the port must be a number from 1 to 65535</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="42"/>
        <source>the quote at column %1 is never closed</source>
        <translation>the quote at column %1 is never closed</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="256"/>
        <source>the quote at column %1 is not closed on its line (it runs on to line %2)</source>
        <translation>the quote at column %1 is not closed on its line (it runs on to line %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_read.py" line="187"/>
        <source>the same as %1 on line %2 (the case and blanks at the ends do not count): only the last one counts</source>
        <translation>the same as %1 on line %2 (the case and blanks at the ends do not count): only the last one counts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="383"/>
        <source>the settings file changed since this dialog opened, and the same entries were changed there: the dialog now shows the file&apos;s values with your other changes. What you typed: %1. Check and save again.</source>
        <translation>the settings file changed since this dialog opened, and the same entries were changed there: the dialog now shows the file&apos;s values with your other changes. What you typed: %1. Check and save again.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="108"/>
        <source>the system&apos;s (%1); %2</source>
        <translation>the system&apos;s (%1); %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="37"/>
        <source>the tag %1 at column %2 is not plain YAML, which is all the settings take (write the value itself, in quotes if need be)</source>
        <translation>the tag %1 at column %2 is not plain YAML, which is all the settings take (write the value itself, in quotes if need be)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="237"/>
        <source>the value at %1</source>
        <translation>the value at %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="183"/>
        <source>the value at column %1 does not match its tag (write the value itself, in quotes if need be)</source>
        <translation>the value at column %1 does not match its tag (write the value itself, in quotes if need be)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="168"/>
        <source>this line comes after the end of the settings (a line ... or a line that starts with % above it): remove that line</source>
        <translation>this line comes after the end of the settings (a line ... or a line that starts with % above it): remove that line</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="131"/>
        <source>too many symbolic links</source>
        <translation>too many symbolic links</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="178"/>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/sla_settings.py" line="106"/>
        <source>unknown day %1: use mon, tue, wed, thu, fri, sat, sun</source>
        <translation>unknown day %1: use mon, tue, wed, thu, fri, sat, sun</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="226"/>
        <source>unknown entry %1</source>
        <translation>unknown entry %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config.py" line="307"/>
        <source>unknown setting</source>
        <translation>unknown setting</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config.py" line="306"/>
        <source>unknown setting (did you mean %1?)</source>
        <translation>unknown setting (did you mean %1?)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/sla_settings.py" line="77"/>
        <source>unknown time zone %1</source>
        <translation>unknown time zone %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_read.py" line="185"/>
        <source>written twice (also on line %1): the last one counts</source>
        <translation>written twice (also on line %1): the last one counts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="252"/>
        <source>wrong type: %1</source>
        <translation>wrong type: %1</translation>
    </message>
</context>
<context>
    <name>settings_watch</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_watch.py" line="118"/>
        <source>%1 is empty now: the tray keeps the settings it had. To start again from the defaults, write them in it (oncall-tray config init --force).</source>
        <translation>%1 is empty now: the tray keeps the settings it had. To start again from the defaults, write them in it (oncall-tray config init --force).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_watch.py" line="197"/>
        <source>%1; defaults are used for: %2</source>
        <translation>%1; defaults are used for: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_watch.py" line="170"/>
        <location filename="../../desktop/oncall_tray/ui/settings_watch.py" line="172"/>
        <source>(+%1 more)</source>
        <translation>(+%1 more)</translation>
    </message>
    <message>
        <source>All of them: oncall-tray config check</source>
        <translation type="vanished">All of them: oncall-tray config check</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_watch.py" line="155"/>
        <source>Check them all: oncall-tray config check</source>
        <translation>Check them all: oncall-tray config check</translation>
    </message>
    <message>
        <source>Could not read the settings file %1 (%2)</source>
        <translation type="vanished">Could not read the settings file %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_watch.py" line="190"/>
        <source>Could not read the settings file %1 (%2); using the defaults</source>
        <translation>Could not read the settings file %1 (%2); using the defaults</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_watch.py" line="132"/>
        <source>Edited settings not applied</source>
        <translation>Edited settings not applied</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_watch.py" line="118"/>
        <source>Emptied settings file not applied</source>
        <translation>Emptied settings file not applied</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_watch.py" line="142"/>
        <source>Read again from %1 after it was edited.</source>
        <translation>Read again from %1 after it was edited.</translation>
    </message>
    <message>
        <source>See every problem with: oncall-tray config check</source>
        <translation type="vanished">See every problem with: oncall-tray config check</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_watch.py" line="141"/>
        <source>Settings applied</source>
        <translation>Settings applied</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_watch.py" line="132"/>
        <source>The tray keeps the settings it had until the file is fixed.</source>
        <translation>The tray keeps the settings it had until the file is fixed.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_watch.py" line="187"/>
        <source>Using the settings last read from %1 at %3 until it is fixed: it cannot be read (%2)</source>
        <translation>Using the settings last read from %1 at %3 until it is fixed: it cannot be read (%2)</translation>
    </message>
</context>
<context>
    <name>severity</name>
    <message>
        <location filename="../../desktop/oncall_tray/core/severity.py" line="86"/>
        <source>critical</source>
        <translation>critical</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/severity.py" line="88"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/severity.py" line="89"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/severity.py" line="87"/>
        <source>warning</source>
        <translation>warning</translation>
    </message>
</context>
<context>
    <name>shift</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_polls.py" line="92"/>
        <location filename="../../desktop/oncall_tray/ui/shift_polls.py" line="95"/>
        <source>%1 alerts resolved and fired again</source>
        <translation>%1 alerts resolved and fired again</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_polls.py" line="92"/>
        <location filename="../../desktop/oncall_tray/ui/shift_polls.py" line="95"/>
        <source>%1 resolved and fired again</source>
        <translation>%1 resolved and fired again</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_expires.py" line="244"/>
        <source>%1 silences not expired</source>
        <translation>%1 silences not expired</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_notices.py" line="72"/>
        <source>(Incidents, in the tray menu)</source>
        <translation>(Incidents, in the tray menu)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_journal.py" line="291"/>
        <source>, watching %1</source>
        <translation>, watching %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_notices.py" line="151"/>
        <source>Acknowledgement lost: %1</source>
        <translation>Acknowledgement lost: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_notices.py" line="151"/>
        <source>Acknowledgements lost: %1 alerts</source>
        <translation>Acknowledgements lost: %1 alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_notices.py" line="101"/>
        <source>After %1 incidents</source>
        <translation>After %1 incidents</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_notices.py" line="100"/>
        <location filename="../../desktop/oncall_tray/ui/shift_notices.py" line="109"/>
        <source>After the incident: %1</source>
        <translation>After the incident: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_polls.py" line="93"/>
        <source>It fired again within the hour: its incident goes on (Incidents, in the tray menu).</source>
        <translation>It fired again within the hour: its incident goes on (Incidents, in the tray menu).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_notices.py" line="160"/>
        <source>Its silence is no longer in Alertmanager (did it restart without its data?). Silence it again if it still needs it.</source>
        <translation>Its silence is no longer in Alertmanager (did it restart without its data?). Silence it again if it still needs it.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_notices.py" line="153"/>
        <source>Its silence is no longer in Alertmanager (did it restart without its data?). The response stays recorded; acknowledge it again to silence it.</source>
        <translation>Its silence is no longer in Alertmanager (did it restart without its data?). The response stays recorded; acknowledge it again to silence it.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/journal_slot.py" line="43"/>
        <source>No notes here: the shift journal cannot be used (%1).</source>
        <translation>No notes here: the shift journal cannot be used (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/journal_slot.py" line="32"/>
        <source>Open the shift journal again (after making its folder writable, for one)</source>
        <translation>Open the shift journal again (after making its folder writable, for one)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_notices.py" line="66"/>
        <source>Post-mortem due: %1</source>
        <translation>Post-mortem due: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_notices.py" line="68"/>
        <source>Post-mortem review due: %1</source>
        <translation>Post-mortem review due: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_notices.py" line="69"/>
        <source>Post-mortem reviews due: %1 incidents</source>
        <translation>Post-mortem reviews due: %1 incidents</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_notices.py" line="67"/>
        <source>Post-mortems due: %1 incidents</source>
        <translation>Post-mortems due: %1 incidents</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_notices.py" line="102"/>
        <source>Resolved. Remove the silences, confirm the metrics, update #incidents and document the actions: Incidents in the tray menu.</source>
        <translation>Resolved. Remove the silences, confirm the metrics, update #incidents and document the actions: Incidents in the tray menu.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_notices.py" line="107"/>
        <source>Resolved. Still to do: %1 (Incidents, in the tray menu).</source>
        <translation>Resolved. Still to do: %1 (Incidents, in the tray menu).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_controller.py" line="178"/>
        <location filename="../../desktop/oncall_tray/ui/shift_journal.py" line="174"/>
        <location filename="../../desktop/oncall_tray/ui/shift_journal.py" line="181"/>
        <location filename="../../desktop/oncall_tray/ui/shift_journal.py" line="196"/>
        <location filename="../../desktop/oncall_tray/ui/shift_journal.py" line="202"/>
        <location filename="../../desktop/oncall_tray/ui/shift_polls.py" line="82"/>
        <location filename="../../desktop/oncall_tray/ui/shift_polls.py" line="88"/>
        <source>Shift journal</source>
        <translation>Shift journal</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_notices.py" line="158"/>
        <source>Silence lost: %1</source>
        <translation>Silence lost: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_expires.py" line="251"/>
        <source>Silence not expired</source>
        <translation>Silence not expired</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_notices.py" line="158"/>
        <source>Silences lost: %1 alerts</source>
        <translation>Silences lost: %1 alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_polls.py" line="96"/>
        <source>The earlier incident is closed (Incidents, in the tray menu); the alert is firing again as a new one.</source>
        <translation>The earlier incident is closed (Incidents, in the tray menu); the alert is firing again as a new one.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_journal.py" line="202"/>
        <source>The shift journal can be used again.</source>
        <translation>The shift journal can be used again.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_polls.py" line="88"/>
        <source>The shift journal can be written again.</source>
        <translation>The shift journal can be written again.</translation>
    </message>
    <message>
        <source>The shift journal cannot be used: %1</source>
        <translation type="vanished">The shift journal cannot be used: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_journal.py" line="125"/>
        <source>The shift journal cannot be used: %1. Once its folder can be written, open a shift window again: no restart is needed.</source>
        <translation>The shift journal cannot be used: %1. Once its folder can be written, open a shift window again: no restart is needed.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_polls.py" line="82"/>
        <source>The shift journal cannot be written: %1. The shift&apos;s events are not kept until it can be.</source>
        <translation>The shift journal cannot be written: %1. The shift&apos;s events are not kept until it can be.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_journal.py" line="93"/>
        <source>The shift journal is not used by this tray: %1. Its shift features are off, so that the two trays do not record over each other; quit the other one and start this one again to use them here.</source>
        <translation>The shift journal is not used by this tray: %1. Its shift features are off, so that the two trays do not record over each other; quit the other one and start this one again to use them here.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_journal.py" line="115"/>
        <source>The shift journal is not used by this tray: %1. Its shift features are off, so that these alerts are not recorded as that shift&apos;s.</source>
        <translation>The shift journal is not used by this tray: %1. Its shift features are off, so that these alerts are not recorded as that shift&apos;s.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_expires.py" line="288"/>
        <source>The silence was expired, but not recorded in the shift journal: %1</source>
        <translation>The silence was expired, but not recorded in the shift journal: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_notices.py" line="161"/>
        <source>Their silences are no longer in Alertmanager (did it restart without its data?). Silence them again if they still need it.</source>
        <translation>Their silences are no longer in Alertmanager (did it restart without its data?). Silence them again if they still need it.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_notices.py" line="163"/>
        <source>Their silences are no longer in Alertmanager (did it restart without its data?). Silence them again if they still need it; the acknowledgements among them stay recorded.</source>
        <translation>Their silences are no longer in Alertmanager (did it restart without its data?). Silence them again if they still need it; the acknowledgements among them stay recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_notices.py" line="154"/>
        <source>Their silences are no longer in Alertmanager (did it restart without its data?). The responses stay recorded; acknowledge them again to silence them.</source>
        <translation>Their silences are no longer in Alertmanager (did it restart without its data?). The responses stay recorded; acknowledge them again to silence them.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/journal_slot.py" line="31"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_expires.py" line="326"/>
        <source>Your expire of %1 (asked at %2) was never confirmed: the silence is still active. Expire it in the alerts window&apos;s Silences tab, or: oncall-tray silence expire %3</source>
        <translation>Your expire of %1 (asked at %2) was never confirmed: the silence is still active. Expire it in the alerts window&apos;s Silences tab, or: oncall-tray silence expire %3</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_expires.py" line="244"/>
        <source>Your expires, never confirmed; still active. Expire them in the alerts window&apos;s Silences tab, or: oncall-tray silence expire ID (IDs: oncall-tray silence list)</source>
        <translation>Your expires, never confirmed; still active. Expire them in the alerts window&apos;s Silences tab, or: oncall-tray silence expire ID (IDs: oncall-tray silence list)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_journal.py" line="289"/>
        <source>another oncall-tray holds the shift journal (settings %1)</source>
        <translation>another oncall-tray holds the shift journal (settings %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_journal.py" line="113"/>
        <source>it follows another Alertmanager (%1) than the one given with --alertmanager (%2)</source>
        <translation>it follows another Alertmanager (%1) than the one given with --alertmanager (%2)</translation>
    </message>
    <message>
        <source>it follows another Alertmanager than the one given with --alertmanager (%1)</source>
        <translation type="vanished">it follows another Alertmanager than the one given with --alertmanager (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_journal.py" line="111"/>
        <source>it follows the whole cluster (%1), not only the members given with --alertmanager (%2)</source>
        <translation>it follows the whole cluster (%1), not only the members given with --alertmanager (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_controller.py" line="99"/>
        <source>no answer from Alertmanager yet</source>
        <translation>no answer from Alertmanager yet</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_journal.py" line="66"/>
        <source>the shift journal cannot be used (%1)</source>
        <translation>the shift journal cannot be used (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_journal.py" line="287"/>
        <source>the shift journal follows %1, held by another oncall-tray (settings %3); this tray watches %2</source>
        <translation>the shift journal follows %1, held by another oncall-tray (settings %3); this tray watches %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_journal.py" line="284"/>
        <source>the shift journal follows %1, held by another oncall-tray on these same settings; this tray watches %2</source>
        <translation>the shift journal follows %1, held by another oncall-tray on these same settings; this tray watches %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_journal.py" line="67"/>
        <source>the shift journal is closed</source>
        <translation>the shift journal is closed</translation>
    </message>
</context>
<context>
    <name>shift_end</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="100"/>
        <source>&amp;Hand over the shift</source>
        <translation>&amp;Hand over the shift</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_silences.py" line="76"/>
        <source>(you)</source>
        <translation>(you)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_silences.py" line="55"/>
        <source>Active silences (%1)</source>
        <translation>Active silences (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_silences.py" line="57"/>
        <source>Active silences: %1</source>
        <translation>Active silences: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="69"/>
        <location filename="../../desktop/oncall_tray/ui/handoff_silences.py" line="48"/>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="268"/>
        <source>Alerts received: %1 · Incidents: %2</source>
        <translation>Alerts received: %1 · Incidents: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="270"/>
        <source>Alerts received: the alerts first seen during this shift, whatever time they started. Incidents: the alerts acknowledged, noted or escalated during it, or whose escalation&apos;s answer was recorded, and those handled before that resolved during it.</source>
        <translation>Alerts received: the alerts first seen during this shift, whatever time they started. Incidents: the alerts acknowledged, noted or escalated during it, or whose escalation&apos;s answer was recorded, and those handled before that resolved during it.</translation>
    </message>
    <message>
        <source>Alerts received: the alerts first seen during this shift, whatever time they started. Incidents: the alerts acknowledged, noted or escalated during it.</source>
        <translation type="vanished">Alerts received: the alerts first seen during this shift, whatever time they started. Incidents: the alerts acknowledged, noted or escalated during it.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="102"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="94"/>
        <source>Copy Markdown</source>
        <translation>Copy Markdown</translation>
    </message>
    <message>
        <source>Could not expire the silence: %1</source>
        <translation type="vanished">Could not expire the silence: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_silences.py" line="80"/>
        <source>Covers no alert now: expire it?</source>
        <translation>Covers no alert now: expire it?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_silences.py" line="48"/>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="69"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_silences.py" line="101"/>
        <source>End this silence now in Alertmanager</source>
        <translation>End this silence now in Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_silences.py" line="96"/>
        <source>Expire</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Expire someone else&apos;s silence?</source>
        <translation type="vanished">Expire someone else&apos;s silence?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_silences.py" line="48"/>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_silences.py" line="96"/>
        <source>Expiring…</source>
        <translation>Expiring…</translation>
    </message>
    <message>
        <source>Hand over the shift</source>
        <translation type="vanished">Hand over the shift</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="53"/>
        <source>Hand over the shift — oncall-tray</source>
        <translation>Hand over the shift — oncall-tray</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="374"/>
        <source>Hand the shift over to %1, who holds it now?</source>
        <translation>Hand the shift over to %1, who holds it now?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="266"/>
        <source>Handing over the shift of %1, since %2 (%3)</source>
        <translation>Handing over the shift of %1, since %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="283"/>
        <source>Incidents handled (%1)</source>
        <translation>Incidents handled (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="91"/>
        <source>Incoming on-call engineer:</source>
        <translation>Incoming on-call engineer:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="120"/>
        <source>Markdown (as the guide lays it out)</source>
        <translation>Markdown (as the guide lays it out)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="347"/>
        <source>Markdown copied to the clipboard.</source>
        <translation>Markdown copied to the clipboard.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="84"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="240"/>
        <source>No shift is open.</source>
        <translation>No shift is open.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_pending.py" line="82"/>
        <source>Nothing to suggest now; add your own below.</source>
        <translation>Nothing to suggest now; add your own below.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="113"/>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>One pending item per line</source>
        <translation type="vanished">One pending item per line</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="274"/>
        <source>Outgoing on-call engineer: %1</source>
        <translation>Outgoing on-call engineer: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="98"/>
        <source>Past handoffs…</source>
        <translation>Past handoffs…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_pending.py" line="40"/>
        <source>Pending for the next shift</source>
        <translation>Pending for the next shift</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_silences.py" line="48"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="96"/>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="361"/>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="396"/>
        <source>Shift handed over</source>
        <translation>Shift handed over</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_silences.py" line="130"/>
        <source>Silence expired where it was taken.</source>
        <translation>Silence expired where it was taken.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_silences.py" line="132"/>
        <source>Silence expired where it was taken. %1</source>
        <translation>Silence expired where it was taken. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_silences.py" line="134"/>
        <source>Silence expired.</source>
        <translation>Silence expired.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_silences.py" line="131"/>
        <source>Silence not expired everywhere</source>
        <translation>Silence not expired everywhere</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="242"/>
        <source>Start one with Take over the shift in the tray menu.</source>
        <translation>Start one with Take over the shift in the tray menu.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="69"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Suggested from the open incidents and the post-mortems due; edit freely.</source>
        <translation type="vanished">Suggested from the open incidents and the post-mortems due; edit freely.</translation>
    </message>
    <message>
        <source>Suggested from the open incidents, the alerts nobody acknowledged and the post-mortems due; edit freely.</source>
        <translation type="vanished">Suggested from the open incidents, the alerts nobody acknowledged and the post-mortems due; edit freely.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_pending.py" line="79"/>
        <source>Suggested from the open incidents, the alerts nobody acknowledged and the post-mortems due; they follow the shift until the handoff. Untick what the next shift need not follow up; add your own below.</source>
        <translation>Suggested from the open incidents, the alerts nobody acknowledged and the post-mortems due; they follow the shift until the handoff. Untick what the next shift need not follow up; add your own below.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="390"/>
        <source>The shift was not handed over: %1</source>
        <translation>The shift was not handed over: %1</translation>
    </message>
    <message>
        <source>The silence may have been expired all the same: %1</source>
        <translation type="vanished">The silence may have been expired all the same: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="246"/>
        <source>This shift was handed over elsewhere. What you typed stays below: copy or save it.</source>
        <translation>This shift was handed over elsewhere. What you typed stays below: copy or save it.</translation>
    </message>
    <message>
        <source>This silence is %1&apos;s: %2. Expire it anyway?</source>
        <translation type="vanished">This silence is %1&apos;s: %2. Expire it anyway?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="69"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="396"/>
        <source>To %1. The handoff is on the clipboard and in Past handoffs.</source>
        <translation>To %1. The handoff is on the clipboard and in Past handoffs.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="370"/>
        <source>Type the incoming on-call engineer&apos;s name first.</source>
        <translation>Type the incoming on-call engineer&apos;s name first.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="80"/>
        <source>Unusual behaviour, worrying trends, planned maintenance</source>
        <translation>Unusual behaviour, worrying trends, planned maintenance</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_pending.py" line="53"/>
        <source>Your own pending items, one per line</source>
        <translation>Your own pending items, one per line</translation>
    </message>
    <message>
        <source>as last seen: Alertmanager unreachable</source>
        <translation type="vanished">as last seen: Alertmanager unreachable</translation>
    </message>
    <message>
        <source>could not expire the silence: %1</source>
        <translation type="vanished">could not expire the silence: %1</translation>
    </message>
    <message>
        <source>covers no alert now: expire it?</source>
        <translation type="vanished">covers no alert now: expire it?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end_incidents.py" line="35"/>
        <source>earlier note</source>
        <translation>earlier note</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end_incidents.py" line="35"/>
        <source>earlier note by %1</source>
        <translation>earlier note by %1</translation>
    </message>
</context>
<context>
    <name>shift_history</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_history.py" line="79"/>
        <source>%1 – %2
%3 → %4</source>
        <translation>%1 – %2
%3 → %4</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_history.py" line="37"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_history.py" line="35"/>
        <source>Copy Markdown</source>
        <translation>Copy Markdown</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_history.py" line="89"/>
        <source>No shift was handed over in this journal yet.</source>
        <translation>No shift was handed over in this journal yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_history.py" line="29"/>
        <source>Past handoffs — oncall-tray</source>
        <translation>Past handoffs — oncall-tray</translation>
    </message>
</context>
<context>
    <name>shift_start</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_hints.py" line="40"/>
        <source>%1 (from the settings)</source>
        <translation>%1 (from the settings)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="394"/>
        <source>%1 is on call since %2.</source>
        <translation>%1 is on call since %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_dashboards.py" line="83"/>
        <source>%1 of %2 answered</source>
        <translation>%1 of %2 answered</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="343"/>
        <source>%1&apos;s shift has been open since %2: hand it over (Hand over the shift) before another begins.</source>
        <translation>%1&apos;s shift has been open since %2: hand it over (Hand over the shift) before another begins.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="124"/>
        <source>&amp;Take over the shift</source>
        <translation>&amp;Take over the shift</translation>
    </message>
    <message>
        <source>(silenced)</source>
        <translation type="vanished">(silenced)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/start_alerts.py" line="46"/>
        <source>Active alerts (%1)</source>
        <translation>Active alerts (%1)</translation>
    </message>
    <message>
        <source>Active alerts: Alertmanager unreachable</source>
        <translation type="vanished">Active alerts: Alertmanager unreachable</translation>
    </message>
    <message>
        <source>Active alerts: none received from Alertmanager</source>
        <translation type="vanished">Active alerts: none received from Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/start_alerts.py" line="47"/>
        <source>Active alerts: unknown (nothing received from %1)</source>
        <translation>Active alerts: unknown (nothing received from %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="309"/>
        <source>Active silences (%1)</source>
        <translation>Active silences (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="307"/>
        <source>Active silences: unknown (nothing received from Alertmanager)</source>
        <translation>Active silences: unknown (nothing received from Alertmanager)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="141"/>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="142"/>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Alertmanager unreachable</source>
        <translation type="vanished">Alertmanager unreachable</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_dashboards.py" line="39"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="112"/>
        <source>Anything important for this shift</source>
        <translation>Anything important for this shift</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_dashboards.py" line="41"/>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_dashboards.py" line="92"/>
        <source>Checking the dashboards…</source>
        <translation>Checking the dashboards…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="126"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="122"/>
        <source>Copy Markdown</source>
        <translation>Copy Markdown</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="142"/>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_dashboards.py" line="39"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_dashboards.py" line="43"/>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_dashboards.py" line="39"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="142"/>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="318"/>
        <source>Incidents still open (%1)</source>
        <translation>Incidents still open (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="141"/>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="370"/>
        <source>Markdown copied to the clipboard.</source>
        <translation>Markdown copied to the clipboard.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="146"/>
        <source>No previous handoff in this journal: paste the one you received</source>
        <translation>No previous handoff in this journal: paste the one you received</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="138"/>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="118"/>
        <source>On-call engineer:</source>
        <translation>On-call engineer:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="154"/>
        <source>Previous shift&apos;s handoff notes</source>
        <translation>Previous shift&apos;s handoff notes</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="142"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="141"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="394"/>
        <source>Shift started</source>
        <translation>Shift started</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="92"/>
        <source>Start checklist</source>
        <translation>Start checklist</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="141"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="141"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Take over the shift</source>
        <translation type="vanished">Take over the shift</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="67"/>
        <source>Take over the shift — oncall-tray</source>
        <translation>Take over the shift — oncall-tray</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="292"/>
        <source>Taking over the shift — %1</source>
        <translation>Taking over the shift — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="328"/>
        <source>The outgoing engineer&apos;s own pending items carried on to this shift: %1</source>
        <translation>The outgoing engineer&apos;s own pending items carried on to this shift: %1</translation>
    </message>
    <message>
        <source>The shift of %1 is open since %2: it must be handed over (Hand over the shift) before another begins.</source>
        <translation type="vanished">The shift of %1 is open since %2: it must be handed over (Hand over the shift) before another begins.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="392"/>
        <source>The shift was not started: %1</source>
        <translation>The shift was not started: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="378"/>
        <source>Type the on-call engineer&apos;s name first.</source>
        <translation>Type the on-call engineer&apos;s name first.</translation>
    </message>
    <message>
        <source>acknowledged by %1</source>
        <translation type="vanished">acknowledged by %1</translation>
    </message>
    <message>
        <source>answers</source>
        <translation type="vanished">answers</translation>
    </message>
    <message>
        <source>as last seen</source>
        <translation type="vanished">as last seen</translation>
    </message>
    <message>
        <source>as last seen: %1</source>
        <translation type="vanished">as last seen: %1</translation>
    </message>
    <message>
        <source>as last seen: Alertmanager unreachable</source>
        <translation type="vanished">as last seen: Alertmanager unreachable</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_hints.py" line="26"/>
        <source>as last seen: tick once reviewed</source>
        <translation>as last seen: tick once reviewed</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_dashboards.py" line="79"/>
        <source>checking…</source>
        <translation>checking…</translation>
    </message>
    <message>
        <source>escalated to %1</source>
        <translation type="vanished">escalated to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="319"/>
        <source>incident opened at %1</source>
        <translation>incident opened at %1</translation>
    </message>
    <message>
        <source>listed here by the app</source>
        <translation type="vanished">listed here by the app</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_hints.py" line="31"/>
        <source>listed here by the app: tick once reviewed</source>
        <translation>listed here by the app: tick once reviewed</translation>
    </message>
    <message>
        <source>needs credentials</source>
        <translation type="vanished">needs credentials</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="vanished">no answer</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_hints.py" line="38"/>
        <source>none in the settings (contacts)</source>
        <translation>none in the settings (contacts)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_hints.py" line="35"/>
        <source>none in this journal</source>
        <translation>none in this journal</translation>
    </message>
    <message>
        <source>not received from Alertmanager</source>
        <translation type="vanished">not received from Alertmanager</translation>
    </message>
    <message>
        <source>pending items carried on to this shift: %1</source>
        <translation type="vanished">pending items carried on to this shift: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_hints.py" line="35"/>
        <source>shown here</source>
        <translation>shown here</translation>
    </message>
    <message>
        <source>silenced</source>
        <translation type="vanished">silenced</translation>
    </message>
    <message>
        <source>taken on at %1</source>
        <translation type="vanished">taken on at %1</translation>
    </message>
    <message>
        <source>the outgoing engineer&apos;s own pending items carried on to this shift: %1</source>
        <translation type="vanished">the outgoing engineer&apos;s own pending items carried on to this shift: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/start_alerts.py" line="69"/>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
</context>
<context>
    <name>shift_windows</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/saved_line.py" line="167"/>
        <source>(what you typed stays here and is saved once it can be)</source>
        <translation>(what you typed stays here and is saved once it can be)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/saved_line.py" line="129"/>
        <source>All changes saved at %1</source>
        <translation>All changes saved at %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_common.py" line="149"/>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/saved_line.py" line="140"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_common.py" line="148"/>
        <source>Save the handoff as Markdown</source>
        <translation>Save the handoff as Markdown</translation>
    </message>
</context>
<context>
    <name>shifts</name>
    <message>
        <location filename="../../desktop/oncall_tray/core/shifts.py" line="96"/>
        <source>%1 already handed over the shift at %2, to %3.</source>
        <translation>%1 already handed over the shift at %2, to %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/shifts.py" line="98"/>
        <source>%1 already handed over the shift at %2.</source>
        <translation>%1 already handed over the shift at %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/shifts.py" line="81"/>
        <source>%1 already took over the shift at %2.</source>
        <translation>%1 already took over the shift at %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/shifts.py" line="94"/>
        <source>No shift is open.</source>
        <translation>No shift is open.</translation>
    </message>
</context>
<context>
    <name>side_files</name>
    <message>
        <location filename="../../desktop/oncall_tray/side_files.py" line="40"/>
        <source>what it holds is damaged</source>
        <translation>what it holds is damaged</translation>
    </message>
</context>
<context>
    <name>silence_dialog</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="101"/>
        <source>Add matcher</source>
        <translation>Add matcher</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="354"/>
        <source>Alertmanager did not answer the last try, which may have created the silence. Look in the Silences tab first: sending again may make a second one. Send anyway?</source>
        <translation>Alertmanager did not answer the last try, which may have created the silence. Look in the Silences tab first: sending again may make a second one. Send anyway?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="156"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="157"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="155"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="283"/>
        <source>Duration: use a duration such as 15m, 1h or 1h30m.</source>
        <translation>Duration: use a duration such as 15m, 1h or 1h30m.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="322"/>
        <source>It matches no alert firing now (a typo, or did it resolve meanwhile?): it would silence nothing yet.</source>
        <translation>It matches no alert firing now (a typo, or did it resolve meanwhile?): it would silence nothing yet.</translation>
    </message>
    <message>
        <source>It matches no alert firing now (resolved meanwhile?): it would silence nothing yet.</source>
        <translation type="vanished">It matches no alert firing now (resolved meanwhile?): it would silence nothing yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="95"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="170"/>
        <source>Matchers (all must match; regular expressions are anchored):</source>
        <translation>Matchers (all must match; regular expressions are anchored):</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="320"/>
        <source>Matches %1 of %2 current alerts</source>
        <translation>Matches %1 of %2 current alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="310"/>
        <source>Matches nothing yet: a matcher row is not valid (see below).</source>
        <translation>Matches nothing yet: a matcher row is not valid (see below).</translation>
    </message>
    <message>
        <source>Matches nothing yet: a regular expression is not valid (%1).</source>
        <translation type="vanished">Matches nothing yet: a regular expression is not valid (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="316"/>
        <source>Matches nothing yet: a regular expression is not valid: %1</source>
        <translation>Matches nothing yet: a regular expression is not valid: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="90"/>
        <source>New silence</source>
        <translation>New silence</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="390"/>
        <source>Not created: %1</source>
        <translation>Not created: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="95"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="103"/>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>Row %1: %2 is not a label name (letters, digits and _).</source>
        <translation type="vanished">Row %1: %2 is not a label name (letters, digits and _).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="227"/>
        <source>Row %1: %2 is not a label name (letters, digits and _, not starting with a digit).</source>
        <translation>Row %1: %2 is not a label name (letters, digits and _, not starting with a digit).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="232"/>
        <source>Row %1: the quotes around %2 would be part of the value, which no alert has: type the value without them.</source>
        <translation>Row %1: the quotes around %2 would be part of the value, which no alert has: type the value without them.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="353"/>
        <source>Send the silence again?</source>
        <translation>Send the silence again?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="363"/>
        <source>Sending to Alertmanager…</source>
        <translation>Sending to Alertmanager…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="147"/>
        <source>Silence</source>
        <translation>Silence</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="340"/>
        <source>Silence a critical alert?</source>
        <translation>Silence a critical alert?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="347"/>
        <source>Silence no alert firing now?</source>
        <translation>Silence no alert firing now?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="133"/>
        <source>This is your comment not sent before: go on writing, or select it all (Ctrl+A) to write another.</source>
        <translation>This is your comment not sent before: go on writing, or select it all (Ctrl+A) to write another.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="348"/>
        <source>This silence matches no alert firing now: a typo, or did the alert resolve meanwhile? The guide says to remove silences once the alert is resolved. Create it anyway (for a maintenance to come, say)?</source>
        <translation>This silence matches no alert firing now: a typo, or did the alert resolve meanwhile? The guide says to remove silences once the alert is resolved. Create it anyway (for a maintenance to come, say)?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="341"/>
        <source>This silences a critical alert for %1, longer than the 15-minute investigation window. The guide says: never silence a critical alert without investigating. Silence anyway?</source>
        <translation>This silences a critical alert for %1, longer than the 15-minute investigation window. The guide says: never silence a critical alert without investigating. Silence anyway?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="95"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="130"/>
        <source>Why? (required: the guide says never silence without a comment)</source>
        <translation>Why? (required: the guide says never silence without a comment)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="113"/>
        <source>other:</source>
        <translation>other:</translation>
    </message>
</context>
<context>
    <name>silence_holders</name>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="164"/>
        <source>%1 is held by Alertmanager %2 too, which does not answer: not silenced there.</source>
        <translation>%1 is held by Alertmanager %2 too, which does not answer: not silenced there.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="166"/>
        <source>%1 is held by Alertmanagers %2 too, which do not answer: not silenced there.</source>
        <translation>%1 is held by Alertmanagers %2 too, which do not answer: not silenced there.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="161"/>
        <source>%1 is held only by Alertmanager %2, which does not answer.</source>
        <translation>%1 is held only by Alertmanager %2, which does not answer.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="162"/>
        <source>%1 is held only by Alertmanagers %2, which do not answer.</source>
        <translation>%1 is held only by Alertmanagers %2, which do not answer.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="101"/>
        <source>%1 may have been acknowledged all the same (%2): the next poll will tell.</source>
        <translation>%1 may have been acknowledged all the same (%2): the next poll will tell.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="93"/>
        <source>%1 was not acknowledged: nothing was silenced. %2</source>
        <translation>%1 was not acknowledged: nothing was silenced. %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="41"/>
        <source>Alertmanager %1, which holds the silence, answered with an error (%2): the change may have been made there all the same.</source>
        <translation>Alertmanager %1, which holds the silence, answered with an error (%2): the change may have been made there all the same.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="38"/>
        <source>Alertmanager %1, which holds the silence, did not answer (%2): the change may have been made there all the same.</source>
        <translation>Alertmanager %1, which holds the silence, did not answer (%2): the change may have been made there all the same.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="44"/>
        <source>Alertmanager %1, which holds the silence, did not take the change: %2.</source>
        <translation>Alertmanager %1, which holds the silence, did not take the change: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="98"/>
        <source>Alertmanager answered %1</source>
        <translation>Alertmanager answered %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="120"/>
        <source>Held by Alertmanager %1, which does not answer: it can be expired or extended once it answers again.</source>
        <translation>Held by Alertmanager %1, which does not answer: it can be expired or extended once it answers again.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="121"/>
        <source>Held by Alertmanagers %1, which do not answer: it can be expired or extended once they answer again.</source>
        <translation>Held by Alertmanagers %1, which do not answer: it can be expired or extended once they answer again.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="21"/>
        <source>On Alertmanager %1, which holds the silence: these Alertmanagers are not one cluster, a silence lives on the one it was made on.</source>
        <translation>On Alertmanager %1, which holds the silence: these Alertmanagers are not one cluster, a silence lives on the one it was made on.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="22"/>
        <source>On Alertmanagers %1, which hold the silence: these Alertmanagers are not one cluster, a silence lives on the one it was made on.</source>
        <translation>On Alertmanagers %1, which hold the silence: these Alertmanagers are not one cluster, a silence lives on the one it was made on.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="99"/>
        <source>Silence %1 may have been expired all the same (%2): the next poll will tell.</source>
        <translation>Silence %1 may have been expired all the same (%2): the next poll will tell.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="100"/>
        <source>Silence %1 may have been extended all the same (%2): the next poll will tell.</source>
        <translation>Silence %1 may have been extended all the same (%2): the next poll will tell.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="91"/>
        <source>Silence %1 was not expired: %2. Nothing changed.</source>
        <translation>Silence %1 was not expired: %2. Nothing changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="92"/>
        <source>Silence %1 was not extended: %2. Nothing changed.</source>
        <translation>Silence %1 was not extended: %2. Nothing changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="182"/>
        <source>These Alertmanagers are not one cluster: a silence stays where it is made. These alerts it matches are not silenced where they are:</source>
        <translation>These Alertmanagers are not one cluster: a silence stays where it is made. These alerts it matches are not silenced where they are:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="174"/>
        <source>these Alertmanagers are not one cluster, and a silence made on one that answers would not mute an alert where another holds it. Nothing was sent; silence it once its Alertmanager answers again.</source>
        <translation>these Alertmanagers are not one cluster, and a silence made on one that answers would not mute an alert where another holds it. Nothing was sent; silence it once its Alertmanager answers again.</translation>
    </message>
</context>
<context>
    <name>silences</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="146"/>
        <source>%1 (as last seen, on %2, which does not answer)</source>
        <translation>%1 (as last seen, on %2, which does not answer)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="121"/>
        <source>(stale)</source>
        <translation>(stale)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="63"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="63"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="64"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="75"/>
        <source>Expire</source>
        <translation>Expire</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="77"/>
        <source>Extend 15 min</source>
        <translation>Extend 15 min</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="64"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="63"/>
        <source>Matchers</source>
        <translation>Matchers</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="64"/>
        <source>Mutes</source>
        <translation>Mutes</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="64"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="63"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="120"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="151"/>
        <source>no alert yet</source>
        <translation>no alert yet</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="150"/>
        <source>not known: its Alertmanager does not answer</source>
        <translation>not known: its Alertmanager does not answer</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="151"/>
        <source>nothing: expire it?</source>
        <translation>nothing: expire it?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="120"/>
        <source>pending</source>
        <translation>pending</translation>
    </message>
</context>
<context>
    <name>silencing</name>
    <message>
        <location filename="../../desktop/oncall_tray/core/acknowledged.py" line="64"/>
        <source>%1 is already acknowledged (silence %2).</source>
        <translation>%1 is already acknowledged (silence %2).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/acknowledged.py" line="60"/>
        <source>%1 is already acknowledged by %2 until %3 (silence %4).</source>
        <translation>%1 is already acknowledged by %2 until %3 (silence %4).</translation>
    </message>
    <message>
        <source>%1 is held only by Alertmanager %2, which does not answer, and these Alertmanagers are not one cluster: a silence made on another would not mute it there. Nothing was sent; acknowledge it once %2 answers again.</source>
        <translation type="vanished">%1 is held only by Alertmanager %2, which does not answer, and these Alertmanagers are not one cluster: a silence made on another would not mute it there. Nothing was sent; acknowledge it once %2 answers again.</translation>
    </message>
    <message>
        <source>%1 is held only by Alertmanagers %2, which do not answer, and these Alertmanagers are not one cluster: a silence made on another would not mute it there. Nothing was sent; acknowledge it once they answer again.</source>
        <translation type="vanished">%1 is held only by Alertmanagers %2, which do not answer, and these Alertmanagers are not one cluster: a silence made on another would not mute it there. Nothing was sent; acknowledge it once they answer again.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="72"/>
        <source>%1 is longer than 24 hours (the guide: never silence for more than 24 h).</source>
        <translation>%1 is longer than 24 hours (the guide: never silence for more than 24 h).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="74"/>
        <source>%1 is no time at all: give how long, such as 15m, 1h or 24h.</source>
        <translation>%1 is no time at all: give how long, such as 15m, 1h or 24h.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="75"/>
        <source>%1 is under a minute: a silence that short is over before anyone reads it; give at least 1m.</source>
        <translation>%1 is under a minute: a silence that short is over before anyone reads it; give at least 1m.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="62"/>
        <source>%1 matches only alerts without the label %2 (an empty value means the label is missing), and no matcher here requires a value: add one that does, such as alertname=&quot;APIDown&quot;.</source>
        <translation>%1 matches only alerts without the label %2 (an empty value means the label is missing), and no matcher here requires a value: add one that does, such as alertname=&quot;APIDown&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="67"/>
        <source>A comment is required: say why (the guide: never silence without a comment).</source>
        <translation>A comment is required: say why (the guide: never silence without a comment).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="54"/>
        <source>A silence needs at least one matcher.</source>
        <translation>A silence needs at least one matcher.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="57"/>
        <source>Matcher %1: Alertmanager&apos;s regular expressions (Go RE2) do not support %2 (%3).</source>
        <translation>Matcher %1: Alertmanager&apos;s regular expressions (Go RE2) do not support %2 (%3).</translation>
    </message>
    <message>
        <source>Matcher %1: invalid regular expression (%2).</source>
        <translation type="vanished">Matcher %1: invalid regular expression (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="56"/>
        <source>Matcher %1: invalid regular expression: %2</source>
        <translation>Matcher %1: invalid regular expression: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="59"/>
        <source>None of these matchers requires a label value: they match even an alert without labels. Add one that does, such as alertname=&quot;APIDown&quot;.</source>
        <translation>None of these matchers requires a label value: they match even an alert without labels. Add one that does, such as alertname=&quot;APIDown&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="77"/>
        <source>Silence %1 has already lasted %2 and would last %3 in all with this extension: the guide allows 24 h at most (never silence for more than 24 h).</source>
        <translation>Silence %1 has already lasted %2 and would last %3 in all with this extension: the guide allows 24 h at most (never silence for more than 24 h).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="80"/>
        <source>Silence %1 has expired; create a new one instead.</source>
        <translation>Silence %1 has expired; create a new one instead.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="69"/>
        <source>The author is empty: set your name (the engineer setting) or give one.</source>
        <translation>The author is empty: set your name (the engineer setting) or give one.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="71"/>
        <source>The silence must end after it starts (duration %1).</source>
        <translation>The silence must end after it starts (duration %1).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="65"/>
        <source>These matchers match every current alert (%1 alerts): narrow them down.</source>
        <translation>These matchers match every current alert (%1 alerts): narrow them down.</translation>
    </message>
    <message>
        <source>These matchers match everything, even an alert without labels: add one that requires a value, such as alertname=&quot;APIDown&quot;.</source>
        <translation type="vanished">These matchers match everything, even an alert without labels: add one that requires a value, such as alertname=&quot;APIDown&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="81"/>
        <source>This acknowledgement would also silence %1 other alerts (%2): its matchers do not tell them apart (see the volatile_labels setting). Choose the matchers with Silence… or oncall-tray silence add.</source>
        <translation>This acknowledgement would also silence %1 other alerts (%2): its matchers do not tell them apart (see the volatile_labels setting). Choose the matchers with Silence… or oncall-tray silence add.</translation>
    </message>
    <message>
        <source>This acknowledgement would also silence %1 other alerts (%2): the volatile_labels setting leaves out labels that tell them apart. Use Silence… to choose the matchers.</source>
        <translation type="vanished">This acknowledgement would also silence %1 other alerts (%2): the volatile_labels setting leaves out labels that tell them apart. Use Silence… to choose the matchers.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="85"/>
        <source>This acknowledgement would also silence another alert (%2): its matchers do not tell them apart (see the volatile_labels setting). Choose the matchers with Silence… or oncall-tray silence add.</source>
        <translation>This acknowledgement would also silence another alert (%2): its matchers do not tell them apart (see the volatile_labels setting). Choose the matchers with Silence… or oncall-tray silence add.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="98"/>
        <source>atomic groups</source>
        <translation>atomic groups</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="97"/>
        <source>backreferences</source>
        <translation>backreferences</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="100"/>
        <source>conditionals</source>
        <translation>conditionals</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_changes.py" line="50"/>
        <source>ended at %1</source>
        <translation>ended at %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="102"/>
        <source>groups named as (?&lt;name&gt;...): write (?P&lt;name&gt;...)</source>
        <translation>groups named as (?&lt;name&gt;...): write (?P&lt;name&gt;...)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silencing.py" line="61"/>
        <source>investigation</source>
        <translation>investigation</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silencing.py" line="63"/>
        <source>known issue</source>
        <translation>known issue</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_length.py" line="55"/>
        <source>lasts %1: more than the guide&apos;s %2</source>
        <translation>lasts %1: more than the guide&apos;s %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="95"/>
        <source>lookahead</source>
        <translation>lookahead</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="96"/>
        <source>lookbehind</source>
        <translation>lookbehind</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silencing.py" line="62"/>
        <source>maintenance</source>
        <translation>maintenance</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_changes.py" line="51"/>
        <source>now ends at %1, by %2: %3</source>
        <translation>now ends at %1, by %2: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="99"/>
        <source>possessive quantifiers</source>
        <translation>possessive quantifiers</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="101"/>
        <source>the one-byte escape</source>
        <translation>the one-byte escape</translation>
    </message>
</context>
<context>
    <name>stand_in</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/stand_in.py" line="64"/>
        <source>Stop watching Alertmanager: close the window to keep watching</source>
        <translation>Stop watching Alertmanager: close the window to keep watching</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/stand_in.py" line="63"/>
        <source>Stop watching Alertmanager: minimize the window to keep watching</source>
        <translation>Stop watching Alertmanager: minimize the window to keep watching</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/stand_in.py" line="60"/>
        <source>There is no system tray on this desktop, so this window stands in for the oncall-tray icon: closing it only minimizes it, and alerts are still watched. To stop watching, use Quit.</source>
        <translation>There is no system tray on this desktop, so this window stands in for the oncall-tray icon: closing it only minimizes it, and alerts are still watched. To stop watching, use Quit.</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="53"/>
        <source>%1 Alertmanagers: %2</source>
        <translation>%1 Alertmanagers: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="58"/>
        <source>%1 does not answer: %2</source>
        <translation>%1 does not answer: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_aliases.py" line="59"/>
        <location filename="../../desktop/oncall_tray/connect.py" line="30"/>
        <source>%1 is the same Alertmanager as %2: list it once (it is polled and acknowledged on once)</source>
        <translation>%1 is the same Alertmanager as %2: list it once (it is polled and acknowledged on once)</translation>
    </message>
    <message>
        <source>%1, as last seen</source>
        <translation type="vanished">%1, as last seen</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="36"/>
        <source>%1, as last seen on %2</source>
        <translation>%1, as last seen on %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="40"/>
        <source>%1, as last seen on %2, %3 ago</source>
        <translation>%1, as last seen on %2, %3 ago</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="38"/>
        <source>%1, as last seen on %2, under a minute ago</source>
        <translation>%1, as last seen on %2, under a minute ago</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="111"/>
        <source>%1, inhibited</source>
        <translation>%1, inhibited</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="115"/>
        <source>%1, kept through the restart of %2</source>
        <translation>%1, kept through the restart of %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="80"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="49"/>
        <source>Alertmanager %1 (version %2)</source>
        <translation>Alertmanager %1 (version %2)</translation>
    </message>
    <message>
        <source>Alertmanager started %1 ago: alerts it held before may be missing until Prometheus sends them again (about a minute).</source>
        <translation type="vanished">Alertmanager started %1 ago: alerts it held before may be missing until Prometheus sends them again (about a minute).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="76"/>
        <source>Alertmanager started %1 ago: alerts it held before may be missing until Prometheus sends them again.</source>
        <translation>Alertmanager started %1 ago: alerts it held before may be missing until Prometheus sends them again.</translation>
    </message>
    <message>
        <source>Alertmanager started %1 ago: the alerts it held before are listed again only once Prometheus sends them (about a minute).</source>
        <translation type="vanished">Alertmanager started %1 ago: the alerts it held before are listed again only once Prometheus sends them (about a minute).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="74"/>
        <source>Alertmanager started less than a minute ago: alerts it held before may be missing until Prometheus sends them again (about a minute).</source>
        <translation>Alertmanager started less than a minute ago: alerts it held before may be missing until Prometheus sends them again (about a minute).</translation>
    </message>
    <message>
        <source>Alertmanager started less than a minute ago: the alerts it held before are listed again only once Prometheus sends them (about a minute).</source>
        <translation type="vanished">Alertmanager started less than a minute ago: the alerts it held before are listed again only once Prometheus sends them (about a minute).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="96"/>
        <source>Alerts: %1 (%2)</source>
        <translation>Alerts: %1 (%2)</translation>
    </message>
    <message>
        <source>Cluster degraded: %1 does not answer (%2)</source>
        <translation type="vanished">Cluster degraded: %1 does not answer (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="59"/>
        <source>Cluster degraded: %1 does not answer: %2</source>
        <translation>Cluster degraded: %1 does not answer: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="53"/>
        <source>Cluster of %1 members: %2</source>
        <translation>Cluster of %1 members: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="211"/>
        <source>L2: resolution overdue %1</source>
        <translation>L2: resolution overdue %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="211"/>
        <source>L2: resolve in %1</source>
        <translation>L2: resolve in %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="90"/>
        <source>No alert is firing.</source>
        <translation>No alert is firing.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="90"/>
        <source>No alert listed yet.</source>
        <translation>No alert listed yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="66"/>
        <source>The alerts only the members that do not answer hold are unknown: they are not listed below.</source>
        <translation>The alerts only the members that do not answer hold are unknown: they are not listed below.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/connect.py" line="26"/>
        <source>These Alertmanagers are not one cluster (clustering is disabled): each holds only the alerts sent to it, and silences are not shared.</source>
        <translation>These Alertmanagers are not one cluster (clustering is disabled): each holds only the alerts sent to it, and silences are not shared.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="98"/>
        <source>acknowledged</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="200"/>
        <source>acknowledged %1 late</source>
        <translation>acknowledged %1 late</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="99"/>
        <source>firing</source>
        <translation>firing</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="101"/>
        <source>firing, responded</source>
        <translation>firing, responded</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="205"/>
        <source>investigate in %1</source>
        <translation>investigate in %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="205"/>
        <source>investigation overdue %1</source>
        <translation>investigation overdue %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="102"/>
        <source>muted</source>
        <translation>muted</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="207"/>
        <source>resolution overdue %1</source>
        <translation>resolution overdue %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="207"/>
        <source>resolve in %1</source>
        <translation>resolve in %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="197"/>
        <source>respond in %1</source>
        <translation>respond in %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="197"/>
        <source>response overdue %1</source>
        <translation>response overdue %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="192"/>
        <source>response silenced, not acknowledged</source>
        <translation>response silenced, not acknowledged</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="195"/>
        <source>review in %1</source>
        <translation>review in %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="195"/>
        <source>review overdue %1</source>
        <translation>review overdue %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="191"/>
        <source>review silenced, not reviewed</source>
        <translation>review silenced, not reviewed</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="200"/>
        <source>reviewed %1 late</source>
        <translation>reviewed %1 late</translation>
    </message>
</context>
<context>
    <name>tray</name>
    <message>
        <source>%1 acknowledged (silenced)</source>
        <translation type="vanished">%1 acknowledged (silenced)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="83"/>
        <source>%1 and %2 more</source>
        <translation>%1 and %2 more</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="75"/>
        <source>%1 from %2</source>
        <translation>%1 from %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="129"/>
        <source>%1 of %2 Alertmanagers do not answer</source>
        <translation>%1 of %2 Alertmanagers do not answer</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="129"/>
        <source>%1 of %2 Alertmanagers does not answer</source>
        <translation>%1 of %2 Alertmanagers does not answer</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="86"/>
        <source>%1 other alerts</source>
        <translation>%1 other alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="163"/>
        <source>%1 restarted: its alerts from before are kept until Prometheus sends them again</source>
        <translation>%1 restarted: its alerts from before are kept until Prometheus sends them again</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="68"/>
        <source>%1 silenced</source>
        <translation>%1 silenced</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="110"/>
        <source>%3 to answer on %1 by %2</source>
        <translation>%3 to answer on %1 by %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="110"/>
        <source>%3 to resolve %1 by %2</source>
        <translation>%3 to resolve %1 by %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="192"/>
        <source>&amp;Hand over the shift…</source>
        <translation>&amp;Hand over the shift…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="193"/>
        <source>&amp;Incidents…</source>
        <translation>&amp;Incidents…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="193"/>
        <source>&amp;Past handoffs…</source>
        <translation>&amp;Past handoffs…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="217"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="192"/>
        <source>&amp;Take over the shift…</source>
        <translation>&amp;Take over the shift…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="86"/>
        <source>1 other alert</source>
        <translation>1 other alert</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="268"/>
        <source>Acknowledge %1</source>
        <translation>Acknowledge %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="188"/>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="269"/>
        <source>Acknowledge the worst alert</source>
        <translation>Acknowledge the worst alert</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="265"/>
        <source>Acknowledging %1…</source>
        <translation>Acknowledging %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="40"/>
        <source>Alertmanager asked to slow down</source>
        <translation>Alertmanager asked to slow down</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="38"/>
        <source>Alertmanager needs credentials</source>
        <translation>Alertmanager needs credentials</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="98"/>
        <source>Alertmanager: %1</source>
        <translation>Alertmanager: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="98"/>
        <source>Alertmanagers: %1</source>
        <translation>Alertmanagers: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="193"/>
        <source>Alerts shown are from %1 (stale)</source>
        <translation>Alerts shown are from %1 (stale)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="188"/>
        <source>Alerts shown are from the shift journal, %1</source>
        <translation>Alerts shown are from the shift journal, %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="195"/>
        <source>Alerts shown are stale</source>
        <translation>Alerts shown are stale</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="139"/>
        <source>All %1 Alertmanagers answer.</source>
        <translation>All %1 Alertmanagers answer.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="139"/>
        <source>All Alertmanagers answer again</source>
        <translation>All Alertmanagers answer again</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="45"/>
        <source>Cannot reach Alertmanager</source>
        <translation>Cannot reach Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="36"/>
        <source>Cannot read the saved credentials</source>
        <translation>Cannot read the saved credentials</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="132"/>
        <source>Cluster degraded: %1 of %2 members do not answer</source>
        <translation>Cluster degraded: %1 of %2 members do not answer</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="131"/>
        <source>Cluster degraded: %1 of %2 members does not answer</source>
        <translation>Cluster degraded: %1 of %2 members does not answer</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="160"/>
        <source>Connecting to Alertmanager…</source>
        <translation>Connecting to Alertmanager…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="46"/>
        <source>Contact with Alertmanager lost</source>
        <translation>Contact with Alertmanager lost</translation>
    </message>
    <message>
        <source>Hand over the shift…</source>
        <translation type="vanished">Hand over the shift…</translation>
    </message>
    <message>
        <source>Incidents…</source>
        <translation type="vanished">Incidents…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="197"/>
        <source>Last good poll: %1</source>
        <translation>Last good poll: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="218"/>
        <source>Log in to Alertmanager…</source>
        <translation>Log in to Alertmanager…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="88"/>
        <source>Next deadline: %1</source>
        <translation>Next deadline: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="199"/>
        <source>No successful poll of this Alertmanager yet</source>
        <translation>No successful poll of this Alertmanager yet</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="200"/>
        <source>No successful poll yet</source>
        <translation>No successful poll yet</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="48"/>
        <source>No unacknowledged alert</source>
        <translation>No unacknowledged alert</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="43"/>
        <source>No usable answer from Alertmanager</source>
        <translation>No usable answer from Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="207"/>
        <source>Open Alertmanager</source>
        <translation>Open Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="208"/>
        <source>Open Grafana</source>
        <translation>Open Grafana</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="210"/>
        <source>Open Jaeger</source>
        <translation>Open Jaeger</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="209"/>
        <source>Open Prometheus</source>
        <translation>Open Prometheus</translation>
    </message>
    <message>
        <source>Past handoffs…</source>
        <translation type="vanished">Past handoffs…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="225"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="189"/>
        <source>Refresh now</source>
        <translation>Refresh now</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="219"/>
        <source>Send test notification</source>
        <translation>Send test notification</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="77"/>
        <source>Settings of the oncall-tray that holds it:</source>
        <translation>Settings of the oncall-tray that holds it:</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="vanished">Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="58"/>
        <source>Shift features off: %1</source>
        <translation>Shift features off: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="61"/>
        <source>Shift features off: another oncall-tray holds the shift journal; this tray watches %1</source>
        <translation>Shift features off: another oncall-tray holds the shift journal; this tray watches %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="53"/>
        <source>Shift features off: cannot tell whether the oncall-tray that held the shift journal still runs; if it quit, quit this one and start it again to use them</source>
        <translation>Shift features off: cannot tell whether the oncall-tray that held the shift journal still runs; if it quit, quit this one and start it again to use them</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="46"/>
        <source>Shift features off: the journal follows %1</source>
        <translation>Shift features off: the journal follows %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="49"/>
        <source>Shift features off: the oncall-tray that held the shift journal has quit; quit this one and start it again to use them</source>
        <translation>Shift features off: the oncall-tray that held the shift journal has quit; quit this one and start it again to use them</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="356"/>
        <source>Shift journal</source>
        <translation>Shift journal</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="185"/>
        <source>Shift journal damaged: what was kept…</source>
        <translation>Shift journal damaged: what was kept…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="196"/>
        <source>Shift journal: details</source>
        <translation>Shift journal: details</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="187"/>
        <source>Show alerts</source>
        <translation>Show alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="265"/>
        <source>Silencing %1…</source>
        <translation>Silencing %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="220"/>
        <source>Start with the session</source>
        <translation>Start with the session</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="181"/>
        <source>TLS certificate checks are off</source>
        <translation>TLS certificate checks are off</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="159"/>
        <source>TLS certificate checks are off (insecure_skip_verify)</source>
        <translation>TLS certificate checks are off (insecure_skip_verify)</translation>
    </message>
    <message>
        <source>Take over the shift…</source>
        <translation type="vanished">Take over the shift…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="74"/>
        <source>The shift journal follows:</source>
        <translation>The shift journal follows:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="323"/>
        <source>The shift journal was damaged: see the menu.</source>
        <translation>The shift journal was damaged: see the menu.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="49"/>
        <source>Unacknowledged alerts: %1</source>
        <translation>Unacknowledged alerts: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="109"/>
        <source>escalate %1 to %3 by %2</source>
        <translation>escalate %1 to %3 by %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="182"/>
        <source>insecure_skip_verify is on: anyone between you and Alertmanager can read and change what it says</source>
        <translation>insecure_skip_verify is on: anyone between you and Alertmanager can read and change what it says</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="108"/>
        <source>investigate %1 by %2</source>
        <translation>investigate %1 by %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="107"/>
        <source>resolve %1 by %2</source>
        <translation>resolve %1 by %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="106"/>
        <source>respond to %1 by %2</source>
        <translation>respond to %1 by %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="106"/>
        <source>review %1 by %2</source>
        <translation>review %1 by %2</translation>
    </message>
</context>
<context>
    <name>trend</name>
    <message>
        <location filename="../../desktop/oncall_tray/commands/trend.py" line="117"/>
        <source>(no labels)</source>
        <translation>(no labels)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/trend.py" line="108"/>
        <source>Expression: %1</source>
        <translation>Expression: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="360"/>
        <source>Metrics normalized: %1</source>
        <translation>Metrics normalized: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="360"/>
        <source>Metrics not normalized yet: %1</source>
        <translation>Metrics not normalized yet: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/trend_fetch.py" line="155"/>
        <source>No trend yet: too many different expressions at once.</source>
        <translation>No trend yet: too many different expressions at once.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/trend_fetch.py" line="150"/>
        <source>No trend: the alert has no usable generatorURL (no g0.expr expression).</source>
        <translation>No trend: the alert has no usable generatorURL (no g0.expr expression).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/trend_fetch.py" line="152"/>
        <source>No trend: the alert&apos;s expression cannot be plotted: %1</source>
        <translation>No trend: the alert&apos;s expression cannot be plotted: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/trend.py" line="110"/>
        <source>Plotted: %1</source>
        <translation>Plotted: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/trend.py" line="114"/>
        <source>Prometheus has no data for this range.</source>
        <translation>Prometheus has no data for this range.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/trend_fetch.py" line="158"/>
        <source>Prometheus unreachable or refused: %1</source>
        <translation>Prometheus unreachable or refused: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/trend.py" line="120"/>
        <source>and %1 more</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="298"/>
        <source>falling</source>
        <translation>falling</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="295"/>
        <source>improving</source>
        <translation>improving</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="299"/>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="329"/>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="347"/>
        <source>now %1</source>
        <translation>now %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="297"/>
        <source>rising</source>
        <translation>rising</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="327"/>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="346"/>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="296"/>
        <source>stable</source>
        <translation>stable</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="339"/>
        <source>threshold %1</source>
        <translation>threshold %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="294"/>
        <source>worsening</source>
        <translation>worsening</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/trend_worker.py" line="66"/>
        <source>—</source>
        <comment>trend column: no trend (the tooltip says why)</comment>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>trend_chart</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/trend_chart.py" line="41"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/trend_chart.py" line="40"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/trend_chart.py" line="126"/>
        <source>Asking Prometheus for the trend of %1…</source>
        <translation>Asking Prometheus for the trend of %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/trend_chart.py" line="133"/>
        <source>No trend</source>
        <translation>No trend</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/trend_chart.py" line="171"/>
        <source>Plotted: %1</source>
        <translation>Plotted: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/trend_chart.py" line="136"/>
        <source>Prometheus has no data for %1 over this range.</source>
        <translation>Prometheus has no data for %1 over this range.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/trend_chart.py" line="102"/>
        <source>Range</source>
        <translation>Range</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/trend_chart.py" line="108"/>
        <source>Select an alert to see its trend.</source>
        <translation>Select an alert to see its trend.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/trend_chart.py" line="169"/>
        <source>and %1 more series</source>
        <translation>and %1 more series</translation>
    </message>
</context>
<context>
    <name>trend_notices</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/trend_notices.py" line="92"/>
        <source>Trend: %1</source>
        <translation>Trend: %1</translation>
    </message>
</context>
<context>
    <name>weekday</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_field.py" line="27"/>
        <source>fri</source>
        <translation>fri</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_field.py" line="26"/>
        <source>mon</source>
        <translation>mon</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_field.py" line="27"/>
        <source>sat</source>
        <translation>sat</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_field.py" line="28"/>
        <source>sun</source>
        <translation>sun</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_field.py" line="27"/>
        <source>thu</source>
        <translation>thu</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_field.py" line="26"/>
        <source>tue</source>
        <translation>tue</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_field.py" line="26"/>
        <source>wed</source>
        <translation>wed</translation>
    </message>
</context>
</TS>
