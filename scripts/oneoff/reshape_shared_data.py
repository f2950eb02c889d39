"""One-off: reshape ../shared/data (prose history) into the project's event schema.

Run once to create data/entities.json and data/programs.json; from then on data/ is the
source of truth and is edited directly (or by the importer). Kept in history only.
Every correction made here is listed in data/CHANGES.md.
"""
import json, sys, datetime
from pathlib import Path

SHARED = Path(sys.argv[1])
OUT = Path(sys.argv[2])
ents = json.loads((SHARED / "designations.json").read_text())
progs = json.loads((SHARED / "programs.json").read_text())
review = json.loads((SHARED / "alias_review.json").read_text())

verdict = {(r["entity_id"], r["field"], r["alias"]): r for r in review}
VERDICT = {"match": "match", "match-case-sensitive": "case-sensitive", "display-only": "display-only"}

def d(s):
    return datetime.date.fromisoformat(s)

def plus_days(s, n):
    return (d(s) + datetime.timedelta(days=n)).isoformat()

def src_list(*xs):
    out = []
    for x in xs:
        for s in (x or []):
            if s not in out:
                out.append(s)
    return out

SUPERSEDED = "2021-06-03"

def listing_events(e, g):
    """Turn one shared designation record into dated events."""
    ev = []
    lst, eid = g["list"], e["id"]
    ev.append({"type": "listed", "date": g["added"]})
    if lst == "ofac-ns-cmic":
        assert g["status"] == "active" and g["effective"] and g["divest_by"] and not g["divest_by_is_computed"]
        ev.append({"type": "purchase-ban-effective", "date": g["effective"]})
        ev.append({"type": "divestment-window-end", "date": g["divest_by"]})
        return ev
    if lst == "dod-1237":
        if eid == "xiaomi-corporation":
            ev += [
                {"type": "enjoined", "date": "2021-03-12",
                 "note": "Preliminary injunction, Xiaomi Corp. v. Department of Defense, No. 1:21-cv-00280-RC (D.D.C.); OFAC FAQ 880 (Mar. 14, 2021) confirmed the E.O. 13959 prohibitions did not apply pending further order.",
                 "sources": ["https://law.justia.com/cases/federal/district-courts/district-of-columbia/dcdce/1:2021cv00280/226816/21/",
                             "https://home.treasury.gov/policy-issues/financial-sanctions/faqs/880"]},
                {"type": "purchase-ban-scheduled", "date": "2021-03-15",
                 "note": "Prohibition was due at 9:30 a.m. on the 60th day after the Jan. 14, 2021 determination.",
                 "sources": ["https://law.justia.com/cases/federal/district-courts/district-of-columbia/dcdce/1:2021cv00280/226816/21/"]},
                {"type": "vacated", "date": "2021-05-25", "note": g["removal_reason"],
                 "sources": ["https://www.thompsonhinesmartrade.com/2021/05/dod-agrees-to-drop-chinese-company-from-ccmc-list/",
                             "https://www.caixinglobal.com/2021-05-26/us-judge-issues-final-order-removing-xiaomi-from-china-military-banned-list-101718341.html"]},
            ]
            return ev
        if eid == "luokung-technology-corp" and g["added"] == "2021-01-14":
            ev += [
                {"type": "purchase-ban-scheduled", "date": "2021-03-15",
                 "note": "Under the original (misspelled) listing the prohibition would have started Mar. 15, 2021."},
                {"type": "removed", "date": "2021-03-09", "note": g["removal_reason"]},
            ]
            return ev
        if eid == "luokung-technology-corp":
            # Correction: the shared data says the ban took effect on 2021-05-08; it was enjoined on 2021-05-05.
            ev += [
                {"type": "enjoined", "date": "2021-05-05",
                 "note": "Preliminary injunction, Luokung Technology Corp. v. Department of Defense, No. 1:21-cv-00583-RC (D.D.C.); OFAC FAQ 893.",
                 "sources": ["https://mrwatchlist.com/2021/05/06/ofac-publishes-faq-about-luokung-technology-corp-on-the-ns-ccmc-list/",
                             "http://stage.exportcompliancedaily.com/article/2021/05/10/federal-judge-temporarily-blocks-luokungs-military-company-designation-2105070015"]},
                {"type": "purchase-ban-scheduled", "date": "2021-05-08",
                 "note": "OFAC letter: trading restrictions would not take effect until May 8, 2021.",
                 "sources": ["https://www.sec.gov/Archives/edgar/data/1487839/000121390021014733/ea137470ex99-1_luokung.htm"]},
                {"type": "divestment-window-end", "date": "2022-03-09",
                 "note": "OFAC letter: divestment permitted through Mar. 9, 2022.",
                 "sources": ["https://www.sec.gov/Archives/edgar/data/1487839/000121390021014733/ea137470ex99-1_luokung.htm"]},
                {"type": "removed", "date": "2021-06-03", "note": g["removal_reason"],
                 "sources": ["https://www.sec.gov/Archives/edgar/data/1487839/000121390021032436/ea142712ex99-1_luokungtech.htm"]},
            ]
            return ev
        assert g["removed"] == SUPERSEDED and g["effective"] and g["divest_by"], eid
        ev.append({"type": "purchase-ban-effective", "date": g["effective"]})
        if g["divest_by_is_computed"]:
            # Computed dates are derived at run time from the program's 365-day rule; check they agree.
            assert g["divest_by"] == plus_days(g["added"], 365), (eid, g["divest_by"])
        else:
            ev.append({"type": "divestment-window-end", "date": g["divest_by"]})
        ev.append({"type": "superseded", "date": SUPERSEDED, "note": g["removal_reason"]})
        return ev
    # dod-1260h
    assert not g["effective"] and not g["divest_by"]
    if eid == "hesai-group":
        ev += [
            {"type": "removed", "date": "2024-10-23",
             "note": "DoD deleted Hesai from the list on its original basis (Federal Register notices, week of Oct. 21, 2024).",
             "sources": ["http://stage.internationaltradetoday.com/article/2024/10/24/dod-deletes-adds-hesai-back-to-chinese-military-company-list-2410230018?BC=bc_673bc0819c600",
                         "https://lexbuild.dev/fr/2024/10/2024-24723"]},
            {"type": "relisted", "date": "2024-10-23",
             "note": "Re-designated at once on new information (89 FR 84547, FR Doc. 2024-24723, Oct. 23, 2024; OpenSanctions cites 89 FR 86230, Oct. 29, 2024).",
             "sources": ["http://stage.internationaltradetoday.com/article/2024/10/24/dod-deletes-adds-hesai-back-to-chinese-military-company-list-2410230018?BC=bc_673bc0819c600",
                         "https://lexbuild.dev/fr/2024/10/2024-24723"]},
        ]
        return ev
    if g["status"] == "removed":
        ev.append({"type": "removed", "date": g["removed"], "note": g["removal_reason"]})
    elif g["status"] == "unclear":
        absent = "2025-01-07" if "Jan. 2025" in g["notes"] else "2026-06-08"
        ev.append({"type": "status-unclear", "date": absent,
                   "note": "Not found under this name in the edition of this date (OpenSanctions transcription) and no removal notice found; may have been renamed or dropped."})
    else:
        assert g["status"] == "active"
    return ev

