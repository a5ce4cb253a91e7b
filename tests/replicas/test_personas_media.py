"""Persona data and generated media, without a browser."""

from __future__ import annotations

import re
import subprocess
import sys
import urllib.error
import urllib.request

import cv2
import numpy as np
import pytest

from selfaudit.replicas import PERSONAS, ReplicaServer, load_persona
from selfaudit.replicas.media import LOGO, gps_of, image_bytes, render
from selfaudit.replicas.persona import PERSONA_DIR, PersonaError

PHONE = re.compile(r"\b07\d{3} ?\d{6}\b")


def bios(persona):
    return {
        "facebook": persona.facebook.bio,
        "instagram": persona.instagram.bio,
        "x": persona.x.bio,
        "linkedin": f"{persona.linkedin.headline} {persona.linkedin.about}",
    }


def all_text(acct):
    for post in acct.posts:
        yield "owner", post.text
        for cm in post.comments:
            yield cm.author, cm.text


def test_bundled_personas_load():
    assert {"compliant", "typical", "high-risk"} <= set(PERSONAS)
    for name in PERSONAS:
        p = load_persona(name)
        assert p.id == name
        assert p.workplace.lat and p.workplace.lon


def test_invalid_persona_names_the_field(tmp_path):
    import yaml

    raw = yaml.safe_load((PERSONA_DIR / "compliant.yaml").read_text(encoding="utf-8"))
    raw["facebook"]["settings"]["future_posts"] = "Everybody"
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(raw))
    with pytest.raises(PersonaError, match=r"facebook.settings.future_posts: 'Everybody' is not one of"):
        load_persona(bad)
    with pytest.raises(PersonaError, match="unknown persona"):
        load_persona("nobody")


def test_compliant_is_clean():
    p = load_persona("compliant")
    for platform, bio in bios(p).items():
        assert "views are my own" in bio.lower(), platform
    assert p.setting("facebook", "lock_profile") is True
    assert p.setting("facebook", "future_posts") == "Friends"
    assert p.setting("facebook", "search_engines") is False
    assert p.setting("instagram", "private_account") is True
    assert p.setting("x", "protect_posts") is True
    assert p.setting("linkedin", "public_profile") is False
    for platform in ("facebook", "instagram", "x", "linkedin"):
        for _who, text in all_text(p.account(platform)):
            assert not PHONE.search(text), text
            assert "hackney council" not in text.lower()
            assert "child protection plan" not in text.lower()
        assert all(post.audience != "Public" for post in p.account(platform).posts)
    assert not any(img.gps or img.faces or img.logo or img.scene in ("logo", "face") for img in p.images)


def test_high_risk_has_every_problem():
    p = load_persona("high-risk")
    for platform, bio in bios(p).items():
        assert "views are my own" not in bio.lower(), platform
    fb = p.facebook
    texts = [t for _, t in all_text(fb)]
    assert any("child protection plan" in t and PHONE.search(t) for t in texts)
    assert any("Hackney Council" in t for t in texts)
    assert any("wasted" in t and "hungover" in t for t in texts)
    abusive = [(c.author, c.text) for post in fb.posts for c in post.comments if "bitch" in c.text]
    assert abusive and abusive[0][0] != fb.name
    assert p.setting("facebook", "future_posts") == "Public"
    assert p.setting("facebook", "search_engines") is True
    assert p.setting("facebook", "tagged_posts") == "Public"
    assert p.setting("instagram", "private_account") is False
    assert p.setting("instagram", "tags") == "Allow tags from everyone"
    assert p.setting("x", "protect_posts") is False
    assert p.setting("x", "photo_tagging") == "Anyone can tag you"
    assert p.setting("linkedin", "public_profile") is True
    assert p.image(p.x.profile_photo).scene == "logo"
    assert any(img.logo for img in p.images) and any(img.faces == 2 for img in p.images)
    assert any(img.gps == "workplace" for img in p.images)


def test_media_is_deterministic_and_jpeg():
    p = load_persona("high-risk")
    a = render(p, p.image("office"))
    assert a == render(p, p.image("office"))
    assert a[:3] == b"\xff\xd8\xff"
    assert image_bytes(p, "office") == a


def test_gps_near_workplace_only_where_asked():
    hr = load_persona("high-risk")
    lat, lon = gps_of(image_bytes(hr, "office"))
    assert abs(lat - hr.workplace.lat) < 0.001 and abs(lon - hr.workplace.lon) < 0.001
    assert gps_of(image_bytes(hr, "drinks")) is None
    comp = load_persona("compliant")
    assert all(gps_of(image_bytes(comp, img.id)) is None for img in comp.images)


def _decode(data: bytes):
    return cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)


def _faces(data: bytes) -> int:
    casc = cv2.CascadeClassifier(cv2.data.haarcascades + "haarcascade_frontalface_default.xml")
    gray = cv2.equalizeHist(cv2.cvtColor(_decode(data), cv2.COLOR_BGR2GRAY))
    # strict settings (as the project's face detector uses), so the faces are unmistakable
    return len(casc.detectMultiScale(gray, scaleFactor=1.2, minNeighbors=7, minSize=(40, 40)))


