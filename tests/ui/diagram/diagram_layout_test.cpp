// Geometry of the sequence diagram: asserted on positions, never on pixels.
#include "core/scenario/builtin.hpp"
#include "ui/diagram/diagram_layout.hpp"
#include "ui/diagram/diagram_renderer.hpp"
#include "ui/diagram/sequence_diagram_view.hpp"
#include "ui/document.hpp"

#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <iostream>
#include <memory>

namespace ackademy::ui {
namespace {

using namespace std::chrono_literals;

std::unique_ptr<Document> load(const char* name)
{
    auto doc = std::make_unique<Document>();
    auto scenario = scenario::builtin_scenario(name);
    EXPECT_TRUE(scenario.has_value()) << name;
    EXPECT_TRUE(doc->load(*scenario, QString::fromLatin1(name)));
    return doc;
}

DiagramLayout layoutOf(const Document& doc, double width = 1600, bool relative = false)
{
    DiagramLayoutInput in;
    in.timeline = &doc.timeline();
    in.scenario = &doc.scenario();
    in.width = width;
    in.relativeNumbers = relative;
    return DiagramLayout(in);
}

TEST(DiagramLayout, HostAIsOnTheLeftWithItsAddress)
{
    auto doc = load("handshake");
    const DiagramLayout l = layoutOf(*doc);
    EXPECT_LT(l.xA, l.xB);
    EXPECT_EQ(l.titleA, QStringLiteral("Host A"));
    EXPECT_EQ(l.addressA, QStringLiteral("192.168.1.116:3337"));
    EXPECT_LE(l.width, 1600.0 + 1e-6);
}

TEST(DiagramLayout, ArrowsSlopeDownwardByTheirTransitTime)
{
    auto doc = load("handshake");
    const DiagramLayout l = layoutOf(*doc);
    const auto& segs = doc->timeline().segments;
    ASSERT_EQ(segs.size(), 3U);
    double first = 0;
    for (const sim::SegmentRecord& rec : segs) {
        const SegmentGeometry& g = l.segments[static_cast<std::size_t>(rec.id)];
        EXPECT_DOUBLE_EQ(g.start.x(), l.lifelineX(rec.from));
        EXPECT_DOUBLE_EQ(g.end.x(), l.lifelineX(sim::other(rec.from)));
        const double drop = g.end.y() - g.start.y();
        EXPECT_GT(drop, 2 * l.lineHeight) << "segment " << rec.id;
        EXPECT_NEAR(drop, l.yAt(*rec.arrived) - l.yAt(rec.sent), 1e-6);
        if (rec.id == 0) first = drop;
        EXPECT_NEAR(drop, first, 1e-6) << "equal transits, equal slopes";
    }
    // The SYN+ACK leaves B where the SYN arrived.
    EXPECT_NEAR(l.segments[1].start.y(), l.segments[0].end.y(), 1e-6);
}

TEST(DiagramLayout, LongIdleGapIsCompressedWithItsRealDuration)
{
    auto doc = load("syn-lost");
    const DiagramLayout l = layoutOf(*doc);
    ASSERT_FALSE(l.breaks.empty());
    EXPECT_EQ(l.breaks.front().text, QStringLiteral("≈ 1.000 s"));
    EXPECT_EQ(l.breaks.front().duration, 1s);
    // One second at the scale of the arrows (50 ms = one arrow's drop) would be 20 arrows
    // tall; compressed, it is less than two.
    const double transit = l.yAt(1050ms) - l.yAt(1000ms);
    const double gap = l.yAt(1000ms) - l.yAt(0ms);
    EXPECT_LT(gap, 2 * transit);
    EXPECT_GT(gap, transit / 2);
    // The mapping stays monotonic through the break.
    double last = -1;
    for (auto t = 0ms; t <= 1200ms; t += 10ms) {
        const double y = l.yAt(t);
        EXPECT_GE(y, last);
        last = y;
    }
    // And timeAt inverts it.
    for (auto t : {0ms, 25ms, 500ms, 1000ms, 1075ms}) {
        const double back = std::chrono::duration<double, std::milli>(l.timeAt(l.yAt(t))).count();
        const double want = std::chrono::duration<double, std::milli>(t).count();
        EXPECT_NEAR(back, want, 1.0);
    }
}

TEST(DiagramLayout, LostSegmentStopsBeforeTheReceiver)
{
    auto doc = load("syn-lost");
    const DiagramLayout l = layoutOf(*doc);
    const SegmentGeometry& syn = l.segments[0];
    ASSERT_TRUE(syn.lost);
    EXPECT_GT(syn.end.x(), l.xA + l.em);
    EXPECT_LT(syn.end.x(), l.xB - 4 * l.em);
    EXPECT_GT(syn.end.y(), syn.start.y());
    EXPECT_TRUE(syn.lostText.startsWith(QStringLiteral("lost")));
    EXPECT_TRUE(syn.lostText.contains(QStringLiteral("A:S"))) << syn.lostText.toStdString();
    // The retransmission says so and counts.
    EXPECT_EQ(l.segments[1].note, QStringLiteral("↻ retransmission #1"));
}

TEST(DiagramLayout, HitTestFindsTheSegmentUnderItsMidpoint)
{
    for (const char* name : {"handshake", "syn-lost", "simultaneous-close", "fast-retransmit"}) {
        auto doc = load(name);
        const DiagramLayout l = layoutOf(*doc);
        for (const SegmentGeometry& g : l.segments) {
            const QPointF mid = (g.start + g.end) / 2;
            const int found = l.segmentAt(mid, 0.5 * l.em);
            if (found != g.id) {
                // Only where two arrows cross at their midpoints (a simultaneous close) may
                // the other one be found, and then it passes through the point too.
                ASSERT_GE(found, 0) << name << " segment " << g.id;
                const SegmentGeometry& other = l.segments[static_cast<std::size_t>(found)];
                EXPECT_NEAR((other.start + other.end).y() / 2, mid.y(), 1e-6) << name << " segment " << g.id;
            }
        }
        EXPECT_EQ(l.segmentAt(QPointF(l.xA - 3 * l.em, l.contentTop), 0.5 * l.em), -1);
    }
}

TEST(DiagramLayout, HitTestIgnoresSegmentsNotYetSent)
{
    auto doc = load("handshake");
    const DiagramLayout l = layoutOf(*doc);
    const SegmentGeometry& ack = l.segments[2];
    const QPointF mid = (ack.start + ack.end) / 2;
    EXPECT_EQ(l.segmentAt(mid, 0.5 * l.em, 50ms), -1);
    EXPECT_EQ(l.segmentAt(mid, 0.5 * l.em, 150ms), 2);
}

TEST(DiagramLayout, SegmentsSentTogetherAreDrawnAsParallelArrows)
{
    auto doc = load("fast-retransmit");
    const DiagramLayout l = layoutOf(*doc);
    const auto& segs = doc->timeline().segments;
    for (std::size_t i = 1; i < segs.size(); ++i) {
        if (segs[i].sent == segs[i - 1].sent && segs[i].from == segs[i - 1].from) {
            EXPECT_GE(l.segments[i].start.y() - l.segments[i - 1].start.y(), l.slotStep - 1e-6);
        }
    }
}

TEST(DiagramLayout, LabelsNeverOverlap)
{
    for (const char* name : {"handshake", "syn-lost", "synack-lost", "simultaneous-close", "fast-retransmit",
                             "handshake-data-close", "fin-lost-time-wait"}) {
        auto doc = load(name);
        const DiagramLayout l = layoutOf(*doc);
        std::vector<QRectF> rects;
        for (const SegmentGeometry& g : l.segments) {
            rects.push_back(g.label.adjusted(1, 1, -1, -1));
            EXPECT_GE(g.label.left(), l.xA) << name;
            EXPECT_LE(g.label.right(), l.xB) << name;
        }
        for (std::size_t i = 0; i < rects.size(); ++i)
            for (std::size_t j = i + 1; j < rects.size(); ++j)
                EXPECT_FALSE(rects[i].intersects(rects[j]))
                    << name << ": labels " << i << " and " << j << " at (" << rects[i].x() << ","
                    << rects[i].y() << " " << rects[i].width() << "x" << rects[i].height() << ") and ("
                    << rects[j].x() << "," << rects[j].y() << " " << rects[j].width() << "x"
                    << rects[j].height() << ")";
        for (sim::HostId h : {sim::HostId::A, sim::HostId::B}) {
            std::vector<QRectF> outer;
            for (const StateBadge& b : l.badges)
                if (b.host == h) outer.push_back(b.rect);
            for (const TimerGeometry& t : l.timers)
                if (t.host == h && !t.text.isEmpty()) outer.push_back(t.label);
            for (const AppMark& m : l.appMarks)
                if (m.host == h) outer.push_back(m.rect);
            for (std::size_t i = 0; i < outer.size(); ++i)
                for (std::size_t j = i + 1; j < outer.size(); ++j)
                    EXPECT_FALSE(outer[i].adjusted(1, 1, -1, -1).intersects(outer[j]))
                        << name << " outer " << i << "/" << j;
        }
    }
}

// Issue 6: in simultaneous-close the running RTO's countdown ("RTO 0.950 s left") sat on the
// CLOSING badge. The countdown goes beside its bracket at the playhead; wherever that would
// cover a badge, an application call, a timer label or another countdown, it moves clear.
TEST(DiagramLayout, TimerCountdownsNeverCoverBadgesOrLabels)
{
    int moved = 0;
    for (const scenario::BuiltinInfo& info : scenario::builtin_scenarios()) {
        auto doc = load(info.name.c_str());
        const DiagramLayout l = layoutOf(*doc);
        const QFontMetricsF fm(l.smallFont);
        // The widest countdown the renderer draws for a lesson: a minute of RTO left.
        const QSizeF size(fm.horizontalAdvance(QStringLiteral("RTO 60.000 s left")) + 0.6 * l.em,
                          fm.lineSpacing() + 0.2 * l.em);
        const auto& timers = doc->timeline().timers;
        for (Time t : l.anchorTimes()) {
            std::vector<QRectF> placed;
            for (std::size_t i = 0; i < timers.size(); ++i) {
                const sim::TimerSpan& span = timers[i];
                const bool running = span.armed <= t && t < span.deadline && (!span.ended || *span.ended > t);
                if (!running) continue;
                const TimerGeometry& g = l.timers[i];
                const double y = std::clamp(l.yAt(t), g.yArmed, g.yDeadline);
                const QRectF r = l.countdownRect(static_cast<int>(i), y, size, placed);
                EXPECT_DOUBLE_EQ(r.width(), size.width());
                EXPECT_DOUBLE_EQ(r.height(), size.height());
                if (std::abs(r.center().y() - y) > 1e-6) ++moved;
                const auto where = [&] {
                    return info.name + " at " + std::to_string(t.count()) + " us, timer " + std::to_string(i);
                };
                for (const StateBadge& b : l.badges) {
                    if (b.host == g.host) {
                        EXPECT_FALSE(r.intersects(b.rect)) << where() << " covers " << b.text.toStdString();
                    }
                }
                for (const AppMark& m : l.appMarks) {
                    if (m.host == g.host) {
                        EXPECT_FALSE(r.intersects(m.rect)) << where() << " covers " << m.text.toStdString();
                    }
                }
                for (const TimerGeometry& other : l.timers) {
                    if (other.host == g.host && !other.text.isEmpty()) {
                        EXPECT_FALSE(r.intersects(other.label)) << where() << " covers " << other.text.toStdString();
                    }
                }
                for (const QRectF& p : placed) {
                    EXPECT_FALSE(r.intersects(p)) << where() << " covers another countdown";
                }
                // Beside its own bracket, on the outer side.
                if (g.host == sim::HostId::A) {
                    EXPECT_LT(r.right(), g.x) << where();
                } else {
                    EXPECT_GT(r.left(), g.x) << where();
                }
                placed.push_back(r);
            }
        }
    }
    EXPECT_GT(moved, 0) << "simultaneous-close's CLOSING badge sits where its RTO counts down";
}

TEST(DiagramLayout, RelativeNumbersCountFromTheIsns)
{
    auto doc = load("handshake");
    EXPECT_EQ(layoutOf(*doc).segments[1].detail, QStringLiteral("seq=1739326486 ack=3626544837"));
    const DiagramLayout rel = layoutOf(*doc, 1600, true);
    EXPECT_EQ(rel.segments[0].detail, QStringLiteral("seq=0"));
    EXPECT_EQ(rel.segments[1].detail, QStringLiteral("seq=0 ack=1"));
    EXPECT_EQ(rel.segments[2].detail, QStringLiteral("seq=1 ack=1"));
}

TEST(DiagramLayout, TimersAndStatesAreOnTheOuterSide)
{
    auto doc = load("syn-lost");
    const DiagramLayout l = layoutOf(*doc);
    ASSERT_FALSE(l.timers.empty());
    const TimerGeometry& rto = l.timers.front();
    EXPECT_LT(rto.x, l.xA);
    EXPECT_TRUE(rto.text.startsWith(QStringLiteral("RTO 1.000 s"))) << rto.text.toStdString();
    bool synSent = false;
    for (const StateBadge& b : l.badges) {
        if (b.host == sim::HostId::A) {
            EXPECT_LT(b.rect.right(), l.xA);
        } else {
            EXPECT_GT(b.rect.left(), l.xB);
        }
        synSent |= b.text == QStringLiteral("SYN-SENT");
    }
    EXPECT_TRUE(synSent);
}

TEST(DiagramLayout, SegmentsInMatchesABruteForceScan)
{
    auto doc = load("fast-retransmit");
    const DiagramLayout l = layoutOf(*doc);
    for (double y0 = 0; y0 < l.height; y0 += l.height / 7) {
        const double y1 = y0 + 500;
        const std::vector<int> got = l.segmentsIn(y0, y1);
        for (const SegmentGeometry& g : l.segments) {
            const bool touches =
                std::max(g.start.y(), g.end.y()) >= y0 && std::min(g.start.y(), g.end.y()) <= y1;
            if (touches) {
                EXPECT_NE(std::find(got.begin(), got.end(), g.id), got.end()) << g.id;
            }
        }
    }
}

TEST(SequenceDiagramView, ClickSelectsAndZoomKeysAndWheelZoom)
{
    auto doc = load("handshake");
    doc->setPlayhead(doc->endTime());
    SequenceDiagramView view(doc.get());
    view.resize(1400, 900);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const DiagramLayout& l = view.diagramLayout();
    const SegmentGeometry& synack = l.segments[1];
    const QPointF mid = (synack.start + synack.end) / 2;
    const QPoint at(static_cast<int>(mid.x()) - view.horizontalScrollBar()->value(),
                    static_cast<int>(mid.y()) - view.verticalScrollBar()->value());
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at);
    EXPECT_EQ(doc->selectedSegment(), 1);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(5, view.viewport()->height() - 5));
    EXPECT_EQ(doc->selectedSegment(), -1);

