// A live session through the GUI's adapter (ui/live_session.hpp) and the main window, against
// the real Linux kernel. Every case runs in its own network namespace (tests/net/netns.hpp):
// a forked child unshares its network, creates its own QApplication (offscreen), its own TUN
// device and the kernel's sockets; nothing it sends can leave the namespace. Where unshare is
// not permitted, the case is skipped with the reason.
//
// ACKADEMY_LIVE_SCREENSHOT=path.png makes MainWindowShowsALiveSession write what the window
// shows at the end of its session (docs/images/live-session.png is made this way), and
// ACKADEMY_LIVE_CONTROLS_SCREENSHOT=path.png makes TheLiveToolbarSends… write the window in the
// middle of its session, a line sent from the toolbar (docs/images/live-controls.png).

#include "tests/net/netns.hpp"
#include "ui/diagram/diagram_layout.hpp"
#include "ui/diagram/sequence_diagram_view.hpp"
#include "ui/document.hpp"
#include "ui/live_controls.hpp"
#include "ui/live_session.hpp"
#include "ui/main_window.hpp"
#include "ui/panels/host_panel.hpp"
#include "ui/panels/link_settings_panel.hpp"
#include "ui/panels/narration_panel.hpp"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTest>
#include <QTranslator>

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>
#include <thread>

using namespace std::chrono_literals;
using namespace ackademy;
using net::test::Checks;

namespace {

constexpr tcp::Ipv4Address kKernel = 0x0A4D0001; // 10.77.0.1
constexpr tcp::Ipv4Address kOurs = 0x0A4D0002;   // 10.77.0.2
const char* const kDevice = "ackgui0";

/// The QApplication of a child: created after the fork, so no Qt state crosses it.
struct ChildApp {
    ChildApp()
    {
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
        QStandardPaths::setTestModeEnabled(true);
        app = std::make_unique<QApplication>(argc, argv);
        // As app/gui/gui_app.cpp sets up the GUI, so the screenshot looks like the application:
        // the English plural forms, Fusion, and at least 12 points.
        if (plurals.load(QStringLiteral(":/i18n/ackademy_en.qm")))
            QCoreApplication::installTranslator(&plurals);
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QFont font = QApplication::font();
        if (font.pointSizeF() > 0 && font.pointSizeF() < 12.0) {
            font.setPointSizeF(12.0);
            QApplication::setFont(font);
        }
    }
    int argc = 1;
    char name[32] = "ui_live_session_tests";
    char* argv[2] = {name, nullptr};
    std::unique_ptr<QApplication> app;
    QTranslator plurals;
};

ui::LiveSessionSettings connectSettings()
{
    ui::LiveSessionSettings s;
    s.tun = {.name = kDevice, .kernel_address = kKernel, .host_address = kOurs, .prefix_length = 30};
    s.local_port = 3337;
    s.peer_port = 7788;
    s.profile = "linux";
    s.linger = 100ms;
    s.timeout = 6s;
    return s;
}

/// The kernel's application on its own thread: accept, read to EOF, answer, close.
std::thread kernelServer(int listener, std::string answer, std::string* received)
{
    return std::thread([listener, answer = std::move(answer), received] {
        const int s = net::test::kernel_accept(listener, 4s);
        if (s < 0) return;
        *received = net::test::kernel_read_all(s, 4s);
        if (!answer.empty()) net::test::kernel_write(s, answer);
        ::close(s);
    });
}

std::string flagsOf(const sim::SegmentRecord& r)
{
    return std::string(1, sim::host_letter(r.from)) + ":" + r.packet.tcp.flags.tcpdump_letters();
}

std::string joined(const std::vector<std::string>& words)
{
    std::string out;
    for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
    return out;
}

std::string skipIfNoTun(const QString& error)
{
    // Only where this machine cannot make TUN devices at all; every other failure is one.
    if (error.contains(QStringLiteral("CAP_NET_ADMIN")) || error.contains(QStringLiteral("/dev/net/tun")))
        return "SKIP: " + error.toStdString();
    return "the live session did not start: " + error.toStdString();
}

} // namespace