def test_faces_where_the_persona_says():
    hr = load_persona("high-risk")
    assert _faces(image_bytes(hr, "team")) >= 2
    assert _faces(image_bytes(hr, "drinks")) == 0
    assert _faces(image_bytes(load_persona("typical"), "bbq")) == 1
    comp = load_persona("compliant")
    assert sum(_faces(image_bytes(comp, img.id)) for img in comp.images) == 0


def test_logo_pasted_at_a_fraction_of_the_width():
    hr = load_persona("high-risk")
    img = _decode(image_bytes(hr, "lanyard"))
    logo = cv2.imread(str(LOGO))
    w = int(img.shape[1] * 0.28)
    tpl = cv2.resize(logo, (w, int(logo.shape[0] * w / logo.shape[1])), interpolation=cv2.INTER_AREA)
    score = cv2.minMaxLoc(cv2.matchTemplate(img, tpl, cv2.TM_CCOEFF_NORMED))[1]
    assert score > 0.8
    other = _decode(image_bytes(hr, "lunch"))
    assert cv2.minMaxLoc(cv2.matchTemplate(other, tpl, cv2.TM_CCOEFF_NORMED))[1] < 0.5


def test_http_log_and_methods():
    with ReplicaServer("typical") as srv:
        assert srv.base_url("x") == f"http://127.0.0.1:{srv.port}/x"
        assert srv.credentials("linkedin") == ("jo.bennett@example.net", "typical-demo")
        assert srv.profile_url("instagram").endswith("/instagram/jo.runs.london/")
        urllib.request.urlopen(srv.origin + "/").read()
        with pytest.raises(urllib.error.HTTPError) as e:
            urllib.request.urlopen(urllib.request.Request(srv.base_url("x") + "/settings/tagging", data=b"a=1"))
        assert e.value.code == 405
        rec = srv.request_log[-1]
        assert (rec.method, rec.path, rec.platform, rec.session) == ("POST", "/x/settings/tagging", "x", False)
        assert rec["method"] == "POST"
        assert [r.method for r in srv.posts_after(0)] == ["POST"]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


@pytest.mark.parametrize("platform", ["facebook", "instagram", "x", "linkedin"])
def test_expired_session_redirects_to_login(platform, typical):
    opener = urllib.request.build_opener(NoRedirect)
    cookie = typical.session_cookie(platform)
    url = typical.settings_urls(platform)[0]

    def get():
        req = urllib.request.Request(url, headers={"Cookie": f"{cookie['name']}={cookie['value']}"})
        try:
            return opener.open(req)
        except urllib.error.HTTPError as exc:
            return exc

    assert get().status == 200
    typical.expire_sessions(platform)
    resp = get()
    assert resp.status == 302
    assert resp.headers["Location"].startswith(f"/{platform}{typical.sites[platform].spec.login_path}?next=")


def test_cli_serves_and_rejects_unknown_persona():
    bad = subprocess.run([sys.executable, "-m", "selfaudit.replicas", "--persona", "nobody"],
                         capture_output=True, text=True, timeout=30)
    assert bad.returncode == 2 and "unknown persona" in bad.stderr
    proc = subprocess.Popen([sys.executable, "-m", "selfaudit.replicas", "--persona", "compliant", "--port", "0"],
                            stdout=subprocess.PIPE, text=True)
    try:
        first = proc.stdout.readline()
        m = re.search(r"(http://127\.0\.0\.1:\d+)/", first)
        assert m, first
        body = urllib.request.urlopen(m.group(1) + "/facebook/login/").read().decode()
        assert "Email address or phone number" in body
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_strangers_stop_after_ten_facebook_posts():
    """Like the real wall, a logged-out visitor's "See more" stops after about ten posts."""
    base = load_persona("high-risk")
    posts = [base.facebook.posts[0].model_copy(update={"id": f"p{i}", "text": f"post {i}"}) for i in range(14)]
    persona = base.model_copy(update={"facebook": base.facebook.model_copy(update={"posts": posts})})
    with ReplicaServer(persona) as srv:
        site = srv.sites["facebook"]
        url, seen = srv.profile_url("facebook"), 0
        body = urllib.request.urlopen(url).read().decode()
        seen += body.count('role="article"')
        nxt = re.search(r'data-more="([^"]+)"', body)
        url = srv.origin + nxt.group(1).replace("&amp;", "&") if nxt else None
        while url:
            resp = urllib.request.urlopen(url)
            seen += resp.read().decode().count('role="article"')
            more = resp.headers.get("X-Next-Page")
            url = srv.origin + more if more else None
        assert seen == site.stranger_limit == 10
        cookie = srv.session_cookie("facebook")
        owner = urllib.request.Request(srv.base_url("facebook") + "/ajax/profile/posts?cursor=12",
                                       headers={"Cookie": f"{cookie['name']}={cookie['value']}"})
        assert urllib.request.urlopen(owner).read().decode().count('role="article"') == 2


@pytest.mark.parametrize("persona,visible", [("high-risk", True), ("compliant", False)])
def test_stranger_sees_contact_details_only_when_public(persona, visible):
    with ReplicaServer(persona) as srv:
        p = srv.persona
        fb = urllib.request.urlopen(srv.profile_url("facebook") + "/about_contact_and_basic_info").read().decode()
        assert (p.facebook.fields and any(f.value in fb for f in p.facebook.fields if f.section == "contact")) is visible
        x = urllib.request.urlopen(srv.profile_url("x")).read().decode()
        assert ('data-testid="UserBirthdate"' in x) is visible
