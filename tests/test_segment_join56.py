"""join56: one-line (joined) texts' （n） runs that mix titled measures with untitled provisions
(MIXED_PROVISIONS_INLINE)."""

from __future__ import annotations

from plankg.loaders.structure.segment import Heading, _without_mixed_provisions_inline
from tests.segmenting import tree

# laian-housing-measures-2022 joined (heldout54), its first five parts as crawled: the （n） numbered on across
# the parts, titled measures ("（三）提高住房公积金贷款额度。借款人…") among untitled provisions
# ("（四）取消夫妻离异…的限制。")
LAIAN = (
    "为促进我县房地产业的良性循环和健康发展，坚持“房住不炒”的定位，支持商品房市场更好满足刚性和改善性住房需求，因城"
    "施策，助企纾困。结合我县实际情况，制定以下措施：一、放宽首套房认定标准（一）对自建房、拆迁安置房、房改房不计入“"
    "首套房”，对购房前名下拥有一套商品住房无房贷或已结清相应购房贷款的家庭，为改善居住条件再次申请贷款购买新建商品住"
    "房，以及二孩及以上（未成年）家庭购买第二套商品住房的,享受“首套房”政策，银行业金融机构和税务部门执行“首套房”"
    "贷款和税收政策。以上“首套房”认定，由不动产登记部门出具“首套房查询证明”。二、优化住房公积金使用政策（二）缴存"
    "人连续足额缴存住房公积金6个月（含）以上，即可申请住房公积金贷款。（三）提高住房公积金贷款额度。借款人家庭成员只"
    "有1人连续、足额缴存住房公积金的，月缴存额在1500元（含）以上的，最高可贷40万元；借款人家庭成员有2人及以上"
    "连续、足额缴存的，合计月缴存额在3000元（含）以上的，最高可贷50万元。符合首套房首贷政策的，住房公积金贷款最"
    "高额度在现行标准基础上再提高10万元（截止时间为2022年12月31日止）。（四）取消夫妻离异一年内购买住房不得"
    "申请住房公积金提取和贷款的限制。（五）缴存人家庭再次申请住房公积金贷款购买新建自住住房的，首付款比例调整为不低于"
    "20%。（六）职工在我县行政区域内购买自住住房，提取本人及配偶住房公积金账户内存储余额后，资金不足的，可提取其父"
    "母、子女的住房公积金账户内存储余额（在滁州市辖区内其他县市购买自住住房的，按滁州市住房公积金相关政策执行）。（七"
    "）其他设区城市的住房公积金缴存人，在我县内购买自住住房时，符合滁州市住房公积金贷款相关政策规定的，可在我县申请住"
    "房公积金贷款。三、给予适当的购房补贴（八）给予部分购房契税补贴。对新购买我县内新建商品房（住宅、非住宅）的，县财"
    "政给予购房者实际缴纳契税的50%补贴。对符合夫妻双方都是大专及以上学历在我县新购房且在我县落户、就业的，县财政给"
    "予实际缴纳购房契税的100%补贴，只有一方（或单身）符合条件的，给予实际缴纳购房契税的80%补贴。对符合本县内落"
    "户的二孩（未成年）家庭新购买新建商品住房的，县财政给予实际缴纳契税的80%补贴；三孩及以 上（未成年）家庭新购买"
    "新建商品住房的，给予实际缴纳契税的100%补贴。以上契税补贴类型不重复享受，购房人可据实际情况选择其中一种最合适"
    "的契税补贴类型。财政补助政策的实施期限以网签备案时间为准（自本文印发之日开始，截止时间为2022年12月31日）"
    "，购房人于办理不动产登记后，凭不动产权证、网签备案单、契税税票申请办理契税补贴领取手续。（九）人才购房补贴。对来"
    "我县落户、就业的大中专以上学历的人才，在县内购买商品住房，符合《来安县“来者皆安”人才政策三十条》有关规定的A、"
    "B、C、D类人才标准，购房补贴从其规定执行。（十）农民进城或返乡置业人员购房补贴。对农民进城、返乡置业人员，自愿"
    "退出或放弃申请宅基地，且在来安县内购买新建普通商品住房的，享受《来安县农村宅基地自愿有偿退出暂行办法》（来宅改〔"
    "2021〕13号）第六条规定的优惠政策。符合以上补贴政策条件的购房人，可在享受契税补贴的基础上，同时享受其他项优"
    "惠补贴。享受补贴的购房人于办理不动产登记后，凭不动产权证、网签备案单和相关审核证明到指定地点申请办理补贴领取手续"
    "。四、加大金融支持力度（十一）对企业项目贷款予以支持。金融机构要区分项目风险与企业集团风险，加大对优质项目的支持"
    "力度，不盲目抽贷、断贷、压贷，不搞 “一刀切”，保障个人住房贷款有序投放，支持房地产开发企业合理贷款需求，加大对"
    "优秀建筑企业授信支持力度。鼓励金融机构按照市场化、法治化的原则，对受疫情影响严重、到期还款困难的企业，通过展期等"
    "方式予以支持，并依据调整后的还款安排报送信用记录，引导本地各金融机构保持房地产开发企业信贷合理增长。（十二）落实"
    "差别化住房信贷政策。贯彻落实《中国人民银行中国银行保险监督管理委员会关于调整差别化住房信贷政策有关问题的通知》（"
    "银发〔2022〕115号），各金融机构可降低居民首套及二套改善性住房个人按揭贷款首付比例和贷款利率。首套住房首付"
    "比例最低可降至20%，贷款利率最低可降至相应期限贷款市场报价利率减20个基点。（十三）商业房可参照相应政策，给予"
    "办理按揭或现房抵押贷款。五、政府帮助房企去化部分库存（十四）提高政府购买商品房安置比例。除现有的经国有平台公司合"
    "作开发的定向回购安置房以外，全部采取购买商品房进行安置，通过公开招标竞价后，由安置户自主选择合适的小区和房源，帮"
    "助房企去化商品房库存，同时减少政府对安置房的维护成本。（十五）协调国有平台公司收购盘活库存助企纾困。为避免房地产"
    "开发企业竞相压价抛售，导致房地产市场秩序紊乱，冲击老百姓对房地产市场预期和信心，引发集体断供潮和群访事件，带来不"
    "稳定的社会影响。县政府协调国有平台公司介入收购一部分困难房地产开发企业库存的商品房（以竣工的商业房为主），通过融"
    "资贷款盘活此部分存量商品房资产，平衡化解市场压力和资金短缺的危机，以促进房地产市场良性循环和健康发展。"
)  # fmt: skip


