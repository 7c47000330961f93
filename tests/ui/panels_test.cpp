// The panels of issue 6: packet inspector, narration, host state, trace export.
#include "core/scenario/builtin.hpp"
#include "core/trace/narration.hpp"
#include "core/trace/pcap.hpp"
#include "core/trace/tcpdump.hpp"
#include "core/trace/vantage.hpp"
#include "ui/document.hpp"
#include "ui/main_window.hpp"
#include "ui/panels/host_panel.hpp"
#include "ui/panels/narration_panel.hpp"
#include "ui/panels/packet_inspector.hpp"
#include "ui/trace_export.hpp"

#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QtTest/QTest>

#include <gtest/gtest.h>

#include <cstdio>
#include <memory>

using namespace ackademy;
using ui::Document;

namespace {

std::unique_ptr<Document> load(const char* name)
{
    auto doc = std::make_unique<Document>();
    auto scenario = scenario::builtin_scenario(name);
    if (!scenario || !doc->load(*scenario, QString::fromLatin1(name))) return nullptr;
    return doc;
}

QString valueOf(const ui::PacketInspector& inspector, const char* field)
{
    QTreeWidgetItem* item = inspector.field(QString::fromLatin1(field));
    return item != nullptr ? item->text(1) : QStringLiteral("<no field %1>").arg(QLatin1String(field));
}

std::string run(const std::string& command)
{
    std::string out;
    FILE* p = ::popen(command.c_str(), "r");
    if (p == nullptr) return out;
    char buffer[4096];
    while (std::fgets(buffer, sizeof buffer, p) != nullptr) out += buffer;
    ::pclose(p);
    return out;
}

} // namespace

// ----- Packet inspector -----------------------------------------------------------------

TEST(PacketInspector, ShowsTheTextbookSynWithACorrectChecksum)
{
    auto doc = load("handshake");
    ASSERT_TRUE(doc);
    doc->setSelectedSegment(0);
    ui::PacketInspector inspector(doc.get());
    EXPECT_EQ(inspector.segment(), 0);
    EXPECT_TRUE(valueOf(inspector, "tcp.seq").startsWith(QStringLiteral("3626544836 (relative 0)")))
        << valueOf(inspector, "tcp.seq").toStdString();
    EXPECT_EQ(valueOf(inspector, "tcp.flags.syn"), QStringLiteral("1: set"));
    EXPECT_EQ(valueOf(inspector, "tcp.flags.ack"), QStringLiteral("0: not set"));
    EXPECT_EQ(valueOf(inspector, "tcp.flags.fin"), QStringLiteral("0: not set"));
    EXPECT_TRUE(valueOf(inspector, "tcp.window_size").startsWith(QStringLiteral("65535")));
    EXPECT_EQ(valueOf(inspector, "tcp.options.mss"), QStringLiteral("1460 bytes"));
    EXPECT_TRUE(valueOf(inspector, "tcp.checksum").endsWith(QStringLiteral("(correct)")));
    EXPECT_TRUE(valueOf(inspector, "ip.checksum").endsWith(QStringLiteral("(correct)")));
    EXPECT_EQ(valueOf(inspector, "tcp.srcport"), QStringLiteral("3337"));
    EXPECT_EQ(valueOf(inspector, "tcp.dstport"), QStringLiteral("7788"));
    EXPECT_TRUE(valueOf(inspector, "tcp.hdr_len").startsWith(QStringLiteral("6 (24 bytes")));
    EXPECT_TRUE(valueOf(inspector, "tcp.ack").contains(QStringLiteral("not used")));
    EXPECT_EQ(inspector.field(QStringLiteral("tcp.payload")), nullptr); // a SYN carries no data
}

