"""Korean and Chinese header words, and Chinese written in traditional characters.

Korean CRMs, help desks and sheets (Channel Talk, Salesforce and HubSpot in Korean, Excel in the
Korean locale) and Chinese ones (Excel and WPS sheets, Feishu, DingTalk, Taiwanese and Hong Kong
systems) name the canonical columns in their own words. Chinese is written in simplified
characters on the mainland and in traditional ones in Taiwan and Hong Kong: a word is listed once,
simplified, and its traditional spelling is derived character by character (``traditional``);
the words only Taiwan uses ("使用者" for a user, "建立" for created) are listed as they are.
Korean parts words with spaces, but not always ("활성 사용자 수", "활성사용자수"): the matching
finds a known word inside a longer header either way.
"""

from __future__ import annotations

# Simplified characters of the words below and their traditional forms.
_SIMPLIFIED = "户称负责经单创时间续约满动务计划态项标题费签额进级业区机构织账订购许开结问议话邮会访详备说长总类别变实权评馈选择见电录键数报发处关闭紧严历组际团职岗门审复设阶层细试难碍风险达败跃员销询阅盘线终请联况沟触号编优顺荐愿论调页块办执后启导观还讯资产应对节点统记离车写状现头认证帐损减扩缩"
_TRADITIONAL = "戶稱負責經單創時間續約滿動務計劃態項標題費簽額進級業區機構織賬訂購許開結問議話郵會訪詳備說長總類別變實權評饋選擇見電錄鍵數報發處關閉緊嚴歷組際團職崗門審復設階層細試難礙風險達敗躍員銷詢閱盤線終請聯況溝觸號編優順薦願論調頁塊辦執後啟導觀還訊資產應對節點統記離車寫狀現頭認證帳損減擴縮"
_TO_TRADITIONAL = str.maketrans(dict(zip(_SIMPLIFIED, _TRADITIONAL, strict=True)))


def traditional(word: str) -> str:
    """The traditional spelling of a simplified Chinese word: '客户名称' -> '客戶名稱'."""
    return word.translate(_TO_TRADITIONAL)


def both_scripts(words: tuple[str, ...]) -> tuple[str, ...]:
    """Each word and, where it differs, its traditional spelling."""
    return tuple(dict.fromkeys(w for word in words for w in (word, traditional(word))))