def test_untitled_provisions_among_titled_measures_are_no_headings_read_inline() -> None:
    assert "\n" not in LAIAN and len(LAIAN) > 2000  # a glued text, read inline
    sections = tree(LAIAN)
    assert [s[1] for s in sections if s[0] == 1] == ["一、", "二、", "三、", "四、", "五、"]
    numbers = [s[1] for s in sections if s[0] == 2]
    # the titled measures stay (gold), the one-sentence and clause-broken provisions go
    assert {"（三）", "（八）", "（九）", "（十）", "（十一）", "（十二）", "（十四）", "（十五）"} <= set(numbers)
    assert not {"（一）", "（四）", "（五）", "（六）", "（七）", "（十三）"} & set(numbers)
    assert ("（三）", "提高住房公积金贷款额度") in [(s[1], s[2]) for s in sections]


def _inline(parts: list[tuple[str, str, str]]) -> tuple[str, list[Heading]]:
    """A glued text of （n） entries (marker, title, what follows the title) and its headings as read inline."""
    text, headings = "", []
    for number, title, rest in parts:
        start = len(text)
        text += number + title + rest
        headings.append(Heading(2, number, title, start, start + len(number) + len(title)))
    return text, headings


def test_without_titled_measures_enough_the_provisions_stay() -> None:
    provisions = [
        ("（四）", "取消夫妻离异一年内购买住房不得申请住房公积金提取和贷款的限制", "。"),
        ("（五）", "缴存人家庭再次申请住房公积金贷款购买新建自住住房的，首付款比例调整为不低于20%", "。"),
    ]
    titled = [
        ("（三）", "提高住房公积金贷款额度", "。借款人家庭成员只有1人连续、足额缴存住房公积金的，最高可贷40万元。"),
        ("（八）", "给予部分购房契税补贴", "。对新购买我县内新建商品房的，县财政给予补贴。"),
        ("（九）", "人才购房补贴", "。对来我县落户、就业的人才，购房补贴从其规定执行。"),
    ]
    text, headings = _inline([titled[0], *provisions, *titled[1:]])
    assert [h.number for h in _without_mixed_provisions_inline(text, headings)] == ["（三）", "（八）", "（九）"]
    # MIXED_TITLED_ENTRIES_MIN: two titles closed by their 。 make no mixed run
    text, headings = _inline([titled[0], *provisions, titled[1]])
    assert len(_without_mixed_provisions_inline(text, headings)) == 4
    # provisions outnumbering the titled measures are a State Council text's untitled provisions (UNTITLED_PROVISIONS,
    # nat-power-reform-2002: "（九）重组电网资产，设立国家电网公司。" among "（十七）建立电力调度交易中心，…"), kept
    more = [(f"（{n}）", title, "。") for n, (_, title, _) in zip("四五六七", provisions * 2, strict=True)]
    text, headings = _inline([*titled, *more])
    assert len(_without_mixed_provisions_inline(text, headings)) == 7
    # two-clause titles closed by their 。 with a paragraph after them are titles (nat-academic-env-2015 joined)
    couplet = (
        "（十）",
        "优化科研管理环境，落实扩大科研机构自主权",
        "。扩大科研机构在科研立项、经费使用等方面的自主权。",
    )
    later = [("（十一）", provisions[0][1], "。"), ("（十二）", provisions[1][1], "。")]
    text, headings = _inline([*titled, couplet, *later])
    assert [h.number for h in _without_mixed_provisions_inline(text, headings)] == [
        "（三）",
        "（八）",
        "（九）",
        "（十）",
    ]
    # a run restarting at （一） is another run: its entries are judged apart
    text, headings = _inline([*titled, ("（一）", provisions[0][1], "。"), ("（二）", provisions[1][1], "。")])
    assert len(_without_mixed_provisions_inline(text, headings)) == 5
