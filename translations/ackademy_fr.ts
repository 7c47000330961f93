<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BuiltinScenario</name>
    <message>
        <location filename="../ui/scenario_texts.cpp" line="+26"/>
        <source>The three-way handshake</source>
        <comment>title of handshake</comment>
        <translation>La poignée de main en trois temps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host B listens; host A opens the connection. A sends SYN with its initial sequence number, B answers SYN,ACK with its own ISN and acknowledges A&apos;s ISN + 1, and A acknowledges B&apos;s ISN + 1. Three segments, and both sides are ESTABLISHED: each SYN consumes one sequence number, the final ACK consumes none (RFC 9293 Figure 6).</source>
        <comment>description of handshake</comment>
        <translation>L’hôte B écoute&#x202f;; l’hôte A ouvre la connexion. A envoie un SYN avec son numéro de séquence initial, B répond par un SYN,ACK portant son propre ISN et acquitte l’ISN de A + 1, puis A acquitte l’ISN de B + 1. Trois segments, et les deux côtés sont ESTABLISHED&#xa0;: chaque SYN consomme un numéro de séquence, l’ACK final n’en consomme aucun (RFC 9293, figure 6).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A whole connection: open, exchange data, close</source>
        <comment>title of handshake-data-close</comment>
        <translation>Une connexion complète&#xa0;: ouverture, échange de données, fermeture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The life of a connection in one picture. After the handshake A sends a request and B a reply; each side acknowledges the other&apos;s bytes by the next sequence number it expects. Then A closes: its FIN is acknowledged, B closes in turn, and A waits in TIME-WAIT for 2 MSL before the connection is gone (RFC 9293 Figure 12).</source>
        <comment>description of handshake-data-close</comment>
        <translation>La vie d’une connexion en une seule image. Après la poignée de main, A envoie une requête et B une réponse&#x202f;; chaque côté acquitte les octets de l’autre avec le prochain numéro de séquence qu’il attend. Puis A ferme&#xa0;: son FIN est acquitté, B ferme à son tour, et A attend 2 MSL dans l’état TIME-WAIT avant que la connexion ne disparaisse (RFC 9293, figure 12).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first SYN is lost</source>
        <comment>title of syn-lost</comment>
        <translation>Le premier SYN est perdu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&apos;s SYN never reaches B. Nothing comes back, so A&apos;s retransmission timer expires after the initial RTO (1 s in RFC 6298) and A sends the SYN again with the same initial sequence number. The second SYN gets through and the handshake completes one RTO late.</source>
        <comment>description of syn-lost</comment>
        <translation>Le SYN de A n’atteint jamais B. Rien ne revient, donc le temporisateur de retransmission de A expire au bout du RTO initial (1 s dans la RFC 6298) et A renvoie le SYN avec le même numéro de séquence initial. Le second SYN passe et la poignée de main se termine avec un RTO de retard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The SYN,ACK is lost</source>
        <comment>title of synack-lost</comment>
        <translation>Le SYN,ACK est perdu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B answers A&apos;s SYN, but the SYN,ACK is lost. Both sides now wait: B in SYN-RECEIVED, A in SYN-SENT. Each retransmits when its own timer expires, with the same ISN as before; whichever retransmission arrives first lets the handshake finish.</source>
        <comment>description of synack-lost</comment>
        <translation>B répond au SYN de A, mais le SYN,ACK est perdu. Les deux côtés attendent alors&#xa0;: B dans l’état SYN-RECEIVED, A dans l’état SYN-SENT. Chacun retransmet à l’expiration de son propre temporisateur, avec le même ISN qu’auparavant&#x202f;; la première retransmission qui arrive permet de terminer la poignée de main.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last ACK of the handshake is lost</source>
        <comment>title of ack-lost</comment>
        <translation>Le dernier ACK de la poignée de main est perdu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A is ESTABLISHED as soon as it sends the third segment, but that ACK is lost and B stays in SYN-RECEIVED. B&apos;s timer expires and it retransmits its SYN,ACK; A sees an old, already-acknowledged segment and answers with an ACK, which finally moves B to ESTABLISHED.</source>
        <comment>description of ack-lost</comment>
        <translation>A est ESTABLISHED dès qu’il envoie le troisième segment, mais cet ACK est perdu et B reste dans l’état SYN-RECEIVED. Le temporisateur de B expire et B retransmet son SYN,ACK&#x202f;; A voit un ancien segment déjà acquitté et répond par un ACK, qui fait enfin passer B dans l’état ESTABLISHED.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody answers: the connection attempt times out</source>
        <comment>title of syn-timeout</comment>
        <translation>Personne ne répond&#xa0;: la tentative de connexion expire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every SYN A sends is lost. A retransmits with the same ISN, doubling the timeout each time (exponential backoff), until it reaches its retry limit and gives up: the application is told the connection timed out. Compare the rfc and linux profiles: they differ in the initial timeout and in the number of retries.</source>
        <comment>description of syn-timeout</comment>
        <translation>Chaque SYN envoyé par A est perdu. A retransmet avec le même ISN en doublant chaque fois le délai d’attente (recul exponentiel), jusqu’à atteindre sa limite de tentatives et abandonner&#xa0;: l’application est informée que le délai de connexion a expiré. Comparez les profils rfc et linux&#xa0;: ils diffèrent par le délai initial et par le nombre de tentatives.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connection refused: nobody listens on the port</source>
        <comment>title of port-closed</comment>
        <translation>Connexion refusée&#xa0;: personne n’écoute sur le port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B is up, but no application listens on port 7788. B&apos;s TCP answers A&apos;s SYN with a reset: RST,ACK with sequence number 0 and an acknowledgment of A&apos;s ISN + 1, so that A can tell the reset belongs to its SYN. A goes straight back to CLOSED and the application is told the connection was refused (RFC 9293 calls it &apos;connection reset&apos;).</source>
        <comment>description of port-closed</comment>
        <translation>B est en marche, mais aucune application n’écoute sur le port 7788. Le TCP de B répond au SYN de A par une réinitialisation&#xa0;: un RST,ACK de numéro de séquence 0 qui acquitte l’ISN de A + 1, afin que A puisse reconnaître que la réinitialisation concerne son SYN. A revient directement dans l’état CLOSED et l’application est informée que la connexion a été refusée (la RFC 9293 parle de «&#xa0;connection reset&#xa0;»).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Simultaneous open: both sides connect at once</source>
        <comment>title of simultaneous-open</comment>
        <translation>Ouverture simultanée&#xa0;: les deux côtés se connectent en même temps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A and B both actively open a connection to each other at the same moment, so their SYNs cross in the network. Each receives a SYN while in SYN-SENT, moves to SYN-RECEIVED and answers with SYN,ACK; each SYN,ACK completes the handshake for its receiver. Each side then acknowledges the other&apos;s SYN,ACK: six segments instead of three, and a single connection (RFC 9293 Figure 7).</source>
        <comment>description of simultaneous-open</comment>
        <translation>A et B ouvrent activement une connexion l’un vers l’autre au même moment, si bien que leurs SYN se croisent dans le réseau. Chacun reçoit un SYN alors qu’il est dans l’état SYN-SENT, passe dans l’état SYN-RECEIVED et répond par un SYN,ACK&#x202f;; chaque SYN,ACK termine la poignée de main pour son destinataire. Chaque côté acquitte ensuite le SYN,ACK de l’autre&#xa0;: six segments au lieu de trois, et une seule connexion (RFC 9293, figure 7).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Simultaneous close: the FINs cross</source>
        <comment>title of simultaneous-close</comment>
        <translation>Fermeture simultanée&#xa0;: les FIN se croisent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both applications close at the same moment, so the two FINs cross. Each side receives a FIN while in FIN-WAIT-1, acknowledges it and moves to CLOSING; when its own FIN is acknowledged it enters TIME-WAIT. Both sides end up waiting 2 MSL (RFC 9293 Figure 13).</source>
        <comment>description of simultaneous-close</comment>
        <translation>Les deux applications ferment au même moment, si bien que les deux FIN se croisent. Chaque côté reçoit un FIN alors qu’il est dans l’état FIN-WAIT-1, l’acquitte et passe dans l’état CLOSING&#x202f;; quand son propre FIN est acquitté, il entre dans l’état TIME-WAIT. Les deux côtés finissent par attendre 2 MSL (RFC 9293, figure 13).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An old duplicate SYN arrives</source>
        <comment>title of old-duplicate-syn</comment>
        <translation>Un ancien SYN dupliqué arrive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A SYN from A&apos;s previous incarnation (sequence number ISN - 100) was held up in the network; A has since crashed and is connecting again. The old SYN reaches B first and B answers it. A, in SYN-SENT, sees a SYN,ACK that does not acknowledge its own SYN and answers with a reset whose sequence number is that unacceptable acknowledgment number. B returns to LISTEN, and when A&apos;s real SYN arrives the handshake proceeds normally. (In Figure 8 the real SYN is merely slow; our link delivers segments in order, so here it is lost and its retransmission plays that part.) This is why TCP uses a three-way handshake (RFC 9293 Figure 8).</source>
        <comment>description of old-duplicate-syn</comment>
        <translation>Un SYN d’une incarnation précédente de A (numéro de séquence ISN - 100) est resté bloqué dans le réseau&#x202f;; entre-temps, A a planté et se reconnecte. L’ancien SYN atteint B en premier et B y répond. A, dans l’état SYN-SENT, voit un SYN,ACK qui n’acquitte pas son propre SYN et répond par une réinitialisation dont le numéro de séquence est ce numéro d’acquittement inacceptable. B revient dans l’état LISTEN, et quand le vrai SYN de A arrive, la poignée de main se déroule normalement. (Dans la figure 8, le vrai SYN est simplement lent&#x202f;; notre lien livre les segments dans l’ordre, donc ici il est perdu et c’est sa retransmission qui joue ce rôle.) C’est pourquoi TCP utilise une poignée de main en trois temps (RFC 9293, figure 8).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Half-open connection: A crashes and reconnects</source>
        <comment>title of half-open</comment>
        <translation>Connexion semi-ouverte&#xa0;: A plante et se reconnecte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A and B are connected when A crashes and loses all memory of the connection; B still believes it is ESTABLISHED. When A opens a new connection from the same port, B answers the unexpected SYN with an ACK for the data it expects. That ACK makes no sense to A, which answers with a reset; the reset tells B the old connection is dead and B aborts it (RFC 9293 Figure 9).</source>
        <comment>description of half-open</comment>
        <translation>A et B sont connectés quand A plante et perd toute trace de la connexion&#x202f;; B se croit toujours ESTABLISHED. Quand A ouvre une nouvelle connexion depuis le même port, B répond au SYN inattendu par un ACK des données qu’il attend. Cet ACK n’a aucun sens pour A, qui répond par une réinitialisation&#x202f;; celle-ci indique à B que l’ancienne connexion est morte et B l’interrompt (RFC 9293, figure 9).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Half-open connection: B sends to a crashed A</source>
        <comment>title of half-open-data</comment>
        <translation>Connexion semi-ouverte&#xa0;: B envoie à un A planté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A crashes while connected and forgets the connection. B does not know and sends data. The segment arrives at a host with no matching connection, so A&apos;s TCP answers with a reset, and B aborts its half of the connection (RFC 9293 Figure 10).</source>
        <comment>description of half-open-data</comment>
        <translation>A plante pendant la connexion et l’oublie. B n’en sait rien et envoie des données. Le segment arrive sur un hôte qui n’a aucune connexion correspondante, donc le TCP de A répond par une réinitialisation, et B interrompt sa moitié de la connexion (RFC 9293, figure 10).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why TIME-WAIT exists: the last ACK is lost</source>
        <comment>title of fin-lost-time-wait</comment>
        <translation>Pourquoi TIME-WAIT existe&#xa0;: le dernier ACK est perdu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A closes first, B closes in turn, and A acknowledges B&apos;s FIN and enters TIME-WAIT. That last ACK is lost, so B, in LAST-ACK, retransmits its FIN. Because A is still in TIME-WAIT it can acknowledge the FIN again (and restarts its 2 MSL timer). Without TIME-WAIT, A would have answered with a reset and B would report an error for a connection that closed cleanly.</source>
        <comment>description of fin-lost-time-wait</comment>
        <translation>A ferme en premier, B ferme à son tour, puis A acquitte le FIN de B et entre dans l’état TIME-WAIT. Ce dernier ACK est perdu, donc B, dans l’état LAST-ACK, retransmet son FIN. Comme A est toujours dans l’état TIME-WAIT, il peut acquitter de nouveau le FIN (et relance son temporisateur de 2 MSL). Sans TIME-WAIT, A aurait répondu par une réinitialisation et B signalerait une erreur pour une connexion fermée proprement.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Abort: closing with a reset</source>
        <comment>title of abort-rst</comment>
        <translation>Interruption&#xa0;: fermer par une réinitialisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instead of the polite FIN exchange, A&apos;s application aborts the connection. A sends a single RST and forgets the connection at once; B accepts the reset because its sequence number is in the window, drops the connection and tells its application &apos;connection reset by peer&apos;. Nothing is acknowledged and there is no TIME-WAIT.</source>
        <comment>description of abort-rst</comment>
        <translation>Au lieu de l’échange courtois de FIN, l’application de A interrompt la connexion. A envoie un seul RST et oublie aussitôt la connexion&#x202f;; B accepte la réinitialisation car son numéro de séquence est dans la fenêtre, supprime la connexion et signale à son application «&#xa0;connection reset by peer&#xa0;» (connexion réinitialisée par le pair). Rien n’est acquitté et il n’y a pas de TIME-WAIT.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A lost data segment is retransmitted on timeout</source>
        <comment>title of data-loss-rto</comment>
        <translation>Un segment de données perdu est retransmis à l’expiration du temporisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sends three full-sized segments and the first is lost. (Under the linux profile every segment carries 12 bytes of timestamps, so 4380 bytes make three 1448-byte segments and a 36-byte tail that Nagle holds back until the data is acknowledged.) B receives the second and third out of order, keeps them, and each time acknowledges again the first byte it is still missing: duplicate ACKs. Two duplicates are not enough for fast retransmit, so A waits for its retransmission timer, resends the missing segment, and a single cumulative ACK then covers all three (RFC 6298).</source>
        <comment>description of data-loss-rto</comment>
        <translation>A envoie trois segments de taille maximale et le premier est perdu. (Avec le profil linux, chaque segment transporte 12 octets d’horodatage, donc 4380 octets donnent trois segments de 1448 octets et un reliquat de 36 octets que l’algorithme de Nagle retient jusqu’à ce que les données soient acquittées.) B reçoit le deuxième et le troisième hors séquence, les conserve et, à chaque fois, acquitte de nouveau le premier octet qui lui manque encore&#xa0;: ce sont des ACK dupliqués. Deux doublons ne suffisent pas pour une retransmission rapide, donc A attend l’expiration de son temporisateur de retransmission, renvoie le segment manquant, et un seul ACK cumulatif couvre alors les trois (RFC 6298).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fast retransmit after three duplicate ACKs</source>
        <comment>title of fast-retransmit</comment>
        <translation>Retransmission rapide après trois ACK dupliqués</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sends a stream of data and one segment is lost. Each later segment that reaches B produces a duplicate ACK for the missing byte. After the third duplicate ACK, A does not wait for its timer: it retransmits the missing segment at once and halves its congestion window (fast retransmit and fast recovery, RFC 5681).</source>
        <comment>description of fast-retransmit</comment>
        <translation>A envoie un flux de données et un segment est perdu. Chaque segment suivant qui atteint B produit un ACK dupliqué pour l’octet manquant. Après le troisième ACK dupliqué, A n’attend pas son temporisateur&#xa0;: il retransmet aussitôt le segment manquant et divise par deux sa fenêtre de congestion (retransmission rapide et recouvrement rapide, RFC 5681).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Flow control: the receive window closes</source>
        <comment>title of zero-window</comment>
        <translation>Contrôle de flux&#xa0;: la fenêtre de réception se ferme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B&apos;s application stops reading, so received data piles up in B&apos;s buffer and the window B advertises shrinks, segment by segment, to zero. A must stop sending; when it has more to send it probes the closed window with its persist timer (one byte, backing off), so that it notices when space opens. When B&apos;s application reads again, B announces the open window and the transfer resumes.</source>
        <comment>description of zero-window</comment>
        <translation>L’application de B cesse de lire, donc les données reçues s’accumulent dans le tampon de B et la fenêtre annoncée par B diminue, segment après segment, jusqu’à zéro. A doit cesser d’émettre&#x202f;; quand il a encore des données à envoyer, il sonde la fenêtre fermée grâce à son temporisateur de persistance (un octet, avec recul), afin de remarquer quand de la place se libère. Quand l’application de B lit de nouveau, B annonce la fenêtre rouverte et le transfert reprend.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bulk transfer over a lossy link</source>
        <comment>title of lossy-link</comment>
        <translation>Transfert en masse sur un lien avec pertes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sends 50 kB over a link that loses one segment in five in each direction. Watch TCP keep the byte stream intact: duplicate ACKs, fast retransmits, retransmission timeouts with backoff, and a congestion window that keeps shrinking. Change the seed to see a different pattern of losses.</source>
        <comment>description of lossy-link</comment>
        <translation>A envoie 50 ko sur un lien qui perd un segment sur cinq dans chaque sens. Observez comment TCP préserve l’intégrité du flux d’octets&#xa0;: ACK dupliqués, retransmissions rapides, expirations du temporisateur de retransmission avec recul, et une fenêtre de congestion qui ne cesse de diminuer. Changez la graine pour obtenir une autre répartition des pertes.</translation>
    </message>
