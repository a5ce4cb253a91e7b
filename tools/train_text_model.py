"""Train the offline offence model shipped as src/selfaudit/data/text_model.npz.

    .venv/bin/python tools/train_text_model.py [--corpora bench/corpora]

Three heads (one logistic regression each, same hashed word 1-2-gram and character 2-5-gram
features, see selfaudit.analysis.text_model): ``offensive`` (any abuse), ``threat`` (threats
and calls for violence) and ``identity`` (attacks on a group: dehumanising, derogation,
stereotypes, implied contempt).

Corpora (kept out of the package and out of git in bench/corpora/, sha256 below; each was
copied from a public GitHub repository with the library's ``fetch``):

* **OLID** training split only (Zampieri et al., NAACL 2019; CC BY 4.0), 13,240 tweets:
  olid/olid-training-v1.0.tsv from idontflow/OLID. offensive = OFF; identity = OFF aimed at a
  group (subtask_c GRP). OLID's test split is NOT used (reserved, like TweetEval's offensive
  test split, which is OLID's).
* **Gab Hate Corpus** training split (Kennedy et al., Lang Resources & Evaluation 2022; CC BY
  4.0, OSF edua3), 22,036 Gab posts: ghc/ghc_train.tsv from liuchaoqun/hate-speech-datasets
  (commit 98f3ee81), GabHateCorpus/Data/ghc_train.tsv. offensive = hd|cv|vo; threat = cv (call
  for violence); identity = hd (assault on human dignity). ghc_test.tsv is not used.
* **Latent Hatred** implicit hate corpus (ElSherief et al., EMNLP 2021; CC BY 4.0), 21,480
  tweets: latent_hatred/implicit_hate_v1_stg1_posts.tsv and _stg2_posts.tsv from the same
  repository, implicit-hate-corpus/. offensive = identity = explicit or implicit hate; threat =
  stage-2 class "threatening" (either label).
* **Stormfront** sentences (de Gibert et al., ALW 2018; CC BY-SA 3.0 ES), 10,944 sentences:
  Vicomtech/hate-speech-dataset (commit b802137e), all_files/*.txt joined with
  annotations_metadata.csv into stormfront/stormfront_sentences.tsv (columns file_id, label,
  in_sampled_test, text; tabs, newlines and backslashes in a sentence replaced by spaces, then
  runs of white space collapsed to one space and the ends stripped; in_sampled_test is 1 when
  the file is in sampled_test/). Rebuilt on 2026-11-29 from the same commit; the first
  build's sha256 (4529372…) could not be reproduced byte for byte, so the new one is recorded.
  offensive = identity = hate; "idk/skip" and "relation" rows dropped.
* **ToxiGen** demonstration statements (Hartvigsen et al., ACL 2022; MIT licence):
  toxigen/{hate,neutral}_*_1k.txt from microsoft/TOXIGEN (commit 01517e81), prompts/; each
  line is several "- statement" parts joined by a literal backslash-n; the 668 distinct
  statements are used (hate -> offensive and identity; neutral statements about the same
  groups -> negatives, which teach the model that naming a group is not an attack).
* **MLMA** English tweets (Ousidhoum et al., EMNLP 2019; MIT licence, the repository's LICENSE),
  5,647 tweets: mlma/en_dataset_with_stop_words.csv, extracted from hate_speech_mlma.zip of
  HKUST-KnowComp/MLMA_hate_speech (commit 47983698). Its ``sentiment`` is the union of its
  annotators' labels: offensive = any of offensive, hateful, abusive, disrespectful; identity =
  hateful; rows whose annotators disagreed (normal beside a hostile label) or said only
  "fearful" are left out (4,948 used). No threat label: it stays out of the threat head
  (NO_THREAT_LABEL). Added on 2026-11-30 (EXTRA_USED).
* Read but **not used** (``--extra edos,hatexplain,mlma`` to try them): **EDOS** training split
  (SemEval-2023 Task 10, Kirk et al.; CC0; rewire-online/edos b1f1fbcc,
  edos/edos_labelled_aggregated.csv; its dev and test splits are never read) and **HateXplain**
  training split (Mathew et al., AAAI 2021; MIT; the split by post id of hate-alert/HateXplain
  01d74227, text from the Media-Bias-Group/MBIB b9a887ff copy, 092-HateXplain.csv). Each lowered
  the first five corpora's held-back offensive recall at the same operating point (EDOS: its
  "not sexist" posts include much abuse; bench/README-text.md, "More real corpora").

Texts written by this project (in git, not corpora; same licence as the code):

* **tools/threat_training.tsv**, WRITTEN BY THE SELFAUDIT PROJECT on 2026-11-29 (not collected
  from any person, post or corpus), 1,652 texts: 740 personal threats and veiled menace aimed at
  one person (UK English, slang and dialect, text-speak, typos, emoji, mostly without swear words: knowing an
  address, a routine, the children's school; "you'll regret this"; "be a shame if..."; aimed at
  social workers, teachers, nurses, police), 96 swear-free attacks on a person, 102 implied
  attacks on a group, and 714 hard negatives (everyday, professional and news posts using the
  same words: "I'd kill for a coffee", "watch your back on the ice", a threat received being
  reported, counter-speech, remembrance, advice). threat -> offensive + threat; attack ->
  offensive; identity -> offensive + identity; clean -> none. Why: no corpus with a *personal*
  threat label and a licence that allows it could be had here (Jigsaw's and Dynabench's files
  exceed the library's size limit; the Contextual Abuse Dataset is on Zenodo only; see
  bench/README-text.md). Each training text also enters in two respellings (lower case without
  punctuation; text-speak: u, ur, r, im), on both sides alike, and with weight PROJECT_WEIGHT,
  so that some hundreds of texts count beside 68,000 corpus texts.
* **everyday_posts()** below: 1,898 short everyday posts (1,524 before job_bios() was added) generated from word lists (a walk, a
  shift, the kids, home, tonight, a hospital visit; kind words in the second person: "got your
  address now, the invite is in the post"), all negatives, all in training (none in validation,
  so the thresholds stay set by the corpora's harder negatives). Personal threats are made of
  ordinary words; without these, "Lovely walk by the canal" scored as menace.

* **Group-swapped copies** (swap_groups() below, branch textrecall2, 2026-11-29): every corpus
  training text that names a group (text_group's group list) enters training once more, lower
  case, with its groups replaced by one other group from SWAP_GROUPS, labels unchanged, weight
  GROUP_SWAP_WEIGHT (7,916 copies; never in validation). The corpora attack a few groups far
  more than others, so without them the model learned which group more than what is said of it.
  Validation before -> after: AUC 0.834/0.935/0.862 -> 0.833/0.934/0.860; recall at the rates
  0.370/0.576/0.527 -> 0.365/0.606/0.527; tuned offensive recall (with that round's frames) 0.732
  -> 0.739, must-not-fail reviews unchanged (bench/README-text.md, "Structures that generalise").

* **selfaudit's own post sets** (branch textdata3, 2026-11-30): every bench/data/posts*.tsv set
  that bench/bench_text.py records as "tuned (training data)" (21 sets, posts.tsv ... set 20, each
  read by its path and its sha256 checked as bench_text.py does; posts tagged lang-xx are left
  out, the model reads English only): 3,768 English posts hand-written for selfaudit by
  independent annotators in its domain (UK professionals' personal posts), labels mapped to the
  heads: offensive = threat|insult|obscene|discriminatory, threat = threat, identity =
  discriminatory; posts labelled only as possible offences (drink, drugs, violence, antisocial,
  driving), confidential material or the organisation, and clean posts, are negatives for every
  head (1,388 / 545 / 424 positives). Training only, never in the validation split (the
  thresholds are still set on the corpora's held-back 10 %), weight POSTS_WEIGHT: 8 for the
  offensive and identity heads; the threat head is trained without them (it learned the posts'
  menace phrasing and reviewed everyday test posts; see POSTS_WEIGHT). Chosen and
  measured by grouped validation (bench/dev/textdata3_folds.py (in git at f559bd3): five leave-sets-out folds, every
  set left out once, train on the other sets + everything above, report the left-out sets through
  the whole ``check text`` pipeline; bench/README-text.md, "In-domain training data"). Since then
  bench_text.py's figures on these sets are training-data figures and say nothing about unseen
  posts.
* **A confidential-material head** (branch textdata4, 2026-11-30; fit_post_heads below): trained on
  the same post sets alone (no public corpus has the label; positives: confidential, practice or
  work_material labels; negatives: every other English post of the sets and everyday_posts()), on
  the form the analyser scores, with its threshold set on five sets held back from its fitting
  (threshold_sets: every fourth training set), never on a set being reported. The three
  heads above are fitted exactly as before and their arrays are byte-identical.
* **A possible-offence head** (stop 27, 2026-11-30), fitted the same way (positives: alcohol,
  drugs, violence, antisocial or driving labels). Measured before it was shipped on sets 21-26,
  which no head had trained on: fitted on sets 1-20 at the rate fixed beforehand (0.25 %), it
  raised their offence recall 172 -> 182 of 263 posts with no new false flag and no must-not-fail
  post flagged (bench/README-text.md, "Stop 27"). Shipped fitted on sets 1-26.
* **Sets 21-26** joined the training posts at stop 27: trained with three more of them (21-23),
  the model flagged 251 instead of 244 of the 319 offensive posts of sets 24-26 (left out), with
  the same 15 false flags (at POSTS_WEIGHT 16 instead of 8, 258 with 16; not taken, see there).

* **Sets 27-29** joined the training posts at stop 30 (branch textdata30, 2026-11-30): on grouped
  folds over the 27 sets before them (bench/dev/text_folds.py --new-set 27-29; each fold trained with and
  without 27-29, the same left-out posts judged by both), the offensive area gained 27 and lost 3
  of 2,119 abusive posts, confidential 8 / 4 of 713 (6 more false flags), the possible-offence
  area 2 / 2 of 914. The offensive and identity heads take them; the two post heads do not
  (POST_HEAD_SKIP_SETS: no clear gain, and the offence head reviewed three everyday posts of the
  tests); the threat head still trains on no post set.
* **Set 30** joined the training posts at stop 31 (branch textdata31, 2026-11-30): on grouped folds
  over the 30 sets before it (bench/dev/text_folds.py --new-set 30), the offensive area gained 7 and lost 2
  of 2,435 abusive posts at the same precision (0.941), must-not-fail reviews 133 -> 132. The
  offensive and identity heads take it. The post heads do not (POST_HEAD_SKIP_SETS): fitted as they
  ship (without 27-29; bench/dev/textdata31_post_heads.py), set 30 gave the confidential head 9
  gained / 6 lost of 819 with 12 more flags (precision 0.948 -> 0.937) and the possible-offence
  head 1 / 2 of 1,049; so both keep their stop-27 fit (sets 1-26), byte for byte.
* **Set 31** is recorded as training data since stop 32 (branch textdata32, 2026-11-30), but the
  model does not train on it yet: on grouped folds over the 31 sets before it
  (bench/dev/text_folds.py --new-set 31) the offensive area gained 5 and lost 3 of 2,543 at the same precision,
  and the model trained on it reviewed an everyday test post, so the three offence heads skip it
  (OFFENCE_HEADS_SKIP_SETS); the confidential head skips it (4 gained / 10 lost, POST_HEAD_SKIP_SETS); the
  possible-offence head takes it as one of its threshold sets (every fourth set), threshold unchanged.

* **Set 32** joined the offensive and identity heads' training posts (the threat head trains on no post set) at stop 33 (branch
  textdata33, 2026-12-01; set 31 stays skipped): on grouped folds over the 32 sets before it
  (bench/dev/text_folds.py --new-set 32) the offensive area gained 14 and lost 5 of 2,654 abusive posts at the same
  precision (0.941 -> 0.940). The post heads skip it (POST_HEAD_SKIP_SETS): no clear gain for the
  possible-offence head (4 / 5), and for the confidential head (11 / 7 fitted as it ships) set 32 would
  only join its threshold sets.

* **Set 33** is recorded as training data since stop 34 (branch textdata34, 2026-12-01), but no head
  trained on it until stop 35 (below): on grouped folds over the 33 sets before it (bench/dev/text_folds.py --new-set 33) the
  offensive area gained 15 and lost 7 of 2,759 at the same precision (0.940), and the model trained on it
  reviewed an everyday test post, so the three offence heads skip it (OFFENCE_HEADS_SKIP_SETS); the post
  heads skip it too (POST_HEAD_SKIP_SETS: 1 gained / 4 lost for the possible-offence head as it ships).

* **Sets 33 and 34** joined the three offence heads' training posts at stop 35 (branch textmodel35, 2026-12-01;
  set 34 recorded as training data then, its misses not read), **together with the friendly and everyday
  negatives below** (FRIENDLY_USED, weight 1): on the grouped folds of bench/dev/textmodel35_folds.py (the 33
  sets before set 33, every set left out once; the negatives split in two fixed halves, each counted by models
  that never trained on it) sets 33 + 34 alone gained 19 / lost 6 of 2,759 but their model reviewed the
  staffroom-milk test post; with half A / half B of the negatives 20 / 16 and 25 / 14 at the same precision
  (0.9405 -> 0.9402 / 0.9396), must-not-fail reviews 153 -> 151 / 152, and the unseen half's friendly posts
  reviewed by the heads fell by 19-29 %. The model built on all of it keeps tests/text green. Set 31 stays
  skipped; the post heads skip 33 and 34 (not measured).

* **tools/everyday_negatives35.tsv**, WRITTEN BY THE SELFAUDIT PROJECT on 2026-12-01 (stop 35), 185 clean texts
  of a teacher's, nurse's, social worker's or police officer's own day (staffroom jokes, "sorted", "dealt with",
  night shifts, sport banter, kids, pets, cooking, weather), written before any score of them; read with the
  friendly negatives (FRIENDLY_FILES, source "friendly", same weight and respellings).

* **Set 35** (stop 36) is training material of that round (its status line is textrules36's: main at e207456 records
  it "tuned", not "tuned (training data)"), but NO head trains on it, whichever status it has (OFFENCE_HEADS_SKIP_SETS, POST_HEAD_SKIP_SETS): on the grouped folds of
  bench/dev/textmodel36_folds.py (the 35 training sets, every set left out once) the offensive area gained 20 and
  lost 5 of 2,975 at the same precision (0.9390 -> 0.9393), must-not-fail fails 0, but the model built with it
  reviews an everyday functional test post ("someone should give that lollipop lady a medal", 0.78 over 0.763),
  with or without the marketplace negatives below; the post heads were not measured with it.

* **tools/everyday_negatives36.tsv**, WRITTEN BY THE SELFAUDIT PROJECT on 2026-12-01 (stop 36, branch textmodel36),
  156 clean marketplace, selling, swapping, lost-and-found and neighbourhood-notice posts, written before any score
  of them. NOT USED (EVERYDAY36_USED = False): on the same folds, with set 35, half A / half B trained on gave
  +11 / -12 and +5 / -13 of 2,975 against set 35 alone (precision 0.9393 -> 0.9379 / 0.9374, a trap post newly
  reviewed), and cut the whole pipeline's flags on the other half (never trained on) 28 -> 21 and 31 -> 23 of 390
  (heads alone 10 -> 5, 5 -> 5); the model built with them clears "selling my old trainers, dm for pics" (0.28) but
  reviews the lollipop post (0.75 over 0.747), and without set 35 it reviews "Make sure you lock your car tonight,
  there's been break-ins" and loses a red-team identity review (bench/README-text.md, "stop 36 textmodel36").

* **tools/friendly_negatives.tsv**, WRITTEN BY THE SELFAUDIT PROJECT on 2026-11-30 (stop 30, branch
  textneg30; no real post, export, probe, corpus or held-out set was read to write it), 454 clean
  texts: friendly second-person posts and replies (thanks 41, congratulations 30, condolences and
  sympathy 40, well wishes 35, recommending a book / talk / app / link 35, arranging to meet 30,
  replies to colleagues about lessons, shifts and conferences 50, everyday chat 62, text-speak 35,
  longer posts 16, friendly uses of threat words such as "I'll find you at the bar" 40, off-duty
  posts 20, short replies 20). Why: on a real teacher's archive the model reviewed ~150 such posts
  just over its thresholds; the shipped model reviews 81 of these 454 itself (78 offensive head,
  33 threat head). Wired as source "friendly": training only (after every other row, so the
  held-back split and thresholds' sources are unchanged), FRIENDLY_WEIGHT, respelled. **USED since stop 35**
  (at weight 1, with sets 33-34; above). Until then NOT USED (FRIENDLY_USED = False): on the grouped folds
  (bench/dev/textneg30_folds.py, the 27 sets before 27-29 left out by fold, trained with and
  without them) offensive recall fell 1787 -> 1778 of 2,119 at weight 4 (precision 0.9386 ->
  0.9392, must-not-fail reviews 120 -> 116) and 1787 -> 1784 at weight 1 (precision 0.9386 ->
  0.9385, same 117 false flags, must-not-fail reviews 120 -> 117): not clearly better
  (bench/README-text.md, "stop 30 textneg30").

* **Real posts labelled under the policy** (stop 40, branch textmodel40, 2026-12-01; add_policy, source "policy40"):
  1,000 posts drawn by bench/dev/real_policy_sample.py --train --seed 4040 from the TRAINING splits of **EDOS**
  (SemEval-2023 Task 10, Kirk et al. 2023; CC0; 500 posts) and **HateXplain** (Mathew et al. 2021; MIT; 500 posts),
  labelled under the policy (threat, insult, obscene, discriminatory, ...; tags abuse / clean / counter / trap /
  identity) by four independent annotators, 250 each, who read the policy and saw no code, no result and no corpus
  label. tools/realtrain40_policy_labels.tsv holds our labels only (corpus, source id, labels, tag; no corpus text);
  the texts are joined by id from the corpora on disk (policy_texts: edos_split / hatexplain_split, "train"; their
  dev, val and test splits are never read here). offensive = any abuse label (605 of 999 English posts), threat =
  threat (44), identity = discriminatory (414). The annotators differed on one convention (the file's header):
  two of them label any slur, banter included, as discriminatory, two as insult only. Training only (never held
  back: the thresholds' sources are unchanged), weight POLICY40_WEIGHT, in the heads POLICY40_HEADS, switched by
  POLICY40_USED (``--policy`` / ``--no-policy``). Measured by bench/dev/textmodel40_folds.py (5 folds by a hash of
  the source id) and realfalse40's judged posts: bench/README-text.md, "stop 40, branch textmodel40".

Not used for training or tuning, kept for independent checks: Davidson et al. 2017, ETHOS,
HateCheck, OLID's test split, GHC's test split, and any post set written after this round
(set 30 onwards, until bench_text.py records it as training data).

Validation: 10 % of every corpus and of the project's texts (fixed seed, deduplicated texts, so no text is on both
sides) is held back and the heads are fitted on the other 90 % (the weights shipped are those,
so the printed figures are the shipped model's). Each head's ``review`` threshold is the score
above which FALSE_ALARM_RATE[head] of the clean held-back texts fall (a model alone only makes
a post ``review``, and every false alarm costs a professional time). The figures printed (AUC,
precision and recall at the threshold, per head and per corpus) are validation on held-back
parts of the training corpora, not held-out figures on selfaudit's kind of posts.
Weights under 1e-4 in absolute value are dropped and the rest stored as float16.

Rebuilt and reproduced on 2026-11-29 (branch textrecall): the corpora above were copied again
from the library's mirrors (idontflow/OLID 66fa62b, liuchaoqun/hate-speech-datasets 98f3ee8,
Vicomtech/hate-speech-dataset b802137, microsoft/TOXIGEN 01517e8); all five sha256 match, and
this script reproduced the shipped weights and thresholds bit for bit. Then the operating point
was moved for recall (FALSE_ALARM_RATE above) and job_bios() added as negatives (at the new
threat threshold "Social worker. Runner. Mum." scored as a threat). Validation, old model at
the old rates -> shipped model at the new: offensive 3 % -> 5 %: P 0.78 -> 0.72, R 0.30 -> 0.37
(AUC 0.834 -> 0.834); threat 0.75 % -> 2 %: P 0.59 -> 0.41, R 0.44 -> 0.58 (AUC 0.936 -> 0.935);
identity 5 % -> 8 %: P 0.66 -> 0.60, R 0.42 -> 0.53 (AUC 0.861 -> 0.862). On the TUNED sets
(bench_text.py --tuned, sets 1-11) offensive recall 0.67 -> 0.73 at precision 0.91 -> 0.90,
must-not-fail reviews 26 -> 29 of 546, every fail count unchanged (the sweep over 48+ points:
bench/README-text.md, "Operating point"). For a sweep:
``--false-alarm offensive=0.08,threat=0.015 --val-scores /tmp/val.npz --out /tmp/model.npz``.
WordLlama sentence embeddings as extra features or as a mixed fourth model did not improve
every head's validation recall at these rates, so they are not used.
Branch textmodel2 (2026-11-30): a better learner on the same data and split, measured by
bench/dev/textmodel2_sweep.py (bench/README-text.md, "A better learner? (textmodel2)").
Validation AUC / recall at the rates, offensive · threat · identity: today's lr 0.833/0.365 ·
0.934/0.606 · 0.860/0.527; more SGD iterations (300, tol 1e-6) or averaged SGD: the same (it
has converged); modified_huber: no better; NB-LR alone 0.833/0.381 · 0.938/0.588 · 0.861/0.535;
lr+nblr averaged (``--learner lr+nblr``) 0.837/0.381 · 0.940/0.600 · 0.864/0.535; one hidden layer
(64 units over 2**18-folded features) 0.832/0.379 · 0.941/0.588 · 0.855/0.524; lr+nblr+hidden
0.840/0.388 · 0.943/0.618 · 0.865/0.543; corpus weights (OLID x2, or Gab and Stormfront x0.5, or
the project's texts x8) all lowered validation recall. Every mix that raised validation recall
lost on the TUNED sets (lr+nblr+hidden: offensive recall 1047 -> 1036 of 1,288, must-not-fail
reviews 56 -> 58; lr+nblr: 1047 -> 1033, 56 -> 58): most of the change is the threat head
flagging first-person offence posts ("Punched him straight in the face", "Third bottle of
wine"), which no validation text resembles. So the learner stays ``lr``.
The same branch made the rebuild exact again: the group-swap regex is frozen in
tools/group_swap_pattern.txt (text_group's _GROUP at 2262c92; later rule edits had changed the
swapped copies, 7,916 -> 7,984, and so the weights), the npz is written with fixed zip dates
(save_npz), and the thresholds are set on the weights as shipped (pruned, float16), which moves
them by under 2e-4 from the file before.
"""

