"""Attribution of statements, one construction a case, on texts written for the tests."""

from __future__ import annotations

import pytest

import quotekit

# (text, [(statement starts with, kind, name, title, org), ...])
CASES = [
    pytest.param(
        "“今年的茶叶收成比去年好。”南岭村村民赵春梅说。",
        [("今年的茶叶", "direct", "赵春梅", "村民", "南岭村")],
        id="quote-then-speaker",
    ),
    pytest.param(
        "回想起这些年的变化，东湖镇党委书记钱立军感慨地说：“路通了，人心也通了。”",
        [("路通了", "direct", "钱立军", "党委书记", "东湖镇")],
        id="speaker-colon-quote",
    ),
    pytest.param(
        "“设备已经调试完毕，”华宇电子总工程师孟凡说，“下周就能投产。”",
        [
            ("设备已经", "direct", "孟凡", "总工程师", "华宇电子"),
            ("下周就能", "direct", "孟凡", "总工程师", "华宇电子"),
        ],
        id="split-quote",
    ),
    pytest.param(
        "区教育局副局长马晓燕表示，今年将新建两所小学。",
        [("今年将新建", "indirect", "马晓燕", "副局长", "区教育局")],
        id="indirect",
    ),
    pytest.param(
        "据市水务局相关负责人介绍，改造工程将在年底前完工。",
        [("改造工程", "indirect", None, "负责人", "市水务局")],
        id="according-to",
    ),
    pytest.param(
        "在复旦大学经济学院教授沈一鸣看来，出口仍有韧性。",
        [("出口仍有", "indirect", "沈一鸣", "教授", "复旦大学经济学院")],
        id="in-the-view-of",
    ),
    pytest.param(
        "蓝海集团在声明中称，公司运营一切正常。",
        [("公司运营", "indirect", None, None, "蓝海集团")],
        id="organization-statement",
    ),
    pytest.param(
        "金沙县长岭乡副乡长韩冰表示，乡里将新修三条产业路。",
        [("乡里将新修", "indirect", "韩冰", "副乡长", "金沙县长岭乡")],
        id="segmenter-trap-county-head",
    ),
    pytest.param(
        "省科技厅成果转化处二级主任科员邱雨桐说，要打通成果转化的最后一公里。",
        [("要打通", "indirect", "邱雨桐", "二级主任科员", "省科技厅成果转化处")],
        id="rank-title",
    ),
    pytest.param(
        "中共安平县委副书记、安平县人民政府县长孔德文表示，今年要办好民生实事。",
        [("今年要办好", "indirect", "孔德文", "副书记", "中共安平县委")],
        id="two-positions",
    ),
    pytest.param(
        "张振华主任指出，汛期安全不能有丝毫松懈。",
        [("汛期安全", "indirect", "张振华", "主任", None)],
        id="name-then-title",
    ),
    pytest.param(
        "市交通局局长吴海峰介绍，新线路月底开通。“这只是开始。”吴局长说。",
        [
            ("新线路", "indirect", "吴海峰", "局长", "市交通局"),
            ("这只是开始", "direct", "吴海峰", "局长", "市交通局"),
        ],
        id="surname-plus-title",
    ),
    pytest.param(
        "市人大常委会副主任司马文涛说，立法要回应群众关切。",
        [("立法要回应", "indirect", "司马文涛", "副主任", "市人大常委会")],
        id="compound-surname",
    ),
    pytest.param(
        "世界卫生组织总干事谭德塞・阿达诺姆表示，各国应加强合作。",
        [("各国应", "indirect", "谭德塞・阿达诺姆", "总干事", "世界卫生组织")],
        id="transliterated-name-lookalike-dot",
    ),
    pytest.param(
        "“我们会继续扩大产能。”新远科技董事长韦国栋说。他表示，公司明年将在西安建厂。",
        [
            ("我们会继续", "direct", "韦国栋", "董事长", "新远科技"),
            ("公司明年", "indirect", "韦国栋", "董事长", "新远科技"),
        ],
        id="pronoun",
    ),
    pytest.param(
        "城南社区书记丁慧每天都去走访。“群众的事再小也是大事。”她说。",
        [("群众的事", "direct", "丁慧", "书记", "城南社区")],
        id="pronoun-after-introduction",
    ),
    pytest.param(
        "不少游客表示，景区的预约制度很方便。",
        [("景区的预约", "indirect", None, None, None)],
        id="group-speaker",
    ),
    pytest.param(
        "该县持续推进“最多跑一次”改革，“放管服”改革成效明显。",
        [],
        id="terms-are-not-statements",
    ),
    pytest.param("这组数据表示，市场正在回暖。", [], id="non-speech-verb"),
    pytest.param(
        "“老话说‘一年之计在于春’，春耕马虎不得。”种粮大户邹永强说。",
        [("老话说", "direct", "邹永强", "种粮大户", None)],
        id="nested-quote",
    ),
    pytest.param(
        "「我們會盡快公布調查結果。」環保署署長葉志成表示。",
        [("我們會", "direct", "葉志成", "署長", "環保署")],
        id="traditional-corner-quotes",
    ),
    pytest.param(
        "運輸署發言人指，該路段明日起實施臨時交通安排。",
        [("該路段", "indirect", None, "發言人", "運輸署")],
        id="hong-kong-zhi",
    ),
    pytest.param(
        '市长郑国华说:"今年要完成旧改一万户。"他表示,资金已经到位。',
        [
            ("今年要完成", "direct", "郑国华", "市长", None),
            ("资金已经", "indirect", "郑国华", "市长", None),
        ],
        id="half-width-punctuation",
    ),
    pytest.param(
        "某物流公司总经理 唐雪：今年的单量比去年多了两成，我们还在招人。",
        [("今年的单量", "direct", "唐雪", "总经理", "某物流公司")],
        id="tv-caption-line",
    ),
    pytest.param(
        "市气象台首席预报员温可欣说：“今年汛期降水偏多。\n\n“沿江地区要提前做好准备。”",
        [("今年汛期", "direct", "温可欣", "首席预报员", "市气象台")],
        id="multi-paragraph-quote",
    ),
    pytest.param(
        "江北区卫健委副主任林雪告诉记者，全区已建成十个健康驿站。",
        [("全区已建成", "indirect", "林雪", "副主任", "江北区卫健委")],
        id="told-reporter",
    ),
    pytest.param(
        "“这次展会很成功。”海联公司总经理庞杰在接受记者采访时表示。",
        [("这次展会", "direct", "庞杰", "总经理", "海联公司")],
        id="adverbial-between-speaker-and-cue",
    ),
    pytest.param(
        "市场监管局局长蔡明当天在发布会上表示，抽检合格率达到98%。",
        [("抽检合格率", "indirect", "蔡明", "局长", "市场监管局")],
        id="time-and-occasion-between",
    ),
    pytest.param(
        "东湖水务集团13日晚发表声明说，降雨导致部分管网受损。",
        [("降雨导致", "indirect", None, None, "东湖水务集团")],
        id="statement-issued-between",
    ),
    pytest.param(
        "同时，东港航空管理局7日发布公告称，航班将恢复。",
        [("航班将恢复", "indirect", None, None, "东港航空管理局")],
        id="notice-issued-between",
    ),
    pytest.param(
        "外交部发言人林立通过视频连线表示，中方愿意合作。",
        [("中方愿意", "indirect", "林立", "发言人", "外交部")],
        id="means-between",
    ),
    pytest.param(
        "朝鲜外务省发言人金成哲说，会谈取得了进展。",
        [("会谈取得", "indirect", "金成哲", "发言人", "朝鲜外务省")],
        id="place-opening-like-a-preposition",
    ),
    pytest.param("大家进行自我检视、党性分析，开展批评和自我批评。", [], id="common-word-no-name"),
    pytest.param(
        "吴里·巴表示赞赏这些倡议，认为这些倡议将为两国带来机遇。",
        [("这些倡议将为", "indirect", "吴里·巴", None, None)],
        id="dotted-name-ends-before-a-cue",
    ),
    pytest.param(
        "顾问委员会主席安娜·罗斯等发言，表示未来发展机遇众多，愿继续扩大合作。",
        [("未来发展", "indirect", "安娜·罗斯", "主席", "顾问委员会")],
        id="dotted-name-after-a-title-at-clause-start",
    ),
    pytest.param(
        "北岛特别报告员玛丽·怀特发言说，学校遭到了袭击。",
        [("学校遭到", "indirect", "玛丽·怀特", "特别报告员", "北岛")],
        id="speaking-between-name-and-cue",
    ),
    pytest.param(
        "欧阳立新委员代表本党中央发言说，要加强基层治理。",
        [("要加强", "indirect", "欧阳立新", "委员", None)],
        id="on-behalf-of-between",
    ),
    pytest.param(
        "官兵纷纷表示，一定牢记嘱托，忠诚履行使命。",
        [("一定牢记", "indirect", None, None, None)],
        id="soldiers-as-a-group",
    ),
    pytest.param("这次会议为两国合作指明了方向，意义重大。", [], id="zhiming-is-no-cue"),
    pytest.param("这凝结着全体指战员的智慧和心血。", [], id="zhizhanyuan-is-no-cue"),
    pytest.param(
        "北岛总统卡恩今天谴责这次袭击，他说，这是对主权的侵犯。",
        [("这是对主权", "indirect", "卡恩", "总统", "北岛")],
        id="foreign-name-after-a-title-then-a-pronoun",
    ),
    pytest.param(
        "南岭首相桑切斯1日致信委员会主席冯德兰，批评一些成员国制造对立。他说，团结才是出路。",
        [("团结才是", "indirect", "桑切斯", "首相", "南岭")],
        id="pronoun-takes-the-subject-not-the-object",
    ),
    pytest.param(
        "南港武装政治局领导人卡西姆10日表示，双方应继续谈判。南港还称，其武装人员击落了一架无人机。",
        [
            ("双方应继续", "indirect", "卡西姆", "领导人", "南港武装政治局"),
            ("其武装人员", "indirect", None, None, "南港"),
        ],
        id="name-with-members-is-an-organization",
    ),
    pytest.param(
        "球队大管家赵立平说，我们不会让步。",
        [("我们不会让步", "indirect", "赵立平", None, None)],
        id="name-after-a-title-no-list-holds",
    ),
    pytest.param("远航科技首席布道师白露表示，芯片产能明年翻倍。", [], id="no-guess-into-a-title"),
    pytest.param("这是马克思主义建党学说的重要发展。", [], id="xueshuo-is-no-cue"),
    pytest.param(
        "國發會主委龔明哲表示，今年經濟成長率可望達3%。",
        [("今年經濟", "indirect", "龔明哲", "主委", "國發會")],
        id="traditional-committee-chair",
    ),
    pytest.param(
        "食衞局發言人回覆查詢時稱，當局一直密切留意疫情。",
        [("當局一直", "indirect", None, "發言人", "食衞局")],
        id="traditional-replying-between",
    ),
    pytest.param(
        "藍委賴士明質詢時說，政府應該說清楚。",
        [("政府應該", "indirect", "賴士明", "藍委", None)],
        id="traditional-party-legislator",
    ),
    pytest.param(
        "谈及未来，王明信心满满：“明年产量还要翻番。”",
        [("明年产量", "direct", "王明", None, None)],
        id="colon-after-the-subject-and-manner",
    ),
    pytest.param("据史料记载：“钟响之时，十有余里。”", [], id="no-name-from-a-common-word"),
    pytest.param(
        "王明的妻子刘芳也表示，家里的生活越来越好。",
        [("家里的生活", "indirect", "刘芳", "妻子", None)],
        id="family-relation-before-a-name",
    ),
    pytest.param(
        "老张说，今年的收成比去年好很多。",
        [("今年的收成", "indirect", "老张", None, None)],
        id="familiar-name",
    ),
    pytest.param(
        "工作人员小李说，每天来办事的群众超过200人。",
        [("每天来办事", "indirect", "小李", "工作人员", None)],
        id="familiar-name-after-a-role",
    ),
    pytest.param(
        "老师说，明天考试要带好文具。",
        [("明天考试", "indirect", None, "老师", None)],
        id="laoshi-is-a-word-not-a-name",
    ),
    pytest.param(
        "“我们一定能完成任务！”战士们齐声喊道。",
        [("我们一定能", "direct", None, None, None)],
        id="verb-dao-after-a-quotation",
    ),
    pytest.param(
        "《东方日报》发表评论员文章指出，改革必须深化。",
        [("改革必须", "indirect", None, None, "东方日报")],
        id="paper-in-title-marks",
    ),
    pytest.param(
        "北港气象组织发布《全球季节性气候最新通报》称，厄尔尼诺将持续。",
        [("厄尔尼诺", "indirect", None, None, "北港气象组织")],
        id="document-in-title-marks-between",
    ),
    pytest.param("正如俗话所说，众人拾柴火焰高。", [], id="proverb-is-no-statement"),
    pytest.param("会前，大家听取意见建议，撰写发言提纲。", [], id="suggestions-noun-is-no-cue"),
    pytest.param(
        "赵立新在人民大会堂同赞比亚国民议会议长穆蒂会谈。穆蒂表示，赞方愿意深化合作。",
        [("赞方愿意", "indirect", "穆蒂", "议长", "赞比亚国民议会")],
        id="with-a-country-ends-the-organization",
    ),
    pytest.param(
        "北港市统计局公布最新报告称，一季度经济增长5%。",
        [("一季度", "indirect", None, None, "北港市统计局")],
        id="report-published-between",
    ),
    pytest.param(
        "代表团在上海会见北港市委书记刘强。刘强表示，欢迎各方到访。",
        [("欢迎各方", "indirect", "刘强", "书记", "北港市委")],
        id="a-verb-of-meeting-ends-the-organization",
    ),
    pytest.param(
        "北港特区选举管理委员会主席陈立新表示，投票安排已经就绪。",
        [("投票安排", "indirect", "陈立新", "主席", "北港特区选举管理委员会")],
        id="an-election-committee-keeps-its-name",
    ),
    pytest.param(
        "挪威首相汉斯特28日在奥斯陆说，欧洲正面临挑战。",
        [("欧洲正面临", "indirect", "汉斯特", "首相", "挪威")],
        id="a-bare-place-before-the-cue",
    ),
    pytest.param(
        "北港市农业局在官网发布通告称，明天起禁渔。",
        [("明天起", "indirect", None, None, "北港市农业局")],
        id="a-place-then-a-notice-issued",
    ),
    pytest.param(
        "王明指出，北港是我们的老朋友，在地区事务中主持公道，我们深表赞赏。",
        [
            (
                "北港是我们的老朋友，在地区事务中主持公道，我们深表赞赏。",
                "indirect",
                "王明",
                None,
                None,
            )
        ],
        id="a-clause-opening-on-zai-is-no-new-speaker",
    ),
    pytest.param("研讨会在海南省五指山市召开。", [], id="a-place-holding-a-cue-character"),
    pytest.param(
        "北港军方今天（10月4日）称，打击了一处燃料基地。",
        [("打击了", "indirect", None, None, "北港军方")],
        id="a-date-in-brackets-after-today",
    ),
    pytest.param(
        "挪威国防部副部长马利亚诺夫今天表示，局势紧张。",
        [("局势紧张", "indirect", "马利亚诺夫", "副部长", "挪威国防部")],
        id="syllables-run-past-a-chinese-reading",
    ),
    pytest.param(
        "北港军方称，打击了一处燃料基地，北港安全局还称摧毁了一处机场。",
        [
            ("打击了", "indirect", None, None, "北港军方"),
            ("摧毁了", "indirect", None, None, "北港安全局"),
        ],
        id="an-organization-also-reports",
    ),
    pytest.param(
        "第十号主席令说，《北港法》已由常委会通过。民调称，多数受访者支持该法。",
        [
            ("《北港法》", "indirect", None, None, None),
            ("多数受访者", "indirect", None, None, None),
        ],
        id="an-order-and-a-poll-speak",
    ),
    pytest.param(
        "北港汽车公司13日发布财报称，公司全年亏损。",
        [("公司全年", "indirect", None, None, "北港汽车公司")],
        id="who-issued-a-financial-report-speaks",
    ),
    pytest.param(
        "北港总统府29日发表声明说，袭击侵犯了主权。",
        [("袭击侵犯", "indirect", None, None, "北港总统府")],
        id="a-presidential-office-issues-a-statement",
    ),
    pytest.param(
        "青山河流域治理运动（青治运）30日发表声明说，治理仍将继续。",
        [("治理仍将", "indirect", None, None, "青山河流域治理运动")],
        id="a-name-with-a-short-name-in-brackets",
    ),
    pytest.param(
        "北港航空公司当地时间5日晚发表声明称，航班已经返航。",
        [("航班已经", "indirect", None, None, "北港航空公司")],
        id="local-time-before-the-cue",
    ),
    pytest.param(
        "北港秘书长马克·奥尔森（Mark Olsen）当天发表声明说，冲突必须停止。",
        [("冲突必须", "indirect", "马克·奥尔森", "秘书长", "北港")],
        id="a-latin-name-in-brackets",
    ),
    pytest.param(
        "湖南省长沙市青山区人民法院审理认为，被告行为构成侵权。",
        [("被告行为", "indirect", None, None, "湖南省长沙市青山区人民法院")],
        id="a-court-finds",
    ),
    pytest.param(
        "正如王明教授所说，“读书使人明智”。",
        [("读书使人明智", "direct", "王明", "教授", None)],
        id="what-someone-said-with-suo",
    ),
    pytest.param(
        "该院院长李华表示，医院将扩建。",
        [("医院将扩建", "indirect", "李华", "院长", None)],
        id="a-unit-named-before-is-no-organization",
    ),
    pytest.param(
        "柯文明今（12）日出席活動受訪時說，他不會參選。",
        [("他不會參選", "indirect", "柯文明", None, None)],
        id="a-date-written-jin-12-ri",
    ),
    pytest.param(
        "東方晚報報導稱，公司將裁員。",
        [("公司將裁員", "indirect", None, None, "東方晚報")],
        id="a-paper-whose-name-starts-like-a-surname",
    ),
    pytest.param(
        "与会嘉宾纷纷表示，希望加强合作。",
        [("希望加强", "indirect", None, None, None)],
        id="guests-at-a-meeting",
    ),
    pytest.param(
        "北港警方负责人称，船只出现故障。",
        [("船只出现", "indirect", None, "负责人", "北港警方")],
        id="a-title-ending-in-ren-before-cheng",
    ),
    pytest.param(
        "北港代表发言时表示，对事件严重关切。",
        [("对事件", "indirect", None, "代表", "北港")],
        id="while-speaking",
    ),
    pytest.param(
        "北港国防部发言人此前一天称，试射成功。",
        [("试射成功", "indirect", None, "发言人", "北港国防部")],
        id="the-day-before",
    ),
    pytest.param(
        "北港首相兼外交大臣穆罕默德9日表示，北港绝不容忍。",
        [("北港绝不", "indirect", "穆罕默德", "首相", "北港")],
        id="a-foreign-name-starting-with-a-surname-after-a-title",
    ),
    pytest.param(
        "北港电视台11日援引卫生部门的消息报道称，水样中测出甲苯。",
        [("水样中", "indirect", None, None, "北港电视台")],
        id="a-station-quoting-a-source",
    ),
    pytest.param(
        "报道称，保守党处于困难境地。",
        [("保守党", "indirect", None, None, None)],
        id="the-report-speaks",
    ),
    pytest.param(
        "报道称，北港总理阿巴德强调，必须立即停火。",
        [("必须立即", "indirect", "阿巴德", "总理", "北港")],
        id="the-one-a-report-quotes-speaks",
    ),
    pytest.param(
        "北港卫生部门10日发布消息称，过去24小时多人受伤。",
        [("过去24小时", "indirect", None, None, "北港卫生部门")],
        id="news-issued",
    ),
    pytest.param(
        "救援人员表示，雪崩发生在山区。",
        [("雪崩发生", "indirect", None, None, None)],
        id="rescuers",
    ),
    pytest.param(
        "北港国家安全顾问哈内洛比29日称，行动将持续。",
        [("行动将", "indirect", "哈内洛比", "国家安全顾问", "北港")],
        id="an-adviser",
    ),
    pytest.param(
        "北港战时内阁成员甘多斯宣布，退出内阁。",
        [("退出内阁", "indirect", "甘多斯", "成员", "北港战时内阁")],
        id="a-member",
    ),
    pytest.param(
        "北港联盟成员国领导人积极评价合作作用，表示将进一步加强合作。",
        [("将进一步", "indirect", None, "领导人", "北港联盟成员国")],
        id="member-states-are-no-member",
    ),
    pytest.param(
        "《通知》强调，要坚持聚焦主题。",
        [("要坚持", "indirect", None, None, None)],
        id="a-document-in-title-marks-speaks",
    ),
    pytest.param(
        "北港日报总编辑王明撰文表示，规划将产生影响。",
        [("规划将", "indirect", "王明", "总编辑", "北港日报")],
        id="writing-an-article",
    ),
    pytest.param(
        "北港常驻联合国代表伊拉多尼致信安理会和秘书长表示，袭击违反国际法。",
        [("袭击违反", "indirect", "伊拉多尼", "代表", "北港常驻联合国")],
        id="the-writer-of-a-letter-speaks",
    ),
    pytest.param(
        "北港总理王明致信欧盟委员会主席，表示北港将否决这项不合理的提案。",
        [("北港将否决", "indirect", "王明", "总理", "北港")],
        id="a-name-before-a-verb-of-sending",
    ),
    pytest.param(
        "《高端访谈》今晚播出北港总理卡洛尔独家专访。卡洛尔表示，合作前景广阔。",
        [("合作前景", "indirect", "卡洛尔", "总理", "北港")],
        id="a-broadcast-verb-ends-the-organization",
    ),
    pytest.param(
        "据报道，以方近期向美方表示，导弹计划构成威胁。",
        [("导弹计划", "indirect", None, None, "以方")],
        id="a-preposition-is-no-surname",
    ),
    pytest.param(
        "越方表示，愿同中方共同推动合作。印尼方表示，愿扩大贸易。",
        [
            ("愿同中方", "indirect", None, None, "越方"),
            ("愿扩大", "indirect", None, None, "印尼方"),
        ],
        id="a-country-side-speaks",
    ),
    pytest.param(
        "王明在北港会见南岭国副总统博瑞仁。\n博瑞仁表示，两国合作前景广阔。",
        [("两国合作", "indirect", "博瑞仁", "副总统", "南岭国")],
        id="a-name-that-a-title-opens-and-punctuation-closes",
    ),
    pytest.param(
        "北港教育部部长怀进明表示，投入将继续增加。北港国民党众议员山添秀树表示，政策必须改变。",
        [
            ("投入将继续", "indirect", "怀进明", "部长", "北港教育部"),
            ("政策必须", "indirect", "山添秀树", "众议员", "北港国民党"),
        ],
        id="a-name-with-no-listed-surname-between-a-title-and-a-cue",
    ),
    pytest.param(
        "王明会见北港副总理阮氏秋菊。\n阮氏秋菊表示，两国合作前景广阔。",
        [("两国合作", "indirect", "阮氏秋菊", "副总理", "北港")],
        id="a-name-runs-past-a-chinese-reading-to-punctuation",
    ),
    pytest.param(
        "北港、南岭、西川等国表示，将加强合作。北港新领导层24日表示，将解散武装派别。",
        [
            ("将加强合作", "indirect", None, None, None),
            ("将解散武装", "indirect", None, None, "北港新领导层"),
        ],
        id="countries-listed-and-a-leadership-speak",
    ),
    pytest.param(
        "北港国防部称，为回应南岭的袭击，北港军队打击了多个目标。",
        [("为回应南岭", "indirect", None, None, "北港国防部")],
        id="a-purpose-is-no-report",
    ),
    pytest.param(
        "法方致力于推动双边关系发展，认为双方应坚持对话合作。",
        [("双方应坚持", "indirect", None, None, "法方")],
        id="a-side-that-opens-an-earlier-clause-speaks",
    ),
    pytest.param(
        "北港外交部发言人卡洛娃表示，“北欧响应”军演将导致紧张局势升级。",
        [("“北欧响应”军演", "indirect", "卡洛娃", "发言人", "北港外交部")],
        id="a-quoted-term-opens-the-reported-clause",
    ),
    pytest.param(
        "总理王明同德国总理朔尔默举行会谈。朔尔默表示，德方欢迎合作。",
        [("德方欢迎", "indirect", "朔尔默", "总理", "德国")],
        id="a-foreign-name-known-from-an-earlier-title",
    ),
    pytest.param(
        "北港航运公司首席执行官罗伯特·马士基高度赞赏合作，他表示，市场潜力巨大。",
        [("市场潜力", "indirect", "罗伯特·马士基", "首席执行官", "北港航运公司")],
        id="a-dotted-name-ends-before-an-adverb",
    ),
    pytest.param(
        "“这几年村里变化太大了！”62岁的村民李大爷一边晒着玉米一边说。",
        [("这几年", "direct", "李大爷", "村民", None)],
        id="saying-while-doing",
    ),
    pytest.param(
        "“孩子们的笑脸就是最好的回报。”从教30年的乡村教师王秀兰这样说道。",
        [("孩子们", "direct", "王秀兰", "乡村教师", None)],
        id="so-saying",
    ),
    pytest.param(
        "北港民兵武装“青山抵抗组织”14日发表声明称，袭击了一处基地。",
        [("袭击了", "indirect", None, None, "北港民兵武装“青山抵抗组织”")],
        id="a-body-named-in-quotation-marks",
    ),
    pytest.param(
        "不谋全局者，不足谋一域。“青山发展经验”告诉我们，只有融入大局才能发展。",
        [],
        id="a-quoted-concept-is-no-speaker",
    ),
    pytest.param(
        "北港气象组织3日发布最新预测说，气温将继续升高。",
        [("气温将", "indirect", None, None, "北港气象组织")],
        id="a-forecast-issued",
    ),
    pytest.param(
        "二十三名议员联名致信议长表示，应冻结协议。",
        [("应冻结", "indirect", None, None, None)],
        id="those-who-wrote-jointly-speak",
    ),
    pytest.param(
        "他边走边说，快到了。",
        [("快到了", "indirect", None, None, None)],
        id="saying-while-walking",
    ),
    pytest.param(
        "北港财经频道今天援引首席经济顾问埃尔-埃里安的话报道说，关税影响增长。",
        [("关税影响", "indirect", None, None, "北港财经频道")],
        id="a-channel-quoting-someone",
    ),
    pytest.param(
        "王明代表大会致贺词。贺词表示，民建不愧为好参谋。",
        [("民建不愧", "indirect", None, None, None)],
        id="a-congratulatory-address-speaks",
    ),
    pytest.param(
        "外长在喀山与亚美尼亚总理帕什科扬会谈。帕什科扬当天表示，双方达成一致。",
        [("双方达成", "indirect", "帕什科扬", "总理", "亚美尼亚")],
        id="a-venue-then-a-country-opens-the-chain",
    ),
    pytest.param(
        "“路修好了，橘子不愁卖。”果农韩秀英笑着对记者说。",
        [("路修好了", "direct", "韩秀英", "果农", None)],
        id="a-three-character-name-before-smiling",
    ),
    pytest.param(
        "合作社理事长郑东海微笑着对记者说，今年的订单排到了明年。",
        [("今年的订单", "indirect", "郑东海", "理事长", "合作社")],
        id="a-two-character-manner-word-before-the-cue",
    ),
    pytest.param(
        "“路通了，心也通了。”村支书笑着对记者说。",
        [("路通了", "direct", None, "村支书", None)],
        id="a-title-alone-before-smiling",
    ),
    pytest.param(
        "北岸共和国总理卡斯特罗当地时间周四表示，两国将重启谈判。",
        [("两国将重启", "indirect", "卡斯特罗", "总理", "北岸共和国")],
        id="a-weekday-between-speaker-and-cue",
    ),
    pytest.param(
        "南湾市长林海星期一晚间对记者说，新桥下月通车。",
        [("新桥下月通车", "indirect", "林海", "市长", "南湾市")],
        id="a-weekday-written-xingqi",
    ),
    pytest.param(
        "邓一鸣先生说，图书馆晚上也该开门。",
        [("图书馆晚上", "indirect", "邓一鸣", None, None)],
        id="a-full-name-then-xiansheng",
    ),
    pytest.param(
        "“孙子考上大学了。”85岁的韩秀英老人说。",
        [("孙子考上", "direct", "韩秀英", "老人", None)],
        id="a-full-name-then-laoren",
    ),
    pytest.param(
        "游客林婉清女士表示，景区的指示牌很清楚。",
        [("景区的指示牌", "indirect", "林婉清", "游客", None)],
        id="a-full-name-then-nvshi",
    ),
    pytest.param(
        "主任周一鸣周一表示，新馆下月开放。",
        [("新馆下月开放", "indirect", "周一鸣", "主任", None)],
        id="a-name-that-starts-like-a-weekday",
    ),
    pytest.param(
        "據通訊社報道，港務局官員週二表示，新碼頭將於明年啟用。",
        [("新碼頭", "indirect", None, "官員", "港務局")],
        id="a-weekday-after-a-title-is-no-name",
    ),
    pytest.param(
        "一名姓林的市民向本报记者表示，他已经等了两个小时。",
        [("他已经等了", "indirect", None, None, None)],
        id="whom-the-speaker-tells-does-not-speak",
    ),
    pytest.param(
        "她向本报记者陈晓介绍，新村去年通了自来水。",
        [("新村去年", "indirect", None, None, None)],
        id="a-named-reporter-after-xiang-does-not-speak",
    ),
    pytest.param(
        "不少居民反映，小区的路灯坏了很久。",
        [("小区的路灯", "indirect", None, None, None)],
        id="residents-report-fanying",
    ),
    pytest.param(
        "被告辩称，他对合同内容并不知情。",
        [("他对合同", "indirect", None, None, None)],
        id="the-defendant-argues-biancheng",
    ),
    pytest.param(
        "“不是不想搬，是搬不起。”一位姓刘的老人叹了口气说。",
        [("不是不想搬", "direct", None, None, None)],
        id="a-sigh-before-the-cue",
    ),
    pytest.param(
        "车间主任韩立军摇了摇头说，订单少了一半。",
        [("订单少了", "indirect", "韩立军", "主任", "车间")],
        id="a-gesture-before-the-cue",
    ),
    pytest.param(
        "村民郑大山顿了顿说，路还是要修。",
        [("路还是要修", "indirect", "郑大山", "村民", None)],
        id="a-pause-before-the-cue",
    ),
    pytest.param(
        "星河科技CEO林凯表示，公司明年将在欧洲设厂。",
        [("公司明年", "indirect", "林凯", "CEO", "星河科技")],
        id="a-title-in-latin-initials",
    ),
    pytest.param(
        "洛萨表示，新法案下周表决。",
        [("新法案", "indirect", "洛萨", None, None)],
        id="a-two-syllable-foreign-name-alone",
    ),
    pytest.param(
        "据报道，塔维说，谈判没有进展。",
        [("谈判没有", "indirect", "塔维", None, None)],
        id="a-two-syllable-foreign-name-after-a-lead",
    ),
    pytest.param(
        "北灣鐵路行政總裁邵家明表示，新線明年通車。",
        [("新線明年", "indirect", "邵家明", "行政總裁", "北灣鐵路")],
        id="an-administrative-title-of-hong-kong",
    ),
    pytest.param(
        "县长高度重视这项工作，强调要抓紧落实。",
        [("要抓紧落实", "indirect", None, "县长", None)],
        id="a-surname-that-begins-an-adverb-after-a-title",
    ),
    pytest.param(
        "对此，邹明有着自己的看法：“创新是企业的生命。”",
        [("创新是企业", "direct", "邹明", None, None)],
        id="a-verb-that-begins-a-word-after-a-name",
    ),
    pytest.param(
        "北岸外交部长罗德雷格斯14日发文，谴责邻国的制裁政策，指出这种做法违法。",
        [("这种做法违法", "indirect", "罗德雷格斯", "外交部长", "北岸")],
        id="a-foreign-name-longer-than-its-chinese-reading-far-from-the-cue",
    ),
    pytest.param(
        "南岛国防部长皮斯托雷乌斯本周表示，南岛将增加防务开支。",
        [("南岛将增加", "indirect", "皮斯托雷乌斯", "国防部长", "南岛")],
        id="a-foreign-name-before-benzhou",
    ),
    pytest.param(
        "萨京表示，两国合作前景广阔。",
        [("两国合作", "indirect", "萨京", None, None)],
        id="a-foreign-name-may-end-like-a-place",
    ),
    pytest.param(
        "冈比亚相信，双方合作会更好。",
        [("双方合作", "indirect", None, None, "冈比亚")],
        id="a-country-speaks-as-an-organization",
    ),
    pytest.param(
        "该修正案强调，体育应保持中立。",
        [("体育应", "indirect", None, None, None)],
        id="an-amendment-speaks-as-a-document",
    ),
    pytest.param(
        "出席活动的塔吉克斯坦嘉宾表示，这本书打开了一扇窗。",
        [("这本书", "indirect", None, None, None)],
        id="a-country-and-guests-are-no-name",
    ),
    pytest.param(
        "古铁雷斯表示，两国合作前景广阔。",
        [("两国合作", "indirect", "古铁雷斯", None, None)],
        id="a-transliteration-with-tie",
    ),
    pytest.param(
        "北岸秘书长古特雷维通过发言人予以谴责，他表示，平民伤亡不可接受。",
        [("平民伤亡", "indirect", "古特雷维", "秘书长", "北岸")],
        id="a-foreign-name-before-tongguo",
    ),
    pytest.param(
        "南湾政协委员邵勇长期从事文化交流工作，他认为，文化要走出去。",
        [("文化要走出去", "indirect", "邵勇", "委员", "南湾政协")],
        id="a-name-before-changqi",
    ),
    pytest.param(
        "代表们一致同意支持主席林海连任。林海在大会上说，他将继续努力。",
        [("他将继续", "indirect", "林海", "主席", None)],
        id="a-verb-before-a-title-is-no-organization",
    ),
    pytest.param(
        "「火勢好猛，我哋即刻走。」住在三樓的街坊向記者憶述，當時濃煙已湧入走廊。",
        [
            ("火勢好猛", "direct", None, None, None),
            ("當時濃煙", "indirect", None, None, None),
        ],
        id="recounting-in-hong-kong-chinese",
    ),
    pytest.param(
        "一位网友评论道：“这才是真正的为人民服务。”",
        [("这才是", "direct", None, None, None)],
        id="a-netizen-comments",
    ),
    pytest.param(
        "国家统计局首席统计师邵明远分析称，消费对增长的贡献持续提升。",
        [("消费对增长", "indirect", "邵明远", "首席统计师", "国家统计局")],
        id="a-chief-statistician",
    ),
    pytest.param(
        "涉事公司相关负责人回应记者称，公司正在全力配合调查。",
        [("公司正在", "indirect", None, "负责人", "涉事公司")],
        id="answering-the-reporters-then-the-cue",
    ),
    pytest.param(
        "犯罪嫌疑人韩某交代，他是为了还赌债才铤而走险。",
        [("他是为了", "indirect", "韩某", "犯罪嫌疑人", None)],
        id="a-suspect-confesses",
    ),
    pytest.param(
        "公诉机关指控，被告人非法吸收公众存款2亿余元。",
        [("被告人非法", "indirect", None, None, "公诉机关")],
        id="the-prosecution-charges",
    ),
    pytest.param(
        "一名姓邹的男子称，他当时并不知情。",
        [("他当时", "indirect", None, None, None)],
        id="a-man-the-report-names-no-further",
    ),
    pytest.param(
        "辩护人认为，被告人具有自首情节。",
        [("被告人具有", "indirect", None, None, None)],
        id="the-defence-counsel",
    ),
    pytest.param(
        "今年65岁的退休教师邹秀英说，社区食堂解决了大问题。",
        [("社区食堂", "indirect", "邹秀英", "退休教师", None)],
        id="a-retired-teacher",
    ),
    pytest.param(
        "家住阳光小区的韩先生说，停车难问题终于解决了。",
        [("停车难", "indirect", "韩先生", None, None)],
        id="where-a-person-lives-is-no-organization",
    ),
    pytest.param(
        "90后返乡青年邵涛说，他想把家乡的农产品卖到全国。",
        [("他想把", "indirect", "邵涛", "返乡青年", None)],
        id="a-young-man-back-home",
    ),
    pytest.param(
        "东湖证券首席宏观分析师邹青预计，年内还有降息空间。",
        [("年内还有", "indirect", "邹青", "首席宏观分析师", "东湖证券")],
        id="an-analyst-whose-title-begins-with-a-cue",
    ),
    pytest.param(
        "北辰资本研报称，四季度经济有望企稳。",
        [("四季度经济", "indirect", None, None, "北辰资本")],
        id="a-research-report-speaks-for-its-firm",
    ),
    pytest.param(
        "两位专家分别表示，改革方向是正确的。",
        [("改革方向", "indirect", None, None, None)],
        id="each-of-them-said",
    ),
    pytest.param(
        "北岸国家主席迪亚洛-卡内斯4日表示，封锁是非法的。",
        [("封锁是", "indirect", "迪亚洛-卡内斯", "国家主席", "北岸")],
        id="a-hyphen-joins-a-transliterated-name",
    ),
    pytest.param(
        "南岛总统金在勋表示，愿同各方加强合作。",
        [("愿同各方", "indirect", "金在勋", "总统", "南岛")],
        id="a-korean-name-with-zai",
    ),
    pytest.param(
        "与会外宾表示，愿同中方加强交流。",
        [("愿同中方", "indirect", None, None, None)],
        id="foreign-guests",
    ),
    pytest.param(
        "东湖市政府与北湖市政府共同举行新闻发布会表示，两市将加强合作。",
        [("两市将", "indirect", None, None, "东湖市政府与北湖市政府")],
        id="bodies-holding-a-press-conference-together",
    ),
    pytest.param(
        "在会见外宾后邹明说，合作前景广阔。",
        [("合作前景", "indirect", "邹明", None, None)],
        id="the-subject-after-an-opening-occasion",
    ),
    pytest.param(
        "据现场目击者称，晚宴现场一片混乱。",
        [("晚宴现场", "indirect", None, None, None)],
        id="witnesses",
    ),
    pytest.param(
        "南岛《晨星报》刊文称，两国经济互补性强。",
        [("两国经济", "indirect", None, None, "晨星报")],
        id="a-paper-publishes-an-article",
    ),
    pytest.param(
        "北岸航空管理局发布警告称，该空域存在风险。",
        [("该空域", "indirect", None, None, "北岸航空管理局")],
        id="a-warning-issued",
    ),
    pytest.param(
        "日本外相森川千惠说，日方对此表示遗憾。",
        [("日方对此", "indirect", "森川千惠", "外相", "日本")],
        id="a-japanese-minister-and-a-family-name-off-the-list",
    ),
    pytest.param(
        "日本农林水产大臣小林进次郎表示，将稳定米价。",
        [("将稳定", "indirect", "小林进次郎", "农林水产大臣", "日本")],
        id="a-japanese-given-name-of-three-characters",
    ),
    pytest.param(
        "日本防卫相野间修表示，将加强警戒监视。",
        [("将加强", "indirect", "野间修", "防卫相", "日本")],
        id="a-japanese-name-of-three-characters",
    ),
    pytest.param(
        "日本内阁官房长官坂井真澄10日表示，政府将密切关注事态发展。",
        [("政府将", "indirect", "坂井真澄", "内阁官房长官", "日本")],
        id="the-chief-cabinet-secretary",
    ),
    pytest.param(
        "东洋电机公司社长田中健司表示，将加快电动化。",
        [("将加快", "indirect", "田中健司", "社长", "东洋电机公司")],
        id="a-japanese-family-name-after-a-title",
    ),
    pytest.param(
        "中村秀树在接受采访时说，这次地震损失很大。",
        [("这次地震", "indirect", "中村秀树", None, None)],
        id="a-japanese-name-without-a-title",
    ),
    pytest.param(
        "原告诉称，被告未按约定支付货款。",
        [("被告未按", "indirect", None, None, None)],
        id="the-plaintiff-states-not-told",
    ),
    pytest.param(
        "邱大山拍了拍孙子的肩膀说，要好好读书。",
        [("要好好读书", "indirect", "邱大山", None, None)],
        id="patting-a-shoulder",
    ),
    pytest.param(
        "秦晓梅握着方向盘说，山路不好走。",
        [("山路不好走", "indirect", "秦晓梅", None, None)],
        id="holding-something-while-speaking",
    ),
    pytest.param(
        "北辰科技公司首席执行官Mark Ellison表示，新产品将在下月发布。",
        [("新产品将", "indirect", "Mark Ellison", "首席执行官", "北辰科技公司")],
        id="a-name-in-latin-letters-after-a-title",
    ),
    pytest.param(
        "东湖芯片公司CEO Anna K. Berg在大会上说，需求依然强劲。",
        [("需求依然", "indirect", "Anna K. Berg", "CEO", "东湖芯片公司")],
        id="a-latin-name-after-a-latin-title-and-a-space",
    ),
    pytest.param(
        "南湖大学教授、博士生导师邬启明指出，改革需要系统推进。",
        [("改革需要", "indirect", "邬启明", "教授", "南湖大学")],
        id="a-doctoral-supervisor",
    ),
    pytest.param(
        "承办法官邬立新提醒，消费者网购贵重物品时应当场开箱验货。",
        [("消费者网购", "indirect", "邬立新", "承办法官", None)],
        id="the-judge-in-charge-of-the-case",
    ),
    pytest.param(
        "东湖党主席邬克明形容，报告「有惊喜」，回应了市民的住屋诉求。",
        [("报告", "indirect", "邬克明", "主席", "东湖党")],
        id="describing-it-as",
    ),
    pytest.param(
        "一名单亲母亲黄女士说：“我等公屋已经等了六年。”",
        [("我等公屋", "direct", "黄女士", "单亲母亲", None)],
        id="a-single-mother",
    ),
    pytest.param(
        "国际清算组织（ICO）总裁阿德勒日前表示，全球经济面临下行风险。",
        [("全球经济", "indirect", "阿德勒", "总裁", "国际清算组织")],
        id="a-short-name-in-brackets-after-the-organization",
    ),
    pytest.param(
        "刚果（金）卫生部长穆塔博表示，疫情已得到控制。",
        [("疫情已", "indirect", "穆塔博", "部长", "刚果（金）卫生部")],
        id="one-character-in-brackets-is-part-of-the-name",
    ),
    pytest.param(
        "北岸国防部长别列金当天召开会议称，新组建的部队已完成部署。",
        [("新组建", "indirect", "别列金", "国防部长", "北岸")],
        id="a-transliterated-name-with-bie",
    ),
    pytest.param(
        "总书记特别强调，要把生态保护放在首位。",
        [("要把生态", "indirect", None, "总书记", None)],
        id="an-adverb-after-a-title-is-no-name",
    ),
    pytest.param(
        "南岸共同市场轮值主席拉卡斯表示，协定将促进经贸往来。",
        [("协定将", "indirect", "拉卡斯", "轮值主席", "南岸共同市场")],
        id="a-rotating-chair",
    ),
    pytest.param(
        "东岸民主党最高委员金明锡指出，政府应立即接受调查。",
        [("政府应", "indirect", "金明锡", "最高委员", "东岸民主党")],
        id="a-supreme-council-member",
    ),
    pytest.param(
        "省农业厅厅长邬华、副厅长邝强分别表示，要抓好春耕生产。",
        [("要抓好", "indirect", None, None, None)],
        id="two-people-each-with-a-title",
    ),
    pytest.param(
        "邬姓主妇表示，菜价比上个月贵了两成。",
        [("菜价比", "indirect", None, None, None)],
        id="a-surname-said-as-such-is-no-name",
    ),
    pytest.param(
        "一名邝姓司机说，油价再涨就跑不动了。",
        [("油价再涨", "indirect", None, None, None)],
        id="a-surname-said-as-such-after-one",
    ),
    pytest.param(
        "南湾特区政府经济财政司司长邝伟明表示，本地经济持续复苏。",
        [("本地经济", "indirect", "邝伟明", "司长", "南湾特区政府经济财政司")],
        id="the-head-of-a-unit-whose-name-holds-a-longer-title",
    ),
    pytest.param(
        "村民邬大海乐呵呵地说：“今年的收成比去年好。”",
        [("今年的收成", "direct", "邬大海", "村民", None)],
        id="a-reduplicated-manner-word",
    ),
    pytest.param(
        "南湖大学经济学院教授邝和平认为，消费回暖仍需时间。",
        [("消费回暖", "indirect", "邝和平", "教授", "南湖大学经济学院")],
        id="a-given-name-with-he-after-a-title",
    ),
    pytest.param(
        "对此，邝和平认为，消费回暖仍需时间。",
        [("消费回暖", "indirect", "邝和平", None, None)],
        id="a-given-name-with-he",
    ),
    pytest.param(
        "王和李说，明天再来。",
        [],
        id="he-between-two-surnames-joins-two-people",
    ),
    pytest.param(
        "该研究第一作者、南湖大学博士生邝晓明说，这一发现出乎意料。",
        [("这一发现", "indirect", "邝晓明", "第一作者", None)],
        id="what-a-pointer-names-before-a-title-is-no-body",
    ),
    pytest.param(
        "“群众的事再小也是大事。”这是邝大山常挂在嘴边的话。",
        [("群众的事", "direct", "邝大山", None, None)],
        id="whose-words-the-quotation-is",
    ),
    pytest.param(
        "村民阿不都克里木·吐尔逊告诉记者，今年葡萄丰收了。",
        [("今年葡萄", "indirect", "阿不都克里木·吐尔逊", "村民", None)],
        id="a-dotted-name-with-a-syllable-that-is-a-word",
    ),
    pytest.param(
        "阿不都克里木·吐尔逊说，今年葡萄丰收了。",
        [("今年葡萄", "indirect", "阿不都克里木·吐尔逊", None, None)],
        id="a-dotted-name-with-a-syllable-that-is-a-word-alone",
    ),
    pytest.param(
        "北港球星卡尔文赛后坦言，球队需要调整。",
        [("球队需要", "indirect", "卡尔文", "球星", "北港")],
        id="a-star-player",
    ),
    pytest.param(
        "北港总理卡森警告称，局势仍在恶化。",
        [("局势仍在", "indirect", "卡森", "总理", "北港")],
        id="a-cue-with-an-addressee-before-another-cue-gives-way",
    ),
    pytest.param(
        "北港总理卡森呼吁各方，立即停止冲突。",
        [("立即停止", "indirect", "卡森", "总理", "北港")],
        id="a-cue-with-its-addressee",
    ),
    pytest.param(
        "气象专家邝明表示，今年冬季气温偏高。",
        [("今年冬季", "indirect", "邝明", "气象专家", None)],
        id="a-field-of-work-is-part-of-the-title",
    ),
    pytest.param(
        "南港气象局首席气象专家邝明表示，今年冬季气温偏高。",
        [("今年冬季", "indirect", "邝明", "首席气象专家", "南港气象局")],
        id="a-field-of-work-after-a-body",
    ),
    pytest.param(
        "南港经济部长邝明表示，今年经济稳中向好。",
        [("今年经济", "indirect", "邝明", "部长", "南港经济部")],
        id="the-head-of-a-unit-is-no-field",
    ),
    pytest.param(
        "辩护律师认为，被告人具有坦白情节。",
        [("被告人", "indirect", None, "辩护律师", None)],
        id="a-defence-lawyer",
    ),
    pytest.param(
        "与会国际人士表示，愿加强交流合作。",
        [("愿加强", "indirect", None, None, None)],
        id="international-figures-are-a-group",
    ),
    pytest.param(
        "今年的收成比去年好得多，村民邝大海说。",
        [("今年的收成", "indirect", "邝大海", "村民", None)],
        id="a-clause-then-its-speaker-and-cue",
    ),
    pytest.param(
        "这是一次成功的会议，北港外长卡森事后表示。",
        [("这是一次", "indirect", "卡森", "外长", "北港")],
        id="a-clause-then-its-speaker-an-adverb-and-cue",
    ),
    pytest.param(
        "“没问题”，她笑着回答。",
        [("没问题", "direct", None, None, None)],
        id="a-quotation-a-comma-then-its-speaker-and-cue",
    ),
    pytest.param(
        "北港提议建立天然气枢纽，得到南港积极回应。",
        [],
        id="a-response-received-is-no-report",
    ),
    pytest.param(
        "北港外长卡森在会上提出了三点建议。",
        [],
        id="a-proposal-made-is-no-report",
    ),
    pytest.param(
        "该公司客服人员回复称，会尽快处理。",
        [("会尽快", "indirect", None, None, None)],
        id="staff-named-by-their-work",
    ),
    pytest.param(
        "摊主邝大海自嘲道，明年的生意会更好。",
        [("明年的生意", "indirect", "邝大海", "摊主", None)],
        id="self-mockery-is-a-cue",
    ),
    pytest.param(
        "省长邝明考察了企业。离开时，邝明勉励年轻科研人员说，要立志高远。",
        [("要立志", "indirect", "邝明", "省长", None)],
        id="the-people-a-speaker-addresses-do-not-speak",
    ),
    pytest.param(
        "“路修好了，日子就有奔头了。”这是村民们常说的一句话。",
        [("路修好了", "direct", None, None, None)],
        id="whose-words-the-quotation-is-a-group",
    ),
    pytest.param(
        "摊主邝大海吐槽，今年的菜价涨得太快了。",
        [("今年的菜价", "indirect", "邝大海", "摊主", None)],
        id="a-complaint-is-a-cue",
    ),
    pytest.param(
        "邝大海补充道，明年还要扩大种植面积。",
        [("明年还要", "indirect", "邝大海", None, None)],
        id="adding-with-dao-takes-a-clause",
    ),
    pytest.param(
        "按照主办方的说法，本届展会规模创历史新高。",
        [("本届展会", "indirect", None, None, "主办方")],
        id="by-the-account-of",
    ),
    pytest.param(
        "用邝大海自己的话说，这是一辈子的事业。",
        [("这是一辈子", "indirect", "邝大海", None, None)],
        id="in-his-own-words",
    ),
    pytest.param(
        "针对北港外长邝明有关边境的说法，南港外长卡森表示反对。",
        [],
        id="a-claim-responded-to-frames-no-words",
    ),
    pytest.param(
        "北港媒体援引知情人士的说法报道称，两国将恢复谈判。",
        [("两国将", "indirect", None, None, "北港媒体")],
        id="a-report-citing-an-account",
    ),
    pytest.param(
        "北港海军少将邝明说，演习按计划进行。",
        [("演习按计划", "indirect", "邝明", "少将", "北港海军")],
        id="a-rank-before-the-name",
    ),
    pytest.param(
        "邝明大校在例行记者会上说，演习按计划进行。",
        [("演习按计划", "indirect", "邝明", "大校", None)],
        id="a-rank-after-the-name",
    ),
    pytest.param(
        "南港国防部新闻发言人邝明大校在记者会上说，演习按计划进行。",
        [("演习按计划", "indirect", "邝明", "新闻发言人", "南港国防部")],
        id="a-rank-after-a-titled-name",
    ),
    pytest.param(
        "南湖大学校长邝明教授说，要办好教育。",
        [("要办好", "indirect", "邝明", "校长", "南湖大学")],
        id="a-second-title-after-a-titled-name",
    ),
    pytest.param(
        "北港首相官邸官员透露，会谈已推迟。",
        [("会谈已推迟", "indirect", None, "官员", "北港首相官邸")],
        id="a-word-between-two-titles-is-no-name",
    ),
    pytest.param(
        "俄外长卡森表示，愿意继续谈判。",
        [("愿意继续", "indirect", "卡森", "外长", "俄")],
        id="a-country-by-its-short-name",
    ),
    pytest.param(
        "老校长邝明说，要把学校办好。",
        [("要把学校", "indirect", "邝明", "老校长", None)],
        id="an-old-headmaster-is-no-country",
    ),
    pytest.param(
        "邝大海直言不讳地说，问题出在管理上。",
        [("问题出在", "indirect", "邝大海", None, None)],
        id="a-manner-idiom-before-the-cue",
    ),
    pytest.param(
        "企业家邝明表示，明年将扩大投资。",
        [("明年将", "indirect", "邝明", "企业家", None)],
        id="a-profession-named-by-its-ending",
    ),
    pytest.param(
        "南港棋手卢明华说，比赛很艰苦。",
        [("比赛很艰苦", "indirect", "卢明华", "棋手", "南港")],
        id="an-occupation-before-a-name",
    ),
    pytest.param(
        "南港飞人卢明表示，他希望参加奥运会。",
        [("他希望", "indirect", "卢明", None, None)],
        id="a-two-character-name-after-words-no-rule-reads",
    ),
    pytest.param(
        "北港著名演员邝明说，他很高兴。",
        [("他很高兴", "indirect", "邝明", "著名演员", "北港")],
        id="famous-is-part-of-the-title",
    ),
    pytest.param(
        "北港著名演員邝明笑著說，他很高興。",
        [("他很高興", "indirect", "邝明", "著名演員", "北港")],
        id="famous-is-part-of-the-title-in-traditional-text",
    ),
    pytest.param(
        "此前市长邝明表示，将加快改革。",
        [("将加快", "indirect", "邝明", "市长", None)],
        id="a-word-that-ends-in-a-modifier-is-no-part-of-the-title",
    ),
    pytest.param(
        "北港议会前议员邝明表示，将加快改革。",
        [("将加快", "indirect", "邝明", "前议员", "北港议会")],
        id="a-modifier-after-a-body",
    ),
    pytest.param(
        "多家企业表示，将扩大投资。",
        [("将扩大投资", "indirect", None, None, "多家企业")],
        id="bodies-named-in-general",
    ),
    pytest.param(
        "当地一家企业负责人说，订单已排到年底。",
        [("订单已排到", "indirect", None, "负责人", "企业")],
        id="the-body-one-counts",
    ),
    pytest.param(
        "南港一家私募基金投资总监坦言，短期内市场仍将震荡。",
        [("短期内", "indirect", None, "投资总监", "私募基金")],
        id="the-body-one-counts-after-a-place",
    ),
    pytest.param(
        "她的主管教练邝海平介绍，今年以来进步明显。",
        [("今年以来", "indirect", "邝海平", "主管教练", None)],
        id="the-coach-in-charge",
    ),
    pytest.param(
        "有股民表示，市场信心不足。",
        [("市场信心", "indirect", None, None, None)],
        id="some-investors",
    ),
    pytest.param(
        "个体户邝大海说，日子越过越好。",
        [("日子越过", "indirect", "邝大海", "个体户", None)],
        id="a-household-business",
    ),
    pytest.param(
        "被害人家属邝女士告诉记者：“钱能追回来一部分。”",
        [("钱能追回来", "direct", "邝女士", "被害人家属", None)],
        id="a-role-that-opens-on-a-lead",
    ),
    pytest.param(
        "学生家长邝女士说，孩子很喜欢。",
        [("孩子很喜欢", "indirect", "邝女士", "学生家长", None)],
        id="a-role-before-a-role-is-no-organization",
    ),
    pytest.param(
        "主持人卢佳：感谢邝校长接受我们的采访。",
        [("感谢邝校长", "direct", "卢佳", "主持人", None)],
        id="a-title-that-opens-on-a-verb",
    ),
    pytest.param(
        "对话｜南湖大学校长邝立新：大学要培养有温度的人",
        [("大学要培养", "direct", "邝立新", "校长", "南湖大学")],
        id="an-interview-headline-with-a-bar",
    ),
    pytest.param(
        "有匿名美国官员透露，会谈已推迟。",
        [("会谈已推迟", "indirect", None, "官员", "美国")],
        id="an-official-unnamed-by-request",
    ),
    pytest.param(
        "外交部回应北港制裁：坚决反对",
        [("坚决反对", "direct", None, None, "外交部")],
        id="a-headline-that-names-what-it-answers",
    ),
    pytest.param(
        "南港县质监局邝振锋表示，古典家具有地方标准。",
        [("古典家具", "indirect", "邝振锋", None, "南港县质监局")],
        id="a-body-then-a-name",
    ),
    pytest.param(
        "省收藏文化研究会常务理事邝野介绍，红木家具价格上涨。",
        [("红木家具", "indirect", "邝野", "常务理事", "省收藏文化研究会")],
        id="a-board-member",
    ),
    pytest.param(
        "北港最大在野党民主党党首卢明表示，将提出不信任案。",
        [("将提出", "indirect", "卢明", "党首", "北港最大在野党民主党")],
        id="a-party-leader-of-the-opposition",
    ),
    pytest.param(
        "县委书记邝明同新一届领导班子成员谈话。他说，要团结奋斗。",
        [("要团结奋斗", "indirect", "邝明", "书记", "县委")],
        id="a-word-across-a-title-and-a-would-be-name",
    ),
    pytest.param(
        "据Anna Berg介绍，项目将于明年完工。",
        [("项目将于", "indirect", "Anna Berg", None, None)],
        id="a-latin-name-with-no-title",
    ),
    pytest.param(
        "Nordlys表示，项目将于明年完工。",
        [],
        id="a-single-latin-word-may-be-a-company",
    ),
    pytest.param(
        "她轻轻地说，没本事，也没收入。",
        [("没本事", "indirect", None, None, None)],
        id="a-pronoun-before-a-doubled-manner-word",
    ),
    pytest.param(
        "几个摊主不约而同地说，费用少不了。",
        [("费用少不了", "indirect", None, None, None)],
        id="an-idiom-of-manner",
    ),
    pytest.param(
        "“我们有信心。”翻着账本，邝林激动地说。",
        [("我们有信心", "direct", "邝林", None, None)],
        id="four-characters-before-di-may-hold-a-name",
    ),
    pytest.param(
        "索菲娅王后则哽咽着说，“我们感谢北港人民。”",
        [("我们感谢", "direct", "索菲娅", "王后", None)],
        id="a-queen",
    ),
    pytest.param(
        "这位老大爷幽默地表示，即使他会使用电脑，他也不用。",
        [("即使他会", "indirect", None, "老大爷", None)],
        id="an-old-man",
    ),
    pytest.param(
        "而且飞行员们威胁说，如果愿望没得到满足，就罢工。",
        [("如果愿望", "indirect", None, None, None)],
        id="a-threat",
    ),
    pytest.param(
        "劳工部的一份材料说，去年失业率下降。",
        [("去年失业率", "indirect", None, None, None)],
        id="a-document-counted",
    ),
    pytest.param(
        "南港足协表示，将严肃处理。",
        [("将严肃处理", "indirect", None, None, "南港足协")],
        id="a-mass-organization-by-its-short-name",
    ),
    pytest.param(
        "有识之士指出，内地科技力量雄厚。",
        [("内地科技", "indirect", None, None, None)],
        id="people-of-insight",
    ),
    pytest.param(
        "有分析认为，市场仍将震荡。",
        [("市场仍将", "indirect", None, None, None)],
        id="some-analysis-holds",
    ),
    pytest.param(
        "辯方律師求情時稱，被告已深感後悔。",
        [("被告已", "indirect", None, "律師", "辯方")],
        id="while-pleading",
    ),
    pytest.param(
        "正如邝明所言，教育是国之大计。",
        [("教育是", "indirect", "邝明", None, None)],
        id="as-one-has-said",
    ),
    pytest.param(
        "邝明向记者展示刚收获的玉米时说，今年收成好。",
        [("今年收成好", "indirect", "邝明", None, None)],
        id="while-showing-the-reporter",
    ),
    pytest.param(
        "北港总统特别代表邝明表示，双方将继续对话。",
        [("双方将", "indirect", "邝明", "特别代表", "北港总统")],
        id="a-special-envoy",
    ),
    pytest.param(
        "在同北港民主联盟总书记邝明会见时，卢佳表示，愿加强交流。邝明说，双方合作潜力巨大。",
        [
            ("愿加强", "indirect", "卢佳", None, None),
            ("双方合作", "indirect", "邝明", "总书记", "北港民主联盟"),
        ],
        id="while-with-someone",
    ),
    pytest.param(
        "与会各国代表表示，将加强合作。",
        [("将加强合作", "indirect", None, None, None)],
        id="those-attending",
    ),
    pytest.param(
        "北港代表高度赞扬中方的贡献，并表示，愿加强合作。",
        [("愿加强合作", "indirect", None, "代表", "北港")],
        id="an-adverb-after-a-title-opens-no-name",
    ),
    pytest.param(
        "衛福部長邝泰地會後受訪表示，新法上路後將嚴格執行。",
        [("新法上路後", "indirect", "邝泰地", "部長", "衛福部")],
        id="a-name-that-ends-in-di",
    ),
    pytest.param(
        "部长李明高兴地说，新法上路后将严格执行。",
        [("新法上路后", "indirect", "李明", "部长", None)],
        id="a-manner-word-after-a-titled-name",
    ),
    pytest.param(
        "南港議會不少議員都爭取連任，包括醫療衛生界的邝哲玄。邝哲玄表示，會繼續爭取。",
        [("會繼續", "indirect", "邝哲玄", "議員", "南港議會")],
        id="one-of-a-group-with-a-title",
    ),
    pytest.param(
        "本届政府多位部长都表示支持，包括邝明。邝明说，改革势在必行。",
        [("改革势在必行", "indirect", "邝明", "部长", "政府")],
        id="one-of-a-group-of-this-term",
    ),
    pytest.param(
        "老师卢美玲则有些担心，她认为，老师们还需要更多培训。",
        [("老师们还需要", "indirect", "卢美玲", "老师", None)],
        id="a-worry-then-what-she-thinks",
    ),
    pytest.param(
        "邝明称，他认为谈判已经结束。",
        [("他认为谈判", "indirect", "邝明", None, None)],
        id="a-report-then-what-he-thinks-stays-one",
    ),
    pytest.param(
        "北港卫生组织（以下简称北卫组织）总干事邝明表示，疫情仍在持续。",
        [("疫情仍在", "indirect", "邝明", "总干事", "北港卫生组织")],
        id="a-short-name-given-with-jiancheng",
    ),
    pytest.param(
        "对手主教练、西班牙人费尔南德斯则坦言，裁判的判罚影响了比赛走势。",
        [("裁判的判罚", "indirect", "费尔南德斯", None, None)],
        id="where-the-person-is-from",
    ),
    pytest.param(
        "据邝明讲，那天下着大雨。",
        [("那天下着", "indirect", "邝明", None, None)],
        id="according-to-what-one-told",
    ),
    pytest.param(
        "邝明回忆起当年的情景时说，那时候条件很艰苦。",
        [("那时候", "indirect", "邝明", None, None)],
        id="while-recalling",
    ),
    pytest.param(
        "本报南港3月5日电（记者邝明）南港发展改革委主任卢佳5日表示，今年经济将稳中向好。",
        [("今年经济", "indirect", "卢佳", "主任", "南港发展改革委")],
        id="a-byline-in-brackets-is-no-short-name",
    ),
    pytest.param(
        "南湖县民政局邝明表示，今年将新建两所养老院。",
        [("今年将", "indirect", "邝明", None, "南湖县民政局")],
        id="an-office-whose-name-ends-in-a-word",
    ),
    pytest.param(
        "记者走访了南湖县水利局。该局卢佳表示，今年将加固堤坝。",
        [("今年将", "indirect", "卢佳", None, "南湖县水利局")],
        id="a-pointed-office-then-a-name",
    ),
    pytest.param(
        "南港外交部邝明部长表示，双方将继续对话。",
        [("双方将", "indirect", "邝明", "部长", "南港外交部")],
        id="a-body-a-name-then-a-title",
    ),
    pytest.param(
        "南湖法院审结一起案件。该案审判长、刑二庭庭长邝明介绍，此类犯罪呈现出组织化的特点。",
        [("此类犯罪", "indirect", "邝明", "审判长", None)],
        id="a-pointer-to-no-body",
    ),
    pytest.param(
        "南港市市长邝明呼吁各方保持最大限度克制。",
        [("各方保持", "indirect", "邝明", "市长", "南港市")],
        id="an-appeal-with-no-comma",
    ),
    pytest.param("各方积极响应邝明的呼吁，保持克制。", [], id="an-appeal-as-a-noun"),
    pytest.param(
        "南港外长邝明敦促北港立即停火。",
        [("北港立即", "indirect", "邝明", "外长", "南港")],
        id="an-urging-with-no-comma",
    ),
    pytest.param("南港监委给予邝明党内警告处分。", [], id="a-warning-as-a-penalty"),
    pytest.param("评级机构的警告意味着南港的信用面临下调风险。", [], id="a-cue-after-de-is-a-noun"),
    pytest.param("南港对北港可能作出的回应保持高度警惕。", [], id="a-response-after-de-is-a-noun"),
    pytest.param(
        "记者：冬天该怎么护理？\n\n邝明：要多喝水，保持通风。\n\n"
        "南港市卫健委相关负责人表示，全市已增设夜间门诊。",
        [
            ("冬天该", "direct", None, "记者", None),
            ("要多喝水", "direct", "邝明", None, None),
            ("全市已增设", "indirect", None, "负责人", "南港市卫健委"),
        ],
        id="an-answer-ends-where-the-narrative-reports-again",
    ),
    pytest.param(
        "市民蒯先生说，价格合适了。",
        [("价格合适", "indirect", "蒯先生", "市民", None)],
        id="a-rare-surname",
    ),
    pytest.param(
        "北川证券首席分析师鄢文博表示，价格调整是正常的市场行为。",
        [("价格调整", "indirect", "鄢文博", "首席分析师", "北川证券")],
        id="a-field-opens-no-modifier",
    ),
    pytest.param(
        "科研助理鄢文博表示，实验已经完成。",
        [("实验已经", "indirect", "鄢文博", "科研助理", None)],
        id="a-field-before-a-modifier-that-is-the-title",
    ),
    pytest.param(
        "车企价格战再起 业内人士：行业洗牌加速\n\n11月以来，多家车企相继宣布降价。",
        [("行业洗牌", "direct", None, None, None)],
        id="a-headline-a-group-speaks",
    ),
    pytest.param(
        "学术界普遍认为，这一发现意义重大。",
        [("这一发现", "indirect", None, None, None)],
        id="a-sector-speaks",
    ),
    pytest.param(
        "有地產代理透露，不少業主即時收回放盤。",
        [("不少業主", "indirect", None, "地產代理", None)],
        id="an-estate-agent",
    ),
    pytest.param(
        "房屋局局长邝伟坚表示，措施即时生效。邝伟坚称，过去一年楼价下跌。",
        [
            ("措施即时", "indirect", "邝伟坚", "局长", "房屋局"),
            ("过去一年", "indirect", "邝伟坚", "局长", "房屋局"),
        ],
        id="a-name-ends-where-a-cue-begins",
    ),
    pytest.param(
        "南港大学物理学教授邝明说，实验已经成功。",
        [("实验已经", "indirect", "邝明", "物理学教授", "南港大学")],
        id="a-discipline-opens-the-title",
    ),
    pytest.param(
        "物理学教授邝明说，实验已经成功。",
        [("实验已经", "indirect", "邝明", "物理学教授", None)],
        id="a-discipline-opens-the-chain",
    ),
    pytest.param(
        "南港评级机构首席经济学家邝明说，经济正在复苏。",
        [("经济正在", "indirect", "邝明", "首席经济学家", "南港评级机构")],
        id="a-title-that-holds-its-discipline",
    ),
    pytest.param(
        "27岁的卞小雨就是其中之一。“现在稳定在两三千人。”小卞笑着说。",
        [("现在稳定", "direct", "卞小雨", None, None)],
        id="a-form-of-address-after-an-untitled-name",
    ),
    pytest.param(
        "卞小雨和卞大山都回来了。“现在稳定在两三千人。”小卞笑着说。",
        [("现在稳定", "direct", "小卞", None, None)],
        id="a-form-of-address-after-two-untitled-names",
    ),
    pytest.param(
        "主教练席尔瓦说，球队表现很好。\n\n19岁的蔺子轩在采访区显得有些激动。"
        "“进球的那一刻脑子是空白的。”他说。",
        [
            ("球队表现", "indirect", "席尔瓦", "主教练", None),
            ("进球的那一刻", "direct", "蔺子轩", None, None),
        ],
        id="a-pronoun-after-a-quotation-reads-before-it",
    ),
    pytest.param(
        "南港外长邝明会见北港议长卢佳。邝明表示，双方将加强合作。\n\n"
        "卢佳对南港的发展成就表示祝贺。他说，两国关系前景广阔。",
        [
            ("双方将", "indirect", "邝明", "外长", "南港"),
            ("两国关系", "indirect", "卢佳", "议长", "北港"),
        ],
        id="a-pronoun-after-the-subject-of-its-paragraph",
    ),
    pytest.param(
        "南港市长邝明表示，要抓好防汛。\n\n在北湖水利枢纽，邝明察看了水位情况。他强调，要压实责任。",
        [
            ("要抓好", "indirect", "邝明", "市长", "南港市"),
            ("要压实", "indirect", "邝明", "市长", "南港市"),
        ],
        id="a-place-after-a-frame-is-no-subject",
    ),
    pytest.param(
        "外交部发言人郦宁主持例行记者会\n\n问：中方对此有何评论？\n\n答：我们注意到有关报道。",
        [("我们注意到", "direct", "郦宁", "发言人", "外交部")],
        id="a-briefing-host-answers",
    ),
    pytest.param(
        "“现在按个按钮就到了，方便多了！”昨天上午，家住东湖区青石路12号的蔺桂兰老人乘着电梯下楼。",
        [("现在按个", "direct", "蔺桂兰", "老人", None)],
        id="a-quotation-then-the-person-described",
    ),
    pytest.param(
        "南港地铁公司营运总监邝明表示，会加大回赠力度。",
        [("会加大", "indirect", "邝明", "营运总监", "南港地铁公司")],
        id="an-operations-director",
    ),
    pytest.param(
        "校长郏海燕说，课程由学生自主选择。\n\n四年级学生小鄢最喜欢编程课。"
        "“我已经学会做小游戏了！”说起自己的作品，小鄢眼睛发亮。",
        [
            ("课程由", "indirect", "郏海燕", "校长", None),
            ("我已经", "direct", "小鄢", "学生", None),
        ],
        id="a-quotation-then-a-form-of-address",
    ),
    pytest.param(
        "“麦穗初齐稚子娇，桑叶正肥蚕食饱。”小满时节，蚕茧结成。",
        [],
        id="a-solar-term-is-no-address",
    ),
    pytest.param(
        "“这是我们应该做的。”面对记者的感谢，消防员卢明摆摆手。",
        [("这是我们", "direct", "卢明", "消防员", None)],
        id="a-thanks-after-de-frames-no-statement",
    ),
    pytest.param(
        "根据南港政府的通报，目前已有33人获救。",
        [("目前已有", "indirect", None, None, "南港政府")],
        id="according-to-a-report-after-de",
    ),
    pytest.param(
        "记者卢明常说，只要肯干就行。",
        [("只要肯干", "indirect", "卢明", "记者", None)],
        id="often-between-a-name-and-a-cue",
    ),
    pytest.param(
        "“现在下楼走几分钟就到了。”说起家门口新开的便民市场，家住枫林社区的居民卞阿姨很是满意。",
        [("现在下楼", "direct", "卞阿姨", "居民", None)],
        id="a-longer-frame-after-a-quotation",
    ),
    pytest.param(
        "南方人民抵抗运动（哈卢斯）当天发表声明。哈卢斯称，将继续抵抗。",
        [("将继续", "indirect", None, None, "哈卢斯")],
        id="a-movement-s-short-name",
    ),
    pytest.param(
        "北湖发展银行（莫卢斯）发布报告。莫卢斯称，经济将放缓。",
        [("经济将", "indirect", None, None, "莫卢斯")],
        id="a-body-s-short-name-in-brackets",
    ),
    pytest.param(
        "古方表示，袭击者已被制服。",
        [("袭击者", "indirect", None, None, "古方")],
        id="a-country-s-side-by-its-short-name",
    ),
    pytest.param(
        "国际评级机构费卢斯12日下调南港信用评级。费卢斯表示，南港财政状况恶化。",
        [("南港财政", "indirect", None, None, "费卢斯")],
        id="a-body-named-after-its-kind",
    ),
    pytest.param(
        "面对时代之问，南港市长邝明提出四点意见，强调要加强合作。",
        [("要加强", "indirect", "邝明", "市长", "南港市")],
        id="a-cue-after-zhi-is-a-noun",
    ),
    pytest.param(
        "南港市长邝明作了讲话。他强调，要抓好落实。",
        [("要抓好", "indirect", "邝明", "市长", "南港市")],
        id="a-verb-and-its-aspect-after-a-titled-name",
    ),
    pytest.param(
        "发言人邝明华了解到情况后表示，将尽快处理。",
        [("将尽快", "indirect", "邝明华", "发言人", None)],
        id="a-name-before-a-word-that-opens-on-le",
    ),
    pytest.param(
        "邝明副市长表示，要开好大会。",
        [("要开好", "indirect", "邝明", "副市长", None)],
        id="a-name-then-a-title-with-a-modifier",
    ),
    pytest.param(
        "北港总理邝明已接受总参谋长卢佳建议，决定暂停放行物资。", [], id="a-proposal-taken-up"
    ),
    pytest.param(
        "听取南港部门办理人大代表建议和政协提案工作情况汇报，研究有关措施。",
        [],
        id="proposals-heard",
    ),
    pytest.param(
        "南港经贸合作牵头人邝明表示，双方达成新的共识。",
        [("双方达成", "indirect", "邝明", "牵头人", "南港经贸合作")],
        id="a-lead-of-a-cooperation",
    ),
    pytest.param(
        "南港大学王教授坦言，结果出乎意料。",
        [("结果出乎", "indirect", "王教授", "教授", "南港大学")],
        id="a-body-a-surname-then-a-title",
    ),
    pytest.param(
        "美国南港联储主席表示，利率将维持不变。",
        [("利率将", "indirect", None, "主席", "美国南港联储")],
        id="a-surname-inside-a-body-s-name",
    ),
    pytest.param(
        "暫委裁判官鄺立信在判詞中指，事主的證供可信。",
        [("事主的", "indirect", "鄺立信", "暫委裁判官", None)],
        id="an-acting-magistrate",
    ),
    pytest.param(
        "南港醫院護理師卢佳表示，病人情況穩定。",
        [("病人情況", "indirect", "卢佳", "護理師", "南港醫院")],
        id="a-nurse-as-taiwan-writes-it",
    ),
    pytest.param(
        "邝明等人表示，市场将趋于平稳。",
        [("市场将", "indirect", None, None, None)],
        id="a-name-and-others",
    ),
    pytest.param(
        "南岭县委书记晏立华表示，要找准定位。\n\n发展数字经济，也让更多年轻人选择留在家乡。"
        "95后小伙郜晨在一家电商企业做运营。“在家门口就能找到满意的工作，挺好的。”",
        [
            ("要找准", "indirect", "晏立华", "书记", "南岭县委"),
            ("在家门口", "direct", "郜晨", "小伙", None),
        ],
        id="a-quotation-after-a-sentence-that-names-its-speaker",
    ),
    pytest.param("记者注意到，部分路段积水仍未退去。", [], id="what-the-reporter-noticed"),
    pytest.param(
        "南港外交部发言人注意到，有关报道不实。",
        [("有关报道", "indirect", None, "发言人", "南港外交部")],
        id="what-a-spokesman-noticed",
    ),
    pytest.param(
        "南港大学鄢立新教授团队发现一种新型抗生素。鄢立新介绍，团队筛选出一株链霉菌。",
        [("团队筛选", "indirect", "鄢立新", "教授", "南港大学")],
        id="a-body-a-name-and-a-title-before-a-team",
    ),
    pytest.param(
        "立法議員郜志成認為，政府應公開預算。",
        [("政府應", "indirect", "郜志成", "立法議員", None)],
        id="a-legislator-as-macau-writes-it",
    ),
    pytest.param(
        "邝明认为书中的观点值得商榷。",
        [("书中的", "indirect", "邝明", None, None)],
        id="a-bare-clause-that-opens-on-a-book",
    ),
    pytest.param(
        "邝明认为处分过重，应当复议。",
        [("处分过重", "indirect", "邝明", None, None)],
        id="a-bare-clause-that-opens-on-a-penalty",
    ),
    pytest.param(
        "决定给予邝明党内警告处分，给予卢佳党内严重警告处分。", [], id="warnings-as-penalties"
    ),
    pytest.param(
        "邝明今天接受媒體聯訪時表示，他不會參選。",
        [("他不會", "indirect", "邝明", None, None)],
        id="a-joint-interview",
    ),
    pytest.param(
        "南港市长邝明出席开幕式时表示，会尽快处理。",
        [("会尽快", "indirect", "邝明", "市长", "南港市")],
        id="at-an-opening-ceremony",
    ),
    pytest.param(
        "邝明今早出席電台節目時表示，會盡快處理。",
        [("會盡快", "indirect", "邝明", None, None)],
        id="on-a-radio-programme",
    ),
    pytest.param(
        "邝明晚上在社交平台發帖指，會盡快處理。",
        [("會盡快", "indirect", "邝明", None, None)],
        id="a-post-on-a-platform",
    ),
    pytest.param(
        "邝明代表市委常委会作工作报告时指出，要压实责任。",
        [("要压实", "indirect", "邝明", None, None)],
        id="a-report-on-behalf-of-a-body",
    ),
    pytest.param(
        "【同期】南港市民 邝先生：现在出行方便多了。",
        [("现在出行", "direct", "邝先生", "市民", "南港")],
        id="a-sound-bite-mark-before-a-label",
    ),
    pytest.param(
        "南港市民 邝先生（同期声）：现在出行方便多了。",
        [("现在出行", "direct", "邝先生", "市民", "南港")],
        id="a-sound-bite-mark-after-a-label",
    ),
    pytest.param(
        "嘉宾邝明表示，收获很大。",
        [("收获很大", "indirect", "邝明", "嘉宾", None)],
        id="a-guest-named",
    ),
    pytest.param(
        "外卖骑手邝明说，今年单量多了。",
        [("今年单量", "indirect", "邝明", "外卖骑手", None)],
        id="a-delivery-rider",
    ),
    pytest.param(
        "返乡创业青年卢佳说，今年收成好。",
        [("今年收成", "indirect", "卢佳", "返乡创业青年", None)],
        id="a-young-founder-back-home",
    ),
    pytest.param(
        "国脚邝明说，球队状态很好。",
        [("球队状态", "indirect", "邝明", "国脚", None)],
        id="a-national-team-player",
    ),
    pytest.param(
        "硕士研究生卢佳说，实验已经完成。",
        [("实验已经", "indirect", "卢佳", "硕士研究生", None)],
        id="a-master-s-student",
    ),
    pytest.param(
        "一位心理学家表示，孩子需要更多陪伴。",
        [("孩子需要", "indirect", None, "心理学家", None)],
        id="an-unnamed-professional",
    ),
    pytest.param(
        "创业者邝明表示，明年将扩大投资。",
        [("明年将", "indirect", "邝明", "创业者", None)],
        id="a-doer-before-a-name",
    ),
    pytest.param(
        "集会参与者表示，反对修改法律。",
        [("反对修改", "indirect", None, None, None)],
        id="doers-unnamed-are-the-public",
    ),
    pytest.param(
        "蓝海集团董事长兼CEO邝明透露，公司将加大研发投入。",
        [("公司将", "indirect", "邝明", "董事长", "蓝海集团")],
        id="a-second-position-in-latin-letters",
    ),
    pytest.param(
        "七旬老人邝大海说，没想到还能回到老家。",
        [("没想到", "indirect", "邝大海", "老人", None)],
        id="an-age-is-no-organization",
    ),
    pytest.param(
        "78岁老人邝大海说，没想到还能回到老家。",
        [("没想到", "indirect", "邝大海", "老人", None)],
        id="an-age-in-digits-is-no-organization",
    ),
    pytest.param(
        "某券商营业部负责人告诉记者，近期开户人数明显增加。",
        [("近期开户", "indirect", None, "负责人", "券商营业部")],
        id="the-body-after-a-quantifier",
    ),
    pytest.param(
        "一名澳大利亚官员透露，会谈已推迟。",
        [("会谈已推迟", "indirect", None, "官员", "澳大利亚")],
        id="the-country-after-a-quantifier",
    ),
    pytest.param(
        "另有欧盟高级官员透露，会谈已推迟。",
        [("会谈已推迟", "indirect", None, "高级官员", "欧盟")],
        id="the-body-after-two-quantifiers",
    ),
    pytest.param(
        "蓝海集团一位高管透露，公司不会裁员。",
        [("公司不会", "indirect", None, "高管", "蓝海集团")],
        id="a-senior-executive",
    ),
    pytest.param(
        "前立法会议员邝明认为，法案应尽快通过。",
        [("法案应", "indirect", "邝明", "议员", "立法会")],
        id="a-former-office-holder",
    ),
    pytest.param(
        "时任南港市委书记邝明说，要加快改革。",
        [("要加快", "indirect", "邝明", "书记", "南港市委")],
        id="the-office-held-at-the-time",
    ),
    pytest.param(
        "前线指挥部总指挥邝明说，火势已得到控制。",
        [("火势已", "indirect", "邝明", "总指挥", "前线指挥部")],
        id="a-body-whose-name-opens-on-qian",
    ),
    pytest.param(
        "原住民族委员会主委邝明说，会尽快处理。",
        [("会尽快", "indirect", "邝明", "主委", "原住民族委员会")],
        id="a-body-whose-name-opens-on-yuan",
    ),
    pytest.param(
        "南港高级法院审判委员会副部级专职委员邝明介绍，今年共审结案件两万件。",
        [("今年共", "indirect", "邝明", "副部级专职委员", "南港高级法院审判委员会")],
        id="a-rank-level-is-part-of-the-title",
    ),
    pytest.param(
        "典礼结束后，新生卢佳怡说，她很受鼓舞。",
        [("她很受鼓舞", "indirect", "卢佳怡", "新生", None)],
        id="a-freshman",
    ),
    pytest.param(
        "北港军方宣布撤军。同一天北港国防部长卡森称，部队已完成部署。",
        [("部队已完成", "indirect", "卡森", "国防部长", "北港")],
        id="the-same-day-opens-the-clause",
    ),
    pytest.param(
        "北港军方宣布撤军。北港外交部同一天称，将继续推动谈判。",
        [("将继续推动", "indirect", None, None, "北港外交部")],
        id="the-same-day-between-the-subject-and-the-cue",
    ),
    pytest.param(
        "蓝海研究院同一天发布的报告指出，消费需求持续回暖。",
        [("消费需求", "indirect", None, None, "蓝海研究院")],
        id="a-time-between-the-issuer-and-the-verb",
    ),
    pytest.param(
        "该飞机的运营方称，机上共载有6人。",
        [("机上共", "indirect", None, None, "运营方")],
        id="a-party-named-by-its-role",
    ),
    pytest.param(
        "赛后，C罗表示，球队还会更好。",
        [("球队还会", "indirect", "C罗", None, None)],
        id="a-latin-initial-and-a-syllable",
    ),
    pytest.param(
        "论文通讯作者卢佳怡表示，团队花了五年时间完成这项研究。",
        [("团队花了", "indirect", "卢佳怡", "论文通讯作者", None)],
        id="the-corresponding-author-of-a-study",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_attribution(text: str, expected: list) -> None:
    quotes = quotekit.extract(text)
    got = [(q.text, q.kind, q.speaker.name, q.speaker.title, q.speaker.org) for q in quotes]
    assert len(got) == len(expected), got
    for (quote_text, kind, name, title, org), (starts, *want) in zip(got, expected):
        assert quote_text.startswith(starts), (quote_text, starts)
        assert (kind, name, title, org) == tuple(want)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_offsets_index_the_original_text(text: str, expected: list) -> None:
    for quote in quotekit.extract(text):
        assert text[quote.start : quote.end] == quote.text
        if quote.cue is not None:
            assert text[quote.cue_start : quote.cue_end] == quote.cue
        speaker = quote.speaker
        if speaker.mention is not None:
            assert text[speaker.mention_start : speaker.mention_end] == speaker.mention


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "返乡青年卢小燕在直播间卖茶。“粉丝有三万多了。”小卢笑着说。",
            [("卢小燕", "小卢")],
            id="xiao-and-the-surname",
        ),
        pytest.param(
            "村支书邝建国介绍了情况。“今年收成好。”邝先生说。",
            [("邝建国", "邝先生")],
            id="the-surname-and-a-form-of-address",
        ),
        pytest.param(
            "邝大爷告诉记者：“今年雨水好。”村支书邝建国介绍，产值突破了三千万元。",
            [("邝大爷", "邝大爷"), ("邝建国", "村支书邝建国")],
            id="not-one-named-only-later",
        ),
        pytest.param(
            "陈新凯是一名巡护员。他的儿子陈雨也加入了。“这些渔网是以前留下的。”老陈说。",
            [("老陈", "老陈")],
            id="not-where-two-people-bear-the-surname",
        ),
    ],
)
def test_a_form_of_address_names_the_one_person_of_that_surname(
    text: str, names: list[tuple[str, str]]
) -> None:
    quotes = quotekit.extract(text)
    assert [(q.speaker.name, q.speaker.mention) for q in quotes] == names


