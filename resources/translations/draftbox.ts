<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>AccountLock</name>
    <message>
        <source>process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityCache</name>
    <message>
        <source>Draftbox could not open its local copy of your messages (%1); it works from Close alone until it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draftbox&apos;s local copy of your messages could not be read (%1); a new one was made, and your messages are listed again from Close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draftbox&apos;s local copy of your messages could not be read (%1). It was moved to %2, a new one was made, and your messages are listed again from Close. Unsaved edits are not in it and were not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite driver of Qt SQL is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its integrity check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was made by a newer Draftbox (schema %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityFilterProxy</name>
    <message>
        <source>Kept in the list while you work on it: it no longer matches the filter. It leaves once you pick another row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>Restored: these edits from your last session were not saved yet. Save or revert them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close refused what is marked in red below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitySync</name>
    <message>
        <source>%1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draftbox could not read these edits as Close takes them, so nothing was saved. Check the fields and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Close&apos;s copy before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Close&apos;s copy before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this in Close since you started editing it. Nothing was saved: choose which version to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close&apos;s copy changed since Draftbox showed it (%1 is now different). Nothing was sent: check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Close: %1 Your edits are kept; Draftbox tries again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close could not be asked whether it went out. Draftbox asks again as soon as Close answers, and never sends it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close refused what was written in some fields: %1. Correct them and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not take this value, so it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Close said there was more, then sent an empty page; Draftbox stopped listing at %Ln messages.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close said there was more, then sent again what it had already listed; Draftbox stopped listing at %Ln messages.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The list may be missing messages. Press F5 to list again from the start; if this keeps happening, report it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Close refused some fields: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insecure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your connection. Your changes are kept and will be saved when Close can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close did not answer in time. Your changes are kept; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the message and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked fields and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your API key in the connection settings (Close: Settings → Developer → API Keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Close plan&apos;s limit was reached. Ask your Close admin to upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Close user may not do this. Ask your Close admin for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was deleted in Close. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests: Draftbox retries in %1 s by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close had a problem. Your changes are kept; try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close sent an answer Draftbox does not understand. Try again; if it keeps happening, report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an https:// address. Plain http:// is only allowed to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, report it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseCall</name>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key or token is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close did not answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach Close: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may or may not have been created; refresh before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close&apos;s answer is not a JSON object (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an array or a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close&apos;s answer is not what Draftbox expects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost (%1). Draftbox checked: Close now has it as %2. It was not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost (%1) and Close could not be asked what happened. It was not sent again; refresh before retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close&apos;s answer was larger than the %1 MB Draftbox reads for one request, so it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close said there was more, then answered with what it had already sent, or nothing; Draftbox stopped asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close said there was more after %L1 pages; Draftbox stopped asking.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseClient</name>
    <message>
        <source>%1 is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draftbox only talks to Close over https://; plain http:// is allowed to this computer only (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an http(s) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send new SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load WhatsApp messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load WhatsApp message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record WhatsApp message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save WhatsApp message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete WhatsApp message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load SMS templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load SMS template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close named a plain http:// address (%1); Draftbox only follows https:// from Close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Close for changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in Close while you were editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;In Close now&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Close&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the %1 in Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your %1 over the one in Close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop your edit of %1 and keep Close&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each field, choose which version to keep, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attachments</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OAuth access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try with &amp;sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draftbox works on the SMS of your Close account. Create an API key in Close under Settings → Developer → API Keys and paste it here, or use an OAuth access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the characters while typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on the built-in sandbox: sample leads and SMS, nothing is really sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API&apos;s URL, for example %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Close who this key belongs to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close did not accept this access token. Sign in again where you got it, and paste the new one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close did not accept this API key. Check it in Close under Settings → Developer → API Keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close said: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProbe</name>
    <message>
        <source>Enter an API key or a token first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionState</name>
    <message>
        <source>● Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Connected · 1 change waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Offline · 1 change waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Close refused the API key — reconnect (Ctrl+Shift+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Close&apos;s first answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close cannot be reached: %1 Waiting edits are saved (and unconfirmed sends checked) by themselves when it answers again; Refresh (F5) tries at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close refused the API key or token in use: %1 Connect with a valid one (File → Connect to Close…, Ctrl+Shift+K) or go back to sample data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>● Connected · %n changes waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>● Offline · %n changes waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (open, not a match)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>Saved in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draftbox could not reach the system keyring, so the key is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopPreferences</name>
    <message>
        <source>&amp;Notify of New Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Running in the Tray When Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window quits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop notification when an SMS comes in or Close could not send one, unless you are looking at it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the window leaves Draftbox in the tray, still telling of new SMS; Quit ends it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a system tray there is nowhere to keep Draftbox once its window is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Write your message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSM-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UCS-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 left in this segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · highlighted characters force UCS-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln segments</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This message has a paragraph of %1 characters, and Close sends at most %2 in an SMS. It is kept whole, but shown cut short and read-only so that Draftbox stays quick.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftboxApp</name>
    <message>
        <source>key in memory only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a remembered Close account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data: the built-in sandbox at %1 (no Close account; nothing is really sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close account at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unsaved edit from your last session is back, marked as restored: save or revert it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved edits from your last session are back, marked as restored: save or revert them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter another below, or try Draftbox with sample data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another Draftbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another Draftbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample data is open in %1, which keeps its unsaved edits: this window leaves them alone, so that neither overwrites the other&apos;s. Use that window, or quit it and choose sample data here again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Close account at %1 is open in %2, which keeps its unsaved edits: this window leaves them alone, so that neither overwrites the other&apos;s. Use that window, or quit it and connect here again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing open: it is open in another Draftbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditJournal</name>
    <message>
        <source>Draftbox could not write its journal of unsaved edits (%1): %2. Your edits are kept in memory; save them before quitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be moved aside from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was kept aside as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draftbox could not read its journal of unsaved edits (%1); %2, and nothing was restored from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draftbox&apos;s journal of unsaved edits is damaged or from another version: %1, and nothing was restored from it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorLog</name>
    <message>
        <source>it worked on a retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close no longer lists it as failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close could not send this SMS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close does not try a failed SMS again. Check the number (and that the contact has not opted out), then write it as a new draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved at %1. Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved at %1 (%2). Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved edits from your last session could not be put back: Close no longer has this activity. They were:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Copy below to take the text, and write it again where it belongs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unsaved edit from your last session could not be read back (the file that kept it holds a value of the wrong kind), so it was not put back and nothing of it was sent. It was:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Copy below to take it, and write it again in the activity; the rest of your edits are back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some disk space or check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep unsaved edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember read messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone deleted this in Close while you were editing it, so your unsaved edits could not be saved. They were:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: your messages come from Close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorLogModel</name>
    <message>
        <source>Close refused %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved since</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n times)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing went wrong. Failures will be listed here, with what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected problem (or all) to paste into a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close is limiting how fast Draftbox may send requests. Waiting %1 s; what is queued goes out by itself and nothing you typed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventSync</name>
    <message>
        <source>Draftbox last brought your messages up to date on %1, longer ago than Close&apos;s event log keeps (%2 days): it lists them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close refused to read its event log further (%1): Draftbox lists your messages again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More changed in Close than its event log can tell in %L1 pages: Draftbox lists your messages again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing your messages as of %1 · checking Close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close not reached: messages as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date · checked %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileFetch</name>
    <message>
        <source>Draftbox opens attachments only from Close (%1 is not Close&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key or token is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment is larger than the %1 MB Draftbox opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close did not send the attachment in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach Close: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close sent the attachment round in circles; Draftbox stopped following.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close did not give the attachment (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileUpload</name>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than the %2 MB Draftbox sends in one attachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close named a download address that is not its own (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file storage&apos;s answer was larger than Draftbox reads; %1 was not attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1 took longer than the %2 s the file storage allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not send %1 to the file storage: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file storage refused %1 (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file storage refused %1 (HTTP %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormSupport</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <source>Search messages and numbers (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LongTextGuard</name>
    <message>
        <source>S&amp;horten to %L1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the first %L1 characters, as the message to edit and send; Revert brings the whole text back until you save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Draftbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your SMS drafts, scheduled and sent messages (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp conversations recorded in Close (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to Close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Draftbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Draftbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Draftbox %1&lt;/h3&gt;&lt;p&gt;Review, edit, schedule and send the SMS of your Close account, and keep its WhatsApp records right.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces: SMS or WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed in Close what you are editing: choose which version to keep in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That activity is not in the lists (any more): Close may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draftbox will use the language you chose the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the Problems panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are looking at sample data — connect your Close account (Ctrl+Shift+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your Close account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln problems</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New SMS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS as &amp;Conversations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkupEditor</name>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strikethrough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monospace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message, in WhatsApp&apos;s markup: *bold*, _italic_, ~strikethrough~, ```monospace```</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As Close shows it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: the message is too long to preview as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of your changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message has a paragraph of %1 characters, and WhatsApp takes at most %2 in a message. It is kept whole, but shown cut short and read-only so that Draftbox stays quick.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MmsAttachments</name>
    <message>
        <source>Pictures, videos, sound, contact cards and PDF (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.mp4 *.m4v *.mov *.3gp *.3g2 *.mpeg *.mpg *.webm *.mp3 *.m4a *.ogg *.oga *.amr *.wav *.vcf *.pdf *.ics *.csv *.rtf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SMS is no longer in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft takes attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SMS takes no changes while it is being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An MMS takes at most %1 attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close does not send %1 in an SMS: attach a picture, a video, a sound, a contact card or a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; an MMS attachment can be at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not attached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was uploaded, but the SMS is no longer listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was uploaded, but the SMS no longer takes changes, so it was not attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written to a temporary file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewSmsDialog</name>
    <message>
        <source>C&amp;reate draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name, company or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching Close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one matches “%1”. Type their number with its country code (+1 202 555 0100) to text a number Close does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a few letters of their name or company, or their number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your organization&apos;s numbers can text %1 numbers: the draft can be written, not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the draft in Close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close did not create the draft: %1 Nothing you chose is lost; try again when Close answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptOutList</name>
    <message>
        <source>%1 replied “%2” on %3: they asked not to be texted. Draftbox will not send or schedule an SMS to this number until they reply START.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opted out of SMS: Close blocks texts to this number (they replied STOP). Draftbox will not send or schedule an SMS to it until they reply START.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageLoader</name>
    <message numerus="yes">
        <source>Close said there was more after %L1 pages (%Ln messages); Draftbox stopped listing there.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePickerModel</name>
    <message>
        <source>Close could not be searched (%1); only the people Draftbox already knows are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close&apos;s users could not be listed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonField</name>
    <message>
        <source>Copy &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the ID, or open the lead in Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
ID: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <extracomment>The button that opens the field&apos;s actions (Copy ID, Open in Close).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser opened %1; the address is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneCheck</name>
    <message>
        <source>Enter a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid number; check the digits and the country code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadMarks</name>
    <message>
        <source>Draftbox could not remember which messages you have read (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientModel</name>
    <message>
        <source>Close could not be searched (%1); the people Draftbox already knows are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no contact in Close)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opted out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Return sends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply now, with %1 seconds to undo (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That SMS is no longer in Close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SMS has no number to write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: Close did not take the reply (%1). Your text is kept; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeHtml</name>
    <message>
        <source>%1… (%L2 characters in all; the form shows the whole text)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulePicker</name>
    <message>
        <source>Schedule SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 1 &amp;hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tomorrow 9:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Monday 9:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time has already passed. Pick a time in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next time inside their 8:00–20:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type any time, or pick one of the slots below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times to send, every 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 15 minutes, from 8:00 to 20:00 first, then the evening and the night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the time to the next moment between 8:00 and 20:00 where they live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule for the next free slot instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside 8:00–20:00 for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed while this window was open: nothing is scheduled. Pick a later time or the next slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are yours: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>day and time for the recipient</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their time: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the contact&apos;s time zone in Close (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the area of their number (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From their country (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ That is %1 for them, outside their 8:00–20:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their time zones are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their time zone is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Their times: %1; %n unknown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Their times: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ That is outside 8:00–20:00 for some of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SenderNumberModel</name>
    <message>
        <source>%1 cannot text numbers in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>No Draftbox answered in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Draftbox already open did not take the command line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command line is too long to hand over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Draftbox already open gave an answer Draftbox does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Draftbox already open is another version: quit it, then start this one again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmsBulkAction</name>
    <message>
        <source>This SMS is no longer in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmsForm</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sche&amp;dule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this SMS happened, in your time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected file off this draft (saved with the next Save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient number check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of this SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messa&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft in Close (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send now, with %1 seconds to undo (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a day and time to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this SMS from going out and make it a draft again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;nd now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resche&amp;dule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not one of your numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who should receive this SMS?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an SMS on the left to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking to Close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft — unsaved changes. Save (Ctrl+S) or send (Ctrl+Return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft — edit it, then save, schedule or send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for %1. Cancel sending to edit it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending… It can still be cancelled until it goes out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1. Sent messages cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1. Received messages cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close could not send this SMS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status “%1” is new to Draftbox; it is shown read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction: %1 · Source: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 · cost %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tem&amp;plate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act&amp;ivity date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending not confirmed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template variables left to fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender number check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draftbox could not fill %1: replace it in the message before you send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That SMS is deleted. Pick another one on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving… Keep typing: what you add is saved right after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scheduled: that SMS is no longer in Close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is being changed or sent right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scheduled. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their number, e.g. +1 202 555 0100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this draft? This cannot be undone.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to %1 in %2 s. Undo keeps it as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write them a new SMS, from the number this one came in on (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new draft with this text, to the same number: fix what failed, then send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close did not create the new draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SMS has no number to write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SMS is still scheduled in Close and would fail: Cancel sending keeps it from going out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft — it cannot be sent or scheduled: they asked not to be texted (see under the number). Saving still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an attachment to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a picture, video, sound, contact card or PDF to this draft (it becomes an MMS). You can also drop files on the form or paste a picture into the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is attached; Save to keep it on the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach to the SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a draft first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name to choose the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name to choose the lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name to choose the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program opened it; it is saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To and Lead follow %1: %2. Revert takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;SMS to this contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold (&amp;back to draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply since you wrote this SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold this SMS: back to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replied %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replied %2, with an attachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replied %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replied on %2, after you wrote this SMS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold takes it back to draft, so it does not go out at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SMS is being sent and may already be out; Cancel sending stops it if it is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read it before this draft goes; the notice goes once you save the draft again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this SMS back to draft so it does not go out, now that %1 replied. Edit it, then schedule it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft — unsaved changes: Save comes back once you choose a version below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmsNotifications</name>
    <message>
        <source>Unknown number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n SMS not sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new SMS</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To %1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close did not say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmsSegments</name>
    <message>
        <source>Too long: Close accepts at most %1 characters. Remove %2 to save or send.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmsStatus</name>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmsSync</name>
    <message>
        <source>This SMS is no longer in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft can be sent or scheduled; this SMS is “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close is still answering about this SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending it is not confirmed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed it in Close: choose which version to keep first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 It cannot be sent or scheduled until the number is right; saving the draft still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draftbox could not read these edits as Close takes them, so nothing was sent. Check the fields and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the answer to sending it was lost, and Close still has this SMS as a draft. Your edits are kept; send again when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your organization&apos;s numbers can text %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one that can: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the number to send it from. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of your organization&apos;s SMS numbers, and Close sends SMS only from those. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot text numbers in %2: the carrier would refuse it. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot send pictures to numbers in %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attachment is still being uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your organization&apos;s numbers can send pictures to %1: send it without attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a message first: there is nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmsTableModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (formatted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (formatted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by (ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated by (ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence (ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no picture to attach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picture-%1.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such attachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replied since you wrote this: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmsWorkspace</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the SMS of one lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only these (several can be on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the SMS again that the search hides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send all selected drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule all selected drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all selected drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the bulk action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk action progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SMS match “%1” with the filters above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SMS match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draftbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send all selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule all selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was asked of Close for this one. Open it, fix what is said, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 succeeded, %2 did not (see Problems).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (loading…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 draft selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n drafts selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (1 other left alone: only drafts can be sent, scheduled or deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n others left alone: only drafts can be sent, scheduled or deleted)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Send 1 SMS now? It goes out at once and cannot be called back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send %n SMS now? They go out at once and cannot be called back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete 1 draft? Close keeps no copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n drafts? Close keeps no copy.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule 1 draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Schedule %n drafts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sending 1 draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending %n drafts…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduling 1 draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scheduling %n drafts…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting 1 draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n drafts…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New draft: write the message, then send (Ctrl+Return) or schedule it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The empty draft was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the SMS as conversations, one per person, or as one list (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New SMS to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replied %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replied %2: “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 recipient replied since you wrote their draft: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recipients replied since you wrote their draft: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Send only the other 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send only the other %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Leave out the drafts to those who replied: they stay drafts, to read their reply and write again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these drafts can be sent:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left as drafts, as Close would not send them:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpellHighlighter</name>
    <message>
        <source>English (US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling &amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (no dictionary installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (%1, from the recipient&apos;s country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>&amp;Show Draftbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draftbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Draftbox — %n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1+</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ucs2Highlighter</name>
    <message>
        <source>This character makes the SMS use UCS-2: 70 characters a segment instead of 160.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatsAppForm</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received (incoming)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent (outgoing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message of this conversation that this one answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this message was sent or received, in your time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected file off this message (saved with the next Save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 818 333 4444</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 650 555 0100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their number check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your number check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this message came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Their number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Us&amp;er:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ply to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes to this record in Close (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back what Close has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this WhatsApp message from Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message not in this conversation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose WhatsApp number is this conversation with?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a WhatsApp message on the left to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking to Close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes. Save (Ctrl+S) or revert them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced from WhatsApp. Close never sends WhatsApp messages: what you change here corrects Close&apos;s record of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp message ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete WhatsApp message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this WhatsApp message from Close? Close keeps no copy, and it is not taken back from WhatsApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act&amp;ivity date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A later message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp message fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by %1 · &lt;a href=&quot;%2&quot; style=&quot;color: %3&quot;&gt;open in %1&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name to choose the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name to choose the user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatsAppSync</name>
    <message>
        <source>Not changed: a message cannot be a reply to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: “%1” already answers this message (directly or through other replies), so this one cannot answer it; that would make a loop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatsAppTableModel</name>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message (plain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your number (formatted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their number (formatted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by (ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated by (ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence (ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatsAppWorkspace</name>
    <message>
        <source>Show only these (both or neither: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search WhatsApp messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (loading…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Review, edit, schedule and send the SMS drafts of your Close account.
Without an account it runs on a built-in sandbox with sample data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the built-in sandbox with sample data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close API base URL (default %1). The API key comes from the CLOSE_API_KEY environment variable or the connect dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draftbox is already open on this account: its window was brought up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draftbox is already open on this account: its window was brought up. It keeps the key it has; CLOSE_API_KEY was not handed over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
