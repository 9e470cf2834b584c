<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <location filename="../app/api/ApiError.cpp" line="+77"/>
        <source>The portal address is not allowed.</source>
        <translation>Die Portaladresse ist nicht zulässig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not connect to the Partner Portal.</source>
        <translation>Keine Verbindung zum Partner Portal möglich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Partner Portal did not answer in time.</source>
        <translation>Das Partner Portal hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure connection to the Partner Portal could not be established.</source>
        <translation>Die sichere Verbindung zum Partner Portal konnte nicht hergestellt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer does not trust the certificate presented at the portal address, so nothing was sent.</source>
        <translation>Dieser Computer vertraut dem Zertifikat nicht, das unter der Portaladresse vorgelegt wurde, deshalb wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the Partner Portal was lost before its answer arrived.</source>
        <translation>Die Verbindung zum Partner Portal ist abgebrochen, bevor die Antwort eintraf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Partner Portal refused access (HTTP %1).</source>
        <translation>Das Partner Portal hat den Zugriff verweigert (HTTP %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>The Partner Portal had a server error (HTTP %1).</source>
        <translation>Im Partner Portal ist ein Serverfehler aufgetreten (HTTP %1).</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The Partner Portal answered with HTTP status %1.</source>
        <translation>Das Partner Portal hat mit HTTP-Status %1 geantwortet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Partner Portal did not accept the sign-in.</source>
        <translation>Das Partner Portal hat die Anmeldung nicht akzeptiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Partner Portal reported an error.</source>
        <translation>Das Partner Portal hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Partner Portal sent an answer that could not be read.</source>
        <translation>Die Antwort des Partner Portals konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Partner Portal&apos;s answer arrived incomplete.</source>
        <translation>Die Antwort des Partner Portals kam unvollständig an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Partner Portal&apos;s answer did not contain what was expected.</source>
        <translation>Die Antwort des Partner Portals enthielt nicht die erwarteten Angaben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Partner Portal sent an ID this app cannot read exactly (field “%1”).</source>
        <extracomment>%1 the name of the field in the portal&apos;s answer, e.g. partnerId</extracomment>
        <translation>Das Partner Portal hat eine ID gesendet, die diese App nicht exakt lesen kann (Feld „%1“).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Partner Portal&apos;s answer contradicts itself: it says the request succeeded, but with status %1.</source>
        <extracomment>the portal&apos;s answer says &quot;success&quot; but comes with an error status such as 500</extracomment>
        <translation>Die Antwort des Partner Portals widerspricht sich: Sie meldet Erfolg, aber mit dem Status %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You need to sign in again.</source>
        <translation>Sie müssen sich erneut anmelden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Use an https:// address, such as https://openapi.partner.yeastar.com.</source>
        <translation>Verwenden Sie eine https://-Adresse, zum Beispiel https://openapi.partner.yeastar.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check your internet connection and the portal address, then try again.</source>
        <translation>Prüfen Sie Ihre Internetverbindung und die Portaladresse und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check your connection and try again in a moment.</source>
        <translation>Prüfen Sie Ihre Verbindung und versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the portal address and your computer&apos;s date and time; a proxy that inspects traffic can also cause this.</source>
        <translation>Prüfen Sie die Portaladresse sowie Datum und Uhrzeit Ihres Computers. Auch ein Proxy, der den Datenverkehr untersucht, kann die Ursache sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the portal address is right and that this computer&apos;s date and time are correct. On a company network that inspects secure connections, ask your IT department to install the company&apos;s root certificate into this computer&apos;s certificate store (on Debian: copy it to /usr/local/share/ca-certificates/ and run “sudo update-ca-certificates”), then try again. The certificate is described under Details.</source>
        <translation>Prüfen Sie, ob die Portaladresse stimmt und Datum und Uhrzeit dieses Computers richtig sind. In einem Firmennetz, das verschlüsselte Verbindungen untersucht, bitten Sie Ihre IT-Abteilung, das Stammzertifikat der Firma in den Zertifikatsspeicher dieses Computers aufzunehmen (unter Debian: nach /usr/local/share/ca-certificates/ kopieren und „sudo update-ca-certificates“ ausführen), und versuchen Sie es dann erneut. Das Zertifikat ist unter „Details“ beschrieben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check that API access is enabled under System &gt; API in the Partner Portal and that this computer&apos;s IP address is allowed.</source>
        <translation>Prüfen Sie, ob der API-Zugriff im Partner Portal unter System &gt; API aktiviert und die IP-Adresse dieses Computers zugelassen ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>The portal may be busy or under maintenance. Try again in a few minutes.</source>
        <translation>Das Portal ist möglicherweise ausgelastet oder wird gewartet. Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Check the client ID and client secret under System &gt; API in the Partner Portal. If the secret was reset there, enter the new one.</source>
        <translation>Prüfen Sie Client-ID und Client-Geheimnis im Partner Portal unter System &gt; API. Wurde das Geheimnis dort zurückgesetzt, geben Sie das neue ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correct the request if the portal names a field, or contact Yeastar support.</source>
        <translation>Korrigieren Sie Ihre Angaben, falls das Portal ein Feld nennt, oder wenden Sie sich an den Yeastar-Support.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the request if the portal names a field, or contact Yeastar support and quote request ID %1.</source>
        <extracomment>%1 the portal&apos;s request ID</extracomment>
        <translation>Korrigieren Sie Ihre Angaben, falls das Portal ein Feld nennt, oder wenden Sie sich an den Yeastar-Support und nennen Sie die Anfrage-ID %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try again. If it keeps happening, contact Yeastar support.</source>
        <translation>Versuchen Sie es erneut. Tritt der Fehler wiederholt auf, wenden Sie sich an den Yeastar-Support.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again. If it keeps happening, contact Yeastar support and quote request ID %1.</source>
        <extracomment>%1 the portal&apos;s request ID</extracomment>
        <translation>Versuchen Sie es erneut. Tritt der Fehler wiederholt auf, wenden Sie sich an den Yeastar-Support und nennen Sie die Anfrage-ID %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was rounded or used. Try again; if it keeps happening, contact Yeastar support.</source>
        <translation>Es wurde nichts gerundet oder verwendet. Versuchen Sie es erneut; tritt der Fehler wiederholt auf, wenden Sie sich an den Yeastar-Support.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was rounded or used. Try again; if it keeps happening, contact Yeastar support and quote request ID %1.</source>
        <extracomment>%1 the portal&apos;s request ID</extracomment>
        <translation>Es wurde nichts gerundet oder verwendet. Versuchen Sie es erneut; tritt der Fehler wiederholt auf, wenden Sie sich an den Yeastar-Support und nennen Sie die Anfrage-ID %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in with your client ID and client secret to continue.</source>
        <translation>Melden Sie sich mit Ihrer Client-ID und Ihrem Client-Geheimnis an, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The portal says: “%1”</source>
        <extracomment>%1 is the portal&apos;s own error text, quoted</extracomment>
        <translation>Meldung des Portals: „%1“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Code: %1</source>
        <extracomment>error code reported by the portal, e.g. parameter_validation_failed</extracomment>
        <translation>Code: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request ID: %1</source>
        <extracomment>the portal&apos;s request ID, which Yeastar support asks for</extracomment>
        <translation>Anfrage-ID: %1</translation>
    </message>
</context>
<context>
    <name>AutoRenewal</name>
    <message>
        <location filename="../app/order/AutoRenewal.cpp" line="+20"/>
        <source>Auto-renewal can be turned on here only for a PBX with a serial number. Turn it on for this product in the Partner Portal.</source>
        <translation>Die automatische Verlängerung lässt sich hier nur für eine PBX mit Seriennummer einschalten. Schalten Sie sie für dieses Produkt im Partner Portal ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The current plan of this product is not known, so its auto-renewal cannot be turned on here.</source>
        <translation>Der aktuelle Plan dieses Produkts ist nicht bekannt, daher lässt sich seine automatische Verlängerung hier nicht einschalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Auto-renewal is already on for this product.</source>
        <translation>Die automatische Verlängerung ist für dieses Produkt bereits eingeschaltet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Turning auto-renewal off is only possible in the Partner Portal: Products &amp; Purchase → the product → More → View Details → Information &amp; Existing Services → More → Plan Details → Cancel Auto Renew.</source>
        <extracomment>the Partner Portal&apos;s own menu path, in the portal&apos;s words</extracomment>
        <translation>Ausschalten lässt sich die automatische Verlängerung nur im Partner Portal: Products &amp; Purchase → das Produkt → More → View Details → Information &amp; Existing Services → More → Plan Details → Cancel Auto Renew.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Partner Purchase — auto-renewal</source>
        <translation>Partner Purchase — automatische Verlängerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product: %1</source>
        <translation>Produkt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number: %1</source>
        <translation>Seriennummer: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For: %1 (partner ID %2)</source>
        <extracomment>%1 a customer&apos;s company, %2 their partner ID</extracomment>
        <translation>Für: %1 (Partner-ID %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan: %1 (ID %2)</source>
        <translation>Plan: %1 (ID %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requested: %1</source>
        <translation>Angefordert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request ID: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Auto-renewal is on: the plan renews at the end of each term and the account is charged.</source>
        <translation>Die automatische Verlängerung ist eingeschaltet: Der Plan verlängert sich am Ende jeder Laufzeit, und das Konto wird belastet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Auto-renewal was not turned on. %1</source>
        <translation>Die automatische Verlängerung wurde nicht eingeschaltet. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-renewal was not turned on: the portal answered “false”.</source>
        <translation>Die automatische Verlängerung wurde nicht eingeschaltet: Das Portal antwortete „false“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer was lost: auto-renewal may or may not be on. Reload the product in the Products window to see its state before you try again.</source>
        <translation>Die Antwort ging verloren: Die automatische Verlängerung ist vielleicht eingeschaltet, vielleicht nicht. Laden Sie das Produkt im Fenster „Produkte“ neu, um den Stand zu sehen, bevor Sie es noch einmal versuchen.</translation>
    </message>
</context>
<context>
    <name>AutoRenewalDialog</name>
    <message>
        <location filename="../ui/AutoRenewalDialog.cpp" line="+23"/>
        <source>I &amp;understand that the account is charged at every renewal.</source>
        <translation>Mir ist &amp;bewusst, dass das Konto bei jeder Verlängerung belastet wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Turn on auto-renewal</source>
        <translation>Automatische Verlängerung &amp;einschalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turn on auto-renewal</source>
        <translation>Automatische Verlängerung einschalten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, serial number %2, plan %3</source>
        <extracomment>%1 product name, %2 serial number, %3 plan name</extracomment>
        <translation>%1, Seriennummer %2, Plan %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yeastar then renews this plan at the end of each term and charges your account; the billing contact gets a reminder before each renewal.</source>
        <translation>Yeastar verlängert diesen Plan dann am Ende jeder Laufzeit und belastet Ihr Konto; der Rechnungskontakt erhält vor jeder Verlängerung eine Erinnerung.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Turning on auto-renewal…</source>
        <translation>Automatische Verlängerung wird eingeschaltet…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outcome of turning on auto-renewal</source>
        <translation>Ergebnis des Einschaltens der automatischen Verlängerung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy the outcome</source>
        <translation>Ergebnis kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the outcome as a text file</source>
        <translation>Ergebnis als Textdatei speichern</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The outcome was not saved to %1: %2</source>
        <translation>Das Ergebnis wurde nicht unter %1 gespeichert: %2</translation>
    </message>
</context>
<context>
    <name>BatchCsvExporter</name>
    <message>
        <location filename="../app/order/BatchCsvExporter.cpp" line="+12"/>
        <source>not sent</source>
        <extracomment>outcome of one order of a batch</extracomment>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sending</source>
        <extracomment>outcome of one order of a batch: sent, no answer yet (or the app stopped meanwhile)</extracomment>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>placed</source>
        <extracomment>outcome of one order of a batch</extracomment>
        <translation>aufgegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused</source>
        <extracomment>outcome of one order of a batch: the portal refused it, nothing was bought</extracomment>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <extracomment>outcome of one order of a batch: it may or may not have been placed</extracomment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>BatchPlanner</name>
    <message>
        <location filename="../app/order/BatchPlanner.cpp" line="+14"/>
        <source>Choose at least one customer.</source>
        <translation>Wählen Sie mindestens einen Kunden.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Product %1</source>
        <translation>Produkt %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose at least one product in the Products window.</source>
        <translation>Wählen Sie im Fenster „Produkte“ mindestens ein Produkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the billing contact.</source>
        <translation>Wählen Sie den Rechnungskontakt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the chosen products&apos; details…</source>
        <translation>Die Details der gewählten Produkte werden gelesen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its details could not be read: %1</source>
        <extracomment>%1 what went wrong, one or more sentences</extracomment>
        <translation>Seine Details konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It is chosen twice; it is renewed once.</source>
        <translation>Es ist zweimal gewählt; es wird einmal verlängert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>None of the chosen products can be renewed.</source>
        <translation>Keines der gewählten Produkte kann verlängert werden.</translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message>
        <location filename="../app/order/BatchRunner.cpp" line="+37"/>
        <source>Another batch is under way.</source>
        <translation>Es läuft bereits ein anderer Stapel.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Order %1 of the batch cannot be sent as planned.</source>
        <translation>Bestellung %1 des Stapels kann nicht wie geplant gesendet werden.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The batch could not be written to disk, so nothing was sent: %1</source>
        <translation>Der Stapel konnte nicht auf die Festplatte geschrieben werden, daher wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The batch journal could not be opened: %1</source>
        <translation>Das Stapelprotokoll konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>The order could not be sent.</source>
        <translation>Die Bestellung konnte nicht gesendet werden.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The app stopped while this order was being sent.</source>
        <translation>Die App wurde beendet, während diese Bestellung gesendet wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It could not be looked up: %1</source>
        <translation>Sie konnte nicht nachgeschlagen werden: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The batch journal could not be written, so the batch stopped: %1</source>
        <translation>Das Stapelprotokoll konnte nicht geschrieben werden, daher wurde der Stapel angehalten: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Another write of the receipts is under way.</source>
        <translation>Die Belege werden gerade schon geschrieben.</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <location filename="../ui/BatchWindow.cpp" line="+48"/>
        <source>&amp;Stop after this order</source>
        <translation>Nach dieser Bestellung &amp;anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go on</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Look up again</source>
        <translation>Erneut &amp;nachschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;CSV…</source>
        <translation>Als &amp;CSV speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close &amp;batch</source>
        <translation>Stapel &amp;schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+78"/>
        <source>Orders for several customers</source>
        <translation>Bestellungen für mehrere Kunden</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>%v of %m</source>
        <extracomment>%v orders done, %m orders in the batch</extracomment>
        <translation>%v von %m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders done</source>
        <translation>Erledigte Bestellungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Orders of the batch</source>
        <translation>Bestellungen des Stapels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+65"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Items</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order number or reason</source>
        <translation>Bestellnummer oder Grund</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Renewals of several products</source>
        <translation>Verlängerungen mehrerer Produkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <extracomment>column of the batch window: whom (or which product) each order is for</extracomment>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>About %1 left</source>
        <extracomment>%1 minutes:seconds</extracomment>
        <translation>Noch etwa %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking up the order for %1…</source>
        <extracomment>%1 the customer (or product) the order is for</extracomment>
        <translation>Die Bestellung für %1 wird nachgeschlagen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending the order for %1…</source>
        <translation>Die Bestellung für %1 wird gesendet…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Placed: %1 · Refused: %2 · Unknown: %3 · Not sent: %4</source>
        <extracomment>the batch&apos;s summary; each %n a number of orders</extracomment>
        <translation>Aufgegeben: %1 · Abgelehnt: %2 · Unbekannt: %3 · Nicht gesendet: %4</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This batch was interrupted. Go on looks up every order whose outcome is not known before anything else is sent; placed orders are never sent again.</source>
        <translation>Dieser Stapel wurde unterbrochen. „Weiter“ schlägt jede Bestellung mit unbekanntem Ergebnis nach, bevor etwas anderes gesendet wird; aufgegebene Bestellungen werden nie erneut gesendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The orders are sent one after another.</source>
        <translation>Die Bestellungen werden nacheinander gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopping once the order on its way is answered…</source>
        <translation>Wird angehalten, sobald die laufende Bestellung beantwortet ist…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped. Go on sends the orders not sent yet.</source>
        <translation>Angehalten. „Weiter“ sendet die noch nicht gesendeten Bestellungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An order&apos;s answer was lost: looking it up in the Partner Portal…</source>
        <translation>Die Antwort auf eine Bestellung ging verloren: Sie wird im Partner Portal nachgeschlagen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An order&apos;s outcome is unknown and the look-up did not find it. Check the Partner Portal&apos;s orders before you go on: it is never sent again on its own.</source>
        <translation>Das Ergebnis einer Bestellung ist unbekannt, und das Nachschlagen hat sie nicht gefunden. Prüfen Sie die Bestellungen im Partner Portal, bevor Sie fortfahren: Sie wird nie von selbst erneut gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order whose answer was lost was found in the Partner Portal. Go on sends the rest.</source>
        <translation>Die Bestellung, deren Antwort verloren ging, wurde im Partner Portal gefunden. „Weiter“ sendet den Rest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Save the batch as CSV</source>
        <translation>Stapel als CSV speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>BillingContactListModel</name>
    <message>
        <location filename="../app/models/BillingContactListModel.cpp" line="+26"/>
        <source>%1
%2
Billing contact ID %3</source>
        <extracomment>tooltip of a billing contact: country, remark, ID</extracomment>
        <translation>%1
%2
Rechnungskontakt-ID %3</translation>
    </message>
</context>
<context>
    <name>BillingContactPage</name>
    <message>
        <location filename="../ui/BillingContactPage.cpp" line="+28"/>
        <source>Loading your billing contacts…</source>
        <translation>Ihre Rechnungskontakte werden geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no billing contact in your Partner Portal account. Add one in the Partner Portal, then press Retry.</source>
        <translation>Ihr Partner-Portal-Konto hat keinen Rechnungskontakt. Legen Sie im Partner Portal einen an und klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+16"/>
        <source>Billing contact</source>
        <translation>Rechnungskontakt</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Who receives the invoice for this order?</source>
        <translation>Wer erhält die Rechnung für diese Bestellung?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a billing contact…</source>
        <translation>Rechnungskontakt auswählen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your purchase order number</source>
        <translation>Ihre eigene Bestellnummer (PO-Nummer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional — appears on the portal&apos;s order</source>
        <translation>Optional – erscheint auf der Bestellung im Portal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Billing &amp;contact:</source>
        <translation>&amp;Rechnungskontakt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your &amp;PO number:</source>
        <translation>Ihre &amp;PO-Nummer:</translation>
    </message>
</context>
<context>
    <name>BillingCycle</name>
    <message>
        <location filename="../app/order/BillingCycle.cpp" line="+6"/>
        <source>Annually</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once</source>
        <translation>Einmalig</translation>
    </message>
</context>
<context>
    <name>CertificateTrust</name>
    <message>
        <location filename="../app/api/CertificateTrust.cpp" line="+165"/>
        <source>Problem: %1</source>
        <extracomment>%1 is Qt&apos;s description of a certificate error, e.g. &quot;The certificate has expired&quot;</extracomment>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Subject: %1</source>
        <extracomment>the certificate&apos;s owner as its distinguished name, e.g. &quot;CN=openapi.partner.yeastar.com&quot;</extracomment>
        <translation>Inhaber: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256 fingerprint: %1</source>
        <extracomment>SHA-256 fingerprint of the certificate, as colon-separated hex pairs</extracomment>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid from %1 to %2</source>
        <extracomment>%1 and %2 are dates</extracomment>
        <translation>Gültig von %1 bis %2</translation>
    </message>
</context>
<context>
    <name>CredentialVault</name>
    <message>
        <location filename="../app/auth/CredentialVault.cpp" line="+117"/>
        <source>The saved entry is damaged.</source>
        <extracomment>the system keychain&apos;s entry for the account is not what this app writes</extracomment>
        <translation>Der gespeicherte Eintrag ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <location filename="../app/csv/CsvWriter.cpp" line="+99"/>
        <location line="+3"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>CustomerPickerDialog</name>
    <message>
        <location filename="../ui/CustomerPickerDialog.cpp" line="+38"/>
        <source>Choose customers</source>
        <translation>Kunden wählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Filter:</source>
        <extracomment>label of the filter above the list of customers</extracomment>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a company, name or e-mail…</source>
        <translation>Firma, Name oder E-Mail eingeben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter customers</source>
        <translation>Kunden filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select &amp;all matching</source>
        <translation>&amp;Alle Treffer auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear selection</source>
        <translation>Auswahl &amp;leeren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Or paste partner IDs or e-mail addresses, one &amp;per line:</source>
        <extracomment>label of a box where the user pastes partner IDs or e-mail addresses</extracomment>
        <translation>Oder Partner-IDs bzw. E-Mail-Adressen einfügen, eine pro &amp;Zeile:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partner IDs or e-mail addresses</source>
        <translation>Partner-IDs oder E-Mail-Adressen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;dd these</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import a file…</source>
        <translation>Datei &amp;importieren…</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Line %1: %2</source>
        <extracomment>%1 line number, %2 what was on it</extracomment>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n entries match no customer and were left out:</source>
        <translation>
            <numerusform>%n Eintrag passt zu keinem Kunden und wurde ausgelassen:</numerusform>
            <numerusform>%n Einträge passen zu keinem Kunden und wurden ausgelassen:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import customers</source>
        <translation>Kunden importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text or CSV files (*.txt *.csv);;All files (*)</source>
        <translation>Text- oder CSV-Dateien (*.txt *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n customers chosen</source>
        <translation>
            <numerusform>%n Kunde ausgewählt</numerusform>
            <numerusform>%n Kunden ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiagnosticsExport</name>
    <message>
        <location filename="../ui/DiagnosticsExport.cpp" line="+23"/>
        <source>Save API &amp;diagnostics…</source>
        <translation>API-&amp;Diagnose speichern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the Partner Portal&apos;s answers from this session, without secrets, for Yeastar&apos;s or our support</source>
        <translation>Die Antworten des Partner Portals aus dieser Sitzung ohne Geheimnisse für den Support von Yeastar oder von uns speichern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>partner-purchase-api-diagnostics-%1.json</source>
        <extracomment>default file name of the API diagnostics; %1 the date and time</extracomment>
        <translation>partner-purchase-api-diagnose-%1.json</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save API diagnostics</source>
        <translation>API-Diagnose speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The API diagnostics could not be saved to %1: %2</source>
        <extracomment>%1 the file, %2 why it could not be written</extracomment>
        <translation>Die API-Diagnose konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Saved %n answer(s) of the Partner Portal to %1.</source>
        <translation>
            <numerusform>%n Antwort des Partner Portals unter %1 gespeichert.</numerusform>
            <numerusform>%n Antworten des Partner Portals unter %1 gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDetails</name>
    <message>
        <location filename="../ui/ErrorDetails.cpp" line="+16"/>
        <source>De&amp;tails</source>
        <extracomment>folds out the technical details of an error (e.g. the refused certificate)</extracomment>
        <translation>De&amp;tails</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the details</source>
        <translation>Details anzeigen</translation>
    </message>
</context>
<context>
    <name>FollowUpActions</name>
    <message>
        <location filename="../ui/FollowUpActions.cpp" line="+38"/>
        <source>&amp;Receipts…</source>
        <translation>B&amp;elege…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portal &amp;orders…</source>
        <translation>&amp;Portal-Bestellungen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find, show, print and export the orders placed with this app</source>
        <translation>Mit dieser App aufgegebene Bestellungen suchen, anzeigen, drucken und exportieren</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Products…</source>
        <translation>&amp;Gekaufte Produkte…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receipts</source>
        <extracomment>toolbar button text</extracomment>
        <translation>Belege</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Partner Portal&apos;s order list and the current status of each order</source>
        <translation>Die Bestellliste des Partner Portals mit dem aktuellen Status jeder Bestellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portal orders</source>
        <extracomment>toolbar button text</extracomment>
        <translation>Portal-Bestellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every product this account has bought, for you and your customers, and what expires next</source>
        <translation>Alle Produkte, die dieses Konto für Sie und Ihre Kunden gekauft hat, und was als Nächstes abläuft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Products</source>
        <extracomment>toolbar button text</extracomment>
        <translation>Produkte</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Sign in to the Partner Portal first</source>
        <translation>Melden Sie sich zuerst beim Partner Portal an</translation>
    </message>
</context>
<context>
    <name>InlineStatus</name>
    <message>
        <location filename="../ui/InlineStatus.cpp" line="+21"/>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
</context>
<context>
    <name>InstanceDetailsPane</name>
    <message>
        <location filename="../ui/InstanceDetailsPane.cpp" line="+45"/>
        <source>Re&amp;try</source>
        <extracomment>the list under the pane has its own &amp;Retry: another Alt+ key</extracomment>
        <translation>Erneut ver&amp;suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy &amp;number</source>
        <translation>Nummer kop&amp;ieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ask the Partner Portal for this product&apos;s details again</source>
        <translation>Das Partner Portal erneut nach den Details dieses Produkts fragen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy the activation code to the clipboard</source>
        <translation>Den Aktivierungscode in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry the activation code</source>
        <translation>Aktivierungscode erneut abrufen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activation code:</source>
        <extracomment>label before a P-Series Software Edition&apos;s activation code (for online activation)</extracomment>
        <translation>Aktivierungscode:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Activation code</source>
        <translation>Aktivierungscode</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Device model</source>
        <translation>Gerätemodell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry the device model</source>
        <translation>Gerätemodell erneut abrufen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model:</source>
        <extracomment>label before the model of a PBX or appliance, e.g. &quot;P570&quot;</extracomment>
        <translation>Modell:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fields the Partner Portal sent for this product</source>
        <translation>Felder, die das Partner Portal zu diesem Produkt gesendet hat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy the serial or product number to the clipboard</source>
        <translation>Die Serien- oder Produktnummer in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 — %2</source>
        <extracomment>title of the details pane; %1 the product, %2 its serial or product number</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Select a product to see everything the Partner Portal says about it.</source>
        <translation>Wählen Sie ein Produkt aus, um alles zu sehen, was das Partner Portal darüber mitteilt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These are the fields from the product list; loading the product&apos;s full details…</source>
        <translation>Dies sind die Felder aus der Produktliste; die vollständigen Details des Produkts werden geladen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The product&apos;s full details could not be loaded; these are the fields from the product list. %1</source>
        <extracomment>%1 says what went wrong and what to do</extracomment>
        <translation>Die vollständigen Details des Produkts konnten nicht geladen werden; dies sind die Felder aus der Produktliste. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Partner Portal gave no serial or product number for this product, so its full details cannot be asked for. These are the fields from the product list.</source>
        <translation>Das Partner Portal hat für dieses Produkt keine Serien- oder Produktnummer angegeben, daher können seine vollständigen Details nicht abgefragt werden. Dies sind die Felder aus der Produktliste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Partner Portal has no further details for this product.</source>
        <translation>Das Partner Portal hat keine weiteren Details zu diesem Produkt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <extracomment>%1 what went wrong, %2 the portal&apos;s code and request ID</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message numerus="yes">
        <location filename="../app/models/JsonTreeModel.cpp" line="+51"/>
        <source>{%n field(s)}</source>
        <extracomment>a JSON object shown folded in the details pane</extracomment>
        <translation>
            <numerusform>{%n Feld}</numerusform>
            <numerusform>{%n Felder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>[%n item(s)]</source>
        <extracomment>a JSON list shown folded in the details pane</extracomment>
        <translation>
            <numerusform>[%n Eintrag]</numerusform>
            <numerusform>[%n Einträge]</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>empty</source>
        <extracomment>read by a screen reader for a field the portal sent without a value</extracomment>
        <translation>leer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Field</source>
        <extracomment>column of the details pane: a field&apos;s name as the portal sends it</extracomment>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>KeychainNotice</name>
    <message>
        <location filename="../app/auth/KeychainNotice.cpp" line="+7"/>
        <source>Waiting for the system keychain…</source>
        <translation>Warten auf den Schlüsselbund des Systems…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving your client secret in the system keychain…</source>
        <translation>Ihr Client-Geheimnis wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 The keychain says: “%2”</source>
        <extracomment>%1 is a sentence of ours, %2 the system keychain&apos;s own error message</extracomment>
        <translation>%1 Der Schlüsselbund meldet: „%2“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The client secret saved for this account could not be read because the system keychain is locked and was not unlocked. Enter the secret to sign in.</source>
        <translation>Das für dieses Konto gespeicherte Client-Geheimnis konnte nicht gelesen werden, weil der Schlüsselbund des Systems gesperrt ist und nicht entsperrt wurde. Geben Sie das Geheimnis ein, um sich anzumelden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client secret saved for this account could not be read because the system keychain refused access. Enter the secret to sign in.</source>
        <translation>Das für dieses Konto gespeicherte Client-Geheimnis konnte nicht gelesen werden, weil der Schlüsselbund des Systems den Zugriff verweigert hat. Geben Sie das Geheimnis ein, um sich anzumelden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No system keychain answers, so no saved client secret could be read. Enter the secret to sign in.</source>
        <translation>Kein Schlüsselbund des Systems antwortet, daher konnte kein gespeichertes Client-Geheimnis gelesen werden. Geben Sie das Geheimnis ein, um sich anzumelden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The client secret saved for this account could not be read from the system keychain. Enter the secret to sign in.</source>
        <translation>Das für dieses Konto gespeicherte Client-Geheimnis konnte nicht aus dem Schlüsselbund des Systems gelesen werden. Geben Sie das Geheimnis ein, um sich anzumelden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your client secret was not saved because the system keychain is locked and was not unlocked. It is kept only until you close the app.</source>
        <translation>Ihr Client-Geheimnis wurde nicht gespeichert, weil der Schlüsselbund des Systems gesperrt ist und nicht entsperrt wurde. Es bleibt nur erhalten, bis Sie die App schließen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your client secret was not saved because the system keychain refused access. It is kept only until you close the app.</source>
        <translation>Ihr Client-Geheimnis wurde nicht gespeichert, weil der Schlüsselbund des Systems den Zugriff verweigert hat. Es bleibt nur erhalten, bis Sie die App schließen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No system keychain answers, so your client secret is kept only until you close the app.</source>
        <translation>Kein Schlüsselbund des Systems antwortet, daher bleibt Ihr Client-Geheimnis nur erhalten, bis Sie die App schließen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your client secret could not be saved in the system keychain. It is kept only until you close the app.</source>
        <translation>Ihr Client-Geheimnis konnte nicht im Schlüsselbund des Systems gespeichert werden. Es bleibt nur erhalten, bis Sie die App schließen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The client secret saved for this account was not removed because the system keychain is locked and was not unlocked. It stays there until you sign out again with the keychain unlocked.</source>
        <translation>Das für dieses Konto gespeicherte Client-Geheimnis wurde nicht entfernt, weil der Schlüsselbund des Systems gesperrt ist und nicht entsperrt wurde. Es bleibt dort, bis Sie sich bei entsperrtem Schlüsselbund erneut abmelden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The client secret saved for this account could not be removed from the system keychain. It stays there until you sign out again.</source>
        <translation>Das für dieses Konto gespeicherte Client-Geheimnis konnte nicht aus dem Schlüsselbund des Systems entfernt werden. Es bleibt dort, bis Sie sich erneut abmelden.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../app/auth/KeychainSecretStore.cpp" line="+47"/>
        <source>The keychain is locked.</source>
        <extracomment>the system keychain&apos;s state, shown under the explanation (details)</extracomment>
        <translation>Der Schlüsselbund ist gesperrt.</translation>
    </message>
</context>
<context>
    <name>KeychainWaitPanel</name>
    <message>
        <location filename="../ui/KeychainWaitPanel.cpp" line="+12"/>
        <source>Sign in &amp;without the keychain</source>
        <translation>&amp;Ohne Schlüsselbund anmelden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If it asks for its password, unlock it there, or sign in by typing your client secret.</source>
        <extracomment>shown while the app waits for the system keychain (GNOME Keyring, KWallet, …) at start</extracomment>
        <translation>Wenn er nach seinem Passwort fragt, entsperren Sie ihn dort, oder melden Sie sich an, indem Sie Ihr Client-Geheimnis eingeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in without the keychain</source>
        <translation>Ohne Schlüsselbund anmelden</translation>
    </message>
</context>
<context>
    <name>LoadStatusPanel</name>
    <message>
        <location filename="../ui/LoadStatusPanel.cpp" line="+23"/>
        <source>&amp;Retry</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the Partner Portal again</source>
        <translation>Erneut beim Partner Portal anfragen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+41"/>
        <source>Partner Purchase — practice mode</source>
        <translation>Partner Purchase – Übungsmodus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner Purchase</source>
        <translation>Partner Purchase</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Orders for several customers are being sent. Stop them, and wait for the order on its way, before closing.</source>
        <translation>Bestellungen für mehrere Kunden werden gesendet. Halten Sie sie an und warten Sie auf die laufende Bestellung, bevor Sie schließen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The order is being sent. Wait for the Partner Portal&apos;s answer before closing.</source>
        <translation>Die Bestellung wird gesendet. Warten Sie vor dem Schließen auf die Antwort des Partner Portals.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New purchase</source>
        <translation>&amp;Neuer Kauf</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Orders</source>
        <extracomment>name of the toolbar (shown when the toolbar area is right-clicked)</extracomment>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Se&amp;ttings…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Switch account…</source>
        <translation>Konto &amp;wechseln…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign &amp;out and forget the secret</source>
        <translation>&amp;Abmelden und Geheimnis vergessen</translation>
    </message>
    <message>
        <location line="+105"/>
        <location line="+11"/>
        <source>An order is on its way; wait for its answer, then try again.</source>
        <translation>Eine Bestellung ist unterwegs; warten Sie ihre Antwort ab und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Auto-renewal is being turned on for another product; wait for its answer.</source>
        <translation>Die automatische Verlängerung wird gerade für ein anderes Produkt eingeschaltet; warten Sie die Antwort ab.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the outcome</source>
        <translation>Ergebnis speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <location line="-254"/>
        <location line="+159"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
</context>
<context>
    <name>OfferingPage</name>
    <message>
        <location filename="../ui/OfferingPage.cpp" line="+30"/>
        <source>Loading the plans and services on offer…</source>
        <translation>Verfügbare Tarife und Dienste werden geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing can be bought for this product right now.</source>
        <translation>Für dieses Produkt kann derzeit nichts gekauft werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Plans and services</source>
        <translation>Tarife und Dienste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a plan, services, and how many of each.</source>
        <translation>Wählen Sie einen Tarif, Dienste und jeweils die Menge.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Choose a plan…</source>
        <translation>Tarif auswählen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No plan — services only</source>
        <translation>Kein Tarif – nur Dienste</translation>
    </message>
</context>
<context>
    <name>OperationChooser</name>
    <message>
        <location filename="../ui/OperationChooser.cpp" line="+22"/>
        <source>number %1</source>
        <extracomment>%1 a serial number or product number</extracomment>
        <translation>Nummer %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for %1 (partner ID %2)</source>
        <extracomment>%1 a customer&apos;s company, %2 their partner ID</extracomment>
        <translation>für %1 (Partner-ID %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for my own account</source>
        <translation>für mein eigenes Konto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%L1 %2</source>
        <extracomment>%L1 a count, %2 what is counted as the portal names it (extensions, connections…)</extracomment>
        <translation>%L1 %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open Pro&amp;ducts…</source>
        <translation>Pro&amp;dukte öffnen…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ac&amp;tion:</source>
        <extracomment>label of the list of actions: new purchase, renewal, switch plan…</extracomment>
        <translation>Ak&amp;tion:</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>What do you want to do?</source>
        <translation>Was möchten Sie tun?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open the Products window</source>
        <translation>Fenster „Produkte“ öffnen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Product: %1</source>
        <extracomment>%1 the product an action is for, e.g. &quot;Software PBX · number 3651E… · for Acme (partner ID …) · Enterprise Plan&quot;</extracomment>
        <translation>Produkt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This acts on a product you already have: choose it in the Products window (File &gt; Products…) and pick this action there.</source>
        <translation>Dies betrifft ein Produkt, das Sie bereits haben: Wählen Sie es im Fenster „Produkte“ (Datei &gt; Produkte…) und dort diese Aktion.</translation>
    </message>
</context>
<context>
    <name>OperationRules</name>
    <message>
        <location filename="../app/order/OperationRules.cpp" line="+70"/>
        <source>Choose the product this order is for in the Products window.</source>
        <translation>Wählen Sie das Produkt, für das diese Bestellung ist, im Fenster „Produkte“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This order is for another product than the one it acts on.</source>
        <translation>Diese Bestellung gilt einem anderen Produkt als dem, auf das sie sich bezieht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The serial number of the device is missing; open the product again from the Products window.</source>
        <translation>Die Seriennummer des Geräts fehlt; öffnen Sie das Produkt erneut über das Fenster „Produkte“.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This account already has %1; a free trial is only for an account without it.</source>
        <extracomment>%1 product name</extracomment>
        <translation>Dieses Konto hat bereits %1; eine kostenlose Testversion gibt es nur für ein Konto ohne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the plan of the licence.</source>
        <translation>Wählen Sie den Plan der Lizenz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the serial number of the trial PBX.</source>
        <translation>Geben Sie die Seriennummer der Test-PBX ein.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A renewal renews the current plan (“%1”). To change the plan, use Switch plan.</source>
        <extracomment>%1 the product&apos;s current plan</extracomment>
        <translation>Eine Verlängerung verlängert den aktuellen Plan („%1“). Um den Plan zu ändern, nutzen Sie „Plan wechseln“.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>A renewal keeps the current %n extension(s): the portal refuses any other number. To add extensions, use Add capacity.</source>
        <translation>
            <numerusform>Eine Verlängerung behält die aktuelle %n Nebenstelle bei: Das Portal lehnt jede andere Zahl ab. Um Nebenstellen hinzuzufügen, nutzen Sie „Kapazität hinzufügen“.</numerusform>
            <numerusform>Eine Verlängerung behält die aktuellen %n Nebenstellen bei: Das Portal lehnt jede andere Zahl ab. Um Nebenstellen hinzuzufügen, nutzen Sie „Kapazität hinzufügen“.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A renewal keeps the billing cycle (%1); it cannot be changed.</source>
        <extracomment>%1 the billing cycle as the portal names it (annually, monthly)</extracomment>
        <translation>Eine Verlängerung behält den Abrechnungszeitraum (%1) bei; er lässt sich nicht ändern.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not part of this product, so it cannot be renewed. Use Add a service.</source>
        <extracomment>%1 service name</extracomment>
        <translation>„%1“ gehört nicht zu diesem Produkt und kann daher nicht verlängert werden. Nutzen Sie „Dienst hinzufügen“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The plan and its services are renewed together: include the plan “%1”.</source>
        <translation>Plan und Dienste werden zusammen verlängert: Nehmen Sie den Plan „%1“ dazu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The plan and its services are renewed together: include “%1”.</source>
        <extracomment>%1 service name</extracomment>
        <translation>Plan und Dienste werden zusammen verlängert: Nehmen Sie „%1“ dazu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only services are added to an existing plan. To change the plan, use Switch plan.</source>
        <translation>Zu einem bestehenden Plan kommen nur Dienste hinzu. Um den Plan zu ändern, nutzen Sie „Plan wechseln“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The current plan of this product is not known, so nothing can be added to it.</source>
        <translation>Der aktuelle Plan dieses Produkts ist nicht bekannt, daher lässt sich nichts hinzufügen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disaster Recovery is only available on the Ultimate plan; this product has “%1”. Switch plan first.</source>
        <extracomment>%1 the product&apos;s current plan</extracomment>
        <translation>Disaster Recovery gibt es nur mit dem Ultimate-Plan; dieses Produkt hat „%1“. Wechseln Sie zuerst den Plan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is already part of this product. To extend it, use Renew or Add capacity.</source>
        <extracomment>%1 service name</extracomment>
        <translation>„%1“ gehört bereits zu diesem Produkt. Zum Verlängern oder Erweitern nutzen Sie „Verlängern“ oder „Kapazität hinzufügen“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is a service, not a capacity. Use Add a service.</source>
        <extracomment>%1 service name</extracomment>
        <translation>„%1“ ist ein Dienst, keine Kapazität. Nutzen Sie „Dienst hinzufügen“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most %L1 extensions can be added to a cloud PBX in one order.</source>
        <translation>Einer Cloud-PBX lassen sich in einer Bestellung höchstens %L1 Nebenstellen hinzufügen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A plan switch changes only the plan. Add services in an order of their own.</source>
        <translation>Ein Planwechsel ändert nur den Plan. Fügen Sie Dienste in einer eigenen Bestellung hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the plan to switch to.</source>
        <translation>Wählen Sie den Plan, zu dem Sie wechseln möchten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is already the current plan. Choose another plan.</source>
        <extracomment>%1 plan name</extracomment>
        <translation>„%1“ ist bereits der aktuelle Plan. Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The billing cycle (%1) stays when the plan is switched.</source>
        <extracomment>%1 the billing cycle as the portal names it (annually, monthly)</extracomment>
        <translation>Beim Planwechsel bleibt der Abrechnungszeitraum (%1) gleich.</translation>
    </message>
</context>
<context>
    <name>OrderBodyBuilder</name>
    <message>
        <location filename="../app/order/OrderBodyBuilder.cpp" line="+47"/>
        <source>Choose a billing contact.</source>
        <translation>Wählen Sie einen Rechnungskontakt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a product.</source>
        <translation>Wählen Sie ein Produkt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the serial number of the device this product is for.</source>
        <translation>Geben Sie die Seriennummer des Geräts ein, für das dieses Produkt bestimmt ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a plan or at least one service.</source>
        <translation>Wählen Sie einen Tarif oder mindestens einen Dienst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chosen plan is not a plan.</source>
        <translation>Das als Tarif gewählte Element ist kein Tarif.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not offered as a free trial.</source>
        <extracomment>%1 plan or service name</extracomment>
        <translation>„%1“ wird nicht als kostenlose Testversion angeboten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” cannot be purchased (it is offered as “%2”).</source>
        <extracomment>%1 plan or service name, %2 the portal&apos;s purchase type for it</extracomment>
        <translation>„%1“ kann nicht gekauft werden (Angebotsart: „%2“).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The quantity of “%1” must be between %L2 and %L3.</source>
        <translation>Die Menge für „%1“ muss zwischen %L2 und %L3 liegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” cannot be billed %2.</source>
        <extracomment>%1 plan or service name, %2 the billing cycle as the portal names it (annually, monthly, once)</extracomment>
        <translation>„%1“ kann nicht mit dem Abrechnungsintervall „%2“ gekauft werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>“%1” does not offer %n billing period(s).</source>
        <extracomment>%1 plan or service name; %n the number of billing periods paid in advance</extracomment>
        <translation>
            <numerusform>„%1“ ist nicht für %n Abrechnungszeitraum erhältlich.</numerusform>
            <numerusform>„%1“ ist nicht für %n Abrechnungszeiträume erhältlich.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” can only be bought together with a plan.</source>
        <translation>„%1“ kann nur zusammen mit einem Tarif gekauft werden.</translation>
    </message>
</context>
<context>
    <name>OrderDetailsFormatter</name>
    <message>
        <location filename="../app/order/OrderDetailsFormatter.cpp" line="+73"/>
        <source>Order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order ID</source>
        <translation>Bestell-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice number</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom reference</source>
        <extracomment>customReferenceNo: the buyer&apos;s own reference (PO number) for the order</extracomment>
        <translation>Eigene Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction number</source>
        <translation>Transaktionsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance ID</source>
        <translation>Instanz-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product ID</source>
        <translation>Produkt-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+112"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Product number (serial)</source>
        <translation>Produktnummer (Seriennummer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operation</source>
        <extracomment>the portal&apos;s operationType of an order, e.g. purchase or renewal</extracomment>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bought for (partner ID)</source>
        <translation>Gekauft für (Partner-ID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing contact ID</source>
        <translation>Rechnungskontakt-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Gesamtbetrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remark</source>
        <translation>Bemerkung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <extracomment>serviceType of an ordered item: plan or service</extracomment>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan or service ID</source>
        <translation>Tarif- oder Dienst-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing</source>
        <extracomment>billingCycle of an ordered item: annually, monthly or once</extracomment>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Periods in advance</source>
        <extracomment>multiCycle: how many billing periods were paid in advance</extracomment>
        <translation>Im Voraus bezahlte Zeiträume</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Item %1</source>
        <extracomment>heading of one ordered plan or service; %1 its position (1, 2…)</extracomment>
        <translation>Position %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item %1: %2</source>
        <extracomment>heading of one ordered plan or service; %1 its position (1, 2…), %2 its name</extracomment>
        <translation>Position %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The portal sent nothing here.</source>
        <translation>Das Portal hat hierzu keine Angaben geliefert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing contact</source>
        <translation>Rechnungskontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was ordered</source>
        <translation>Bestellte Positionen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other fields</source>
        <translation>Weitere Felder</translation>
    </message>
</context>
<context>
    <name>OrderDetailsView</name>
    <message>
        <location filename="../ui/OrderDetailsView.cpp" line="+22"/>
        <source>&amp;Retry</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Order details</source>
        <translation>Bestelldetails</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Order %1</source>
        <extracomment>title of the order details pane; %1 the order number</extracomment>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select an order to see its details.</source>
        <translation>Wählen Sie eine Bestellung aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the order&apos;s details from the Partner Portal…</source>
        <translation>Bestelldetails werden vom Partner Portal geladen…</translation>
    </message>
</context>
<context>
    <name>OrderLineEditor</name>
    <message>
        <location filename="../ui/OrderLineEditor.cpp" line="+18"/>
        <source>Standard term</source>
        <extracomment>multiCycle 0: the product&apos;s standard term, no extra periods paid in advance</extracomment>
        <translation>Standardlaufzeit</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n period(s)</source>
        <translation>
            <numerusform>%n Zeitraum</numerusform>
            <numerusform>%n Zeiträume</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Include %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Quantity of %1</source>
        <translation>Menge von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between %L1 and %L2</source>
        <translation>Zwischen %L1 und %L2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Billing cycle of %1</source>
        <translation>Abrechnungsintervall von %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Billing periods of %1</source>
        <translation>Abrechnungszeiträume von %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2 each</source>
        <extracomment>unit price, e.g. &quot;USD 12.50 each&quot;</extracomment>
        <translation>je %1 %2</translation>
    </message>
</context>
<context>
    <name>OrderListModel</name>
    <message>
        <location filename="../app/models/OrderListModel.cpp" line="+84"/>
        <source>Order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created</source>
        <extracomment>column: when the order was created, in local time</extracomment>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice number</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom reference</source>
        <translation>Eigene Referenz</translation>
    </message>
</context>
<context>
    <name>OrderOperations</name>
    <message>
        <location filename="../app/order/OrderOperation.cpp" line="+86"/>
        <source>New purchase</source>
        <extracomment>the kind of an order (receipts, history, review page)</extracomment>
        <translation>Neukauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renewal</source>
        <extracomment>the kind of an order (receipts, history, review page)</extracomment>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add capacity</source>
        <extracomment>the kind of an order: more extensions, minutes, connections… for an existing product</extracomment>
        <translation>Kapazität hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a service</source>
        <extracomment>the kind of an order: a service added to an existing product&apos;s plan</extracomment>
        <translation>Dienst hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch plan</source>
        <extracomment>the kind of an order: another plan for an existing product</extracomment>
        <translation>Plan wechseln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free trial</source>
        <extracomment>the kind of an order</extracomment>
        <translation>Kostenlose Testversion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licence for a trial PBX</source>
        <extracomment>the kind of an order: a paid licence for a PBX that runs a trial</extracomment>
        <translation>Lizenz für eine Test-PBX</translation>
    </message>
</context>
<context>
    <name>OrdersWindow</name>
    <message>
        <location filename="../ui/OrdersWindow.cpp" line="+25"/>
        <source>Loading orders from the Partner Portal…</source>
        <translation>Bestellungen werden vom Partner Portal geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Partner Portal has no orders for this account yet.</source>
        <translation>Im Partner Portal gibt es für dieses Konto noch keine Bestellungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Portal orders</source>
        <translation>Portal-Bestellungen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Load the order list again from the first page</source>
        <translation>Bestellliste erneut ab der ersten Seite laden</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%1 of %n order(s) loaded; scroll down for more</source>
        <extracomment>%1 orders loaded so far, %n all orders; more load as the list scrolls</extracomment>
        <translation>
            <numerusform>%1 von %n Bestellung geladen; scrollen Sie für weitere nach unten</numerusform>
            <numerusform>%1 von %n Bestellungen geladen; scrollen Sie für weitere nach unten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n Bestellung</numerusform>
            <numerusform>%n Bestellungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomeUnknownPage</name>
    <message>
        <location filename="../ui/OutcomeUnknownPage.cpp" line="+26"/>
        <source>&amp;Check the portal&apos;s order list</source>
        <translation>&amp;Bestellliste im Portal prüfen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order was sent, but no answer came back.</source>
        <translation>Die Bestellung wurde gesendet, aber es kam keine Antwort zurück.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Looking for the order in the Partner Portal…</source>
        <translation>Bestellung wird im Partner Portal gesucht…</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>The order was sent to the Partner Portal at %1, but its answer never arrived: %2 The order may or may not have been placed. It was NOT sent again. Check the portal&apos;s order list before you buy again.</source>
        <extracomment>%1 date and time of the attempt, %2 what went wrong, e.g. &quot;The Partner Portal did not answer in time.&quot;</extracomment>
        <translation>Die Bestellung wurde am %1 an das Partner Portal gesendet, aber die Antwort ist nie angekommen: %2 Ob die Bestellung aufgegeben wurde, ist ungewiss. Sie wurde NICHT erneut gesendet. Prüfen Sie die Bestellliste im Portal, bevor Sie erneut kaufen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request ID: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Found it: order %1 (status: %2) was created after your attempt with the same product and items. Do not buy again; the order is in the portal.</source>
        <extracomment>%1 order number, %2 its status as the portal names it (pending, succeed…)</extracomment>
        <translation>Gefunden: Die Bestellung %1 (Status: %2) wurde nach Ihrem Versuch mit demselben Produkt und denselben Positionen angelegt. Kaufen Sie nicht erneut – die Bestellung liegt im Portal vor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No matching order was found in the portal&apos;s order list. The order was probably not placed; you can start a new purchase. Check again in a few minutes if you want to be sure.</source>
        <translation>In der Bestellliste des Portals wurde keine passende Bestellung gefunden. Die Bestellung wurde wahrscheinlich nicht aufgegeben; Sie können einen neuen Kauf beginnen. Wenn Sie sichergehen möchten, prüfen Sie in ein paar Minuten noch einmal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The order list could not be checked. %1 %2</source>
        <extracomment>%1 what went wrong and what to do, %2 code and request ID for support</extracomment>
        <translation>Die Bestellliste konnte nicht geprüft werden. %1 %2</translation>
    </message>
</context>
<context>
    <name>PortalRequest</name>
    <message>
        <location filename="../app/api/PortalRequest.cpp" line="+277"/>
        <source>connection closed before the answer; the request was not sent again</source>
        <translation>Verbindung vor der Antwort geschlossen; die Anfrage wurde nicht erneut gesendet</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <location filename="../ui/PracticeBanner.cpp" line="+8"/>
        <source>Practice mode — no real orders. Everything here talks to a built-in practice portal.</source>
        <extracomment>shown at the top of every page when the app talks to the built-in practice portal</extracomment>
        <translation>Übungsmodus – keine echten Bestellungen. Alles hier läuft über ein eingebautes Übungsportal.</translation>
    </message>
</context>
<context>
    <name>ProductActions</name>
    <message>
        <location filename="../ui/ProductActions.cpp" line="+42"/>
        <source>Renew this product</source>
        <translation>Dieses Produkt verlängern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add capacity to this product</source>
        <translation>Diesem Produkt Kapazität hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a ser&amp;vice…</source>
        <translation>&amp;Dienst hinzufügen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a service to this product</source>
        <translation>Diesem Produkt einen Dienst hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch this product&apos;s plan</source>
        <translation>Den Plan dieses Produkts wechseln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a free trial for this customer</source>
        <translation>Eine kostenlose Testversion für diesen Kunden starten</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Rene&amp;w…</source>
        <extracomment>buttons acting on the selected product; &amp; marks the Alt+ key</extracomment>
        <translation>Verlän&amp;gern…</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The actions are offered once this product&apos;s details have loaded.</source>
        <translation>Die Aktionen stehen bereit, sobald die Details dieses Produkts geladen sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The actions need this product&apos;s details, which could not be loaded: press Retry in its details.</source>
        <translation>Die Aktionen brauchen die Details dieses Produkts, die nicht geladen werden konnten: Klicken Sie bei den Details auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal names no product number for this product, so this app cannot act on it: use the Partner Portal.</source>
        <translation>Das Portal nennt für dieses Produkt keine Produktnummer, daher kann diese App nichts damit tun: Verwenden Sie das Partner Portal.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add ca&amp;pacity…</source>
        <translation>Kapazität &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switc&amp;h plan…</source>
        <translation>Plan &amp;wechseln…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a free tr&amp;ial…</source>
        <translation>Kostenlose &amp;Testversion starten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Buy a licence…</source>
        <translation>&amp;Lizenz kaufen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy a licence for this trial PBX</source>
        <translation>Eine Lizenz für diese Test-PBX kaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn on a&amp;uto-renewal…</source>
        <translation>A&amp;utomatische Verlängerung einschalten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on auto-renewal for this product</source>
        <translation>Die automatische Verlängerung für dieses Produkt einschalten</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Select a product to renew it, add to it, switch its plan or start a trial.</source>
        <translation>Wählen Sie ein Produkt, um es zu verlängern, zu erweitern, seinen Plan zu wechseln oder eine Testversion zu starten.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Auto-renewal is on.</source>
        <translation>Die automatische Verlängerung ist eingeschaltet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Auto-renewal is off.</source>
        <translation>Die automatische Verlängerung ist ausgeschaltet.</translation>
    </message>
</context>
<context>
    <name>ProductInstanceCsvExporter</name>
    <message>
        <location filename="../app/products/ProductInstanceCsvExporter.cpp" line="+9"/>
        <source>Product</source>
        <extracomment>CSV column headers of the purchased products export</extracomment>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product ID</source>
        <translation>Produkt-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial / product number</source>
        <translation>Serien-/Produktnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer partner ID</source>
        <translation>Partner-ID des Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>ProductInstanceModel</name>
    <message>
        <location filename="../app/products/ProductInstanceModel.cpp" line="+97"/>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not activated</source>
        <extracomment>activation status of a purchased product</extracomment>
        <translation>Nicht aktiviert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown</source>
        <extracomment>activation status of a purchased product, as the portal says</extracomment>
        <translation>Unbekannt</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Expired %n day(s) ago</source>
        <extracomment>a purchased product&apos;s subscription ended %n days ago</extracomment>
        <translation>
            <numerusform>Seit %n Tag abgelaufen</numerusform>
            <numerusform>Seit %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires today</source>
        <translation>Läuft heute ab</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) left</source>
        <extracomment>a purchased product&apos;s subscription ends in %n days</extracomment>
        <translation>
            <numerusform>Noch %n Tag</numerusform>
            <numerusform>Noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Partner ID %1</source>
        <extracomment>tooltip of the customer cell; %1 the customer&apos;s partner ID</extracomment>
        <translation>Partner-ID %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial / product number</source>
        <extracomment>column: a device&apos;s serial number, or the portal&apos;s number for an account-bound product</extracomment>
        <translation>Serien-/Produktnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expires</source>
        <extracomment>column: the date the subscription ends</extracomment>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days left</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer</source>
        <extracomment>column: the customer (subordinate user) the product was bought for</extracomment>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the product list</source>
        <extracomment>part of &quot;Missing: …&quot; — the portal&apos;s list of products could not be read</extracomment>
        <translation>die Produktliste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (page %2)</source>
        <extracomment>part of &quot;Missing: …&quot;; %1 a product name, %2 a page number</extracomment>
        <translation>%1 (Seite %2)</translation>
    </message>
</context>
<context>
    <name>ProductListModel</name>
    <message>
        <location filename="../app/models/ProductListModel.cpp" line="+25"/>
        <source>Product ID %1</source>
        <translation>Produkt-ID %1</translation>
    </message>
</context>
<context>
    <name>ProductPage</name>
    <message>
        <location filename="../ui/ProductPage.cpp" line="+21"/>
        <source>Loading the products you can buy…</source>
        <translation>Verfügbare Produkte werden geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account cannot buy any products. Ask your Yeastar account manager to enable products for API purchases.</source>
        <translation>Mit diesem Konto können keine Produkte gekauft werden. Bitten Sie Ihren Yeastar-Kundenbetreuer, Produkte für Käufe über die API freizuschalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device &amp;serial number:</source>
        <translation>&amp;Seriennummer des Geräts:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What do you want to do?</source>
        <translation>Was möchten Sie tun?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy a product, or act on one you already have.</source>
        <translation>Kaufen Sie ein Produkt, oder handeln Sie für eines, das Sie bereits haben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a product…</source>
        <translation>Produkt auswählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Device serial number</source>
        <translation>Seriennummer des Geräts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As shown in the PBX web interface</source>
        <translation>Wie in der Weboberfläche der Telefonanlage angezeigt</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
</context>
<context>
    <name>ProductsWindow</name>
    <message>
        <location filename="../ui/ProductsWindow.cpp" line="+45"/>
        <source>Only those &amp;expiring within</source>
        <translation>Nur &amp;ablaufende innerhalb von</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading your purchased products from the Partner Portal…</source>
        <translation>Ihre gekauften Produkte werden vom Partner Portal geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Partner Portal lists no purchased products for this account.</source>
        <translation>Das Partner Portal führt für dieses Konto keine gekauften Produkte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Select those expiring within the days given</source>
        <translation>Ablaufend&amp;e in der Frist auswählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+26"/>
        <source>Purchased products</source>
        <translation>Gekaufte Produkte</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Filter by customer, serial number, product…</source>
        <translation>Nach Kunde, Seriennummer, Produkt filtern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter purchased products</source>
        <translation>Gekaufte Produkte filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only the products that expire within the number of days given, and those that have expired</source>
        <translation>Nur die Produkte zeigen, die innerhalb der angegebenen Anzahl Tage ablaufen, und die bereits abgelaufenen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> days</source>
        <extracomment>unit after the number of days in &quot;Only those expiring within [30] days&quot;</extracomment>
        <translation> Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of days</source>
        <translation>Anzahl Tage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Load every purchased product again from the Partner Portal</source>
        <translation>Alle gekauften Produkte erneut vom Partner Portal laden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the products shown as a CSV file</source>
        <translation>Die angezeigten Produkte als CSV-Datei speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select every product shown that expires within the number of days given next to the filter, and those that have expired</source>
        <translation>Alle angezeigten Produkte auswählen, die innerhalb der neben dem Filter angegebenen Anzahl Tage ablaufen, und die bereits abgelaufenen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the products expiring within the days given</source>
        <translation>Die innerhalb der angegebenen Tage ablaufenden Produkte auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renew every selected product, each with its current plan, services and quantities: one order each, reviewed together before anything is sent</source>
        <translation>Jedes ausgewählte Produkt mit seinem aktuellen Plan, seinen Diensten und Mengen verlängern: je eine Bestellung, alle zusammen geprüft, bevor etwas gesendet wird</translation>
    </message>
    <message numerus="yes">
        <location line="+92"/>
        <source>Renew selecte&amp;d (%n)…</source>
        <extracomment>renews the selected rows together; %n how many are selected</extracomment>
        <translation>
            <numerusform>Ausgewähltes ve&amp;rlängern (%n)…</numerusform>
            <numerusform>Ausgewählte ve&amp;rlängern (%n)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Renew the %n selected product(s)</source>
        <translation>
            <numerusform>Das %n ausgewählte Produkt verlängern</numerusform>
            <numerusform>Die %n ausgewählten Produkte verlängern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>%n product(s) so far…</source>
        <extracomment>while the list loads; %n purchased products so far</extracomment>
        <translation>
            <numerusform>Bisher %n Produkt…</numerusform>
            <numerusform>Bisher %n Produkte…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %n product(s)</source>
        <extracomment>%1 products shown by the filter, %n all purchased products</extracomment>
        <translation>
            <numerusform>%1 von %n Produkt</numerusform>
            <numerusform>%1 von %n Produkten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The list is incomplete. Missing: %1.</source>
        <extracomment>%1 a list of products (and pages) that could not be loaded</extracomment>
        <translation>Die Liste ist unvollständig. Es fehlen: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No purchased product matches the filter.</source>
        <translation>Kein gekauftes Produkt passt zum Filter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>purchased-products-%1.csv</source>
        <extracomment>default file name of the purchased products CSV export; %1 today&apos;s date</extracomment>
        <translation>gekaufte-produkte-%1.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export purchased products as CSV</source>
        <translation>Gekaufte Produkte als CSV exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Exported %n product(s) to %1.</source>
        <translation>
            <numerusform>%n Produkt nach %1 exportiert.</numerusform>
            <numerusform>%n Produkte nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaseWizard</name>
    <message>
        <location filename="../ui/PurchaseWizard.cpp" line="+21"/>
        <source>New purchase</source>
        <translation>Neuer Kauf</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Next &gt;</source>
        <extracomment>wizard buttons; &amp; marks the keyboard shortcut</extracomment>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place order</source>
        <translation>Bestellung &amp;aufgeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New purchase</source>
        <translation>&amp;Neuer Kauf</translation>
    </message>
</context>
<context>
    <name>ReceiptCsvExporter</name>
    <message>
        <location filename="../app/order/ReceiptCsvExporter.cpp" line="+21"/>
        <source>Date (local time)</source>
        <extracomment>CSV column headers; the file is read by people reconciling their books</extracomment>
        <translation>Datum (Ortszeit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date (UTC)</source>
        <translation>Datum (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order type</source>
        <extracomment>column: what the order did (New purchase, Renewal, Switch plan…)</extracomment>
        <translation>Bestellart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product ID</source>
        <translation>Produkt-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device serial number</source>
        <translation>Seriennummer des Geräts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Existing product</source>
        <extracomment>column: the number of the existing product an order renewed, extended…</extracomment>
        <translation>Bestehendes Produkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For</source>
        <extracomment>column: whom the order was for (the user&apos;s own account or a customer)</extracomment>
        <translation>Für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner ID</source>
        <translation>Partner-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing contact</source>
        <translation>Rechnungskontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing contact ID</source>
        <translation>Rechnungskontakt-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PO number</source>
        <translation>PO-Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order ID</source>
        <translation>Bestell-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status last checked</source>
        <translation>Status zuletzt geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction number</source>
        <translation>Transaktionsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance ID</source>
        <translation>Instanz-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Myself</source>
        <translation>Ich selbst</translation>
    </message>
</context>
<context>
    <name>ReceiptDetailPane</name>
    <message>
        <location filename="../ui/ReceiptDetailPane.cpp" line="+20"/>
        <source>Select a receipt to see it in full.</source>
        <translation>Wählen Sie einen Beleg aus, um ihn vollständig anzuzeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh &amp;status</source>
        <translation>&amp;Status aktualisieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ask the Partner Portal for this order&apos;s current status</source>
        <translation>Aktuellen Status dieser Bestellung beim Partner Portal abfragen</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>unknown</source>
        <extracomment>order status when the portal never said; the others are the portal&apos;s own words (pending, succeed…)</extracomment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>last checked with the portal %1</source>
        <extracomment>%1 date and time; follows &quot;Status: pending · &quot;</extracomment>
        <translation>zuletzt im Portal geprüft: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not checked since the order was placed</source>
        <extracomment>follows &quot;Status: pending · &quot;</extracomment>
        <translation>seit der Bestellung nicht geprüft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Status: %1&lt;/b&gt;</source>
        <extracomment>%1 the order status, e.g. pending; %2 e.g. &quot;last checked with the portal 3/1/25 9:30&quot;</extracomment>
        <translation>&lt;b&gt;Status: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Status: %1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;Status: %1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asking the Partner Portal…</source>
        <translation>Anfrage an das Partner Portal läuft…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The portal says: %1.</source>
        <extracomment>%1 the order status as the portal names it, e.g. pending, succeed</extracomment>
        <translation>Laut Portal: %1.</translation>
    </message>
</context>
<context>
    <name>ReceiptDocument</name>
    <message>
        <location filename="../ui/ReceiptDocument.cpp" line="+25"/>
        <source>Partner Purchase %1 · %2 · printed %3</source>
        <extracomment>footer of a printed receipt: app name and version, when it was printed</extracomment>
        <translation>Partner Purchase %1 · %2 · gedruckt am %3</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 · page %2 of %3</source>
        <extracomment>%1 the footer, %2 page number, %3 page count</extracomment>
        <translation>%1 · Seite %2 von %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+17"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Order receipt %1</source>
        <translation>Bestellbeleg %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ReceiptFormatter</name>
    <message>
        <location filename="../app/order/ReceiptFormatter.cpp" line="+18"/>
        <source>Order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order ID</source>
        <translation>Bestell-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <extracomment>field label: when the order was placed</extracomment>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+130"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+133"/>
        <source>For</source>
        <extracomment>field label: whom the order is for (the user&apos;s own account or a customer)</extracomment>
        <translation>Für</translation>
    </message>
    <message>
        <location line="-132"/>
        <location line="+133"/>
        <source>Billing contact</source>
        <translation>Rechnungskontakt</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Transaction number</source>
        <translation>Transaktionsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance ID</source>
        <translation>Instanz-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product number</source>
        <translation>Produktnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+130"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+120"/>
        <source>Device serial number</source>
        <translation>Seriennummer des Geräts</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+119"/>
        <source>Existing product</source>
        <extracomment>field label: the number of the existing product an order renewed, extended…
----------
field label: the number of the existing product an order renews, extends…</extracomment>
        <translation>Bestehendes Produkt</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+113"/>
        <source>Order type</source>
        <extracomment>field label: what the order did (new purchase, renewal, switch plan…)
----------
field label: what the order does (new purchase, renewal, switch plan…)</extracomment>
        <translation>Bestellart</translation>
    </message>
    <message>
        <location line="-111"/>
        <location line="+119"/>
        <source>Your PO number</source>
        <translation>Ihre PO-Nummer</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Plan</source>
        <extracomment>kind of a bought item: a plan (subscription tier) or an add-on service</extracomment>
        <translation>Tarif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 × %L3 (%4)</source>
        <extracomment>one bought item: kind, name, quantity, billing; e.g. &quot;Plan: Turnkey × 100 (billed annually)&quot;</extracomment>
        <translation>%1: %2 × %L3 (%4)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Myself (my own partner account)</source>
        <translation>Ich selbst (mein eigenes Partnerkonto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (partner ID %2)</source>
        <extracomment>a customer&apos;s name and their partner ID</extracomment>
        <translation>%1 (Partner-ID %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <extracomment>%1 what the order did (Renewal, Switch plan…), %2 the product it did it to</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>billed annually</source>
        <translation>jährliche Abrechnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>billed monthly</source>
        <translation>monatliche Abrechnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>billed once</source>
        <translation>einmalige Abrechnung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>billed: %1</source>
        <extracomment>%1 a billing cycle this app does not know, as the portal names it</extracomment>
        <translation>Abrechnung: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1, %n period(s) in advance</source>
        <extracomment>%1 is e.g. &quot;billed annually&quot;; %n the number of billing periods paid in advance</extracomment>
        <translation>
            <numerusform>%1, %n Zeitraum im Voraus</numerusform>
            <numerusform>%1, %n Zeiträume im Voraus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The order is complete.</source>
        <translation>Die Bestellung ist abgeschlossen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The order is waiting for payment. Pay it in the Partner Portal under Orders and Billing &gt; Orders.</source>
        <extracomment>&quot;Orders and Billing &gt; Orders&quot; is the Partner Portal&apos;s menu path, in the portal&apos;s own words</extracomment>
        <translation>Die Bestellung wartet auf Zahlung. Bezahlen Sie sie im Partner Portal unter Orders and Billing &gt; Orders.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The order failed. Nothing was bought; check the order in the Partner Portal.</source>
        <translation>Die Bestellung ist fehlgeschlagen. Es wurde nichts gekauft; prüfen Sie die Bestellung im Partner Portal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order was cancelled.</source>
        <translation>Die Bestellung wurde storniert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order was refunded.</source>
        <translation>Die Bestellung wurde erstattet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal marked the order as invalid.</source>
        <translation>Das Portal hat die Bestellung als ungültig markiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this order in the Partner Portal.</source>
        <translation>Prüfen Sie diese Bestellung im Partner Portal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Partner Purchase — order receipt</source>
        <translation>Partner Purchase – Bestellbeleg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Items:</source>
        <translation>Positionen:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Order receipt</source>
        <translation>Bestellbeleg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was bought</source>
        <translation>Gekaufte Positionen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>You are ordering:</source>
        <translation>Sie bestellen:</translation>
    </message>
</context>
<context>
    <name>ReceiptHistoryModel</name>
    <message>
        <location filename="../app/models/ReceiptHistoryModel.cpp" line="+55"/>
        <source>Myself</source>
        <translation>Ich selbst</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown</source>
        <extracomment>order status column when the portal never said</extracomment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The status has not been checked with the portal since the order was placed.</source>
        <translation>Der Status wurde seit der Bestellung nicht im Portal geprüft.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Date</source>
        <extracomment>column: when the order was placed</extracomment>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For</source>
        <extracomment>column: the customer the order was for</extracomment>
        <translation>Für</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing contact</source>
        <translation>Rechnungskontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last checked</source>
        <extracomment>column: when the status was last asked from the portal</extracomment>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
</context>
<context>
    <name>ReceiptHistoryWindow</name>
    <message>
        <location filename="../ui/ReceiptHistoryWindow.cpp" line="+41"/>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>Receipts</source>
        <translation>Belege</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Search by date, product, customer, order number, status…</source>
        <translation>Nach Datum, Produkt, Kunde, Bestellnummer, Status suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search receipts</source>
        <translation>Belege durchsuchen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the receipts in view as a CSV file for your books</source>
        <translation>Die angezeigten Belege als CSV-Datei für Ihre Buchhaltung speichern</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>receipts-%1.csv</source>
        <extracomment>default file name of the CSV export; %1 today&apos;s date</extracomment>
        <translation>belege-%1.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export receipts as CSV</source>
        <translation>Belege als CSV exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Exported %n receipt(s) to %1.</source>
        <translation>
            <numerusform>%n Beleg nach %1 exportiert.</numerusform>
            <numerusform>%n Belege nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n receipt(s)</source>
        <translation>
            <numerusform>%n Beleg</numerusform>
            <numerusform>%n Belege</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n receipt(s)</source>
        <translation>
            <numerusform>%1 von %n Beleg</numerusform>
            <numerusform>%1 von %n Belegen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No receipts yet. The orders you place with this app under this account are listed here.</source>
        <translation>Noch keine Belege. Hier erscheinen die Bestellungen, die Sie mit dieser App unter diesem Konto aufgeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No receipt matches “%1”.</source>
        <translation>Kein Beleg passt zu „%1“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The receipt file could not be read: %1.</source>
        <translation>Die Belegdatei konnte nicht gelesen werden: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n damaged receipt(s) in the file could not be read.</source>
        <translation>
            <numerusform>%n beschädigter Beleg in der Datei konnte nicht gelesen werden.</numerusform>
            <numerusform>%n beschädigte Belege in der Datei konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n receipt(s) were restored from the backup copy.</source>
        <translation>
            <numerusform>%n Beleg wurde aus der Sicherungskopie wiederhergestellt.</numerusform>
            <numerusform>%n Belege wurden aus der Sicherungskopie wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <location filename="../ui/ReceiptPage.cpp" line="+19"/>
        <source>Order placed</source>
        <translation>Bestellung aufgegeben</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Order %1. %2</source>
        <extracomment>%1 order number, %2 what its status means</extracomment>
        <translation>Bestellung %1. %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The receipt could not be saved on this computer (%1). Save it as PDF or copy it now.</source>
        <translation>Der Beleg konnte auf diesem Computer nicht gespeichert werden (%1). Speichern Sie ihn jetzt als PDF oder kopieren Sie ihn.</translation>
    </message>
</context>
<context>
    <name>ReceiptStatusRefresher</name>
    <message>
        <location filename="../app/order/ReceiptStatusRefresher.cpp" line="+60"/>
        <source>The portal&apos;s answer did not include the order&apos;s status.</source>
        <translation>Die Antwort des Portals enthielt keinen Bestellstatus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request ID: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The new status could not be saved: %1</source>
        <translation>Der neue Status konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The receipt is no longer in the history.</source>
        <translation>Der Beleg ist nicht mehr im Verlauf vorhanden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The check was abandoned: another account&apos;s receipts are open.</source>
        <translation>Die Prüfung wurde abgebrochen: Geöffnet sind jetzt die Belege eines anderen Kontos.</translation>
    </message>
</context>
<context>
    <name>ReceiptStore</name>
    <message>
        <location filename="../app/order/ReceiptStore.cpp" line="+73"/>
        <location line="+170"/>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <location filename="../ui/ReceiptView.cpp" line="+24"/>
        <source>&amp;Copy as text</source>
        <translation>Als &amp;Text kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;DF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order receipt</source>
        <translation>Bestellbeleg</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The receipt was copied to the clipboard.</source>
        <translation>Der Beleg wurde in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the receipt as PDF</source>
        <translation>Beleg als PDF speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The receipt was sent to the printer.</source>
        <translation>Der Beleg wurde an den Drucker gesendet.</translation>
    </message>
</context>
<context>
    <name>RecipientPage</name>
    <message>
        <location filename="../ui/RecipientPage.cpp" line="+34"/>
        <source>For &amp;myself (my own partner account)</source>
        <translation>Für &amp;mich selbst (mein eigenes Partnerkonto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a &amp;customer (subordinate user):</source>
        <translation>Für einen K&amp;unden (Unterbenutzer):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer:</source>
        <extracomment>label of the field where a customer is typed and chosen</extracomment>
        <translation>Kunde:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For &amp;several customers: the same package for each, one order each</source>
        <translation>Für m&amp;ehrere Kunden: dasselbe Paket für jeden, je eine Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose cust&amp;omers…</source>
        <translation>Kunden &amp;auswählen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading your customers…</source>
        <translation>Ihre Kunden werden geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have no customers (subordinate users) in the Partner Portal, so you can only buy for yourself.</source>
        <translation>Sie haben im Partner Portal keine Kunden (Unterbenutzer) und können daher nur für sich selbst kaufen.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>For whom?</source>
        <translation>Für wen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy for your own account or assign the purchase to one of your customers.</source>
        <translation>Kaufen Sie für Ihr eigenes Konto oder weisen Sie den Kauf einem Ihrer Kunden zu.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+14"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Type part of the company, name or e-mail to filter</source>
        <translation>Zum Filtern einen Teil von Firma, Name oder E-Mail eingeben</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type a company, name or e-mail…</source>
        <translation>Firma, Name oder E-Mail eingeben…</translation>
    </message>
    <message numerus="yes">
        <location line="+96"/>
        <source>%n customers chosen</source>
        <translation>
            <numerusform>%n Kunde ausgewählt</numerusform>
            <numerusform>%n Kunden ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="+42"/>
        <location line="+129"/>
        <source>I &amp;understand that this places a paid order with Yeastar.</source>
        <translation>Mir ist &amp;bewusst, dass damit eine kostenpflichtige Bestellung bei Yeastar aufgegeben wird.</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>The order is being sent to the Partner Portal. Until its answer arrives you cannot go back, start over or quit.</source>
        <translation>Die Bestellung wird an das Partner Portal gesendet. Bis seine Antwort eintrifft, können Sie nicht zurückgehen, neu beginnen oder die App beenden.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Review and place the order</source>
        <translation>Prüfen und Bestellung aufgeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check everything below. The order is placed when you press Place order.</source>
        <extracomment>&quot;Place order&quot; is the wizard button (PurchaseWizard &quot;&amp;Place order&quot;): use the same words</extracomment>
        <translation>Prüfen Sie alle Angaben unten. Die Bestellung wird aufgegeben, sobald Sie auf „Bestellung aufgeben“ klicken.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Orders of the batch</source>
        <translation>Bestellungen des Stapels</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>#</source>
        <extracomment>columns of the list of orders in a batch</extracomment>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner ID</source>
        <translation>Partner-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Terms</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+111"/>
        <source>Show the exact request</source>
        <extracomment>shows the JSON body that will be sent to the portal</extracomment>
        <translation>Genaue Anfrage anzeigen</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>The exact JSON body that will be sent</source>
        <translation>Der genaue JSON-Inhalt, der gesendet wird</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Placing the order…</source>
        <translation>Bestellung wird aufgegeben…</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>&amp;Place order</source>
        <translation>Bestellung &amp;aufgeben</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>I &amp;understand that this requests a free trial from Yeastar.</source>
        <translation>Mir ist &amp;bewusst, dass dies eine kostenlose Testversion bei Yeastar anfordert.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Renewal terms of %1, selected in the list:</source>
        <extracomment>above the portal&apos;s renewal terms of the order selected in the list; %1 the product (and its customer)</extracomment>
        <translation>Verlängerungsbedingungen von %1, in der Liste ausgewählt:</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>Not renewed (%n):</source>
        <extracomment>heading above the products of a bulk renewal that are left out, each with its reason</extracomment>
        <translation>
            <numerusform>Nicht verlängert (%n):</numerusform>
            <numerusform>Nicht verlängert (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n renewals, one for each product below, each with its current plan, services and quantities:</source>
        <translation>
            <numerusform>%n Verlängerung, für das Produkt unten, mit seinem aktuellen Plan, seinen Diensten und Mengen:</numerusform>
            <numerusform>%n Verlängerungen, eine für jedes Produkt unten, jede mit dessen aktuellem Plan, Diensten und Mengen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n orders, one for each customer below, each with this package:</source>
        <translation>
            <numerusform>%n Bestellung, eine für jeden unten aufgeführten Kunden, jeweils mit diesem Paket:</numerusform>
            <numerusform>%n Bestellungen, eine für jeden unten aufgeführten Kunden, jeweils mit diesem Paket:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n customers, one order each</source>
        <translation>
            <numerusform>%n Kunde, je eine Bestellung</numerusform>
            <numerusform>%n Kunden, je eine Bestellung</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Show the exact request of the selected order</source>
        <extracomment>shows the JSON body of the order selected in the list above</extracomment>
        <translation>Genaue Anfrage der ausgewählten Bestellung zeigen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&amp;Place %n orders</source>
        <extracomment>the wizard&apos;s commit button for a batch; %n the number of orders</extracomment>
        <translation>
            <numerusform>%n Bestellung &amp;aufgeben</numerusform>
            <numerusform>%n Bestellungen &amp;aufgeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Check everything below. The orders are placed, one after another, when you press Place %n orders.</source>
        <extracomment>&quot;Place … orders&quot; is the wizard button (ReviewPage &quot;&amp;Place %n orders&quot;): use the same words</extracomment>
        <translation>
            <numerusform>Prüfen Sie alles unten. Die Bestellung wird aufgegeben, wenn Sie „%n Bestellung aufgeben“ drücken.</numerusform>
            <numerusform>Prüfen Sie alles unten. Die Bestellungen werden nacheinander aufgegeben, wenn Sie „%n Bestellungen aufgeben“ drücken.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The orders were not placed. %1</source>
        <extracomment>%1 why, in one or more sentences</extracomment>
        <translation>Die Bestellungen wurden nicht aufgegeben. %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The order was not placed. %1</source>
        <extracomment>%1 what went wrong and what to do, one or more sentences</extracomment>
        <translation>Die Bestellung wurde nicht aufgegeben. %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Terms of “%1”</source>
        <extracomment>heading above what the portal says about one plan or service of the order</extracomment>
        <translation>Bedingungen für „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asking the portal…</source>
        <translation>Das Portal wird gefragt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The terms could not be shown (%1). You can still place the order.</source>
        <extracomment>%1 what went wrong, in a few words</extracomment>
        <translation>Die Bedingungen konnten nicht angezeigt werden (%1). Sie können die Bestellung trotzdem aufgeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The portal gave no details.</source>
        <translation>Das Portal nannte keine Einzelheiten.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="+28"/>
        <source>&amp;Remember client secrets in the system keychain</source>
        <translation>Client-Geheimnisse im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Portal address for new accounts</source>
        <translation>Portaladresse für neue Konten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Request timeout in seconds</source>
        <translation>Zeitlimit für Anfragen in Sekunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <extracomment>unit after the request timeout, in seconds (keep the leading space if your language uses one)</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System language (%1)</source>
        <extracomment>first entry of the language list: use the operating system&apos;s language, %1 its name</extracomment>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new language is used the next time you start Partner Purchase.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Partner Purchase.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remember client secrets in the system keychain</source>
        <translation>Client-Geheimnisse im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applies to the next sign-in. A secret that is already stored stays there until you sign out.</source>
        <translation>Gilt ab der nächsten Anmeldung. Ein bereits gespeichertes Geheimnis bleibt dort, bis Sie sich abmelden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Portal &amp;address for new accounts:</source>
        <translation>&amp;Portaladresse für neue Konten:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Zeitlimit für Anfragen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Use an https:// address. Plain http:// is only accepted for this computer (localhost, 127.0.0.1).</source>
        <translation>Verwenden Sie eine https://-Adresse. Unverschlüsseltes http:// ist nur für diesen Computer zulässig (localhost, 127.0.0.1).</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="+31"/>
        <source>Sho&amp;w</source>
        <extracomment>check box next to the client secret: show it in clear text</extracomment>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remember the secret in the system keychain</source>
        <translation>Geheimnis im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in to the Partner Portal</source>
        <translation>Beim Partner Portal anmelden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved account</source>
        <translation>Gespeichertes Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Portal address</source>
        <translation>Portaladresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From System &gt; API in the Partner Portal</source>
        <extracomment>&quot;System &gt; API&quot; is the Partner Portal&apos;s menu path, in the portal&apos;s own words</extracomment>
        <translation>Aus System &gt; API im Partner Portal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the client secret</source>
        <translation>Client-Geheimnis anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account label</source>
        <translation>Kontobezeichnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Main reseller account</source>
        <extracomment>example of a name the user gives the account in this app</extracomment>
        <translation>z. B. Hauptkonto Vertrieb</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saved &amp;account:</source>
        <translation>Gespeichertes &amp;Konto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portal a&amp;ddress:</source>
        <translation>&amp;Portaladresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client s&amp;ecret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Label:</source>
        <extracomment>a name for the account, shown in this app only</extracomment>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter the API credentials from System &gt; API in the Yeastar Partner Portal. Ask your Yeastar account manager if API access is not enabled yet.</source>
        <extracomment>&quot;System &gt; API&quot; is the Partner Portal&apos;s menu path, in the portal&apos;s own words</extracomment>
        <translation>Geben Sie die API-Zugangsdaten aus System &gt; API im Yeastar Partner Portal ein. Ist der API-Zugriff noch nicht freigeschaltet, wenden Sie sich an Ihren Yeastar-Kundenbetreuer.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No client secret is stored for this account. Enter it to sign in.</source>
        <translation>Für dieses Konto ist kein Client-Geheimnis gespeichert. Geben Sie es ein, um sich anzumelden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unlock it when it asks, or enter the client secret to sign in without it.</source>
        <translation>Entsperren Sie ihn, wenn er fragt, oder geben Sie das Client-Geheimnis ein, um sich ohne ihn anzumelden.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Leave empty to use the secret saved in the keychain</source>
        <translation>Leer lassen, um das im Schlüsselbund gespeicherte Geheimnis zu verwenden</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Enter the client ID.</source>
        <translation>Geben Sie die Client-ID ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the client secret.</source>
        <translation>Geben Sie das Client-Geheimnis ein.</translation>
    </message>
</context>
<context>
    <name>SubordinateListModel</name>
    <message>
        <location filename="../app/models/SubordinateListModel.cpp" line="+72"/>
        <source>%1
%2
Partner ID %3</source>
        <extracomment>tooltip of a customer: e-mail, location, partner ID</extracomment>
        <translation>%1
%2
Partner-ID %3</translation>
    </message>
</context>
<context>
    <name>TermsFormatter</name>
    <message>
        <location filename="../app/order/TermsFormatter.cpp" line="+20"/>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List price</source>
        <translation>Listenpreis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discounted price</source>
        <translation>Reduzierter Preis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing cycle</source>
        <translation>Abrechnungszeitraum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Billing periods</source>
        <extracomment>billing periods paid in advance</extracomment>
        <translation>Abrechnungsperioden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing model</source>
        <translation>Abrechnungsmodell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum quantity</source>
        <translation>Mindestmenge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum quantity</source>
        <translation>Höchstmenge</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(nested too deep to show)</source>
        <translation>(zu tief verschachtelt für die Anzeige)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+49"/>
        <source>Try “%1 --help” for the options.</source>
        <translation>Mit „%1 --help“ sehen Sie die verfügbaren Optionen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Buy Yeastar Partner Portal subscriptions for yourself and your customers.</source>
        <translation>Abonnements im Yeastar Partner Portal für sich selbst und Ihre Kunden kaufen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the built-in practice portal: nothing real is bought.</source>
        <translation>Das eingebaute Übungsportal verwenden: Es wird nichts wirklich gekauft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner Portal API address (https://…).</source>
        <translation>API-Adresse des Partner Portals (https://…).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interface language: %1. Overrides the settings and the system language for this run.</source>
        <extracomment>%1 is the list of language codes, e.g. &quot;en, de, zh_CN&quot;</extracomment>
        <translation>Sprache der Oberfläche: %1. Hat bei diesem Start Vorrang vor den Einstellungen und der Systemsprache.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unknown language “%1”. Available languages: %2.</source>
        <extracomment>%1 the code the user typed, %2 the list of available codes, e.g. &quot;en, de, zh_CN&quot;</extracomment>
        <translation>Unbekannte Sprache „%1“. Verfügbare Sprachen: %2.</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>The practice portal could not start on 127.0.0.1.</source>
        <translation>Das Übungsportal konnte auf 127.0.0.1 nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Practice account</source>
        <translation>Übungskonto</translation>
    </message>
</context>
</TS>
