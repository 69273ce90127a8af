<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>meisai::AlertRules</name>
    <message>
        <source>%1 stopped Meisai&apos;s access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 revoked the access it had granted to Meisai for &quot;%2&quot;. Meisai can no longer read this account; what was already fetched stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you did not ask for this, contact %1 at once: your account may have been misused. Otherwise connect the account again when you want to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your consent for %1 ends in %n day(s)</source>
        <translation>
            <numerusform>Your consent for %1 ends in %n day</numerusform>
            <numerusform>Your consent for %1 ends in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>The consent you gave %1 for &quot;%2&quot; is valid until %3. After that Meisai can no longer fetch your statements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the account again before then to renew the consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your consent for %1 has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent you gave %1 for &quot;%2&quot; ended on %3. Meisai no longer fetches this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the account again to renew the consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security notice from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the notice and follow the issuer&apos;s instructions. If you notice payments you did not make, contact the issuer at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is under maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not answering requests for &quot;%2&quot; during maintenance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: Meisai will try again after %1. The statements already fetched remain available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: Meisai will try again later. The statements already fetched remain available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a full card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was stored, but the issuer should not send card numbers to connectors. Tell the issuer, and tell us if it happens again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is retiring part of its API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will stop working on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Meisai before %1 so that syncing keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Meisai when a new version is available so that syncing keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai cannot read %1&apos;s new API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Meisai. Until then this issuer is not synced; what was fetched stays available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1 keeps failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The last %n sync(s) of &quot;%1&quot; failed. The last error: %2</source>
        <translation>
            <numerusform>The last sync of &quot;%1&quot; failed. The last error: %2</numerusform>
            <numerusform>The last %n syncs of &quot;%1&quot; failed. The last error: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the network connection. If it keeps failing, the issuer may have a problem: look at its notices or contact it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API execution log was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the log found a row that was changed, inserted or removed (row %1). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone or something changed Meisai&apos;s data on this computer. Check the computer for malware, change the vault passphrase, and contact us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai stopped a token from going to another server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not link or sync this connection until you know why the issuer&apos;s settings changed. If you did not add or replace this issuer yourself, remove the issuer profile you do not recognise, check this computer for malware, and contact us. The connection&apos;s tokens are still only in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An answer from %1 (%2) contained %n full card number(s), in %3.</source>
        <translation>
            <numerusform>An answer from %1 (%2) contained %n full card number, in %3.</numerusform>
            <numerusform>An answer from %1 (%2) contained %n full card numbers, in %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them were masked to their last four digits.</source>
        <translation>
            <numerusform>%n of them was masked to its last four digits.</numerusform>
            <numerusform>%n of them were masked to their last four digits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identifier(s) holding a card number were replaced by a private fingerprint that only this vault can compute.</source>
        <translation>
            <numerusform>%n identifier holding a card number was replaced by a private fingerprint that only this vault can compute.</numerusform>
            <numerusform>%n identifiers holding a card number were replaced by a private fingerprint that only this vault can compute.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) with a card number in an identifier were dropped whole.</source>
        <translation>
            <numerusform>%n answer with a card number in an identifier was dropped whole.</numerusform>
            <numerusform>%n answers with a card number in an identifier were dropped whole.</numerusform>
        </translation>
    </message>
    <message>
        <source>No full card number was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An answer from %1 (%2) contained %n full card number(s). Meisai masked them, or replaced an identifier holding one by a private fingerprint, before storing anything. The full card number was not stored; the fields are named in the activity log.</source>
        <translation>
            <numerusform>An answer from %1 (%2) contained %n full card number. Meisai masked it, or replaced the identifier holding it by a private fingerprint, before storing anything. The full card number was not stored; the field is named in the activity log.</numerusform>
            <numerusform>An answer from %1 (%2) contained %n full card numbers. Meisai masked them, or replaced an identifier holding one by a private fingerprint, before storing anything. The full card number was not stored; the fields are named in the activity log.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meisai stopped syncing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is lost: what was fetched before stays, and the next sync tries again. If this keeps happening, the issuer&apos;s service is not working as it should: tell the issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marked %2 as deprecated since %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marked %2 as deprecated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s notice: &quot;%1&quot; — &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer said: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::ApiDecoders</name>
    <message>
        <source>The issuer&apos;s answer to %1 was empty. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s answer to %1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not a known payment method code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 but the page holds %2 transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is after dateTo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, but %2 was asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1; statements are in yen (JPY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1; limits are in yen (JPY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported an API version Meisai cannot read (&quot;%2&quot;). Update Meisai; if that does not help, contact the issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now uses version %2 of its card API; this version of Meisai understands only version %3. Nothing was stored from the answer. Update Meisai to keep syncing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s answer to %1 is not valid: the field &quot;%2&quot; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not a month (YYYY-MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not an RFC 3339 time with an offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not an ISO 4217 currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not a decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s answer to %1 is not valid JSON (it breaks off at byte %2); it may have been cut short. Nothing from it was stored; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s answer to %1 was refused: %2. Nothing from it was stored; if this keeps happening, tell the issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds more than %1 values (the limit of one answer), at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading it would take more than %1 units of work (the limit of one answer), at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is nested more than %1 levels deep (the limit), at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text in it is longer than %1 bytes (the limit), at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, outside the range Meisai accepts (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::AuditLog</name>
    <message>
        <source>The activity log was changed outside Meisai: entry %1 does not match the entries before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity log was changed outside Meisai before it was sealed with the vault&apos;s key: entry %1 did not match the entries before it. Those entries were kept as they were, not sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anchor of the activity log is missing from %1: entries may have been removed from the end of the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anchor of the activity log in %1 was changed outside Meisai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity log was cut short outside Meisai: it ends at entry %1, but entry %2 was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity log was changed outside Meisai: entry %1 is not the one that was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity log was changed outside Meisai: entries %1 to %2 were added after the last one Meisai recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::AuthorizationSession</name>
    <message>
        <source>This sign-in was already completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer carries no state value: it does not belong to this sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer&apos;s state value does not match: it does not belong to this sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in at %1 took too long. Start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer came from another issuer (&quot;%1&quot;) than the one you chose (%2). Meisai stopped the link: this can be a mix-up attack. Nothing was shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer does not say which issuer sent it although %1 always does. Meisai stopped the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent no authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link to %1 was not allowed (you or the issuer declined it). Nothing was shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer accepts this authorization: it was revoked, has expired or was already used. Connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not recognise Meisai as a registered application. The issuer profile may be out of date; contact the issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer some of the requested permissions. The issuer profile may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not support the way Meisai links accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the request as malformed. Try again; if it persists, contact the issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had an internal error. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is temporarily unavailable (maintenance or heavy load). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported an error (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer said: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::Backup</name>
    <message>
        <source>%1 failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup passphrase of at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder for the backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be read back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a Meisai profile; restore into an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Meisai backup, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Meisai. Update Meisai to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be unpacked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup passphrase is not correct, or the backup is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypting the restored vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored vault could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored vault could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from a backup without its access: link it again to sync. Its history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup passphrase is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::BindingGuard</name>
    <message>
        <source>A token of the connection to %1 was not sent to %2: that connection was linked with %3, and the issuer&apos;s settings in Meisai now point elsewhere (another server may be claiming to be this issuer). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an issuer Meisai no longer knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (token endpoint %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (revocation endpoint %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (card API %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::CardApiClient</name>
    <message>
        <source>The profile of %1 gives no address for its card API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer gave a card id Meisai cannot use (&quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer answered with the transactions of another card (%1 instead of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card id and a month (YYYY-MM) are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card id is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The issuer says: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept Meisai&apos;s access (HTTP 401).%2 If this persists, connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not allow this: the permission granted when linking does not cover it. Connect again and allow it if you want it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not allow this: it needs the permission &quot;%2&quot;, which was not granted when linking. Connect again and allow it if you want it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP 403).%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked Meisai to slow down; it can be tried again in %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked Meisai to slow down. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is under maintenance; Meisai will try again after %2.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had a problem answering (HTTP %2).%3 Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not know what Meisai asked for (HTTP 404).%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected Meisai&apos;s request (HTTP %2).%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::ConnectorProfile</name>
    <message>
        <source>The connector profile is not a JSON object (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector profile lacks a required disclosure (service name, company name, representative, address, inquiry contact or compensation policy and contact).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector profile is missing from this build of Meisai.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::Database</name>
    <message>
        <source>The vault key has the wrong length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault key does not match this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be read or written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be read or written (%1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::Discovery</name>
    <message>
        <source>%1 sent a discovery document that is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discovery document of %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discovery document of %1 is for another issuer (&quot;%2&quot; instead of &quot;%3&quot;). Meisai will not use it; this can be an attack or a wrong profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the authorization endpoint is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token endpoint is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the authorization endpoint %1 does not use HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the endpoint %1 does not use HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the authorization code flow is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCE with S256 is not announced (code_challenge_methods_supported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the authorization_code grant is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not return its discovery document (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::FileProblem</name>
    <message>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist, or cannot be created there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be written (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be put in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operation was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::HttpClient</name>
    <message>
        <source>The certificate authority file %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address to contact is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai refused to contact %1 without HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 was larger than %2 bytes and was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 (%2) could not be verified: %3. Nothing was sent to it. Check this computer&apos;s date and time; if it persists, contact the issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 broke off before it was complete (%2). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached (%2). Check the network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s name was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy did not let the connection through</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::IssuerDirectory</name>
    <message>
        <source>The bundled issuer profile %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai knows no issuer &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer profile &quot;%1&quot; is a template without an issuer address; add the sandbox issuer to complete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the sandbox issuer&apos;s ready line: it should be a JSON object listing &quot;issuers&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The issuer &quot;%1&quot; is used by %n connection(s); disconnect them before removing it.</source>
        <translation>
            <numerusform>The issuer &quot;%1&quot; is used by %n connection; disconnect them before removing it.</numerusform>
            <numerusform>The issuer &quot;%1&quot; is used by %n connections; disconnect them before removing it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The issuer id &quot;%1&quot; is already linked with %2 (connection %3); this profile names %4. Meisai did not replace it, since the linked connections&apos; tokens would then go to another server. If it really is the same issuer now, replace it: the linked connections are revoked at %2 first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::IssuerProbe</name>
    <message>
        <source>The discovery address must be an HTTPS URL, such as https://auth.example-card.jp/.well-known/oauth-authorization-server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not return a discovery document (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a discovery document: it names no &quot;issuer&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discovery document at %1 names the issuer %2, which it does not belong to (RFC 8414 §3.3). Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api_base_url: the card API&apos;s base URL, so that Meisai can read the statements (the discovery document names none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_id: %1 offers dynamic client registration (RFC 7591), which this version of Meisai does not use yet; ask the issuer for a client id for Meisai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scopes: the issuer does not offer &quot;%1&quot; (it offers: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::IssuerProfile</name>
    <message>
        <source>The issuer profile is not a JSON object (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer profile has format %1; this version of Meisai reads format %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer profile &quot;%1&quot; is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a sandbox profile can be completed from the sandbox issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox does not offer the issuer &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s certificate authority %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority of the issuer profile &quot;%1&quot; is not a PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id: lower-case letters, digits and hyphens, such as &quot;example-card&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>display_name: the name people know the issuer by is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_id: the client id the issuer registered for Meisai is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect_path: an absolute path such as /callback, without query or fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scopes: at least one scope is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scopes: the scope name &quot;%1&quot; is not valid (no spaces, quotes or backslashes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scopes: &quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scopes[].purpose: %1 need a purpose that tells the user why Meisai asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent_days: a number of days from 1 to 3650.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disclosures.legal_name: the issuer&apos;s legal name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disclosures.inquiry_contact: where the user asks about the account (a name, phone, e-mail or web page) is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api_base_url: must be an HTTPS URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuer: the issuer identifier (an HTTPS URL) is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuer: must be an HTTPS URL without query or fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discovery_url: must be an HTTPS URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discovery_url or endpoints: either the discovery URL or the authorization and token endpoints are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoints.authorization: must use HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoints: %1 must use HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(without an id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer profile &quot;%1&quot; is not valid:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::IssuerProfileFile</name>
    <message>
        <source>%1 is not a usable issuer profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB; an issuer profile is a few kilobytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not JSON: %2 at byte %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object; an issuer profile is one object (format 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuer: a sandbox template cannot be imported; add the running sandbox&apos;s issuers with meisai-cli issuer add.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::Keychain</name>
    <message>
        <source>the keychain did not answer within %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1). Meisai never stores the vault key unprotected. Start your keychain (for example GNOME Keyring or KWallet) and try again, or use passphrase mode instead: the vault key is then derived from a passphrase you type (--passphrase, or MEISAI_PASSPHRASE for scripts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of this vault is not in the system keychain (entry &quot;%1&quot; of service &quot;%2&quot;). Without it the vault cannot be opened; restore the keychain entry or a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault key in the system keychain is damaged (wrong length).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::LinkFlow</name>
    <message>
        <source>%1 does not offer the permission &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai cannot work without the permission &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to renew does not exist for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in at the issuer was not completed within 10 minutes. Start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting for this answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for this sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are linking an account, finish the sign-in in the browser tab Meisai opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this tab and return to Meisai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to Meisai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai received the issuer&apos;s answer and is finishing the link. You can close this tab and return to Meisai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to renew no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection was linked with %1, but the issuer &quot;%2&quot; is now %3. It cannot be renewed at another server; link a new connection instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::LoopbackReceiver</name>
    <message>
        <source>Meisai could not open a local port to receive the issuer&apos;s answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only GET requests are accepted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request took too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting for this answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en</source>
        <comment>HTML lang attribute</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::OAuthContext</name>
    <message>
        <source>%1 is a sandbox issuer that has not been added yet: start the sandbox and add it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::PanGuard</name>
    <message>
        <source>The issuer&apos;s answer to %1 holds a full card number in %2, a field that identifies a record. Meisai could not replace it with a private fingerprint here, so the whole answer was dropped; nothing from it was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::PassphraseKdf</name>
    <message>
        <source>The passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be derived from the passphrase (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::PasswordCheck</name>
    <message>
        <source>The passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is built on a name you use elsewhere (your name, the profile or an issuer), which is easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is made of common words, names, dates or keyboard patterns and would be guessed quickly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase would be guessed too quickly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use four or more unrelated words, or a long random password from a password manager. Do not reuse the password of your card issuer or of any other service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is why the passphrase is refused, %2 what to do instead (Japanese joins sentences without a space)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::Profile</name>
    <message>
        <source>The profile in %1 has a vault but no profile.json; it cannot be opened safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase settings in %1 are missing or weaker than Meisai allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile folder %1 could not be made private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::RefreshLock</name>
    <message>
        <source>Meisai could not create the folder %1 for its locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai could not open its lock file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai could not lock %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Meisai program is renewing this connection&apos;s access and did not finish within %1 seconds. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::Revoker</name>
    <message>
        <source>This connection does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::SyncEngine</name>
    <message>
        <source>The sync was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection needs to be connected again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transactions could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting before trying again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuer under maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs to be connected again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The sync of %1 took longer than %n minute(s), the limit of one sync, and was stopped. What was stored stays, and the next sync continues from there.</source>
        <translation>
            <numerusform>The sync of %1 took longer than %n minute, the limit of one sync, and was stopped. What was stored stays, and the next sync continues from there.</numerusform>
            <numerusform>The sync of %1 took longer than %n minutes, the limit of one sync, and was stopped. What was stored stays, and the next sync continues from there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sync of %1 took longer than %n second(s), the limit of one sync, and was stopped. What was stored stays, and the next sync continues from there.</source>
        <translation>
            <numerusform>The sync of %1 took longer than %n second, the limit of one sync, and was stopped. What was stored stays, and the next sync continues from there.</numerusform>
            <numerusform>The sync of %1 took longer than %n seconds, the limit of one sync, and was stopped. What was stored stays, and the next sync continues from there.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 kept sending more pages of transactions: Meisai stopped this sync after %2 pages, the limit of one sync. What was stored stays, and the next sync continues from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a page key it had already sent while listing the transactions of the card &quot;%2&quot;, so its pages would never end. Meisai stopped this sync; what was stored before stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::TokenClient</name>
    <message>
        <source>%1 is under maintenance. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks Meisai to slow down. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered the token request with HTTP status %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a token answer Meisai cannot use: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the access token is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token type &quot;%1&quot; is not supported (Bearer expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires_in is not a positive whole number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the refresh token is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers no way for Meisai to revoke access; stop it at the issuer&apos;s own site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not confirm the revocation (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::TokenManager</name>
    <message>
        <source>This connection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection needs to be connected again before it can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection holds no tokens; connect it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access has expired and the issuer gave no way to renew it. Connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your consent for this connection has expired. Connect again to renew it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::Vault</name>
    <message>
        <source>This vault was written by a newer version of Meisai (schema %1, this version knows %2). Update Meisai to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Meisai profile in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is protected by a passphrase. Enter it to unlock the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not correct for this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault key does not match this database. The keychain entry for this profile may have been replaced; restore it, or restore the vault from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::Vocabulary</name>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal cardholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revolving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit limit and available credit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::cli::Cli</name>
    <message>
        <source>Output format: table (default), csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile folder (default: $MEISAI_PROFILE_DIR, else $XDG_DATA_HOME/meisai/profiles/default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use passphrase mode: ask for the passphrase on the terminal (or read MEISAI_PASSPHRASE) instead of using the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of messages and help: ja or en (default: from the locale, LANG or LC_MESSAGES).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help (for a command: COMMAND --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the issuers Meisai knows (bundled and added).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an issuer from its discovery document and its public profile (/v1/profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s discovery URL (RFC 8414 or OpenID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client id the issuer gave Meisai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PEM file of CA certificates trusted for this issuer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scope to ask for (repeatable; default: all the issuer offers of cards:read, transactions:read, statements:read, limits:read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id to register the issuer under (default: from its profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link an account at ISSUER: prints the authorization URL as the first line, opens the browser and waits for the issuer to send the browser back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not open a browser; open the printed URL yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for this scope only (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew this connection instead of adding one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the linked accounts and their state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch cards, transactions, statements, limits and notices (all connections, or one). Progress goes to stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List stored transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those billed in this month (支払月).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List monthly statements, with the total of the stored transactions beside the issuer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this billing month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List open alerts: what happened, what to do, whom to contact. &apos;ack ID&apos; or &apos;resolve ID&apos; changes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include resolved alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the API execution log, or verify its hash chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that no row was altered, inserted or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the newest N rows (default 50; 0: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect: revoke the grant at the issuer (RFC 7009), delete the local tokens and stop syncing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke every connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: meisai-cli [--profile-dir DIR] [--passphrase] [--language ja|en] COMMAND [ARGS…]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements from card issuers&apos; open APIs (Payments Japan API guideline), on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile folder, when --profile-dir is not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command line is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault is locked or unavailable (keychain, passphrase, no profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a connection needs to be linked again (its grant is gone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log failed verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such issuer, connection or alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linking was denied, cancelled or timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any other failure (database, disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See docs/cli.md for examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: meisai-cli [global options] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run meisai-cli --help for the global options and the exit codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no command &quot;%1&quot;. Run meisai-cli --help to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run meisai-cli %1 --help to see its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run meisai-cli --help to see the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Meisai profile in %1 yet. Add an issuer (meisai-cli issuer add) or link an account (meisai-cli link ISSUER) to create it, or give the right --profile-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault&apos;s key is in the system keychain, not derived from a passphrase. Run the command without --passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection &quot;%1&quot;. Run meisai-cli connections to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several connections are linked to %1; give the connection&apos;s number instead (see meisai-cli connections).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuer add takes options only: --discovery URL --client-id ID [--ca FILE] [--scope S]…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--discovery needs the issuer&apos;s discovery URL, starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--id may hold lower-case letters, digits and hyphens only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added issuer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiries: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraud and incidents: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a sandbox issuer: test data only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link an account with: meisai-cli link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), a connector, not the issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai, a connector, not the issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data provided by %1 through their card API v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, last fetched %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; shown by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuers takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template: needs the sandbox&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link needs the issuer&apos;s id, e.g. meisai-cli link hoshizora-card (see meisai-cli issuers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai does not know the issuer &quot;%1&quot;. Run meisai-cli issuers to see the ones it knows, or add it with meisai-cli issuer add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a sandbox template: add the running sandbox&apos;s issuer first with meisai-cli issuer add --discovery URL --client-id ID --ca FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the address above in your browser and sign in at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser should open at %1&apos;s sign-in page; if it does not, open the address above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting up to %1 seconds… (Ctrl+C cancels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened (xdg-open failed or is missing): open the address above yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer answered; finishing the link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in at the issuer was not completed within %1 seconds. Nothing was linked; start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked %1 as connection %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted scopes: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not granted: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent valid until: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To stop access at any time: meisai-cli revoke %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoke needs one connection (its number or issuer id) or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Local tokens deleted for %n connection(s); syncing them has stopped.</source>
        <translation>
            <numerusform>Local tokens deleted for %n connection; syncing it has stopped.</numerusform>
            <numerusform>Local tokens deleted for %n connections; syncing them has stopped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The issuers confirmed %n token(s) revoked.</source>
        <translation>
            <numerusform>The issuers confirmed %n token revoked.</numerusform>
            <numerusform>The issuers confirmed %n tokens revoked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) could not be revoked at the issuer yet; Meisai keeps them queued (encrypted) and tries again on the next run of meisai-cli sync or revoke.</source>
        <translation>
            <numerusform>%n token could not be revoked at the issuer yet; Meisai keeps it queued (encrypted) and tries again on the next run of meisai-cli sync or revoke.</numerusform>
            <numerusform>%n tokens could not be revoked at the issuer yet; Meisai keeps them queued (encrypted) and tries again on the next run of meisai-cli sync or revoke.</numerusform>
        </translation>
    </message>
    <message>
        <source>sync takes at most one connection (its number or issuer id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--retry-wait-cap-ms needs a number of milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection %1 was revoked; link the account again to sync it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection %1 needs to be linked again before it can sync: meisai-cli link %2 --reconnect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, card %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 transactions in %2 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active connections to sync. Link an account with: meisai-cli link ISSUER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cards, %2 new, %3 updated, %4 unchanged transactions, %5 statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: try again after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the connection needs to be linked again: meisai-cli link %2 --reconnect %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s): see meisai-cli alerts</source>
        <translation>
            <numerusform>%n open alert: see meisai-cli alerts</numerusform>
            <numerusform>%n open alerts: see meisai-cli alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync took %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is too long (1024 bytes at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connections yet. Link an account with: meisai-cli link ISSUER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (asked: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transactions takes no arguments; use --month, --card or --connection to filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--month needs a month as YYYY-MM, e.g. 2026-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transactions match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 transactions, %2 in total (cancelled ones left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statements takes no arguments; use --month, --card or --connection to filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statements yet. Run meisai-cli sync to fetch them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored items total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (differs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: meisai-cli alerts [--all], meisai-cli alerts ack ID, or meisai-cli alerts resolve ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alert is named by its number, as shown by meisai-cli alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no alert %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert %1 acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert %1 resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (connection %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a number of rows (0 for all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log has been altered: %1 Rows checked: %2, first bad row: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is intact: %1 rows checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no language &quot;%1&quot;: use ja or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: core dumps could not be turned off for this process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase is too weak for a new vault: %1 Nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If connections of this id were linked with another issuer, revoke them there and register this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the issuer publishes to FILE as a profile to complete and import, instead of adding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an issuer from a profile file (format 1, docs/issuer-profiles.md): for issuers that publish only standard metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not fetch the issuer&apos;s discovery document to check the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card API: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none given: linking works, syncing does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service hours: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the same command with --replace to do so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoked connection %1 at %2 first: %n token(s) confirmed revoked there.</source>
        <translation>
            <numerusform>Revoked connection %1 at %2 first: %n token confirmed revoked there.</numerusform>
            <numerusform>Revoked connection %1 at %2 first: %n tokens confirmed revoked there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) could not be revoked at the old issuer yet; they stay queued for it and are never sent to the new one.</source>
        <translation>
            <numerusform>%n token could not be revoked at the old issuer yet; it stays queued for it and is never sent to the new one.</numerusform>
            <numerusform>%n tokens could not be revoked at the old issuer yet; they stay queued for it and are never sent to the new one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaced issuer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; --draft writes a new file only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote a draft profile of %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then add it with: meisai-cli issuer import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not give everything Meisai needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes only standard metadata (no card API profile), so issuer add cannot fill in everything Meisai must show you before linking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile file must supply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one with what the issuer publishes by adding --draft FILE to this command, complete it, and add it with meisai-cli issuer import FILE (docs/issuer-profiles.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuer import needs one profile file, e.g. meisai-cli issuer import example-card.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is not part of format 1 and was ignored (a typo?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer could not be reached to check the profile (%1); it is added all the same and checked again when you link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase mode, reading the passphrase from file descriptor FD (up to the first newline), e.g. a pipe from a password manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault passphrase (passphrase mode without a prompt, for scripts; --passphrase-fd is safer). Removed from the process as soon as it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--passphrase-fd needs the number of an open file descriptor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no terminal to ask for the passphrase on. In a script, give it with --passphrase-fd or MEISAI_PASSPHRASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--passphrase-fd %1 is not an open file descriptor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase could not be read from file descriptor %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File descriptor %1 gave an empty passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: freed memory of this process is not overwritten; copies of tokens may stay readable in its memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a network or issuer error (incl. maintenance and rate limits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: a sign-in answer or a discovery document did not come from the issuer chosen (state or iss mismatch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: a server claimed the id of an issuer a connection is linked with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: the issuer&apos;s certificate is not trusted or the secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was refused; Meisai keeps waiting for the answer of the sign-in it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the backup passphrase from file descriptor FD (up to the first newline) instead of asking on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--backup-passphrase-fd needs the number of an open file descriptor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the backup passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. No backup was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup create needs the file to write: meisai-cli backup create FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name (a backup never overwrites a file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup passphrase is too weak: %1 No backup was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1, with the connections&apos; tokens: keep the file and its passphrase apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1, without tokens: connections restored from it are linked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup verify needs the backup file: meisai-cli backup verify FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is complete and opens with this passphrase. Made %1; %2 connections, %3 transactions, %4 statements, %5 rows of the execution log; %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup restore needs the backup file: meisai-cli backup restore FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a Meisai profile; restore into an empty folder (--profile-dir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) came without tokens: link them again with meisai-cli link ISSUER --reconnect CONNECTION; their history is kept.</source>
        <translation>
            <numerusform>%n connection came without tokens: link it again with meisai-cli link ISSUER --reconnect CONNECTION; its history is kept.</numerusform>
            <numerusform>%n connections came without tokens: link them again with meisai-cli link ISSUER --reconnect CONNECTION; their history is kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write an encrypted backup of the vault to FILE (a backup passphrase of its own; tokens only with --with-tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the connections&apos; tokens: whoever has the file and its passphrase can then read your accounts. Without them, restored connections are linked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that FILE is a complete backup that this passphrase opens, and say what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore FILE into the profile folder, which must not hold a profile yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup passphrase is needed, and there is no terminal to ask for it on: give it with --backup-passphrase-fd. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::ui::ActivityPage</name>
    <message>
        <source>Activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every call Meisai made to an issuer and every change to a connection, with the interaction ID the issuer can look up. The log is chained so changes to it can be detected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer, operation, result or interaction ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the integrity of the activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✔ The activity log is intact (%n entries checked).</source>
        <translation>
            <numerusform>✔ The activity log is intact (%n entry checked).</numerusform>
            <numerusform>✔ The activity log is intact (%n entries checked).</numerusform>
        </translation>
    </message>
    <message>
        <source>✘ The activity log was altered at entry %1. %2 Contact %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::ui::AddIssuerDialog</name>
    <message>
        <source>Add an issuer — Meisai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — a screen of %2, not of your card issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai can link any issuer that follows the open API standards. Tell Meisai how to reach the issuer; you check what the issuer says about itself before it is added. Adding an issuer shares nothing: you link your account afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a &amp;profile file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer, or whoever set up Meisai for you, gave you a Meisai issuer profile (a .json file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the issuer&apos;s &amp;discovery address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer publishes its sign-in settings at an address such as https://auth.example-card.jp/.well-known/oauth-authorization-server. Meisai reads them, and you fill in what the issuer does not publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an issuer from a profile file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai reads the file and checks it against what the issuer publishes now. A certificate file named in it is looked for next to the profile file and kept with the issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example, ~/example-card.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the profile file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an issuer from its discovery address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer gives these to connectors such as Meisai. Meisai reads only what the issuer publishes to everyone; you do not sign in here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;iscovery address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://auth.example-card.jp/.well-known/oauth-authorization-server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client ID the issuer registered for Meisai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: only for an issuer with its own certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Local name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: lower-case letters, digits and hyphens; else the issuer&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in what the issuer does not publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry des&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry &amp;phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry &amp;e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry &amp;web page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card &amp;API address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name in Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name in Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry desk in Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry desk in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower-case letters, digits and hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0120-000-000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… (Meisai reads the statements there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access Meisai asks for, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick only the access Meisai needs. Each purpose is shown on Meisai&apos;s consent screen before you link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose in Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose of %1 in Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose of %1 in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the issuer before adding it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what the profile says about the issuer. Meisai shows it to you before every link; make sure it is the company you mean and that these are its real contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add the issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace and revoke the linked connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card API address is given: you can link this issuer, but Meisai cannot read statements from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the profile file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the discovery address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an issuer profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer profiles (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the issuer&apos;s CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the issuer&apos;s profile file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable issuer profile. Nothing was added. Ask whoever gave it to you to correct:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not part of profile format 1 and was ignored (a typo?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the profile against what %1 publishes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer does not confirm this profile. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer could not be reached to check the profile (%1). You can add it all the same; Meisai checks it again when you link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the issuer&apos;s discovery address, starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local name may hold lower-case letters, digits and hyphens only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai could not read what the issuer publishes. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai read the sign-in settings of %1 and the public profile of its card API. Check what was filled in and add what is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai read the sign-in settings of %1. The issuer publishes nothing about itself there, so fill in who it is and how to contact it, from the issuer&apos;s own documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api_base_url: &quot;%1&quot; is not an address; it starts with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is missing. Choose Next to check the issuer&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Still missing or not valid (%n):</source>
        <translation>
            <numerusform>Still missing or not valid (%n):</numerusform>
            <numerusform>Still missing or not valid (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>What is still missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a card API address you can link this issuer, but Meisai cannot read statements from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s certificate authorities only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2), trusted for this issuer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (local name: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sandbox issuer: test data only, for trying Meisai out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (named by the issuer&apos;s discovery document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none given: linking works, reading statements does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraud and security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent lasts at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai will revoke every linked connection of &quot;%1&quot; at %2, delete their tokens, and only then register %3 for it. The statements already downloaded stay in Meisai. To sync again you link the new issuer. Replace the issuer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace and revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking the linked connections at the old issuer, then adding %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel to keep your connections as they are. Choose “Replace and revoke the linked connections” only if you are sure that %1 is now the right address of this issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>First, Meisai revoked %n linked connection(s) (%1) at %2 and deleted their tokens.</source>
        <translation>
            <numerusform>First, Meisai revoked %n linked connection (%1) at %2 and deleted their tokens.</numerusform>
            <numerusform>First, Meisai revoked %n linked connections (%1) at %2 and deleted their tokens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 confirmed %n token(s) as revoked.</source>
        <translation>
            <numerusform>%1 confirmed %n token as revoked.</numerusform>
            <numerusform>%1 confirmed %n tokens as revoked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) could not be revoked there yet. Meisai keeps trying at %1 and never sends them to the new issuer.</source>
        <translation>
            <numerusform>%n token could not be revoked there yet. Meisai keeps trying at %1 and never sends it to the new issuer.</numerusform>
            <numerusform>%n tokens could not be revoked there yet. Meisai keeps trying at %1 and never sends them to the new issuer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The statements of those connections stay in Meisai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai now reaches %1 at %2 (it used %3 before).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai now knows %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To read your statements from it, choose “Link an issuer…” under Connections and pick %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name people know it by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the company&apos;s registered name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::ui::AlertModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::ui::Ask</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::ui::AuditLogModel</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::ui::ConnectionModel</name>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::ui::ConnectionsPage</name>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each connection is an access you granted Meisai at an issuer. You can stop any of them at any time; Meisai then asks the issuer to revoke the access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link an issuer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link an issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync the selected connection now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect the selected connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect the selected connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connections yet. Choose &quot;Link an issuer&quot; to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested, not granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer inquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai will delete its access to %1 and ask %1 to revoke it. Syncing stops at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai could not disconnect %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai deleted its access to %1 and can no longer use it. %1 could not be reached to confirm the revocation; Meisai keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 confirmed that Meisai&apos;s access is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the statements already downloaded from %1 in Meisai, or delete them from this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data from %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data from %1 stays in Meisai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add an issuer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an issuer from a profile file or its discovery address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer no longer accepts this access. Choose Reconnect to approve it again; your history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (left out when linking; Meisai does not read it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::ui::LinkWizard</name>
    <message>
        <source>Reconnect an issuer — Meisai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link an issuer — Meisai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your card issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai reads your statements through the issuer&apos;s official API. You sign in and approve on the issuer&apos;s own page; Meisai never sees your issuer password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the page again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No issuer is registered in this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox issuer: test data only, for trying Meisai out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraud and security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you continue: what you allow Meisai to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed for Meisai to work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: you may leave this out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai opened %1&apos;s page in your web browser. Sign in there and approve the access. This window continues by itself when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your browser did not open, copy this link into it:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai could not open your web browser. Copy the link below into your browser, sign in there and approve the access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval received. Finishing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declined, or %1 refused, the access. Nothing was shared. Start again if this was a mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking was cancelled. Nothing was shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer did not come from the issuer you chose, so Meisai stopped to protect you. Close other sign-in tabs and start again. If it happens again, contact us: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval took too long. Start again and finish it in your browser within 10 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai could not reach %1 safely. Check your internet connection and try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is under maintenance. Try again after the maintenance window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later. If it keeps failing, contact %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Meisai now syncs your statements from %1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 granted less than Meisai asked for. The parts not granted will stay empty; reconnect to grant them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This consent lasts until %1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;What to do:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — a screen of %2, not of your card issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This screen is shown by %1, not by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gets access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For which service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (household ledger for your card statements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1 days from your approval, including renewals with a refresh token. After that you are asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to stop it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time: Connections → Disconnect, or Stop all connections in Meisai, or at %1. Meisai then asks %1 to revoke its access at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai only reads data; it cannot pay, change settings or see your full card number. Enter your issuer ID and password only on %1&apos;s page, never in Meisai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Meisai asks for, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) holds your card account, checks that it is you and decides what to share. Questions about your card, charges or payments: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs Meisai, a separate service, and only shows and totals the data %2 provides. Meisai is not %2&apos;s app. Questions about Meisai: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you suffer a loss: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a password for Meisai and your computer that differs from your issuer password, and is not easy to guess. Never lend or tell it to anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep antivirus software installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a password may have leaked, contact us at once: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;I have read the above and want to continue to the issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To continue, tick &quot;I have read the above&quot; (Space or Alt+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::ui::MainWindow</name>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — a service of %2, not a card issuer&apos;s app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app is run by %1, not by your card issuer. Your issuers provide the data through their APIs; %1 shows it to you. Meisai never asks for your issuer password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is linked to test issuers; no real card data is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop all connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke Meisai&apos;s access at every issuer now and stop syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai will delete its access tokens, ask every issuer to revoke its access and stop syncing. Your downloaded statements stay in this app. To see new data later, link the issuers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking access at every issuer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not stop all connections: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped %n connection(s). The issuers confirmed the revocation of %1 token(s).</source>
        <translation>
            <numerusform>Stopped %n connection. The issuers confirmed the revocation of %1 token(s).</numerusform>
            <numerusform>Stopped %n connections. The issuers confirmed the revocation of %1 token(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) could not be revoked yet because an issuer could not be reached; Meisai keeps retrying. Meisai can no longer use them.</source>
        <translation>
            <numerusform>%n token could not be revoked yet because an issuer could not be reached; Meisai keeps retrying. Meisai can no longer use it.</numerusform>
            <numerusform>%n tokens could not be revoked yet because an issuer could not be reached; Meisai keeps retrying. Meisai can no longer use them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meisai::ui::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link an issuer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link an issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No issuer is linked yet. Choose &quot;Link an issuer&quot; to connect your first card account; you approve the access on the issuer&apos;s own page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed amount per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next payment due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of billed amounts per month and issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thousand yen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices from your issuers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your %n connection(s) were stopped, so Meisai no longer reads anything from the issuers. The statements already received are kept under Statements. To read new ones, choose &quot;Link an issuer&quot;, or Reconnect under Connections.</source>
        <translation>
            <numerusform>Your connection was stopped, so Meisai no longer reads anything from the issuers. The statements already received are kept under Statements. To read new ones, choose &quot;Link an issuer&quot;, or Reconnect under Connections.</numerusform>
            <numerusform>Your %n connections were stopped, so Meisai no longer reads anything from the issuers. The statements already received are kept under Statements. To read new ones, choose &quot;Link an issuer&quot;, or Reconnect under Connections.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meisai::ui::SecurityPage</name>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the selected alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted. The key is kept in your system keychain (Secret Service), so Meisai opens without a password while you are logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted with a key derived from your Meisai passphrase (Argon2id). Meisai asks for it at every start; nobody can recover it for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your accounts safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts. Meisai tells you here when an issuer revokes access, a consent is about to expire or an issuer publishes a security notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a password for Meisai and your computer that differs from your card issuers&apos; passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid passwords that are easy to guess; never lend or tell them to anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep antivirus software installed and up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai never asks for your issuer ID or password; enter them only on your issuer&apos;s own page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a password may have leaked or you see access you do not recognise, press %1 and contact us at once: %2. For your card, contact your issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom to contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert could not be marked as acknowledged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync interval in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the provider of this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai is provided by the company below, which is not a card issuer. These details come from the connector profile and cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language could not be saved: %1 Meisai uses it until you close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync interval could not be saved: %1 Meisai uses the new interval until you close it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::ui::StatementsPage</name>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Billing month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant, remarks or approval number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transactions yet. Link an issuer under Connections, then sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All billing months. Choose a month to see its statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statement from the issuer for %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet confirmed (amounts may change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) shown, total %1</source>
        <translation>
            <numerusform>%n item shown, total %1</numerusform>
            <numerusform>%n items shown, total %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Provided by &lt;b&gt;%1&lt;/b&gt; through its card API (fetched %2). Questions about your card or charges: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data is provided by your card issuers through their card APIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown by &lt;b&gt;%1&lt;/b&gt; in %2. Questions about this app: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing and due dates differ by card. Choose a card to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed amount, all cards: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::ui::SyncController</name>
    <message>
        <source>%1: waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: card %2 of %3, %n transaction(s) received…</source>
        <translation>
            <numerusform>%1: card %2 of %3, %n transaction received…</numerusform>
            <numerusform>%1: card %2 of %3, %n transactions received…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: reading statements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading credit limits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading notices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: waiting (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: synced, %n new transaction(s).</source>
        <translation>
            <numerusform>%1: synced, %n new transaction.</numerusform>
            <numerusform>%1: synced, %n new transactions.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is under maintenance; Meisai tries again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer accepts Meisai&apos;s access: reconnect it under Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sync stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not synced (not active).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sync failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::ui::TransactionModel</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n payments)</source>
        <translation>
            <numerusform>%1 (%n payment)</numerusform>
            <numerusform>%1 (%n payments)</numerusform>
        </translation>
    </message>
    <message>
        <source>Date of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meisai::ui::Unlock</name>
    <message>
        <source>Unlock Meisai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a passphrase for Meisai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a long passphrase that you use nowhere else — not the password of any card issuer. Nobody can recover it for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase of your Meisai data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meisai never keeps your data unencrypted. You can protect it with a passphrase instead, which you will enter at every start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters; four or more unrelated words are a good choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong enough. Now repeat it: the two entries differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong enough, and both entries match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