TEST(PacketInspector, SelectingAFieldHighlightsItsBytes)
{
    auto doc = load("handshake");
    ASSERT_TRUE(doc);
    doc->setSelectedSegment(0);
    ui::PacketInspector inspector(doc.get());
    inspector.resize(900, 500);
    inspector.show();
    QTreeWidgetItem* seq = inspector.field(QStringLiteral("tcp.seq"));
    ASSERT_NE(seq, nullptr);
    inspector.tree()->setCurrentItem(seq);
    EXPECT_EQ(inspector.highlightedRange(), qMakePair(24, 4)); // bytes 24..27 of the IPv4 packet
    // The highlighted hex digits are those of the sequence number, 3626544836 = d8 29 4a c4... as encoded.
    const tcp::Bytes bytes = doc->timeline().segments[0].encode();
    QString expected;
    for (int i = 24; i < 28; ++i)
        expected += QStringLiteral("%1 ").arg(bytes[static_cast<std::size_t>(i)], 2, 16, QLatin1Char('0'));
    const auto selections = inspector.hexView()->extraSelections();
    ASSERT_FALSE(selections.isEmpty());
    EXPECT_EQ(selections.front().cursor.selectedText() + QLatin1Char(' '), expected);
    EXPECT_EQ(QStringLiteral("%1").arg(3626544836U, 8, 16, QLatin1Char('0')),
              QString(expected).remove(QLatin1Char(' ')));

    // Hovering another field highlights its bytes; the MSS option sits at 40..43.
    QTreeWidgetItem* mss = inspector.field(QStringLiteral("tcp.options.mss"));
    ASSERT_NE(mss, nullptr);
    inspector.highlightItem(mss);
    EXPECT_EQ(inspector.highlightedRange(), qMakePair(40, 4));
    inspector.highlightItem(nullptr); // leaving the tree: back to the selected field
    EXPECT_EQ(inspector.highlightedRange(), qMakePair(24, 4));
    EXPECT_EQ(inspector.field(QStringLiteral("ip.src"))->data(0, ui::PacketInspector::OffsetRole).toInt(),
              12);
}

TEST(PacketInspector, WithoutASelectionShowsTheLatestSegmentAndItsData)
{
    auto doc = load("handshake-data-close");
    ASSERT_TRUE(doc);
    ui::PacketInspector inspector(doc.get());
    doc->setPlayhead(std::chrono::milliseconds(200)); // A sends its 17 bytes
    ASSERT_GE(inspector.segment(), 0);
    const auto& seg = doc->timeline().segments[static_cast<std::size_t>(inspector.segment())];
    EXPECT_EQ(seg.packet.tcp.payload.size(), 17U);
    EXPECT_TRUE(valueOf(inspector, "tcp.payload").startsWith(QStringLiteral("“")))
        << valueOf(inspector, "tcp.payload").toStdString();
    EXPECT_TRUE(valueOf(inspector, "tcp.flags.push").startsWith(QStringLiteral("1")));
    EXPECT_TRUE(valueOf(inspector, "tcp.ack").startsWith(QStringLiteral("1739326487 (relative 1)")));
    doc->setRelativeNumbers(true);
    EXPECT_TRUE(valueOf(inspector, "tcp.seq").startsWith(QStringLiteral("1 (absolute 3626544837)")));
}

// ----- Narration ------------------------------------------------------------------------

TEST(Narration, OneSentencePerEventUpToThePlayhead)
{
    auto doc = load("handshake-data-close");
    ASSERT_TRUE(doc);
    ui::NarrationPanel panel(doc.get());
    const auto lines = trace::narrate(doc->timeline(), doc->scenario().drops);
    ASSERT_GT(lines.size(), 20U);
    for (Time t : doc->stepTimes()) {
        doc->setPlayhead(t);
        std::size_t expected = 0;
        for (const auto& l : lines) expected += l.at <= t ? 1 : 0;
        const QStringList sentences = panel.sentences();
        ASSERT_EQ(static_cast<std::size_t>(sentences.size()), expected) << "at " << t.count() << " us";
        // The view shows them all (a lesson is short), the latest last.
        const QString shown = panel.view()->toPlainText();
        EXPECT_TRUE(shown.contains(sentences.back())) << sentences.back().toStdString();
    }
    doc->setPlayhead(Time(0));
    const QStringList first = panel.sentences();
    ASSERT_EQ(first.size(), 2);
    EXPECT_EQ(first[1],
              QStringLiteral("First handshake: Host A sends SYN (seq = 3626544836) and enters SYN-SENT, "
                             "waiting for Host B to confirm."));
}

