#include "ui/diagram/diagram_layout.hpp"

#include "core/tcp/state.hpp"
#include "core/tcp/wire.hpp"
#include "ui/document.hpp"

#include <QFontMetricsF>
#include <QLineF>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <span>
#include <tuple>

namespace ackademy::ui {

namespace {

constexpr std::size_t kCollisionWindow = 64; ///< labels checked for overlap (the most recent ones)

double fontPixelSize(const QFont& font)
{
    if (font.pixelSize() > 0) return font.pixelSize();
    return font.pointSizeF() * 96.0 / 72.0;
}

std::size_t idx(sim::HostId h)
{
    return static_cast<std::size_t>(h);
}

QString hostTitle(sim::HostId h)
{
    return DiagramLayout::tr("Host %1").arg(QChar::fromLatin1(sim::host_letter(h)));
}

QString timerName(tcp::TimerKind kind)
{
    switch (kind) {
    case tcp::TimerKind::Retransmission:
        return DiagramLayout::tr("RTO");
    case tcp::TimerKind::TimeWait:
        return DiagramLayout::tr("TIME-WAIT");
    case tcp::TimerKind::DelayedAck:
        return DiagramLayout::tr("delayed ACK");
    case tcp::TimerKind::Persist:
        return DiagramLayout::tr("persist");
    case tcp::TimerKind::UserTimeout:
        return DiagramLayout::tr("user timeout");
    }
    return {};
}

QString actionText(sim::ActionKind kind)
{
    switch (kind) {
    case sim::ActionKind::Listen:
        return DiagramLayout::tr("listen()");
    case sim::ActionKind::Connect:
        return DiagramLayout::tr("connect()");
    case sim::ActionKind::Send:
        return DiagramLayout::tr("send()");
    case sim::ActionKind::Close:
        return DiagramLayout::tr("close()");
    case sim::ActionKind::Abort:
        return DiagramLayout::tr("abort()");
    case sim::ActionKind::Crash:
        return DiagramLayout::tr("crash");
    case sim::ActionKind::PauseReading:
        return DiagramLayout::tr("pause reading");
    case sim::ActionKind::ResumeReading:
        return DiagramLayout::tr("resume reading");
    }
    return {};
}

/// Squared distance from p to the segment a-b.
double distanceSquared(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    double t = len2 > 0 ? QPointF::dotProduct(p - a, ab) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF d = p - (a + t * ab);
    return QPointF::dotProduct(d, d);
}

/// Outer-column items of one host, stacked top to bottom without overlap.
struct StackItem {
    double desired = 0; ///< desired centre y
    int priority = 0;   ///< among equal y: app call, then state, then timer
    double height = 0;
    QRectF* rect = nullptr;
};

void stack(std::vector<StackItem>& items, double gap)
{
    std::stable_sort(items.begin(), items.end(), [](const StackItem& a, const StackItem& b) {
        return std::tie(a.desired, a.priority) < std::tie(b.desired, b.priority);
    });
    double lastBottom = -1e18;
    for (StackItem& item : items) {
        const double top = std::max(item.desired - item.height / 2, lastBottom + gap);
        item.rect->moveTop(top);
        lastBottom = item.rect->bottom();
    }
}

} // namespace

SegmentKind segmentKind(const tcp::Segment& segment)
{
    if (segment.flags.rst()) return SegmentKind::Rst;
    if (segment.flags.syn()) return SegmentKind::Syn;
    if (segment.flags.fin()) return SegmentKind::Fin;
    if (!segment.payload.empty()) return SegmentKind::Data;
    return SegmentKind::Ack;
}

QFont diagramFont(double zoom)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(std::max(6, static_cast<int>(std::lround(kDiagramBasePixelSize * zoom))));
    return font;
}

DiagramLayoutInput diagramLayoutInput(const Document& document, double zoom, double width)
{
    DiagramLayoutInput in;
    in.timeline = &document.timeline();
    in.scenario = &document.scenario();
    in.font = diagramFont(zoom);
    in.width = width;
    in.relativeNumbers = document.relativeNumbers();
    in.titleA = document.hostTitle(sim::HostId::A);
    in.titleB = document.hostTitle(sim::HostId::B);
    if (document.isRecording()) in.minimumTransit = std::chrono::milliseconds(1);
    return in;
}

QString formatSeconds(Duration d)
{
    //: A duration or time in seconds on the diagram, e.g. "1.000 s"
    return DiagramLayout::tr("%1 s").arg(QLocale().toString(static_cast<double>(d.count()) / 1e6, 'f', 3));
}

