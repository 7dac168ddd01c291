#!/usr/bin/env python3
"""Writes the demo inputs under src/main/resources/demo/ (entries, survey means, bonus and
deduction entries for 2020 and 2021, and the unit list) from the illustrative tree in
district-index-set.tsv.

Only the published facts of DESIGN.md §2 are targets: Đak Pơ 2021 is specified leaf by leaf
from the seed article (20 criteria and 27 sub-criteria at maximum, 1 criterion and 17
sub-criteria losing 16.674 points, survey 27.936, bonus 1, deduction 1), and the other units
get seeded-random losses tuned so that their totals land on illustrative values that give
the published ranks. The application never reads this script; it reads the TSV files, and
the engine computes every total from them (the golden tests check it).

Run from the repository root: python3 tools/demo-data/generate.py
"""
import decimal
import random
from decimal import Decimal as D
from pathlib import Path

OUT = Path("src/main/resources/demo")
EXACT = decimal.Context(prec=200)
DIV = decimal.Context(prec=34, rounding=decimal.ROUND_HALF_EVEN)  # Java MathContext.DECIMAL128

UNITS = [  # code, kind, name (the order of the province's lists)
    ("pleiku", "CITY", "Pleiku"), ("an-khe", "TOWN", "An Khê"), ("ayun-pa", "TOWN", "Ayun Pa"),
    ("chu-pah", "DISTRICT", "Chư Păh"), ("chu-prong", "DISTRICT", "Chư Prông"), ("chu-puh", "DISTRICT", "Chư Pưh"),
    ("chu-se", "DISTRICT", "Chư Sê"), ("dak-doa", "DISTRICT", "Đak Đoa"), ("dak-po", "DISTRICT", "Đak Pơ"),
    ("duc-co", "DISTRICT", "Đức Cơ"), ("ia-grai", "DISTRICT", "Ia Grai"), ("ia-pa", "DISTRICT", "Ia Pa"),
    ("kbang", "DISTRICT", "Kbang"), ("kong-chro", "DISTRICT", "Kông Chro"), ("krong-pa", "DISTRICT", "Krông Pa"),
    ("mang-yang", "DISTRICT", "Mang Yang"), ("phu-thien", "DISTRICT", "Phú Thiện"),
]

# Totals as published (2 places). 2021: Ia Grai 1st 78,30, Pleiku 76,96, Kông Chro 76,40, Đak Pơ 6th
# 75,26, Chư Prông 17th 71,47 are published; the rest are illustrative. 2020: Pleiku 1st and Đak Pơ
# 2nd are published; the totals are illustrative.
TARGETS = {
    2021: {"ia-grai": "78.30", "pleiku": "76.96", "kong-chro": "76.40", "chu-se": "76.12", "an-khe": "75.71",
           "dak-po": "75.26", "dak-doa": "75.03", "chu-pah": "74.58", "mang-yang": "74.20", "ia-pa": "73.86",
           "ayun-pa": "73.41", "duc-co": "73.05", "kbang": "72.77", "phu-thien": "72.40", "krong-pa": "72.12",
           "chu-puh": "71.83", "chu-prong": "71.47"},
    2020: {"pleiku": "82.15", "dak-po": "81.40", "ia-grai": "80.62", "an-khe": "80.05", "kong-chro": "79.48",
           "chu-se": "78.93", "ayun-pa": "78.40", "dak-doa": "77.86", "chu-pah": "77.31", "mang-yang": "76.75",
           "duc-co": "76.20", "ia-pa": "75.64", "kbang": "75.12", "chu-prong": "74.57", "phu-thien": "74.03",
           "krong-pa": "73.49", "chu-puh": "72.90"},
}