def names_of(e):
    out = [{"value": e["name"], "kind": "primary", "lang": "en", "match": "match"}]
    evidence = {a["alias"]: a for a in e.get("alias_sources", [])}
    for a in e["aliases"]:
        r = verdict[(e["id"], "aliases", a)]
        n = {"value": a, "kind": "alias", "lang": "en", "match": VERDICT[r["verdict"]], "reason": r["reason"]}
        if a in evidence:
            n["sources"] = evidence[a]["sources"]
            if evidence[a].get("note"):
                n["evidence"] = evidence[a]["note"]
        out.append(n)
    for z in e.get("names_zh", []):
        r = verdict[(e["id"], "names_zh", z["value"])]
        n = {"value": z["value"], "kind": z["kind"], "lang": "zh-Hans" if z["script"] == "hans" else "zh-Hant",
             "match": VERDICT[r["verdict"]], "reason": r["reason"], "sources": [z["source"]]}
        if z.get("same_in_other_script"):
            n["same_in_other_script"] = True
        if z.get("note"):
            n["note"] = z["note"]
        out.append(n)
    for v in e.get("zh_names_unverified", []):
        out.append({"value": v, "kind": "unverified", "lang": "zh-Hans", "match": "unverified",
                    "reason": "Third-party compilation (li-xiaohui/grab-companies, company names.csv); not verified.",
                    "sources": ["https://github.com/li-xiaohui/grab-companies/blob/4607d351b7fcf9b2ba794866ff0b74d267da94ad/company%20names.csv"]})
    # Same value twice (e.g. a name listed as alias and as primary) would match twice: keep the first.
    seen, uniq = set(), []
    for n in out:
        k = (n["value"], n["lang"])
        if k in seen:
            continue
        seen.add(k)
        uniq.append(n)
    return uniq