from __future__ import annotations

import argparse
import csv
import glob
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from selfaudit.analysis.text_model import HEADS, MODEL_FILE, POST_HEADS, features  # noqa: E402

# Share of clean validation texts a head may flag on its own (each flag is a `review`).
# The negatives here are hard (non-hateful posts from hate forums, political tweets), far
# harder than everyday posts, so these rates overstate the false alarms on a timeline.
# Chosen by the recall sweep of 2026-11-29 (bench/README-text.md, "Operating point"): a missed
# abusive post is a false pass, a review costs a minute. Before it: 0.03 / 0.0075 / 0.05. The
# threat head stops at 2 %: at 2.5 % an everyday post of the tests ("Count your days off
# carefully, HR is strict about leave") scores over it, at 3 % "I'll be waiting outside the
# cinema at 7, don't be late" too, and at 5 % "Lovely walk by the canal".
FALSE_ALARM_RATE = {"offensive": 0.05, "threat": 0.02, "identity": 0.08}
# Chosen by validation AUC over 5e-7 … 3e-5 (the threat head, with few positives, wants the most).
ALPHA = {"offensive": 1e-5, "threat": 3e-5, "identity": 1e-5}
# NB-LR's own regularisation (learner lr+nblr), chosen like ALPHA by validation recall over 1e-6 … 1e-4.
NB_ALPHA = {"offensive": 1e-5, "threat": 3e-5, "identity": 1e-5}
LEARNERS = ("lr", "lr+nblr")
LEARNER = "lr"
MAX_TRAIN_CHARS = 600
PROJECT_SET = ROOT / "tools" / "threat_training.tsv"
PROJECT_WEIGHT = 4.0
# Friendly second-person hard negatives written by the project (stop 30 textneg30; see the docstring):
# source "friendly", all in training (never in validation, so every held-back row and threshold
# source is the same as without them), weight FRIENDLY_WEIGHT, respelled like PROJECT_SET.
FRIENDLY_SET = ROOT / "tools" / "friendly_negatives.tsv"
# Everyday negatives of stop 35 (textmodel35): a professional's own day told (staffroom jokes, "sorted",
# "dealt with", night shifts, sport banter, kids, pets, cooking, weather); read with the friendly ones.
EVERYDAY35_SET = ROOT / "tools" / "everyday_negatives35.tsv"
# Everyday negatives of stop 36 (textmodel36): marketplace, swapping, lost-and-found and neighbourhood-notice posts
# ("selling my old trainers, dm for pics" was reviewed by the stop-35 model). NOT USED (EVERYDAY36_USED = False):
# on the grouped folds (bench/dev/textmodel36_folds.py) each half, trained on with set 35, cost no net recall but
# moved few of the other half's heads-alone reviews (the heads flag few of them in any arm), and every model built
# with them (with set 35: b; without: c) reviewed a functional test post or lost one (bench/README-text.md, "stop 36
# textmodel36"). EVERYDAY36_USED = True reads them with the friendly ones (same weight, respelled, training only).
EVERYDAY36_SET = ROOT / "tools" / "everyday_negatives36.tsv"
EVERYDAY36_USED = False
FRIENDLY_FILES = (FRIENDLY_SET, EVERYDAY35_SET, *((EVERYDAY36_SET,) if EVERYDAY36_USED else ()))
# Sources that only train (never held back), at PROJECT_WEIGHT.
TRAIN_ONLY = ("everyday", "friendly")
# Weight of the friendly negatives (tried: PROJECT_WEIGHT 4 and 1 on the grouped folds, see the docstring).
# 1 since stop 35: the weight of the two textneg30 measured on the folds that cost the least recall
# (weight 4 lost 9 of 2,119), fixed before stop 35's folds; no benchmark set's figure chose it.
FRIENDLY_WEIGHT = 1.0
# Not used by the shipped model: on the grouped folds (bench/dev/textneg30_folds.py) they cost
# offensive recall (weight 4: -9 of 2,119; weight 1: -3 with precision a hair lower), so the rule
# "ship only if recall drops by at most 3 and precision does not drop" was not met clearly
# (bench/README-text.md, "stop 30 textneg30"). --friendly [--friendly-weight W] trains with them.
# USED since stop 35 (branch textmodel35), with tools/everyday_negatives35.tsv, at weight 1, together with
# sets 33 and 34 in the offence heads: on the grouped folds (bench/dev/textmodel35_folds.py) each half of the
# negatives, trained on, cut the reviews of the OTHER half (never trained on) by a fifth to a third at no
# loss of recall; with sets 33 + 34 the offensive area gained 20 / lost 16 (half A) and 25 / 14 (half B)
# of 2,759 at the same precision, and the model built keeps every everyday test post clear
# (bench/README-text.md, "stop 35 textmodel35").
FRIENDLY_USED = True
# Weight of the group-swapped copies of corpus texts (swap_groups; 0 = none, the model before
# 2026-11-29 textrecall2).
GROUP_SWAP_WEIGHT = 1.0
# Weight of every in-domain post of selfaudit's own benchmark sets (bench/data/posts*.tsv marked
# "tuned (training data)" in bench/bench_text.py), per head; 0 = the head is trained without them
# (as every head was before textdata3). Chosen by the grouped (leave-sets-out) validation of
# bench/dev/textdata3_folds.py (in git at f559bd3) over 2, 4, 8, 16, 32 (all heads alike): left-out offensive recall
# rose with the weight (0.785 with none -> 0.830 / 0.848 / 0.855 / 0.862 at 2 / 4 / 8 / 16) while
# the corpora's held-back threat recall fell (0.606 -> 0.582 / 0.564 / 0.533 at 4 / 8 / 16), and
# the threat head trained on them sent everyday posts of the tests for review ("Watch your back
# on the ice by the school gates", "I better hope the train is on time tomorrow": it learned the
# posts' menace phrasing). So the threat head keeps today's training (weight 0), and the
# offensive and identity heads took the posts at 8 (bench/README-text.md, "In-domain training data").
# Stop 27: trained on sets 1-23 and judged on sets 24-26 (left out), weight 4 / 8 / 16 / 32 flagged
# 243 / 251 / 258 / 258 of their 319 offensive posts with 15 / 15 / 16 / 16 false flags; but trained
# on all 26 sets at 16, the offensive head reviewed two everyday posts of the tests ("Make sure you
# lock your car tonight, there's been break-ins" 0.95, "Be a shame if the rain ruins the barbecue")
# that it leaves alone at 8: it stays at 8. The threat head at 8 on the same split gained 6 posts
# but reviewed five everyday posts of the tests again: it stays at 0.
POSTS_WEIGHT = {"offensive": 8.0, "threat": 0.0, "identity": 8.0}
# A post's labels -> the heads: offensive = any abuse label, threat, identity = discriminatory.
# Posts labelled only with possible offences, confidential material or the organisation are
# negatives for every head (as clean posts are).
ABUSE_LABELS = frozenset({"threat", "insult", "obscene", "discriminatory"})
TRAINING_DATA = "tuned (training data)"