KOREAN: dict[str, tuple[str, ...]] = {
    "account": ("고객사", "고객사명", "고객명", "고객", "회사명", "회사", "기업명", "기업", "거래처", "거래처명", "업체명",
                "업체", "법인명", "계정명", "조직명", "클라이언트", "고객 회사"),
    "csm": ("담당 csm", "csm 담당자", "csm 담당", "고객 성공 매니저", "고객성공 매니저", "고객 성공 담당자", "고객성공 담당자",
            "cs 담당자", "cs 담당", "담당 cs", "고객 담당자", "커스터머 석세스 매니저", "고객 성공"),
    "date": ("날짜", "일자", "일시", "활동일", "활동 일자", "활동 일시", "기준월", "기준일", "기준 일자", "연월", "년월",
             "분기", "기간", "응답일", "응답 일시", "집계월", "사용월", "이용월", "대상월", "대상 기간", "월", "주", "일"),
    "tag": ("선제 사후", "선제적 사후적", "능동 수동", "대응 구분", "선제 대응 여부", "프로액티브"),
    "type": ("활동 유형", "활동 종류", "채널", "접점", "연락 수단", "상담 채널", "응대 방식"),
    "notes": ("메모", "비고", "내용", "활동 내용", "상담 내용", "제목", "요약", "상세", "상세 내용"),
    "duration_min": ("소요 시간", "통화 시간", "상담 시간", "작업 시간", "미팅 시간", "회의 시간"),
    "arr": ("연간 계약 금액", "연간 계약액", "연간 반복 매출", "연간 반복 수익", "연간 매출", "월 구독료", "월 이용료",
            "월간 반복 매출", "연 계약 금액", "연간 이용료"),
    "renewal_date": ("갱신일", "갱신 예정일", "다음 갱신일", "계약 갱신일", "계약 만료일", "만료일", "만료 예정일"),
    "status": ("상태", "계약 상태", "고객 상태", "진행 상태", "처리 상태", "진행 상황", "상담 상태"),
    "segment": ("세그먼트", "고객 등급", "등급", "업종", "산업", "지역", "플랜", "요금제", "기업 규모", "티어"),
    "seats_purchased": ("라이선스 수", "계약 라이선스 수", "구매 좌석 수", "좌석 수", "계약 사용자 수"),
    "seats_active": ("사용 라이선스 수", "활성 라이선스 수", "사용 좌석 수", "사용 중인 좌석 수"),
    "subscribed_on": ("계약 시작일", "계약일", "이용 시작일", "가입일", "도입일", "구독 시작일"),
    "provisioned_on": ("개통일", "계정 생성일"),
    "go_live_on": ("오픈일", "서비스 오픈일", "도입 완료일", "고라이브 일자"),
    "churned_on": ("해지일", "계약 해지일", "이탈일", "탈퇴일", "해약일"),
    "ticket_id": ("티켓 id", "티켓 번호", "티켓", "문의 번호", "문의 id", "상담 id", "상담 번호", "접수 번호", "요청 번호",
                  "케이스 번호", "대화 id"),
    "opened_at": ("생성일시", "생성일", "생성 일시", "접수일시", "접수일", "접수 일시", "문의일시", "문의일", "문의 일시",
                  "등록일시", "등록일", "상담 시작 일시", "요청일", "요청 일시"),
    "closed_at": ("종료일시", "종료 일시", "해결일시", "해결일", "해결 일시", "완료일시", "완료 일시", "처리 완료일",
                  "상담 종료 일시", "처리 완료 일시"),
    "priority": ("우선순위", "중요도", "긴급도"),
    "escalated": ("에스컬레이션", "에스컬레이션 여부", "이관 여부"),
    "score": ("점수", "nps 점수", "추천 점수", "평점", "만족도", "만족도 점수", "추천 의향", "추천 가능성"),
    "recommend": ("추천 여부",),
    "comment": ("의견", "코멘트", "피드백", "이유", "사유", "자유 응답", "기타 의견"),
    "respondent": ("응답자", "응답자 이메일", "이메일", "이메일 주소"),
    "active_users": ("활성 사용자 수", "활성 사용자", "활성 이용자 수", "활성 이용자", "사용자 수", "이용자 수",
                     "로그인 사용자 수", "월간 활성 사용자"),
    "events": ("이벤트 수", "사용 횟수", "이용 횟수", "세션 수", "로그인 횟수", "횟수", "건수"),
    "feature": ("기능", "기능명", "메뉴", "화면", "모듈"),
    "kind": ("변동 유형", "증감 구분", "매출 유형", "거래 유형"),
    "amount": ("증감액", "변동 금액", "차액", "arr 증감액", "mrr 증감액"),
    "item": ("항목", "과제", "할 일", "작업", "목표", "액션 아이템", "실행 항목", "사항"),
    "owner": ("책임자", "실행자"),
    "due_date": ("기한", "마감일", "마감 기한", "목표일", "완료 예정일", "예정일"),
    "hourly_rate": ("시급", "시간당 단가", "시간 단가", "시간당 비용"),
    "role": ("직책", "직무", "역할", "직급", "포지션"),
    "team": ("팀", "부서", "소속", "팀명", "부서명"),
    "reviewed_on": ("최종 검토일", "검토일"),
}  # fmt: skip
# Words with other meanings: "담당자" is whoever is in charge, "금액" any amount, "구분" any division.
KOREAN_WEAK: dict[str, tuple[str, ...]] = {
    "csm": ("담당자", "담당", "담당자명", "이름", "성명", "직원명", "영업 담당자", "소유자", "상담원", "상담사"),
    "arr": ("계약 금액", "금액", "매출"),
    "amount": ("금액",),
    "owner": ("담당자", "담당"),
    "kind": ("유형", "종류", "구분"),
    "closed_at": ("종료일",),
    "reviewed_on": ("수정일", "최종 수정일"),
}  # fmt: skip

