<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>aftercare</name>
    <message>
        <location filename="../../desktop/oncall_tray/core/aftercare.py" line="37"/>
        <source>Confirm the metrics are back to normal</source>
        <translation>Confirmar métricas normalizadas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/aftercare.py" line="39"/>
        <source>Document the actions taken</source>
        <translation>Documentar ações tomadas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/aftercare.py" line="46"/>
        <source>Fill in the post-mortem (template in RUNBOOKS.md)</source>
        <translation>Preencher Post-Mortem (use template em RUNBOOKS.md)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/aftercare.py" line="36"/>
        <source>Remove the silences</source>
        <translation>Remover silenciamentos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/aftercare.py" line="47"/>
        <source>Review the post-mortem with the team</source>
        <translation>Revisar Post-Mortem com equipe</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/aftercare.py" line="38"/>
        <source>Update the #incidents thread with the resolution</source>
        <translation>Atualizar thread em #incidents com resolução</translation>
    </message>
</context>
<context>
    <name>alerts</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="126"/>
        <source>(stale)</source>
        <translation>(desatualizado)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="78"/>
        <source>Age</source>
        <translation>Idade</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="78"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="78"/>
        <source>Service / instance</source>
        <translation>Serviço / instância</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="78"/>
        <source>Severity</source>
        <translation>Severidade</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="78"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="78"/>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="121"/>
        <source>acknowledged</source>
        <translation>reconhecido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="118"/>
        <source>acknowledged by %1 until %2</source>
        <translation>reconhecido por %1 até %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="125"/>
        <source>firing</source>
        <translation>disparando</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_model.py" line="123"/>
        <source>inhibited</source>
        <translation>inibido</translation>
    </message>
