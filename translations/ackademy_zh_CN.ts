<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BuiltinScenario</name>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="+26"/>
        <source>The three-way handshake</source>
        <comment>title of handshake</comment>
        <translation>三次握手</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host B listens; host A opens the connection. A sends SYN with its initial sequence number, B answers SYN,ACK with its own ISN and acknowledges A&apos;s ISN + 1, and A acknowledges B&apos;s ISN + 1. Three segments, and both sides are ESTABLISHED: each SYN consumes one sequence number, the final ACK consumes none (RFC 9293 Figure 6).</source>
        <comment>description of handshake</comment>
        <translation>主机 B 处于监听状态，主机 A 发起连接。A 发送携带其初始序号的 SYN；B 以 SYN,ACK 应答，其中带有 B 自己的 ISN，并确认 A 的 ISN + 1；最后 A 确认 B 的 ISN + 1。共三个报文段，双方都进入 ESTABLISHED：每个 SYN 消耗一个序号，最后的 ACK 不消耗序号（RFC 9293 Figure 6）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A whole connection: open, exchange data, close</source>
        <comment>title of handshake-data-close</comment>
        <translation>完整的连接：建立、交换数据、释放</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The life of a connection in one picture. After the handshake A sends a request and B a reply; each side acknowledges the other&apos;s bytes by the next sequence number it expects. Then A closes: its FIN is acknowledged, B closes in turn, and A waits in TIME-WAIT for 2 MSL before the connection is gone (RFC 9293 Figure 12).</source>
        <comment>description of handshake-data-close</comment>
        <translation>一张图看完一个连接的一生。握手之后，A 发送请求，B 返回应答；每一方都用它期望收到的下一个序号来确认对方的字节。随后 A 关闭连接：它的 FIN 得到确认，B 也随之关闭，A 在 TIME-WAIT 状态等待 2 MSL 后，连接才彻底消失（RFC 9293 Figure 12）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first SYN is lost</source>
        <comment>title of syn-lost</comment>
        <translation>第一个 SYN 丢失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&apos;s SYN never reaches B. Nothing comes back, so A&apos;s retransmission timer expires after the initial RTO (1 s in RFC 6298) and A sends the SYN again with the same initial sequence number. The second SYN gets through and the handshake completes one RTO late.</source>
        <comment>description of syn-lost</comment>
        <translation>A 的 SYN 没有到达 B。由于收不到任何应答，A 的重传计时器在初始 RTO（RFC 6298 中为 1 s）后超时，A 用相同的初始序号再次发送 SYN。第二个 SYN 顺利到达，握手晚了一个 RTO 完成。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The SYN,ACK is lost</source>
        <comment>title of synack-lost</comment>
        <translation>SYN,ACK 丢失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B answers A&apos;s SYN, but the SYN,ACK is lost. Both sides now wait: B in SYN-RECEIVED, A in SYN-SENT. Each retransmits when its own timer expires, with the same ISN as before; whichever retransmission arrives first lets the handshake finish.</source>
        <comment>description of synack-lost</comment>
        <translation>B 应答了 A 的 SYN，但 SYN,ACK 丢失了。双方都在等待：B 处于 SYN-RECEIVED，A 处于 SYN-SENT。各自的计时器超时后各自重传，使用与之前相同的 ISN；哪一方的重传先到达，就由它完成握手。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last ACK of the handshake is lost</source>
        <comment>title of ack-lost</comment>
        <translation>握手的最后一个 ACK 丢失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A is ESTABLISHED as soon as it sends the third segment, but that ACK is lost and B stays in SYN-RECEIVED. B&apos;s timer expires and it retransmits its SYN,ACK; A sees an old, already-acknowledged segment and answers with an ACK, which finally moves B to ESTABLISHED.</source>
        <comment>description of ack-lost</comment>
        <translation>A 一发出第三个报文段就进入 ESTABLISHED，但这个 ACK 丢失了，B 仍停留在 SYN-RECEIVED。B 的计时器超时后重传 SYN,ACK；A 看到一个已经确认过的旧报文段，便再回复一个 ACK，这才使 B 进入 ESTABLISHED。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody answers: the connection attempt times out</source>
        <comment>title of syn-timeout</comment>
        <translation>无人应答：连接尝试超时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every SYN A sends is lost. A retransmits with the same ISN, doubling the timeout each time (exponential backoff), until it reaches its retry limit and gives up: the application is told the connection timed out. Compare the rfc and linux profiles: they differ in the initial timeout and in the number of retries.</source>
        <comment>description of syn-timeout</comment>
        <translation>A 发送的每个 SYN 都丢失了。A 用相同的 ISN 重传，每次将超时时间加倍（指数退避），直到达到重试次数上限后放弃：应用程序得到连接超时的通知。请比较 rfc 和 linux 两种配置：它们的初始超时时间和重试次数不同。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connection refused: nobody listens on the port</source>
        <comment>title of port-closed</comment>
        <translation>连接被拒绝：端口上无人监听</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B is up, but no application listens on port 7788. B&apos;s TCP answers A&apos;s SYN with a reset: RST,ACK with sequence number 0 and an acknowledgment of A&apos;s ISN + 1, so that A can tell the reset belongs to its SYN. A goes straight back to CLOSED and the application is told the connection was refused (RFC 9293 calls it &apos;connection reset&apos;).</source>
        <comment>description of port-closed</comment>
        <translation>B 在运行，但没有应用程序在端口 7788 上监听。B 的 TCP 用一个复位报文段应答 A 的 SYN：RST,ACK，序号为 0，确认号为 A 的 ISN + 1，这样 A 就能判断该复位是针对它的 SYN 的。A 直接回到 CLOSED，应用程序得到连接被拒绝的通知（RFC 9293 称之为 &apos;connection reset&apos;）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Simultaneous open: both sides connect at once</source>
        <comment>title of simultaneous-open</comment>
        <translation>同时打开：双方同时发起连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A and B both actively open a connection to each other at the same moment, so their SYNs cross in the network. Each receives a SYN while in SYN-SENT, moves to SYN-RECEIVED and answers with SYN,ACK; each SYN,ACK completes the handshake for its receiver. Each side then acknowledges the other&apos;s SYN,ACK: six segments instead of three, and a single connection (RFC 9293 Figure 7).</source>
        <comment>description of simultaneous-open</comment>
        <translation>A 和 B 在同一时刻都主动向对方打开连接，因此它们的 SYN 在网络中交叉而过。每一方都在 SYN-SENT 状态收到 SYN，进入 SYN-RECEIVED 并以 SYN,ACK 应答；每个 SYN,ACK 都为其接收方完成握手。随后每一方再确认对方的 SYN,ACK：共六个报文段而不是三个，最终只建立一个连接（RFC 9293 Figure 7）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Simultaneous close: the FINs cross</source>
        <comment>title of simultaneous-close</comment>
        <translation>同时关闭：两个 FIN 交叉而过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both applications close at the same moment, so the two FINs cross. Each side receives a FIN while in FIN-WAIT-1, acknowledges it and moves to CLOSING; when its own FIN is acknowledged it enters TIME-WAIT. Both sides end up waiting 2 MSL (RFC 9293 Figure 13).</source>
        <comment>description of simultaneous-close</comment>
        <translation>两端的应用程序在同一时刻关闭连接，因此两个 FIN 交叉而过。每一方都在 FIN-WAIT-1 状态收到 FIN，对其进行确认并进入 CLOSING；当自己的 FIN 得到确认后进入 TIME-WAIT。最终双方都要等待 2 MSL（RFC 9293 Figure 13）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An old duplicate SYN arrives</source>
        <comment>title of old-duplicate-syn</comment>
        <translation>一个旧的重复 SYN 到达</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A SYN from A&apos;s previous incarnation (sequence number ISN - 100) was held up in the network; A has since crashed and is connecting again. The old SYN reaches B first and B answers it. A, in SYN-SENT, sees a SYN,ACK that does not acknowledge its own SYN and answers with a reset whose sequence number is that unacceptable acknowledgment number. B returns to LISTEN, and when A&apos;s real SYN arrives the handshake proceeds normally. (In Figure 8 the real SYN is merely slow; our link delivers segments in order, so here it is lost and its retransmission plays that part.) This is why TCP uses a three-way handshake (RFC 9293 Figure 8).</source>
        <comment>description of old-duplicate-syn</comment>
        <translation>A 的上一个连接实例发出的一个 SYN（序号为 ISN - 100）在网络中滞留；此后 A 崩溃并重新发起连接。这个旧 SYN 先到达 B，B 对它作出应答。处于 SYN-SENT 的 A 收到一个并不确认自己 SYN 的 SYN,ACK，于是回复一个复位报文段，其序号就是那个不可接受的确认号。B 回到 LISTEN，当 A 真正的 SYN 到达时，握手正常进行。（在 Figure 8 中，真正的 SYN 只是到得较晚；我们的链路按序交付报文段，所以这里让它丢失，由它的重传来扮演这个角色。）这正是 TCP 使用三次握手的原因（RFC 9293 Figure 8）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Half-open connection: A crashes and reconnects</source>
        <comment>title of half-open</comment>
        <translation>半开连接：A 崩溃后重新连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A and B are connected when A crashes and loses all memory of the connection; B still believes it is ESTABLISHED. When A opens a new connection from the same port, B answers the unexpected SYN with an ACK for the data it expects. That ACK makes no sense to A, which answers with a reset; the reset tells B the old connection is dead and B aborts it (RFC 9293 Figure 9).</source>
        <comment>description of half-open</comment>
        <translation>A 和 B 已建立连接，这时 A 崩溃，丢失了关于该连接的全部信息；B 仍认为连接处于 ESTABLISHED。当 A 从同一端口发起新连接时，B 对这个意外的 SYN 回复一个 ACK，确认它所期望的数据。这个 ACK 对 A 来说毫无意义，A 便回复一个复位报文段；复位告诉 B 旧连接已经失效，B 随即异常终止该连接（RFC 9293 Figure 9）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Half-open connection: B sends to a crashed A</source>
        <comment>title of half-open-data</comment>
        <translation>半开连接：B 向已崩溃的 A 发送数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A crashes while connected and forgets the connection. B does not know and sends data. The segment arrives at a host with no matching connection, so A&apos;s TCP answers with a reset, and B aborts its half of the connection (RFC 9293 Figure 10).</source>
        <comment>description of half-open-data</comment>
        <translation>A 在连接期间崩溃，忘记了该连接。B 并不知情，继续发送数据。报文段到达一个没有匹配连接的主机，于是 A 的 TCP 用一个复位报文段应答，B 异常终止它这一端的连接（RFC 9293 Figure 10）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why TIME-WAIT exists: the last ACK is lost</source>
        <comment>title of fin-lost-time-wait</comment>
        <translation>为什么需要 TIME-WAIT：最后一个 ACK 丢失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A closes first, B closes in turn, and A acknowledges B&apos;s FIN and enters TIME-WAIT. That last ACK is lost, so B, in LAST-ACK, retransmits its FIN. Because A is still in TIME-WAIT it can acknowledge the FIN again (and restarts its 2 MSL timer). Without TIME-WAIT, A would have answered with a reset and B would report an error for a connection that closed cleanly.</source>
        <comment>description of fin-lost-time-wait</comment>
        <translation>A 先关闭，B 随后关闭，A 确认 B 的 FIN 并进入 TIME-WAIT。这个最后的 ACK 丢失了，于是处于 LAST-ACK 的 B 重传它的 FIN。由于 A 仍处于 TIME-WAIT，它可以再次确认这个 FIN（并重新启动 2 MSL 计时器）。如果没有 TIME-WAIT，A 就会用复位报文段应答，而 B 会为一个已正常关闭的连接报告错误。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Abort: closing with a reset</source>
        <comment>title of abort-rst</comment>
        <translation>异常终止：用复位关闭连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instead of the polite FIN exchange, A&apos;s application aborts the connection. A sends a single RST and forgets the connection at once; B accepts the reset because its sequence number is in the window, drops the connection and tells its application &apos;connection reset by peer&apos;. Nothing is acknowledged and there is no TIME-WAIT.</source>
        <comment>description of abort-rst</comment>
        <translation>A 的应用程序没有走礼貌的 FIN 交换，而是直接异常终止连接。A 只发送一个 RST，并立即忘记该连接；B 接受这个复位，因为它的序号落在窗口内，于是 B 撤销该连接，并告诉其应用程序“连接被对方重置”（connection reset by peer）。没有任何确认，也没有 TIME-WAIT。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A lost data segment is retransmitted on timeout</source>
        <comment>title of data-loss-rto</comment>
        <translation>丢失的数据报文段超时后重传</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sends three full-sized segments and the first is lost. (Under the linux profile every segment carries 12 bytes of timestamps, so 4380 bytes make three 1448-byte segments and a 36-byte tail that Nagle holds back until the data is acknowledged.) B receives the second and third out of order, keeps them, and each time acknowledges again the first byte it is still missing: duplicate ACKs. Two duplicates are not enough for fast retransmit, so A waits for its retransmission timer, resends the missing segment, and a single cumulative ACK then covers all three (RFC 6298).</source>
        <comment>description of data-loss-rto</comment>
        <translation>A 发送三个满长度的报文段，第一个丢失了。（在 linux 配置下，每个报文段都携带 12 字节的时间戳，因此 4380 字节分成三个 1448 字节的报文段和一个 36 字节的尾部，Nagle 算法会扣住这个尾部，直到数据得到确认。）B 失序收到第二个和第三个报文段，把它们保存下来，并且每次都再次确认它仍缺少的第一个字节：这就是重复确认。两个重复确认还不足以触发快重传，因此 A 等待重传计时器超时，重发丢失的报文段，随后一个累积确认就覆盖了全部三个报文段（RFC 6298）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fast retransmit after three duplicate ACKs</source>
        <comment>title of fast-retransmit</comment>
        <translation>收到三个重复确认后快重传</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sends a stream of data and one segment is lost. Each later segment that reaches B produces a duplicate ACK for the missing byte. After the third duplicate ACK, A does not wait for its timer: it retransmits the missing segment at once and halves its congestion window (fast retransmit and fast recovery, RFC 5681).</source>
        <comment>description of fast-retransmit</comment>
        <translation>A 发送一串数据，其中一个报文段丢失。此后每个到达 B 的报文段都会产生一个针对缺失字节的重复确认。收到第三个重复确认后，A 不再等待计时器：它立即重传丢失的报文段，并把拥塞窗口减半（快重传和快恢复，RFC 5681）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Flow control: the receive window closes</source>
        <comment>title of zero-window</comment>
        <translation>流量控制：接收窗口关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B&apos;s application stops reading, so received data piles up in B&apos;s buffer and the window B advertises shrinks, segment by segment, to zero. A must stop sending; when it has more to send it probes the closed window with its persist timer (one byte, backing off), so that it notices when space opens. When B&apos;s application reads again, B announces the open window and the transfer resumes.</source>
        <comment>description of zero-window</comment>
        <translation>B 的应用程序停止读取，于是收到的数据在 B 的缓存中不断堆积，B 通告的窗口一个报文段接一个报文段地缩小，直至为零。A 必须停止发送；当它还有数据要发送时，就借助持续计时器对关闭的窗口进行探测（每次一个字节，并逐次退避），以便发现窗口何时重新打开。当 B 的应用程序重新开始读取时，B 通告打开的窗口，传输随之恢复。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bulk transfer over a lossy link</source>
        <comment>title of lossy-link</comment>
        <translation>有损链路上的大量数据传输</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sends 50 kB over a link that loses one segment in five in each direction. Watch TCP keep the byte stream intact: duplicate ACKs, fast retransmits, retransmission timeouts with backoff, and a congestion window that keeps shrinking. Change the seed to see a different pattern of losses.</source>
        <comment>description of lossy-link</comment>
        <translation>A 通过一条每个方向都会丢失五分之一报文段的链路发送 50 kB 数据。观察 TCP 如何保持字节流完整：重复确认、快重传、带退避的超时重传，以及不断缩小的拥塞窗口。更换随机种子，可以看到不同的丢失模式。</translation>
    </message>