def test_a_title_that_ends_in_a_lead_is_in_the_mention() -> None:
    # 将 opens a clause as a lead, but ends the titles 名将 and 少将.
    text = "南港名将卢明表示，他希望参加奥运会。北港海军少将邝明表示，演习按计划进行。"
    speakers = [quote.speaker for quote in quotekit.extract(text)]
    assert [(s.mention, s.title, s.org) for s in speakers] == [
        ("南港名将卢明", "名将", "南港"),
        ("北港海军少将邝明", "少将", "北港海军"),
    ]


def test_two_positions_are_all_kept() -> None:
    text = "中共安平县委副书记、安平县人民政府县长孔德文表示，今年要办好民生实事。"
    (quote,) = quotekit.extract(text)
    assert [(p.org, p.title) for p in quote.speaker.positions] == [
        ("中共安平县委", "副书记"),
        ("安平县人民政府", "县长"),
    ]


def test_later_name_only_mention_gets_the_full_person() -> None:
    text = (
        "星河实验室副主任卢佳怡表示，新材料已进入中试阶段。"
        "谈到明年的计划，卢佳怡坦言，量产仍需时间。"
    )
    first, second = quotekit.extract(text)
    assert second.speaker.mention == "卢佳怡"
    assert (second.speaker.name, second.speaker.title, second.speaker.org) == (
        "卢佳怡",
        "副主任",
        "星河实验室",
    )
    assert first.speaker.mention == "星河实验室副主任卢佳怡"


