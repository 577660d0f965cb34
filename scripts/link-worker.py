#!/usr/bin/env python3
"""Trunk post-build step: tells the page the hashed name of the Excel worker's loader.

Trunk names worker files with a content hash and leaves no trace of them in index.html (the app
starts workers itself), so this writes <meta name="fscity-xlsx-worker" content="..."> into the
staged index.html. The build fails if the worker is missing, rather than shipping a page whose
Excel export cannot work.
"""
import os
import pathlib
import sys

staging = pathlib.Path(os.environ.get("TRUNK_STAGING_DIR", "dist"))
loaders = sorted(staging.glob("xlsx_worker*_loader.js"))
if len(loaders) != 1:
    sys.exit(f"link-worker: expected one xlsx_worker loader in {staging}, found {len(loaders)}")
index = staging / "index.html"
html = index.read_text(encoding="utf-8")
meta = f'<meta name="fscity-xlsx-worker" content="{loaders[0].name}">'
if 'name="fscity-xlsx-worker"' not in html:
    html = html.replace("</head>", f"{meta}</head>", 1)
    index.write_text(html, encoding="utf-8")