</context>
<context>
    <name>alerts_window</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="96"/>
        <source>Acknowledge</source>
        <translation>Reconhecer</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="72"/>
        <source>Filter: text, or matchers such as severity=&quot;critical&quot;, instance=~&quot;backend.*&quot;</source>
        <translation>Filtro: texto, ou matchers como severity=&quot;critical&quot;, instance=~&quot;backend.*&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="103"/>
        <source>Open Alertmanager</source>
        <translation>Abrir Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="105"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="101"/>
        <source>Refresh now</source>
        <translation>Atualizar agora</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="97"/>
        <source>Silence this alert for the 15-minute investigation window</source>
        <translation>Silenciar este alerta pelos 15 minutos de investigação</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="99"/>
        <source>Silence…</source>
        <translation>Silenciar…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="53"/>
        <source>oncall-tray — alerts</source>
        <translation>oncall-tray — alertas</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="137"/>
        <source>%1; defaults are used for: %2</source>
        <translation>%1; usando os valores padrão para: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="127"/>
        <source>Notifications work. Watching %1.</source>
        <translation>As notificações funcionam. Monitorando %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="136"/>
        <source>Problems in the settings file</source>
        <translation>Problemas no arquivo de configurações</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="128"/>
        <source>oncall-tray test notification</source>
        <translation>Notificação de teste do oncall-tray</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="83"/>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="47"/>
        <source>Alertmanager unreachable or refused</source>
        <translation>Alertmanager inacessível ou recusou a requisição</translation>
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
        <translation>%d/%m/%Y</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="301"/>
        <source>%Y-%m-%d %H:%M</source>
        <translation>%d/%m/%Y %H:%M</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="82"/>
        <source>Active Alerts</source>
        <translation>Alertas Ativos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="145"/>
        <source>Active Silences</source>
        <translation>Silenciamentos Ativos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="90"/>
        <source>Alertmanager unreachable: %1</source>
        <translation>Alertmanager inacessível: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="130"/>
        <source>Alerts received: %1</source>
        <translation>Alertas recebidos: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="46"/>
        <source>By: %1</source>
        <translation>Por: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="45"/>
        <source>Checked that the dashboards are loading</source>
        <translation>Verifiquei dashboards estão carregando</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="43"/>
        <source>Checked the active silences and their reasons</source>
        <translation>Chequei silenciamentos ativos e motivos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="48"/>
        <source>Confirmed the escalation contacts are available</source>
        <translation>Confirmei contatos de escalação disponíveis</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="129"/>
        <source>Duration: %1</source>
        <translation>Duração: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="43"/>
        <source>Expires at %1</source>
        <translation>Expira em %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="258"/>
        <source>Follow up %1 (still firing)</source>
        <translation>Acompanhar %1 (ainda disparando)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="127"/>
        <source>Handing Over the Shift - %1</source>
        <translation>Passando Turno - %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="132"/>
        <source>Incidents Handled</source>
        <translation>Incidentes Tratados</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="131"/>
        <source>Incidents: %1</source>
        <translation>Incidentes: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="152"/>
        <source>Incoming on-call engineer: %1</source>
        <translation>Plantonista entrando: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="126"/>
        <source>None</source>
        <translation>Nada a registrar</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="107"/>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="149"/>
        <source>Observations</source>
        <translation>Observações</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="110"/>
        <source>On-call engineer: %1</source>
        <translation>Plantonista: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="59"/>
        <source>Open</source>
        <translation>Em aberto</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="97"/>
        <source>Open Incidents</source>
        <translation>Incidentes Abertos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="151"/>
        <source>Outgoing on-call engineer: %1</source>
        <translation>Plantonista saindo: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="143"/>
        <source>Pending for the Next Shift</source>
        <translation>Pendências para Próximo Turno</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="267"/>
        <source>Post-mortem of %1, by %2</source>
        <translation>Post-Mortem de %1, até %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="266"/>
        <source>Post-mortem review of %1 with the team, by %2</source>
        <translation>Revisar Post-Mortem de %1 com equipe, até %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="47"/>
        <source>Read the previous shift&apos;s handoff notes</source>
        <translation>Li handoff notes do turno anterior</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="44"/>
        <source>Read the threads in #incidents from the last 24h</source>
        <translation>Li threads em #incidents das últimas 24h</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="44"/>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="55"/>
        <source>Resolved</source>
        <translation>Resolvido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="42"/>
        <source>Reviewed the active alerts in Alertmanager</source>
        <translation>Revisei alertas ativos no Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="128"/>
        <source>Shift Summary</source>
        <translation>Resumo do Turno</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="92"/>
        <source>Silences</source>
        <translation>Silenciamentos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="74"/>
        <source>Taking Over the Shift - %1</source>
        <translation>Assumindo Turno - %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="46"/>
        <source>Tested access to the tools (Grafana, Prometheus, Alertmanager)</source>
        <translation>Testei acesso a ferramentas (Grafana, Prometheus, Alertmanager)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="99"/>
        <source>acknowledged at %1 by %2</source>
        <translation>reconhecido às %1 por %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="94"/>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="147"/>
        <source>as last seen (Alertmanager unreachable)</source>
        <translation>como vistos por último (Alertmanager inacessível)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff.py" line="260"/>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="53"/>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="103"/>
        <source>escalated to %1</source>
        <translation>escalado para %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="78"/>
        <source>no answer (%1)</source>
        <translation>sem resposta (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="65"/>
        <source>silenced</source>
        <translation>silenciado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/core/handoff_markdown.py" line="88"/>
        <source>… and %1 more</source>
        <translation>… e mais %1</translation>
    </message>
</context>
<context>
    <name>handoff_cli</name>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="174"/>
        <source>%1 alerts in the journal have the fingerprint %2.</source>
        <translation>%1 alertas do diário de turno têm o fingerprint %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="130"/>
        <source>%1, handed over %2</source>
        <translation>%1, passado em %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="134"/>
        <source>(none in this journal)</source>
        <translation>(nenhuma neste diário de turno)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="117"/>
        <source>A shift is open (%1); this checklist is for the incoming engineer.</source>
        <translation>Há um turno aberto (%1); este checklist é para o plantonista que entra.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="101"/>
        <source>A shift is open already (%1, since %2): hand it over first with `oncall-tray handoff end --confirm`.</source>
        <translation>Já há um turno aberto (%1, desde %2): passe-o antes com `oncall-tray handoff end --confirm`.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="123"/>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="191"/>
        <source>No shift %1 in the journal.</source>
        <translation>Nenhum turno %1 no diário de turno.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="143"/>
        <source>No shift is open: start one with `oncall-tray handoff start --confirm`.</source>
        <translation>Nenhum turno aberto: assuma um com `oncall-tray handoff start --confirm`.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="128"/>
        <source>Previous shift&apos;s handoff notes</source>
        <translation>Handoff notes do turno anterior</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="160"/>
        <source>Shift handed over at %1 to %2.</source>
        <translation>Turno passado às %1 para %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="114"/>
        <source>Shift started at %1 by %2.</source>
        <translation>Turno assumido às %1 por %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="167"/>
        <source>The note is empty.</source>
        <translation>A nota está vazia.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="125"/>
        <source>answers</source>
        <translation>responde</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/handoff.py" line="125"/>
        <source>no answer</source>
        <translation>sem resposta</translation>
    </message>
</context>
<context>
    <name>incident_panel</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="198"/>
        <source>%1 — by %2</source>
        <translation>%1 — até %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="201"/>
        <source>(dismissed)</source>
        <translation>(dispensado)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="203"/>
        <source>(due now)</source>
        <translation>(prazo chegou)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="67"/>
        <source>Add note</source>
        <translation>Adicionar nota</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="80"/>
        <source>After the incident</source>
        <translation>Após o incidente</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="183"/>
        <source>After the incident (resolved at %1)</source>
        <translation>Após o incidente (resolvido às %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="265"/>
        <source>Could not expire the silence: %1</source>
        <translation>Não foi possível expirar o silenciamento: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="97"/>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="70"/>
        <source>Escalated to…</source>
        <translation>Escalado para…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="193"/>
        <source>Expire %1 silences</source>
        <translation>Expirar silenciamentos (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="241"/>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="144"/>
        <source>Notes on %1</source>
        <translation>Notas sobre %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="145"/>
        <source>Select an alert to take notes on it.</source>
        <translation>Selecione um alerta para anotar o que foi feito.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incident_panel.py" line="64"/>
        <source>What did you try or see? Enter adds the note</source>
        <translation>O que você tentou ou viu? Enter adiciona a nota</translation>
    </message>
</context>
<context>
    <name>incidents_window</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incidents_window.py" line="39"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incidents_window.py" line="33"/>
        <source>Incidents — oncall-tray</source>
        <translation>Incidentes — oncall-tray</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incidents_window.py" line="83"/>
        <source>No incident in the last 7 days.</source>
        <translation>Nenhum incidente nos últimos 7 dias.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incidents_window.py" line="74"/>
        <source>open</source>
        <translation>em aberto</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/incidents_window.py" line="73"/>
        <source>resolved at %1</source>
        <translation>resolvido às %1</translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <location filename="../../desktop/oncall_tray/core/journal_file.py" line="54"/>
        <source>The shift journal was damaged (%1). It was set aside as %2 and a new journal was started.</source>
        <translation>O diário de turno estava danificado (%1). Ele foi guardado como %2 e um novo diário foi iniciado.</translation>
    </message>
</context>
<context>
    <name>notifications</name>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="160"/>
        <source>%1 alerts resolved</source>
        <translation>%1 alertas resolvidos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="155"/>
        <source>%1 new alerts</source>
        <translation>%1 novos alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="83"/>
        <source>(unnamed alert)</source>
        <translation>(alerta sem nome)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="137"/>
        <source>Alertmanager answers again (%1).</source>
        <translation>O Alertmanager voltou a responder (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="147"/>
        <source>Alerts firing: %1</source>
        <translation>Alertas disparando: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="135"/>
        <source>Contact with Alertmanager lost</source>
        <translation>Sem contato com o Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="138"/>
        <source>Contact with Alertmanager restored</source>
        <translation>Contato com o Alertmanager restabelecido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="134"/>
        <source>No answer since %1: %2</source>
        <translation>Sem resposta desde %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="87"/>
        <source>Resolved: %1</source>
        <translation>Resolvido: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="91"/>
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
    <name>shift</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_controller.py" line="226"/>
        <source>(Incidents, in the tray menu)</source>
        <translation>(Incidentes, no menu da bandeja)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_controller.py" line="190"/>
        <source>After the incident: %1</source>
        <translation>Após o incidente: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_controller.py" line="225"/>
        <source>Post-mortem due: %1</source>
        <translation>Hora do Post-Mortem: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_controller.py" line="224"/>
        <source>Post-mortem review due: %1</source>
        <translation>Hora de revisar o Post-Mortem: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_controller.py" line="191"/>
        <source>Resolved. Remove the silences, confirm the metrics, update #incidents and document the actions: Incidents in the tray menu.</source>
        <translation>Resolvido. Remova os silenciamentos, confirme as métricas, atualize #incidents e documente as ações: Incidentes, no menu da bandeja.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_controller.py" line="131"/>
        <location filename="../../desktop/oncall_tray/ui/shift_controller.py" line="284"/>
        <source>Shift journal</source>
        <translation>Diário de turno</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_controller.py" line="90"/>
        <source>The shift journal cannot be used: %1</source>
        <translation>O diário de turno não pode ser usado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/shift_controller.py" line="79"/>
        <source>no answer from Alertmanager yet</source>
        <translation>ainda sem resposta do Alertmanager</translation>
    </message>
</context>
<context>
    <name>shift_end</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="222"/>
        <source>(you)</source>
        <translation>(você)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="208"/>
        <source>Active silences (%1)</source>
        <translation>Silenciamentos ativos (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="69"/>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="79"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="178"/>
        <source>Alerts received: %1 · Incidents: %2</source>
        <translation>Alertas recebidos: %1 · Incidentes: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="103"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="95"/>
        <source>Copy Markdown</source>
        <translation>Copiar Markdown</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="79"/>
        <source>Created by</source>
        <translation>Criado por</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="69"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="232"/>
        <source>End this silence now in Alertmanager</source>
        <translation>Encerrar este silenciamento agora no Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="230"/>
        <source>Expire</source>
        <translation>Expirar</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="79"/>
        <source>Expires</source>
        <translation>Expira</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="230"/>
        <source>Expiring…</source>
        <translation>Expirando…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="101"/>
        <source>Hand over the shift</source>
        <translation>Passar turno</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="54"/>
        <source>Hand over the shift — oncall-tray</source>
        <translation>Passar turno — oncall-tray</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="176"/>
        <source>Handing over the shift of %1, since %2 (%3)</source>
        <translation>Passando o turno de %1, desde %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="190"/>
        <source>Incidents handled (%1)</source>
        <translation>Incidentes tratados (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="92"/>
        <source>Incoming on-call engineer:</source>
        <translation>Plantonista entrando:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="120"/>
        <source>Markdown (as the guide lays it out)</source>
        <translation>Markdown (no formato do guia)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="287"/>
        <source>Markdown copied to the clipboard.</source>
        <translation>Markdown copiado para a área de transferência.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="85"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="165"/>
        <source>No shift is open.</source>
        <translation>Nenhum turno aberto.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="115"/>
        <source>Observations</source>
        <translation>Observações</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="73"/>
        <source>One pending item per line</source>
        <translation>Uma pendência por linha</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="180"/>
        <source>Outgoing on-call engineer: %1</source>
        <translation>Plantonista saindo: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="99"/>
        <source>Past handoffs…</source>
        <translation>Passagens anteriores…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="114"/>
        <source>Pending for the next shift</source>
        <translation>Pendências para o próximo turno</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="79"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="97"/>
        <source>Save as…</source>
        <translation>Salvar como…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="300"/>
        <source>Saved to %1</source>
        <translation>Salvo em %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="326"/>
        <source>Shift handed over</source>
        <translation>Turno passado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="280"/>
        <source>Silence expired.</source>
        <translation>Silenciamento expirado.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="166"/>
        <source>Start one with Take over the shift in the tray menu.</source>
        <translation>Assuma um com Assumir turno, no menu da bandeja.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="69"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="183"/>
        <source>Suggested from the open incidents and the post-mortems due; edit freely.</source>
        <translation>Sugeridas a partir dos incidentes abertos e dos post-mortems pendentes; edite à vontade.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="324"/>
        <source>The shift was not handed over: %1</source>
        <translation>O turno não foi passado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="69"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="326"/>
        <source>To %1. The handoff is on the clipboard and in Past handoffs.</source>
        <translation>Para %1. A passagem está na área de transferência e em Passagens anteriores.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="310"/>
        <source>Type the incoming on-call engineer&apos;s name first.</source>
        <translation>Digite antes o nome do plantonista que entra.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="82"/>
        <source>Unusual behaviour, worrying trends, planned maintenance</source>
        <translation>Comportamentos anormais, trends preocupantes, manutenções programadas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="210"/>
        <source>as last seen: Alertmanager unreachable</source>
        <translation>como vistos por último: Alertmanager inacessível</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_end.py" line="278"/>
        <source>could not expire the silence: %1</source>
        <translation>não foi possível expirar o silenciamento: %1</translation>
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
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_history.py" line="33"/>
        <source>Copy Markdown</source>
        <translation>Copiar Markdown</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_history.py" line="78"/>
        <source>No shift was handed over in this journal yet.</source>
        <translation>Nenhum turno foi passado neste diário de turno ainda.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_history.py" line="27"/>
        <source>Past handoffs — oncall-tray</source>
        <translation>Passagens anteriores — oncall-tray</translation>
    </message>
</context>
<context>
    <name>shift_start</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="361"/>
        <source>%1 is on call since %2.</source>
        <translation>%1 está de plantão desde %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="294"/>
        <source>%1 of %2 answered</source>
        <translation>%1 de %2 responderam</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="261"/>
        <source>(silenced)</source>
        <translation>(silenciado)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="256"/>
        <source>Active alerts (%1)</source>
        <translation>Alertas ativos (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="257"/>
        <source>Active alerts: Alertmanager unreachable</source>
        <translation>Alertas ativos: Alertmanager inacessível</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="233"/>
        <source>Active silences (%1)</source>
        <translation>Silenciamentos ativos (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="157"/>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="158"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="285"/>
        <source>Alertmanager unreachable</source>
        <translation>Alertmanager inacessível</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="131"/>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="124"/>
        <source>Anything important for this shift</source>
        <translation>Qualquer contexto importante para este turno</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="133"/>
        <source>Check again</source>
        <translation>Verificar de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="303"/>
        <source>Checking the dashboards…</source>
        <translation>Verificando os dashboards…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="141"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="136"/>
        <source>Copy Markdown</source>
        <translation>Copiar Markdown</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="158"/>
        <source>Created by</source>
        <translation>Criado por</translation>
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
        <translation>Detalhe</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="158"/>
        <source>Expires</source>
        <translation>Expira</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="237"/>
        <source>Incidents still open (%1)</source>
        <translation>Incidentes ainda abertos (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="157"/>
        <source>Instance</source>
        <translation>Instância</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="340"/>
        <source>Markdown copied to the clipboard.</source>
        <translation>Markdown copiado para a área de transferência.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="161"/>
        <source>No previous handoff in this journal: paste the one you received</source>
        <translation>Nenhuma passagem anterior neste diário de turno: cole aqui a que você recebeu</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="153"/>
        <source>Observations</source>
        <translation>Observações</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="129"/>
        <source>On-call engineer:</source>
        <translation>Plantonista:</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="165"/>
        <source>Previous shift&apos;s handoff notes</source>
        <translation>Handoff notes do turno anterior</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="158"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="157"/>
        <source>Severity</source>
        <translation>Severidade</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="361"/>
        <source>Shift started</source>
        <translation>Turno assumido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="109"/>
        <source>Start checklist</source>
        <translation>Checklist ao assumir o turno</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="157"/>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="138"/>
        <source>Take over the shift</source>
        <translation>Assumir turno</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="95"/>
        <source>Take over the shift — oncall-tray</source>
        <translation>Assumir turno — oncall-tray</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="224"/>
        <source>Taking over the shift — %1</source>
        <translation>Assumindo o turno — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="274"/>
        <source>The shift of %1 is open since %2: it must be handed over (Hand over the shift) before another begins.</source>
        <translation>O turno de %1 está aberto desde %2: ele precisa ser passado (Passar turno) antes de outro começar.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="359"/>
        <source>The shift was not started: %1</source>
        <translation>O turno não foi assumido: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="348"/>
        <source>Type the on-call engineer&apos;s name first.</source>
        <translation>Digite antes o nome do plantonista.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="243"/>
        <source>acknowledged by %1</source>
        <translation>reconhecido por %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="300"/>
        <source>answers</source>
        <translation>responde</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="289"/>
        <source>checking…</source>
        <translation>verificando…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="245"/>
        <source>escalated to %1</source>
        <translation>escalado para %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="286"/>
        <source>listed here by the app</source>
        <translation>listados aqui pelo app</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="300"/>
        <source>no answer</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="296"/>
        <source>none in this journal</source>
        <translation>nenhuma neste diário de turno</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="296"/>
        <source>shown here</source>
        <translation>mostradas aqui</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="240"/>
        <source>taken on at %1</source>
        <translation>assumido às %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_start.py" line="265"/>
        <source>… and %1 more</source>
        <translation>… e mais %1</translation>
    </message>
</context>
<context>
    <name>shift_windows</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_common.py" line="91"/>
        <source>All changes saved at %1</source>
        <translation>Tudo salvo às %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_common.py" line="63"/>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_common.py" line="96"/>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/handoff_common.py" line="62"/>
        <source>Save the handoff as Markdown</source>
        <translation>Salvar a passagem de turno em Markdown</translation>
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
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="47"/>
        <source>%1 acknowledged (silenced)</source>
        <translation>Reconhecidos (silenciados): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="49"/>
        <source>Alerts shown are from %1 (stale)</source>
        <translation>Alertas exibidos são das %1 (desatualizados)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="32"/>
        <source>Cannot reach Alertmanager</source>
        <translation>Alertmanager inacessível</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="80"/>
        <source>Connecting to Alertmanager…</source>
        <translation>Conectando ao Alertmanager…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="33"/>
        <source>Contact with Alertmanager lost</source>
        <translation>Sem contato com o Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="91"/>
        <source>Hand over the shift…</source>
        <translation>Passar turno…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="92"/>
        <source>Incidents…</source>
        <translation>Incidentes…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="51"/>
        <source>Last good poll: %1</source>
        <translation>Última consulta bem-sucedida: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="35"/>
        <source>No unacknowledged alert</source>
        <translation>Nenhum alerta não reconhecido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="98"/>
        <source>Open Alertmanager</source>
        <translation>Abrir Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="99"/>
        <source>Open Grafana</source>
        <translation>Abrir Grafana</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="100"/>
        <source>Open Prometheus</source>
        <translation>Abrir Prometheus</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="92"/>
        <source>Past handoffs…</source>
        <translation>Passagens anteriores…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="109"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="89"/>
        <source>Refresh now</source>
        <translation>Atualizar agora</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="107"/>
        <source>Send test notification</source>
        <translation>Enviar notificação de teste</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="88"/>
        <source>Show alerts</source>
        <translation>Mostrar alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="91"/>
        <source>Take over the shift…</source>
        <translation>Assumir turno…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="36"/>
        <source>Unacknowledged alerts: %1</source>
        <translation>Alertas não reconhecidos: %1</translation>
    </message>
</context>
</TS>