def test_caption_inside_a_quote_is_left_out_of_the_text() -> None:
    text = (
        "“下一步，我们将继续优化\n\n"
        "市民在新开放的滨江公园散步（资料照片）。\n本报记者 陈默 摄\n\n"
        "通关流程，让企业少跑腿。”海关关长卓远说。"
    )
    (quote,) = quotekit.extract(text)
    assert quote.text == "下一步，我们将继续优化通关流程，让企业少跑腿。"
    assert text[quote.start : quote.end].startswith("下一步")
    assert text[quote.start : quote.end].endswith("少跑腿。")
    assert quote.speaker.name == "卓远"


def test_unclosed_quote_does_not_swallow_the_document() -> None:
    text = "他说：“这是一个没有结尾的引语\n\n市卫健委主任高原表示，全市新增三家医院。"
    quotes = quotekit.extract(text)
    last = quotes[-1]
    assert last.text.startswith("全市新增")
    assert last.speaker.name == "高原"


def test_interview_answer_runs_until_the_next_speaker() -> None:
    text = (
        "本报记者专访了市发改委主任丁若水。\n\n"
        "记者：改革的重点是什么？\n\n"
        "丁若水：重点是减少审批环节。\n\n同时要把服务送上门。\n\n"
        "记者：时间表呢？\n\n丁若水：年底前完成。"
    )
    answers = [q for q in quotekit.extract(text) if q.speaker.name == "丁若水"]
    assert [q.text for q in answers] == [
        "重点是减少审批环节。\n\n同时要把服务送上门。",
        "年底前完成。",
    ]
    assert answers[0].speaker.org == "市发改委"


