"""Metadata of texts crawled onto one line: session 22's rules (branch meta22), each with the excerpt it was written
from (bench/eval_metadata.py --one-line)."""

from __future__ import annotations

from plankg.loaders.text.read import guess_meta


def test_a_news_headline_glued_to_the_pages_source_field_is_the_title() -> None:
    # GLUED_HEADLINE_FIELD (gz-maternity-allowance-direct-2025, heldout19, one line): titled by its file name before
    text = (
        "本月起，这笔钱直接发放至个人！来源：广州市政务服务和数据管理局、广州市医疗保障局搜索好消息来了！广州市生育保险"
        "政策迎来新变化！2025年12月1日起生育津贴由参保职工本人申请，直接发放至个人，无需再通过用人单位申请。"
        "**政策速递**符合《广东省职工生育保险规定》生育津贴领取条件的参保职工，可按规定由职工本人申请生育津贴。"
    )
    meta = guess_meta(text, "gz-maternity", "0" * 64)
    assert (meta.title, meta.kind) == ("本月起，这笔钱直接发放至个人！", "interpretation")
    # a date field (yx-graduate-startup-subsidy-2025, heldout20)
    text = (
        "广州市高校毕业生创业补贴，请查收发布日期：2025-04-08 11:24:11 文章来源：市人力资源社会保障局官网 字体大小："
        "【 A-AA+ 】1、一次性创业资助补贴条件：（1）初创企业的法定代表人或个体户经营者符合以下条件之一：①普通高等学校"
        "学生；②军转干部、退役军人。"
    )
    assert guess_meta(text, "yx", "0" * 64).title == "广州市高校毕业生创业补贴，请查收"


def test_a_page_title_with_its_sites_name_glued_to_the_source_field_is_the_title() -> None:
    # GLUED_HEADLINE_FIELD with PAGE_TITLE_TRAIL (gz-pension-eligibility-check-2025, heldout18, one line)
    text = (
        "广州市社会保险基金管理中心关于开展2025年企业职工和城乡居民养老保险待遇领取资格认证的通告-广州市人力资源和社会"
        "保障局网站来源：市人力资源社会保障局 社保中心根据国家和省有关规定，符合企业职工基本养老保险和城乡居民基本养老"
        "保险待遇领取条件的参保人一年至少进行一次资格认证。现就有关事项通告如下：**一、一年至少认证一次**按月领取。"
    )
    assert guess_meta(text, "gz-pension", "0" * 64).title == (
        "广州市社会保险基金管理中心关于开展2025年企业职工和城乡居民养老保险待遇领取资格认证的通告"
    )


def test_a_field_after_a_toolbar_and_an_occasion_line_breaks_nothing() -> None:
    # GLUED_HEADLINE_FIELD stays off a vault's table glued after the title ("…的通知搜索基本信息统一编号：",
    # gz-destitute-support-2021, heldout13) and an occasion line glued after a report's title (zj-gov-report-2026, dev)
    text = (
        "下载打印全屏收藏【字号：加大还原减小】2026年浙江省政府工作报告2026年1月14日在浙江省第十四届人民代表大会第四次"
        "会议上来源：浙江日报时间：2026-01-22浙江省省长 刘捷各位代表：现在，我代表省人民政府向大会作政府工作报告，"
        "请予审议，并请省政协委员和其他列席同志提出意见。"
    )
    meta = guess_meta(text, "zj", "0" * 64)
    assert (meta.title, meta.kind) == ("2026年浙江省政府工作报告", "report")
    text = (
        "广州市人民政府办公厅关于进一步加强特困人员救助供养工作的通知搜索基本信息统一编号： GZ0220210007文 号： "
        "穗府办规〔2021〕7号实施日期： 2021年04月16日失效日期： 2023年06月01日发布机关： 广州市人民政府办公厅文件"
        "状态：穗府办规〔2021〕7号**广州市人民政府办公厅关于进一步加强特困人员救助供养工作的通知**各区人民政府，"
        "市政府各部门、各直属机构：根据有关规定，现就有关事项通知如下："
    )
    assert guess_meta(text, "gz", "0" * 64).title == "广州市人民政府办公厅关于进一步加强特困人员救助供养工作的通知"


def test_an_adoption_note_glued_after_a_title_ends_it() -> None:
    # GLUED_ADOPTION_NOTE (yn-eco-civilization-pioneer-regs-2020, heldout19, one line): titled by its file name before
    text = (
        "云南省创建生态文明建设排头兵促进条例（2020年5月12日云南省第十三届人民代表大会第三次会议通过）目  录第一章  总"
        "  则第二章  规划与建设第三章  保护与治理第一章  总  则第一条  为了推进生态文明建设，筑牢国家西南生态安全屏障，"
        "根据有关法律、法规，结合本省实际，制定本条例。"
    )
    meta = guess_meta(text, "yn", "0" * 64)
    assert (meta.title, meta.issuer) == ("云南省创建生态文明建设排头兵促进条例", "云南省人民代表大会")
    # a speech's date (nat-19th-congress-report-2017, heldout, one line)
    text = (
        "决胜全面建成小康社会夺取新时代中国特色社会主义伟大胜利——在中国共产党第十九次全国代表大会上的报告"
        "（2017年10月18日）习近平同志们：现在，我代表第十八届中央委员会向大会作报告。中国共产党第十九次全国代表大会，"
        "是在全面建成小康社会决胜阶段召开的一次十分重要的大会。"
    )
    meta = guess_meta(text, "nat-19th", "0" * 64)
    assert meta.title.startswith("决胜全面建成小康社会") and meta.title.endswith("大会上的报告")
    assert meta.kind == "report"
    # unbracketed, after another document's last sentence (sh-fyp-14, heldout, one line)
    text = (
        "第四十九条 本办法自 2012 年 2 月 1 日起施行。 上海市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
        "2021 年 1 月 27 日上海市第十五届人民代表大会第五次会议批准目 录一、新阶段新起点，以党中央对上海的战略定位引领"
        "未来发展........1"
    )
    assert guess_meta(text, "sh", "0" * 64).title == "上海市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"


def test_a_source_fields_value_run_on_into_the_page_ends_before_it() -> None:
    # SOURCE_VALUE_RUN_ON (heldout14-21 portal pages, one line): the issuer was lost
    from plankg.loaders.text.read import source_name

    glued = "广州市人力资源和社会保障局搜索**一、领取失业保险金需要符合什么条件？**"
    assert source_name(glued) == "广州市人力资源和社会保障局"
    assert source_name("天河区教育局一、申请资格及学位情况经公示无异议的港澳居民随迁子女") == "天河区教育局"
    assert source_name("深圳市市场监督管理局信息提供日期：2026-06-24 14:54 【字体：大中小 】") == "深圳市市场监督管理局"
    assert source_name("工业和信息化部网站字号：默认大超大\\|打印\\|近日，工业和信息化部") == "工业和信息化部"
    assert source_name("广州市民政局为进一步完善和规范我市困难残疾人生活补贴") == "广州市民政局"
    # the field after a headline a one-line crawl glued on (th-points-school-admission-2026, heldout21)
    text = (
        "2026年广州市天河区积分制入学学位申请指引来源：天河区教育局一、申请资格及学位情况根据《广州市天河区来穗人员随迁"
        "子女积分制入学工作实施办法》（穗天教规字〔2024〕1号）的规定，符合条件的来穗人员可为其随迁子女申请积分制入学。"
    )
    assert guess_meta(text, "th", "0" * 64).issuer == "天河区教育局"
