"""The Dask engine gives the local engine's records, survives a killed worker, writes partitions.

One LocalCluster of 2 single-threaded worker processes on 127.0.0.1 serves the whole module (it
is shut down at the end); the test that kills a worker runs last.
"""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path
from typing import Any

import pytest

distributed = pytest.importorskip("distributed")
pytest.importorskip("fsspec")

from vnextract.batch import init_worker, run  # noqa: E402
from vnextract.engines.dask_engine import (  # noqa: E402
    DaskEngineError,
    find_inputs_any,
    iter_partitions,
    process_any,
    run_dask,
    write_partitions,
)

SENTENCES = [
    "Sáng 12/3, Chủ tịch UBND tỉnh Nghệ An Nguyễn Đức Trung đã tiếp đoàn công tác của "
    "Bộ Kế hoạch và Đầu tư.",
    "Năm 2023, tổng sản phẩm trên địa bàn tỉnh Bắc Ninh tăng 3,2% so với năm trước.",
    "Quý I/2024, tỉnh Quảng Ninh thu ngân sách nhà nước đạt 12.500 tỷ đồng.",
    "Phó Chủ tịch UBND TP Đà Nẵng Trần Chí Cường cho biết thành phố đã thu hút 45 dự án FDI.",
    "Kim ngạch xuất khẩu của tỉnh Bình Dương trong 6 tháng đầu năm ước đạt 15,8 tỷ USD.",
    "Bí thư Tỉnh ủy Lào Cai Đặng Xuân Phong đề nghị các sở, ngành đẩy nhanh giải ngân vốn đầu tư "
    "công.",
    "Tỉnh Thanh Hóa đón hơn 2,1 triệu lượt khách du lịch, doanh thu đạt 4.300 tỷ đồng.",
    "Giám đốc Sở Công Thương tỉnh Long An Nguyễn Minh Lâm báo cáo chỉ số sản xuất công nghiệp "
    "tăng 8,5%.",
]


def _article(i: int, repeat: int = 1) -> str:
    picked = [SENTENCES[(i + k) % len(SENTENCES)] for k in range(3 + i % 3)]
    return "\n\n".join(" ".join(picked) for _ in range(repeat)) + "\n"


@pytest.fixture(scope="module")
def client() -> Any:
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       host="127.0.0.1", dashboard_address=None)
    c = distributed.Client(cluster)
    try:
        yield c
    finally:
        c.close()
        cluster.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("articles")
    for i in range(12):
        (folder / f"a{i:02d}.txt").write_text(_article(i), encoding="utf-8")
    (folder / "a05_bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "a07_page.html").write_text(
        "<html><head><title>Tin</title></head><body><article><p>" + SENTENCES[2]
        + "</p><p>" + SENTENCES[3] + "</p></article></body></html>", encoding="utf-8")
    return find_inputs_any([str(folder)])


@pytest.fixture(scope="module")
def local_records(corpus: list[str]) -> list[dict[str, Any]]:
    return list(run(corpus, tokenizer="pyvi", jobs=1))


def test_same_records_as_local_engine(client: Any, corpus: list[str],
                                      local_records: list[dict[str, Any]]) -> None:
    got = list(run_dask(corpus, scheduler="", client=client, max_in_flight=3))
    assert got == local_records
    bad = [r for r in got if r["source"].endswith("a05_bad.txt")]
    assert len(bad) == 1 and "error" in bad[0] and "PNG" in bad[0]["error"]
    assert sum("error" in r for r in got) == 1
    assert any(r["people"] for r in got if "error" not in r)
    assert client.status == "running"  # a client given to run_dask is left open


def test_unordered_gives_every_record(client: Any, corpus: list[str],
                                      local_records: list[dict[str, Any]]) -> None:
    got = list(run_dask(corpus, scheduler="", client=client, ordered=False, max_in_flight=2))
    assert sorted(got, key=lambda r: r["source"]) == sorted(local_records,
                                                            key=lambda r: r["source"])


def test_file_urls_read_on_the_workers(client: Any, corpus: list[str],
                                       local_records: list[dict[str, Any]]) -> None:
    folder = Path(corpus[0]).parent
    urls = find_inputs_any([folder.as_uri()])
    assert [u.rsplit("/", 1)[-1] for u in urls] == [Path(p).name for p in corpus]
    got = list(run_dask(urls, scheduler="", client=client))
    for url, rec, loc in zip(urls, got, local_records, strict=True):
        assert rec["source"] == url
        assert {k: v for k, v in rec.items() if k != "source"} == \
            {k: v for k, v in loc.items() if k != "source"}


def test_memory_urls_in_process(corpus: list[str], local_records: list[dict[str, Any]]) -> None:
    import fsspec

    fs = fsspec.filesystem("memory")
    for p in corpus:
        fs.pipe(f"/vnx-test/{Path(p).name}", Path(p).read_bytes())
    try:
        urls = find_inputs_any(["memory://vnx-test"])
        assert urls == [f"memory:///vnx-test/{Path(p).name}" for p in corpus]
        init_worker("pyvi", None, False, None)
        for url, loc in zip(urls, local_records, strict=True):
            rec = process_any(url)
            assert rec["source"] == url
            assert {k: v for k, v in rec.items() if k != "source"} == \
                {k: v for k, v in loc.items() if k != "source"}
        assert process_any("memory:///vnx-test/missing.txt")["error"] == "no such file"
    finally:
        fs.rm("/vnx-test", recursive=True)