SHA256 = {
    "olid/olid-training-v1.0.tsv": "907e186e75876f1a77aeff72c97c988bdcd533493926567f7206da6f82f45ae9",
    "ghc/ghc_train.tsv": "c82a27336560d3a6822a4cc3f92856481af5fd63aa2ce8d0ca644d440d351d43",
    "latent_hatred/implicit_hate_v1_stg1_posts.tsv": "00811aca26d05ace390e7131eb311a3e9e0e39ecadb2b839a173d4f7e2ccea8b",
    "latent_hatred/implicit_hate_v1_stg2_posts.tsv": "116522bdc3417d5fdca79f5290fd06ec3f517abc78d0bd33041c5485965a7005",
    "stormfront/stormfront_sentences.tsv": "e36e598397440393826670ae0d273640db397c27a7db3024a8c7f11c1f192fce",
    "edos/edos_labelled_aggregated.csv": "607bdbb766e1803a28f0eb8fc21c14b6b9dfa20039f726ba6767438584b47f9b",
    "hatexplain/092-HateXplain.mbib.csv": "fc8d5437a6a50d4d4083a60effc0ccbea8df788487c7b3ab50d88a77c3ba023b",
    "hatexplain/orig_Data_post_id_divisions.json": "c2fb0d89862e7897b11ea3e9380753f15a793482b4b70ad0532dfb1212212835",
    "mlma/en_dataset_with_stop_words.csv": "75daa34f50aff5522cf39360c45ec0ea9474cba4bc55ed216cfdabd4c4f46ab6",
}
# The three corpora added on 2026-11-30 (see the docstring). Each head's threshold is still set on
# the held-back clean texts of the first five corpora and the project's texts only
# (THRESHOLD_SOURCES), so the operating point means what it meant before they came.
EXTRA_CORPORA = ("edos", "hatexplain", "mlma")
# Of those, the ones the shipped model trains on (--extra overrides): by the held-back validation of
# the first five corpora, only MLMA helped (bench/README-text.md, "More real corpora").
EXTRA_USED = ("mlma",)
# Corpora that label no threats: their texts are left out of the threat head (not taught as non-threats).
NO_THREAT_LABEL = ("hatexplain", "mlma")
THRESHOLD_SOURCES = ("ghc", "latent_hatred", "olid", "project", "stormfront", "toxigen")

# Real posts labelled UNDER THE POLICY (stop 40, branch textmodel40; see the docstring): 1,000 posts of EDOS's and
# HateXplain's TRAINING splits, labelled by four independent annotators (250 each) who saw no code, no result and no
# corpus label; tools/realtrain40_policy_labels.tsv holds our labels only (corpus, source id, labels, tag), the texts
# are joined by id from the corpora on disk (edos_split / hatexplain_split, "train"). Source "policy40": training
# only (never held back, so every threshold is still set on THRESHOLD_SOURCES' held-back texts), weight
# POLICY40_WEIGHT, added after the benchmark posts (add_policy). Heads: offensive = any abuse label, threat =
# threat, identity = discriminatory; a head not in POLICY40_HEADS is fitted without them. Posts tagged lang-xx
# are left out (the model reads English only).
# NOT USED (POLICY40_USED = False; the lead's rule, written before any run, bench/README-text.md "stop 40, branch textmodel40"):
# on 5 folds by a hash of the source id no weighting cut the model-only reviews of fine posts without also cutting the
# abusive posts the model flags (shipped 57 / 107 of 394 / 605; abusive and fine weight 8/8: 60 / 112; 0/8: 40 / 86;
# 8/16: 55 / 105; 8/32: 47 / 99; offensive and threat heads only at 8/16: 56 / 107, and on realfalse40's half A it
# reviewed as many fine posts (17) and caught one abusive post fewer (60 of 81)). Ranking improved (out-of-fold AUC
# abusive vs fine, offensive head 0.749 -> 0.777-0.780, identity 0.770 -> 0.803), the counts at the thresholds did not.
# ``--policy [--policy-weight A --policy-fine-weight F --policy-heads offensive,threat]`` builds the variants.
POLICY40_SET = ROOT / "tools" / "realtrain40_policy_labels.tsv"
POLICY40_USED = False
POLICY40_WEIGHT = 8.0  # the abusive posts' weight
POLICY40_FINE_WEIGHT = 16.0  # the fine posts' weight (0 = left out)
POLICY40_HEADS: tuple[str, ...] = ("offensive", "threat", "identity")
POLICY_CORPORA = ("edos", "hatexplain")
POLICY_LABELS = frozenset({"threat", "insult", "obscene", "discriminatory", "drink", "drugs", "violence", "antisocial",
                           "driving", "confidential", "org"})
