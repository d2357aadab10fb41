"""Narrative text of a report: preamble, section 一's five aspects, 五, 六, sign-off.

Templates use ``{slot}`` fields and ``[a|b|c]`` alternatives (see ``units.expand``). Every
sentence that states a number is built from the figures as printed, so the narrative agrees
with the tables. The only years written are the report year, the sign-off date (year+1) and
document numbers such as 〔2021〕30号.
"""

from __future__ import annotations

import random

from figures import ReportFigures
from units import SentencePool, Unit, expand

INTRO = (
    "{year}年，{we}[在{lvl}委、{lvl}政府的正确领导下|在上级政务公开主管部门的指导下]，[认真贯彻|深入贯彻]"
    "《中华人民共和国政府信息公开条例》，[紧紧围绕|紧扣]中心工作，[扎实推进|稳步推进]政府信息公开工作，"
    "[取得了|收到了][良好|积极]成效。"
)

PROACTIVE = (
    "{we}[坚持|始终坚持|严格落实]“以公开为常态、不公开为例外”原则，[围绕|聚焦][中心工作|重点领域|群众关切的热点问题]，"
    "[及时|全面|准确][发布|公开]政策文件、工作动态、通知公告等各类政府信息。",
    "全年通过{portal}、政务新媒体和[政务公开栏|便民服务大厅公示屏]等渠道主动公开政府信息{n1}条，"
    "其中政策文件{n2}条、工作动态{n3}条。",
    "[围绕|聚焦][乡村振兴|安全生产|民生保障|营商环境|生态环境保护]等重点领域，[及时公开|集中发布]相关政策措施和"
    "[落实情况|执行情况]，[切实保障|有效保障]群众的知情权、参与权和监督权。",
    "[加强|强化]政策解读工作，对[重要政策文件|涉及群众切身利益的政策文件]采取[图文解读|简明问答|视频解读]等方式进行解读，"
    "[全年|本年度]发布解读材料{n4}篇。",
    "[严格落实|认真执行]公开属性源头认定机制，[公文|文件]起草时同步明确公开属性，[确保|做到]应公开尽公开。",
    "[及时更新|动态调整]主动公开基本目录，[规范|细化]公开内容、公开时限和公开方式，主动公开工作更加规范有序。",
    "对财政预决算、[重大建设项目|民生实事项目|惠民惠农补贴资金]等重点领域信息[做到|坚持]应公开尽公开，"
    "[主动接受|自觉接受]社会监督。",
)

ON_REQUEST = (
    "{we}[严格按照|认真落实]《中华人民共和国政府信息公开条例》[规定|要求]，[规范|优化]依申请公开[受理|办理]流程，"
    "[做到|确保]依法、按时、规范答复。",
    "[畅通|拓宽]依申请公开渠道，[提供|开通]当面、信函、网络等多种申请方式，[方便|便利]群众提交申请。",
    "[完善|规范]依申请公开[登记|台账]管理，对每件申请[登记建档|全程留痕]，[实行|落实]办理时限预警。",
    "[加强|注重]与申请人的沟通，[准确把握|充分了解]申请人的实际需求，[提高|提升]答复质量。",
)

MANAGEMENT = (
    "[严格落实|认真执行]政府信息公开保密审查机制，[坚持|落实]“谁公开、谁审查、谁负责”原则，[确保|做到]信息发布安全准确。",
    "[定期|及时]开展[政府信息管理|规范性文件清理]工作，对[已失效|已废止]的文件及时[标注|清理]，[规范|加强]政府信息管理。",
    "[规范|完善]政府信息[发布|审核]流程，信息经经办人员起草、分管负责人审核、主要负责人审定后发布。",
    "[加强|强化]个人隐私保护，对公开信息中涉及的身份证号码、联系电话等个人信息[进行|作]去标识化处理。",
    "[建立健全|完善]政府信息[动态更新|管理]机制，对公开信息[开展|进行][定期|常态化]检查，及时[更新|纠正]过时信息。",
)

