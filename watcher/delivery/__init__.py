"""Stage 4, delivery: queued alerts in, messages sent out.

`outbox` attempts the deliveries that are due, with retries, backoff, dead letters and
digests; `notifiers` holds one module per notifier kind behind one registry. The queue itself
lives in the state store (`watcher.state.alerts`).
"""