TEST(Narration, SentencesNameTheirRuleWithItsSource)
{
    EXPECT_EQ(ui::NarrationPanel::ruleCitation("SS-6"), QStringLiteral("RFC 9293 §3.10.7.3, SS-6"));
    EXPECT_EQ(ui::NarrationPanel::ruleCitation("TX-1"), QStringLiteral("RFC 9293 §3.10.7.4, TX-1"));
    EXPECT_EQ(ui::NarrationPanel::ruleCitation("RT-8"), QStringLiteral("RFC 6298, RT-8"));
    EXPECT_EQ(ui::NarrationPanel::ruleCitation("LX-12"), QStringLiteral("Linux, LX-12"));
    EXPECT_EQ(ui::NarrationPanel::ruleCitation("UC-2"), QStringLiteral("RFC 9293 §3.10.1–3.10.6, UC-2"));
    trace::NarrationLine send;
    send.rule = "UC-2";
    send.state_rule = "ST-02";
    EXPECT_EQ(ui::NarrationPanel::citation(send), QStringLiteral("RFC 9293 §3.10.1–3.10.6, UC-2, ST-02"));
    send.rule = "TX-1";
    EXPECT_EQ(ui::NarrationPanel::citation(send),
              QStringLiteral("RFC 9293 §3.10.7.4, TX-1; RFC 9293 §3.10.1–3.10.6, ST-02"));

    auto doc = load("handshake");
    ASSERT_TRUE(doc);
    ui::NarrationPanel panel(doc.get());
    doc->setPlayhead(doc->endTime());
    const QString text = panel.view()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("RFC 9293 §3.10.7.3, SS-6"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("▶"))); // the latest is marked, not only coloured
}

TEST(Narration, RelativeNumbersFollowTheDiagram)
{
    auto doc = load("handshake");
    ASSERT_TRUE(doc);
    ui::NarrationPanel panel(doc.get());
    doc->setRelativeNumbers(true);
    doc->setPlayhead(std::chrono::milliseconds(50));
    EXPECT_TRUE(panel.sentences().back().contains(QStringLiteral("(seq = 0, ack = 1)")))
        << panel.sentences().back().toStdString();
}

// Issue 7: every sentence is one template. The textbook handshake's three steps, written out
// by hand (ISNs 3626544836 and 1739326486; each ACK is the peer's ISN + 1, RFC 9293 §3.5).
TEST(Narration, NamesTheHandshakesThreeStepsInWholeSentences)
{
    auto doc = load("handshake");
    ASSERT_TRUE(doc);
    ui::NarrationPanel panel(doc.get());
    doc->setPlayhead(doc->endTime());
    const QStringList all = panel.sentences();
    for (const char* expected :
         {"First handshake: Host A sends SYN (seq = 3626544836) and enters SYN-SENT, waiting for Host B to "
          "confirm.",
          "Host B receives SYN (seq = 3626544836) from Host A.",
          "Second handshake: Host B sends SYN+ACK (seq = 1739326486, ack = 3626544837) and enters "
          "SYN-RECEIVED, waiting for Host A to acknowledge it.",
          "Third handshake: Host A sends ACK (seq = 3626544837, ack = 1739326487) and enters ESTABLISHED: "
          "the connection is open.",
          "Host B moves from SYN-RECEIVED to ESTABLISHED: the connection is open."})
        EXPECT_TRUE(all.contains(QString::fromUtf8(expected)))
            << expected << "\nnot in\n" << all.join(QLatin1Char('\n')).toStdString();
}

