"""Round 25's service guides and portal articles (fix25seg, session 24): bold titles split into runs on a saved page,
a headline's column tag and a lead label in black lenticular brackets, 第X步： steps, star tip labels, entries that
open with a case, and a closing FAQ of unnumbered questions. Each excerpt is quoted from round 25's texts
(tests/realworld/texts); each test fails on the code before the rule it names."""

from __future__ import annotations

from plankg.loaders.text.formats import headline_element, read_document
from plankg.loaders.text.read import guess_meta
from tests.segmenting import PARA, tree

# gz-degree-talent-hukou-guide-2026, the article's block as the saved page writes it (shortened)
SPLIT_BOLD_PAGE = (
    "<html><head><title>学历型人才引进入户申报指南</title></head><body><div class='content'>"
    "<p>　　若未能通过数据比对，则无法使用智能审批功能，按原定方式进行申报和由人力资源社会保障部门进行人工审核，"
    "并根据系统指引准备并上传以下材料的原件彩色扫描件或清晰拍照图片：</p>"
    "<p><strong>　　1.必备材料清单：</strong></p>"
    "<p><strong>　　（1）</strong><strong>身份证明材料</strong></p>"
    "<p>　　身份证正反面、户口簿首页及本人页。</p>"
    "<p><strong>　　（2）</strong><strong>学历学位证明材料</strong></p>"
    "<p>　　①毕业证书、学位证书。</p>"
    "<p>　　②国内学历学位认证材料：通过中国高等教育学生信息网验证打印的《教育部学历证书电子注册备案表》。</p>"
    "<p><strong>　　（3）</strong><strong>落户地址材料</strong></p>"
    "<p>　　迁入本人、直系亲属房产或单位集体户等，需提供相应的房产证明、集体户首页或租赁合同等材料。</p>"
    "</div></body></html>"
)


def test_a_bold_title_split_into_runs_is_one_bold_line() -> None:
    # XML_INDENT_BETWEEN_RUNS: before, "（1）" stood alone and "      身份证明材料" on an indented line of its own
    text = read_document(SPLIT_BOLD_PAGE.encode("utf-8"), "x.html", ".html")
    assert "**（1）身份证明材料**" in text.split("\n")
    assert "**（3）落户地址材料**" in text.split("\n")
    assert "\n      " not in text


# gz-degree-talent-hukou-guide-2026 as read (shortened)
TAGGED_PAGE = "\n".join(
    [
        "【关注】学历型人才引进入户申报指南-广州市人力资源和社会保障局网站",
        "发布日期：2026-05-18",
        "【导语】《根据《广州市引进人才入户管理办法》，本市对具备本科及以上学历的人才设有明确的入户通道。"
        "本文将为您详细解读学历型人才入户的申报条件、申请渠道、办理流程及注意事项，助您高效完成落户。",
        "**二、申报渠道**",
        "1.广州人社微信公众号：微信搜索“广州人社”公众号，点击“微专区” > “入户服务档案查询” > “引进人才入户”，"
        "登录后即可办理。",
        "2.“穗好办”APP：搜索“引进在职人才入户”事项办理。",
        "**三、办理流程与材料准备**",
        "符合条件的学历型人才入户可享受“智能审批”服务，极大缩短办理时间。",
    ]
)


def test_bracketed_tags_before_any_heading_are_no_provisions() -> None:
    # BRACKETED_TAG_BEFORE_BODY: before, "【关注】" and "【导语】" were two level-1 sections over the parts
    assert [(level, title) for level, _, title in tree(TAGGED_PAGE)] == [
        (1, "申报渠道"),
        (2, "广州人社微信公众号"),
        (2, "“穗好办”APP"),
        (1, "办理流程与材料准备"),
    ]


