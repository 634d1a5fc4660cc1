"""The web view: read-only pages of what watcher knows, rendered on the server, and what it
publishes for subscribers (`/deadlines.ics`, `/alerts.atom`: `ics`, `atom`, `published`).

`sight` is what the pages read (the state store, the configuration in force, one clock);
`now`, `chart` and `pages` turn it into what each page shows; `render` is the Jinja
environment (autoescape on, templates and the stylesheet are package files); `auth` decides
who may look; `app` is the routing table and the response headers (a strict
Content-Security-Policy: no script at all, the pages need none). The ops server
(`watcher.service.ops`) serves it beside /healthz, /readyz and /metrics, in `watcher run` and
in `watcher serve`, which opens a state read-only and polls nothing.
"""
