# watcher as a container: `docker build -t watcher:local .` (Docker 23+, BuildKit) or
# `podman build --format docker -t watcher:local .` (the docker format keeps the HEALTHCHECK,
# which podman's default OCI format drops), then see docs/deployment.md.
#
# No `# syntax=` line: it would make BuildKit fetch the Dockerfile frontend from a registry,
# and the built-in frontend of Docker 23+ already knows `RUN --mount`.
#
# Two stages: the builder turns the checkout and every dependency into wheels (google-re2, lxml
# and the other compiled dependencies come as manylinux wheels from PyPI, so no compiler is
# installed); the final stage installs those wheels, offline, into a venv at /opt/watcher and
# runs as an unprivileged user. Python 3.11 is the version the test suite runs on.
#
# The dependencies are those of requirements.lock (all extras: apprise, pages), each pinned
# with its hashes and installed with --require-hashes, so a rebuild gets the same bytes; watcher
# itself is then installed with --no-deps. `.ci/lock` regenerates the lock from pyproject.toml.

ARG PYTHON_IMAGE=python:3.11-slim-bookworm

# ---------------------------------------------------------------------------------------------
FROM ${PYTHON_IMAGE} AS builder

ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1

WORKDIR /src
# Only what the wheel is made of (.dockerignore keeps everything else out of the context).
COPY pyproject.toml README.md requirements.lock ./
COPY watcher/ watcher/
COPY rules/ rules/
COPY seeds/ seeds/

# A wheel for every locked dependency (each file checked against the lock's hashes), the
# watcher wheel (rules/ and seeds/ go inside it as watcher/_data/), a wheel of pip itself and
# the lock, so the final stage needs no network and no build tools. pip >= 25.1 as in the
# README: older pips (23.2 was seen to) drop the `lxml[html_clean]` extra that justext (through
# trafilatura) asks for, and the lxml_html_clean wheel goes missing.
RUN python -m pip install --no-cache-dir "pip>=25.1" \
 && python -m pip wheel --no-cache-dir --require-hashes --wheel-dir /wheels -r requirements.lock \
 && python -m pip wheel --no-cache-dir --no-deps --wheel-dir /wheels . "pip>=25.1" \
 && cp requirements.lock /wheels/

# ---------------------------------------------------------------------------------------------
FROM ${PYTHON_IMAGE}

ARG WATCHER_UID=10001
ARG WATCHER_GID=10001

LABEL org.opencontainers.image.title="watcher" \
      org.opencontainers.image.description="Alerts on changes in US-China trade policy news" \
      org.opencontainers.image.licenses="MIT"

ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    TZ=UTC \
    PATH=/opt/watcher/bin:$PATH \
    WATCHER_STATE_PATH=/var/lib/watcher/watcher.db \
    WATCHER_SOURCES_FILE=/etc/watcher/sources.yaml \
    WATCHER_LOG_FORMAT=json \
    WATCHER_HTTP_LISTEN=0.0.0.0:9108
# WATCHER_RULES_DIRS is deliberately not set: the rule pack shipped inside the package is used.
# To use your own rules, mount a folder at /etc/watcher/rules and set
# WATCHER_RULES_DIRS=/etc/watcher/rules, or shipped:/etc/watcher/rules to add to the shipped
# pack (see docs/deployment.md).

# The user owns only its state directory; /etc/watcher and the venv stay root-owned, read-only
# to it. The state directory is created before VOLUME so a new named volume starts out with
# this ownership. A regular (not --system) user and group: 10001 lies above SYS_UID_MAX, and
# --system would warn about it. --no-log-init keeps a high UID from growing /var/log/lastlog.
RUN groupadd --gid "${WATCHER_GID}" watcher \
 && useradd --no-log-init --uid "${WATCHER_UID}" --gid watcher \
        --home-dir /var/lib/watcher --no-create-home --shell /usr/sbin/nologin watcher \
 && install -d -m 0750 -o watcher -g watcher /var/lib/watcher \
 && install -d -m 0755 /etc/watcher

# Install from the builder's wheels only (--no-index): what was built is what runs. The
# dependencies as locked (hashes checked again), then watcher alone (--no-deps).
RUN --mount=type=bind,from=builder,source=/wheels,target=/wheels \
    python -m venv /opt/watcher \
 && /opt/watcher/bin/python -m pip install --no-cache-dir --no-index --find-links=/wheels \
        "pip>=25.1" \
 && /opt/watcher/bin/python -m pip install --no-cache-dir --no-index --find-links=/wheels \
        --require-hashes -r /wheels/requirements.lock \
 && /opt/watcher/bin/python -m pip install --no-cache-dir --no-index --no-deps \
        /wheels/watcher-*.whl \
 && /opt/watcher/bin/python -c "import apprise, justext, lxml.html.clean, re2, trafilatura" \
 && /opt/watcher/bin/watcher --version

VOLUME ["/var/lib/watcher"]
# The working directory is the configuration directory, so /etc/watcher/watcher.toml (and a
# /etc/watcher/.env) are read when mounted there, as `./watcher.toml` and `./.env`.
WORKDIR /etc/watcher
USER ${WATCHER_UID}:${WATCHER_GID}

EXPOSE 9108
# `watcher health` GETs /healthz and exits 0 or 1, so the image needs no curl. It names the
# in-container address explicitly: 0.0.0.0 is a listen address, not one to connect to. If
# you change the port in WATCHER_HTTP_LISTEN, override the healthcheck to match.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["watcher", "health", "--http", "127.0.0.1:9108"]

STOPSIGNAL SIGTERM
ENTRYPOINT ["watcher"]
CMD ["run"]
