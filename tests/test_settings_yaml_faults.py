"""Every kind of YAML fault a hand edit of the settings file can make is said in plain, translated
words on a line the file has (review 61 W2: a "[" left open on the file's last line, the commonest
hand edit, gave PyYAML's "expected the node content, but found '<stream end>'" on line 2 of a
one-line file, in English in the Portuguese notice too; "foo: *b" its raw "found undefined alias").
"""

from __future__ import annotations

import re

import pytest

from oncall_tray.config import Config, load_config
from oncall_tray.i18n import translator

PT = translator("pt_BR")

NEVER_CLOSED_EN = ("not valid YAML: the %s at column %d is never closed (a list is written [a, b]; a mapping {a: 1, "
                   "b: 2}; put a value that starts with one in quotes)")
NEVER_CLOSED_PT = ("YAML inválido: o %s da coluna %d nunca é fechado (uma lista se escreve [a, b]; um mapeamento "
                   "{a: 1, b: 2}; ponha entre aspas um valor que comece com um deles)")
TAG_EN = ("not valid YAML: the tag %s at column %d is not plain YAML, which is all the settings take (write the "
          "value itself, in quotes if need be)")
TAG_PT = ("YAML inválido: a tag %s na coluna %d não é YAML simples, o único que as configurações aceitam (escreva "
          "o próprio valor, entre aspas se preciso)")
BLOCK_EN = ("not valid YAML: only a comment can follow the | at column 11 on its line (the text goes on the lines "
            "below, indented)")
BLOCK_PT = ("YAML inválido: só um comentário pode vir depois do | da coluna 11 na sua linha (o texto vai nas "
            "linhas de baixo, indentado)")
TYPED_EN = ("not valid YAML: %s at column %d cannot be read as the value it looks like (a date that does not exist, "
            "or a !!type that does not fit): put it in quotes")
TYPED_PT = ("YAML inválido: %s na coluna %d não pode ser lido como o valor que parece ser (uma data que não "
            "existe, ou um !!tipo que não cabe): ponha-o entre aspas")
MISMATCH_EN = ("not valid YAML: the value at column 11 does not match its tag (write the value itself, in quotes if "
               "need be)")
MISMATCH_PT = ("YAML inválido: o valor da coluna 11 não corresponde à sua tag (escreva o próprio valor, entre aspas "
               "se preciso)")

