# Obligations and the notification tracker: destinations, legal bases, triggers, stages, states,
# facts and deadlines. Shared by Rust and the UI.

## 提出先

destination-ciso = CISO（最高情報セキュリティ責任者）
destination-ppc = 個人情報保護委員会
destination-data-subjects = 本人
destination-soumu = 総務省
destination-prefecture = 都道府県
destination-police = 警察
destination-contractor = 委託先・関係機関
destination-ipa = IPA（情報処理推進機構）
destination-jpcert = JPCERT/CC
destination-publication = 公表（報道機関等）
destination-committee = 情報セキュリティ委員会

## 根拠

basis-appi-68 = 個人情報保護法第68条
basis-mynumber-29-4 = 番号法第29条の4
basis-mynumber-guideline = 番号法ガイドライン（行政機関等編）
basis-security-policy = 情報セキュリティポリシー
basis-voluntary = 任意

level-legal = 法定
level-guideline = ガイドライン
level-policy = ポリシー
level-voluntary = 任意

## 該当事由

trigger-appi-43-1 = 要配慮個人情報の漏えい等（規則43条1号）
trigger-appi-43-2 = 財産的被害のおそれ（規則43条2号）
trigger-appi-43-3 = 不正の目的によるおそれ（規則43条3号）
trigger-appi-43-4 = 本人の数が100人を超える（規則43条4号）
trigger-appi-43-5 = 条例要配慮個人情報の漏えい等（規則43条5号）
trigger-mynumber-2-1 = 情報提供ネットワークシステム等からの漏えい等（番号法規則2条1号）
trigger-mynumber-2-2 = 不正の目的による漏えい等（番号法規則2条2号）
trigger-mynumber-2-3 = 不特定多数の者が閲覧できる状態（番号法規則2条3号）
trigger-mynumber-2-4 = 本人の数が100人を超える（番号法規則2条4号）
trigger-mynumber-leak = 特定個人情報の漏えい等（ガイドラインに基づく報告）
trigger-incident = 情報セキュリティインシデントと判断
trigger-severity = 重要度による
trigger-statutory-report = 法定の報告を要する事案
trigger-crime-unauthorized-access = 不正アクセスのおそれ
trigger-crime-ransomware = ランサムウェアによる被害
trigger-crime-malware = マルウェア感染
trigger-crime-theft = 盗難
trigger-crime-insider = 内部不正のおそれ
trigger-crime-other = その他の犯罪のおそれ
trigger-contractor-involved = 委託先が関係

## 区分と状況

notification-stage-preliminary = 速報
notification-stage-final = 確報
notification-stage-single = 報告・通知
notification-state-pending = 要否判断中
notification-state-not-required = 不要
notification-state-draft = 下書き
notification-state-sent = 送付済
notification-state-acknowledged = 受領確認
notification-state-supplemented = 追完

not-required-assembly = 議会は個人情報保護法上の行政機関等に当たらないため（条例による）
not-required-highly-encrypted = 高度な暗号化等の措置が講じられているため
not-required-recovered-before-viewing = 第三者が閲覧する前に全て回収したため
not-required-no-reportable-event = 規則に定める報告対象の事態に当たらないため

obligation-note-ordinance-sensitive-not-defined = 条例要配慮個人情報は、条例で定めていないため判定に用いていません。
obligation-note-personal-info-not-involved = 個人情報は関係していません。
obligation-note-my-number-not-involved = 特定個人情報は関係していません。
obligation-note-appi-includes-my-number = 特定個人情報も保有個人情報であるため、個人情報保護法の報告にも含めます。

## 事実（変更理由の表示）

fact-organization-kind = 団体の種別
fact-organization-ordinanceSensitiveDefined = 条例要配慮個人情報の定めの有無
fact-personalInfo-involved = 個人情報の関係
fact-personalInfo-sensitive = 要配慮個人情報
fact-personalInfo-financialDamageRisk = 財産的被害のおそれ
fact-personalInfo-maliciousAct = 不正の目的
fact-personalInfo-ordinanceSensitive = 条例要配慮個人情報
fact-personalInfo-maxPersons = 本人の数
fact-personalInfo-highlyEncrypted = 高度な暗号化
fact-personalInfo-recoveredBeforeViewing = 閲覧前の回収
fact-myNumber-involved = 特定個人情報の関係
fact-myNumber-system = 特定個人情報を扱うシステム
fact-myNumber-maliciousAct = 特定個人情報に係る不正の目的
fact-myNumber-publiclyViewable = 不特定多数が閲覧できる状態
fact-myNumber-maxPersons = 特定個人情報の本人の数
fact-myNumber-highlyEncrypted = 特定個人情報の高度な暗号化
fact-myNumber-recoveredBeforeViewing = 特定個人情報の閲覧前の回収
fact-crime-unauthorizedAccess = 不正アクセスのおそれ
fact-crime-ransomware = ランサムウェア
fact-crime-malware = マルウェア
fact-crime-theft = 盗難
fact-crime-insider = 内部不正
fact-crime-other = その他の犯罪のおそれ
fact-contractor-involved = 委託先の関与
fact-severity = 重要度