# gz-social-security-card-guide-2026 as read (shortened)
STEPS_PAGE = "\n".join(
    [
        "一、申领对象",
        "本市户籍人员以及依法享受本市社会保障及其他公共服务待遇的非本市户籍人员。",
        "二、申领方法",
        "**第一步：提前准备社保卡相片回执号**",
        "请申领人通过“穗好办”APP的“办事>社保>社会保障卡>相片上传”栏目拍摄或上传1张本人近期相片，获取相片回执号。",
        "★小贴士",
        "1.“穗好办”APP和“广州人社”微信公众号的相片上传栏目仅限可通过实名认证方式登录的人员办理，不能通过实名认证的，请到银行网点现场申领。",
        "2.姓名中含生僻字的，使用英文输入法的方括号和大写拼音代替生僻字（如申领人姓名为张钅监三，则录入的个人姓名为：张[JIAN]三）。",
        "**第二步：办理申领**",
        "**（一）网上办理**",
        "方法1：在“穗好办”APP的“办事>社保>社会保障卡>申领”栏目办理（仅居住在中国境内的中国公民可办理）。",
        "★小贴士",
        "姓名中有生僻字的中国公民、华侨和外国居民暂不能通过网上申领，须到银行网点现场申领。",
        "**（二）银行网点现场办理**",
        "申领人可选择即时制卡网点办理即时制卡业务，现场申请，立等可取；也可选择普通网点办理限时制卡业务。",
        "★小贴士",
        "1.如有其他特殊情况需代办业务的，按银行有关规定办理，具体办理要求详询银行。",
        "**第三步：领卡**",
        "请收到银行的领卡通知或查询到领卡网点已签收社保卡后再前往银行网点领卡。",
        "**第四步：设置密码**",
        "**（一）选择到银行网点领卡的，领卡时同步设置社保卡密码。**",
        "**（二）选择付费邮寄方式领卡的，领卡后务必到社保卡卡面所示服务银行广州任一社保卡服务网点设置社保卡密码。**",
        "★小贴士",
        "社保卡设置密码后，持卡人才能凭卡支取或转出金融账户的资金。",
    ]
)


def test_steps_star_tips_and_case_entries() -> None:
    # STEP_ORDINAL: before, "第一步：提前准备…" was an unnumbered title, and 第四步 nested under 第三步's （二）;
    # STAR_TIP_LABEL: "★小贴士" was a section under each step; CONDITION_ENTRY: "（一）选择到银行网点领卡的，…" and
    # "1.如有其他特殊情况需代办业务的，…" were sections
    assert tree(STEPS_PAGE) == [
        (1, "一、", "申领对象"),
        (1, "二、", "申领方法"),
        (2, "第一步：", "提前准备社保卡相片回执号"),
        (2, "第二步：", "办理申领"),
        (3, "（一）", "网上办理"),
        (3, "（二）", "银行网点现场办理"),
        (2, "第三步：", "领卡"),
        (2, "第四步：", "设置密码"),
    ]


def test_a_step_that_is_a_sentence_is_no_heading() -> None:
    text = f"一、办理流程\n{PARA}\n第一步：登录系统，点击“申报”按钮。\n第二步：填写表单，上传材料。\n"
    assert tree(text) == [(1, "一、", "办理流程")]


# th-e-residence-permit-guide-2024 as read (shortened)
FAQ_PAGE = "\n".join(
    [
        "**01 什么是电子居住证？**",
        "电子居住证是公安机关按照国家电子证照管理有关规范，对符合申领居住证条件的来穗人员，签发生成的居住证电子文件。",
        "之前办理的实体卡还能用吗？",
        "家里的老人、小孩怎么办理电子居住证？",
        "赶紧来了解一下",
        "**已申领的实体居住证还可以使用吗？**",
        "已经领取且处于有效期内的实体居住证仍可继续使用，直至该实体居住证有效期满后自动失效，不再签注实体居住证。",
        "**前期已申领电子居住证，需要重新申领吗？**",
        "无需重新申领，有效期内的电子居住证可以继续使用。",
        "**家里的老人、小孩怎么办理电子居住证？**",
        "根据《广东省流动人口服务管理条例》规定，未满16周岁的未成年人和行动不便的老年人、残疾人等群体"
        "在享受各种政府服务时有办证需求的，可以由其监护人、近亲属代为申领居住证。",
    ]
)


