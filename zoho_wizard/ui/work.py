"""Background work in the Qt face, one way everywhere: a coroutine runs as an asyncio task on the
qasync loop, owned by the window that started it, one at a time; starting another, or closing the
owner, cancels it (the engine then stops its catcher, polling or call)::

    self.work = Work(on_busy=self._set_busy)
    self.work.run(self._connect())       # Back/Next disabled until it ends
    ...
    await self.work.settle()             # before the window goes: cancelled and finished

Blocking engine calls inside the coroutine go through ``asyncio.to_thread``.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # asyncio loads with the engine, after the first paint
    import asyncio


class Work:
    def __init__(self, on_busy: Callable[[bool], None] = lambda busy: None) -> None:
        self.on_busy = on_busy
        self.task: asyncio.Task[None] | None = None

    @property
    def busy(self) -> bool:
        """Until the work and what follows it (``done``) have run."""
        return self.task is not None

    def run(self, work: Coroutine[Any, Any, None], *, done: Callable[[], None] | None = None) -> asyncio.Task[None]:
        """Cancel the work in flight, then run ``work``; ``done`` is called when it ends, however."""
        import asyncio

        self.cancel()
        task = asyncio.ensure_future(work)
        self.task = task
        self.on_busy(True)

        def finished(ended: asyncio.Task[None]) -> None:
            if done is not None:
                done()
            if self.task is ended:
                self.task = None
                self.on_busy(False)

        task.add_done_callback(finished)
        return task

    def cancel(self) -> None:
        if self.task is not None and not self.task.done():
            self.task.cancel()

    async def settle(self) -> None:
        """Cancel the work in flight and wait until it has stopped."""
        import asyncio

        task = self.task
        self.cancel()
        if task is not None:
            await asyncio.gather(task, return_exceptions=True)
