from excerpts.cli import run

run()
