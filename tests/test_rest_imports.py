"""What a tray at rest does not load (issue 2: memory)."""

import subprocess
import sys


def run_python(code: str) -> subprocess.CompletedProcess:
    """``code`` run by this Python in a fresh process (nothing imported before), which must succeed."""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         env={"PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    return out


def test_polls_without_credentials_load_no_keyring():
    """With no credentials to keep (auth "none", nothing waiting for a keyring), what each poll
    asks of the secret store (``look_again``, ``credentials``) loads no keyring backend: finding
    one imports SecretStorage and with it ``cryptography``, about 10 MB of the tray's memory
    (issue 2: memory; it came with review 55 P1's look at each poll)."""
    code = ("import sys; from oncall_tray.secrets import SecretStore; store = SecretStore(recheck_s=0); "
            "store.look_again(); store.credentials('http://localhost:9093', 'none'); store.look_again(); "
            "print(sorted(m for m in ('keyring.backend', 'secretstorage', 'cryptography') if m in sys.modules))")
    out = run_python(code)
    assert out.stdout.strip() == "[]"


def test_opening_and_writing_the_journal_loads_no_tenacity(tmp_path):
    """A journal's connection retries its set-up while SQLite says "database is locked"
    (``journal_file.while_locked``) without tenacity: each thread of the tray opens its own
    connection at start, and tenacity (11 modules) is otherwise imported only at the first
    failed poll (``poll_retry``; issue 2: memory)."""
    code = ("import sys; from oncall_tray.core.journal import Journal, EventKind; "
            f"j = Journal({str(tmp_path / 'journal.db')!r}); j.record(EventKind.NOTE, fingerprint='f1', text='x'); "
            "j.close(); print(sorted(m for m in ('tenacity',) if m in sys.modules))")
    out = run_python(code)
    assert out.stdout.strip() == "[]"


def test_a_journal_connection_keeps_a_small_page_cache(tmp_path):
    """SQLite's page cache of a journal connection stays small once the journal is larger than
    it (``journal.PAGE_CACHE_KIB``): each thread of the tray keeps a connection for days, and
    the file's pages stay in the system's cache anyway (issue 2: memory; at 1,000 alerts two
    connections held 522 KiB each). Measured as SQLite's own count of the memory it holds
    (``sqlite3_memory_used``), before and after writing and reading back ~2 MB of notes."""
    code = f"""
import ctypes, _sqlite3
from oncall_tray.core.journal import Journal, EventKind
used = ctypes.CDLL(_sqlite3.__file__).sqlite3_memory_used
used.restype = ctypes.c_int64
j = Journal({str(tmp_path / 'journal.db')!r})
j.record(EventKind.NOTE, fingerprint='f0', text='x')
before = used()
with j.transaction() as tx:
    for i in range(2000):
        tx.event(EventKind.NOTE, fingerprint=f'f{{i}}', text='n' * 1000)
assert len(j.events()) == 2001
print((used() - before) // 1024)
j.close()
"""
    out = run_python(code)
    assert int(out.stdout) <= 160, f"SQLite holds {out.stdout.strip()} KiB more"


def test_the_single_instance_loads_no_secrets_module():
    """The single instance's token comes from ``os.urandom`` and ``hmac`` is imported only when
    another start asks: a tray at rest carries neither ``secrets`` nor ``hmac`` (issue 2:
    memory)."""
    out = run_python("import sys; import oncall_tray.ui.single_instance; "
                     "print(sorted(m for m in ('secrets', 'hmac') if m in sys.modules))")
    assert out.stdout.strip() == "[]"