#: the kinds said before review 61 (tab, colon, quote, indentation...)
EARLIER_CASES = [
    ("tab", "poll_interval: 5\nfilter:\n\t- a\n", 3,
     "not valid YAML: a tab at column 1 (YAML indents with spaces, not tabs)",
     "YAML inválido: uma tabulação na coluna 1 (o YAML indenta com espaços, não com tabulações)"),
    ("colon in a value", "poll_interval: 5\nengineer: ana: bob\n", 2,
     "not valid YAML: a colon at column 14 where none can be (put a value holding \": \" in quotes, "
     "or check the indentation)",
     "YAML inválido: dois-pontos na coluna 14 onde não pode haver (ponha entre aspas um valor que "
     "contenha \": \", ou confira a indentação)"),
    ("no colon", "poll_interval: 5\nengineer\nsound: true\n", 2,
     "not valid YAML: no ':' after the key at column 1 (write key: value)",
     "YAML inválido: falta ':' depois da chave na coluna 1 (escreva chave: valor)"),
    ("unclosed quote", 'poll_interval: 5\nengineer: "ana\nsound: true\n', 2,
     "not valid YAML: the quote at column 11 is never closed",
     "YAML inválido: as aspas da coluna 11 nunca são fechadas"),
    ("indentation", "filter:\n  - a\n  b: 1\n", 3,
     "not valid YAML: the indentation at column 3 does not match the block that starts on line 2",
     "YAML inválido: a indentação na coluna 3 não corresponde ao bloco que começa na linha 2"),
    ("a character that cannot start a value", "engineer: @ana\n", 1,
     "not valid YAML: '@' at column 11 cannot start a value (put the value in quotes)",
     "YAML inválido: '@' na coluna 11 não pode iniciar um valor (ponha o valor entre aspas)"),
    # review 37: "line 6: the indentation at column 15 does not match the block that starts on line 1"
    ("a quote left open", 'poll_interval: 5\nengineer: "Revisor\nlanguage: pt_BR\ncontacts:\n  Tech Lead: "Ana"\n', 2,
     "not valid YAML: the quote at column 11 is not closed on its line (it runs on to line 5)",
     "YAML inválido: as aspas da coluna 11 não se fecham na sua linha (continuam até a linha 5)"),
    # review 38: these parse, then cannot be built: every command, the running tray too, crashed
    ("a tag", "poll_interval: 5\nengineer: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n", 2,
     "not valid YAML: the tag !vault at column 11 is not plain YAML, which is all the settings take "
     "(write the value itself, in quotes if need be)",
     "YAML inválido: a tag !vault na coluna 11 não é YAML simples, o único que as configurações aceitam "
     "(escreva o próprio valor, entre aspas se preciso)"),
    ("a list as a key", "poll_interval: 5\n[team]: conectcrm\n", 2,
     "not valid YAML: a list or mapping as a key at column 1 (a key is a name: key: value)",
     "YAML inválido: uma lista ou um mapeamento como chave na coluna 1 (uma chave é um nome: chave: valor)"),
    ("a control character", "poll_interval: 5\nengineer: Ana\x00x\n", 2,
     "not valid YAML: a control character (U+0000) at column 14: remove it",
     "YAML inválido: um caractere de controle (U+0000) na coluna 14: remova-o"),
    # review 40 F7: "line 3: expected ',' or ']', but got '<stream end>'", in English in pt_BR too
    ("a list left open", "poll_interval: 5\nengineer: [ana\n", 2,
     "not valid YAML: the [ at column 11 is never closed (a list is written [a, b]; a mapping {a: 1, b: 2}; put "
     "a value that starts with one in quotes)",
     "YAML inválido: o [ da coluna 11 nunca é fechado (uma lista se escreve [a, b]; um mapeamento {a: 1, b: 2}; "
     "ponha entre aspas um valor que comece com um deles)"),
    # review 39 F11: "line 2: no ':' after the key at column 1", where an editor shows line 1 whole
    ("a hidden line break", "engineer: Ana\x85Silva\npoll_interval: x\n", 1,
     "not valid YAML: a hidden line break (U+0085) at column 14, which YAML reads as a new line: remove it",
     "YAML inválido: uma quebra de linha invisível (U+0085) na coluna 14, que o YAML lê como nova linha: remova-a"),
    ("a line separator in a comment", "poll_interval: 5\n# nota\u2028x\nengineer: Ana\n", 2,
     "not valid YAML: a hidden line break (U+2028) at column 7, which YAML reads as a new line: remove it",
     "YAML inválido: uma quebra de linha invisível (U+2028) na coluna 7, que o YAML lê como nova linha: remova-a"),
]

