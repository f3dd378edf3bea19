"""quotekit.dask: the same records as ``quotekit.extract``, on a two-process cluster."""

from __future__ import annotations

import gzip
import importlib
import json
import logging
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import quotekit
from quotekit.errors import ArgumentValueError, InputError, MissingDependencyError
from quotekit.tables import COLUMNS, DTYPES, flat_row

# Short news texts written for these tests: direct, indirect, group, anonymous and
# organization speakers, a two-part quote, and one text without a statement.
TEXTS = {
    "n01": "“新校区九月就能启用。”市教育局局长钱立新说。",
    "n02": "东湖中学校长周敏表示，学校将增设三个实验班。不少家长表示，孩子们都盼着早日开学。",
    "n03": "“今年的茶叶卖得特别好，”石桥村党支部书记刘建华说，“村民收入翻了一番。”",
    "n04": "记者从市交通运输局获悉，地铁五号线将于年底通车。该局相关负责人介绍，沿线八个车站已完成装修。",
    "n05": "青禾科技公司在声明中称，公司将全面召回问题产品。",
    "n06": "省农业农村厅副厅长孟凡清指出，今年粮食总产量有望再创新高。他强调：“要守好耕地红线。”",
    "n07": "据县气象局预报员赵一鸣介绍，未来三天全县将有一次明显降温过程。",
    "n08": "“我们会把服务站开到每个乡镇。”市数据资源管理局局长邓志远在发布会上说。",
    "n09": "外交部发言人林立表示，中方愿同各方加强沟通协调。",
    "n10": "南湖大学经济学院教授许文婷认为，消费回暖的关键在于收入预期。",
    "n11": "今天上午，全市防汛工作会议召开。会议要求各地做好应急准备。",
    "n12": "“这台机器一天能播种两百亩。”种粮大户王秀英笑着说。",
}
# Texts whose statements only an extractor with these additions finds.
ADDITIONS = {"cues": ["怒斥"], "titles": ["首席策划师"]}
EXTENDED = {
    "x1": "区长吴海涛怒斥，个别单位敷衍塞责。",
    "x2": "星河公司首席策划师陈思远说，新品下月上市。",
}


def expected_records(texts, extractor=None):
    """What single-process extraction gives: the JSON form plus ``doc``, in order."""
    extract = extractor.extract if extractor is not None else quotekit.extract
    return [dict(q.to_dict(), doc=doc) for doc, text in texts.items() for q in extract(text)]


def expected_rows(texts):
    return [flat_row(q, doc) for doc, text in texts.items() for q in quotekit.extract(text)]


@pytest.fixture(scope="module")
def qdask():
    pytest.importorskip("dask.bag")
    pytest.importorskip("dask.dataframe")
    import quotekit.dask

    return quotekit.dask


@pytest.fixture(scope="module")
def client(qdask):
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(
        n_workers=2,
        processes=True,
        threads_per_worker=1,
        dashboard_address=None,
        silence_logs=logging.ERROR,
    )
    client = distributed.Client(cluster, set_as_default=False)
    yield client
    client.close()
    cluster.close()


@pytest.fixture(scope="module")
def pd():
    return pytest.importorskip("pandas")


def test_the_texts_have_statements():
    assert len(expected_records(TEXTS)) >= 12
    for record in expected_records(TEXTS):
        assert TEXTS[record["doc"]][record["start"] : record["end"]] == record["text"]


def test_bag_records_equal_single_process_extract_document_for_document(qdask, client):
    import dask.bag as db

    documents = [{"id": doc, "text": text} for doc, text in TEXTS.items()]
    records = qdask.extract_bag(db.from_sequence(documents, npartitions=4)).compute(
        scheduler=client
    )
    assert records == expected_records(TEXTS)
    for record in records:
        assert TEXTS[record["doc"]][record["start"] : record["end"]] == record["text"]