TEST(LiveSessionGui, KernelAsServerTheDocumentReceivesTheExactHandshake)
{
    ACKADEMY_RUN_IN_NETNS([]() -> std::string {
        Checks c;
        ChildApp app;
        ui::Document document;
        ui::SequenceDiagramView view(&document);
        view.resize(1200, 900);
        ui::LiveSession session(&document);

        // On any address: 10.77.0.1 exists only once the session made its device.
        const int listener = net::test::kernel_listen(0, 7788);
        if (!c.expect(listener >= 0, "the kernel cannot listen on port 7788")) return c.failures();

        // While it runs: how many segments each update brought, and whether the playhead
        // was at the latest event (it follows while live).
        std::vector<std::size_t> seen;
        bool followed = true;
        QObject::connect(&session, &ui::LiveSession::updated, [&] {
            seen.push_back(document.timeline().segments.size());
            if (document.isLive()) followed = followed && document.playhead() == document.endTime();
        });
        QString why;
        QObject::connect(&session, &ui::LiveSession::finished, [&](const QString& text) { why = text; });

        ui::LiveSessionSettings settings = connectSettings();
        settings.close_after = 150ms; // our host closes; the kernel's app closes on EOF
        std::string received;
        std::thread server = kernelServer(listener, {}, &received);
        QString error;
        if (!session.start(settings, &error)) {
            server.join();
            ::close(listener);
            return skipIfNoTun(error);
        }
        c.expect(document.isLive() && document.isRecording(), "the document is not live after start()");
        c.expect(session.isRunning(), "the session does not run");
        (void)QTest::qWaitFor([&] { return !session.isRunning(); }, 5000);
        server.join();
        ::close(listener);
        c.expect(!session.isRunning(), "the session did not end within 5 s");
        c.expect(!document.isLive() && document.isRecording(),
                 "after the end the document must hold the recording");
        c.expect(
            why == QStringLiteral("The live session is over: the connection is closed and ackgui0 is gone."),
            "finished: " + why.toStdString());
        c.expect(::if_nametoindex(kDevice) == 0, "the TUN device is still there after the session");

        const sim::Timeline& t = document.timeline();
        if (!c.expect(t.segments.size() >= 3, "fewer than 3 segments")) return c.failures();
        const sim::SegmentRecord& syn = t.segments[0];
        const sim::SegmentRecord& synAck = t.segments[1];
        const sim::SegmentRecord& ack = t.segments[2];
        // RFC 9293 §3.5, Figure 6: SYN, SYN,ACK acknowledging ISN+1, ACK acknowledging theirs.
        c.expect(flagsOf(syn) == "A:S", "segment 1 is " + flagsOf(syn));
        c.expect(flagsOf(synAck) == "B:S.", "segment 2 is " + flagsOf(synAck));
        c.expect(flagsOf(ack) == "A:.", "segment 3 is " + flagsOf(ack));
        c.expect(syn.packet.ip.src == kOurs && syn.packet.ip.dst == kKernel &&
                     syn.packet.tcp.src_port == 3337 && syn.packet.tcp.dst_port == 7788,
                 "the SYN is not 10.77.0.2:3337 > 10.77.0.1:7788");
        c.expect(synAck.packet.tcp.ack == syn.packet.tcp.seq + 1, "the SYN,ACK does not acknowledge ISN+1");
        c.expect(ack.packet.tcp.seq == syn.packet.tcp.seq + 1 &&
                     ack.packet.tcp.ack == synAck.packet.tcp.seq + 1,
                 "the ACK's numbers are not ISN+1 / the kernel's ISN+1");
        c.expect(received.empty(), "the kernel received data: '" + received + "'");

        // Our host's states: SYN-SENT, then ESTABLISHED (RFC 9293 Figure 5); the kernel's none.
        std::vector<std::string> ours;
        bool kernelStates = false;
        for (const sim::StateInterval& st : t.states) {
            if (st.host == sim::HostId::A)
                ours.emplace_back(tcp::rfc_name(st.state));
            else
                kernelStates = true;
        }
        c.expect(ours.size() >= 2 && ours[0] == "SYN-SENT" && ours[1] == "ESTABLISHED",
                 "our first states are not SYN-SENT, ESTABLISHED: " + joined(ours));
        c.expect(!kernelStates, "the kernel's lifeline shows states nobody can observe");

        // The diagram shows every segment, under the kernel's real title and address.
        const ui::DiagramLayout& layout = view.diagramLayout();
        c.expect(layout.segments.size() == t.segments.size(),
                 "the diagram has " + std::to_string(layout.segments.size()) + " segments, the timeline " +
                     std::to_string(t.segments.size()));
        c.expect(layout.titleB == QStringLiteral("This computer (Linux kernel)"),
                 "the kernel's lifeline is titled " + layout.titleB.toStdString());
        c.expect(layout.addressB == QStringLiteral("10.77.0.1:7788"),
                 "the kernel's address is " + layout.addressB.toStdString());
        c.expect(layout.titleA == QStringLiteral("Ackademy (Host A)"),
                 "our lifeline is " + layout.titleA.toStdString());

        // It was shown as it happened: the first update came before the session was over, and
        // the playhead stayed at the latest event.
        c.expect(!seen.empty() && seen.front() < t.segments.size(), "no update before the end");
        c.expect(followed, "the playhead did not follow the latest event while live");
        c.expect(document.playhead() == document.endTime(), "the playhead is not at the end");
        // Nothing re-simulates a recording.
        c.expect(!document.dropSegment(0), "a segment of the recording could be dropped");
        return c.failures();
    });
}

