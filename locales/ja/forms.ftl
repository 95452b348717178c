# PDF documents (sonae-forms). Japanese official document wording (regulatory.md §6).

## The renderer's own words

forms-ki = 記
forms-ijou = 以上
forms-page-number = { $page } / { $pages }
forms-drill-watermark = 訓練
forms-drill-banner = 訓練用 — 提出しないこと

## Dates, people, values

forms-datetime = { $date }（{ $weekday }）{ $hour }時{ $minute }分
forms-datetime-short = { $month }月{ $day }日（{ $weekday }）{ $hour }:{ $minute }
forms-weekday-mon = 月
forms-weekday-tue = 火
forms-weekday-wed = 水
forms-weekday-thu = 木
forms-weekday-fri = 金
forms-weekday-sat = 土
forms-weekday-sun = 日
forms-honorific-sama = 様
forms-honorific-dono = 殿
forms-person = { $title }　{ $name }
forms-person-honorific = { $title }　{ $name }　{ $honorific }
forms-title-honorific = { $title }　{ $honorific }
forms-name-contact = { $name }（{ $contact }）
forms-persons = 最大 { $count } 人
forms-value-unknown = 不明
forms-value-not-entered = （未記入）
forms-value-not-assessed = 未評価
forms-value-under-investigation = 調査中
forms-value-no-entries = 記録なし
forms-tri-yes = あり
forms-tri-no = なし
forms-tri-unknown = 不明
forms-timeline-kind-action = 対応
forms-timeline-kind-observation = 確認
forms-timeline-kind-decision = 判断
forms-timeline-kind-communication = 連絡
forms-judgement-incident = 情報セキュリティインシデントに該当する
forms-judgement-not-incident = 情報セキュリティインシデントに該当しない
forms-judgement-pending = 評価中

## Field labels

forms-field-receipt-no = 受付番号
forms-field-case-title = 件名
forms-field-category = 分類
forms-field-severity = 重要度
forms-field-what-happened = 報告の内容
forms-field-occurred-at = 発生日時
forms-field-occurred-note = 発生時期の補足
forms-field-noticed-at = 覚知日時
forms-field-received-at = 報告受付日時
forms-field-department = 発生部署
forms-field-device = 機器等
forms-field-reporter = 報告者
forms-reporter = { $who }〔{ $source }〕
forms-report-source-staff = 職員からの報告
forms-report-source-resident = 住民等からの連絡
forms-report-source-contractor = 委託先からの連絡
forms-report-source-other = 他機関からの連絡
forms-field-judgement = 評価
forms-field-rationale = 判断の理由
forms-field-impact = 影響範囲
forms-field-personal-info = 個人情報
forms-field-my-number = 特定個人情報
forms-field-persons = 対象者数
forms-field-medium = 媒体
forms-column-when = 日時
forms-column-kind = 区分
forms-column-what = 内容
forms-contact-heading = 【連絡先】
forms-contact-department = 担当課　{ $department }
forms-contact-person = 担当者　{ $title }　{ $name }
forms-contact-phone = 電話　{ $phone }
forms-contact-email = メール　{ $email }

## 情報セキュリティインシデント報告書（第一報）(000 §5.3(3)②)

forms-first-report-title = 情報セキュリティインシデント報告書（第一報）
forms-first-report-subject = 情報セキュリティインシデントの発生について（報告）
forms-mark-first-report = 【第一報】
forms-first-report-preamble = 標記について、情報セキュリティポリシーに基づき、下記のとおり報告します。
forms-first-report-addressee-role = 最高情報セキュリティ責任者（CISO）
forms-first-report-sender-role = CSIRT責任者
forms-first-report-sender-org = { $org } CSIRT
forms-first-report-item-summary = 事案の概要
forms-first-report-item-dates = 発生及び覚知の日時
forms-first-report-item-where = 発生部署及び報告者
forms-first-report-item-triage = CSIRTの評価
forms-first-report-item-personal = 個人情報等の有無
forms-first-report-item-first-actions = 報告者が行った初動対応
forms-first-report-item-timeline = 対応の経過

## Errors

error-font-missing = 帳票用のフォント { $file } が見つかりません。{ $package } をインストールするか、フォントのあるフォルダを SONAE_FONT_DIR で指定してください（探した場所: { $searched }）。
error-font-unreadable = フォントファイル { $path } を読み取れません。
error-font-invalid = { $path } は帳票に使えるフォントではありません。
error-font-incomplete = フォント { $path } には帳票に必要な文字（{ $missing }）がありません。

## Shared by the forms to outside bodies

forms-seal-omitted = （公印省略）

## Documents a case cannot give (sonae report exits 2 with these)

forms-na-not-incident = CSIRT が情報セキュリティインシデントに該当しないと判断した事案です。
forms-na-not-judged = CSIRT がまだ情報セキュリティインシデントに該当するか判断していません（事故報告書は判断の後に作成できます）。
forms-na-no-facts = 報告義務の判定に使う事実（個人情報・特定個人情報・犯罪の疑い等）がまだ入力されていません。「報告義務」タブで入力してください。
forms-na-no-ppc-appi = 個人情報保護法68条による個人情報保護委員会への報告の対象ではありません（規則43条各号のいずれにも該当しない、又は除外事由があります）。
forms-na-no-ppc-mynumber = 特定個人情報の漏えい等がなく、番号法による個人情報保護委員会への報告の対象ではありません。
forms-na-no-prefecture = 報告方針により、この事案は総務省・都道府県への報告の対象ではありません。
forms-na-no-subject-notice = 個人情報保護委員会への法定報告の対象ではないため、本人への通知は義務付けられていません。
forms-na-no-publication = 公表基準により、この事案は公表（報道発表）の対象ではありません。
forms-na-no-police = 犯罪の疑い（不正アクセス、ランサムウェア、盗難、内部不正等）が入力されておらず、警察への相談の対象ではありません。

## Recorded as submitted (timeline)

forms-timeline-submission-recorded = 「{ $document }」を提出版として記録した（{ $file }、SHA-256 { $sha256 }…）。

## Saving a document to a file

error-path-not-absolute = 保存先はフォルダを含む完全なパスで指定してください（例: /home/user/文書/2026-0005_第一報.pdf）。
error-path-is-folder = 保存先にはフォルダではなくファイル名を指定してください。
error-file-exists = 同じ名前のファイルが既にあります。別の名前にするか、上書きを選んでください。
error-file-write = ファイルを書き込めませんでした（{ $reason }）。保存先のフォルダと空き容量を確認してください。
forms-fiscal-year = { $year }度