def test_bag_of_strings_names_documents_by_partition_and_position(qdask, client):
    import dask.bag as db

    texts = list(TEXTS.values())
    bag = db.from_sequence(texts, npartitions=3)
    sizes = [len(part) for part in bag.map_partitions(lambda p: [list(p)]).compute()]
    names = [
        f"{partition}:{position}"
        for partition, size in enumerate(sizes)
        for position in range(size)
    ]
    records = qdask.extract_bag(bag).compute(scheduler=client)
    assert records == expected_records(dict(zip(names, texts)))


def test_custom_keys(qdask):
    import dask.bag as db

    documents = [{"key": doc, "body": text} for doc, text in TEXTS.items()]
    bag = db.from_sequence(documents, npartitions=2)
    records = qdask.extract_bag(bag, text_key="body", id_key="key").compute(scheduler="synchronous")
    assert records == expected_records(TEXTS)


def test_bad_documents_are_reported_and_do_not_stop_the_job(qdask, client):
    import dask.bag as db

    good = [{"id": doc, "text": text} for doc, text in TEXTS.items()]
    bad = [
        {"id": "no-text"},
        {"id": "none-text", "text": None},
        {"id": "int-text", "text": 42},
        b"\xe4\xbd\xa0\xe5\xa5\xbd",
        ["not", "a", "document"],
    ]
    documents = good[:4] + bad[:2] + good[4:8] + bad[2:] + good[8:]
    records = qdask.extract_bag(db.from_sequence(documents, npartitions=3)).compute(
        scheduler=client
    )
    errors = [r for r in records if "error" in r]
    quotes = [r for r in records if "error" not in r]
    assert quotes == expected_records(TEXTS)
    assert len(errors) == len(bad)
    assert all(set(r) == {"doc", "error"} and r["error"].startswith("[E040]") for r in errors)
    named = {r["doc"]: r["error"] for r in errors}
    assert {"no-text", "none-text", "int-text"} <= set(named)
    assert "not missing" not in named["int-text"] and "int" in named["int-text"]
    assert "bytes" in " ".join(named.values()) and "list" in " ".join(named.values())


def test_an_extraction_failure_is_reported_with_its_document(qdask, monkeypatch):
    import dask.bag as db

    class Failing:
        def extract(self, text):
            if "茶叶" in text:
                raise RuntimeError("boom")
            return quotekit.extract(text)

    monkeypatch.setattr(qdask, "_worker_extractor", lambda lexicon: Failing())
    documents = [{"id": doc, "text": text} for doc, text in TEXTS.items()]
    records = qdask.extract_bag(db.from_sequence(documents, npartitions=2)).compute(
        scheduler="synchronous"
    )
    errors = [r for r in records if "error" in r]
    assert [r["doc"] for r in errors] == ["n03"]
    assert errors[0]["error"].startswith("[E015] document 'n03'")
    assert "RuntimeError: boom" in errors[0]["error"]
    others = {doc: text for doc, text in TEXTS.items() if doc != "n03"}
    assert [r for r in records if "error" not in r] == expected_records(others)


def test_extractor_travels_as_its_additions_and_is_built_once_per_worker(qdask, client):
    import dask.bag as db

    extractor = quotekit.Extractor(**ADDITIONS)
    clone = pickle.loads(pickle.dumps(extractor))
    assert clone.additions() == extractor.additions()
    assert len(pickle.dumps(extractor)) < 1000  # the additions, not the lexicon
    texts = {**EXTENDED, **TEXTS}
    assert expected_records(EXTENDED, extractor) != expected_records(EXTENDED)

    before = client.run(qdask._worker_extractor.cache_info)
    bag = db.from_sequence([{"id": d, "text": t} for d, t in texts.items()], npartitions=6)
    records = qdask.extract_bag(bag, extractor=extractor).compute(scheduler=client)
    after = client.run(qdask._worker_extractor.cache_info)

    assert records == expected_records(texts, extractor)
    calls = {
        w: (after[w].hits + after[w].misses) - (before[w].hits + before[w].misses) for w in after
    }
    built = {w: after[w].misses - before[w].misses for w in after}
    assert sum(calls.values()) == len(texts)  # every document asked its worker's cache
    assert all(built[w] == (1 if calls[w] else 0) for w in after)  # built once per worker


