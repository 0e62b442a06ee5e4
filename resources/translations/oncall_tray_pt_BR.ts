<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="119"/>
        <source>%1; defaults are used for: %2</source>
        <translation>%1; usando os valores padrão para: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="109"/>
        <source>Notifications work. Watching %1.</source>
        <translation>As notificações funcionam. Monitorando %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="118"/>
        <source>Problems in the settings file</source>
        <translation>Problemas no arquivo de configurações</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="110"/>
        <source>oncall-tray test notification</source>
        <translation>Notificação de teste do oncall-tray</translation>
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
        <location filename="../../desktop/oncall_tray/commands/status.py" line="39"/>
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
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="81"/>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/silence_list.py" line="84"/>
        <source>start</source>
        <translation>início</translation>
    </message>
</context>
<context>
    <name>notifications</name>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="165"/>
        <source>%1 alerts resolved</source>
        <translation>%1 alertas resolvidos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="160"/>
        <source>%1 new alerts</source>
        <translation>%1 novos alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="94"/>
        <source>(unnamed alert)</source>
        <translation>(alerta sem nome)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="142"/>
        <source>Alertmanager answers again (%1).</source>
        <translation>O Alertmanager voltou a responder (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="152"/>
        <source>Alerts firing: %1</source>
        <translation>Alertas disparando: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="140"/>
        <source>Contact with Alertmanager lost</source>
        <translation>Sem contato com o Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="143"/>
        <source>Contact with Alertmanager restored</source>
        <translation>Contato com o Alertmanager restabelecido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="139"/>
        <source>No answer since %1: %2</source>
        <translation>Sem resposta desde %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="98"/>
        <source>Resolved: %1</source>
        <translation>Resolvido: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="102"/>
        <source>[%1] %2 (was %3)</source>
        <translation>[%1] %2 (antes: %3)</translation>
    </message>
</context>
<context>
    <name>severity</name>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="79"/>
        <source>critical</source>
        <translation>crítico</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="81"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="82"/>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="80"/>
        <source>warning</source>
        <translation>aviso</translation>
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
        <location filename="../../desktop/oncall_tray/commands/status.py" line="116"/>
        <source>Alertmanager %1 (version %2)</source>
        <translation>Alertmanager %1 (versão %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="127"/>
        <source>Alerts: %1 (%2)</source>
        <translation>Alertas: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="121"/>
        <source>No alert is firing.</source>
        <translation>Nenhum alerta disparando.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="128"/>
        <source>acknowledged</source>
        <translation>reconhecido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="129"/>
        <source>firing</source>
        <translation>disparando</translation>
    </message>
</context>
<context>
    <name>status_window</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/status_window.py" line="66"/>
        <source>Open Alertmanager</source>
        <translation>Abrir Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/status_window.py" line="68"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/status_window.py" line="64"/>
        <source>Refresh now</source>
        <translation>Atualizar agora</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/status_window.py" line="98"/>
        <source>acknowledged</source>
        <translation>reconhecido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/status_window.py" line="99"/>
        <source>stale</source>
        <translation>desatualizado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/status_window.py" line="111"/>
        <source>… and %1 more</source>
        <translation>… e mais %1</translation>
    </message>
</context>
<context>
    <name>tray</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="46"/>
        <source>%1 acknowledged (silenced)</source>
        <translation>Reconhecidos (silenciados): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="48"/>
        <source>Alerts shown are from %1 (stale)</source>
        <translation>Alertas exibidos são das %1 (desatualizados)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="31"/>
        <source>Cannot reach Alertmanager</source>
        <translation>Alertmanager inacessível</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="77"/>
        <source>Connecting to Alertmanager…</source>
        <translation>Conectando ao Alertmanager…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="32"/>
        <source>Contact with Alertmanager lost</source>
        <translation>Sem contato com o Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="50"/>
        <source>Last good poll: %1</source>
        <translation>Última consulta bem-sucedida: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="34"/>
        <source>No unacknowledged alert</source>
        <translation>Nenhum alerta não reconhecido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="89"/>
        <source>Open Alertmanager</source>
        <translation>Abrir Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="90"/>
        <source>Open Grafana</source>
        <translation>Abrir Grafana</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="91"/>
        <source>Open Prometheus</source>
        <translation>Abrir Prometheus</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="100"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="86"/>
        <source>Refresh now</source>
        <translation>Atualizar agora</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="98"/>
        <source>Send test notification</source>
        <translation>Enviar notificação de teste</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="85"/>
        <source>Show status</source>
        <translation>Mostrar status</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="35"/>
        <source>Unacknowledged alerts: %1</source>
        <translation>Alertas não reconhecidos: %1</translation>
    </message>
</context>
</TS>
