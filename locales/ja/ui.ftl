# Sonae 画面表示用の文言（日本語）
# locales/en/ui.ftl と同じメッセージIDをすべて持つこと。
# 状態・分類・重要度などの区分名とエラーメッセージは common.ftl にある。

## アプリケーション全体

ui-app-name = Sonae
ui-app-name-ja = 備え
ui-app-subtitle = 情報セキュリティインシデント対応
ui-app-window-title = Sonae 備え
ui-skip-to-main = 本文へ移動
ui-lang-switch-label = 表示言語
ui-lang-ja = 日本語
ui-lang-en = English
ui-loading = 読み込んでいます…
ui-retry = 再読み込み

## エラー

ui-error-heading = 処理を完了できませんでした
ui-error-unknown = 予期しないエラーが発生しました。もう一度お試しください。解決しない場合は、情報システム担当者に連絡してください。
ui-error-code = エラー種別：{ $code }

## 初回起動

ui-first-run-title = Sonaeへようこそ
ui-first-run-intro = Sonae（備え）は、市町村や一部事務組合における情報セキュリティインシデントへの対応を支援するアプリケーションです。職員からの報告の受付、CSIRTによる対応の記録、関係機関への報告期限の管理、訓練の実施までを一つにまとめて扱います。
ui-first-run-offline = インターネットには接続せず、データはすべてこの端末の中に保存されます。
ui-first-run-choose = はじめに、利用を開始する方法を選んでください。
ui-first-run-demo = 架空市のデモデータで試す
ui-first-run-demo-description = 架空の自治体「架空市」の事案が登録された状態で始めます。操作の確認や研修に適しています。登録されるデータはすべて架空のものです。
ui-first-run-empty = 空の状態で始める
ui-first-run-empty-description = 事案が登録されていない状態で始めます。組織情報を設定する画面は、今後のバージョンで追加します。
ui-first-run-working = 準備しています…

## ホーム

ui-home-title = ホーム
ui-home-org-label = 組織
ui-home-org-prefecture = 都道府県
ui-home-org-kind = 団体区分
ui-home-org-unset-title = 組織情報は未設定です
ui-home-org-unset-body = 組織名や部署などを設定する画面は、今後のバージョンで追加します。現在は、登録された事案の状況を確認できます。
ui-home-counts-title = 状態別件数
ui-home-counts-note = 訓練の事案は件数に含みません。
ui-home-count-unit = 件
ui-home-cases-title = 事案一覧
ui-home-cases-caption = 事案一覧（{ $count }件）
ui-home-cases-empty = 登録されている事案はありません。

## 事案一覧の列と表示

ui-case-col-receipt-no = 受付番号
ui-case-col-title = 件名
ui-case-col-category = 分類
ui-case-col-severity = 重要度
ui-case-col-state = 状態
ui-case-col-created-at = 受付日時
ui-case-drill-badge = 訓練
ui-case-severity-unset = —
ui-case-severity-unset-label = 未判定
