# 研修実施報告 (issue 8; 000 §5.2(2)⑥⑦, 004 第24条4). Rust only (sonae-forms/src/training_report.rs).

forms-training-title = { $fiscalYear }情報セキュリティ研修実施報告
forms-training-subject = { $fiscalYear }情報セキュリティ研修の実施状況について（報告）
forms-training-preamble = 標記について、{ $asOf }現在の実施状況を下記のとおり報告します。
forms-training-addressee-committee = 情報セキュリティ委員会
forms-training-sender-role = 統括情報セキュリティ責任者
forms-training-sender-org = { $org }

forms-training-item-plan = 研修計画
forms-training-plan-none = 当該年度の研修計画は登録されていません。
forms-training-plan-title = 計画名
forms-training-plan-approval = 承認
forms-training-plan-approved = { $date }　{ $by }で承認
forms-training-plan-not-approved = 未承認
forms-training-plan-goals = 方針・目標
forms-training-plan-content = 実施計画

forms-training-item-sessions = 研修の実施状況
forms-training-summary = { $asOf }現在、{ $sessions }回（うち補講{ $makeups }回）実施し、延べ{ $attended }名が受講した。受講率は{ $rate }、理解度の平均は{ $average }である。
forms-training-sessions-none = 当該年度の研修は登録されていません。
forms-training-sessions-note = 受講者数は出欠を記録した者のうち出席した者の数、受講率はその割合、理解度は確認テスト等の得点（100点満点）の平均である。
forms-training-column-date = 実施日
forms-training-column-title = 研修名
forms-training-column-topics = 内容
forms-training-column-audience = 対象者
forms-training-column-attended = 受講者数
forms-training-column-rate = 受講率
forms-training-column-average = 理解度
forms-training-attended-of = { $attended }名／{ $recorded }名
forms-training-percent = { $value }％
forms-training-points = { $value }点
forms-training-planned = 実施予定
forms-training-month-day = { $month }月{ $day }日
forms-training-none-mark = －
forms-training-makeup-title = { $title }（{ $date }実施分の補講）

forms-training-item-absentees = 欠席者及び補講の受講状況
forms-training-absentees-none = 欠席者はいません。
forms-training-column-session = 研修
forms-training-column-department = 所属
forms-training-column-name = 氏名
forms-training-column-makeup = 補講
forms-training-session-ref = { $date }　{ $title }
forms-training-makeup-taken = { $date }受講
forms-training-makeup-not-taken = 未受講

forms-training-item-alert = 過去12か月以内に研修を受講していない特定個人情報の事務取扱担当者
forms-training-alert-basis = 番号法施行令第32条に基づき、特定個人情報の事務取扱担当者のうち、{ $asOf }までの12か月以内に「サイバー脅威と対策」を内容とする研修を受講していない者は次のとおりである。
forms-training-alert-none = 該当者はいません。
forms-training-alert-action = 上記の者については、補講等により速やかに受講させることとする。
forms-training-column-designated = 指定日
forms-training-column-reason = 状況
forms-training-reason-never-trained = 受講記録なし
forms-training-reason-expired = 最終受講日　{ $date }（12か月を超えている）
forms-training-reason-only-absent = 欠席（最終の欠席　{ $date }）、補講未受講