// The lost SYN,ACK: B's timer, then its retransmission, numbered (RFC 6298 (5.4)-(5.6)).
TEST(Narration, TellsARetransmissionWithItsNumber)
{
    auto doc = load("synack-lost");
    ASSERT_TRUE(doc);
    ui::NarrationPanel panel(doc.get());
    doc->setPlayhead(doc->endTime());
    const QStringList all = panel.sentences();
    for (const char* expected :
         {"The SYN+ACK (seq = 1739326486, ack = 3626544837) from Host B to Host A is lost (drop rule "
          "B:S.).",
          "Host B's retransmission timer expires.",
          "Host B retransmits SYN+ACK (seq = 1739326486, ack = 3626544837), retransmission #1."})
        EXPECT_TRUE(all.contains(QString::fromUtf8(expected)))
            << expected << "\nnot in\n" << all.join(QLatin1Char('\n')).toStdString();
}

// The GUI's templates and the CLI's English narrator (core/trace/narration.cpp, which puts its
// sentences together from parts) are written independently; on every built-in lesson they must
// tell the same story. The GUI adds the handshake's step names and writes a retransmission
// count as a clause, and %Ln writes byte counts the locale's way ("1,460"); all three are
// undone here before comparing.
TEST(Narration, TemplatesAgreeWithTheCoreNarratorOnEveryLesson)
{
    int compared = 0;
    for (const scenario::BuiltinInfo& info : scenario::builtin_scenarios()) {
        auto doc = load(info.name.c_str());
        ASSERT_TRUE(doc) << info.name;
        for (const trace::NarrationLine& l : trace::narrate(doc->timeline(), doc->scenario().drops)) {
            std::string core = trace::english(l);
            if (const auto bracket = core.rfind(" ["); bracket != std::string::npos && core.back() == ']')
                core.erase(bracket);
            QString gui = ui::NarrationPanel::sentence(l, doc->timeline(), false);
            for (const char* step : {"First handshake: ", "Second handshake: ", "Third handshake: "})
                gui.remove(QString::fromLatin1(step));
            gui.replace(QRegularExpression(QStringLiteral(", retransmission #(\\d+)(,|\\.)")),
                        QStringLiteral(" (retransmission #\\1)\\2"))
                .replace(QStringLiteral("), and enters"), QStringLiteral(") and enters"))
                .replace(QRegularExpression(QStringLiteral("(\\d),(\\d{3}) byte")),
                         QStringLiteral("\\1\\2 byte"));
            EXPECT_EQ(gui.toStdString(), core) << info.name;
            ++compared;
        }
    }
    EXPECT_GT(compared, 200);
}

// Every (state, retransmission, step) has its template, and each fills all its placeholders.
TEST(Narration, EveryStateHasAWholeSentence)
{
    const sim::Timeline empty;
    const tcp::State states[] = {tcp::State::Closed,    tcp::State::Listen,      tcp::State::SynSent,
                                 tcp::State::SynReceived, tcp::State::Established, tcp::State::FinWait1,
                                 tcp::State::FinWait2,  tcp::State::CloseWait,   tcp::State::Closing,
                                 tcp::State::LastAck,   tcp::State::TimeWait};
    for (tcp::State to : states) {
        for (trace::NarrationKind kind : {trace::NarrationKind::Send, trace::NarrationKind::StateChange}) {
            for (int retransmission : {0, 2}) {
                for (tcp::State from : {tcp::State::Closed, tcp::State::SynSent, tcp::State::TimeWait}) {
                    trace::NarrationLine l;
                    l.kind = kind;
                    l.host = sim::HostId::B;
                    l.peer = sim::HostId::A;
                    l.seq = 7;
                    l.retransmission = retransmission;
                    l.from = from;
                    l.to = to;
                    const QString s = ui::NarrationPanel::sentence(l, empty, false);
                    const std::string where = std::string(tcp::rfc_name(from)) + " -> " +
                                              std::string(tcp::rfc_name(to)) + ": " + s.toStdString();
                    const std::string_view name = tcp::rfc_name(to);
                    const QString state =
                        QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
                    EXPECT_TRUE(s.startsWith(QStringLiteral("Host B ")) ||
                                s.contains(QStringLiteral(": Host B ")))
                        << where;
                    EXPECT_TRUE(s.contains(state) && s.endsWith(QLatin1Char('.'))) << where;
                    EXPECT_FALSE(s.contains(QRegularExpression(QStringLiteral("%\\d")))) << where;
                    if (kind == trace::NarrationKind::Send) {
                        EXPECT_TRUE(s.contains(QStringLiteral("(seq = 7)"))) << where;
                        EXPECT_EQ(s.contains(QStringLiteral("retransmission #2")), retransmission > 0)
                            << where;
                    }
                }
            }
        }
    }
}