def test_unnumbered_faq_questions_over_their_answers_are_top_level() -> None:
    # FAQ_QUESTION_LINE: before, the questions (their ？ at the line's end) were no headings; the teaser is none
    assert tree(FAQ_PAGE) == [
        (1, "01", "什么是电子居住证？"),
        (1, "", "已申领的实体居住证还可以使用吗？"),
        (1, "", "前期已申领电子居住证，需要重新申领吗？"),
        (1, "", "家里的老人、小孩怎么办理电子居住证？"),
    ]


def test_two_questions_make_no_faq() -> None:
    text = "\n".join(FAQ_PAGE.split("\n")[:9])
    assert [title for _, _, title in tree(text)] == ["什么是电子居住证？"]


# nat-fyp14-interp-liu (a speech on a portal), shortened: questions to the audience, paragraphs apart
SPEECH = "\n".join(
    [
        "一、“十四五”的目标",
        "聚焦到今年，增长目标怎么来确定？怎么来进行理解？这很重要，比如今年的目标是什么？6%以上。",
        "很多人就会问：为什么是6%以上？",
        "你要稳定跨越，就要超过门槛值20%。意味着什么？你要达到差不多1.5万到1.6万美金的水平。",
        "考验民族很重要的一个时点到了，能不能咬得住？",
        "去年年底高收入国家的人均GDP门槛值是12500美元左右。",
        "在这种环境里面，我们所制订的“十四五”规划尤其重要。",
        "因此我们有时候就讲，今年的压力比去年还要大。",
        "大家看一看整个金融行业，特别是银行业去年整体利润依然达到两万亿，同比正增长二点几。",
        "大家知道今年美国的增长速度可能是多少？",
        "原来大家都预计美国去年是负4、负5的增长，最近的初步核算出来是负3.5%的水平。",
    ]
)


def test_a_speech_asking_its_audience_has_no_faq() -> None:
    # FAQ_QUESTION_LINE: questions paragraphs apart, or quoted after a colon, head nothing
    assert tree(SPEECH) == [(1, "一、", "“十四五”的目标")]


def test_an_exporters_english_keyed_table_gives_title_and_issuer() -> None:
    # EXPORT_KEY_FIELD: before, the title was "Title\t七台河市文明祭祀条例" and the issuer none
    text = "\n".join(
        [
            "Id\tZmY4MDgxODE4NDJjMjYxYzAxODRhYzk0OWUzNzdmMmY%3D",
            "Title\t七台河市文明祭祀条例",
            "Office\t七台河市人民代表大会常务委员会",
            "Publish\t2022-11-03 00:00:00",
            "Expiry\t2022-12-01 00:00:00",
            "Type\t地方性法规",
            "",
            "All Five Concepts",
            "",
            "Content",
            "",
            "七台河市文明祭祀条例",
            "",
            "（2022年9月15日七台河市第十二届人民代表大会常务委员会第四次会议通过  2022年11月3日黑龙江省第十三届"
            "人民代表大会常务委员会第三十七次会议批准）",
            "",
            "第一条  为了促进精神文明和生态文明建设，鼓励和倡导文明、绿色祭祀，根据有关法律、法规，结合本市实际，"
            "制定本条例。",
        ]
    )
    meta = guess_meta(text, "qth", "0")
    assert (meta.title, meta.issuer) == ("七台河市文明祭祀条例", "七台河市人民代表大会常务委员会")


def test_a_headlines_column_tag_is_no_part_of_the_title() -> None:
    # HEADLINE_COLUMN_TAG: before, the title was "【关注】学历型人才引进入户申报指南"
    meta = guess_meta(TAGGED_PAGE, "gz-degree", "0")
    assert meta.title == "学历型人才引进入户申报指南"