# Typical base of each ratio leaf (min, max); economic leaves are plans in their own units.
BASES = {
    "1.1.2": (20, 30), "1.3.2": (20, 30), "1.3.3": (4, 12), "2.2.2": (8, 15), "2.3": (20, 60),
    "3.3.1": (2500, 6000), "3.3.2": (2000, 9000), "3.3.4": (1000, 5000), "3.4.2": (10, 40),
    "4.1.2": (12, 14), "4.2.2": (5, 20), "4.4": (2, 6), "5.2.2": (80, 150), "5.4.2": (50, 200),
    "5.5.1": (80, 200), "5.5.2": (100, 250), "6.2.1": (20, 60), "6.4": (3, 10),
    "7.1.1": (5000, 15000), "7.1.2": (4000, 12000), "7.1.3": (2000, 8000), "7.2.1": (250, 320),
    "7.2.2": (2000, 8000), "7.2.3": (1500, 6000), "8.1": (300, 1500), "8.2": (300, 1500),
    "8.3": (150, 600), "8.4.1": (8, 12), "8.4.2": (1, 4), "8.4.3": (2000, 3500),
}

# What an appraiser writes when a unit loses points on a leaf (other units than Đak Pơ 2021).
COMMENTS = {
    "1.1.2": "Chưa hoàn thành đầy đủ các nhiệm vụ trong kế hoạch cải cách hành chính năm",
    "1.2": "Một số báo cáo cải cách hành chính định kỳ gửi chưa đúng hạn",
    "1.3.2": "Tỷ lệ cơ quan, đơn vị được kiểm tra trong năm chưa đạt yêu cầu",
    "1.3.3": "Chưa xử lý dứt điểm các tồn tại phát hiện qua kiểm tra",
    "1.4": "Hình thức tuyên truyền cải cách hành chính chưa đa dạng",
    "1.5": "Chưa có đủ sáng kiến, giải pháp mới được công nhận",
    "2.2.2": "Chưa hoàn thành kế hoạch theo dõi thi hành pháp luật",
    "2.3": "Chưa kiểm tra đầy đủ văn bản quy phạm pháp luật do cấp xã ban hành",
    "3.1": "Chưa thực hiện rà soát, đánh giá thủ tục hành chính theo kế hoạch",
    "3.3.1": "Còn hồ sơ thủ tục hành chính cấp huyện giải quyết trễ hẹn",
    "3.3.2": "Còn hồ sơ thủ tục hành chính cấp xã giải quyết trễ hẹn",
    "3.3.3": "Việc lập, theo dõi hồ sơ thủ tục hành chính còn sai sót",
    "3.3.4": "Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn thấp",
    "3.4.2": "Còn phản ánh, kiến nghị xử lý chưa đúng hạn",
    "4.1.2": "Một số cơ quan bố trí số lượng cấp phó chưa đúng quy định",
    "4.1.3": "Cơ cấu lãnh đạo, quản lý so với công chức ở một số cơ quan chưa hợp lý",
    "4.2.2": "Chưa hoàn thành chỉ tiêu tinh giản biên chế",
    "4.4": "Chưa hoàn thành sắp xếp đơn vị sự nghiệp công lập theo kế hoạch",
    "5.2.2": "Một số công chức chưa được bố trí đúng vị trí việc làm",
    "5.2.3": "Quy trình bổ nhiệm lại lãnh đạo, quản lý chưa đảm bảo quy định",
    "5.4.2": "Chưa hoàn thành kế hoạch đào tạo, bồi dưỡng",
    "5.5.1": "Còn cán bộ cấp xã chưa đạt chuẩn",
    "5.5.2": "Còn công chức cấp xã chưa đạt chuẩn",
    "5.6": "Có cán bộ, công chức bị xử lý kỷ luật trong năm",
    "6.2.1": "Tỷ lệ đơn vị sự nghiệp được giao tự chủ tài chính chưa đạt yêu cầu",
    "6.4": "Chưa thực hiện đầy đủ kết luận thanh tra, kiểm toán",
    "7.1.1": "Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan chưa đạt yêu cầu",
    "7.1.2": "Ký số trên văn bản điện tử chưa đầy đủ",
    "7.1.3": "Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng còn thấp",
    "7.2.1": "Số thủ tục hành chính cung cấp dịch vụ công trực tuyến mức độ 3, 4 chưa đạt chỉ tiêu",
    "7.2.2": "Tỷ lệ hồ sơ trực tuyến mức độ 3, 4 còn thấp",
    "7.2.3": "Tỷ lệ hồ sơ thanh toán trực tuyến còn thấp",
    "7.3.1": "Thông tin trên Trang thông tin điện tử cập nhật chưa kịp thời",
    "8.1": "Thu hút đầu tư chưa đạt kế hoạch",
    "8.2": "Thu ngân sách chưa đạt dự toán",
    "8.3": "Chưa đạt chỉ tiêu giảm tỷ lệ hộ nghèo",
    "8.4.1": "Tốc độ tăng trưởng giá trị sản xuất chưa đạt kế hoạch",
    "8.4.2": "Chưa đạt chỉ tiêu xã đạt chuẩn nông thôn mới",
    "8.4.3": "Chưa hoàn thành chỉ tiêu giải quyết việc làm",
}
# Leaves losing points most often in 2020-2021 (digital government, one-stop office) weigh more.
HARD = {"3.3.1", "3.3.2", "3.3.4", "7.1.1", "7.1.2", "7.1.3", "7.2.1", "7.2.2", "7.2.3", "5.5.1", "5.5.2"}
TUNING = ["3.3.2", "3.3.1", "7.1.1"]  # ratio leaves with large bases: fine steps to land a total

