"""How the outbox retries deliveries: the `delivery` table of the settings."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from watcher.common.durations import Seconds


class DeliverySettings(BaseModel):
    """How the outbox retries deliveries."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    backoff_base_s: Seconds = Field(
        2.0, gt=0, description="First retry delay of a failed delivery; doubles each time."
    )
    backoff_max_s: Seconds = Field(900.0, gt=0, description="Longest wait between attempts.")
    check_wait_s: Seconds = Field(
        60.0, ge=0, description="How long `watcher check` keeps retrying before it exits."
    )
    outbox_interval_s: Seconds = Field(
        5.0, gt=0, description="How often the service looks for deliveries that fall due."
    )
