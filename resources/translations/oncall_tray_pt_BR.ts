<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/translations.py" line="83"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Procurar em:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/translations.py" line="83"/>
        <source>Files of &amp;type:</source>
        <translation>Arquivos do &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>aftercare</name>
    <message>
        <location filename="../../desktop/oncall_tray/core/aftercare.py" line="59"/>
        <source>Confirm the metrics are back to normal</source>
        <translation>Confirmar métricas normalizadas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/aftercare.py" line="61"/>
        <source>Document the actions taken</source>
        <translation>Documentar ações tomadas</translation>
    </message>
    <message>
        <source>Fill in the post-mortem (template in RUNBOOKS.md)</source>
        <translation type="vanished">Preencher Post-Mortem (use template em RUNBOOKS.md)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/aftercare.py" line="69"/>
        <source>Fill in the post-mortem (template in RUNBOOKS.md): root cause, corrective actions, follow-up tickets</source>
        <translation>Preencher Post-Mortem (use template em RUNBOOKS.md): causa raiz, ações corretivas, tickets de follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/aftercare.py" line="58"/>
        <source>Remove the silences</source>
        <translation>Remover silenciamentos</translation>
    </message>
    <message>
        <source>Review the post-mortem with the team</source>
        <translation type="vanished">Revisar Post-Mortem com equipe</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/aftercare.py" line="71"/>
        <source>Review the post-mortem with the team; update the runbook if needed, adjust the thresholds if it was a false positive</source>
        <translation>Revisar Post-Mortem com equipe; atualizar runbook se necessário, ajustar thresholds se falso positivo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/aftercare.py" line="60"/>
        <source>Update the #incidents thread with the resolution</source>
        <translation>Atualizar thread em #incidents com resolução</translation>
    </message>
</context>
<context>
    <name>alerts</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/state_cells.py" line="90"/>
        <source>%1 answered</source>
        <comment>the narrow state cell: that level answered</comment>
        <translation>%1 atendeu</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/sla_cells.py" line="52"/>
        <source>%1 late</source>
        <translation>atraso %1</translation>
    </message>
    <message>
        <source>%1 paged</source>
        <comment>the narrow state cell: escalated to that level</comment>
        <translation type="vanished">%1 acionado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/state_cells.py" line="77"/>
        <source>%1 resolution overdue</source>
        <comment>the narrow state cell: the level escalated to has not resolved it in time</comment>
        <translation>Resolução do %1 atrasada</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/state_cells.py" line="80"/>
        <location filename="../../desktop/oncall_tray/ui/state_cells.py" line="86"/>
        <source>%1, as last seen</source>
        <translation>%1, como visto por último</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/state_cells.py" line="86"/>
        <source>%1, as last seen on %2</source>
        <translation>%1, como visto por último em %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/acknowledged.py" line="311"/>
        <source>%1, inhibited</source>
        <translation>%1, inibido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="90"/>
        <location filename="../../desktop/oncall_tray/ui/state_cells.py" line="94"/>
        <source>(stale)</source>
        <translation>(desatualizado)</translation>
    </message>
    <message>
        <source>(stale)</source>
        <comment>the narrow state cell</comment>
        <translation type="vanished">(desatual.)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/sla_cells.py" line="74"/>
        <source>Acknowledged %1 after the response target</source>
        <translation>Reconhecido %1 depois do prazo de resposta</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="87"/>
        <source>Age</source>
        <translation>Idade</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="87"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/sla_cells.py" line="96"/>
        <source>Investigation target missed at %1</source>
        <translation>Prazo de investigação perdido às %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/sla_cells.py" line="96"/>
        <source>Investigation target: %1</source>
        <translation>Prazo de investigação: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/sla_cells.py" line="97"/>
        <source>Resolution target missed at %1</source>
        <translation>Prazo de resolução perdido às %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/sla_cells.py" line="97"/>
        <source>Resolution target: %1</source>
        <translation>Prazo de resolução: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/sla_cells.py" line="32"/>
        <source>Resolve /
investigate in</source>
        <translation>Resolver /
investigar em</translation>
    </message>
    <message>
        <source>Resolve in</source>
        <translation type="vanished">Resolver em</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/sla_cells.py" line="32"/>
        <source>Respond /
review in</source>
        <translation>Responder /
revisar em</translation>
    </message>
    <message>
        <source>Respond in</source>
        <translation type="vanished">Responder em</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/sla_cells.py" line="108"/>
        <source>Response target: %1</source>
        <translation>Prazo de resposta: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/sla_cells.py" line="89"/>
        <source>Review by %1</source>
        <translation>Revisar até %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/sla_cells.py" line="89"/>
        <source>Review overdue since %1</source>
        <translation>Revisão atrasada desde %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/sla_cells.py" line="73"/>
        <source>Reviewed %1 after the review target</source>
        <translation>Revisado %1 depois do prazo de revisão</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="87"/>
        <source>Service / instance</source>
        <translation>Serviço / instância</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="87"/>
        <source>Severity</source>
        <translation>Severidade</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/sla_cells.py" line="71"/>
        <source>Silenced, not acknowledged: the response target is met only by acknowledging it</source>
        <translation>Silenciado, sem reconhecimento: a meta de resposta só é cumprida ao reconhecer o alerta</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/sla_cells.py" line="70"/>
        <source>Silenced, not reviewed: the review target is met only by acknowledging it</source>
        <translation>Silenciado, sem revisão: a meta de revisão só é cumprida ao reconhecer o alerta</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="88"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="87"/>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/sla_cells.py" line="38"/>
        <source>Time left to acknowledge a critical alert or a warning (the on-call guide&apos;s response target), or to review an info alert (its SLA: review by the end of the next business day)</source>
        <translation>Tempo restante para reconhecer um alerta crítico ou de aviso (o prazo de resposta do guia de plantão), ou para revisar um alerta info (seu SLA: revisar até o fim do próximo dia útil)</translation>
    </message>
    <message>
        <source>Time left to acknowledge the alert (the on-call guide&apos;s response target)</source>
        <translation type="vanished">Tempo restante para reconhecer o alerta (o prazo de resposta do guia de plantão)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/sla_cells.py" line="40"/>
        <source>Time left to resolve a critical alert, or to investigate a warning (the on-call guide&apos;s second target: Resolução for critical alerts, Investigação for warnings)</source>
        <translation>Tempo restante para resolver um alerta crítico, ou para investigar um aviso (o segundo prazo do guia de plantão: Resolução para alertas críticos, Investigação para avisos)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="88"/>
        <source>Trend</source>
        <translation>Tendência</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/acknowledged.py" line="334"/>
        <source>ack ended %2</source>
        <translation>reconh. terminou %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/acknowledged.py" line="331"/>
        <source>acknowledged</source>
        <translation>reconhecido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/acknowledged.py" line="337"/>
        <source>acknowledged by %1 until %2</source>
        <translation>reconhecido por %1 até %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/acknowledged.py" line="334"/>
        <source>acknowledgement by %1 ended at %2</source>
        <translation>reconhecimento de %1 terminou às %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/state_cells.py" line="40"/>
        <source>acknowledging…</source>
        <translation>reconhecendo…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/state_cells.py" line="40"/>
        <source>acknowledging… (silence sent to Alertmanager)</source>
        <translation>reconhecendo… (silenciamento enviado ao Alertmanager)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/state_cells.py" line="91"/>
        <source>esc. to %1</source>
        <comment>the narrow state cell: &apos;escalated to %1&apos;, abbreviated</comment>
        <translation>esc. p/ %1</translation>
    </message>
    <message>
        <source>escalation due: %1 (Escalate…)</source>
        <translation type="vanished">hora de escalar para %1 (Escalar…)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/acknowledged.py" line="329"/>
        <source>firing</source>
        <translation>disparando</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/acknowledged.py" line="329"/>
        <source>firing, responded</source>
        <translation>disparando, respondido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/acknowledged.py" line="328"/>
        <source>inhibited</source>
        <translation>inibido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/acknowledged.py" line="321"/>
        <source>muted</source>
        <translation>silenciado</translation>
    </message>
    <message>
        <source>muted by %1&apos;s silence until %2</source>
        <translation type="vanished">silenciado pelo silenciamento de %1 até %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/acknowledged.py" line="324"/>
        <source>muted until %2</source>
        <translation>silenciado até %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/sla_cells.py" line="49"/>
        <source>silenced</source>
        <translation>silenciado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/acknowledged.py" line="347"/>
        <source>silenced by %1 until %2</source>
        <translation>silenciado por %1 até %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/acknowledged.py" line="347"/>
        <source>silenced by %1 until %2: %3</source>
        <translation>silenciado por %1 até %2: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/state_cells.py" line="41"/>
        <source>silencing…</source>
        <translation>silenciando…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/state_cells.py" line="41"/>
        <source>silencing… (silence sent to Alertmanager)</source>
        <translation>silenciando… (silenciamento enviado ao Alertmanager)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/acknowledged.py" line="336"/>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="191"/>
        <source>✓ %1 until %2</source>
        <translation>✓ %1 até %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/acknowledged.py" line="336"/>
        <source>✓ until %2</source>
        <translation>✓ até %2</translation>
    </message>
