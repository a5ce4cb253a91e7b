"""Benchmark the text analysis: disclaimer F1, precision/recall per category, and posts/s.

    .venv/bin/python bench/bench_text.py [--n 20000] [--workers 2] [--tuned] [--only FILE] [-v]

Data (bench/data/, hand-written for selfaudit; see the header of each file for the styles
they imitate and bench/README-text.md for their limits):
  disclaimer_bios*.tsv  label<TAB>bio        (present | absent)
  posts*.tsv            labels<TAB>tag<TAB>text
Every set is frozen: its sha256 is recorded in SETS below and checked before it is read, and
each is printed as "tuned" (the rules were changed after looking at its results), "tuned
(training data)" (also in the offence model's training data since branch textdata3, so its
figures say nothing about unseen posts; the grouped leave-sets-out validation of
bench/dev/textdata3_folds.py is the figure for them) or "untouched" (written after the code was
frozen and run once). Figures come with 95 % Wilson
intervals and the number of items. Prints figures only; nothing here is a test.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
from benchstats import wilson  # noqa: E402

from selfaudit.analysis.text import (  # noqa: E402
    CONFIDENTIAL_CATEGORIES,
    OFFENCE_CATEGORIES,
    TextAnalyser,
    TextReport,
)
from selfaudit.config import Config  # noqa: E402

import hashlib

# name -> (sha256, status, what). A tuned set's figures are not held-out figures.
SETS = {
    "disclaimer_bios.tsv": ("2a50e4ac0bd376c6866b21b9952511a81e4a43059da82761a7d538e2f48956d0", "tuned", "round 1"),
    "disclaimer_bios_heldout.tsv": ("f1fdb960e63cab17f92732f3ebd710ec57edc380097dc024268707701e9e3384", "tuned", "round 2"),
    "disclaimer_bios_heldout2.tsv": ("fedf4ac0574cc3cb1577b80440e5dff900f7d63a630b9b793a9789fc861667ef", "tuned", "round 3"),
    "disclaimer_bios_heldout3.tsv": ("7bdc95a67a6def93aa2e8895d9341344808d4a484cafe1163b110e44ce44db26", "tuned", "round 4 (the language-aware change read its French/Spanish/German bios)"),
    "posts.tsv": ("ecc53d6e9ca29b387152a4916e74e2fee0afc4936be83605f50ae7d456f68f7d", "tuned (training data)", "round 1"),
    "posts_heldout.tsv": ("922df917762e095d9804e1ab5c177749d8788f18913ff4cc3e4f77855523b92e", "tuned (training data)", "round 2"),
    "posts_heldout2.tsv": ("7c9228538e805e849883cc18bdf34307855866a3a6f3aa5f80270e219513b49b", "tuned (training data)", "round 3"),
    "posts_heldout3.tsv": ("4e1db10b7a4b2e08dedd410bd755e6a1ab27695a0df9cf59b886f81b055f46ae", "tuned (training data)", "round 4"),
    "posts_heldout4.tsv": ("aeafc59ff9da1b61a5c1ff49bce2fad2e7b1bc0660e04ee179fd6c4005396fc6", "tuned (training data)", "round 5"),
    "posts_heldout5.tsv": ("7974c99792ab72838fb8aca39dfaa920af3aaa4e85cb6761115d7b15d0b2278d", "tuned (training data)", "round 6 read its negatives"),
    "posts_heldout6.tsv": ("0e06f5506f4e3b152930c58235fbfec08811b4dffef98e1f789b28f9d4e9e471", "tuned (training data)", "commit b3a9d74 fixed its two false alarms"),
    # Untouched when run once after freeze 9be033f (bench/results/text-untouched7-run1.txt);
    # the threat, dehumanising, drug and work-material structures added after were written
    # with its misses in view, so it is tuned now.
    "posts_untouched7.tsv": ("16c7385a6222df8b01dc08a81d82e8e24acb30715d1688372a83db593cf9cab0", "tuned (training data)", "untouched for its first run; tuned after"),
    # Held-out for the code frozen at 4e486c4 (bench/results/text-untouched8-run1.txt). The
    # offence-model change after it was made without reading its misses, but its aggregate
    # figures were printed once on the way (bench/README-text.md), so it is not held-out for that code.
    "posts_untouched8.tsv": ("074fa15a56bf6782778ee60fb92dc0c7bbe1bc326d7f955fc2f88c79572f2728", "tuned (training data)", "untouched for 4e486c4's run; seen (figures only) during the model change"),
    # Held-out for the code frozen at ba5eae8 (bench/results/text-untouched9-run1.txt, its only
    # untouched run). The threat-frame and work-material-transfer structures of branch text3
    # were written after reading its misses, so it is tuned now.
    "posts_untouched9.tsv": ("e3ae6f3472ce8e6279ee8aeff1f67854ca6ee9eb48229e196dbff2c1f2689d38", "tuned (training data)",
                             "untouched for ba5eae8's run; its misses were read for the threat-frame / work-material round"),
    # Held-out for the code frozen at 7e4d138 (bench/results/text-untouched10-run1.txt, its only
    # untouched run). The retrained offence model (branch threat) was measured on it as a dev set.
    "posts_untouched10.tsv": ("2df00bfba0e2802cc2cfac4365bb21b608a499c4c16a9d2b93d2b97bcf144ecb", "tuned (training data)",
                              "untouched for 7e4d138's run; a dev set for the threat-data model round"),
    # Held-out for 01727ea (bench/results/text-untouched11-run1.txt). The language rule was tuned
    # on one of its posts, and the model-threshold round (branch textrecall) chose its operating
    # point with this set's aggregate figures in view (misses never listed), so it is tuned now.
    "posts_untouched11.tsv": ("3003ba7de0a840cdc7bb48e4870e6c4759495fd0081c81650ac2abd311b2f340", "tuned (training data)",
                              "untouched for 01727ea's run; figures seen while choosing the model thresholds (textrecall)"),
    # Sets 12-16: held-out for the code named below, then read and tuned on by the textrecall3
    # round (offensive text recall); their first-run figures are in bench/results/.
    "posts_untouched12.tsv": ("09b22cb616be694c66694340ee14d62b071fca744bf801fa6cfde72499d196d2", "tuned (training data)",
        "textrecall3 tuned on it (was untouched for 1eaa0b6 (re-run once on 37d2e3f and once on ad90ec5, never tuned on); written on 2026-11-29 by a fourth independent annotator (saw neither code nor results) after the text code froze at 1eaa0b6; run once)"),
    "posts_untouched13.tsv": ("62f9d8a7b8f97fa9343f758166edfd49c73d7d7b029f503bdbe16750b6cdf14a", "tuned (training data)",
        "textrecall3 tuned on it (was untouched for 37d2e3f (re-run once on ad90ec5, never tuned on); written on 2026-11-29 by a fifth independent annotator (saw neither code nor results) after the text code froze at 37d2e3f (textrecall + redteam); run once)"),
    "posts_untouched14.tsv": ("df675e7afc80c6a944197f440859025f5726557c6490e33832de25d2c6f155d0", "tuned (training data)",
        "textrecall3 tuned on it (was untouched for ad90ec5; written on 2026-11-29 by a sixth independent annotator (saw neither code nor results) after the text code froze at ad90ec5 (textrecall2); run once)"),
    "posts_untouched15.tsv": ("4708bb04918f5be20c084db0f1db231e0edfedc9fe22d47a00eaa79835af4711", "tuned (training data)",
        "textrecall3 tuned on it (was untouched for cac45d7 (re-run once on 5fcb356, never tuned on); written on 2026-11-29 by a seventh independent annotator (saw neither code nor results) after the text code froze at cac45d7 (textrecall2 + the look-alike letters); run once)"),
    "posts_untouched16.tsv": ("d57a18d20c289aac6c3cd973f75df67d12663dedfffdc768eb66230b2010c343", "tuned (training data)",
        "textrecall3 tuned on it (was untouched for 5fcb356; written on 2026-11-29 by an eighth independent annotator (saw neither code nor results) after the text code froze at 5fcb356 (textconf + red team 3); run once)"),
    # Held-out for d210f4b/dc83309 (bench/results/text-untouched17-run1.txt, -run2-noprof.txt);
    # the textrecall4 round then read its misses and tuned on it.
    "posts_untouched17.tsv": ("423a47b7aff9897f652f2efd82972a6a5642f6e1e4ca1a060e4cfa791ab15b04", "tuned (training data)",
        "textrecall4 tuned on it (was untouched for d210f4b and dc83309; written on 2026-11-29 by a ninth independent annotator (saw neither code nor results) after the text code froze at d210f4b (textrecall3 + red team 4); run once on each)"),
    # Held-out for 3804e60 (bench/results/text-untouched18-run1.txt); the textrecall5 round then
    # read its misses and tuned on it.
    "posts_untouched18.tsv": ("4f0056b7cd2c38d062aa17b377f64307d27db1c4560b97457d1d67e79777697a", "tuned (training data)",
        "textrecall5 tuned on it (was untouched for 3804e60; written on 2026-11-29 by a tenth independent annotator (saw neither code nor results) after the text code froze at 3804e60 (textrecall4); run once)"),
    # Sets 19 and 20: held-out once each (README-text.md), then training data of the offence model.
    "posts_untouched19.tsv": ("eb57c587e735f702a93e3507b6bb8f8c5a8d21457f5c84c4052e8acbc182448f", "tuned (training data)",
        "training data since textdata3 (was untouched for 2e0c7e3: written on 2026-11-29 by an eleventh independent annotator (saw neither code nor results) after the text code froze at 2e0c7e3 (textrecall5); run once)"),
    "posts_untouched20.tsv": ("cc886b4a4536feb16297a85161adb6cece9ddc0ce454258176efae171261daf2", "tuned (training data)",
        "training data since textdata3 (was untouched for b409f64: written on 2026-11-30 by a twelfth independent annotator (saw neither code nor results) after the text code froze at b409f64 (red team 11, textmodel2); run once)"),
    # Sets 21-26: held-out once each for the code named (README-text.md), then training data of the
    # model (all heads, the new possible-offence head too) from stop 27 on (2026-11-30).
    "posts_untouched21.tsv": ("85b4870521ea17a6ab6616a17f9c13533491d369ee1782423db7c0b68b11af72", "tuned (training data)",
        "training data since stop 27 (was untouched: written on 2026-11-30 by a thirteenth independent annotator (saw neither code nor results) after the text code froze at 9bdc0cf (red team 13, textdata3: the model now trains on sets 1-20); run once)"),
    "posts_untouched22.tsv": ("f7536257356ba827ca3182018fc72ec8089e78532515a76ede2a64f2695e69c0", "tuned (training data)",
        "training data since stop 27 (was untouched: written on 2026-11-30 by a fourteenth independent annotator (saw neither code nor results) after the text code froze at 252dadc (textdata4: a confidential-material head); run once)"),
    "posts_untouched23.tsv": ("0a705abb76c2b1f543f31d6fa35a7ffbe7916aa7b9f8f86ea484991515c0d3b6", "tuned (training data)",
        "training data since stop 27 (was untouched: written on 2026-11-30 by a fifteenth independent annotator (saw neither code nor results) after the text code froze at 3cd806a (dodged spellings, denials, praise, homonyms); run once)"),
    "posts_untouched24.tsv": ("b8d5354ff5e6f560ba1f4e87876b6d1427cd96746869de12c7ddcd1b7ec743d6", "tuned (training data)",
        "training data since stop 27 (was untouched: written on 2026-11-30 by a sixteenth independent annotator (saw neither code nor results) after the text code froze at 2496a73 (the model also trained on MLMA; the day's rule changes); run once)"),
    "posts_untouched25.tsv": ("0e74fcd9f3f5e47ceaaee849a60e830c72cc2d6d58066a4696581822eed9ab6c", "tuned (training data)",
        "training data since stop 27 (was untouched: written on 2026-11-30 by a seventeenth independent annotator (saw neither code nor results) after the text code froze at dd9f788 (red team 16 merged); run once)"),
    "posts_untouched26.tsv": ("18829b55dba8cc40ec56de2f46e4af7b2b30c086ee1590870a5ff559fe2e1b49", "tuned (training data)",
        "training data since stop 27 (was untouched: written on 2026-11-30 by an eighteenth independent annotator (saw neither code nor results) after the text code froze at 2b1d47e (red team 17 merged); run once)"),
    # Sets 27-29: held-out once each for the code named (README-text.md), then training data of the
    # model's offensive and identity heads from stop 30 on (branch textdata30, 2026-11-30; the post
    # heads keep their stop-27 fit: tools/train_text_model.py POST_HEAD_SKIP_SETS), and tuned: their
    # misses were read.
    "posts_untouched27.tsv": ("18e15dc15b25f315db3d368203df60a391a07c5464c9abe59a72583e3312b72e", "tuned (training data)",
        "training data since stop 30 (was untouched: written on 2026-11-30 by a nineteenth independent annotator (saw neither code nor results) after the text code froze at 0529d4b (stop 27: the possible-offence head, sets 21-26 in training, everyday offences, red teams 18 and 19); run once on 0529d4b, once on the session-start code)"),
    "posts_untouched28.tsv": ("d66235ca85f88fa5a7e28dc593e5cfc0f7ff34ad2a4cae66c3a490be0455d56a", "tuned (training data)",
        "training data since stop 30 (was untouched: written on 2026-11-30 by a twentieth independent annotator (saw neither code nor results; did not open the policy) after the text code froze at f0eeb39 (stop 28: red teams 20-22, theft from a person, the writer hurt, denied humanity); run once on f0eeb39, once on the session-start code)"),
    "posts_untouched29.tsv": ("ee7a11ec1a849a94c40220f4ccafda2880a1ef910e8d03649d92643159093d53", "tuned (training data)",
        "training data since stop 30 (was untouched: written on 2026-11-30 by a twenty-first independent annotator (saw neither code nor results) after the text code froze at b8ce1dd (stop 29: group told to go home, can't-do stereotypes, mocked beliefs, theft and sale, card reader); run once on b8ce1dd, once on the session-start code)"),
    # Set 30: held-out once for 973c79e (stop 30's text code), then training data from stop 31 on
    # (branch textdata31, 2026-11-30; which heads take it: tools/train_text_model.py
    # POST_HEAD_SKIP_SETS), and tuned: stop 31 read its misses.
    "posts_untouched30.tsv": ("e269ecbce9945684e5cae70803d3c327785d8f0a0f7eb47f40defa0e4635d923", "tuned (training data)",
        "training data since stop 31 (was untouched: written on 2026-11-30 by a twenty-second independent annotator (read only the policy; saw neither code nor results) after the text code froze at 973c79e (stop 30: sets 27-29 as training data, textdata30's rules); run once on 973c79e, once on the session-start code 7093988)"),
    # Set 31: held-out once for f120a3b (stop 31's text code), then training data from stop 32 on
    # (branch textdata32, 2026-11-30; which heads take it: tools/train_text_model.py
    # OFFENCE_HEADS_SKIP_SETS and POST_HEAD_SKIP_SETS — at stop 32 only the possible-offence head's
    # threshold sets), and tuned: stop 32 read its misses.
    "posts_untouched31.tsv": ("b2ae1cbf9ddce575d829acd8b05eb3ed7e8650f374e720effb152d5a20d2f58b", "tuned (training data)",
        "training data since stop 32 (was untouched: written on 2026-11-30 by a twenty-third independent annotator (read only the policy; saw neither code nor results) after the text code froze at f120a3b (stop 31: set 30 as training data, textdata31's rules); run once on f120a3b, once on the session-start code 073c6ad)"),
    # Set 32: held-out once for efc24fe (stop 32's text code), then training data from stop 33 on
    # (branch textdata33, 2026-12-01; which heads take it: tools/train_text_model.py
    # OFFENCE_HEADS_SKIP_SETS and POST_HEAD_SKIP_SETS), and tuned: stop 33 read its misses.
    "posts_untouched32.tsv": ("fbdd5173e6a3d5c8c77b7b130402e6ac6935958cfdf2b12d3ef89e6001d98c45", "tuned (training data)",
        "training data since stop 33 (was untouched: written on 2026-11-30 by a twenty-fourth independent annotator (read only the policy; saw neither code nor results) after the text code froze at efc24fe (stop 32: set 31 recorded as training data, the offence heads unchanged, textdata32's rules); run once on efc24fe, once on the session-start code 219b2aa)"),
    # Set 33: held-out once for e39b5f8 (stop 33's text code); tuned since 6d97a3d, which fixed its one
    # must-not-fail FAIL after reading it; training data from stop 34 on (branch textdata34, 2026-12-01;
    # which heads take it: tools/train_text_model.py OFFENCE_HEADS_SKIP_SETS and POST_HEAD_SKIP_SETS),
    # and stop 34 read its offensive and possible-offence misses.
    "posts_untouched33.tsv": ("ba98add9683167087f88558bb419c154b8113e6a65c9843d5deadb352011be35", "tuned (training data)",
        "training data since stop 34; tuned since 6d97a3d (its one must-not-fail FAIL read and fixed); was untouched: written on 2026-12-01 by a twenty-fifth independent annotator (read only the policy; saw neither code nor results) after the text code froze at e39b5f8 (stop 33: set 32 as training data of the offensive and identity heads, textdata33's rules); run once on e39b5f8, once on the session-start code 8f1b45c"),
    # Set 34: held-out once for 1ef6eca (stop 34's frozen text code; its misses never read), training data
    # from stop 35 on (branch textmodel35, 2026-12-01; which heads take it: tools/train_text_model.py
    # OFFENCE_HEADS_SKIP_SETS and POST_HEAD_SKIP_SETS).
    "posts_untouched34.tsv": ("43530c2e2aa66555d9d077bda0b439cc377fb2da8f7beb7e8c353cbadea65628", "tuned (training data)",
        "training data since stop 35 (held-out for 1ef6eca until then); was untouched: written on 2026-12-01 by a twenty-sixth independent annotator (read only the policy; saw neither code nor results) after the text code froze at 1ef6eca (stop 34: set 33 recorded as training data no head takes, textdata34's and textconf34's rules, the lead's fixes from the real export samples); run once on 1ef6eca"),
    # Set 35: held-out once for 60ab5de (stop 35's frozen text code); TUNED since stop 36 (branch textrules36 read its
    # offensive, possible-offence and confidential misses and false flags and wrote rules from them).
    "posts_untouched35.tsv": ("d4ba0a8b825da4ed31cb403b3c0ec3d7228d0a183ffe83c30d0f1b1ef18071d1", "tuned",
        "tuned since stop 36 (branch textrules36: its misses and false flags read in all three areas; held-out once for 60ab5de until then); was untouched: written on 2026-12-01 by a twenty-seventh independent annotator (read only the first part of the policy; saw neither code nor results) after the text code froze at 60ab5de (stop 35: set 34 as training data, the offence heads retrained on sets 33-34 and the friendly / everyday negatives, textrules35's rules, the lead's everyday fixes); run once on 60ab5de"),
    # Set 36: held-out once for 2566d59 (stop 36's frozen text code); TUNED since stop 37 (branch textenc37 used it as
    # data in its grouped folds for a sentence-encoder probe that was not shipped; its misses were never read).
    "posts_untouched36.tsv": ("a83b83fb10c91b210c93e078c8682f8dfff7c918168fcf44666e8f362cca6564", "tuned",
        "tuned since stop 37 (branch textenc37: data in the grouped folds of a sentence-encoder probe, not shipped; held-out once for 2566d59 until then); was untouched: written on 2026-12-01 by a twenty-eighth independent annotator (read the policy; saw neither code nor results) after the text code froze at 2566d59 (stop 36: textrules36's rules from set 35, review36's fixes, the lead's marketplace fixes; the model unchanged); run once on 2566d59"),
    # Sets 37 and 38: held-out once each (8dab3d0 / fbd7e29); TUNED since stop 38 (branch textrules38 read their
    # offensive, possible-offence and confidential misses and false flags and wrote rules from them).
    "posts_untouched37.tsv": ("22db923dd6995bf67f699a231aebbc2171ae933996e404826aa4926dfd843f82", "tuned",
        "tuned since stop 38 (branch textrules38: its misses and false flags read in all three areas; held-out once for 8dab3d0 until then); was untouched: written on 2026-12-01 by a twenty-ninth independent annotator (read the policy; saw neither code nor results) after the text code froze at 8dab3d0 (stop 36's final text code, unchanged at the start of stop 37); run once on 8dab3d0"),
    "posts_untouched38.tsv": ("1af041cb8621080a90cd82155cb7df8cfed9ab6a779e3246fb17066691d399bb", "tuned",
        "tuned since stop 38 (branch textrules38: its misses and false flags read in all three areas; held-out once for fbd7e29 until then); was untouched: written on 2026-12-01 by a thirtieth independent annotator (read the policy; saw neither code nor results) after the text code froze at fbd7e29 (stop 37: realtext37's precision fixes from real export posts; the model unchanged); run once on fbd7e29"),
    # Sets 39 and 40: held-out once each (c214ebc / bdc19ee); TUNED since stop 40 (branch textrules40 read their
    # offensive, possible-offence and confidential misses and false flags and wrote rules from them).
    "posts_untouched39.tsv": ("a913e4e51d870c2a7aa8ceb2cd166bba8b2528dd7581831c53fdcdafa27b194a", "tuned",
        "tuned since stop 40 (branch textrules40: its misses and false flags read in all three areas; held-out once for c214ebc until then); was untouched: written on 2026-12-01 by a thirty-first independent annotator (read the policy; saw neither code nor results) after the text code froze at c214ebc (stop 38: textrules38's review-only forms from sets 37 and 38's misses); run once on c214ebc"),
    "posts_untouched40.tsv": ("ab409b1fe2c11c5f2ecf040a0eca0a39a1e8cc955fc64ae9d2b91536e8150880", "tuned",
        "tuned since stop 40 (branch textrules40: its misses and false flags read in all three areas; held-out once for bdc19ee until then); was untouched: written on 2026-12-01 by a thirty-second independent annotator (read the policy; saw neither code nor results) after the text code froze at bdc19ee (stop 39: textfalse39, review39 and textfail39's false-review and false-fail fixes, the lead's two threat forms); run once on bdc19ee"),
    "posts_untouched41.tsv": ("c59f7b2d88db43a01d49d19a4fbf30bf3708bd3af6c27f67c6b3943964ae1a98", "untouched",
        "written on 2026-12-01 by a thirty-third independent annotator (read the whole policy; saw neither code nor results) after the text code froze at 7f4de84 (stop 40: textrules40, realfalse40, review40a, review40b, the lead's festive-greeting form); run once on 7f4de84"),
    # Training sets T1-T5 (stop 27): written to be trained on, each with its own emphasis (see the
    # header). NOT in the shipped model: trained with them, the model gained 4 labelled posts of set 27
    # and one false flag, and reviewed an everyday test post ("Be a shame if the rain ruins the
    # barbecue"), so they wait for a better learner (bench/README-text.md, stop 27). Never held-out.
    "posts_training1.tsv": ("a153612fadf1823f8a6ee7149f4e221beefd2aa063fd31d1680fb422bc602e2a", "training material (not trained on)",
        "written on 2026-11-30 (stop 27) by an independent annotator (saw neither code nor results) as training data; not in the shipped model, never a held-out set"),
    "posts_training2.tsv": ("2bb9d99fc160eecb0778c9a68e24a38b372485e3d85d79f51715bfa1b8dea4eb", "training material (not trained on)",
        "written on 2026-11-30 (stop 27) by an independent annotator (saw neither code nor results) as training data; not in the shipped model, never a held-out set"),
    "posts_training3.tsv": ("98a5940bb3409c14542727eccffec38a213c16b25a9500ada068291e9b8c7f41", "training material (not trained on)",
        "written on 2026-11-30 (stop 27) by an independent annotator (saw neither code nor results) as training data; not in the shipped model, never a held-out set"),
    "posts_training4.tsv": ("9791d82f86028499c44527b33001c05003d6c9b6dd950113dc62e7fa335fa1e5", "training material (not trained on)",
        "written on 2026-11-30 (stop 27) by an independent annotator (saw neither code nor results) as training data; not in the shipped model, never a held-out set"),
    "posts_training5.tsv": ("b4b3ba62a1234489837833f95225e2ba8b354ff0a6b305cd5d7dc0629df1bf5a", "training material (not trained on)",
        "written on 2026-11-30 (stop 27) by an independent annotator (saw neither code nor results) as training data; not in the shipped model, never a held-out set"),
    "posts_functional.tsv": ("5cdd948fd9926535270a4977fd5cf9b5308b8ee7276bb61ae48708dcb64f8845", "tuned",
        "the lead's functional probes (2026-11-30), written and changed against on the same day; not training data"),
}
# Written after the code was frozen (commit recorded in README-text.md and the set's header),
# frozen by hash before its first run, run once. Adding a set is one line:
#     "posts_untouched10.tsv": ("<sha256>", "untouched", "written after code freeze <commit>, run once"),
# (``--only FILE`` on an unrecorded file prints that line with the file's hash.)
UNTOUCHED: dict[str, tuple[str, str, str]] = {
    # Real posts from a research corpus's TEST split (never trained or tuned on), built by
    # bench/corpus_set.py outside git: run with --only bench/corpora/sets/ghc_test.tsv.
    "ghc_test.tsv": ("9c70b039f49fbef156648bcbf511211e81cb47377ca8d85f2b43067d6e916ee2", "untouched (real corpus)",
                     "Gab Hate Corpus test split, 5,510 real Gab posts labelled by its annotators (cv->threat, hd->discriminatory, vo->insult); run once per frozen code"),
    # Added at stop 40 (branch realsets40): two more test splits nobody on the project had read.
    "edos_test.tsv": ("d050b8cf09a1050f4272bce0fae138835cd5a3046d9b26e6acba38aa443c107d", "untouched (real corpus)",
                      "EDOS test split (SemEval-2023 Task 10), 4,000 real Reddit/Gab posts labelled for sexism only (sexist->discriminatory, "
                      "threats category->threat too; 'not sexist' posts may hold other abuse); first run on bdc19ee; run once per frozen code"),
    "hatexplain_test.tsv": ("2ad64705d17c7231f36dda28498fc510f5beee233726b58ca0acedab9d052081", "untouched (real corpus)",
                            "HateXplain test split, 1,924 real Twitter/Gab posts with a majority label (hatespeech->discriminatory, "
                            "offensive->insult, normal->clean); first run on bdc19ee; run once per frozen code"),
    # Added at stop 40 (the lead): real posts labelled under the POLICY, not by the corpora (their "clean" is not the
    # policy's). 240 posts drawn from the unread EDOS dev and HateXplain val splits (bench/dev/real_policy_sample.py,
    # seed 40, leaning on corpus-clean posts), labelled by an independent annotator who saw neither corpus labels nor
    # verdicts (bench/data/realpolicy40_labels.tsv, in git; the texts are rebuilt from the corpora, not in git).
    "realpolicy40.tsv": ("427491f817936dc2a42f1af04e3eae4e5295d0a50359b169ba4d27c21746cacc", "untouched (real posts, policy labels)",
                         "240 real Reddit/Gab/Twitter posts (EDOS dev, HateXplain val) labelled under the policy by an independent "
                         "annotator; first run on bdc19ee; run once per frozen code"),
}


# A set given by path (``--only /elsewhere/posts_untouched10.tsv``) is read from there; its
# name must still be recorded in SETS or UNTOUCHED with its hash.
PATHS: dict[str, Path] = {}


def data_path(name: str) -> Path:
    return PATHS.get(name, HERE / "data" / name)


def check_frozen(name: str) -> str:
    got = hashlib.sha256(data_path(name).read_bytes()).hexdigest()
    if name not in SETS and name not in UNTOUCHED:
        sys.exit(f"{name} is not recorded: freeze it first by adding this line to UNTOUCHED in bench/bench_text.py\n"
                 f'    "{name}": ("{got}", "untouched", "written after code freeze <commit>, run once"),')
    sha, status, _ = {**SETS, **UNTOUCHED}[name]
    if got != sha:
        sys.exit(f"{name} changed since it was frozen (sha256 {got[:12]}…, recorded {sha[:12]}…): a frozen set is never edited")
    return status




def fmt(k: int, n: int) -> str:
    if n == 0:
        return "   —  (n=0)        "
    lo, hi = wilson(k, n)
    return f"{k / n:.2f} [{lo:.2f}–{hi:.2f}] {k}/{n}"


OFFENSIVE = ("insult", "threat", "discriminatory", "obscene")
AREAS = {c: "offensive" for c in OFFENSIVE} | {c: "offence" for c in OFFENCE_CATEGORIES} | {c: "confidential" for c in CONFIDENTIAL_CATEGORIES} | {"organisation": "organisation"}
# Annotators name some labels their own way (set 11: the label list it was given): the same
# thing under selfaudit's name. "confidential" names only the area (no single category).
LABEL_ALIASES = {"drink": "alcohol", "org": "organisation"}
AREAS["confidential"] = "confidential"
CATEGORIES = [c for c in AREAS if c != "confidential"]  # the per-category table


def our_labels(labels: str) -> str:
    return ",".join(LABEL_ALIASES.get(x.strip(), x.strip()) for x in labels.split(","))


def rows(name: str, cols: int) -> list[list[str]]:
    out = []
    for line in data_path(name).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        parts += [""] * (cols - len(parts))
        out.append([p.replace("\\n", "\n") for p in parts[:cols]])
    return out


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def predicted(rep: TextReport) -> set[str]:
    cats: set[str] = set()
    for area in ("offensive", "offence", "confidential", "organisation"):
        v = getattr(rep, area)
        if v.status:
            cats.update(c.rstrip("?") for c in v.categories if c.rstrip("?") in AREAS)
            if area == "offensive" and "classifier" in v.categories:
                cats.add("classifier")
    return cats


def bench_disclaimer(a: TextAnalyser, verbose: bool, name: str) -> None:
    status = check_frozen(name)
    data = rows(name, 2)
    reps = a.analyse_many([t for _, t in data], bio=True)
    tp = fp = fn = tn = unclear = partial = 0
    misses = []
    for (label, bio), rep in zip(data, reps):
        st = rep.disclaimer.status
        unclear += st == "unclear"
        partial += st == "partial"
        # The labels say whether a disclaimer is stated; "partial" (one half of the policy's DO,
        # shown as review) is stated, so it counts as found here.
        got = st in ("present", "partial")
        want = label == "present"
        tp += got and want
        fp += got and not want
        fn += want and not got
        tn += not got and not want
        if got != want:
            misses.append((label, st, bio))
    p, r, f = prf(tp, fp, fn)
    print(f"\nDisclaimer — {name} [{status.upper()}] ({len(data)} bios: {tp + fn} with, {fp + tn} without; 'unclear' counts as not present, 'partial' as present)")
    print(f"  precision {fmt(tp, tp + fp)}  recall {fmt(tp, tp + fn)}  F1 {f:.3f}   (unclear {unclear}; partial, one half of the DO {partial})")
    if verbose:
        for m in misses:
            print("   miss:", m)


def bench_posts(a: TextAnalyser, verbose: bool, name: str) -> None:
    status = check_frozen(name)
    data = [[our_labels(labels), tag, text] for labels, tag, text in rows(name, 3)]
    reps = a.analyse_many([t for _, _, t in data])
    counts = {c: Counter() for c in CATEGORIES}
    misses: list[tuple[str, str, str]] = []
    for (labels, tag, text), rep in zip(data, reps):
        want = set() if labels.strip() in ("", "-") else {x.strip() for x in labels.split(",")}
        got = predicted(rep)
        for c in CATEGORIES:
            w, g = c in want, c in got
            counts[c]["tp" if w and g else "fp" if g else "fn" if w else "tn"] += 1
            if w != g and verbose:
                misses.append((c, "missed" if w else "false", text))
    print(f"\nPosts — {name} [{status.upper()}] ({len(data)}): per category — flagged (fail or review) in that category")
    print(f"  {'category':<15}{'precision [95% CI] k/n':<28}{'recall [95% CI] k/n':<28}")
    tot = Counter()
    for c in CATEGORIES:
        k = counts[c]
        if k["tp"] + k["fn"] + k["fp"] == 0:
            continue
        tot.update(k)
        print(f"  {c:<15}{fmt(k['tp'], k['tp'] + k['fp']):<28}{fmt(k['tp'], k['tp'] + k['fn']):<28}")
    print(f"  {'micro average':<15}{fmt(tot['tp'], tot['tp'] + tot['fp']):<28}{fmt(tot['tp'], tot['tp'] + tot['fn']):<28}")

    # Area-level: does the post get flagged at all in the right area, and how are the
    # must-not-fail groups treated?
    print("\nBy area (post flagged in the area at all; a labelled category caught by another rule of its area, e.g. a threat caught by the model, counts):")
    for area in ("offensive", "offence", "confidential", "organisation"):
        tp = fp = fn = 0
        for (labels, tag, text), rep in zip(data, reps):
            want = any(AREAS.get(x.strip()) == area for x in labels.split(","))
            got = getattr(rep, area).status is not None
            tp += want and got
            fp += got and not want
            fn += want and not got
        print(f"  {area:<15} precision {fmt(tp, tp + fp):<26} recall {fmt(tp, tp + fn)}")
    print("  offensive, per labelled category (recall = flagged in the offensive area at all):")
    for c in OFFENSIVE:
        lab = [rep for (labels, _, _), rep in zip(data, reps) if c in {x.strip() for x in labels.split(",")}]
        if lab:
            print(f"    {c:<15} recall {fmt(sum(r.offensive.status is not None for r in lab), len(lab))}; fail {sum(r.offensive.status == 'fail' for r in lab)}")
    print("\nMust-not-fail groups (offensive verdict):")
    for tag in ("professional", "identity", "counter", "trap", "clean"):
        group = [(l, rep) for (l, t, _), rep in zip(data, reps) if t == tag]
        fails = sum(rep.offensive.status == "fail" for _, rep in group)
        reviews = sum(rep.offensive.status == "review" for _, rep in group)
        anyflag = sum(bool(predicted(rep)) for l, rep in group if l.strip() == "-")
        if group:
            print(f"  {tag:<13} {len(group):>3} posts: offensive fail {fmt(fails, len(group))}, offensive review {reviews}, any flag on unlabelled {anyflag}")
    langs = [(t, rep) for (_, t, _), rep in zip(data, reps) if t.startswith("lang-")]
    if langs:
        print("\nPosts in other languages (tag lang-xx): flags and what the checks say")
        for tag in sorted({t for t, _ in langs}):
            g = [rep for t, rep in langs if t == tag]
            detected = Counter(r.language.name for r in g)
            flagged = sum(any(getattr(r, ar).status for ar in ("offensive", "offence")) for r in g)
            named = sum(bool(r.unchecked("offensive")) for r in g)
            print(f"  {tag:<8} {len(g):>3} posts: detected {dict(detected)}; offensive/offence flagged {flagged}; "
                  f"offensive not-checked with the language named {named}")
    fails = [rep for (l, t, _), rep in zip(data, reps) if t == "abuse" and any(x in l for x in ("insult", "threat", "discriminatory"))]
    print(f"  abusive posts (insult/threat/discriminatory) that FAIL outright: {sum(r.offensive.status == 'fail' for r in fails)}/{len(fails)}")
    if verbose:
        for m in misses:
            print("   ", m)


_WORKER: TextAnalyser | None = None


def _init() -> None:
    global _WORKER
    _WORKER = TextAnalyser(Config())
    _WORKER.analyse_many(["warm up the classifier"])


def _work(texts: list[str]) -> int:
    assert _WORKER is not None
    _WORKER.analyse_many(texts)
    return len(texts)


def bench_speed(n: int, workers: int) -> None:
    base = [t for _, _, t in rows("posts.tsv", 3)] + [t for _, t in rows("disclaimer_bios.tsv", 2) if t]
    fillers = ["Lovely day in the park with the kids", "Anyone else watching the match tonight?", "Long week, glad it's Friday"]
    # Every text unique (no cache hits), with the benchmark's mix of categories diluted by
    # everyday posts, as in a real timeline.
    texts = []
    i = 0
    while len(texts) < n:
        t = base[i % len(base)] if i % 3 == 0 else fillers[i % len(fillers)]
        texts.append(f"{t} - post number {i}")
        i += 1
    a = TextAnalyser(Config())
    a.analyse_many(["warm up the classifier"])
    t0, c0 = time.perf_counter(), time.process_time()
    a.analyse_many(texts)
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    import os

    print(f"\nLoad average before timing: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (other work on the machine slows these figures)")
    print(f"Speed: {n} unique posts, 1 process: {n / dt:,.0f} posts/s wall clock ({dt * 1e6 / n:.0f} µs/post); "
          f"{n / cpu:,.0f} posts/s of this process's own CPU time ({cpu * 1e6 / n:.0f} µs/post)")
    t0 = time.perf_counter()
    for t in texts[:2000]:
        a.analyse(t)
    dt = time.perf_counter() - t0
    print(f"  repeat analyse() of 2,000 cached texts: {2000 / dt:,.0f} posts/s")
    b = TextAnalyser(Config())
    texts2 = [t + " (again)" for t in texts]
    t0 = time.perf_counter()
    b.analyse_parallel(texts2, workers=workers)
    dt = time.perf_counter() - t0
    print(f"  analyse_parallel (opt-in; prepare() uses one process), {workers} workers, incl. start-up: {n / dt:,.0f} posts/s")
    if workers > 1:
        chunks = [texts[k::workers] for k in range(workers)]
        with ProcessPoolExecutor(workers, initializer=_init) as ex:
            list(ex.map(time.sleep, [0.5] * workers))  # let every worker start and warm up
            t0 = time.perf_counter()
            done = sum(ex.map(_work, chunks))
            dt = time.perf_counter() - t0
        print(f"  {workers} processes (each with its own analyser): {done / dt:,.0f} posts/s")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--only", help="run one set (a file name in bench/data, or a path) and skip the speed figures")
    ap.add_argument("--tuned", action="store_true", help="run the tuned sets only (for regression while changing the code)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = ap.parse_args()
    a = TextAnalyser(Config())
    if args.only and Path(args.only).name != args.only:
        PATHS[Path(args.only).name] = Path(args.only)
        args.only = Path(args.only).name
    names = [args.only] if args.only else list(SETS) + ([] if args.tuned else list(UNTOUCHED))
    for name in names:
        if not args.only and not data_path(name).exists():
            print(f"\n{name}: not here (a set kept out of git; build it with bench/corpus_set.py, then --only its path)")
            continue
        (bench_disclaimer if name.startswith("disclaimer") else bench_posts)(a, args.verbose, name)
    if not args.only and not args.tuned:
        bench_speed(args.n, args.workers)


if __name__ == "__main__":
    main()