DiagramLayout::DiagramLayout(const DiagramLayoutInput& input)
{
    const sim::Timeline& tl = *input.timeline;

    // ----- Fonts and units (all sizes below are multiples of these) -----------------------
    font = input.font;
    boldFont = font;
    boldFont.setBold(true);
    smallFont = font;
    smallFont.setPixelSize(std::max(5, static_cast<int>(std::lround(fontPixelSize(font) * 0.82))));
    const QFontMetricsF fm(font);
    const QFontMetricsF fmBold(boldFont);
    const QFontMetricsF fmSmall(smallFont);
    em = fontPixelSize(font);
    lineHeight = fm.lineSpacing();
    lineWidth = std::max(1.0, em / 11.0);
    const double hpad = 0.35 * em;
    const double vpad = 0.12 * lineHeight;
    const double labelHeight2 = 2 * lineHeight + 2 * vpad;
    slotStep = labelHeight2 + 0.3 * lineHeight;
    const double margin = 0.8 * em;

    // ----- Texts first: their widths decide the columns ----------------------------------
    const std::size_t n = tl.segments.size();
    segments.resize(n);
    {
        // Relative numbers as tcpdump and Wireshark count them: offsets from the ISN of
        // each direction, which the direction's SYN carries.
        using Dir = std::tuple<tcp::Ipv4Address, std::uint16_t, tcp::Ipv4Address, std::uint16_t>;
        std::map<Dir, tcp::SeqNum> isn;
        std::vector<int> retxCount(n, 0);
        for (std::size_t i = 0; i < n; ++i) {
            const sim::SegmentRecord& rec = tl.segments[i];
            const tcp::Segment& seg = rec.packet.tcp;
            SegmentGeometry& g = segments[i];
            g.id = rec.id;
            g.sent = rec.sent;
            g.kind = segmentKind(seg);
            g.lost = rec.lost();
            g.title = QString::fromStdString(seg.flags.names());
            const Dir dir{rec.packet.ip.src, seg.src_port, rec.packet.ip.dst, seg.dst_port};
            const Dir rev{rec.packet.ip.dst, seg.dst_port, rec.packet.ip.src, seg.src_port};
            if (seg.flags.syn()) isn[dir] = seg.seq;
            tcp::SeqNum seq = seg.seq;
            tcp::SeqNum ack = seg.ack;
            if (input.relativeNumbers) {
                if (auto it = isn.find(dir); it != isn.end()) seq -= it->second;
                if (auto it = isn.find(rev); it != isn.end()) ack -= it->second;
            }
            // Sequence numbers are identifiers: plain digits, never grouped by the locale.
            //: Label on a segment's arrow; seq and ack are the TCP header fields, keep them as they are
            g.detail = seg.flags.ack() ? tr("seq=%1 ack=%2").arg(seq).arg(ack)
                                       //: Label on a segment's arrow; seq is the TCP header field
                                       : tr("seq=%1").arg(seq);
            //: Label on a segment's arrow: the number of data bytes (len as tcpdump prints it)
            if (!seg.payload.empty()) g.length = tr("len=%1").arg(seg.payload.size());
            if (rec.retransmission && rec.retransmission_of >= 0 &&
                static_cast<std::size_t>(rec.retransmission_of) < n) {
                g.retransmissionNumber = ++retxCount[static_cast<std::size_t>(rec.retransmission_of)];
                g.note = tr("↻ retransmission #%1").arg(g.retransmissionNumber);
            } else if (rec.retransmission) {
                g.retransmissionNumber = 1;
                g.note = tr("↻ retransmission");
            }
            if (rec.duplicate_copy) g.note = tr("duplicate copy made by the link");
            if (g.lost) {
                QString why;
                switch (rec.cause) {
                case sim::DropCause::Rule:
                    if (input.scenario != nullptr && rec.drop_rule >= 0 &&
                        static_cast<std::size_t>(rec.drop_rule) < input.scenario->drops.size()) {
                        why = tr("drop rule “%1”")
                                  .arg(QString::fromStdString(
                                      input.scenario->drops[static_cast<std::size_t>(rec.drop_rule)].text));
                    } else {
                        why = tr("drop rule");
                    }
                    break;
                case sim::DropCause::RandomLoss:
                    why = tr("random loss");
                    break;
                case sim::DropCause::QueueFull:
                    why = tr("queue full");
                    break;
                case sim::DropCause::None:
                    break;
                }
                //: Label beside a segment that the link dropped (the segment is lost in the network)
                g.lostText = why.isEmpty() ? tr("lost")
                                           //: Label beside a dropped segment; %1 is why (random loss, ...)
                                           : tr("lost: %1").arg(why);
            }
        }
    }
    auto titleWidth = [&](const SegmentGeometry& g) {
        return fmBold.horizontalAdvance(g.title) +
               (g.length.isEmpty() ? 0.0 : fm.horizontalAdvance(QLatin1Char(' ') + g.length));
    };
    double widestLabel = 0;
    for (const SegmentGeometry& g : segments) {
        double w = std::max(titleWidth(g), fm.horizontalAdvance(g.detail));
        if (!g.note.isEmpty()) w = std::max(w, fmSmall.horizontalAdvance(g.note));
        widestLabel = std::max(widestLabel, w + 2 * hpad);
    }

    // ----- Columns: [badges][timers] A ... B [timers][badges] ---------------------------
    titleA = input.titleA.isEmpty() ? hostTitle(sim::HostId::A) : input.titleA;
    titleB = input.titleB.isEmpty() ? hostTitle(sim::HostId::B) : input.titleB;
    // Port 0: not known yet (a live session listening for the kernel learns it from its SYN).
    auto address = [&](sim::HostId h) {
        const QString ip = QString::fromStdString(tcp::ipv4_to_string(tl.host(h).ip));
        return tl.host(h).port == 0 ? ip : QStringLiteral("%1:%2").arg(ip).arg(tl.host(h).port);
    };
    addressA = address(sim::HostId::A);
    addressB = address(sim::HostId::B);
    const double headerW = std::max({fmBold.horizontalAdvance(titleA), fm.horizontalAdvance(addressA),
                                     fmBold.horizontalAdvance(titleB), fm.horizontalAdvance(addressB)}) +
                           1.4 * em;
    const double headerH = 2 * lineHeight + 0.7 * em;

    double outerText = 0;
    for (const sim::StateInterval& st : tl.states)
        outerText = std::max(outerText,
                             fm.horizontalAdvance(QString::fromLatin1(tcp::rfc_name(st.state))) + 1.0 * em);
    for (const sim::AppEvent& app : tl.app)
        outerText = std::max(outerText, fmSmall.horizontalAdvance(actionText(app.action)));
    // Static timer labels, and the countdown the renderer shows at the playhead.
    outerText =
        std::max(outerText,
                 fmSmall.horizontalAdvance(tr("TIME-WAIT %1").arg(formatSeconds(std::chrono::seconds(240)))));
    outerText = std::max(
        outerText,
        fmSmall.horizontalAdvance(tr("RTO %1 left").arg(formatSeconds(std::chrono::seconds(60)))) + 0.8 * em);

    // Timer sub-columns: a timer overlapping another on the same host moves one column out.
    std::vector<int> timerColumn(tl.timers.size(), 0);
    int columns = 1;
    {
        std::array<std::vector<Time>, 2> columnFree; // per host: when each column frees up
        std::vector<std::size_t> order(tl.timers.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return tl.timers[a].armed < tl.timers[b].armed;
        });
        for (std::size_t i : order) {
            const sim::TimerSpan& t = tl.timers[i];
            const Time endT = t.ended ? *t.ended : t.deadline;
            auto& cols = columnFree[idx(t.host)];
            std::size_t c = 0;
            while (c < cols.size() && cols[c] > t.armed) ++c;
            c = std::min<std::size_t>(c, 2); // at most three columns; beyond that they share
            if (c == cols.size())
                cols.push_back(endT);
            else
                cols[c] = std::max(cols[c], endT);
            timerColumn[i] = static_cast<int>(c);
            columns = std::max(columns, static_cast<int>(c) + 1);
        }
    }
    const double timerBase = 0.6 * em;
    const double timerStep = 0.5 * em;
    const double badgeOffset = timerBase + columns * timerStep + 0.3 * em; // lifeline -> badge edge
    const double outerW = std::max(badgeOffset + outerText, headerW / 2);

    const double minMiddle = std::max(30 * em, 2.3 * widestLabel + 2.6 * em);
    const double maxMiddle = std::max(minMiddle, 52 * em);
    const double middle = std::clamp(input.width - 2 * (outerW + margin), minMiddle, maxMiddle);
    const double totalW = 2 * (margin + outerW) + middle;
    width = std::max(input.width, totalW);
    const double left = (width - totalW) / 2;
    xA = left + margin + outerW;
    xB = xA + middle;
    headerA = QRectF(xA - headerW / 2, 0.5 * em, headerW, headerH);
    headerB = QRectF(xB - headerW / 2, 0.5 * em, headerW, headerH);
    headerHeight = headerA.bottom() + 0.5 * em;
    contentTop = headerHeight + 1.4 * lineHeight;

    // ----- Time axis ---------------------------------------------------------------------
    std::vector<double> labelHeights(n);
    for (std::size_t i = 0; i < n; ++i) {
        const SegmentGeometry& g = segments[i];
        labelHeights[i] = labelHeight2 + (g.note.isEmpty() ? 0.0 : fmSmall.lineSpacing()) +
                          (g.lostText.isEmpty() ? 0.0 : lineHeight);
    }
    std::vector<double> sendOffset(n, 0.0);
    std::vector<double> arriveOffset(n, 0.0);
    buildTimeAxis(tl, labelHeights, sendOffset, arriveOffset, input.minimumTransit);

    // ----- Arrows ------------------------------------------------------------------------
    {
        auto anchorIndex = [&](Time t) {
            return static_cast<std::size_t>(std::lower_bound(times_.begin(), times_.end(), t) -
                                            times_.begin());
        };
        for (std::size_t i = 0; i < n; ++i) {
            const sim::SegmentRecord& rec = tl.segments[i];
            SegmentGeometry& g = segments[i];
            const double xs = lifelineX(rec.from);
            const double xr = lifelineX(sim::other(rec.from));
            const std::size_t ks = anchorIndex(rec.sent);
            g.start = QPointF(xs, top_[ks] + sendOffset[i]);
            if (rec.arrived) {
                const std::size_t ka = anchorIndex(*rec.arrived);
                g.end = QPointF(xr, top_[ka] + arriveOffset[i]);
            } else {
                const Time dropped = rec.dropped.value_or(rec.sent);
                if (dropped > rec.sent) {
                    // Lost part-way along the link (the simulator loses it half-way).
                    // Where it would have arrived had it not been lost, so that it stays
                    // parallel to the others of its burst.
                    const Time would = rec.sent + 2 * (dropped - rec.sent);
                    const auto kw = std::lower_bound(times_.begin(), times_.end(), would);
                    const double yWould =
                        (kw != times_.end() && *kw == would)
                            ? top_[static_cast<std::size_t>(kw - times_.begin())]
                            : std::max(yAt(would),
                                       top_[ks] + static_cast<double>((would - rec.sent).count()) * scale_);
                    g.end = QPointF((xs + xr) / 2, g.start.y() + (yWould - top_[ks]) / 2);
                } else {
                    // Lost before it left (queue full): a short stub from the sender.
                    g.end = QPointF(xs + (xr - xs) * 0.12, g.start.y() + 0.3 * slotStep);
                }
                g.end.setY(std::max(g.end.y(), g.start.y() + 0.2 * slotStep));
            }
        }
    }

    // ----- Labels: on their arrow, sliding along it to avoid each other ------------------
    {
        // Keep clear of the lifelines, where arrowheads and the states' dots are.
        const double minX = xA + 1.3 * em;
        const double maxX = xB - 1.3 * em;
        std::vector<QRectF> placed;
        auto overlap = [&](const QRectF& r) {
            const std::size_t from = placed.size() > kCollisionWindow ? placed.size() - kCollisionWindow : 0;
            double area = 0;
            for (std::size_t j = from; j < placed.size(); ++j) {
                const QRectF i = placed[j].intersected(r);
                if (!i.isEmpty()) area += i.width() * i.height();
            }
            return area;
        };
        static constexpr double kFractions[] = {0.5, 0.36, 0.64, 0.24, 0.76, 0.14, 0.86};
        // A lost segment's label goes where its arrow would have been (so it sits in its row
        // like the others of a burst), but never over the cross.
        static constexpr double kLostFractions[] = {0.24, 0.14, 0.76, 0.86, 0.34, 0.68};
        for (SegmentGeometry& g : segments) {
            double w = std::max(titleWidth(g), fm.horizontalAdvance(g.detail));
            if (!g.note.isEmpty()) w = std::max(w, fmSmall.horizontalAdvance(g.note));
            if (!g.lostText.isEmpty()) w = std::max(w, fmBold.horizontalAdvance(g.lostText));
            w += 2 * hpad;
            const double h = labelHeights[static_cast<std::size_t>(g.id)];
            QRectF best;
            double bestOverlap = 1e300;
            const sim::SegmentRecord& rec = tl.segments[static_cast<std::size_t>(g.id)];
            QPointF fullEnd = g.end;
            if (g.lost) {
                const double fx = rec.dropped && *rec.dropped > rec.sent ? 0.5 : 0.12;
                fullEnd = g.start + (g.end - g.start) / fx;
            }
            const QRectF crossArea(g.end.x() - 0.7 * em, g.end.y() - 0.7 * em, 1.4 * em, 1.4 * em);
            const auto fractions =
                g.lost ? std::span<const double>(kLostFractions) : std::span<const double>(kFractions);
            for (double f : fractions) {
                const QPointF c = g.start + f * (fullEnd - g.start);
                QRectF r(c.x() - w / 2, c.y() - h / 2, w, h);
                if (r.left() < minX) r.moveLeft(minX);
                if (r.right() > maxX) r.moveRight(maxX);
                double o = overlap(r);
                if (g.lost && r.intersects(crossArea)) o += w * h;
                if (o < bestOverlap) {
                    best = r;
                    bestOverlap = o;
                }
                if (o <= 0) break;
            }
            g.label = best;
            placed.push_back(best);
        }
    }

    // ----- Outer columns: state badges, application calls, timers ------------------------
    std::array<std::vector<StackItem>, 2> outer;
    const double badgeH = lineHeight + 0.35 * em;
    auto outerRect = [&](sim::HostId h, double w, double hgt) {
        if (h == sim::HostId::A) return QRectF(xA - badgeOffset - w, 0, w, hgt);
        return QRectF(xB + badgeOffset, 0, w, hgt);
    };
    for (std::size_t i = 0; i < tl.states.size(); ++i) {
        const sim::StateInterval& st = tl.states[i];
        if (st.end && *st.end == st.begin) continue; // passed through in the same instant
        StateBadge b;
        b.host = st.host;
        b.interval = static_cast<int>(i);
        b.begin = st.begin;
        b.end = st.end;
        b.anchorY = topAt(st.begin);
        b.text = QString::fromLatin1(tcp::rfc_name(st.state));
        b.rect = outerRect(st.host, fm.horizontalAdvance(b.text) + 1.0 * em, badgeH);
        badges.push_back(b);
    }
    for (const sim::AppEvent& app : tl.app) {
        AppMark m;
        m.host = app.host;
        m.at = app.at;
        m.text = actionText(app.action);
        m.rect = outerRect(app.host, fmSmall.horizontalAdvance(m.text) + 0.4 * em, fmSmall.lineSpacing());
        appMarks.push_back(m);
    }
    const Time lastTime = times_.empty() ? Time{0} : times_.back();
    for (std::size_t i = 0; i < tl.timers.size(); ++i) {
        const sim::TimerSpan& t = tl.timers[i];
        TimerGeometry g;
        g.index = static_cast<int>(i);
        g.host = t.host;
        const double offset = timerBase + timerColumn[i] * timerStep;
        g.x = t.host == sim::HostId::A ? xA - offset : xB + offset;
        g.tick = t.host == sim::HostId::A ? 0.3 * em : -0.3 * em;
        g.yArmed = topAt(t.armed);
        g.yDeadline = yAt(std::min(t.deadline, std::max(lastTime, t.armed)));
        g.yEnd = t.ended ? yAt(*t.ended) : g.yDeadline;
        const bool labelled = t.kind == tcp::TimerKind::TimeWait || t.expired;
        if (labelled) {
            // Whole labels per case, so a translator can reorder them.
            const QString name = timerName(t.kind);
            const QString length = formatSeconds(t.deadline - t.armed);
            const bool backoff = t.kind == tcp::TimerKind::Retransmission && t.backoff > 0;
            const bool expired = t.expired && t.kind != tcp::TimerKind::TimeWait;
            if (backoff && expired)
                //: Timer label on a lifeline: %1 the timer (RTO), %2 its length, %3 the backoff count
                g.text = tr("%1 %2 (backoff %3) expired").arg(name, length).arg(t.backoff);
            else if (backoff)
                //: Timer label on a lifeline: %1 the timer (RTO), %2 its length, %3 the backoff count
                g.text = tr("%1 %2 (backoff %3)").arg(name, length).arg(t.backoff);
            else if (expired)
                //: Timer label on a lifeline: %1 the timer (RTO, persist, ...), %2 its length
                g.text = tr("%1 %2 expired").arg(name, length);
            else
                //: Timer label on a lifeline: %1 the timer (TIME-WAIT, ...), %2 its length
                g.text = tr("%1 %2").arg(name, length);
            g.label = outerRect(t.host, fmSmall.horizontalAdvance(g.text) + 0.4 * em, fmSmall.lineSpacing());
        }
        timers.push_back(g);
    }
    for (StateBadge& b : badges) outer[idx(b.host)].push_back({b.anchorY, 1, b.rect.height(), &b.rect});
    for (AppMark& m : appMarks)
        outer[idx(m.host)].push_back({topAt(m.at) - 0.01, 0, m.rect.height(), &m.rect});
    for (TimerGeometry& t : timers)
        if (!t.text.isEmpty())
            outer[idx(t.host)].push_back({(t.yArmed + t.yEnd) / 2, 2, t.label.height(), &t.label});
    for (auto& items : outer) stack(items, 0.15 * em);

    // ----- Extent and the index for visibility queries -----------------------------------
    double bottom = times_.empty() ? contentTop : bottom_.back();
    prefixMaxBottom_.resize(n);
    double running = -1e18;
    for (std::size_t i = 0; i < n; ++i) {
        const SegmentGeometry& g = segments[i];
        const double b = g.bottom();
        running = std::max(running, b);
        prefixMaxBottom_[i] = running;
        bottom = std::max(bottom, b);
    }
    for (const StateBadge& b : badges) bottom = std::max(bottom, b.rect.bottom());
    for (const AppMark& m : appMarks) bottom = std::max(bottom, m.rect.bottom());
    for (const TimerGeometry& t : timers) bottom = std::max({bottom, t.yEnd, t.yDeadline, t.label.bottom()});
    height = bottom + 2 * lineHeight;
}