TEST(LiveSessionGui, KernelAsClientItsPortAppearsWithItsSyn)
{
    ACKADEMY_RUN_IN_NETNS([]() -> std::string {
        Checks c;
        ChildApp app;
        ui::Document document;
        ui::SequenceDiagramView view(&document);
        view.resize(1200, 900);
        ui::LiveSession session(&document);
        ui::LiveSessionSettings settings = connectSettings();
        settings.listen = true;
        settings.peer_port = 0;
        QString error;
        if (!session.start(settings, &error)) return skipIfNoTun(error);
        // Before the kernel connects its port is unknown: the header shows the address alone.
        c.expect(view.diagramLayout().addressB == QStringLiteral("10.77.0.1"),
                 "before the SYN the kernel is " + view.diagramLayout().addressB.toStdString());

        // The kernel's application (a client such as `nc 10.77.0.2 3337`): connect, then close.
        const int s = net::test::kernel_connect(kOurs, 3337, 3s);
        if (!c.expect(s >= 0, "the kernel could not connect to 10.77.0.2:3337")) return c.failures();
        sockaddr_in name{};
        socklen_t length = sizeof name;
        ::getsockname(s, reinterpret_cast<sockaddr*>(&name), &length);
        const int kernelPort = ntohs(name.sin_port);
        ::close(s); // its FIN; our host closes too (as nc does) and the session ends
        (void)QTest::qWaitFor([&] { return !session.isRunning(); }, 5000);
        c.expect(!session.isRunning(), "the session did not end within 5 s");

        const sim::Timeline& t = document.timeline();
        if (!c.expect(t.segments.size() >= 3, "fewer than 3 segments")) return c.failures();
        c.expect(flagsOf(t.segments[0]) == "B:S" && flagsOf(t.segments[1]) == "A:S." &&
                     flagsOf(t.segments[2]) == "B:.",
                 "handshake: " + flagsOf(t.segments[0]) + " " + flagsOf(t.segments[1]) + " " +
                     flagsOf(t.segments[2]));
        c.expect(t.segments[0].packet.tcp.src_port == kernelPort, "the SYN is not from the kernel's socket");
        // Our listener, then the connection it spawned for the kernel's SYN (it starts from the
        // listener's LISTEN): a passive open and, the kernel closing first, a passive close
        // (RFC 9293 Figure 5).
        std::vector<std::string> listener, spawned;
        for (const sim::StateInterval& st : t.states) {
            if (st.host != sim::HostId::A) continue;
            (st.connection == t.segments[1].connection ? spawned : listener)
                .emplace_back(tcp::rfc_name(st.state));
        }
        if (!spawned.empty() && spawned.front() == "LISTEN") spawned.erase(spawned.begin());
        c.expect(joined(listener) == "LISTEN", "our listener's states: " + joined(listener));
        c.expect(joined(spawned) == "SYN-RECEIVED ESTABLISHED CLOSE-WAIT LAST-ACK CLOSED",
                 "our connection's states: " + joined(spawned));
        const QString expected = QStringLiteral("10.77.0.1:%1").arg(kernelPort);
        c.expect(view.diagramLayout().addressB == expected, "the kernel is " +
                                                                view.diagramLayout().addressB.toStdString() +
                                                                ", expected " + expected.toStdString());
        c.expect(view.diagramLayout().segments.size() == t.segments.size(), "the diagram misses segments");
        return c.failures();
    });
}

