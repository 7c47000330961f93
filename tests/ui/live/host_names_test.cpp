// How the panels name the hosts: "Host A", "Host B" in a simulated lesson (unchanged), and
// "Host B (Linux kernel)" for the kernel of a live recording, in the narration, the event
// list, the packet inspector and the state diagram's caption. No kernel is needed: a
// recording is begun directly with the Document, as LiveSession::start() begins it.

#include "core/scenario/builtin.hpp"
#include "ui/document.hpp"
#include "ui/event_list_model.hpp"
#include "ui/language.hpp"
#include "ui/live_controls.hpp"
#include "ui/main_window.hpp"
#include "ui/panels/host_panel.hpp"
#include "ui/panels/narration_panel.hpp"
#include "ui/panels/packet_inspector.hpp"
#include "ui/panels/state_diagram.hpp"

#include <QCoreApplication>
#include <QLabel>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace ackademy;

namespace {

std::unique_ptr<ui::Document> lesson(const char* name)
{
    auto doc = std::make_unique<ui::Document>();
    auto scenario = scenario::builtin_scenario(name);
    if (!scenario || !doc->load(*scenario, QString::fromLatin1(name))) return nullptr;
    return doc;
}

/// The handshake lesson's own timeline, begun as a live recording with B as the kernel.
void recordAsLive(ui::Document& doc)
{
    const sim::Scenario description = doc.scenario();
    const sim::Timeline timeline = doc.timeline();
    doc.beginRecording(description, timeline, QStringLiteral("Ackademy (Host A)"),
                       QStringLiteral("This computer (Linux kernel)"), sim::HostId::B);
    doc.setPlayhead(doc.endTime());
}

} // namespace

TEST(HostNames, ASimulatedLessonSaysHostAAndHostBAsBefore)
{
    auto doc = lesson("handshake");
    ASSERT_TRUE(doc);
    EXPECT_EQ(doc->hostName(sim::HostId::A), QStringLiteral("A"));
    EXPECT_EQ(doc->hostName(sim::HostId::B), QStringLiteral("B"));
    EXPECT_FALSE(doc->isKernel(sim::HostId::B));
    ui::NarrationPanel narration(doc.get());
    doc->setPlayhead(doc->endTime());
    const QStringList s = narration.sentences();
    ASSERT_GE(s.size(), 4);
    // The textbook handshake (README: ISNs 3626544836 and 1739326486), RFC 9293 Figure 6: the
    // SYN,ACK acknowledges A's ISN + 1. Word for word what the templates said before live mode
    // named the kernel.
    EXPECT_TRUE(s.contains(QStringLiteral("First handshake: Host A sends SYN (seq = 3626544836) and enters "
                                          "SYN-SENT, waiting for Host B to confirm.")))
        << s.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(s.contains(QStringLiteral("Host B receives SYN (seq = 3626544836) from Host A.")))
        << s.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(s.contains(QStringLiteral("Second handshake: Host B sends SYN+ACK (seq = 1739326486, ack = "
                                          "3626544837) and enters SYN-RECEIVED, waiting for Host A to "
                                          "acknowledge it.")))
        << s.join(QLatin1Char('\n')).toStdString();
    for (const QString& line : s) EXPECT_FALSE(line.contains(QStringLiteral("kernel"))) << line.toStdString();

    // The event list and the inspector, too.
    ui::EventListModel events(doc.get());
    EXPECT_EQ(events.data(events.index(1, ui::EventListModel::Host)).toString(), QStringLiteral("B → A"));
    ui::PacketInspector inspector(doc.get());
    doc->setSelectedSegment(1);
    const auto* title = inspector.findChild<QLabel*>(QStringLiteral("PacketInspectorTitle"));
    ASSERT_NE(title, nullptr);
    EXPECT_TRUE(title->text().startsWith(QStringLiteral("Segment #2: SYN+ACK from Host B to Host A, sent at ")))
        << title->text().toStdString();
}