</context>
<context>
    <name>alerts_window</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="277"/>
        <source>%1 (hidden by the filter)</source>
        <translation>%1 (oculto pelo filtro)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_buttons.py" line="28"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Reconhecer</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_buttons.py" line="33"/>
        <source>&amp;Copy for #incidents</source>
        <translation>&amp;Copiar para #incidents</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_buttons.py" line="31"/>
        <source>&amp;Escalate…</source>
        <translation>&amp;Escalar…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_buttons.py" line="30"/>
        <source>&amp;Silence…</source>
        <translation>&amp;Silenciar…</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="vanished">Reconhecer</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="130"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_header.py" line="57"/>
        <source>Connecting to Alertmanager…</source>
        <translation>Conectando ao Alertmanager…</translation>
    </message>
    <message>
        <source>Copy for #incidents</source>
        <translation type="vanished">Copiar para #incidents</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation type="vanished">Escalar…</translation>
    </message>
    <message>
        <source>No alert will be watched or notified until oncall-tray is started again. Quit anyway?</source>
        <translation type="vanished">Nenhum alerta será acompanhado nem notificado até o oncall-tray ser iniciado de novo. Sair mesmo assim?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="116"/>
        <source>Open Alertmanager</source>
        <translation>Abrir Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="119"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Quit oncall-tray?</source>
        <translation type="vanished">Sair do oncall-tray?</translation>
    </message>
    <message>
        <source>Red flag: %1</source>
        <translation type="vanished">Red flag: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="114"/>
        <source>Refresh now</source>
        <translation>Atualizar agora</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_menu.py" line="24"/>
        <source>S&amp;hift</source>
        <translation>&amp;Turno</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/trend_pane.py" line="63"/>
        <source>Select an alert to see its trend.</source>
        <translation>Selecione um alerta para ver a tendência.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_buttons.py" line="29"/>
        <source>Silence this alert for the 15-minute investigation window</source>
        <translation>Silenciar este alerta pelos 15 minutos de investigação</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="131"/>
        <source>Silences</source>
        <translation>Silenciamentos</translation>
    </message>
    <message>
        <source>Silence…</source>
        <translation type="vanished">Silenciar…</translation>
    </message>
    <message>
        <source>Stop watching Alertmanager: close the window to keep watching</source>
        <translation type="vanished">Parar de acompanhar o Alertmanager: feche a janela para continuar acompanhando</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_menu.py" line="25"/>
        <source>Take over or hand over the shift, the incidents, past handoffs, settings</source>
        <translation>Assumir ou passar o turno, os incidentes, as passagens anteriores, as configurações</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_buttons.py" line="32"/>
        <source>The guide&apos;s escalation message for L2 or L3, ready to copy</source>
        <translation>A mensagem de escalação do guia para L2 ou L3, pronta para copiar</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_buttons.py" line="34"/>
        <source>The guide: tell #incidents &quot;Investigando [AlertName]&quot;</source>
        <translation>O guia: avise em #incidents &quot;Investigando [AlertName]&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="65"/>
        <source>oncall-tray — alerts</source>
        <translation>oncall-tray — alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="279"/>
        <source>resolved</source>
        <translation>resolvido</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="69"/>
        <source>%1 acknowledged on Alertmanager %2</source>
        <translation>%1 reconhecido no Alertmanager %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="69"/>
        <source>%1 acknowledged on Alertmanagers %2</source>
        <translation>%1 reconhecido nos Alertmanagers %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_actions.py" line="156"/>
        <source>%1 no longer fires.</source>
        <translation>%1 não está mais disparando.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_actions.py" line="153"/>
        <source>%1 no longer fires: nothing was silenced.</source>
        <translation>%1 não está mais disparando: nada foi silenciado.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_actions.py" line="156"/>
        <source>%1 resolved at %2.</source>
        <translation>%1 já foi resolvido às %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_actions.py" line="152"/>
        <source>%1 resolved at %2: nothing was silenced.</source>
        <translation>%1 já foi resolvido às %2: nada foi silenciado.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="82"/>
        <source>%1 was not acknowledged on %2, which also holds it: it still fires there.</source>
        <translation>%1 não foi reconhecido em %2, que também o tem: ele continua disparando lá.</translation>
    </message>
    <message>
        <source>%1 was not acknowledged: nothing was silenced. %2</source>
        <translation type="vanished">%1 não foi reconhecido: nada foi silenciado. %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_actions.py" line="199"/>
        <source>%1, muted by a silence</source>
        <translation>%1, já silenciado</translation>
    </message>
    <message>
        <source>%1. The change may have been made all the same: the Silences tab shows it after the next poll.</source>
        <translation type="vanished">%1. A mudança pode ter sido feita mesmo assim: a aba Silenciamentos mostra após a próxima consulta.</translation>
    </message>
    <message>
        <source>%1; defaults are used for: %2</source>
        <translation type="vanished">%1; usando os valores padrão para: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="112"/>
        <source>A system keyring appeared: your password or token is stored in it and will not be asked again after a restart.</source>
        <translation>Um chaveiro do sistema apareceu: sua senha ou token está guardado nele e não será pedido de novo depois de reiniciar.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="109"/>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="142"/>
        <source>Alertmanager answered with an error</source>
        <translation>O Alertmanager respondeu com um erro</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="262"/>
        <source>Alertmanager at %1 cannot be used as set: %2; nothing was kept. Fix the address or its TLS settings first.</source>
        <translation>O Alertmanager em %1 não pode ser usado como está configurado: %2; nada foi guardado. Corrija antes o endereço ou as configurações de TLS.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="267"/>
        <source>Alertmanager at %1 could not check these credentials: %2; nothing was kept.</source>
        <translation>Não foi possível verificar estas credenciais no Alertmanager em %1: %2; nada foi guardado.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="250"/>
        <source>Alertmanager at %1 does not ask for credentials (it answered without them): nothing was kept.</source>
        <translation>O Alertmanager em %1 não pede credenciais (respondeu sem elas): nada foi guardado.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="185"/>
        <source>Alertmanager cluster degraded</source>
        <translation>Cluster do Alertmanager degradado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="190"/>
        <source>Alertmanager cluster whole again</source>
        <translation>Cluster do Alertmanager completo de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="276"/>
        <source>Alertmanager could not be asked now: %1</source>
        <translation>Não foi possível consultar o Alertmanager agora: %1</translation>
    </message>
    <message>
        <source>Alertmanager did not accept the acknowledgement</source>
        <translation type="vanished">O Alertmanager não aceitou o reconhecimento</translation>
    </message>
    <message>
        <source>Alertmanager did not accept the change</source>
        <translation type="vanished">O Alertmanager não aceitou a alteração</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="124"/>
        <source>Alertmanager needs credentials</source>
        <translation>O Alertmanager pede credenciais</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="256"/>
        <source>Alertmanager refused these credentials (%1); nothing was kept.</source>
        <translation>O Alertmanager recusou estas credenciais (%1); nada foi guardado.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="255"/>
        <source>Alertmanager refused these credentials (%1); nothing was kept: %2.</source>
        <translation>O Alertmanager recusou estas credenciais (%1); nada foi guardado: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="163"/>
        <source>Alertmanager sent alerts the tray cannot read</source>
        <translation>O Alertmanager enviou alertas que a bandeja não consegue ler</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="162"/>
        <source>Alertmanager sent silences the tray cannot read</source>
        <translation>O Alertmanager enviou silenciamentos ilegíveis para a bandeja</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="198"/>
        <source>Alertmanager took the silence, but its answer could not be read (%1), and the silence is not among its silences: it may have been made. Look in the Silences tab (or run: oncall-tray silence list) before trying again.</source>
        <translation>O Alertmanager aceitou o silenciamento, mas a resposta dele não pôde ser lida (%1), e o silenciamento não está entre os silenciamentos dele: ele pode ter sido criado. Veja a aba Silenciamentos (ou rode: oncall-tray silence list) antes de tentar de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="140"/>
        <source>Alertmanager&apos;s answer could not be read</source>
        <translation>A resposta do Alertmanager não pôde ser lida</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="48"/>
        <source>All %1 members answer.</source>
        <translation>Todos os %1 membros respondem.</translation>
    </message>
    <message>
        <source>All of them: oncall-tray config check</source>
        <translation type="vanished">Todos: oncall-tray config check</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_actions.py" line="229"/>
        <source>Already acknowledged</source>
        <translation>Já reconhecido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_actions.py" line="325"/>
        <source>Also acknowledged: %1</source>
        <translation>Também reconhecido: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_actions.py" line="236"/>
        <location filename="../../desktop/oncall_tray/ui/alert_actions.py" line="243"/>
        <source>Cannot acknowledge %1</source>
        <translation>Não é possível reconhecer %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app_menu.py" line="78"/>
        <source>Cannot change the autostart entry</source>
        <translation>Não foi possível alterar a inicialização automática</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_actions.py" line="294"/>
        <source>Cannot extend the silence</source>
        <translation>Não é possível estender o silenciamento</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="123"/>
        <source>Cannot read the saved credentials</source>
        <translation>Não foi possível ler as credenciais salvas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_actions.py" line="58"/>
        <source>Copied: paste it in #incidents.</source>
        <translation>Copiado: cole em #incidents.</translation>
    </message>
    <message>
        <source>Could not read the settings file %1 (%2); using the defaults</source>
        <translation type="vanished">Não foi possível ler o arquivo de configurações %1 (%2); usando os valores padrão</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_keeping.py" line="107"/>
        <source>Credentials kept until oncall-tray quits</source>
        <translation>Credenciais guardadas até o oncall-tray fechar</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="275"/>
        <source>Credentials kept without a check</source>
        <translation>Credenciais guardadas sem verificação</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="112"/>
        <source>Credentials now kept in the keyring</source>
        <translation>Credenciais agora guardadas no chaveiro</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_keeping.py" line="110"/>
        <source>Credentials stored in the keyring</source>
        <translation>Credenciais guardadas no chaveiro</translation>
    </message>
    <message>
        <source>Expire someone else&apos;s silence?</source>
        <translation type="vanished">Expirar o silenciamento de outra pessoa?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="184"/>
        <source>Extend it again if it still needs more time.</source>
        <translation>Estenda de novo se ainda precisar de mais tempo.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialogs.py" line="204"/>
        <source>It will count as acknowledging %1, this dialog&apos;s alert, and no other alert it silences.</source>
        <translation>Ele contará como reconhecimento de %1, o alerta deste diálogo, e de nenhum outro alerta que ele silencia.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialogs.py" line="199"/>
        <source>It will count as acknowledging %1, this dialog&apos;s alert, and no other alert it silences: %2 will not count as acknowledged.</source>
        <translation>Ele contará como reconhecimento de %1, o alerta deste diálogo, e de nenhum outro alerta que ele silencia: não reconhece %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialogs.py" line="203"/>
        <source>It will count as acknowledging %1.</source>
        <translation>Ele contará como reconhecimento de %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialogs.py" line="194"/>
        <source>It will not count as acknowledging %1: only a silence made by the engineer on call while it fires, or one whose comment starts with ACK, acknowledges it. Acknowledge it for that.</source>
        <translation>Ele não contará como reconhecimento de %1: só um silenciamento criado pelo plantonista enquanto o alerta dispara, ou um cujo comentário comece com ACK, o reconhece. Para isso, use Reconhecer.</translation>
    </message>
    <message>
        <source>It will not count as acknowledging %1: only a silence of its own labels, each matched exactly (=), its name among them, acknowledges it, when you make it or its comment starts with ACK. A regular expression mutes many alerts and acknowledges none. Acknowledge it for that.</source>
        <translation type="vanished">Ele não contará como reconhecimento de %1: só um silenciamento dos próprios rótulos dele, cada um com correspondência exata (=), o nome entre eles, o reconhece, quando é você quem o cria ou o comentário começa com ACK. Uma expressão regular silencia muitos alertas e não reconhece nenhum. Para isso, use Reconhecer.</translation>
    </message>
    <message>
        <source>It will not count as acknowledging %1: only your silence of that alert does (its name exact, every matcher one of its labels), or one whose comment starts with ACK. Acknowledge it for that.</source>
        <translation type="vanished">Ele não contará como reconhecimento de %1: só conta o seu silenciamento desse alerta (o nome exato, cada matcher um dos rótulos dele), ou um cujo comentário comece com ACK. Para isso, use Reconhecer.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="47"/>
        <source>Its one member answers.</source>
        <translation>Seu único membro responde.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_actions.py" line="301"/>
        <source>Keep a critical alert silenced?</source>
        <translation>Manter um alerta crítico silenciado?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="108"/>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="141"/>
        <source>No answer from Alertmanager</source>
        <translation>Sem resposta do Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_actions.py" line="155"/>
        <source>No longer firing</source>
        <translation>Não está mais disparando</translation>
    </message>
    <message>
        <source>No longer firing: %1</source>
        <translation type="vanished">Não está mais disparando: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="81"/>
        <source>Not acknowledged everywhere: %1</source>
        <translation>Não reconhecido em todos: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="137"/>
        <location filename="../../desktop/oncall_tray/ui/alert_actions.py" line="151"/>
        <source>Not acknowledged: %1</source>
        <translation>Não reconhecido: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_actions.py" line="237"/>
        <source>Not created: %1</source>
        <translation>Não criado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_actions.py" line="229"/>
        <source>Nothing was sent. To give it more time, select this silence in the Silences tab and click Extend 15 min.</source>
        <translation>Nada foi enviado. Para ganhar mais tempo, selecione este silenciamento na aba Silenciamentos e clique em Estender 15 min.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app_menu.py" line="56"/>
        <source>Notifications work. Watching %1.</source>
        <translation>As notificações funcionam. Monitorando %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="375"/>
        <source>Problems in the settings file</source>
        <translation>Problemas no arquivo de configurações</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="186"/>
        <source>Silence %1 changed meanwhile: %2. Nothing was sent.</source>
        <translation>O silenciamento %1 mudou nesse meio-tempo: %2. Nada foi enviado.</translation>
    </message>
    <message>
        <source>Silence %1 ended meanwhile (at %2): nothing was sent, so it stays ended. To silence the alert again, use Silence… on it.</source>
        <translation type="vanished">O silenciamento %1 terminou nesse meio-tempo (às %2): nada foi enviado, então ele continua encerrado. Para silenciar o alerta de novo, use Silenciar… nele.</translation>
    </message>
    <message>
        <source>Silence %1 may have been expired all the same (%2): the Silences tab shows it after the next poll.</source>
        <translation type="vanished">O silenciamento %1 pode ter sido expirado mesmo assim (%2): a aba Silenciamentos mostra após a próxima consulta.</translation>
    </message>
    <message>
        <source>Silence %1 may have been extended all the same (%2): the Silences tab shows it after the next poll.</source>
        <translation type="vanished">O silenciamento %1 pode ter sido estendido mesmo assim (%2): a aba Silenciamentos mostra após a próxima consulta.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="104"/>
        <source>Silence %1 not changed everywhere</source>
        <translation>Silenciamento %1 não alterado em todos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="81"/>
        <source>Silence %1 not made everywhere</source>
        <translation>Silenciamento %1 não criado em todos</translation>
    </message>
    <message>
        <source>Silence %1 was changed meanwhile: it now ends at %2, by %3: %4. Nothing was sent; extend it again if it still needs more time.</source>
        <translation type="vanished">O silenciamento %1 foi alterado nesse meio-tempo: agora termina às %2, por %3: %4. Nada foi enviado; estenda de novo se ainda precisar de mais tempo.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="82"/>
        <source>Silence %1 was not made on %2, which also holds an alert it matches: it still fires there.</source>
        <translation>O silenciamento %1 não foi criado em %2, que também tem um alerta que ele casa: esse alerta continua disparando lá.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="73"/>
        <source>Silence made on Alertmanager %2</source>
        <translation>Silenciamento criado no Alertmanager %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="73"/>
        <source>Silence made on Alertmanagers %2</source>
        <translation>Silenciamento criado nos Alertmanagers %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="106"/>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="129"/>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="137"/>
        <source>Silence not changed</source>
        <translation>Silenciamento não alterado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="186"/>
        <source>Silence not extended</source>
        <translation>Silenciamento não estendido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="114"/>
        <source>The Silences tab shows it after the next poll.</source>
        <translation>A aba Silenciamentos mostra como ficou após a próxima consulta.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="161"/>
        <source>The other alerts are shown; every reason is in the log.</source>
        <translation>Os outros alertas são mostrados; todos os motivos estão no log.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="160"/>
        <source>The other silences are shown; every reason is in the log.</source>
        <translation>Os outros silenciamentos são mostrados; todos os motivos estão no log.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="140"/>
        <source>The same Alertmanager is listed twice</source>
        <translation>O mesmo Alertmanager aparece duas vezes</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="95"/>
        <source>The saved Alertmanager credentials are in a locked keyring: the desktop asks for its password (its window may be behind others). The tray waits %1 s, then goes on without them.</source>
        <translation>As credenciais salvas do Alertmanager estão em um chaveiro bloqueado: a área de trabalho pede a senha dele (a janela pode estar atrás de outras). A bandeja espera %1 s e depois segue sem elas.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="44"/>
        <source>The saved credentials are in a locked keyring: unlock it and try again, or log in for this run.</source>
        <translation>As credenciais salvas estão em um chaveiro bloqueado: desbloqueie-o e tente de novo, ou entre com o login só para esta execução.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="129"/>
        <source>The silence was not changed: %1</source>
        <translation>O silenciamento não foi alterado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_actions.py" line="325"/>
        <source>The volatile_labels setting makes them one alert.</source>
        <translation>A configuração volatile_labels faz deles um só alerta.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="76"/>
        <source>These Alertmanagers are not one cluster: the silence was made where the alert is.</source>
        <translation>Estes Alertmanagers não formam um cluster: o silenciamento foi criado onde o alerta está.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialogs.py" line="71"/>
        <source>This alert is %1 already: a new silence would overlap that one. To give it more time, extend that silence in the Silences tab.</source>
        <translation>Este alerta já está %1: um novo silenciamento se sobreporia a esse. Para dar mais tempo, estenda esse silenciamento na aba Silenciamentos.</translation>
    </message>
    <message>
        <source>This silence is %1&apos;s: %2. Expire it anyway?</source>
        <translation type="vanished">Este silenciamento é de %1: %2. Expirar mesmo assim?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="184"/>
        <source>To silence the alert again, use Silence… on it.</source>
        <translation>Para silenciar o alerta de novo, use Silenciar… nele.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="210"/>
        <source>Unknown whether the alert was acknowledged</source>
        <translation>Não se sabe se o alerta foi reconhecido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="211"/>
        <source>Unknown whether the silence was created</source>
        <translation>Não se sabe se o silenciamento foi criado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/action_answers.py" line="202"/>
        <source>Unknown whether the silence was created: %1. Alertmanager could not be asked afterwards either (%2). Look in the Silences tab (or run: oncall-tray silence list) before trying again.</source>
        <translation>Não se sabe se o silenciamento foi criado: %1. Também não foi possível consultar o Alertmanager depois (%2). Veja a aba Silenciamentos (ou rode: oncall-tray silence list) antes de tentar de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="94"/>
        <source>Waiting for the keyring to be unlocked</source>
        <translation>Aguardando o desbloqueio do chaveiro</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_actions.py" line="302"/>
        <source>With this extension the silence keeps a critical alert silenced for %1 in all, longer than the 15-minute investigation window. The guide says: never silence a critical alert without investigating. Extend anyway?</source>
        <translation>Com esta extensão, o silenciamento mantém um alerta crítico silenciado por %1 no total, mais que a janela de investigação de 15 minutos. O guia diz: nunca silencie alertas críticos sem investigar. Estender mesmo assim?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_keeping.py" line="110"/>
        <source>Your password or token is stored in the system keyring and will not be asked again after a restart.</source>
        <translation>Sua senha ou token está guardado no chaveiro do sistema e não será pedido de novo depois de reiniciar.</translation>
    </message>
    <message>
        <source>oncall-tray runs already but does not answer; quit it or end its process</source>
        <translation type="vanished">o oncall-tray já está em execução mas não responde; feche-o ou encerre o processo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/launch.py" line="158"/>
        <source>oncall-tray runs already but does not answer; quit it or end its process (its lock: %1)</source>
        <translation>o oncall-tray já está em execução mas não responde; feche-o ou encerre o processo (sua trava: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/launch.py" line="156"/>
        <source>oncall-tray runs already; its window was brought to the front</source>
        <translation>o oncall-tray já está em execução; a janela dele foi trazida para a frente</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app_menu.py" line="57"/>
        <source>oncall-tray test notification</source>
        <translation>Notificação de teste do oncall-tray</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../desktop/oncall_tray/cli_parser.py" line="96"/>
        <source>%1: error: %2</source>
        <translation>%1: erro: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli_parser.py" line="110"/>
        <source>ambiguous option: %1 could match %2</source>
        <translation>opção ambígua: %1 pode ser %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli_parser.py" line="124"/>
        <source>argument %1: %2</source>
        <translation>argumento %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli_parser.py" line="115"/>
        <source>expected %1 arguments</source>
        <translation>esperava %1 argumentos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli_parser.py" line="114"/>
        <source>expected at least one argument</source>
        <translation>esperava pelo menos um argumento</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli_parser.py" line="113"/>
        <source>expected at most one argument</source>
        <translation>esperava no máximo um argumento</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli_parser.py" line="111"/>
        <source>expected one argument</source>
        <translation>esperava um argumento</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli_parser.py" line="112"/>
        <source>given more than once: give it once</source>
        <translation>dado mais de uma vez: dê-o uma vez só</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli_parser.py" line="109"/>
        <source>ignored explicit argument %1</source>
        <translation>argumento explícito ignorado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli_parser.py" line="107"/>
        <source>invalid %1 value: %2</source>
        <translation>valor %1 inválido: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli_parser.py" line="106"/>
        <source>invalid choice: %1 (choose from %2)</source>
        <translation>escolha inválida: %1 (escolha entre %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli_parser.py" line="108"/>
        <source>not allowed with argument %1</source>
        <translation>não é permitido junto com o argumento %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli_parser.py" line="105"/>
        <source>one of the arguments %1 is required</source>
        <translation>um dos argumentos %1 é obrigatório</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli_parser.py" line="83"/>
        <source>options</source>
        <translation>opções</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli_parser.py" line="82"/>
        <source>positional arguments</source>
        <translation>argumentos posicionais</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli.py" line="40"/>
        <source>show program&apos;s version number and exit</source>
        <translation>mostra a versão do programa e sai</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli_parser.py" line="86"/>
        <source>show this help message and exit</source>
        <translation>mostra esta mensagem de ajuda e sai</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli_parser.py" line="104"/>
        <source>the following arguments are required: %1</source>
        <translation>os seguintes argumentos são obrigatórios: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli_parser.py" line="102"/>
        <source>unrecognized arguments: %1</source>
        <translation>argumentos não reconhecidos: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli_parser.py" line="44"/>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
</context>
<context>
    <name>attention</name>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="305"/>
        <source>%1 answer overdue: %2</source>
        <translation>Resposta do %1 atrasada: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="329"/>
        <source>%1 resolution overdue: %2</source>
        <translation>Resolução do %1 atrasada: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="264"/>
        <source>Acknowledgement ended outside oncall-tray: %1</source>
        <translation>Reconhecimento encerrado fora do oncall-tray: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="248"/>
        <source>Acknowledgement ends at %1: %2</source>
        <translation>Reconhecimento termina às %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="271"/>
        <source>Acknowledgement ran out: %1</source>
        <translation>Reconhecimento expirou: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="291"/>
        <source>Acknowledgements and silences ended: %1 alerts</source>
        <translation>Reconhecimentos e silenciamentos terminaram: %1 alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="290"/>
        <source>Acknowledgements and silences ended: %1 more alerts</source>
        <translation>Reconhecimentos e silenciamentos terminaram: mais %1 alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="243"/>
        <source>Acknowledgements ending soon: %1 alerts</source>
        <translation>Reconhecimentos terminando em breve: %1 alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="242"/>
        <source>Acknowledgements ending soon: %1 more alerts</source>
        <translation>Reconhecimentos terminando em breve: mais %1 alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="287"/>
        <source>Acknowledgements ran out: %1 alerts</source>
        <translation>Reconhecimentos expiraram: %1 alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="286"/>
        <source>Acknowledgements ran out: %1 more alerts</source>
        <translation>Reconhecimentos expiraram: mais %1 alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="212"/>
        <location filename="../../desktop/oncall_tray/notify/flag_texts.py" line="26"/>
        <source>Alertmanager asks for credentials</source>
        <translation>o Alertmanager pede credenciais</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/flag_texts.py" line="42"/>
        <source>Alertmanager has been asking the tray to slow down (HTTP 429/503) for %1 min; no alerts read from it yet</source>
        <translation>O Alertmanager vem pedindo à bandeja que diminua o ritmo (HTTP 429/503) há %1 min; nenhum alerta foi lido dele ainda</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/flag_texts.py" line="44"/>
        <source>Alertmanager has been asking the tray to slow down (HTTP 429/503) for %1 min; the alerts shown are from %2</source>
        <translation>O Alertmanager vem pedindo à bandeja que diminua o ritmo (HTTP 429/503) há %1 min; os alertas exibidos são das %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/flag_texts.py" line="28"/>
        <source>Alertmanager unreachable for %1 min</source>
        <translation>Alertmanager inacessível há %1 min</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/flag_texts.py" line="76"/>
        <source>Alerts not seen for %1 min</source>
        <translation>Alertas não vistos há %1 min</translation>
    </message>
    <message>
        <source>Alerts not seen for %1 min: Alertmanager asks for credentials</source>
        <translation type="vanished">Alertas não vistos há %1 min: o Alertmanager pede credenciais</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="206"/>
        <source>Alerts that fire meanwhile are neither shown nor notified.</source>
        <translation>Alertas que disparem enquanto isso não são mostrados nem notificados.</translation>
    </message>
    <message>
        <source>Critical for %1 min. Acknowledge it (silence 15 min) or escalate.</source>
        <translation type="vanished">Crítico há %1 min. Reconheça (silenciar 15 min) ou escale.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="232"/>
        <source>Critical for %1, escalated to %2. Acknowledge it (silence 15 min).</source>
        <translation>Crítico há %1, escalado para %2. Reconheça (silenciar 15 min).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="235"/>
        <source>Critical for %1. Acknowledge it (silence 15 min) or escalate.</source>
        <translation>Crítico há %1. Reconheça (silenciar 15 min) ou escale.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="185"/>
        <source>Escalate to %1: %2</source>
        <translation>Escalar para %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="171"/>
        <source>Escalate to %2: %1 alerts</source>
        <translation>Escalar para %2: %1 alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="170"/>
        <source>Escalate to %2: %1 more alerts</source>
        <translation>Escalar para %2: mais %1 alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="173"/>
        <source>Escalate: %1 alerts</source>
        <translation>Escalar: %1 alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="173"/>
        <source>Escalate: %1 more alerts</source>
        <translation>Escalar: mais %1 alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="306"/>
        <source>Escalated to %1 at %2 (%3 ago). The guide: %1 answers within %4 min. No answer? Call again, or escalate to L3.</source>
        <translation>Escalado para %1 às %2 (há %3). O guia: o %1 responde em até %4 min. Sem resposta? Ligue de novo, ou escale para L3.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="308"/>
        <source>Escalated to %1 at %2 (%3 ago). The guide: %1 answers within %4 min. No answer? Call again.</source>
        <translation>Escalado para %1 às %2 (há %3). O guia: o %1 responde em até %4 min. Sem resposta? Ligue de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="331"/>
        <source>Escalated to %1 at %2 (%3 ago). The guide: %1 resolves within %4 min; escalate to L3 if the incident drags on.</source>
        <translation>Escalado para %1 às %2 (há %3). O guia: o %1 resolve em até %4 min; escale para L3 se o incidente se prolongar.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="302"/>
        <source>Escalation answers overdue: %1 alerts</source>
        <translation>Respostas de escalação atrasadas: %1 alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="301"/>
        <source>Escalation answers overdue: %1 more alerts</source>
        <translation>Respostas de escalação atrasadas: mais %1 alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="266"/>
        <source>Expired at %1 (amtool, Alertmanager&apos;s UI): the alert fires without a silence. Acknowledge it again or escalate.</source>
        <translation>Expirado às %1 (amtool, interface do Alertmanager): o alerta está disparando sem silenciamento. Reconheça de novo ou escale.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="268"/>
        <source>Expired at %1 (amtool, Alertmanager&apos;s UI): the alert fires without a silence. Acknowledge it or escalate.</source>
        <translation>Expirado às %1 (amtool, interface do Alertmanager): o alerta está disparando sem silenciamento. Reconheça ou escale.</translation>
    </message>
    <message>
        <source>Firing for %1 min without resolution (since %2). The escalation message is ready in the alerts window.</source>
        <translation type="vanished">Disparando há %1 min sem resolução (desde %2). A mensagem de escalação está pronta na janela de alertas.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="186"/>
        <source>Firing for %1 without resolution (since %2). The escalation message is ready in the alerts window.</source>
        <translation>Disparando há %1 sem resolução (desde %2). A mensagem de escalação está pronta na janela de alertas.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="70"/>
        <source>Investigation target missed: %1</source>
        <translation>Prazo de investigação perdido: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="70"/>
        <source>Investigation target missed: %1 alerts</source>
        <translation>Prazo de investigação perdido: %1 alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="69"/>
        <source>Investigation target missed: %1 more alerts</source>
        <translation>Prazo de investigação perdido: mais %1 alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="272"/>
        <source>It ended at %1 and the alert still fires. Acknowledge it again or escalate.</source>
        <translation>Terminou às %1 e o alerta continua disparando. Reconheça de novo ou escale.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="275"/>
        <source>It ended at %1 and the alert still fires. Acknowledge it or escalate.</source>
        <translation>Terminou às %1 e o alerta continua disparando. Reconheça ou escale.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="326"/>
        <source>L2 resolutions overdue: %1 alerts</source>
        <translation>Resoluções do L2 atrasadas: %1 alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="325"/>
        <source>L2 resolutions overdue: %1 more alerts</source>
        <translation>Resoluções do L2 atrasadas: mais %1 alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="60"/>
        <source>Not acknowledged %1 after it started. Acknowledge it now.</source>
        <translation>Não reconhecido %1 após o início. Reconheça agora.</translation>
    </message>
    <message>
        <source>Not acknowledged %1 min after it started. Acknowledge it now.</source>
        <translation type="vanished">Não reconhecido %1 min após o início. Reconheça agora.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="56"/>
        <source>Not reviewed %1 after it started. Review it when you can.</source>
        <translation>Não revisado %1 após o início. Revise quando possível.</translation>
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
        <translation>Prazo de resolução ou investigação perdido: %1 alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="72"/>
        <source>Resolution or investigation target missed: %1 more alerts</source>
        <translation>Prazo de resolução ou investigação perdido: mais %1 alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="66"/>
        <source>Resolution target missed: %1</source>
        <translation>Prazo de resolução perdido: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="66"/>
        <source>Resolution target missed: %1 alerts</source>
        <translation>Prazo de resolução perdido: %1 alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="65"/>
        <source>Resolution target missed: %1 more alerts</source>
        <translation>Prazo de resolução perdido: mais %1 alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/left_behind.py" line="32"/>
        <source>Resolved: %1 (silence still active)</source>
        <translation>Resolvido: %1 (silenciamento ainda ativo)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/left_behind.py" line="44"/>
        <source>Resolved: %1 alerts (%2 silences still active)</source>
        <translation>Resolvidos: %1 alertas (%2 silenciamentos ainda ativos)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/left_behind.py" line="35"/>
        <source>Resolved: %1 alerts (silence still active)</source>
        <translation>Resolvidos: %1 alertas (silenciamento ainda ativo)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="62"/>
        <source>Response or review target missed: %1 alerts</source>
        <translation>Prazo de resposta ou revisão perdido: %1 alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="61"/>
        <source>Response or review target missed: %1 more alerts</source>
        <translation>Prazo de resposta ou revisão perdido: mais %1 alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="59"/>
        <location filename="../../desktop/oncall_tray/notify/flag_texts.py" line="29"/>
        <source>Response target missed: %1</source>
        <translation>Prazo de resposta perdido: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="59"/>
        <source>Response target missed: %1 alerts</source>
        <translation>Prazo de resposta perdido: %1 alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="58"/>
        <source>Response target missed: %1 more alerts</source>
        <translation>Prazo de resposta perdido: mais %1 alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="55"/>
        <source>Review overdue: %1</source>
        <translation>Revisão atrasada: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="54"/>
        <source>Review overdue: %1 alerts</source>
        <translation>Revisão atrasada: %1 alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="54"/>
        <source>Review overdue: %1 more alerts</source>
        <translation>Revisão atrasada: mais %1 alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="208"/>
        <source>Several critical alerts at once</source>
        <translation>Múltiplos alertas críticos simultâneos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/flag_texts.py" line="24"/>
        <source>Several critical alerts at once: %1</source>
        <translation>Múltiplos alertas críticos simultâneos: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/left_behind.py" line="29"/>
        <source>Silence by %1 until %2: %3. Expire it in the Silences tab.</source>
        <translation>Silenciamento de %1 até %2: %3. Remova-o na aba Silenciamentos.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="265"/>
        <source>Silence ended outside oncall-tray: %1</source>
        <translation>Silenciamento encerrado fora do oncall-tray: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="274"/>
        <source>Silence ended: %1</source>
        <translation>Silenciamento terminou: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="250"/>
        <source>Silence ends at %1: %2</source>
        <translation>Silenciamento termina às %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="289"/>
        <source>Silences ended: %1 alerts</source>
        <translation>Silenciamentos terminaram: %1 alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="289"/>
        <source>Silences ended: %1 more alerts</source>
        <translation>Silenciamentos terminaram: mais %1 alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="67"/>
        <source>Still firing %1 after it started.</source>
        <translation>Ainda disparando %1 após o início.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="71"/>
        <source>Still firing %1 after it started. The guide: escalate if it keeps getting worse.</source>
        <translation>Ainda disparando %1 após o início. O guia: escale se continuar piorando.</translation>
    </message>
    <message>
        <source>Still firing %1 min after it started. The guide: escalate if it keeps getting worse.</source>
        <translation type="vanished">Ainda disparando %1 min após o início. O guia: escale se continuar piorando.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="228"/>
        <source>Still unacknowledged: %1</source>
        <translation>Ainda não reconhecido: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="225"/>
        <source>Still unacknowledged: %1 critical alerts</source>
        <translation>Ainda não reconhecidos: %1 alertas críticos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="224"/>
        <source>Still unacknowledged: %1 more critical alerts</source>
        <translation>Ainda não reconhecidos: mais %1 alertas críticos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="252"/>
        <source>The alert still fires. Extend the silence or escalate.</source>
        <translation>O alerta continua disparando. Estenda o silenciamento ou escale.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="209"/>
        <source>The on-call guide says: investigate at once.</source>
        <translation>O guia de plantão diz: investigue imediatamente.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/left_behind.py" line="46"/>
        <source>Their silences mute nothing else now. Expire them in the Silences tab.</source>
        <translation>Os silenciamentos deles não silenciam mais nada. Remova-os na aba Silenciamentos.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="198"/>
        <source>%1 (kept through the restart of %2)</source>
        <translation>%1 (mantido através do reinício de %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/config_cmd.py" line="43"/>
        <source>%1 exists; use --force to replace it</source>
        <translation>%1 já existe; use --force para substituí-lo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/ack.py" line="130"/>
        <source>%1 is %2 (silence %3), which is not its acknowledgement: it silences more than this alert, began before it fired, or is a colleague&apos;s without ACK. Acknowledging it as yours.</source>
        <translation>%1 está %2 (silenciamento %3), que não é o reconhecimento dele: silencia mais que este alerta, começou antes de ele disparar, ou é de um colega e não começa com ACK. Reconhecendo-o em seu nome.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli.py" line="239"/>
        <source>%1 is a global option: put it before the subcommand: %2</source>
        <translation>%1 é uma opção global: coloque-a antes do subcomando: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/restart_kept.py" line="177"/>
        <source>%1 is kept through the restart of Alertmanager %2, as the shift journal last saw it: Prometheus has not sent it there again yet (it does within minutes).</source>
        <translation>%1 é mantido através do reinício do Alertmanager %2, como visto por último no diário do turno: o Prometheus ainda não o enviou de novo para ele (envia em alguns minutos).</translation>
    </message>
    <message>
        <source>%1 is muted by silence %2 (%3, until %4), which is not its acknowledgement: it silences more than this alert, or began before it fired. Acknowledging it on its own.</source>
        <translation type="vanished">%1 está silenciado pelo silenciamento %2 (%3, até %4), que não é o reconhecimento dele: silencia mais que este alerta, ou começou antes de ele disparar. Reconhecendo-o separadamente.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="352"/>
        <source>%1 is not a silence ID (a UUID such as 64d2e7a2-ca57-4ac1-b1fe-36012f3bb4cf; see oncall-tray silence list).</source>
        <translation>%1 não é um ID de silenciamento (um UUID como 64d2e7a2-ca57-4ac1-b1fe-36012f3bb4cf; veja oncall-tray silence list).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="350"/>
        <source>%1 is too short: give the fingerprint or at least its first %2 characters.</source>
        <translation>%1 é curto demais: informe o fingerprint ou pelo menos os %2 primeiros caracteres.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="386"/>
        <source>%1 is too short: give the silence ID or at least its first %2 characters.</source>
        <translation>%1 é curto demais: informe o ID do silenciamento ou pelo menos os seus %2 primeiros caracteres.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="346"/>
        <location filename="../../desktop/oncall_tray/commands/escalate.py" line="176"/>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="383"/>
        <source>%1 matches several alerts; give more characters:</source>
        <translation>%1 corresponde a vários alertas; informe mais caracteres:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="382"/>
        <source>%1 matches several silences; give more characters:</source>
        <translation>%1 corresponde a vários silenciamentos; informe mais caracteres:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="150"/>
        <source>%1. The secret was NOT stored (oncall-tray never writes secrets to a file); the tray&apos;s login dialog can keep it until the tray quits</source>
        <translation>%1. O segredo NÃO foi guardado (o oncall-tray nunca grava segredos em arquivo); o diálogo de login da bandeja pode guardá-lo até a bandeja fechar</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="64"/>
        <source>%1: %2 (every setting has its default)</source>
        <translation>%1: %2 (todas as configurações com o valor padrão)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="65"/>
        <source>%1: %2 (using the default)</source>
        <translation>%1: %2 (usando o padrão)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="283"/>
        <source>%1: %2 stored in the system keyring (%3)</source>
        <translation>%1: %2 agora no chaveiro do sistema (%3)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="264"/>
        <source>%1: %2; nothing was stored: fix the address or its TLS settings first</source>
        <translation>%1: %2; nada foi guardado: corrija antes o endereço ou as configurações de TLS</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="260"/>
        <source>%1: Alertmanager refused these credentials (%2); nothing was stored</source>
        <translation>%1: o Alertmanager recusou estas credenciais (%2); nada foi guardado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="258"/>
        <source>%1: Alertmanager refused these credentials (%2); nothing was stored: %3</source>
        <translation>%1: o Alertmanager recusou estas credenciais (%2); nada foi guardado: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/config_cmd.py" line="65"/>
        <source>%1: OK</source>
        <translation>%1: sem problemas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/config_cmd.py" line="63"/>
        <source>%1: OK, with the warnings above (the file is used as written)</source>
        <translation>%1: OK, com os avisos acima (o arquivo é usado como está escrito)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/config_cmd.py" line="53"/>
        <source>%1: no file; the defaults apply</source>
        <translation>%1: o arquivo não existe; valem os padrões</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="268"/>
        <source>%1: the credentials could not be checked (%2); nothing was stored</source>
        <translation>%1: não foi possível verificar as credenciais (%2); nada foi guardado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="220"/>
        <source>%1; nothing was asked or stored</source>
        <translation>%1; nada foi perguntado nem guardado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="171"/>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="221"/>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="250"/>
        <source>%1; nothing was stored</source>
        <translation>%1; nada foi guardado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="210"/>
        <source>(%1 left)</source>
        <translation>(faltam %1)</translation>
    </message>
    <message>
        <source>(answered)</source>
        <translation type="vanished">(respondido)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="228"/>
        <source>(as last seen in the shift journal: its Alertmanager does not answer)</source>
        <translation>(como visto por último no diário do turno: o Alertmanager dele não responde)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="206"/>
        <source>(in %1)</source>
        <translation>(em %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli.py" line="128"/>
        <source>--alertmanager: no URL given</source>
        <translation>--alertmanager: nenhuma URL informada</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/escalate.py" line="158"/>
        <source>--answered records the answer only: it takes neither --note nor --dry-run.</source>
        <translation>--answered só registra a resposta: não aceita --note nem --dry-run.</translation>
    </message>
    <message>
        <source>--duration %1 is no time at all: give how long, such as 15m, 1h or 24h.</source>
        <translation type="vanished">--duration %1 não é tempo nenhum: diga quanto tempo, como 15m, 1h ou 24h.</translation>
    </message>
    <message>
        <source>--duration %1 is under a minute: a silence that short is over before anyone reads it; give at least 1m. Nothing was sent to Alertmanager.</source>
        <translation type="vanished">--duration %1 é menos de um minuto: um silenciamento tão curto acaba antes que alguém leia o ID; dê ao menos 1m. Nada foi enviado ao Alertmanager.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/logout.py" line="57"/>
        <source>A password kept for another user name stays; remove it with: oncall-tray logout --username NAME</source>
        <translation>Uma senha guardada para outro nome de usuário continua; remova-a com: oncall-tray logout --username NOME</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="144"/>
        <source>A user name is needed.</source>
        <translation>É preciso um nome de usuário.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="89"/>
        <source>Alertmanager %1 does not answer: its silences are listed as the shift journal last saw them.</source>
        <translation>O Alertmanager %1 não responde: os silenciamentos dele são listados como o diário do turno os viu por último.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="91"/>
        <source>Alertmanager %1 does not answer: its silences are not known.</source>
        <translation>O Alertmanager %1 não responde: os silenciamentos dele não são conhecidos.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="211"/>
        <source>Alertmanager at %1 does not ask for credentials (it answered without them): nothing was stored; the settings are unchanged</source>
        <translation>O Alertmanager em %1 não pede credenciais (respondeu sem elas): nada foi guardado; as configurações não mudaram</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="233"/>
        <source>Alertmanager cannot be read now</source>
        <translation>Não é possível ler o Alertmanager agora</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="215"/>
        <source>Alertmanager has no such silence (HTTP 404)</source>
        <translation>O Alertmanager não tem esse silenciamento (HTTP 404)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="218"/>
        <source>Alertmanager refused (HTTP %1): %2</source>
        <translation>O Alertmanager recusou (HTTP %1): %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="241"/>
        <source>Alertmanager replaced the silence instead of updating it: the new ID is %1.</source>
        <translation>O Alertmanager substituiu o silenciamento em vez de atualizá-lo: o novo ID é %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="205"/>
        <source>Alertmanager took the silence, but its answer could not be read (%1), and the silence is not among its silences: it may have been made. Look with &apos;oncall-tray silence list&apos; before trying again.</source>
        <translation>O Alertmanager aceitou o silenciamento, mas a resposta dele não pôde ser lida (%1), e o silenciamento não está entre os silenciamentos dele: ele pode ter sido criado. Confira com &apos;oncall-tray silence list&apos; antes de tentar de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="234"/>
        <source>Alertmanager unreachable or refused</source>
        <translation>Alertmanager inacessível ou recusou a requisição</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="114"/>
        <source>Answer b (user name and password) or t (bearer token).</source>
        <translation>Responda b (nome de usuário e senha) ou t (bearer token).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="117"/>
        <source>Answer b (user name and password) or t (bearer token); nothing was stored.</source>
        <translation>Responda b (nome de usuário e senha) ou t (bearer token); nada foi guardado.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="325"/>
        <source>As last seen in the shift journal: %1</source>
        <translation>Como visto por último no diário do turno: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="159"/>
        <source>Bearer token for %1: </source>
        <translation>Token bearer para %1: </translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="335"/>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="338"/>
        <source>Cancelled; nothing was sent.</source>
        <translation>Cancelado; nada foi enviado.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="88"/>
        <source>Cancelled; nothing was stored.</source>
        <translation>Cancelado; nada foi guardado.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="232"/>
        <source>Cannot read the saved credentials</source>
        <translation>Não foi possível ler as credenciais salvas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="328"/>
        <source>Confirmation needed: run again with --yes to go ahead.</source>
        <translation>Confirmação necessária: execute de novo com --yes para prosseguir.</translation>
    </message>
    <message>
        <source>Credentials for %1 removed from the system keyring.</source>
        <translation type="vanished">Credenciais de %1 removidas do chaveiro do sistema.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/journal_common.py" line="162"/>
        <source>Done in Alertmanager, but not recorded in the shift journal.</source>
        <translation>Feito no Alertmanager, mas não registrado no diário do turno.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/escalate.py" line="112"/>
        <source>Dry run: the escalation was not recorded in the shift journal.</source>
        <translation>Simulação: a escalação não foi registrada no diário do turno.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/escalate.py" line="124"/>
        <source>Escalated to %1 already; the message to %2 was not recorded.</source>
        <translation>Já escalado para %1; a mensagem para %2 não foi registrada.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="331"/>
        <source>Go ahead? [y/N] </source>
        <translation>Prosseguir? [s/N] </translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="171"/>
        <source>Interrupted: unknown whether silence %1 was expired (its request was sent). Look with &apos;oncall-tray silence list&apos; before trying again.</source>
        <translation>Interrompido: não se sabe se o silenciamento %1 foi expirado (o pedido já tinha sido enviado). Confira com &apos;oncall-tray silence list&apos; antes de tentar de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="229"/>
        <source>Interrupted: unknown whether silence %1 was extended (its request was sent). Look with &apos;oncall-tray silence list&apos; before trying again.</source>
        <translation>Interrompido: não se sabe se o silenciamento %1 foi estendido (o pedido já tinha sido enviado). Confira com &apos;oncall-tray silence list&apos; antes de tentar de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_steps.py" line="148"/>
        <source>Interrupted: unknown whether the silence was created (its request was sent). Look with &apos;oncall-tray silence list&apos; before trying again.</source>
        <translation>Interrompido: não se sabe se o silenciamento foi criado (o pedido já tinha sido enviado). Confira com &apos;oncall-tray silence list&apos; antes de tentar de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="273"/>
        <source>Invalid duration %1: use a whole number and a unit (ms, s, m, h, d, w, y), largest first, such as 15m, 1h30m or 24h.</source>
        <translation>Duração inválida %1: use um número inteiro e uma unidade (ms, s, m, h, d, w, y), da maior para a menor, como 15m, 1h30m ou 24h.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="102"/>
        <source>Invalid matcher: %1</source>
        <translation>Matcher inválido: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/trend.py" line="52"/>
        <source>Invalid range %1: use a whole number and a unit (ms, s, m, h), such as 15m, 1h or 6h.</source>
        <translation>Intervalo inválido %1: use um número inteiro e uma unidade (ms, s, m, h), como 15m, 1h ou 6h.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/ack.py" line="116"/>
        <source>It also covers %1 (the volatile_labels setting makes them one alert).</source>
        <translation>Também cobre %1 (a configuração volatile_labels faz deles um só alerta).</translation>
    </message>
    <message>
        <source>It may be held by one that does not answer: %1</source>
        <translation type="vanished">Pode estar em um que não responde: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="113"/>
        <source>Log in with a user name and password (basic auth) or a bearer token? [b/t] </source>
        <translation>Entrar com nome de usuário e senha (basic auth) ou com um bearer token? [b/t] </translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="131"/>
        <source>Logging in to %1 as %2 with a password (basic auth), as at the last login to this address; --username U for another user, --token-stdin for a bearer token</source>
        <translation>Entrando em %1 como %2 com senha (basic auth), como no último login neste endereço; --username U para outro usuário, --token-stdin para um token bearer</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="133"/>
        <source>Logging in to %1 as %2 with a password (basic auth), as the settings say; --username U for another user, --token-stdin for a bearer token</source>
        <translation>Entrando em %1 como %2 com senha (basic auth), como dizem as configurações; --username U para outro usuário, --token-stdin para um token bearer</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="126"/>
        <source>Logging in to %1 with a bearer token, as at the last login to this address; --username U for a user name and password instead</source>
        <translation>Entrando em %1 com um token bearer, como no último login neste endereço; --username U para usar nome de usuário e senha</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="128"/>
        <source>Logging in to %1 with a bearer token, as the settings say; --username U for a user name and password instead</source>
        <translation>Entrando em %1 com um token bearer, como dizem as configurações; --username U para usar nome de usuário e senha</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="136"/>
        <source>Logging in to %1 with a user name and password (basic auth), as the settings say; --token-stdin for a bearer token</source>
        <translation>Entrando em %1 com nome de usuário e senha (basic auth), como dizem as configurações; --token-stdin para um token bearer</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="304"/>
        <source>Look with &apos;oncall-tray silence list&apos; before trying again.</source>
        <translation>Confira com &apos;oncall-tray silence list&apos; antes de tentar de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/logout.py" line="47"/>
        <source>No credentials were stored for %1.</source>
        <translation>Nenhuma credencial estava guardada para %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="353"/>
        <source>No current alert has the fingerprint %1 (see: oncall-tray status).</source>
        <translation>Nenhum alerta atual tem o fingerprint %1 (veja: oncall-tray status).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/escalate.py" line="177"/>
        <source>No escalated alert still firing has the fingerprint %1 in the shift journal (see: oncall-tray status).</source>
        <translation>Nenhum alerta escalado e ainda disparando tem a fingerprint %1 no diário do turno (veja: oncall-tray status).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="391"/>
        <source>No silence has an ID that starts with %1 (see: oncall-tray silence list --all).</source>
        <translation>Nenhum silenciamento tem um ID que começa com %1 (veja: oncall-tray silence list --all).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="181"/>
        <source>No silence.</source>
        <translation>Nenhum silenciamento.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_steps.py" line="220"/>
        <source>Not created: %1</source>
        <translation>Não criado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/journal_common.py" line="146"/>
        <source>Not recorded in the shift journal yet: the silence could not be read back from Alertmanager (%1); the next poll (the tray&apos;s, or &apos;oncall-tray status&apos;) records it.</source>
        <translation>Ainda não registrado no diário do turno: não foi possível ler o silenciamento de volta do Alertmanager (%1); a próxima consulta (da bandeja, ou &apos;oncall-tray status&apos;) o registra.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/journal_common.py" line="220"/>
        <source>Not recorded in the shift journal: it follows another Alertmanager (%1) than the one given with --alertmanager (%2).</source>
        <translation>Não registrado no diário do turno: ele acompanha outro Alertmanager (%1), não o dado com --alertmanager (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/journal_common.py" line="218"/>
        <source>Not recorded in the shift journal: it follows the whole cluster (%1), not only the members given with --alertmanager (%2).</source>
        <translation>Não registrado no diário do turno: ele acompanha o cluster inteiro (%1), não só os membros dados com --alertmanager (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_steps.py" line="180"/>
        <source>Not sent to Alertmanager %1, which holds it too: %2. The alert still fires there.</source>
        <translation>Não enviado ao Alertmanager %1, que também o tem: %2. O alerta continua disparando lá.</translation>
    </message>
    <message>
        <source>Nothing to remove for %1: %2.</source>
        <translation type="vanished">Nada a remover para %1: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/logout.py" line="37"/>
        <source>Nothing was removed for %1: %2.</source>
        <translation>Nada foi removido para %1: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="278"/>
        <location filename="../../desktop/oncall_tray/commands/silence_steps.py" line="39"/>
        <source>Nothing was sent to Alertmanager.</source>
        <translation>Nada foi enviado ao Alertmanager.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/ack.py" line="150"/>
        <source>Nothing was sent. It cannot be given more time: it already lasts the 24 h the guide allows at most; escalate if the alert needs more.</source>
        <translation>Nada foi enviado. Não é possível dar mais tempo: ele já dura as 24 h que o guia permite no máximo; escale se o alerta precisar de mais.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/ack.py" line="153"/>
        <source>Nothing was sent. To give it more time: oncall-tray silence extend %1 --duration %2</source>
        <translation>Nada foi enviado. Para ganhar mais tempo: oncall-tray silence extend %1 --duration %2</translation>
    </message>
    <message>
        <source>Nothing was sent. To give it more time: oncall-tray silence extend %1 --duration 15m</source>
        <translation type="vanished">Nada foi enviado. Para ganhar mais tempo: oncall-tray silence extend %1 --duration 15m</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="177"/>
        <source>Nothing was stored.</source>
        <translation>Nada foi guardado.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="158"/>
        <source>Password for %1 at %2: </source>
        <translation>Senha de %1 em %2: </translation>
    </message>
    <message>
        <source>Password: </source>
        <translation type="vanished">Senha: </translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/escalate.py" line="193"/>
        <source>Recorded in the shift journal: %1 answered at %2; no more reminders that its answer is overdue.</source>
        <translation>Registrado no diário do turno: o %1 respondeu às %2; sem mais lembretes de resposta atrasada.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/escalate.py" line="129"/>
        <source>Recorded in the shift journal: escalated to %1 (the handoff lists it).</source>
        <translation>Registrado no diário do turno: escalado para %1 (o handoff a lista).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/escalate.py" line="132"/>
        <source>Recorded in the shift journal: escalated to %1. No shift is open, so no handoff lists it: start one with `oncall-tray handoff start --confirm`.</source>
        <translation>Registrado no diário do turno: escalado para %1. Nenhum turno está aberto, então nenhuma passagem de turno a lista: abra um com `oncall-tray handoff start --confirm`.</translation>
    </message>
    <message>
        <source>Recorded in the shift journal: escalated to %1. No shift is open, so no handoff lists it: start one with oncall-tray handoff start.</source>
        <translation type="vanished">Registrado no diário do turno: escalado para %1. Nenhum turno está aberto, então nenhum handoff a lista: abra um com oncall-tray handoff start.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/logout.py" line="51"/>
        <source>Removed from the system keyring for %1: %2.</source>
        <translation>Removido do chaveiro do sistema para %1: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_steps.py" line="174"/>
        <source>Sent to Alertmanager %1, which holds the alert: these Alertmanagers are not one cluster, a silence stays where it is made.</source>
        <translation>Enviado ao Alertmanager %1, que tem o alerta: estes Alertmanagers não formam um cluster, um silenciamento fica onde é criado.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_steps.py" line="175"/>
        <source>Sent to Alertmanagers %1, which hold the alert: these Alertmanagers are not one cluster, a silence stays where it is made.</source>
        <translation>Enviado aos Alertmanagers %1, que têm o alerta: estes Alertmanagers não formam um cluster, um silenciamento fica onde é criado.</translation>
    </message>
    <message>
        <source>Silence %1 changed while you answered (someone expired or extended it): nothing was sent. See it with &apos;oncall-tray silence list&apos;.</source>
        <translation type="vanished">O silenciamento %1 mudou enquanto você respondia (alguém o expirou ou estendeu): nada foi enviado. Veja-o com &apos;oncall-tray silence list&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="226"/>
        <source>Silence %1 changed while you answered: %2. Nothing was sent.</source>
        <translation>O silenciamento %1 mudou enquanto você respondia: %2. Nada foi enviado.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="181"/>
        <source>Silence %1 expired.</source>
        <translation>Silenciamento %1 expirado.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="161"/>
        <source>Silence %1 had already expired (at %2); nothing changed.</source>
        <translation>O silenciamento %1 já tinha expirado (às %2); nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="324"/>
        <source>Silence %1 is held by no Alertmanager that answers.</source>
        <translation>O silenciamento %1 não está em nenhum Alertmanager que responde.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="327"/>
        <source>Silence %1 is held by no Alertmanager that answers: it may be held by Alertmanager %2, which does not answer (then it can be expired or extended once it answers again), or it may not exist.</source>
        <translation>O silenciamento %1 não está em nenhum Alertmanager que responde: pode estar no Alertmanager %2, que não responde (então pode ser expirado ou estendido quando ele voltar a responder), ou pode não existir.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="330"/>
        <source>Silence %1 is held by no Alertmanager that answers: it may be held by one of the Alertmanagers %2, which do not answer (then it can be expired or extended once that one answers again), or it may not exist.</source>
        <translation>O silenciamento %1 não está em nenhum Alertmanager que responde: pode estar em um dos Alertmanagers %2, que não respondem (então pode ser expirado ou estendido quando esse voltar a responder), ou pode não existir.</translation>
    </message>
    <message>
        <source>Silence %1 may have been extended all the same (%2). Look with &apos;oncall-tray silence list&apos; before trying again.</source>
        <translation type="vanished">O silenciamento %1 pode ter sido estendido mesmo assim (%2). Confira com &apos;oncall-tray silence list&apos; antes de tentar de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="243"/>
        <source>Silence %1 now ends at %2.</source>
        <translation>O silenciamento %1 agora termina em %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="166"/>
        <source>Silence %1 was created by %2, not by %3: %4</source>
        <translation>O silenciamento %1 foi criado por %2, não por %3: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/autostart_cmd.py" line="49"/>
        <source>Start with the session</source>
        <translation>Iniciar com a sessão</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/escalate.py" line="142"/>
        <source>The SLA asks for %1 from %2.</source>
        <translation>O SLA pede %1 a partir de %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/escalate.py" line="127"/>
        <source>The escalation to %1 was recorded before; not recorded again.</source>
        <translation>A escalação para %1 já foi registrada antes; não foi registrada de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/escalate.py" line="147"/>
        <source>The escalation was not recorded in the shift journal.</source>
        <translation>A escalação não foi registrada no diário do turno.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="178"/>
        <source>The escalations and acknowledgements it recorded are not shown.</source>
        <translation>As escalações e os reconhecimentos registrados nele não são mostrados.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/config_cmd.py" line="50"/>
        <source>The file it replaces was kept as %1.</source>
        <translation>O arquivo substituído foi guardado como %1.</translation>
    </message>
    <message>
        <source>The keyring is locked: waiting for it to be unlocked (the desktop asks for its password)…</source>
        <translation type="vanished">O chaveiro está bloqueado: aguardando o desbloqueio (o desktop pede a senha dele)…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="165"/>
        <source>The keyring is locked: waiting for it to be unlocked (the desktop asks for its password; at most %1 s)…</source>
        <translation>O chaveiro está bloqueado: aguardando o desbloqueio (o desktop pede a senha dele; no máximo %1 s)…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="168"/>
        <source>The keyring is not set up yet: waiting for the desktop&apos;s prompt to create it (answer it on your desktop; at most %1 s)…</source>
        <translation>O chaveiro ainda não foi criado: aguardando a janela do desktop que o cria (responda a ela no seu desktop; no máximo %1 s)…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/trend.py" line="55"/>
        <source>The range must be more than 0 and at most 6h, not %1.</source>
        <translation>O intervalo deve ser maior que 0 e de no máximo 6h, não %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="255"/>
        <source>The saved credentials are in a locked keyring: unlock it and run the command again.</source>
        <translation>As credenciais salvas estão em um chaveiro bloqueado: desbloqueie-o e execute o comando de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_steps.py" line="62"/>
        <source>This silences critical alerts for %1, longer than the 15-minute investigation window (the guide: never silence a critical alert without investigating): %2</source>
        <translation>Isto silencia alertas críticos por %1, mais que a janela de investigação de 15 minutos (o guia: nunca silencie alertas críticos sem investigar): %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/escalate.py" line="144"/>
        <source>To escalate to %1 now: oncall-tray escalate %2 --level %1</source>
        <translation>Para escalar para %1 agora: oncall-tray escalate %2 --level %1</translation>
    </message>
    <message>
        <source>Token: </source>
        <translation type="vanished">Token: </translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="209"/>
        <source>Unknown whether the silence was created: %1. Alertmanager could not be asked afterwards either (%2). Look with &apos;oncall-tray silence list&apos; before trying again.</source>
        <translation>Não se sabe se o silenciamento foi criado: %1. Também não foi possível consultar o Alertmanager depois (%2). Confira com &apos;oncall-tray silence list&apos; antes de tentar de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/autostart_cmd.py" line="31"/>
        <source>Until the settings file is fixed, the tray started with the session says what is wrong with it and runs on the defaults where it is wrong.</source>
        <translation>Até o arquivo de configurações ser corrigido, a bandeja iniciada com a sessão diz o que há de errado nele e usa os padrões onde ele está errado.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="285"/>
        <source>Used whenever --alertmanager names this address; the settings file and its Alertmanager&apos;s login are unchanged.</source>
        <translation>Usado sempre que --alertmanager indicar este endereço; o arquivo de configurações e o login do Alertmanager dele não mudaram.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="233"/>
        <source>User name: </source>
        <translation>Nome de usuário: </translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="187"/>
        <source>What you typed is kept: the keyring is not set up yet; press Enter to be asked again by the prompt that creates it (n to give up): </source>
        <translation>O que você digitou está guardado: o chaveiro ainda não foi criado; tecle Enter para ver de novo a janela que o cria (n para desistir): </translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="189"/>
        <source>What you typed is kept: unlock the keyring, then press Enter to try again (n to give up): </source>
        <translation>O que você digitou está guardado: desbloqueie o chaveiro e tecle Enter para tentar de novo (n para desistir): </translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_steps.py" line="65"/>
        <source>With this extension, silence %3 keeps critical alerts silenced for %1 in all, longer than the 15-minute investigation window (the guide: never silence a critical alert without investigating): %2</source>
        <translation>Com esta extensão, o silenciamento %3 mantém alertas críticos silenciados por %1 no total, mais que a janela de investigação de 15 minutos (o guia: nunca silencie alertas críticos sem investigar): %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="145"/>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="238"/>
        <source>a basic-auth user name cannot contain a colon</source>
        <translation>um nome de usuário de basic auth não pode conter dois-pontos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="182"/>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_steps.py" line="95"/>
        <source>and %1 more</source>
        <translation>e mais %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/demo_cmd.py" line="50"/>
        <source>another oncall-tray is running: the demo&apos;s alerts are made up, and marked [Demo] in its notifications, icon, menu and windows</source>
        <translation>outro oncall-tray está aberto: os alertas da demonstração são inventados e marcados [Demonstração] nas notificações, no ícone, no menu e nas janelas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="184"/>
        <source>author</source>
        <translation>autor</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="235"/>
        <source>basic auth needs a user name: --username U (or auth_username in the settings)</source>
        <translation>basic auth precisa de um nome de usuário: --username U (ou auth_username nas configurações)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="281"/>
        <source>bearer token</source>
        <translation>token bearer</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/autostart_cmd.py" line="47"/>
        <source>cannot change the autostart entry</source>
        <translation>não foi possível alterar a inicialização automática</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/desktop_session.py" line="53"/>
        <source>cannot open the X display %1 (DISPLAY): the session it names is gone (an old ssh session?); the one-shot commands (status, ack, silence...) work without one</source>
        <translation>não foi possível abrir o display X %1 (DISPLAY): a sessão que ele indica não existe mais (uma sessão ssh antiga?); os comandos avulsos (`status`, `ack`, `silence`...) funcionam sem uma</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/demo_cmd.py" line="61"/>
        <source>cannot post the demo alerts to %1: %2</source>
        <translation>não foi possível enviar os alertas da demonstração para %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="184"/>
        <source>comment</source>
        <translation>comentário</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="288"/>
        <source>could not check it now: %1</source>
        <translation>não foi possível verificá-lo agora: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="185"/>
        <source>covers</source>
        <translation>cobre</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/demo_cmd.py" line="63"/>
        <source>demo Alertmanager at %1 (stopped when the tray quits)</source>
        <translation>Alertmanager da demonstração em %1 (parado quando a bandeja fecha)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/demo_cmd.py" line="129"/>
        <source>demo Prometheus at %1 (stopped when the tray quits)</source>
        <translation>Prometheus da demonstração em %1 (parado quando a bandeja fecha)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="185"/>
        <source>end</source>
        <translation>fim</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="182"/>
        <source>expired</source>
        <translation>expirado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="187"/>
        <source>held by</source>
        <translation>está em</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="184"/>
        <source>matchers</source>
        <translation>matchers</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="222"/>
        <source>no alert now</source>
        <translation>nenhum alerta agora</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/demo_cmd.py" line="127"/>
        <source>no demo Prometheus, so no trends: %1</source>
        <translation>sem Prometheus de demonstração, portanto sem tendências: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/desktop_session.py" line="55"/>
        <source>no graphical session (neither DISPLAY nor WAYLAND_DISPLAY is set): the tray needs a desktop; the one-shot commands (status, ack, silence...) work without one</source>
        <translation>nenhuma sessão gráfica (nem DISPLAY nem WAYLAND_DISPLAY estão definidos): a bandeja precisa de um desktop; os comandos avulsos (`status`, `ack`, `silence`...) funcionam sem uma</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli.py" line="58"/>
        <source>no path given</source>
        <translation>nenhum caminho informado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="245"/>
        <source>nothing on standard input: pipe the password in</source>
        <translation>nada na entrada padrão: passe a senha por um pipe</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="246"/>
        <source>nothing on standard input: pipe the token in</source>
        <translation>nada na entrada padrão: passe o token por um pipe</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="207"/>
        <source>nothing to read the secret from: on a terminal, login asks for it; otherwise pipe it in with --password-stdin (basic auth, with --username U) or --token-stdin (bearer token)</source>
        <translation>não há de onde ler o segredo: num terminal, o login o pede; senão, passe-o por um pipe com --password-stdin (basic auth, com --username U) ou --token-stdin (bearer token)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/autostart_cmd.py" line="49"/>
        <source>off</source>
        <translation>desligado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/autostart_cmd.py" line="49"/>
        <source>on</source>
        <translation>ligado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="257"/>
        <source>oncall-tray login cannot store them here: %1</source>
        <translation>o oncall-tray login não consegue guardá-las aqui: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="280"/>
        <source>password of %1</source>
        <translation>senha de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="182"/>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli.py" line="193"/>
        <source>settings file %1 cannot be read (%2): oncall-tray %3 would run without your settings (on Alertmanager %4, as %5), so nothing was done; fix the file first (see: %6)</source>
        <translation>o arquivo de configurações %1 não pode ser lido (%2): oncall-tray %3 rodaria sem as suas configurações (no Alertmanager %4, como %5), por isso nada foi feito; corrija o arquivo antes (veja: %6)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli.py" line="255"/>
        <source>settings file %1 does not exist: check --config, or create it with oncall-tray --config %1 config init</source>
        <translation>o arquivo de configurações %1 não existe: confira o --config ou crie-o com oncall-tray --config %1 config init</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli.py" line="196"/>
        <source>settings file %1: %2: oncall-tray %3 would run on the default (on Alertmanager %4, as %5), so nothing was done; fix the file first (see: %6)</source>
        <translation>arquivo de configurações %1: %2: oncall-tray %3 rodaria com o padrão (no Alertmanager %4, como %5), então nada foi feito; corrija o arquivo primeiro (veja: %6)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="185"/>
        <source>start</source>
        <translation>início</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="260"/>
        <source>store them with: %1</source>
        <translation>guarde-as com: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="261"/>
        <source>store them with: oncall-tray login</source>
        <translation>guarde-as com: oncall-tray login</translation>
    </message>
    <message>
        <source>stored in the keyring, but %1 could not be updated (%2): set %3</source>
        <translation type="vanished">guardado no chaveiro, mas não foi possível atualizar %1 (%2): defina %3</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/logout.py" line="49"/>
        <source>the bearer token</source>
        <translation>o token bearer</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/demo_cmd.py" line="87"/>
        <source>the demo&apos;s files are kept in %1 (its log: %2)</source>
        <translation>os arquivos da demonstração ficam guardados em %1 (o log dela: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/demo_cmd.py" line="101"/>
        <source>the demo&apos;s folder %1 could not be removed (%2); it ended normally, and you can delete the folder</source>
        <translation>não foi possível remover a pasta da demonstração %1 (%2); ela terminou normalmente, e você pode apagar a pasta</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/autostart_cmd.py" line="55"/>
        <source>the entry starts %1, which does not exist any more; run &apos;oncall-tray autostart on&apos; again</source>
        <translation>a entrada inicia %1, que não existe mais; execute &apos;oncall-tray autostart on&apos; de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/logout.py" line="49"/>
        <source>the password of %1</source>
        <translation>a senha de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="296"/>
        <source>the settings file %1 could not be updated (%2): set %3 in it, or the secret is not used</source>
        <translation>não foi possível atualizar o arquivo de configurações %1 (%2): defina %3 nele, ou o segredo não será usado</translation>
    </message>
    <message>
        <source>warning: the settings file %1 is empty: every setting has its default (Alertmanager %2)</source>
        <translation type="vanished">aviso: o arquivo de configurações %1 está vazio: toda configuração tem seu padrão (Alertmanager %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_steps.py" line="161"/>
        <source>warning: this silence matches %1 as last seen on Alertmanager %2, which does not answer</source>
        <translation>aviso: este silenciamento corresponde a %1 como visto por último no Alertmanager %2, que não responde</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_steps.py" line="163"/>
        <source>warning: this silence matches %1 as last seen on Alertmanagers %2, which do not answer</source>
        <translation>aviso: este silenciamento corresponde a %1 como visto por último nos Alertmanagers %2, que não respondem</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_steps.py" line="166"/>
        <source>warning: this silence matches no alert firing now; check the matchers: %1</source>
        <translation>aviso: este silenciamento não corresponde a nenhum alerta disparando agora; confira os matchers: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="186"/>
        <source>will cover</source>
        <translation>cobrirá</translation>
    </message>
</context>
<context>
    <name>cli_help</name>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="73"/>
        <source>A line is added once: running the same command again does not add it twice, and the draft&apos;s own words stay as they were typed (change or remove lines in the window). An empty value is refused and changes nothing.</source>
        <translation>Uma linha é adicionada uma vez só: rodar o mesmo comando de novo não a adiciona duas vezes, e as palavras do rascunho ficam como foram digitadas (altere ou remova linhas na janela). Um valor vazio é recusado e não muda nada.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli.py" line="64"/>
        <source>Alertmanager URL (overrides the settings); several, comma-separated, for an HA cluster</source>
        <translation>URL do Alertmanager (substitui a das configurações); várias, separadas por vírgula, para um cluster HA</translation>
    </message>
    <message>
        <source>Alertmanager matchers: alertname=&quot;APIDown&quot;, instance=~&quot;.*backend.*&quot; (a regex matches the whole value), env!=&quot;dev&quot;</source>
        <translation type="vanished">matchers do Alertmanager: alertname=&quot;APIDown&quot;, instance=~&quot;.*backend.*&quot; (a regex casa com o valor inteiro), env!=&quot;dev&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="53"/>
        <source>Alertmanager matchers: alertname=&quot;APIDown&quot;, instance=~&quot;.*backend.*&quot; (a regex matches the whole value), env!=&quot;dev&quot;. Inside the quotes, \&quot; is a double quote, \\ a backslash, and a character that shows nothing or is a control character is written as oncall-tray shows it: \u00ad (a soft hyphen), \U000e0041, \t, \n</source>
        <translation>matchers do Alertmanager: alertname=&quot;APIDown&quot;, instance=~&quot;.*backend.*&quot; (uma regex casa com o valor inteiro), env!=&quot;dev&quot;. Dentro das aspas, \&quot; é uma aspa dupla, \\ uma barra invertida, e um caractere que não aparece ou é de controle se escreve como o oncall-tray o mostra: \u00ad (um hífen suave), \U000e0041, \t, \n</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="36"/>
        <source>Poll Alertmanager once and print its alerts, worst first, with each one&apos;s SLA clocks and escalation level (--json: the same as JSON). Exit 0; 2 when Alertmanager cannot be reached or refuses, with the reason on standard error (&quot;alerts&quot;: null in the JSON); 1 for a usage error.</source>
        <translation>Consulta o Alertmanager uma vez e mostra os alertas, os piores primeiro, com os relógios de SLA e o nível de escalonamento de cada um (--json: o mesmo em JSON). Sai com 0; 2 quando o Alertmanager não pode ser alcançado ou recusa, com o motivo na saída de erro (&quot;alerts&quot;: null no JSON); 1 para um erro de uso.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/escalate.py" line="36"/>
        <source>Print the on-call guide&apos;s escalation message for an alert (Markdown for Slack) and record the escalation in the shift journal (the handoff lists it). With --dry-run, only print the message, to read it: record nothing.</source>
        <translation>Imprime a mensagem de escalação do guia de plantão para um alerta (Markdown para o Slack) e registra a escalação no diário do turno (o handoff a lista). Com --dry-run, só imprime a mensagem, para lê-la: não registra nada.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli.py" line="67"/>
        <source>Prometheus URL for trends (overrides the settings)</source>
        <translation>URL do Prometheus para as tendências (substitui a das configurações)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/logout.py" line="20"/>
        <source>Remove the password and token stored in the system keyring for the settings&apos; Alertmanager (or the one given with --alertmanager URL before `logout`); with --username U, only U&apos;s password. Exit 1 when no keyring can be reached (nothing was removed).</source>
        <translation>Remove do chaveiro do sistema a senha e o token guardados para o Alertmanager das configurações (ou o dado com --alertmanager URL antes de `logout`); com --username U, só a senha de U. Sai com 1 quando nenhum chaveiro pode ser alcançado (nada foi removido).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/demo_cmd.py" line="23"/>
        <source>Start a local Alertmanager (and a Prometheus with some backfilled history, when Debian&apos;s prometheus is installed), post the on-call guide&apos;s twelve alerts to it and start the tray on it; quit from the tray menu. The demo keeps a folder and a shift journal of its own, deleted when it quits: nothing of your real shift is touched, and its made-up alerts are marked [Demo].</source>
        <translation>Inicia um Alertmanager local (e um Prometheus com algum histórico preenchido, quando o prometheus do Debian está instalado), envia a ele os 12 alertas do guia de plantão e inicia a bandeja nele; saia pelo menu da bandeja. A demonstração tem uma pasta e um diário do turno próprios, apagados ao sair: nada do seu turno real é tocado, e seus alertas inventados são marcados [Demonstração].</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli.py" line="45"/>
        <source>Start the tray on the settings&apos; Alertmanager (or the --alertmanager URL given before `tray`): it polls it, notifies, keeps the SLA clocks and the shift journal. The same as oncall-tray with no command. It needs a graphical session; started again with the same settings, it brings the running tray&apos;s alerts window to the front.</source>
        <translation>Inicia a bandeja no Alertmanager das configurações (ou no --alertmanager URL dado antes de `tray`): ela o consulta, notifica, mantém os relógios de SLA e o diário do turno. O mesmo que oncall-tray sem comando. Precisa de uma sessão gráfica; iniciada de novo com as mesmas configurações, traz para a frente a janela de alertas da bandeja em execução.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="32"/>
        <source>Store Alertmanager&apos;s basic-auth password or bearer token in the system keyring, for the settings&apos; Alertmanager (or the one given with --alertmanager URL before `login`), after checking it against that Alertmanager. With --password-stdin or --token-stdin the secret is read from standard input; without either, it asks on the terminal (basic auth or token, the user name, the secret, not shown).</source>
        <translation>Guarda a senha (basic auth) ou o token (bearer) do Alertmanager no chaveiro do sistema, para o Alertmanager das configurações (ou o dado com --alertmanager URL antes de `login`), depois de conferi-lo nesse Alertmanager. Com --password-stdin ou --token-stdin o segredo é lido da entrada padrão; sem nenhum dos dois, pergunta no terminal (basic auth ou token, o nome de usuário, o segredo, sem mostrá-lo).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli.py" line="37"/>
        <source>System-tray companion for the on-call engineer: watches Prometheus Alertmanager.</source>
        <translation>Companheiro de bandeja do sistema para o plantonista: acompanha o Prometheus Alertmanager.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="91"/>
        <source>With no shift open there is no draft to keep them in: the command stops and prints them back, to copy and give again once a shift is started.</source>
        <translation>Sem turno aberto não há rascunho onde guardá-los: o comando para e os mostra de volta, para copiar e informar de novo depois que um turno for iniciado.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="88"/>
        <source>Without --confirm this is a preview: the shift is not handed over, but --observation, --pending and --incoming are kept in the shift&apos;s draft, the one the Hand over the shift window shows and saves as it is typed, so that nothing typed here is lost.</source>
        <translation>Sem --confirm isto é uma prévia: o turno não é passado, mas --observation, --pending e --incoming ficam no rascunho do turno, o mesmo que a janela Passar turno mostra e salva enquanto se digita, para que nada digitado aqui se perca.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="76"/>
        <source>Without --confirm this is a preview: the start is not recorded, but --observation and --engineer are kept in the shift&apos;s draft, the one the Take over the shift window shows and saves as it is typed, so that nothing typed here is lost.</source>
        <translation>Sem --confirm isto é uma prévia: o início não é registrado, mas --observation e --engineer ficam no rascunho do turno, o mesmo que a janela Assumir turno mostra e salva enquanto se digita, para que nada digitado aqui se perca.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/ack.py" line="31"/>
        <source>acknowledge an alert: silence its labels for 15 minutes; prints the silence ID</source>
        <translation>reconhece (ACK) um alerta: silencia os labels dele por 15 minutos; mostra o ID do silenciamento</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="36"/>
        <source>active and pending silences and the alerts each covers</source>
        <translation>silenciamentos ativos e pendentes e os alertas que cada um cobre</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="101"/>
        <source>add a note to an alert (what was tried, what was seen)</source>
        <translation>adiciona uma nota a um alerta (o que foi tentado, o que foi visto)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="99"/>
        <source>add a pending item</source>
        <translation>adiciona uma pendência</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="72"/>
        <source>add an observation</source>
        <translation>adiciona uma observação</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="48"/>
        <source>add, list, expire or extend silences</source>
        <translation>cria, lista, expira ou prolonga silenciamentos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="42"/>
        <source>basic auth: read the password from standard input</source>
        <translation>basic auth: lê a senha da entrada padrão</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="39"/>
        <location filename="../../desktop/oncall_tray/commands/logout.py" line="25"/>
        <source>basic-auth user name (default: auth_username of the settings)</source>
        <translation>nome de usuário de basic auth (padrão: auth_username das configurações)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="44"/>
        <source>bearer token: read the token from standard input</source>
        <translation>token bearer: lê o token da entrada padrão</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="73"/>
        <source>confirm expiring a silence someone else created without asking</source>
        <translation>confirma, sem perguntar, expirar um silenciamento criado por outra pessoa</translation>
    </message>
    <message>
        <source>confirm extending past another 15 minutes over a critical alert without asking</source>
        <translation type="vanished">confirma, sem perguntar, prolongar por mais de 15 minutos um silence sobre um alerta crítico</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="83"/>
        <source>confirm keeping a critical alert silenced for longer than 15 minutes in all without asking</source>
        <translation>confirma, sem perguntar, manter um alerta crítico silenciado por mais de 15 minutos no total</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/ack.py" line="41"/>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="63"/>
        <source>confirm silencing a critical alert for longer than 15 minutes without asking</source>
        <translation>confirma, sem perguntar, silenciar um alerta crítico por mais de 15 minutos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="69"/>
        <source>end a silence now</source>
        <translation>encerra um silenciamento agora</translation>
    </message>
    <message>
        <source>escalate to this level (default: the one the SLA asks for, at least L2 and above the level already recorded)</source>
        <translation type="vanished">escalona para este nível (padrão: o que o SLA pede, no mínimo L2 e acima do nível já registrado)</translation>
    </message>
    <message>
        <source>escalate to this level (default: the one the SLA asks for, at least L2)</source>
        <translation type="vanished">escalona para este nível (padrão: o que o SLA pede, no mínimo L2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/escalate.py" line="43"/>
        <source>escalate to this level (default: the one the SLA asks for, at least L2, or the level already recorded when that is higher)</source>
        <translation>escalona para este nível (padrão: o que o SLA pede, no mínimo L2, ou o nível já registrado quando for mais alto)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/trend.py" line="34"/>
        <source>how far back: 15m, 1h (the default) or 6h; any duration up to 6h works</source>
        <translation>quanto tempo para trás: 15m, 1h (o padrão) ou 6h; qualquer duração até 6h serve</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/ack.py" line="37"/>
        <source>how long, e.g. 15m, 1h (default: 15m, the guide&apos;s investigation window; at most 24h)</source>
        <translation>por quanto tempo, por exemplo 15m, 1h (padrão: 15m, a janela de investigação do guia; no máximo 24h)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="58"/>
        <source>how long: 15m (investigation), 1h (maintenance), 24h at most</source>
        <translation>por quanto tempo: 15m (investigação), 1h (manutenção), no máximo 24h</translation>
    </message>
    <message>
        <source>how much longer, from its end (or from now if sooner); default 15m; it may end at most 24h from now</source>
        <translation type="vanished">quanto tempo a mais, a partir do fim dele (ou de agora, se for antes); padrão 15m; pode terminar no máximo daqui a 24h</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="80"/>
        <source>how much longer, from its end (or from now if sooner); default 15m; the silence may last at most 24h in all</source>
        <translation>quanto tempo a mais, a partir do fim dele (ou de agora, se for antes); padrão 15m; o silenciamento pode durar no máximo 24h no total</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="39"/>
        <source>include expired silences</source>
        <translation>inclui os silenciamentos expirados</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/config_cmd.py" line="21"/>
        <source>init: replace an existing file</source>
        <translation>init: substitui um arquivo existente</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/trend.py" line="29"/>
        <source>is it getting worse? the alert&apos;s metric from Prometheus and the verdict</source>
        <translation>está piorando? a métrica do alerta no Prometheus e o veredito</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli.py" line="68"/>
        <source>log debug messages to stderr too</source>
        <translation>registra as mensagens de depuração também no stderr</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/autostart_cmd.py" line="20"/>
        <source>on: start with the session; off: do not; status: say which</source>
        <translation>on: iniciar com a sessão; off: não iniciar; status: diz qual dos dois</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/escalate.py" line="51"/>
        <source>only print the message: record nothing in the shift journal (neither the escalation nor what the poll saw)</source>
        <translation>só imprimir a mensagem: não registrar nada no diário do turno (nem a escalação nem o que a consulta viu)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="104"/>
        <source>past handoffs; with an ID, that shift&apos;s checklists</source>
        <translation>passagens de plantão anteriores; com um ID, os checklists daquele turno</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/config_cmd.py" line="19"/>
        <source>path: print where the settings file is; init: write a commented example; check: list its problems (exit 1 if any but warnings)</source>
        <translation>path: mostra onde fica o arquivo de configurações; init: grava um exemplo comentado; check: lista os problemas dele (sai com 1 se houver algum além de avisos)</translation>
    </message>
    <message>
        <source>path: print where the settings file is; init: write a commented example; check: list its problems (exit 1 if any)</source>
        <translation type="vanished">path: mostra onde fica o arquivo de configurações; init: grava um exemplo comentado; check: lista os problemas dele (sai com 1 se houver algum)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="36"/>
        <source>poll once and print the alerts, worst first</source>
        <translation>consulta uma vez e mostra os alertas, os piores primeiro</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="41"/>
        <location filename="../../desktop/oncall_tray/commands/trend.py" line="35"/>
        <source>print JSON</source>
        <translation>mostra JSON</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="38"/>
        <source>print JSON: the API&apos;s silence objects plus covers (fingerprints)</source>
        <translation>mostra JSON: os objetos de silenciamento da API mais covers (fingerprints)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="71"/>
        <source>print only the Markdown</source>
        <translation>mostra só o Markdown</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/escalate.py" line="34"/>
        <source>print the on-call guide&apos;s escalation message for an alert (Markdown for Slack) and record the escalation in the shift journal</source>
        <translation>mostra a mensagem de escalação do guia de plantão para um alerta (Markdown para o Slack) e registra a escalação no diário do turno</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="76"/>
        <source>push a silence&apos;s end further, keeping its ID</source>
        <translation>adia o fim de um silenciamento, mantendo o ID dele</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/escalate.py" line="48"/>
        <source>record that the level the alert was escalated to (or --level) answered: the tray stops reminding that its answer is overdue; prints no message</source>
        <translation>registra que o nível para o qual o alerta foi escalado (ou --level) respondeu: a bandeja para de lembrar que a resposta está atrasada; não imprime mensagem</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="96"/>
        <source>record the end of the shift (hand it over)</source>
        <translation>registra o fim do turno (faz a passagem de plantão)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="81"/>
        <source>record the start of the shift</source>
        <translation>registra o início do turno</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/logout.py" line="18"/>
        <source>remove the Alertmanager&apos;s password and token from the system keyring</source>
        <translation>remove a senha e o token do Alertmanager do chaveiro do sistema</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli.py" line="62"/>
        <source>settings file (default: the user config folder)</source>
        <translation>arquivo de configurações (padrão: a pasta de configuração do usuário)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="51"/>
        <source>silence the alerts that match; prints the silence ID</source>
        <translation>silencia os alertas que casam; mostra o ID do silenciamento</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/demo_cmd.py" line="20"/>
        <source>start a local Alertmanager with the on-call guide&apos;s alerts (and a Prometheus with some history, when installed) and the tray</source>
        <translation>inicia um Alertmanager local com os alertas do guia de plantão (e um Prometheus com algum histórico, quando instalado) e a bandeja</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/cli.py" line="45"/>
        <source>start the tray (the default)</source>
        <translation>inicia a bandeja (o padrão)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/autostart_cmd.py" line="17"/>
        <source>start the tray when you log in: on, off, or show the status</source>
        <translation>inicia a bandeja quando você entra na sessão: on, off, ou mostra a situação</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/login.py" line="30"/>
        <source>store the Alertmanager&apos;s password or token in the system keyring</source>
        <translation>guarda a senha ou o token do Alertmanager no chaveiro do sistema</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/escalate.py" line="40"/>
        <location filename="../../desktop/oncall_tray/commands/trend.py" line="31"/>
        <source>the alert&apos;s fingerprint (as `status` shows it), or a unique prefix</source>
        <translation>o fingerprint do alerta (como o `status` mostra), ou um prefixo único</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/ack.py" line="33"/>
        <source>the alert&apos;s fingerprint (oncall-tray status), or its first %1+ characters</source>
        <translation>o fingerprint do alerta (oncall-tray status), ou os %1+ primeiros caracteres dele</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="102"/>
        <source>the alert&apos;s fingerprint, or a unique prefix</source>
        <translation>o fingerprint do alerta, ou um prefixo único</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="105"/>
        <source>the handoff&apos;s ID (as the list shows it)</source>
        <translation>o ID da passagem de plantão (como a lista mostra)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="97"/>
        <source>the incoming on-call engineer</source>
        <translation>o plantonista que entra</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="103"/>
        <source>the note</source>
        <translation>a nota</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="68"/>
        <source>the on-call guide&apos;s shift start and end checklists, and the shift journal</source>
        <translation>os checklists de início e fim de turno do guia de plantão, e o diário do turno</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="88"/>
        <source>the shift end (handoff) report</source>
        <translation>o relatório de fim de turno (passagem de plantão)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="76"/>
        <source>the shift start checklist</source>
        <translation>o checklist de início de turno</translation>
    </message>
    <message>
        <source>the silence ID (oncall-tray silence list)</source>
        <translation type="vanished">o ID do silence (oncall-tray silence list)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="70"/>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="77"/>
        <source>the silence ID or its first 8 or more characters (oncall-tray silence list)</source>
        <translation>o ID do silenciamento ou os seus 8 ou mais primeiros caracteres (oncall-tray silence list)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/escalate.py" line="46"/>
        <source>what was already tried (repeat for several)</source>
        <translation>o que já foi tentado (repita para vários)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/config_cmd.py" line="17"/>
        <source>where the settings are, write an example, check them</source>
        <translation>onde ficam as configurações, grava um exemplo, verifica-as</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/ack.py" line="39"/>
        <source>who acknowledges (default: the engineer of the open shift, else the engineer setting)</source>
        <translation>quem reconhece (padrão: o plantonista do turno aberto, senão a configuração engineer)</translation>
    </message>
    <message>
        <source>who acknowledges (default: the engineer setting)</source>
        <translation type="vanished">quem reconhece (padrão: a configuração engineer)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="61"/>
        <source>who silences (default: the engineer of the open shift, else the engineer setting)</source>
        <translation>quem silencia (padrão: o plantonista do turno aberto, senão a configuração engineer)</translation>
    </message>
    <message>
        <source>who silences (default: the engineer setting)</source>
        <translation type="vanished">quem silencia (padrão: a configuração engineer)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="83"/>
        <source>who takes over (default: the name in the Take over the shift window: the one typed there, else the incoming engineer of a handoff made here within the hour, else the settings&apos; engineer; a name emptied there must be given)</source>
        <translation>quem assume (padrão: o nome da janela Assumir turno: o digitado lá, senão o plantonista que entra de uma passagem de turno feita aqui na última hora, senão o engineer das configurações; um nome apagado lá precisa ser informado)</translation>
    </message>
    <message>
        <source>who takes over (default: the settings&apos; engineer)</source>
        <translation type="vanished">quem assume (padrão: o engineer das configurações)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/ack.py" line="35"/>
        <source>why (default: ACK! investigando — &lt;engineer&gt;)</source>
        <translation>por quê (padrão: ACK! investigando — &lt;engineer&gt;)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="60"/>
        <source>why (required)</source>
        <translation>por quê (obrigatório)</translation>
    </message>
</context>
<context>
    <name>cluster_state</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_test_result.py" line="19"/>
        <source>disabled</source>
        <translation>desativado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_test_result.py" line="17"/>
        <source>ready</source>
        <translation>pronto</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_test_result.py" line="18"/>
        <source>settling</source>
        <translation>estabilizando</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/crash.py" line="110"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/crash.py" line="93"/>
        <source>Copy details</source>
        <translation>Copiar detalhes</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/crash.py" line="97"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/crash.py" line="96"/>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/crash.py" line="83"/>
        <source>The log file: %1</source>
        <translation>O arquivo de log: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/crash.py" line="80"/>
        <source>oncall-tray met an unexpected error and stopped: Alertmanager is not being watched. Restart it, and send the details below to the developers.</source>
        <translation>O oncall-tray encontrou um erro inesperado e parou: o Alertmanager não está sendo vigiado. Reinicie-o e envie os detalhes abaixo aos desenvolvedores.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/crash.py" line="75"/>
        <source>oncall-tray stopped</source>
        <translation>O oncall-tray parou</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../../desktop/oncall_tray/core/dashboards.py" line="45"/>
        <source>%1, also %2</source>
        <translation>%1, também %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/dashboards.py" line="36"/>
        <source>answers</source>
        <translation>responde</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/dashboards.py" line="38"/>
        <source>needs credentials</source>
        <translation>pede credenciais</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/dashboards.py" line="41"/>
        <source>no answer</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/dashboards.py" line="40"/>
        <source>unexpected answer</source>
        <translation>resposta inesperada</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/demo_marks.py" line="35"/>
        <source>Demo — not your shift</source>
        <translation>Demonstração — não é o seu turno</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/demo_marks.py" line="49"/>
        <source>The demo&apos;s own copy of your settings, gone when it quits (your own settings file is not changed):
%1</source>
        <translation>Uma cópia das suas configurações, só da demonstração e apagada quando ela fecha (o seu arquivo de configurações não é alterado):
%1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/demo_marks.py" line="29"/>
        <source>[Demo] %1</source>
        <translation>[Demonstração] %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/demo_marks.py" line="40"/>
        <source>oncall-tray demo: made-up alerts, not your shift</source>
        <translation>demonstração do oncall-tray: alertas inventados, não os do seu turno</translation>
    </message>
</context>
<context>
    <name>details</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="118"/>
        <source>Annotations</source>
        <translation>Anotações</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="100"/>
        <source>Dashboard (Grafana)</source>
        <translation>Dashboard (Grafana)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="102"/>
        <source>Expression in Prometheus</source>
        <translation>Expressão no Prometheus</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="85"/>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="116"/>
        <source>Labels</source>
        <translation>Rótulos (labels)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="99"/>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="142"/>
        <source>Select an alert to see its details.</source>
        <translation>Selecione um alerta para ver os detalhes.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="106"/>
        <source>Silenced by %1 until %2</source>
        <translation>Silenciado por %1 até %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="106"/>
        <source>Silenced by %1, ended at %2</source>
        <translation>Silenciado por %1, terminou às %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="83"/>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="83"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="109"/>
        <source>Will be silenced by %1 from %3 until %2</source>
        <translation>Será silenciado por %1 das %3 até %2</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="102"/>
        <source> (at %1)</source>
        <translation> (em %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="122"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="51"/>
        <source>&apos;!&apos; cannot be at the end</source>
        <translation>&apos;!&apos; não pode estar no fim</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="101"/>
        <source>&apos;%1&apos; is not a valid label to group by</source>
        <translation>&apos;%1&apos; não é um rótulo válido para agrupar</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="84"/>
        <source>@ given more than once</source>
        <translation>@ dado mais de uma vez</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="107"/>
        <source>@ is not allowed before a range</source>
        <translation>@ não é permitido antes de um intervalo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="105"/>
        <source>@ must follow a selector or a subquery</source>
        <translation>@ deve vir depois de um seletor ou de uma subconsulta</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="33"/>
        <source>Alertmanager asked to slow down (rate limited)</source>
        <translation>o Alertmanager pediu para diminuir o ritmo (limite de requisições)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="176"/>
        <source>Alerts left out, unreadable: %1 — %2</source>
        <translation>Alertas deixados de fora, ilegíveis: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="61"/>
        <source>CA bundle is not a readable PEM file of certificates</source>
        <translation>o pacote de CAs não é um arquivo PEM de certificados legível</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="60"/>
        <source>CA bundle not found</source>
        <translation>pacote de CAs não encontrado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="37"/>
        <source>JSON of the wrong shape</source>
        <translation>JSON com formato errado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="175"/>
        <source>Silences left out, unreadable: %1 — %2</source>
        <translation>Silenciamentos deixados de fora, ilegíveis: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="24"/>
        <source>TLS error</source>
        <translation>erro de TLS</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="86"/>
        <source>a comma after a function&apos;s last argument</source>
        <translation>uma vírgula depois do último argumento de uma função</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="73"/>
        <source>a comparison between numbers needs the bool modifier</source>
        <translation>uma comparação entre números precisa do modificador bool</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="46"/>
        <source>a duration is needed before the first colon (:) in brackets</source>
        <translation>falta uma duração antes dos primeiros dois-pontos (:) entre colchetes</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="67"/>
        <source>a duration without its unit</source>
        <translation>uma duração sem a unidade</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="26"/>
        <source>a number</source>
        <translation>um número</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="94"/>
        <source>a number out of range</source>
        <translation>número fora do intervalo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="82"/>
        <source>a range is only allowed after a selector</source>
        <translation>um intervalo só é permitido depois de um seletor</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="25"/>
        <source>a range vector</source>
        <translation>um vetor de intervalo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="81"/>
        <source>a selector needs at least one matcher that is not empty</source>
        <translation>um seletor precisa de ao menos um seletor de rótulo não vazio</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="113"/>
        <source>a sign (+ or -) is only allowed before a number or a vector, not %1</source>
        <translation>um sinal (+ ou -) só é permitido antes de um número ou vetor, não de %1</translation>
    </message>
    <message>
        <source>a sign (+ or -) is only allowed before a number or a vector, not a %1</source>
        <translation type="vanished">um sinal (+ ou -) só é permitido antes de um número ou vetor, não de um %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="26"/>
        <source>a string</source>
        <translation>um texto</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="92"/>
        <source>a subquery is only allowed on an instant vector, got %1</source>
        <translation>uma subconsulta só é permitida sobre um vetor instantâneo, recebeu %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="35"/>
        <source>an HTML page instead of the API&apos;s JSON (a proxy or a login page?)</source>
        <translation>uma página HTML em vez do JSON da API (um proxy ou uma página de login?)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="34"/>
        <source>an HTML page instead of the API&apos;s JSON (not Alertmanager&apos;s API?)</source>
        <translation>uma página HTML em vez do JSON da API (não é a API do Alertmanager?)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="95"/>
        <source>an aggregation operator is needed, got &apos;%1&apos;</source>
        <translation>falta um operador de agregação, recebeu &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="24"/>
        <source>an instant vector</source>
        <translation>um vetor instantâneo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="91"/>
        <source>an invalid character at byte %1</source>
        <translation>um caractere inválido no byte %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="93"/>
        <source>an invalid date and time (RFC 3339)</source>
        <translation>data e hora inválidas (RFC 3339)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="101"/>
        <source>an object lacks the field %1</source>
        <translation>falta o campo %1 num objeto</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="71"/>
        <source>an operator&apos;s operands must be numbers or instant vectors</source>
        <translation>os operandos de um operador devem ser números ou vetores instantâneos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="108"/>
        <source>array</source>
        <translation>lista</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="77"/>
        <source>bad repetition operator</source>
        <translation>operador de repetição inválido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="112"/>
        <source>bool</source>
        <translation>booleano</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="77"/>
        <source>bool can only modify a comparison</source>
        <translation>bool só pode modificar uma comparação</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="20"/>
        <source>cannot connect</source>
        <translation>não foi possível conectar</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="22"/>
        <source>connection lost</source>
        <translation>conexão perdida</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="18"/>
        <source>connection refused</source>
        <translation>conexão recusada</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="26"/>
        <source>credentials needed</source>
        <translation>credenciais necessárias</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="27"/>
        <source>credentials refused</source>
        <translation>credenciais recusadas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="114"/>
        <source>datetime</source>
        <translation>data e hora</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="49"/>
        <source>escape sequence not terminated</source>
        <translation>sequência de escape não terminada</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="99"/>
        <source>expected %1, got %2</source>
        <translation>esperado %1, veio %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="98"/>
        <source>expected a list of %1 items</source>
        <translation>esperado uma lista de %1 itens</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="97"/>
        <source>expected a list of %1 items, got %2</source>
        <translation>esperado uma lista de %1 itens, veio %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="98"/>
        <source>fill needs a number</source>
        <translation>fill precisa de um número</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="111"/>
        <source>float</source>
        <translation>número</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="100"/>
        <source>group_left and group_right are not allowed with &apos;%1&apos;</source>
        <translation>group_left e group_right não são permitidos com &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="58"/>
        <source>handshake failed</source>
        <translation>o handshake falhou</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="19"/>
        <source>host name not found</source>
        <translation>nome de host não encontrado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="110"/>
        <source>int</source>
        <translation>inteiro</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="80"/>
        <source>invalid UTF-8</source>
        <translation>UTF-8 inválido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="73"/>
        <source>invalid character class</source>
        <translation>classe de caracteres inválida</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="74"/>
        <source>invalid character class range</source>
        <translation>intervalo inválido na classe de caracteres</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="72"/>
        <source>invalid escape sequence</source>
        <translation>sequência de escape inválida</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="62"/>
        <source>invalid label matcher: expected =, !=, =~ or !~ after &apos;%1&apos;</source>
        <translation>seletor de rótulo inválido: esperado =, !=, =~ ou !~ depois de &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="78"/>
        <source>invalid named capture group</source>
        <translation>grupo de captura nomeado inválido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="79"/>
        <source>invalid perl operator</source>
        <translation>operador perl inválido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="75"/>
        <source>invalid repetition size</source>
        <translation>tamanho de repetição inválido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="68"/>
        <source>missing )</source>
        <translation>falta um )</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="69"/>
        <source>missing ]</source>
        <translation>falta um ]</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="95"/>
        <source>nested too deep</source>
        <translation>aninhado fundo demais</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="25"/>
        <source>no answer in time</source>
        <translation>sem resposta a tempo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="76"/>
        <source>no argument for repetition operator</source>
        <translation>operador de repetição sem argumento</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="52"/>
        <source>no expression found</source>
        <translation>nenhuma expressão encontrada</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="53"/>
        <source>not a PromQL query</source>
        <translation>não é uma consulta PromQL</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="68"/>
        <source>not a number or duration: %1</source>
        <translation>não é um número nem uma duração: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="93"/>
        <source>not a valid regular expression: %1</source>
        <translation>não é uma expressão regular válida: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="31"/>
        <source>not found</source>
        <translation>não encontrado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="29"/>
        <source>not found (no Alertmanager API at this address?)</source>
        <translation>não encontrado (não há API do Alertmanager neste endereço?)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="30"/>
        <source>not found (no Prometheus API at this address?)</source>
        <translation>não encontrado (nenhuma API do Prometheus neste endereço?)</translation>
    </message>
    <message>
        <source>not the API&apos;s JSON</source>
        <translation type="vanished">não é o JSON da API</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="36"/>
        <source>not valid JSON</source>
        <translation>JSON inválido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="63"/>
        <source>not valid PromQL</source>
        <translation>PromQL inválido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="113"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="107"/>
        <source>object</source>
        <translation>objeto</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="83"/>
        <source>offset given more than once</source>
        <translation>offset dado mais de uma vez</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="106"/>
        <source>offset is not allowed before a range</source>
        <translation>offset não é permitido antes de um intervalo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="103"/>
        <source>offset must follow a selector or a subquery</source>
        <translation>offset deve vir depois de um seletor ou de uma subconsulta</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="41"/>
        <source>redirected away from the API (a proxy&apos;s sign-in page?)</source>
        <translation>redirecionado para fora da API (a página de login de um proxy?)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="43"/>
        <source>redirected to another path of the API at the same address (a proxy&apos;s or server&apos;s rule?)</source>
        <translation>redirecionado para outro caminho da API no mesmo endereço (uma regra do proxy ou do servidor?)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="42"/>
        <source>redirected to itself</source>
        <translation>redirecionado para si mesmo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="40"/>
        <source>redirected; put the address it points to in the settings</source>
        <translation>redirecionado; coloque nas configurações o endereço para onde ele aponta</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="32"/>
        <source>refused by Alertmanager</source>
        <translation>recusado pelo Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="28"/>
        <source>server error</source>
        <translation>erro do servidor</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="109"/>
        <source>str</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="90"/>
        <source>the aggregation needs %1, got %2</source>
        <translation>a agregação precisa de %1, recebeu %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="89"/>
        <source>the answer ends in the middle</source>
        <translation>a resposta termina no meio</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="49"/>
        <source>the certificate has expired</source>
        <translation>o certificado expirou</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="48"/>
        <source>the certificate is not for this host name</source>
        <translation>o certificado não é deste nome de host</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="53"/>
        <source>the certificate is not signed by a CA of the system or of the ca_bundle file (is its CA in that file?)</source>
        <translation>o certificado não é assinado por uma CA do sistema nem do arquivo ca_bundle (a CA dele está nesse arquivo?)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="51"/>
        <source>the certificate is not signed by a trusted CA (trust its CA with the ca_bundle setting)</source>
        <translation>o certificado não é assinado por uma CA confiável (confie na CA dele com a configuração ca_bundle)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="50"/>
        <source>the certificate is not valid yet</source>
        <translation>o certificado ainda não é válido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="55"/>
        <source>the certificate was rejected</source>
        <translation>o certificado foi recusado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="69"/>
        <source>the duration must be greater than 0</source>
        <translation>a duração deve ser maior que 0</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="66"/>
        <source>the expression ends after @: a time is needed</source>
        <translation>a expressão termina depois de @: falta um instante</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="64"/>
        <source>the expression ends after offset: a duration is needed</source>
        <translation>a expressão termina depois de offset: falta uma duração</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="43"/>
        <source>the expression ends inside braces</source>
        <translation>a expressão termina dentro de chaves</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="44"/>
        <source>the expression ends inside brackets</source>
        <translation>a expressão termina dentro de colchetes</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="64"/>
        <source>the expression is a constant, not a series</source>
        <translation>a expressão é uma constante, não uma série</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="65"/>
        <source>the expression is too long or nested too deep to plot</source>
        <translation>a expressão é longa ou aninhada demais para ser desenhada</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="88"/>
        <source>the function &apos;%2&apos; needs %1, got %3</source>
        <translation>a função &apos;%2&apos; precisa de %1, recebeu %3</translation>
    </message>
    <message>
        <source>the function &apos;%2&apos; needs a %1, got a %3</source>
        <translation type="vanished">a função &apos;%2&apos; precisa de um %1, recebeu um %3</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="109"/>
        <source>the function &apos;%2&apos; takes %1 argument(s), got %3</source>
        <translation>a função &apos;%2&apos; recebe %1 argumento(s), recebeu %3</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="115"/>
        <source>the metric name is given twice: &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>o nome da métrica é dado duas vezes: &apos;%1&apos; e &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="45"/>
        <source>the proxy asks for credentials (HTTP_PROXY, HTTPS_PROXY or the system&apos;s proxy settings; NO_PROXY bypasses it)</source>
        <translation>o proxy pede credenciais (HTTP_PROXY, HTTPS_PROXY ou as configurações de proxy do sistema; NO_PROXY o contorna)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="23"/>
        <source>the proxy does not answer (HTTP_PROXY, HTTPS_PROXY or the system&apos;s proxy settings)</source>
        <translation>o proxy não responde (HTTP_PROXY, HTTPS_PROXY ou as configurações de proxy do sistema)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="21"/>
        <source>the request cannot be sent</source>
        <translation>a requisição não pode ser enviada</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="38"/>
        <source>the same fingerprint as another alert of the answer</source>
        <translation>a mesma fingerprint de outro alerta da resposta</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="56"/>
        <source>the server does not speak TLS on this port (an http:// address?)</source>
        <translation>o servidor não fala TLS nesta porta (um endereço http://?)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="57"/>
        <source>the server speaks TLS on this port (an https:// address?)</source>
        <translation>o servidor fala TLS nesta porta (um endereço https://?)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="75"/>
        <source>the set operator &apos;%1&apos; is not allowed with a number</source>
        <translation>o operador de conjunto &apos;%1&apos; não é permitido com um número</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="37"/>
        <source>too many left parentheses</source>
        <translation>parênteses abertos demais</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="71"/>
        <source>trailing \</source>
        <translation>\ no fim</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="36"/>
        <source>unclosed left parenthesis</source>
        <translation>parêntese aberto e não fechado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="97"/>
        <source>unexpected %1: it needs on(…) or ignoring(…) before it</source>
        <translation>%1 inesperado: precisa de on(…) ou ignoring(…) antes</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="60"/>
        <source>unexpected &apos;%1&apos; in a label matcher, expected a quoted string</source>
        <translation>&apos;%1&apos; inesperado num seletor de rótulo; esperado um texto entre aspas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="41"/>
        <source>unexpected &apos;%1&apos; inside braces</source>
        <translation>&apos;%1&apos; inesperado entre chaves</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="42"/>
        <source>unexpected &apos;%1&apos; inside brackets</source>
        <translation>&apos;%1&apos; inesperado entre colchetes</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="58"/>
        <source>unexpected &apos;,&apos; in a label matcher, expected a label name or &apos;}&apos;</source>
        <translation>&apos;,&apos; inesperada num seletor de rótulo; esperado um nome de rótulo ou &apos;}&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="70"/>
        <source>unexpected )</source>
        <translation>) inesperado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/reasons.py" line="39"/>
        <source>unexpected answer</source>
        <translation>resposta inesperada</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="30"/>
        <source>unexpected character after &apos;%1&apos; inside braces: &apos;%2&apos;</source>
        <translation>caractere inesperado depois de &apos;%1&apos; entre chaves: &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="31"/>
        <source>unexpected character after &apos;%1&apos;: &apos;%2&apos;</source>
        <translation>caractere inesperado depois de &apos;%1&apos;: &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="32"/>
        <source>unexpected character inside braces: &apos;%1&apos;</source>
        <translation>caractere inesperado entre chaves: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="34"/>
        <source>unexpected character inside brackets: &apos;%1&apos;</source>
        <translation>caractere inesperado entre colchetes: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="35"/>
        <source>unexpected character: %1</source>
        <translation>caractere inesperado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="56"/>
        <source>unexpected name &apos;%1&apos; in a label matcher, expected a quoted string</source>
        <translation>nome &apos;%1&apos; inesperado num seletor de rótulo; esperado um texto entre aspas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="39"/>
        <source>unexpected right brace &apos;}&apos;</source>
        <translation>chave &apos;}&apos; inesperada</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="40"/>
        <source>unexpected right bracket &apos;]&apos;</source>
        <translation>colchete &apos;]&apos; inesperado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="38"/>
        <source>unexpected right parenthesis &apos;)&apos;</source>
        <translation>parêntese &apos;)&apos; inesperado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="47"/>
        <source>unexpected second colon (:) in brackets</source>
        <translation>segundos dois-pontos (:) inesperados entre colchetes</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="50"/>
        <source>unknown escape sequence &apos;%1&apos;</source>
        <translation>sequência de escape desconhecida &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="54"/>
        <source>unknown function &apos;%1&apos;</source>
        <translation>função desconhecida &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="48"/>
        <source>unterminated quoted string %1</source>
        <translation>texto entre aspas não terminado %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="79"/>
        <source>vector matching is only allowed between vectors</source>
        <translation>a correspondência de vetores só é permitida entre vetores</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/promql_reasons.py" line="111"/>
        <source>wrong number of arguments for the aggregation: expected %1, got %2</source>
        <translation>número errado de argumentos para a agregação: esperado %1, recebido %2</translation>
    </message>