TEST(LiveSessionGui, WithoutCapNetAdminStartExplainsAndLeavesTheDocumentAlone)
{
    ACKADEMY_RUN_IN_NETNS([]() -> std::string {
        Checks c;
        // As an ordinary user (nobody): no capabilities at all.
        if (::setresgid(65534, 65534, 65534) != 0 || ::setresuid(65534, 65534, 65534) != 0)
            return "SKIP: cannot become uid 65534 here";
        ChildApp app;
        c.expect(!ui::hasNetAdminCapability(), "uid 65534 has CAP_NET_ADMIN");
        ui::Document document;
        ui::LiveSession session(&document);
        QString error;
        c.expect(!session.start(connectSettings(), &error), "the session started without CAP_NET_ADMIN");
        if (error.contains(QStringLiteral("/dev/net/tun"))) return "SKIP: " + error.toStdString();
        c.expect(error.startsWith(QStringLiteral("Live mode needs CAP_NET_ADMIN to create a TUN device: run "
                                                 "Ackademy as root, or: sudo setcap cap_net_admin+ep /")),
                 "error: " + error.toStdString());
        c.expect(!document.isLive() && !document.isRecording() && !session.isRunning(),
                 "a failed start changed the document");
        c.expect(::if_nametoindex(kDevice) == 0, "a TUN device exists after a failed start");
        return c.failures();
    });
}