def ticker_of(t):
    o = {"exchange": t["exchange"], "symbol": t["symbol"]}
    for k in ("symbol_as_published", "country", "type", "board", "note", "exchange_rule", "forms"):
        if k in t:
            o[k] = t[k]
    # The shared data writes status as prose; keep a closed vocabulary plus the prose as a note.
    st = t.get("status")
    if st == "delisted":
        o["status"] = "delisted"
    elif st and (st.startswith("historical") or st.startswith("delisted")):
        o["status"] = "delisted"
        o["status_note"] = st
    elif st:
        o["status"] = "unconfirmed"
        o["status_note"] = st
    o["sources"] = src_list([t["source"]], t.get("sources_extra"), t.get("sources_status"))
    return o

entities = []
for e in ents:
    listings = []
    for g in e["designations"]:
        L = {"list": g["list"],
             "listed_names": g.get("listed_names") or [g["listed_name"]],
             "authority": g["authority"], "legal_basis": g["legal_basis"],
             "confidence": g["confidence"],
             "events": sorted(listing_events(e, g), key=lambda x: x["date"])}
        if g["notes"]:
            L["notes"] = g["notes"]
        L["sources"] = g["sources"]
        listings.append(L)
    ofac_src = [s for g in e["designations"] if g["list"] == "ofac-ns-cmic" for s in g["sources"]][:1]
    isins = []
    for i in e["isins"]:
        srcs = e.get("isin_sources", {}).get(i) or ["OFAC consolidated non-SDN list (CMIC remarks)"]
        isins.append({"value": i, "sources": srcs})
    E = {"id": e["id"], "name": e["name"], "names": names_of(e),
         "tickers": [ticker_of(t) for t in e["tickers"]], "isins": isins}
    if e.get("isins_published_failing_checksum"):
        E["isins_rejected"] = [{"value": v, "reason": "Published by OFAC but fails the ISIN check digit."}
                               for v in e["isins_published_failing_checksum"]]
    if e.get("identifiers"):
        E["identifiers"] = e["identifiers"]
    if e.get("parent"):
        E["parent"] = e["parent"]
    if e.get("related"):
        E["related"] = e["related"]
    if e.get("ofac_linked_to"):
        E["ofac_linked_to"] = e["ofac_linked_to"]
    notes = [x for x in (e.get("merge_notes"), e.get("enrichment_notes")) if x]
    if notes:
        E["notes"] = notes
    E["listings"] = listings
    entities.append(E)

# Programs: keep the prose, add the structured rules the status function uses.
RULES = {
    "dod-1237": {"ended": {"date": "2021-06-03", "by": "E.O. 14032"},
                 "purchase_ban": {"fixed": {"listed_on_or_before": "2020-11-12", "date": "2021-01-11"}, "days_after_listing": 60},
                 "divestment": {"fixed": {"listed_on_or_before": "2020-11-12", "date": "2021-11-11"}, "days_after_listing": 365},
                 "investment_ban": True},
    "ofac-ns-cmic": {"purchase_ban": {"fixed": {"listed_on_or_before": "2021-06-03", "date": "2021-08-02"}, "days_after_listing": 60},
                     "divestment": {"fixed": {"listed_on_or_before": "2021-06-03", "date": "2022-06-03"}, "days_after_listing": 365},
                     "investment_ban": True},
    "dod-1260h": {"procurement": {"enacted": "2023-12-22", "direct_from": "2026-06-30", "indirect_from": "2027-06-30"},
                  "investment_ban": False},
}
SHORT = {"dod-1237": "DoD 1237 / E.O. 13959", "ofac-ns-cmic": "Treasury NS-CMIC", "dod-1260h": "DoD 1260H"}
programs = []
for p in progs["programs"]:
    q = {"id": p["id"], "short_name": SHORT[p["id"]]}
    q.update({k: v for k, v in p.items() if k != "id"})
    q["rules"] = RULES[p["id"]]
    programs.append(q)

(OUT / "entities.json").write_text(json.dumps(entities, ensure_ascii=False, indent=2) + "\n")
(OUT / "programs.json").write_text(json.dumps(programs, ensure_ascii=False, indent=2) + "\n")
print(len(entities), "entities,", sum(len(e["listings"]) for e in entities), "listings")
