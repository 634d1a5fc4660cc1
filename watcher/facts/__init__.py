"""Stage 2, facts: articles in, facts compared with what is already known out.

`extract` turns an article's text into facts (tariff rates, leader contacts, deadlines);
`baseline` reads the reviewed baseline built from `seeds/`; `known` holds the known state and
compares a new fact with it (new, changed, confirmed, reverted). Pure: no I/O but reading
the baseline and gazetteer files.
"""