TEST(HostNames, ALiveRecordingNamesTheKernelEverywhereItNamesHostB)
{
    auto doc = lesson("handshake");
    ASSERT_TRUE(doc);
    ui::NarrationPanel narration(doc.get());
    ui::StateDiagramView states(doc.get());
    ui::EventListModel events(doc.get());
    ui::HostsPanel hosts(doc.get());
    auto hostTitle = [&](sim::HostId h) {
        const auto* label = hosts.panel(h)->findChild<QLabel*>(QStringLiteral("HostPanelTitle"));
        return label != nullptr ? label->text() : QString();
    };
    EXPECT_EQ(hostTitle(sim::HostId::B), QStringLiteral("Host B · 192.168.1.123:7788"));
    recordAsLive(*doc);
    EXPECT_EQ(doc->hostName(sim::HostId::A), QStringLiteral("A"));
    EXPECT_EQ(doc->hostName(sim::HostId::B), QStringLiteral("B (Linux kernel)"));

    const QStringList s = narration.sentences();
    // The same segment as above, now sent by the kernel.
    EXPECT_TRUE(s.contains(QStringLiteral("Second handshake: Host B (Linux kernel) sends SYN+ACK (seq = "
                                          "1739326486, ack = 3626544837) and enters SYN-RECEIVED, waiting "
                                          "for Host A to acknowledge it.")))
        << s.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(s.contains(QStringLiteral("Host A receives SYN+ACK (seq = 1739326486, ack = 3626544837) from "
                                          "Host B (Linux kernel).")))
        << s.join(QLatin1Char('\n')).toStdString();
    for (const QString& line : s)
        EXPECT_FALSE(line.contains(QRegularExpression(QStringLiteral("Host B(?! \\(Linux kernel\\))"))))
            << line.toStdString();

    EXPECT_EQ(events.data(events.index(1, ui::EventListModel::Host)).toString(),
              QStringLiteral("B (Linux kernel) → A"));
    EXPECT_TRUE(events.data(events.index(1, ui::EventListModel::Event), Qt::AccessibleTextRole)
                    .toString()
                    .contains(QStringLiteral("from host B (Linux kernel) to host A")));
    ui::PacketInspector inspector(doc.get());
    doc->setSelectedSegment(1);
    const auto* title = inspector.findChild<QLabel*>(QStringLiteral("PacketInspectorTitle"));
    ASSERT_NE(title, nullptr);
    EXPECT_TRUE(title->text().startsWith(
        QStringLiteral("Segment #2: SYN+ACK from Host B (Linux kernel) to Host A, sent at ")))
        << title->text().toStdString();
    EXPECT_EQ(hostTitle(sim::HostId::A), QStringLiteral("Host A · 192.168.1.116:3337"));
    EXPECT_EQ(hostTitle(sim::HostId::B), QStringLiteral("Host B (Linux kernel) · 192.168.1.123:7788"));
    // The kernel's states cannot be observed: no marker, and the caption says so.
    EXPECT_TRUE(states.accessibleDescription().endsWith(
        QStringLiteral("Host B (Linux kernel): its states cannot be observed from outside")))
        << states.accessibleDescription().toStdString();

    // A lesson opened afterwards is simulated again: plain letters.
    auto scenario = scenario::builtin_scenario("handshake");
    ASSERT_TRUE(scenario);
    ASSERT_TRUE(doc->load(*scenario, QStringLiteral("handshake")));
    EXPECT_EQ(doc->hostName(sim::HostId::B), QStringLiteral("B"));
    doc->setPlayhead(doc->endTime());
    for (const QString& line : narration.sentences())
        EXPECT_FALSE(line.contains(QStringLiteral("kernel"))) << line.toStdString();
}