</context>
<context>
    <name>escalation</name>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="359"/>
        <source>%1 answered at %2</source>
        <translation>%1 respondeu às %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="vanished">%1 min</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="60"/>
        <source>%1 resolution overdue since %2</source>
        <translation>resolução do %1 atrasada desde %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="372"/>
        <source>%1&apos;s answer was not recorded: the alert was not escalated; record the escalation first.</source>
        <translation>A resposta do %1 não foi registrada: o alerta não foi escalado; registre a escalação primeiro.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="374"/>
        <source>%1&apos;s answer was not recorded: the alert&apos;s latest escalation is not to %1.</source>
        <translation>A resposta do %1 não foi registrada: a última escalação do alerta não foi para o %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="370"/>
        <source>%1&apos;s answer was recorded already.</source>
        <translation>A resposta do %1 já estava registrada.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="347"/>
        <source>Acknowledged at %1</source>
        <translation>Reconhecido às %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="353"/>
        <source>Acknowledgement ended at %1</source>
        <translation>Reconhecimento terminou às %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="189"/>
        <source>Alert:</source>
        <translation>Alerta:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="202"/>
        <source>Already Tried:</source>
        <translation>Já Tentado:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="225"/>
        <source>Context:</source>
        <translation>Contexto:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="193"/>
        <source>Duration:</source>
        <translation>Duração:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="185"/>
        <source>ESCALATION TO %1</source>
        <translation>ESCALAÇÃO PARA %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="356"/>
        <source>Escalated to %1 at %2</source>
        <translation>Escalado para %1 às %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="208"/>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="285"/>
        <source>Impact:</source>
        <translation>Impacto:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="205"/>
        <source>Instance:</source>
        <translation>Instância:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="102"/>
        <source>Investigating %1</source>
        <translation>Investigando %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="205"/>
        <source>Service:</source>
        <translation>Serviço:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="190"/>
        <source>Severity:</source>
        <translation>Severidade:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="191"/>
        <source>Start:</source>
        <translation>Início:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="199"/>
        <source>Symptoms:</source>
        <translation>Sintomas:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="188"/>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="198"/>
        <source>Trend: %1</source>
        <translation>Tendência: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="201"/>
        <source>[Actions taken]</source>
        <translation>[Ações realizadas]</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="204"/>
        <source>[Features compromised]</source>
        <translation>[Funcionalidades comprometidas]</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="211"/>
        <source>[Grafana link]</source>
        <translation>[Link Grafana]</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="204"/>
        <source>[How many customers are affected]</source>
        <translation>[Quantos clientes afetados]</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="196"/>
        <source>[What is happening]</source>
        <translation>[O que está acontecendo]</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="57"/>
        <source>escalated to %1</source>
        <translation>escalado para %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="57"/>
        <source>escalated to %1 (answered)</source>
        <translation>escalado para %1 (respondeu)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="63"/>
        <source>escalation due: %1</source>
        <translation>hora de escalar para %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="62"/>
        <source>escalation due: %1 (Escalate…)</source>
        <translation>hora de escalar para %1 (Escalar…)</translation>
    </message>