SEED_REASONS = {  # Đak Pơ 2021: the seed article's reasons, as the appraisers' comments
    "review": "Việc thực hiện rà soát, đánh giá thủ tục hành chính chưa được quan tâm thực hiện",
    "late": "Vẫn còn tình trạng hồ sơ giải quyết trễ hẹn",
    "dossier": "Việc lập hồ sơ chưa đảm bảo theo quy định thủ tục hành chính",
    "digitise": "Công tác số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực vướng mắc trong triển khai hạ tầng kỹ thuật nên chưa thể thực hiện ngay",
    "deputies": "Một số cơ quan chuyên môn bố trí số lượng cấp phó chưa đúng quy định",
    "ratio": "Một số cơ quan có cơ cấu lãnh đạo quản lý so với công chức không giữ chức vụ lãnh đạo, quản lý chưa hợp lý",
    "reappoint": "Công tác bổ nhiệm lại lãnh đạo, quản lý chưa đảm bảo quy định",
    "standard": "Một số cán bộ, công chức cấp xã, huyện chưa đạt chuẩn",
    "edocs": "Xử lý văn bản trên môi trường điện tử, ký số trên văn bản điện tử thực hiện chưa đầy đủ, chưa đúng quy định",
    "online": "Việc cung ứng dịch vụ công trực tuyến mức độ 3, mức độ 4 chưa đáp ứng yêu cầu do điều kiện hạ tầng công nghệ và khả năng tiếp cận của người dân còn thấp",
    "plan": "Một số nhiệm vụ trong kế hoạch cải cách hành chính năm chưa hoàn thành đúng tiến độ",
    "rural": "Chưa đạt chỉ tiêu xã đạt chuẩn nông thôn mới theo kế hoạch",
}
# leaf: (inputs, comment key) for Đak Pơ 2021's 18 leaves that lost points (1 criterion, 17 sub-criteria)
DAK_PO_2021_LOST = {
    "1.1.2": ({"actual": 15, "base": 25}, "plan"),
    "3.1": ({"met": 0}, "review"),
    "3.3.1": ({"actual": 2268, "base": 3240}, "late"),
    "3.3.2": ({"actual": 2040, "base": 3000}, "late"),
    "3.3.3": ({"score": D("0.25")}, "dossier"),
    "3.3.4": ({"actual": 0, "base": 2160}, "digitise"),
    "4.1.2": ({"actual": 6, "base": 12}, "deputies"),
    "4.1.3": ({"met": 0}, "ratio"),
    "5.2.3": ({"met": 0}, "reappoint"),
    "5.5.1": ({"actual": 54, "base": 90}, "standard"),
    "5.5.2": ({"actual": 126, "base": 150}, "standard"),
    "7.1.1": ({"actual": 2460, "base": 8200}, "edocs"),
    "7.1.2": ({"actual": 1230, "base": 6150}, "edocs"),
    "7.1.3": ({"actual": 960, "base": 3200}, "edocs"),
    "7.2.1": ({"actual": 58, "base": 290}, "online"),
    "7.2.2": ({"actual": 81, "base": 4000}, "online"),
    "7.2.3": ({"actual": 0, "base": 2100}, "online"),
    "8.4.2": ({"actual": 1, "base": 4}, "rural"),
}
# Đak Pơ 2021's survey means: Σ maximum × mean = 27.936, shown 27,94 (the seed). Every mean is a whole number
# of thousandths, so that the demo's generated responses give it exactly (see survey_answers).
DAK_PO_2021_SURVEY = {"1.6": "0.942", "2.5": "0.915", "3.6": "0.939", "4.5": "0.918", "5.7": "0.926",
                      "6.5": "0.945", "7.6": "0.904", "8.5": "0.947"}
