<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>meisai::AlertRules</name>
    <message>
        <source>%1 stopped Meisai&apos;s access</source>
        <translation>%1 が「明細」のアクセス権限を取り消しました</translation>
    </message>
    <message>
        <source>%1 revoked the access it had granted to Meisai for &quot;%2&quot;. Meisai can no longer read this account; what was already fetched stays on this computer.</source>
        <translation>%1 が「%2」について「明細」に与えていたアクセス権限を取り消しました。このアカウントの情報は今後取得できません。取得済みのデータはこのコンピューターに残ります。</translation>
    </message>
    <message>
        <source>If you did not ask for this, contact %1 at once: your account may have been misused. Otherwise connect the account again when you want to.</source>
        <translation>お客さまが取消しを依頼していない場合は、ただちに %1 にご連絡ください。アカウントが不正に利用されたおそれがあります。そうでない場合は、必要なときにあらためて連携してください。</translation>
    </message>
    <message numerus="yes">
        <source>Your consent for %1 ends in %n day(s)</source>
        <translation>
            <numerusform>%1 への同意の有効期限まであと %n 日です</numerusform>
        </translation>
    </message>
    <message>
        <source>The consent you gave %1 for &quot;%2&quot; is valid until %3. After that Meisai can no longer fetch your statements.</source>
        <translation>「%2」について %1 に与えた同意の有効期限は %3 です。期限を過ぎると、ご利用明細を取得できなくなります。</translation>
    </message>
    <message>
        <source>Connect the account again before then to renew the consent.</source>
        <translation>期限までにあらためて連携し、同意を更新してください。</translation>
    </message>
    <message>
        <source>Your consent for %1 has ended</source>
        <translation>%1 への同意の有効期限が切れました</translation>
    </message>
    <message>
        <source>The consent you gave %1 for &quot;%2&quot; ended on %3. Meisai no longer fetches this account.</source>
        <translation>「%2」について %1 に与えた同意は %3 に期限切れとなりました。このアカウントの情報は取得していません。</translation>
    </message>
    <message>
        <source>Connect the account again to renew the consent.</source>
        <translation>あらためて連携し、同意を更新してください。</translation>
    </message>
    <message>
        <source>Security notice from %1: %2</source>
        <translation>%1 からのセキュリティに関するお知らせ：%2</translation>
    </message>
    <message>
        <source>Read the notice and follow the issuer&apos;s instructions. If you notice payments you did not make, contact the issuer at once.</source>
        <translation>お知らせをお読みになり、発行者の案内に従ってください。身に覚えのない利用がある場合は、ただちに発行者にご連絡ください。</translation>
    </message>
    <message>
        <source>%1 is under maintenance</source>
        <translation>%1 はメンテナンス中です</translation>
    </message>
    <message>
        <source>%1 is not answering requests for &quot;%2&quot; during maintenance.</source>
        <translation>%1 はメンテナンス中のため、「%2」の要求に応答していません。</translation>
    </message>
    <message>
        <source>Nothing to do: Meisai will try again after %1. The statements already fetched remain available.</source>
        <translation>お客さまの操作は不要です。%1 以降に自動的に再試行します。取得済みの明細は引き続きご覧いただけます。</translation>
    </message>
    <message>
        <source>Nothing to do: Meisai will try again later. The statements already fetched remain available.</source>
        <translation>お客さまの操作は不要です。後ほど自動的に再試行します。取得済みの明細は引き続きご覧いただけます。</translation>
    </message>
    <message>
        <source>%1 sent a full card number</source>
        <translation>%1 からカード番号の全桁が送られてきました</translation>
    </message>
    <message>
        <source>Nothing was stored, but the issuer should not send card numbers to connectors. Tell the issuer, and tell us if it happens again.</source>
        <translation>カード番号は保存していませんが、発行者は API 接続先にカード番号を送るべきではありません。発行者にお知らせください。再び発生した場合は当社にもご連絡ください。</translation>
    </message>
    <message>
        <source>%1 is retiring part of its API</source>
        <translation>%1 が API の一部を廃止予定です</translation>
    </message>
    <message>
        <source>It will stop working on %1.</source>
        <translation>%1 に利用できなくなります。</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>詳細：%1</translation>
    </message>
    <message>
        <source>Update Meisai before %1 so that syncing keeps working.</source>
        <translation>同期を続けるため、%1 までに「明細」を更新してください。</translation>
    </message>
    <message>
        <source>Update Meisai when a new version is available so that syncing keeps working.</source>
        <translation>同期を続けるため、新しいバージョンが公開されたら「明細」を更新してください。</translation>
    </message>
    <message>
        <source>Meisai cannot read %1&apos;s new API</source>
        <translation>%1 の新しい API に「明細」が対応していません</translation>
    </message>
    <message>
        <source>Update Meisai. Until then this issuer is not synced; what was fetched stays available.</source>
        <translation>「明細」を更新してください。それまではこの発行者の同期を停止します。取得済みのデータは引き続きご覧いただけます。</translation>
    </message>
    <message>
        <source>Syncing %1 keeps failing</source>
        <translation>%1 の同期の失敗が続いています</translation>
    </message>
    <message numerus="yes">
        <source>The last %n sync(s) of &quot;%1&quot; failed. The last error: %2</source>
        <translation>
            <numerusform>「%1」の同期が %n 回続けて失敗しました。直近のエラー：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the network connection. If it keeps failing, the issuer may have a problem: look at its notices or contact it.</source>
        <translation>ネットワーク接続を確認してください。失敗が続く場合は発行者側で障害が起きている可能性があります。発行者のお知らせを確認するか、発行者にお問い合わせください。</translation>
    </message>
    <message>
        <source>The API execution log was altered</source>
        <translation>API 実行記録が改ざんされました</translation>
    </message>
    <message>
        <source>Checking the log found a row that was changed, inserted or removed (row %1). %2</source>
        <translation>記録を確認したところ、変更・挿入・削除された行が見つかりました（%1 行目）。%2</translation>
    </message>
    <message>
        <source>Someone or something changed Meisai&apos;s data on this computer. Check the computer for malware, change the vault passphrase, and contact us.</source>
        <translation>このコンピューター上の「明細」のデータが何者かによって変更されました。マルウェアの有無を確認し、保管庫のパスフレーズを変更したうえで、当社にご連絡ください。</translation>
    </message>
    <message>
        <source>Meisai stopped a token from going to another server</source>
        <translation>「明細」は、トークンが別のサーバーへ送られるのを止めました</translation>
    </message>
    <message>
        <source>Do not link or sync this connection until you know why the issuer&apos;s settings changed. If you did not add or replace this issuer yourself, remove the issuer profile you do not recognise, check this computer for malware, and contact us. The connection&apos;s tokens are still only in the vault.</source>
        <translation>発行者の設定が変わった理由がわかるまで、この連携の再連携や同期をしないでください。ご自身でこの発行者を追加・置き換えしていない場合は、心当たりのない発行者プロファイルを削除し、このコンピューターにマルウェアがないか確認のうえ、当社までご連絡ください。この連携のトークンは、今も保管庫の中にだけあります。</translation>
    </message>
    <message numerus="yes">
        <source>An answer from %1 (%2) contained %n full card number(s), in %3.</source>
        <translation>
            <numerusform>%1 からの応答（%2）の %3 に、カード番号の全桁が %n 件含まれていました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them were masked to their last four digits.</source>
        <translation>
            <numerusform>そのうち %n 件は下4桁以外を伏せ字にしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identifier(s) holding a card number were replaced by a private fingerprint that only this vault can compute.</source>
        <translation>
            <numerusform>カード番号を含む識別子 %n 件は、この保管庫でしか計算できない非公開の識別値に置き換えました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) with a card number in an identifier were dropped whole.</source>
        <translation>
            <numerusform>識別子にカード番号を含む応答 %n 件は、応答全体を破棄しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>No full card number was stored.</source>
        <translation>カード番号の全桁は保存していません。</translation>
    </message>
    <message numerus="yes">
        <source>An answer from %1 (%2) contained %n full card number(s). Meisai masked them, or replaced an identifier holding one by a private fingerprint, before storing anything. The full card number was not stored; the fields are named in the activity log.</source>
        <translation>
            <numerusform>%1 からの応答（%2）に、カード番号の全桁が %n 件含まれていました。「明細」は保存する前に伏せ字にするか、カード番号を含む識別子を非公開の識別値に置き換えました。カード番号の全桁は保存していません。該当する項目は操作履歴に記録されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Meisai stopped syncing %1</source>
        <translation>「明細」は %1 の同期を停止しました</translation>
    </message>
    <message>
        <source>Nothing is lost: what was fetched before stays, and the next sync tries again. If this keeps happening, the issuer&apos;s service is not working as it should: tell the issuer.</source>
        <translation>失われたデータはありません。それまでに取得した内容はそのまま残り、次回の同期で再び試します。繰り返し起きる場合は発行者のサービスが正しく動いていないため、発行者にお知らせください。</translation>
    </message>
    <message>
        <source>%1 marked %2 as deprecated since %3.</source>
        <translation>%1 は %3 から %2 を非推奨にしています。</translation>
    </message>
    <message>
        <source>%1 marked %2 as deprecated.</source>
        <translation>%1 は %2 を非推奨にしています。</translation>
    </message>
    <message>
        <source>The issuer&apos;s notice: &quot;%1&quot; — &quot;%2&quot;</source>
        <translation>発行者からのお知らせ：「%1」— 「%2」</translation>
    </message>
    <message>
        <source>The issuer said: &quot;%1&quot;</source>
        <translation>発行者からのメッセージ：「%1」</translation>
    </message>
</context>
<context>
    <name>meisai::ApiDecoders</name>
    <message>
        <source>The issuer&apos;s answer to %1 was empty. Try again later.</source>
        <translation>%1 に対する発行者の応答が空でした。しばらくしてからやり直してください。</translation>
    </message>
    <message>
        <source>The issuer&apos;s answer to %1 is not a JSON object.</source>
        <translation>%1 に対する発行者の応答が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not a known payment method code</source>
        <translation>が「%1」で、既知の支払区分コードではありません</translation>
    </message>
    <message>
        <source>is %1 but the page holds %2 transactions</source>
        <translation>が %1 ですが、ページには %2 件の明細があります</translation>
    </message>
    <message>
        <source>is after dateTo</source>
        <translation>が dateTo より後です</translation>
    </message>
    <message>
        <source>is %1, but %2 was asked for</source>
        <translation>が %1 ですが、要求したのは %2 です</translation>
    </message>
    <message>
        <source>is %1; statements are in yen (JPY)</source>
        <translation>が %1 です。ご請求は円（JPY）である必要があります</translation>
    </message>
    <message>
        <source>is %1; limits are in yen (JPY)</source>
        <translation>が %1 です。ご利用可能額は円（JPY）である必要があります</translation>
    </message>
    <message>
        <source>is not a string</source>
        <translation>が文字列ではありません</translation>
    </message>
    <message>
        <source>%1 reported an API version Meisai cannot read (&quot;%2&quot;). Update Meisai; if that does not help, contact the issuer.</source>
        <translation>%1 が「明細」の読めない API バージョン（「%2」）を返しました。「明細」を更新しても解決しない場合は、発行者にお問い合わせください。</translation>
    </message>
    <message>
        <source>%1 now uses version %2 of its card API; this version of Meisai understands only version %3. Nothing was stored from the answer. Update Meisai to keep syncing.</source>
        <translation>%1 のカード API はバージョン %2 になりましたが、このバージョンの「明細」が対応しているのはバージョン %3 のみです。応答の内容は保存していません。同期を続けるには「明細」を更新してください。</translation>
    </message>
    <message>
        <source>The issuer&apos;s answer to %1 is not valid: the field &quot;%2&quot; %3.</source>
        <translation>%1 に対する発行者の応答が正しくありません：項目「%2」%3。</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>がありません</translation>
    </message>
    <message>
        <source>is null</source>
        <translation>が null です</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>が空です</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not one of %2</source>
        <translation>が「%1」で、%2 のいずれでもありません</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>が整数ではありません</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>が数値ではありません</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>が true または false ではありません</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not a date (YYYY-MM-DD)</source>
        <translation>が「%1」で、日付（YYYY-MM-DD）ではありません</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not a month (YYYY-MM)</source>
        <translation>が「%1」で、年月（YYYY-MM）ではありません</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not an RFC 3339 time with an offset</source>
        <translation>が「%1」で、時差付きの RFC 3339 形式の日時ではありません</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not an ISO 4217 currency code</source>
        <translation>が「%1」で、ISO 4217 の通貨コードではありません</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not a decimal number</source>
        <translation>が「%1」で、10 進数ではありません</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>が配列ではありません</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>がオブジェクトではありません</translation>
    </message>
    <message>
        <source>The issuer&apos;s answer to %1 is not valid JSON (it breaks off at byte %2); it may have been cut short. Nothing from it was stored; try again later.</source>
        <translation>%1 に対する発行者の応答が正しい JSON ではありません（%2 バイト目で途切れています）。途中で切れた可能性があります。応答の内容は保存していません。しばらくしてからやり直してください。</translation>
    </message>
    <message>
        <source>The issuer&apos;s answer to %1 was refused: %2. Nothing from it was stored; if this keeps happening, tell the issuer.</source>
        <translation>%1 に対する発行者の応答を受け付けませんでした（%2）。応答の内容は保存していません。繰り返し起きる場合は、発行者にお知らせください。</translation>
    </message>
    <message>
        <source>it holds more than %1 values (the limit of one answer), at byte %2</source>
        <translation>%2 バイト目で、値の数が 1 回の応答の上限 %1 個を超えました</translation>
    </message>
    <message>
        <source>reading it would take more than %1 units of work (the limit of one answer), at byte %2</source>
        <translation>%2 バイト目で、読み取りに必要な処理量が 1 回の応答の上限 %1 単位を超えました</translation>
    </message>
    <message>
        <source>it is nested more than %1 levels deep (the limit), at byte %2</source>
        <translation>%2 バイト目で、入れ子の深さが上限の %1 段を超えました</translation>
    </message>
    <message>
        <source>a text in it is longer than %1 bytes (the limit), at byte %2</source>
        <translation>%2 バイト目から始まる文字列が、上限の %1 バイトを超えています</translation>
    </message>
    <message>
        <source>is %1, outside the range Meisai accepts (%2 to %3)</source>
        <translation>が %1 で、「明細」が受け付ける範囲（%2～%3）の外です</translation>
    </message>
</context>
<context>
    <name>meisai::AuditLog</name>
    <message>
        <source>The activity log was changed outside Meisai: entry %1 does not match the entries before it.</source>
        <translation>操作履歴が「明細」の外部で変更されました。%1 番目の記録がそれ以前の記録と一致しません。</translation>
    </message>
    <message>
        <source>The activity log was changed outside Meisai before it was sealed with the vault&apos;s key: entry %1 did not match the entries before it. Those entries were kept as they were, not sealed.</source>
        <translation>操作履歴は、保管庫の鍵で封印される前に「明細」の外部で変更されていました。%1 番目の記録がそれ以前の記録と一致しませんでした。これらの記録は封印せず、そのまま残しています。</translation>
    </message>
    <message>
        <source>The anchor of the activity log is missing from %1: entries may have been removed from the end of the log.</source>
        <translation>%1 から操作履歴の基準点（アンカー）が失われています。操作履歴の末尾から記録が削除されたおそれがあります。</translation>
    </message>
    <message>
        <source>The anchor of the activity log in %1 was changed outside Meisai.</source>
        <translation>%1 にある操作履歴の基準点（アンカー）が「明細」の外部で変更されました。</translation>
    </message>
    <message>
        <source>The activity log was cut short outside Meisai: it ends at entry %1, but entry %2 was written.</source>
        <translation>操作履歴の末尾が「明細」の外部で削除されました。記録は %1 番目で終わっていますが、%2 番目まで書き込まれていました。</translation>
    </message>
    <message>
        <source>The activity log was changed outside Meisai: entry %1 is not the one that was written.</source>
        <translation>操作履歴が「明細」の外部で変更されました。%1 番目の記録が書き込まれたものと一致しません。</translation>
    </message>
    <message>
        <source>The activity log was changed outside Meisai: entries %1 to %2 were added after the last one Meisai recorded.</source>
        <translation>操作履歴が「明細」の外部で変更されました。「明細」が最後に記録した後に、%1 番目から %2 番目の記録が追加されています。</translation>
    </message>
</context>
<context>
    <name>meisai::AuthorizationSession</name>
    <message>
        <source>This sign-in was already completed.</source>
        <translation>このログインはすでに完了しています。</translation>
    </message>
    <message>
        <source>The answer carries no state value: it does not belong to this sign-in.</source>
        <translation>応答に state 値がないため、このログインへの応答ではありません。</translation>
    </message>
    <message>
        <source>The answer&apos;s state value does not match: it does not belong to this sign-in.</source>
        <translation>応答の state 値が一致しないため、このログインへの応答ではありません。</translation>
    </message>
    <message>
        <source>The sign-in at %1 took too long. Start again.</source>
        <translation>%1 でのログインに時間がかかりすぎました。もう一度やり直してください。</translation>
    </message>
    <message>
        <source>The answer came from another issuer (&quot;%1&quot;) than the one you chose (%2). Meisai stopped the link: this can be a mix-up attack. Nothing was shared.</source>
        <translation>選択した発行者（%2）ではなく、別の発行者（「%1」）から応答がありました。混同攻撃のおそれがあるため、連携を中止しました。データは共有されていません。</translation>
    </message>
    <message>
        <source>The answer does not say which issuer sent it although %1 always does. Meisai stopped the link.</source>
        <translation>%1 は通常、応答に送信元の発行者を示しますが、この応答には示されていませんでした。連携を中止しました。</translation>
    </message>
    <message>
        <source>%1 sent no authorization code.</source>
        <translation>%1 から認可コードが送られてきませんでした。</translation>
    </message>
    <message>
        <source>The link to %1 was not allowed (you or the issuer declined it). Nothing was shared.</source>
        <translation>%1 との連携は許可されませんでした（お客さままたは発行者が拒否しました）。データは共有されていません。</translation>
    </message>
    <message>
        <source>%1 no longer accepts this authorization: it was revoked, has expired or was already used. Connect again.</source>
        <translation>%1 はこの認可を受け付けなくなりました。取り消されたか、期限切れか、すでに使用済みです。あらためて連携してください。</translation>
    </message>
    <message>
        <source>%1 does not recognise Meisai as a registered application. The issuer profile may be out of date; contact the issuer.</source>
        <translation>%1 は「明細」を登録済みのアプリとして認識していません。発行者プロファイルが古い可能性があります。発行者にお問い合わせください。</translation>
    </message>
    <message>
        <source>%1 does not offer some of the requested permissions. The issuer profile may be out of date.</source>
        <translation>%1 は要求した権限の一部を提供していません。発行者プロファイルが古い可能性があります。</translation>
    </message>
    <message>
        <source>%1 does not support the way Meisai links accounts.</source>
        <translation>%1 は「明細」の連携方式に対応していません。</translation>
    </message>
    <message>
        <source>%1 rejected the request as malformed. Try again; if it persists, contact the issuer.</source>
        <translation>%1 が要求の形式が正しくないとして拒否しました。やり直しても解決しない場合は、発行者にお問い合わせください。</translation>
    </message>
    <message>
        <source>%1 had an internal error. Try again later.</source>
        <translation>%1 で内部エラーが発生しました。しばらくしてからやり直してください。</translation>
    </message>
    <message>
        <source>%1 is temporarily unavailable (maintenance or heavy load). Try again later.</source>
        <translation>%1 は一時的に利用できません（メンテナンスまたは混雑）。しばらくしてからやり直してください。</translation>
    </message>
    <message>
        <source>%1 reported an error (%2).</source>
        <translation>%1 からエラーが報告されました（%2）。</translation>
    </message>
    <message>
        <source>The issuer said: &quot;%1&quot;</source>
        <translation>発行者からのメッセージ：「%1」</translation>
    </message>
