<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BuiltinScenario</name>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="+26"/>
        <source>The three-way handshake</source>
        <comment>title of handshake</comment>
        <translation>El acuerdo en tres fases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host B listens; host A opens the connection. A sends SYN with its initial sequence number, B answers SYN,ACK with its own ISN and acknowledges A&apos;s ISN + 1, and A acknowledges B&apos;s ISN + 1. Three segments, and both sides are ESTABLISHED: each SYN consumes one sequence number, the final ACK consumes none (RFC 9293 Figure 6).</source>
        <comment>description of handshake</comment>
        <translation>El host B escucha; el host A abre la conexión. A envía SYN con su número de secuencia inicial, B responde SYN,ACK con su propio ISN y reconoce el ISN de A + 1, y A reconoce el ISN de B + 1. Tres segmentos, y ambos extremos quedan en ESTABLISHED: cada SYN consume un número de secuencia y el ACK final no consume ninguno (RFC 9293, figura 6).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A whole connection: open, exchange data, close</source>
        <comment>title of handshake-data-close</comment>
        <translation>Una conexión completa: apertura, intercambio de datos y cierre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The life of a connection in one picture. After the handshake A sends a request and B a reply; each side acknowledges the other&apos;s bytes by the next sequence number it expects. Then A closes: its FIN is acknowledged, B closes in turn, and A waits in TIME-WAIT for 2 MSL before the connection is gone (RFC 9293 Figure 12).</source>
        <comment>description of handshake-data-close</comment>
        <translation>La vida de una conexión en una sola imagen. Tras el acuerdo en tres fases, A envía una solicitud y B una respuesta; cada extremo reconoce los bytes del otro con el siguiente número de secuencia que espera. Después A cierra: su FIN es reconocido, B cierra a su vez y A espera en TIME-WAIT durante 2 MSL antes de que la conexión desaparezca (RFC 9293, figura 12).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first SYN is lost</source>
        <comment>title of syn-lost</comment>
        <translation>Se pierde el primer SYN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&apos;s SYN never reaches B. Nothing comes back, so A&apos;s retransmission timer expires after the initial RTO (1 s in RFC 6298) and A sends the SYN again with the same initial sequence number. The second SYN gets through and the handshake completes one RTO late.</source>
        <comment>description of syn-lost</comment>
        <translation>El SYN de A nunca llega a B. No vuelve nada, así que el temporizador de retransmisión de A vence tras el RTO inicial (1 s en RFC 6298) y A envía de nuevo el SYN con el mismo número de secuencia inicial. El segundo SYN llega y el acuerdo se completa con un RTO de retraso.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The SYN,ACK is lost</source>
        <comment>title of synack-lost</comment>
        <translation>Se pierde el SYN,ACK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B answers A&apos;s SYN, but the SYN,ACK is lost. Both sides now wait: B in SYN-RECEIVED, A in SYN-SENT. Each retransmits when its own timer expires, with the same ISN as before; whichever retransmission arrives first lets the handshake finish.</source>
        <comment>description of synack-lost</comment>
        <translation>B responde al SYN de A, pero el SYN,ACK se pierde. Ahora ambos extremos esperan: B en SYN-RECEIVED y A en SYN-SENT. Cada uno retransmite cuando vence su propio temporizador, con el mismo ISN que antes; la primera retransmisión que llega permite terminar el acuerdo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last ACK of the handshake is lost</source>
        <comment>title of ack-lost</comment>
        <translation>Se pierde el último ACK del acuerdo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A is ESTABLISHED as soon as it sends the third segment, but that ACK is lost and B stays in SYN-RECEIVED. B&apos;s timer expires and it retransmits its SYN,ACK; A sees an old, already-acknowledged segment and answers with an ACK, which finally moves B to ESTABLISHED.</source>
        <comment>description of ack-lost</comment>
        <translation>A pasa a ESTABLISHED en cuanto envía el tercer segmento, pero ese ACK se pierde y B se queda en SYN-RECEIVED. El temporizador de B vence y B retransmite su SYN,ACK; A ve un segmento antiguo, ya reconocido, y responde con un ACK, que por fin lleva a B a ESTABLISHED.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody answers: the connection attempt times out</source>
        <comment>title of syn-timeout</comment>
        <translation>Nadie responde: se agota el tiempo de espera de la conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every SYN A sends is lost. A retransmits with the same ISN, doubling the timeout each time (exponential backoff), until it reaches its retry limit and gives up: the application is told the connection timed out. Compare the rfc and linux profiles: they differ in the initial timeout and in the number of retries.</source>
        <comment>description of syn-timeout</comment>
        <translation>Todos los SYN que envía A se pierden. A retransmite con el mismo ISN, duplicando el tiempo de espera cada vez (retroceso exponencial), hasta que alcanza su límite de reintentos y desiste: se informa a la aplicación de que se ha agotado el tiempo de espera de la conexión. Compare los perfiles rfc y linux: difieren en el tiempo de espera inicial y en el número de reintentos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connection refused: nobody listens on the port</source>
        <comment>title of port-closed</comment>
        <translation>Conexión rechazada: nadie escucha en el puerto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B is up, but no application listens on port 7788. B&apos;s TCP answers A&apos;s SYN with a reset: RST,ACK with sequence number 0 and an acknowledgment of A&apos;s ISN + 1, so that A can tell the reset belongs to its SYN. A goes straight back to CLOSED and the application is told the connection was refused (RFC 9293 calls it &apos;connection reset&apos;).</source>
        <comment>description of port-closed</comment>
        <translation>B está en funcionamiento, pero ninguna aplicación escucha en el puerto 7788. El TCP de B responde al SYN de A con un reinicio: RST,ACK con número de secuencia 0 y un reconocimiento del ISN de A + 1, para que A pueda saber que el reinicio corresponde a su SYN. A vuelve directamente a CLOSED y se informa a la aplicación de que la conexión ha sido rechazada (RFC 9293 lo llama «connection reset»).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Simultaneous open: both sides connect at once</source>
        <comment>title of simultaneous-open</comment>
        <translation>Apertura simultánea: ambos extremos conectan a la vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A and B both actively open a connection to each other at the same moment, so their SYNs cross in the network. Each receives a SYN while in SYN-SENT, moves to SYN-RECEIVED and answers with SYN,ACK; each SYN,ACK completes the handshake for its receiver. Each side then acknowledges the other&apos;s SYN,ACK: six segments instead of three, and a single connection (RFC 9293 Figure 7).</source>
        <comment>description of simultaneous-open</comment>
        <translation>A y B abren activamente una conexión entre sí en el mismo instante, así que sus SYN se cruzan en la red. Cada uno recibe un SYN estando en SYN-SENT, pasa a SYN-RECEIVED y responde con SYN,ACK; cada SYN,ACK completa el acuerdo para su receptor. Después cada extremo reconoce el SYN,ACK del otro: seis segmentos en lugar de tres, y una única conexión (RFC 9293, figura 7).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Simultaneous close: the FINs cross</source>
        <comment>title of simultaneous-close</comment>
        <translation>Cierre simultáneo: los FIN se cruzan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both applications close at the same moment, so the two FINs cross. Each side receives a FIN while in FIN-WAIT-1, acknowledges it and moves to CLOSING; when its own FIN is acknowledged it enters TIME-WAIT. Both sides end up waiting 2 MSL (RFC 9293 Figure 13).</source>
        <comment>description of simultaneous-close</comment>
        <translation>Ambas aplicaciones cierran en el mismo instante, así que los dos FIN se cruzan. Cada extremo recibe un FIN estando en FIN-WAIT-1, lo reconoce y pasa a CLOSING; cuando su propio FIN es reconocido, entra en TIME-WAIT. Ambos extremos acaban esperando 2 MSL (RFC 9293, figura 13).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An old duplicate SYN arrives</source>
        <comment>title of old-duplicate-syn</comment>
        <translation>Llega un SYN duplicado antiguo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A SYN from A&apos;s previous incarnation (sequence number ISN - 100) was held up in the network; A has since crashed and is connecting again. The old SYN reaches B first and B answers it. A, in SYN-SENT, sees a SYN,ACK that does not acknowledge its own SYN and answers with a reset whose sequence number is that unacceptable acknowledgment number. B returns to LISTEN, and when A&apos;s real SYN arrives the handshake proceeds normally. (In Figure 8 the real SYN is merely slow; our link delivers segments in order, so here it is lost and its retransmission plays that part.) This is why TCP uses a three-way handshake (RFC 9293 Figure 8).</source>
        <comment>description of old-duplicate-syn</comment>
        <translation>Un SYN de una encarnación anterior de A (número de secuencia ISN - 100) se quedó retenido en la red; desde entonces A se ha caído y vuelve a conectarse. El SYN antiguo llega primero a B, y B le responde. A, en SYN-SENT, ve un SYN,ACK que no reconoce su propio SYN y responde con un reinicio cuyo número de secuencia es ese número de reconocimiento inaceptable. B vuelve a LISTEN y, cuando llega el SYN real de A, el acuerdo continúa con normalidad. (En la figura 8 el SYN real simplemente llega tarde; nuestro enlace entrega los segmentos en orden, así que aquí se pierde y su retransmisión desempeña ese papel.) Por eso TCP usa un acuerdo en tres fases (RFC 9293, figura 8).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Half-open connection: A crashes and reconnects</source>
        <comment>title of half-open</comment>
        <translation>Conexión semiabierta: A se cae y vuelve a conectarse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A and B are connected when A crashes and loses all memory of the connection; B still believes it is ESTABLISHED. When A opens a new connection from the same port, B answers the unexpected SYN with an ACK for the data it expects. That ACK makes no sense to A, which answers with a reset; the reset tells B the old connection is dead and B aborts it (RFC 9293 Figure 9).</source>
        <comment>description of half-open</comment>
        <translation>A y B están conectados cuando A se cae y pierde todo recuerdo de la conexión; B sigue creyendo que está en ESTABLISHED. Cuando A abre una nueva conexión desde el mismo puerto, B responde al SYN inesperado con un ACK de los datos que espera. Ese ACK no tiene sentido para A, que responde con un reinicio; el reinicio indica a B que la conexión antigua ha muerto y B la aborta (RFC 9293, figura 9).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Half-open connection: B sends to a crashed A</source>
        <comment>title of half-open-data</comment>
        <translation>Conexión semiabierta: B envía datos a un A caído</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A crashes while connected and forgets the connection. B does not know and sends data. The segment arrives at a host with no matching connection, so A&apos;s TCP answers with a reset, and B aborts its half of the connection (RFC 9293 Figure 10).</source>
        <comment>description of half-open-data</comment>
        <translation>A se cae estando conectado y olvida la conexión. B no lo sabe y envía datos. El segmento llega a un host que no tiene ninguna conexión que le corresponda, así que el TCP de A responde con un reinicio y B aborta su mitad de la conexión (RFC 9293, figura 10).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why TIME-WAIT exists: the last ACK is lost</source>
        <comment>title of fin-lost-time-wait</comment>
        <translation>Por qué existe TIME-WAIT: se pierde el último ACK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A closes first, B closes in turn, and A acknowledges B&apos;s FIN and enters TIME-WAIT. That last ACK is lost, so B, in LAST-ACK, retransmits its FIN. Because A is still in TIME-WAIT it can acknowledge the FIN again (and restarts its 2 MSL timer). Without TIME-WAIT, A would have answered with a reset and B would report an error for a connection that closed cleanly.</source>
        <comment>description of fin-lost-time-wait</comment>
        <translation>A cierra primero, B cierra a su vez, y A reconoce el FIN de B y entra en TIME-WAIT. Ese último ACK se pierde, así que B, en LAST-ACK, retransmite su FIN. Como A sigue en TIME-WAIT, puede reconocer de nuevo el FIN (y reinicia su temporizador de 2 MSL). Sin TIME-WAIT, A habría respondido con un reinicio y B notificaría un error en una conexión que se cerró correctamente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Abort: closing with a reset</source>
        <comment>title of abort-rst</comment>
        <translation>Aborto: cierre con un reinicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instead of the polite FIN exchange, A&apos;s application aborts the connection. A sends a single RST and forgets the connection at once; B accepts the reset because its sequence number is in the window, drops the connection and tells its application &apos;connection reset by peer&apos;. Nothing is acknowledged and there is no TIME-WAIT.</source>
        <comment>description of abort-rst</comment>
        <translation>En lugar del cortés intercambio de FIN, la aplicación de A aborta la conexión. A envía un único RST y olvida la conexión de inmediato; B acepta el reinicio porque su número de secuencia está dentro de la ventana, elimina la conexión e informa a su aplicación de «connection reset by peer» (conexión reiniciada por el otro extremo). No se reconoce nada y no hay TIME-WAIT.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A lost data segment is retransmitted on timeout</source>
        <comment>title of data-loss-rto</comment>
        <translation>Un segmento de datos perdido se retransmite por fin de temporización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sends three full-sized segments and the first is lost. (Under the linux profile every segment carries 12 bytes of timestamps, so 4380 bytes make three 1448-byte segments and a 36-byte tail that Nagle holds back until the data is acknowledged.) B receives the second and third out of order, keeps them, and each time acknowledges again the first byte it is still missing: duplicate ACKs. Two duplicates are not enough for fast retransmit, so A waits for its retransmission timer, resends the missing segment, and a single cumulative ACK then covers all three (RFC 6298).</source>
        <comment>description of data-loss-rto</comment>
        <translation>A envía tres segmentos de tamaño completo y el primero se pierde. (Con el perfil linux cada segmento lleva 12 bytes de marcas de tiempo, así que 4380 bytes forman tres segmentos de 1448 bytes y un resto de 36 bytes que Nagle retiene hasta que se reconocen los datos.) B recibe el segundo y el tercero fuera de orden, los guarda y cada vez vuelve a reconocer el primer byte que aún le falta: ACK duplicados. Dos duplicados no bastan para la retransmisión rápida, así que A espera a su temporizador de retransmisión, reenvía el segmento que falta y entonces un único ACK acumulativo cubre los tres (RFC 6298).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fast retransmit after three duplicate ACKs</source>
        <comment>title of fast-retransmit</comment>
        <translation>Retransmisión rápida tras tres ACK duplicados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sends a stream of data and one segment is lost. Each later segment that reaches B produces a duplicate ACK for the missing byte. After the third duplicate ACK, A does not wait for its timer: it retransmits the missing segment at once and halves its congestion window (fast retransmit and fast recovery, RFC 5681).</source>
        <comment>description of fast-retransmit</comment>
        <translation>A envía un flujo de datos y se pierde un segmento. Cada segmento posterior que llega a B genera un ACK duplicado para el byte que falta. Tras el tercer ACK duplicado, A no espera a su temporizador: retransmite de inmediato el segmento que falta y reduce a la mitad su ventana de congestión (retransmisión rápida y recuperación rápida, RFC 5681).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Flow control: the receive window closes</source>
        <comment>title of zero-window</comment>
        <translation>Control de flujo: la ventana de recepción se cierra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B&apos;s application stops reading, so received data piles up in B&apos;s buffer and the window B advertises shrinks, segment by segment, to zero. A must stop sending; when it has more to send it probes the closed window with its persist timer (one byte, backing off), so that it notices when space opens. When B&apos;s application reads again, B announces the open window and the transfer resumes.</source>
        <comment>description of zero-window</comment>
        <translation>La aplicación de B deja de leer, así que los datos recibidos se acumulan en el buffer de B y la ventana que anuncia B se reduce, segmento a segmento, hasta cero. A debe dejar de enviar; cuando tiene más datos que enviar, sondea la ventana cerrada con su temporizador de persistencia (un byte, con retroceso) para detectar cuándo se libera espacio. Cuando la aplicación de B vuelve a leer, B anuncia la ventana abierta y la transferencia se reanuda.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bulk transfer over a lossy link</source>
        <comment>title of lossy-link</comment>
        <translation>Transferencia masiva por un enlace con pérdidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sends 50 kB over a link that loses one segment in five in each direction. Watch TCP keep the byte stream intact: duplicate ACKs, fast retransmits, retransmission timeouts with backoff, and a congestion window that keeps shrinking. Change the seed to see a different pattern of losses.</source>
        <comment>description of lossy-link</comment>
        <translation>A envía 50 kB por un enlace que pierde uno de cada cinco segmentos en cada sentido. Observe cómo TCP mantiene intacto el flujo de bytes: ACK duplicados, retransmisiones rápidas, fines de temporización de retransmisión con retroceso y una ventana de congestión que no deja de reducirse. Cambie la semilla para ver un patrón de pérdidas distinto.</translation>
    </message>
