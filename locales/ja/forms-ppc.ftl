# forms-ppc: PDF documents (sonae-forms), see forms.ftl
# 漏えい等報告 to the 個人情報保護委員会 (regulatory.md §5), the text pasted into its online form,
# and the report to 総務省・都道府県 (regulatory.md §1, 000 §1(6)⑤).

## 漏えい等報告: title, 件名, kind, basis

forms-ppc-title = 漏えい等報告（{ $law }・{ $kind }）
forms-ppc-law-appi = 個人情報保護法
forms-ppc-law-mynumber = 番号法
forms-ppc-subject-appi = 保有個人情報の漏えい等について（報告）
forms-ppc-subject-mynumber = 特定個人情報の漏えい等について（報告）
forms-ppc-kind-preliminary = 速報
forms-ppc-kind-final = 確報
forms-ppc-kind-combined = 速報兼確報
forms-ppc-kind-supplement = 追完
forms-ppc-mark = 【{ $kind }】
forms-ppc-basis-appi = 個人情報の保護に関する法律第68条第1項
forms-ppc-basis-mynumber = 番号法第29条の4第1項
forms-ppc-basis-guideline = 番号法ガイドライン（行政機関等編）に基づく報告
forms-ppc-preamble-appi = 標記について、個人情報の保護に関する法律第68条第1項の規定に基づき、下記のとおり報告します。
forms-ppc-preamble-mynumber = 標記について、番号法第29条の4第1項の規定に基づき、下記のとおり報告します。
forms-ppc-preamble-guideline = 標記について、番号法ガイドライン（行政機関等編）に基づき、下記のとおり報告します。
forms-ppc-preamble-earlier = なお、本件については、{ $date }に{ $kind }を行っています。

## The opening item: 報告の種類, 根拠, 該当する事態

forms-ppc-item-kind = 報告の種類、根拠及び該当する事態
forms-ppc-field-kind = 報告の種類
forms-ppc-field-basis = 根拠
forms-ppc-field-events = 該当する事態
forms-ppc-rule-appi = 個人情報保護法施行規則第43条
forms-ppc-rule-mynumber = 番号法規則第2条
forms-ppc-event-line = { $rule }{ $event }
forms-ppc-event-appi-1 = 第1号（要配慮個人情報）
forms-ppc-event-appi-2 = 第2号（財産的被害が生じるおそれ）
forms-ppc-event-appi-3 = 第3号（不正の目的をもって行われたおそれがある行為）
forms-ppc-event-appi-4 = 第4号（本人の数が100人を超える）
forms-ppc-event-appi-5 = 第5号（条例要配慮個人情報）
forms-ppc-event-mynumber-1 = 第1号（情報提供ネットワークシステム等で管理される特定個人情報）
forms-ppc-event-mynumber-2 = 第2号（不正の目的をもって行われたおそれがある漏えい等）
forms-ppc-event-mynumber-3 = 第3号（不特定多数の者が閲覧できる状態）
forms-ppc-event-mynumber-4 = 第4号（本人の数が100人を超える）
forms-ppc-event-mynumber-leak = ガイドラインに基づく報告（番号法規則第2条各号の事態には該当しない特定個人情報の漏えい等）

## (1) 概要

forms-ppc-item-overview = 概要
forms-ppc-field-occurred-on = 発生日
forms-ppc-field-found-on = 発覚日
forms-ppc-field-incident = 発生事案
forms-ppc-field-discovered-by = 発見者
forms-ppc-field-contractor = 委託元・委託先の有無
forms-ppc-field-history = 事実経過
forms-ppc-with-note = { $value }（{ $note }）
forms-ppc-contractor-yes = あり（{ $detail }）
forms-ppc-contractor-yes-unspecified = あり（詳細は調査中）
forms-ppc-none = なし
forms-ppc-see-table = 下表のとおり
forms-ppc-history-line = { $when }　{ $what }

## (2) 項目

forms-ppc-item-data-appi = 漏えい等が発生し、又は発生したおそれがある保有個人情報の項目
forms-ppc-item-data-mynumber = 漏えい等が発生し、又は発生したおそれがある特定個人情報の項目
forms-ppc-short-data = 項目
forms-ppc-field-data-items = 情報の項目
forms-ppc-field-medium = 媒体
forms-ppc-field-data-kind = 種類

## (3) 本人の数