</context>
<context>
    <name>escalation_dialog</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_journal.py" line="82"/>
        <source>A message saved earlier for this alert is in the shift journal and not shown here; what you type here is kept while the tray runs, not saved over it.</source>
        <translation>Uma mensagem salva antes para este alerta está no diário do turno e não é mostrada aqui; o que você digitar aqui é mantido enquanto a bandeja estiver aberta, sem ser salvo por cima dela.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="139"/>
        <source>Also record in the shift journal that the alert was escalated to this level: its escalation is not asked for again</source>
        <translation>Registrar também no diário do turno que o alerta foi escalado para este nível: sua escalação não é pedida de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="302"/>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="315"/>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="326"/>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="336"/>
        <source>Copied to the clipboard: paste it in Slack.</source>
        <translation>Copiado para a área de transferência: cole no Slack.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="342"/>
        <source>Copied to the clipboard: paste it in Slack. Recorded as escalated to %1.</source>
        <translation>Copiado para a área de transferência: cole no Slack. Registrado como escalado para %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="138"/>
        <source>Copy and record as escalated</source>
        <translation>Copiar e registrar como escalado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="137"/>
        <source>Copy as Markdown</source>
        <translation>Copiar como Markdown</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="142"/>
        <source>Edit freely; the copy takes the text as it is.</source>
        <translation>Edite à vontade; a cópia leva o texto como está.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="136"/>
        <source>Escalate %1</source>
        <translation>Escalar %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="141"/>
        <source>Escalate to</source>
        <translation>Escalar para</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="173"/>
        <source>Escalated to %1 already: a message to %2 is not recorded.</source>
        <translation>Já escalado para %1: uma mensagem para %2 não é registrada.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="175"/>
        <source>Escalated to %1 already: this message is a reminder to %1.</source>
        <translation>Já escalado para %1: esta mensagem é um lembrete ao %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="343"/>
        <source>Escalated to %1 or higher already: not recorded again.</source>
        <translation>Já escalado para %1 ou acima: não registrado de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_journal.py" line="62"/>
        <source>Not read: %1. “Already Tried” lacks the notes on this alert, and a message saved earlier is not shown; what you type here is kept while the tray runs, and saved once the journal can be read.</source>
        <translation>Não lido: %1. “Já Tentado” não traz as notas deste alerta, e uma mensagem salva antes não é mostrada; o que você digitar aqui é mantido enquanto a bandeja estiver aberta, e salvo quando o diário do turno puder ser lido.</translation>
    </message>
    <message>
        <source>Not read: %1. “Already Tried” lacks the notes on this alert, and a message saved earlier is not shown; what you type here is not saved.</source>
        <translation type="vanished">Não lido: %1. “Já Tentado” não traz as notas deste alerta, e uma mensagem salva antes não é mostrada; o que você digitar aqui não é salvo.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="326"/>
        <source>Not recorded yet: %1. Still trying; this says when it is recorded.</source>
        <translation>Ainda não registrado: %1. Tentando de novo; aqui se diz quando for registrado.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="339"/>
        <source>Not recorded: %1</source>
        <translation>Não registrado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="316"/>
        <source>Recording it in the shift journal…</source>
        <translation>Registrando no diário do turno…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_journal.py" line="42"/>
        <source>Show the text typed while the journal could not be read in place of the journal&apos;s, and save it there</source>
        <translation>Mostrar o texto digitado enquanto o diário não podia ser lido no lugar do texto do diário, e salvá-lo lá</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="179"/>
        <source>The SLA asks for %2 from %3; to escalate now, choose %2.</source>
        <translation>O SLA pede o %2 a partir de %3; para escalar agora, escolha %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_journal.py" line="115"/>
        <source>The shift journal holds a message saved earlier for this alert: shown here. What you typed while the journal could not be read is kept while the tray runs, not saved over it.</source>
        <translation>O diário do turno tem uma mensagem salva antes para este alerta: é a mostrada aqui. O que você digitou enquanto o diário não podia ser lido está guardado enquanto a bandeja roda, sem ser salvo por cima dela.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="182"/>
        <source>To escalate to %2 now, choose %2.</source>
        <translation>Para escalar para o %2 agora, escolha %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_journal.py" line="41"/>
        <source>Use what I typed</source>
        <translation>Usar o que digitei</translation>
    </message>
</context>
<context>
    <name>filter_box</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/filter_box.py" line="24"/>
        <source>%1 has no value after the operator (write %2 to match an empty value)</source>
        <translation>%1 não tem valor depois do operador (escreva %2 para um valor vazio)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/filter_box.py" line="107"/>
        <source>%1 of %2 shown</source>
        <translation>Mostrando %1 de %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/filter_box.py" line="61"/>
        <source>Filter: text, or matchers such as severity=&quot;critical&quot;, instance=~&quot;.*backend.*&quot;</source>
        <translation>Filtro: texto, ou matchers como severity=&quot;critical&quot;, instance=~&quot;.*backend.*&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/filter_box.py" line="31"/>
        <source>Invalid filter, showing all alerts: %1</source>
        <translation>Filtro inválido, exibindo todos os alertas: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/filter_box.py" line="36"/>
        <source>No alert matches the filter.</source>
        <translation>Nenhum alerta corresponde ao filtro.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/filter_box.py" line="39"/>
        <source>Regular expressions match the whole value: use %1 to match part of it.</source>
        <translation>Expressões regulares correspondem ao valor inteiro: use %1 para corresponder a parte dele.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/filter_box.py" line="27"/>
        <source>a quote is not closed in %1</source>
        <translation>há aspas não fechadas em %1</translation>
    </message>
