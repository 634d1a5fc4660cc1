"""Stage 3, alerting: compared facts in, alerts out.

`rules` loads the YAML rule files and evaluates them against assessed facts, articles and the
clock; `alerts` renders a rule match into an `Alert`; `decide` says what one more match of an
event does (one event, one alert: create, update, corroborate, hold, silence); `silences`
matches alerts against silences. Pure: values in, values out.
"""