forms-ppc-item-persons = 本人の数
forms-ppc-field-persons-confirmed = 本人の数（確認済み）
forms-ppc-field-persons-max = 本人の数（最大）
forms-ppc-field-persons-at = 時点
forms-ppc-persons = { $count }人

## (4) 原因

forms-ppc-item-cause = 原因
forms-ppc-field-cause = 原因
forms-ppc-field-cause-category = 原因の分類
forms-ppc-field-cause-actor = 発生の主体

## (5) 二次被害

forms-ppc-item-secondary = 二次被害又はそのおそれの有無及びその内容
forms-ppc-short-secondary = 二次被害
forms-ppc-field-presence = 有無
forms-ppc-field-detail = 内容

## (6) 本人への対応

forms-ppc-item-subjects = 本人への対応の実施状況
forms-ppc-short-subjects = 本人への対応
forms-ppc-field-status = 実施状況
forms-ppc-field-notified-at = 通知日時
forms-ppc-field-method = 方法
forms-ppc-subjects-undecided = 未定
forms-ppc-subjects-done = 通知済み
forms-ppc-subjects-planned = 通知予定
forms-ppc-subjects-impossible = 本人への通知が困難（代替措置を講じる）

## (7) 公表

forms-ppc-item-publication = 公表の実施状況
forms-ppc-short-publication = 公表
forms-ppc-field-published-at = 公表日時
forms-ppc-publication-undecided = 未定
forms-ppc-publication-done = 公表済み
forms-ppc-publication-planned = 公表予定
forms-ppc-publication-not-planned = 公表しない

## (8) 再発防止策

forms-ppc-item-measures = 再発防止のための措置
forms-ppc-short-measures = 再発防止策
forms-ppc-field-measures-done = 実施済みの措置
forms-ppc-field-measures-planned = 今後実施予定の措置
forms-ppc-measure-done = ・{ $text }（{ $owner }、{ $date }実施）
forms-ppc-measure-undated = ・{ $text }（{ $owner }）
forms-ppc-measure-planned = ・{ $text }（{ $owner }、{ $date }までに実施予定）
forms-ppc-measures-considering = 検討中

## (9) その他参考となる事項

forms-ppc-item-other = その他参考となる事項
forms-ppc-short-other = その他
forms-ppc-field-other = 特記事項
forms-ppc-field-other-bodies = 関係機関への報告等
forms-ppc-sent = ・{ $when }　{ $destination }に{ $act }
forms-ppc-sent-method = ・{ $when }　{ $destination }に{ $act }（{ $method }）
forms-ppc-act-report = 報告
forms-ppc-act-consult = 相談
forms-ppc-act-notify = 届出
forms-ppc-act-contact = 連絡
forms-ppc-also = 本件については、別途、{ $report }を行います。
forms-ppc-report-appi = 個人情報の保護に関する法律第68条第1項に基づく報告
forms-ppc-report-mynumber = 番号法第29条の4第1項に基づく報告
forms-ppc-nothing = 特になし

## The online form (text pasted field by field)

forms-ppc-paste-label = { $item }（{ $field }）
forms-ppc-field-report-date = 報告年月日
forms-ppc-field-reporter = 報告者（名称）
forms-ppc-field-contact-department = 担当部署
forms-ppc-field-contact-person = 担当者
forms-ppc-field-contact-phone = 電話番号
forms-ppc-field-contact-email = メールアドレス

## 総務省・都道府県への報告

forms-prefecture-title = 総務省・都道府県への報告（{ $stage }）
forms-prefecture-subject = 情報セキュリティインシデントの発生について（報告）
forms-prefecture-stage-first = 第一報
forms-prefecture-stage-followup = 続報
forms-prefecture-mark-first = 【第一報】
forms-prefecture-mark-followup = 【続報】
forms-prefecture-preamble = 標記について、下記のとおり報告します。
forms-prefecture-preamble-followup = 標記について、{ $date }に報告した事案のその後の状況を、下記のとおり報告します。
forms-prefecture-item-network = 発生したネットワーク
forms-prefecture-item-services = 影響を受けた業務・サービス
forms-prefecture-item-severity = 重要度
forms-prefecture-segment-my-number = マイナンバー利用事務系
forms-prefecture-segment-lgwan = LGWAN接続系
forms-prefecture-segment-internet = インターネット接続系
forms-prefecture-network-none = 該当なし（ネットワークを経由しない紙の書類等）