</context>
<context>
    <name>CwndPlot</name>
    <message>
        <location filename="../ui/panels/cwnd_plot.cpp" line="+104"/>
        <source>No data is sent in this scenario, so the congestion window never changes.
Choose a scenario with data (for example fast-retransmit) to see cwnd and ssthresh.</source>
        <translation>本场景不发送数据，因此拥塞窗口始终不变。
请选择一个有数据传输的场景（例如 fast-retransmit）来查看 cwnd 和 ssthresh。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>time (s)</source>
        <translation>时间（s）</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Host %1 sends: segments of %2 bytes</source>
        <translation>主机 %1 发送（报文段 %2 字节）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host %1 sends (bytes)</source>
        <translation>主机 %1 发送（字节）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cwnd</source>
        <translation>cwnd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ssthresh</source>
        <translation>ssthresh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in flight</source>
        <translation>在途</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at the playhead: cwnd %1, ssthresh %2</source>
        <translation>播放头：cwnd %1，ssthresh %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+99"/>
        <source>unlimited</source>
        <translation>无限制</translation>
    </message>
</context>
<context>
    <name>DiagramExport</name>
    <message>
        <location filename="../ui/diagram/diagram_export.cpp" line="+64"/>
        <source>Cannot export the diagram to “%1”: %2.</source>
        <translation>无法将图导出到“%1”：%2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown format, use a name ending in .png, .svg or .pdf</source>
        <translation>未知格式，请使用以 .png、.svg 或 .pdf 结尾的文件名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder “%1” does not exist</source>
        <translation>文件夹“%1”不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the picture could not be drawn</source>
        <translation>无法绘制图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP sequence diagram</source>
        <translation>TCP 时序图</translation>
    </message>
</context>
<context>
    <name>DiagramLayout</name>
    <message>
        <location filename="../ui/diagram/diagram_layout.cpp" line="+37"/>
        <source>Host %1</source>
        <translation>主机 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TIME-WAIT</source>
        <translation>TIME-WAIT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delayed ACK</source>
        <translation>延迟确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>persist</source>
        <translation>持续计时器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user timeout</source>
        <translation>用户超时</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>listen()</source>
        <translation>listen()</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connect()</source>
        <translation>connect()</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>send()</source>
        <translation>send()</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>close()</source>
        <translation>close()</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>abort()</source>
        <translation>abort()</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>crash</source>
        <translation>崩溃</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pause reading</source>
        <translation>暂停读取</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resume reading</source>
        <translation>恢复读取</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 s</source>
        <extracomment>A duration or time in seconds on the diagram, e.g. &quot;1.000 s&quot;</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>seq=%1 ack=%2</source>
        <extracomment>Label on a segment&apos;s arrow; seq and ack are the TCP header fields, keep them as they are</extracomment>
        <translation>seq=%1 ack=%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seq=%1</source>
        <extracomment>Label on a segment&apos;s arrow; seq is the TCP header field</extracomment>
        <translation>seq=%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>len=%1</source>
        <extracomment>Label on a segment&apos;s arrow: the number of data bytes (len as tcpdump prints it)</extracomment>
        <translation>len=%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>↻ retransmission #%1</source>
        <translation>↻ 第 %1 次重传</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>↻ retransmission</source>
        <translation>↻ 重传</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate copy made by the link</source>
        <translation>链路产生的重复副本</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>drop rule “%1”</source>
        <translation>丢弃规则“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>drop rule</source>
        <translation>丢弃规则</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>random loss</source>
        <translation>随机丢失</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>queue full</source>
        <translation>队列已满</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lost</source>
        <extracomment>Label beside a segment that the link dropped (the segment is lost in the network)</extracomment>
        <translation>丢失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lost: %1</source>
        <translation>丢失：%1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>TIME-WAIT %1</source>
        <translation>TIME-WAIT %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RTO %1 left</source>
        <translation>RTO 剩余 %1</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>%1 %2 (backoff %3) expired</source>
        <extracomment>Timer label on a lifeline: %1 the timer (RTO), %2 its length, %3 the backoff count</extracomment>
        <translation>%1 %2（退避 %3）超时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 (backoff %3)</source>
        <extracomment>Timer label on a lifeline: %1 the timer (RTO), %2 its length, %3 the backoff count</extracomment>
        <translation>%1 %2（退避 %3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 expired</source>
        <extracomment>Timer label on a lifeline: %1 the timer (RTO, persist, ...), %2 its length</extracomment>
        <translation>%1 %2 超时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2</source>
        <extracomment>Timer label on a lifeline: %1 the timer (TIME-WAIT, ...), %2 its length</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