def test_stdin_is_refused() -> None:
    with pytest.raises(DaskEngineError):
        list(run_dask(["-"], scheduler="local"))


def _read_parts(folder: Path) -> list[dict[str, Any]]:
    out = []
    for part in sorted(folder.glob("part-*.jsonl")):
        out.extend(json.loads(line) for line in part.read_text(encoding="utf-8").splitlines())
    return out


def test_output_dir_partitions(client: Any, corpus: list[str],
                               local_records: list[dict[str, Any]], tmp_path: Path) -> None:
    out = tmp_path / "out"
    paths = write_partitions(corpus, str(out), scheduler="", client=client, partition_size=5)
    assert [Path(p).name for p in paths] == ["part-00000.jsonl", "part-00001.jsonl",
                                             "part-00002.jsonl"]
    assert sorted(os.listdir(out)) == [Path(p).name for p in paths]  # no temporary files left
    assert _read_parts(out) == local_records  # partitions hold consecutive inputs

    with pytest.raises(DaskEngineError, match="already has part files"):
        write_partitions(corpus, str(out), scheduler="", client=client)

    # --resume: only the error record's input is tried again, in a new part after the last one
    infos = list(iter_partitions(corpus, out.as_uri(), scheduler="", client=client,
                                 partition_size=5, resume=True))
    assert len(infos) == 1 and infos[0].path.endswith("part-00003.jsonl")
    assert infos[0].records == 1 and infos[0].errors[0][0].endswith("a05_bad.txt")


def test_an_input_that_kills_its_worker_becomes_an_error_record(
        client: Any, corpus: list[str], local_records: list[dict[str, Any]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A task of several inputs that keeps killing workers is split; only the culprit fails."""
    from vnextract.engines import dask_engine

    real_task = dask_engine._task

    def poisoned(paths: list[str], opts: tuple[Any, ...]) -> list[dict[str, Any]]:
        if any(p.endswith("a03.txt") for p in paths):
            os._exit(1)  # the worker process dies (as on a segfault or the OOM killer)
        return real_task(paths, opts)

    monkeypatch.setattr(dask_engine, "_task", poisoned)  # sent to the workers by value
    scheduler = client.cluster.scheduler
    monkeypatch.setattr(scheduler, "allowed_failures", 0)  # give up after one death
    got = list(run_dask(corpus, scheduler="", client=client, chunk_size=3))
    culprit = [r for r in got if r["source"].endswith("a03.txt")]
    assert culprit == [{"schema_version": "2", "source": culprit[0]["source"],
                        "error": "worker process died while parsing this file"}]
    assert [r for r in got if r is not culprit[0]] == \
        [r for r in local_records if not r["source"].endswith("a03.txt")]
    client.wait_for_workers(2, timeout=30)


def test_killed_worker_loses_no_article(client: Any, tmp_path: Path) -> None:
    """Kill (SIGKILL) a worker process while it holds tasks: every record still arrives, parsed."""
    files = []
    for i in range(16):
        p = tmp_path / f"long{i:02d}.txt"
        p.write_text(_article(i, repeat=12), encoding="utf-8")
        files.append(str(p))
    pids = client.run(os.getpid)
    assert len(pids) == 2
    stream = run_dask(files, scheduler="", client=client, max_in_flight=6, chunk_size=2)
    got = [next(stream)]
    victim_keys: list[str] = []
    victim_pid = 0
    deadline = time.monotonic() + 20
    while not victim_keys and time.monotonic() < deadline:
        for addr, keys in client.processing().items():
            mine = [k for k in keys if str(k).startswith("vnextract-parse-")]
            if mine and addr in pids:
                victim_keys, victim_pid = [str(k) for k in mine], pids[addr]
                os.kill(victim_pid, signal.SIGKILL)
                break
        else:
            time.sleep(0.01)
    assert victim_keys, "no worker was busy with a task to kill"
    got.extend(stream)

    assert [r["source"] for r in got] == files
    assert not [r for r in got if "error" in r]
    lost = [f for k in victim_keys for f in files[2 * int(k.rsplit("-", 1)[1]):][:2]]
    assert all(r["people"] or r["indicators"] for r in got if r["source"] in lost)
    assert got == list(run(files[:3], tokenizer="pyvi", jobs=1)) + got[3:]
    alive = client.run(os.getpid)  # the cluster is still usable, without the killed process
    assert alive and victim_pid not in alive.values()


def test_a_task_that_keeps_killing_workers_becomes_the_local_engines_error() -> None:
    from vnextract.engines.dask_engine import _failure_message

    assert _failure_message(distributed.KilledWorker("vnextract-parse-x-1", "tcp://127.0.0.1:1",
                                                     3)) == \
        "worker process died while parsing this file"  # the local engine's message
    assert _failure_message(ValueError("x")) == "internal error: ValueError: x"