</context>
<context>
    <name>handoff</name>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_folded.py" line="104"/>
        <source>%1 (and %2 others)</source>
        <translation>%1 (e %2 outros)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="279"/>
        <source>%1 (by %2, %3)</source>
        <translation>%1 (de %2, %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/carried.py" line="81"/>
        <source>%1 (from %2&apos;s handoff)</source>
        <translation>%1 (do handoff de %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="107"/>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="141"/>
        <source>%1 answered at %2</source>
        <translation>%1 respondeu às %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_noticed.py" line="53"/>
        <source>%1 fired %2 times during the shift (flapping)</source>
        <translation>%1 disparou %2 vezes durante o turno (oscilando)</translation>
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
        <translation>mais %1 alertas disparando, sem reconhecimento: veja o Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_unknown.py" line="125"/>
        <source>%1: Alertmanager %2 does not answer</source>
        <translation>%1: o Alertmanager %2 não responde</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="269"/>
        <location filename="../../desktop/oncall_tray/core/local_times.py" line="26"/>
        <source>%Y-%m-%d</source>
        <translation>%d/%m/%Y</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/local_times.py" line="35"/>
        <source>%Y-%m-%d %H:%M</source>
        <translation>%d/%m/%Y %H:%M</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/local_times.py" line="28"/>
        <source>%m-%d</source>
        <translation>%d/%m</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="252"/>
        <source>(and %1 already firing when the shift began)</source>
        <translation>(e %1 já disparando quando o turno começou)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_live.py" line="237"/>
        <source>(as last seen: Alertmanager unreachable)</source>
        <translation>(como visto por último: Alertmanager inacessível)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_live.py" line="236"/>
        <source>(as last seen: credentials needed)</source>
        <translation>(como visto por último: credenciais necessárias)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="177"/>
        <source>(its answer was due by %1)</source>
        <translation>(a resposta era esperada até %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="174"/>
        <source>(its answer was due by %1, its resolution by %2)</source>
        <translation>(a resposta era esperada até %1, a resolução até %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="172"/>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="179"/>
        <source>(its resolution was due by %1)</source>
        <translation>(a resolução era esperada até %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="170"/>
        <source>, answered at %1</source>
        <translation>, respondido às %1</translation>
    </message>
    <message>
        <source>1 more alert firing, not acknowledged: see Alertmanager</source>
        <translation type="vanished">mais 1 alerta disparando, sem reconhecimento: veja o Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="205"/>
        <source>Acknowledge %1 (%2, firing since %3, muted by %5&apos;s silence until %4, not acknowledged)</source>
        <translation>Reconhecer %1 (%2, disparando desde %3, silenciado por %5 até %4, sem reconhecimento)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="210"/>
        <source>Acknowledge %1 (%2, firing since %3, muted by a silence of more than it until %4, not acknowledged)</source>
        <translation>Reconhecer %1 (%2, disparando desde %3, silenciado por um silenciamento de mais alertas até %4, sem reconhecimento)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="217"/>
        <source>Acknowledge %1 (%2, firing since %3, not acknowledged)</source>
        <translation>Reconhecer %1 (%2, disparando desde %3, sem reconhecimento)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="206"/>
        <source>Acknowledge %1 (%2, muted by %5&apos;s silence until %4, not acknowledged)</source>
        <translation>Reconhecer %1 (%2, silenciado por %5 até %4, sem reconhecimento)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="212"/>
        <source>Acknowledge %1 (%2, muted by a silence of more than it until %4, not acknowledged)</source>
        <translation>Reconhecer %1 (%2, silenciado por um silenciamento de mais alertas até %4, sem reconhecimento)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="218"/>
        <source>Acknowledge %1 (%2, not acknowledged)</source>
        <translation>Reconhecer %1 (%2, sem reconhecimento)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="197"/>
        <source>Active Alerts</source>
        <translation>Alertas Ativos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="322"/>
        <source>Active Silences</source>
        <translation>Silenciamentos Ativos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_noticed.py" line="120"/>
        <source>Alertmanager %1 did not answer for under a minute at %2 (%4); the other members answered</source>
        <translation>Alertmanager %1 sem resposta por menos de um minuto às %2 (%4); os outros membros responderam</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_noticed.py" line="118"/>
        <source>Alertmanager %1 did not answer from %2 to %3 (%4); the other members answered</source>
        <translation>Alertmanager %1 sem resposta de %2 a %3 (%4); os outros membros responderam</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_noticed.py" line="114"/>
        <source>Alertmanager %1 did not answer since %2 (%3), still at the handoff; the other members answered</source>
        <translation>Alertmanager %1 sem resposta desde %2 (%3), ainda na passagem de turno; os outros membros responderam</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_unknown.py" line="161"/>
        <source>Alertmanager %1 does not answer: the alerts only it holds are listed as last seen; any it received since are unknown</source>
        <translation>O Alertmanager %1 não responde: os alertas que só ele tem estão listados como vistos por último; os que ele recebeu depois são desconhecidos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_unknown.py" line="165"/>
        <source>Alertmanager %1 does not answer; the others hold every alert it held when last seen; any it received since are unknown</source>
        <translation>O Alertmanager %1 não responde; os outros têm todos os alertas que ele tinha quando visto por último; os que ele recebeu depois são desconhecidos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_noticed.py" line="190"/>
        <source>Alertmanager %1 not watched for under a minute at %2 (another one was watched): alerts of that time may have gone unseen</source>
        <translation>Alertmanager %1 não acompanhado por menos de um minuto às %2 (outro estava sendo acompanhado): alertas desse período podem ter passado despercebidos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_noticed.py" line="188"/>
        <source>Alertmanager %1 not watched from %2 to %3 (another one was watched): alerts of that time may have gone unseen</source>
        <translation>Alertmanager %1 não acompanhado das %2 às %3 (outro estava sendo acompanhado): alertas desse período podem ter passado despercebidos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_noticed.py" line="173"/>
        <source>Alertmanager %1 not watched since %2 (another one is watched), still at the handoff</source>
        <translation>Alertmanager %1 não acompanhado desde %2 (outro está sendo acompanhado), ainda na passagem de turno</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_noticed.py" line="124"/>
        <source>Alertmanager %1 restarted at %2: it lists its alerts again as Prometheus sends them</source>
        <translation>Alertmanager %1 reiniciou às %2: ele volta a listar os alertas à medida que o Prometheus os reenvia</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_live.py" line="187"/>
        <source>Alertmanager %1 restarted: the alerts it held before are kept, as the shift journal last saw them, until Prometheus sends them again (within minutes)</source>
        <translation>O Alertmanager %1 reiniciou: os alertas que ele tinha antes são mantidos, como visto por último no diário do turno, até o Prometheus enviá-los de novo (em alguns minutos)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_noticed.py" line="185"/>
        <source>Alertmanager %1 watched with another filter or receiver for under a minute at %2 (%4): alerts outside it may have gone unseen</source>
        <translation>Alertmanager %1 acompanhado com outro filtro ou receiver por menos de um minuto às %2 (%4): alertas fora dele podem ter passado despercebidos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_noticed.py" line="183"/>
        <source>Alertmanager %1 watched with another filter or receiver from %2 to %3 (%4): alerts outside it may have gone unseen</source>
        <translation>Alertmanager %1 acompanhado com outro filtro ou receiver das %2 às %3 (%4): alertas fora dele podem ter passado despercebidos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_noticed.py" line="171"/>
        <source>Alertmanager %1 watched with another filter or receiver since %2 (%3), still at the handoff</source>
        <translation>Alertmanager %1 acompanhado com outro filtro ou receiver desde %2 (%3), ainda na passagem de turno</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_live.py" line="157"/>
        <location filename="../../desktop/oncall_tray/core/handoff_live.py" line="224"/>
        <location filename="../../desktop/oncall_tray/core/handoff_live.py" line="244"/>
        <source>Alertmanager unreachable</source>
        <translation>Alertmanager inacessível</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_noticed.py" line="108"/>
        <source>Alertmanager unreachable for under a minute at %1 (%3): alerts of that time may have gone unseen</source>
        <translation>Alertmanager inacessível por menos de um minuto às %1 (%3): alertas desse período podem ter passado despercebidos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_noticed.py" line="106"/>
        <source>Alertmanager unreachable from %1 to %2 (%3): alerts of that time may have gone unseen</source>
        <translation>Alertmanager inacessível das %1 às %2 (%3): alertas desse período podem ter passado despercebidos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_noticed.py" line="102"/>
        <source>Alertmanager unreachable since %1 (%2), still at the handoff</source>
        <translation>Alertmanager inacessível desde %1 (%2), ainda na passagem de turno</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="202"/>
        <source>Alertmanager unreachable: %1</source>
        <translation>Alertmanager inacessível: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_unknown.py" line="163"/>
        <source>Alertmanagers %1 do not answer: the alerts only they hold are listed as last seen; any they received since are unknown</source>
        <translation>Os Alertmanagers %1 não respondem: os alertas que só eles têm estão listados como vistos por último; os que eles receberam depois são desconhecidos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_unknown.py" line="167"/>
        <source>Alertmanagers %1 do not answer; the others hold every alert they held when last seen; any they received since are unknown</source>
        <translation>Os Alertmanagers %1 não respondem; os outros têm todos os alertas que eles tinham quando vistos por último; os que eles receberam depois são desconhecidos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="298"/>
        <source>Alerts received: %1</source>
        <translation>Alertas recebidos: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="65"/>
        <source>By: %1</source>
        <translation>Por: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="63"/>
        <source>Checked that the dashboards are loading</source>
        <translation>Verifiquei dashboards estão carregando</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="61"/>
        <source>Checked the active silences and their reasons</source>
        <translation>Chequei silenciamentos ativos e motivos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="66"/>
        <source>Confirmed the escalation contacts are available</source>
        <translation>Confirmei contatos de escalação disponíveis</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="297"/>
        <source>Duration: %1</source>
        <translation>Duração: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="62"/>
        <source>Expires at %1</source>
        <translation>Expira em %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_noticed.py" line="69"/>
        <source>Fired and resolved on their own: %1</source>
        <translation>Dispararam e se resolveram sozinhos: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_noticed.py" line="77"/>
        <source>Firing when the shift began, resolved on their own: %1</source>
        <translation>Já disparavam quando o turno começou e se resolveram sozinhos: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="135"/>
        <source>Follow up %1 (its Alertmanager is not watched now)</source>
        <translation>Acompanhar %1 (o Alertmanager dele não está sendo acompanhado agora)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="133"/>
        <source>Follow up %1 (not watched now: outside the settings&apos; filter or receiver)</source>
        <translation>Acompanhar %1 (não acompanhado agora: fora do filtro ou do receiver das configurações)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="137"/>
        <source>Follow up %1 (still firing)</source>
        <translation>Acompanhar %1 (ainda disparando)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="145"/>
        <source>Follow up %1 (still firing, no longer silenced: its acknowledgement ended)</source>
        <translation>Acompanhar %1 (ainda disparando, não está mais silenciado: o reconhecimento terminou)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="144"/>
        <source>Follow up %1 (still firing, no longer silenced: its acknowledgement was expired by hand)</source>
        <translation>Acompanhar %1 (ainda disparando, não está mais silenciado: o reconhecimento foi expirado manualmente)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="142"/>
        <source>Follow up %1 (still firing, not acknowledged)</source>
        <translation>Acompanhar %1 (ainda disparando, sem reconhecimento)</translation>
    </message>
    <message>
        <source>Follow up %1 (still firing, not silenced here: acknowledged on an Alertmanager not watched now)</source>
        <translation type="vanished">Acompanhar %1 (ainda disparando, não silenciado aqui: reconhecido em um Alertmanager que não está sendo acompanhado agora)</translation>
    </message>
    <message>
        <source>Follow up %1 (still firing, not silenced here: its silence on %2, not watched now, ended at %3)</source>
        <translation type="vanished">Acompanhar %1 (ainda disparando, não silenciado aqui: o silêncio dele em %2, que não está sendo acompanhado agora, terminou às %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_elsewhere.py" line="86"/>
        <source>Follow up %1 (still firing, not silenced here: its silence on %2, not watched now, was to end at %3 (as last seen there))</source>
        <translation>Acompanhar %1 (ainda disparando, não silenciado aqui: o silêncio dele em %2, que não está sendo acompanhado agora, terminaria às %3 (como visto ali pela última vez))</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_elsewhere.py" line="89"/>
        <source>Follow up %1 (still firing, not silenced here: silenced on %2, not watched now, until %3; whether it still is there is not known)</source>
        <translation>Acompanhar %1 (ainda disparando, não silenciado aqui: silenciado em %2, que não está sendo acompanhado agora, até %3; não se sabe se ainda está silenciado lá)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_elsewhere.py" line="83"/>
        <source>Follow up %1 (still firing, not silenced here: silenced on %2, not watched now; whether it still is there is not known)</source>
        <translation>Acompanhar %1 (ainda disparando, não silenciado aqui: silenciado em %2, que não está sendo acompanhado agora; não se sabe se ainda está silenciado lá)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="295"/>
        <source>Handing Over the Shift - %1</source>
        <translation>Passando Turno - %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="300"/>
        <source>Incidents Handled</source>
        <translation>Incidentes Tratados</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="299"/>
        <source>Incidents: %1</source>
        <translation>Incidentes: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff_draft.py" line="74"/>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="332"/>
        <source>Incoming on-call engineer: %1</source>
        <translation>Plantonista entrando: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="294"/>
        <source>None</source>
        <translation>Nada a registrar</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff_draft.py" line="99"/>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="230"/>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="329"/>
        <source>Observations</source>
        <translation>Observações</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="233"/>
        <source>On-call engineer: %1</source>
        <translation>Plantonista: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="151"/>
        <source>Open</source>
        <translation>Em aberto</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="224"/>
        <source>Open Incidents</source>
        <translation>Incidentes Abertos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="331"/>
        <source>Outgoing on-call engineer: %1</source>
        <translation>Plantonista saindo: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff_draft.py" line="72"/>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="320"/>
        <source>Pending for the Next Shift</source>
        <translation>Pendências para Próximo Turno</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_reminders.py" line="83"/>
        <source>Post-mortem of %1, by %2</source>
        <translation>Preencher o Post-Mortem de %1 até %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_reminders.py" line="82"/>
        <source>Post-mortem review of %1 with the team, by %2</source>
        <translation>Revisar Post-Mortem de %1 com equipe, até %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="65"/>
        <source>Read the previous shift&apos;s handoff notes</source>
        <translation>Li handoff notes do turno anterior</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="62"/>
        <source>Read the threads in #incidents from the last 24h</source>
        <translation>Li threads em #incidents das últimas 24h</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="63"/>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="147"/>
        <source>Resolved</source>
        <translation>Resolvido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="202"/>
        <source>Review %1 on the next business day (%2)</source>
        <translation>Revisar %1 no próximo dia útil (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="201"/>
        <source>Review %1 on the next business day (%2, firing since %3)</source>
        <translation>Revisar %1 no próximo dia útil (%2, disparando desde %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="198"/>
        <source>Review %1: its review is overdue since %4 (%2)</source>
        <translation>Revisar %1: revisão atrasada desde %4 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="197"/>
        <source>Review %1: its review is overdue since %4 (%2, firing since %3)</source>
        <translation>Revisar %1: revisão atrasada desde %4 (%2, disparando desde %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="60"/>
        <source>Reviewed the active alerts in Alertmanager</source>
        <translation>Revisei alertas ativos no Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="296"/>
        <source>Shift Summary</source>
        <translation>Resumo do Turno</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="216"/>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="218"/>
        <source>Silences</source>
        <translation>Silenciamentos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="186"/>
        <source>Taking Over the Shift - %1</source>
        <translation>Assumindo Turno - %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="64"/>
        <source>Tested access to the tools (Grafana, Prometheus, Alertmanager)</source>
        <translation>Testei acesso a ferramentas (Grafana, Prometheus, Alertmanager)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="96"/>
        <source>acknowledged at %1 by %2</source>
        <translation>reconhecido às %1 por %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="145"/>
        <source>acknowledged by %1</source>
        <translation>reconhecido por %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_elsewhere.py" line="80"/>
        <source>another Alertmanager</source>
        <translation>outro Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_live.py" line="210"/>
        <source>as last seen</source>
        <translation>como vistos por último</translation>
    </message>
    <message>
        <source>as last seen (Alertmanager unreachable)</source>
        <translation type="vanished">como vistos por último (Alertmanager inacessível)</translation>
    </message>
    <message>
        <source>as last seen (Alertmanager unreachable: %1)</source>
        <translation type="vanished">como vistos por último (Alertmanager inacessível: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_live.py" line="215"/>
        <source>as last seen at %1, %2 ago</source>
        <translation>como vistos por último às %1, há %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_live.py" line="213"/>
        <source>as last seen at %1, under a minute ago</source>
        <translation>como vistos por último às %1, há menos de um minuto</translation>
    </message>
    <message>
        <source>as last seen: Alertmanager %1 does not answer</source>
        <translation type="vanished">como visto por último: o Alertmanager %1 não responde</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="69"/>
        <source>covers no alert now: expire it?</source>
        <translation>não cobre mais nenhum alerta: expirar?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_live.py" line="244"/>
        <source>credentials needed</source>
        <translation>credenciais necessárias</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="267"/>
        <source>earlier note at %1 by %3: %2</source>
        <translation>nota anterior às %1, de %3: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="269"/>
        <source>earlier note at %1: %2</source>
        <translation>nota anterior às %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="265"/>
        <source>earlier note: %1</source>
        <translation>nota anterior: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="164"/>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="105"/>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="139"/>
        <source>escalated to %1</source>
        <translation>escalado para %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="165"/>
        <source>escalated to %1 at %2</source>
        <translation>escalado para %1 às %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_firing.py" line="112"/>
        <source>escalation to %1 overdue</source>
        <translation>escalação para %1 atrasada</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_noticed.py" line="212"/>
        <source>every alert</source>
        <translation>todos os alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_noticed.py" line="214"/>
        <source>filter %1</source>
        <translation>filtro %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_live.py" line="165"/>
        <source>kept through the restart of %1</source>
        <translation>mantido através do reinício de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="110"/>
        <source>latest note: %1</source>
        <translation>última nota: %1</translation>
    </message>
    <message>
        <source>needs credentials (%1)</source>
        <translation type="vanished">pede credenciais (%1)</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation type="vanished">sem resposta (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="101"/>
        <source>no longer silenced</source>
        <translation>não está mais silenciado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="100"/>
        <source>no longer silenced: expired by hand</source>
        <translation>não está mais silenciado: expirado manualmente</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="103"/>
        <source>not acknowledged</source>
        <translation>não reconhecido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="286"/>
        <source>notes from earlier shifts: %1 (see the earlier handoffs or the Incidents window)</source>
        <translation>notas de turnos anteriores: %1 (veja as passagens anteriores ou a janela Incidentes)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_noticed.py" line="213"/>
        <source>receiver %1</source>
        <translation>receiver %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/alert_heads.py" line="68"/>
        <source>silenced</source>
        <translation>silenciado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_live.py" line="158"/>
        <source>unknown: nothing received from %1 (%2); to change the address: Settings… or --alertmanager</source>
        <translation>desconhecidos: nada recebido de %1 (%2); para mudar o endereço: Configurações… ou --alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="216"/>
        <location filename="../../desktop/oncall_tray/ui/handoff_hints.py" line="30"/>
        <source>unknown: nothing received from Alertmanager</source>
        <translation>desconhecidos: nada recebido do Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="207"/>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="227"/>
        <source>… and %1 more</source>
        <translation>… e mais %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="314"/>
        <source>… and %1 more earlier notes: see the incident in the Incidents window</source>
        <translation>… e mais %1 notas anteriores: veja o incidente na janela Incidentes</translation>
    </message>
</context>
<context>
    <name>handoff_cli</name>
    <message>
        <source>%1 alerts in the journal have the fingerprint %2.</source>
        <translation type="vanished">%1 alertas do diário do turno têm o fingerprint %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="211"/>
        <source>%1 holds a line break or another control character: give the name on one line.</source>
        <translation>%1 contém uma quebra de linha ou outro caractere de controle: informe o nome em uma linha só.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="195"/>
        <source>%1 is empty: give the text to add, or leave %1 out; nothing was changed.</source>
        <translation>%1 está vazio: dê o texto a adicionar, ou deixe %1 de fora; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="228"/>
        <source>%1&apos;s shift has been open since %2: hand it over first with `oncall-tray handoff end --confirm`.</source>
        <translation>O turno de %1 está aberto desde %2: passe-o antes com `oncall-tray handoff end --confirm`.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff_draft.py" line="91"/>
        <source>%1, handed over %2</source>
        <translation>%1, passado em %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff_draft.py" line="95"/>
        <source>(none in this journal)</source>
        <translation>(nenhuma neste diário do turno)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="220"/>
        <source>--engineer is empty: give the name of the engineer taking over, or leave --engineer out to use the name in the Take over the shift window (the settings&apos; engineer when none was typed there).</source>
        <translation>--engineer está vazio: informe o nome de quem assume o turno, ou omita --engineer para usar o nome da janela Assumir turno (o plantonista das configurações quando nenhum foi digitado lá).</translation>
    </message>
    <message>
        <source>--engineer is empty: give the name of the engineer taking over, or leave --engineer out to use the settings&apos; engineer.</source>
        <translation type="vanished">--engineer está vazio: informe o nome de quem assume o turno, ou omita --engineer para usar o plantonista das configurações.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="283"/>
        <source>--incoming is empty: give the name of the incoming on-call engineer.</source>
        <translation>--incoming está vazio: informe o nome do plantonista que entra.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="254"/>
        <source>A shift is open (%1); this checklist is for the incoming engineer.</source>
        <translation>Há um turno aberto (%1); este checklist é para o plantonista que entra.</translation>
    </message>
    <message>
        <source>A shift is open already (%1, since %2): hand it over first with `oncall-tray handoff end --confirm`.</source>
        <translation type="vanished">Já há um turno aberto (%1, desde %2): passe-o antes com `oncall-tray handoff end --confirm`.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="260"/>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="379"/>
        <source>No alert in the journal has the fingerprint %1 (see: oncall-tray status).</source>
        <translation>Nenhum alerta no diário tem o fingerprint %1 (veja: oncall-tray status).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff_history.py" line="30"/>
        <source>No handoff in the journal yet: the list grows as shifts are handed over (oncall-tray handoff end --confirm).</source>
        <translation>Nenhuma passagem de turno no diário ainda: a lista cresce à medida que os turnos são passados (oncall-tray handoff end --confirm).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff_draft.py" line="60"/>
        <source>No open shift can be read from the damaged journal (one may be open in it): repair it first, as said above, before starting a shift.</source>
        <translation>Nenhum turno aberto pode ser lido do diário do turno danificado (pode haver um aberto nele): repare-o primeiro, como dito acima, antes de assumir um turno.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff_history.py" line="35"/>
        <source>No shift %1 in the journal.</source>
        <translation>Nenhum turno com o número %1 no diário do turno.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff_draft.py" line="62"/>
        <source>No shift is open: start one with `oncall-tray handoff start --confirm`.</source>
        <translation>Nenhum turno aberto: assuma um com `oncall-tray handoff start --confirm`.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="394"/>
        <source>Note added to %1 (%2) by %3: %4</source>
        <translation>Nota adicionada a %1 (%2) por %3: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="363"/>
        <source>Nothing given here was kept, as the shift journal cannot be used; copy it from here and give it again once it can:</source>
        <translation>Nada do que foi informado aqui foi guardado, pois o diário do turno não pode ser usado; copie daqui e informe de novo quando ele voltar a funcionar:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="363"/>
        <source>Nothing given here was kept, as there is no shift to keep it in; copy it from here and give it again once a shift is open:</source>
        <translation>Nada do que foi informado aqui foi guardado, pois não há turno onde guardá-lo; copie daqui e informe de novo quando houver um turno aberto:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="364"/>
        <source>Nothing given here was kept; copy it from here and give it again:</source>
        <translation>Nada do que foi informado aqui foi guardado; copie daqui e informe de novo:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="268"/>
        <source>Pending items handed over to this shift (the end report offers them):</source>
        <translation>Pendências passadas a este turno (o relatório de passagem as oferece):</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff_draft.py" line="89"/>
        <source>Previous shift&apos;s handoff notes</source>
        <translation>Handoff notes do turno anterior</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="306"/>
        <source>Shift handed over at %1 to %2.</source>
        <translation>Turno passado às %1 para %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff_draft.py" line="70"/>
        <source>Shift of %1, since %2</source>
        <translation>Turno de %1, desde %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="251"/>
        <source>Shift started at %1 by %2.</source>
        <translation>Turno assumido às %1 por %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="127"/>
        <source>Take over or hand over the shift on the Alertmanager it follows (without --alertmanager).</source>
        <translation>Assuma ou passe o turno no Alertmanager que ele acompanha (sem --alertmanager).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff_draft.py" line="41"/>
        <source>The end report cannot be made from the damaged journal, nor can the open shift and its draft be read from it: %1</source>
        <translation>O relatório de fim de turno não pode ser feito com o diário danificado, nem o turno aberto e seu rascunho podem ser lidos dele: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff_draft.py" line="47"/>
        <source>The end report cannot be made from the damaged journal: %1. What can still be read of the shift:</source>
        <translation>O relatório de fim de turno não pode ser feito com o diário danificado: %1. O que ainda pode ser lido do turno:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="372"/>
        <source>The note is empty.</source>
        <translation>A nota está vazia.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff_draft.py" line="43"/>
        <source>The start checklist cannot be made from the damaged journal, nor can the previous shift&apos;s handoff notes and the draft be read from it: %1</source>
        <translation>O checklist de início de turno não pode ser feito com o diário danificado, nem as handoff notes do turno anterior e o rascunho podem ser lidos dele: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff_draft.py" line="49"/>
        <source>The start checklist cannot be made from the damaged journal: %1. What can still be read:</source>
        <translation>O checklist de início de turno não pode ser feito com o diário danificado: %1. O que ainda pode ser lido:</translation>
    </message>
    <message>
        <source>Who takes over the shift? Give --engineer NAME (or set engineer in the settings).</source>
        <translation type="vanished">Quem assume o turno? Informe --engineer NOME (ou defina engineer nas configurações).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="289"/>
        <source>Who takes over the shift? Name the incoming on-call engineer: `oncall-tray handoff end --confirm --incoming NAME`.</source>
        <translation>Quem assume o turno? Informe o plantonista que entra: `oncall-tray handoff end --confirm --incoming NOME`.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="245"/>
        <source>Who takes over the shift? The name was emptied in the Take over the shift window: give --engineer NAME, or type the name there.</source>
        <translation>Quem assume o turno? O nome foi apagado na janela Assumir turno: informe --engineer NOME, ou digite o nome lá.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="125"/>
        <source>Write the note on the Alertmanager it follows (without --alertmanager).</source>
        <translation>Escreva a nota no Alertmanager que ele acompanha (sem --alertmanager).</translation>
    </message>
    <message>
        <source>answers</source>
        <translation type="vanished">responde</translation>
    </message>
    <message>
        <source>needs credentials</source>
        <translation type="vanished">pede credenciais</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="vanished">sem resposta</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="340"/>
        <source>note on %1</source>
        <translation>nota sobre %1</translation>
    </message>
</context>
<context>
    <name>handoff_one</name>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_live.py" line="210"/>
        <source>as last seen</source>
        <translation>como visto por último</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_live.py" line="215"/>
        <source>as last seen at %1, %2 ago</source>
        <translation>como visto por último às %1, há %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_live.py" line="212"/>
        <source>as last seen at %1, under a minute ago</source>
        <translation>como visto por último às %1, há menos de um minuto</translation>
    </message>
</context>
<context>
    <name>incident_panel</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_notes_list.py" line="63"/>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="116"/>
        <source>%1 answered</source>
        <translation>%1 respondeu</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_aftercare.py" line="105"/>
        <source>%1 — by %2</source>
        <translation>%1 — até %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_aftercare.py" line="108"/>
        <source>(dismissed)</source>
        <translation>(dispensado)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_aftercare.py" line="110"/>
        <source>(due now)</source>
        <translation>(prazo chegou)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_draft.py" line="111"/>
        <source>A note typed earlier on this alert, kept as its draft, is in the box: Enter adds it to this incident.</source>
        <translation>Uma nota digitada antes neste alerta, guardada como rascunho, está na caixa: Enter a adiciona a este incidente.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="108"/>
        <source>Add note</source>
        <translation>Adicionar nota</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_aftercare.py" line="35"/>
        <source>After the incident</source>
        <translation>Após o incidente</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_aftercare.py" line="75"/>
        <source>After the incident (resolved at %1)</source>
        <translation>Após o incidente (resolvido às %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/kept_notes_line.py" line="31"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Could not expire the silence: %1</source>
        <translation type="vanished">Não foi possível expirar o silenciamento: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_aftercare.py" line="52"/>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_notes_list.py" line="63"/>
        <source>Escalated to %1</source>
        <translation>Escalado para %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="373"/>
        <source>Escalated to this level or higher already: %1 was not recorded again.</source>
        <translation>Já escalado para este nível ou acima: %1 não foi registrado de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="111"/>
        <source>Escalated to…</source>
        <translation>Escalado para…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_aftercare.py" line="97"/>
        <source>Expire %1 silences</source>
        <translation>Expirar silenciamentos (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_aftercare.py" line="96"/>
        <source>Expire the silence</source>
        <translation>Expirar o silenciamento</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/kept_notes_line.py" line="32"/>
        <source>Hide this message; the file stays where it says, and its path is in the log</source>
        <translation>Ocultar esta mensagem; o arquivo fica onde ela diz, e o caminho dele está no log</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_draft.py" line="178"/>
        <source>Not saved yet: %1. What you typed stays here and is saved once the journal can be written.</source>
        <translation>Ainda não salvo: %1. O que você digitou fica aqui e é salvo assim que o diário do turno puder ser gravado.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_draft.py" line="179"/>
        <source>Not saved yet: %1. What you typed stays here; once the journal can be written, it is added as a note.</source>
        <translation>Ainda não salvo: %1. O que você digitou fica aqui; quando o diário do turno puder ser gravado, será adicionado como nota.</translation>
    </message>
    <message>
        <source>Not saved yet: %1. What you typed stays here; once the journal can be written, press Enter to add it as a note.</source>
        <translation type="vanished">Ainda não salvo: %1. O que você digitou fica aqui; quando o diário do turno puder ser gravado, pressione Enter para adicioná-lo como nota.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_draft.py" line="181"/>
        <source>Not saved yet: %1. What you typed stays here; once the journal can be written, the note you pressed Enter on is added and what you typed after it stays here.</source>
        <translation>Ainda não salvo: %1. O que você digitou fica aqui; quando o diário do turno puder ser gravado, a nota em que você pressionou Enter será adicionada e o que você digitou depois dela fica aqui.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="353"/>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="384"/>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/numbered_drafts.py" line="50"/>
        <source>Note on %1, not written: its incident is no longer in the shift journal: %2</source>
        <translation>Nota sobre %1, não gravada: o incidente dela não está mais no diário do turno: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_notes_list.py" line="39"/>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="220"/>
        <source>Notes on %1</source>
        <translation>Notas sobre %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="182"/>
        <source>Notes on %1 (hidden by the filter)</source>
        <translation>Notas sobre %1 (oculto pelo filtro)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="182"/>
        <source>Notes on %1 (no longer firing)</source>
        <translation>Notas sobre %1 (não dispara mais)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="221"/>
        <source>Select an alert to take notes on it.</source>
        <translation>Selecione um alerta para anotar o que foi feito.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_aftercare.py" line="177"/>
        <source>Silence expired where it was taken. %1</source>
        <translation>Silenciamento expirado onde foi aceito. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_gone.py" line="95"/>
        <source>The %1 incident you typed your note on is no longer in the shift journal (set aside or replaced since): the note was not written on it. It is in the Observations of the Take over the shift window, for you to read, change or hand over: %2</source>
        <translation>O incidente de %1 em que você digitou a nota não está mais no diário do turno (ele foi posto de lado ou substituído desde então): a nota não foi gravada nele. Ela está nas Observações da janela Assumir turno, para você ler, alterar ou passar adiante: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_gone.py" line="92"/>
        <source>The %1 incident you typed your note on is no longer in the shift journal (set aside or replaced since): the note was not written on it. It is in the shift&apos;s Observations (the Hand over the shift window), for you to read, change or hand over: %2</source>
        <translation>O incidente de %1 em que você digitou a nota não está mais no diário do turno (ele foi posto de lado ou substituído desde então): a nota não foi gravada nele. Ela está nas Observações do turno (a janela Passar turno), para você ler, alterar ou passar adiante: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_gone.py" line="83"/>
        <source>The %1 incident you typed your note on is no longer in the shift journal: the note was not written, and could not be moved to the shift&apos;s Observations: %2. It is kept here and moved there by itself once the journal can be written. Your note: %3</source>
        <translation>O incidente de %1 em que você digitou a nota não está mais no diário do turno: a nota não foi gravada e não pôde ser movida para as Observações do turno: %2. Ela fica guardada aqui e é movida para lá sozinha assim que o diário puder ser gravado. Sua nota: %3</translation>
    </message>
    <message>
        <source>The %1 incident you typed your note on is no longer in the shift journal: the note was not written, and could not be moved to the shift&apos;s Observations: %2. It stays in the box.</source>
        <translation type="vanished">O incidente de %1 em que você digitou a nota não está mais no diário do turno: a nota não foi gravada e não pôde ser movida para as Observações do turno: %2. Ela fica na caixa.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_draft.py" line="187"/>
        <source>The journal can be written again: press Enter to add your note.</source>
        <translation>O diário do turno pode ser gravado de novo: pressione Enter para adicionar sua nota.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="212"/>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="331"/>
        <source>The journal can be written again: your note was added.</source>
        <translation>O diário do turno pode ser gravado de novo: sua nota foi adicionada.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_draft.py" line="157"/>
        <source>The notes kept at the last quit (typed over drafts the journal could not read) could not be read: %1. Their file is left as it was in %2, for you to read; what you type over drafts the journal cannot read is not kept at this quit.</source>
        <translation>As notas guardadas ao sair da última vez (digitadas sobre rascunhos que o diário do turno não conseguiu ler) não puderam ser lidas: %1. O arquivo delas ficou como estava em %2, para você ler; o que você digitar sobre rascunhos que o diário não consegue ler não será guardado ao sair desta vez.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_draft.py" line="154"/>
        <source>The notes kept at the last quit (typed over drafts the journal could not read) could not be read: %1. Their file is set aside as %2, for you to read; nothing is written over it.</source>
        <translation>As notas guardadas ao sair da última vez (digitadas sobre rascunhos que o diário do turno não conseguiu ler) não puderam ser lidas: %1. O arquivo delas foi posto de lado como %2, para você ler; nada é escrito sobre ele.</translation>
    </message>
    <message>
        <source>The silence may have been expired all the same: %1</source>
        <translation type="vanished">O silenciamento pode ter sido expirado mesmo assim: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="105"/>
        <source>What did you try or see? Enter adds the note</source>
        <translation>O que você tentou ou viu? Enter adiciona a nota</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="353"/>
        <source>Your note: %1</source>
        <translation>Sua nota: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_draft.py" line="79"/>
        <source>Your saved draft could be read again: it is back in the box, before what you typed.</source>
        <translation>Seu rascunho salvo pôde ser lido de novo: ele voltou à caixa, antes do que você digitou.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_draft.py" line="46"/>
        <source>Your saved draft could not be read: %1. What you type stays here and is not saved over it until it can be read.</source>
        <translation>Não foi possível ler seu rascunho salvo: %1. O que você digitar fica aqui e não é salvo por cima dele até que ele possa ser lido.</translation>
    </message>
    <message>
        <source>what it holds is damaged</source>
        <translation type="vanished">o conteúdo dele está danificado</translation>
    </message>
</context>
<context>
    <name>incidents_window</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incidents_window.py" line="53"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incidents_window.py" line="47"/>
        <source>Incidents — oncall-tray</source>
        <translation>Incidentes — oncall-tray</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incidents_window.py" line="108"/>
        <source>No incident in the last 7 days.</source>
        <translation>Nenhum incidente nos últimos 7 dias.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incidents_window.py" line="119"/>
        <source>open</source>
        <translation>em aberto</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incidents_window.py" line="118"/>
        <source>resolved at %1</source>
        <translation>resolvido às %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incidents_window.py" line="126"/>
        <source>… and %1 more</source>
        <translation>… e mais %1</translation>
    </message>
</context>
<context>
    <name>inhibited</name>
    <message>
        <location filename="../../desktop/oncall_tray/core/inhibited.py" line="93"/>
        <source>%1 (inhibited by %2)</source>
        <translation>%1 (inibido por %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/inhibited.py" line="122"/>
        <source>+%1 inhibited by %2</source>
        <translation>+%1 inibidos por %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/inhibited.py" line="78"/>
        <source>Inhibited by %1</source>
        <translation>Inibido por %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/inhibited.py" line="130"/>
        <source>Inhibited by %1 (not listed): %2</source>
        <translation>Inibidos por %1 (fora da lista): %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/inhibited.py" line="108"/>
        <source>Inhibits: %1</source>
        <translation>Inibe: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/inhibited.py" line="151"/>
        <source>Mind what fires behind %1 (inhibited, not listed): %2</source>
        <translation>Acompanhar o que dispara por trás de %1 (inibidos, fora da lista): %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/inhibited.py" line="75"/>
        <source>an alert not in the list (not watched, or resolved): %1</source>
        <translation>um alerta fora da lista (não acompanhado, ou resolvido): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/inhibited.py" line="100"/>
        <source>inhibited by %1</source>
        <translation>inibido por %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="vanished">… e mais %1</translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_file.py" line="199"/>
        <source>%1 is a file, not a folder</source>
        <translation>%1 é um arquivo, não uma pasta</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_salvage.py" line="104"/>
        <source>%1 or more</source>
        <translation>%1 ou mais</translation>
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
        <translation>Outro arquivo tomou o lugar do diário do turno %1: o oncall-tray o guardou ao lado como %2 e gravou o seu diário de volta lá. Nada foi perdido.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_reading.py" line="55"/>
        <source>The shift journal %1 cannot be read (%2). This command only reads it: nothing in it was changed.</source>
        <translation>O diário do turno %1 não pode ser lido (%2). Este comando só o lê: nada nele foi alterado.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_reading.py" line="60"/>
        <source>The shift journal %1 is damaged (%2). This command only reads it: nothing in it was changed, and what can still be read is shown. Cannot be read, or not whole: %3.</source>
        <translation>O diário do turno %1 está danificado (%2). Este comando só o lê: nada nele foi alterado, e o que ainda pode ser lido é mostrado. Não pode ser lido, ou não por inteiro: %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_place.py" line="90"/>
        <source>The shift journal %1 was deleted while in use. oncall-tray wrote it back from its copy: nothing was lost.</source>
        <translation>O diário do turno %1 foi apagado enquanto estava em uso. O oncall-tray o gravou de volta a partir da sua cópia: nada foi perdido.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_file.py" line="107"/>
        <source>The shift journal was damaged (%1). It was set aside as %2 and a new journal was started.</source>
        <translation>O diário do turno estava danificado (%1). Ele foi guardado como %2 e um novo diário foi iniciado.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_file.py" line="104"/>
        <source>The shift journal was damaged (%1). Its indexes were rebuilt: nothing was lost. The damaged file was kept as %2.</source>
        <translation>O diário do turno estava danificado (%1). Seus índices foram reconstruídos: nada foi perdido. O arquivo danificado foi guardado como %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_file.py" line="113"/>
        <source>The shift journal was damaged; what could still be read went into a new journal, the open shift of %1 with it. Kept: %2. Lost: %3. Damaged file kept as %4.</source>
        <translation>O diário do turno estava danificado; o que ainda podia ser lido foi para um novo diário, com o turno aberto de %1. Mantido: %2. Perdido: %3. Arquivo danificado guardado como %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_file.py" line="116"/>
        <source>The shift journal was damaged; what could still be read went into a new journal. Kept: %1. Lost: %2. Damaged file kept as %3.</source>
        <translation>O diário do turno estava danificado; o que ainda podia ser lido foi para um novo diário. Mantido: %1. Perdido: %2. Arquivo danificado guardado como %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_reading.py" line="31"/>
        <source>To repair it, start the tray (quit it first if it is running): it sets the damaged file aside, keeping it, and carries what can still be read into a new journal.</source>
        <translation>Para repará-lo, inicie a bandeja (feche-a antes, se estiver aberta): ela guarda o arquivo danificado à parte e leva o que ainda pode ser lido para um novo diário.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_rows.py" line="40"/>
        <source>alerts last seen firing</source>
        <translation>alertas acionados vistos por último</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_salvage.py" line="99"/>
        <source>all %1</source>
        <translation>todos os %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_salvage.py" line="100"/>
        <source>all (none could be read)</source>
        <translation>todos (nenhum pôde ser lido)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_file.py" line="169"/>
        <source>another program keeps it locked</source>
        <translation>outro programa o mantém bloqueado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_file.py" line="301"/>
        <source>cannot check the shift journal %1: %2</source>
        <translation>não é possível verificar o diário do turno %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal.py" line="143"/>
        <location filename="../../desktop/oncall_tray/core/journal.py" line="150"/>
        <location filename="../../desktop/oncall_tray/core/journal.py" line="163"/>
        <location filename="../../desktop/oncall_tray/core/journal.py" line="174"/>
        <location filename="../../desktop/oncall_tray/core/journal.py" line="191"/>
        <location filename="../../desktop/oncall_tray/core/journal_file.py" line="285"/>
        <source>cannot open the shift journal %1: %2</source>
        <translation>não é possível abrir o diário do turno %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal.py" line="299"/>
        <source>cannot read the shift journal %1: %2</source>
        <translation>não é possível ler o diário do turno %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal.py" line="259"/>
        <location filename="../../desktop/oncall_tray/core/journal.py" line="277"/>
        <source>cannot write the shift journal %1: %2</source>
        <translation>não é possível gravar no diário do turno %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal.py" line="265"/>
        <source>cannot write the shift journal %1: another file took its place at each of %2 tries; nothing was written</source>
        <translation>não é possível gravar no diário do turno %1: outro arquivo tomou o lugar dele em cada uma das %2 tentativas; nada foi gravado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_rows.py" line="45"/>
        <source>drafts</source>
        <translation>rascunhos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_salvage.py" line="107"/>
        <source>drafts or tray records</source>
        <translation>rascunhos ou registros da bandeja</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_rows.py" line="38"/>
        <source>events</source>
        <translation>eventos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_rows.py" line="39"/>
        <source>incidents</source>
        <translation>incidentes</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_salvage.py" line="87"/>
        <source>incidents made again from the events: %1</source>
        <translation>incidentes refeitos a partir dos eventos: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_file.py" line="196"/>
        <source>it is a folder, not a file</source>
        <translation>é uma pasta, não um arquivo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_reading.py" line="59"/>
        <source>its indexes</source>
        <translation>seus índices</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_salvage.py" line="88"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_file.py" line="163"/>
        <location filename="../../desktop/oncall_tray/core/journal_file.py" line="175"/>
        <source>permission denied</source>
        <translation>permissão negada</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_rows.py" line="37"/>
        <source>shifts</source>
        <translation>turnos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_rows.py" line="41"/>
        <source>silences last seen</source>
        <translation>silêncios vistos por último</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_salvage.py" line="106"/>
        <source>some rows</source>
        <translation>algumas linhas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_file.py" line="177"/>
        <source>the disk could not be read or written</source>
        <translation>não foi possível ler ou escrever no disco</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_file.py" line="167"/>
        <source>the disk is full</source>
        <translation>o disco está cheio</translation>
    </message>
    <message>
        <source>the file cannot be opened (its folder is missing or cannot be read)</source>
        <translation type="vanished">o arquivo não pode ser aberto (a pasta dele não existe ou não pode ser lida)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_file.py" line="172"/>
        <source>the file cannot be opened or made (its folder is missing, or cannot be read or written)</source>
        <translation>o arquivo não pode ser aberto nem criado (a pasta dele não existe, ou não pode ser lida ou gravada)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_file.py" line="165"/>
        <source>the file or its folder is read-only</source>
        <translation>o arquivo ou a pasta dele é somente leitura</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_notes.py" line="52"/>
        <source>the incident resolved since it was shown: the escalation was not recorded</source>
        <translation>o incidente foi resolvido depois de mostrado: a escalação não foi registrada</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_file.py" line="264"/>
        <source>the shift journal %1 is damaged (%2) and cannot be set aside: %3; it was left as it is</source>
        <translation>o diário do turno %1 está danificado (%2) e não pode ser posto de lado: %3; foi deixado como está</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_reading.py" line="67"/>
        <source>the shift journal %1 is damaged, and this command only reads it: nothing was written to it</source>
        <translation>o diário do turno %1 está danificado, e este comando só o lê: nada foi escrito nele</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal.py" line="155"/>
        <source>the shift journal %1 was deleted or replaced and cannot be written back: %2</source>
        <translation>o diário do turno %1 foi apagado ou substituído e não pode ser gravado de volta: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal.py" line="205"/>
        <source>the shift journal %1 was written by a newer oncall-tray (schema %2, this one knows %3)</source>
        <translation>o diário do turno %1 foi gravado por um oncall-tray mais novo (esquema %2; este conhece o %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_notes.py" line="57"/>
        <source>this row&apos;s incidents are no longer in the shift journal (it was set aside or replaced since): the escalation was not recorded; select the row again</source>
        <translation>os incidentes desta linha não estão mais no diário do turno (ele foi posto de lado ou substituído desde então): a escalação não foi registrada; selecione a linha de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_notes.py" line="54"/>
        <source>this row&apos;s incidents are no longer in the shift journal (it was set aside or replaced since): the note was not written; select the row again</source>
        <translation>os incidentes desta linha não estão mais no diário do turno (ele foi posto de lado ou substituído desde então): a nota não foi gravada; selecione a linha de novo</translation>
    </message>
</context>
<context>
    <name>keyring</name>
    <message>
        <location filename="../../desktop/oncall_tray/connect.py" line="149"/>
        <source>credentials needed: %1</source>
        <translation>credenciais necessárias: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/keyring_prompt.py" line="15"/>
        <source>it could not be opened (a Secret Service without a keyring to use, and no prompt to create one?)</source>
        <translation>não foi possível abri-lo (um Secret Service sem chaveiro para usar, e sem janela para criar um?)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secret_logins.py" line="75"/>
        <source>kept until oncall-tray quits</source>
        <translation>guardado até o oncall-tray fechar</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/keyring_prompt.py" line="17"/>
        <source>no keyring is available</source>
        <translation>nenhum chaveiro disponível</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secrets.py" line="292"/>
        <location filename="../../desktop/oncall_tray/secrets.py" line="309"/>
        <source>no such entry in the keyring</source>
        <translation>essa entrada não existe no chaveiro</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/keyring_backend.py" line="65"/>
        <source>no system keyring was found (on Linux, GNOME Keyring, KeePassXC or KWallet must run in the desktop session)</source>
        <translation>nenhum chaveiro do sistema foi encontrado (no Linux, o GNOME Keyring, o KeePassXC ou o KWallet precisa estar rodando na sessão do desktop)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/keyring_backend.py" line="55"/>
        <source>the configured keyring backend %1 is not a system keyring</source>
        <translation>o backend de chaveiro configurado %1 não é um chaveiro do sistema</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/keyring_backend.py" line="51"/>
        <source>the configured keyring backend cannot be loaded (%1)</source>
        <translation>o backend de chaveiro configurado não pode ser carregado (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secrets.py" line="334"/>
        <source>the demo keeps a login for its run only, never in the keyring</source>
        <translation>a demonstração guarda um login só enquanto roda, nunca no chaveiro</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/keyring_prompt.py" line="74"/>
        <source>the keyring (%1) failed to delete the entry: %2</source>
        <translation>o chaveiro (%1) falhou ao apagar a entrada: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/keyring_prompt.py" line="71"/>
        <source>the keyring (%1) failed to read the entry: %2</source>
        <translation>o chaveiro (%1) falhou ao ler a entrada: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/keyring_prompt.py" line="73"/>
        <source>the keyring (%1) failed to write the entry: %2</source>
        <translation>o chaveiro (%1) falhou ao gravar a entrada: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/keyring_prompt.py" line="48"/>
        <source>the keyring (%1) is locked: unlock it (for example by logging in to the desktop again, or in the keyring application) and try again</source>
        <translation>o chaveiro (%1) está bloqueado: desbloqueie-o (por exemplo entrando de novo na sessão do desktop, ou no aplicativo do chaveiro) e tente de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/keyring_prompt.py" line="61"/>
        <source>the keyring (%1) is not set up yet, and the prompt to create it got no answer (it was cancelled, or could not be shown): create it (answer its prompt, or in the keyring application) and try again</source>
        <translation>o chaveiro (%1) ainda não foi criado, e a janela que o cria ficou sem resposta (foi cancelada, ou não pôde ser mostrada): crie-o (respondendo à janela, ou no aplicativo do chaveiro) e tente de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/keyring_prompt.py" line="58"/>
        <source>the keyring (%1) is not set up yet, and the prompt to create it got no answer within %2 s: create it (answer its prompt, or in the keyring application) and try again</source>
        <translation>o chaveiro (%1) ainda não foi criado, e a janela que o cria ficou sem resposta em %2 s: crie-o (respondendo à janela, ou no aplicativo do chaveiro) e tente de novo</translation>
    </message>
    <message>
        <source>the keyring (%1) is not set up yet, and the prompt to create it was dismissed: create it (answer its prompt, or in the keyring application) and try again</source>
        <translation type="vanished">o chaveiro (%1) ainda não foi criado, e a janela que o cria foi dispensada: crie-o (respondendo à janela, ou no aplicativo do chaveiro) e tente de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/keyring_prompt.py" line="46"/>
        <source>the keyring (%1) was not unlocked within %2 s: no answer to its unlock prompt</source>
        <translation>o chaveiro (%1) não foi desbloqueado em %2 s: ninguém respondeu ao pedido de desbloqueio</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_keeping.py" line="50"/>
        <source>the keyring could not be used (an error it did not explain; the details are in the log)</source>
        <translation>o chaveiro não pôde ser usado (um erro que ele não explicou; os detalhes estão no log)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/keyring_backend.py" line="46"/>
        <source>the keyring library cannot be loaded (%1)</source>
        <translation>a biblioteca keyring não pode ser carregada (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/connect.py" line="73"/>
        <source>the login stored for this Alertmanager could not be read: %1</source>
        <translation>o login guardado para este Alertmanager não pôde ser lido: %1</translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/links.py" line="36"/>
        <source>Cannot open a browser</source>
        <translation>Não foi possível abrir um navegador</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/links.py" line="37"/>
        <source>No browser could be opened for this address; copy it into one:

%1</source>
        <translation>Nenhum navegador pôde abrir este endereço; copie-o em um:

%1</translation>
    </message>
</context>
<context>
    <name>login</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="191"/>
        <source>A user name cannot contain a colon.</source>
        <translation>O nome de usuário não pode conter dois-pontos.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="115"/>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="231"/>
        <source>Alertmanager accepted the login. Storing it in the system keyring… It is in use already: closing this window loses nothing.</source>
        <translation>O Alertmanager aceitou o login. Guardando-o no chaveiro do sistema… Ele já está em uso: fechar esta janela não perde nada.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="95"/>
        <source>Bearer token</source>
        <translation>Token (bearer)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="213"/>
        <source>Checking with Alertmanager…</source>
        <translation>Verificando com o Alertmanager…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="229"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="198"/>
        <source>Enter the password.</source>
        <translation>Digite a senha.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="198"/>
        <source>Enter the token.</source>
        <translation>Digite o token.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="188"/>
        <source>Enter the user name.</source>
        <translation>Digite o nome de usuário.</translation>
    </message>
    <message>
        <source>Kept in the system keyring (%1).</source>
        <translation type="vanished">Guardado no chaveiro do sistema (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="51"/>
        <source>Kept in the system keyring (%1); if it is locked or gone then, only until oncall-tray quits, and a notification says so.</source>
        <translation>Guardado no chaveiro do sistema (%1); se ele estiver bloqueado ou ausente nessa hora, só até o oncall-tray fechar, e uma notificação avisa.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="122"/>
        <source>Log in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="46"/>
        <source>Looking for the system keyring…</source>
        <translation>Procurando o chaveiro do sistema…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="116"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>No system keyring: the secret is kept until oncall-tray quits (%1).</source>
        <translation type="vanished">Sem chaveiro do sistema: o segredo fica guardado só até o oncall-tray fechar (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="38"/>
        <source>Not saved in the keyring: %1.</source>
        <translation>Não foi salvo no chaveiro: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="163"/>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="48"/>
        <source>The keyring (%1) could not be read just now: the secret goes to it if it works then, else it is kept until oncall-tray quits.</source>
        <translation>Não foi possível ler o chaveiro (%1) agora há pouco: o segredo vai para ele se ele funcionar então; senão, fica guardado até o oncall-tray fechar.</translation>
    </message>
    <message>
        <source>The keyring is locked; the secret is kept until oncall-tray quits (%1).</source>
        <translation type="vanished">O chaveiro está bloqueado; o segredo fica guardado só até o oncall-tray fechar (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="53"/>
        <source>The secret is kept only until oncall-tray quits: %1.</source>
        <translation>O segredo fica guardado só até o oncall-tray fechar: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="163"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="148"/>
        <source>Unlock the keyring and try again</source>
        <translation>Desbloquear o chaveiro e tentar de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="117"/>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="94"/>
        <source>User name and password (basic auth)</source>
        <translation>Usuário e senha (basic auth)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="87"/>
        <source>oncall-tray — log in to Alertmanager</source>
        <translation>oncall-tray — entrar no Alertmanager</translation>
    </message>
</context>
<context>
    <name>matchers</name>
    <message>
        <location filename="../../desktop/oncall_tray/alertmanager/matchers.py" line="166"/>
        <source>%1 has no value after the operator (write %2 to match an empty value)</source>
        <translation>%1 não tem valor depois do operador (escreva %2 para um valor vazio)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/alertmanager/matchers.py" line="152"/>
        <source>%1: %2 is not a label name (letters, digits and _, not starting with a digit)</source>
        <translation>%1: %2 não é um nome de rótulo (letras, dígitos e _, sem começar por dígito)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/alertmanager/matchers.py" line="162"/>
        <source>%1: Alertmanager quotes values with double quotes only; single quotes would be part of the value, which no alert has. Write %2</source>
        <translation>%1: o Alertmanager só aceita aspas duplas em valores; as aspas simples fariam parte do valor, que nenhum alerta tem. Escreva %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/alertmanager/matchers.py" line="194"/>
        <source>%1: Alertmanager&apos;s regular expressions (Go RE2) do not support a %2 (%3)</source>
        <translation>%1: as expressões regulares do Alertmanager (Go RE2) não aceitam %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/alertmanager/matchers.py" line="173"/>
        <source>%1: typographic quotes (“ ” ‘ ’), as chat programs and documents write them, would be part of the value, which no alert has: Alertmanager quotes values with straight double quotes. Write %2</source>
        <translation>%1: aspas tipográficas (“ ” ‘ ’), como as de programas de chat e documentos, fariam parte do valor, que nenhum alerta tem: o Alertmanager delimita valores só com aspas duplas retas. Escreva %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/alertmanager/matchers.py" line="199"/>
        <source>invalid regular expression in %1: %2</source>
        <translation>expressão regular inválida em %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/alertmanager/matchers.py" line="154"/>
        <source>not a matcher: %1 (expected name=&quot;value&quot;, name!=&quot;value&quot;, name=~&quot;regex&quot; or name!~&quot;regex&quot;)</source>
        <translation>não é um matcher: %1 (esperado nome=&quot;valor&quot;, nome!=&quot;valor&quot;, nome=~&quot;regex&quot; ou nome!~&quot;regex&quot;)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/alertmanager/matchers.py" line="283"/>
        <source>the value of %1 has no closing double quote</source>
        <translation>o valor de %1 não tem aspas duplas de fechamento</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/alertmanager/matchers.py" line="276"/>
        <source>unescaped double quote in the value of %1 (write \&quot; inside it)</source>
        <translation>aspas duplas sem escape no valor de %1 (escreva \&quot; dentro dele)</translation>
    </message>
</context>
<context>
    <name>notifications</name>
    <message>
        <location filename="../../desktop/oncall_tray/notify/poll_plan.py" line="156"/>
        <source>%1 alerts fired again</source>
        <translation>%1 alertas dispararam de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/poll_plan.py" line="155"/>
        <source>%1 alerts fired again (flapping)</source>
        <translation>%1 alertas dispararam de novo (oscilando)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/poll_plan.py" line="153"/>
        <source>%1 alerts fired, %2 of them again</source>
        <translation>%1 alertas dispararam, %2 deles de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/poll_plan.py" line="130"/>
        <source>%1 alerts lowered in severity</source>
        <translation>%1 alertas com severidade reduzida</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/poll_plan.py" line="128"/>
        <source>%1 alerts raised in severity</source>
        <translation>%1 alertas com severidade elevada</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="177"/>
        <source>%1 alerts resolved</source>
        <translation>%1 alertas resolvidos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/poll_plan.py" line="127"/>
        <source>%1 alerts still firing, no longer inhibited</source>
        <translation>%1 alertas ainda disparando, não estão mais inibidos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/settling.py" line="61"/>
        <source>%1 flapping alerts stayed resolved</source>
        <translation>%1 alertas que oscilavam continuaram resolvidos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/poll_plan.py" line="151"/>
        <source>%1 new alerts</source>
        <translation>%1 novos alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/notice.py" line="149"/>
        <source>%1 notifications</source>
        <translation>%1 notificações</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="58"/>
        <source>(unnamed alert)</source>
        <translation>(alerta sem nome)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/freedesktop.py" line="49"/>
        <source>Acknowledge (15 min)</source>
        <translation>Reconhecer (15 min)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/poll_plan.py" line="71"/>
        <source>Alertmanager answers again (%1).</source>
        <translation>O Alertmanager voltou a responder (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="147"/>
        <source>Alerts firing: %1</source>
        <translation>Alertas disparando: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/poll_plan.py" line="66"/>
        <source>Cannot reach Alertmanager</source>
        <translation>Alertmanager inacessível</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/poll_plan.py" line="65"/>
        <source>Contact with Alertmanager lost</source>
        <translation>Sem contato com o Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/poll_plan.py" line="73"/>
        <source>Contact with Alertmanager restored</source>
        <translation>Contato com o Alertmanager restabelecido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="65"/>
        <source>Fired %1 times in %2 min</source>
        <translation>Disparou %1 vezes em %2 min</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="64"/>
        <source>Fired %1 times in %2 min (flapping)</source>
        <translation>Disparou %1 vezes em %2 min (oscilando)</translation>
    </message>
    <message>
        <source>Fired again: %1 times in %2 min</source>
        <translation type="vanished">Disparou de novo: %1 vezes em %2 min</translation>
    </message>
    <message>
        <source>Fired again: %1 times in %2 min (flapping)</source>
        <translation type="vanished">Disparou de novo: %1 vezes em %2 min (oscilando)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/poll_plan.py" line="57"/>
        <source>No answer since %1: %2</source>
        <translation>Sem resposta desde %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/poll_plan.py" line="68"/>
        <source>No usable answer from Alertmanager</source>
        <translation>Sem resposta utilizável do Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/poll_plan.py" line="56"/>
        <source>No usable answer since %1: %2</source>
        <translation>Sem resposta utilizável desde %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="71"/>
        <source>Resolved: %1</source>
        <translation>Resolvido: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/settling.py" line="63"/>
        <source>Resolved: %1 (stopped flapping)</source>
        <translation>Resolvido: %1 (parou de oscilar)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/freedesktop.py" line="47"/>
        <source>Show alerts</source>
        <translation>Mostrar alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="158"/>
        <source>Still firing: %1</source>
        <translation>Ainda disparando: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="62"/>
        <source>Still firing: no longer inhibited</source>
        <translation>Ainda disparando: não está mais inibido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="77"/>
        <source>[%1] %2 (was %3)</source>
        <translation>[%1] %2 (antes: %3)</translation>
    </message>
</context>
<context>
    <name>questions</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/questions.py" line="93"/>
        <source>Critical alerts it covers: %1</source>
        <translation>Alertas críticos que ele cobre: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/questions.py" line="65"/>
        <source>Expire it anyway?</source>
        <translation>Expirar mesmo assim?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/questions.py" line="69"/>
        <source>Expire someone else&apos;s silence?</source>
        <translation>Expirar o silenciamento de outra pessoa?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/questions.py" line="65"/>
        <source>Expire your silence?</source>
        <translation>Expirar o seu silenciamento?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/questions.py" line="58"/>
        <source>It still mutes alerts that fire: %1. They come back unacknowledged, with their notifications and reminders.</source>
        <translation>Ele ainda silencia alertas que disparam: %1. Eles voltam sem reconhecimento, com as notificações e os lembretes deles.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/questions.py" line="44"/>
        <source>No alert will be watched or notified until oncall-tray is started again. Quit anyway?</source>
        <translation>Nenhum alerta será acompanhado nem notificado até o oncall-tray ser iniciado de novo. Sair mesmo assim?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/questions.py" line="61"/>
        <source>Other silences still mute %1: they stay muted.</source>
        <translation>Outros silenciamentos ainda silenciam %1: eles continuam silenciados.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/questions.py" line="44"/>
        <source>Quit oncall-tray?</source>
        <translation>Sair do oncall-tray?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/questions.py" line="61"/>
        <source>The alerts it mutes stay muted: other silences still mute %1. None comes back.</source>
        <translation>Os alertas que ele silencia continuam silenciados: outros silenciamentos ainda silenciam %1. Nenhum volta.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/questions.py" line="67"/>
        <source>This silence is %1&apos;s: %2. Expire it anyway?</source>
        <translation>Este silenciamento é de %1: %2. Expirar mesmo assim?</translation>
    </message>
</context>
<context>
    <name>secrets</name>
    <message>
        <location filename="../../desktop/oncall_tray/secret_input.py" line="79"/>
        <source>%1 blank characters</source>
        <translation>%1 caracteres em branco</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secret_input.py" line="76"/>
        <source>%1 spaces</source>
        <translation>%1 espaços</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secret_input.py" line="78"/>
        <source>%1 tabs</source>
        <translation>%1 caracteres de tabulação</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secret_input.py" line="79"/>
        <source>1 blank character</source>
        <translation>1 caractere em branco</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secret_input.py" line="76"/>
        <source>1 space</source>
        <translation>1 espaço</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secret_input.py" line="78"/>
        <source>1 tab</source>
        <translation>1 caractere de tabulação</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secret_input.py" line="67"/>
        <source>begins with %1</source>
        <translation>começa com %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secret_input.py" line="68"/>
        <source>ends with %1</source>
        <translation>termina com %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secret_input.py" line="37"/>
        <source>the line breaks at the ends of the password were left out</source>
        <translation>as quebras de linha no início e no fim da senha foram removidas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secret_input.py" line="103"/>
        <source>the password holds a character that cannot be sent (%1): type it again</source>
        <translation>a senha contém um caractere que não pode ser enviado (%1): digite-a de novo</translation>
    </message>
    <message>
        <source>the password holds a control character (%1)</source>
        <translation type="vanished">a senha contém um caractere de controle (%1)</translation>
    </message>
    <message>
        <source>the password holds a line break: type it on one line</source>
        <translation type="vanished">a senha contém uma quebra de linha: digite-a em uma linha só</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secret_input.py" line="61"/>
        <source>the password sent %1: type it again without it if it is not part of it</source>
        <translation>a senha enviada %1: digite-a de novo sem ele, se não fizer parte dela</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secret_input.py" line="59"/>
        <source>the password sent %1: type it again without them if they are not part of it</source>
        <translation>a senha enviada %1: digite-a de novo sem eles, se não fizerem parte dela</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secret_input.py" line="56"/>
        <source>the password sent begins with %1 and ends with %2: type it again without them if they are not part of it</source>
        <translation>a senha enviada começa com %1 e termina com %2: digite-a de novo sem eles, se não fizerem parte dela</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secret_input.py" line="127"/>
        <source>the password stored for this Alertmanager cannot be used: %1; log in again (oncall-tray login, or Log in to Alertmanager… in the tray&apos;s menu)</source>
        <translation>a senha guardada para este Alertmanager não pode ser usada: %1; entre de novo (oncall-tray login, ou Entrar no Alertmanager… no menu da bandeja)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secret_input.py" line="113"/>
        <source>the token holds a character that is not ASCII: a bearer token cannot carry it; paste it again</source>
        <translation>o token contém um caractere que não é ASCII: um token bearer não pode tê-lo; cole-o de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secret_input.py" line="110"/>
        <source>the token holds a control character (%1): paste it again, as one line of text</source>
        <translation>o token contém um caractere de controle (%1): cole-o de novo, como uma linha só de texto</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secret_input.py" line="107"/>
        <source>the token holds a line break: paste it on one line</source>
        <translation>o token contém uma quebra de linha: cole-o em uma linha só</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secret_input.py" line="125"/>
        <source>the token stored for this Alertmanager cannot be used: %1; log in again (oncall-tray login, or Log in to Alertmanager… in the tray&apos;s menu)</source>
        <translation>o token guardado para este Alertmanager não pode ser usado: %1; entre de novo (oncall-tray login, ou Entrar no Alertmanager… no menu da bandeja)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/secret_input.py" line="36"/>
        <source>the white space around the token was left out</source>
        <translation>os espaços em branco em volta do token foram removidos</translation>
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
        <translation>%1 (no arquivo: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="277"/>
        <source>%1 at column %2 cannot be read as the value it looks like (a date that does not exist, or a !!type that does not fit): put it in quotes</source>
        <translation>%1 na coluna %2 não pode ser lido como o valor que parece ser (uma data que não existe, ou um !!tipo que não cabe): ponha-o entre aspas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="111"/>
        <source>%1 at column %2 cannot start a value (put the value in quotes)</source>
        <translation>%1 na coluna %2 não pode iniciar um valor (ponha o valor entre aspas)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_values.py" line="56"/>
        <source>%1 is a severity itself: only other values can be its synonyms</source>
        <translation>%1 já é uma severidade: só outros valores podem ser sinônimos dela</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config.py" line="292"/>
        <source>%1 is listed twice (the same Alertmanager as %2): list each Alertmanager once</source>
        <translation>%1 aparece duas vezes (é o mesmo Alertmanager que %2): liste cada Alertmanager uma vez só</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config.py" line="291"/>
        <source>%1 is listed twice: list each Alertmanager once</source>
        <translation>%1 aparece duas vezes: liste cada Alertmanager uma vez só</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/sla_settings.py" line="130"/>
        <source>%1 is not like 09:00-18:00</source>
        <translation>%1 não está no formato 09:00-18:00</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="222"/>
        <source>%1 is not one of the allowed values</source>
        <translation>%1 não é um dos valores permitidos</translation>
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
        <translation>%1: %2 não é critical, warning nem info</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_test_result.py" line="41"/>
        <source>%1: Alertmanager %2, cluster %3, %4 alerts</source>
        <translation>%1: Alertmanager %2, cluster %3, alertas: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_restore.py" line="38"/>
        <source>%1: a password, or what followed a “:” in an address being typed, was not kept: type it again.</source>
        <translation>%1: uma senha, ou o que vinha depois de um “:” num endereço sendo digitado, não foi guardada: digite de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_values.py" line="74"/>
        <source>%1: how to reach them is empty</source>
        <translation>%1: como contatá-lo está vazio</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_write.py" line="312"/>
        <source>%1: its anchors, aliases or merge keys could not be kept in place, so the file was left as it is: edit this setting in the file itself.</source>
        <translation>%1: não foi possível manter no lugar as âncoras, os aliases ou as chaves de mesclagem, então o arquivo ficou como estava: edite esta configuração no próprio arquivo.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_write.py" line="297"/>
        <source>%1: its comments could not be kept in place, so the file was left as it is: edit this setting in the file itself.</source>
        <translation>%1: não foi possível manter os comentários no lugar, então o arquivo ficou como estava: edite esta configuração no próprio arquivo.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_checks.py" line="43"/>
        <source>%1: must not hold a password: choose “%2” in “%3” below, then enter it with “%4” (it is kept in the system keyring)</source>
        <translation>%1: não pode conter senha: escolha “%2” em “%3” abaixo e depois informe-a com “%4” (ela fica guardada no chaveiro do sistema)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_checks.py" line="37"/>
        <source>%1: must not hold a user name or password, and they name different user names (%2) while the members of one Alertmanager share one login: keep the one to use in “%3”, choose “%4” in “%5” below, then enter its password with “%6”</source>
        <translation>%1: não pode conter usuário nem senha, e essas URLs trazem usuários diferentes (%2), enquanto os membros de um mesmo Alertmanager compartilham um só login: deixe o que vale em “%3”, escolha “%4” em “%5” abaixo e depois informe a senha dele com “%6”</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_values.py" line="59"/>
        <source>%1: no severity; write the value, a colon, then the severity (sev1: critical)</source>
        <translation>%1: sem severidade; escreva o valor, dois-pontos e a severidade (sev1: critical)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/sla_settings.py" line="135"/>
        <source>%1: not a time of day (from 00:00 to 23:59)</source>
        <translation>%1: não é uma hora do dia (de 00:00 a 23:59)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/sla_settings.py" line="138"/>
        <source>%1: opening must come before closing</source>
        <translation>%1: a abertura precisa vir antes do fechamento</translation>
    </message>
    <message>
        <source>%1: the password was not kept: type it again.</source>
        <translation type="vanished">%1: a senha não foi guardada: digite-a de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_checks.py" line="76"/>
        <source>%1: written twice (lines %2 and %3), and only one line of a role is kept: put everyone in that role on one line (%1: Ana - +55 11 …; Bruno - …)</source>
        <translation>%1: escrito duas vezes (linhas %2 e %3), e só uma linha de cada papel é mantida: ponha todos desse papel numa linha só (%1: Ana - +55 11 …; Bruno - …)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_checks.py" line="79"/>
        <source>%1: written twice (lines %2 and %3), and only one line of a value is kept: keep the one meant</source>
        <translation>%1: escrito duas vezes (linhas %2 e %3), e só uma linha de cada valor é mantida: deixe a que vale</translation>
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
        <translation>*%1 na coluna %2 não se refere a nenhuma âncora &amp;%1 acima (ponha entre aspas um valor que comece com *)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="45"/>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="46"/>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="51"/>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="52"/>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="64"/>
        <source>0: never</source>
        <translation>0: nunca</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="43"/>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="44"/>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="47"/>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="50"/>
        <source>0: no target</source>
        <translation>0: sem meta</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="17"/>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="18"/>
        <source>Alertmanager URLs</source>
        <translation>URLs do Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="31"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_draft.py" line="138"/>
        <source>Another oncall-tray running on these settings keeps its own changes not saved: what you type here is kept apart from them, and offered back the next time Settings opens if this tray stops before you save it.</source>
        <translation>Outro oncall-tray em execução com estas configurações guarda as próprias alterações não salvas: o que você digitar aqui é guardado à parte delas e oferecido de volta na próxima vez que as Configurações abrirem, se esta bandeja parar antes de você salvar.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_draft.py" line="128"/>
        <source>Another oncall-tray running on these settings keeps its own changes not saved: what you type here is not kept if this tray stops before you save it.</source>
        <translation>Outro oncall-tray em execução com estas configurações guarda as próprias alterações não salvas: o que você digitar aqui não é guardado se esta bandeja parar antes de você salvar.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_draft.py" line="156"/>
        <source>Another oncall-tray stopped with changes not saved on these settings: they are offered the next time Settings opens. What you type here is not kept if this tray stops before you save it.</source>
        <translation>Outro oncall-tray parou com alterações não salvas nestas configurações: elas serão oferecidas na próxima vez que as Configurações abrirem. O que você digitar aqui não é guardado se esta bandeja parar antes de você salvar.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_aliases.py" line="117"/>
        <source>Asking the Alertmanagers whether two addresses are one…</source>
        <translation>Perguntando aos Alertmanagers se dois endereços são um só…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="20"/>
        <source>Authentication</source>
        <translation>Autenticação</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="32"/>
        <source>Author of acknowledgements and silences</source>
        <translation>Autor dos reconhecimentos e silenciamentos</translation>
    </message>
    <message>
        <source>Basic authentication needs a user name.</source>
        <translation type="vanished">A autenticação basic precisa de um nome de usuário.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="95"/>
        <source>Bearer token</source>
        <translation>Token (bearer)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="56"/>
        <source>Business days (comma-separated)</source>
        <translation>Dias úteis (separados por vírgula)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="57"/>
        <source>Business hours</source>
        <translation>Horário comercial</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_tab.py" line="32"/>
        <source>CA certificates</source>
        <translation>Certificados de CA</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_restore.py" line="33"/>
        <source>Changed at %1: %2.</source>
        <translation>Campos alterados em %1: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_restore.py" line="35"/>
        <source>Changed in the settings file since: %1. Check them before saving.</source>
        <translation>Alterados no arquivo de configurações desde então: %1. Confira-os antes de salvar.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_tab.py" line="74"/>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_unsaved.py" line="36"/>
        <source>Could not read %1: %2. The fields show the defaults. Fix the file first: Save does not overwrite it, so that its comments and settings are kept.</source>
        <translation>Não foi possível ler %1: %2. Os campos mostram os valores padrão. Corrija o arquivo primeiro: Salvar não o sobrescreve, para que seus comentários e configurações sejam mantidos.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_unsaved.py" line="32"/>
        <source>Could not read %1: %2. The fields show the settings the tray runs on, last read whole from the file at %3. Fix the file first: Save does not overwrite it, so that its comments and settings are kept.</source>
        <translation>Não foi possível ler %1: %2. Os campos mostram as configurações em uso pela bandeja, lidas por inteiro do arquivo pela última vez em %3. Corrija o arquivo primeiro: Salvar não o sobrescreve, para que seus comentários e configurações sejam mantidos.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="55"/>
        <source>Counted from the escalation to L2 you record; 0: no target</source>
        <translation>Contados a partir da escalação para L2 registrada; 0: sem meta</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="45"/>
        <source>Critical: escalate to L2 after (minutes)</source>
        <translation>Crítico: escalar para L2 após (minutos)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="46"/>
        <source>Critical: escalate to L3 after (minutes)</source>
        <translation>Crítico: escalar para L3 após (minutos)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="44"/>
        <source>Critical: resolve within (minutes)</source>
        <translation>Crítico: resolver em (minutos)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="43"/>
        <source>Critical: respond within (minutes)</source>
        <translation>Crítico: responder em (minutos)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="61"/>
        <source>Desktop notifications</source>
        <translation>Notificações na área de trabalho</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="24"/>
        <source>Do not check TLS certificates (insecure)</source>
        <translation>Não verificar certificados TLS (inseguro)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="38"/>
        <source>Emergency contacts (role: how to reach them, one per line)</source>
        <translation>Contatos de emergência (papel: como contatá-lo, um por linha)</translation>
    </message>
    <message>
        <source>Enter at least one URL.</source>
        <translation type="vanished">Informe pelo menos uma URL.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_checks.py" line="42"/>
        <location filename="../../desktop/oncall_tray/ui/settings_checks.py" line="46"/>
        <location filename="../../desktop/oncall_tray/ui/settings_tab.py" line="78"/>
        <source>Enter password or token…</source>
        <translation>Informar senha ou token…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="22"/>
        <source>Extra CA certificates (PEM file)</source>
        <translation>Certificados de CA adicionais (arquivo PEM)</translation>
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
        <translation>L2: resolver em (minutos)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="66"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="37"/>
        <source>Left out of an acknowledgement&apos;s matchers</source>
        <translation>Deixadas de fora dos matchers de um reconhecimento</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="68"/>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="26"/>
        <source>Longest wait between retries (seconds)</source>
        <translation>Espera máxima entre tentativas (segundos)</translation>
    </message>
    <message>
        <source>Must be a number.</source>
        <translation type="vanished">Deve ser um número.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="94"/>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_unsaved.py" line="108"/>
        <source>Not quitting yet</source>
        <translation>A bandeja continua aberta por enquanto</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_aliases.py" line="158"/>
        <source>Not saved yet: %1. Save again to keep them as typed.</source>
        <translation>Ainda não salvo: %1. Salve de novo para mantê-los como digitados.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_aliases.py" line="148"/>
        <source>Not saved yet: the Alertmanagers could not be asked whether two addresses are one (%1). Save again to keep the URLs as typed.</source>
        <translation>Ainda não salvo: não foi possível perguntar aos Alertmanagers se dois endereços são um só (%1). Salve de novo para manter as URLs como digitadas.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="374"/>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="383"/>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="393"/>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_aliases.py" line="107"/>
        <source>Not saved: the dialog was asked to close while the Alertmanagers were asked. Save again.</source>
        <translation>Não salvo: foi pedido para fechar a janela enquanto os Alertmanagers eram consultados. Salve de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="273"/>
        <source>Not saved: you changed the settings while the Alertmanagers were asked. Save again.</source>
        <translation>Não salvo: você alterou as configurações enquanto os Alertmanagers eram consultados. Salve de novo.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="vanished">Notificações</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="60"/>
        <source>Notifications and language</source>
        <translation>Notificações e idioma</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="19"/>
        <source>One per line; several are the members of one HA cluster, polled together</source>
        <translation>Uma por linha; várias são os membros de um cluster HA, consultados juntos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="62"/>
        <source>One summary for more new alerts than</source>
        <translation>Um resumo quando houver mais alertas novos que</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="33"/>
        <source>Only alerts matching (one matcher per line)</source>
        <translation>Só alertas que casem com (um matcher por linha)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="112"/>
        <source>Other</source>
        <translation>Outros</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_tab.py" line="33"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt *.cer);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="65"/>
        <source>Play a sound with critical notifications</source>
        <translation>Tocar um som com as notificações críticas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="25"/>
        <source>Poll every (seconds)</source>
        <translation>Consultar a cada (segundos)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="70"/>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="34"/>
        <source>Receiver (regular expression)</source>
        <translation>Receiver (expressão regular)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="63"/>
        <source>Remind of an unacknowledged critical alert every (minutes)</source>
        <translation>Lembrar de um alerta crítico sem reconhecimento a cada (minutos)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="29"/>
        <source>Request timeout (seconds)</source>
        <translation>Tempo limite da requisição (segundos)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_restore.py" line="41"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_restore.py" line="30"/>
        <source>Restore the changes not saved when oncall-tray stopped?</source>
        <translation>Restaurar as alterações não salvas quando o oncall-tray parou?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="42"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_unsaved.py" line="58"/>
        <source>Save the settings you changed?</source>
        <translation>Salvar as configurações que você alterou?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="131"/>
        <source>Settings file: %1</source>
        <translation>Arquivo de configurações: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="35"/>
        <source>Severity synonyms (value: severity, one per line)</source>
        <translation>Sinônimos de severidade (valor: severidade, um por linha)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="96"/>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="113"/>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="355"/>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_draft.py" line="254"/>
        <source>The changes not saved kept in %1 could not be read (%2) nor set aside: the changes you type now are not kept until it can be, so as not to write over it.</source>
        <translation>As alterações não salvas guardadas em %1 não puderam ser lidas (%2) nem postas de lado: as alterações que você digitar agora não são guardadas até que possam ser, para não escrever por cima delas.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_draft.py" line="251"/>
        <source>The changes not saved kept in %1 could not be read (%2): set aside as %3, for you to read. The changes you type now are kept apart from them.</source>
        <translation>As alterações não salvas guardadas em %1 não puderam ser lidas (%2): postas de lado como %3, para você ler. As alterações que você digitar agora são guardadas à parte delas.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_overrides.py" line="42"/>
        <source>The demo takes trends from its own Prometheus, %1; the settings file&apos;s Prometheus is %2.</source>
        <translation>A demonstração busca as tendências no próprio Prometheus, %1; o Prometheus do arquivo de configurações é %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_overrides.py" line="37"/>
        <source>The demo watches its own Alertmanager, %1; the settings file&apos;s Alertmanager is %2.</source>
        <translation>A demonstração acompanha o próprio Alertmanager, %1; o Alertmanager do arquivo de configurações é %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="39"/>
        <source>The escalation message names those of its level (L2: Tech Lead, SRE; L3: CTO, Arquiteto); the start checklist lists them all</source>
        <translation>A mensagem de escalação cita os do seu nível (L2: Tech Lead, SRE; L3: CTO, Arquiteto); o checklist de início de turno lista todos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="21"/>
        <source>The password or token is kept in the system keyring</source>
        <translation>A senha ou o token fica no chaveiro do sistema</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_unsaved.py" line="108"/>
        <source>The settings are not saved yet: the Alertmanagers are being asked whether two of the addresses are one Alertmanager. The settings dialog says when they are saved; Quit again then.</source>
        <translation>As configurações ainda não foram salvas: os Alertmanagers estão sendo consultados sobre se dois dos endereços são um só Alertmanager. A janela de configurações avisa quando forem salvas; então escolha Sair de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_unsaved.py" line="61"/>
        <source>The settings you changed cannot be saved. Discard them, or cancel to go back and fix them?</source>
        <translation>As configurações que você alterou não podem ser salvas. Descartá-las, ou cancelar para voltar e corrigi-las?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_checks.py" line="160"/>
        <source>The user name was not moved and the URLs are left as typed (no login can be asked for them yet): %1</source>
        <translation>O nome de usuário não foi movido e as URLs ficam como digitadas (ainda não dá para pedir o login delas): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_overrides.py" line="43"/>
        <source>This run takes trends from %1 (given with --prometheus); the settings file&apos;s Prometheus is %2.</source>
        <translation>Esta execução busca as tendências em %1 (dado com --prometheus); o Prometheus do arquivo de configurações é %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_overrides.py" line="38"/>
        <source>This run watches %1 (given with --alertmanager); the settings file&apos;s Alertmanager is %2.</source>
        <translation>Esta execução acompanha %1 (dado com --alertmanager); o Alertmanager do arquivo de configurações é %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="58"/>
        <source>Time zone (empty: the system&apos;s)</source>
        <translation>Fuso horário (vazio: o do sistema)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="23"/>
        <source>Trusted in addition to the system&apos;s certificates</source>
        <translation>Confiáveis além dos certificados do sistema</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_restore.py" line="29"/>
        <location filename="../../desktop/oncall_tray/ui/settings_unsaved.py" line="58"/>
        <location filename="../../desktop/oncall_tray/ui/settings_unsaved.py" line="60"/>
        <source>Unsaved settings</source>
        <translation>Configurações não salvas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_checks.py" line="166"/>
        <source>Use “%1” as the user name (basic authentication)…</source>
        <translation>Usar “%1” como nome de usuário (autenticação básica)…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="21"/>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="94"/>
        <source>User name and password (basic auth)</source>
        <translation>Usuário e senha (basic auth)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="36"/>
        <source>Volatile labels (comma-separated)</source>
        <translation>Labels voláteis (separados por vírgula)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="51"/>
        <source>Warning: escalate to L2 after (minutes)</source>
        <translation>Aviso: escalar para L2 após (minutos)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="52"/>
        <source>Warning: escalate to L3 after (minutes)</source>
        <translation>Aviso: escalar para L3 após (minutos)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="49"/>
        <source>Warning: investigate within (minutes)</source>
        <translation>Aviso: investigar em (minutos)</translation>
    </message>
    <message>
        <source>Warning: resolve within (minutes)</source>
        <translation type="vanished">Aviso: resolver em (minutos)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="47"/>
        <source>Warning: respond within (minutes)</source>
        <translation>Aviso: responder em (minutos)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="27"/>
        <source>While Alertmanager fails it is asked again after 1, 2, 4, 8… seconds, each wait at most this or the poll interval, whichever is smaller</source>
        <translation>Enquanto o Alertmanager falha, ele é consultado de novo após 1, 2, 4, 8… segundos, cada espera no máximo este valor ou o intervalo de consulta, o que for menor</translation>
    </message>
    <message>
        <source>While Alertmanager fails; never longer than the poll interval</source>
        <translation type="vanished">Enquanto o Alertmanager falha; nunca mais que o intervalo de consulta</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="262"/>
        <source>YAML cannot read what is at column %1 (check the quotes, brackets, colons and indentation of this line and the lines above)</source>
        <translation>o YAML não consegue ler o que está na coluna %1 (confira as aspas, os colchetes, os dois-pontos e a indentação desta linha e das de cima)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="32"/>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="177"/>
        <source>a %1 at column %2 where a value should be (put a value that starts with it in quotes)</source>
        <translation>um %1 na coluna %2 onde deveria haver um valor (ponha entre aspas um valor que comece com ele)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="171"/>
        <source>a - at column %1 where no list can start (write a list on the lines below its key, indented, or as [a, b])</source>
        <translation>um - na coluna %1 onde nenhuma lista pode começar (escreva a lista nas linhas abaixo da chave, indentada, ou como [a, b])</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="174"/>
        <source>a ? at column %1 where no key can start (put the value in quotes)</source>
        <translation>um ? na coluna %1 onde nenhuma chave pode começar (ponha o valor entre aspas)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="114"/>
        <source>a colon at column %1 where none can be (put a value holding &quot;: &quot; in quotes, or check the indentation)</source>
        <translation>dois-pontos na coluna %1 onde não pode haver (ponha entre aspas um valor que contenha &quot;: &quot;, ou confira a indentação)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_values.py" line="72"/>
        <source>a contact needs its role (Tech Lead, SRE, CTO...): %1</source>
        <translation>um contato precisa do seu papel (Tech Lead, SRE, CTO...): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="248"/>
        <source>a control character (U+%1) at column %2: remove it</source>
        <translation>um caractere de controle (U+%1) na coluna %2: remova-o</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="224"/>
        <source>a hidden line break (U+%1) at column %2, which YAML reads as a new line: remove it</source>
        <translation>uma quebra de linha invisível (U+%1) na coluna %2, que o YAML lê como nova linha: remova-a</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="162"/>
        <source>a line that starts with % is a YAML directive, which the settings do not take: remove it (or put the value in quotes)</source>
        <translation>uma linha que começa com % é uma diretiva YAML, que as configurações não aceitam: remova-a (ou ponha o valor entre aspas)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="179"/>
        <source>a list</source>
        <translation>uma lista</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="106"/>
        <source>a list or mapping as a key at column %1 (a key is a name: key: value)</source>
        <translation>uma lista ou um mapeamento como chave na coluna %1 (uma chave é um nome: chave: valor)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="180"/>
        <source>a mapping (key: value)</source>
        <translation>um mapeamento (chave: valor)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="176"/>
        <source>a number</source>
        <translation>um número</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="186"/>
        <source>a number with a fraction</source>
        <translation>um número com casas decimais</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="128"/>
        <source>a part of its path is a file, not a folder</source>
        <translation>uma parte do caminho é um arquivo, não uma pasta</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="165"/>
        <source>a second document starts here (a line ---): the settings are one document; remove that line</source>
        <translation>um segundo documento começa aqui (uma linha ---): as configurações são um documento só; remova essa linha</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="109"/>
        <source>a tab at column %1 (YAML indents with spaces, not tabs)</source>
        <translation>uma tabulação na coluna %1 (o YAML indenta com espaços, não com tabulações)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="175"/>
        <source>a whole number</source>
        <translation>um número inteiro</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_values.py" line="54"/>
        <source>an empty value cannot be a synonym (%1)</source>
        <translation>um valor vazio não pode ser sinônimo (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_aliases.py" line="44"/>
        <source>an unexpected error in oncall-tray (%1); the details are in the log</source>
        <translation>um erro inesperado no oncall-tray (%1); os detalhes estão no log</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_write.py" line="143"/>
        <source>cannot copy %1 aside before replacing it: %2</source>
        <translation>não foi possível guardar uma cópia de %1 antes de substituí-lo: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_write.py" line="68"/>
        <source>cannot create %1: %2 is a file, not a folder.</source>
        <translation>não é possível criar %1: %2 é um arquivo, não uma pasta.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_write.py" line="63"/>
        <source>cannot create %1: it is a folder, not a file.</source>
        <translation>não é possível criar %1: é uma pasta, não um arquivo.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_write.py" line="72"/>
        <source>cannot create %1: permission denied in %2.</source>
        <translation>não é possível criar %1: permissão negada em %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="170"/>
        <source>cannot read the file: %1</source>
        <translation>não foi possível ler o arquivo: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_write.py" line="90"/>
        <source>cannot remove %1: %2</source>
        <translation>não é possível remover %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_write.py" line="84"/>
        <source>cannot remove %1: it is a folder, not a file.</source>
        <translation>não é possível remover %1: é uma pasta, não um arquivo.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_write.py" line="86"/>
        <source>cannot remove %1: permission denied in %2.</source>
        <translation>não é possível remover %1: permissão negada em %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_write.py" line="89"/>
        <source>cannot remove %1: the file system is read-only.</source>
        <translation>não é possível remover %1: o sistema de arquivos é somente leitura.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_write.py" line="77"/>
        <source>cannot write %1: %2</source>
        <translation>não é possível gravar %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_write.py" line="65"/>
        <source>cannot write %1: it is not a regular file.</source>
        <translation>não é possível gravar %1: não é um arquivo comum.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_write.py" line="73"/>
        <source>cannot write %1: permission denied.</source>
        <translation>não é possível gravar %1: permissão negada.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_write.py" line="76"/>
        <source>cannot write %1: the file system is read-only.</source>
        <translation>não é possível gravar %1: o sistema de arquivos é somente leitura.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_unsaved.py" line="45"/>
        <source>could not read %1: %2. Fix the file first: saving over it would lose its comments and settings.</source>
        <translation>não foi possível ler %1: %2. Corrija o arquivo primeiro: salvar por cima dele perderia seus comentários e configurações.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="106"/>
        <source>e.g. %1</source>
        <translation>ex.: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="232"/>
        <source>each key</source>
        <translation>cada chave</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="234"/>
        <source>each value</source>
        <translation>cada valor</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="181"/>
        <source>empty (null)</source>
        <translation>vazio (null)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_urls.py" line="50"/>
        <source>ends in %1: give Alertmanager&apos;s own address, without it (its API&apos;s path is added to it)</source>
        <translation>termina em %1: dê o endereço do próprio Alertmanager, sem isso (o caminho da API é acrescentado a ele)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="80"/>
        <source>escalate to L2 after</source>
        <translation>escalar para L2 após</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="81"/>
        <source>escalate to L3 after</source>
        <translation>escalar para L3 após</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_urls.py" line="22"/>
        <source>has spaces before or after the address: remove them</source>
        <translation>tem espaços antes ou depois do endereço: remova-os</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_values.py" line="135"/>
        <source>holds a control character (U+%1): it would sign silences with it</source>
        <translation>contém um caractere de controle (U+%1): os silenciamentos seriam assinados com ele</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="132"/>
        <source>input/output error (a failing disk?)</source>
        <translation>erro de entrada/saída (um disco falhando?)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="79"/>
        <source>investigate within</source>
        <translation>investigar em</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="129"/>
        <source>it is a folder, not a file</source>
        <translation>é uma pasta, não um arquivo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_aliases.py" line="57"/>
        <source>item %1 (%2) is the same Alertmanager as %3: list it once (it is polled and acknowledged on once)</source>
        <translation>item %1 (%2) é o mesmo Alertmanager que %3: liste-o uma vez só (ele é consultado e recebe cada reconhecimento uma vez só)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="236"/>
        <source>item %1 of the list</source>
        <translation>o item %1 da lista</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config.py" line="255"/>
        <source>item %1 of the list (%2): %3</source>
        <translation>item %1 da lista (%2): %3</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_read.py" line="232"/>
        <source>larger than %1 kB: not a settings file</source>
        <translation>maior que %1 kB: não é um arquivo de configurações</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="103"/>
        <source>line %1: %2</source>
        <translation>linha %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="101"/>
        <source>line %1: %2: %3</source>
        <translation>linha %1: %2: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="208"/>
        <source>must be %1 greater than %2</source>
        <translation>deve ser %1 maior que %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="209"/>
        <source>must be %1 less than %2</source>
        <translation>deve ser %1 menor que %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="204"/>
        <source>must be %1, at least %2</source>
        <translation>deve ser %1, no mínimo %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="206"/>
        <source>must be %1, at most %2</source>
        <translation>deve ser %1, no máximo %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="216"/>
        <source>must be %1, not %2</source>
        <translation>deve ser %1, não %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_checks.py" line="58"/>
        <source>must be a number</source>
        <translation>deve ser um número</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_checks.py" line="56"/>
        <source>must be a whole number</source>
        <translation>deve ser um número inteiro</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/sla_settings.py" line="218"/>
        <source>must be an IANA time zone name such as America/Sao_Paulo, or &quot;&quot; for the system&apos;s zone</source>
        <translation>deve ser um nome de fuso horário IANA, como America/Sao_Paulo, ou &quot;&quot; para o fuso do sistema</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_urls.py" line="42"/>
        <source>must be an http:// or https:// URL with a host</source>
        <translation>deve ser uma URL http:// ou https:// com um host</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_values.py" line="99"/>
        <source>must be at least 1</source>
        <translation>deve ser pelo menos 1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_values.py" line="24"/>
        <source>must be between %1 and %2 seconds</source>
        <translation>deve estar entre %1 e %2 segundos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_values.py" line="95"/>
        <source>must be empty (system language), pt_BR or en</source>
        <translation>deve ser vazio (idioma do sistema), pt_BR ou en</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/sla_settings.py" line="146"/>
        <source>must be from 0 (none) to %1 minutes (a week)</source>
        <translation>deve ser de 0 (nenhum) a %1 minutos (uma semana)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/sla_settings.py" line="168"/>
        <source>must be less than %1 (%2)</source>
        <translation>deve ser menor que %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/sla_settings.py" line="169"/>
        <source>must be more than %1 (%2)</source>
        <translation>deve ser maior que %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_values.py" line="119"/>
        <source>must be none, basic or bearer</source>
        <translation>deve ser none, basic ou bearer</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_values.py" line="133"/>
        <source>must not be empty: it signs acknowledgements and silences</source>
        <translation>não pode ficar vazio: assina os reconhecimentos e silenciamentos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/sla_settings.py" line="167"/>
        <source>must not be less than %1 (%2)</source>
        <translation>não pode ser menor que %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/sla_settings.py" line="166"/>
        <source>must not be more than %1 (%2)</source>
        <translation>não pode ser maior que %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_values.py" line="140"/>
        <source>must not contain a colon (basic auth)</source>
        <translation>não pode conter dois-pontos (basic auth)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_urls.py" line="40"/>
        <source>must not contain spaces</source>
        <translation>não pode conter espaços</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_urls.py" line="45"/>
        <source>must not hold a password</source>
        <translation>não deve conter senha</translation>
    </message>
    <message>
        <source>must not hold a password (the browser asks for it)</source>
        <translation type="vanished">não deve conter senha (o navegador pede)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_urls.py" line="32"/>
        <source>must not hold a password (what follows the “:” is no port number)</source>
        <translation>não pode conter senha (o que vem depois do “:” não é um número de porta)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_urls.py" line="30"/>
        <source>must not hold a password (what follows the “:” is no port number): use `oncall-tray login` (the OS keyring) instead</source>
        <translation>não pode conter senha (o que vem depois do “:” não é um número de porta): use `oncall-tray login` (o chaveiro do sistema)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_urls.py" line="46"/>
        <source>must not hold a password: use `oncall-tray login` (the OS keyring) instead</source>
        <translation>não pode conter senha: use `oncall-tray login` (o chaveiro do sistema)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_urls.py" line="55"/>
        <source>must not hold a query or a fragment (%1): give the address without them</source>
        <translation>não pode ter consulta nem fragmento (%1): informe o endereço sem eles</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_values.py" line="125"/>
        <source>must not hold alertname: an acknowledgement is of the alert it names</source>
        <translation>não pode conter alertname: um reconhecimento é do alerta que ele nomeia</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_checks.py" line="53"/>
        <source>needs a user name for basic authentication</source>
        <translation>precisa de um nome de usuário para a autenticação básica</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_checks.py" line="31"/>
        <source>needs at least one URL</source>
        <translation>precisa de pelo menos uma URL</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/sla_settings.py" line="110"/>
        <source>needs at least one day</source>
        <translation>precisa de pelo menos um dia</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_read.py" line="86"/>
        <source>nested more than %1 levels deep (lists and mappings inside each other)</source>
        <translation>aninhado em mais de %1 níveis (listas e mapeamentos um dentro do outro)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="89"/>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="91"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="117"/>
        <source>no &apos;:&apos; after the key at column %1 (write key: value)</source>
        <translation>falta &apos;:&apos; depois da chave na coluna %1 (escreva chave: valor)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="130"/>
        <source>no such file or folder</source>
        <translation>arquivo ou pasta inexistente</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_values.py" line="145"/>
        <source>no such file: %1</source>
        <translation>arquivo inexistente: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="86"/>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="88"/>
        <source>no target</source>
        <translation>sem meta</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_overrides.py" line="27"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_read.py" line="245"/>
        <source>not UTF-8 text (byte %1 at position %2): read as Windows-1252 (Latin-1); save it as UTF-8</source>
        <translation>não é texto UTF-8 (byte %1 na posição %2): lido como Windows-1252 (Latin-1); salve-o como UTF-8</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_read.py" line="239"/>
        <source>not UTF-8 text (byte %1 at position %2, line %3)</source>
        <translation>não é texto UTF-8 (byte %1 na posição %2, linha %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_values.py" line="44"/>
        <source>not a regular expression Alertmanager accepts: %1</source>
        <translation>não é uma expressão regular que o Alertmanager aceite: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_read.py" line="228"/>
        <source>not a regular file</source>
        <translation>não é um arquivo comum</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_urls.py" line="28"/>
        <source>not a valid URL: %1</source>
        <translation>não é uma URL válida: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_urls.py" line="27"/>
        <source>not a valid URL: a [ without its ] (an IPv6 address is written [::1])</source>
        <translation>não é uma URL válida: um [ sem o seu ] (um endereço IPv6 se escreve [::1])</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_values.py" line="36"/>
        <source>not a valid matcher: %1</source>
        <translation>não é um matcher válido: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config.py" line="253"/>
        <source>not text</source>
        <translation>não é texto</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="237"/>
        <source>not valid YAML: %1</source>
        <translation>YAML inválido: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_field.py" line="53"/>
        <source>off</source>
        <translation>desligado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_field.py" line="53"/>
        <source>on</source>
        <translation>ligado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="98"/>
        <source>oncall-tray — settings</source>
        <translation>oncall-tray — configurações</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="158"/>
        <source>only a comment can follow the %1 at column %2 on its line (the text goes on the lines below, indented)</source>
        <translation>só um comentário pode vir depois do %1 da coluna %2 na sua linha (o texto vai nas linhas de baixo, indentado)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="126"/>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="127"/>
        <source>permission denied</source>
        <translation>permissão negada</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="78"/>
        <source>resolve within</source>
        <translation>resolver em</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="77"/>
        <source>respond within</source>
        <translation>responder em</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_merge.py" line="119"/>
        <source>taken out</source>
        <translation>removido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="177"/>
        <source>text</source>
        <translation>um texto</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="32"/>
        <source>the %1 at column %2 is never closed (a list is written [a, b]; a mapping {a: 1, b: 2}; put a value that starts with one in quotes)</source>
        <translation>o %1 da coluna %2 nunca é fechado (uma lista se escreve [a, b]; um mapeamento {a: 1, b: 2}; ponha entre aspas um valor que comece com um deles)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="154"/>
        <source>the %1 at column %2 must be followed by a name (put a value that starts with %1 in quotes)</source>
        <translation>o %1 da coluna %2 deve ser seguido de um nome (ponha entre aspas um valor que comece com %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="180"/>
        <source>the &lt;&lt; at column %1 merges only a mapping into this one (write the keys themselves)</source>
        <translation>o &lt;&lt; da coluna %1 só mescla um mapeamento neste (escreva as próprias chaves)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="150"/>
        <source>the anchor &amp;%1 at column %2 is set on line %3 already (set each anchor once)</source>
        <translation>a âncora &amp;%1 da coluna %2 já foi definida na linha %3 (defina cada âncora uma vez só)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="130"/>
        <source>the backslash at column %1 starts an escape YAML does not know (inside double quotes write \\ for a backslash, or use single quotes)</source>
        <translation>a barra invertida da coluna %1 inicia um escape que o YAML não conhece (entre aspas duplas escreva \\ para uma barra invertida, ou use aspas simples)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="224"/>
        <source>the entry %1 is required</source>
        <translation>a entrada %1 é obrigatória</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config.py" line="382"/>
        <source>the file does not exist; every setting has its default</source>
        <translation>o arquivo não existe; todas as configurações têm o valor padrão</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_read.py" line="65"/>
        <source>the file must be a mapping of settings (key: value)</source>
        <translation>o arquivo precisa ser um mapeamento de configurações (chave: valor)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="135"/>
        <source>the indentation at column %1 does not match the block that starts on line %2</source>
        <translation>a indentação na coluna %1 não corresponde ao bloco que começa na linha %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="137"/>
        <source>the indentation at column %1 does not match the lines above</source>
        <translation>a indentação na coluna %1 não corresponde às linhas acima</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config.py" line="262"/>
        <source>the list is empty</source>
        <translation>a lista está vazia</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="218"/>
        <source>the number is too large</source>
        <translation>o número é grande demais</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_urls.py" line="38"/>
        <source>the port must be a number from 1 to 65535</source>
        <translation>a porta deve ser um número de 1 a 65535</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="42"/>
        <source>the quote at column %1 is never closed</source>
        <translation>as aspas da coluna %1 nunca são fechadas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="256"/>
        <source>the quote at column %1 is not closed on its line (it runs on to line %2)</source>
        <translation>as aspas da coluna %1 não se fecham na sua linha (continuam até a linha %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_read.py" line="187"/>
        <source>the same as %1 on line %2 (the case and blanks at the ends do not count): only the last one counts</source>
        <translation>o mesmo que %1 na linha %2 (maiúsculas e minúsculas e espaços nas pontas não contam): vale só o último</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="383"/>
        <source>the settings file changed since this dialog opened, and the same entries were changed there: the dialog now shows the file&apos;s values with your other changes. What you typed: %1. Check and save again.</source>
        <translation>o arquivo de configurações mudou desde que esta janela foi aberta, e as mesmas entradas foram alteradas nele: a janela agora mostra os valores do arquivo com as suas outras alterações. O que você digitou: %1. Confira e salve de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_layout.py" line="108"/>
        <source>the system&apos;s (%1); %2</source>
        <translation>o do sistema (%1); %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="37"/>
        <source>the tag %1 at column %2 is not plain YAML, which is all the settings take (write the value itself, in quotes if need be)</source>
        <translation>a tag %1 na coluna %2 não é YAML simples, o único que as configurações aceitam (escreva o próprio valor, entre aspas se preciso)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="237"/>
        <source>the value at %1</source>
        <translation>o valor em %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="183"/>
        <source>the value at column %1 does not match its tag (write the value itself, in quotes if need be)</source>
        <translation>o valor da coluna %1 não corresponde à sua tag (escreva o próprio valor, entre aspas se preciso)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_yaml_errors.py" line="168"/>
        <source>this line comes after the end of the settings (a line ... or a line that starts with % above it): remove that line</source>
        <translation>esta linha vem depois do fim das configurações (uma linha ... ou uma linha que começa com % acima dela): remova essa linha</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="131"/>
        <source>too many symbolic links</source>
        <translation>links simbólicos demais</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="178"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/sla_settings.py" line="106"/>
        <source>unknown day %1: use mon, tue, wed, thu, fri, sat, sun</source>
        <translation>dia desconhecido %1: use seg, ter, qua, qui, sex, sáb, dom (ou mon, tue, wed, thu, fri, sat, sun)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="226"/>
        <source>unknown entry %1</source>
        <translation>entrada desconhecida %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config.py" line="307"/>
        <source>unknown setting</source>
        <translation>configuração desconhecida</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config.py" line="306"/>
        <source>unknown setting (did you mean %1?)</source>
        <translation>configuração desconhecida (você quis dizer %1?)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/sla_settings.py" line="77"/>
        <source>unknown time zone %1</source>
        <translation>fuso horário desconhecido %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_read.py" line="185"/>
        <source>written twice (also on line %1): the last one counts</source>
        <translation>escrito duas vezes (também na linha %1): vale o último</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_problems.py" line="252"/>
        <source>wrong type: %1</source>
        <translation>tipo errado: %1</translation>
    </message>
</context>
<context>
    <name>settings_watch</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_watch.py" line="118"/>
        <source>%1 is empty now: the tray keeps the settings it had. To start again from the defaults, write them in it (oncall-tray config init --force).</source>
        <translation>%1 está vazio agora: a bandeja mantém as configurações que tinha. Para recomeçar dos padrões, escreva-os nele (oncall-tray config init --force).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_watch.py" line="197"/>
        <source>%1; defaults are used for: %2</source>
        <translation>%1; usando os valores padrão para: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_watch.py" line="170"/>
        <location filename="../../desktop/oncall_tray/ui/settings_watch.py" line="172"/>
        <source>(+%1 more)</source>
        <translation>(+%1 outros)</translation>
    </message>
    <message>
        <source>All of them: oncall-tray config check</source>
        <translation type="vanished">Todos: oncall-tray config check</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_watch.py" line="155"/>
        <source>Check them all: oncall-tray config check</source>
        <translation>Confira todos: oncall-tray config check</translation>
    </message>
    <message>
        <source>Could not read the settings file %1 (%2)</source>
        <translation type="vanished">Não foi possível ler o arquivo de configurações %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_watch.py" line="190"/>
        <source>Could not read the settings file %1 (%2); using the defaults</source>
        <translation>Não foi possível ler o arquivo de configurações %1 (%2); usando os valores padrão</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_watch.py" line="132"/>
        <source>Edited settings not applied</source>
        <translation>Configurações editadas não aplicadas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_watch.py" line="118"/>
        <source>Emptied settings file not applied</source>
        <translation>Arquivo de configurações esvaziado não aplicado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_watch.py" line="142"/>
        <source>Read again from %1 after it was edited.</source>
        <translation>Lidas de novo de %1 após a edição.</translation>
    </message>
    <message>
        <source>See every problem with: oncall-tray config check</source>
        <translation type="vanished">Veja todos os problemas com: oncall-tray config check</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_watch.py" line="141"/>
        <source>Settings applied</source>
        <translation>Configurações aplicadas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_watch.py" line="132"/>
        <source>The tray keeps the settings it had until the file is fixed.</source>
        <translation>A bandeja mantém as configurações que tinha até que o arquivo seja corrigido.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_watch.py" line="187"/>
        <source>Using the settings last read from %1 at %3 until it is fixed: it cannot be read (%2)</source>
        <translation>Usando as configurações lidas por último de %1 em %3 até que ele seja corrigido: não é possível lê-lo (%2)</translation>
    </message>
</context>
<context>
    <name>severity</name>
    <message>
        <location filename="../../desktop/oncall_tray/core/severity.py" line="86"/>
        <source>critical</source>
        <translation>crítico</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/severity.py" line="88"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/severity.py" line="89"/>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/severity.py" line="87"/>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
</context>
<context>
    <name>shift</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_polls.py" line="92"/>
        <location filename="../../desktop/oncall_tray/ui/shift_polls.py" line="95"/>
        <source>%1 alerts resolved and fired again</source>
        <translation>%1 alertas resolvidos e disparados de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_polls.py" line="92"/>
        <location filename="../../desktop/oncall_tray/ui/shift_polls.py" line="95"/>
        <source>%1 resolved and fired again</source>
        <translation>%1 resolvido e disparado de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_expires.py" line="244"/>
        <source>%1 silences not expired</source>
        <translation>%1 silenciamentos não expirados</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_notices.py" line="72"/>
        <source>(Incidents, in the tray menu)</source>
        <translation>(Incidentes, no menu da bandeja)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_journal.py" line="291"/>
        <source>, watching %1</source>
        <translation>, que vigia %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_notices.py" line="151"/>
        <source>Acknowledgement lost: %1</source>
        <translation>Reconhecimento perdido: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_notices.py" line="151"/>
        <source>Acknowledgements lost: %1 alerts</source>
        <translation>Reconhecimentos perdidos: %1 alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_notices.py" line="101"/>
        <source>After %1 incidents</source>
        <translation>Após %1 incidentes</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_notices.py" line="100"/>
        <location filename="../../desktop/oncall_tray/ui/shift_notices.py" line="109"/>
        <source>After the incident: %1</source>
        <translation>Após o incidente: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_polls.py" line="93"/>
        <source>It fired again within the hour: its incident goes on (Incidents, in the tray menu).</source>
        <translation>Disparou de novo em menos de uma hora: o incidente continua (Incidentes, no menu da bandeja).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_notices.py" line="160"/>
        <source>Its silence is no longer in Alertmanager (did it restart without its data?). Silence it again if it still needs it.</source>
        <translation>O silenciamento dele não está mais no Alertmanager (ele reiniciou sem os dados?). Silencie-o de novo se ainda for preciso.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_notices.py" line="153"/>
        <source>Its silence is no longer in Alertmanager (did it restart without its data?). The response stays recorded; acknowledge it again to silence it.</source>
        <translation>O silenciamento dele não está mais no Alertmanager (ele reiniciou sem os dados?). A resposta continua registrada; reconheça-o de novo para silenciá-lo.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/journal_slot.py" line="43"/>
        <source>No notes here: the shift journal cannot be used (%1).</source>
        <translation>Sem notas aqui: o diário do turno não pode ser usado (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/journal_slot.py" line="32"/>
        <source>Open the shift journal again (after making its folder writable, for one)</source>
        <translation>Abrir o diário do turno de novo (depois de liberar a gravação na pasta dele, por exemplo)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_notices.py" line="66"/>
        <source>Post-mortem due: %1</source>
        <translation>Hora do Post-Mortem: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_notices.py" line="68"/>
        <source>Post-mortem review due: %1</source>
        <translation>Hora de revisar o Post-Mortem: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_notices.py" line="69"/>
        <source>Post-mortem reviews due: %1 incidents</source>
        <translation>Hora de revisar os Post-Mortems: %1 incidentes</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_notices.py" line="67"/>
        <source>Post-mortems due: %1 incidents</source>
        <translation>Hora dos Post-Mortems: %1 incidentes</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_notices.py" line="102"/>
        <source>Resolved. Remove the silences, confirm the metrics, update #incidents and document the actions: Incidents in the tray menu.</source>
        <translation>Resolvido. Remova os silenciamentos, confirme as métricas, atualize #incidents e documente as ações: Incidentes, no menu da bandeja.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_notices.py" line="107"/>
        <source>Resolved. Still to do: %1 (Incidents, in the tray menu).</source>
        <translation>Resolvido. Falta: %1 (Incidentes, no menu da bandeja).</translation>
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
        <translation>Diário do turno</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_notices.py" line="158"/>
        <source>Silence lost: %1</source>
        <translation>Silenciamento perdido: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_expires.py" line="251"/>
        <source>Silence not expired</source>
        <translation>Silenciamento não expirado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_notices.py" line="158"/>
        <source>Silences lost: %1 alerts</source>
        <translation>Silenciamentos perdidos: %1 alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_polls.py" line="96"/>
        <source>The earlier incident is closed (Incidents, in the tray menu); the alert is firing again as a new one.</source>
        <translation>O incidente anterior foi encerrado (Incidentes, no menu da bandeja); o alerta voltou a disparar como um novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_journal.py" line="202"/>
        <source>The shift journal can be used again.</source>
        <translation>O diário do turno pode ser usado de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_polls.py" line="88"/>
        <source>The shift journal can be written again.</source>
        <translation>O diário do turno pode ser gravado de novo.</translation>
    </message>
    <message>
        <source>The shift journal cannot be used: %1</source>
        <translation type="vanished">O diário do turno não pode ser usado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_journal.py" line="125"/>
        <source>The shift journal cannot be used: %1. Once its folder can be written, open a shift window again: no restart is needed.</source>
        <translation>O diário do turno não pode ser usado: %1. Quando for possível gravar na pasta dele, abra de novo uma janela do plantão: não é preciso reiniciar.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_polls.py" line="82"/>
        <source>The shift journal cannot be written: %1. The shift&apos;s events are not kept until it can be.</source>
        <translation>O diário do turno não pode ser gravado: %1. Os eventos do turno não são guardados até que possa.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_journal.py" line="93"/>
        <source>The shift journal is not used by this tray: %1. Its shift features are off, so that the two trays do not record over each other; quit the other one and start this one again to use them here.</source>
        <translation>O diário do turno não é usado por esta bandeja: %1. As funções de turno ficam desligadas, para que as duas bandejas não registrem uma por cima da outra; para usá-las aqui, feche a outra e inicie esta de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_journal.py" line="115"/>
        <source>The shift journal is not used by this tray: %1. Its shift features are off, so that these alerts are not recorded as that shift&apos;s.</source>
        <translation>O diário do turno não é usado por esta bandeja: %1. As funções de turno ficam desligadas, para que estes alertas não sejam registrados como os daquele turno.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_expires.py" line="288"/>
        <source>The silence was expired, but not recorded in the shift journal: %1</source>
        <translation>O silenciamento foi expirado, mas não foi registrado no diário do turno: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_notices.py" line="161"/>
        <source>Their silences are no longer in Alertmanager (did it restart without its data?). Silence them again if they still need it.</source>
        <translation>Os silenciamentos deles não estão mais no Alertmanager (ele reiniciou sem os dados?). Silencie-os de novo se ainda for preciso.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_notices.py" line="163"/>
        <source>Their silences are no longer in Alertmanager (did it restart without its data?). Silence them again if they still need it; the acknowledgements among them stay recorded.</source>
        <translation>Os silenciamentos deles não estão mais no Alertmanager (ele reiniciou sem os dados?). Silencie-os de novo se ainda for preciso; os reconhecimentos entre eles continuam registrados.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_notices.py" line="154"/>
        <source>Their silences are no longer in Alertmanager (did it restart without its data?). The responses stay recorded; acknowledge them again to silence them.</source>
        <translation>Os silenciamentos deles não estão mais no Alertmanager (ele reiniciou sem os dados?). As respostas continuam registradas; reconheça-os de novo para silenciá-los.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/journal_slot.py" line="31"/>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_expires.py" line="326"/>
        <source>Your expire of %1 (asked at %2) was never confirmed: the silence is still active. Expire it in the alerts window&apos;s Silences tab, or: oncall-tray silence expire %3</source>
        <translation>Sua expiração de %1 (pedida em %2) nunca foi confirmada: o silenciamento continua ativo. Expire-o na aba Silenciamentos da janela de alertas ou com: oncall-tray silence expire %3</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_expires.py" line="244"/>
        <source>Your expires, never confirmed; still active. Expire them in the alerts window&apos;s Silences tab, or: oncall-tray silence expire ID (IDs: oncall-tray silence list)</source>
        <translation>Suas expirações, nunca confirmadas; ainda ativos. Expire-os na aba Silenciamentos da janela de alertas ou: oncall-tray silence expire ID (IDs: oncall-tray silence list)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_journal.py" line="289"/>
        <source>another oncall-tray holds the shift journal (settings %1)</source>
        <translation>outro oncall-tray está com o diário do turno (configurações %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_journal.py" line="113"/>
        <source>it follows another Alertmanager (%1) than the one given with --alertmanager (%2)</source>
        <translation>ele acompanha outro Alertmanager (%1), não o dado com --alertmanager (%2)</translation>
    </message>
    <message>
        <source>it follows another Alertmanager than the one given with --alertmanager (%1)</source>
        <translation type="vanished">ele acompanha outro Alertmanager, não o dado com --alertmanager (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_journal.py" line="111"/>
        <source>it follows the whole cluster (%1), not only the members given with --alertmanager (%2)</source>
        <translation>ele acompanha o cluster inteiro (%1), não só os membros dados com --alertmanager (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_controller.py" line="99"/>
        <source>no answer from Alertmanager yet</source>
        <translation>ainda sem resposta do Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_journal.py" line="66"/>
        <source>the shift journal cannot be used (%1)</source>
        <translation>o diário do turno não pode ser usado (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_journal.py" line="287"/>
        <source>the shift journal follows %1, held by another oncall-tray (settings %3); this tray watches %2</source>
        <translation>o diário do turno segue %1, com outro oncall-tray (configurações %3); esta bandeja acompanha %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_journal.py" line="284"/>
        <source>the shift journal follows %1, held by another oncall-tray on these same settings; this tray watches %2</source>
        <translation>o diário do turno segue %1, com outro oncall-tray nestas mesmas configurações; esta bandeja acompanha %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_journal.py" line="67"/>
        <source>the shift journal is closed</source>
        <translation>o diário do turno está fechado</translation>
    </message>
</context>
<context>
    <name>shift_end</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="100"/>
        <source>&amp;Hand over the shift</source>
        <translation>&amp;Passar turno</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_silences.py" line="76"/>
        <source>(you)</source>
        <translation>(você)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_silences.py" line="55"/>
        <source>Active silences (%1)</source>
        <translation>Silenciamentos ativos (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_silences.py" line="57"/>
        <source>Active silences: %1</source>
        <translation>Silenciamentos ativos: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="69"/>
        <location filename="../../desktop/oncall_tray/ui/handoff_silences.py" line="48"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="268"/>
        <source>Alerts received: %1 · Incidents: %2</source>
        <translation>Alertas recebidos: %1 · Incidentes: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="270"/>
        <source>Alerts received: the alerts first seen during this shift, whatever time they started. Incidents: the alerts acknowledged, noted or escalated during it, or whose escalation&apos;s answer was recorded, and those handled before that resolved during it.</source>
        <translation>Alertas recebidos: os alertas vistos pela primeira vez neste turno, seja qual for a hora em que começaram. Incidentes: os alertas reconhecidos, anotados ou escalados nele, ou cuja resposta da escalação foi registrada, e os tratados antes que foram resolvidos nele.</translation>
    </message>
    <message>
        <source>Alerts received: the alerts first seen during this shift, whatever time they started. Incidents: the alerts acknowledged, noted or escalated during it.</source>
        <translation type="vanished">Alertas recebidos: os alertas vistos pela primeira vez neste turno, seja qual for a hora em que começaram. Incidentes: os alertas reconhecidos, anotados ou escalados nele.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="102"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="94"/>
        <source>Copy Markdown</source>
        <translation>Copiar Markdown</translation>
    </message>
    <message>
        <source>Could not expire the silence: %1</source>
        <translation type="vanished">Não foi possível expirar o silenciamento: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_silences.py" line="80"/>
        <source>Covers no alert now: expire it?</source>
        <translation>Não cobre mais nenhum alerta: expirar?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_silences.py" line="48"/>
        <source>Created by</source>
        <translation>Criado por</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="69"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_silences.py" line="101"/>
        <source>End this silence now in Alertmanager</source>
        <translation>Encerrar este silenciamento agora no Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_silences.py" line="96"/>
        <source>Expire</source>
        <translation>Expirar</translation>
    </message>
    <message>
        <source>Expire someone else&apos;s silence?</source>
        <translation type="vanished">Expirar o silenciamento de outra pessoa?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_silences.py" line="48"/>
        <source>Expires</source>
        <translation>Expira</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_silences.py" line="96"/>
        <source>Expiring…</source>
        <translation>Expirando…</translation>
    </message>
    <message>
        <source>Hand over the shift</source>
        <translation type="vanished">Passar turno</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="53"/>
        <source>Hand over the shift — oncall-tray</source>
        <translation>Passar turno — oncall-tray</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="374"/>
        <source>Hand the shift over to %1, who holds it now?</source>
        <translation>Passar o turno para %1, que está com ele agora?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="266"/>
        <source>Handing over the shift of %1, since %2 (%3)</source>
        <translation>Passando o turno de %1, desde %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="283"/>
        <source>Incidents handled (%1)</source>
        <translation>Incidentes tratados (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="91"/>
        <source>Incoming on-call engineer:</source>
        <translation>Plantonista entrando:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="120"/>
        <source>Markdown (as the guide lays it out)</source>
        <translation>Markdown (no formato do guia)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="347"/>
        <source>Markdown copied to the clipboard.</source>
        <translation>Markdown copiado para a área de transferência.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="84"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="240"/>
        <source>No shift is open.</source>
        <translation>Nenhum turno aberto.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_pending.py" line="82"/>
        <source>Nothing to suggest now; add your own below.</source>
        <translation>Nada a sugerir agora; acrescente as suas abaixo.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="113"/>
        <source>Observations</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>One pending item per line</source>
        <translation type="vanished">Uma pendência por linha</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="274"/>
        <source>Outgoing on-call engineer: %1</source>
        <translation>Plantonista saindo: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="98"/>
        <source>Past handoffs…</source>
        <translation>Passagens anteriores…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_pending.py" line="40"/>
        <source>Pending for the next shift</source>
        <translation>Pendências para o próximo turno</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_silences.py" line="48"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="96"/>
        <source>Save as…</source>
        <translation>Salvar como…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="361"/>
        <source>Saved to %1</source>
        <translation>Salvo em %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="396"/>
        <source>Shift handed over</source>
        <translation>Passagem de turno concluída</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_silences.py" line="130"/>
        <source>Silence expired where it was taken.</source>
        <translation>Silenciamento expirado onde foi aceito.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_silences.py" line="132"/>
        <source>Silence expired where it was taken. %1</source>
        <translation>Silenciamento expirado onde foi aceito. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_silences.py" line="134"/>
        <source>Silence expired.</source>
        <translation>Silenciamento expirado.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_silences.py" line="131"/>
        <source>Silence not expired everywhere</source>
        <translation>Silenciamento não expirado em todos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="242"/>
        <source>Start one with Take over the shift in the tray menu.</source>
        <translation>Assuma um com Assumir turno, no menu da bandeja.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="69"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Suggested from the open incidents and the post-mortems due; edit freely.</source>
        <translation type="vanished">Sugeridas a partir dos incidentes abertos e dos post-mortems pendentes; edite à vontade.</translation>
    </message>
    <message>
        <source>Suggested from the open incidents, the alerts nobody acknowledged and the post-mortems due; edit freely.</source>
        <translation type="vanished">Sugeridas a partir dos incidentes abertos, dos alertas que ninguém reconheceu e dos post-mortems pendentes; edite à vontade.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_pending.py" line="79"/>
        <source>Suggested from the open incidents, the alerts nobody acknowledged and the post-mortems due; they follow the shift until the handoff. Untick what the next shift need not follow up; add your own below.</source>
        <translation>Sugeridas a partir dos incidentes abertos, dos alertas que ninguém reconheceu e dos post-mortems pendentes; acompanham o turno até a passagem. Desmarque o que o próximo turno não precisa acompanhar; acrescente as suas abaixo.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="390"/>
        <source>The shift was not handed over: %1</source>
        <translation>O turno não foi passado: %1</translation>
    </message>
    <message>
        <source>The silence may have been expired all the same: %1</source>
        <translation type="vanished">O silenciamento pode ter sido expirado mesmo assim: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="246"/>
        <source>This shift was handed over elsewhere. What you typed stays below: copy or save it.</source>
        <translation>Este turno foi passado em outro lugar. O que você digitou continua abaixo: copie ou salve.</translation>
    </message>
    <message>
        <source>This silence is %1&apos;s: %2. Expire it anyway?</source>
        <translation type="vanished">Este silenciamento é de %1: %2. Expirar mesmo assim?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="69"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="396"/>
        <source>To %1. The handoff is on the clipboard and in Past handoffs.</source>
        <translation>Para %1. A passagem está na área de transferência e em Passagens anteriores.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="370"/>
        <source>Type the incoming on-call engineer&apos;s name first.</source>
        <translation>Digite antes o nome do plantonista que entra.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="80"/>
        <source>Unusual behaviour, worrying trends, planned maintenance</source>
        <translation>Comportamentos anormais, trends preocupantes, manutenções programadas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_pending.py" line="53"/>
        <source>Your own pending items, one per line</source>
        <translation>Suas próprias pendências, uma por linha</translation>
    </message>
    <message>
        <source>as last seen: Alertmanager unreachable</source>
        <translation type="vanished">como vistos por último: Alertmanager inacessível</translation>
    </message>
    <message>
        <source>could not expire the silence: %1</source>
        <translation type="vanished">não foi possível expirar o silenciamento: %1</translation>
    </message>
    <message>
        <source>covers no alert now: expire it?</source>
        <translation type="vanished">não cobre mais nenhum alerta: expirar?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end_incidents.py" line="35"/>
        <source>earlier note</source>
        <translation>nota anterior</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end_incidents.py" line="35"/>
        <source>earlier note by %1</source>
        <translation>nota anterior, de %1</translation>
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
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_history.py" line="35"/>
        <source>Copy Markdown</source>
        <translation>Copiar Markdown</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_history.py" line="89"/>
        <source>No shift was handed over in this journal yet.</source>
        <translation>Nenhum turno foi passado neste diário do turno ainda.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_history.py" line="29"/>
        <source>Past handoffs — oncall-tray</source>
        <translation>Passagens anteriores — oncall-tray</translation>
    </message>
</context>
<context>
    <name>shift_start</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_hints.py" line="40"/>
        <source>%1 (from the settings)</source>
        <translation>%1 (das configurações)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="394"/>
        <source>%1 is on call since %2.</source>
        <translation>%1 está de plantão desde %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_dashboards.py" line="83"/>
        <source>%1 of %2 answered</source>
        <translation>%1 de %2 responderam</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="343"/>
        <source>%1&apos;s shift has been open since %2: hand it over (Hand over the shift) before another begins.</source>
        <translation>O turno de %1 está aberto desde %2: passe-o (Passar turno) antes de outro começar.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="124"/>
        <source>&amp;Take over the shift</source>
        <translation>&amp;Assumir turno</translation>
    </message>
    <message>
        <source>(silenced)</source>
        <translation type="vanished">(silenciado)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/start_alerts.py" line="46"/>
        <source>Active alerts (%1)</source>
        <translation>Alertas ativos (%1)</translation>
    </message>
    <message>
        <source>Active alerts: Alertmanager unreachable</source>
        <translation type="vanished">Alertas ativos: Alertmanager inacessível</translation>
    </message>
    <message>
        <source>Active alerts: none received from Alertmanager</source>
        <translation type="vanished">Alertas ativos: nenhum recebido do Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/start_alerts.py" line="47"/>
        <source>Active alerts: unknown (nothing received from %1)</source>
        <translation>Alertas ativos: desconhecidos (nada recebido de %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="309"/>
        <source>Active silences (%1)</source>
        <translation>Silenciamentos ativos (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="307"/>
        <source>Active silences: unknown (nothing received from Alertmanager)</source>
        <translation>Silenciamentos ativos: desconhecidos (nada recebido do Alertmanager)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="141"/>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="142"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Alertmanager unreachable</source>
        <translation type="vanished">Alertmanager inacessível</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_dashboards.py" line="39"/>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="112"/>
        <source>Anything important for this shift</source>
        <translation>Qualquer contexto importante para este turno</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_dashboards.py" line="41"/>
        <source>Check again</source>
        <translation>Verificar de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_dashboards.py" line="92"/>
        <source>Checking the dashboards…</source>
        <translation>Verificando os dashboards…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="126"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="122"/>
        <source>Copy Markdown</source>
        <translation>Copiar Markdown</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="142"/>
        <source>Created by</source>
        <translation>Criado por</translation>
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
        <translation>Detalhe</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="142"/>
        <source>Expires</source>
        <translation>Expira</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="318"/>
        <source>Incidents still open (%1)</source>
        <translation>Incidentes ainda abertos (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="141"/>
        <source>Instance</source>
        <translation>Instância</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="370"/>
        <source>Markdown copied to the clipboard.</source>
        <translation>Markdown copiado para a área de transferência.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="146"/>
        <source>No previous handoff in this journal: paste the one you received</source>
        <translation>Nenhuma passagem anterior neste diário do turno: cole aqui a que você recebeu</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="138"/>
        <source>Observations</source>
        <translation>Observações</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="118"/>
        <source>On-call engineer:</source>
        <translation>Plantonista:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="154"/>
        <source>Previous shift&apos;s handoff notes</source>
        <translation>Handoff notes do turno anterior</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="142"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="141"/>
        <source>Severity</source>
        <translation>Severidade</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="394"/>
        <source>Shift started</source>
        <translation>Turno assumido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="92"/>
        <source>Start checklist</source>
        <translation>Checklist ao assumir o turno</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="141"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="141"/>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Take over the shift</source>
        <translation type="vanished">Assumir turno</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="67"/>
        <source>Take over the shift — oncall-tray</source>
        <translation>Assumir turno — oncall-tray</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="292"/>
        <source>Taking over the shift — %1</source>
        <translation>Assumindo o turno — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="328"/>
        <source>The outgoing engineer&apos;s own pending items carried on to this shift: %1</source>
        <translation>Pendências próprias do plantonista anterior passadas a este turno: %1</translation>
    </message>
    <message>
        <source>The shift of %1 is open since %2: it must be handed over (Hand over the shift) before another begins.</source>
        <translation type="vanished">O turno de %1 está aberto desde %2: ele precisa ser passado (Passar turno) antes de outro começar.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="392"/>
        <source>The shift was not started: %1</source>
        <translation>O turno não foi assumido: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="378"/>
        <source>Type the on-call engineer&apos;s name first.</source>
        <translation>Digite antes o nome do plantonista.</translation>
    </message>
    <message>
        <source>acknowledged by %1</source>
        <translation type="vanished">reconhecido por %1</translation>
    </message>
    <message>
        <source>answers</source>
        <translation type="vanished">responde</translation>
    </message>
    <message>
        <source>as last seen</source>
        <translation type="vanished">como vistos por último</translation>
    </message>
    <message>
        <source>as last seen: %1</source>
        <translation type="vanished">como vistos por último: %1</translation>
    </message>
    <message>
        <source>as last seen: Alertmanager unreachable</source>
        <translation type="vanished">como vistos por último: Alertmanager inacessível</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_hints.py" line="26"/>
        <source>as last seen: tick once reviewed</source>
        <translation>como vistos por último: marque depois de revisar</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_dashboards.py" line="79"/>
        <source>checking…</source>
        <translation>verificando…</translation>
    </message>
    <message>
        <source>escalated to %1</source>
        <translation type="vanished">escalado para %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="319"/>
        <source>incident opened at %1</source>
        <translation>incidente aberto às %1</translation>
    </message>
    <message>
        <source>listed here by the app</source>
        <translation type="vanished">listados aqui pelo app</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_hints.py" line="31"/>
        <source>listed here by the app: tick once reviewed</source>
        <translation>listados aqui pelo app: marque depois de revisar</translation>
    </message>
    <message>
        <source>needs credentials</source>
        <translation type="vanished">pede credenciais</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="vanished">sem resposta</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_hints.py" line="38"/>
        <source>none in the settings (contacts)</source>
        <translation>nenhum nas configurações (contacts)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_hints.py" line="35"/>
        <source>none in this journal</source>
        <translation>nenhuma neste diário do turno</translation>
    </message>
    <message>
        <source>not received from Alertmanager</source>
        <translation type="vanished">não recebido do Alertmanager</translation>
    </message>
    <message>
        <source>pending items carried on to this shift: %1</source>
        <translation type="vanished">pendências passadas a este turno: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_hints.py" line="35"/>
        <source>shown here</source>
        <translation>mostradas aqui</translation>
    </message>
    <message>
        <source>silenced</source>
        <translation type="vanished">silenciado</translation>
    </message>
    <message>
        <source>taken on at %1</source>
        <translation type="vanished">aberto às %1</translation>
    </message>
    <message>
        <source>the outgoing engineer&apos;s own pending items carried on to this shift: %1</source>
        <translation type="vanished">pendências próprias do plantonista anterior passadas a este turno: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/start_alerts.py" line="69"/>
        <source>… and %1 more</source>
        <translation>… e mais %1</translation>
    </message>
</context>
<context>
    <name>shift_windows</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/saved_line.py" line="167"/>
        <source>(what you typed stays here and is saved once it can be)</source>
        <translation>(o que você digitou fica aqui e é salvo assim que possível)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/saved_line.py" line="129"/>
        <source>All changes saved at %1</source>
        <translation>Tudo salvo às %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_common.py" line="149"/>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/saved_line.py" line="140"/>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_common.py" line="148"/>
        <source>Save the handoff as Markdown</source>
        <translation>Salvar a passagem de turno em Markdown</translation>
    </message>
</context>
<context>
    <name>shifts</name>
    <message>
        <location filename="../../desktop/oncall_tray/core/shifts.py" line="96"/>
        <source>%1 already handed over the shift at %2, to %3.</source>
        <translation>%1 já passou o turno às %2 para %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/shifts.py" line="98"/>
        <source>%1 already handed over the shift at %2.</source>
        <translation>%1 já passou o turno às %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/shifts.py" line="81"/>
        <source>%1 already took over the shift at %2.</source>
        <translation>%1 já assumiu o turno às %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/shifts.py" line="94"/>
        <source>No shift is open.</source>
        <translation>Nenhum turno aberto.</translation>
    </message>
</context>
<context>
    <name>side_files</name>
    <message>
        <location filename="../../desktop/oncall_tray/side_files.py" line="40"/>
        <source>what it holds is damaged</source>
        <translation>o conteúdo dele está danificado</translation>
    </message>
</context>
<context>
    <name>silence_dialog</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="101"/>
        <source>Add matcher</source>
        <translation>Adicionar matcher</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="354"/>
        <source>Alertmanager did not answer the last try, which may have created the silence. Look in the Silences tab first: sending again may make a second one. Send anyway?</source>
        <translation>O Alertmanager não respondeu à última tentativa, que pode ter criado o silenciamento. Veja primeiro a aba Silenciamentos: enviar de novo pode criar um segundo. Enviar mesmo assim?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="156"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="157"/>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="155"/>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="283"/>
        <source>Duration: use a duration such as 15m, 1h or 1h30m.</source>
        <translation>Duração: use uma duração como 15m, 1h ou 1h30m.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="322"/>
        <source>It matches no alert firing now (a typo, or did it resolve meanwhile?): it would silence nothing yet.</source>
        <translation>Não casa com nenhum alerta disparando agora (um erro de digitação, ou ele se resolveu nesse meio tempo?): não silenciaria nada por enquanto.</translation>
    </message>
    <message>
        <source>It matches no alert firing now (resolved meanwhile?): it would silence nothing yet.</source>
        <translation type="vanished">Não casa com nenhum alerta disparando agora (resolvido nesse meio tempo?): não silenciaria nada por enquanto.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="95"/>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="170"/>
        <source>Matchers (all must match; regular expressions are anchored):</source>
        <translation>Matchers (todos devem casar; expressões regulares são ancoradas):</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="320"/>
        <source>Matches %1 of %2 current alerts</source>
        <translation>Casa com %1 de %2 alertas atuais</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="310"/>
        <source>Matches nothing yet: a matcher row is not valid (see below).</source>
        <translation>Ainda não casa com nada: uma linha de matcher não é válida (veja abaixo).</translation>
    </message>
    <message>
        <source>Matches nothing yet: a regular expression is not valid (%1).</source>
        <translation type="vanished">Não casa com nada ainda: uma expressão regular não é válida (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="316"/>
        <source>Matches nothing yet: a regular expression is not valid: %1</source>
        <translation>Não casa com nada ainda: uma expressão regular não é válida: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="90"/>
        <source>New silence</source>
        <translation>Novo silenciamento</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="390"/>
        <source>Not created: %1</source>
        <translation>Não criado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="95"/>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="103"/>
        <source>Remove selected</source>
        <translation>Remover selecionados</translation>
    </message>
    <message>
        <source>Row %1: %2 is not a label name (letters, digits and _).</source>
        <translation type="vanished">Linha %1: %2 não é um nome de label (letras, dígitos e _).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="227"/>
        <source>Row %1: %2 is not a label name (letters, digits and _, not starting with a digit).</source>
        <translation>Linha %1: %2 não é um nome de rótulo (letras, dígitos e _, sem começar por dígito).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="232"/>
        <source>Row %1: the quotes around %2 would be part of the value, which no alert has: type the value without them.</source>
        <translation>Linha %1: as aspas em volta de %2 fariam parte do valor, que nenhum alerta tem: digite o valor sem elas.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="353"/>
        <source>Send the silence again?</source>
        <translation>Enviar o silenciamento de novo?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="363"/>
        <source>Sending to Alertmanager…</source>
        <translation>Enviando ao Alertmanager…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="147"/>
        <source>Silence</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="340"/>
        <source>Silence a critical alert?</source>
        <translation>Silenciar um alerta crítico?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="347"/>
        <source>Silence no alert firing now?</source>
        <translation>Silenciar sem alerta disparando agora?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="133"/>
        <source>This is your comment not sent before: go on writing, or select it all (Ctrl+A) to write another.</source>
        <translation>Este é o seu comentário que não foi enviado: continue escrevendo, ou selecione tudo (Ctrl+A) para escrever outro.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="348"/>
        <source>This silence matches no alert firing now: a typo, or did the alert resolve meanwhile? The guide says to remove silences once the alert is resolved. Create it anyway (for a maintenance to come, say)?</source>
        <translation>Este silenciamento não casa com nenhum alerta disparando agora: um erro de digitação, ou o alerta se resolveu nesse meio-tempo? O guia diz para remover silenciamentos assim que o alerta for resolvido. Criar mesmo assim (para uma manutenção que vem, por exemplo)?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="341"/>
        <source>This silences a critical alert for %1, longer than the 15-minute investigation window. The guide says: never silence a critical alert without investigating. Silence anyway?</source>
        <translation>Isto silencia um alerta crítico por %1, mais que a janela de investigação de 15 minutos. O guia diz: nunca silencie alertas críticos sem investigar. Silenciar mesmo assim?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="95"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="130"/>
        <source>Why? (required: the guide says never silence without a comment)</source>
        <translation>Por quê? (obrigatório: o guia diz nunca silenciar sem comentário)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="113"/>
        <source>other:</source>
        <translation>outra:</translation>
    </message>
</context>
<context>
    <name>silence_holders</name>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="164"/>
        <source>%1 is held by Alertmanager %2 too, which does not answer: not silenced there.</source>
        <translation>%1 está também no Alertmanager %2, que não responde: não foi silenciado lá.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="166"/>
        <source>%1 is held by Alertmanagers %2 too, which do not answer: not silenced there.</source>
        <translation>%1 está também nos Alertmanagers %2, que não respondem: não foi silenciado lá.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="161"/>
        <source>%1 is held only by Alertmanager %2, which does not answer.</source>
        <translation>%1 está só no Alertmanager %2, que não responde.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="162"/>
        <source>%1 is held only by Alertmanagers %2, which do not answer.</source>
        <translation>%1 está só nos Alertmanagers %2, que não respondem.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="101"/>
        <source>%1 may have been acknowledged all the same (%2): the next poll will tell.</source>
        <translation>%1 pode ter sido reconhecido mesmo assim (%2): a próxima consulta dirá.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="93"/>
        <source>%1 was not acknowledged: nothing was silenced. %2</source>
        <translation>%1 não foi reconhecido: nada foi silenciado. %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="41"/>
        <source>Alertmanager %1, which holds the silence, answered with an error (%2): the change may have been made there all the same.</source>
        <translation>O Alertmanager %1, que tem o silenciamento, respondeu com um erro (%2): a alteração pode ter sido feita lá mesmo assim.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="38"/>
        <source>Alertmanager %1, which holds the silence, did not answer (%2): the change may have been made there all the same.</source>
        <translation>O Alertmanager %1, que tem o silenciamento, não respondeu (%2): a alteração pode ter sido feita lá mesmo assim.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="44"/>
        <source>Alertmanager %1, which holds the silence, did not take the change: %2.</source>
        <translation>O Alertmanager %1, que tem o silenciamento, não aceitou a alteração: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="98"/>
        <source>Alertmanager answered %1</source>
        <translation>o Alertmanager respondeu %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="120"/>
        <source>Held by Alertmanager %1, which does not answer: it can be expired or extended once it answers again.</source>
        <translation>Está no Alertmanager %1, que não responde: poderá ser expirado ou estendido quando ele voltar a responder.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="121"/>
        <source>Held by Alertmanagers %1, which do not answer: it can be expired or extended once they answer again.</source>
        <translation>Está nos Alertmanagers %1, que não respondem: poderá ser expirado ou estendido quando eles voltarem a responder.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="21"/>
        <source>On Alertmanager %1, which holds the silence: these Alertmanagers are not one cluster, a silence lives on the one it was made on.</source>
        <translation>No Alertmanager %1, que tem o silenciamento: estes Alertmanagers não formam um cluster, um silenciamento fica naquele em que foi criado.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="22"/>
        <source>On Alertmanagers %1, which hold the silence: these Alertmanagers are not one cluster, a silence lives on the one it was made on.</source>
        <translation>Nos Alertmanagers %1, que têm o silenciamento: estes Alertmanagers não formam um cluster, um silenciamento fica naquele em que foi criado.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="99"/>
        <source>Silence %1 may have been expired all the same (%2): the next poll will tell.</source>
        <translation>O silenciamento %1 pode ter sido expirado mesmo assim (%2): a próxima consulta dirá.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="100"/>
        <source>Silence %1 may have been extended all the same (%2): the next poll will tell.</source>
        <translation>O silenciamento %1 pode ter sido estendido mesmo assim (%2): a próxima consulta dirá.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="91"/>
        <source>Silence %1 was not expired: %2. Nothing changed.</source>
        <translation>O silenciamento %1 não foi expirado: %2. Nada mudou.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="92"/>
        <source>Silence %1 was not extended: %2. Nothing changed.</source>
        <translation>O silenciamento %1 não foi estendido: %2. Nada mudou.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="182"/>
        <source>These Alertmanagers are not one cluster: a silence stays where it is made. These alerts it matches are not silenced where they are:</source>
        <translation>Estes Alertmanagers não formam um cluster: um silenciamento fica onde é criado. Estes alertas que ele abrange não foram silenciados onde estão:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/silence_holders.py" line="174"/>
        <source>these Alertmanagers are not one cluster, and a silence made on one that answers would not mute an alert where another holds it. Nothing was sent; silence it once its Alertmanager answers again.</source>
        <translation>estes Alertmanagers não formam um cluster, e um silenciamento criado em um que responde não silenciaria um alerta que está em outro. Nada foi enviado; silencie-o quando o Alertmanager dele voltar a responder.</translation>
    </message>
</context>
<context>
    <name>silences</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="146"/>
        <source>%1 (as last seen, on %2, which does not answer)</source>
        <translation>%1 (como visto por último, em %2, que não responde)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="121"/>
        <source>(stale)</source>
        <translation>(desatualizado)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="63"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="63"/>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="64"/>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="75"/>
        <source>Expire</source>
        <translation>Expirar</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="77"/>
        <source>Extend 15 min</source>
        <translation>Estender 15 min</translation>
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
        <translation>Cobre</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="64"/>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="63"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="120"/>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="151"/>
        <source>no alert yet</source>
        <translation>nenhum alerta ainda</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="150"/>
        <source>not known: its Alertmanager does not answer</source>
        <translation>não se sabe: o Alertmanager dele não responde</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="151"/>
        <source>nothing: expire it?</source>
        <translation>nada: expirar?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="120"/>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
</context>
<context>
    <name>silencing</name>
    <message>
        <location filename="../../desktop/oncall_tray/core/acknowledged.py" line="64"/>
        <source>%1 is already acknowledged (silence %2).</source>
        <translation>%1 já foi reconhecido (ACK) (silenciamento %2).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/acknowledged.py" line="60"/>
        <source>%1 is already acknowledged by %2 until %3 (silence %4).</source>
        <translation>%1 já foi reconhecido (ACK) por %2 até %3 (silenciamento %4).</translation>
    </message>
    <message>
        <source>%1 is held only by Alertmanager %2, which does not answer, and these Alertmanagers are not one cluster: a silence made on another would not mute it there. Nothing was sent; acknowledge it once %2 answers again.</source>
        <translation type="vanished">%1 está só no Alertmanager %2, que não responde, e estes Alertmanagers não formam um cluster: um silenciamento criado em outro não o silenciaria lá. Nada foi enviado; reconheça-o quando %2 voltar a responder.</translation>
    </message>
    <message>
        <source>%1 is held only by Alertmanagers %2, which do not answer, and these Alertmanagers are not one cluster: a silence made on another would not mute it there. Nothing was sent; acknowledge it once they answer again.</source>
        <translation type="vanished">%1 está só nos Alertmanagers %2, que não respondem, e estes Alertmanagers não formam um cluster: um silenciamento criado em outro não o silenciaria lá. Nada foi enviado; reconheça-o quando eles voltarem a responder.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="72"/>
        <source>%1 is longer than 24 hours (the guide: never silence for more than 24 h).</source>
        <translation>%1 passa de 24 horas (o guia: nunca silencie por mais de 24h).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="74"/>
        <source>%1 is no time at all: give how long, such as 15m, 1h or 24h.</source>
        <translation>%1 não é tempo nenhum: diga quanto tempo, como 15m, 1h ou 24h.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="75"/>
        <source>%1 is under a minute: a silence that short is over before anyone reads it; give at least 1m.</source>
        <translation>%1 é menos de um minuto: um silenciamento tão curto acaba antes que alguém o leia; dê ao menos 1m.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="62"/>
        <source>%1 matches only alerts without the label %2 (an empty value means the label is missing), and no matcher here requires a value: add one that does, such as alertname=&quot;APIDown&quot;.</source>
        <translation>%1 pega só alertas sem o rótulo %2 (valor vazio quer dizer que o rótulo não existe), e nenhum matcher aqui exige um valor: adicione um que exija, como alertname=&quot;APIDown&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="67"/>
        <source>A comment is required: say why (the guide: never silence without a comment).</source>
        <translation>O comentário é obrigatório: diga o motivo (o guia: nunca silencie sem comentário).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="54"/>
        <source>A silence needs at least one matcher.</source>
        <translation>Um silenciamento precisa de pelo menos um matcher.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="57"/>
        <source>Matcher %1: Alertmanager&apos;s regular expressions (Go RE2) do not support %2 (%3).</source>
        <translation>Matcher %1: as expressões regulares do Alertmanager (Go RE2) não aceitam %2 (%3).</translation>
    </message>
    <message>
        <source>Matcher %1: invalid regular expression (%2).</source>
        <translation type="vanished">Matcher %1: expressão regular inválida (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="56"/>
        <source>Matcher %1: invalid regular expression: %2</source>
        <translation>Matcher %1: expressão regular inválida: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="59"/>
        <source>None of these matchers requires a label value: they match even an alert without labels. Add one that does, such as alertname=&quot;APIDown&quot;.</source>
        <translation>Nenhum destes matchers exige um valor de rótulo: eles pegam até um alerta sem rótulos. Adicione um que exija, como alertname=&quot;APIDown&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="77"/>
        <source>Silence %1 has already lasted %2 and would last %3 in all with this extension: the guide allows 24 h at most (never silence for more than 24 h).</source>
        <translation>O silenciamento %1 já dura %2 e, com esta extensão, duraria %3 no total: o guia permite no máximo 24h (nunca silencie por mais de 24h).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="80"/>
        <source>Silence %1 has expired; create a new one instead.</source>
        <translation>O silenciamento %1 expirou; crie um novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="69"/>
        <source>The author is empty: set your name (the engineer setting) or give one.</source>
        <translation>O autor está vazio: configure seu nome (a configuração engineer) ou informe um.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="71"/>
        <source>The silence must end after it starts (duration %1).</source>
        <translation>O silenciamento precisa terminar depois de começar (duração %1).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="65"/>
        <source>These matchers match every current alert (%1 alerts): narrow them down.</source>
        <translation>Estes matchers pegam todos os alertas atuais (%1 alertas): restrinja-os.</translation>
    </message>
    <message>
        <source>These matchers match everything, even an alert without labels: add one that requires a value, such as alertname=&quot;APIDown&quot;.</source>
        <translation type="vanished">Estes matchers pegam tudo, até um alerta sem labels: adicione um que exija um valor, como alertname=&quot;APIDown&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="81"/>
        <source>This acknowledgement would also silence %1 other alerts (%2): its matchers do not tell them apart (see the volatile_labels setting). Choose the matchers with Silence… or oncall-tray silence add.</source>
        <translation>Este reconhecimento também silenciaria %1 outros alertas (%2): seus matchers não os distinguem (veja a configuração volatile_labels). Escolha os matchers com Silenciar… ou oncall-tray silence add.</translation>
    </message>
    <message>
        <source>This acknowledgement would also silence %1 other alerts (%2): the volatile_labels setting leaves out labels that tell them apart. Use Silence… to choose the matchers.</source>
        <translation type="vanished">Este reconhecimento também silenciaria %1 outros alertas (%2): a configuração volatile_labels deixa de fora rótulos que os distinguem. Use Silenciar… para escolher os matchers.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="85"/>
        <source>This acknowledgement would also silence another alert (%2): its matchers do not tell them apart (see the volatile_labels setting). Choose the matchers with Silence… or oncall-tray silence add.</source>
        <translation>Este reconhecimento também silenciaria outro alerta (%2): seus matchers não os distinguem (veja a configuração volatile_labels). Escolha os matchers com Silenciar… ou oncall-tray silence add.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="98"/>
        <source>atomic groups</source>
        <translation>grupos atômicos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="97"/>
        <source>backreferences</source>
        <translation>retrorreferências</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="100"/>
        <source>conditionals</source>
        <translation>condicionais</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_changes.py" line="50"/>
        <source>ended at %1</source>
        <translation>terminou às %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="102"/>
        <source>groups named as (?&lt;name&gt;...): write (?P&lt;name&gt;...)</source>
        <translation>grupos nomeados como (?&lt;nome&gt;...): escreva (?P&lt;nome&gt;...)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silencing.py" line="61"/>
        <source>investigation</source>
        <translation>investigação</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silencing.py" line="63"/>
        <source>known issue</source>
        <translation>problema conhecido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_length.py" line="55"/>
        <source>lasts %1: more than the guide&apos;s %2</source>
        <translation>dura %1: mais que as %2 do guia</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="95"/>
        <source>lookahead</source>
        <translation>lookahead (verificação à frente)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="96"/>
        <source>lookbehind</source>
        <translation>lookbehind (verificação para trás)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silencing.py" line="62"/>
        <source>maintenance</source>
        <translation>manutenção</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_changes.py" line="51"/>
        <source>now ends at %1, by %2: %3</source>
        <translation>agora termina às %1, por %2: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="99"/>
        <source>possessive quantifiers</source>
        <translation>quantificadores possessivos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="101"/>
        <source>the one-byte escape</source>
        <translation>o escape de um byte</translation>
    </message>
</context>
<context>
    <name>stand_in</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/stand_in.py" line="64"/>
        <source>Stop watching Alertmanager: close the window to keep watching</source>
        <translation>Parar de acompanhar o Alertmanager: feche a janela para continuar acompanhando</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/stand_in.py" line="63"/>
        <source>Stop watching Alertmanager: minimize the window to keep watching</source>
        <translation>Parar de acompanhar o Alertmanager: minimize a janela para continuar acompanhando</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/stand_in.py" line="60"/>
        <source>There is no system tray on this desktop, so this window stands in for the oncall-tray icon: closing it only minimizes it, and alerts are still watched. To stop watching, use Quit.</source>
        <translation>Não há bandeja do sistema nesta área de trabalho, então esta janela faz as vezes do ícone do oncall-tray: fechá-la apenas a minimiza, e os alertas continuam sendo acompanhados. Para parar de acompanhar, use Sair.</translation>
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
        <translation>%1 não responde: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/config_aliases.py" line="59"/>
        <location filename="../../desktop/oncall_tray/connect.py" line="30"/>
        <source>%1 is the same Alertmanager as %2: list it once (it is polled and acknowledged on once)</source>
        <translation>%1 é o mesmo Alertmanager que %2: liste-o uma vez só (ele é consultado e recebe cada reconhecimento uma vez só)</translation>
    </message>
    <message>
        <source>%1, as last seen</source>
        <translation type="vanished">%1, como visto por último</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="36"/>
        <source>%1, as last seen on %2</source>
        <translation>%1, como visto por último em %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="40"/>
        <source>%1, as last seen on %2, %3 ago</source>
        <translation>%1, como visto por último em %2, há %3</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="38"/>
        <source>%1, as last seen on %2, under a minute ago</source>
        <translation>%1, como visto por último em %2, há menos de um minuto</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="111"/>
        <source>%1, inhibited</source>
        <translation>%1, inibido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="115"/>
        <source>%1, kept through the restart of %2</source>
        <translation>%1, mantido através do reinício de %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="80"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="49"/>
        <source>Alertmanager %1 (version %2)</source>
        <translation>Alertmanager %1 (versão %2)</translation>
    </message>
    <message>
        <source>Alertmanager started %1 ago: alerts it held before may be missing until Prometheus sends them again (about a minute).</source>
        <translation type="vanished">O Alertmanager iniciou há %1: alertas que ele tinha antes podem faltar até o Prometheus enviá-los de novo (cerca de um minuto).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="76"/>
        <source>Alertmanager started %1 ago: alerts it held before may be missing until Prometheus sends them again.</source>
        <translation>O Alertmanager iniciou há %1: alertas que ele tinha antes podem faltar até o Prometheus enviá-los de novo.</translation>
    </message>
    <message>
        <source>Alertmanager started %1 ago: the alerts it held before are listed again only once Prometheus sends them (about a minute).</source>
        <translation type="vanished">O Alertmanager iniciou há %1: os alertas que ele tinha antes só voltam à lista quando o Prometheus os enviar de novo (cerca de um minuto).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="74"/>
        <source>Alertmanager started less than a minute ago: alerts it held before may be missing until Prometheus sends them again (about a minute).</source>
        <translation>O Alertmanager iniciou há menos de um minuto: alertas que ele tinha antes podem faltar até o Prometheus enviá-los de novo (cerca de um minuto).</translation>
    </message>
    <message>
        <source>Alertmanager started less than a minute ago: the alerts it held before are listed again only once Prometheus sends them (about a minute).</source>
        <translation type="vanished">O Alertmanager iniciou há menos de um minuto: os alertas que ele tinha antes só voltam à lista quando o Prometheus os enviar de novo (cerca de um minuto).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="96"/>
        <source>Alerts: %1 (%2)</source>
        <translation>Alertas: %1 (%2)</translation>
    </message>
    <message>
        <source>Cluster degraded: %1 does not answer (%2)</source>
        <translation type="vanished">Cluster degradado: %1 não responde (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="59"/>
        <source>Cluster degraded: %1 does not answer: %2</source>
        <translation>Cluster degradado: %1 não responde: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="53"/>
        <source>Cluster of %1 members: %2</source>
        <translation>Cluster de %1 membros: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="211"/>
        <source>L2: resolution overdue %1</source>
        <translation>L2: resolução atrasada %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="211"/>
        <source>L2: resolve in %1</source>
        <translation>L2: resolver em %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="90"/>
        <source>No alert is firing.</source>
        <translation>Nenhum alerta disparando.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="90"/>
        <source>No alert listed yet.</source>
        <translation>Nenhum alerta listado ainda.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="66"/>
        <source>The alerts only the members that do not answer hold are unknown: they are not listed below.</source>
        <translation>Os alertas que só os membros que não respondem guardam são desconhecidos: não estão listados abaixo.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/connect.py" line="26"/>
        <source>These Alertmanagers are not one cluster (clustering is disabled): each holds only the alerts sent to it, and silences are not shared.</source>
        <translation>Estes Alertmanagers não formam um cluster (o cluster está desativado): cada um guarda só os alertas enviados a ele, e os silenciamentos não são compartilhados.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="98"/>
        <source>acknowledged</source>
        <translation>reconhecido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="200"/>
        <source>acknowledged %1 late</source>
        <translation>reconhecido com %1 de atraso</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="99"/>
        <source>firing</source>
        <translation>disparando</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="101"/>
        <source>firing, responded</source>
        <translation>disparando, respondido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="205"/>
        <source>investigate in %1</source>
        <translation>investigar em %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="205"/>
        <source>investigation overdue %1</source>
        <translation>investigação atrasada %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="102"/>
        <source>muted</source>
        <translation>silenciado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="207"/>
        <source>resolution overdue %1</source>
        <translation>resolução atrasada %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="207"/>
        <source>resolve in %1</source>
        <translation>resolver em %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="197"/>
        <source>respond in %1</source>
        <translation>responder em %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="197"/>
        <source>response overdue %1</source>
        <translation>resposta atrasada %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="192"/>
        <source>response silenced, not acknowledged</source>
        <translation>resposta silenciada, sem reconhecimento</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="195"/>
        <source>review in %1</source>
        <translation>revisar em %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="195"/>
        <source>review overdue %1</source>
        <translation>revisão atrasada %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="191"/>
        <source>review silenced, not reviewed</source>
        <translation>revisão silenciada, sem revisão</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status_text.py" line="200"/>
        <source>reviewed %1 late</source>
        <translation>revisado com %1 de atraso</translation>
    </message>
</context>
<context>
    <name>tray</name>
    <message>
        <source>%1 acknowledged (silenced)</source>
        <translation type="vanished">Reconhecidos (silenciados): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="83"/>
        <source>%1 and %2 more</source>
        <translation>%1 e mais %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="75"/>
        <source>%1 from %2</source>
        <translation>%1, de %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="129"/>
        <source>%1 of %2 Alertmanagers do not answer</source>
        <translation>%1 de %2 Alertmanagers não respondem</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="129"/>
        <source>%1 of %2 Alertmanagers does not answer</source>
        <translation>%1 de %2 Alertmanagers não responde</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="86"/>
        <source>%1 other alerts</source>
        <translation>%1 outros alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="163"/>
        <source>%1 restarted: its alerts from before are kept until Prometheus sends them again</source>
        <translation>%1 reiniciou: os alertas de antes são mantidos até o Prometheus enviá-los de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="68"/>
        <source>%1 silenced</source>
        <translation>Silenciados: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="110"/>
        <source>%3 to answer on %1 by %2</source>
        <translation>%3 responder sobre %1 até %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="110"/>
        <source>%3 to resolve %1 by %2</source>
        <translation>%3 resolver %1 até %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="192"/>
        <source>&amp;Hand over the shift…</source>
        <translation>&amp;Passar turno…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="193"/>
        <source>&amp;Incidents…</source>
        <translation>&amp;Incidentes…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="193"/>
        <source>&amp;Past handoffs…</source>
        <translation>Passagens a&amp;nteriores…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="217"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="192"/>
        <source>&amp;Take over the shift…</source>
        <translation>&amp;Assumir turno…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="86"/>
        <source>1 other alert</source>
        <translation>1 outro alerta</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="268"/>
        <source>Acknowledge %1</source>
        <translation>Reconhecer %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="188"/>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="269"/>
        <source>Acknowledge the worst alert</source>
        <translation>Reconhecer o alerta mais grave</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="265"/>
        <source>Acknowledging %1…</source>
        <translation>Reconhecendo %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="40"/>
        <source>Alertmanager asked to slow down</source>
        <translation>O Alertmanager pediu para diminuir o ritmo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="38"/>
        <source>Alertmanager needs credentials</source>
        <translation>O Alertmanager pede credenciais</translation>
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
        <translation>Alertas exibidos são das %1 (desatualizados)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="188"/>
        <source>Alerts shown are from the shift journal, %1</source>
        <translation>Alertas exibidos são do diário do turno, %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="195"/>
        <source>Alerts shown are stale</source>
        <translation>Alertas exibidos desatualizados</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="139"/>
        <source>All %1 Alertmanagers answer.</source>
        <translation>Todos os %1 Alertmanagers respondem.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="139"/>
        <source>All Alertmanagers answer again</source>
        <translation>Todos os Alertmanagers respondem de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="45"/>
        <source>Cannot reach Alertmanager</source>
        <translation>Alertmanager inacessível</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="36"/>
        <source>Cannot read the saved credentials</source>
        <translation>Não foi possível ler as credenciais salvas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="132"/>
        <source>Cluster degraded: %1 of %2 members do not answer</source>
        <translation>Cluster degradado: %1 de %2 membros não respondem</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="131"/>
        <source>Cluster degraded: %1 of %2 members does not answer</source>
        <translation>Cluster degradado: %1 de %2 membros não responde</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="160"/>
        <source>Connecting to Alertmanager…</source>
        <translation>Conectando ao Alertmanager…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="46"/>
        <source>Contact with Alertmanager lost</source>
        <translation>Sem contato com o Alertmanager</translation>
    </message>
    <message>
        <source>Hand over the shift…</source>
        <translation type="vanished">Passar turno…</translation>
    </message>
    <message>
        <source>Incidents…</source>
        <translation type="vanished">Incidentes…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="197"/>
        <source>Last good poll: %1</source>
        <translation>Última consulta bem-sucedida: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="218"/>
        <source>Log in to Alertmanager…</source>
        <translation>Entrar no Alertmanager…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="88"/>
        <source>Next deadline: %1</source>
        <translation>Próximo prazo: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="199"/>
        <source>No successful poll of this Alertmanager yet</source>
        <translation>Nenhuma consulta bem-sucedida a este Alertmanager ainda</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="200"/>
        <source>No successful poll yet</source>
        <translation>Nenhuma consulta bem-sucedida ainda</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="48"/>
        <source>No unacknowledged alert</source>
        <translation>Nenhum alerta aguardando reconhecimento</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="43"/>
        <source>No usable answer from Alertmanager</source>
        <translation>Sem resposta utilizável do Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="207"/>
        <source>Open Alertmanager</source>
        <translation>Abrir Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="208"/>
        <source>Open Grafana</source>
        <translation>Abrir Grafana</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="210"/>
        <source>Open Jaeger</source>
        <translation>Abrir Jaeger</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="209"/>
        <source>Open Prometheus</source>
        <translation>Abrir Prometheus</translation>
    </message>
    <message>
        <source>Past handoffs…</source>
        <translation type="vanished">Passagens anteriores…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="225"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="189"/>
        <source>Refresh now</source>
        <translation>Atualizar agora</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="219"/>
        <source>Send test notification</source>
        <translation>Enviar notificação de teste</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="77"/>
        <source>Settings of the oncall-tray that holds it:</source>
        <translation>Configurações do oncall-tray que o mantém:</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="vanished">Configurações…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="58"/>
        <source>Shift features off: %1</source>
        <translation>Funções de turno desligadas: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="61"/>
        <source>Shift features off: another oncall-tray holds the shift journal; this tray watches %1</source>
        <translation>Funções de turno desligadas: outro oncall-tray mantém o diário do turno; esta bandeja acompanha %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="53"/>
        <source>Shift features off: cannot tell whether the oncall-tray that held the shift journal still runs; if it quit, quit this one and start it again to use them</source>
        <translation>Funções de turno desligadas: não é possível saber se o oncall-tray que mantinha o diário do turno ainda está rodando; se foi encerrado, encerre este e inicie-o de novo para usá-las</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="46"/>
        <source>Shift features off: the journal follows %1</source>
        <translation>Funções de turno desligadas: o diário acompanha %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="49"/>
        <source>Shift features off: the oncall-tray that held the shift journal has quit; quit this one and start it again to use them</source>
        <translation>Funções de turno desligadas: o oncall-tray que mantinha o diário do turno foi encerrado; encerre este e inicie-o de novo para usá-las</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="356"/>
        <source>Shift journal</source>
        <translation>Diário do turno</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="185"/>
        <source>Shift journal damaged: what was kept…</source>
        <translation>Diário do turno danificado: o que foi mantido…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="196"/>
        <source>Shift journal: details</source>
        <translation>Diário do turno: detalhes</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="187"/>
        <source>Show alerts</source>
        <translation>Mostrar alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="265"/>
        <source>Silencing %1…</source>
        <translation>Silenciando %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="220"/>
        <source>Start with the session</source>
        <translation>Iniciar com a sessão</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="181"/>
        <source>TLS certificate checks are off</source>
        <translation>Verificação de certificados TLS desligada</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="159"/>
        <source>TLS certificate checks are off (insecure_skip_verify)</source>
        <translation>Verificação de certificados TLS desligada (insecure_skip_verify)</translation>
    </message>
    <message>
        <source>Take over the shift…</source>
        <translation type="vanished">Assumir turno…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray_lines.py" line="74"/>
        <source>The shift journal follows:</source>
        <translation>O diário do turno segue:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="323"/>
        <source>The shift journal was damaged: see the menu.</source>
        <translation>O diário do turno estava danificado: veja o menu.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="49"/>
        <source>Unacknowledged alerts: %1</source>
        <translation>Alertas não reconhecidos: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="109"/>
        <source>escalate %1 to %3 by %2</source>
        <translation>escalar %1 para %3 até %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="182"/>
        <source>insecure_skip_verify is on: anyone between you and Alertmanager can read and change what it says</source>
        <translation>insecure_skip_verify está ligado: qualquer um entre você e o Alertmanager pode ler e alterar o que ele diz</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="108"/>
        <source>investigate %1 by %2</source>
        <translation>investigar %1 até %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="107"/>
        <source>resolve %1 by %2</source>
        <translation>resolver %1 até %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="106"/>
        <source>respond to %1 by %2</source>
        <translation>responder a %1 até %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="106"/>
        <source>review %1 by %2</source>
        <translation>revisar %1 até %2</translation>
    </message>
</context>
<context>
    <name>trend</name>
    <message>
        <location filename="../../desktop/oncall_tray/commands/trend.py" line="117"/>
        <source>(no labels)</source>
        <translation>(sem labels)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/trend.py" line="108"/>
        <source>Expression: %1</source>
        <translation>Expressão: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="360"/>
        <source>Metrics normalized: %1</source>
        <translation>Métricas normalizadas: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="360"/>
        <source>Metrics not normalized yet: %1</source>
        <translation>Métricas ainda não normalizadas: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/trend_fetch.py" line="155"/>
        <source>No trend yet: too many different expressions at once.</source>
        <translation>Sem tendência por enquanto: expressões diferentes demais de uma vez.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/trend_fetch.py" line="150"/>
        <source>No trend: the alert has no usable generatorURL (no g0.expr expression).</source>
        <translation>Sem tendência: o alerta não tem generatorURL utilizável (sem a expressão g0.expr).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/trend_fetch.py" line="152"/>
        <source>No trend: the alert&apos;s expression cannot be plotted: %1</source>
        <translation>Sem tendência: a expressão do alerta não pode ser desenhada: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/trend.py" line="110"/>
        <source>Plotted: %1</source>
        <translation>Plotado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/trend.py" line="114"/>
        <source>Prometheus has no data for this range.</source>
        <translation>O Prometheus não tem dados para este intervalo.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/trend_fetch.py" line="158"/>
        <source>Prometheus unreachable or refused: %1</source>
        <translation>Prometheus inacessível ou recusou: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/trend.py" line="120"/>
        <source>and %1 more</source>
        <translation>e mais %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="298"/>
        <source>falling</source>
        <translation>caindo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="295"/>
        <source>improving</source>
        <translation>melhorando</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="299"/>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="329"/>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="347"/>
        <source>now %1</source>
        <translation>agora %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="297"/>
        <source>rising</source>
        <translation>subindo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="327"/>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="346"/>
        <source>since %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="296"/>
        <source>stable</source>
        <translation>estável</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="339"/>
        <source>threshold %1</source>
        <translation>limite %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/trend.py" line="294"/>
        <source>worsening</source>
        <translation>piorando</translation>
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
        <translation>Pedindo ao Prometheus a tendência de %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/trend_chart.py" line="133"/>
        <source>No trend</source>
        <translation>Sem tendência</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/trend_chart.py" line="171"/>
        <source>Plotted: %1</source>
        <translation>Plotado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/trend_chart.py" line="136"/>
        <source>Prometheus has no data for %1 over this range.</source>
        <translation>O Prometheus não tem dados de %1 neste intervalo.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/trend_chart.py" line="102"/>
        <source>Range</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/trend_chart.py" line="108"/>
        <source>Select an alert to see its trend.</source>
        <translation>Selecione um alerta para ver a tendência.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/trend_chart.py" line="169"/>
        <source>and %1 more series</source>
        <translation>e mais %1 séries</translation>
    </message>
</context>
<context>
    <name>trend_notices</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/trend_notices.py" line="92"/>
        <source>Trend: %1</source>
        <translation>Tendência: %1</translation>
    </message>
</context>
<context>
    <name>weekday</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_field.py" line="27"/>
        <source>fri</source>
        <translation>sex</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_field.py" line="26"/>
        <source>mon</source>
        <translation>seg</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_field.py" line="27"/>
        <source>sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_field.py" line="28"/>
        <source>sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_field.py" line="27"/>
        <source>thu</source>
        <translation>qui</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_field.py" line="26"/>
        <source>tue</source>
        <translation>ter</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_field.py" line="26"/>
        <source>wed</source>
        <translation>qua</translation>
    </message>
</context>
</TS>