def test_a_transcript_labels_its_speakers_in_brackets() -> None:
    text = (
        "北港市政府举行新闻发布会，新闻发言人邝文介绍情况并回答提问。\n"
        "【记者】地铁何时通车？\n"
        "【邝文】预计年底通车。\n沿线公交同步调整。\n"
        "【记者】票价呢？\n"
        "【邝文】票价另行公布。\n"
        "【新闻链接】北港地铁一期全长二十公里。"
    )
    answers = [q for q in quotekit.extract(text) if q.speaker.name == "邝文"]
    assert [q.text for q in answers] == ["预计年底通车。\n沿线公交同步调整。", "票价另行公布。"]
    assert answers[0].speaker.title == "新闻发言人"
    for quote in answers:
        assert text[quote.start : quote.end] == quote.text
    assert not any("地铁一期" in q.text for q in quotekit.extract(text))


def test_the_last_interview_answer_ends_where_a_line_opens_on_another_label() -> None:
    text = (
        "记者：明年有什么打算？\n"
        "镇长柯文斌：继续修路。\n还要建一个冷库。\n\n"
        "问：冷库建在哪里？\n答：还在选址。\n\n"
        "会后，柯文斌又去了两个村。"
    )
    answers = [q for q in quotekit.extract(text) if q.speaker.name == "柯文斌"]
    assert [q.text for q in answers] == ["继续修路。\n还要建一个冷库。"]


