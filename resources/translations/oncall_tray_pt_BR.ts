<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>alerts</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="166"/>
        <source>(stale)</source>
        <translation>(desatualizado)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="84"/>
        <source>Age</source>
        <translation>Idade</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="84"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="85"/>
        <source>Resolve in</source>
        <translation>Resolver em</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="85"/>
        <source>Respond in</source>
        <translation>Responder em</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="84"/>
        <source>Service / instance</source>
        <translation>Serviço / instância</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="84"/>
        <source>Severity</source>
        <translation>Severidade</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="85"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="84"/>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="161"/>
        <source>acknowledged</source>
        <translation>reconhecido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="158"/>
        <source>acknowledged by %1 until %2</source>
        <translation>reconhecido por %1 até %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="165"/>
        <source>firing</source>
        <translation>disparando</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="163"/>
        <source>inhibited</source>
        <translation>inibido</translation>
    </message>
</context>
<context>
    <name>alerts_window</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="109"/>
        <source>Acknowledge</source>
        <translation>Reconhecer</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="140"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="114"/>
        <source>Escalate…</source>
        <translation>Escalar…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="87"/>
        <source>Filter: text, or matchers such as severity=&quot;critical&quot;, instance=~&quot;backend.*&quot;</source>
        <translation>Filtro: texto, ou matchers como severity=&quot;critical&quot;, instance=~&quot;backend.*&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="119"/>
        <source>Open Alertmanager</source>
        <translation>Abrir Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="121"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="175"/>
        <source>Red flag: %1</source>
        <translation>Red flag: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="117"/>
        <source>Refresh now</source>
        <translation>Atualizar agora</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="110"/>
        <source>Silence this alert for the 15-minute investigation window</source>
        <translation>Silenciar este alerta pelos 15 minutos de investigação</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="141"/>
        <source>Silences</source>
        <translation>Silenciamentos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="112"/>
        <source>Silence…</source>
        <translation>Silenciar…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="115"/>
        <source>The guide&apos;s escalation message for L2 or L3, ready to copy</source>
        <translation>A mensagem de escalação do guia para L2 ou L3, pronta para copiar</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="59"/>
        <source>oncall-tray — alerts</source>
        <translation>oncall-tray — alertas</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="281"/>
        <source>%1; defaults are used for: %2</source>
        <translation>%1; usando os valores padrão para: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="232"/>
        <source>Alertmanager did not accept the acknowledgement</source>
        <translation>O Alertmanager não aceitou o reconhecimento</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="233"/>
        <source>Alertmanager did not accept the change</source>
        <translation>O Alertmanager não aceitou a alteração</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="172"/>
        <source>Cannot acknowledge %1</source>
        <translation>Não é possível reconhecer %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="270"/>
        <source>Cannot change the autostart entry</source>
        <translation>Não foi possível alterar a inicialização automática</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="207"/>
        <source>Cannot extend the silence</source>
        <translation>Não é possível estender o silenciamento</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="255"/>
        <source>Notifications work. Watching %1.</source>
        <translation>As notificações funcionam. Monitorando %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="280"/>
        <source>Problems in the settings file</source>
        <translation>Problemas no arquivo de configurações</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="370"/>
        <source>oncall-tray runs already but does not answer; quit it or end its process</source>
        <translation>o oncall-tray já está em execução mas não responde; feche-o ou encerre o processo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="256"/>
        <source>oncall-tray test notification</source>
        <translation>Notificação de teste do oncall-tray</translation>
    </message>