</context>
<context>
    <name>DiagramRenderer</name>
    <message>
        <location filename="../ui/diagram/diagram_renderer.cpp" line="+141"/>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>%1 %2 left</source>
        <translation>%1 剩余 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIME-WAIT</source>
        <translation>TIME-WAIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timer</source>
        <translation>计时器</translation>
    </message>
</context>
<context>
    <name>StateDiagram</name>
    <message>
        <location filename="../ui/panels/state_diagram.cpp" line="+147"/>
        <source>passive OPEN</source>
        <translation>被动打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create TCB</source>
        <translation>创建 TCB</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+12"/>
        <location line="+2"/>
        <location line="+7"/>
        <source>CLOSE</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+4"/>
        <location line="+27"/>
        <source>delete TCB</source>
        <translation>删除 TCB</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>active OPEN</source>
        <translation>主动打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>snd SYN</source>
        <translation>发送 SYN</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>rcv SYN</source>
        <translation>收到 SYN</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>snd SYN,ACK</source>
        <translation>发送 SYN,ACK</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>rcv RST</source>
        <translation>收到 RST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SEND</source>
        <translation>发送数据</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rcv ACK of SYN</source>
        <translation>收到 SYN 的 ACK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rcv SYN,ACK</source>
        <translation>收到 SYN,ACK</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+3"/>
        <location line="+4"/>
        <source>snd ACK</source>
        <translation>发送 ACK</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+2"/>
        <location line="+7"/>
        <source>snd FIN</source>
        <translation>发送 FIN</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+3"/>
        <location line="+4"/>
        <source>rcv FIN</source>
        <translation>收到 FIN</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+7"/>
        <location line="+1"/>
        <source>rcv ACK of FIN</source>
        <translation>收到 FIN 的 ACK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout=2MSL</source>
        <translation>超时=2MSL</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Host %1: %2</source>
        <translation>主机 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an arrow of RFC 9293 Figure 5</source>
        <translation>不是 RFC 9293 Figure 5 中的箭头</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1: %2 → %3   %4 (rule %5)</source>
        <extracomment>Caption: %1 host letter, %2 %3 RFC state names, %4 the arrow&apos;s event / action, %5 a rule ID</extracomment>
        <translation>主机 %1：%2 → %3   %4（规则 %5）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Host %1: %2 → %3   %4</source>
        <extracomment>Caption: %1 host letter, %2 %3 RFC state names (untranslated), %4 the arrow&apos;s event / action</extracomment>
        <translation>主机 %1：%2 → %3   %4</translation>
    </message>