BONUS_REASONS = [
    "Có sáng kiến cải cách hành chính được UBND tỉnh công nhận",
    "Triển khai mô hình mới trong giải quyết thủ tục hành chính được tỉnh ghi nhận, nhân rộng",
    "Hoàn thành vượt chỉ tiêu tiếp nhận hồ sơ trực tuyến của tỉnh giao",
]
DEDUCTION_REASONS = [
    "Chậm gửi báo cáo cải cách hành chính theo yêu cầu của UBND tỉnh",
    "Để xảy ra vi phạm trong giải quyết thủ tục hành chính bị phản ánh trên báo chí",
    "Chưa khắc phục hạn chế được chỉ ra qua kiểm tra công vụ",
]


def read_tree():
    leaves = []
    with open(OUT / "district-index-set.tsv", encoding="utf-8") as f:
        header = None
        for line in f:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if header is None:
                header = cols
                continue
            row = dict(zip(header, cols))
            if row["component"]:
                leaves.append(row)
    return leaves


def parse_rule(text):
    parts = text.split()
    params = {}
    bands = []
    for p in parts[1:]:
        if "=" in p:
            k, v = p.split("=")
            params[k] = v
        elif ":" in p:
            a, b = p.split(":")
            bands.append((D(a), D(b)))
    return parts[0], params, bands


def points(leaf, inputs):
    """The engine's leaf rule, with Java's DECIMAL128 division."""
    kind, params, bands = parse_rule(leaf["rule"])
    mx = D(leaf["max"])
    if kind == "yes-no":
        return mx if inputs["met"] == 1 else D(0)
    if kind == "manual":
        return D(inputs["score"])
    if kind == "count":
        return min(EXACT.multiply(D(inputs["count"]), D(params["per-item"])), mx)
    if kind == "bands":
        got = D(0)
        for start, pts in bands:
            if D(inputs["value"]) >= start:
                got = pts
        return got
    if kind == "survey":
        return EXACT.multiply(mx, D(inputs["mean"]))
    if kind == "ratio":
        base = D(inputs["base"])
        if base == 0:
            return mx
        full_at = D(params.get("full-at", "1"))
        r = DIV.divide(D(inputs["actual"]), EXACT.multiply(base, full_at))
        return EXACT.multiply(mx, max(D(0), min(D(1), r)))
    raise ValueError(kind)