# th-e-residence-permit-guide-2024 as read (shortened)
SUB_TITLES = "\n".join(
    [
        "**01 什么是电子居住证？**",
        "电子居住证是公安机关按照国家电子证照管理有关规范，对符合申领居住证条件的来穗人员，签发生成的居住证电子文件。",
        "**02 电子居住证有哪些优势特点？**",
        "办事更方便",
        "证件申领、签注、注销及项目变更等业务均可全流程网上办理，实现“零跑动”“掌上办”。",
        "功能更丰富",
        "增加下载打印功能，方便各种用证场景需要。同时增加代办申领、签注及代亮证功能，充分保障未成年人、老年人和残疾人等群体的用证需求。",
        "用证更安全",
        "增加二维码和条形码，实现证件防伪、防盗用。",
        "**03 电子居住证的申领条件和渠道？**",
        "与实体居住证申领条件一致。",
    ]
)


def test_a_sub_title_over_a_short_paragraph_after_its_siblings() -> None:
    # SUB_TITLE_OVER_SHORT_PARAGRAPH: before, "用证更安全" (its paragraph 20 characters) was no heading
    assert [(level, title) for level, _, title in tree(SUB_TITLES)] == [
        (1, "什么是电子居住证？"),
        (1, "电子居住证有哪些优势特点？"),
        (2, "办事更方便"),
        (2, "功能更丰富"),
        (2, "用证更安全"),
        (1, "电子居住证的申领条件和渠道？"),
    ]


# nat-clinical-pathway-notice-2016 (a company site's repost), shortened
SITE_TITLED_PAGE = (
    "<html><head><title>维润赛润</title></head><body><div id='menu'><a href='/'>首页</a></div><div id='news'>"
    "<div class='time'>2019.01.17</div><h3>国家卫生计生委办公厅关于实施有关病种临床路径的通知</h3>"
    "<p>国卫办医函〔2016〕1315号</p><p>各省、自治区、直辖市卫生计生委，新疆生产建设兵团卫生局：<br/>"
    "为进一步推进深化医药卫生体制改革，规范诊疗行为，保障医疗质量与安全，我委委托中华医学会组织专家制（修）订了一批临床路径；"
    "同时，对此前印发的有关临床路径进行了整理。<br/>一、推进临床路径管理与医疗质控和绩效考核相结合<br/>"
    "要充分发挥临床路径作为医疗质量控制与管理工具的作用，实施医疗服务全程管理，同时将临床路径管理有关要求纳入绩效考核管理，"
    "保障医疗质量与安全。</p></div></body></html>"
)


def test_a_page_titled_by_its_site_takes_its_document_headline() -> None:
    # HEADLINE_ELEMENT: before, the page's title was "维润赛润" (the text opened with it, the plan titled by its file)
    data = SITE_TITLED_PAGE.encode("utf-8")
    assert headline_element(data, "维润赛润") == "国家卫生计生委办公厅关于实施有关病种临床路径的通知"
    assert headline_element(data, "关于实施临床路径的通知") == "关于实施临床路径的通知"  # a document's title stays
    two = data.replace(
        b"<h3>", b"<h2>\xe5\x85\xb3\xe4\xba\x8e\xe5\x8d\xb0\xe5\x8f\x91\xe7\x9a\x84\xe9\x80\x9a\xe7\x9f\xa5</h2><h3>"
    )
    assert headline_element(two, "维润赛润") == "维润赛润"  # two document headings: none is the page's


def test_a_reposted_headline_element_is_taken_without_its_repost_mark() -> None:
    # HEADLINE_COLUMN_TAG in HEADLINE_ELEMENT (gz-public-rental-mgmt-2024, a district portal): before, the
    # headline "（转载）广州市人民政府办公厅关于…的通知" gave the issuer "（转载）广州市人民政府办公厅"
    page = (
        "<html><head><title>x</title></head><body>"
        "<h1 class='print-title'>广州市天河区人民政府天园街道办事处政府信息公开</h1>"
        "<h1 class='title'>（转载）广州市人民政府办公厅关于印发广州市公共租赁住房管理办法的通知</h1></body></html>"
    )
    title = "广州市人民政府办公厅关于印发广州市公共租赁住房管理办法的通知"
    assert headline_element(page.encode("utf-8"), "广州市天河区人民政府天园街道办事处政府信息公开") == title
