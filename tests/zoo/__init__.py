"""The model zoo: torchvision classification, segmentation and video models and small-config Hugging Face
transformers, each exported, saved, loaded, run and compared with eager torch.

``python -m tests.zoo`` (``make zoo``) runs the whole catalog and writes ZOO.md; ``tests/zoo/test_zoo.py`` runs
a representative subset by default and a broader one under ``-m slow``.
"""