def test_extract_frame_has_declared_meta_and_fixed_dtypes(qdask, client, pd):
    import dask.dataframe as dd

    expected_dtypes = {**DTYPES, "error": "string"}
    assert qdask.FRAME_DTYPES == expected_dtypes
    source = pd.DataFrame({"id": list(TEXTS), "text": list(TEXTS.values())})
    frame = qdask.extract_frame(dd.from_pandas(source, npartitions=3))
    assert list(frame.columns) == [*COLUMNS, "error"] and not frame.known_divisions
    assert {c: str(d) for c, d in frame.dtypes.items()} == expected_dtypes
    computed = frame.compute(scheduler=client)
    assert {c: str(d) for c, d in computed.dtypes.items()} == expected_dtypes
    assert computed["error"].isna().all()
    want = quotekit.to_dataframe(expected_rows(TEXTS))
    pd.testing.assert_frame_equal(
        computed.drop(columns="error").reset_index(drop=True), want.reset_index(drop=True)
    )


def test_extract_frame_reports_bad_rows_and_names_rows_without_id(qdask, client, pd):
    import dask.dataframe as dd

    ids = [*TEXTS, None, "missing"]
    texts = [*TEXTS.values(), TEXTS["n01"], None]
    source = dd.from_pandas(pd.DataFrame({"id": ids, "text": texts}), npartitions=2)
    first = len(source.partitions[0])
    computed = qdask.extract_frame(source).compute(scheduler=client)
    errors = computed[computed["error"].notna()]
    assert errors["doc"].tolist() == ["missing"]
    assert errors["error"].iloc[0].startswith("[E040]")
    assert errors[list(COLUMNS[1:])].isna().all().all()
    unnamed = computed[~computed["doc"].isin([*TEXTS, "missing"])]
    assert unnamed["doc"].tolist() == [f"1:{len(TEXTS) - first}"] and unnamed["text"].tolist() == [
        "新校区九月就能启用。"
    ]


def test_the_collections_are_checked(qdask, pd):
    with pytest.raises(TypeError, match=r"\[E040\].*dask.bag.Bag, not list"):
        qdask.extract_bag(list(TEXTS.values()))
    with pytest.raises(TypeError, match=r"\[E040\].*dask.dataframe.DataFrame, not DataFrame"):
        qdask.extract_frame(pd.DataFrame({"id": ["a"], "text": ["他说，好。"]}))


def test_extract_frame_needs_its_columns(qdask, pd):
    import dask.dataframe as dd

    frame = dd.from_pandas(pd.DataFrame({"body": ["他说，好。"]}), npartitions=1)
    with pytest.raises(ValueError, match=r"\[E043\].*'text'"):
        qdask.extract_frame(frame)
    with pytest.raises(ArgumentValueError, match=r"\[E043\].*'id'"):
        qdask.extract_frame(frame, text_column="body")
    assert len(qdask.extract_frame(frame, text_column="body", id_column=None).compute()) == 1


def write_jsonl(path, rows):
    path.write_bytes(
        b"".join(
            r if isinstance(r, bytes) else (json.dumps(r, ensure_ascii=False) + "\n").encode()
            for r in rows
        )
    )


def read_parts(folder, suffix=".jsonl"):
    return [
        json.loads(line)
        for part in sorted(folder.glob(f"*{suffix}"))
        for line in part.read_text(encoding="utf-8").splitlines()
    ]


