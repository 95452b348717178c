# 訓練（緊急時対応訓練）のシナリオ (issue 8). Shared by Rust and, later, the UI.

drill-kind-tabletop = 机上訓練
drill-kind-functional = 機能訓練
drill-kind-full-scale = 実機訓練
drill-kind-call-tree = 連絡網疎通訓練
drill-kind-external = 外部演習
inject-channel-phone = 電話
inject-channel-email = メール
inject-channel-in-person = 口頭・来庁
inject-channel-system = システムの画面・警告
inject-channel-media = 報道・SNS
inject-channel-other = その他
milestone-csirt-acknowledged = CSIRTが報告を受け付けるまで
milestone-judged-incident = インシデントと判断するまで
milestone-ciso-informed = CISOへの第一報まで
milestone-contained = 封じ込めの完了まで
milestone-ppc-preliminary-draft = 個人情報保護委員会への速報の案ができるまで

error-scenario-key = シナリオのキーは半角英小文字・数字・ハイフンで入力してください（例: lost-usb-my-number）。
error-objective-duplicate = 同じ目標（測定する時点）が二つあります。一つにまとめてください。
error-scenario-no-injects = シナリオには付与する状況（インジェクト）を一つ以上入力してください。
error-offset-format = { $row } 行目の時刻は「時:分」（例: 1:30）又は分の数で入力してください（30日以内）。
error-scenario-json = シナリオのファイルを読めません（{ $line } 行目 { $column } 文字目付近の書式に誤りがあります）。
error-csv-row = CSVの { $row } 行目を読めません。列の区切りと引用符を確認してください。
