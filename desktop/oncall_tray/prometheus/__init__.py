"""Prometheus query API client and alert expressions (no Qt; issue 8). Beside ``alertmanager/``:
it shares that package's connection settings and error types."""

from .client import PrometheusClient, QueryError, QueryResult, Series
from .expression import (
    AlertExpression,
    ExpressionError,
    InvalidExpression,
    NoExpression,
    expression_from_generator_url,
    parse_alert_expression,
)

__all__ = [
    "AlertExpression", "ExpressionError", "InvalidExpression", "NoExpression", "PrometheusClient", "QueryError", "QueryResult", "Series",
    "expression_from_generator_url", "parse_alert_expression",
]