def full_inputs(leaf, rnd):
    kind, params, bands = parse_rule(leaf["rule"])
    mx = D(leaf["max"])
    if kind == "yes-no":
        return {"met": 1}
    if kind == "manual":
        return {"score": mx}
    if kind == "count":
        return {"count": int(mx / D(params["per-item"])) + rnd.choice([0, 0, 1])}
    if kind == "bands":
        best = max(bands, key=lambda b: (b[1], -b[0]))
        return {"value": int(best[0]) + (rnd.choice([0, 1]) if best == bands[-1] else 0)}
    if kind == "ratio":
        lo, hi = BASES.get(leaf["code"], (5, 30))
        base = rnd.randint(lo, hi)
        full_at = D(params.get("full-at", "1"))
        need = int((base * full_at).to_integral_value(rounding=decimal.ROUND_CEILING))
        extra = rnd.randint(0, max(1, base // 20)) if leaf["code"].startswith("8.") or full_at < 1 else 0
        return {"actual": min(need + extra, base) if not leaf["code"].startswith("8.") else need + extra,
                "base": base}
    raise ValueError(kind)


def losing_inputs(leaf, rnd, room):
    """Inputs that lose some points on a leaf (at most about {@code room} on ratio leaves),
    chosen like a real unit's shortfall."""
    kind, params, bands = parse_rule(leaf["rule"])
    mx = D(leaf["max"])
    if kind == "yes-no":
        return {"met": 0}
    if kind == "manual":
        step = D(params["step"])
        return {"score": mx - step * rnd.randint(1, max(1, int(mx / step) - 1))}
    if kind == "count":
        return {"count": int(mx / D(params["per-item"])) - 1}
    if kind == "bands":
        losing = [b for b in bands if b[1] < max(p for _, p in bands)]
        return {"value": int(rnd.choice(losing[-2:] if len(losing) > 1 else losing)[0])}
    if kind == "ratio":
        lo, hi = BASES.get(leaf["code"], (5, 30))
        base = rnd.randint(lo, hi)
        full_at = D(params.get("full-at", "1"))
        share = D(rnd.randint(10 if leaf["code"] in HARD else 30, 90)) / 100
        share = max(share, 1 - room / mx)
        actual = int((base * full_at * share).to_integral_value(rounding=decimal.ROUND_FLOOR))
        return {"actual": actual, "base": base}
    raise ValueError(kind)


def fmt(inputs):
    return "; ".join(f"{k}={v}" for k, v in inputs.items())


def late_dossiers(entries):
    late = 0
    for code in ("3.3.1", "3.3.2"):
        e = entries[code][0]
        late += e["base"] - e["actual"]
    return late


def generate_unit(year, code, leaves, rnd):
    by_code = {leaf["code"]: leaf for leaf in leaves}
    appraisal = [leaf for leaf in leaves if leaf["component"] == "APPRAISAL"]
    survey_leaves = [leaf for leaf in leaves if leaf["component"] == "SURVEY"]
    target = D(TARGETS[year][code])
    if year == 2021 and code == "dak-po":
        entries = {}
        for leaf in appraisal:
            if leaf["code"] in DAK_PO_2021_LOST:
                inputs, reason = DAK_PO_2021_LOST[leaf["code"]]
                entries[leaf["code"]] = (inputs, SEED_REASONS[reason])
            else:
                entries[leaf["code"]] = (full_inputs(leaf, rnd), "")
        entries["3.5"] = ({"actual": late_dossiers(entries), "base": late_dossiers(entries)}, "")
        survey = {c: (rnd.randint(60, 120), D(m)) for c, m in DAK_PO_2021_SURVEY.items()}
        bonus = [(D(1), BONUS_REASONS[0])]
        deduction = [(D(1), DEDUCTION_REASONS[0])]
        return entries, survey, bonus, deduction
    bonus = [(D(rnd.choice(["0.5", "1", "1", "1.5", "2"])), rnd.choice(BONUS_REASONS))] if rnd.random() < 0.7 else []
    deduction = [(D(rnd.choice(["0.5", "1"])), rnd.choice(DEDUCTION_REASONS))] if rnd.random() < 0.4 else []
    # Survey means around 0.84 to 0.95; the appraisal part makes up the rest of the total.
    mean = D(rnd.randint(840, 950)) / 1000
    survey = {}
    for leaf in survey_leaves:
        m = min(D("0.99"), mean + D(rnd.randint(-25, 25)) / 1000).quantize(D("0.001"))
        survey[leaf["code"]] = (rnd.randint(60, 120), m)
    survey_points = sum(EXACT.multiply(D(by_code[c]["max"]), m) for c, (_, m) in survey.items())
    adjust = sum(p for p, _ in bonus) - sum(p for p, _ in deduction)
    lost_needed = D(64) - (target - survey_points - adjust)
    tuning = TUNING[0]
    candidates = [leaf for leaf in appraisal if leaf["code"] in COMMENTS and leaf["code"] != tuning]
    rnd.shuffle(candidates)
    candidates.sort(key=lambda leaf: 0 if leaf["code"] in HARD and rnd.random() < 0.8 else 1)
    entries = {leaf["code"]: (full_inputs(leaf, rnd), "") for leaf in appraisal}
    lost = D(0)
    chosen = set()
    for _ in range(20):
        for leaf in candidates:
            if lost_needed - lost <= D("1.2"):
                break
            if leaf["code"] in chosen:
                continue
            inputs = losing_inputs(leaf, rnd, lost_needed - lost - D("0.3"))
            loss = D(leaf["max"]) - points(leaf, inputs)
            if loss <= 0 or lost + loss > lost_needed - D("0.05"):
                continue
            entries[leaf["code"]] = (inputs, COMMENTS[leaf["code"]])
            chosen.add(leaf["code"])
            lost += loss
    # Land the total: the tuning leaf loses what is left, through whole dossier counts.
    leaf = by_code[tuning]
    remaining = lost_needed - lost
    assert D(0) < remaining <= D(leaf["max"]), (year, code, remaining, lost_needed, sorted(chosen), len(candidates))
    base = rnd.randint(*BASES[tuning])
    actual = int((base * (1 - remaining / D(leaf["max"]))).to_integral_value(rounding=decimal.ROUND_HALF_UP))
    entries[tuning] = ({"actual": actual, "base": base}, COMMENTS[tuning] if actual < base else "")
    entries["3.5"] = ({"actual": late_dossiers(entries), "base": late_dossiers(entries)}, "")
    return entries, survey, bonus, deduction


def total_of(leaves, entries, survey, bonus, deduction):
    by_code = {leaf["code"]: leaf for leaf in leaves}
    appraisal = sum(points(by_code[c], e[0]) for c, e in entries.items())
    survey_points = sum(EXACT.multiply(D(by_code[c]["max"]), m) for c, (_, m) in survey.items())
    b = min(sum((p for p, _ in bonus), D(0)), D(6))
    d = min(sum((p for p, _ in deduction), D(0)), D(8))
    return appraisal, survey_points, appraisal + survey_points + b - d


# The demo's survey forms (DemoSurvey.java): two respondent groups of weight 1, each answering every survey
# leaf with A = 1, B = 0.6, C = 0.2, D = 0 and E "không biết" (left out of the mean).
FORMS = ("LD", "ND")
OPTION_WEIGHTS = (D(1), D("0.6"), D("0.2"), D(0))
VALID_PER_FORM = 100


def split_form(fifths, rnd):
    """Counts (A, B, C, D) of 100 valid answers whose weights add up to fifths / 5, i.e. a form mean of
    fifths / 500: 5a + 3b + c = fifths and a + b + c + d = 100. Of the solutions, the one closest to a
    plausible spread (a fifth of the shortfall on D, a third on C, the rest on B)."""
    shortfall = VALID_PER_FORM - D(fifths) / 5
    want_d = int(shortfall * D("0.2") * (1 + D(rnd.randint(-30, 30)) / 100))
    want_c = int(shortfall * D("0.35") * (1 + D(rnd.randint(-30, 30)) / 100))
    best = None
    for d in range(0, VALID_PER_FORM + 1):
        for c in range(0, VALID_PER_FORM + 1 - d):
            twice_a = fifths - 3 * VALID_PER_FORM + 2 * c + 3 * d
            if twice_a < 0 or twice_a % 2:
                continue
            a = twice_a // 2
            b = VALID_PER_FORM - a - c - d
            if b < 0:
                continue
            cost = abs(d - want_d) + abs(c - want_c)
            if best is None or cost < best[0]:
                best = (cost, (a, b, c, d))
    assert best is not None, fifths
    return best[1]


def survey_answers(code, survey, rnd):
    """Per survey leaf and form, the answers the demo's generated responses carry: 100 valid answers per
    form whose mean, averaged over the two forms (weight 1 each), is the leaf's mean exactly (a mean of
    j/1000 is (j1 + j2) / 1000 with j1 + j2 = j, each form's j_i / 500 a fifth-weighted count), plus a few
    "không biết" answers, the same number on every leaf of a unit's form."""
    rows = []
    dont_know = {form: rnd.randint(0, 6) for form in FORMS}
    for leaf_code, (_, mean) in survey.items():
        thousandths = mean * 1000
        assert thousandths == thousandths.to_integral_value(), (code, leaf_code, mean)
        total = int(thousandths)
        # a form's 100 answers reach at most 496 fifths below a full 500 (497 to 499 have no solution)
        first = min(max(total // 2 + rnd.randint(-12, 12), total - 496), 496)
        for form, fifths in zip(FORMS, (first, total - first)):
            counts = split_form(fifths, rnd)
            rows.append((code, leaf_code, form, counts, dont_know[form]))
        # the check: each form's mean of its valid answers, then the two forms' mean
        means = []
        for row in rows[-2:]:
            weighted = sum(EXACT.multiply(w, D(n)) for w, n in zip(OPTION_WEIGHTS, row[3]))
            means.append(DIV.divide(weighted, D(sum(row[3]))))
        assert DIV.divide(means[0] + means[1], D(2)) == mean, (code, leaf_code, means, mean)
    return rows


def display(value):
    return value.quantize(D("0.01"), rounding=decimal.ROUND_HALF_UP)


def main():
    leaves = read_tree()
    with open(OUT / "units.tsv", "w", encoding="utf-8") as f:
        f.write("# The 17 district-level units of Gia Lai province in 2020-2021, in the province's order.\n")
        f.write("code\tkind\tname\n")
        for code, kind, name in UNITS:
            f.write(f"{code}\t{kind}\t{name}\n")
    for year in (2020, 2021):
        rnd = random.Random(year)
        answers_rnd = random.Random(year * 10 + 1)
        ent_rows, sur_rows, adj_rows, answer_rows = [], [], [], []
        for code, _, _ in UNITS:
            entries, survey, bonus, deduction = generate_unit(year, code, leaves, rnd)
            appraisal, survey_points, total = total_of(leaves, entries, survey, bonus, deduction)
            assert display(total) == D(TARGETS[year][code]), (year, code, total)
            for leaf in leaves:
                if leaf["code"] in entries:
                    inputs, comment = entries[leaf["code"]]
                    ent_rows.append(f"{code}\t{leaf['code']}\t{fmt(inputs)}\t{comment}")
            for leaf_code, (n, mean) in survey.items():
                sur_rows.append(f"{code}\t{leaf_code}\t{n}\t{mean}")
            if year == 2021:
                for unit, leaf_code, form, counts, dont_know in survey_answers(code, survey, answers_rnd):
                    answer_rows.append("\t".join([unit, leaf_code, form, *map(str, counts), str(dont_know)]))
            for p, reason in bonus:
                adj_rows.append(f"{code}\tBONUS\t{p}\t{reason}")
            for p, reason in deduction:
                adj_rows.append(f"{code}\tDEDUCTION\t{p}\t{reason}")
            print(year, code, appraisal.normalize(), survey_points.normalize(), total.normalize())
        note = f"# Illustrative {year} inputs (minh họa), generated by tools/demo-data/generate.py; only the published totals and ranks are real.\n"
        (OUT / f"district-{year}-entries.tsv").write_text(note + "unit\tleaf\tinputs\tcomment\n" + "\n".join(ent_rows) + "\n", encoding="utf-8")
        if year == 2021:
            # 2021's survey points come from generated responses (DemoSurvey.java), 2020's from its means
            answers_note = (note + "# Answers per survey leaf and form (LD, ND: weight 1 each) of the demo's generated paper responses:"
                            " A = 100 %, B = 60 %, C = 20 %, D = 0 %, E = không biết (left out of the mean).\n")
            (OUT / f"district-{year}-survey-answers.tsv").write_text(answers_note + "unit\tleaf\tform\tA\tB\tC\tD\tE\n" + "\n".join(answer_rows) + "\n", encoding="utf-8")
        else:
            (OUT / f"district-{year}-survey.tsv").write_text(note + "unit\tleaf\trespondents\tmean\n" + "\n".join(sur_rows) + "\n", encoding="utf-8")
        (OUT / f"district-{year}-adjustments.tsv").write_text(note + "unit\tkind\tpoints\treason\n" + "\n".join(adj_rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
