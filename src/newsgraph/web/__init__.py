"""The web pages of `newsgraph serve`: server-rendered HTML (Jinja2) with a little script.

`pages.py` holds the page routes, `markup.py` turns an article record into highlighted HTML,
`charts.py` draws the SVG charts (timeline, relations graph, blocs over time) on the server, so
no charting library or CDN is needed at run time. `schemas.py` holds the API's response models.
Importing this package is cheap: FastAPI is only imported by the modules that need it.
"""
