#!/usr/bin/env python3
"""Write the review's event files (docs/review/events/) about invented places that appear nowhere
in the repository or its corpora: every kind, host and guest speakers, minimal and full events.

Run from the project root: python docs/review/make_events.py (it overwrites events/*.yaml)."""
from pathlib import Path

import yaml

OUT = Path(__file__).resolve().parent / "events"

# invented pairings: (host full name, host leaders, guest full name, guest leaders, since)
PAIRS = [
    ("西陲省鹿鸣州岚溪县", [("郁承泽", "县委书记"), ("韦书瑶", "县委副书记、县长")],
     "东澜市临澄区", [("岑立诚", "区委书记"), ("滕远帆", "区委副书记、区长")], 2021),
    ("北漠自治区驼铃盟朔云旗", [("阮清和", "旗委书记"), ("裴思源", "旗委副书记、旗长")],
     "滨潮市汐湾区", [("戚永年", "区委书记")], 2021),
    ("南岭省苍梧州葛坪县", [("晏修德", "县委书记")],
     "江皋市望舒区", [("祁文澜", "区委书记"), ("邝允中", "区委副书记、区长")], 2017),
    ("高原省云泷市翠崖县", [("蒲若谷", "县委书记"), ("竺明远", "县委副书记、县长")],
     "沧澜市鹭汀区", [("栾岳峰", "区委书记")], 2021),
    ("西陲省鹿鸣州砚塘县", [("嵇若兰", "县委书记")],
     "东澜市星渚区", [("鄢中和", "区委书记"), ("蔺晓川", "区委副书记、区长")], 2016),
    ("南岭省苍梧州杉岗县", [("昝文博", "县委书记"), ("扈承恩", "县委副书记、县长")],
     "江皋市",  [("芮映雪", "市委书记")], 2021),
]

FULL = {
    "岚溪县": dict(area="总面积3120平方公里", population="总人口26万", facts=["2020年如期实现脱贫摘帽", "2025年农村居民人均可支配收入达到1.5万元"],
                  industries=["高原夏菜", "中蜂养殖", "乡村旅游"], ranks=["全国电子商务进农村综合示范县"],
                  co_facts=["累计投入财政帮扶资金2.4亿元", "共建产业园区4个", "帮助8600名农村劳动力到东部稳岗就业"],
                  areas=["产业协作", "劳务协作", "消费帮扶"], sites=["岚溪县高原夏菜冷链物流园", "临澄—岚溪协作帮扶车间"],
                  signings=["2026年度东西部协作框架协议", "高原夏菜直供合作协议"], donation="600万元",
                  plans=["建成高原夏菜冷链物流园二期", "在临澄区开设岚溪农特产品展销窗口"],
                  asks=["在劳务输出和农产品销售上继续给予支持"]),
    "朔云旗": dict(area="总面积1.1万平方公里", population="总人口9.8万", facts=["草原生态保护补助奖励政策全面落实", "肉牛存栏达到21万头"],
                  industries=["肉牛养殖", "饲草种植", "草原文旅"], ranks=["国家级草原畜牧业转型升级示范旗"],
                  co_facts=["累计投入财政帮扶资金1.3亿元", "引进企业11家"],
                  areas=["产业协作", "人才交流", "消费帮扶"], sites=["朔云旗肉牛良种繁育基地"],
                  signings=["肉牛产业合作协议"], donation="300万元",
                  plans=["建设肉牛屠宰加工项目"], asks=["推动更多汐湾区企业来朔云旗考察投资"]),
    "葛坪县": dict(area="总面积1860平方公里", population="总人口41万", facts=["全县脱贫人口人均纯收入连续四年保持两位数增长"],
                  industries=["茶叶", "油茶", "竹木加工"], ranks=["全国重点产茶县"],
                  co_facts=["累计投入财政帮扶资金3.1亿元", "建成帮扶车间37个"],
                  areas=["产业协作", "劳务协作", "教育医疗帮扶"], sites=["葛坪县生态茶园", "望舒区援建的葛坪县第二中学"],
                  signings=["教育医疗组团式帮扶协议"], donation="500万元",
                  plans=["打造葛坪茶叶区域公用品牌"], asks=["继续选派教育医疗专业人才"]),
}