TEST(LiveSessionGui, MainWindowShowsALiveSession)
{
    ACKADEMY_RUN_IN_NETNS([]() -> std::string {
        Checks c;
        ChildApp app;
        const ui::MainWindowOptions options{.persistSettings = false, .interactive = false};
        ui::MainWindow window(options);
        window.resize(1920, 1080);
        window.show();

        // On any address: 10.77.0.1 exists only once the session made its device.
        const int listener = net::test::kernel_listen(0, 7788);
        if (!c.expect(listener >= 0, "the kernel cannot listen on port 7788")) return c.failures();
        ui::LiveSessionSettings settings = connectSettings();
        settings.send = "hello";
        settings.close_after = 200ms;
        std::string received;
        std::thread server = kernelServer(listener, "world\n", &received);
        if (!window.startLiveSession(settings)) {
            server.join();
            ::close(listener);
            return skipIfNoTun(window.statusBar()->currentMessage());
        }
        auto enabled = [&](const char* name) {
            return window.findAction(QString::fromLatin1(name))->isEnabled();
        };
        // While live: re-simulating edits are not applicable; stopping is.
        c.expect(window.document()->isLive(), "the document is not live");
        c.expect(enabled("actionStopLiveSession"), "Stop Live Session is disabled while live");
        c.expect(!enabled("actionDropNextA") && !enabled("actionDropNextB"),
                 "drop-next is enabled while live");
        c.expect(!enabled("actionUndo"), "undo is enabled while live");
        c.expect(!enabled("actionSaveAs"), "Save Scenario As is enabled for a recording");
        c.expect(!window.linkSettings()->isEnabled(), "the link settings are editable while live");
        const auto* indicator = window.findChild<QLabel*>(QStringLiteral("LiveIndicator"));
        c.expect(indicator != nullptr && indicator->isVisible() &&
                     indicator->text() == QStringLiteral("● LIVE on ackgui0"),
                 "the live indicator is not shown");
        c.expect(window.windowTitle().startsWith(QStringLiteral("Live session with this computer")),
                 "title: " + window.windowTitle().toStdString());

        (void)QTest::qWaitFor([&] { return !window.document()->isLive(); }, 5000);
        server.join();
        ::close(listener);
        c.expect(!window.document()->isLive(), "the session did not end within 5 s");
        c.expect(received == "hello", "the kernel received '" + received + "'");
        c.expect(!enabled("actionStopLiveSession"), "Stop Live Session stays enabled after the end");
        c.expect(!enabled("actionDropNextA"), "a finished recording can be edited");
        c.expect(window.statusBar()->currentMessage().startsWith(QStringLiteral("The live session is over")),
                 "status: " + window.statusBar()->currentMessage().toStdString());
        const sim::Timeline& t = window.document()->timeline();
        c.expect(t.host(sim::HostId::A).bytes_delivered == 6,
                 "our host received " + std::to_string(t.host(sim::HostId::A).bytes_delivered) +
                     " bytes, expected 6 (\"world\\n\")");
        c.expect(window.diagram()->diagramLayout().segments.size() == t.segments.size(),
                 "the diagram does not show every segment");
        // The hosts panel shows no simulated variables for a recording, and says why.
        if (auto* hosts = window.findChild<ui::HostsPanel*>()) {
            hosts->refresh(true);
            const QString a = hosts->panel(sim::HostId::A)->value(QStringLiteral("state"));
            const QString b = hosts->panel(sim::HostId::B)->value(QStringLiteral("state"));
            c.expect(a == QStringLiteral("not recorded live"), "hosts panel, A: " + a.toStdString());
            c.expect(b == QStringLiteral("not observable"), "hosts panel, B: " + b.toStdString());
        } else {
            c.expect(false, "no hosts panel");
        }

        if (const char* path = std::getenv("ACKADEMY_LIVE_SCREENSHOT"); path != nullptr && *path != '\0') {
            // The end of the session, the whole of it in view, the kernel's SYN,ACK in the inspector.
            window.document()->setPlayhead(window.document()->endTime());
            window.document()->setSelectedSegment(1);
            QTest::qWait(100);
            window.diagram()->setZoom(window.diagram()->wholeDiagramZoom() * 0.97);
            QTest::qWait(100);
            window.diagram()->verticalScrollBar()->setValue(0);
            QTest::qWait(100);
            c.expect(window.grab().save(QString::fromLocal8Bit(path), "PNG"),
                     std::string("cannot write ") + path);
        }
        return c.failures();
    });
}

TEST(LiveSessionGui, StopAndClosingTheWindowRemoveTheDevice)
{
    ACKADEMY_RUN_IN_NETNS([]() -> std::string {
        Checks c;
        ChildApp app;
        const ui::MainWindowOptions options{.persistSettings = false, .interactive = false};
        // On any address: 10.77.0.1 exists only once the session made its device.
        const int listener = net::test::kernel_listen(0, 7788);
        if (!c.expect(listener >= 0, "the kernel cannot listen on port 7788")) return c.failures();
        {
            ui::MainWindow window(options);
            // No close: the connection stays ESTABLISHED until the user stops the session.
            if (!window.startLiveSession(connectSettings())) {
                ::close(listener);
                return skipIfNoTun(window.statusBar()->currentMessage());
            }
            auto established = [&] {
                for (const sim::StateInterval& st : window.document()->timeline().states)
                    if (st.state == tcp::State::Established) return true;
                return false;
            };
            c.expect(QTest::qWaitFor(established, 3000), "the connection was not established");
            c.expect(::if_nametoindex(kDevice) != 0, "the TUN device is missing while live");
            window.findAction(QStringLiteral("actionStopLiveSession"))->trigger();
            c.expect(!window.liveSession()->isRunning() && !window.document()->isLive(), "Stop did not stop");
            c.expect(::if_nametoindex(kDevice) == 0, "the TUN device is still there after Stop");
            c.expect(window.statusBar()->currentMessage() ==
                         QStringLiteral("The live session was stopped; ackgui0 is gone."),
                     "status: " + window.statusBar()->currentMessage().toStdString());
            c.expect(established(), "the recording was lost on Stop");

            // Again, and this time close the window while live. From another port: the kernel
            // still holds the first connection (stopped, never closed), and a SYN on its 4-tuple
            // gets a challenge ACK (RFC 5961 §4) that Linux rate-limits, so the handshake could
            // wait for the SYN's second retransmission at 3 s and miss the deadline below.
            ui::LiveSessionSettings second = connectSettings();
            second.local_port = 3338;
            c.expect(window.startLiveSession(second), "the second session did not start");
            c.expect(QTest::qWaitFor(established, 3000), "the second connection was not established");
            c.expect(window.close(), "the window refused to close");
            c.expect(!window.liveSession()->isRunning(), "closing the window left the session running");
            c.expect(::if_nametoindex(kDevice) == 0,
                     "the TUN device is still there after closing the window");
        }
        ::close(listener);
        return c.failures();
    });
}

