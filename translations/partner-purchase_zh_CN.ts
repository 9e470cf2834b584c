<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <location filename="../app/api/ApiError.cpp" line="+77"/>
        <source>The portal address is not allowed.</source>
        <translation>不允许使用此门户地址。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not connect to the Partner Portal.</source>
        <translation>无法连接到 Partner Portal。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Partner Portal did not answer in time.</source>
        <translation>Partner Portal 未能及时响应。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure connection to the Partner Portal could not be established.</source>
        <translation>无法与 Partner Portal 建立安全连接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer does not trust the certificate presented at the portal address, so nothing was sent.</source>
        <translation>本机不信任该门户地址出示的证书，因此未发送任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the Partner Portal was lost before its answer arrived.</source>
        <translation>收到 Partner Portal 的响应之前，连接已中断。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Partner Portal refused access (HTTP %1).</source>
        <translation>Partner Portal 拒绝了访问（HTTP %1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>The Partner Portal had a server error (HTTP %1).</source>
        <translation>Partner Portal 发生服务器错误（HTTP %1）。</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The Partner Portal answered with HTTP status %1.</source>
        <translation>Partner Portal 返回了 HTTP 状态码 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Partner Portal did not accept the sign-in.</source>
        <translation>Partner Portal 未接受此次登录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Partner Portal reported an error.</source>
        <translation>Partner Portal 报告了一个错误。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Partner Portal sent an answer that could not be read.</source>
        <translation>无法读取 Partner Portal 返回的响应。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Partner Portal&apos;s answer arrived incomplete.</source>
        <translation>Partner Portal 的响应不完整。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Partner Portal&apos;s answer did not contain what was expected.</source>
        <translation>Partner Portal 的响应缺少预期的内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Partner Portal sent an ID this app cannot read exactly (field “%1”).</source>
        <extracomment>%1 the name of the field in the portal&apos;s answer, e.g. partnerId</extracomment>
        <translation>Partner Portal 发送的 ID 无法被本应用精确读取（字段“%1”）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Partner Portal&apos;s answer contradicts itself: it says the request succeeded, but with status %1.</source>
        <extracomment>the portal&apos;s answer says &quot;success&quot; but comes with an error status such as 500</extracomment>
        <translation>Partner Portal 的响应自相矛盾：它表示请求成功，但状态为 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You need to sign in again.</source>
        <translation>您需要重新登录。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Use an https:// address, such as https://openapi.partner.yeastar.com.</source>
        <translation>请使用 https:// 地址，例如 https://openapi.partner.yeastar.com。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check your internet connection and the portal address, then try again.</source>
        <translation>请检查网络连接和门户地址，然后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check your connection and try again in a moment.</source>
        <translation>请检查网络连接，稍后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the portal address and your computer&apos;s date and time; a proxy that inspects traffic can also cause this.</source>
        <translation>请检查门户地址以及本机的日期和时间；检查网络流量的代理服务器也可能导致此问题。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the portal address is right and that this computer&apos;s date and time are correct. On a company network that inspects secure connections, ask your IT department to install the company&apos;s root certificate into this computer&apos;s certificate store (on Debian: copy it to /usr/local/share/ca-certificates/ and run “sudo update-ca-certificates”), then try again. The certificate is described under Details.</source>
        <translation>请检查门户地址是否正确，以及本机的日期和时间是否准确。如果您所在的公司网络会检查加密连接，请让 IT 部门将公司的根证书安装到本机的证书存储中（Debian：将其复制到 /usr/local/share/ca-certificates/ 并运行“sudo update-ca-certificates”），然后重试。证书信息见“详细信息”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check that API access is enabled under System &gt; API in the Partner Portal and that this computer&apos;s IP address is allowed.</source>
        <translation>请确认已在 Partner Portal 的 System &gt; API 中启用 API 访问，并允许本机的 IP 地址。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>The portal may be busy or under maintenance. Try again in a few minutes.</source>
        <translation>门户可能正忙或正在维护，请几分钟后重试。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Check the client ID and client secret under System &gt; API in the Partner Portal. If the secret was reset there, enter the new one.</source>
        <translation>请在 Partner Portal 的 System &gt; API 中核对客户端 ID 和客户端密钥。如果密钥已在那里重置，请输入新密钥。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correct the request if the portal names a field, or contact Yeastar support.</source>
        <translation>如果门户指出了某个字段，请更正后重试；否则请联系 Yeastar 技术支持。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the request if the portal names a field, or contact Yeastar support and quote request ID %1.</source>
        <extracomment>%1 the portal&apos;s request ID</extracomment>
        <translation>如果门户指出了某个字段，请更正后重试；否则请联系 Yeastar 技术支持并提供请求 ID %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try again. If it keeps happening, contact Yeastar support.</source>
        <translation>请重试。如果问题持续出现，请联系 Yeastar 技术支持。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again. If it keeps happening, contact Yeastar support and quote request ID %1.</source>
        <extracomment>%1 the portal&apos;s request ID</extracomment>
        <translation>请重试。如果问题持续出现，请联系 Yeastar 技术支持并提供请求 ID %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was rounded or used. Try again; if it keeps happening, contact Yeastar support.</source>
        <translation>未进行任何取整，也未使用该响应。请重试；如果问题持续出现，请联系 Yeastar 技术支持。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was rounded or used. Try again; if it keeps happening, contact Yeastar support and quote request ID %1.</source>
        <extracomment>%1 the portal&apos;s request ID</extracomment>
        <translation>未进行任何取整，也未使用该响应。请重试；如果问题持续出现，请联系 Yeastar 技术支持并提供请求 ID %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in with your client ID and client secret to continue.</source>
        <translation>请使用客户端 ID 和客户端密钥登录以继续。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The portal says: “%1”</source>
        <extracomment>%1 is the portal&apos;s own error text, quoted</extracomment>
        <translation>门户返回：“%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Code: %1</source>
        <extracomment>error code reported by the portal, e.g. parameter_validation_failed</extracomment>
        <translation>错误代码：%1</translation>
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
        <translation>请求 ID：%1</translation>
    </message>
</context>
<context>
    <name>AutoRenewal</name>
    <message>
        <location filename="../app/order/AutoRenewal.cpp" line="+20"/>
        <source>Auto-renewal can be turned on here only for a PBX with a serial number. Turn it on for this product in the Partner Portal.</source>
        <translation>只有带序列号的 PBX 才能在此开启自动续订。请在 Partner Portal 中为此产品开启。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The current plan of this product is not known, so its auto-renewal cannot be turned on here.</source>
        <translation>此产品的当前套餐未知，因此无法在此开启自动续订。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Auto-renewal is already on for this product.</source>
        <translation>此产品已开启自动续订。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Turning auto-renewal off is only possible in the Partner Portal: Products &amp; Purchase → the product → More → View Details → Information &amp; Existing Services → More → Plan Details → Cancel Auto Renew.</source>
        <extracomment>the Partner Portal&apos;s own menu path, in the portal&apos;s words</extracomment>
        <translation>关闭自动续订只能在 Partner Portal 中进行：Products &amp; Purchase → 该产品 → More → View Details → Information &amp; Existing Services → More → Plan Details → Cancel Auto Renew。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Partner Purchase — auto-renewal</source>
        <translation>Partner Purchase — 自动续订</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product: %1</source>
        <translation>产品：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number: %1</source>
        <translation>序列号：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For: %1 (partner ID %2)</source>
        <extracomment>%1 a customer&apos;s company, %2 their partner ID</extracomment>
        <translation>客户：%1（合作伙伴 ID %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan: %1 (ID %2)</source>
        <translation>套餐：%1（ID %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requested: %1</source>
        <translation>请求时间：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request ID: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Auto-renewal is on: the plan renews at the end of each term and the account is charged.</source>
        <translation>自动续订已开启：套餐将在每个周期结束时续订，并向账户收费。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Auto-renewal was not turned on. %1</source>
        <translation>未开启自动续订。%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-renewal was not turned on: the portal answered “false”.</source>
        <translation>未开启自动续订：门户的回答为“false”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer was lost: auto-renewal may or may not be on. Reload the product in the Products window to see its state before you try again.</source>
        <translation>答复已丢失：自动续订可能已开启，也可能未开启。请先在“产品”窗口中重新加载该产品查看其状态，再重试。</translation>
    </message>