</context>
<context>
    <name>ackademy::gui::CommandLine</name>
    <message>
        <location filename="../app/gui/command_line.cpp" line="+43"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>无法写入 %1：文件夹 %2 不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot write %1: the folder %2 is not writable</source>
        <translation>无法写入 %1：文件夹 %2 不可写</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write %1: it is a folder</source>
        <translation>无法写入 %1：它是一个文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot write %1: the file is not writable</source>
        <translation>无法写入 %1：文件不可写</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>unknown option &apos;%1&apos;; did you mean %2?</source>
        <translation>未知选项“%1”；您是否要找 %2？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown option &apos;%1&apos;; &apos;ackademy --help&apos; lists the options</source>
        <translation>未知选项“%1”；“ackademy --help”列出了所有选项</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 takes no value; expected %1 alone</source>
        <translation>%1 不带值；应单独写 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: no value given; expected %2</source>
        <translation>%1：未给出值；应为 %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ackademy: an interactive TCP simulator for the classroom.</source>
        <translation>Ackademy：用于课堂教学的交互式 TCP 模拟器。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP profile: rfc or linux.</source>
        <translation>TCP 配置：rfc 或 linux。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop a segment: N (the N-th on the wire) or [A|B:]FLAGS[#K], e.g. B:S. (repeatable).</source>
        <translation>丢弃一个报文段：N（线路上的第 N 个）或 [A|B:]FLAGS[#K]，例如 B:S.（可重复使用）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the playhead at T milliseconds.</source>
        <translation>将播放头置于 T 毫秒处。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the playhead on the N-th event.</source>
        <translation>将播放头置于第 N 个事件处。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Put the playhead at the end.</source>
        <translation>将播放头置于末尾。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour theme: light or dark.</source>
        <translation>配色主题：light 或 dark。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>THEME</source>
        <translation>THEME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window size, e.g. 1920x1080.</source>
        <translation>窗口大小，例如 1920x1080。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the whole window to FILE.png and exit.</source>
        <translation>将整个窗口写入 FILE.png 后退出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE.png</source>
        <translation>FILE.png</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the diagram to FILE (.png, .svg or .pdf) and exit.</source>
        <translation>将图写入 FILE（.png、.svg 或 .pdf）后退出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select the N-th segment on the wire (1-based), as a click on it does.</source>
        <translation>选中线路上的第 N 个报文段（从 1 开始计数），效果与单击它相同。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show this panel on top of its tab group: %1.</source>
        <translation>将此面板显示在其标签页组的最前面：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start in presentation mode (full screen unless --size is given).</source>
        <translation>以演示模式启动（除非给出 --size，否则全屏显示）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User interface language: %1 (default: the system&apos;s).</source>
        <translation>用户界面语言：%1（默认：跟随系统）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CODE</source>
        <translation>语言代码</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A built-in scenario name or a .json file (default: handshake).</source>
        <translation>内置场景名或 .json 文件（默认：handshake）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[SCENARIO]</source>
        <translation>[SCENARIO]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>N (the N-th segment on the wire) or [A|B:]FLAGS[#K], e.g. B:S.</source>
        <extracomment>What --drop expects, after &quot;expected&quot;</extracomment>
        <translation>N（线路上的第 N 个报文段）或 [A|B:]FLAGS[#K]，例如 B:S.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a time in milliseconds, 0 or more</source>
        <extracomment>What --at-ms expects, after &quot;expected&quot;</extracomment>
        <translation>以毫秒为单位的时间，不小于 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a whole number, 0 or more</source>
        <extracomment>What --step expects, after &quot;expected&quot;</extracomment>
        <translation>不小于 0 的整数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>light or dark</source>
        <extracomment>What --theme expects, after &quot;expected&quot;</extracomment>
        <translation>light 或 dark</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WIDTHxHEIGHT from 320x240 to 8192x8192, e.g. 1920x1080</source>
        <extracomment>What --size expects, after &quot;expected&quot;</extracomment>
        <translation>320x240 到 8192x8192 之间的“宽x高”，例如 1920x1080</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a segment number, 1 or more</source>
        <extracomment>What --select expects, after &quot;expected&quot;</extracomment>
        <translation>报文段编号，不小于 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a .png file</source>
        <extracomment>What --screenshot expects, after &quot;expected&quot;</extracomment>
        <translation>.png 文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a .png, .svg or .pdf file</source>
        <extracomment>What --export expects, after &quot;expected&quot;</extracomment>
        <translation>.png、.svg 或 .pdf 文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one of %1</source>
        <extracomment>What --lang expects, after &quot;expected&quot;; %1 the language codes</extracomment>
        <translation>%1 之一</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>expected at most one scenario, got %1: %2</source>
        <translation>最多只能指定一个场景，但给出了 %1 个：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown scenario &apos;%1&apos;; expected a built-in name (see &apos;ackademy-cli list&apos;) or a .json file</source>
        <translation>未知场景“%1”；应为内置场景名（见 &apos;ackademy-cli list&apos;）或 .json 文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown scenario &apos;%1&apos;; did you mean %2?</source>
        <translation>未知场景“%1”；您是否要找 %2？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown profile &apos;%1&apos;; expected %2</source>
        <translation>未知配置“%1”；应为 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--drop %1: %2</source>
        <translation>--drop %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--at-ms, --step and --end place the playhead; give at most one of them</source>
        <translation>--at-ms、--step 和 --end 都用于设置播放头位置，最多只能给出其中一个</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--at-ms %1: expected a time in milliseconds, 0 or more</source>
        <translation>--at-ms %1：应为以毫秒为单位的时间，不小于 0</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--step %1: expected a whole number, 0 or more</source>
        <translation>--step %1：应为不小于 0 的整数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--theme %1: expected light or dark</source>
        <translation>--theme %1：应为 light 或 dark</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--lang %1: expected one of %2</source>
        <translation>--lang %1：应为 %2 之一</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--size %1: expected WIDTHxHEIGHT from 320x240 to 8192x8192, e.g. 1920x1080</source>
        <translation>--size %1：应为 320x240 到 8192x8192 之间的“宽x高”，例如 1920x1080</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--select %1: expected a segment number, 1 or more</source>
        <translation>--select %1：应为报文段编号，不小于 1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--panel %1: expected %2</source>
        <translation>--panel %1：应为 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--screenshot %1: expected a .png file</source>
        <translation>--screenshot %1：应为 .png 文件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--export %1: expected a .png, .svg or .pdf file</source>
        <translation>--export %1：应为 .png、.svg 或 .pdf 文件</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_app.cpp" line="+49"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG encoding failed</source>
        <translation>PNG 编码失败</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>cannot simulate %1</source>
        <translation>无法模拟 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--select %1: %2 has %3 segments</source>
        <extracomment>%1 the number given to --select (an option name: keep it), %2 the scenario, %3 its segment count</extracomment>
        <translation>--select %1：%2 只有 %3 个报文段</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--panel %1: this build has no such panel</source>
        <translation>--panel %1：此版本没有这个面板</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::CwndPlotView</name>
    <message>
        <location filename="../ui/panels/cwnd_plot.cpp" line="+15"/>
        <location line="+14"/>
        <source>Congestion window plot</source>
        <translation>拥塞窗口图</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::Document</name>
    <message>
        <location filename="../ui/document.cpp" line="+99"/>
        <source>%1 (Linux kernel)</source>
        <extracomment>The kernel&apos;s host in a live session, used after &quot;Host&quot; in every sentence that names it (&quot;Host B (Linux kernel) sends SYN,ACK&quot;); %1 is its letter (B)</extracomment>
        <translation>%1（Linux 内核）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This is a recording of a live session: it cannot be changed and re-simulated. Open a scenario to edit one.</source>
        <translation>这是一次实时会话的记录：不能修改，也不能重新模拟。请打开一个场景进行编辑。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Drop segment %1</source>
        <translation>丢弃报文段 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore segment %1</source>
        <translation>恢复报文段 %1</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::EventListModel</name>
    <message>
        <location filename="../ui/event_list_model.cpp" line="+98"/>
        <source>↻ retransmission #%1</source>
        <translation>↻ 第 %1 次重传</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate copy</source>
        <translation>重复副本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✕ lost (drop rule)</source>
        <translation>✕ 丢失（丢弃规则）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✕ lost (random loss)</source>
        <translation>✕ 丢失（随机丢失）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✕ lost (queue full)</source>
        <translation>✕ 丢失（队列已满）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lost</source>
        <extracomment>The segment was lost in the network (dropped by the link)</extracomment>
        <translation>丢失</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>arrives</source>
        <translation>到达</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Segment %1, %2 from host %3 to host %4, sent at %5 ms: %6 at %7 ms</source>
        <extracomment>Accessible description of a row: %1 number, %2 flags (SYN, ACK, ...), %3 %4 host letters, %5 time, %6 what happened (e.g. &quot;arrives&quot;), %7 when it happened</extracomment>
        <translation>报文段 %1，%2，从主机 %3 发往主机 %4，发送于 %5 ms：%7 ms 时%6</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segment %1, %2 from host %3 to host %4, sent at %5 ms: %6 at %7 ms</source>
        <comment>lost</comment>
        <extracomment>Accessible description of a lost segment: %6 says why it was lost, %7 when</extracomment>
        <translation>报文段 %1，%2，从主机 %3 发往主机 %4，发送于 %5 ms：%7 ms 时%6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment %1, %2 from host %3 to host %4, sent at %5 ms: %6</source>
        <translation>报文段 %1，%2，从主机 %3 发往主机 %4，发送于 %5 ms：%6</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No.</source>
        <extracomment>Column header: the segment&apos;s number on the wire</extracomment>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time (ms)</source>
        <translation>时间（ms）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seq</source>
        <extracomment>Column header: the TCP sequence number field (as Wireshark labels it)</extracomment>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ack</source>
        <extracomment>Column header: the TCP acknowledgment number field (as Wireshark labels it)</extracomment>
        <translation>确认号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Len</source>
        <extracomment>Column header: the number of data bytes in the segment</extracomment>
        <translation>长度</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::EventListPanel</name>
    <message>
        <location filename="../ui/panels/event_list_panel.cpp" line="+58"/>
        <source>Event list</source>
        <translation>事件列表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every segment put on the wire, in order. Selecting a row selects the segment in the diagram.</source>
        <translation>线路上发送的每个报文段，按先后顺序列出。选中一行即在图中选中该报文段。</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::HostPanel</name>
    <message>
        <location filename="../ui/panels/host_panel.cpp" line="+109"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The connection state (RFC 9293 §3.3.2)</source>
        <translation>连接状态（RFC 9293 §3.3.2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SND.UNA</source>
        <translation>SND.UNA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oldest unacknowledged sequence number</source>
        <translation>最早的未确认序号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SND.NXT</source>
        <translation>SND.NXT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next sequence number to send</source>
        <translation>下一个要发送的序号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SND.WND</source>
        <translation>SND.WND</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send window: what the peer last offered (scaled)</source>
        <translation>发送窗口：对方最近一次给出的窗口（已按比例扩大）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISS</source>
        <translation>ISS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Initial send sequence number</source>
        <translation>初始发送序号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RCV.NXT</source>
        <translation>RCV.NXT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next sequence number expected from the peer</source>
        <translation>期望从对方收到的下一个序号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RCV.WND</source>
        <translation>RCV.WND</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receive window this host last advertised</source>
        <translation>本主机最近一次通告的接收窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IRS</source>
        <translation>IRS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Initial receive sequence number (the peer&apos;s ISS)</source>
        <translation>初始接收序号（对方的 ISS）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current retransmission timeout, with its backoff count (RFC 6298)</source>
        <translation>当前的超时重传时间及其退避次数（RFC 6298）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retransmissions</source>
        <translation>重传次数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segments this connection has retransmitted</source>
        <translation>此连接已重传的报文段数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cwnd</source>
        <translation>cwnd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Congestion window (RFC 5681)</source>
        <translation>拥塞窗口（RFC 5681）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ssthresh</source>
        <translation>ssthresh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slow-start threshold (RFC 5681)</source>
        <translation>慢开始门限（RFC 5681）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flight size</source>
        <translation>在途数据量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Octets sent but not yet acknowledged</source>
        <translation>已发送但尚未确认的字节数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Host %1 %2</source>
        <translation>主机 %1 %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Host %1</source>
        <translation>主机 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Host %1 · %2</source>
        <translation>主机 %1 · %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no connection</source>
        <translation>无连接</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This host has no TCB yet</source>
        <translation>此主机尚无 TCB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not recorded live</source>
        <translation>实时会话未记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A live session records segments and states; the diagram shows this host&apos;s states</source>
        <translation>实时会话只记录报文段和状态；图中显示此主机的状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not observable</source>
        <translation>无法观察</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kernel&apos;s variables cannot be seen from outside; only its segments can</source>
        <translation>从外部看不到内核的变量，只能看到它的报文段</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Linux calls it %1 (as ss and netstat print it)</source>
        <translation>Linux 中称为 %1（ss 和 netstat 的显示方式）</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Not known in this state</source>
        <translation>此状态下未知</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>absolute %1</source>
        <translation>绝对值 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>relative %1</source>
        <translation>相对值 %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+4"/>
        <location line="+18"/>
        <location line="+4"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1 s (backoff %2)</source>
        <extracomment>The retransmission timeout in seconds and how often it has been doubled</extracomment>
        <translation>%1 s（退避 %2 次）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 × MSS (MSS = %2 bytes)</source>
        <translation>%1 × MSS（MSS = %2 字节）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>∞</source>
        <translation>∞</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln 字节</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ackademy::ui::HostsPanel</name>
    <message>
        <location line="+23"/>
        <location line="+10"/>
        <source>Hosts</source>
        <translation>主机</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::LinkSettingsPanel</name>
    <message>
        <location filename="../ui/panels/link_settings_panel.cpp" line="+219"/>
        <source>TCP profile</source>
        <translation>TCP 配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rfc: the RFCs&apos; defaults. linux: today&apos;s Linux defaults.</source>
        <translation>rfc：各 RFC 规定的默认值。linux：当前 Linux 的默认值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profile:</source>
        <translation>配置(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same scenario with the same seed gives the same timeline.</source>
        <translation>同一场景使用相同的种子，总会得到相同的时间线。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Seed:</source>
        <translation>种子(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link settings message</source>
        <translation>链路设置提示信息</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Switch to the %1 profile</source>
        <translation>切换到 %1 配置</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Delay %1 slider</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>时延 %1 滑块</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay %1 in ms</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>时延 %1（单位 ms）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set delay %1 to %2 ms</source>
        <extracomment>Undo/redo text; %1 the direction (&quot;A → B&quot;), %2 the new value</extracomment>
        <translation>将 %1 的时延设为 %2 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay must be a number from %1 to %2 ms.</source>
        <extracomment>%1 and %2 the bounds of the setting</extracomment>
        <translation>时延必须是 %1 到 %2 ms 之间的数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jitter %1 slider</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>抖动 %1 滑块</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jitter %1 in ms</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>抖动 %1（单位 ms）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set jitter %1 to %2 ms</source>
        <extracomment>Undo/redo text; %1 the direction (&quot;A → B&quot;), %2 the new value</extracomment>
        <translation>将 %1 的抖动设为 %2 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jitter must be a number from %1 to %2 ms. Jitter can be at most the delay.</source>
        <extracomment>%1 and %2 the bounds of the setting</extracomment>
        <translation>抖动必须是 %1 到 %2 ms 之间的数。抖动最多等于时延。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loss %1 slider</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>丢包率 %1 滑块</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss %1 in %</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>丢包率 %1（单位 %）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set loss %1 to %2 %</source>
        <extracomment>Undo/redo text; %1 the direction (&quot;A → B&quot;), %2 the new value</extracomment>
        <translation>将 %1 的丢包率设为 %2 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss must be a number from %1 to %2 %.</source>
        <extracomment>%1 and %2 the bounds of the setting</extracomment>
        <translation>丢包率必须是 %1 到 %2 % 之间的数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplication %1 slider</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>重复率 %1 滑块</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplication %1 in %</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>重复率 %1（单位 %）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set duplication %1 to %2 %</source>
        <extracomment>Undo/redo text; %1 the direction (&quot;A → B&quot;), %2 the new value</extracomment>
        <translation>将 %1 的重复率设为 %2 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplication must be a number from %1 to %2 %.</source>
        <extracomment>%1 and %2 the bounds of the setting</extracomment>
        <translation>重复率必须是 %1 到 %2 % 之间的数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reordering %1 slider</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>乱序率 %1 滑块</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reordering %1 in %</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>乱序率 %1（单位 %）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set reordering %1 to %2 %</source>
        <extracomment>Undo/redo text; %1 the direction (&quot;A → B&quot;), %2 the new value</extracomment>
        <translation>将 %1 的乱序率设为 %2 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reordering must be a number from %1 to %2 %.</source>
        <extracomment>%1 and %2 the bounds of the setting</extracomment>
        <translation>乱序率必须是 %1 到 %2 % 之间的数。</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Delay</source>
        <translation>时延</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jitter</source>
        <translation>抖动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss</source>
        <translation>丢包率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplication</source>
        <translation>重复率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reordering</source>
        <translation>乱序率</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+154"/>
        <source>A → B</source>
        <translation>A → B</translation>
    </message>
    <message>
        <location line="-154"/>
        <location line="+154"/>
        <source>B → A</source>
        <translation>B → A</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Link %1</source>
        <translation>链路 %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Refused “%1”: %2</source>
        <translation>已拒绝“%1”：%2</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Refused “%1”: the seed must be a whole number from 0 to %2.</source>
        <translation>已拒绝“%1”：种子必须是 0 到 %2 之间的整数。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set the seed to %1</source>
        <translation>将种子设为 %1</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::LiveControlBar</name>
    <message>
        <location filename="../ui/live_controls.cpp" line="+55"/>
        <source>Host A closes its side of the connection: its FIN follows the data already sent.</source>
        <extracomment>Status bar, live session: our host called close(); FIN is the TCP flag</extracomment>
        <translation>主机 A 关闭其一端的连接：在已发送的数据之后发送 FIN。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Host A aborts the connection: it sends RST and forgets the connection.</source>
        <extracomment>Status bar, live session: our host aborted the connection; RST is the TCP flag</extracomment>
        <translation>主机 A 异常终止连接：发送 RST 并丢弃该连接。</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Host A sends “%1” and a newline: %n byte(s).</source>
        <extracomment>Status bar, live session: %1 the text as typed; %n the bytes sent (with the newline)</extracomment>
        <translation>
            <numerusform>主机 A 发送“%1”和一个换行符：%n 字节。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Live Session</source>
        <translation>实时会话</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host A sends:</source>
        <extracomment>Label before the text field; A is our host&apos;s letter</extracomment>
        <translation>主机 A 发送：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a line of text; Enter sends it</source>
        <translation>一行文本；按 Enter 发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text that Host A sends</source>
        <translation>主机 A 要发送的文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter sends this line and a newline from Host A to the kernel (Ctrl+T to type here)</source>
        <translation>按 Enter 由主机 A 向内核发送这一行和一个换行符（Ctrl+T 在此输入）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a Line for Host A to Send</source>
        <translation>输入主机 A 要发送的一行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send Line</source>
        <translation>发送这一行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host A sends the line and a newline (send())</source>
        <translation>主机 A 发送这一行和一个换行符（send()）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close Connection (FIN)</source>
        <translation>关闭连接（FIN）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host A closes its side (close()): it sends FIN once its data is sent</source>
        <translation>主机 A 关闭其一端（close()）：数据发送完后发送 FIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort Connection (RST)</source>
        <translation>异常终止连接（RST）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host A aborts (abort()): it sends RST and forgets the connection</source>
        <translation>主机 A 异常终止（abort()）：发送 RST 并丢弃该连接</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::LiveSession</name>
    <message>
        <location filename="../ui/live_session.cpp" line="+68"/>
        <source>Ackademy (Host A)</source>
        <translation>Ackademy（主机 A）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer (Linux kernel)</source>
        <translation>本机（Linux 内核）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Live mode needs CAP_NET_ADMIN to create a TUN device: run Ackademy as root, or: sudo setcap cap_net_admin+ep %1</source>
        <translation>实时模式需要 CAP_NET_ADMIN 权限才能创建 TUN 设备：请以 root 身份运行 Ackademy，或执行：sudo setcap cap_net_admin+ep %1</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Live session with this computer</source>
        <translation>与本机的实时会话</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The live session is over: the connection is closed and %1 is gone.</source>
        <translation>实时会话已结束：连接已关闭，%1 已移除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The live session timed out; %1 is gone.</source>
        <translation>实时会话超时；%1 已移除。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The live session was stopped; %1 is gone.</source>
        <translation>实时会话已停止；%1 已移除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The live session failed (see the message before this one); %1 is gone.</source>
        <translation>实时会话失败（见上一条消息）；%1 已移除。</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::LiveSessionDialog</name>
    <message>
        <location filename="../ui/live_session_dialog.cpp" line="+140"/>
        <source>Live Session with This Computer</source>
        <translation>与本机的实时会话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ackademy&apos;s host (A) talks TCP with this computer&apos;s kernel (B) over a new TUN device. The diagram shows the connection as it happens: our host&apos;s states and segments, and every segment the kernel sends (its states cannot be seen from outside).</source>
        <translation>Ackademy 的主机（A）通过一个新的 TUN 设备与本机内核（B）进行 TCP 通信。图中实时显示这条连接：我方主机的状态和报文段，以及内核发送的每个报文段（内核的状态从外部无法看到）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TUN &amp;device:</source>
        <translation>TUN 设备(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Our host (A):</source>
        <translation>我方主机 (A)(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;kernel&apos;s side (B):</source>
        <translation>内核一端 (B)(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subnet prefix:</source>
        <translation>子网前缀(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text to send:</source>
        <translation>要发送的文本(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close after:</source>
        <translation>关闭时间(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Drop rules:</source>
        <translation>丢弃规则(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profile:</source>
        <translation>配置(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPv4ADDRESS:PORT of Ackademy&apos;s host, e.g. 10.77.0.2:3337</source>
        <translation>Ackademy 主机的 IPv4地址:端口，例如 10.77.0.2:3337</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPv4ADDRESS:PORT the kernel gets on the TUN device, e.g. 10.77.0.1:7788</source>
        <translation>内核在 TUN 设备上获得的 IPv4地址:端口，例如 10.77.0.1:7788</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both addresses lie in this small private subnet (24..30; /30 holds just the two)</source>
        <translation>两个地址都在这个小型私有子网中（24..30；/30 恰好只容纳这两个地址）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a socket listening on this computer</source>
        <translation>连接到本机上正在监听的套接字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listen for a client on this computer (such as nc)</source>
        <translation>在本机上等待客户端连接（例如 nc）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional, sent once the connection is established</source>
        <translation>可选，连接建立后发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>don&apos;t close (the session ends when the kernel closes)</source>
        <translation>不关闭（内核关闭时会话结束）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s after the connection is established</source>
        <translation> 秒（连接建立之后）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional, e.g. A:S. B:S#2 (A = our host, B = the kernel)</source>
        <translation>可选，例如 A:S. B:S#2（A = 我方主机，B = 内核）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our host&apos;s TCP profile; linux behaves as the kernel it talks to</source>
        <translation>我方主机的 TCP 配置；linux 的行为与所连接的内核一致</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: “%2” is not an IPv4 address and port; expected e.g. 10.77.0.2:3337</source>
        <translation>%1：“%2”不是 IPv4 地址和端口；应为例如 10.77.0.2:3337</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: “%2” has no port; expected IPv4ADDRESS:PORT, e.g. %2:7788</source>
        <translation>%1：“%2”没有端口；应为 IPv4地址:端口，例如 %2:7788</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: port “%2” is not a port number; expected 1..65535</source>
        <translation>%1：端口“%2”不是端口号；应为 1..65535</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Our host</source>
        <translation>我方主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kernel&apos;s side</source>
        <translation>内核一端</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Drop rules: %1</source>
        <translation>丢弃规则：%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Before you press OK, in a terminal run: nc -l %1 %2</source>
        <translation>按“确定”之前，请在终端中运行：nc -l %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After you press OK, in a terminal run: nc %1 %2</source>
        <translation>按“确定”之后，请在终端中运行：nc %1 %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The same session from a terminal:</source>
        <translation>在终端中进行同样的会话：</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="+64"/>
        <source>%1 ms</source>
        <extracomment>A time in milliseconds with three decimals, e.g. &quot;1000.000 ms&quot;</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Listen</source>
        <extracomment>Application call: passive open (the socket API&apos;s listen())</extracomment>
        <translation>监听(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect</source>
        <extracomment>Application call: active open (the socket API&apos;s connect())</extracomment>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Send Text…</source>
        <translation>发送文本(&amp;S)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Abort (RST)</source>
        <translation>异常终止（RST）(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;rash</source>
        <extracomment>The host crashes and forgets every connection</extracomment>
        <translation>崩溃(&amp;R)</translation>
    </message>
    <message>
        <location line="+114"/>
        <location line="+447"/>
        <source>Sequence diagram</source>
        <translation>时序图</translation>
    </message>
    <message>
        <location line="-308"/>
        <source>Host A sends nothing more.</source>
        <translation>主机 A 之后不再发送任何报文段。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Host B sends nothing more.</source>
        <translation>主机 B 之后不再发送任何报文段。</translation>
    </message>
    <message>
        <location line="+283"/>
        <source>Res&amp;tore Selected Segment</source>
        <translation>恢复所选报文段(&amp;T)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>State Diagram</source>
        <translation>状态图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congestion Window</source>
        <translation>拥塞窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;State Diagram</source>
        <translation>状态图(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Congestion Window</source>
        <translation>拥塞窗口(&amp;C)</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>&amp;Open Scenario…</source>
        <translation>打开场景(&amp;O)…</translation>
    </message>
    <message>
        <location line="-533"/>
        <source>Cl&amp;ose</source>
        <extracomment>Application call: close the connection politely (FIN)</extracomment>
        <translation>关闭(&amp;O)</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Live session: %1</source>
        <translation>实时会话：%1</translation>
    </message>
    <message>
        <location line="+362"/>
        <source>Save Scenario &amp;As…</source>
        <translation>场景另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole Diagram…</source>
        <translation>整个图(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visible Part…</source>
        <translation>可见部分(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG at &amp;2× Resolution</source>
        <translation>2 倍分辨率 PNG(&amp;2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Live Session with This Computer…</source>
        <translation>与本机的实时会话(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let Ackademy&apos;s host talk TCP with this computer&apos;s kernel over a TUN device</source>
        <translation>让 Ackademy 的主机通过 TUN 设备与本机内核进行 TCP 通信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sto&amp;p Live Session</source>
        <translation>停止实时会话(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the live session and remove its TUN device</source>
        <translation>结束实时会话并移除其 TUN 设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Drop Selected Segment</source>
        <translation>丢弃选中的报文段(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop Next Segment from &amp;A</source>
        <translation>丢弃 A 的下一个报文段(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop Next Segment from &amp;B</source>
        <translation>丢弃 B 的下一个报文段(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Relative Sequence Numbers</source>
        <translation>相对序号(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>开头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the start (Home)</source>
        <translation>转到开头（Home）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step back to the previous event (Left, P, Page Up)</source>
        <translation>后退到上一个事件（←、P、Page Up）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step forward to the next event (Right, N, Page Down)</source>
        <translation>前进到下一个事件（→、N、Page Down）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>结尾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the end (End)</source>
        <translation>转到结尾（End）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Ackademy</source>
        <translation>关于 Ackademy(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Diagram</source>
        <translation>导出图(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <extracomment>View menu: the user interface language; its entries are the languages&apos; own names</extracomment>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;System Default</source>
        <extracomment>Language menu: follow the desktop&apos;s language</extracomment>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scenario</source>
        <translation>场景(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host &amp;A at the Playhead</source>
        <translation>播放头处的主机 A(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host &amp;B at the Playhead</source>
        <translation>播放头处的主机 B(&amp;B)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Host %1: %2 at the playhead</source>
        <extracomment>Tooltip of an application call, e.g. &quot;Host A: Connect at the playhead&quot;</extracomment>
        <translation>主机 %1：在播放头处执行“%2”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Playback</source>
        <translation>播放</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1×</source>
        <extracomment>Playback speed, e.g. &quot;0.25×&quot;, &quot;2×&quot;</extracomment>
        <translation>%1×</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playhead position</source>
        <translation>播放头位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to move through the whole timeline</source>
        <translation>拖动可在整个时间线上移动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playhead time</source>
        <translation>播放头时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space play · → next · ← back · Delete drop the selected segment · Ctrl+Z undo · F1 all keys</source>
        <translation>空格 播放 · → 下一步 · ← 后退 · Delete 丢弃选中的报文段 · Ctrl+Z 撤销 · F1 全部按键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard hints</source>
        <translation>键盘提示</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+128"/>
        <source>t = %1 s   step %2 of %3</source>
        <translation>t = %1 s   第 %2 步，共 %3 步</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link Settings</source>
        <translation>链路设置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Events</source>
        <translation>事件(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link Settings</source>
        <translation>链路设置(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Playback Toolbar</source>
        <translation>播放工具栏(&amp;P)</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Ackademy[*]</source>
        <translation>Ackademy[*]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1[*] — Ackademy</source>
        <translation>%1[*] — Ackademy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause (Space)</source>
        <translation>暂停（空格）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play (Space)</source>
        <translation>播放（空格）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>● LIVE on %1</source>
        <translation>● 实时：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live session indicator</source>
        <translation>实时会话指示</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Live session on %1: the diagram follows the connection as it happens</source>
        <translation>%1 上的实时会话：图中实时跟踪这条连接</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ackademy</source>
        <translation>Ackademy</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Host %1: %2 at %3</source>
        <extracomment>Undo text, e.g. &quot;Host A: Connect at 0.000 ms&quot;; %2 is the call (Listen, Connect, ...)</extracomment>
        <translation>主机 %1：在 %3 执行“%2”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Send Text</source>
        <translation>发送文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text that host %1 sends:</source>
        <translation>主机 %1 要发送的文本：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello</source>
        <translation>Hello</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The scenario has changes that are not saved. Save them first?</source>
        <translation>场景有尚未保存的更改。要先保存吗？</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open Scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario files (*.json);;All files (*)</source>
        <translation>场景文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save Scenario As</source>
        <translation>场景另存为</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenario files (*.json)</source>
        <translation>场景文件 (*.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export Visible Part</source>
        <translation>导出可见部分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Diagram</source>
        <translation>导出图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play or pause</source>
        <translation>播放或暂停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right, N, Page Down</source>
        <translation>→、N、Page Down</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step forward to the next event</source>
        <translation>前进到下一个事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left, P, Page Up</source>
        <translation>←、P、Page Up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step back to the previous event</source>
        <translation>后退到上一个事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home, End</source>
        <translation>Home、End</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the start, the end</source>
        <translation>转到开头、结尾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop the selected segment</source>
        <translation>丢弃选中的报文段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore the selected segment</source>
        <translation>恢复选中的报文段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+D, Ctrl+Shift+D</source>
        <translation>Ctrl+D、Ctrl+Shift+D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop the next segment from A, from B</source>
        <translation>丢弃 A、B 的下一个报文段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Z, Ctrl+Shift+Z</source>
        <translation>Ctrl+Z、Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo, redo</source>
        <translation>撤销、重做</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+=, Ctrl+-, Ctrl+0</source>
        <translation>Ctrl+=、Ctrl+-、Ctrl+0</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom in, zoom out, fit to window</source>
        <translation>放大、缩小、适应窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relative or absolute sequence numbers</source>
        <translation>相对序号或绝对序号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+O, Ctrl+Shift+S</source>
        <translation>Ctrl+O、Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open, save a scenario</source>
        <translation>打开、保存场景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E, Ctrl+Shift+E</source>
        <translation>Ctrl+E、Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the whole diagram, the visible part</source>
        <translation>导出整个图、可见部分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+T, Enter</source>
        <translation>Ctrl+T, Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Live session: type a line for Host A, send it</source>
        <translation>实时会话：输入主机 A 要发送的一行，发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This list</source>
        <translation>本列表</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About Ackademy</source>
        <translation>关于 Ackademy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Ackademy %1&lt;/h3&gt;&lt;p&gt;An interactive TCP simulator for the classroom.&lt;/p&gt;&lt;p&gt;Step through a connection segment by segment, drop any segment and watch TCP recover — with the same flags, numbers and timers a real stack uses.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ackademy %1&lt;/h3&gt;&lt;p&gt;一个用于课堂教学的交互式 TCP 模拟器。&lt;/p&gt;&lt;p&gt;逐个报文段地单步跟踪一个连接，丢弃任意报文段，观察 TCP 如何恢复——所用的标志、序号和计时器与真实的协议栈完全相同。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::NarrationPanel</name>
    <message>
        <location filename="../ui/panels/narration_panel.cpp" line="+281"/>
        <source>RFC 9293 §3.10.1–3.10.6</source>
        <translation>RFC 9293 §3.10.1–3.10.6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFC 9293 §3.10.7.1</source>
        <translation>RFC 9293 §3.10.7.1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFC 9293 §3.10.7.2</source>
        <translation>RFC 9293 §3.10.7.2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFC 9293 §3.10.7.3</source>
        <translation>RFC 9293 §3.10.7.3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFC 9293 §3.10.7.4</source>
        <translation>RFC 9293 §3.10.7.4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFC 9293 §3.10.8, §3.8</source>
        <translation>RFC 9293 §3.10.8, §3.8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFC 6298</source>
        <translation>RFC 6298</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFC 5681</source>
        <translation>RFC 5681</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFC 9293 §3.4.1</source>
        <translation>RFC 9293 §3.4.1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFC 9293 §3.1, §3.7</source>
        <translation>RFC 9293 §3.1, §3.7</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>seq = %1, ack = %2</source>
        <extracomment>seq and ack are the TCP header fields (sequence and acknowledgment numbers); keep them as they are</extracomment>
        <translation>seq = %1, ack = %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seq = %1</source>
        <translation>seq = %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 with %Ln byte(s) of data</source>
        <extracomment>%1 is the segment&apos;s flags (SYN, ACK, ...), which stay untranslated</extracomment>
        <translation>
            <numerusform>携带 %Ln 字节数据的 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a drop rule</source>
        <translation>某条丢弃规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drop rule %1</source>
        <translation>丢弃规则 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>random loss</source>
        <translation>随机丢失</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the link&apos;s queue is full</source>
        <translation>链路的队列已满</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown cause</source>
        <translation>原因不明</translation>
    </message>
    <message numerus="yes">
        <location line="+122"/>
        <source>… %Ln earlier sentence(s)</source>
        <translation>
            <numerusform>… 更早的 %Ln 句</numerusform>
        </translation>
    </message>
    <message>
        <location line="-103"/>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <location line="-364"/>
        <source>Host %1 sends %2 (%3) and enters LISTEN, waiting for a connection request.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>主机 %1 发送 %2（%3）并进入 LISTEN 状态，等待连接请求。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters LISTEN, waiting for a connection request.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>主机 %1 重传 %2（%3），第 %5 次重传，并进入 LISTEN 状态，等待连接请求。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters LISTEN, waiting for a connection request.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>主机 %1 进入 LISTEN 状态，等待连接请求。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to LISTEN, waiting for a connection request.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>主机 %1 从 %6 转入 LISTEN 状态，等待连接请求。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First handshake: Host %1 sends %2 (%3) and enters SYN-SENT, waiting for Host %4 to confirm.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>第一次握手：主机 %1 发送 %2（%3）并进入 SYN-SENT 状态，等待主机 %4 确认。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters SYN-SENT, waiting for Host %4 to confirm.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>主机 %1 重传 %2（%3），第 %5 次重传，并进入 SYN-SENT 状态，等待主机 %4 确认。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters SYN-SENT, waiting for Host %4 to confirm.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>主机 %1 进入 SYN-SENT 状态，等待主机 %4 确认。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to SYN-SENT, waiting for Host %4 to confirm.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>主机 %1 从 %6 转入 SYN-SENT 状态，等待主机 %4 确认。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Second handshake: Host %1 sends %2 (%3) and enters SYN-RECEIVED, waiting for Host %4 to acknowledge it.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>第二次握手：主机 %1 发送 %2（%3）并进入 SYN-RECEIVED 状态，等待主机 %4 对它进行确认。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters SYN-RECEIVED, waiting for Host %4 to acknowledge it.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>主机 %1 重传 %2（%3），第 %5 次重传，并进入 SYN-RECEIVED 状态，等待主机 %4 对它进行确认。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters SYN-RECEIVED, waiting for Host %4 to acknowledge it.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>主机 %1 进入 SYN-RECEIVED 状态，等待主机 %4 对它进行确认。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to SYN-RECEIVED, waiting for Host %4 to acknowledge it.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>主机 %1 从 %6 转入 SYN-RECEIVED 状态，等待主机 %4 对它进行确认。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters ESTABLISHED: the connection is open.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>主机 %1 发送 %2（%3）并进入 ESTABLISHED 状态，连接已建立。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters ESTABLISHED: the connection is open.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>主机 %1 重传 %2（%3），第 %5 次重传，并进入 ESTABLISHED 状态，连接已建立。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters ESTABLISHED: the connection is open.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>主机 %1 进入 ESTABLISHED 状态，连接已建立。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to ESTABLISHED: the connection is open.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>主机 %1 从 %6 转入 ESTABLISHED 状态，连接已建立。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters FIN-WAIT-1, waiting for Host %4 to acknowledge its FIN.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>主机 %1 发送 %2（%3）并进入 FIN-WAIT-1 状态，等待主机 %4 确认其 FIN。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters FIN-WAIT-1, waiting for Host %4 to acknowledge its FIN.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>主机 %1 重传 %2（%3），第 %5 次重传，并进入 FIN-WAIT-1 状态，等待主机 %4 确认其 FIN。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters FIN-WAIT-1, waiting for Host %4 to acknowledge its FIN.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>主机 %1 进入 FIN-WAIT-1 状态，等待主机 %4 确认其 FIN。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to FIN-WAIT-1, waiting for Host %4 to acknowledge its FIN.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>主机 %1 从 %6 转入 FIN-WAIT-1 状态，等待主机 %4 确认其 FIN。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters FIN-WAIT-2, waiting for Host %4 to close its side.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>主机 %1 发送 %2（%3）并进入 FIN-WAIT-2 状态，等待主机 %4 关闭它那一端的连接。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters FIN-WAIT-2, waiting for Host %4 to close its side.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>主机 %1 重传 %2（%3），第 %5 次重传，并进入 FIN-WAIT-2 状态，等待主机 %4 关闭它那一端的连接。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters FIN-WAIT-2, waiting for Host %4 to close its side.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>主机 %1 进入 FIN-WAIT-2 状态，等待主机 %4 关闭它那一端的连接。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to FIN-WAIT-2, waiting for Host %4 to close its side.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>主机 %1 从 %6 转入 FIN-WAIT-2 状态，等待主机 %4 关闭它那一端的连接。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters CLOSE-WAIT: Host %4 has finished sending.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>主机 %1 发送 %2（%3）并进入 CLOSE-WAIT 状态，主机 %4 已完成数据发送。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters CLOSE-WAIT: Host %4 has finished sending.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>主机 %1 重传 %2（%3），第 %5 次重传，并进入 CLOSE-WAIT 状态，主机 %4 已完成数据发送。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters CLOSE-WAIT: Host %4 has finished sending.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>主机 %1 进入 CLOSE-WAIT 状态，主机 %4 已完成数据发送。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to CLOSE-WAIT: Host %4 has finished sending.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>主机 %1 从 %6 转入 CLOSE-WAIT 状态，主机 %4 已完成数据发送。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters CLOSING: both sides are closing at once.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>主机 %1 发送 %2（%3）并进入 CLOSING 状态，双方正在同时关闭。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters CLOSING: both sides are closing at once.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>主机 %1 重传 %2（%3），第 %5 次重传，并进入 CLOSING 状态，双方正在同时关闭。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters CLOSING: both sides are closing at once.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>主机 %1 进入 CLOSING 状态，双方正在同时关闭。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to CLOSING: both sides are closing at once.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>主机 %1 从 %6 转入 CLOSING 状态，双方正在同时关闭。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters LAST-ACK, waiting for the last ACK.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>主机 %1 发送 %2（%3）并进入 LAST-ACK 状态，等待最后一个 ACK。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters LAST-ACK, waiting for the last ACK.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>主机 %1 重传 %2（%3），第 %5 次重传，并进入 LAST-ACK 状态，等待最后一个 ACK。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters LAST-ACK, waiting for the last ACK.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>主机 %1 进入 LAST-ACK 状态，等待最后一个 ACK。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to LAST-ACK, waiting for the last ACK.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>主机 %1 从 %6 转入 LAST-ACK 状态，等待最后一个 ACK。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters TIME-WAIT, waiting 2 MSL so that old segments die out.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>主机 %1 发送 %2（%3）并进入 TIME-WAIT 状态，等待 2 MSL，让网络中的旧报文段消失。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters TIME-WAIT, waiting 2 MSL so that old segments die out.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>主机 %1 重传 %2（%3），第 %5 次重传，并进入 TIME-WAIT 状态，等待 2 MSL，让网络中的旧报文段消失。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters TIME-WAIT, waiting 2 MSL so that old segments die out.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>主机 %1 进入 TIME-WAIT 状态，等待 2 MSL，让网络中的旧报文段消失。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to TIME-WAIT, waiting 2 MSL so that old segments die out.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>主机 %1 从 %6 转入 TIME-WAIT 状态，等待 2 MSL，让网络中的旧报文段消失。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters CLOSED.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>主机 %1 发送 %2（%3）并进入 CLOSED 状态。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters CLOSED.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>主机 %1 重传 %2（%3），第 %5 次重传，并进入 CLOSED 状态。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 enters CLOSED.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>主机 %1 进入 CLOSED 状态。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to CLOSED.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>主机 %1 从 %6 转入 CLOSED 状态。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Third handshake: Host %1 sends %2 (%3) and enters ESTABLISHED: the connection is open.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>第三次握手：主机 %1 发送 %2（%3）并进入 ESTABLISHED 状态，连接已建立。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Third handshake: Host %1 retransmits %2 (%3), retransmission #%5, and enters ESTABLISHED: the connection is open.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>第三次握手：主机 %1 重传 %2（%3），第 %5 次重传，并进入 ESTABLISHED 状态，连接已建立。</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Host %1 sends %2 (%3).</source>
        <extracomment>%1 a host letter (A, B); %2 the segment (&quot;SYN&quot;, &quot;ACK with 5 bytes of data&quot;); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>主机 %1 发送 %2（%3）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5.</source>
        <extracomment>%1 a host letter (A, B); %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>主机 %1 重传 %2（%3），第 %5 次重传。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Host %1&apos;s retransmission timer expires.</source>
        <extracomment>%1 a host letter (A, B)</extracomment>
        <translation>主机 %1 的重传计时器超时。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1&apos;s TIME-WAIT timer expires.</source>
        <extracomment>%1 a host letter (A, B)</extracomment>
        <translation>主机 %1 的时间等待计时器（TIME-WAIT）超时。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1&apos;s delayed-ACK timer expires.</source>
        <extracomment>%1 a host letter (A, B)</extracomment>
        <translation>主机 %1 的延迟确认计时器超时。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1&apos;s persist timer expires.</source>
        <extracomment>%1 a host letter (A, B)</extracomment>
        <translation>主机 %1 的持续计时器超时。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1&apos;s user timeout expires.</source>
        <extracomment>%1 a host letter (A, B)</extracomment>
        <translation>主机 %1 的用户超时计时器到期。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Host %1 receives %2 (%3) from Host %4.</source>
        <extracomment>%1 and %4 host letters (A, B): %1 receives from %4; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>主机 %1 收到主机 %4 发来的 %2（%3）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The %1 (%2) from Host %3 to Host %4 is lost (%5).</source>
        <extracomment>%1 the flags (SYN, ACK, ...), %2 &quot;seq = ...&quot;, %3 and %4 host letters (from %3 to %4), %5 the cause</extracomment>
        <translation>主机 %3 发往主机 %4 的 %1（%2）丢失（%5）。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Host %1 delivers %Ln byte(s) to its application.</source>
        <extracomment>%1 a host letter (A, B)</extracomment>
        <translation>
            <numerusform>主机 %1 将 %Ln 字节交付给其应用程序。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>connection reset</source>
        <translation>连接被重置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection timed out</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection closing</source>
        <translation>连接正在关闭</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection already exists</source>
        <translation>连接已存在</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection does not exist</source>
        <translation>连接不存在</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remote socket unspecified</source>
        <translation>未指定远端套接字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection aborted due to user timeout</source>
        <translation>因用户超时而异常终止连接</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection established</source>
        <translation>连接已建立</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection closed by peer</source>
        <translation>连接已被对方关闭</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing to report</source>
        <translation>无事可报告</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 tells its application: %2.</source>
        <extracomment>%1 a host letter (A, B); %2 what TCP tells it, e.g. &quot;connection refused&quot;</extracomment>
        <translation>主机 %1 通知其应用程序：%2。</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+4"/>
        <source>Narration</source>
        <translation>讲解</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>One sentence per event up to the playhead; the last one is the latest.</source>
        <translation>每个事件一句话，直到播放头为止；最后一句是最新的。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing has happened yet. Step forward (→) to start.</source>
        <translation>尚未发生任何事件。向前单步（→）即可开始。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 s</source>
        <extracomment>A time in seconds, e.g. &quot;1.250 s&quot;</extracomment>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::PacketInspector</name>
    <message>
        <location filename="../ui/panels/packet_inspector.cpp" line="+377"/>
        <location line="+157"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <location line="-293"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message numerus="yes">
        <location line="-156"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln 字节</numerusform>
        </translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header fields of the segment</source>
        <translation>报文段的首部字段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes of the packet in hexadecimal</source>
        <translation>数据包的字节（十六进制）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspected segment</source>
        <translation>正在查看的报文段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>No segment yet. Step forward, or click a segment in the diagram.</source>
        <translation>尚无报文段。请向前单步，或在图中单击一个报文段。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Segment #%1: %2 from Host %3 to Host %4, sent at %5 s</source>
        <translation>报文段 #%1：%2，从主机 %3 发往主机 %4，发送于 %5 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segment #%1: %2 from Host %3 to Host %4, sent at %5 s (the latest; click a segment to choose another)</source>
        <translation>报文段 #%1：%2，从主机 %3 发往主机 %4，发送于 %5 s（最新的一个；单击其他报文段可切换）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>byte %1</source>
        <translation>字节 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bytes %1–%2</source>
        <translation>字节 %1–%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Internet Protocol version 4</source>
        <translation>网际协议第 4 版（IPv4）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header length</source>
        <translation>首部长度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 bytes (IHL %2)</source>
        <translation>%1 字节（IHL %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of service</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total length</source>
        <translation>总长度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identification</source>
        <translation>标识</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+57"/>
        <source>Flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Don&apos;t fragment</source>
        <translation>不分片</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t fragment (DF)</source>
        <translation>不分片（DF）</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>set</source>
        <translation>已置位</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>not set</source>
        <translation>未置位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>More fragments (MF)</source>
        <translation>还有分片（MF）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fragment offset</source>
        <translation>片偏移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to live</source>
        <translation>生存时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>6 (TCP)</source>
        <translation>6（TCP）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header checksum</source>
        <translation>首部检验和</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+104"/>
        <source>%1 (correct)</source>
        <translation>%1（正确）</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+105"/>
        <source>%1 (WRONG)</source>
        <translation>%1（错误！）</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Source address</source>
        <translation>源地址</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 (Host %2)</source>
        <translation>%1（主机 %2）</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 (Host %2, Linux kernel)</source>
        <extracomment>An address and its host in a live session: %1 the IPv4 address, %2 the host&apos;s letter (B)</extracomment>
        <translation>%1（主机 %2，Linux 内核）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Destination address</source>
        <translation>目的地址</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Transmission Control Protocol</source>
        <translation>传输控制协议（TCP）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>port %1 → %2, %3, data: %4</source>
        <translation>端口 %1 → %2，%3，数据：%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source port</source>
        <translation>源端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination port</source>
        <translation>目的端口</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (absolute %2)</source>
        <translation>%1（绝对值 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (relative %2)</source>
        <translation>%1（相对值 %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sequence number</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledgment number</source>
        <translation>确认号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (not used: ACK is not set)</source>
        <translation>%1（未使用：ACK 未置位）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data offset</source>
        <translation>数据偏移</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2 bytes of header)</source>
        <translation>%1（首部 %2 字节）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>accurate ECN</source>
        <translation>精确 ECN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>congestion window reduced</source>
        <translation>拥塞窗口已减小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ECN echo</source>
        <translation>ECN 回显</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>urgent pointer is valid</source>
        <translation>紧急指针有效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acknowledgment number is valid</source>
        <translation>确认号有效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>push</source>
        <translation>推送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reset the connection</source>
        <translation>复位连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>synchronize sequence numbers</source>
        <translation>同步序号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no more data from the sender</source>
        <translation>发送方没有更多数据</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1: set</source>
        <translation>1：已置位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>0: not set</source>
        <translation>0：未置位</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (never scaled in a SYN, RFC 7323 §2.2)</source>
        <translation>%1（SYN 中的窗口从不扩大，RFC 7323 §2.2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 × 2^%2 = %3 bytes (scale from the handshake)</source>
        <translation>%1 × 2^%2 = %3 字节（扩大因子来自握手）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 bytes (no window scaling on this connection)</source>
        <translation>%1 字节（此连接未使用窗口扩大）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checksum</source>
        <translation>检验和</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Urgent pointer</source>
        <translation>紧急指针</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (not used: URG is not set)</source>
        <translation>%1（未使用：URG 未置位）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>End of option list</source>
        <translation>选项表结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>then padding: %1</source>
        <translation>随后是填充：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No-operation (NOP)</source>
        <translation>无操作（NOP）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>aligns the next option</source>
        <translation>使下一个选项对齐</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Malformed option</source>
        <translation>格式错误的选项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kind %1</source>
        <translation>类型 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Maximum segment size</source>
        <translation>最大报文段长度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window scale</source>
        <translation>窗口扩大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shift %1 (multiply by %2)</source>
        <translation>移位 %1（乘以 %2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SACK permitted</source>
        <translation>允许 SACK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>selective acknowledgments may be used</source>
        <translation>可以使用选择确认</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SACK</source>
        <translation>SACK</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Timestamps</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TSval %1, TSecr %2</source>
        <translation>TSval %1，TSecr %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Option kind %1</source>
        <translation>选项类型 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1…”</source>
        <extracomment>The data as text, quoted; %1 its first 200 characters (the data goes on)</extracomment>
        <translation>“%1…”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1”</source>
        <extracomment>The data as text, quoted</extracomment>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of binary data</source>
        <translation>%1二进制数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data (%1)</source>
        <translation>数据（%1）</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::PresentationMode</name>
    <message>
        <location filename="../ui/presentation.cpp" line="+93"/>
        <source>Pr&amp;esentation Mode</source>
        <translation>演示模式(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presentation mode: full screen, large and high contrast (F11; Esc leaves)</source>
        <translation>演示模式：全屏、大字号、高对比度（F11；Esc 退出）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank the Screen</source>
        <translation>黑屏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave Presentation Mode</source>
        <translation>退出演示模式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presentation controls</source>
        <translation>演示控制</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Blank screen (press B to show the diagram again)</source>
        <translation>黑屏（按 B 重新显示图）</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>t = %1 s · step %2 of %3 · Esc leaves</source>
        <translation>t = %1 s · 第 %2 步，共 %3 步 · Esc 退出</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::SequenceDiagramView</name>
    <message>
        <location filename="../ui/diagram/sequence_diagram_view.cpp" line="+32"/>
        <source>Sequence diagram</source>
        <translation>时序图</translation>
    </message>
    <message>
        <location line="+348"/>
        <source>Drop this segment</source>
        <translation>丢弃此报文段</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore it</source>
        <translation>恢复此报文段</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a segment lost by a drop rule can be restored</source>
        <translation>只有被丢弃规则丢弃的报文段才能恢复</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&lt;b&gt;%1&lt;/b&gt;, segment %2 on the wire, from host %3 to host %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，线路上的第 %2 个报文段，从主机 %3 发往主机 %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2</source>
        <extracomment>Tooltip line: %1 is &quot;seq=1 ack=1&quot;, %2 is &quot;len=5&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flags: %1 (tcpdump: [%2])</source>
        <translation>标志：%1（tcpdump：[%2]）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>window: %1</source>
        <translation>窗口：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>options: %1</source>
        <translation>选项：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent at %1, arrived at %2 (transit %3)</source>
        <translation>发送于 %1，到达于 %2（传输用时 %3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sent at %1</source>
        <translation>发送于 %1</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::StateDiagramView</name>
    <message>
        <location filename="../ui/panels/state_diagram.cpp" line="+144"/>
        <source>TCP state diagram</source>
        <translation>TCP 状态图</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Host %1: its states cannot be observed from outside</source>
        <extracomment>Live session: %1 the kernel&apos;s host, &quot;B (Linux kernel)&quot;</extracomment>
        <translation>主机 %1：其状态无法从外部观察</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::TraceExportMenu</name>
    <message>
        <location filename="../ui/trace_export.cpp" line="+29"/>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Export &amp;Trace</source>
        <translation>导出跟踪记录(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;pcap (Wireshark, tcpdump)…</source>
        <translation>pcap（Wireshark、tcpdump）(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A capture file of every packet on the wire, or of only what Host A or Host B would capture</source>
        <translation>抓包文件：线路上的全部数据包，或仅主机 A 或主机 B 能抓到的数据包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;tcpdump Text…</source>
        <translation>tcpdump 文本(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What tcpdump -n -tt prints for the capture</source>
        <translation>tcpdump -n -tt 对该抓包的输出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;JSON Lines…</source>
        <translation>JSON Lines(&amp;J)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One JSON object per event, for scripts</source>
        <translation>每个事件一个 JSON 对象，便于脚本处理</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The wire (every segment as it is sent, lost ones too)</source>
        <translation>线路（发送的每个报文段，包括丢失的）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host A (its sends and what reaches it)</source>
        <translation>主机 A（它发送的以及到达它的报文段）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host B (its sends and what reaches it)</source>
        <translation>主机 B（它发送的以及到达它的报文段）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture Point</source>
        <translation>抓包位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where is the capture taken?</source>
        <translation>在哪里抓包？</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>pcap capture (*.pcap)</source>
        <translation>pcap 抓包文件 (*.pcap)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tcpdump text (*.txt)</source>
        <translation>tcpdump 文本 (*.txt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Trace</source>
        <translation>导出跟踪记录</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The trace was not written.

%1</source>
        <translation>跟踪记录未能写入。

%1</translation>
    </message>
</context>
</TS>