def test_the_answers_of_an_interview_are_the_words_of_the_one_interviewed() -> None:
    text = (
        "专访南湖大学校长邝明：大学要敢于创新\n\n"
        "近日，本报记者专访了南湖大学校长邝明。\n\n"
        "问：您如何看待人工智能？\n\n"
        "答：它会改变教学方式。\n但不会取代教师。\n\n"
        "问：下一步有什么计划？\n\n"
        "答：新建三个研究院。"
    )
    quotes = quotekit.extract(text)
    assert [(q.text, q.rule) for q in quotes] == [
        ("大学要敢于创新", "headline"),
        ("它会改变教学方式。\n但不会取代教师。", "speaker-line"),
        ("新建三个研究院。", "speaker-line"),
    ]
    for quote in quotes:
        assert (quote.speaker.name, quote.speaker.title, quote.speaker.org) == (
            "邝明",
            "校长",
            "南湖大学",
        )
        assert text[quote.start : quote.end] == quote.text


def test_answers_with_no_one_named_as_interviewed_are_left() -> None:
    text = "问：您如何看待人工智能？\n答：它会改变教学方式。"
    assert quotekit.extract(text) == []


@pytest.mark.parametrize(
    "after",
    ["\n说这话时，68岁的茶农邹月娥眼里闪着泪光。", "说着，茶农邹月娥抹了抹眼角。"],
)
def test_the_one_who_said_it_after_saying_this(after: str) -> None:
    text = "茶农邹月娥今年搬进了新房。\n“我从没想过能住上这样的房子。”" + after
    (quote,) = quotekit.extract(text)
    assert quote.text == "我从没想过能住上这样的房子。"
    assert quote.speaker.name == "邹月娥"
    assert text[quote.speaker.mention_start : quote.speaker.mention_end] == "茶农邹月娥"