def person(name, title):
    return {"name": name, "title": title}


def event(kind, pair, *, full, side, n, date, name, place=None, length=None, points=None, theme=None, cadres=None):
    host, hl, guest, gl, since = pair
    hshort = host.rsplit("州", 1)[-1].rsplit("盟", 1)[-1].rsplit("市", 1)[-1] if "县" in host or "旗" in host else host
    ev = {"kind": kind, "event": {"name": name, "date": date}}
    if place:
        ev["event"]["place"] = place
    if theme:
        ev["event"]["theme"] = theme
    spk = (hl if side == "host" else gl)[0]
    if kind != "news" or full:
        ev["speaker"] = {"name": spk[0], "title": spk[1], "side": side}
    ev["host"] = {"name": host}
    ev["guest"] = {"name": guest}
    if full or kind in ("welcome", "toast", "news") and side == "host":
        ev["guest"]["leaders"] = [person(*p) for p in gl]
    if full or side == "guest" or kind == "news":
        ev["host"]["leaders"] = [person(*p) for p in hl]
    if kind == "news":
        ev["guest"]["leaders"] = [person(*p) for p in gl]
    f = FULL.get(hshort)
    if full and f:
        ev["host"].update({k: f[k] for k in ("area", "population", "facts", "industries", "ranks")})
        ev["guest"]["delegation"] = "党政代表团"
        ev["cooperation"] = {"since": since, "areas": f["areas"], "facts": f["co_facts"], "donation": f["donation"]}
        ev["visit"] = {"sites": f["sites"], "signings": f["signings"]}
        if kind in ("welcome", "news"):
            ev["plans"] = f["plans"]
            ev["asks"] = f["asks"]
        if kind == "reply":
            ev["answers"] = person(*hl[0])
    elif full:
        ev["cooperation"] = {"since": since, "areas": ["产业协作", "劳务协作"]}
    if cadres:
        ev.setdefault("cooperation", {})["cadres"] = cadres
    if points:
        ev["points"] = points
    if length:
        ev["length"] = length
    return n, ev


