<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CustomerPickerDialog</name>
    <message numerus="yes">
        <location filename="../ui/CustomerPickerDialog.cpp" line="+163"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n entries match no customer and were left out:</source>
        <translation>
            <numerusform>%n entry matches no customer and was left out:</numerusform>
            <numerusform>%n entries match no customer and were left out:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n customers chosen</source>
        <translation>
            <numerusform>%n customer chosen</numerusform>
            <numerusform>%n customers chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiagnosticsExport</name>
    <message numerus="yes">
        <location filename="../ui/DiagnosticsExport.cpp" line="+61"/>
        <source>Saved %n answer(s) of the Partner Portal to %1.</source>
        <translation>
            <numerusform>Saved %n answer of the Partner Portal to %1.</numerusform>
            <numerusform>Saved %n answers of the Partner Portal to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message numerus="yes">
        <location filename="../app/models/JsonTreeModel.cpp" line="+51"/>
        <source>{%n field(s)}</source>
        <extracomment>a JSON object shown folded in the details pane</extracomment>
        <translation>
            <numerusform>{%n field}</numerusform>
            <numerusform>{%n fields}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>[%n item(s)]</source>
        <extracomment>a JSON list shown folded in the details pane</extracomment>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperationRules</name>
    <message numerus="yes">
        <location filename="../app/order/OperationRules.cpp" line="+123"/>
        <source>A renewal keeps the current %n extension(s): the portal refuses any other number. To add extensions, use Add capacity.</source>
        <translation>
            <numerusform>A renewal keeps the current %n extension: the portal refuses any other number. To add extensions, use Add capacity.</numerusform>
            <numerusform>A renewal keeps the current %n extensions: the portal refuses any other number. To add extensions, use Add capacity.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderBodyBuilder</name>
    <message numerus="yes">
        <location filename="../app/order/OrderBodyBuilder.cpp" line="+90"/>
        <source>“%1” does not offer %n billing period(s).</source>
        <extracomment>%1 plan or service name; %n the number of billing periods paid in advance</extracomment>
        <translation>
            <numerusform>“%1” does not offer %n billing period.</numerusform>
            <numerusform>“%1” does not offer %n billing periods.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderLineEditor</name>
    <message numerus="yes">
        <location filename="../ui/OrderLineEditor.cpp" line="+19"/>
        <source>%n period(s)</source>
        <translation>
            <numerusform>%n period</numerusform>
            <numerusform>%n periods</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersWindow</name>
    <message numerus="yes">
        <location filename="../ui/OrdersWindow.cpp" line="+102"/>
        <source>%1 of %n order(s) loaded; scroll down for more</source>
        <extracomment>%1 orders loaded so far, %n all orders; more load as the list scrolls</extracomment>
        <translation>
            <numerusform>%1 of %n order loaded; scroll down for more</numerusform>
            <numerusform>%1 of %n orders loaded; scroll down for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductInstanceModel</name>
    <message numerus="yes">
        <location filename="../app/products/ProductInstanceModel.cpp" line="+113"/>
        <source>Expired %n day(s) ago</source>
        <extracomment>a purchased product&apos;s subscription ended %n days ago</extracomment>
        <translation>
            <numerusform>Expired %n day ago</numerusform>
            <numerusform>Expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n day(s) left</source>
        <extracomment>a purchased product&apos;s subscription ends in %n days</extracomment>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductsWindow</name>
    <message numerus="yes">
        <location filename="../ui/ProductsWindow.cpp" line="+208"/>
        <source>Renew selecte&amp;d (%n)…</source>
        <extracomment>renews the selected rows together; %n how many are selected</extracomment>
        <translation>
            <numerusform>Renew selecte&amp;d (%n)…</numerusform>
            <numerusform>Renew selecte&amp;d (%n)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Renew the %n selected product(s)</source>
        <translation>
            <numerusform>Renew the %n selected product</numerusform>
            <numerusform>Renew the %n selected products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>%n product(s) so far…</source>
        <extracomment>while the list loads; %n purchased products so far</extracomment>
        <translation>
            <numerusform>%n product so far…</numerusform>
            <numerusform>%n products so far…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %n product(s)</source>
        <extracomment>%1 products shown by the filter, %n all purchased products</extracomment>
        <translation>
            <numerusform>%1 of %n product</numerusform>
            <numerusform>%1 of %n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Exported %n product(s) to %1.</source>
        <translation>
            <numerusform>Exported %n product to %1.</numerusform>
            <numerusform>Exported %n products to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiptFormatter</name>
    <message numerus="yes">
        <location filename="../app/order/ReceiptFormatter.cpp" line="+93"/>
        <source>%1, %n period(s) in advance</source>
        <extracomment>%1 is e.g. &quot;billed annually&quot;; %n the number of billing periods paid in advance</extracomment>
        <translation>
            <numerusform>%1, %n period in advance</numerusform>
            <numerusform>%1, %n periods in advance</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiptHistoryWindow</name>
    <message numerus="yes">
        <location filename="../ui/ReceiptHistoryWindow.cpp" line="+155"/>
        <source>Exported %n receipt(s) to %1.</source>
        <translation>
            <numerusform>Exported %n receipt to %1.</numerusform>
            <numerusform>Exported %n receipts to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n receipt(s)</source>
        <translation>
            <numerusform>%n receipt</numerusform>
            <numerusform>%n receipts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n receipt(s)</source>
        <translation>
            <numerusform>%1 of %n receipt</numerusform>
            <numerusform>%1 of %n receipts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n damaged receipt(s) in the file could not be read.</source>
        <translation>
            <numerusform>%n damaged receipt in the file could not be read.</numerusform>
            <numerusform>%n damaged receipts in the file could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n receipt(s) were restored from the backup copy.</source>
        <translation>
            <numerusform>%n receipt was restored from the backup copy.</numerusform>
            <numerusform>%n receipts were restored from the backup copy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipientPage</name>
    <message numerus="yes">
        <location filename="../ui/RecipientPage.cpp" line="+176"/>
        <source>%n customers chosen</source>
        <translation>
            <numerusform>%n customer chosen</numerusform>
            <numerusform>%n customers chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <location filename="../ui/ReviewPage.cpp" line="+216"/>
        <source>Not renewed (%n):</source>
        <extracomment>heading above the products of a bulk renewal that are left out, each with its reason</extracomment>
        <translation>
            <numerusform>Not renewed (%n):</numerusform>
            <numerusform>Not renewed (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n renewals, one for each product below, each with its current plan, services and quantities:</source>
        <translation>
            <numerusform>%n renewal, for the product below, with its current plan, services and quantities:</numerusform>
            <numerusform>%n renewals, one for each product below, each with its current plan, services and quantities:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n orders, one for each customer below, each with this package:</source>
        <translation>
            <numerusform>%n order, for the customer below, with this package:</numerusform>
            <numerusform>%n orders, one for each customer below, each with this package:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n customers, one order each</source>
        <translation>
            <numerusform>%n customer, one order</numerusform>
            <numerusform>%n customers, one order each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>&amp;Place %n orders</source>
        <extracomment>the wizard&apos;s commit button for a batch; %n the number of orders</extracomment>
        <translation>
            <numerusform>&amp;Place %n order</numerusform>
            <numerusform>&amp;Place %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Check everything below. The orders are placed, one after another, when you press Place %n orders.</source>
        <extracomment>&quot;Place … orders&quot; is the wizard button (ReviewPage &quot;&amp;Place %n orders&quot;): use the same words</extracomment>
        <translation>
            <numerusform>Check everything below. The order is placed when you press Place %n order.</numerusform>
            <numerusform>Check everything below. The orders are placed, one after another, when you press Place %n orders.</numerusform>
        </translation>
    </message>
</context>
</TS>