# Written once, simplified; ``both_scripts`` adds the traditional spelling.
CHINESE: dict[str, tuple[str, ...]] = {
    "account": ("客户", "客户名称", "客户名", "公司", "公司名称", "企业", "企业名称", "客户公司", "单位名称", "机构名称",
                "组织名称", "租户", "账户名称", "客户账户"),
    "csm": ("客户成功经理", "客户成功", "客户成功负责人", "cs负责人", "负责csm", "客户成功专员"),
    "date": ("日期", "活动日期", "跟进日期", "拜访日期", "月份", "年月", "季度", "期间", "统计月份", "统计日期", "回答日期",
             "提交时间", "填写时间", "记录日期", "月", "周", "日"),
    "tag": ("主动 被动", "主动被动", "能动 被动", "主动或被动"),
    "type": ("活动类型", "跟进方式", "渠道", "沟通方式", "接触方式", "拜访方式"),
    "notes": ("备注", "跟进内容", "活动内容", "摘要", "主题", "描述", "详情", "说明"),
    "duration_min": ("时长", "通话时长", "持续时间", "耗时", "会议时长", "用时"),
    "arr": ("年度经常性收入", "年经常性收入", "年合同金额", "年度合同金额", "年费", "合同年额", "月经常性收入", "月度经常性收入",
            "月费"),
    "renewal_date": ("续约日期", "续费日期", "续签日期", "续约日", "到期日", "到期日期", "合同到期日", "下次续约日期"),
    "status": ("状态", "客户状态", "合同状态", "进展", "进度", "处理状态", "工单状态"),
    "segment": ("客户分层", "客户等级", "等级", "行业", "地区", "区域", "套餐", "版本", "分级"),
    "seats_purchased": ("购买席位数", "席位数", "许可数", "授权数", "账号数", "合同席位数", "授权用户数"),
    "seats_active": ("已用席位数", "使用席位数", "活跃席位数", "已用授权数"),
    "subscribed_on": ("签约日期", "合同开始日期", "开始日期", "合作开始日期", "订阅开始日期"),
    "provisioned_on": ("开通日期",),
    "go_live_on": ("上线日期", "上线日"),
    "churned_on": ("流失日期", "解约日期", "退订日期", "终止日期", "取消日期"),
    "ticket_id": ("工单号", "工单编号", "工单id", "工单", "问题编号", "咨询编号", "会话id", "请求编号", "案件编号"),
    "opened_at": ("创建时间", "创建日期", "发起时间", "受理时间", "开单时间", "报告时间",
                  "建立时间", "建立日期"),
    "closed_at": ("关闭时间", "解决时间", "完成时间", "结束时间", "关闭日期", "解决日期", "完成日期", "结案时间", "结案日期"),
    "priority": ("优先级", "紧急程度", "严重程度", "优先顺序"),
    "escalated": ("升级", "是否升级", "已升级"),
    "score": ("评分", "分数", "满意度", "满意度评分", "nps评分", "推荐度", "推荐意愿", "得分", "打分"),
    "recommend": ("是否推荐",),
    "comment": ("评论", "意见", "反馈", "原因", "理由", "建议", "留言"),
    "respondent": ("回答者", "受访者", "填写人", "邮箱", "电子邮件", "邮件地址"),
    "active_users": ("活跃用户", "活跃用户数", "月活", "月活跃用户", "月活跃用户数", "日活", "周活", "用户数", "使用人数",
                     "登录用户数", "活跃使用者", "活跃使用者数", "使用者数"),
    "events": ("事件数", "使用次数", "操作次数", "会话数", "登录次数", "次数", "调用次数", "访问次数"),
    "feature": ("功能", "功能名称", "模块", "页面", "事件名称"),
    "kind": ("变动类型", "收入类型", "交易类型"),
    "amount": ("变动金额", "增减额", "差额", "arr变动", "mrr变动"),
    "item": ("事项", "任务", "任务名称", "目标", "标题", "行动项", "待办事项"),
    "owner": ("负责人", "执行人", "责任人"),
    "due_date": ("截止日期", "截止时间", "期限", "完成期限", "计划完成日期", "目标日期", "截止日"),
    "hourly_rate": ("时薪", "小时费率", "每小时成本", "时费"),
    "role": ("职位", "岗位", "角色", "职务", "职称"),
    "team": ("团队", "部门", "小组", "所属部门", "团队名称", "组别"),
    "reviewed_on": ("最近审阅日期", "复盘日期", "最后更新"),
}  # fmt: skip
CHINESE_WEAK: dict[str, tuple[str, ...]] = {
    "csm": ("负责人", "跟进人", "对接人", "姓名", "名字", "员工姓名", "销售负责人", "所有者", "客服", "客户经理"),
    "arr": ("合同金额", "金额", "收入"),
    "amount": ("金额",),
    "kind": ("类型", "类别", "种类"),
    "reviewed_on": ("更新时间", "更新日期"),
}  # fmt: skip


def merged(*vocabularies: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The words of several vocabularies per column, Chinese in both scripts."""
    out: dict[str, tuple[str, ...]] = {}
    for vocabulary in vocabularies:
        for column, words in vocabulary.items():
            out[column] = out.get(column, ()) + both_scripts(words)
    return out


STRONG = merged(KOREAN, CHINESE)
WEAK = merged(KOREAN_WEAK, CHINESE_WEAK)
