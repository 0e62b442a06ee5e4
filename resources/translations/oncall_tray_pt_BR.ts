<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
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
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="93"/>
        <source>Acknowledge</source>
        <translation>Reconhecer</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="71"/>
        <source>Filter: text, or matchers such as severity=&quot;critical&quot;, instance=~&quot;backend.*&quot;</source>
        <translation>Filtro: texto, ou matchers como severity=&quot;critical&quot;, instance=~&quot;backend.*&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="100"/>
        <source>Open Alertmanager</source>
        <translation>Abrir Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="102"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="98"/>
        <source>Refresh now</source>
        <translation>Atualizar agora</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="94"/>
        <source>Silence this alert for the 15-minute investigation window</source>
        <translation>Silenciar este alerta pelos 15 minutos de investigação</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="96"/>
        <source>Silence…</source>
        <translation>Silenciar…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/alerts_window.py" line="52"/>
        <source>oncall-tray — alerts</source>
        <translation>oncall-tray — alertas</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="200"/>
        <source>%1; defaults are used for: %2</source>
        <translation>%1; usando os valores padrão para: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="68"/>
        <source>Alertmanager cluster degraded</source>
        <translation>Cluster do Alertmanager degradado</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="56"/>
        <source>Alertmanager needs credentials</source>
        <translation>O Alertmanager pede credenciais</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/connection.py" line="106"/>
        <source>Credentials kept until oncall-tray quits</source>
        <translation>Credenciais guardadas até o oncall-tray fechar</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="190"/>
        <source>Notifications work. Watching %1.</source>
        <translation>As notificações funcionam. Monitorando %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="199"/>
        <source>Problems in the settings file</source>
        <translation>Problemas no arquivo de configurações</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/app.py" line="191"/>
        <source>oncall-tray test notification</source>
        <translation>Notificação de teste do oncall-tray</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="48"/>
        <source>Alertmanager unreachable or refused</source>
        <translation>Alertmanager inacessível ou recusou a requisição</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="49"/>
        <source>store them with: oncall-tray login</source>
        <translation>guarde-as com: oncall-tray login</translation>
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
    <name>login</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="120"/>
        <source>A user name cannot contain a colon.</source>
        <translation>O nome de usuário não pode conter dois-pontos.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="86"/>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="69"/>
        <source>Bearer token</source>
        <translation>Token (bearer)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="123"/>
        <source>Enter the password.</source>
        <translation>Digite a senha.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="123"/>
        <source>Enter the token.</source>
        <translation>Digite o token.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="117"/>
        <source>Enter the user name.</source>
        <translation>Digite o nome de usuário.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="77"/>
        <source>Kept in the system keyring (%1).</source>
        <translation>Guardado no chaveiro do sistema (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="93"/>
        <source>Log in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="87"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="39"/>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="78"/>
        <source>No system keyring: the secret is kept until oncall-tray quits (%1).</source>
        <translation>Sem chaveiro do sistema: o segredo fica guardado só até o oncall-tray fechar (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="110"/>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="34"/>
        <source>The keyring is locked; the secret is kept until oncall-tray quits (%1).</source>
        <translation>O chaveiro está bloqueado; o segredo fica guardado só até o oncall-tray fechar (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="110"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="88"/>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="68"/>
        <source>User name and password (basic auth)</source>
        <translation>Usuário e senha (basic auth)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/login_dialog.py" line="61"/>
        <source>oncall-tray — log in to Alertmanager</source>
        <translation>oncall-tray — entrar no Alertmanager</translation>
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
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="84"/>
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
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="88"/>
        <source>Resolved: %1</source>
        <translation>Resolvido: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/notify/messages.py" line="92"/>
        <source>[%1] %2 (was %3)</source>
        <translation>[%1] %2 (antes: %3)</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="402"/>
        <source>%1: Alertmanager %2, cluster %3, %4 alerts</source>
        <translation>%1: Alertmanager %2, cluster %3, alertas: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="47"/>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="48"/>
        <source>Alertmanager URLs</source>
        <translation>URLs do Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="59"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="50"/>
        <source>Authentication</source>
        <translation>Autenticação</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="60"/>
        <source>Author of acknowledgements and silences</source>
        <translation>Autor dos reconhecimentos e silêncios</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="319"/>
        <source>Basic authentication needs a user name.</source>
        <translation>A autenticação basic precisa de um nome de usuário.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="93"/>
        <source>Bearer token</source>
        <translation>Token (bearer)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="76"/>
        <source>Business days (comma-separated)</source>
        <translation>Dias úteis (separados por vírgula)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="77"/>
        <source>Business hours</source>
        <translation>Horário comercial</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="278"/>
        <source>CA certificates</source>
        <translation>Certificados de CA</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="265"/>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="70"/>
        <source>Critical: escalate to L2 after (minutes)</source>
        <translation>Crítico: escalar para L2 após (minutos)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="71"/>
        <source>Critical: escalate to L3 after (minutes)</source>
        <translation>Crítico: escalar para L3 após (minutos)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="69"/>
        <source>Critical: resolve within (minutes)</source>
        <translation>Crítico: resolver em (minutos)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="68"/>
        <source>Critical: respond within (minutes)</source>
        <translation>Crítico: responder em (minutos)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="81"/>
        <source>Desktop notifications</source>
        <translation>Notificações na área de trabalho</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="54"/>
        <source>Do not check TLS certificates (insecure)</source>
        <translation>Não verificar certificados TLS (inseguro)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="313"/>
        <source>Enter at least one URL.</source>
        <translation>Informe pelo menos uma URL.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="269"/>
        <source>Enter password or token…</source>
        <translation>Informar senha ou token…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="52"/>
        <source>Extra CA certificates (PEM file)</source>
        <translation>Certificados de CA adicionais (arquivo PEM)</translation>
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
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="65"/>
        <source>Left out of an acknowledgement&apos;s matchers</source>
        <translation>Deixadas de fora dos matchers de um reconhecimento</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="85"/>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="56"/>
        <source>Longest wait between retries (seconds)</source>
        <translation>Espera máxima entre tentativas (segundos)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="323"/>
        <source>Must be a number.</source>
        <translation>Deve ser um número.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="92"/>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="384"/>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="80"/>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="49"/>
        <source>One per line; several are the members of one HA cluster, polled together</source>
        <translation>Uma por linha; várias são os membros de um cluster HA, consultados juntos</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="82"/>
        <source>One summary for more new alerts than</source>
        <translation>Um resumo quando houver mais alertas novos que</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="61"/>
        <source>Only alerts matching (one matcher per line)</source>
        <translation>Só alertas que casem com (um matcher por linha)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="209"/>
        <source>Other</source>
        <translation>Outros</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="279"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt *.cer);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="55"/>
        <source>Poll every (seconds)</source>
        <translation>Consultar a cada (segundos)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="87"/>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="62"/>
        <source>Receiver (regular expression)</source>
        <translation>Receiver (expressão regular)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="57"/>
        <source>Request timeout (seconds)</source>
        <translation>Tempo limite da requisição (segundos)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="67"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="229"/>
        <source>Settings file: %1</source>
        <translation>Arquivo de configurações: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="63"/>
        <source>Severity synonyms (value: severity, one per line)</source>
        <translation>Sinônimos de severidade (valor: severidade, um por linha)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="94"/>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="210"/>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="361"/>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="51"/>
        <source>The password or token is kept in the system keyring</source>
        <translation>A senha ou o token fica no chaveiro do sistema</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="78"/>
        <source>Time zone (empty: the system&apos;s)</source>
        <translation>Fuso horário (vazio: o do sistema)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="53"/>
        <source>Trusted in addition to the system&apos;s certificates</source>
        <translation>Confiáveis além dos certificados do sistema</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="51"/>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="92"/>
        <source>User name and password (basic auth)</source>
        <translation>Usuário e senha (basic auth)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="64"/>
        <source>Volatile labels (comma-separated)</source>
        <translation>Labels voláteis (separados por vírgula)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="74"/>
        <source>Warning: escalate to L2 after (minutes)</source>
        <translation>Aviso: escalar para L2 após (minutos)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="75"/>
        <source>Warning: escalate to L3 after (minutes)</source>
        <translation>Aviso: escalar para L3 após (minutos)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="73"/>
        <source>Warning: resolve within (minutes)</source>
        <translation>Aviso: resolver em (minutos)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="72"/>
        <source>Warning: respond within (minutes)</source>
        <translation>Aviso: responder em (minutos)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="60"/>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/settings_dialog.py" line="195"/>
        <source>oncall-tray — settings</source>
        <translation>oncall-tray — configurações</translation>
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
    <name>status</name>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="184"/>
        <source>Alertmanager %1 (version %2)</source>
        <translation>Alertmanager %1 (versão %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="199"/>
        <source>Alerts: %1 (%2)</source>
        <translation>Alertas: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="187"/>
        <source>Cluster degraded: %1 does not answer (%2)</source>
        <translation>Cluster degradado: %1 não responde (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="193"/>
        <source>No alert is firing.</source>
        <translation>Nenhum alerta disparando.</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="200"/>
        <source>acknowledged</source>
        <translation>reconhecido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="201"/>
        <source>firing</source>
        <translation>disparando</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="224"/>
        <source>resolution overdue %1</source>
        <translation>resolução atrasada %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="224"/>
        <source>resolve in %1</source>
        <translation>resolver em %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="220"/>
        <source>respond in %1</source>
        <translation>responder em %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/commands/status.py" line="220"/>
        <source>response overdue %1</source>
        <translation>resposta atrasada %1</translation>
    </message>
</context>
<context>
    <name>tray</name>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="49"/>
        <source>%1 acknowledged (silenced)</source>
        <translation>Reconhecidos (silenciados): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="31"/>
        <source>Alertmanager needs credentials</source>
        <translation>O Alertmanager pede credenciais</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="51"/>
        <source>Alerts shown are from %1 (stale)</source>
        <translation>Alertas exibidos são das %1 (desatualizados)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="34"/>
        <source>Cannot reach Alertmanager</source>
        <translation>Alertmanager inacessível</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="66"/>
        <source>Cluster degraded: %1 of %2 members do not answer</source>
        <translation>Cluster degradado: %1 de %2 membros não respondem</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="96"/>
        <source>Connecting to Alertmanager…</source>
        <translation>Conectando ao Alertmanager…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="35"/>
        <source>Contact with Alertmanager lost</source>
        <translation>Sem contato com o Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="53"/>
        <source>Last good poll: %1</source>
        <translation>Última consulta bem-sucedida: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="125"/>
        <source>Log in to Alertmanager…</source>
        <translation>Entrar no Alertmanager…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="37"/>
        <source>No unacknowledged alert</source>
        <translation>Nenhum alerta não reconhecido</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="115"/>
        <source>Open Alertmanager</source>
        <translation>Abrir Alertmanager</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="116"/>
        <source>Open Grafana</source>
        <translation>Abrir Grafana</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="117"/>
        <source>Open Prometheus</source>
        <translation>Abrir Prometheus</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="128"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="112"/>
        <source>Refresh now</source>
        <translation>Atualizar agora</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="126"/>
        <source>Send test notification</source>
        <translation>Enviar notificação de teste</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="124"/>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="111"/>
        <source>Show alerts</source>
        <translation>Mostrar alertas</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="107"/>
        <source>TLS certificate checks are off</source>
        <translation>Verificação de certificados TLS desligada</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="70"/>
        <source>TLS certificate checks are off (insecure_skip_verify)</source>
        <translation>Verificação de certificados TLS desligada (insecure_skip_verify)</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="38"/>
        <source>Unacknowledged alerts: %1</source>
        <translation>Alertas não reconhecidos: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/oncall_tray/ui/tray.py" line="108"/>
        <source>insecure_skip_verify is on: anyone between you and Alertmanager can read and change what it says</source>
        <translation>insecure_skip_verify está ligado: qualquer um entre você e o Alertmanager pode ler e alterar o que ele diz</translation>
    </message>
</context>
</TS>