</context>
<context>
    <name>CwndPlot</name>
    <message>
        <location filename="../ui/panels/cwnd_plot.cpp" line="+104"/>
        <source>No data is sent in this scenario, so the congestion window never changes.
Choose a scenario with data (for example fast-retransmit) to see cwnd and ssthresh.</source>
        <translation>En este escenario no se envían datos, así que la ventana de congestión nunca cambia.
Elija un escenario con datos (por ejemplo, fast-retransmit) para ver cwnd y ssthresh.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>time (s)</source>
        <translation>tiempo (s)</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Host %1 sends: segments of %2 bytes</source>
        <translation>Host %1 envía: segmentos de %2 bytes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host %1 sends (bytes)</source>
        <translation>Host %1 envía (bytes)</translation>
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
        <translation>en tránsito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at the playhead: cwnd %1, ssthresh %2</source>
        <translation>en el cabezal: cwnd %1, ssthresh %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+99"/>
        <source>unlimited</source>
        <translation>ilimitado</translation>
    </message>
</context>
<context>
    <name>DiagramExport</name>
    <message>
        <location filename="../ui/diagram/diagram_export.cpp" line="+64"/>
        <source>Cannot export the diagram to “%1”: %2.</source>
        <translation>No se puede exportar el diagrama a «%1»: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown format, use a name ending in .png, .svg or .pdf</source>
        <translation>formato desconocido; use un nombre terminado en .png, .svg o .pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder “%1” does not exist</source>
        <translation>la carpeta «%1» no existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the picture could not be drawn</source>
        <translation>no se ha podido dibujar la imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP sequence diagram</source>
        <translation>Diagrama de secuencia de TCP</translation>
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
        <translation>ACK retardado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>persist</source>
        <translation>persistencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user timeout</source>
        <translation>tiempo límite de usuario</translation>
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
        <translation>caída</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pause reading</source>
        <translation>pausa de lectura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resume reading</source>
        <translation>reanudación de lectura</translation>
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
        <translation>↻ retransmisión n.º %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>↻ retransmission</source>
        <translation>↻ retransmisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate copy made by the link</source>
        <translation>copia duplicada por el enlace</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>drop rule “%1”</source>
        <translation>regla de descarte «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>drop rule</source>
        <translation>regla de descarte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>random loss</source>
        <translation>pérdida aleatoria</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>queue full</source>
        <translation>cola llena</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lost</source>
        <extracomment>Label beside a segment that the link dropped (the segment is lost in the network)</extracomment>
        <translation>perdido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lost: %1</source>
        <translation>perdido: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>TIME-WAIT %1</source>
        <translation>TIME-WAIT %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RTO %1 left</source>
        <translation>RTO: quedan %1</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>%1 %2 (backoff %3) expired</source>
        <extracomment>Timer label on a lifeline: %1 the timer (RTO), %2 its length, %3 the backoff count</extracomment>
        <translation>vence %1 %2 (retroceso %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 (backoff %3)</source>
        <extracomment>Timer label on a lifeline: %1 the timer (RTO), %2 its length, %3 the backoff count</extracomment>
        <translation>%1 %2 (retroceso %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 expired</source>
        <extracomment>Timer label on a lifeline: %1 the timer (RTO, persist, ...), %2 its length</extracomment>
        <translation>vence %1 %2</translation>
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
        <translation>%1: quedan %2</translation>
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
        <translation>temporizador</translation>
    </message>
</context>
<context>
    <name>StateDiagram</name>
    <message>
        <location filename="../ui/panels/state_diagram.cpp" line="+147"/>
        <source>passive OPEN</source>
        <translation>OPEN pasivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create TCB</source>
        <translation>crear TCB</translation>
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
        <translation>borrar TCB</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>active OPEN</source>
        <translation>OPEN activo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>snd SYN</source>
        <translation>env SYN</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>rcv SYN</source>
        <translation>rec SYN</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>snd SYN,ACK</source>
        <translation>env SYN,ACK</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>rcv RST</source>
        <translation>rec RST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SEND</source>
        <translation>SEND</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rcv ACK of SYN</source>
        <translation>rec ACK del SYN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rcv SYN,ACK</source>
        <translation>rec SYN,ACK</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+3"/>
        <location line="+4"/>
        <source>snd ACK</source>
        <translation>env ACK</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+2"/>
        <location line="+7"/>
        <source>snd FIN</source>
        <translation>env FIN</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+3"/>
        <location line="+4"/>
        <source>rcv FIN</source>
        <translation>rec FIN</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+7"/>
        <location line="+1"/>
        <source>rcv ACK of FIN</source>
        <translation>rec ACK del FIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout=2MSL</source>
        <translation>Vence 2MSL</translation>
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
        <translation>no es una flecha de la figura 5 del RFC 9293</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1: %2 → %3   %4 (rule %5)</source>
        <extracomment>Caption: %1 host letter, %2 %3 RFC state names, %4 the arrow&apos;s event / action, %5 a rule ID</extracomment>
        <translation>Host %1: %2 → %3   %4 (regla %5)</translation>
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
        <translation> o </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>no se puede escribir %1: la carpeta %2 no existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot write %1: the folder %2 is not writable</source>
        <translation>no se puede escribir %1: la carpeta %2 no admite escritura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write %1: it is a folder</source>
        <translation>no se puede escribir %1: es una carpeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot write %1: the file is not writable</source>
        <translation>no se puede escribir %1: el archivo no admite escritura</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>unknown option &apos;%1&apos;; did you mean %2?</source>
        <translation>opción desconocida «%1»; ¿quiso decir %2?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown option &apos;%1&apos;; &apos;ackademy --help&apos; lists the options</source>
        <translation>opción desconocida «%1»; «ackademy --help» enumera las opciones</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 takes no value; expected %1 alone</source>
        <translation>%1 no admite valor; se esperaba %1 solo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: no value given; expected %2</source>
        <translation>%1: no se dio ningún valor; se esperaba %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ackademy: an interactive TCP simulator for the classroom.</source>
        <translation>Ackademy: un simulador interactivo de TCP para el aula.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show this help and exit.</source>
        <translation>Muestra esta ayuda y sale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the version and exit.</source>
        <translation>Muestra la versión y sale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP profile: rfc or linux.</source>
        <translation>Perfil TCP: rfc o linux.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop a segment: N (the N-th on the wire) or [A|B:]FLAGS[#K], e.g. B:S. (repeatable).</source>
        <translation>Descarta un segmento: N (el N-ésimo en el enlace) o [A|B:]FLAGS[#K], p. ej. B:S. (repetible).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPEC</source>
        <translation>ESPEC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the playhead at T milliseconds.</source>
        <translation>Sitúa el cabezal de reproducción en T milisegundos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the playhead on the N-th event.</source>
        <translation>Sitúa el cabezal de reproducción en el N-ésimo evento.</translation>
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
        <translation>Sitúa el cabezal de reproducción al final.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour theme: light or dark.</source>
        <translation>Tema de color: light o dark.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>THEME</source>
        <translation>TEMA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window size, e.g. 1920x1080.</source>
        <translation>Tamaño de la ventana, p. ej. 1920x1080.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WxH</source>
        <translation>ANCHOxALTO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the whole window to FILE.png and exit.</source>
        <translation>Guarda la ventana completa en ARCHIVO.png y sale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE.png</source>
        <translation>ARCHIVO.png</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the diagram to FILE (.png, .svg or .pdf) and exit.</source>
        <translation>Guarda el diagrama en ARCHIVO (.png, .svg o .pdf) y sale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select the N-th segment on the wire (1-based), as a click on it does.</source>
        <translation>Selecciona el N-ésimo segmento en el enlace (empezando por 1), como al hacer clic en él.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show this panel on top of its tab group: %1.</source>
        <translation>Muestra este panel en primer plano dentro de su grupo de pestañas: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start in presentation mode (full screen unless --size is given).</source>
        <translation>Inicia en modo presentación (a pantalla completa salvo que se indique --size).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User interface language: %1 (default: the system&apos;s).</source>
        <translation>Idioma de la interfaz: %1 (predeterminado: el del sistema).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A built-in scenario name or a .json file (default: handshake).</source>
        <translation>Un nombre de escenario integrado o un archivo .json (predeterminado: handshake).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[SCENARIO]</source>
        <translation>[ESCENARIO]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>N (the N-th segment on the wire) or [A|B:]FLAGS[#K], e.g. B:S.</source>
        <extracomment>What --drop expects, after &quot;expected&quot;</extracomment>
        <translation>N (el N-ésimo segmento en el enlace) o [A|B:]FLAGS[#K], p. ej. B:S.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a time in milliseconds, 0 or more</source>
        <extracomment>What --at-ms expects, after &quot;expected&quot;</extracomment>
        <translation>un tiempo en milisegundos, 0 o más</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a whole number, 0 or more</source>
        <extracomment>What --step expects, after &quot;expected&quot;</extracomment>
        <translation>un número entero, 0 o más</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>light or dark</source>
        <extracomment>What --theme expects, after &quot;expected&quot;</extracomment>
        <translation>light o dark</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WIDTHxHEIGHT from 320x240 to 8192x8192, e.g. 1920x1080</source>
        <extracomment>What --size expects, after &quot;expected&quot;</extracomment>
        <translation>ANCHOxALTO entre 320x240 y 8192x8192, p. ej. 1920x1080</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a segment number, 1 or more</source>
        <extracomment>What --select expects, after &quot;expected&quot;</extracomment>
        <translation>un número de segmento, 1 o más</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a .png file</source>
        <extracomment>What --screenshot expects, after &quot;expected&quot;</extracomment>
        <translation>un archivo .png</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a .png, .svg or .pdf file</source>
        <extracomment>What --export expects, after &quot;expected&quot;</extracomment>
        <translation>un archivo .png, .svg o .pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one of %1</source>
        <extracomment>What --lang expects, after &quot;expected&quot;; %1 the language codes</extracomment>
        <translation>uno de %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>expected at most one scenario, got %1: %2</source>
        <translation>se esperaba como máximo un escenario; se recibieron %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown scenario &apos;%1&apos;; expected a built-in name (see &apos;ackademy-cli list&apos;) or a .json file</source>
        <translation>escenario desconocido «%1»; se esperaba un nombre integrado (véase «ackademy-cli list») o un archivo .json</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown scenario &apos;%1&apos;; did you mean %2?</source>
        <translation>escenario desconocido «%1»; ¿quiso decir %2?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown profile &apos;%1&apos;; expected %2</source>
        <translation>perfil desconocido «%1»; se esperaba %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--drop %1: %2</source>
        <translation>--drop %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--at-ms, --step and --end place the playhead; give at most one of them</source>
        <translation>--at-ms, --step y --end sitúan el cabezal de reproducción; indique como máximo una de ellas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--at-ms %1: expected a time in milliseconds, 0 or more</source>
        <translation>--at-ms %1: se esperaba un tiempo en milisegundos, 0 o más</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--step %1: expected a whole number, 0 or more</source>
        <translation>--step %1: se esperaba un número entero, 0 o más</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--theme %1: expected light or dark</source>
        <translation>--theme %1: se esperaba light o dark</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--lang %1: expected one of %2</source>
        <translation>--lang %1: se esperaba uno de %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--size %1: expected WIDTHxHEIGHT from 320x240 to 8192x8192, e.g. 1920x1080</source>
        <translation>--size %1: se esperaba ANCHOxALTO entre 320x240 y 8192x8192, p. ej. 1920x1080</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--select %1: expected a segment number, 1 or more</source>
        <translation>--select %1: se esperaba un número de segmento, 1 o más</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--panel %1: expected %2</source>
        <translation>--panel %1: se esperaba %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--screenshot %1: expected a .png file</source>
        <translation>--screenshot %1: se esperaba un archivo .png</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--export %1: expected a .png, .svg or .pdf file</source>
        <translation>--export %1: se esperaba un archivo .png, .svg o .pdf</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_app.cpp" line="+49"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG encoding failed</source>
        <translation>ha fallado la codificación PNG</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>cannot simulate %1</source>
        <translation>no se puede simular %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--select %1: %2 has %3 segments</source>
        <extracomment>%1 the number given to --select (an option name: keep it), %2 the scenario, %3 its segment count</extracomment>
        <translation>--select %1: %2 tiene %3 segmentos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--panel %1: this build has no such panel</source>
        <translation>--panel %1: esta compilación no tiene ese panel</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::CwndPlotView</name>
    <message>
        <location filename="../ui/panels/cwnd_plot.cpp" line="+15"/>
        <location line="+14"/>
        <source>Congestion window plot</source>
        <translation>Gráfica de la ventana de congestión</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::Document</name>
    <message>
        <location filename="../ui/document.cpp" line="+99"/>
        <source>%1 (Linux kernel)</source>
        <extracomment>The kernel&apos;s host in a live session, used after &quot;Host&quot; in every sentence that names it (&quot;Host B (Linux kernel) sends SYN,ACK&quot;); %1 is its letter (B)</extracomment>
        <translation>%1 (núcleo Linux)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This is a recording of a live session: it cannot be changed and re-simulated. Open a scenario to edit one.</source>
        <translation>Esta es la grabación de una sesión en vivo: no se puede modificar ni volver a simular. Abra un escenario para editarlo.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Drop segment %1</source>
        <translation>Descartar el segmento %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore segment %1</source>
        <translation>Restaurar el segmento %1</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::EventListModel</name>
    <message>
        <location filename="../ui/event_list_model.cpp" line="+98"/>
        <source>↻ retransmission #%1</source>
        <translation>↻ retransmisión n.º %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate copy</source>
        <translation>copia duplicada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✕ lost (drop rule)</source>
        <translation>✕ perdido (regla de descarte)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✕ lost (random loss)</source>
        <translation>✕ perdido (pérdida aleatoria)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✕ lost (queue full)</source>
        <translation>✕ perdido (cola llena)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lost</source>
        <extracomment>The segment was lost in the network (dropped by the link)</extracomment>
        <translation>perdido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>arrives</source>
        <translation>llega</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent</source>
        <translation>enviado</translation>
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
        <translation>Segmento %1, %2 del host %3 al host %4, enviado a los %5 ms: %6 a los %7 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segment %1, %2 from host %3 to host %4, sent at %5 ms: %6 at %7 ms</source>
        <comment>lost</comment>
        <extracomment>Accessible description of a lost segment: %6 says why it was lost, %7 when</extracomment>
        <translation>Segmento %1, %2 del host %3 al host %4, enviado a los %5 ms: %6 a los %7 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment %1, %2 from host %3 to host %4, sent at %5 ms: %6</source>
        <translation>Segmento %1, %2 del host %3 al host %4, enviado a los %5 ms: %6</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No.</source>
        <extracomment>Column header: the segment&apos;s number on the wire</extracomment>
        <translation>N.º</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time (ms)</source>
        <translation>Tiempo (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flags</source>
        <translation>Indicadores</translation>
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
        <translation>Lista de eventos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every segment put on the wire, in order. Selecting a row selects the segment in the diagram.</source>
        <translation>Todos los segmentos puestos en el enlace, en orden. Al seleccionar una fila se selecciona el segmento en el diagrama.</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::HostPanel</name>
    <message>
        <location filename="../ui/panels/host_panel.cpp" line="+109"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The connection state (RFC 9293 §3.3.2)</source>
        <translation>El estado de la conexión (RFC 9293 §3.3.2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SND.UNA</source>
        <translation>SND.UNA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oldest unacknowledged sequence number</source>
        <translation>Número de secuencia no reconocido más antiguo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SND.NXT</source>
        <translation>SND.NXT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next sequence number to send</source>
        <translation>Siguiente número de secuencia que se enviará</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SND.WND</source>
        <translation>SND.WND</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send window: what the peer last offered (scaled)</source>
        <translation>Ventana de envío: lo último que ofreció el otro extremo (escalada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISS</source>
        <translation>ISS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Initial send sequence number</source>
        <translation>Número de secuencia inicial de envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RCV.NXT</source>
        <translation>RCV.NXT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next sequence number expected from the peer</source>
        <translation>Siguiente número de secuencia que se espera del otro extremo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RCV.WND</source>
        <translation>RCV.WND</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receive window this host last advertised</source>
        <translation>Ventana de recepción anunciada por última vez por este host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IRS</source>
        <translation>IRS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Initial receive sequence number (the peer&apos;s ISS)</source>
        <translation>Número de secuencia inicial de recepción (el ISS del otro extremo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current retransmission timeout, with its backoff count (RFC 6298)</source>
        <translation>Tiempo de espera de retransmisión actual, con su número de retrocesos (RFC 6298)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retransmissions</source>
        <translation>Retransmisiones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segments this connection has retransmitted</source>
        <translation>Segmentos que ha retransmitido esta conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cwnd</source>
        <translation>cwnd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Congestion window (RFC 5681)</source>
        <translation>Ventana de congestión (RFC 5681)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ssthresh</source>
        <translation>ssthresh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slow-start threshold (RFC 5681)</source>
        <translation>Umbral de arranque lento (RFC 5681)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flight size</source>
        <translation>En tránsito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Octets sent but not yet acknowledged</source>
        <translation>Octetos enviados pero aún no reconocidos</translation>
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
        <translation>sin conexión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This host has no TCB yet</source>
        <translation>Este host aún no tiene TCB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not recorded live</source>
        <translation>no registrado en vivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A live session records segments and states; the diagram shows this host&apos;s states</source>
        <translation>Una sesión en vivo registra segmentos y estados; el diagrama muestra los estados de este host</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not observable</source>
        <translation>no observable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kernel&apos;s variables cannot be seen from outside; only its segments can</source>
        <translation>Las variables del núcleo no se ven desde fuera; solo sus segmentos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Linux calls it %1 (as ss and netstat print it)</source>
        <translation>Linux lo llama %1 (como lo muestran ss y netstat)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Not known in this state</source>
        <translation>Desconocido en este estado</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>absolute %1</source>
        <translation>absoluto %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>relative %1</source>
        <translation>relativo %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+4"/>
        <location line="+18"/>
        <location line="+4"/>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1 s (backoff %2)</source>
        <extracomment>The retransmission timeout in seconds and how often it has been doubled</extracomment>
        <translation>%1 s (retroceso %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 × MSS (MSS = %2 bytes)</source>
        <translation>%1 × MSS (MSS = %2 bytes)</translation>
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
        <translation>Hosts</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::LinkSettingsPanel</name>
    <message>
        <location filename="../ui/panels/link_settings_panel.cpp" line="+219"/>
        <source>TCP profile</source>
        <translation>Perfil TCP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rfc: the RFCs&apos; defaults. linux: today&apos;s Linux defaults.</source>
        <translation>rfc: los valores predeterminados de los RFC. linux: los valores predeterminados actuales de Linux.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed</source>
        <translation>Semilla aleatoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same scenario with the same seed gives the same timeline.</source>
        <translation>El mismo escenario con la misma semilla produce la misma línea temporal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Seed:</source>
        <translation>&amp;Semilla:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link settings message</source>
        <translation>Mensaje de los ajustes del enlace</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Switch to the %1 profile</source>
        <translation>Cambiar al perfil %1</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Delay %1 slider</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>Control deslizante del retardo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay %1 in ms</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>Retardo %1 en ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set delay %1 to %2 ms</source>
        <extracomment>Undo/redo text; %1 the direction (&quot;A → B&quot;), %2 the new value</extracomment>
        <translation>Establecer el retardo %1 en %2 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay must be a number from %1 to %2 ms.</source>
        <extracomment>%1 and %2 the bounds of the setting</extracomment>
        <translation>El retardo debe ser un número entre %1 y %2 ms.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jitter %1 slider</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>Control deslizante de la fluctuación %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jitter %1 in ms</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>Fluctuación %1 en ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set jitter %1 to %2 ms</source>
        <extracomment>Undo/redo text; %1 the direction (&quot;A → B&quot;), %2 the new value</extracomment>
        <translation>Establecer la fluctuación %1 en %2 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jitter must be a number from %1 to %2 ms. Jitter can be at most the delay.</source>
        <extracomment>%1 and %2 the bounds of the setting</extracomment>
        <translation>La fluctuación debe ser un número entre %1 y %2 ms. La fluctuación no puede superar el retardo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loss %1 slider</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>Control deslizante de la pérdida %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss %1 in %</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>Pérdida %1 en %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set loss %1 to %2 %</source>
        <extracomment>Undo/redo text; %1 the direction (&quot;A → B&quot;), %2 the new value</extracomment>
        <translation>Establecer la pérdida %1 en %2 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss must be a number from %1 to %2 %.</source>
        <extracomment>%1 and %2 the bounds of the setting</extracomment>
        <translation>La pérdida debe ser un número entre %1 y %2 %.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplication %1 slider</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>Control deslizante de la duplicación %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplication %1 in %</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>Duplicación %1 en %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set duplication %1 to %2 %</source>
        <extracomment>Undo/redo text; %1 the direction (&quot;A → B&quot;), %2 the new value</extracomment>
        <translation>Establecer la duplicación %1 en %2 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplication must be a number from %1 to %2 %.</source>
        <extracomment>%1 and %2 the bounds of the setting</extracomment>
        <translation>La duplicación debe ser un número entre %1 y %2 %.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reordering %1 slider</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>Control deslizante de la reordenación %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reordering %1 in %</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>Reordenación %1 en %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set reordering %1 to %2 %</source>
        <extracomment>Undo/redo text; %1 the direction (&quot;A → B&quot;), %2 the new value</extracomment>
        <translation>Establecer la reordenación %1 en %2 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reordering must be a number from %1 to %2 %.</source>
        <extracomment>%1 and %2 the bounds of the setting</extracomment>
        <translation>La reordenación debe ser un número entre %1 y %2 %.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Delay</source>
        <translation>Retardo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jitter</source>
        <translation>Fluctuación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplication</source>
        <translation>Duplicación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reordering</source>
        <translation>Reordenación</translation>
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
        <translation>Enlace %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Refused “%1”: %2</source>
        <translation>Se ha rechazado «%1»: %2</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Refused “%1”: the seed must be a whole number from 0 to %2.</source>
        <translation>Se ha rechazado «%1»: la semilla debe ser un número entero entre 0 y %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set the seed to %1</source>
        <translation>Establecer la semilla en %1</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::LiveControlBar</name>
    <message>
        <location filename="../ui/live_controls.cpp" line="+55"/>
        <source>Host A closes its side of the connection: its FIN follows the data already sent.</source>
        <extracomment>Status bar, live session: our host called close(); FIN is the TCP flag</extracomment>
        <translation>El host A cierra su lado de la conexión: su FIN sigue a los datos ya enviados.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Host A aborts the connection: it sends RST and forgets the connection.</source>
        <extracomment>Status bar, live session: our host aborted the connection; RST is the TCP flag</extracomment>
        <translation>El host A aborta la conexión: envía RST y olvida la conexión.</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Host A sends “%1” and a newline: %n byte(s).</source>
        <extracomment>Status bar, live session: %1 the text as typed; %n the bytes sent (with the newline)</extracomment>
        <translation>
            <numerusform>El host A envía «%1» y un salto de línea: %n byte.</numerusform>
            <numerusform>El host A envía «%1» y un salto de línea: %n bytes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Live Session</source>
        <translation>Sesión en vivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host A sends:</source>
        <extracomment>Label before the text field; A is our host&apos;s letter</extracomment>
        <translation>El host A envía:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a line of text; Enter sends it</source>
        <translation>una línea de texto; Intro la envía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text that Host A sends</source>
        <translation>Texto que envía el host A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter sends this line and a newline from Host A to the kernel (Ctrl+T to type here)</source>
        <translation>Intro envía esta línea y un salto de línea del host A al núcleo (Ctrl+T para escribir aquí)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a Line for Host A to Send</source>
        <translation>Escribir una línea para que la envíe el host A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send Line</source>
        <translation>Enviar línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host A sends the line and a newline (send())</source>
        <translation>El host A envía la línea y un salto de línea (send())</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close Connection (FIN)</source>
        <translation>Cerrar la conexión (FIN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host A closes its side (close()): it sends FIN once its data is sent</source>
        <translation>El host A cierra su lado (close()): envía FIN una vez enviados sus datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort Connection (RST)</source>
        <translation>Abortar la conexión (RST)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host A aborts (abort()): it sends RST and forgets the connection</source>
        <translation>El host A aborta (abort()): envía RST y olvida la conexión</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::LiveSession</name>
    <message>
        <location filename="../ui/live_session.cpp" line="+68"/>
        <source>Ackademy (Host A)</source>
        <translation>Ackademy (host A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer (Linux kernel)</source>
        <translation>Este equipo (núcleo Linux)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Live mode needs CAP_NET_ADMIN to create a TUN device: run Ackademy as root, or: sudo setcap cap_net_admin+ep %1</source>
        <translation>El modo en vivo necesita CAP_NET_ADMIN para crear un dispositivo TUN: ejecute Ackademy como root, o bien: sudo setcap cap_net_admin+ep %1</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Live session with this computer</source>
        <translation>Sesión en vivo con este equipo</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The live session is over: the connection is closed and %1 is gone.</source>
        <translation>La sesión en vivo ha terminado: la conexión está cerrada y %1 ya no existe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The live session timed out; %1 is gone.</source>
        <translation>La sesión en vivo ha agotado su tiempo; %1 ya no existe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The live session was stopped; %1 is gone.</source>
        <translation>La sesión en vivo se ha detenido; %1 ya no existe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The live session failed (see the message before this one); %1 is gone.</source>
        <translation>La sesión en vivo ha fallado (vea el mensaje anterior); %1 ya no existe.</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::LiveSessionDialog</name>
    <message>
        <location filename="../ui/live_session_dialog.cpp" line="+140"/>
        <source>Live Session with This Computer</source>
        <translation>Sesión en vivo con este equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ackademy&apos;s host (A) talks TCP with this computer&apos;s kernel (B) over a new TUN device. The diagram shows the connection as it happens: our host&apos;s states and segments, and every segment the kernel sends (its states cannot be seen from outside).</source>
        <translation>El host de Ackademy (A) habla TCP con el núcleo de este equipo (B) a través de un nuevo dispositivo TUN. El diagrama muestra la conexión a medida que ocurre: los estados y segmentos de nuestro host, y cada segmento que envía el núcleo (sus estados no se ven desde fuera).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TUN &amp;device:</source>
        <translation>&amp;Dispositivo TUN:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Our host (A):</source>
        <translation>&amp;Nuestro host (A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;kernel&apos;s side (B):</source>
        <translation>Extremo del &amp;núcleo (B):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subnet prefix:</source>
        <translation>Prefijo de &amp;subred:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text to send:</source>
        <translation>&amp;Texto a enviar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close after:</source>
        <translation>&amp;Cerrar tras:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Drop rules:</source>
        <translation>Reglas de &amp;descarte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPv4ADDRESS:PORT of Ackademy&apos;s host, e.g. 10.77.0.2:3337</source>
        <translation>DIRECCIÓNIPv4:PUERTO del host de Ackademy, p. ej. 10.77.0.2:3337</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPv4ADDRESS:PORT the kernel gets on the TUN device, e.g. 10.77.0.1:7788</source>
        <translation>DIRECCIÓNIPv4:PUERTO que recibe el núcleo en el dispositivo TUN, p. ej. 10.77.0.1:7788</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both addresses lie in this small private subnet (24..30; /30 holds just the two)</source>
        <translation>Ambas direcciones están en esta pequeña subred privada (24..30; una /30 contiene solo las dos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a socket listening on this computer</source>
        <translation>Conectarse a un socket que escucha en este equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listen for a client on this computer (such as nc)</source>
        <translation>Esperar a un cliente en este equipo (como nc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional, sent once the connection is established</source>
        <translation>opcional, se envía una vez establecida la conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>don&apos;t close (the session ends when the kernel closes)</source>
        <translation>no cerrar (la sesión termina cuando cierra el núcleo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s after the connection is established</source>
        <translation> s después de establecer la conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional, e.g. A:S. B:S#2 (A = our host, B = the kernel)</source>
        <translation>opcional, p. ej. A:S. B:S#2 (A = nuestro host, B = el núcleo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our host&apos;s TCP profile; linux behaves as the kernel it talks to</source>
        <translation>Perfil TCP de nuestro host; linux se comporta como el núcleo con el que habla</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: “%2” is not an IPv4 address and port; expected e.g. 10.77.0.2:3337</source>
        <translation>%1: «%2» no es una dirección IPv4 con puerto; se esperaba p. ej. 10.77.0.2:3337</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: “%2” has no port; expected IPv4ADDRESS:PORT, e.g. %2:7788</source>
        <translation>%1: «%2» no tiene puerto; se esperaba DIRECCIÓNIPv4:PUERTO, p. ej. %2:7788</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: port “%2” is not a port number; expected 1..65535</source>
        <translation>%1: el puerto «%2» no es un número de puerto; se esperaba 1..65535</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Our host</source>
        <translation>Nuestro host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kernel&apos;s side</source>
        <translation>Extremo del núcleo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Drop rules: %1</source>
        <translation>Reglas de descarte: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Before you press OK, in a terminal run: nc -l %1 %2</source>
        <translation>Antes de pulsar Aceptar, ejecute en un terminal: nc -l %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After you press OK, in a terminal run: nc %1 %2</source>
        <translation>Después de pulsar Aceptar, ejecute en un terminal: nc %1 %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The same session from a terminal:</source>
        <translation>La misma sesión desde un terminal:</translation>
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
        <translation>&amp;Escuchar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect</source>
        <extracomment>Application call: active open (the socket API&apos;s connect())</extracomment>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Send Text…</source>
        <translation>Enviar &amp;texto…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Abort (RST)</source>
        <translation>&amp;Abortar (RST)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;rash</source>
        <extracomment>The host crashes and forgets every connection</extracomment>
        <translation>Provocar caí&amp;da</translation>
    </message>
    <message>
        <location line="+114"/>
        <location line="+447"/>
        <source>Sequence diagram</source>
        <translation>Diagrama de secuencia</translation>
    </message>
    <message>
        <location line="-308"/>
        <source>Host A sends nothing more.</source>
        <translation>Host A no envía nada más.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Host B sends nothing more.</source>
        <translation>Host B no envía nada más.</translation>
    </message>
    <message>
        <location line="+283"/>
        <source>Res&amp;tore Selected Segment</source>
        <translation>Res&amp;taurar segmento seleccionado</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>State Diagram</source>
        <translation>Diagrama de estados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congestion Window</source>
        <translation>Ventana de congestión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;State Diagram</source>
        <translation>Diagrama de e&amp;stados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Congestion Window</source>
        <translation>Ventana de &amp;congestión</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>&amp;Open Scenario…</source>
        <translation>&amp;Abrir escenario…</translation>
    </message>
    <message>
        <location line="-533"/>
        <source>Cl&amp;ose</source>
        <extracomment>Application call: close the connection politely (FIN)</extracomment>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Live session: %1</source>
        <translation>Sesión en vivo: %1</translation>
    </message>
    <message>
        <location line="+362"/>
        <source>Save Scenario &amp;As…</source>
        <translation>&amp;Guardar escenario como…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole Diagram…</source>
        <translation>Diagrama &amp;completo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visible Part…</source>
        <translation>Parte &amp;visible…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG at &amp;2× Resolution</source>
        <translation>PNG a resolución &amp;2×</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Live Session with This Computer…</source>
        <translation>Sesión en &amp;vivo con este equipo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let Ackademy&apos;s host talk TCP with this computer&apos;s kernel over a TUN device</source>
        <translation>Hacer que el host de Ackademy hable TCP con el núcleo de este equipo a través de un dispositivo TUN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sto&amp;p Live Session</source>
        <translation>&amp;Detener sesión en vivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the live session and remove its TUN device</source>
        <translation>Terminar la sesión en vivo y eliminar su dispositivo TUN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Drop Selected Segment</source>
        <translation>De&amp;scartar segmento seleccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop Next Segment from &amp;A</source>
        <translation>Descartar siguiente segmento de &amp;A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop Next Segment from &amp;B</source>
        <translation>Descartar siguiente segmento de &amp;B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit to Window</source>
        <translation>Ajustar a la &amp;ventana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Relative Sequence Numbers</source>
        <translation>Números de secuencia &amp;relativos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the start (Home)</source>
        <translation>Ir al inicio (Inicio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step back to the previous event (Left, P, Page Up)</source>
        <translation>Retroceder al evento anterior (Izquierda, P, RePág)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step forward to the next event (Right, N, Page Down)</source>
        <translation>Avanzar al evento siguiente (Derecha, N, AvPág)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the end (End)</source>
        <translation>Ir al final (Fin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Ackademy</source>
        <translation>&amp;Acerca de Ackademy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Diagram</source>
        <translation>&amp;Exportar diagrama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <extracomment>View menu: the user interface language; its entries are the languages&apos; own names</extracomment>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;System Default</source>
        <extracomment>Language menu: follow the desktop&apos;s language</extracomment>
        <translation>&amp;Predeterminado del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Panels</source>
        <translation>&amp;Paneles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scenario</source>
        <translation>E&amp;scenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host &amp;A at the Playhead</source>
        <translation>Host &amp;A en el cabezal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host &amp;B at the Playhead</source>
        <translation>Host &amp;B en el cabezal</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Host %1: %2 at the playhead</source>
        <extracomment>Tooltip of an application call, e.g. &quot;Host A: Connect at the playhead&quot;</extracomment>
        <translation>Host %1: %2 en el cabezal de reproducción</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Playback</source>
        <translation>Reproducción</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
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
        <translation>Posición del cabezal de reproducción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to move through the whole timeline</source>
        <translation>Arrastre para recorrer toda la línea temporal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playhead time</source>
        <translation>Tiempo del cabezal de reproducción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space play · → next · ← back · Delete drop the selected segment · Ctrl+Z undo · F1 all keys</source>
        <translation>Espacio reproducir · → siguiente · ← atrás · Supr descartar el segmento seleccionado · Ctrl+Z deshacer · F1 todas las teclas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard hints</source>
        <translation>Ayuda de teclado</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+128"/>
        <source>t = %1 s   step %2 of %3</source>
        <translation>t = %1 s   paso %2 de %3</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link Settings</source>
        <translation>Ajustes del enlace</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Events</source>
        <translation>&amp;Eventos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link Settings</source>
        <translation>Ajustes del en&amp;lace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Playback Toolbar</source>
        <translation>Barra de &amp;reproducción</translation>
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
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause (Space)</source>
        <translation>Pausa (Espacio)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play (Space)</source>
        <translation>Reproducir (Espacio)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>● LIVE on %1</source>
        <translation>● EN VIVO en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live session indicator</source>
        <translation>Indicador de sesión en vivo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Live session on %1: the diagram follows the connection as it happens</source>
        <translation>Sesión en vivo en %1: el diagrama sigue la conexión a medida que ocurre</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ackademy</source>
        <translation>Ackademy</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot save %1: %2</source>
        <translation>No se puede guardar %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1</source>
        <translation>Se ha guardado %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Host %1: %2 at %3</source>
        <extracomment>Undo text, e.g. &quot;Host A: Connect at 0.000 ms&quot;; %2 is the call (Listen, Connect, ...)</extracomment>
        <translation>Host %1: %2 a los %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Send Text</source>
        <translation>Enviar texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text that host %1 sends:</source>
        <translation>Texto que envía el host %1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello</source>
        <translation>Hola</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The scenario has changes that are not saved. Save them first?</source>
        <translation>El escenario tiene cambios sin guardar. ¿Desea guardarlos primero?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open Scenario</source>
        <translation>Abrir escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario files (*.json);;All files (*)</source>
        <translation>Archivos de escenario (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save Scenario As</source>
        <translation>Guardar escenario como</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenario files (*.json)</source>
        <translation>Archivos de escenario (*.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export Visible Part</source>
        <translation>Exportar parte visible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Diagram</source>
        <translation>Exportar diagrama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exported %1</source>
        <translation>Se ha exportado %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play or pause</source>
        <translation>Reproducir o pausar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right, N, Page Down</source>
        <translation>Derecha, N, AvPág</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step forward to the next event</source>
        <translation>Avanzar al evento siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left, P, Page Up</source>
        <translation>Izquierda, P, RePág</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step back to the previous event</source>
        <translation>Retroceder al evento anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home, End</source>
        <translation>Inicio, Fin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the start, the end</source>
        <translation>Ir al inicio, al final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop the selected segment</source>
        <translation>Descartar el segmento seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore the selected segment</source>
        <translation>Restaurar el segmento seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+D, Ctrl+Shift+D</source>
        <translation>Ctrl+D, Ctrl+Mayús+D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop the next segment from A, from B</source>
        <translation>Descartar el siguiente segmento de A, de B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Z, Ctrl+Shift+Z</source>
        <translation>Ctrl+Z, Ctrl+Mayús+Z</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo, redo</source>
        <translation>Deshacer, rehacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+=, Ctrl+-, Ctrl+0</source>
        <translation>Ctrl+=, Ctrl+-, Ctrl+0</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom in, zoom out, fit to window</source>
        <translation>Acercar, alejar, ajustar a la ventana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relative or absolute sequence numbers</source>
        <translation>Números de secuencia relativos o absolutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+O, Ctrl+Shift+S</source>
        <translation>Ctrl+O, Ctrl+Mayús+S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open, save a scenario</source>
        <translation>Abrir, guardar un escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E, Ctrl+Shift+E</source>
        <translation>Ctrl+E, Ctrl+Mayús+E</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the whole diagram, the visible part</source>
        <translation>Exportar el diagrama completo, la parte visible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+T, Enter</source>
        <translation>Ctrl+T, Intro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Live session: type a line for Host A, send it</source>
        <translation>Sesión en vivo: escribir una línea para el host A, enviarla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About Ackademy</source>
        <translation>Acerca de Ackademy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Ackademy %1&lt;/h3&gt;&lt;p&gt;An interactive TCP simulator for the classroom.&lt;/p&gt;&lt;p&gt;Step through a connection segment by segment, drop any segment and watch TCP recover — with the same flags, numbers and timers a real stack uses.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ackademy %1&lt;/h3&gt;&lt;p&gt;Un simulador interactivo de TCP para el aula.&lt;/p&gt;&lt;p&gt;Avance por una conexión segmento a segmento, descarte cualquier segmento y observe cómo se recupera TCP, con los mismos indicadores, números y temporizadores que usa una pila real.&lt;/p&gt;</translation>
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
            <numerusform>%1 con %Ln byte de datos</numerusform>
            <numerusform>%1 con %Ln bytes de datos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a drop rule</source>
        <translation>una regla de descarte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drop rule %1</source>
        <translation>regla de descarte %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>random loss</source>
        <translation>pérdida aleatoria</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the link&apos;s queue is full</source>
        <translation>la cola del enlace está llena</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown cause</source>
        <translation>causa desconocida</translation>
    </message>
    <message numerus="yes">
        <location line="+122"/>
        <source>… %Ln earlier sentence(s)</source>
        <translation>
            <numerusform>… %Ln frase anterior</numerusform>
            <numerusform>… %Ln frases anteriores</numerusform>
        </translation>
    </message>
    <message>
        <location line="-103"/>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <location line="-364"/>
        <source>Host %1 sends %2 (%3) and enters LISTEN, waiting for a connection request.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>El host %1 envía %2 (%3) y pasa al estado LISTEN, a la espera de una solicitud de conexión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters LISTEN, waiting for a connection request.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>El host %1 retransmite %2 (%3), retransmisión n.º %5, y pasa al estado LISTEN, a la espera de una solicitud de conexión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters LISTEN, waiting for a connection request.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>El host %1 pasa al estado LISTEN, a la espera de una solicitud de conexión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to LISTEN, waiting for a connection request.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>El host %1 pasa de %6 a LISTEN, a la espera de una solicitud de conexión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First handshake: Host %1 sends %2 (%3) and enters SYN-SENT, waiting for Host %4 to confirm.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>Paso 1 del acuerdo en tres fases: el host %1 envía %2 (%3) y pasa al estado SYN-SENT, a la espera de que el host %4 confirme.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters SYN-SENT, waiting for Host %4 to confirm.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>El host %1 retransmite %2 (%3), retransmisión n.º %5, y pasa al estado SYN-SENT, a la espera de que el host %4 confirme.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters SYN-SENT, waiting for Host %4 to confirm.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>El host %1 pasa al estado SYN-SENT, a la espera de que el host %4 confirme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to SYN-SENT, waiting for Host %4 to confirm.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>El host %1 pasa de %6 a SYN-SENT, a la espera de que el host %4 confirme.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Second handshake: Host %1 sends %2 (%3) and enters SYN-RECEIVED, waiting for Host %4 to acknowledge it.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>Paso 2 del acuerdo en tres fases: el host %1 envía %2 (%3) y pasa al estado SYN-RECEIVED, a la espera de que el host %4 lo reconozca.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters SYN-RECEIVED, waiting for Host %4 to acknowledge it.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>El host %1 retransmite %2 (%3), retransmisión n.º %5, y pasa al estado SYN-RECEIVED, a la espera de que el host %4 lo reconozca.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters SYN-RECEIVED, waiting for Host %4 to acknowledge it.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>El host %1 pasa al estado SYN-RECEIVED, a la espera de que el host %4 lo reconozca.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to SYN-RECEIVED, waiting for Host %4 to acknowledge it.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>El host %1 pasa de %6 a SYN-RECEIVED, a la espera de que el host %4 lo reconozca.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters ESTABLISHED: the connection is open.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>El host %1 envía %2 (%3) y pasa al estado ESTABLISHED: la conexión está abierta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters ESTABLISHED: the connection is open.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>El host %1 retransmite %2 (%3), retransmisión n.º %5, y pasa al estado ESTABLISHED: la conexión está abierta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters ESTABLISHED: the connection is open.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>El host %1 pasa al estado ESTABLISHED: la conexión está abierta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to ESTABLISHED: the connection is open.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>El host %1 pasa de %6 a ESTABLISHED: la conexión está abierta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters FIN-WAIT-1, waiting for Host %4 to acknowledge its FIN.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>El host %1 envía %2 (%3) y pasa al estado FIN-WAIT-1, a la espera de que el host %4 reconozca su FIN.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters FIN-WAIT-1, waiting for Host %4 to acknowledge its FIN.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>El host %1 retransmite %2 (%3), retransmisión n.º %5, y pasa al estado FIN-WAIT-1, a la espera de que el host %4 reconozca su FIN.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters FIN-WAIT-1, waiting for Host %4 to acknowledge its FIN.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>El host %1 pasa al estado FIN-WAIT-1, a la espera de que el host %4 reconozca su FIN.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to FIN-WAIT-1, waiting for Host %4 to acknowledge its FIN.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>El host %1 pasa de %6 a FIN-WAIT-1, a la espera de que el host %4 reconozca su FIN.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters FIN-WAIT-2, waiting for Host %4 to close its side.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>El host %1 envía %2 (%3) y pasa al estado FIN-WAIT-2, a la espera de que el host %4 cierre su extremo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters FIN-WAIT-2, waiting for Host %4 to close its side.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>El host %1 retransmite %2 (%3), retransmisión n.º %5, y pasa al estado FIN-WAIT-2, a la espera de que el host %4 cierre su extremo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters FIN-WAIT-2, waiting for Host %4 to close its side.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>El host %1 pasa al estado FIN-WAIT-2, a la espera de que el host %4 cierre su extremo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to FIN-WAIT-2, waiting for Host %4 to close its side.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>El host %1 pasa de %6 a FIN-WAIT-2, a la espera de que el host %4 cierre su extremo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters CLOSE-WAIT: Host %4 has finished sending.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>El host %1 envía %2 (%3) y pasa al estado CLOSE-WAIT: el host %4 ha terminado de enviar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters CLOSE-WAIT: Host %4 has finished sending.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>El host %1 retransmite %2 (%3), retransmisión n.º %5, y pasa al estado CLOSE-WAIT: el host %4 ha terminado de enviar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters CLOSE-WAIT: Host %4 has finished sending.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>El host %1 pasa al estado CLOSE-WAIT: el host %4 ha terminado de enviar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to CLOSE-WAIT: Host %4 has finished sending.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>El host %1 pasa de %6 a CLOSE-WAIT: el host %4 ha terminado de enviar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters CLOSING: both sides are closing at once.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>El host %1 envía %2 (%3) y pasa al estado CLOSING: ambos extremos están cerrando a la vez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters CLOSING: both sides are closing at once.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>El host %1 retransmite %2 (%3), retransmisión n.º %5, y pasa al estado CLOSING: ambos extremos están cerrando a la vez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters CLOSING: both sides are closing at once.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>El host %1 pasa al estado CLOSING: ambos extremos están cerrando a la vez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to CLOSING: both sides are closing at once.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>El host %1 pasa de %6 a CLOSING: ambos extremos están cerrando a la vez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters LAST-ACK, waiting for the last ACK.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>El host %1 envía %2 (%3) y pasa al estado LAST-ACK, a la espera del último ACK.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters LAST-ACK, waiting for the last ACK.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>El host %1 retransmite %2 (%3), retransmisión n.º %5, y pasa al estado LAST-ACK, a la espera del último ACK.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters LAST-ACK, waiting for the last ACK.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>El host %1 pasa al estado LAST-ACK, a la espera del último ACK.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to LAST-ACK, waiting for the last ACK.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>El host %1 pasa de %6 a LAST-ACK, a la espera del último ACK.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters TIME-WAIT, waiting 2 MSL so that old segments die out.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>El host %1 envía %2 (%3) y pasa al estado TIME-WAIT, donde espera 2 MSL a que desaparezcan de la red los segmentos antiguos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters TIME-WAIT, waiting 2 MSL so that old segments die out.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>El host %1 retransmite %2 (%3), retransmisión n.º %5, y pasa al estado TIME-WAIT, donde espera 2 MSL a que desaparezcan de la red los segmentos antiguos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters TIME-WAIT, waiting 2 MSL so that old segments die out.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>El host %1 pasa al estado TIME-WAIT, donde espera 2 MSL a que desaparezcan de la red los segmentos antiguos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to TIME-WAIT, waiting 2 MSL so that old segments die out.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>El host %1 pasa de %6 a TIME-WAIT, donde espera 2 MSL a que desaparezcan de la red los segmentos antiguos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters CLOSED.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>El host %1 envía %2 (%3) y pasa al estado CLOSED.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters CLOSED.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>El host %1 retransmite %2 (%3), retransmisión n.º %5, y pasa al estado CLOSED.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 enters CLOSED.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>El host %1 pasa al estado CLOSED.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to CLOSED.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>El host %1 pasa de %6 a CLOSED.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Third handshake: Host %1 sends %2 (%3) and enters ESTABLISHED: the connection is open.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>Paso 3 del acuerdo en tres fases: el host %1 envía %2 (%3) y pasa al estado ESTABLISHED: la conexión está abierta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Third handshake: Host %1 retransmits %2 (%3), retransmission #%5, and enters ESTABLISHED: the connection is open.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>Paso 3 del acuerdo en tres fases: el host %1 retransmite %2 (%3), retransmisión n.º %5, y pasa al estado ESTABLISHED: la conexión está abierta.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Host %1 sends %2 (%3).</source>
        <extracomment>%1 a host letter (A, B); %2 the segment (&quot;SYN&quot;, &quot;ACK with 5 bytes of data&quot;); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>El host %1 envía %2 (%3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5.</source>
        <extracomment>%1 a host letter (A, B); %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>El host %1 retransmite %2 (%3), retransmisión n.º %5.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Host %1&apos;s retransmission timer expires.</source>
        <extracomment>%1 a host letter (A, B)</extracomment>
        <translation>Vence el temporizador de retransmisión del host %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1&apos;s TIME-WAIT timer expires.</source>
        <extracomment>%1 a host letter (A, B)</extracomment>
        <translation>Vence el temporizador de TIME-WAIT del host %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1&apos;s delayed-ACK timer expires.</source>
        <extracomment>%1 a host letter (A, B)</extracomment>
        <translation>Vence el temporizador de ACK retardado del host %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1&apos;s persist timer expires.</source>
        <extracomment>%1 a host letter (A, B)</extracomment>
        <translation>Vence el temporizador de persistencia del host %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1&apos;s user timeout expires.</source>
        <extracomment>%1 a host letter (A, B)</extracomment>
        <translation>Vence el tiempo límite de usuario del host %1.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Host %1 receives %2 (%3) from Host %4.</source>
        <extracomment>%1 and %4 host letters (A, B): %1 receives from %4; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>El host %1 recibe %2 (%3) del host %4.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The %1 (%2) from Host %3 to Host %4 is lost (%5).</source>
        <extracomment>%1 the flags (SYN, ACK, ...), %2 &quot;seq = ...&quot;, %3 and %4 host letters (from %3 to %4), %5 the cause</extracomment>
        <translation>El %1 (%2) del host %3 al host %4 se pierde (%5).</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Host %1 delivers %Ln byte(s) to its application.</source>
        <extracomment>%1 a host letter (A, B)</extracomment>
        <translation>
            <numerusform>El host %1 entrega %Ln byte a su aplicación.</numerusform>
            <numerusform>El host %1 entrega %Ln bytes a su aplicación.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>connection reset</source>
        <translation>conexión reiniciada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection timed out</source>
        <translation>tiempo de espera de la conexión agotado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection closing</source>
        <translation>la conexión se está cerrando</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection already exists</source>
        <translation>la conexión ya existe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection does not exist</source>
        <translation>la conexión no existe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remote socket unspecified</source>
        <translation>socket remoto no especificado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection aborted due to user timeout</source>
        <translation>conexión abortada por vencimiento del tiempo límite de usuario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection established</source>
        <translation>conexión establecida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection closed by peer</source>
        <translation>conexión cerrada por el otro extremo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing to report</source>
        <translation>nada que notificar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 tells its application: %2.</source>
        <extracomment>%1 a host letter (A, B); %2 what TCP tells it, e.g. &quot;connection refused&quot;</extracomment>
        <translation>El host %1 notifica a su aplicación: %2.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+4"/>
        <source>Narration</source>
        <translation>Narración</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>One sentence per event up to the playhead; the last one is the latest.</source>
        <translation>Una frase por evento hasta el cabezal de reproducción; la última es la más reciente.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing has happened yet. Step forward (→) to start.</source>
        <translation>Aún no ha ocurrido nada. Avance (→) para empezar.</translation>
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
        <translation>%1 bytes</translation>
    </message>
    <message>
        <location line="-293"/>
        <source>Field</source>
        <translation>Campo</translation>
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
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header fields of the segment</source>
        <translation>Campos de cabecera del segmento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes of the packet in hexadecimal</source>
        <translation>Bytes del paquete en hexadecimal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspected segment</source>
        <translation>Segmento inspeccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>No segment yet. Step forward, or click a segment in the diagram.</source>
        <translation>Aún no hay ningún segmento. Avance o haga clic en un segmento del diagrama.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Segment #%1: %2 from Host %3 to Host %4, sent at %5 s</source>
        <translation>Segmento n.º %1: %2 del host %3 al host %4, enviado a los %5 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segment #%1: %2 from Host %3 to Host %4, sent at %5 s (the latest; click a segment to choose another)</source>
        <translation>Segmento n.º %1: %2 del host %3 al host %4, enviado a los %5 s (el más reciente; haga clic en un segmento para elegir otro)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>byte %1</source>
        <translation>byte %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bytes %1–%2</source>
        <translation>bytes %1–%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Internet Protocol version 4</source>
        <translation>Protocolo de Internet versión 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header length</source>
        <translation>Longitud de cabecera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 bytes (IHL %2)</source>
        <translation>%1 bytes (IHL %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of service</source>
        <translation>Tipo de servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total length</source>
        <translation>Longitud total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identification</source>
        <translation>Identificación</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+57"/>
        <source>Flags</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Don&apos;t fragment</source>
        <translation>No fragmentar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t fragment (DF)</source>
        <translation>No fragmentar (DF)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>set</source>
        <translation>activado</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>not set</source>
        <translation>no activado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>More fragments (MF)</source>
        <translation>Más fragmentos (MF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fragment offset</source>
        <translation>Desplazamiento de fragmento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to live</source>
        <translation>Tiempo de vida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>6 (TCP)</source>
        <translation>6 (TCP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header checksum</source>
        <translation>Suma de comprobación de cabecera</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+104"/>
        <source>%1 (correct)</source>
        <translation>%1 (correcta)</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+105"/>
        <source>%1 (WRONG)</source>
        <translation>%1 (INCORRECTA)</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Source address</source>
        <translation>Dirección de origen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 (Host %2)</source>
        <translation>%1 (host %2)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 (Host %2, Linux kernel)</source>
        <extracomment>An address and its host in a live session: %1 the IPv4 address, %2 the host&apos;s letter (B)</extracomment>
        <translation>%1 (host %2, núcleo Linux)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Destination address</source>
        <translation>Dirección de destino</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Transmission Control Protocol</source>
        <translation>Protocolo de control de transmisión (TCP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>port %1 → %2, %3, data: %4</source>
        <translation>puerto %1 → %2, %3, datos: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source port</source>
        <translation>Puerto de origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination port</source>
        <translation>Puerto de destino</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (absolute %2)</source>
        <translation>%1 (absoluto %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (relative %2)</source>
        <translation>%1 (relativo %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sequence number</source>
        <translation>Número de secuencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledgment number</source>
        <translation>Número de reconocimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (not used: ACK is not set)</source>
        <translation>%1 (no se usa: ACK no está activado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data offset</source>
        <translation>Desplazamiento de datos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2 bytes of header)</source>
        <translation>%1 (%2 bytes de cabecera)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>accurate ECN</source>
        <translation>ECN precisa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>congestion window reduced</source>
        <translation>ventana de congestión reducida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ECN echo</source>
        <translation>eco de ECN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>urgent pointer is valid</source>
        <translation>el puntero urgente es válido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acknowledgment number is valid</source>
        <translation>el número de reconocimiento es válido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>push</source>
        <translation>entregar de inmediato (push)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reset the connection</source>
        <translation>reinicializar la conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>synchronize sequence numbers</source>
        <translation>sincronizar los números de secuencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no more data from the sender</source>
        <translation>no hay más datos del emisor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1: set</source>
        <translation>1: activado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>0: not set</source>
        <translation>0: no activado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (never scaled in a SYN, RFC 7323 §2.2)</source>
        <translation>%1 (nunca se escala en un SYN, RFC 7323 §2.2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 × 2^%2 = %3 bytes (scale from the handshake)</source>
        <translation>%1 × 2^%2 = %3 bytes (escala negociada en el establecimiento)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 bytes (no window scaling on this connection)</source>
        <translation>%1 bytes (sin escalado de ventana en esta conexión)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checksum</source>
        <translation>Suma de comprobación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Urgent pointer</source>
        <translation>Puntero urgente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (not used: URG is not set)</source>
        <translation>%1 (no se usa: URG no está activado)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>End of option list</source>
        <translation>Fin de la lista de opciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>then padding: %1</source>
        <translation>seguido de relleno: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No-operation (NOP)</source>
        <translation>Sin operación (NOP)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>aligns the next option</source>
        <translation>alinea la siguiente opción</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Malformed option</source>
        <translation>Opción mal formada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kind %1</source>
        <translation>tipo %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Maximum segment size</source>
        <translation>Tamaño máximo de segmento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window scale</source>
        <translation>Escala de ventana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shift %1 (multiply by %2)</source>
        <translation>desplazamiento %1 (multiplicar por %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SACK permitted</source>
        <translation>SACK permitido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>selective acknowledgments may be used</source>
        <translation>se pueden usar reconocimientos selectivos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SACK</source>
        <translation>SACK</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Timestamps</source>
        <translation>Marcas de tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TSval %1, TSecr %2</source>
        <translation>TSval %1, TSecr %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Option kind %1</source>
        <translation>Opción de tipo %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1…”</source>
        <extracomment>The data as text, quoted; %1 its first 200 characters (the data goes on)</extracomment>
        <translation>«%1…»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1”</source>
        <extracomment>The data as text, quoted</extracomment>
        <translation>«%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of binary data</source>
        <translation>%1 de datos binarios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data (%1)</source>
        <translation>Datos (%1)</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::PresentationMode</name>
    <message>
        <location filename="../ui/presentation.cpp" line="+93"/>
        <source>Pr&amp;esentation Mode</source>
        <translation>Modo pr&amp;esentación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presentation mode: full screen, large and high contrast (F11; Esc leaves)</source>
        <translation>Modo presentación: pantalla completa, en grande y con alto contraste (F11; Esc para salir)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank the Screen</source>
        <translation>Pantalla en blanco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave Presentation Mode</source>
        <translation>Salir del modo presentación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presentation controls</source>
        <translation>Controles de presentación</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Blank screen (press B to show the diagram again)</source>
        <translation>Pantalla en blanco (pulse B para volver a mostrar el diagrama)</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>t = %1 s · step %2 of %3 · Esc leaves</source>
        <translation>t = %1 s · paso %2 de %3 · Esc para salir</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::SequenceDiagramView</name>
    <message>
        <location filename="../ui/diagram/sequence_diagram_view.cpp" line="+32"/>
        <source>Sequence diagram</source>
        <translation>Diagrama de secuencia</translation>
    </message>
    <message>
        <location line="+348"/>
        <source>Drop this segment</source>
        <translation>Descartar este segmento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore it</source>
        <translation>Restaurarlo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a segment lost by a drop rule can be restored</source>
        <translation>Solo se puede restaurar un segmento perdido por una regla de descarte</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&lt;b&gt;%1&lt;/b&gt;, segment %2 on the wire, from host %3 to host %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, segmento %2 en el enlace, del host %3 al host %4</translation>
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
        <translation>indicadores: %1 (tcpdump: [%2])</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>window: %1</source>
        <translation>ventana: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>options: %1</source>
        <translation>opciones: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent at %1, arrived at %2 (transit %3)</source>
        <translation>enviado a los %1, llegó a los %2 (tránsito: %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sent at %1</source>
        <translation>enviado a los %1</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::StateDiagramView</name>
    <message>
        <location filename="../ui/panels/state_diagram.cpp" line="+144"/>
        <source>TCP state diagram</source>
        <translation>Diagrama de estados de TCP</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Host %1: its states cannot be observed from outside</source>
        <extracomment>Live session: %1 the kernel&apos;s host, &quot;B (Linux kernel)&quot;</extracomment>
        <translation>Host %1: sus estados no se pueden observar desde fuera</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::TraceExportMenu</name>
    <message>
        <location filename="../ui/trace_export.cpp" line="+29"/>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Export &amp;Trace</source>
        <translation>Exportar &amp;traza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;pcap (Wireshark, tcpdump)…</source>
        <translation>&amp;pcap (Wireshark, tcpdump)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A capture file of every packet on the wire, or of only what Host A or Host B would capture</source>
        <translation>Un archivo de captura con todos los paquetes del enlace, o solo con lo que capturaría el host A o el host B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;tcpdump Text…</source>
        <translation>Texto de &amp;tcpdump…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What tcpdump -n -tt prints for the capture</source>
        <translation>Lo que imprime tcpdump -n -tt para la captura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;JSON Lines…</source>
        <translation>&amp;JSON Lines…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One JSON object per event, for scripts</source>
        <translation>Un objeto JSON por evento, para scripts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The wire (every segment as it is sent, lost ones too)</source>
        <translation>El enlace (cada segmento tal como se envía, también los perdidos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host A (its sends and what reaches it)</source>
        <translation>Host A (sus envíos y lo que le llega)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host B (its sends and what reaches it)</source>
        <translation>Host B (sus envíos y lo que le llega)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture Point</source>
        <translation>Punto de captura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where is the capture taken?</source>
        <translation>¿Dónde se realiza la captura?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>pcap capture (*.pcap)</source>
        <translation>Captura pcap (*.pcap)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tcpdump text (*.txt)</source>
        <translation>Texto de tcpdump (*.txt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Trace</source>
        <translation>Exportar traza</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The trace was not written.

%1</source>
        <translation>No se ha escrito la traza.

%1</translation>
    </message>
</context>
</TS>
