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

# 訓練の実施
drill-state-planned = 計画
drill-state-running = 実施中
drill-state-ended = 終了
drill-state-approved = 承認済
inject-outcome-achieved = 達成
inject-outcome-missed = 未達
call-result-answered = 応答あり
call-result-no-answer = 応答なし
call-result-wrong-number = 番号誤り・不通
timeline-drill-started = 訓練「{ $name }」を開始しました（シナリオ：{ $scenario }、時間の進み：{ $speed }倍）。
timeline-drill-inject = 【訓練状況付与 { $offset }・{ $channel }】{ $text }
timeline-drill-ended = 訓練「{ $name }」を終了しました。
timeline-drill-action = 訓練の改善事項をタスクとして登録しました：{ $text }
drill-playbook-revision-note = 訓練「{ $name }」（{ $date }実施）の結果を踏まえた改訂
task-kind-improvement = 改善事項（訓練）

error-drill-not-planned = この訓練は既に開始されています。計画は開始前にだけ変更できます。
error-drill-not-running = この訓練は実施中ではありません。
error-drill-not-ended = 訓練を終了してから行ってください。
error-drill-approved = この訓練の記録は承認済みのため、変更できません。
error-drill-not-approved = 委員会への報告は、訓練の記録が承認された後に記録してください。
error-inject-not-released = この状況はまだ付与されていません。
error-drill-playbook-revised = この訓練による手順書の改訂版は既に作成されています。
error-drill-own-approval = 訓練を計画した本人は、その記録を承認できません。
error-scenario-builtin-key = このキーは標準シナリオが使っています。別のキーにしてください（例: 末尾に -own）。
error-number-format = 数字で入力してください。

field-structure = 体制
field-scope = 範囲
field-planned-on = 実施予定日
field-scenario-key = シナリオ
field-speed = 時間の進み
field-skip-to = 進める先の時刻
field-action = 操作
field-outcome = 結果
field-work = 作業内容・状況
field-decision = 判断・指示
field-stumble = つまづいた工程
field-good-points = 良かった点
field-issues = 課題
field-owner-person-id = 担当
field-reported-on = 委員会への報告日
field-target = 連絡先
field-result = 結果
field-key = キー
drill-playbook-title = 事故対応手順書（{ $category }）
