"""The commented example settings file that ``oncall-tray config init`` writes (every key with
its default and what it means), in English and in Brazilian Portuguese: the same keys and values,
only the comments differ. ``{engineer}`` is filled in, ``{{``/``}}`` are literal braces."""

import getpass


def default_engineer() -> str:
    """The login name, the default author of acknowledgements ("" when there is none)."""
    try:
        return getpass.getuser()
    except Exception:  # no user name on this system (containers, odd Windows setups)
        return ""


EXAMPLE = """\
# oncall-tray settings. Every key is optional; the values shown are the defaults.
# Intervals are in seconds. Check this file with: oncall-tray config check

# Alertmanager to watch (the on-call guide's address).
alertmanager_url: http://localhost:9093
# Links opened from the tray menu.
grafana_url: http://localhost:3002
prometheus_url: http://localhost:9090
jaeger_url: http://localhost:16686

# Your name: author of acknowledgements and silences.
engineer: "{engineer}"

# How often to ask Alertmanager (seconds). While it fails, it is asked again after 1, 2, 4, 8...
# seconds, each wait at most max_retry_interval or poll_interval, whichever is smaller
# (with these values: 15 s); so max_retry_interval only matters when below poll_interval.
poll_interval: 15
max_retry_interval: 60
# The longest a request may take, its whole answer included (seconds).
request_timeout: 10

# Only these alerts (Alertmanager matchers) and this receiver (a regular expression).
filter: []
#  - team="conectcrm"
#  - env=~"prod.*"
receiver: ""

# Extra values of the severity label: value -> critical, warning or info.
severity_synonyms: {{}}
#  sev1: critical

# Labels left out of an acknowledgement's matchers because they change (pod names...).
volatile_labels: []

# The guide's emergency contacts: role -> how to reach them. The escalation message names those
# of its level (L2: Tech Lead, SRE; L3: CTO, Arquiteto), and the shift start checklist lists them.
contacts: {{}}
#  Tech Lead: "Ana Souza - +55 11 99999-0000 - ana@conectcrm.com"
#  SRE: "Bruno Lima - +55 11 98888-0000 - bruno@conectcrm.com"
#  CTO: "Carla Dias - +55 11 97777-0000 - carla@conectcrm.com"

# Interface language: "" follows the system, or pt_BR, or en.
language: ""

# Desktop notifications; more new alerts than this in one poll make one summary.
notifications: true
notification_summary_threshold: 3
# An unacknowledged critical alert notifies again every N minutes (0: never).
reminder_minutes: 2
# Play a short sound with each critical notification (off by default).
sound: false

# SLA clocks, in minutes from the alert's start (the on-call guide's targets); 0: no target.
# A warning's *_resolve_minutes is the guide's investigation target (a critical alert's: resolution).
# Info alerts are due by the closing of the next business day; unknown severity counts as warning.
sla_critical_respond_minutes: 5
sla_critical_resolve_minutes: 15
sla_warning_respond_minutes: 15
sla_warning_resolve_minutes: 30
# Escalation, in minutes from the alert's start: to L2 (Tech Lead/SRE), to L3 (CTO/architect);
# 0: never (warnings stay with the on-call engineer unless set here).
sla_critical_l2_after_minutes: 15
sla_critical_l3_after_minutes: 60
sla_warning_l2_after_minutes: 0
sla_warning_l3_after_minutes: 0
# Once an escalation to L2 is recorded, L2 resolves within this many minutes of it (the guide:
# "Resolução esperada: < 30 minutos"; then consider L3); 0: no target.
sla_l2_resolve_minutes: 30
# Business days (mon..sun, or seg..dom) and hours, and their time zone: an IANA name such as
# America/Sao_Paulo, or "" for the system's zone.
business_days: [mon, tue, wed, thu, fri]
business_hours: "09:00-18:00"
timezone: ""

# Connection. Other members of the same Alertmanager HA cluster, polled together with
# alertmanager_url (alertmanager_url may also be a list of every member).
alertmanager_peers: []
# Authentication: none, basic (user name and password) or bearer (a token). The password or
# token is never written here: `oncall-tray login` keeps it in the system keyring.
auth_method: none
auth_username: ""
# TLS: certificates are checked against the system's trust store; ca_bundle adds the CAs of a
# PEM file. insecure_skip_verify: true turns checking off (the tray warns while it is on).
ca_bundle: ""
insecure_skip_verify: false
"""