</context>
<context>
    <name>meisai::Backup</name>
    <message>
        <source>%1 failed (%2).</source>
        <translation>%1 に失敗しました（%2）。</translation>
    </message>
    <message>
        <source>Choose a backup passphrase of at least 8 characters.</source>
        <translation>バックアップのパスフレーズは 8 文字以上にしてください。</translation>
    </message>
    <message>
        <source>No temporary folder for the backup: %1</source>
        <translation>バックアップ用の一時フォルダーを用意できません：%1</translation>
    </message>
    <message>
        <source>The backup could not be prepared: %1</source>
        <translation>バックアップを準備できませんでした：%1</translation>
    </message>
    <message>
        <source>Preparing the backup</source>
        <translation>バックアップを準備しています</translation>
    </message>
    <message>
        <source>Copying the vault</source>
        <translation>保管庫をコピーしています</translation>
    </message>
    <message>
        <source>Finishing the backup</source>
        <translation>バックアップを仕上げています</translation>
    </message>
    <message>
        <source>The backup could not be read back: %1</source>
        <translation>バックアップを読み戻せませんでした：%1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 に書き込めませんでした：%2</translation>
    </message>
    <message>
        <source>%1 already holds a Meisai profile; restore into an empty folder.</source>
        <translation>%1 にはすでに「明細」のプロファイルがあります。空のフォルダーに復元してください。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み込めませんでした：%2</translation>
    </message>
    <message>
        <source>%1 is not a Meisai backup, or it is damaged.</source>
        <translation>%1 は「明細」のバックアップではないか、破損しています。</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Meisai. Update Meisai to restore it.</source>
        <translation>このバックアップは新しいバージョンの「明細」で作成されています。復元するには「明細」を更新してください。</translation>
    </message>
    <message>
        <source>The backup could not be unpacked: %1</source>
        <translation>バックアップを展開できませんでした：%1</translation>
    </message>
    <message>
        <source>The backup passphrase is not correct, or the backup is damaged.</source>
        <translation>バックアップのパスフレーズが正しくないか、バックアップが破損しています。</translation>
    </message>
    <message>
        <source>Opening the backup</source>
        <translation>バックアップを開いています</translation>
    </message>
    <message>
        <source>Re-encrypting the restored vault</source>
        <translation>復元した保管庫を再暗号化しています</translation>
    </message>
    <message>
        <source>The restored vault could not be written to %1.</source>
        <translation>復元した保管庫を %1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>The restored vault could not be written: %1</source>
        <translation>復元した保管庫を書き込めませんでした：%1</translation>
    </message>
    <message>
        <source>Restored from a backup without its access: link it again to sync. Its history is kept.</source>
        <translation>アクセス権限を含まないバックアップから復元しました。同期するにはもう一度連携してください。これまでの履歴はそのまま残ります。</translation>
    </message>
    <message>
        <source>The backup passphrase is not correct.</source>
        <translation>バックアップのパスフレーズが正しくありません。</translation>
    </message>
</context>
<context>
    <name>meisai::BindingGuard</name>
    <message>
        <source>A token of the connection to %1 was not sent to %2: that connection was linked with %3, and the issuer&apos;s settings in Meisai now point elsewhere (another server may be claiming to be this issuer). Nothing was sent.</source>
        <translation>%1 との連携のトークンを %2 へは送りませんでした。この連携は %3 と結んだもので、「明細」にある発行者の設定が別の宛先を指しています（別のサーバーがこの発行者を名乗っている可能性があります）。何も送信していません。</translation>
    </message>
    <message>
        <source>an issuer Meisai no longer knows</source>
        <translation>「明細」が把握していない発行者</translation>
    </message>
    <message>
        <source>%1 (token endpoint %2)</source>
        <translation>%1（トークンエンドポイント %2）</translation>
    </message>
    <message>
        <source>%1 (revocation endpoint %2)</source>
        <translation>%1（失効エンドポイント %2）</translation>
    </message>
    <message>
        <source>%1 (card API %2)</source>
        <translation>%1（カード API %2）</translation>
    </message>
</context>
<context>
    <name>meisai::CardApiClient</name>
    <message>
        <source>The profile of %1 gives no address for its card API.</source>
        <translation>%1 のプロファイルにカード API のアドレスがありません。</translation>
    </message>
    <message>
        <source>The sync was stopped.</source>
        <translation>同期を停止しました。</translation>
    </message>
    <message>
        <source>The issuer gave a card id Meisai cannot use (&quot;%1&quot;).</source>
        <translation>発行者から使用できないカード ID（「%1」）が返されました。</translation>
    </message>
    <message>
        <source>The issuer answered with the transactions of another card (%1 instead of %2).</source>
        <translation>発行者が別のカードの明細を返しました（%2 ではなく %1）。</translation>
    </message>
    <message>
        <source>A card id and a month (YYYY-MM) are needed.</source>
        <translation>カード ID と年月（YYYY-MM）が必要です。</translation>
    </message>
    <message>
        <source>A card id is needed.</source>
        <translation>カード ID が必要です。</translation>
    </message>
    <message>
        <source> The issuer says: &quot;%1&quot;</source>
        <translation>発行者からのメッセージ：「%1」</translation>
    </message>
    <message>
        <source>%1 did not accept Meisai&apos;s access (HTTP 401).%2 If this persists, connect again.</source>
        <translation>%1 が「明細」のアクセスを受け付けませんでした（HTTP 401）。%2 解決しない場合は、あらためて連携してください。</translation>
    </message>
    <message>
        <source>%1 did not allow this: the permission granted when linking does not cover it. Connect again and allow it if you want it.</source>
        <translation>%1 はこの操作を許可しませんでした。連携時に許可された権限の範囲外です。必要な場合は、あらためて連携して許可してください。</translation>
    </message>
    <message>
        <source>%1 did not allow this: it needs the permission &quot;%2&quot;, which was not granted when linking. Connect again and allow it if you want it.</source>
        <translation>%1 はこの操作を許可しませんでした。連携時に許可されなかった権限「%2」が必要です。必要な場合は、あらためて連携して許可してください。</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP 403).%2</source>
        <translation>%1 が要求を拒否しました（HTTP 403）。%2</translation>
    </message>
    <message>
        <source>%1 asked Meisai to slow down; it can be tried again in %2 seconds.</source>
        <translation>%1 からアクセスの頻度を下げるよう求められました。%2 秒後に再試行できます。</translation>
    </message>
    <message>
        <source>%1 asked Meisai to slow down. Try again later.</source>
        <translation>%1 からアクセスの頻度を下げるよう求められました。しばらくしてからやり直してください。</translation>
    </message>
    <message>
        <source>later</source>
        <translation>後ほど</translation>
    </message>
    <message>
        <source>%1 is under maintenance; Meisai will try again after %2.%3</source>
        <translation>%1 はメンテナンス中です。%2 以降に再試行します。%3</translation>
    </message>
    <message>
        <source>%1 had a problem answering (HTTP %2).%3 Try again later.</source>
        <translation>%1 の応答で問題が発生しました（HTTP %2）。%3 しばらくしてからやり直してください。</translation>
    </message>
    <message>
        <source>%1 does not know what Meisai asked for (HTTP 404).%2</source>
        <translation>%1 は要求された情報を見つけられませんでした（HTTP 404）。%2</translation>
    </message>
    <message>
        <source>%1 rejected Meisai&apos;s request (HTTP %2).%3</source>
        <translation>%1 が「明細」の要求を拒否しました（HTTP %2）。%3</translation>
    </message>
</context>
<context>
    <name>meisai::ConnectorProfile</name>
    <message>
        <source>The connector profile is not a JSON object (%1).</source>
        <translation>API 接続先のプロファイルが JSON オブジェクトではありません（%1）。</translation>
    </message>
    <message>
        <source>The connector profile lacks a required disclosure (service name, company name, representative, address, inquiry contact or compensation policy and contact).</source>
        <translation>API 接続先のプロファイルに必要な表示事項（サービス名、商号、代表者、所在地、お問い合わせ先、補償の方針と窓口）が欠けています。</translation>
    </message>
    <message>
        <source>The connector profile is missing from this build of Meisai.</source>
        <translation>このビルドの「明細」には API 接続先のプロファイルが含まれていません。</translation>
    </message>
</context>
<context>
    <name>meisai::Database</name>
    <message>
        <source>The vault key has the wrong length.</source>
        <translation>保管庫の鍵の長さが正しくありません。</translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation>%1 に保管庫がありません。</translation>
    </message>
    <message>
        <source>The vault file %1 could not be created.</source>
        <translation>保管庫のファイル %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>The vault key does not match this database.</source>
        <translation>保管庫の鍵がこのデータベースと一致しません。</translation>
    </message>
    <message>
        <source>The vault could not be read or written (%1).</source>
        <translation>保管庫の読み書きができませんでした（%1）。</translation>
    </message>
    <message>
        <source>The vault could not be read or written (%1: %2).</source>
        <translation>保管庫の読み書きができませんでした（%1: %2）。</translation>
    </message>
</context>
<context>
    <name>meisai::Discovery</name>
    <message>
        <source>%1 sent a discovery document that is not a JSON object.</source>
        <translation>%1 から送られたディスカバリー文書が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The discovery document of %1 cannot be used: %2</source>
        <translation>%1 のディスカバリー文書は使用できません：%2</translation>
    </message>
    <message>
        <source>it names no issuer.</source>
        <translation>発行者が記載されていません。</translation>
    </message>
    <message>
        <source>The discovery document of %1 is for another issuer (&quot;%2&quot; instead of &quot;%3&quot;). Meisai will not use it; this can be an attack or a wrong profile.</source>
        <translation>%1 のディスカバリー文書は別の発行者のものです（「%3」ではなく「%2」）。攻撃またはプロファイルの誤りのおそれがあるため、使用しません。</translation>
    </message>
    <message>
        <source>the authorization endpoint is missing.</source>
        <translation>認可エンドポイントがありません。</translation>
    </message>
    <message>
        <source>the token endpoint is missing.</source>
        <translation>トークンエンドポイントがありません。</translation>
    </message>
    <message>
        <source>the authorization endpoint %1 does not use HTTPS.</source>
        <translation>認可エンドポイント %1 が HTTPS を使用していません。</translation>
    </message>
    <message>
        <source>the endpoint %1 does not use HTTPS.</source>
        <translation>エンドポイント %1 が HTTPS を使用していません。</translation>
    </message>
    <message>
        <source>the authorization code flow is not supported.</source>
        <translation>認可コードフローに対応していません。</translation>
    </message>
    <message>
        <source>PKCE with S256 is not announced (code_challenge_methods_supported).</source>
        <translation>S256 による PKCE への対応が示されていません（code_challenge_methods_supported）。</translation>
    </message>
    <message>
        <source>the authorization_code grant is not supported.</source>
        <translation>authorization_code グラントに対応していません。</translation>
    </message>
    <message>
        <source>%1 did not return its discovery document (HTTP %2).</source>
        <translation>%1 がディスカバリー文書を返しませんでした（HTTP %2）。</translation>
    </message>
</context>
<context>
    <name>meisai::FileProblem</name>
    <message>
        <source>the folder does not exist</source>
        <translation>フォルダーが存在しません</translation>
    </message>
    <message>
        <source>the file does not exist, or cannot be created there</source>
        <translation>ファイルが存在しないか、その場所に作成できません</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>ファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>アクセスが許可されていません</translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation>読み取れませんでした</translation>
    </message>
    <message>
        <source>it could not be written (is the disk full?)</source>
        <translation>書き込めませんでした（ディスクの空きが足りない可能性があります）</translation>
    </message>
    <message>
        <source>it could not be put in place</source>
        <translation>所定の場所に置けませんでした</translation>
    </message>
    <message>
        <source>it could not be removed</source>
        <translation>削除できませんでした</translation>
    </message>
    <message>
        <source>the operation was interrupted</source>
        <translation>処理が中断されました</translation>
    </message>
</context>
<context>
    <name>meisai::HttpClient</name>
    <message>
        <source>The certificate authority file %1 could not be read: %2</source>
        <translation>認証局のファイル %1 を読み込めませんでした：%2</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate.</source>
        <translation>ファイル %1 に PEM 形式の証明書がありません。</translation>
    </message>
    <message>
        <source>The address to contact is not valid.</source>
        <translation>接続先のアドレスが正しくありません。</translation>
    </message>
    <message>
        <source>Meisai refused to contact %1 without HTTPS.</source>
        <translation>HTTPS を使用しない %1 への接続を拒否しました。</translation>
    </message>
    <message>
        <source>The answer from %1 was larger than %2 bytes and was discarded.</source>
        <translation>%1 からの応答が %2 バイトを超えたため、破棄しました。</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Try again later.</source>
        <translation>%1 が時間内に応答しませんでした。しばらくしてからやり直してください。</translation>
    </message>
    <message>
        <source>The secure connection to %1 (%2) could not be verified: %3. Nothing was sent to it. Check this computer&apos;s date and time; if it persists, contact the issuer.</source>
        <translation>%1（%2）との安全な接続を確認できませんでした：%3。何も送信していません。このコンピューターの日付と時刻を確認してください。解決しない場合は発行者にお問い合わせください。</translation>
    </message>
    <message>
        <source>The answer from %1 broke off before it was complete (%2). Try again later.</source>
        <translation>%1 からの応答が途中で途切れました（%2）。しばらくしてからやり直してください。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>要求を取り消しました。</translation>
    </message>
    <message>
        <source>%1 could not be reached (%2). Check the network connection and try again.</source>
        <translation>%1 に接続できませんでした（%2）。ネットワーク接続を確認してやり直してください。</translation>
    </message>
    <message>
        <source>The issuer answered with HTTP status %1.</source>
        <translation>発行者が HTTP ステータス %1 で応答しました。</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>サーバーが接続を閉じました</translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation>サーバーが接続を拒否しました</translation>
    </message>
    <message>
        <source>the server&apos;s name was not found</source>
        <translation>サーバー名が見つかりません</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>接続がタイムアウトしました</translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation>ネットワークが使えません</translation>
    </message>
    <message>
        <source>the proxy did not let the connection through</source>
        <translation>プロキシが接続を通しませんでした</translation>
    </message>
</context>
<context>
    <name>meisai::IssuerDirectory</name>
    <message>
        <source>The bundled issuer profile %1 could not be read.</source>
        <translation>同梱の発行者プロファイル %1 を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Meisai knows no issuer &quot;%1&quot;.</source>
        <translation>「%1」という発行者は登録されていません。</translation>
    </message>
    <message>
        <source>The issuer profile &quot;%1&quot; is a template without an issuer address; add the sandbox issuer to complete it.</source>
        <translation>発行者プロファイル「%1」は発行者のアドレスのないひな形です。サンドボックスの発行者を追加して完成させてください。</translation>
    </message>
    <message>
        <source>This is not the sandbox issuer&apos;s ready line: it should be a JSON object listing &quot;issuers&quot;.</source>
        <translation>サンドボックス発行者の起動通知ではありません。「issuers」を含む JSON オブジェクトである必要があります。</translation>
    </message>
    <message numerus="yes">
        <source>The issuer &quot;%1&quot; is used by %n connection(s); disconnect them before removing it.</source>
        <translation>
            <numerusform>発行者「%1」は %n 件の連携で使われています。削除する前に、それらの連携を解除してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The issuer id &quot;%1&quot; is already linked with %2 (connection %3); this profile names %4. Meisai did not replace it, since the linked connections&apos; tokens would then go to another server. If it really is the same issuer now, replace it: the linked connections are revoked at %2 first.</source>
        <translation>発行者 ID「%1」は、すでに %2 と連携しています（連携 %3）。このプロファイルが示す発行者は %4 です。置き換えると連携中のトークンが別のサーバーへ送られることになるため、「明細」は置き換えませんでした。本当に同じ発行者である場合は、置き換えを選んでください。その場合、既存の連携は先に %2 で取り消します。</translation>
    </message>
</context>
<context>
    <name>meisai::IssuerProbe</name>
    <message>
        <source>The discovery address must be an HTTPS URL, such as https://auth.example-card.jp/.well-known/oauth-authorization-server.</source>
        <translation>ディスカバリーのアドレスは、https://auth.example-card.jp/.well-known/oauth-authorization-server のような HTTPS の URL で指定してください。</translation>
    </message>
    <message>
        <source>%1 did not return a discovery document (HTTP %2).</source>
        <translation>%1 はディスカバリー文書を返しませんでした（HTTP %2）。</translation>
    </message>
    <message>
        <source>%1 is not a discovery document: it names no &quot;issuer&quot;.</source>
        <translation>%1 はディスカバリー文書ではありません（&quot;issuer&quot; がありません）。</translation>
    </message>
    <message>
        <source>The discovery document at %1 names the issuer %2, which it does not belong to (RFC 8414 §3.3). Nothing was added.</source>
        <translation>%1 のディスカバリー文書は、その URL に属さない発行者 %2 を名乗っています（RFC 8414 §3.3）。何も追加していません。</translation>
    </message>
    <message>
        <source>api_base_url: the card API&apos;s base URL, so that Meisai can read the statements (the discovery document names none).</source>
        <translation>api_base_url: 「明細」がご利用明細を読み込むためのカード API のベース URL（ディスカバリー文書に記載がありません）。</translation>
    </message>
    <message>
        <source>client_id: %1 offers dynamic client registration (RFC 7591), which this version of Meisai does not use yet; ask the issuer for a client id for Meisai.</source>
        <translation>client_id: %1 は動的クライアント登録（RFC 7591）に対応していますが、このバージョンの「明細」はまだ使いません。「明細」用のクライアント ID を発行者から受け取ってください。</translation>
    </message>
    <message>
        <source>scopes: the issuer does not offer &quot;%1&quot; (it offers: %2).</source>
        <translation>scopes: 発行者は「%1」を提供していません（提供しているもの：%2）。</translation>
    </message>
