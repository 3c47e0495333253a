"""The torchtpu command line."""