void DiagramLayout::buildTimeAxis(const sim::Timeline& tl, const std::vector<double>& labelHeights,
                                  std::vector<double>& sendOffset, std::vector<double>& arriveOffset,
                                  Duration minimumTransit)
{
    std::vector<Time> t;
    t.reserve(tl.segments.size() * 2 + tl.states.size() + tl.app.size() + tl.timers.size());
    for (const sim::SegmentRecord& rec : tl.segments) {
        t.push_back(rec.sent);
        if (rec.arrived) t.push_back(*rec.arrived);
    }
    for (const sim::StateInterval& st : tl.states) t.push_back(st.begin);
    for (const sim::AppEvent& app : tl.app) t.push_back(app.at);
    for (const sim::TimerSpan& ts : tl.timers)
        if (ts.ended) t.push_back(*ts.ended);
    std::sort(t.begin(), t.end());
    t.erase(std::unique(t.begin(), t.end()), t.end());
    times_ = std::move(t);

    // The scale: a typical one-way transit spans 2.5 rows, so slopes show transit time.
    std::vector<Duration> transits;
    for (const sim::SegmentRecord& rec : tl.segments)
        if (rec.arrived && *rec.arrived > rec.sent) transits.push_back(*rec.arrived - rec.sent);
    Duration typical = std::chrono::milliseconds(50);
    if (!transits.empty()) {
        std::nth_element(transits.begin(),
                         transits.begin() + static_cast<std::ptrdiff_t>(transits.size() / 2), transits.end());
        typical = std::max(transits[transits.size() / 2], minimumTransit);
    }
    scale_ = 2.5 * slotStep / static_cast<double>(typical.count());
    // A gap longer than 4 rows' worth of time is compressed: 1.5 rows of it stay at scale
    // (a segment lost half-way still shows), then a break band, then half a row.
    const double threshold = 4.0 * slotStep;
    headTime_ = 1.5 * slotStep / scale_;
    tailTime_ = 0.5 * slotStep / scale_;
    bandHeight_ = 1.25 * slotStep;

    const std::size_t n = times_.size();
    top_.assign(n, 0);
    bottom_.assign(n, 0);
    compressedAfter_.assign(n, false);
    // Segments sent (or arriving) at the same instant on the same host take consecutive
    // rows, far enough apart for their labels: parallel arrows, as textbooks draw a burst.
    std::vector<std::array<int, 4>> count(n, {0, 0, 0, 0}); // send A, send B, arrive A, arrive B
    auto at = [&](Time x) {
        return static_cast<std::size_t>(std::lower_bound(times_.begin(), times_.end(), x) - times_.begin());
    };
    const std::size_t segs = tl.segments.size();
    std::vector<std::size_t> ks(segs), ka(segs);
    std::vector<int> sendRow(segs, 0), arriveRow(segs, -1);
    std::vector<std::vector<double>> rowHeight(n);
    auto grow = [&](std::size_t k, int row, double h) {
        auto& rows = rowHeight[k];
        if (rows.size() <= static_cast<std::size_t>(row)) rows.resize(static_cast<std::size_t>(row) + 1, 0.0);
        rows[static_cast<std::size_t>(row)] = std::max(rows[static_cast<std::size_t>(row)], h);
    };
    for (std::size_t i = 0; i < segs; ++i) {
        const sim::SegmentRecord& rec = tl.segments[i];
        ks[i] = at(rec.sent);
        sendRow[i] = count[ks[i]][idx(rec.from)]++;
        grow(ks[i], sendRow[i], labelHeights[i]);
        if (rec.arrived) {
            ka[i] = at(*rec.arrived);
            arriveRow[i] = count[ka[i]][2 + idx(sim::other(rec.from))]++;
            grow(ka[i], arriveRow[i], labelHeights[i]);
        }
    }
    std::vector<std::vector<double>> rowOffset(n);
    const double rowGap = 0.3 * lineHeight; // as slotStep leaves between two-line labels
    for (std::size_t k = 0; k < n; ++k) {
        const auto& rows = rowHeight[k];
        auto& off = rowOffset[k];
        off.assign(std::max<std::size_t>(1, rows.size()), 0.0);
        for (std::size_t r = 1; r < rows.size(); ++r)
            off[r] = off[r - 1] + std::max(slotStep, (rows[r - 1] + rows[r]) / 2 + rowGap);
    }
    for (std::size_t i = 0; i < segs; ++i) {
        sendOffset[i] = rowOffset[ks[i]][static_cast<std::size_t>(sendRow[i])];
        if (arriveRow[i] >= 0) arriveOffset[i] = rowOffset[ka[i]][static_cast<std::size_t>(arriveRow[i])];
    }
    double y = contentTop;
    for (std::size_t k = 0; k < n; ++k) {
        top_[k] = y;
        bottom_[k] = y + rowOffset[k].back();
        if (k + 1 < n) {
            const double gapPx = static_cast<double>((times_[k + 1] - times_[k]).count()) * scale_;
            if (gapPx > threshold) {
                compressedAfter_[k] = true;
                y = bottom_[k] + (headTime_ + tailTime_) * scale_ + bandHeight_;
                BreakMarker m;
                m.top = bottom_[k] + headTime_ * scale_;
                m.bottom = m.top + bandHeight_;
                m.duration = times_[k + 1] - times_[k];
                m.text = tr("≈ %1").arg(formatSeconds(m.duration));
                breaks.push_back(m);
            } else {
                y = bottom_[k] + std::max(gapPx, slotStep);
            }
        }
    }
}