TEST(LiveSessionGui, TheLiveToolbarSendsALineAndClosesAndTheNarrationNamesTheKernel)
{
    ACKADEMY_RUN_IN_NETNS([]() -> std::string {
        Checks c;
        ChildApp app;
        const ui::MainWindowOptions options{.persistSettings = false, .interactive = false};
        ui::MainWindow window(options);
        window.resize(1920, 1080);
        window.show();
        (void)QTest::qWaitForWindowExposed(&window);
        ui::LiveControlBar* bar = window.liveControls();
        if (!c.expect(bar != nullptr, "no live toolbar")) return c.failures();
        auto controls = [&] {
            return std::string(bar->textField()->isEnabled() ? "text " : "") +
                   (bar->sendAction()->isEnabled() ? "send " : "") + (bar->closeAction()->isEnabled() ? "close " : "") +
                   (bar->abortAction()->isEnabled() ? "abort" : "");
        };
        // A simulated lesson: no live row, nothing to press.
        c.expect(bar->isHidden() && controls().empty(), "live controls for a lesson: " + controls());

        const int listener = net::test::kernel_listen(0, 7788);
        if (!c.expect(listener >= 0, "the kernel cannot listen on port 7788")) return c.failures();
        std::string received;
        std::thread server = kernelServer(listener, {}, &received); // reads to EOF, then closes
        if (!window.startLiveSession(connectSettings())) {
            server.join();
            ::close(listener);
            return skipIfNoTun(window.statusBar()->currentMessage());
        }
        // Nothing is established before the first update arrives (it is queued).
        c.expect(bar->isVisible() && controls().empty(), "before the handshake: " + controls());
        c.expect(QTest::qWaitFor([&] { return bar->sendAction()->isEnabled(); }, 3000),
                 "Send Line was not enabled once the connection was established");
        c.expect(controls() == "text send close abort", "established: " + controls());

        // The keyboard's way: Ctrl+T to the text field, type, Enter.
        window.activateWindow();
        (void)QTest::qWaitForWindowActive(&window);
        QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier);
        c.expect(bar->textField()->hasFocus(), "Ctrl+T did not put the focus in the text field");
        QTest::keyClicks(bar->textField(), QStringLiteral("hello"));
        QTest::keyClick(bar->textField(), Qt::Key_Return);
        c.expect(bar->textField()->text().isEmpty(), "the text field was not cleared after sending");
        c.expect(window.statusBar()->currentMessage() == QStringLiteral("Host A sends “hello” and a newline: 6 bytes."),
                 "status: " + window.statusBar()->currentMessage().toStdString());

        const sim::Timeline& t = window.document()->timeline();
        if (!c.expect(!t.segments.empty() && flagsOf(t.segments[0]) == "A:S", "the first segment is not our SYN"))
            return c.failures();
        const tcp::SeqNum isn = t.segments[0].packet.tcp.seq;
        // The kernel acknowledges the 6 octets: ack = ISN + 1 (the SYN) + 6 (RFC 9293 §3.4).
        auto kernelAcks = [&](tcp::SeqNum ack) {
            for (const sim::SegmentRecord& r : t.segments)
                if (r.from == sim::HostId::B && r.packet.tcp.flags.ack() && r.packet.tcp.ack == ack) return true;
            return false;
        };
        c.expect(QTest::qWaitFor([&] { return kernelAcks(isn + 7); }, 3000),
                 "the kernel did not acknowledge ISN+7 within 3 s");

        if (const char* path = std::getenv("ACKADEMY_LIVE_CONTROLS_SCREENSHOT"); path != nullptr && *path != '\0') {
            // Mid-session: "hello\n" sent and acknowledged, the next line typed, the kernel's
            // SYN,ACK in the inspector (docs/images/live-controls.png).
            window.document()->setSelectedSegment(1);
            bar->textField()->setText(QStringLiteral("how are you?"));
            QTest::qWait(100);
            window.diagram()->setZoom(window.diagram()->wholeDiagramZoom() * 0.97);
            QTest::qWait(100);
            c.expect(window.grab().save(QString::fromLocal8Bit(path), "PNG"), std::string("cannot write ") + path);
            if (const char* events = std::getenv("ACKADEMY_LIVE_EVENTS_SCREENSHOT"); events != nullptr) {
                window.findChild<QDockWidget*>(QStringLiteral("EventListDock"))->raise();
                QTest::qWait(100);
                (void)window.grab().save(QString::fromLocal8Bit(events), "PNG");
            }
            bar->textField()->clear();
        }

        // Close: our FIN, the kernel's ACK of it; the kernel's app reads EOF and closes too.
        // Meanwhile presentation mode is on: it hides every toolbar, and the recording's updates
        // must not bring the live row back; leaving it restores the row.
        QAction* presentation = window.findAction(QStringLiteral("actionPresentation"));
        if (c.expect(presentation != nullptr, "no presentation action")) presentation->trigger();
        c.expect(bar->isHidden(), "the live row shows in presentation mode");
        bar->closeAction()->trigger();
        c.expect(window.statusBar()->currentMessage().startsWith(QStringLiteral("Host A closes its side")),
                 "status: " + window.statusBar()->currentMessage().toStdString());
        (void)QTest::qWaitFor([&] { return !window.document()->isLive(); }, 5000);
        c.expect(bar->isHidden(), "the recording's updates brought the live row back in presentation mode");
        if (presentation != nullptr) presentation->trigger();
        c.expect(bar->isVisible(), "the live row did not come back after presentation mode");
        server.join();
        ::close(listener);
        c.expect(!window.document()->isLive(), "the session did not end within 5 s");
        c.expect(received == "hello\n", "the kernel received '" + received + "'");
        c.expect(controls().empty(), "after the end: " + controls());

        // Exactly one data segment from us: seq ISN+1, 6 octets "hello\n".
        std::vector<const sim::SegmentRecord*> data, fins;
        for (const sim::SegmentRecord& r : t.segments) {
            if (r.from != sim::HostId::A) continue;
            if (!r.packet.tcp.payload.empty()) data.push_back(&r);
            if (r.packet.tcp.flags.fin()) fins.push_back(&r);
        }
        if (c.expect(data.size() == 1, std::to_string(data.size()) + " data segments from our host, expected 1")) {
            c.expect(data[0]->packet.tcp.seq == isn + 1, "the data does not start at ISN+1");
            c.expect(data[0]->packet.tcp.payload.size() == 6, "the data segment's len is not 6");
        }
        // Our FIN takes the sequence number after the data (ISN+7); the kernel acknowledges it
        // with ISN+8, the FIN occupying one (RFC 9293 §3.4, §3.10.4).
        if (c.expect(fins.size() == 1, std::to_string(fins.size()) + " FINs from our host, expected 1")) {
            c.expect(fins[0]->packet.tcp.seq == isn + 7, "our FIN's seq is not ISN+7");
            c.expect(kernelAcks(isn + 8), "the kernel never acknowledged our FIN with ISN+8");
        }

        // The narration names the kernel as the diagram does: its SYN,ACK (RFC 9293 Figure 6,
        // acknowledging ISN+1) and its arrival at our host.
        const sim::SegmentRecord& synAck = t.segments[1];
        c.expect(flagsOf(synAck) == "B:S." && synAck.packet.tcp.ack == isn + 1, "segment 2 is not the SYN,ACK");
        window.document()->setPlayhead(window.document()->endTime());
        const auto* narration = window.findChild<ui::NarrationPanel*>();
        if (c.expect(narration != nullptr, "no narration panel")) {
            const QStringList s = narration->sentences();
            const QString sent = QStringLiteral("Host B (Linux kernel) sends SYN+ACK (seq = %1, ack = %2).")
                                     .arg(synAck.packet.tcp.seq)
                                     .arg(isn + 1);
            const QString arrived =
                QStringLiteral("Host A receives SYN+ACK (seq = %1, ack = %2) from Host B (Linux kernel).")
                    .arg(synAck.packet.tcp.seq)
                    .arg(isn + 1);
            c.expect(s.contains(sent), "no sentence '" + sent.toStdString() + "' in:\n" +
                                           s.join(QLatin1Char('\n')).toStdString());
            c.expect(s.contains(arrived), "no sentence '" + arrived.toStdString() + "'");
            for (const QString& line : s)
                c.expect(!line.contains(QRegularExpression(QStringLiteral("Host B(?! \\(Linux kernel\\))"))),
                         "a sentence calls the kernel plain Host B: " + line.toStdString());
        }
        return c.failures();
    });
}