    const double z = view.zoom();
    QTest::keyClick(&view, Qt::Key_Equal, Qt::ControlModifier);
    EXPECT_GT(view.zoom(), z);
    QTest::keyClick(&view, Qt::Key_Minus, Qt::ControlModifier);
    EXPECT_NEAR(view.zoom(), z, 1e-9);

    QWheelEvent wheel(QPointF(100, 100), view.viewport()->mapToGlobal(QPointF(100, 100)), QPoint(),
                      QPoint(0, 120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view.viewport(), &wheel);
    EXPECT_GT(view.zoom(), z);

    view.fitToWindow();
    EXPECT_LE(view.diagramLayout().height, view.viewport()->height() + 1.0);
}

TEST(SequenceDiagramView, FollowsThePlayhead)
{
    auto doc = load("fast-retransmit");
    SequenceDiagramView view(doc.get());
    view.resize(1200, 700);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    doc->setPlayhead(doc->endTime());
    const double y = view.diagramLayout().yAt(doc->playhead()) - view.verticalScrollBar()->value();
    EXPECT_GT(y, 0);
    EXPECT_LT(y, view.viewport()->height());
}

} // namespace
} // namespace ackademy::ui

namespace ackademy::ui {
namespace {

TEST(DiagramLayout, BigTimelinePaintsOnlyWhatIsVisible)
{
    auto scenario = scenario::builtin_scenario("handshake-data-close");
    ASSERT_TRUE(scenario.has_value());
    for (sim::Action& a : scenario->actions) {
        if (a.kind == sim::ActionKind::Send) {
            a.data.clear();
            a.bytes = 5000ULL * 1460ULL;
        }
    }
    scenario->until = std::chrono::seconds(3600);
    Document doc;
    ASSERT_TRUE(doc.load(*scenario, QStringLiteral("big")));
    doc.setPlayhead(doc.endTime());
    EXPECT_GT(doc.timeline().segments.size(), 10000U);
    QElapsedTimer timer;
    timer.start();
    const DiagramLayout l = layoutOf(doc, 1900);
    const qint64 layoutMs = timer.elapsed();
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    RenderOptions o;
    o.playhead = doc.playhead();
    timer.restart();
    const int frames = 20;
    for (int i = 0; i < frames; ++i) {
        QPainter p(&image);
        const double y = l.height * i / frames;
        p.translate(0, -y);
        DiagramRenderer::paint(p, l, doc.timeline(), Theme::light(), o, QRectF(0, y, 1920, 1080));
    }
    const double frameMs = static_cast<double>(timer.elapsed()) / frames;
    std::cout << "segments " << doc.timeline().segments.size() << ", layout " << layoutMs << " ms, frame "
              << frameMs << " ms\n";
    EXPECT_LT(frameMs, 100.0); // debug build; the benchmark measures release
    EXPECT_LT(l.segmentsIn(l.height / 2, l.height / 2 + 1080).size(), 200U);
}

} // namespace
} // namespace ackademy::ui