double DiagramLayout::topAt(Time t) const
{
    const auto it = std::lower_bound(times_.begin(), times_.end(), t);
    if (it != times_.end() && *it == t) return top_[static_cast<std::size_t>(it - times_.begin())];
    return yAt(t);
}

double DiagramLayout::yAt(Time t) const
{
    if (times_.empty()) return contentTop;
    auto it = std::upper_bound(times_.begin(), times_.end(), t);
    if (it == times_.begin()) return top_.front();
    const auto k = static_cast<std::size_t>(it - times_.begin()) - 1;
    const double u = static_cast<double>((t - times_[k]).count());
    if (u == 0) return bottom_[k];
    if (k + 1 == times_.size()) {
        // Past the last event: at scale for a while, then no further.
        return bottom_[k] + std::min(u, headTime_) * scale_;
    }
    const double g = static_cast<double>((times_[k + 1] - times_[k]).count());
    if (!compressedAfter_[k]) return bottom_[k] + (top_[k + 1] - bottom_[k]) * u / g;
    if (u <= headTime_) return bottom_[k] + u * scale_;
    if (g - u <= tailTime_) return top_[k + 1] - (g - u) * scale_;
    const double yh = bottom_[k] + headTime_ * scale_;
    const double yt = top_[k + 1] - tailTime_ * scale_;
    return yh + (yt - yh) * (u - headTime_) / (g - headTime_ - tailTime_);
}