</context>
<context>
    <name>meisai::IssuerProfile</name>
    <message>
        <source>The issuer profile is not a JSON object (%1).</source>
        <translation>発行者プロファイルが JSON オブジェクトではありません（%1）。</translation>
    </message>
    <message>
        <source>The issuer profile has format %1; this version of Meisai reads format %2.</source>
        <translation>発行者プロファイルの形式は %1 ですが、このバージョンの「明細」が読めるのは形式 %2 です。</translation>
    </message>
    <message>
        <source>The issuer profile &quot;%1&quot; is not valid: %2</source>
        <translation>発行者プロファイル「%1」が正しくありません：%2</translation>
    </message>
    <message>
        <source>Only a sandbox profile can be completed from the sandbox issuer.</source>
        <translation>サンドボックス発行者から完成させられるのは、サンドボックスのプロファイルだけです。</translation>
    </message>
    <message>
        <source>The sandbox does not offer the issuer &quot;%1&quot;.</source>
        <translation>サンドボックスには「%1」という発行者がありません。</translation>
    </message>
    <message>
        <source>The sandbox&apos;s certificate authority %1 could not be read: %2</source>
        <translation>サンドボックスの認証局 %1 を読み込めませんでした：%2</translation>
    </message>
    <message>
        <source>The certificate authority of the issuer profile &quot;%1&quot; is not a PEM certificate.</source>
        <translation>発行者プロファイル「%1」の認証局が PEM 形式の証明書ではありません。</translation>
    </message>
    <message>
        <source>id: lower-case letters, digits and hyphens, such as &quot;example-card&quot;.</source>
        <translation>id: 英小文字・数字・ハイフンで指定してください（例：&quot;example-card&quot;）。</translation>
    </message>
    <message>
        <source>display_name: the name people know the issuer by is required.</source>
        <translation>display_name: 利用者に見せる発行者の名称が必要です。</translation>
    </message>
    <message>
        <source>client_id: the client id the issuer registered for Meisai is required.</source>
        <translation>client_id: 発行者が「明細」に発行したクライアント ID が必要です。</translation>
    </message>
    <message>
        <source>redirect_path: an absolute path such as /callback, without query or fragment.</source>
        <translation>redirect_path: /callback のような絶対パスで、クエリやフラグメントを含めないでください。</translation>
    </message>
    <message>
        <source>scopes: at least one scope is required.</source>
        <translation>scopes: スコープが 1 つ以上必要です。</translation>
    </message>
    <message>
        <source>scopes: the scope name &quot;%1&quot; is not valid (no spaces, quotes or backslashes).</source>
        <translation>scopes: スコープ名「%1」は使えません（空白・引用符・バックスラッシュは使えません）。</translation>
    </message>
    <message>
        <source>scopes: &quot;%1&quot; is listed twice.</source>
        <translation>scopes: 「%1」が 2 回指定されています。</translation>
    </message>
    <message>
        <source>scopes[].purpose: %1 need a purpose that tells the user why Meisai asks for it.</source>
        <translation>scopes[].purpose: %1 には、「明細」がなぜその権限を求めるのかを利用者に伝える利用目的が必要です。</translation>
    </message>
    <message>
        <source>consent_days: a number of days from 1 to 3650.</source>
        <translation>consent_days: 1〜3650 の日数で指定してください。</translation>
    </message>
    <message>
        <source>disclosures.legal_name: the issuer&apos;s legal name is required.</source>
        <translation>disclosures.legal_name: 発行者の正式な社名が必要です。</translation>
    </message>
    <message>
        <source>disclosures.inquiry_contact: where the user asks about the account (a name, phone, e-mail or web page) is required.</source>
        <translation>disclosures.inquiry_contact: 利用者がアカウントについて問い合わせる窓口（名称・電話番号・メールアドレス・Web ページのいずれか）が必要です。</translation>
    </message>
    <message>
        <source>api_base_url: must be an HTTPS URL.</source>
        <translation>api_base_url: HTTPS の URL で指定してください。</translation>
    </message>
    <message>
        <source>issuer: the issuer identifier (an HTTPS URL) is required.</source>
        <translation>issuer: 発行者識別子（HTTPS の URL）が必要です。</translation>
    </message>
    <message>
        <source>issuer: must be an HTTPS URL without query or fragment.</source>
        <translation>issuer: クエリやフラグメントのない HTTPS の URL で指定してください。</translation>
    </message>
    <message>
        <source>discovery_url: must be an HTTPS URL.</source>
        <translation>discovery_url: HTTPS の URL で指定してください。</translation>
    </message>
    <message>
        <source>discovery_url or endpoints: either the discovery URL or the authorization and token endpoints are required.</source>
        <translation>discovery_url または endpoints: ディスカバリー URL か、認可エンドポイントとトークンエンドポイントのどちらかが必要です。</translation>
    </message>
    <message>
        <source>endpoints.authorization: must use HTTPS.</source>
        <translation>endpoints.authorization: HTTPS を使ってください。</translation>
    </message>
    <message>
        <source>endpoints: %1 must use HTTPS.</source>
        <translation>endpoints: %1 は HTTPS を使ってください。</translation>
    </message>
    <message>
        <source>(without an id)</source>
        <translation>（ID なし）</translation>
    </message>
    <message>
        <source>The issuer profile &quot;%1&quot; is not valid:</source>
        <translation>発行者プロファイル「%1」には次の問題があります：</translation>
    </message>
</context>
<context>
    <name>meisai::IssuerProfileFile</name>
    <message>
        <source>%1 is not a usable issuer profile:</source>
        <translation>%1 は発行者プロファイルとして使えません：</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み込めませんでした：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB; an issuer profile is a few kilobytes.</source>
        <translation>%1 は 1 MiB を超えています。発行者プロファイルは数 KB の大きさです。</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2 at byte %3.</source>
        <translation>%1 は JSON ではありません：%3 バイト目で %2。</translation>
    </message>
    <message>
        <source>%1 is not a JSON object; an issuer profile is one object (format 1).</source>
        <translation>%1 は JSON オブジェクトではありません。発行者プロファイルは 1 つのオブジェクトです（形式 1）。</translation>
    </message>
    <message>
        <source>issuer: a sandbox template cannot be imported; add the running sandbox&apos;s issuers with meisai-cli issuer add.</source>
        <translation>issuer: サンドボックスのテンプレートは取り込めません。起動中のサンドボックスの発行者を meisai-cli issuer add で追加してください。</translation>
    </message>
</context>
<context>
    <name>meisai::Keychain</name>
    <message>
        <source>the keychain did not answer within %1 seconds</source>
        <translation>キーチェーンが %1 秒以内に応答しませんでした</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1). Meisai never stores the vault key unprotected. Start your keychain (for example GNOME Keyring or KWallet) and try again, or use passphrase mode instead: the vault key is then derived from a passphrase you type (--passphrase, or MEISAI_PASSPHRASE for scripts).</source>
        <translation>システムのキーチェーンを使用できませんでした（%1）。「明細」が保管庫の鍵を保護せずに保存することはありません。キーチェーン（GNOME Keyring や KWallet など）を起動してやり直すか、パスフレーズモードをご利用ください。パスフレーズモードでは、入力したパスフレーズから保管庫の鍵を導出します（--passphrase、スクリプトでは MEISAI_PASSPHRASE）。</translation>
    </message>
    <message>
        <source>The key of this vault is not in the system keychain (entry &quot;%1&quot; of service &quot;%2&quot;). Without it the vault cannot be opened; restore the keychain entry or a backup.</source>
        <translation>この保管庫の鍵がシステムのキーチェーンにありません（サービス「%2」の項目「%1」）。鍵がないと保管庫を開けません。キーチェーンの項目またはバックアップを復元してください。</translation>
    </message>
    <message>
        <source>The vault key in the system keychain is damaged (wrong length).</source>
        <translation>システムのキーチェーンにある保管庫の鍵が破損しています（長さが不正です）。</translation>
    </message>
</context>
<context>
    <name>meisai::LinkFlow</name>
    <message>
        <source>%1 does not offer the permission &quot;%2&quot;.</source>
        <translation>%1 は権限「%2」を提供していません。</translation>
    </message>
    <message>
        <source>Meisai cannot work without the permission &quot;%1&quot;.</source>
        <translation>「明細」の動作には権限「%1」が必要です。</translation>
    </message>
    <message>
        <source>The connection to renew does not exist for %1.</source>
        <translation>%1 に更新する連携がありません。</translation>
    </message>
    <message>
        <source>The sign-in at the issuer was not completed within 10 minutes. Start again.</source>
        <translation>発行者でのログインが 10 分以内に完了しませんでした。もう一度やり直してください。</translation>
    </message>
    <message>
        <source>Nobody is waiting for this answer.</source>
        <translation>この応答を待っている処理はありません。</translation>
    </message>
    <message>
        <source>Not for this sign-in</source>
        <translation>このログインへの応答ではありません</translation>
    </message>
    <message>
        <source>If you are linking an account, finish the sign-in in the browser tab Meisai opened.</source>
        <translation>アカウントを連携中の場合は、「明細」が開いたブラウザーのタブでログインを完了してください。</translation>
    </message>
    <message>
        <source>The link was not made</source>
        <translation>連携できませんでした</translation>
    </message>
    <message>
        <source>You can close this tab and return to Meisai.</source>
        <translation>このタブを閉じて「明細」に戻ってください。</translation>
    </message>
    <message>
        <source>Back to Meisai</source>
        <translation>「明細」に戻る</translation>
    </message>
    <message>
        <source>Meisai received the issuer&apos;s answer and is finishing the link. You can close this tab and return to Meisai.</source>
        <translation>発行者からの応答を受け取り、連携を完了しています。このタブを閉じて「明細」に戻ってください。</translation>
    </message>
    <message>
        <source>The connection to renew no longer exists.</source>
        <translation>更新する連携はもう存在しません。</translation>
    </message>
    <message>
        <source>The link was cancelled.</source>
        <translation>連携を取り消しました。</translation>
    </message>
    <message>
        <source>This connection was linked with %1, but the issuer &quot;%2&quot; is now %3. It cannot be renewed at another server; link a new connection instead.</source>
        <translation>この連携は %1 と結んだものですが、発行者「%2」は現在 %3 になっています。別のサーバーで更新することはできません。新しく連携してください。</translation>
    </message>
</context>
<context>
    <name>meisai::LoopbackReceiver</name>
    <message>
        <source>Meisai could not open a local port to receive the issuer&apos;s answer: %1</source>
        <translation>発行者からの応答を受け取るローカルポートを開けませんでした：%1</translation>
    </message>
    <message>
        <source>This page does not exist.</source>
        <translation>このページは存在しません。</translation>
    </message>
    <message>
        <source>Only GET requests are accepted here.</source>
        <translation>ここでは GET 要求のみ受け付けます。</translation>
    </message>
    <message>
        <source>The request took too long.</source>
        <translation>要求に時間がかかりすぎました。</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>要求が大きすぎます。</translation>
    </message>
    <message>
        <source>The request could not be understood.</source>
        <translation>要求を解釈できませんでした。</translation>
    </message>
    <message>
        <source>Meisai</source>
        <translation>明細</translation>
    </message>
    <message>
        <source>Nobody is waiting for this answer.</source>
        <translation>この応答を待っている処理はありません。</translation>
    </message>
    <message>
        <source>en</source>
        <comment>HTML lang attribute</comment>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>meisai::OAuthContext</name>
    <message>
        <source>%1 is a sandbox issuer that has not been added yet: start the sandbox and add it first.</source>
        <translation>%1 はまだ追加されていないサンドボックスの発行者です。サンドボックスを起動して、先に追加してください。</translation>
    </message>
    <message>
        <source>This connection no longer exists.</source>
        <translation>この連携はもう存在しません。</translation>
    </message>
</context>
<context>
    <name>meisai::PanGuard</name>
    <message>
        <source>The issuer&apos;s answer to %1 holds a full card number in %2, a field that identifies a record. Meisai could not replace it with a private fingerprint here, so the whole answer was dropped; nothing from it was stored.</source>
        <translation>%1 へのカード会社の応答で、記録を識別する項目 %2 にカード番号の全桁が含まれていました。ここでは非公開の識別値に置き換えられないため、応答全体を破棄しました。応答の内容は何も保存していません。</translation>
    </message>
</context>
<context>
    <name>meisai::PassphraseKdf</name>
    <message>
        <source>The passphrase is empty.</source>
        <translation>パスフレーズが入力されていません。</translation>
    </message>
    <message>
        <source>The key could not be derived from the passphrase (%1).</source>
        <translation>パスフレーズから鍵を導出できませんでした（%1）。</translation>
    </message>
</context>
<context>
    <name>meisai::PasswordCheck</name>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is why the passphrase is refused, %2 what to do instead (Japanese joins sentences without a space)</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>パスフレーズが入力されていません。</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>パスフレーズが短すぎます。%1 文字以上にしてください。</translation>
    </message>
    <message>
        <source>The passphrase is built on a name you use elsewhere (your name, the profile or an issuer), which is easy to guess.</source>
        <translation>パスフレーズにほかで使われている名前（お名前、プロファイル名、発行者名）が含まれており、推測されやすくなっています。</translation>
    </message>
    <message>
        <source>The passphrase is made of common words, names, dates or keyboard patterns and would be guessed quickly.</source>
        <translation>パスフレーズがよく使われる単語・名前・日付・キーボードの並びでできており、すぐに推測されてしまいます。</translation>
    </message>
    <message>
        <source>The passphrase would be guessed too quickly.</source>
        <translation>このパスフレーズはすぐに推測されてしまいます。</translation>
    </message>
    <message>
        <source>Use four or more unrelated words, or a long random password from a password manager. Do not reuse the password of your card issuer or of any other service.</source>
        <translation>関連のない 4 つ以上の単語を組み合わせるか、パスワード管理ソフトで作成した長いランダムなパスワードを使ってください。カード発行者やほかのサービスのパスワードは使い回さないでください。</translation>
    </message>
</context>
<context>
    <name>meisai::Profile</name>
    <message>
        <source>The profile in %1 has a vault but no profile.json; it cannot be opened safely.</source>
        <translation>%1 のプロファイルには保管庫がありますが profile.json がないため、安全に開けません。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み込めませんでした：%2</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 が破損しています。</translation>
    </message>
    <message>
        <source>The passphrase settings in %1 are missing or weaker than Meisai allows.</source>
        <translation>%1 のパスフレーズ設定がないか、「明細」が許容する強度を下回っています。</translation>
    </message>
    <message>
        <source>The profile folder %1 could not be created.</source>
        <translation>プロファイルのフォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>The profile folder %1 could not be made private.</source>
        <translation>プロファイルのフォルダー %1 のアクセス権を制限できませんでした。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 に書き込めませんでした：%2</translation>
    </message>
</context>
<context>
    <name>meisai::RefreshLock</name>
    <message>
        <source>Meisai could not create the folder %1 for its locks.</source>
        <translation>「明細」はロック用のフォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Meisai could not open its lock file %1: %2</source>
        <translation>「明細」はロックファイル %1 を開けませんでした：%2</translation>
    </message>
    <message>
        <source>Meisai could not lock %1: %2</source>
        <translation>「明細」は %1 をロックできませんでした：%2</translation>
    </message>
    <message>
        <source>Another Meisai program is renewing this connection&apos;s access and did not finish within %1 seconds. Try again in a moment.</source>
        <translation>別の「明細」のプログラムがこの連携のアクセスを更新中で、%1 秒以内に終わりませんでした。しばらくしてからもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>meisai::Revoker</name>
    <message>
        <source>This connection does not exist.</source>
        <translation>この連携は存在しません。</translation>
    </message>
</context>
<context>
    <name>meisai::SyncEngine</name>
    <message>
        <source>The sync was stopped.</source>
        <translation>同期を停止しました。</translation>
    </message>
    <message>
        <source>This connection no longer exists.</source>
        <translation>この連携はもう存在しません。</translation>
    </message>
    <message>
        <source>This connection needs to be connected again.</source>
        <translation>この連携は再連携が必要です。</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s.</source>
        <translation>%1 %2 秒後に再試行します。</translation>
    </message>
    <message>
        <source>The transactions could not be stored: %1</source>
        <translation>ご利用明細を保存できませんでした：%1</translation>
    </message>
    <message>
        <source>waiting to start</source>
        <translation>開始待ち</translation>
    </message>
    <message>
        <source>reading cards</source>
        <translation>カード情報を取得中</translation>
    </message>
    <message>
        <source>reading transactions</source>
        <translation>ご利用明細を取得中</translation>
    </message>
    <message>
        <source>reading statements</source>
        <translation>ご請求情報を取得中</translation>
    </message>
    <message>
        <source>reading limits</source>
        <translation>ご利用可能額を取得中</translation>
    </message>
    <message>
        <source>reading notices</source>
        <translation>お知らせを取得中</translation>
    </message>
    <message>
        <source>waiting before trying again</source>
        <translation>再試行まで待機中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>issuer under maintenance</source>
        <translation>発行者がメンテナンス中</translation>
    </message>
    <message>
        <source>needs to be connected again</source>
        <translation>再連携が必要</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message numerus="yes">
        <source>The sync of %1 took longer than %n minute(s), the limit of one sync, and was stopped. What was stored stays, and the next sync continues from there.</source>
        <translation>
            <numerusform>%1 の同期が 1 回の同期の上限である %n 分を超えたため、停止しました。保存済みの内容はそのまま残り、次回の同期はその続きから行います。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sync of %1 took longer than %n second(s), the limit of one sync, and was stopped. What was stored stays, and the next sync continues from there.</source>
        <translation>
            <numerusform>%1 の同期が 1 回の同期の上限である %n 秒を超えたため、停止しました。保存済みの内容はそのまま残り、次回の同期はその続きから行います。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 kept sending more pages of transactions: Meisai stopped this sync after %2 pages, the limit of one sync. What was stored stays, and the next sync continues from there.</source>
        <translation>%1 が利用明細のページを送り続けたため、「明細」は 1 回の同期の上限である %2 ページでこの同期を停止しました。保存済みの内容はそのまま残り、次回の同期はその続きから行います。</translation>
    </message>
    <message>
        <source>%1 sent a page key it had already sent while listing the transactions of the card &quot;%2&quot;, so its pages would never end. Meisai stopped this sync; what was stored before stays.</source>
        <translation>%1 がカード「%2」の利用明細を送る途中で、送信済みのページキーを再び送ってきたため、ページが終わりません。「明細」はこの同期を停止しました。それまでに保存した内容はそのまま残ります。</translation>
    </message>
    <message>
        <source>Notice: &quot;%1&quot;</source>
        <translation>お知らせ：「%1」</translation>
    </message>
