<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BuiltinScenario</name>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="+26"/>
        <source>The three-way handshake</source>
        <comment>title of handshake</comment>
        <translation>Der Drei-Wege-Handshake</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host B listens; host A opens the connection. A sends SYN with its initial sequence number, B answers SYN,ACK with its own ISN and acknowledges A&apos;s ISN + 1, and A acknowledges B&apos;s ISN + 1. Three segments, and both sides are ESTABLISHED: each SYN consumes one sequence number, the final ACK consumes none (RFC 9293 Figure 6).</source>
        <comment>description of handshake</comment>
        <translation>Host B wartet passiv (LISTEN); Host A baut die Verbindung auf. A sendet ein SYN mit seiner initialen Sequenznummer, B antwortet mit SYN,ACK, das seine eigene ISN enthält und die ISN von A + 1 bestätigt, und A bestätigt die ISN von B + 1. Drei Segmente, und beide Seiten sind im Zustand ESTABLISHED: Jedes SYN verbraucht eine Sequenznummer, das abschließende ACK keine (RFC 9293 Figure 6).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A whole connection: open, exchange data, close</source>
        <comment>title of handshake-data-close</comment>
        <translation>Eine ganze Verbindung: Aufbau, Datenaustausch, Abbau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The life of a connection in one picture. After the handshake A sends a request and B a reply; each side acknowledges the other&apos;s bytes by the next sequence number it expects. Then A closes: its FIN is acknowledged, B closes in turn, and A waits in TIME-WAIT for 2 MSL before the connection is gone (RFC 9293 Figure 12).</source>
        <comment>description of handshake-data-close</comment>
        <translation>Das Leben einer Verbindung in einem Bild. Nach dem Handshake sendet A eine Anfrage und B eine Antwort; jede Seite bestätigt die Bytes der anderen mit der nächsten Sequenznummer, die sie erwartet. Dann schließt A: Sein FIN wird bestätigt, B schließt ebenfalls, und A wartet im Zustand TIME-WAIT 2 MSL lang, bevor die Verbindung verschwindet (RFC 9293 Figure 12).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first SYN is lost</source>
        <comment>title of syn-lost</comment>
        <translation>Das erste SYN geht verloren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&apos;s SYN never reaches B. Nothing comes back, so A&apos;s retransmission timer expires after the initial RTO (1 s in RFC 6298) and A sends the SYN again with the same initial sequence number. The second SYN gets through and the handshake completes one RTO late.</source>
        <comment>description of syn-lost</comment>
        <translation>Das SYN von A erreicht B nie. Es kommt keine Antwort, also läuft der Timer für die Übertragungswiederholung von A nach dem anfänglichen RTO ab (1 s laut RFC 6298), und A sendet das SYN mit derselben initialen Sequenznummer erneut. Das zweite SYN kommt an, und der Handshake wird ein RTO später abgeschlossen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The SYN,ACK is lost</source>
        <comment>title of synack-lost</comment>
        <translation>Das SYN,ACK geht verloren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B answers A&apos;s SYN, but the SYN,ACK is lost. Both sides now wait: B in SYN-RECEIVED, A in SYN-SENT. Each retransmits when its own timer expires, with the same ISN as before; whichever retransmission arrives first lets the handshake finish.</source>
        <comment>description of synack-lost</comment>
        <translation>B beantwortet das SYN von A, aber das SYN,ACK geht verloren. Nun warten beide Seiten: B in SYN-RECEIVED, A in SYN-SENT. Jede Seite wiederholt ihre Übertragung, wenn ihr eigener Timer abläuft, mit derselben ISN wie zuvor; die Wiederholung, die zuerst ankommt, lässt den Handshake abschließen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last ACK of the handshake is lost</source>
        <comment>title of ack-lost</comment>
        <translation>Das letzte ACK des Handshakes geht verloren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A is ESTABLISHED as soon as it sends the third segment, but that ACK is lost and B stays in SYN-RECEIVED. B&apos;s timer expires and it retransmits its SYN,ACK; A sees an old, already-acknowledged segment and answers with an ACK, which finally moves B to ESTABLISHED.</source>
        <comment>description of ack-lost</comment>
        <translation>A ist ESTABLISHED, sobald das dritte Segment gesendet ist, doch dieses ACK geht verloren, und B bleibt in SYN-RECEIVED. Der Timer von B läuft ab, und B sendet sein SYN,ACK erneut; A sieht ein altes, bereits bestätigtes Segment und antwortet mit einem ACK, das B schließlich nach ESTABLISHED bringt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody answers: the connection attempt times out</source>
        <comment>title of syn-timeout</comment>
        <translation>Niemand antwortet: Zeitüberschreitung beim Verbindungsaufbau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every SYN A sends is lost. A retransmits with the same ISN, doubling the timeout each time (exponential backoff), until it reaches its retry limit and gives up: the application is told the connection timed out. Compare the rfc and linux profiles: they differ in the initial timeout and in the number of retries.</source>
        <comment>description of syn-timeout</comment>
        <translation>Jedes SYN, das A sendet, geht verloren. A wiederholt die Übertragung mit derselben ISN und verdoppelt dabei jedes Mal den Timeout (exponentielles Backoff), bis die Höchstzahl an Wiederholungen erreicht ist und A aufgibt: Die Anwendung erfährt, dass die Verbindung in eine Zeitüberschreitung gelaufen ist. Vergleichen Sie die Profile rfc und linux: Sie unterscheiden sich im anfänglichen Timeout und in der Zahl der Wiederholungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connection refused: nobody listens on the port</source>
        <comment>title of port-closed</comment>
        <translation>Verbindung abgelehnt: Niemand lauscht auf dem Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B is up, but no application listens on port 7788. B&apos;s TCP answers A&apos;s SYN with a reset: RST,ACK with sequence number 0 and an acknowledgment of A&apos;s ISN + 1, so that A can tell the reset belongs to its SYN. A goes straight back to CLOSED and the application is told the connection was refused (RFC 9293 calls it &apos;connection reset&apos;).</source>
        <comment>description of port-closed</comment>
        <translation>B läuft, aber keine Anwendung lauscht auf Port 7788. Das TCP von B beantwortet das SYN von A mit einem Reset: RST,ACK mit Sequenznummer 0 und der Bestätigungsnummer ISN von A + 1, damit A erkennen kann, dass der Reset zu seinem SYN gehört. A kehrt sofort nach CLOSED zurück, und die Anwendung erfährt, dass die Verbindung abgelehnt wurde (RFC 9293 nennt das „connection reset“).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Simultaneous open: both sides connect at once</source>
        <comment>title of simultaneous-open</comment>
        <translation>Gleichzeitiges Öffnen: Beide Seiten verbinden sich zugleich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A and B both actively open a connection to each other at the same moment, so their SYNs cross in the network. Each receives a SYN while in SYN-SENT, moves to SYN-RECEIVED and answers with SYN,ACK; each SYN,ACK completes the handshake for its receiver. Each side then acknowledges the other&apos;s SYN,ACK: six segments instead of three, and a single connection (RFC 9293 Figure 7).</source>
        <comment>description of simultaneous-open</comment>
        <translation>A und B öffnen im selben Moment aktiv eine Verbindung zueinander, sodass sich ihre SYNs im Netz kreuzen. Jede Seite empfängt ein SYN im Zustand SYN-SENT, wechselt nach SYN-RECEIVED und antwortet mit SYN,ACK; jedes SYN,ACK schließt den Handshake für seinen Empfänger ab. Danach bestätigt jede Seite das SYN,ACK der anderen: sechs Segmente statt drei, und eine einzige Verbindung (RFC 9293 Figure 7).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Simultaneous close: the FINs cross</source>
        <comment>title of simultaneous-close</comment>
        <translation>Gleichzeitiges Schließen: Die FINs kreuzen sich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both applications close at the same moment, so the two FINs cross. Each side receives a FIN while in FIN-WAIT-1, acknowledges it and moves to CLOSING; when its own FIN is acknowledged it enters TIME-WAIT. Both sides end up waiting 2 MSL (RFC 9293 Figure 13).</source>
        <comment>description of simultaneous-close</comment>
        <translation>Beide Anwendungen schließen im selben Moment, sodass sich die beiden FINs kreuzen. Jede Seite empfängt ein FIN im Zustand FIN-WAIT-1, bestätigt es und wechselt nach CLOSING; sobald ihr eigenes FIN bestätigt ist, geht sie in TIME-WAIT über. Am Ende warten beide Seiten 2 MSL (RFC 9293 Figure 13).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An old duplicate SYN arrives</source>
        <comment>title of old-duplicate-syn</comment>
        <translation>Ein altes doppeltes SYN trifft ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A SYN from A&apos;s previous incarnation (sequence number ISN - 100) was held up in the network; A has since crashed and is connecting again. The old SYN reaches B first and B answers it. A, in SYN-SENT, sees a SYN,ACK that does not acknowledge its own SYN and answers with a reset whose sequence number is that unacceptable acknowledgment number. B returns to LISTEN, and when A&apos;s real SYN arrives the handshake proceeds normally. (In Figure 8 the real SYN is merely slow; our link delivers segments in order, so here it is lost and its retransmission plays that part.) This is why TCP uses a three-way handshake (RFC 9293 Figure 8).</source>
        <comment>description of old-duplicate-syn</comment>
        <translation>Ein SYN aus einer früheren Inkarnation von A (Sequenznummer ISN - 100) wurde im Netz aufgehalten; A ist inzwischen abgestürzt und baut erneut eine Verbindung auf. Das alte SYN erreicht B zuerst, und B beantwortet es. A sieht in SYN-SENT ein SYN,ACK, das sein eigenes SYN nicht bestätigt, und antwortet mit einem Reset, dessen Sequenznummer diese unzulässige Bestätigungsnummer ist. B kehrt nach LISTEN zurück, und wenn das echte SYN von A eintrifft, verläuft der Handshake normal. (In Figure 8 ist das echte SYN nur langsam; unser Link stellt Segmente in Reihenfolge zu, daher geht es hier verloren, und seine Übertragungswiederholung übernimmt diese Rolle.) Deshalb verwendet TCP einen Drei-Wege-Handshake (RFC 9293 Figure 8).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Half-open connection: A crashes and reconnects</source>
        <comment>title of half-open</comment>
        <translation>Halboffene Verbindung: A stürzt ab und verbindet sich neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A and B are connected when A crashes and loses all memory of the connection; B still believes it is ESTABLISHED. When A opens a new connection from the same port, B answers the unexpected SYN with an ACK for the data it expects. That ACK makes no sense to A, which answers with a reset; the reset tells B the old connection is dead and B aborts it (RFC 9293 Figure 9).</source>
        <comment>description of half-open</comment>
        <translation>A und B sind verbunden, als A abstürzt und jede Erinnerung an die Verbindung verliert; B hält sich weiterhin für ESTABLISHED. Als A vom selben Port aus eine neue Verbindung öffnet, beantwortet B das unerwartete SYN mit einem ACK für die Daten, die B erwartet. Dieses ACK ergibt für A keinen Sinn, und A antwortet mit einem Reset; der Reset teilt B mit, dass die alte Verbindung tot ist, und B bricht sie ab (RFC 9293 Figure 9).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Half-open connection: B sends to a crashed A</source>
        <comment>title of half-open-data</comment>
        <translation>Halboffene Verbindung: B sendet an ein abgestürztes A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A crashes while connected and forgets the connection. B does not know and sends data. The segment arrives at a host with no matching connection, so A&apos;s TCP answers with a reset, and B aborts its half of the connection (RFC 9293 Figure 10).</source>
        <comment>description of half-open-data</comment>
        <translation>A stürzt während einer bestehenden Verbindung ab und vergisst sie. B weiß davon nichts und sendet Daten. Das Segment erreicht einen Host ohne passende Verbindung, also antwortet das TCP von A mit einem Reset, und B bricht seine Hälfte der Verbindung ab (RFC 9293 Figure 10).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why TIME-WAIT exists: the last ACK is lost</source>
        <comment>title of fin-lost-time-wait</comment>
        <translation>Wozu TIME-WAIT dient: Das letzte ACK geht verloren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A closes first, B closes in turn, and A acknowledges B&apos;s FIN and enters TIME-WAIT. That last ACK is lost, so B, in LAST-ACK, retransmits its FIN. Because A is still in TIME-WAIT it can acknowledge the FIN again (and restarts its 2 MSL timer). Without TIME-WAIT, A would have answered with a reset and B would report an error for a connection that closed cleanly.</source>
        <comment>description of fin-lost-time-wait</comment>
        <translation>A schließt zuerst, B schließt danach, und A bestätigt das FIN von B und geht in TIME-WAIT über. Dieses letzte ACK geht verloren, also sendet B in LAST-ACK sein FIN erneut. Weil A noch in TIME-WAIT ist, kann A das FIN erneut bestätigen (und startet seinen 2-MSL-Timer neu). Ohne TIME-WAIT hätte A mit einem Reset geantwortet, und B würde einen Fehler für eine Verbindung melden, die ordnungsgemäß geschlossen wurde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Abort: closing with a reset</source>
        <comment>title of abort-rst</comment>
        <translation>Abbruch: Schließen mit einem Reset</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instead of the polite FIN exchange, A&apos;s application aborts the connection. A sends a single RST and forgets the connection at once; B accepts the reset because its sequence number is in the window, drops the connection and tells its application &apos;connection reset by peer&apos;. Nothing is acknowledged and there is no TIME-WAIT.</source>
        <comment>description of abort-rst</comment>
        <translation>Statt des höflichen FIN-Austauschs bricht die Anwendung von A die Verbindung ab. A sendet ein einzelnes RST und vergisst die Verbindung sofort; B akzeptiert den Reset, weil seine Sequenznummer im Fenster liegt, verwirft die Verbindung und meldet seiner Anwendung „connection reset by peer“. Nichts wird bestätigt, und es gibt kein TIME-WAIT.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A lost data segment is retransmitted on timeout</source>
        <comment>title of data-loss-rto</comment>
        <translation>Ein verlorenes Datensegment wird nach dem Timeout wiederholt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sends three full-sized segments and the first is lost. (Under the linux profile every segment carries 12 bytes of timestamps, so 4380 bytes make three 1448-byte segments and a 36-byte tail that Nagle holds back until the data is acknowledged.) B receives the second and third out of order, keeps them, and each time acknowledges again the first byte it is still missing: duplicate ACKs. Two duplicates are not enough for fast retransmit, so A waits for its retransmission timer, resends the missing segment, and a single cumulative ACK then covers all three (RFC 6298).</source>
        <comment>description of data-loss-rto</comment>
        <translation>A sendet drei Segmente voller Größe, und das erste geht verloren. (Im Profil linux trägt jedes Segment 12 Byte Zeitstempel, daher ergeben 4380 Byte drei Segmente zu 1448 Byte und einen Rest von 36 Byte, den Nagle zurückhält, bis die Daten bestätigt sind.) B empfängt das zweite und dritte Segment außer der Reihe, behält sie und bestätigt jedes Mal erneut das erste Byte, das ihm noch fehlt: doppelte ACKs. Zwei Duplikate reichen für Fast Retransmit nicht aus, also wartet A auf seinen Timer für die Übertragungswiederholung, sendet das fehlende Segment erneut, und ein einziges kumulatives ACK deckt dann alle drei ab (RFC 6298).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fast retransmit after three duplicate ACKs</source>
        <comment>title of fast-retransmit</comment>
        <translation>Fast Retransmit nach drei doppelten ACKs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sends a stream of data and one segment is lost. Each later segment that reaches B produces a duplicate ACK for the missing byte. After the third duplicate ACK, A does not wait for its timer: it retransmits the missing segment at once and halves its congestion window (fast retransmit and fast recovery, RFC 5681).</source>
        <comment>description of fast-retransmit</comment>
        <translation>A sendet einen Datenstrom, und ein Segment geht verloren. Jedes spätere Segment, das B erreicht, erzeugt ein doppeltes ACK für das fehlende Byte. Nach dem dritten doppelten ACK wartet A nicht auf seinen Timer: A sendet das fehlende Segment sofort erneut und halbiert sein Überlastfenster (Fast Retransmit und Fast Recovery, RFC 5681).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Flow control: the receive window closes</source>
        <comment>title of zero-window</comment>
        <translation>Flusskontrolle: Das Empfangsfenster schließt sich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B&apos;s application stops reading, so received data piles up in B&apos;s buffer and the window B advertises shrinks, segment by segment, to zero. A must stop sending; when it has more to send it probes the closed window with its persist timer (one byte, backing off), so that it notices when space opens. When B&apos;s application reads again, B announces the open window and the transfer resumes.</source>
        <comment>description of zero-window</comment>
        <translation>Die Anwendung von B hört auf zu lesen, sodass sich die empfangenen Daten im Puffer von B stauen und das Fenster, das B ankündigt, Segment für Segment bis auf null schrumpft. A muss aufhören zu senden; hat A weitere Daten zu senden, fragt A das geschlossene Fenster mit Hilfe seines Persistenz-Timers ab (Nullfenster-Probe: ein Byte, mit Backoff), um zu bemerken, wenn wieder Platz frei wird. Sobald die Anwendung von B wieder liest, kündigt B das geöffnete Fenster an, und die Übertragung geht weiter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bulk transfer over a lossy link</source>
        <comment>title of lossy-link</comment>
        <translation>Massendatenübertragung über einen verlustbehafteten Link</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sends 50 kB over a link that loses one segment in five in each direction. Watch TCP keep the byte stream intact: duplicate ACKs, fast retransmits, retransmission timeouts with backoff, and a congestion window that keeps shrinking. Change the seed to see a different pattern of losses.</source>
        <comment>description of lossy-link</comment>
        <translation>A sendet 50 kB über einen Link, der in jeder Richtung eines von fünf Segmenten verliert. Beobachten Sie, wie TCP den Bytestrom intakt hält: doppelte ACKs, Fast Retransmits, Timeouts mit Backoff und ein Überlastfenster, das immer weiter schrumpft. Ändern Sie den Startwert, um ein anderes Verlustmuster zu sehen.</translation>
    </message>
