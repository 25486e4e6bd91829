<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccountLock</name>
    <message>
        <source>process %1</source>
        <translation>processus %1</translation>
    </message>
    <message>
        <source>process %1 on %2</source>
        <translation>processus %1 sur %2</translation>
    </message>
</context>
<context>
    <name>ActivityCache</name>
    <message>
        <source>Draftbox could not open its local copy of your messages (%1); it works from Close alone until it can.</source>
        <translation>Draftbox n’a pas pu ouvrir sa copie locale de vos messages (%1)&#xa0;; il fonctionne avec Close seul jusqu’à ce qu’il y parvienne.</translation>
    </message>
    <message>
        <source>Draftbox&apos;s local copy of your messages could not be read (%1); a new one was made, and your messages are listed again from Close.</source>
        <translation>La copie locale de vos messages n’a pas pu être lue (%1)&#xa0;; une nouvelle a été créée, et vos messages sont à nouveau chargés depuis Close.</translation>
    </message>
    <message>
        <source>Draftbox&apos;s local copy of your messages could not be read (%1). It was moved to %2, a new one was made, and your messages are listed again from Close. Unsaved edits are not in it and were not touched.</source>
        <translation>La copie locale de vos messages n’a pas pu être lue (%1). Elle a été déplacée vers %2, une nouvelle a été créée, et vos messages sont à nouveau chargés depuis Close. Les modifications non enregistrées n’y figurent pas et n’ont pas été touchées.</translation>
    </message>
    <message>
        <source>the SQLite driver of Qt SQL is not installed</source>
        <translation>le pilote SQLite de Qt SQL n’est pas installé</translation>
    </message>
    <message>
        <source>its integrity check failed</source>
        <translation>sa vérification d’intégrité a échoué</translation>
    </message>
    <message>
        <source>it was made by a newer Draftbox (schema %1)</source>
        <translation>elle a été créée par une version plus récente de Draftbox (schéma %1)</translation>
    </message>
</context>
<context>
    <name>ActivityFilterProxy</name>
    <message>
        <source>Kept in the list while you work on it: it no longer matches the filter. It leaves once you pick another row.</source>
        <translation>Gardé dans la liste tant que vous travaillez dessus&#xa0;: il ne correspond plus au filtre. Il disparaît dès que vous choisissez une autre ligne.</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>Restored: these edits from your last session were not saved yet. Save or revert them.</source>
        <translation>Restauré&#xa0;: ces modifications de votre dernière session n’étaient pas encore enregistrées. Enregistrez-les ou annulez-les.</translation>
    </message>
    <message>
        <source>Close refused what is marked in red below.</source>
        <translation>Close a refusé ce qui est marqué en rouge ci-dessous.</translation>
    </message>
