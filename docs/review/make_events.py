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
    # round 3: two more pairings no reviewer has seen
    ("云岫省瑶川州青箬县", [("宓怀瑾", "县委书记"), ("莘远舟", "县委副书记、县长")],
     "潮澄市棠樾区", [("闵思齐", "区委书记")], 2021),
    ("河西省柘岭市枫坳县", [("覃照川", "县委书记")],
     "临溟市", [("卞清禾", "市委书记"), ("骆知远", "市委副书记、市长")], 2017),
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
    "青箬县": dict(area="总面积2480平方公里", population="总人口33万", facts=["2020年如期实现脱贫摘帽", "2025年地区生产总值突破120亿元"],
                  industries=["高山茶", "食用菌", "竹编工艺"], ranks=["国家级生态县"],
                  co_facts=["累计投入财政帮扶资金1.9亿元", "援建帮扶车间22个", "引导14家棠樾区企业落户青箬县"],
                  areas=["产业协作", "消费帮扶", "教育医疗帮扶"], sites=["青箬县食用菌产业园", "棠樾—青箬消费帮扶馆"],
                  signings=["2026年度东西部协作协议", "食用菌产销合作协议"], donation="400万元",
                  plans=["建设食用菌精深加工车间", "在棠樾区开设青箬高山茶直营店"],
                  asks=["在食用菌品牌推广和市场开拓上继续给予支持"]),
    "枫坳县": dict(area="总面积1650平方公里", population="总人口28万", facts=["2019年退出贫困县序列", "全县易地扶贫搬迁群众1.2万人实现稳定就业"],
                  industries=["中药材", "生态养殖", "红色旅游"], ranks=["全国电子商务进农村综合示范县"],
                  co_facts=["累计投入财政帮扶资金2.7亿元", "组团式帮扶县中学和县医院", "帮助6300名群众到东部稳岗就业"],
                  areas=["劳务协作", "教育医疗帮扶", "产业协作"], sites=["枫坳县中药材种植基地", "临溟市援建的易地搬迁安置区帮扶车间"],
                  signings=["2026年度劳务协作协议"], donation="800万元",
                  plans=["建成中药材初加工中心"], asks=["继续组织东部企业到搬迁安置区设立帮扶车间"]),
}

# what each side's first leader said at a news release's occasion (host.remarks / guest.remarks)
REMARKS = {
    "岚溪县": (["临澄区的倾力帮扶让岚溪县群众得到了实实在在的好处，全县干部群众铭记于心",
               "岚溪县将管好用好协作资金，推动高原夏菜冷链物流园二期年内开工",
               "要把劳务协作做得更细，让外出务工群众稳得住、能增收"],
              ["临澄区将坚持岚溪县所需、临澄区所能，继续在资金、项目、人才上给予支持",
               "两地要在高原夏菜产销对接上下更大功夫，把岚溪县的好产品送上东部群众的餐桌",
               "要严格协作资金监管，确保每一个项目都经得起检验"]),
    "朔云旗": (["汐湾区的帮扶为朔云旗肉牛产业发展注入了强劲动力",
               "朔云旗将全力做好肉牛屠宰加工项目的用地、用水、用电保障"],
              ["汐湾区将引导更多企业参与朔云旗肉牛全产业链建设",
               "两地要用好消费帮扶渠道，扩大朔云旗牛肉在汐湾区的销售"]),
    "葛坪县": (["望舒区援建的第二中学已成为葛坪县最好的学校之一"],
              ["望舒区将继续选派骨干教师和医生到葛坪县开展组团式帮扶"]),
    "青箬县": (["棠樾区的真情帮扶让青箬县的食用菌产业从小到大、从弱到强",
               "青箬县将为落户企业提供专班服务，让企业引得进、留得住、发展好",
               "希望棠樾区继续帮助青箬县的高山茶和食用菌打开东部市场"],
              ["棠樾区将把青箬县的需要作为协作工作的第一选择",
               "两地要在产业协作上再下功夫，推动更多棠樾区企业到青箬县投资兴业",
               "要把消费帮扶馆办好办活，让青箬县的农产品卖得出、卖上好价钱",
               "棠樾区将继续选派医生和教师到青箬县开展组团式帮扶"]),
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
        if kind == "news" and hshort in REMARKS:
            ev["host"]["remarks"], ev["guest"]["remarks"] = REMARKS[hshort]
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
    A, B, C, D, E, F, G, H = PAIRS
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
        # round 3: places no reviewer has read about
        event("welcome", G, full=True, side="host", n="32-welcome-new-full", date="2026-07-15", name="棠樾区—青箬县东西部协作党政联席会议",
              place="青箬县", theme="推进乡村全面振兴", length=1800),
        event("reply", G, full=True, side="guest", n="33-reply-new-full", date="2026-07-15", name="棠樾区—青箬县东西部协作党政联席会议",
              place="青箬县", length=1500),
        event("symposium", H, full=True, side="host", n="34-symposium-new-full", date="2026-10-20", name="东西部协作挂职干部人才座谈会",
              place="枫坳县", cadres="第六批挂职干部和专业技术人才", length=2200),
        event("news", G, full=True, side="host", n="35-news-new-full", date="2026-07-15", name="棠樾区—青箬县东西部协作党政联席会议",
              place="青箬县", theme="推进乡村全面振兴", length=900),
        event("toast", H, full=True, side="guest", n="36-toast-new-guest", date="2026-10-19", name="东西部协作联席会议", length=500),
        event("welcome", H, full=False, side="host", n="37-welcome-new-minimal", date="2026-12-03", name="临溟市党政代表团考察枫坳县"),
    ]
    return out


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    # (only the files it writes: 32 and later were written by hand for later rounds)
    for n, ev in events():
        text = yaml.safe_dump(ev, allow_unicode=True, sort_keys=False, width=200)
        (OUT / f"{n}.yaml").write_text(text, encoding="utf-8")
    print(f"{len(events())} events → {OUT}")


if __name__ == "__main__":
    main()
