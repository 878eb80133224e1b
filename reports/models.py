"""PDF progress reports for a programme, a project or a field trial, made by background jobs."""