# (case, text, line, English after "line N: ", Portuguese after "linha N: ")
CASES = EARLIER_CASES + [
    # review 61 W2: the key appended at the end of the file, with and without the last line break
    ("[ on the only line", "poll_interval: [\n", 1, NEVER_CLOSED_EN % ("[", 16), NEVER_CLOSED_PT % ("[", 16)),
    ("[ without a line break", "poll_interval: [", 1, NEVER_CLOSED_EN % ("[", 16), NEVER_CLOSED_PT % ("[", 16)),
    ("{ on the last line", "poll_interval: 5\ncontacts: {\n", 2, NEVER_CLOSED_EN % ("{", 11),
     NEVER_CLOSED_PT % ("{", 11)),
    ("[ with an item on the last line", "poll_interval: 5\nfilter: [a,\n", 2, NEVER_CLOSED_EN % ("[", 9),
     NEVER_CLOSED_PT % ("[", 9)),
    ("[ then blank lines", "poll_interval: 5\nfilter: [a\n\n\n", 2, NEVER_CLOSED_EN % ("[", 9),
     NEVER_CLOSED_PT % ("[", 9)),
    ("[ then a comment", "filter: [a\n# the end\n", 1, NEVER_CLOSED_EN % ("[", 9), NEVER_CLOSED_PT % ("[", 9)),
    ("undefined alias", "poll_interval: 5\nengineer: *b\n", 2,
     "not valid YAML: *b at column 11 refers to no anchor &b above (put a value that starts with * in quotes)",
     "YAML inválido: *b na coluna 11 não se refere a nenhuma âncora &b acima (ponha entre aspas um valor que "
     "comece com *)"),
    ("alias without a name", "engineer: *\n", 1,
     "not valid YAML: the * at column 11 must be followed by a name (put a value that starts with * in quotes)",
     "YAML inválido: o * da coluna 11 deve ser seguido de um nome (ponha entre aspas um valor que comece com *)"),
    ("anchor without a name", "engineer: & ana\n", 1,
     "not valid YAML: the & at column 11 must be followed by a name (put a value that starts with & in quotes)",
     "YAML inválido: o & da coluna 11 deve ser seguido de um nome (ponha entre aspas um valor que comece com &)"),
    ("an anchor set twice", "engineer: &x ana\nreceiver: &x team\n", 2,
     "not valid YAML: the anchor &x at column 11 is set on line 1 already (set each anchor once)",
     "YAML inválido: a âncora &x da coluna 11 já foi definida na linha 1 (defina cada âncora uma vez só)"),
    ("a second document", "poll_interval: 5\n---\nengineer: ana\n", 2,
     "not valid YAML: a second document starts here (a line ---): the settings are one document; remove that line",
     "YAML inválido: um segundo documento começa aqui (uma linha ---): as configurações são um documento só; "
     "remova essa linha"),
    ("text after the document's end", "poll_interval: 5\n...\nengineer\n", 3,
     "not valid YAML: this line comes after the end of the settings (a line ... or a line that starts with % above "
     "it): remove that line",
     "YAML inválido: esta linha vem depois do fim das configurações (uma linha ... ou uma linha que começa com % "
     "acima dela): remova essa linha"),
    ("a directive", "%YAML 2.0\n---\npoll_interval: 5\n", 1,
     "not valid YAML: a line that starts with % is a YAML directive, which the settings do not take: remove it (or "
     "put the value in quotes)",
     "YAML inválido: uma linha que começa com % é uma diretiva YAML, que as configurações não aceitam: remova-a (ou "
     "ponha o valor entre aspas)"),
    ("a Windows path in double quotes", 'ca_bundle: "C:\\certs\\ca.pem"\n', 1,
     "not valid YAML: the backslash at column 15 starts an escape YAML does not know (inside double quotes write "
     "\\\\ for a backslash, or use single quotes)",
     "YAML inválido: a barra invertida da coluna 15 inicia um escape que o YAML não conhece (entre aspas duplas "
     "escreva \\\\ para uma barra invertida, ou use aspas simples)"),
    ("a short hex escape", 'engineer: "a\\x4"\n', 1,
     "not valid YAML: the backslash at column 13 starts an escape YAML does not know (inside double quotes write "
     "\\\\ for a backslash, or use single quotes)",
     "YAML inválido: a barra invertida da coluna 13 inicia um escape que o YAML não conhece (entre aspas duplas "
     "escreva \\\\ para uma barra invertida, ou use aspas simples)"),
    ("a quote left open before ---", 'engineer: "ana\n---\n', 1,
     "not valid YAML: the quote at column 11 is never closed", "YAML inválido: as aspas da coluna 11 nunca são fechadas"),
    ("text after |", "engineer: | ana\n  bob\n", 1, BLOCK_EN, BLOCK_PT),
    ("a wrong block indicator", "engineer: |x\n  bob\n", 1, BLOCK_EN, BLOCK_PT),
    ("an indentation indicator 0", "engineer: |0\n  bob\n", 1, BLOCK_EN, BLOCK_PT),
    ("a tag not closed", "engineer: !<x\n", 1, TAG_EN % ("!<x", 11), TAG_PT % ("!<x", 11)),
    ("an undefined tag handle", "engineer: !foo!bar x\n", 1, TAG_EN % ("!foo!bar", 11), TAG_PT % ("!foo!bar", 11)),
    ("a dash after a key", "filter: - a\n", 1,
     "not valid YAML: a - at column 9 where no list can start (write a list on the lines below its key, indented, "
     "or as [a, b])",
     "YAML inválido: um - na coluna 9 onde nenhuma lista pode começar (escreva a lista nas linhas abaixo da chave, "
     "indentada, ou como [a, b])"),
    ("a ] where the value starts", "engineer: ]\n", 1,
     "not valid YAML: a ] at column 11 where a value should be (put a value that starts with it in quotes)",
     "YAML inválido: um ] na coluna 11 onde deveria haver um valor (ponha entre aspas um valor que comece com ele)"),
    ("a comma in a list", "filter: [,]\n", 1,
     "not valid YAML: a , at column 10 where a value should be (put a value that starts with it in quotes)",
     "YAML inválido: um , na coluna 10 onde deveria haver um valor (ponha entre aspas um valor que comece com ele)"),
    ("a merge of a number", "<<: 1\n", 1,
     "not valid YAML: the << at column 1 merges only a mapping into this one (write the keys themselves)",
     "YAML inválido: o << da coluna 1 só mescla um mapeamento neste (escreva as próprias chaves)"),
    ("!!map on a word", "engineer: !!map x\n", 1, MISMATCH_EN, MISMATCH_PT),
    ("!!omap on a word", "engineer: !!omap x\n", 1, MISMATCH_EN, MISMATCH_PT),
    # these parsed, then PyYAML raised Python's own errors: every command crashed
    ("a date that does not exist", "engineer: 2026-02-30\n", 1, TYPED_EN % ("2026-02-30", 11),
     TYPED_PT % ("2026-02-30", 11)),
    ("!!int on a word", "poll_interval: 5\nengineer: !!int x\n", 2, TYPED_EN % ("x", 11), TYPED_PT % ("x", 11)),
    ("!!bool on a word", "sound: !!bool talvez\n", 1, TYPED_EN % ("talvez", 8), TYPED_PT % ("talvez", 8)),
    ("!!timestamp on a word", "engineer: !!timestamp x\n", 1, TYPED_EN % ("x", 11), TYPED_PT % ("x", 11)),
    ("a date in a list", "filter:\n  - a\n  - 2026-13-01\n", 3, TYPED_EN % ("2026-13-01", 5),
     TYPED_PT % ("2026-13-01", 5)),
]