PLATFORM = (
    "[持续加强|不断加强]{portal}信息公开专栏建设，[优化|调整]栏目设置，[确保|保证]信息更新及时、链接有效。",
    "[充分发挥|用好]政务微信公众号、[政务微博|视频号]等政务新媒体[作用|优势]，[拓宽|丰富]政府信息[发布|传播]渠道。",
    "[规范|完善]政务公开[专区|栏]建设，在[便民服务中心|政务服务大厅|办公场所]设置[政府信息查阅点|政务公开栏]，"
    "[方便|便于]群众查阅。",
    "[定期|常态化]开展政府网站和政务新媒体[自查|检查]，[及时|认真]整改错别字、[链接失效|栏目不更新]等情况。",
    "[升级|改版]政府信息公开[平台|专栏]，[新增|完善]检索和[互动|留言]功能，平台[服务能力|易用性]进一步提升。",
)

OVERSIGHT = (
    "[成立|调整充实]政务公开工作领导小组，[由|明确]主要负责人[任组长|为第一责任人]，[配备|明确]专人负责政府信息公开日常工作。",
    "[组织开展|多次组织]政府信息公开业务培训，[深入学习|系统学习]《中华人民共和国政府信息公开条例》等[法规|业务知识]，"
    "[工作人员|干部职工]业务能力[明显|进一步]提升。",
    "[将|把]政府信息公开工作纳入[年度绩效考核|年终目标考核]，[强化|加强]监督检查，[保障|确保]各项工作落到实处。",
    "[主动接受|自觉接受]社会公众和[新闻媒体|人大代表、政协委员]监督，[认真|及时]处理群众对政府信息公开工作的意见建议。",
)

GOVERNMENT_OVERSIGHT = (
    "[开展|组织开展]政府信息公开工作社会评议，[群众|社会]满意度[较高|良好]，"
    "本年度未发生政府信息公开工作责任追究情况。"
)

SYSTEMS = (
    "政府信息公开工作制度", "信息发布保密审查制度", "政府信息公开考核评议制度", "依申请公开办理制度",
    "政府信息公开责任追究制度", "政务公开工作例会制度", "政策解读制度", "政府信息公开社会评议制度",
    "政府信息发布审核制度", "政务舆情回应制度",
)

PROBLEMS = (
    "[主动公开|政府信息公开]内容[不够全面|深度不够]，[政策解读|信息发布]的[形式|方式]较为单一",
    "[工作人员|信息公开工作人员]多为兼职，[业务能力|专业水平]有待提升",
    "[政务新媒体|网站栏目][更新不够及时|运维力量不足]",
    "[对群众关注的热点回应不够及时|回应关切的主动性不强]",
    "[依申请公开|信息公开]工作[规范化水平|答复质量]有待进一步提高",
    "[基层政务公开|公开平台建设][标准化规范化水平|信息化水平]不高",
)

MEASURES = (
    "[加强|强化]组织领导，[压实|落实]工作责任，[确保|推动]政府信息公开工作[有序开展|落到实处]",
    "[加强|定期开展]业务培训，[提升|提高]工作人员[业务水平|业务能力]",
    "[拓宽|丰富]公开渠道，[用好|发挥]政务新媒体[作用|优势]，[提升|增强]信息发布[时效性|实效性]",
    "[加强|做好]政策解读，[及时|主动]回应社会关切",
    "[规范|优化]依申请公开办理流程，[提高|提升]答复[质量|规范化水平]",
    "[加强|完善]政府网站[日常管理|内容保障]，[确保|做到]信息更新及时准确",
)

ORDINALS = ("一", "二", "三", "四", "五")


def slots(rng: random.Random, unit: Unit) -> dict[str, object]:
    n2, n3 = rng.randint(5, 120), rng.randint(20, 600)
    return {
        "we": unit.self_ref, "short": unit.short, "lvl": unit.parent_level, "portal": unit.portal,
        "year": unit.year, "n1": n2 + n3 + rng.randint(10, 900), "n2": n2, "n3": n3, "n4": rng.randint(2, 40),
    }