def test_the_next_paragraph_opening_on_a_person_does_not_take_a_quotation() -> None:
    text = "茶农邹月娥今年搬进了新房。\n“这是我们的新家。”\n茶农邹月娥又去了茶园。"
    assert [q.speaker.name for q in quotekit.extract(text)] == []


def test_he_is_not_the_person_the_text_has_called_she() -> None:
    text = (
        "石桥村党支部书记邵长河和村委会主任纪红梅接受了采访。\n"
        "邵长河说，村里的路今年全部硬化了。纪红梅补充说，下一步要发展民宿。\n"
        "她说：“我们想让年轻人都回来。”\n"
        "他则表示，村里已经和两家企业签了合作协议。"
    )
    speakers = [(q.speaker.mention, q.speaker.name) for q in quotekit.extract(text)]
    assert speakers[2:] == [("她", "纪红梅"), ("他", "邵长河")]


def test_a_surname_and_title_take_the_name_written_before_the_title() -> None:
    text = "韩立新主席出席了开幕式。韩主席强调，要把协会办成会员之家。"
    (quote,) = quotekit.extract(text)
    assert (quote.speaker.name, quote.speaker.title) == ("韩立新", "主席")
    assert quote.speaker.mention == "韩主席"
    people = quotekit.analyze(text).people
    assert [p.name for p in people] == ["韩立新"]


def test_an_interview_subhead_names_the_one_interviewed() -> None:
    text = (
        "让数据多跑路\n——访市数据资源管理局局长邓志远\n"
        "记者：下一步有什么打算？\n"
        "邓志远：年底前实现全覆盖。\n"
        "图为市民在自助终端办理业务。"
    )
    answer = quotekit.extract(text)[-1]
    assert (answer.speaker.name, answer.speaker.title, answer.speaker.org) == (
        "邓志远",
        "局长",
        "市数据资源管理局",
    )
    assert answer.text == "年底前实现全覆盖。"


def test_in_someones_words_that_one_speaks() -> None:
    text = "用茶农邹月娥的话说：“日子越过越红火。”"
    (quote,) = quotekit.extract(text)
    assert (quote.speaker.name, quote.speaker.title) == ("邹月娥", "茶农")
    assert quote.speaker.mention == "茶农邹月娥"


def test_html_left_in_the_text_is_read_through_and_offsets_stay_in_the_source() -> None:
    text = (
        "<p>&ldquo;今年的茶叶收成比去年好。&rdquo;南岭村村民赵春梅说。</p>"
        "<p>区教育局副局长马晓燕表示，今年将新建两所小学。</p>"
    )
    first, second = quotekit.extract(text)
    assert first.text == "今年的茶叶收成比去年好。"
    assert (first.speaker.name, first.speaker.org) == ("赵春梅", "南岭村")
    assert (second.speaker.name, second.speaker.org) == ("马晓燕", "区教育局")
    for quote in (first, second):
        assert text[quote.start : quote.end] == quote.text
        assert text[quote.cue_start : quote.cue_end] == quote.cue
        assert text[quote.speaker.mention_start : quote.speaker.mention_end] == (
            quote.speaker.mention
        )
    assert "<p>" not in second.speaker.org


