// The classroom views: the state diagram, the cwnd plot, presentation mode, and the diagram's
// fit to the window. Asserted on state and geometry, never on pixels.
#include "core/scenario/builtin.hpp"
#include "ui/diagram/diagram_layout.hpp"
#include "ui/diagram/sequence_diagram_view.hpp"
#include "ui/document.hpp"
#include "ui/main_window.hpp"
#include "ui/panels/cwnd_plot.hpp"
#include "ui/panels/state_diagram.hpp"
#include "ui/playback_controller.hpp"
#include "ui/presentation.hpp"

#include <QAction>
#include <QDockWidget>
#include <QMenuBar>
#include <QScrollBar>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

using namespace ackademy;
using namespace ackademy::ui;

namespace {

std::unique_ptr<Document> load(const char* name)
{
    auto doc = std::make_unique<Document>();
    auto scenario = scenario::builtin_scenario(name);
    EXPECT_TRUE(scenario.has_value()) << name;
    EXPECT_TRUE(doc->load(*scenario, QString::fromLatin1(name)));
    return doc;
}

std::unique_ptr<MainWindow> makeWindow(const QString& scenario, QSize size)
{
    MainWindowOptions options;
    options.persistSettings = false;
    options.interactive = false;
    auto window = std::make_unique<MainWindow>(options);
    EXPECT_TRUE(window->openBuiltin(scenario));
    window->setThemeName(QStringLiteral("light"));
    window->resize(size);
    window->show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    window->activateWindow();
    EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
    return window;
}

/// The oracle, from Timeline::states (not the events the view reads): the state a host is in
/// at `t`, taking the connection whose state began last.
tcp::State expectedState(const sim::Timeline& tl, sim::HostId host, Time t)
{
    tcp::State s = tcp::State::Closed;
    Time begun{-1};
    for (const sim::StateInterval& i : tl.states) {
        if (i.host != host || i.begin > t || i.begin < begun) continue;
        s = i.state;
        begun = i.begin;
    }
    return s;
}

// ----- State diagram -----------------------------------------------------------------------

TEST(StateDiagram, HighlightsEachHostsStateAtEveryStepOfSimultaneousClose)
{
    auto doc = load("simultaneous-close");
    StateDiagramView view(doc.get());
    view.resize(1400, 300);
    std::vector<tcp::State> seenA;
    for (Time t : doc->stepTimes()) {
        doc->setPlayhead(t);
        for (sim::HostId h : {sim::HostId::A, sim::HostId::B}) {
            EXPECT_EQ(view.hostState(h).state, expectedState(doc->timeline(), h, t))
                << "host " << sim::host_letter(h) << " at " << t.count() << " us";
            EXPECT_EQ(stateOf(view.hostState(h).node), view.hostState(h).state);
        }
        if (seenA.empty() || seenA.back() != view.hostState(sim::HostId::A).state)
            seenA.push_back(view.hostState(sim::HostId::A).state);
        EXPECT_FALSE(view.grab().isNull());
    }
    using S = tcp::State;
    EXPECT_EQ(seenA,
              (std::vector<S>{S::SynSent, S::Established, S::FinWait1, S::Closing, S::TimeWait, S::Closed}));

    // The simultaneous close itself: both hosts take FIN-WAIT-1 -> CLOSING, "rcv FIN / snd ACK".
    for (Time t : doc->stepTimes()) {
        doc->setPlayhead(t);
        if (view.hostState(sim::HostId::A).state == S::Closing) break;
    }
    for (sim::HostId h : {sim::HostId::A, sim::HostId::B}) {
        const HostStateAt& s = view.hostState(h);
        EXPECT_EQ(s.state, S::Closing);
        ASSERT_GE(s.edge, 0);
        EXPECT_EQ(stateEdges()[static_cast<std::size_t>(s.edge)].from, StateNode::FinWait1);
        EXPECT_EQ(stateEdges()[static_cast<std::size_t>(s.edge)].to, StateNode::Closing);
    }
    EXPECT_TRUE(
        view.captionText().contains(QStringLiteral("Host A: FIN-WAIT-1 → CLOSING   rcv FIN / snd ACK")))
        << view.captionText().toStdString();

    // At the end both are in the figure's final CLOSED box, reached by the 2 MSL timeout.
    doc->setPlayhead(doc->endTime());
    for (sim::HostId h : {sim::HostId::A, sim::HostId::B}) {
        EXPECT_EQ(view.hostState(h).node, StateNode::ClosedEnd);
        EXPECT_EQ(view.hostState(h).edge, findStateEdge(StateNode::TimeWait, StateNode::ClosedEnd));
    }
}

TEST(StateDiagram, LayoutHasElevenStatesAndClearLabels)
{
    for (bool landscape : {false, true}) {
        const StateDiagramLayout l(QFont(), landscape);
        EXPECT_EQ(l.edges.size(), stateEdges().size());
        for (std::size_t i = 0; i < l.nodes.size(); ++i) {
            EXPECT_TRUE(QRectF(0, 0, l.width, l.height).contains(l.nodes[i]));
            for (std::size_t j = i + 1; j < l.nodes.size(); ++j)
                EXPECT_FALSE(l.nodes[i].intersects(l.nodes[j]));
        }
        int clear = 0;
        for (const auto& e : l.edges) {
            bool overlaps = false;
            for (const QRectF& n : l.nodes) overlaps = overlaps || e.label.intersects(n);
            clear += overlaps ? 0 : 1;
        }
        EXPECT_EQ(clear, static_cast<int>(l.edges.size())) << (landscape ? "landscape" : "portrait");
    }
    // A wide, short panel turns the figure on its side; a tall one keeps the RFC's orientation.
    EXPECT_TRUE(StateDiagramLayout::preferLandscape(QFont(), QSizeF(1900, 250)));
    EXPECT_FALSE(StateDiagramLayout::preferLandscape(QFont(), QSizeF(500, 1000)));
}

// ----- cwnd plot ---------------------------------------------------------------------------

TEST(CwndPlot, FollowsTheSendersWindowThroughAFastRetransmit)
{
    auto doc = load("fast-retransmit");
    const CwndSeries s = CwndSeries::from(doc->timeline());
    ASSERT_FALSE(s.empty());
    EXPECT_EQ(*s.sender, sim::HostId::A);
    bool dropped = false;
    for (std::size_t i = 1; i < s.samples.size(); ++i)
        dropped = dropped || s.samples[i].cwnd < s.samples[i - 1].cwnd;
    EXPECT_TRUE(dropped) << "the window halves on the third duplicate ACK";
    CwndPlotView view(doc.get());
    view.resize(900, 260);
    EXPECT_FALSE(view.grab().isNull());
    EXPECT_TRUE(CwndSeries::from(load("handshake")->timeline()).empty());
}

// ----- Presentation mode -------------------------------------------------------------------

TEST(Presentation, EntersAndLeavesAndKeepsThePlayhead)
{
    auto window = makeWindow(QStringLiteral("synack-lost"), QSize(1280, 800));
    Document* doc = window->document();
    window->playback()->stepForward();
    window->playback()->stepForward();
    const Time before = doc->playhead();
    auto* events = window->findChild<QDockWidget*>(QStringLiteral("EventListDock"));
    ASSERT_NE(events, nullptr);
    ASSERT_TRUE(events->isVisible());

    QTest::keyClick(window.get(), Qt::Key_F11);
    PresentationMode* p = window->presentation();
    ASSERT_TRUE(p->isActive());
    EXPECT_EQ(doc->playhead(), before);
    EXPECT_FALSE(window->menuBar()->isVisible());
    for (QDockWidget* dock : window->findChildren<QDockWidget*>())
        EXPECT_EQ(dock->isVisible(), dock->objectName() == QLatin1String(PresentationMode::kNarrationDock))
            << dock->objectName().toStdString();
    ASSERT_NE(p->overlay(), nullptr);
    EXPECT_TRUE(p->overlay()->isVisible());
    EXPECT_EQ(window->diagram()->theme().background, QColor(Qt::white)); // high contrast

    // The clicker steps.
    QTest::keyClick(window.get(), Qt::Key_PageDown);
    const Time stepped = doc->playhead();
    EXPECT_EQ(stepped, doc->nextStep(before));
    QTest::keyClick(window.get(), Qt::Key_PageUp);
    EXPECT_EQ(doc->playhead(), before);

    QTest::keyClick(window.get(), Qt::Key_Escape);
    EXPECT_FALSE(p->isActive());
    EXPECT_EQ(doc->playhead(), before);
    EXPECT_TRUE(window->menuBar()->isVisible());
    EXPECT_TRUE(events->isVisible());
    EXPECT_FALSE(p->overlay()->isVisible());
    EXPECT_FALSE(window->findAction(QStringLiteral("actionPresentation"))->isChecked());

    // The toolbar button enters as F11 does.
    window->findAction(QStringLiteral("actionPresentation"))->trigger();
    EXPECT_TRUE(p->isActive());
    EXPECT_EQ(doc->playhead(), before);
    p->leave();
    EXPECT_FALSE(p->isActive());
}

TEST(Presentation, BBlanksTheScreenAndAgainShowsIt)
{
    auto window = makeWindow(QStringLiteral("handshake"), QSize(1280, 800));
    PresentationMode* p = window->presentation();
    QTest::keyClick(window.get(), Qt::Key_B); // not presenting: B does nothing
    EXPECT_FALSE(p->isBlanked());
    p->enter(false);
    const Time t = window->document()->playhead();
    QTest::keyClick(window.get(), Qt::Key_B);
    EXPECT_TRUE(p->isBlanked());
    ASSERT_NE(p->blankScreen(), nullptr);
    EXPECT_TRUE(p->blankScreen()->isVisible());
    EXPECT_EQ(p->blankScreen()->geometry(), window->rect());
    QTest::keyClick(window.get(), Qt::Key_B);
    EXPECT_FALSE(p->isBlanked());
    EXPECT_FALSE(p->blankScreen()->isVisible());
    QTest::keyClick(window.get(), Qt::Key_Period); // the other key clickers send
    EXPECT_TRUE(p->isBlanked());
    QTest::keyClick(window.get(), Qt::Key_Escape); // leaving unblanks
    EXPECT_FALSE(p->isActive());
    EXPECT_FALSE(p->isBlanked());
    EXPECT_EQ(window->document()->playhead(), t);
}

TEST(Presentation, EarlyPlayheadGivesLargeTextThatFitsWhatHasHappened)
{
    auto window = makeWindow(QStringLiteral("synack-lost"), QSize(1920, 1080));
    Document* doc = window->document();
    window->playback()->stepForward();
    window->playback()->stepForward();
    QCoreApplication::processEvents();
    SequenceDiagramView* view = window->diagram();
    const double normalZoom = view->zoom();
    ASSERT_FALSE(view->diagramLayout().segments.empty());
    const double normalText = view->diagramLayout().segments.front().label.height();

    window->presentation()->enter(false);
    QCoreApplication::processEvents();
    EXPECT_GE(view->zoom(), 1.0);
    EXPECT_GT(view->zoom(), normalZoom);
    const DiagramLayout& l = view->diagramLayout();
    EXPECT_GT(l.segments.front().label.height(), normalText);
    // The playhead is in view.
    const double y = l.yAt(doc->playhead()) - view->verticalScrollBar()->value();
    EXPECT_GE(y, l.headerHeight);
    EXPECT_LE(y, view->viewport()->height());

    // Playing on: never below 1.0, and the playhead stays in view.
    for (int i = 0; i < 40 && doc->playhead() < doc->endTime(); ++i) {
        window->playback()->stepForward();
        EXPECT_GE(view->zoom(), 1.0);
        const DiagramLayout& at = view->diagramLayout();
        const double py = at.yAt(doc->playhead()) - view->verticalScrollBar()->value();
        EXPECT_GE(py, at.headerHeight);
        EXPECT_LE(py, view->viewport()->height());
    }

    window->presentation()->leave();
    QCoreApplication::processEvents();
    EXPECT_LE(view->zoom(), 1.0);
    EXPECT_FALSE(view->presentationFit());
}

// ----- Fit to the window -------------------------------------------------------------------

TEST(DiagramFit, ShowsEverySegmentOfSynAckLostAt1920x1080)
{
    auto window = makeWindow(QStringLiteral("synack-lost"), QSize(1920, 1080));
    window->document()->setPlayhead(window->document()->endTime());
    QCoreApplication::processEvents();
    SequenceDiagramView* view = window->diagram();
    EXPECT_TRUE(view->autoFit());
    EXPECT_GE(view->zoom(), SequenceDiagramView::minimumFitZoom());
    const DiagramLayout& l = view->diagramLayout();
    const double top = view->verticalScrollBar()->value();
    const double left = view->horizontalScrollBar()->value();
    const QRectF visible(left, top + l.headerHeight, view->viewport()->width(),
                         view->viewport()->height() - l.headerHeight);
    ASSERT_EQ(l.segments.size(), window->document()->timeline().segments.size());
    for (const SegmentGeometry& g : l.segments) {
        const QRectF box = QRectF(g.start, g.end).normalized().united(g.label);
        EXPECT_TRUE(visible.contains(box)) << "segment " << g.id + 1 << " " << g.title.toStdString();
    }
}

TEST(DiagramFit, KeepsThePlayheadAndTheLatestLossInViewWhenItCannotFit)
{
    auto doc = load("fast-retransmit");
    SequenceDiagramView view(doc.get());
    view.resize(1000, 900);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    EXPECT_DOUBLE_EQ(view.zoom(), SequenceDiagramView::minimumFitZoom()); // it cannot fit
    // Just after the retransmission: the loss it repairs and the playhead are both in view.
    const auto& segs = doc->timeline().segments;
    const auto rtx =
        std::find_if(segs.begin(), segs.end(), [](const sim::SegmentRecord& r) { return r.retransmission; });
    ASSERT_NE(rtx, segs.end());
    doc->setPlayhead(doc->nextStep(rtx->sent));
    const auto [loss, retransmission] = view.importantSegments();
    ASSERT_GE(loss, 0);
    EXPECT_TRUE(segs[static_cast<std::size_t>(loss)].lost());
    EXPECT_EQ(retransmission, rtx->id);
    const DiagramLayout& l = view.diagramLayout();
    const double top = view.verticalScrollBar()->value();
    auto inView = [&](int id) {
        const SegmentGeometry& g = l.segments[static_cast<std::size_t>(id)];
        return g.top() - top >= l.headerHeight - 1 && g.bottom() - top <= view.viewport()->height() + 1;
    };
    // The loss when it fits beside the playhead, else the retransmission that repairs it.
    const SegmentGeometry& lost = l.segments[static_cast<std::size_t>(loss)];
    const bool lossFits =
        l.yAt(doc->playhead()) - lost.top() + 3 * l.lineHeight < view.viewport()->height() - l.headerHeight;
    EXPECT_TRUE(inView(lossFits ? loss : retransmission)) << "loss fits: " << lossFits;
    const double y = l.yAt(doc->playhead()) - top;
    EXPECT_GE(y, l.headerHeight);
    EXPECT_LE(y, view.viewport()->height());
}

TEST(DiagramFit, ZoomingByHandStopsTheFitUntilFitToWindow)
{
    auto doc = load("handshake");
    SequenceDiagramView view(doc.get());
    view.resize(1200, 700);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    ASSERT_TRUE(view.autoFit());
    view.zoomIn();
    const double z = view.zoom();
    EXPECT_FALSE(view.autoFit());
    view.resize(900, 500);
    QCoreApplication::processEvents();
    EXPECT_DOUBLE_EQ(view.zoom(), z);
    view.fitToWindow();
    EXPECT_TRUE(view.autoFit());
    EXPECT_LE(view.diagramLayout().height, view.viewport()->height() + 1.0);
}

} // namespace
