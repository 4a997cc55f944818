"""Statements: segmentation into speech acts, agents, stance, topics, mentions."""
from __future__ import annotations


def attach_statements(document, meeting):
    return meeting, []