TEST(LiveControls, OnlyTheStatesOfOurOpenConnectionAllowSendCloseAbort)
{
    // RFC 9293 §3.10.2/3.10.4/3.10.5: SEND and CLOSE in ESTABLISHED and CLOSE-WAIT; ABORT in
    // any state with a connection to reset; nothing once it is gone.
    auto at = [](std::initializer_list<std::pair<tcp::State, bool>> states) {
        sim::Timeline t;
        for (const auto& [state, open] : states) {
            sim::StateInterval st;
            st.host = sim::HostId::A;
            st.state = state;
            if (!open) st.end = Time{1};
            t.states.push_back(st);
        }
        return ui::LiveControlBar::allowed(t);
    };
    auto is = [](ui::LiveControlBar::Allowed a, bool send, bool close, bool abort) {
        return a.send == send && a.close == close && a.abort == abort;
    };
    EXPECT_TRUE(is(at({}), false, false, false));
    // RFC 9293 §3.10.5: ABORT in SYN-SENT, CLOSING or LAST-ACK sends no RST, so no Abort there.
    EXPECT_TRUE(is(at({{tcp::State::SynSent, true}}), false, false, false));
    EXPECT_TRUE(is(at({{tcp::State::SynReceived, true}}), false, false, true));
    EXPECT_TRUE(is(at({{tcp::State::FinWait1, false}, {tcp::State::Closing, true}}), false, false, false));
    EXPECT_TRUE(is(at({{tcp::State::CloseWait, false}, {tcp::State::LastAck, true}}), false, false, false));
    EXPECT_TRUE(is(at({{tcp::State::SynSent, false}, {tcp::State::Established, true}}), true, true, true));
    EXPECT_TRUE(is(at({{tcp::State::Listen, true}, {tcp::State::CloseWait, true}}), true, true, true));
    EXPECT_TRUE(is(at({{tcp::State::Established, false}, {tcp::State::FinWait1, true}}), false, false, true));
    EXPECT_TRUE(is(at({{tcp::State::FinWait1, false}, {tcp::State::FinWait2, true}}), false, false, true));
    EXPECT_TRUE(is(at({{tcp::State::FinWait2, false}, {tcp::State::TimeWait, true}}), false, false, false));
    EXPECT_TRUE(is(at({{tcp::State::Listen, true}}), false, false, false));
    EXPECT_TRUE(is(at({{tcp::State::LastAck, false}, {tcp::State::Closed, true}}), false, false, false));
}

TEST(LiveControls, TheLiveRowFitsTheDefaultWindowInEveryLanguage)
{
    // docs/translating.md: the main window must fit 1280 pixels wide in every language. The
    // live row's last button (Abort) must be on screen, not behind the toolbar's » menu.
    const ui::MainWindowOptions options{.persistSettings = false, .interactive = false};
    ui::MainWindow w(options);
    w.resize(1280, 800);
    w.show();
    recordAsLive(*w.document());
    ui::LiveControlBar* bar = w.liveControls();
    ASSERT_NE(bar, nullptr);
    for (const QString& code : {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es"),
                                QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        ui::Language::instance()->apply(code);
        QCoreApplication::processEvents();
        EXPECT_TRUE(bar->isVisible()) << code.toStdString();
        const QWidget* abort = bar->widgetForAction(bar->abortAction());
        ASSERT_NE(abort, nullptr);
        EXPECT_TRUE(abort->isVisible()) << code.toStdString() << ": Abort is hidden in the overflow menu";
        EXPECT_LE(abort->mapTo(&w, QPoint(abort->width(), 0)).x(), w.width()) << code.toStdString();
    }
    // The kernel's name follows the language, in the sentences' own punctuation.
    ui::Language::instance()->apply(QStringLiteral("zh_CN"));
    EXPECT_EQ(w.document()->hostName(sim::HostId::B), QStringLiteral("B（Linux 内核）"));
    ui::Language::instance()->apply(QStringLiteral("en"));
    QCoreApplication::processEvents();
    EXPECT_EQ(w.document()->hostName(sim::HostId::B), QStringLiteral("B (Linux kernel)"));
}