Time DiagramLayout::timeAt(double y) const
{
    if (times_.empty()) return Time{0};
    if (y <= top_.front()) return times_.front();
    auto it = std::upper_bound(top_.begin(), top_.end(), y);
    const auto k = static_cast<std::size_t>(it - top_.begin()) - 1;
    if (y <= bottom_[k]) return times_[k];
    if (k + 1 == times_.size()) {
        return times_[k] +
               Duration(static_cast<std::int64_t>(std::min((y - bottom_[k]) / scale_, headTime_)));
    }
    const double g = static_cast<double>((times_[k + 1] - times_[k]).count());
    double u = 0;
    if (!compressedAfter_[k]) {
        u = g * (y - bottom_[k]) / (top_[k + 1] - bottom_[k]);
    } else {
        const double yh = bottom_[k] + headTime_ * scale_;
        const double yt = top_[k + 1] - tailTime_ * scale_;
        if (y <= yh)
            u = (y - bottom_[k]) / scale_;
        else if (y >= yt)
            u = g - (top_[k + 1] - y) / scale_;
        else
            u = headTime_ + (g - headTime_ - tailTime_) * (y - yh) / (yt - yh);
    }
    return times_[k] + Duration(static_cast<std::int64_t>(std::clamp(u, 0.0, g)));
}

