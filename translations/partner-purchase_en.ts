<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>OrderBodyBuilder</name>
    <message numerus="yes">
        <location filename="../app/order/OrderBodyBuilder.cpp" line="+64"/>
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
        <location filename="../ui/OrderLineEditor.cpp" line="+29"/>
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
        <location filename="../ui/OrdersWindow.cpp" line="+117"/>
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
    <name>ReceiptFormatter</name>
    <message numerus="yes">
        <location filename="../app/order/ReceiptFormatter.cpp" line="+76"/>
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
        <location filename="../ui/ReceiptHistoryWindow.cpp" line="+188"/>
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
</TS>