</context>
<context>
    <name>AutoRenewalDialog</name>
    <message>
        <location filename="../ui/AutoRenewalDialog.cpp" line="+23"/>
        <source>I &amp;understand that the account is charged at every renewal.</source>
        <translation>我已了解每次续订都会向账户收费(&amp;U)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Turn on auto-renewal</source>
        <translation>开启自动续订(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turn on auto-renewal</source>
        <translation>开启自动续订</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, serial number %2, plan %3</source>
        <extracomment>%1 product name, %2 serial number, %3 plan name</extracomment>
        <translation>%1，序列号 %2，套餐 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yeastar then renews this plan at the end of each term and charges your account; the billing contact gets a reminder before each renewal.</source>
        <translation>之后 Yeastar 会在每个周期结束时续订此套餐并向您的账户收费；每次续订前账单联系人都会收到提醒。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Turning on auto-renewal…</source>
        <translation>正在开启自动续订…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outcome of turning on auto-renewal</source>
        <translation>开启自动续订的结果</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy the outcome</source>
        <translation>复制结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the outcome as a text file</source>
        <translation>将结果另存为文本文件</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The outcome was not saved to %1: %2</source>
        <translation>结果未能保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>BatchCsvExporter</name>
    <message>
        <location filename="../app/order/BatchCsvExporter.cpp" line="+12"/>
        <source>not sent</source>
        <extracomment>outcome of one order of a batch</extracomment>
        <translation>未发送</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sending</source>
        <extracomment>outcome of one order of a batch: sent, no answer yet (or the app stopped meanwhile)</extracomment>
        <translation>发送中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>placed</source>
        <extracomment>outcome of one order of a batch</extracomment>
        <translation>已下单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused</source>
        <extracomment>outcome of one order of a batch: the portal refused it, nothing was bought</extracomment>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <extracomment>outcome of one order of a batch: it may or may not have been placed</extracomment>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>BatchPlanner</name>
    <message>
        <location filename="../app/order/BatchPlanner.cpp" line="+14"/>
        <source>Choose at least one customer.</source>
        <translation>请至少选择一位客户。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Product %1</source>
        <translation>产品 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose at least one product in the Products window.</source>
        <translation>请在“产品”窗口中至少选择一个产品。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the billing contact.</source>
        <translation>请选择账单联系人。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the chosen products&apos; details…</source>
        <translation>正在读取所选产品的详细信息…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its details could not be read: %1</source>
        <extracomment>%1 what went wrong, one or more sentences</extracomment>
        <translation>无法读取其详细信息：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It is chosen twice; it is renewed once.</source>
        <translation>它被选择了两次；只续订一次。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>None of the chosen products can be renewed.</source>
        <translation>所选产品均无法续订。</translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message>
        <location filename="../app/order/BatchRunner.cpp" line="+37"/>
        <source>Another batch is under way.</source>
        <translation>另一个批次正在进行中。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Order %1 of the batch cannot be sent as planned.</source>
        <translation>批次中的第 %1 个订单无法按计划发送。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The batch could not be written to disk, so nothing was sent: %1</source>
        <translation>批次无法写入磁盘，因此未发送任何内容：%1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The batch journal could not be opened: %1</source>
        <translation>无法打开批次日志：%1</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>The order could not be sent.</source>
        <translation>订单无法发送。</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The app stopped while this order was being sent.</source>
        <translation>发送此订单时应用程序已停止。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It could not be looked up: %1</source>
        <translation>无法查询该订单：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The batch journal could not be written, so the batch stopped: %1</source>
        <translation>无法写入批次日志，因此批次已停止：%1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Another write of the receipts is under way.</source>
        <translation>另一次收据写入正在进行。</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <location filename="../ui/BatchWindow.cpp" line="+48"/>
        <source>&amp;Stop after this order</source>
        <translation>在此订单后停止(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go on</source>
        <translation>继续(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Look up again</source>
        <translation>再次查询(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;CSV…</source>
        <translation>另存为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close &amp;batch</source>
        <translation>关闭批次(&amp;B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+78"/>
        <source>Orders for several customers</source>
        <translation>为多位客户下单</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>%v of %m</source>
        <extracomment>%v orders done, %m orders in the batch</extracomment>
        <translation>%v / %m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders done</source>
        <translation>已完成的订单</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Orders of the batch</source>
        <translation>批次中的订单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+65"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Items</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order number or reason</source>
        <translation>订单号或原因</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Renewals of several products</source>
        <translation>多个产品的续订</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <extracomment>column of the batch window: whom (or which product) each order is for</extracomment>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>About %1 left</source>
        <extracomment>%1 minutes:seconds</extracomment>
        <translation>大约还需 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking up the order for %1…</source>
        <extracomment>%1 the customer (or product) the order is for</extracomment>
        <translation>正在查询 %1 的订单…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending the order for %1…</source>
        <translation>正在发送 %1 的订单…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Placed: %1 · Refused: %2 · Unknown: %3 · Not sent: %4</source>
        <extracomment>the batch&apos;s summary; each %n a number of orders</extracomment>
        <translation>已下单：%1 · 被拒绝：%2 · 未知：%3 · 未发送：%4</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This batch was interrupted. Go on looks up every order whose outcome is not known before anything else is sent; placed orders are never sent again.</source>
        <translation>此批次已中断。“继续”会先查询每个结果未知的订单，然后才发送其他内容；已下单的订单绝不会再次发送。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The orders are sent one after another.</source>
        <translation>订单将逐个发送。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopping once the order on its way is answered…</source>
        <translation>正在发送的订单得到答复后将停止…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped. Go on sends the orders not sent yet.</source>
        <translation>已停止。“继续”将发送尚未发送的订单。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An order&apos;s answer was lost: looking it up in the Partner Portal…</source>
        <translation>某个订单的答复丢失：正在合作伙伴门户中查询…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An order&apos;s outcome is unknown and the look-up did not find it. Check the Partner Portal&apos;s orders before you go on: it is never sent again on its own.</source>
        <translation>某个订单的结果未知，查询也未找到它。继续之前请检查合作伙伴门户中的订单：该订单绝不会自动再次发送。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order whose answer was lost was found in the Partner Portal. Go on sends the rest.</source>
        <translation>答复丢失的订单已在合作伙伴门户中找到。“继续”将发送其余订单。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Save the batch as CSV</source>
        <translation>将批次另存为 CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
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
账单联系人 ID：%3</translation>
    </message>
</context>
<context>
    <name>BillingContactPage</name>
    <message>
        <location filename="../ui/BillingContactPage.cpp" line="+28"/>
        <source>Loading your billing contacts…</source>
        <translation>正在加载账单联系人…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no billing contact in your Partner Portal account. Add one in the Partner Portal, then press Retry.</source>
        <translation>您的 Partner Portal 账户中没有账单联系人。请先在 Partner Portal 中添加，然后点击“重试”。</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+16"/>
        <source>Billing contact</source>
        <translation>账单联系人</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Who receives the invoice for this order?</source>
        <translation>谁接收此订单的发票？</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a billing contact…</source>
        <translation>选择账单联系人…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your purchase order number</source>
        <translation>您的采购单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional — appears on the portal&apos;s order</source>
        <translation>可选，将显示在门户的订单上</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Billing &amp;contact:</source>
        <translation>账单联系人(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your &amp;PO number:</source>
        <translation>您的采购单号(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>BillingCycle</name>
    <message>
        <location filename="../app/order/BillingCycle.cpp" line="+6"/>
        <source>Annually</source>
        <translation>按年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once</source>
        <translation>一次性</translation>
    </message>
</context>
<context>
    <name>CertificateTrust</name>
    <message>
        <location filename="../app/api/CertificateTrust.cpp" line="+165"/>
        <source>Problem: %1</source>
        <extracomment>%1 is Qt&apos;s description of a certificate error, e.g. &quot;The certificate has expired&quot;</extracomment>
        <translation>问题：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Subject: %1</source>
        <extracomment>the certificate&apos;s owner as its distinguished name, e.g. &quot;CN=openapi.partner.yeastar.com&quot;</extracomment>
        <translation>使用者：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer: %1</source>
        <translation>颁发者：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256 fingerprint: %1</source>
        <extracomment>SHA-256 fingerprint of the certificate, as colon-separated hex pairs</extracomment>
        <translation>SHA-256 指纹：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid from %1 to %2</source>
        <extracomment>%1 and %2 are dates</extracomment>
        <translation>有效期：%1 至 %2</translation>
    </message>
</context>
<context>
    <name>CredentialVault</name>
    <message>
        <location filename="../app/auth/CredentialVault.cpp" line="+117"/>
        <source>The saved entry is damaged.</source>
        <extracomment>the system keychain&apos;s entry for the account is not what this app writes</extracomment>
        <translation>保存的条目已损坏。</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <location filename="../app/csv/CsvWriter.cpp" line="+99"/>
        <location line="+3"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>CustomerPickerDialog</name>
    <message>
        <location filename="../ui/CustomerPickerDialog.cpp" line="+38"/>
        <source>Choose customers</source>
        <translation>选择客户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Filter:</source>
        <extracomment>label of the filter above the list of customers</extracomment>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a company, name or e-mail…</source>
        <translation>输入公司、姓名或电子邮件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter customers</source>
        <translation>筛选客户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select &amp;all matching</source>
        <translation>选择所有匹配项(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear selection</source>
        <translation>清除选择(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Or paste partner IDs or e-mail addresses, one &amp;per line:</source>
        <extracomment>label of a box where the user pastes partner IDs or e-mail addresses</extracomment>
        <translation>或粘贴合作伙伴 ID 或电子邮件地址，每行一个(&amp;P)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partner IDs or e-mail addresses</source>
        <translation>合作伙伴 ID 或电子邮件地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;dd these</source>
        <translation>添加这些(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import a file…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Line %1: %2</source>
        <extracomment>%1 line number, %2 what was on it</extracomment>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… 以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n entries match no customer and were left out:</source>
        <translation>
            <numerusform>%n 个条目不匹配任何客户，已被忽略：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text or CSV files (*.txt *.csv);;All files (*)</source>
        <translation>文本或 CSV 文件 (*.txt *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n customers chosen</source>
        <translation>
            <numerusform>已选择 %n 位客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiagnosticsExport</name>
    <message>
        <location filename="../ui/DiagnosticsExport.cpp" line="+23"/>
        <source>Save API &amp;diagnostics…</source>
        <translation>保存 API 诊断信息(&amp;D)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the Partner Portal&apos;s answers from this session, without secrets, for Yeastar&apos;s or our support</source>
        <translation>保存本次会话中 Partner Portal 的应答（不含密钥），供 Yeastar 或我们的支持人员查看</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>partner-purchase-api-diagnostics-%1.json</source>
        <extracomment>default file name of the API diagnostics; %1 the date and time</extracomment>
        <translation>partner-purchase-api-诊断-%1.json</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save API diagnostics</source>
        <translation>保存 API 诊断信息</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The API diagnostics could not be saved to %1: %2</source>
        <extracomment>%1 the file, %2 why it could not be written</extracomment>
        <translation>无法将 API 诊断信息保存到 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Saved %n answer(s) of the Partner Portal to %1.</source>
        <translation>
            <numerusform>已将 Partner Portal 的 %n 条应答保存到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDetails</name>
    <message>
        <location filename="../ui/ErrorDetails.cpp" line="+16"/>
        <source>De&amp;tails</source>
        <extracomment>folds out the technical details of an error (e.g. the refused certificate)</extracomment>
        <translation>详细信息(&amp;T)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the details</source>
        <translation>显示详细信息</translation>
    </message>
</context>
<context>
    <name>FollowUpActions</name>
    <message>
        <location filename="../ui/FollowUpActions.cpp" line="+38"/>
        <source>&amp;Receipts…</source>
        <translation>收据(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portal &amp;orders…</source>
        <translation>门户订单(&amp;O)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find, show, print and export the orders placed with this app</source>
        <translation>查找、查看、打印和导出通过本应用下的订单</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Products…</source>
        <translation>已购产品(&amp;P)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receipts</source>
        <extracomment>toolbar button text</extracomment>
        <translation>收据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Partner Portal&apos;s order list and the current status of each order</source>
        <translation>Partner Portal 的订单列表及每个订单的当前状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portal orders</source>
        <extracomment>toolbar button text</extracomment>
        <translation>门户订单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every product this account has bought, for you and your customers, and what expires next</source>
        <translation>此账户为您和您的客户购买的所有产品，以及即将到期的产品</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Products</source>
        <extracomment>toolbar button text</extracomment>
        <translation>已购产品</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Sign in to the Partner Portal first</source>
        <translation>请先登录 Partner Portal</translation>
    </message>
</context>
<context>
    <name>InlineStatus</name>
    <message>
        <location filename="../ui/InlineStatus.cpp" line="+21"/>
        <source>Loading</source>
        <translation>正在加载</translation>
    </message>
</context>
<context>
    <name>InstanceDetailsPane</name>
    <message>
        <location filename="../ui/InstanceDetailsPane.cpp" line="+45"/>
        <source>Re&amp;try</source>
        <extracomment>the list under the pane has its own &amp;Retry: another Alt+ key</extracomment>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy &amp;number</source>
        <translation>复制编号(&amp;N)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ask the Partner Portal for this product&apos;s details again</source>
        <translation>再次向 Partner Portal 请求此产品的详情</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy the activation code to the clipboard</source>
        <translation>将激活码复制到剪贴板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry the activation code</source>
        <translation>重新获取激活码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activation code:</source>
        <extracomment>label before a P-Series Software Edition&apos;s activation code (for online activation)</extracomment>
        <translation>激活码：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Activation code</source>
        <translation>激活码</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Device model</source>
        <translation>设备型号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry the device model</source>
        <translation>重新获取设备型号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model:</source>
        <extracomment>label before the model of a PBX or appliance, e.g. &quot;P570&quot;</extracomment>
        <translation>型号：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fields the Partner Portal sent for this product</source>
        <translation>Partner Portal 为此产品发送的字段</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy the serial or product number to the clipboard</source>
        <translation>将序列号或产品编号复制到剪贴板</translation>
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
        <translation>选择一个产品，查看 Partner Portal 提供的全部信息。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These are the fields from the product list; loading the product&apos;s full details…</source>
        <translation>以下是产品列表中的字段；正在加载该产品的完整详情…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The product&apos;s full details could not be loaded; these are the fields from the product list. %1</source>
        <extracomment>%1 says what went wrong and what to do</extracomment>
        <translation>无法加载该产品的完整详情；以下是产品列表中的字段。%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Partner Portal gave no serial or product number for this product, so its full details cannot be asked for. These are the fields from the product list.</source>
        <translation>Partner Portal 未提供此产品的序列号或产品编号，因此无法查询其完整详情。以下是产品列表中的字段。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Partner Portal has no further details for this product.</source>
        <translation>Partner Portal 没有此产品的更多详情。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <extracomment>%1 what went wrong, %2 the portal&apos;s code and request ID</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message numerus="yes">
        <location filename="../app/models/JsonTreeModel.cpp" line="+51"/>
        <source>{%n field(s)}</source>
        <extracomment>a JSON object shown folded in the details pane</extracomment>
        <translation>
            <numerusform>{%n 个字段}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>[%n item(s)]</source>
        <extracomment>a JSON list shown folded in the details pane</extracomment>
        <translation>
            <numerusform>[%n 项]</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>empty</source>
        <extracomment>read by a screen reader for a field the portal sent without a value</extracomment>
        <translation>空</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Field</source>
        <extracomment>column of the details pane: a field&apos;s name as the portal sends it</extracomment>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>KeychainNotice</name>
    <message>
        <location filename="../app/auth/KeychainNotice.cpp" line="+7"/>
        <source>Waiting for the system keychain…</source>
        <translation>正在等待系统密钥环…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving your client secret in the system keychain…</source>
        <translation>正在将客户端密钥保存到系统密钥环…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 The keychain says: “%2”</source>
        <extracomment>%1 is a sentence of ours, %2 the system keychain&apos;s own error message</extracomment>
        <translation>%1 密钥环提示：“%2”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The client secret saved for this account could not be read because the system keychain is locked and was not unlocked. Enter the secret to sign in.</source>
        <translation>无法读取为此账户保存的客户端密钥，因为系统密钥环已锁定且未被解锁。请输入密钥以登录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client secret saved for this account could not be read because the system keychain refused access. Enter the secret to sign in.</source>
        <translation>无法读取为此账户保存的客户端密钥，因为系统密钥环拒绝了访问。请输入密钥以登录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No system keychain answers, so no saved client secret could be read. Enter the secret to sign in.</source>
        <translation>没有系统密钥环响应，因此无法读取已保存的客户端密钥。请输入密钥以登录。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The client secret saved for this account could not be read from the system keychain. Enter the secret to sign in.</source>
        <translation>无法从系统密钥环读取为此账户保存的客户端密钥。请输入密钥以登录。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your client secret was not saved because the system keychain is locked and was not unlocked. It is kept only until you close the app.</source>
        <translation>您的客户端密钥未保存，因为系统密钥环已锁定且未被解锁。它只保留到您关闭应用为止。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your client secret was not saved because the system keychain refused access. It is kept only until you close the app.</source>
        <translation>您的客户端密钥未保存，因为系统密钥环拒绝了访问。它只保留到您关闭应用为止。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No system keychain answers, so your client secret is kept only until you close the app.</source>
        <translation>没有系统密钥环响应，因此您的客户端密钥只保留到您关闭应用为止。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your client secret could not be saved in the system keychain. It is kept only until you close the app.</source>
        <translation>无法将您的客户端密钥保存到系统密钥环。它只保留到您关闭应用为止。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The client secret saved for this account was not removed because the system keychain is locked and was not unlocked. It stays there until you sign out again with the keychain unlocked.</source>
        <translation>为此账户保存的客户端密钥未被删除，因为系统密钥环已锁定且未被解锁。它会一直保留，直到您在密钥环解锁时再次退出登录。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The client secret saved for this account could not be removed from the system keychain. It stays there until you sign out again.</source>
        <translation>无法从系统密钥环中删除为此账户保存的客户端密钥。它会一直保留，直到您再次退出登录。</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../app/auth/KeychainSecretStore.cpp" line="+47"/>
        <source>The keychain is locked.</source>
        <extracomment>the system keychain&apos;s state, shown under the explanation (details)</extracomment>
        <translation>密钥环已锁定。</translation>
    </message>
</context>
<context>
    <name>KeychainWaitPanel</name>
    <message>
        <location filename="../ui/KeychainWaitPanel.cpp" line="+12"/>
        <source>Sign in &amp;without the keychain</source>
        <translation>不使用密钥环登录(&amp;W)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If it asks for its password, unlock it there, or sign in by typing your client secret.</source>
        <extracomment>shown while the app waits for the system keychain (GNOME Keyring, KWallet, …) at start</extracomment>
        <translation>如果它要求输入密码，请在那里解锁，或者输入客户端密钥来登录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in without the keychain</source>
        <translation>不使用密钥环登录</translation>
    </message>
</context>
<context>
    <name>LoadStatusPanel</name>
    <message>
        <location filename="../ui/LoadStatusPanel.cpp" line="+23"/>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the Partner Portal again</source>
        <translation>再次向 Partner Portal 请求</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+41"/>
        <source>Partner Purchase — practice mode</source>
        <translation>Partner Purchase — 练习模式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner Purchase</source>
        <translation>Partner Purchase</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Orders for several customers are being sent. Stop them, and wait for the order on its way, before closing.</source>
        <translation>正在为多位客户发送订单。关闭前请先停止，并等待正在发送的订单完成。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The order is being sent. Wait for the Partner Portal&apos;s answer before closing.</source>
        <translation>正在发送订单。请等待 Partner Portal 的回复后再关闭。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New purchase</source>
        <translation>新建购买(&amp;N)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Orders</source>
        <extracomment>name of the toolbar (shown when the toolbar area is right-clicked)</extracomment>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Switch account…</source>
        <translation>切换账户(&amp;S)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign &amp;out and forget the secret</source>
        <translation>退出登录并清除密钥(&amp;O)</translation>
    </message>
    <message>
        <location line="+105"/>
        <location line="+11"/>
        <source>An order is on its way; wait for its answer, then try again.</source>
        <translation>有一个订单正在发送；请等待其答复后再试。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Auto-renewal is being turned on for another product; wait for its answer.</source>
        <translation>正在为另一个产品开启自动续订；请等待其答复。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the outcome</source>
        <translation>保存结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <location line="-254"/>
        <location line="+159"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Signed in as %1</source>
        <translation>已登录：%1</translation>
    </message>
</context>
<context>
    <name>OfferingPage</name>
    <message>
        <location filename="../ui/OfferingPage.cpp" line="+30"/>
        <source>Loading the plans and services on offer…</source>
        <translation>正在加载可购买的套餐和服务…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing can be bought for this product right now.</source>
        <translation>此产品目前没有可购买的内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Plans and services</source>
        <translation>套餐和服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a plan, services, and how many of each.</source>
        <translation>选择套餐、服务以及各自的数量。</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Choose a plan…</source>
        <translation>选择套餐…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No plan — services only</source>
        <translation>不选套餐，仅购买服务</translation>
    </message>
</context>
<context>
    <name>OperationChooser</name>
    <message>
        <location filename="../ui/OperationChooser.cpp" line="+22"/>
        <source>number %1</source>
        <extracomment>%1 a serial number or product number</extracomment>
        <translation>编号 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for %1 (partner ID %2)</source>
        <extracomment>%1 a customer&apos;s company, %2 their partner ID</extracomment>
        <translation>客户 %1（合作伙伴 ID %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for my own account</source>
        <translation>我自己的账户</translation>
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
        <translation>打开产品(&amp;D)…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ac&amp;tion:</source>
        <extracomment>label of the list of actions: new purchase, renewal, switch plan…</extracomment>
        <translation>操作(&amp;T)：</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>What do you want to do?</source>
        <translation>您想做什么？</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open the Products window</source>
        <translation>打开“产品”窗口</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Product: %1</source>
        <extracomment>%1 the product an action is for, e.g. &quot;Software PBX · number 3651E… · for Acme (partner ID …) · Enterprise Plan&quot;</extracomment>
        <translation>产品：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This acts on a product you already have: choose it in the Products window (File &gt; Products…) and pick this action there.</source>
        <translation>此操作针对您已有的产品：请在“产品”窗口（文件 &gt; 产品…）中选择该产品，并在那里选择此操作。</translation>
    </message>
</context>
<context>
    <name>OperationRules</name>
    <message>
        <location filename="../app/order/OperationRules.cpp" line="+70"/>
        <source>Choose the product this order is for in the Products window.</source>
        <translation>请在“产品”窗口中选择此订单所针对的产品。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This order is for another product than the one it acts on.</source>
        <translation>此订单所针对的产品与其操作的产品不一致。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The serial number of the device is missing; open the product again from the Products window.</source>
        <translation>缺少设备序列号；请从“产品”窗口重新打开该产品。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This account already has %1; a free trial is only for an account without it.</source>
        <extracomment>%1 product name</extracomment>
        <translation>此账户已拥有 %1；免费试用仅适用于尚未拥有它的账户。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the plan of the licence.</source>
        <translation>请选择许可证的套餐。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the serial number of the trial PBX.</source>
        <translation>请输入试用 PBX 的序列号。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A renewal renews the current plan (“%1”). To change the plan, use Switch plan.</source>
        <extracomment>%1 the product&apos;s current plan</extracomment>
        <translation>续订只续订当前套餐（“%1”）。要更改套餐，请使用“切换套餐”。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>A renewal keeps the current %n extension(s): the portal refuses any other number. To add extensions, use Add capacity.</source>
        <translation>
            <numerusform>续订须保持当前的 %n 个分机：门户会拒绝其他任何数量。要添加分机，请使用“增加容量”。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A renewal keeps the billing cycle (%1); it cannot be changed.</source>
        <extracomment>%1 the billing cycle as the portal names it (annually, monthly)</extracomment>
        <translation>续订保持原计费周期（%1），不能更改。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not part of this product, so it cannot be renewed. Use Add a service.</source>
        <extracomment>%1 service name</extracomment>
        <translation>“%1”不属于此产品，因此无法续订。请使用“添加服务”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The plan and its services are renewed together: include the plan “%1”.</source>
        <translation>套餐及其服务须一起续订：请包括套餐“%1”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The plan and its services are renewed together: include “%1”.</source>
        <extracomment>%1 service name</extracomment>
        <translation>套餐及其服务须一起续订：请包括“%1”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only services are added to an existing plan. To change the plan, use Switch plan.</source>
        <translation>现有套餐只能添加服务。要更改套餐，请使用“切换套餐”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The current plan of this product is not known, so nothing can be added to it.</source>
        <translation>此产品的当前套餐未知，因此无法向其添加任何内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disaster Recovery is only available on the Ultimate plan; this product has “%1”. Switch plan first.</source>
        <extracomment>%1 the product&apos;s current plan</extracomment>
        <translation>Disaster Recovery 仅适用于 Ultimate 套餐；此产品的套餐是“%1”。请先切换套餐。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is already part of this product. To extend it, use Renew or Add capacity.</source>
        <extracomment>%1 service name</extracomment>
        <translation>“%1”已是此产品的一部分。要延长或扩展它，请使用“续订”或“增加容量”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is a service, not a capacity. Use Add a service.</source>
        <extracomment>%1 service name</extracomment>
        <translation>“%1”是服务，不是容量。请使用“添加服务”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most %L1 extensions can be added to a cloud PBX in one order.</source>
        <translation>一个订单最多只能为云 PBX 添加 %L1 个分机。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A plan switch changes only the plan. Add services in an order of their own.</source>
        <translation>切换套餐只更改套餐。请在单独的订单中添加服务。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the plan to switch to.</source>
        <translation>请选择要切换到的套餐。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is already the current plan. Choose another plan.</source>
        <extracomment>%1 plan name</extracomment>
        <translation>“%1”已是当前套餐。请选择其他套餐。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The billing cycle (%1) stays when the plan is switched.</source>
        <extracomment>%1 the billing cycle as the portal names it (annually, monthly)</extracomment>
        <translation>切换套餐时计费周期（%1）保持不变。</translation>
    </message>
</context>
<context>
    <name>OrderBodyBuilder</name>
    <message>
        <location filename="../app/order/OrderBodyBuilder.cpp" line="+47"/>
        <source>Choose a billing contact.</source>
        <translation>请选择账单联系人。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a product.</source>
        <translation>请选择产品。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the serial number of the device this product is for.</source>
        <translation>请输入此产品对应设备的序列号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a plan or at least one service.</source>
        <translation>请选择一个套餐或至少一项服务。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chosen plan is not a plan.</source>
        <translation>所选的套餐项实际上不是套餐。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not offered as a free trial.</source>
        <extracomment>%1 plan or service name</extracomment>
        <translation>“%1”不提供免费试用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” cannot be purchased (it is offered as “%2”).</source>
        <extracomment>%1 plan or service name, %2 the portal&apos;s purchase type for it</extracomment>
        <translation>“%1”无法购买（其提供方式为“%2”）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The quantity of “%1” must be between %L2 and %L3.</source>
        <translation>“%1”的数量必须介于 %L2 和 %L3 之间。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” cannot be billed %2.</source>
        <extracomment>%1 plan or service name, %2 the billing cycle as the portal names it (annually, monthly, once)</extracomment>
        <translation>“%1”不支持“%2”计费。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>“%1” does not offer %n billing period(s).</source>
        <extracomment>%1 plan or service name; %n the number of billing periods paid in advance</extracomment>
        <translation>
            <numerusform>“%1”不提供 %n 个计费周期的选项。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” can only be bought together with a plan.</source>
        <translation>“%1”只能与套餐一起购买。</translation>
    </message>
</context>
<context>
    <name>OrderDetailsFormatter</name>
    <message>
        <location filename="../app/order/OrderDetailsFormatter.cpp" line="+73"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order ID</source>
        <translation>订单 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice number</source>
        <translation>发票号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom reference</source>
        <extracomment>customReferenceNo: the buyer&apos;s own reference (PO number) for the order</extracomment>
        <translation>自定义参考号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction number</source>
        <translation>交易号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance ID</source>
        <translation>实例 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product ID</source>
        <translation>产品 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+112"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Product number (serial)</source>
        <translation>产品编号（序列号）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operation</source>
        <extracomment>the portal&apos;s operationType of an order, e.g. purchase or renewal</extracomment>
        <translation>操作类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bought for (partner ID)</source>
        <translation>购买对象（合作伙伴 ID）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing contact ID</source>
        <translation>账单联系人 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <extracomment>serviceType of an ordered item: plan or service</extracomment>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan or service ID</source>
        <translation>套餐或服务 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing</source>
        <extracomment>billingCycle of an ordered item: annually, monthly or once</extracomment>
        <translation>计费周期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Periods in advance</source>
        <extracomment>multiCycle: how many billing periods were paid in advance</extracomment>
        <translation>预付周期数</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Item %1</source>
        <extracomment>heading of one ordered plan or service; %1 its position (1, 2…)</extracomment>
        <translation>第 %1 项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item %1: %2</source>
        <extracomment>heading of one ordered plan or service; %1 its position (1, 2…), %2 its name</extracomment>
        <translation>第 %1 项：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The portal sent nothing here.</source>
        <translation>门户未返回此部分的内容。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing contact</source>
        <translation>账单联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was ordered</source>
        <translation>订购内容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other fields</source>
        <translation>其他字段</translation>
    </message>
</context>
<context>
    <name>OrderDetailsView</name>
    <message>
        <location filename="../ui/OrderDetailsView.cpp" line="+22"/>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Order details</source>
        <translation>订单详情</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Order %1</source>
        <extracomment>title of the order details pane; %1 the order number</extracomment>
        <translation>订单 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select an order to see its details.</source>
        <translation>选择一个订单以查看详情。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the order&apos;s details from the Partner Portal…</source>
        <translation>正在从 Partner Portal 加载订单详情…</translation>
    </message>
</context>
<context>
    <name>OrderLineEditor</name>
    <message>
        <location filename="../ui/OrderLineEditor.cpp" line="+18"/>
        <source>Standard term</source>
        <extracomment>multiCycle 0: the product&apos;s standard term, no extra periods paid in advance</extracomment>
        <translation>标准期限</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n period(s)</source>
        <translation>
            <numerusform>%n 个周期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Include %1</source>
        <translation>包含 %1</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Quantity of %1</source>
        <translation>%1 的数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between %L1 and %L2</source>
        <translation>介于 %L1 和 %L2 之间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Billing cycle of %1</source>
        <translation>%1 的计费周期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Billing periods of %1</source>
        <translation>%1 的计费周期数</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2 each</source>
        <extracomment>unit price, e.g. &quot;USD 12.50 each&quot;</extracomment>
        <translation>单价 %1 %2</translation>
    </message>
</context>
<context>
    <name>OrderListModel</name>
    <message>
        <location filename="../app/models/OrderListModel.cpp" line="+84"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created</source>
        <extracomment>column: when the order was created, in local time</extracomment>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice number</source>
        <translation>发票号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom reference</source>
        <translation>自定义参考号</translation>
    </message>
</context>
<context>
    <name>OrderOperations</name>
    <message>
        <location filename="../app/order/OrderOperation.cpp" line="+86"/>
        <source>New purchase</source>
        <extracomment>the kind of an order (receipts, history, review page)</extracomment>
        <translation>新购买</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renewal</source>
        <extracomment>the kind of an order (receipts, history, review page)</extracomment>
        <translation>续订</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add capacity</source>
        <extracomment>the kind of an order: more extensions, minutes, connections… for an existing product</extracomment>
        <translation>增加容量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a service</source>
        <extracomment>the kind of an order: a service added to an existing product&apos;s plan</extracomment>
        <translation>添加服务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch plan</source>
        <extracomment>the kind of an order: another plan for an existing product</extracomment>
        <translation>切换套餐</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free trial</source>
        <extracomment>the kind of an order</extracomment>
        <translation>免费试用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licence for a trial PBX</source>
        <extracomment>the kind of an order: a paid licence for a PBX that runs a trial</extracomment>
        <translation>试用 PBX 的许可证</translation>
    </message>
</context>
<context>
    <name>OrdersWindow</name>
    <message>
        <location filename="../ui/OrdersWindow.cpp" line="+25"/>
        <source>Loading orders from the Partner Portal…</source>
        <translation>正在从 Partner Portal 加载订单…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Partner Portal has no orders for this account yet.</source>
        <translation>Partner Portal 中此账户还没有订单。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Portal orders</source>
        <translation>门户订单</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Load the order list again from the first page</source>
        <translation>从第一页重新加载订单列表</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%1 of %n order(s) loaded; scroll down for more</source>
        <extracomment>%1 orders loaded so far, %n all orders; more load as the list scrolls</extracomment>
        <translation>
            <numerusform>已加载 %1 个订单，共 %n 个；向下滚动可加载更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomeUnknownPage</name>
    <message>
        <location filename="../ui/OutcomeUnknownPage.cpp" line="+26"/>
        <source>&amp;Check the portal&apos;s order list</source>
        <translation>检查门户订单列表(&amp;C)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order was sent, but no answer came back.</source>
        <translation>订单已发送，但没有收到响应。</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Looking for the order in the Partner Portal…</source>
        <translation>正在 Partner Portal 中查找该订单…</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>The order was sent to the Partner Portal at %1, but its answer never arrived: %2 The order may or may not have been placed. It was NOT sent again. Check the portal&apos;s order list before you buy again.</source>
        <extracomment>%1 date and time of the attempt, %2 what went wrong, e.g. &quot;The Partner Portal did not answer in time.&quot;</extracomment>
        <translation>订单已于 %1 发送到 Partner Portal，但一直没有收到响应：%2 无法确定订单是否已创建。本应用没有重新发送该订单。再次购买前，请先检查门户的订单列表。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request ID: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Found it: order %1 (status: %2) was created after your attempt with the same product and items. Do not buy again; the order is in the portal.</source>
        <extracomment>%1 order number, %2 its status as the portal names it (pending, succeed…)</extracomment>
        <translation>已找到：订单 %1（状态：%2）创建于您尝试下单之后，产品和项目均相同。请勿重复购买，该订单已在门户中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No matching order was found in the portal&apos;s order list. The order was probably not placed; you can start a new purchase. Check again in a few minutes if you want to be sure.</source>
        <translation>门户订单列表中没有找到匹配的订单。订单很可能没有创建，您可以开始新的购买。如需确认，请几分钟后再检查一次。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The order list could not be checked. %1 %2</source>
        <extracomment>%1 what went wrong and what to do, %2 code and request ID for support</extracomment>
        <translation>无法检查订单列表。%1 %2</translation>
    </message>
</context>
<context>
    <name>PortalRequest</name>
    <message>
        <location filename="../app/api/PortalRequest.cpp" line="+277"/>
        <source>connection closed before the answer; the request was not sent again</source>
        <translation>连接在收到响应前已关闭；请求未重新发送</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <location filename="../ui/PracticeBanner.cpp" line="+8"/>
        <source>Practice mode — no real orders. Everything here talks to a built-in practice portal.</source>
        <extracomment>shown at the top of every page when the app talks to the built-in practice portal</extracomment>
        <translation>练习模式：不会产生真实订单。此处的所有操作都只与内置的练习门户交互。</translation>
    </message>
</context>
<context>
    <name>ProductActions</name>
    <message>
        <location filename="../ui/ProductActions.cpp" line="+42"/>
        <source>Renew this product</source>
        <translation>续订此产品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add capacity to this product</source>
        <translation>为此产品增加容量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a ser&amp;vice…</source>
        <translation>添加服务(&amp;V)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a service to this product</source>
        <translation>为此产品添加服务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch this product&apos;s plan</source>
        <translation>切换此产品的套餐</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a free trial for this customer</source>
        <translation>为此客户开始免费试用</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Rene&amp;w…</source>
        <extracomment>buttons acting on the selected product; &amp; marks the Alt+ key</extracomment>
        <translation>续订(&amp;W)…</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The actions are offered once this product&apos;s details have loaded.</source>
        <translation>此产品的详细信息加载完成后即可使用这些操作。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The actions need this product&apos;s details, which could not be loaded: press Retry in its details.</source>
        <translation>这些操作需要此产品的详细信息，但无法加载：请在详细信息中点击“重试”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal names no product number for this product, so this app cannot act on it: use the Partner Portal.</source>
        <translation>门户未提供此产品的产品编号，因此本应用无法对其进行操作：请使用 Partner Portal。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add ca&amp;pacity…</source>
        <translation>增加容量(&amp;P)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switc&amp;h plan…</source>
        <translation>切换套餐(&amp;H)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a free tr&amp;ial…</source>
        <translation>开始免费试用(&amp;I)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Buy a licence…</source>
        <translation>购买许可证(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy a licence for this trial PBX</source>
        <translation>为此试用 PBX 购买许可证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn on a&amp;uto-renewal…</source>
        <translation>开启自动续订(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on auto-renewal for this product</source>
        <translation>为此产品开启自动续订</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Select a product to renew it, add to it, switch its plan or start a trial.</source>
        <translation>选择一个产品以续订、扩展、切换套餐或开始试用。</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Auto-renewal is on.</source>
        <translation>自动续订已开启。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Auto-renewal is off.</source>
        <translation>自动续订已关闭。</translation>
    </message>
</context>
<context>
    <name>ProductInstanceCsvExporter</name>
    <message>
        <location filename="../app/products/ProductInstanceCsvExporter.cpp" line="+9"/>
        <source>Product</source>
        <extracomment>CSV column headers of the purchased products export</extracomment>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product ID</source>
        <translation>产品 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial / product number</source>
        <translation>序列号/产品编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation</source>
        <translation>激活</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer partner ID</source>
        <translation>客户的合作伙伴 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ProductInstanceModel</name>
    <message>
        <location filename="../app/products/ProductInstanceModel.cpp" line="+97"/>
        <source>Activated</source>
        <translation>已激活</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not activated</source>
        <extracomment>activation status of a purchased product</extracomment>
        <translation>未激活</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown</source>
        <extracomment>activation status of a purchased product, as the portal says</extracomment>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Expired %n day(s) ago</source>
        <extracomment>a purchased product&apos;s subscription ended %n days ago</extracomment>
        <translation>
            <numerusform>已过期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) left</source>
        <extracomment>a purchased product&apos;s subscription ends in %n days</extracomment>
        <translation>
            <numerusform>剩余 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Partner ID %1</source>
        <extracomment>tooltip of the customer cell; %1 the customer&apos;s partner ID</extracomment>
        <translation>合作伙伴 ID %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial / product number</source>
        <extracomment>column: a device&apos;s serial number, or the portal&apos;s number for an account-bound product</extracomment>
        <translation>序列号/产品编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activation</source>
        <translation>激活</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expires</source>
        <extracomment>column: the date the subscription ends</extracomment>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer</source>
        <extracomment>column: the customer (subordinate user) the product was bought for</extracomment>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the product list</source>
        <extracomment>part of &quot;Missing: …&quot; — the portal&apos;s list of products could not be read</extracomment>
        <translation>产品列表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (page %2)</source>
        <extracomment>part of &quot;Missing: …&quot;; %1 a product name, %2 a page number</extracomment>
        <translation>%1（第 %2 页）</translation>
    </message>
</context>
<context>
    <name>ProductListModel</name>
    <message>
        <location filename="../app/models/ProductListModel.cpp" line="+25"/>
        <source>Product ID %1</source>
        <translation>产品 ID：%1</translation>
    </message>
</context>
<context>
    <name>ProductPage</name>
    <message>
        <location filename="../ui/ProductPage.cpp" line="+21"/>
        <source>Loading the products you can buy…</source>
        <translation>正在加载可购买的产品…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account cannot buy any products. Ask your Yeastar account manager to enable products for API purchases.</source>
        <translation>此账户无法购买任何产品。请联系您的 Yeastar 客户经理，为 API 购买开通产品。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device &amp;serial number:</source>
        <translation>设备序列号(&amp;S)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What do you want to do?</source>
        <translation>您想做什么？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy a product, or act on one you already have.</source>
        <translation>购买产品，或对已有产品进行操作。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a product…</source>
        <translation>选择产品…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Device serial number</source>
        <translation>设备序列号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As shown in the PBX web interface</source>
        <translation>与 PBX 网页界面中显示的一致</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&amp;Product:</source>
        <translation>产品(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>ProductsWindow</name>
    <message>
        <location filename="../ui/ProductsWindow.cpp" line="+45"/>
        <source>Only those &amp;expiring within</source>
        <translation>仅显示即将到期(&amp;E)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading your purchased products from the Partner Portal…</source>
        <translation>正在从 Partner Portal 加载您已购买的产品…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Partner Portal lists no purchased products for this account.</source>
        <translation>Partner Portal 中此账户没有已购买的产品。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Select those expiring within the days given</source>
        <translation>选择期限内到期的产品(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+26"/>
        <source>Purchased products</source>
        <translation>已购产品</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Filter by customer, serial number, product…</source>
        <translation>按客户、序列号、产品筛选…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter purchased products</source>
        <translation>筛选已购产品</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only the products that expire within the number of days given, and those that have expired</source>
        <translation>仅显示在指定天数内到期以及已经过期的产品</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> days</source>
        <extracomment>unit after the number of days in &quot;Only those expiring within [30] days&quot;</extracomment>
        <translation> 天内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Load every purchased product again from the Partner Portal</source>
        <translation>从 Partner Portal 重新加载所有已购产品</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the products shown as a CSV file</source>
        <translation>将当前显示的产品保存为 CSV 文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select every product shown that expires within the number of days given next to the filter, and those that have expired</source>
        <translation>选择所有显示的、在筛选器旁所填天数内到期的产品，以及已经到期的产品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the products expiring within the days given</source>
        <translation>选择在所填天数内到期的产品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renew every selected product, each with its current plan, services and quantities: one order each, reviewed together before anything is sent</source>
        <translation>续订每个所选产品，各自保留当前套餐、服务和数量：每个产品一个订单，发送前一起核对</translation>
    </message>
    <message numerus="yes">
        <location line="+92"/>
        <source>Renew selecte&amp;d (%n)…</source>
        <extracomment>renews the selected rows together; %n how many are selected</extracomment>
        <translation>
            <numerusform>续订所选产品（%n）(&amp;D)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Renew the %n selected product(s)</source>
        <translation>
            <numerusform>续订所选的 %n 个产品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>%n product(s) so far…</source>
        <extracomment>while the list loads; %n purchased products so far</extracomment>
        <translation>
            <numerusform>目前已加载 %n 个产品…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 个产品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %n product(s)</source>
        <extracomment>%1 products shown by the filter, %n all purchased products</extracomment>
        <translation>
            <numerusform>显示 %1 个，共 %n 个产品</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The list is incomplete. Missing: %1.</source>
        <extracomment>%1 a list of products (and pages) that could not be loaded</extracomment>
        <translation>列表不完整。缺少：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No purchased product matches the filter.</source>
        <translation>没有与筛选条件匹配的已购产品。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>purchased-products-%1.csv</source>
        <extracomment>default file name of the purchased products CSV export; %1 today&apos;s date</extracomment>
        <translation>已购产品-%1.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export purchased products as CSV</source>
        <translation>将已购产品导出为 CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Exported %n product(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个产品导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaseWizard</name>
    <message>
        <location filename="../ui/PurchaseWizard.cpp" line="+21"/>
        <source>New purchase</source>
        <translation>新建购买</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Next &gt;</source>
        <extracomment>wizard buttons; &amp; marks the keyboard shortcut</extracomment>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place order</source>
        <translation>下单(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New purchase</source>
        <translation>新建购买(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ReceiptCsvExporter</name>
    <message>
        <location filename="../app/order/ReceiptCsvExporter.cpp" line="+21"/>
        <source>Date (local time)</source>
        <extracomment>CSV column headers; the file is read by people reconciling their books</extracomment>
        <translation>日期（本地时间）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date (UTC)</source>
        <translation>日期（UTC）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order type</source>
        <extracomment>column: what the order did (New purchase, Renewal, Switch plan…)</extracomment>
        <translation>订单类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product ID</source>
        <translation>产品 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device serial number</source>
        <translation>设备序列号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Existing product</source>
        <extracomment>column: the number of the existing product an order renewed, extended…</extracomment>
        <translation>现有产品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For</source>
        <extracomment>column: whom the order was for (the user&apos;s own account or a customer)</extracomment>
        <translation>购买对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner ID</source>
        <translation>合作伙伴 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing contact</source>
        <translation>账单联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing contact ID</source>
        <translation>账单联系人 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PO number</source>
        <translation>采购单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order ID</source>
        <translation>订单 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status last checked</source>
        <translation>状态上次查询时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction number</source>
        <translation>交易号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance ID</source>
        <translation>实例 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Myself</source>
        <translation>自己</translation>
    </message>
</context>
<context>
    <name>ReceiptDetailPane</name>
    <message>
        <location filename="../ui/ReceiptDetailPane.cpp" line="+20"/>
        <source>Select a receipt to see it in full.</source>
        <translation>选择一张收据以查看完整内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh &amp;status</source>
        <translation>刷新状态(&amp;S)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ask the Partner Portal for this order&apos;s current status</source>
        <translation>向 Partner Portal 查询此订单的当前状态</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>unknown</source>
        <extracomment>order status when the portal never said; the others are the portal&apos;s own words (pending, succeed…)</extracomment>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>last checked with the portal %1</source>
        <extracomment>%1 date and time; follows &quot;Status: pending · &quot;</extracomment>
        <translation>上次向门户查询：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not checked since the order was placed</source>
        <extracomment>follows &quot;Status: pending · &quot;</extracomment>
        <translation>下单后尚未查询</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Status: %1&lt;/b&gt;</source>
        <extracomment>%1 the order status, e.g. pending; %2 e.g. &quot;last checked with the portal 3/1/25 9:30&quot;</extracomment>
        <translation>&lt;b&gt;状态：%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Status: %1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;状态：%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asking the Partner Portal…</source>
        <translation>正在查询 Partner Portal…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The portal says: %1.</source>
        <extracomment>%1 the order status as the portal names it, e.g. pending, succeed</extracomment>
        <translation>门户返回的状态：%1。</translation>
    </message>
</context>
<context>
    <name>ReceiptDocument</name>
    <message>
        <location filename="../ui/ReceiptDocument.cpp" line="+25"/>
        <source>Partner Purchase %1 · %2 · printed %3</source>
        <extracomment>footer of a printed receipt: app name and version, when it was printed</extracomment>
        <translation>Partner Purchase %1 · %2 · 打印于 %3</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 · page %2 of %3</source>
        <extracomment>%1 the footer, %2 page number, %3 page count</extracomment>
        <translation>%1 · 第 %2 页，共 %3 页</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+17"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Order receipt %1</source>
        <translation>订单收据 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>ReceiptFormatter</name>
    <message>
        <location filename="../app/order/ReceiptFormatter.cpp" line="+18"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order ID</source>
        <translation>订单 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <extracomment>field label: when the order was placed</extracomment>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+130"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+133"/>
        <source>For</source>
        <extracomment>field label: whom the order is for (the user&apos;s own account or a customer)</extracomment>
        <translation>购买对象</translation>
    </message>
    <message>
        <location line="-132"/>
        <location line="+133"/>
        <source>Billing contact</source>
        <translation>账单联系人</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Transaction number</source>
        <translation>交易号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance ID</source>
        <translation>实例 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product number</source>
        <translation>产品编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+130"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+120"/>
        <source>Device serial number</source>
        <translation>设备序列号</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+119"/>
        <source>Existing product</source>
        <extracomment>field label: the number of the existing product an order renewed, extended…
----------
field label: the number of the existing product an order renews, extends…</extracomment>
        <translation>现有产品</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+113"/>
        <source>Order type</source>
        <extracomment>field label: what the order did (new purchase, renewal, switch plan…)
----------
field label: what the order does (new purchase, renewal, switch plan…)</extracomment>
        <translation>订单类型</translation>
    </message>
    <message>
        <location line="-111"/>
        <location line="+119"/>
        <source>Your PO number</source>
        <translation>您的采购单号</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Plan</source>
        <extracomment>kind of a bought item: a plan (subscription tier) or an add-on service</extracomment>
        <translation>套餐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 × %L3 (%4)</source>
        <extracomment>one bought item: kind, name, quantity, billing; e.g. &quot;Plan: Turnkey × 100 (billed annually)&quot;</extracomment>
        <translation>%1：%2 × %L3（%4）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Myself (my own partner account)</source>
        <translation>自己（我的合作伙伴账户）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (partner ID %2)</source>
        <extracomment>a customer&apos;s name and their partner ID</extracomment>
        <translation>%1（合作伙伴 ID：%2）</translation>
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
        <translation>按年计费</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>billed monthly</source>
        <translation>按月计费</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>billed once</source>
        <translation>一次性计费</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>billed: %1</source>
        <extracomment>%1 a billing cycle this app does not know, as the portal names it</extracomment>
        <translation>计费方式：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1, %n period(s) in advance</source>
        <extracomment>%1 is e.g. &quot;billed annually&quot;; %n the number of billing periods paid in advance</extracomment>
        <translation>
            <numerusform>%1，预付 %n 个周期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The order is complete.</source>
        <translation>订单已完成。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The order is waiting for payment. Pay it in the Partner Portal under Orders and Billing &gt; Orders.</source>
        <extracomment>&quot;Orders and Billing &gt; Orders&quot; is the Partner Portal&apos;s menu path, in the portal&apos;s own words</extracomment>
        <translation>订单待付款。请在 Partner Portal 的 Orders and Billing &gt; Orders 中付款。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The order failed. Nothing was bought; check the order in the Partner Portal.</source>
        <translation>订单失败，未购买任何内容；请在 Partner Portal 中查看该订单。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order was cancelled.</source>
        <translation>订单已取消。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order was refunded.</source>
        <translation>订单已退款。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal marked the order as invalid.</source>
        <translation>门户已将该订单标记为无效。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this order in the Partner Portal.</source>
        <translation>请在 Partner Portal 中查看此订单。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Partner Purchase — order receipt</source>
        <translation>Partner Purchase — 订单收据</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Items:</source>
        <translation>项目：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Order receipt</source>
        <translation>订单收据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was bought</source>
        <translation>购买内容</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>You are ordering:</source>
        <translation>您将订购：</translation>
    </message>
</context>
<context>
    <name>ReceiptHistoryModel</name>
    <message>
        <location filename="../app/models/ReceiptHistoryModel.cpp" line="+55"/>
        <source>Myself</source>
        <translation>自己</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown</source>
        <extracomment>order status column when the portal never said</extracomment>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The status has not been checked with the portal since the order was placed.</source>
        <translation>下单后尚未向门户查询过状态。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Date</source>
        <extracomment>column: when the order was placed</extracomment>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For</source>
        <extracomment>column: the customer the order was for</extracomment>
        <translation>购买对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing contact</source>
        <translation>账单联系人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last checked</source>
        <extracomment>column: when the status was last asked from the portal</extracomment>
        <translation>上次查询</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
</context>
<context>
    <name>ReceiptHistoryWindow</name>
    <message>
        <location filename="../ui/ReceiptHistoryWindow.cpp" line="+41"/>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>Receipts</source>
        <translation>收据</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Search by date, product, customer, order number, status…</source>
        <translation>按日期、产品、客户、订单号、状态搜索…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search receipts</source>
        <translation>搜索收据</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the receipts in view as a CSV file for your books</source>
        <translation>将当前显示的收据保存为 CSV 文件，便于记账</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>receipts-%1.csv</source>
        <extracomment>default file name of the CSV export; %1 today&apos;s date</extracomment>
        <translation>收据-%1.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export receipts as CSV</source>
        <translation>将收据导出为 CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Exported %n receipt(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 张收据导出到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n receipt(s)</source>
        <translation>
            <numerusform>%n 张收据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n receipt(s)</source>
        <translation>
            <numerusform>显示 %1 张，共 %n 张收据</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No receipts yet. The orders you place with this app under this account are listed here.</source>
        <translation>暂无收据。您使用此账户通过本应用下的订单会显示在这里。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No receipt matches “%1”.</source>
        <translation>没有与“%1”匹配的收据。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The receipt file could not be read: %1.</source>
        <translation>无法读取收据文件：%1。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n damaged receipt(s) in the file could not be read.</source>
        <translation>
            <numerusform>文件中有 %n 张收据已损坏，无法读取。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n receipt(s) were restored from the backup copy.</source>
        <translation>
            <numerusform>已从备份副本恢复 %n 张收据。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <location filename="../ui/ReceiptPage.cpp" line="+19"/>
        <source>Order placed</source>
        <translation>已下单</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Order %1. %2</source>
        <extracomment>%1 order number, %2 what its status means</extracomment>
        <translation>订单 %1。%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The receipt could not be saved on this computer (%1). Save it as PDF or copy it now.</source>
        <translation>无法在本机保存收据（%1）。请立即将其另存为 PDF 或复制。</translation>
    </message>
</context>
<context>
    <name>ReceiptStatusRefresher</name>
    <message>
        <location filename="../app/order/ReceiptStatusRefresher.cpp" line="+60"/>
        <source>The portal&apos;s answer did not include the order&apos;s status.</source>
        <translation>门户的响应中没有订单状态。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request ID: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The new status could not be saved: %1</source>
        <translation>无法保存新状态：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The receipt is no longer in the history.</source>
        <translation>该收据已不在历史记录中。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The check was abandoned: another account&apos;s receipts are open.</source>
        <translation>查询已中止：当前打开的是另一个账户的收据。</translation>
    </message>
</context>
<context>
    <name>ReceiptStore</name>
    <message>
        <location filename="../app/order/ReceiptStore.cpp" line="+73"/>
        <location line="+170"/>
        <source>Could not create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <location filename="../ui/ReceiptView.cpp" line="+24"/>
        <source>&amp;Copy as text</source>
        <translation>复制为文本(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order receipt</source>
        <translation>订单收据</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The receipt was copied to the clipboard.</source>
        <translation>收据已复制到剪贴板。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the receipt as PDF</source>
        <translation>将收据另存为 PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The receipt was sent to the printer.</source>
        <translation>收据已发送到打印机。</translation>
    </message>
</context>
<context>
    <name>RecipientPage</name>
    <message>
        <location filename="../ui/RecipientPage.cpp" line="+34"/>
        <source>For &amp;myself (my own partner account)</source>
        <translation>为自己购买（我的合作伙伴账户）(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a &amp;customer (subordinate user):</source>
        <translation>为客户购买（下级用户）(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer:</source>
        <extracomment>label of the field where a customer is typed and chosen</extracomment>
        <translation>客户：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For &amp;several customers: the same package for each, one order each</source>
        <translation>为多位客户购买：每位客户相同的套餐，各一个订单(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose cust&amp;omers…</source>
        <translation>选择客户(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading your customers…</source>
        <translation>正在加载客户…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have no customers (subordinate users) in the Partner Portal, so you can only buy for yourself.</source>
        <translation>您在 Partner Portal 中没有客户（下级用户），因此只能为自己购买。</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>For whom?</source>
        <translation>为谁购买？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy for your own account or assign the purchase to one of your customers.</source>
        <translation>为您自己的账户购买，或将此次购买分配给您的某个客户。</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+14"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Type part of the company, name or e-mail to filter</source>
        <translation>输入公司、姓名或电子邮件的一部分进行筛选</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type a company, name or e-mail…</source>
        <translation>输入公司、姓名或电子邮件…</translation>
    </message>
    <message numerus="yes">
        <location line="+96"/>
        <source>%n customers chosen</source>
        <translation>
            <numerusform>已选择 %n 位客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="+42"/>
        <location line="+129"/>
        <source>I &amp;understand that this places a paid order with Yeastar.</source>
        <translation>我了解此操作将向 Yeastar 提交付费订单(&amp;U)。</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>The order is being sent to the Partner Portal. Until its answer arrives you cannot go back, start over or quit.</source>
        <translation>正在向 Partner Portal 发送订单。在收到回复之前，您无法返回、重新开始或退出。</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Review and place the order</source>
        <translation>核对并下单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check everything below. The order is placed when you press Place order.</source>
        <extracomment>&quot;Place order&quot; is the wizard button (PurchaseWizard &quot;&amp;Place order&quot;): use the same words</extracomment>
        <translation>请核对以下所有信息。点击“下单”后即提交订单。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Orders of the batch</source>
        <translation>批次中的订单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>#</source>
        <extracomment>columns of the list of orders in a batch</extracomment>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner ID</source>
        <translation>合作伙伴 ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Terms</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+111"/>
        <source>Show the exact request</source>
        <extracomment>shows the JSON body that will be sent to the portal</extracomment>
        <translation>显示完整请求</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>The exact JSON body that will be sent</source>
        <translation>将要发送的完整 JSON 请求体</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Placing the order…</source>
        <translation>正在下单…</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>&amp;Place order</source>
        <translation>下单(&amp;P)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>I &amp;understand that this requests a free trial from Yeastar.</source>
        <translation>我已了解这将向 Yeastar 申请免费试用(&amp;U)。</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Renewal terms of %1, selected in the list:</source>
        <extracomment>above the portal&apos;s renewal terms of the order selected in the list; %1 the product (and its customer)</extracomment>
        <translation>列表中所选的 %1 的续费条款：</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>Not renewed (%n):</source>
        <extracomment>heading above the products of a bulk renewal that are left out, each with its reason</extracomment>
        <translation>
            <numerusform>未续订（%n）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n renewals, one for each product below, each with its current plan, services and quantities:</source>
        <translation>
            <numerusform>%n 项续订，下列每个产品一项，各自保留当前套餐、服务和数量：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n orders, one for each customer below, each with this package:</source>
        <translation>
            <numerusform>%n 个订单，下方每位客户各一个，均为此套餐：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n customers, one order each</source>
        <translation>
            <numerusform>%n 位客户，各一个订单</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Show the exact request of the selected order</source>
        <extracomment>shows the JSON body of the order selected in the list above</extracomment>
        <translation>显示所选订单的确切请求</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&amp;Place %n orders</source>
        <extracomment>the wizard&apos;s commit button for a batch; %n the number of orders</extracomment>
        <translation>
            <numerusform>提交 %n 个订单(&amp;P)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Check everything below. The orders are placed, one after another, when you press Place %n orders.</source>
        <extracomment>&quot;Place … orders&quot; is the wizard button (ReviewPage &quot;&amp;Place %n orders&quot;): use the same words</extracomment>
        <translation>
            <numerusform>请检查以下所有内容。按“提交 %n 个订单”后，订单将逐个提交。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The orders were not placed. %1</source>
        <extracomment>%1 why, in one or more sentences</extracomment>
        <translation>订单未提交。%1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The order was not placed. %1</source>
        <extracomment>%1 what went wrong and what to do, one or more sentences</extracomment>
        <translation>订单未提交。%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Terms of “%1”</source>
        <extracomment>heading above what the portal says about one plan or service of the order</extracomment>
        <translation>“%1”的条款</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asking the portal…</source>
        <translation>正在询问门户…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The terms could not be shown (%1). You can still place the order.</source>
        <extracomment>%1 what went wrong, in a few words</extracomment>
        <translation>无法显示条款（%1）。您仍然可以下单。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The portal gave no details.</source>
        <translation>门户未提供详细信息。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="+28"/>
        <source>&amp;Remember client secrets in the system keychain</source>
        <translation>在系统密钥环中记住客户端密钥(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Portal address for new accounts</source>
        <translation>新账户的门户地址</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Request timeout in seconds</source>
        <translation>请求超时时间（秒）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <extracomment>unit after the request timeout, in seconds (keep the leading space if your language uses one)</extracomment>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System language (%1)</source>
        <extracomment>first entry of the language list: use the operating system&apos;s language, %1 its name</extracomment>
        <translation>系统语言（%1）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new language is used the next time you start Partner Purchase.</source>
        <translation>新语言将在下次启动 Partner Purchase 时生效。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remember client secrets in the system keychain</source>
        <translation>在系统密钥环中记住客户端密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applies to the next sign-in. A secret that is already stored stays there until you sign out.</source>
        <translation>从下次登录起生效。已保存的密钥会一直保留，直到您退出登录。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Portal &amp;address for new accounts:</source>
        <translation>新账户的门户地址(&amp;A)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request &amp;timeout:</source>
        <translation>请求超时(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Use an https:// address. Plain http:// is only accepted for this computer (localhost, 127.0.0.1).</source>
        <translation>请使用 https:// 地址。只有本机（localhost、127.0.0.1）才可以使用未加密的 http://。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="+31"/>
        <source>Sho&amp;w</source>
        <extracomment>check box next to the client secret: show it in clear text</extracomment>
        <translation>显示(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remember the secret in the system keychain</source>
        <translation>在系统密钥环中记住密钥(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in to the Partner Portal</source>
        <translation>登录 Partner Portal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved account</source>
        <translation>已保存的账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New account</source>
        <translation>新账户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Portal address</source>
        <translation>门户地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client ID</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From System &gt; API in the Partner Portal</source>
        <extracomment>&quot;System &gt; API&quot; is the Partner Portal&apos;s menu path, in the portal&apos;s own words</extracomment>
        <translation>见 Partner Portal 的 System &gt; API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client secret</source>
        <translation>客户端密钥</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the client secret</source>
        <translation>显示客户端密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account label</source>
        <translation>账户名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Main reseller account</source>
        <extracomment>example of a name the user gives the account in this app</extracomment>
        <translation>例如：主经销商账户</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saved &amp;account:</source>
        <translation>已保存的账户(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portal a&amp;ddress:</source>
        <translation>门户地址(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;ID:</source>
        <translation>客户端 ID(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client s&amp;ecret:</source>
        <translation>客户端密钥(&amp;E)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Label:</source>
        <extracomment>a name for the account, shown in this app only</extracomment>
        <translation>名称(&amp;L)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter the API credentials from System &gt; API in the Yeastar Partner Portal. Ask your Yeastar account manager if API access is not enabled yet.</source>
        <extracomment>&quot;System &gt; API&quot; is the Partner Portal&apos;s menu path, in the portal&apos;s own words</extracomment>
        <translation>请输入 Yeastar Partner Portal 中 System &gt; API 下的 API 凭据。如果尚未开通 API 访问，请联系您的 Yeastar 客户经理。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No client secret is stored for this account. Enter it to sign in.</source>
        <translation>此账户没有保存客户端密钥，请输入密钥以登录。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unlock it when it asks, or enter the client secret to sign in without it.</source>
        <translation>请在它提示时解锁，或者输入客户端密钥，不使用它直接登录。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Leave empty to use the secret saved in the keychain</source>
        <translation>留空则使用密钥环中保存的密钥</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Enter the client ID.</source>
        <translation>请输入客户端 ID。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the client secret.</source>
        <translation>请输入客户端密钥。</translation>
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
合作伙伴 ID：%3</translation>
    </message>
</context>
<context>
    <name>TermsFormatter</name>
    <message>
        <location filename="../app/order/TermsFormatter.cpp" line="+20"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List price</source>
        <translation>标价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discounted price</source>
        <translation>折扣价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing cycle</source>
        <translation>计费周期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Billing periods</source>
        <extracomment>billing periods paid in advance</extracomment>
        <translation>计费期数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing model</source>
        <translation>计费模式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum quantity</source>
        <translation>最小数量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum quantity</source>
        <translation>最大数量</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(nested too deep to show)</source>
        <translation>（嵌套过深，无法显示）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+49"/>
        <source>Try “%1 --help” for the options.</source>
        <translation>运行“%1 --help”查看可用选项。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Buy Yeastar Partner Portal subscriptions for yourself and your customers.</source>
        <translation>为自己和客户购买 Yeastar Partner Portal 订阅。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the built-in practice portal: nothing real is bought.</source>
        <translation>使用内置的练习门户：不会进行真实购买。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner Portal API address (https://…).</source>
        <translation>Partner Portal 的 API 地址（https://…）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interface language: %1. Overrides the settings and the system language for this run.</source>
        <extracomment>%1 is the list of language codes, e.g. &quot;en, de, zh_CN&quot;</extracomment>
        <translation>界面语言：%1。本次运行时优先于设置和系统语言。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unexpected argument “%1”.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unknown language “%1”. Available languages: %2.</source>
        <extracomment>%1 the code the user typed, %2 the list of available codes, e.g. &quot;en, de, zh_CN&quot;</extracomment>
        <translation>未知语言“%1”。可用语言：%2。</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>The practice portal could not start on 127.0.0.1.</source>
        <translation>无法在 127.0.0.1 上启动练习门户。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Practice account</source>
        <translation>练习账户</translation>
    </message>
</context>
</TS>
