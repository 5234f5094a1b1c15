"""plankg: Chinese government plan texts into a knowledge graph of plan tasks."""

__version__ = "0.1.0"