std::vector<int> DiagramLayout::segmentsIn(double y0, double y1) const
{
    std::vector<int> out;
    auto first = std::lower_bound(prefixMaxBottom_.begin(), prefixMaxBottom_.end(), y0);
    for (auto i = static_cast<std::size_t>(first - prefixMaxBottom_.begin()); i < segments.size(); ++i) {
        const SegmentGeometry& g = segments[i];
        if (g.start.y() - 2 * slotStep > y1) break; // sends are in time order: nothing later fits
        if (g.bottom() < y0 || g.top() > y1) continue;
        out.push_back(static_cast<int>(i));
    }
    return out;
}

QRectF DiagramLayout::countdownRect(int index, double y, QSizeF size, const std::vector<QRectF>& taken) const
{
    const TimerGeometry& g = timers[static_cast<std::size_t>(index)];
    const double w = size.width();
    const double h = size.height();
    const double x = g.host == sim::HostId::A ? g.x - 0.4 * em - w : g.x + 0.4 * em;
    const double gap = 0.15 * em; // as the outer column's items keep between them
    // What is already in the outer column of this host, near y.
    const double reach = 20 * lineHeight;
    std::vector<QRectF> near;
    auto consider = [&](const QRectF& r) {
        if (r.isEmpty() || r.bottom() < y - reach || r.top() > y + reach) return;
        if (r.right() + gap <= x || r.left() - gap >= x + w) return; // another column
        near.push_back(r.adjusted(-gap, -gap, gap, gap));
    };
    for (const StateBadge& b : badges)
        if (b.host == g.host) consider(b.rect);
    for (const AppMark& m : appMarks)
        if (m.host == g.host) consider(m.rect);
    for (const TimerGeometry& t : timers)
        if (t.host == g.host && !t.text.isEmpty()) consider(t.label);
    for (const QRectF& r : taken) consider(r);
    // Candidate tops: centred on y, or just above or below something in the way.
    std::vector<double> tops{y - h / 2};
    for (const QRectF& r : near) {
        tops.push_back(r.top() - h);
        tops.push_back(r.bottom());
    }
    std::stable_sort(tops.begin(), tops.end(), [&](double a, double b) {
        return std::abs(a - (y - h / 2)) < std::abs(b - (y - h / 2));
    });
    for (double top : tops) {
        const QRectF r(x, top, w, h);
        if (std::none_of(near.begin(), near.end(), [&](const QRectF& o) { return o.intersects(r); })) return r;
    }
    return QRectF(x, y - h / 2, w, h);
}