</context>
<context>
    <name>CwndPlot</name>
    <message>
        <location filename="../ui/panels/cwnd_plot.cpp" line="+104"/>
        <source>No data is sent in this scenario, so the congestion window never changes.
Choose a scenario with data (for example fast-retransmit) to see cwnd and ssthresh.</source>
        <translation>Aucune donnée n’est envoyée dans ce scénario, donc la fenêtre de congestion ne change jamais.
Choisissez un scénario avec des données (par exemple fast-retransmit) pour voir cwnd et ssthresh.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>time (s)</source>
        <translation>temps (s)</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Host %1 sends: segments of %2 bytes</source>
        <translation>Émetteur %1&#xa0;: segments de %2 octets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host %1 sends (bytes)</source>
        <translation>Émetteur %1 (octets)</translation>
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
        <translation>en vol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at the playhead: cwnd %1, ssthresh %2</source>
        <translation>au curseur&#xa0;: cwnd %1, ssthresh %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+99"/>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
</context>
<context>
    <name>DiagramExport</name>
    <message>
        <location filename="../ui/diagram/diagram_export.cpp" line="+64"/>
        <source>Cannot export the diagram to “%1”: %2.</source>
        <translation>Impossible d’exporter le diagramme vers «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown format, use a name ending in .png, .svg or .pdf</source>
        <translation>format inconnu, utilisez un nom se terminant par .png, .svg ou .pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder “%1” does not exist</source>
        <translation>le dossier «&#xa0;%1&#xa0;» n’existe pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the picture could not be drawn</source>
        <translation>l’image n’a pas pu être dessinée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP sequence diagram</source>
        <translation>Diagramme de séquence TCP</translation>
    </message>
