# forms-final: PDF documents (sonae-forms), see forms.ftl
# 情報セキュリティインシデント事故報告書 (000 §5.3(3)④⑤, 004 第71条) and 警察相談用資料 (000 §6.5(3)).

## 事故報告書, to the CISO and the 情報セキュリティ委員会

forms-final-title = 情報セキュリティインシデント事故報告書
forms-final-subject = 情報セキュリティインシデントに関する事故報告書（報告）
forms-final-preamble = 標記について、情報セキュリティポリシーに基づき、原因の究明の結果及び再発防止策を下記のとおり報告します。
forms-final-addressee-role = 最高情報セキュリティ責任者（CISO）
forms-final-addressee-committee = 情報セキュリティ委員会委員長
forms-final-sender-role = CSIRT責任者
forms-final-sender-org = { $org } CSIRT
forms-final-item-summary = 事案の概要
forms-final-item-timeline = 対応の経過
forms-final-item-cause = 原因
forms-final-item-impact = 被害・影響の範囲
forms-final-item-response = 対応内容
forms-final-item-measures = 再発防止策
forms-final-item-ciso = CISOの指示
forms-final-item-reports = 報告・連絡の状況
forms-final-field-cause-category = 原因の分類
forms-final-field-persons-confirmed = 確認済みの人数
forms-final-persons-confirmed = { $count } 人
forms-final-persons-confirmed-at = { $count } 人（{ $at }時点）
forms-final-field-secondary-damage = 二次被害
forms-final-value-with-detail = { $value }（{ $detail }）
forms-final-field-services = 影響を受けた業務
forms-final-field-evidence = 保全した証拠
forms-final-evidence-count = { $items }件（ファイル{ $files }点）
forms-final-none = なし
forms-final-response-actions = （1）実施した対応
forms-final-response-decisions = （2）決定事項
forms-final-response-meetings = （3）会議
forms-final-sub-empty = { $heading }　{ $none }
forms-final-decision-with-note = { $text }（{ $note }）
forms-final-measures-done = （1）実施済み
forms-final-measures-planned = （2）実施予定
forms-final-column-measure = 措置
forms-final-column-owner = 担当
forms-final-column-done-on = 実施日
forms-final-column-due-on = 期日
forms-final-column-decision = 決定事項
forms-final-column-approver = 承認者
forms-final-column-approved-at = 承認日時
forms-final-column-agenda = 議題
forms-final-column-participants = 出席者
forms-final-column-destination = 報告先
forms-final-column-stage = 区分
forms-final-column-method = 方法
forms-final-stage-first-report = 第一報
forms-final-field-ciso-approved = CISOの承認
forms-final-ciso-approved-line = { $text }（{ $at }）

## 原因の分類 (sonae_core::casework::CauseCategory, by code)

forms-cause-human_error = 人為的ミス（誤操作・確認不足）
forms-cause-rule_violation = 規程・手順の不遵守
forms-cause-procedure_gap = 規程・手順の不備
forms-cause-vulnerability = 脆弱性・修正プログラムの未適用
forms-cause-misconfiguration = 設定の不備
forms-cause-external_attack = 外部からの攻撃
forms-cause-insider_misconduct = 内部不正
forms-cause-contractor = 委託先に起因
forms-cause-failure_or_disaster = 障害・災害
forms-cause-unknown = 不明（調査中）
forms-cause-other = その他

## 警察相談用資料

forms-police-title = 警察相談用資料
forms-police-subject = 情報セキュリティインシデントに関する相談資料
forms-police-preamble = { $org }において発生した情報セキュリティインシデントについて、犯罪の疑いがあるため、以下のとおり相談します。
forms-police-addressee = { $police }　御中
forms-police-sender = { $org }　{ $department }
forms-police-item-consultant = 相談者
forms-police-item-summary = 事案の概要
forms-police-item-dates = 発生・覚知日時
forms-police-item-target = 対象システム・機器
forms-police-item-timeline = 経過
forms-police-item-evidence = 証拠品一覧
forms-police-item-damage = 被害の状況
forms-police-field-org = 団体名
forms-police-field-department = 担当部署
forms-police-field-person = 担当者
forms-police-field-phone = 電話
forms-police-field-mobile = 携帯電話
forms-police-field-email = メール
forms-police-field-crime = 被疑事実の種類
forms-police-field-judgement = 当方の判断
forms-police-field-receipt-no = 当方の受付番号
forms-police-field-discovered-by = 発見者
forms-police-field-network = ネットワークの区分
forms-police-field-services = 影響を受けた業務
forms-police-field-persons = 個人情報の対象者数
forms-police-field-secondary-damage = 二次被害
forms-police-crime-unauthorized-access = 不正アクセス
forms-police-crime-ransomware = ランサムウェア
forms-police-crime-malware = マルウェア
forms-police-crime-theft = 盗難
forms-police-crime-insider = 内部不正
forms-police-crime-other = その他
forms-police-crime-separator = 、
forms-police-segment-my-number = マイナンバー利用事務系
forms-police-segment-lgwan = LGWAN接続系
forms-police-segment-internet = インターネット接続系
forms-police-column-no = 番号
forms-police-column-source = 取得元
forms-police-column-collected = 取得者・日時
forms-police-column-storage = 保管場所
forms-police-column-file = ファイル名
forms-police-column-sha256 = SHA-256
forms-police-source =
    { $source }
    { $detail }
forms-police-collected =
    { $who }
    { $at }
forms-police-no-file = （ファイルなし）
