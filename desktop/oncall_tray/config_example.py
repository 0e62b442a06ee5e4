"""The commented example settings file that ``oncall-tray config init`` writes (every key with
its default and what it means); ``{engineer}`` is filled in, ``{{``/``}}`` are literal braces."""

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

# How often to ask Alertmanager, and the longest wait between retries while it fails (seconds).
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
# Info alerts are due at the next opening of a business day; unknown severity counts as warning.
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
