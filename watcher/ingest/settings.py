"""How sources are fetched: the `fetch` table of the settings."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from watcher import __version__
from watcher.common.durations import Seconds


class FetchSettings(BaseModel):
    """How sources are fetched over HTTP."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    connect_timeout_s: Seconds = Field(10.0, gt=0, description="Seconds to wait for a connection.")
    read_timeout_s: Seconds = Field(30.0, gt=0, description="Seconds to wait for the next bytes.")
    total_timeout_s: Seconds = Field(
        60.0,
        gt=0,
        description="Seconds one fetch attempt may take in all: connecting, redirects, "
        "headers and body (retries excluded).",
    )
    max_body_bytes: int = Field(
        10_000_000, gt=0, description="Largest body accepted, counted after decompression."
    )
    max_redirects: int = Field(5, ge=0, description="Redirects followed before giving up.")
    user_agent: str = Field(
        f"watcher/{__version__} (trade-policy news monitor)",
        description="User-Agent header sent with every request.",
    )
    retries: int = Field(3, ge=0, description="Retries after a 5xx, a 429 or a connection error.")
    backoff_base_s: Seconds = Field(
        1.0, ge=0, description="First retry delay; doubles each retry, with jitter."
    )
    backoff_max_s: Seconds = Field(
        60.0,
        ge=0,
        description="Longest wait before a retry; a `Retry-After` asking for more fails the "
        "fetch at once, leaving the pause to the service's schedule.",
    )
    concurrency: int = Field(8, ge=1, description="Sources fetched at the same time.")
    per_host_concurrency: int = Field(2, ge=1, description="Requests to one host at the same time.")