</context>
<context>
    <name>DiagramLayout</name>
    <message>
        <location filename="../ui/diagram/diagram_layout.cpp" line="+37"/>
        <source>Host %1</source>
        <translation>Hôte %1</translation>
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
        <translation>ACK retardé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>persist</source>
        <translation>persistance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user timeout</source>
        <translation>délai utilisateur</translation>
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
        <translation>plantage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pause reading</source>
        <translation>pause de lecture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resume reading</source>
        <translation>reprise de lecture</translation>
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
        <translation>↻ retransmission n°&#xa0;%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>↻ retransmission</source>
        <translation>↻ retransmission</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate copy made by the link</source>
        <translation>copie dupliquée par le lien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>drop rule “%1”</source>
        <translation>règle de rejet «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>drop rule</source>
        <translation>règle de rejet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>random loss</source>
        <translation>perte aléatoire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>queue full</source>
        <translation>file pleine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lost</source>
        <extracomment>Label beside a segment that the link dropped (the segment is lost in the network)</extracomment>
        <translation>perdu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lost: %1</source>
        <translation>perdu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>TIME-WAIT %1</source>
        <translation>TIME-WAIT %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RTO %1 left</source>
        <translation>RTO&#xa0;: reste %1</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>%1 %2 (backoff %3) expired</source>
        <extracomment>Timer label on a lifeline: %1 the timer (RTO), %2 its length, %3 the backoff count</extracomment>
        <translation>%1 %2 (recul %3) expiré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 (backoff %3)</source>
        <extracomment>Timer label on a lifeline: %1 the timer (RTO), %2 its length, %3 the backoff count</extracomment>
        <translation>%1 %2 (recul %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 expired</source>
        <extracomment>Timer label on a lifeline: %1 the timer (RTO, persist, ...), %2 its length</extracomment>
        <translation>%1 %2 expiré</translation>
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
        <translation>%1&#xa0;: reste %2</translation>
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
        <translation>temporisateur</translation>
    </message>
</context>
<context>
    <name>StateDiagram</name>
    <message>
        <location filename="../ui/panels/state_diagram.cpp" line="+147"/>
        <source>passive OPEN</source>
        <translation>OPEN passif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create TCB</source>
        <translation>créer TCB</translation>
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
        <translation>supprimer TCB</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>active OPEN</source>
        <translation>OPEN actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>snd SYN</source>
        <translation>env. SYN</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>rcv SYN</source>
        <translation>réc. SYN</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>snd SYN,ACK</source>
        <translation>env. SYN,ACK</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>rcv RST</source>
        <translation>réc. RST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SEND</source>
        <translation>SEND</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rcv ACK of SYN</source>
        <translation>réc. ACK du SYN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rcv SYN,ACK</source>
        <translation>réc. SYN,ACK</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+3"/>
        <location line="+4"/>
        <source>snd ACK</source>
        <translation>env. ACK</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+2"/>
        <location line="+7"/>
        <source>snd FIN</source>
        <translation>env. FIN</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+3"/>
        <location line="+4"/>
        <source>rcv FIN</source>
        <translation>réc. FIN</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+7"/>
        <location line="+1"/>
        <source>rcv ACK of FIN</source>
        <translation>réc. ACK du FIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout=2MSL</source>
        <translation>Délai=2MSL</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Host %1: %2</source>
        <translation>Hôte %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an arrow of RFC 9293 Figure 5</source>
        <translation>pas une flèche de la figure 5 de la RFC 9293</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1: %2 → %3   %4 (rule %5)</source>
        <extracomment>Caption: %1 host letter, %2 %3 RFC state names, %4 the arrow&apos;s event / action, %5 a rule ID</extracomment>
        <translation>Hôte %1&#xa0;: %2 → %3   %4 (règle %5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Host %1: %2 → %3   %4</source>
        <extracomment>Caption: %1 host letter, %2 %3 RFC state names (untranslated), %4 the arrow&apos;s event / action</extracomment>
        <translation>Hôte %1&#xa0;: %2 → %3   %4</translation>
    </message>
</context>
<context>
    <name>ackademy::gui::CommandLine</name>
    <message>
        <location filename="../app/gui/command_line.cpp" line="+43"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>impossible d’écrire %1&#xa0;: le dossier %2 n’existe pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot write %1: the folder %2 is not writable</source>
        <translation>impossible d’écrire %1&#xa0;: le dossier %2 n’est pas accessible en écriture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write %1: it is a folder</source>
        <translation>impossible d’écrire %1&#xa0;: c’est un dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot write %1: the file is not writable</source>
        <translation>impossible d’écrire %1&#xa0;: le fichier n’est pas accessible en écriture</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>unknown option &apos;%1&apos;; did you mean %2?</source>
        <translation>option «&#xa0;%1&#xa0;» inconnue&#x202f;; vouliez-vous dire %2&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown option &apos;%1&apos;; &apos;ackademy --help&apos; lists the options</source>
        <translation>option «&#xa0;%1&#xa0;» inconnue&#x202f;; «&#xa0;ackademy --help&#xa0;» liste les options</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 takes no value; expected %1 alone</source>
        <translation>%1 ne prend pas de valeur&#x202f;; attendu&#xa0;: %1 seul</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: no value given; expected %2</source>
        <translation>%1&#xa0;: aucune valeur donnée&#x202f;; attendu&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ackademy: an interactive TCP simulator for the classroom.</source>
        <translation>Ackademy&#xa0;: un simulateur TCP interactif pour la salle de classe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP profile: rfc or linux.</source>
        <translation>Profil TCP&#xa0;: rfc ou linux.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop a segment: N (the N-th on the wire) or [A|B:]FLAGS[#K], e.g. B:S. (repeatable).</source>
        <translation>Rejeter un segment&#xa0;: N (le N-ième sur le fil) ou [A|B:]DRAPEAUX[#K], p. ex. B:S. (option répétable).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the playhead at T milliseconds.</source>
        <translation>Placer la tête de lecture à T millisecondes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the playhead on the N-th event.</source>
        <translation>Placer la tête de lecture sur le N-ième événement.</translation>
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
        <translation>Placer la tête de lecture à la fin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour theme: light or dark.</source>
        <translation>Thème de couleurs&#xa0;: light (clair) ou dark (sombre).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>THEME</source>
        <translation>THÈME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window size, e.g. 1920x1080.</source>
        <translation>Taille de la fenêtre, p. ex. 1920x1080.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WxH</source>
        <translation>LxH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the whole window to FILE.png and exit.</source>
        <translation>Écrire toute la fenêtre dans FICHIER.png et quitter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE.png</source>
        <translation>FICHIER.png</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the diagram to FILE (.png, .svg or .pdf) and exit.</source>
        <translation>Écrire le diagramme dans FICHIER (.png, .svg ou .pdf) et quitter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select the N-th segment on the wire (1-based), as a click on it does.</source>
        <translation>Sélectionner le N-ième segment sur le fil (à partir de 1), comme le fait un clic dessus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show this panel on top of its tab group: %1.</source>
        <translation>Afficher ce panneau au premier plan de son groupe d’onglets&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start in presentation mode (full screen unless --size is given).</source>
        <translation>Démarrer en mode présentation (plein écran, sauf si --size est indiqué).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User interface language: %1 (default: the system&apos;s).</source>
        <translation>Langue de l’interface&#xa0;: %1 (par défaut&#xa0;: celle du système).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A built-in scenario name or a .json file (default: handshake).</source>
        <translation>Un nom de scénario intégré ou un fichier .json (par défaut&#xa0;: handshake).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[SCENARIO]</source>
        <translation>[SCÉNARIO]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>N (the N-th segment on the wire) or [A|B:]FLAGS[#K], e.g. B:S.</source>
        <extracomment>What --drop expects, after &quot;expected&quot;</extracomment>
        <translation>N (le N-ième segment sur le fil) ou [A|B:]DRAPEAUX[#K], p. ex. B:S.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a time in milliseconds, 0 or more</source>
        <extracomment>What --at-ms expects, after &quot;expected&quot;</extracomment>
        <translation>un temps en millisecondes, 0 ou plus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a whole number, 0 or more</source>
        <extracomment>What --step expects, after &quot;expected&quot;</extracomment>
        <translation>un nombre entier, 0 ou plus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>light or dark</source>
        <extracomment>What --theme expects, after &quot;expected&quot;</extracomment>
        <translation>light ou dark</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WIDTHxHEIGHT from 320x240 to 8192x8192, e.g. 1920x1080</source>
        <extracomment>What --size expects, after &quot;expected&quot;</extracomment>
        <translation>LARGEURxHAUTEUR de 320x240 à 8192x8192, p. ex. 1920x1080</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a segment number, 1 or more</source>
        <extracomment>What --select expects, after &quot;expected&quot;</extracomment>
        <translation>un numéro de segment, 1 ou plus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a .png file</source>
        <extracomment>What --screenshot expects, after &quot;expected&quot;</extracomment>
        <translation>un fichier .png</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a .png, .svg or .pdf file</source>
        <extracomment>What --export expects, after &quot;expected&quot;</extracomment>
        <translation>un fichier .png, .svg ou .pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one of %1</source>
        <extracomment>What --lang expects, after &quot;expected&quot;; %1 the language codes</extracomment>
        <translation>l’un de %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>expected at most one scenario, got %1: %2</source>
        <translation>un seul scénario au plus est attendu, %1 reçus&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown scenario &apos;%1&apos;; expected a built-in name (see &apos;ackademy-cli list&apos;) or a .json file</source>
        <translation>scénario «&#xa0;%1&#xa0;» inconnu&#x202f;; attendu&#xa0;: un nom intégré (voir «&#xa0;ackademy-cli list&#xa0;») ou un fichier .json</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown scenario &apos;%1&apos;; did you mean %2?</source>
        <translation>scénario «&#xa0;%1&#xa0;» inconnu&#x202f;; vouliez-vous dire %2&#x202f;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown profile &apos;%1&apos;; expected %2</source>
        <translation>profil «&#xa0;%1&#xa0;» inconnu&#x202f;; attendu&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--drop %1: %2</source>
        <translation>--drop %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--at-ms, --step and --end place the playhead; give at most one of them</source>
        <translation>--at-ms, --step et --end placent la tête de lecture&#x202f;; indiquez-en une seule au plus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--at-ms %1: expected a time in milliseconds, 0 or more</source>
        <translation>--at-ms %1&#xa0;: un temps en millisecondes est attendu, 0 ou plus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--step %1: expected a whole number, 0 or more</source>
        <translation>--step %1&#xa0;: un nombre entier est attendu, 0 ou plus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--theme %1: expected light or dark</source>
        <translation>--theme %1&#xa0;: light ou dark est attendu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--lang %1: expected one of %2</source>
        <translation>--lang %1&#xa0;: attendu l’un de %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--size %1: expected WIDTHxHEIGHT from 320x240 to 8192x8192, e.g. 1920x1080</source>
        <translation>--size %1&#xa0;: LARGEURxHAUTEUR attendu, de 320x240 à 8192x8192, p. ex. 1920x1080</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--select %1: expected a segment number, 1 or more</source>
        <translation>--select %1&#xa0;: un numéro de segment est attendu, 1 ou plus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--panel %1: expected %2</source>
        <translation>--panel %1&#xa0;: attendu&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--screenshot %1: expected a .png file</source>
        <translation>--screenshot %1&#xa0;: un fichier .png est attendu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--export %1: expected a .png, .svg or .pdf file</source>
        <translation>--export %1&#xa0;: un fichier .png, .svg ou .pdf est attendu</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_app.cpp" line="+49"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG encoding failed</source>
        <translation>échec de l’encodage PNG</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>cannot simulate %1</source>
        <translation>impossible de simuler %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--select %1: %2 has %3 segments</source>
        <extracomment>%1 the number given to --select (an option name: keep it), %2 the scenario, %3 its segment count</extracomment>
        <translation>--select %1&#xa0;: %2 compte %3 segments</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--panel %1: this build has no such panel</source>
        <translation>--panel %1&#xa0;: cette version ne comporte pas ce panneau</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::CwndPlotView</name>
    <message>
        <location filename="../ui/panels/cwnd_plot.cpp" line="+15"/>
        <location line="+14"/>
        <source>Congestion window plot</source>
        <translation>Graphique de la fenêtre de congestion</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::Document</name>
    <message>
        <location filename="../ui/document.cpp" line="+99"/>
        <source>%1 (Linux kernel)</source>
        <extracomment>The kernel&apos;s host in a live session, used after &quot;Host&quot; in every sentence that names it (&quot;Host B (Linux kernel) sends SYN,ACK&quot;); %1 is its letter (B)</extracomment>
        <translation>%1 (noyau Linux)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This is a recording of a live session: it cannot be changed and re-simulated. Open a scenario to edit one.</source>
        <translation>Ceci est l’enregistrement d’une session en direct&#xa0;: il ne peut être ni modifié ni simulé à nouveau. Ouvrez un scénario pour en modifier un.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Drop segment %1</source>
        <translation>Rejeter le segment %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore segment %1</source>
        <translation>Rétablir le segment %1</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::EventListModel</name>
    <message>
        <location filename="../ui/event_list_model.cpp" line="+98"/>
        <source>↻ retransmission #%1</source>
        <translation>↻ retransmission n°&#xa0;%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate copy</source>
        <translation>copie dupliquée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✕ lost (drop rule)</source>
        <translation>✕ perdu (règle de rejet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✕ lost (random loss)</source>
        <translation>✕ perdu (perte aléatoire)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✕ lost (queue full)</source>
        <translation>✕ perdu (file pleine)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lost</source>
        <extracomment>The segment was lost in the network (dropped by the link)</extracomment>
        <translation>perdu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>arrives</source>
        <translation>arrive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent</source>
        <translation>envoyé</translation>
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
        <translation>Segment %1, %2 de l’hôte %3 vers l’hôte %4, envoyé à %5 ms&#xa0;: %6 à %7 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segment %1, %2 from host %3 to host %4, sent at %5 ms: %6 at %7 ms</source>
        <comment>lost</comment>
        <extracomment>Accessible description of a lost segment: %6 says why it was lost, %7 when</extracomment>
        <translation>Segment %1, %2 de l’hôte %3 vers l’hôte %4, envoyé à %5 ms&#xa0;: %6 à %7 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment %1, %2 from host %3 to host %4, sent at %5 ms: %6</source>
        <translation>Segment %1, %2 de l’hôte %3 vers l’hôte %4, envoyé à %5 ms&#xa0;: %6</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No.</source>
        <extracomment>Column header: the segment&apos;s number on the wire</extracomment>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time (ms)</source>
        <translation>Temps (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flags</source>
        <translation>Drapeaux</translation>
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
        <translation>Liste des événements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every segment put on the wire, in order. Selecting a row selects the segment in the diagram.</source>
        <translation>Tous les segments mis sur le fil, dans l’ordre. Sélectionner une ligne sélectionne le segment dans le diagramme.</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::HostPanel</name>
    <message>
        <location filename="../ui/panels/host_panel.cpp" line="+109"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The connection state (RFC 9293 §3.3.2)</source>
        <translation>L’état de la connexion (RFC 9293 §3.3.2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SND.UNA</source>
        <translation>SND.UNA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oldest unacknowledged sequence number</source>
        <translation>Plus ancien numéro de séquence non acquitté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SND.NXT</source>
        <translation>SND.NXT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next sequence number to send</source>
        <translation>Prochain numéro de séquence à envoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SND.WND</source>
        <translation>SND.WND</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send window: what the peer last offered (scaled)</source>
        <translation>Fenêtre d’émission&#xa0;: la dernière offerte par le pair (mise à l’échelle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISS</source>
        <translation>ISS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Initial send sequence number</source>
        <translation>Numéro de séquence initial d’émission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RCV.NXT</source>
        <translation>RCV.NXT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next sequence number expected from the peer</source>
        <translation>Prochain numéro de séquence attendu du pair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RCV.WND</source>
        <translation>RCV.WND</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receive window this host last advertised</source>
        <translation>Fenêtre de réception annoncée en dernier par cet hôte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IRS</source>
        <translation>IRS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Initial receive sequence number (the peer&apos;s ISS)</source>
        <translation>Numéro de séquence initial de réception (l’ISS du pair)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current retransmission timeout, with its backoff count (RFC 6298)</source>
        <translation>Délai de retransmission actuel, avec son nombre de reculs (RFC 6298)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retransmissions</source>
        <translation>Retransmissions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segments this connection has retransmitted</source>
        <translation>Segments retransmis par cette connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cwnd</source>
        <translation>cwnd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Congestion window (RFC 5681)</source>
        <translation>Fenêtre de congestion (RFC 5681)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ssthresh</source>
        <translation>ssthresh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slow-start threshold (RFC 5681)</source>
        <translation>Seuil de démarrage lent (RFC 5681)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flight size</source>
        <translation>Octets en vol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Octets sent but not yet acknowledged</source>
        <translation>Octets envoyés mais pas encore acquittés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Host %1 %2</source>
        <translation>Hôte %1 %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Host %1</source>
        <translation>Hôte %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Host %1 · %2</source>
        <translation>Hôte %1 · %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no connection</source>
        <translation>aucune connexion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This host has no TCB yet</source>
        <translation>Cet hôte n’a pas encore de TCB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not recorded live</source>
        <translation>non enregistré en direct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A live session records segments and states; the diagram shows this host&apos;s states</source>
        <translation>Une session en direct enregistre les segments et les états&#x202f;; le diagramme montre les états de cet hôte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not observable</source>
        <translation>non observable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kernel&apos;s variables cannot be seen from outside; only its segments can</source>
        <translation>Les variables du noyau ne sont pas visibles de l’extérieur&#x202f;; seuls ses segments le sont</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Linux calls it %1 (as ss and netstat print it)</source>
        <translation>Linux l’appelle %1 (comme l’affichent ss et netstat)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Not known in this state</source>
        <translation>Inconnu dans cet état</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>absolute %1</source>
        <translation>absolu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>relative %1</source>
        <translation>relatif&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+4"/>
        <location line="+18"/>
        <location line="+4"/>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1 s (backoff %2)</source>
        <extracomment>The retransmission timeout in seconds and how often it has been doubled</extracomment>
        <translation>%1 s (recul %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 × MSS (MSS = %2 bytes)</source>
        <translation>%1 × MSS (MSS = %2 octets)</translation>
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
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ackademy::ui::HostsPanel</name>
    <message>
        <location line="+23"/>
        <location line="+10"/>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::LinkSettingsPanel</name>
    <message>
        <location filename="../ui/panels/link_settings_panel.cpp" line="+219"/>
        <source>TCP profile</source>
        <translation>Profil TCP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rfc: the RFCs&apos; defaults. linux: today&apos;s Linux defaults.</source>
        <translation>rfc&#xa0;: valeurs par défaut des RFC. linux&#xa0;: valeurs par défaut actuelles de Linux.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed</source>
        <translation>Graine aléatoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same scenario with the same seed gives the same timeline.</source>
        <translation>Le même scénario avec la même graine donne la même chronologie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Seed:</source>
        <translation>&amp;Graine&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link settings message</source>
        <translation>Message des paramètres du lien</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Switch to the %1 profile</source>
        <translation>Passer au profil %1</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Delay %1 slider</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>Curseur du délai %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay %1 in ms</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>Délai %1 en ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set delay %1 to %2 ms</source>
        <extracomment>Undo/redo text; %1 the direction (&quot;A → B&quot;), %2 the new value</extracomment>
        <translation>Régler le délai %1 sur %2&#xa0;ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay must be a number from %1 to %2 ms.</source>
        <extracomment>%1 and %2 the bounds of the setting</extracomment>
        <translation>Le délai doit être un nombre compris entre %1 et %2&#xa0;ms.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jitter %1 slider</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>Curseur de la gigue %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jitter %1 in ms</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>Gigue %1 en ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set jitter %1 to %2 ms</source>
        <extracomment>Undo/redo text; %1 the direction (&quot;A → B&quot;), %2 the new value</extracomment>
        <translation>Régler la gigue %1 sur %2&#xa0;ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jitter must be a number from %1 to %2 ms. Jitter can be at most the delay.</source>
        <extracomment>%1 and %2 the bounds of the setting</extracomment>
        <translation>La gigue doit être un nombre compris entre %1 et %2&#xa0;ms. La gigue ne peut pas dépasser le délai.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loss %1 slider</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>Curseur de la perte %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss %1 in %</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>Perte %1 en %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set loss %1 to %2 %</source>
        <extracomment>Undo/redo text; %1 the direction (&quot;A → B&quot;), %2 the new value</extracomment>
        <translation>Régler la perte %1 sur %2&#xa0;%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss must be a number from %1 to %2 %.</source>
        <extracomment>%1 and %2 the bounds of the setting</extracomment>
        <translation>La perte doit être un nombre compris entre %1 et %2&#xa0;%.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplication %1 slider</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>Curseur de la duplication %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplication %1 in %</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>Duplication %1 en %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set duplication %1 to %2 %</source>
        <extracomment>Undo/redo text; %1 the direction (&quot;A → B&quot;), %2 the new value</extracomment>
        <translation>Régler la duplication %1 sur %2&#xa0;%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplication must be a number from %1 to %2 %.</source>
        <extracomment>%1 and %2 the bounds of the setting</extracomment>
        <translation>La duplication doit être un nombre compris entre %1 et %2&#xa0;%.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reordering %1 slider</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>Curseur du réordonnancement %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reordering %1 in %</source>
        <extracomment>Accessible name; %1 the direction (&quot;A → B&quot;)</extracomment>
        <translation>Réordonnancement %1 en %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set reordering %1 to %2 %</source>
        <extracomment>Undo/redo text; %1 the direction (&quot;A → B&quot;), %2 the new value</extracomment>
        <translation>Régler le réordonnancement %1 sur %2&#xa0;%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reordering must be a number from %1 to %2 %.</source>
        <extracomment>%1 and %2 the bounds of the setting</extracomment>
        <translation>Le réordonnancement doit être un nombre compris entre %1 et %2&#xa0;%.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Delay</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jitter</source>
        <translation>Gigue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplication</source>
        <translation>Duplication</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reordering</source>
        <translation>Réordonnancement</translation>
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
        <translation>Lien %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Refused “%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;» refusé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Refused “%1”: the seed must be a whole number from 0 to %2.</source>
        <translation>«&#xa0;%1&#xa0;» refusé&#xa0;: la graine doit être un nombre entier compris entre 0 et %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set the seed to %1</source>
        <translation>Régler la graine sur %1</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::LiveControlBar</name>
    <message>
        <location filename="../ui/live_controls.cpp" line="+55"/>
        <source>Host A closes its side of the connection: its FIN follows the data already sent.</source>
        <extracomment>Status bar, live session: our host called close(); FIN is the TCP flag</extracomment>
        <translation>L’hôte A ferme son côté de la connexion&#xa0;: son FIN suit les données déjà envoyées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Host A aborts the connection: it sends RST and forgets the connection.</source>
        <extracomment>Status bar, live session: our host aborted the connection; RST is the TCP flag</extracomment>
        <translation>L’hôte A interrompt la connexion&#xa0;: il envoie RST et oublie la connexion.</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Host A sends “%1” and a newline: %n byte(s).</source>
        <extracomment>Status bar, live session: %1 the text as typed; %n the bytes sent (with the newline)</extracomment>
        <translation>
            <numerusform>L’hôte A envoie «&#xa0;%1&#xa0;» et un saut de ligne&#xa0;: %n octet.</numerusform>
            <numerusform>L’hôte A envoie «&#xa0;%1&#xa0;» et un saut de ligne&#xa0;: %n octets.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Live Session</source>
        <translation>Session en direct</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host A sends:</source>
        <extracomment>Label before the text field; A is our host&apos;s letter</extracomment>
        <translation>L’hôte A envoie&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a line of text; Enter sends it</source>
        <translation>une ligne de texte&#xa0;; Entrée l’envoie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text that Host A sends</source>
        <translation>Texte envoyé par l’hôte A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter sends this line and a newline from Host A to the kernel (Ctrl+T to type here)</source>
        <translation>Entrée envoie cette ligne et un saut de ligne de l’hôte A au noyau (Ctrl+T pour écrire ici)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a Line for Host A to Send</source>
        <translation>Saisir une ligne à envoyer par l’hôte A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send Line</source>
        <translation>Envoyer la ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host A sends the line and a newline (send())</source>
        <translation>L’hôte A envoie la ligne et un saut de ligne (send())</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close Connection (FIN)</source>
        <translation>Fermer la connexion (FIN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host A closes its side (close()): it sends FIN once its data is sent</source>
        <translation>L’hôte A ferme son côté (close())&#xa0;: il envoie FIN une fois ses données envoyées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort Connection (RST)</source>
        <translation>Interrompre la connexion (RST)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host A aborts (abort()): it sends RST and forgets the connection</source>
        <translation>L’hôte A interrompt (abort())&#xa0;: il envoie RST et oublie la connexion</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::LiveSession</name>
    <message>
        <location filename="../ui/live_session.cpp" line="+68"/>
        <source>Ackademy (Host A)</source>
        <translation>Ackademy (hôte A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer (Linux kernel)</source>
        <translation>Cet ordinateur (noyau Linux)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Live mode needs CAP_NET_ADMIN to create a TUN device: run Ackademy as root, or: sudo setcap cap_net_admin+ep %1</source>
        <translation>Le mode en direct a besoin de CAP_NET_ADMIN pour créer un périphérique TUN&#xa0;: lancez Ackademy en root, ou&#xa0;: sudo setcap cap_net_admin+ep %1</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Live session with this computer</source>
        <translation>Session en direct avec cet ordinateur</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The live session is over: the connection is closed and %1 is gone.</source>
        <translation>La session en direct est terminée&#xa0;: la connexion est fermée et %1 a été supprimé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The live session timed out; %1 is gone.</source>
        <translation>La session en direct a expiré&#x202f;; %1 a été supprimé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The live session was stopped; %1 is gone.</source>
        <translation>La session en direct a été arrêtée&#x202f;; %1 a été supprimé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The live session failed (see the message before this one); %1 is gone.</source>
        <translation>La session en direct a échoué (voir le message précédent)&#x202f;; %1 a été supprimé.</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::LiveSessionDialog</name>
    <message>
        <location filename="../ui/live_session_dialog.cpp" line="+140"/>
        <source>Live Session with This Computer</source>
        <translation>Session en direct avec cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ackademy&apos;s host (A) talks TCP with this computer&apos;s kernel (B) over a new TUN device. The diagram shows the connection as it happens: our host&apos;s states and segments, and every segment the kernel sends (its states cannot be seen from outside).</source>
        <translation>L’hôte d’Ackademy (A) dialogue en TCP avec le noyau de cet ordinateur (B) via un nouveau périphérique TUN. Le diagramme montre la connexion au fur et à mesure&#xa0;: les états et les segments de notre hôte, et chaque segment envoyé par le noyau (ses états ne sont pas visibles de l’extérieur).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TUN &amp;device:</source>
        <translation>&amp;Périphérique TUN&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Our host (A):</source>
        <translation>&amp;Notre hôte (A)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;kernel&apos;s side (B):</source>
        <translation>Côté du &amp;noyau (B)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subnet prefix:</source>
        <translation>Préfixe de &amp;sous-réseau&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text to send:</source>
        <translation>&amp;Texte à envoyer&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close after:</source>
        <translation>&amp;Fermer après&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Drop rules:</source>
        <translation>Règles de re&amp;jet&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPv4ADDRESS:PORT of Ackademy&apos;s host, e.g. 10.77.0.2:3337</source>
        <translation>ADRESSEIPv4:PORT de l’hôte d’Ackademy, p. ex. 10.77.0.2:3337</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPv4ADDRESS:PORT the kernel gets on the TUN device, e.g. 10.77.0.1:7788</source>
        <translation>ADRESSEIPv4:PORT attribuée au noyau sur le périphérique TUN, p. ex. 10.77.0.1:7788</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both addresses lie in this small private subnet (24..30; /30 holds just the two)</source>
        <translation>Les deux adresses sont dans ce petit sous-réseau privé (24..30&#x202f;; un /30 ne contient que les deux)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a socket listening on this computer</source>
        <translation>Se connecter à un socket en écoute sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listen for a client on this computer (such as nc)</source>
        <translation>Attendre un client sur cet ordinateur (comme nc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional, sent once the connection is established</source>
        <translation>facultatif, envoyé une fois la connexion établie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>don&apos;t close (the session ends when the kernel closes)</source>
        <translation>ne pas fermer (la session se termine quand le noyau ferme)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s after the connection is established</source>
        <translation> s après l’établissement de la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional, e.g. A:S. B:S#2 (A = our host, B = the kernel)</source>
        <translation>facultatif, p. ex. A:S. B:S#2 (A = notre hôte, B = le noyau)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our host&apos;s TCP profile; linux behaves as the kernel it talks to</source>
        <translation>Le profil TCP de notre hôte&#x202f;; linux se comporte comme le noyau avec lequel il dialogue</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: “%2” is not an IPv4 address and port; expected e.g. 10.77.0.2:3337</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une adresse IPv4 avec un port&#x202f;; attendu p. ex. 10.77.0.2:3337</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: “%2” has no port; expected IPv4ADDRESS:PORT, e.g. %2:7788</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’a pas de port&#x202f;; attendu ADRESSEIPv4:PORT, p. ex. %2:7788</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: port “%2” is not a port number; expected 1..65535</source>
        <translation>%1&#xa0;: le port «&#xa0;%2&#xa0;» n’est pas un numéro de port&#x202f;; attendu 1..65535</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Our host</source>
        <translation>Notre hôte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kernel&apos;s side</source>
        <translation>Côté du noyau</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Drop rules: %1</source>
        <translation>Règles de rejet&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Before you press OK, in a terminal run: nc -l %1 %2</source>
        <translation>Avant d’appuyer sur OK, exécutez dans un terminal&#xa0;: nc -l %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After you press OK, in a terminal run: nc %1 %2</source>
        <translation>Après avoir appuyé sur OK, exécutez dans un terminal&#xa0;: nc %1 %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The same session from a terminal:</source>
        <translation>La même session depuis un terminal&#xa0;:</translation>
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
        <translation>É&amp;couter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect</source>
        <extracomment>Application call: active open (the socket API&apos;s connect())</extracomment>
        <translation>C&amp;onnecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Send Text…</source>
        <translation>&amp;Envoyer du texte…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Abort (RST)</source>
        <translation>&amp;Interrompre (RST)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;rash</source>
        <extracomment>The host crashes and forgets every connection</extracomment>
        <translation>&amp;Planter</translation>
    </message>
    <message>
        <location line="+114"/>
        <location line="+447"/>
        <source>Sequence diagram</source>
        <translation>Diagramme de séquence</translation>
    </message>
    <message>
        <location line="-308"/>
        <source>Host A sends nothing more.</source>
        <translation>L’hôte A n’envoie plus rien.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Host B sends nothing more.</source>
        <translation>L’hôte B n’envoie plus rien.</translation>
    </message>
    <message>
        <location line="+283"/>
        <source>Res&amp;tore Selected Segment</source>
        <translation>Ré&amp;tablir le segment sélectionné</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>State Diagram</source>
        <translation>Diagramme d’états</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congestion Window</source>
        <translation>Fenêtre de congestion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;State Diagram</source>
        <translation>Diagramme d’é&amp;tats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Congestion Window</source>
        <translation>Fenêtre de &amp;congestion</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>&amp;Open Scenario…</source>
        <translation>&amp;Ouvrir un scénario…</translation>
    </message>
    <message>
        <location line="-533"/>
        <source>Cl&amp;ose</source>
        <extracomment>Application call: close the connection politely (FIN)</extracomment>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Live session: %1</source>
        <translation>Session en direct&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+362"/>
        <source>Save Scenario &amp;As…</source>
        <translation>&amp;Enregistrer le scénario sous…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole Diagram…</source>
        <translation>Diagramme &amp;entier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visible Part…</source>
        <translation>Partie &amp;visible…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG at &amp;2× Resolution</source>
        <translation>PNG en résolution &amp;2×</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Live Session with This Computer…</source>
        <translation>Session en &amp;direct avec cet ordinateur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let Ackademy&apos;s host talk TCP with this computer&apos;s kernel over a TUN device</source>
        <translation>Faire dialoguer en TCP l’hôte d’Ackademy avec le noyau de cet ordinateur via un périphérique TUN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sto&amp;p Live Session</source>
        <translation>Arrêter la session en dire&amp;ct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the live session and remove its TUN device</source>
        <translation>Terminer la session en direct et supprimer son périphérique TUN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>Re&amp;faire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Drop Selected Segment</source>
        <translation>&amp;Rejeter le segment sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop Next Segment from &amp;A</source>
        <translation>Rejeter le prochain segment de &amp;A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop Next Segment from &amp;B</source>
        <translation>Rejeter le prochain segment de &amp;B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit to Window</source>
        <translation>A&amp;juster à la fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Relative Sequence Numbers</source>
        <translation>&amp;Numéros de séquence relatifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the start (Home)</source>
        <translation>Aller au début (Origine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step back to the previous event (Left, P, Page Up)</source>
        <translation>Revenir à l’événement précédent (Gauche, P, Pg préc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step forward to the next event (Right, N, Page Down)</source>
        <translation>Avancer à l’événement suivant (Droite, N, Pg suiv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the end (End)</source>
        <translation>Aller à la fin (Fin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Ackademy</source>
        <translation>À &amp;propos d’Ackademy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Diagram</source>
        <translation>E&amp;xporter le diagramme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <extracomment>View menu: the user interface language; its entries are the languages&apos; own names</extracomment>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;System Default</source>
        <extracomment>Language menu: follow the desktop&apos;s language</extracomment>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scenario</source>
        <translation>&amp;Scénario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host &amp;A at the Playhead</source>
        <translation>Hôte &amp;A à la tête de lecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host &amp;B at the Playhead</source>
        <translation>Hôte &amp;B à la tête de lecture</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Host %1: %2 at the playhead</source>
        <extracomment>Tooltip of an application call, e.g. &quot;Host A: Connect at the playhead&quot;</extracomment>
        <translation>Hôte %1&#xa0;: %2 à la tête de lecture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Playback</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Playback speed</source>
        <translation>Vitesse de lecture</translation>
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
        <translation>Position de la tête de lecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to move through the whole timeline</source>
        <translation>Faites glisser pour parcourir toute la chronologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playhead time</source>
        <translation>Temps de la tête de lecture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space play · → next · ← back · Delete drop the selected segment · Ctrl+Z undo · F1 all keys</source>
        <translation>Espace lecture · → suivant · ← précédent · Suppr rejeter le segment sélectionné · Ctrl+Z annuler · F1 tous les raccourcis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard hints</source>
        <translation>Aide-mémoire clavier</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+128"/>
        <source>t = %1 s   step %2 of %3</source>
        <translation>t = %1 s   étape %2 sur %3</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link Settings</source>
        <translation>Paramètres du lien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Events</source>
        <translation>É&amp;vénements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link Settings</source>
        <translation>&amp;Paramètres du lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Playback Toolbar</source>
        <translation>Barre de &amp;lecture</translation>
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
        <translation>Lecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause (Space)</source>
        <translation>Pause (Espace)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play (Space)</source>
        <translation>Lecture (Espace)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>● LIVE on %1</source>
        <translation>● EN DIRECT sur %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live session indicator</source>
        <translation>Indicateur de session en direct</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Live session on %1: the diagram follows the connection as it happens</source>
        <translation>Session en direct sur %1&#xa0;: le diagramme suit la connexion au fur et à mesure</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ackademy</source>
        <translation>Ackademy</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d’enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Host %1: %2 at %3</source>
        <extracomment>Undo text, e.g. &quot;Host A: Connect at 0.000 ms&quot;; %2 is the call (Listen, Connect, ...)</extracomment>
        <translation>Hôte %1&#xa0;: %2 à %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Send Text</source>
        <translation>Envoyer du texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text that host %1 sends:</source>
        <translation>Texte envoyé par l’hôte %1&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello</source>
        <translation>Bonjour</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The scenario has changes that are not saved. Save them first?</source>
        <translation>Le scénario comporte des modifications non enregistrées. Voulez-vous d’abord les enregistrer&#x202f;?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open Scenario</source>
        <translation>Ouvrir un scénario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario files (*.json);;All files (*)</source>
        <translation>Fichiers de scénario (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save Scenario As</source>
        <translation>Enregistrer le scénario sous</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenario files (*.json)</source>
        <translation>Fichiers de scénario (*.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export Visible Part</source>
        <translation>Exporter la partie visible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Diagram</source>
        <translation>Exporter le diagramme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play or pause</source>
        <translation>Lecture ou pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right, N, Page Down</source>
        <translation>Droite, N, Pg suiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step forward to the next event</source>
        <translation>Avancer à l’événement suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left, P, Page Up</source>
        <translation>Gauche, P, Pg préc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step back to the previous event</source>
        <translation>Revenir à l’événement précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home, End</source>
        <translation>Origine, Fin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the start, the end</source>
        <translation>Aller au début, à la fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop the selected segment</source>
        <translation>Rejeter le segment sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert</source>
        <translation>Inser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore the selected segment</source>
        <translation>Rétablir le segment sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+D, Ctrl+Shift+D</source>
        <translation>Ctrl+D, Ctrl+Maj+D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop the next segment from A, from B</source>
        <translation>Rejeter le prochain segment de A, de B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Z, Ctrl+Shift+Z</source>
        <translation>Ctrl+Z, Ctrl+Maj+Z</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo, redo</source>
        <translation>Annuler, refaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+=, Ctrl+-, Ctrl+0</source>
        <translation>Ctrl+=, Ctrl+-, Ctrl+0</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom in, zoom out, fit to window</source>
        <translation>Zoom avant, zoom arrière, ajuster à la fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relative or absolute sequence numbers</source>
        <translation>Numéros de séquence relatifs ou absolus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+O, Ctrl+Shift+S</source>
        <translation>Ctrl+O, Ctrl+Maj+S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open, save a scenario</source>
        <translation>Ouvrir, enregistrer un scénario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E, Ctrl+Shift+E</source>
        <translation>Ctrl+E, Ctrl+Maj+E</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the whole diagram, the visible part</source>
        <translation>Exporter tout le diagramme, la partie visible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+T, Enter</source>
        <translation>Ctrl+T, Entrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Live session: type a line for Host A, send it</source>
        <translation>Session en direct&#xa0;: saisir une ligne pour l’hôte A, l’envoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This list</source>
        <translation>Cette liste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About Ackademy</source>
        <translation>À propos d’Ackademy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Ackademy %1&lt;/h3&gt;&lt;p&gt;An interactive TCP simulator for the classroom.&lt;/p&gt;&lt;p&gt;Step through a connection segment by segment, drop any segment and watch TCP recover — with the same flags, numbers and timers a real stack uses.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ackademy %1&lt;/h3&gt;&lt;p&gt;Un simulateur TCP interactif pour la salle de classe.&lt;/p&gt;&lt;p&gt;Parcourez une connexion segment par segment, rejetez n’importe quel segment et observez TCP se rétablir — avec les mêmes drapeaux, numéros et temporisateurs que ceux d’une vraie pile TCP.&lt;/p&gt;</translation>
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
            <numerusform>%1 avec %Ln octet de données</numerusform>
            <numerusform>%1 avec %Ln octets de données</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a drop rule</source>
        <translation>une règle de rejet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drop rule %1</source>
        <translation>règle de rejet %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>random loss</source>
        <translation>perte aléatoire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the link&apos;s queue is full</source>
        <translation>la file d’attente du lien est pleine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown cause</source>
        <translation>cause inconnue</translation>
    </message>
    <message numerus="yes">
        <location line="+122"/>
        <source>… %Ln earlier sentence(s)</source>
        <translation>
            <numerusform>… %Ln phrase précédente</numerusform>
            <numerusform>… %Ln phrases précédentes</numerusform>
        </translation>
    </message>
    <message>
        <location line="-103"/>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <location line="-364"/>
        <source>Host %1 sends %2 (%3) and enters LISTEN, waiting for a connection request.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>L’hôte %1 envoie %2 (%3) et passe dans l’état LISTEN, en attente d’une demande de connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters LISTEN, waiting for a connection request.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>L’hôte %1 retransmet %2 (%3), retransmission n°&#xa0;%5, et passe dans l’état LISTEN, en attente d’une demande de connexion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters LISTEN, waiting for a connection request.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>L’hôte %1 passe dans l’état LISTEN, en attente d’une demande de connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to LISTEN, waiting for a connection request.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>L’hôte %1 passe de l’état %6 à l’état LISTEN, en attente d’une demande de connexion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First handshake: Host %1 sends %2 (%3) and enters SYN-SENT, waiting for Host %4 to confirm.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>Première étape de la poignée de main&#xa0;: l’hôte %1 envoie %2 (%3) et passe dans l’état SYN-SENT, en attendant la confirmation de l’hôte %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters SYN-SENT, waiting for Host %4 to confirm.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>L’hôte %1 retransmet %2 (%3), retransmission n°&#xa0;%5, et passe dans l’état SYN-SENT, en attendant la confirmation de l’hôte %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters SYN-SENT, waiting for Host %4 to confirm.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>L’hôte %1 passe dans l’état SYN-SENT, en attendant la confirmation de l’hôte %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to SYN-SENT, waiting for Host %4 to confirm.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>L’hôte %1 passe de l’état %6 à l’état SYN-SENT, en attendant la confirmation de l’hôte %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Second handshake: Host %1 sends %2 (%3) and enters SYN-RECEIVED, waiting for Host %4 to acknowledge it.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>Deuxième étape de la poignée de main&#xa0;: l’hôte %1 envoie %2 (%3) et passe dans l’état SYN-RECEIVED, en attendant que l’hôte %4 l’acquitte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters SYN-RECEIVED, waiting for Host %4 to acknowledge it.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>L’hôte %1 retransmet %2 (%3), retransmission n°&#xa0;%5, et passe dans l’état SYN-RECEIVED, en attendant que l’hôte %4 l’acquitte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters SYN-RECEIVED, waiting for Host %4 to acknowledge it.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>L’hôte %1 passe dans l’état SYN-RECEIVED, en attendant que l’hôte %4 l’acquitte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to SYN-RECEIVED, waiting for Host %4 to acknowledge it.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>L’hôte %1 passe de l’état %6 à l’état SYN-RECEIVED, en attendant que l’hôte %4 l’acquitte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters ESTABLISHED: the connection is open.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>L’hôte %1 envoie %2 (%3) et passe dans l’état ESTABLISHED&#xa0;: la connexion est ouverte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters ESTABLISHED: the connection is open.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>L’hôte %1 retransmet %2 (%3), retransmission n°&#xa0;%5, et passe dans l’état ESTABLISHED&#xa0;: la connexion est ouverte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters ESTABLISHED: the connection is open.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>L’hôte %1 passe dans l’état ESTABLISHED&#xa0;: la connexion est ouverte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to ESTABLISHED: the connection is open.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>L’hôte %1 passe de l’état %6 à l’état ESTABLISHED&#xa0;: la connexion est ouverte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters FIN-WAIT-1, waiting for Host %4 to acknowledge its FIN.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>L’hôte %1 envoie %2 (%3) et passe dans l’état FIN-WAIT-1, en attendant que l’hôte %4 acquitte son FIN.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters FIN-WAIT-1, waiting for Host %4 to acknowledge its FIN.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>L’hôte %1 retransmet %2 (%3), retransmission n°&#xa0;%5, et passe dans l’état FIN-WAIT-1, en attendant que l’hôte %4 acquitte son FIN.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters FIN-WAIT-1, waiting for Host %4 to acknowledge its FIN.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>L’hôte %1 passe dans l’état FIN-WAIT-1, en attendant que l’hôte %4 acquitte son FIN.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to FIN-WAIT-1, waiting for Host %4 to acknowledge its FIN.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>L’hôte %1 passe de l’état %6 à l’état FIN-WAIT-1, en attendant que l’hôte %4 acquitte son FIN.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters FIN-WAIT-2, waiting for Host %4 to close its side.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>L’hôte %1 envoie %2 (%3) et passe dans l’état FIN-WAIT-2, en attendant que l’hôte %4 ferme son côté de la connexion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters FIN-WAIT-2, waiting for Host %4 to close its side.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>L’hôte %1 retransmet %2 (%3), retransmission n°&#xa0;%5, et passe dans l’état FIN-WAIT-2, en attendant que l’hôte %4 ferme son côté de la connexion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters FIN-WAIT-2, waiting for Host %4 to close its side.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>L’hôte %1 passe dans l’état FIN-WAIT-2, en attendant que l’hôte %4 ferme son côté de la connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to FIN-WAIT-2, waiting for Host %4 to close its side.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>L’hôte %1 passe de l’état %6 à l’état FIN-WAIT-2, en attendant que l’hôte %4 ferme son côté de la connexion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters CLOSE-WAIT: Host %4 has finished sending.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>L’hôte %1 envoie %2 (%3) et passe dans l’état CLOSE-WAIT&#xa0;: l’hôte %4 a fini d’émettre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters CLOSE-WAIT: Host %4 has finished sending.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>L’hôte %1 retransmet %2 (%3), retransmission n°&#xa0;%5, et passe dans l’état CLOSE-WAIT&#xa0;: l’hôte %4 a fini d’émettre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters CLOSE-WAIT: Host %4 has finished sending.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>L’hôte %1 passe dans l’état CLOSE-WAIT&#xa0;: l’hôte %4 a fini d’émettre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to CLOSE-WAIT: Host %4 has finished sending.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>L’hôte %1 passe de l’état %6 à l’état CLOSE-WAIT&#xa0;: l’hôte %4 a fini d’émettre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters CLOSING: both sides are closing at once.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>L’hôte %1 envoie %2 (%3) et passe dans l’état CLOSING&#xa0;: les deux côtés ferment en même temps.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters CLOSING: both sides are closing at once.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>L’hôte %1 retransmet %2 (%3), retransmission n°&#xa0;%5, et passe dans l’état CLOSING&#xa0;: les deux côtés ferment en même temps.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters CLOSING: both sides are closing at once.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>L’hôte %1 passe dans l’état CLOSING&#xa0;: les deux côtés ferment en même temps.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to CLOSING: both sides are closing at once.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>L’hôte %1 passe de l’état %6 à l’état CLOSING&#xa0;: les deux côtés ferment en même temps.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters LAST-ACK, waiting for the last ACK.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>L’hôte %1 envoie %2 (%3) et passe dans l’état LAST-ACK, en attendant le dernier ACK.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters LAST-ACK, waiting for the last ACK.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>L’hôte %1 retransmet %2 (%3), retransmission n°&#xa0;%5, et passe dans l’état LAST-ACK, en attendant le dernier ACK.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters LAST-ACK, waiting for the last ACK.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>L’hôte %1 passe dans l’état LAST-ACK, en attendant le dernier ACK.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to LAST-ACK, waiting for the last ACK.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>L’hôte %1 passe de l’état %6 à l’état LAST-ACK, en attendant le dernier ACK.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters TIME-WAIT, waiting 2 MSL so that old segments die out.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>L’hôte %1 envoie %2 (%3) et passe dans l’état TIME-WAIT, où il attend 2 MSL pour que les anciens segments disparaissent du réseau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters TIME-WAIT, waiting 2 MSL so that old segments die out.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>L’hôte %1 retransmet %2 (%3), retransmission n°&#xa0;%5, et passe dans l’état TIME-WAIT, où il attend 2 MSL pour que les anciens segments disparaissent du réseau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 enters TIME-WAIT, waiting 2 MSL so that old segments die out.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>L’hôte %1 passe dans l’état TIME-WAIT, où il attend 2 MSL pour que les anciens segments disparaissent du réseau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to TIME-WAIT, waiting 2 MSL so that old segments die out.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>L’hôte %1 passe de l’état %6 à l’état TIME-WAIT, où il attend 2 MSL pour que les anciens segments disparaissent du réseau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 sends %2 (%3) and enters CLOSED.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>L’hôte %1 envoie %2 (%3) et passe dans l’état CLOSED.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5, and enters CLOSED.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>L’hôte %1 retransmet %2 (%3), retransmission n°&#xa0;%5, et passe dans l’état CLOSED.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 enters CLOSED.</source>
        <extracomment>%1 and %4 host letters (A, B); RFC state names stay as they are</extracomment>
        <translation>L’hôte %1 passe dans l’état CLOSED.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 moves from %6 to CLOSED.</source>
        <extracomment>%1 and %4 host letters (A, B); %6 the state left; RFC state names stay as they are</extracomment>
        <translation>L’hôte %1 passe de l’état %6 à l’état CLOSED.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Third handshake: Host %1 sends %2 (%3) and enters ESTABLISHED: the connection is open.</source>
        <extracomment>%1 and %4 host letters (A, B); %2 the segment (SYN, ...); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>Troisième étape de la poignée de main&#xa0;: l’hôte %1 envoie %2 (%3) et passe dans l’état ESTABLISHED&#xa0;: la connexion est ouverte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Third handshake: Host %1 retransmits %2 (%3), retransmission #%5, and enters ESTABLISHED: the connection is open.</source>
        <extracomment>%1 and %4 host letters; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>Troisième étape de la poignée de main&#xa0;: l’hôte %1 retransmet %2 (%3), retransmission n°&#xa0;%5, et passe dans l’état ESTABLISHED&#xa0;: la connexion est ouverte.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Host %1 sends %2 (%3).</source>
        <extracomment>%1 a host letter (A, B); %2 the segment (&quot;SYN&quot;, &quot;ACK with 5 bytes of data&quot;); %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>L’hôte %1 envoie %2 (%3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host %1 retransmits %2 (%3), retransmission #%5.</source>
        <extracomment>%1 a host letter (A, B); %2 the segment; %3 &quot;seq = ..., ack = ...&quot;; %5 the retransmission count</extracomment>
        <translation>L’hôte %1 retransmet %2 (%3), retransmission n°&#xa0;%5.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Host %1&apos;s retransmission timer expires.</source>
        <extracomment>%1 a host letter (A, B)</extracomment>
        <translation>Le temporisateur de retransmission de l’hôte %1 expire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1&apos;s TIME-WAIT timer expires.</source>
        <extracomment>%1 a host letter (A, B)</extracomment>
        <translation>Le temporisateur TIME-WAIT de l’hôte %1 expire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1&apos;s delayed-ACK timer expires.</source>
        <extracomment>%1 a host letter (A, B)</extracomment>
        <translation>Le temporisateur d’ACK retardé de l’hôte %1 expire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1&apos;s persist timer expires.</source>
        <extracomment>%1 a host letter (A, B)</extracomment>
        <translation>Le temporisateur de persistance de l’hôte %1 expire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1&apos;s user timeout expires.</source>
        <extracomment>%1 a host letter (A, B)</extracomment>
        <translation>Le délai utilisateur (user timeout) de l’hôte %1 expire.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Host %1 receives %2 (%3) from Host %4.</source>
        <extracomment>%1 and %4 host letters (A, B): %1 receives from %4; %2 the segment; %3 &quot;seq = ..., ack = ...&quot;</extracomment>
        <translation>L’hôte %1 reçoit %2 (%3) de l’hôte %4.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The %1 (%2) from Host %3 to Host %4 is lost (%5).</source>
        <extracomment>%1 the flags (SYN, ACK, ...), %2 &quot;seq = ...&quot;, %3 and %4 host letters (from %3 to %4), %5 the cause</extracomment>
        <translation>Le segment %1 (%2) de l’hôte %3 vers l’hôte %4 est perdu (%5).</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Host %1 delivers %Ln byte(s) to its application.</source>
        <extracomment>%1 a host letter (A, B)</extracomment>
        <translation>
            <numerusform>L’hôte %1 remet %Ln octet à son application.</numerusform>
            <numerusform>L’hôte %1 remet %Ln octets à son application.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>connection reset</source>
        <translation>connexion réinitialisée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection timed out</source>
        <translation>délai de connexion expiré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection closing</source>
        <translation>connexion en cours de fermeture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection already exists</source>
        <translation>la connexion existe déjà</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection does not exist</source>
        <translation>la connexion n’existe pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remote socket unspecified</source>
        <translation>socket distant non spécifié</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection aborted due to user timeout</source>
        <translation>connexion interrompue&#xa0;: délai utilisateur expiré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection established</source>
        <translation>connexion établie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection closed by peer</source>
        <translation>connexion fermée par le pair</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing to report</source>
        <translation>rien à signaler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host %1 tells its application: %2.</source>
        <extracomment>%1 a host letter (A, B); %2 what TCP tells it, e.g. &quot;connection refused&quot;</extracomment>
        <translation>L’hôte %1 signale à son application&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+4"/>
        <source>Narration</source>
        <translation>Narration</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>One sentence per event up to the playhead; the last one is the latest.</source>
        <translation>Une phrase par événement jusqu’à la tête de lecture&#x202f;; la dernière est la plus récente.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing has happened yet. Step forward (→) to start.</source>
        <translation>Rien ne s’est encore passé. Avancez (→) pour commencer.</translation>
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
        <translation>%1 octets</translation>
    </message>
    <message>
        <location line="-293"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message numerus="yes">
        <location line="-156"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header fields of the segment</source>
        <translation>Champs d’en-tête du segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes of the packet in hexadecimal</source>
        <translation>Octets du paquet en hexadécimal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspected segment</source>
        <translation>Segment inspecté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>No segment yet. Step forward, or click a segment in the diagram.</source>
        <translation>Aucun segment pour l’instant. Avancez, ou cliquez sur un segment dans le diagramme.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Segment #%1: %2 from Host %3 to Host %4, sent at %5 s</source>
        <translation>Segment n°&#xa0;%1&#xa0;: %2 de l’hôte %3 vers l’hôte %4, envoyé à %5 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segment #%1: %2 from Host %3 to Host %4, sent at %5 s (the latest; click a segment to choose another)</source>
        <translation>Segment n°&#xa0;%1&#xa0;: %2 de l’hôte %3 vers l’hôte %4, envoyé à %5 s (le plus récent&#x202f;; cliquez sur un segment pour en choisir un autre)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>byte %1</source>
        <translation>octet %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bytes %1–%2</source>
        <translation>octets %1–%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Internet Protocol version 4</source>
        <translation>Internet Protocol version 4</translation>
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
        <translation>Longueur d’en-tête</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 bytes (IHL %2)</source>
        <translation>%1 octets (IHL %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of service</source>
        <translation>Type de service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total length</source>
        <translation>Longueur totale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+57"/>
        <source>Flags</source>
        <translation>Drapeaux</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Don&apos;t fragment</source>
        <translation>Ne pas fragmenter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t fragment (DF)</source>
        <translation>Ne pas fragmenter (DF)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>set</source>
        <translation>activé</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>not set</source>
        <translation>non activé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>More fragments (MF)</source>
        <translation>Fragments supplémentaires (MF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fragment offset</source>
        <translation>Décalage du fragment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to live</source>
        <translation>Durée de vie (TTL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>6 (TCP)</source>
        <translation>6 (TCP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header checksum</source>
        <translation>Somme de contrôle d’en-tête</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+104"/>
        <source>%1 (correct)</source>
        <translation>%1 (correcte)</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+105"/>
        <source>%1 (WRONG)</source>
        <translation>%1 (ERRONÉE)</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Source address</source>
        <translation>Adresse source</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 (Host %2)</source>
        <translation>%1 (hôte %2)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 (Host %2, Linux kernel)</source>
        <extracomment>An address and its host in a live session: %1 the IPv4 address, %2 the host&apos;s letter (B)</extracomment>
        <translation>%1 (hôte %2, noyau Linux)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Destination address</source>
        <translation>Adresse de destination</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Transmission Control Protocol</source>
        <translation>Transmission Control Protocol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>port %1 → %2, %3, data: %4</source>
        <translation>port %1 → %2, %3, données&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source port</source>
        <translation>Port source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination port</source>
        <translation>Port de destination</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (absolute %2)</source>
        <translation>%1 (absolu %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (relative %2)</source>
        <translation>%1 (relatif %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sequence number</source>
        <translation>Numéro de séquence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledgment number</source>
        <translation>Numéro d’acquittement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (not used: ACK is not set)</source>
        <translation>%1 (inutilisé&#xa0;: ACK n’est pas activé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data offset</source>
        <translation>Décalage des données</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2 bytes of header)</source>
        <translation>%1 (%2 octets d’en-tête)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>accurate ECN</source>
        <translation>ECN précis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>congestion window reduced</source>
        <translation>fenêtre de congestion réduite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ECN echo</source>
        <translation>écho ECN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>urgent pointer is valid</source>
        <translation>le pointeur urgent est valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acknowledgment number is valid</source>
        <translation>le numéro d’acquittement est valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>push</source>
        <translation>push (remise immédiate)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reset the connection</source>
        <translation>réinitialiser la connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>synchronize sequence numbers</source>
        <translation>synchroniser les numéros de séquence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no more data from the sender</source>
        <translation>plus de données de l’émetteur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1: set</source>
        <translation>1&#xa0;: activé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>0: not set</source>
        <translation>0&#xa0;: non activé</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (never scaled in a SYN, RFC 7323 §2.2)</source>
        <translation>%1 (jamais mis à l’échelle dans un SYN, RFC 7323 §2.2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 × 2^%2 = %3 bytes (scale from the handshake)</source>
        <translation>%1 × 2^%2 = %3 octets (facteur d’échelle issu de la poignée de main)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 bytes (no window scaling on this connection)</source>
        <translation>%1 octets (pas de mise à l’échelle de la fenêtre sur cette connexion)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checksum</source>
        <translation>Somme de contrôle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Urgent pointer</source>
        <translation>Pointeur urgent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (not used: URG is not set)</source>
        <translation>%1 (inutilisé&#xa0;: URG n’est pas activé)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>End of option list</source>
        <translation>Fin de la liste d’options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>then padding: %1</source>
        <translation>puis bourrage&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No-operation (NOP)</source>
        <translation>Pas d’opération (NOP)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>aligns the next option</source>
        <translation>aligne l’option suivante</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Malformed option</source>
        <translation>Option malformée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kind %1</source>
        <translation>type %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Maximum segment size</source>
        <translation>Taille maximale de segment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window scale</source>
        <translation>Facteur d’échelle de fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shift %1 (multiply by %2)</source>
        <translation>décalage de %1 (multiplier par %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SACK permitted</source>
        <translation>SACK autorisé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>selective acknowledgments may be used</source>
        <translation>les acquittements sélectifs peuvent être utilisés</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SACK</source>
        <translation>SACK</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Timestamps</source>
        <translation>Horodatages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TSval %1, TSecr %2</source>
        <translation>TSval %1, TSecr %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Option kind %1</source>
        <translation>Option de type %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1…”</source>
        <extracomment>The data as text, quoted; %1 its first 200 characters (the data goes on)</extracomment>
        <translation>«&#xa0;%1…&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1”</source>
        <extracomment>The data as text, quoted</extracomment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of binary data</source>
        <translation>%1 de données binaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data (%1)</source>
        <translation>Données (%1)</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::PresentationMode</name>
    <message>
        <location filename="../ui/presentation.cpp" line="+93"/>
        <source>Pr&amp;esentation Mode</source>
        <translation>&amp;Mode présentation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presentation mode: full screen, large and high contrast (F11; Esc leaves)</source>
        <translation>Mode présentation&#xa0;: plein écran, grands caractères et contraste élevé (F11&#x202f;; Échap pour quitter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank the Screen</source>
        <translation>Écran noir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave Presentation Mode</source>
        <translation>Quitter le mode présentation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presentation controls</source>
        <translation>Commandes de présentation</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Blank screen (press B to show the diagram again)</source>
        <translation>Écran noir (appuyez sur B pour réafficher le diagramme)</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>t = %1 s · step %2 of %3 · Esc leaves</source>
        <translation>t = %1 s · étape %2 sur %3 · Échap pour quitter</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::SequenceDiagramView</name>
    <message>
        <location filename="../ui/diagram/sequence_diagram_view.cpp" line="+32"/>
        <source>Sequence diagram</source>
        <translation>Diagramme de séquence</translation>
    </message>
    <message>
        <location line="+348"/>
        <source>Drop this segment</source>
        <translation>Rejeter ce segment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore it</source>
        <translation>Le rétablir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a segment lost by a drop rule can be restored</source>
        <translation>Seul un segment perdu à cause d’une règle de rejet peut être rétabli</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&lt;b&gt;%1&lt;/b&gt;, segment %2 on the wire, from host %3 to host %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, segment %2 sur le fil, de l’hôte %3 vers l’hôte %4</translation>
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
        <translation>drapeaux&#xa0;: %1 (tcpdump&#xa0;: [%2])</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>window: %1</source>
        <translation>fenêtre&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>options: %1</source>
        <translation>options&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent at %1, arrived at %2 (transit %3)</source>
        <translation>envoyé à %1, arrivé à %2 (transit %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sent at %1</source>
        <translation>envoyé à %1</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::StateDiagramView</name>
    <message>
        <location filename="../ui/panels/state_diagram.cpp" line="+144"/>
        <source>TCP state diagram</source>
        <translation>Diagramme d’états TCP</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Host %1: its states cannot be observed from outside</source>
        <extracomment>Live session: %1 the kernel&apos;s host, &quot;B (Linux kernel)&quot;</extracomment>
        <translation>Hôte %1&#xa0;: ses états ne sont pas observables de l’extérieur</translation>
    </message>
</context>
<context>
    <name>ackademy::ui::TraceExportMenu</name>
    <message>
        <location filename="../ui/trace_export.cpp" line="+29"/>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Export &amp;Trace</source>
        <translation>Exporter la &amp;trace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;pcap (Wireshark, tcpdump)…</source>
        <translation>&amp;pcap (Wireshark, tcpdump)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A capture file of every packet on the wire, or of only what Host A or Host B would capture</source>
        <translation>Un fichier de capture de tous les paquets sur le fil, ou seulement de ce que l’hôte A ou l’hôte B capturerait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;tcpdump Text…</source>
        <translation>Texte &amp;tcpdump…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What tcpdump -n -tt prints for the capture</source>
        <translation>Ce que tcpdump -n -tt affiche pour la capture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;JSON Lines…</source>
        <translation>Lignes &amp;JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One JSON object per event, for scripts</source>
        <translation>Un objet JSON par événement, pour les scripts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The wire (every segment as it is sent, lost ones too)</source>
        <translation>Le fil (chaque segment tel qu’il est envoyé, perdus compris)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host A (its sends and what reaches it)</source>
        <translation>Hôte A (ses envois et ce qui lui parvient)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host B (its sends and what reaches it)</source>
        <translation>Hôte B (ses envois et ce qui lui parvient)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture Point</source>
        <translation>Point de capture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where is the capture taken?</source>
        <translation>Où la capture est-elle effectuée&#x202f;?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>pcap capture (*.pcap)</source>
        <translation>Capture pcap (*.pcap)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tcpdump text (*.txt)</source>
        <translation>Texte tcpdump (*.txt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON lines (*.jsonl)</source>
        <translation>Lignes JSON (*.jsonl)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Trace</source>
        <translation>Exporter la trace</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The trace was not written.

%1</source>
        <translation>La trace n’a pas été écrite.

%1</translation>
    </message>
</context>
</TS>