</context>
<context>
    <name>CwndPlot</name>
    <message>
        <location filename="../ui/panels/cwnd_plot.cpp" line="+104"/>
        <source>No data is sent in this scenario, so the congestion window never changes.
Choose a scenario with data (for example fast-retransmit) to see cwnd and ssthresh.</source>
        <translation>In diesem Szenario werden keine Daten gesendet, daher ändert sich das Überlastfenster nie.
Wählen Sie ein Szenario mit Daten (zum Beispiel fast-retransmit), um cwnd und ssthresh zu sehen.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Host %1 sends: segments of %2 bytes</source>
        <translation>Host %1 sendet: Segmente zu %2 Byte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host %1 sends (bytes)</source>
        <translation>Host %1 sendet (Byte)</translation>
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
        <translation>unterwegs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at the playhead: cwnd %1, ssthresh %2</source>
        <translation>an der Abspielposition: cwnd %1, ssthresh %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+99"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
</context>
<context>
    <name>DiagramExport</name>
    <message>
        <location filename="../ui/diagram/diagram_export.cpp" line="+64"/>
        <source>Cannot export the diagram to “%1”: %2.</source>
        <translation>Das Diagramm kann nicht nach „%1“ exportiert werden: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown format, use a name ending in .png, .svg or .pdf</source>
        <translation>unbekanntes Format, verwenden Sie einen Namen mit der Endung .png, .svg oder .pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder “%1” does not exist</source>
        <translation>der Ordner „%1“ existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the picture could not be drawn</source>
        <translation>das Bild konnte nicht gezeichnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP sequence diagram</source>
        <translation>TCP-Sequenzdiagramm</translation>
    </message>