// ----- Host panels ----------------------------------------------------------------------

TEST(HostPanels, ShowSndUnaAndRcvNxtAtEveryStepOfHandshakeDataClose)
{
    auto doc = load("handshake-data-close");
    ASSERT_TRUE(doc);
    ui::HostsPanel hosts(doc.get());
    const sim::Timeline& t = doc->timeline();
    const tcp::SeqNum issA = 3626544836U;
    const tcp::SeqNum issB = 1739326486U;
    ASSERT_EQ(t.segments[0].packet.tcp.seq, issA);

    for (Time now : doc->stepTimes()) {
        doc->setPlayhead(now);
        for (sim::HostId h : {sim::HostId::A, sim::HostId::B}) {
            const ui::HostPanel* p = hosts.panel(h);
            const QString state = p->value(QStringLiteral("state"));
            if (state != QLatin1String("ESTABLISHED") && state != QLatin1String("FIN-WAIT-1") &&
                state != QLatin1String("FIN-WAIT-2") && state != QLatin1String("CLOSE-WAIT") &&
                state != QLatin1String("LAST-ACK") && state != QLatin1String("TIME-WAIT"))
                continue;
            // Independently of the engine: SND.UNA is the highest ACK that reached the host (or
            // its ISS), RCV.NXT the end of the peer's data and SYN/FIN that reached it.
            const tcp::SeqNum iss = h == sim::HostId::A ? issA : issB;
            const tcp::SeqNum irs = h == sim::HostId::A ? issB : issA;
            tcp::SeqNum una = iss;
            tcp::SeqNum rcv = irs;
            for (const auto& s : t.segments) {
                if (!s.arrived || *s.arrived > now || s.from == h) continue;
                if (s.packet.tcp.flags.ack()) una = tcp::seq_max(una, s.packet.tcp.ack);
                rcv = tcp::seq_max(rcv, s.packet.tcp.seq + s.packet.tcp.seg_len());
            }
            EXPECT_EQ(p->value(QStringLiteral("snd_una")), QString::number(una))
                << "host " << sim::host_letter(h) << " at " << now.count() << " us in "
                << state.toStdString();
            EXPECT_EQ(p->value(QStringLiteral("rcv_nxt")), QString::number(rcv))
                << "host " << sim::host_letter(h) << " at " << now.count() << " us in "
                << state.toStdString();
        }
    }

    // Spot checks against the textbook trace.
    doc->setPlayhead(std::chrono::milliseconds(0));
    EXPECT_EQ(hosts.panel(sim::HostId::A)->value(QStringLiteral("state")), QStringLiteral("SYN-SENT"));
    EXPECT_EQ(hosts.panel(sim::HostId::A)->value(QStringLiteral("snd_nxt")), QStringLiteral("3626544837"));
    EXPECT_EQ(hosts.panel(sim::HostId::A)->value(QStringLiteral("rcv_nxt")), QStringLiteral("—"));
    EXPECT_EQ(hosts.panel(sim::HostId::B)->value(QStringLiteral("state")), QStringLiteral("LISTEN"));
    doc->setPlayhead(std::chrono::milliseconds(50));
    EXPECT_EQ(hosts.panel(sim::HostId::B)->value(QStringLiteral("state")), QStringLiteral("SYN-RECEIVED"));
    EXPECT_EQ(hosts.panel(sim::HostId::B)->valueToolTip(QStringLiteral("state")),
              QStringLiteral("Linux calls it SYN_RECV (as ss and netstat print it)"));
    EXPECT_EQ(hosts.panel(sim::HostId::B)->value(QStringLiteral("rcv_nxt")), QStringLiteral("3626544837"));
    EXPECT_EQ(hosts.panel(sim::HostId::B)->value(QStringLiteral("snd_una")), QStringLiteral("1739326486"));
    doc->setPlayhead(std::chrono::milliseconds(300));
    EXPECT_EQ(hosts.panel(sim::HostId::A)->value(QStringLiteral("snd_una")), QStringLiteral("3626544854"));
    EXPECT_EQ(hosts.panel(sim::HostId::B)->value(QStringLiteral("rcv_nxt")), QStringLiteral("3626544854"));
    EXPECT_EQ(hosts.panel(sim::HostId::A)->value(QStringLiteral("rto")), QStringLiteral("1.000 s"));

    // Relative numbers, as the diagram shows them: SYN + 17 bytes + FIN.
    doc->setRelativeNumbers(true);
    doc->setPlayhead(std::chrono::milliseconds(850));
    EXPECT_EQ(hosts.panel(sim::HostId::A)->value(QStringLiteral("state")), QStringLiteral("TIME-WAIT"));
    EXPECT_EQ(hosts.panel(sim::HostId::A)->value(QStringLiteral("snd_una")), QStringLiteral("19"));
    EXPECT_EQ(hosts.panel(sim::HostId::A)->value(QStringLiteral("rcv_nxt")), QStringLiteral("26"));
    EXPECT_EQ(hosts.panel(sim::HostId::A)->valueToolTip(QStringLiteral("snd_una")),
              QStringLiteral("absolute 3626544855"));
}

