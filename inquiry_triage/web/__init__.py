"""The web queue (`inquiry-triage serve`): Starlette pages over the queue layer. Imported only by
`serve` and its tests: the other commands never load Starlette, Jinja2 or uvicorn."""
