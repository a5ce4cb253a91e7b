"""Property: any input given as --export ends in a clean result or a SelfauditError, within
memory and time bounds, writing nothing outside the output folder (see harness.check_read)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz import strategies as s
from tests.fuzz.harness import FUZZ, check_read, sandbox

SINGLE_NAMES = ["export.zip", "repo.car", "archive.tar.gz", "tweets.js", "outbox.json", "Shares.csv", "page.html", "noext"]


@FUZZ
@given(data=st.binary(max_size=4096), name=st.sampled_from(SINGLE_NAMES))
def test_random_bytes_as_an_export(data, name):
    with sandbox() as root:
        p = root / name
        p.write_bytes(data)
        check_read([p], root)


@FUZZ
@given(platform=st.sampled_from(["x", "mastodon", "linkedin", "instagram", "facebook"]), ops=s.mutations)
def test_mutated_zip_exports(platform, ops):
    with sandbox() as root:
        p = root / f"{platform}.zip"
        p.write_bytes(s.mutate(s.seed_zips()[platform], ops))
        check_read([p], root)


@FUZZ
@given(ops=s.mutations)
def test_mutated_car(ops):
    with sandbox() as root:
        p = root / "repo.car"
        p.write_bytes(s.mutate(s.seed_car(), ops))
        check_read([p], root)


@FUZZ
@given(car=s.car_graphs())
def test_car_with_arbitrary_tree_links(car):
    with sandbox() as root:
        p = root / "repo.car"
        p.write_bytes(car)
        check_read([p], root)


@FUZZ
@given(ops=s.mutations)
def test_mutated_tar_gz(ops):
    with sandbox() as root:
        p = root / "archive.tar.gz"
        p.write_bytes(s.mutate(s.seed_tar(), ops))
        check_read([p], root)


@FUZZ
@given(files=s.member_sets(), form=st.sampled_from(["zip", "tar", "folder"]))
def test_structured_members_in_zip_tar_or_folder(files, form):
    with sandbox() as root:
        if form == "zip":
            p = s.write_zip(root / "export.zip", files)
        elif form == "tar":
            p = s.write_tar(root / "export.tar.gz", files)
        else:
            (root / "unpacked").mkdir()
            p = s.write_folder(root / "unpacked", files)
        check_read([p], root)


@FUZZ
@given(first=s.member_sets(), second=s.member_sets())
def test_several_parts_together(first, second):
    with sandbox() as root:
        a = s.write_zip(root / "part1.zip", first)
        b = s.write_zip(root / "part2.zip", second)
        check_read([a, b], root)


@FUZZ
@given(case=s.reshaped_exports())
def test_one_odd_value_never_rejects_the_whole_export(case):
    """Per-item errors skip the item: one value of an unexpected type in one file must not make the
    reader give up on the archive ("unexpected content in this … export")."""
    from selfaudit.adapters.export import read_exports

    platform, files = case
    with sandbox() as root:
        p = s.write_zip(root / f"{platform}.zip", {n: (v.encode() if isinstance(v, str) else v) for n, v in files.items()})
        check_read([p], root)
        accounts = read_exports([p], out_dir=root / "out2")  # raises if the archive as a whole was given up
        assert [a.account.platform for a in accounts] == [platform]