</context>
<context>
    <name>meisai::TokenClient</name>
    <message>
        <source>%1 is under maintenance. Try again later.</source>
        <translation>%1 はメンテナンス中です。しばらくしてからやり直してください。</translation>
    </message>
    <message>
        <source>%1 asks Meisai to slow down. Try again later.</source>
        <translation>%1 からアクセスの頻度を下げるよう求められました。しばらくしてからやり直してください。</translation>
    </message>
    <message>
        <source>%1 answered the token request with HTTP status %2.</source>
        <translation>%1 がトークン要求に HTTP ステータス %2 で応答しました。</translation>
    </message>
    <message>
        <source>%1 sent a token answer Meisai cannot use: %2</source>
        <translation>%1 から送られたトークンの応答は使用できません：%2</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>the access token is missing.</source>
        <translation>アクセストークンがありません。</translation>
    </message>
    <message>
        <source>the token type &quot;%1&quot; is not supported (Bearer expected).</source>
        <translation>トークン種別「%1」には対応していません（Bearer が必要です）。</translation>
    </message>
    <message>
        <source>expires_in is not a positive whole number of seconds.</source>
        <translation>expires_in が正の整数（秒）ではありません。</translation>
    </message>
    <message>
        <source>the refresh token is malformed.</source>
        <translation>リフレッシュトークンの形式が正しくありません。</translation>
    </message>
    <message>
        <source>%1 offers no way for Meisai to revoke access; stop it at the issuer&apos;s own site.</source>
        <translation>%1 には「明細」から権限を取り消す手段がありません。発行者自身のサイトで停止してください。</translation>
    </message>
    <message>
        <source>%1 did not confirm the revocation (HTTP %2).</source>
        <translation>%1 が権限の取消しを確認しませんでした（HTTP %2）。</translation>
    </message>
</context>
<context>
    <name>meisai::TokenManager</name>
    <message>
        <source>This connection no longer exists.</source>
        <translation>この連携はもう存在しません。</translation>
    </message>
    <message>
        <source>This connection needs to be connected again before it can be used.</source>
        <translation>この連携を使うには、あらためて連携する必要があります。</translation>
    </message>
    <message>
        <source>This connection is not active.</source>
        <translation>この連携は有効ではありません。</translation>
    </message>
    <message>
        <source>This connection holds no tokens; connect it again.</source>
        <translation>この連携にはトークンがありません。あらためて連携してください。</translation>
    </message>
    <message>
        <source>The connection was disconnected.</source>
        <translation>連携は解除されました。</translation>
    </message>
    <message>
        <source>The access has expired and the issuer gave no way to renew it. Connect again.</source>
        <translation>アクセス権限の期限が切れ、発行者から更新の手段が提供されていません。あらためて連携してください。</translation>
    </message>
    <message>
        <source>Your consent for this connection has expired. Connect again to renew it.</source>
        <translation>この連携への同意の有効期限が切れました。あらためて連携して更新してください。</translation>
    </message>
</context>
<context>
    <name>meisai::Vault</name>
    <message>
        <source>This vault was written by a newer version of Meisai (schema %1, this version knows %2). Update Meisai to open it.</source>
        <translation>この保管庫は新しいバージョンの「明細」で作成されています（スキーマ %1、このバージョンは %2 まで対応）。開くには「明細」を更新してください。</translation>
    </message>
    <message>
        <source>There is no Meisai profile in %1.</source>
        <translation>%1 に「明細」のプロファイルがありません。</translation>
    </message>
    <message>
        <source>This vault is protected by a passphrase. Enter it to unlock the vault.</source>
        <translation>この保管庫はパスフレーズで保護されています。パスフレーズを入力してロックを解除してください。</translation>
    </message>
    <message>
        <source>The passphrase is not correct for this vault.</source>
        <translation>この保管庫のパスフレーズが正しくありません。</translation>
    </message>
    <message>
        <source>The vault key does not match this database. The keychain entry for this profile may have been replaced; restore it, or restore the vault from a backup.</source>
        <translation>保管庫の鍵がこのデータベースと一致しません。このプロファイルのキーチェーンの項目が置き換えられた可能性があります。項目を復元するか、バックアップから保管庫を復元してください。</translation>
    </message>
</context>
<context>
    <name>meisai::Vocabulary</name>
    <message>
        <source>Confirmed</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>未確定</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Principal cardholder</source>
        <translation>本会員</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>家族会員</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>1回払い</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>ボーナス払い</translation>
    </message>
    <message>
        <source>Bonus combined</source>
        <translation>ボーナス併用払い</translation>
    </message>
    <message>
        <source>Installments</source>
        <translation>分割払い</translation>
    </message>
    <message>
        <source>Revolving</source>
        <translation>リボ払い</translation>
    </message>
    <message>
        <source>Not yet confirmed</source>
        <translation>未確定</translation>
    </message>
    <message>
        <source>Nothing billed</source>
        <translation>請求なし</translation>
    </message>
    <message>
        <source>Security notice</source>
        <translation>セキュリティに関するお知らせ</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>メンテナンス</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Linking</source>
        <translation>連携手続き中</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>連携中</translation>
    </message>
    <message>
        <source>Needs reconnecting</source>
        <translation>再連携が必要</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>連携解除済み</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>New</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>カード情報</translation>
    </message>
    <message>
        <source>Card transactions</source>
        <translation>カードの利用明細</translation>
    </message>
    <message>
        <source>Monthly statements</source>
        <translation>毎月のご請求</translation>
    </message>
    <message>
        <source>Credit limit and available credit</source>
        <translation>ご利用枠とご利用可能額</translation>
    </message>
