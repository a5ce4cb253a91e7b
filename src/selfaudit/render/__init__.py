"""Renderers turn an Evaluation into files. They never analyse or judge."""