def test_a_block_tag_breaks_the_paragraph() -> None:
    # Without the break, the headline would run into the statement after it.
    text = "黄河防汛进入关键期<br>“今年汛期来得早。”水利局局长曹文说。"
    (quote,) = quotekit.extract(text)
    assert quote.text == "今年汛期来得早。"


def test_an_unnamed_official_takes_the_office_named_before() -> None:
    text = (
        "市政府新闻办举行发布会，邀请市住建局相关负责人介绍旧改进展。\n\n"
        "相关负责人表示，今年将完成改造小区120个。"
    )
    quotes = quotekit.extract(text)
    assert [(q.speaker.title, q.speaker.org, q.speaker.kind) for q in quotes][-1] == (
        "负责人",
        "市住建局",
        "anonymous",
    )


def test_a_sentence_opening_on_a_workplace_gives_the_title_its_organization() -> None:
    text = (
        "“今年的候鸟比往年来得早。”徐晓梅说。\n\n"
        "在青石湖国家湿地公园管理处，水鸟监测员徐晓梅正在记录鸟群数量。"
    )
    (quote,) = quotekit.extract(text)
    assert (quote.speaker.name, quote.speaker.title, quote.speaker.org) == (
        "徐晓梅",
        "水鸟监测员",
        "青石湖国家湿地公园管理处",
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("美国总统莫里森3日在白宫对媒体表示，谈判仍在继续。", ("莫里森", "总统", "美国")),
        (
            "世界卫生组织当天在日内瓦召开新闻发布会表示，疫情仍在蔓延。",
            (None, None, "世界卫生组织"),
        ),
        ("外交部发言人汪洋在例行记者会上表示，中方欢迎各方参与。", ("汪洋", "发言人", "外交部")),
        ("专家分析称，房地产市场短期内仍将承压。", (None, "专家", None)),
    ],
)
def test_speaker_across_occasions_and_chained_cues(text: str, speaker: tuple) -> None:
    (quote,) = quotekit.extract(text)
    assert (quote.speaker.name, quote.speaker.title, quote.speaker.org) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "昆曲，又称“昆剧”，是中国最古老的剧种之一。",
        "但白宫拒绝透露情报是否来自盟友。",
        "会议指出的问题，红色表示警告，绿色表示安全。",
        "习近平主席提出全球发展倡议，得到一百多个国家支持。",
        "法德称，将加强边境管控。",  # two countries' short names, not a name
        "总统李在京表示出席。",  # 在京: in Beijing, not a Korean name
    ],
)
def test_no_statement(text: str) -> None:
    assert [q.text for q in quotekit.extract(text)] == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "社會文化司司長何慧玲昨日出席活動時表示，特區政府會持續優化長者服務。",
            ("何慧玲", "司長", "社會文化司"),
        ),
        ("有居民向記者表示，希望政府增加社區巴士班次。", (None, None, None)),
        ("經濟部長林振宇受訪時說，國際油價走勢仍有不確定性。", ("林振宇", "部長", "經濟部")),
        ("台北市議員王大明今（3）日質詢時痛批，市府處理失當。", ("王大明", "市議員", "台北")),
        ("經濟學者吳大明分析，台股短期仍有壓力。", ("吳大明", "經濟學者", None)),
    ],
)
def test_traditional_chinese_reports(text: str, speaker: tuple) -> None:
    (quote,) = quotekit.extract(text)
    assert (quote.speaker.name, quote.speaker.title, quote.speaker.org) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "白俄罗斯总统卢卡申科会见了代表团。卢卡申科表示，完全赞同对两国关系的评价。",
            ("卢卡申科", "总统", "白俄罗斯", "person"),
        ),
        (
            "以色列总理办公室声明称，以军今天发动空袭。",
            (None, None, "以色列总理办公室", "organization"),
        ),
        (
            "省委书记周文涛在青溪县调研。调研时，书记强调，“要把群众的事办好。”",
            ("周文涛", "书记", "省委", "person"),
        ),
    ],
)
def test_later_mentions_reach_back(text: str, speaker: tuple) -> None:
    quote = quotekit.extract(text)[-1]
    s = quote.speaker
    assert (s.name, s.title, s.org, s.kind) == speaker


def test_a_pronoun_takes_the_person_named_last_in_its_paragraph() -> None:
    text = (
        "退休教师孟秀兰告诉记者，现在生活方便多了。\n\n"
        "省长钟文博听了很高兴。他说，老百姓的事就是大事。"
    )
    last = quotekit.extract(text)[-1]
    assert (last.speaker.mention, last.speaker.name) == ("他", "钟文博")


def test_a_pronoun_right_after_a_quotation_speaks_it() -> None:
    quotes = quotekit.extract("“我们已经尽力了，”他停顿了一下，“但结果不理想。”")
    assert [q.rule for q in quotes] == ["quote-subject", "continuation"]
    assert quotes[0].speaker.mention == "他"


@pytest.mark.parametrize(
    ("text", "mention", "org"),
    [
        ("北港经济工作会议指出，要稳中求进。", "北港经济工作会议", None),
        ("“十五五”规划纲要提出，加强能源清洁利用。", "“十五五”规划纲要", None),
        ("北港市政府常务会议指出，要稳中求进。", "北港市政府常务会议", "北港市政府"),
        ("北港市统计局报告称，一季度经济增长5%。", "北港市统计局报告", "北港市统计局"),
        # whoever issued it is not read: the statement speaks
        ("烈焰14日发布声明称，行动结束。", "声明", None),
        ("《通知》强调，要坚持聚焦主题。", "《通知》", None),
        # a piece of news speaks as a report does (Hong Kong and Taiwan usage)
        ("消息指，涉事男子已被带返警署调查。", "消息", None),
        ("有报道称，客机迫降时发生爆胎。", "有报道", None),
        # who issued the document, written before it with 的, speaks through it
        ("北港气象台发布的消息称，地震发生在山区。", "北港气象台", "北港气象台"),
        ("北港评论员邝明远引述官员的声明发文称，谈判已经破裂。", "北港评论员邝明远", "北港"),
        # two places joined stay one group (no venue before them)
        ("秘鲁和巴西各界人士表示，期待合作深化。", "秘鲁和巴西各界人士", None),
    ],
)
def test_a_speaker_keeps_its_whole_name(text: str, mention: str, org) -> None:
    (quote,) = quotekit.extract(text)
    assert (quote.speaker.mention, quote.speaker.org) == (mention, org)


def test_a_quotation_then_a_short_framing_clause_then_its_speaker() -> None:
    text = (
        "北港队主教练邝达臣赛前表示，球队会全力以赴。"
        "“我们还会继续努力。”面对挫败，邝达臣仍然信心十足。"
    )
    last = quotekit.extract(text)[-1]
    assert last.text == "我们还会继续努力。"
    assert (last.speaker.name, last.speaker.title, last.rule) == (
        "邝达臣",
        "主教练",
        "quote-subject",
    )


def test_a_news_dateline_is_no_speaker() -> None:
    assert quotekit.extract("本报消息：今年全市新增就业岗位十万个。\n") == []


def test_a_pronoun_after_a_framing_clause_takes_the_speaker() -> None:
    text = (
        "对于北港总统卡洛尔允许使用武器，南港外交部副部长里亚诺夫3日表示，南港警告北港。"
        "他说，南港总统已就此事发出警告。"
    )
    *_, quote = quotekit.extract(text)
    assert quote.speaker.mention == "他"
    assert quote.speaker.name == "里亚诺夫"


def test_the_writers_of_a_letter_speak_not_its_addressee() -> None:
    (quote,) = quotekit.extract("二十三名议员联名致信议长表示，应冻结协议。")
    assert quote.speaker.mention == "二十三名议员"


def test_names_after_titles_are_read_only_where_a_statement_needs_them(monkeypatch) -> None:
    extractor = quotekit.Extractor()
    calls = []
    read = extractor.parser.titled_names

    def counted(text: str):
        calls.append(text)
        return read(text)

    monkeypatch.setattr(extractor.parser, "titled_names", counted)
    assert extractor.extract("青石县副县长韩立新今天走访了三个村。") == []
    assert calls == []
    quotes = extractor.extract("青石县副县长韩立新今天走访了三个村。韩立新说，今年要修好路。")
    assert [q.speaker.name for q in quotes] == ["韩立新"]
    assert len(calls) == 1
    people = extractor.analyze("青石县副县长韩立新今天走访了三个村。").people
    assert [p.name for p in people] == ["韩立新"]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("原告诉称，被告未按约定支付货款。", "原告"),
        ("她拉着女儿说，要好好读书。", "她"),
        ("老人指着远处的山坡说，那里以前是荒山。", "老人"),
        ("老人拉着记者的手说：“现在日子好过了。”", "老人"),
    ],
)
def test_whom_the_speaker_holds_or_points_at_does_not_speak(text: str, mention: str) -> None:
    (quote,) = quotekit.extract(text)
    assert quote.speaker.mention == mention
    start, end = quote.speaker.mention_start, quote.speaker.mention_end
    assert text[start:end] == mention


@pytest.mark.parametrize(
    "text",
    [
        "北辰科技公司总裁Mark Ellison表示，将加大投资。随后Ellison又说，合作前景广阔。",
        "东岛总统阿贝尔·图玛表示，各方应保持克制。图玛还说，东岛愿发挥作用。",
    ],
)
def test_a_name_in_parts_called_by_its_last_word_is_the_same_person(text: str) -> None:
    first, second = quotekit.extract(text)
    assert second.speaker.mention in ("Ellison", "图玛")
    assert (second.speaker.name, second.speaker.title, second.speaker.org) == (
        first.speaker.name,
        first.speaker.title,
        first.speaker.org,
    )
    start, end = second.speaker.mention_start, second.speaker.mention_end
    assert text[start:end] == second.speaker.mention


def test_a_last_word_two_people_share_names_neither() -> None:
    text = (
        "东岛总统阿贝尔·图玛表示，各方应保持克制。东岛议长莉娜·图玛说，议会支持政府。"
        "图玛还说，东岛愿发挥作用。"
    )
    quotes = quotekit.extract(text)
    assert [q.speaker.name for q in quotes] == ["阿贝尔·图玛", "莉娜·图玛", "图玛"]


def test_a_headline_an_office_heads_is_its_statement() -> None:
    text = "东湖市统计局：三季度居民收入增长5%\n\n据了解，全市消费持续回暖。"
    (quote,) = quotekit.extract(text)
    assert quote.text == "三季度居民收入增长5%"
    assert (quote.speaker.kind, quote.speaker.org, quote.speaker.name) == (
        "organization",
        "东湖市统计局",
        None,
    )
    assert text[quote.start : quote.end] == quote.text
    assert text[quote.speaker.mention_start : quote.speaker.mention_end] == "东湖市统计局"


@pytest.mark.parametrize(
    "headline",
    ["东湖市：今年将新建5000个充电桩", "特写：湿地里的守护者", "南岭省：新增高铁线路三条"],
)
def test_a_headline_a_place_or_a_genre_heads_has_no_speaker(headline: str) -> None:
    assert quotekit.extract(headline + "\n\n据了解，全市消费持续回暖。") == []


def test_the_speaker_of_a_headlines_second_half() -> None:
    text = "台风过后菜价飙涨 南岭农业局：下周可望回稳\n\n据了解，各地正在抢修农田。"
    (quote,) = quotekit.extract(text)
    assert quote.text == "下周可望回稳"
    assert (quote.speaker.kind, quote.speaker.org) == ("organization", "南岭农业局")
    assert text[quote.speaker.mention_start : quote.speaker.mention_end] == "南岭农业局"


@pytest.mark.parametrize(
    ("text", "mention", "title"),
    [
        ("南岭菜市场一名摊商无奈地说，菜价涨了一倍。", "南岭菜市场一名摊商", None),
        ("家住东湖小区的家庭主妇邬美兰抱怨，菜价涨了一倍。", "家庭主妇邬美兰", "家庭主妇"),
    ],
)
def test_vendors_and_homemakers(text: str, mention: str, title) -> None:
    (quote,) = quotekit.extract(text)
    assert quote.speaker.mention == mention
    assert quote.speaker.title == title


def test_a_headline_label_may_end_in_a_time() -> None:
    text = (
        "东湖队主帅赛后：队员们顶住了压力\n\n"
        "赛后，东湖队主教练邬志刚在新闻发布会上表示，队员们在落后的情况下顶住了压力。"
    )
    first, second = quotekit.extract(text)
    assert first.text == "队员们顶住了压力"
    assert text[first.speaker.mention_start : first.speaker.mention_end] == "东湖队主帅"
    assert first.speaker.name == second.speaker.name == "邬志刚"


def test_a_place_that_begins_like_an_adverb_opens_the_subject() -> None:
    # 刚 is also the adverb "just": 刚果 is a place, and the subject starts with it.
    text = "刚果总统萨苏祝愿两国人民万事顺遂，表示愿同中方深化合作。"
    (quote,) = quotekit.extract(text)
    assert quote.speaker.mention == "刚果总统萨苏"


@pytest.mark.parametrize(
    "text",
    [
        "邬明听取企业负责人介绍，鼓励企业加大研发投入。",
        "邬明听取企业负责人情况介绍，不时驻足察看生产设备。",
    ],
)
def test_a_briefing_the_subject_listens_to_is_no_statement(text: str) -> None:
    assert quotekit.extract(text) == []


def test_no_bare_name_ends_inside_a_word_before_a_preposition() -> None:
    # 南岸共|同市场…: 同 opens no "with" phrase, 共同 is a word.
    text = "南岸共同市场秘书长卡洛斯表示，协定将促进经贸往来。"
    (quote,) = quotekit.extract(text)
    assert quote.speaker.name == "卡洛斯"
    assert quote.speaker.org == "南岸共同市场"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "国家副主席邬正明在北京会见北岸前总理卡雷蒂。\n"
            "邬正明赞赏卡雷蒂长期以来为两国关系所作贡献。他表示，愿同北岸加强合作。",
            "邬正明",
        ),
        (
            "「我们不会放弃。」面对连番挫败，东湖队主教练安德森赛后仍然信心十足。\n\n"
            "他续指，球员今场表现积极，只是运气欠佳。",
            "安德森",
        ),
    ],
)
def test_a_pronoun_before_anyone_spoke_is_the_subject_of_the_sentence_before(
    text: str, name: str
) -> None:
    quote = quotekit.extract(text)[-1]
    assert quote.speaker.mention == "他"
    assert quote.speaker.name == name


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("在考察东湖历史研究院时总书记强调，要加强历史研究。", "总书记"),
        ("在视察时邬局长表示，要加强管理。", "邬局长"),
    ],
)
def test_an_occasion_that_opens_the_clause_is_not_part_of_the_speaker(
    text: str, mention: str
) -> None:
    (quote,) = quotekit.extract(text)
    assert quote.speaker.mention == mention
    assert quote.speaker.org is None


def test_two_people_each_with_a_title_speak_as_a_group() -> None:
    text = "省农业厅厅长邬华、副厅长邝强分别表示，要抓好春耕生产。"
    (quote,) = quotekit.extract(text)
    assert quote.speaker.kind == "group"
    assert quote.speaker.mention == "省农业厅厅长邬华、副厅长邝强"