def preamble(rng: random.Random, unit: Unit) -> list[str]:
    basis = expand(rng, rng.choice((
        "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发"
        "〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求，{name}编制了本报告。",
        "本报告由{name}根据《中华人民共和国政府信息公开条例》（国务院令第711号）和国办公开办函〔2021〕30号文件要求编制。",
    )), name=unit.name)
    period = f"本报告中所列数据统计期限自{unit.year}年1月1日起至{unit.year}年12月31日止。"
    contact = expand(rng, "本报告电子版可在{portal}查阅。如对本报告有疑问，请与{name}[办公室|党政办公室]联系"
                     "（联系电话：0{a}-{b}）。", portal=unit.portal, name=unit.name,
                     a=rng.randint(310, 999), b=rng.randint(2000000, 8999999))
    if rng.random() < 0.5:
        return [basis + period + contact]
    return [basis + period, contact]


def intro(rng: random.Random, unit: Unit, values: dict[str, object]) -> str:
    return expand(rng, INTRO, **values)


def normative_sentence(figures: ReportFigures) -> str | None:
    made, repealed, valid = figures.t2.normative
    if made == 0:
        return None
    return f"本年制发行政规范性文件{made}件，废止{repealed}件，现行有效{valid}件。"


def application_sentences(rng: random.Random, unit: Unit, figures: ReportFigures, detail: bool) -> list[str]:
    """Statements about T3/T4 numbers, always equal to the printed tables."""
    new, carry_in = figures.t3_total("r1_new"), figures.t3_total("r2_carry_in")
    done, carry_out = figures.t3_total("r3_total"), figures.t3_total("r4_carry_out")
    out: list[str] = []
    if new == 0:
        out.append(expand(rng, "本年度{we}[未收到|没有收到]政府信息公开申请。", we=unit.self_ref))
    else:
        head = expand(rng, "[本年共收到|本年度共收到|本年度{we}共收到]政府信息公开申请{n}件",
                      we=unit.self_ref, n=new)
        natural = figures.t3["r1_new"][0]
        if new != natural and rng.random() < 0.6:
            head += f"，其中自然人申请{natural}件、法人或其他组织申请{new - natural}件"
        out.append(head + "。")
    if carry_in:
        out.append(f"上年结转政府信息公开申请{carry_in}件。")
    if done and detail:
        out.append(_results_sentence(figures, done))
    if carry_out:
        out.append(f"结转下年度继续办理{carry_out}件。")
    out.append(_review_sentence(rng, figures))
    return out


def _results_sentence(figures: ReportFigures, done: int) -> str:
    parts = [("予以公开", figures.group_total("r3_open")), ("部分公开", figures.group_total("r3_partial")),
             ("不予公开", figures.group_total("r3_deny")), ("无法提供", figures.group_total("r3_na")),
             ("不予处理", figures.group_total("r3_np")), ("其他处理", figures.group_total("r3_oth"))]
    listed = "、".join(f"{name}{n}件" for name, n in parts if n)
    return f"本年度共办结政府信息公开申请{done}件，其中{listed}。"


def _review_sentence(rng: random.Random, figures: ReportFigures) -> str:
    review, suits = figures.review_total(), figures.litigation_total()
    if review == 0 and suits == 0:
        return rng.choice(("本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。",
                           "本年度未发生政府信息公开行政复议和行政诉讼案件。"))
    return f"本年度因政府信息公开工作被申请行政复议{review}件，被提起行政诉讼{suits}件。"


def systems_sentence(rng: random.Random, unit: Unit, duplicate: bool) -> str:
    """A “…制度” enumeration; with ``duplicate`` the last item repeats an earlier one."""
    items = [f"“{unit.short}{s}”" for s in rng.sample(SYSTEMS, rng.randint(3, 5))]
    if duplicate:
        items.append(items[rng.randrange(len(items) - 1)])
    template = "{we}进一步健全工作机制，[完善|修订|建立]了{items}等制度，[明确|细化]了政府信息公开工作[职责|流程]。"
    return expand(rng, template, we=unit.self_ref, items="、".join(items))


