"""Configuration: one typed, frozen schema, loaded once and passed in explicitly."""

from ingestd.config.schema import (
    ArchiveConfig,
    Config,
    CpcEntry,
    DeadlineConfig,
    GpgConfig,
    ImapConfig,
    LoggingConfig,
    MetricsConfig,
    PipelineConfig,
    PolicyConfig,
    SmtpConfig,
    StorageConfig,
)
from ingestd.config.loader import load_config, default_state_dir

__all__ = [
    "ArchiveConfig",
    "Config",
    "CpcEntry",
    "DeadlineConfig",
    "GpgConfig",
    "ImapConfig",
    "LoggingConfig",
    "MetricsConfig",
    "PipelineConfig",
    "PolicyConfig",
    "SmtpConfig",
    "StorageConfig",
    "load_config",
    "default_state_dir",
]
