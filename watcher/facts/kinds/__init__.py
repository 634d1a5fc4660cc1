"""One package per fact kind: tariff rates, leader contacts, deadlines, export controls.

Each kind's package holds everything that knows about that kind: its model (the frozen fact
value and its baseline entry), how its facts compare with what is known, its rule trigger
(schema and predicate), and a `KIND` object (`watcher.facts.kinds.fact_kind.FactKind`) that hands
these to the core. `watcher.facts.registry` lists the kinds; extraction, the known state, the
baseline and rule evaluation loop over that list and never name a kind. Adding a kind is a new
package here plus one line in the registry.
"""