POLICY_TAGS = frozenset({"abuse", "offence", "confidential", "org", "clean", "counter", "identity", "trap"})

Row = tuple[str, str, int, int, int]  # source, text, offensive, threat, identity


def _check(root: Path, rel: str) -> Path:
    path = root / rel
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if rel in SHA256 and digest != SHA256[rel]:
        print(f"warning: {rel} has sha256 {digest}, not the recorded one", file=sys.stderr)
    return path


def _tsv(path: Path) -> list[dict[str, str]]:
    csv.field_size_limit(1 << 24)
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def edos_split(path: Path, split: str) -> list[dict[str, str]]:
    """EDOS's rows (edos_labelled_aggregated.csv: text, label_sexist "sexist" / "not sexist",
    label_category "1. threats, plans to harm and incitement" … "4. …" or "none") of one split
    ("train", "dev" or "test"), in file order. Shared by load_extra() (train) and
    bench/corpus_set.py (test), so both read the split the same way."""
    csv.field_size_limit(1 << 24)
    with path.open(encoding="utf-8", newline="") as fh:
        return [r for r in csv.DictReader(fh) if r["split"] == split]


# HateXplain's majority label as MBIB's copy codes it in ``category`` (3: no majority among the post's
# three annotators; such posts are in none of the divisions file's splits).
HATEXPLAIN_CATEGORY = {"0": "normal", "1": "hatespeech", "2": "offensive", "3": "no majority"}


def hatexplain_split(csv_path: Path, divisions: Path, split: str) -> list[tuple[str, str, str]]:
    """(post id, text, category) of HateXplain's posts of one split ("train", "val" or "test") of
    orig_Data_post_id_divisions.json, joined on the MBIB csv's unnamed first column (the post id),
    in the csv's order; ``category`` is coded as in HATEXPLAIN_CATEGORY. Shared by load_extra()
    (train) and bench/corpus_set.py (test)."""
    ids = set(json.loads(divisions.read_text(encoding="utf-8"))[split])
    csv.field_size_limit(1 << 24)
    with csv_path.open(encoding="utf-8", newline="") as fh:
        return [(r[""], r["text"], r["category"]) for r in csv.DictReader(fh) if r[""] in ids]


def load_extra(root: Path) -> list[Row]:
    """EDOS's and HateXplain's training splits only (their dev and test splits are never read), and
    MLMA's English tweets whose annotators agreed on normal or on hostile."""
    rows: list[Row] = []
    csv.field_size_limit(1 << 24)
    for r in edos_split(_check(root, "edos/edos_labelled_aggregated.csv"), "train"):
        sexist = r["label_sexist"] == "sexist"
        threat = r["label_category"].startswith("1.")
        rows.append(("edos", r["text"], int(sexist), int(threat), int(sexist)))
    divisions = _check(root, "hatexplain/orig_Data_post_id_divisions.json")
    for _, text, cat in hatexplain_split(_check(root, "hatexplain/092-HateXplain.mbib.csv"), divisions, "train"):
        if cat in ("0", "1", "2"):  # 3 = no majority among its annotators
            rows.append(("hatexplain", text, int(cat in ("1", "2")), 0, int(cat == "1")))
    with _check(root, "mlma/en_dataset_with_stop_words.csv").open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            says = set(r["sentiment"].split("_"))
            hostile = bool(says & {"offensive", "hateful", "abusive", "disrespectful"})
            if hostile != ("normal" in says):  # annotators who disagreed (or only "fearful"): left out
                rows.append(("mlma", r["tweet"], int(hostile), 0, int("hateful" in says)))
    return rows


def read_policy_labels(path: Path) -> list[tuple[str, str, frozenset[str], str]]:
    """(corpus, source id, labels, tag) of a policy-labels file (``corpus<TAB>source id<TAB>labels<TAB>tag``, labels
    comma-separated or ``-``; ``#`` lines are comments). A malformed line, an unknown corpus, label or tag, or an id
    given twice raises ValueError naming the line: a label misread would train the heads on the wrong side."""
    out: list[tuple[str, str, frozenset[str], str]] = []
    seen: set[tuple[str, str]] = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) != 4 or not all(cols[:2]) or not cols[3]:
            raise ValueError(f"{path}:{n}: expected corpus<TAB>source id<TAB>labels<TAB>tag")
        corpus, sid, labels, tag = cols
        want = frozenset() if labels in ("-", "") else frozenset(x.strip() for x in labels.split(","))
        if corpus not in POLICY_CORPORA:
            raise ValueError(f"{path}:{n}: unknown corpus {corpus!r}")
        if not want <= POLICY_LABELS:
            raise ValueError(f"{path}:{n}: unknown label(s) {sorted(want - POLICY_LABELS)}")
        if tag not in POLICY_TAGS and not re.fullmatch(r"lang-[a-z]{2,3}", tag):
            raise ValueError(f"{path}:{n}: unknown tag {tag!r}")
        if (corpus, sid) in seen:
            raise ValueError(f"{path}:{n}: {corpus} {sid} labelled twice")
        seen.add((corpus, sid))
        out.append((corpus, sid, want, tag))
    return out


def policy_texts(root: Path) -> dict[tuple[str, str], str]:
    """(corpus, source id) -> text of every post of EDOS's and HateXplain's TRAINING splits (the only splits the
    policy labels come from; dev/val/test are never read here), white space collapsed as the annotators saw it."""
    out = {("edos", r["rewire_id"]): r["text"] for r in edos_split(_check(root, "edos/edos_labelled_aggregated.csv"), "train")}
    divisions = _check(root, "hatexplain/orig_Data_post_id_divisions.json")
    for pid, text, _ in hatexplain_split(_check(root, "hatexplain/092-HateXplain.mbib.csv"), divisions, "train"):
        out[("hatexplain", pid)] = text
    return {k: " ".join(v.split()) for k, v in out.items()}


def policy_rows(labels: list[tuple[str, str, frozenset[str], str]], texts: dict[tuple[str, str], str]) -> list[tuple[str, Row]]:
    """(source id, row) per labelled English post, its text joined by id; an id with no text in the training
    splits raises ValueError (a label must never be trained on another post's text)."""
    out: list[tuple[str, Row]] = []
    for corpus, sid, want, tag in labels:
        if (corpus, sid) not in texts:
            raise ValueError(f"{corpus} {sid}: not in the {corpus} training split")
        text = texts[(corpus, sid)]
        if tag.startswith("lang-") or not text.strip():
            continue
        out.append((sid, ("policy40", text, int(bool(want & ABUSE_LABELS)), int("threat" in want), int("discriminatory" in want))))
    return out


def add_policy(d: dict, rows: list[Row], weight: float = POLICY40_WEIGHT) -> dict:
    """The dataset with the policy-labelled posts added to training only (source "policy40", this weight); fit_model
    fits a head not in POLICY40_HEADS without them."""
    import scipy.sparse as sp

    if not rows:
        return d
    n = len(rows)
    print(f"policy40: {n} policy-labelled real posts added to training (weight {weight:g}); "
          + ", ".join(f"{h} {sum(r[2 + i] for r in rows)}" for i, h in enumerate(HEADS)))
    return {
        "X": sp.vstack([d["X"], features([r[1][:MAX_TRAIN_CHARS] for r in rows])], format="csr"),
        "Y": {h: np.concatenate([d["Y"][h], np.array([r[2 + i] for r in rows])]) for i, h in enumerate(HEADS)},
        "sources": np.concatenate([d["sources"], np.array(["policy40"] * n)]),
        "tr": np.concatenate([d["tr"], np.ones(n, dtype=bool)]),
        "val": np.concatenate([d["val"], np.zeros(n, dtype=bool)]),
        "weight": np.concatenate([d["weight"], np.full(n, weight)]),
    }


def add_policy_split(d: dict, rows: list[Row], abusive_weight: float, fine_weight: float) -> dict:
    """add_policy for the abusive posts (any abuse label) at abusive_weight, then the fine ones at fine_weight; a weight
    0 leaves those posts out. The order (abusive first) is part of the rebuild: bench/dev/textmodel40_folds.py fits
    its fold models the same way."""
    pos = [r for r in rows if r[2]] if abusive_weight else []
    neg = [r for r in rows if not r[2]] if fine_weight else []
    return add_policy(add_policy(d, pos, abusive_weight), neg, fine_weight)


