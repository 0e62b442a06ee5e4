"""The settings dialog's Save when the settings file was edited by hand while the dialog was open
(code review 66 S4: the contacts added in the file meanwhile were deleted by Save without a word):
each setting the engineer changed is merged with the file's now (``config_merge.merged``: only
what was changed in the dialog applied to it); where both changed the same entry differently,
nothing is saved: the dialog shows the file's values again, the engineer's other changes merged
in, and says what was typed for those entries.
"""

from __future__ import annotations

from ..config import Config, LoadedConfig, load_config
from ..config_kept import shown_in_force
from ..config_merge import Clash, merged
from ..config_write import plain_value
from ..connect import ASKED_LOGIN, RECORDED_LOGIN
from ..sla_settings import canonical_days
from .settings_checks import same_setting, written_twice_in_file
from .settings_field import shown_text
from .settings_layout import MAPPINGS, URLS
from .translations import translator_for

TR_CONTEXT = "settings"
tr = translator_for(TR_CONTEXT)


def shown_settings(loaded: LoadedConfig) -> Config:
    """The settings the dialog shows for ``loaded``: its own, but the file's authentication
    method where this run's own login (``RECORDED_LOGIN``, ``ASKED_LOGIN``: unread yet) stands in for it."""
    config = loaded.config
    if config.auth_method in (RECORDED_LOGIN, ASKED_LOGIN):
        config = config.with_overrides(auth_method=load_config(loaded.path).config.auth_method)
    return config


def shown_value(key: str, config: Config, twice: dict) -> object:
    """The value the dialog shows of ``key``: the pairs as written of a mapping whose file writes a
    key twice (``written_twice_in_file``), else ``config``'s."""
    return twice.get(key, getattr(config, key))


def merged_changes(loaded: LoadedConfig, base: tuple[Config, dict], changes: dict,
                   forced: set[str]) -> tuple[dict, dict, list[Clash]]:
    """``changes`` (setting -> the dialog's value) merged with the file of ``loaded`` as it is now,
    ``base`` (the settings and ``written_twice_in_file`` the dialog opened with) what they were
    changed from: (what to write, every changed setting merged, the clashes). A setting whose
    merged value is the file's own is not written, unless in ``forced`` (a setting the file holds
    with a problem). A file that cannot be read now is not merged (Save refuses it then)."""
    now = loaded.reloaded()
    if any(problem.kind in ("file", "missing") for problem in now.problems):
        return changes, changes, []
    config, twice = shown_settings(now), written_twice_in_file(now)
    write, values, clashes = {}, {}, []
    for key, value in changes.items():
        theirs = shown_value(key, config, twice)
        values[key], found = merged(key, _comparable(key, shown_value(key, *base)), _comparable(key, value),
                                    _comparable(key, theirs))
        clashes += found
        if key in forced or not same_setting(key, values[key], theirs):
            write[key] = values[key]
    return write, values, clashes


def _comparable(key: str, value: object) -> object:
    """``value`` as YAML reads it back (lists, dicts), weekdays as ``mon``..``sun``."""
    return list(canonical_days(value)) if key == "business_days" else plain_value(value)


def show_file_again(dialog, values: dict, clashes: list[Clash]) -> str:
    """Make ``dialog`` (a ``SettingsDialog``) show its file as it is now, the fields of ``values``
    (every setting changed, merged: the file's at the clashes) holding them, and its base the
    file now, so that the next Save writes what it shows; what each field is changed from (Cancel's
    question, the draft kept at a stop) the file now too (review 67 AC5); returns what was typed for each clash,
    one "label: entry: typed (the file: ...)" a clash, "; " between them. The draft kept as typed
    holds what was typed before the fields change (``DraftKeeper.rebased``: a clash does not end it)."""
    dialog.draft_keeper.flush()
    dialog.loaded = shown_in_force(dialog.loaded)
    dialog._shown = shown_settings(dialog.loaded)
    dialog.written_twice = written_twice_in_file(dialog.loaded)
    dialog._base = (dialog._shown, dialog.written_twice)
    urls = {key: values[key] for key in ("alertmanager_url", "alertmanager_peers") if key in values}
    for key, field in dialog.fields.items():
        if key == URLS:  # the URLs box holds two settings (code review 67 AA4)
            now, changed = dialog._shown.alertmanager_urls(), bool(urls)
            merged = dialog._shown.with_overrides(**urls).alertmanager_urls()
        else:
            now, changed = shown_value(key, dialog._shown, dialog.written_twice), key in values
            merged = values.get(key)
        if changed or dialog._typed.get(key) == dialog._as_opened.get(key):
            # what the field holds from the file is no change of the engineer's (review 67 AC5:
            # Cancel asked to save it, a stop kept it as a draft): the file's value is what the
            # field is changed from, as at an opening; the merged value, the engineer's changes
            field.set(now)
            dialog._as_opened[key] = field.typed()
            if changed:
                field.set(merged)
    dialog.draft_keeper.rebased(set(dialog.fields))
    return "; ".join(_clash_text(dialog.labels, clash) for clash in clashes)


#: The settings the dialog shows in another's field: the URLs box holds two (``URLS``).
_FIELD_OF = {"alertmanager_url": URLS, "alertmanager_peers": URLS}


def _clash_text(labels: dict[str, str], clash: Clash) -> str:
    """One clash as the engineer knows it: "label: entry: typed (the file: ...)", labelled with
    its field's visible label (``labels``: ``SettingsDialog.labels``, translated), the values in
    the field's words (code review 67 AA8: "alertmanager_url", "True (the file: False)", a list's
    repr)."""
    field = _FIELD_OF.get(clash.key, clash.key)
    entry = "" if clash.entry is None else f"{clash.entry}: "
    return f"{labels.get(field, field)}: {entry}" + tr("%1 (the file: %2)").replace(
        "%1", _said(field, clash.ours)).replace("%2", _said(field, clash.theirs))


def _said(field: str, value: object) -> str:
    """A value of a clash as the field ``field`` shows it (``shown_text``), the entries of a
    list's stretch on one line, ", " between them (review 67 AC4); None: taken out."""
    if value is None:
        return tr("taken out")
    if isinstance(value, list) and field not in MAPPINGS:  # a mapping's pairs as written: a line each
        return ", ".join(shown_text(field, [entry]) for entry in value)
    return shown_text(field, value)
