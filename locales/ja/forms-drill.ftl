# forms-drill: PDF documents (sonae-forms), see forms.ftl
# 訓練実施記録: the record of a 緊急時対応訓練 for the CISO and the 情報セキュリティ委員会
# (000 §5.2(3), 004 第69条3; regulatory.md §7). Not a drill-marked document: it is the real record
# of a drill; every page names the drill in its running head.

forms-drill-title = 訓練実施記録
forms-drill-running-head = 訓練実施記録　{ $name }
forms-drill-created = 作成日　{ $date }
forms-drill-preamble = 情報セキュリティインシデント対応訓練を次のとおり実施したので、その結果を記録する。

## Items

forms-drill-item-overview = 訓練の概要
forms-drill-item-scenario = シナリオ
forms-drill-item-participants = 参加者
forms-drill-item-results = 目標時間と実績
forms-drill-item-log = 時系列記録
forms-drill-item-calls = 連絡網疎通の結果
forms-drill-item-good-points = 良かった点
forms-drill-item-issues = 課題
forms-drill-item-actions = 改善事項（担当・期限）
forms-drill-item-revision = 手順書改訂の要否
forms-drill-item-approval = 承認・報告

## 訓練の概要

forms-drill-field-name = 訓練名
forms-drill-field-kind = 種別
forms-drill-field-fiscal-year = 年度
forms-drill-field-when = 日時
forms-drill-field-purpose = 目的
forms-drill-field-structure = 体制
forms-drill-field-scope = 範囲
forms-drill-field-playbook = 使用した手順書
forms-drill-field-receipt-no = 訓練事案の受付番号
forms-drill-when = { $start }から{ $end }まで
forms-drill-when-open = { $start }から（終了時刻の記録なし）
forms-drill-time = { $hour }時{ $minute }分
forms-drill-playbook-standard = { $title }　標準版
forms-drill-playbook-revision = { $title }　改訂第{ $revision }版
forms-drill-not-recorded = （記録なし）
forms-drill-no-case = （訓練事案なし）

## 種別 (sonae_core::drill::DrillKind)

forms-drill-kind-tabletop = 机上訓練
forms-drill-kind-functional = 機能訓練
forms-drill-kind-full-scale = 実機訓練
forms-drill-kind-call-tree = 連絡網疎通訓練
forms-drill-kind-external = 外部演習

## シナリオ

forms-drill-field-scenario-title = シナリオ名
forms-drill-field-scenario-summary = 想定
forms-drill-injects-heading = 付与した状況
forms-drill-injects-note = 時刻は訓練開始からの経過時間（括弧内は実際に付与した時刻）。
forms-drill-column-offset = 時刻
forms-drill-column-channel = 経路
forms-drill-column-inject = 付与した状況
forms-drill-column-expected = 期待される対応
forms-drill-column-outcome = 結果
forms-drill-column-note = 備考
forms-drill-released-at = （{ $time }）
forms-drill-not-released = （未付与）
forms-drill-outcome-achieved = 達成
forms-drill-outcome-missed = 未達
forms-drill-outcome-none = —

## 経路 (sonae_core::drill::InjectChannel)

forms-drill-channel-phone = 電話
forms-drill-channel-email = メール
forms-drill-channel-in-person = 口頭・来庁
forms-drill-channel-system = システム画面
forms-drill-channel-media = 報道・SNS
forms-drill-channel-other = その他

## 参加者

forms-drill-column-name = 氏名
forms-drill-column-role = 役割

## 目標時間と実績

forms-drill-results-note = 目標及び実績は、訓練開始からの経過時間。
forms-drill-column-milestone = 項目
forms-drill-column-target = 目標
forms-drill-column-actual = 実績
forms-drill-column-verdict = 判定
forms-drill-verdict-within = 目標内
forms-drill-verdict-exceeded = 超過
forms-drill-verdict-not-reached = 未到達
forms-drill-actual-none = —
forms-drill-duration-days = { $n }日
forms-drill-duration-hours = { $n }時間
forms-drill-duration-minutes = { $n }分
forms-drill-duration-join = {""}

## 目標の項目 (sonae_core::drill::Milestone)

forms-drill-milestone-csirt-acknowledged = CSIRTによる報告の受付
forms-drill-milestone-judged-incident = インシデントに該当するかの判断
forms-drill-milestone-ciso-informed = CISOへの第一報
forms-drill-milestone-contained = 封じ込めの完了
forms-drill-milestone-ppc-preliminary-draft = 個人情報保護委員会への速報の案の作成

## 時系列記録

forms-drill-column-at = 時刻
forms-drill-column-work = 作業内容・状況
forms-drill-column-decision = 判断・指示
forms-drill-column-stumble = つまずいた工程
forms-drill-log-day = { $month }月{ $day }日

## 連絡網疎通の結果

forms-drill-calls-summary = 対象{ $total }名のうち、応答{ $answered }名、要確認{ $unanswered }名。
forms-drill-column-phone = 電話
forms-drill-column-called = 発信
forms-drill-column-answered = 応答
forms-drill-column-result = 結果
forms-drill-call-answered = 応答あり
forms-drill-call-unanswered = 要確認

## 改善事項

forms-drill-column-action = 改善事項
forms-drill-column-owner = 担当
forms-drill-column-due = 期限
forms-drill-due-none = 未定

## 手順書改訂の要否、承認・報告

forms-drill-revision-needed = 要（改訂第{ $revision }版）
forms-drill-revision-needed-pending = 要（改訂版は未作成）
forms-drill-revision-not-needed = 否
forms-drill-field-approver = 承認者
forms-drill-field-approved-on = 承認日
forms-drill-field-committee = 委員会への報告日
forms-drill-not-yet = 未
forms-drill-none = なし