</context>
<context>
    <name>ActivitySync</name>
    <message>
        <source>%1: “%2”</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation>(effacé)</translation>
    </message>
    <message>
        <source>Draftbox could not read these edits as Close takes them, so nothing was saved. Check the fields and save again.</source>
        <translation>Draftbox n’a pas pu lire ces modifications sous la forme attendue par Close&#xa0;: rien n’a été enregistré. Vérifiez les champs et enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>Check Close&apos;s copy before saving</source>
        <translation>Vérifier la version de Close avant d’enregistrer</translation>
    </message>
    <message>
        <source>Check Close&apos;s copy before sending</source>
        <translation>Vérifier la version de Close avant d’envoyer</translation>
    </message>
    <message>
        <source>Someone changed this in Close since you started editing it. Nothing was saved: choose which version to keep.</source>
        <translation>Quelqu’un a modifié ceci dans Close depuis que vous avez commencé à le modifier. Rien n’a été enregistré&#xa0;: choisissez la version à garder.</translation>
    </message>
    <message>
        <source>Close&apos;s copy changed since Draftbox showed it (%1 is now different). Nothing was sent: check it and try again.</source>
        <translation>La version de Close a changé depuis que Draftbox l’a affichée (%1 est maintenant différent). Rien n’a été envoyé&#xa0;: vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <source>Waiting for Close: %1 Your edits are kept; Draftbox tries again by itself.</source>
        <translation>En attente de Close&#xa0;: %1 Vos modifications sont conservées&#xa0;; Draftbox réessaie de lui-même.</translation>
    </message>
    <message>
        <source>Close could not be asked whether it went out. Draftbox asks again as soon as Close answers, and never sends it twice.</source>
        <translation>Impossible de demander à Close si le SMS est parti. Draftbox redemande dès que Close répond, et ne l’envoie jamais deux fois.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Close refused what was written in some fields: %1. Correct them and save again.</source>
        <translation>Close a refusé le contenu de certains champs&#xa0;: %1. Corrigez-les et enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>%1 does not take this value, so it was not changed.</source>
        <translation>«&#xa0;%1&#xa0;» n’accepte pas cette valeur&#xa0;: le champ n’a pas été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>Close said there was more, then sent an empty page; Draftbox stopped listing at %Ln messages.</source>
        <translation>
            <numerusform>Close annonçait d’autres messages, puis a envoyé une page vide&#xa0;; Draftbox a arrêté la liste à %Ln message.</numerusform>
            <numerusform>Close annonçait d’autres messages, puis a envoyé une page vide&#xa0;; Draftbox a arrêté la liste à %Ln messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close said there was more, then sent again what it had already listed; Draftbox stopped listing at %Ln messages.</source>
        <translation>
            <numerusform>Close annonçait d’autres messages, puis a renvoyé ce qu’il avait déjà listé&#xa0;; Draftbox a arrêté la liste à %Ln message.</numerusform>
            <numerusform>Close annonçait d’autres messages, puis a renvoyé ce qu’il avait déjà listé&#xa0;; Draftbox a arrêté la liste à %Ln messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list may be missing messages. Press F5 to list again from the start; if this keeps happening, report it.</source>
        <translation>Il manque peut-être des messages dans la liste. Appuyez sur F5 pour la recharger depuis le début&#xa0;; si cela se reproduit, signalez-le.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Close refused some fields: %1.</source>
        <translation>Close a refusé certains champs&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Close answered with HTTP status %1.</source>
        <translation>Close a répondu avec le statut HTTP %1.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Plan limit</source>
        <translation>Limite de l’abonnement</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Débit limité</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <source>Bad answer</source>
        <translation>Réponse invalide</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Insecure</source>
        <translation>Non sécurisé</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>Erreur HTTP</translation>
    </message>
    <message>
        <source>Check your connection. Your changes are kept and will be saved when Close can be reached.</source>
        <translation>Vérifiez votre connexion. Vos modifications sont conservées et seront enregistrées dès que Close sera joignable.</translation>
    </message>
    <message>
        <source>Close did not answer in time. Your changes are kept; try again in a moment.</source>
        <translation>Close n’a pas répondu à temps. Vos modifications sont conservées&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Correct the message and save again.</source>
        <translation>Corrigez le message et enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>Correct the marked fields and save again.</source>
        <translation>Corrigez les champs marqués et enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>Check your API key in the connection settings (Close: Settings → Developer → API Keys).</source>
        <translation>Vérifiez votre clé d’API dans les paramètres de connexion (Close&#xa0;: Settings → Developer → API Keys).</translation>
    </message>
    <message>
        <source>Your Close plan&apos;s limit was reached. Ask your Close admin to upgrade.</source>
        <translation>La limite de votre abonnement Close est atteinte. Demandez à votre administrateur Close de passer à une offre supérieure.</translation>
    </message>
    <message>
        <source>Your Close user may not do this. Ask your Close admin for access.</source>
        <translation>Votre utilisateur Close n’a pas le droit de faire cela. Demandez l’accès à votre administrateur Close.</translation>
    </message>
    <message>
        <source>It was deleted in Close. Refresh the list.</source>
        <translation>Il a été supprimé dans Close. Actualisez la liste.</translation>
    </message>
    <message>
        <source>Too many requests: Draftbox retries in %1 s by itself.</source>
        <translation>Trop de requêtes&#xa0;: Draftbox réessaie de lui-même dans %1 s.</translation>
    </message>
    <message>
        <source>Close had a problem. Your changes are kept; try again in a few minutes.</source>
        <translation>Close a rencontré un problème. Vos modifications sont conservées&#xa0;; réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>Close sent an answer Draftbox does not understand. Try again; if it keeps happening, report it.</source>
        <translation>Close a envoyé une réponse que Draftbox ne comprend pas. Réessayez&#xa0;; si cela se reproduit, signalez-le.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Use an https:// address. Plain http:// is only allowed to this computer.</source>
        <translation>Utilisez une adresse https://. Le http:// non chiffré n’est autorisé que vers cet ordinateur.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, report it.</source>
        <translation>Réessayez&#xa0;; si cela se reproduit, signalez-le.</translation>
    </message>
</context>
<context>
    <name>CloseCall</name>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>No API key or token is set.</source>
        <translation>Aucune clé d’API ni aucun jeton n’est défini.</translation>
    </message>
    <message>
        <source>Close did not answer within %1 s.</source>
        <translation>Close n’a pas répondu dans les %1 s.</translation>
    </message>
    <message>
        <source>Could not reach Close: %1</source>
        <translation>Impossible de joindre Close&#xa0;: %1</translation>
    </message>
    <message>
        <source>It may or may not have been created; refresh before trying again.</source>
        <translation>Il a peut-être été créé, peut-être pas&#xa0;; actualisez avant de réessayer.</translation>
    </message>
    <message>
        <source>Close&apos;s answer is not a JSON object (%1).</source>
        <translation>La réponse de Close n’est pas un objet JSON (%1).</translation>
    </message>
    <message>
        <source>it is an array or a value</source>
        <translation>c’est un tableau ou une valeur seule</translation>
    </message>
    <message>
        <source>Close&apos;s answer is not what Draftbox expects: %1</source>
        <translation>La réponse de Close n’est pas celle qu’attend Draftbox&#xa0;: %1</translation>
    </message>
    <message>
        <source>The answer was lost (%1). Draftbox checked: Close now has it as %2. It was not sent again.</source>
        <translation>La réponse a été perdue (%1). Draftbox a vérifié&#xa0;: Close l’indique maintenant comme %2. Il n’a pas été renvoyé.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The answer was lost (%1) and Close could not be asked what happened. It was not sent again; refresh before retrying.</source>
        <translation>La réponse a été perdue (%1) et Close n’a pas pu indiquer ce qui s’est passé. Il n’a pas été renvoyé&#xa0;; actualisez avant de réessayer.</translation>
    </message>
    <message>
        <source>Close&apos;s answer was larger than the %1 MB Draftbox reads for one request, so it was not read.</source>
        <translation>La réponse de Close dépassait les %1 Mo que Draftbox lit pour une requête, elle n’a donc pas été lue.</translation>
    </message>
    <message>
        <source>Close said there was more, then answered with what it had already sent, or nothing; Draftbox stopped asking.</source>
        <translation>Close annonçait la suite, puis a répondu avec ce qu’il avait déjà envoyé, ou rien&#xa0;; Draftbox a cessé de demander.</translation>
    </message>
    <message>
        <source>Close said there was more after %L1 pages; Draftbox stopped asking.</source>
        <translation>Close annonçait encore une suite après %L1 pages&#xa0;; Draftbox a cessé de demander.</translation>
    </message>
</context>
<context>
    <name>CloseClient</name>
    <message>
        <source>%1 is not a valid address.</source>
        <translation>%1 n’est pas une adresse valide.</translation>
    </message>
    <message>
        <source>Draftbox only talks to Close over https://; plain http:// is allowed to this computer only (%1).</source>
        <translation>Draftbox ne communique avec Close qu’en https://&#xa0;; le http:// non chiffré n’est autorisé que vers cet ordinateur (%1).</translation>
    </message>
    <message>
        <source>%1 is not an http(s) address.</source>
        <translation>%1 n’est pas une adresse http(s).</translation>
    </message>
    <message>
        <source>Load SMS</source>
        <translation>Charger les SMS</translation>
    </message>
    <message>
        <source>Send new SMS</source>
        <translation>Envoyer un nouveau SMS</translation>
    </message>
    <message>
        <source>Create SMS</source>
        <translation>Créer un SMS</translation>
    </message>
    <message>
        <source>Send SMS</source>
        <translation>Envoyer le SMS</translation>
    </message>
    <message>
        <source>Schedule SMS</source>
        <translation>Planifier le SMS</translation>
    </message>
    <message>
        <source>Cancel SMS</source>
        <translation>Annuler le SMS</translation>
    </message>
    <message>
        <source>Save SMS</source>
        <translation>Enregistrer le SMS</translation>
    </message>
    <message>
        <source>Delete SMS</source>
        <translation>Supprimer le SMS</translation>
    </message>
    <message>
        <source>Load WhatsApp messages</source>
        <translation>Charger les messages WhatsApp</translation>
    </message>
    <message>
        <source>Load WhatsApp message</source>
        <translation>Charger le message WhatsApp</translation>
    </message>
    <message>
        <source>Record WhatsApp message</source>
        <translation>Ajouter un message WhatsApp</translation>
    </message>
    <message>
        <source>Save WhatsApp message</source>
        <translation>Enregistrer le message WhatsApp</translation>
    </message>
    <message>
        <source>Delete WhatsApp message</source>
        <translation>Supprimer le message WhatsApp</translation>
    </message>
    <message>
        <source>Load phone numbers</source>
        <translation>Charger les numéros de téléphone</translation>
    </message>
    <message>
        <source>Load SMS templates</source>
        <translation>Charger les modèles de SMS</translation>
    </message>
    <message>
        <source>Load SMS template</source>
        <translation>Charger le modèle de SMS</translation>
    </message>
    <message>
        <source>Load lead</source>
        <translation>Charger le lead</translation>
    </message>
    <message>
        <source>Load contact</source>
        <translation>Charger le contact</translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation>Vérifier la connexion</translation>
    </message>
    <message>
        <source>Load user</source>
        <translation>Charger l’utilisateur</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Find people</source>
        <translation>Rechercher des personnes</translation>
    </message>
    <message>
        <source>Close named a plain http:// address (%1); Draftbox only follows https:// from Close.</source>
        <translation>Close a indiqué une adresse http:// non chiffrée (%1)&#xa0;; Draftbox ne suit que les adresses https:// venant de Close.</translation>
    </message>
    <message>
        <source>Load users</source>
        <translation>Charger les utilisateurs</translation>
    </message>
    <message>
        <source>Check Close for changes</source>
        <translation>Vérifier les changements dans Close</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Changed in Close while you were editing</source>
        <translation>Modifié dans Close pendant que vous l’éditiez</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation>&lt;b&gt;La vôtre&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;In Close now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dans Close maintenant&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your %1</source>
        <translation>Votre version de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 in Close</source>
        <translation>«&#xa0;%1&#xa0;» dans Close</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Take Close&apos;s</source>
        <translation>Prendre celle de Close</translation>
    </message>
    <message>
        <source>Keep my %1</source>
        <translation>Garder ma version de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Take the %1 in Close</source>
        <translation>Prendre «&#xa0;%1&#xa0;» de Close</translation>
    </message>
    <message>
        <source>Save your %1 over the one in Close.</source>
        <translation>Enregistrer votre version de «&#xa0;%1&#xa0;» à la place de celle de Close.</translation>
    </message>
    <message>
        <source>Drop your edit of %1 and keep Close&apos;s.</source>
        <translation>Abandonner votre modification de «&#xa0;%1&#xa0;» et garder celle de Close.</translation>
    </message>
    <message>
        <source>For each field, choose which version to keep, then save.</source>
        <translation>Pour chaque champ, choisissez la version à garder, puis enregistrez.</translation>
    </message>
    <message>
        <source>1 attachment</source>
        <translation>1 pièce jointe</translation>
    </message>
    <message numerus="yes">
        <source>%n attachments</source>
        <translation>
            <numerusform>%n pièce jointe</numerusform>
            <numerusform>%n pièces jointes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;API key</source>
        <translation>&amp;Clé d’API</translation>
    </message>
    <message>
        <source>&amp;OAuth access token</source>
        <translation>Jeton d’accès &amp;OAuth</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Try with &amp;sample data</source>
        <translation>Essayer avec des données d’e&amp;xemple</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se co&amp;nnecter</translation>
    </message>
    <message>
        <source>Connect to Close</source>
        <translation>Se connecter à Close</translation>
    </message>
    <message>
        <source>Draftbox works on the SMS of your Close account. Create an API key in Close under Settings → Developer → API Keys and paste it here, or use an OAuth access token.</source>
        <translation>Draftbox travaille sur les SMS de votre compte Close. Créez une clé d’API dans Close sous Settings → Developer → API Keys et collez-la ici, ou utilisez un jeton d’accès OAuth.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Afficher la clé</translation>
    </message>
    <message>
        <source>Show the characters while typing</source>
        <translation>Afficher les caractères pendant la saisie</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>URL de l’API</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Se connecter avec&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>&amp;URL de l’API&#xa0;:</translation>
    </message>
    <message>
        <source>Work on the built-in sandbox: sample leads and SMS, nothing is really sent</source>
        <translation>Travailler dans le bac à sable intégré&#xa0;: leads et SMS d’exemple, rien n’est vraiment envoyé</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Jeton d’accès&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>C&amp;lé d’API&#xa0;:</translation>
    </message>
    <message>
        <source>OAuth access token</source>
        <translation>Jeton d’accès OAuth</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>The OAuth access token</source>
        <translation>Le jeton d’accès OAuth</translation>
    </message>
    <message>
        <source>api_…</source>
        <translation>api_…</translation>
    </message>
    <message>
        <source>Enter the API&apos;s URL, for example %1</source>
        <translation>Saisissez l’URL de l’API, par exemple %1</translation>
    </message>
    <message>
        <source>Asking Close who this key belongs to…</source>
        <translation>Close est interrogé sur le propriétaire de cette clé…</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Connected as %1 of %2.</source>
        <translation>Connecté en tant que %1 de %2.</translation>
    </message>
    <message>
        <source>Close did not accept this access token. Sign in again where you got it, and paste the new one here.</source>
        <translation>Close n’a pas accepté ce jeton d’accès. Reconnectez-vous là où vous l’avez obtenu et collez le nouveau ici.</translation>
    </message>
    <message>
        <source>Close did not accept this API key. Check it in Close under Settings → Developer → API Keys.</source>
        <translation>Close n’a pas accepté cette clé d’API. Vérifiez-la dans Close sous Settings → Developer → API Keys.</translation>
    </message>
    <message>
        <source>Close said: %1</source>
        <translation>Close a répondu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionProbe</name>
    <message>
        <source>Enter an API key or a token first.</source>
        <translation>Saisissez d’abord une clé d’API ou un jeton.</translation>
    </message>
</context>
<context>
    <name>ConnectionState</name>
    <message>
        <source>● Connecting…</source>
        <translation>● Connexion…</translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● Connecté</translation>
    </message>
    <message>
        <source>● Connected · 1 change waiting</source>
        <translation>● Connecté · 1 modification en attente</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Hors ligne</translation>
    </message>
    <message>
        <source>● Offline · 1 change waiting</source>
        <translation>● Hors ligne · 1 modification en attente</translation>
    </message>
    <message>
        <source>● Close refused the API key — reconnect (Ctrl+Shift+K)</source>
        <translation>● Close a refusé la clé d’API — reconnectez-vous (Ctrl+Maj+K)</translation>
    </message>
    <message>
        <source>Waiting for Close&apos;s first answer.</source>
        <translation>En attente de la première réponse de Close.</translation>
    </message>
    <message>
        <source>Close answers.</source>
        <translation>Close répond.</translation>
    </message>
    <message>
        <source>Close cannot be reached: %1 Waiting edits are saved (and unconfirmed sends checked) by themselves when it answers again; Refresh (F5) tries at once.</source>
        <translation>Close est injoignable&#xa0;: %1 Les modifications en attente sont enregistrées (et les envois non confirmés vérifiés) d’eux-mêmes dès qu’il répond à nouveau&#xa0;; Actualiser (F5) réessaie tout de suite.</translation>
    </message>
    <message>
        <source>Close refused the API key or token in use: %1 Connect with a valid one (File → Connect to Close…, Ctrl+Shift+K) or go back to sample data.</source>
        <translation>Close a refusé la clé d’API ou le jeton utilisé&#xa0;: %1 Connectez-vous avec une clé valide (Fichier → Se connecter à Close…, Ctrl+Maj+K) ou revenez aux données d’exemple.</translation>
    </message>
    <message numerus="yes">
        <source>● Connected · %n changes waiting</source>
        <translation>
            <numerusform>● Connecté · %n modification en attente</numerusform>
            <numerusform>● Connecté · %n modifications en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>● Offline · %n changes waiting</source>
        <translation>
            <numerusform>● Hors ligne · %n modification en attente</numerusform>
            <numerusform>● Hors ligne · %n modifications en attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation>Numéro inconnu</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 message</translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n new</source>
        <translation>
            <numerusform>%1, %n nouveau</numerusform>
            <numerusform>%1, %n nouveaux</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (open, not a match)</source>
        <translation>%1 (ouverte, hors résultats)</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>Saved in the system keyring.</source>
        <translation>Enregistrée dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <source>Draftbox could not reach the system keyring, so the key is kept for this session only.</source>
        <translation>Draftbox n’a pas pu joindre le trousseau de clés du système, la clé ne vaut donc que pour cette session.</translation>
    </message>
</context>
<context>
    <name>DesktopPreferences</name>
    <message>
        <source>&amp;Notify of New Messages</source>
        <translation>&amp;Notifier les nouveaux messages</translation>
    </message>
    <message>
        <source>&amp;Keep Running in the Tray When Closed</source>
        <translation>&amp;Garder actif dans la zone de notification à la fermeture</translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window quits</source>
        <translation>Ce bureau n’a pas de zone de notification&#xa0;: fermer la fenêtre quitte Draftbox</translation>
    </message>
    <message>
        <source>A desktop notification when an SMS comes in or Close could not send one, unless you are looking at it</source>
        <translation>Une notification de bureau quand un SMS arrive ou que Close n’a pas pu en envoyer un, sauf si vous l’avez sous les yeux</translation>
    </message>
    <message>
        <source>Closing the window leaves Draftbox in the tray, still telling of new SMS; Quit ends it</source>
        <translation>Fermer la fenêtre laisse Draftbox dans la zone de notification, d’où il signale toujours les nouveaux SMS&#xa0;; «&#xa0;Quitter&#xa0;» l’arrête</translation>
    </message>
    <message>
        <source>Without a system tray there is nowhere to keep Draftbox once its window is closed.</source>
        <translation>Sans zone de notification, Draftbox n’a nulle part où rester une fois sa fenêtre fermée.</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Write your message…</source>
        <translation>Rédigez votre message…</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Message length</source>
        <translation>Longueur du message</translation>
    </message>
    <message>
        <source>GSM-7</source>
        <translation>GSM-7</translation>
    </message>
    <message>
        <source>UCS-2</source>
        <translation>UCS-2</translation>
    </message>
    <message>
        <source>1 segment</source>
        <translation>1 segment</translation>
    </message>
    <message>
        <source>%1 characters · %2 · %3</source>
        <translation>%1 caractères · %2 · %3</translation>
    </message>
    <message>
        <source> · %1 left in this segment</source>
        <translation> · encore %1 dans ce segment</translation>
    </message>
    <message>
        <source> · highlighted characters force UCS-2</source>
        <translation> · les caractères surlignés imposent l’UCS-2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln segments</source>
        <translation>
            <numerusform>%Ln segment</numerusform>
            <numerusform>%Ln segments</numerusform>
        </translation>
    </message>
    <message>
        <source>This message has a paragraph of %1 characters, and Close sends at most %2 in an SMS. It is kept whole, but shown cut short and read-only so that Draftbox stays quick.</source>
        <translation>Ce message a un paragraphe de %1 caractères, et Close envoie au plus %2 caractères par SMS. Il est gardé en entier, mais affiché raccourci et en lecture seule pour que Draftbox reste rapide.</translation>
    </message>
</context>
<context>
    <name>DraftboxApp</name>
    <message>
        <source>key in memory only</source>
        <translation>clé en mémoire seulement</translation>
    </message>
    <message>
        <source>Looking for a remembered Close account…</source>
        <translation>Recherche d’un compte Close enregistré…</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>Le bac à sable intégré n’a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sample data: the built-in sandbox at %1 (no Close account; nothing is really sent)</source>
        <translation>Données d’exemple&#xa0;: le bac à sable intégré à l’adresse %1 (pas de compte Close&#xa0;; rien n’est vraiment envoyé)</translation>
    </message>
    <message>
        <source>Close account at %1</source>
        <translation>Compte Close sur %1</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>An unsaved edit from your last session is back, marked as restored: save or revert it.</source>
        <translation>Une modification non enregistrée de votre dernière session est de retour, marquée comme restaurée&#xa0;: enregistrez-la ou annulez-la.</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved edits from your last session are back, marked as restored: save or revert them.</source>
        <translation>
            <numerusform>%n modification non enregistrée de votre dernière session est de retour, marquée comme restaurée&#xa0;: enregistrez-la ou annulez-la.</numerusform>
            <numerusform>%n modifications non enregistrées de votre dernière session sont de retour, marquées comme restaurées&#xa0;: enregistrez-les ou annulez-les.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter another below, or try Draftbox with sample data.</source>
        <translation>Saisissez-en une autre ci-dessous, ou essayez Draftbox avec des données d’exemple.</translation>
    </message>
    <message>
        <source>another Draftbox</source>
        <translation>une autre instance de Draftbox</translation>
    </message>
    <message>
        <source>another Draftbox (%1)</source>
        <translation>une autre instance de Draftbox (%1)</translation>
    </message>
    <message>
        <source>The sample data is open in %1, which keeps its unsaved edits: this window leaves them alone, so that neither overwrites the other&apos;s. Use that window, or quit it and choose sample data here again.</source>
        <translation>Les données d’exemple sont ouvertes dans %1, qui garde ses modifications non enregistrées&#xa0;: cette fenêtre n’y touche pas, afin qu’aucune des deux n’écrase celles de l’autre. Utilisez cette fenêtre-là, ou quittez-la et choisissez à nouveau les données d’exemple ici.</translation>
    </message>
    <message>
        <source>Your Close account at %1 is open in %2, which keeps its unsaved edits: this window leaves them alone, so that neither overwrites the other&apos;s. Use that window, or quit it and connect here again.</source>
        <translation>Votre compte Close sur %1 est ouvert dans %2, qui garde ses modifications non enregistrées&#xa0;: cette fenêtre n’y touche pas, afin qu’aucune des deux n’écrase celles de l’autre. Utilisez cette fenêtre-là, ou quittez-la et reconnectez-vous ici.</translation>
    </message>
    <message>
        <source>Open the account</source>
        <translation>Ouvrir le compte</translation>
    </message>
    <message>
        <source>Nothing open: it is open in another Draftbox</source>
        <translation>Rien n’est ouvert&#xa0;: c’est déjà ouvert dans une autre instance de Draftbox</translation>
    </message>
</context>
<context>
    <name>EditJournal</name>
    <message>
        <source>Draftbox could not write its journal of unsaved edits (%1): %2. Your edits are kept in memory; save them before quitting.</source>
        <translation>Draftbox n’a pas pu écrire son journal des modifications non enregistrées (%1)&#xa0;: %2. Vos modifications restent en mémoire&#xa0;; enregistrez-les avant de quitter.</translation>
    </message>
    <message>
        <source>it could not be moved aside from %1</source>
        <translation>il n’a pas pu être mis de côté depuis %1</translation>
    </message>
    <message>
        <source>it was kept aside as %1</source>
        <translation>il a été mis de côté sous le nom %1</translation>
    </message>
    <message>
        <source>Draftbox could not read its journal of unsaved edits (%1); %2, and nothing was restored from it.</source>
        <translation>Draftbox n’a pas pu lire son journal des modifications non enregistrées (%1)&#xa0;; %2, et rien n’en a été restauré.</translation>
    </message>
    <message>
        <source>Draftbox&apos;s journal of unsaved edits is damaged or from another version: %1, and nothing was restored from it.</source>
        <translation>Le journal des modifications non enregistrées de Draftbox est endommagé ou d’une autre version&#xa0;: %1, et rien n’en a été restauré.</translation>
    </message>
</context>
<context>
    <name>ErrorLog</name>
    <message>
        <source>it worked on a retry</source>
        <translation>cela a marché en réessayant</translation>
    </message>
    <message>
        <source>Deliver SMS</source>
        <translation>Distribuer le SMS</translation>
    </message>
    <message>
        <source>Close no longer lists it as failed</source>
        <translation>Close ne l’indique plus comme en échec</translation>
    </message>
    <message>
        <source>Close could not send this SMS: %1</source>
        <translation>Close n’a pas pu envoyer ce SMS&#xa0;: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>Close does not try a failed SMS again. Check the number (and that the contact has not opted out), then write it as a new draft.</source>
        <translation>Close ne réessaie pas un SMS en échec. Vérifiez le numéro (et que le contact ne s’est pas désinscrit), puis réécrivez-le comme nouveau brouillon.</translation>
    </message>
    <message>
        <source>Resolved at %1. Nothing to do.</source>
        <translation>Résolu à %1. Rien à faire.</translation>
    </message>
    <message>
        <source>Resolved at %1 (%2). Nothing to do.</source>
        <translation>Résolu à %1 (%2). Rien à faire.</translation>
    </message>
    <message>
        <source>Unsaved edits from your last session could not be put back: Close no longer has this activity. They were:
%1</source>
        <translation>Des modifications non enregistrées de votre dernière session n’ont pas pu être remises en place&#xa0;: Close n’a plus cette activité. Il s’agissait de&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Press Copy below to take the text, and write it again where it belongs.</source>
        <translation>Appuyez sur Copier ci-dessous pour récupérer le texte, et réécrivez-le là où il doit aller.</translation>
    </message>
    <message>
        <source>Restore edits</source>
        <translation>Restaurer les modifications</translation>
    </message>
    <message>
        <source>An unsaved edit from your last session could not be read back (the file that kept it holds a value of the wrong kind), so it was not put back and nothing of it was sent. It was:
%1</source>
        <translation>Une modification non enregistrée de votre dernière session n’a pas pu être relue (le fichier qui la conservait contient une valeur du mauvais type)&#xa0;: elle n’a donc pas été remise en place et rien n’en a été envoyé. Il s’agissait de&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Press Copy below to take it, and write it again in the activity; the rest of your edits are back.</source>
        <translation>Appuyez sur Copier ci-dessous pour la récupérer, et réécrivez-la dans l’activité&#xa0;; vos autres modifications sont de retour.</translation>
    </message>
    <message>
        <source>Free some disk space or check the folder&apos;s permissions.</source>
        <translation>Libérez de l’espace disque ou vérifiez les droits du dossier.</translation>
    </message>
    <message>
        <source>Keep unsaved edits</source>
        <translation>Conserver les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Remember read messages</source>
        <translation>Mémoriser les messages lus</translation>
    </message>
    <message>
        <source>Someone deleted this in Close while you were editing it, so your unsaved edits could not be saved. They were:
%1</source>
        <translation>Quelqu’un a supprimé ceci dans Close pendant que vous le modifiiez&#xa0;: vos modifications non enregistrées n’ont donc pas pu être enregistrées. Il s’agissait de&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Save edits</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Nothing to do: your messages come from Close.</source>
        <translation>Rien à faire&#xa0;: vos messages viennent de Close.</translation>
    </message>
    <message>
        <source>Open the local copy</source>
        <translation>Ouvrir la copie locale</translation>
    </message>
    <message>
        <source>Keep a local copy</source>
        <translation>Conserver une copie locale</translation>
    </message>
    <message>
        <source>copied</source>
        <translation>copié</translation>
    </message>
</context>
<context>
    <name>ErrorLogModel</name>
    <message>
        <source>Close refused %1</source>
        <translation>Close a refusé %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>saved since</source>
        <translation>enregistré depuis</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n times)</source>
        <translation>
            <numerusform>%1 (%n fois)</numerusform>
            <numerusform>%1 (%n fois)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Nothing went wrong. Failures will be listed here, with what to do.</source>
        <translation>Rien n’a échoué. Les échecs seront listés ici, avec ce qu’il faut faire.</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Limite de débit</translation>
    </message>
    <message>
        <source>Copy the selected problem (or all) to paste into a message</source>
        <translation>Copier le problème sélectionné (ou tous) pour le coller dans un message</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <source>Close is limiting how fast Draftbox may send requests. Waiting %1 s; what is queued goes out by itself and nothing you typed is lost.</source>
        <translation>Close limite la vitesse à laquelle Draftbox peut envoyer des requêtes. Attente de %1 s&#xa0;; ce qui est en file part de lui-même et rien de ce que vous avez saisi n’est perdu.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the activity</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir l’activité</translation>
    </message>
