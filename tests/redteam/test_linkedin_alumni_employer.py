"""Probe 29 (real Chromium, local page modelled on a real logged-out LinkedIn profile, elalienx/scoutr's
profile3): LinkedIn's own ld+json lists past employers under the Person's ``alumniOf`` (as
``Organization``) before the schools (``EducationalOrganization``); the tool said "you studied at
Work&Coaching AB", an employer. Only the schools are where the person studied now."""

from __future__ import annotations

import json

from selfaudit.adapters.live.public import collect_public


def test_an_employer_listed_as_alumni_of_is_not_education(page_server, browser, tmp_path):
    person = {"@type": "Person", "name": "Jo Bloggs", "jobTitle": "Social worker",
              "worksFor": [{"@type": "Organization", "name": "Leeds Council"}],
              "alumniOf": [{"@type": "Organization", "name": "Acme Care Ltd"},
                           {"@type": "EducationalOrganization", "name": "University of Leeds"}]}
    ld = json.dumps({"@context": "http://schema.org", "@graph": [person]})
    base, pages = page_server
    pages["/in/jo-alumni/"] = ('<!doctype html><html><head><title>Jo Bloggs - Social worker | LinkedIn</title>'
                               f'<script type="application/ld+json">{ld}</script></head><body><main>'
                               '<h1 class="top-card-layout__title">Jo Bloggs</h1></main></body></html>')
    acct = collect_public(base + "/in/jo-alumni/", "linkedin", browser, tmp_path)
    shown = {i.what: i.text for i in acct.stranger_view.items if i.state == "shown"}
    assert shown.get("education") == "University of Leeds", shown
    assert "Acme Care" not in (acct.profile.fields.get("education") or "")