/// Every label of both host panels, in order, with the marks of changed values.
static QStringList hostPanelTexts(const ui::HostsPanel& hosts)
{
    QStringList texts;
    for (const QLabel* label : hosts.findChildren<QLabel*>()) texts << label->text();
    return texts;
}

TEST(HostPanels, SteppingForwardAndBackShowsWhatAFreshPanelShows)
{
    // Stepping reuses the snapshot of the step it leaves; a panel built at the same playhead
    // computes both of its snapshots from scratch. They must agree at every step, both ways.
    auto doc = load("data-loss-rto");
    ASSERT_TRUE(doc);
    ui::HostsPanel stepping(doc.get());
    const std::vector<Time> steps = doc->stepTimes();
    ASSERT_GE(steps.size(), 10U);
    std::vector<Time> walk(steps.begin(), steps.end());
    walk.insert(walk.end(), steps.rbegin() + 1, steps.rend());
    for (Time t : walk) {
        doc->setPlayhead(t);
        ui::HostsPanel fresh(doc.get());
        EXPECT_EQ(hostPanelTexts(stepping), hostPanelTexts(fresh)) << "at " << t.count() << " us";
    }
}

TEST(HostPanels, ShowTheBackedOffRtoAndRetransmissions)
{
    auto doc = load("syn-lost");
    ASSERT_TRUE(doc);
    ui::HostsPanel hosts(doc.get());
    // Just after the first retransmission of the SYN.
    const auto& segs = doc->timeline().segments;
    const auto it = std::find_if(segs.begin(), segs.end(), [](const auto& s) { return s.retransmission; });
    ASSERT_NE(it, segs.end());
    doc->setPlayhead(it->sent);
    const ui::HostPanel* a = hosts.panel(sim::HostId::A);
    EXPECT_EQ(a->value(QStringLiteral("retransmissions")), QStringLiteral("1"));
    EXPECT_TRUE(a->value(QStringLiteral("rto")).startsWith(QStringLiteral("2.000 s (backoff 1)")))
        << a->value(QStringLiteral("rto")).toStdString();
}

