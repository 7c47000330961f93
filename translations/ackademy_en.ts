<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BuiltinScenario</name>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="+26"/>
        <source>The three-way handshake</source>
        <comment>title of handshake</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host B listens; host A opens the connection. A sends SYN with its initial sequence number, B answers SYN,ACK with its own ISN and acknowledges A&apos;s ISN + 1, and A acknowledges B&apos;s ISN + 1. Three segments, and both sides are ESTABLISHED: each SYN consumes one sequence number, the final ACK consumes none (RFC 9293 Figure 6).</source>
        <comment>description of handshake</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A whole connection: open, exchange data, close</source>
        <comment>title of handshake-data-close</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The life of a connection in one picture. After the handshake A sends a request and B a reply; each side acknowledges the other&apos;s bytes by the next sequence number it expects. Then A closes: its FIN is acknowledged, B closes in turn, and A waits in TIME-WAIT for 2 MSL before the connection is gone (RFC 9293 Figure 12).</source>
        <comment>description of handshake-data-close</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first SYN is lost</source>
        <comment>title of syn-lost</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&apos;s SYN never reaches B. Nothing comes back, so A&apos;s retransmission timer expires after the initial RTO (1 s in RFC 6298) and A sends the SYN again with the same initial sequence number. The second SYN gets through and the handshake completes one RTO late.</source>
        <comment>description of syn-lost</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The SYN,ACK is lost</source>
        <comment>title of synack-lost</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B answers A&apos;s SYN, but the SYN,ACK is lost. Both sides now wait: B in SYN-RECEIVED, A in SYN-SENT. Each retransmits when its own timer expires, with the same ISN as before; whichever retransmission arrives first lets the handshake finish.</source>
        <comment>description of synack-lost</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last ACK of the handshake is lost</source>
        <comment>title of ack-lost</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A is ESTABLISHED as soon as it sends the third segment, but that ACK is lost and B stays in SYN-RECEIVED. B&apos;s timer expires and it retransmits its SYN,ACK; A sees an old, already-acknowledged segment and answers with an ACK, which finally moves B to ESTABLISHED.</source>
        <comment>description of ack-lost</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody answers: the connection attempt times out</source>
        <comment>title of syn-timeout</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every SYN A sends is lost. A retransmits with the same ISN, doubling the timeout each time (exponential backoff), until it reaches its retry limit and gives up: the application is told the connection timed out. Compare the rfc and linux profiles: they differ in the initial timeout and in the number of retries.</source>
        <comment>description of syn-timeout</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connection refused: nobody listens on the port</source>
        <comment>title of port-closed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B is up, but no application listens on port 7788. B&apos;s TCP answers A&apos;s SYN with a reset: RST,ACK with sequence number 0 and an acknowledgment of A&apos;s ISN + 1, so that A can tell the reset belongs to its SYN. A goes straight back to CLOSED and the application is told the connection was refused (RFC 9293 calls it &apos;connection reset&apos;).</source>
        <comment>description of port-closed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Simultaneous open: both sides connect at once</source>
        <comment>title of simultaneous-open</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A and B both actively open a connection to each other at the same moment, so their SYNs cross in the network. Each receives a SYN while in SYN-SENT, moves to SYN-RECEIVED and answers with SYN,ACK; each SYN,ACK completes the handshake for its receiver. Each side then acknowledges the other&apos;s SYN,ACK: six segments instead of three, and a single connection (RFC 9293 Figure 7).</source>
        <comment>description of simultaneous-open</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Simultaneous close: the FINs cross</source>
        <comment>title of simultaneous-close</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both applications close at the same moment, so the two FINs cross. Each side receives a FIN while in FIN-WAIT-1, acknowledges it and moves to CLOSING; when its own FIN is acknowledged it enters TIME-WAIT. Both sides end up waiting 2 MSL (RFC 9293 Figure 13).</source>
        <comment>description of simultaneous-close</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An old duplicate SYN arrives</source>
        <comment>title of old-duplicate-syn</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A SYN from A&apos;s previous incarnation (sequence number ISN - 100) was held up in the network; A has since crashed and is connecting again. The old SYN reaches B first and B answers it. A, in SYN-SENT, sees a SYN,ACK that does not acknowledge its own SYN and answers with a reset whose sequence number is that unacceptable acknowledgment number. B returns to LISTEN, and when A&apos;s real SYN arrives the handshake proceeds normally. (In Figure 8 the real SYN is merely slow; our link delivers segments in order, so here it is lost and its retransmission plays that part.) This is why TCP uses a three-way handshake (RFC 9293 Figure 8).</source>
        <comment>description of old-duplicate-syn</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Half-open connection: A crashes and reconnects</source>
        <comment>title of half-open</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A and B are connected when A crashes and loses all memory of the connection; B still believes it is ESTABLISHED. When A opens a new connection from the same port, B answers the unexpected SYN with an ACK for the data it expects. That ACK makes no sense to A, which answers with a reset; the reset tells B the old connection is dead and B aborts it (RFC 9293 Figure 9).</source>
        <comment>description of half-open</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Half-open connection: B sends to a crashed A</source>
        <comment>title of half-open-data</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A crashes while connected and forgets the connection. B does not know and sends data. The segment arrives at a host with no matching connection, so A&apos;s TCP answers with a reset, and B aborts its half of the connection (RFC 9293 Figure 10).</source>
        <comment>description of half-open-data</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why TIME-WAIT exists: the last ACK is lost</source>
        <comment>title of fin-lost-time-wait</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A closes first, B closes in turn, and A acknowledges B&apos;s FIN and enters TIME-WAIT. That last ACK is lost, so B, in LAST-ACK, retransmits its FIN. Because A is still in TIME-WAIT it can acknowledge the FIN again (and restarts its 2 MSL timer). Without TIME-WAIT, A would have answered with a reset and B would report an error for a connection that closed cleanly.</source>
        <comment>description of fin-lost-time-wait</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Abort: closing with a reset</source>
        <comment>title of abort-rst</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instead of the polite FIN exchange, A&apos;s application aborts the connection. A sends a single RST and forgets the connection at once; B accepts the reset because its sequence number is in the window, drops the connection and tells its application &apos;connection reset by peer&apos;. Nothing is acknowledged and there is no TIME-WAIT.</source>
        <comment>description of abort-rst</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A lost data segment is retransmitted on timeout</source>
        <comment>title of data-loss-rto</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sends three full-sized segments and the first is lost. (Under the linux profile every segment carries 12 bytes of timestamps, so 4380 bytes make three 1448-byte segments and a 36-byte tail that Nagle holds back until the data is acknowledged.) B receives the second and third out of order, keeps them, and each time acknowledges again the first byte it is still missing: duplicate ACKs. Two duplicates are not enough for fast retransmit, so A waits for its retransmission timer, resends the missing segment, and a single cumulative ACK then covers all three (RFC 6298).</source>
        <comment>description of data-loss-rto</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fast retransmit after three duplicate ACKs</source>
        <comment>title of fast-retransmit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sends a stream of data and one segment is lost. Each later segment that reaches B produces a duplicate ACK for the missing byte. After the third duplicate ACK, A does not wait for its timer: it retransmits the missing segment at once and halves its congestion window (fast retransmit and fast recovery, RFC 5681).</source>
        <comment>description of fast-retransmit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Flow control: the receive window closes</source>
        <comment>title of zero-window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B&apos;s application stops reading, so received data piles up in B&apos;s buffer and the window B advertises shrinks, segment by segment, to zero. A must stop sending; when it has more to send it probes the closed window with its persist timer (one byte, backing off), so that it notices when space opens. When B&apos;s application reads again, B announces the open window and the transfer resumes.</source>
        <comment>description of zero-window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bulk transfer over a lossy link</source>
        <comment>title of lossy-link</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sends 50 kB over a link that loses one segment in five in each direction. Watch TCP keep the byte stream intact: duplicate ACKs, fast retransmits, retransmission timeouts with backoff, and a congestion window that keeps shrinking. Change the seed to see a different pattern of losses.</source>
        <comment>description of lossy-link</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CwndPlot</name>
    <message>
        <location filename="../ui/panels/cwnd_plot.cpp" line="+104"/>
        <source>No data is sent in this scenario, so the congestion window never changes.