</context>
<context>
    <name>meisai::cli::Cli</name>
    <message>
        <source>Output format: table (default), csv or json.</source>
        <translation>出力形式：table（既定）、csv、json のいずれか。</translation>
    </message>
    <message>
        <source>The profile folder (default: $MEISAI_PROFILE_DIR, else $XDG_DATA_HOME/meisai/profiles/default).</source>
        <translation>プロファイルのフォルダー（既定：$MEISAI_PROFILE_DIR、未設定なら $XDG_DATA_HOME/meisai/profiles/default）。</translation>
    </message>
    <message>
        <source>Use passphrase mode: ask for the passphrase on the terminal (or read MEISAI_PASSPHRASE) instead of using the keychain.</source>
        <translation>パスフレーズモードを使用します。キーチェーンの代わりに、パスフレーズを端末で入力します（または MEISAI_PASSPHRASE から読み取ります）。</translation>
    </message>
    <message>
        <source>The language of messages and help: ja or en (default: from the locale, LANG or LC_MESSAGES).</source>
        <translation>メッセージとヘルプの言語：ja または en（既定：LANG や LC_MESSAGES のロケールに従う）。</translation>
    </message>
    <message>
        <source>Show help (for a command: COMMAND --help).</source>
        <translation>ヘルプを表示します（コマンドのヘルプは COMMAND --help）。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>List the issuers Meisai knows (bundled and added).</source>
        <translation>利用できる発行者（同梱のものと追加したもの）を一覧表示します。</translation>
    </message>
    <message>
        <source>Add an issuer from its discovery document and its public profile (/v1/profile).</source>
        <translation>ディスカバリー文書と公開プロファイル（/v1/profile）から発行者を追加します。</translation>
    </message>
    <message>
        <source>The issuer&apos;s discovery URL (RFC 8414 or OpenID).</source>
        <translation>発行者のディスカバリー URL（RFC 8414 または OpenID）。</translation>
    </message>
    <message>
        <source>The client id the issuer gave Meisai.</source>
        <translation>発行者が「明細」に発行したクライアント ID。</translation>
    </message>
    <message>
        <source>A PEM file of CA certificates trusted for this issuer only.</source>
        <translation>この発行者に限って信頼する CA 証明書の PEM ファイル。</translation>
    </message>
    <message>
        <source>A scope to ask for (repeatable; default: all the issuer offers of cards:read, transactions:read, statements:read, limits:read).</source>
        <translation>要求するスコープ（複数指定可。既定：cards:read、transactions:read、statements:read、limits:read のうち発行者が提供するものすべて）。</translation>
    </message>
    <message>
        <source>The id to register the issuer under (default: from its profile).</source>
        <translation>発行者を登録する ID（既定：プロファイルの ID）。</translation>
    </message>
    <message>
        <source>Link an account at ISSUER: prints the authorization URL as the first line, opens the browser and waits for the issuer to send the browser back.</source>
        <translation>ISSUER のアカウントと連携します。認可 URL を 1 行目に出力してブラウザーを開き、発行者からブラウザーが戻されるのを待ちます。</translation>
    </message>
    <message>
        <source>Do not open a browser; open the printed URL yourself.</source>
        <translation>ブラウザーを開きません。出力された URL をご自身で開いてください。</translation>
    </message>
    <message>
        <source>Ask for this scope only (repeatable).</source>
        <translation>このスコープだけを要求します（複数指定可）。</translation>
    </message>
    <message>
        <source>Renew this connection instead of adding one.</source>
        <translation>連携を追加せず、この連携を更新します。</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 600).</source>
        <translation>この秒数が過ぎたら中止します（既定 600）。</translation>
    </message>
    <message>
        <source>List the linked accounts and their state.</source>
        <translation>連携しているアカウントとその状態を一覧表示します。</translation>
    </message>
    <message>
        <source>Fetch cards, transactions, statements, limits and notices (all connections, or one). Progress goes to stderr.</source>
        <translation>カード、ご利用明細、ご請求、利用可能枠、お知らせを取得します（すべての連携、または 1 つ）。進捗は標準エラー出力に表示します。</translation>
    </message>
    <message>
        <source>List stored transactions.</source>
        <translation>保存済みのご利用明細を一覧表示します。</translation>
    </message>
    <message>
        <source>Only those billed in this month (支払月).</source>
        <translation>この月（支払月）に請求されるものだけ。</translation>
    </message>
    <message>
        <source>Only this card.</source>
        <translation>このカードだけ。</translation>
    </message>
    <message>
        <source>Only this connection.</source>
        <translation>この連携だけ。</translation>
    </message>
    <message>
        <source>List monthly statements, with the total of the stored transactions beside the issuer&apos;s.</source>
        <translation>月ごとのご請求を、発行者の合計と保存済みご利用明細の合計を並べて一覧表示します。</translation>
    </message>
    <message>
        <source>Only this billing month.</source>
        <translation>この請求月だけ。</translation>
    </message>
    <message>
        <source>List open alerts: what happened, what to do, whom to contact. &apos;ack ID&apos; or &apos;resolve ID&apos; changes one.</source>
        <translation>未解決の警告（発生した事象、対処方法、連絡先）を一覧表示します。「ack ID」または「resolve ID」で警告の状態を変更します。</translation>
    </message>
    <message>
        <source>Include resolved alerts.</source>
        <translation>解決済みの警告も含めます。</translation>
    </message>
    <message>
        <source>Show the API execution log, or verify its hash chain.</source>
        <translation>API 実行記録を表示するか、そのハッシュチェーンを検証します。</translation>
    </message>
    <message>
        <source>Check that no row was altered, inserted or removed.</source>
        <translation>行の改ざん・挿入・削除がないことを確認します。</translation>
    </message>
    <message>
        <source>Show the newest N rows (default 50; 0: all).</source>
        <translation>最新の N 行を表示します（既定 50、0 はすべて）。</translation>
    </message>
    <message>
        <source>Disconnect: revoke the grant at the issuer (RFC 7009), delete the local tokens and stop syncing.</source>
        <translation>連携を解除します。発行者での認可を取り消し（RFC 7009）、このコンピューターのトークンを削除して同期を停止します。</translation>
    </message>
    <message>
        <source>Revoke every connection.</source>
        <translation>すべての連携を解除します。</translation>
    </message>
    <message>
        <source>Usage: meisai-cli [--profile-dir DIR] [--passphrase] [--language ja|en] COMMAND [ARGS…]</source>
        <translation>使い方：meisai-cli [--profile-dir DIR] [--passphrase] [--language ja|en] COMMAND [ARGS…]</translation>
    </message>
    <message>
        <source>Statements from card issuers&apos; open APIs (Payments Japan API guideline), on the command line.</source>
        <translation>カード発行者のオープン API（Payments Japan の API ガイドライン）からご利用明細を取得するコマンドラインツールです。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド：</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>共通オプション：</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>環境変数：</translation>
    </message>
    <message>
        <source>The profile folder, when --profile-dir is not given.</source>
        <translation>--profile-dir を指定しないときのプロファイルのフォルダー。</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>終了コード：</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>the command line is wrong</source>
        <translation>コマンドラインの誤り</translation>
    </message>
    <message>
        <source>the vault is locked or unavailable (keychain, passphrase, no profile)</source>
        <translation>保管庫がロックされているか使用できない（キーチェーン、パスフレーズ、プロファイルなし）</translation>
    </message>
    <message>
        <source>a connection needs to be linked again (its grant is gone)</source>
        <translation>再連携が必要な連携がある（認可が失われた）</translation>
    </message>
    <message>
        <source>the audit log failed verification</source>
        <translation>API 実行記録の検証に失敗した</translation>
    </message>
    <message>
        <source>no such issuer, connection or alert</source>
        <translation>該当する発行者、連携、警告がない</translation>
    </message>
    <message>
        <source>linking was denied, cancelled or timed out</source>
        <translation>連携が拒否された、取り消された、またはタイムアウトした</translation>
    </message>
    <message>
        <source>any other failure (database, disk)</source>
        <translation>その他の失敗（データベース、ディスク）</translation>
    </message>
    <message>
        <source>See docs/cli.md for examples.</source>
        <translation>使用例は docs/cli.md をご覧ください。</translation>
    </message>
    <message>
        <source>Usage: meisai-cli [global options] </source>
        <translation>使い方：meisai-cli [共通オプション] </translation>
    </message>
    <message>
        <source> [options]</source>
        <translation> [オプション]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション：</translation>
    </message>
    <message>
        <source>Run meisai-cli --help for the global options and the exit codes.</source>
        <translation>共通オプションと終了コードは meisai-cli --help で確認できます。</translation>
    </message>
    <message>
        <source>There is no command &quot;%1&quot;. Run meisai-cli --help to see the commands.</source>
        <translation>「%1」というコマンドはありません。コマンドの一覧は meisai-cli --help で確認できます。</translation>
    </message>
    <message>
        <source>Run meisai-cli %1 --help to see its options.</source>
        <translation>オプションは meisai-cli %1 --help で確認できます。</translation>
    </message>
    <message>
        <source>Run meisai-cli --help to see the options.</source>
        <translation>オプションは meisai-cli --help で確認できます。</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>問題が発生しました。</translation>
    </message>
    <message>
        <source>There is no Meisai profile in %1 yet. Add an issuer (meisai-cli issuer add) or link an account (meisai-cli link ISSUER) to create it, or give the right --profile-dir.</source>
        <translation>%1 にはまだ「明細」のプロファイルがありません。発行者を追加する（meisai-cli issuer add）か、アカウントと連携する（meisai-cli link ISSUER）と作成されます。または、正しい --profile-dir を指定してください。</translation>
    </message>
    <message>
        <source>This vault&apos;s key is in the system keychain, not derived from a passphrase. Run the command without --passphrase.</source>
        <translation>この保管庫の鍵はパスフレーズから導出したものではなく、システムのキーチェーンにあります。--passphrase を付けずにコマンドを実行してください。</translation>
    </message>
    <message>
        <source>Vault passphrase: </source>
        <translation>保管庫のパスフレーズ：</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>パスフレーズ（確認）：</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was created.</source>
        <translation>2 つのパスフレーズが一致しません。何も作成していません。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table, csv or json.</source>
        <translation>「%1」という形式はありません。table、csv、json のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>There is no connection &quot;%1&quot;. Run meisai-cli connections to see them.</source>
        <translation>「%1」という連携はありません。連携の一覧は meisai-cli connections で確認できます。</translation>
    </message>
    <message>
        <source>Several connections are linked to %1; give the connection&apos;s number instead (see meisai-cli connections).</source>
        <translation>%1 には複数の連携があります。代わりに連携の番号を指定してください（meisai-cli connections で確認できます）。</translation>
    </message>
    <message>
        <source>issuer add takes options only: --discovery URL --client-id ID [--ca FILE] [--scope S]…</source>
        <translation>issuer add に指定できるのはオプションだけです：--discovery URL --client-id ID [--ca FILE] [--scope S]…</translation>
    </message>
    <message>
        <source>--discovery needs the issuer&apos;s discovery URL, starting with https://.</source>
        <translation>--discovery には、https:// で始まる発行者のディスカバリー URL を指定してください。</translation>
    </message>
    <message>
        <source>--id may hold lower-case letters, digits and hyphens only.</source>
        <translation>--id に使えるのは英小文字、数字、ハイフンだけです。</translation>
    </message>
    <message>
        <source>Fetching %1 …</source>
        <translation>%1 を取得しています…</translation>
    </message>
    <message>
        <source>Added issuer %1: %2</source>
        <translation>発行者 %1 を追加しました：%2</translation>
    </message>
    <message>
        <source>Company: </source>
        <translation>商号：</translation>
    </message>
    <message>
        <source>Issuer: </source>
        <translation>発行者：</translation>
    </message>
    <message>
        <source>Scopes: </source>
        <translation>スコープ：</translation>
    </message>
    <message>
        <source>Inquiries: </source>
        <translation>お問い合わせ：</translation>
    </message>
    <message>
        <source>Fraud and incidents: </source>
        <translation>不正利用・事故：</translation>
    </message>
    <message>
        <source>This is a sandbox issuer: test data only.</source>
        <translation>これはサンドボックスの発行者です（テストデータのみ）。</translation>
    </message>
    <message>
        <source>Link an account with: meisai-cli link %1</source>
        <translation>アカウントとの連携：meisai-cli link %1</translation>
    </message>
    <message>
        <source>%1 (%2), a connector, not the issuer</source>
        <translation>発行者ではなく API 接続先の %1（%2）</translation>
    </message>
    <message>
        <source>Meisai, a connector, not the issuer</source>
        <translation>発行者ではなく API 接続先の「明細」</translation>
    </message>
    <message>
        <source>Data provided by %1 through their card API v1</source>
        <translation>データ提供：%1（カード API v1）</translation>
    </message>
    <message>
        <source>, last fetched %1</source>
        <translation>、最終取得 %1</translation>
    </message>
    <message>
        <source>; shown by %1.</source>
        <translation>。表示：%1。</translation>
    </message>
    <message>
        <source>issuers takes no arguments.</source>
        <translation>issuers に引数は指定できません。</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Issuer URL</source>
        <translation>発行者 URL</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>利用可能</translation>
    </message>
    <message>
        <source>template: needs the sandbox&apos;s address</source>
        <translation>ひな形（サンドボックスのアドレスが必要）</translation>
    </message>
    <message>
        <source> (sandbox)</source>
        <translation>・サンドボックス</translation>
    </message>
    <message>
        <source>link needs the issuer&apos;s id, e.g. meisai-cli link hoshizora-card (see meisai-cli issuers).</source>
        <translation>link には発行者の ID を指定してください。例：meisai-cli link hoshizora-card（ID は meisai-cli issuers で確認できます）。</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 3600.</source>
        <translation>--timeout には 1 から 3600 までの秒数を指定してください。</translation>
    </message>
    <message>
        <source>Meisai does not know the issuer &quot;%1&quot;. Run meisai-cli issuers to see the ones it knows, or add it with meisai-cli issuer add.</source>
        <translation>「%1」という発行者は登録されていません。登録済みの発行者は meisai-cli issuers で確認できます。追加するには meisai-cli issuer add を使用してください。</translation>
    </message>
    <message>
        <source>%1 is a sandbox template: add the running sandbox&apos;s issuer first with meisai-cli issuer add --discovery URL --client-id ID --ca FILE.</source>
        <translation>%1 はサンドボックスのひな形です。先に、実行中のサンドボックスの発行者を meisai-cli issuer add --discovery URL --client-id ID --ca FILE で追加してください。</translation>
    </message>
    <message>
        <source>Open the address above in your browser and sign in at %1.</source>
        <translation>上のアドレスをブラウザーで開き、%1 にログインしてください。</translation>
    </message>
    <message>
        <source>Your browser should open at %1&apos;s sign-in page; if it does not, open the address above.</source>
        <translation>ブラウザーで %1 のログインページが開きます。開かない場合は、上のアドレスを開いてください。</translation>
    </message>
    <message>
        <source>Waiting up to %1 seconds… (Ctrl+C cancels)</source>
        <translation>最大 %1 秒待機しています…（Ctrl+C で中止）</translation>
    </message>
    <message>
        <source>No browser could be opened (xdg-open failed or is missing): open the address above yourself.</source>
        <translation>ブラウザーを開けませんでした（xdg-open が失敗したか、見つかりません）。上のアドレスをご自身で開いてください。</translation>
    </message>
    <message>
        <source>The issuer answered; finishing the link…</source>
        <translation>発行者から応答がありました。連携を完了しています…</translation>
    </message>
    <message>
        <source>The sign-in at the issuer was not completed within %1 seconds. Nothing was linked; start again.</source>
        <translation>発行者でのログインが %1 秒以内に完了しませんでした。連携していません。最初からやり直してください。</translation>
    </message>
    <message>
        <source>Linked %1 as connection %2.</source>
        <translation>%1 と連携しました（連携 %2）。</translation>
    </message>
    <message>
        <source>Granted scopes: </source>
        <translation>許可されたスコープ：</translation>
    </message>
    <message>
        <source> (not granted: %1)</source>
        <translation>（許可されなかったスコープ：%1）</translation>
    </message>
    <message>
        <source>Consent valid until: </source>
        <translation>同意の有効期限：</translation>
    </message>
    <message>
        <source>To stop access at any time: meisai-cli revoke %1</source>
        <translation>アクセスはいつでも停止できます：meisai-cli revoke %1</translation>
    </message>
    <message>
        <source>revoke needs one connection (its number or issuer id) or --all.</source>
        <translation>revoke には連携を 1 つ（番号または発行者 ID）、または --all を指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>Local tokens deleted for %n connection(s); syncing them has stopped.</source>
        <translation>
            <numerusform>%n 件の連携について、このコンピューターのトークンを削除し、同期を停止しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The issuers confirmed %n token(s) revoked.</source>
        <translation>
            <numerusform>発行者が %n 件のトークンの取消しを確認しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) could not be revoked at the issuer yet; Meisai keeps them queued (encrypted) and tries again on the next run of meisai-cli sync or revoke.</source>
        <translation>
            <numerusform>%n 件のトークンはまだ発行者で取り消せていません。暗号化して保持し、次に meisai-cli sync または revoke を実行したときに再試行します。</numerusform>
        </translation>
    </message>
    <message>
        <source>sync takes at most one connection (its number or issuer id).</source>
        <translation>sync に指定できる連携は 1 つまで（番号または発行者 ID）です。</translation>
    </message>
    <message>
        <source>--retry-wait-cap-ms needs a number of milliseconds.</source>
        <translation>--retry-wait-cap-ms にはミリ秒数を指定してください。</translation>
    </message>
    <message>
        <source>Connection %1 was revoked; link the account again to sync it.</source>
        <translation>連携 %1 は解除されています。同期するには、アカウントと再度連携してください。</translation>
    </message>
    <message>
        <source>Connection %1 needs to be linked again before it can sync: meisai-cli link %2 --reconnect %1</source>
        <translation>連携 %1 を同期するには再連携が必要です：meisai-cli link %2 --reconnect %1</translation>
    </message>
    <message>
        <source>, card %1 of %2</source>
        <translation>、カード %1/%2</translation>
    </message>
    <message>
        <source>, %1 transactions in %2 pages</source>
        <translation>、ご利用明細 %1 件（%2 ページ）</translation>
    </message>
    <message>
        <source>No active connections to sync. Link an account with: meisai-cli link ISSUER</source>
        <translation>同期する有効な連携がありません。アカウントとの連携：meisai-cli link ISSUER</translation>
    </message>
    <message>
        <source>%1 cards, %2 new, %3 updated, %4 unchanged transactions, %5 statements</source>
        <translation>カード %1 枚、ご利用明細 新規 %2 件・更新 %3 件・変更なし %4 件、ご請求 %5 件</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>注意：</translation>
    </message>
    <message>
        <source>%1: try again after %2.</source>
        <translation>%1: %2 以降に再試行してください。</translation>
    </message>
    <message>
        <source>%1: the connection needs to be linked again: meisai-cli link %2 --reconnect %3</source>
        <translation>%1: 再連携が必要です：meisai-cli link %2 --reconnect %3</translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s): see meisai-cli alerts</source>
        <translation>
            <numerusform>未解決の警告が %n 件あります：meisai-cli alerts で確認してください</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync took %1 s.</source>
        <translation>同期に %1 秒かかりました。</translation>
    </message>
    <message>
        <source>The passphrase is too long (1024 bytes at most).</source>
        <translation>パスフレーズが長すぎます（1024 バイトまで）。</translation>
    </message>
    <message>
        <source>No passphrase was entered.</source>
        <translation>パスフレーズが入力されませんでした。</translation>
    </message>
    <message>
        <source>connections takes no arguments.</source>
        <translation>connections に引数は指定できません。</translation>
    </message>
    <message>
        <source>No connections yet. Link an account with: meisai-cli link ISSUER</source>
        <translation>まだ連携がありません。アカウントとの連携：meisai-cli link ISSUER</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Granted scopes</source>
        <translation>許可されたスコープ</translation>
    </message>
    <message>
        <source>Consent until</source>
        <translation>同意の有効期限</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>最終同期</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>直近のエラー</translation>
    </message>
    <message>
        <source> (asked: %1)</source>
        <translation>（要求：%1）</translation>
    </message>
    <message>
        <source>transactions takes no arguments; use --month, --card or --connection to filter.</source>
        <translation>transactions に引数は指定できません。絞り込むには --month、--card、--connection を使用してください。</translation>
    </message>
    <message>
        <source>--month needs a month as YYYY-MM, e.g. 2026-03.</source>
        <translation>--month には月を YYYY-MM 形式で指定してください（例：2026-03）。</translation>
    </message>
    <message>
        <source>No transactions match.</source>
        <translation>該当するご利用明細はありません。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>ご利用日</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>ご利用店名</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>ご利用金額</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>お支払金額</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>支払区分</translation>
    </message>
    <message>
        <source>Foreign</source>
        <translation>現地通貨額</translation>
    </message>
    <message>
        <source>%1 transactions, %2 in total (cancelled ones left out).</source>
        <translation>ご利用明細 %1 件、合計 %2（取消分を除く）。</translation>
    </message>
    <message>
        <source>statements takes no arguments; use --month, --card or --connection to filter.</source>
        <translation>statements に引数は指定できません。絞り込むには --month、--card、--connection を使用してください。</translation>
    </message>
    <message>
        <source>No statements yet. Run meisai-cli sync to fetch them.</source>
        <translation>ご請求情報はまだありません。meisai-cli sync で取得してください。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>請求月</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>締め日</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>お支払日</translation>
    </message>
    <message>
        <source>New usage</source>
        <translation>今回ご利用額</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Stored items total</source>
        <translation>保存済み明細の合計</translation>
    </message>
    <message>
        <source> (differs)</source>
        <translation>（不一致）</translation>
    </message>
    <message>
        <source>Use: meisai-cli alerts [--all], meisai-cli alerts ack ID, or meisai-cli alerts resolve ID.</source>
        <translation>使い方：meisai-cli alerts [--all]、meisai-cli alerts ack ID、または meisai-cli alerts resolve ID。</translation>
    </message>
    <message>
        <source>An alert is named by its number, as shown by meisai-cli alerts.</source>
        <translation>警告は、meisai-cli alerts に表示される番号で指定してください。</translation>
    </message>
    <message>
        <source>There is no alert %1.</source>
        <translation>警告 %1 はありません。</translation>
    </message>
    <message>
        <source>Alert %1 acknowledged.</source>
        <translation>警告 %1 を確認済みにしました。</translation>
    </message>
    <message>
        <source>Alert %1 resolved.</source>
        <translation>警告 %1 を解決済みにしました。</translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation>未解決の警告はありません。</translation>
    </message>
    <message>
        <source> (connection %1)</source>
        <translation>（連携 %1）</translation>
    </message>
    <message>
        <source>What happened: </source>
        <translation>発生した事象：</translation>
    </message>
    <message>
        <source>What to do: </source>
        <translation>対処方法：</translation>
    </message>
    <message>
        <source>Contact: </source>
        <translation>連絡先：</translation>
    </message>
    <message>
        <source>audit takes no arguments.</source>
        <translation>audit に引数は指定できません。</translation>
    </message>
    <message>
        <source>--limit needs a number of rows (0 for all).</source>
        <translation>--limit には行数を指定してください（0 はすべて）。</translation>
    </message>
    <message>
        <source>The audit log has been altered: %1 Rows checked: %2, first bad row: %3.</source>
        <translation>API 実行記録が改ざんされています：%1 確認した行数：%2、最初の不正な行：%3。</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 rows checked.</source>
        <translation>API 実行記録に改ざんはありません（%1 行を確認）。</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>API 実行記録は空です。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Conn</source>
        <translation>連携</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Interaction id</source>
        <translation>インタラクション ID</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>There is no language &quot;%1&quot;: use ja or en.</source>
        <translation>「%1」という言語はありません。ja または en を指定してください。</translation>
    </message>
    <message>
        <source>Warning: core dumps could not be turned off for this process.</source>
        <translation>警告：このプロセスのコアダンプを無効にできませんでした。</translation>
    </message>
    <message>
        <source>This passphrase is too weak for a new vault: %1 Nothing was created.</source>
        <translation>新しい保管庫のパスフレーズとしては弱すぎます。%1何も作成していません。</translation>
    </message>
    <message>
        <source>If connections of this id were linked with another issuer, revoke them there and register this one.</source>
        <translation>この ID の連携が別の発行者と結ばれている場合、その発行者で連携を取り消してから、これを登録します。</translation>
    </message>
    <message>
        <source>Write what the issuer publishes to FILE as a profile to complete and import, instead of adding it.</source>
        <translation>追加する代わりに、発行者が公開している情報を、補って取り込むためのプロファイルとして FILE に書き出します。</translation>
    </message>
    <message>
        <source>Add an issuer from a profile file (format 1, docs/issuer-profiles.md): for issuers that publish only standard metadata.</source>
        <translation>プロファイルファイル（形式 1、docs/issuer-profiles.md）から発行者を追加します。標準のメタデータしか公開していない発行者向けです。</translation>
    </message>
    <message>
        <source>Do not fetch the issuer&apos;s discovery document to check the profile.</source>
        <translation>プロファイルの確認のために発行者のディスカバリー文書を取得しません。</translation>
    </message>
    <message>
        <source>Services: </source>
        <translation>サービス：</translation>
    </message>
    <message>
        <source>Card API: </source>
        <translation>カード API: </translation>
    </message>
    <message>
        <source>none given: linking works, syncing does not</source>
        <translation>指定なし（連携はできますが、同期はできません）</translation>
    </message>
    <message>
        <source>Client id: </source>
        <translation>クライアント ID: </translation>
    </message>
    <message>
        <source>, optional</source>
        <translation>、任意</translation>
    </message>
    <message>
        <source>Service hours: </source>
        <translation>サービス時間：</translation>
    </message>
    <message>
        <source>Notes: </source>
        <translation>備考：</translation>
    </message>
    <message>
        <source>Run the same command with --replace to do so.</source>
        <translation>置き換えるには、同じコマンドに --replace を付けて実行してください。</translation>
    </message>
    <message numerus="yes">
        <source>Revoked connection %1 at %2 first: %n token(s) confirmed revoked there.</source>
        <translation>
            <numerusform>先に %2 で連携 %1 を取り消しました（%n 件のトークンの失効を確認）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) could not be revoked at the old issuer yet; they stay queued for it and are never sent to the new one.</source>
        <translation>
            <numerusform>%n 件のトークンは、まだ以前の発行者で失効できていません。以前の発行者向けに待機させたままにし、新しい発行者へは決して送りません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaced issuer %1: %2</source>
        <translation>発行者 %1 を置き換えました：%2</translation>
    </message>
    <message>
        <source>%1 exists already; --draft writes a new file only.</source>
        <translation>%1 はすでにあります。--draft は新しいファイルにしか書き出しません。</translation>
    </message>
    <message>
        <source>The draft could not be written to %1: %2</source>
        <translation>下書きを %1 に書き出せませんでした：%2</translation>
    </message>
    <message>
        <source>Wrote a draft profile of %1 to %2.</source>
        <translation>%1 のプロファイルの下書きを %2 に書き出しました。</translation>
    </message>
    <message>
        <source>Fill in:</source>
        <translation>次の項目を記入してください：</translation>
    </message>
    <message>
        <source>Then add it with: meisai-cli issuer import %1</source>
        <translation>記入後、次のコマンドで追加します：meisai-cli issuer import %1</translation>
    </message>
    <message>
        <source>%1 does not give everything Meisai needs.</source>
        <translation>%1 からは、「明細」に必要な情報の一部しか得られません。</translation>
    </message>
    <message>
        <source>%1 publishes only standard metadata (no card API profile), so issuer add cannot fill in everything Meisai must show you before linking.</source>
        <translation>%1 は標準のメタデータしか公開していない（カード API のプロファイルがない）ため、issuer add では、連携の前に「明細」がお客さまに示すべき情報をすべては埋められません。</translation>
    </message>
    <message>
        <source>A profile file must supply:</source>
        <translation>プロファイルファイルで次の項目を補ってください：</translation>
    </message>
    <message>
        <source>Write one with what the issuer publishes by adding --draft FILE to this command, complete it, and add it with meisai-cli issuer import FILE (docs/issuer-profiles.md).</source>
        <translation>このコマンドに --draft FILE を付けると、発行者が公開している情報を書き込んだファイルができます。それを補って、meisai-cli issuer import FILE で追加してください（docs/issuer-profiles.md）。</translation>
    </message>
    <message>
        <source>issuer import needs one profile file, e.g. meisai-cli issuer import example-card.json.</source>
        <translation>issuer import にはプロファイルファイルを 1 つ指定してください（例：meisai-cli issuer import example-card.json）。</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is not part of format 1 and was ignored (a typo?).</source>
        <translation>%1: 項目「%2」は形式 1 にないため無視しました（入力ミスではありませんか）。</translation>
    </message>
    <message>
        <source>Checking %1 …</source>
        <translation>%1 を確認しています…</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>何も追加していません。</translation>
    </message>
    <message>
        <source>The issuer could not be reached to check the profile (%1); it is added all the same and checked again when you link.</source>
        <translation>プロファイルを確認するための発行者への接続ができませんでした（%1）。このまま追加し、連携するときにもう一度確認します。</translation>
    </message>
    <message>
        <source>Passphrase mode, reading the passphrase from file descriptor FD (up to the first newline), e.g. a pipe from a password manager.</source>
        <translation>パスフレーズモードを使用し、パスフレーズをファイル記述子 FD から（最初の改行まで）読み取ります。パスワード管理ソフトからのパイプなどに使います。</translation>
    </message>
    <message>
        <source>The vault passphrase (passphrase mode without a prompt, for scripts; --passphrase-fd is safer). Removed from the process as soon as it starts.</source>
        <translation>保管庫のパスフレーズ（入力を求めないパスフレーズモード。スクリプト用。--passphrase-fd のほうが安全です）。起動直後にプロセスから消去されます。</translation>
    </message>
    <message>
        <source>--passphrase-fd needs the number of an open file descriptor.</source>
        <translation>--passphrase-fd には、開いているファイル記述子の番号を指定してください。</translation>
    </message>
    <message>
        <source>There is no terminal to ask for the passphrase on. In a script, give it with --passphrase-fd or MEISAI_PASSPHRASE.</source>
        <translation>パスフレーズを入力する端末がありません。スクリプトでは --passphrase-fd か MEISAI_PASSPHRASE で渡してください。</translation>
    </message>
    <message>
        <source>--passphrase-fd %1 is not an open file descriptor.</source>
        <translation>--passphrase-fd %1 は開いているファイル記述子ではありません。</translation>
    </message>
    <message>
        <source>The passphrase could not be read from file descriptor %1.</source>
        <translation>ファイル記述子 %1 からパスフレーズを読み取れませんでした。</translation>
    </message>
    <message>
        <source>File descriptor %1 gave an empty passphrase.</source>
        <translation>ファイル記述子 %1 から読み取ったパスフレーズが空です。</translation>
    </message>
    <message>
        <source>Warning: freed memory of this process is not overwritten; copies of tokens may stay readable in its memory.</source>
        <translation>警告：このプロセスでは解放したメモリが上書きされません。トークンの写しがメモリ上に読み取れる形で残るおそれがあります。</translation>
    </message>
    <message>
        <source>a network or issuer error (incl. maintenance and rate limits)</source>
        <translation>ネットワークまたは発行者のエラー（メンテナンス中、リクエスト数の制限を含む）</translation>
    </message>
    <message>
        <source>refused: a sign-in answer or a discovery document did not come from the issuer chosen (state or iss mismatch)</source>
        <translation>拒否：サインインの応答またはディスカバリー文書が、選んだ発行者から来たものではない（state または iss の不一致）</translation>
    </message>
    <message>
        <source>refused: a server claimed the id of an issuer a connection is linked with</source>
        <translation>拒否：連携済みの発行者の ID を別のサーバーが名乗った</translation>
    </message>
    <message>
        <source>refused: the issuer&apos;s certificate is not trusted or the secure connection failed</source>
        <translation>拒否：発行者の証明書が信頼できない、または安全な接続に失敗した</translation>
    </message>
    <message>
        <source>It was refused; Meisai keeps waiting for the answer of the sign-in it started.</source>
        <translation>この応答は拒否しました。「明細」は、開始したサインインの応答を引き続き待っています。</translation>
    </message>
    <message>
        <source>Read the backup passphrase from file descriptor FD (up to the first newline) instead of asking on the terminal.</source>
        <translation>バックアップのパスフレーズを、端末で尋ねる代わりにファイル記述子 FD から読み取ります（最初の改行まで）。</translation>
    </message>
    <message>
        <source>--backup-passphrase-fd needs the number of an open file descriptor.</source>
        <translation>--backup-passphrase-fd には、開いているファイル記述子の番号を指定してください。</translation>
    </message>
    <message>
        <source>Backup passphrase: </source>
        <translation>バックアップのパスフレーズ：</translation>
    </message>
    <message>
        <source>Repeat the backup passphrase: </source>
        <translation>バックアップのパスフレーズ（確認）：</translation>
    </message>
    <message>
        <source>The two passphrases differ. No backup was written.</source>
        <translation>2 つのパスフレーズが一致しません。バックアップは作成していません。</translation>
    </message>
    <message>
        <source>backup create needs the file to write: meisai-cli backup create FILE</source>
        <translation>backup create には書き込むファイルを指定してください：meisai-cli backup create FILE</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name (a backup never overwrites a file).</source>
        <translation>%1 はすでに存在します。新しいファイル名を指定してください（バックアップが既存のファイルを上書きすることはありません）。</translation>
    </message>
    <message>
        <source>This backup passphrase is too weak: %1 No backup was written.</source>
        <translation>このバックアップのパスフレーズは推測されやすすぎます。%1バックアップは作成していません。</translation>
    </message>
    <message>
        <source>Backup written to %1, with the connections&apos; tokens: keep the file and its passphrase apart.</source>
        <translation>%1 にバックアップを作成しました。連携のトークンを含むため、ファイルとパスフレーズは別々に保管してください。</translation>
    </message>
    <message>
        <source>Backup written to %1, without tokens: connections restored from it are linked again.</source>
        <translation>%1 にバックアップを作成しました。トークンは含まないため、復元した連携はもう一度連携します。</translation>
    </message>
    <message>
        <source>backup verify needs the backup file: meisai-cli backup verify FILE</source>
        <translation>backup verify にはバックアップのファイルを指定してください：meisai-cli backup verify FILE</translation>
    </message>
    <message>
        <source>The backup is complete and opens with this passphrase. Made %1; %2 connections, %3 transactions, %4 statements, %5 rows of the execution log; %6.</source>
        <translation>バックアップは完全で、このパスフレーズで開けます。作成日時 %1、連携 %2 件、利用明細 %3 件、請求 %4 件、API 実行ログ %5 行、%6。</translation>
    </message>
    <message>
        <source>with tokens</source>
        <translation>トークンあり</translation>
    </message>
    <message>
        <source>without tokens</source>
        <translation>トークンなし</translation>
    </message>
    <message>
        <source>backup restore needs the backup file: meisai-cli backup restore FILE</source>
        <translation>backup restore にはバックアップのファイルを指定してください：meisai-cli backup restore FILE</translation>
    </message>
    <message>
        <source>%1 already holds a Meisai profile; restore into an empty folder (--profile-dir).</source>
        <translation>%1 にはすでに「明細」のプロファイルがあります。空のフォルダーに復元してください（--profile-dir）。</translation>
    </message>
    <message>
        <source>Restored into %1.</source>
        <translation>%1 に復元しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) came without tokens: link them again with meisai-cli link ISSUER --reconnect CONNECTION; their history is kept.</source>
        <translation>
            <numerusform>%n 件の連携はトークンなしで復元されました。meisai-cli link ISSUER --reconnect CONNECTION でもう一度連携してください。これまでの履歴は残ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Write an encrypted backup of the vault to FILE (a backup passphrase of its own; tokens only with --with-tokens).</source>
        <translation>保管庫を暗号化したバックアップを FILE に書き込みます（バックアップ専用のパスフレーズを使います。トークンは --with-tokens のときだけ含めます）。</translation>
    </message>
    <message>
        <source>Include the connections&apos; tokens: whoever has the file and its passphrase can then read your accounts. Without them, restored connections are linked again.</source>
        <translation>連携のトークンを含めます。ファイルとパスフレーズを持つ人は誰でもお客さまの口座情報を読めるようになります。含めない場合、復元した連携はもう一度連携します。</translation>
    </message>
    <message>
        <source>Check that FILE is a complete backup that this passphrase opens, and say what it holds.</source>
        <translation>FILE が完全なバックアップで、このパスフレーズで開けることを確かめ、内容を表示します。</translation>
    </message>
    <message>
        <source>Restore FILE into the profile folder, which must not hold a profile yet.</source>
        <translation>FILE をプロファイルのフォルダーに復元します（まだプロファイルがないフォルダーに限ります）。</translation>
    </message>
    <message>
        <source>A backup passphrase is needed, and there is no terminal to ask for it on: give it with --backup-passphrase-fd. Nothing was written.</source>
        <translation>バックアップのパスフレーズが必要ですが、尋ねるための端末がありません。--backup-passphrase-fd で指定してください。何も書き込んでいません。</translation>
    </message>