@pytest.fixture
def jsonl_inputs(tmp_path):
    """Two JSON Lines files: good articles, and bad lines among them."""
    docs = list(TEXTS.items())
    first, second = tmp_path / "in" / "a.jsonl", tmp_path / "in" / "b.jsonl"
    first.parent.mkdir()
    write_jsonl(first, [{"id": d, "text": t} for d, t in docs[:6]])
    write_jsonl(
        second,
        [
            {"id": docs[6][0], "text": docs[6][1]},
            b"\n",  # line 2: blank, skipped
            b"{not json\n",  # line 3
            {"text": docs[7][1]},  # line 4: no id
            {"id": "number", "text": 7},  # line 5
            '{"id": "latin", "text": "\xe4"}\n'.encode("latin-1"),  # line 6: not UTF-8
            *({"id": d, "text": t} for d, t in docs[8:]),
        ],
    )
    expected = dict(docs[:7])
    expected["b:4"] = docs[7][1]
    expected.update(docs[8:])
    return [str(first), str(second)], expected


def test_run_writes_partitioned_jsonl_that_reads_back(qdask, client, tmp_path, jsonl_inputs):
    inputs, expected = jsonl_inputs
    out = tmp_path / "out"
    summary = qdask.run(inputs, str(out), scheduler=client.scheduler.address, fmt="jsonl")
    assert sorted(p.name for p in (out / "quotes").iterdir()) == [
        "part-00000.jsonl",
        "part-00001.jsonl",
    ]
    assert read_parts(out / "quotes") == expected_records(expected)
    errors = read_parts(out / "errors")
    assert [e["doc"] for e in errors] == ["b:3", "number", "b:6"]
    assert [e["error"][:6] for e in errors] == ["[E012]", "[E040]", "[E012]"]
    assert "UTF-8" in errors[2]["error"] and "JSON" in errors[0]["error"]
    assert (summary.documents, summary.failed) == (len(TEXTS) + 3, 3)
    assert summary.records == len(expected_records(expected)) and summary.partitions == 2


def test_run_in_blocks_on_a_local_process_pool(qdask, tmp_path, jsonl_inputs):
    inputs, expected = jsonl_inputs
    out = tmp_path / "out"
    summary = qdask.run(inputs, str(out), scheduler="processes", workers=2, blocksize="300B")
    assert summary.partitions > 2
    records = read_parts(out / "quotes")
    unnamed = {r["doc"] for r in records} - set(expected)
    assert len(unnamed) == 1 and unnamed.pop().startswith("b@")  # STEM@PARTITION:LINE
    renamed = [dict(r, doc="b:4") if r["doc"].startswith("b@") else r for r in records]
    assert renamed == expected_records(expected)
    assert (summary.documents, summary.failed) == (len(TEXTS) + 3, 3)


def test_run_reads_globs_and_compressed_files_whole(qdask, tmp_path, jsonl_inputs):
    inputs, expected = jsonl_inputs
    first, second = map(Path, inputs)
    with gzip.open(second.with_suffix(".jsonl.gz"), "wb") as out:
        out.write(second.read_bytes())
    second.unlink()
    pattern = str(first.parent / "*.jsonl*")
    out = tmp_path / "out"
    summary = qdask.run([pattern], str(out), scheduler="synchronous", blocksize=300)
    assert summary.partitions > 2 and summary.failed == 3
    assert read_parts(out / "quotes") == expected_records(expected)  # b.jsonl.gz:4 is b:4
    with pytest.raises(InputError, match=r"\[E011\].*no such file"):
        qdask.run([str(tmp_path / "none-*.jsonl")], str(tmp_path / "x"), scheduler="synchronous")
    with pytest.raises(InputError, match=r"\[E011\].*no such file"):
        qdask.run([str(tmp_path / "none.jsonl")], str(tmp_path / "x"), scheduler="synchronous")