</context>
<context>
    <name>attention</name>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="65"/>
        <source>Acknowledgement ends at %1: %2</source>
        <translation>Reconhecimento termina às %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="32"/>
        <source>Alertmanager unreachable for %1 min</source>
        <translation>Alertmanager inacessível há %1 min</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="61"/>
        <source>Critical for %1 min. Acknowledge it (silence 15 min) or escalate.</source>
        <translation>Crítico há %1 min. Reconheça (silenciar 15 min) ou escale.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="41"/>
        <source>Escalate to %1: %2</source>
        <translation>Escalar para %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="42"/>
        <source>Firing for %1 min without resolution (since %2). The escalation message is ready in the alerts window.</source>
        <translation>Disparando há %1 min sem resolução (desde %2). A mensagem de escalação está pronta na janela de alertas.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="50"/>
        <source>Not acknowledged %1 min after it started. Acknowledge it now.</source>
        <translation>Não reconhecido %1 min após o início. Reconheça agora.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="56"/>
        <source>Red flag: %1</source>
        <translation>Red flag: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="75"/>
        <source>Resolved: %1 (silence still active)</source>
        <translation>Resolvido: %1 (silenciamento ainda ativo)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="33"/>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="49"/>
        <source>Response target missed: %1</source>
        <translation>Prazo de resposta perdido: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="30"/>
        <source>Several critical alerts at once: %1</source>
        <translation>Múltiplos alertas críticos simultâneos: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="76"/>
        <source>Silence by %1 until %2: %3. Expire it in the Silences tab.</source>
        <translation>Silenciamento de %1 até %2: %3. Remova-o na aba Silenciamentos.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="60"/>
        <source>Still unacknowledged: %1</source>
        <translation>Ainda não reconhecido: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="67"/>
        <source>The alert still fires. Extend the silence or escalate.</source>
        <translation>O alerta continua disparando. Estenda o silenciamento ou escale.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/attention_messages.py" line="58"/>
        <source>The on-call guide says: investigate at once.</source>
        <translation>O guia de on-call diz: investigue imediatamente.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="138"/>
        <source>%1 is not a silence ID (a UUID such as 64d2e7a2-ca57-4ac1-b1fe-36012f3bb4cf; see oncall-tray silence list).</source>
        <translation>%1 não é um ID de silenciamento (um UUID como 64d2e7a2-ca57-4ac1-b1fe-36012f3bb4cf; veja oncall-tray silence list).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/ack.py" line="62"/>
        <source>%1 is too short: give the fingerprint or at least its first %2 characters.</source>
        <translation>%1 é curto demais: informe o fingerprint ou pelo menos os %2 primeiros caracteres.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/ack.py" line="58"/>
        <source>%1 matches several alerts; give more characters:</source>
        <translation>%1 corresponde a vários alertas; informe mais caracteres:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="92"/>
        <source>(%1 left)</source>
        <translation>(faltam %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="49"/>
        <source>Alertmanager has no such silence (HTTP 404)</source>
        <translation>O Alertmanager não tem esse silenciamento (HTTP 404)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="51"/>
        <source>Alertmanager refused (HTTP %1): %2</source>
        <translation>O Alertmanager recusou (HTTP %1): %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="128"/>
        <source>Alertmanager replaced the silence instead of updating it: the new ID is %1.</source>
        <translation>O Alertmanager substituiu o silenciamento em vez de atualizá-lo: o novo ID é %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="54"/>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="47"/>
        <source>Alertmanager unreachable or refused</source>
        <translation>Alertmanager inacessível ou recusou a requisição</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="83"/>
        <source>Cancelled; nothing was sent.</source>
        <translation>Cancelado; nada foi enviado.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="76"/>
        <source>Confirmation needed: run again with --yes to go ahead.</source>
        <translation>Confirmação necessária: execute de novo com --yes para prosseguir.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="79"/>
        <source>Go ahead? [y/N] </source>
        <translation>Prosseguir? [s/N] </translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/common.py" line="63"/>
        <source>Invalid duration %1: use a whole number and a unit (ms, s, m, h, d, w, y), largest first, such as 15m, 1h30m or 24h.</source>
        <translation>Duração inválida %1: use um número inteiro e uma unidade (ms, s, m, h, d, w, y), da maior para a menor, como 15m, 1h30m ou 24h.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="69"/>
        <source>Invalid matcher: %1</source>
        <translation>Matcher inválido: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/ack.py" line="65"/>
        <source>No current alert has the fingerprint %1 (see: oncall-tray status).</source>
        <translation>Nenhum alerta atual tem o fingerprint %1 (veja: oncall-tray status).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="80"/>
        <source>No silence.</source>
        <translation>Nenhum silenciamento.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_steps.py" line="22"/>
        <source>Nothing was sent to Alertmanager.</source>
        <translation>Nada foi enviado ao Alertmanager.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="97"/>
        <source>Silence %1 expired.</source>
        <translation>Silenciamento %1 expirado.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence.py" line="130"/>
        <source>Silence %1 now ends at %2.</source>
        <translation>O silenciamento %1 agora termina em %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/autostart_cmd.py" line="37"/>
        <source>Start with the session</source>
        <translation>Iniciar com a sessão</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_steps.py" line="34"/>
        <source>This silences critical alerts for %1, longer than the 15-minute investigation window (the guide: never silence a critical alert without investigating): %2</source>
        <translation>Isto silencia alertas críticos por %1, mais que a janela de investigação de 15 minutos (o guia: nunca silencie alertas críticos sem investigar): %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="81"/>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="83"/>
        <source>author</source>
        <translation>autor</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/autostart_cmd.py" line="35"/>
        <source>cannot change the autostart entry</source>
        <translation>não foi possível alterar a inicialização automática</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="83"/>
        <source>comment</source>
        <translation>comentário</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="84"/>
        <source>covers</source>
        <translation>cobre</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="84"/>
        <source>end</source>
        <translation>fim</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="81"/>
        <source>expired</source>
        <translation>expirado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="83"/>
        <source>matchers</source>
        <translation>matchers</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/autostart_cmd.py" line="37"/>
        <source>off</source>
        <translation>desligado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/autostart_cmd.py" line="37"/>
        <source>on</source>
        <translation>ligado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="81"/>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="84"/>
        <source>start</source>
        <translation>início</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/autostart_cmd.py" line="43"/>
        <source>the entry starts %1, which does not exist any more; run &apos;oncall-tray autostart on&apos; again</source>
        <translation>a entrada inicia %1, que não existe mais; execute &apos;oncall-tray autostart on&apos; de novo</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/crash.py" line="107"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/crash.py" line="91"/>
        <source>Copy details</source>
        <translation>Copiar detalhes</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/crash.py" line="95"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/crash.py" line="94"/>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/crash.py" line="81"/>
        <source>The log file: %1</source>
        <translation>O arquivo de log: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/crash.py" line="78"/>
        <source>oncall-tray met an unexpected error and stopped: Alertmanager is not being watched. Restart it, and send the details below to the developers.</source>
        <translation>O oncall-tray encontrou um erro inesperado e parou: o Alertmanager não está sendo vigiado. Reinicie-o e envie os detalhes abaixo aos desenvolvedores.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/crash.py" line="73"/>
        <source>oncall-tray stopped</source>
        <translation>O oncall-tray parou</translation>
    </message>
</context>
<context>
    <name>details</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="63"/>
        <source>Annotations</source>
        <translation>Anotações</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="53"/>
        <source>Dashboard (Grafana)</source>
        <translation>Dashboard (Grafana)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="55"/>
        <source>Expression in Prometheus</source>
        <translation>Expressão no Prometheus</translation>
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
        <translation>Selecione um alerta para ver os detalhes.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="59"/>
        <source>Silenced by %1 until %2</source>
        <translation>Silenciado por %1 até %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="46"/>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alert_details.py" line="46"/>
        <source>State</source>
        <translation>Estado</translation>
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
        <translation>Alerta:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="90"/>
        <source>Already Tried:</source>
        <translation>Já Tentado:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="108"/>
        <source>Context:</source>
        <translation>Contexto:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="84"/>
        <source>Duration:</source>
        <translation>Duração:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="79"/>
        <source>ESCALATION TO %1</source>
        <translation>ESCALAÇÃO PARA %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="96"/>
        <source>Impact:</source>
        <translation>Impacto:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="93"/>
        <source>Instance:</source>
        <translation>Instância:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="93"/>
        <source>Service:</source>
        <translation>Serviço:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="81"/>
        <source>Severity:</source>
        <translation>Severidade:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="82"/>
        <source>Start:</source>
        <translation>Início:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="88"/>
        <source>Symptoms:</source>
        <translation>Sintomas:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="89"/>
        <source>[Actions taken]</source>
        <translation>[Ações realizadas]</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="92"/>
        <source>[Features compromised]</source>
        <translation>[Funcionalidades comprometidas]</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="99"/>
        <source>[Grafana link]</source>
        <translation>[Link Grafana]</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="92"/>
        <source>[How many customers are affected]</source>
        <translation>[Quantos clientes afetados]</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/escalation.py" line="87"/>
        <source>[What is happening]</source>
        <translation>[O que está acontecendo]</translation>
    </message>
</context>
<context>
    <name>escalation_dialog</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="107"/>
        <source>Copied to the clipboard: paste it in Slack.</source>
        <translation>Copiado para a área de transferência: cole no Slack.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="61"/>
        <source>Copy as Markdown</source>
        <translation>Copiar como Markdown</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="69"/>
        <source>Edit freely; the copy takes the text as it is.</source>
        <translation>Edite à vontade; a cópia leva o texto como está.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="46"/>
        <source>Escalate %1</source>
        <translation>Escalar %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/escalation_dialog.py" line="66"/>
        <source>Escalate to</source>
        <translation>Escalar para</translation>
    </message>
</context>
<context>
    <name>notifications</name>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="162"/>
        <source>%1 alerts resolved</source>
        <translation>%1 alertas resolvidos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="157"/>
        <source>%1 new alerts</source>
        <translation>%1 novos alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="85"/>
        <source>(unnamed alert)</source>
        <translation>(alerta sem nome)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="139"/>
        <source>Alertmanager answers again (%1).</source>
        <translation>O Alertmanager voltou a responder (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="149"/>
        <source>Alerts firing: %1</source>
        <translation>Alertas disparando: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="137"/>
        <source>Contact with Alertmanager lost</source>
        <translation>Sem contato com o Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="140"/>
        <source>Contact with Alertmanager restored</source>
        <translation>Contato com o Alertmanager restabelecido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="136"/>
        <source>No answer since %1: %2</source>
        <translation>Sem resposta desde %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="89"/>
        <source>Resolved: %1</source>
        <translation>Resolvido: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="93"/>
        <source>[%1] %2 (was %3)</source>
        <translation>[%1] %2 (antes: %3)</translation>
    </message>
</context>
<context>
    <name>severity</name>
    <message>
        <location filename="../../desktop/oncall_tray/core/severity.py" line="85"/>
        <source>critical</source>
        <translation>crítico</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/severity.py" line="87"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/severity.py" line="88"/>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/severity.py" line="86"/>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
</context>
<context>
    <name>silence_dialog</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="82"/>
        <source>Add matcher</source>
        <translation>Adicionar matcher</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="127"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="128"/>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="126"/>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="201"/>
        <source>Duration: use a duration such as 15m, 1h or 1h30m.</source>
        <translation>Duração: use uma duração como 15m, 1h ou 1h30m.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="77"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="130"/>
        <source>Matchers (all must match; regular expressions are anchored):</source>
        <translation>Matchers (todos devem casar; expressões regulares são ancoradas):</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="216"/>
        <source>Matches %1 of %2 current alerts</source>
        <translation>Casa com %1 de %2 alertas atuais</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="73"/>
        <source>New silence</source>
        <translation>Novo silenciamento</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="246"/>
        <source>Not created: %1</source>
        <translation>Não criado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="77"/>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="84"/>
        <source>Remove selected</source>
        <translation>Remover selecionados</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="176"/>
        <source>Row %1: %2 is not a label name (letters, digits and _).</source>
        <translation>Linha %1: %2 não é um nome de label (letras, dígitos e _).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="239"/>
        <source>Sending to Alertmanager…</source>
        <translation>Enviando ao Alertmanager…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="118"/>
        <source>Silence</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="230"/>
        <source>Silence a critical alert?</source>
        <translation>Silenciar um alerta crítico?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="231"/>
        <source>This silences a critical alert for %1, longer than the 15-minute investigation window. The guide says: never silence a critical alert without investigating. Silence anyway?</source>
        <translation>Isto silencia um alerta crítico por %1, mais que a janela de investigação de 15 minutos. O guia diz: nunca silencie alertas críticos sem investigar. Silenciar mesmo assim?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="77"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="110"/>
        <source>Why? (required: the guide says never silence without a comment)</source>
        <translation>Por quê? (obrigatório: o guia diz nunca silenciar sem comentário)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silence_dialog.py" line="95"/>
        <source>other:</source>
        <translation>outra:</translation>
    </message>
</context>
<context>
    <name>silences</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="45"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="45"/>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="46"/>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="55"/>
        <source>Expire</source>
        <translation>Expirar</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="57"/>
        <source>Extend 15 min</source>
        <translation>Estender 15 min</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="45"/>
        <source>Matchers</source>
        <translation>Matchers</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="46"/>
        <source>Mutes</source>
        <translation>Silencia</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="46"/>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="45"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="83"/>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="82"/>
        <source>nothing: expire it?</source>
        <translation>nada: expirar?</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/silences_view.py" line="83"/>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
</context>
<context>
    <name>silencing</name>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="50"/>
        <source>%1 is longer than 24 hours (the guide: never silence for more than 24 h).</source>
        <translation>%1 passa de 24 horas (o guia: nunca silencie por mais de 24h).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="45"/>
        <source>A comment is required: say why (the guide: never silence without a comment).</source>
        <translation>O comentário é obrigatório: diga o motivo (o guia: nunca silencie sem comentário).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="38"/>
        <source>A silence needs at least one matcher.</source>
        <translation>Um silenciamento precisa de pelo menos um matcher.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="39"/>
        <source>Matcher %1: invalid regular expression (%2).</source>
        <translation>Matcher %1: expressão regular inválida (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="52"/>
        <source>Silence %1 has expired; create a new one instead.</source>
        <translation>O silenciamento %1 expirou; crie um novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="47"/>
        <source>The author is empty: set your name (the engineer setting) or give one.</source>
        <translation>O autor está vazio: configure seu nome (a configuração engineer) ou informe um.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="49"/>
        <source>The silence must end after it starts (duration %1).</source>
        <translation>O silenciamento precisa terminar depois de começar (duração %1).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="43"/>
        <source>These matchers match every current alert (%1 alerts): narrow them down.</source>
        <translation>Estes matchers pegam todos os alertas atuais (%1 alertas): restrinja-os.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silence_problems.py" line="40"/>
        <source>These matchers match everything, even an alert without labels: add one that requires a value, such as alertname=&quot;APIDown&quot;.</source>
        <translation>Estes matchers pegam tudo, até um alerta sem labels: adicione um que exija um valor, como alertname=&quot;APIDown&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silencing.py" line="59"/>
        <source>investigation</source>
        <translation>investigação</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silencing.py" line="61"/>
        <source>known issue</source>
        <translation>problema conhecido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/silencing.py" line="60"/>
        <source>maintenance</source>
        <translation>manutenção</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="148"/>
        <source>Alertmanager %1 (version %2)</source>
        <translation>Alertmanager %1 (versão %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="159"/>
        <source>Alerts: %1 (%2)</source>
        <translation>Alertas: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="153"/>
        <source>No alert is firing.</source>
        <translation>Nenhum alerta disparando.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="160"/>
        <source>acknowledged</source>
        <translation>reconhecido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="161"/>
        <source>firing</source>
        <translation>disparando</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="184"/>
        <source>resolution overdue %1</source>
        <translation>resolução atrasada %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="184"/>
        <source>resolve in %1</source>
        <translation>resolver em %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="180"/>
        <source>respond in %1</source>
        <translation>responder em %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="180"/>
        <source>response overdue %1</source>
        <translation>resposta atrasada %1</translation>
    </message>
</context>
<context>
    <name>tray</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="48"/>
        <source>%1 acknowledged (silenced)</source>
        <translation>Reconhecidos (silenciados): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="135"/>
        <source>Acknowledge %1</source>
        <translation>Reconhecer %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="98"/>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="136"/>
        <source>Acknowledge the worst alert</source>
        <translation>Reconhecer o alerta mais grave</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="50"/>
        <source>Alerts shown are from %1 (stale)</source>
        <translation>Alertas exibidos são das %1 (desatualizados)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="33"/>
        <source>Cannot reach Alertmanager</source>
        <translation>Alertmanager inacessível</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="88"/>
        <source>Connecting to Alertmanager…</source>
        <translation>Conectando ao Alertmanager…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="34"/>
        <source>Contact with Alertmanager lost</source>
        <translation>Sem contato com o Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="52"/>
        <source>Last good poll: %1</source>
        <translation>Última consulta bem-sucedida: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="59"/>
        <source>Next deadline: %1</source>
        <translation>Próximo prazo: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="36"/>
        <source>No unacknowledged alert</source>
        <translation>Nenhum alerta não reconhecido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="103"/>
        <source>Open Alertmanager</source>
        <translation>Abrir Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="104"/>
        <source>Open Grafana</source>
        <translation>Abrir Grafana</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="105"/>
        <source>Open Prometheus</source>
        <translation>Abrir Prometheus</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="117"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="100"/>
        <source>Refresh now</source>
        <translation>Atualizar agora</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="112"/>
        <source>Send test notification</source>
        <translation>Enviar notificação de teste</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="97"/>
        <source>Show alerts</source>
        <translation>Mostrar alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="113"/>
        <source>Start with the session</source>
        <translation>Iniciar com a sessão</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="37"/>
        <source>Unacknowledged alerts: %1</source>
        <translation>Alertas não reconhecidos: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="58"/>
        <source>resolve %1 by %2</source>
        <translation>resolver %1 até %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="58"/>
        <source>respond to %1 by %2</source>
        <translation>responder a %1 até %2</translation>
    </message>
</context>
</TS>
