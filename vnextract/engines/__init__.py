"""Engines that run the same extraction somewhere other than this machine's process pool.

The unit of work of every engine is a plain function of one path, :func:`vnextract.extract_path`
(``vnextract.batch.process`` inside a worker set up with ``init_worker``); an engine only decides
where that function runs and how the records come back.

* ``vnextract.engines.dask_engine`` -- a Dask (``dask.distributed``) cluster, remote or a local
  ``LocalCluster``; needs the optional extra ``pip install 'vnextract[dask]'``.

Importing this package imports no engine (and so no Dask).
"""

from __future__ import annotations

__all__: list[str] = []