Choose a scenario with data (for example fast-retransmit) to see cwnd and ssthresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Host %1 sends: segments of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host %1 sends (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cwnd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ssthresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at the playhead: cwnd %1, ssthresh %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+99"/>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagramExport</name>
    <message>
        <location filename="../ui/diagram/diagram_export.cpp" line="+64"/>
        <source>Cannot export the diagram to “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown format, use a name ending in .png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder “%1” does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the picture could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP sequence diagram</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagramLayout</name>
    <message>
        <location filename="../ui/diagram/diagram_layout.cpp" line="+37"/>
        <source>Host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RTO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TIME-WAIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delayed ACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>persist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>listen()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connect()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>send()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>close()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>abort()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>crash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pause reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resume reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 s</source>
        <extracomment>A duration or time in seconds on the diagram, e.g. &quot;1.000 s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>seq=%1 ack=%2</source>
        <extracomment>Label on a segment&apos;s arrow; seq and ack are the TCP header fields, keep them as they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seq=%1</source>
        <extracomment>Label on a segment&apos;s arrow; seq is the TCP header field</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>len=%1</source>
        <extracomment>Label on a segment&apos;s arrow: the number of data bytes (len as tcpdump prints it)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>↻ retransmission #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>↻ retransmission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate copy made by the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>drop rule “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>drop rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>random loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>queue full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lost</source>
        <extracomment>Label beside a segment that the link dropped (the segment is lost in the network)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>TIME-WAIT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RTO %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+198"/>
        <source>%1 %2 (backoff %3) expired</source>
        <extracomment>Timer label on a lifeline: %1 the timer (RTO), %2 its length, %3 the backoff count</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 (backoff %3)</source>
        <extracomment>Timer label on a lifeline: %1 the timer (RTO), %2 its length, %3 the backoff count</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 expired</source>
        <extracomment>Timer label on a lifeline: %1 the timer (RTO, persist, ...), %2 its length</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2</source>
        <extracomment>Timer label on a lifeline: %1 the timer (TIME-WAIT, ...), %2 its length</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+122"/>
        <source>≈ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagramRenderer</name>
    <message>
        <location filename="../ui/diagram/diagram_renderer.cpp" line="+141"/>
        <source>t = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+103"/>
        <source>%1 %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RTO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIME-WAIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateDiagram</name>
    <message>
        <location filename="../ui/panels/state_diagram.cpp" line="+147"/>
        <source>passive OPEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create TCB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+12"/>
        <location line="+2"/>
        <location line="+7"/>
        <source>CLOSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+4"/>
        <location line="+27"/>
        <source>delete TCB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-30"/>
        <source>active OPEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>snd SYN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>rcv SYN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>snd SYN,ACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>rcv RST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SEND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rcv ACK of SYN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rcv SYN,ACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+3"/>
        <location line="+4"/>
        <source>snd ACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+2"/>
        <location line="+7"/>
        <source>snd FIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+3"/>
        <location line="+4"/>
        <source>rcv FIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+7"/>
        <location line="+1"/>
        <source>rcv ACK of FIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout=2MSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Host %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an arrow of RFC 9293 Figure 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1: %2 → %3   %4 (rule %5)</source>
        <extracomment>Caption: %1 host letter, %2 %3 RFC state names, %4 the arrow&apos;s event / action, %5 a rule ID</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Host %1: %2 → %3   %4</source>
        <extracomment>Caption: %1 host letter, %2 %3 RFC state names (untranslated), %4 the arrow&apos;s event / action</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ackademy::gui::CommandLine</name>
    <message>
        <location filename="../app/gui/command_line.cpp" line="+43"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot write %1: the folder %2 is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write %1: it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot write %1: the file is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>unknown option &apos;%1&apos;; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown option &apos;%1&apos;; &apos;ackademy --help&apos; lists the options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 takes no value; expected %1 alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: no value given; expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ackademy: an interactive TCP simulator for the classroom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP profile: rfc or linux.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop a segment: N (the N-th on the wire) or [A|B:]FLAGS[#K], e.g. B:S. (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the playhead at T milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the playhead on the N-th event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Put the playhead at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour theme: light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>THEME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window size, e.g. 1920x1080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the whole window to FILE.png and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the diagram to FILE (.png, .svg or .pdf) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select the N-th segment on the wire (1-based), as a click on it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show this panel on top of its tab group: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start in presentation mode (full screen unless --size is given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User interface language: %1 (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A built-in scenario name or a .json file (default: handshake).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[SCENARIO]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>N (the N-th segment on the wire) or [A|B:]FLAGS[#K], e.g. B:S.</source>
        <extracomment>What --drop expects, after &quot;expected&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a time in milliseconds, 0 or more</source>
        <extracomment>What --at-ms expects, after &quot;expected&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a whole number, 0 or more</source>
        <extracomment>What --step expects, after &quot;expected&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>light or dark</source>
        <extracomment>What --theme expects, after &quot;expected&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WIDTHxHEIGHT from 320x240 to 8192x8192, e.g. 1920x1080</source>
        <extracomment>What --size expects, after &quot;expected&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a segment number, 1 or more</source>
        <extracomment>What --select expects, after &quot;expected&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a .png file</source>
        <extracomment>What --screenshot expects, after &quot;expected&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a .png, .svg or .pdf file</source>
        <extracomment>What --export expects, after &quot;expected&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one of %1</source>
        <extracomment>What --lang expects, after &quot;expected&quot;; %1 the language codes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>expected at most one scenario, got %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown scenario &apos;%1&apos;; expected a built-in name (see &apos;ackademy-cli list&apos;) or a .json file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown scenario &apos;%1&apos;; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown profile &apos;%1&apos;; expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--drop %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--at-ms, --step and --end place the playhead; give at most one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--at-ms %1: expected a time in milliseconds, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--step %1: expected a whole number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--theme %1: expected light or dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--lang %1: expected one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--size %1: expected WIDTHxHEIGHT from 320x240 to 8192x8192, e.g. 1920x1080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--select %1: expected a segment number, 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--panel %1: expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--screenshot %1: expected a .png file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--export %1: expected a .png, .svg or .pdf file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/gui_app.cpp" line="+49"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG encoding failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+94"/>
        <source>cannot simulate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--select %1: %2 has %3 segments</source>
        <extracomment>%1 the number given to --select (an option name: keep it), %2 the scenario, %3 its segment count</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--panel %1: this build has no such panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ackademy::ui::CwndPlotView</name>
    <message>
        <location filename="../ui/panels/cwnd_plot.cpp" line="+15"/>
        <location line="+14"/>
        <source>Congestion window plot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ackademy::ui::Document</name>
    <message>
        <location filename="../ui/document.cpp" line="+99"/>
        <source>%1 (Linux kernel)</source>
        <extracomment>The kernel&apos;s host in a live session, used after &quot;Host&quot; in every sentence that names it (&quot;Host B (Linux kernel) sends SYN,ACK&quot;); %1 is its letter (B)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This is a recording of a live session: it cannot be changed and re-simulated. Open a scenario to edit one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Drop segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore segment %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ackademy::ui::EventListModel</name>
    <message>
        <location filename="../ui/event_list_model.cpp" line="+98"/>
        <source>↻ retransmission #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✕ lost (drop rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✕ lost (random loss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✕ lost (queue full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lost</source>
        <extracomment>The segment was lost in the network (dropped by the link)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Segment %1, %2 from host %3 to host %4, sent at %5 ms: %6 at %7 ms</source>
        <extracomment>Accessible description of a row: %1 number, %2 flags (SYN, ACK, ...), %3 %4 host letters, %5 time, %6 what happened (e.g. &quot;arrives&quot;), %7 when it happened</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segment %1, %2 from host %3 to host %4, sent at %5 ms: %6 at %7 ms</source>
        <comment>lost</comment>
        <extracomment>Accessible description of a lost segment: %6 says why it was lost, %7 when</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment %1, %2 from host %3 to host %4, sent at %5 ms: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No.</source>
        <extracomment>Column header: the segment&apos;s number on the wire</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seq</source>
        <extracomment>Column header: the TCP sequence number field (as Wireshark labels it)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ack</source>
        <extracomment>Column header: the TCP acknowledgment number field (as Wireshark labels it)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Len</source>
        <extracomment>Column header: the number of data bytes in the segment</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ackademy::ui::EventListPanel</name>
    <message>
        <location filename="../ui/panels/event_list_panel.cpp" line="+58"/>
        <source>Event list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every segment put on the wire, in order. Selecting a row selects the segment in the diagram.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ackademy::ui::HostPanel</name>
    <message>
        <location filename="../ui/panels/host_panel.cpp" line="+109"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The connection state (RFC 9293 §3.3.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SND.UNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oldest unacknowledged sequence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SND.NXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next sequence number to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SND.WND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send window: what the peer last offered (scaled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Initial send sequence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RCV.NXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next sequence number expected from the peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RCV.WND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receive window this host last advertised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Initial receive sequence number (the peer&apos;s ISS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RTO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current retransmission timeout, with its backoff count (RFC 6298)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retransmissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segments this connection has retransmitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cwnd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Congestion window (RFC 5681)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ssthresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slow-start threshold (RFC 5681)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flight size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Octets sent but not yet acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Host %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Host %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This host has no TCB yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not recorded live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A live session records segments and states; the diagram shows this host&apos;s states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not observable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kernel&apos;s variables cannot be seen from outside; only its segments can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Linux calls it %1 (as ss and netstat print it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Not known in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>absolute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>relative %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+4"/>
        <location line="+18"/>
        <location line="+4"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1 s (backoff %2)</source>
        <extracomment>The retransmission timeout in seconds and how often it has been doubled</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 × MSS (MSS = %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>∞</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ackademy::ui::HostsPanel</name>
    <message>
        <location line="+23"/>
        <location line="+10"/>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ackademy::ui::LinkSettingsPanel</name>
    <message>
        <location filename="../ui/panels/link_settings_panel.cpp" line="+219"/>
        <source>TCP profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rfc: the RFCs&apos; defaults. linux: today&apos;s Linux defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same scenario with the same seed gives the same timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link settings message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Switch to the %1 profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Delay %1 slider</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay %1 in ms</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set delay %1 to %2 ms</source>
        <extracomment>Undo/redo text; %1 the direction (&quot;A → B&quot;), %2 the new value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay must be a number from %1 to %2 ms.</source>
        <extracomment>%1 and %2 the bounds of the setting</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jitter %1 slider</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jitter %1 in ms</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set jitter %1 to %2 ms</source>
        <extracomment>Undo/redo text; %1 the direction (&quot;A → B&quot;), %2 the new value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jitter must be a number from %1 to %2 ms. Jitter can be at most the delay.</source>
        <extracomment>%1 and %2 the bounds of the setting</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loss %1 slider</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss %1 in %</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set loss %1 to %2 %</source>
        <extracomment>Undo/redo text; %1 the direction (&quot;A → B&quot;), %2 the new value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss must be a number from %1 to %2 %.</source>
        <extracomment>%1 and %2 the bounds of the setting</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplication %1 slider</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplication %1 in %</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set duplication %1 to %2 %</source>
        <extracomment>Undo/redo text; %1 the direction (&quot;A → B&quot;), %2 the new value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplication must be a number from %1 to %2 %.</source>
        <extracomment>%1 and %2 the bounds of the setting</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reordering %1 slider</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reordering %1 in %</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set reordering %1 to %2 %</source>
        <extracomment>Undo/redo text; %1 the direction (&quot;A → B&quot;), %2 the new value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reordering must be a number from %1 to %2 %.</source>
        <extracomment>%1 and %2 the bounds of the setting</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reordering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+154"/>
        <source>A → B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-154"/>
        <location line="+154"/>
        <source>B → A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Refused “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Refused “%1”: the seed must be a whole number from 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set the seed to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ackademy::ui::LiveControlBar</name>
    <message>
        <location filename="../ui/live_controls.cpp" line="+55"/>
        <source>Host A closes its side of the connection: its FIN follows the data already sent.</source>
        <extracomment>Status bar, live session: our host called close(); FIN is the TCP flag</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Host A aborts the connection: it sends RST and forgets the connection.</source>
        <extracomment>Status bar, live session: our host aborted the connection; RST is the TCP flag</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Host A sends “%1” and a newline: %n byte(s).</source>
        <extracomment>Status bar, live session: %1 the text as typed; %n the bytes sent (with the newline)</extracomment>
        <translation>
            <numerusform>Host A sends “%1” and a newline: %n byte.</numerusform>
            <numerusform>Host A sends “%1” and a newline: %n bytes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Live Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host A sends:</source>
        <extracomment>Label before the text field; A is our host&apos;s letter</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a line of text; Enter sends it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text that Host A sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter sends this line and a newline from Host A to the kernel (Ctrl+T to type here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a Line for Host A to Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host A sends the line and a newline (send())</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close Connection (FIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host A closes its side (close()): it sends FIN once its data is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort Connection (RST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host A aborts (abort()): it sends RST and forgets the connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ackademy::ui::LiveSession</name>
    <message>
        <location filename="../ui/live_session.cpp" line="+68"/>
        <source>Ackademy (Host A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer (Linux kernel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Live mode needs CAP_NET_ADMIN to create a TUN device: run Ackademy as root, or: sudo setcap cap_net_admin+ep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Live session with this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The live session is over: the connection is closed and %1 is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The live session timed out; %1 is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The live session was stopped; %1 is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The live session failed (see the message before this one); %1 is gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ackademy::ui::LiveSessionDialog</name>
    <message>
        <location filename="../ui/live_session_dialog.cpp" line="+140"/>
        <source>Live Session with This Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ackademy&apos;s host (A) talks TCP with this computer&apos;s kernel (B) over a new TUN device. The diagram shows the connection as it happens: our host&apos;s states and segments, and every segment the kernel sends (its states cannot be seen from outside).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TUN &amp;device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Our host (A):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;kernel&apos;s side (B):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subnet prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text to send:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Drop rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPv4ADDRESS:PORT of Ackademy&apos;s host, e.g. 10.77.0.2:3337</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPv4ADDRESS:PORT the kernel gets on the TUN device, e.g. 10.77.0.1:7788</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both addresses lie in this small private subnet (24..30; /30 holds just the two)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a socket listening on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listen for a client on this computer (such as nc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional, sent once the connection is established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>don&apos;t close (the session ends when the kernel closes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s after the connection is established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional, e.g. A:S. B:S#2 (A = our host, B = the kernel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our host&apos;s TCP profile; linux behaves as the kernel it talks to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: “%2” is not an IPv4 address and port; expected e.g. 10.77.0.2:3337</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: “%2” has no port; expected IPv4ADDRESS:PORT, e.g. %2:7788</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: port “%2” is not a port number; expected 1..65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Our host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kernel&apos;s side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Drop rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Before you press OK, in a terminal run: nc -l %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After you press OK, in a terminal run: nc %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The same session from a terminal:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ackademy::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="+64"/>
        <source>%1 ms</source>
        <extracomment>A time in milliseconds with three decimals, e.g. &quot;1000.000 ms&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Listen</source>
        <extracomment>Application call: passive open (the socket API&apos;s listen())</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect</source>
        <extracomment>Application call: active open (the socket API&apos;s connect())</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Send Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Abort (RST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;rash</source>
        <extracomment>The host crashes and forgets every connection</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+114"/>
        <location line="+447"/>
        <source>Sequence diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-308"/>
        <source>Host A sends nothing more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Host B sends nothing more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+283"/>
        <source>Res&amp;tore Selected Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>State Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congestion Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;State Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Congestion Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-90"/>
        <source>&amp;Open Scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-533"/>
        <source>Cl&amp;ose</source>
        <extracomment>Application call: close the connection politely (FIN)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Live session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+362"/>
        <source>Save Scenario &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole Diagram…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visible Part…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG at &amp;2× Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Live Session with This Computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let Ackademy&apos;s host talk TCP with this computer&apos;s kernel over a TUN device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sto&amp;p Live Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the live session and remove its TUN device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Drop Selected Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop Next Segment from &amp;A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop Next Segment from &amp;B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Relative Sequence Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the start (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step back to the previous event (Left, P, Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step forward to the next event (Right, N, Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the end (End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Ackademy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <extracomment>View menu: the user interface language; its entries are the languages&apos; own names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;System Default</source>
        <extracomment>Language menu: follow the desktop&apos;s language</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host &amp;A at the Playhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host &amp;B at the Playhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Host %1: %2 at the playhead</source>
        <extracomment>Tooltip of an application call, e.g. &quot;Host A: Connect at the playhead&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1×</source>
        <extracomment>Playback speed, e.g. &quot;0.25×&quot;, &quot;2×&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playhead position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to move through the whole timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playhead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space play · → next · ← back · Delete drop the selected segment · Ctrl+Z undo · F1 all keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard hints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+128"/>
        <source>t = %1 s   step %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Playback Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Ackademy[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1[*] — Ackademy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>● LIVE on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live session indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Live session on %1: the diagram follows the connection as it happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ackademy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Host %1: %2 at %3</source>
        <extracomment>Undo text, e.g. &quot;Host A: Connect at 0.000 ms&quot;; %2 is the call (Listen, Connect, ...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Send Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text that host %1 sends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The scenario has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save Scenario As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenario files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export Visible Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play or pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right, N, Page Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step forward to the next event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left, P, Page Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step back to the previous event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home, End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the start, the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop the selected segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore the selected segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+D, Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop the next segment from A, from B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Z, Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo, redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+=, Ctrl+-, Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom in, zoom out, fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relative or absolute sequence numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+O, Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open, save a scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E, Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the whole diagram, the visible part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+T, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Live session: type a line for Host A, send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About Ackademy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Ackademy %1&lt;/h3&gt;&lt;p&gt;An interactive TCP simulator for the classroom.&lt;/p&gt;&lt;p&gt;Step through a connection segment by segment, drop any segment and watch TCP recover — with the same flags, numbers and timers a real stack uses.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ackademy::ui::NarrationPanel</name>
    <message>
        <location filename="../ui/panels/narration_panel.cpp" line="+281"/>
        <source>RFC 9293 §3.10.1–3.10.6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFC 9293 §3.10.7.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFC 9293 §3.10.7.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFC 9293 §3.10.7.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFC 9293 §3.10.7.4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFC 9293 §3.10.8, §3.8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFC 6298</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFC 5681</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFC 9293 §3.4.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFC 9293 §3.1, §3.7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>seq = %1, ack = %2</source>
        <extracomment>seq and ack are the TCP header fields (sequence and acknowledgment numbers); keep them as they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seq = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 with %Ln byte(s) of data</source>
        <extracomment>%1 is the segment&apos;s flags (SYN, ACK, ...), which stay untranslated</extracomment>
        <translation>
            <numerusform>%1 with %Ln byte of data</numerusform>
            <numerusform>%1 with %Ln bytes of data</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a drop rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drop rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>random loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the link&apos;s queue is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+122"/>
        <source>… %Ln earlier sentence(s)</source>
        <translation>
            <numerusform>… %Ln earlier sentence</numerusform>
            <numerusform>… %Ln earlier sentences</numerusform>
        </translation>
    </message>
    <message>
        <location line="-103"/>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-364"/>
        <source>Host %1 sends %2 (%3) and enters LISTEN, waiting for a connection request.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters LISTEN, waiting for a connection request.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters LISTEN, waiting for a connection request.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to LISTEN, waiting for a connection request.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First handshake: Host %1 sends %2 (%3) and enters SYN-SENT, waiting for Host %4 to confirm.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters SYN-SENT, waiting for Host %4 to confirm.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters SYN-SENT, waiting for Host %4 to confirm.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to SYN-SENT, waiting for Host %4 to confirm.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Second handshake: Host %1 sends %2 (%3) and enters SYN-RECEIVED, waiting for Host %4 to acknowledge it.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters SYN-RECEIVED, waiting for Host %4 to acknowledge it.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters SYN-RECEIVED, waiting for Host %4 to acknowledge it.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to SYN-RECEIVED, waiting for Host %4 to acknowledge it.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters ESTABLISHED: the connection is open.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters ESTABLISHED: the connection is open.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters ESTABLISHED: the connection is open.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to ESTABLISHED: the connection is open.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters FIN-WAIT-1, waiting for Host %4 to acknowledge its FIN.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters FIN-WAIT-1, waiting for Host %4 to acknowledge its FIN.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters FIN-WAIT-1, waiting for Host %4 to acknowledge its FIN.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to FIN-WAIT-1, waiting for Host %4 to acknowledge its FIN.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters FIN-WAIT-2, waiting for Host %4 to close its side.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters FIN-WAIT-2, waiting for Host %4 to close its side.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters FIN-WAIT-2, waiting for Host %4 to close its side.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to FIN-WAIT-2, waiting for Host %4 to close its side.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters CLOSE-WAIT: Host %4 has finished sending.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters CLOSE-WAIT: Host %4 has finished sending.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters CLOSE-WAIT: Host %4 has finished sending.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to CLOSE-WAIT: Host %4 has finished sending.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters CLOSING: both sides are closing at once.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters CLOSING: both sides are closing at once.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters CLOSING: both sides are closing at once.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to CLOSING: both sides are closing at once.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters LAST-ACK, waiting for the last ACK.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters LAST-ACK, waiting for the last ACK.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters LAST-ACK, waiting for the last ACK.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to LAST-ACK, waiting for the last ACK.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters TIME-WAIT, waiting 2 MSL so that old segments die out.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters TIME-WAIT, waiting 2 MSL so that old segments die out.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters TIME-WAIT, waiting 2 MSL so that old segments die out.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to TIME-WAIT, waiting 2 MSL so that old segments die out.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters CLOSED.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters CLOSED.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 enters CLOSED.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to CLOSED.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Third handshake: Host %1 sends %2 (%3) and enters ESTABLISHED: the connection is open.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Third handshake: Host %1 retransmits %2 (%3), retransmission #%5, and enters ESTABLISHED: the connection is open.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Host %1 sends %2 (%3).</source>
        <extracomment>%1 a host letter (A, B); %2 the segment (&quot;SYN&quot;, &quot;ACK with 5 bytes of data&quot;); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5.</source>
        <extracomment>%1 a host letter (A, B); %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Host %1&apos;s retransmission timer expires.</source>
        <extracomment>%1 a host letter (A, B)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1&apos;s TIME-WAIT timer expires.</source>
        <extracomment>%1 a host letter (A, B)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1&apos;s delayed-ACK timer expires.</source>
        <extracomment>%1 a host letter (A, B)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1&apos;s persist timer expires.</source>
        <extracomment>%1 a host letter (A, B)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1&apos;s user timeout expires.</source>
        <extracomment>%1 a host letter (A, B)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Host %1 receives %2 (%3) from Host %4.</source>
        <extracomment>%1 and %4 host letters (A, B): %1 receives from %4; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The %1 (%2) from Host %3 to Host %4 is lost (%5).</source>
        <extracomment>%1 the flags (SYN, ACK, ...), %2 &quot;seq = ...&quot;, %3 and %4 host letters (from %3 to %4), %5 the cause</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Host %1 delivers %Ln byte(s) to its application.</source>
        <extracomment>%1 a host letter (A, B)</extracomment>
        <translation>
            <numerusform>Host %1 delivers %Ln byte to its application.</numerusform>
            <numerusform>Host %1 delivers %Ln bytes to its application.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>connection reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remote socket unspecified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection aborted due to user timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection closed by peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing to report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 tells its application: %2.</source>
        <extracomment>%1 a host letter (A, B); %2 what TCP tells it, e.g. &quot;connection refused&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+4"/>
        <source>Narration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>One sentence per event up to the playhead; the last one is the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing has happened yet. Step forward (→) to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 s</source>
        <extracomment>A time in seconds, e.g. &quot;1.250 s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ackademy::ui::PacketInspector</name>
    <message>
        <location filename="../ui/panels/packet_inspector.cpp" line="+377"/>
        <location line="+157"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-293"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-156"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header fields of the segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes of the packet in hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspected segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+83"/>
        <source>No segment yet. Step forward, or click a segment in the diagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Segment #%1: %2 from Host %3 to Host %4, sent at %5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segment #%1: %2 from Host %3 to Host %4, sent at %5 s (the latest; click a segment to choose another)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bytes %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Internet Protocol version 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 bytes (IHL %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+57"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Don&apos;t fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t fragment (DF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>More fragments (MF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fragment offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>6 (TCP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+104"/>
        <source>%1 (correct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+105"/>
        <source>%1 (WRONG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Source address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 (Host %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 (Host %2, Linux kernel)</source>
        <extracomment>An address and its host in a live session: %1 the IPv4 address, %2 the host&apos;s letter (B)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Destination address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Transmission Control Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>port %1 → %2, %3, data: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (absolute %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (relative %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sequence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledgment number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (not used: ACK is not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2 bytes of header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>accurate ECN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>congestion window reduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ECN echo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>urgent pointer is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acknowledgment number is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reset the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>synchronize sequence numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no more data from the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1: set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>0: not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (never scaled in a SYN, RFC 7323 §2.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 × 2^%2 = %3 bytes (scale from the handshake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 bytes (no window scaling on this connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Urgent pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (not used: URG is not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>End of option list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>then padding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No-operation (NOP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>aligns the next option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Malformed option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Maximum segment size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shift %1 (multiply by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SACK permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>selective acknowledgments may be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TSval %1, TSecr %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Option kind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1…”</source>
        <extracomment>The data as text, quoted; %1 its first 200 characters (the data goes on)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1”</source>
        <extracomment>The data as text, quoted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of binary data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ackademy::ui::PresentationMode</name>
    <message>
        <location filename="../ui/presentation.cpp" line="+93"/>
        <source>Pr&amp;esentation Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presentation mode: full screen, large and high contrast (F11; Esc leaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank the Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave Presentation Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presentation controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Blank screen (press B to show the diagram again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>t = %1 s · step %2 of %3 · Esc leaves</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ackademy::ui::SequenceDiagramView</name>
    <message>
        <location filename="../ui/diagram/sequence_diagram_view.cpp" line="+32"/>
        <source>Sequence diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+348"/>
        <source>Drop this segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a segment lost by a drop rule can be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&lt;b&gt;%1&lt;/b&gt;, segment %2 on the wire, from host %3 to host %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2</source>
        <extracomment>Tooltip line: %1 is &quot;seq=1 ack=1&quot;, %2 is &quot;len=5&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flags: %1 (tcpdump: [%2])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>window: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>options: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent at %1, arrived at %2 (transit %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sent at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ackademy::ui::StateDiagramView</name>
    <message>
        <location filename="../ui/panels/state_diagram.cpp" line="+144"/>
        <source>TCP state diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Host %1: its states cannot be observed from outside</source>
        <extracomment>Live session: %1 the kernel&apos;s host, &quot;B (Linux kernel)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ackademy::ui::TraceExportMenu</name>
    <message>
        <location filename="../ui/trace_export.cpp" line="+29"/>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Export &amp;Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;pcap (Wireshark, tcpdump)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A capture file of every packet on the wire, or of only what Host A or Host B would capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;tcpdump Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What tcpdump -n -tt prints for the capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;JSON Lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One JSON object per event, for scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The wire (every segment as it is sent, lost ones too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host A (its sends and what reaches it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host B (its sends and what reaches it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where is the capture taken?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>pcap capture (*.pcap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tcpdump text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The trace was not written.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