TEST(LiveSessionGui, TheLiveToolbarAbortsWithOneRstAtSndNxt)
{
    ACKADEMY_RUN_IN_NETNS([]() -> std::string {
        Checks c;
        ChildApp app;
        const ui::MainWindowOptions options{.persistSettings = false, .interactive = false};
        ui::MainWindow window(options);
        ui::LiveControlBar* bar = window.liveControls();
        const int listener = net::test::kernel_listen(0, 7788);
        if (!c.expect(listener >= 0, "the kernel cannot listen on port 7788")) return c.failures();
        std::string received;
        std::thread server = kernelServer(listener, {}, &received);
        if (!window.startLiveSession(connectSettings())) {
            server.join();
            ::close(listener);
            return skipIfNoTun(window.statusBar()->currentMessage());
        }
        // Send is enabled in ESTABLISHED only; Abort already in SYN-RECEIVED, which our
        // host as the client never passes, but waiting for Send makes the state certain.
        c.expect(QTest::qWaitFor([&] { return bar->sendAction()->isEnabled(); }, 3000),
                 "Send was not enabled once the connection was established");
        c.expect(bar->abortAction()->isEnabled(), "Abort is not enabled in ESTABLISHED");
        bar->abortAction()->trigger();
        c.expect(window.statusBar()->currentMessage() ==
                     QStringLiteral("Host A aborts the connection: it sends RST and forgets the connection."),
                 "status: " + window.statusBar()->currentMessage().toStdString());
        (void)QTest::qWaitFor([&] { return !window.document()->isLive(); }, 5000);
        server.join(); // its read ends with the reset
        ::close(listener);
        c.expect(!window.document()->isLive(), "the session did not end within 5 s after the abort");
        c.expect(!bar->abortAction()->isEnabled(), "Abort stays enabled after the end");

        // RFC 9293 §3.10.5, ABORT in ESTABLISHED: one <SEQ=SND.NXT><CTL=RST>, and nothing sent
        // after the handshake before it, so SND.NXT is ISN+1. No FIN.
        const sim::Timeline& t = window.document()->timeline();
        if (!c.expect(!t.segments.empty() && flagsOf(t.segments[0]) == "A:S", "the first segment is not our SYN"))
            return c.failures();
        const tcp::SeqNum isn = t.segments[0].packet.tcp.seq;
        int rsts = 0, fins = 0;
        for (const sim::SegmentRecord& r : t.segments) {
            if (r.from != sim::HostId::A) continue;
            if (r.packet.tcp.flags.rst()) {
                ++rsts;
                c.expect(r.packet.tcp.seq == isn + 1, "our RST's seq is not ISN+1");
            }
            if (r.packet.tcp.flags.fin()) ++fins;
        }
        c.expect(rsts == 1, std::to_string(rsts) + " RSTs from our host, expected 1");
        c.expect(fins == 0, "our host sent a FIN on abort");
        c.expect(received.empty(), "the kernel received '" + received + "'");
        return c.failures();
    });
}