SegmentLabelText& DiagramLayout::labelTextCache(int id) const
{
    auto& items = labelTexts_.items;
    if (items.size() != segments.size()) items.resize(segments.size());
    auto& item = items[static_cast<std::size_t>(id)];
    if (!item) item = std::make_unique<SegmentLabelText>();
    return *item;
}

QPointF DiagramLayout::tipAt(int id, double playheadY) const
{
    const SegmentGeometry& g = segments[static_cast<std::size_t>(id)];
    if (playheadY >= g.end.y()) return g.end;
    if (playheadY <= g.start.y()) return g.start;
    const double f = (playheadY - g.start.y()) / (g.end.y() - g.start.y());
    return g.start + f * (g.end - g.start);
}

int DiagramLayout::segmentAt(QPointF point, double tolerance, std::optional<Time> until) const
{
    const double playheadY = until ? yAt(*until) : 1e18;
    int best = -1;
    double bestD = tolerance * tolerance;
    for (int id : segmentsIn(point.y() - tolerance, point.y() + tolerance)) {
        const SegmentGeometry& g = segments[static_cast<std::size_t>(id)];
        if (until && g.sent > *until) continue;
        if (g.label.contains(point)) return id;
        const double d = distanceSquared(point, g.start, tipAt(id, playheadY));
        if (d <= bestD) {
            bestD = d;
            best = id;
        }
    }
    return best;
}

} // namespace ackademy::ui