EXAMPLE_PT_BR = """\
# Configurações do oncall-tray. Toda chave é opcional; os valores mostrados são os padrões.
# Intervalos em segundos. Confira este arquivo com: oncall-tray config check

# Alertmanager a vigiar (o endereço do guia de plantão).
alertmanager_url: http://localhost:9093
# Links abertos pelo menu da bandeja.
grafana_url: http://localhost:3002
prometheus_url: http://localhost:9090
jaeger_url: http://localhost:16686

# Seu nome: autor dos reconhecimentos (ACK) e dos silenciamentos.
engineer: "{engineer}"

# De quanto em quanto tempo consultar o Alertmanager (segundos). Enquanto ele falha, nova tentativa
# após 1, 2, 4, 8... segundos, cada espera no máximo max_retry_interval ou poll_interval,
# o que for menor (com estes valores: 15 s); max_retry_interval só conta abaixo de poll_interval.
poll_interval: 15
max_retry_interval: 60
# O tempo máximo de uma requisição, resposta inteira incluída (segundos).
request_timeout: 10

# Somente estes alertas (matchers do Alertmanager) e este receiver (uma expressão regular).
filter: []
#  - team="conectcrm"
#  - env=~"prod.*"
receiver: ""

# Outros valores do rótulo severity: valor -> critical, warning ou info.
severity_synonyms: {{}}
#  sev1: critical

# Rótulos deixados de fora dos matchers de um reconhecimento porque mudam (nomes de pods...).
volatile_labels: []

# Os contatos de emergência do guia: papel -> como falar com ele. A mensagem de escalação cita os
# do seu nível (L2: Tech Lead, SRE; L3: CTO, Arquiteto), e o checklist de início de turno os lista.
contacts: {{}}
#  Tech Lead: "Ana Souza - +55 11 99999-0000 - ana@conectcrm.com"
#  SRE: "Bruno Lima - +55 11 98888-0000 - bruno@conectcrm.com"
#  CTO: "Carla Dias - +55 11 97777-0000 - carla@conectcrm.com"

# Idioma da interface: "" segue o sistema, ou pt_BR, ou en.
language: ""

# Notificações na área de trabalho; mais alertas novos que isto numa consulta viram um resumo.
notifications: true
notification_summary_threshold: 3
# Um alerta crítico não reconhecido notifica de novo a cada N minutos (0: nunca).
reminder_minutes: 2
# Tocar um som curto a cada notificação crítica (desligado por padrão).
sound: false

# Prazos de SLA, em minutos desde o início do alerta (as metas do guia de plantão); 0: sem meta.
# O *_resolve_minutes de um warning é o prazo de investigação do guia (o de um crítico: resolução).
# Alertas info vencem no fechamento do próximo dia útil; severidade desconhecida conta como warning.
sla_critical_respond_minutes: 5
sla_critical_resolve_minutes: 15
sla_warning_respond_minutes: 15
sla_warning_resolve_minutes: 30
# Escalação, em minutos desde o início do alerta: para L2 (Tech Lead/SRE), para L3 (CTO/arquiteto);
# 0: nunca (warnings ficam com o plantonista, a menos que definido aqui).
sla_critical_l2_after_minutes: 15
sla_critical_l3_after_minutes: 60
sla_warning_l2_after_minutes: 0
sla_warning_l3_after_minutes: 0
# Registrada uma escalação para L2, o L2 resolve em até tantos minutos depois dela (o guia:
# "Resolução esperada: < 30 minutos"; depois, considere o L3); 0: sem meta.
sla_l2_resolve_minutes: 30
# Dias úteis (mon..sun, ou seg..dom) e horário comercial, e seu fuso horário: um nome IANA como
# America/Sao_Paulo, ou "" para o fuso do sistema.
business_days: [mon, tue, wed, thu, fri]
business_hours: "09:00-18:00"
timezone: ""

# Conexão. Outros membros do mesmo cluster HA do Alertmanager, consultados junto com
# alertmanager_url (alertmanager_url também pode ser uma lista de todos os membros).
alertmanager_peers: []
# Autenticação: none, basic (usuário e senha) ou bearer (um token). A senha ou o token nunca
# ficam aqui: `oncall-tray login` os guarda no chaveiro do sistema.
auth_method: none
auth_username: ""
# TLS: os certificados são verificados contra o repositório de confiança do sistema; ca_bundle
# acrescenta as CAs de um arquivo PEM. insecure_skip_verify: true desliga a verificação (a bandeja
# avisa enquanto estiver ligado).
ca_bundle: ""
insecure_skip_verify: false
"""

#: The example in each shipped language (``i18n.SHIPPED``).
EXAMPLES = {"en": EXAMPLE, "pt_BR": EXAMPLE_PT_BR}


def example_text(language: str = "en") -> str:
    """The example settings file in ``language`` (pt_BR or en; another: English), with the login
    name as ``engineer``."""
    return EXAMPLES.get(language, EXAMPLE).format(engineer=default_engineer().replace('"', ""))
