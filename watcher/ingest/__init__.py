"""Stage 1, ingest: sources in, articles out.

Reads the sources file (`sources`), fetches feeds and pages over the one HTTP client for
sources (`fetch`), turns feed bodies into articles (`parse`, with `feedscan` and `jsonfeed`),
reads article files and HTML pages (`documents`), and polls one source into a `Collected`
value (`collect`). Nothing here writes state: deciding what is new is the pipeline's job.
"""
