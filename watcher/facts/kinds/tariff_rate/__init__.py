"""The `tariff_rate` kind: who levies what rate on whose goods, since when, how firmly.

`model` (the fact and its baseline entry), `compare` (two tracks: in force and prospective),
`trigger` (the rule trigger), `spec` (its registry entry). The extractor is
`watcher.facts.extract.tariffs`.
"""

from watcher.facts.kinds.tariff_rate.model import TariffRate, TariffRateEntry

__all__ = ["TariffRate", "TariffRateEntry"]