def friendly_texts(half: str = "", files: tuple[Path, ...] = FRIENDLY_FILES) -> list[str]:
    """The clean texts of the friendly / everyday negative files, in file order. ``half`` "A" or "B" keeps
    one half of each file by a rule fixed before any score was looked at (stop 35): a file's clean
    lines numbered from 0 in file order (comments and blank lines skipped), A = even numbers, B = odd;
    "" keeps all. (bench/dev/friendly_split.py's design/test split is textfp31's, a different one.)"""
    out: list[str] = []
    for path in files:
        lines = [line.split("\t", 1) for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
        clean = [text.strip() for label, text in lines if label == "clean"]
        out += [t for i, t in enumerate(clean) if not half or (i % 2 == 0) == (half == "A")]
    return out


def load(root: Path, extra: tuple[str, ...] = EXTRA_USED, friendly: bool = FRIENDLY_USED, friendly_half: str = "",
         friendly_files: tuple[Path, ...] = FRIENDLY_FILES) -> list[Row]:
    rows: list[Row] = []
    with _check(root, "olid/olid-training-v1.0.tsv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            off = r["subtask_a"] == "OFF"
            rows.append(("olid", r["tweet"], int(off), 0, int(off and r["subtask_c"] == "GRP")))
    for r in _tsv(_check(root, "ghc/ghc_train.tsv")):
        hd, cv, vo = (r[k] == "1" for k in ("hd", "cv", "vo"))
        rows.append(("ghc", r["text"], int(hd or cv or vo), int(cv), int(hd)))
    threatening = {r["post"].strip() for r in _tsv(_check(root, "latent_hatred/implicit_hate_v1_stg2_posts.tsv"))
                   if "threatening" in (r.get("implicit_class"), r.get("extra_implicit_class"))}
    for r in _tsv(_check(root, "latent_hatred/implicit_hate_v1_stg1_posts.tsv")):
        hate = r["class"] in ("explicit_hate", "implicit_hate")
        rows.append(("latent_hatred", r["post"], int(hate), int(r["post"].strip() in threatening), int(hate)))
    with _check(root, "stormfront/stormfront_sentences.tsv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if r["label"] in ("hate", "noHate"):
                hate = r["label"] == "hate"
                rows.append(("stormfront", r["text"], int(hate), 0, int(hate)))
    seen: set[str] = set()
    for f in sorted(glob.glob(str(root / "toxigen" / "*_1k.txt"))):
        hate = Path(f).name.startswith("hate_")
        for line in Path(f).read_text(encoding="utf-8").splitlines():
            for part in line.split("\\n"):
                s = part.strip().lstrip("-").strip()
                if s and s not in seen:
                    seen.add(s)
                    rows.append(("toxigen", s, int(hate), 0, int(hate)))
    if extra:
        rows += [r for r in load_extra(root) if r[0] in extra]
    project_labels = {"threat": (1, 1, 0), "attack": (1, 0, 0), "identity": (1, 0, 1), "clean": (0, 0, 0)}
    for line in PROJECT_SET.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, text = line.split("\t", 1)
            rows.append(("project", text.strip(), *project_labels[label]))
    rows += [("everyday", t, 0, 0, 0) for t in everyday_posts()]
    # Last, so every row before them (and so the held-back split) is unchanged by them.
    if friendly:
        rows += [("friendly", text, 0, 0, 0) for text in friendly_texts(friendly_half, friendly_files)]
    # One label set per text: a text repeated with different labels keeps its first (the
    # split below is by distinct text, so no text is on both sides).
    out: dict[str, Row] = {}
    for row in rows:
        key = " ".join(row[1].lower().split())
        if key and key not in out:
            out[key] = row
    return list(out.values())


def _bench():
    sys.path.insert(0, str(ROOT / "bench"))
    import bench_text

    return bench_text


def post_sets() -> list[str]:
    """The benchmark's post sets recorded as training data (bench_text.SETS), in its order."""
    return [n for n, (_, status, _) in _bench().SETS.items() if n.startswith("posts") and status == TRAINING_DATA]


def load_posts(names: list[str]) -> list[Row]:
    """The English posts of these benchmark sets (each set's sha256 checked as bench_text.py
    does) as rows whose source is the set's name. Posts tagged lang-xx are left out: the model
    only ever reads English."""
    B = _bench()
    out: list[Row] = []
    for name in names:
        B.check_frozen(name)  # exits if the set changed since it was frozen
        for labels, tag, text in B.rows(name, 3):
            if tag.strip().startswith("lang-") or not text.strip():
                continue
            want = {x.strip() for x in B.our_labels(labels).split(",")}
            out.append((name, text, int(bool(want & ABUSE_LABELS)), int("threat" in want), int("discriminatory" in want)))
    return out


_PUNCT = re.compile(r"[^\w\s']+")
_TEXTSPEAK = [(re.compile(rf"\b{a}\b", re.I), b) for a, b in
              (("you're", "ur"), ("your", "ur"), ("you", "u"), ("are", "r"), ("i'm", "im"), ("going to", "gonna"), ("don't", "dont"))]


def respellings(text: str) -> list[str]:
    """The same text as people also type it: lower case without punctuation, and text-speak."""
    plain = " ".join(_PUNCT.sub(" ", text.lower()).split())
    speak = plain
    for rx, b in _TEXTSPEAK:
        speak = rx.sub(b, speak)
    return [t for t in dict.fromkeys((plain, speak)) if t != text.lower()]


# Everyday short posts built from the words personal threats share with ordinary life (walk,
# home, tonight, kids, car, door, hospital, visit...), so that those words alone do not score as
# menace: the project's threat texts are full of them. Written by the project; deterministic.
_EVERYDAY_START = ["Lovely", "Nice", "Long", "Quick", "Great", "Busy", "Lazy", "Cold", "Rainy", "Sunny", "Early", "Late", "Quiet", "Brilliant", "Tiring"]
_EVERYDAY_THING = ["walk", "run", "drive", "day", "morning", "evening", "night", "shift", "visit", "trip", "swim", "bike ride", "school run", "dog walk",
                   "day at work", "night in", "weekend", "afternoon", "lunch", "visit to the hospital", "visit to my mum's", "trip to the park"]
_EVERYDAY_WITH = ["today", "tonight", "this morning", "with the kids", "with the dog", "with my daughter", "with my son", "with the family",
                  "with my husband", "with my wife", "by the river", "in the park", "at home", "after work", "on the beach", "round the lake",
                  "to the shops", "in town", "with my mum", "with the team", "at the hospital", "before school", "on the bus", "in the car"]
_EVERYDAY_END = ["", "", "!", " 😊", " x", ", just what I needed", ", back home now", ", see you all soon", ", kids loved it", ", shattered now",
                 ", roll on the weekend", ", home for tea", " #blessed", ", can't wait to do it again", ", next time we'll bring a picnic"]
_EVERYDAY_LINES = ["Heading home now", "See you tomorrow", "See you soon", "See you all at the gates", "Kids in bed, finally", "Home safe",
                   "Off to visit my nan in hospital", "Visiting hours are nearly over", "Just dropped the kids at school", "Car's in the garage again",
                   "New front door, new windows, new us", "The dog's asleep on my feet", "Back to work tomorrow", "Finished my shift, going home",
                   "Waiting for the bus in the rain", "Train's late again", "Night all", "Sleep well everyone", "Family first, always",
                   "Knock off time", "Tonight's plan: sofa", "My daughter's first sleepover tonight", "Picking my son up from the station",
                   "Dinner at my mum's tonight", "Walking home, lovely evening", "Popping round to see my sister later",
                   "Lovely day", "What a night", "Long day", "School's out", "Park run done", "Watching the match tonight"]


# Kind words to someone, in the second person that threats use too ("got your address, the
# invite is in the post", "flowers on your grave", "I'll get you a coffee").
_KIND_DO = ["I'll get you", "Got you", "Bought you", "Sending you", "Saved you", "I'll bring you", "Made you", "Left you", "Posted you", "Picked you up"]
_KIND_WHAT = ["a coffee", "a cake", "a card", "some flowers", "a present", "a seat", "a plate", "a ticket", "a little something", "a copy of the photos"]
_KIND_WHEN = [" on the way in", " for tomorrow", " for your birthday", " for the weekend", "", " for the party", " after work", " for the kids"]
_KIND_LINES = ["Got your address now, {x} is in the post", "Found your address in my old book, {x} is on its way", "Your {x} is on its way, check your doorstep",
               "Rest in peace {w}, {x} on your grave every Sunday", "Miss you every day {w}, brought {x} to your grave", "Thinking of you today {w}, {x} for you",
               "Hope your {f} loves {x}", "Your {f} is a star, {x} from all of us", "Tell your {f} {x} is waiting at reception"]
_KIND_FILL = {"x": ["the invite", "a card", "some flowers", "the wedding invite", "a parcel", "a present", "a thank you card"],
              "w": ["Grandad", "Nan", "Mum", "Dad", "Auntie Jean", "old friend"],
              "f": ["daughter", "son", "mum", "little one", "husband", "wife", "team"]}


def everyday_posts(n: int = 900, kind: int = 500, seed: int = 7) -> list[str]:
    rng = np.random.default_rng(seed)
    out = list(_EVERYDAY_LINES)
    while len(out) < n:
        out.append(f"{rng.choice(_EVERYDAY_START)} {rng.choice(_EVERYDAY_THING)} {rng.choice(_EVERYDAY_WITH)}{rng.choice(_EVERYDAY_END)}")
    for _ in range(kind):
        if rng.random() < 0.5:
            out.append(f"{rng.choice(_KIND_DO)} {rng.choice(_KIND_WHAT)}{rng.choice(_KIND_WHEN)}{rng.choice(_EVERYDAY_END)}")
        else:
            line = str(rng.choice(_KIND_LINES))
            out.append(line.format(**{k: rng.choice(v) for k, v in _KIND_FILL.items()}))
    # One- and two-word replies ("Lovely!", "Nice one"): threats often praise with irony, so
    # their words must not score on their own.
    short = ["Lovely", "Nice", "Nice one", "Beautiful", "Gorgeous", "Amazing", "Love it", "Love this", "Thanks", "Thank you", "Congrats",
             "Congratulations", "Well done", "Brilliant", "Stunning", "So cute", "Aww", "Bless", "Cute", "Lovely photo", "Lovely family",
             "Lovely house", "Nice car", "Lovely kids", "Nice garden", "See you soon", "Soon", "Tonight", "Tomorrow", "Yes", "Fab", "Ace",
             "Happy birthday", "Miss you", "Good luck", "Proud of you", "Lovely pic", "Beautiful girl", "Handsome lad", "Sweet dreams"]
    out += [f"{w}{e}" for w in short for e in ("", "!", " x", " ❤️", " 😊", "!!")]
    out += job_bios(rng)
    return list(dict.fromkeys(out))


# Bios and posts naming the writer's own job: the project's threats are often aimed at social
# workers, teachers and nurses, so without these the threat head scored "Social worker. Runner.
# Mum." over its threshold (a safeguarding professional's ordinary bio).
_JOBS = ["Social worker", "Teacher", "Nurse", "Police officer", "Youth worker", "Foster carer", "Health visitor", "Midwife", "Paramedic",
         "GP", "Support worker", "Safeguarding lead", "SENCO", "Early years practitioner", "Probation officer", "Counsellor", "Carer",
         "Child protection social worker", "Family support worker", "Residential care worker", "Teaching assistant", "Head teacher", "Mental health nurse"]
_ME = ["Runner", "Mum", "Dad", "Mum of two", "Dad of 3", "Dog lover", "Coffee addict", "Baker", "Cyclist", "Reader", "Gardener", "Football fan",
       "Swimmer", "Wife", "Husband", "Nan", "Proud mum", "Proud dad", "Views my own", "Opinions my own", "Londoner", "Northerner", "Tea drinker", "Knitter"]
_JOB_POSTS = ["Proud to be a {j}", "Another shift done, {j} life", "First day as a newly qualified {j} tomorrow", "Ten years as a {j} this week",
              "Being a {j} is hard some days, worth it though", "Any other {j}s out there?", "Thank you to every {j} out there"]


def job_bios(rng: np.random.Generator, n: int = 400) -> list[str]:
    out = []
    for _ in range(n):
        job, me = str(rng.choice(_JOBS)), [str(x) for x in rng.choice(_ME, size=int(rng.integers(1, 4)), replace=False)]
        sep = str(rng.choice([". ", " | ", ", ", " · ", " and "]))
        if rng.random() < 0.75:
            out.append(sep.join([job, *me]) + str(rng.choice(["", ".", " 🏃‍♀️", " ☕"])))
        else:
            out.append(str(rng.choice(_JOB_POSTS)).format(j=job.lower() if job not in ("GP", "SENCO") else job))
    return out


# Groups a swapped copy may name instead (plural nouns, as the corpora's attacks use them):
# the corpora attack a few groups far more than others, so the model would learn the group,
# not what is said of it; swapped copies (both labels alike) teach the predicate.
SWAP_GROUPS = ["muslims", "jews", "immigrants", "migrants", "refugees", "asylum seekers", "black people", "asians", "mexicans",
               "poles", "romanians", "albanians", "travellers", "gypsies", "somalis", "nigerians", "pakistanis", "indians", "chinese",
               "arabs", "gay people", "lesbians", "trans people", "trans women", "women", "disabled people", "autistic people",
               "sikhs", "hindus", "catholics", "eastern europeans", "foreigners", "irish", "kurds", "afghans", "syrians"]


# The group names a swapped copy replaces: text_group's _GROUP as it was when the group swap was
# added (commit 2262c92), frozen here so that edits to text_group's rules do not change the
# training data (they had: 7,916 copies then, 7,984 with the regex of 2026-11-30, and the shipped
# weights could no longer be rebuilt).
_GROUP = re.compile((ROOT / "tools" / "group_swap_pattern.txt").read_text(encoding="utf-8").strip())


def swap_groups(text: str, seed: int) -> str:
    """The text with every group it names replaced by one other group; "" if it names none."""
    low = text.lower()
    if not _GROUP.search(low):
        return ""
    rng = np.random.default_rng(seed)
    return _GROUP.sub(str(rng.choice(SWAP_GROUPS)), low)


def heldback(sources: np.ndarray) -> np.ndarray:
    """The validation rows: 10 % of every corpus (the easy everyday posts all train), drawn with a
    fixed seed, the first five corpora and the project's texts in the same order as before the
    corpora of 2026-11-30 came, so their held-back rows are the same texts as before."""
    rng = np.random.default_rng(20191)
    val = np.zeros(len(sources), dtype=bool)
    for s in sorted(set(sources) - set(TRAIN_ONLY), key=lambda s: (s in EXTRA_CORPORA, s)):
        idx = np.flatnonzero(sources == s)
        val[rng.choice(idx, size=len(idx) // 10, replace=False)] = True
    return val


def dataset(corpora: Path, group_swap: float = GROUP_SWAP_WEIGHT, extra: tuple[str, ...] = EXTRA_USED, friendly: bool = FRIENDLY_USED,
            friendly_weight: float = FRIENDLY_WEIGHT, friendly_half: str = "", friendly_files: tuple[Path, ...] = FRIENDLY_FILES) -> dict:
    """Features, labels, sources, weights and the fixed train/validation split (every learner
    tried is measured on this same split)."""
    import scipy.sparse as sp

    rows = load(corpora, extra, friendly, friendly_half, friendly_files)
    # Posts are short; long forum posts are cut so that they do not dominate the n-gram weights.
    texts = [r[1][:MAX_TRAIN_CHARS] for r in rows]
    sources = np.array([r[0] for r in rows])
    Y = {h: np.array([r[2 + i] for r in rows]) for i, h in enumerate(HEADS)}
    for s in sorted(set(sources)):
        m = sources == s
        print(f"{s}: {m.sum()} texts; " + ", ".join(f"{h} {Y[h][m].sum()}" for h in HEADS))
    X = features(texts)
    val = heldback(sources)
    tr = ~val
    # The project's texts enter training again in their respellings (never in validation).
    extra = [(i, t) for i in np.flatnonzero(tr & np.isin(sources, ["project", "friendly"])) for t in respellings(texts[i])]
    if extra:
        X = sp.vstack([X, features([t for _, t in extra])], format="csr")
        idx_extra = np.array([i for i, _ in extra])
        Y = {h: np.concatenate([Y[h], Y[h][idx_extra]]) for h in HEADS}
        sources = np.concatenate([sources, sources[idx_extra]])
        tr = np.concatenate([tr, np.ones(len(extra), dtype=bool)])
        val = np.concatenate([val, np.zeros(len(extra), dtype=bool)])
        print(f"project: {len(extra)} respellings added to training")
    weight = np.where(np.isin(sources, ["project", "everyday"]), PROJECT_WEIGHT, np.where(sources == "friendly", friendly_weight, 1.0))
    if group_swap:
        swapped = [(i, t) for i in np.flatnonzero(tr & ~np.isin(sources, ["project", *TRAIN_ONLY])) if (t := swap_groups(texts[i], i))]
        if swapped:
            X = sp.vstack([X, features([t for _, t in swapped])], format="csr")
            idx_sw = np.array([i for i, _ in swapped])
            Y = {h: np.concatenate([Y[h], Y[h][idx_sw]]) for h in HEADS}
            # A copy of a corpus added on 2026-11-30 keeps its origin in its name (NO_THREAT_LABEL).
            sources = np.concatenate([sources, np.array(["swapped-" + sources[i] if sources[i] in EXTRA_CORPORA else "swapped" for i, _ in swapped])])
            tr = np.concatenate([tr, np.ones(len(swapped), dtype=bool)])
            val = np.concatenate([val, np.zeros(len(swapped), dtype=bool)])
            weight = np.concatenate([weight, np.full(len(swapped), group_swap)])
            print(f"group swap: {len(swapped)} copies added to training (weight {group_swap})")
    return {"X": X, "Y": Y, "sources": sources, "tr": tr, "val": val, "weight": weight}


def add_posts(d: dict, rows: list[Row]) -> dict:
    """The dataset with these in-domain posts added to training (never to the validation split:
    the thresholds stay set on the corpora's held-back texts, as before). Their weight is set per
    head by fit_model (a head with weight 0 is fitted without them)."""
    import scipy.sparse as sp

    if not rows:
        return d
    n = len(rows)
    print(f"posts: {n} in-domain posts from {len({r[0] for r in rows})} sets added to training; "
          + ", ".join(f"{h} {sum(r[2 + i] for r in rows)}" for i, h in enumerate(HEADS)))
    return {
        "X": sp.vstack([d["X"], features([r[1][:MAX_TRAIN_CHARS] for r in rows])], format="csr"),
        "Y": {h: np.concatenate([d["Y"][h], np.array([r[2 + i] for r in rows])]) for i, h in enumerate(HEADS)},
        "sources": np.concatenate([d["sources"], np.array(["posts"] * n)]),
        "tr": np.concatenate([d["tr"], np.ones(n, dtype=bool)]),
        "val": np.concatenate([d["val"], np.zeros(n, dtype=bool)]),
        "weight": np.concatenate([d["weight"], np.ones(n)]),
    }


# Two heads trained on selfaudit's own post sets alone (branch textdata4, 2026-11-30): no public
# corpus labels possible offences (drink, drugs, violence, antisocial behaviour, driving) or
# confidential work material, so the sets are the data. Positives: the post's labels meet
# POST_HEAD_LABELS[head]; negatives: every other English post of the sets (abuse, everyday,
# professional, traps) and everyday_posts(). The existing three heads are not touched: these are
# fitted on their own rows and appended to the npz.
POST_HEAD_LABELS = {"offence": frozenset({"alcohol", "drugs", "violence", "antisocial", "driving"}),
                    "confidential": frozenset({"confidential", "practice", "work_material"})}
# Chosen by the grouped validation (bench/dev/textdata4_folds.py) over 1e-4 and 1e-5.
POST_HEAD_ALPHA = {"offence": 1e-4, "confidential": 1e-4}
# Share of the held-back sets' negative posts a head may flag on its own (each flag is a review).
# Chosen by the grouped validation over 0.25 % ... 4 % (bench/README-text.md, "Possible-offence and
# confidential heads"): at 0.25 % (fitted on the scored form) the confidential head raised
# left-out recall 0.729 -> 0.886 with precision 0.955 -> 0.936 and 6 more reviews on 1,085
# must-not-fail posts.
POST_HEAD_RATE = {"offence": 0.0025, "confidential": 0.0025}
# The post heads shipped. The possible-offence head was left out at first: on textdata4's folds
# it caught 14-22 more of 651 offence posts for 6-9 more must-not-fail reviews. On the six sets
# written since (21-26, never trained on), fitted on sets 1-20 at 0.25 %, it caught 10 more of
# 263 with no new false flag and no must-not-fail post flagged, so it ships (stop 27).
# ``--post-heads confidential`` rebuilds the model without it.
SHIPPED_POST_HEADS = ("offence", "confidential")
# Training sets a post head is NOT fitted on (stop 30, branch textdata30). Sets 27-29 joined the
# training posts then; on the grouped folds (bench/dev/text_folds.py --new-set 27-29) the possible-offence
# head fitted with them gained 2 and lost 2 of 914 left-out offence posts (no gain), and fitted on
# all 30 sets it reviewed three everyday posts of the tests ("did a line dance at the wedding",
# "paid for my ticket and sneaked in the back", "broke up a punch up at the bus stop": 0.93-0.94
# against 0.931). The confidential head fitted with them gained 8 and lost 4 of 713 left-out posts
# with 6 more false flags (precision 0.944 -> 0.936), and lost 5 of sets 7-26's posts: no clear
# gain either. So both post heads stay fitted on the sets before them (their arrays are the
# stop-27 model's, byte for byte); the offensive and identity heads take them.
_SETS_27_29 = ("posts_untouched27.tsv", "posts_untouched28.tsv", "posts_untouched29.tsv")
# Set 30 (stop 31, branch textdata31) likewise: fitted as the heads ship (without 27-29) and with set 30,
# on the folds of bench/dev/textdata31_post_heads.py, the confidential head gained 9 and lost 6 of 819
# left-out posts with 12 more flags (precision 0.948 -> 0.937), the possible-offence head 1 / 2 of
# 1,049: no clear gain. (Fitted on every set, 27-29 included, set 30 added 12 / 0 confidential posts at
# the same precision, but that head, against the shipped one, is 27-29's head too, which stop 30 did
# not take: left to the lead.)
_SETS_27_30 = (*_SETS_27_29, "posts_untouched30.tsv")
# Set 31 (stop 32, branch textdata32) in the three offence heads (offensive, threat, identity): on the
# grouped folds of bench/dev/text_folds.py --new-set 31 it gained 5 and lost 3 of 2,543 abusive posts at the same
# precision (0.940) with one must-not-fail review fewer, but the model trained on it reviewed an everyday
# test post ("i hope she chokes on her words lol", offensive 0.74 over a threshold of 0.738;
# tests/text/test_text_functional.py). As stop 27 did for T1-T5 on a like trade, it waits: the three
# heads keep their stop-31 fit (sets 1-30). --post-sets <the sets, 31 included> builds the other model.
# (Stop 33: the model trained on sets 1-32, 31 included, reviewed the same post again, offensive 0.77, so set
# 31 stays skipped while set 32 is taken: see _SET_32 below.)
# Set 33 (stop 34, branch textdata34, 2026-12-01) likewise: on the grouped folds of bench/dev/text_folds.py
# --new-set 33 (33 sets, every set left out once, each fold trained with and without set 33) the offensive
# area gained 15 and lost 7 of 2,759 abusive posts at the same precision (0.940), must-not-fail fails 0 -> 0,
# reviews 154 -> 155 (a counter-speech post); but the model trained on it reviewed an everyday test post
# ("whoever finishes the milk in the staffroom will get sorted with a stern note", offensive 0.75 over a
# threshold of 0.752; tests/text/test_get_dealt_with.py). So the three heads skip it too.
# Stop 35 (branch textmodel35, 2026-12-01): the three offence heads TAKE sets 33 and 34 (set 34 recorded as
# training data then), trained together with the friendly and everyday negatives (FRIENDLY_USED): on the
# grouped folds of bench/dev/textmodel35_folds.py (the 33 sets before 33, every set left out once) sets 33 + 34
# alone gained 19 and lost 6 of 2,759 abusive posts (precision 0.9405 -> 0.9396) but their model reviews the
# staffroom-milk test post (offensive 0.78 over 0.734); with the negatives (half A / half B, the other half
# never trained on) 20 / 16 and 25 / 14 at precision 0.9402 / 0.9396, must-not-fail reviews 153 -> 151 / 152,
# and the model built on every set and both halves keeps tests/text green (the milk post 0.68 under 0.753).
# Set 31 stays skipped (not measured again this round).
# Stop 36 (branch textmodel36, 2026-12-01): set 35 (its status line is textrules36's), if recorded as training data, the
# three offence heads SKIP it: on the grouped folds of bench/dev/textmodel36_folds.py (every one of the 35 training sets
# left out once) it gained more than it lost, but the model built with it (on every set) reviews an everyday functional
# test post ("someone should give that lollipop lady a medal, out in all weathers", offensive 0.78 over 0.763;
# tests/text/test_someone_should_give_him.py), as sets 31 and 33 once did; trained together with the marketplace
# negatives (tools/everyday_negatives36.tsv) it still does (0.75 over 0.747). Figures: bench/README-text.md, "stop 36".
OFFENCE_HEADS_SKIP_SETS: tuple[str, ...] = ("posts_untouched31.tsv", "posts_untouched35.tsv")
# And in the post heads: fitted as the heads ship (without 27-30), on the folds of
# bench/dev/textdata32_post_heads.py, set 31 gave the possible-offence head 3 gained / 0 lost of 1,094
# left-out posts at the same precision (0.903) and one must-not-fail review fewer: it takes set 31.
# The confidential head gained 4 and lost 10 of 854 (precision 0.951 -> 0.950): it does not.
_SETS_27_31 = (*_SETS_27_30, "posts_untouched31.tsv")
# (The possible-offence head does not skip it, but every fourth training set sets the post heads'
# thresholds and set 31 is the 28th: it joins that head's threshold sets, and the threshold stays 0.928.)
# Set 32 (stop 33, branch textdata33, 2026-12-01). The three offence heads TAKE it (set 31 stays
# skipped, above): on the grouped folds of bench/dev/text_folds.py --new-set 32 (32 sets, every set left out
# once, each fold trained with and without set 32) the offensive area gained 14 and lost 5 of 2,654
# abusive posts at the same precision (0.941 -> 0.940), must-not-fail fails 0 -> 0 (offensive-area
# reviews +1, a counter-speech post); the model it builds keeps tests/text green once the denied-dignity
# rule reads "never will I accept" (a functional post its identity score had caught at 0.68 over 0.662;
# the new identity threshold is 0.671). The post heads skip it: the possible-offence head fitted with it
# gained 4 and lost 5 of 1,139 with two more must-not-fail (trap) reviews; the confidential head as it
# ships (without 27-31; bench/dev/textdata33_post_heads.py) gained 11 and lost 7 of 890 (precision
# 0.951 -> 0.949), and in its shipped deal set 32 would be the 28th set, one of its threshold sets
# (every fourth), not a training set, so that gain would not ship either.
_SET_32 = ("posts_untouched32.tsv",)
# Set 33 in the post heads (stop 34): the possible-offence head fitted as it ships (without 27-30 and 32;
# bench/dev/textdata33_post_heads.py --new-set 33 --skip 27-30,32) gained 1 and lost 4 of 1,184 left-out
# offence posts; the confidential head fitted with every set gained 1 / 0 of 926 (text_folds.py), and in
# its shipped deal set 33 would be its 28th set, a threshold set (every fourth), not a training set. Both skip it.
_SET_33 = ("posts_untouched33.tsv",)
# Set 34 in the post heads (stop 35, branch textmodel35): that round measured the offence heads only, so
# both post heads skip it (their arrays are unchanged).
_SET_34 = ("posts_untouched34.tsv",)
# Set 35 in the post heads (stop 36, branch textmodel36): that round measured the offence heads only, so both post
# heads skip it (their arrays are unchanged).
_SET_35 = ("posts_untouched35.tsv",)
POST_HEAD_SKIP_SETS: dict[str, tuple[str, ...]] = {"offence": (*_SETS_27_30, *_SET_32, *_SET_33, *_SET_34, *_SET_35),
                                                   "confidential": (*_SETS_27_31, *_SET_32, *_SET_33, *_SET_34, *_SET_35)}


# "raw": the heads are fitted on the posts as written; "scored": on the form the analyser scores
# (normalised, harmless phrases blanked: text.py's analyse_many). Grouped validation, confidential
# head at 0.5 %: raw R 0.873 P 0.933, scored R 0.912 P 0.925 (must-not-fail reviews 12 / 14).
# Scored reads text_read.py's normalise and the harmless phrases: a change to those changes the training rows.
# Stop 36 (branch textmodel36): the harmless phrases are FROZEN in tools/post_heads_benign_pattern.txt (text.py's
# _BENIGN at 02d1e83, the text code the shipped post heads were last rebuilt with): review35's and the stop-35
# lead's new harmless phrases (text_patterns.BENIGN_PHRASES, after 02d1e83) had changed the post heads' rows, so
# the npz no longer rebuilt byte for byte from HEAD (the three offence heads did; the post heads' arrays moved).
# A rule round no longer moves the post heads; normalise is still read live (unchanged since 02d1e83).
POST_HEAD_FORM = "scored"
_POST_HEAD_BENIGN = re.compile((ROOT / "tools" / "post_heads_benign_pattern.txt").read_text(encoding="utf-8").strip())


def _as_scored(text: str) -> str:
    from selfaudit.analysis.text import normalise

    return _POST_HEAD_BENIGN.sub(" ", normalise(text)[1])


def threshold_sets(names: list[str]) -> list[str]:
    """The sets held back from a post head's training to set its threshold: every fourth set of
    the training sets (in bench_text's recorded order), so that the threshold is set on writers
    the head never saw, and never on a set being reported."""
    return names[3::4]


def post_head_rows(names: list[str]) -> list[tuple[str, str, frozenset[str]]]:
    """(set, text, labels) of the English posts of these sets (sha256 checked)."""
    B = _bench()
    out = []
    for name in names:
        B.check_frozen(name)
        for labels, tag, text in B.rows(name, 3):
            if tag.strip().startswith("lang-") or not text.strip():
                continue
            out.append((name, text, frozenset(x.strip() for x in B.our_labels(labels).split(","))))
    return out


def fit_post_heads(names: list[str], rates: dict[str, float] | None = None, alpha: dict[str, float] | None = None,
                   quiet: bool = False, heads: tuple[str, ...] = SHIPPED_POST_HEADS) -> dict[str, np.ndarray]:
    """The offence and confidential heads fitted on the posts of ``names`` minus threshold_sets(names)
    (and everyday_posts(), all negatives); each threshold is the score above which rates[head] of
    the held-back sets' negative posts fall. Returns the arrays to append to the npz."""
    say = (lambda *a, **k: None) if quiet else print
    rates, alpha = rates or POST_HEAD_RATE, alpha or POST_HEAD_ALPHA
    hold_names = set(threshold_sets(names))
    rows = post_head_rows(names)
    train = [r for r in rows if r[0] not in hold_names]
    hold = [r for r in rows if r[0] in hold_names]
    everyday = everyday_posts()
    seen = _as_scored if POST_HEAD_FORM == "scored" else (lambda t: t)
    X = features([seen(r[1][:MAX_TRAIN_CHARS]) for r in train] + [seen(t) for t in everyday])
    Xh = features([seen(r[1][:MAX_TRAIN_CHARS]) for r in hold])
    saved: dict[str, np.ndarray] = {}
    meta = [f"post heads: trained on {len(train)} posts of {len(names) - len(hold_names)} sets + {len(everyday)} everyday posts; "
            f"thresholds on {len(hold)} posts of the held-back sets {', '.join(sorted(hold_names))}"]
    for h in heads:
        y = np.array([int(bool(r[2] & POST_HEAD_LABELS[h])) for r in train] + [0] * len(everyday))
        w, b = _sgd(X, y, np.ones(len(y)), alpha[h], 60, 1e-4)
        w = np.where(np.abs(w) >= 1e-4, w, 0.0).astype(np.float16).astype(np.float64)
        p = 1.0 / (1.0 + np.exp(-(Xh @ w + b)))
        yh = np.array([int(bool(r[2] & POST_HEAD_LABELS[h])) for r in hold])
        neg = np.sort(p[yh == 0])[::-1]
        threshold = float(neg[int(len(neg) * rates[h])])
        k = int(((p > threshold) & (yh == 1)).sum())
        prec, rec = k / max(1, int((p > threshold).sum())), k / max(1, int(yh.sum()))
        say(f"[{h}] {int(y.sum())} positives in training; threshold {threshold:.3f} ({rates[h]:.1%} of the held-back sets' "
            f"{len(neg)} negatives above it): held-back precision {prec:.2f}, recall {rec:.2f} of {int(yh.sum())}")
        store_head(saved, h, w, b, threshold)
        meta.append(f"{h}: alpha={alpha[h]} threshold {threshold:.3f} at {rates[h]:.2%} of held-back negatives: P {prec:.2f} R {rec:.2f}")
    saved["meta_post_heads"] = np.str_("; ".join(meta))
    return saved


def fit_shipped_post_heads(names: list[str], heads: tuple[str, ...] = SHIPPED_POST_HEADS) -> dict[str, np.ndarray]:
    """fit_post_heads, each head on ``names`` minus its POST_HEAD_SKIP_SETS."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for h in heads:
        groups.setdefault(tuple(n for n in names if n not in POST_HEAD_SKIP_SETS.get(h, ())), []).append(h)
    if len(groups) == 1:  # every head on the same sets: exactly as before (the same meta, byte for byte)
        ((sets, hs),) = groups.items()
        return fit_post_heads(list(sets), heads=tuple(hs))
    post: dict[str, np.ndarray] = {}
    meta = []
    for sets, hs in groups.items():
        fitted = fit_post_heads(list(sets), heads=tuple(hs))
        meta.append(f"{'/'.join(hs)}: " + str(fitted.pop("meta_post_heads")))
        post.update(fitted)
    post["meta_post_heads"] = np.str_(" | ".join(meta))
    return post


def with_post_heads(arrays: dict[str, np.ndarray], post: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The three heads' arrays unchanged, the post heads' appended after them."""
    out = {k: v for k, v in arrays.items()}
    out["heads"] = np.array([*(str(h) for h in arrays["heads"]), *(h for h in POST_HEADS if f"index_{h}" in post)])
    out["meta"] = np.str_(str(arrays["meta"]) + "; " + str(post["meta_post_heads"]))
    out.update({k: v for k, v in post.items() if k != "meta_post_heads"})
    return out


def nb_ratios(X, y: np.ndarray, weight: np.ndarray, smoothing: float = 1.0) -> np.ndarray:
    """Naive-Bayes log-count ratio of every feature (Wang & Manning 2012): how much likelier it
    is present in a positive text than in a negative one (sample-weighted, add-one smoothed)."""
    present = X.copy()
    present.data[:] = 1.0
    pos = np.asarray(present[y == 1].T @ weight[y == 1]).ravel() + smoothing
    neg = np.asarray(present[y == 0].T @ weight[y == 0]).ravel() + smoothing
    return np.log(pos / pos.sum()) - np.log(neg / neg.sum())


def _sgd(X, y: np.ndarray, weight: np.ndarray, alpha: float, max_iter: int, tol: float) -> tuple[np.ndarray, float]:
    from sklearn.linear_model import SGDClassifier

    # Logistic loss by SGD: on the shared 2-core machine liblinear took tens of minutes; more
    # iterations (300, tol 1e-6) changed validation AUC by under 0.001, so it has converged.
    clf = SGDClassifier(loss="log_loss", alpha=alpha, class_weight="balanced", max_iter=max_iter, tol=tol, random_state=20191)
    clf.fit(X, y, sample_weight=weight)
    return clf.coef_.ravel(), float(clf.intercept_[0])


def fit_head(X, y: np.ndarray, weight: np.ndarray, head: str, learner: str) -> tuple[np.ndarray, float]:
    """One head's weight vector and intercept over ``features()`` (the model is linear either way)."""
    import scipy.sparse as sp

    w, b = _sgd(X, y, weight, ALPHA[head], 60, 1e-4)
    if learner == "lr":
        return w, b
    # NB-LR: a logistic regression over the features scaled by their log-count ratios; since
    # x·(r∘v) = (x∘r)·v it is again one weight per feature, and the two logits are averaged.
    r = nb_ratios(X, y, weight)
    v, c = _sgd(X @ sp.diags(r), y, weight, NB_ALPHA[head], 300, 1e-6)
    return (w + r * v) / 2, (b + c) / 2


def save_npz(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """np.savez_compressed with fixed zip dates, so the same weights give the same bytes."""
    import io
    import zipfile

    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, arr in arrays.items():
            buf = io.BytesIO()
            np.lib.format.write_array(buf, np.asanyarray(arr), allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zf.writestr(info, buf.getvalue())


def fit_model(d: dict, rates: dict[str, float], learner: str = LEARNER, quiet: bool = False,
              posts_weight: dict[str, float] | None = None,
              policy_heads: tuple[str, ...] | None = None) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """Fit every head on d's training rows; set each head's threshold on the corpora's held-back
    rows. Returns the arrays to save (as shipped) and the validation scores."""
    from sklearn.metrics import roc_auc_score

    say = (lambda *a, **k: None) if quiet else print
    X, Y, sources, tr, val, weight = (d[k] for k in ("X", "Y", "sources", "tr", "val", "weight"))
    posts_weight = POSTS_WEIGHT if posts_weight is None else posts_weight
    policy_heads = POLICY40_HEADS if policy_heads is None else policy_heads
    posts = sources == "posts"
    Xv = X[val]
    saved: dict[str, np.ndarray] = {}
    val_scores: dict[str, np.ndarray] = {"sources": sources[val]}
    meta = [f"{s}:{(sources == s).sum()}" for s in sorted(set(sources))]
    if (sources == "policy40").any():
        meta.append("policy40 heads " + "/".join(h for h in HEADS if h in policy_heads))
    if posts.any():
        meta.append("posts weight " + " ".join(f"{h}={posts_weight.get(h, 0.0):g}" for h in HEADS))
    for h in HEADS:
        y = Y[h]
        # A head without the posts is fitted on exactly the rows it was fitted on before them.
        rows = tr & ~posts if not posts_weight.get(h) else tr
        if h not in policy_heads:
            rows = rows & (sources != "policy40")
        if h == "threat":
            rows = rows & ~np.isin(sources, NO_THREAT_LABEL + tuple("swapped-" + c for c in NO_THREAT_LABEL))
        hw = np.where(posts, posts_weight.get(h, 0.0), weight)
        w, b = fit_head(X[rows], y[rows], hw[rows], h, learner)
        # Scored with the weights as shipped (pruned, float16), so the figures are the shipped model's.
        w = np.where(np.abs(w) >= 1e-4, w, 0.0).astype(np.float16).astype(np.float64)
        p = 1.0 / (1.0 + np.exp(-(Xv @ w + b)))
        yv = y[val]
        val_scores[f"p_{h}"], val_scores[f"y_{h}"] = p, yv
        at = np.isin(sources[val], THRESHOLD_SOURCES)
        neg = np.sort(p[(yv == 0) & at])[::-1]
        threshold = float(neg[int(len(neg) * rates[h])])  # this share of clean texts scores above it
        flagged = p > threshold
        tp = int((flagged & (yv == 1)).sum())
        prec, rec = tp / max(1, int(flagged.sum())), tp / max(1, int(yv.sum()))
        auc = roc_auc_score(yv, p)
        say(f"[{h}] validation (10 % held back, n={val.sum()}, positives {yv.sum()}): AUC {auc:.3f}; "
            f"threshold {threshold:.2f} (false alarms on {rates[h]:.1%} of clean texts): precision {prec:.3f}, recall {rec:.3f}")
        for rate in (0.0075, 0.015, 0.02, 0.025, 0.03, 0.05, 0.08, 0.1):
            t = float(neg[int(len(neg) * rate)])
            k = int(((p > t) & (yv == 1)).sum())
            say(f"    (false alarms on {rate:.2%}: threshold {t:.2f}, precision {k / max(1, int((p > t).sum())):.2f}, recall {k / max(1, int(yv.sum())):.2f})")
        for s in sorted(set(sources)):
            m = sources[val] == s
            pos = yv[m] == 1
            if pos.sum():
                k = int((flagged[m] & pos).sum())
                say(f"    {s}: recall {k}/{int(pos.sum())} = {k / pos.sum():.2f}; false alarms {int((flagged[m] & ~pos).sum())}/{int((~pos).sum())}")
        store_head(saved, h, w, b, threshold)
        meta.append(f"{h}: alpha={ALPHA[h]} learner={learner} AUC {auc:.3f} P {prec:.2f} R {rec:.2f} at {threshold:.2f} (false alarms {rates[h]:.2%})")
    return {"heads": np.array(HEADS), "meta": np.str_("; ".join(meta)), **saved}, val_scores


def store_head(saved: dict[str, Any], h: str, w: np.ndarray, b: float, threshold: float) -> None:
    """One head's arrays as the npz holds them (the non-zero weights by index, float16): the
    analyser reads them in this form; the order of the keys is part of the byte-for-byte rebuild."""
    keep = np.flatnonzero(w)
    saved[f"index_{h}"] = keep.astype(np.int32)
    saved[f"weight_{h}"] = w[keep].astype(np.float16)
    saved[f"intercept_{h}"] = np.float64(b)
    saved[f"threshold_{h}"] = np.float64(threshold)

def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpora", type=Path, default=ROOT / "bench" / "corpora")
    ap.add_argument("--out", type=Path, default=MODEL_FILE)
    ap.add_argument("--false-alarm", default="", metavar="HEAD=RATE,...",
                    help="override FALSE_ALARM_RATE for a sweep (e.g. offensive=0.05,threat=0.015)")
    ap.add_argument("--group-swap", type=float, default=GROUP_SWAP_WEIGHT, metavar="WEIGHT",
                    help="also train on a copy of every corpus text naming a group, with each group swapped for another (this weight)")
    ap.add_argument("--posts-weight", default="", metavar="HEAD=WEIGHT,...",
                    help="override POSTS_WEIGHT, the weight of the in-domain benchmark posts per head (e.g. offensive=0,identity=0: none)")
    ap.add_argument("--learner", choices=LEARNERS, default=LEARNER, help="lr: one logistic regression per head; lr+nblr: its logit averaged with an NB-LR's")
    ap.add_argument("--post-heads", default=",".join(SHIPPED_POST_HEADS), metavar="HEAD,...",
                    help="the post heads to fit and append (offence, confidential); '' = none (the model before textdata4)")
    ap.add_argument("--extra", default=",".join(EXTRA_USED), metavar="CORPUS,...",
                    help=f"the corpora added on 2026-11-30 to train on, of {', '.join(EXTRA_CORPORA)}; '' = none (the model before them)")
    ap.add_argument("--post-sets", default="", metavar="SET,...",
                    help="train on these benchmark post sets instead of those recorded as training data (a file name in bench/data; "
                         "for measuring what more in-domain posts do on sets left out)")
    ap.add_argument("--offence-heads-skip", default=None, metavar="SET,...",
                    help="override OFFENCE_HEADS_SKIP_SETS (the training sets the three offence heads skip); '' = none")
    ap.add_argument("--friendly", action="store_true", help="also train on the friendly / everyday negatives (FRIENDLY_FILES; the shipped model does, FRIENDLY_USED)")
    ap.add_argument("--friendly-weight", type=float, default=FRIENDLY_WEIGHT, help="their weight (with --friendly)")
    ap.add_argument("--policy", action=argparse.BooleanOptionalAction, default=POLICY40_USED,
                    help="train on the policy-labelled real posts (POLICY40_SET; the shipped model does if POLICY40_USED)")
    ap.add_argument("--policy-weight", type=float, default=POLICY40_WEIGHT, help="the abusive posts' weight (POLICY40_WEIGHT)")
    ap.add_argument("--policy-fine-weight", type=float, default=POLICY40_FINE_WEIGHT, help="the fine posts' weight (POLICY40_FINE_WEIGHT)")
    ap.add_argument("--policy-heads", default=",".join(POLICY40_HEADS), metavar="HEAD,...", help="the heads that take them (POLICY40_HEADS)")
    ap.add_argument("--val-scores", type=Path, help="also save the validation scores, labels and sources (npz) for a sweep")
    args = ap.parse_args()
    rates = dict(FALSE_ALARM_RATE)
    for item in filter(None, args.false_alarm.split(",")):
        head, rate = item.split("=")
        rates[head] = float(rate)

    posts_weight = dict(POSTS_WEIGHT)
    for item in filter(None, args.posts_weight.split(",")):
        head, w = item.split("=")
        posts_weight[head] = float(w)
    d = dataset(args.corpora, args.group_swap, extra=tuple(filter(None, args.extra.split(","))), friendly=args.friendly or FRIENDLY_USED,
                friendly_weight=args.friendly_weight, friendly_files=FRIENDLY_FILES)
    names = [n.strip() for n in args.post_sets.split(",") if n.strip()] or post_sets()
    skip = OFFENCE_HEADS_SKIP_SETS if args.offence_heads_skip is None else tuple(n.strip() for n in args.offence_heads_skip.split(",") if n.strip())
    if any(posts_weight.values()):
        d = add_posts(d, load_posts([n for n in names if args.post_sets or n not in skip]))
    if args.policy:
        d = add_policy_split(d, [r for _, r in policy_rows(read_policy_labels(POLICY40_SET), policy_texts(args.corpora))],
                             args.policy_weight, args.policy_fine_weight)
    arrays, val_scores = fit_model(d, rates, args.learner, posts_weight=posts_weight,
                                   policy_heads=tuple(h for h in args.policy_heads.split(",") if h))
    post_heads = tuple(filter(None, args.post_heads.split(",")))
    if post_heads:
        arrays = with_post_heads(arrays, fit_shipped_post_heads(names, heads=post_heads))
    if args.val_scores:
        np.savez_compressed(args.val_scores, **val_scores)  # type: ignore[arg-type]
    save_npz(args.out, arrays)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