// ----- Trace export ---------------------------------------------------------------------

TEST(TraceExport, WritesAPcapThatTcpdumpReads)
{
    auto doc = load("synack-lost");
    ASSERT_TRUE(doc);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString wire = dir.filePath(QStringLiteral("wire.pcap"));
    const QString atA = dir.filePath(QStringLiteral("a.pcap"));
    QString error;
    ASSERT_TRUE(ui::exportTrace(*doc, wire, ui::TraceFormat::Pcap, trace::Vantage::Wire, false, &error))
        << error.toStdString();
    ASSERT_TRUE(ui::exportTrace(*doc, atA, ui::TraceFormat::Pcap, trace::Vantage::A, false, &error))
        << error.toStdString();
    const auto back = trace::read_pcap(wire.toStdString());
    ASSERT_TRUE(back) << *back.error;
    EXPECT_EQ(back.packets, trace::capture(doc->timeline(), trace::Vantage::Wire));
    // Host A never sees the lost SYN,ACK.
    EXPECT_LT(trace::read_pcap(atA.toStdString()).packets.size(), back.packets.size());

    const QString text = dir.filePath(QStringLiteral("wire.txt"));
    ASSERT_TRUE(ui::exportTrace(*doc, text, ui::TraceFormat::Tcpdump, trace::Vantage::Wire, false, &error));
    QFile file(text);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const std::string ours = file.readAll().toStdString();
    EXPECT_EQ(ours, trace::format_tcpdump(back.packets));

    if (run("command -v tcpdump").empty())
        GTEST_SKIP() << "tcpdump is not installed: the pcap was not checked with it";
    const std::string theirs = run("TZ=UTC tcpdump -n -tt -r '" + wire.toStdString() + "' 2>/dev/null");
    EXPECT_EQ(theirs, ours);
}

TEST(TraceExport, JsonLinesAndAClearErrorOnFailure)
{
    auto doc = load("handshake");
    ASSERT_TRUE(doc);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.jsonl"));
    QString error;
    ASSERT_TRUE(ui::exportTrace(*doc, path, ui::TraceFormat::Jsonl, trace::Vantage::Wire, false, &error));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll().toStdString(), trace::to_jsonl(doc->timeline(), doc->scenario().drops));

    const QString bad = dir.filePath(QStringLiteral("no/such/dir/t.pcap"));
    EXPECT_FALSE(ui::exportTrace(*doc, bad, ui::TraceFormat::Pcap, trace::Vantage::Wire, false, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("no/such/dir"))) << error.toStdString();
    EXPECT_FALSE(ui::exportTrace(*doc, bad, ui::TraceFormat::Tcpdump, trace::Vantage::Wire, false, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("no/such/dir"))) << error.toStdString();
}

// ----- In the main window ---------------------------------------------------------------

TEST(Panels, AreDocksOfTheMainWindowWithAFileMenuForTraces)
{
    ui::MainWindow window({.persistSettings = false, .interactive = false});
    for (const char* name : {"PacketInspectorDock", "NarrationDock", "HostsDock"}) {
        auto* dock = window.findChild<QDockWidget*>(QString::fromLatin1(name));
        ASSERT_NE(dock, nullptr) << name;
        EXPECT_FALSE(dock->windowTitle().isEmpty()) << name;
    }
    auto* menu = window.findChild<ui::TraceExportMenu*>();
    ASSERT_NE(menu, nullptr);
    EXPECT_FALSE(menu->title().isEmpty());
    EXPECT_NE(window.findAction(QStringLiteral("actionExportPcap")), nullptr);
    EXPECT_NE(window.findAction(QStringLiteral("actionExportJsonl")), nullptr);
}