def test_run_reads_and_writes_parquet(qdask, client, tmp_path, pd):
    pytest.importorskip("pyarrow")
    folder = tmp_path / "in"
    folder.mkdir()
    docs = list(TEXTS.items())
    halves = [[*docs[:5], ("bad", None)], docs[5:]]
    for number, half in enumerate(halves):
        frame = pd.DataFrame(half, columns=["id", "text"]).astype("string")
        frame.to_parquet(folder / f"part{number}.parquet", index=False)
    out = tmp_path / "out"
    summary = qdask.run([str(folder)], str(out), scheduler=client.scheduler.address, fmt="parquet")
    quotes = pd.read_parquet(out / "quotes").astype(DTYPES)
    pd.testing.assert_frame_equal(quotes, quotekit.to_dataframe(expected_rows(TEXTS)))
    errors = pd.read_parquet(out / "errors")
    assert errors["doc"].tolist() == ["bad"] and errors["error"].str.startswith("[E040]").all()
    assert (summary.documents, summary.failed, summary.records) == (len(TEXTS) + 1, 1, len(quotes))
    pd.DataFrame({"body": ["他说，好。"]}).to_parquet(tmp_path / "body.parquet")
    with pytest.raises(InputError, match=r"\[E043\].*'text'"):
        qdask.run([str(tmp_path / "body.parquet")], str(tmp_path / "x"), scheduler="synchronous")


def test_run_refuses_what_it_cannot_do(qdask, tmp_path, jsonl_inputs):
    inputs, _ = jsonl_inputs
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(InputError, match=r"\[E011\].*not empty"):
        qdask.run(inputs, str(busy), scheduler="synchronous")
    with pytest.raises(InputError, match=r"\[E013\]"):
        qdask.run(inputs, str(tmp_path / "x"), fmt="csv")
    with pytest.raises(InputError, match=r"\[E011\].*not both"):
        qdask.run([*inputs, str(tmp_path / "a.parquet")], str(tmp_path / "y"))
    with pytest.raises(TypeError, match=r"\[E040\]"):
        qdask.run(inputs[0], str(tmp_path / "z"))
    with pytest.raises(TypeError, match=r"\[E040\].*extractor"):
        qdask.run(inputs, str(tmp_path / "z"), extractor="titles")
    summary = qdask.run(inputs, str(busy), scheduler="synchronous", overwrite=True)
    assert summary.records > 0 and (busy / "notes.txt").exists()


def test_quotekit_does_not_import_dask():
    code = "import sys, quotekit; quotekit.extract('他说：“好。”'); print('dask' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_without_the_extra_the_import_says_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "dask", None)
    monkeypatch.delitem(sys.modules, "quotekit.dask", raising=False)
    with pytest.raises(MissingDependencyError, match=r"\[E020\].*quotekit\[dask\]"):
        importlib.import_module("quotekit.dask")
    with pytest.raises(ImportError):
        importlib.import_module("quotekit.dask")


def test_the_command_line_runs_on_dask(qdask, client, tmp_path, jsonl_inputs, capsys):
    from quotekit import cli

    inputs, expected = jsonl_inputs
    out = tmp_path / "cli-out"
    argv = ["extract", *inputs, "--engine", "dask", "--scheduler", client.scheduler.address]
    status = cli.main([*argv, "--output", str(out)])
    err = capsys.readouterr().err
    assert status == 1  # the bad lines of the second file
    assert "failures are listed in" in err
    records = [
        json.loads(line)
        for part in sorted((out / "quotes").glob("part-*.jsonl"))
        for line in part.read_text(encoding="utf-8").splitlines()
    ]
    want = [
        dict(q.to_dict(), doc=doc) for doc, text in expected.items() for q in quotekit.extract(text)
    ]
    assert sorted(records, key=lambda r: (r["doc"], r["start"])) == sorted(
        want, key=lambda r: (r["doc"], r["start"])
    )


def test_the_command_line_refuses_dask_without_an_output_folder(qdask, tmp_path, jsonl_inputs):
    from quotekit import cli

    inputs, _ = jsonl_inputs
    with pytest.raises(SystemExit) as raised:
        cli.main(["extract", *inputs, "--engine", "dask"])
    assert raised.value.code == 2