</context>
<context>
    <name>meisai::ui::ActivityPage</name>
    <message>
        <source>Activity log</source>
        <translation>操作履歴</translation>
    </message>
    <message>
        <source>Every call Meisai made to an issuer and every change to a connection, with the interaction ID the issuer can look up. The log is chained so changes to it can be detected.</source>
        <translation>「明細」が発行者に対して行ったすべての API 呼び出しと連携の変更を、発行者側で照会できるインタラクション ID とともに記録しています。記録は連鎖して保存されるため、改ざんを検出できます。</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>絞り込み(&amp;F)</translation>
    </message>
    <message>
        <source>Issuer, operation, result or interaction ID</source>
        <translation>発行者・操作・結果・インタラクション ID</translation>
    </message>
    <message>
        <source>Filter the activity log</source>
        <translation>操作履歴を絞り込む</translation>
    </message>
    <message>
        <source>&amp;Verify integrity</source>
        <translation>改ざんの有無を確認(&amp;V)</translation>
    </message>
    <message>
        <source>Verify the integrity of the activity log</source>
        <translation>操作履歴に改ざんがないか確認する</translation>
    </message>
    <message>
        <source>Could not check the log: %1</source>
        <translation>履歴を確認できませんでした：%1</translation>
    </message>
    <message numerus="yes">
        <source>✔ The activity log is intact (%n entries checked).</source>
        <translation>
            <numerusform>✔ 操作履歴に改ざんはありません（%n 件を確認）。</numerusform>
        </translation>
    </message>
    <message>
        <source>✘ The activity log was altered at entry %1. %2 Contact %3.</source>
        <translation>✘ 操作履歴の %1 番目の記録が改ざんされています。%2 %3 までご連絡ください。</translation>
    </message>