@pytest.mark.parametrize(
    ("text", "mention", "title", "org"),
    [
        (
            "记者走访了东湖科技有限公司。该公司董事长邬明说，今年订单翻番。",
            "该公司董事长邬明",
            "董事长",
            "东湖科技有限公司",
        ),
        (
            "记者走访了南岭市第一人民医院。该院院长表示，接诊量大增。",
            "该院院长",
            "院长",
            "南岭市第一人民医院",
        ),
        (
            "记者走访了南岭市第一人民医院。该院呼吸科主任邝海波说，接诊量大增。",
            "该院呼吸科主任邝海波",
            "呼吸科主任",
            "南岭市第一人民医院",
        ),
    ],
)
def test_a_body_pointed_back_to_is_the_one_named_before(
    text: str, mention: str, title: str, org: str
) -> None:
    quote = quotekit.extract(text)[-1]
    assert quote.speaker.mention == mention
    assert (quote.speaker.title, quote.speaker.org) == (title, org)
    start, end = quote.speaker.mention_start, quote.speaker.mention_end
    assert text[start:end] == mention


def test_a_pointer_with_no_body_before_stays_as_written() -> None:
    (quote,) = quotekit.extract("该公司董事长表示，今年订单翻番。")
    assert quote.speaker.mention == "该公司董事长"
    assert quote.speaker.org is None


@pytest.mark.parametrize(
    "fields",
    [
        {"kind": "quoted"},
        {"start": -1},
        {"end": 0, "start": 1},
        {"confidence": 1.5},
    ],
)
def test_a_quote_with_invalid_fields_is_refused(fields: dict) -> None:
    values = {"text": "好", "start": 0, "end": 1, "kind": "direct", "speaker": quotekit.Speaker()}
    with pytest.raises(ValueError):
        quotekit.Quote(**{**values, **fields})


def test_a_speaker_of_an_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="kind"):
        quotekit.Speaker(kind="crowd")


def test_an_entity_with_an_unknown_label_is_refused() -> None:
    with pytest.raises(ValueError, match="label"):
        quotekit.Entity(text="东湖", start=0, end=2, label="CITY")


@pytest.mark.parametrize(
    ("text", "mention", "quoted"),
    [
        ("删预算引争议 绿委批：瘫痪政府\n\n立法院今天三读。", "绿委", "瘫痪政府"),
        ("蓝委轰：政府预算浮滥\n\n立法院今天三读。", "蓝委", "政府预算浮滥"),
    ],
)
def test_criticism_in_a_headline(text: str, mention: str, quoted: str) -> None:
    (quote,) = quotekit.extract(text)
    assert (quote.speaker.mention, quote.text) == (mention, quoted)


@pytest.mark.parametrize(
    "text", ["新项目全部获批，标志着规划蓝图已经绘就。", "今年首批，共有100家企业入选。"]
)
def test_approval_and_batches_criticize_nobody(text: str) -> None:
    assert quotekit.extract(text) == []


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("“今年要办好十件实事。”——市长邬刚", "邬刚", "市长"),
        ("“今年要办好十件实事。”\n——东湖市市长邬刚\n\n据了解，十件实事已确定。", "邬刚", "市长"),
    ],
)
def test_a_quotation_signed_after_a_dash(text: str, name: str, title: str) -> None:
    quote = quotekit.extract(text)[0]
    assert (quote.text, quote.speaker.name, quote.speaker.title) == (
        "今年要办好十件实事。",
        name,
        title,
    )


def test_a_dash_before_words_that_sign_nothing() -> None:
    assert quotekit.extract("“绿水青山就是金山银山。”——这是我们的共识") == []


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("面对记者的提问，他沉默片刻后说：“我们会给大家一个交代。”", "他"),
        ("邬刚想了一会儿说，这件事很复杂。", "邬刚"),
    ],
)
def test_a_moments_pause_before_the_cue(text: str, mention: str) -> None:
    (quote,) = quotekit.extract(text)
    assert quote.speaker.mention == mention


def test_the_industry_as_a_group() -> None:
    (quote,) = quotekit.extract("业内普遍认为，这一政策将利好房地产市场。")
    assert (quote.speaker.kind, quote.speaker.mention) == ("group", "业内")


def test_the_whole_cue_gan_kai_dao() -> None:
    text = "“这些年村里变化太大了。”村民邬大山感慨道。"
    (quote,) = quotekit.extract(text)
    assert quote.cue == "感慨道"
    assert text[quote.cue_start : quote.cue_end] == "感慨道"


@pytest.mark.parametrize(
    ("text", "kind", "title", "org"),
    [
        ("IMF表示，全球经济增速将放缓。", "organization", None, "IMF"),
        ("据悉，WTO称，全球贸易将放缓。", "organization", None, "WTO"),
        ("北岸NSA局长表示，计划将推迟。", "anonymous", "局长", "北岸NSA"),
    ],
)
def test_an_acronym_in_capitals_is_a_body(text: str, kind: str, title, org: str) -> None:
    (quote,) = quotekit.extract(text)
    assert (quote.speaker.kind, quote.speaker.title, quote.speaker.org) == (kind, title, org)


def test_an_official_named_again_takes_the_office_of_an_earlier_statement() -> None:
    # The first statement's mention gives the office; the later bare title takes it.
    text = "东湖市住建局相关负责人表示，今年将改造小区120个。相关负责人还表示，资金已落实。"
    first, second = quotekit.extract(text)
    assert first.speaker.org == "东湖市住建局"
    assert (second.speaker.title, second.speaker.org) == ("负责人", "东湖市住建局")


@pytest.mark.parametrize(
    ("text", "mention", "speaker"),
    [
        pytest.param(
            "省卫健委副主任邬国华在发布会上介绍了有关情况。这位官员表示，全省床位总体充足。",
            "这位官员",
            ("邬国华", "副主任", "省卫健委", "person"),
            id="this-official-is-the-person-named-before",
        ),
        pytest.param(
            "记者采访了市交通局局长邝明。邝明告诉记者，地铁年底通车。这位局长还说，公交线路将同步优化。",
            "这位局长",
            ("邝明", "局长", "市交通局", "person"),
            id="this-director-is-the-director-named-before",
        ),
        pytest.param(
            "北港市场监管局有关负责人表示，将严查违法行为。上述负责人指出，今年已立案五百余件。",
            "上述负责人",
            (None, "负责人", "北港市场监管局", "anonymous"),
            id="the-aforesaid-official-keeps-the-office",
        ),
        pytest.param(
            "北港外长卡尔森与南港外长莫里会谈。后者表示，南港愿意推动和平进程。",
            "后者",
            ("莫里", "外长", "南港", "person"),
            id="the-latter",
        ),
        pytest.param(
            "北港外长卡尔森与南港外长莫里会谈。前者表示，北港愿意推动和平进程。",
            "前者",
            ("卡尔森", "外长", "北港", "person"),
            id="the-former",
        ),
        pytest.param(
            "北港总统卡尔森和副总统莫里发表联合声明称，将举行大选。",
            "北港总统卡尔森和副总统莫里",
            (None, None, None, "group"),
            id="two-titled-people-joined-speak-together",
        ),
        pytest.param(
            "北港总统卡尔森与南港总统莫里互致贺电。莫里在贺电中表示，愿深化合作。",
            "莫里",
            ("莫里", "总统", "南港", "person"),
            id="a-titled-name-after-another-keeps-its-own-chain",
        ),
        pytest.param(
            "北港总统卡尔森、南港总理莫里和东港总理邬明出席峰会。莫里表示，愿深化合作。",
            "莫里",
            ("莫里", "总理", "南港", "person"),
            id="a-titled-name-in-a-list-keeps-its-own-chain",
        ),
        pytest.param(
            "北港总统卡尔森、南港总理莫里、东港总理邬明表示，将共同应对气候变化。",
            "北港总统卡尔森、南港总理莫里、东港总理邬明",
            (None, None, None, "group"),
            id="a-list-of-titled-people-speaks-together",
        ),
        pytest.param(
            "国务院总理邬强同埃及总理马德里斯互致贺电。马德里斯在贺电中表示，愿深化合作。",
            "马德里斯",
            ("马德里斯", "总理", "埃及", "person"),
            id="a-place-ending-in-ji-is-no-connector",
        ),
        pytest.param(
            "与会专家学者一致认为，人工智能治理需要国际合作。",
            "与会专家学者",
            (None, None, None, "group"),
            id="experts-and-scholars-are-a-group",
        ),
        pytest.param(
            "她的母亲回忆说：“那时候家里很穷。”",
            "母亲",
            (None, None, None, "anonymous"),
            id="someones-kin-is-one-person",
        ),
        pytest.param(
            "多位母亲说，孩子的作业太多。",
            "多位母亲",
            (None, None, None, "group"),
            id="many-mothers-are-a-group",
        ),
        pytest.param(
            "一名姓邝的市民向本报表示，车费加价令他吃不消。",
            "市民",
            (None, None, None, "anonymous"),
            id="one-whose-surname-is-said-is-one-person",
        ),
        pytest.param(
            "一位村民告诉记者，今年的收成不错。",
            "一位村民",
            (None, None, None, "anonymous"),
            id="one-member-of-the-public-is-one-person",
        ),
        pytest.param(
            "有村民告诉记者，今年的收成不错。",
            "有村民",
            (None, None, None, "group"),
            id="some-members-of-the-public-are-a-group",
        ),
        pytest.param(
            "村民邝大海说，今年的收成不错。这位村民还说，明年要多种些果树。",
            "这位村民",
            ("邝大海", "村民", None, "person"),
            id="a-role-pointed-back-to-is-the-one-named-before",
        ),
        pytest.param(
            "对于未来，邝大海充满信心。他说：“只要坚持下去，就一定能成功。”",
            "他",
            ("邝大海", None, None, "person"),
            id="a-pronoun-after-a-sentence-about-an-untitled-name",
        ),
        pytest.param(
            "邝大海是一名快递员。一上午，邝大海跑了20多单。他说，今天不算忙。",
            "他",
            ("邝大海", None, None, "person"),
            id="a-name-is-written-alike-each-time",
        ),
        pytest.param(
            "邝明是兴福镇党委书记，他告诉记者，这里最早靠种粮。",
            "他",
            ("邝明", "党委书记", "兴福镇", "person"),
            id="a-position-given-with-shi",
        ),
        pytest.param(
            "邝明是一名退伍军人。他说，部队教会了他坚持。",
            "他",
            ("邝明", None, None, "person"),
            id="what-one-is-with-shi-but-no-position",
        ),
        pytest.param(
            "“我们不会退缩。”村民邝明停顿了一下。",
            "村民邝明",
            ("邝明", "村民", None, "person"),
            id="a-name-ends-where-a-word-of-prose-begins",
        ),
    ],
)
def test_mentions_that_point_back_or_join(text: str, mention: str, speaker: tuple) -> None:
    quote = quotekit.extract(text)[-1]
    s = quote.speaker
    assert s.mention == mention
    assert (s.name, s.title, s.org, s.kind) == speaker


def test_a_text_of_many_people_finds_every_mention() -> None:
    # More people than are searched for one by one: their names are found in one pass.
    surnames, given = "邬邝柯郑钱孟", "明华强伟芳丽军"
    names = [s + g1 + g2 for s in surnames for g1 in given for g2 in given if g1 != g2][:40]
    text = "".join(f"会上，{name}主任介绍了第{i + 1}项工作。" for i, name in enumerate(names))
    text += "".join(f"{name}说，第{i + 1}项工作已经完成。" for i, name in enumerate(names))
    analysis = quotekit.analyze(text)
    assert [q.speaker.name for q in analysis.quotes] == names
    people = {person.name: person for person in analysis.people}
    for name in names:
        mentions = people[name].mentions
        assert [text[m.start : m.end] for m in mentions] == [name, name]


@pytest.mark.parametrize(
    "cue", ["预料", "预言", "忧虑", "慨叹", "斥责", "直斥", "提及", "回复", "回覆", "答覆"]
)
def test_cues_of_expecting_worrying_rebuking_and_replying(cue: str) -> None:
    text = f"立法会议员邝大海{cue}，政府应尽快检讨有关政策。"
    quotes = quotekit.extract(text)
    assert [(q.cue, q.speaker.name, q.text) for q in quotes] == [
        (cue, "邝大海", "政府应尽快检讨有关政策。")
    ]


def test_zhu_zhang_is_a_noun_not_a_cue() -> None:
    # 主张 is written as a noun (阐述…的中国主张，…) far more than as a verb of opinion.
    assert quotekit.extract("会上阐述了蓝海国主张，赢得各方广泛支持。") == []


@pytest.mark.parametrize(
    "after",
    [
        "为南港的发展指明了方向。",
        "在全省引发热烈反响。",
        "并向受表彰的先进个人表示祝贺。",
        "对抢险救援作出部署。",
    ],
)
def test_what_an_instruction_did_is_not_what_it_says(after: str) -> None:
    assert quotekit.extract(f"省委书记邝明近日作出重要指示，{after}") == []


def test_what_an_instruction_asks_is_what_it_says() -> None:
    (quote,) = quotekit.extract("省委书记邝明近日作出重要指示，要求全力搜救失联人员。")
    assert quote.text == "要求全力搜救失联人员。"
    assert quote.speaker.name == "邝明"


@pytest.mark.parametrize(
    "dateline",
    [
        "本报讯（记者 邝晓岚 通讯员 卢一鸣）",
        "新华社南港11月28日电（记者 邝晓岚）",
        "（记者 邝晓岚）",
    ],
)
def test_a_quotation_right_after_a_byline_opens_its_sentence(dateline: str) -> None:
    text = dateline + "“以前一到雨天，路就没法走。”枫林村党支部书记邝大山告诉记者。"
    (quote,) = quotekit.extract(text)
    assert quote.text == "以前一到雨天，路就没法走。"
    assert (quote.speaker.name, quote.speaker.title) == ("邝大山", "党支部书记")


def test_a_quotation_after_a_bracket_inside_a_sentence_is_no_byline() -> None:
    assert quotekit.extract("这一计划（草案）“不可行，也不合理。”邝明说。") == []


def test_a_lead_before_a_titled_name_is_no_part_of_its_organization() -> None:
    text = "会议在南湖镇召开。\n据南湖镇副镇长邝明介绍，全镇今年共投入资金1200万元。"
    (quote,) = quotekit.extract(text)
    assert (quote.speaker.name, quote.speaker.title, quote.speaker.org) == (
        "邝明",
        "副镇长",
        "南湖镇",
    )


def test_the_chains_of_people_who_never_speak_are_read_only_when_needed(monkeypatch) -> None:
    extractor = quotekit.Extractor()
    read = extractor.parser.titled_mention
    chains = []

    def counted(text, found):
        chains.append(found.name_in(text))
        return read(text, found)

    monkeypatch.setattr(extractor.parser, "titled_mention", counted)
    text = "南港外长邝明会见了北港总统卡森和东港总理莫里。邝明表示，三方将加强合作。"
    (quote,) = extractor.extract(text)
    assert (quote.speaker.name, quote.speaker.title, quote.speaker.org) == ("邝明", "外长", "南港")
    assert chains == ["邝明"]
    chains.clear()
    people = {p.name: (p.title, p.org) for p in extractor.analyze(text).people}
    assert people["卡森"] == ("总统", "北港") and people["莫里"] == ("总理", "东港")
    assert sorted(chains) == ["卡森", "莫里", "邝明"]


@pytest.mark.parametrize("source", ["南港网消息（新闻联播）：", "北港日报消息（记者 邝明）："])
def test_the_source_of_the_news_is_no_speaker_label(source: str) -> None:
    assert quotekit.extract(source + "今年全市新增就业岗位三万个。") == []


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        ("邝明谈人工智能：机遇大于挑战", ("邝明", None, None)),
        ("南湖大学校长邝明谈教育改革：要敢于创新", ("邝明", "校长", "南湖大学")),
        ("专家解读新规：企业负担将减轻", (None, "专家", None)),
    ],
)
def test_a_headline_that_names_its_topic(headline: str, speaker: tuple) -> None:
    (quote,) = quotekit.extract(headline)
    assert quote.text == headline.split("：")[1]
    assert (quote.speaker.name, quote.speaker.title, quote.speaker.org) == speaker


def test_a_talk_that_is_no_speaker_heads_no_statement() -> None:
    assert quotekit.extract("会谈取得成果：双方同意加强合作") == []