def stale_year_sentence(rng: random.Random, unit: Unit) -> str:
    """The DL401 defect: a narrative sentence dated with the previous year."""
    template = "{y}年，{we}[进一步|持续][规范|加强]政府信息公开[工作流程|日常管理]，[完善|落实]信息发布审核机制。"
    return expand(rng, template, y=unit.year - 1, we=unit.self_ref)


def problems(rng: random.Random, unit: Unit) -> tuple[str, str]:
    """(problems paragraph, measures paragraph) for section 五."""
    picked = [expand(rng, p) for p in rng.sample(PROBLEMS, rng.randint(2, 3))]
    listed = "；".join(f"{ORDINALS[i]}是{p}" for i, p in enumerate(picked))
    head = expand(rng, "{we}政府信息公开工作[还存在一些问题和不足|仍存在一些不足之处]：", we=unit.self_ref)
    measures = [expand(rng, m) for m in rng.sample(MEASURES, rng.randint(2, 4))]
    planned = "；".join(f"{ORDINALS[i]}是{m}" for i, m in enumerate(measures))
    tail = ""
    if rng.random() < 0.4:
        tail = expand(rng, "针对上年度[报告|工作]中[发现|指出]的问题，{we}[已逐项完成整改|已制定整改措施并落实到位]。",
                      we=unit.self_ref)
    lead = expand(rng, "下一步，{we}将[从以下方面加以改进|重点做好以下工作]：", we=unit.self_ref)
    return head + listed + "。", lead + planned + "。" + tail


def fee_statement(rng: random.Random, unit: Unit, figures: ReportFigures) -> str:
    notices = figures.t3_total("r3_oth_nofee")
    if notices:
        return (f"本年度{unit.self_ref}依据《政府信息公开信息处理费管理办法》向申请人发出收费通知{notices}件，"
                "申请人均未按期缴纳，实际收取信息处理费0元。")
    return expand(rng, rng.choice((
        "本年度{we}未收取信息处理费。",
        "本年度未收取信息处理费。",
        "{year}年，{short}未收取信息处理费。",
        "依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），本年度{we}未向申请人收取信息处理费。",
    )), we=unit.self_ref, short=unit.short, year=unit.year)


def other_matters(rng: random.Random, unit: Unit) -> list[str]:
    extra: list[str] = []
    if unit.kind != "street" and rng.random() < 0.4:
        template = "本年度{we}[共办理|承办]人大代表建议{a}件、政协提案{b}件，办理结果已[按规定|依法]公开。"
        extra.append(expand(rng, template, we=unit.self_ref, a=rng.randint(0, 30), b=rng.randint(0, 30)))
    if rng.random() < 0.5:
        extra.append(expand(rng, "本年度{we}无其他需要报告的事项。", we=unit.self_ref))
    return extra


def signoff(rng: random.Random, unit: Unit) -> list[str]:
    if rng.random() < 0.4:
        return []
    month = rng.randint(1, 3)
    return [unit.name, f"{unit.year + 1}年{month}月{rng.randint(1, 28)}日"]


def aspect_pools(rng: random.Random, unit: Unit) -> list[SentencePool]:
    """One pool per aspect of section 一, in the order （一）…（五）."""
    oversight = OVERSIGHT + ((GOVERNMENT_OVERSIGHT,) if unit.is_government else ())
    return [SentencePool(rng, t) for t in (PROACTIVE, ON_REQUEST, MANAGEMENT, PLATFORM, oversight)]


ASPECT_TITLES: tuple[tuple[str, ...], ...] = (
    ("主动公开政府信息情况", "主动公开情况", "主动公开"),
    ("依申请公开政府信息情况", "依申请公开情况", "依申请公开"),
    ("政府信息管理情况", "政府信息管理"),
    ("政府信息公开平台建设情况", "平台建设情况", "政府信息公开平台建设"),
    ("监督保障情况", "监督保障"),
)