</context>
<context>
    <name>meisai::ui::AddIssuerDialog</name>
    <message>
        <source>Add an issuer — Meisai</source>
        <translation>発行者の追加 — 明細</translation>
    </message>
    <message>
        <source>%1 — a screen of %2, not of your card issuer</source>
        <translation>%1 — %2 の画面です（カード発行者の画面ではありません）</translation>
    </message>
    <message>
        <source>Add an issuer</source>
        <translation>発行者を追加</translation>
    </message>
    <message>
        <source>Meisai can link any issuer that follows the open API standards. Tell Meisai how to reach the issuer; you check what the issuer says about itself before it is added. Adding an issuer shares nothing: you link your account afterwards.</source>
        <translation>「明細」は、オープン API の標準に沿った発行者であれば連携できます。発行者への接続方法を「明細」に教えてください。追加する前に、発行者が名乗っている内容をご確認いただけます。発行者を追加しても、何も共有されません。アカウントの連携はそのあとで行います。</translation>
    </message>
    <message>
        <source>From a &amp;profile file</source>
        <translation>プロファイルファイルから(&amp;P)</translation>
    </message>
    <message>
        <source>The issuer, or whoever set up Meisai for you, gave you a Meisai issuer profile (a .json file).</source>
        <translation>発行者、または「明細」を設定した方から、「明細」用の発行者プロファイル（.json ファイル）を受け取っている場合。</translation>
    </message>
    <message>
        <source>From the issuer&apos;s &amp;discovery address</source>
        <translation>発行者のディスカバリーアドレスから(&amp;D)</translation>
    </message>
    <message>
        <source>The issuer publishes its sign-in settings at an address such as https://auth.example-card.jp/.well-known/oauth-authorization-server. Meisai reads them, and you fill in what the issuer does not publish.</source>
        <translation>発行者は、https://auth.example-card.jp/.well-known/oauth-authorization-server のようなアドレスでログインの設定を公開しています。「明細」がそれを読み込み、発行者が公開していない情報はお客さまが記入します。</translation>
    </message>
    <message>
        <source>Add an issuer from a profile file</source>
        <translation>プロファイルファイルから発行者を追加</translation>
    </message>
    <message>
        <source>Meisai reads the file and checks it against what the issuer publishes now. A certificate file named in it is looked for next to the profile file and kept with the issuer.</source>
        <translation>「明細」はファイルを読み込み、発行者が現在公開している内容と照合します。ファイルに記載された証明書ファイルはプロファイルファイルと同じ場所から探し、発行者の情報と一緒に保管します。</translation>
    </message>
    <message>
        <source>&amp;Profile file:</source>
        <translation>プロファイルファイル(&amp;P):</translation>
    </message>
    <message>
        <source>for example, ~/example-card.json</source>
        <translation>例：~/example-card.json</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>参照(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose the profile file</source>
        <translation>プロファイルファイルを選ぶ</translation>
    </message>
    <message>
        <source>Add an issuer from its discovery address</source>
        <translation>ディスカバリーアドレスから発行者を追加</translation>
    </message>
    <message>
        <source>The issuer gives these to connectors such as Meisai. Meisai reads only what the issuer publishes to everyone; you do not sign in here.</source>
        <translation>これらは発行者が「明細」のような接続事業者に伝える情報です。「明細」は、発行者が誰にでも公開している情報だけを読み込みます。ここでログインすることはありません。</translation>
    </message>
    <message>
        <source>D&amp;iscovery address:</source>
        <translation>ディスカバリーアドレス(&amp;I):</translation>
    </message>
    <message>
        <source>https://auth.example-card.jp/.well-known/oauth-authorization-server</source>
        <translation>https://auth.example-card.jp/.well-known/oauth-authorization-server</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>クライアント ID(&amp;C):</translation>
    </message>
    <message>
        <source>the client ID the issuer registered for Meisai</source>
        <translation>発行者が「明細」に発行したクライアント ID</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>CA 証明書(&amp;A):</translation>
    </message>
    <message>
        <source>optional: only for an issuer with its own certificate authority</source>
        <translation>任意：独自の認証局を使う発行者の場合のみ</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>参照(&amp;W)…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>CA 証明書ファイルを選ぶ</translation>
    </message>
    <message>
        <source>&amp;Local name:</source>
        <translation>ローカル名(&amp;L):</translation>
    </message>
    <message>
        <source>optional: lower-case letters, digits and hyphens; else the issuer&apos;s own</source>
        <translation>任意：英小文字・数字・ハイフン（省略すると発行者自身の名前）</translation>
    </message>
    <message>
        <source>Fill in what the issuer does not publish</source>
        <translation>発行者が公開していない情報を記入</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Local na&amp;me:</source>
        <translation>ローカル名(&amp;M):</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>クライアント ID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>表示名(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>正式な社名(&amp;L):</translation>
    </message>
    <message>
        <source>Inquiry des&amp;k:</source>
        <translation>問い合わせ窓口(&amp;K):</translation>
    </message>
    <message>
        <source>Inquiry &amp;phone:</source>
        <translation>問い合わせ電話番号(&amp;P):</translation>
    </message>
    <message>
        <source>Inquiry &amp;e-mail:</source>
        <translation>問い合わせメール(&amp;E):</translation>
    </message>
    <message>
        <source>Inquiry &amp;web page:</source>
        <translation>問い合わせ Web ページ(&amp;W):</translation>
    </message>
    <message>
        <source>Card &amp;API address:</source>
        <translation>カード API のアドレス(&amp;A):</translation>
    </message>
    <message>
        <source>Display name in Japanese</source>
        <translation>表示名（日本語）</translation>
    </message>
    <message>
        <source>Display name in English</source>
        <translation>表示名（英語）</translation>
    </message>
    <message>
        <source>Legal name in Japanese</source>
        <translation>正式な社名（日本語）</translation>
    </message>
    <message>
        <source>Legal name in English</source>
        <translation>正式な社名（英語）</translation>
    </message>
    <message>
        <source>Inquiry desk in Japanese</source>
        <translation>問い合わせ窓口（日本語）</translation>
    </message>
    <message>
        <source>Inquiry desk in English</source>
        <translation>問い合わせ窓口（英語）</translation>
    </message>
    <message>
        <source>lower-case letters, digits and hyphens</source>
        <translation>英小文字・数字・ハイフン</translation>
    </message>
    <message>
        <source>e.g. 0120-000-000</source>
        <translation>例：0120-000-000</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>https://… (Meisai reads the statements there)</source>
        <translation>https://…（「明細」はここから明細データを読み込みます）</translation>
    </message>
    <message>
        <source>Access Meisai asks for, and why</source>
        <translation>「明細」が求めるアクセスとその理由</translation>
    </message>
    <message>
        <source>Tick only the access Meisai needs. Each purpose is shown on Meisai&apos;s consent screen before you link.</source>
        <translation>「明細」に必要なアクセスだけにチェックを入れてください。それぞれの利用目的は、連携の前に「明細」の同意画面に表示されます。</translation>
    </message>
    <message>
        <source>Purpose in Japanese</source>
        <translation>利用目的（日本語）</translation>
    </message>
    <message>
        <source>Purpose in English</source>
        <translation>利用目的（英語）</translation>
    </message>
    <message>
        <source>Ask for %1</source>
        <translation>%1 を求める</translation>
    </message>
    <message>
        <source>Purpose of %1 in Japanese</source>
        <translation>%1 の利用目的（日本語）</translation>
    </message>
    <message>
        <source>Purpose of %1 in English</source>
        <translation>%1 の利用目的（英語）</translation>
    </message>
    <message>
        <source>Check the issuer before adding it</source>
        <translation>追加する前に発行者を確認</translation>
    </message>
    <message>
        <source>This is what the profile says about the issuer. Meisai shows it to you before every link; make sure it is the company you mean and that these are its real contacts.</source>
        <translation>プロファイルに書かれた発行者の情報です。「明細」は連携のたびにこれを表示します。お考えの会社であること、正しい連絡先であることをご確認ください。</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Add the issuer</source>
        <translation>発行者を追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Replace and revoke the linked connections</source>
        <translation>置き換えて、既存の連携を取り消す(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>No card API address is given: you can link this issuer, but Meisai cannot read statements from it.</source>
        <translation>カード API のアドレスがありません。この発行者と連携はできますが、明細データは読み込めません。</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>読み込む(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Read the profile file</source>
        <translation>プロファイルファイルを読み込む</translation>
    </message>
    <message>
        <source>Read the discovery address</source>
        <translation>ディスカバリーアドレスを読み込む</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Choose an issuer profile</source>
        <translation>発行者プロファイルを選ぶ</translation>
    </message>
    <message>
        <source>Issuer profiles (*.json);;All files (*)</source>
        <translation>発行者プロファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Choose the issuer&apos;s CA certificate</source>
        <translation>発行者の CA 証明書を選ぶ</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 証明書 (*.pem *.crt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Choose the issuer&apos;s profile file first.</source>
        <translation>先に発行者のプロファイルファイルを選んでください。</translation>
    </message>
    <message>
        <source>%1 is not a usable issuer profile. Nothing was added. Ask whoever gave it to you to correct:</source>
        <translation>%1 は発行者プロファイルとして使えません。何も追加していません。ファイルを受け取った相手に、次の点の修正を依頼してください：</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not part of profile format 1 and was ignored (a typo?).</source>
        <translation>項目「%1」はプロファイル形式 1 にないため無視しました（入力ミスではありませんか）。</translation>
    </message>
    <message>
        <source>Checking the profile against what %1 publishes…</source>
        <translation>%1 が公開している内容とプロファイルを照合しています…</translation>
    </message>
    <message>
        <source>The issuer does not confirm this profile. Nothing was added.</source>
        <translation>発行者の公開内容がこのプロファイルと一致しません。何も追加していません。</translation>
    </message>
    <message>
        <source>The issuer could not be reached to check the profile (%1). You can add it all the same; Meisai checks it again when you link.</source>
        <translation>プロファイルを確認するための発行者への接続ができませんでした（%1）。このまま追加することもできます。連携するときに、「明細」がもう一度確認します。</translation>
    </message>
    <message>
        <source>Enter the issuer&apos;s discovery address, starting with https://.</source>
        <translation>発行者のディスカバリーアドレスを、https:// から入力してください。</translation>
    </message>
    <message>
        <source>The local name may hold lower-case letters, digits and hyphens only.</source>
        <translation>ローカル名には英小文字・数字・ハイフンだけが使えます。</translation>
    </message>
    <message>
        <source>The CA certificate %1 does not exist.</source>
        <translation>CA 証明書 %1 が見つかりません。</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>Meisai could not read what the issuer publishes. Nothing was added.</source>
        <translation>発行者が公開している情報を読み込めませんでした。何も追加していません。</translation>
    </message>
    <message>
        <source>Meisai read the sign-in settings of %1 and the public profile of its card API. Check what was filled in and add what is missing.</source>
        <translation>%1 のログイン設定と、カード API の公開プロフィールを読み込みました。記入された内容を確認し、足りない項目を補ってください。</translation>
    </message>
    <message>
        <source>Meisai read the sign-in settings of %1. The issuer publishes nothing about itself there, so fill in who it is and how to contact it, from the issuer&apos;s own documents.</source>
        <translation>%1 のログイン設定を読み込みました。発行者自身についての情報は公開されていないため、発行者の資料をもとに、会社名と連絡先を記入してください。</translation>
    </message>
    <message>
        <source>api_base_url: &quot;%1&quot; is not an address; it starts with https://.</source>
        <translation>api_base_url: 「%1」はアドレスではありません。https:// から始まるアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Nothing is missing. Choose Next to check the issuer&apos;s details.</source>
        <translation>不足している項目はありません。「次へ」で発行者の情報を確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>Still missing or not valid (%n):</source>
        <translation>
            <numerusform>まだ不足している、または正しくない項目（%n 件）：</numerusform>
        </translation>
    </message>
    <message>
        <source>What is still missing</source>
        <translation>まだ不足している項目</translation>
    </message>
    <message>
        <source>Without a card API address you can link this issuer, but Meisai cannot read statements from it.</source>
        <translation>カード API のアドレスがないと、この発行者と連携はできますが、明細データは読み込めません。</translation>
    </message>
    <message>
        <source>The system&apos;s certificate authorities only</source>
        <translation>システムの認証局のみ</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2), trusted for this issuer only</source>
        <translation>%1（SHA-256 %2）、この発行者に対してのみ信頼</translation>
    </message>
    <message>
        <source>%1 (local name: %2)</source>
        <translation>%1（ローカル名：%2）</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>A sandbox issuer: test data only, for trying Meisai out.</source>
        <translation>サンドボックスの発行者です。「明細」を試すためのテストデータのみを扱います。</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Issuer address</source>
        <translation>発行者のアドレス</translation>
    </message>
    <message>
        <source>Discovery address</source>
        <translation>ディスカバリーアドレス</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>ログインページ</translation>
    </message>
    <message>
        <source>Card API</source>
        <translation>カード API</translation>
    </message>
    <message>
        <source>%1 (named by the issuer&apos;s discovery document)</source>
        <translation>%1（発行者のディスカバリー文書による）</translation>
    </message>
    <message>
        <source>none given: linking works, reading statements does not</source>
        <translation>指定なし（連携はできますが、明細データは読み込めません）</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>%1 — %2 (optional)</source>
        <translation>%1 — %2（任意）</translation>
    </message>
    <message>
        <source>Access asked for</source>
        <translation>求めるアクセス</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>お問い合わせ</translation>
    </message>
    <message>
        <source>Fraud and security</source>
        <translation>不正利用・セキュリティ</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>Service hours</source>
        <translation>サービス時間</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Consent lasts at most</source>
        <translation>同意の有効期間（最長）</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Replace %1</source>
        <translation>%1 を置き換える</translation>
    </message>
    <message>
        <source>Meisai will revoke every linked connection of &quot;%1&quot; at %2, delete their tokens, and only then register %3 for it. The statements already downloaded stay in Meisai. To sync again you link the new issuer. Replace the issuer?</source>
        <translation>「明細」は「%1」の連携をすべて %2 で取り消してトークンを削除し、そのあとで %3 を登録します。取り込み済みの明細データは「明細」に残ります。再び同期するには、新しい発行者と連携してください。発行者を置き換えますか？</translation>
    </message>
    <message>
        <source>Replace and revoke</source>
        <translation>置き換えて取り消す</translation>
    </message>
    <message>
        <source>Revoking the linked connections at the old issuer, then adding %1…</source>
        <translation>以前の発行者で連携を取り消してから、%1 を追加しています…</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>%1 を追加しています…</translation>
    </message>
    <message>
        <source>Cancel to keep your connections as they are. Choose “Replace and revoke the linked connections” only if you are sure that %1 is now the right address of this issuer.</source>
        <translation>連携をそのままにする場合は「キャンセル」を選んでください。%1 がこの発行者の正しいアドレスになったと確信できる場合に限り、「置き換えて、既存の連携を取り消す」を選んでください。</translation>
    </message>
    <message>
        <source>The issuer was not added: %1</source>
        <translation>発行者を追加できませんでした：%1</translation>
    </message>
    <message>
        <source>%1 was replaced</source>
        <translation>%1 を置き換えました</translation>
    </message>
    <message>
        <source>%1 was added</source>
        <translation>%1 を追加しました</translation>
    </message>
    <message numerus="yes">
        <source>First, Meisai revoked %n linked connection(s) (%1) at %2 and deleted their tokens.</source>
        <translation>
            <numerusform>最初に、%2 で %n 件の連携（%1）を取り消し、そのトークンを削除しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 confirmed %n token(s) as revoked.</source>
        <translation>
            <numerusform>%1 は %n 件のトークンの失効を確認しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) could not be revoked there yet. Meisai keeps trying at %1 and never sends them to the new issuer.</source>
        <translation>
            <numerusform>%n 件のトークンは、まだ失効できていません。「明細」は %1 で失効を試み続け、新しい発行者へは決して送りません。</numerusform>
        </translation>
    </message>
    <message>
        <source>The statements of those connections stay in Meisai.</source>
        <translation>それらの連携の明細データは「明細」に残ります。</translation>
    </message>
    <message>
        <source>Meisai now reaches %1 at %2 (it used %3 before).</source>
        <translation>「明細」は今後、%1 に %2 で接続します（以前は %3）。</translation>
    </message>
    <message>
        <source>Meisai now knows %1 at %2.</source>
        <translation>「明細」に %1（%2）を追加しました。</translation>
    </message>
    <message>
        <source>To read your statements from it, choose “Link an issuer…” under Connections and pick %1.</source>
        <translation>明細データを読み込むには、「連携」の「発行者と連携…」を選び、%1 を選んでください。</translation>
    </message>
    <message>
        <source>the name people know it by</source>
        <translation>一般に知られている名前</translation>
    </message>
    <message>
        <source>the company&apos;s registered name</source>
        <translation>登記上の会社名</translation>
    </message>
</context>
<context>
    <name>meisai::ui::AlertModel</name>
    <message>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>発生日時</translation>
    </message>
</context>
<context>
    <name>meisai::ui::Ask</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>meisai::ui::AuditLogModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Interaction ID</source>
        <translation>インタラクション ID</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>meisai::ui::ConnectionModel</name>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Granted access</source>
        <translation>許可された権限</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>同意日時</translation>
    </message>
    <message>
        <source>Consent expires</source>
        <translation>同意の有効期限</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>最終同期</translation>
    </message>
</context>
<context>
    <name>meisai::ui::ConnectionsPage</name>
    <message>
        <source>Connections</source>
        <translation>連携</translation>
    </message>
    <message>
        <source>Each connection is an access you granted Meisai at an issuer. You can stop any of them at any time; Meisai then asks the issuer to revoke the access.</source>
        <translation>連携とは、お客さまが発行者のもとで「明細」に与えたアクセス権限です。いつでも停止でき、停止すると「明細」は発行者に権限の取消しを依頼します。</translation>
    </message>
    <message>
        <source>&amp;Link an issuer…</source>
        <translation>発行者と連携する(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>今すぐ同期(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reconnect…</source>
        <translation>再連携(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>連携を解除(&amp;D)…</translation>
    </message>
    <message>
        <source>Link an issuer</source>
        <translation>発行者と連携する</translation>
    </message>
    <message>
        <source>Sync the selected connection now</source>
        <translation>選択した連携を今すぐ同期する</translation>
    </message>
    <message>
        <source>Reconnect the selected connection</source>
        <translation>選択した連携を再連携する</translation>
    </message>
    <message>
        <source>Disconnect the selected connection</source>
        <translation>選択した連携を解除する</translation>
    </message>
    <message>
        <source>No connections yet. Choose &quot;Link an issuer&quot; to add one.</source>
        <translation>まだ連携がありません。「発行者と連携する」から追加してください。</translation>
    </message>
    <message>
        <source>Granted access</source>
        <translation>許可された権限</translation>
    </message>
    <message>
        <source>Requested, not granted</source>
        <translation>要求したが許可されなかった権限</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>同意日時</translation>
    </message>
    <message>
        <source>Consent expires</source>
        <translation>同意の有効期限</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>最終同期</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>直近のエラー</translation>
    </message>
    <message>
        <source>Issuer inquiries</source>
        <translation>発行者のお問い合わせ先</translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation>%1 との連携を解除</translation>
    </message>
    <message>
        <source>Meisai will delete its access to %1 and ask %1 to revoke it. Syncing stops at once.</source>
        <translation>「明細」は %1 へのアクセス権限を削除し、%1 に権限の取消しを依頼します。同期はただちに停止します。</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>連携を解除する</translation>
    </message>
    <message>
        <source>Meisai could not disconnect %1: %2</source>
        <translation>%1 との連携を解除できませんでした：%2</translation>
    </message>
    <message>
        <source>Meisai deleted its access to %1 and can no longer use it. %1 could not be reached to confirm the revocation; Meisai keeps trying.</source>
        <translation>「明細」は %1 へのアクセス権限を削除したため、今後は使用できません。%1 に接続できず取消しの確認が取れていないため、引き続き取消しを依頼します。</translation>
    </message>
    <message>
        <source>%1 confirmed that Meisai&apos;s access is revoked.</source>
        <translation>%1 が「明細」のアクセス権限の取消しを確認しました。</translation>
    </message>
    <message>
        <source>Keep the statements already downloaded from %1 in Meisai, or delete them from this computer?</source>
        <translation>%1 から取得済みの明細を「明細」に残しますか。それともこのコンピューターから削除しますか。</translation>
    </message>
    <message>
        <source>Keep the data</source>
        <translation>データを残す</translation>
    </message>
    <message>
        <source>Delete the data</source>
        <translation>データを削除する</translation>
    </message>
    <message>
        <source>The data from %1 was deleted.</source>
        <translation>%1 のデータを削除しました。</translation>
    </message>
    <message>
        <source>The data could not be deleted: %1</source>
        <translation>データを削除できませんでした：%1</translation>
    </message>
    <message>
        <source>The data from %1 stays in Meisai.</source>
        <translation>%1 のデータは「明細」に残しています。</translation>
    </message>
    <message>
        <source>&amp;Add an issuer…</source>
        <translation>発行者を追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add an issuer from a profile file or its discovery address</source>
        <translation>プロファイルファイルまたはディスカバリーのアドレスから発行者を追加します</translation>
    </message>
    <message>
        <source>The issuer no longer accepts this access. Choose Reconnect to approve it again; your history is kept.</source>
        <translation>発行者がこのアクセスを受け付けなくなりました。「再連携」からもう一度承認してください。これまでの明細はそのまま残ります。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>共有していない情報</translation>
    </message>
    <message>
        <source>%1 (left out when linking; Meisai does not read it)</source>
        <translation>%1（連携時に外したため、「明細」は読み取りません）</translation>
    </message>
</context>
<context>
    <name>meisai::ui::LinkWizard</name>
    <message>
        <source>Reconnect an issuer — Meisai</source>
        <translation>発行者との再連携 — 明細</translation>
    </message>
    <message>
        <source>Link an issuer — Meisai</source>
        <translation>発行者との連携 — 明細</translation>
    </message>
    <message>
        <source>Choose your card issuer</source>
        <translation>カード発行者を選んでください</translation>
    </message>
    <message>
        <source>Meisai reads your statements through the issuer&apos;s official API. You sign in and approve on the issuer&apos;s own page; Meisai never sees your issuer password.</source>
        <translation>「明細」は発行者の公式 API を通じてご利用明細を取得します。ログインと承認は発行者自身のページで行うため、「明細」が発行者のパスワードを知ることはありません。</translation>
    </message>
    <message>
        <source>Issuers</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Waiting for your approval</source>
        <translation>承認をお待ちしています</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>リンクをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open the page again</source>
        <translation>ページをもう一度開く(&amp;O)</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>No issuer is registered in this profile.</source>
        <translation>このプロファイルには発行者が登録されていません。</translation>
    </message>
    <message>
        <source>Sandbox issuer: test data only, for trying Meisai out.</source>
        <translation>サンドボックスの発行者です。「明細」をお試しいただくためのテストデータのみを扱います。</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>お問い合わせ</translation>
    </message>
    <message>
        <source>Fraud and security</source>
        <translation>不正利用・セキュリティ</translation>
    </message>
    <message>
        <source>Service hours</source>
        <translation>サービス提供時間</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Before you continue: what you allow Meisai to do</source>
        <translation>先に進む前に：「明細」に許可する内容</translation>
    </message>
    <message>
        <source>Needed for Meisai to work</source>
        <translation>「明細」の動作に必要です</translation>
    </message>
    <message>
        <source>Optional: you may leave this out</source>
        <translation>任意：外すこともできます</translation>
    </message>
    <message>
        <source>Continue to %1</source>
        <translation>%1 のページへ進む</translation>
    </message>
    <message>
        <source>Meisai opened %1&apos;s page in your web browser. Sign in there and approve the access. This window continues by itself when you are done.</source>
        <translation>Web ブラウザーで %1 のページを開きました。そちらでログインし、アクセスを承認してください。完了すると、この画面は自動的に次へ進みます。</translation>
    </message>
    <message>
        <source>Preparing the link…</source>
        <translation>リンクを準備しています…</translation>
    </message>
    <message>
        <source>If your browser did not open, copy this link into it:
%1</source>
        <translation>ブラウザーが開かない場合は、次のリンクをブラウザーに貼り付けてください：
%1</translation>
    </message>
    <message>
        <source>Meisai could not open your web browser. Copy the link below into your browser, sign in there and approve the access.</source>
        <translation>Web ブラウザーを開けませんでした。下のリンクをブラウザーに貼り付け、ログインしてアクセスを承認してください。</translation>
    </message>
    <message>
        <source>Approval received. Finishing the connection…</source>
        <translation>承認を受け付けました。連携を完了しています…</translation>
    </message>
    <message>
        <source>You declined, or %1 refused, the access. Nothing was shared. Start again if this was a mistake.</source>
        <translation>アクセスが拒否されたか、%1 が許可しませんでした。データは共有されていません。誤りだった場合は、もう一度やり直してください。</translation>
    </message>
    <message>
        <source>Linking was cancelled. Nothing was shared.</source>
        <translation>連携を取り消しました。データは共有されていません。</translation>
    </message>
    <message>
        <source>The answer did not come from the issuer you chose, so Meisai stopped to protect you. Close other sign-in tabs and start again. If it happens again, contact us: %1.</source>
        <translation>選択した発行者以外からの応答だったため、安全のため処理を中止しました。ほかのログイン画面のタブを閉じてから、やり直してください。繰り返し発生する場合は当社までご連絡ください：%1</translation>
    </message>
    <message>
        <source>The approval took too long. Start again and finish it in your browser within 10 minutes.</source>
        <translation>承認までに時間がかかりすぎました。もう一度やり直し、10 分以内にブラウザーで承認を完了してください。</translation>
    </message>
    <message>
        <source>Meisai could not reach %1 safely. Check your internet connection and try again later.</source>
        <translation>%1 に安全に接続できませんでした。インターネット接続を確認し、しばらくしてからやり直してください。</translation>
    </message>
    <message>
        <source>%1 is under maintenance. Try again after the maintenance window.</source>
        <translation>%1 はメンテナンス中です。メンテナンス終了後にやり直してください。</translation>
    </message>
    <message>
        <source>Try again later. If it keeps failing, contact %1: %2.</source>
        <translation>しばらくしてからやり直してください。解決しない場合は %1 にお問い合わせください：%2</translation>
    </message>
    <message>
        <source>%1 is reconnected</source>
        <translation>%1 と再連携しました</translation>
    </message>
    <message>
        <source>%1 is linked</source>
        <translation>%1 と連携しました</translation>
    </message>
    <message>
        <source>&lt;p&gt;Meisai now syncs your statements from %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;これから %1 のご利用明細を同期します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>No</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 granted less than Meisai asked for. The parts not granted will stay empty; reconnect to grant them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 が許可した権限は、要求した一部のみでした。許可されなかった部分は表示されません。必要な場合は再連携して許可してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This consent lasts until %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;この同意の有効期限は %1 です。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 was not linked</source>
        <translation>%1 と連携できませんでした</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;What to do:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;理由：&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;対処方法：&lt;/b&gt; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <source>%1 — a screen of %2, not of your card issuer</source>
        <translation>%1 — %2 の画面です（カード発行者の画面ではありません）</translation>
    </message>
    <message>
        <source>This screen is shown by %1, not by %2.</source>
        <translation>この画面は %2 ではなく、%1 が表示しています。</translation>
    </message>
    <message>
        <source>Who gets access</source>
        <translation>権限を受け取る者</translation>
    </message>
    <message>
        <source>For which service</source>
        <translation>利用するサービス</translation>
    </message>
    <message>
        <source>%1 (household ledger for your card statements)</source>
        <translation>%1（カード明細の家計簿サービス）</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Up to %1 days from your approval, including renewals with a refresh token. After that you are asked again.</source>
        <translation>承認から最長 %1 日間（リフレッシュトークンによる更新を含みます）。期限後はあらためて同意をお願いします。</translation>
    </message>
    <message>
        <source>How to stop it</source>
        <translation>停止・解除の方法</translation>
    </message>
    <message>
        <source>Any time: Connections → Disconnect, or Stop all connections in Meisai, or at %1. Meisai then asks %1 to revoke its access at once.</source>
        <translation>いつでも、「明細」の［連携］→［連携を解除］または［すべての連携を停止］から、あるいは %1 のサイトで解除できます。解除すると「明細」はただちに %1 へ権限の取消しを依頼します。</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>ご注意</translation>
    </message>
    <message>
        <source>Meisai only reads data; it cannot pay, change settings or see your full card number. Enter your issuer ID and password only on %1&apos;s page, never in Meisai.</source>
        <translation>「明細」はデータを読み取るだけで、支払いや設定の変更はできず、カード番号の全桁を見ることもありません。発行者の ID とパスワードは %1 のページでのみ入力し、「明細」には決して入力しないでください。</translation>
    </message>
    <message>
        <source>What Meisai asks for, and why</source>
        <translation>「明細」が求める権限とその目的</translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation>それぞれの役割</translation>
    </message>
    <message>
        <source>%1 (%2) holds your card account, checks that it is you and decides what to share. Questions about your card, charges or payments: %3.</source>
        <translation>%1（%2）は、お客さまのカード口座を管理し、ご本人確認を行い、提供するデータを決定します。カード・ご利用代金・お支払いに関するお問い合わせ：%3</translation>
    </message>
    <message>
        <source>%1 runs Meisai, a separate service, and only shows and totals the data %2 provides. Meisai is not %2&apos;s app. Questions about Meisai: %3.</source>
        <translation>%1 は別のサービスである「明細」を運営し、%2 が提供するデータの表示と集計のみを行います。「明細」は %2 のアプリではありません。「明細」に関するお問い合わせ：%3</translation>
    </message>
    <message>
        <source>If you suffer a loss: %1</source>
        <translation>損害が生じた場合：%1</translation>
    </message>
    <message>
        <source>Security reminders</source>
        <translation>セキュリティに関するお願い</translation>
    </message>
    <message>
        <source>Use a password for Meisai and your computer that differs from your issuer password, and is not easy to guess. Never lend or tell it to anyone.</source>
        <translation>「明細」やコンピューターのパスワードには、発行者のパスワードとは異なり、推測されにくいものを設定してください。第三者に貸与・開示しないでください。</translation>
    </message>
    <message>
        <source>Keep antivirus software installed.</source>
        <translation>ウイルス対策ソフトを導入してください。</translation>
    </message>
    <message>
        <source>If a password may have leaked, contact us at once: %1.</source>
        <translation>パスワードの漏えいなどのおそれがある場合は、ただちに当社までご連絡ください：%1</translation>
    </message>
    <message>
        <source>&amp;I have read the above and want to continue to the issuer</source>
        <translation>上記の内容を確認し、発行者のページへ進むことに同意します(&amp;I)</translation>
    </message>
    <message>
        <source>To continue, tick &quot;I have read the above&quot; (Space or Alt+I).</source>
        <translation>進むには、「上記の内容を確認し…」の欄にチェックを入れてください（スペースキーでも入れられます）。</translation>
    </message>
    <message>
        <source>Required: %1 (%2)</source>
        <translation>必須：%1（%2）</translation>
    </message>
    <message>
        <source>Optional: %1 (%2)</source>
        <translation>任意：%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Continue to %1</source>
        <translation>%1 のページへ進む(&amp;C)</translation>
    </message>
</context>
<context>
    <name>meisai::ui::MainWindow</name>
    <message>
        <source>Syncing…</source>
        <translation>同期しています…</translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation>同期が完了しました。</translation>
    </message>
    <message>
        <source>%1 — a service of %2, not a card issuer&apos;s app</source>
        <translation>%1 — %2 のサービス（カード発行者のアプリではありません）</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（提供：%2）</translation>
    </message>
    <message>
        <source>This app is run by %1, not by your card issuer. Your issuers provide the data through their APIs; %1 shows it to you. Meisai never asks for your issuer password.</source>
        <translation>このアプリはカード発行者ではなく %1 が運営しています。データは各発行者が API を通じて提供し、%1 が表示しています。「明細」が発行者のパスワードをおたずねすることはありません。</translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>This profile is linked to test issuers; no real card data is shown.</source>
        <translation>このプロファイルはテスト用の発行者と連携しています。実際のカードデータは表示されません。</translation>
    </message>
    <message>
        <source>Stop all connections</source>
        <translation>すべての連携を停止</translation>
    </message>
    <message>
        <source>Revoke Meisai&apos;s access at every issuer now and stop syncing</source>
        <translation>すべての発行者で「明細」のアクセス権限をただちに取り消し、同期を停止します</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>明細</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>連携</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>操作履歴</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>同期の進行状況</translation>
    </message>
    <message>
        <source>Security (%1)</source>
        <translation>セキュリティ（%1）</translation>
    </message>
    <message>
        <source>Meisai will delete its access tokens, ask every issuer to revoke its access and stop syncing. Your downloaded statements stay in this app. To see new data later, link the issuers again.</source>
        <translation>「明細」はアクセストークンを削除し、すべての発行者に権限の取消しを依頼して、同期を停止します。取得済みの明細はこのアプリに残ります。新しいデータを表示するには、あらためて発行者と連携してください。</translation>
    </message>
    <message>
        <source>Revoking access at every issuer…</source>
        <translation>すべての発行者でアクセス権限を取り消しています…</translation>
    </message>
    <message>
        <source>Could not stop all connections: %1</source>
        <translation>すべての連携を停止できませんでした：%1</translation>
    </message>
    <message numerus="yes">
        <source>Stopped %n connection(s). The issuers confirmed the revocation of %1 token(s).</source>
        <translation>
            <numerusform>%n 件の連携を停止しました。発行者は %1 件のトークンの取消しを確認しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) could not be revoked yet because an issuer could not be reached; Meisai keeps retrying. Meisai can no longer use them.</source>
        <translation>
            <numerusform>発行者に接続できなかったため、%n 件のトークンはまだ取り消されていません。引き続き取消しを依頼します。これらのトークンを「明細」が使うことはもうありません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meisai::ui::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>&amp;Link an issuer…</source>
        <translation>発行者と連携する(&amp;L)…</translation>
    </message>
    <message>
        <source>Link an issuer</source>
        <translation>発行者と連携する</translation>
    </message>
    <message>
        <source>Your connections</source>
        <translation>ご利用中の連携</translation>
    </message>
    <message>
        <source>No issuer is linked yet. Choose &quot;Link an issuer&quot; to connect your first card account; you approve the access on the issuer&apos;s own page.</source>
        <translation>まだ発行者と連携していません。「発行者と連携する」からカード口座を連携してください。アクセスの承認は発行者自身のページで行います。</translation>
    </message>
    <message>
        <source>Billed amount per month</source>
        <translation>月別のご請求額</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>最終同期</translation>
    </message>
    <message>
        <source>Next sync</source>
        <translation>次回の同期</translation>
    </message>
    <message>
        <source>Next payment due</source>
        <translation>次回のお支払日</translation>
    </message>
    <message>
        <source>Billed amount</source>
        <translation>ご請求額</translation>
    </message>
    <message>
        <source>Connections overview</source>
        <translation>連携の概要</translation>
    </message>
    <message>
        <source>Chart of billed amounts per month and issuer</source>
        <translation>発行者別・月別のご請求額のグラフ</translation>
    </message>
    <message>
        <source>Thousand yen</source>
        <translation>千円</translation>
    </message>
    <message>
        <source>Notices from your issuers</source>
        <translation>発行者からのお知らせ</translation>
    </message>
    <message numerus="yes">
        <source>Your %n connection(s) were stopped, so Meisai no longer reads anything from the issuers. The statements already received are kept under Statements. To read new ones, choose &quot;Link an issuer&quot;, or Reconnect under Connections.</source>
        <translation>
            <numerusform>%n 件の連携を停止したため、「明細」は発行者から何も読み取っていません。これまでに取得した明細は［明細］にそのまま残っています。新しい明細を読み取るには、「発行者と連携する」を選ぶか、［連携］で「再連携」してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meisai::ui::SecurityPage</name>
    <message>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>確認済みにする(&amp;A)</translation>
    </message>
    <message>
        <source>Acknowledge the selected alert</source>
        <translation>選択した警告を確認済みにする</translation>
    </message>
    <message>
        <source>Your data on this computer</source>
        <translation>このコンピューター上のデータ</translation>
    </message>
    <message>
        <source>Encrypted. The key is kept in your system keychain (Secret Service), so Meisai opens without a password while you are logged in.</source>
        <translation>暗号化されています。鍵はシステムのキーチェーン（Secret Service）に保管されているため、ログイン中はパスワードなしで「明細」を開けます。</translation>
    </message>
    <message>
        <source>Encrypted with a key derived from your Meisai passphrase (Argon2id). Meisai asks for it at every start; nobody can recover it for you.</source>
        <translation>「明細」のパスフレーズから導出した鍵（Argon2id）で暗号化されています。起動のたびに入力が必要です。パスフレーズを忘れた場合、誰も復元できません。</translation>
    </message>
    <message>
        <source>Keep your accounts safe</source>
        <translation>アカウントを安全に保つために</translation>
    </message>
    <message>
        <source>No alerts. Meisai tells you here when an issuer revokes access, a consent is about to expire or an issuer publishes a security notice.</source>
        <translation>警告はありません。発行者による権限の取消し、同意の期限切れが近いとき、発行者からのセキュリティに関するお知らせがあったときに、ここでお知らせします。</translation>
    </message>
    <message>
        <source>Use a password for Meisai and your computer that differs from your card issuers&apos; passwords.</source>
        <translation>「明細」やコンピューターのパスワードには、カード発行者のパスワードとは異なるものを設定してください。</translation>
    </message>
    <message>
        <source>Avoid passwords that are easy to guess; never lend or tell them to anyone.</source>
        <translation>推測されやすいパスワードは避け、第三者に貸与・開示しないでください。</translation>
    </message>
    <message>
        <source>Keep antivirus software installed and up to date.</source>
        <translation>ウイルス対策ソフトを導入し、最新の状態に保ってください。</translation>
    </message>
    <message>
        <source>Meisai never asks for your issuer ID or password; enter them only on your issuer&apos;s own page.</source>
        <translation>「明細」が発行者の ID やパスワードをおたずねすることはありません。入力は発行者自身のページでのみ行ってください。</translation>
    </message>
    <message>
        <source>If a password may have leaked or you see access you do not recognise, press %1 and contact us at once: %2. For your card, contact your issuer.</source>
        <translation>パスワードが漏えいしたおそれがある場合や、身に覚えのないアクセスがある場合は、%1 を押し、ただちに当社へご連絡ください：%2。カードについては発行者にお問い合わせください。</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>発生した事象：</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>対処方法：</translation>
    </message>
    <message>
        <source>Whom to contact:</source>
        <translation>連絡先：</translation>
    </message>
    <message>
        <source>Acknowledge the alert</source>
        <translation>警告を確認済みにする</translation>
    </message>
    <message>
        <source>The alert could not be marked as acknowledged: %1</source>
        <translation>警告を確認済みにできませんでした：%1</translation>
    </message>
</context>
<context>
    <name>meisai::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>表示言語(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <source>S&amp;ync every</source>
        <translation>同期の間隔(&amp;Y)</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 時間ごと</translation>
    </message>
    <message>
        <source>Sync interval in hours</source>
        <translation>同期の間隔（時間）</translation>
    </message>
    <message>
        <source>About the provider of this app</source>
        <translation>このアプリの提供者について</translation>
    </message>
    <message>
        <source>Meisai is provided by the company below, which is not a card issuer. These details come from the connector profile and cannot be edited.</source>
        <translation>「明細」は、カード発行者ではない下記の会社が提供しています。この情報は API 接続先のプロファイルに基づくもので、変更できません。</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス名</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>商号</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>代表者</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>登録番号</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>お問い合わせ</translation>
    </message>
    <message>
        <source>Security incidents</source>
        <translation>不正アクセス・漏えいの連絡先</translation>
    </message>
    <message>
        <source>Compensation policy</source>
        <translation>補償の方針</translation>
    </message>
    <message>
        <source>Compensation desk</source>
        <translation>補償の受付窓口</translation>
    </message>
    <message>
        <source>Our role</source>
        <translation>当社の役割</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>The language could not be saved: %1 Meisai uses it until you close it.</source>
        <translation>表示言語を保存できませんでした：%1 「明細」を閉じるまではこの表示言語を使います。</translation>
    </message>
    <message>
        <source>Sync interval</source>
        <translation>同期の間隔</translation>
    </message>
    <message>
        <source>The sync interval could not be saved: %1 Meisai uses the new interval until you close it.</source>
        <translation>同期の間隔を保存できませんでした：%1 「明細」を閉じるまでは新しい間隔で同期します。</translation>
    </message>
</context>
<context>
    <name>meisai::ui::StatementsPage</name>
    <message>
        <source>Statements</source>
        <translation>明細</translation>
    </message>
    <message>
        <source>&amp;Billing month</source>
        <translation>請求月(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>カード(&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>状態(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <source>Merchant, remarks or approval number</source>
        <translation>利用店名・備考・承認番号</translation>
    </message>
    <message>
        <source>Billing month</source>
        <translation>請求月</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Search transactions</source>
        <translation>ご利用明細を検索</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>ご利用明細</translation>
    </message>
    <message>
        <source>Transaction details</source>
        <translation>ご利用明細の詳細</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>取引 ID</translation>
    </message>
    <message>
        <source>Date of use</source>
        <translation>ご利用日</translation>
    </message>
    <message>
        <source>Posting date</source>
        <translation>売上計上日</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>ご利用店名</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ご利用者</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>ご利用金額</translation>
    </message>
    <message>
        <source>Payment type</source>
        <translation>支払区分</translation>
    </message>
    <message>
        <source>Installments</source>
        <translation>分割</translation>
    </message>
    <message>
        <source>Payment amount</source>
        <translation>今回お支払金額</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>手数料</translation>
    </message>
    <message>
        <source>Approval number</source>
        <translation>承認番号</translation>
    </message>
    <message>
        <source>Foreign currency</source>
        <translation>現地通貨額</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>換算レート</translation>
    </message>
    <message>
        <source>Conversion date</source>
        <translation>換算日</translation>
    </message>
    <message>
        <source>Fetched at</source>
        <translation>取得日時</translation>
    </message>
    <message>
        <source>No transactions yet. Link an issuer under Connections, then sync.</source>
        <translation>まだご利用明細がありません。［連携］で発行者と連携し、同期してください。</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>未確定</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>すべての月</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation>すべてのカード</translation>
    </message>
    <message>
        <source>All billing months. Choose a month to see its statement.</source>
        <translation>すべての請求月を表示しています。請求月を選ぶと、その月のご請求内容を表示します。</translation>
    </message>
    <message>
        <source>No statement from the issuer for %1 yet.</source>
        <translation>%1 のご請求情報は、まだ発行者から提供されていません。</translation>
    </message>
    <message>
        <source>Not yet confirmed (amounts may change)</source>
        <translation>未確定（金額が変わる場合があります）</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) shown, total %1</source>
        <translation>
            <numerusform>%n 件を表示、合計 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Provided by &lt;b&gt;%1&lt;/b&gt; through its card API (fetched %2). Questions about your card or charges: %3.</source>
        <translation>データ提供：&lt;b&gt;%1&lt;/b&gt;（カード API により %2 に取得）。カード・ご利用代金に関するお問い合わせ：%3</translation>
    </message>
    <message>
        <source>Data is provided by your card issuers through their card APIs.</source>
        <translation>データは各カード発行者がカード API を通じて提供しています。</translation>
    </message>
    <message>
        <source>Shown by &lt;b&gt;%1&lt;/b&gt; in %2. Questions about this app: %3.</source>
        <translation>表示：&lt;b&gt;%1&lt;/b&gt;（%2）。このアプリに関するお問い合わせ：%3</translation>
    </message>
    <message>
        <source>Statement %1</source>
        <translation>%1 のご請求</translation>
    </message>
    <message>
        <source>Closing date: %1</source>
        <translation>締め日：%1</translation>
    </message>
    <message>
        <source>Due date: %1</source>
        <translation>お支払日：%1</translation>
    </message>
    <message>
        <source>Closing and due dates differ by card. Choose a card to see them.</source>
        <translation>締め日とお支払日はカードごとに異なります。カードを選ぶと表示されます。</translation>
    </message>
    <message>
        <source>Billed amount, all cards: %1</source>
        <translation>ご請求額（全カードの合計）：%1</translation>
    </message>
    <message>
        <source>Billed amount: %1</source>
        <translation>ご請求額：%1</translation>
    </message>
</context>
<context>
    <name>meisai::ui::SyncController</name>
    <message>
        <source>%1: waiting…</source>
        <translation>%1: 待機中…</translation>
    </message>
    <message>
        <source>%1: reading cards…</source>
        <translation>%1: カード情報を取得中…</translation>
    </message>
    <message numerus="yes">
        <source>%1: card %2 of %3, %n transaction(s) received…</source>
        <translation>
            <numerusform>%1: カード %2/%3、%n 件の明細を受信…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: reading statements…</source>
        <translation>%1: ご請求情報を取得中…</translation>
    </message>
    <message>
        <source>%1: reading credit limits…</source>
        <translation>%1: ご利用可能額を取得中…</translation>
    </message>
    <message>
        <source>%1: reading notices…</source>
        <translation>%1: お知らせを取得中…</translation>
    </message>
    <message>
        <source>%1: waiting (%2)</source>
        <translation>%1: 待機中（%2）</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: 完了</translation>
    </message>
    <message numerus="yes">
        <source>%1: synced, %n new transaction(s).</source>
        <translation>
            <numerusform>%1: 同期しました（新しい明細 %n 件）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is under maintenance; Meisai tries again later.</source>
        <translation>%1 はメンテナンス中です。後ほど自動的に再試行します。</translation>
    </message>
    <message>
        <source>%1 no longer accepts Meisai&apos;s access: reconnect it under Connections.</source>
        <translation>%1 が「明細」のアクセスを受け付けなくなりました。［連携］から再連携してください。</translation>
    </message>
    <message>
        <source>%1: sync stopped.</source>
        <translation>%1: 同期を停止しました。</translation>
    </message>
    <message>
        <source>%1: not synced (not active).</source>
        <translation>%1: 連携が有効でないため同期しませんでした。</translation>
    </message>
    <message>
        <source>%1: sync failed: %2</source>
        <translation>%1: 同期に失敗しました：%2</translation>
    </message>
</context>
<context>
    <name>meisai::ui::TransactionModel</name>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n payments)</source>
        <translation>
            <numerusform>%1（%n 回）</numerusform>
        </translation>
    </message>
    <message>
        <source>Date of use</source>
        <translation>ご利用日</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>ご利用店名</translation>
    </message>
    <message>
        <source>Payment type</source>
        <translation>支払区分</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>ご利用金額</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>お支払金額</translation>
    </message>
    <message>
        <source>Billing month</source>
        <translation>請求月</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>meisai::ui::Unlock</name>
    <message>
        <source>Unlock Meisai</source>
        <translation>「明細」のロック解除</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Create a passphrase for Meisai</source>
        <translation>「明細」のパスフレーズを作成</translation>
    </message>
    <message>
        <source>Choose a long passphrase that you use nowhere else — not the password of any card issuer. Nobody can recover it for you.</source>
        <translation>ほかでは使っていない長いパスフレーズを設定してください。カード発行者のパスワードは使わないでください。忘れた場合、誰も復元できません。</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>パスフレーズ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>もう一度入力(&amp;R)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Meisai</source>
        <translation>明細</translation>
    </message>
    <message>
        <source>Enter the passphrase of your Meisai data.</source>
        <translation>「明細」のデータのパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>Meisai never keeps your data unencrypted. You can protect it with a passphrase instead, which you will enter at every start.</source>
        <translation>「明細」はデータを暗号化せずに保存することはありません。代わりにパスフレーズで保護できます（起動のたびに入力が必要です）。</translation>
    </message>
    <message>
        <source>Use a passphrase</source>
        <translation>パスフレーズを使う</translation>
    </message>
    <message>
        <source>At least %1 characters; four or more unrelated words are a good choice.</source>
        <translation>%1 文字以上にしてください。関連のない 4 つ以上の単語を組み合わせるのがおすすめです。</translation>
    </message>
    <message>
        <source>Strong enough. Now repeat it: the two entries differ.</source>
        <translation>十分な強度です。確認のためもう一度入力してください（2 回の入力が一致していません）。</translation>
    </message>
    <message>
        <source>Strong enough, and both entries match.</source>
        <translation>十分な強度です。2 回の入力も一致しています。</translation>
    </message>
</context>
</TS>