def events():
    A, B, C, D, E, F = PAIRS
    out = [
        # welcome (host): full and minimal, several lengths
        event("welcome", A, full=True, side="host", n="01-welcome-full", date="2026-05-12", name="临澄区—岚溪县东西部协作联席会议",
              place="岚溪县", theme="推进乡村全面振兴", length=2000),
        event("welcome", B, full=True, side="host", n="02-welcome-full-long", date="2026-09-18", name="东西部协作高层对接座谈会",
              place="朔云旗", length=2800),
        event("welcome", C, full=True, side="host", n="03-welcome-full-short", date="2026-11-05", name="东西部协作签约捐赠仪式",
              place="葛坪县", length=1000),
        event("welcome", D, full=False, side="host", n="04-welcome-minimal", date="2026-06-02", name="鹭汀区党政代表团考察翠崖县"),
        event("welcome", E, full=False, side="host", n="05-welcome-minimal-points", date="2026-03-26", name="东西部协作工作推进会",
              points=[{"heading": "饮水思源，铭记帮扶深情"}, {"topic": "劳务协作"}, {"topic": "消费帮扶"}]),
        event("welcome", F, full=True, side="host", n="06-welcome-city-guest", date="2026-08-20", name="东西部协作交流座谈会",
              place="杉岗县"),
        # reply (guest)
        event("reply", A, full=True, side="guest", n="07-reply-full", date="2026-05-12", name="临澄区—岚溪县东西部协作联席会议",
              place="岚溪县", theme="推进乡村全面振兴", length=1800),
        event("reply", B, full=True, side="guest", n="08-reply-full-long", date="2026-09-18", name="东西部协作高层对接座谈会",
              place="朔云旗", length=2400),
        event("reply", C, full=True, side="guest", n="09-reply-full-short", date="2026-11-05", name="东西部协作签约捐赠仪式",
              place="葛坪县", length=800),
        event("reply", D, full=False, side="guest", n="10-reply-minimal", date="2026-06-02", name="鹭汀区党政代表团考察翠崖县"),
        event("reply", E, full=False, side="guest", n="11-reply-minimal-points", date="2026-03-26", name="东西部协作工作推进会",
              points=[{"topic": "产业协作"}, {"topic": "人才交流"}]),
        event("reply", F, full=True, side="guest", n="12-reply-city", date="2026-08-20", name="东西部协作交流座谈会", place="杉岗县"),
        # symposium: host addresses the cadres; guest leader visits its own cadres
        event("symposium", A, full=True, side="host", n="13-symposium-host-full", date="2026-04-08", name="东西部协作挂职干部座谈会",
              place="岚溪县", cadres="第二批挂职干部", length=3000),
        event("symposium", C, full=True, side="host", n="14-symposium-host-points", date="2026-03-20", name="东西部协作干部人才座谈会",
              place="葛坪县", cadres="教育医疗专业技术人才",
              points=[{"heading": "坚定理想信念，在挂职岗位上勇于担当"}, {"topic": "教育医疗帮扶"}, {"heading": "严守纪律规矩，树立良好形象"}]),
        event("symposium", D, full=False, side="host", n="15-symposium-host-minimal", date="2026-07-06", name="挂职干部见面座谈会"),
        event("symposium", B, full=True, side="guest", n="16-symposium-guest-full", date="2026-09-19", name="看望慰问挂职干部座谈会",
              place="朔云旗", length=1800),
        event("symposium", E, full=False, side="guest", n="17-symposium-guest-minimal", date="2026-10-15", name="挂职干部人才座谈会"),
        event("symposium", F, full=True, side="host", n="18-symposium-host-long", date="2026-05-28", name="东西部协作挂职干部人才座谈会",
              place="杉岗县", length=3800),
        # news
        event("news", A, full=True, side="host", n="19-news-full", date="2026-05-12", name="临澄区—岚溪县东西部协作联席会议",
              place="岚溪县", theme="推进乡村全面振兴"),
        event("news", B, full=True, side="host", n="20-news-full-long", date="2026-09-18", name="东西部协作高层对接座谈会",
              place="朔云旗", length=1400),
        event("news", C, full=True, side="host", n="21-news-full-short", date="2026-11-05", name="东西部协作签约捐赠仪式",
              place="葛坪县", length=450),
        event("news", D, full=False, side="host", n="22-news-minimal", date="2026-06-02", name="东西部协作工作座谈会"),
        event("news", E, full=False, side="host", n="23-news-minimal-place", date="2026-03-26", name="东西部协作工作推进会", place="砚塘县"),
        # toast: host and guest
        event("toast", A, full=True, side="host", n="24-toast-host-full", date="2026-05-11", name="临澄区—岚溪县东西部协作联席会议", length=600),
        event("toast", B, full=False, side="host", n="25-toast-host-minimal", date="2026-09-17", name="欢迎汐湾区党政代表团晚宴"),
        event("toast", C, full=True, side="host", n="26-toast-host-short", date="2026-11-04", name="东西部协作签约捐赠仪式", length=300),
        event("toast", A, full=True, side="guest", n="27-toast-guest-full", date="2026-05-11", name="临澄区—岚溪县东西部协作联席会议", length=550),
        event("toast", D, full=False, side="guest", n="28-toast-guest-minimal", date="2026-06-01", name="鹭汀区党政代表团考察翠崖县"),
        event("toast", F, full=True, side="guest", n="29-toast-guest-city", date="2026-08-19", name="东西部协作交流座谈会"),
        # a reply dated after the pairing's first years, a welcome in 2027 (not the first year of 十五五)
        event("welcome", A, full=True, side="host", n="30-welcome-2027", date="2027-04-20", name="东西部协作联席会议", place="岚溪县"),
        event("reply", C, full=True, side="guest", n="31-reply-2027", date="2027-10-09", name="东西部协作联席会议", place="葛坪县"),
    ]
    return out


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.yaml"):
        old.unlink()
    for n, ev in events():
        text = yaml.safe_dump(ev, allow_unicode=True, sort_keys=False, width=200)
        (OUT / f"{n}.yaml").write_text(text, encoding="utf-8")
    print(f"{len(events())} events → {OUT}")


if __name__ == "__main__":
    main()