</context>
<context>
    <name>DiagramLayout</name>
    <message>
        <location filename="../ui/diagram/diagram_layout.cpp" line="+37"/>
        <source>Host %1</source>
        <translation>Host %1</translation>
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
        <translation>verzögertes ACK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>persist</source>
        <translation>Persistenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user timeout</source>
        <translation>Benutzer-Timeout</translation>
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
        <translation>Absturz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pause reading</source>
        <translation>Lesen angehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resume reading</source>
        <translation>Lesen fortgesetzt</translation>
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
        <translation>↻ Wiederholung #%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>↻ retransmission</source>
        <translation>↻ Wiederholung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate copy made by the link</source>
        <translation>Duplikat, vom Link erzeugt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>drop rule “%1”</source>
        <translation>Verwerfregel „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>drop rule</source>
        <translation>Verwerfregel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>random loss</source>
        <translation>zufälliger Verlust</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>queue full</source>
        <translation>Warteschlange voll</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lost</source>
        <extracomment>Label beside a segment that the link dropped (the segment is lost in the network)</extracomment>
        <translation>verloren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lost: %1</source>
        <translation>verloren: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>TIME-WAIT %1</source>
        <translation>TIME-WAIT %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RTO %1 left</source>
        <translation>RTO noch %1</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>%1 %2 (backoff %3) expired</source>
        <extracomment>Timer label on a lifeline: %1 the timer (RTO), %2 its length, %3 the backoff count</extracomment>
        <translation>%1 %2 (Backoff %3) abgelaufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 (backoff %3)</source>
        <extracomment>Timer label on a lifeline: %1 the timer (RTO), %2 its length, %3 the backoff count</extracomment>
        <translation>%1 %2 (Backoff %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 expired</source>
        <extracomment>Timer label on a lifeline: %1 the timer (RTO, persist, ...), %2 its length</extracomment>
        <translation>%1 %2 abgelaufen</translation>
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
        <translation>%1 noch %2</translation>
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
        <translation>Timer</translation>
    </message>
</context>
<context>
    <name>StateDiagram</name>
    <message>
        <location filename="../ui/panels/state_diagram.cpp" line="+147"/>
        <source>passive OPEN</source>
        <translation>passives OPEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create TCB</source>
        <translation>TCB anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+12"/>
        <location line="+2"/>
        <location line="+7"/>
        <source>CLOSE</source>
        <translation>CLOSE</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+4"/>
        <location line="+27"/>
        <source>delete TCB</source>
        <translation>TCB löschen</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>active OPEN</source>
        <translation>aktives OPEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>snd SYN</source>
        <translation>sende SYN</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>rcv SYN</source>
        <translation>empf. SYN</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>snd SYN,ACK</source>
        <translation>sende SYN,ACK</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>rcv RST</source>
        <translation>empf. RST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SEND</source>
        <translation>SEND</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rcv ACK of SYN</source>
        <translation>empf. ACK für SYN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rcv SYN,ACK</source>
        <translation>empf. SYN,ACK</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+3"/>
        <location line="+4"/>
        <source>snd ACK</source>
        <translation>sende ACK</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+2"/>
        <location line="+7"/>
        <source>snd FIN</source>
        <translation>sende FIN</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+3"/>
        <location line="+4"/>
        <source>rcv FIN</source>
        <translation>empf. FIN</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+7"/>
        <location line="+1"/>
        <source>rcv ACK of FIN</source>
        <translation>empf. ACK für FIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout=2MSL</source>
        <translation>Timeout=2MSL</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Host %1: %2</source>
        <translation>Host %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an arrow of RFC 9293 Figure 5</source>
        <translation>kein Pfeil aus RFC 9293 Figure 5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1: %2 → %3   %4 (rule %5)</source>
        <extracomment>Caption: %1 host letter, %2 %3 RFC state names, %4 the arrow&apos;s event / action, %5 a rule ID</extracomment>
        <translation>Host %1: %2 → %3   %4 (Regel %5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Host %1: %2 → %3   %4</source>
        <extracomment>Caption: %1 host letter, %2 %3 RFC state names (untranslated), %4 the arrow&apos;s event / action</extracomment>
        <translation>Host %1: %2 → %3   %4</translation>
    </message>
</context>
<context>
    <name>ackademy::gui::CommandLine</name>
    <message>
        <location filename="../app/gui/command_line.cpp" line="+43"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot write %1: the folder %2 is not writable</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner %2 ist nicht beschreibbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write %1: it is a folder</source>
        <translation>%1 kann nicht geschrieben werden: Es ist ein Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot write %1: the file is not writable</source>
        <translation>%1 kann nicht geschrieben werden: Die Datei ist nicht beschreibbar</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>unknown option &apos;%1&apos;; did you mean %2?</source>
        <translation>unbekannte Option „%1“; meinten Sie %2?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown option &apos;%1&apos;; &apos;ackademy --help&apos; lists the options</source>
        <translation>unbekannte Option „%1“; „ackademy --help“ listet die Optionen auf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 takes no value; expected %1 alone</source>
        <translation>%1 nimmt keinen Wert; erwartet: %1 allein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: no value given; expected %2</source>
        <translation>%1: kein Wert angegeben; erwartet: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ackademy: an interactive TCP simulator for the classroom.</source>
        <translation>Ackademy: ein interaktiver TCP-Simulator für den Unterricht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP profile: rfc or linux.</source>
        <translation>TCP-Profil: rfc oder linux.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop a segment: N (the N-th on the wire) or [A|B:]FLAGS[#K], e.g. B:S. (repeatable).</source>
        <translation>Ein Segment verwerfen: N (das N-te auf der Leitung) oder [A|B:]FLAGS[#K], z. B. B:S. (mehrfach angebbar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the playhead at T milliseconds.</source>
        <translation>Die Abspielposition auf T Millisekunden setzen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the playhead on the N-th event.</source>
        <translation>Die Abspielposition auf das N-te Ereignis setzen.</translation>
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
        <translation>Die Abspielposition ans Ende setzen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour theme: light or dark.</source>
        <translation>Farbschema: light oder dark.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>THEME</source>
        <translation>THEMA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window size, e.g. 1920x1080.</source>
        <translation>Fenstergröße, z. B. 1920x1080.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the whole window to FILE.png and exit.</source>
        <translation>Das ganze Fenster in DATEI.png schreiben und beenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE.png</source>
        <translation>DATEI.png</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the diagram to FILE (.png, .svg or .pdf) and exit.</source>
        <translation>Das Diagramm in DATEI (.png, .svg oder .pdf) schreiben und beenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select the N-th segment on the wire (1-based), as a click on it does.</source>
        <translation>Das N-te Segment auf der Leitung auswählen (ab 1 gezählt), wie ein Klick darauf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show this panel on top of its tab group: %1.</source>
        <translation>Diesen Bereich in seiner Registerkartengruppe nach vorne holen: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start in presentation mode (full screen unless --size is given).</source>
        <translation>Im Präsentationsmodus starten (Vollbild, außer --size ist angegeben).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User interface language: %1 (default: the system&apos;s).</source>
        <translation>Sprache der Benutzeroberfläche: %1 (Standard: die des Systems).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A built-in scenario name or a .json file (default: handshake).</source>
        <translation>Name eines eingebauten Szenarios oder eine .json-Datei (Standard: handshake).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[SCENARIO]</source>
        <translation>[SZENARIO]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>N (the N-th segment on the wire) or [A|B:]FLAGS[#K], e.g. B:S.</source>
        <extracomment>What --drop expects, after &quot;expected&quot;</extracomment>
        <translation>N (das N-te Segment auf der Leitung) oder [A|B:]FLAGS[#K], z. B. B:S.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a time in milliseconds, 0 or more</source>
        <extracomment>What --at-ms expects, after &quot;expected&quot;</extracomment>
        <translation>eine Zeit in Millisekunden, 0 oder mehr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a whole number, 0 or more</source>
        <extracomment>What --step expects, after &quot;expected&quot;</extracomment>
        <translation>eine ganze Zahl, 0 oder mehr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>light or dark</source>
        <extracomment>What --theme expects, after &quot;expected&quot;</extracomment>
        <translation>light oder dark</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WIDTHxHEIGHT from 320x240 to 8192x8192, e.g. 1920x1080</source>
        <extracomment>What --size expects, after &quot;expected&quot;</extracomment>
        <translation>BREITExHÖHE von 320x240 bis 8192x8192, z. B. 1920x1080</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a segment number, 1 or more</source>
        <extracomment>What --select expects, after &quot;expected&quot;</extracomment>
        <translation>eine Segmentnummer, 1 oder mehr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a .png file</source>
        <extracomment>What --screenshot expects, after &quot;expected&quot;</extracomment>
        <translation>eine .png-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a .png, .svg or .pdf file</source>
        <extracomment>What --export expects, after &quot;expected&quot;</extracomment>
        <translation>eine .png-, .svg- oder .pdf-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one of %1</source>
        <extracomment>What --lang expects, after &quot;expected&quot;; %1 the language codes</extracomment>
        <translation>einer von %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>expected at most one scenario, got %1: %2</source>
        <translation>höchstens ein Szenario erwartet, %1 erhalten: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown scenario &apos;%1&apos;; expected a built-in name (see &apos;ackademy-cli list&apos;) or a .json file</source>
        <translation>unbekanntes Szenario „%1“; erwartet wird ein eingebauter Name (siehe „ackademy-cli list“) oder eine .json-Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown scenario &apos;%1&apos;; did you mean %2?</source>
        <translation>unbekanntes Szenario „%1“; meinten Sie %2?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown profile &apos;%1&apos;; expected %2</source>
        <translation>unbekanntes Profil „%1“; erwartet: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--drop %1: %2</source>
        <translation>--drop %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--at-ms, --step and --end place the playhead; give at most one of them</source>
        <translation>--at-ms, --step und --end setzen die Abspielposition; geben Sie höchstens eine dieser Optionen an</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--at-ms %1: expected a time in milliseconds, 0 or more</source>
        <translation>--at-ms %1: erwartet wird eine Zeit in Millisekunden, 0 oder mehr</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--step %1: expected a whole number, 0 or more</source>
        <translation>--step %1: erwartet wird eine ganze Zahl, 0 oder mehr</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--theme %1: expected light or dark</source>
        <translation>--theme %1: erwartet wird light oder dark</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--lang %1: expected one of %2</source>
        <translation>--lang %1: erwartet wird einer von %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--size %1: expected WIDTHxHEIGHT from 320x240 to 8192x8192, e.g. 1920x1080</source>
        <translation>--size %1: erwartet wird BREITExHÖHE von 320x240 bis 8192x8192, z. B. 1920x1080</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--select %1: expected a segment number, 1 or more</source>
        <translation>--select %1: erwartet wird eine Segmentnummer, 1 oder mehr</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--panel %1: expected %2</source>
        <translation>--panel %1: erwartet: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--screenshot %1: expected a .png file</source>
        <translation>--screenshot %1: erwartet wird eine .png-Datei</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--export %1: expected a .png, .svg or .pdf file</source>
        <translation>--export %1: erwartet wird eine .png-, .svg- oder .pdf-Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_app.cpp" line="+49"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG encoding failed</source>
        <translation>PNG-Kodierung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>cannot simulate %1</source>
        <translation>%1 kann nicht simuliert werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--select %1: %2 has %3 segments</source>
        <extracomment>%1 the number given to --select (an option name: keep it), %2 the scenario, %3 its segment count</extracomment>
        <translation>--select %1: %2 hat %3 Segmente</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--panel %1: this build has no such panel</source>
        <translation>--panel %1: Diese Version enthält keinen solchen Bereich</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::CwndPlotView</name>
    <message>
        <location filename="../ui/panels/cwnd_plot.cpp" line="+15"/>
        <location line="+14"/>
        <source>Congestion window plot</source>
        <translation>Diagramm des Überlastfensters</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::Document</name>
    <message>
        <location filename="../ui/document.cpp" line="+99"/>
        <source>%1 (Linux kernel)</source>
        <extracomment>The kernel&apos;s host in a live session, used after &quot;Host&quot; in every sentence that names it (&quot;Host B (Linux kernel) sends SYN,ACK&quot;); %1 is its letter (B)</extracomment>
        <translation>%1 (Linux-Kernel)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This is a recording of a live session: it cannot be changed and re-simulated. Open a scenario to edit one.</source>
        <translation>Dies ist die Aufzeichnung einer Live-Sitzung: Sie kann nicht geändert und neu simuliert werden. Öffnen Sie ein Szenario, um eines zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Drop segment %1</source>
        <translation>Segment %1 verwerfen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore segment %1</source>
        <translation>Segment %1 wiederherstellen</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::EventListModel</name>
    <message>
        <location filename="../ui/event_list_model.cpp" line="+98"/>
        <source>↻ retransmission #%1</source>
        <translation>↻ Wiederholung #%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate copy</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✕ lost (drop rule)</source>
        <translation>✕ verloren (Verwerfregel)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✕ lost (random loss)</source>
        <translation>✕ verloren (zufälliger Verlust)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✕ lost (queue full)</source>
        <translation>✕ verloren (Warteschlange voll)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lost</source>
        <extracomment>The segment was lost in the network (dropped by the link)</extracomment>
        <translation>verloren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>arrives</source>
        <translation>kommt an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent</source>
        <translation>gesendet</translation>
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
        <translation>Segment %1, %2 von Host %3 an Host %4, gesendet bei %5 ms: %6 bei %7 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segment %1, %2 from host %3 to host %4, sent at %5 ms: %6 at %7 ms</source>
        <comment>lost</comment>
        <extracomment>Accessible description of a lost segment: %6 says why it was lost, %7 when</extracomment>
        <translation>Segment %1, %2 von Host %3 an Host %4, gesendet bei %5 ms: %6 bei %7 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment %1, %2 from host %3 to host %4, sent at %5 ms: %6</source>
        <translation>Segment %1, %2 von Host %3 an Host %4, gesendet bei %5 ms: %6</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No.</source>
        <extracomment>Column header: the segment&apos;s number on the wire</extracomment>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time (ms)</source>
        <translation>Zeit (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seq</source>
        <extracomment>Column header: the TCP sequence number field (as Wireshark labels it)</extracomment>
        <translation>Seq</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ack</source>
        <extracomment>Column header: the TCP acknowledgment number field (as Wireshark labels it)</extracomment>
        <translation>Ack</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Len</source>
        <extracomment>Column header: the number of data bytes in the segment</extracomment>
        <translation>Len</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::EventListPanel</name>
    <message>
        <location filename="../ui/panels/event_list_panel.cpp" line="+58"/>
        <source>Event list</source>
        <translation>Ereignisliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every segment put on the wire, in order. Selecting a row selects the segment in the diagram.</source>
        <translation>Jedes Segment, das auf die Leitung geht, in Reihenfolge. Die Auswahl einer Zeile wählt das Segment im Diagramm aus.</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::HostPanel</name>
    <message>
        <location filename="../ui/panels/host_panel.cpp" line="+109"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The connection state (RFC 9293 §3.3.2)</source>
        <translation>Der Verbindungszustand (RFC 9293 §3.3.2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SND.UNA</source>
        <translation>SND.UNA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oldest unacknowledged sequence number</source>
        <translation>Älteste unbestätigte Sequenznummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SND.NXT</source>
        <translation>SND.NXT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next sequence number to send</source>
        <translation>Nächste zu sendende Sequenznummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SND.WND</source>
        <translation>SND.WND</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send window: what the peer last offered (scaled)</source>
        <translation>Sendefenster: was die Gegenseite zuletzt angeboten hat (skaliert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISS</source>
        <translation>ISS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Initial send sequence number</source>
        <translation>Initiale Sende-Sequenznummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RCV.NXT</source>
        <translation>RCV.NXT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next sequence number expected from the peer</source>
        <translation>Nächste von der Gegenseite erwartete Sequenznummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RCV.WND</source>
        <translation>RCV.WND</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receive window this host last advertised</source>
        <translation>Empfangsfenster, das dieser Host zuletzt angekündigt hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IRS</source>
        <translation>IRS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Initial receive sequence number (the peer&apos;s ISS)</source>
        <translation>Initiale Empfangs-Sequenznummer (die ISS der Gegenseite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current retransmission timeout, with its backoff count (RFC 6298)</source>
        <translation>Aktueller Timeout für die Übertragungswiederholung, mit Anzahl der Backoffs (RFC 6298)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retransmissions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segments this connection has retransmitted</source>
        <translation>Segmente, die diese Verbindung erneut übertragen hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cwnd</source>
        <translation>cwnd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Congestion window (RFC 5681)</source>
        <translation>Überlastfenster (RFC 5681)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ssthresh</source>
        <translation>ssthresh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slow-start threshold (RFC 5681)</source>
        <translation>Slow-Start-Schwellenwert (RFC 5681)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flight size</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Octets sent but not yet acknowledged</source>
        <translation>Gesendete, aber noch nicht bestätigte Oktette (Flight Size)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Host %1 %2</source>
        <translation>Host %1 %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Host %1</source>
        <translation>Host %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Host %1 · %2</source>
        <translation>Host %1 · %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This host has no TCB yet</source>
        <translation>Dieser Host hat noch keinen TCB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not recorded live</source>
        <translation>live nicht aufgezeichnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A live session records segments and states; the diagram shows this host&apos;s states</source>
        <translation>Eine Live-Sitzung zeichnet Segmente und Zustände auf; das Diagramm zeigt die Zustände dieses Hosts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not observable</source>
        <translation>nicht beobachtbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kernel&apos;s variables cannot be seen from outside; only its segments can</source>
        <translation>Die Variablen des Kernels sind von außen nicht zu sehen, nur seine Segmente</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Linux calls it %1 (as ss and netstat print it)</source>
        <translation>Linux nennt ihn %1 (so geben ss und netstat ihn aus)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Not known in this state</source>
        <translation>In diesem Zustand nicht bekannt</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>absolute %1</source>
        <translation>absolut %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>relative %1</source>
        <translation>relativ %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+4"/>
        <location line="+18"/>
        <location line="+4"/>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1 s (backoff %2)</source>
        <extracomment>The retransmission timeout in seconds and how often it has been doubled</extracomment>
        <translation>%1 s (Backoff %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 × MSS (MSS = %2 bytes)</source>
        <translation>%1 × MSS (MSS = %2 Byte)</translation>
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
            <numerusform>%Ln Byte</numerusform>
            <numerusform>%Ln Byte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ackademy::ui::HostsPanel</name>
    <message>
        <location line="+23"/>
        <location line="+10"/>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::LinkSettingsPanel</name>
    <message>
        <location filename="../ui/panels/link_settings_panel.cpp" line="+219"/>
        <source>TCP profile</source>
        <translation>TCP-Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rfc: the RFCs&apos; defaults. linux: today&apos;s Linux defaults.</source>
        <translation>rfc: die Standardwerte der RFCs. linux: die heutigen Standardwerte von Linux.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed</source>
        <translation>Zufallsstartwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same scenario with the same seed gives the same timeline.</source>
        <translation>Dasselbe Szenario mit demselben Startwert ergibt denselben Ablauf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Seed:</source>
        <translation>&amp;Startwert:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link settings message</source>
        <translation>Meldung der Link-Einstellungen</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Switch to the %1 profile</source>
        <translation>Zum Profil %1 wechseln</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Delay %1 slider</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>Schieberegler Verzögerung %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay %1 in ms</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>Verzögerung %1 in ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set delay %1 to %2 ms</source>
        <extracomment>Undo/redo text; %1 the direction (&quot;A → B&quot;), %2 the new value</extracomment>
        <translation>Verzögerung %1 auf %2 ms setzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay must be a number from %1 to %2 ms.</source>
        <extracomment>%1 and %2 the bounds of the setting</extracomment>
        <translation>Die Verzögerung muss eine Zahl von %1 bis %2 ms sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jitter %1 slider</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>Schieberegler Jitter %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jitter %1 in ms</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>Jitter %1 in ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set jitter %1 to %2 ms</source>
        <extracomment>Undo/redo text; %1 the direction (&quot;A → B&quot;), %2 the new value</extracomment>
        <translation>Jitter %1 auf %2 ms setzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jitter must be a number from %1 to %2 ms. Jitter can be at most the delay.</source>
        <extracomment>%1 and %2 the bounds of the setting</extracomment>
        <translation>Der Jitter muss eine Zahl von %1 bis %2 ms sein. Der Jitter darf höchstens so groß wie die Verzögerung sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loss %1 slider</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>Schieberegler Verlust %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss %1 in %</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>Verlust %1 in %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set loss %1 to %2 %</source>
        <extracomment>Undo/redo text; %1 the direction (&quot;A → B&quot;), %2 the new value</extracomment>
        <translation>Verlust %1 auf %2&#xa0;% setzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss must be a number from %1 to %2 %.</source>
        <extracomment>%1 and %2 the bounds of the setting</extracomment>
        <translation>Der Verlust muss eine Zahl von %1 bis %2&#xa0;% sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplication %1 slider</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>Schieberegler Duplizierung %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplication %1 in %</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>Duplizierung %1 in %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set duplication %1 to %2 %</source>
        <extracomment>Undo/redo text; %1 the direction (&quot;A → B&quot;), %2 the new value</extracomment>
        <translation>Duplizierung %1 auf %2&#xa0;% setzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplication must be a number from %1 to %2 %.</source>
        <extracomment>%1 and %2 the bounds of the setting</extracomment>
        <translation>Die Duplizierung muss eine Zahl von %1 bis %2&#xa0;% sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reordering %1 slider</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>Schieberegler Umordnung %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reordering %1 in %</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>Umordnung %1 in %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set reordering %1 to %2 %</source>
        <extracomment>Undo/redo text; %1 the direction (&quot;A → B&quot;), %2 the new value</extracomment>
        <translation>Umordnung %1 auf %2&#xa0;% setzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reordering must be a number from %1 to %2 %.</source>
        <extracomment>%1 and %2 the bounds of the setting</extracomment>
        <translation>Die Umordnung muss eine Zahl von %1 bis %2&#xa0;% sein.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Delay</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jitter</source>
        <translation>Jitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplication</source>
        <translation>Duplizierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reordering</source>
        <translation>Umordnung</translation>
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
        <translation>Link %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Refused “%1”: %2</source>
        <translation>„%1“ abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Refused “%1”: the seed must be a whole number from 0 to %2.</source>
        <translation>„%1“ abgelehnt: Der Startwert muss eine ganze Zahl von 0 bis %2 sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set the seed to %1</source>
        <translation>Startwert auf %1 setzen</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::LiveControlBar</name>
    <message>
        <location filename="../ui/live_controls.cpp" line="+55"/>
        <source>Host A closes its side of the connection: its FIN follows the data already sent.</source>
        <extracomment>Status bar, live session: our host called close(); FIN is the TCP flag</extracomment>
        <translation>Host A schließt seine Seite der Verbindung: Sein FIN folgt auf die bereits gesendeten Daten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Host A aborts the connection: it sends RST and forgets the connection.</source>
        <extracomment>Status bar, live session: our host aborted the connection; RST is the TCP flag</extracomment>
        <translation>Host A bricht die Verbindung ab: Es sendet RST und verwirft die Verbindung.</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Host A sends “%1” and a newline: %n byte(s).</source>
        <extracomment>Status bar, live session: %1 the text as typed; %n the bytes sent (with the newline)</extracomment>
        <translation>
            <numerusform>Host A sendet „%1“ und einen Zeilenumbruch: %n Byte.</numerusform>
            <numerusform>Host A sendet „%1“ und einen Zeilenumbruch: %n Bytes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Live Session</source>
        <translation>Live-Sitzung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host A sends:</source>
        <extracomment>Label before the text field; A is our host&apos;s letter</extracomment>
        <translation>Host A sendet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a line of text; Enter sends it</source>
        <translation>eine Textzeile; Eingabetaste sendet sie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text that Host A sends</source>
        <translation>Text, den Host A sendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter sends this line and a newline from Host A to the kernel (Ctrl+T to type here)</source>
        <translation>Die Eingabetaste sendet diese Zeile und einen Zeilenumbruch von Host A an den Kernel (Strg+T, um hier zu tippen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a Line for Host A to Send</source>
        <translation>Zeile für Host A eingeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send Line</source>
        <translation>Zeile senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host A sends the line and a newline (send())</source>
        <translation>Host A sendet die Zeile und einen Zeilenumbruch (send())</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close Connection (FIN)</source>
        <translation>Verbindung schließen (FIN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host A closes its side (close()): it sends FIN once its data is sent</source>
        <translation>Host A schließt seine Seite (close()): Es sendet FIN, sobald seine Daten gesendet sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort Connection (RST)</source>
        <translation>Verbindung abbrechen (RST)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host A aborts (abort()): it sends RST and forgets the connection</source>
        <translation>Host A bricht ab (abort()): Es sendet RST und verwirft die Verbindung</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::LiveSession</name>
    <message>
        <location filename="../ui/live_session.cpp" line="+68"/>
        <source>Ackademy (Host A)</source>
        <translation>Ackademy (Host A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer (Linux kernel)</source>
        <translation>Dieser Computer (Linux-Kernel)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Live mode needs CAP_NET_ADMIN to create a TUN device: run Ackademy as root, or: sudo setcap cap_net_admin+ep %1</source>
        <translation>Der Live-Modus braucht CAP_NET_ADMIN, um ein TUN-Gerät anzulegen: Starten Sie Ackademy als root oder führen Sie aus: sudo setcap cap_net_admin+ep %1</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Live session with this computer</source>
        <translation>Live-Sitzung mit diesem Computer</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The live session is over: the connection is closed and %1 is gone.</source>
        <translation>Die Live-Sitzung ist beendet: Die Verbindung ist geschlossen und %1 ist entfernt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The live session timed out; %1 is gone.</source>
        <translation>Die Live-Sitzung hat das Zeitlimit überschritten; %1 ist entfernt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The live session was stopped; %1 is gone.</source>
        <translation>Die Live-Sitzung wurde angehalten; %1 ist entfernt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The live session failed (see the message before this one); %1 is gone.</source>
        <translation>Die Live-Sitzung ist fehlgeschlagen (siehe die vorige Meldung); %1 ist entfernt.</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::LiveSessionDialog</name>
    <message>
        <location filename="../ui/live_session_dialog.cpp" line="+140"/>
        <source>Live Session with This Computer</source>
        <translation>Live-Sitzung mit diesem Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ackademy&apos;s host (A) talks TCP with this computer&apos;s kernel (B) over a new TUN device. The diagram shows the connection as it happens: our host&apos;s states and segments, and every segment the kernel sends (its states cannot be seen from outside).</source>
        <translation>Der Host von Ackademy (A) spricht über ein neues TUN-Gerät TCP mit dem Kernel dieses Computers (B). Das Diagramm zeigt die Verbindung, während sie abläuft: die Zustände und Segmente unseres Hosts und jedes Segment, das der Kernel sendet (seine Zustände sind von außen nicht zu sehen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TUN &amp;device:</source>
        <translation>TUN-&amp;Gerät:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Our host (A):</source>
        <translation>&amp;Unser Host (A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;kernel&apos;s side (B):</source>
        <translation>Seite des &amp;Kernels (B):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subnet prefix:</source>
        <translation>&amp;Subnetzpräfix:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text to send:</source>
        <translation>Zu sendender &amp;Text:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close after:</source>
        <translation>Schließen &amp;nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Drop rules:</source>
        <translation>&amp;Verwerfregeln:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPv4ADDRESS:PORT of Ackademy&apos;s host, e.g. 10.77.0.2:3337</source>
        <translation>IPv4-ADRESSE:PORT des Hosts von Ackademy, z. B. 10.77.0.2:3337</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPv4ADDRESS:PORT the kernel gets on the TUN device, e.g. 10.77.0.1:7788</source>
        <translation>IPv4-ADRESSE:PORT, die der Kernel auf dem TUN-Gerät erhält, z. B. 10.77.0.1:7788</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both addresses lie in this small private subnet (24..30; /30 holds just the two)</source>
        <translation>Beide Adressen liegen in diesem kleinen privaten Subnetz (24..30; /30 fasst genau die beiden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a socket listening on this computer</source>
        <translation>Mit einem Socket verbinden, der auf diesem Computer lauscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listen for a client on this computer (such as nc)</source>
        <translation>Auf diesem Computer auf einen Client warten (etwa nc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional, sent once the connection is established</source>
        <translation>optional, wird gesendet, sobald die Verbindung aufgebaut ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>don&apos;t close (the session ends when the kernel closes)</source>
        <translation>nicht schließen (die Sitzung endet, wenn der Kernel schließt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s after the connection is established</source>
        <translation> s nach dem Verbindungsaufbau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional, e.g. A:S. B:S#2 (A = our host, B = the kernel)</source>
        <translation>optional, z. B. A:S. B:S#2 (A = unser Host, B = der Kernel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our host&apos;s TCP profile; linux behaves as the kernel it talks to</source>
        <translation>Das TCP-Profil unseres Hosts; linux verhält sich wie der Kernel, mit dem er spricht</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: “%2” is not an IPv4 address and port; expected e.g. 10.77.0.2:3337</source>
        <translation>%1: „%2“ ist keine IPv4-Adresse mit Port; erwartet wird z. B. 10.77.0.2:3337</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: “%2” has no port; expected IPv4ADDRESS:PORT, e.g. %2:7788</source>
        <translation>%1: „%2“ hat keinen Port; erwartet wird IPv4-ADRESSE:PORT, z. B. %2:7788</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: port “%2” is not a port number; expected 1..65535</source>
        <translation>%1: Port „%2“ ist keine Portnummer; erwartet wird 1..65535</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Our host</source>
        <translation>Unser Host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kernel&apos;s side</source>
        <translation>Seite des Kernels</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Drop rules: %1</source>
        <translation>Verwerfregeln: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Before you press OK, in a terminal run: nc -l %1 %2</source>
        <translation>Bevor Sie OK drücken, führen Sie in einem Terminal aus: nc -l %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After you press OK, in a terminal run: nc %1 %2</source>
        <translation>Nachdem Sie OK gedrückt haben, führen Sie in einem Terminal aus: nc %1 %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The same session from a terminal:</source>
        <translation>Dieselbe Sitzung aus einem Terminal:</translation>
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
        <translation>&amp;Lauschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect</source>
        <extracomment>Application call: active open (the socket API&apos;s connect())</extracomment>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Send Text…</source>
        <translation>&amp;Text senden…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Abort (RST)</source>
        <translation>&amp;Abbrechen (RST)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;rash</source>
        <extracomment>The host crashes and forgets every connection</extracomment>
        <translation>Ab&amp;stürzen</translation>
    </message>
    <message>
        <location line="+114"/>
        <location line="+447"/>
        <source>Sequence diagram</source>
        <translation>Sequenzdiagramm</translation>
    </message>
    <message>
        <location line="-308"/>
        <source>Host A sends nothing more.</source>
        <translation>Host A sendet nichts mehr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Host B sends nothing more.</source>
        <translation>Host B sendet nichts mehr.</translation>
    </message>
    <message>
        <location line="+283"/>
        <source>Res&amp;tore Selected Segment</source>
        <translation>Ausgewähltes Segment wieder&amp;herstellen</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>State Diagram</source>
        <translation>Zustandsdiagramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congestion Window</source>
        <translation>Überlastfenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;State Diagram</source>
        <translation>&amp;Zustandsdiagramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Congestion Window</source>
        <translation>Ü&amp;berlastfenster</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>&amp;Open Scenario…</source>
        <translation>Szenario ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="-533"/>
        <source>Cl&amp;ose</source>
        <extracomment>Application call: close the connection politely (FIN)</extracomment>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Live session: %1</source>
        <translation>Live-Sitzung: %1</translation>
    </message>
    <message>
        <location line="+362"/>
        <source>Save Scenario &amp;As…</source>
        <translation>Szenario speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole Diagram…</source>
        <translation>&amp;Ganzes Diagramm…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visible Part…</source>
        <translation>&amp;Sichtbarer Bereich…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG at &amp;2× Resolution</source>
        <translation>PNG in &amp;2-facher Auflösung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Live Session with This Computer…</source>
        <translation>&amp;Live-Sitzung mit diesem Computer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let Ackademy&apos;s host talk TCP with this computer&apos;s kernel over a TUN device</source>
        <translation>Den Host von Ackademy über ein TUN-Gerät TCP mit dem Kernel dieses Computers sprechen lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sto&amp;p Live Session</source>
        <translation>Live-Sitzung &amp;beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the live session and remove its TUN device</source>
        <translation>Die Live-Sitzung beenden und ihr TUN-Gerät entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Drop Selected Segment</source>
        <translation>Ausgewähltes Segment &amp;verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop Next Segment from &amp;A</source>
        <translation>Nächstes Segment von &amp;A verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop Next Segment from &amp;B</source>
        <translation>Nächstes Segment von &amp;B verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit to Window</source>
        <translation>&amp;An Fenster anpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Relative Sequence Numbers</source>
        <translation>&amp;Relative Sequenznummern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the start (Home)</source>
        <translation>Zum Anfang (Pos1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step back to the previous event (Left, P, Page Up)</source>
        <translation>Einen Schritt zurück zum vorigen Ereignis (Links, P, Bild auf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step forward to the next event (Right, N, Page Down)</source>
        <translation>Einen Schritt vor zum nächsten Ereignis (Rechts, N, Bild ab)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the end (End)</source>
        <translation>Zum Ende (Ende)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Ackademy</source>
        <translation>Ü&amp;ber Ackademy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Diagram</source>
        <translation>&amp;Diagramm exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <extracomment>View menu: the user interface language; its entries are the languages&apos; own names</extracomment>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;System Default</source>
        <extracomment>Language menu: follow the desktop&apos;s language</extracomment>
        <translation>&amp;Systemstandard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scenario</source>
        <translation>&amp;Szenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host &amp;A at the Playhead</source>
        <translation>Host &amp;A an der Abspielposition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host &amp;B at the Playhead</source>
        <translation>Host &amp;B an der Abspielposition</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Host %1: %2 at the playhead</source>
        <extracomment>Tooltip of an application call, e.g. &quot;Host A: Connect at the playhead&quot;</extracomment>
        <translation>Host %1: %2 an der Abspielposition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Playback</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Playback speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
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
        <translation>Abspielposition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to move through the whole timeline</source>
        <translation>Ziehen, um sich durch die ganze Zeitachse zu bewegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playhead time</source>
        <translation>Zeit der Abspielposition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space play · → next · ← back · Delete drop the selected segment · Ctrl+Z undo · F1 all keys</source>
        <translation>Leertaste Wiedergabe · → vor · ← zurück · Entf ausgewähltes Segment verwerfen · Strg+Z rückgängig · F1 alle Tasten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard hints</source>
        <translation>Tastaturhinweise</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+128"/>
        <source>t = %1 s   step %2 of %3</source>
        <translation>t = %1 s   Schritt %2 von %3</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link Settings</source>
        <translation>Link-Einstellungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Events</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link Settings</source>
        <translation>&amp;Link-Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Playback Toolbar</source>
        <translation>&amp;Wiedergabeleiste</translation>
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
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play (Space)</source>
        <translation>Wiedergabe (Leertaste)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>● LIVE on %1</source>
        <translation>● LIVE auf %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live session indicator</source>
        <translation>Anzeige der Live-Sitzung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Live session on %1: the diagram follows the connection as it happens</source>
        <translation>Live-Sitzung auf %1: Das Diagramm folgt der Verbindung, während sie abläuft</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ackademy</source>
        <translation>Ackademy</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Host %1: %2 at %3</source>
        <extracomment>Undo text, e.g. &quot;Host A: Connect at 0.000 ms&quot;; %2 is the call (Listen, Connect, ...)</extracomment>
        <translation>Host %1: %2 bei %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Send Text</source>
        <translation>Text senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text that host %1 sends:</source>
        <translation>Text, den Host %1 sendet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello</source>
        <translation>Hallo</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The scenario has changes that are not saved. Save them first?</source>
        <translation>Das Szenario hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open Scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario files (*.json);;All files (*)</source>
        <translation>Szenariodateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save Scenario As</source>
        <translation>Szenario speichern unter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenario files (*.json)</source>
        <translation>Szenariodateien (*.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export Visible Part</source>
        <translation>Sichtbaren Bereich exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play or pause</source>
        <translation>Wiedergabe oder Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right, N, Page Down</source>
        <translation>Rechts, N, Bild ab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step forward to the next event</source>
        <translation>Einen Schritt vor zum nächsten Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left, P, Page Up</source>
        <translation>Links, P, Bild auf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step back to the previous event</source>
        <translation>Einen Schritt zurück zum vorigen Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home, End</source>
        <translation>Pos1, Ende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the start, the end</source>
        <translation>Zum Anfang, zum Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Entf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop the selected segment</source>
        <translation>Das ausgewählte Segment verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert</source>
        <translation>Einfg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore the selected segment</source>
        <translation>Das ausgewählte Segment wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+D, Ctrl+Shift+D</source>
        <translation>Strg+D, Strg+Umschalt+D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop the next segment from A, from B</source>
        <translation>Das nächste Segment von A, von B verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Z, Ctrl+Shift+Z</source>
        <translation>Strg+Z, Strg+Umschalt+Z</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo, redo</source>
        <translation>Rückgängig, wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+=, Ctrl+-, Ctrl+0</source>
        <translation>Strg+=, Strg+-, Strg+0</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom in, zoom out, fit to window</source>
        <translation>Vergrößern, verkleinern, an Fenster anpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+R</source>
        <translation>Strg+R</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relative or absolute sequence numbers</source>
        <translation>Relative oder absolute Sequenznummern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+O, Ctrl+Shift+S</source>
        <translation>Strg+O, Strg+Umschalt+S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open, save a scenario</source>
        <translation>Szenario öffnen, speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E, Ctrl+Shift+E</source>
        <translation>Strg+E, Strg+Umschalt+E</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the whole diagram, the visible part</source>
        <translation>Ganzes Diagramm, sichtbaren Bereich exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+T, Enter</source>
        <translation>Strg+T, Eingabetaste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Live session: type a line for Host A, send it</source>
        <translation>Live-Sitzung: eine Zeile für Host A eingeben, senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This list</source>
        <translation>Diese Liste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About Ackademy</source>
        <translation>Über Ackademy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Ackademy %1&lt;/h3&gt;&lt;p&gt;An interactive TCP simulator for the classroom.&lt;/p&gt;&lt;p&gt;Step through a connection segment by segment, drop any segment and watch TCP recover — with the same flags, numbers and timers a real stack uses.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ackademy %1&lt;/h3&gt;&lt;p&gt;Ein interaktiver TCP-Simulator für den Unterricht.&lt;/p&gt;&lt;p&gt;Gehen Sie eine Verbindung Segment für Segment durch, verwerfen Sie ein beliebiges Segment und beobachten Sie, wie TCP sich erholt – mit denselben Flags, Nummern und Timern, die ein echter Protokollstack verwendet.&lt;/p&gt;</translation>
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
            <numerusform>%1 mit %Ln Byte Daten</numerusform>
            <numerusform>%1 mit %Ln Byte Daten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a drop rule</source>
        <translation>eine Verwerfregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drop rule %1</source>
        <translation>Verwerfregel %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>random loss</source>
        <translation>zufälliger Verlust</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the link&apos;s queue is full</source>
        <translation>die Warteschlange des Links ist voll</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown cause</source>
        <translation>unbekannte Ursache</translation>
    </message>
    <message numerus="yes">
        <location line="+122"/>
        <source>… %Ln earlier sentence(s)</source>
        <translation>
            <numerusform>… %Ln früherer Satz</numerusform>
            <numerusform>… %Ln frühere Sätze</numerusform>
        </translation>
    </message>
    <message>
        <location line="-103"/>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <location line="-364"/>
        <source>Host %1 sends %2 (%3) and enters LISTEN, waiting for a connection request.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>Host %1 sendet %2 (%3) und wechselt in den Zustand LISTEN, um auf eine Verbindungsanfrage zu warten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters LISTEN, waiting for a connection request.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>Host %1 sendet %2 (%3) erneut (Übertragungswiederholung Nr. %5) und wechselt in den Zustand LISTEN, um auf eine Verbindungsanfrage zu warten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters LISTEN, waiting for a connection request.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>Host %1 wechselt in den Zustand LISTEN, um auf eine Verbindungsanfrage zu warten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to LISTEN, waiting for a connection request.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>Host %1 wechselt von %6 nach LISTEN, um auf eine Verbindungsanfrage zu warten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First handshake: Host %1 sends %2 (%3) and enters SYN-SENT, waiting for Host %4 to confirm.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>Handshake, Schritt 1: Host %1 sendet %2 (%3) und wechselt in den Zustand SYN-SENT, um auf die Bestätigung durch Host %4 zu warten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters SYN-SENT, waiting for Host %4 to confirm.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>Host %1 sendet %2 (%3) erneut (Übertragungswiederholung Nr. %5) und wechselt in den Zustand SYN-SENT, um auf die Bestätigung durch Host %4 zu warten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters SYN-SENT, waiting for Host %4 to confirm.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>Host %1 wechselt in den Zustand SYN-SENT, um auf die Bestätigung durch Host %4 zu warten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to SYN-SENT, waiting for Host %4 to confirm.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>Host %1 wechselt von %6 nach SYN-SENT, um auf die Bestätigung durch Host %4 zu warten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Second handshake: Host %1 sends %2 (%3) and enters SYN-RECEIVED, waiting for Host %4 to acknowledge it.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>Handshake, Schritt 2: Host %1 sendet %2 (%3) und wechselt in den Zustand SYN-RECEIVED, um darauf zu warten, dass Host %4 es bestätigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters SYN-RECEIVED, waiting for Host %4 to acknowledge it.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>Host %1 sendet %2 (%3) erneut (Übertragungswiederholung Nr. %5) und wechselt in den Zustand SYN-RECEIVED, um darauf zu warten, dass Host %4 es bestätigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters SYN-RECEIVED, waiting for Host %4 to acknowledge it.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>Host %1 wechselt in den Zustand SYN-RECEIVED, um darauf zu warten, dass Host %4 es bestätigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to SYN-RECEIVED, waiting for Host %4 to acknowledge it.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>Host %1 wechselt von %6 nach SYN-RECEIVED, um darauf zu warten, dass Host %4 es bestätigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters ESTABLISHED: the connection is open.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>Host %1 sendet %2 (%3) und wechselt in den Zustand ESTABLISHED: Die Verbindung ist aufgebaut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters ESTABLISHED: the connection is open.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>Host %1 sendet %2 (%3) erneut (Übertragungswiederholung Nr. %5) und wechselt in den Zustand ESTABLISHED: Die Verbindung ist aufgebaut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters ESTABLISHED: the connection is open.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>Host %1 wechselt in den Zustand ESTABLISHED: Die Verbindung ist aufgebaut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to ESTABLISHED: the connection is open.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>Host %1 wechselt von %6 nach ESTABLISHED: Die Verbindung ist aufgebaut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters FIN-WAIT-1, waiting for Host %4 to acknowledge its FIN.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>Host %1 sendet %2 (%3) und wechselt in den Zustand FIN-WAIT-1, um darauf zu warten, dass Host %4 sein FIN bestätigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters FIN-WAIT-1, waiting for Host %4 to acknowledge its FIN.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>Host %1 sendet %2 (%3) erneut (Übertragungswiederholung Nr. %5) und wechselt in den Zustand FIN-WAIT-1, um darauf zu warten, dass Host %4 sein FIN bestätigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters FIN-WAIT-1, waiting for Host %4 to acknowledge its FIN.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>Host %1 wechselt in den Zustand FIN-WAIT-1, um darauf zu warten, dass Host %4 sein FIN bestätigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to FIN-WAIT-1, waiting for Host %4 to acknowledge its FIN.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>Host %1 wechselt von %6 nach FIN-WAIT-1, um darauf zu warten, dass Host %4 sein FIN bestätigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters FIN-WAIT-2, waiting for Host %4 to close its side.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>Host %1 sendet %2 (%3) und wechselt in den Zustand FIN-WAIT-2, um darauf zu warten, dass Host %4 seine Seite schließt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters FIN-WAIT-2, waiting for Host %4 to close its side.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>Host %1 sendet %2 (%3) erneut (Übertragungswiederholung Nr. %5) und wechselt in den Zustand FIN-WAIT-2, um darauf zu warten, dass Host %4 seine Seite schließt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters FIN-WAIT-2, waiting for Host %4 to close its side.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>Host %1 wechselt in den Zustand FIN-WAIT-2, um darauf zu warten, dass Host %4 seine Seite schließt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to FIN-WAIT-2, waiting for Host %4 to close its side.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>Host %1 wechselt von %6 nach FIN-WAIT-2, um darauf zu warten, dass Host %4 seine Seite schließt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters CLOSE-WAIT: Host %4 has finished sending.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>Host %1 sendet %2 (%3) und wechselt in den Zustand CLOSE-WAIT: Host %4 hat das Senden beendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters CLOSE-WAIT: Host %4 has finished sending.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>Host %1 sendet %2 (%3) erneut (Übertragungswiederholung Nr. %5) und wechselt in den Zustand CLOSE-WAIT: Host %4 hat das Senden beendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters CLOSE-WAIT: Host %4 has finished sending.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>Host %1 wechselt in den Zustand CLOSE-WAIT: Host %4 hat das Senden beendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to CLOSE-WAIT: Host %4 has finished sending.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>Host %1 wechselt von %6 nach CLOSE-WAIT: Host %4 hat das Senden beendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters CLOSING: both sides are closing at once.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>Host %1 sendet %2 (%3) und wechselt in den Zustand CLOSING: Beide Seiten schließen gleichzeitig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters CLOSING: both sides are closing at once.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>Host %1 sendet %2 (%3) erneut (Übertragungswiederholung Nr. %5) und wechselt in den Zustand CLOSING: Beide Seiten schließen gleichzeitig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters CLOSING: both sides are closing at once.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>Host %1 wechselt in den Zustand CLOSING: Beide Seiten schließen gleichzeitig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to CLOSING: both sides are closing at once.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>Host %1 wechselt von %6 nach CLOSING: Beide Seiten schließen gleichzeitig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters LAST-ACK, waiting for the last ACK.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>Host %1 sendet %2 (%3) und wechselt in den Zustand LAST-ACK, um auf das letzte ACK zu warten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters LAST-ACK, waiting for the last ACK.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>Host %1 sendet %2 (%3) erneut (Übertragungswiederholung Nr. %5) und wechselt in den Zustand LAST-ACK, um auf das letzte ACK zu warten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters LAST-ACK, waiting for the last ACK.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>Host %1 wechselt in den Zustand LAST-ACK, um auf das letzte ACK zu warten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to LAST-ACK, waiting for the last ACK.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>Host %1 wechselt von %6 nach LAST-ACK, um auf das letzte ACK zu warten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters TIME-WAIT, waiting 2 MSL so that old segments die out.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>Host %1 sendet %2 (%3) und wechselt in den Zustand TIME-WAIT, um 2 MSL lang zu warten, bis alte Segmente aus dem Netz verschwunden sind.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters TIME-WAIT, waiting 2 MSL so that old segments die out.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>Host %1 sendet %2 (%3) erneut (Übertragungswiederholung Nr. %5) und wechselt in den Zustand TIME-WAIT, um 2 MSL lang zu warten, bis alte Segmente aus dem Netz verschwunden sind.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters TIME-WAIT, waiting 2 MSL so that old segments die out.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>Host %1 wechselt in den Zustand TIME-WAIT, um 2 MSL lang zu warten, bis alte Segmente aus dem Netz verschwunden sind.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to TIME-WAIT, waiting 2 MSL so that old segments die out.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>Host %1 wechselt von %6 nach TIME-WAIT, um 2 MSL lang zu warten, bis alte Segmente aus dem Netz verschwunden sind.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters CLOSED.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>Host %1 sendet %2 (%3) und wechselt in den Zustand CLOSED.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters CLOSED.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>Host %1 sendet %2 (%3) erneut (Übertragungswiederholung Nr. %5) und wechselt in den Zustand CLOSED.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 enters CLOSED.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>Host %1 wechselt in den Zustand CLOSED.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to CLOSED.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>Host %1 wechselt von %6 nach CLOSED.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Third handshake: Host %1 sends %2 (%3) and enters ESTABLISHED: the connection is open.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>Handshake, Schritt 3: Host %1 sendet %2 (%3) und wechselt in den Zustand ESTABLISHED: Die Verbindung ist aufgebaut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Third handshake: Host %1 retransmits %2 (%3), retransmission #%5, and enters ESTABLISHED: the connection is open.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>Handshake, Schritt 3: Host %1 sendet %2 (%3) erneut (Übertragungswiederholung Nr. %5) und wechselt in den Zustand ESTABLISHED: Die Verbindung ist aufgebaut.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Host %1 sends %2 (%3).</source>
        <extracomment>%1 a host letter (A, B); %2 the segment (&quot;SYN&quot;, &quot;ACK with 5 bytes of data&quot;); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>Host %1 sendet %2 (%3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5.</source>
        <extracomment>%1 a host letter (A, B); %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>Host %1 sendet %2 (%3) erneut (Übertragungswiederholung Nr. %5).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Host %1&apos;s retransmission timer expires.</source>
        <extracomment>%1 a host letter (A, B)</extracomment>
        <translation>Der Timer für die Übertragungswiederholung von Host %1 läuft ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1&apos;s TIME-WAIT timer expires.</source>
        <extracomment>%1 a host letter (A, B)</extracomment>
        <translation>Der TIME-WAIT-Timer von Host %1 läuft ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1&apos;s delayed-ACK timer expires.</source>
        <extracomment>%1 a host letter (A, B)</extracomment>
        <translation>Der Timer für verzögerte ACKs von Host %1 läuft ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1&apos;s persist timer expires.</source>
        <extracomment>%1 a host letter (A, B)</extracomment>
        <translation>Der Persistenz-Timer von Host %1 läuft ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1&apos;s user timeout expires.</source>
        <extracomment>%1 a host letter (A, B)</extracomment>
        <translation>Der Benutzer-Timeout von Host %1 läuft ab.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Host %1 receives %2 (%3) from Host %4.</source>
        <extracomment>%1 and %4 host letters (A, B): %1 receives from %4; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>Host %1 empfängt %2 (%3) von Host %4.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The %1 (%2) from Host %3 to Host %4 is lost (%5).</source>
        <extracomment>%1 the flags (SYN, ACK, ...), %2 &quot;seq = ...&quot;, %3 and %4 host letters (from %3 to %4), %5 the cause</extracomment>
        <translation>Das Segment %1 (%2) von Host %3 an Host %4 geht verloren (%5).</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Host %1 delivers %Ln byte(s) to its application.</source>
        <extracomment>%1 a host letter (A, B)</extracomment>
        <translation>
            <numerusform>Host %1 übergibt %Ln Byte an seine Anwendung.</numerusform>
            <numerusform>Host %1 übergibt %Ln Byte an seine Anwendung.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>connection reset</source>
        <translation>Verbindung zurückgesetzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection timed out</source>
        <translation>Zeitüberschreitung der Verbindung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection closing</source>
        <translation>Verbindung wird geschlossen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection already exists</source>
        <translation>Verbindung existiert bereits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection does not exist</source>
        <translation>Verbindung existiert nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remote socket unspecified</source>
        <translation>entfernter Socket nicht angegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection aborted due to user timeout</source>
        <translation>Verbindung wegen Benutzer-Timeout abgebrochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection established</source>
        <translation>Verbindung hergestellt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection closed by peer</source>
        <translation>Verbindung von der Gegenseite geschlossen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing to report</source>
        <translation>nichts zu melden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 tells its application: %2.</source>
        <extracomment>%1 a host letter (A, B); %2 what TCP tells it, e.g. &quot;connection refused&quot;</extracomment>
        <translation>Host %1 meldet seiner Anwendung: %2.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+4"/>
        <source>Narration</source>
        <translation>Erläuterung</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>One sentence per event up to the playhead; the last one is the latest.</source>
        <translation>Ein Satz pro Ereignis bis zur Abspielposition; der letzte ist der neueste.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing has happened yet. Step forward (→) to start.</source>
        <translation>Noch ist nichts passiert. Gehen Sie einen Schritt vor (→), um zu beginnen.</translation>
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
        <translation>%1 Byte</translation>
    </message>
    <message>
        <location line="-293"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message numerus="yes">
        <location line="-156"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln Byte</numerusform>
            <numerusform>%Ln Byte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header fields of the segment</source>
        <translation>Header-Felder des Segments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes of the packet in hexadecimal</source>
        <translation>Bytes des Pakets in Hexadezimaldarstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspected segment</source>
        <translation>Untersuchtes Segment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>No segment yet. Step forward, or click a segment in the diagram.</source>
        <translation>Noch kein Segment. Gehen Sie einen Schritt vor oder klicken Sie im Diagramm auf ein Segment.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Segment #%1: %2 from Host %3 to Host %4, sent at %5 s</source>
        <translation>Segment #%1: %2 von Host %3 an Host %4, gesendet bei %5 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segment #%1: %2 from Host %3 to Host %4, sent at %5 s (the latest; click a segment to choose another)</source>
        <translation>Segment #%1: %2 von Host %3 an Host %4, gesendet bei %5 s (das neueste; klicken Sie auf ein Segment, um ein anderes zu wählen)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>byte %1</source>
        <translation>Byte %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bytes %1–%2</source>
        <translation>Bytes %1–%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Internet Protocol version 4</source>
        <translation>Internet Protocol Version 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header length</source>
        <translation>Header-Länge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 bytes (IHL %2)</source>
        <translation>%1 Byte (IHL %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of service</source>
        <translation>Type of Service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total length</source>
        <translation>Gesamtlänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identification</source>
        <translation>Identifikation</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+57"/>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Don&apos;t fragment</source>
        <translation>Nicht fragmentieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t fragment (DF)</source>
        <translation>Nicht fragmentieren (DF)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>More fragments (MF)</source>
        <translation>Weitere Fragmente (MF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fragment offset</source>
        <translation>Fragment-Offset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to live</source>
        <translation>Time to Live</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>6 (TCP)</source>
        <translation>6 (TCP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header checksum</source>
        <translation>Header-Prüfsumme</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+104"/>
        <source>%1 (correct)</source>
        <translation>%1 (korrekt)</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+105"/>
        <source>%1 (WRONG)</source>
        <translation>%1 (FALSCH)</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Source address</source>
        <translation>Quelladresse</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 (Host %2)</source>
        <translation>%1 (Host %2)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 (Host %2, Linux kernel)</source>
        <extracomment>An address and its host in a live session: %1 the IPv4 address, %2 the host&apos;s letter (B)</extracomment>
        <translation>%1 (Host %2, Linux-Kernel)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Destination address</source>
        <translation>Zieladresse</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Transmission Control Protocol</source>
        <translation>Transmission Control Protocol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>port %1 → %2, %3, data: %4</source>
        <translation>Port %1 → %2, %3, Daten: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source port</source>
        <translation>Quellport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination port</source>
        <translation>Zielport</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (absolute %2)</source>
        <translation>%1 (absolut %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (relative %2)</source>
        <translation>%1 (relativ %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sequence number</source>
        <translation>Sequenznummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledgment number</source>
        <translation>Bestätigungsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (not used: ACK is not set)</source>
        <translation>%1 (nicht verwendet: ACK ist nicht gesetzt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data offset</source>
        <translation>Data Offset</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2 bytes of header)</source>
        <translation>%1 (%2 Byte Header)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>accurate ECN</source>
        <translation>Accurate ECN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>congestion window reduced</source>
        <translation>Überlastfenster verkleinert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ECN echo</source>
        <translation>ECN-Echo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>urgent pointer is valid</source>
        <translation>Urgent-Zeiger ist gültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acknowledgment number is valid</source>
        <translation>Bestätigungsnummer ist gültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>push</source>
        <translation>Push</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reset the connection</source>
        <translation>Verbindung zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>synchronize sequence numbers</source>
        <translation>Sequenznummern synchronisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no more data from the sender</source>
        <translation>keine weiteren Daten vom Sender</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1: set</source>
        <translation>1: gesetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>0: not set</source>
        <translation>0: nicht gesetzt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (never scaled in a SYN, RFC 7323 §2.2)</source>
        <translation>%1 (in einem SYN nie skaliert, RFC 7323 §2.2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 × 2^%2 = %3 bytes (scale from the handshake)</source>
        <translation>%1 × 2^%2 = %3 Byte (Skalierung aus dem Handshake)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 bytes (no window scaling on this connection)</source>
        <translation>%1 Byte (keine Fensterskalierung auf dieser Verbindung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checksum</source>
        <translation>Prüfsumme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Urgent pointer</source>
        <translation>Urgent-Zeiger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (not used: URG is not set)</source>
        <translation>%1 (nicht verwendet: URG ist nicht gesetzt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>End of option list</source>
        <translation>Ende der Optionsliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>then padding: %1</source>
        <translation>danach Auffüllung: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No-operation (NOP)</source>
        <translation>No-Operation (NOP)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>aligns the next option</source>
        <translation>richtet die nächste Option aus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Malformed option</source>
        <translation>Fehlerhafte Option</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kind %1</source>
        <translation>Typ %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Maximum segment size</source>
        <translation>Maximale Segmentgröße</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window scale</source>
        <translation>Fensterskalierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shift %1 (multiply by %2)</source>
        <translation>Verschiebung um %1 (Multiplikation mit %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SACK permitted</source>
        <translation>SACK erlaubt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>selective acknowledgments may be used</source>
        <translation>selektive Bestätigungen dürfen verwendet werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SACK</source>
        <translation>SACK</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Timestamps</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TSval %1, TSecr %2</source>
        <translation>TSval %1, TSecr %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Option kind %1</source>
        <translation>Optionstyp %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1…”</source>
        <extracomment>The data as text, quoted; %1 its first 200 characters (the data goes on)</extracomment>
        <translation>„%1…“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1”</source>
        <extracomment>The data as text, quoted</extracomment>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of binary data</source>
        <translation>%1 Binärdaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data (%1)</source>
        <translation>Daten (%1)</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::PresentationMode</name>
    <message>
        <location filename="../ui/presentation.cpp" line="+93"/>
        <source>Pr&amp;esentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presentation mode: full screen, large and high contrast (F11; Esc leaves)</source>
        <translation>Präsentationsmodus: Vollbild, groß und kontrastreich (F11; Esc beendet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank the Screen</source>
        <translation>Bildschirm ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave Presentation Mode</source>
        <translation>Präsentationsmodus verlassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presentation controls</source>
        <translation>Präsentationssteuerung</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Blank screen (press B to show the diagram again)</source>
        <translation>Bildschirm ausgeblendet (B drücken, um das Diagramm wieder anzuzeigen)</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>t = %1 s · step %2 of %3 · Esc leaves</source>
        <translation>t = %1 s · Schritt %2 von %3 · Esc beendet</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::SequenceDiagramView</name>
    <message>
        <location filename="../ui/diagram/sequence_diagram_view.cpp" line="+32"/>
        <source>Sequence diagram</source>
        <translation>Sequenzdiagramm</translation>
    </message>
    <message>
        <location line="+348"/>
        <source>Drop this segment</source>
        <translation>Dieses Segment verwerfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore it</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a segment lost by a drop rule can be restored</source>
        <translation>Nur ein durch eine Verwerfregel verlorenes Segment kann wiederhergestellt werden</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&lt;b&gt;%1&lt;/b&gt;, segment %2 on the wire, from host %3 to host %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, Segment %2 auf der Leitung, von Host %3 an Host %4</translation>
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
        <translation>Flags: %1 (tcpdump: [%2])</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>window: %1</source>
        <translation>Fenster: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>options: %1</source>
        <translation>Optionen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent at %1, arrived at %2 (transit %3)</source>
        <translation>gesendet bei %1, angekommen bei %2 (Laufzeit %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sent at %1</source>
        <translation>gesendet bei %1</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::StateDiagramView</name>
    <message>
        <location filename="../ui/panels/state_diagram.cpp" line="+144"/>
        <source>TCP state diagram</source>
        <translation>TCP-Zustandsdiagramm</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Host %1: its states cannot be observed from outside</source>
        <extracomment>Live session: %1 the kernel&apos;s host, &quot;B (Linux kernel)&quot;</extracomment>
        <translation>Host %1: Seine Zustände sind von außen nicht beobachtbar</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::TraceExportMenu</name>
    <message>
        <location filename="../ui/trace_export.cpp" line="+29"/>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Export &amp;Trace</source>
        <translation>&amp;Trace exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;pcap (Wireshark, tcpdump)…</source>
        <translation>&amp;pcap (Wireshark, tcpdump)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A capture file of every packet on the wire, or of only what Host A or Host B would capture</source>
        <translation>Ein Mitschnitt aller Pakete auf der Leitung oder nur dessen, was Host A oder Host B mitschneiden würde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;tcpdump Text…</source>
        <translation>&amp;tcpdump-Text…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What tcpdump -n -tt prints for the capture</source>
        <translation>Was tcpdump -n -tt für den Mitschnitt ausgibt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;JSON Lines…</source>
        <translation>&amp;JSON Lines…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One JSON object per event, for scripts</source>
        <translation>Ein JSON-Objekt pro Ereignis, für Skripte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The wire (every segment as it is sent, lost ones too)</source>
        <translation>Die Leitung (jedes Segment beim Senden, auch verlorene)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host A (its sends and what reaches it)</source>
        <translation>Host A (seine gesendeten und bei ihm ankommenden Segmente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host B (its sends and what reaches it)</source>
        <translation>Host B (seine gesendeten und bei ihm ankommenden Segmente)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture Point</source>
        <translation>Mitschnittpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where is the capture taken?</source>
        <translation>Wo wird mitgeschnitten?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>pcap capture (*.pcap)</source>
        <translation>pcap-Mitschnitt (*.pcap)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tcpdump text (*.txt)</source>
        <translation>tcpdump-Text (*.txt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Trace</source>
        <translation>Trace exportieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The trace was not written.

%1</source>
        <translation>Der Trace wurde nicht geschrieben.

%1</translation>
    </message>
</context>
</TS>
