"""Small helpers any stage may use; none of them knows about a stage.

`durations` parses `10m`/`1h30m`; `yamlfile` loads YAML keeping line numbers for error
messages; `redact` takes tokens out of URLs and scrubs configured secrets from any text;
`retry` reads what `Retry-After` asks. Both HTTP seams (sources in `watcher.ingest.fetch`,
notifiers in `watcher.delivery.notifiers`) use the last two.
"""
