"""Rules: which changes against the known state matter, how loud, and to whom.

schema.py     the rule file models (pydantic; unknown keys rejected)
load.py       rule files → rules, or every problem with file, line and field
template.py   sandboxed Jinja2 templates for titles and messages
keywords.py   every keyword term of every rule in one RE2 set
triggers.py   one pure predicate per trigger type, with the reason it did not fire
evaluate.py   RuleSet: compared facts and articles in, matches out
"""

from watcher.alerting.rules.evaluate import Match, RuleSet, Verdict
from watcher.alerting.rules.load import load_rules, rule_files
from watcher.alerting.rules.schema import Rule

__all__ = ["Match", "Rule", "RuleSet", "Verdict", "load_rules", "rule_files"]