</context>
<context>
    <name>EventSync</name>
    <message>
        <source>Draftbox last brought your messages up to date on %1, longer ago than Close&apos;s event log keeps (%2 days): it lists them again.</source>
        <translation>Draftbox a mis vos messages à jour pour la dernière fois le %1, il y a plus longtemps que ce que conserve le journal des événements de Close (%2 jours)&#xa0;: il les recharge.</translation>
    </message>
    <message>
        <source>Close refused to read its event log further (%1): Draftbox lists your messages again.</source>
        <translation>Close a refusé de poursuivre la lecture de son journal des événements (%1)&#xa0;: Draftbox recharge vos messages.</translation>
    </message>
    <message>
        <source>More changed in Close than its event log can tell in %L1 pages: Draftbox lists your messages again.</source>
        <translation>Il y a eu dans Close plus de changements que son journal des événements ne peut en indiquer en %L1 pages&#xa0;: Draftbox recharge vos messages.</translation>
    </message>
    <message>
        <source>Showing your messages as of %1 · checking Close…</source>
        <translation>Vos messages (dernière mise à jour&#xa0;: %1) · vérification auprès de Close…</translation>
    </message>
    <message>
        <source>Close not reached: messages as of %1</source>
        <translation>Close injoignable&#xa0;: messages (dernière mise à jour&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Up to date · checked %1</source>
        <translation>À jour · dernière vérification&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FileFetch</name>
    <message>
        <source>Draftbox opens attachments only from Close (%1 is not Close&apos;s).</source>
        <translation>Draftbox n’ouvre que les pièces jointes venant de Close (%1 n’appartient pas à Close).</translation>
    </message>
    <message>
        <source>No API key or token is set.</source>
        <translation>Aucune clé d’API ni aucun jeton n’est défini.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The attachment is larger than the %1 MB Draftbox opens.</source>
        <translation>La pièce jointe dépasse les %1 Mo que Draftbox peut ouvrir.</translation>
    </message>
    <message>
        <source>Close did not send the attachment in time.</source>
        <translation>Close n’a pas envoyé la pièce jointe à temps.</translation>
    </message>
    <message>
        <source>Could not reach Close: %1</source>
        <translation>Impossible de joindre Close&#xa0;: %1</translation>
    </message>
    <message>
        <source>Close sent the attachment round in circles; Draftbox stopped following.</source>
        <translation>Close redirigeait la pièce jointe en boucle&#xa0;; Draftbox a cessé de suivre les redirections.</translation>
    </message>
    <message>
        <source>Close did not give the attachment (HTTP %1).</source>
        <translation>Close n’a pas fourni la pièce jointe (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>FileUpload</name>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 MB Draftbox sends in one attachment.</source>
        <translation>%1 dépasse les %2 Mo que Draftbox envoie par pièce jointe.</translation>
    </message>
    <message>
        <source>Upload attachment</source>
        <translation>Téléverser la pièce jointe</translation>
    </message>
    <message>
        <source>Close named a download address that is not its own (%1).</source>
        <translation>Close a indiqué une adresse de téléchargement qui n’est pas la sienne (%1).</translation>
    </message>
    <message>
        <source>The file storage&apos;s answer was larger than Draftbox reads; %1 was not attached.</source>
        <translation>La réponse du stockage de fichiers dépassait ce que Draftbox lit&#xa0;; %1 n’a pas été joint.</translation>
    </message>
    <message>
        <source>Sending %1 took longer than the %2 s the file storage allows.</source>
        <translation>L’envoi de %1 a duré plus que les %2 s autorisées par le stockage de fichiers.</translation>
    </message>
    <message>
        <source>Could not send %1 to the file storage: %2</source>
        <translation>Impossible d’envoyer %1 au stockage de fichiers&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file storage refused %1 (HTTP %2).</source>
        <translation>Le stockage de fichiers a refusé %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>The file storage refused %1 (HTTP %2): %3</source>
        <translation>Le stockage de fichiers a refusé %1 (HTTP %2)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>FormSupport</name>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No attachments</source>
        <translation>Aucune pièce jointe</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <source>Search messages and numbers (Ctrl+F)</source>
        <translation>Rechercher dans les messages et les numéros (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
</context>
<context>
    <name>LongTextGuard</name>
    <message>
        <source>S&amp;horten to %L1 characters</source>
        <translation>Ra&amp;ccourcir à %L1 caractères</translation>
    </message>
    <message>
        <source>Keep the first %L1 characters, as the message to edit and send; Revert brings the whole text back until you save</source>
        <translation>Garder les %L1 premiers caractères comme message à modifier et à envoyer&#xa0;; «&#xa0;Rétablir&#xa0;» ramène le texte entier tant que vous n’avez pas enregistré</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Draftbox</source>
        <translation>Draftbox</translation>
    </message>
    <message>
        <source>&amp;SMS</source>
        <translation>&amp;SMS</translation>
    </message>
    <message>
        <source>&amp;WhatsApp</source>
        <translation>&amp;WhatsApp</translation>
    </message>
    <message>
        <source>Your SMS drafts, scheduled and sent messages (Ctrl+1)</source>
        <translation>Vos brouillons de SMS, messages planifiés et envoyés (Ctrl+1)</translation>
    </message>
    <message>
        <source>WhatsApp conversations recorded in Close (Ctrl+2)</source>
        <translation>Les conversations WhatsApp enregistrées dans Close (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Connect to Close…</source>
        <translation>Se &amp;connecter à Close…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Draftbox</source>
        <translation>À &amp;propos de Draftbox</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>About Draftbox</source>
        <translation>À propos de Draftbox</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Draftbox %1&lt;/h3&gt;&lt;p&gt;Review, edit, schedule and send the SMS of your Close account, and keep its WhatsApp records right.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Draftbox %1&lt;/h3&gt;&lt;p&gt;Relisez, modifiez, planifiez et envoyez les SMS de votre compte Close, et gardez ses fiches WhatsApp exactes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilé avec Qt %1, exécuté avec Qt %2.</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>Workspaces: SMS or WhatsApp</source>
        <translation>Espaces de travail&#xa0;: SMS ou WhatsApp</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Someone changed in Close what you are editing: choose which version to keep in the form.</source>
        <translation>Quelqu’un a modifié dans Close ce que vous êtes en train d’éditer&#xa0;: choisissez dans le formulaire la version à garder.</translation>
    </message>
    <message>
        <source>That activity is not in the lists (any more): Close may have deleted it.</source>
        <translation>Cette activité n’est pas (ou plus) dans les listes&#xa0;: Close l’a peut-être supprimée.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>Draftbox will use the language you chose the next time it starts.</source>
        <translation>Draftbox utilisera la langue choisie à son prochain démarrage.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Show or hide the Problems panel</source>
        <translation>Afficher ou masquer le panneau Problèmes</translation>
    </message>
    <message>
        <source>You are looking at sample data — connect your Close account (Ctrl+Shift+K)</source>
        <translation>Vous consultez des données d’exemple — connectez votre compte Close (Ctrl+Maj+K)</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Connect your Close account</source>
        <translation>Connecter votre compte Close</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 problème</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problems</source>
        <translation>
            <numerusform>%Ln problème</numerusform>
            <numerusform>%Ln problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New SMS…</source>
        <translation>&amp;Nouveau SMS…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>SMS as &amp;Conversations</source>
        <translation>SMS en &amp;conversations</translation>
    </message>
</context>
<context>
    <name>MarkupEditor</name>
    <message>
        <source>B</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>S</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Strikethrough</source>
        <translation>Barré</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Monospace</source>
        <translation>Chasse fixe</translation>
    </message>
    <message>
        <source>The message, in WhatsApp&apos;s markup: *bold*, _italic_, ~strikethrough~, ```monospace```</source>
        <translation>Le message, dans la syntaxe de WhatsApp&#xa0;: *gras*, _italique_, ~barré~, ```chasse fixe```</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Message preview</source>
        <translation>Aperçu du message</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>As Close shows it:</source>
        <translation>Tel que Close l’affiche&#xa0;:</translation>
    </message>
    <message>
        <source>No preview: the message is too long to preview as you type.</source>
        <translation>Pas d’aperçu&#xa0;: le message est trop long pour être prévisualisé pendant la saisie.</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu&#xa0;:</translation>
    </message>
    <message>
        <source>Preview of your changes:</source>
        <translation>Aperçu de vos modifications&#xa0;:</translation>
    </message>
    <message>
        <source>This message has a paragraph of %1 characters, and WhatsApp takes at most %2 in a message. It is kept whole, but shown cut short and read-only so that Draftbox stays quick.</source>
        <translation>Ce message a un paragraphe de %1 caractères, et WhatsApp accepte au plus %2 caractères par message. Il est gardé en entier, mais affiché raccourci et en lecture seule pour que Draftbox reste rapide.</translation>
    </message>
</context>
<context>
    <name>MmsAttachments</name>
    <message>
        <source>Pictures, videos, sound, contact cards and PDF (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.mp4 *.m4v *.mov *.3gp *.3g2 *.mpeg *.mpg *.webm *.mp3 *.m4a *.ogg *.oga *.amr *.wav *.vcf *.pdf *.ics *.csv *.rtf)</source>
        <translation>Images, vidéos, sons, fiches contact et PDF (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.mp4 *.m4v *.mov *.3gp *.3g2 *.mpeg *.mpg *.webm *.mp3 *.m4a *.ogg *.oga *.amr *.wav *.vcf *.pdf *.ics *.csv *.rtf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This SMS is no longer in the list.</source>
        <translation>Ce SMS n’est plus dans la liste.</translation>
    </message>
    <message>
        <source>Only a draft takes attachments.</source>
        <translation>Seul un brouillon peut recevoir des pièces jointes.</translation>
    </message>
    <message>
        <source>This SMS takes no changes while it is being sent.</source>
        <translation>Ce SMS ne peut pas être modifié pendant son envoi.</translation>
    </message>
    <message>
        <source>An MMS takes at most %1 attachments.</source>
        <translation>Un MMS accepte au plus %1 pièces jointes.</translation>
    </message>
    <message>
        <source>Close does not send %1 in an SMS: attach a picture, a video, a sound, a contact card or a PDF.</source>
        <translation>Close n’envoie pas %1 dans un SMS&#xa0;: joignez une image, une vidéo, un son, une fiche contact ou un PDF.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1 is %2; an MMS attachment can be at most %3.</source>
        <translation>%1 fait %2&#xa0;; une pièce jointe MMS ne peut pas dépasser %3.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>%1 could not be read whole.</source>
        <translation>%1 n’a pas pu être lu en entier.</translation>
    </message>
    <message>
        <source>%1 was not attached: %2</source>
        <translation>%1 n’a pas été joint&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was uploaded, but the SMS is no longer listed.</source>
        <translation>%1 a été téléversé, mais le SMS n’est plus dans la liste.</translation>
    </message>
    <message>
        <source>%1 was uploaded, but the SMS no longer takes changes, so it was not attached.</source>
        <translation>%1 a été téléversé, mais le SMS ne peut plus être modifié, le fichier n’a donc pas été joint.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be written to a temporary file.</source>
        <translation>Impossible d’écrire %1 dans un fichier temporaire.</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>pièce jointe</translation>
    </message>
</context>
<context>
    <name>NewSmsDialog</name>
    <message>
        <source>C&amp;reate draft</source>
        <translation>C&amp;réer le brouillon</translation>
    </message>
    <message>
        <source>New SMS</source>
        <translation>Nouveau SMS</translation>
    </message>
    <message>
        <source>A name, company or number</source>
        <translation>Un nom, une société ou un numéro</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>People who match</source>
        <translation>Personnes correspondantes</translation>
    </message>
    <message>
        <source>Send from</source>
        <translation>Envoyer depuis</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Destinataire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source>Searching Close…</source>
        <translation>Recherche dans Close…</translation>
    </message>
    <message>
        <source>No one matches “%1”. Type their number with its country code (+1 202 555 0100) to text a number Close does not know.</source>
        <translation>Personne ne correspond à «&#xa0;%1&#xa0;». Saisissez le numéro avec l’indicatif du pays (+1 202 555 0100) pour écrire à un numéro que Close ne connaît pas.</translation>
    </message>
    <message>
        <source>Type a few letters of their name or company, or their number.</source>
        <translation>Saisissez quelques lettres du nom ou de la société, ou le numéro.</translation>
    </message>
    <message>
        <source>None of your organization&apos;s numbers can text %1 numbers: the draft can be written, not sent.</source>
        <translation>Aucun numéro de votre organisation ne peut écrire aux numéros %1&#xa0;: le brouillon peut être rédigé, pas envoyé.</translation>
    </message>
    <message>
        <source>Creating the draft in Close…</source>
        <translation>Création du brouillon dans Close…</translation>
    </message>
    <message>
        <source>Close did not create the draft: %1 Nothing you chose is lost; try again when Close answers.</source>
        <translation>Close n’a pas créé le brouillon&#xa0;: %1 Rien de votre choix n’est perdu&#xa0;; réessayez quand Close répondra.</translation>
    </message>
</context>
<context>
    <name>OptOutList</name>
    <message>
        <source>%1 replied “%2” on %3: they asked not to be texted. Draftbox will not send or schedule an SMS to this number until they reply START.</source>
        <translation>%1 a répondu «&#xa0;%2&#xa0;» le %3&#xa0;: cette personne ne veut plus recevoir de SMS. Draftbox n’enverra ni ne programmera de SMS vers ce numéro avant une réponse START.</translation>
    </message>
    <message>
        <source>%1 opted out of SMS: Close blocks texts to this number (they replied STOP). Draftbox will not send or schedule an SMS to it until they reply START.</source>
        <translation>%1 s’est désabonné des SMS&#xa0;: Close bloque les SMS vers ce numéro (réponse STOP). Draftbox n’y enverra ni ne programmera de SMS avant une réponse START.</translation>
    </message>
</context>
<context>
    <name>PageLoader</name>
    <message numerus="yes">
        <source>Close said there was more after %L1 pages (%Ln messages); Draftbox stopped listing there.</source>
        <translation>
            <numerusform>Close annonçait encore une suite après %L1 pages (%Ln message)&#xa0;; Draftbox a arrêté la liste là.</numerusform>
            <numerusform>Close annonçait encore une suite après %L1 pages (%Ln messages)&#xa0;; Draftbox a arrêté la liste là.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePickerModel</name>
    <message>
        <source>Close could not be searched (%1); only the people Draftbox already knows are listed.</source>
        <translation>La recherche dans Close a échoué (%1)&#xa0;; seules les personnes que Draftbox connaît déjà sont listées.</translation>
    </message>
    <message>
        <source>Close&apos;s users could not be listed (%1).</source>
        <translation>Impossible de lister les utilisateurs de Close (%1).</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>PersonField</name>
    <message>
        <source>Copy &amp;ID</source>
        <translation>Copier l’I&amp;D</translation>
    </message>
    <message>
        <source>&amp;Open in Close</source>
        <translation>&amp;Ouvrir dans Close</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Copy the ID, or open the lead in Close</source>
        <translation>Copier l’ID ou ouvrir le lead dans Close</translation>
    </message>
    <message>
        <source>%1
ID: %2</source>
        <translation>%1
ID&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: more</source>
        <translation>%1&#xa0;: autres actions</translation>
    </message>
    <message>
        <source>…</source>
        <extracomment>The button that opens the field&apos;s actions (Copy ID, Open in Close).</extracomment>
        <translation>…</translation>
    </message>
    <message>
        <source>Copy the ID</source>
        <translation>Copier l’ID</translation>
    </message>
    <message>
        <source>No web browser opened %1; the address is on the clipboard.</source>
        <translation>Aucun navigateur n’a ouvert %1&#xa0;; l’adresse est dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>PhoneCheck</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>Saisissez un numéro de téléphone.</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>Ce n’est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>%1 is not a valid number; check the digits and the country code.</source>
        <translation>%1 n’est pas un numéro valide&#xa0;; vérifiez les chiffres et l’indicatif du pays.</translation>
    </message>
</context>
<context>
    <name>ReadMarks</name>
    <message>
        <source>Draftbox could not remember which messages you have read (%1): %2.</source>
        <translation>Draftbox n’a pas pu mémoriser les messages que vous avez lus (%1)&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>RecipientModel</name>
    <message>
        <source>Close could not be searched (%1); the people Draftbox already knows are shown.</source>
        <translation>La recherche dans Close a échoué (%1)&#xa0;; les personnes que Draftbox connaît déjà sont affichées.</translation>
    </message>
    <message>
        <source>%1 (no contact in Close)</source>
        <translation>%1 (aucun contact dans Close)</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>désabonné</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Return sends)</source>
        <translation>Écrivez une réponse… (Ctrl+Retour pour envoyer)</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Envoyer la réponse</translation>
    </message>
    <message>
        <source>Send the reply now, with %1 seconds to undo (Ctrl+Return)</source>
        <translation>Envoyer la réponse maintenant, avec %1 secondes pour annuler (Ctrl+Retour)</translation>
    </message>
    <message>
        <source>That SMS is no longer in Close.</source>
        <translation>Ce SMS n’est plus dans Close.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>Réponse à %1</translation>
    </message>
    <message>
        <source>Reply to %1 from %2</source>
        <translation>Réponse à %1 depuis %2</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>This SMS has no number to write to.</source>
        <translation>Ce SMS n’a pas de numéro auquel écrire.</translation>
    </message>
    <message>
        <source>Not sent: Close did not take the reply (%1). Your text is kept; try again.</source>
        <translation>Non envoyé&#xa0;: Close n’a pas accepté la réponse (%1). Votre texte est conservé&#xa0;; réessayez.</translation>
    </message>
</context>
<context>
    <name>SafeHtml</name>
    <message>
        <source>%1… (%L2 characters in all; the form shows the whole text)</source>
        <translation>%1… (%L2 caractères en tout&#xa0;; le formulaire montre le texte entier)</translation>
    </message>
</context>
<context>
    <name>SchedulePicker</name>
    <message>
        <source>Schedule SMS</source>
        <translation>Planifier le SMS</translation>
    </message>
    <message>
        <source>Day to send</source>
        <translation>Jour d’envoi</translation>
    </message>
    <message>
        <source>Time to send</source>
        <translation>Heure d’envoi</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Planifier</translation>
    </message>
    <message>
        <source>In 1 &amp;hour</source>
        <translation>Dans 1 &amp;heure</translation>
    </message>
    <message>
        <source>&amp;Tomorrow 9:00</source>
        <translation>&amp;Demain 9&#xa0;h</translation>
    </message>
    <message>
        <source>Next &amp;Monday 9:00</source>
        <translation>&amp;Lundi prochain 9&#xa0;h</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>Heu&amp;re&#xa0;:</translation>
    </message>
    <message>
        <source>That time has already passed. Pick a time in the future.</source>
        <translation>Cette heure est déjà passée. Choisissez une heure à venir.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Next time inside their 8:00–20:00</source>
        <translation>Prochain moment entre 8&#xa0;h et 20&#xa0;h chez eux</translation>
    </message>
    <message>
        <source>Type any time, or pick one of the slots below</source>
        <translation>Saisissez une heure quelconque, ou choisissez un créneau ci-dessous</translation>
    </message>
    <message>
        <source>Times to send, every 15 minutes</source>
        <translation>Heures d’envoi, toutes les 15 minutes</translation>
    </message>
    <message>
        <source>Every 15 minutes, from 8:00 to 20:00 first, then the evening and the night</source>
        <translation>Toutes les 15 minutes, de 8&#xa0;h à 20&#xa0;h d’abord, puis le soir et la nuit</translation>
    </message>
    <message>
        <source>Move the time to the next moment between 8:00 and 20:00 where they live</source>
        <translation>Décaler l’heure au prochain moment entre 8&#xa0;h et 20&#xa0;h là où ils vivent</translation>
    </message>
    <message>
        <source>Schedule for the next free slot instead</source>
        <translation>Planifier plutôt pour le prochain créneau libre</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Choisir %1</translation>
    </message>
    <message>
        <source>%1 tomorrow</source>
        <translation>demain %1</translation>
    </message>
    <message>
        <source>Outside 8:00–20:00 for you</source>
        <translation>En dehors de 8&#xa0;h – 20&#xa0;h pour vous</translation>
    </message>
    <message>
        <source>%1 passed while this window was open: nothing is scheduled. Pick a later time or the next slot.</source>
        <translation>%1 est passé pendant que cette fenêtre était ouverte&#xa0;: rien n’est planifié. Choisissez une heure plus tardive ou le prochain créneau.</translation>
    </message>
    <message>
        <source>Times are yours: %1 (%2)</source>
        <translation>Les heures sont les vôtres&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>day and time for the recipient</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>Their time: %1 (%2)</source>
        <translation>Leur heure&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>From the contact&apos;s time zone in Close (%1)</source>
        <translation>D’après le fuseau horaire du contact dans Close (%1)</translation>
    </message>
    <message>
        <source>From the area of their number (%1)</source>
        <translation>D’après la zone de leur numéro (%1)</translation>
    </message>
    <message>
        <source>From their country (%1)</source>
        <translation>D’après leur pays (%1)</translation>
    </message>
    <message>
        <source>⚠ That is %1 for them, outside their 8:00–20:00.</source>
        <translation>⚠ Il sera %1 chez eux, en dehors de leurs 8&#xa0;h – 20&#xa0;h.</translation>
    </message>
    <message>
        <source>Their time zones are unknown.</source>
        <translation>Leurs fuseaux horaires sont inconnus.</translation>
    </message>
    <message>
        <source>Their time zone is unknown.</source>
        <translation>Leur fuseau horaire est inconnu.</translation>
    </message>
    <message numerus="yes">
        <source>Their times: %1; %n unknown</source>
        <translation>
            <numerusform>Leurs heures&#xa0;: %1&#xa0;; %n inconnue</numerusform>
            <numerusform>Leurs heures&#xa0;: %1&#xa0;; %n inconnues</numerusform>
        </translation>
    </message>
    <message>
        <source>Their times: %1</source>
        <translation>Leurs heures&#xa0;: %1</translation>
    </message>
    <message>
        <source>⚠ That is outside 8:00–20:00 for some of them.</source>
        <translation>⚠ C’est en dehors de 8&#xa0;h – 20&#xa0;h pour certains d’entre eux.</translation>
    </message>
</context>
<context>
    <name>SenderNumberModel</name>
    <message>
        <source>%1 cannot text numbers in %2.</source>
        <translation>%1 ne peut pas envoyer de SMS aux numéros %2.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>No Draftbox answered in time.</source>
        <translation>Aucune instance de Draftbox n’a répondu à temps.</translation>
    </message>
    <message>
        <source>The Draftbox already open did not take the command line: %1</source>
        <translation>L’instance de Draftbox déjà ouverte n’a pas accepté la ligne de commande&#xa0;: %1</translation>
    </message>
    <message>
        <source>The command line is too long to hand over.</source>
        <translation>La ligne de commande est trop longue pour être transmise.</translation>
    </message>
    <message>
        <source>The Draftbox already open gave an answer Draftbox does not know.</source>
        <translation>L’instance de Draftbox déjà ouverte a donné une réponse que Draftbox ne connaît pas.</translation>
    </message>
    <message>
        <source>The Draftbox already open is another version: quit it, then start this one again.</source>
        <translation>L’instance de Draftbox déjà ouverte est d’une autre version&#xa0;: quittez-la, puis relancez celle-ci.</translation>
    </message>
</context>
<context>
    <name>SmsBulkAction</name>
    <message>
        <source>This SMS is no longer in the list.</source>
        <translation>Ce SMS n’est plus dans la liste.</translation>
    </message>
    <message>
        <source>Only a draft can be deleted.</source>
        <translation>Seul un brouillon peut être supprimé.</translation>
    </message>
</context>
<context>
    <name>SmsForm</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Se&amp;nd</source>
        <translation>E&amp;nvoyer</translation>
    </message>
    <message>
        <source>Sche&amp;dule…</source>
        <translation>&amp;Planifier…</translation>
    </message>
    <message>
        <source>&amp;Cancel sending</source>
        <translation>Annuler l’en&amp;voi</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>Recipient phone number</source>
        <translation>Numéro de téléphone du destinataire</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Choose a number…</source>
        <translation>Choisir un numéro…</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Aucun modèle</translation>
    </message>
    <message>
        <source>Send from</source>
        <translation>Envoyer depuis</translation>
    </message>
    <message>
        <source>Activity date</source>
        <translation>Date de l’activité</translation>
    </message>
    <message>
        <source>When this SMS happened, in your time zone</source>
        <translation>Date de ce SMS, dans votre fuseau horaire</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Remove the selected attachment</source>
        <translation>Retirer la pièce jointe sélectionnée</translation>
    </message>
    <message>
        <source>Take the selected file off this draft (saved with the next Save)</source>
        <translation>Retirer le fichier sélectionné de ce brouillon (pris en compte au prochain enregistrement)</translation>
    </message>
    <message>
        <source>SMS template</source>
        <translation>Modèle de SMS</translation>
    </message>
    <message>
        <source>Recipient number check</source>
        <translation>Vérification du numéro du destinataire</translation>
    </message>
    <message>
        <source>Status of this SMS</source>
        <translation>Statut de ce SMS</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Destinataire&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontact&#xa0;:</translation>
    </message>
    <message>
        <source>L&amp;ead:</source>
        <translation>&amp;Lead&#xa0;:</translation>
    </message>
    <message>
        <source>Messa&amp;ge:</source>
        <translation>Mess&amp;age&#xa0;:</translation>
    </message>
    <message>
        <source>Save the draft in Close (Ctrl+S)</source>
        <translation>Enregistrer le brouillon dans Close (Ctrl+S)</translation>
    </message>
    <message>
        <source>Send now, with %1 seconds to undo (Ctrl+Return)</source>
        <translation>Envoyer maintenant, avec %1 secondes pour annuler (Ctrl+Retour)</translation>
    </message>
    <message>
        <source>Pick a day and time to send</source>
        <translation>Choisir le jour et l’heure d’envoi</translation>
    </message>
    <message>
        <source>Stop this SMS from going out and make it a draft again</source>
        <translation>Empêcher ce SMS de partir et le remettre en brouillon</translation>
    </message>
    <message>
        <source>Se&amp;nd now</source>
        <translation>E&amp;nvoyer maintenant</translation>
    </message>
    <message>
        <source>Resche&amp;dule…</source>
        <translation>Re&amp;planifier…</translation>
    </message>
    <message>
        <source>%1 (not one of your numbers)</source>
        <translation>%1 (ne fait pas partie de vos numéros)</translation>
    </message>
    <message>
        <source>Who should receive this SMS?</source>
        <translation>Qui doit recevoir ce SMS&#xa0;?</translation>
    </message>
    <message>
        <source>Select an SMS on the left to see it here.</source>
        <translation>Sélectionnez un SMS à gauche pour le voir ici.</translation>
    </message>
    <message>
        <source>Talking to Close…</source>
        <translation>Échange avec Close…</translation>
    </message>
    <message>
        <source>Draft — unsaved changes. Save (Ctrl+S) or send (Ctrl+Return).</source>
        <translation>Brouillon — modifications non enregistrées. Enregistrez (Ctrl+S) ou envoyez (Ctrl+Retour).</translation>
    </message>
    <message>
        <source>Draft — edit it, then save, schedule or send it.</source>
        <translation>Brouillon — modifiez-le, puis enregistrez-le, planifiez-le ou envoyez-le.</translation>
    </message>
    <message>
        <source>Scheduled for %1. Cancel sending to edit it again.</source>
        <translation>Planifié pour %1. Annulez l’envoi pour le modifier à nouveau.</translation>
    </message>
    <message>
        <source>Sending… It can still be cancelled until it goes out.</source>
        <translation>Envoi en cours… Il peut encore être annulé tant qu’il n’est pas parti.</translation>
    </message>
    <message>
        <source>Sent %1. Sent messages cannot be changed.</source>
        <translation>Envoyé %1. Les messages envoyés ne peuvent pas être modifiés.</translation>
    </message>
    <message>
        <source>Received %1. Received messages cannot be changed.</source>
        <translation>Reçu %1. Les messages reçus ne peuvent pas être modifiés.</translation>
    </message>
    <message>
        <source>Close could not send this SMS: %1</source>
        <translation>Close n’a pas pu envoyer ce SMS&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status “%1” is new to Draftbox; it is shown read-only.</source>
        <translation>Le statut «&#xa0;%1&#xa0;» est inconnu de Draftbox&#xa0;; le SMS est affiché en lecture seule.</translation>
    </message>
    <message>
        <source>Direction: %1 · Source: %2</source>
        <translation>Sens&#xa0;: %1 · Source&#xa0;: %2</translation>
    </message>
    <message>
        <source>Created %1 by %2</source>
        <translation>Créé %1 par %2</translation>
    </message>
    <message>
        <source>Updated %1 by %2</source>
        <translation>Modifié %1 par %2</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Planifié pour %1</translation>
    </message>
    <message>
        <source>Sent %1 · cost %2</source>
        <translation>Envoyé %1 · coût %2</translation>
    </message>
    <message>
        <source>Sequence: %1</source>
        <translation>Séquence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Retirer la pièce jointe</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Expédi&amp;teur&#xa0;:</translation>
    </message>
    <message>
        <source>Tem&amp;plate:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Act&amp;ivity date:</source>
        <translation>Date d’a&amp;ctivité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>Pièces &amp;jointes&#xa0;:</translation>
    </message>
    <message>
        <source>Sending not confirmed yet.</source>
        <translation>Envoi pas encore confirmé.</translation>
    </message>
    <message>
        <source>Template variables left to fill</source>
        <translation>Variables du modèle restant à remplir</translation>
    </message>
    <message>
        <source>Sender phone number</source>
        <translation>Numéro de téléphone de l’expéditeur</translation>
    </message>
    <message>
        <source>Sender number check</source>
        <translation>Vérification du numéro de l’expéditeur</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçu sur</translation>
    </message>
    <message>
        <source>Draftbox could not fill %1: replace it in the message before you send it.</source>
        <translation>Draftbox n’a pas pu remplir %1&#xa0;: remplacez-le dans le message avant de l’envoyer.</translation>
    </message>
    <message>
        <source>That SMS is deleted. Pick another one on the left.</source>
        <translation>Ce SMS est supprimé. Choisissez-en un autre à gauche.</translation>
    </message>
    <message>
        <source>Saving… Keep typing: what you add is saved right after.</source>
        <translation>Enregistrement… Continuez à écrire&#xa0;: ce que vous ajoutez est enregistré juste après.</translation>
    </message>
    <message>
        <source>Not scheduled: that SMS is no longer in Close.</source>
        <translation>Non planifié&#xa0;: ce SMS n’est plus dans Close.</translation>
    </message>
    <message>
        <source>It is being changed or sent right now.</source>
        <translation>Il est en cours de modification ou d’envoi.</translation>
    </message>
    <message>
        <source>Not scheduled. %1</source>
        <translation>Non planifié. %1</translation>
    </message>
    <message>
        <source>SMS fields</source>
        <translation>Champs du SMS</translation>
    </message>
    <message>
        <source>Their number, e.g. +1 202 555 0100</source>
        <translation>Numéro du destinataire, par ex. +1 202 555 0100</translation>
    </message>
    <message>
        <source>Delete this draft? This cannot be undone.

%1</source>
        <translation>Supprimer ce brouillon&#xa0;? Cette action est irréversible.

%1</translation>
    </message>
    <message>
        <source>Sending to %1 in %2 s. Undo keeps it as a draft.</source>
        <translation>Envoi à %1 dans %2 s. «&#xa0;Annuler&#xa0;» le garde comme brouillon.</translation>
    </message>
    <message>
        <source>Repl&amp;y</source>
        <translation>R&amp;épondre</translation>
    </message>
    <message>
        <source>&amp;Write again</source>
        <translation>Réécr&amp;ire</translation>
    </message>
    <message>
        <source>Write them a new SMS, from the number this one came in on (Ctrl+R)</source>
        <translation>Leur écrire un nouveau SMS, depuis le numéro sur lequel celui-ci est arrivé (Ctrl+R)</translation>
    </message>
    <message>
        <source>A new draft with this text, to the same number: fix what failed, then send it</source>
        <translation>Un nouveau brouillon avec ce texte, au même numéro&#xa0;: corrigez ce qui a échoué, puis envoyez-le</translation>
    </message>
    <message>
        <source>Close did not create the new draft: %1</source>
        <translation>Close n’a pas créé le nouveau brouillon&#xa0;: %1</translation>
    </message>
    <message>
        <source>This SMS has no number to write to.</source>
        <translation>Ce SMS n’a pas de numéro auquel écrire.</translation>
    </message>
    <message>
        <source>This SMS is still scheduled in Close and would fail: Cancel sending keeps it from going out.</source>
        <translation>Ce SMS est encore programmé dans Close et échouerait&#xa0;: «&#xa0;Annuler l’envoi&#xa0;» l’empêche de partir.</translation>
    </message>
    <message>
        <source>Draft — it cannot be sent or scheduled: they asked not to be texted (see under the number). Saving still works.</source>
        <translation>Brouillon — il ne peut être ni envoyé ni programmé&#xa0;: cette personne ne veut plus recevoir de SMS (voir sous le numéro). L’enregistrement reste possible.</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <source>Double-click an attachment to open it</source>
        <translation>Double-cliquez sur une pièce jointe pour l’ouvrir</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>Add a picture, video, sound, contact card or PDF to this draft (it becomes an MMS). You can also drop files on the form or paste a picture into the message.</source>
        <translation>Ajouter une image, une vidéo, un son, une fiche contact ou un PDF à ce brouillon (il devient un MMS). Vous pouvez aussi déposer des fichiers sur le formulaire ou coller une image dans le message.</translation>
    </message>
    <message>
        <source>%1 is attached; Save to keep it on the draft.</source>
        <translation>%1 est joint&#xa0;; cliquez sur «&#xa0;Enregistrer&#xa0;» pour le garder dans le brouillon.</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Téléversement…</translation>
    </message>
    <message>
        <source>Attach to the SMS</source>
        <translation>Joindre au SMS</translation>
    </message>
    <message>
        <source>Pick a draft first.</source>
        <translation>Choisissez d’abord un brouillon.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Type a name to choose the contact</source>
        <translation>Saisissez un nom pour choisir le contact</translation>
    </message>
    <message>
        <source>Type a name to choose the lead</source>
        <translation>Saisissez un nom pour choisir le lead</translation>
    </message>
    <message>
        <source>Type a name to choose the user</source>
        <translation>Saisissez un nom pour choisir l’utilisateur</translation>
    </message>
    <message>
        <source>No program opened it; it is saved as %1.</source>
        <translation>Aucun programme ne l’a ouverte&#xa0;; elle est enregistrée sous %1.</translation>
    </message>
    <message>
        <source>To and Lead follow %1: %2. Revert takes it back.</source>
        <translation>Destinataire et lead suivent %1&#xa0;: %2. «&#xa0;Rétablir&#xa0;» revient en arrière.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Créé %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Modifié %1</translation>
    </message>
    <message>
        <source>New &amp;SMS to this contact…</source>
        <translation>Nouveau &amp;SMS à ce contact…</translation>
    </message>
    <message>
        <source>Hold (&amp;back to draft)</source>
        <translation>&amp;Bloquer (retour au brouillon)</translation>
    </message>
    <message>
        <source>Reply since you wrote this SMS</source>
        <translation>Réponse depuis que vous avez écrit ce SMS</translation>
    </message>
    <message>
        <source>What they replied</source>
        <translation>Ce qu’on vous a répondu</translation>
    </message>
    <message>
        <source>Hold this SMS: back to draft</source>
        <translation>Bloquer ce SMS&#xa0;: retour au brouillon</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message>
        <source>1 min ago</source>
        <translation>il y a 1 min</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>il y a 1 heure</translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>%1 replied %2:</source>
        <translation>%1 a répondu %2&#xa0;:</translation>
    </message>
    <message>
        <source>%1 replied %2, with an attachment.</source>
        <translation>%1 a répondu %2, avec une pièce jointe.</translation>
    </message>
    <message>
        <source>%1 replied %2.</source>
        <translation>%1 a répondu %2.</translation>
    </message>
    <message>
        <source>%1 replied on %2, after you wrote this SMS:</source>
        <translation>%1 a répondu le %2, après que vous avez écrit ce SMS&#xa0;:</translation>
    </message>
    <message>
        <source>Hold takes it back to draft, so it does not go out at %1.</source>
        <translation>Bloquer le remet en brouillon, pour qu’il ne parte pas à %1.</translation>
    </message>
    <message>
        <source>This SMS is being sent and may already be out; Cancel sending stops it if it is not.</source>
        <translation>Ce SMS est en cours d’envoi et est peut-être déjà parti&#xa0;; Annuler l’envoi l’arrête s’il ne l’est pas.</translation>
    </message>
    <message>
        <source>Read it before this draft goes; the notice goes once you save the draft again.</source>
        <translation>Lisez-la avant que ce brouillon parte&#xa0;; l’avis disparaît dès que vous enregistrez à nouveau le brouillon.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Take this SMS back to draft so it does not go out, now that %1 replied. Edit it, then schedule it again.</source>
        <translation>Remettre ce SMS en brouillon pour qu’il ne parte pas, maintenant que %1 a répondu. Modifiez-le, puis planifiez-le à nouveau.</translation>
    </message>
    <message>
        <source>Draft — unsaved changes: Save comes back once you choose a version below.</source>
        <translation>Brouillon — modifications non enregistrées&#xa0;: Enregistrer revient dès que vous choisissez une version ci-dessous.</translation>
    </message>
</context>
<context>
    <name>SmsNotifications</name>
    <message>
        <source>Unknown number</source>
        <translation>Numéro inconnu</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(aucun texte)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n SMS not sent</source>
        <translation>
            <numerusform>%n SMS non envoyé</numerusform>
            <numerusform>%n SMS non envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new SMS</source>
        <translation>
            <numerusform>%n nouveau SMS</numerusform>
            <numerusform>%n nouveaux SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To %1 and %n more</source>
        <translation>
            <numerusform>Destinataires&#xa0;: %1 et %n autre</numerusform>
            <numerusform>Destinataires&#xa0;: %1 et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %1 and %n more</source>
        <translation>
            <numerusform>Expéditeurs&#xa0;: %1 et %n autre</numerusform>
            <numerusform>Expéditeurs&#xa0;: %1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent to %1</source>
        <translation>Non envoyé à %1</translation>
    </message>
    <message>
        <source>Close did not say why.</source>
        <translation>Close n’a pas précisé pourquoi.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
</context>
<context>
    <name>SmsSegments</name>
    <message>
        <source>Too long: Close accepts at most %1 characters. Remove %2 to save or send.</source>
        <translation>Trop long&#xa0;: Close accepte au plus %1 caractères. Retirez-en %2 pour enregistrer ou envoyer.</translation>
    </message>
</context>
<context>
    <name>SmsStatus</name>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>SmsSync</name>
    <message>
        <source>This SMS is no longer in the list.</source>
        <translation>Ce SMS n’est plus dans la liste.</translation>
    </message>
    <message>
        <source>Only a draft can be sent or scheduled; this SMS is “%1”.</source>
        <translation>Seul un brouillon peut être envoyé ou planifié&#xa0;; ce SMS est «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Close is still answering about this SMS.</source>
        <translation>Close n’a pas fini de répondre au sujet de ce SMS.</translation>
    </message>
    <message>
        <source>Sending it is not confirmed yet.</source>
        <translation>Son envoi n’est pas encore confirmé.</translation>
    </message>
    <message>
        <source>Someone changed it in Close: choose which version to keep first.</source>
        <translation>Quelqu’un l’a modifié dans Close&#xa0;: choisissez d’abord la version à garder.</translation>
    </message>
    <message>
        <source>%1 It cannot be sent or scheduled until the number is right; saving the draft still works.</source>
        <translation>%1 Il ne peut être ni envoyé ni planifié tant que le numéro n’est pas correct&#xa0;; enregistrer le brouillon reste possible.</translation>
    </message>
    <message>
        <source>Draftbox could not read these edits as Close takes them, so nothing was sent. Check the fields and save again.</source>
        <translation>Draftbox n’a pas pu lire ces modifications sous la forme attendue par Close&#xa0;: rien n’a été envoyé. Vérifiez les champs et enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>Not sent: the answer to sending it was lost, and Close still has this SMS as a draft. Your edits are kept; send again when ready.</source>
        <translation>Non envoyé&#xa0;: la réponse à l’envoi a été perdue, et Close a toujours ce SMS comme brouillon. Vos modifications sont conservées&#xa0;; renvoyez-le quand vous êtes prêt.</translation>
    </message>
    <message>
        <source>None of your organization&apos;s numbers can text %1.</source>
        <translation>Aucun numéro de votre organisation ne peut écrire vers %1.</translation>
    </message>
    <message>
        <source>Choose one that can: %1.</source>
        <translation>Choisissez-en un qui le peut&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Choose the number to send it from. %1</source>
        <translation>Choisissez le numéro d’envoi. %1</translation>
    </message>
    <message>
        <source>%1 is not one of your organization&apos;s SMS numbers, and Close sends SMS only from those. %2</source>
        <translation>%1 n’est pas un numéro SMS de votre organisation, et Close n’envoie de SMS que depuis ceux-ci. %2</translation>
    </message>
    <message>
        <source>%1 cannot text numbers in %2: the carrier would refuse it. %3</source>
        <translation>%1 ne peut pas écrire aux numéros %2&#xa0;: l’opérateur le refuserait. %3</translation>
    </message>
    <message>
        <source>%1 cannot send pictures to numbers in %2. %3</source>
        <translation>%1 ne peut pas envoyer d’images aux numéros %2. %3</translation>
    </message>
    <message>
        <source>An attachment is still being uploaded.</source>
        <translation>Une pièce jointe est encore en cours de téléversement.</translation>
    </message>
    <message>
        <source>None of your organization&apos;s numbers can send pictures to %1: send it without attachments.</source>
        <translation>Aucun numéro de votre organisation ne peut envoyer d’images vers %1&#xa0;: envoyez-le sans pièces jointes.</translation>
    </message>
    <message>
        <source>Write a message first: there is nothing to send.</source>
        <translation>Écrivez d’abord un message&#xa0;: il n’y a rien à envoyer.</translation>
    </message>
</context>
<context>
    <name>SmsTableModel</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Activity date</source>
        <translation>Date de l’activité</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>From (formatted)</source>
        <translation>Expéditeur (formaté)</translation>
    </message>
    <message>
        <source>From country</source>
        <translation>Pays de l’expéditeur</translation>
    </message>
    <message>
        <source>To (formatted)</source>
        <translation>Destinataire (formaté)</translation>
    </message>
    <message>
        <source>To country</source>
        <translation>Pays du destinataire</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Planifié pour</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Created by (ID)</source>
        <translation>Créé par (ID)</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créé par</translation>
    </message>
    <message>
        <source>Updated by (ID)</source>
        <translation>Modifié par (ID)</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom de l’utilisateur</translation>
    </message>
    <message>
        <source>Sequence (ID)</source>
        <translation>Séquence (ID)</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <source>Sequence subscription</source>
        <translation>Inscription à la séquence</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>There is no picture to attach.</source>
        <translation>Il n’y a aucune image à joindre.</translation>
    </message>
    <message>
        <source>picture-%1.png</source>
        <translation>image-%1.png</translation>
    </message>
    <message>
        <source>There is no such attachment.</source>
        <translation>Cette pièce jointe n’existe pas.</translation>
    </message>
    <message>
        <source>%1 replied since you wrote this: “%2”</source>
        <translation>%1 a répondu depuis que vous avez écrit ceci&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SmsWorkspace</name>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>SMS list</source>
        <translation>Liste des SMS</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Show only the SMS of one lead</source>
        <translation>N’afficher que les SMS d’un lead</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>Tous les leads</translation>
    </message>
    <message>
        <source>Show only these (several can be on)</source>
        <translation>N’afficher que ceux-ci (plusieurs peuvent être actifs)</translation>
    </message>
    <message>
        <source>Show the SMS again that the search hides</source>
        <translation>Afficher à nouveau les SMS que la recherche masque</translation>
    </message>
    <message>
        <source>Send all</source>
        <translation>Tout envoyer</translation>
    </message>
    <message>
        <source>Schedule all…</source>
        <translation>Tout planifier…</translation>
    </message>
    <message>
        <source>Delete all…</source>
        <translation>Tout supprimer…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Send all selected drafts</source>
        <translation>Envoyer tous les brouillons sélectionnés</translation>
    </message>
    <message>
        <source>Schedule all selected drafts</source>
        <translation>Planifier tous les brouillons sélectionnés</translation>
    </message>
    <message>
        <source>Delete all selected drafts</source>
        <translation>Supprimer tous les brouillons sélectionnés</translation>
    </message>
    <message>
        <source>Stop the bulk action</source>
        <translation>Arrêter l’action groupée</translation>
    </message>
    <message>
        <source>Bulk action progress</source>
        <translation>Progression de l’action groupée</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>No SMS match “%1” with the filters above.</source>
        <translation>Aucun SMS ne correspond à «&#xa0;%1&#xa0;» avec les filtres ci-dessus.</translation>
    </message>
    <message>
        <source>No SMS match “%1”.</source>
        <translation>Aucun SMS ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Tout supprimer</translation>
    </message>
    <message>
        <source>Draftbox</source>
        <translation>Draftbox</translation>
    </message>
    <message>
        <source>Send all selected</source>
        <translation>Envoyer la sélection</translation>
    </message>
    <message>
        <source>Schedule all selected</source>
        <translation>Planifier la sélection</translation>
    </message>
    <message>
        <source>Delete all selected</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <source>Nothing was asked of Close for this one. Open it, fix what is said, then try again.</source>
        <translation>Rien n’a été demandé à Close pour celui-ci. Ouvrez-le, corrigez ce qui est indiqué, puis réessayez.</translation>
    </message>
    <message>
        <source>Done: %1 of %1.</source>
        <translation>Terminé&#xa0;: %1 sur %1.</translation>
    </message>
    <message>
        <source>Done: %1 succeeded, %2 did not (see Problems).</source>
        <translation>Terminé&#xa0;: succès pour %1, échec pour %2 (voir Problèmes).</translation>
    </message>
    <message>
        <source>%1 SMS</source>
        <translation>%1 SMS</translation>
    </message>
    <message>
        <source> (loading…)</source>
        <translation> (chargement…)</translation>
    </message>
    <message>
        <source>1 draft selected</source>
        <translation>1 brouillon sélectionné</translation>
    </message>
    <message numerus="yes">
        <source>%n drafts selected</source>
        <translation>
            <numerusform>%n brouillon sélectionné</numerusform>
            <numerusform>%n brouillons sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (1 other left alone: only drafts can be sent, scheduled or deleted)</source>
        <translation>%1 (1 autre laissé de côté&#xa0;: seuls les brouillons peuvent être envoyés, planifiés ou supprimés)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n others left alone: only drafts can be sent, scheduled or deleted)</source>
        <translation>
            <numerusform>%1 (%n autre laissé de côté&#xa0;: seuls les brouillons peuvent être envoyés, planifiés ou supprimés)</numerusform>
            <numerusform>%1 (%n autres laissés de côté&#xa0;: seuls les brouillons peuvent être envoyés, planifiés ou supprimés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Send 1 SMS now? It goes out at once and cannot be called back.</source>
        <translation>Envoyer 1 SMS maintenant&#xa0;? Il part immédiatement et ne peut pas être rappelé.</translation>
    </message>
    <message numerus="yes">
        <source>Send %n SMS now? They go out at once and cannot be called back.</source>
        <translation>
            <numerusform>Envoyer %n SMS maintenant&#xa0;? Il part immédiatement et ne peut pas être rappelé.</numerusform>
            <numerusform>Envoyer %n SMS maintenant&#xa0;? Ils partent immédiatement et ne peuvent pas être rappelés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete 1 draft? Close keeps no copy.</source>
        <translation>Supprimer 1 brouillon&#xa0;? Close n’en garde aucune copie.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n drafts? Close keeps no copy.</source>
        <translation>
            <numerusform>Supprimer %n brouillon&#xa0;? Close n’en garde aucune copie.</numerusform>
            <numerusform>Supprimer %n brouillons&#xa0;? Close n’en garde aucune copie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule 1 draft</source>
        <translation>Planifier 1 brouillon</translation>
    </message>
    <message numerus="yes">
        <source>Schedule %n drafts</source>
        <translation>
            <numerusform>Planifier %n brouillon</numerusform>
            <numerusform>Planifier %n brouillons</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending 1 draft…</source>
        <translation>Envoi de 1 brouillon…</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n drafts…</source>
        <translation>
            <numerusform>Envoi de %n brouillon…</numerusform>
            <numerusform>Envoi de %n brouillons…</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduling 1 draft…</source>
        <translation>Planification de 1 brouillon…</translation>
    </message>
    <message numerus="yes">
        <source>Scheduling %n drafts…</source>
        <translation>
            <numerusform>Planification de %n brouillon…</numerusform>
            <numerusform>Planification de %n brouillons…</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting 1 draft…</source>
        <translation>Suppression de 1 brouillon…</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n drafts…</source>
        <translation>
            <numerusform>Suppression de %n brouillon…</numerusform>
            <numerusform>Suppression de %n brouillons…</numerusform>
        </translation>
    </message>
    <message>
        <source>New draft: write the message, then send (Ctrl+Return) or schedule it.</source>
        <translation>Nouveau brouillon&#xa0;: rédigez le message, puis envoyez-le (Ctrl+Entrée) ou programmez-le.</translation>
    </message>
    <message>
        <source>The empty draft was discarded.</source>
        <translation>Le brouillon vide a été supprimé.</translation>
    </message>
    <message>
        <source>SMS conversations</source>
        <translation>Conversations SMS</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Show as conversations</source>
        <translation>Afficher en conversations</translation>
    </message>
    <message>
        <source>Show the SMS as conversations, one per person, or as one list (Ctrl+Shift+L)</source>
        <translation>Afficher les SMS en conversations, une par personne, ou en une seule liste (Ctrl+Maj+L)</translation>
    </message>
    <message>
        <source>&amp;Reply here</source>
        <translation>&amp;Répondre ici</translation>
    </message>
    <message>
        <source>&amp;New SMS to %1…</source>
        <translation>&amp;Nouveau SMS à %1…</translation>
    </message>
    <message>
        <source>%1 replied %2.</source>
        <translation>%1 a répondu %2.</translation>
    </message>
    <message>
        <source>%1 replied %2: “%3”</source>
        <translation>%1 a répondu %2&#xa0;: «&#xa0;%3&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>1 recipient replied since you wrote their draft: %1.</source>
        <translation>1 destinataire a répondu depuis que vous avez écrit son brouillon&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipients replied since you wrote their draft: %1.</source>
        <translation>
            <numerusform>%n destinataire a répondu depuis que vous avez écrit son brouillon&#xa0;: %1.</numerusform>
            <numerusform>%n destinataires ont répondu depuis que vous avez écrit leur brouillon&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send only the other 1</source>
        <translation>Envoyer seulement à l’autre</translation>
    </message>
    <message numerus="yes">
        <source>Send only the other %n</source>
        <translation>
            <numerusform>Envoyer seulement à l’autre</numerusform>
            <numerusform>Envoyer seulement aux %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave out the drafts to those who replied: they stay drafts, to read their reply and write again</source>
        <translation>Laisser de côté les brouillons destinés à ceux qui ont répondu&#xa0;: ils restent des brouillons, pour lire leur réponse et écrire à nouveau</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>None of these drafts can be sent:
%1</source>
        <translation>Aucun de ces brouillons ne peut être envoyé&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Left as drafts, as Close would not send them:
%1</source>
        <translation>Restent des brouillons, car Close ne les enverrait pas&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>SpellHighlighter</name>
    <message>
        <source>English (US)</source>
        <translation>Anglais (États-Unis)</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>Ajouter «&#xa0;%1&#xa0;» au dictionnaire</translation>
    </message>
    <message>
        <source>Spelling &amp;Language</source>
        <translation>&amp;Langue de l’orthographe</translation>
    </message>
    <message>
        <source>Automatic (no dictionary installed)</source>
        <translation>Automatique (aucun dictionnaire installé)</translation>
    </message>
    <message>
        <source>Automatic (%1, from the recipient&apos;s country)</source>
        <translation>Automatique (%1, selon le pays du destinataire)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>&amp;Show Draftbox</source>
        <translation>&amp;Afficher Draftbox</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Draftbox</source>
        <translation>Draftbox</translation>
    </message>
    <message numerus="yes">
        <source>Draftbox — %n unread</source>
        <translation>
            <numerusform>Draftbox — %n non lu</numerusform>
            <numerusform>Draftbox — %n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
</context>
<context>
    <name>Ucs2Highlighter</name>
    <message>
        <source>This character makes the SMS use UCS-2: 70 characters a segment instead of 160.</source>
        <translation>Ce caractère fait passer le SMS en UCS-2&#xa0;: 70 caractères par segment au lieu de 160.</translation>
    </message>
</context>
<context>
    <name>WhatsAppForm</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Their phone number</source>
        <translation>Numéro de téléphone du contact</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation>Votre numéro de téléphone</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>Réponse à</translation>
    </message>
    <message>
        <source>Activity date</source>
        <translation>Date de l’activité</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Received (incoming)</source>
        <translation>Reçu (entrant)</translation>
    </message>
    <message>
        <source>Sent (outgoing)</source>
        <translation>Envoyé (sortant)</translation>
    </message>
    <message>
        <source>The message of this conversation that this one answers</source>
        <translation>Le message de cette conversation auquel celui-ci répond</translation>
    </message>
    <message>
        <source>When this message was sent or received, in your time zone</source>
        <translation>Date d’envoi ou de réception de ce message, dans votre fuseau horaire</translation>
    </message>
    <message>
        <source>Remove the selected attachment</source>
        <translation>Retirer la pièce jointe sélectionnée</translation>
    </message>
    <message>
        <source>Take the selected file off this message (saved with the next Save)</source>
        <translation>Retirer le fichier sélectionné de ce message (pris en compte au prochain enregistrement)</translation>
    </message>
    <message>
        <source>+1 818 333 4444</source>
        <translation>+1 818 333 4444</translation>
    </message>
    <message>
        <source>+1 650 555 0100</source>
        <translation>+1 650 555 0100</translation>
    </message>
    <message>
        <source>Their number check</source>
        <translation>Vérification du numéro du contact</translation>
    </message>
    <message>
        <source>Your number check</source>
        <translation>Vérification de votre numéro</translation>
    </message>
    <message>
        <source>About this message</source>
        <translation>À propos de ce message</translation>
    </message>
    <message>
        <source>Where this message came from</source>
        <translation>D’où vient ce message</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>Se&amp;ns&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Their number:</source>
        <translation>Numéro &amp;du contact&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Your number:</source>
        <translation>&amp;Votre numéro&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontact&#xa0;:</translation>
    </message>
    <message>
        <source>Us&amp;er:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;ply to:</source>
        <translation>Ré&amp;ponse à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message&#xa0;:</translation>
    </message>
    <message>
        <source>Save your changes to this record in Close (Ctrl+S)</source>
        <translation>Enregistrer vos modifications de cette fiche dans Close (Ctrl+S)</translation>
    </message>
    <message>
        <source>Put back what Close has</source>
        <translation>Revenir à ce que Close contient</translation>
    </message>
    <message>
        <source>Delete this WhatsApp message from Close</source>
        <translation>Supprimer ce message WhatsApp de Close</translation>
    </message>
    <message>
        <source>Not a reply</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>they wrote</source>
        <translation>le contact a écrit</translation>
    </message>
    <message>
        <source>you wrote</source>
        <translation>vous avez écrit</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>A message not in this conversation (%1)</source>
        <translation>Un message hors de cette conversation (%1)</translation>
    </message>
    <message>
        <source>Whose WhatsApp number is this conversation with?</source>
        <translation>Avec quel numéro WhatsApp cette conversation a-t-elle lieu&#xa0;?</translation>
    </message>
    <message>
        <source>Select a WhatsApp message on the left to see it here.</source>
        <translation>Sélectionnez un message WhatsApp à gauche pour le voir ici.</translation>
    </message>
    <message>
        <source>Talking to Close…</source>
        <translation>Échange avec Close…</translation>
    </message>
    <message>
        <source>Unsaved changes. Save (Ctrl+S) or revert them.</source>
        <translation>Modifications non enregistrées. Enregistrez-les (Ctrl+S) ou annulez-les.</translation>
    </message>
    <message>
        <source>Synced from WhatsApp. Close never sends WhatsApp messages: what you change here corrects Close&apos;s record of it.</source>
        <translation>Synchronisé depuis WhatsApp. Close n’envoie jamais de messages WhatsApp&#xa0;: ce que vous modifiez ici corrige la fiche de Close.</translation>
    </message>
    <message>
        <source>WhatsApp message ID: %1</source>
        <translation>ID du message WhatsApp&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recorded by %1</source>
        <translation>Enregistré par %1</translation>
    </message>
    <message>
        <source>Created %1 by %2</source>
        <translation>Créé %1 par %2</translation>
    </message>
    <message>
        <source>Updated %1 by %2</source>
        <translation>Modifié %1 par %2</translation>
    </message>
    <message>
        <source>Sequence: %1</source>
        <translation>Séquence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete WhatsApp message</source>
        <translation>Supprimer le message WhatsApp</translation>
    </message>
    <message>
        <source>Delete this WhatsApp message from Close? Close keeps no copy, and it is not taken back from WhatsApp.</source>
        <translation>Supprimer ce message WhatsApp de Close&#xa0;? Close n’en garde aucune copie, et il n’est pas retiré de WhatsApp.</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Retirer la pièce jointe</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Act&amp;ivity date:</source>
        <translation>Date d’a&amp;ctivité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>Pièces &amp;jointes&#xa0;:</translation>
    </message>
    <message>
        <source>A later message: %1</source>
        <translation>Un message ultérieur&#xa0;: %1</translation>
    </message>
    <message>
        <source>WhatsApp message fields</source>
        <translation>Champs du message WhatsApp</translation>
    </message>
    <message>
        <source>Recorded by %1 · &lt;a href=&quot;%2&quot; style=&quot;color: %3&quot;&gt;open in %1&lt;/a&gt;</source>
        <translation>Enregistré par %1 · &lt;a href=&quot;%2&quot; style=&quot;color: %3&quot;&gt;ouvrir dans %1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Type a name to choose the contact</source>
        <translation>Saisissez un nom pour choisir le contact</translation>
    </message>
    <message>
        <source>Type a name to choose the user</source>
        <translation>Saisissez un nom pour choisir l’utilisateur</translation>
    </message>
</context>
<context>
    <name>WhatsAppSync</name>
    <message>
        <source>Not changed: a message cannot be a reply to itself.</source>
        <translation>Non modifié&#xa0;: un message ne peut pas être une réponse à lui-même.</translation>
    </message>
    <message>
        <source>Not changed: “%1” already answers this message (directly or through other replies), so this one cannot answer it; that would make a loop.</source>
        <translation>Non modifié&#xa0;: «&#xa0;%1&#xa0;» répond déjà à ce message (directement ou par d’autres réponses), celui-ci ne peut donc pas y répondre&#xa0;; cela ferait une boucle.</translation>
    </message>
</context>
<context>
    <name>WhatsAppTableModel</name>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Votre numéro</translation>
    </message>
    <message>
        <source>Their number</source>
        <translation>Numéro du contact</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>Réponse à</translation>
    </message>
    <message>
        <source>Activity date</source>
        <translation>Date de l’activité</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Message (HTML)</source>
        <translation>Message (HTML)</translation>
    </message>
    <message>
        <source>Message (plain)</source>
        <translation>Message (texte brut)</translation>
    </message>
    <message>
        <source>Your number (formatted)</source>
        <translation>Votre numéro (formaté)</translation>
    </message>
    <message>
        <source>Their number (formatted)</source>
        <translation>Numéro du contact (formaté)</translation>
    </message>
    <message>
        <source>WhatsApp ID</source>
        <translation>ID WhatsApp</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Created by (ID)</source>
        <translation>Créé par (ID)</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créé par</translation>
    </message>
    <message>
        <source>Updated by (ID)</source>
        <translation>Modifié par (ID)</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom de l’utilisateur</translation>
    </message>
    <message>
        <source>Sequence (ID)</source>
        <translation>Séquence (ID)</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <source>Sequence subscription</source>
        <translation>Inscription à la séquence</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
</context>
<context>
    <name>WhatsAppWorkspace</name>
    <message>
        <source>Show only these (both or neither: all)</source>
        <translation>N’afficher que ceux-ci (les deux ou aucun&#xa0;: tous)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Message count</source>
        <translation>Nombre de messages</translation>
    </message>
    <message>
        <source>Search WhatsApp messages</source>
        <translation>Rechercher dans les messages WhatsApp</translation>
    </message>
    <message>
        <source>WhatsApp conversations</source>
        <translation>Conversations WhatsApp</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Reçus %1</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Envoyés %1</translation>
    </message>
    <message>
        <source>1 conversation</source>
        <translation>1 conversation</translation>
    </message>
    <message>
        <source> (loading…)</source>
        <translation> (chargement…)</translation>
    </message>
    <message numerus="yes">
        <source>%n conversations</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Review, edit, schedule and send the SMS drafts of your Close account.
Without an account it runs on a built-in sandbox with sample data.</source>
        <translation>Relisez, modifiez, planifiez et envoyez les brouillons de SMS de votre compte Close.
Sans compte, Draftbox fonctionne sur un bac à sable intégré avec des données d’exemple.</translation>
    </message>
    <message>
        <source>Use the built-in sandbox with sample data.</source>
        <translation>Utiliser le bac à sable intégré avec des données d’exemple.</translation>
    </message>
    <message>
        <source>Close API base URL (default %1). The API key comes from the CLOSE_API_KEY environment variable or the connect dialog.</source>
        <translation>URL de base de l’API Close (par défaut %1). La clé d’API vient de la variable d’environnement CLOSE_API_KEY ou de la boîte de dialogue de connexion.</translation>
    </message>
    <message>
        <source>Draftbox is already open on this account: its window was brought up.</source>
        <translation>Draftbox est déjà ouvert sur ce compte&#xa0;: sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <source>Draftbox is already open on this account: its window was brought up. It keeps the key it has; CLOSE_API_KEY was not handed over.</source>
        <translation>Draftbox est déjà ouvert sur ce compte&#xa0;: sa fenêtre a été mise au premier plan. Il garde la clé qu’il a&#xa0;; la variable CLOSE_API_KEY n’a pas été transmise.</translation>
    </message>
</context>
</TS>