@pytest.mark.parametrize(("case", "text", "line", "english", "portuguese"), CASES, ids=[c[0] for c in CASES])
def test_each_kind_of_yaml_fault_is_a_sentence_on_a_real_line(tmp_path, case, text, line, english, portuguese):
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    loaded = load_config(path)
    assert loaded.config == Config()
    (problem,) = loaded.problems
    assert problem.kind == "file"
    assert problem.text() == f"line {line}: {english}"
    assert problem.text(PT) == f"linha {line}: {portuguese}"


#: PyYAML's own English, which no message may carry.
PYYAML_WORDS = re.compile(r"expected|found|while (?:scanning|parsing|constructing)|<stream end>|<block end>|but got|"
                          r"occurrence|not allowed here|could not|cannot start any token")
SAMPLE = ('poll_interval: 15\nengineer: "Ana Souza"\nfilter:\n  - alertname=~"API.*"\ncontacts:\n'
          '  Tech Lead: "Ana - +55 11 99999-0000"\nlanguage: pt_BR\n')
#: What a hand edit leaves: characters YAML reads as its own, alone or as a value's start.
FRAGMENTS = ["[", "{", "]", "}", "[a,", "{a: 1", '"', "'", ": ", "- ", "? ", "*", "*b", "&", "&a", "!", "!x", "!!int x",
             "|", "|x", ">-2 x", "%", "---", "...", "@", "`", "\t", "\\q", '"\\q"', "2026-02-30", "<<: 1", ",", "#"]


def _hand_edits():
    """The sample with each fragment appended as a key's value on a new last line (with and
    without its line break), written as a line of its own, and put in front of each line's
    value."""
    lines = SAMPLE.splitlines()
    for fragment in FRAGMENTS:
        yield SAMPLE + f"engineer: {fragment}\n"
        yield SAMPLE + f"engineer: {fragment}"
        yield SAMPLE + f"{fragment}\n"
        for number, line in enumerate(lines):
            key, colon, value = line.partition(": ")
            edited = f"{key}{colon}{fragment}{value}" if colon else f"{fragment}{line}"
            yield "\n".join([*lines[:number], edited, *lines[number + 1:]]) + "\n"


def test_no_hand_edit_gives_pyyaml_s_english_or_a_line_the_file_has_not(tmp_path):
    """Whatever PyYAML says of a broken file (the kind of fault of W2, not its one case): said
    in both languages without PyYAML's words, on a line that holds something; never a crash."""
    path = tmp_path / "c.yaml"
    broken = 0
    for text in _hand_edits():
        path.write_text(text, encoding="utf-8")
        loaded = load_config(path)
        whole = [p for p in loaded.problems if p.kind == "file"]
        if not whole:
            continue
        broken += 1
        (problem,) = whole
        lines = text.split("\n")
        assert problem.line is not None and 1 <= problem.line <= len(lines), (text, problem.text())
        assert lines[problem.line - 1].strip(), (text, problem.text())  # a line that holds something
        for said in (problem.text(), problem.text(PT)):
            assert not PYYAML_WORDS.search(said), (text, said)
        assert problem.text(PT).startswith(f"linha {problem.line}: YAML inválido: "), (text, problem.text(PT))
        reason = problem.reason.args[0]
        assert reason.text(PT) != reason.text(), (text, reason.text())  # translated, not the English kept
    assert broken > 100  # the edits above do break the file, mostly
