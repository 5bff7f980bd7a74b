"""A progress bar on standard error (files done, articles/s, ETA), for terminals only."""

from __future__ import annotations


class Progress:
    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
        from rich.progress import Progress as RichProgress

        self.console = Console(stderr=True)
        self._bar = RichProgress(
            TextColumn("parsing"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=self.console,
            transient=True,
        )
        self._task = self._bar.add_task("parse", total=total, rate="")
        self._bar.start()

    def advance(self) -> None:
        self._bar.advance(self._task)
        task = self._bar.tasks[0]
        speed = task.speed
        self._bar.update(self._task, rate=f"{speed:.1f} articles/s" if speed else "")

    def close(self) -> None:
        self._bar.stop()
